"""The ECB+ text rebuilt from tokens (benchmarks/corpus.py): the story benchmark reads figures from it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.link.similarity import figure_terms, year_terms

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from corpus import detokenise, ecb_text  # noqa: E402


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("to the $27 . 5 million", "to the $27.5 million"),  # a decimal split by the tokeniser
        ("a 5 . 9 magnitude quake", "a 5.9 magnitude quake"),
        ("5 , 000 , 000 people", "5,000,000 people"),  # thousands groups
        ("on May 5 , 2013 .", "on May 5, 2013."),  # a comma before a year is not a thousands separator
        ("the numbers 7 , 8 and 9", "the numbers 7, 8 and 9"),
        ("at 1 : 30 AM on 12 / 16 / 08", "at 1:30 AM on 12/16/08"),
        ("the 2008 - 12 - 23 hearing", "the 2008-12-23 hearing"),
        ("$ 160 million ( US )", "$160 million (US)"),
        ("he said : \" I do n't know \" .", "he said: \"I don't know\"."),
        ("It 's over", "It's over"),
    ],
)
def test_detokenise_rejoins_numbers_and_punctuation(tokens: str, text: str) -> None:
    assert detokenise(tokens.split()) == text


def test_a_full_stop_ending_a_sentence_is_not_a_decimal_point() -> None:
    # Sentences are rebuilt one at a time, so "in 2008 ." never meets the next sentence's "5".
    assert detokenise(["Prices", "rose", "in", "2008", "."]) == "Prices rose in 2008."
    assert detokenise(["5", "people", "died"]) == "5 people died"


def test_rebuilt_figures_read_as_written() -> None:
    text = detokenise("A 5 . 6 magnitude quake hurt 1 , 500 people at 10 : 23 on Nov 12 , 2011".split())
    assert figure_terms(text) == {"5.6": 1, "1500": 1, "12": 1}
    assert year_terms(text) == {"2011": 1}


def test_ecb_text_drops_the_url_line_and_keeps_one_line_per_sentence(tmp_path: Path) -> None:
    tokens = [
        (0, "http://example.com/quake"),
        (1, "Quake"),
        (1, "hits"),
        (1, "Iran"),
        (2, "A"),
        (2, "5"),
        (2, "."),
        (2, "6"),
        (2, "quake"),
        (2, "struck"),
        (2, "."),
    ]
    body = "".join(f'<token t_id="{i}" sentence="{s}" number="{i}">{t}</token>' for i, (s, t) in enumerate(tokens))
    path = tmp_path / "20_1ecbplus.xml"
    path.write_text(f'<Document doc_name="20_1ecbplus.xml">{body}</Document>', encoding="utf-8")
    assert ecb_text(path) == "Quake hits Iran\n\nA 5.6 quake struck.\n"
