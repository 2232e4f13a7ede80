"""English, as the provincial and national press writes it: geo's first language.

A language is this module's set of tables, no code of its own beyond small readers:
the words that never start a name, the words of lists, references and lines that are
not prose, and the figure rules (:data:`FIGURE_RULES`, in priority order, each with the
sentences it exists for and must not fire on). Another language is another module
with the same names; the passes in :mod:`geo.extract` read whichever they are given.
Head nouns of each kind live with the kinds (:mod:`geo.kinds`).
"""

from __future__ import annotations

import re

from ..rules import Figure, FigureRule
from ..tokens import CAP, DASH, MEMBER, NAME, NAME_PAREN, NUMBER, U, inside_parens, parse_number, squash

CODE = "en"

# ---------------------------------------------------------------------------
# Words

#: Capitalised words that start sentences or clauses but never start a name.
STOPWORDS = frozenset(
    """a an the this that these those its it their our in at of on to for from by with and or
    as after before since while when where which who whose regarding meanwhile besides
    including namely such like near under over into onto along across between both each
    every all some many most other another new existing local right up down also then
    thus therefore however moreover furthermore accordingly specifically particularly
    notably currently recently previously nearly about around approximately over more
    only even especially mainly just
    less than there here phase stage mr mrs ms dr vice chairman chairwoman director
    secretary deputy minister president ceo head province provincial district commune
    town city ward village chinese vietnamese vietnam's foreign domestic korean japanese
    international national central
    via toward towards against beyond within without during until""".split()
)

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12,
}

#: Words before a figure that qualify it ("nearly 60%"); looked up behind the number, so
#: that every figure pattern starts at a digit and fails fast everywhere else.
QUALIFIER_BEFORE = re.compile(
    r"\b(nearly|almost|about|around|approximately|roughly|over|more than|above|under|less than|up to|at least|some|only)"
    r"\s+(?:VND|USD|US\$|\$)?\s?$",
    re.IGNORECASE,
)

