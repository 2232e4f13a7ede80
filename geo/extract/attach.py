"""Pass 4: give each figure its facility, sentence by sentence, and make the mentions.

A figure goes to the nearest facility before it in its sentence, to the facility a
back-reference points to ("The industrial park ...", "Here, ..."), or -- when it is
stated for a group ("10 industrial parks with a total area of ...") -- to the group,
kept as an aggregate fact of the province and never put on one facility. Targets and
commitments are not facts (the figure rules drop them).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

from ..attributes import AGGREGATE_ATTRIBUTES, POINT_ONLY_ATTRIBUTES, plausible
from ..boundaries import find_provinces, province_named
from ..kinds import LINE_KINDS
from ..model import Article, ArticleExtraction, Fact, Mention
from ..names import NAME_PARTS, ROUTE_PARTS, name_key, simplify
from ..places import DISTRICT_LEVELS, place_index
from ..registries import registry_province, registry_row
from .candidates import HEAD_RE, Subject, Vocabulary, candidates, sibling_phase
from .figures import figures_in
from .lang import language
from .rules import Figure
from .sentences import sentences
from .tokens import LETTER, inside_parens, squash

log = logging.getLogger(__name__)


def extract_article(article: Article, *, data_dir: Path | None = None) -> ArticleExtraction:
    """Mentions and facts of one article, read with the rules of its language."""
    text = article.text
    lang = language(article.language)
    province = article_province(text, data_dir=data_dir, outlet=source_province(article, data_dir=data_dir))
    vocabulary = Vocabulary.of(text, lang, data_dir)
    spans = sentences(text, lang)

    mentions: list[Mention] = []
    facts: list[Fact] = []
    focus: Subject | None = None
    focus_sentence = -10
    last_entity: dict[str | None, tuple[int, int]] = {}  # kind -> (mention index, sentence)
    known: dict[str, dict[str, str]] = {}  # bare name -> {kind: the name as first written with its head}
    last_group: str | None = None  # the kind of the group the sentence before spoke of
    group_rate: tuple[int, Figure] | None = None  # (sentence, figure): the last occupancy stated of a group

    for s_index, span in enumerate(spans):
        s_start, s_end = span.start, span.end
        sentence = text[s_start:s_end]
        cands, groups = candidates(sentence, vocabulary, known, headline=span.headline, group_kind=last_group)
        previous = mentions[last_entity[None][0]] if None in last_entity else None
        if previous is not None and last_entity[None][1] == s_index - 1:
            sibling = sibling_phase(sentence, previous.name, vocabulary)
            if sibling is not None and not any(c.start <= sibling.start < c.end for c in cands):
                cands.insert(0, replace(sibling, kind=previous.kind))
        last_group = groups[-1].group_kind if groups else None
        subjects: list[Subject] = list(groups)
        for cand in cands:
            key = name_key(cand.name, cand.kind)
            if cand.alias_of_previous and mentions:
                key = mentions[-1].key
            if cand.bare and len(cand.bare) > 3:
                known.setdefault(cand.bare, {}).setdefault(cand.kind, cand.name)
            if not key or not LETTER.search(key):
                continue
            if cand.kind == "border_gate" and province_named(key, data_dir) and registry_row(cand.kind, key) is None:
                continue  # "the border gates of Lang Son": a province's gates, not a gate named Lang Son
            mention = Mention(
                article=article.file, kind=cand.kind, name=cand.name.strip(), key=key,
                start=s_start + cand.start, end=s_start + cand.end, province=province,
            )
            mention, stated = _with_location(mention, text, lang, s_end, data_dir)
            mention = _with_province(mention, text, lang, data_dir, s_end, stated)
            if cand.commune and not mention.commune:
                mention = replace(mention, commune=cand.commune)
            if cand.country:
                mention = replace(mention, province=cand.country)  # abroad: no Vietnamese province
            mentions.append(mention)
            idx = len(mentions) - 1
            subjects.append(Subject(cand.start, cand.end, mention=idx, listed=cand.listed))
            if not cand.listed:
                last_entity[cand.kind] = (idx, s_index)
                last_entity[None] = (idx, s_index)
        listed: dict[tuple[str, ...], list[int]] = {}  # a group's members -> their mentions
        for group in groups:
            listed[group.members] = [s.mention for s in subjects if s.listed and s.mention is not None
                                     and mentions[s.mention].name.startswith(group.members)]
        subjects += _references(sentence, subjects, lang)
        subjects.sort(key=lambda s: s.start)

        def resolve(subject: Subject | None) -> Subject | None:
            if subject is None or not subject.anaphor:
                return subject
            if subject.anaphor_kind is None and focus is not None and s_index - focus_sentence <= 1:
                return focus
            if subject.direction:
                compass = re.compile(rf"\b{subject.direction}\b", re.IGNORECASE)
                for index in range(len(mentions) - 1, -1, -1):
                    if mentions[index].kind == subject.anaphor_kind and compass.search(mentions[index].name):
                        return Subject(0, 0, mention=index)
            entry = last_entity.get(subject.anaphor_kind)
            if entry is not None and s_index - entry[1] <= 4:
                return Subject(0, 0, mention=entry[0])
            return None

        default = None
        if not any(not s.anaphor for s in subjects) and focus is not None and s_index - focus_sentence <= 1:
            default = focus

        figures = figures_in(sentence, lang.FIGURE_RULES)
        in_order = _respectively(figures, subjects, sentence, lang)
        for figure in figures:
            if not plausible(figure.attribute, figure.value):
                log.warning("%s: %s %.6g is not plausible and is not kept (%s)", article.file,
                            figure.attribute, figure.value, squash(sentence[max(0, figure.start - 30):figure.end])[:80])
                continue
            possible = subjects
            if figure.attribute in POINT_ONLY_ATTRIBUTES:
                possible = [s for s in subjects if s.mention is None or mentions[s.mention].kind not in LINE_KINDS]
            subject = in_order.get(id(figure)) or subject_for(figure, possible, sentence, lang)
            subject = resolve(subject) if subject is not None else default
            if subject is None or (figure.attribute in POINT_ONLY_ATTRIBUTES and subject.mention is not None
                                   and mentions[subject.mention].kind in LINE_KINDS):
                continue
            common = dict(
                article=article.file, quote=sentence, published=article.published,
                char_start=s_start + figure.start, char_end=s_start + figure.end,
                attribute=figure.attribute, value=figure.value, unit=figure.unit, qualifier=figure.qualifier,
            )
            # Full (or empty) is full in each facility it is stated for together; a rate in between
            # may be an average, and stays with the group.
            full = figure.attribute == "occupancy_pct" and figure.value in (0, 100)
            if subject.mention is not None:
                together = _coordinated_with(subject, subjects, sentence, lang) if full else [subject.mention]
                # "My Tho and Tan Huong are fully occupied": full is full in each of them.
                facts += [Fact(subject=index, **common) for index in together]
            elif subject.group_kind is not None and figure.attribute in AGGREGATE_ATTRIBUTES:
                if figure.attribute == "occupancy_pct":
                    group_rate = (s_index, figure)
                facts.append(Fact(group=subject.group_kind, count=subject.count, province=province,
                                  members=subject.members, members_complete=subject.members_complete, **common))
                if full:
                    # "4 parks have filled 100% of their land, including A, B, C and D", "parks have
                    # leased 100% of their land like A, B and C": a group that is full is full in
                    # each of the members it lists.
                    members = listed.get(subject.members) or _listed_after(figure.end, subjects, sentence, lang)
                    facts += [Fact(subject=index, **common) for index in members]

        same = lang.SAME_RATE.search(sentence) if group_rate and s_index - group_rate[0] == 1 else None
        if same:
            # "4 of 14 parks have an occupancy rate of 100%. Parks with this occupancy rate include: A, B, C":
            # the rate the sentence before gave is stated of each park listed here.
            rate = group_rate[1]
            facts += [Fact(subject=s.mention, article=article.file, quote=sentence, published=article.published,
                           char_start=s_start + same.start(), char_end=s_start + same.end(),
                           attribute=rate.attribute, value=rate.value, unit=rate.unit, qualifier=rate.qualifier)
                      for s in subjects if s.listed and s.mention is not None]
        explicit = [s for s in subjects if not s.anaphor and not s.listed]
        opening = next((s for s in subjects if s.anaphor and not sentence[:s.start].strip(" \"“(")), None)
        if opening is not None and resolve(opening) is not None:
            # "The park is located on Provincial Road DT741 …": a sentence whose subject is the
            # facility spoken of stays about it, whatever else it names.
            focus, focus_sentence = resolve(opening), s_index
        elif explicit:
            # "+ Tra Noc II IP: 155 ha, adjacent to Tra Noc I IP. 91.8% filled.": what a sentence
            # is about is not a facility it places something next to.
            topical = [s for s in explicit if not lang.PLACED_BEFORE.search(sentence, max(0, s.start - 80), s.start)]
            if topical:
                focus, focus_sentence = topical[-1], s_index
            elif focus is not None and s_index - focus_sentence <= 1:
                # "Position: 8km from Cua Viet Port, near highway 1A.": a sentence that only places
                # its facility next to others is still about it.
                focus_sentence = s_index
            else:
                focus, focus_sentence = explicit[-1], s_index
        elif subjects:
            resolved = resolve(subjects[-1])
            if resolved is not None:
                focus, focus_sentence = resolved, s_index

    return ArticleExtraction(article=article, province=province, mentions=tuple(mentions), facts=tuple(facts))


def article_province(text: str, *, data_dir: Path | None = None, outlet: str | None = None) -> str | None:
    """The province an article is about: the one it names most (first on ties), not counting
    provinces in parentheses unless the article names no other. A provincial paper's province
    (``outlet``) wins over one the article names only once in passing ("Luong Son district is
    adjacent to Hanoi capital" in Bao Hoa Binh), and where the article names none."""
    found = find_provinces(text, data_dir)
    # "Phu Bai Airport (Hue)": where something else is, not what the article is about
    outside = [(name, offset) for name, offset in found if not inside_parens(text, offset)]
    counts: dict[str, list[int]] = {}
    for name, offset in outside or found:
        counts.setdefault(name, []).append(offset)
    if not counts:
        return outlet
    best = max(counts, key=lambda n: (len(counts[n]), -counts[n][0]))
    if outlet and outlet not in counts and len(counts[best]) == 1:
        return outlet
    return best


def source_province(article: Article, *, data_dir: Path | None = None) -> str | None:
    """The province of the outlet an article comes from, if it is a provincial paper: its name or
    web address says it ("Son La Newspaper", en.baosonla.org.vn, baohaiduong.vn)."""
    for match in _PROVINCIAL_PAPER.finditer(article.publisher or ""):
        words = match.group("a") or match.group("b")
        named = province_named(words, data_dir) or province_named(" ".join(words.split()[-2:]), data_dir)
        if named:
            return named
    host = urlsplit(article.url or "").hostname or ""
    for label in host.split("."):
        if label.startswith("bao") and len(label) > 6:
            named = province_named(label.removeprefix("bao"), data_dir)
            if named:
                return named
    return None


#: A provincial paper by its name: "Bao Hai Duong", "Son La Newspaper", "Dong Thap Online"; a city's
#: national outlet ("SGGP News (Saigon Giai Phong)", "The Saigon Times") is not one.
_PROVINCIAL_PAPER = re.compile(r"\bB[aá]o\s+(?P<a>\w+(?:\s\w+){1,2})|(?P<b>(?:\w+\s){1,2}\w+)\s+(?:[Nn]ewspaper|Online|Today)\b")


def _references(sentence: str, subjects: list[Subject], lang: ModuleType) -> list[Subject]:
    """"the industrial park", "Here": back-references a figure may be about."""
    out = []
    for match in lang.ANAPHOR.finditer(sentence):
        if any(s.start <= match.start() < s.end for s in subjects):
            continue
        if lang.PREPOSITION_BEFORE.search(sentence, 0, match.start()):
            continue  # "5 km from the airport": a reference, not what the sentence is about
        noun = squash((match.group("noun") or "").lower())
        direction = lang.COMPASS.get((match.group("dir") or "").strip().lower())
        out.append(Subject(match.start(), match.end(), anaphor=True, anaphor_kind=lang.ANAPHOR_KIND.get(noun),
                           direction=direction))
    return out


def _runs(subjects: list[Subject], sentence: str, lang: ModuleType) -> list[list[Subject]]:
    """Facilities written one after another as a list ("Kim Hoa, Khai Quang, and Binh Xuyen II")."""
    named = sorted((s for s in subjects if s.mention is not None), key=lambda s: s.start)
    runs: list[list[Subject]] = []
    for subject in named:
        if runs and lang.ITEM_SEP.fullmatch(sentence, runs[-1][-1].end, subject.start):
            runs[-1].append(subject)
        else:
            runs.append([subject])
    return runs


def _respectively(figures: list[Figure], subjects: list[Subject], sentence: str,
                  lang: ModuleType) -> dict[int, Subject]:
    """"A, B and C … 75 ha, 75 ha and 60 ha, respectively": each figure (by ``id``) to the
    facility in its place, where a list of facilities and the figures of one attribute after
    it are as many."""
    if not lang.RESPECTIVELY.search(sentence):
        return {}
    out: dict[int, Subject] = {}
    for attribute in dict.fromkeys(f.attribute for f in figures):
        same = [f for f in figures if f.attribute == attribute]
        if len(same) < 2:
            continue
        runs = [run for run in _runs(subjects, sentence, lang) if run[-1].end <= same[0].start]
        if runs and len(runs[-1]) == len(same):
            out.update({id(figure): subject for figure, subject in zip(same, runs[-1])})
    return out


def _coordinated_with(subject: Subject, subjects: list[Subject], sentence: str, lang: ModuleType) -> list[int]:
    """The facility a figure is about, with those listed together with it."""
    for run in _runs(subjects, sentence, lang):
        if subject in run:
            return [s.mention for s in run if s.mention is not None]
    return [subject.mention] if subject.mention is not None else []


def _listed_after(pos: int, subjects: list[Subject], sentence: str, lang: ModuleType) -> list[int]:
    """Facilities listed right after a figure by an example word: "100% of their land like A, B and C"."""
    for run in _runs(subjects, sentence, lang):
        if run[0].start >= pos and lang.EXAMPLES_AFTER_FIGURE.fullmatch(sentence, pos, run[0].start):
            return [s.mention for s in run if s.mention is not None]
    return []


def subject_for(figure: Figure, subjects: list[Subject], sentence: str, lang: ModuleType) -> Subject | None:
    """Which subject of its sentence a figure is about (before resolving references)."""
    after = [s for s in subjects if s.start >= figure.end]
    if after and after[0].mention is not None and lang.FIGURE_BEFORE_NAME.fullmatch(sentence, figure.end, after[0].start):
        return after[0]  # "the 100ha Phu Ninh, 350ha Tam Nong": a figure glued before a name is its own
    own = [s for s in subjects if s.mention is not None and s.end <= figure.start
           and lang.MEMBER_FIGURE_GAP.fullmatch(sentence, s.end, figure.start)]
    if own:
        return own[-1]  # "Bai Say (150 ha)", "Phu Bai with 818ha": a figure written with its facility
    before = [s for s in subjects if s.end <= figure.start and not s.listed]
    if (figure.adjective or figure.forward) and after:
        near = after[0]
        if near.start - figure.end <= 40 and (near.mention is not None or figure.forward):
            return near  # "the 65-ha port": an adjective figure is about what it describes
    if before:
        # Members of a list never take the figures that follow the list: its group does.
        return before[-1]
    listed_before = [s for s in subjects if s.end <= figure.start and s.listed]
    if listed_before:
        return None
    if after and (after[0].mention is not None or after[0].anaphor) and after[0].start - figure.end <= 60:
        return after[0]
    return None


def _with_province(mention: Mention, text: str, lang: ModuleType, data_dir: Path | None, end: int,
                   stated: str | None = None) -> Mention:
    """The province where a facility lies: the one written right after it or after its district
    (``stated``), else the one a national registry knows for it, else the article's."""
    if stated:
        return replace(mention, province=stated)
    gap = lang.PROVINCE_AFTER.match(text, mention.end, end)  # within its sentence
    if gap:
        found = find_provinces(text[gap.end():gap.end() + 40], data_dir)
        if found and found[0][1] == 0:
            return replace(mention, province=found[0][0]) if found[0][0] != mention.province else mention
    known = registry_province(mention.kind, mention.key, data_dir=data_dir)
    if known is None:
        known = name_province(mention.name, mention.kind, mention.province, data_dir)
    if known and known != mention.province:
        return replace(mention, province=known)
    return mention


#: "Phu My 3", "Yen Binh II": the place a numbered park is named after is without its number.
_TRAILING_CODE = re.compile(r"(?:\s+(?:\d+[a-z]?|[ivx]+|[a-e]))+$")


@lru_cache(maxsize=65536)
def name_province(name: str, kind: str, article_province: str | None, data_dir: Path | None = None) -> str | None:
    """The province a facility's own name gives: "Quảng Ninh seaport", "VSIP Nghệ An", "Hải Hà –
    Quảng Trị petroleum port"; for a route, also a town or district among its waypoints that
    only one province has ("Trung Luong – My Thuan Expressway"). A province only starts a name
    when it is the whole name ("Nam Dinh Vu port" is in Hai Phong). A route through the
    article's province keeps it ("Hanoi – Ha Long railway" in a Quang Ninh article); a road
    named after one place says nothing ("Hanoi Highway" is in Ho Chi Minh City)."""
    found: list[str] = []
    places = place_index(data_dir)
    parts = (ROUTE_PARTS if kind in LINE_KINDS else NAME_PARTS).split(name)
    if kind in LINE_KINDS and len(parts) < 2:
        return None  # a road named after one place leads there: "Hanoi Highway" is in Ho Chi Minh City
    for part in [name, *parts] if kind not in LINE_KINDS else parts:
        words = _TRAILING_CODE.sub("", name_key(part, kind)).split()
        if not words:
            continue
        province, written = next(((p, " ".join(words[-size:])) for size in range(min(len(words), 4), 0, -1)
                                  if (p := province_named(" ".join(words[-size:]), data_dir))), (None, ""))
        if province and (part is not name or len(parts) > 1) and article_province in places.provinces(written):
            province = None  # "Tran Duong - Hoa Binh" in Hai Phong: a commune of the article's province
        if province is None and kind in LINE_KINDS:
            # A route's waypoints are towns and districts. A park or a gate named after a
            # district elsewhere is common ("Hoa Lu" gate in Binh Phuoc, Hoa Lu district in
            # Ninh Binh), so points are not placed by a place name alone.
            for size in range(min(len(words), 4), 0, -1):  # "Ha Long high speed": the place is "Ha Long"
                place = " ".join(words[:size])
                if article_province in places.provinces(place):
                    province = article_province
                    break
                having = places.provinces(place, DISTRICT_LEVELS)  # a commune name recurs across provinces
                if len(having) == 1:
                    province = next(iter(having))
                    break
        if province is None and kind == "economic_zone" and part is name and len(parts) == 1 \
                and "border" not in simplify(name):
            # An economic zone is named after the district or town it is built on ("Van Don", "Quang
            # Yen"): one that only another province has, and no unit of the article's, lies there.
            province = _district_elsewhere(" ".join(words), article_province, data_dir)
        if province:
            found.append(province)
    if not found:
        return None
    return article_province if article_province in found else found[0]


def _with_location(mention: Mention, text: str, lang: ModuleType, end: int,
                   data_dir: Path | None = None) -> tuple[Mention, str | None]:
    """``mention`` with the commune or district written right after it, and the province written
    after those, if any ("in Lap Thanh district in Vinh Phuc")."""
    match = lang.LOCATION.match(text, mention.end, end)  # within its sentence
    if not match:
        return mention, None
    names = [n.strip() for n in lang.NAME_LIST_SEP.split(match.group("names")) if n.strip()]
    # "in Dinh Vu - Cat Hai Economic Zone, Hai Phong City": a facility and a province, no district
    names = [n for n in names if not HEAD_RE.search(n) and not province_named(n)]
    if not names:
        return mention, None
    written = lang.PROVINCE_WORD.sub("", match.group("province") or "")
    province = province_named(written, data_dir) if written else None
    level = match.group("level").lower().rstrip("s")
    commune = district = None
    if level in lang.COMMUNE_LEVELS:
        commune = "; ".join(names)
        district = match.group("district")
    elif level in lang.DISTRICT_LEVELS:
        # A "town" may be a district-level town (Quang Yen town) or a commune-level one: taking it
        # as a district never claims more precision than the article gives.
        district = "; ".join(names)
    else:
        return mention, None
    if province is None and district and ";" not in district:
        # "Tan Phu 1 … in Pho Yen town" in a Long An article: a district that only one other
        # province has, and the article's none, is where the facility lies.
        province = _district_elsewhere(district, mention.province, data_dir)
    return replace(mention, commune=commune, district=district), province


def _district_elsewhere(place: str, article_province: str | None, data_dir: Path | None) -> str | None:
    """The one province with a district or town named ``place``, where the article's province has
    no unit of that name (else None: the name says nothing about where the facility lies)."""
    places = place_index(data_dir)
    having = places.provinces(place, DISTRICT_LEVELS)
    if len(having) == 1 and article_province not in places.provinces(place):
        return next(iter(having))
    return None
