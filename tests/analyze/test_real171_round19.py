"""A full date naming an earlier event does not date a report (real round 171; invented texts).

An article with no publication date is dated from the latest full date in its text. AP style sets
the date of a known earlier event between a determiner or possessive and the event's noun ("the
Oct. 7, 2023, attack", "Hamas' October 7, 2023, raid"): that is background, never the report's own
day, and taken as the latest date it dated a February 2025 report to October 2023. A full date that
dates a clause ("On March 3, 2024, the army said") still dates the report.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.timex import infer_reference_date


def test_an_event_named_by_its_date_leaves_the_report_undated(nlp):
    text = ("The exchange of captives was delayed again on Saturday, mediators said.\n"
            "The truce halted fighting that began with the militants' Oct. 7, 2023, attack on border "
            "towns.\n")
    found = infer_reference_date(nlp(text), None)
    assert found is None or found[0] != date(2023, 10, 7)


def test_a_later_event_named_by_its_date_does_not_outrank_the_reports_date(nlp):
    text = ("The party appealed on Jan. 10, 2024, officials said.\n"
            "The count from the Nov. 5, 2024, election was disputed.\n")
    found = infer_reference_date(nlp(text), None)
    assert found is not None and found[0] == date(2024, 1, 10)


def test_a_date_that_opens_a_clause_still_dates_the_report(nlp):
    text = ("Two soldiers were killed near the border in a drone strike, the second such attack in a "
            "month, and an inquiry was opened.\nOn March 3, 2024, the army said the drone came from the "
            "north.\n")
    found = infer_reference_date(nlp(text), None)
    assert found is not None and found[0] == date(2024, 3, 3)


def test_the_possessive_before_a_named_event(nlp):
    text = ("Talks on the next release stalled, a mediator said.\n"
            "Hamas' October 7, 2023, attack set off the war.\n")
    found = infer_reference_date(nlp(text), None)
    assert found is None or found[0] != date(2023, 10, 7)
