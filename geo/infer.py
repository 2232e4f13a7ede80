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
from .names import NAME_PARTS, ROUTE_PARTS, name_key, simplify
from .places import PlaceIndex, place_index

#: Kinds a name can place: a point that lies in one commune or district.
NAMED_AFTER_PLACES = ("industrial_park", "industrial_cluster", "border_gate", "seaport", "economic_zone", "airport")
#: Admin units a facility is named after; GeoNames villages ("place") are not units.
_DISTRICT_UNITS = ("district", "city")
_COMMUNE_UNITS = ("commune", "ward", "town")
#: "Nam Sach 1", "Yen My II", "Pho Noi B", "Dong Van III phase 2", "An Thanh No.1", "Hoa Phu
#: extension": the place without its number or extension.
_TRAILING_CODE = re.compile(r"(?:\s+(?:phase|section|zone|area)\s+\w+|\s+no\s*\d+|\s+(?:extension|expansion)"
                            r"|\s+(?:\d+[a-z]?|[ivx]+|[a-e]))+$")
#: "Phase 1 of the Song Hau", "expanded Hoa Phu": the place after its phase or qualifier.
_LEADING_CODE = re.compile(r"^(?:(?:phase|section|stage)\s+\w+\s+of\s+(?:the\s+)?|expanded\s+)+")


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
    parts = [p for p in NAME_PARTS.split(name) if p.strip()]
    if len(parts) == 2:  # "Song Khe - Noi Hoang": a park across two communes names both, or no inference
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
    # "Nam Tien Phong", "Dong Ha South": the park on that side of the unit it names
    for compass in (_COMPASS.match(words), _COMPASS_AFTER.search(words)):
        if compass is None:
            continue
        rest = (words[compass.end():] if compass.start() == 0 else words[:compass.start()]).strip()
        if province_named(rest, data_dir):
            continue
        for levels, level in ((_DISTRICT_UNITS, "district"), (_COMMUNE_UNITS, "commune")):
            row = _unit(index, rest, province, district, levels)
            if row is not None:
                return _named([row], level, kind, side=compass.group(1))
    return None


def _place_words(name: str, kind: str) -> str:
    return _TRAILING_CODE.sub("", _LEADING_CODE.sub("", name_key(name, kind))).strip()


def _unit(index: PlaceIndex, words: str, province: str, district: str | None,
          levels: tuple[str, ...]) -> dict[str, str] | None:
    """The one legacy unit (else 2025 unit) of ``levels`` in ``province`` named ``words``."""
    rows = index.rows(words, levels, province)
    legacy = [r for r in rows if r.get("place_id", "").startswith("vnau:")]
    rows = legacy or [r for r in rows if r.get("place_id", "").startswith("vnau2025:")]
    if district:  # the district the article gives tells same-named communes apart, and overrules the name
        rows = [r for r in rows if simplify(r.get("district") or "") == simplify(district)]
    return rows[0] if len(rows) == 1 else None


#: A compass word before a commune's name, English or Vietnamese: "Nam Tien Phong", "North Tien Phong".
_COMPASS = re.compile(r"((?:north|south)(?:east|west)|north|south|east|west|northern|southern|eastern|western"
                      r"|bac|nam|dong|tay)\s+(?=\S)")
#: ... or after it, in English only: "Dong Ha South", "Chu Lai North".
_COMPASS_AFTER = re.compile(r"(?<=\S)\s+((?:north|south)(?:east|west)|north|south|east|west)$")
_SIDE = {"bac": "north", "nam": "south", "dong": "east", "tay": "west", "northern": "north",
         "southern": "south", "eastern": "east", "western": "west"}


