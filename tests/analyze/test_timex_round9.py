"""Time expressions, round 9 (fresh wire-style probes): a weekday or weekend counted within a month, a
date range given its year by "next year", the midnight just past, named days defined from another
(Black Friday), a weekday that restates the named day before it, the part of a day after "late on",
a present the tagger reads as a bare verb, a span of years without "from", a weekday that is a
character's name, and a sentence-final full month name whose dot is no abbreviation's."""

from __future__ import annotations

from datetime import date

from storyline.analyze.timenorm import normalize
from storyline.analyze.timex import extract_times

REF = date(2026, 5, 6)  # a Wednesday


def _refs(nlp, text: str, ref: date = REF):
    return [(r.text, r.span.start, r.span.end, r.value) for r in extract_times(nlp(text), "r9", ref)]


def test_weekday_or_weekend_counted_within_a_month(nlp) -> None:
    text = "The regatta is held on the second weekend of August, and the final on the last Sunday of August."
    refs = _refs(nlp, text)
    assert ("the second weekend of August", 23, 51, "2026-08-08/2026-08-09") in refs
    assert ("the last Sunday of August", 70, 95, "2026-08-30") in refs
    # "of each month" is a monthly set, not the next such weekday
    refs = _refs(nlp, "The council sits on the third Thursday of each month.")
    assert refs == [("the third Thursday of each month", 20, 52, "R/P1M")]
    assert normalize("the first Monday of next month", REF).value == "2026-06-01"
    assert normalize("the last Friday of February 2025", REF).value == "2025-02-28"


def test_deictic_year_after_a_day_or_range_gives_its_year(nlp) -> None:
    refs = _refs(nlp, "The summit will be held from June 9 to 11 next year, diplomats said.")
    assert ("June 9 to 11 next year", 29, 51, "2027-06-09/2027-06-11") in refs
    assert normalize("on Sept. 14 last year", REF).value == "2025-09-14"
    # a month alone keeps its own rule
    assert normalize("June last year", REF).value == "2025-06"


def test_bare_midnight_told_in_the_past_is_the_one_just_past(nlp) -> None:
    refs = _refs(nlp, "The curfew began at midnight, police said.")
    assert ("midnight", 20, 28, "2026-05-05T24:00") in refs
    refs = _refs(nlp, "The curfew will begin at midnight.")
    assert ("midnight", 25, 33, "2026-05-06T24:00") in refs


def test_named_day_defined_from_another(nlp) -> None:
    assert normalize("Black Friday", date(2024, 11, 20)).value == "2024-11-29"  # Thanksgiving was Nov. 28
    assert normalize("Cyber Monday 2026", REF).value == "2026-11-30"
    refs = _refs(nlp, "Queues formed outside the mall before Black Friday.", date(2026, 11, 25))
    assert ("Black Friday", 38, 50, "2026-11-27") in refs


def test_weekday_after_a_named_day_is_that_day(nlp) -> None:
    # Christmas 2026 is a Friday; the present "plan" alone would read the Friday as the next one
    text = "Families plan to gather after Christmas on Friday, the survey found."
    refs = _refs(nlp, text, date(2026, 12, 26))
    assert ("Christmas", 30, 39, "2026-12-25") in refs
    assert ("Friday", 43, 49, "2026-12-25") in refs


def test_part_of_day_after_late_on(nlp) -> None:
    refs = _refs(nlp, "The ferry docked late on Tuesday after a storm.")
    assert refs == [("late on Tuesday", 17, 32, "2026-05-05T18:00/2026-05-05T23:59")]


def test_present_tagged_as_bare_verb_schedules(nlp) -> None:
    # the tagger reads "go" as a bare form: its plural subject with a phrase between
    refs = _refs(nlp, "Voters in Ostrava go to the polls on Saturday for the first time since 2018.")
    assert ("Saturday", 37, 45, "2026-05-09") in refs


def test_span_of_years_without_from(nlp) -> None:
    refs = _refs(nlp, "Exports doubled 2011 to 2016, the agency said.")
    assert ("2011 to 2016", 16, 28, "2011/2016") in refs
    # and the plural unit that names the span is the span, not a vague count of years
    refs = _refs(nlp, "The audit covers the years 2011 to 2016 in detail.")
    assert refs == [("the years 2011 to 2016", 17, 39, "2011/2016")]
    assert normalize("the period 2015-2020", REF).value == "2015/2020"


