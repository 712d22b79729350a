"""Fresh-text round 13, feed 13: rules found wanting on invented wire copy about peace talks put off
twice and moved, an attack on a politician at a rally and a migrant boat that capsized. Each test uses
sentences of its own (not the round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run

# ---- events/triggers.py: a verb made phrasal by its particle takes no reading of another preposition
# ("called off the search for X" is no "call for", a REQUEST)


def test_calling_off_a_search_for_people_is_no_call_for_them(nlp):
    text = "Rescuers on Friday called off the hunt for two climbers lost on the mountain since last week."
    a = _run(nlp, text, date(2026, 2, 7))
    assert [e for e in a.events if e.text == "called" and e.type == "REQUEST"] == []


def test_call_for_without_a_particle_is_still_a_request(nlp):
    text = "The opposition on Friday called for an inquiry into the shooting."
    a = _run(nlp, text, date(2026, 2, 7))
    e = _event(a, "called")
    assert (e.type, e.trigger.start) == ("REQUEST", text.index("called"))


# ---- modality.py: a plan followed by a before/until clause that postpones or cancels it


def test_a_plan_pushed_back_in_a_before_clause_is_postponed_not_cancelled(nlp):
    text = "The negotiations had been due to resume in Geneva on 4 May before being pushed back by ten days."
    a = _run(nlp, text, date(2026, 5, 10))
    e = _event(a, "negotiations")
    assert e.modality == "postponed"
    assert e.when is not None and e.when.value == "2026-05-04"


def test_a_plan_called_off_in_a_before_clause_is_cancelled(nlp):
    text = "The summit had been planned for June before it was called off by the host."
    a = _run(nlp, text, date(2026, 7, 2))
    assert _event(a, "summit").modality == "cancelled"
    assert "'call off' in a 'before' clause" in _event(a, "summit").reason


def test_talks_held_before_being_suspended_stay_held(nlp):
    text = "The talks were held in Nairobi on Monday before being suspended."
    a = _run(nlp, text, date(2026, 7, 2))
    assert _event(a, "talks").modality == "happened"
