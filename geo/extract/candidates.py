"""Pass 2: the facility names one sentence writes, and the groups it speaks of.

A facility is a run of capitalised name words joined to a head noun of one of the
kinds in :mod:`geo.kinds` ("Dong Mai" + "Industrial Park"), a head noun followed by a
number ("National Highway 18C", "Industrial Cluster No. 2"), a list that shares one
plural head noun ("industrial parks such as A, B and C"), an appositive ("Amata City
Long Thanh, a … industrial park"), or a route written as a dash-separated list ("the
economic corridor of A - B - C"). No list of known names is used to *find* facilities.
Each way is one pass, listed in :data:`NAME_RULES` with the sentences it exists for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from ..boundaries import province_named
from ..kinds import KINDS, LINE_KINDS
from ..names import ROUTE_PARTS, trie_pattern
from ..places import place_index
from .rules import NameRule
from .tokens import (
    CAP, DASH, MEMBER_RE, NAME_AT_END, NAME_RE, TRAILING_NUMBER, U, UPPER_CLASS, WORD_GAP, squash,
)

# ---------------------------------------------------------------------------
# Head nouns of every kind, compiled once


@dataclass(frozen=True)
class Head:
    kind: str
    phrase: str
    plural: bool


def _heads() -> list[Head]:
    heads = []
    for kind in KINDS.values():
        heads += [Head(kind.name, h, False) for h in kind.heads]
        heads += [Head(kind.name, p, True) for p in kind.plurals]
    return sorted(heads, key=lambda h: len(h.phrase), reverse=True)


_HEADS = _heads()
_ACRONYMS = {h.phrase for h in _HEADS if len(h.phrase) <= 3 and h.phrase.isalpha()}


def _head_key(text: str) -> str:
    return re.sub(r"[\s\-\u2013\u2014]+", " ", text.lower()).strip()


_HEAD_BY_KEY = {_head_key(h.phrase): h for h in _HEADS if h.phrase not in _ACRONYMS}
#: "IP", "EZ", and plurals as the press writes them: "IPs", "IZs".
_HEAD_BY_ACRONYM = {(h.phrase[:-1].upper() + "s" if h.plural else h.phrase.upper()): h
                    for h in _HEADS if h.phrase in _ACRONYMS}
HEAD_RE = re.compile(
    r"(?<![\w\-])(?:(?i:"
    + trie_pattern([re.split(r"[\s\-]+", h.phrase) for h in _HEADS if h.phrase not in _ACRONYMS], WORD_GAP)
    + r")|" + "|".join(sorted(_HEAD_BY_ACRONYM, key=len, reverse=True)) + r")(?![\w\-])"
)


def head_of(text: str) -> Head:
    """The head noun a matched phrase is: "Industrial  Park", "IP", "border-gate economic zone"."""
    return _HEAD_BY_ACRONYM.get(text) or _HEAD_BY_KEY[_head_key(text)]


def canonical_head(head: Head) -> str:
    """The singular head noun a list's members are named with ("Industrial Park")."""
    singular = KINDS[head.kind].heads
    phrase = head.phrase
    for h in singular:
        if phrase.startswith(h) or phrase.rstrip("s") == h:
            return h.upper() if h in _ACRONYMS else h.title()
    return singular[0].title()


# ---------------------------------------------------------------------------
# Records


@dataclass
class Candidate:
    """A facility name found in one sentence, at ``start:end`` of it."""

    kind: str
    name: str
    start: int
    end: int
    listed: bool = False
    alias_of_previous: bool = False
    bare: str | None = None  # the name without its head noun ("Lễ Môn"), to find it again later
    commune: str | None = None  # a commune the name itself gives ("Industrial Cluster No. 2 in Hop Thanh commune")
    country: str | None = None  # the far side of a border-gate pair lies abroad ("Dansavanh", Laos)


@dataclass
class Subject:
    """What a figure in a sentence can be about: a facility, a group or a reference."""

    start: int
    end: int
    mention: int | None = None  # index into the article's mentions
    group_kind: str | None = None  # a group such as "10 industrial parks"
    count: int | None = None
    anaphor_kind: str | None = None  # "the industrial park", "here", "the project"
    anaphor: bool = False
    direction: str | None = None  # "the eastern park": the one whose name says East
    listed: bool = False  # a member of a list: never the subject of what follows the list
    members: tuple[str, ...] = ()  # of a group: the names listed with it
    members_complete: bool = False  # "namely A, B and C" rather than "such as A, B..."


#: A word written in lower case, not a unit after a number ("160 ha": "Ha Tien" may open a sentence).
_LOWER_WORD = re.compile(r"(?<!\d)(?<!\d )(?<!\d-)\b[a-zà-ỹđ][\w'’]*")
_MIDCAP_WORD = re.compile(rf"[a-z,;]\s+({CAP})")


@dataclass(frozen=True)
class Vocabulary:
    """How an article writes its words, to tell names from ordinary words.

    ``lowercase``: words the article writes in lower case somewhere ("traffic"), so a
    capitalised one at a clause start is not a name. ``midcaps``: words it capitalises
    inside a sentence, which are names wherever they occur. ``lang``: the rule tables
    of the article's language.
    """

    lowercase: frozenset[str]
    midcaps: frozenset[str]
    lang: ModuleType
    data_dir: Path | None = None  # where province names are read from

    @classmethod
    def of(cls, text: str, lang: ModuleType, data_dir: Path | None = None) -> Vocabulary:
        return cls(
            lowercase=frozenset(_LOWER_WORD.findall(text)),
            midcaps=frozenset(w.lower() for w in _MIDCAP_WORD.findall(text)),
            lang=lang,
            data_dir=data_dir,
        )


# ---------------------------------------------------------------------------
# Names before a head noun

_SPACE_SPLIT = re.compile(r"(\s+)")
_BRAND = re.compile(rf"[{UPPER_CLASS}]{{2,}}")


def clean_name(name: str, vocabulary: Vocabulary, *, at_clause_start: bool) -> str:
    """Drop leading words that are not part of a proper name."""
    lang = vocabulary.lang
    if "_" in name:  # "VIETRQuang_Tri_economic_zoneADE - Quon Ngang": page furniture glued before a name
        name = re.sub(rf"^.*_\S*(?:\s*{DASH}\s*|\s+)", "", name)
        at_clause_start = False
    possessive = lang.POSSESSIVE.search(name)
    if possessive:
        name = name[possessive.end():]
        at_clause_start = False
    words = _SPACE_SPLIT.split(name)
    while words:
        first = words[0]
        lower = first.lower()
        # Compared as written: "Thất" (a Vietnamese name) is not the stopword "that".
        drop = lower in lang.STOPWORDS or lower.endswith(lang.POSSESSIVE_ENDINGS)
        syllable = lower == lang.ARTICLE_AN and len(words) > 2 and words[2][:1].lower() not in "aeiouy"
        if syllable:
            drop = False  # "An Ngoc Airport", "An Giang": the Vietnamese syllable An, not the article
        if not drop and not syllable and at_clause_start and lower in vocabulary.lowercase \
                and not _BRAND.fullmatch(first):
            drop = True  # "Traffic", but not "DEEP" of "DEEP C II": a word in capitals is a brand
        if not drop:
            break
        words = words[2:]
        at_clause_start = False
    return "".join(words).strip(" -–")


