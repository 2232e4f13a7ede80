"""Pass 1, lines and sentences (geo.extract.sentences): what is prose and what is not."""

from __future__ import annotations

import pytest

from geo.extract.sentences import is_headline, sentences


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    "text, first",
    [
        ("NGHỆ AN — The Southeast Economic Zone is aiming for investments.", "The Southeast Economic Zone"),
        ("HCM CITY – Cat Lai port is busy.", "Cat Lai port"),
        ("Hanoi (VNA) – Noi Bai airport opened a terminal.", "Noi Bai airport"),
        (" date 2025-02-13 NGHỆ AN — The Southeast Economic Zone is aiming high.", "The Southeast Economic Zone"),
        ("date 2021-03-11 Phu My 3 Industrial Park is full.", "Phu My 3 Industrial Park"),
    ],
)
def test_a_dateline_and_a_stored_date_are_cut_off_the_sentence_they_open(text, first):
    assert _texts(text)[0].startswith(first)


def test_a_capitalised_opening_that_is_not_a_dateline_stays():
    assert _texts("Mong Cai Border Gate Economic Zone – magnet for investments")[0].startswith("Mong Cai")


def test_a_title_case_line_is_a_headline_and_prose_is_not():
    assert is_headline("Hai Phong Industrial Parks: Expanding Land Fund, Attracting Effective Investment")
    assert not is_headline("Dong Mai Industrial Park covers 160 hectares.")
    assert not is_headline("The park covers 160 hectares and is full")


def test_a_wrapped_line_does_not_end_a_sentence_and_a_blank_line_does():
    text = "The park lies in the Dong Thap\nborder gate economic zone.\n\nIt is full."
    assert _texts(text) == ["The park lies in the Dong Thap\nborder gate economic zone.", "It is full."]


def test_a_dateline_opening_a_later_paragraph_is_cut_off_too():
    text = "Ports grow fast.\n\nQUẢNG NINH — Cai Lan port handled more ships."
    assert _texts(text)[1].startswith("Cai Lan port")
