"""Crowd sizes: a crowd, attendance, audience, turnout in people and marchers are one measure, compared
between the reports of one story about one day, and within a sentence of one report."""

from __future__ import annotations

from datetime import date

from storyline.link.conflicts import CROWD, FigureLedger, ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

SAT, SUN, NEXT_SAT = date(2026, 5, 9), date(2026, 5, 10), date(2026, 5, 16)


def q(article, qid, low, unit, subject=None, *, text=None, sentence=0, reason="number"):
    return Quantity(id=qid, span=Span(article, sentence + 1, sentence + 4), sentence=Span(article, sentence, sentence + 50),
                    text=text or f"{low:,}", low=low, high=low, approx=None, unit=unit, subject=subject,
                    attributed_to=None, as_of=None, reason=reason)


def test_crowd_attendance_and_audience_share_one_key():
    assert figure_key(q("a", "1", 31000, "people", "A crowd")) == ("people", CROWD)
    assert figure_key(q("a", "2", 29500, "people", "attendance")) == ("people", CROWD)
    assert figure_key(q("a", "3", 2000, "people", "an audience")) == ("people", CROWD)
    assert figure_key(q("a", "4", 40000, "people", "turnout")) == ("people", CROWD)


def test_turnout_in_percent_and_arrested_protesters_are_no_crowd():
    assert figure_key(q("a", "1", 62, "percent", "turnout")) == ("percent", "turnout")
    assert figure_key(q("a", "2", 50, "protesters"), "arrest") == ("protester", "@arrest")
    assert figure_key(q("a", "3", 50, "protesters")) is None


def test_marchers_counted_by_a_march_are_a_crowd():
    assert figure_key(q("a", "1", 5000, "protesters"), "march") == ("people", CROWD)
    assert figure_key(q("a", "2", 5000, "people"), "rall") == ("people", CROWD)  # "rallied", folded


def test_crowd_and_attendance_in_two_reports_of_one_day_conflict():
    figures = [ReportedFigure(q("a1", "q1", 12000, "people", "the crowd"), SAT, "Police"),
               ReportedFigure(q("a2", "q2", 45000, "people", "attendance"), SUN, "union")]
    (conflict,) = figure_conflicts(figures)
    assert conflict.subject == "crowd (people)"
    assert conflict.sides == ("q1", "q2")
    assert conflict.reason == "'12,000' (Police) vs '45,000' (union)"


def test_crowds_a_week_apart_are_two_crowds():
    figures = [ReportedFigure(q("a1", "q1", 12000, "people", "the crowd"), SAT, "Police"),
               ReportedFigure(q("a2", "q2", 45000, "people", "attendance"), NEXT_SAT, "union")]
    assert figure_conflicts(figures) == []


def test_a_source_revising_its_own_crowd_size_is_no_dispute():
    figures = [ReportedFigure(q("a1", "q1", 12000, "people", "the crowd"), SAT, "Police"),
               ReportedFigure(q("a2", "q2", 15000, "people", "the crowd"), SUN, "police")]
    assert figure_conflicts(figures) == []


def test_two_crowd_sizes_in_one_sentence_are_disputed_in_one_report():
    figures = [ReportedFigure(q("a1", "q1", 8000, "people", "the crowd"), SAT, "Police"),
               ReportedFigure(q("a1", "q2", 20000, "people", "attendance"), SAT, "organizers")]
    (conflict,) = figure_conflicts(figures)
    assert conflict.subject == "crowd (people, one report)"
    assert conflict.articles == ("a1", "a1")
    assert conflict.reason == "'8,000' (Police) vs '20,000' (organizers), in one report"


def test_crowd_sizes_in_two_sentences_of_one_report_are_not_disputed():
    figures = [ReportedFigure(q("a1", "q1", 8000, "people", "the crowd"), SAT, "Police"),
               ReportedFigure(q("a1", "q2", 20000, "people", "attendance", sentence=60), SAT, "organizers")]
    assert figure_conflicts(figures) == []


def test_crowd_sizes_that_overlap_do_not_conflict():
    figures = [ReportedFigure(q("a1", "q1", 8000, "people", "the crowd"), SAT, "Police"),
               ReportedFigure(q("a2", "q2", 8000, "people", "attendance"), SUN, "organizers")]
    assert figure_conflicts(figures) == []


def test_ledger_gives_the_crowd_conflicts_of_the_pass_over_every_report():
    figures = [ReportedFigure(q("a1", "q1", 8000, "people", "the crowd"), SAT, "Police"),
               ReportedFigure(q("a1", "q2", 20000, "people", "attendance"), SAT, "organizers"),
               ReportedFigure(q("a2", "q3", 45000, "people", "A crowd"), SUN, None)]
    ledger = FigureLedger()
    ledger.extend(figures[:2])
    ledger.extend(figures[2:])
    assert FigureLedger.from_json(ledger.to_json()).conflicts() == figure_conflicts(figures)
