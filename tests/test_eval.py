"""Extraction measured against careful gold (tests/gold/README.md says how it was made).

The seeds and the articles about other provinces must meet the bar of issue 3: entity F1
>= 0.95 and >= 95% of stated areas and occupancy rates right. tests/holdout/ was written
blind to the extractor; its first run scored F1 0.863 (tests/holdout/README.md), and the
rules added after it are generic phrasings (dash-set lists, numbered members, "NH34"),
so it is held to a lower bar that still catches a regression.
"""

from __future__ import annotations

import json

import pytest

from geo.evaluate import load_gold, predictions, score
from geo.geocoders import FacilityGazetteer
from geo.pipeline import extractions_from_folder

from .conftest import GOLD, ROOT, SEEDS, TEST_ARTICLES

HOLDOUT = ROOT / "tests" / "holdout"


def _score(gold_file, folder):
    extractions, _ = extractions_from_folder(folder)
    return score(load_gold(gold_file), predictions(extractions, FacilityGazetteer().alias_index()))


def _share(facts, attribute):
    f = facts[attribute]
    return f["correct"] / f["total"]


@pytest.mark.parametrize(
    "gold, folder, min_f1, min_facts",
    [
        (GOLD / "seeds.json", SEEDS, 0.95, 0.95),
        (GOLD / "other_provinces.json", TEST_ARTICLES, 0.95, 0.95),
        (HOLDOUT / "gold.json", HOLDOUT / "articles", 0.92, 0.85),
    ],
    ids=["seeds", "other-provinces", "holdout"],
)
def test_extraction_meets_its_bar(gold, folder, min_f1, min_facts):
    result = _score(gold, folder)
    assert result["entities"]["f1"] >= min_f1, (result["missed"], result["spurious"])
    for attribute in ("area_ha", "occupancy_pct"):
        assert _share(result["facts"], attribute) >= min_facts, result["wrong_facts"]


def test_the_scorer_counts_a_second_prediction_of_one_facility_as_spurious():
    gold = {"articles": [{"file": "a", "entities": [{"name": "Dong Mai Industrial Park", "kind": "industrial_park"}]}]}
    pred = {"articles": [{"file": "a", "entities": [
        {"name": "Dong Mai IP", "kind": "industrial_park"}, {"name": "Đông Mai", "kind": "industrial_park"}]}]}
    result = score(gold, pred)
    assert (result["entities"]["tp"], result["entities"]["fp"]) == (1, 1)


def test_the_scorer_accepts_kind_alt_and_rejects_other_kinds():
    gold = {"articles": [{"file": "a", "entities": [
        {"name": "Bac Giang - Lang Son highway", "kind": "road", "kind_alt": ["corridor"]},
        {"name": "Dong Mai Industrial Cluster", "kind": "industrial_cluster"}]}]}
    pred = {"articles": [{"file": "a", "entities": [
        {"name": "Bac Giang – Lang Son highway", "kind": "corridor"},
        {"name": "Dong Mai Industrial Park", "kind": "industrial_park"}]}]}
    result = score(gold, pred)
    assert (result["entities"]["tp"], result["entities"]["fp"], result["entities"]["fn"]) == (1, 1, 1)


@pytest.mark.parametrize("entity, said", [
    ({"name": "X IP", "kind": "industrial_park", "aliases": [None]}, "'aliases' must be a list of names"),
    ({"name": "X IP", "kind": "industrial_park", "kind_alt": 5}, "'kind_alt' must be a list of kinds"),
    ({"name": "X IP", "kind": "industrial_park", "facts": {"area_ha": "big"}}, "area_ha must be a number"),
    ({"name": None, "kind": "industrial_park"}, "has no 'name'"),
])
def test_a_malformed_gold_entity_is_one_line_naming_what_is_wrong(tmp_path, entity, said):
    from click.testing import CliRunner

    from geo.cli import main

    (tmp_path / "a.txt").write_text("Dong Mai Industrial Park covers 100 ha.", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"version": 1, "articles": [{"file": "a.txt", "entities": [entity]}]}))
    result = CliRunner().invoke(main, ["eval", str(gold), "--articles", str(tmp_path)])
    assert result.exit_code == 1 and said in result.output and "Traceback" not in result.output
