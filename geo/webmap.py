"""map.html: one self-contained, offline Leaflet map built with folium from the layers.

folium is imported here and nowhere else. Every script and style folium links from a
CDN is replaced by the copy vendored from the npm registry under geo/assets/vendor
(scripts/vendor_assets.py), so the file opens from disk with no network. Text that
comes from articles is HTML-escaped in Python before it reaches the page, and the
data is embedded as JSON, so an article's markup can only ever show as text.
"""

from __future__ import annotations

import base64
import html
import itertools
import json
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import folium
import geopandas
import pandas
import shapely.geometry
from branca.element import Element, MacroElement, Template
from folium.plugins import FeatureGroupSubGroup, Fullscreen, GroupedLayerControl, MarkerCluster, Search
from folium.utilities import JsCode

from . import settings
from .attributes import label as attribute_label
from .formatting import format_value
from .kinds import KINDS
from .layers import plain_value
from .names import fold
from .symbology import (
    GATEWAY_SYMBOLS, LINE_STYLES, OCCUPANCY_COLOURS, STATUS_DASH, STATUS_UNKNOWN_OUTLINE, UNKNOWN_AREA_RADIUS,
    UNKNOWN_COLOUR, area_radius, occupancy_colour,
)

VENDOR = Path(__file__).parent / "assets" / "vendor"

GROUPS = {
    "Zones": ("economic_zones",),
    "Parks and clusters": ("industrial_parks", "industrial_clusters"),
    "Gateways": ("border_gates", "airports", "seaports"),
    "Corridors": ("corridors", "roads", "railways"),
}
#: An "expressway axis" is a corridor built as one road: drawn narrower and stronger than an
#: economic corridor, so that it stands out from the corridors around it.
AXIS_STYLE = {"color": "#e65100", "weight": 9, "opacity": 0.65, "className": "geo-line geo-axis"}
#: Above this many point features the points are clustered (Leaflet.markercluster) and
#: vector features drawn on a canvas, so that a map of thousands of facilities stays quick.
CLUSTER_ABOVE = 300
#: Below that, only symbols this close on screen (px) gather into one bubble: those that share a point.
STACK_RADIUS_PX = 12
#: Credits for the reference data drawn on every map (see data/*/README.md).
ATTRIBUTION = "Natural Earth · GSHHG (LGPL-3+) · GeoNames (CC BY 4.0) · vietnamadminunits"
#: How precise a placement is, in words for the popup.
PRECISION_WORDS = {
    "site": "site precision: the facility's own position",
    "commune": "commune precision",
    "district": "district precision",
    "province": "province precision: the site is unknown",
    "schematic": "schematic, not the surveyed alignment",
}


def _e(value) -> str:
    """HTML-escaped text (cached: the same titles and sentences recur in many popups)."""
    return _escape(value if isinstance(value, str) else str(value))


@lru_cache(maxsize=1 << 18)
def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _fact_value(fact: dict) -> str:
    """A fact's value for people: "1.70 trillion VND", "92%", "28.5 ha", "operating"."""
    value, unit = fact["value"], fact.get("unit") or ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value).replace("_", " ")
    return format_value(number, unit)


#: A popup lists at most this many figures, each quote at most QUOTE_CHARS long (geo.gpkg has all).
MAX_POPUP_FACTS = 12
QUOTE_CHARS = 400


