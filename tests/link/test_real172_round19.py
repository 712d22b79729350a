"""Real round 172: an earlier count disputes nothing. "The ministry said the death toll rose to
2,681 ... The toll reported by the ministry earlier today stated that 2,497 people were killed"
reads the toll's noun as the second figure's source; marked an earlier count
(``quantities.EARLIER_MARK``), the figure is keyed by nothing, so neither its own report's new
count nor another report's is set against it. Figures are invented."""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities.notes import DEATH_MARK, EARLIER_MARK
from storyline.link.conflicts import ReportedFigure, figure_conflicts, figure_key, in_article_disputes
from storyline.records import Quantity, Span

KILLED = f"number; in a report ('say'); {DEATH_MARK} ('killed')"
EARLIER = f"{KILLED}; {EARLIER_MARK} ('previous')"


def _fig(article: str, qid: str, start: int, low: float, by: str, reason: str, day: date) -> ReportedFigure:
    quantity = Quantity(id=qid, span=Span(article, start, start + 3), sentence=Span(article, start - 20, start + 80),
                        text=f"{low:g}", low=low, high=low, approx=None, unit="people", subject=None,
                        attributed_to=None, as_of=None, reason=reason)
    return ReportedFigure(quantity, day, by, "kill", "killed")


def test_an_earlier_count_is_keyed_by_nothing() -> None:
    f = _fig("a1", "q1", 100, 388, "A previous toll", EARLIER, date(2023, 9, 10))
    assert figure_key(f.quantity, f.event) is None


def test_an_earlier_count_in_its_own_report_is_no_dispute() -> None:
    day = date(2023, 9, 11)
    new = _fig("a1", "q1", 100, 412, "The ministry", KILLED, day)
    old = _fig("a1", "q2", 300, 388, "The toll", EARLIER, day)
    assert in_article_disputes([new, old]) == []
    # the same two figures without the mark are two sources' tolls that disagree
    assert in_article_disputes([new, _fig("a1", "q2", 300, 388, "The toll", KILLED, day)]) != []


def test_an_earlier_count_is_no_dispute_with_another_report() -> None:
    old = _fig("a1", "q1", 300, 388, "A previous toll", EARLIER, date(2023, 9, 10))
    other = _fig("a2", "q2", 100, 412, "The interior ministry", KILLED, date(2023, 9, 10))
    assert figure_conflicts([old, other]) == []
    assert figure_conflicts([_fig("a1", "q1", 300, 388, "A previous toll", KILLED, date(2023, 9, 10)), other]) != []
