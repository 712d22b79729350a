"""Modality of scheduled talks on peace-talk reports (real-article round 17, helper 140).

Each test checks one rule found on real reports of postponed and delayed talks, on sentences written
for the test: a past-perfect plan whose joined clause only reports that the act was put off is
postponed, not cancelled; "were meant to" reads like "were supposed to", and in the present both tell
a plan that still stands; an event that is the subject of such a passive but was to bring something
else about is not called off by it.
"""

from __future__ import annotations

from .test_events_round8 import run


def event(nlp, text: str, word: str):
    start = text.index(word)
    return next(e for e in run(nlp, text) if e.trigger.start == start)


# ---- modality.postponed_in_contrast / _reported_again


def test_past_plan_reported_delayed_in_a_joined_clause_is_postponed(nlp):
    text = ("The talks in Varna had been scheduled to open on March 4 but the foreign minister "
            "said on Monday they would be delayed.")
    ev = event(nlp, text, "talks")
    assert ev.modality == "postponed"
    assert "delay" in ev.reason


def test_past_plan_reported_postponed_without_but_is_postponed(nlp):
    text = "The summit had been planned for June and the host said it had been postponed."
    assert event(nlp, text, "summit").modality == "postponed"


def test_past_plan_reported_held_keeps_its_reading(nlp):
    # a reported clause that does not put the act off leaves the overtaken plan as it was
    text = "The talks had been scheduled to open on March 4 but the minister said they went well."
    assert event(nlp, text, "talks").modality == "cancelled"


# ---- modality: "meant to" (lexicon), DUTY_PASSIVES, _present_passive


def test_were_meant_to_start_is_a_plan_that_fell_through(nlp):
    text = "The negotiations were meant to start in Oslo on Monday but the delegates did not arrive."
    ev = event(nlp, text, "negotiations")
    assert (ev.modality, ev.type) == ("cancelled", "CONSULT")


def test_present_supposed_and_meant_to_are_plans(nlp):
    assert event(nlp, "The talks are supposed to resume in Doha next week.", "talks").modality == "planned"
    assert event(nlp, "The summit is meant to open in Lima on Friday.", "summit").modality == "planned"
    # the past keeps its reading
    assert event(nlp, "The talks were supposed to resume in Doha last week.", "talks").modality == "cancelled"


def test_meant_only_as_a_passive_with_an_infinitive(nlp):
    ev = event(nlp, "The envoy meant to attend the summit in Lima.", "summit")
    assert ev.modality != "cancelled"


# ---- modality._duty_of_its_own


def test_subject_event_meant_to_bring_something_about_is_not_called_off(nlp):
    assert event(nlp, "The truce was supposed to pave the way for a settlement.", "truce").modality == "happened"
    assert event(nlp, "The ceasefire was meant to open the road to the port.", "ceasefire").modality == "happened"
