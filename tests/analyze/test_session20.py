"""Analysis rules of developer session 20 not owned by a helper round, on sentences written for the test."""

from __future__ import annotations

from datetime import date

from storyline.analyze.timex import infer_reference_date


# ---- timex.reference_date: a weekday with its day before the month ("Monday 25 May") fixes the year


def test_a_british_weekday_date_fixes_the_year_of_an_undated_report(nlp):
    text = ("Rail workers will walk out on Monday 25 May, the union said.\n"
            "The last national rail strike was in 1994; a new pay deal is due by 2016.\n"
            "Pay talks began in 2014 and broke down this week.\n")
    found = infer_reference_date(nlp(text), None)
    # 25 May fell on a Monday in 2015, the first such year from the one before the latest mentioned
    assert found is not None and found[0] == date(2015, 5, 25)
    assert "Monday 25 May" in found[1]


def test_a_british_weekday_date_in_the_urls_month_gives_the_day(nlp):
    text = "Doctors will strike from 8am on Tuesday 12 January, the association announced.\n"
    found = infer_reference_date(nlp(text), "https://news.example.com/2016/01/doctors-strike")
    assert found is not None and found[0] == date(2016, 1, 12)


def test_a_lower_case_month_word_after_a_day_is_no_date(nlp):
    # "Friday 13 may ..." is a count and a verb, not the 13th of May
    text = "Voters went to the polls on Friday 13 may have changed their minds since 2019.\n"
    found = infer_reference_date(nlp(text), None)
    assert found is None or found[0].month != 5


def test_a_weekday_date_may_fall_in_the_year_before_a_deadline_the_report_names(nlp):
    text = ("The union said on Monday, May 25 that members would strike.\n"
            "The company must settle the pension deficit by December 2016.\n")
    found = infer_reference_date(nlp(text), None)
    # May 25 fell on a Monday in 2015; the next such year after 2016 is 2020
    assert found is not None and found[0] == date(2015, 5, 25)