def is_a_name(name: str, lang: ModuleType) -> bool:
    """Whether ``name`` can name a facility: not a country alone, not a sum of money, not one letter."""
    return len(name) > 1 and name.lower() not in lang.NOT_A_NAME and not lang.NOT_A_NAME_START.match(name)


def word_start_before(sentence: str, pos: int) -> int:
    """The start of the first whole word at or after ``pos`` (0 if ``pos`` is before the start).

    Names end at a head noun and are never long: searching the text just before the
    head, rather than the whole sentence, keeps the search linear.
    """
    if pos <= 0:
        return 0
    space = sentence.find(" ", pos)
    return 0 if space < 0 else space + 1


def name_before(sentence: str, head_start: int, vocabulary: Vocabulary) -> tuple[str, int] | None:
    """The proper name written right before ``head_start``, and where it starts."""
    prefix = sentence[:head_start]
    match = NAME_AT_END.search(sentence, word_start_before(sentence, head_start - 160), head_start)
    if not match:
        return None
    raw = match.group(1)
    start = match.start(1)
    before = prefix[:start].rstrip()
    at_clause_start = not before or before.endswith((":", ";", "—", "–", "(", "\"", "“"))
    name = clean_name(raw, vocabulary, at_clause_start=at_clause_start)
    if not name or not re.search(U, name[:1]) or not is_a_name(name, vocabulary.lang):
        return None
    start = start + raw.index(name)
    return name, start


# ---------------------------------------------------------------------------
# The passes


def routes(sentence: str, lower: str, vocabulary: Vocabulary) -> list[Candidate]:
    """"the economic corridor of Ha Long - Van Don - Mong Cai"."""
    lang = vocabulary.lang
    if not any(word in lower for word in lang.ROUTE_GATE):
        return []
    out = []
    for match in lang.ROUTE.finditer(sentence):
        # "the corridor of Bac Giang - Lang Son highway" names a road, found by the numbered/head passes.
        if lang.ROUTE_IS_ROAD.match(sentence[match.end():match.end() + 25].lower()):
            continue
        out.append(Candidate("corridor", f"{match.group('list')} {squash(match.group('head').lower())}",
                             match.start(), match.end()))
    return out


def road_sections(sentence: str, lower: str, vocabulary: Vocabulary) -> list[Candidate]:
    """"the Nha Trang-Cam Lam section", "the 117-km Khanh Hoa-Buon Me Thuot route": a road named by
    the places it links, with a word that is no head noun of a road; one of them must be a known place."""
    lang = vocabulary.lang
    if not any(word in lower for word in lang.SECTION_GATE):
        return []
    places = place_index(vocabulary.data_dir)
    out = []
    for match in lang.ROAD_SECTION.finditer(sentence):
        name = clean_name(match.group("name"), vocabulary, at_clause_start=True)  # "The Nha Trang-…"
        parts = [p for p in ROUTE_PARTS.split(name) if p.strip()]
        if len(parts) >= 2 and any(places.rows(p) or province_named(p, vocabulary.data_dir) for p in parts):
            start = match.start("name") + match.group("name").index(name)
            out.append(Candidate("road", f"{squash(name)} {match.group('head').lower()}", start, match.end()))
    return out


def numbered_roads(sentence: str, lower: str, vocabulary: Vocabulary) -> list[Candidate]:
    """"National Highway 18C", "QL5", "ĐT830"."""
    lang = vocabulary.lang
    out = []
    for match in lang.ROAD_NUMBERED.finditer(sentence):
        head = lang.ROAD_ABBREVIATIONS.get(match.group("head"), squash(match.group("head")).title())
        out.append(Candidate("road", f"{head} {match.group('num')}", match.start(), match.end()))
    if not any(word in lower for word in lang.ROAD_LIST_GATE):
        return out
    for match in lang.ROAD_NUMBERED_LIST.finditer(sentence):
        # "National Highways 4H and 279": each number is a road named with the singular head.
        head = squash(match.group("head")).title()[:-1]
        for num in lang.ROAD_LIST_NUM.finditer(sentence, match.start("nums"), match.end("nums")):
            out.append(Candidate("road", f"{head} {num.group(0)}", num.start(), num.end(), listed=True))
    return out


def _park_head(match: re.Match[str]) -> tuple[str, str]:
    """The head noun of "Industrial Cluster No. 2" / "industrial park of X", and its kind."""
    head = squash(match.group("head")).title()
    return head, "industrial_cluster" if "cluster" in head.lower() else "industrial_park"


def numbered_parks(sentence: str, lower: str, vocabulary: Vocabulary) -> list[Candidate]:
    """"Industrial Cluster No. 2 in Hop Thanh commune", "Industrial Park II"."""
    if "industrial" not in lower:
        return []
    out = []
    for match in vocabulary.lang.NUMBERED.finditer(sentence):
        head, kind = _park_head(match)
        name = f"{head} {squash(match.group('num'))}"
        commune = None
        if match.group("loc"):
            # A number alone does not name a facility: "No. 2 in Hop Thanh commune" does.
            name += f" in {match.group('loc')} {match.group('level')}"
            if match.group("level") != "district":
                commune = match.group("loc")
        out.append(Candidate(kind, name, match.start(), match.end(), commune=commune))
    return out


def parks_of_places(sentence: str, lower: str, vocabulary: Vocabulary) -> list[Candidate]:
    """"the industrial park of Hai Ha district"."""
    if " of " not in lower:
        return []
    out = []
    for match in vocabulary.lang.HEAD_OF.finditer(sentence):
        head, kind = _park_head(match)
        out.append(Candidate(kind, f"{match.group('name')} {head}", match.start(), match.end()))
    return out


