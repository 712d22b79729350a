"""Postponement apart from cancellation: the modality "postponed", its new date, and what the
parser's slips around it must not hide. Sentences are the tests' own."""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run


def test_a_summit_planned_for_this_week_and_postponed_takes_the_new_date(nlp):
    # the parser takes "planned" for the clause's verb and hangs "has been postponed" on it
    text = ("A summit between the presidents of Norland and Vestria planned for Tirelli this week has been "
            "postponed to April 7 because of renewed shelling near the border, mediators said on Monday.")
    a = _run(nlp, text, date(2026, 3, 16))
    summit = _event(a, "summit")
    assert (summit.type, summit.modality) == ("CONSULT", "postponed")
    assert summit.when is not None and (summit.when.value, summit.when_how) == ("2026-04-07", "clause")
    assert text[summit.when.span.start:summit.when.span.end] == "April 7"
    # the new date is the summit's, not the shelling's that caused the delay
    shelling = _event(a, "shelling")
    assert shelling.modality == "happened"
    assert shelling.when is None or shelling.when.value != "2026-04-07"


def test_an_exchange_agreed_and_then_called_off_is_cancelled(nlp):
    a = _run(nlp, "The prisoner exchange agreed in May was called off.", date(2026, 6, 2))
    assert _event(a, "exchange").modality == "cancelled"
    a = _run(nlp, "The prisoner exchange agreed last Monday remained on track.", date(2026, 6, 2))
    assert _event(a, "exchange").modality == "planned"


def test_pushing_back_against_something_is_resisting_it(nlp):
    a = _run(nlp, "The minister pushed back against accusations of fraud.", date(2026, 6, 2))
    assert _event(a, "accusations").modality == "happened"
    a = _run(nlp, "The summit was pushed back to June.", date(2026, 3, 2))
    summit = _event(a, "summit")
    assert (summit.modality, summit.when.value) == ("postponed", "2026-06")


def test_pushed_or_moved_to_a_date_is_put_off_to_it(nlp):
    a = _run(nlp, "The summit was pushed to next month.", date(2026, 2, 10))
    summit = _event(a, "summit")
    assert (summit.modality, summit.when.value) == ("postponed", "2026-03")
    assert "push to a date" in summit.reason
    # pushing people somewhere, or for something, moves no act in time; moving it up brings it earlier
    a = _run(nlp, "Leaders pushed for talks.", date(2026, 2, 10))
    assert _event(a, "talks").modality == "hypothetical"
    a = _run(nlp, "The talks were moved up to Monday.", date(2026, 2, 10))
    assert _event(a, "talks").modality != "postponed"


def test_a_minister_travelling_to_a_capital_visits_it(nlp):
    text = "Foreign Minister Hiroshi Tanabe will travel to Seoul next week for talks with his counterpart."
    a = _run(nlp, text, date(2026, 4, 2))
    trip = _event(a, "travel")
    assert (trip.type, trip.mode, trip.modality) == ("CONSULT", "visit", "planned")
    assert trip.when is not None and trip.when.value == "2026-W15"
    for text in ("Millions of people travelled home for the holidays.", "Drones flew over Kyiv on Monday.",
                 "The president travelled to the flood-hit region on Monday."):
        a = _run(nlp, text, date(2026, 4, 2))
        assert not [e for e in a.events if e.type == "CONSULT"], text


def test_the_time_of_a_postponed_act_says_whether_it_is_the_new_date_or_the_one_given_up(nlp):
    from storyline.analyze.event_words import is_new_date
    a = _run(nlp, "The ministers postponed the talks to March 17.", date(2027, 3, 1))
    talks = _event(a, "talks")
    assert talks.when.value == "2027-03-17" and is_new_date(talks.when.reason)
    a = _run(nlp, "Talks that were due to open on Friday have been postponed, mediators said.", date(2027, 6, 1))
    talks = _event(a, "Talks")
    assert talks.modality == "postponed" and talks.when is not None and not is_new_date(talks.when.reason)


def test_the_ends_of_a_delay_are_not_what_was_put_off(nlp):
    a = _run(nlp, "The delay between the attack and the admission was never explained.", date(2015, 12, 4))
    assert _event(a, "attack").modality == "happened"
