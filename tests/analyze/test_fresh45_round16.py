"""Session 16: rules found wanting on fresh invented cyber and climate-talks copy, each tested on
sentences of its own (not the feed's), asserting on extracted values and offsets.
"""

from __future__ import annotations

from datetime import date


from .analysed import analyse as _run, event_at as _event




def test_a_day_an_end_had_been_scheduled_for_is_the_nearest_such_day(nlp):
    # told on a Saturday: the Friday the meeting had been due to close is the day before, not next week's
    text = "The summit had been scheduled to close on Friday, but delegates kept negotiating.\n"
    a = _run(nlp, text, date(2025, 6, 7))
    summit = _event(a, text, "summit")
    assert summit.when is not None
    assert summit.when.value == "2025-06-06"  # was 2025-06-13
    assert summit.when.span.start == text.index("Friday")
    # a schedule that stands still looks ahead
    text = "The summit is scheduled to close on Friday.\n"
    a = _run(nlp, text, date(2025, 6, 7))
    assert _event(a, text, "summit").when.value == "2025-06-13"


def test_a_past_perfect_plan_that_ran_on_or_was_put_off_is_postponed_not_cancelled(nlp):
    text = ("The summit had been due to end on Thursday, but was extended by a day.\n\n"
            "The hearing had been expected to begin on Monday but was delayed.\n\n"
            "The talks had been scheduled for Monday but were called off.\n")
    a = _run(nlp, text, date(2025, 6, 7))
    summit = _event(a, text, "summit")
    assert summit.modality == "postponed"  # was "cancelled": the summit ran on
    assert "extend" in summit.reason
    hearing = _event(a, text, "hearing")
    assert hearing.modality == "postponed"  # was "cancelled"
    assert _event(a, text, "talks").modality == "cancelled"