def _shortened(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"


def popup_html(props: dict, facts: list[dict], articles: dict[str, dict]) -> str:
    """The popup of one feature. Every value is escaped."""
    rows = []

    def row(label, value):
        if value not in (None, "") and value == value:
            rows.append(f"<tr><th>{_e(label)}</th><td>{value}</td></tr>")

    title = _e(props["name"])
    if props.get("name_vi") and fold(props["name_vi"]) != props["name_vi"]:
        title += f"<br><small>{_e(props['name_vi'])}</small>"
    row("Kind", _e(KINDS[props["kind"]].label))
    row("Status", _e(str(props.get("status") or "").replace("_", " ")) or None)
    row("Area", _e(format_value(props.get("area_ha"), "ha")) or None)
    occ = props.get("occupancy_pct")
    if occ is not None and occ == occ:
        bar = (f"<div class='geo-bar'><div style='width:{min(100.0, float(occ)):.0f}%;"
               f"background:{occupancy_colour(occ)}'></div></div>")
        row("Occupancy", f"{_e(format_value(occ))}%{bar}")
    row("Investment", _e(" + ".join(x for x in (format_value(props.get("investment_vnd"), "VND"),
                                                  format_value(props.get("investment_usd"), "USD")) if x)) or None)
    row("Investors", _e(props.get("investors") or "") or None)
    for key in ("projects", "enterprises", "workers"):
        row(key.capitalize(), _e(format_value(props.get(key))) or None)
    if props.get("length_km") is not None and props.get("length_km") == props.get("length_km"):
        row("Length", _e(f"{props['length_km']} km (schematic)"))
    place = ", ".join(p for p in (props.get("commune"), props.get("district"), props.get("province")) if p)
    row("Where", _e(place) or None)
    note = (props.get("geocode_note") or "").replace("; not the surveyed alignment", "")
    precision = PRECISION_WORDS.get(props["geocode_precision"], props["geocode_precision"])
    row("Location", _e(f"{note[:1].upper()}{note[1:]} ({precision}). Source: {props.get('geocode_source') or ''}"))
    if props.get("in_province") is False:
        row("Check", "<b>outside its province polygon</b>")
    parts = [f"<div class='geo-popup'><h4>{title}</h4><table>{''.join(rows)}</table>"]
    if props.get("has_conflict"):
        parts.append("<p class='geo-conflict'>Sources disagree; the newest value is shown.</p>")
    if facts:
        items = []
        for fact in facts[:MAX_POPUP_FACTS]:
            art = articles.get(fact["article"], {})
            label = f"{attribute_label(fact['attribute'])}: {_fact_value(fact)}"
            source = _e(art.get("title") or fact["article"])
            if str(art.get("url") or "").lower().startswith(("http://", "https://")):
                source = f"<a href='{_e(art['url'])}' target='_blank' rel='noopener'>{source}</a>"
            items.append(
                f"<li><b>{_e(label)}</b>{' (' + _e(fact['qualifier']) + ')' if fact.get('qualifier') else ''}"
                f" &mdash; {source}, {_e(fact.get('published') or 'undated')}"
                f"<blockquote>{_e(_shortened(fact['quote']))}</blockquote></li>"
            )
        if len(facts) > MAX_POPUP_FACTS:
            items.append(f"<li>&hellip; and {len(facts) - MAX_POPUP_FACTS} more: the facts table of geo.gpkg has them all</li>")
        parts.append(f"<details><summary>Sources ({len(facts)} figures)</summary><ul>{''.join(items)}</ul></details>")
    else:
        sources = "; ".join(_e((articles.get(a) or {}).get("title") or a) for a in (props.get("sources") or "").split("; ") if a)
        parts.append(f"<p class='geo-src'>Named in: {sources}</p>")
    parts.append("</div>")
    return "".join(parts)


def tooltip_html(props: dict) -> str:
    bits = [_e(props["name"])]
    if props.get("area_ha") is not None and props["area_ha"] == props["area_ha"]:
        bits.append(_e(format_value(props["area_ha"], "ha")))
    if props.get("occupancy_pct") is not None and props["occupancy_pct"] == props["occupancy_pct"]:
        bits.append(f"{_e(format_value(props['occupancy_pct']))}% occupied")
    return " · ".join(bits)


def _geometry(geometry) -> dict:
    """GeoJSON of a shapely geometry, rounded as in the layers (settings.COORDINATE_DECIMALS)."""
    data = shapely.geometry.mapping(geometry)
    return {"type": data["type"], "coordinates": _rounded(data["coordinates"])}


def _rounded(coords):
    if isinstance(coords, (int, float)):
        return round(float(coords), settings.COORDINATE_DECIMALS)
    return [_rounded(c) for c in coords]


def _feature_collection(frame: geopandas.GeoDataFrame, facts_by_entity, articles, style) -> dict:
    features = []
    frame = frame.sort_values("id")
    columns = [c for c in frame.columns if c != frame.geometry.name]
    for record, geometry in zip(pandas.DataFrame(frame[columns]).to_dict("records"), frame.geometry):
        props = {k: plain_value(v) for k, v in record.items()}
        shown = {
            "id": props["id"],
            # leaflet-search writes its tips with innerHTML: the text goes in escaped, like every other.
            "search": _e(props["name"] + (f" · {props['name_vi']}" if props.get("name_vi") else "")),
            "popup": popup_html(props, facts_by_entity.get(props["id"], []), articles),
            "tooltip": tooltip_html(props),
            "label": _e(props["name"]),
            "style": style(props),
            # the facility list's row: kind, province, status, area, occupancy, how it was placed
            "row": [KINDS[props["kind"]].label, props.get("province") or "", props.get("status") or "",
                    props.get("area_ha"), props.get("occupancy_pct"), props.get("geocode_precision") or ""],
        }
        features.append({"type": "Feature", "id": props["id"], "properties": shown, "geometry": _geometry(geometry)})
    return {"type": "FeatureCollection", "features": features}


_BIND = JsCode(
    "function(feature, layer) {"
    " layer.bindPopup(feature.properties.popup, {maxWidth: 380, maxHeight: 420});"
    " layer.bindTooltip(feature.properties.tooltip, {sticky: true});"
    " layer.on('popupopen', function () { layer.closeTooltip(); }); }"
)
_BIND_LABELLED = JsCode(
    "function(feature, layer) {"
    " layer.bindPopup(feature.properties.popup, {maxWidth: 380, maxHeight: 420});"
    " layer.bindTooltip(feature.properties.label, {permanent: true, direction: 'center',"
    " className: 'geo-line-label'}); }"
)


def _extents_group(extents: geopandas.GeoDataFrame) -> folium.FeatureGroup:
    """Economic zones drawn as the districts that define them, under the symbols, with what is drawn."""
    colour = GATEWAY_SYMBOLS["economic_zones"][0]
    group = folium.FeatureGroup(name=f"Zone extents ({len(extents)})", overlay=True, control=False)
    frame = extents.copy()
    frame["tip"] = [f"{n}: {'the whole zone' if c == 'whole' else 'part of the zone'} "
                    f"({d}; {v.split(' (')[0]})" for n, c, d, v in
                    zip(frame["name"], frame["coverage"], frame["districts"], frame["vintage"])]
    folium.GeoJson(frame[["name", "tip", "geometry"]].__geo_interface__, name="zone extents",
                   style_function=lambda _f: {"color": colour, "weight": 2, "dashArray": "6 4",
                                              "fillColor": colour, "fillOpacity": 0.12, "className": "geo-extent"},
                   tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False), control=False).add_to(group)
    return group


