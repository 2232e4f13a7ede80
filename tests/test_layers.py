"""The layers as QGIS will meet them: RFC 7946 GeoJSON, typed flat properties, a styled GeoPackage."""

from __future__ import annotations

import json
import sqlite3

import geopandas
import pyogrio
import pytest
from shapely.geometry import shape

from geo.cli import main
from geo.layers import FIELDS, LINE_FIELDS, POINT_FIELDS, PROVINCE_FIELDS

from .conftest import SEEDS


def _layers(built):
    """The facility layers (the provinces and zone_extents layers have their own schemas)."""
    from geo.layers import OTHER_LAYER_FIELDS

    return sorted(p for p in (built / "layers").glob("*.geojson") if p.stem not in OTHER_LAYER_FIELDS)


def test_the_provinces_layer_holds_the_provinces_with_facilities(built):

    data = json.loads((built / "layers" / "provinces.geojson").read_text(encoding="utf-8"))
    assert "crs" not in data
    assert sorted(f["properties"]["name"] for f in data["features"]) == ["Lang Son", "Quang Ninh"]
    for feature in data["features"]:
        assert feature["geometry"]["type"] == "MultiPolygon"
        assert list(feature["properties"]) == [f.name for f in PROVINCE_FIELDS]
        assert feature["id"] == feature["properties"]["id"] and feature["id"].startswith("province:")
        assert feature["properties"]["facilities"] > 0
        geom = shape(feature["geometry"])
        assert geom.is_valid
        for polygon in geom.geoms:  # RFC 7946: exterior rings counter-clockwise
            assert polygon.exterior.is_ccw


def test_every_layer_is_rfc7946(built):
    assert _layers(built)
    for path in _layers(built):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert "crs" not in data, path.name
        types = {f["geometry"]["type"] for f in data["features"]}
        assert len(types) == 1, f"{path.name} mixes {types}"
        for feature in data["features"]:
            assert isinstance(feature["id"], str) and feature["id"] == feature["properties"]["id"]
            assert feature["id"].split(":")[0] == feature["properties"]["kind"]
            geom = shape(feature["geometry"])
            assert geom.is_valid
            minx, miny, maxx, maxy = geom.bounds
            assert 95 < minx <= maxx < 115 and 5 < miny <= maxy < 30  # lon/lat order: Vietnam and south China
            text = json.dumps(feature["geometry"]["coordinates"])
            assert all(len(n.split(".")[1]) <= 6 for n in text.replace("[", " ").replace("]", " ").replace(",", " ").split() if "." in n)


def test_properties_are_flat_and_follow_the_schema(built):
    for path in _layers(built):
        data = json.loads(path.read_text(encoding="utf-8"))
        kind = data["features"][0]["properties"]["kind"]
        fields = LINE_FIELDS if data["features"][0]["geometry"]["type"] == "LineString" else POINT_FIELDS
        for feature in data["features"]:
            props = feature["properties"]
            assert list(props) == [f.name for f in fields], kind
            for field in fields:
                value = props[field.name]
                assert not isinstance(value, (list, dict))
                if value is None:
                    continue
                expected = {"str": str, "float": (int, float), "int": int, "bool": bool}[field.type]
                assert isinstance(value, expected), (path.name, field.name, value)


def test_every_coordinate_has_a_source_and_a_precision(built):
    for path in _layers(built):
        frame = geopandas.read_file(path)
        assert frame["geocode_source"].notna().all() and (frame["geocode_source"] != "").all()
        assert set(frame["geocode_precision"]) <= {"site", "commune", "district", "province", "schematic"}


def test_the_same_input_gives_byte_identical_layers(runner, tmp_path, built):
    out = tmp_path / "again"
    assert runner.invoke(main, ["-q", "build", "--seeds", str(SEEDS), "--out", str(out)]).exit_code == 0
    for path in _layers(built):
        assert (out / "layers" / path.name).read_bytes() == path.read_bytes(), path.name
    for name in ("map.html", "geo.gpkg", "report.md", "report.html", "entities.csv"):  # no random ids, no clock
        assert (out / name).read_bytes() == (built / name).read_bytes(), name


