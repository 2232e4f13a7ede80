"""Find the named facilities an article mentions and the figures it states for each.

Rule-based and explainable: a facility is a run of capitalised name words joined
to a head noun of one of the kinds in :mod:`geo.kinds` ("Dong Mai" + "Industrial
Park"), a head noun followed by a number ("National Highway 18C", "Industrial
Cluster No. 2"), a list that shares one plural head noun ("industrial parks such as
A, B and C"), or a route written as a dash-separated list ("the economic corridor of
A - B - C"). No list of known names is used to *find* facilities.

Figures (area, occupancy, investment, counts, investors, status, location) are
attached to the nearest facility before them in the sentence, to the facility a
back-reference points to ("The industrial park ...", "Here, ..."), or -- when they
are stated for a group ("10 industrial parks with a total area of ...") -- kept as
aggregate facts of the province, never put on one facility. Targets and
commitments ("commits to ... an occupancy rate of 50%") are not facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from .boundaries import find_provinces, province_named
from .kinds import KINDS
from .model import Article, ArticleExtraction, Fact, Mention
from .names import fold, name_key, trie_pattern

# ---------------------------------------------------------------------------
# Words and tokens

_UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isalpha() and chr(c).isupper())
_U = f"[{re.escape(_UPPER)}]"
_DASH = r"[\-\u2010-\u2015\u2212]"
#: One word of a proper name: capitalised ("Đông", "II-C", "Texhong"), or a number
#: or letter code after the first word ("My Phuoc 3", "Dam Ha B").
_CAP = rf"{_U}[\w'’]*(?:{_DASH}\w+)*"
_NUM = r"\d+[A-Za-z]?"
_NAME = rf"{_CAP}(?:(?:\s+|\s*{_DASH}\s*)(?:{_CAP}|{_NUM}))*"
_NAME_PAREN = rf"{_NAME}(?:\s*\([^()]{{1,30}}\))?"

#: Capitalised words that start sentences or clauses but never start a name.
STOPWORDS = frozenset(
    """a an the this that these those its it their our in at of on to for from by with and or
    as after before since while when where which who whose regarding meanwhile besides
    including namely such like near under over into onto along across between both each
    every all some many most other another new existing local right up down also then
    thus therefore however moreover furthermore accordingly specifically particularly
    notably currently recently previously nearly about around approximately over more
    less than there here phase stage mr mrs ms dr vice chairman chairwoman director
    secretary deputy minister president ceo head province provincial district commune
    town city ward village chinese vietnamese vietnam's foreign domestic korean japanese
    international national central
    via toward towards against beyond within without during until""".split()
)

_NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12,
}
#: Words before a figure that qualify it ("nearly 60%"); looked up behind the number, so
#: that every figure pattern starts at a digit and fails fast everywhere else.
_QUALIFIER_BEFORE = re.compile(
    r"\b(nearly|almost|about|around|approximately|roughly|over|more than|above|under|less than|up to|at least|some|only)"
    r"\s+(?:VND|USD|US\$|\$)?\s?$",
    re.IGNORECASE,
)

TARGET_WORDS = re.compile(
    r"\b(expect\w*|target\w*|aim\w*|plan(?:s|ned|ning)? to|striv\w*|commit\w*|goal|"
    r"needs?|will|would|is to|are to|intend\w*|envisag\w*|orient\w*|hope\w*|seek\w*)\b",
    re.IGNORECASE,
)


def parse_number(text: str) -> float:
    """Parse "3,913", "1.700", "12,5", "853.18" as a number.

    A separator followed by exactly three digits (and only such groups) is a
    thousands separator, in either the English or the Vietnamese style; otherwise
    it is a decimal point ("12,5" = 12.5).
    """
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))


def _qualifier(sentence: str, start: int) -> str | None:
    """The qualifier written just before the figure at ``start``, lower-cased."""
    match = _QUALIFIER_BEFORE.search(sentence, max(0, start - 24), start)
    return match.group(1).lower() if match else None


# ---------------------------------------------------------------------------
# Sentences

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[" + re.escape(_UPPER) + r"0-9])|\n+")
_ABBREV_END = re.compile(r"\b(?:No|Mr|Mrs|Ms|Dr|St|Co|Ltd|Inc|Corp|vs|approx|e\.g|i\.e)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a newline always ends a sentence."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if match.group(0).strip() == "" and "\n" not in match.group(0):
            if _ABBREV_END.search(text[max(start, end - 8) : end]):
                continue
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# Head nouns of every kind, compiled once


@dataclass(frozen=True)
class _Head:
    kind: str
    phrase: str
    plural: bool


def _heads() -> list[_Head]:
    heads = []
    for kind in KINDS.values():
        heads += [_Head(kind.name, h, False) for h in kind.heads]
        heads += [_Head(kind.name, p, True) for p in kind.plurals]
    return sorted(heads, key=lambda h: len(h.phrase), reverse=True)


_HEADS = _heads()
_ACRONYMS = {h.phrase for h in _HEADS if len(h.phrase) <= 3 and h.phrase.isalpha()}


_WORD_GAP = r"(?:\s*[\-\u2013\u2014]\s*|\s+)"


def _head_key(text: str) -> str:
    return re.sub(r"[\s\-\u2013\u2014]+", " ", text.lower()).strip()


_HEAD_BY_KEY = {_head_key(h.phrase): h for h in _HEADS if h.phrase not in _ACRONYMS}
_HEAD_BY_ACRONYM = {h.phrase.upper(): h for h in _HEADS if h.phrase in _ACRONYMS}
_HEAD_RE = re.compile(
    r"(?<![\w\-])(?:(?i:"
    + trie_pattern([re.split(r"[\s\-]+", h.phrase) for h in _HEADS if h.phrase not in _ACRONYMS], _WORD_GAP)
    + r")|" + "|".join(sorted(_HEAD_BY_ACRONYM, key=len, reverse=True)) + r")(?![\w\-])"
)


def _head_of(text: str) -> _Head:
    """The head noun a matched phrase is: "Industrial  Park", "IP", "border-gate economic zone"."""
    return _HEAD_BY_ACRONYM.get(text) or _HEAD_BY_KEY[_head_key(text)]


#: "QL18", "NH34", "ĐT830": written out, so that "NH34" and "National Highway 34" are one road.
_ROAD_ABBREVIATIONS = {"QL": "National Highway", "NH": "National Highway", "ĐT": "Provincial Road", "DT": "Provincial Road"}
_ROAD_NUMBERED = re.compile(
    r"\b(?P<head>(?:National|Provincial|Inter-provincial)\s+(?:Highway|Road|Route)|Ring\s+Road|Belt\s+Road|Highway|"
    r"Provincial\s+road|National\s+highway|Route|QL|NH|ĐT|DT)\s*(?P<num>\d{1,4}[A-Z]?\d?)\b",
)
_NUMBERED = re.compile(
    rf"\b(?P<head>Industrial\s+(?:Cluster|Park|Zone)|industrial\s+(?:cluster|park|zone))\s+"
    rf"(?P<num>No\.\s*\d+[A-Z]?|[IVX]+\b|\d+[A-Z]?\b)"
    rf"(?:(?:\s+in|,)\s+(?P<loc>{_NAME})\s+(?P<level>commune|ward|town|district))?"
)
_HEAD_OF = re.compile(
    rf"\b(?P<head>Industrial\s+Park|industrial\s+park|Industrial\s+Cluster|industrial\s+cluster)"
    rf"\s+of\s+(?P<name>{_NAME})\s+(?:district|commune|town|city)\b"
)
_ROUTE = re.compile(
    rf"(?P<head>(?i:economic\s+corridor|expressway\s+axis|development\s+corridor|corridor|axis))"
    rf"\s+(?i:of|along|linking|connecting)\s+(?:the\s+)?"
    rf"(?P<list>{_NAME_PAREN}(?:\s*{_DASH}\s*{_NAME_PAREN})+)",
)
_LIST_TRIGGER = re.compile(
    r"(?:\s+in\s+(?:the\s+)?[\w\s]{1,40}?)?\s*,?\s*(?:\b(?:such\s+as|namely|including|include|includes|like|are|is|of)\b|:|\s[—–](?=\s))\s*:?\s*(?=[^\s,;:])",
)
_ITEM_LOCATION = re.compile(
    rf"\s+in\s+{_NAME}(?:\s*(?:,|and)\s*{_NAME})*\s+(?:commune|communes|ward|wards|district|districts|town)\b"
)
_NAME_RE = re.compile(_NAME)
_PAREN_RE = re.compile(r"\s*\([^()]*\)")
_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*")

_COMPANY = re.compile(
    rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|&|and))*?\s+(?:Joint\s+Stock\s+Company|JSC|Company(?:\s+Limited)?|"
    rf"Corporation|Corp\.?|Group|Co\.,?\s*Ltd\.?|Limited|Holdings))\b"
)


# ---------------------------------------------------------------------------
# Subjects: what a figure in a sentence can be about


@dataclass
class _Subject:
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


_ANAPHOR = re.compile(
    r"\b(?:(?i:the|this|that|its|such)\s+(?i:first\s+|new\s+|above\s+)?(?P<dir>(?i:eastern|western|northern|southern)\s+)?"
    r"(?P<noun>(?i:industrial\s+park|park|industrial\s+cluster|cluster|economic\s+zone|zone|project|airport|port|seaport|border\s+gate|expressway|railway))\b"
    r"(?!\s+(?:of|in)\s+" + _U + r")"
    r"|^(?:Here|It|In\s+which|Of\s+which|Of\s+these|There)\b)",
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|to|near|with|by|at|into|toward|towards|beside|around|between|past)\s+$", re.IGNORECASE)
_ANAPHOR_KIND = {
    "industrial park": "industrial_park", "park": "industrial_park",
    "industrial cluster": "industrial_cluster", "cluster": "industrial_cluster",
    "economic zone": "economic_zone", "zone": "economic_zone",
    "airport": "airport", "port": "seaport", "seaport": "seaport", "border gate": "border_gate",
    "expressway": "road", "railway": "railway",
}

# ---------------------------------------------------------------------------
# Figures

_AREA = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?P<adj>-\s*)?(?P<unit>hectares?|ha)\b(?!-)",
    re.IGNORECASE,
)
#: A route's length: "the 56 km Cam Lo – Lao Bao Expressway", "a 100 km route", "69 km long",
#: "with a length of 176 km" -- never a distance ("40 km from the airport", "100 km to the south").
_LENGTH = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?P<adj>-\s*)?(?:km|kilomet(?:re|er)s?)(?![\w²])"
    rf"(?!\s*(?:from|to|away|south|north|east|west|of|off|inland|offshore|beyond)\b)"
    rf"(?:(?P<long>\s+long)|(?=\s+(?:{_CAP}|route|line|road|section|expressway|highway|railway|stretch)))",
)
_LENGTH_OF = re.compile(rf"\b(?:length|stretch)\s+of\s+(?:about\s+|nearly\s+|over\s+)?(?P<num>{_NUMBER})\s*(?:km|kilomet(?:re|er)s?)\b")
_AREA_KM2 = re.compile(rf"(?P<num>{_NUMBER})\s*(?:km2|km²|square\s+kilomet(?:re|er)s)\b", re.IGNORECASE)
_PERCENT = rf"(?P<num>{_NUMBER})\s*(?:%|per\s*cent|percent)"
_OCCUPANCY = (
    re.compile(
        rf"\b(?:occupancy|occupation|occupied|fill(?:ed|ing)?\s+rate|lease[ds]?|leasing|filled)\b[^.;%]{{0,80}}?{_PERCENT}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_PERCENT}\s+(?:occupancy|occupied|filled|leased|let|of\s+(?:its|the)\s+(?:leasable|industrial|commercial)\s+land)",
        re.IGNORECASE,
    ),
)
#: What an occupancy rate is a share of, after the rate or between "occupancy rate of" and it.
_BASIS = r"(?P<basis>(?:leasable|rentable|commercial|industrial|total|available)\s+(?:industrial\s+)?(?:land|area)|land)"
_BASIS_AFTER = re.compile(rf"\s*(?:%|per\s*cent|percent)?\s*(?:occupied\s+|filled\s+|leased\s+)?of\s+(?:its|the)\s+{_BASIS}\b",
                          re.IGNORECASE)
_BASIS_BEFORE = re.compile(rf"\b(?:occupancy|fill(?:ing)?)\s+rate\s+of\s+(?:the\s+)?{_BASIS}\b", re.IGNORECASE)
_MONEY = re.compile(
    rf"(?=[\dVUvu$])(?:(?P<pre>VND|USD|US\$|\$)\s?)?(?P<num>{_NUMBER})\s*(?P<scale>million|billion|trillion|bn|tr|m|nghìn\s+tỷ|tỷ|triệu)?(?!\w)\s*"
    rf"(?P<post>VND|USD|US\s+dollars|dong|đồng)?",
    re.IGNORECASE,
)
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tr": 1e12,
           "triệu": 1e6, "tỷ": 1e9, "nghìn tỷ": 1e12}  # Vietnamese: "1.700 tỷ đồng"
_COUNT = re.compile(
    rf"\b(?P<num>\d[\d,.]*|{'|'.join(_WORD_NUMBERS)})\s+(?:(?:new|active|stable|secondary|operating|large|major|investment|fdi|domestic|foreign|local|registered|valid)\s+){{0,2}}"
    r"(?P<what>projects?|enterprises|businesses|companies|firms|tenants|investors|workers|employees|labou?rers|people)\b",
    re.IGNORECASE,
)
_COUNT_ATTR = {
    "project": "projects", "projects": "projects",
    "enterprises": "enterprises", "businesses": "enterprises", "companies": "enterprises",
    "firms": "enterprises", "tenants": "enterprises", "investors": "enterprises",
    "workers": "workers", "employees": "workers", "labourers": "workers", "laborers": "workers",
    "people": "workers",
}
_COUNT_WORDS = ("project", "enterpris", "business", "compan", "firm", "tenant", "investor", "worker",
                "employee", "labo", "people")
_PHASE = re.compile(r"\b(?:phase\s+(?P<n>\d+|I{1,3}|one|two|three)|(?P<ord>first|second|third)\s+phase)\b", re.IGNORECASE)
_PHASE_N = {"1": 1, "2": 2, "3": 3, "i": 1, "ii": 2, "iii": 3, "one": 1, "two": 2, "three": 3,
            "first": 1, "second": 2, "third": 3}
#: Status phrases, each with the words that must occur for it to be worth trying.
_STATUS = [
    ("under_construction", ("construction", "ground"), re.compile(r"\b(?:started\s+construction|broke\s+ground|groundbreaking|under\s+construction|construction\s+(?:began|started|has\s+begun))\b", re.IGNORECASE)),
    ("operating", ("operat", "existing"), re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been|been)\s+put\s+into\s+operation|in\s+operation\b(?!\s+by)|(?:is|are)\s+operating|came\s+into\s+operation|existing)\b", re.IGNORECASE)),
    ("approved", ("invest", "establish"), re.compile(r"\b(?:granted\s+an?\s+investment\s+(?:certificate|registration)|decision\s+to\s+establish|investment\s+policy\s+(?:was\s+)?approved|approved\s+the\s+investment)\b", re.IGNORECASE)),
    ("planned", ("plan", "develop", "expect", "span"), re.compile(r"\b(?:plan(?:s|ned|ning)?\s+to\s+(?:build|develop|establish)|(?:is|are)\s+planned|will\s+be\s+newly\s+developed|newly\s+developed\s+projects?|expected\s+to\s+(?:cover|span)|will\s+span|in\s+the\s+planning)\b", re.IGNORECASE)),
]
_BUILDS = re.compile(r"\bto\s+(?:build|develop|establish)\b", re.IGNORECASE)
_CONDITIONAL_BEFORE = re.compile(r"\b(when|once|after|if|expected|will)\b[^,]{0,30}$", re.IGNORECASE)
_LOCATION = re.compile(
    rf"\s*(?:\(\s*|,\s*|\s+(?:located\s+)?in\s+(?:the\s+)?)"
    rf"(?P<names>{_NAME}(?:\s*(?:,|and)\s*{_NAME})*)\s+(?P<level>(?i:commune|communes|ward|wards|district|town|city))\b"
    rf"(?:\s*,\s*(?P<district>{_NAME})\s+(?i:district)\b)?",
)


#: "started construction in Dien Xa commune": where a facility is, stated anywhere in its sentence.
_PLACE_IN = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?(?:(?:two|three|mountainous|border|coastal)\s+)?(?:(?i:communes?)\s+of\s+)?"
    rf"(?P<names>{_NAME}(?:\s*(?:,|and)\s*{_NAME})*)\s+(?P<level>(?i:communes?|wards?|district))\b"
)

# ---------------------------------------------------------------------------
# The extractor


@dataclass
class _Candidate:
    kind: str
    name: str
    start: int
    end: int
    listed: bool = False
    alias_of_previous: bool = False
    bare: str | None = None  # the name without its head noun ("Lễ Môn"), to find it again later
    commune: str | None = None  # a commune the name itself gives ("Industrial Cluster No. 2 in Hop Thanh commune")


def extract_article(article: Article, *, data_dir: Path | None = None) -> ArticleExtraction:
    """Mentions and facts of one article."""
    text = article.text
    province = article_province(text, data_dir=data_dir)
    vocabulary = _Vocabulary.of(text, data_dir)
    spans = sentence_spans(text)

    mentions: list[Mention] = []
    facts: list[Fact] = []
    focus: _Subject | None = None
    focus_sentence = -10
    last_entity: dict[str | None, tuple[int, int]] = {}  # kind -> (mention index, sentence)
    known: dict[str, dict[str, str]] = {}  # bare name -> {kind: the name as first written with its head}

    for s_index, (s_start, s_end) in enumerate(spans):
        sentence = text[s_start:s_end]
        candidates, groups = _candidates(sentence, vocabulary, known)
        subjects: list[_Subject] = list(groups)
        for cand in candidates:
            key = name_key(cand.name, cand.kind)
            if cand.alias_of_previous and mentions:
                key = mentions[-1].key
            if cand.bare and len(cand.bare) > 3:
                known.setdefault(cand.bare, {}).setdefault(cand.kind, cand.name)
            if not key or not _LETTER.search(key):
                continue
            mention = Mention(
                article=article.file, kind=cand.kind, name=cand.name.strip(), key=key,
                start=s_start + cand.start, end=s_start + cand.end, province=province,
            )
            mention = _with_location(mention, text)
            mention = _with_province(mention, text, data_dir)
            if cand.commune and not mention.commune:
                mention = replace(mention, commune=cand.commune)
            mentions.append(mention)
            idx = len(mentions) - 1
            subjects.append(_Subject(cand.start, cand.end, mention=idx, listed=cand.listed))
            if not cand.listed:
                last_entity[cand.kind] = (idx, s_index)
                last_entity[None] = (idx, s_index)
        for match in _ANAPHOR.finditer(sentence):
            if any(s.start <= match.start() < s.end for s in subjects):
                continue
            if _PREPOSITION_BEFORE.search(sentence, 0, match.start()):
                continue  # "5 km from the airport": a reference, not what the sentence is about
            noun = (match.group("noun") or "").lower()
            noun = _squash(noun)
            direction = (match.group("dir") or "").strip().lower()[:-3] or None  # "eastern" -> "east"
            subjects.append(_Subject(match.start(), match.end(), anaphor=True, anaphor_kind=_ANAPHOR_KIND.get(noun),
                                     direction=direction))
        subjects.sort(key=lambda s: s.start)

        def resolve(subject: _Subject | None) -> _Subject | None:
            if subject is None or not subject.anaphor:
                return subject
            if subject.anaphor_kind is None and focus is not None and s_index - focus_sentence <= 1:
                return focus
            if subject.direction:
                compass = re.compile(rf"\b{subject.direction}\b", re.IGNORECASE)
                for index in range(len(mentions) - 1, -1, -1):
                    if mentions[index].kind == subject.anaphor_kind and compass.search(mentions[index].name):
                        return _Subject(0, 0, mention=index)
            entry = last_entity.get(subject.anaphor_kind)
            if entry is not None and s_index - entry[1] <= 4:
                return _Subject(0, 0, mention=entry[0])
            return None

        default = None
        if not any(not s.anaphor for s in subjects) and focus is not None and s_index - focus_sentence <= 1:
            default = focus

        for fact in _figures(sentence):
            subject = _subject_for(fact, subjects)
            subject = resolve(subject) if subject is not None else default
            if subject is None:
                continue
            common = dict(
                article=article.file, quote=sentence, published=article.published,
                char_start=s_start + fact.start, char_end=s_start + fact.end,
            )
            if subject.mention is not None:
                facts.append(Fact(attribute=fact.attribute, value=fact.value, unit=fact.unit,
                                  qualifier=fact.qualifier, subject=subject.mention, **common))
            elif subject.group_kind is not None and fact.attribute in _AGGREGATE_ATTRIBUTES:
                facts.append(Fact(attribute=fact.attribute, value=fact.value, unit=fact.unit,
                                  qualifier=fact.qualifier, group=subject.group_kind,
                                  count=subject.count, province=province, members=subject.members,
                                  members_complete=subject.members_complete, **common))

        explicit = [s for s in subjects if not s.anaphor and not s.listed]
        if explicit:
            focus, focus_sentence = explicit[-1], s_index
        elif subjects:
            resolved = resolve(subjects[-1])
            if resolved is not None:
                focus, focus_sentence = resolved, s_index

    return ArticleExtraction(article=article, province=province, mentions=tuple(mentions), facts=tuple(facts))


_AGGREGATE_ATTRIBUTES = frozenset(
    {"area_ha", "occupancy_pct", "investment_vnd", "investment_usd", "projects", "enterprises", "workers"}
)


def article_province(text: str, *, data_dir: Path | None = None) -> str | None:
    """The province an article is about: the one it names most (first on ties)."""
    counts: dict[str, list[int]] = {}
    for name, offset in find_provinces(text, data_dir):
        counts.setdefault(name, []).append(offset)
    if not counts:
        return None
    return max(counts, key=lambda n: (len(counts[n]), -counts[n][0]))


@dataclass(frozen=True)
class _Vocabulary:
    """How an article writes its words, to tell names from ordinary words.

    ``lowercase``: words the article writes in lower case somewhere ("traffic"), so a
    capitalised one at a clause start is not a name. ``midcaps``: words it capitalises
    inside a sentence, which are names wherever they occur.
    """

    lowercase: frozenset[str]
    midcaps: frozenset[str]
    data_dir: Path | None = None  # where province names are read from

    @classmethod
    def of(cls, text: str, data_dir: Path | None = None) -> _Vocabulary:
        return cls(
            lowercase=frozenset(_LOWER_WORD.findall(text)),
            midcaps=frozenset(w.lower() for w in _MIDCAP_WORD.findall(text)),
            data_dir=data_dir,
        )


_LOWER_WORD = re.compile(r"\b[a-zà-ỹđ][\w'’]*")
_MIDCAP_WORD = re.compile(rf"[a-z,;]\s+({_CAP})")


_POSSESSIVE = re.compile(r"^.*?['’]s\s+")
_SPACE_SPLIT = re.compile(r"(\s+)")
_LETTER = re.compile(r"[a-z]")


def _squash(text: str) -> str:
    """One space between words."""
    return " ".join(text.split())


def _clean_name(name: str, lowercase_words: frozenset[str], *, at_clause_start: bool) -> str:
    """Drop leading words that are not part of a proper name."""
    possessive = _POSSESSIVE.search(name)
    if possessive:
        name = name[possessive.end():]
        at_clause_start = False
    words = _SPACE_SPLIT.split(name)
    while words:
        first = words[0]
        lower = first.lower()
        folded = fold(lower)
        drop = lower in STOPWORDS or folded in STOPWORDS or lower.endswith(("'s", "’s"))
        if lower == "an" and len(words) > 2 and words[2][:1].lower() not in "aeiouy":
            drop = False  # "An Ngoc Airport": the Vietnamese syllable An, not the article
        if not drop and at_clause_start and lower in lowercase_words:
            drop = True
        if not drop:
            break
        words = words[2:]
        at_clause_start = False
    return "".join(words).strip(" -–")


_NAME_AT_END = re.compile(rf"({_NAME})\s*$")
_MEMBER = rf"(?:{_NAME}|{_NUM}\b|[IVX]+\b)"
_LIST_AT_END = re.compile(rf"((?:{_NAME})(?:\s*,\s*{_MEMBER})*\s*,?\s+and\s+(?:the\s+)?{_MEMBER})\s*$")
_MEMBER_RE = re.compile(_MEMBER)
_TRAILING_NUMBER = re.compile(rf"\s+(?:{_NUM}|[IVX]+)$")
#: "the Management Board of X and Y Industrial Parks": an agency's name, not a list of facilities.
_AGENCY_OF = re.compile(r"\b(?:Board|Authority|Department|Committee|Office|Ministry)\s+of\s+(?:the\s+)?$")


def _word_start_before(sentence: str, pos: int) -> int:
    """The start of the first whole word at or after ``pos`` (0 if ``pos`` is before the start).

    Names end at a head noun and are never long: searching the text just before the
    head, rather than the whole sentence, keeps the search linear.
    """
    if pos <= 0:
        return 0
    space = sentence.find(" ", pos)
    return 0 if space < 0 else space + 1


def _name_before(sentence: str, head_start: int, lowercase_words: frozenset[str]) -> tuple[str, int] | None:
    prefix = sentence[:head_start]
    match = _NAME_AT_END.search(sentence, _word_start_before(sentence, head_start - 160), head_start)
    if not match:
        return None
    raw = match.group(1)
    start = match.start(1)
    before = prefix[:start].rstrip()
    at_clause_start = not before or before.endswith((":", ";", "—", "–", "(", "\"", "“"))
    name = _clean_name(raw, lowercase_words, at_clause_start=at_clause_start)
    if not name or not re.search(_U, name[:1]):
        return None
    start = start + raw.index(name)
    return name, start


_PLACE_NOUNS = r"(?i:town|city|district|commune|ward|province|village|port|airport|river|bay|island)\b"
_SHORT_HEAD = re.compile(rf"(?P<name>{_NAME})\s+(?P<head>cluster|park|zone)\b")
_SHORT_HEAD_KIND = {"cluster": "industrial_cluster", "park": "industrial_park", "zone": "economic_zone"}
_ALIAS_GAP = re.compile(r"\s*\(\s*(?:also\s+(?:known|called)\s+as|or|formerly|i\.e\.,?)?\s*")


def _candidates(sentence: str, vocabulary: _Vocabulary,
                known: dict[str, dict[str, str]] | None = None) -> tuple[list[_Candidate], list[_Subject]]:
    """Facility candidates and group subjects of one sentence.

    ``known`` maps names already seen in the article without their head noun to the
    kinds they were seen with, so that a later bare "Lễ Môn, the oldest, ..." is found.
    """
    known = known or {}
    cands: list[_Candidate] = []
    groups: list[_Subject] = []

    lower = sentence.lower()
    for match in _ROUTE.finditer(sentence) if ("corridor" in lower or "axis" in lower) else ():
        head = match.group("head").lower()
        kind = "corridor"
        names = match.group("list")
        # "the corridor of Bac Giang - Lang Son highway" names a road, found below.
        rest = sentence[match.end():match.end() + 25].lower()
        if re.match(r"\s*(highway|expressway|railway|road)\b", rest):
            continue
        label = _squash(head)
        cands.append(_Candidate(kind, f"{names} {label}", match.start(), match.end()))

    for match in _ROAD_NUMBERED.finditer(sentence):
        head = _ROAD_ABBREVIATIONS.get(match.group("head"), _squash(match.group("head")).title())
        cands.append(_Candidate("road", f"{head} {match.group('num')}", match.start(), match.end()))

    for match in _NUMBERED.finditer(sentence) if "industrial" in lower else ():
        head = _squash(match.group("head")).title()
        kind = "industrial_cluster" if "cluster" in head.lower() else "industrial_park"
        num = _squash(match.group("num"))
        name = f"{head} {num}"
        commune = None
        if match.group("loc"):
            # A number alone does not name a facility: "No. 2 in Hop Thanh commune" does.
            name += f" in {match.group('loc')} {match.group('level')}"
            if match.group("level") != "district":
                commune = match.group("loc")
        cands.append(_Candidate(kind, name, match.start(), match.end(), commune=commune))

    for match in _HEAD_OF.finditer(sentence) if " of " in lower else ():
        head = _squash(match.group("head")).title()
        kind = "industrial_cluster" if "cluster" in head.lower() else "industrial_park"
        cands.append(_Candidate(kind, f"{match.group('name')} {head}", match.start(), match.end()))

    for match in _HEAD_RE.finditer(sentence):
        head = _head_of(match.group(0))
        h_start, h_end = match.span()
        if head.plural:
            members = _list_after(sentence, h_end, head, vocabulary.lowercase)
            members += _list_before(sentence, h_start, head, vocabulary.lowercase)
            cands += members
            count = _count_before(sentence, h_start)
            names = tuple(m.bare or m.name for m in members)
            complete = bool(names) and (
                (count is not None and count == len(names))
                or (_COMPLETE_LIST.match(sentence, h_end) is not None
                    and not sentence[h_end:].lstrip(" ,:").startswith(("such", "includ", "like")))
                and "..." not in sentence[h_end:] and "…" not in sentence[h_end:])
            groups.append(_Subject(h_start, h_end, group_kind=head.kind, count=count,
                                   members=names, members_complete=complete))
            continue
        if _NOT_A_FACILITY_AFTER.match(sentence, h_end):
            continue  # "Green Park Industrial Park Investment JSC", "Van Don Airport parks"
        found = _name_before(sentence, h_start, vocabulary.lowercase)
        if found is None:
            continue
        name, n_start = found
        if (" " not in name and match.group(0).islower() and not sentence[:n_start].strip()
                and name.lower() not in vocabulary.midcaps):
            continue  # "Traffic road works began": a sentence-initial word, not a name
        suffix = _province_suffix(sentence, h_end, vocabulary)
        full = f"{name} {match.group(0)}" + (f" {suffix.group('place')}" if suffix else "")
        cands.append(_Candidate(head.kind, full, n_start, suffix.end("place") if suffix else h_end, bare=name))

    for match in _APPOSITIVE.finditer(sentence) if ", a" in sentence else ():
        # "Amata City Long Thanh, a 410-hectare high-tech industrial park": the name has no head noun.
        found = _name_before(sentence, match.start(), vocabulary.lowercase)
        if found is not None and " " in found[0]:
            name, n_start = found
            kind = _head_of(match.group("head")).kind
            cands.append(_Candidate(kind, name, n_start, n_start + len(name), bare=name))

    short_heads = known and any(w in lower for w in ("cluster", "park", "zone"))
    for match in _SHORT_HEAD.finditer(sentence) if short_heads else ():
        # "the Phú Lâm cluster", "the Lễ Môn park": a short head after a name already seen
        kind = _SHORT_HEAD_KIND[match.group("head")]
        if set(known.get(match.group("name"), {})) == {kind}:
            cands.append(_Candidate(kind, known[match.group("name")][kind],
                                    match.start("name"), match.end(), bare=match.group("name")))

    cands = _drop_contained(cands)
    taken = [(c.start, c.end) for c in cands]
    for bare, kinds in known.items():
        if len(kinds) != 1:
            continue  # "Van Don" alone could be the zone, the airport or the cluster
        ((kind, written),) = kinds.items()
        for start, end in _bare_occurrences(sentence, bare):
            if any(s <= start < e for s, e in taken):
                continue
            # named as the article first wrote it: "Quang Yen" after "Quang Yen coastal economic zone"
            cands.append(_Candidate(kind, written, start, end, bare=bare))
    cands.sort(key=lambda c: c.start)
    for prev, cand in zip(cands, cands[1:]):
        if cand.kind == prev.kind and _ALIAS_GAP.fullmatch(sentence[prev.end:cand.start]):
            cand.alias_of_previous = True  # "Sa Pa Airport (also known as Lào Cai Airport)"
    return cands, groups


#: A province name right after a head noun belongs to the name: "Vietnam – Singapore
#: Industrial Park Bắc Ninh (VSIP Bắc Ninh)", not "... Industrial Park, Bắc Ninh province".
_PLACE_AFTER = re.compile(rf"[ \t]+(?P<place>{_NAME})(?!\s*(?i:province|city|district|town|['’]s)\b)")


def _province_suffix(sentence: str, pos: int, vocabulary: _Vocabulary) -> re.Match[str] | None:
    match = _PLACE_AFTER.match(sentence, pos)
    if match and province_named(match.group("place"), vocabulary.data_dir):
        return match
    return None


#: ", a [up to four modifiers] industrial park" after a name: an appositive naming the kind.
_APPOSITIVE = re.compile(
    r",\s+an?\s+(?:[\w\-]+\s+){0,4}?"
    r"(?P<head>industrial\s+park|industrial\s+zone|industrial\s+cluster|economic\s+zone|seaport|airport)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:next|in|near|on|with|of|that|which|located|covering|spanning)\b)"
)


#: After a bare name: more name words or a place noun mean it is not the facility ("Van Don town").
_NAME_CONTINUES = re.compile(rf"\s+(?:{_CAP}|{_PLACE_NOUNS})")


def _bare_occurrences(sentence: str, bare: str):
    """(start, end) of each standalone occurrence of a name seen before without its head noun.

    Plain string search, not a regex per name: a corpus names tens of thousands of places.
    """
    at = sentence.find(bare)
    while at >= 0:
        end = at + len(bare)
        before = sentence[at - 1] if at else " "
        after = sentence[end] if end < len(sentence) else " "
        if not (before.isalnum() or before in "-_" or after.isalnum() or after in "-_"
                or _NAME_CONTINUES.match(sentence, end)):
            yield at, end
        at = sentence.find(bare, at + 1)


#: What, right after a head noun, shows that the head is part of another name.
_NOT_A_FACILITY_AFTER = re.compile(
    r"\s+(?:Investment|Joint\s+Stock|Company|JSC|Corporation|Corp|Development\s+(?:Joint|Company|Corporation)|"
    r"Co\.|Limited|Ltd|Group|Management\s+Board|Authority|"
    r"(?i:parks?|industrial|clusters?|urban|network|networks|system|systems|sector|station|services))\b"
)


#: A list that is the whole group: "parks, namely A, B and C", "two parks: A and B".
_CLOSING_DASH = re.compile(r"\s*[—–](?=\s|[.,;]|$)|\s*[.;]|\s*$")
_COMPLETE_LIST = re.compile(r"(?:\s+in\s+(?:the\s+)?[\w\s]{1,40}?)?\s*,?\s*(?:namely|:|\s[—–]\s)")


def _canonical_head(head: _Head) -> str:
    singular = KINDS[head.kind].heads
    phrase = head.phrase
    for h in singular:
        if phrase.startswith(h) or phrase.rstrip("s") == h:
            return h.title()
    return singular[0].title()


def _list_after(sentence: str, pos: int, head: _Head, lowercase_words: frozenset[str]) -> list[_Candidate]:
    trigger = _LIST_TRIGGER.match(sentence, pos)
    if not trigger:
        return []
    if trigger.group(0).strip() in ("are", "is"):
        return []
    items: list[tuple[str, int, int]] = []
    at = trigger.end()
    while True:
        match = _NAME_RE.match(sentence, at)
        if not match:
            break
        name = _clean_name(match.group(0), lowercase_words, at_clause_start=False)
        if name and name.lower() not in STOPWORDS:
            items.append((name, match.start() + match.group(0).index(name), match.end()))
        at = match.end()
        loc = _ITEM_LOCATION.match(sentence, at)
        if loc:
            at = loc.end()
        paren = _PAREN_RE.match(sentence, at)
        if paren:
            at = paren.end()
        sep = _ITEM_SEP.match(sentence, at)
        if not sep:
            break
        at = sep.end()
    if trigger.group(0).rstrip().endswith(("—", "–")) and not _CLOSING_DASH.match(sentence, at):
        return []  # "parks — A, B and C —" is a list; "parks in X – Y" is not
    if len(items) == 1 and head.kind == "border_gate" and re.search(_DASH, items[0][0]):
        # "border gates: Hoanh Mo - Bac Phong Sinh - Mong Cai" lists gates with dashes.
        name, start, end = items[0]
        parts = re.split(rf"\s*{_DASH}\s*", name)
        if len(parts) >= 3:
            items = []
            offset = start
            for part in parts:
                p_start = sentence.index(part, offset)
                items.append((part, p_start, p_start + len(part)))
                offset = p_start + len(part)
    label = _canonical_head(head)
    return [_Candidate(head.kind, f"{name} {label}", s, e, listed=True, bare=name) for name, s, e in items]


def _list_before(sentence: str, pos: int, head: _Head, lowercase_words: frozenset[str]) -> list[_Candidate]:
    prefix = sentence[:pos]
    match = _LIST_AT_END.search(sentence, _word_start_before(sentence, pos - 600), pos)
    if not match:
        return []
    if _AGENCY_OF.search(prefix[: match.start(1)]):
        return []
    label = _canonical_head(head)
    out = []
    stem = None  # "My Phuoc" of "the My Phuoc 1, 2 and 3 industrial parks"
    for item in _MEMBER_RE.finditer(match.group(1)):
        start = match.start(1) + item.start()
        if item.group(0)[0].isdigit() or re.fullmatch(r"[IVX]+", item.group(0)):
            if stem is None:
                continue
            name = f"{stem} {item.group(0)}"
            out.append(_Candidate(head.kind, f"{name} {label}", start, start + len(item.group(0)), listed=True, bare=name))
            continue
        before = prefix[: start].rstrip()
        at_clause_start = not before or before.endswith((":", ";"))
        name = _clean_name(item.group(0), lowercase_words, at_clause_start=at_clause_start)
        if not name or name.lower() in STOPWORDS:
            continue
        numbered = _TRAILING_NUMBER.search(name)
        stem = name[: numbered.start()] if numbered else None
        start += item.group(0).index(name)
        out.append(_Candidate(head.kind, f"{name} {label}", start, start + len(name), listed=True, bare=name))
    return out


_COUNT_BEFORE = re.compile(r"\b(\d+|" + "|".join(_WORD_NUMBERS) + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _count_before(sentence: str, pos: int) -> int | None:
    match = _COUNT_BEFORE.search(sentence, max(0, pos - 60), pos)
    if not match:
        return None
    token = match.group(1).lower()
    return _WORD_NUMBERS.get(token) or (int(token) if token.isdigit() else None)


def _drop_contained(cands: list[_Candidate]) -> list[_Candidate]:
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Candidate] = []
    for cand in cands:
        if any(k.start <= cand.start and cand.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (cand.start <= k.start and k.end <= cand.end)]
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


_NAME_LIST_SEP = re.compile(r"\s*(?:,|\band\b)\s*")


#: "X Industrial Park in (neighbouring) Ba Ria – Vung Tau", "X Port, Hai Phong": the province written
#: right after a facility is its province, whatever province the article is about.
_PROVINCE_AFTER = re.compile(
    r"(?:\s*,\s*|\s+(?:located\s+)?in\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|central\s+|northern\s+|southern\s+)?"
    r"(?:province\s+of\s+)?)"
)


def _with_province(mention: Mention, text: str, data_dir: Path | None) -> Mention:
    gap = _PROVINCE_AFTER.match(text, mention.end)
    if not gap:
        return mention
    found = find_provinces(text[gap.end():gap.end() + 40], data_dir)
    if found and found[0][1] == 0 and found[0][0] != mention.province:
        return replace(mention, province=found[0][0])
    return mention


def _with_location(mention: Mention, text: str) -> Mention:
    match = _LOCATION.match(text, mention.end)
    if not match:
        return mention
    names = [n.strip() for n in _NAME_LIST_SEP.split(match.group("names")) if n.strip()]
    level = match.group("level").lower().rstrip("s")
    commune = district = None
    if level in ("commune", "ward"):
        commune = "; ".join(names)
        district = match.group("district")
    elif level in ("district", "town", "city"):
        # A "town" may be a district-level town (Quang Yen town) or a commune-level one: taking it
        # as a district never claims more precision than the article gives.
        district = "; ".join(names)
    else:
        return mention
    return replace(mention, commune=commune, district=district)


# ---------------------------------------------------------------------------
# Figures in one sentence


@dataclass(frozen=True)
class _Figure:
    attribute: str
    value: float | str
    unit: str | None
    qualifier: str | None
    start: int
    end: int
    adjective: bool = False  # "the 7.4-hectare Bac Tien Phong Industrial Park"
    forward: bool = False  # a status phrase that names what follows ("plans to build X")


def _is_target(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` is a target, plan or commitment."""
    return bool(TARGET_WORDS.search(sentence, 0, start))


