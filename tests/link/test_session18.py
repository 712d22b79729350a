"""Linking rules of developer session 18 not owned by a helper round."""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import TOTAL_MARK
from storyline.link.conflicts import DEAD, ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

DAY = date(2023, 10, 18)
CAMPAIGN = f"number; qualifier 'at least'; {TOTAL_MARK} over ('the nine-day shelling'); counts the dead ('killed')"
ONE_BLAST = "number; counts the dead ('killed')"


def _dead(qid: str, article: str, low: float, high: float, reason: str, source: str | None = None) -> ReportedFigure:
    q = Quantity(id=qid, span=Span(article, 40, 43), sentence=Span(article, 10, 70), text=f"{low:g}",
                 low=low, high=high, approx=None, unit="people", subject=None, attributed_to=None,
                 as_of=None, reason=reason)
    return ReportedFigure(q, DAY, source, "kill", "killed")


def test_a_campaigns_toll_is_keyed_by_its_period():
    campaign = _dead("q1", "a1", 2400, 2400, CAMPAIGN).quantity
    assert figure_key(campaign) == ("people", f"{DEAD} (total over nine-day shelling)")


def test_a_campaigns_toll_disputes_no_toll_of_one_blast_but_two_blast_tolls_still_do():
    blast = _dead("q1", "a1", 300, 300, ONE_BLAST, "the army")
    assert figure_conflicts([blast, _dead("q2", "a2", 420, 420, CAMPAIGN, "the ministry")]) == []
    assert len(figure_conflicts([blast, _dead("q3", "a3", 250, 250, ONE_BLAST, "the ministry")])) == 1