def test_weekday_owned_by_a_person_is_a_name(nlp) -> None:
    assert _refs(nlp, "The play casts him as Robinson Crusoe's Friday.") == []
    refs = _refs(nlp, "The senator's Friday speech drew protests.")
    assert [r[0] for r in refs] == ["Friday"]


def test_dot_after_full_month_name_ends_the_sentence(nlp) -> None:
    refs = _refs(nlp, "Exams start on the first Monday of June.")
    assert refs == [("the first Monday of June", 15, 39, "2026-06-01")]


def test_two_units_from_the_reference(nlp) -> None:
    assert normalize("the week after next", REF).value == "2026-W21"
    assert normalize("the month before last", REF).value == "2026-03"
    refs = _refs(nlp, "The inspectors will return the week after next.")
    assert refs == [("the week after next", 27, 46, "2026-W21")]


def test_half_year_codes(nlp) -> None:
    refs = _refs(nlp, "Margins improved in H1 2026 after a weak 2H25, the bank said.")
    assert ("H1 2026", 20, 27, "2026-H1") in refs
    assert ("2H25", 41, 45, "2025-H2") in refs


def test_clock_range_takes_the_day_named_after_it(nlp) -> None:
    refs = _refs(nlp, "The polling station stays open from 8 a.m. to 6 p.m. on Sunday.")
    assert [r[3] for r in refs] == ["2026-05-10T08:00/2026-05-10T18:00"]
    # a range that ends at an earlier clock runs past midnight
    assert normalize("from 10 p.m. to 2 a.m.", REF).value == "2026-05-06T22:00/2026-05-07T02:00"


def test_every_other_weekday_is_fortnightly(nlp) -> None:
    refs = _refs(nlp, "The market is held every other Saturday.")
    assert refs == [("every other Saturday", 19, 39, "R/2026-05-09/P2W")]


def test_counts_written_with_odd_or_thousands_separators(nlp) -> None:
    assert normalize("forty-odd years", REF).value == "P40Y"
    refs = _refs(nlp, "The hostages were held for 1,200 days.")
    assert refs == [("1,200 days", 27, 37, "P1200D")]


def test_lower_case_holiday_name_is_no_named_day(nlp) -> None:
    refs = _refs(nlp, "Counting starts at 9 p.m. on election day.")
    assert [r[3] for r in refs] == ["2026-05-06T21:00"]
    refs = _refs(nlp, "Counting starts at 9 p.m. on Election Day.", date(2026, 10, 20))
    assert refs[-1][3] == "2026-11-03T21:00"


def test_season_written_with_a_hyphen_and_a_fortnight(nlp) -> None:
    refs = _refs(nlp, "Their 2026-27 budget was approved after a fortnight of talks.")
    assert ("2026-27", 6, 13, "2026/2027") in refs
    assert ("a fortnight", 40, 51, "P2W") in refs


def test_clock_converted_to_another_zone_keeps_the_moment(nlp) -> None:
    refs = _refs(nlp, "The blast occurred at 1:10 a.m. Tuesday (2210 GMT Monday), police said.")
    assert ("1:10 a.m. Tuesday", 22, 39, "2026-05-05T01:10") in refs
    assert ("2210 GMT Monday", 41, 56, "2026-05-04T22:10") in refs


def test_semi_annual_and_length_per_period_are_sets(nlp) -> None:
    refs = _refs(nlp, "Dividends are paid semi-annually.")
    assert refs == [("semi-annually", 19, 32, "R/P6M")]
    refs = _refs(nlp, "Nurses worked 12 hours a day during the outbreak.")
    assert ("12 hours a day", 14, 28, "R/P1D") in refs
    assert normalize("five days a week", REF).value == "R/P1W"


def test_year_to_a_date_is_a_reporting_period(nlp) -> None:
    refs = _refs(nlp, "Profit in the year to June 30 rose 12%.")
    assert ("the year", 10, 18, "P1Y") in refs
    assert ("June 30", 22, 29, "2025-06-30") in refs  # reported in the past: the last one
