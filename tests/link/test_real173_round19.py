"""Real-article round 19 (disputed elections): a figure of an hour or of a past election is another
state of its subject, no rival of the day's figure."""

from __future__ import annotations

from datetime import date

from storyline.link.conflicts import ReportedFigure, figure_conflicts
from storyline.records import Quantity, Span

DAY = date(2024, 1, 8)


def _turnout(qid: str, article: str, low: float, as_of: str | None, published: date | None = DAY) -> ReportedFigure:
    q = Quantity(id=qid, span=Span(article, 40, 43), sentence=Span(article, 10, 70), text=f"{low:g} percent",
                 low=low, high=low, approx=None, unit="percent", subject="turnout", attributed_to=None,
                 as_of=as_of, reason="number")
    return ReportedFigure(q, published, None)


def test_a_turnout_at_an_hour_disputes_no_turnout_of_the_day():
    assert figure_conflicts([_turnout("q1", "a1", 27, "2024-01-07T15:00"), _turnout("q2", "a2", 41, None)]) == []


def test_two_turnouts_of_one_hour_still_dispute():
    assert len(figure_conflicts([_turnout("q1", "a1", 27, "2024-01-07T15:00"),
                                 _turnout("q2", "a2", 35, "2024-01-07T15:00")])) == 1


def test_a_past_elections_turnout_disputes_no_turnout_of_this_one_but_two_of_it_do():
    assert figure_conflicts([_turnout("q1", "a1", 80, "2018"), _turnout("q2", "a2", 41, None)]) == []
    assert len(figure_conflicts([_turnout("q1", "a1", 80, "2018"), _turnout("q2", "a2", 60, "2018")])) == 1


def test_a_turnout_with_no_date_still_disputes_another():
    assert len(figure_conflicts([_turnout("q1", "a1", 27, None), _turnout("q2", "a2", 41, None)])) == 1


def test_a_vague_past_reference_is_no_hour():
    assert len(figure_conflicts([_turnout("q1", "a1", 27, "PAST_REF"), _turnout("q2", "a2", 41, None)])) == 1
