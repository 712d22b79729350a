"""Round 16, helper 131: rules found wanting on invented counter-terrorism and policing copy, each
tested on sentences of its own (not the feed's), asserting on extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _event(a: Analysis, text: str, word: str):
    return next(e for e in a.events if e.trigger.start == text.index(word))


def test_every_number_of_an_aged_list_or_range_is_an_age(nlp):
    text = ("The gunmen, aged 20 to 41, were detained in a raid. The two brothers, aged 23 and 29, were "
            "freed. The defendants, aged 18, 25 and 52, denied the charges. The injured are aged between "
            "9 and 64. Officers held 14 people aged 30 and 200 others fled.\n")
    a = _run(nlp, text, date(2025, 11, 20))
    got = sorted((q.span.start, q.low, q.high) for q in a.quantities)
    starts = {s for s, _, _ in got}
    for age in ("41", "29", "25", "52", "9 and 64", "64"):
        assert text.index(age) not in starts, age
    assert (text.index("two"), 2.0, 2.0) in got
    assert (text.index("14 people"), 14.0, 14.0) in got
    assert (text.index("200 others"), 200.0, 200.0) in got  # a count after the list, with its own noun


def test_a_date_given_up_in_the_past_perfect_yields_to_the_carrying_clause(nlp):
    text = ("The meeting, which had been planned for next Monday, will now take place on January 12, an official said.\n\n"
            "The summit, which had been scheduled for March 3, was called off on Friday.\n")
    a = _run(nlp, text, date(2025, 11, 28))
    meeting = _event(a, text, "meeting")
    assert meeting.when is not None and meeting.when.value == "2026-01-12"  # was 2025-12-01, the old date
    summit = _event(a, text, "summit")
    assert summit.when is not None and summit.when.value == "2026-03-03"  # the calling off's Friday is not its day
