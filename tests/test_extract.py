"""The extractor, specified sentence by sentence (all of these phrasings occur in news)."""

from __future__ import annotations

import hashlib

import pytest

from geo.extract import extract_article, parse_number
from geo.model import Article
from geo.resolve import article_entities


def _article(text: str, file: str = "t.txt") -> Article:
    return Article(file=file, text=text, sha256=hashlib.sha256(text.encode()).hexdigest())


def entities(text: str) -> dict[tuple[str, str], dict]:
    """(kind, name key) -> first-stated facts, for one article."""
    ex = extract_article(_article(text))
    return {(e.kind, e.key): e.values() for e in article_entities(ex)}


def aggregates(text: str):
    return [f for f in extract_article(_article(text)).facts if f.subject is None]


@pytest.mark.parametrize(
    "sentence, kind, key",
    [
        ("Workers gathered at Dong Banh Industrial Park yesterday.", "industrial_park", "dong banh"),
        ("Investment in Quang Yen coastal economic zone rose.", "economic_zone", "quang yen"),
        ("Trucks queue at Mong Cai International Border Gate every day.", "border_gate", "mong cai"),
        ("Flights to Van Don Airport resumed.", "airport", "van don"),
        ("Ships call at Ao Tien High-class Port.", "seaport", "ao tien"),
        ("The province is upgrading National Highway 18C this year.", "road", "national 18c"),
        ("Traffic on the Hai Phong - Mong Cai Expressway grew.", "road", "hai phong mong cai"),
        ("The Hanoi - Ha Long high-speed railway is being studied.", "railway", "hanoi ha long high speed"),
        ("Đông Triều Industrial Park will span 178.3 hectares.", "industrial_park", "dong trieu"),
        ("Firms chose Que Vo IP in the north.", "industrial_park", "que vo"),
    ],
)
def test_a_name_with_its_head_noun_is_a_facility(sentence, kind, key):
    assert (kind, key) in entities(sentence)


def test_a_numbered_cluster_keeps_its_commune_in_its_name():
    found = entities("Local Industrial Cluster No. 2 in Hop Thanh commune, Cao Loc district with an area of "
                     "8.5 hectares has been put into operation.")
    (kind, key), facts = next(iter(found.items()))
    assert kind == "industrial_cluster" and key == "no 2 in hop thanh commune"
    assert facts["area_ha"] == 8.5 and facts["status"] == "operating"


def test_a_corridor_written_as_a_dash_list():
    found = entities("It lies in the economic corridor of Kunming (China) - Hanoi - Hai Phong - Mong Cai - "
                     "Fangcheng (China), near the expressway axis along Ha Long - Van Don - Mong Cai province.")
    assert ("corridor", "kunming hanoi hai phong mong cai fangcheng") in found
    assert ("corridor", "ha long van don mong cai") in found


@pytest.mark.parametrize(
    "sentence, kind, keys",
    [
        ("For 10 existing industrial parks such as Dong Mai, Song Khoai, Viet Hung, Cai Lan, Texhong Hai Ha, "
         "Hai Yen... the average occupancy rate has reached nearly 60%.", "industrial_park",
         {"dong mai", "song khoai", "viet hung", "cai lan", "texhong hai ha", "hai yen"}),
        ("Quang Yen Town has the most industrial parks in the province, namely Dong Mai, Song Khoai, "
         "Nam Tien Phong, Bac Tien Phong and Bach Dang.", "industrial_park",
         {"dong mai", "song khoai", "nam tien phong", "bac tien phong", "bach dang"}),
        ("There are 3 border gate economic zones including Mong Cai, Hoanh Mo - Dong Van and Bac Phong Sinh.",
         "economic_zone", {"mong cai", "hoanh mo dong van", "bac phong sinh"}),
        ("The province issued a decision to establish two industrial parks: Quang Duc in Quang Duc commune and "
         "Quang Thanh in Quang Ha and Quang Duc communes.", "industrial_park", {"quang duc", "quang thanh"}),
        ("Priority goes to the border gates: Hoanh Mo - Bac Phong Sinh - Mong Cai.", "border_gate",
         {"hoanh mo", "bac phong sinh", "mong cai"}),
        ("Of these, Hải Hà and Đông Mai industrial parks are already under development.", "industrial_park",
         {"hai ha", "dong mai"}),
    ],
)
def test_a_list_sharing_one_head_noun_names_each_member(sentence, kind, keys):
    found = {key for k, key in entities(sentence) if k == kind}
    assert found == keys


