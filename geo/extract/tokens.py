"""The pieces every pass is written in: capitalised words, names, numbers.

Nothing here is English: a capital letter, a dash and a digit are the same in any
language geo reads. Language words live in :mod:`geo.extract.lang`.
"""

from __future__ import annotations

import re

_UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isalpha() and chr(c).isupper())
#: One capital letter, Vietnamese ones included.
U = f"[{re.escape(_UPPER)}]"
UPPER_CLASS = re.escape(_UPPER)
DASH = r"[\-\u2010-\u2015\u2212]"
#: Between two words of one phrase: a space, or a dash with or without spaces.
WORD_GAP = r"(?:\s*[\-\u2013\u2014]\s*|\s+)"
#: One word of a proper name: capitalised ("Đông", "II-C", "Texhong").
CAP = rf"{U}[\w'’]*(?:{DASH}\w+)*"
#: A number or letter code after the first word of a name ("My Phuoc 3", "Dam Ha B").
NUM = r"\d+[A-Za-z]?(?!\w)"
#: "Duc Hoa No. 1": a number written with "No." inside a name (not at its start).
NO_NUM = rf"No\.\s*{NUM}"
NAME = rf"{CAP}(?:(?:\s+|\s*{DASH}\s*)(?:{NO_NUM}|{CAP}|{NUM}))*"
NAME_PAREN = rf"{NAME}(?:\s*\([^()]{{1,30}}\))?"
#: "3,913", "1.700", "12,5", "853.18".
NUMBER = r"(?:\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"

NAME_RE = re.compile(NAME)
LETTER = re.compile(r"[a-z]")
DIGIT = re.compile(r"\d")


def parse_number(text: str, context: str = "") -> float:
    """Parse "3,913", "1.700", "12,5", "853.18" as a number.

    A separator followed by exactly three digits (and only such groups) is a
    thousands separator, in either the English or the Vietnamese style; otherwise
    it is a decimal point ("12,5" = 12.5). Given the sentence (``context``) of an
    English text, one dot before three digits is a decimal point ("a scale of 80.941
    hectares", "leased 45.895 ha"), unless that sentence writes numbers the Vietnamese way.

    >>> parse_number("3,913"), parse_number("1.700"), parse_number("12,5")
    (3913.0, 1700.0, 12.5)
    >>> parse_number("80.941", "Chu Trinh Industrial Park has a scale of 80.941 hectares")
    80.941
    >>> parse_number("1.700", "Diện tích 1.700 ha, vốn 2.345.000 triệu đồng")
    1700.0
    """
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    if context and re.fullmatch(r"\d{1,3}\.\d{3}", text) and not _VIETNAMESE_NUMBERS.search(context):
        return float(text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))


#: Numbers written the Vietnamese way: dots between groups of three, a decimal comma.
_VIETNAMESE_NUMBERS = re.compile(r"\d\.\d{3}\.\d{3}|\d,\d{1,2}(?![\d])")


def squash(text: str) -> str:
    """One space between words."""
    return " ".join(text.split())


def inside_parens(sentence: str, pos: int) -> bool:
    """Whether ``pos`` is inside an open parenthesis."""
    return sentence.rfind("(", 0, pos) > sentence.rfind(")", 0, pos)


#: A member of a list: a name, or a number or Roman numeral after a name ("My Phuoc 1, 2 and 3").
MEMBER = rf"(?:{NAME}|{NUM}\b|[IVX]+\b)"
MEMBER_RE = re.compile(MEMBER)
NAME_AT_END = re.compile(rf"({NAME})\s*$")
TRAILING_NUMBER = re.compile(rf"\s+(?:{NUM}|[IVX]+)$")