class _MetricScale(MacroElement):
    """A kilometre scale bar, in the corner the legend leaves free."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        L.control.scale({imperial: false, position: 'bottomright'}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)


#: Zoom from which each kind of place name is written on the offline base map.
LABEL_ZOOMS = {"province": 7, "town": 10}


def place_labels(basemap: dict[str, geopandas.GeoDataFrame], data_dir: Path | None = None) -> list[list]:
    """[lat, lon, name, minimum zoom] of the names the offline base map writes: each province
    at a point inside it, and the towns and cities of GeoNames (data/places) from closer in."""
    from .places import place_index

    out = []
    provinces = basemap.get("provinces")
    if provinces is not None and not provinces.empty:
        for name, shape in zip(provinces["name"], provinces.geometry):
            point = shape.representative_point()
            out.append([round(point.y, 4), round(point.x, 4), str(name), LABEL_ZOOMS["province"]])
    seen = set()
    for rows in place_index(data_dir).by_name.values():
        for row in rows:
            if not (row.get("source") or "").startswith("GeoNames") or not row.get("province"):
                continue
            key = (row["name"], row["lat"], row["lon"])
            if key not in seen:
                seen.add(key)
                out.append([round(float(row["lat"]), 4), round(float(row["lon"]), 4), row["name"], LABEL_ZOOMS["town"]])
    return sorted(out, key=lambda r: (r[3], r[2]))


class _PlaceLabels(MacroElement):
    """Place names on the offline base map, in a pane of their own that takes no clicks: province
    names from zoom 7, towns from zoom 10 (only those in view are drawn)."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>.geo-place{background:none;border:none;color:#5d4037;font:11px/1.1 sans-serif;white-space:nowrap;
          text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;transform:translate(-50%,-50%)}
          .geo-place.geo-province{color:#6d4c41;font:600 12px/1.1 sans-serif;letter-spacing:.04em;text-transform:uppercase}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map, labels) {
          var pane = map.createPane('geoLabels');
          pane.style.zIndex = 450; pane.style.pointerEvents = 'none';
          var group = L.layerGroup().addTo(map);
          var draw = function () {
            group.clearLayers();
            var z = map.getZoom(), view = map.getBounds().pad(0.2), taken = [];
            labels.forEach(function (l) {  // provinces first; a name that would overlap one drawn is left out
              if (z < l[3] || !view.contains([l[0], l[1]])) { return; }
              var p = map.latLngToContainerPoint([l[0], l[1]]), w = 3.5 * l[2].length + 8;
              if (taken.some(function (t) { return Math.abs(t.x - p.x) < w + t.w && Math.abs(t.y - p.y) < 14; })) { return; }
              taken.push({x: p.x, y: p.y, w: w});
              var cls = l[3] === {{ this.province_zoom }} ? 'geo-place geo-province' : 'geo-place';
              group.addLayer(L.marker([l[0], l[1]], {pane: 'geoLabels', interactive: false, keyboard: false,
                icon: L.divIcon({className: cls, html: l[2].replace(/[&<>]/g, ''), iconSize: null})}));
            });
          };
          map.on('zoomend moveend', draw);
          map.whenReady(draw);
        })({{ this._parent.get_name() }}, {{ this.labels }});
        {% endmacro %}
    """)

    def __init__(self, labels: list[list]):
        super().__init__()
        self._name = "PlaceLabels"
        self.labels = _script_safe(json.dumps(labels, ensure_ascii=False))
        self.province_zoom = LABEL_ZOOMS["province"]


class _FacilityList(MacroElement):
    """A list of every facility beside the map: filter by name, kind, province, status and
    occupancy class, sort by a column, click a row to open the facility. The filters drive the
    map too: what the list leaves out is taken off the map."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
          .geo-list-toggle{display:none}
          .geo-list{position:absolute;top:10px;right:10px;z-index:1001;width:360px;max-width:calc(100vw - 20px);
            max-height:calc(100vh - 80px);display:flex;flex-direction:column;background:rgba(255,255,255,.97);
            border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.35 sans-serif}
          .geo-list.geo-closed{display:none}
          .geo-list header{display:flex;justify-content:space-between;align-items:center;padding:6px 8px;font-weight:600}
          .geo-list .geo-filters{display:grid;grid-template-columns:1fr 1fr;gap:4px;padding:0 8px 6px}
          .geo-list .geo-filters input{grid-column:1 / span 2}
          .geo-list .geo-filters select,.geo-list .geo-filters input{font:12px sans-serif;padding:2px;min-width:0}
          .geo-list .geo-rows{overflow-y:auto;flex:1;border-top:1px solid #eceff1}
          .geo-list table{border-collapse:collapse;width:100%}
          .geo-list th{position:sticky;top:0;background:#f5f5f5;cursor:pointer;text-align:left;padding:3px 4px;user-select:none}
          .geo-list td{padding:2px 4px;border-bottom:1px solid #f0f0f0;vertical-align:top}
          .geo-list tr.geo-row{cursor:pointer}.geo-list tr.geo-row:hover{background:#fff8e1}
          .geo-list td.num{text-align:right;white-space:nowrap}
          .geo-list button{font:12px sans-serif;cursor:pointer}
          .geo-list-toggle button{font:600 12px sans-serif;padding:6px 10px;background:#fff;border:none;border-radius:4px;
            box-shadow:0 1px 4px rgba(0,0,0,.3);cursor:pointer}
        </style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <div class="geo-list-toggle"><button type="button" aria-label="Show the facility list">☰ Facilities</button></div>
        <div class="geo-list geo-closed" role="region" aria-label="Facility list">
          <header><span class="geo-count"></span><button type="button" class="geo-close" aria-label="Hide the list">×</button></header>
          <div class="geo-filters">
            <input type="search" placeholder="Filter by name" aria-label="Filter by name">
            <select data-f="kind" aria-label="Kind"><option value="">All kinds</option></select>
            <select data-f="province" aria-label="Province"><option value="">All provinces</option></select>
            <select data-f="status" aria-label="Status"><option value="">Any status</option></select>
            <select data-f="occupancy" aria-label="Occupancy"><option value="">Any occupancy</option>
              {% for c in this.classes %}<option value="{{ loop.index0 }}">{{ c[2] }}</option>{% endfor %}
              <option value="unknown">not stated</option></select>
          </div>
          <div class="geo-rows"><table><thead><tr><th data-s="0">Name</th><th data-s="2">Province</th>
            <th data-s="4" title="area, ha">ha</th><th data-s="5" title="occupancy">%</th></tr></thead><tbody></tbody></table></div>
        </div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map, points, sources, classes) {
          var panel = document.querySelector('.geo-list'), toggle = document.querySelector('.geo-list-toggle');
          // The button is a control of its own, stacked under the layer control.
          var button = L.control({position: 'topright'});
          button.onAdd = function () { return toggle; };
          button.addTo(map);
          var layerBox = document.querySelector('.leaflet-control-layers-expanded');
          var fold = function (s) {
            return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0111/g, 'd')
              .replace(/\u0110/g, 'D').toLowerCase();
          };
          var entries = [];
          sources.forEach(function (src) {
            var gj = window[src[0]], parent = window[src[1]];
            gj.eachLayer(function (l) {
              var p = l.feature.properties, r = p.row;
              entries.push({layer: l, gj: gj, parent: parent, point: src[2], id: p.id, name: p.label,
                            key: fold(p.label + ' ' + p.search), kind: r[0], province: r[1], status: r[2],
                            area: r[3], occ: r[4], shown: true});
            });
          });
          var fill = function (select, values) {
            values.forEach(function (v) { var o = document.createElement('option'); o.value = v; o.textContent = v || '—'; select.appendChild(o); });
          };
          var uniq = function (f) { return entries.map(f).filter(function (v, i, a) { return v && a.indexOf(v) === i; }).sort(); };
          var selects = {};
          panel.querySelectorAll('select').forEach(function (s) { selects[s.dataset.f] = s; });
          fill(selects.kind, uniq(function (e) { return e.kind; }));
          fill(selects.province, uniq(function (e) { return e.province; }));
          fill(selects.status, uniq(function (e) { return e.status; }));
          var text = panel.querySelector('input'), body = panel.querySelector('tbody'), count = panel.querySelector('.geo-count');
          var sortBy = 0, ascending = true;
          var occClass = function (o) {
            if (o === null || o === undefined) { return 'unknown'; }
            for (var i = 0; i < classes.length; i++) { if (o < classes[i][0]) { return String(i); } }
            return String(classes.length - 1);
          };
          var matches = function (e) {
            var q = fold(text.value.trim());
            return (!q || e.key.indexOf(q) !== -1) && (!selects.kind.value || e.kind === selects.kind.value)
              && (!selects.province.value || e.province === selects.province.value)
              && (!selects.status.value || e.status === selects.status.value)
              && (!selects.occupancy.value || occClass(e.occ) === selects.occupancy.value);
          };
          var show = function (e, on) {
            if (e.shown === on) { return; }
            e.shown = on;
            if (e.point) { if (on) { points.addLayer(e.layer); } else { points.removeLayer(e.layer); } }
            else if (on) { e.gj.addLayer(e.layer); } else { e.gj.removeLayer(e.layer); }
          };
          var cell = function (v, unit) { return v === null || v === undefined ? '' : Number(v).toLocaleString('en-US', {maximumFractionDigits: 1}); };
          var keyOf = [function (e) { return fold(e.name); }, null, function (e) { return fold(e.province); }, null,
                       function (e) { return e.area === null || e.area === undefined ? -1 : e.area; },
                       function (e) { return e.occ === null || e.occ === undefined ? -1 : e.occ; }];
          var render = function () {
            var kept = entries.filter(matches);
            entries.forEach(function (e) { show(e, kept.indexOf(e) !== -1); });
            var k = keyOf[sortBy];
            kept.sort(function (a, b) { var x = k(a), y = k(b); return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1); });
            count.textContent = kept.length + ' of ' + entries.length + ' facilities';
            body.innerHTML = '';
            kept.slice(0, 1000).forEach(function (e) {
              var tr = document.createElement('tr'); tr.className = 'geo-row'; tr.dataset.id = e.id;
              tr.innerHTML = '<td>' + e.name + '<br><small>' + e.kind + (e.status ? ' · ' + e.status : '') + '</small></td><td>'
                + e.province.replace(/[&<>]/g, '') + '</td><td class="num">' + cell(e.area) + '</td><td class="num">' + cell(e.occ) + '</td>';
              tr.addEventListener('click', function () {
                var ll = e.layer.getLatLng ? e.layer.getLatLng() : e.layer.getBounds().getCenter();
                map.setView(ll, Math.max(map.getZoom(), 11));
                setTimeout(function () { window.geoOpen && window.geoOpen(e.id); }, 350);
              });
              body.appendChild(tr);
            });
          };
          text.addEventListener('input', render);
          Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', render); });
          panel.querySelectorAll('th').forEach(function (th) {
            th.addEventListener('click', function () {
              var s = Number(th.dataset.s); ascending = sortBy === s ? !ascending : s === 0 || s === 2; sortBy = s; render();
            });
          });
          var setOpen = function (open) {
            panel.classList.toggle('geo-closed', !open);
            toggle.style.display = open ? 'none' : 'block';
            if (layerBox) { layerBox.style.visibility = open ? 'hidden' : 'visible'; }
          };
          toggle.querySelector('button').addEventListener('click', function () { setOpen(true); });
          panel.querySelector('.geo-close').addEventListener('click', function () { setOpen(false); });
          // A layer turned back on brings all its facilities: the filters apply again.
          map.on('overlayadd', function () { entries.forEach(function (e) { e.shown = true; }); render(); });
          L.DomEvent.disableClickPropagation(panel); L.DomEvent.disableScrollPropagation(panel);
          L.DomEvent.disableClickPropagation(toggle);
          render();
          setOpen(false);
        })({{ this._parent.get_name() }}, {{ this.points.get_name() }}, {{ this.sources }}, {{ this.classes_js }});
        {% endmacro %}
    """)

    def __init__(self, points, sources: list[tuple[str, str, bool]]):
        super().__init__()
        self._name = "FacilityList"
        self.points = points
        self.sources = json.dumps([list(s) for s in sources])
        self.classes = OCCUPANCY_COLOURS
        self.classes_js = json.dumps([list(c) for c in OCCUPANCY_COLOURS])


class _StackBehaviour(MacroElement):
    """A click on a bubble of facilities opens it (spiderfies) where they share one point or
    the map is zoomed in, and zooms in otherwise; hovering it names what it holds."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (group) {
          var names = function (cluster) {
            var all = cluster.getAllChildMarkers().map(function (m) {
              return m.feature && m.feature.properties ? m.feature.properties.tooltip : '';
            });
            var shown = all.slice(0, 8).join(' · ');
            return all.length + ' facilities here: ' + shown + (all.length > 8 ? ' …' : '');
          };
          group.on('clusterclick', function (e) {
            var b = e.layer.getBounds();
            var one = b.getNorthEast().equals(b.getSouthWest());
            if (one || !{{ this.big }} || group._map.getZoom() >= 12) { e.layer.spiderfy(); }
            else { e.layer.zoomToBounds({padding: [20, 20]}); }
          });
          group.on('clustermouseover', function (e) {
            e.layer.bindTooltip(names(e.layer), {sticky: true, className: 'geo-stack'}).openTooltip();
          });
          // Show a facility and open its popup, opening the bubble it is in (used by the search).
          window.geoOpen = function (id) {
            var hit = null;
            group._map.eachLayer(function (layer) {
              if (!hit && layer.eachLayer && layer !== group) {
                layer.eachLayer(function (l) { if (!hit && l.feature && l.feature.properties.popup && l.feature.properties.id === id) { hit = l; } });
              }
            });
            group.eachLayer(function (l) { if (!hit && l.feature && l.feature.properties.popup && l.feature.properties.id === id) { hit = l; } });
            if (!hit) { return false; }
            var open = function () { hit.openPopup(hit.getLatLng ? hit.getLatLng() : undefined); };
            var parent = group.hasLayer(hit) ? group.getVisibleParent(hit) : hit;
            if (parent && parent !== hit) {
              group.once('spiderfied', open);
              parent.spiderfy();
            } else { open(); }
            return true;
          };
        })({{ this.group.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, group, big: bool):
        super().__init__()
        self._name = "StackBehaviour"
        self.group = group
        self.big = "true" if big else "false"


class _FoldedSearch(MacroElement):
    """leaflet-search's filter replaced by one that matches anywhere in the name with
    diacritics folded on both sides: "dong mai", "Đông Mai" and "ĐÔNG MAI" all find
    "Khu công nghiệp Đông Mai". (folium's Search passes extra options to the highlight
    style, not to the control, so the filter is set on the control after it is made.)"""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
          var fold = function (s) {
            return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '')
              .replace(/\\u0111/g, 'd').replace(/\\u0110/g, 'D').toLowerCase();
          };
          {{ this.index.get_name() }}searchControl._filterData = function (text, records) {
            var q = fold(text), out = {};
            for (var key in records) { if (fold(key).indexOf(q) !== -1) { out[key] = records[key]; } }
            return out;
          };
          // A chosen match opens its facility's popup, from a bubble if it is in one.
          {{ this.index.get_name() }}searchControl.on('search:locationfound', function (e) {
            var id = e.layer && e.layer.feature && e.layer.feature.properties.id;
            if (!id || !window.geoOpen) { return; }
            // after the search's zoom and the bubbles' regrouping have settled, and once more if a
            // late regrouping closed the popup
            var tries = 0, open = function () {
              window.geoOpen(id);
              if (++tries < 4) { setTimeout(function () { if (!document.querySelector('.leaflet-popup')) { open(); } }, 500); }
            };
            setTimeout(open, 600);
          });
        })();
        {% endmacro %}
    """)

    def __init__(self, index):
        super().__init__()
        self._name = "FoldedSearch"
        self.index = index


def _is_axis(props: dict) -> bool:
    """A corridor named as an expressway axis (its head noun says so)."""
    return "axis" in str(props.get("name", "")).lower().split()


def _park_style(props: dict) -> dict:
    status = plain_value(props.get("status"))
    dash = STATUS_DASH.get(status) if status else None
    outline = {"color": "#263238", "weight": 1.5 if not dash else 2} if status else dict(STATUS_UNKNOWN_OUTLINE)
    known_area = plain_value(props.get("area_ha")) is not None
    return {"radius": area_radius(props.get("area_ha")), **outline, "fill": True, "className": "geo-park",
            "dashArray": dash, "fillColor": occupancy_colour(props.get("occupancy_pct")),
            "fillOpacity": 0.8 if known_area else 0.35}


def _symbol_html(layer: str, props: dict) -> str:
    colour, path, _ = GATEWAY_SYMBOLS[layer]
    ring = "stroke-dasharray='3 2'" if props.get("geocode_precision") not in ("site",) else ""
    return (f"<svg xmlns='http://www.w3.org/2000/svg' width='26' height='26' viewBox='0 0 24 24'>"
            f"<circle cx='12' cy='12' r='11' fill='white' stroke='{colour}' stroke-width='2' {ring}/>"
            f"<g transform='translate(4.8 4.8) scale(0.6)'><path d='{path}' fill='{colour}'/></g></svg>")


def _shoreline(coast: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """The coast polygons' outlines without the edges of the box they were clipped to."""
    minx, miny, maxx, maxy = coast.total_bounds
    box_edge = shapely.geometry.box(minx, miny, maxx, maxy).exterior.buffer(1e-6)
    lines = [shape.boundary.difference(box_edge) for shape in coast.geometry]
    return geopandas.GeoDataFrame({"name": ["shoreline"] * len(lines)}, geometry=lines, crs=coast.crs)


