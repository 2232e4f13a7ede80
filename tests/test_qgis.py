"""The build as QGIS itself opens it (issue 5: "open clean, typed and styled, with nothing
to fix by hand").

The checks run in real QGIS, headless: a PyQGIS script runs under the system Python
(``/usr/bin/python3``; Debian's ``python3-qgis``, which the venv cannot import) in a
subprocess, loads every spatial layer of ``geo.gpkg`` and every ``.geojson`` with its
``.qml``, reports what QGIS made of them as JSON, and renders the whole build to a PNG.
The assertions are made here, against the schema and the styles.

Without PyQGIS the test is skipped, unless ``GEO_REQUIRE_QGIS=1`` (then it fails).
Install: ``apt-get install -y python3-qgis qgis-providers`` (Debian bookworm: QGIS 3.22).

Run by hand on a build, keeping the rendering::

    .venv/bin/python tests/test_qgis.py out /tmp/qgis_render.png
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

QGIS_PYTHON = os.environ.get("GEO_QGIS_PYTHON", "/usr/bin/python3")

#: Runs under the system Python with PyQGIS: ``script OUT_DIR PNG`` prints one JSON report.
SCRIPT = r'''
import json, os, sys, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="qgis-xdg-"))
from pathlib import Path

from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsProject, QgsRectangle, QgsRenderContext, QgsSymbolLayer, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

out, png = Path(sys.argv[1]), sys.argv[2]
app = QgsApplication([], False)
app.initQgis()
messages = []
QgsApplication.messageLog().messageReceived.connect(
    lambda msg, tag, level: messages.append({"tag": tag, "level": int(level), "message": msg}))

DEFS = QgsSymbolLayer.propertyDefinitions()
DRAW_ORDER = ["border_gates", "airports", "seaports", "economic_zones", "industrial_parks", "industrial_clusters",
              "railways", "roads", "corridors", "zone_extents", "provinces"]


def check_expression(layer, text):
    """Parser error, and eval errors on each feature, of one QGIS expression."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        return [f"parser: {expression.parserErrorString()}"]
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression.prepare(context)
    errors = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        expression.evaluate(context)
        if expression.hasEvalError():
            errors.append(f"feature {feature['id']}: {expression.evalErrorString()}")
    return errors


def colour(value):
    return value.name(QColor.HexArgb) if isinstance(value, QColor) else None


def describe(layer):
    info = {"valid": layer.isValid(), "count": layer.featureCount() if layer.isValid() else None,
            "geometry": layer.geometryType() if layer.isValid() else None}
    if not layer.isValid():
        return info
    fields = {}
    for f in layer.fields():
        fields[f.name()] = {"type": f.typeName(), "variant": f.type(), "subtype": f.subType()}
    info["fields"] = fields
    renderer = layer.renderer()
    info["renderer"] = renderer.type()
    symbols = []
    expressions = {}
    for symbol in renderer.symbols(QgsRenderContext()):
        entry = {"type": int(symbol.type()), "opacity": symbol.opacity(), "colour": colour(symbol.color()),
                 "layers": []}
        for sl in symbol.symbolLayers():
            dd = {}
            props = sl.dataDefinedProperties()
            for key in props.propertyKeys():
                prop = props.property(key)
                name = DEFS[key].name() if key in DEFS else str(key)
                if prop.isActive():
                    dd[name] = prop.expressionString() or prop.field()
                    if prop.expressionString():
                        expressions[f"{sl.layerType()}.{name}"] = prop.expressionString()
            entry["layers"].append({"class": sl.layerType(), "properties": {k: str(v) for k, v in sl.properties().items()},
                                    "colour": colour(sl.color()), "data_defined": dd})
        symbols.append(entry)
    info["symbols"] = symbols
    if renderer.type() == "RuleRenderer":
        rules = renderer.rootRule().children()
        info["rules"] = [{"filter": r.filterExpression(), "label": r.label(),
                          "colour": colour(r.symbol().color()) if r.symbol() else None} for r in rules]
        for r in rules:
            expressions[f"rule {r.label()}"] = r.filterExpression()
        # every feature is drawn by exactly one rule
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        filters = [QgsExpression(r.filterExpression()) for r in rules]
        for f in filters:
            f.prepare(context)
        counts = {}
        for feature in layer.getFeatures():
            context.setFeature(feature)
            counts[str(feature["id"])] = sum(bool(f.evaluate(context)) for f in filters)
        info["rules_per_feature"] = counts
    info["labels"] = None
    if layer.labelsEnabled() and layer.labeling() is not None:
        settings = layer.labeling().settings()
        text_format = settings.format()  # keep each temporary alive: sip returns references into it
        buffer = text_format.buffer()
        info["labels"] = {"field": settings.fieldName, "is_expression": settings.isExpression,
                          "placement": int(settings.placement), "font_size": text_format.size(),
                          "font": text_format.font().family(), "buffer": buffer.enabled()}
        if settings.isExpression:
            expressions["label"] = settings.fieldName
    info["expression_errors"] = {key: check_expression(layer, text) for key, text in expressions.items()}
    info["expressions"] = expressions
    return info


