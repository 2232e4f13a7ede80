"""Typed, documented defaults. The CLI passes explicit arguments; nothing here is
changed at run time."""

from __future__ import annotations

import os
from pathlib import Path

#: The repository (or installed source tree) root: data/ and seeds/ live here.
ROOT = Path(__file__).resolve().parent.parent

#: Reference data shipped with geo (boundaries, places, gazetteer).
DATA_DIR = Path(os.environ.get("GEO_DATA_DIR", ROOT / "data"))

#: Default folder of articles and default output folder of ``geo build``.
DEFAULT_SEEDS = Path("seeds")
DEFAULT_OUT = Path("out")

#: Articles larger than this are refused (with a per-article warning).
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

#: File name of the articles' metadata table inside the articles folder.
SOURCES_TABLE = "sources.csv"

#: Marker file that says a folder is a geo output folder (``geo build`` refuses others).
OUTPUT_MARKER = ".geo-build"

#: Decimal places of coordinates written to GeoJSON (6 = ~0.1 m; RFC 7946 advises <= 7).
COORDINATE_DECIMALS = 6

#: Nominatim (only with --online).
NOMINATIM_DOMAIN = "nominatim.openstreetmap.org"
NOMINATIM_SCHEME = "https"
NOMINATIM_USER_AGENT = "geo-industrial-map/0.1 (+https://github.com/geo-industrial/geo)"
NOMINATIM_MIN_DELAY_SECONDS = 1.0
NOMINATIM_TIMEOUT_SECONDS = 10.0

#: On-disk cache of online geocoding answers.
#: An empty GEO_CACHE_DIR means the default, never the current folder.
CACHE_DIR = Path(os.environ.get("GEO_CACHE_DIR") or Path.home() / ".cache" / "geo")