@contextmanager
def _counted_ids():
    """Elements made inside take their ids from a counter, not from os.urandom (branca's way), so
    that the same input writes the same map.html, byte for byte."""
    counter = itertools.count()
    original = Element.__dict__["_generate_id"]
    Element._generate_id = classmethod(lambda cls: f"{next(counter):032x}")
    try:
        yield
    finally:
        Element._generate_id = original


def map_from_layers(*args, **kwargs) -> folium.Map:
    """Build the folium map (not yet inlined) from the layers and the facts: see :func:`_map_from_layers`."""
    with _counted_ids():
        return _map_from_layers(*args, **kwargs)


def _map_from_layers(
    layers: dict[str, geopandas.GeoDataFrame],
    *,
    facts: list[dict],
    articles: dict[str, dict],
    basemap: dict[str, geopandas.GeoDataFrame],
    extents: geopandas.GeoDataFrame | None = None,
    title: str = "Industrial development: parks, zones and corridors",
) -> folium.Map:
    """Build the folium map (not yet inlined) from the layers and the facts."""
    facts_by_entity: dict[str, list[dict]] = {}
    for fact in facts:
        facts_by_entity.setdefault(fact["entity_id"], []).append(fact)

    n_points = sum(len(f) for f in layers.values() if not f.empty and f.geometry.geom_type.iloc[0] == "Point")
    big = n_points > CLUSTER_ABOVE
    m = folium.Map(location=[21.3, 107.2], zoom_start=8, tiles=None, max_zoom=18, control_scale=False,
                   prefer_canvas=big)
    m.options["maxZoom"] = 18  # the map's own, not only its tile layer's: no tile layer is on at first
    m.get_root().title = title  # the browser tab and bookmarks name the page
    _MetricScale().add_to(m)
    # Off until chosen: offline, 60 tile requests would fail before the map settles.
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online only)", overlay=False, control=True, show=False,
                     attr="&copy; OpenStreetMap contributors").add_to(m)

    base_group = folium.FeatureGroup(name="Provinces, coast and borders", overlay=True, control=True)
    base_styles = {
        "countries": {"color": "#616161", "weight": 1.5, "fillColor": "#f5f5f0", "fillOpacity": 0.6},
        "provinces": {"color": "#9e9e9e", "weight": 1, "fillColor": "#fbfaf3", "fillOpacity": 0.5},
        # the detailed shoreline as a line: its polygons are clipped to a box, whose edges a fill would show
        "coast": {"color": "#78909c", "weight": 1, "fill": False},
    }
    for name in ("countries", "provinces", "coast"):
        frame = basemap.get(name)
        if frame is None or frame.empty:
            continue
        style = base_styles[name]
        if name == "coast":
            frame = _shoreline(frame)
        tooltip = folium.GeoJsonTooltip(fields=["name"], labels=False) if name == "provinces" else None
        folium.GeoJson(frame.__geo_interface__, name=name, style_function=lambda _f, s=style: s,
                       tooltip=tooltip, control=False, smooth_factor=1.0).add_to(base_group)
    base_group.add_to(m)
    _PlaceLabels(place_labels(basemap)).add_to(m)

    groups: dict[str, list] = {g: [] for g in GROUPS}
    if extents is not None and not extents.empty:
        groups["Zones"].append(_extents_group(extents))
        groups["Zones"][-1].add_to(m)
    search_features = []
    listed: list[tuple[str, str, bool]] = []  # (feature layer, its group, drawn as points) for the list
    # Every point layer is a subgroup of one cluster group, so that facilities placed at one
    # commune or district centre (of any kind) gather into one numbered bubble that opens
    # (spiderfies) on click: every facility stays reachable. Big maps also cluster neighbours.
    points = MarkerCluster(name="points", overlay=True, control=False, options={
        "maxClusterRadius": 50 if big else STACK_RADIUS_PX, "spiderfyOnMaxZoom": True,
        "showCoverageOnHover": False, "zoomToBoundsOnClick": False, "chunkedLoading": True,
        "spiderfyDistanceMultiplier": 1.6})
    points.add_to(m)
    _StackBehaviour(points, big).add_to(m)
    for group_name, layer_names in GROUPS.items():
        for layer in layer_names:
            frame = layers.get(layer)
            if frame is None or frame.empty:
                continue
            kind = frame["kind"].iloc[0]
            label = f"{KINDS[kind].label}s ({len(frame)})"
            if layer in ("industrial_parks", "industrial_clusters"):
                data = _feature_collection(frame, facts_by_entity, articles, _park_style)
            elif layer in GATEWAY_SYMBOLS:
                data = _feature_collection(frame, facts_by_entity, articles,
                                           lambda p, layer=layer: {"html": _symbol_html(layer, p)})
            else:
                style = LINE_STYLES.get(layer, LINE_STYLES["roads"])
                data = _feature_collection(frame, facts_by_entity, articles,
                                           lambda p, s=style: AXIS_STYLE if _is_axis(p) else s)
            layer_obj = _FeatureLayer(data, name=label,
                                      on_each_feature=_BIND_LABELLED if layer == "corridors" else _BIND)
            is_point = frame.geometry.geom_type.iloc[0] == "Point"
            if is_point:
                fg = FeatureGroupSubGroup(points, name=label, overlay=True, control=False)
            else:
                fg = folium.FeatureGroup(name=label, overlay=True, control=False)
            layer_obj.add_to(fg)
            fg.add_to(m)
            groups[group_name].append(fg)
            listed.append((layer_obj.get_name(), fg.get_name(), is_point))
            if frame.geometry.geom_type.iloc[0] == "Point":
                search_features += [
                    {"type": "Feature", "properties": {"search": f["properties"]["search"], "id": f["properties"]["id"]},
                     "geometry": f["geometry"]}
                    for f in data["features"]
                ]
    GroupedLayerControl({g: v for g, v in groups.items() if v}, exclusive_groups=False, collapsed=False).add_to(m)
    folium.LayerControl(collapsed=True, position="bottomright").add_to(m)

    if search_features:
        index = folium.GeoJson({"type": "FeatureCollection", "features": search_features}, name="search index",
                               marker=folium.CircleMarker(radius=1, opacity=0, fill_opacity=0),
                               control=False, style_function=lambda f: {"opacity": 0, "fillOpacity": 0})
        index.add_to(m)
        Search(layer=index, search_label="search", placeholder="Search a facility (Dong Mai / Đông Mai)",
               position="topleft", collapsed=False, search_zoom=13).add_to(m)
        _FoldedSearch(index).add_to(m)
    Fullscreen(position="topleft").add_to(m)
    _Legend(title).add_to(m)
    if listed:
        _FacilityList(points, listed).add_to(m)

    # Fit to the facilities; long corridors (to Kunming) would shrink the province to a dot.
    bounds = [frame.total_bounds for frame in layers.values()
              if not frame.empty and frame.geometry.geom_type.iloc[0] == "Point"]
    if bounds:
        minx = min(b[0] for b in bounds); miny = min(b[1] for b in bounds)
        maxx = max(b[2] for b in bounds); maxy = max(b[3] for b in bounds)
        m.fit_bounds([[miny, minx], [maxy, maxx]], padding=(20, 20))
    return m


