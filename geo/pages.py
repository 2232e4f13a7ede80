"""A saved web page as an article: its main text and its metadata, with trafilatura.

Analysts keep news as saved pages (File → Save page). A page holds much that is not the
article: menus, "related news" lists (each naming other parks), comments and footers.
``trafilatura`` (the maintained main-text extractor) keeps the body only, paragraphs as
lines, and reads the page's title, date, canonical URL and site name. A ``sources.csv``
row always wins over what the page says, field by field.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Shorter main text is a page's furniture (a menu's "Home"), not an article.
MIN_ARTICLE_CHARS = 50


@dataclass(frozen=True)
class Page:
    """The main text of a page and the metadata it carries (None where it carries none)."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None


def read_page(html_text: str) -> Page | None:
    """The article a saved page holds, or None when it holds no main text."""
    import trafilatura

    text = trafilatura.extract(html_text, output_format="txt", include_comments=False, include_tables=True,
                               favor_precision=True)
    if not text or len(text.strip()) < MIN_ARTICLE_CHARS:
        return None  # a menu, a login wall or an empty template: no article
    meta = trafilatura.extract_metadata(html_text)
    get = (lambda field: getattr(meta, field, None) or None) if meta is not None else (lambda field: None)
    return Page(text=text.strip() + "\n", title=get("title"), published=_date(get("date")), url=get("url"),
                publisher=get("sitename"), language=get("language"))


def _date(value: str | None) -> str | None:
    """An ISO date as htmldate writes it ("2024-05-01"), kept as YYYY-MM-DD."""
    return value[:10] if value and len(value) >= 4 and value[:4].isdigit() else None
