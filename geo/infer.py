"""Where a facility's own name says it is: the commune or district it is named after.

Vietnamese parks, clusters and gates very often bear the name of the commune, ward or
district they lie in ("Song Khoai Industrial Park" in Song Khoai commune, "Nam Sach 1
Industrial Cluster" in Nam Sach district, "Song Khe - Noi Hoang" across two communes).
:func:`place_from_name` finds that unit among the places of the facility's own province
(data/places), and only when the name points at exactly one: a name that two communes of
the province bear is not inferred unless the article's district tells them apart. The
answer is an inference and says so; it never claims the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .boundaries import province_named
from .names import name_key, simplify
from .places import PlaceIndex, place_index

#: Kinds a name can place: a point that lies in one commune or district.
NAMED_AFTER_PLACES = ("industrial_park", "industrial_cluster", "border_gate", "seaport", "economic_zone")
#: Admin units a facility is named after; GeoNames villages ("place") are not units.
_DISTRICT_UNITS = ("district", "city")
_COMMUNE_UNITS = ("commune", "ward", "town")
#: "Nam Sach 1", "Yen My II", "Pho Noi B", "Dong Van III phase 2": the place without its number.
_TRAILING_CODE = re.compile(r"(?:\s+(?:phase|section|zone)\s+\w+|\s+(?:\d+[a-z]?|[ivx]+|[a-e]))+$")
#: "Song Khe - Noi Hoang": a park lying across two communes names both.
_PARTS = re.compile(r"\s+[\-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*")


@dataclass(frozen=True)
class NamedPlace:
    """The unit a facility is named after, where its centre is, and how that was found."""

    level: str  # "commune" or "district"
    lat: float
    lon: float
    names: tuple[str, ...]  # as the places table writes them ("Sông Khoai")
    source: str
    note: str


def place_from_name(name: str, kind: str, province: str | None, *, district: str | None = None,
                    data_dir: Path | None = None) -> NamedPlace | None:
    """The commune or district of ``province`` that ``name`` is the name of, if exactly one is."""
    if kind not in NAMED_AFTER_PLACES or not province:
        return None
    index = place_index(data_dir)
    parts = [p for p in _PARTS.split(name) if p.strip()]
    if len(parts) == 2:  # "Song Khe - Noi Hoang": both communes, or no inference
        rows = [_unit(index, _place_words(p, kind), province, district, _COMMUNE_UNITS) for p in parts]
        if all(rows):
            return _named(rows, "commune", kind)
        return None
    words = _place_words(name, kind)
    if not words or province_named(words, data_dir):
        return None  # "Ca Mau Economic Zone", "Ben Tre Industrial Park": named after the province, not a town
    row = _unit(index, words, province, district, _DISTRICT_UNITS)
    if row is not None:
        return _named([row], "district", kind)
    row = _unit(index, words, province, district, _COMMUNE_UNITS)
    if row is not None:
        return _named([row], "commune", kind)
    return None


def _place_words(name: str, kind: str) -> str:
    return _TRAILING_CODE.sub("", name_key(name, kind)).strip()


def _unit(index: PlaceIndex, words: str, province: str, district: str | None,
          levels: tuple[str, ...]) -> dict[str, str] | None:
    """The one legacy unit (else 2025 unit) of ``levels`` in ``province`` named ``words``."""
    rows = index.rows(words, levels, province)
    legacy = [r for r in rows if r.get("place_id", "").startswith("vnau:")]
    rows = legacy or [r for r in rows if r.get("place_id", "").startswith("vnau2025:")]
    if len(rows) > 1 and district:
        rows = [r for r in rows if simplify(r.get("district") or "") == simplify(district)]
    return rows[0] if len(rows) == 1 else None


def _named(rows: list[dict[str, str]], level: str, kind: str) -> NamedPlace:
    lat = round(sum(float(r["lat"]) for r in rows) / len(rows), 6)
    lon = round(sum(float(r["lon"]) for r in rows) / len(rows), 6)
    names = tuple(r["name"] for r in rows)
    units = " and ".join(f"{r['name']} {r['level']}" + (f" ({r['district']} district)" if r.get("district")
                                                           and r["level"] != "district" else "")
                         for r in rows)
    where = "between the centres of" if len(rows) > 1 else "at the centre of"
    noun = kind.replace("_", " ")
    note = (f"placed {where} {units}, whose name the {noun} bears: inferred from the name, "
            f"not stated by the article")
    sources = "; ".join(sorted({f"{r.get('source')} ({r.get('place_id')})" for r in rows}))
    return NamedPlace(level, lat, lon, names, sources, note)
