"""Real-article round 17 (protests and crowds, helper 157).

Each test checks one rule found on real reports of marches and rallies, on sentences written for the
test: a day written before its month ("scheduled on 5 March") is a date, not a count, even where the
report gives no year to resolve it against; and a turnout of more than 100 counts people, not
percent, however the figure hangs on "turnout".
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Analysis, Article

from .analysed import analyse, figure_at


def _undated(nlp, text: str) -> Analysis:
    """The analysis of a report with no date in its metadata or its text."""
    article = Article(id="test", source="-", text=text)
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


# ---- quantities.exclusions._rank_or_day / _before_month


def test_day_before_month_is_no_figure_in_an_undated_report(nlp):
    # a time expression elsewhere ("two days") keeps the parser's DATE entities out of the exclusion
    text = ("The union abruptly called off its Spring Walk scheduled on 7 March, two days after it was approved.\n\n"
            "Officers warned six of its members on 4 March that they would be detained.\n")
    a = _undated(nlp, text)
    assert a.reference_date is None
    assert [q.text for q in a.quantities] == ["six"]
    assert figure_at(a, text, "six").unit == "members"


def test_count_before_a_verb_march_still_counts(nlp):
    text = "Police said 300 March through the city every year.\n"
    a = analyse(nlp, text, date(2023, 4, 9))
    assert [q.low for q in a.quantities] == [300]


# ---- quantities.units._share_or_count (a figure hung on "turnout" by "of")


def test_turnout_of_thousands_counts_people(nlp):
    text = "We expected a turnout of more than 30,000 on the day, the former mayor said.\n"
    a = analyse(nlp, text, date(2019, 12, 17))
    q = figure_at(a, text, "30,000")
    assert (q.low, q.approx, q.unit) == (30_000, "more than", "people")


def test_turnout_of_a_share_stays_percent(nlp):
    text = "Officials reported a turnout of 64, well below the last vote.\n"
    a = analyse(nlp, text, date(2019, 12, 17))
    assert figure_at(a, text, "64").unit == "percent"
