"""The languages geo reads, each a module of rule tables with the same names.

``en`` is the first. A language module defines the words and patterns the passes of
:mod:`geo.extract` read (``STOPWORDS``, ``LIST_TRIGGER``, ``ANAPHOR``, ``FIGURE_RULES`` ...);
adding a language is adding a module here and a line to :data:`LANGUAGES`, not a fork
of the passes.
"""

from __future__ import annotations

from types import ModuleType

from . import en

LANGUAGES: dict[str, ModuleType] = {en.CODE: en}
DEFAULT = en


def language(code: str | None) -> ModuleType:
    """The rule tables of language ``code`` ("en"); English where none is given or known."""
    return LANGUAGES.get((code or "").lower()[:2], DEFAULT)
