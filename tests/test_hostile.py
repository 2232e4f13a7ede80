"""Property-based: whatever text an article holds, the extractor does not fail and the map
never carries the article's markup unescaped (issue 8)."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.extract import extract_article
from geo.layers import features_from_entities
from geo.model import Article
from geo.resolve import entities_from_extractions

#: A tag that no part of geo writes: if it reaches the page as markup, escaping failed somewhere.
SENTINEL = '<x-hostile onclick="alert(1)">'

MARKUP = st.sampled_from([SENTINEL, "</script>", "<!--", "]]>", "`${alert(1)}`", "\\u003c", "&lt;", "'\"", "\u2028"])
TEXT = st.lists(st.one_of(st.text(max_size=40), MARKUP), max_size=8).map("".join)


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_the_extractor_takes_any_text(text):
    extraction = extract_article(Article(file="a.txt", text=text, sha256="x"))
    for mention in extraction.mentions:
        assert text[mention.start:mention.end].strip()
        assert not set('<>&"`') & set(mention.name), mention.name  # names are words, never markup


@lru_cache(maxsize=1)
def _locator():
    from geo.geocode import Locator

    return Locator()


def _page(text: str, title: str) -> str:
    from geo import webmap

    article = Article(file="evil.txt", text=text, sha256="x", title=title, url="javascript:alert(1)",
                      published="2024-01-01")
    extraction = extract_article(article)
    entities = entities_from_extractions([extraction], {})
    located = features_from_entities(entities, {"evil.txt": article}, _locator())
    facts = [{"entity_id": e.id, "attribute": "area_ha", "value": 1.0, "unit": "ha", "qualifier": None,
              "article": "evil.txt", "published": "2024-01-01", "quote": text[:200]} for e in entities]
    m = webmap.map_from_layers(located.layers, facts=facts,
                               articles={"evil.txt": {"title": title, "url": article.url, "published": "2024-01-01"}},
                               basemap={})
    return webmap.render_map(m)


@given(name=TEXT, rest=TEXT, title=TEXT)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_map_never_carries_article_markup(name, rest, title):
    # Markup reaches the page through the quotes and the article's title: the extractor never keeps
    # "<" in a name (test_the_extractor_takes_any_text), so names cannot carry it.
    text = (f"{SENTINEL} {name} Dong Mai Industrial Park {SENTINEL} in Quang Ninh covers 120 hectares "
            f"and is 80% occupied. {rest}")
    page = _page(text, title + SENTINEL)
    assert_escaped(page)
    assert "javascript:alert" not in page


def assert_escaped(page: str) -> None:
    """Every occurrence of the sentinel's tag name follows an escaped "<" (as HTML, or as HTML in a
    JavaScript string), never a "<" that a browser would read as the start of a tag."""
    occurrences = 0
    at = page.find("x-hostile")
    while at >= 0:
        occurrences += 1
        before = page[max(0, at - 12):at]
        assert before.endswith(("&lt;", "\\u0026lt;")), before
        at = page.find("x-hostile", at + 1)
    assert occurrences  # the sentinel did reach the page (as text)
