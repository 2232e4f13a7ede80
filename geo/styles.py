"""Default QGIS styles (QML) for each spatial layer: parks and clusters sized by area
and coloured by occupancy, distinct symbols for gateways, line styles for roads,
railways and corridors, and labels. The same text goes into the GeoPackage's
``layer_styles`` table and beside each GeoJSON file as ``<layer>.qml``."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

import geopandas

from .webmap import GATEWAY_SYMBOLS, LINE_STYLES, OCCUPANCY_COLOURS, UNKNOWN_COLOUR

_HEADER = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.22.0\" styleCategories=\"Symbology|Labeling\">\n"


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    h = hex_colour.lstrip("#")
    return f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},{alpha}"


def _prop(key: str, value: str) -> str:
    return f"<prop k={quoteattr(key)} v={quoteattr(value)}/>"


def _labels(field: str = "name") -> str:
    return (
        '<labeling type="simple"><settings calloutType="simple">'
        f'<text-style fieldName={quoteattr(field)} fontSize="8" textColor="40,40,40,255" fontFamily="Sans Serif">'
        '<text-buffer bufferDraw="1" bufferSize="0.8" bufferColor="255,255,255,255"/></text-style>'
        '<placement placement="1" dist="1.5"/></settings></labeling>'
    )


def _park_qml() -> str:
    colour_expr = "CASE " + " ".join(
        f"WHEN \"occupancy_pct\" < {bound} THEN color_rgb({_rgba(c)[:_rgba(c).rfind(',')]})"
        for bound, c, _ in OCCUPANCY_COLOURS
    ) + f" ELSE color_rgb({_rgba(UNKNOWN_COLOUR)[:_rgba(UNKNOWN_COLOUR).rfind(',')]}) END"
    colour_expr = colour_expr.replace("CASE WHEN", "CASE WHEN \"occupancy_pct\" IS NULL THEN "
                                      f"color_rgb({_rgba(UNKNOWN_COLOUR)[:_rgba(UNKNOWN_COLOUR).rfind(',')]}) WHEN", 1)
    size_expr = "CASE WHEN \"area_ha\" IS NULL THEN 3 ELSE min(15, 2 + 0.6 * sqrt(\"area_ha\")) END"
    dash_expr = "CASE WHEN \"status\" = 'operating' OR \"status\" IS NULL THEN 'solid' ELSE 'dash' END"
    layer = (
        '<layer class="SimpleMarker" locked="0" enabled="1" pass="0">'
        + _prop("name", "circle") + _prop("color", _rgba(UNKNOWN_COLOUR)) + _prop("outline_color", "38,50,56,255")
        + _prop("outline_width", "0.4") + _prop("size", "4") + _prop("size_unit", "MM")
        + '<data_defined_properties><Option type="Map"><Option type="QString" name="name" value=""/>'
        '<Option name="properties" type="Map">'
        f'<Option name="fillColor" type="Map"><Option name="active" type="bool" value="true"/><Option name="expression" type="QString" value={quoteattr(colour_expr)}/><Option name="type" type="int" value="3"/></Option>'
        f'<Option name="size" type="Map"><Option name="active" type="bool" value="true"/><Option name="expression" type="QString" value={quoteattr(size_expr)}/><Option name="type" type="int" value="3"/></Option>'
        f'<Option name="outlineStyle" type="Map"><Option name="active" type="bool" value="true"/><Option name="expression" type="QString" value={quoteattr(dash_expr)}/><Option name="type" type="int" value="3"/></Option>'
        '</Option><Option name="type" type="QString" value="collection"/></Option></data_defined_properties>'
        "</layer>"
    )
    return _single(layer, "marker")


def _single(symbol_layers: str, symbol_type: str, alpha: str = "0.85") -> str:
    return (
        _HEADER
        + '<renderer-v2 type="singleSymbol" enableorderby="0" forceraster="0" symbollevels="0"><symbols>'
        + f'<symbol type="{symbol_type}" name="0" alpha="{alpha}" clip_to_extent="1" force_rhr="0">'
        + symbol_layers + "</symbol></symbols></renderer-v2>"
        + _labels() + "</qgis>\n"
    )


def _gateway_qml(layer_name: str) -> str:
    colour, _path, _label = GATEWAY_SYMBOLS[layer_name]
    shape = {"border_gates": "square", "airports": "triangle", "seaports": "diamond",
             "economic_zones": "pentagon"}.get(layer_name, "circle")
    layer = (
        '<layer class="SimpleMarker" locked="0" enabled="1" pass="0">'
        + _prop("name", shape) + _prop("color", _rgba(colour)) + _prop("outline_color", "255,255,255,255")
        + _prop("outline_width", "0.4") + _prop("size", "4.2") + _prop("size_unit", "MM") + "</layer>"
    )
    return _single(layer, "marker", "1")


def _line_qml(layer_name: str) -> str:
    style = LINE_STYLES[layer_name]
    width = {"roads": "0.9", "railways": "0.7", "corridors": "3.5"}[layer_name]
    alpha = str(style.get("opacity", 1))
    layer = (
        '<layer class="SimpleLine" locked="0" enabled="1" pass="0">'
        + _prop("line_color", _rgba(style["color"])) + _prop("line_width", width) + _prop("line_width_unit", "MM")
        + _prop("line_style", "dash" if style.get("dashArray") else "solid")
        + _prop("capstyle", "round") + _prop("joinstyle", "round") + "</layer>"
    )
    return _single(layer, "line", alpha)


def _province_qml() -> str:
    layer = (
        '<layer class="SimpleFill" locked="0" enabled="1" pass="0">'
        + _prop("color", "243,241,232,60") + _prop("style", "solid")
        + _prop("outline_color", "120,144,156,255") + _prop("outline_width", "0.5")
        + _prop("outline_width_unit", "MM") + _prop("outline_style", "dash") + "</layer>"
    )
    return _single(layer, "fill", "1")


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
    return out


__all__ = ["qml_styles"]
