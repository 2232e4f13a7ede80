"""The figures geo reads about a facility, defined once.

An attribute is what a figure is about ("area_ha", "occupancy_pct", "status"). The
extractor's figure rules produce them, resolution merges them, the layers declare them
as columns, the report and the map label them, evaluation scores some of them and
docs/schema.md describes them: all from this table. Adding an attribute touches this
file (and the rule that reads it), nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attribute:
    """One kind of figure.

    ``type`` is the column type ("float", "int", "str"); ``label`` the word people read
    in popups and the report; ``aggregate`` whether a group of facilities can state it
    ("10 industrial parks with a total area of 3,913 ha"); ``location`` whether it says
    where a point facility is (meaningless for a line); ``column`` whether the layers
    carry it as a column of its own; ``scored`` whether ``geo eval`` scores it; ``lines``
    whether a road, railway or corridor can have it (a road has no occupancy rate, and the
    area written after one is its neighbour's); ``most`` the largest plausible value.
    """

    name: str
    type: str
    unit: str | None
    label: str
    meaning: str
    aggregate: bool = False
    location: bool = False
    column: bool = True
    scored: bool = False
    lines: bool = True
    #: The largest value that can be true of one facility or group (a number above it is a
    #: misreading or an attack, and is not kept); numbers are never negative.
    most: float | None = None

    @property
    def numeric(self) -> bool:
        return self.type in ("float", "int")


ATTRIBUTES: dict[str, Attribute] = {
    a.name: a
    for a in (
        Attribute("district", "str", None, "district",
                  "District named by an article or the gazetteer (legacy, pre-July-2025 units)", location=True),
        Attribute("commune", "str", None, "commune",
                  "Commune(s) named by an article or the gazetteer; several joined by '; '", location=True),
        Attribute("status", "str", None, "status",
                  "planned, approved, under_construction or operating, as the newest article states"),
        Attribute("area_ha", "float", "ha", "area",
                  "Area (total if stated, else the first phase), from the newest article stating it",
                  aggregate=True, scored=True, lines=False, most=3_400_000),
        Attribute("occupancy_pct", "float", "%", "occupancy", "Occupancy rate achieved (targets are not included)",
                  aggregate=True, scored=True, lines=False, most=100),
        Attribute("occupancy_basis", "str", None, "occupancy of",
                  "What the occupancy rate is a share of, where the article says", lines=False),
        Attribute("investment_vnd", "float", "VND", "investment", "Investment stated in Vietnamese dong",
                  aggregate=True, most=1e16),
        Attribute("investment_usd", "float", "USD", "investment", "Investment stated in US dollars", aggregate=True, most=1e12),
        Attribute("investors", "str", None, "investors",
                  "Infrastructure investors / developers named, joined by '; '"),
        Attribute("projects", "int", None, "projects", "Number of investment projects stated", aggregate=True, most=1_000_000),
        Attribute("enterprises", "int", None, "enterprises", "Number of enterprises / tenants stated",
                  aggregate=True, most=1_000_000),
        Attribute("workers", "int", None, "workers", "Number of workers stated", aggregate=True, most=10_000_000),
        Attribute("area_phase_1_ha", "float", "ha", "area, phase 1", "Area of the first phase", column=False,
                  lines=False, most=3_400_000),
        Attribute("area_phase_2_ha", "float", "ha", "area, phase 2", "Area of the second phase", column=False,
                  lines=False, most=3_400_000),
        Attribute("area_phase_3_ha", "float", "ha", "area, phase 3", "Area of the third phase", column=False,
                  lines=False, most=3_400_000),
        Attribute("area_ha_before", "float", "ha", "area before",
                  "The area before a stated change ('from 400 ha to 600 ha')", column=False, most=3_400_000),
        Attribute("area_expansion_ha", "float", "ha", "expansion",
                  "The area an expansion adds ('expanded by 330 ha'), not the facility's area", column=False,
                  lines=False, most=3_400_000),
        Attribute("length_km", "float", "km", "length", "Length an article states (lines only)", column=False, most=5_000),
    )
}

LOCATION_ATTRIBUTES = tuple(a.name for a in ATTRIBUTES.values() if a.location)
AGGREGATE_ATTRIBUTES = frozenset(a.name for a in ATTRIBUTES.values() if a.aggregate)
POINT_ONLY_ATTRIBUTES = frozenset(a.name for a in ATTRIBUTES.values() if not a.lines)
SCORED_ATTRIBUTES = tuple(a.name for a in ATTRIBUTES.values() if a.scored)
#: The attributes the layers carry as columns, in column order.
COLUMN_ATTRIBUTES = tuple(a for a in ATTRIBUTES.values() if a.column)


def label(attribute: str) -> str:
    """The word people read for ``attribute``; an unknown one is written in words."""
    known = ATTRIBUTES.get(attribute)
    return known.label if known else attribute.replace("_", " ")


def plausible(name: str, value: object) -> bool:
    """Whether ``value`` can be true of attribute ``name``: finite, not negative, not above its ``most``."""
    attribute = ATTRIBUTES.get(name)
    if attribute is None or not attribute.numeric or not isinstance(value, (int, float)):
        return True
    return value == value and 0 <= value <= (attribute.most if attribute.most is not None else float("inf"))
