"""Running totals (real-article round 17, helper 158): a total ("a total of 69 hostages have been
released", "58 so far") sums the stages ("24 hostages were freed on Friday") and grows with each, so
it is keyed apart from single counts, with its start when it names one ("since 2014"), and two
totals are compared only when both reports are dated and of one day. A toll of one attack stays one
toll whether or not it says "so far"."""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import TOTAL_MARK
from storyline.link.conflicts import DEAD, ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

DAY = date(2023, 11, 28)


def _count(qid: str, article: str, low: float, unit: str, reason: str = "number") -> Quantity:
    return Quantity(id=qid, span=Span(article, 40, 43), sentence=Span(article, 10, 70),
                    text=f"{low:g}", low=low, high=low, approx=None, unit=unit, subject=None,
                    attributed_to=None, as_of=None, reason=reason)


def _freed(qid: str, article: str, low: float, reason: str = "number", published: date | None = DAY) -> ReportedFigure:
    return ReportedFigure(_count(qid, article, low, "hostages", reason), published, None, "release", "released")


SO_FAR = f"number; {TOTAL_MARK} ('so far')"
A_TOTAL = f"number; qualifier 'a total of'; {TOTAL_MARK} ('a total of')"
DEAD_SINCE = f"number; {TOTAL_MARK} since ('2014'); counts the dead ('drowned')"
DEAD_SO_FAR = f"number; {TOTAL_MARK} ('so far'); counts the dead ('killed')"
DEATHS = "number; counts the dead ('killed')"


def test_a_total_is_keyed_apart_from_single_counts_with_its_start():
    assert figure_key(_count("q1", "a1", 24, "hostages"), "release") == ("hostage", "@release")
    assert figure_key(_count("q2", "a2", 58, "hostages", SO_FAR), "release") == ("hostage", "@release (total)")
    since = _count("q3", "a3", 199, "people", DEAD_SINCE)
    assert figure_key(since) == ("people", f"{DEAD} (total since 2014)")
    assert figure_key(_count("q4", "a4", 40, "people", DEAD_SO_FAR)) == ("people", DEAD)


def test_a_total_disputes_no_stage():
    assert figure_conflicts([_freed("q1", "a1", 24), _freed("q2", "a2", 69, A_TOTAL)]) == []
    assert figure_conflicts([_freed("q1", "a1", 24, published=None), _freed("q2", "a2", 58, SO_FAR, None)]) == []


def test_totals_of_undated_or_other_days_reports_do_not_dispute_but_of_one_day_do():
    assert figure_conflicts([_freed("q1", "a1", 58, SO_FAR, None), _freed("q2", "a2", 69, A_TOTAL, None)]) == []
    assert figure_conflicts([_freed("q1", "a1", 58, SO_FAR, DAY),
                             _freed("q2", "a2", 69, A_TOTAL, date(2023, 11, 29))]) == []
    assert len(figure_conflicts([_freed("q1", "a1", 58, SO_FAR), _freed("q2", "a2", 69, A_TOTAL)])) == 1


def test_a_total_since_a_start_disputes_no_toll_of_one_wreck_but_two_tolls_of_one_attack_still_do():
    wreck = ReportedFigure(_count("q1", "a1", 130, "people", DEATHS), DAY, None, "kill", "killed")
    since = ReportedFigure(_count("q2", "a2", 199, "people", DEAD_SINCE), DAY, None, "kill", "drowned")
    assert figure_conflicts([wreck, since]) == []
    so_far = ReportedFigure(_count("q3", "a3", 100, "people", DEAD_SO_FAR), DAY, "police", "kill", "killed")
    assert len(figure_conflicts([wreck, so_far])) == 1
