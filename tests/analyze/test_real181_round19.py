"""Round 19 (real protest reports): crowd counts given as "X counted N people"."""

from __future__ import annotations

from datetime import date

from .analysed import analyse, figure_at

TEXT = ("Thousands marched through the capital on Saturday. Police counted 52,000 marchers in the city, "
        "while the union claimed 210,000. The regional prefecture counted 9,000 demonstrators in Lyon. "
        "The interior ministry has counted 300,000 across the country. The team recorded 14 wins.")


def _source(a, quote_id):
    return next((q.speaker for q in a.quotes if q.id == quote_id), None)


def test_a_count_of_a_crowd_is_the_counting_subjects_figure(nlp):
    a = analyse(nlp, TEXT, date(2024, 3, 2))
    assert _source(a, figure_at(a, TEXT, "52,000").attributed_to) == "Police"
    assert _source(a, figure_at(a, TEXT, "9,000").attributed_to) == "The regional prefecture"
    bare = figure_at(a, TEXT, "300,000")
    assert _source(a, bare.attributed_to) == "The interior ministry"
    assert bare.unit is None or "ministry" not in bare.unit.lower()


def test_a_count_of_other_things_stays_narration(nlp):
    a = analyse(nlp, TEXT, date(2024, 3, 2))
    assert figure_at(a, TEXT, "14").attributed_to is None
    assert not any(q.cue_lemma == "record" for q in a.quotes)


def test_an_aside_after_the_count_is_not_the_counting_subjects(nlp):
    text = "In Marseille the prefecture counted 16,000 demonstrators, seventeen times less than the 280,000 put forward by the union."
    a = analyse(nlp, text, date(2024, 3, 2))
    assert _source(a, figure_at(a, text, "16,000").attributed_to) == "the prefecture"
    assert _source(a, figure_at(a, text, "280,000").attributed_to) != "the prefecture"
