"""Fresh-text round 14 (20), linking: the size of a move ("shares rose 4%" one day, "fell 9%" a week
later) is two moves, not two views of one figure; two sources sizing one day's move still dispute."""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import CHANGE_MARK
from storyline.link.conflicts import ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

MON, NEXT_MON = date(2026, 3, 2), date(2026, 3, 9)


def q(article, qid, low, unit, subject=None, *, reason=f"number; {CHANGE_MARK} ('rose')"):
    return Quantity(id=qid, span=Span(article, 1, 4), sentence=Span(article, 0, 50), text=f"{low}%", low=low,
                    high=low, approx=None, unit=unit, subject=subject, attributed_to=None, as_of=None, reason=reason)


def test_a_move_is_keyed_apart_from_a_level():
    assert figure_key(q("a", "1", 4, "percent", "Halvern shares")) == ("percent change", "share")
    assert figure_key(q("a", "2", 4, "percent", "Halvern shares", reason="number")) == ("percent", "share")


def test_two_moves_a_week_apart_are_no_dispute():
    figures = [ReportedFigure(q("a1", "q1", 4, "percent", "Halvern shares"), MON, None),
               ReportedFigure(q("a2", "q2", 9, "percent", "The company's shares"), NEXT_MON, None)]
    assert figure_conflicts(figures) == []


def test_two_sources_sizing_one_days_move_dispute():
    figures = [ReportedFigure(q("a1", "q1", 4, "percent", "Halvern shares"), MON, "the exchange"),
               ReportedFigure(q("a2", "q2", 9, "percent", "Halvern shares"), MON, "traders")]
    (conflict,) = figure_conflicts(figures)
    assert conflict.sides == ("q1", "q2")
