"""Derive data/registries/industrial_parks.csv: Vietnam's industrial parks (khu công nghiệp) with their province.

No licensed national dataset of Vietnamese industrial parks was found (see data/registries/README.md,
"Industrial parks"), so the table is compiled by hand from cited public pages.  The facts taken from
those pages -- each park's name, its pre-2025 province and, where a page names them, its legacy
(pre-July-2025) district and commune -- are carried below in ``ROWS`` with the page(s) in ``SOURCES``.
The 14 ``industrial_park`` rows of data/gazetteer/facilities.csv (Quang Ninh and Lang Son, compiled
earlier from cited pages) are read from that file and added.

For every row the script

- checks that ``province`` is a ``name_ascii`` of data/boundaries/provinces.geojson (the 63 pre-2025
  provinces), that ``district``, when given, is a legacy district of that province in
  data/places/places.csv, and that ``commune``, when given, is exactly one legacy (``vnau:``) commune,
  ward or town of that province and district there; it stops on the first row that fails (a unit
  that a source names but that data/places does not have is left out of ``ROWS`` by hand and the
  row's ``note`` says so);
- writes ``lat``/``lon`` as the centre of that commune (``precision`` "commune") or, without a
  commune, of that district (``precision`` "district"), and leaves them empty when neither is known.
  No row has a site coordinate: none of the pages used gives one;
- builds ``aliases`` from the Vietnamese name ("Khu công nghiệp X", "KCN X"), the short English forms
  ("X IP", "X Industrial Zone"), the bare name when it is not also the name of a legacy district or
  commune of the province, and the hand-given aliases (brand forms such as "VSIP Bac Ninh");
- stops on a second row with the same province and name.

The output (UTF-8, ``\\n`` line ends) is sorted by province, then name; a re-run is byte-identical.

Usage:  python scripts/derive_industrial_parks.py [--out PATH] [--check]
(``--check`` compares with the committed file instead of writing it.)
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from geo.names import fold  # the one ASCII fold of Vietnamese (scripts run in the project's venv)

REPO = Path(__file__).resolve().parents[1]
OUT_CSV = REPO / "data" / "registries" / "industrial_parks.csv"
PROVINCES_GEOJSON = REPO / "data" / "boundaries" / "provinces.geojson"
PLACES_CSV = REPO / "data" / "places" / "places.csv"
FACILITIES_CSV = REPO / "data" / "gazetteer" / "facilities.csv"
COLUMNS = ["name", "aliases", "province", "district", "commune", "lat", "lon", "precision",
           "source_url", "note"]
COMMUNE_LEVELS = {"commune", "ward", "town"}

# ---------------------------------------------------------------------------------------------
# Compiled facts.  R(province, Vietnamese name without "Khu công nghiệp", district, commune,
# source keys, note=..., en=English name when not "<ASCII name> Industrial Park", aliases=(...)).
# district/commune are spelled as name_ascii in data/places/places.csv; empty when no source
# names them (or data/places lacks the unit -- the note then says so).
# ---------------------------------------------------------------------------------------------
# R(province, vi_core, district, commune, source_url, note="", en=None, aliases=())
SOURCES: dict[str, str] = {}  # key -> cited page
SOURCES['bg_dulong'] = 'https://dulongip.vn/cam-nang/cac-khu-cong-nghiep-o-bac-giang.html'
SOURCES['bg_216'] = 'https://duan24h.net/2021/bac-giang-quy-hoach-moi-va-mo-rong-1-1053-ha-dat-kcn.html'
SOURCES['bg_qc'] = 'https://vansuloihouse.com/du-an-khu-cong-nghiep/cong-nghiep-quang-chau-bac-giang'
SOURCES['hy_bql'] = 'http://banqlkcn.hungyen.gov.vn/danh-muc-cac-kcn-da-duoc-quy-hoach-tren-dia-ban-tinh-hung-yen-c2611.html'
SOURCES['hy_topbrands'] = 'https://topbrands.vn/danh-sach-cac-khu-cong-nghiep-o-hung-yen-dang-phat-trien'
SOURCES['hy_viz'] = 'https://vietnamiz.com/thong-tin-huu-ich/danh-sach-khu-cong-nghiep-tinh-hung-yen-sau-sap-nhap-moi-nhat-2765'
SOURCES['hy_ym2'] = 'https://baodauthau.vn/dau-tu-2-682-5-ty-dong-xay-dung-ket-cau-ha-tang-kcn-yen-my-ii-mo-rong-post124266.html'
SOURCES['bn_dautu360'] = 'https://dautu360.vn/quy-hoach-khu-cum-cong-nghiep-tai-bac-ninh-den-nam-2030-1327'
SOURCES['bn_tp'] = 'https://tienphong.vn/bac-ninh-bo-sung-loat-khu-cong-nghiep-vao-ke-hoach-su-dung-dat-post1471649.tpo'
ROWS: list = []


def R(*args, **kwargs) -> None:
    """One compiled row: R(province, vi, district, commune, source keys, note=, en=, aliases=)."""
    ROWS.append((args, kwargs))


# ---- Bac Giang
R('Bac Giang','Song Khê - Nội Hoàng','Bac Giang','', 'bg_dulong', note='district: TP Bắc Giang (the former Yên Dũng district, merged into Bac Giang city in 2025)')
R('Bac Giang','Vân Trung','','', 'bg_dulong', note='dulongip lists it under TP Bắc Giang; Van Trung ward is in Viet Yen in data/places, so no district is given')
R('Bac Giang','Yên Lư','Bac Giang','Yen Lu', 'bg_216 bg_dulong', note='Yên Lư and Nham Sơn communes, Yên Dũng district (Decision letter 216/TTg-CN); Yen Lu is in Bac Giang city in data/places (Yên Dũng merged 2025); 377 ha')
R('Bac Giang','Song Mai - Nghĩa Trung','Bac Giang','', 'bg_dulong', note='planned')
R('Bac Giang','Đồng Phúc','Bac Giang','', 'bg_dulong', note='planned')
R('Bac Giang','Đình Trám','Thi Xa Viet Yen','', 'bg_dulong')
R('Bac Giang','Quang Châu','Thi Xa Viet Yen','Quang Chau', 'bg_qc bg_216 bg_dulong', note='Quang Châu and Vân Trung communes and Nếnh town, Việt Yên (vansuloihouse); commune given is the first named')
R('Bac Giang','Việt Hàn','Thi Xa Viet Yen','Hong Thai', 'bg_216 bg_dulong', note='expansion in Hồng Thái, Tăng Tiến and Nếnh (216/TTg-CN); commune given is the first named')
R('Bac Giang','Hòa Yên','Thi Xa Viet Yen','', 'bg_dulong', note='planned')
R('Bac Giang','Tiên Sơn - Ninh Sơn','Thi Xa Viet Yen','', 'bg_dulong', note='planned')
R('Bac Giang','Hòa Phú','Hiep Hoa','Mai Dinh', 'bg_216 bg_dulong', note='expansion in Mai Đình and Hương Lâm communes (216/TTg-CN); commune given is the first named')
R('Bac Giang','Châu Minh - Bắc Lý - Hương Lâm','Hiep Hoa','', 'bg_dulong', note='phase 1; planned')
R('Bac Giang','Xuân Cẩm - Hương Lâm','Hiep Hoa','', 'bg_dulong', note='phase 1; planned')
R('Bac Giang','Tân Hưng','Lang Giang','Tan Hung', 'bg_216 bg_dulong', note='105.3 ha in Tân Hưng and Xương Lâm communes (216/TTg-CN)')
R('Bac Giang','Mỹ Hưng','Lang Giang','', 'bg_dulong', note='planned')
R('Bac Giang','Nghĩa Thái','Lang Giang','', 'bg_dulong', note='planned')
R('Bac Giang','Phúc Sơn','Tan Yen','', 'bg_dulong', note='planned')
R('Bac Giang','Minh Đức - Thượng Lan - Ngọc Thiện','Tan Yen','', 'bg_dulong', note='planned')
R('Bac Giang','Ngọc Thiện','Tan Yen','', 'bg_dulong', note='planned')
R('Bac Giang','Yên Sơn - Bắc Lũng','Luc Nam','Yen Son', 'bg_216 bg_dulong', note='300 ha in Yên Sơn and Bắc Lũng communes (216/TTg-CN)')

# ---- Hung Yen (official list of 17 planned parks: hy_bql)
R('Hung Yen','Phố Nối A','Van Lam','', 'hy_bql hy_viz', note='Văn Lâm – Mỹ Hào (vietnamiz); district given is the first named; 688.94 ha')
R('Hung Yen','Dệt may Phố Nối','Yen My','', 'hy_bql hy_topbrands', en='Pho Noi Textile and Garment Industrial Park', aliases=('Pho Noi B Industrial Park','Khu công nghiệp Phố Nối B'), note='formerly Phố Nối B; Yên Mỹ district and Mỹ Hào town (topbrands); district given is the first named')
R('Hung Yen','Thăng Long II','My Hao','', 'hy_bql hy_viz', note='Mỹ Hào – Yên Mỹ (vietnamiz); district given is the first named; 525.7 ha')
R('Hung Yen','Minh Đức','My Hao','', 'hy_bql hy_topbrands')
R('Hung Yen','Minh Quang','My Hao','', 'hy_bql hy_viz')
R('Hung Yen','Yên Mỹ','Yen My','', 'hy_bql hy_topbrands', note='formerly Viglacera Yên Mỹ')
R('Hung Yen','Yên Mỹ II','Yen My','Trung Hoa', 'hy_bql hy_topbrands hy_ym2', note='Trung Hưng and Trung Hòa communes (topbrands); expansion also in Yên Mỹ town (baodauthau); Trung Hưng is not a unit in data/places, commune given is Trung Hòa')
R('Hung Yen','Sạch','','', 'hy_bql', en='Sach Industrial Park', aliases=('Khu công nghiệp sạch Hưng Yên','Hung Yen Clean Industrial Park'))
R('Hung Yen','Số 5','','', 'hy_bql', en='Hung Yen Industrial Park No. 5', aliases=('KCN số 5 Hưng Yên',))
R('Hung Yen','Số 3','','', 'hy_bql', en='Hung Yen Industrial Park No. 3', aliases=('KCN số 3 Hưng Yên',))
R('Hung Yen','Kim Động','','', 'hy_bql')
R('Hung Yen','Số 1','','', 'hy_bql', en='Hung Yen Industrial Park No. 1', aliases=('KCN số 1 Hưng Yên',), note='planned')
R('Hung Yen','Số 6','','', 'hy_bql', en='Hung Yen Industrial Park No. 6', aliases=('KCN số 6 Hưng Yên',), note='planned')
R('Hung Yen','Thổ Hoàng','','', 'hy_bql', note='planned')
R('Hung Yen','Tân Á Đại Thành','','', 'hy_bql', note='planned; also called Văn Nhuệ - Hoàng Hoa Thám')
R('Hung Yen','Tân Dân','','', 'hy_bql', note='planned')
R('Hung Yen','Lý Thường Kiệt','','', 'hy_bql', note='planned')
SOURCES['bn_tbtc'] = 'https://thoibaotaichinhvietnam.vn/bac-ninh-co-them-4-khu-cong-nghiep-voi-tong-muc-dau-tu-tren-12000-ty-dong-16349.html'
SOURCES['hn_mytour'] = 'https://mytour.vn/vi/blog/du-lich/cap-nhat-danh-sach-cac-khu-cong-nghiep-tai-ha-noi-moi-nhat-nam-2025-mytour.html'
# ---- Bac Ninh (16 parks approved; bn_dautu360 lists them)
R('Bac Ninh','Tiên Sơn','Tien Du','Hoan Son', 'bn_dautu360 bn_ts', note='402.81 ha; Viglacera; planned in Đông Nguyên, Hoàn Sơn, Nội Duệ and Tương Giang communes, "huyện Tiên Du" (nguyengiap); data/places puts Đông Nguyên and Tương Giang in Từ Sơn, so the commune given is the first one named in Tiên Du')
R('Bac Ninh','Đại Đồng - Hoàn Sơn','Tien Du','Hoan Son', 'bn_dautu360 bn_ddhs', note='phases 1 and 2 (400 ha planned); phase II 95.8 ha in Hoàn Sơn, Phật Tích and Tri Phương communes, Tiên Du (2015); commune given is the first named')
R('Bac Ninh','Yên Phong','','', 'bn_dautu360', note='Viglacera; includes the Yên Phong expansion (Yên Phong mở rộng)', aliases=('Yen Phong I Industrial Park',))
R('Bac Ninh','VSIP Bắc Ninh','','', 'bn_dautu360 bn_tp', en='VSIP Bac Ninh Industrial Park', aliases=('VSIP Bac Ninh','Vietnam Singapore Industrial Park Bac Ninh','KCN VSIP Bắc Ninh','Khu công nghiệp Việt Nam - Singapore Bắc Ninh'), note='485 ha; VSIP Bac Ninh II (82 ha) was added in 2022 (tienphong)')
R('Bac Ninh','Quế Võ','','', 'bn_dautu360', note='610.85 ha; Kinh Bac City', aliases=('Que Vo I Industrial Park','Khu công nghiệp Quế Võ I'))
R('Bac Ninh','Quế Võ II','','', 'bn_dautu360 bn_tp')
R('Bac Ninh','Quế Võ III','Que Vo','Viet Hung', 'bn_tbtc', note='subzone 2 (208 ha, Decision 129/QĐ-UBND) in Việt Hùng, Phù Lương and Quế Tân communes, Quế Võ; commune given is the first named')
R('Bac Ninh','Gia Bình','Gia Binh','Dong Cuu', 'bn_tbtc', note='~307 ha in Đông Cứu, Lãng Ngâm and Đại Bái communes (Decision 127/QĐ-UBND); commune given is the first named')
R('Bac Ninh','Gia Bình II','Gia Binh','Nhan Thang', 'bn_tbtc', note='250 ha in Nhân Thắng, Thái Bảo, Bình Dương and Vạn Ninh (Decision 128/QĐ-UBND); commune given is the first named')
R('Bac Ninh','Thuận Thành I','Thuan Thanh','Ninh Xa', 'bn_tbtc bn_tp', note='~250 ha in Ninh Xá, Trạm Lộ and Nghĩa Đạo (Decision 130/QĐ-UBND); commune given is the first named', aliases=('Thuan Thanh 1 Industrial Park','Khu công nghiệp Thuận Thành 1'))
R('Bac Ninh','Yên Phong II-A','','', 'bn_tp', note='Western Pacific; 30 ha added to the 2022 land plan')
R('Bac Ninh','Thuận Thành III','','', 'bn_tp', note='zone B (130 ha) added to the 2022 land plan', aliases=('Thuan Thanh 3 Industrial Park',))
# ---- Ha Noi
R('Ha Noi','Nội Bài','Soc Son','Quang Tien', 'hn_mytour', note='Quang Tiến and Mai Đình communes, Sóc Sơn; 114 ha; commune given is the first named')
SOURCES['hn_homeid'] = 'http://homeid.com.vn/en/industrial-zone/thang-long-industrial-zone.html'
SOURCES['hn_vietdata'] = 'https://www.vietdata.vn/post/four-new-industrial-parks-in-hanoi-are-about-to-be-planned'
SOURCES['hn_namhn'] = 'http://kova.asia/ha-noi-cong-bo-quy-hoach-khu-cong-nghiep-ho-tro-nam-ha-noi-912392.html'
R('Ha Noi','Thăng Long','Dong Anh','', 'hn_homeid', aliases=('Thang Long Industrial Park','TLIP','Thang Long Industrial Zone'), note='Sumitomo; Đông Anh district')
R('Ha Noi','Sóc Sơn','Soc Son','Minh Tri', 'hn_vietdata', en='Soc Son Clean Industrial Park', aliases=('Khu công nghiệp sạch Sóc Sơn','Soc Son Industrial Park'), note='planned, 302.8 ha in Minh Trí and Tân Dân communes; commune given is the first named')
R('Ha Noi','Đông Anh','Dong Anh','Nguyen Khe', 'hn_vietdata', note='planned, 300 ha in Nguyên Khê, Xuân Nộn, Thụy Lâm, Liên Hà and Đông Anh town; commune given is the first named')
R('Ha Noi','Bắc Thường Tín','Thuong Tin','Lien Phuong', 'hn_vietdata', note='planned, 112 ha in Liên Phương, Vân Bình, Ninh Sở and Văn Phú; commune given is the first named')
R('Ha Noi','Phụng Hiệp','Thuong Tin','To Hieu', 'hn_vietdata', note='planned, 174.8 ha in Tô Hiệu, Thắng Lợi, Nghiêm Xuyên and Dũng Tiến; commune given is the first named')
R('Ha Noi','hỗ trợ Nam Hà Nội','Phu Xuyen','Dai Xuyen', 'hn_namhn', en='Nam Ha Noi Supporting Industrial Park', aliases=('South Hanoi Supporting Industry Park','Khu công nghiệp hỗ trợ Nam Hà Nội','Nam Ha Noi Industrial Park'), note='phase 1 in Đại Xuyên commune, Phú Xuyên')
SOURCES['hn_smoney'] = 'https://smoney.vn/cong-nghiep-ha-noi-hut-von-dau-tu-post672845.html'
SOURCES['hn_kland'] = 'https://kland.vn/post/danh-sach-cac-khu-cong-nghiep-thanh-pho-ha-noi-sau-sap-nhap-moi-nhat-p139.html'
R('Ha Noi','Quang Minh','Me Linh','', 'hn_smoney', aliases=('Quang Minh I Industrial Park','Khu công nghiệp Quang Minh I'), note='Quang Minh I, Mê Linh district (smoney)')
R('Ha Noi','Phú Nghĩa','Chuong My','', 'hn_smoney', note='Phú Nghĩa (and its planned expansion), Chương Mỹ district')
R('Ha Noi','Khu Cháy','Ung Hoa','', 'hn_kland', note='planned (Decision 1569/QĐ-TTg list), 100 ha')
R('Ha Noi','Bắc Phú Xuyên','Phu Xuyen','', 'hn_kland', note='planned, 100 ha')
R('Ha Noi','Thanh Văn - Tân Ước','Thanh Oai','', 'hn_kland', note='planned, 400 ha')
SOURCES['dn_vh'] = 'https://khudothivinhomes.com.vn/thong-tin-du-an/kcn-o-dong-nai/'
SOURCES['dn_cafeland'] = 'https://nhadat.cafeland.vn/tin-nha-dat/top-12-khu-cong-nghiep-lon-nhat-tai-dong-nai-414.html'
SOURCES['dn_bh2022'] = 'https://saigon247.com.vn/amp/nam-2022-tpbien-hoa-mo-rong-4-khu-cong-nghiep-d98020.html'
R('Dong Nai','Biên Hòa 1','Bien Hoa','An Binh', 'dn_vh', aliases=('Bien Hoa I Industrial Park',), note='335 ha, Sonadezi; to be taken out of the IP plan (baomoi, Công văn 6032/UBND)')
R('Dong Nai','Biên Hòa 2','Bien Hoa','Long Binh Tan', 'dn_vh', aliases=('Bien Hoa II Industrial Park',), note='Long Bình Tân and An Bình wards; commune given is the first named; 365 ha, Sonadezi')
R('Dong Nai','Amata','Bien Hoa','Long Binh', 'dn_vh', en='Amata Industrial Park', aliases=('Amata','Amata Bien Hoa','Amata City Bien Hoa','Amata Industrial Park Bien Hoa','Amata Dong Nai'), note='494 ha')
R('Dong Nai','Loteco','Bien Hoa','Long Binh', 'dn_vh', en='Loteco Industrial Park', aliases=('Loteco Export Processing Zone','Long Bình Techno Park'), note='100 ha incl. 13 ha EPZ')
R('Dong Nai','Agtex Long Bình','Bien Hoa','Long Binh', 'dn_vh', note='43 ha')
R('Dong Nai','Ông Kèo','Nhon Trach','Phuoc Khanh', 'dn_cafeland', note='824 ha, Tín Nghĩa')
R('Dong Nai','Nhơn Trạch III','Nhon Trach','Hiep Phuoc', 'dn_cafeland', aliases=('Nhon Trach 3 Industrial Park','Khu công nghiệp Nhơn Trạch 3'), note='Hiệp Phước town; 697.5 ha')
SOURCES['la_top10'] = 'https://top10tphcm.com/danh-sach-cac-khu-cong-nghiep-o-long-an-hien-nay'
SOURCES['la_locgiang'] = 'https://vietnambiz.vn/khu-vuc-quy-hoach-khu-cong-nghiep-gan-470-ha-tai-duc-hoa-long-an-2024717124712521.htm'
SOURCES['la_vietphat'] = 'https://nhaquanly.vn/c/bat-dong-san?page=77'
SOURCES['bd_ld'] = 'https://news.laodong.vn/tags/huyen-bac-tan-uyen-244767.ldo'
SOURCES['bd_caytruong'] = 'https://moitruong.net.vn/khu-cong-nghiep-tai-binh-duong-ptag.html'
SOURCES['bd_baubang'] = 'https://7msportnews.org/ket-qua-nghien-cuu-vaccine-dich-ta-lon-chau-phi-den-nay-ra-sao-20200925223438843-d910609.html'
# ---- Long An
R('Long An','Bắc Tân Lập','Can Giuoc','', 'la_top10', note='between Tân Lập and Phước Vĩnh Đông communes, Cần Giuộc (listing site); neither is a unit of Can Giuoc in data/places, so no commune')
R('Long An','Vĩnh Lộc 2','Ben Luc','Long Hiep', 'la_top10', note='226 ha (listing site)', aliases=('Vinh Loc II Industrial Park',))
R('Long An','Long Hậu','Can Giuoc','Long Hau', 'la_top10', note='hamlet 3, Long Hậu commune; 324 ha (listing site)')
R('Long An','Tân Kim','Can Giuoc','', 'la_top10', note='Tân Kim commune, Cần Giuộc (listing site); Tân Kim is not a unit in data/places')
R('Long An','Phú An Thạnh','Ben Luc','', 'la_top10', note='near ĐT830, An Thạnh, Bến Lức (listing site)', aliases=('Phu An Thanh IP',))
R('Long An','Lộc Giang','Duc Hoa','Tan My', 'la_locgiang', note='~470 ha in Tân Mỹ, An Ninh Đông and Lộc Giang communes; commune given is the first named')
R('Long An','Việt Phát','Thu Thua','', 'la_vietphat', note='~1,800 ha, ground broken in Thủ Thừa')
# ---- Binh Duong
R('Binh Duong','Bắc Tân Uyên 1','Bac Tan Uyen','', 'bd_ld', note='785 ha, general plan approved by the provincial People\'s Council', aliases=('Bac Tan Uyen I Industrial Park',))
R('Binh Duong','Cây Trường','Bau Bang','Lai Uyen', 'bd_caytruong bd_baubang bd_soha bd_btv', note='~700 ha in Lai Uyên town and Cây Trường 2 commune, Bàu Bàng (soha); commune given is the first named; Becamex; ground broken 17 May (2025)')
R('Binh Duong','Bàu Bàng','Bau Bang','', 'bd_baubang bd_soha bd_btv', note='Becamex, Bàu Bàng district; the 1,000 ha expansion lies in Lai Uyên town and Cây Trường 2 commune (Bàu Bàng) and Long Tân (Dầu Tiếng) (soha); expansion phase 2 (380 ha) begun 2025', aliases=('Bau Bang Expanded Industrial Park',))
SOURCES['brvt_duan24h'] = 'https://duan24h.net/2024/danh-sach-khu-cum-cong-nghiep-tai-ba-ria-vung-tau.html'
SOURCES['brvt_xhome'] = 'https://noithatxhome.vn/ba-ria-vung-tau-quy-hoach-15-kcn-voi-hon-8-500-ha-vao-nam-2020-620340.html'
SOURCES['brvt_tdg'] = 'https://tdgland.com/cac-khu-cong-nghiep-trong-diem-tai-ba-ria-vung-tau'
# ---- Ba Ria - Vung Tau (brvt_duan24h reproduces the IP table of the 2023 provincial plan decision)
R('Ba Ria - Vung Tau','Đông Xuyên','Vung Tau','', 'brvt_duan24h brvt_xhome')
R('Ba Ria - Vung Tau','Phú Mỹ I','Phu My','', 'brvt_duan24h brvt_xhome', aliases=('Phu My 1 Industrial Park','Khu công nghiệp Phú Mỹ 1'))
R('Ba Ria - Vung Tau','Phú Mỹ II','Phu My','', 'brvt_duan24h brvt_xhome', aliases=('Phu My 2 Industrial Park','Khu công nghiệp Phú Mỹ 2'), note='with its expansion')
R('Ba Ria - Vung Tau','Phú Mỹ III','Phu My','', 'brvt_duan24h brvt_tdg', aliases=('Phu My 3 Industrial Park','Phu My 3 Specialized Industrial Park','Khu công nghiệp chuyên sâu Phú Mỹ 3'), note='Phước Hòa ward, Phú Mỹ town (tdgland), not a unit in data/places; 802.5 ha in the plan')
R('Ba Ria - Vung Tau','Mỹ Xuân A','Phu My','', 'brvt_duan24h brvt_xhome')
R('Ba Ria - Vung Tau','Mỹ Xuân A2','Phu My','', 'brvt_duan24h brvt_xhome')
R('Ba Ria - Vung Tau','Mỹ Xuân B1 - Conac','Phu My','', 'brvt_duan24h brvt_xhome', aliases=('My Xuan B1 Conac Industrial Park',))
R('Ba Ria - Vung Tau','Mỹ Xuân B1 - Tiến Hùng','Phu My','', 'brvt_duan24h brvt_xhome', aliases=('My Xuan B1 Tien Hung Industrial Park',))
R('Ba Ria - Vung Tau','Mỹ Xuân B1 - Đại Dương','Phu My','', 'brvt_duan24h brvt_xhome', aliases=('My Xuan B1 Dai Duong Industrial Park',))
R('Ba Ria - Vung Tau','Cái Mép','','', 'brvt_xhome', note='670 ha in the 2020 plan')
R('Ba Ria - Vung Tau','Dầu khí Long Sơn','','', 'brvt_xhome', en='Long Son Petroleum Industrial Park', aliases=('Khu công nghiệp Dầu khí Long Sơn',), note='850 ha in the 2020 plan')
R('Ba Ria - Vung Tau','Châu Đức','','', 'brvt_xhome', note='1,550 ha in the 2020 plan')
R('Ba Ria - Vung Tau','Đất Đỏ 1','','', 'brvt_xhome', aliases=('Dat Do I Industrial Park','Khu công nghiệp Đất Đỏ I'), note='496 ha in the 2020 plan')
R('Ba Ria - Vung Tau','Long Hương','','', 'brvt_xhome', note='400 ha in the 2020 plan')
R('Ba Ria - Vung Tau','Đá Bạc','','', 'brvt_xhome', note='phase 1 (300 ha) added to the plan to 2020')
SOURCES['dn_vnbiz'] = 'https://vietnambiz.vn/quy-hoach-khu-cong-nghiep-dong-nai/trang-1.html'
SOURCES['dn_songmay'] = 'https://dx.newsallq.com/?p=32243'
SOURCES['dn_kimoanh'] = 'https://diaockimoanh.com.vn/tin-tuc/tin-thi-truong/dong-nai-thanh-lap-5-kcn-moi-theo-quy-hoach'
SOURCES['hcm_pvh'] = 'https://westgate.angiainvestment.vn/tag/du-an-westgate/page/2'
R('Dong Nai','Phước An','','', 'dn_vnbiz', note='330 ha, added to the plan (2024)')
R('Dong Nai','Phước Bình 2','','', 'dn_vnbiz', note='299 ha, added to the plan (2024)', aliases=('Phuoc Binh II Industrial Park',))
R('Dong Nai','Sông Mây','','', 'dn_songmay')
R('Dong Nai','Phước Bình','Long Thanh','', 'dn_kimoanh dn_sggp20', note='190 ha, new in the plan; Long Thành district (SGGP, 2020)')
R('Dong Nai','Gia Kiệm','Thong Nhat','', 'dn_kimoanh dn_sggp20', note='330 ha, new in the plan; Thống Nhất district (SGGP, 2020)')
R('Dong Nai','Cẩm Mỹ','Cam My','', 'dn_kimoanh dn_sggp20', note='300 ha, new in the plan; Cẩm Mỹ district (SGGP, 2020)')
R('Dong Nai','Suối Tre','','', 'dn_kimoanh', note='150 ha, new in the plan')
R('Dong Nai','An Phước','','', 'dn_kimoanh', note='expansion 130 -> 201 ha')
R('Dong Nai','Long Đức','','', 'dn_kimoanh', note='expansion 283 -> 580 ha')
R('Dong Nai','Định Quán','','', 'dn_kimoanh', note='expansion 54 -> 161 ha')
R('Dong Nai','Xuân Lộc','','', 'dn_kimoanh', note='expansion 109 -> 303 ha')
R('Dong Nai','Tân Phú','','', 'dn_kimoanh', note='expansion 54 -> 130 ha')
R('Dong Nai','Giang Điền','Trang Bom','', 'dn_bh2022', note='Trảng Bom district; its phase-2 expansion lies in Biên Hòa')
R('Dong Nai','Hố Nai','Trang Bom','', 'dn_bh2022', note='Trảng Bom district; its phase-2 expansion lies in Biên Hòa')
R('Dong Nai','Tam Phước','Bien Hoa','', 'dn_bh2022', note='one of four parks Biên Hòa city expands in 2022; of the four only Giang Điền and Hố Nai are said to lie in Trảng Bom, so Biên Hòa is given')
R('Ho Chi Minh','Phạm Văn Hai','Binh Chanh','', 'hcm_pvh hcm_sggp1 hcm_vnvn', aliases=('Pham Van Hai I Industrial Park','Pham Van Hai II Industrial Park','Pham Van Hai III Industrial Park'), note='proposed, ~668 ha, Bình Chánh, to replace Phước Hiệp, Bàu Đưng and Xuân Thới Thượng, which left the plan; Hepza plans it as Phạm Văn Hai I and II (2025-2027) and III (2027-2030)')
SOURCES['tn_qh'] = 'https://quyhoachvietnam.com/danh-sach-cac-khu-cong-nghiep-o-thai-nguyen/'
SOURCES['tn_sc2'] = 'https://tapchixaydung.vn/khu-cong-nghiep-song-cong-ii.tag'
SOURCES['tn_tv'] = 'https://thainguyentv.vn/thai-nguyen-quy-hoach-12-khu-cong-nghiep-voi-tong-dien-tich-4245ha-103369.html'
SOURCES['hnam_iz'] = 'http://izhanam.gov.vn/gioi-thieu-chung-3-11253'
SOURCES['hnam_cl'] = 'https://chatluongvacuocsong.vn/tinh-nho-thu-2-viet-nam-se-len-tp-truc-thuoc-trung-uong-se-co-them-10-khu-cong-nghiep-hon-2000ha-d124630.html'
SOURCES['hnam_bql'] = 'https://bqlckcn.hanam.gov.vn/Pages/de-an-dieu-chinh-bo-sung-quy-hoach-phat-trien-cac-kcn-tren-dia-ban-tinh-ha-nam-da-duoc-bo-ke-hoach-va-dau-tu-tham-dinh.aspx'
# ---- Thai Nguyen
R('Thai Nguyen','Gang Thép','','', 'tn_qh', en='Gang Thep Industrial Park', aliases=('Thai Nguyen Iron and Steel Industrial Park',), note='160 ha, the first park in the province')
R('Thai Nguyen','Sông Công','Song Cong','', 'tn_qh', aliases=('Song Cong I Industrial Park','Khu công nghiệp Sông Công I'), note='the listing names Sông Công (320 ha) and Sông Công I (220 ha) separately; treated as one park here; district as for Sông Công II')
R('Thai Nguyen','Sông Công II','Song Cong','Ba Xuyen', 'tn_qh tn_sc2', note='Sông Công city (quyhoachvietnam); phase 2 (363.7 ha) in Tân Quang and Bá Xuyên communes (tapchixaydung); Tân Quang is not a unit in data/places, commune given is Bá Xuyên', aliases=('Song Cong 2 Industrial Park',))
R('Thai Nguyen','Yên Bình','Pho Yen','', 'tn_qh tn_tv tn_vnp', aliases=('Yen Binh I Industrial Park','Khu công nghiệp Yên Bình I','Yen Binh 1 Industrial Park'), note='Samsung SEVT/SEMV; Phổ Yên town (VNA, 2022); Yên Bình 2 and 3 are planned (thainguyentv)')
R('Thai Nguyen','Nam Phổ Yên','','', 'tn_qh', note='200 ha')
R('Thai Nguyen','Tây Phổ Yên','Pho Yen','', 'tn_qh tn_tv', note='200 ha; an industry-urban-service complex is planned (thainguyentv)')
R('Thai Nguyen','Điềm Thụy','Phu Binh','', 'tn_qh', note='zones A (180 ha) and B (170 ha), Phú Bình district', aliases=('Diem Thuy A Industrial Park','Diem Thuy B Industrial Park'))
R('Thai Nguyen','Quyết Thắng','Thai Nguyen','', 'tn_qh', note='200 ha, Thái Nguyên city')
R('Thai Nguyen','Phú Bình','Phu Binh','Tan Hoa', 'tn_qh tn_tv', note='900-1,000 ha in Tân Hòa and Tân Thành communes and Hương Sơn town; commune given is the first named')
R('Thai Nguyen','Thượng Đình','','', 'tn_tv', note='planned')
# ---- Ha Nam
R('Ha Nam','Đồng Văn I','','', 'hnam_iz', aliases=('Dong Van 1 Industrial Park',))
R('Ha Nam','Đồng Văn II','','', 'hnam_iz', aliases=('Dong Van 2 Industrial Park',))
R('Ha Nam','Đồng Văn III','','', 'hnam_iz', aliases=('Dong Van 3 Industrial Park','Dong Van III Supporting Industrial Park'))
R('Ha Nam','Châu Sơn','','', 'hnam_iz')
R('Ha Nam','Hòa Mạc','','', 'hnam_iz')
R('Ha Nam','Liêm Cần - Thanh Bình','','', 'hnam_iz')
R('Ha Nam','Liêm Phong','','', 'hnam_iz')
R('Ha Nam','Đồng Văn V','Duy Tien','', 'hnam_cl hnam_bql', note='planned, 250 ha', aliases=('Dong Van 5 Industrial Park',))
R('Ha Nam','Đồng Văn VI','','', 'hnam_bql', note='planned, 250 ha', aliases=('Dong Van 6 Industrial Park',))
R('Ha Nam','Kim Bảng I','Kim Bang','', 'hnam_cl hnam_bql', note='planned', aliases=('Kim Bang 1 Industrial Park',))
R('Ha Nam','Kim Bảng II','Kim Bang','', 'hnam_cl hnam_bql', note='planned', aliases=('Kim Bang 2 Industrial Park',))
R('Ha Nam','Kim Bảng III','Kim Bang','', 'hnam_cl', note='planned', aliases=('Kim Bang 3 Industrial Park',))
R('Ha Nam','Kim Bảng IV','Kim Bang','', 'hnam_cl hnam_bql', note='planned', aliases=('Kim Bang 4 Industrial Park',))
R('Ha Nam','Châu Giang I','Duy Tien','', 'hnam_cl hnam_bql', note='planned', aliases=('Chau Giang 1 Industrial Park',))
R('Ha Nam','Châu Giang II','Duy Tien','', 'hnam_cl', note='planned', aliases=('Chau Giang 2 Industrial Park',))
R('Ha Nam','Bình Lục','Binh Luc','', 'hnam_cl hnam_bql', note='planned')
R('Ha Nam','Thái Hà II','Ly Nhan','', 'hnam_cl', note='planned', aliases=('Thai Ha 2 Industrial Park',))
R('Ha Nam','Thanh Bình I','Binh Luc','', 'hnam_cl', note='proposed after 2030', aliases=('Thanh Binh 1 Industrial Park',))
R('Ha Nam','Thanh Bình II','Binh Luc','', 'hnam_cl', note='proposed after 2030', aliases=('Thanh Binh 2 Industrial Park',))
R('Ha Nam','Thái Hà III','Ly Nhan','', 'hnam_cl', note='proposed after 2030', aliases=('Thai Ha 3 Industrial Park',))
R('Ha Nam','Đạo Lý','Ly Nhan','', 'hnam_cl', note='proposed after 2030')
SOURCES['vp_tlvp'] = 'http://investvinhphuc.vn/support/khu-cong-nghiep-thang-long-vinh-phuc-2'
SOURCES['vp_bt2'] = 'https://xemtailieu.com/tai-lieu/quan-ly-xay-dung-he-thong-ha-tang-ky-thuat-theo-quy-hoach-khu-cong-nghiep-ba-thien-ii-huyen-binh-xuyen-tinh-vinh-phuc-luan-van-thac-si-2019632.html'
R('Vinh Phuc','Thăng Long Vĩnh Phúc','Binh Xuyen','Thien Ke', 'vp_tlvp', aliases=('Thang Long Industrial Park III','Thang Long III Industrial Park','TLIP III','Khu công nghiệp Thăng Long III'), note='213 ha in Thiện Kế and Tam Hợp communes, Bình Xuyên (Sumitomo); commune given is the first named')
R('Vinh Phuc','Bá Thiện II','Binh Xuyen','', 'vp_bt2', aliases=('Ba Thien 2 Industrial Park',))
SOURCES['hp_heza'] = 'https://heza.gov.vn/gioi-thieu/'
SOURCES['hp_piv'] = 'https://news.piv.asia/overview-of-industrial-parks-in-northern-vietnam'
SOURCES['hp_ng'] = 'https://nguyengiap.vn/danh-sach-cac-khu-cong-nghiep-hai-phong-sau-sap-nhap.html'
SOURCES['hp_ez'] = 'https://haiphongnews.gov.vn/vn/dau-tu/khu-kinh-te-dinh-vu-cat-hai-ct73.html'
# ---- Hai Phong (heza.gov.vn: the Hai Phong Economic Zone Authority manages the Dinh Vu - Cat Hai EZ and 19 parks)
R('Hai Phong','Nomura - Hải Phòng','Hong Bang','An Hung', 'hp_heza hp_piv', en='Nomura Hai Phong Industrial Park', aliases=('Nomura Industrial Park','Japan-Hai Phong Industrial Park','Khu công nghiệp Nomura','KCN Nomura'), note='153 ha in An Hưng and An Dương communes (piv.asia); commune given is the first named, which data/places puts in Hong Bang (moved from An Duong in 2025); Nomura 2 (197 ha) was established in 2025')
R('Hai Phong','Đồ Sơn Hải Phòng','','', 'hp_heza', en='Do Son Industrial Park', aliases=('Do Son Hai Phong Industrial Park','Khu công nghiệp Đồ Sơn'))
R('Hai Phong','Đình Vũ','Hai An','', 'hp_heza hp_ez', en='Dinh Vu Industrial Park', aliases=('Dinh Vu Industrial Zone','Dinh Vu IZ','Đình Vũ','Dinh Vu'), note='on the Đình Vũ peninsula, Hải An district, inside the Đình Vũ - Cát Hải EZ (haiphongnews); district from the EZ description')
R('Hai Phong','Nam Đình Vũ','Hai An','', 'hp_heza hp_ez', en='Nam Dinh Vu Industrial Park', aliases=('South Dinh Vu Industrial Park','Nam Dinh Vu IZ'), note='zones 1 and 2; the Nam Đình Vũ non-tariff area is on the Đình Vũ peninsula, Hải An (haiphongnews)')
R('Hai Phong','MP Đình Vũ','Hai An','', 'hp_heza hp_ez', en='MP Dinh Vu Industrial Park', note='on the Đình Vũ peninsula (haiphongnews); district from the EZ description')
R('Hai Phong','Deep C','','', 'hp_ng', en='Deep C Industrial Zones', aliases=('DEEP C','Deep C Hai Phong','Deep C I','Deep C II','Deep C III','Khu công nghiệp Deep C'), note='>1,700 ha on the Đình Vũ - Cát Hải peninsula/islands; several subzones (Deep C I, II, III) in more than one district, so none is given')
R('Hai Phong','An Dương','','', 'hp_heza')
R('Hai Phong','VSIP Hải Phòng','Thuy Nguyen','', 'hp_heza hp_vsip', note='the VSIP project land is in Thủy Nguyên district (Lao Động headline on land recovery)', en='VSIP Hai Phong Industrial Park', aliases=('VSIP Hai Phong','Vietnam Singapore Industrial Park Hai Phong','KCN VSIP Hải Phòng'))
R('Hai Phong','Công nghiệp và dịch vụ hàng hải','','', 'hp_heza', en='Maritime Industry and Services Industrial Park', aliases=('Khu công nghiệp Công nghiệp và dịch vụ hàng hải',))
R('Hai Phong','Tràng Duệ','An Duong','Le Loi', 'hp_heza hp_ez hp_td', note='~400 ha, added to the Đình Vũ - Cát Hải EZ; Lê Lợi, An Dương (tophaiphongaz listing); Tràng Duệ 3 (652.7 ha) was established in 2025')
R('Hai Phong','Nam Cầu Kiền','','', 'hp_heza')
SOURCES['hd_vp'] = 'https://vuongphat.com.vn/danh-sach-khu-cum-cong-nghiep-tai-hai-duong-dang-hoat-dong-va-thanh-lap-moi-28182'
SOURCES['hd_128'] = 'https://nguoivietukraina.com/10-kcn-cua-tinh-hai-duong-duoc-bo-sung-vao-quy-hoach-phat-trien-cac-kcn_7821.nvu'
SOURCES['hd_bhd'] = 'https://baohaiduong.vn/chuyen-trang/media/tags/roi-nuoc'
SOURCES['tb_winco'] = 'https://wincovn.vn/loai-du-an/du-an/'
SOURCES['tb_ndc'] = 'https://laodong.vn/cong-doan/kcn-nguyen-duc-canh-thai-binh-doi-song-cong-nhan-ngay-cang-khoi-sac-575754.ldo'
# ---- Hai Duong
R('Hai Duong','Đại An','Hai Duong','', 'hd_vp hd_bhd', note='established 2003; Hải Dương city (vuongphat)')
R('Hai Duong','Phúc Điền','','', 'hd_128 hd_bhd')
R('Hai Duong','Nam Sách','','', 'hd_bhd')
R('Hai Duong','Tân Trường','','', 'hd_128')
R('Hai Duong','Việt Hòa - Kenmark','','', 'hd_128', aliases=('Viet Hoa Kenmark Industrial Park',))
R('Hai Duong','Quốc Tuấn - An Bình','','', 'hd_128', note='added to the plan (Công văn 128/TTg-KTN)')
R('Hai Duong','Kim Thành','','', 'hd_128', note='added to the plan (Công văn 128/TTg-KTN)')
R('Hai Duong','Long Điền - Ngọc Liên','','', 'hd_128', note='added to the plan (Công văn 128/TTg-KTN)')
R('Hai Duong','Bình Giang','','', 'hd_128', note='added to the plan (Công văn 128/TTg-KTN)')
R('Hai Duong','Thanh Hà','','', 'hd_128', note='added to the plan (Công văn 128/TTg-KTN)')
R('Hai Duong','Hoàng Diệu','','', 'hd_128', note='added to the plan (Công văn 128/TTg-KTN)')
R('Hai Duong','Hưng Đạo','','', 'hd_128', note='added to the plan (Công văn 128/TTg-KTN)')
# ---- Thai Binh
R('Thai Binh','Liên Hà Thái','Thai Thuy','Thuy Lien', 'tb_winco tb_lht', note='industry-urban-service park in the Thái Bình Economic Zone; GREEN iP-1 (588.8 ha) in Thụy Liên commune and Diêm Điền town, Thái Thụy (VNA); commune given is the first named', aliases=('Lien Ha Thai Industrial Urban and Service Park','Khu công nghiệp - Đô thị - Dịch vụ Liên Hà Thái'))
R('Thai Binh','Nguyễn Đức Cảnh','','', 'tb_ndc')
SOURCES['nd_rd'] = 'http://www.tinkinhte.com/_t16/khu-cong-nghiep-det-may/'
SOURCES['nd_mc'] = 'http://baokiemtoan.vn/xay-dung-2-khu-cong-nghiep-ptag.html'
SOURCES['nd_mt'] = 'https://xuctienvathuhutdautu.namdinh.gov.vn/kcn-detail.aspx?id=5'
SOURCES['nd_lx'] = 'https://cafeland.vn/quy-hoach/he-lo-vi-tri-khu-cong-nghiep-hon-200-ha-vua-duoc-duyet-quy-hoach-tai-ninh-binh-moi-140318.html'
SOURCES['pt_ph'] = 'https://xosogialai.org/khoi-cong-khu-cong-nghiep-gan-1800-ty-dong-713829.htm'
SOURCES['pt_cafeland'] = 'https://cafeland.vn/tin-tuc/phu-tho-quy-hoach-them-gan-600-ha-khu-cong-nghiep-don-song-dau-tu-moi-141041.html'
SOURCES['pt_cd'] = 'http://duthi.congdoan.vn/tin-tuc/thoi-su-487/diem-mat-cac-khu-cong-nghiep-lon-cua-phu-tho-sau-sap-nhap-967709.tld'
# ---- Nam Dinh
R('Nam Dinh','Dệt may Rạng Đông','Nghia Hung','Rang Dong', 'nd_rd', en='Rang Dong Textile Industrial Park', aliases=('Rang Dong Industrial Park','Khu công nghiệp Rạng Đông'), note='ground broken at Rạng Đông town, Nghĩa Hưng district')
R('Nam Dinh','Minh Châu','','', 'nd_mc', note='phase 1 approved (Decision 881/QĐ-UBND)')
R('Nam Dinh','Xuân Kiên','','', 'nd_mc', note='phase 1 approved (Decision 882/QĐ-UBND)')
R('Nam Dinh','Mỹ Thuận','Nam Dinh','My Thuan', 'nd_mt', note='113.72 ha in Mỹ Thuận and Mỹ Thịnh communes (Mỹ Lộc district, merged into Nam Định city in 2025, as data/places has it) and Hiển Khánh (Vụ Bản); commune given is the first named')
R('Nam Dinh','Lạc Xuân','Giao Thuy','Giao Lac', 'nd_lx', note='208 ha in Giao Lạc and Giao Xuân communes, Giao Thủy; commune given is the first named')
# ---- Phu Tho
R('Phu Tho','Phú Hà','Phu Tho','Ha Thach', 'pt_ph pt_cd', note='phase 1 (350 ha, Viglacera) in Hà Thạch, Hà Lộc and Phú Hộ communes, Phú Thọ town; commune given is the first named')
R('Phu Tho','Phù Ninh','','', 'pt_cafeland', note='409 ha, zoning plan approved 2025')
R('Phu Tho','Trung Hà','','', 'pt_cafeland pt_cd', note='161 ha')
R('Phu Tho','Thụy Vân','','', 'pt_cafeland pt_cd', note='the oldest park in the province')
R('Phu Tho','Cẩm Khê','','', 'pt_cafeland pt_cd')
R('Phu Tho','Tam Nông','','', 'pt_cafeland')
R('Phu Tho','Hạ Hòa','','', 'pt_cafeland')
R('Phu Tho','Thanh Ba','','', 'pt_cafeland', note='planned')
R('Phu Tho','Bắc Sơn','','', 'pt_cafeland', note='planned')
R('Phu Tho','Đồng Lương','','', 'pt_cafeland', note='planned')
R('Phu Tho','Đoan Hùng','','', 'pt_cafeland', note='planned')
R('Phu Tho','Võ Miếu','','', 'pt_cafeland', note='planned')
SOURCES['th_lm'] = 'http://www.baomoi.com/Bom-tan-giua-khu-cong-nghiep/c/10627365.epi'
SOURCES['th_tl'] = 'https://nangluongsachvietnam.vn/vi-VN/tags/g/khu-cong-nghiep-Tuong-Linh-151453'
SOURCES['th_lb'] = 'https://vneconomy.vn/tag/khu-cong-nghiep-luu-binh'
SOURCES['th_lb2'] = 'https://en.vneconomy.vn/a-470-ha-industrial-park-to-be-developed-in-thanh-hoa-province.htm'
SOURCES['na_bna'] = 'https://baonghean.vn/en/cac-khu-cong-nghiep-o-nghe-an-nop-ngan-sach-hon-1-000-ty-dong-10231241.html'
SOURCES['na_hm'] = 'https://nso.com.vn/en/n/detail/hoang-mai-industrial-park-168'
SOURCES['ht_vsip'] = 'https://hatinh.gov.vn/dau-tu'
SOURCES['ht_vin'] = 'https://hatinh24h.com.vn/ha-tinh-khoi-cong-ba-du-an-lon-dip-quoc-khanh-29-a190774.html'
SOURCES['ht_bhl'] = 'https://vietnamnews.vn/economy/1725220/ha-tinh-province-announces-plans-for-bac-hong-linh-industrial-park.html'
# ---- Thanh Hoa
R('Thanh Hoa','Lễ Môn','Thanh Hoa','', 'th_lm', note='Thanh Hóa city')
R('Thanh Hoa','Tượng Lĩnh','Nong Cong','', 'th_tl', note='planned, 330 ha')
R('Thanh Hoa','Lưu Bình','Quang Xuong','', 'th_lb th_lb2', note='planned hi-tech park, ~470 ha in three phases, Quảng Xương district')
# ---- Nghe An (6 operating parks in 2020s per baonghean)
R('Nghe An','VSIP Nghệ An','Hung Nguyen','Hung Tay', 'na_bna na_vsip', en='VSIP Nghe An Industrial Park', aliases=('VSIP Nghe An','Vietnam Singapore Industrial Park Nghe An','KCN VSIP Nghệ An'), note='367.6 ha, in the Southeast Economic Zone; its land was cleared in Hưng Tây commune, Hưng Nguyên (VSIP news, quoting the commune\'s party secretary)')
R('Nghe An','WHA','Nghi Loc','Nghi Long', 'na_bna na_wha', en='WHA Industrial Zone 1 - Nghe An', aliases=('WHA Nghe An Industrial Park','WHA Industrial Park','WHA Nghe An','Khu công nghiệp WHA'), note='phase 1 498 ha (3,200 ha planned), in the Southeast Economic Zone; Nghi Long commune, Nghi Lộc (nso.com.vn)')
R('Nghe An','Hoàng Mai I','Hoang Mai','', 'na_bna na_hm', aliases=('Hoang Mai 1 Industrial Park','Hoang Mai Industrial Park','Khu công nghiệp Hoàng Mai'), note='Hoàng Mai town (nso.com.vn); 264.77-289.67 ha')
R('Nghe An','Đông Hồi','','', 'na_bna', note='457.07 ha')
R('Nghe An','Nam Cấm','','', 'na_bna', note='327.83 ha')
R('Nghe An','Bắc Vinh','','', 'na_bna', note='60.16 ha')
# ---- Ha Tinh
R('Ha Tinh','Bắc Thạch Hà','','', 'ht_vsip', aliases=('VSIP Ha Tinh Industrial Park','VSIP Ha Tinh','KCN VSIP Hà Tĩnh'), note='developed by VSIP; phase 1 >190 ha')
R('Ha Tinh','Vinhomes Vũng Áng','','', 'ht_vin', en='Vinhomes Vung Ang Industrial Park', aliases=('Khu công nghiệp Vinhomes Vũng Áng',), note='~965 ha in the Vũng Áng Economic Zone (Decision 639/QĐ-TTg, 2024); no district: the EZ spans Kỳ Anh town and Kỳ Anh district, both named Ky Anh in data/places')
R('Ha Tinh','Bắc Hồng Lĩnh','','', 'ht_bhl', note='planned, ~270 ha')
SOURCES['dng_cafeland'] = 'https://nhadat.cafeland.vn/tin-nha-dat/tam-khu-cong-nghiep-cum-cong-nghiep-tai-da-nang-420.html'
SOURCES['dng_odt'] = 'https://odt.vn/tin-tuc/cac-khu-cong-nghiep-o-da-nang.html'
SOURCES['qnam_ta'] = 'https://vjs.vietnam.vn/de/cong-bo-quy-hoach-chi-tiet-du-an-dau-tu-xay-dung-va-kinh-doanh-ket-cau-ha-tang-khu-cong-nghiep-tam-anh'
SOURCES['bdi_vns'] = 'https://www.einpresswire.com/article/695844396/b-nh-nh-province-to-build-840-hectare-industrial-park'
SOURCES['qng_vsip'] = 'https://phuongnam.vanhoavaphattrien.vn/c/phat-trien'
# ---- Da Nang (6 parks + the hi-tech park: odt.vn)
R('Da Nang','Đà Nẵng','Son Tra','An Hai Bac', 'dng_cafeland dng_odt', en='Da Nang Industrial Park', aliases=('Khu công nghiệp Đà Nẵng','KCN Đà Nẵng','Da Nang IP','An Don Industrial Park'), note='50 ha, 1993, Massda; An Hải Bắc ward, Sơn Trà')
R('Da Nang','Dịch vụ thủy sản Đà Nẵng','Son Tra','', 'dng_cafeland dng_odt', en='Da Nang Seafood Service Industrial Park', aliases=('Tho Quang Industrial Park','Khu công nghiệp Thọ Quang'), note='~50 ha, Thọ Quang ward, Sơn Trà; Thọ Quang is not a unit in data/places')
R('Da Nang','Hòa Cầm','','', 'dng_odt')
R('Da Nang','Hòa Khánh','','', 'dng_odt', note='with the Hòa Khánh expansion (Hòa Khánh mở rộng)', aliases=('Hoa Khanh Expanded Industrial Park',))
R('Da Nang','Liên Chiểu','','', 'dng_odt')
# ---- Quang Nam
R('Quang Nam','Tam Anh - An An Hòa','Nui Thanh','Tam Anh Nam', 'qnam_ta', en='Tam Anh - An An Hoa Industrial Park', aliases=('Khu công nghiệp Tam Anh - An An Hòa','Tam Anh An An Hoa Industrial Park'), note='435.8 ha in Tam Anh Nam and Tam Anh Bắc communes, Núi Thành (commune given is the first named); next to Tam Anh 1, Nam Tam Anh agro-forestry and Tam Anh - Korea parks')
R('Quang Nam','Tam Anh - Hàn Quốc','Nui Thanh','', 'qnam_ta', en='Tam Anh - Korea Industrial Park', aliases=('Khu công nghiệp Tam Anh - Hàn Quốc','Tam Anh Korea Industrial Park'), note='adjoins Tam Anh - An An Hòa (Núi Thành) to the north-west')
# ---- Binh Dinh (10 parks per VNS 2024)
R('Binh Dinh','Phù Mỹ','Phu My','My An', 'bdi_vns', note='>840 ha in Mỹ An and Mỹ Thọ communes, Phù Mỹ (approved 2024); commune given is the first named')
R('Binh Dinh','Phú Tài','','', 'bdi_vns')
R('Binh Dinh','Long Mỹ','','', 'bdi_vns')
R('Binh Dinh','Nhơn Hòa','','', 'bdi_vns')
R('Binh Dinh','Bình Nghi','','', 'bdi_vns')
R('Binh Dinh','Hòa Hội','','', 'bdi_vns')
R('Binh Dinh','Cát Trinh','','', 'bdi_vns')
R('Binh Dinh','Becamex Bình Định','','', 'bdi_vns', en='Becamex Binh Dinh Industrial Park', aliases=('Becamex VSIP Binh Dinh','Khu công nghiệp Becamex Bình Định','Becamex Binh Dinh'))
R('Binh Dinh','Nhơn Hội A','','', 'bdi_vns', note='in the Nhơn Hội Economic Zone')
R('Binh Dinh','Nhơn Hội B','','', 'bdi_vns', note='in the Nhơn Hội Economic Zone')
R('Binh Dinh','Nhơn Hội C','','', 'bdi_vns', note='in the Nhơn Hội Economic Zone')
# ---- Quang Ngai
R('Quang Ngai','VSIP Quảng Ngãi','Son Tinh','Tinh Phong', 'qng_vsip qng_vsiptv qng_vsipnews', en='VSIP Quang Ngai Industrial Park', aliases=('VSIP Quang Ngai','Vietnam Singapore Industrial Park Quang Ngai','KCN VSIP Quảng Ngãi'), note='industry-urban-service complex, begun 13 Sep 2013; the fifth VSIP; 1,200-1,226 ha in Tịnh Phong and Tịnh Thọ communes, Sơn Tịnh district, Dung Quất EZ (talkvietnam, VSIP News); commune given is the first named')
SOURCES['bp_bcm'] = 'https://betaen.vietnamplus.vn/construction-begins-on-industrial-urban-complex-in-binh-phuoc-post81632.vnp'
SOURCES['bp_mh'] = 'https://baomoi.com/tag/C%C3%B4ng-ty-TNHH-HAOHUA.epi'
SOURCES['ct_vt'] = 'https://vietnammoi.vn/giang-vien-tran-hong-nhung.html'
# ---- Binh Phuoc
R('Binh Phuoc','Becamex Bình Phước','Chon Thanh','', 'bp_bcm bp_mh', en='Becamex Binh Phuoc Industrial Park', aliases=('Becamex - Binh Phuoc Industrial and Urban Complex','Khu công nghiệp Becamex Bình Phước','Becamex Binh Phuoc'), note='industrial zone >2,448 ha of a 4,633 ha complex in Chơn Thành town and Minh Thành, Thành Tâm and Nha Bích communes, Chơn Thành district (VNA, 2018); phase 2 announced Dec 2024')
R('Binh Phuoc','Minh Hưng - Sikico','Hon Quan','Dong No', 'bp_mh bp_mhs bp_vne', aliases=('Minh Hung Sikico Industrial Park',), note='476 ha in Đồng Nơ commune, Hớn Quản (nso.com.vn); ~655 ha (VnEconomy, 2026); Haohua tyre plant')
# ---- Can Tho
R('Can Tho','Vĩnh Thạnh','','', 'ct_vt', note='phase 2 (541 ha) by Thanh Bình Phú Mỹ, due 2030')
SOURCES['hcm_vnvn'] = 'https://www.vietnam.vn/en/tp-ho-chi-minh-chuyen-doi-cac-khu-che-xuat-cong-nghiep-theo-chieu-sau'
SOURCES['hcm_sggp1'] = 'https://www.sggpnews.org.vn/hochiminhcity/hcmc-oriented-toward-ecology-high-technology-in-epzs-and-industrial-zones-98239.html'
SOURCES['hcm_sggp2'] = 'https://www.sggpnews.org.vn/hochiminhcity/land-fund-for-investment-attraction-in-industrial-parks-increasingly-less-96910.html'
SOURCES['hcm_plf'] = 'https://plf.vn/overview-of-industrial-parks-export-processing-zones-and-high-tech-parks-in-ho-chi-minh-city-part-1/'
SOURCES['hcm_epi'] = 'http://www.easypropertyinfo.com/index.php?option=com_content&task=view&id=12600'
# ---- Ho Chi Minh (Hepza plan 2021-2030, announced May 2025: hcm_vnvn)
R('Ho Chi Minh','Tân Thuận','Quan 7','', 'hcm_vnvn hcm_sggp1', en='Tan Thuan Export Processing Zone', aliases=('Tan Thuan EPZ','Khu chế xuất Tân Thuận','KCX Tân Thuận','Tan Thuan Industrial Park'), note='300 ha, District 7')
R('Ho Chi Minh','Hiệp Phước','Nha Be','', 'hcm_vnvn hcm_plf', note='established 1996; ~2,000 ha planned in three phases, Nhà Bè district')
R('Ho Chi Minh','Tân Bình','Tan Phu','Tay Thanh', 'hcm_vnvn hcm_sggp1 hcm_epi hcm_soha', note='Tân Phú and Bình Tân districts (Hepza): Tây Thạnh ward (Tân Phú) and Bình Hưng Hòa ward (Bình Tân) (soha); district and commune given are the first named; 128.7-133 ha')
R('Ho Chi Minh','Cát Lái','Thu Duc','', 'hcm_vnvn hcm_sggp1', note='Thủ Đức city')
R('Ho Chi Minh','Bình Chiểu','Thu Duc','', 'hcm_vnvn', note='Thủ Đức city')
R('Ho Chi Minh','Vĩnh Lộc','Binh Chanh','', 'hcm_vnvn hcm_sggp2', note='Bình Chánh district (photo caption, Hepza article); extension planned; Vĩnh Lộc 3 planned for 2025-2027')
R('Ho Chi Minh','Tây Bắc Củ Chi','Cu Chi','', 'hcm_epi hcm_sggp2 hcm_cimigo', aliases=('Northwest Cu Chi Industrial Park','Tay Bac Cu Chi IP'), note='380-550 ha; one of the parks operating in Củ Chi district (cimigo, machine-garbled text); the 2009 easypropertyinfo page puts it in Hóc Môn')
R('Ho Chi Minh','Lê Minh Xuân','','', 'hcm_sggp2', note='with its extension')
R('Ho Chi Minh','Lê Minh Xuân 2','Binh Chanh','', 'hcm_sggp1 hcm_sggp2', note='proposed, ~320 ha, Bình Chánh district')
R('Ho Chi Minh','Tân Phú Trung','Cu Chi','', 'hcm_sggp2 hcm_cimigo hcm_tpt', note='543-590 ha, operating in Củ Chi district (cimigo; oneip listing); an extension was not yet approved (2022); Tân Phú Trung 2, 3 and 4 (Củ Chi) are planned for 2030-2033 (Hepza)')
R('Ho Chi Minh','Đông Nam Củ Chi','','', 'hcm_sggp2', aliases=('Southeast Cu Chi Industrial Park',), note='not yet approved (2022)')
R('Ho Chi Minh','Nhị Xuân','Hoc Mon','', 'hcm_vnvn', note='planned 2025-2027')
R('Ho Chi Minh','An Phú','Cu Chi','', 'hcm_vnvn', note='planned 2027-2030')
R('Ho Chi Minh','Trung An','Cu Chi','', 'hcm_vnvn', note='planned 2027-2030')
R('Ho Chi Minh','Lê Minh Xuân 4','Binh Chanh','', 'hcm_vnvn', note='planned 2027-2030')
R('Ho Chi Minh','Hiệp Phước 3','Nha Be','', 'hcm_vnvn', note='planned 2027-2030')
R('Ho Chi Minh','Bình Khánh 1','Can Gio','', 'hcm_vnvn', note='planned 2030-2033')
R('Ho Chi Minh','Bình Khánh 2','Can Gio','', 'hcm_vnvn', note='planned 2030-2033')
SOURCES['tg_vns'] = 'https://www.einpresswire.com/article/591143948/mekong-delta-province-s-industrial-parks-prove-irresistible-to-investors'
SOURCES['tg_vnp'] = 'http://en.vietnamplus.vn/tien-giang-promotes-industrial-parks/106869.vnp'
SOURCES['tv_tv'] = 'https://www.talkvietnam.org/2021/08/tra-vinh-to-develop-vnd300-billion-industrial-cluster/'
SOURCES['vl_vnp'] = 'https://en.vietnamplus.vn/vinh-long-to-have-five-industrial-zones-by-2025/223198.vnp'
SOURCES['kg_kitra'] = 'http://kitra.com.vn/index.php?option=com_k2&view=item&id=803:planning-industrial-parks-to-sharpen-comoetitive-edge&Itemid=201&tmpl=component&print=1&lang=en'
SOURCES['gl_np'] = 'https://baoxuan.vov.vn/tac-gia/cong-bacvov--tay-nguyen-author1305579?page=50'
# ---- Tien Giang
R('Tien Giang','Mỹ Tho','','', 'tg_vns', note='operating (2022)')
R('Tien Giang','Tân Hương','Chau Thanh','Tan Huong', 'tg_vns tg_vnp tg_th', note='operating (2022); 197.33 ha in Tân Hương commune, Châu Thành (tttfic listing)')
R('Tien Giang','Long Giang','','', 'tg_vns', note='operating (2022)')
R('Tien Giang','Tân Phước 1','','', 'tg_vns tg_vnp', note='planned', aliases=('Tan Phuoc No. 1 Industrial Park',))
R('Tien Giang','Tân Phước 2','','', 'tg_vns', note='planned', aliases=('Tan Phuoc No. 2 Industrial Park',))
R('Tien Giang','Bình Đông','','', 'tg_vns', note='planned')
# ---- Tra Vinh
R('Tra Vinh','Long Đức','','', 'tv_tv')
R('Tra Vinh','Cầu Quan','','', 'tv_tv')
R('Tra Vinh','Cổ Chiên','','', 'tv_tv')
# ---- Vinh Long (five zones planned for 2021-25)
R('Vinh Long','Tân An Thạnh','Binh Tan','', 'vl_vnp', note='planned, 500 ha')
R('Vinh Long','Đình Khao','Long Ho','', 'vl_vnp', note='planned, 400 ha')
R('Vinh Long','Trung Thành Tây','Vung Liem','', 'vl_vnp', note='planned, 30 ha')
R('Vinh Long','Mỹ Hòa','Binh Minh','', 'vl_vnp', note='planned, 300 ha, Bình Minh town')
R('Vinh Long','Phước An','Mang Thit','', 'vl_vnp', note='planned, 200 ha')
# ---- Kien Giang
R('Kien Giang','Thạnh Lộc','Chau Thanh','', 'kg_kitra', note='250 ha park in a 458 ha complex, ~8 km north-west of Rạch Giá')
R('Kien Giang','Tắc Cậu','Chau Thanh','', 'kg_kitra', note='68 ha, fishing logistics and seafood')
R('Kien Giang','Thuận Yên','Ha Tien','', 'kg_kitra', note='141 ha, Hà Tiên town')
# ---- Gia Lai
R('Gia Lai','Nam Pleiku','','', 'gl_np', note='~200 ha, Vietnam Rubber Group')
SOURCES['qt_ndh'] = 'https://vneconomy.vn/tag/khu-cong-nghiep-nam-dong-ha'
# ---- Quang Tri
R('Quang Tri','Nam Đông Hà','Dong Ha','', 'qt_ndh', note='~100 ha in Đông Hà city; a plan to move it out was dropped')
SOURCES['st_sh'] = 'https://nso.com.vn/en/n/detail/song-hau-industrial-park-300'
# ---- Soc Trang
R('Soc Trang','Sông Hậu','Ke Sach','An Lac Thon', 'st_sh', aliases=('Song Hau - Soc Trang Industrial Park',), note='~286 ha, An Lạc Thôn town, Kế Sách (Notice 239/TB-VPCP, 2017)')
SOURCES['bp_sggp'] = 'https://sggpnews.org.vn/business/additional-four-industrial-parks-established-in-binh-phuoc-91612.html'
SOURCES['hd_en'] = 'https://en.baohaiduong.vn/cooperation---investment/chi-tiet-bai-viet-cua-207148'
R('Binh Phuoc','Hoa Lư','Loc Ninh','Loc Tan', 'bp_sggp bp_dulong', note='348 ha in the Hoa Lư border-gate economic zone, Lộc Ninh (2021); in Lộc Tấn and Lộc Thạnh communes (dulongip); commune given is the first named')
R('Binh Phuoc','Ledana','Loc Ninh','', 'bp_sggp bp_dulong', note='438 ha, new in 2021 (~425 ha, dulongip); Lộc Thạnh commune, Lộc Ninh (not a unit in data/places)')
R('Binh Phuoc','V.com','Loc Ninh','', 'bp_sggp bp_dulong', en='V.com Industrial Park', note='300 ha, new in 2021; Lộc Thạnh commune, Lộc Ninh (dulongip; not a unit in data/places)')
R('Binh Phuoc','Đồng Phú','Dong Phu','', 'bp_sggp', note='6,317 ha, new in 2021 (the page writes "Dong Phuc District")')
R('Binh Phuoc','Minh Hưng III','Chon Thanh','', 'bp_sggp', note='expanded to 577.63 ha (2021)', aliases=('Minh Hung 3 Industrial Park',))
R('Binh Phuoc','Bắc Đồng Phú','Dong Phu','', 'bp_sggp', note='expanded to 317 ha (2021)')
R('Binh Phuoc','Nam Đồng Phú','Dong Phu','', 'bp_sggp', note='expanded to 480 ha (2021)')
R('Hai Duong','Lai Cách','','', 'hd_en', note='operating (2022)')
R('Hai Duong','An Phát','','', 'hd_en', aliases=('An Phat Complex Industrial Park','An Phat Complex'), note='operating (2022)')

# ==== added in the second compilation round
# ---- Tay Ninh
SOURCES['tn_123'] = 'https://123docz.net/trich-doan/3089841-tong-quan-cac-khu-cong-nghiep-33.htm'
SOURCES['tn_gdp'] = 'https://content.giadinhplus.net/toan-canh-quy-hoach-khu-cong-nghiep-tinh-tay-ninh-den-nam-2030'
SOURCES['tn_bo'] = 'https://blueocean-realty.com/?p=95692'
SOURCES['tn_wiki_pd'] = 'https://vi.wikipedia.org/wiki/Khu_c%C3%B4ng_nghi%E1%BB%87p_Ph%C6%B0%E1%BB%9Bc_%C4%90%C3%B4ng'
SOURCES['tn_viipip'] = 'http://viipip.com/homevn/?module=newsdetail&newscode=119'
SOURCES['tn_lt3'] = 'https://tttfic.com/industrial-park/linh-trung-3-export-processing-zone-and-industrial-park/'
R('Tay Ninh','Trảng Bàng','Trang Bang','An Tinh', 'tn_123 tn_gdp', note='the first park of the province (1999), 189.57 ha in An Tịnh commune, Trảng Bàng district (123docz thesis excerpt)')
R('Tay Ninh','Linh Trung III','Trang Bang','An Tinh', 'tn_lt3 tn_123 tn_gdp', en='Linh Trung III Export Processing and Industrial Zone', aliases=('Linh Trung III Export Processing Zone','Linh Trung 3 Export Processing Zone','Linh Trung III EPZ','Linh Trung 3 Industrial Park','Khu chế xuất và công nghiệp Linh Trung III','Khu chế xuất Linh Trung III'), note='202.67 ha, Suối Sâu quarter, An Tịnh ward, Trảng Bàng town (tttfic listing site); Sepzone-Linh Trung, 2002')
R('Tay Ninh','Thành Thành Công','Trang Bang','An Hoa', 'tn_viipip tn_gdp tn_123', aliases=('Bourbon An Hoa Industrial Park','Khu công nghiệp Bourbon An Hòa','TTC Industrial Park'), note='formerly Bourbon - An Hòa; 760 ha of industrial land in An Hòa commune, Trảng Bàng district (viipip, 2009)')
R('Tay Ninh','Phước Đông','Go Dau','Phuoc Dong', 'tn_wiki_pd tn_viipip tn_123 tn_gdp', note='2,191.97 ha in Gò Dầu district and Trảng Bàng town (Wikipedia); the Phước Đông - Bời Lời complex lies in Phước Đông and Bàu Đồn (Gò Dầu) and Đôn Thuận (Trảng Bàng) communes (viipip); district and commune given are the first named; Sài Gòn VRG')
R('Tay Ninh','Chà Là','','', 'tn_123', note='42.19 ha, established by 2012')
R('Tay Ninh','Hiệp Thạnh','','', 'tn_123 tn_bo', note='573.81 ha, no establishment decision yet (blueocean); 250 ha in the 2012 list')
R('Tay Ninh','Gia Bình','','', 'tn_123', note='200 ha, in the plan (2012), not yet established')
R('Tay Ninh','Bàu Hai','','', 'tn_123', note='200 ha, in the plan (2012), not yet established')
R('Tay Ninh','Thanh Điền','','', 'tn_123', note='300 ha, in the plan (2012), not yet established')
# ---- Binh Duong (more)
SOURCES['bd_vsip1'] = 'https://vietnamnews.vn/brand-info/1170925/vsip-becomes-destination-for-multinational-corporations.html'
SOURCES['bd_vsip1b'] = 'https://www.rslgroup.vn/bds-cong-nghiep/vsip-i-industrial-park-binh-duong-province/'
SOURCES['bd_vsip3'] = 'https://www.einpresswire.com/article/587314381/200-million-channeled-into-vi-t-nam-singapore-iii-in-b-nh-d-ng'
SOURCES['bd_vsip2a'] = 'https://kenhdiaoc.vn/du-an-vsip2-mo-rong'
SOURCES['bd_vsip2'] = 'https://diaoctailoc.com/khu-cong-nghiep-vsip-ii-mo-rong-dong-luc-tang-truong-cua-kinh-te-binh-duong'
SOURCES['bd_complex'] = 'https://becamex.com.vn/en/du-an/binh-duong-industrial-urban-service-complex/'
SOURCES['bd_st2'] = 'https://opencity.vn/?p=4460'
SOURCES['bd_dian'] = 'https://vnexpress.net/longform/cu-chuyen-minh-cua-thi-xa-container-di-an-3970399.html'
SOURCES['bd_tdhb'] = 'https://nso.com.vn/en/n/detail/tan-dong-hiep-b-industrial-park-29'
SOURCES['bd_mp'] = 'https://www.becamex.org/p/quy-mo-my-phuoc.html'
SOURCES['bd_mpblog'] = 'https://muabannhavadat.blogspot.com/2011/12/khu-cong-nghiep-kcn-o-thi-my-phuoc.html'
SOURCES['bd_mp3'] = 'https://tttfic.com/industrial-park/my-phuoc-3-industrial-park-binh-duong/'
SOURCES['bd_soha'] = 'https://soha.vn/som-khoi-cong-khu-cong-nghiep-quy-mo-co-the-tiep-nhan-hon-35000-lao-dong-198250508103225667.htm'
SOURCES['bd_btv'] = 'http://m.btv.org.vn/tin-tuc/binh-duong-dau-tu-xau-dung-mot-so-khu-cong-nghiep-moi-2618.html'
SOURCES['bd_tanbinh'] = 'https://vccinews.com/prode/40507/tan-binh-industrial-park-bright-spot-to-attract-investment.html'
R('Binh Duong','VSIP','Thuan An','', 'bd_vsip1 bd_vsip1b', en='VSIP Binh Duong Industrial Park', aliases=('VSIP I Industrial Park','VSIP I','VSIP Binh Duong','VSIP 1','Vietnam Singapore Industrial Park','Vietnam - Singapore Industrial Park','Khu công nghiệp Việt Nam - Singapore','KCN VSIP','KCN VSIP I'), note='the first VSIP (1996), 500 ha in Thuận An (vietnamnews, rslgroup)')
R('Binh Duong','VSIP II','','', 'bd_vsip2 bd_complex', en='VSIP II Industrial Park', aliases=('VSIP II','VSIP 2','Vietnam Singapore Industrial Park II','Khu công nghiệp Việt Nam - Singapore II','KCN VSIP II'), note='344-345 ha in the Bình Dương industry-service-urban complex (Bến Cát, Tân Uyên and Thủ Dầu Một), announced 2006')
R('Binh Duong','VSIP II mở rộng','Tan Uyen','Vinh Tan', 'bd_vsip2a', en='VSIP II-A Industrial Park', aliases=('VSIP II-A','VSIP IIA','VSIP 2A','VSIP II Expanded Industrial Park','Khu công nghiệp VSIP II-A','Khu công nghiệp Việt Nam - Singapore II-A'), note='expansion of VSIP II (2008), ~1,000 ha of industry in Vĩnh Tân and Tân Bình communes (Tân Uyên) and part of Hòa Lợi (Bến Cát); commune given is the first named')
R('Binh Duong','VSIP III','Bac Tan Uyen','', 'bd_vsip3', en='VSIP III Industrial Park', aliases=('VSIP III','VSIP 3','VSIP III Binh Duong','Vietnam Singapore Industrial Park III','Khu công nghiệp Việt Nam - Singapore III','KCN VSIP III'), note='1,000 ha in Bắc Tân Uyên district, begun 2022 (LEGO plant)')
R('Binh Duong','Sóng Thần 1','Di An','', 'bd_dian bd_st2', aliases=('Song Than I Industrial Park','Khu công nghiệp Sóng Thần I'), note='Dĩ An (vnexpress); adjoins Sóng Thần 2 to the south (opencity)')
R('Binh Duong','Sóng Thần 2','Di An','Di An', 'bd_st2 bd_dian', aliases=('Song Than II Industrial Park','Khu công nghiệp Sóng Thần II'), note='279.087 ha in Dĩ An and Tân Đông Hiệp wards, Dĩ An city (opencity); commune given is the first named; Đại Nam JSC')
R('Binh Duong','Sóng Thần 3','','', 'bd_complex', aliases=('Song Than III Industrial Park','Khu công nghiệp Sóng Thần III'), note='533 ha in the Bình Dương industry-service-urban complex (Bến Cát, Tân Uyên and Thủ Dầu Một)')
R('Binh Duong','Bình Đường','Di An','', 'bd_dian', note='Dĩ An (vnexpress)')
R('Binh Duong','Tân Đông Hiệp A','Di An','', 'bd_dian', note='Dĩ An (vnexpress)')
R('Binh Duong','Tân Đông Hiệp B','Di An','Tan Dong Hiep', 'bd_tdhb bd_dian', note='164.12 ha, Tân Đông Hiệp ward, Dĩ An city (nso.com.vn)')
R('Binh Duong','Tân Bình','Bac Tan Uyen','', 'bd_tanbinh bd_btv', note='phase 1 352.5 ha in Bắc Tân Uyên and Bàu Bàng districts (vccinews; district given is the first named); btv puts it in Bàu Bàng; a KCN Tân Bình is also listed under Dĩ An (vnexpress)')
R('Binh Duong','Lai Hưng','Bau Bang','', 'bd_btv', note='planned, 600 ha, Bàu Bàng district (btv)')
R('Binh Duong','Đại Đăng','','', 'bd_complex', note='274 ha in the Bình Dương industry-service-urban complex')
R('Binh Duong','Phú Gia','','', 'bd_complex', note='133 ha in the Bình Dương industry-service-urban complex')
R('Binh Duong','Đồng An 2','','', 'bd_complex', aliases=('Dong An II Industrial Park',), note='158 ha in the Bình Dương industry-service-urban complex')
R('Binh Duong','Kim Huy','','', 'bd_complex', note='237 ha in the Bình Dương industry-service-urban complex')
R('Binh Duong','Mỹ Phước','Ben Cat','', 'bd_mp bd_mpblog', aliases=('My Phuoc I Industrial Park','My Phuoc 1 Industrial Park','Khu công nghiệp Mỹ Phước 1'), note='Mỹ Phước 1, ~400 ha (2002), Becamex; the Mỹ Phước complex is in Bến Cát (blog)')
R('Binh Duong','Mỹ Phước 2','Ben Cat','', 'bd_mp bd_mpblog', aliases=('My Phuoc II Industrial Park',), note='~800 ha (2004), Becamex; Bến Cát')
R('Binh Duong','Mỹ Phước 3','Ben Cat','My Phuoc', 'bd_mp3 bd_mp', aliases=('My Phuoc III Industrial Park',), note='997.71 ha of industry, Mỹ Phước ward, Bến Cát town (tttfic); 2006, Becamex')
R('Binh Duong','Mỹ Phước 4','Ben Cat','', 'bd_mp bd_mpblog', aliases=('My Phuoc IV Industrial Park','Thoi Hoa Industrial Park','Khu công nghiệp Thới Hòa'), note='also called Thới Hòa (blog); Becamex; Bến Cát')
# ---- Khanh Hoa
SOURCES['kh_gov'] = 'https://vanphong.khanhhoa.gov.vn/cac-kcn-khanh-hoa.html'
SOURCES['kh_d24'] = 'https://duan24h.net/2022/quy-hoach-khu-cum-cong-nghiep-tinh-khanh-hoa-den-nam-2030.html'
SOURCES['kh_vcci'] = 'https://www.vccinews.com/prode/2978/.html'
SOURCES['kh_vp'] = 'https://vietnambusiness.asia/van-phong-zone-receives-approval'
R('Khanh Hoa','Suối Dầu','Cam Lam','Suoi Tan', 'kh_d24 kh_gov kh_vcci', note='phase 1 136.73 ha in Suối Tân commune, Cam Lâm (duan24h); operating since 1999')
R('Khanh Hoa','Ninh Thủy','Ninh Hoa','Ninh Thuy', 'kh_d24 kh_gov kh_vcci', note='207.9 ha in Ninh Thủy ward, Ninh Hòa town (duan24h)')
R('Khanh Hoa','Vạn Thắng','Van Ninh','Van Thang', 'kh_gov', note='144.42 ha in Vạn Thắng commune, Vạn Ninh, north of the Vân Phong EZ (khanhhoa.gov.vn)')
R('Khanh Hoa','Nam Cam Ranh','','', 'kh_gov kh_vcci', note='200 ha (vccinews, 2005)')
R('Khanh Hoa','Bắc Cam Ranh','','', 'kh_gov', note='taken out of the plan by the Prime Minister')
R('Khanh Hoa','Dịch vụ dầu khí Vân Phong','','', 'kh_vp', en='Van Phong Oil and Gas Service Park', aliases=('Khu dịch vụ dầu khí Vân Phong',), note='590 ha in the Vân Phong EZ, approved 2011')
# ---- Binh Thuan
SOURCES['bth_ld'] = 'https://amp.laodong.vn/kinh-doanh/hang-loat-khu-cong-nghiep-o-binh-thuan-cho-don-nha-dau-tu-den-san-xuat-kinh-doanh-1323935.ldo'
SOURCES['bth_sl'] = 'http://slyers.com/binh-thuan-moi-goi-dau-tu-san-xuat-kinh-doanh-o-hang-loat-khu-cong-nghiep-307393.html'
SOURCES['bth_vj'] = 'https://viet-jo.com/news/economy/140414045859-pic1.html'
R('Binh Thuan','Phan Thiết','Ham Thuan Bac','', 'bth_ld bth_sl', aliases=('Phan Thiet I Industrial Park','Phan Thiet Industrial Park phase 1'), note='phase 1, 68.36 ha (1998), Hàm Thuận Bắc district (slyers copy of the Lao Động article); phase 2 (40.70 ha) lies in Phan Thiết city and Hàm Thuận Bắc')
R('Binh Thuan','Hàm Kiệm 1','Ham Thuan Nam','', 'bth_ld', aliases=('Ham Kiem I Industrial Park','Khu công nghiệp Hàm Kiệm I'), note='132.67 ha (2009), Hàm Thuận Nam district')
R('Binh Thuan','Hàm Kiệm 2','Ham Thuan Nam','', 'bth_ld', aliases=('Ham Kiem II Industrial Park','Khu công nghiệp Hàm Kiệm II'), note='402.06 ha, Hàm Thuận Nam district (photo caption)')
R('Binh Thuan','Tuy Phong','Tuy Phong','', 'bth_vj', note='150 ha, ground broken 2014 (viet-jo, in Japanese)')
# ---- Thua Thien Hue
SOURCES['tth_bo'] = 'https://blueocean-realty.com/khu-cong-nghiep-thua-thien-hue-cap-nhat-danh-sach-2023/'
SOURCES['tth_cand'] = 'http://cand.com.vn/Kinh-te/Hon-680-ty-dong-xay-dung-KCN-Phong-dien-Viglacera-367219/'
SOURCES['tth_moc'] = 'http://moc.gov.vn/vn/tin-tuc/1184/35975/thua-thien-hue--phe-duyet-quy-hoach-chi-tiet-khu-cong-nghiep-la-son.aspx'
SOURCES['tth_vne'] = 'https://vnexpress.net/thua-thien-hue-lap-3-khu-cong-nghiep-gan-3-000-ty-dong-4385326.html'
R('Thua Thien Hue','Phú Bài','Huong Thuy','', 'tth_bo tth_vne', aliases=('Phu Bai I Industrial Park','Phu Bai II Industrial Park','Khu công nghiệp Phú Bài I','Khu công nghiệp Phú Bài II'), note='phases I and II (blueocean); in Hương Thủy town (vnexpress, on Gilimex inside Phú Bài)')
R('Thua Thien Hue','Phú Bài IV','Huong Thuy','', 'tth_vne tth_bo', aliases=('Phu Bai 4 Industrial Park',), note='phase IV, lot 1: 85.87 ha in Hương Thủy town, next to Thủy Phù commune (2021)')
R('Thua Thien Hue','Gilimex','Huong Thuy','', 'tth_vne tth_bo', en='Gilimex Industrial Park', aliases=('Gilimex Phu Bai Industrial Park',), note='~460.85 ha within the Phú Bài park area, Hương Thủy town (2021)')
R('Thua Thien Hue','Phong Điền - Viglacera','','', 'tth_cand tth_bo', aliases=('Phong Dien Viglacera Industrial Park','Viglacera Phong Dien Industrial Park'), note='>284 ha in Phong Hòa and Phong Hiền communes and Phong Điền town (Phong Điền district), which data/places lacks')
R('Thua Thien Hue','Phong Điền Hàn Quốc','','', 'tth_bo', en='Phong Dien Korea Industrial Park', aliases=('Khu công nghiệp Phong Điền','Phong Dien Industrial Park'), note='listed as "Phong Điền Hàn Quốc" (blueocean); Phong Điền district is not in data/places')
R('Thua Thien Hue','Tứ Hạ','Huong Tra','', 'tth_vne tth_bo', note='phase 1, 37.6 ha, Hương Trà town (2021)')
R('Thua Thien Hue','La Sơn','Phu Loc','Loc Son', 'tth_moc tth_bo', note='300 ha in Lộc Sơn and Lộc Bổn communes, Phú Lộc (phase 1 85.8 ha, 2014); commune given is the first named')
R('Thua Thien Hue','Quảng Vinh','Quang Dien','', 'tth_bo', note='Quảng Điền district; no infrastructure investor yet (2023)')
R('Thua Thien Hue','Phú Đa','Phu Vang','', 'tth_bo', note='Phú Vang district; no infrastructure investor yet (2023)')
# ---- Ninh Binh
SOURCES['nb_bnb'] = 'https://baoninhbinh.org.vn/ket-qua-dau-tu-vao-cac-khu-cong-nghiep/d20121203094800000.htm'
SOURCES['nb_123'] = 'https://123docz.net/trich-doan/2137239-theo-quy-hoach-thanh-pho-ninh-binh-se-phan-dau-xay-dung-den-nam-010-tro-thanh-mot-thanh-pho.htm'
R('Ninh Binh','Gián Khẩu','','', 'nb_bnb', note='multi-sector, phase I filled (2012)')
R('Ninh Binh','Khánh Phú','','', 'nb_bnb')
R('Ninh Binh','Ninh Phúc','Hoa Lu','Ninh Phuc', 'nb_123', note='334.02 ha in Ninh Phúc commune (Ninh Bình city, merged into Hoa Lư city in 2025, as data/places has it) and Khánh Cư commune (Yên Khánh); commune given is the first named (123docz thesis excerpt)')
R('Ninh Binh','Tam Điệp','Tam Diep','Quang Son', 'nb_123 nb_bnb', note='357 ha in Quang Sơn commune and part of Tây Sơn ward, Tam Điệp (123docz thesis excerpt)')
R('Ninh Binh','Khánh Cư','','', 'nb_bnb')
R('Ninh Binh','Phúc Sơn','','', 'nb_bnb')
R('Ninh Binh','Xích Thổ','','', 'nb_bnb')
R('Ninh Binh','Sơn Hà','','', 'nb_bnb')
# ---- Lam Dong
SOURCES['ld_gov'] = 'http://lamdong.gov.vn/vi-VN/a/bqlkcn/tintuc/thongtinchung/Pages/L%C3%A2m-%C4%90%E1%BB%93ng-K%C3%AAu-g%E1%BB%8Di-%C4%91%E1%BA%A7u-t%C6%B0-t%E1%BA%A1i-14-khu-c%E1%BB%A5m-c%C3%B4ng-nghi%E1%BB%87p.aspx'
R('Lam Dong','Lộc Sơn','Bao Loc','', 'ld_gov', note='Bảo Lộc (lamdong.gov.vn)')
R('Lam Dong','Phú Hội','Duc Trong','', 'ld_gov', note='Đức Trọng (lamdong.gov.vn)')
R('Lam Dong','Đại Lào','Bao Loc','', 'ld_gov', note='new park, 475 ha, Bảo Lộc town (lamdong.gov.vn)')
R('Lam Dong','Tân Phú','Duc Trong','', 'ld_gov', note='new park, 469 ha, Đức Trọng district')
# ---- Dak Lak
SOURCES['dl_cafeland'] = 'https://cafeland.vn/quy-hoach/tang-dien-tich-khu-cong-nghiep-tai-dak-lak-len-gap-3-lan-67872.html'
SOURCES['dl_vcci'] = 'https://www.vccinews.com/prode/25848/.html'
R('Dak Lak','Hòa Phú','Buon Ma Thuot','Hoa Phu', 'dl_cafeland dl_vcci', aliases=('Hoa Phu - Buon Ma Thuot Industrial Park',), note='181.73 ha in Hòa Phú commune, Buôn Ma Thuột city, expanded by 150 ha to 331.73 ha; the only park of the province then (cafeland)')
R('Dak Lak','Phú Xuân','Cu M\'gar','Ea Drong', 'dl_cafeland', note='325.6 ha in Ea Drơng commune, Cư M\'gar, added to the plan')
# ---- An Giang
SOURCES['ag_vc'] = 'https://vietnamconstruction.vn/vi/tinh-an-giang-keu-goi-dau-tu-ha-tang-4-khu-cong-nghiep-trong-diem'
SOURCES['ag_dn'] = 'https://doanhnhanvn.vn/tag/tt'
SOURCES['ag_vn'] = 'https://vietnam.vn/en/phat-trien-khu-cong-nghiep-kinh-te-cua-khau'
SOURCES['kotra'] = 'https://scribd.com/document/664493453/2023-베트남-각-성별-투자환경-및-공단현황-kotra-230804124251'
R('An Giang','Bình Hòa','Chau Thanh','Binh Hoa', 'ag_vc ag_vn kotra', note='252 ha in the 2021-2030 plan; its 120 ha expansion is in Bình Hòa commune, Châu Thành (vietnamconstruction), the commune given')
R('An Giang','Bình Long','','', 'ag_vn kotra', note='31 ha')
R('An Giang','Xuân Tô','Tinh Bien','', 'ag_vc ag_vn kotra', note='100-140 ha, Tịnh Biên town (vietnamconstruction); Xuân Tô is not a unit in data/places')
R('An Giang','Vàm Cống','Long Xuyen','My Thanh', 'ag_dn ag_vn', note='193.31 ha in Mỹ Thạnh ward, Long Xuyên city; T&T Group (investment decision)')
R('An Giang','Hội An','Cho Moi','', 'ag_vc ag_vn', note='100 ha in Hội An commune, Chợ Mới (vietnamconstruction); Hội An is a town (thị trấn) in data/places, so no commune is given')
R('An Giang','Định Thành','Thoai Son','Dinh Thanh', 'ag_vc ag_vn', note='275 ha in Định Thành commune, Thoại Sơn (vietnamconstruction); 155 ha in the 2021-2030 plan')
# ---- Dong Thap
SOURCES['dt_tl'] = 'https://tailieusinhvien.net/hoat-dong-thu-hut-dau-tu-trong-cac-khu-cong-nghiep-tren-dia-ban-tinh-dong-thap-5922/'
R('Dong Thap','Sông Hậu','','', 'dt_tl', note='66 ha (2009), Docimexco')
R('Dong Thap','Trần Quốc Toản','','', 'dt_tl')
R('Dong Thap','Sa Đéc','','', 'dt_tl')
# ---- Ben Tre
SOURCES['bt_dulong'] = 'https://dulongip.vn/cam-nang/khu-cong-nghiep-o-ben-tre.html'
SOURCES['bt_vn'] = 'https://www.vietnam.vn/en/ben-tre-chuan-bi-dieu-kien-san-sang-don-song-dau-tu-moi'
R('Ben Tre','Giao Long','Chau Thanh','An Phuoc', 'bt_dulong bt_vn', note='164.3 ha in An Phước commune, Châu Thành (dulongip); phases I and II')
R('Ben Tre','An Hiệp','Chau Thanh','', 'bt_dulong bt_vn', note='72 ha in An Hiệp commune, Châu Thành (dulongip); data/places has An Hiệp only in Ba Tri, so no commune')
R('Ben Tre','Phú Thuận','Binh Dai','Phu Thuan', 'bt_dulong bt_vn', note='231.78 ha in Phú Thuận and Long Định communes, Bình Đại; commune given is the first named')
R('Ben Tre','Giao Hòa','Chau Thanh','Giao Long', 'bt_dulong', note='249 ha in Giao Long and Giao Hòa communes, Châu Thành; commune given is the first named (Giao Hòa is not a unit in data/places); seeking investors')
R('Ben Tre','Long Phước','','', 'bt_vn')
# ---- Hau Giang
SOURCES['hg_tn'] = 'https://tinnhanhnhadat.vn/hau-giang-tang-quy-dat-khu-cong-nghiep-them-hon-600-ha.html'
SOURCES['hg_vnm'] = 'https://vietnammoi.vn/hau-giang-lap-quy-hoach-8-do-an-khu-cong-nghiep-hon-1700-ha-20225312456249.htm'
R('Hau Giang','Sông Hậu','Chau Thanh','', 'hg_tn hg_vnm', note='phase 1 291 ha, operating, Châu Thành (photo caption); phase 2 (220-380 ha, Mái Dầm town and Phú Hữu) and phase 3 (205 ha, Mái Dầm) planned')
R('Hau Giang','Tân Phú Thạnh','','', 'hg_tn', note='phase 1 201 ha, operating')
R('Hau Giang','Đông Phú','Chau Thanh','Dong Phu', 'hg_vnm hg_tn', note='planned, 120 ha in Đông Phú commune, Châu Thành; Đông Phú 2 (234 ha) also planned')
R('Hau Giang','Tân Hòa','Chau Thanh A','Tan Hoa', 'hg_vnm', note='planned, 210 ha in Tân Hòa commune and Bảy Ngàn town, Châu Thành A; commune given is the first named')
R('Hau Giang','Tân Bình','Phung Hiep','Tan Binh', 'hg_vnm', note='planned, 210 ha in Tân Bình commune, Phụng Hiệp')
R('Hau Giang','Nhơn Nghĩa A','Chau Thanh A','Nhon Nghia A', 'hg_vnm', note='planned, 252 ha in Nhơn Nghĩa A commune, Châu Thành A')
R('Hau Giang','Long Thạnh','Phung Hiep','Long Thanh', 'hg_vnm', note='planned, 290 ha in Long Thạnh commune, Phụng Hiệp')
# ---- Can Tho (more)
SOURCES['ct_vietrade'] = 'http://en.vietrade.gov.vn/index.php?option=com_content&view=article&id=1964:industrial-parks-and-industrial-clusters-in-can-tho-province-part-1&catid=272:investment-opportunities&Itemid=250'
SOURCES['ct_tn2'] = 'https://vieclamcantho.net.vn/2025/05/khu-cong-nghiep-tra-noc-ii.html'
SOURCES['ct_hp1'] = 'https://vieclamcantho.net.vn/?p=318'
SOURCES['ct_omon'] = 'https://tinnhanhchungkhoan.vn/cong-ty-phu-hung-duoc-chap-thuan-nghien-cuu-dau-tu-khu-cong-nghiep-o-mon-can-tho-post275885.html'
R('Can Tho','Trà Nóc I','Binh Thuy','Tra Noc', 'ct_vietrade', aliases=('Tra Noc 1 Industrial Park','Tra Noc Industrial Park','Khu công nghiệp Trà Nóc'), note='135 ha (1995), Trà Nóc ward, Bình Thủy (vietrade)')
R('Can Tho','Trà Nóc II','O Mon','Phuoc Thoi', 'ct_vietrade ct_tn2', aliases=('Tra Noc 2 Industrial Park',), note='155-157.7 ha (1998), Phước Thới ward, Ô Môn, adjoining Trà Nóc I')
R('Can Tho','Hưng Phú I','Cai Rang','', 'ct_hp1 ct_vietrade', aliases=('Hung Phu 1 Industrial Park','Hung Phu Industrial Park'), note='262 ha, Cái Răng district (vieclamcantho, whose header also names Trà Nóc ward, Bình Thủy); part of the 466.6 ha Hưng Phú park (vietrade)')
R('Can Tho','Hưng Phú 2A','','', 'ct_hp1', aliases=('Hung Phu II-A Industrial Park',), note='134 ha, part of the Hưng Phú parks')
R('Can Tho','Hưng Phú 2B','','', 'ct_hp1', aliases=('Hung Phu II-B Industrial Park',), note='62.63 ha, part of the Hưng Phú parks')
R('Can Tho','Ô Môn','O Mon','Truong Lac', 'ct_omon', note='proposed, ~500 ha in Trường Lạc ward, Ô Môn; survey approved (2021), not an investment approval')
# ---- Ca Mau
SOURCES['cm_ht'] = 'https://nso.com.vn/en/n/detail/hoa-trung-industrial-park-306'
SOURCES['cm_ka'] = 'https://baocamau.vn/lan-song-moi-thu-hut-dau-tu-a1448.html'
R('Ca Mau','Hòa Trung','Cai Nuoc','Luong The Tran', 'cm_ht', note='327.13 ha (2009) in Lương Thế Trân commune, Cái Nước (nso.com.vn)')
R('Ca Mau','Khánh An','U Minh','Khanh An', 'cm_ka', note='235.86 ha (2007) in Khánh An commune, U Minh, next to the Cà Mau gas-power-fertilizer complex')
# ---- Bac Lieu
SOURCES['bl_bdt'] = 'http://baodauthau.vn/dau-tu/bo-sung-khu-cong-nghiep-lang-tram-vao-quy-hoach-22229.html'
R('Bac Lieu','Trà Kha','','', 'bl_bdt', note='65 ha')
R('Bac Lieu','Láng Trâm','','', 'bl_bdt', note='100 ha, added to the plan (2015)')
R('Bac Lieu','Ninh Quới','','', 'bl_bdt', note='257 ha, planned')
# ---- Phu Yen
SOURCES['py_bdt'] = 'https://baodautu.vn/tap-doan-hoa-phat-dau-tu-khu-cong-nghiep-gan-4200-ty-dong-tai-phu-yen-d289684.html'
SOURCES['py_lnv'] = 'https://langngheviet.com.vn/phu-yen-co-them-hai-khu-cong-nghiep-quy-mo-lon-tao-viec-lam-hang-chuc-ngan-lao-dong-32952.html'
SOURCES['py_hh1'] = 'https://amp.baodautu.vn/phu-yen-phe-duyet-do-an-dieu-chinh-quy-hoach-khu-cong-nghiep-hoa-hiep-1-d214803.html'
SOURCES['py_hh1b'] = 'https://baomoi.net.vn/keu-goi-dau-tu-vao-khu-cong-nghiep-hoa-hiep-1-c49435034.epi'
R('Phu Yen','Hòa Tâm','Dong Hoa','Hoa Tam', 'py_bdt py_lnv', note='phase 1 ~492 ha in Hòa Tâm commune, Đông Hòa town, Nam Phú Yên EZ (baodautu, 2025); Hòa Phát; serves the Hòa Phát steel complex')
R('Phu Yen','Hòa Hiệp 1','Dong Hoa','', 'py_hh1b py_hh1', aliases=('Hoa Hiep I Industrial Park','Khu công nghiệp Hòa Hiệp I'), note='102.33 ha in the Nam Phú Yên EZ, Đông Hòa town (baomoi copy)')
R('Phu Yen','công nghệ cao Phú Yên','','', 'py_lnv', en='Phu Yen Hi-tech Industrial Park', aliases=('Khu công nghiệp công nghệ cao Phú Yên',), note='251.6 ha, N&G Group, in the Nam Phú Yên EZ (approved May 2025)')
# ---- Ninh Thuan
SOURCES['nt_dl'] = 'https://dulongip.vn/en/handbook/industrial-park-in-ninh-thuan.html'
SOURCES['nt_vns'] = 'https://vietnamnews.vn/economy/1694938/ninh-thuan-strives-to-increase-occupancy-rate-of-industrial-parks.html'
SOURCES['nt_pn'] = 'https://jobsearch-vn.com/nguon-nhan-luc-tai-khu-cong-nghiep-phuoc-nam'
SOURCES['nt_cana'] = 'https://ai24hexpress.com/2025/06/15/trung-nam-group-dau-tu-3-900-ty-dong-vao-kcn-ca-na'
SOURCES['nt_cana2'] = 'http://www.baomoi.com/ninh-thuan-thong-qua-quy-hoach-chi-tiet-khu-cong-nghiep-ca-na/c/7282182.epi'
R('Ninh Thuan','Phước Nam','Thuan Nam','Phuoc Nam', 'nt_pn nt_dl nt_vns', note='369.92 ha in Phước Nam commune (then Ninh Phước district; Thuận Nam today, as data/places and VNS have it); 2008')
R('Ninh Thuan','Du Long','Thuan Bac','Loi Hai', 'nt_dl nt_vns', note='407.28 ha, Lợi Hải commune, Thuận Bắc (dulongip)')
R('Ninh Thuan','Thành Hải','Phan Rang - Thap Cham','', 'nt_vns nt_dl', note='77.987 ha, Phan Rang - Tháp Chàm city')
R('Ninh Thuan','Cà Ná','Thuan Nam','Phuoc Diem', 'nt_cana nt_cana2 nt_dl', note='phase 1 378 ha in Phước Diêm commune, Thuận Nam (Trung Nam Group, 2025); ~983.9 ha planned, converted from the Cà Ná steel complex')
# ---- Quang Binh
SOURCES['qb_nld'] = 'https://nld.com.vn/print/thoi-su-trong-nuoc/quang-binh-thanh-lap-2-kcn-dong-hoi-va-hon-la-tong-dien-tich-163-9-ha-111455.htm'
SOURCES['qb_bdh'] = 'https://kinhte.congthuong.vn/quang-binh-mo-rong-khu-cong-nghiep-bac-dong-hoi-nham-thu-hut-nha-dau-tu-364100.html'
R('Quang Binh','Tây Bắc Đồng Hới','','', 'qb_nld', note='66.32 ha, established with Hòn La by the Prime Minister\'s consent')
R('Quang Binh','Hòn La','','', 'qb_nld', note='phase I 97.58 ha, in the Hòn La EZ')
R('Quang Binh','Bắc Đồng Hới','','', 'qb_bdh', note='213 ha in the 2021-2030 plan; phase 2 expansion of 62 ha submitted Dec 2024')
# ---- Dak Nong
SOURCES['dkn_nc2'] = 'https://bqlkcn.daknong.gov.vn/en/xb-dang-doan-the/-/view_content/92635941-cong-bo-bo-sung-quy-hoach-khu-cong-nghiep-nhan-co-2-vao-quy-hoach-tong-the-phat-trien-cac-kcn-o-viet-nam-den-nam-2020.html'
SOURCES['dkn_bm'] = 'https://baomoi.com/dak-nong-thu-hut-dau-tu-vao-cac-khu-cum-tieu-thu-cong-nghiep/c/3230936.epi'
R('Dak Nong','Tâm Thắng','Cu Jut','Tam Thang', 'dkn_bm', note='181 ha in Tâm Thắng commune, Cư Jút (CAND via baomoi, 2009)')
R('Dak Nong','Nhân Cơ','Dak R\'Lap','Nhan Co', 'dkn_bm', note='95 ha in Nhân Cơ commune, Đắk R\'lấp (2009); alumina smelter area')
R('Dak Nong','Nhân Cơ 2','Dak R\'Lap','Nhan Co', 'dkn_nc2', aliases=('Nhan Co II Industrial Park',), note='400 ha in Nhân Cơ commune, Đắk R\'lấp, added to the plan by letter 1293/TTg-CN (2020)')
# ---- Kon Tum
SOURCES['kt_kkt'] = 'http://kkt-kontum.gov.vn/Chuyen-doi-vi-tri-Khu-cong-nghiep-Hoa-Binh-giai-doan-2-/8622'
SOURCES['kt_lux'] = 'https://luxrealty.vn/kon-tum-thanh-lap-cum-cong-nghiep-hon-60hecta'
R('Kon Tum','Hòa Bình','Kon Tum','', 'kt_kkt kt_lux', note='60 ha, Kon Tum city, filled (2021)')
R('Kon Tum','Hòa Bình giai đoạn 2','Kon Tum','Ngo May', 'kt_kkt', en='Hoa Binh Industrial Park phase 2', aliases=('Hoa Binh 2 Industrial Park','Khu công nghiệp Hòa Bình giai đoạn 2'), note='70 ha, moved from Lê Lợi ward to Ngô Mây ward, Kon Tum city (letter 433/TTg-CN)')
R('Kon Tum','Sao Mai','Kon Tum','', 'kt_lux kt_kkt', note='150 ha, Kon Tum city')
R('Kon Tum','Đăk Tô','Dak To','', 'kt_lux kt_kkt', note='146.76 ha, Đăk Tô district; in the plan since 2007, no infrastructure yet (2022)')
R('Kon Tum','Bờ Y','','', 'kt_lux', note='in the Bờ Y international border-gate EZ')
# ---- Gia Lai (more)
SOURCES['gl_td'] = 'https://baogialai.com.vn/channel/1725/202011/can-nang-cap-ha-tang-khu-cong-nghiep-tra-da-5711110/'
SOURCES['gl_d24'] = 'https://duan24h.net/2022/quy-hoach-khu-cum-cong-nghiep-tinh-gia-lai-den-nam-2030.html'
R('Gia Lai','Trà Đa','Pleiku','Tra Da', 'gl_td gl_d24', note='210-213 ha in Trà Đa commune, Pleiku city; operating since 2006, filled')
# ---- Hoa Binh
SOURCES['hb_dbnd'] = 'https://daibieunhandan.vn/hoan-thanh-quy-hoach-phat-trien-kcn-tinh-hoa-binh-10117151.html'
SOURCES['hb_gov'] = 'http://hoabinh.gov.vn/web/guest/doanh-nghiep-chi-tiet?p_p_id=vn_gov_hoabinh_portlet_cmsview_CmsViewPortlet_INSTANCE_V9rCPKNULE0u&p_p_lifecycle=0&p_p_col_id=column-2&p_p_col_count=1&_vn_gov_hoabinh_portlet_cmsview_CmsViewPortlet_INSTANCE_V9rCPKNULE0u_articleId=9814'
R('Hoa Binh','Lương Sơn','Luong Son','', 'hb_gov hb_dbnd', note='71.53 ha in Hòa Sơn commune, Lương Sơn district (hoabinh.gov.vn, 2009); Hòa Sơn is not a unit in data/places')
R('Hoa Binh','bờ trái sông Đà','Hoa Binh','Huu Nghi', 'hb_gov hb_dbnd', en='Song Da Left Bank Industrial Park', aliases=('Bo trai Song Da Industrial Park','Khu công nghiệp bờ trái sông Đà'), note='86.37 ha, Hữu Nghị ward, Hòa Bình town (hoabinh.gov.vn)')
R('Hoa Binh','Nam Lương Sơn','Luong Son','', 'hb_gov hb_dbnd', note='planned, ~300 ha in Thành Lập and Trung Sơn communes, Lương Sơn (not units in data/places)')
R('Hoa Binh','Bắc Lương Sơn','Luong Son','', 'hb_gov', note='planned, ~150 ha in Yên Bình commune, Lương Sơn (not a unit in data/places)')
R('Hoa Binh','Mông Hóa','','', 'hb_dbnd', note='detailed plan approved (2012)')
R('Hoa Binh','Yên Quang','','', 'hb_dbnd', note='detailed plan approved (2012)')
R('Hoa Binh','Thanh Hà','','', 'hb_dbnd', note='detailed plan approved (2012)')
R('Hoa Binh','Lạc Thịnh','','', 'hb_dbnd', note='detailed plan approved (2012)')
R('Hoa Binh','Nhuận Trạch','','', 'hb_dbnd', note='detailed plan approved (2012)')
# ---- Lao Cai
SOURCES['lc_tl'] = 'https://laocai.gov.vn/khu-cong-nghiep--thuong-mai/thanh-lap-khu-cong-nghiep-tang-loong-tinh-lao-cai-926489'
SOURCES['lc_vn'] = 'https://www.vietnam.vn/en/thu-hut-dau-tu-khu-cong-nghiep-o-lao-cai'
SOURCES['lc_vl'] = 'https://news.laodong.vn/bat-dong-san/ngong-cho-khu-cong-nghiep-nghin-ti-co-von-lon-nhat-lao-cai-1398576.ldo'
R('Lao Cai','Tằng Loỏng','Bao Thang','Xuan Giao', 'lc_tl lc_vn', note='1,100 ha in Xuân Giao and Phú Nhuận communes and Tằng Loỏng town, Bảo Thắng (Decision 601/QĐ-UBND, 2011); commune given is the first named; metallurgy and chemicals')
R('Lao Cai','Bắc Duyên Hải','','', 'lc_vn', note='85 ha in the Lào Cai border-gate EZ')
R('Lao Cai','Đông Phố Mới','','', 'lc_vn', note='100 ha in the Lào Cai border-gate EZ')
R('Lao Cai','Võ Lao','Van Ban','Vo Lao', 'lc_vl', note='~200 ha in Võ Lao commune, Văn Bàn; approved to attract investment (2024)')
# ---- Yen Bai
SOURCES['yb_mq'] = 'https://yenbai.gov.vn/Pages/chi-tiet-thong-tin-khu-cum-cong-nghiep.aspx?ItemID=7'
SOURCES['yb_dna'] = 'https://doanhnhanasean.com/tu-vung-trung-thanh-diem-nong-dau-tu-manh-dat-co-hinh-song-the-nui-doc-dao-tang-toc-4-kcn-sap-ra-mat-a240617.html'
SOURCES['yb_vn'] = 'https://vietnam.vn/yenbai/yen-bai-quy-hoach-moi-5-khu-cong-nghiep'
R('Yen Bai','Minh Quân','Tran Yen','', 'yb_mq yb_dna', note='112 ha in Hoài Quân hamlet, Minh Quân commune, Trấn Yên (yenbai.gov.vn); Minh Quân is not a unit in data/places')
R('Yen Bai','Phía Nam','','', 'yb_dna', en='Yen Bai Southern Industrial Park', aliases=('Phia Nam Industrial Park','Khu công nghiệp phía Nam Yên Bái','Southern Industrial Park Yen Bai'), note='the first park of the province (2005)')
R('Yen Bai','Âu Lâu','','', 'yb_dna', note='operating (2025)')
R('Yen Bai','Trấn Yên','Tran Yen','', 'yb_vn', note='planned, 339 ha in Bảo Hưng and Minh Quân communes, Trấn Yên (not units in data/places)')
R('Yen Bai','Y Can','Tran Yen','Y Can', 'yb_vn', note='planned, 350 ha in Y Can and Lương Thịnh communes, Trấn Yên; commune given is the first named')
R('Yen Bai','Đông An','Van Yen','Dong An', 'yb_vn', note='planned, 350 ha in Đông An commune, Văn Yên')
R('Yen Bai','Thịnh Hưng','Yen Binh','Thinh Hung', 'yb_vn', note='planned, 184 ha in Thịnh Hưng commune, Yên Bình')
R('Yen Bai','Lục Yên','Luc Yen','Tan Linh', 'yb_vn', note='planned, 300 ha in Tân Lĩnh and Yên Thắng communes, Lục Yên; commune given is the first named')
# ---- Tuyen Quang
SOURCES['tq_bao'] = 'http://en.baotuyenquang.com.vn/investment-promotion/tuyen-quang-potential-and-investment-opportunities-714.html'
SOURCES['tq_tttfic'] = 'https://tttfic.com/province-city/tuyen-quang-province'
R('Tuyen Quang','Long Bình An','','', 'tq_bao', note='170 ha (baotuyenquang)')
R('Tuyen Quang','Sơn Nam','','', 'tq_bao tq_tttfic', note='150 ha (tttfic listing); Sơn Dương area')
# ---- Son La
SOURCES['sl_idp'] = 'https://idpvn.com/khu-cong-nghiep/son-la/khu-cong-nghiep-mai-son'
SOURCES['sl_tcct'] = 'https://tapchicongthuong.vn/mo-co-hoi-viec-lam--thi-truong-o-cac-xa-thuoc-vung-dong-bao-dan-toc-thieu-so-85559.htm'
SOURCES['sl_bsl'] = 'https://en.baosonla.org.vn/thoi-su-chinh-tri/standing-members-of-provincial-party-committee-visit-industrial-parks-management-board-rJkTZiHvg.html'
R('Son La','Mai Sơn','Mai Son','Muong Bang', 'sl_idp sl_tcct', note='150 ha (phase I 63.7 ha, phase II 86.3 ha) in Mường Bằng commune, Mai Sơn (idpvn); also Mường Bon commune (tapchicongthuong)')
R('Son La','Vân Hồ','','', 'sl_tcct sl_bsl', note='seeking an infrastructure investor (2025)')
# ---- Bac Kan
SOURCES['bk_bdt'] = 'http://baodauthau.vn/dau-tu/dieu-chinh-vi-tri-khu-cong-nghiep-thanh-binh-tai-bac-kan-8835.html'
R('Bac Kan','Thanh Bình','Cho Moi','', 'bk_bdt', note='in Thanh Bình commune, Chợ Mới (not a unit in data/places); phase I ~70 ha filled, phase II 80.3 ha; the only park of the province')
# ---- Cao Bang
SOURCES['cb_ld'] = 'https://es.laodong.vn/kinh-doanh/10-nam-cao-bang-loay-hoay-hoan-thien-khu-cong-nghiep-dau-tien-1488043.ldo'
R('Cao Bang','Chu Trinh','Cao Bang','Chu Trinh', 'cb_ld', note='80.941 ha in Chu Trinh commune, Cao Bằng city (Decision 936/QĐ-UBND, 2015); site clearance unfinished (2025)')
# ---- Ha Giang
SOURCES['hg2_bv'] = 'https://baohagiang.vn/kinh-te/200703/khu-cong-nghiep-binh-vang-tiem-nang-va-huong-phat-trien-509175'
R('Ha Giang','Bình Vàng','Vi Xuyen','Dao Duc', 'hg2_bv', note='in Đạo Đức commune, Vị Xuyên (Báo Hà Giang, 2007)')
# ---- Dien Bien
SOURCES['db_idp'] = 'https://idpvn.com/khu-cong-nghiep/dien-bien/'
R('Dien Bien','Đông Nam thành phố Điện Biên Phủ','','', 'db_idp', en='Southeast Dien Bien Phu Industrial Park', aliases=('Dong Nam Dien Bien Phu Industrial Park','Khu công nghiệp Đông Nam Điện Biên Phủ'), note='planned to 2020, 60 ha (idpvn listing)')
R('Dien Bien','Tây lòng chảo Điện Biên','','', 'db_idp', en='West Dien Bien Valley Industrial Park', aliases=('Tay Long Chao Dien Bien Industrial Park',), note='planned to 2020, 30-40 ha (idpvn listing)')
# ---- Lai Chau
SOURCES['lch_dvl'] = 'https://dvlipt.vn/khu-cong-nghiep-tam-duong'
R('Lai Chau','Tam Đường','','', 'lch_dvl', note='200 ha, added to the plan by letter 1967/TTg-KTN (2008) (dvlipt listing)')
# ---- Dong Nai (more)
SOURCES['dn_nt'] = 'https://vieclamdongnai.net.vn/2025/05/kcn-nhon-trach-i-ii-iii-v-vi.html'
SOURCES['dn_nt2'] = 'https://news.piv.asia/nhon-trach-2-industrial-park'
SOURCES['dn_nt1'] = 'https://voh.com.vn/tag/dien-tich.html'
SOURCES['dn_nt5'] = 'https://vccinews.com/prode/2374/.html'
SOURCES['dn_labs'] = 'https://vieclamdongnai.net.vn/2025/05/kcn-loc-an-binh-son.html'
SOURCES['dn_lk'] = 'https://nso.com.vn/en/n/detail/-introduce-about-the-long-khanh-industrial-park--dong-nai-province-505'
SOURCES['dn_lt'] = 'https://vieclamdongnai.net.vn/2025/05/kcn-long-thanh.html'
SOURCES['dn_sggp20'] = 'https://sggpnews.org.vn/business/dong-nai-province-establishes-three-more-industrial-parks-88400.html'
SOURCES['dn_vnnow'] = 'https://vnnow.net/en/business/groundbreaking-begins-for-two-industrial-parks-totaling-2-000-hectares-near-long-thanh-airport-160276.html'
R('Dong Nai','Nhơn Trạch I','Nhon Trach','', 'dn_nt dn_nt1', aliases=('Nhon Trach 1 Industrial Park','Khu công nghiệp Nhơn Trạch 1'), note='426.49-448.5 ha, Nhơn Trạch district')
R('Dong Nai','Nhơn Trạch II','Nhon Trach','Hiep Phuoc', 'dn_nt2 dn_nt', aliases=('Nhon Trach 2 Industrial Park','Khu công nghiệp Nhơn Trạch 2'), note='331.42 ha in Hiệp Phước, Phước Thiền and Phú Hội, Nhơn Trạch (piv.asia); commune given is the first named; D2D')
R('Dong Nai','Nhơn Trạch II - Nhơn Phú','Nhon Trach','', 'dn_nt', aliases=('Nhon Trach 2 - Nhon Phu Industrial Park',), note='a subzone of the Nhơn Trạch II parks')
R('Dong Nai','Nhơn Trạch II - Lộc Khang','Nhon Trach','', 'dn_nt', aliases=('Nhon Trach 2 - Loc Khang Industrial Park',), note='a subzone of the Nhơn Trạch II parks')
R('Dong Nai','Nhơn Trạch V','Nhon Trach','', 'dn_nt dn_nt5', aliases=('Nhon Trach 5 Industrial Park','Khu công nghiệp Nhơn Trạch 5'), note='301.7-400 ha, Nhơn Trạch district; IDICO')
R('Dong Nai','Nhơn Trạch VI','Nhon Trach','', 'dn_nt', aliases=('Nhon Trach 6 Industrial Park','Khu công nghiệp Nhơn Trạch 6'), note='314.23 ha, Nhơn Trạch district')
R('Dong Nai','Lộc An - Bình Sơn','Long Thanh','', 'dn_labs', aliases=('Loc An Binh Son Industrial Park',), note='497.77 ha (2010), Long Thành district; VRG Long Thành (vieclamdongnai listing)')
R('Dong Nai','Long Thành','Long Thanh','Tam An', 'dn_lt', note='483.39 ha (2003) in Tam An commune, Long Thành; Sonadezi Long Thành (vieclamdongnai listing)')
R('Dong Nai','Long Khánh','Long Khanh','Suoi Tre', 'dn_lk dn_sggp20', note='264.47 ha in Suối Tre and Bình Lộc communes, Long Khánh (nso.com.vn); commune given is the first named')
R('Dong Nai','Dầu Giây','','', 'dn_sggp20', note='site clearance stalled (2020)')
R('Dong Nai','Bàu Cạn - Tân Hiệp','Long Thanh','Bau Can', 'dn_vnnow', aliases=('Bau Can Tan Hiep Industrial Park',), note='>2,600 ha planned, 1,000 ha project, in Bàu Cạn and Tân Hiệp communes, Long Thành (ground broken 2025); commune given is the first named')
R('Dong Nai','Xuân Quế - Sông Nhạn','','', 'dn_vnnow', aliases=('Xuan Que Song Nhan Industrial Park',), note='phase one 1,000 ha, near Long Thành airport (ground broken 2025)')
# ---- Ho Chi Minh (more)
SOURCES['hcm_soha'] = 'https://soha.vn/khu-cong-nghiep-co-khoang-cach-ngan-nhat-den-san-bay-lon-nhat-ca-nuoc-20230308175527729.htm'
# ---- Long An (more)
SOURCES['la_td'] = 'https://oneip.vn/en/ip/T039-030-tan-duc'
SOURCES['la_hs'] = 'https://eng.longan.gov.vn/Lists/ThongTinGioiThieu/DispForm.aspx?ID=71&ContentTypeId=0x01006B434E144EA34B09B66CBCE45AAE3E910049056C42D8EFEC46B13DA001D4B4B838'
SOURCES['la_lh'] = 'https://nso.com.vn/en/n/detail/introduce-about-the-long-hau-industrial-park--long-an-province-504'
SOURCES['la_pl'] = 'http://ven.vn/phuc-long-industrial-park-quality-and-responsibility-30384.html'
SOURCES['la_pl2'] = 'https://www.einpresswire.com/article/718658167/ph-c-long-industrial-park-in-long-an-to-be-expanded-by-330ha'
R('Long An','Tân Đức','Duc Hoa','Duc Hoa Ha', 'la_td', aliases=('Tan Duc Phase I Industrial Park','Tan Duc E-City Industrial Park'), note='phase I, Đức Hòa Hạ commune, Đức Hòa (oneip listing); Tân Tạo group complex')
R('Long An','Hải Sơn','Duc Hoa','Duc Hoa Ha', 'la_hs', note='Bình Tiền 2 hamlet, Đức Hòa Hạ commune, Đức Hòa (longan.gov.vn)')
R('Long An','Long Hậu 3','Can Giuoc','Long Hau', 'la_lh', aliases=('Long Hau III Industrial Park',), note='123.98 ha; with Long Hậu and Long Hậu expanded in Long Hậu commune, Cần Giuộc (nso.com.vn)')
R('Long An','Phúc Long','Ben Luc','Ben Luc', 'la_pl la_pl2', note='79-80 ha on National Road 1A, Bến Lức town (VEN); 330 ha expansion approved 2024')
# ---- Vinh Phuc (more)
SOURCES['vnp_276'] = 'https://en.vietnamplus.vn/government-gives-in-principle-approval-to-industrial-park-projects/196920.vnp'
R('Vinh Phuc','Thái Hòa - Liễn Sơn - Liên Hòa','Lap Thach','', 'vnp_276', aliases=('Thai Hoa - Lien Son - Lien Hoa Industrial Park','Thai Hoa Lien Son Lien Hoa Industrial Park'), note='phase 1, 145.27 ha, Lập Thạch district (in-principle approval 2021); the page writes the name without diacritics, which are those of the three communes of Lập Thạch in data/places')
# ---- Thanh Hoa (more)
SOURCES['th_ns3'] = 'https://investinthanhhoa.gov.vn/en/p/kkt-nghi-son/khu-cong-nghiep-so-3'
R('Thanh Hoa','số 3 Nghi Sơn','','', 'th_ns3', en='Nghi Son Industrial Park No. 3', aliases=('Industrial Park No. 3 Nghi Son','Nghi Son IP No. 3'), note='247.12 ha in the Nghi Sơn EZ (investinthanhhoa)')
# ---- Quang Nam (more)
SOURCES['qn_dbqn'] = 'https://danhbaquangnam.com/cac-khu-cong-nghiep/'
SOURCES['qn_bcl'] = 'https://cafeland.vn/quy-hoach/de-nghi-thong-qua-quy-hoach-khu-cong-nghiep-bac-chu-lai-khoang-712-ha-tai-quang-nam-135063.html'
SOURCES['qn_dndn'] = 'http://quangnam.gov.vn/cmspages/ChuyenMuc/ChuyenMuc_View.aspx?IDChuyenMuc=35'
R('Quang Nam','Bắc Chu Lai','Nui Thanh','Tam Hiep', 'qn_bcl qn_dbqn', note='~712.69 ha in Tam Hiệp commune, Núi Thành (zoning plan, 2024); in the Chu Lai open EZ')
R('Quang Nam','Tam Hiệp','','', 'qn_dbqn', note='in the Chu Lai open EZ')
R('Quang Nam','Cảng và hậu cần cảng Tam Hiệp','','', 'qn_dbqn', en='Tam Hiep Port and Port Logistics Industrial Park', aliases=('Khu công nghiệp Cảng và hậu cần cảng Tam Hiệp',), note='in the Chu Lai open EZ')
R('Quang Nam','Tam Thăng','','', 'qn_dbqn', note='in the Chu Lai open EZ; an expansion (Tam Thăng mở rộng) was under appraisal (2022)')
R('Quang Nam','Tam Thăng 2','','', 'qn_dbqn', aliases=('Tam Thang II Industrial Park',), note='in the Chu Lai open EZ')
R('Quang Nam','Tam Anh 1','','', 'qn_dbqn', aliases=('Tam Anh I Industrial Park',), note='in the Chu Lai open EZ')
R('Quang Nam','Cơ khí ô tô Chu Lai - Trường Hải','','', 'qn_dbqn', en='Chu Lai - Truong Hai Automobile Mechanical Industrial Park', aliases=('Chu Lai Truong Hai Industrial Park','Khu công nghiệp cơ khí ô tô Chu Lai - Trường Hải'), note='in the Chu Lai open EZ; an expansion was under appraisal (2022)')
R('Quang Nam','Thaco - Chu Lai','','', 'qn_dbqn', en='Thaco Chu Lai Industrial Park', aliases=('Khu công nghiệp Thaco - Chu Lai','Thaco - Chu Lai Industrial Park'), note='in the Chu Lai open EZ')
R('Quang Nam','Điện Nam - Điện Ngọc','','', 'qn_dndn', aliases=('Dien Nam Dien Ngoc Industrial Park',), note='phase I 145 ha, infrastructure largely complete (2012)')
R('Quang Nam','Nam Thăng Bình','','', 'qn_dbqn', note='proposed, 499.43 ha (2022)')
R('Quang Nam','Bắc Thăng Bình','','', 'qn_dbqn', note='proposed, 239 ha (2022)')
R('Quang Nam','Phú Xuân','','', 'qn_dbqn', note='proposed, 108 ha (2022)')
# ---- Quang Ngai (more)
SOURCES['qng_dq'] = 'http://dungquat.quangngai.gov.vn/en/tong-quan-khu-kinh-te-dung-quat/'
SOURCES['qng_vsiptv'] = 'http://www.talkvietnam.com/2014/01/to-expand-vsip-quang-ngai/'
SOURCES['qng_vsipnews'] = 'http://www.vsip.com.vn/assets/uploads/myfiles/files/Quaterly/VSIP-News-QIII-2014/files/assets/basic-html/page4.html'
SOURCES['qng_vcci'] = 'https://www.vccinews.com/prode/34555/.html'
R('Quang Ngai','Tịnh Phong','','', 'qng_dq', note='one of the Quảng Ngãi industrial zones outside the Dung Quất EZ (with Quảng Phú and Phổ Phong, >540 ha together)')
R('Quang Ngai','Quảng Phú','','', 'qng_dq qng_vcci', note='one of the Quảng Ngãi industrial zones outside the Dung Quất EZ')
R('Quang Ngai','Phổ Phong','','', 'qng_dq', note='one of the Quảng Ngãi industrial zones outside the Dung Quất EZ')
R('Quang Ngai','Sài Gòn - Dung Quất','','', 'qng_vcci', aliases=('Saigon - Dung Quat Industrial Park','Sai Gon Dung Quat Industrial Park'), note='in the Dung Quất EZ')
# ---- Bac Ninh (more)
SOURCES['bn_ts'] = 'https://nguyengiap.vn/khu-cong-nghiep-tien-son-bac-ninh.html'
SOURCES['bn_ddhs'] = 'https://www.thongtinbatdongsan24h.com/bac-ninh-thanh-lap-kcn-dai-dong-hoan-son-giai-doan-2-gan-96-ha/'
SOURCES['bn_nshl'] = 'https://www.bannhamienphi.com/2021/01/ieu-chinh-chu-truong-au-tu-du-kcn-nam.html'
R('Bac Ninh','Nam Sơn - Hạp Lĩnh','','', 'bn_nshl', aliases=('Nam Son Hap Linh Industrial Park',), note='investment policy adjusted by the Deputy PM (2021)')
# ---- Vinh Phuc (more)
SOURCES['vp_ttl'] = 'https://rtj4.manatee-boating.org/hoc-sinh-danh-nhau-o-vinh-phuc-moi-nhat-2023-moi-nhat.html'
SOURCES['vp_bx'] = 'https://vietnam.vnanet.vn/english/binh-xuyen-industrial-zone/32216.html'
R('Vinh Phuc','Khai Quang','','', 'vp_ttl', note='221.46 ha, one of the first parks of the province (a TTL Logistics list copied on an unrelated site)')
R('Vinh Phuc','Bình Xuyên','','', 'vp_bx vp_ttl', note='286.98 ha, on National Road 2 (VNA)')
R('Vinh Phuc','Kim Hoa','','', 'vp_ttl', note='50 ha')
R('Vinh Phuc','Bá Thiện','','', 'vp_ttl', aliases=('Ba Thien I Industrial Park',), note='325.75 ha')
R('Vinh Phuc','Bình Xuyên II','','', 'vp_ttl', aliases=('Binh Xuyen 2 Industrial Park',), note='phase 1, 42.21 ha')
R('Vinh Phuc','Tam Dương II','','', 'vp_ttl', aliases=('Tam Duong 2 Industrial Park','Tam Duong II Industrial Park - Zone A'), note='zone A, 135.17 ha')
R('Vinh Phuc','Sơn Lôi','','', 'vp_ttl', note='257.35 ha')
# ---- Binh Phuoc (more)
SOURCES['bp_mhs'] = 'https://nso.com.vn/en/n/detail/-introduction-minh-hung-sikico-industrial-park-503'
SOURCES['bp_dulong'] = 'https://dulongip.vn/cam-nang/cac-khu-cong-nghiep-o-binh-phuoc.html'
SOURCES['bp_vne'] = 'https://vneconomy.vn/khu-cong-nghiep-minh-hung-dong-luc-tang-truong-moi-cua-vung-cong-nghiep-mo-rong-dong-nai.htm'
R('Binh Phuoc','Minh Hưng - Hàn Quốc','Chon Thanh','', 'bp_vne', aliases=('Minh Hung - Korea Industrial Park','Minh Hung Korea Industrial Park','Khu công nghiệp Minh Hưng - Hàn Quốc'), note='392.28 ha in the Minh Hưng area of Chơn Thành town, former Bình Phước province (VnEconomy, 2026)')
R('Binh Phuoc','Thanh Dung','Loc Ninh','', 'bp_dulong', note='surveyed for planning, 300 ha in Lộc Thạnh commune, Lộc Ninh (dulongip listing); Lộc Thạnh is not a unit in data/places')
# ---- Da Nang (more)
SOURCES['dng_cimigo'] = 'https://www.cimigo.vn/da-nang-moi-goi-dau-tu-ha-tang-3-%E2%80%A8khu-cong-nghiep/'
R('Da Nang','Hòa Nhơn','','', 'dng_cimigo', note='planned, 545.8 ha; the city calls for infrastructure investors (page text machine-garbled)')
R('Da Nang','Hòa Ninh','','', 'dng_cimigo', note='planned, 676.6 ha; the city calls for infrastructure investors (page text machine-garbled)')
# ---- Binh Dinh (more)
SOURCES['bdi_bcmA'] = 'https://iipvietnam.com/binh-dinh-duyet-quy-hoach-12000-khu-cong-nghiep-do-thi-becamex-a.html'
R('Binh Dinh','Becamex A','Van Canh','Canh Vinh', 'bdi_bcmA', en='Becamex A Industrial and Urban Park', aliases=('Khu công nghiệp - đô thị Becamex A','Becamex A Industrial Park'), note='industry-urban zone, subzone 7 of the Nhơn Hội EZ, 1,425.4 ha in Canh Vinh commune, Vân Canh (1/2000 zoning approved); whether it is the Becamex park of the VNS list is not stated')
# ---- Hai Phong (more)
SOURCES['hp_td'] = 'https://tophaiphongaz.com/khu-cong-nghiep-trang-due'
SOURCES['hp_vsip'] = 'https://laodong.vn/thoi-su/huyen-thuy-nguyen-hai-phong-cuong-che-thu-hoi-dat-18-ho-dan-thuoc-du-an-vsip-610016.bld'
# ---- Thai Binh (more)
SOURCES['tb_lht'] = 'https://en.vietnamplus.vn/deputy-pm-asks-thai-binh-to-facilitate-lien-ha-thai-ip-development/196853.vnp'
SOURCES['tb_th'] = 'https://vccinews.com/news/23632/.html'
R('Thai Binh','Tiền Hải','Tien Hai','', 'tb_th', en='Tien Hai Industrial Park', aliases=('Tien Hai Gas Industrial Zone','Khu công nghiệp khí Tiền Hải','KCN Tiền Hải'), note='"Tien Hai Gas Industrial Zone", Tiền Hải district (VCCI news); Vietnamese name as the district\'s')
# ---- Quang Tri (more)
SOURCES['qt_vt'] = 'http://en.vietrade.gov.vn/index.php?option=com_content&amp;view=article&amp;id=2021:economic-zones-and-industrial-parks-in-quang-tri-province-part-2&amp;catid=272:investment-opportunities&amp;Itemid=250'
SOURCES['qt_vns'] = 'https://vietnamnews.vn/economy/1692001/nearly-200-projects-registered-in-quang-tri-s-ips.html'
SOURCES['qt_vnp'] = 'https://en.vietnamplus.vn/quang-tris-ips-ezs-house-investments-worth-over-20-billion-usd/229320.vnp'
R('Quang Tri','Quán Ngang','','', 'qt_vt qt_vns qt_vnp', note='205 ha (first stage 139 ha), 7 km north of Đông Hà (vietrade, which writes "Quon Ngang")')
R('Quang Tri','Quảng Trị','Hai Lang','', 'qt_vns qt_vnp', note='Hải Lăng district; construction began Dec 2023 (VNS)')
R('Quang Tri','Triệu Phú','Trieu Phong','', 'qt_vns qt_vnp', note='Triệu Phong district; groundbreaking planned for Q1 2025 (VNS)')
R('Quang Tri','Tây Bắc Hồ Xá','Vinh Linh','', 'qt_vns qt_vnp', aliases=('Northwest Ho Xa Industrial Park',), note='"Northwest Hồ Xá", Vĩnh Linh district; construction planned for Q2 2025 (VNS)')
# ---- Soc Trang (more)
SOURCES['st_td'] = 'https://betonghathanh.com/en/su-kien/cap-nhat-tien-do-du-khu-cong-nghiep-tran-de'
R('Soc Trang','Trần Đề','Tran De','Tran De', 'st_td', note='160 ha in Ngan Rô 1 hamlet, Trần Đề town, Trần Đề district (approved 2020); Hà Thanh Group (investor\'s own page)')
# ---- Nam Dinh (more)
SOURCES['nd_bm'] = 'https://vietnammoi.vn/quy-hoach-tinh-nam-dinh/trang-2.html'
R('Nam Dinh','Bảo Minh','Vu Ban','Kim Thai', 'nd_bm', note='>193.2 ha after expansion, in Kim Thái and Liên Minh communes, Vụ Bản; commune given is the first named')
# ---- Ho Chi Minh (more)
SOURCES['hcm_tpt'] = 'https://oneip.vn/en/ip/T002-011-tan-phu-trung'
SOURCES['hcm_cimigo'] = 'https://www.cimigo.vn/cum-cong-nghiep-bau-tran-duoc-thanh-lap-tai-tp-hcm/'
SOURCES['hcm_lt1'] = 'https://linhtrungepz.com/lich-su-hinh-thanh'
R('Ho Chi Minh','Linh Trung I','Thu Duc','Linh Trung', 'hcm_lt1', en='Linh Trung I Export Processing Zone', aliases=('Linh Trung 1 Export Processing Zone','Linh Trung I EPZ','Saigon - Linh Trung Export Processing Zone','Khu chế xuất Linh Trung I','Khu chế xuất Sài Gòn - Linh Trung','KCX Linh Trung I'), note='60 ha in Linh Trung commune, Thủ Đức district (licence 1992; the operator\'s history page); Linh Trung is a ward of Thủ Đức city in data/places')
# ---- Thanh Hoa (more)
SOURCES['th_tl2'] = 'https://www.thitruonghanghoa.com/thanh-hoa'
R('Thanh Hoa','Thăng Long','','', 'th_tl2', en='Thang Long Industrial Park Thanh Hoa', aliases=('Khu công nghiệp Thăng Long Thanh Hóa','Thang Long Thanh Hoa Industrial Park'), note='167 ha, Sumitomo, ground broken (listing snippet)')
SOURCES['tg_th'] = 'https://tttfic.com/industrial-park/tan-huong-industrial-park/'
SOURCES['na_wha'] = 'https://nso.com.vn/en/n/detail/introduce-about-wha-industrial-park--nghe-an-province-519'
SOURCES['na_vsip'] = 'https://vsip.com.vn/NewEvent/NewDetails?newsId=1301'
SOURCES['na_wha2'] = 'https://vietnamnews.vn/economy/1690065/deputy-pm-approves-investment-for-industrial-zone-in-nghe-an.html'
R('Nghe An','WHA 2','Nghi Loc','Nghi Hung', 'na_wha2', en='WHA Industrial Zone 2 - Nghe An', aliases=('WHA Industrial Zone 2','WHA 2 Nghe An','Khu công nghiệp WHA 2'), note='>183 ha in Nghi Hưng and Nghi Đồng communes, Nghi Lộc, within the Nam Cấm D park (Decision 1706, Dec 2024); commune given is the first named')
SOURCES['tn_vnp'] = 'https://en.vietnamplus.vn/rok-firm-adds-920-million-usd-to-project-in-thai-nguyen/222155.vnp'

#: Where a district has two legacy units of the same name, the level meant (and why).
COMMUNE_LEVEL = {
    # facilities.csv (Dong Banh): "commune given = Chi Lang township (thị trấn Chi Lăng)";
    # Chi Lang district also has a Chi Lăng commune.
    ("Lang Son", "Chi Lang", "Chi Lang"): "town",
}

# ---------------------------------------------------------------------------------------------


def load_reference():
    """Province names, legacy districts {(province, district): row}, legacy communes."""
    features = json.loads(PROVINCES_GEOJSON.read_text(encoding="utf-8"))["features"]
    provinces = {f["properties"]["name_ascii"] for f in features}
    districts: dict[tuple[str, str], dict[str, str]] = {}
    communes: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    unit_names: dict[str, set[str]] = {}
    with PLACES_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["place_id"].startswith("vnau:"):
                continue  # legacy (pre-July-2025) units only
            unit_names.setdefault(row["province"], set()).add(row["name_ascii"].lower())
            if row["level"] == "district":
                key = (row["province"], row["district"])
                # two legacy districts of one name (Kỳ Anh town and district): unusable
                districts[key] = None if key in districts else row
            elif row["level"] in COMMUNE_LEVELS:
                communes.setdefault((row["province"], row["district"], row["name_ascii"]), []).append(row)
    return provinces, districts, communes, unit_names


def facility_rows() -> list[dict[str, str]]:
    """The industrial_park rows of data/gazetteer/facilities.csv, in this table's columns."""
    out = []
    with FACILITIES_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] != "industrial_park":
                continue
            aliases = [a.strip() for a in row["aliases"].split(";") if a.strip()]
            if row["name_vi"]:
                aliases.insert(0, row["name_vi"])
            out.append({
                "name": row["name"], "aliases": aliases, "province": row["province"],
                "district": row["district"], "commune": row["commune"],
                "site": (row["lat"], row["lon"]) if row["precision"] == "site" else None,
                "source_url": row["source"],
                "note": ("from data/gazetteer/facilities.csv (" + row["id"] + ")"
                         + (": " + row["note"] if row["note"] else "")),
            })
    return out


