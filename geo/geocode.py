"""Locate entities: the geocoding chain, and the first GeoDataFrame.

For a point facility the chain tries, in order: the curated facility gazetteer
(site precision), the coordinate of a national registry row (data/registries), for a
border-gate economic zone the gate it is named after, Nominatim when ``--online`` is
on, the commune the article (else the gazetteer, else a registry row without a site)
names for it, the commune its own name is the name of (inside the district so named,
if any), that district, the district its name is the name of (both inferences,
:mod:`geo.infer`), and finally its province (a representative point of the province
polygon). For roads, railways and corridors it draws a schematic line through the
gazetteer's ordered waypoints, else through the places its name gives. Every answer
records which step gave it (``geocode_method``), how precise it is
(``geocode_precision``) and where the coordinate comes from (``geocode_source``).
Nothing is dropped silently: what cannot be placed is returned in the ``unlocated`` table.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from pathlib import Path

from shapely.geometry import LineString, Point

from . import settings
from .boundaries import ProvinceCheck, province_geodataframe
from .extents import VINTAGE, ZoneExtents
from .geocoders import FacilityGazetteer, PlaceGazetteer
from .infer import place_from_name, route_from_name
from .kinds import AREA_KINDS, KINDS, LINE_KINDS
from .model import Entity
from .names import simplify
from .registries import registry_row

log = logging.getLogger(__name__)

#: Precision classes, finest first.
PRECISIONS = ("site", "commune", "district", "province", "schematic")


@dataclass(frozen=True)
class Placement:
    """Where an entity goes on the map, and how we know."""

    geometry: object  # shapely Point or LineString, lon/lat
    precision: str
    method: str
    source: str
    note: str
    in_province: bool | None = None


def xy(lat: float, lon: float) -> Point:
    """The one place where (lat, lon) becomes shapely's (x, y) = (lon, lat)."""
    return Point(lon, lat)