#: A figure after one of these in its sentence is a target, plan or commitment, not a fact.
TARGET_WORDS = re.compile(
    r"\b(expect\w*|target\w*|aim\w*|plan(?:s|ned|ning)? to|striv\w*|commit\w*|goal|"
    r"needs?|will|would|is to|are to|intend\w*|envisag\w*|orient\w*|hope\w*|seek\w*)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# Sentences

#: A full stop after these does not end a sentence.
ABBREVIATION_END = re.compile(r"\b(?:No|Mr|Mrs|Ms|Dr|St|Co|Ltd|Inc|Corp|vs|approx|e\.g|i\.e)\.$")

# ---------------------------------------------------------------------------
# Names

#: "QL18", "NH34", "ĐT830": written out, so that "NH34" and "National Highway 34" are one road.
ROAD_ABBREVIATIONS = {"QL": "National Highway", "NH": "National Highway", "ĐT": "Provincial Road", "DT": "Provincial Road"}
_ROAD_NUM = r"(?:No\.?\s*)?\d{1,4}[A-Z]?\d?\b"
#: "National Highways 4H and 279", "Ring Roads No.4 and No.5": one plural head, several numbers.
ROAD_NUMBERED_LIST = re.compile(
    r"\b(?P<head>(?i:(?:National|Provincial|Inter-provincial)\s+(?:Highways|Roads|Routes)|Ring\s+Roads|Belt\s+Roads)|"
    r"Highways|Roads|Routes)\s+"
    rf"(?P<nums>{_ROAD_NUM}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*){_ROAD_NUM})+)"
)
ROAD_LIST_NUM = re.compile(_ROAD_NUM)
ROAD_LIST_GATE = ("highways", "roads", "routes")
ROAD_NUMBERED = re.compile(
    r"\b(?P<head>(?i:(?:National|Provincial|Inter-provincial)\s+(?:Highway|Road|Route)|Ring\s+Road|Belt\s+Road|Highway)|"
    r"Road|Route|QL|NH|ĐT|DT)\s*(?P<num>(?:No\.?\s*)?\d{1,4}[A-Z]?\d?)\b",
)
NUMBERED = re.compile(
    rf"\b(?P<head>Industrial\s+(?:Cluster|Park|Zone)|industrial\s+(?:cluster|park|zone))\s+"
    rf"(?P<num>No\.\s*\d+[A-Z]?|[IVX]+\b|\d+[A-Z]?\b)"
    rf"(?:(?:\s+in|,)\s+(?P<loc>{NAME})\s+(?P<level>commune|ward|town|district))?"
)
HEAD_OF = re.compile(
    rf"\b(?P<head>Industrial\s+Park|industrial\s+park|Industrial\s+Cluster|industrial\s+cluster)"
    rf"\s+of\s+(?P<name>{NAME})\s+(?:district|commune|town|city)\b"
)
ROUTE = re.compile(
    rf"(?P<head>(?i:economic\s+corridor|expressway\s+axis|development\s+corridor|corridor|axis))"
    rf"\s+(?i:of|along|linking|connecting)\s+(?:the\s+)?"
    rf"(?P<list>{NAME_PAREN}(?:\s*{DASH}\s*{NAME_PAREN})+)",
)
#: A road named by the places it links, with a word that is not a road's head noun: "the Nha
#: Trang-Cam Lam section", "the Khanh Hoa-Buon Me Thuot route".
ROAD_SECTION = re.compile(rf"(?P<name>{CAP}(?:\s+{CAP}){{0,3}}(?:\s*{DASH}\s*{CAP}(?:\s+{CAP}){{0,3}})+)\s+"
                          rf"(?P<head>section|route|stretch)\b")
SECTION_GATE = ("section", "route", "stretch")
#: Park series whose acronym holds the head noun ("VSIP": Vietnam-Singapore Industrial Park), named by
#: a number or their province: "VSIP II", "VSIP Quang Ngai".
BRAND_PARK = re.compile(r"\b(?P<brand>VSIP)(?:\s+(?P<num>[IVX]{1,4}|\d{1,2}[A-Z]?)\b|\s+(?P<place>(?:[A-ZĐ][\w']*\s?){1,3}))?")
BRAND_GATE = ("VSIP",)
#: What follows a route's name when the route is a road, not a corridor.
ROUTE_IS_ROAD = re.compile(r"\s*(highway|expressway|railway|road)\b")
ROUTE_GATE = ("corridor", "axis")

#: What comes between a plural head noun and the list of its members.
LIST_TRIGGER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s+in\s+(?:the\s+)?(?:" + U + r"\w*\s+){0,3}(?i:province|district|city|town|area|region)?)?\s*,?\s*"
    r"(?:\b(?:such\s+as|namely|including|include|includes|like|which\s+(?:are|include)|are|is|of)\b|namely(?=[A-Z])|:|\s[—–\-](?=\s)|\((?=[^()]*(?:,|\sand\s)))\s*:?\s*(?=[^\s,;:])",
)
#: A list trigger that is "<place noun> of": what follows is the place ("in the province of An Giang").
PLACE_OF_TRIGGER = re.compile(r"(?i:province|district|city|town|area|region)\s*,?\s*of\b")
#: Opens a list whose members each carry a figure, wherever it stands after its head noun
#: ("three IZs received approval, with 700 ha, including Bai Say (150 ha), Dan Tien (150 ha) ...")
#: or in the sentence after it ("Eight are operational: Khai Quang (216.24 ha), ...").
FIGURED_LIST_TRIGGER = re.compile(r"(?:\b(?:including|include|includes|namely|such\s+as|like|are|were)\b\s*:?|:)\s*")
#: A figure written with a list member: "Bai Say (150 ha)", "Phu Bai with 818ha", "Phong Dien 700ha",
#: "Cay Truong from 300 to 700 hectares"; not a figure written before the next name ("Phu Ninh, 350ha Tam Nong").
ITEM_FIGURE = re.compile(
    rf"\s*(?:\(\s*(?:Phase\s+\w+\s*[-–:]\s*)?(?:about\s+|nearly\s+|over\s+)?{NUMBER}\s*(?:ha|hectares?|%|per\s*cent|percent)[^()]{{0,60}}\)"
    rf"|,?\s*(?:with\s+(?:an?\s+(?:total\s+)?(?:area|scale)\s+of\s+)?|covering\s+)?(?:about\s+|nearly\s+|over\s+|some\s+)?"
    rf"(?:from\s+{NUMBER}\s*(?:ha|hectares?)?\s+to\s+)?{NUMBER}\s*(?:ha|hectares?)\b(?!\s+(?-i:{U})))",
    re.IGNORECASE,
)
#: A figure written before a list member as an adjective: "438-hectare Ledana", "the 200ha Bàu Đưng".
ITEM_FIGURE_BEFORE = re.compile(rf"(?:the\s+)?{NUMBER}\s*-?\s*(?:ha|hectares?)\s+", re.IGNORECASE)
#: An area written in a sentence (two of them open the search for names each with its area).
AREA_FIGURE = re.compile(r"\d\s*-?\s*(?:ha|hectares?)\b", re.IGNORECASE)
#: The kinds whose members a run of names with areas can be.
RUN_KINDS = ("industrial_park", "industrial_cluster", "economic_zone")
#: A phase written after a list member is part of its name: "Ngu Phuc phase 1 (238.6 ha)",
#: "Binh Xuyen II - phase 1 (100%)".
ITEM_PHASE = re.compile(rf"\s*(?:{DASH}\s*)?(?P<phase>(?i:phase|stage)\s+(?:\d+|[IVX]+))\b")
#: A facility noun after a list member that names it, not the list's kind: "industrial parks …,
#: Cau Cuu, Tien Lang airport, Gia Loc 3" (the park by the airport).
ITEM_TAIL = re.compile(r"\s+(?P<tail>airport|seaport|port)(?=\s*(?:[,;)]|\band\b|$))")
#: Members written right after a plural head, with no word between: "industrial parks Thuy Nguyen,
#: Cau Cuu and Gia Loc 3".
LIST_DIRECT = re.compile(r"[ \t]+(?=" + U + r")")
#: A country in parentheses after a list member, and the other side of the pair after it:
#: "Ly Van (Vietnam) - Thac Long (China)".
COUNTRY_IN_PARENS = re.compile(r"\((?:Vietnam|Viet Nam|China|Laos|Lao PDR|Cambodia)\)")
PAIR_AFTER_COUNTRY = re.compile(rf"\s*{DASH}\s*(?P<name>{NAME})(?:\s*\([^()]{{1,30}}\))?")
#: A group named with a demonstrative, whose "are" opens its list: "These IPs are Dai An, Cong Hoa and Lai Cach".
DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+){0,3}[\w-]+$")
#: An expansion written before a list member is part of its name: "Dai An, expanded Dai An (phase 1), …".
ITEM_EXPANDED = re.compile(r"(?i:expanded|extended)\s+(?=" + U + r")")
#: A list member written as a number only, after a numbered one: the "2" of "Tra Noc 1 and 2",
#: the "2A" of "Hung Phu 1, 2A, and 2B", the "III" of "Dong Van I, II, III and IV".
ITEM_CODE = re.compile(r"(?P<code>\d{1,2}[A-Z]?|[IVX]{1,4})\b(?![.,]\d|\s*(?:%|(?i:ha|hectares?|km|per|percent)\b))")
#: A later list of a head already written, counted without it: "… six more, namely A, B and C".
MORE_LIST = re.compile(r"\b(?:\d+|" + "|".join(WORD_NUMBERS) + r")\s+(?:more|others)\s*"
                       r"(?:,?\s*(?:namely|including|such\s+as)|[,:])\s*", re.IGNORECASE)
#: A rate the sentence before stated, referred back to: "Parks with this occupancy rate include: …".
SAME_RATE = re.compile(r"\b(?:this|that|the\s+same|such\s+an?)\s+(?:occupancy\s+|fill(?:ing)?\s+)?rate\b", re.IGNORECASE)
MORE_GATE = (" more", " others", " More", " Others")
#: Figures given in the order of the facilities listed before them.
RESPECTIVELY = re.compile(r"\b(?i:respectively)\b")
#: The word that closes a list of names: "A, B and C".
LIST_AND = re.compile(r"\s(?:and|&)\s")
#: A generic noun after a list member ("Ledana facility", "V.com park").
ITEM_NOUN_AFTER = re.compile(r"\s+(facility|facilities|parks?|zones?|clusters?)\b")
ITEM_NOUN_KIND = {"park": "industrial_park", "parks": "industrial_park", "cluster": "industrial_cluster",
                  "clusters": "industrial_cluster", "zone": "economic_zone", "zones": "economic_zone"}
#: Between a list member and a figure that is its own: "Bai Say (150 ha)", "Phu Bai with 818ha".
MEMBER_FIGURE_GAP = re.compile(
    r"(?:\s*\([^()]{0,400}\))?\s*(?:\(\s*|,\s*)?(?:with\s+|covering\s+)?(?:(?:an?\s+)?(?:total\s+)?(?:area|scale)\s+of\s+)?"
    r"(?:about\s+|nearly\s+|over\s+|some\s+|approximately\s+)?")
