"""Figures and modality on arms and nuclear reports (real-article round 18, helper 164).

Each test checks one rule found on real reports of warhead estimates, tank pledges and refused
inspections, on sentences written for the test: a comparative bound under "not" turns the other
way ("not more than 20" is at most 20); "at most" / "at least" written after the counted noun
bounds the figure; a bare number between a name and the plural noun both modify is a model
("Leopard 2 tanks"), not a count; and the to-infinitive of a noun that was refused ("did not
accept our request to visit", "blocked attempts to investigate") names an act that did not happen.
"""

from __future__ import annotations

from storyline.analyze.quantities import extract_quantities

from .test_events_round8 import run

AID = "a1"


def figures(nlp, text: str):
    return extract_quantities(nlp(text), AID, [], [])


def figure(nlp, text: str, surface: str):
    start = text.index(surface)
    return next(q for q in figures(nlp, text) if q.span.start <= start < q.span.end)


def event(nlp, text: str, word: str):
    start = text.index(word)
    return next(e for e in run(nlp, text) if e.trigger.start == start)


# ---- quantities.qualifiers._qualifier: a negated comparative bound


def test_not_more_than_is_an_upper_bound(nlp):
    text = "The institute said the country possesses not more than 30 missiles."
    q = figure(nlp, text, "30")
    assert (q.low, q.high, q.approx, q.unit) == (30.0, 30.0, "no more than", "missiles")
    assert q.text == "not more than 30"
    assert q.span.start == text.index("not more than")


def test_not_fewer_than_is_a_lower_bound(nlp):
    q = figure(nlp, "Officials said not fewer than 12 launchers were moved.", "12")
    assert q.approx == "no fewer than"


def test_more_than_alone_keeps_its_reading(nlp):
    q = figure(nlp, "The country possesses more than 30 missiles.", "30")
    assert q.approx == "more than"


# ---- quantities.qualifiers._trailing_bound: a bound after the counted noun


def test_at_most_after_the_noun_bounds_the_figure(nlp):
    text = "The navy now has 12 submarines at most, the agency said on Monday."
    q = figure(nlp, text, "12")
    assert (q.low, q.approx, q.unit) == (12.0, "at most", "submarines")


def test_at_least_after_the_noun_bounds_the_figure(nlp):
    q = figure(nlp, "The strike destroyed 40 trucks at least.", "40")
    assert q.approx == "at least"


def test_at_least_opening_an_adverb_phrase_is_no_bound(nlp):
    q = figure(nlp, "The factory built 40 trucks at least partly from imported parts.", "40")
    assert q.approx is None


# ---- quantities.identifiers._model_designator: "Leopard 2 tanks"


def test_model_number_between_name_and_plural_noun_is_no_figure(nlp):
    text = "Crews finished training on German-built Leopard 2 tanks in Spain last week."
    assert not any(q.text == "2" for q in figures(nlp, text))


def test_count_before_the_model_name_is_kept_and_the_model_number_dropped(nlp):
    text = "Warsaw will send 14 Leopard 2 tanks and London pledged 12 Challenger 2 tanks."
    got = sorted((q.low, q.unit) for q in figures(nlp, text))
    assert got == [(12.0, "tanks"), (14.0, "tanks")]


def test_count_after_a_place_name_stays_a_figure(nlp):
    q = figure(nlp, "By March, Germany 18 tanks, Portugal three.", "18")
    assert q.low == 18.0


# ---- modality.refused_noun: the infinitive of a refused request


def test_infinitive_of_a_request_not_accepted_is_negated(nlp):
    text = "The agency said Tehran did not accept its request to visit the plant."
    ev = event(nlp, text, "visit")
    assert ev.modality == "negated"
    assert "refused" in ev.reason


def test_infinitive_of_blocked_attempts_is_negated(nlp):
    text = "The government blocked repeated attempts to visit the military base."
    assert event(nlp, text, "visit").modality == "negated"


def test_infinitive_of_an_accepted_request_stays_planned(nlp):
    text = "The agency said Tehran accepted its request to visit the plant."
    assert event(nlp, text, "visit").modality == "planned"
