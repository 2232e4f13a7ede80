"""From located entities to layers: one declared schema, RFC 7946 GeoJSON files, a
GeoPackage with the side tables, and a CSV for spreadsheet users.

The column schema lives here and only here (docs/schema.md is checked against it).
GeoJSON is written by hand rather than through GDAL so that the output is exactly
RFC 7946 (lon/lat, no ``crs``, counter-clockwise outer rings, 6 decimals, a string
``id``) and byte-identical for the same input.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import geopandas
import pandas
from geopy.distance import geodesic
from shapely.geometry import MultiPolygon, mapping
from shapely.geometry.polygon import orient

from . import settings
from .attributes import COLUMN_ATTRIBUTES
from .geocode import Locator, Placement
from .kinds import KINDS, LINE_KINDS
from .model import Article, ArticleExtraction, Entity
from .resolve import current_values
from .errors import ValidationError


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # "str", "float", "int", "bool"
    unit: str | None
    meaning: str


FIELDS: tuple[Field, ...] = (
    Field("id", "str", None, "Stable identifier: kind, province and name key (e.g. industrial_park:quang-ninh:dong-mai)"),
    Field("name", "str", None, "Name as the articles write it, ASCII-folded"),
    Field("name_vi", "str", None, "Name with Vietnamese diacritics, where an article or the gazetteer gives it"),
    Field("kind", "str", None, "Kind of facility (economic_zone, industrial_park, ...)"),
    Field("province", "str", None, "Province the articles place it in (pre-2025 province names)"),
    *(Field(a.name, a.type, a.unit, a.meaning) for a in COLUMN_ATTRIBUTES),
    Field("as_of", "str", None, "Publication date of the newest article giving a current value (ISO; may be YYYY)"),
    Field("n_sources", "int", None, "Number of articles naming the facility"),
    Field("sources", "str", None, "Article files naming it, joined by '; '"),
    Field("source_urls", "str", None, "URLs of those articles where known, joined by '; '"),
    Field("has_conflict", "bool", None, "True when articles state different values for one attribute"),
    Field("geocode_precision", "str", None, "site, commune, district, province or schematic"),
    Field("geocode_method", "str", None, "Which step of the geocoding chain placed it: gazetteer:facility, "
          "registry:<kind>, nominatim, places:commune / places:district (named by an article or the gazetteer), "
          "places:commune-from-name / places:district-from-name (the unit its name bears: an inference), "
          "gazetteer:route, places:route-from-name (a schematic line through the places its name gives), "
          "boundaries:province"),
    Field("geocode_source", "str", None, "Where the coordinate comes from (citable)"),
    Field("geocode_note", "str", None, "The placement in words"),
    Field("in_province", "bool", None, "Whether the point lies inside the polygon of its province (null for lines)"),
    Field("length_km", "float", "km", "Geodesic length of the schematic line (lines only)"),
    Field("stated_length_km", "float", "km", "Length an article states (lines only)"),
)
#: The boundaries layer: the provinces the build has facilities in (Natural Earth polygons).
PROVINCE_FIELDS: tuple[Field, ...] = (
    Field("id", "str", None, "province:<slug> (e.g. province:quang-ninh)"),
    Field("name", "str", None, "Province name, ASCII (pre-2025 provinces)"),
    Field("name_vi", "str", None, "Province name with Vietnamese diacritics"),
    Field("iso_3166_2", "str", None, "ISO 3166-2 code"),
    Field("facilities", "int", None, "Number of facilities of this build placed in the province"),
    Field("source", "str", None, "Where the polygon comes from"),
)


#: Economic zones drawn as the districts that define them (geo.extents).
ZONE_EXTENT_FIELDS: tuple[Field, ...] = (
    Field("id", "str", None, "The economic zone's id, as in the economic_zones layer"),
    Field("name", "str", None, "The zone's name"),
    Field("districts", "str", None, "The districts drawn, joined by '; '"),
    Field("coverage", "str", None, "whole: the zone is the units drawn; part: it also covers units not drawn"),
    Field("source", "str", None, "The cited page that says which units the zone covers"),
    Field("note", "str", None, "What the source says, and what is drawn"),
    Field("vintage", "str", None, "Which boundaries are drawn (legacy 2014 districts, generalised)"),
)
#: The schema of each layer that is not a facility layer.
OTHER_LAYER_FIELDS = {"provinces": PROVINCE_FIELDS, "zone_extents": ZONE_EXTENT_FIELDS}

POINT_FIELDS = tuple(f for f in FIELDS if f.name not in ("length_km", "stated_length_km"))
LINE_FIELDS = FIELDS
LAYER_ORDER = tuple(KINDS[k].layer for k in KINDS)


def _fields_for(kind: str) -> tuple[Field, ...]:
    return LINE_FIELDS if kind in LINE_KINDS else POINT_FIELDS


def _num(value, as_int: bool = False):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(round(number)) if as_int else number


def properties_for(entity: Entity, placement: Placement, articles: dict[str, Article]) -> dict:
    """The flat, typed properties of one feature."""
    values = current_values(entity)
    cited = sorted({m.article for m in entity.mentions})
    used = [v.fact for v in values.values()]
    as_of = max((f.published for f in used if f.published), default=None)
    investors = sorted({str(f.value) for f in entity.facts if f.attribute == "investors"})
    props = {
        "id": entity.id,
        "name": entity.name,
        "name_vi": entity.name_vi,
        "kind": entity.kind,
        "province": entity.province,
        "district": entity.district if entity.kind not in LINE_KINDS else None,
        "commune": entity.commune if entity.kind not in LINE_KINDS else None,
        "status": str(values["status"].value) if "status" in values else None,
        "area_ha": _num(values["area_ha"].value) if "area_ha" in values else None,
        "occupancy_pct": _num(values["occupancy_pct"].value) if "occupancy_pct" in values else None,
        "occupancy_basis": str(values["occupancy_basis"].value) if "occupancy_basis" in values else None,
        "investment_vnd": _num(values["investment_vnd"].value) if "investment_vnd" in values else None,
        "investment_usd": _num(values["investment_usd"].value) if "investment_usd" in values else None,
        "investors": "; ".join(investors) or None,
        "projects": _num(values["projects"].value, True) if "projects" in values else None,
        "enterprises": _num(values["enterprises"].value, True) if "enterprises" in values else None,
        "workers": _num(values["workers"].value, True) if "workers" in values else None,
        "as_of": as_of,
        "n_sources": len(cited),
        "sources": "; ".join(cited),
        "source_urls": "; ".join(u for u in (articles[a].url for a in cited if a in articles) if u) or None,
        "has_conflict": any(v.conflicting for k, v in values.items() if k != "investors"),
        "geocode_precision": placement.precision,
        "geocode_method": placement.method,
        "geocode_source": placement.source,
        "geocode_note": placement.note,
        "in_province": placement.in_province,
    }
    if entity.kind in LINE_KINDS:
        coords = list(placement.geometry.coords)
        km = sum(geodesic((a[1], a[0]), (b[1], b[0])).km for a, b in zip(coords, coords[1:]))
        props["length_km"] = round(km, 1)
        props["stated_length_km"] = _num(values["length_km"].value) if "length_km" in values else None
    return props


@dataclass
class Located:
    """The result of locating entities: features by layer and what could not be placed."""

    layers: dict[str, geopandas.GeoDataFrame]
    unlocated: pandas.DataFrame


def features_from_entities(entities: list[Entity], articles: dict[str, Article], locator: Locator) -> Located:
    """Locate every entity; group the features by layer (one geometry type per layer)."""
    rows: dict[str, list[dict]] = {}
    geoms: dict[str, list] = {}
    unlocated = []
    for entity in entities:
        placement = locator.locate(entity)
        if placement is None:
            unlocated.append({
                "id": entity.id, "name": entity.name, "kind": entity.kind, "province": entity.province,
                "commune": entity.commune, "district": entity.district,
                "reason": "no route waypoints in the gazetteer" if entity.kind in LINE_KINDS
                else "no gazetteer site, commune, district or province to place it",
                "sources": "; ".join(sorted({m.article for m in entity.mentions})),
            })
            continue
        layer = KINDS[entity.kind].layer
        props = properties_for(entity, placement, articles)
        if entity.kind not in LINE_KINDS or not props["name_vi"]:
            # What the gazetteer knows and the articles did not say: Vietnamese name, commune, district.
            record = locator.record(entity)
            if record is not None:
                props["name_vi"] = props["name_vi"] or record.name_vi
                if entity.kind not in LINE_KINDS:
                    props["district"] = props["district"] or record.district or None
                    props["commune"] = props["commune"] or record.commune or None
        rows.setdefault(layer, []).append(props)
        geoms.setdefault(layer, []).append(placement.geometry)
    layers = {}
    for layer in LAYER_ORDER:
        if layer not in rows:
            continue
        kind = next(k for k in KINDS if KINDS[k].layer == layer)
        frame = pandas.DataFrame(rows[layer], columns=[f.name for f in _fields_for(kind)])
        layers[layer] = geopandas.GeoDataFrame(frame, geometry=geoms[layer], crs="EPSG:4326")
    columns = ["id", "name", "kind", "province", "commune", "district", "reason", "sources"]
    return Located(layers, pandas.DataFrame(unlocated, columns=columns))


def layer_problems(layer: str, frame: geopandas.GeoDataFrame) -> list[str]:
    """Every broken rule of one layer: the schema, one geometry type, valid geometries, unique
    ids, a source for every coordinate, points inside their province. Used while building
    (:func:`validate_features`) and on a finished build (``geo validate``)."""
    problems = []
    boundaries = layer in OTHER_LAYER_FIELDS  # provinces, zone extents: polygons with their own schema
    fields = OTHER_LAYER_FIELDS[layer] if boundaries else (LINE_FIELDS if "length_km" in frame.columns else POINT_FIELDS)
    names = {f.name for f in fields}
    missing = [f.name for f in fields if f.name not in frame.columns]
    if missing:
        problems.append(f"{layer}: missing columns {missing}")
    extra = sorted(set(frame.columns) - names - {frame.geometry.name})
    if extra:
        problems.append(f"{layer}: columns not in the schema {extra}")
    if "id" in frame and frame["id"].duplicated().any():
        problems.append(f"{layer}: duplicate ids {sorted(frame.loc[frame['id'].duplicated(), 'id'])}")
    types = set(frame.geometry.geom_type)
    if len(types) > 1:
        problems.append(f"{layer}: mixed geometry types {sorted(types)}")
    ids = frame["id"] if "id" in frame else pandas.Series(range(len(frame)))
    for index, geometry in zip(ids, frame.geometry):
        if geometry is None or not geometry.is_valid:
            problems.append(f"{layer}: {index}: invalid geometry")
    if not boundaries and "geocode_source" in frame:
        for index, source in zip(ids, frame["geocode_source"]):
            if not isinstance(source, str) or not source:
                problems.append(f"{layer}: {index}: coordinate without a source")
    if "in_province" in frame:
        for index, inside, province in zip(ids, frame["in_province"], frame.get("province", [None] * len(frame))):
            if inside is False or inside == 0:
                problems.append(f"{layer}: {index}: outside its province ({province})")
    return problems


def validate_features(layers: dict[str, geopandas.GeoDataFrame]) -> None:
    """Collect every broken rule of the layers being built and raise once (osmnx-style)."""
    problems = [p for layer, frame in layers.items() for p in layer_problems(layer, frame)
                if "outside its province" not in p]  # flagged, listed by geo validate, not an error
    if problems:
        raise ValidationError(problems)


# ---------------------------------------------------------------------------
# Writing


def _round_coords(obj, ndigits: int):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(c), ndigits) for c in obj]
        return [_round_coords(o, ndigits) for o in obj]
    return obj


def _rfc7946_geometry(geom, ndigits: int) -> dict:
    if geom.geom_type == "Polygon":
        geom = orient(geom, sign=1.0)
    elif geom.geom_type == "MultiPolygon":
        geom = type(geom)([orient(p, sign=1.0) for p in geom.geoms])
    data = mapping(geom)
    return {"type": data["type"], "coordinates": _round_coords(data["coordinates"], ndigits)}


def plain_value(value):
    """A cell as a plain Python value: numpy scalars unwrapped, NaN and NA as None (unknown)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    if value is pandas.NA:
        return None
    return value


