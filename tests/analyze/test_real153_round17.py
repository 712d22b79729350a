"""Real-article round 17 (shipwrecks and migration, helper 153): a count "feared dead" is what a
source fears, marked a possible count that disputes no toll; and a rate of deaths ("six people a
day die") is keyed as a rate, never set against one wreck's toll ("five were found dead")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.analyze.quantities import DEATH_MARK, PERIOD_MARK, POSSIBLE_MARK
from storyline.link.conflicts import DEAD, ReportedFigure, figure_conflicts, figure_key
from storyline.records import Analysis, Quantity, Span

from .analysed import analyse as _run

DAY = date(2019, 2, 6)


def _figure(a: Analysis, text: str) -> Quantity:
    return next(q for q in a.quantities if q.text == text)


def _in(q: Quantity, article: str) -> Quantity:
    """The figure as one of another article's (every analysed text here is article "test")."""
    return replace(q, id=f"{article}-{q.id}", span=replace(q.span, article_id=article),
                   sentence=replace(q.sentence, article_id=article))


def test_a_count_feared_dead_is_a_possible_count(nlp):
    text = ("Yemen: 90 feared dead after a ferry overturns\n\n"
            "About 60 migrants are feared dead after their dinghy deflated off Tunisia, the agency said.\n\n"
            "Coast guards said 14 people were found dead on the beach.\n")
    a = _run(nlp, text, DAY)
    headline = _figure(a, "90")
    assert headline.span.start == text.index("90")
    assert headline.unit == "people" and POSSIBLE_MARK in headline.reason
    assert figure_key(headline) is None  # compared with no toll
    feared = _figure(a, "About 60")
    assert feared.unit == "migrants" and POSSIBLE_MARK in feared.reason
    found = _figure(a, "14")
    assert DEATH_MARK in found.reason and POSSIBLE_MARK not in found.reason
    assert figure_key(found) == ("people", DEAD)


def test_a_rate_of_deaths_disputes_no_toll(nlp):
    rate_text = "Aid groups warn that eight people a day die on the desert route.\n"
    toll_text = "Rescuers said seven people were found dead near the well.\n"
    rate = _in(_figure(_run(nlp, rate_text, DAY), "eight"), "a1")
    toll = _in(_figure(_run(nlp, toll_text, DAY), "seven"), "a2")
    assert DEATH_MARK in rate.reason and f"{PERIOD_MARK} day" in rate.reason
    assert figure_key(rate) == ("people per day", DEAD)
    assert figure_key(toll) == ("people", DEAD)
    reported = [ReportedFigure(rate, DAY, "Aid groups"), ReportedFigure(toll, DAY, "Rescuers")]
    assert figure_conflicts(reported) == []
    # two rates of deaths over one period still dispute each other
    other = Quantity(id="q9", span=Span("a3", 10, 12), sentence=Span("a3", 0, 60), text="20", low=20, high=20,
                     approx=None, unit="people", subject=None, attributed_to=None, as_of=None,
                     reason=rate.reason)
    assert len(figure_conflicts(reported + [ReportedFigure(other, DAY, "the ministry")])) == 1