def brand_parks(sentence: str, lower: str, vocabulary: Vocabulary) -> list[Candidate]:
    """"VSIP Quang Ngai", "VSIP II": a series of parks whose acronym holds its head noun
    (Vietnam-Singapore Industrial Park), numbered or named after its province."""
    lang = vocabulary.lang
    if not any(word in sentence for word in lang.BRAND_GATE):
        return []
    out = []
    for match in lang.BRAND_PARK.finditer(sentence):
        if lang.NOT_A_FACILITY_AFTER.match(sentence, match.end()):
            continue  # "VSIP Quang Ngai Co. Ltd.": the company
        name, end = match.group("brand"), match.end("brand")
        if match.group("num"):
            name, end = f"{name} {match.group('num')}", match.end("num")
        else:
            words = (match.group("place") or "").split()
            size = next((n for n in range(min(3, len(words)), 0, -1)
                         if province_named(" ".join(words[:n]), vocabulary.data_dir)), 0)
            if not size:
                continue  # a bare "VSIP" is an abbreviation of a name written in full
            name = f"{name} {' '.join(words[:size])}"
            end = match.start("place") + len(" ".join(words[:size]))
        if lang.NOT_A_FACILITY_AFTER.match(sentence, end):
            continue
        out.append(Candidate("industrial_park", name, match.start(), end))
    return out


def headed_names(sentence: str, lower: str, vocabulary: Vocabulary,
                 *, lists: bool = True) -> tuple[list[Candidate], list[Subject]]:
    """Name + head noun ("Dong Mai Industrial Park"), and lists sharing a plural head."""
    lang = vocabulary.lang
    cands: list[Candidate] = []
    groups: list[Subject] = []
    for match in HEAD_RE.finditer(sentence):
        head = head_of(match.group(0))
        h_start, h_end = match.span()
        if head.plural:
            count = count_before(sentence, h_start, lang)
            members = list_after(sentence, h_end, head, vocabulary, count=count) if lists else []
            members += list_before(sentence, h_start, head, vocabulary) if lists else []
            cands += members
            names = tuple(m.bare or m.name for m in members)
            cands += more_of_head(sentence, match, head, vocabulary) if lists else []  # not of this group
            complete = bool(names) and (
                (count is not None and count == len(names))
                or (lang.COMPLETE_LIST.match(sentence, h_end) is not None
                    and not sentence[h_end:].lstrip(" ,:").startswith(lang.EXAMPLE_LIST_WORDS))
                and "..." not in sentence[h_end:] and "…" not in sentence[h_end:])
            groups.append(Subject(h_start, h_end, group_kind=head.kind, count=count,
                                  members=names, members_complete=complete))
            continue
        if lang.NOT_A_FACILITY_AFTER.match(sentence, h_end):
            continue  # "Green Park Industrial Park Investment JSC", "Van Don Airport parks"
        if head.kind == "corridor" and lang.ROAD_BEFORE.search(sentence, max(0, h_start - 40), h_start):
            continue  # "along National Highway 1 corridor": the road, which numbered_roads finds
        found = name_before(sentence, h_start, vocabulary)
        if found is None:
            continue
        name, n_start = found
        if (" " not in name and match.group(0).islower() and not sentence[:n_start].strip()
                and name.lower() not in vocabulary.midcaps):
            continue  # "Traffic road works began": a sentence-initial word, not a name
        if head.kind == "border_gate" and not head.plural:
            pair = _dash_parts(sentence, (name, n_start, n_start + len(name), False), minimum=2)
            if len(pair) == 2:  # "Lao Bao – Dansavanh border crossing": a gate on each side
                cands += _gate_pair(sentence, pair, match.group(0), head, vocabulary)
                continue
        full, end = f"{name} {match.group(0)}", h_end
        number = lang.HEAD_NUMBER.match(sentence, h_end) if not TRAILING_NUMBER.search(name) else None
        if number:  # "WHA Industrial Zone 1": the brand's park number is part of its name
            full, end = f"{full} {number.group('num')}", number.end()
        suffix = _province_suffix(sentence, end, vocabulary, dash=number is not None)
        if suffix:
            full, end = f"{full} {suffix.group('place')}", suffix.end("place")
        phase = lang.PHASE_AFTER.match(sentence, end) if head.kind not in LINE_KINDS else None
        if phase:  # "Giao Long Industrial Park Phase I": the phase is a facility of its own (a road's is a section)
            full, end = f"{full} {phase.group('phase')}", phase.end()
        phase_of = (lang.PHASE_OF_BEFORE.search(sentence, max(0, n_start - 30), n_start)
                    or lang.EXPANDED_BEFORE.search(sentence, max(0, n_start - 12), n_start))
        if phase_of and not phase:  # "phase 1 of Song Hau Industrial Park", "expanded Hoa Phu IP": as written
            cands.append(Candidate(head.kind, squash(sentence[phase_of.start():end]), phase_of.start(), end))
            continue
        cands.append(Candidate(head.kind, full, n_start, end, bare=name if not (phase or number) else None))
        if lists:
            cands += _figured_followers(sentence, end, head, vocabulary)
    return cands, groups


def _figured_followers(sentence: str, pos: int, head: Head, vocabulary: Vocabulary) -> list[Candidate]:
    """"expand Lai Hung IP from 400 to 600 ha, Cay Truong from 300 to 700 ha and Rach Bap ...":
    names after a facility and its figure, each with a figure of its own, share its head noun."""
    lang = vocabulary.lang
    figure = lang.ITEM_FIGURE.match(sentence, pos)
    sep = figure and lang.ITEM_SEP.match(sentence, figure.end())
    if not sep:
        return []
    items, _ = _items(sentence, sep.end(), vocabulary)
    if not items or not all(figured for *_, figured in items) or HEAD_RE.match(sentence, items[0][2] + 1):
        return []
    return _members(items, head)


def appositives(sentence: str, lower: str, vocabulary: Vocabulary) -> list[Candidate]:
    """"Amata City Long Thanh, a 410-hectare high-tech industrial park": the name has no head noun."""
    lang = vocabulary.lang
    if lang.APPOSITIVE_GATE not in sentence:
        return []
    out = []
    for match in lang.APPOSITIVE.finditer(sentence):
        found = name_before(sentence, match.start(), vocabulary)
        if found is not None and " " in found[0]:
            name, n_start = found
            out.append(Candidate(head_of(match.group("head")).kind, name, n_start, n_start + len(name), bare=name))
    return out


def short_heads(sentence: str, lower: str, vocabulary: Vocabulary,
                known: dict[str, dict[str, str]]) -> list[Candidate]:
    """"the Phú Lâm cluster", "the Lễ Môn park": a short head after a name already seen."""
    lang = vocabulary.lang
    if not known or not any(w in lower for w in lang.SHORT_HEAD_KIND):
        return []
    out = []
    for match in lang.SHORT_HEAD.finditer(sentence):
        kind = lang.SHORT_HEAD_KIND[match.group("head")]
        if set(known.get(match.group("name"), {})) == {kind}:
            out.append(Candidate(kind, known[match.group("name")][kind], match.start("name"), match.end(),
                                 bare=match.group("name")))
    return out


