"""Real-article round 17 (armed-conflict claims, helper 144): a noun's "-men" plural keys with its
"-man" singular, so "one policeman was killed" and "we killed two policemen" count one group."""

from __future__ import annotations

from datetime import date

from storyline.link.conflicts import ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

DAY = date(2017, 6, 6)
DEAD = "number; in a report ('say'); counts the dead ('killed')"


def _count(qid: str, article: str, low: float, unit: str, reason: str = DEAD, subject: str | None = None) -> Quantity:
    return Quantity(id=qid, span=Span(article, 40, 43), sentence=Span(article, 10, 70),
                    text=f"{low:g}", low=low, high=low, approx=None, unit=unit, subject=subject,
                    attributed_to=None, as_of=None, reason=reason)


def test_one_policeman_against_two_policemen_is_a_dispute():
    one = _count("q1", "a1", 1, "policeman")
    four = _count("q2", "a2", 2, "policemen")
    reported = [ReportedFigure(one, DAY, "a police officer", "kill", "killed"),
                ReportedFigure(four, DAY, "the militants' spokesman", "kill", "killed")]
    assert len(figure_conflicts(reported)) == 1


def test_men_plural_and_man_singular_key_one_noun():
    a = _count("q1", "a1", 3, "gunmen", "number", "the raid")
    b = _count("q2", "a2", 5, "gunman", "number", "the raid")
    assert figure_key(a) == figure_key(b) == ("gunman", "raid")
    w = _count("q3", "a3", 3, "women", "number", "the raid")
    assert figure_key(w) == ("woman", "raid")
