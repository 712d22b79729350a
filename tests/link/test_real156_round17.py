"""Real-article round 17 (hostage releases, helper 156): a count named by its doer ("Hamas will
release 10 hostages on Tuesday") is the plan's while the event counting it is planned, keyed apart
from the count of what was done ("24 hostages were released by Hamas"), as a count with no subject
already is. Plans from two sources still dispute each other."""

from __future__ import annotations

from datetime import date

from storyline.link.conflicts import ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

DAY = date(2023, 11, 27)


def _count(qid: str, article: str, low: float) -> Quantity:
    return Quantity(id=qid, span=Span(article, 40, 43), sentence=Span(article, 10, 90),
                    text=f"{low:g}", low=low, high=low, approx=None, unit="hostages", subject="Ravel Front",
                    attributed_to=None, as_of=None, reason="number")


def test_a_planned_count_with_a_doer_is_keyed_apart_from_the_done_count():
    plan = _count("q1", "a1", 10)
    done = _count("q2", "a2", 24)
    assert figure_key(plan, "release", planned=True) != figure_key(done, "release")
    reported = [ReportedFigure(plan, DAY, None, "release", "release", True),
                ReportedFigure(done, DAY, None, "release", "released", False)]
    assert figure_conflicts(reported) == []


def test_two_sources_plans_still_dispute():
    reported = [ReportedFigure(_count("q1", "a1", 10), DAY, "the mediator", "release", "release", True),
                ReportedFigure(_count("q2", "a2", 30), DAY, "the militia", "release", "release", True)]
    (conflict,) = figure_conflicts(reported)
    assert conflict.subject == "front (hostage, planned)"


def test_two_sources_done_counts_still_dispute():
    reported = [ReportedFigure(_count("q1", "a1", 10), DAY, "the mediator", "release", "released"),
                ReportedFigure(_count("q2", "a2", 30), DAY, "the militia", "release", "freed")]
    assert len(figure_conflicts(reported)) == 1