class _FeatureLayer(folium.map.Layer):
    """A GeoJSON layer whose features are written into map.html as a stream, not through folium.

    Each feature carries its own style (``properties.style``): a circle marker for parks,
    a DivIcon symbol for gateways (``style.html``), a styled path for lines. folium's
    GeoJson would turn per-feature styles into a JavaScript switch over every id and hold
    the whole page, data included, in memory several times over; here the page holds a
    placeholder and :func:`write_map` streams the features into it one by one.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson(null, {
            pointToLayer: function (feature, latlng) {
                var s = feature.properties.style;
                if (s.html) {
                    return L.marker(latlng, {icon: L.divIcon({html: s.html, className: "geo-symbol",
                                                             iconSize: [26, 26], iconAnchor: [13, 13]})});
                }
                return L.circleMarker(latlng, s);
            },
            style: function (feature) { return feature.properties.style; },
            onEachFeature: {{ this.on_each_feature }}
        });
        {{ this.get_name() }}.addData({{ this.payload() }});
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, data: dict, *, name: str, on_each_feature: JsCode):
        super().__init__(name=name, overlay=True, control=False)
        self._name = "GeoJson"  # its JavaScript name starts geo_json_, as folium's layers do
        self.on_each_feature = on_each_feature.js_code
        self.data = data
        self.streamed = False  # set by write_map while it renders: a placeholder it fills in

    def payload(self) -> str:
        """The features as JavaScript: inline (folium's own ``save``), or the placeholder write_map streams into."""
        if self.streamed:
            return f"/*GEO_PAYLOAD_{self.get_name()}*/null"
        return _script_safe(json.dumps(self.data, ensure_ascii=True, separators=(",", ":")))


def _feature_layers(element) -> list[_FeatureLayer]:
    found = [element] if isinstance(element, _FeatureLayer) else []
    for child in element._children.values():
        found += _feature_layers(child)
    return found


class _Legend(MacroElement):
    """Title, occupancy colours, area sizes, status outlines and symbols (static HTML)."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
          .geo-title{position:absolute;top:10px;left:50%;transform:translateX(-50%);z-index:1000;
            background:rgba(255,255,255,.92);padding:6px 14px;border-radius:4px;font:600 16px/1.3 sans-serif;
            box-shadow:0 1px 4px rgba(0,0,0,.3)}
          .leaflet-popup-content{max-height:60vh;overflow-y:auto;overflow-wrap:anywhere}
          .geo-legend{position:absolute;bottom:28px;left:10px;z-index:1000;background:rgba(255,255,255,.94);
            padding:8px 10px;border-radius:4px;font:12px/1.4 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:220px}
          .geo-legend h5{margin:4px 0 2px;font-size:12px}
          .geo-legend i{display:inline-block;width:12px;height:12px;border-radius:50%;margin-right:5px;vertical-align:middle;border:1px solid #263238}
          .geo-popup{font:12px/1.35 sans-serif}.geo-popup h4{margin:0 0 4px;font-size:14px}
          .geo-popup th{text-align:left;padding-right:6px;vertical-align:top;color:#455a64;white-space:nowrap}
          .geo-popup blockquote{margin:2px 0 6px 8px;color:#555;font-style:italic}
          .geo-bar{width:120px;height:6px;background:#eceff1;border-radius:3px}.geo-bar div{height:6px;border-radius:3px}
          .geo-conflict{color:#b71c1c;margin:4px 0}
          .geo-symbol{background:none;border:none}
          .geo-line-label{background:rgba(255,255,255,.8);border:none;box-shadow:none;color:#bf360c;
            font:600 11px/1.2 sans-serif;padding:1px 4px}
        </style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <div class="geo-title">{{ this.title }}</div>
        <div class="geo-legend">
          <h5>Occupancy (parks, clusters)</h5>
          {% for c in this.colours %}<div><i style="background:{{ c[1] }}"></i>{{ c[2] }}</div>{% endfor %}
          <div><i style="background:{{ this.unknown }}"></i>unknown</div>
          <h5>Area</h5>
          <div><svg width="{{ this.key_width }}" height="{{ this.key_height }}">{% for x, r, a in this.key %}<circle cx="{{ x }}" cy="{{ this.key_height - r - 1 }}" r="{{ r }}" fill="#ccc" stroke="#263238"/>{% endfor %}</svg><br>{{ this.key_label }} ha (drawn to the map's scale)<br><svg width="14" height="14"><circle cx="7" cy="7" r="{{ this.unknown_r }}" fill="#ccc" fill-opacity="0.35" stroke="#9e9e9e"/></svg> pale: area not stated</div>
          <h5>Status</h5>
          <div>solid dark outline: operating<br>dashed outline: planned, approved or under construction<br>thin grey outline: status not stated</div>
          <h5>Gateways and lines</h5>
          <div>{{ this.gate }} border gate · {{ this.air }} airport · {{ this.sea }} seaport</div>
          <div><span style="color:#c62828">&#9473;</span> road/expressway · <span style="color:#37474f">&#9476;</span> railway · <span style="color:#ff6f00;opacity:.5">&#9608;</span> corridor · <span style="color:#e65100;opacity:.8">&#9608;</span> expressway axis</div>
          <div style="margin-top:4px;color:#555">Dotted symbol ring: placed at a commune, district or province, not the site. Lines are schematic.</div>
          <div style="margin-top:4px;color:#555">Numbered bubble: facilities at one place; click it to open them all.</div>
          <div style="margin-top:4px;color:#555"><span style="display:inline-block;width:14px;height:10px;border:2px dashed #e65100;background:rgba(230,81,0,.12)"></span> economic zone drawn as the districts a cited source says it covers</div>
        </div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.attribution|tojson }});
        {% endmacro %}
    """)

    def __init__(self, title: str):
        super().__init__()
        self._name = "Legend"
        self.title = html.escape(title)
        self.attribution = ATTRIBUTION
        self.colours = OCCUPANCY_COLOURS
        self.unknown = UNKNOWN_COLOUR
        # The size key is drawn with the map's own radii, side by side.
        self.key, x = [], 1.0
        for area in (10, 100, 1000):
            r = area_radius(area)
            self.key.append((round(x + r, 1), r, area))
            x += 2 * r + 6
        self.key_width = round(x)
        self.key_height = round(2 * max(r for _, r, _ in self.key) + 2)
        self.key_label = " · ".join(f"{a:,}" for *_, a in self.key)
        self.unknown_r = UNKNOWN_AREA_RADIUS
        self.gate, self.air, self.sea = (
            f"<svg width='14' height='14' viewBox='0 0 24 24'><path d='{GATEWAY_SYMBOLS[k][1]}' fill='{GATEWAY_SYMBOLS[k][0]}'/></svg>"
            for k in ("border_gates", "airports", "seaports")
        )