report = {"qgis": Qgis.version(), "gpkg": {}, "geojson": {}, "qml": {}}
gpkg = out / "geo.gpkg"
probe = QgsVectorLayer(str(gpkg), "probe", "ogr")
sublayers = [s.split("!!::!!") for s in probe.dataProvider().subLayers()] if probe.isValid() else []
report["gpkg_sublayers"] = [s[1] for s in sublayers if len(s) > 3 and s[3] not in ("NoGeometry", "None", "")]
gpkg_layers = {}
for name in report["gpkg_sublayers"]:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")  # loads the default style from layer_styles
    report["gpkg"][name] = describe(layer)
    gpkg_layers[name] = layer
for path in sorted((out / "layers").glob("*.geojson")):
    layer = QgsVectorLayer(str(path), path.stem, "ogr")  # loads <layer>.qml beside it
    report["geojson"][path.stem] = describe(layer)
    qml = path.with_suffix(".qml")
    if qml.exists():
        copy = QgsVectorLayer(str(path), path.stem, "ogr", QgsVectorLayer.LayerOptions(loadDefaultStyle=False))
        message, ok = copy.loadNamedStyle(str(qml))
        report["qml"][path.stem] = {"ok": ok, "message": message}

# The whole build on one map (QgsMapSettings: first layer on top): points, lines, provinces below.
ordered = [gpkg_layers[n] for n in DRAW_ORDER if n in gpkg_layers]
ordered += [l for n, l in gpkg_layers.items() if n not in DRAW_ORDER]
settings = QgsMapSettings()
settings.setLayers(ordered)
settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
settings.setTransformContext(QgsProject.instance().transformContext())
settings.setOutputSize(QSize(1600, 1000))
settings.setOutputDpi(96)
settings.setBackgroundColor(QColor(255, 255, 255))
settings.setFlag(QgsMapSettings.DrawLabeling, True)
settings.setFlag(QgsMapSettings.Antialiasing, True)
# The extent of the provinces and the points: the build's area. Lines are drawn, but a corridor
# to Kunming would otherwise squeeze the facilities into a corner.
extent = QgsRectangle()
extent.setMinimal()
focus = [l for l in ordered if l.geometryType() in (0, 2)] or ordered
for layer in focus:
    transform = QgsCoordinateTransform(layer.crs(), settings.destinationCrs(), QgsProject.instance())
    extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
extent.scale(1.1)
settings.setExtent(extent)
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
image = job.renderedImage()
image.save(png, "PNG")
labelling = job.takeLabelingResults()
placed = {}
for label in (labelling.allLabels() if labelling else []):
    placed[label.layerID] = placed.get(label.layerID, 0) + 1
for layer in ordered:
    font = layer.labeling().settings().format() if layer.labeling() else None
    report.setdefault("fonts_found", {})[layer.name()] = font.fontFound() if font else None
report["render"] = {"png": png, "errors": [f"{e.layerID}: {e.message}" for e in job.errors()],
                    "width": image.width(), "height": image.height(), "layers": [l.name() for l in ordered],
                    "labels_placed": {l.name(): placed.get(l.id(), 0) for l in ordered}}
