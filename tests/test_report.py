"""The build report: counts, placement, disagreements, and group figures set against their parts."""

from __future__ import annotations

import pandas
import pytest

from geo.report import _group_conflicts, build_report, group_members, reconcile, to_html, to_markdown


def _parks(*rows):
    return pandas.DataFrame(
        [{"id": f"industrial_park:x:{n.lower().replace(' ', '-')}", "name": f"{n} Industrial Park", "kind": "industrial_park",
          "province": "Quang Ninh", "area_ha": a, "occupancy_pct": o, "geocode_precision": "commune"}
         for n, a, o in rows]
    )


def _aggregate(attribute="area_ha", value=300.0, count=None, members=None, complete=None, published="2025",
               article="a.txt", quote="..."):
    return {"province": "Quang Ninh", "group_kind": "industrial_park", "group_count": count, "members": members,
            "members_complete": complete, "attribute": attribute, "value": value, "unit": "ha",
            "qualifier": None, "article": article, "published": published, "quote": quote}


def test_a_fully_listed_group_whose_areas_sum_to_the_total_adds_up():
    parks = _parks(("Alpha", 100.0, None), ("Beta", 200.0, None), ("Gamma", 999.0, None))
    aggregate = _aggregate(value=300.0, members="Alpha; Beta", complete=True)
    members = group_members(parks, aggregate)
    assert sorted(members["name"]) == ["Alpha Industrial Park", "Beta Industrial Park"]
    assert reconcile(aggregate, members)["verdict"] == "adds up"


def test_a_group_larger_than_the_parks_named_says_how_many_are_missing():
    parks = _parks(("Alpha", 100.0, None), ("Beta", 200.0, None), ("Gamma", None, None))
    row = reconcile(_aggregate(value=3913.0, count=10), group_members(parks, _aggregate(count=10)))
    assert row["found"] == 3 and row["with_figure"] == 2
    assert row["verdict"].startswith("does not add up")
    assert "the articles name 3 of the 10" in row["verdict"] and "1 of those found have no figure" in row["verdict"]


def test_a_group_average_is_not_checked_against_a_lone_park_without_saying_so():
    parks = _parks(("Alpha", 100.0, 87.0), ("Beta", 200.0, None))
    row = reconcile(_aggregate("occupancy_pct", 60.0), parks)
    assert row["from_parts"] == "mean 87.0%"
    assert "not the group's average" in row["verdict"]


def test_the_same_group_stated_differently_is_a_conflict_and_the_newest_is_current():
    aggregates = pandas.DataFrame([
        _aggregate("occupancy_pct", 40.0, published="2023", article="old.txt"),
        _aggregate("occupancy_pct", 60.0, count=10, published="2025", article="new.txt"),
        # a sub-group listed in full is not the province's parks: no conflict with the others
        _aggregate("occupancy_pct", 90.0, members="Alpha; Beta", complete=True, published="2024", article="sub.txt"),
    ])
    rows = _group_conflicts(aggregates)
    assert [(r["article"], r["current"]) for r in rows] == [("old.txt", ""), ("new.txt", "yes")]


def test_groups_of_different_stated_sizes_are_different_groups():
    aggregates = pandas.DataFrame([_aggregate(value=3913.0, count=10, article="a.txt"),
                                   _aggregate(value=853.0, count=16, article="b.txt")])
    assert _group_conflicts(aggregates) == []


def test_article_text_is_escaped_in_both_formats():
    hostile = '<script>alert(1)</script> | <img src=x onerror=alert(2)>'
    aggregates = pandas.DataFrame([_aggregate("occupancy_pct", 40.0, published="2023", quote=hostile),
                                   _aggregate("occupancy_pct", 60.0, published="2025", article="b.txt")])
    report = build_report({}, {"aggregates": aggregates})
    page = to_html(report)
    assert "<script>" not in page and "<img src=x" not in page and "&lt;script&gt;" in page
    markdown = to_markdown(report)
    assert "<script>" not in markdown and "\\<script\\>" in markdown and "\\|" in markdown


def test_the_seed_build_writes_the_report(built):
    markdown = (built / "report.md").read_text(encoding="utf-8")
    page = (built / "report.html").read_text(encoding="utf-8")
    for heading in ("What the build found", "Where facilities are placed", "Where sources disagree",
                    "Group figures against the facilities found"):
        assert heading in markdown and heading in page
    # the 2023 article's 40% and the 2025 article's nearly 60% for Quang Ninh's parks
    assert "only 40%" in markdown and "nearly 60%" in markdown
    assert "3,913 ha" in markdown and "375,171 ha" in markdown
    assert (built / "report_area.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "data:image/png;base64," in page and "<script" not in page


def test_a_member_listed_under_an_alias_is_found():
    from geo.resolve import AliasIndex

    parks = _parks(("song khoai", 714.0, None), ("Beta", 200.0, None))
    aliases = AliasIndex(canonical_keys={("industrial_park", "amata city halong"): "song khoai"})
    aggregate = _aggregate(value=914.0, members="Amata City Halong; Beta", complete=True)
    assert group_members(parks, aggregate)["name"].tolist() == ["Beta Industrial Park"]
    members = group_members(parks, aggregate, aliases.canonical)
    assert sorted(members["name"]) == ["Beta Industrial Park", "song khoai Industrial Park"]
    assert reconcile(aggregate, members)["verdict"] == "adds up"


def test_the_report_names_articles_by_their_titles(built):
    report = (built / "report.md").read_text(encoding="utf-8")
    assert "Solid foundation from synchronous infrastructure" in report
    assert "000_eb4c3bab3e24a6ff.txt" not in report
