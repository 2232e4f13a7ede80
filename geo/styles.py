"""Default QGIS styles (QML) for each spatial layer: parks and clusters sized by area
and coloured by occupancy, distinct symbols for gateways, line styles for roads,
railways and corridors, and labels. The same text goes into the GeoPackage's
``layer_styles`` table and beside each GeoJSON file as ``<layer>.qml``.

Checked in real QGIS (3.22, the Debian bookworm version) by ``tests/test_qgis.py``:
the styles load, every expression parses and evaluates, and the build renders with
labels. The XML follows what QGIS 3.22 itself writes; keys QGIS does not find fall
back to QGIS's defaults, which is why the label placement and rendering are spelled out.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

import geopandas

from .symbology import (
    AREA_RADIUS_BASE, AREA_RADIUS_MAX, AREA_RADIUS_PER_SQRT_HA, GATEWAY_SYMBOLS, LINE_STYLES, OCCUPANCY_COLOURS,
    PX_PER_MM, UNKNOWN_AREA_RADIUS, UNKNOWN_COLOUR,
)

_HEADER = ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
           '<qgis version="3.22.0" styleCategories="Symbology|Labeling">\n')

#: Diameter in mm: the web map's radius (symbology.area_radius), doubled and in millimetres.
SIZE_EXPRESSION = (
    f'CASE WHEN "area_ha" IS NULL THEN {2 * UNKNOWN_AREA_RADIUS / PX_PER_MM:.2f} '
    f'ELSE min({2 * AREA_RADIUS_MAX / PX_PER_MM:.2f}, {2 * AREA_RADIUS_BASE / PX_PER_MM:.3f} '
    f'+ {2 * AREA_RADIUS_PER_SQRT_HA / PX_PER_MM:.3f} * sqrt("area_ha")) END'
)
#: Solid outline when operating (or status unknown), dashed when planned, approved or being built.
OUTLINE_EXPRESSION = "CASE WHEN \"status\" = 'operating' OR \"status\" IS NULL THEN 'solid' ELSE 'dash' END"
#: QGIS's SimpleMarker shape per gateway layer (colours from the web map).
GATEWAY_SHAPES = {"border_gates": "square", "airports": "triangle", "seaports": "diamond",
                  "economic_zones": "pentagon"}
LINE_WIDTHS_MM = {"roads": "0.9", "railways": "0.7", "corridors": "3.5"}


def _rgb(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)}"


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    return f"{_rgb(hex_colour)},{alpha}"


def _darker(hex_colour: str, factor: float = 0.7) -> str:
    return ",".join(str(int(int(c) * factor)) for c in _rgb(hex_colour).split(",")) + ",255"


def _prop(key: str, value: str) -> str:
    return f"<prop k={quoteattr(key)} v={quoteattr(value)}/>"


def _data_defined(**expressions: str) -> str:
    """<data_defined_properties> of a symbol layer: property name -> QGIS expression."""
    props = "".join(
        f'<Option name="{name}" type="Map"><Option name="active" type="bool" value="true"/>'
        f'<Option name="expression" type="QString" value={quoteattr(expr)}/>'
        '<Option name="type" type="int" value="3"/></Option>'
        for name, expr in expressions.items()
    )
    return ('<data_defined_properties><Option type="Map"><Option type="QString" name="name" value=""/>'
            f'<Option name="properties" type="Map">{props}</Option>'
            '<Option name="type" type="QString" value="collection"/></Option></data_defined_properties>')


def _symbol(name: str, symbol_type: str, layers: str, alpha: str = "1") -> str:
    return (f'<symbol type="{symbol_type}" name="{name}" alpha="{alpha}" clip_to_extent="1" force_rhr="0">'
            f"{layers}</symbol>")


# --- labels ------------------------------------------------------------------------------------------

#: QgsPalLayerSettings::Placement: 6 = cartographic (ordered positions around the point),
#: 2 = parallel to the line, 4 = horizontal, anywhere inside the polygon.
_PLACEMENT = {"point": "6", "line": "2", "polygon": "4"}


def _labels(geometry: str, *, colour: str = "40,40,40,255", size: str = "8", priority: int = 5,
            italic: bool = False, bold: bool = False, obstacle: bool = True, field: str = "name") -> str:
    """Labels from ``field``, placed for the geometry type, with a white halo. No font family:
    QGIS's own default font, so that no analyst meets a "font not found" warning.

    Points: around the symbol (its data-defined size included), so the label never hides it.
    Lines: along the line, above it, lines of one name merged. Polygons: inside, not
    an obstacle (a province must not push the facilities' labels out of itself)."""
    placement = _PLACEMENT[geometry]
    flags = "10" if geometry == "line" else "0"  # AboveLine | MapOrientation
    return (
        '<labeling type="simple"><settings calloutType="simple">'
        f'<text-style fieldName={quoteattr(field)} isExpression="0" fontSize="{size}"'
        f' fontSizeUnit="Point" fontWeight="{75 if bold else 50}" fontItalic="{int(italic)}"'
        f' textColor="{colour}" textOpacity="1" namedStyle="" capitalization="0" multilineHeight="1"'
        ' fontKerning="1" fontLetterSpacing="0" fontWordSpacing="0" blendMode="0" allowHtml="0">'
        '<text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255"'
        ' bufferOpacity="0.9" bufferNoFill="1" bufferJoinStyle="128" bufferBlendMode="0"/>'
        "</text-style>"
        '<text-format wrapChar="" autoWrapLength="0" multilineAlign="3" formatNumbers="0" plussign="0"/>'
        f'<placement placement="{placement}" placementFlags="{flags}" dist="{1 if geometry == "point" else 0.5}"'
        ' distUnits="MM" offsetType="1" quadOffset="4" priority="{}" centroidInside="1" centroidWhole="0"'
        ' predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" repeatDistance="0" repeatDistanceUnits="MM"'
        ' overrunDistance="0" overrunDistanceUnit="MM" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25"'
        ' polygonPlacementFlags="2" fitInPolygonOnly="0" preserveRotation="1" rotationAngle="0"'
        ' xOffset="0" yOffset="0" offsetUnits="MM" lineAnchorPercent="0.5" lineAnchorType="0"/>'.format(priority)
        + f'<rendering drawLabels="1" obstacle="{int(obstacle)}" obstacleFactor="1" obstacleType="1"'
        f' mergeLines="{int(geometry == "line")}" labelPerPart="0" displayAll="0" zIndex="0"'
        ' scaleVisibility="0" scaleMin="0" scaleMax="0" fontLimitPixelSize="0" fontMinPixelSize="3"'
        ' fontMaxPixelSize="10000" limitNumLabels="0" maxNumLabels="2000" minFeatureSize="0"'
        ' upsidedownLabels="0" unplacedVisibility="0"/>'
        "</settings></labeling>"
    )


def _document(renderer: str, labels: str) -> str:
    return _HEADER + renderer + labels + "</qgis>\n"


# --- renderers ---------------------------------------------------------------------------------------

def occupancy_classes() -> list[tuple[str, str, str]]:
    """(filter expression, legend label, colour) per occupancy class, the web map's classes;
    the last class is open-ended, and a class for parks whose occupancy is not stated."""
    classes = [('"occupancy_pct" IS NULL', "Occupancy not stated", UNKNOWN_COLOUR)]
    lower = None
    for i, (bound, colour, label) in enumerate(OCCUPANCY_COLOURS):
        last = i == len(OCCUPANCY_COLOURS) - 1
        parts = ([f'"occupancy_pct" >= {lower}'] if lower is not None else []) + \
                ([] if last else [f'"occupancy_pct" < {bound}'])
        if not parts:
            parts = ['"occupancy_pct" IS NOT NULL']
        classes.append((" AND ".join(parts), f"Occupancy {label}", colour))
        lower = bound
    return classes


def _park_qml() -> str:
    """A rule per occupancy class (so the legend explains the colours), each circle sized by
    area and outlined dashed when not yet operating; the largest drawn first, so that a small
    park is never hidden under a big one."""
    rules, symbols = [], []
    for i, (expression, label, colour) in enumerate(occupancy_classes()):
        rules.append(f'<rule symbol="{i}" filter={quoteattr(expression)} label={quoteattr(label)}/>')
        layer = (
            '<layer class="SimpleMarker" locked="0" enabled="1" pass="0">'
            + _prop("name", "circle") + _prop("color", _rgba(colour)) + _prop("outline_color", "38,50,56,255")
            + _prop("outline_width", "0.35") + _prop("outline_width_unit", "MM") + _prop("outline_style", "solid")
            + _prop("size", "4") + _prop("size_unit", "MM") + _prop("scale_method", "diameter")
            + _data_defined(size=SIZE_EXPRESSION, outlineStyle=OUTLINE_EXPRESSION)
            + "</layer>"
        )
        symbols.append(_symbol(str(i), "marker", layer, alpha="0.85"))
    renderer = (
        '<renderer-v2 type="RuleRenderer" enableorderby="1" forceraster="0" symbollevels="0">'
        f'<rules key="occupancy">{"".join(rules)}</rules><symbols>{"".join(symbols)}</symbols>'
        '<orderby><orderByClause asc="0" nullsFirst="0">"area_ha"</orderByClause></orderby>'
        "</renderer-v2>"
    )
    return _document(renderer, _labels("point", priority=6))


def _single(symbol: str) -> str:
    return ('<renderer-v2 type="singleSymbol" enableorderby="0" forceraster="0" symbollevels="0">'
            f"<symbols>{symbol}</symbols></renderer-v2>")


def _gateway_qml(layer_name: str) -> str:
    colour = GATEWAY_SYMBOLS[layer_name][0]
    layer = (
        '<layer class="SimpleMarker" locked="0" enabled="1" pass="0">'
        + _prop("name", GATEWAY_SHAPES.get(layer_name, "circle")) + _prop("color", _rgba(colour))
        + _prop("outline_color", "255,255,255,255") + _prop("outline_width", "0.5")
        + _prop("outline_width_unit", "MM") + _prop("size", "4.5") + _prop("size_unit", "MM") + "</layer>"
    )
    priority = 6 if layer_name == "economic_zones" else 8
    return _document(_single(_symbol("0", "marker", layer)), _labels("point", priority=priority, bold=True,
                                                                      colour=_darker(colour, 0.8)))


def _line_qml(layer_name: str) -> str:
    style = LINE_STYLES[layer_name]
    layer = (
        '<layer class="SimpleLine" locked="0" enabled="1" pass="0">'
        + _prop("line_color", _rgba(style["color"])) + _prop("line_width", LINE_WIDTHS_MM[layer_name])
        + _prop("line_width_unit", "MM") + _prop("line_style", "dash" if style.get("dashArray") else "solid")
        + _prop("capstyle", "round") + _prop("joinstyle", "round") + "</layer>"
    )
    symbol = _symbol("0", "line", layer, alpha=str(style.get("opacity", 1)))
    labels = _labels("line", colour=_darker(style["color"]), priority={"roads": 5}.get(layer_name, 4),
                     italic=layer_name == "corridors")
    return _document(_single(symbol), labels)


def _province_qml() -> str:
    layer = (
        '<layer class="SimpleFill" locked="0" enabled="1" pass="0">'
        + _prop("color", "243,241,232,90") + _prop("style", "solid")
        + _prop("outline_color", "120,144,156,255") + _prop("outline_width", "0.5")
        + _prop("outline_width_unit", "MM") + _prop("outline_style", "dash") + "</layer>"
    )
    labels = _labels("polygon", colour="96,125,139,255", size="11", priority=1, italic=True, obstacle=False)
    return _document(_single(_symbol("0", "fill", layer)), labels)


def qml_styles(layers: dict[str, geopandas.GeoDataFrame]) -> dict[str, str]:
    """A QML document per spatial layer that has features."""
    out = {}
    for name in layers:
        if name in ("industrial_parks", "industrial_clusters"):
            out[name] = _park_qml()
        elif name in GATEWAY_SYMBOLS:
            out[name] = _gateway_qml(name)
        elif name in LINE_STYLES:
            out[name] = _line_qml(name)
        elif name == "provinces":
            out[name] = _province_qml()
        elif name == "zone_extents":
            out[name] = _extent_qml()
    return out


def _extent_qml() -> str:
    """An economic zone's extent: a light orange area with a dashed outline, under the points."""
    colour = GATEWAY_SYMBOLS["economic_zones"][0].lstrip("#")
    rgb = ",".join(str(int(colour[i:i + 2], 16)) for i in (0, 2, 4))
    layer = (
        '<layer class="SimpleFill" locked="0" enabled="1" pass="0">'
        + _prop("color", f"{rgb},40") + _prop("style", "solid")
        + _prop("outline_color", f"{rgb},255") + _prop("outline_width", "0.6")
        + _prop("outline_width_unit", "MM") + _prop("outline_style", "dash") + "</layer>"
    )
    labels = _labels("polygon", colour=f"{rgb},255", size="10", priority=3, italic=False, obstacle=False)
    return _document(_single(_symbol("0", "fill", layer)), labels)


__all__ = ["qml_styles", "occupancy_classes", "SIZE_EXPRESSION", "OUTLINE_EXPRESSION", "GATEWAY_SHAPES"]