#: Between a figure and the facilities it is stated for, listed after it as examples:
#: "100% of industrial land like Kim Hoa, Khai Quang, and Binh Xuyen II".
EXAMPLES_AFTER_FIGURE = re.compile(r"[^,.;]{0,40}?\b(?:like|such\s+as|including|namely)\s+(?:the\s+)?")
#: Between a figure and the name it is written before: "the 200ha Bàu Đưng" (nothing but a space).
FIGURE_BEFORE_NAME = re.compile(r"[ \t]+")
#: A name followed by these is a place, not a list member.
PLACE_NOUN_AFTER = re.compile(r"\s+(?i:province|district|city|town|commune|ward)\b")
#: A short clause between a counted group and its list: "Four IPs have been fully occupied, namely …".
LIST_AFTER_CLAUSE = re.compile(r"[^,.;:()]{1,100}?,?\s+(?:namely|including|such\s+as)\s+")
#: Triggers that are verbs, not list openers ("industrial parks are ...").
LIST_TRIGGER_VERBS = ("are", "is")
#: A list that is the whole group: "parks, namely A, B and C", "two parks: A and B".
COMPLETE_LIST = re.compile(r"(?:\s+in\s+(?:the\s+)?[\w\s]{1,40}?)?\s*,?\s*(?:namely|:|\s[—–]\s)")
#: Openers of a list of examples, not of the whole group.
EXAMPLE_LIST_WORDS = ("such", "includ", "like")
ITEM_LOCATION = re.compile(
    rf"\s+in\s+{NAME}(?:\s*(?:,|and)\s*{NAME})*\s+(?i:commune|communes|ward|wards|district|districts|town)\b"
)
ITEM_SEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)(?:the\s+)?")
#: Numbered siblings of a park named before: "Alongside Yen Binh 1 and 3" after "Yen Binh 2 IP".
SIBLING_NUMBERS = re.compile(
    rf"(?P<stem>{CAP}(?:\s+{CAP})*)\s+(?P<nums>(?:\d+[A-Z]?|[IVX]+)(?:\s*,\s*(?:\d+[A-Z]?|[IVX]+))*"
    rf"\s*,?\s+and\s+(?:\d+[A-Z]?|[IVX]+))\b"
)
SIBLING_NUMBER = re.compile(r"\d+[A-Z]?|[IVX]+")
SIBLING_GATE = re.compile(r"(?:\d[A-Z]?|\b[IVX]+)\s*,?\s+and\s+(?:\d|[IVX]+\b)")
#: A list written before its head noun: "A, B and C industrial parks", and without its
#: "and" when it has three names or more: "Song May, Ho Nai, Amata industrial parks".
LIST_AT_END = re.compile(rf"((?:{NAME})(?:\s*,\s*{MEMBER})*\s*,?\s+and\s+(?:the\s+)?{MEMBER}"
                         rf"|{NAME}(?:\s*,\s*{NAME}){{2,}})\s*$")
#: "the Management Board of X and Y Industrial Parks": an agency's name, not a list of facilities.
AGENCY_OF = re.compile(r"\b(?:Board|Authority|Department|Committee|Office|Ministry)\s+of\s+(?:the\s+)?$")
#: A name that is only one of these is a place, never a facility ("Vietnam Industrial Park Planning",
#: "the Cambodia border gate"); nor is a name that starts with a currency ("VND300-billion industrial cluster").
NOT_A_NAME = frozenset({"vietnam", "viet nam", "laos", "lao", "cambodia", "china", "thailand", "myanmar"})
#: Vietnam's neighbours as the press writes them: the far side of a border-gate pair lies there.
COUNTRIES = {"china": "China", "chinese": "China", "laos": "Laos", "lao": "Laos", "laos'": "Laos",
             "cambodia": "Cambodia", "cambodian": "Cambodia", "kingdom of cambodia": "Cambodia"}
COUNTRY_WORD = re.compile(r"\b(China|Chinese|Laos|Lao|Cambodia|Cambodian)\b")
NOT_A_NAME_START = re.compile(r"^(?:VND|VNĐ|USD|US\$|\$|\d|(?:Zone|Area|Section|Block|Lot|Phase|Stage)\s+\w{1,3}$)")