def sibling_phase(sentence: str, previous: str | None, vocabulary: Vocabulary) -> Candidate | None:
    """"Phase II has 15 projects" right after "Giao Long Industrial Park Phase I ...": the park's Phase II."""
    lang = vocabulary.lang
    opens = lang.PHASE_OPENS.match(sentence)
    if not opens or not previous:
        return None
    named = re.search(rf"\s*(?:{DASH}\s*)?Phase\s+\S+$", previous)
    if not named:
        return None
    name = f"{previous[:named.start()]} {opens.group('phase')}"
    return Candidate("", name, opens.start("phase"), opens.end("phase"))


def numbered_siblings(sentence: str, vocabulary: Vocabulary, known: dict[str, dict[str, str]],
                      found: list[Candidate]) -> list[Candidate]:
    """"Alongside Yen Binh 1 and 3" in an article that names "Yen Binh 2 IP": the numbered siblings."""
    lang = vocabulary.lang
    matches = list(lang.SIBLING_NUMBERS.finditer(sentence)) if lang.SIBLING_GATE.search(sentence) else []
    if not matches:
        return []
    numbered: dict[str, tuple[str, str]] = {}  # stem -> (kind, head as written)
    for bare, kinds in [*known.items(), *((c.bare, {c.kind: c.name}) for c in found if c.bare)]:
        trailing = TRAILING_NUMBER.search(bare)
        if trailing and len(kinds) == 1:
            ((kind, written),) = kinds.items()
            numbered[bare[: trailing.start()]] = (kind, written[len(bare):].strip())
    out = []
    for match in matches:
        stem = next((s for s in numbered if match.group("stem").endswith(s)), None)
        if stem is None:
            continue
        kind, head = numbered[stem]
        for num in lang.SIBLING_NUMBER.finditer(sentence, match.start("nums"), match.end("nums")):
            name = f"{stem} {num.group(0)}"
            out.append(Candidate(kind, f"{name} {head}".strip(), num.start(), num.end(), listed=True, bare=name))
    return out


def names_seen_before(sentence: str, vocabulary: Vocabulary, known: dict[str, dict[str, str]],
                      taken: list[tuple[int, int]]) -> list[Candidate]:
    """A bare "Quang Yen" after "Quang Yen coastal economic zone", named as first written."""
    out = []
    for bare, kinds in known.items():
        if len(kinds) != 1:
            continue  # "Van Don" alone could be the zone, the airport or the cluster
        ((kind, written),) = kinds.items()
        for start, end in _bare_occurrences(sentence, bare, vocabulary.lang):
            if any(s <= start < e for s, e in taken):
                continue
            out.append(Candidate(kind, written, start, end, bare=bare))
    return out


