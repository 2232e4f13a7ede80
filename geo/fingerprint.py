"""What a build depends on, as hashes: so an unchanged rebuild does nothing, and an
article already read is not read again.

* :func:`code_version` hashes geo's own source and the reference data it reads.
* :func:`build_fingerprint` hashes that, every file of the articles folder and the
  build options. ``geo build`` stores it in the output folder's marker file; when it
  matches, the output is up to date and the build stops there (``--force`` rebuilds).
* :class:`ExtractionCache` keeps each article's extraction on disk, keyed by the code
  version and the article (text and metadata), so a corpus with one new article
  re-reads one article. Entries are written to a temporary name and renamed.
"""

from __future__ import annotations

import hashlib
import os
import json
import re
import shutil
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from . import settings
from .model import Article, ArticleExtraction, Fact, Mention

_PACKAGE = Path(__file__).resolve().parent


#: Libraries whose version changes what a build writes (map.html, geo.gpkg, the geometry).
_LIBRARIES = ("folium", "branca", "geopandas", "pyogrio", "shapely", "pandas", "geopy", "matplotlib")


@lru_cache(maxsize=4)
def code_version(data_dir: Path | None = None) -> str:
    """A hash of geo's files (code and vendored map assets), the reference data under
    ``data_dir``, and the versions of the libraries that shape the outputs."""
    from importlib import metadata

    digest = hashlib.sha256()
    data = Path(data_dir or settings.DATA_DIR)
    for base in (_PACKAGE, data):
        for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            _add(digest, path.relative_to(base).as_posix().encode())
            _add(digest, path.read_bytes())
    for library in _LIBRARIES:
        try:
            _add(digest, f"{library}=={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            _add(digest, f"{library} missing".encode())
    return digest.hexdigest()


def _add(digest, data: bytes) -> None:
    """Feed one length-prefixed item, so that no two different sequences hash alike."""
    digest.update(len(data).to_bytes(8, "big"))
    digest.update(data)


def build_fingerprint(seeds: Path, *, data_dir: Path | None = None, options: str = "") -> str:
    """A hash of everything a build reads: geo, reference data, the articles and their
    sources.csv, options. A file that cannot be read is hashed as its error: the build
    reports it, and reports it again while it stays unreadable."""
    from .articles import article_paths

    digest = hashlib.sha256(code_version(data_dir).encode())
    _add(digest, options.encode())
    paths = article_paths(Path(seeds))
    table = Path(seeds) / settings.SOURCES_TABLE
    for path in [*paths, table]:
        _add(digest, path.name.encode())
        try:
            file_digest = hashlib.sha256()
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    file_digest.update(block)
            _add(digest, file_digest.digest())
        except OSError as err:
            _add(digest, f"unreadable: {err.strerror}".encode())
    return digest.hexdigest()


_HEX16 = re.compile(r"[0-9a-f]{16}")


def extraction_to_json(extraction: ArticleExtraction) -> dict:
    """An extraction as plain JSON data (the cache stores data, never code)."""
    return {"province": extraction.province,
            "mentions": [asdict(m) for m in extraction.mentions],
            "facts": [asdict(f) for f in extraction.facts]}


def extraction_from_json(article: Article, data: dict) -> ArticleExtraction:
    """The extraction of ``article`` that :func:`extraction_to_json` wrote (TypeError, KeyError or
    ValueError if the data is not one)."""
    mentions = tuple(Mention(**m) for m in data["mentions"])
    facts = tuple(Fact(**{**f, "members": tuple(f.get("members") or ())}) for f in data["facts"])
    if not all(isinstance(m.start, int) and isinstance(m.name, str) for m in mentions):
        raise ValueError("not an extraction")
    return ArticleExtraction(article=article, province=data["province"], mentions=mentions, facts=facts)


class ExtractionCache:
    """Extractions on disk, one JSON file per article: ``<folder>/<code version>/<key>.json``.

    Entries of an older geo can never be read again; all but the ``KEEP_VERSIONS`` most
    recently used versions are removed when a cache is opened. Entries are data (JSON),
    so a planted file can at worst be a cache miss, never run code.
    """

    KEEP_VERSIONS = 2

    def __init__(self, folder: Path, data_dir: Path | None = None):
        self.version = code_version(data_dir)
        self.root = Path(folder)
        self.folder = self.root / self.version[:16]
        self._prune()

    #: Written into every version folder geo creates: the only folders it ever deletes.
    MARKER = ".geo-extraction-cache"

    def _prune(self) -> None:
        try:
            if self.folder.is_dir():
                os.utime(self.folder)  # used now
            versions = sorted((p for p in self.root.iterdir()
                               if p.is_dir() and _HEX16.fullmatch(p.name) and (p / self.MARKER).is_file()),
                              key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return
        keep = {self.folder.name} | {p.name for p in versions[: self.KEEP_VERSIONS - 1]}
        for old in versions:
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)

    def _path(self, article: Article) -> Path:
        key = hashlib.sha256(f"{self.version}\n{article!r}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleExtraction | None:
        try:
            data = json.loads(self._path(article).read_text(encoding="utf-8"))
            if data.get("article_sha256") != article.sha256:
                return None
            return extraction_from_json(article, data)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None  # missing or damaged: a cache miss

    def put(self, extraction: ArticleExtraction) -> None:
        path = self._path(extraction.article)
        try:
            if not (self.folder / self.MARKER).is_file():
                self.folder.mkdir(parents=True, exist_ok=True)
                (self.folder / self.MARKER).write_text("geo extraction cache; safe to delete\n", encoding="utf-8")
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"article_sha256": extraction.article.sha256, **extraction_to_json(extraction)},
                          handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
