"""map.html as people meet it: one offline file, markers and lines, popups, and no way for an
article's markup to run. The browser tests drive Debian's Chromium (installed by `make test`)."""

from __future__ import annotations

import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path

import geopandas
import pytest

from geo.cli import main

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = ("Dong Banh Industrial Park in Lang Son <script>window.__pwned = 1</script> has an area of 162 hectares "
           "<img src=x onerror=\"window.__pwned = 2\">. Its occupancy rate is about 60%.")


def _html(out: Path) -> str:
    return (out / "map.html").read_text(encoding="utf-8")


def test_the_map_is_one_offline_file(built):
    page = _html(built)
    assert not re.search(r"<script[^>]+src=[\"']?(?:https?:)?//", page)
    assert not re.search(r"<link[^>]+href=[\"']?(?:https?:)?//", page)
    assert "leaflet" in page.lower() and "L.map(" in page


def test_the_map_of_the_seeds_is_at_most_3_mb(built):
    assert (built / "map.html").stat().st_size <= 3 * 1024 * 1024


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "sources.csv").write_text(
        'file,title,url,published\nevil.txt,"<b onmouseover=alert(1)>Evil</b>",javascript:alert(1),2024-01-01\n')
    out = folder / "out"
    result = CliRunner().invoke(main, ["-q", "build", "--seeds", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_article_markup_never_reaches_the_page_unescaped(hostile_build):
    page = _html(hostile_build)
    assert "window.__pwned = 1</script>" not in page
    assert "<img src=x" not in page
    assert "<b onmouseover" not in page


@contextmanager
def opened(path: Path):
    """map.html opened offline in Debian's Chromium: (page, JavaScript errors, requests made)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: `make test` installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (run `make browser`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        try:
            page = browser.new_context(offline=True).new_page()
            errors: list[str] = []
            requests: list[tuple[str, str]] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append((r.resource_type, r.url)))
            page.goto(path.as_uri())
            page.wait_for_timeout(1000)
            yield page, errors, requests
        finally:
            browser.close()


_CLICK = """async (id) => {
  const group = Object.values(window).find(v => v && L.MarkerClusterGroup && v instanceof L.MarkerClusterGroup);
  for (const key of Object.keys(window)) {
    const layer = window[key];
    if (!key.startsWith('geo_json_') || !layer || !layer.eachLayer) continue;
    let hit = null;
    layer.eachLayer(l => { if (l.feature && l.feature.properties.popup && l.feature.properties.id === id) hit = l; });
    if (!hit) continue;
    if (group && group.hasLayer(hit)) {  // in view, or in a bubble that opens as a user's click opens it
      let parent = group.getVisibleParent(hit);
      if (!parent) {
        group._map.setView(hit.getLatLng(), Math.max(group._map.getZoom(), 10), {animate: false});
        await new Promise(done => setTimeout(done, 300));
        parent = group.getVisibleParent(hit);
      }
      if (parent && parent !== hit) {
        parent.fire('click', {latlng: parent.getLatLng()}, true);  // as a user's click: up to the group
        await new Promise(done => setTimeout(done, 800));
      }
    }
    hit.fire('click', {latlng: hit.getLatLng ? hit.getLatLng() : hit.getCenter()});
    return true;
  }
  return false;
}"""

#: What the map holds, by how it is drawn, and whether every point is on the map or in a bubble.
_COUNT = """() => {
  const group = Object.values(window).find(v => v && L.MarkerClusterGroup && v instanceof L.MarkerClusterGroup);
  const out = {park: 0, line: 0, symbol: 0, hidden: 0};
  for (const key of Object.keys(window)) {
    const layer = window[key];
    if (!key.startsWith('geo_json_') || !layer || !layer.eachLayer) continue;
    layer.eachLayer(l => {
      if (!l.feature || !l.feature.properties.popup) return;  // not the search index
      const s = l.feature.properties.style || {};
      out[s.html ? 'symbol' : (l.getLatLng ? 'park' : 'line')] += 1;
      if (l.getLatLng && !(group && group.getVisibleParent(l)) && !l._map) out.hidden += 1;
    });
  }
  return out;
}"""


@pytest.mark.browser
def test_the_map_loads_offline_with_every_feature_and_popups(built):
    layers = {p.stem: geopandas.read_file(p) for p in (built / "layers").glob("*.geojson")}
    with opened(built / "map.html") as (page, errors, requests):
        assert errors == []
        fetched = [url for kind, url in requests if kind in ("script", "stylesheet", "font")]
        assert fetched == []
        drawn = page.evaluate(_COUNT)
        assert drawn["park"] == len(layers.get("industrial_parks", [])) + len(layers.get("industrial_clusters", []))
        assert drawn["line"] == sum(len(layers.get(n, [])) for n in ("roads", "railways", "corridors"))
        assert drawn["symbol"] == sum(len(layers.get(n, [])) for n in ("border_gates", "airports", "seaports",
                                                                       "economic_zones"))
        assert drawn["hidden"] == 0  # every point is drawn, or counted in a bubble that opens
        assert page.locator("path.geo-line").count() == drawn["line"]
        assert page.evaluate(_CLICK, "industrial_park:lang-son:dong-banh")
        page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        popup = page.locator(".leaflet-popup-content").inner_text()
        assert "Dong Banh Industrial Park" in popup
        assert "162 ha" in popup and "60%" in popup
        assert "Occupancy" in popup and "Sources" in popup


@pytest.mark.browser
def test_a_hostile_article_shows_as_text(hostile_build):
    with opened(hostile_build / "map.html") as (page, errors, _):
        assert errors == []
        assert page.evaluate(_CLICK, "industrial_park:lang-son:dong-banh")
        page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        page.locator(".leaflet-popup-content details summary").click()
        popup = page.locator(".leaflet-popup-content").inner_text()
        assert "<script>window.__pwned = 1</script>" in popup
        assert page.evaluate("window.__pwned === undefined")
        assert page.locator(".leaflet-popup-content img").count() == 0
        assert page.locator(".leaflet-popup-content a[href^='javascript']").count() == 0


@pytest.mark.browser
@pytest.mark.parametrize("typed, expected", [
    ("Đông Mai", "Dong Mai Industrial Park"),
    ("dong mai", "Dong Mai Industrial Park"),
    ("ĐÔNG MAI", "Dong Mai Industrial Park"),
    # no Vietnamese name is known for this zone: only folding the typed text finds it
    ("Móng Cái", "Mong Cai - Dong Hung Cross-border Industry Cooperation Zone"),
])
def test_search_finds_a_facility_with_or_without_diacritics(built, typed, expected):
    with opened(built / "map.html") as (page, errors, _):
        page.locator("input.search-input").type(typed, delay=20)
        page.wait_for_selector(".search-tip", timeout=5000)
        tips = page.locator(".search-tip").all_inner_texts()
        assert any(expected in t for t in tips), tips
        assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("typed, expected", [
    ("dong mai", "Dong Mai Industrial Park"),
    ("mong cai - dong", "Mong Cai - Dong Hung Cross-border Industry Cooperation Zone"),  # in a bubble of four
])
def test_choosing_a_search_match_opens_its_popup(built, typed, expected):
    with opened(built / "map.html") as (page, errors, _):
        page.locator("input.search-input").type(typed, delay=20)
        page.locator(".search-tip", has_text=expected).first.click()
        page.locator(".leaflet-popup-content", has_text=expected).wait_for(timeout=5000)
        assert errors == []


@pytest.mark.browser
def test_corridors_are_labelled_on_the_map(built):
    with opened(built / "map.html") as (page, errors, _):
        labels = page.locator(".geo-line-label").all_inner_texts()
        assert any("Van Don" in label and "Mong Cai" in label for label in labels), labels


@pytest.mark.browser
def test_facilities_sharing_a_point_are_one_bubble_that_opens_on_click(built):
    points = [geopandas.read_file(p) for p in (built / "layers").glob("*.geojson")]
    points = [f for f in points if len(f) and f.geometry.geom_type.iloc[0] == "Point"]
    frame = geopandas.pd.concat(points)
    frame["xy"] = [(round(g.x, 6), round(g.y, 6)) for g in frame.geometry]
    stacks = frame.groupby("xy").filter(lambda g: len(g) > 1)
    assert len(stacks), "the seeds place several facilities at one district centre"
    with opened(built / "map.html") as (page, errors, _):
        for _, row in stacks.iterrows():
            assert page.evaluate(_CLICK, row["id"]), row["id"]
            page.locator(".leaflet-popup-content", has_text=row["name"]).wait_for(timeout=5000)
        assert errors == []


def test_the_offline_base_map_names_provinces_and_towns_from_their_zooms():
    from geo.pipeline import basemap_layers
    from geo.webmap import LABEL_ZOOMS, place_labels

    labels = place_labels(basemap_layers())
    provinces = [name for _, _, name, zoom in labels if zoom == LABEL_ZOOMS["province"]]
    towns = [name for _, _, name, zoom in labels if zoom == LABEL_ZOOMS["town"]]
    assert len(provinces) == 63 and "Quảng Ninh" in provinces
    assert "Móng Cái" in towns and len(towns) > 500
    assert labels.index(next(l for l in labels if l[2] == "Quảng Ninh")) < len(provinces)  # provinces drawn first


@pytest.mark.browser
def test_place_names_appear_when_zoomed_in_and_never_take_a_click(built):
    with opened(built / "map.html") as (page, errors, _):
        name = page.evaluate("Object.keys(window).find(k => k.startsWith('map_'))")
        page.evaluate(f"window['{name}'].setView([21.3, 107.4], 10); 0")
        page.wait_for_timeout(500)
        assert page.locator(".geo-place").count() > 3
        assert page.evaluate("getComputedStyle(document.querySelector('.leaflet-geoLabels-pane')).pointerEvents")\
            == "none"
        assert errors == []


_IN_CLUSTER = """(id) => {
  const group = Object.values(window).find(v => v && L.MarkerClusterGroup && v instanceof L.MarkerClusterGroup);
  let found = false;
  group.eachLayer(l => { if (l.feature && l.feature.properties.id === id) found = true; });
  return found;
}"""


@pytest.mark.browser
def test_the_facility_list_filters_the_map_and_opens_a_facility(built):
    with opened(built / "map.html") as (page, errors, _):
        page.locator(".geo-list-toggle button").click()
        total = int(page.locator(".geo-count").inner_text().split(" of ")[1].split()[0])
        page.locator(".geo-list select[data-f=province]").select_option("Lang Son")
        shown = int(page.locator(".geo-count").inner_text().split(" of ")[0])
        assert 0 < shown < total and page.locator(".geo-list tr.geo-row").count() == shown
        # what the list leaves out leaves the map: a Quang Ninh park is gone, a Lang Son one is there
        assert not page.evaluate(_IN_CLUSTER, "industrial_park:quang-ninh:dong-mai")
        assert page.evaluate(_IN_CLUSTER, "industrial_park:lang-son:dong-banh")
        page.locator(".geo-list input").fill("dong banh")
        page.locator(".geo-list tr.geo-row").first.click()
        page.locator(".leaflet-popup-content", has_text="Dong Banh").wait_for(timeout=5000)
        page.locator(".geo-list input").fill("")
        page.locator(".geo-list select[data-f=province]").select_option("")
        assert page.evaluate(_IN_CLUSTER, "industrial_park:quang-ninh:dong-mai")  # back on the map
        assert errors == []


def test_the_map_object_renders_its_own_features_when_folium_saves_it(built, tmp_path):
    """map_from_layers returns a folium map whose layers hold their data: folium's own save writes
    them (write_map only streams the same features into the page in chunks)."""
    from geo.webmap import map_from_layers

    layers = {p.stem: geopandas.read_file(p) for p in (built / "layers").glob("*.geojson")
              if p.stem not in ("provinces", "zone_extents")}
    m = map_from_layers(layers, facts=[], articles={}, basemap={})
    m.save(str(tmp_path / "saved.html"))
    saved = (tmp_path / "saved.html").read_text(encoding="utf-8")
    assert "GEO_PAYLOAD" not in saved and "industrial_park:lang-son:dong-banh" in saved