#: The passes above with the sentences each exists for (tests/test_rules.py runs them).
NAME_RULES: tuple[NameRule, ...] = (
    NameRule("routes", (("the economic corridor of Ha Long - Van Don - Mong Cai is key.",
                          ("Ha Long - Van Don - Mong Cai economic corridor",)),),
             ("the corridor of Bac Giang - Lang Son highway",)),
    NameRule("road_sections", (("The Nha Trang-Cam Lam section and Cam Lam-Vinh Hao section open this year.",
                                ("Nha Trang-Cam Lam section", "Cam Lam-Vinh Hao section")),
                               ("the 117-km Khanh Hoa-Buon Me Thuot route", ("Khanh Hoa-Buon Me Thuot route",))),
             ("The Planning-Investment section met.", "The Nha Trang-Cam Lam Expressway opened.")),
    NameRule("numbered_roads", (("Trucks use National Highway 18C and QL5.", ("National Highway 18C", "National Highway 5")),
                                ("It set Ring Roads No.4 and No.5 as routes.", ("Ring Road No.4", "Ring Road No.5")),
                                ("National Highways 4H, 279 and 12 meet here.",
                                 ("National Highway 4H", "National Highway 279", "National Highway 12"))),
             ("The highway is busy.",)),
    NameRule("numbered_parks", (("Industrial Cluster No. 2 in Hop Thanh commune is full.",
                                 ("Industrial Cluster No. 2 in Hop Thanh commune",)),),
             ("The industrial parks are full.",)),
    NameRule("brand_parks", (("VSIP Quang Ngai was approved its detailed planning.", ("VSIP Quang Ngai",)),
                             ("Investors chose VSIP II and VSIP Nghe An.", ("VSIP II", "VSIP Nghe An"))),
             ("The Vietnam-Singapore Industrial Park (VSIP) opened.", "VSIP Quang Ngai Co. Ltd. signed.")),
    NameRule("parks_of_places", (("the industrial park of Hai Ha district opened.", ("Hai Ha Industrial Park",)),),
             ("the industrial park of the province opened.",)),
    NameRule("headed_names", (("Dong Mai Industrial Park covers 160 ha.", ("Dong Mai Industrial Park",)),
                              ("In Giao Long Industrial Park Phase I, 25 projects run.", ("Giao Long Industrial Park Phase I",)),
                              ("Four IPs have been fully occupied, namely Nam Sach, Phuc Dien, Tan Truong, and An Phat.",
                               ("Nam Sach IP", "Phuc Dien IP", "Tan Truong IP", "An Phat IP")),
                              ("It has 3 IPs in operation namely Dinh Tram and Van Trung in Viet Yen district and Song "
                               "Khe - Noi Hoang in Yen Dung district and Bac Giang province.",
                               ("Dinh Tram IP", "Van Trung IP", "Song Khe - Noi Hoang IP")),
                              ("Long An's first industrial zones, namely Duc Hoa No. 1 and Xuyen A, opened.",
                               ("Duc Hoa No. 1 Industrial Zone", "Xuyen A Industrial Zone")),
                              ("DEEP C II Industrial Zone links to a deep-water port.", ("DEEP C II Industrial Zone",)),
                              ("They include Hoa Phu Industrial Park (Phase 2) with 222 hectares.",
                               ("Hoa Phu Industrial Park Phase 2",)),
                              ("Hoa Phu Industrial Park extension phase 1 (85ha) is clearing land.",
                               ("Hoa Phu Industrial Park extension phase 1",)),
                              ("The 291-hectare phase 1 of Song Hau Industrial Park is full.",
                               ("phase 1 of Song Hau Industrial Park",)),
                              ("WHA Industrial Zone 1 - Nghe An has been built.", ("WHA Industrial Zone 1 Nghe An",)),
                              ("Dong Mai Industrial Park 12,000 workers and 20% growth",
                               ("Dong Mai Industrial Park",)),  # a count, not a park number
                              ("VIETRQuang_Tri_economic_zoneADE - Quon Ngang Industrial Park", ("Quon Ngang Industrial Park",)),
                              ("two border gates in the Mekong Delta province of An Giang, including Tinh Bien "
                               "and Vinh Xuong.", ("Tinh Bien Border Gate", "Vinh Xuong Border Gate")),
                              ("two international border gates: Lao Cai International Railway Border Gate and Muong "
                               "Khuong International Border Gate.", ("Lao Cai International Railway Border Gate",
                                                                     "Muong Khuong International Border Gate")),
                              ("It may expand Lai Hung IP from 400 to 600 hectares, Cay Truong from 300 to 700 hectares "
                               "and Rach Bap (639 ha).", ("Lai Hung IP", "Cay Truong IP", "Rach Bap IP")),
                              ("industrial parks such as Song Khoai, Bac Tien Phong and Dong Mai",
                               ("Song Khoai Industrial Park", "Bac Tien Phong Industrial Park", "Dong Mai Industrial Park")),
                              ("the My Phuoc 1, 2 and 3 industrial parks",
                               ("My Phuoc 1 Industrial Park", "My Phuoc 2 Industrial Park", "My Phuoc 3 Industrial Park")),
                              ("Three IZs left the scheme, with 700 ha in all, including Bai Say (150 ha), Dan Tien "
                               "(150 ha) and Tho Hoang (400 ha).", ("Bai Say IZ", "Dan Tien IZ", "Tho Hoang IZ")),
                              ("The province has three industrial parks, Long Duc, Cau Quan and Co Chien.",
                               ("Long Duc Industrial Park", "Cau Quan Industrial Park", "Co Chien Industrial Park")),
                              ("Three remaining industrial parks (Hoa Cam, Hoa Khanh and Lien Chieu) have land.",
                               ("Hoa Cam Industrial Park", "Hoa Khanh Industrial Park", "Lien Chieu Industrial Park")),
                              ("It links Hon Chong - Kien Luong - Ha Tien seaports.",
                               ("Hon Chong Seaport", "Kien Luong Seaport", "Ha Tien Seaport")),
                              ("land in Song May, Ho Nai, Amata industrial parks is stuck.",
                               ("Song May Industrial Park", "Ho Nai Industrial Park", "Amata Industrial Park")),
                              ("four operating industrial parks, namelyMy Tho and Long Giang.",
                               ("My Tho Industrial Park", "Long Giang Industrial Park")),
                              ("Four new industrial parks include 438-hectare Ledana facility and 348-hectare Hoa Lu.",
                               ("Ledana Industrial Park", "Hoa Lu Industrial Park"))),
             ("Green Park Industrial Park Investment JSC signed.", "It is developed by Viglacera Yên Mỹ Industrial Park Development JSC.",
              "The centre under the Quang Tri economic zone management board reported.",
              "It lies along National Highway 1 corridor.", "It lies near the border with Laos and 13 industrial parks.", "The Management Board of Dung Quat and Chu Lai Economic Zones met.",
              "Industrial parks in the province attracted 100 projects, including Samsung and LG.",
              "Two industrial parks attracted 100 projects, including Samsung, LG and Intel.",
              "Two industrial parks (IPs) opened.")),
    NameRule("figured_runs", (("It approved downsizing Tan Dong Hiep B from 163 to 150 hectares, Song Than III from 534 to "
                               "427 hectares and Dai Dang from 274 to 219 hectares, and removing one IP.",
                               ("Tan Dong Hiep B IP", "Song Than III IP", "Dai Dang IP")),
                              ("It would be a giant IP and replace three planned ones, the 200ha Bàu Đưng and 175ha "
                               "Phước Hiệp in Củ Chi District.", ("Bàu Đưng IP", "Phước Hiệp IP")),
                              ("VSIP I IP is full while occupancy at the 1,340-hectare VSIP II has been high.",
                               ("VSIP II IP",)),
                              ("Once established, the 100ha Phu Ninh, 350ha Tam Nong and 400ha Ha Hoa parks would open.",
                               ("Phu Ninh Industrial Park", "Tam Nong Industrial Park", "Ha Hoa Industrial Park"))),
             ("Hanoi (30 ha) and Hai Phong (25 ha) lead.", "The IP covers 300 ha, of which Phase 1 takes 100 ha.",
              "The IPs of the 1,340-hectare Binh Duong province grew.")),
    NameRule("border_gate_pairs", (("Queues formed at the Lao Bao – Dansavanh border crossing.",
                                    ("Lao Bao border crossing", "Dansavanh border crossing")),
                                   ("the Tra Linh-Longbang border gates were upgraded.",
                                    ("Tra Linh Border Gate", "Longbang Border Gate")),
                                   ("three pairs of border gates, which are Soc Giang-Pingmeng and Po Peo - Yuewei.",
                                    ("Soc Giang Border Gate", "Pingmeng Border Gate", "Po Peo Border Gate", "Yuewei Border Gate"))),
             ("Trade rose at the Vietnam - China border gates.",)),
    NameRule("counted_dash_lists", (("It links to three radial highways - HCMC-Trung Luong, HCMC-Moc Bai and "
                                     "Ben Luc-Long Thanh, easing traffic.",
                                     ("HCMC-Trung Luong Highway", "HCMC-Moc Bai Highway", "Ben Luc-Long Thanh Highway")),),
             ("Two highways - one in Hanoi - opened.", "Roads in Lang Son - Cao Bang area improved.",
              "Economic zones and Industrial parks in Quang Tri Province - Part 2")),
    NameRule("numbered_siblings", (("The groundbreaking of Yen Binh 2 IP matters. Alongside Yen Binh 1 and 3, the new "
                                    "park will form a chain.", ("Yen Binh 1 IP", "Yen Binh 3 IP")),),
             ("Dong Mai Industrial Park has 2 and 3 storey factories.",)),
    NameRule("members_after_group", (("They are Phu Bai with 818ha, Phong Dien 700ha and La Son 300ha.",
                                      ("Phu Bai Industrial Park", "Phong Dien Industrial Park", "La Son Industrial Park")),),
             ("They are Samsung and LG.",)),
    NameRule("appositives", (("Amata City Long Thanh, a 410-hectare high-tech industrial park, opened.",
                              ("Amata City Long Thanh",)),
                             ("Thi Nai, another major port, has been improved.", ("Thi Nai",))),
             ("Investors, a group of industrial park developers, met.",)),
)

