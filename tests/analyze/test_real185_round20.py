"""Round 20, real launch reports: a craft that "lifted off", a stage that "executed" engine burns,
an ordinal after a passive's "by" ("hosted by a third party"), and speeds written with a slash."""

from __future__ import annotations

from datetime import date

from .analysed import analyse

DAY = date(2024, 3, 5)


def _event_words(a, text: str) -> list[str]:
    return [text[e.trigger.start:e.trigger.end] for e in a.events]


def test_a_craft_lifting_off_is_no_retreat(nlp):
    text = "The weather probe lifted off from the coast at 6:03 p.m. on Tuesday."
    assert "lifted" not in _event_words(analyse(nlp, text, DAY), text)


def test_a_launch_kept_from_lifting_off_is_no_retreat(nlp):
    text = "A fuel leak prevented the heavy rocket from lifting off."
    assert "lifting" not in _event_words(analyse(nlp, text, DAY), text)


def test_lifting_a_measure_stays_an_event(nlp):
    text = "The governor lifted the curfew on Monday."
    a = analyse(nlp, text, DAY)
    assert "lifted" in _event_words(a, text)


def test_a_third_party_after_by_is_no_share(nlp):
    text = "The video is hosted by a third party, which stores cookies."
    a = analyse(nlp, text, DAY)
    assert not [q for q in a.quantities if q.unit == "percent"]


def test_a_change_by_a_third_is_still_a_share(nlp):
    text = "Ticket sales fell by a third last year."
    a = analyse(nlp, text, DAY)
    assert [round(q.low or 0, 2) for q in a.quantities if q.unit == "percent"] == [33.33]


def test_a_speed_with_a_slash_keeps_its_whole_unit(nlp):
    text = "The stage slowed to 2 m/s before touchdown, and gusts reached 90 km/h."
    a = analyse(nlp, text, DAY)
    assert sorted((q.low, q.unit) for q in a.quantities) == [(2.0, "m/s"), (90.0, "km/h")]


def test_executing_a_manoeuvre_is_no_killing(nlp):
    text = "After separation the booster executed three engine burns over the ocean."
    assert "executed" not in _event_words(analyse(nlp, text, DAY), text)


def test_executing_people_stays_a_killing(nlp):
    text = "The authorities executed four prisoners on Monday."
    a = analyse(nlp, text, DAY)
    assert [e.type for e in a.events if text[e.trigger.start:e.trigger.end] == "executed"] == ["ASSAULT"]
