"""Real-article round 17 (oil, gas and OPEC+ reports, helper 155): a rate written after an "of"
phrase naming the stuff a unit measures ("4.5 million barrels of oil per day", "2 million tonnes of
liquefied natural gas (LNG) a year") is a rate like "barrels per day"; and an infinitive on an event
noun that acts on an object of its own ("reached an agreement to extend the cuts to the end of
July") does not date the noun: the end of July is when the cuts end, not when the agreement was
made. Each is tested on invented sentences, asserting on values, units, periods, dates and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import PERIOD_MARK
from storyline.records import Analysis, Quantity

from .analysed import analyse as _run

DAY = date(2024, 6, 2)


def _figure(a: Analysis, text: str) -> Quantity:
    return next(q for q in a.quantities if q.text == text)


def test_a_rate_after_the_stuff_a_unit_measures_is_the_figures_rate(nlp):
    text = ("Kuwait pumps 2.4 million barrels of crude oil per day, the ministry said.\n\n"
            "The plant will ship 3 million tonnes of liquefied natural gas (LNG) a year to Japan.\n\n"
            "The port handled 40,000 tonnes of wheat last week.\n")
    a = _run(nlp, text, DAY)
    oil = _figure(a, "2.4 million")
    assert (oil.low, oil.unit) == (2_400_000, "barrels")
    assert oil.span.start == text.index("2.4 million")
    assert f"{PERIOD_MARK} day ('per day')" in oil.reason
    gas = _figure(a, "3 million")
    assert (gas.low, gas.unit) == (3_000_000, "tonnes")
    assert f"{PERIOD_MARK} year ('a year')" in gas.reason
    # no rate after the stuff: a total, not a rate
    wheat = _figure(a, "40,000")
    assert wheat.unit == "tonnes" and PERIOD_MARK not in wheat.reason


def test_an_infinitive_with_its_own_object_does_not_date_the_event_noun(nlp):
    text = ("The producers reached an agreement to extend their output curbs to the end of July.\n\n"
            "The ministers reached a deal to keep the export quotas in place until December.\n\n"
            "Talks to resume on Friday were called off.\n")
    a = _run(nlp, text, DAY)
    events = {text[e.trigger.start:e.trigger.end]: e for e in a.events}
    agreement = events["agreement"]
    assert agreement.trigger.start == text.index("agreement")
    assert agreement.modality == "happened"
    assert agreement.when is None or agreement.when.value == "2024-06-02"
    deal = events["deal"]
    assert deal.modality == "happened"
    assert deal.when is None or deal.when.value == "2024-06-02"
    # an infinitive with no object of its own still tells of the noun: the talks were due on Friday
    talks = events["Talks"]
    assert talks.modality == "cancelled"
    assert talks.when is not None and talks.when.span.start == text.index("Friday")