_PASSES = {
    "routes": routes, "road_sections": road_sections, "numbered_roads": numbered_roads, "numbered_parks": numbered_parks,
    "parks_of_places": parks_of_places, "brand_parks": brand_parks, "appositives": appositives,
    "figured_runs": lambda sentence, lower, vocabulary: figured_runs(sentence, vocabulary, []),
}


def names_by_rule(rule: NameRule, sentence: str, vocabulary: Vocabulary) -> list[str]:
    """The names one pass finds in ``sentence`` (for the rule tests)."""
    if rule.name == "numbered_siblings":  # the siblings found beside what the other passes find
        return [c.name for c in candidates(sentence, vocabulary)[0] if c.listed]
    if rule.name in ("headed_names", "border_gate_pairs", "counted_dash_lists"):
        return [c.name for c in _drop_contained(headed_names(sentence, sentence.lower(), vocabulary)[0])]
    if rule.name == "members_after_group":  # the sentence before spoke of industrial parks
        return [c.name for c in candidates(sentence, vocabulary, group_kind="industrial_park")[0]]
    return [c.name for c in _PASSES[rule.name](sentence, sentence.lower(), vocabulary)]


def candidates(sentence: str, vocabulary: Vocabulary, known: dict[str, dict[str, str]] | None = None,
               *, headline: bool = False, group_kind: str | None = None) -> tuple[list[Candidate], list[Subject]]:
    """Facility candidates and group subjects of one sentence.

    ``known`` maps names already seen in the article without their head noun to the
    kinds they were seen with, so that a later bare "Lễ Môn, the oldest, ..." is found.
    In a ``headline`` every word is capitalised, so no list is read there. ``group_kind`` is
    the kind of a group the sentence before spoke of ("… six other IZs. They are Phu Bai
    with 818ha, Phong Dien 700ha …"): members with figures here are of that kind.
    """
    known = known or {}
    lower = sentence.lower()
    cands = routes(sentence, lower, vocabulary)
    cands += road_sections(sentence, lower, vocabulary)
    cands += numbered_roads(sentence, lower, vocabulary)
    cands += numbered_parks(sentence, lower, vocabulary)
    cands += parks_of_places(sentence, lower, vocabulary)
    cands += brand_parks(sentence, lower, vocabulary)
    headed, groups = headed_names(sentence, lower, vocabulary, lists=not headline)
    cands += headed
    if group_kind and not groups and not headline:
        head = Head(group_kind, KINDS[group_kind].plurals[0], True)
        cands += figured_list(sentence, 0, head, vocabulary)
        cands += more_of_head(sentence, None, head, vocabulary)
    cands += appositives(sentence, lower, vocabulary)
    if not headline:
        cands += figured_runs(sentence, vocabulary, [(c.start, c.end) for c in cands])
    cands += short_heads(sentence, lower, vocabulary, known)
    cands += numbered_siblings(sentence, vocabulary, known, cands)
    cands = _drop_contained(cands)
    cands += names_seen_before(sentence, vocabulary, known, [(c.start, c.end) for c in cands])
    cands.sort(key=lambda c: c.start)
    for prev, cand in zip(cands, cands[1:]):
        if cand.kind == prev.kind and vocabulary.lang.ALIAS_GAP.fullmatch(sentence[prev.end:cand.start]):
            cand.alias_of_previous = True  # "Sa Pa Airport (also known as Lào Cai Airport)"
    return cands, groups


def _province_suffix(sentence: str, pos: int, vocabulary: Vocabulary, *, dash: bool = False) -> re.Match[str] | None:
    match = vocabulary.lang.PLACE_AFTER.match(sentence, pos) or (
        vocabulary.lang.PROVINCE_AFTER_DASH.match(sentence, pos) if dash else None)
    if match and province_named(match.group("place"), vocabulary.data_dir):
        return match
    return None


def _bare_occurrences(sentence: str, bare: str, lang: ModuleType):
    """(start, end) of each standalone occurrence of a name seen before without its head noun.

    Plain string search, not a regex per name: a corpus names tens of thousands of places.
    """
    at = sentence.find(bare)
    while at >= 0:
        end = at + len(bare)
        before = sentence[at - 1] if at else " "
        after = sentence[end] if end < len(sentence) else " "
        if not (before.isalnum() or before in "-_" or after.isalnum() or after in "-_"
                or lang.NAME_CONTINUES.match(sentence, end)):
            yield at, end
        at = sentence.find(bare, at + 1)


# ---------------------------------------------------------------------------
# Lists sharing one plural head noun

_PAREN_RE = re.compile(r"\s*\([^()]*\)")
_CLOSING_DASH = re.compile(r"\s*[—–](?=\s|[.,;]|$)|\s*[.;]|\s*$")


def _items(sentence: str, at: int, vocabulary: Vocabulary) -> tuple[list[tuple[str, int, int, bool]], int]:
    """The members of a list starting at ``at``: (name, start, end, has its own figure), and where the list ends."""
    lang = vocabulary.lang
    items: list[tuple[str, int, int, bool]] = []
    while True:
        before = lang.ITEM_FIGURE_BEFORE.match(sentence, at)  # "438-hectare Ledana"
        if before:
            at = before.end()
        code = lang.ITEM_CODE.match(sentence, at) if items else None
        stem = TRAILING_NUMBER.split(items[-1][0])[0] if code and TRAILING_NUMBER.search(items[-1][0]) else None
        if stem:  # "Tra Noc 1 and 2", "Hung Phu 1, 2A, and 2B": the number of the member before, changed
            figure = lang.ITEM_FIGURE.match(sentence, code.end())
            at = figure.end() if figure else code.end()
            items.append((f"{stem} {code.group('code')}", code.start(), code.end(), bool(figure)))
            sep = lang.ITEM_SEP.match(sentence, at)
            if not sep:
                break
            at = sep.end()
            continue
        expanded = lang.ITEM_EXPANDED.match(sentence, at)  # "expanded Dai An (phase 1)"
        if expanded:
            at = expanded.end()
        match = NAME_RE.match(sentence, at)
        if not match or lang.PLACE_NOUN_AFTER.match(sentence, match.end()):
            break  # "… and Song Khe - Noi Hoang in Yen Dung district and Bac Giang province": a place ends the list
        name = clean_name(match.group(0), vocabulary, at_clause_start=False)
        if expanded and name:
            name = f"{expanded.group(0)}{name}"
        at = end = match.end()
        written = lang.ITEM_PHASE.match(sentence, at) or lang.ITEM_TAIL.match(sentence, at)
        if written and name:  # "Ngu Phuc phase 1", "Tien Lang airport": part of the member's name
            name, at = f"{name} {written.group(written.lastgroup)}", written.end()
            end = at
        noun = lang.ITEM_NOUN_AFTER.match(sentence, at)  # "Ledana facility"
        if noun:
            at = noun.end()
        loc = lang.ITEM_LOCATION.match(sentence, at)
        if loc:
            at = loc.end()
        figure = lang.ITEM_FIGURE.match(sentence, at)
        if figure:
            at = figure.end()
        loc = lang.ITEM_LOCATION.match(sentence, at)
        if loc:
            at = loc.end()
        paren = _PAREN_RE.match(sentence, at)
        if paren:
            at = paren.end()
            pair = lang.PAIR_AFTER_COUNTRY.match(sentence, at) if lang.COUNTRY_IN_PARENS.search(paren.group(0)) else None
            if pair and name:  # "Ly Van (Vietnam) - Thac Long (China)": one pair of gates
                name, at = f"{name} - {pair.group('name')}", pair.end()
        if name and name.lower() not in lang.STOPWORDS and is_a_name(name, lang):
            start = expanded.start() if expanded else match.start() + match.group(0).index(name.split()[0])
            items.append((name, start, end, bool(figure or before)))
        sep = lang.ITEM_SEP.match(sentence, at)
        if not sep:
            break
        at = sep.end()
    return items, at


