"""A saved news page reads as its article: the body's facilities and figures, and the page's
title, date and link; not the menu, the related-news list or the footer."""

from __future__ import annotations

import pytest

from geo.articles import read_articles
from geo.extract import extract_article
from geo.resolve import article_entities

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Bac Ninh adds Que Vo III Industrial Park | Example News</title>
<meta property="og:title" content="Bac Ninh adds Que Vo III Industrial Park">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example.vn/economy/bac-ninh-adds-que-vo-iii-12345.html">
<link rel="canonical" href="https://news.example.vn/economy/bac-ninh-adds-que-vo-iii-12345.html">
<meta property="article:published_time" content="2024-05-06T08:30:00+07:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/economy">Economy</a></li>
<li><a href="/industrial-parks">Industrial parks</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/economy">Economy</a></div>
<article>
<h1>Bac Ninh adds Que Vo III Industrial Park</h1>
<p class="date">May 6, 2024</p>
<p>The northern province of Bac Ninh has approved Que Vo III Industrial Park, which will cover
300 hectares in Que Vo district. The province's industrial parks are home to many global
manufacturers.</p>
<p>The existing Que Vo Industrial Park covers 611 hectares and its occupancy rate is 98%,
the provincial Industrial Parks Management Board said on Monday. Investors are looking for
land as supply in the north tightens, it added.</p>
</article>
<aside class="related"><h3>Related news</h3><ul>
<li><a href="/a">Song Khoai Industrial Park draws 500 million USD</a></li>
<li><a href="/b">Dong Mai Industrial Park is 90% occupied</a></li>
<li><a href="/c">Yen Phong II-C Industrial Park breaks ground on 250 hectares</a></li>
</ul></aside>
<footer><p>Example News, 12 Hang Bai Street, Hoan Kiem District, Hanoi. Tel: 024 0000 0000.</p>
<p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture()
def page_folder(tmp_path):
    (tmp_path / "que-vo-iii.html").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_a_saved_page_yields_the_article_and_only_the_article(page_folder):
    (article,), problems = read_articles(page_folder)
    assert problems == []
    found = {e.key: e.values() for e in article_entities(extract_article(article))}
    assert set(found) == {"que vo iii", "que vo"}  # not Song Khoai, Dong Mai or Yen Phong II-C
    assert found["que vo iii"]["area_ha"] == 300
    assert found["que vo"]["area_ha"] == 611 and found["que vo"]["occupancy_pct"] == 98
    assert "Hang Bai" not in article.text and "Related news" not in article.text


def test_the_page_gives_its_title_date_link_and_outlet(page_folder):
    (article,), _ = read_articles(page_folder)
    assert article.title == "Bac Ninh adds Que Vo III Industrial Park"
    assert article.published == "2024-05-06"
    assert article.url == "https://news.example.vn/economy/bac-ninh-adds-que-vo-iii-12345.html"
    assert article.publisher == "Example News"


def test_a_sources_row_wins_field_by_field(page_folder):
    (page_folder / "sources.csv").write_text("file,title,published\nque-vo-iii.html,Our title,2024-05-07\n",
                                             encoding="utf-8")
    (article,), _ = read_articles(page_folder)
    assert (article.title, article.published) == ("Our title", "2024-05-07")
    assert article.url == "https://news.example.vn/economy/bac-ninh-adds-que-vo-iii-12345.html"  # from the page


def test_a_page_with_no_article_is_a_problem_and_the_rest_build(page_folder):
    (page_folder / "menu-only.html").write_text("<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav>"
                                                "</body></html>", encoding="utf-8")
    articles, problems = read_articles(page_folder)
    assert [a.file for a in articles] == ["que-vo-iii.html"]
    assert [p.file for p in problems] == ["menu-only.html"] and "no article text" in problems[0].reason
