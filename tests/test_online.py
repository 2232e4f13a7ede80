"""--online against a local Nominatim stand-in on 127.0.0.1: recorded answers, a warm cache, faults.

No test here reaches the internet.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import geopandas
import pytest

from geo.geocoders import make_nominatim
from geo.pipeline import build

from .conftest import SEEDS

#: A recorded Nominatim answer (format=json), trimmed to the fields geopy reads.
RECORDED = [{
    "place_id": 1, "lat": "20.9610", "lon": "106.8200", "display_name": "Dong Mai Industrial Park, Quang Yen, Quang Ninh, Vietnam",
    "class": "landuse", "type": "industrial", "addresstype": "industrial",
}]


class _Nominatim(BaseHTTPRequestHandler):
    mode = "ok"
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        type(self).requests.append(query)
        if self.mode == "error":
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        body = json.dumps(RECORDED if "Dong Mai Industrial Park" in query else []).encode()
        if self.mode == "malformed":
            body = b"{not json"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Nominatim.requests = []
    _Nominatim.mode = "ok"
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()


def _online(server, cache):
    return make_nominatim(domain=f"127.0.0.1:{server.server_address[1]}", scheme="http", min_delay_seconds=0,
                          cache_dir=cache, error_wait_seconds=0)


def test_a_second_online_build_with_a_warm_cache_makes_no_request(server, tmp_path):
    cache = tmp_path / "cache"
    build(SEEDS, tmp_path / "o1", online=_online(server, cache))
    first = len(_Nominatim.requests)
    assert first > 0
    parks = geopandas.read_file(tmp_path / "o1" / "layers" / "industrial_parks.geojson").set_index("name")
    assert parks.loc["Dong Mai Industrial Park", "geocode_method"] == "nominatim"
    assert "Nominatim" in parks.loc["Dong Mai Industrial Park", "geocode_source"]

    geocoder = _online(server, cache)
    build(SEEDS, tmp_path / "o2", online=geocoder)
    assert len(_Nominatim.requests) == first  # the server saw nothing new
    assert geocoder.requests == 0


def test_errors_are_not_cached_but_answers_are(server, tmp_path):
    _Nominatim.mode = "error"
    geocoder = _online(server, tmp_path / "cache")
    assert geocoder.geocode("Dong Mai Industrial Park, Quang Ninh, Vietnam") is None
    _Nominatim.mode = "ok"
    again = _online(server, tmp_path / "cache")
    assert again.geocode("Dong Mai Industrial Park, Quang Ninh, Vietnam") is not None
    assert again.geocode("Unknown place, Vietnam") is None
    assert again.requests == 2
    third = _online(server, tmp_path / "cache")
    third.geocode("Dong Mai Industrial Park, Quang Ninh, Vietnam")
    third.geocode("Unknown place, Vietnam")
    assert third.requests == 0


@pytest.mark.parametrize("mode", ["error", "malformed"])
def test_server_faults_fall_back_to_the_offline_answer(server, tmp_path, mode):
    _Nominatim.mode = mode
    geocoder = _online(server, tmp_path / "cache")
    summary = build(SEEDS, tmp_path / "o", online=geocoder)
    assert summary.online_failures
    assert not summary.unlocated
    parks = geopandas.read_file(tmp_path / "o" / "layers" / "industrial_parks.geojson")
    assert "nominatim" not in set(parks["geocode_method"])