def list_after(sentence: str, pos: int, head: Head, vocabulary: Vocabulary, *, count: int | None = None) -> list[Candidate]:
    """"industrial parks such as A, B and C": the members after a plural head (``count``: of "three parks")."""
    counted = count is not None
    lang = vocabulary.lang
    trigger = lang.LIST_TRIGGER.match(sentence, pos)
    if trigger and trigger.group(0).strip() in lang.LIST_TRIGGER_VERBS \
            and not lang.DEMONSTRATIVE_BEFORE.search(sentence[max(0, pos - 60):pos]):
        trigger = None
    if trigger is None:
        # "three industrial parks, Long Duc, Cau Quan and Co Chien": a counted group, then its members.
        comma = _COMMA.match(sentence, pos)
        if comma and counted:
            items, at = _items(sentence, comma.end(), vocabulary)
            if len(items) >= 2:
                return _members(items, head)
        # "Four IPs have been fully occupied, namely A, B, C and D": as many members as counted.
        later = lang.LIST_AFTER_CLAUSE.match(sentence, pos) if counted else None
        if later:
            items, _ = _items(sentence, later.end(), vocabulary)
            if len(items) == count:
                return _members(items, head)
        # "the establishment of industrial parks Thuy Nguyen, Cau Cuu and Gia Loc 3": no word between.
        direct = lang.LIST_DIRECT.match(sentence, pos)
        if direct:
            items, at = _items(sentence, direct.end(), vocabulary)
            closed = lang.LIST_AND.search(sentence, direct.end(), at) or not sentence[at:].strip(" .;")
            if len(items) >= 2 and closed and not any(province_named(n) for n, *_ in items):
                return _members(items, head)
        return figured_list(sentence, pos, head, vocabulary)
    if lang.PLACE_OF_TRIGGER.search(trigger.group(0)):
        # "two border gates in the province of An Giang, including A, B and C": the place, then the list
        _, at = _items(sentence, trigger.end(), vocabulary)
        trigger = lang.LIST_TRIGGER.match(sentence, at)
        if trigger is None or trigger.group(0).strip() in lang.LIST_TRIGGER_VERBS:
            return []
    items, at = _items(sentence, trigger.end(), vocabulary)
    dash = trigger.group(0).rstrip()[-1:]
    if dash in "—–-" and count != len(items) and len(items) < 3 and (dash == "-" or not _CLOSING_DASH.match(sentence, at)):
        return []  # "parks — A, B and C —", "five highways - A, B, C, D and E" are lists; "parks in X – Y" is not
    if head.kind == "border_gate":
        # "border gates: Hoanh Mo - Bac Phong Sinh - Mong Cai" lists gates with dashes, and
        # "pairs of border gates, Soc Giang-Pingmeng and Po Peo - Yuewei" a gate on each side.
        out = []
        for item in items:
            parts = _dash_parts(sentence, item, minimum=2)
            out += _gate_pair(sentence, parts, None, head, vocabulary) if len(parts) == 2 else _members(parts or [item], head)
        return out
    return _members(items, head)


def more_of_head(sentence: str, head_match: re.Match[str] | None, head: Head,
                 vocabulary: Vocabulary) -> list[Candidate]:
    """"two IPs …, and the city is building six more, namely A, B and C": a later list of the same
    head, counted without repeating it (before any other head noun); with no ``head_match``, the
    head is the one the sentence before spoke of ("It plans to build three more, A, B and C")."""
    lang = vocabulary.lang
    if not any(word in sentence for word in lang.MORE_GATE):
        return []
    start = head_match.end() if head_match is not None else 0
    following = HEAD_RE.search(sentence, start)
    more = lang.MORE_LIST.search(sentence, start, following.start() if following else len(sentence))
    if more is None:
        return []
    items, _ = _items(sentence, more.end(), vocabulary)
    return _members(items, head) if len(items) >= 2 else []


def figured_list(sentence: str, pos: int, head: Head, vocabulary: Vocabulary) -> list[Candidate]:
    """A list further on whose members each carry a figure: "..., including Bai Say (150 ha), Dan Tien (150 ha)"."""
    for trigger in vocabulary.lang.FIGURED_LIST_TRIGGER.finditer(sentence, pos):
        items, _ = _items(sentence, trigger.end(), vocabulary)
        if len(items) >= 2 and all(figured for *_, figured in items):
            return _members(items, head)
    return []


