"""Time expressions, round 8: a fiscal quarter reported while the calendar one still runs, lengths the
model labels as numbers, words that look like times but are not, and "the day before" an event set
off after a date."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from storyline.analyze.timex import extract_times

REF = date(2025, 11, 5)  # a Wednesday, inside the calendar fourth quarter


def _refs(nlp, text: str, ref: date = REF):
    return [(r.text, r.span.start, r.span.end, r.value) for r in extract_times(nlp(text), "r8", ref)]


def test_quarter_still_running_reported_in_the_past_is_the_quarter_in_focus(nlp) -> None:
    # no calendar quarter has results before it ends: "reported ... fourth-quarter profit" in
    # November is the company's fiscal fourth quarter, and the comparisons are with it
    text = ("Northwind Foods Inc. reported a 30% drop in fourth-quarter profit, citing higher grain costs. "
            "The Omaha company earned $12.1 million, or 40 cents a share, compared with $17.3 million a year "
            "earlier. Revenue in the latest period rose 4% to $310 million.")
    refs = _refs(nlp, text)
    assert ("fourth-quarter", 44, 58, "2025-Q4") in refs
    assert ("a year earlier", 183, 197, "2024-Q4") in refs
    assert ("the latest period", 210, 227, "2025-Q4") in refs


def test_quarter_still_running_in_a_forecast_is_not_the_quarter_in_focus(nlp) -> None:
    text = ("Northwind Foods Inc. expects fourth-quarter profit to fall. "
            "Revenue in the latest period rose 4% to $310 million.")
    refs = {r[0]: r[3] for r in _refs(nlp, text)}
    assert refs["the latest period"] == "2025-Q3"  # the last quarter completed before publication


def test_length_labelled_as_a_number_is_a_duration(nlp) -> None:
    # the small model labels "about 3 1/2 hours" CARDINAL and "several quarters" CARDINAL here
    refs = _refs(nlp, "The minister spent two hours in Lusaka and then about 3 1/2 hours in Harare before flying home.")
    assert ("about 3 1/2 hours", 48, 65, "PT3H30M") in refs
    refs = _refs(nlp, "The company returned to profit after several quarters of heavy losses.")
    assert refs == [("several quarters", 37, 53, "P9M")]


def test_counted_thing_per_unit_is_no_length(nlp) -> None:
    refs = _refs(nlp, "The new chip runs 15 million instructions per second.")
    assert refs == []


def test_a_quarter_of_something_is_a_share(nlp) -> None:
    assert _refs(nlp, "Pension funds hold more than a quarter of the country's listed shares.") == []
    refs = _refs(nlp, "It took a quarter of a century to finish the cathedral.")
    assert refs == [("a quarter of a century", 8, 30, "P25Y")]


def test_the_future_of_something_is_no_time(nlp) -> None:
    assert _refs(nlp, "Delegates argued about the future of the trade pact.") == []
    refs = _refs(nlp, "Rates will stay low in the future, the bank said.")
    assert [r[:3] for r in refs] == [("the future", 23, 33)]


def test_quoted_programme_name_is_no_length(nlp) -> None:
    assert _refs(nlp, 'She told NBC\'s "48 Hours" that she had never met him.') == []
    assert _refs(nlp, "The talks lasted 48 hours.") == [("48 hours", 17, 25, "PT48H")]


def test_the_day_before_an_event_after_a_date_is_that_date(nlp) -> None:
    refs = _refs(nlp, "The fugitive was last seen Nov. 3, the day before police issued a warrant.")
    assert refs == [("Nov. 3", 27, 33, "2025-11-03"), ("the day before", 35, 49, "2025-11-03")]
    # without an event after it, it still counts back from the date
    refs = _refs(nlp, "He arrived on Nov. 3. He had left Boston the day before.")
    assert refs[-1] == ("the day before", 41, 55, "2025-11-02")


def _scorer():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "tempeval3.py"
    spec = importlib.util.spec_from_file_location("tempeval3_scorer", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_scorer_counts_unknown_quarters_in_months() -> None:
    te3 = _scorer()
    assert te3.norm_gold("PXQ") == "PXM"
    assert te3.norm_gold("P2Q") == "P6M"


def test_today_or_tomorrow_naming_an_era_is_no_date(nlp) -> None:
    assert _refs(nlp, "Social media shapes the views of today's youth, she said.") == []
    assert _refs(nlp, "In today's world, few people write letters.") == []
    assert _refs(nlp, "They are the leaders of tomorrow.") == []
    # the day itself stays a date
    assert _refs(nlp, "The offer appeared in today's editions of the paper.") == [("today", 22, 27, "2025-11-05")]
    assert _refs(nlp, "Tomorrow's meeting was cancelled.") == [("Tomorrow", 0, 8, "2025-11-06")]


def test_plural_weekday_part_of_day_is_a_weekly_set(nlp) -> None:
    refs = _refs(nlp, "The club is open on Tuesday nights.")
    assert refs == [("Tuesday nights", 20, 34, "R/2025-11-11T21:00/P1W")]
    refs = _refs(nlp, "He plays chess every Sunday morning.")
    assert refs == [("every Sunday morning", 15, 35, "R/2025-11-09T05:00/P1W")]
    # one night is still one night
    refs = _refs(nlp, "He left on Tuesday night.")
    assert refs == [("Tuesday night", 11, 24, "2025-11-04T21:00/2025-11-05T04:00")]


def test_scorer_maps_a_weekday_part_of_day_set_to_timeml() -> None:
    te3 = _scorer()
    assert te3.to_timeml("R/2025-11-11T21:00/P1W", "set", "recurring weekday night") == "XXXX-WXX-2TNI"
    assert te3.to_timeml("R/2025-11-09T05:00/P1W", "set", "recurring weekday morning") == "XXXX-WXX-7TMO"
    assert te3.to_timeml("R/2025-11-09/P1W", "set", "recurring weekday") == "XXXX-WXX-7"


def test_one_day_before_its_verb_is_some_day(nlp) -> None:
    refs = extract_times(nlp("Analysts say the city will one day be the largest port in the region."), "r8", REF)
    assert [(r.text, r.span.start, r.span.end, r.value) for r in refs] == [("one day", 27, 34, "2025-11-05/P10Y")]
    assert refs[0].reason.startswith("vague future")
    # after its verb it is a length
    assert _refs(nlp, "The strike lasted one day.") == [("one day", 18, 25, "P1D")]


def test_date_inside_the_subject_of_a_verb_of_saying_is_the_nearest(nlp) -> None:
    # the past is the saying's: the election the speaker is named for lies ahead
    refs = _refs(nlp, "The Republican nominee for the Nov. 8 election later said he was joking.", date(2016, 7, 31))
    assert refs == [("Nov. 8", 31, 37, "2016-11-08")]
    # the clause's own past still counts back
    refs = _refs(nlp, "The election was held on Nov. 8.", date(2016, 7, 31))
    assert refs == [("Nov. 8", 25, 31, "2015-11-08")]


def test_past_in_a_condition_under_would_looks_ahead(nlp) -> None:
    refs = _refs(nlp, "If the vote took place on Friday, the party would lose.")
    assert refs == [("Friday", 26, 32, "2025-11-07")]
    refs = _refs(nlp, "If he had won the vote on Friday, he would have resigned.")
    assert refs == [("Friday", 26, 32, "2025-10-31")]


def test_holiday_week_is_the_calendar_week_of_the_day(nlp) -> None:
    refs = _refs(nlp, "Pilgrims crowded the city during Easter week.", date(2000, 4, 22))
    assert refs == [("Easter week", 33, 44, "2000-W16")]  # Easter Sunday 2000-04-23 is in ISO week 16
    refs = _refs(nlp, "Traffic is heavy in Christmas week 2024.")
    assert refs == [("Christmas week 2024", 20, 39, "2024-W52")]
