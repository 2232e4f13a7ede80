"""Placing a facility at the commune or district it is named after (geo.infer): an inference,
made only when the name points at exactly one unit of the facility's province."""

from __future__ import annotations

import pytest

from geo.geocode import Locator
from geo.infer import place_from_name, route_from_name
from geo.model import Entity
from geo.names import name_key


@pytest.mark.parametrize(
    "name, kind, province, level, unit",
    [
        ("Song Khoai Industrial Park", "industrial_park", "Quang Ninh", "commune", "Sông Khoai"),
        ("Bai Say IZ", "industrial_park", "Hung Yen", "commune", "Bãi Sậy"),
        ("Yen My II IZ", "industrial_park", "Hung Yen", "district", "Yên Mỹ"),  # numeral stripped
        ("Nam Sach 1 Industrial Cluster", "industrial_cluster", "Hai Duong", "district", "Nam Sách"),
        ("Lao Bao International Border Gate", "border_gate", "Quang Tri", "commune", "Lao Bảo"),
        ("Gia Binh Airport", "airport", "Bac Ninh", "district", "Gia Bình"),  # a planned airport no registry has
        ("Son My No.1 Industrial Park", "industrial_park", "Binh Thuan", "commune", "Sơn Mỹ"),
        ("Duc Hoa No. 1 Industrial Zone", "industrial_park", "Long An", "district", "Đức Hòa"),
        ("Phase 1 of Tan Phu Thanh Industrial Park", "industrial_park", "Hau Giang", "commune", "Tân Phú Thạnh"),
        ("Hoa Phu Industrial Park Extension", "industrial_park", "Vinh Long", "commune", "Hòa Phú"),
        ("expanded Yen My II IZ", "industrial_park", "Hung Yen", "district", "Yên Mỹ"),
    ],
)
def test_a_facility_named_after_one_unit_of_its_province_is_placed_there(name, kind, province, level, unit):
    named = place_from_name(name, kind, province)
    assert named is not None and named.level == level and named.names == (unit,)
    assert "inferred from the name" in named.note


def test_a_park_across_two_communes_is_placed_between_them():
    named = place_from_name("Song Khe - Noi Hoang Industrial Park", "industrial_park", "Bac Giang")
    assert named.level == "commune" and named.names == ("Song Khê", "Nội Hoàng")
    assert "between the centres of" in named.note


@pytest.mark.parametrize(
    "name, kind, province, why",
    [
        ("Tan Hung Industrial Park", "industrial_park", "Binh Phuoc", "two Tan Hung communes in the province"),
        ("Song Khoai Industrial Park", "industrial_park", "Thai Binh", "the commune is in another province"),
        ("Ben Tre Industrial Park", "industrial_park", "Ben Tre", "named after the province"),
        ("Amata Industrial Park", "industrial_park", "Dong Nai", "not a place"),
        ("Noi Bai International Airport", "airport", "Hai Phong", "the commune is in another province"),
        ("Phase 1 of Amata Industrial Park", "industrial_park", "Dong Nai", "not a place without its phase either"),
        ("Ben Tre South Industrial Park", "industrial_park", "Ben Tre", "named after the province, on its south side"),
        ("Song Khe - Amata Industrial Park", "industrial_park", "Bac Giang", "one part is not a commune"),
    ],
)
def test_no_inference_where_the_name_does_not_point_at_one_unit(name, kind, province, why):
    assert place_from_name(name, kind, province) is None, why


@pytest.mark.parametrize(
    "name, province, side, unit",
    [
        ("Nam Tien Phong Industrial Park", "Quang Ninh", "south", "Tiền Phong"),  # Vietnamese compass word before
        ("Northwest Cu Chi Industrial Park", "Ho Chi Minh", "northwest", "Củ Chi"),
        ("Dong Ha South Industrial Park", "Quang Tri", "south", "Đông Hà"),  # English compass word after
    ],
)
def test_a_compass_word_places_a_park_at_the_unit_it_qualifies(name, province, side, unit):
    named = place_from_name(name, "industrial_park", province)
    assert named is not None and named.names == (unit,)
    assert f"with '{side}' added to it" in named.note


def test_the_article_district_tells_same_named_communes_apart():
    named = place_from_name("Tan Hung Industrial Park", "industrial_park", "Binh Phuoc", district="Hon Quan")
    assert named is not None and named.level == "commune" and "Hon Quan" in named.note