def figured_runs(sentence: str, vocabulary: Vocabulary, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Bare names each with an area, two or more in a row, in a sentence about parks, clusters or
    zones: "downsizing Tan Dong Hiep B from 163 to 150 hectares, Song Than III from 534 to 427
    hectares ...", "three other planned ones, the 200ha Bàu Đưng and 175ha Phước Hiệp". They are
    of the kind of the nearest head noun in the sentence."""
    lang = vocabulary.lang
    areas = len(lang.AREA_FIGURE.findall(sentence))
    if not areas:
        return []
    heads = [(m.start(), head_of(m.group(0))) for m in HEAD_RE.finditer(sentence)]
    heads = [(at, h) for at, h in heads if h.kind in lang.RUN_KINDS]
    if not heads and not lang.ITEM_NOUN_AFTER.search(sentence):
        return []
    out: list[Candidate] = []
    at = 0
    starts = {m.start() for m in lang.ITEM_FIGURE_BEFORE.finditer(sentence)}
    if areas >= 2:  # a run of two names each with its area may start at any name
        starts |= {m.start() for m in NAME_RE.finditer(sentence)}
    for start in sorted(starts):
        if start < at or any(s <= start < e for s, e in taken):
            continue
        items, end = _items(sentence, start, vocabulary)
        if not items or not all(figured for *_, figured in items):
            continue
        if len(items) == 1 and not (lang.ITEM_FIGURE_BEFORE.match(sentence, start)
                                    and not province_named(items[0][0], vocabulary.data_dir)):
            continue  # one name is a facility only with its area before it: "the 1,340-hectare VSIP II"
        if any(s < items[0][2] and items[0][1] < e for s, e in taken):
            continue
        # "6,317-hectare Dong Phu park": the noun after a member says its kind, and "the 100ha
        # Phu Ninh, 350ha Tam Nong and 400ha Ha Hoa parks" the noun after the last says all of theirs.
        nouns = [lang.ITEM_NOUN_AFTER.match(sentence, item[2]) for item in items]
        kinds = [lang.ITEM_NOUN_KIND.get(n.group(1).lower()) if n else None for n in nouns]
        shared = kinds[-1] if nouns[-1] and nouns[-1].group(1).lower().endswith("s") else None
        head = min(heads, key=lambda h: (h[0] > start, abs(h[0] - start)))[1] if heads else None
        for item, kind in zip(items, kinds):
            kind = kind or shared
            chosen = Head(kind, KINDS[kind].plurals[0], True) if kind else head
            if chosen is not None:
                out += _members([item], chosen)
        at = end
    return out


def _members(items: list[tuple[str, int, int, bool]], head: Head) -> list[Candidate]:
    label = canonical_head(head)
    out = []
    for name, s, e, _ in items:
        ends_with_head = any(m.end() == len(name) for m in HEAD_RE.finditer(name))
        if ends_with_head:  # "border gates: Lao Cai International Railway Border Gate, ...": named in full
            out.append(Candidate(head.kind, name, s, e, listed=True))
        else:
            out.append(Candidate(head.kind, f"{name} {label}", s, e, listed=True, bare=name))
    return out


_PAREN_AFTER = re.compile(r"\s*\(([^()]{1,30})\)")


def _gate_pair(sentence: str, pair: list[tuple[str, int, int, bool]], written_head: str | None, head: Head,
               vocabulary: Vocabulary) -> list[Candidate]:
    """The two gates of a pair, the Vietnamese one first as the press writes them ("Lao Bao –
    Dansavanh", "Tra Linh (Vietnam)-Longbang (China)"); the second lies in the neighbouring
    country named with it or in the sentence."""
    lang = vocabulary.lang
    label = written_head or canonical_head(head)
    out = []
    for index, (part, start, end, _) in enumerate(pair):
        country = None
        if index == 1:
            paren = _PAREN_AFTER.match(sentence, end)
            named = lang.COUNTRY_WORD.search(paren.group(1)) if paren else None
            named = named or lang.COUNTRY_WORD.search(sentence)
            country = lang.COUNTRIES.get(named.group(1).lower()) if named else None
        out.append(Candidate(head.kind, f"{part} {label}", start, end, listed=written_head is None, bare=part,
                             country=country))
    return out


def _dash_parts(sentence: str, item: tuple[str, int, int, bool], minimum: int = 3) -> list[tuple[str, int, int, bool]]:
    """"Hon Chong - Kien Luong - Ha Tien" as three members (``minimum`` parts or more only)."""
    name, start, _, figured = item
    parts = re.split(rf"\s*{DASH}\s*", name)
    if len(parts) < minimum or not all(re.match(U, p) for p in parts):
        return []
    out, offset = [], start
    for part in parts:
        p_start = sentence.index(part, offset)
        out.append((part, p_start, p_start + len(part), figured))
        offset = p_start + len(part)
    return out


_COMMA = re.compile(r"\s*,\s*")


def list_before(sentence: str, pos: int, head: Head, vocabulary: Vocabulary) -> list[Candidate]:
    """"Song Khoai, Dong Mai and Viet Hung industrial parks": the members before a plural head."""
    lang = vocabulary.lang
    prefix = sentence[:pos]
    match = lang.LIST_AT_END.search(sentence, word_start_before(sentence, pos - 600), pos)
    if not match:
        # "Hon Chong - Kien Luong - Ha Tien seaports"
        found = NAME_AT_END.search(sentence, word_start_before(sentence, pos - 160), pos)
        minimum = 2 if head.kind == "border_gate" else 3  # "Tra Linh-Longbang border gates": a pair
        parts = _dash_parts(sentence, (found.group(1), found.start(1), found.end(1), False), minimum) if found else []
        return _members([p for p in parts if is_a_name(p[0], lang)], head)
    if lang.AGENCY_OF.search(prefix[: match.start(1)]):
        return []
    label = canonical_head(head)
    out = []
    stem = None  # "My Phuoc" of "the My Phuoc 1, 2 and 3 industrial parks"
    for item in MEMBER_RE.finditer(match.group(1)):
        start = match.start(1) + item.start()
        if item.group(0)[0].isdigit() or re.fullmatch(r"[IVX]+", item.group(0)):
            if stem is None:
                continue
            name = f"{stem} {item.group(0)}"
            out.append(Candidate(head.kind, f"{name} {label}", start, start + len(item.group(0)), listed=True, bare=name))
            continue
        before = prefix[: start].rstrip()
        at_clause_start = not before or before.endswith((":", ";"))
        name = clean_name(item.group(0), vocabulary, at_clause_start=at_clause_start)
        if not name or name.lower() in lang.STOPWORDS or not is_a_name(name, lang):
            continue  # "near the border with Laos and 13 industrial parks"
        numbered = TRAILING_NUMBER.search(name)
        stem = name[: numbered.start()] if numbered else None
        start += item.group(0).index(name)
        out.append(Candidate(head.kind, f"{name} {label}", start, start + len(name), listed=True, bare=name))
    return out


def count_before(sentence: str, pos: int, lang: ModuleType) -> int | None:
    """The count written before a plural head noun ("10 industrial parks")."""
    match = lang.COUNT_BEFORE.search(sentence, max(0, pos - 60), pos)
    if not match:
        return None
    token = match.group(1).lower()
    return lang.WORD_NUMBERS.get(token) or (int(token) if token.isdigit() else None)


def _drop_contained(cands: list[Candidate]) -> list[Candidate]:
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for cand in cands:
        if any(k.start <= cand.start and cand.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (cand.start <= k.start and k.end <= cand.end)]
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)
