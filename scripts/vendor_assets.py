#!/usr/bin/env python3
"""Vendor the Leaflet/folium front-end assets used by geo's offline map.

Fetches pinned npm tarballs with ``npm pack`` (the only network access is the
npm registry), verifies their sha512 integrity, copies only the dist files the
map needs into ``geo/assets/vendor/<package>/...`` (package-internal layout
kept, so relative ``url(...)`` references in CSS still resolve), and writes

* ``geo/assets/vendor/manifest.json`` - folium CDN URL -> vendored file map
  used by the HTML inliner (``"path": null`` means "drop this link");
* ``geo/assets/vendor/LICENSES.md`` - package, version, licence, copyright and
  full licence texts (the licence files are also copied beside the assets).

The output is deterministic: same pins -> byte-identical files.

Usage::

    python scripts/vendor_assets.py                 # fetch with npm pack and vendor
    python scripts/vendor_assets.py --tarballs DIR  # reuse *.tgz already in DIR
    python scripts/vendor_assets.py --check         # verify the vendored tree, no writes

If folium is importable, the CDN URLs below are cross-checked against the
installed folium's ``default_js``/``default_css`` lists; a mismatch is an error
(upgrading folium means revisiting the pins).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENDOR = REPO / "geo" / "assets" / "vendor"

# --------------------------------------------------------------------------
# Pinned npm packages. "files" are paths inside the tarball's package/ dir.
# "integrity" is the npm registry's dist.integrity for that exact version.
# --------------------------------------------------------------------------
PACKAGES = [
    {
        "name": "leaflet",
        "version": "1.9.3",
        "integrity": "sha512-iB2cR9vAkDOu5l3HAay2obcUHZ7xwUBBjph8+PGtmW/2lYhbLizWtG7nTeYht36WfOslixQF9D/uSIzhZgGMfQ==",
        "license": "BSD-2-Clause",
        "license_file": "LICENSE",
        "homepage": "https://leafletjs.com/",
        "files": [
            "dist/leaflet.js",
            "dist/leaflet.css",
            "dist/images/layers.png",
            "dist/images/layers-2x.png",
            "dist/images/marker-icon.png",
            "dist/images/marker-icon-2x.png",
            "dist/images/marker-shadow.png",
        ],
    },
    {
        "name": "jquery",
        "version": "3.7.1",
        "integrity": "sha512-m4avr8yL8kmFN8psrbFFFmB/If14iN5o9nw/NgnnM+kybDJpRsAynV2BsfpTYrTRysYUdADVD7CkUUizgkpLfg==",
        "license": "MIT",
        "license_file": "LICENSE.txt",
        "homepage": "https://jquery.com/",
        "files": ["dist/jquery.min.js"],
    },
    {
        "name": "leaflet.markercluster",
        "version": "1.1.0",
        "integrity": "sha512-eI+XkCiLiHwCC3uZ4/n4+Vq3rXcqEHN2lhHRVG1WVziy/3Q0TTipWkzEa1zO0dKZI2AnI5ppFDWrOjnQ7MJLKQ==",
        "license": "MIT",
        "license_file": "MIT-LICENCE.txt",
        "homepage": "https://github.com/Leaflet/Leaflet.markercluster",
        "files": [
            "dist/leaflet.markercluster.js",
            "dist/MarkerCluster.css",
            "dist/MarkerCluster.Default.css",
        ],
    },
    {
        "name": "leaflet.fullscreen",
        "version": "3.0.0",
        "integrity": "sha512-81wWSUXz1ZtdneR0v5eJDWXUSx+Zo5J50WXWeydG/UcILfIEAgz/iOjZSi3p00Z9MJ/FC/P5i3CgdYuEAos0yQ==",
        "license": "MIT",
        "license_file": "LICENSE",
        "homepage": "https://github.com/brunob/leaflet.fullscreen",
        # 3.0.0 ships no .min.js (jsDelivr minifies on the fly); use the source.
        "files": [
            "Control.FullScreen.js",
            "Control.FullScreen.css",
            "icon-fullscreen.svg",
        ],
    },
    {
        "name": "leaflet-search",
        "version": "2.9.7",
        "integrity": "sha512-v7CxEbXyQXqLFjSkTpvM5i1cvmrcPOos57UmTnR94qqvVZykXyz/0SKEs3cbkFHjyrmMQ3Yk2Q5W6PvyuiSuPg==",
        "license": "MIT",
        "license_file": "license.txt",
        "homepage": "https://github.com/stefanocudini/leaflet-search",
        "files": [
            "dist/leaflet-search.min.js",
            "dist/leaflet-search.min.css",
            "images/search-icon.png",
            "images/loader.gif",
        ],
    },
    {
        "name": "leaflet-groupedlayercontrol",
        "version": "0.6.1",
        "integrity": "sha512-xkGeH6ygcryFQI0FUWn6Bz93zlwrOSpeXgJQ3jLRoUQJ5h/Qgrz+GqR9nhBFfikjUKtC1sCKL3eDR9wNTWhLlA==",
        "license": "MIT",
        "license_file": "LICENSE.txt",
        "homepage": "https://github.com/ismyrnow/leaflet-groupedlayercontrol",
        "files": [
            "dist/leaflet.groupedlayercontrol.min.js",
            "dist/leaflet.groupedlayercontrol.min.css",
        ],
    },
    {
        "name": "leaflet.featuregroup.subgroup",
        "version": "1.0.2",
        "integrity": "sha512-9nCVg8nUe686+BtPbUT7ALOe/IA+8Mum+rkA8pfPpCkH0WvKevRrH+JMcMTjAoNQKVI0uxrWrLV5w298SS3ESA==",
        "license": "BSD-2-Clause",
        "license_file": "LICENSE",
        "homepage": "https://github.com/ghybs/Leaflet.FeatureGroup.SubGroup",
        "files": ["dist/leaflet.featuregroup.subgroup.js"],
    },
]

# --------------------------------------------------------------------------
# Every link folium 0.20.0 (Map defaults + the plugins we use) emits.
# (folium object, key, CDN URL, type, package name or None, file in package)
# package None => the inliner must DROP the <script>/<link> tag.
# --------------------------------------------------------------------------
_CDNJS = "https://cdnjs.cloudflare.com/ajax/libs"
_JSDELIVR = "https://cdn.jsdelivr.net/npm"
ASSETS = [
    # folium.Map (folium/folium.py _default_js / _default_css)
    ("folium.Map", "leaflet", f"{_JSDELIVR}/leaflet@1.9.3/dist/leaflet.js", "js", "leaflet", "dist/leaflet.js"),
    ("folium.Map", "jquery", "https://code.jquery.com/jquery-3.7.1.min.js", "js", "jquery", "dist/jquery.min.js"),
    ("folium.Map", "bootstrap", f"{_JSDELIVR}/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js", "js", None, None),
    ("folium.Map", "awesome_markers", f"{_CDNJS}/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js", "js", None, None),
    ("folium.Map", "leaflet_css", f"{_JSDELIVR}/leaflet@1.9.3/dist/leaflet.css", "css", "leaflet", "dist/leaflet.css"),
    ("folium.Map", "bootstrap_css", f"{_JSDELIVR}/bootstrap@5.2.2/dist/css/bootstrap.min.css", "css", None, None),
    ("folium.Map", "glyphicons_css", "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css", "css", None, None),
    ("folium.Map", "awesome_markers_font_css", f"{_JSDELIVR}/@fortawesome/fontawesome-free@6.2.0/css/all.min.css", "css", None, None),
    ("folium.Map", "awesome_markers_css", f"{_CDNJS}/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css", "css", None, None),
    ("folium.Map", "awesome_rotate_css", "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/leaflet.awesome.rotate.min.css", "css", None, None),
    # folium.plugins.MarkerCluster
    ("folium.plugins.MarkerCluster", "markerclusterjs", f"{_CDNJS}/leaflet.markercluster/1.1.0/leaflet.markercluster.js", "js", "leaflet.markercluster", "dist/leaflet.markercluster.js"),
    ("folium.plugins.MarkerCluster", "markerclustercss", f"{_CDNJS}/leaflet.markercluster/1.1.0/MarkerCluster.css", "css", "leaflet.markercluster", "dist/MarkerCluster.css"),
    ("folium.plugins.MarkerCluster", "markerclusterdefaultcss", f"{_CDNJS}/leaflet.markercluster/1.1.0/MarkerCluster.Default.css", "css", "leaflet.markercluster", "dist/MarkerCluster.Default.css"),
    # folium.plugins.Fullscreen
    ("folium.plugins.Fullscreen", "Control.Fullscreen.js", f"{_JSDELIVR}/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js", "js", "leaflet.fullscreen", "Control.FullScreen.js"),
    ("folium.plugins.Fullscreen", "Control.FullScreen.css", f"{_JSDELIVR}/leaflet.fullscreen@3.0.0/Control.FullScreen.css", "css", "leaflet.fullscreen", "Control.FullScreen.css"),
    # folium.plugins.Search
    ("folium.plugins.Search", "Leaflet.Search.js", f"{_JSDELIVR}/leaflet-search@2.9.7/dist/leaflet-search.min.js", "js", "leaflet-search", "dist/leaflet-search.min.js"),
    ("folium.plugins.Search", "Leaflet.Search.css", f"{_JSDELIVR}/leaflet-search@2.9.7/dist/leaflet-search.min.css", "css", "leaflet-search", "dist/leaflet-search.min.css"),
    # folium.plugins.GroupedLayerControl
    ("folium.plugins.GroupedLayerControl", "leaflet.groupedlayercontrol.min.js", f"{_CDNJS}/leaflet-groupedlayercontrol/0.6.1/leaflet.groupedlayercontrol.min.js", "js", "leaflet-groupedlayercontrol", "dist/leaflet.groupedlayercontrol.min.js"),
    ("folium.plugins.GroupedLayerControl", "leaflet.groupedlayercontrol.min.css", f"{_CDNJS}/leaflet-groupedlayercontrol/0.6.1/leaflet.groupedlayercontrol.min.css", "css", "leaflet-groupedlayercontrol", "dist/leaflet.groupedlayercontrol.min.css"),
    # folium.plugins.FeatureGroupSubGroup (JS only)
    ("folium.plugins.FeatureGroupSubGroup", "featuregroupsubgroupjs", "https://unpkg.com/leaflet.featuregroup.subgroup@1.0.2/dist/leaflet.featuregroup.subgroup.js", "js", "leaflet.featuregroup.subgroup", "dist/leaflet.featuregroup.subgroup.js"),
]

DROP_REASONS = {
    "bootstrap": "no folium element we use needs Bootstrap JS",
    "bootstrap_css": "only styles Bootstrap widgets; Leaflet CSS sets its own font",
    "awesome_markers": "geo uses inline SVG/DivIcon markers, not folium.Icon",
    "awesome_markers_css": "geo uses inline SVG/DivIcon markers, not folium.Icon",
    "awesome_markers_font_css": "Font Awesome not shipped (DivIcon/SVG markers)",
    "glyphicons_css": "only for folium.Icon(prefix='glyphicon')",
    "awesome_rotate_css": "only for folium.Icon(angle=...); not in the folium wheel",
}

# Leaflet default-marker images (for L.Icon.Default.mergeOptions data URIs).
IMAGES = [
    ("leaflet_marker_icon", "leaflet", "dist/images/marker-icon.png", "iconUrl"),
    ("leaflet_marker_icon_2x", "leaflet", "dist/images/marker-icon-2x.png", "iconRetinaUrl"),
    ("leaflet_marker_shadow", "leaflet", "dist/images/marker-shadow.png", "shadowUrl"),
]

FOLIUM_CLASSES = {
    "folium.Map": ("folium", "Map"),
    "folium.plugins.MarkerCluster": ("folium.plugins", "MarkerCluster"),
    "folium.plugins.Fullscreen": ("folium.plugins", "Fullscreen"),
    "folium.plugins.Search": ("folium.plugins", "Search"),
    "folium.plugins.GroupedLayerControl": ("folium.plugins", "GroupedLayerControl"),
    "folium.plugins.FeatureGroupSubGroup": ("folium.plugins", "FeatureGroupSubGroup"),
}


def log(msg: str) -> None:
    print(msg, flush=True)


def sri(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def check_folium() -> None:
    """Cross-check ASSETS against the installed folium's class-level lists."""
    try:
        import importlib

        folium = importlib.import_module("folium")
    except ImportError:
        log("folium not importable: skipping CDN URL cross-check")
        return
    expected: dict[str, list[tuple[str, str]]] = {}
    for owner, key, url, typ, _pkg, _file in ASSETS:
        expected.setdefault(f"{owner}:{typ}", []).append((key, url))
    problems = []
    for owner, (mod, cls) in FOLIUM_CLASSES.items():
        klass = getattr(importlib.import_module(mod), cls)
        for typ, attr in (("js", "default_js"), ("css", "default_css")):
            actual = [tuple(p) for p in getattr(klass, attr)]
            want = expected.get(f"{owner}:{typ}", [])
            if actual != want:
                problems.append(f"{owner}.{attr}:\n  folium: {actual}\n  pinned: {want}")
    if problems:
        sys.exit("folium CDN links differ from the pins (folium %s):\n%s"
                 % (folium.__version__, "\n".join(problems)))
    log(f"folium {folium.__version__}: CDN links match the pinned list "
        f"({len(ASSETS)} links, {sum(1 for a in ASSETS if a[4])} vendored)")


