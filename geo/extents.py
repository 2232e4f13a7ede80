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


def zone_extents_layer(layers: dict[str, geopandas.GeoDataFrame],
                       data_dir: Path | None = None) -> geopandas.GeoDataFrame | None:
    """The extents of the build's economic zones that a sourced unit list defines (None if none)."""
    data_dir = data_dir or settings.DATA_DIR
    zones = layers.get("economic_zones")
    rows = _rows(data_dir)
    districts_path = data_dir / "boundaries" / "districts.geojson"
    if zones is None or zones.empty or not rows or not districts_path.exists():
        return None
    by_id = {r["zone_id"]: r for r in rows}
    by_key = {(r["province"], _zone_key(r["name"], r["province"])): r for r in rows}
    found = [(z, by_id.get(z.id) or by_key.get((z.province, _zone_key(z.name, z.province))))
             for z in zones.itertuples()]
    found = [(z, row) for z, row in found if row is not None]
    if not found:
        return None
    districts = geopandas.read_file(districts_path, engine="pyogrio")
    records, shapes = [], []
    for zone, row in found:
        names = {simplify(n) for n in row["districts"].split(";") if n.strip()}
        parts = districts[(districts["province"] == row["province"])
                          & districts["name_ascii"].map(lambda n: simplify(n) in names)]
        if parts.empty:
            continue
        shape = unary_union(list(parts.geometry))
        shapes.append(shape if shape.geom_type == "MultiPolygon" else MultiPolygon([shape]))
        records.append({
            "id": zone.id,
            "name": zone.name,
            "districts": "; ".join(sorted(parts["name"])),
            "coverage": row["coverage"],
            "source": row["source"],
            "note": row["note"],
            "vintage": VINTAGE,
        })
    if not records:
        return None
    return geopandas.GeoDataFrame(records, geometry=shapes, crs="EPSG:4326")
