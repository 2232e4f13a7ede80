"""Bad input: each case is a clear one-line problem, never a traceback, and the good articles still build."""

from __future__ import annotations

import pytest

from geo.articles import read_articles
from geo.cli import main

GOOD = "Dong Banh Industrial Park in Lang Son has an area of 162 hectares."


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
    ],
)
def test_unreadable_articles_are_reported_and_skipped(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    articles, problems = read_articles(tmp_path)
    assert [a.file for a in articles] == ["good.txt"]
    assert [(p.file, p.reason) for p in problems] == [("bad.txt", reason)]


@pytest.mark.parametrize("encoding", ["utf-16", "cp1258", "cp1252", "utf-8-sig"])
def test_other_encodings_are_read(tmp_path, encoding):
    text = "Đông Mai Industrial Park" if encoding in ("utf-16", "cp1258", "utf-8-sig") else "Dong Mai Industrial Park"
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (article,), problems = read_articles(tmp_path)
    assert not problems
    assert article.text.strip() == text


def test_an_html_page_saved_as_txt_is_read_as_its_text(tmp_path):
    (tmp_path / "a.txt").write_text(
        "<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><p>Dong Banh Industrial Park "
        "&amp; more cover 162 hectares in Lang Son province.</p></body></html>", encoding="utf-8")
    (article,), _ = read_articles(tmp_path)
    assert "Dong Banh Industrial Park & more cover 162 hectares" in article.text
    assert "<p>" not in article.text and "var x" not in article.text


def test_the_same_article_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD)
    articles, problems = read_articles(tmp_path)
    assert len(articles) == 1
    assert "same text as a.txt" in problems[0].reason


def test_a_folder_with_some_bad_articles_builds_from_the_good_ones(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, ["build", "--seeds", str(folder), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "skipped empty.txt: empty file" in result.output
    assert "Read 1 articles (1 skipped)" in result.output


def test_an_article_naming_no_facility_still_builds(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The weather in Hanoi was fine today, said officials.")
    result = runner.invoke(main, ["-q", "build", "--seeds", str(folder), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "Found 0 facilities" in result.output
    assert (tmp_path / "o" / "map.html").exists()


def test_a_50_mb_article_is_refused_with_its_size_and_the_rest_builds(runner, tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    line = (GOOD + " ").encode()
    with open(folder / "huge.txt", "wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(main, ["build", "--seeds", str(folder), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    warning = [line for line in result.output.splitlines() if "huge.txt" in line]
    assert len(warning) == 1 and "MB" in warning[0] and "limit" in warning[0]
    assert "Read 1 articles (1 skipped)" in result.output


def test_an_unreadable_seeds_folder_is_one_line_and_exit_1(runner, tmp_path):
    import os

    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    folder.chmod(0)
    try:
        if os.access(folder, os.R_OK):
            pytest.skip("running as a user who can read any folder (root)")
        result = runner.invoke(main, ["build", "--seeds", str(folder), "--out", str(tmp_path / "o")])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
    finally:
        folder.chmod(0o755)


def test_a_clipping_gives_its_title_date_and_link_in_its_first_lines(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Title: Bac Ninh adds Que Vo III Industrial Park\nDate: 06/05/2024\nSource: https://news.example.vn/a\n\n"
        "Que Vo III Industrial Park will cover 300 hectares in Que Vo district.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Source: Viet Nam News\nDate: 2023\n\nDong Mai Industrial Park covers 160 hectares in Quang Yen town.\n",
        encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,title\nb.txt,From the table\n", encoding="utf-8")
    articles = {a.file: a for a in read_articles(tmp_path)[0]}
    a, b = articles["a.txt"], articles["b.txt"]
    assert (a.title, a.published, a.url) == ("Bac Ninh adds Que Vo III Industrial Park", "2024-05-06",
                                             "https://news.example.vn/a")
    assert (b.title, b.publisher, b.published) == ("From the table", "Viet Nam News", "2023")  # the table wins
