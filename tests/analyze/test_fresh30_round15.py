"""Session 15, round 110 (humanitarian situation reports, NGO releases and wire copy on a
displacement crisis): rules found wanting on fresh invented copy, each tested on sentences of its
own (not the feed's), asserting on extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run
def _figure(a: Analysis, text: str, figure: str):
    return next(q for q in a.quantities if q.span.start == text.index(figure))


def test_a_bulleted_line_is_a_sentence_of_its_own(nlp):
    text = ("Nutrition\n"
            "- 12,700 children screened for malnutrition since 3 April (UNICEF).\n"
            "- The mobile clinic was suspended on 9 April. It resumed on 11 April.\n"
            "• 340 severe acute malnutrition cases admitted as of 12 April.\n")
    a = _run(nlp, text, date(2025, 4, 14))
    children = _figure(a, text, "12,700")
    # the heading and the next item ran into its sentence: it was dated 9 April, the clinic's date
    assert children.sentence.start == text.index("12,700")
    assert children.sentence.end <= text.index("- The mobile")
    assert children.as_of is None
    assert children.subject is None  # was "Nutrition\n- 12,700 children" style heading leaks
    cases = _figure(a, text, "340")
    assert cases.sentence.start >= text.index("• 340")
    assert cases.as_of == "2025-04-12"


def test_a_grouped_count_before_a_time_is_no_part_of_it(nlp):
    text = ("As of 2 May, the agency estimates that 87,000 people have been displaced, "
            "up from 61,000 one week earlier.\n")
    a = _run(nlp, text, date(2025, 5, 3))
    assert not any("61,000" in t.text for t in a.times)  # was the time "61,000 one week earlier"
    week = next(t for t in a.times if t.text == "one week earlier")
    assert week.span.start == text.index("one week earlier")
    displaced = _figure(a, text, "87,000")
    assert displaced.as_of == "2025-05-02"  # was the week's value, the baseline's date
    assert any(q.span.start == text.index("61,000") for q in a.quantities)


def test_a_press_releases_dateline_is_no_part_of_what_was_said(nlp):
    text = ("Nairobi/Geneva, 3 June 2025 – Food stocks in the camps will run out within a month, "
            "the Norwegian Refugee Council said today.\n\n"
            "Oslo, June 4, 2025 - Aid cuts have left 40,000 families without shelter, CARE said.\n")
    a = _run(nlp, text, date(2025, 6, 4))
    first = next(q for q in a.quotes if q.speaker == "the Norwegian Refugee Council")
    assert first.span.start == text.index("Food stocks")  # was 0: the places and the date in it
    second = next(q for q in a.quotes if q.speaker == "CARE")
    assert second.span.start == text.index("Aid cuts")
