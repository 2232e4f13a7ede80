"""The typed records that flow through geo.

Articles become mentions and facts (extract), mentions become entities (resolve);
only geocoding turns entities into a GeoDataFrame. These records are frozen so a
stage can never change what an earlier stage produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One article: its text and what seeds/sources.csv says about it."""

    file: str
    text: str
    sha256: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, or YYYY-MM / YYYY when that is all we know
    date_basis: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Mention:
    """A facility named in an article, at ``start:end`` of its text."""

    article: str
    kind: str
    name: str
    key: str
    start: int
    end: int
    province: str | None = None
    district: str | None = None
    commune: str | None = None


@dataclass(frozen=True)
class Fact:
    """A figure an article states, with where it says it.

    ``subject`` is the index of the mention (within the article's mentions) the fact
    belongs to; for aggregate facts it is ``None`` and ``group`` says what the figure
    is about (e.g. ``"industrial_park"`` for "10 industrial parks with a total area of
    3,913 hectares"). ``members`` names the group's members where the article lists
    them; ``members_complete`` says whether the list is the whole group ("namely A, B
    and C") or examples ("such as A, B...").
    """

    article: str
    attribute: str
    value: float | str
    unit: str | None
    qualifier: str | None
    quote: str
    char_start: int
    char_end: int
    subject: int | None = None
    group: str | None = None
    count: int | None = None
    province: str | None = None
    published: str | None = None
    members: tuple[str, ...] = ()
    members_complete: bool = False


@dataclass(frozen=True)
class ArticleExtraction:
    """What one article yielded."""

    article: Article
    province: str | None
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]


@dataclass
class Entity:
    """One facility, resolved across articles."""

    id: str
    kind: str
    name: str
    key: str
    province: str | None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    district: str | None = None
    commune: str | None = None
    name_vi: str | None = None
    gazetteer_id: str | None = None


@dataclass
class AliasIndex:
    """(kind, name key) -> canonical key and gazetteer id, from the gazetteer's names
    and aliases. An empty index resolves every key to itself."""

    canonical_keys: dict[tuple[str, str], str] = field(default_factory=dict)
    ids: dict[tuple[str, str], str] = field(default_factory=dict)

    def canonical(self, kind: str, key: str) -> str:
        return self.canonical_keys.get((kind, key), key)

    def gazetteer_id(self, kind: str, key: str) -> str | None:
        return self.ids.get((kind, self.canonical(kind, key)))