# ---------------------------------------------------------------------------
# Inlining

_MIME = {".png": "image/png", ".gif": "image/gif", ".svg": "image/svg+xml"}
_TAG = re.compile(r'<script src="(?P<js>[^"]+)"></script>|<link rel="stylesheet" href="(?P<css>[^"]+)"/>')
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


def _data_uri(path: Path) -> str:
    return f"data:{_MIME[path.suffix]};base64," + base64.b64encode(path.read_bytes()).decode()


def _css(path: Path) -> str:
    def repl(match):
        ref = match.group(2)
        if ref.startswith(("data:", "#")):
            return match.group(0)
        return f'url("{_data_uri((path.parent / ref).resolve())}")'

    return _CSS_URL.sub(repl, path.read_text(encoding="utf-8"))


def inline_assets(page: str, vendor: Path = VENDOR) -> str:
    """Replace every CDN ``<script src>``/``<link>`` folium wrote by the vendored file."""
    manifest = json.loads((vendor / "manifest.json").read_text(encoding="utf-8"))
    by_url = {a["cdn_url"]: a for a in manifest["assets"]}
    images = {i["leaflet_icon_default_option"]: _data_uri(vendor / i["path"]) for i in manifest["images"]}
    icon_fix = ("<script>L.Icon.Default.imagePath='';"
                f"L.Icon.Default.mergeOptions({json.dumps(images)});</script>")

    def repl(match):
        url = match["js"] or match["css"]
        asset = by_url.get(url)
        if asset is None:
            raise ValueError(f"no vendored asset for {url}; run scripts/vendor_assets.py")
        if asset["path"] is None:
            return ""
        path = vendor / asset["path"]
        if asset["type"] == "css":
            return "<style>" + _css(path) + "</style>"
        js = path.read_text(encoding="utf-8").replace("</script", "<\\/script")
        return "<script>" + js + "</script>" + (icon_fix if asset["name"] == "leaflet" else "")

    return _TAG.sub(repl, page)


