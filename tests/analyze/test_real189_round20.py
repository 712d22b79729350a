"""Day-first date ranges and headline verbs taken for nouns (real-article round 20, helper 189).

Each test checks one rule found on real reports of state visits and summits put off, called off and
held after all, on sentences written for the test: a day-first range of days ("12-14 November",
British, Commonwealth and Indian style) is one interval, not its last day alone; and a headline
whose present-tense verb the tagger took for a plural noun compounding the event noun ("Kasmar
cancels Rome summit") reads the event as called off, not as held.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, nth_index

PUBLISHED = date(2021, 3, 1)


# ---- timex.candidates: "12-14 November"

def test_day_first_range_is_one_interval(nlp):
    text = "The summit was moved to 12-14 November."
    a = analyse(nlp, text, PUBLISHED)
    t = next(t for t in a.times if "November" in t.text)
    assert t.text == "12-14 November"
    assert t.span.start == nth_index(text, "12-14")
    assert t.value == "2021-11-12/2021-11-14"


def test_day_first_range_with_en_dash_and_year(nlp):
    text = "The state visit will take place on 3\u20135 June 2022, officials said."
    a = analyse(nlp, text, PUBLISHED)
    t = next(t for t in a.times if "June" in t.text)
    assert t.value == "2022-06-03/2022-06-05"


def test_score_before_a_month_and_day_is_no_range(nlp):
    text = "Leeds won 2-1 October 3 at home."
    a = analyse(nlp, text, PUBLISHED)
    assert not [t for t in a.times if t.text.startswith("2-1")]


# ---- modality._headline_compound_verb

def _summit(a):
    return next(e for e in a.events if e.text == "summit")


def test_headline_verb_parsed_as_compound_cancels_the_event(nlp):
    text = "Trump cancels Singapore summit\n\nThe talks had been planned for months."
    a = analyse(nlp, text, PUBLISHED)
    assert _summit(a).modality == "cancelled"


def test_headline_verb_parsed_as_compound_postpones_the_event(nlp):
    text = "Merkel postpones Paris summit\n\nOfficials gave no reason."
    a = analyse(nlp, text, PUBLISHED)
    assert _summit(a).modality == "postponed"


def test_headline_without_such_verb_keeps_the_summit_held(nlp):
    text = "Leaders hail Paris summit\n\nOfficials gave no details."
    a = analyse(nlp, text, PUBLISHED)
    assert _summit(a).modality == "happened"
