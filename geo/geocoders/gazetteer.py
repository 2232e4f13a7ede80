"""The offline gazetteers, as geopy geocoders.

``FacilityGazetteer`` answers for the curated facilities of data/gazetteer/facilities.csv,
``PlaceGazetteer`` for the communes, towns and districts of data/places/places.csv.
Both follow geopy's contract (a ``Location`` or ``None``), so the chain, the cache and
the tests treat them like Nominatim. The gazetteer resolves names; it never decides
what the extractor finds.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location

from ..errors import ReferenceDataError
from ..names import fold, name_key, simplify
from ..places import PlaceIndex, place_index
from ..model import AliasIndex


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    except FileNotFoundError as err:
        raise ReferenceDataError(f"{path} is missing (see data/README files for the script that derives it)") from err
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ReferenceDataError(f"{path} is unreadable: {err}") from err


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


@dataclass(frozen=True)
class FacilityRecord:
    id: str
    name: str
    name_vi: str | None
    kind: str
    aliases: tuple[str, ...]
    province: str | None
    district: str | None
    commune: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    source: str | None
    note: str | None

    def keys(self) -> set[str]:
        names = [self.name, *(a for a in self.aliases if a)]
        if self.name_vi:
            names.append(self.name_vi)
        return {k for k in (name_key(n, self.kind) for n in names) if k}


class FacilityGazetteer(Geocoder):
    """Curated facilities: ``geocode("Dong Mai", kind="industrial_park", province="Quang Ninh")``."""

    def __init__(self, path: Path | None = None, *, data_dir: Path | None = None):
        super().__init__()
        data_dir = data_dir or settings_data_dir()
        self.path = path or data_dir / "gazetteer" / "facilities.csv"
        self.records = [self._record(row) for row in _read_csv(self.path)] if self.path.exists() else []
        self._by_key: dict[tuple[str, str], list[FacilityRecord]] = {}
        for record in self.records:
            for key in record.keys():
                self._by_key.setdefault((record.kind, key), []).append(record)

    @staticmethod
    def _record(row: dict[str, str]) -> FacilityRecord:
        return FacilityRecord(
            id=row.get("id", ""), name=row.get("name", ""), name_vi=row.get("name_vi") or None,
            kind=row.get("kind", ""),
            aliases=tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()),
            province=row.get("province") or None, district=row.get("district") or None,
            commune=row.get("commune") or None, lat=_float(row.get("lat")), lon=_float(row.get("lon")),
            precision=row.get("precision") or None, source=row.get("source") or None,
            note=row.get("note") or None,
        )

    def alias_index(self) -> AliasIndex:
        """Name keys of every record's name and aliases -> the record's canonical key."""
        index = AliasIndex()
        for record in self.records:
            canonical = name_key(record.name, record.kind)
            index.ids[(record.kind, canonical)] = record.id
            for key in record.keys():
                index.canonical_keys.setdefault((record.kind, key), canonical)
        return index

    def lookup(self, query: str, *, kind: str, province: str | None = None) -> FacilityRecord | None:
        """The record a name stands for, preferring one in ``province``."""
        found = self._by_key.get((kind, name_key(query, kind)), [])
        if province:
            same = [r for r in found if r.province and fold(r.province).lower() == fold(province).lower()]
            found = same or [r for r in found if not r.province]
        return found[0] if found else None

    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, kind=None, province=None):
        if kind is None:
            return None
        record = self.lookup(query, kind=kind, province=province)
        if record is None or record.lat is None or record.lon is None:
            return None
        location = Location(record.name, (record.lat, record.lon), {
            "precision": record.precision or "site", "source": record.source, "id": record.id,
            "note": record.note,
        })
        return location if exactly_one else [location]


def settings_data_dir() -> Path:
    from .. import settings as s

    return s.DATA_DIR


_LEVEL_ORDER = {"commune": ("commune", "ward", "town", "place", "city", "district"),
                "district": ("district", "town", "city", "place", "commune", "ward")}


class PlaceGazetteer(Geocoder):
    """Communes, wards, towns and districts: ``geocode("Dien Xa", level="commune", province=...)``."""

    def __init__(self, path: Path | None = None, *, data_dir: Path | None = None):
        super().__init__()
        data_dir = data_dir or settings_data_dir()
        self.path = path or data_dir / "places" / "places.csv"
        self._index = place_index(data_dir) if path is None else PlaceIndex(self.path)

    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, level="commune", province=None):
        rows = [r for r in self._index.by_name.get(simplify(query), [])
                if _float(r.get("lat")) is not None and _float(r.get("lon")) is not None]
        if province:
            rows = [r for r in rows if simplify(r.get("province") or "") == simplify(province)]
        order = _LEVEL_ORDER.get(level, _LEVEL_ORDER["commune"])
        rows = [r for r in rows if (r.get("level") or "place") in order]
        if not rows:
            return None
        rows.sort(key=lambda r: (order.index(r.get("level") or "place"), r.get("place_id", "")))
        locations = [
            Location(
                f"{r.get('name')}, {r.get('province')}",
                (float(r["lat"]), float(r["lon"])),
                {"precision": r.get("precision") or r.get("level") or level, "source": r.get("source"),
                 "id": r.get("place_id") or r.get("source_id"), "level": r.get("level"), "name": r.get("name")},
            )
            for r in rows
        ]
        return locations[0] if exactly_one else locations
