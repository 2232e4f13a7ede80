"""Pass 1: an article's text as sentences, each knowing what kind of line it is on.

A blank line, or a newline after a finished line, ends a sentence; a newline inside a
hard-wrapped paragraph ("… the Dong Thap⏎border gate economic zone") does not. A
headline (a short line in Title Case with no full stop) is kept apart from prose:
its capitals say nothing about names, so lists are not read in it. A dateline
("NGHỆ AN — The Southeast Economic Zone …") is cut off the sentence it opens, and so is the
date a page store writes before a page ("date 2025-02-13 ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from .lang import DEFAULT
from .tokens import UPPER_CLASS

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[" + UPPER_CLASS + r"0-9])|\n+|[^\S\n]{64,}")
#: A run of this many spaces is page layout, never inside a sentence (and a pattern that
#: may try each of its positions would take quadratic time over it).
_LAYOUT_GAP = 64
#: No sentence is longer: a longer one is cut at a space, so that no rule's cost grows
#: with the square of an article's length (real sentences stay far below it).
MAX_SENTENCE = 2000
#: "HCM CITY — ", "NGHỆ AN – ", "Hanoi (VNA) – ": a dateline before the first sentence of a paragraph.
_DATELINE = re.compile(r"(?:[" + UPPER_CLASS + r"][" + UPPER_CLASS + r"\s.,]{1,30}|[" + UPPER_CLASS + r"][\w\s]{1,25}\([A-Z]{2,6}\))"
                       r"\s*[—–-]\s+")
#: "date 2025-02-13 ": the date a page store writes before a page's text; a dateline may follow.
_STORED_DATE = re.compile(r"date \d{4}-\d{2}-\d{2}\s+")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(frozen=True)
class Sentence:
    """One sentence at ``start:end`` of the text; ``headline`` if it is a Title Case line."""

    start: int
    end: int
    headline: bool = False


def sentences(text: str, lang: ModuleType | None = None) -> list[Sentence]:
    """The sentences of ``text``, in order."""
    out = []
    for start, end in sentence_spans(text, lang):
        stored = _STORED_DATE.match(text, start, end)
        if stored:
            start = stored.end()
        dateline = _DATELINE.match(text, start, end)
        if dateline and dateline.end() < end:
            start = dateline.end()
        out.append(Sentence(start, end, headline=is_headline(text[start:end])))
    return out


def is_headline(line: str) -> bool:
    """A short line in Title Case with no full stop: "Industrial Parks: Expanding Land Fund"."""
    if "\n" in line or len(line) > 160 or line.rstrip().endswith((".", "?", "!", ":", ",")):
        return False
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def sentence_spans(text: str, lang: ModuleType | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    abbreviation_end = (lang or DEFAULT).ABBREVIATION_END
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        gap = match.group(0)
        if len(gap) >= _LAYOUT_GAP:
            pass  # layout: always a break
        elif "\n" not in gap:
            if gap.strip() == "" and abbreviation_end.search(text[max(start, end - 8) : end]):
                continue
        elif _soft_newline(text, match):
            continue
        if text[start:end].strip():
            spans += _bounded(text, *_trim(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans += _bounded(text, *_trim(text, start, len(text)))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start:end`` as pieces of at most MAX_SENTENCE characters, cut at a space where there is one."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(_trim(text, start, cut))
        start = cut
    out.append(_trim(text, start, end))
    return [span for span in out if span[0] < span[1]]


def _soft_newline(text: str, match: re.Match[str]) -> bool:
    """Whether a single newline only wraps a line of a paragraph.

    It does when the line before is unfinished (it ends in a lower-case word, a comma or
    a dash) and the line after goes on in lower case, or when the line before is a long
    wrapped line that ends in the middle of a clause.
    """
    if match.group(0).count("\n") != 1:
        return False
    before = text[max(0, match.start() - 200):match.start()]
    line = before.rsplit("\n", 1)[-1].rstrip()
    after = text[match.end():match.end() + 1]
    if not line or not after or line.endswith((".", "!", "?", ":", ";", "…", "\"", "”")):
        return False
    unfinished = line[-1].islower() or line[-1] in ",-–—("
    return unfinished and (after.islower() or (len(line) >= 60 and not is_headline(line)))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
