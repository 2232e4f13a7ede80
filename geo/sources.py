"""Read ``sources.csv``, the table of an articles folder's titles, outlets, links and dates,
as people save it: from a text editor or a spreadsheet.

Excel's "CSV UTF-8" starts with a byte-order mark and European locales separate fields
with ``;``; column names come in any case; a file name may be written in another case
than the file has; dates come as ``2025-01-06``, ``06/01/2025`` or ``2025``. Each of these
is read, and what cannot be read is said, one line each: a table without a ``file``
column, a row that names no article, a duplicate row, a date that is not a date.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

#: Names people give the column of file names.
_FILE_COLUMNS = ("file", "filename", "file name", "file_name", "article")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
#: Larger than any sources table people write; a FIFO or /dev/zero is never read.
MAX_TABLE_BYTES = 20_000_000


def read_sources(path: Path, article_names: list[str] | None = None) -> dict[str, dict[str, str]]:
    """The rows of the sources table at ``path`` by article file name, as the folder writes it.

    ``article_names`` are the folder's article files: rows are matched to them regardless of
    case, and every row naming none of them, and every article with no row, is reported.
    """
    if not path.exists():
        return {}
    if not path.is_file():
        log.warning("%s: not a regular file, articles build without it", path)
        return {}
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            log.warning("%s: larger than %d MB, articles build without it", path, MAX_TABLE_BYTES // 1_000_000)
            return {}
        raw = path.read_bytes()
    except OSError as err:
        log.warning("%s: unreadable, articles build without it (%s)", path, err.strerror)
        return {}
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        log.warning("%s: not UTF-8, read as Windows-1252", path)
    try:
        rows = list(csv.DictReader(io.StringIO(text), dialect=_dialect(text)))
    except csv.Error as err:
        log.warning("%s: not a CSV table, articles build without it (%s)", path, err)
        return {}
    rows = [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
            for row in rows]
    column = next((c for c in _FILE_COLUMNS if rows and c in rows[0]), None)
    if rows and column is None:
        log.warning("%s: no 'file' column (columns: %s); its %d rows name no article",
                    path, ", ".join(rows[0]), len(rows))
        return {}
    by_lower = {name.lower(): name for name in (article_names or [])}
    out: dict[str, dict[str, str]] = {}
    for number, row in enumerate(rows, start=2):
        written = row.get(column or "file", "")
        if not written:
            continue
        name = by_lower.get(written.lower(), written) if article_names is not None else written
        if article_names is not None and name not in by_lower.values():
            log.warning("%s line %d: %s names no article of the folder", path, number, written)
            continue
        if name in out:
            log.warning("%s line %d: a second row for %s; this one is used", path, number, name)
        row = dict(row, file=name)
        if row.get("published"):
            row["published"] = iso_date(row["published"], f"{path} line {number}")
        out[name] = row
    for name in article_names or []:
        if out and name not in out:
            log.warning("%s: no row for %s (no title, link or date)", path, name)
    return out


def _dialect(text: str):
    """Comma, semicolon or tab, whichever the header line is written with."""
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def iso_date(text: str, where: str) -> str | None:
    """``text`` as an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), else None with a warning.

    Day first is read for slashed dates, as Vietnamese and European writers write them.
    """
    text = text.strip()
    iso = _ISO.match(text)
    day_first = None if iso else _DAY_FIRST.match(text)
    try:
        if iso:
            year, month, day = (int(g) if g else None for g in iso.groups())
            date(year, month or 1, day or 1)
            return "-".join([f"{year:04d}"] + [f"{p:02d}" for p in (month, day) if p])
        if day_first:
            day, month, year = (int(g) for g in day_first.groups())
            return date(year, month, day).isoformat()
    except ValueError:
        pass
    log.warning("%s: %r is not a date (use YYYY-MM-DD); the article is undated", where, text)
    return None