def test_the_locator_says_a_placement_from_the_name_is_an_inference():
    entity = Entity(id="x", kind="industrial_park", name="Bai Say IZ", key=name_key("Bai Say IZ", "industrial_park"),
                    province="Hung Yen")
    placement = Locator().locate(entity)
    assert (placement.precision, placement.method) == ("commune", "places:commune-from-name")
    assert "whose name the industrial park bears" in placement.note and placement.in_province is True


def test_an_airport_in_the_registry_is_placed_at_its_site():
    entity = Entity(id="x", kind="airport", name="Cat Bi International Airport",
                    key=name_key("Cat Bi International Airport", "airport"), province="Hai Phong")
    placement = Locator().locate(entity)
    assert (placement.precision, placement.method) == ("site", "registry:airport")
    assert "airportsdata" in placement.source and placement.in_province is True


def test_a_route_named_by_its_places_is_a_schematic_line_through_them():
    route = route_from_name("Long Thanh-Dau Giay Expressway", "road", "Dong Nai")
    assert [w[2] for w in route.waypoints] == ["Long Thành", "Dầu Giây"]
    assert "inferred from the name, not the alignment" in route.note


def test_a_route_part_that_is_not_a_known_place_is_named_in_the_note():
    route = route_from_name("Kunming - Hanoi - Hai Phong corridor", "corridor", "Hai Phong",
                            province_point=lambda p: (20.8, 106.6) if p == "Hai Phong" else None)
    assert [w[2] for w in route.waypoints] == ["Hanoi", "Haiphong"]  # GeoNames writes the city so
    assert "not in the reference data: Kunming" in route.note


@pytest.mark.parametrize("name", ["National Highway 18", "Hanoi Highway", "Kunming - Nanning railway"])
def test_no_line_from_a_name_with_fewer_than_two_known_places(name):
    assert route_from_name(name, "road", "Quang Ninh") is None


def test_a_compass_word_before_a_commune_name_places_it_at_that_commune_and_says_so():
    named = place_from_name("Nam Tien Phong Industrial Park", "industrial_park", "Quang Ninh", district="Quang Yen")
    assert named.level == "commune" and named.names == ("Tiền Phong",)
    assert "'south' added to it" in named.note


def _located(name: str, kind: str, province: str):
    entity = Entity(id="x", kind=kind, name=name, key=name_key(name, kind), province=province)
    return Locator().locate(entity)


def test_a_registry_row_without_a_site_places_the_gate_at_the_unit_it_names():
    placement = _located("Hoa Lu International Border Gate", "border_gate", "Binh Phuoc")
    assert placement.precision in ("commune", "district") and placement.method.startswith("registry")
    assert "national registry (Hoa Lu International Border Gate)" in placement.note or \
        "national border gate registry" in placement.note


def test_a_border_gate_economic_zone_is_placed_at_its_gate_and_says_the_zone_is_larger():
    placement = _located("Moc Bai Border Gate Economic Zone", "economic_zone", "Tay Ninh")
    assert placement.precision == "commune" and placement.method.endswith(":zone-from-gate")
    assert "the zone itself is larger" in placement.note
    # A zone that is not named after a gate is not placed at one.
    assert not _located("Dung Quat Economic Zone", "economic_zone", "Quang Ngai").method.endswith("zone-from-gate")


def test_a_route_part_that_is_a_province_stays_in_that_province():
    """"Quang Ninh" in a corridor's name is the province, not Quang Ninh district of Quang Binh;
    "Khanh Hoa" is the province, not a village of that name in An Giang."""
    locator = Locator()
    corridor = route_from_name("Kunming - Lao Cai - Hanoi - Hai Phong - Quang Ninh Economic Corridor", "corridor",
                               "Lao Cai", province_point=locator._province_point)
    assert corridor.waypoints[-1][2] == "Quang Ninh province" and corridor.waypoints[-1][0] > 20.5
    road = route_from_name("Khanh Hoa - Buon Ma Thuot Expressway", "road", "Khanh Hoa",
                           province_point=locator._province_point)
    assert road.waypoints[0][2] == "Khanh Hoa province" and road.waypoints[0][1] > 108.5


def test_a_zone_whose_districts_a_source_lists_is_placed_inside_them_and_says_it_is_an_area():
    placement = _located("Dung Quat Economic Zone", "economic_zone", "Quang Ngai")
    assert (placement.precision, placement.method) == ("district", "gazetteer:zone-extent")
    assert "Bình Sơn" in placement.note and "not this point" in placement.note and placement.in_province
