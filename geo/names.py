"""Name normalisation, shared by extraction, resolution and evaluation.

``name_key`` implements the matching key of docs/gold-format.md exactly: two
names of the same kind are the same facility when their keys are equal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .kinds import get_kind

_PARENS = re.compile(r"\([^()]*\)")
_DASHES = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\b")
#: The parts of a name set off by a spaced dash or an en/em dash ("Song Khe - Noi Hoang",
#: "Hải Hà – Quảng Trị"); a hyphen inside a word ("Ba Ria-Vung Tau") does not part it.
NAME_PARTS = re.compile(r"\s+[\-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*")
#: The places a route is named by, at any dash: "Long Thanh-Dau Giay", "Ha Long – Van Don".
ROUTE_PARTS = re.compile(r"\s*[\-\u2013\u2014]\s*")


#: Deletes every combining mark of the Basic Multilingual Plane (built once; str.translate is C).
_DROP_MARKS = {c: None for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))}
_DROP_MARKS.update({ord("đ"): "d", ord("Đ"): "D", ord("Ð"): "D"})  # Ð: the Icelandic eth, typed for Đ


def fold(text: str) -> str:
    """ASCII-fold Vietnamese: ``"Đông Triều"`` -> ``"Dong Trieu"`` (case kept)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(_DROP_MARKS)


def simplify(text: str) -> str:
    """Fold, drop parenthesised text and punctuation, lower-case, one space."""
    text = _PARENS.sub(" ", fold(text)).casefold()
    text = _DASHES.sub(" ", text)
    text = _PUNCT.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _generic_pattern(kind: str) -> re.Pattern[str]:
    words = sorted({simplify(w) for w in get_kind(kind).generic}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


_GENERIC_CACHE: dict[str, re.Pattern[str]] = {}


@lru_cache(maxsize=65536)
def name_key(name: str, kind: str) -> str:
    """The matching key of ``name`` for a facility of ``kind``.

    >>> name_key("Đông Mai Industrial Park", "industrial_park")
    'dong mai'
    >>> name_key("the Van Don special economic zone", "economic_zone")
    'van don'
    """
    pattern = _GENERIC_CACHE.get(kind)
    if pattern is None:
        pattern = _GENERIC_CACHE[kind] = _generic_pattern(kind)
    text = simplify(name)
    text = _LEADING_THE.sub("", text)
    text = pattern.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def trie_pattern(phrases: list[list[str]], gap: str) -> str:
    """A regex matching any of ``phrases`` (lists of words joined by ``gap``), longest first.

    The alternation is factored by common prefix ("industrial (park|cluster|zone)"):
    a flat alternation of a hundred phrases is tried branch by branch at every
    position, the factored one fails after one character almost everywhere.
    """
    trie: dict = {}
    for words in phrases:
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alternatives = []
        for word in sorted((w for w in node if w), key=len, reverse=True):
            child = node[word]
            tail = ""
            if any(child):
                tail = f"(?:{gap}{emit(child)})" + ("?" if "" in child else "")
            alternatives.append(re.escape(word) + tail)
        return "(?:" + "|".join(alternatives) + ")"

    return emit(trie)


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """Lower-case ASCII slug with hyphens: ``"Quảng Ninh"`` -> ``"quang-ninh"``."""
    return simplify(text).replace(" ", "-")