def test_figures_stated_for_a_group_are_aggregates_not_facts_of_a_member():
    text = ("For 10 existing industrial parks such as Dong Mai, Song Khoai, Hai Yen... the average occupancy "
            "rate has reached nearly 60%.")
    assert all("occupancy_pct" not in facts for facts in entities(text).values())
    (agg,) = [f for f in aggregates(text) if f.attribute == "occupancy_pct"]
    assert (agg.value, agg.qualifier, agg.group, agg.count) == (60, "nearly", "industrial_park", 10)


def test_figures_follow_a_back_reference_to_the_facility():
    text = ("Nam Son Industrial Park (Ba Che Commune) invested by Hoang Thai Joint Stock Company was put into "
            "operation in 2017. This is the first industrial park invested in border areas.\n"
            "In phase 1 of the project, the investor has built infrastructure with an area of 28.5 hectares. "
            "The occupancy rate of the industrial park reached nearly 87%. Currently, the Industrial Park is "
            "investing in phase 2 with an area of 19 hectares.")
    facts = entities(text)[("industrial_park", "nam son")]
    assert facts["area_phase_1_ha"] == 28.5 and facts["area_phase_2_ha"] == 19
    assert facts["area_ha"] == 28.5  # only phases are stated: the first phase is what exists
    assert facts["occupancy_pct"] == 87
    assert facts["investors"] == ["Hoang Thai Joint Stock Company"]
    assert facts["commune"] == "Ba Che"
    assert facts["status"] == "operating"


def test_targets_and_commitments_are_not_facts():
    text = ("The Eastern Dam Ha B Industrial Park has a scale of over 60 hectares. According to the roadmap, the "
            "investor commits to attracting projects with an occupancy rate of 50% of the area and 100% "
            "occupancy in the third year.")
    facts = entities(text)[("industrial_park", "eastern dam ha b")]
    assert facts["area_ha"] == 60
    assert "occupancy_pct" not in facts


def test_an_adjective_area_belongs_to_the_facility_it_describes():
    facts = entities("Quang Ninh kicked off a project to develop the 7.4-hectare Bac Tien Phong Industrial Park "
                     "with investment capital of 20.5 million USD.")[("industrial_park", "bac tien phong")]
    assert facts["area_ha"] == 7.4 and facts["investment_usd"] == 20_500_000


def test_qualifiers_are_kept():
    ex = extract_article(_article("Dong Banh Industrial Park has attracted 4 projects with a total capital of "
                                  "about 1,700 billion VND; the occupancy rate is about 60%."))
    money = next(f for f in ex.facts if f.attribute == "investment_vnd")
    assert money.value == 1_700_000_000_000 and money.qualifier == "about"


def test_each_fact_keeps_its_sentence_and_offsets():
    text = "Intro line.\nHuu Lung Industrial Park has an area of 600 hectares."
    ex = extract_article(_article(text))
    fact = next(f for f in ex.facts if f.attribute == "area_ha")
    assert fact.quote == "Huu Lung Industrial Park has an area of 600 hectares."
    assert text[fact.char_start:fact.char_end].startswith("600")


def test_facilities_sharing_a_place_name_stay_apart():
    found = entities("Work continues at the Đông Mai Industrial Cluster and at Đông Mai Industrial Park, "
                     "near Van Don Airport in the Van Don Economic Zone and the Van Don Industrial Cluster.")
    assert {("industrial_cluster", "dong mai"), ("industrial_park", "dong mai"), ("airport", "van don"),
            ("economic_zone", "van don"), ("industrial_cluster", "van don")} <= set(found)


def test_company_names_and_generic_words_are_not_facilities():
    found = entities("The industrial park is invested by Green Park Industrial Park Investment Joint Stock "
                     "Company. Traffic road works began.")
    assert found == {}


@pytest.mark.parametrize(
    "text, value",
    [("3,913", 3913), ("375,171", 375171), ("853.18", 853.18), ("1.700", 1700), ("12,5", 12.5),
     ("1,700", 1700), ("69.44", 69.44), ("1.234.567", 1234567)],
)
def test_numbers_in_english_and_vietnamese_formats(text, value):
    assert parse_number(text) == value


def test_the_article_province_is_the_one_it_names_most():
    ex = extract_article(_article("Lạng Sơn is building roads. Lang Son province borders Cao Bang. Lang Son grows."))
    assert ex.province == "Lang Son"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Three industrial parks in Duc Hoa district — Tan Duc, Hai Son and Duc Hoa III — are full.",
         {"tan duc", "hai son", "duc hoa iii"}),
        ("The My Phuoc 1, 2 and 3 industrial parks are full.", {"my phuoc 1", "my phuoc 2", "my phuoc 3"}),
        ("Industrial parks in Dong Nai and neighbouring Ba Ria – Vung Tau are racing to prepare land.", set()),
        ("The Management Board of Dung Quat Economic Zone and Quang Ngai Industrial Parks said so.", set()),
    ],
)
def test_lists_set_off_by_dashes_or_numbered_share_their_head_noun(sentence, expected):
    parks = {key for kind, key in entities(sentence) if kind == "industrial_park"}
    assert parks == expected


