"""--online against a local Nominatim stand-in on 127.0.0.1: recorded answers, a warm cache, faults.

No test here reaches the internet.
"""

from __future__ import annotations

import json
import threading
import time
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
    faults_left = 0  # with mode "429 once" / "503 once": how many faulty answers before good ones

    def do_GET(self):  # noqa: N802 (http.server's name)
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        type(self).requests.append(query)
        if self.mode in ("429 once", "503 once") and type(self).faults_left > 0:
            type(self).faults_left -= 1
            self.send_response(int(self.mode[:3]))
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        if self.mode == "slow":
            time.sleep(1.0)
        if self.mode == "error":
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        body = json.dumps(RECORDED if "Dong Mai Industrial Park" in query else []).encode()
        if self.mode in ("lat 999", "lat NaN", "no coordinates") and "Dong Mai Industrial Park" in query:
            answer = dict(RECORDED[0], lat={"lat 999": "999", "lat NaN": "NaN"}.get(self.mode))
            body = json.dumps([{k: v for k, v in answer.items() if v is not None}]).encode()
        if self.mode == "malformed":
            body = b"{not json"
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Nominatim.requests = []
    _Nominatim.mode = "ok"
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    httpd.daemon_threads = False  # server_close() waits for every request thread
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _online(server, cache, **options):
    options = {"min_delay_seconds": 0, "error_wait_seconds": 0, **options}
    return make_nominatim(domain=f"127.0.0.1:{server.server_address[1]}", scheme="http", cache_dir=cache, **options)


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


@pytest.mark.parametrize("mode", ["429 once", "503 once"])
def test_a_busy_server_is_asked_again_after_the_wait_it_asks_for(server, tmp_path, mode):
    _Nominatim.mode, _Nominatim.faults_left = mode, 1
    geocoder = _online(server, tmp_path / "cache", error_wait_seconds=0.01)
    started = time.monotonic()
    location = geocoder.geocode("Dong Mai Industrial Park, Quang Ninh, Vietnam")
    assert location is not None and geocoder.requests == 2
    if mode == "429 once":  # geopy reads Retry-After from a 429: one second, as the server asked
        assert geocoder.waits == [1.0] and time.monotonic() - started >= 1.0
    else:
        assert geocoder.waits == [0.01]


def test_a_long_retry_after_is_capped(server, tmp_path):
    _Nominatim.mode, _Nominatim.faults_left = "429 once", 1
    geocoder = _online(server, tmp_path / "cache", max_wait_seconds=0.2)
    assert geocoder.geocode("Dong Mai Industrial Park, Quang Ninh, Vietnam") is not None
    assert geocoder.waits == [0.2]


def test_a_server_slower_than_the_timeout_falls_back(server, tmp_path):
    _Nominatim.mode = "slow"
    geocoder = _online(server, tmp_path / "cache", timeout=0.2)
    assert geocoder.geocode("Dong Mai Industrial Park, Quang Ninh, Vietnam") is None
    assert geocoder.failures and geocoder.requests == 3  # the first try and two retries


@pytest.mark.parametrize("mode", ["lat 999", "lat NaN", "no coordinates"])
def test_an_answer_that_is_no_point_in_vietnam_is_ignored(server, tmp_path, mode):
    _Nominatim.mode = mode
    summary = build(SEEDS, tmp_path / "o", online=_online(server, tmp_path / "cache"))
    assert not summary.unlocated
    parks = geopandas.read_file(tmp_path / "o" / "layers" / "industrial_parks.geojson").set_index("name")
    assert parks.loc["Dong Mai Industrial Park", "geocode_method"] != "nominatim"


def test_a_cache_that_cannot_be_written_only_costs_requests(server, tmp_path, caplog):
    import logging

    cache = tmp_path / "cache"
    cache.write_text("a file where the cache folder should be")  # unwritable for any user, root included
    with caplog.at_level(logging.WARNING):
        summary = build(SEEDS, tmp_path / "o", online=_online(server, cache))
    assert not summary.unlocated and not summary.online_failures
    parks = geopandas.read_file(tmp_path / "o" / "layers" / "industrial_parks.geojson").set_index("name")
    assert parks.loc["Dong Mai Industrial Park", "geocode_method"] == "nominatim"
    assert any("cannot be written" in r.getMessage() for r in caplog.records)


def test_a_cache_entry_of_the_wrong_shape_is_a_miss(server, tmp_path):
    cache = tmp_path / "cache"
    geocoder = _online(server, cache)
    geocoder.geocode("Dong Mai Industrial Park, Quang Ninh, Vietnam")
    for entry in cache.rglob("*.json"):
        entry.write_text('{"found": true, "lat": "x"}', encoding="utf-8")
    again = _online(server, cache)
    assert again.geocode("Dong Mai Industrial Park, Quang Ninh, Vietnam") is not None and again.requests == 1
