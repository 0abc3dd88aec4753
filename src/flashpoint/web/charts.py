"""Charts as inline SVG, drawn on the server: the events timeline by type, a dyad's escalation
in both directions, and the map of events. The dashboard and the situation report both use
these, so a chart is written once and needs no script (the report is one offline file).

Every label that comes from data is escaped by `Markup.format`; numbers are
formatted here. `link`, where given, maps an item to a URL the mark links to (the dashboard);
the report passes none.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from ..language.periods import event_start

# One colour per PLOVER type: blues and greens for cooperation, ambers for verbal conflict,
# reds for material conflict, so a glance at the timeline tells the mix.
TYPE_COLOURS = {
    "AGREE": "#4e79a7", "CONSULT": "#76b7d6", "SUPPORT": "#2f8f83", "CONCEDE": "#8cc084", "COOPERATE": "#59a14f",
    "AID": "#3b7d3b", "RETREAT": "#a0cbe8", "REQUEST": "#9c89c9", "ACCUSE": "#e0a526", "REJECT": "#c98b2b",
    "THREATEN": "#f28e2b", "PROTEST": "#b07aa1", "SANCTION": "#9d7660", "MOBILIZE": "#ff9d9a", "COERCE": "#e15759",
    "ASSAULT": "#a61c1c",
}
OTHER_COLOUR = "#8a8a8a"
DIRECTION_COLOURS = ("#3465a4", "#d9822b")  # A→B, B→A
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'


def type_colour(event_type: str | None) -> str:
    return TYPE_COLOURS.get(event_type or "", OTHER_COLOUR)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def _svg_open(width: int, height: int, label: str, css_class: str, view: str = "") -> Markup:
    extra = Markup(' data-view="{}"').format(view) if view else Markup("")
    return Markup('<svg class="chart {}" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-label="{}" '
                  'xmlns="http://www.w3.org/2000/svg" {}{}>').format(css_class, width, height, width, height, label, Markup(FONT), extra)


def _nice_step(top: float, ticks: int = 4) -> float:
    raw = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _fmt(value: float) -> str:
    return f"{value:g}"


def _start(event: dict) -> dt.date | None:
    """The first day of an event's date, whatever its precision (a week's Monday, a month's 1st)."""
    first = event_start(event)
    return dt.date.fromisoformat(first) if first else None


