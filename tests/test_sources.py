"""sources.csv as people save it: from a spreadsheet, in another case, with dates as they write them."""

from __future__ import annotations

import logging
import os

import pytest

from geo.articles import read_articles
from geo.sources import read_sources


def _folder(tmp_path, table: bytes, names=("a.txt", "b.txt")):
    for name in names:
        (tmp_path / name).write_text(f"{name} Dong Mai Industrial Park covers 100 ha.", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(table)
    return tmp_path


def test_a_spreadsheet_table_with_a_bom_and_semicolons_is_read(tmp_path):
    folder = _folder(tmp_path, "\ufefffile;Title;URL;Published\na.txt;A title;https://x.vn/a;06/01/2025\n"
                     .encode("utf-8"))
    articles, _ = read_articles(folder)
    a = next(x for x in articles if x.file == "a.txt")
    assert (a.title, a.url, a.published) == ("A title", "https://x.vn/a", "2025-01-06")  # day first


def test_file_names_match_in_any_case(tmp_path):
    folder = _folder(tmp_path, b"file,published\nA.TXT,2024\n")
    articles, _ = read_articles(folder)
    assert next(x for x in articles if x.file == "a.txt").published == "2024"


@pytest.mark.parametrize("table, said", [
    (b"name_of_page,published\na.txt,2024-05-01\n", "no 'file' column"),
    (b"file,published\nc.txt,2024-05-01\n", "c.txt names no article"),
    (b"file,published\na.txt,yesterday\n", "'yesterday' is not a date"),
    (b"file,published\na.txt,2024-02-30\n", "'2024-02-30' is not a date"),
    (b"file,published\na.txt,2024\na.txt,2025\n", "a second row for a.txt"),
    (b"file,published\na.txt,2024\n", "no row for b.txt"),
])
def test_what_cannot_be_used_is_said_in_one_line(tmp_path, caplog, table, said):
    folder = _folder(tmp_path, table)
    with caplog.at_level(logging.WARNING):
        read_articles(folder)
    assert any(said in r.getMessage() for r in caplog.records), [r.getMessage() for r in caplog.records]


def test_dates_are_stored_as_iso(tmp_path):
    folder = _folder(tmp_path, b"file,published\na.txt,2024-5-1\nb.txt,31.12.2023\n")
    rows = read_sources(folder / "sources.csv", ["a.txt", "b.txt"])
    assert (rows["a.txt"]["published"], rows["b.txt"]["published"]) == ("2024-05-01", "2023-12-31")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_sources_table_that_is_a_fifo_is_not_read(tmp_path, caplog):
    (tmp_path / "a.txt").write_text("Dong Mai Industrial Park covers 100 ha.", encoding="utf-8")
    os.mkfifo(tmp_path / "sources.csv")
    with caplog.at_level(logging.WARNING):
        articles, _ = read_articles(tmp_path)  # returns: a FIFO would block a reader for ever
    assert len(articles) == 1 and any("not a regular file" in r.getMessage() for r in caplog.records)


def test_a_link_to_a_file_outside_the_folder_is_not_read(tmp_path, caplog):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Dong Mai Industrial Park covers 100 ha.", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(secret)
    with caplog.at_level(logging.WARNING):
        articles, _ = read_articles(folder)
    assert [a.file for a in articles] == ["a.txt"]
    assert any("outside" in r.getMessage() for r in caplog.records)
