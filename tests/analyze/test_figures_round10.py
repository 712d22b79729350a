"""Figures, round 10: what a figure two sources give for one thing takes from the figure before it
("put the number of households cut off at 240,000", "the figure is closer to 700", "analysts put it
at ..."), the subject of a cost ("the closure is costing shippers ...") and the period of a rate
("80 million euros a day")."""

from __future__ import annotations

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.quantities import ANTECEDENT_MARK, DEATH_MARK, PERIOD_MARK, extract_quantities

AID = "a1"


def _figures(nlp, text):
    doc = nlp(text)
    return extract_quantities(doc, AID, extract_quotes(doc, AID, [], None), [])


def _at(figs, text, surface):
    start = text.index(surface)
    return next((f for f in figs if f.span.start <= start < f.span.end), None)


GRID = (
    "VARNO, Nov 3 (Lakeside Wire) - A winter storm brought down power lines across the Varno region on Monday, "
    "leaving about 180,000 households without electricity, regional governor Petro Halych said.\n\n"
    "Schools in three districts were closed and trains between Varno and Dersk were suspended.\n\n"
    "The state grid operator Energoset put the number of households cut off at 240,000."
)


def test_number_of_a_counted_noun_speaks_again_of_the_earlier_count_paragraphs_before(nlp):
    figs = _figures(nlp, GRID)
    q = _at(figs, GRID, "240,000")
    assert (q.low, q.unit, q.subject) == (240000.0, "households", "the number of households cut off")
    assert f"{ANTECEDENT_MARK} 'about 180,000'" in q.reason
    assert _at(figs, GRID, "three").unit == "districts"


def test_number_of_people_forced_from_homes_is_no_second_count_of_the_dead(nlp):
    text = ("The regional emergency service said the death toll in the region had reached three. "
            "Officials put the number of people forced from their homes at 1,200.")
    q = _at(_figures(nlp, text), text, "1,200")
    assert (q.low, q.unit) == (1200.0, "people")
    assert q.subject.startswith("the number of people forced")
    assert ANTECEDENT_MARK not in q.reason and DEATH_MARK not in q.reason


def test_a_number_rising_to_a_level_is_no_estimate_of_an_earlier_count(nlp):
    text = ("The storm left 180,000 households without power, the governor said. By evening the number of "
            "households cut off rose to 240,000.")
    q = _at(_figures(nlp, text), text, "240,000")
    assert ANTECEDENT_MARK not in q.reason


def test_the_figure_is_closer_to_speaks_again_of_the_toll_before_it(nlp):
    text = ("The two sides still dispute the civilian toll. The Health Ministry said 412 civilians had been killed "
            "since June; the Front says the figure is closer to 700.")
    q = _at(_figures(nlp, text), text, "700")
    assert (q.low, q.unit) == (700.0, "civilians")
    assert f"{ANTECEDENT_MARK} '412'" in q.reason and DEATH_MARK in q.reason


def test_an_estimate_of_it_takes_the_subject_of_the_amount_before_it(nlp):
    text = ("Officials at the transport ministry estimate the cost of a new bridge at $210 million. "
            "Analysts put it at between $180 and $260 million.")
    figs = _figures(nlp, text)
    q = _at(figs, text, "between $180")
    assert (q.low, q.high, q.unit, q.subject) == (180e6, 260e6, "USD", "the cost of a new bridge")
    assert f"{ANTECEDENT_MARK} '$210 million'" in q.reason
    assert _at(figs, text, "$210").subject == "the cost of a new bridge"


def test_an_estimate_of_it_with_nothing_sized_before_keeps_no_subject(nlp):
    text = "The bridge collapsed on Saturday. Analysts put it at $40 million."
    q = _at(_figures(nlp, text), text, "$40")
    assert (q.unit, q.subject) == ("USD", None)
    assert ANTECEDENT_MARK not in q.reason


def test_a_rate_per_day_keeps_its_period_and_what_costs_it(nlp):
    text = ("The port authority said the closure of the river channel was costing shippers 80 million euros a day. "
            "The shippers' association said its members had lost 150 million euros in total.")
    figs = _figures(nlp, text)
    rate = _at(figs, text, "80 million")
    assert (rate.low, rate.unit, rate.subject) == (80e6, "EUR", "the closure of the river channel")
    assert f"{PERIOD_MARK} day ('a day')" in rate.reason
    total = _at(figs, text, "150 million")
    assert total.unit == "EUR" and PERIOD_MARK not in total.reason


def test_rates_per_hour_and_per_year(nlp):
    text = "The minimum wage is $7.25 an hour. The plant exports 2 billion dollars annually."
    figs = _figures(nlp, text)
    assert f"{PERIOD_MARK} hour ('an hour')" in _at(figs, text, "7.25").reason
    assert f"{PERIOD_MARK} year ('annually')" in _at(figs, text, "2 billion").reason


def test_a_day_after_is_a_time_not_a_rate(nlp):
    text = "The insurer paid 40 million euros a day after the collapse."
    q = _at(_figures(nlp, text), text, "40 million")
    assert q.unit == "EUR" and PERIOD_MARK not in q.reason
