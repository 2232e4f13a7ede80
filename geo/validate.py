"""Check a previous build's layers as a GIS analyst would: readable, one geometry type,
the schema, valid geometries, every coordinate sourced, points inside their province.

The rules are :func:`geo.layers.layer_problems`, the same ones a build checks before it
writes anything.
"""

from __future__ import annotations

from pathlib import Path

from .errors import OutputError
from .layers import OTHER_LAYER_FIELDS, layer_problems


def validate_output(out: Path) -> list[str]:
    """Every problem found in ``out/layers``; an empty list means all is well."""
    import geopandas

    folder = Path(out) / "layers"
    if not folder.is_dir():
        raise OutputError(f"{out} holds no layers/ folder; run `geo build --out {out}` first")
    from .boundaries import ProvinceCheck

    check = ProvinceCheck()
    problems = []
    for path in sorted(folder.glob("*.geojson")):
        try:
            frame = geopandas.read_file(path, engine="pyogrio")
        except Exception as err:  # noqa: BLE001 -- any reader error is a problem to list
            problems.append(f"{path.name}: not readable GeoJSON ({err})")
            continue
        found = [f"{path.name}: {p.split(': ', 1)[1]}" for p in layer_problems(path.stem, frame)]
        # The point itself is checked again, not only its flag: a layer may have been edited since.
        if "province" in frame and path.stem not in OTHER_LAYER_FIELDS:
            for index, geometry, province in zip(frame["id"], frame.geometry, frame["province"]):
                if geometry is not None and geometry.geom_type == "Point" and isinstance(province, str):
                    inside, why = check.check(geometry.x, geometry.y, province)
                    message = f"{path.name}: {index}: outside its province ({province})"
                    if inside is False and message not in found:
                        found.append(f"{message}: {why}")
        problems += found
    return problems
