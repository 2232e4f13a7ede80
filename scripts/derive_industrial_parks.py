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
import unicodedata
from pathlib import Path

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
R('Bac Ninh','Tiên Sơn','','', 'bn_dautu360', note='402.81 ha; Viglacera')
R('Bac Ninh','Đại Đồng - Hoàn Sơn','','', 'bn_dautu360', note='phases 1 and 2')
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
R('Binh Duong','Cây Trường','','', 'bd_caytruong bd_baubang', note='~700 ha, Becamex; ground broken 17 May (2025)')
R('Binh Duong','Bàu Bàng','','', 'bd_baubang', note='Becamex; expansion phase 2 (380 ha) begun 2025', aliases=('Bau Bang Expanded Industrial Park',))
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
R('Dong Nai','Phước Bình','','', 'dn_kimoanh', note='190 ha, new in the plan')
R('Dong Nai','Gia Kiệm','','', 'dn_kimoanh', note='330 ha, new in the plan')
R('Dong Nai','Cẩm Mỹ','','', 'dn_kimoanh', note='300 ha, new in the plan')
R('Dong Nai','Suối Tre','','', 'dn_kimoanh', note='150 ha, new in the plan')
R('Dong Nai','An Phước','','', 'dn_kimoanh', note='expansion 130 -> 201 ha')
R('Dong Nai','Long Đức','','', 'dn_kimoanh', note='expansion 283 -> 580 ha')
R('Dong Nai','Định Quán','','', 'dn_kimoanh', note='expansion 54 -> 161 ha')
R('Dong Nai','Xuân Lộc','','', 'dn_kimoanh', note='expansion 109 -> 303 ha')
R('Dong Nai','Tân Phú','','', 'dn_kimoanh', note='expansion 54 -> 130 ha')
R('Dong Nai','Giang Điền','Trang Bom','', 'dn_bh2022', note='Trảng Bom district; its phase-2 expansion lies in Biên Hòa')
R('Dong Nai','Hố Nai','Trang Bom','', 'dn_bh2022', note='Trảng Bom district; its phase-2 expansion lies in Biên Hòa')
R('Dong Nai','Tam Phước','','', 'dn_bh2022', note='one of four parks Biên Hòa expands in 2022')
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
R('Thai Nguyen','Yên Bình','','', 'tn_qh tn_tv', aliases=('Yen Binh I Industrial Park','Khu công nghiệp Yên Bình I','Yen Binh 1 Industrial Park'), note='Samsung SEVT/SEMV; Yên Bình 2 and 3 are planned (thainguyentv)')
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
R('Hai Phong','VSIP Hải Phòng','','', 'hp_heza', en='VSIP Hai Phong Industrial Park', aliases=('VSIP Hai Phong','Vietnam Singapore Industrial Park Hai Phong','KCN VSIP Hải Phòng'))
R('Hai Phong','Công nghiệp và dịch vụ hàng hải','','', 'hp_heza', en='Maritime Industry and Services Industrial Park', aliases=('Khu công nghiệp Công nghiệp và dịch vụ hàng hải',))
R('Hai Phong','Tràng Duệ','','', 'hp_heza hp_ez', note='~400 ha, added to the Đình Vũ - Cát Hải EZ; Tràng Duệ 3 (652.7 ha) was established in 2025')
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
R('Thai Binh','Liên Hà Thái','','', 'tb_winco', note='industry-urban-service park in the Thái Bình Economic Zone', aliases=('Lien Ha Thai Industrial Urban and Service Park','Khu công nghiệp - Đô thị - Dịch vụ Liên Hà Thái'))
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
R('Nghe An','VSIP Nghệ An','','', 'na_bna', en='VSIP Nghe An Industrial Park', aliases=('VSIP Nghe An','Vietnam Singapore Industrial Park Nghe An','KCN VSIP Nghệ An'), note='367.6 ha, in the Southeast Economic Zone')
R('Nghe An','WHA','','', 'na_bna', en='WHA Industrial Zone 1 - Nghe An', aliases=('WHA Nghe An Industrial Park','WHA Industrial Park','WHA Nghe An','Khu công nghiệp WHA'), note='498 ha, in the Southeast Economic Zone')
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
R('Quang Ngai','VSIP Quảng Ngãi','','', 'qng_vsip', en='VSIP Quang Ngai Industrial Park', aliases=('VSIP Quang Ngai','Vietnam Singapore Industrial Park Quang Ngai','KCN VSIP Quảng Ngãi'), note='industry-urban-service complex, begun 13 Sep 2013; the fifth VSIP')
SOURCES['bp_bcm'] = 'https://betaen.vietnamplus.vn/construction-begins-on-industrial-urban-complex-in-binh-phuoc-post81632.vnp'
SOURCES['bp_mh'] = 'https://baomoi.com/tag/C%C3%B4ng-ty-TNHH-HAOHUA.epi'
SOURCES['ct_vt'] = 'https://vietnammoi.vn/giang-vien-tran-hong-nhung.html'
# ---- Binh Phuoc
R('Binh Phuoc','Becamex Bình Phước','Chon Thanh','', 'bp_bcm bp_mh', en='Becamex Binh Phuoc Industrial Park', aliases=('Becamex - Binh Phuoc Industrial and Urban Complex','Khu công nghiệp Becamex Bình Phước','Becamex Binh Phuoc'), note='industrial zone >2,448 ha of a 4,633 ha complex in Chơn Thành town and Minh Thành, Thành Tâm and Nha Bích communes, Chơn Thành district (VNA, 2018); phase 2 announced Dec 2024')
R('Binh Phuoc','Minh Hưng - Sikico','Hon Quan','', 'bp_mh', aliases=('Minh Hung Sikico Industrial Park',), note='Haohua tyre plant in Hớn Quản district')
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
R('Ho Chi Minh','Tân Bình','Tan Phu','', 'hcm_vnvn hcm_sggp1 hcm_epi', note='Tân Phú and Bình Tân districts (Hepza); district given is the first named; 133 ha')
R('Ho Chi Minh','Cát Lái','Thu Duc','', 'hcm_vnvn hcm_sggp1', note='Thủ Đức city')
R('Ho Chi Minh','Bình Chiểu','Thu Duc','', 'hcm_vnvn', note='Thủ Đức city')
R('Ho Chi Minh','Vĩnh Lộc','Binh Chanh','', 'hcm_vnvn hcm_sggp2', note='Bình Chánh district (photo caption, Hepza article); extension planned; Vĩnh Lộc 3 planned for 2025-2027')
R('Ho Chi Minh','Tây Bắc Củ Chi','','', 'hcm_epi hcm_sggp2', aliases=('Northwest Cu Chi Industrial Park','Tay Bac Cu Chi IP'), note='550 ha; the 2009 page puts it in Hóc Môn district, which is doubtful, so no district is given')
R('Ho Chi Minh','Lê Minh Xuân','','', 'hcm_sggp2', note='with its extension')
R('Ho Chi Minh','Lê Minh Xuân 2','Binh Chanh','', 'hcm_sggp1 hcm_sggp2', note='proposed, ~320 ha, Bình Chánh district')
R('Ho Chi Minh','Tân Phú Trung','','', 'hcm_sggp2', note='not yet approved (2022); Tân Phú Trung 2, 3 and 4 (Củ Chi) are planned for 2030-2033 (Hepza)')
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
R('Tien Giang','Tân Hương','','', 'tg_vns tg_vnp', note='operating (2022)')
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
R('Binh Phuoc','Hoa Lư','Loc Ninh','', 'bp_sggp', note='348 ha in the Hoa Lư border-gate economic zone, Lộc Ninh (2021)')
R('Binh Phuoc','Ledana','','', 'bp_sggp', note='438 ha, new in 2021; listed with Hoa Lư under the Hoa Lư border-gate EZ')
R('Binh Phuoc','V.com','','', 'bp_sggp', en='V.com Industrial Park', note='300 ha, new in 2021; listed with Hoa Lư under the Hoa Lư border-gate EZ')
R('Binh Phuoc','Đồng Phú','Dong Phu','', 'bp_sggp', note='6,317 ha, new in 2021 (the page writes "Dong Phuc District")')
R('Binh Phuoc','Minh Hưng III','Chon Thanh','', 'bp_sggp', note='expanded to 577.63 ha (2021)', aliases=('Minh Hung 3 Industrial Park',))
R('Binh Phuoc','Bắc Đồng Phú','Dong Phu','', 'bp_sggp', note='expanded to 317 ha (2021)')
R('Binh Phuoc','Nam Đồng Phú','Dong Phu','', 'bp_sggp', note='expanded to 480 ha (2021)')
R('Hai Duong','Lai Cách','','', 'hd_en', note='operating (2022)')
R('Hai Duong','An Phát','','', 'hd_en', aliases=('An Phat Complex Industrial Park','An Phat Complex'), note='operating (2022)')


#: Where a district has two legacy units of the same name, the level meant (and why).
COMMUNE_LEVEL = {
    # facilities.csv (Dong Banh): "commune given = Chi Lang township (thị trấn Chi Lăng)";
    # Chi Lang district also has a Chi Lăng commune.
    ("Lang Son", "Chi Lang", "Chi Lang"): "town",
}

# ---------------------------------------------------------------------------------------------

def ascii_fold(text: str) -> str:
    """Vietnamese to ASCII: NFKD, combining marks removed, đ/Đ to d/D."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
        short = ascii_fold(vi)
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
