"""Real-article round 17 (disaster tolls): a toll a source only fears ("police say the toll could
rise to 240", beside their "154 confirmed dead") is no count to set against another source's."""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import POSSIBLE_MARK
from storyline.link.conflicts import DEAD, ReportedFigure, figure_key, in_article_disputes
from storyline.records import Quantity, Span

MAR1 = date(2011, 3, 1)


def _toll(qid: str, start: int, low: float, reason: str) -> Quantity:
    return Quantity(id=qid, span=Span("a1", start, start + 3), sentence=Span("a1", start - 40, start + 20),
                    text=f"{low:g}", low=low, high=low, approx=None, unit="people", subject=None,
                    attributed_to=None, as_of=None, reason=reason)


def test_a_feared_toll_is_keyed_with_no_count_and_disputes_none():
    confirmed = _toll("q1", 50, 154, "number; in a report ('say'); counts the dead ('killed')")
    feared = _toll("q2", 150, 240, f"number; in a report ('say'); {POSSIBLE_MARK} ('may'); counts the dead ('died')")
    assert figure_key(confirmed, "kill")[1] == DEAD
    assert figure_key(feared, "kill") is None
    figures = [ReportedFigure(confirmed, MAR1, "police", "kill", "killed"),
               ReportedFigure(feared, MAR1, "Superintendent Dave Cliff", "kill", "died")]
    assert in_article_disputes(figures) == []
