"""Fresh-text round 13 (15): rules found wanting on invented wire copy about an extradition case
(hearing set, adjourned twice, ruling, appeal), a royal state visit (programme, a rally sized by
police and organisers, one leg called off) and inflation and a rate decision. Each test uses
sentences of its own (not the round's feed) and asserts on values, offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _figure, _run

# ---- events/timing.py: a clause of scheduling on the noun that holds the event noun in its "of"
# phrase ("the Paris leg of the tour, scheduled for Friday") dates the event


def test_a_leg_of_a_visit_scheduled_for_a_day_dates_the_cancelled_visit(nlp):
    text = ("The Lyon leg of the president's state visit, scheduled for Friday, has been called off, "
            "his office said on Tuesday.")
    a = _run(nlp, text, date(2026, 3, 10))
    visit = _event(a, "visit")
    assert (visit.modality, visit.when.value, visit.when_how) == ("cancelled", "2026-03-13", "clause")
    assert text[visit.trigger.start:visit.trigger.end] == "visit"


def test_a_phase_of_talks_scheduled_for_a_date_dates_the_postponed_talks(nlp):
    text = "The second phase of the talks, scheduled for May 4, was postponed on Thursday."
    a = _run(nlp, text, date(2026, 4, 30))
    talks = _event(a, "talks")
    assert (talks.modality, talks.when.value) == ("postponed", "2026-05-04")


# ---- quantities/people.py: a bare number as the subject of a phrasal verb of attending ("turned
# out", lexicons/figure_crowd_verbs.tsv) counts people and sizes the crowd


def test_a_bare_number_that_turned_out_sizes_the_crowd(nlp):
    text = "Police put the crowd at 3,000, but organisers said more than 10,000 had turned out."
    a = _run(nlp, text, date(2026, 5, 9))
    turned = _figure(a, "more than 10,000")
    assert (turned.low, turned.unit, turned.subject, turned.approx) == (10000, "people", "crowd", "more than")
    assert text[turned.span.start:turned.span.end] == "more than 10,000"


def test_turn_alone_counts_nobody(nlp):
    # "turned" with no particle of attending: the number is no crowd
    text = "Officials said 40 turned sour on the deal."
    a = _run(nlp, text, date(2026, 5, 9))
    assert all(q.subject != "crowd" for q in a.quantities)