report["messages"] = messages
print("QGIS-REPORT " + json.dumps(report), flush=True)
sys.stderr.flush()
os._exit(0)  # QGIS 3.22 may crash in exitQgis() when Python tears down; the report is out
'''


def _qgis_available() -> str | None:
    """None when the system Python imports qgis.core, else why not."""
    if not Path(QGIS_PYTHON).exists():
        return f"{QGIS_PYTHON} not found"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    try:
        probe = subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True, text=True,
                               env={**env, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"{QGIS_PYTHON} -c 'import qgis.core' failed: {error}"
    if probe.returncode:
        return f"{QGIS_PYTHON} cannot import qgis.core: {probe.stderr.strip().splitlines()[-1:]}"
    return None


def run_qgis(out: Path, png: Path) -> tuple[dict, str]:
    """The JSON report of SCRIPT on a build, and what QGIS/GDAL wrote to stderr."""
    with tempfile.TemporaryDirectory(prefix="geo-qgis-") as tmp:
        script = Path(tmp) / "check_in_qgis.py"
        script.write_text(SCRIPT, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=tmp)
        done = subprocess.run([QGIS_PYTHON, str(script), str(out), str(png)], capture_output=True, text=True,
                              env=env, timeout=120, cwd=tmp)
    lines = [line for line in done.stdout.splitlines() if line.startswith("QGIS-REPORT ")]
    assert done.returncode == 0 and lines, f"PyQGIS script failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return json.loads(lines[-1][len("QGIS-REPORT "):]), done.stderr


# --- what the schema and the styles promise --------------------------------------------------------

#: QGIS field type names (OGR provider) per schema type.
QGIS_TYPES = {"str": {"String"}, "float": {"Real"}, "int": {"Integer", "Integer64"}, "bool": {"Boolean"}}


def _schema(layer: str):
    from geo.layers import LINE_FIELDS, OTHER_LAYER_FIELDS, POINT_FIELDS

    if layer in OTHER_LAYER_FIELDS:
        return OTHER_LAYER_FIELDS[layer]
    return LINE_FIELDS if layer in ("roads", "railways", "corridors") else POINT_FIELDS


def _argb(hex_colour: str, alpha: int = 255) -> str:
    return f"#{alpha:02x}{hex_colour.lstrip('#').lower()}"


@pytest.fixture(scope="module")
def qgis_report(built, tmp_path_factory):
    why = _qgis_available()
    if why:
        if os.environ.get("GEO_REQUIRE_QGIS") == "1":
            pytest.fail(f"GEO_REQUIRE_QGIS=1 but PyQGIS is not usable: {why}")
        pytest.skip(f"PyQGIS not available ({why}); install with "
                    "`apt-get install -y python3-qgis qgis-providers`")
    png = tmp_path_factory.mktemp("qgis") / "render.png"
    report, stderr = run_qgis(built, png)
    report["stderr"] = stderr
    return report


def test_layer_styles_name_each_layers_geometry_column(built):
    """QGIS looks a GeoPackage layer's default style up by table *and* geometry column: a row
    naming another column is never applied (no QGIS needed to check this)."""
    with sqlite3.connect(built / "geo.gpkg") as db:
        columns = dict(db.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
        styles = db.execute("SELECT f_table_name, f_geometry_column FROM layer_styles WHERE useAsDefault").fetchall()
    assert styles
    wrong = {table: (column, columns.get(table)) for table, column in styles if column != columns.get(table)}
    assert not wrong, f"layer_styles.f_geometry_column is not the layer's geometry column (styled, actual): {wrong}"


def _expected_layers(built) -> dict[str, int]:
    return {p.stem: len(json.loads(p.read_text(encoding="utf-8"))["features"])
            for p in sorted((built / "layers").glob("*.geojson"))}


def test_every_layer_opens_valid_with_all_its_features(built, qgis_report):
    expected = _expected_layers(built)
    assert "provinces" in expected and len(expected) > 5
    assert set(qgis_report["gpkg"]) == set(expected), "the GeoPackage's spatial layers are the GeoJSON layers"
    for source in ("gpkg", "geojson"):
        for layer, count in expected.items():
            info = qgis_report[source][layer]
            assert info["valid"], f"{source}:{layer} is not a valid layer in QGIS"
            assert info["count"] == count, (source, layer, info["count"], count)
    assert not qgis_report["render"]["errors"], qgis_report["render"]["errors"]
    serious = [m for m in qgis_report["messages"] if m["level"] >= 2]  # Qgis.Critical
    assert not serious, serious
    # "open clean": nothing from GDAL/OGR either (e.g. a GeoPackage version QGIS 3.22's GDAL only
    # partly supports, or a layer_styles date that is not GeoPackage's ISO 8601)
    warnings = sorted({line for line in qgis_report["stderr"].splitlines()
                       if "Warning" in line or "ERROR" in line})
    assert not warnings, "\n".join(warnings)


def test_fields_are_typed_as_the_schema_says(built, qgis_report):
    """GeoPackage columns are declared: every field must have the schema's type. GeoJSON has no
    declared schema, so GDAL infers a type from the values: only fields with a value are checked."""
    wrong = []
    for source in ("gpkg", "geojson"):
        for layer in _expected_layers(built):
            fields = qgis_report[source][layer]["fields"]
            values = {}
            if source == "geojson":
                data = json.loads((built / "layers" / f"{layer}.geojson").read_text(encoding="utf-8"))
                values = {k for f in data["features"] for k, v in f["properties"].items() if v is not None}
            for field in _schema(layer):
                assert field.name in fields, (source, layer, field.name)
                if source == "geojson" and field.name not in values:
                    continue
                got = fields[field.name]["type"]
                if source == "geojson" and field.name == "as_of" and got in ("Date", "DateTime"):
                    continue  # GDAL reads a column of ISO dates as Date (only full dates: may be YYYY)
                if got not in QGIS_TYPES[field.type]:
                    wrong.append(f"{source}:{layer}.{field.name} is {got}, schema says {field.type}")
    assert not wrong, "\n".join(wrong)


def test_the_default_styles_are_applied_on_load(built, qgis_report):
    """QGIS applies layer_styles (GeoPackage) and <layer>.qml (GeoJSON) by itself: nothing to set by hand."""
    from geo.styles import GATEWAY_SHAPES, occupancy_classes
    from geo.webmap import GATEWAY_SYMBOLS, LINE_STYLES

    for layer, result in qgis_report["qml"].items():
        assert result["ok"], f"{layer}.qml: {result['message']}"
    shapes = {}
    for source in ("gpkg", "geojson"):
        for layer in _expected_layers(built):
            info = qgis_report[source][layer]
            where = f"{source}:{layer}"
            assert info["labels"], f"{where}: no labels: the default style was not applied"
            assert info["labels"]["field"] == "name" and not info["labels"]["is_expression"], where
            assert info["labels"]["buffer"], f"{where}: labels without a halo"
            first = info["symbols"][0]["layers"][0]
            if layer in ("industrial_parks", "industrial_clusters"):
                # a rule per occupancy class (the legend explains the colours), grey when not stated
                assert info["renderer"] == "RuleRenderer", f"{where}: {info['renderer']} (QGIS's default?)"
                expected = [(label, _argb(colour)) for _, label, colour in occupancy_classes()]
                assert [(r["label"], r["colour"]) for r in info["rules"]] == expected, where
                assert "IS NULL" in info["rules"][0]["filter"]
                wrong = {k: n for k, n in info["rules_per_feature"].items() if n != 1}
                assert not wrong, f"{where}: features drawn by {wrong} rules"
                for symbol in info["symbols"]:
                    [marker] = symbol["layers"]
                    assert marker["class"] == "SimpleMarker", where
                    assert "area_ha" in marker["data_defined"].get("size", ""), f"{where}: {marker['data_defined']}"
                    assert "status" in marker["data_defined"].get("outlineStyle", ""), where
            elif layer in GATEWAY_SYMBOLS:
                assert info["renderer"] == "singleSymbol", where
                assert first["class"] == "SimpleMarker", where
                assert first["colour"] == _argb(GATEWAY_SYMBOLS[layer][0]), where
                assert first["properties"]["name"] == GATEWAY_SHAPES[layer], where
                shapes.setdefault(source, {})[layer] = (first["properties"]["name"], first["colour"])
            elif layer in LINE_STYLES:
                assert info["renderer"] == "singleSymbol", where
                assert first["class"] == "SimpleLine", where
                assert first["colour"] == _argb(LINE_STYLES[layer]["color"]), where
                dashed = first["properties"].get("line_style") != "solid" or first["properties"].get("use_custom_dash") == "1"
                assert dashed == bool(LINE_STYLES[layer].get("dashArray")), where
                assert info["labels"]["placement"] in (2, 3), f"{where}: line labels not along the line"
            elif layer in ("provinces", "zone_extents"):
                assert info["renderer"] == "singleSymbol", where
                assert first["class"] == "SimpleFill", where
            else:
                pytest.fail(f"{where}: no style expected for this layer")
            if info["geometry"] == 0:  # points: labels beside the symbol, never over it
                assert info["labels"]["placement"] in (0, 6), where
    for source, by_layer in shapes.items():
        assert len({s for s, _ in by_layer.values()}) == len(by_layer), f"{source}: shapes not distinct {by_layer}"
        assert len({c for _, c in by_layer.values()}) == len(by_layer), f"{source}: colours not distinct {by_layer}"


def test_every_style_expression_is_valid_in_qgis(built, qgis_report):
    errors = {}
    seen = 0
    for source in ("gpkg", "geojson"):
        for layer in _expected_layers(built):
            for key, problems in qgis_report[source][layer]["expression_errors"].items():
                seen += 1
                if problems:
                    errors[f"{source}:{layer}:{key}"] = problems[:3]
    assert seen, "no data-defined expression found (styles not applied?)"
    assert not errors, errors


def test_the_build_renders_to_a_map(built, qgis_report):
    from PIL import Image

    png = Path(qgis_report["render"]["png"])
    keep = os.environ.get("GEO_QGIS_PNG")
    if keep:
        Path(keep).write_bytes(png.read_bytes())
    with Image.open(png) as image:
        assert image.size == (1600, 1000)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 24)
    assert len(colours) > 200, f"rendering looks blank: {len(colours)} colours"
    assert max(n for n, _ in colours) < 0.97 * 1600 * 1000, "rendering is almost one colour"
    placed = qgis_report["render"]["labels_placed"]
    assert sum(placed.values()) >= 10, f"few labels drawn: {placed}"
    assert all(qgis_report["fonts_found"].values()), qgis_report["fonts_found"]


if __name__ == "__main__":  # python tests/test_qgis.py OUT PNG: report and rendering of one build
    report, stderr = run_qgis(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())
    print(json.dumps(report, indent=1))
    print(stderr, file=sys.stderr)
