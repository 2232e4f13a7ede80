"""Pass 3: the figures one sentence states, read by a language's table of figure rules.

The engine knows nothing of any language: it runs each rule of the table in order,
skips rules whose gate words are absent, and never lets a later rule read a span an
earlier one claimed. What a figure is about is decided later (:mod:`.attach`).
"""

from __future__ import annotations

from typing import Iterable

from .rules import Figure, FigureRule
from .tokens import DIGIT


def figures_in(sentence: str, rules: Iterable[FigureRule]) -> list[Figure]:
    """Every figure ``rules`` read in ``sentence``, in text order."""
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    lower = sentence.lower()
    digits = DIGIT.search(sentence) is not None
    for rule in rules:
        if rule.digits and not digits:
            continue
        if rule.gate and not any(word in lower for word in rule.gate):
            continue
        for match in rule.pattern.finditer(sentence):
            start, end = match.span()
            if rule.claims and not all(end <= s or start >= e for s, e in taken):
                continue
            found = list(rule.read(match, sentence))
            if not found:
                continue
            figures += found
            if rule.claims:
                taken.append((start, end))
    return sorted(figures, key=lambda f: f.start)
