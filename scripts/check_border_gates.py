"""Check data/registries/border_gates.csv: every row cited, in a valid province, on its commune's centre.

The table is compiled by hand from cited public pages (see data/registries/README.md), so
nothing re-derives it; this script checks it instead. For every row it checks that

- the columns and the file format (UTF-8, ``\\n`` line ends, sorted by province then name) are as documented;
- ``level`` (international, main, auxiliary or crossing), ``mode`` and ``counterpart_country`` use the
  documented vocabularies;
- ``province`` is a ``name_ascii`` of data/boundaries/provinces.geojson (the 63 pre-2025 provinces);
- ``district``, when given, is a legacy district of that province in data/places/places.csv;
- ``commune``, when given, is exactly one legacy (``vnau:``) commune, ward or town of that
  province (and district) in data/places/places.csv, and ``lat``/``lon`` are that unit's centre
  with ``precision`` "commune"; without a commune, ``lat``/``lon``/``precision`` are empty;
- ``source_url`` holds one or more http(s) URLs, separated by spaces.

It prints one line per problem and exits 1 if there is any, else prints a one-line summary.

Usage:  python scripts/check_border_gates.py [--csv PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GATES_CSV = REPO / "data" / "registries" / "border_gates.csv"
PROVINCES_GEOJSON = REPO / "data" / "boundaries" / "provinces.geojson"
PLACES_CSV = REPO / "data" / "places" / "places.csv"
COLUMNS = ["name", "aliases", "level", "province", "district", "commune", "counterpart",
           "counterpart_country", "mode", "lat", "lon", "precision", "source_url", "note"]
#: "crossing" is a border opening (lối mở) or a clearance route (lối thông quan) that the press
#: names but that is not a gate of its own (data/registries/README.md, "Land border gates").
LEVELS = {"international", "main", "auxiliary", "crossing"}
MODES = {"road", "rail", "waterway"}
COUNTRIES = {"China", "Laos", "Cambodia"}
COMMUNE_LEVELS = {"commune", "ward", "town"}
CENTRE_NOTE = "commune centre from data/places"


def load_reference() -> tuple[set[str], set[tuple[str, str]], list[dict[str, str]]]:
    """Province names, (province, district) pairs and legacy commune/ward/town rows."""
    features = json.loads(PROVINCES_GEOJSON.read_text(encoding="utf-8"))["features"]
    provinces = {f["properties"]["name_ascii"] for f in features}
    districts: set[tuple[str, str]] = set()
    communes: list[dict[str, str]] = []
    with PLACES_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["place_id"].startswith("vnau:"):
                continue  # legacy units only; vnau2025: rows are the post-July-2025 units
            if row["level"] == "district":
                districts.add((row["province"], row["district"]))
            elif row["level"] in COMMUNE_LEVELS:
                communes.append(row)
    return provinces, districts, communes


def check(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Problems found in the registry at ``path`` (one string each) and its rows."""
    problems: list[str] = []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return [f"{path}: not UTF-8 ({err})"], []
    if "\r" in text:
        problems.append(f"{path}: has \\r line ends, expected \\n")
    if text and not text.endswith("\n"):
        problems.append(f"{path}: does not end with a newline")
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames != COLUMNS:
        return problems + [f"{path}: columns are {reader.fieldnames}, expected {COLUMNS}"], []
    rows = list(reader)
    provinces, districts, communes = load_reference()

    for line, row in enumerate(rows, start=2):
        where = f"line {line} ({row['name'] or '?'})"
        if None in row or any(value is None for value in row.values()):
            problems.append(f"{where}: wrong number of fields")
            continue
        if not row["name"].strip() or row["name"] != row["name"].strip():
            problems.append(f"{where}: empty name or surrounding spaces")
        if row["aliases"] and any(not a.strip() for a in row["aliases"].split(";")):
            problems.append(f"{where}: empty item in aliases {row['aliases']!r}")
        if row["level"] not in LEVELS:
            problems.append(f"{where}: level {row['level']!r} not one of {sorted(LEVELS)}")
        if row["province"] not in provinces:
            problems.append(f"{where}: province {row['province']!r} is not a name_ascii of provinces.geojson")
        if row["district"] and (row["province"], row["district"]) not in districts:
            problems.append(f"{where}: district {row['district']!r} is not a legacy district of "
                            f"{row['province']} in data/places")
        if row["counterpart_country"] not in COUNTRIES:
            problems.append(f"{where}: counterpart_country {row['counterpart_country']!r} "
                            f"not one of {sorted(COUNTRIES)}")
        modes = row["mode"].split(";")
        if not row["mode"] or not set(modes) <= MODES or len(set(modes)) != len(modes):
            problems.append(f"{where}: mode {row['mode']!r} is not a ';'-list of {sorted(MODES)}")
        urls = row["source_url"].split()
        if not urls:
            problems.append(f"{where}: no source_url")
        for url in urls:
            if not url.startswith(("https://", "http://")):
                problems.append(f"{where}: source_url item {url!r} is not an http(s) URL")

        position = (row["lat"], row["lon"], row["precision"])
        if not row["commune"]:
            if any(position):
                problems.append(f"{where}: lat/lon/precision {position} without a commune")
            continue
        matches = [c for c in communes if c["province"] == row["province"] and c["name_ascii"] == row["commune"]
                   and (not row["district"] or c["district"] == row["district"])]
        if len(matches) != 1:
            problems.append(f"{where}: commune {row['commune']!r} matches {len(matches)} legacy units of "
                            f"{row['province']}/{row['district'] or '*'} in data/places, expected 1")
            if any(position):
                problems.append(f"{where}: lat/lon/precision {position} for a commune not found in data/places")
            continue
        centre = matches[0]
        if (row["lat"], row["lon"]) != (centre["lat"], centre["lon"]):
            problems.append(f"{where}: lat/lon ({row['lat']}, {row['lon']}) is not the centre of "
                            f"{centre['place_id']} ({centre['lat']}, {centre['lon']})")
        if row["precision"] != "commune":
            problems.append(f"{where}: precision {row['precision']!r}, expected 'commune'")
        if CENTRE_NOTE not in row["note"]:
            problems.append(f"{where}: note does not say {CENTRE_NOTE!r}")

    keys = [(r["province"], r["name"]) for r in rows]
    if keys != sorted(keys):
        problems.append(f"{path}: rows are not sorted by province, then name")
    for name, count in Counter(r["name"] for r in rows).items():
        if count > 1:
            problems.append(f"{path}: name {name!r} appears {count} times")
    return problems, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=GATES_CSV, help="registry to check (default: %(default)s)")
    args = parser.parse_args()
    problems, rows = check(args.csv)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {args.csv}", file=sys.stderr)
        return 1
    by_country = Counter(r["counterpart_country"] for r in rows)
    placed = sum(1 for r in rows if r["lat"])
    print(f"{args.csv.name}: {len(rows)} rows OK ("
          + ", ".join(f"{country} {n}" for country, n in sorted(by_country.items()))
          + f"; {placed} with commune-centre coordinates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
