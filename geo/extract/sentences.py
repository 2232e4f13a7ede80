"""Pass 1: an article's text as sentences, each knowing what kind of line it is on.

A newline always ends a sentence. Lines that are not prose (a headline, a photo
caption, a byline, a "Source:" line) are still read for names, but a name at the
start of such a line is not mistaken for an ordinary capitalised word.
"""

from __future__ import annotations

import re
from types import ModuleType

from .tokens import UPPER_CLASS

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[" + UPPER_CLASS + r"0-9])|\n+")


def sentence_spans(text: str, lang: ModuleType | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; a newline always ends a sentence."""
    if lang is None:
        from .lang import DEFAULT as lang
    abbreviation_end = lang.ABBREVIATION_END
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if match.group(0).strip() == "" and "\n" not in match.group(0):
            if abbreviation_end.search(text[max(start, end - 8) : end]):
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
