#!/usr/bin/env python3
"""Re-derive data/boundaries/districts.geojson: polygons of Vietnam's legacy (pre-July-2025) districts.

What it writes: a GeoJSON FeatureCollection (EPSG:4326, RFC 7946: CCW exteriors, CW
holes, no ``crs``), one feature per line, sorted by province, name and source_id, so a
re-run is byte-identical.  Every geometry is a MultiPolygon; the properties are

    name, name_full, name_ascii, province, source_id, vintage

* ``name``: the district as the source writes it (``district_vn``, with diacritics),
  without its unit-type prefix ("Huyện Vân Đồn" -> "Vân Đồn"; a numbered district keeps it:
  "Quận 1", as in places.csv); ``name_full`` keeps the prefix (it tells "Thị xã Hồng Ngự"
  from "Huyện Hồng Ngự").
* ``name_ascii``: ``name`` folded: NFKD, combining marks removed, đ -> d.
* ``province``: the pre-2025 province, spelled as ``name_ascii`` in
  data/boundaries/provinces.geojson.  The script stops on a source province it cannot map.
* ``source_id``: the source's ``district_id`` (5 digits; its first 3 are the province code).
* ``vintage``: the year whose district list the data matches (2014, see VINTAGE_EVIDENCE).

Where it comes from: the R package choisy/vietnam63 (GitHub, Marc Choisy; DESCRIPTION
says "License: MIT"), commit COMMIT, file ``data/districts.rda``: an sp
SpatialPolygonsDataFrame of 703 districts, already thinned by the package
(``maptools::thinnedSpatialPoly(districts_r, .0036)``, about 400 m).  The .rda is read
with PyPI ``rdata==1.1.0`` (MIT; it imports ``xarray``, so ``xarray==2026.9.0``,
Apache-2.0, is fetched too); both wheels are ``pip download``-ed into the work dir,
sha256-checked and imported from there, never installed.

Fixes to the source (each checked below, the script stops if the data differ):
* the ``province_vn`` column is not used: it does not fit ``province`` (the Hà Nội rows say
  "Hòa Bình", the An Giang rows "Hà Nội", and so on for every province);
* three rows carry a province label that disagrees with the province code in their own
  ``district_id`` (FIXES); the code and the polygon's position agree, so the code wins.

Checks (reported, and written up in data/boundaries/README.md): every geometry is valid;
the representative point of each district lies in its province polygon of
provinces.geojson, or within NEAR_DEG of it (the exceptions are listed); each district
is matched to the legacy districts of data/places/places.csv by (name_ascii, province).

Usage:  python scripts/derive_districts.py [--workdir DIR] [--git-dir GITDIR | --rda FILE]
(default work dir $GEO_REFDATA/districts, i.e. /tmp/refdata/districts).  The .rda is not on
a package registry: give it once, either as a file (--rda) or as a git directory of a
clone of choisy/vietnam63 that has COMMIT (--git-dir; the script runs
``git --git-dir GITDIR show COMMIT:data/districts.rda``); it is copied into the work dir,
sha256-checked, and later runs need no option.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.polygon import orient
from shapely.ops import unary_union

from pinned import pinned_download

from derive_places import fold, key  # one folding for every derived table

REPO = Path(__file__).resolve().parents[1]
PROVINCES_GEOJSON = REPO / "data" / "boundaries" / "provinces.geojson"
PLACES_CSV = REPO / "data" / "places" / "places.csv"
OUT_GEOJSON = REPO / "data" / "boundaries" / "districts.geojson"

SOURCE_REPO = "choisy/vietnam63"
COMMIT = "90ac14b5226cf3b9e0a3b1190e04f28fdb19899d"  # 2017-05-12, the repository's newest commit
RDA_PATH = "data/districts.rda"
RDA_NAME = "districts.rda"
RDA_SHA256 = "ccc846bea760d6259bc54972b53c80def3ace400d7d725c61383880f95f46eba"  # git blob f5de1248
RDA_OBJECT = "districts"
WHEELS = {  # file name -> (pip requirement, sha256)
    "rdata-1.1.0-py3-none-any.whl": (
        "rdata==1.1.0", "12efb7597725d6db6cc78d84eb522a9634008f8fce1c2733b7fd42b9013bc41f"),
    "xarray-2026.9.0-py3-none-any.whl": (
        "xarray==2026.9.0", "fe349fa871628b1a0a5217af3fe1283a2862d5485156e6eda354fffb81c3bb7c"),
}

VINTAGE = 2014
#: Why 2014: units the data has and lacks, with the year each was created.
VINTAGE_EVIDENCE = (
    "has Nam Tu Liem and Bac Tu Liem (Ha Noi), Bau Bang and Bac Tan Uyen (Binh Duong), "
    "Thi xa Ba Don, Kien Tuong, Cai Lay, Nga Nam, Hoang Mai (created 2013, in force 2014); "
    "lacks Thi xa Ky Anh, Pho Yen, Dien Ban, Long My, Gia Rai, Duyen Hai, Dong Trieu as towns "
    "and the districts Ia H'Drai and Phu Rieng (all created 2015)")

SIMPLIFY_DEG = 0.001   # shapely simplify(preserve_topology=True), per district
DECIMALS = 5           # output grid 1e-5 degree (about 1.1 m)
NEAR_DEG = 0.05        # a representative point this close to its province polygon passes

#: Source province name -> provinces.geojson name_ascii, where they differ.
PROVINCE_ALIASES = {"Thua Thien - Hue": "Thua Thien Hue"}
#: Unit-type prefixes of district_vn.
PREFIXES = ("Thành phố ", "Thị xã ", "Quận ", "Huyện ")

#: Rows whose province label disagrees with the province code (first 3 digits) of their own
#: district_id.  The code and the polygon's position agree; the label came from a namesake.
FIXES = {
    "30501": {"label": "Bac Lieu", "province": "Hoa Binh",
              "why": "Thanh pho Hoa Binh (code 305 = Hoa Binh province) is labelled Bac Lieu, which has a "
                     "Huyen Hoa Binh (82106)"},
    "40101": {"label": "Long An", "province": "Thanh Hoa", "name_full": "Thành phố Thanh Hóa",
              "why": "code 40101 is Thanh pho Thanh Hoa (code 401 = Thanh Hoa province, which otherwise lacks "
                     "its capital); the row carries the names and province of Long An's Huyen Thanh Hoa "
                     "(80111, also present)"},
    "80121": {"label": "Tay Ninh", "province": "Long An",
              "why": "Huyen Chau Thanh of Long An (code 801) is labelled Tay Ninh, which has its own "
                     "Huyen Chau Thanh (70909)"},
}


# -------------------------------------------------------------------------- inputs
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def get_rda(workdir: Path, git_dir: Path | None, rda: Path | None) -> Path:
    """The pinned districts.rda in the work dir, copied there from --rda or --git-dir if given."""
    target = workdir / RDA_NAME
    if git_dir is not None or rda is not None:
        workdir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        if rda is not None:
            shutil.copyfile(rda, tmp)
        else:
            with tmp.open("wb") as handle:
                subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{COMMIT}:{RDA_PATH}"],
                               check=True, stdout=handle)
        tmp.replace(target)
    if not target.exists():
        sys.exit(f"{target} is missing: run once with --git-dir GITDIR (a clone of {SOURCE_REPO} "
                 f"with commit {COMMIT[:7]}) or --rda FILE (its {RDA_PATH})")
    digest = sha256(target)
    if digest != RDA_SHA256:
        sys.exit(f"{target}: sha256 {digest} != pinned {RDA_SHA256}")
    return target


def import_rdata(workdir: Path):
    """Import rdata (and the xarray it needs) from the pinned wheels, without installing them."""
    for fname, (req, digest) in sorted(WHEELS.items()):
        path = pinned_download(req, fname, digest, workdir)
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    import rdata  # noqa: PLC0415  (only importable once the wheels are on sys.path)
    return rdata


def read_districts(rda_path: Path, rdata) -> list[dict]:
    """The SpatialPolygonsDataFrame as rows: the data columns plus ``rings`` [(hole, owner, coords)]."""
    from rdata.conversion._conversion import DEFAULT_CLASS_MAP  # noqa: PLC0415
    # data.frame is left unconverted (a dict of columns): its constructor trips on the strings.
    cmap = {k: v for k, v in DEFAULT_CLASS_MAP.items() if k != "data.frame"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Missing constructor for R class ..."
        parsed = rdata.parser.parse_file(rda_path)
        obj = rdata.conversion.SimpleConverter(constructor_dict=cmap, default_encoding="utf-8",
                                               force_default_encoding=True).convert(parsed)[RDA_OBJECT]
    proj = str(obj.proj4string.projargs[0])
    if "+proj=longlat" not in proj or "WGS84" not in proj:
        sys.exit(f"unexpected CRS {proj!r}")
    data = obj.data
    n = len(obj.polygons)
    if any(len(col) != n for col in data.values()):
        sys.exit("data columns and polygons differ in length")
    rows = []
    for i, polys in enumerate(obj.polygons):
        row = {str(k): data[k][i] for k in data}
        if int(row["object_id"]) != int(str(polys.ID[0])):  # data rows follow the polygons
            sys.exit(f"row {i}: object_id {row['object_id']} != polygon ID {polys.ID[0]}")
        # sp's comment attribute: 0 for an exterior ring, k for a hole of the k-th ring (1-based)
        owners = [int(t) for t in str(polys.comment[0]).split()]
        rings = []
        for part, owner in zip(polys.Polygons, owners, strict=True):
            hole = bool(part.hole[0])
            if hole != (owner != 0):
                sys.exit(f"row {i}: hole flag and comment disagree")
            rings.append((hole, owner, [(float(x), float(y)) for x, y in part.coords.values]))
        row["rings"] = rings
        rows.append(row)
    return rows


def rings_to_geometry(rings) -> MultiPolygon:
    polys = []
    for idx, (hole, _owner, coords) in enumerate(rings, 1):
        if hole:
            continue
        holes = [c for h, owner, c in rings if h and owner == idx]
        polys.append(Polygon(coords, holes))
    geom = unary_union(polys) if len(polys) > 1 else polys[0]
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return geom


# ---------------------------------------------------------------------- geometry
def only_polygons(geom):
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    return unary_union(parts)


def finish(geom) -> MultiPolygon:
    """Simplify, snap to the output grid, keep it valid and polygonal, fix a stable part order."""
    geom = geom.simplify(SIMPLIFY_DEG, preserve_topology=True)
    geom = shapely.set_precision(geom, 10.0 ** -DECIMALS)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    geom = only_polygons(geom)
    parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    parts = sorted((orient(p, sign=1.0) for p in parts if not p.is_empty),
                   key=lambda p: (-round(p.area, 12), p.bounds))
    return MultiPolygon(parts)


def _ring(coords):
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in coords]


def geom_to_json(geom: MultiPolygon) -> dict:
    return {"type": "MultiPolygon",
            "coordinates": [[_ring(p.exterior.coords)] + [_ring(r.coords) for r in p.interiors]
                            for p in geom.geoms]}


# ------------------------------------------------------------------------- build
def build(rows: list[dict]) -> tuple[list[tuple[dict, MultiPolygon]], dict]:
    provinces = {f["properties"]["name_ascii"]: shape(f["geometry"])
                 for f in json.loads(PROVINCES_GEOJSON.read_text(encoding="utf-8"))["features"]}
    report: dict = {"rows": len(rows)}

    # Province labels -> provinces.geojson; stop on any unmatched.
    labels = sorted({str(r["province"]) for r in rows})
    mapping = {lab: PROVINCE_ALIASES.get(lab, lab) for lab in labels}
    unmatched = [lab for lab, p in mapping.items() if p not in provinces]
    if unmatched:
        sys.exit(f"source provinces not in provinces.geojson: {unmatched}")
    report["aliases"] = {lab: p for lab, p in mapping.items() if lab != p}
    report["provinces_covered"] = len(set(mapping.values()))

    # Province code (first 3 digits of district_id) -> the label most of its rows carry.
    by_code = collections.defaultdict(collections.Counter)
    for r in rows:
        by_code[f"{int(r['district_id']):05d}"[:3]][str(r["province"])] += 1
    code_label = {code: c.most_common(1)[0][0] for code, c in by_code.items()}
    if len(set(code_label.values())) != len(code_label):
        sys.exit("two province codes share a label")

    features = []
    seen_ids = set()
    verts_in = verts_out = 0
    for r in rows:
        sid = f"{int(r['district_id']):05d}"
        if sid in seen_ids:
            sys.exit(f"duplicate district_id {sid}")
        seen_ids.add(sid)
        label = str(r["province"])
        name_full = str(r["district_vn"])
        code_says = code_label[sid[:3]]
        if sid in FIXES:
            fix = FIXES[sid]
            if label != fix["label"] or mapping[code_says] != fix["province"]:
                sys.exit(f"{sid}: FIXES entry no longer fits (label {label}, code says {code_says})")
            province = fix["province"]
            name_full = fix.get("name_full", name_full)
        elif label != code_says:
            sys.exit(f"{sid} {r['district']}: labelled {label}, its code {sid[:3]} is {code_says}")
        else:
            province = mapping[label]
        prefix = next((p for p in PREFIXES if name_full.startswith(p)), None)
        if prefix is None:
            sys.exit(f"{sid}: no unit-type prefix in {name_full!r}")
        name = name_full[len(prefix):]
        if name.isdigit():  # a numbered urban district keeps its type: "Quận 1", as in places.csv
            name = name_full
        name_ascii = fold(name)
        if sid not in FIXES and key(name_ascii) != key(str(r["district"])):
            sys.exit(f"{sid}: district_vn {name_full!r} and district {r['district']!r} disagree")
        raw = rings_to_geometry(r["rings"])
        geom = finish(raw)
        if not geom.is_valid or geom.is_empty:
            sys.exit(f"{sid}: invalid or empty geometry after simplification")
        verts_in += shapely.get_num_coordinates(raw)
        verts_out += shapely.get_num_coordinates(geom)
        props = {"name": name, "name_full": name_full, "name_ascii": name_ascii, "province": province,
                 "source_id": sid, "vintage": VINTAGE}
        features.append((props, geom))
    features.sort(key=lambda f: (f[0]["province"], f[0]["name_ascii"], f[0]["name_full"], f[0]["source_id"]))
    report["vertices"] = (verts_in, verts_out)
    report["parts"] = sum(len(g.geoms) for _, g in features)

    # Check: representative point in (or near) its province polygon.
    outside, near = [], []
    for props, geom in features:
        pt = geom.representative_point()
        poly = provinces[props["province"]]
        if poly.contains(pt):
            continue
        dist = poly.distance(pt)
        if dist <= NEAR_DEG:
            near.append((props, round(dist, 3)))
            continue
        inside = sorted(n for n, p in provinces.items() if p.contains(pt))
        outside.append((props, round(dist, 3), inside[0] if inside else ""))
        if props["source_id"] in FIXES:
            sys.exit(f"{props['source_id']}: the FIXES province does not hold the polygon either")
    report["outside"] = outside
    report["near"] = near
    for sid, fix in sorted(FIXES.items()):  # the fixed rows really lie in the province the code gives
        props, geom = next(f for f in features if f[0]["source_id"] == sid)
        if provinces[fix["label"] if fix["label"] in provinces else mapping[fix["label"]]].contains(
                geom.representative_point()):
            sys.exit(f"{sid}: polygon lies in the province of its source label after all")

    # Overlap between neighbouring districts (the source thinned each polygon on its own).
    tree = shapely.STRtree([g for _, g in features])
    overlap = 0.0
    for i, (_, g) in enumerate(features):
        for j in tree.query(g, predicate="intersects"):
            if j > i:
                overlap += g.intersection(features[j][1]).area
    report["overlap_deg2"] = overlap
    report["area_deg2"] = sum(g.area for _, g in features)

    # Match with the legacy districts of places.csv by (name_ascii, province).
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        places = [r for r in csv.DictReader(handle) if r["level"] == "district"]
    place_keys = collections.Counter((p["name_ascii"], p["province"]) for p in places)
    ours = collections.Counter((f[0]["name_ascii"], f[0]["province"]) for f in features)
    matched = [f for f in features if (f[0]["name_ascii"], f[0]["province"]) in place_keys]
    loose_places = {(key(p["name_ascii"]), p["province"]) for p in places}
    report["places"] = len(places)
    report["place_keys"] = len(place_keys)
    report["matched"] = len(matched)
    report["matched_loose"] = sum(1 for f in features if (key(f[0]["name_ascii"]), f[0]["province"]) in loose_places)
    report["unmatched"] = [f[0] for f in features if (f[0]["name_ascii"], f[0]["province"]) not in place_keys]
    report["places_unmatched"] = sorted(k for k in place_keys if k not in ours)
    report["ambiguous"] = sorted(k for k, n in ours.items() if n > 1)
    return features, report


def write_geojson(path: Path, features) -> None:
    """One feature per line; compact; UTF-8; stable key order."""
    lines = [json.dumps({"type": "Feature", "properties": props, "geometry": geom_to_json(geom)},
                        ensure_ascii=False, separators=(",", ":")) for props, geom in features]
    path.write_text('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n",
                    encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path,
                        default=Path(os.environ.get("GEO_REFDATA", "/tmp/refdata")) / "districts")
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--git-dir", type=Path, help=f"git directory of a {SOURCE_REPO} clone with {COMMIT[:7]}")
    src.add_argument("--rda", type=Path, help=f"a copy of {SOURCE_REPO}/{RDA_PATH}")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the check details")
    args = parser.parse_args()

    rda_path = get_rda(args.workdir, args.git_dir, args.rda)
    rdata = import_rdata(args.workdir)
    rows = read_districts(rda_path, rdata)
    features, rep = build(rows)
    write_geojson(OUT_GEOJSON, features)
    if args.verbose:
        print(f"source rows {rep['rows']}, provinces {rep['provinces_covered']}, aliases {rep['aliases']}")
        print(f"vertices {rep['vertices'][0]} -> {rep['vertices'][1]}, parts {rep['parts']}")
        print(f"overlap {rep['overlap_deg2']:.6f} deg2 of {rep['area_deg2']:.4f} deg2")
        for props, dist in rep["near"]:
            print(f"  near: {props['source_id']} {props['name_full']} ({props['province']}): {dist} deg away")
        for props, dist, inside in rep["outside"]:
            print(f"  outside: {props['source_id']} {props['name_full']} ({props['province']}): "
                  f"{dist} deg away, in {inside or 'no province'}")
        for props in rep["unmatched"]:
            print(f"  no place: {props['source_id']} {props['name_ascii']} ({props['province']})")
        for k in rep["places_unmatched"]:
            print(f"  place without polygon: {k}")
        print(f"ambiguous (name_ascii, province): {rep['ambiguous']}")
        print(f"places.csv: {rep['places']} district rows, {rep['place_keys']} keys; matched {rep['matched']} "
              f"exactly, {rep['matched_loose']} ignoring case, spaces and punctuation")
    size = OUT_GEOJSON.stat().st_size
    print(f"{OUT_GEOJSON.relative_to(REPO)}: {len(features)} districts (vintage {VINTAGE}), {size:,} bytes; "
          f"{len(rep['outside'])} representative points off their province; "
          f"{rep['matched']}/{len(features)} match places.csv by (name_ascii, province)")


if __name__ == "__main__":
    main()
