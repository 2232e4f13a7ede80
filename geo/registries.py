"""National registries (data/registries/): facilities of one kind across Vietnam, with their province.

Extraction asks a registry where a named facility lies, so that Noi Bai airport named
in a Thanh Hoa article is in Ha Noi. A name is looked up by its matching key
(:func:`geo.names.name_key`) and by the key of "<city> <kind>" ("Hue airport"); a key
whose rows lie in different provinces says nothing and is dropped.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from . import settings
from .errors import ReferenceDataError
from .names import name_key

#: kind -> registry file, and the generic word that makes "<city> <word>" a name of a row.
REGISTRIES = {"airport": ("airports.csv", "Airport")}


@lru_cache(maxsize=8)
def _provinces(kind: str, data_dir: Path | None) -> dict[str, str]:
    if kind not in REGISTRIES:
        return {}
    filename, word = REGISTRIES[kind]
    path = (data_dir or settings.DATA_DIR) / "registries" / filename
    if not path.exists():
        return {}
    keys: dict[str, set[str]] = {}
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if not row.get("province"):
                    continue
                for name in (row["name"], f"{row['city']} {word}" if row.get("city") else ""):
                    key = name_key(name, kind) if name else ""
                    if key:
                        keys.setdefault(key, set()).add(row["province"])
    except (OSError, UnicodeDecodeError, KeyError, csv.Error) as err:
        raise ReferenceDataError(f"{path} is not a readable registry: {err}") from err
    return {key: next(iter(provinces)) for key, provinces in keys.items() if len(provinces) == 1}


def registry_province(kind: str, key: str, *, data_dir: Path | None = None) -> str | None:
    """The province where the registry facility of ``kind`` with matching key ``key`` lies, if one does."""
    return _provinces(kind, data_dir).get(key)
