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
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from . import settings
from .model import Article, ArticleExtraction

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=4)
def code_version(data_dir: Path | None = None) -> str:
    """A hash of geo's source files and of the reference data under ``data_dir``."""
    digest = hashlib.sha256()
    data = Path(data_dir or settings.DATA_DIR)
    files = sorted(_PACKAGE.rglob("*.py")) + sorted(p for p in data.rglob("*") if p.is_file())
    for path in files:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_fingerprint(seeds: Path, *, data_dir: Path | None = None, options: str = "") -> str:
    """A hash of everything a build reads: geo, reference data, articles, options."""
    digest = hashlib.sha256(code_version(data_dir).encode())
    digest.update(options.encode())
    for path in sorted(Path(seeds).iterdir()):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class ExtractionCache:
    """Extractions on disk, one file per article: ``<folder>/<key>.pickle``."""

    def __init__(self, folder: Path, data_dir: Path | None = None):
        self.folder = Path(folder)
        self.version = code_version(data_dir)

    def _path(self, article: Article) -> Path:
        key = hashlib.sha256(f"{self.version}\n{article!r}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, article: Article) -> ArticleExtraction | None:
        try:
            with self._path(article).open("rb") as handle:
                extraction = pickle.load(handle)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
            return None
        return extraction if isinstance(extraction, ArticleExtraction) and extraction.article == article else None

    def put(self, extraction: ArticleExtraction) -> None:
        path = self._path(extraction.article)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(extraction, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
