"""Province polygons and names from data/boundaries (Natural Earth admin-1).

Province names are read from the data, never listed in code: the extractor uses
them to tell which province an article is about, the geocoder to fall back to a
province and to check that a point lies inside the province the article names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import settings
from .errors import ReferenceDataError
from .names import fold, simplify, trie_pattern


@dataclass(frozen=True)
class Province:
    name: str  # Vietnamese, with diacritics
    name_ascii: str
    code: str | None


def boundaries_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or settings.DATA_DIR) / "boundaries"


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ReferenceDataError(
            f"{path} is missing; run `python scripts/derive_boundaries.py` to re-derive it"
        ) from err
    except (OSError, ValueError) as err:
        raise ReferenceDataError(f"{path} is not readable GeoJSON: {err}") from err


@lru_cache(maxsize=4)
def provinces(data_dir: Path | None = None) -> tuple[Province, ...]:
    """Every province of data/boundaries/provinces.geojson."""
    data = _read_json(boundaries_dir(data_dir) / "provinces.geojson")
    out = []
    for feature in data.get("features", []):
        props = feature.get("properties") or {}
        name = props.get("name") or props.get("name_ascii")
        if not name:
            continue
        out.append(Province(name, props.get("name_ascii") or fold(name), props.get("iso_3166_2")))
    return tuple(out)


def _compact(text: str) -> str:
    return simplify(text).replace(" ", "")


@lru_cache(maxsize=4)
def province_pattern(data_dir: Path | None = None) -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex over folded text finding province names, and compact form -> ASCII name.

    Spaces inside a name are optional so that "Hanoi" finds "Ha Noi"; a trailing
    "City"/"Province" is not needed.
    """
    lookup: dict[str, str] = {}
    phrases = []
    for province in provinces(data_dir):
        ascii_name = province.name_ascii
        for variant in {ascii_name, ascii_name.replace(" City", "")}:
            words = simplify(variant).split()
            if not words:
                continue
            lookup["".join(words)] = ascii_name
            phrases.append(words)
    # Only capitalised names count, so the alternation is tried at capitals only.
    return re.compile(r"\b(?=[A-Z])(" + trie_pattern(phrases, r"[\s\-]?") + r")\b", re.IGNORECASE), lookup


def find_provinces(text: str, data_dir: Path | None = None) -> list[tuple[str, int]]:
    """(ASCII province name, offset) of every province named in ``text``.

    Only capitalised occurrences count ("Lang Son", not "lang son").
    """
    pattern, lookup = province_pattern(data_dir)
    folded = fold(text)
    found = []
    for match in pattern.finditer(folded):
        if not match.group(0)[:1].isupper():
            continue
        name = lookup.get(_compact(match.group(0)))
        if name:
            found.append((name, match.start()))
    return found


def province_named(text: str, data_dir: Path | None = None) -> str | None:
    """The ASCII name of the province ``text`` is exactly the name of, else None."""
    _, lookup = province_pattern(data_dir)
    return lookup.get(_compact(text))


def province_geodataframe(data_dir: Path | None = None):
    """The province polygons as a GeoDataFrame (EPSG:4326)."""
    import geopandas

    path = boundaries_dir(data_dir) / "provinces.geojson"
    if not path.exists():
        raise ReferenceDataError(f"{path} is missing; run `python scripts/derive_boundaries.py`")
    return geopandas.read_file(path, engine="pyogrio")
