"""How facilities are drawn, defined once for the web map (geo.webmap), the QGIS styles
(geo.styles) and the report's charts (geo.report): occupancy classes and their colours,
status outlines, gateway symbols, line styles. No drawing library is imported here."""

from __future__ import annotations

#: Park size: radius = AREA_RADIUS_BASE + AREA_RADIUS_PER_SQRT_HA * sqrt(ha) pixels, at most
#: AREA_RADIUS_MAX, so that a circle's area is proportional to the park's (no cap below 5,000 ha).
AREA_RADIUS_BASE, AREA_RADIUS_PER_SQRT_HA, AREA_RADIUS_MAX = 3.0, 0.5, 40.0
#: The radius of a park whose area no article states (drawn paler: it is not a size).
UNKNOWN_AREA_RADIUS = 5.0
#: Screen pixels per millimetre at 96 dpi: QGIS sizes are the web map's, in mm.
PX_PER_MM = 96 / 25.4


def area_radius(area) -> float:
    """Circle radius in pixels for a park of ``area`` hectares (the unknown radius if not stated)."""
    if area is None or area != area or area <= 0:
        return UNKNOWN_AREA_RADIUS
    return round(min(AREA_RADIUS_MAX, AREA_RADIUS_BASE + AREA_RADIUS_PER_SQRT_HA * area ** 0.5), 1)


#: Occupancy classes: (upper bound %, colour, label). Grey when unknown.
OCCUPANCY_COLOURS = ((40, "#d7301f", "below 40%"), (70, "#fc8d59", "40-70%"), (90, "#78c679", "70-90%"),
                     (101, "#1a9850", "90% and over"))
UNKNOWN_COLOUR = "#9e9e9e"
STATUS_DASH = {"planned": "4 4", "approved": "4 4", "under_construction": "2 3", "operating": None}
#: The outline of a park whose status no article states: thin and grey, never drawn as "operating".
STATUS_UNKNOWN_OUTLINE = {"color": "#9e9e9e", "weight": 1}
GATEWAY_SYMBOLS = {
    "border_gates": ("#6a1b9a", "M6 4h2v16H6zM16 4h2v16h-2zM8 8h8v2H8z", "Border gate"),
    "airports": ("#0d47a1", "M21 16v-2l-8-5V3.5a1.5 1.5 0 0 0-3 0V9l-8 5v2l8-2.5V19l-2 1.5V22l3.5-1 3.5 1v-1.5L13 19v-5.5z", "Airport"),
    "seaports": ("#00695c", "M12 2a2 2 0 0 1 1 3.7V7h3v2h-3v9.9A6 6 0 0 0 18 13h-2l3-3 3 3h-2a8 8 0 0 1-16 0H2l3-3 3 3H6a6 6 0 0 0 5 5.9V9H8V7h3V5.7A2 2 0 0 1 12 2z", "Seaport"),
    "economic_zones": ("#e65100", "M4 4h16v16H4z", "Economic zone (point: extent not mapped)"),
}
LINE_STYLES = {
    "roads": {"color": "#c62828", "weight": 4, "opacity": 0.9, "className": "geo-line"},
    "railways": {"color": "#37474f", "weight": 3, "opacity": 0.9, "dashArray": "8 6", "className": "geo-line"},
    "corridors": {"color": "#ff6f00", "weight": 14, "opacity": 0.3, "className": "geo-line"},
}


def occupancy_colour(value) -> str:
    """The colour of an occupancy rate's class; grey when the rate is not stated."""
    if value is None or value != value:
        return UNKNOWN_COLOUR
    for bound, colour, _ in OCCUPANCY_COLOURS:
        if value < bound:
            return colour
    return OCCUPANCY_COLOURS[-1][1]
