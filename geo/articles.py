"""Read a folder of articles into :class:`~geo.model.Article` records.

Decoding is forgiving (UTF-8, UTF-8/UTF-16 with BOM, then Vietnamese and Western
Windows code pages) but never silent: an article that cannot be read as text is
reported as a problem and skipped, and the rest still build.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from . import settings
from .errors import ArticleError, SeedsError
from .model import Article
from .pages import read_page
from .sources import iso_date, read_sources

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class ArticleProblem:
    """An article that was skipped, and why (one line)."""

    file: str
    reason: str


def decode(raw: bytes, *, name: str = "article") -> str:
    """Decode article bytes to text, or raise :class:`ArticleError`."""
    if not raw.strip():
        raise ArticleError(f"{name}: empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ArticleError(f"{name}: invalid UTF-16 text") from err
    if b"\x00" in raw[:4096]:
        raise ArticleError(f"{name}: binary file, not text")
    for encoding in ("utf-8-sig", "cp1258", "cp1252"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding != "utf-8-sig":
            log.warning("%s: not UTF-8, read as %s", name, encoding)
        return text
    raise ArticleError(f"{name}: not text in UTF-8, UTF-16, cp1258 or cp1252")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def read_article(path: Path, meta: dict[str, str] | None = None) -> Article:
    """Read one article file; raise :class:`ArticleError` if it is not usable text."""
    try:
        size = path.stat().st_size
        if size > settings.MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{path.name}: {size / 1e6:.1f} MB is larger than the "
                f"{settings.MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article"
            )
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{path.name}: cannot read ({err.strerror})") from err
    text = decode(raw, name=path.name)
    page = None
    if looks_like_html(text):
        page = read_page(text)
        if page is None:
            raise ArticleError(f"{path.name}: a web page with no article text in it")
        text = page.text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A sources.csv row wins over the clipping's own header lines, field by field.
    meta = {**(clipping_header(text, path.name) if page is None else {}),
            **{k: v for k, v in (meta or {}).items() if v}}
    # ... and over what a saved page says.
    return Article(
        file=path.name,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=meta.get("title") or (page and page.title) or _first_line(text),
        publisher=meta.get("publisher") or (page and page.publisher) or None,
        url=meta.get("url") or (page and page.url) or _source_url(text),
        published=meta.get("published") or (page and page.published) or None,
        date_basis=meta.get("date_basis") or ("page metadata" if page and page.published and
                                               not meta.get("published") else None),
        language=meta.get("language") or (page and page.language) or None,
    )


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if len(line) > 12 and not line.isupper():
            return line[:200]
    return None


def _source_url(text: str) -> str | None:
    match = re.search(r"Source:\s*(https?://\S+)", text)
    return match.group(1) if match else None


#: "Title: …", "Date: 2024-05-06", "Source: https://…" lines at the top of a clipping.
_HEADER_LINE = re.compile(r"^(?P<key>Title|Date|Published|Source|URL|Outlet|Publisher)\s*:\s*(?P<value>\S.*?)\s*$",
                          re.IGNORECASE)
_HEADER_FIELD = {"title": "title", "date": "published", "published": "published", "source": "url",
                 "url": "url", "outlet": "publisher", "publisher": "publisher"}


def clipping_header(text: str, name: str = "article") -> dict[str, str]:
    """The metadata a .txt clipping writes in its first lines (before the first other line)."""
    out: dict[str, str] = {}
    for line in text.splitlines()[:8]:
        if not line.strip():
            continue
        match = _HEADER_LINE.match(line.strip())
        if not match:
            break
        field = _HEADER_FIELD[match.group("key").lower()]
        value = match.group("value")
        if field == "url" and not value.lower().startswith(("http://", "https://")):
            field = "publisher"  # "Source: Viet Nam News" names the outlet
        if field == "published":
            value = iso_date(value, f"{name}: its Date line")
            if value is None:
                continue
            out.setdefault("date_basis", "clipping header")
        out.setdefault(field, value)
    return out


def read_sources_table(folder: Path, article_names: list[str] | None = None) -> dict[str, dict[str, str]]:
    """The rows of ``folder/sources.csv`` by file name (empty if there is none): see :mod:`geo.sources`."""
    return read_sources(folder / settings.SOURCES_TABLE, article_names)


def article_paths(folder: Path) -> list[Path]:
    """The article files of ``folder``, sorted by name."""
    if not folder.exists():
        raise SeedsError(f"articles folder {folder} does not exist")
    if not folder.is_dir():
        raise SeedsError(f"{folder} is not a folder of articles")
    try:
        inside = folder.resolve()
        paths = []
        for p in sorted(folder.iterdir()):
            if p.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if not p.is_file():
                log.warning("%s: not a regular file, skipped", p.name)
            elif p.is_symlink() and inside not in p.resolve().parents:
                log.warning("%s: a link to a file outside %s, skipped", p.name, folder)
            else:
                paths.append(p)
    except OSError as err:
        raise SeedsError(f"cannot list {folder}: {err.strerror}") from err
    if not paths:
        raise SeedsError(f"{folder} holds no article (*.txt, *.md, *.html)")
    return paths


def read_articles(folder: Path) -> tuple[list[Article], list[ArticleProblem]]:
    """Every readable article of ``folder`` and the problems of the others.

    The same text twice (by content hash) is read once; the copy is reported.
    """
    paths = article_paths(folder)
    meta = read_sources_table(folder, [p.name for p in paths])
    articles: list[Article] = []
    problems: list[ArticleProblem] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            article = read_article(path, meta.get(path.name))
        except ArticleError as err:
            problems.append(ArticleProblem(path.name, str(err).split(": ", 1)[-1]))
            continue
        if article.sha256 in seen:
            problems.append(ArticleProblem(path.name, f"same text as {seen[article.sha256]}, read once"))
            continue
        seen[article.sha256] = path.name
        articles.append(article)
    return articles, problems
