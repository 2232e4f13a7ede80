"""Economic zones drawn as the administrative units that define them.

An economic zone is an area, not a point: Van Don Economic Zone is the whole of Van Don
district. data/gazetteer/zone_extents.csv says, for each zone a cited source describes,
which districts it covers and whether wholly ("whole") or only in part of what is drawn
("part": the Mong Cai zone is Mong Cai city and nine Hai Ha communes, and only the city
can be drawn). The polygons are the legacy districts of data/boundaries/districts.geojson
(2014 boundaries, generalised): every extent says so. A zone with no sourced unit list
stays a flagged point.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import geopandas
from shapely.geometry import MultiPolygon
from shapely.ops import unary_union

from . import settings
from .errors import ReferenceDataError
from .names import name_key, simplify

VINTAGE = "legacy district polygons of 2014 (GitHub choisy/vietnam63, generalised to about 400 m)"


def _rows(data_dir: Path) -> list[dict[str, str]]:
    path = data_dir / "gazetteer" / "zone_extents.csv"
    if not path.exists():
        return []
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ReferenceDataError(f"{path} is not a readable table: {err}") from err


#: Words that qualify a zone without naming it: "Cau Treo International Border Gate Economic Zone"
#: is the Cau Treo zone, "Quang Yen Coastal Economic Zone" the Quang Yen one.
_QUALIFIERS = re.compile(r"\b(?:international|coastal|open|special|border|gate|commercial)\b")


def _zone_key(name: str, province: str | None) -> str:
    """The words that name a zone in its province: "Southeast Nghe An Economic Zone" and "the
    Southeast Economic Zone" of Nghe An are both "southeast"."""
    key = f" {_QUALIFIERS.sub(' ', name_key(name, 'economic_zone'))} "
    if province:
        key = key.replace(f" {simplify(province)} ", " ")
    return " ".join(key.split())


class ZoneExtents:
    """The cited unit lists of data/gazetteer/zone_extents.csv, found by a zone's id or by its name in
    its province, and the district polygons they draw."""

    def __init__(self, data_dir: Path | None = None):
        data_dir = data_dir or settings.DATA_DIR
        rows = _rows(data_dir)
        self._by_id = {r["zone_id"]: r for r in rows}
        self._by_key = {(r["province"], _zone_key(r["name"], r["province"])): r for r in rows}
        path = data_dir / "boundaries" / "districts.geojson"
        self._districts = geopandas.read_file(path, engine="pyogrio") if rows and path.exists() else None

    def row(self, zone_id: str | None, name: str, province: str | None) -> dict[str, str] | None:
        """The row of the zone with this id, or this name in this province."""
        return self._by_id.get(zone_id or "") or self._by_key.get((province, _zone_key(name, province)))

    def shape(self, row: dict[str, str]) -> tuple[MultiPolygon, list[str]] | None:
        """The union of the districts ``row`` lists, and their names (None if none is drawn)."""
        if self._districts is None:
            return None
        names = {simplify(n) for n in row["districts"].split(";") if n.strip()}
        parts = self._districts[(self._districts["province"] == row["province"])
                                & self._districts["name_ascii"].map(lambda n: simplify(n) in names)]
        if parts.empty:
            return None
        shape = unary_union(list(parts.geometry))
        return (shape if shape.geom_type == "MultiPolygon" else MultiPolygon([shape])), sorted(parts["name"])


def zone_extents_layer(layers: dict[str, geopandas.GeoDataFrame],
                       data_dir: Path | None = None) -> geopandas.GeoDataFrame | None:
    """The extents of the build's economic zones that a sourced unit list defines (None if none)."""
    zones = layers.get("economic_zones")
    if zones is None or zones.empty:
        return None
    extents = ZoneExtents(data_dir)
    records, shapes = [], []
    for zone in zones.itertuples():
        row = extents.row(zone.id, zone.name, zone.province)
        drawn = extents.shape(row) if row is not None else None
        if drawn is None:
            continue
        shapes.append(drawn[0])
        records.append({
            "id": zone.id,
            "name": zone.name,
            "districts": "; ".join(drawn[1]),
            "coverage": row["coverage"],
            "source": row["source"],
            "note": row["note"],
            "vintage": VINTAGE,
        })
    if not records:
        return None
    return geopandas.GeoDataFrame(records, geometry=shapes, crs="EPSG:4326")