class Locator:
    """The geocoding chain over the offline gazetteers (and optionally Nominatim)."""

    def __init__(self, *, data_dir: Path | None = None, online=None):
        self.data_dir = data_dir or settings.DATA_DIR
        self.facilities = FacilityGazetteer(data_dir=self.data_dir)
        self.places = PlaceGazetteer(data_dir=self.data_dir)
        self.online = online
        self.routes = _read_routes(self.data_dir / "gazetteer" / "routes.csv")
        provinces = province_geodataframe(self.data_dir)
        self._province_shapes = {simplify(n): g for n, g in zip(provinces["name_ascii"], provinces.geometry)}
        self._province_check = ProvinceCheck(self.data_dir)
        self._zones: ZoneExtents | None = None  # read when the first economic zone needs it

    def province_shape(self, province: str | None):
        return self._province_shapes.get(simplify(province)) if province else None

    def locate(self, entity: Entity) -> Placement | None:
        placement = self._line(entity) if entity.kind in LINE_KINDS else self._point(entity)
        if placement is None:
            return None
        inside, why = None, ""
        if isinstance(placement.geometry, Point):
            inside, why = self._province_check.check(placement.geometry.x, placement.geometry.y, entity.province)
        note = f"{placement.note}; {why}" if why else placement.note
        if entity.kind in AREA_KINDS and isinstance(placement.geometry, Point):
            note += "; an area shown as a point: its extent is not mapped"
        return Placement(placement.geometry, placement.precision, placement.method, placement.source, note, inside)

    def record(self, entity: Entity):
        """The gazetteer row of ``entity`` (by its name or an alias), if it has one."""
        return self._record(entity)

    def _record(self, entity: Entity):
        for name in [entity.name, *entity.aliases]:
            record = self.facilities.lookup(name, kind=entity.kind, province=entity.province)
            if record is not None:
                return record
        return None

    def _point(self, entity: Entity) -> Placement | None:
        record = self._record(entity)
        if record is not None and record.lat is not None and record.lon is not None:
            return Placement(xy(record.lat, record.lon), record.precision or "site", "gazetteer:facility",
                             record.source or "data/gazetteer/facilities.csv",
                             f"placed at the site given by {record.source or 'the gazetteer'}")
        row = registry_row(entity.kind, entity.key, province=entity.province, data_dir=self.data_dir)
        if row is not None and row.get("lat") and row.get("lon") and row.get("precision", "site") == "site":
            return self._registry_site(entity.kind, row)
        gate = self._gate_of_zone(entity)
        if gate is not None:
            return gate
        if self.online is not None:
            query = ", ".join(p for p in (entity.name, entity.province, "Vietnam") if p)
            location = self.online.geocode(query)
            if location is not None:
                kind = (location.raw or {}).get("addresstype") or (location.raw or {}).get("type") or "place"
                precision = "site" if kind not in ("province", "state", "city", "county", "village", "town",
                                                  "suburb", "municipality", "administrative") else "district"
                return Placement(xy(location.latitude, location.longitude), precision, "nominatim",
                                 f"OpenStreetMap contributors via Nominatim ({location.address})",
                                 f"placed where Nominatim found '{query}' ({kind})")
        # The units the article, else the gazetteer, else a registry row without a site names.
        registry = row or {}
        commune = entity.commune or (record.commune if record else None) or registry.get("commune")
        district = entity.district or (record.district if record else None) or registry.get("district")
        stated = self._stated_unit(entity, "commune", commune)
        if stated is not None:
            return self._by_registry(stated, registry, commune == registry.get("commune"))
        # "Song Khoai Industrial Park ... in Quang Yen district": the commune its name gives, in that district.
        named = place_from_name(entity.name, entity.kind, entity.province, district=district,
                                data_dir=self.data_dir)
        if named is not None and (named.level == "commune" or not district):
            return Placement(xy(named.lat, named.lon), named.level, f"places:{named.level}-from-name",
                             named.source, named.note)
        stated = self._stated_unit(entity, "district", district)
        if stated is not None:
            return self._by_registry(stated, registry, district == registry.get("district"))
        return self._inside_zone(entity) or self._province(entity)

    def _inside_zone(self, entity: Entity) -> Placement | None:
        """An economic zone whose districts a cited source lists: a point inside those districts."""
        if entity.kind != "economic_zone":
            return None
        if self._zones is None:
            self._zones = ZoneExtents(self.data_dir)
        row = self._zones.row(entity.id, entity.name, entity.province)
        drawn = self._zones.shape(row) if row is not None else None
        if drawn is None:
            return None
        point = drawn[0].representative_point()
        return Placement(xy(round(point.y, 4), round(point.x, 4)), "district", "gazetteer:zone-extent",
                         f"{row['source']}; {VINTAGE}",
                         f"placed at a point inside the districts the zone covers ({', '.join(drawn[1])}), as a "
                         f"cited source lists them; the zone is an area, not this point")

    @staticmethod
    def _by_registry(placement: Placement, row: dict[str, str], named_by_row: bool) -> Placement:
        """``placement`` at a unit a registry row names says so, and cites the row."""
        if not row or not named_by_row:
            return placement
        source = row.get("source") or row.get("source_url") or "data/registries"
        return Placement(placement.geometry, placement.precision, f"registry+{placement.method}",
                         f"{source}; {placement.source}",
                         f"{placement.note}, where the national registry ({row['name']}) puts it")

    def _registry_site(self, kind: str, row: dict[str, str]) -> Placement:
        """The site a national registry row gives."""
        return Placement(xy(float(row["lat"]), float(row["lon"])), "site", f"registry:{kind}",
                         row.get("source") or row.get("source_url") or "data/registries",
                         f"placed at the site given by the national {KINDS[kind].label.lower()} registry "
                         f"({row['name']})")

    def _gate_of_zone(self, entity: Entity) -> Placement | None:
        """"Moc Bai Border Gate Economic Zone": the zone lies around the gate it is named after."""
        if entity.kind != "economic_zone" or "border" not in simplify(entity.name):
            return None
        row = registry_row("border_gate", entity.key, province=entity.province, data_dir=self.data_dir)
        if row is None:
            return None
        gate = (self._stated_unit(entity, "commune", row.get("commune"))
                or self._stated_unit(entity, "district", row.get("district")))
        if gate is None:
            return None
        return Placement(gate.geometry, gate.precision, f"{gate.method}:zone-from-gate", gate.source,
                         f"{gate.note}; the zone is named after the {row['name']} and lies around it: "
                         f"inferred from the name, the zone itself is larger")

    def _stated_unit(self, entity: Entity, level: str, names: str | None) -> Placement | None:
        """The centre of the commune or district an article or the gazetteer names for ``entity``."""
        for name in (names or "").split(";"):
            name = name.strip()
            if not name:
                continue
            location = self.places.geocode(name, level=level, province=entity.province)
            if location is not None:
                raw = location.raw
                return Placement(
                    xy(location.latitude, location.longitude), level, f"places:{level}",
                    f"{raw.get('source')} ({raw.get('id')})",
                    f"placed at the centre of {raw.get('name') or name} {raw.get('level') or level}",
                )
        return None

    def _province(self, entity: Entity) -> Placement | None:
        point = self._province_point(entity.province)
        if point is None:
            return None
        return Placement(xy(*point), "province", "boundaries:province",
                         "Natural Earth admin-1 (data/boundaries/provinces.geojson)",
                         f"placed at a point inside {entity.province} province; the site is unknown")

    def _line(self, entity: Entity) -> Placement | None:
        record = self._record(entity)
        if record is None or record.id not in self.routes:
            # An "expressway axis along A - B - C" follows the road of the same name.
            for kind in sorted(LINE_KINDS - {entity.kind}):
                for name in [entity.name, *entity.aliases]:
                    other = self.facilities.lookup(name, kind=kind, province=entity.province)
                    if other is not None and other.id in self.routes:
                        record = other
                        break
                if record is not None and record.id in self.routes:
                    break
        if record is None or record.id not in self.routes:
            return self._route_from_name(entity)
        waypoints = self.routes.get(record.id)
        if not waypoints or len(waypoints) < 2:
            return None
        line = LineString([xy(lat, lon) for lat, lon, _ in waypoints])
        sources = sorted({s for _, _, s in waypoints if s})
        return Placement(line, "schematic", "gazetteer:route", "; ".join(sources),
                         f"schematic line through {len(waypoints)} waypoints; not the surveyed alignment")

    def _province_point(self, province: str | None) -> tuple[float, float] | None:
        """(lat, lon) of a point inside ``province``'s polygon, rounded to 4 decimals."""
        shape = self.province_shape(province)
        if shape is None:
            return None
        point = shape.representative_point()
        return round(point.y, 4), round(point.x, 4)

    def _route_from_name(self, entity: Entity) -> Placement | None:
        """"Bien Hoa – Vung Tau Expressway": a schematic line through the places the name gives."""
        for name in [entity.name, *entity.aliases]:
            route = route_from_name(name, entity.kind, entity.province, province_point=self._province_point,
                                    data_dir=self.data_dir)
            if route is not None:
                line = LineString([xy(lat, lon) for lat, lon, _ in route.waypoints])
                return Placement(line, "schematic", "places:route-from-name", route.source, route.note)
        return None


def _read_routes(path: Path) -> dict[str, list[tuple[float, float, str]]]:
    if not path.exists():
        return {}
    routes: dict[str, list[tuple[int, float, float, str]]] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            try:
                item = (int(row["seq"]), float(row["lat"]), float(row["lon"]), row.get("source") or "")
            except (KeyError, ValueError):
                continue
            routes.setdefault(row["route_id"], []).append(item)
    return {rid: [(lat, lon, src) for _, lat, lon, src in sorted(items)] for rid, items in routes.items()}
