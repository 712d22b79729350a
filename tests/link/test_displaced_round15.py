"""Counts of the displaced, round 15 (116): "245,000 people displaced", "212,000 people have been
displaced" and "310,000 people had fled their homes" are one measure (quantities.DISPLACED_MARK),
keyed with the date they are counted as of, so that NRC's count and IOM's for one date dispute each
other while IOM's counts of two dates are two states of a growing count. "64,300 displaced people"
(reached with food) only says who was counted and is no count of the displaced."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storyline.analyze.pipeline import analyze_text
from storyline.analyze.quantities import DISPLACED_MARK
from storyline.config import load_settings
from storyline.link.conflicts import DISPLACED, ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

from .test_conflicts_crowd_feeds import feed_conflicts

FEEDS = Path(__file__).parent.parent / "data" / "displaced_round15"
DISPLACED_REASON = f"number; {DISPLACED_MARK} ('displaced')"


def _figures(text: str) -> dict[str, str]:
    """Each figure's text, with its reason."""
    analysis = analyze_text(text, load_settings().model, published=date(2025, 3, 22))
    return {q.text: q.reason for q in analysis.quantities}


def test_a_count_of_people_displaced_or_fled_is_marked() -> None:
    figures = _figures("Displacement continues: 245,000 people displaced as of 21 March. "
                       "IOM estimates that 212,000 people have been displaced. "
                       "The council said that at least 310,000 people had fled their homes.")
    assert DISPLACED_MARK in figures["245,000"]
    assert DISPLACED_MARK in figures["212,000"]
    assert DISPLACED_MARK in figures["at least 310,000"]


def test_displaced_people_reached_with_food_are_no_count_of_the_displaced() -> None:
    figures = _figures("WFP has reached 64,300 displaced people with food. The agency said 5,000 people attended.")
    assert DISPLACED_MARK not in figures["64,300"]
    assert DISPLACED_MARK not in figures["5,000"]


def q(article: str, low: float, as_of: str | None, approx: str | None = None) -> Quantity:
    return Quantity(id=f"{article}{low}", span=Span(article, 1, 4), sentence=Span(article, 0, 50), text=f"{low:,.0f}",
                    low=low, high=low, approx=approx, unit="people", subject=None, attributed_to=None, as_of=as_of,
                    reason=DISPLACED_REASON)


def test_counts_of_one_date_dispute_and_counts_of_two_dates_do_not() -> None:
    assert figure_key(q("a", 245_000, "2025-03-21")) == ("people", f"{DISPLACED} as of 2025-03-21")
    iom = ReportedFigure(q("a", 245_000, "2025-03-21"), date(2025, 3, 22), "IOM DTM")
    nrc = ReportedFigure(q("b", 310_000, "2025-03-21", "at least"), date(2025, 3, 25), "NRC")
    later = ReportedFigure(q("c", 263_000, "2025-03-28"), date(2025, 3, 29), "OCHA")
    conflicts = figure_conflicts([iom, nrc, later])
    assert [(c.subject, c.articles) for c in conflicts] == [("people (displaced as of 2025-03-21)", ("a", "b"))]


def test_undated_counts_compare_only_on_one_day() -> None:
    a = ReportedFigure(q("a", 212_000, None), date(2025, 3, 15), "IOM DTM")
    b = ReportedFigure(q("b", 310_000, None), date(2025, 3, 25), "NRC")
    assert figure_conflicts([a, b]) == []
    same_day = ReportedFigure(q("c", 310_000, None), date(2025, 3, 15), "NRC")
    assert len(figure_conflicts([a, same_day])) == 1


def test_nrc_disputes_the_iom_count_of_the_same_date(tmp_path: Path) -> None:
    # OCHA sitrep No. 5: "245,000 people displaced as of 21 March (IOM DTM)"; NRC four days later: "at
    # least 310,000 people had been displaced as of 21 March"; sitreps No. 4 and 6 count other dates (the
    # crisis's MSF, Reuters and AP reports bring the NRC release into the sitreps' story)
    displaced = [(subject, reason) for kind, subject, reason in feed_conflicts(tmp_path, FEEDS / "sitreps.jsonl")
                 if "displaced" in subject]
    assert len(displaced) == 1
    subject, reason = displaced[0]
    assert subject == "people (displaced as of 2025-03-21)"
    assert "'245,000'" in reason and "'at least 310,000'" in reason
