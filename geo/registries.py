"""National registries (data/registries/): facilities of one kind across Vietnam, with their province.

Extraction asks a registry where a named facility lies, so that Noi Bai airport named
in a Thanh Hoa article is in Ha Noi; placement takes its coordinate. A name is looked up
by its matching key (:func:`geo.names.name_key`), by the keys of the row's aliases, and
by the key of "<city> <kind>" ("Hue airport"); a key whose rows lie in different
provinces says nothing and is dropped.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from . import settings
from .errors import ReferenceDataError
from .names import name_key

#: kind -> registry file, and the generic word that makes "<city> <word>" a name of a row.
REGISTRIES = {
    "airport": ("airports.csv", "Airport"),
    "seaport": ("seaports.csv", None),
    "border_gate": ("border_gates.csv", None),
    "industrial_park": ("industrial_parks.csv", None),
}
#: Registries that place a facility but never decide its province: parks share names across
#: provinces ("Phu My" in Ba Ria - Vung Tau and in Binh Dinh) and the park registry is far from
#: complete, so a park the article names is in the article's province unless it says otherwise.
PLACE_ONLY = frozenset({"industrial_park"})


@lru_cache(maxsize=8)
def _rows(kind: str, data_dir: Path | None) -> dict[str, list[dict[str, str]]]:
    """Matching key -> the registry rows it names (several where provinces share a name)."""
    if kind not in REGISTRIES:
        return {}
    filename, word = REGISTRIES[kind]
    path = (data_dir or settings.DATA_DIR) / "registries" / filename
    if not path.exists():
        return {}
    keys: dict[str, list[dict[str, str]]] = {}
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if not row.get("province"):
                    continue
                names = [row["name"], *(a.strip() for a in (row.get("aliases") or "").split(";"))]
                if word and row.get("city"):
                    names.append(f"{row['city']} {word}")
                for name in names:
                    key = name_key(name, kind) if name else ""
                    if key and row not in keys.setdefault(key, []):
                        keys[key].append(row)
    except (OSError, UnicodeDecodeError, KeyError, csv.Error) as err:
        raise ReferenceDataError(f"{path} is not a readable registry: {err}") from err
    return keys


def registry_row(kind: str, key: str, *, province: str | None = None,
                 data_dir: Path | None = None) -> dict[str, str] | None:
    """The registry row of the facility of ``kind`` with matching key ``key``: the one in
    ``province`` if that is given, else the one row, or the rows of one province, the key names."""
    rows = _rows(kind, data_dir).get(key) or []
    if province is not None:
        rows = [r for r in rows if r["province"] == province]
    if not rows or len({r["province"] for r in rows}) > 1:
        return None
    return rows[0]


def registry_province(kind: str, key: str, *, data_dir: Path | None = None) -> str | None:
    """The province where the registry facility of ``kind`` with matching key ``key`` lies, if one does."""
    if kind in PLACE_ONLY:
        return None
    row = registry_row(kind, key, data_dir=data_dir)
    return row["province"] if row else None
