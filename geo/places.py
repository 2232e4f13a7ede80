"""The places of data/places/places.csv by name: which communes, towns and districts bear a name.

Read once per data folder. Extraction asks it where a facility named after a place lies
("Vũng Tàu seaport", "Song Khoai Industrial Park" in a Thai Binh article); the place
gazetteer (:class:`geo.geocoders.PlaceGazetteer`) asks it for coordinates.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from . import settings
from .errors import ReferenceDataError
from .names import fold, simplify

#: Levels of places, from the province's subdivisions down.
DISTRICT_LEVELS = ("city", "district", "town")
ALL_LEVELS = ("city", "district", "town", "place", "ward", "commune", "special_zone")


class PlaceIndex:
    """Rows of places.csv by simplified name ("dam ha" -> the rows named Đầm Hà)."""

    def __init__(self, path: Path):
        self.path = path
        self.by_name: dict[str, list[dict[str, str]]] = {}
        if not path.exists():
            return
        try:
            with path.open(newline="", encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle))
        except (OSError, UnicodeDecodeError, csv.Error) as err:
            raise ReferenceDataError(f"{path} is not a readable places table: {err}") from err
        for row in rows:
            for name in {row.get("name_ascii") or "", fold(row.get("name") or "")}:
                if name:
                    self.by_name.setdefault(simplify(name), []).append(row)

    def rows(self, name: str, levels: tuple[str, ...] = ALL_LEVELS, province: str | None = None) -> list[dict[str, str]]:
        """The places named ``name`` at one of ``levels`` (in ``province`` if given)."""
        rows = [r for r in self.by_name.get(simplify(name), []) if (r.get("level") or "place") in levels]
        if province:
            rows = [r for r in rows if simplify(r.get("province") or "") == simplify(province)]
        return rows

    def provinces(self, name: str, levels: tuple[str, ...] = ALL_LEVELS) -> set[str]:
        """The provinces that have a place named ``name`` at one of ``levels``."""
        return {r["province"] for r in self.rows(name, levels) if r.get("province")}


@lru_cache(maxsize=4)
def place_index(data_dir: Path | None = None) -> PlaceIndex:
    """The index of ``data_dir``'s places.csv (the package data by default), read once."""
    return PlaceIndex((data_dir or settings.DATA_DIR) / "places" / "places.csv")