def test_an_abbreviated_road_number_is_the_national_highway():
    assert ("road", "national 34") in entities("Trucks must use NH34, a winding mountain road.")


def test_the_eastern_park_is_the_one_whose_name_says_east():
    text = ("The zone's two industrial parks — Dung Quat East and Dung Quat West — cover 1,600 hectares. "
            "Dung Quat West is 58 per cent occupied, while the eastern park is 76% filled.")
    facts = entities(text)
    assert facts[("industrial_park", "dung quat east")].get("occupancy_pct") == 76
    assert facts[("industrial_park", "dung quat west")].get("occupancy_pct") == 58


@pytest.mark.parametrize(
    "sentence, attribute, value",
    [
        ("Dong Mai Industrial Park has total investment of 1.700 tỷ đồng.", "investment_vnd", 1_700_000_000_000),
        ("Dong Mai Industrial Park has total investment of 1,700 billion VND.", "investment_vnd", 1_700_000_000_000),
        ("Dong Mai Industrial Park covers 12,5 ha.", "area_ha", 12.5),
        # A dot before three digits is the Vietnamese thousands point where the sentence writes
        # numbers that way, and a decimal point in English prose (all six such areas in the real corpus).
        ("Dong Mai Industrial Park covers 1.234 ha for 2.345.000 USD.", "area_ha", 1234),
        ("Dong Mai Industrial Park has a scale of 80.941 hectares.", "area_ha", 80.941),
        ("Dong Mai Industrial Park was built with 3,5 triệu USD.", "investment_usd", 3_500_000),
    ],
)
def test_local_number_formats(sentence, attribute, value):
    facts = entities(sentence)[("industrial_park", "dong mai")]
    assert facts[attribute] == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, key, length",
    [
        ("The province is preparing the 56 km Cam Lo – Lao Bao Expressway.", "cam lo lao bao", 56),
        ("The Ho Chi Minh City – Thu Dau Mot – Chon Thanh Expressway, 69 km long, is due next year.",
         "ho chi minh city thu dau mot chon thanh", 69),
        ("The Nghi Son – Sao Vang Road, a 100 km route, links the zone with the airport.", "nghi son sao vang", 100),
        ("The Bac Giang – Lang Son Expressway has a length of 64 km.", "bac giang lang son", 64),
    ],
)
def test_a_stated_route_length_belongs_to_the_route(sentence, key, length):
    assert entities(sentence)[("road", key)]["length_km"] == length


def test_a_distance_is_not_a_length():
    facts = entities("Que Vo Industrial Park lies about 40 km from the National Highway 18 junction, "
                     "and the Ha Long – Van Don Expressway is 100 km to the south.")
    assert all("length_km" not in f for f in facts.values())


@pytest.mark.parametrize(
    "sentence, basis",
    [
        ("Covering 700 hectares, VSIP Bac Ninh Industrial Park has filled 92% of its leasable land.", "leasable land"),
        ("Phu My 3 Industrial Park covers 1,000 hectares and has filled 80 per cent of its land.", "land"),
        ("The occupancy rate of industrial land at Dong Mai Industrial Park is 75%.", "industrial land"),
    ],
)
def test_what_an_occupancy_rate_is_a_share_of_is_kept(sentence, basis):
    (facts,) = [f for (kind, _), f in entities(sentence).items() if kind == "industrial_park"]
    assert facts["occupancy_basis"] == basis and "occupancy_pct" in facts


def test_a_name_seen_again_alone_is_named_as_first_written():
    text = "Quang Yen coastal economic zone attracted 15 projects. Investors choose Quang Yen for its port."
    names = [m.name for m in extract_article(_article(text)).mentions]
    assert names == ["Quang Yen coastal economic zone", "Quang Yen coastal economic zone"]


def test_a_name_may_start_with_the_syllable_an():
    assert ("airport", "an ngoc") in entities("Flights to An Ngoc Airport resumed in Binh Dinh.")


@pytest.mark.parametrize("written", ["Ba Ria - Vung Tau", "Ba Ria – Vung Tau", "Bà Rịa - Vũng Tàu", "Ba Ria-Vung Tau"])
def test_a_province_is_found_however_its_dash_is_written(written):
    from geo.extract import article_province

    assert article_province(f"Investors flock to {written} this year.") == "Ba Ria - Vung Tau"


