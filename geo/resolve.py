"""Turn mentions into entities: one per facility, within an article and across articles.

Two mentions are one facility when their kind and name key agree (names.name_key),
or when the gazetteer lists one name as an alias of the other ("Texhong Hai Ha" and
"Hai Ha Industrial Park"). Facilities that share a place name but not a kind stay
apart (Dong Mai Industrial Park / Dong Mai Industrial Cluster). The gazetteer only
resolves aliases; it never adds a facility that no article names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .attributes import LOCATION_ATTRIBUTES
from .boundaries import province_named
from .kinds import LINE_KINDS
from .model import AliasIndex, ArticleExtraction, Entity, Fact, Mention
from .names import fold, slug



@dataclass
class ArticleEntity:
    """One facility as one article presents it: what ``geo extract --json`` lists."""

    kind: str
    key: str
    names: list[str]
    province: str | None
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.names[0]

    def values(self) -> dict[str, object]:
        """The first stated value of each attribute (an article states a figure once)."""
        out: dict[str, object] = {}
        for fact in self.facts:
            if fact.attribute in LOCATION_ATTRIBUTES and self.kind in LINE_KINDS:
                continue
            if fact.attribute == "investors":
                out.setdefault("investors", [])
                if fact.value not in out["investors"]:
                    out["investors"].append(fact.value)
                continue
            out.setdefault(fact.attribute, fact.value)
        if "area_ha" not in out and "area_phase_1_ha" in out:
            # Only phase areas stated: the first phase is what exists.
            out["area_ha"] = out["area_phase_1_ha"]
        for mention in self.mentions:
            if mention.commune and "commune" not in out and self.kind not in LINE_KINDS:
                out["commune"] = mention.commune
            if mention.district and "district" not in out and self.kind not in LINE_KINDS:
                out["district"] = mention.district
        return out


def article_entities(extraction: ArticleExtraction, aliases: AliasIndex | None = None) -> list[ArticleEntity]:
    """The facilities one article names, each once, in order of first mention."""
    aliases = aliases or AliasIndex()
    by_key: dict[tuple[str, str], ArticleEntity] = {}
    mention_entity: dict[int, ArticleEntity] = {}
    loose: dict[tuple[str, str], ArticleEntity] = {}  # keys without "international"
    for index, mention in enumerate(extraction.mentions):
        key = aliases.canonical(mention.kind, mention.key)
        entity = by_key.get((mention.kind, key)) or loose.get((mention.kind, _loose_key(mention.kind, key)))
        if entity is None:
            entity = by_key[(mention.kind, key)] = ArticleEntity(
                mention.kind, key, [], mention.province
            )
        loose.setdefault((mention.kind, _loose_key(mention.kind, key)), entity)
        if mention.name not in entity.names:
            entity.names.append(mention.name)
        entity.mentions.append(mention)
        mention_entity[index] = entity
    for fact in extraction.facts:
        if fact.subject is not None:
            mention_entity[fact.subject].facts.append(fact)
    for entity in by_key.values():
        order = list(entity.names)
        entity.names = sorted(order, key=lambda n: (-_name_quality(n), order.index(n)))
    return list(by_key.values())


_QUALIFIER = re.compile(r"\s*\binternational\b")


def _loose_key(kind: str, key: str) -> str:
    """One article's "Nam Giang International Border Gate Economic Zone" and "Nam Giang Border
    Gate Economic Zone" are one facility: its status word is not part of its identity; nor is
    the province a developer's brand is followed by ("VSIP Nghe An" and then "VSIP")."""
    key = _QUALIFIER.sub("", key).strip()
    if kind in LINE_KINDS:
        return key  # "Hanoi – Thai Nguyen" and "Hanoi – Hai Phong" are two roads
    words = key.split()
    for size in (3, 2, 1):
        if len(words) > size and province_named(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return key


def _name_quality(name: str) -> int:
    """Prefer a name with its head noun and without a trailing location phrase."""
    return (3 if not name.islower() else 0) - name.count(" in ") - (1 if name.startswith("Industrial") else 0)


def entity_id(kind: str, province: str | None, key: str) -> str:
    """A stable identifier that names the kind: ``industrial_park:quang-ninh:dong-mai``."""
    return f"{kind}:{slug(province) if province else 'unknown'}:{key.replace(' ', '-')}"


def entities_from_extractions(
    extractions: list[ArticleExtraction], aliases: AliasIndex | None = None
) -> list[Entity]:
    """One :class:`Entity` per facility across all articles, sorted by id."""
    aliases = aliases or AliasIndex()
    entities: dict[str, Entity] = {}
    names_seen: dict[str, list[str]] = defaultdict(list)
    for extraction in extractions:
        for art_entity in article_entities(extraction, aliases):
            eid = entity_id(art_entity.kind, art_entity.province, art_entity.key)
            entity = entities.get(eid)
            if entity is None:
                entity = entities[eid] = Entity(
                    id=eid, kind=art_entity.kind, name="", key=art_entity.key,
                    province=art_entity.province,
                    gazetteer_id=aliases.gazetteer_id(art_entity.kind, art_entity.key),
                )
            entity.mentions.extend(art_entity.mentions)
            entity.facts.extend(art_entity.facts)
            names_seen[eid].extend(art_entity.names)
    for eid, entity in entities.items():
        names = names_seen[eid]
        ascii_names = sorted({fold(n) for n in names}, key=lambda n: (-names.count(n), -_name_quality(n), n))
        entity.name = _display_name(ascii_names[0])
        entity.aliases = sorted({_display_name(fold(n)) for n in names} - {entity.name})
        accented = [n for n in names if fold(n) != n]
        entity.name_vi = accented[0] if accented else None
        located = [m for m in entity.mentions if m.commune or m.district]
        if entity.kind not in LINE_KINDS:
            for fact in sorted(entity.facts, key=lambda f: (f.published or "", f.article), reverse=True):
                if fact.attribute == "commune" and entity.commune is None:
                    entity.commune = str(fact.value)
                if fact.attribute == "district" and entity.district is None:
                    entity.district = str(fact.value)
            for mention in located:
                entity.commune = entity.commune or mention.commune
                entity.district = entity.district or mention.district
    return [entities[k] for k in sorted(entities)]


def _display_name(name: str) -> str:
    """Capitalise a lower-case head noun in a name: "Quang Yen coastal economic zone"."""
    words = name.split(" ")
    return " ".join(w[:1].upper() + w[1:] if w.islower() and w not in ("of", "in", "and", "the") else w for w in words)


@dataclass(frozen=True)
class CurrentValue:
    """The value an entity shows for one attribute, and how it was chosen."""

    attribute: str
    value: object
    fact: Fact
    conflicting: tuple[Fact, ...]


def current_values(entity: Entity) -> dict[str, CurrentValue]:
    """Per attribute, the value of the newest article; disagreeing older facts kept beside it.

    Articles without a date count as oldest; ties go to the first article by name.
    """
    by_attribute: dict[str, list[Fact]] = defaultdict(list)
    for fact in entity.facts:
        if fact.attribute in LOCATION_ATTRIBUTES and entity.kind in LINE_KINDS:
            continue
        by_attribute[fact.attribute].append(fact)
    # One fact per article per attribute: the first it states (the rest restate parts).
    out: dict[str, CurrentValue] = {}
    for attribute, facts in by_attribute.items():
        first_per_article: dict[str, Fact] = {}
        for fact in sorted(facts, key=lambda f: (f.article, f.char_start)):
            first_per_article.setdefault(fact.article, fact)
        ordered = sorted(first_per_article.values(), key=lambda f: (f.published or "", f.article), reverse=True)
        newest = ordered[0]
        conflicts = tuple(f for f in ordered[1:] if not _same(f.value, newest.value))
        out[attribute] = CurrentValue(attribute, newest.value, newest, conflicts)
    if "area_ha" not in out and "area_phase_1_ha" in out:
        out["area_ha"] = out["area_phase_1_ha"]
    return out


def _same(a: object, b: object) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1e-9)
    return str(a).casefold() == str(b).casefold()