def test_the_geopackage_holds_layers_tables_and_a_style_per_layer(built):
    gpkg = built / "geo.gpkg"
    names = {name for name, _ in pyogrio.list_layers(gpkg)}
    spatial = {p.stem for p in (built / "layers").glob("*.geojson")}
    assert spatial <= names
    assert {"facts", "conflicts", "articles", "aggregates", "unlocated"} <= names
    with sqlite3.connect(gpkg) as db:
        styled = {row[0] for row in db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
        qml = db.execute("SELECT styleQML FROM layer_styles").fetchall()
    assert spatial == styled
    assert all(q[0].lstrip().startswith("<!DOCTYPE qgis") for q in qml)
    for layer in spatial:
        assert (built / "layers" / f"{layer}.qml").exists()


def test_facts_keep_their_provenance(built):
    facts = pyogrio.read_dataframe(built / "geo.gpkg", layer="facts")
    assert len(facts)
    article_text = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for _, fact in facts.iterrows():
        text = article_text[fact["article"]]
        assert fact["quote"] in text
        start, end = int(fact["char_start"]), int(fact["char_end"])
        assert text.index(fact["quote"]) <= start < end <= text.index(fact["quote"]) + len(fact["quote"])


def test_group_figures_are_aggregates(built):
    aggregates = pyogrio.read_dataframe(built / "geo.gpkg", layer="aggregates")
    areas = aggregates[aggregates["attribute"] == "area_ha"]["value"].astype(float).tolist()
    assert 3913 in areas and 375171 in areas


def test_conflicting_figures_are_all_kept_and_the_newest_is_current(tmp_path, runner):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "old.txt").write_text("Dong Mai Industrial Park in Quang Ninh has an occupancy rate of 40%.")
    (folder / "new.txt").write_text("Dong Mai Industrial Park in Quang Ninh has an occupancy rate of 75%.")
    (folder / "sources.csv").write_text("file,published\nold.txt,2023-01-05\nnew.txt,2025-03-01\n")
    out = tmp_path / "o"
    result = runner.invoke(main, ["-q", "build", "--seeds", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    parks = geopandas.read_file(out / "layers" / "industrial_parks.geojson")
    row = parks.iloc[0]
    assert row["occupancy_pct"] == 75 and str(row["as_of"])[:10] == "2025-03-01" and bool(row["has_conflict"])
    conflicts = pyogrio.read_dataframe(out / "geo.gpkg", layer="conflicts")
    assert sorted(conflicts["value"].astype(float)) == [40, 75]


@pytest.mark.parametrize("field", FIELDS + PROVINCE_FIELDS)
def test_the_schema_is_documented(field):
    from .conftest import ROOT

    assert f"`{field.name}`" in (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def test_geopackage_columns_have_the_declared_types_even_when_empty(built):
    sql_types = {"float": "REAL", "int": "INTEGER", "bool": "BOOLEAN", "str": "TEXT"}
    with sqlite3.connect(built / "geo.gpkg") as db:
        for path in _layers(built):
            columns = {row[1]: row[2] for row in db.execute(f'PRAGMA table_info("{path.stem}")')}
            fields = LINE_FIELDS if "length_km" in columns else POINT_FIELDS
            for field in fields:
                assert columns[field.name] == sql_types[field.type], (path.stem, field.name, columns[field.name])


def test_a_cell_a_spreadsheet_would_run_is_written_as_text(tmp_path):
    from click.testing import CliRunner

    from geo.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Dong Mai Industrial Park covers 100 ha.", encoding="utf-8")
    (folder / "sources.csv").write_text("file,title,url\na.txt,A title,@SUM(1)\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["-q", "build", "--seeds", str(folder), "--out", str(out)]).exit_code == 0
    text = (out / "entities.csv").read_text(encoding="utf-8")
    assert ",@SUM(1)" not in text and ",'@SUM(1)" in text


def test_an_economic_zone_a_source_defines_by_districts_is_drawn_as_them(built):
    """Van Don Economic Zone is the whole of Van Don district (Nhan Dan, 2020): its extent is that
    district's polygon, and the layer says which boundaries, how much of the zone, and the source."""
    import geopandas

    extents = geopandas.read_file(built / "layers" / "zone_extents.geojson").set_index("id")
    van_don = extents.loc["economic_zone:quang-ninh:van-don"]
    assert van_don.geometry.geom_type == "MultiPolygon" and van_don["coverage"] == "whole"
    assert van_don["source"].startswith("https://") and "2014" in van_don["vintage"]
    assert van_don.geometry.contains(geopandas.points_from_xy([107.41417], [21.11806])[0])  # Van Don airport
    assert extents.loc["economic_zone:quang-ninh:mong-cai", "coverage"] == "part"


def test_a_zone_written_with_qualifiers_or_without_its_province_finds_its_extent():
    """"Cau Treo International Border Gate Economic Zone" is the Cau Treo zone, and "the Southeast
    Economic Zone" of a Nghe An article is the Southeast Nghe An zone."""
    from geo.extents import _zone_key

    assert _zone_key("Cau Treo International Border Gate Economic Zone", "Ha Tinh") == \
        _zone_key("Cau Treo Border Gate Economic Zone", "Ha Tinh") == "cau treo"
    assert _zone_key("Southeast Economic Zone", "Nghe An") == _zone_key("Southeast Nghe An Economic Zone", "Nghe An")
    assert _zone_key("Southeast Economic Zone", "Quang Tri") != _zone_key("Dung Quat Economic Zone", "Quang Ngai")