def test_a_province_written_after_a_facility_is_its_province():
    text = ("Binh Duong has 29 industrial parks. Investors also look at Song Khoai Industrial Park in "
            "Quang Ninh province and Phu My 3 Industrial Park in neighbouring Ba Ria – Vung Tau. "
            "VSIP II Industrial Park in Binh Duong is full.")
    provinces = {m.key: m.province for m in extract_article(_article(text)).mentions}
    assert provinces == {"song khoai": "Quang Ninh", "phu my 3": "Ba Ria - Vung Tau", "vsip ii": "Binh Duong"}


def test_a_phase_written_with_a_name_is_a_facility_of_its_own():
    found = entities("In Giao Long Industrial Park Phase I, 25 projects run, with a 100% occupancy rate. "
                     "Phase II has 15 projects, with a 90% occupancy rate.")
    assert found[("industrial_park", "giao long phase i")]["occupancy_pct"] == 100
    assert found[("industrial_park", "giao long phase ii")]["occupancy_pct"] == 90
    assert ("industrial_park", "giao long") not in found


def test_a_phase_opening_a_sentence_is_a_phase_of_no_named_facility_before_it():
    found = entities("Dong Mai Industrial Park covers 160 ha. Phase 2 covers 50 ha.")
    assert found == {("industrial_park", "dong mai"): {"area_ha": 160, "area_phase_2_ha": 50}}


def test_one_article_writing_a_facility_with_and_without_international_names_one_facility():
    found = entities("Nam Giang International Border Gate Economic Zone attracts firms. "
                     "The 31,060-ha Nam Giang Border Gate Economic Zone lies near Laos.")
    assert list(found) == [("economic_zone", "nam giang international")]
    assert found[("economic_zone", "nam giang international")]["area_ha"] == 31060


def test_a_sentence_is_about_its_facility_not_the_one_it_places_it_next_to():
    found = entities("Tra Noc II IP: established in 1998, 155 ha, adjacent to Tra Noc I IP. "
                     "91.8% of the industrial land filled in 2010.")
    assert found[("industrial_park", "tra noc ii")]["occupancy_pct"] == 91.8
    assert "occupancy_pct" not in found[("industrial_park", "tra noc i")]


def test_a_sentence_that_only_places_a_facility_keeps_it_the_subject():
    found = entities("Quon Ngang Industrial Park\n\nPosition: 8km from Cua Viet Port, near Ha Thanh Station "
                     "and highway 1A. The total area is 205ha.")
    assert found[("industrial_park", "quon ngang")]["area_ha"] == 205
    assert found[("road", "1a")] == {}


def test_a_road_takes_no_area_or_occupancy_rate():
    found = entities("Trucks use National Highway 5. The total area is 205ha and 80% is occupied.")
    assert found == {("road", "national 5"): {}}


@pytest.mark.parametrize(
    "text, key, area",
    [
        ("It replaces three planned ones, the 200ha Bàu Đưng and 175ha Phước Hiệp, in one IP.", "phuoc hiep", 175),
        ("Once built, the 100ha Phu Ninh, 350ha Tam Nong and 400ha Ha Hoa parks open.", "tam nong", 350),
        ("It adds Bat Xat Industrial Park (to relocate plants from Dong Pho Moi Industrial Park), with a scale of "
         "approximately 76 hectares.", "bat xat", 76),
        ("Nam Dinh Vu Port opened. Costing VND6 trillion, the 65-ha port will have 1,500m of wharf.", "nam dinh vu", 65),
    ],
)
def test_an_area_written_with_its_facility_belongs_to_it(text, key, area):
    found = {k: v for (kind, k), v in entities(text).items()}
    assert found[key]["area_ha"] == area


@pytest.mark.parametrize(
    "text",
    [
        "The province has four industrial parks, namely My Tho, Long Giang, Soai Rap and Tan Huong. Of which, My Tho and "
        "Tan Huong are now "
        "fully occupied.",
        "Eight industrial parks are operational: My Tho (216 ha), Long Giang (287 ha), Soai Rap (50 ha) and Tan Huong (325 ha). "
        "Some industrial parks have leased out 100% of industrial land like My Tho and Tan Huong.",
    ],
)
def test_full_is_full_in_each_facility_listed_with_it(text):
    occupancy = {key: facts.get("occupancy_pct") for (_, key), facts in entities(text).items()}
    assert occupancy == {"my tho": 100, "long giang": None, "soai rap": None, "tan huong": 100}


