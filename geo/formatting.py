"""Numbers as people read them, one way everywhere: the map's popups and the report.

>>> format_value(20_500_000, "USD")
'20.5 million USD'
>>> format_value(1.7e12, "VND", "over")
'over 1.7 trillion VND'
>>> format_value(3913, "ha"), format_value(28.5, "ha"), format_value(92, "%")
('3,913 ha', '28.5 ha', '92%')
"""

from __future__ import annotations

#: Units that are money: large amounts are written in millions, billions and trillions.
MONEY_UNITS = ("VND", "USD")
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def unknown(value) -> bool:
    """Whether a cell holds no value: None, NaN or pandas' NA."""
    return value is None or value != value or type(value).__name__ == "NAType"


def format_value(value, unit: str | None = None, qualifier: str | None = None) -> str:
    """``value`` with its ``unit`` and ``qualifier`` ("nearly", "over"), or "" when it is unknown."""
    if unknown(value):
        return ""
    unit = None if unknown(unit) else unit
    qualifier = None if unknown(qualifier) else qualifier
    number = float(value)
    scale = next(((s, w) for s, w in _SCALES if abs(number) >= s), None) if unit in MONEY_UNITS else None
    if scale:
        text = f"{number / scale[0]:,.2f}".rstrip("0").rstrip(".") + f" {scale[1]} {unit}"
    else:
        text = f"{number:,.0f}" if number.is_integer() or abs(number) >= 1000 else f"{number:,.2f}".rstrip("0").rstrip(".")
        if unit == "%":
            text += "%"
        elif unit:
            text += f" {unit}"
    return f"{qualifier} {text}" if qualifier else text
