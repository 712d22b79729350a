"""Time expressions on a session-10 fresh feed: a length after "in" that the model's span leaves out."""

from __future__ import annotations

from datetime import date

from storyline.analyze.timex import extract_times

REF = date(2025, 11, 6)  # a Thursday


def _refs(nlp, text: str):
    return [(r.text, r.span.start, r.span.end, r.value) for r in extract_times(nlp(text), "r10", REF)]


def _at(text: str, phrase: str, value: str) -> tuple[str, int, int, str]:
    start = text.index(phrase)
    return phrase, start, start + len(phrase), value


def test_a_length_after_in_is_a_point_that_far_ahead(nlp) -> None:
    text = "The delegation will arrive in two weeks."
    assert _refs(nlp, text) == [_at(text, "two weeks", "2025-W47")]
    text = "The results are due in three days."
    assert _refs(nlp, text) == [_at(text, "three days", "2025-11-09")]
    # quoted, as scraped copy writes the speaker's words, whatever the tense
    refs = _refs(nlp, 'He said he would meet Putin in "two weeks or so."')
    assert [(t, v) for t, _, _, v in refs] == [("two weeks or so", "2025-W47")]


def test_a_length_after_in_told_in_the_past_is_how_long_it_took(nlp) -> None:
    text = "The company completed the sale in two weeks."
    assert _refs(nlp, text) == [_at(text, "two weeks", "P2W")]
    text = "In two years of war, the town was destroyed."
    assert _refs(nlp, text) == [_at(text, "two years", "P2Y")]


def test_a_length_after_in_that_ranks_something_is_the_span_back(nlp) -> None:
    # "the bloodiest battle in 40 years": compared across the 40 years up to the report
    text = "It was the bloodiest battle in 40 years."
    assert _refs(nlp, text) == [_at(text, "40 years", "P40Y")]
    text = "The ceasefire is the first in two years."
    assert _refs(nlp, text) == [_at(text, "two years", "P2Y")]