#: What, right after a head noun, shows that the head is part of another name.
NOT_A_FACILITY_AFTER = re.compile(
    r"\s+(?:Investment|Joint\s+Stock|Company|JSC|Corporation|Corp|Development\s+(?:Joint|Company|Corporation|JSC|Co\b)|"
    r"Co(?=\.)|Limited|Ltd|Group|(?i:management\s+board|authority)|Planning|Master\s+Plan|"
    r"(?i:parks?|industrial|clusters?|urban|network|networks|system|systems|sector|station|services))\b"
)
#: A phase written as part of a facility's name, right after its head noun: "Giao Long
#: Industrial Park Phase I", "Song Hau IP - Phase 2" (a separate facility from the park).
PHASE_AFTER = re.compile(rf"\s*(?:{DASH}\s*|\(\s*(?=Phase\s+\w+\s*\)))?(?P<phase>(?:(?:extension|expansion)\s+phase|Phase)\s+(?:\d+|[IVX]+)\b)\)?")
#: "phase 1 of Song Hau Industrial Park": a phase written before its park is a facility of its own,
#: named as written.
PHASE_OF_BEFORE = re.compile(r"\b(?i:phase)\s+(?:\d+|[IVX]+)\s+of\s+(?:the\s+)?(?:(?i:extended|expanded)\s+)?$")
#: An expansion written before a park's name is a facility of its own, named as written: "the
#: expanded Hoa Phu IP", "extended Que Vo Industrial Park".
EXPANDED_BEFORE = re.compile(r"\b(?i:expanded|extended)\s+$")
#: A number right after a brand's head noun belongs to its name: "WHA Industrial Zone 1 - Nghe An".
HEAD_NUMBER = re.compile(r"[ \t]+(?P<num>\d{1,2}|[IVX]{1,4})\b(?![.,]\d|\s*(?:%|(?i:ha|hectares?|km|per|percent)\b))")
#: A province after a numbered brand park, set off by a dash: "WHA Industrial Zone 1 - Nghe An".
PROVINCE_AFTER_DASH = re.compile(rf"\s*{DASH}\s*(?P<place>{NAME})")
#: A sentence that opens on another phase of the facility named with a phase just before:
#: "Giao Long Industrial Park Phase I has 25 projects. Phase II has 15 projects".
PHASE_OPENS = re.compile(r"^\s*(?P<phase>Phase\s+(?:\d+|[IVX]+))\b(?!\s+of\b)")
#: What a phase that is part of a name follows: a name word, a numeral or a head noun ("Binh Xuyen II - Phase 1").
PHASE_IN_NAME_BEFORE = re.compile(rf"(?:{CAP}|\d+[A-Z]?|[IVX]+)\s*(?:{DASH}\s*|\(\s*)?$")
#: A numbered road right before a head noun: "along National Highway 1 corridor" is the road.
ROAD_BEFORE = re.compile(r"(?:\b(?i:highway|road|route)|\bQL)\s*(?:No\.?\s*)?\d{1,4}[A-Z]?\s+$")
#: ", a [up to four modifiers] industrial park" after a name: an appositive naming the kind.
APPOSITIVE = re.compile(
    r",\s+(?:an?|another)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?P<head>industrial\s+park|industrial\s+zone|industrial\s+cluster|economic\s+zone|seaport|airport|port|border\s+gate)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:next|in|near|on|with|of|that|which|located|covering|spanning)\b)"
)
APPOSITIVE_GATE = ", a"  # also opens ", another"
PLACE_NOUNS = r"(?i:town|city|district|commune|ward|province|village|port|airport|river|bay|island)\b"
#: After a name seen before without its head noun: more name words or a place noun mean it is
#: not the facility ("Van Don town").
NAME_CONTINUES = re.compile(rf"\s+(?:{CAP}|{PLACE_NOUNS})")
#: "Quang Ninh's Dong Mai park": the possessor is not part of the name.
POSSESSIVE = re.compile(r"^.*?['’]s\s+")
POSSESSIVE_ENDINGS = ("'s", "’s")
#: The English article "An" that the Vietnamese syllable An must not be taken for: "An Ngoc Airport".
ARTICLE_AN = "an"
#: "the Phú Lâm cluster": a short head after a name already seen.
SHORT_HEAD = re.compile(rf"(?P<name>{NAME})\s+(?P<head>cluster|park|zone)\b")
SHORT_HEAD_KIND = {"cluster": "industrial_cluster", "park": "industrial_park", "zone": "economic_zone"}
#: Between a name and another name of the same facility: "Sa Pa Airport (also known as Lào Cai Airport)".
ALIAS_GAP = re.compile(r"\s*\(\s*(?:also\s+(?:known|called)\s+as|or|formerly|i\.e\.,?)?\s*")
#: A province name right after a head noun belongs to the name: "Vietnam – Singapore
#: Industrial Park Bắc Ninh (VSIP Bắc Ninh)", not "... Industrial Park, Bắc Ninh province".
PLACE_AFTER = re.compile(rf"[ \t]+(?P<place>{NAME})(?!\s*(?i:province|city|district|town|['’]s)\b)")
#: "X Industrial Park in (neighbouring) Ba Ria – Vung Tau", "X Port, Hai Phong": the province
#: written right after a facility is its province, whatever province the article is about.
PROVINCE_AFTER = re.compile(
    r"(?:\s*,\s*|\s+(?:located\s+)?in\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|central\s+|northern\s+|southern\s+)?"
    r"(?:province\s+of\s+)?)"
)
#: Where a facility is, written right after it: "(Quang Chau commune)", "in Dien Xa commune, Dien Chau
#: district", "(655 ha in Hon Quan district)", "(267ha) all located in Phu My town", "in My Loc and Vu Ban
#: districts in Nam Dinh" (a province after the unit is kept apart: ``province``).
LOCATION = re.compile(
    r"(?:\s*\([^()]{0,30}\))?"  # a figure in parentheses between the name and where it is
    r"(?:\s*\(\s*(?:[^()]{0,30}?\s(?:[Ll]ocated\s+)?in\s+)?|\s*,\s*(?:(?:all|both)\s+)?(?:[Ll]ocated\s+in\s+)?"
    r"|\s+(?:(?:all|both)\s+)?(?:[Ll]ocated\s+)?in\s+(?:the\s+)?)"
    rf"(?P<names>{NAME}(?:\s*(?:,|and)\s*{NAME})*)\s+"
    r"(?P<level>(?i:commune|communes|ward|wards|district|districts|town|city))\b"
    rf"(?:\s*,\s*(?P<district>{NAME})\s+(?i:district)\b)?"
    rf"(?:(?:\s*,\s*|\s+in\s+)(?P<province>{NAME}))?",
)
#: The word that may follow a province's name: "Vinh Phuc province", "Bac Lieu City".
PROVINCE_WORD = re.compile(r"\s+(?i:province|city)$")
#: Levels of place that say a commune, and those that say a district.
COMMUNE_LEVELS = ("commune", "ward")
DISTRICT_LEVELS = ("district", "town", "city")
NAME_LIST_SEP = re.compile(r"\s*(?:,|\band\b)\s*")

# ---------------------------------------------------------------------------
# References: what a figure in a sentence can be about when no name is written

ANAPHOR = re.compile(
    r"\b(?:(?i:the|this|that|its|such)\s+(?i:first\s+|new\s+|above\s+)?(?P<dir>(?i:eastern|western|northern|southern)\s+)?"
    r"(?P<noun>(?i:industrial\s+park|park|industrial\s+cluster|cluster|economic\s+zone|zone|project|airport|port|seaport|border\s+gate|expressway|railway))\b"
    r"(?!\s+(?:of|in)\s+" + U + r")"
    r"|^(?:Here|It|In\s+which|Of\s+which|Of\s+these|There)\b)",
)
#: "5 km from the airport": a reference after these is not what the sentence is about.
PREPOSITION_BEFORE = re.compile(r"\b(?:from|to|near|with|by|at|into|toward|towards|beside|around|between|past)\s+$", re.IGNORECASE)
#: A facility a sentence places something next to: "8km from Cua Viet Port", "near Ha Thanh
#: Station and highway 1A" (the second of two places after one preposition).
PLACED_BEFORE = re.compile(r"\b(?:from|to|near|beside|around|between|past|adjacent\s+to|next\s+to|close\s+to)\s+"
                           r"(?:(?:[^\s,;.]+\s+){1,6}(?:and|or)\s+)?$", re.IGNORECASE)
