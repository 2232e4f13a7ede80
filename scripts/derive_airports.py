"""Re-derive data/registries/airports.csv: Vietnam's airports with their province.

Source: PyPI ``airportsdata==20260905`` (MIT, Mike Borsetti), ``airportsdata/airports.csv``,
rows with country VN. Its province field ("subd") is wrong for about a third of the
Vietnamese rows (Phu Bai in "Bắc-Ninh", Tra Noc in "Lao-Cai"), so the province is
derived from the coordinates: the pre-2025 province polygon of
data/boundaries/provinces.geojson that contains the point, else the nearest within
0.05 degrees. The output is sorted by ICAO code; a re-run is byte-identical.

Usage:  python scripts/derive_airports.py [--workdir DIR]
(default work dir $GEO_REFDATA/airports, i.e. /tmp/refdata/airports; the wheel is
fetched there with ``pip download``).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import zipfile
from pathlib import Path

from shapely.geometry import Point, shape

from pinned import pinned_download

REPO = Path(__file__).resolve().parents[1]
PROVINCES_GEOJSON = REPO / "data" / "boundaries" / "provinces.geojson"
OUT_CSV = REPO / "data" / "registries" / "airports.csv"
WHEEL = "airportsdata-20260905-py3-none-any.whl"
REQUIREMENT = "airportsdata==20260905"
SHA256 = "d7eaa9a57d373b0adaaae0d52da2af0bb0edf73f7baa170f7c415d3342bf4868"
SOURCE = "airportsdata 20260905 (MIT)"
COLUMNS = ["icao", "iata", "name", "city", "province", "lat", "lon", "precision", "source", "note"]
#: Where the 1:10m province polygons put an airport in the wrong province, with the source that says where it is.
CORRECTIONS = {
    "VVCT": ("Can Tho", "the 1:10m polygon puts the point in Hau Giang; Can Tho International Airport (Tra Noc) "
                        "is in Binh Thuy district, Can Tho (Airports Corporation of Vietnam, vietnamairport.vn)"),
}


def fetch(workdir: Path) -> Path:
    return pinned_download(REQUIREMENT, WHEEL, SHA256, workdir)


def build(wheel: Path) -> list[dict[str, str]]:
    provinces = [(f["properties"]["name_ascii"], shape(f["geometry"]))
                 for f in json.loads(PROVINCES_GEOJSON.read_text(encoding="utf-8"))["features"]]
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("airportsdata/airports.csv").decode("utf-8")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        if row["country"] != "VN":
            continue
        point = Point(float(row["lon"]), float(row["lat"]))
        inside = [name for name, polygon in provinces if polygon.contains(point)]
        if not inside:
            name, polygon = min(provinces, key=lambda p: p[1].distance(point))
            inside = [name] if polygon.distance(point) <= 0.05 else []
        rows.append({
            "icao": row["icao"], "iata": row["iata"], "name": row["name"], "city": row["city"],
            "province": inside[0] if inside else "", "lat": f"{float(row['lat']):.6f}".rstrip("0").rstrip("."),
            "lon": f"{float(row['lon']):.6f}".rstrip("0").rstrip("."), "precision": "site", "source": SOURCE,
            "note": "province from the coordinates",
        })
        if row["icao"] in CORRECTIONS:
            rows[-1]["province"], rows[-1]["note"] = CORRECTIONS[row["icao"]]
    return sorted(rows, key=lambda r: r["icao"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path,
                        default=Path(os.environ.get("GEO_REFDATA", "/tmp/refdata")) / "airports")
    args = parser.parse_args()
    rows = build(fetch(args.workdir))
    OUT_CSV.parent.mkdir(parents=True, exist_ok=True)
    with OUT_CSV.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUT_CSV.relative_to(REPO)}: {len(rows)} airports")


if __name__ == "__main__":
    main()
