"""Province polygons and names from data/boundaries (Natural Earth admin-1).

Province names are read from the data, never listed in code: the extractor uses
them to tell which province an article is about, the geocoder to fall back to a
province and to check that a point lies inside the province the article names.
"""

from __future__ import annotations

import csv
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
def province_aliases(data_dir: Path | None = None) -> tuple[tuple[str, str], ...]:
    """(alias, ASCII province name) from data/boundaries/province_aliases.csv ("HCM City", "Ho Chi Minh")."""
    path = boundaries_dir(data_dir) / "province_aliases.csv"
    if not path.exists():
        return ()
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            return tuple((row["alias"], row["province"]) for row in csv.DictReader(handle)
                         if row.get("alias") and row.get("province"))
    except (OSError, UnicodeDecodeError, KeyError, csv.Error) as err:
        raise ReferenceDataError(f"{path} is not a readable alias table: {err}") from err


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
    for alias, province in province_aliases(data_dir):
        words = simplify(alias).split()
        if words and province in lookup.values():
            lookup["".join(words)] = province
            phrases.append(words)
    # Only capitalised names count, so the alternation is tried at capitals only.
    gap = r"(?:\s*[\-\u2010-\u2015]\s*|\s?)"  # "Ba Ria - Vung Tau", "Ba Ria–Vung Tau", "Hanoi"
    return re.compile(r"\b(?=(?-i:[A-Z]))(" + trie_pattern(phrases, gap) + r")\b", re.IGNORECASE), lookup


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


#: Natural Earth 1:10m outlines are generalised by up to ~2 km, more on coasts and islands.
OUTLINE_TOLERANCE_KM = 2.0
#: How far off its province's outline a point on GSHHG land (an island, a coast) may lie.
ISLAND_TOLERANCE_KM = 10.0


class ProvinceCheck:
    """Does a point lie in the province an article names? Answers with the reason.

    Inside the Natural Earth polygon is "yes". Since that outline is generalised, a point
    within :data:`OUTLINE_TOLERANCE_KM` of it and inside no other province is also "yes",
    and so is a point on GSHHG's full-resolution land (the detailed coast of
    data/boundaries/coast_*.geojson) within :data:`ISLAND_TOLERANCE_KM` whose nearest
    province is this one -- islands the 1:10m outline leaves out.
    """

    def __init__(self, data_dir: Path | None = None):
        import geopandas
        from shapely.ops import unary_union

        provinces = province_geodataframe(data_dir).to_crs(_METRIC_CRS)
        self._shapes = {simplify(n): g for n, g in zip(provinces["name_ascii"], provinces.geometry)}
        coasts = sorted(boundaries_dir(data_dir).glob("coast_*.geojson"))
        land = [geopandas.read_file(p, engine="pyogrio").to_crs(_METRIC_CRS).geometry for p in coasts]
        self._land = unary_union([g for series in land for g in series]) if land else None
        self._to_metric = _transformer()

    def check(self, lon: float, lat: float, province: str | None) -> tuple[bool | None, str]:
        """(inside?, reason in words); (None, "") when the province has no polygon."""
        from shapely.geometry import Point

        shape = self._shapes.get(simplify(province)) if province else None
        if shape is None:
            return None, ""
        point = Point(*self._to_metric.transform(lon, lat))
        if shape.contains(point):
            return True, ""
        km = shape.distance(point) / 1000
        others = {n: g for n, g in self._shapes.items() if g is not shape}
        in_other = any(g.contains(point) for g in others.values())
        if km <= OUTLINE_TOLERANCE_KM and not in_other:
            return True, f"{km:.1f} km outside the generalised 1:10m outline of {province}, within its tolerance"
        if (self._land is not None and km <= ISLAND_TOLERANCE_KM and not in_other
                and self._land.contains(point) and min(g.distance(point) for g in others.values()) / 1000 > km):
            return True, f"on land of the detailed GSHHG coast, {km:.1f} km off the 1:10m outline of {province}"
        return False, f"{km:.1f} km outside {province}"


_METRIC_CRS = "EPSG:32648"  # UTM 48N: metres, good enough for km-scale tolerances over Vietnam


def _transformer():
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", _METRIC_CRS, always_xy=True)
