"""Round 19 on real economic news (rate decisions, GDP and jobs revisions, growth forecasts): the
constructions that misread figures there, each with sentences of our own."""

from __future__ import annotations

from .analysed import figure_among, quantities_of


def test_rate_cut_by_a_percent_to_a_level_is_two_figures(nlp):
    """"reduce the rate by 0.25% to 3.75%": a change, then the level, never the range 0.25-3.75
    (the range had set a dissent's proposal against the decided level as a conflict)."""
    text = "Two policymakers voted to lower the policy rate by 0.25% to 4.5%."
    figures = quantities_of(nlp, text)
    change, level = figure_among(figures, text, "0.25"), figure_among(figures, text, "4.5")
    assert change is not level
    assert (change.low, change.high, change.text) == (0.25, 0.25, "0.25%")
    assert (level.low, level.high, level.text) == (4.5, 4.5, "4.5%")


def test_rate_raised_by_percent_word_to_a_level(nlp):
    text = "The central bank raised its key rate by 3 percent to 20 percent on Thursday."
    figures = quantities_of(nlp, text)
    assert [(q.low, q.high) for q in figures if q.unit == "percent"] == [(3.0, 3.0), (20.0, 20.0)]


def test_close_percent_ends_stay_a_range(nlp):
    """Ends within three times of each other stay a range ("cut by 2% to 3%")."""
    text = "Output was cut by 2% to 3% last year."
    q = figure_among(quantities_of(nlp, text), text, "2%")
    assert (q.low, q.high) == (2.0, 3.0)


def test_revised_up_to_is_a_level_not_a_bound(nlp):
    """"revised up to 3.1 percent", "pick up to 4.2 percent", "jumped up to 7%": the verb's particle
    and the level reached, not "at most"."""
    for text, number in [("Analysts expect the estimate to be revised up to 3.1 percent.", "3.1"),
                         ("Growth should pick up to 4.2 percent in 2026.", "4.2"),
                         ("The jobless rate jumped up to 7% in June.", "7%")]:
        q = figure_among(quantities_of(nlp, text), text, number)
        assert q.approx is None, text
        assert q.span.start == text.index(number), text


def test_up_to_after_other_verbs_stays_a_bound(nlp):
    text = "The storm could affect up to 40,000 homes."
    q = figure_among(quantities_of(nlp, text), text, "40,000")
    assert q.approx == "up to"