_CASTS = {"int": int, "float": float, "bool": bool, "str": str}
_TYPES = {f.name: f.type for f in (*PROVINCE_FIELDS, *FIELDS)}


def geojson_text(frame: geopandas.GeoDataFrame, *, decimals: int = settings.COORDINATE_DECIMALS) -> str:
    """RFC 7946 text of a layer, features sorted by id; values typed as the schema says."""
    features = []
    frame = frame.sort_values("id")
    columns = [c for c in frame.columns if c != frame.geometry.name]
    records = pandas.DataFrame(frame[columns]).to_dict("records")  # plain dicts: no per-row pandas objects
    casts = [(c, _CASTS.get(_TYPES.get(c, ""))) for c in columns]
    for record, geometry in zip(records, frame.geometry):
        props = {}
        for c, cast in casts:
            value = plain_value(record[c])
            props[c] = cast(value) if cast and value is not None else value
        features.append({
            "type": "Feature",
            "id": props["id"],
            "properties": props,
            "geometry": _rfc7946_geometry(geometry, decimals),
        })
    # One feature per line: readable in a diff, and written by json's C encoder (indent= is pure Python).
    lines = ",\n".join(json.dumps(f, ensure_ascii=False) for f in features)
    return '{"type": "FeatureCollection", "features": [\n' + lines + ("\n" if features else "") + "]}\n"