ANAPHOR_KIND = {
    "industrial park": "industrial_park", "park": "industrial_park",
    "industrial cluster": "industrial_cluster", "cluster": "industrial_cluster",
    "economic zone": "economic_zone", "zone": "economic_zone",
    "airport": "airport", "port": "seaport", "seaport": "seaport", "border gate": "border_gate",
    "expressway": "road", "railway": "railway",
}
#: The compass word of "the eastern park", as a name writes it.
COMPASS = {"eastern": "east", "western": "west", "northern": "north", "southern": "south"}
#: "10 industrial parks": the count written before a plural head noun.
COUNT_BEFORE = re.compile(r"\b(\d+|" + "|".join(WORD_NUMBERS) + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

# ---------------------------------------------------------------------------
# Figures


def qualifier(sentence: str, start: int) -> str | None:
    """The qualifier written just before the figure at ``start``, lower-cased."""
    match = QUALIFIER_BEFORE.search(sentence, max(0, start - 24), start)
    return match.group(1).lower() if match else None


def is_target(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` is a target, plan or commitment."""
    return bool(TARGET_WORDS.search(sentence, 0, start))


_PERCENT = rf"(?P<num>{NUMBER})\s*(?:%|per\s*cent|percent)"
#: What an occupancy rate is a share of, after the rate or between "occupancy rate of" and it.
_BASIS = r"(?P<basis>(?:leasable|rentable|commercial|industrial|total|available)\s+(?:industrial\s+)?(?:land|area)|land)"
_BASIS_AFTER = re.compile(rf"\s*(?:%|per\s*cent|percent)?\s*(?:occupied\s+|filled\s+|leased\s+)?of\s+(?:its|the)\s+{_BASIS}\b",
                          re.IGNORECASE)
_BASIS_BEFORE = re.compile(rf"\b(?:occupancy|fill(?:ing)?)\s+rate\s+of\s+(?:the\s+)?{_BASIS}\b", re.IGNORECASE)


def _occupancy(match: re.Match[str], sentence: str) -> list[Figure]:
    if is_target(sentence, match.start("num")):
        return []
    figures = [Figure("occupancy_pct", parse_number(match.group("num")), "%", qualifier(sentence, match.start("num")),
                      match.start("num"), match.end())]
    basis = _BASIS_AFTER.match(sentence, match.end("num")) or _BASIS_BEFORE.search(
        sentence, max(0, match.start() - 10), match.start("num"))
    if basis:  # what the rate is a share of: "92% of its leasable land"
        figures.append(Figure("occupancy_basis", squash(basis.group("basis").lower()), None, None,
                              basis.start("basis"), basis.end("basis")))
    return figures


_PHASE = re.compile(r"\b(?:phase\s+(?P<n>\d+|I{1,3}|one|two|three)|(?P<ord>first|second|third)\s+phase)\b", re.IGNORECASE)
_PHASE_N = {"1": 1, "2": 2, "3": 3, "i": 1, "ii": 2, "iii": 3, "one": 1, "two": 2, "three": 3,
            "first": 1, "second": 2, "third": 3}


def _expansion(match: re.Match[str], sentence: str) -> list[Figure]:
    """"expanded by 330 ha", "an additional 50 ha": what an expansion adds."""
    group = "num" if match.group("num") else "num2"
    return [Figure("area_expansion_ha", parse_number(match.group(group)), "ha", qualifier(sentence, match.start(group)),
                   match.start(group), match.end())]


def _area_changed(match: re.Match[str], sentence: str) -> list[Figure]:
    """"from 400 to 600 hectares": the area is now the second figure."""
    unit = "ha"
    scale = 100 if match.group("unit").lower().startswith(("km", "square")) else 1
    phase = _phase_before(sentence, match.start())  # "its area in phase 1 from 458 ha to 660 ha"
    attribute = f"area_phase_{phase}_ha" if phase else "area_ha"
    return [Figure(attribute, parse_number(match.group("num")) * scale, unit, qualifier(sentence, match.start("num")),
                   match.start(), match.end()),
            Figure("area_ha_before", parse_number(match.group("old")) * scale, unit, None,
                   match.start("old"), match.end("old"))]


def _fully(match: re.Match[str], sentence: str) -> list[Figure]:
    if is_target(sentence, match.start()):
        return []
    return [Figure("occupancy_pct", 100.0, "%", None, match.start(), match.end())]


#: What makes a sentence about occupancy: "occupancy", "leasing rates", "fill rate".
_ABOUT_OCCUPANCY = re.compile(r"occupan|\b(?:leasing|lease|fill(?:ing)?)\s+rates?\b", re.IGNORECASE)


def _occupancy_in_parens(match: re.Match[str], sentence: str) -> list[Figure]:
    """"Dong Xuyen IP (99.31%)" in a sentence about occupancy."""
    if not _ABOUT_OCCUPANCY.search(sentence) or is_target(sentence, match.start()):
        return []
    return [Figure("occupancy_pct", parse_number(match.group("num")), "%", qualifier(sentence, match.start("num")),
                   match.start("num"), match.end())]


#: "phase 1 of Song Hau IP" (a facility named with its phase), not "phase 1 of the project".
_PHASE_OF_NAME = re.compile(rf"\s+of\s+(?:the\s+)?{U}")


def _phase_before(sentence: str, pos: int) -> int | None:
    best = None
    for match in _PHASE.finditer(sentence, 0, pos):
        if PHASE_IN_NAME_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) and match.group(0)[0] == "P":
            continue  # "Giao Long Industrial Park Phase I has 25 projects": a facility's name, not a phase of it
        if _PHASE_OF_NAME.match(sentence, match.end()):
            continue  # "the 291-hectare phase 1 of Song Hau IP": the phase is the facility the figure is about
        if pos - match.end() <= 140:
            token = (match.group("n") or match.group("ord")).lower()
            best = _PHASE_N.get(token)
    return best


def _area(match: re.Match[str], sentence: str) -> list[Figure]:
    phase = _phase_before(sentence, match.start())
    attribute = f"area_phase_{phase}_ha" if phase else "area_ha"
    return [Figure(attribute, parse_number(match.group("num"), sentence), "ha", qualifier(sentence, match.start("num")),
                   match.start("num"), match.end(), adjective=bool(match.group("adj")))]


def _area_km2(match: re.Match[str], sentence: str) -> list[Figure]:
    return [Figure("area_ha", parse_number(match.group("num")) * 100, "ha", qualifier(sentence, match.start("num")),
                   match.start("num"), match.end())]


def _length(match: re.Match[str], sentence: str) -> list[Figure]:
    # "the 56 km Cam Lo – Lao Bao Expressway" is about what follows; "69 km long" about what precedes.
    adjective = "long" in match.groupdict() and not match.group("long")
    return [Figure("length_km", parse_number(match.group("num")), "km", qualifier(sentence, match.start("num")),
                   match.start("num"), match.end(), adjective=adjective)]


_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tr": 1e12,
           "triệu": 1e6, "tỷ": 1e9, "nghìn tỷ": 1e12}  # Vietnamese: "1.700 tỷ đồng"
_CURRENCIES = {"US$": "USD", "$": "USD", "US DOLLARS": "USD", "DONG": "VND", "ĐỒNG": "VND"}


def _money(match: re.Match[str], sentence: str) -> list[Figure]:
    currency = (match.group("pre") or match.group("post") or "").upper()
    if not currency:
        return []
    currency = _CURRENCIES.get(currency, currency)
    if inside_parens(sentence, match.start()):
        return []  # "4.8 trillion VND (201 million USD)": a conversion, not a second figure
    if is_target(sentence, match.start()):
        return []
    word = squash((match.group("scale") or "").lower())
    scale = _SCALES.get(word, 1.0)
    number = match.group("num")
    # "VND12.490 trillion", "2.357 billion USD": before an English scale word one dot is a decimal
    # point (12,490 trillion dong is no investment); "1.700 tỷ đồng" groups thousands.
    value = float(number) if word in _DECIMAL_DOT_SCALES and _ONE_DOT_GROUP.fullmatch(number) else parse_number(number)
    return [Figure(f"investment_{currency.lower()}", value * scale, currency,
                   qualifier(sentence, match.start("num")), match.start("num"), match.end())]


_ONE_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")
_DECIMAL_DOT_SCALES = ("million", "m", "billion", "bn", "trillion", "tr")


_COUNT_ATTRIBUTE = {
    "project": "projects", "projects": "projects",
    "enterprises": "enterprises", "businesses": "enterprises", "companies": "enterprises",
    "firms": "enterprises", "tenants": "enterprises", "investors": "enterprises",
    "workers": "workers", "employees": "workers", "labourers": "workers", "laborers": "workers",
    "people": "workers",
}


def _count(match: re.Match[str], sentence: str) -> list[Figure]:
    if is_target(sentence, match.start()):
        return []
    token = match.group("num").lower()
    try:
        value = WORD_NUMBERS[token] if token in WORD_NUMBERS else parse_number(token)
    except ValueError:
        return []
    return [Figure(_COUNT_ATTRIBUTE[match.group("what").lower()], value, None, qualifier(sentence, match.start("num")),
                   match.start("num"), match.end())]


_INVESTOR_CUE = re.compile(r"invest|develop|owner|built by|by\s*$|investor")
_INVESTOR_LEAD = re.compile(r"^(?:The|By|Investor|Infrastructure)\s+")


def _investor(match: re.Match[str], sentence: str) -> list[Figure]:
    window = sentence[max(0, match.start() - 60):match.start()].lower()
    if not _INVESTOR_CUE.search(window):
        return []
    name = _INVESTOR_LEAD.sub("", match.group("name").strip())
    return [Figure("investors", name, None, None, match.start(), match.end())]


def _place(match: re.Match[str], sentence: str) -> list[Figure]:
    names = "; ".join(n.strip() for n in NAME_LIST_SEP.split(match.group("names")) if n.strip())
    level = match.group("level").lower().rstrip("s")
    attribute = "district" if level == "district" else "commune"
    return [Figure(attribute, names, None, None, match.start("names"), match.end())]


_CONDITIONAL_BEFORE = re.compile(r"\b(when|once|after|if|expected|will)\b[^,]{0,30}$", re.IGNORECASE)
_BUILDS = re.compile(r"\bto\s+(?:build|develop|establish)\b", re.IGNORECASE)


def _status(status: str):
    def read(match: re.Match[str], sentence: str) -> list[Figure]:
        if status != "planned" and _CONDITIONAL_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            return []  # "once it is put into operation": not the status now
        # "plans to build X" names what follows; "X is expected to cover ..." what precedes.
        forward = status == "planned" and bool(_BUILDS.search(match.group(0)))
        return [Figure("status", status, None, None, match.start(), match.end(), forward=forward)]
    return read


#: Every figure rule, in priority order: a span an earlier rule read is not read again.
FIGURE_RULES: tuple[FigureRule, ...] = (
    # "58 per cent occupied" before "occupied, while ... 76%": the number-first form is the tighter one.
    FigureRule(
        "occupancy, number first",
        re.compile(rf"{_PERCENT}\s+(?:(?:land|space)\s+occupancy|occupancy|occupied|filled|leased|let|of\s+(?:its|the)\s+"
                   rf"(?:(?:leasable|industrial|commercial)\s+land|land\s+(?:filled|occupied|leased|let|rented)))",
                   re.IGNORECASE),
        _occupancy, gate=("%", "per"),
        examples=(("Dong Van II is 98% occupied.", {"occupancy_pct": 98}),
                  ("The park has leased 92% of its leasable land.", {"occupancy_pct": 92, "occupancy_basis": "leasable land"}),
                  ("It is about 70 percent filled.", {"occupancy_pct": 70}),
                  ("Thuy Van IP has 96 per cent land occupancy.", {"occupancy_pct": 96}),
                  ("100% of the land filled in 2010.", {"occupancy_pct": 100})),
        counter_examples=("The park aims to be 80% occupied by 2025.", "Exports rose 12% last year."),
    ),
    FigureRule(
        "occupancy, keyword first",
        re.compile(rf"\b(?:occupancy|occupation|occupied|fill(?:ed|ing)?\s+rate|lease[ds]?|leasing|filled)\b[^.;%]{{0,80}}?{_PERCENT}",
                   re.IGNORECASE),
        _occupancy, gate=("%", "per"),
        examples=(("The occupancy rate of Que Vo park is nearly 60%.", {"occupancy_pct": 60}),
                  ("Its occupancy rate of the industrial land is 85 per cent.", {"occupancy_pct": 85, "occupancy_basis": "industrial land"})),
        counter_examples=("The province expects an occupancy rate of 70% by 2030.",),
    ),
    FigureRule(
        "occupancy, a share of the land said to be occupied",
        re.compile(rf"{_PERCENT}\s+of\s+(?:its|the|the\s+\w+['’]s)\s+(?:\w+\s+)?(?:land|area)\s+(?:has|have|had)\s+"
                   rf"been\s+(?:occupied|leased|filled|rented|let)\b", re.IGNORECASE),
        _occupancy, gate=("%", "per"),
        examples=(("“95% of the park’s area has been occupied.", {"occupancy_pct": 95}),
                  ("About 80% of its industrial land has been leased.", {"occupancy_pct": 80})),
        counter_examples=("About 80% of the land has been cleared.", "10% of the area has been planted with trees."),
    ),
    FigureRule(
        "occupancy of a named facility 'at' a rate, in a sentence about occupancy",
        re.compile(rf"\b{U}[\w.]*\s+at\s+(?:about\s+|nearly\s+|over\s+)?{_PERCENT}"),
        _occupancy, gate=("occupan",),
        examples=(("Several parks have high occupancy rates, such as Binh Hoa at 84.63% and Binh Long at 61.47%.",
                   {"occupancy_pct": 84.63}),),
        counter_examples=("The occupancy rate is high, with growth at 12%.",
                          "Exports grew at 12% while occupancy stayed flat."),
    ),
    FigureRule(
        "occupancy in a clause parallel to an occupancy rate",
        re.compile(rf",\s*(?:and|while|whereas)\s+(?:that\s+)?(?:at|in|for|of)\s+(?:(?!rate|growth|share)[^,;%]){{1,80}}?\s+(?:is|was|stands\s+at|reaches|reached)\s+"
                   rf"(?:about\s+|nearly\s+|over\s+)?{_PERCENT}", re.IGNORECASE),
        _occupancy, gate=("occupan",), claims=False,  # the clause may hold an area ("the 201-hectare phase 1")
        examples=(("The occupancy rate at Phu Bai IZ is 98 per cent, and at Phong Dien B IZ is 67 per cent.",
                   {"occupancy_pct": 67}),
                  ("Song Hau IP has an occupancy ratio of 100%, while that of the 201-hectare phase 1 of Tan Phu "
                   "Thanh Industrial Park is 86%.", {"occupancy_pct": 86})),
        counter_examples=("The occupancy rate is high, and at Phu Bai the growth rate is 12%.",
                          "Exports rose 12%, and in Hanoi sales are 5% higher."),
    ),
    FigureRule(
        "occupancy in words: fully occupied",
        re.compile(r"\b(?:fully\s+(?:occupied|leased|let|filled|rented)|full\s+(?:land\s+)?occupancy|(?:leased|let|rented)\s+(?:out\s+)?(?:all|the\s+whole)\s+(?:of\s+)?"
                   r"(?:its|their|the)\b|filled\s+up|(?:has|have)\s+no\s+(?:land|space)\s+left\s+(?:to|for)\s+(?:lease|rent))",
                   re.IGNORECASE),
        _fully, gate=("full", "all", "whole", "filled up", "no land", "no space"), digits=False,
        examples=(("My Tho and Tan Huong are now fully occupied.", {"occupancy_pct": 100}),
                  ("VSIP I has leased out all its 490 hectares of industrial land.", {"occupancy_pct": 100}),
                  ("Four parks have filled up with projects.", {"occupancy_pct": 100}),
                  ("Trung Ha IP has reported full land occupancy.", {"occupancy_pct": 100})),
        counter_examples=("The park is expected to be fully occupied by 2026.", "The road is fully paved."),
    ),
    FigureRule(
        "occupancy in parentheses, in a sentence about occupancy",
        re.compile(rf"\(\s*(?:(?:nearly|almost|about|around|approximately|over|more\s+than)\s+)?"
                   rf"(?P<num>{NUMBER})\s*(?:%|per\s*cent|percent)\s*\)", re.IGNORECASE),
        _occupancy_in_parens, gate=("occupan", "leasing rate", "lease rate", "fill rate", "filling rate"),
        examples=(("Parks with high occupancy rates include Dong Xuyen (99.31%) and Conac (97.57%).", {"occupancy_pct": 99.31}),
                  ("IZs reaching high leasing rates include Bien Hoa I (100 percent), Go Dau (95 percent).",
                   {"occupancy_pct": 100}),
                  ("The occupancy rate reaches 65.1%, with high rates like Khai Quang (nearly 98%).",
                   {"occupancy_pct": 98})),
        counter_examples=("Exports rose to 2 billion USD (12%).",),
    ),
    FigureRule(
        "area an expansion adds, which is not the facility's area",
        re.compile(rf"\b(?:expand\w*|extend\w*|enlarg\w*|increas\w*|grow\w*)\s+(?:\w+\s+){{0,3}}?by\s+"
                   rf"(?:(?:about|nearly|over|more\s+than|some|approximately)\s+)?(?P<num>{NUMBER})\s*(?:hectares?|ha)\b"
                   rf"|\b(?:an?\s+)?(?:additional|extra|further)\s+(?P<num2>{NUMBER})\s*(?:hectares?|ha)\b",
                   re.IGNORECASE),
        _expansion, gate=("by", "additional", "extra", "further"),
        examples=(("The area will expand by more than 2,300ha, the committee announced.", {"area_expansion_ha": 2300}),
                  ("The 80-ha park will be expanded by 330 ha.", {"area_expansion_ha": 330}),
                  ("It will add an additional 50 hectares.", {"area_expansion_ha": 50})),
        counter_examples=("The park was established by the province on 120 ha.",),
    ),
    FigureRule(
        "area changed: from one figure to another",
        re.compile(rf"\bfrom\s+(?P<old>{NUMBER})\s*(?:ha|hectares?|km2|km²)?\s+to\s+(?P<num>{NUMBER})\s*(?P<unit>hectares?|ha|km2|km²)\b",
                   re.IGNORECASE),
        _area_changed, gate=("from",),
        examples=(("The PM approved expanding Lai Hung IP from 400 to 600 hectares.", {"area_ha": 600, "area_ha_before": 400}),
                  ("He agreed to expand VSIP Quang Ngai's area in phase 1 from 458 ha to 660 ha.",
                   {"area_phase_1_ha": 660}),
                  ("It grew from 25 ha to 40.5 ha.", {"area_ha": 40.5})),
        counter_examples=("Land prices rose from 40 to 60 USD per square metre.",),
    ),
    FigureRule(
        "area in hectares",
        re.compile(rf"(?P<num>{NUMBER})\s*(?P<adj>-\s*)?(?P<unit>hectares?|ha)\b(?!-)", re.IGNORECASE),
        _area, gate=("ha", "hectare"),
        examples=(("The park covers 1,223 ha.", {"area_ha": 1223}),
                  ("the 7.4-hectare Bac Tien Phong cluster", {"area_ha": 7.4}),
                  ("Phase 1 covers 337 ha.", {"area_phase_1_ha": 337}),
                  ("Giao Long Industrial Park Phase I covers 50 ha.", {"area_ha": 50}),
                  ("Diện tích 12,5 ha.", {"area_ha": 12.5})),
        counter_examples=("The park is in Hai Ha district.", "It has 500 hotel rooms."),
    ),
    FigureRule(
        "area in square kilometres",
        re.compile(rf"(?P<num>{NUMBER})\s*(?:km2|km²|sq\.?\s*km|square\s+kilomet(?:re|er)s)(?!\w)", re.IGNORECASE),
        _area_km2, gate=("km", "square"),
        examples=(("The zone spans 2,171 km2 of land and sea.", {"area_ha": 217100}),
                  ("Covering a total area of over 319 sq.km, the zone borders Cambodia.", {"area_ha": 31900})),
        counter_examples=("The road is 25 km long.",),
    ),
    FigureRule(
        "length, before a route or 'long'",
        re.compile(
            rf"(?P<num>{NUMBER})\s*(?P<adj>-\s*)?(?:km|kilomet(?:re|er)s?)(?![\w²])"
            rf"(?!\s*(?:from|to|away|south|north|east|west|of|off|inland|offshore|beyond)\b)"
            rf"(?:(?P<long>\s+long)|(?=\s+(?:{CAP}|route|line|road|section|expressway|highway|railway|stretch)))"),
        _length, gate=("km", "kilomet"),
        examples=(("the 56 km Cam Lo – Lao Bao Expressway", {"length_km": 56}),
                  ("The route is 69 km long.", {"length_km": 69})),
        counter_examples=("The park is 40 km from the airport.", "It lies 100 km to the south."),
    ),
    FigureRule(
        "length, 'a length of'",
        re.compile(rf"\b(?:length|stretch)\s+of\s+(?:about\s+|nearly\s+|over\s+)?(?P<num>{NUMBER})\s*(?:km|kilomet(?:re|er)s?)\b"),
        _length, gate=("km", "kilomet"),
        examples=(("The expressway has a length of 176 km.", {"length_km": 176}),),
        counter_examples=("It is 5 km away.",),
    ),
    FigureRule(
        "money",
        re.compile(
            rf"(?=[\dVUvu$])(?:(?P<pre>VND|USD|US\$|\$)\s?)?(?P<num>{NUMBER})\s*(?P<scale>million|billion|trillion|bn|tr|m|nghìn\s+tỷ|tỷ|triệu)?(?!\w)\s*"
            rf"(?P<post>VND|USD|US\s+dollars|dong|đồng)?",
            re.IGNORECASE),
        _money, gate=("vnd", "usd", "$", "dong", "đồng"),
        examples=(("Total investment is 4.8 trillion VND (201 million USD).", {"investment_vnd": 4.8e12}),
                  ("The project costs USD 300 million.", {"investment_usd": 3e8}),
                  ("Vốn 1.700 tỷ đồng.", {"investment_vnd": 1.7e12}),
                  ("7 projects worth more than VND12.490 trillion.", {"investment_vnd": 1.249e13})),
        counter_examples=("The province will invest 2 trillion VND by 2030.", "It covers 300 ha."),
    ),
    FigureRule(
        "count of projects, enterprises or workers",
        re.compile(
            rf"\b(?P<num>\d[\d,.]*|{'|'.join(WORD_NUMBERS)})\s+(?:(?:new|active|stable|secondary|operating|large|major|investment|fdi|domestic|foreign|local|registered|valid)\s+){{0,2}}"
            r"(?P<what>projects?|enterprises|businesses|companies|firms|tenants|investors|workers|employees|labou?rers|people)\b",
            re.IGNORECASE),
        _count, gate=("project", "enterpris", "business", "compan", "firm", "tenant", "investor", "worker",
                      "employee", "labo", "people"), digits=False,
        examples=(("The park houses 45 FDI projects.", {"projects": 45}),
                  ("It employs 12,000 workers.", {"workers": 12000}),
                  ("Three foreign enterprises operate there.", {"enterprises": 3})),
        counter_examples=("The park aims to attract 50 projects.",),
    ),
    FigureRule(
        "investor: a company named after an investing verb",
        re.compile(
            rf"(?P<name>{CAP}(?:\s+(?:{CAP}|&|and))*?\s+(?:Joint\s+Stock\s+Company|JSC|Company(?:\s+Limited)?|"
            rf"Corporation|Corp\.?|Group|Co\.,?\s*Ltd\.?|Limited|Holdings))\b"),
        _investor, gate=("invest", "develop", " by ", "owner"), digits=False, claims=False,
        examples=(("The park was developed by Viglacera Corporation.", {"investors": "Viglacera Corporation"}),
                  ("The park, whose owner is Sonadezi Corporation, opened in 2010.", {"investors": "Sonadezi Corporation"})),
        counter_examples=("Samsung Group opened a plant there.",),
    ),
    FigureRule(
        "place: the commune or district a sentence puts something in",
        re.compile(
            rf"\b(?:in|at)\s+(?:the\s+)?(?:(?:two|three|mountainous|border|coastal)\s+)?(?:(?i:communes?)\s+of\s+)?"
            rf"(?P<names>{NAME}(?:\s*(?:,|and)\s*{NAME})*)\s+(?P<level>(?i:communes?|wards?|district))\b"),
        _place, gate=("commune", "ward", "district"), digits=False, claims=False,
        examples=(("Construction started in Dien Xa commune.", {"commune": "Dien Xa"}),
                  ("The park lies in Hai Ha district.", {"district": "Hai Ha"})),
        counter_examples=("The commune has 5,000 people.",),
    ),
    FigureRule(
        "status: under construction",
        re.compile(r"\b(?:started\s+construction|broke\s+ground|groundbreaking|under\s+construction|construction\s+(?:began|started|has\s+begun))\b", re.IGNORECASE),
        _status("under_construction"), gate=("construction", "ground"), digits=False, claims=False,
        examples=(("The park is under construction.", {"status": "under_construction"}),),
        counter_examples=("When construction began in 2020, ... ", "The construction sector grew."),
    ),
    FigureRule(
        "status: operating",
        re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been|been)\s+put\s+into\s+operation|in\s+operation\b(?!\s+by)|(?:is|are)\s+operating|came\s+into\s+operation|existing)\b", re.IGNORECASE),
        _status("operating"), gate=("operat", "existing"), digits=False, claims=False,
        examples=(("The park was put into operation in 2015.", {"status": "operating"}),),
        counter_examples=("Once it is put into operation, the park will employ 5,000.", "It will be in operation by 2026."),
    ),
    FigureRule(
        "status: approved",
        re.compile(r"\b(?:granted\s+an?\s+investment\s+(?:certificate|registration)|decision\s+to\s+establish|investment\s+policy\s+(?:was\s+)?approved|approved\s+the\s+investment)\b", re.IGNORECASE),
        _status("approved"), gate=("invest", "establish"), digits=False, claims=False,
        examples=(("The Prime Minister approved the investment policy; investment policy was approved in May.", {"status": "approved"}),),
        counter_examples=("Investment rose sharply.",),
    ),
    FigureRule(
        "status: planned",
        re.compile(r"\b(?:plan(?:s|ned|ning)?\s+to\s+(?:build|develop|establish)|(?:is|are)\s+planned|will\s+be\s+newly\s+developed|newly\s+developed\s+projects?|expected\s+to\s+(?:cover|span)|will\s+span|in\s+the\s+planning)\b", re.IGNORECASE),
        _status("planned"), gate=("plan", "develop", "expect", "span"), digits=False, claims=False,
        examples=(("The province plans to build Song Khoai Industrial Park.", {"status": "planned"}),),
        counter_examples=("The plan was discussed.",),
    ),
)
