"""The kinds of facility geo knows, defined once.

Everything that depends on a kind -- the words that name it in English news, the
generic words stripped when names are compared, the GeoJSON layer it goes to, its
geometry type -- is read from here. Nothing else in the package lists kinds.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """One kind of facility.

    ``heads`` are the head nouns that name a facility of this kind, longest first
    when matched (``"industrial park"``, ``"ip"``); ``plurals`` the plural forms used
    in lists ("industrial parks such as A, B and C"); ``generic`` every word or phrase
    that is stripped from a name when names are compared (the gold format's "kind's
    own generic words").
    """

    name: str
    label: str
    layer: str
    geometry: str
    heads: tuple[str, ...]
    plurals: tuple[str, ...]
    generic: tuple[str, ...]
    #: An area (a zone covering whole communes or districts), drawn as a flagged point
    #: while no cited extent can be mapped.
    area: bool = False


#: Head nouns that are also, every one, generic words of their kind (listed once, used twice).
_PARK_HEADS = ("seaport industrial park", "export processing and industrial zone", "export processing zone",
               "industrial park", "industrial zone", "industrial estate", "ip", "iz")
_GATE_HEADS = ("international border gate", "national border gate", "main border gate", "auxiliary border gate",
               "secondary border gate", "sub-border gate", "bilateral border gate", "border gate", "border crossing",
               "border checkpoint")
_PORT_HEADS = ("international petroleum port", "international port", "high-class port", "deep-water port",
               "deepwater port", "container port", "general port", "petroleum port", "oil port", "fishing port",
               "container terminal", "specialised wharf", "specialized wharf", "wharf",
               "seaport", "sea port", "harbour", "harbor", "port")

#: Every head noun of an economic zone is also one of its generic words.
_EZ_HEADS = (
    "border gate economic zone",
    "border gate ez",
    "border-gate ez",
    "border-gate economic zone",
    "coastal economic zone",
    "international border economic zone",
    "border economic zone",
    "open economic zone",
    "special economic zone",
    "economic zone",
    "cross-border industry cooperation zone",
    "cross-border economic cooperation zone",
    "economic cooperation zone",
    "special economic-commercial zone",
    "economic-commercial zone",
    "commercial zone",
    "free trade zone",
    "non-tariff zone",
    "oez",
    "ez",
)

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "economic_zone",
            "Economic zone",
            "economic_zones",
            "Point",
            heads=_EZ_HEADS,
            plurals=(
                "border gate economic zones",
                "border-gate economic zones",
                "coastal economic zones",
                "border economic zones",
                "open economic zones",
                "special economic zones",
                "economic zones",
            ),
            generic=(*_EZ_HEADS, "sez"),
            area=True,
        ),
        Kind(
            "industrial_park",
            "Industrial park",
            "industrial_parks",
            "Point",
            heads=_PARK_HEADS,
            plurals=("industrial parks", "industrial zones", "industrial estates", "export processing zones", "ips", "izs"),
            generic=(*_PARK_HEADS, "kcn"),
        ),
        Kind(
            "industrial_cluster",
            "Industrial cluster",
            "industrial_clusters",
            "Point",
            heads=("industrial cluster", "ic", "ccn"),
            plurals=("industrial clusters", "ics"),
            generic=("local industrial cluster", "industrial cluster", "ic", "ccn"),
        ),
        Kind(
            "border_gate",
            "Border gate",
            "border_gates",
            "Point",
            heads=_GATE_HEADS,
            plurals=("international border gates", "border gates", "border crossings"),
            generic=_GATE_HEADS,
        ),
        Kind(
            "airport",
            "Airport",
            "airports",
            "Point",
            heads=("international airport", "dual-use airport", "airport"),
            plurals=("airports",),
            generic=("international airport", "dual-use airport", "airport"),
        ),
        Kind(
            "seaport",
            "Seaport",
            "seaports",
            "Point",
            heads=_PORT_HEADS,
            plurals=("seaports", "ports"),
            generic=_PORT_HEADS,
        ),
        Kind(
            "road",
            "Road",
            "roads",
            "LineString",
            heads=("expressway", "highway", "road"),
            plurals=("expressways", "highways"),
            # "the Nha Trang - Cam Lam section" is the road Nha Trang - Cam Lam
            generic=("expressway", "highway", "road", "section", "route"),
        ),
        Kind(
            "railway",
            "Railway",
            "railways",
            "LineString",
            heads=("high-speed railway", "standard-gauge railway", "railway line", "railway", "railroad"),
            plurals=("railways",),
            # "high-speed" is not generic: the North–South high-speed railway is not the North–South railway.
            generic=("railway line", "railway", "railroad", "line"),
        ),
        Kind(
            "corridor",
            "Corridor",
            "corridors",
            "LineString",
            heads=("economic corridor", "expressway axis", "corridor", "axis"),
            plurals=("economic corridors", "corridors"),
            generic=("economic corridor", "expressway axis", "corridor", "axis"),
        ),
    )
}

LINE_KINDS = frozenset(k for k, v in KINDS.items() if v.geometry == "LineString")
AREA_KINDS = frozenset(k for k, v in KINDS.items() if v.area)
POINT_KINDS = frozenset(KINDS) - LINE_KINDS


def get_kind(name: str) -> Kind:
    """The :class:`Kind` called ``name``; ``KeyError`` lists the valid names."""
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown kind {name!r}; valid kinds: {', '.join(KINDS)}") from None
