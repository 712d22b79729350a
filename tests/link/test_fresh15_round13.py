"""Fresh-text round 13 (15), linking: the size a crowd is expected to reach is the plan's, no view of
the size of a rally that gathered ("police had warned of a planned protest of up to 5,000 people"
the day after organisers said "more than 8,000 had turned out")."""

from __future__ import annotations

from datetime import date

from storyline.link.conflicts import CROWD, PLANNED, ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

TUE, WED = date(2026, 6, 9), date(2026, 6, 10)


def q(article, qid, low, unit, subject=None, *, approx=None):
    return Quantity(id=qid, span=Span(article, 1, 4), sentence=Span(article, 0, 50), text=f"{low:,}", low=low,
                    high=low, approx=approx, unit=unit, subject=subject, attributed_to=None, as_of=None,
                    reason="number")


def test_a_planned_crowd_is_keyed_apart():
    assert figure_key(q("a", "1", 5000, "people"), "protes", planned=True) == ("people", CROWD + PLANNED)
    assert figure_key(q("a", "2", 8000, "people", "crowd")) == ("people", CROWD)


def test_a_planned_protest_size_does_not_dispute_a_gathered_crowd():
    figures = [ReportedFigure(q("a1", "q1", 8000, "people", "crowd", approx="more than"), TUE, "organisers"),
               ReportedFigure(q("a2", "q2", 5000, "people", approx="up to"), WED, "provincial police",
                              event="protes", planned=True)]
    assert figure_conflicts(figures) == []


def test_two_planned_crowd_sizes_of_one_day_still_conflict():
    figures = [ReportedFigure(q("a1", "q1", 5000, "people"), TUE, "police", event="protes", planned=True),
               ReportedFigure(q("a2", "q2", 20000, "people"), WED, "organisers", event="protes", planned=True)]
    (conflict,) = figure_conflicts(figures)
    assert conflict.sides == ("q1", "q2")
