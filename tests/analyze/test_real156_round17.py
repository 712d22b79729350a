"""Real-article round 17 (ceasefires, hostage releases and prisoner swaps, helper 156).

Each test checks one rule found on real reports of truces and exchanges, on sentences written for the
test: the infinitive of a passive "had been set to" that the parser hangs as a purpose clause is the
plan it was set for (its doer the passive subject), and "in exchange for" / "in return for" name no
act of their own.
"""

from __future__ import annotations

from .test_events_round8 import run


def events_of(nlp, text: str, word: str):
    start = text.index(word)
    return [e for e in run(nlp, text) if e.trigger.start == start]


# ---- modality._passive_set_infinitive, events.syntax._subject


def test_had_been_set_to_free_is_an_overtaken_plan_not_a_release(nlp):
    text = "In return for the handover, Kavland had been set to free 300 detainees."
    (ev,) = events_of(nlp, text, "free")
    assert ev.modality == "cancelled"  # as "had been expected to free": a plan overtaken by events
    assert "had set" in ev.reason


def test_had_been_set_to_free_takes_the_passive_subject_as_doer(nlp):
    text = "Kavland had been set to free 300 detainees."
    (ev,) = events_of(nlp, text, "free")
    assert len(ev.source_actors) == 1
    assert "actors: subject" in ev.reason


def test_was_set_to_free_is_planned(nlp):
    text = "Kavland was set to free 300 detainees on Saturday."
    (ev,) = events_of(nlp, text, "free")
    assert ev.modality == "planned"


# ---- events.triggers._trade_idiom


def test_in_exchange_for_names_no_exchange(nlp):
    text = "The militia freed 12 captives in exchange for 40 prisoners."
    assert events_of(nlp, text, "exchange") == []
    assert [e.modality for e in events_of(nlp, text, "freed")] == ["happened"]


def test_in_exchange_for_under_a_release_keeps_only_the_release(nlp):
    text = "Four detainees are being released in exchange for every captive."
    assert events_of(nlp, text, "exchange") == []
    assert len(events_of(nlp, text, "released")) == 1


def test_a_named_exchange_is_still_an_event(nlp):
    text = "The exchange of prisoners took place on Sunday."
    (ev,) = events_of(nlp, text, "exchange")
    assert ev.modality == "happened"
