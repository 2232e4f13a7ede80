"""From a list of links to a folder of articles: ``geo fetch``.

Each page is downloaded once, with a user agent that names geo, a timeout, a pause
between two requests to the same host and a few retries with backoff on network
errors and 5xx answers; it is saved as HTML under a stable file name (host, path and
a short hash of the URL) and its link is added to the folder's sources.csv. The page's
title, date and outlet are read from the page itself when the folder is built
(:mod:`geo.pages`), so the row holds only what the page cannot say: where it came from.
A URL already in sources.csv, or whose file exists, is not fetched again. A 404, a
timeout, a page that is not HTML: one line each, and the other links go on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from . import settings
from .sources import read_sources

USER_AGENT = "Mozilla/5.0 (compatible; geo-industrial-map/0.1; +https://github.com/geo-industrial/geo)"
#: Seconds between two requests to one host, seconds before giving up on one, tries per link.
DELAY, TIMEOUT, TRIES = 1.0, 20.0, 3
#: The largest page kept (a news page is well under 2 MB).
MAX_BYTES = 10_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Fetched:
    """What became of one link: ``file`` saved, or ``skipped`` (already there), or ``problem``."""

    url: str
    file: str | None = None
    skipped: bool = False
    problem: str | None = None


def page_file_name(url: str) -> str:
    """A stable file name for the page at ``url``: host, last path words and a hash of the URL.

    >>> page_file_name("https://en.vietnamplus.vn/ha-nam-to-have-one-more-industrial-park/25.vnp")
    'en.vietnamplus.vn_ha-nam-to-have-one-more-industrial-park-25-fe85ebc7.html'
    """
    parts = urlsplit(url)
    words = re.sub(r"[^a-z0-9]+", "-", parts.path.lower().rsplit(".", 1)[0]).strip("-")[-60:].strip("-")
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{parts.hostname or 'page'}_{words or 'index'}-{digest}.html"


def read_url_list(path: Path) -> list[str]:
    """The links of a text file, one a line; blank lines and lines starting with # are skipped."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def fetch_pages(urls: list[str], into: Path, *, delay: float = DELAY, timeout: float = TIMEOUT,
                tries: int = TRIES, progress: Callable[[str], None] | None = None,
                sleep: Callable[[float], None] = time.sleep, opener=None) -> list[Fetched]:
    """Download each of ``urls`` into the folder ``into`` and record it in its sources.csv."""
    say = progress or (lambda _msg: None)
    into.mkdir(parents=True, exist_ok=True)
    table = into / settings.SOURCES_TABLE
    known = {row.get("url", "") for row in read_sources(table).values()}
    opener = opener or urllib.request.build_opener()
    last_request: dict[str, float] = {}
    out: list[Fetched] = []
    for number, url in enumerate(dict.fromkeys(urls), 1):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            out.append(Fetched(url, problem="not an http(s) link"))
            continue
        name = page_file_name(url)
        if url in known or (into / name).exists():
            out.append(Fetched(url, file=name, skipped=True))
            continue
        wait = delay - (time.monotonic() - last_request.get(parts.hostname, -1e9))
        if wait > 0:
            sleep(wait)
        say(f"fetching {number}/{len(urls)}: {url}")
        body, problem = _download(opener, url, timeout=timeout, tries=tries, sleep=sleep)
        last_request[parts.hostname] = time.monotonic()
        if problem:
            out.append(Fetched(url, problem=problem))
            continue
        (into / name).write_bytes(body)
        _add_row(table, name, url)
        known.add(url)
        out.append(Fetched(url, file=name))
    return out


def _download(opener, url: str, *, timeout: float, tries: int, sleep) -> tuple[bytes, str | None]:
    """The page's bytes, or a one-line reason it is not an HTML page we could get."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    problem = "not fetched"
    for attempt in range(tries):
        if attempt:
            sleep(2 ** attempt)  # backoff: 2 s, 4 s
        try:
            with opener.open(request, timeout=timeout) as answer:
                kind = (answer.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if kind not in _HTML_TYPES:
                    return b"", f"not a web page ({kind or 'no content type'})"
                body = answer.read(MAX_BYTES + 1)
                if len(body) > MAX_BYTES:
                    return b"", f"larger than {MAX_BYTES // 1_000_000} MB"
                return body, None
        except urllib.error.HTTPError as err:
            problem = f"HTTP {err.code} {err.reason}"
            if err.code < 500:
                return b"", problem  # 404, 403: asking again does not help
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            reason = getattr(err, "reason", err)
            problem = "timed out" if isinstance(reason, TimeoutError) or "timed out" in str(reason) else str(reason)
    return b"", problem


def _add_row(table: Path, name: str, url: str) -> None:
    """Append ``name``'s row (its link) to the sources table, creating it with a header if needed."""
    if table.exists() and table.stat().st_size:
        text = table.read_text(encoding="utf-8-sig")
        try:
            dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        header = next(csv.reader(io.StringIO(text), dialect))
        row = {column.strip().lower(): "" for column in header}
        row.update({"file": name, "url": url})
        with table.open("a", encoding="utf-8", newline="") as handle:
            if not text.endswith("\n"):
                handle.write("\n")
            csv.writer(handle, delimiter=dialect.delimiter, lineterminator="\n").writerow(
                [row.get(c.strip().lower(), "") for c in header])
        return
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "title", "publisher", "url", "published"])
        writer.writerow([name, "", "", url, ""])