def provinces_layer(layers: dict[str, geopandas.GeoDataFrame], data_dir: Path | None = None) -> geopandas.GeoDataFrame:
    """Polygons of the provinces that hold at least one facility of the build."""
    from .boundaries import province_geodataframe
    from .names import simplify, slug

    counts: dict[str, int] = {}
    for frame in layers.values():
        for province in frame.get("province", []):
            if isinstance(province, str) and province:
                counts[simplify(province)] = counts.get(simplify(province), 0) + 1
    polygons = province_geodataframe(data_dir)
    keep = polygons[polygons["name_ascii"].map(lambda n: simplify(n) in counts)]
    return geopandas.GeoDataFrame(
        {
            "id": [f"province:{slug(n)}" for n in keep["name_ascii"]],
            "name": list(keep["name_ascii"]),
            "name_vi": list(keep["name"]),
            "iso_3166_2": list(keep["iso_3166_2"]),
            "facilities": [counts[simplify(n)] for n in keep["name_ascii"]],
            "source": "Natural Earth 1:10m admin-1 (public domain), provinces before the 2025 merger",
        },
        # One geometry type per file: QGIS splits a Polygon/MultiPolygon mix into sub-layers.
        geometry=[g if g.geom_type == "MultiPolygon" else MultiPolygon([g]) for g in keep.geometry], crs="EPSG:4326",
    )


