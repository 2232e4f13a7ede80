"""A small on-disk cache of geocoding answers, keyed by (backend, normalised query).

Only answers the server gave are stored, "nothing found" included; an error or a
timeout is never stored, so it is asked again next time. Each answer is one JSON file, written to a temporary name and then
renamed, so a killed build never leaves a half-written entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .names import simplify


class GeocodeCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, backend: str, query: str) -> Path:
        digest = hashlib.sha256(f"{backend}\n{simplify(query)}".encode()).hexdigest()
        return self.folder / backend / f"{digest}.json"

    def get(self, backend: str, query: str) -> dict | None:
        try:
            return json.loads(self._path(backend, query).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, backend: str, query: str, answer: dict) -> None:
        path = self._path(backend, query)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"query": query, **answer}, handle, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, path)
