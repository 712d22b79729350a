"""Reported cases and "gone up to" (real-article round 20, helper 187).

Each test checks one rule found on real reports of disease outbreaks (case and death counts given by
health ministries and the WHO), on sentences written for the test: a passive "were reported" whose
subject is what was reported (cases, attacks) makes no "as" reporting clause vouching for the main
clause, and its bare present participle ("reported starting May 3") is no content; and "up to"
after a past "went" / "have gone" is the level a count reached, not the bound "at most".
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, nth_index, quantities_of

PUBLISHED = date(2024, 6, 1)


# ---- attribution.contents._reported_main_clause

CAUSAL_AS = "The government ended the curfew as no new infections were reported within the 21 days since the last case."


def test_passive_report_of_cases_in_an_as_clause_vouches_for_nothing(nlp):
    a = analyse(nlp, CAUSAL_AS, PUBLISHED)
    assert not [q for q in a.quotes if q.span.start == nth_index(CAUSAL_AS, "The government")]


def test_as_was_reported_still_vouches_for_the_main_clause(nlp):
    text = "As was reported last week, the vaccination drive was postponed."
    a = analyse(nlp, text, PUBLISHED)
    q = next(q for q in a.quotes if q.cue_lemma == "report")
    assert q.span.start == nth_index(text, "the vaccination drive")


# ---- attribution.verbs._passive_circumstance

STARTING = "The emergency was declared after a new cluster of measles cases was reported starting March 4."


def test_participle_after_passive_report_is_no_content(nlp):
    a = analyse(nlp, STARTING, PUBLISHED)
    assert not [q for q in a.quotes if q.span.start == nth_index(STARTING, "starting")]


def test_participle_of_saying_after_passive_cue_is_still_content(nlp):
    text = "The minister was heard saying that the clinics would reopen."
    a = analyse(nlp, text, PUBLISHED)
    assert any(q.span.start >= nth_index(text, "saying") and "clinics would reopen" in q.text for q in a.quotes)


# ---- quantities.qualifiers._moved_up

def test_gone_up_to_is_the_level_reached(nlp):
    text = "Dengue deaths have gone up to 412 since January."
    (f,) = [f for f in quantities_of(nlp, text) if f.low == 412]
    assert f.approx is None
    assert f.span.start == nth_index(text, "412")


def test_went_up_to_is_the_level_reached(nlp):
    (f,) = [f for f in quantities_of(nlp, "Admissions went up to 96 in the week to Sunday.") if f.low == 96]
    assert f.approx is None


def test_can_go_up_to_stays_a_bound(nlp):
    (f,) = [f for f in quantities_of(nlp, "Quarantine fines can go up to $5,000.") if f.low == 5000]
    assert f.approx == "up to"
