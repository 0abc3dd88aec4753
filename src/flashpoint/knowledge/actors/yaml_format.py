"""Reading a dictionary in the format of the built-in `actors.yaml`: `states` (name, names,
short forms, demonyms, capitals, institutions by sector), `igos`, `groups`, `people`,
`not_actors` (phrases that name no actor and block a shorter match), `sectors` (terms and
titles by sector code) and `role_modifiers`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from .codes import DatedCode
from .entries import ActorEntry, Form, SectorTerm, normalize


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(text)).strip("-")


def _parse_day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _yaml_codes(item: Mapping[str, Any]) -> tuple[DatedCode, ...]:
    if "codes" in item:
        return tuple(DatedCode(c.get("code"), _parse_day(c.get("from")), _parse_day(c.get("until"))) for c in item["codes"])
    if "code" in item:
        return (DatedCode(item["code"]),)
    return ()


def _name_case(text: str) -> str:
    """Short all-capital or mixed-case abbreviations are matched exactly, the rest as names."""
    if " " not in text and len(text) <= 5 and re.fullmatch(r"[A-Za-z&]+[0-9]?", text) and sum(c.isupper() for c in text) >= 2:
        return "exact"
    return "name"


def _forms(item: Mapping[str, Any], keys: Sequence[str], how: str = "dictionary", case: str | None = None, short: bool = False) -> list[Form]:
    """The forms listed under `keys` of one item, in order."""
    out = []
    for key in keys:
        for text in item.get(key) or ():
            text = str(text)
            out.append(Form(text, how=how, case=case or _name_case(text), short=short))
    return out


def yaml_entries(data: Mapping[str, Any], label: str) -> list[ActorEntry]:
    """The entries of a dictionary mapping, in precedence order: states, IGOs, groups, people,
    then the blocking phrases."""
    entries: list[ActorEntry] = []
    for state in data.get("states") or ():
        code = state["code"]
        fs = [Form(state["name"], case=_name_case(state["name"]))]
        fs += _forms(state, ["names"])
        fs += _forms(state, ["short"], case="exact")
        fs += _forms(state, ["demonyms"], how="demonym")
        fs += _forms(state, ["capitals"], how="capital")
        for sector, texts in (state.get("institutions") or {}).items():
            fs += [Form(str(t), case=_name_case(str(t)), sector=sector) for t in texts]
        entries.append(ActorEntry(f"state:{code}", state["name"], "state", (DatedCode(code),), code, fs, label))
    for item in data.get("igos") or ():
        kind = "group" if item.get("kind") == "ngo" else "igo"
        fs = [Form(item["name"], case=_name_case(item["name"]))] + _forms(item, ["names"]) + _forms(item, ["short"], case="exact")
        fs += _forms(item, ["common"], case="any")  # a body named by a common noun phrase: "the international community"
        entries.append(ActorEntry(f"{kind}:{_slug(item['name'])}", item["name"], kind, _yaml_codes(item), item.get("country"), fs, label, item.get("note")))
    for item in data.get("groups") or ():
        fs = [Form(item["name"], case=_name_case(item["name"]))] + _forms(item, ["aliases", "former"]) + _forms(item, ["acronyms"], case="exact")
        fs += _forms(item, ["short"], short=True)
        fs += _forms(item, ["demonyms"], how="demonym")  # a people named by its plural noun ("the Kurds")
        entries.append(ActorEntry(f"group:{_slug(item['name'])}", item["name"], "group", _yaml_codes(item), item.get("country"), fs, label, item.get("note")))
    for item in data.get("people") or ():
        fs = [Form(item["name"])] + _forms(item, ["aliases"])
        entries.append(ActorEntry(f"person:{_slug(item['name'])}", item["name"], "person", _yaml_codes(item), item.get("country"), fs, label, item.get("note")))
    for text in data.get("not_actors") or ():
        entries.append(ActorEntry(f"block:{_slug(str(text))}", str(text), "block", (), None, [Form(str(text), case="any")], label))
    return entries


def yaml_sector_terms(data: Mapping[str, Any], label: str) -> list[SectorTerm]:
    """The sector terms and titles of a dictionary mapping, sector by sector."""
    terms: list[SectorTerm] = []
    for sector, spec in (data.get("sectors") or {}).items():
        spec = spec or {}
        sector_label = spec.get("label", sector.lower())
        for key, title in (("terms", False), ("titles", True)):
            for text in spec.get(key) or ():
                terms.append(SectorTerm(str(text), sector, sector, sector_label, title=title, source=label))
    return terms