def test_a_rate_short_of_full_is_not_shared_by_a_list():
    found = entities("Dong Mai Industrial Park and Song Khoai Industrial Park have an occupancy rate of 80%.")
    assert "occupancy_pct" not in found[("industrial_park", "dong mai")]


@pytest.mark.parametrize(
    "name, kind, article, province",
    [
        ("Quảng Ninh seaport", "seaport", "Hai Phong", "Quang Ninh"),
        ("VSIP Nghệ An", "industrial_park", "Ha Tinh", "Nghe An"),
        ("Hải Hà – Quảng Trị petroleum port", "seaport", "Ba Ria - Vung Tau", "Quang Tri"),
        ("Nam Dinh Vu port", "seaport", "Hai Phong", None),  # a province starts it, but is not all of it
        ("Hoa Lu Border Gate Economic Zone", "economic_zone", "Binh Phuoc", None),  # a district elsewhere
        ("Van Don Economic Zone", "economic_zone", "Hai Phong", "Quang Ninh"),  # a zone on a district elsewhere
        ("Quang Yen coastal economic zone", "economic_zone", "Hai Phong", "Quang Ninh"),  # communes elsewhere too
        ("Hoa Lu Industrial Park", "industrial_park", "Binh Phuoc", None),  # parks: no province from a district
        ("Mong Cai - Dong Hung cross-border industry cooperation zone", "economic_zone", "Quang Ninh",
         None),  # a part that a district elsewhere is named like says nothing (Dong Hung is across the border)
        ("Hanoi – Ha Long high-speed railway", "railway", "Quang Ninh", "Quang Ninh"),  # passes through it
        ("Long Thanh – Dau Giay Expressway", "road", "Ho Chi Minh", "Dong Nai"),  # its towns are in one province
        ("Hanoi Highway", "road", "Ho Chi Minh", None),  # named after where it leads
    ],
)
def test_the_province_a_facility_name_gives(name, kind, article, province):
    from geo.extract.attach import name_province

    assert name_province(name, kind, article) == province


def test_a_province_in_parentheses_does_not_make_the_article_about_it():
    from geo.extract import article_province

    text = ("Quang Tri Province: Quon Ngang Industrial Park lies 80km from Phu Bai Airport (Hue) and "
            "120km from Chan May Port (Thua Thien - Hue).")
    assert article_province(text) == "Quang Tri"


def test_the_far_gate_of_a_pair_lies_in_the_neighbouring_country():
    text = ("Separate lanes opened at the Lao Bao – Dansavanh border crossing that connects Quang Tri "
            "and Laos' Savannakhet province.")
    provinces = {m.key: m.province for m in extract_article(_article(text)).mentions}
    assert provinces == {"lao bao": "Quang Tri", "dansavanh": "Laos"}


def test_a_brand_and_its_province_is_the_park_the_brand_alone_names_later():
    found = entities("Delegates visited VSIP Nghe An Industrial Park. At VSIP industrial park, 38 investors "
                     "have 39 projects.")
    assert list(found) == [("industrial_park", "vsip nghe an")]
    assert found[("industrial_park", "vsip nghe an")]["projects"] == 39


def test_an_empty_park_given_as_an_example_of_a_rate_has_that_rate():
    found = entities("There are also new industrial parks with an occupancy rate of 0% such as Long Son "
                     "Industrial Park.")
    assert found[("industrial_park", "long son")]["occupancy_pct"] == 0


def test_a_long_run_of_spaces_is_layout_and_no_sentence_is_unbounded():
    from geo.extract.sentences import MAX_SENTENCE, sentence_spans

    text = "Dong Mai Industrial Park" + " " * 500 + "covers 100 ha."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Dong Mai Industrial Park", "covers 100 ha."]
    assert entities(text)[("industrial_park", "dong mai")]["area_ha"] == 100  # still its figure
    endless = "the park grew and " * 1000
    spans = sentence_spans(endless)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE for s, e in spans)


def test_an_implausible_figure_is_said_and_not_kept(caplog):
    import logging

    text = ("Dong Mai Industrial Park has 99999999999999999999999 workers and covers " + "9" * 400 + " ha. "
            "Its occupancy rate is 250%. It has 12 projects.")
    with caplog.at_level(logging.WARNING):
        found = entities(text)
    assert found[("industrial_park", "dong mai")] == {"projects": 12}
    said = " ".join(r.getMessage() for r in caplog.records)
    assert "workers" in said and "area_ha inf" in said and "occupancy_pct 250" in said


def test_a_facility_and_a_province_after_in_are_no_district():
    found = entities("Work started on DEEP C II Industrial Zone in Dinh Vu - Cat Hai Economic Zone, Hai Phong City.")
    assert "district" not in found[("industrial_park", "deep c ii")]


