"""Fresh-text round 16: rules found wanting on invented UN Security Council, General Assembly and
nuclear-inspection copy (a resolution's vote put off and held, a recorded vote with its tally, a
peacekeeping force cut). Each test uses sentences of its own (not the round's feed) and asserts on
the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run


def test_a_recorded_vote_in_favour_and_against_counts_votes(nlp):
    text = ("The assembly adopted the text on Tuesday by a recorded vote of 128 in favour to 9 against, "
            "with 35 abstentions.\n")
    a = _run(nlp, text, date(2026, 10, 6))
    by_text = {q.text: q for q in a.quantities}
    assert (by_text["128"].low, by_text["128"].unit) == (128.0, "votes")
    assert by_text["128"].span.start == text.index("128")
    assert (by_text["9"].low, by_text["9"].unit) == (9.0, "votes")
    assert by_text["9"].span.start == text.index("9 against")
    assert by_text["35"].unit == "abstentions"


def test_a_side_with_its_own_object_or_no_vote_in_the_sentence_counts_no_votes(nlp):
    text = ("Police said 40 against the wall were hurt.\n\n"
            "The survey found 300 in favour of the park.\n")
    a = _run(nlp, text, date(2026, 10, 6))
    assert all(q.unit != "votes" for q in a.quantities)


def test_a_bare_number_ending_a_from_to_change_counts_what_its_start_counted(nlp):
    text = ("The mission will shrink over the next year, going from 12,500 soldiers to about 8,000, "
            "its commander said on Monday.\n")
    a = _run(nlp, text, date(2026, 5, 4))
    end = next(q for q in a.quantities if "8,000" in q.text)
    assert (end.low, end.approx, end.unit) == (8000.0, "about", "soldiers")
    assert end.span.start == text.index("about 8,000")
    start = next(q for q in a.quantities if q.text == "12,500")
    assert start.unit == "soldiers"