_DIGIT = re.compile(r"\d")


def _figures(sentence: str) -> list[_Figure]:
    figures: list[_Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    lower = sentence.lower()
    digits = _DIGIT.search(sentence) is not None  # areas, rates and money are written in digits
    # "58 per cent occupied" before "occupied, while ... 76%": the number-first form is the tighter one.
    for pattern in reversed(_OCCUPANCY) if digits and ("%" in lower or "per" in lower) else ():
        for match in pattern.finditer(sentence):
            if not free(*match.span()) or _is_target(sentence, match.start("num")):
                continue
            figures.append(_Figure("occupancy_pct", parse_number(match.group("num")), "%", _qualifier(sentence, match.start("num")),
                                   match.start("num"), match.end()))
            taken.append(match.span())
            basis = _BASIS_AFTER.match(sentence, match.end("num")) or _BASIS_BEFORE.search(
                sentence, max(0, match.start() - 10), match.start("num"))
            if basis:  # what the rate is a share of: "92% of its leasable land"
                figures.append(_Figure("occupancy_basis", _squash(basis.group("basis").lower()), None, None,
                                       basis.start("basis"), basis.end("basis")))

    for match in _AREA.finditer(sentence) if digits and ("ha" in lower or "hectare" in lower) else ():
        if not free(*match.span()):
            continue
        value = parse_number(match.group("num"))
        phase = _phase_before(sentence, match.start())
        attribute = f"area_phase_{phase}_ha" if phase else "area_ha"
        figures.append(_Figure(attribute, value, "ha", _qualifier(sentence, match.start("num")), match.start("num"), match.end(),
                               adjective=bool(match.group("adj"))))
        taken.append(match.span())
    for match in _AREA_KM2.finditer(sentence) if digits and ("km" in lower or "square" in lower) else ():
        if not free(*match.span()):
            continue
        figures.append(_Figure("area_ha", parse_number(match.group("num")) * 100, "ha", _qualifier(sentence, match.start("num")),
                               match.start("num"), match.end()))
        taken.append(match.span())

    for pattern in (_LENGTH, _LENGTH_OF) if digits and ("km" in lower or "kilomet" in lower) else ():
        for match in pattern.finditer(sentence):
            if not free(*match.span()):
                continue
            adjective = pattern is _LENGTH and not match.group("long")  # "the 56 km Cam Lo – Lao Bao Expressway"
            figures.append(_Figure("length_km", parse_number(match.group("num")), "km",
                                   _qualifier(sentence, match.start("num")), match.start("num"), match.end(),
                                   adjective=adjective))
            taken.append(match.span())

    has_money = digits and any(w in lower for w in ("vnd", "usd", "$", "dong", "đồng"))
    for match in _MONEY.finditer(sentence) if has_money else ():
        currency = (match.group("pre") or match.group("post") or "").upper()
        if not currency or not free(*match.span()):
            continue
        if currency in ("US$", "$", "US DOLLARS"):
            currency = "USD"
        if currency in ("DONG", "ĐỒNG"):
            currency = "VND"
        if _inside_parens(sentence, match.start()):
            continue  # "4.8 trillion VND (201 million USD)": a conversion, not a second figure
        if _is_target(sentence, match.start()):
            continue
        scale = _SCALES.get(_squash((match.group("scale") or "").lower()), 1.0)
        value = parse_number(match.group("num")) * scale
        attribute = f"investment_{currency.lower()}"
        figures.append(_Figure(attribute, value, currency, _qualifier(sentence, match.start("num")), match.start("num"), match.end()))
        taken.append(match.span())

    has_count = any(w in lower for w in _COUNT_WORDS)
    for match in _COUNT.finditer(sentence) if has_count else ():
        if not free(*match.span()) or _is_target(sentence, match.start()):
            continue
        token = match.group("num").lower()
        try:
            value = _WORD_NUMBERS[token] if token in _WORD_NUMBERS else parse_number(token)
        except ValueError:
            continue
        attribute = _COUNT_ATTR[match.group("what").lower()]
        figures.append(_Figure(attribute, value, None, _qualifier(sentence, match.start("num")), match.start("num"), match.end()))
        taken.append(match.span())

    for match in _COMPANY.finditer(sentence) if "invest" in lower or "develop" in lower or " by " in lower else ():
        window = sentence[max(0, match.start() - 60):match.start()].lower()
        if re.search(r"invest|develop|owner|built by|by\s*$|investor", window):
            name = match.group("name").strip()
            name = re.sub(r"^(?:The|By|Investor|Infrastructure)\s+", "", name)
            figures.append(_Figure("investors", name, None, None, match.start(), match.end()))

    has_place = any(w in lower for w in ("commune", "ward", "district"))
    for match in _PLACE_IN.finditer(sentence) if has_place else ():
        names = "; ".join(n.strip() for n in _NAME_LIST_SEP.split(match.group("names")) if n.strip())
        level = match.group("level").lower().rstrip("s")
        attribute = "district" if level == "district" else "commune"
        figures.append(_Figure(attribute, names, None, None, match.start("names"), match.end()))

    for status, words, pattern in _STATUS:
        if not any(w in lower for w in words):
            continue
        for match in pattern.finditer(sentence):
            if status != "planned" and _CONDITIONAL_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
                continue  # "once it is put into operation": not the status now
            # "plans to build X" names what follows; "X is expected to cover ..." what precedes.
            forward = status == "planned" and bool(_BUILDS.search(match.group(0)))
            figures.append(_Figure("status", status, None, None, match.start(), match.end(), forward=forward))

    return sorted(figures, key=lambda f: f.start)


def _inside_parens(sentence: str, pos: int) -> bool:
    return sentence.rfind("(", 0, pos) > sentence.rfind(")", 0, pos)


def _phase_before(sentence: str, pos: int) -> int | None:
    best = None
    for match in _PHASE.finditer(sentence, 0, pos):
        if pos - match.end() <= 140:
            token = (match.group("n") or match.group("ord")).lower()
            best = _PHASE_N.get(token)
    return best


def _subject_for(fact: _Figure, subjects: list[_Subject]) -> _Subject | None:
    before = [s for s in subjects if s.end <= fact.start and not s.listed]
    after = [s for s in subjects if s.start >= fact.end]
    if (fact.adjective or fact.forward) and after:
        near = after[0]
        if near.start - fact.end <= 40 and (near.mention is not None or fact.forward):
            return near
    if before:
        # Members of a list never take the figures that follow the list: its group does.
        return before[-1]
    listed_before = [s for s in subjects if s.end <= fact.start and s.listed]
    if listed_before:
        return None
    if after and (after[0].mention is not None or after[0].anaphor) and after[0].start - fact.end <= 60:
        return after[0]
    return None