def write_geojson_layers(layers: dict[str, geopandas.GeoDataFrame], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in layers.items():
        path = folder / f"{name}.geojson"
        path.write_text(geojson_text(frame), encoding="utf-8")
        paths.append(path)
    return paths


_PANDAS_TYPES = {"float": "Float64", "int": "Int64", "bool": "boolean", "str": "string"}


def typed_frame(frame: geopandas.GeoDataFrame, fields: tuple[Field, ...]) -> geopandas.GeoDataFrame:
    """The layer with every column in the type the schema declares, nulls kept, so that a
    column that happens to be empty in this build is still a REAL or INTEGER column in the
    GeoPackage (not TEXT)."""
    frame = frame.copy()
    for field in fields:
        if field.name in frame.columns:
            column = frame[field.name].map(plain_value).astype(object)
            if field.type in ("float", "int"):
                column = pandas.to_numeric(column, errors="coerce")
            frame[field.name] = column.astype(_PANDAS_TYPES[field.type])
    return frame


def write_geopackage(layers: dict[str, geopandas.GeoDataFrame], tables: dict[str, pandas.DataFrame],
                     path: Path, styles: dict[str, str] | None = None, stamp: str | None = None) -> Path:
    """Every layer and side table in one GeoPackage; QGIS styles in ``layer_styles``. ``stamp`` (an
    ISO time, such as the newest article's date) replaces the clock's time in the package, so that
    the same input writes the same bytes."""
    import pyogrio

    if path.exists():
        path.unlink()
    for name, frame in layers.items():
        # GPKG 1.2: QGIS builds with GDAL < 3.7 (QGIS 3.22 LTR) warn about GDAL's default 1.4.
        pyogrio.write_dataframe(typed_frame(frame, OTHER_LAYER_FIELDS.get(name, FIELDS)),
                                path, layer=name, driver="GPKG", dataset_options={"VERSION": "1.2"})
    for name, table in tables.items():
        frame = table.copy()
        for column in frame.columns:
            if frame[column].dtype == object:
                frame[column] = frame[column].map(lambda v: None if v is None else str(v))
        pyogrio.write_dataframe(frame, path, layer=name, driver="GPKG")
    if styles:
        _write_layer_styles(path, styles)
    if stamp:
        with sqlite3.connect(path) as db:
            db.execute("UPDATE gpkg_contents SET last_change = ?", (stamp,))
            if styles:
                db.execute("UPDATE layer_styles SET update_time = ?", (stamp,))
        # A fresh copy: the file's header counts the writes that made it (GDAL's count varies
        # from run to run), and a copy written in one go has the same header every time.
        fresh = path.with_name(path.name + ".fresh")
        fresh.unlink(missing_ok=True)
        db = sqlite3.connect(path)
        try:
            db.execute("VACUUM INTO ?", (str(fresh),))
        finally:
            db.close()
        os.replace(fresh, path)
    return path


def content_stamp(dates) -> str:
    """The time a build's content is of: the newest article date (YYYY, YYYY-MM or YYYY-MM-DD), as
    the GeoPackage writes times; the epoch when no article is dated."""
    days = sorted(f"{d}-01-01"[:10] if len(d) == 4 else f"{d}-01"[:10] if len(d) == 7 else d[:10]
                  for d in dates if isinstance(d, str) and re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", d))
    return f"{days[-1] if days else '1970-01-01'}T00:00:00.000Z"


def _write_layer_styles(path: Path, styles: dict[str, str]) -> None:
    """QGIS reads a layer's default style from the ``layer_styles`` table."""
    with sqlite3.connect(path) as db:
        db.execute(
            """CREATE TABLE IF NOT EXISTS layer_styles (
                id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), f_table_schema TEXT(256),
                f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT,
                styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
                update_time DATETIME DEFAULT CURRENT_TIMESTAMP)"""
        )
        # QGIS finds a layer's default style by table *and* geometry column (GDAL names it "geom").
        geometry_column = dict(db.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
        for layer, qml in sorted(styles.items()):
            db.execute(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column,"
                " styleName, styleQML, styleSLD, useAsDefault, description, owner, update_time)"
                " VALUES ('', '', ?, ?, ?, ?, '', 1, 'geo default style', 'geo',"
                " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                (layer, geometry_column[layer], f"{layer} (geo)", qml),
            )
        db.execute(
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) VALUES "
            "('layer_styles', 'attributes', 'layer_styles')"
        )


def value_text(value) -> str:
    """A fact's value as text, one spelling per number: 2 and 2.0 are both "2", 1.7e12 is "1700000000000"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        return str(int(number)) if number.is_integer() else repr(number)
    return str(value)


def facts_table(extractions: list[ArticleExtraction], entity_of: dict[tuple[str, int], str]) -> pandas.DataFrame:
    """Every fact about one facility, with its provenance."""
    rows = []
    for ex in extractions:
        for fact in ex.facts:
            if fact.subject is None:
                continue
            rows.append({
                "entity_id": entity_of.get((ex.article.file, fact.subject)),
                "attribute": fact.attribute, "value": value_text(fact.value), "unit": fact.unit,
                "qualifier": fact.qualifier, "article": fact.article, "published": fact.published,
                "quote": fact.quote, "char_start": fact.char_start, "char_end": fact.char_end,
            })
    columns = ["entity_id", "attribute", "value", "unit", "qualifier", "article", "published", "quote",
               "char_start", "char_end"]
    return pandas.DataFrame(rows, columns=columns).sort_values(["entity_id", "attribute", "article", "char_start"],
                                                               na_position="last", ignore_index=True)


def aggregates_table(extractions: list[ArticleExtraction]) -> pandas.DataFrame:
    """Figures stated for groups of facilities ("10 industrial parks with a total area of ...")."""
    rows = []
    for ex in extractions:
        for fact in ex.facts:
            if fact.subject is not None:
                continue
            rows.append({
                "province": fact.province, "group_kind": fact.group, "group_count": fact.count,
                "members": "; ".join(fact.members) or None,
                "members_complete": fact.members_complete if fact.members else None,
                "attribute": fact.attribute, "value": fact.value, "unit": fact.unit, "qualifier": fact.qualifier,
                "article": fact.article, "published": fact.published, "quote": fact.quote,
                "char_start": fact.char_start, "char_end": fact.char_end,
            })
    columns = ["province", "group_kind", "group_count", "members", "members_complete", "attribute", "value", "unit", "qualifier", "article",
               "published", "quote", "char_start", "char_end"]
    return pandas.DataFrame(rows, columns=columns)


def conflicts_table(entities: list[Entity]) -> pandas.DataFrame:
    """Per entity and attribute, every value articles disagree on, newest first."""
    rows = []
    for entity in entities:
        for attribute, current in sorted(current_values(entity).items()):
            if not current.conflicting or attribute == "investors":
                continue
            for rank, fact in enumerate((current.fact, *current.conflicting)):
                rows.append({
                    "entity_id": entity.id, "attribute": attribute, "value": str(fact.value),
                    "is_current": rank == 0, "article": fact.article, "published": fact.published,
                    "quote": fact.quote,
                })
    columns = ["entity_id", "attribute", "value", "is_current", "article", "published", "quote"]
    return pandas.DataFrame(rows, columns=columns)


def articles_table(articles: list[Article]) -> pandas.DataFrame:
    columns = ["file", "title", "publisher", "url", "published", "date_basis", "language", "sha256"]
    return pandas.DataFrame([{c: getattr(a, c) for c in columns} for a in articles], columns=columns)


def entities_csv(layers: dict[str, geopandas.GeoDataFrame], path: Path) -> Path:
    """One row per located feature (no geometry; lat/lon of points), for spreadsheets."""
    frames = []
    for frame in layers.values():
        flat = pandas.DataFrame(frame.drop(columns=frame.geometry.name))
        points = frame.geometry.geom_type == "Point"
        flat["lat"] = [round(g.y, 6) if p else None for g, p in zip(frame.geometry, points)]
        flat["lon"] = [round(g.x, 6) if p else None for g, p in zip(frame.geometry, points)]
        frames.append(flat)
    table = pandas.concat(frames, ignore_index=True) if frames else pandas.DataFrame()
    if not table.empty:
        table = table.sort_values("id")
        for column in table.columns:
            if not pandas.api.types.is_numeric_dtype(table[column]):
                table[column] = table[column].map(spreadsheet_safe)
    table.to_csv(path, index=False, lineterminator="\n")
    return path


#: A cell a spreadsheet would run as a formula starts with one of these (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """``value``, with a text cell that a spreadsheet would run as a formula prefixed by ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
