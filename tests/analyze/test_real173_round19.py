"""Real-article round 19 (disputed and postponed elections): figure rules seen in turnout reports."""

from __future__ import annotations

from datetime import date

from .analysed import analyse, figure_at

DAY = date(2024, 1, 8)


def test_a_year_before_a_contest_noun_dates_it_and_counts_nothing(nlp):
    text = "The subsequent 2014 polls, which the main party shunned, drew over 30 per cent of voters."
    a = analyse(nlp, text, DAY)
    assert [q.text for q in a.quantities] == ["over 30 per cent"]


def test_a_time_after_a_fraction_of_a_baseline_figure_dates_the_baseline(nlp):
    text = "Turnout stood near 38 percent, the election chief said, barely half of the 76 percent in the 2019 vote."
    a = analyse(nlp, text, DAY)
    assert figure_at(a, text, "38").as_of is None
    assert figure_at(a, text, "76").as_of == "2019"
