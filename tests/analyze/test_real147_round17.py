"""Real-article round 17 (state visits put off or called off): a noun of calling off governs the
event in its "of" phrase ("the postponement of Xi's visit" is a postponed visit, not one held), and a
plan told in a relative clause on the one who had it ("X, who was scheduled to visit, has postponed
the trip") takes what that person's verb then did to it. Each is tested on sentences of its own,
asserting on the events' modalities and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _events(a: Analysis, text: str, word: str):
    return [e for e in a.events if text[e.trigger.start:e.trigger.end] == word]


def test_an_event_named_after_postponement_of_or_cancellation_of_is_put_off(nlp):
    text = ("The postponement of the president's visit is a setback for the government.\n\n"
            "Officials regretted the cancellation of the summit.\n\n"
            "The talks were held in Geneva in May.\n")
    a = _run(nlp, text, date(2020, 3, 6))
    visit, = _events(a, text, "visit")
    assert visit.trigger.start == text.index("visit")
    assert visit.modality == "postponed"
    summit, = _events(a, text, "summit")
    assert summit.modality == "cancelled"
    talks, = _events(a, text, "talks")
    assert talks.modality == "happened"  # no call-off noun: held as told


def test_a_call_off_noun_leaves_an_event_outside_its_of_phrase_alone(nlp):
    text = "After the cancellation in May, the leaders held a summit in Rome.\n"
    a = _run(nlp, text, date(2020, 6, 6))
    summit, = _events(a, text, "summit")
    assert summit.modality == "happened"


def test_a_plan_in_a_relative_clause_takes_what_its_holder_then_did_to_it(nlp):
    text = ("The foreign ministry said on Saturday that the president, who was scheduled to visit "
            "Islamabad later this month, has postponed the trip.\n\n"
            "The minister, who was expected to visit Kyiv, postponed a meeting with unions.\n")
    a = _run(nlp, text, date(2014, 9, 6))
    visits = _events(a, text, "visit")
    assert [e.trigger.start for e in visits] == [text.index("visit"), text.rindex("visit")]
    assert visits[0].modality == "postponed"
    assert visits[1].modality == "planned"  # another act ("a meeting") was put off, not the visit
