"""`geo fetch`: links become a folder of articles, once each; tested against a local web
server on 127.0.0.1 only (no test reaches the internet)."""

from __future__ import annotations

import csv
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from geo.articles import read_articles
from geo.cli import main
from geo.fetch import fetch_pages, page_file_name

from .test_pages import PAGE


class _Site(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 -- the http.server name
        _Site.hits.append(self.path)
        if self.path == "/news/que-vo-iii.html":
            body, kind, code = PAGE.encode(), "text/html; charset=utf-8", 200
        elif self.path == "/logo.png":
            body, kind, code = b"\x89PNG....", "image/png", 200
        elif self.path == "/slow.html":
            time.sleep(1.5)
            body, kind, code = b"<html></html>", "text/html", 200
        else:
            body, kind, code = b"not here", "text/plain", 404
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (the timeout test)

    def log_message(self, *args):
        pass


@pytest.fixture()
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Site.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _fetch(urls, into):
    return fetch_pages(urls, into, delay=0, timeout=0.5, tries=1, sleep=lambda _s: None)


def test_a_page_is_saved_with_its_link_and_reads_as_its_article(site, tmp_path):
    url = f"{site}/news/que-vo-iii.html"
    (result,) = _fetch([url], tmp_path)
    assert result.file == page_file_name(url) and result.problem is None
    with open(tmp_path / "sources.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["file"] == result.file and row["url"] == url
    (article,), problems = read_articles(tmp_path)
    assert problems == [] and article.title == "Bac Ninh adds Que Vo III Industrial Park"
    assert article.url == url  # the link it was fetched from wins over the page's canonical one


def test_a_second_run_fetches_nothing(site, tmp_path):
    url = f"{site}/news/que-vo-iii.html"
    _fetch([url], tmp_path)
    (again,) = _fetch([url], tmp_path)
    assert again.skipped and _Site.hits.count("/news/que-vo-iii.html") == 1


def test_a_missing_page_a_timeout_and_an_image_each_say_why_and_the_rest_go_on(site, tmp_path):
    results = _fetch([f"{site}/gone.html", f"{site}/slow.html", f"{site}/logo.png",
                      f"{site}/news/que-vo-iii.html"], tmp_path)
    problems = [r.problem for r in results]
    assert problems[0] == "HTTP 404 Not Found"
    assert problems[1] == "timed out"
    assert problems[2] == "not a web page (image/png)"
    assert problems[3] is None and results[3].file
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["sources.csv", results[3].file])


def test_the_command_reads_links_from_a_file_and_says_what_failed_in_one_line(site, tmp_path):
    links = tmp_path / "links.txt"
    links.write_text(f"# news\n{site}/news/que-vo-iii.html\n\n{site}/gone.html\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "fetch", "--from", str(links),
                                                       "--into", str(tmp_path / "articles")])
    assert result.exit_code == 0, result.output
    assert "Saved 1 pages" in result.stdout and "1 failed" in result.stdout
    assert result.stderr.count("\n") == 1 and "gone.html: HTTP 404" in result.stderr
    nothing = CliRunner().invoke(main, ["fetch", f"{site}/gone.html", "--into", str(tmp_path / "x")])
    assert nothing.exit_code == 1 and "Traceback" not in nothing.output
