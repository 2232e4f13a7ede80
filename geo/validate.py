"""Check a previous build's layers as a GIS analyst would: readable, one geometry type,
valid geometries, every coordinate sourced, points inside their province."""

from __future__ import annotations

from pathlib import Path

from .errors import OutputError
from .layers import FIELDS


def validate_output(out: Path) -> list[str]:
    """Every problem found in ``out/layers``; an empty list means all is well."""
    import geopandas

    folder = Path(out) / "layers"
    if not folder.is_dir():
        raise OutputError(f"{out} holds no layers/ folder; run `geo build --out {out}` first")
    problems = []
    names = {f.name for f in FIELDS}
    for path in sorted(folder.glob("*.geojson")):
        frame = geopandas.read_file(path, engine="pyogrio")
        if len(set(frame.geom_type)) > 1:
            problems.append(f"{path.name}: mixed geometry types")
        for column in ("id", "geocode_precision", "geocode_method", "geocode_source"):
            if column not in frame.columns:
                problems.append(f"{path.name}: missing column {column}")
        extra = set(frame.columns) - names - {"geometry"}
        if extra:
            problems.append(f"{path.name}: columns not in the schema: {sorted(extra)}")
        for _, row in frame.iterrows():
            if not row.geometry.is_valid:
                problems.append(f"{path.name}: {row['id']}: invalid geometry")
            if not row.get("geocode_source"):
                problems.append(f"{path.name}: {row['id']}: coordinate without a source")
            if row.get("in_province") is False or row.get("in_province") == 0:
                problems.append(f"{path.name}: {row['id']}: outside its province ({row.get('province')})")
    return problems
