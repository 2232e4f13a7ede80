"""The shapes of a rule: what a language's rule tables are made of.

A rule says what it reads, when it may fire, and carries the sentences it exists for
(``examples``) and the sentences it must not fire on (``counter_examples``);
tests/test_rules.py runs every rule of every language on both, so a rule cannot
silently stop working and no rule goes untested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable


@dataclass(frozen=True)
class Figure:
    """A figure found in one sentence, before it is attached to a facility."""

    attribute: str
    value: float | str
    unit: str | None
    qualifier: str | None
    start: int
    end: int
    adjective: bool = False  # "the 7.4-hectare Bac Tien Phong Industrial Park": about what follows
    forward: bool = False  # a status phrase that names what follows ("plans to build X")


#: Turns one match of a rule's pattern in a sentence into figures (none: the match is not one).
Reader = Callable[[re.Match[str], str], Iterable[Figure]]


@dataclass(frozen=True)
class FigureRule:
    """One way a language writes a figure.

    Rules run in table order, and a span an earlier rule read (``claims``) is not read
    again: table order is priority. ``gate`` words (lower case), one of which must occur
    in the sentence, keep a rule from running where it cannot match; ``digits`` says
    the figure is written in digits. ``examples`` pair a sentence with the
    ``{attribute: value}`` the rule reads from it; ``counter_examples`` are sentences it
    must read nothing from.
    """

    name: str
    pattern: re.Pattern[str]
    read: Reader
    gate: tuple[str, ...] = ()
    digits: bool = True
    claims: bool = True
    examples: tuple[tuple[str, dict[str, object]], ...] = ()
    counter_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameRule:
    """One way a language writes a facility's name (a pass of :mod:`geo.extract.candidates`).

    ``examples`` pair a sentence with the names (as the pass writes them) it finds
    there; ``counter_examples`` are sentences it must find no name in.
    """

    name: str
    examples: tuple[tuple[str, tuple[str, ...]], ...]
    counter_examples: tuple[str, ...] = ()
