"""A small on-disk cache of geocoding answers, keyed by (backend, normalised query).

Only answers the server gave are stored, "nothing found" included; an error or a
timeout is never stored, so it is asked again next time. Each answer is one JSON file, written to a temporary name and then
renamed, so a killed build never leaves a half-written entry.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import tempfile
from pathlib import Path

from .names import simplify

log = logging.getLogger(__name__)


class GeocodeCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._warned = False

    def _path(self, backend: str, query: str) -> Path:
        digest = hashlib.sha256(f"{backend}\n{simplify(query)}".encode()).hexdigest()
        return self.folder / backend / f"{digest}.json"

    def get(self, backend: str, query: str) -> dict | None:
        """The cached answer, or None when there is none or it is not one geo wrote (a miss)."""
        try:
            entry = json.loads(self._path(backend, query).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or not isinstance(entry.get("found", True), bool):
            return None
        if entry.get("found", True) and not (_number(entry.get("lat")) and _number(entry.get("lon"))
                                             and isinstance(entry.get("address"), str)):
            return None
        return entry

    def put(self, backend: str, query: str, answer: dict) -> None:
        """Store an answer; a cache that cannot be written (read-only, full) only costs requests."""
        path = self._path(backend, query)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"query": query, **answer}, handle, ensure_ascii=False, sort_keys=True)
            os.replace(tmp, path)
        except OSError as err:
            if not self._warned:
                log.warning("geocoding cache %s cannot be written (%s); answers are not kept",
                            self.folder, err.strerror or err)
                self._warned = True


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
