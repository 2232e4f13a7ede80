"""Find the named facilities an article mentions and the figures it states for each.

Rule-based and explainable, in small passes with one input and one output each:

1. :mod:`.sentences`  -- the text as sentences;
2. :mod:`.candidates` -- the facility names and groups each sentence writes;
3. :mod:`.figures`    -- the figures each sentence states, by a table of figure rules;
4. :mod:`.attach`     -- which facility (or group) each figure is about, and the mentions.

The words and patterns of a language are tables in :mod:`.lang` (English first), so a
language is a set of rule tables, not a fork of the passes. No list of known names is
used to *find* facilities.
"""

from .attach import article_province, extract_article
from .sentences import sentence_spans
from .tokens import parse_number

__all__ = ["article_province", "extract_article", "parse_number", "sentence_spans"]