def test_an_article_naming_its_province_only_in_parentheses_is_still_about_it():
    from geo.extract import article_province

    assert article_province("The Chu Lai Open Economic Zone (Quang Nam) grew; Tam Hiep port expanded.") == "Quang Nam"


@pytest.mark.parametrize(
    "text, key, unit, value, province",
    [
        ("Minh Hung - Sikico Industrial Park (655 ha in Hon Quan district) is ready.", "minh hung sikico",
         "district", "Hon Quan", "Binh Phuoc"),  # a district only Binh Phuoc has
        ("My Xuan A2 Industrial Park (267ha) all located in Phu My town is full.", "my xuan a2",
         "district", "Phu My", None),
        ("Tien Tien Industrial Park (Thinh Minh commune) showed that many firms came.", "tien tien",
         "commune", "Thinh Minh", None),
        ("The ministry approved My Thuan Industrial Park in My Loc and Vu Ban districts in Nam Dinh.", "my thuan",
         "district", "My Loc; Vu Ban", "Nam Dinh"),
        ("It approved the Lien Hoa Industrial Park in Lap Thanh district in Vinh Phuc.", "lien hoa",
         "district", "Lap Thanh", "Vinh Phuc"),
    ],
)
def test_where_a_facility_is_written_right_after_it_is_kept(text, key, unit, value, province):
    ex = extract_article(_article("Nghe An province reported on its parks on Monday. " + text))
    (entity,) = [e for e in article_entities(ex) if e.key == key]
    assert entity.values()[unit] == value
    assert entity.province == (province or "Nghe An")  # the province written after the unit wins


def test_an_before_a_consonant_opening_a_sentence_is_the_syllable_not_the_article():
    text = ("An Giang Economic Zone has a total natural area of 30,729.8 hectares. It is an important hub "
            "for trade.")
    assert ("economic_zone", "an giang") in entities(text)


@pytest.mark.parametrize(
    "text, kind, keys",
    [
        ("Hai Phong is researching the establishment of industrial parks Thuy Nguyen, Cau Cuu, Gia Loc 3 and "
         "Nam Sach 1 and industrial clusters Tien Cuong III, Kien Bai - Cao Nhan, Quyet Tien.",
         "industrial_cluster", {"tien cuong iii", "kien bai cao nhan", "quyet tien"}),
        ("Hai Phong is researching the establishment of industrial parks Thuy Nguyen, Cau Cuu, Tien Lang airport, "
         "Gia Loc 3 and Nam Sach 1.", "industrial_park",
         {"thuy nguyen", "cau cuu", "tien lang airport", "gia loc 3", "nam sach 1"}),
        ("8 industrial parks include: Trang Due 3 (652.73 ha); Ngu Phuc phase 1 (238.6 ha) and Binh Giang "
         "(147.9 ha).", "industrial_park", {"trang due 3", "ngu phuc phase 1", "binh giang"}),
    ],
)
def test_members_written_right_after_a_plural_head_or_with_their_phase(text, kind, keys):
    assert keys <= {key for (k, key) in entities(text) if k == kind}


@pytest.mark.parametrize(
    "text",
    [
        "Investors in industrial parks Hanoi, Hai Phong and Quang Ninh are many.",  # provinces, not parks
        "Vietnam has industrial parks Nearly everywhere.",  # one word, no list
    ],
)
def test_capitalised_words_after_a_plural_head_are_not_always_members(text):
    assert not [key for (k, key) in entities(text) if k == "industrial_park"]


def test_a_province_in_a_dashed_name_is_a_commune_where_the_article_province_has_one():
    text = "Hai Phong city plans new parks. In Hai Phong, Tran Duong - Hoa Binh Industrial Park will follow."
    ex = extract_article(_article(text))
    assert {e.key: e.province for e in article_entities(ex)}["tran duong hoa binh"] == "Hai Phong"


def test_respectively_gives_each_listed_facility_its_figure_in_order():
    text = ("Thanh Ha district will have three more ICs of Hong Lac, Hong Lac II, and Hong Lac III with an area "
            "of 75 ha, 75 ha, and 60 ha, respectively, in Hong Lac commune.")
    areas = {key: facts.get("area_ha") for (_, key), facts in entities(text).items()}
    assert areas == {"hong lac": 75, "hong lac ii": 75, "hong lac iii": 60}


def test_respectively_with_fewer_figures_than_facilities_assigns_nothing_in_order():
    text = ("Dong Mai, Song Khoai and Viet Hung industrial parks cover 160 ha and 200 ha, respectively.")
    areas = {key: facts.get("area_ha") for (_, key), facts in entities(text).items()}
    assert areas["dong mai"] is None and areas["song khoai"] is None