def _named(rows: list[dict[str, str]], level: str, kind: str, side: str | None = None) -> NamedPlace:
    lat = round(sum(float(r["lat"]) for r in rows) / len(rows), 6)
    lon = round(sum(float(r["lon"]) for r in rows) / len(rows), 6)
    names = tuple(r["name"] for r in rows)
    units = " and ".join(f"{r['name']} {r['level']}" + (f" ({r['district']} district)" if r.get("district")
                                                           and r["level"] != "district" else "")
                         for r in rows)
    where = "between the centres of" if len(rows) > 1 else "at the centre of"
    noun = kind.replace("_", " ")
    bears = f"whose name the {noun} bears" if side is None else \
        f"whose name the {noun} bears with '{_SIDE.get(side, side)}' added to it (it lies on that side)"
    note = f"placed {where} {units}, {bears}: inferred from the name, not stated by the article"
    sources = "; ".join(sorted({f"{r.get('source')} ({r.get('place_id')})" for r in rows}))
    return NamedPlace(level, lat, lon, names, sources, note)


#: Units a route's waypoint may be, most telling first.
_WAYPOINT_LEVELS = ("city", "district", "town", "place")


@dataclass(frozen=True)
class NamedRoute:
    """A schematic line through the places a route is named by ("Bien Hoa – Vung Tau")."""

    waypoints: tuple[tuple[float, float, str], ...]  # (lat, lon, place as written in the table)
    source: str
    note: str


def route_from_name(name: str, kind: str, province: str | None, *, province_point=None,
                    data_dir: Path | None = None) -> NamedRoute | None:
    """The places a road, railway or corridor is named by, in order, where two or more are known.

    Each dash-separated part is a town, district or city that one province has (the route's
    own province first when several do), or a province (``province_point(name)`` gives a
    point for it). Parts that are not places ("Kunming" abroad) are left out and named in
    the note; the line is schematic, never the alignment.
    """
    parts = [p for p in ROUTE_PARTS.split(name) if p.strip()]
    if len(parts) < 2:
        return None
    index = place_index(data_dir)
    waypoints: list[tuple[float, float, str]] = []
    sources: set[str] = set()
    missing: list[str] = []
    provinces = [province] if province else []
    for part in parts:
        words = name_key(part, kind).split()
        point = None
        for size in range(min(len(words), 4), 0, -1):  # "Ha Long high speed": the place is "Ha Long"
            place = " ".join(words[:size])
            named = province_named(place, data_dir)
            row = (_waypoint(index, place, [named], only=True) or _waypoint(index, place.replace(" ", ""), [named], only=True)
                   if named else None)  # "Ha Noi": the place table writes Hanoi; "Quang Ninh" is not the Quang Binh district
            if named and row is None and province_point is not None:
                found = province_point(named)  # Hai Phong: a province-level city no place row names
                if found is not None:
                    point = (found[0], found[1], f"{named} province")
                    sources.add("Natural Earth admin-1 (a point inside the province)")
                    provinces.append(named)
                    break
            row = row or _waypoint(index, place, provinces)
            if row is not None:
                point = (float(row["lat"]), float(row["lon"]), row["name"])
                sources.add(f"{row.get('source')}")
                provinces.append(row["province"])
                break
        if point is None:
            missing.append(part.strip())
        elif not waypoints or waypoints[-1][:2] != point[:2]:
            waypoints.append(point)
    if len(waypoints) < 2:
        return None
    note = ("schematic line through " + " – ".join(w[2] for w in waypoints)
            + ", the places the name gives: inferred from the name, not the alignment")
    if missing:
        note += f"; not in the reference data: {', '.join(missing)}"
    return NamedRoute(tuple(waypoints), "; ".join(sorted(sources)), note)


def _waypoint(index: PlaceIndex, place: str, provinces: list[str], *, only: bool = False) -> dict[str, str] | None:
    """The town, district or city ``place`` names, preferring ``provinces`` (``only`` in them)."""
    rows = [r for r in index.rows(place, _WAYPOINT_LEVELS) if r.get("province")]
    if only:
        rows = [r for r in rows if r["province"] in provinces]
    by_province: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_province.setdefault(row["province"], []).append(row)
    chosen = None
    if len(by_province) == 1:
        chosen = next(iter(by_province.values()))
    else:
        for province in provinces:  # the route's own province, then those of the places before
            if province in by_province:
                chosen = by_province[province]
                break
    if not chosen:
        return None
    return min(chosen, key=lambda r: (_WAYPOINT_LEVELS.index(r["level"]), r.get("place_id", "")))
