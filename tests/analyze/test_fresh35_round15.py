"""Round 15, helper 115 (summit and diplomacy copy): rules found wanting on fresh invented copy,
each tested on sentences of its own (not the feed's), asserting on extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run
def _event(a: Analysis, text: str, word: str):
    return next(e for e in a.events if e.trigger.start == text.index(word))


def test_a_gathering_that_is_the_occasion_of_a_called_off_meeting_goes_ahead(nlp):
    text = ("A one-on-one meeting between the two leaders on the margins of the regional summit was "
            "scrapped, a spokesman said on Tuesday.\n")
    a = _run(nlp, text, date(2025, 9, 2))
    assert _event(a, text, "meeting").modality == "cancelled"
    summit = _event(a, text, "summit")
    assert summit.modality == "happened"  # was "cancelled", governed by 'scrap' over the meeting
    text = "A news briefing at the close of the negotiations has been cancelled.\n"
    a = _run(nlp, text, date(2025, 9, 2))
    assert _event(a, text, "negotiations").modality == "happened"  # was "cancelled": the briefing was
    text = "The final day of the talks was called off.\n"
    a = _run(nlp, text, date(2025, 9, 2))
    assert _event(a, text, "talks").modality == "cancelled"  # a part of the talks, on the verb: still off


def test_a_person_asked_about_in_a_fronted_clause_is_not_the_pronoun_speaker(nlp):
    text = ("Finance Minister Karl Odegaard said the deal was \"a start\".\n\n"
            "Asked about Tomas Brandt's resignation, he said: \"That is a question for him.\"\n")
    a = _run(nlp, text, date(2025, 9, 2))
    q = next(q for q in a.quotes if q.text.startswith("That is a question"))
    assert q.speaker_span is not None and q.speaker_span.start == text.index("he said")
    by_id = {e.id: e.name for e in a.entities}
    assert by_id[q.speaker_entity] == "Karl Odegaard"  # was Tomas Brandt, named in the "Asked" clause
