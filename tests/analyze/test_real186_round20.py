"""Round 20, real strike reports: "due to go on strike" is a plan, and a doctors' strike told in
the words of "industrial action" and a ballot is a walkout, not an attack."""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at


def test_due_to_go_on_strike_is_planned(nlp):
    text = "Bus drivers are due to go on strike on 4, 6 and 9 June."
    a = analyse(nlp, text, date(2024, 5, 7))
    assert event_at(a, text, "strike").modality == "planned"


def test_threatened_to_go_on_strike_is_not_presupposed(nlp):
    text = "Cleaners at the airport threatened to go on strike over unpaid wages."
    a = analyse(nlp, text, date(2024, 5, 7))
    assert event_at(a, text, "strike").modality not in {"happened", "ongoing"}


def test_went_on_strike_still_happened_and_on_strike_still_ongoing(nlp):
    text = "Bus drivers went on strike on Monday. Cleaners are on strike."
    a = analyse(nlp, text, date(2024, 5, 7))
    assert event_at(a, text, "strike").modality == "happened"
    assert event_at(a, text, "strike", nth=1).modality == "ongoing"


def test_industrial_action_report_reads_strike_as_a_walkout(nlp):
    text = ("Hospital doctors have postponed next week's strike. The industrial action had been set for "
            "three days, and a new ballot on industrial action is possible.")
    a = analyse(nlp, text, date(2024, 5, 7))
    assert event_at(a, text, "strike").type == "PROTEST"


def test_participle_planned_after_the_noun_is_a_plan(nlp):
    text = "Port strike planned for the holiday weekend"
    a = analyse(nlp, text, date(2024, 5, 7))
    assert event_at(a, text, "strike").modality == "planned"


def test_participle_planned_after_the_noun_yields_to_calling_off(nlp):
    text = "The port strike scheduled for next week has been called off by the union."
    a = analyse(nlp, text, date(2024, 5, 7))
    assert event_at(a, text, "strike").modality == "cancelled"
