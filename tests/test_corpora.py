"""The real corpora are what they say they are: every article has its source, every gold
entity its verbatim quote (tests/corpora/real/README.md). Nothing here scores geo."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo.evaluate import load_gold

REAL = Path(__file__).parent / "corpora" / "real"
PARTS = sorted(p for p in REAL.iterdir() if (p / "gold.json").exists())


def test_there_is_a_development_part_and_blind_test_parts():
    assert {p.name for p in PARTS} >= {"dev", "test", "test4"}


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_every_article_has_its_source_and_its_gold(part):
    files = {p.name for p in (part / "articles").glob("*.txt")}
    with open(part / "articles" / "sources.csv", newline="", encoding="utf-8") as fh:
        sources = list(csv.DictReader(fh))
    assert {row["file"] for row in sources} == files
    assert all(row["publisher"] and (row["url"] or row["title"]) for row in sources)
    gold = load_gold(part / "gold.json")
    assert {a["file"] for a in gold["articles"]} == files


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_every_gold_quote_is_in_its_article_word_for_word(part):
    gold = load_gold(part / "gold.json")
    for article in gold["articles"]:
        text = (part / "articles" / article["file"]).read_text(encoding="utf-8")
        for entity in article["entities"]:
            assert entity["quote"] in text, (article["file"], entity["name"])
