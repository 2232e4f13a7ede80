"""notebooks/industrial_zones.ipynb: it runs on a build, its distances are right, it copes with missing layers.

The notebook is executed with nbclient in a "python3" kernel. jupyter_client starts a kernelspec whose
command is `python` with the interpreter that runs pytest, so the kernel uses this venv. A probe checks
this. The working directory is notebooks/ and GEO_OUT names the build.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import geopandas
import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient
from pyproj import CRS
from shapely.geometry import Point

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "industrial_zones.ipynb"

# Appended to the notebook before it runs: it reports the kernel's interpreter and the notebook's results.
PROBE = """
import json, sys
print("PROBE " + json.dumps({
    "prefix": sys.prefix,
    "out": str(OUT),
    "access": json.loads(access.to_json(orient="records")),
    "axis": list(axis["name"]),
    "near_axis": list(near_axis["name"]),
}))
"""


def execute(out: Path, monkeypatch) -> tuple[nbformat.NotebookNode, dict]:
    """Run the notebook on the build `out` and return it, executed, with the probe's report."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    monkeypatch.setenv("GEO_OUT", str(out))
    monkeypatch.delenv("MPLBACKEND", raising=False)
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError if any cell fails
    lines = [line for output in nb.cells[-1].outputs if output.get("output_type") == "stream"
             for line in output["text"].splitlines() if line.startswith("PROBE ")]
    assert len(lines) == 1, nb.cells[-1].outputs
    return nb, json.loads(lines[0][len("PROBE "):])


def text_of(cell) -> str:
    parts = []
    for output in cell.outputs:
        if output.get("output_type") == "stream":
            parts.append(output["text"])
        for mime in ("text/plain", "text/html"):
            parts.append(output.get("data", {}).get(mime, ""))
    return "\n".join(parts)


def tagged(nb, tag: str):
    cells = [cell for cell in nb.cells if tag in cell.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"one cell tagged {tag!r} expected"
    return cells[0]


def km_from(point: Point, layer: geopandas.GeoDataFrame) -> list[float]:
    """Distances in km from `point` to each feature of `layer`, in an azimuthal equidistant projection
    centred on the point. Distances from the centre are geodesic, so this does not depend on UTM."""
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={point.y} +lon_0={point.x} +datum=WGS84 +units=m")
    return list(layer.to_crs(local).distance(Point(0, 0)) / 1000)


def zones_of(out: Path) -> geopandas.GeoDataFrame:
    parts = [geopandas.read_file(out / "layers" / f"{name}.geojson")
             for name in ("industrial_parks", "industrial_clusters")]
    return geopandas.GeoDataFrame(pd.concat(parts, ignore_index=True), crs="EPSG:4326")


def test_notebook_runs_and_computes_accessibility(built, monkeypatch):
    nb, probe = execute(built, monkeypatch)
    assert Path(probe["prefix"]).resolve() == Path(sys.prefix).resolve(), "kernel runs another Python"
    assert Path(probe["out"]) == built.resolve()

    zones = zones_of(built)
    rows = {row["name"]: row for row in probe["access"]}
    assert len(probe["access"]) == len(zones) > 0
    assert set(rows) == set(zones["name"])

    # What the analyst sees: the accessibility table, with a distance column of every kind and every park.
    shown = text_of(tagged(nb, "accessibility"))
    for column in ("geocode_precision", "border_gate_km", "airport_km", "seaport_km", "expressway_km",
                   "road_km", "axis_km", "within_10km_of_axis"):
        assert column in shown
    for name in zones["name"]:
        assert name in shown

    # Each distance agrees with an independent geodesic computation (UTM 48N scale error is < 0.1 % here).
    targets = {kind: geopandas.read_file(built / "layers" / f"{layer}.geojson")
               for kind, layer in (("border_gate", "border_gates"), ("airport", "airports"),
                                   ("seaport", "seaports"), ("road", "roads"))}
    assert all(len(layer) for layer in targets.values()), "the seed build has every kind of target"
    for name, point in zip(zones["name"], zones.geometry):
        for kind, layer in targets.items():
            distances = km_from(point, layer)
            expected = min(distances)
            got = rows[name][f"{kind}_km"]
            assert got == pytest.approx(expected, rel=0.005, abs=0.05), (name, kind)
            ranked = sorted(distances)
            if len(ranked) == 1 or ranked[1] - ranked[0] > 0.1:  # on a tie either name is right
                assert rows[name][f"nearest_{kind}"] == layer["name"].iloc[distances.index(expected)], (name, kind)

    # The Ha Long - Van Don - Mong Cai axis is in the seeds; the parks within 10 km are the right ones.
    corridors = geopandas.read_file(built / "layers" / "corridors.geojson")
    axis = corridors[corridors["name"].str.contains("Van Don") & corridors["name"].str.contains("Mong Cai")]
    assert len(axis) == 1 and probe["axis"] == list(axis["name"])
    near = set(probe["near_axis"])
    assert near, "some parks lie along the axis in the seed build"
    for name, point in zip(zones["name"], zones.geometry):
        distance = min(km_from(point, axis))
        assert rows[name]["axis_km"] == pytest.approx(distance, rel=0.005, abs=0.05), name
        if abs(distance - 10) > 0.2:
            assert (name in near) == (distance <= 10), name
            assert rows[name]["within_10km_of_axis"] == (distance <= 10), name

    # Provenance: the facts of one park, with the sentence they come from.
    facts = text_of(tagged(nb, "facts"))
    assert "quote" in facts and "article" in facts


def test_notebook_copes_with_missing_layers(built, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    for name in ("airports", "seaports", "corridors"):
        (out / "layers" / f"{name}.geojson").unlink()
    (out / "geo.gpkg").unlink()

    nb, probe = execute(out, monkeypatch)

    assert len(probe["access"]) == len(zones_of(out)) > 0
    assert all(row["airport_km"] is None and row["seaport_km"] is None for row in probe["access"])
    assert all(row["border_gate_km"] is not None for row in probe["access"])
    assert probe["axis"] == [] and probe["near_axis"] == []
    everything = "\n".join(text_of(cell) for cell in nb.cells if cell.cell_type == "code")
    assert "no airport features in this build" in everything
    assert "axis check is skipped" in everything


def test_committed_notebook_is_stripped():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [], cell.source[:60]
        assert cell.execution_count is None, cell.source[:60]
    assert nb.metadata["kernelspec"]["name"] == "python3"