@pytest.mark.parametrize(
    "text, keys",
    [
        ("There are now two IPs – Tra Noc 1 and 2, both almost fully occupied.", {"tra noc 1", "tra noc 2"}),
        ("The city is building industrial parks such as Hung Phu 1, 2A, and 2B.",
         {"hung phu 1", "hung phu 2a", "hung phu 2b"}),
        ("Industrial parks Dong Van I, II, III and IV are full.",
         {"dong van i", "dong van ii", "dong van iii", "dong van iv"}),
        ("There are two IPs in Can Tho, and the city is building three more, namely Thot Not, O Mon and "
         "Bac O Mon.", {"thot not", "o mon", "bac o mon"}),
    ],
)
def test_numbered_members_and_a_later_counted_list_of_the_same_head(text, keys):
    assert keys <= {key for (kind, key) in entities(text) if kind == "industrial_park"}


def test_a_number_after_a_member_that_is_a_figure_is_no_member():
    found = {key for (kind, key) in entities("Industrial parks such as Que Vo 2, 300 ha and Yen Phong are full.")
             if kind == "industrial_park"}
    assert "que vo 300" not in found


def test_a_counted_group_with_a_long_clause_before_its_list_and_phases_in_parentheses():
    text = ("Of these, five IPs have largely completed infrastructure development and are in operation, including "
            "Thanh Loc Industrial Park (Phase 1 - 152ha), Thuan Yen (134ha), Binh Hoa (Phase 1 - 132ha), "
            "Binh Long (31ha), and Xuan To (Phase 1 - 57ha).")
    found = entities(text)
    assert {"thanh loc", "thuan yen", "binh hoa", "binh long", "xuan to"} <= {k for (_, k) in found}
    assert found[("industrial_park", "thuan yen")]["area_ha"] == 134


def test_more_of_the_group_the_sentence_before_spoke_of():
    text = ("Tien Giang has three industrial parks, My Tho, Tan Huong and Long Giang.\n\n"
            "It plans to build three more, Tan Phuoc No 1 and 2 and Binh Dong.")
    assert {"tan phuoc no 1", "tan phuoc no 2", "binh dong"} <= {k for (kind, k) in entities(text)
                                                                 if kind == "industrial_park"}


def test_gate_pairs_with_their_countries_in_parentheses_in_a_list():
    text = ("Cao Bang province will have three international border gates: Ly Van (Vietnam) - Thac Long (China), "
            "Ta Lung (Vietnam) - Thuy Khau (China) and Tra Linh (Vietnam) - Long Bang (China).")
    ex = extract_article(_article(text))
    provinces = {e.key: e.province for e in article_entities(ex)}
    assert provinces["ly van"] == "Cao Bang" and provinces["thac long"] == "China"
    assert provinces["tra linh"] == "Cao Bang" and provinces["long bang"] == "China"


def test_an_expansion_written_before_a_park_is_named_as_written():
    assert ("industrial_park", "extended hoa phu") in entities("The province approved the extended Hoa Phu IP.")


def test_full_is_full_in_each_member_of_a_list_written_with_the():
    text = ("Six existing IPs have occupancy rate of 86.89%. Four of them: the Da Nang IP, the Hoa Khanh IP, "
            "the Da Nang Fisheries Service IP, and the Hoa Khanh Expanded IP, have been fully occupied.")
    occupancy = {key: facts.get("occupancy_pct") for (_, key), facts in entities(text).items()}
    assert occupancy["da nang"] == occupancy["hoa khanh"] == occupancy["hoa khanh expanded"] == 100


def test_a_list_after_a_hyphen_of_three_members_or_more():
    text = "These IPs - Tra Noc 1, Tra Noc 2, Thot Not and O Mon, now occupy 2,371 hectares."
    assert {"tra noc 1", "tra noc 2", "thot not", "o mon"} <= {k for (_, k) in entities(text)}


def test_the_zones_of_a_park_are_not_facilities():
    text = "Bac Dong Phu Industrial Park has a total area of 189ha, including 136-ha Zone A and 53-ha Zone B."
    assert {k for (_, k) in entities(text)} == {"bac dong phu"}


def test_a_sentence_whose_subject_is_the_park_keeps_the_focus_on_it():
    text = ("Bac Dong Phu Industrial Park has a total area of 189ha. The park is located on Provincial Road DT741, "
            "near Tan Phu Town. It is 70 km from Thanh Phuoc River Port. The current occupancy rate is 81%.")
    assert entities(text)[("industrial_park", "bac dong phu")]["occupancy_pct"] == 81