def _bins(first: dt.date, last: dt.date) -> tuple[str, list[dt.date]]:
    """Daily bars up to about four months, weekly up to two years, monthly beyond."""
    span = (last - first).days
    if span <= 120:
        return "day", [first + dt.timedelta(days=i) for i in range(span + 1)]
    if span <= 730:
        start = first - dt.timedelta(days=first.weekday())
        return "week", [start + dt.timedelta(weeks=i) for i in range((last - start).days // 7 + 1)]
    months, d = [], first.replace(day=1)
    while d <= last:
        months.append(d)
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return "month", months


def _bin_of(unit: str, day: dt.date) -> dt.date:
    if unit == "day":
        return day
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _legend(items: list[tuple[str, str]], x: float, y: float, width: float) -> list[Markup]:
    out, cx, cy = [], x, y
    for label, colour in items:
        w = 18 + 7 * len(label)
        if cx + w > x + width:
            cx, cy = x, cy + 16
        out.append(Markup('<rect x="{}" y="{}" width="10" height="10" rx="2" fill="{}"/>'
                          '<text x="{}" y="{}" class="legend">{}</text>').format(f"{cx:.1f}", f"{cy - 9:.1f}", colour, f"{cx + 14:.1f}", f"{cy:.1f}", label))
        cx += w
    return out


def _time_ticks(bins: list[dt.date], unit: str, left: float, slot: float, y: float) -> list[Markup]:
    """The labels under a timeline's bars: about eight, each under the middle of its bar."""
    out = []
    ticks = max(1, len(bins) // 8)
    shown_year = None
    for index in range(0, len(bins), ticks):
        x = left + index * slot + slot / 2
        # the year on the first tick and wherever it changes, so the axis can be read alone
        with_year = bins[index].year != shown_year
        shown_year = bins[index].year
        label = bins[index].strftime("%b %Y" if unit == "month" or with_year else "%d %b")
        if unit != "month" and with_year:
            label = bins[index].strftime("%d %b %Y")
        out.append(Markup('<text x="{}" y="{}" class="tick" text-anchor="middle">{}</text>').format(f"{x:.1f}", y, label))
    return out


def _timeline_notes(earlier: list[dt.date], earlier_events: int, undated: int, unit: str) -> list[str]:
    """What a timeline leaves out: early background events and events too coarsely dated for its bars."""
    notes = []
    if earlier_events:
        span = f" ({earlier[0].isoformat()}{' to ' + earlier[-1].isoformat() if earlier[-1] != earlier[0] else ''})" if earlier else ""
        notes.append(f"{earlier_events} earlier{span} not drawn")
    if undated:
        notes.append(f"{undated} more dated only to a {'year' if unit == 'month' else 'coarser period'}, or undated")
    return notes


def timeline(events: list[dict], *, width: int = 960, height: int = 240,
             link: Callable[[str, str, str], str] | None = None) -> Markup:
    """Stacked bars of events per day (or week, or month) by PLOVER type. Events dated to a
    week or a month are drawn when the bars are that long or longer (a month-dated event in its
    month's bar); those dated only to a year, or not at all, are counted in a note."""
    dated = [e for e in events if _start(e) and e.get("date_precision") == "day"]
    if not dated:
        return Markup('<p class="empty">No events with a day-precise date.</p>')
    days = sorted(_start(e) for e in dated)
    # A few old events mentioned as background (an attack months before) would squeeze the
    # period itself into a sliver: leading events cut off by a gap of over 30 days, if they
    # are at most a tenth of the events, are left out of the chart and named in its note.
    gaps = [(b - a).days for a, b in zip(days, days[1:])]
    earlier: list[dt.date] = []
    if gaps:
        cut = max(range(len(gaps)), key=lambda i: gaps[i])
        if gaps[cut] > 30 and cut + 1 <= len(days) // 10:
            earlier, days = days[: cut + 1], days[cut + 1:]
    unit, bins = _bins(days[0], days[-1])
    # every event whose date is no coarser than a bar, within the period drawn
    fits = ("day",) if unit == "day" else ("day", "week") if unit == "week" else ("day", "week", "month")
    fitting = [e for e in events if e.get("date_precision") in fits and _start(e)]
    drawn = [e for e in fitting if bins[0] <= _bin_of(unit, _start(e)) <= bins[-1]]
    earlier_events = len(fitting) - len(drawn)
    undated = len(events) - len(fitting)
    counts: dict[dt.date, Counter] = defaultdict(Counter)
    for e in drawn:
        counts[_bin_of(unit, _start(e))][e.get("event_type") or "?"] += 1
    types_present = sorted({t for c in counts.values() for t in c}, key=lambda t: list(TYPE_COLOURS).index(t) if t in TYPE_COLOURS else 99)
    legend_rows = 1 + (sum(18 + 7 * len(t) for t in types_present) // (width - 60))
    left, right, top, bottom = 40, 12, 22, 34 + 16 * legend_rows
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(sum(c.values()) for c in counts.values())
    step = _nice_step(peak)
    y_max = step * math.ceil(peak / step)
    slot = plot_w / len(bins)
    bar_w = max(1.0, slot * 0.78)
    parts = [_svg_open(width, height, f"Events by type per {unit}", "timeline")]
    for i in range(int(y_max / step) + 1):
        value = i * step
        y = top + plot_h - value / y_max * plot_h
        parts.append(Markup('<line x1="{}" x2="{}" y1="{}" y2="{}" class="grid"/><text x="{}" y="{}" class="tick" text-anchor="end">{}</text>')
                     .format(left, width - right, f"{y:.1f}", f"{y:.1f}", left - 6, f"{y + 3.5:.1f}", _fmt(value)))
    for index, start in enumerate(bins):
        x = left + index * slot + (slot - bar_w) / 2
        y = top + plot_h
        for event_type in types_present:
            n = counts.get(start, Counter()).get(event_type, 0)
            if not n:
                continue
            h = n / y_max * plot_h
            y -= h
            label = f"{start.isoformat()}{' (' + unit + ')' if unit != 'day' else ''}: {n} {event_type}"
            rect = Markup('<rect x="{}" y="{}" width="{}" height="{}" fill="{}" class="bar"><title>{}</title></rect>').format(
                f"{x:.1f}", f"{y:.1f}", f"{bar_w:.1f}", f"{h:.1f}", type_colour(event_type), label)
            if link:
                end = (bins[index + 1] - dt.timedelta(days=1)) if index + 1 < len(bins) else start if unit == "day" else max(days)
                rect = Markup('<a href="{}">{}</a>').format(link(start.isoformat(), end.isoformat(), event_type), rect)
            parts.append(rect)
    parts.extend(_time_ticks(bins, unit, left, slot, top + plot_h + 14))
    parts.append(Markup('<line x1="{}" x2="{}" y1="{}" y2="{}" class="axis"/>').format(left, width - right, top + plot_h, top + plot_h))
    parts.extend(_legend([(t, type_colour(t)) for t in types_present], left, top + plot_h + 34, plot_w))
    notes = _timeline_notes(earlier, earlier_events, undated, unit)
    if notes:
        parts.append(Markup('<text x="{}" y="{}" class="note" text-anchor="end">{}</text>').format(width - right, 12, "; ".join(notes)))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def escalation(dyad: dict, names: dict[str, str] | None = None, *, width: int = 960, height: int = 300) -> Markup:
    """A dyad both ways: each day's summed Goldstein score per direction as bars (below zero
    is conflict), and each direction's running total as a line, so escalation shows as a
    line falling and a reply as the other colour answering."""
    a, b = dyad["dyad"]
    names = names or {}
    series = [s for s in dyad.get("series") or [] if s.get("date")]
    if not series:
        return Markup('<p class="empty">No dated events between these two.</p>')
    first, last = _day(series[0]["date"]), _day(series[-1]["date"])
    first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    by_day = {s["date"][:10]: s for s in series}
    running, totals = {"ab": 0.0, "ba": 0.0}, {"ab": [], "ba": []}
    for day in days:
        s = by_day.get(day.isoformat(), {})
        for d in ("ab", "ba"):
            running[d] += (s.get(d) or {}).get("goldstein") or 0.0
            totals[d].append(running[d])
    values = [(s.get(d) or {}).get("goldstein") or 0.0 for s in series for d in ("ab", "ba")] + totals["ab"] + totals["ba"]
    low, high = min(0.0, *values), max(0.0, *values)
    step = _nice_step(max(high - low, 1), 5)
    low, high = step * math.floor(low / step), step * math.ceil(high / step)
    if high == low:
        high = low + step
    left, right, top, bottom = 48, 14, 14, 58
    plot_w, plot_h = width - left - right, height - top - bottom

    def y(value: float) -> float:
        return top + (high - value) / (high - low) * plot_h

    slot = plot_w / len(days)
    bar_w = max(1.5, slot * 0.36)
    labels = {"ab": f"{names.get(a, a)} → {names.get(b, b)}", "ba": f"{names.get(b, b)} → {names.get(a, a)}"}
    parts = [_svg_open(width, height, f"Escalation between {names.get(a, a)} and {names.get(b, b)}", "escalation")]
    value = low
    while value <= high + 1e-9:
        parts.append(Markup('<line x1="{}" x2="{}" y1="{}" y2="{}" class="{}"/><text x="{}" y="{}" class="tick" text-anchor="end">{}</text>')
                     .format(left, width - right, f"{y(value):.1f}", f"{y(value):.1f}", "axis" if abs(value) < 1e-9 else "grid",
                             left - 6, f"{y(value) + 3.5:.1f}", _fmt(value)))
        value += step
    for index, day in enumerate(days):
        s = by_day.get(day.isoformat())
        if not s:
            continue
        for k, d in enumerate(("ab", "ba")):
            side = s.get(d) or {}
            if not side.get("count"):
                continue
            g = side.get("goldstein") or 0.0
            x = left + index * slot + slot / 2 - bar_w + k * bar_w
            y0, y1 = sorted((y(0), y(g)))
            title = f"{day.isoformat()} {labels[d]}: {side['count']} event(s), Goldstein {g:+g}"
            parts.append(Markup('<rect x="{}" y="{}" width="{}" height="{}" fill="{}" class="bar dir-{}"><title>{}</title></rect>')
                         .format(f"{x:.1f}", f"{y0:.1f}", f"{bar_w:.1f}", f"{max(y1 - y0, 1.5):.1f}", DIRECTION_COLOURS[k], d, title))
    for k, d in enumerate(("ab", "ba")):
        points = " ".join(f"{left + i * slot + slot / 2:.1f},{y(v):.1f}" for i, v in enumerate(totals[d]))
        parts.append(Markup('<polyline points="{}" fill="none" stroke="{}" stroke-width="2" stroke-dasharray="5 3" class="running dir-{}"/>')
                     .format(points, DIRECTION_COLOURS[k], d))
    ticks = max(1, len(days) // 8)
    for index in range(0, len(days), ticks):
        parts.append(Markup('<text x="{}" y="{}" class="tick" text-anchor="middle">{}</text>')
                     .format(f"{left + index * slot + slot / 2:.1f}", top + plot_h + 14, days[index].strftime("%d %b")))
    parts.append(Markup('<text x="{}" y="{}" class="tick" text-anchor="start" transform="rotate(-90 {} {})">Goldstein</text>')
                 .format(12, top + plot_h / 2 + 20, 12, top + plot_h / 2 + 20))
    legend = [(f"{labels['ab']} (daily)", DIRECTION_COLOURS[0]), (f"{labels['ba']} (daily)", DIRECTION_COLOURS[1]),
              ("dashed: running total", "#666")]
    parts.extend(_legend(legend, left, top + plot_h + 38, plot_w))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


# -- the map ---------------------------------------------------------------------------------

WORLD = Path(__file__).with_name("static") / "world.json"


@lru_cache(maxsize=1)
def _world() -> list[dict]:
    """Country outlines (see scripts/build_world_shapes.py for their source and licence),
    each with its bounding box."""
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    for country in data["countries"]:
        lons = [p[0] for r in country["rings"] for p in r]
        lats = [p[1] for r in country["rings"] for p in r]
        country["bbox"] = (min(lons), min(lats), max(lons), max(lats))
    return data["countries"]


def _view(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The lon/lat box to draw: the points with a margin, at least 40 by 24 degrees. With
    twenty points or more, the outermost 5% on each side are left out of the box, so a few
    far-off places (a capital abroad) do not zoom the map out to the whole world."""
    if not points:
        return -180.0, -58.0, 180.0, 84.0
    lons, lats = sorted(p[0] for p in points), sorted(p[1] for p in points)
    if len(points) >= 20:
        cut = len(points) // 20
        lons, lats = lons[cut: len(lons) - cut], lats[cut: len(lats) - cut]
    west, east, south, north = min(lons) - 8, max(lons) + 8, min(lats) - 6, max(lats) + 6
    if east - west < 40:
        mid = (east + west) / 2
        west, east = mid - 20, mid + 20
    if north - south < 24:
        mid = (north + south) / 2
        south, north = mid - 12, mid + 12
    return max(west, -180.0), max(south, -60.0), min(east, 180.0), min(north, 85.0)


def world_map(events: list[dict], *, width: int = 960, height: int = 520, countries: set[str] | None = None,
              link: Callable[[list[dict]], str] | None = None) -> Markup:
    """Events as points on country outlines, coloured by type; a point's area grows with the
    events at that place. Places known only to the country are drawn hollow at the country's
    centre. `countries` (ISO-3) are shaded as the ones involved."""
    located = [e for e in events if (e.get("location") or {}).get("lat") is not None and (e.get("location") or {}).get("lon") is not None]
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for e in located:
        loc = e["location"]
        groups[(round(loc["lat"], 2), round(loc["lon"], 2), e.get("event_type"))].append(e)
    west, south, east, north = _view([(e["location"]["lon"], e["location"]["lat"]) for e in located])
    # Equirectangular, with longitude shrunk by the cosine of the middle latitude so shapes
    # near the view's centre keep their proportions; then fitted into width x height.
    shrink = math.cos(math.radians((north + south) / 2))
    # Widen the shorter side of the view to the frame's proportions (within the world), so
    # the frame shows more map rather than blank margins.
    aspect = width / height
    if (east - west) * shrink / (north - south) > aspect:
        grow = ((east - west) * shrink / aspect - (north - south)) / 2
        south, north = max(-60.0, south - grow), min(85.0, north + grow)
    else:
        grow = ((north - south) * aspect / shrink - (east - west)) / 2
        west, east = max(-180.0, west - grow), min(180.0, east + grow)
    scale = min(width / ((east - west) * shrink), height / (north - south))
    draw_w, draw_h = (east - west) * shrink * scale, (north - south) * scale
    ox, oy = (width - draw_w) / 2, (height - draw_h) / 2

    def project(lon: float, lat: float) -> tuple[float, float]:
        return ox + (lon - west) * shrink * scale, oy + (north - lat) * scale

    # data-view: the lon/lat box drawn (west south east north), for readers and tests
    parts = [_svg_open(width, height, "Map of events", "map", f"{west:.1f} {south:.1f} {east:.1f} {north:.1f}"),
             Markup('<defs><clipPath id="map-clip"><rect x="{}" y="{}" width="{}" height="{}"/></clipPath></defs>')
             .format(f"{ox:.1f}", f"{oy:.1f}", f"{draw_w:.1f}", f"{draw_h:.1f}"),
             Markup('<rect x="{}" y="{}" width="{}" height="{}" class="sea"/>').format(f"{ox:.1f}", f"{oy:.1f}", f"{draw_w:.1f}", f"{draw_h:.1f}"),
             Markup('<g clip-path="url(#map-clip)">')]
    involved = countries or set()
    for country in _world():
        w, s, e, n = country["bbox"]
        if e < west or w > east or n < south or s > north:
            continue
        d = " ".join("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in (project(*p) for p in ring)) + "Z" for ring in country["rings"])
        css = "land involved" if country.get("iso3") in involved else "land"
        parts.append(Markup('<path d="{}" class="{}"><title>{}</title></path>').format(d, css, country.get("name") or ""))
    # Draw larger groups first so small ones stay visible on top.
    for (lat, lon, event_type), group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        same_place = [k for k in groups if k[:2] == (lat, lon)]
        shift = same_place.index((lat, lon, event_type))
        x, y = project(lon, lat)
        if len(same_place) > 1:  # types at one place sit around it, not on top of each other
            angle = 2 * math.pi * shift / len(same_place)
            x, y = x + 7 * math.cos(angle), y + 7 * math.sin(angle)
        place = group[0]["location"]
        coarse = place.get("precision") == "country"
        r = 4 + 3 * math.sqrt(len(group))
        title = f"{place.get('name')}: {len(group)} {event_type}" + (" (placed at the country's centre)" if coarse else "")
        circle = Markup('<circle cx="{}" cy="{}" r="{}" fill="{}" class="point{}" data-type="{}"><title>{}</title></circle>').format(
            f"{x:.1f}", f"{y:.1f}", f"{r:.1f}", type_colour(event_type), " coarse" if coarse else "", event_type or "", title)
        parts.append(Markup('<a href="{}">{}</a>').format(link(group), circle) if link else circle)
    parts.append(Markup("</g>"))
    types_present = sorted({k[2] for k in groups if k[2]}, key=lambda t: list(TYPE_COLOURS).index(t) if t in TYPE_COLOURS else 99)
    if types_present:
        parts.append(Markup('<rect x="{}" y="{}" width="{}" height="{}" class="legend-box"/>').format(
            f"{ox + 8:.1f}", f"{oy + draw_h - 30:.1f}", f"{min(draw_w - 16, 40 + sum(18 + 7 * len(t) for t in types_present)):.1f}", 24))
        parts.extend(_legend([(t, type_colour(t)) for t in types_present], ox + 16, oy + draw_h - 13, draw_w - 24))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


__all__ = ["timeline", "escalation", "world_map", "type_colour", "TYPE_COLOURS"]