def fetch_tarball(pkg: dict, tarball_dir: Path | None, tmp: Path) -> bytes:
    fname = f"{pkg['name'].replace('@', '').replace('/', '-')}-{pkg['version']}.tgz"
    if tarball_dir and (tarball_dir / fname).is_file():
        data = (tarball_dir / fname).read_bytes()
        src = f"{tarball_dir / fname}"
    else:
        spec = f"{pkg['name']}@{pkg['version']}"
        npm = shutil.which("npm")
        if not npm:
            sys.exit("npm not found (needed for `npm pack`)")
        subprocess.run(
            [npm, "pack", spec, "--pack-destination", str(tmp), "--silent",
             "--ignore-scripts"],
            check=True, stdout=subprocess.DEVNULL,
        )
        data = (tmp / fname).read_bytes()
        src = f"npm pack {spec}"
    got = sri(data)
    if got != pkg["integrity"]:
        sys.exit(f"integrity mismatch for {pkg['name']}@{pkg['version']}:\n"
                 f"  expected {pkg['integrity']}\n  got      {got}")
    log(f"  {src}: {len(data):,} bytes, integrity ok")
    return data


def read_members(tgz: bytes, wanted: list[str]) -> dict[str, bytes]:
    out = {}
    with tarfile.open(fileobj=io.BytesIO(tgz), mode="r:gz") as tf:
        members = {m.name: m for m in tf.getmembers() if m.isfile()}
        for rel in wanted:
            m = members.get(f"package/{rel}")
            if m is None:
                sys.exit(f"missing in tarball: package/{rel}")
            out[rel] = tf.extractfile(m).read()
    return out