_PAYLOAD = re.compile(r"/\*GEO_PAYLOAD_(\w+)\*/null")
def _script_safe(json_text: str) -> str:
    """JSON inside a <script> must not be able to close it or start markup: escape what could.
    (Chained str.replace: str.translate with a mapping is several times slower on large text.)"""
    return (json_text.replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("'", "\\u0027"))


def write_map(m: folium.Map, handle) -> None:
    """Write the map as one offline HTML page to a text ``handle``, streaming the features."""
    layers = _feature_layers(m)
    for layer in layers:
        layer.streamed = True
    try:
        page = inline_assets(m.get_root().render())
    finally:
        for layer in layers:
            layer.streamed = False
    data = {layer.get_name(): layer.data for layer in layers}
    at = 0
    for match in _PAYLOAD.finditer(page):
        handle.write(page[at:match.start()])
        collection = data[match.group(1)]
        handle.write('{"type":"FeatureCollection","features":[')
        features = collection["features"]
        for start in range(0, len(features), 1000):  # a thousand at a time: C-speed, bounded memory
            chunk = json.dumps(features[start:start + 1000], ensure_ascii=True, separators=(",", ":"))
            handle.write(("," if start else "") + _script_safe(chunk[1:-1]))
        handle.write("]}")
        at = match.end()
    handle.write(page[at:])


def render_map(m: folium.Map) -> str:
    """The map as one offline HTML page, in memory (tests; write_map for files)."""
    import io

    buffer = io.StringIO()
    write_map(m, buffer)
    return buffer.getvalue()
