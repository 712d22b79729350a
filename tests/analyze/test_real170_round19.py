"""Figures on hostage and prisoner release reports (real-article round 19, helper 170).

A rule found on real reports of prisoner swaps, checked on sentences written for the test: a
spelled-out number that British copy joins to its scale word with "and" ("two hundred and seven")
is one figure, not a hundreds figure and a units figure.
"""

from __future__ import annotations

from .analysed import quantities_of as figures


# ---- quantities.reading._and_remainder


def test_scale_word_joined_by_and_is_one_figure(nlp):
    text = '"Two hundred and nine soldiers are home," the governor wrote.'
    found = figures(nlp, text)
    assert [(q.text, q.low, q.unit) for q in found] == [("Two hundred and nine", 209.0, "soldiers")]
    assert found[0].span.start == 1


def test_scale_word_joined_by_and_takes_a_hyphenated_rest(nlp):
    text = "Officials said one hundred and forty-two detainees were handed over on Friday."
    found = figures(nlp, text)
    assert [(q.text, q.low, q.unit) for q in found] == [("one hundred and forty-two", 142.0, "detainees")]


def test_and_before_another_scaled_number_stays_two_figures(nlp):
    # "two hundred and five hundred" is not 205: the word after "and" carries its own scale
    text = "The guards counted two hundred and five hundred prisoners in the two camps."
    values = sorted(q.low for q in figures(nlp, text))
    assert 205.0 not in values
