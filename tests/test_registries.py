"""The national registries read back: row counts, every row placed in its province, lookups by name."""

import csv

from shapely.geometry import Point

from geo.boundaries import province_geodataframe
from geo.registries import registry_province
from geo.settings import DATA_DIR


def _rows(name):
    with (DATA_DIR / "registries" / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_airports_registry_has_every_vietnamese_row_with_a_source():
    rows = _rows("airports.csv")
    assert len(rows) == 30
    assert all(r["source"] and r["province"] and r["precision"] == "site" for r in rows)


def test_every_airport_lies_in_or_beside_its_province():
    provinces = province_geodataframe().set_index("name_ascii")
    for row in _rows("airports.csv"):
        point = Point(float(row["lon"]), float(row["lat"]))
        # within 0.05° of the 1:10m outline, or corrected with a cited note
        near = provinces.loc[row["province"], "geometry"].distance(point) <= 0.05
        assert near or "is in" in row["note"], row


def test_an_airport_named_by_its_name_or_its_city_has_its_province():
    assert registry_province("airport", "noi bai") == "Ha Noi"
    assert registry_province("airport", "hue") == "Thua Thien Hue"  # "Hue airport": Phu Bai's city
    assert registry_province("airport", "nha trang") == "Khanh Hoa"  # two rows share the city, in one province
    assert registry_province("seaport", "noi bai") is None  # an airport's name is no seaport's


def test_seaports_registry_rows_have_a_source_and_a_province_by_their_coordinates():
    from geo.places import place_index

    rows = _rows("seaports.csv")
    assert len(rows) == 57
    provinces = province_geodataframe().set_index("name_ascii")
    places = place_index()
    for row in rows:
        assert row["source"] and row["precision"] in ("site", "commune", "district"), row
        if row["precision"] == "district":  # no point: the legacy district its source names
            assert not row["lat"] and not row["lon"] and row["district"] and not row["commune"], row
            assert places.rows(row["district"], province=row["province"]), row
            continue
        point = Point(float(row["lon"]), float(row["lat"]))
        near = provinces.loc[row["province"], "geometry"].distance(point) <= 0.05
        assert near or "corrected" in row["note"], row
        if row["precision"] == "commune":  # the centre of the commune its source names, never a claimed site
            centres = {(r["lat"], r["lon"]) for r in places.rows(row["commune"], province=row["province"])}
            assert (row["lat"], row["lon"]) in centres, row


def test_border_gates_registry_rows_each_cite_a_source_and_sit_at_their_commune_if_known():
    from geo.places import place_index

    rows = _rows("border_gates.csv")
    assert len(rows) == 83
    places = place_index()
    for row in rows:
        assert row["source_url"].startswith("http"), row
        assert row["level"] in ("international", "main", "auxiliary", "crossing"), row
        assert row["counterpart_country"] in ("China", "Laos", "Cambodia"), row
        if row["lat"]:  # the centre of the commune the sources name, never a claimed site
            assert row["precision"] == "commune"
            centres = {(r["lat"], r["lon"]) for r in places.rows(row["commune"], province=row["province"])}
            assert (row["lat"], row["lon"]) in centres, row


def test_a_port_or_a_gate_named_in_another_province_has_its_registry_province():
    assert registry_province("seaport", "cai mep") == "Ba Ria - Vung Tau"  # by an alias
    assert registry_province("border_gate", "huu nghi") == "Lang Son"
    assert registry_province("border_gate", "moc bai") == "Tay Ninh"


def test_industrial_parks_registry_rows_cite_a_source_and_name_units_of_their_province():
    from geo.places import place_index

    rows = _rows("industrial_parks.csv")
    assert len(rows) >= 279
    provinces = set(province_geodataframe()["name_ascii"])
    places = place_index()
    for row in rows:
        assert row["source_url"].startswith("http") and row["province"] in provinces, row
        if row["district"]:
            assert places.rows(row["district"], province=row["province"]), row
        if row["lat"]:  # a unit's centre from data/places, at the precision of that unit
            assert row["precision"] in ("commune", "district", "site"), row


def test_a_park_registry_places_but_never_moves_a_park_to_another_province():
    from geo.registries import registry_row

    assert registry_province("industrial_park", "amata") is None  # parks share names across provinces
    row = registry_row("industrial_park", "amata", province="Dong Nai")
    assert row is not None and row["province"] == "Dong Nai"
    assert registry_row("industrial_park", "amata", province="Binh Dinh") is None