def test_a_rate_the_sentence_before_stated_of_a_group_is_stated_of_each_park_listed_with_this_rate():
    text = ("The province has 4 out of 14 operating industrial parks (IPs) with an occupancy rate of 100%. "
            "Industrial parks with this occupancy rate include: Phu My I Industrial Park (695ha), "
            "My Xuan A Industrial Park (228ha) and Da Bac Industrial Park (186.6ha).")
    occupancy = {key: facts.get("occupancy_pct") for (_, key), facts in entities(text).items()}
    assert occupancy == {"phu my i": 100, "my xuan a": 100, "da bac": 100}


@pytest.mark.parametrize(
    "publisher, url, province",
    [
        ("Son La Newspaper (Bao Son La, English edition)", "https://en.baosonla.org.vn/a", "Son La"),
        (None, "https://en.baohaiduong.vn/cooperation---investment/a", "Hai Duong"),
        ("VietnamPlus", "https://en.vietnamplus.vn/a", None),  # a national outlet says nothing
    ],
)
def test_an_article_that_names_no_province_is_of_its_provincial_paper(publisher, url, province):
    text = "Four IPs have been fully occupied, namely Nam Sach, Phuc Dien, Tan Truong and Lai Cach."
    article = Article(file="t.txt", text=text, sha256="x", publisher=publisher, url=url)
    assert extract_article(article).province == province


def test_a_province_the_article_is_about_wins_over_its_outlet():
    article = Article(file="t.txt", text="Quang Ninh opened Dong Mai Industrial Park. Quang Ninh plans more.",
                      sha256="x", url="https://en.baohaiduong.vn/a")
    assert extract_article(article).province == "Quang Ninh"


def test_a_district_only_one_other_province_has_gives_the_facility_its_province():
    text = "Long An plans parks. Tan Phu 1 Industrial Cluster in Pho Yen town will cost $21 million."
    ex = extract_article(_article(text))
    assert {e.key: e.province for e in article_entities(ex)}["tan phu 1"] == "Thai Nguyen"


def test_a_demonstrative_group_lists_its_members_after_are_with_expansions_in_their_names():
    found = entities("These IPs are Dai An, expanded Dai An (phase 1), Cong Hoa, Lai Cach, and An Phat 1.")
    assert {"dai an", "expanded dai an", "cong hoa", "lai cach", "an phat 1"} <= {k for (_, k) in found}
    assert not entities("Industrial parks are growing in Hai Duong, Hung Yen and Bac Ninh.")


def test_leasing_rates_in_percent_after_each_member():
    text = ("IZs reaching high leasing rates include Bien Hoa I (100 percent), Bien Hoa II (100 percent), "
            "Go Dau (95 percent) and Nhon Trach I (82 percent).")
    occupancy = {key: facts.get("occupancy_pct") for (_, key), facts in entities(text).items()}
    assert occupancy == {"bien hoa i": 100, "bien hoa ii": 100, "go dau": 95, "nhon trach i": 82}


def test_one_dot_before_three_digits_is_a_decimal_point_among_english_numbers():
    text = ("Six new industrial parks: Song Lo II Industrial Park (166.66 ha), Song Lo I Industrial Park (177.36 ha) "
            "and Nam Binh Xuyen Industrial Park (290.152 ha).")
    assert entities(text)[("industrial_park", "nam binh xuyen")]["area_ha"] == 290.152


def test_a_provincial_paper_wins_over_a_province_named_once_in_passing():
    text = ("Luong Son district is adjacent to Hanoi capital. In Luong Son, there are 3 industrial parks, "
            "including Luong Son, Nhuan Trach and Nam Luong Son Industrial Parks.")
    article = Article(file="t.txt", text=text, sha256="x", url="http://en.baohoabinh.com.vn/a")
    assert extract_article(article).province == "Hoa Binh"
    national = Article(file="t.txt", text=text, sha256="x", url="https://en.vietnamplus.vn/a")
    assert extract_article(national).province == "Ha Noi"


def test_a_name_opening_a_line_keeps_a_syllable_the_article_writes_as_a_unit():
    text = "The 1,600-ha zone covers 160 ha of land.\nHa Tien Border Gate (Photo VNA)"
    assert ("border_gate", "ha tien") in entities(text)


def test_a_border_gate_named_only_by_a_province_is_that_provinces_gates_unless_a_gate_bears_the_name():
    found = entities("Trade through Quang Ninh and Lang Son border gates rose. Lao Cai border gate was busy.")
    assert ("border_gate", "lao cai") in found  # Lao Cai International Border Gate is a gate
    assert ("border_gate", "quang ninh") not in found and ("border_gate", "lang son") not in found