def compiled_rows(unit_names) -> list[dict[str, str]]:
    out = []
    for (province, vi, district, commune, keys), extra in ROWS:
        short = fold(vi)
        name = extra.get("en") or f"{short} Industrial Park"
        aliases = [f"Khu công nghiệp {vi}", f"KCN {vi}"]
        if not extra.get("en"):
            aliases += [f"{short} IP", f"{short} Industrial Zone"]
            if short.lower() not in unit_names.get(province, set()) and short.lower() != province.lower():
                aliases += [vi, short]
        aliases += list(extra.get("aliases", ()))
        urls = []
        for key in keys.split():
            if key not in SOURCES:
                sys.exit(f"{province} / {vi}: unknown source key {key!r}")
            urls.append(SOURCES[key])
        out.append({"name": name, "aliases": aliases, "province": province, "district": district,
                    "commune": commune, "site": None, "source_url": " ".join(urls),
                    "note": extra.get("note", "")})
    return out


def build() -> str:
    provinces, districts, communes, unit_names = load_reference()
    rows = compiled_rows(unit_names) + facility_rows()
    seen: set[tuple[str, str]] = set()
    table = []
    for row in rows:
        label = f"{row['province']} / {row['name']}"
        key = (row["province"], row["name"].lower())
        if key in seen:
            sys.exit(f"{label}: second row with this province and name")
        seen.add(key)
        if row["province"] not in provinces:
            sys.exit(f"{label}: province not in provinces.geojson")
        lat = lon = precision = ""
        notes = [row["note"]] if row["note"] else []
        if row["district"] and not districts.get((row["province"], row["district"])):
            sys.exit(f"{label}: district {row['district']!r} not a single legacy district of the province")
        if row["commune"]:
            if not row["district"]:
                sys.exit(f"{label}: commune without district")
            unit = (row["province"], row["district"], row["commune"])
            hits = communes.get(unit, [])
            if unit in COMMUNE_LEVEL:
                hits = [h for h in hits if h["level"] == COMMUNE_LEVEL[unit]]
            if len(hits) != 1:
                sys.exit(f"{label}: commune {row['commune']!r} matches {len(hits)} legacy units")
            lat, lon, precision = hits[0]["lat"], hits[0]["lon"], "commune"
            notes.append("commune centre from data/places")
        elif row["district"]:
            unit = districts[(row["province"], row["district"])]
            lat, lon, precision = unit["lat"], unit["lon"], "district"
            notes.append("district centre from data/places")
        if row["site"]:
            lat, lon, precision = row["site"][0], row["site"][1], "site"
        aliases: list[str] = []
        for alias in row["aliases"]:
            if alias and alias != row["name"] and alias not in aliases:
                aliases.append(alias)
        table.append({"name": row["name"], "aliases": ";".join(aliases), "province": row["province"],
                      "district": row["district"], "commune": row["commune"], "lat": lat, "lon": lon,
                      "precision": precision, "source_url": row["source_url"],
                      "note": "; ".join(notes)})
    table.sort(key=lambda r: (r["province"], r["name"]))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_CSV)
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = parser.parse_args()
    text = build()
    rows = list(csv.DictReader(io.StringIO(text)))
    summary = (f"{len(rows)} rows, {len({r['province'] for r in rows})} provinces, "
               f"{sum(1 for r in rows if r['district'])} with district, "
               f"{sum(1 for r in rows if r['commune'])} with commune, "
               f"{sum(1 for r in rows if r['lat'])} with coordinates")
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(("OK: " if same else "DIFFERS: ") + f"{args.out} ({summary})")
        sys.exit(0 if same else 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {args.out}: {summary}")


if __name__ == "__main__":
    main()