def build(tarball_dir: Path | None) -> dict[str, bytes]:
    """Return {relative path under vendor/: bytes} for the whole tree."""
    tree: dict[str, bytes] = {}
    pkgs = {p["name"]: p for p in PACKAGES}
    license_texts = {}
    with tempfile.TemporaryDirectory(prefix="vendor_assets_") as tmpname:
        tmp = Path(tmpname)
        for pkg in PACKAGES:
            log(f"{pkg['name']}@{pkg['version']}")
            tgz = fetch_tarball(pkg, tarball_dir, tmp)
            files = read_members(tgz, pkg["files"] + [pkg["license_file"]])
            for rel, data in files.items():
                tree[f"{pkg['name']}/{rel}"] = data
            license_texts[pkg["name"]] = files[pkg["license_file"]].decode("utf-8")

    def entry(path: str) -> dict:
        data = tree[path]
        return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}

    assets = []
    for owner, key, url, typ, pkgname, rel in ASSETS:
        rec = {"name": key, "cdn_url": url, "type": typ, "used_by": owner}
        if pkgname is None:
            rec.update(path=None, package=None, license=None, drop_reason=DROP_REASONS[key])
        else:
            p = pkgs[pkgname]
            path = f"{pkgname}/{rel}"
            rec.update(path=path, package=f"{pkgname}@{p['version']}", license=p["license"], **entry(path))
        assets.append(rec)
    images = []
    for key, pkgname, rel, option in IMAGES:
        path = f"{pkgname}/{rel}"
        images.append({"name": key, "path": path, "leaflet_icon_default_option": option,
                       "package": f"{pkgname}@{pkgs[pkgname]['version']}", **entry(path)})
    packages = [{
        "package": f"{p['name']}@{p['version']}", "license": p["license"],
        "license_file": f"{p['name']}/{p['license_file']}", "homepage": p["homepage"],
        "integrity": p["integrity"],
        "files": [f"{p['name']}/{f}" for f in p["files"]],
    } for p in PACKAGES]
    manifest = {
        "comment": "Generated by scripts/vendor_assets.py. Paths are relative to geo/assets/vendor. "
                   "path=null: drop that <script>/<link>. CSS url(...) paths are relative to the CSS file.",
        "assets": assets,
        "images": images,
        "packages": packages,
    }
    tree["manifest.json"] = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()

    md = ["# Third-party front-end assets", "",
          "Vendored by `scripts/vendor_assets.py` from the npm registry (`npm pack`, sha512-verified) "
          "and inlined into `map.html`. Each package's licence file is copied beside its files.", "",
          "| package | licence | copyright | files |", "|---|---|---|---|"]
    for p in PACKAGES:
        cr = "; ".join(l.strip() for l in license_texts[p["name"]].splitlines()
                       if l.strip().lower().startswith("copyright"))
        md.append(f"| `{p['name']}@{p['version']}` | {p['license']} | {cr} | "
                  + ", ".join(f"`{f}`" for f in p["files"]) + " |")
    md += ["", "Not vendored (folium links dropped by the inliner): Bootstrap, Font Awesome, "
           "Leaflet.awesome-markers, Bootstrap 3 glyphicons, folium's awesome-rotate CSS.", ""]
    for p in PACKAGES:
        md += [f"## {p['name']}@{p['version']} ({p['license']})", "",
               f"Homepage: {p['homepage']}  ", f"Licence file: `{p['name']}/{p['license_file']}`", "",
               "```", license_texts[p["name"]].rstrip("\n"), "```", ""]
    tree["LICENSES.md"] = "\n".join(md).encode()
    return tree


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tarballs", type=Path, help="directory with already-downloaded *.tgz (skips npm for those)")
    ap.add_argument("--dest", type=Path, default=VENDOR, help=f"output dir (default {VENDOR})")
    ap.add_argument("--check", action="store_true", help="verify dest matches; write nothing")
    args = ap.parse_args()

    check_folium()
    tree = build(args.tarballs)
    dest: Path = args.dest

    if args.check:
        existing = {str(p.relative_to(dest)).replace(os.sep, "/"): p.read_bytes()
                    for p in sorted(dest.rglob("*")) if p.is_file()} if dest.is_dir() else {}
        if existing == tree:
            log(f"OK: {dest} is up to date ({len(tree)} files)")
            return
        for k in sorted(set(existing) | set(tree)):
            if existing.get(k) != tree.get(k):
                log(f"DIFF: {k}")
        sys.exit(1)

    if dest.exists():
        shutil.rmtree(dest)
        log(f"removed old {dest}")
    total = 0
    for rel in sorted(tree):
        out = dest / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(tree[rel])
        total += len(tree[rel])
        log(f"  wrote {rel} ({len(tree[rel]):,} B)")
    log(f"{len(tree)} files, {total:,} bytes total in {dest}")


if __name__ == "__main__":
    main()
