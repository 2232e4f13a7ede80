"""The geocoding chain: every answer says how it was found and how precise it is."""

from __future__ import annotations

import pytest
from geopy.location import Location

from geo.geocode import Locator
from geo.geocoders import FacilityGazetteer, PlaceGazetteer, get_backend
from geo.errors import GeocoderError
from geo.model import Entity
from geo.names import name_key


@pytest.fixture(scope="module")
def locator():
    return Locator()


def _entity(name, kind="industrial_park", province="Quang Ninh", commune=None, district=None):
    return Entity(id="x", kind=kind, name=name, key=name_key(name, kind), province=province,
                  commune=commune, district=district)


def test_the_facility_gazetteer_is_a_geopy_geocoder():
    location = FacilityGazetteer().geocode("Van Don International Airport", kind="airport", province="Quang Ninh")
    assert isinstance(location, Location)
    assert location.raw["precision"] == "site" and location.raw["source"]
    assert 21.0 < location.latitude < 21.2 and 107.3 < location.longitude < 107.5


def test_the_place_gazetteer_finds_towns_without_diacritics():
    location = PlaceGazetteer().geocode("Mong Cai", level="district", province="Quang Ninh")
    assert isinstance(location, Location) and location.raw["source"]


def test_an_unknown_backend_lists_the_valid_names():
    with pytest.raises(GeocoderError, match="valid: facilities, places, nominatim"):
        get_backend("google")


def test_a_site_from_the_gazetteer_comes_first(locator):
    placement = locator.locate(_entity("Van Don Airport", kind="airport"))
    assert (placement.precision, placement.method) == ("site", "gazetteer:facility")
    assert placement.in_province is True


def test_an_unknown_facility_falls_back_to_the_district_it_names(locator):
    placement = locator.locate(_entity("Brand New Industrial Park", district="Mong Cai"))
    assert placement.precision == "district" and placement.method == "places:district"
    assert "Mong Cai" in placement.note or "Móng Cái" in placement.note


def test_with_nothing_but_a_province_it_says_so(locator):
    placement = locator.locate(_entity("Brand New Industrial Park", province="Lang Son"))
    assert placement.precision == "province"
    assert "Lang Son" in placement.note


def test_lines_are_schematic_and_sourced(locator):
    placement = locator.locate(_entity("National Highway 18C", kind="road"))
    assert placement.precision == "schematic" and placement.geometry.geom_type == "LineString"
    assert placement.source


def test_without_province_or_gazetteer_entry_nothing_is_invented(locator):
    assert locator.locate(_entity("Brand New Industrial Park", province=None)) is None


def test_every_seed_facility_is_located(built):
    import pyogrio

    unlocated = pyogrio.read_dataframe(built / "geo.gpkg", layer="unlocated")
    assert unlocated.empty, unlocated[["id", "reason"]].to_string()


@pytest.fixture(scope="module")
def province_check():
    from geo.boundaries import ProvinceCheck

    return ProvinceCheck()


def test_a_point_inside_its_province_needs_no_excuse(province_check):
    assert province_check.check(107.08, 20.96, "Quang Ninh") == (True, "")  # Ha Long city


def test_a_point_in_another_province_is_flagged(province_check):
    inside, why = province_check.check(106.76, 21.85, "Quang Ninh")  # Lang Son city
    assert inside is False and "km outside Quang Ninh" in why


def test_the_generalised_outline_has_a_stated_tolerance(province_check):
    from geo.boundaries import OUTLINE_TOLERANCE_KM

    # Walk out of Quang Ninh's outline southwards from Mong Cai into the sea, 100 m at a time.
    lon, lat = 107.95, 21.53
    results = []
    for step in range(60):
        results.append(province_check.check(lon, lat - step * 0.0009, "Quang Ninh"))
    reasons = [why for inside, why in results if inside and why]
    assert any("within its tolerance" in why for why in reasons)
    # Beyond the tolerance, off land, the answer is no.
    far = province_check.check(107.95, 21.0, "Quang Ninh")
    assert far[0] is False and OUTLINE_TOLERANCE_KM < float(far[1].split()[0])


def test_an_island_of_the_detailed_coast_counts_although_the_outline_leaves_it_out(province_check, locator):
    ha_long_commune = locator.places.geocode("Ha Long", level="commune", province="Quang Ninh")
    inside, why = province_check.check(ha_long_commune.longitude, ha_long_commune.latitude, "Quang Ninh")
    assert inside is True and why.startswith("on land of the detailed GSHHG coast")


def test_every_seed_point_lies_in_its_province(built):
    import json

    for path in (built / "layers").glob("*.geojson"):
        for feature in json.loads(path.read_text())["features"]:
            props = feature["properties"]
            if feature["geometry"]["type"] == "Point" and "in_province" in props:
                assert props["in_province"] is True, (props["id"], props["geocode_note"])
