"""Event words read in a sense that is no act, and modality misreads, on fresh sentences (round 10).

Figures that "agree", "peak demand", a supply "cut" with no one cutting it, a structure that
"supports", "talking about weeks", a warning about a shortfall, a law that "targets" firms: none is
an event (events/senses.py). A package of sanctions being prepared is planned, an exchange "agreed
last Monday" is still to come, and denying that a planned summit is in doubt keeps it planned
(modality.py). The right senses still read as before.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.events import extract_events
from storyline.records import Event

AID = "art10"
REF = date(2031, 3, 10)


def run(nlp, text: str) -> list[Event]:
    return extract_events(nlp(text), AID, [], [], [], REF)


def at(text: str, word: str, nth: int = 0) -> int:
    return [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)][nth]


def event_at(events: list[Event], start: int) -> Event | None:
    return next((e for e in events if e.trigger.start == start), None)


# ---- "agree" with figures as subject: they match


def test_figures_that_do_not_agree_are_no_agreement(nlp):
    text = "Official casualty numbers and the tallies kept by aid groups do not agree, the report said."
    assert event_at(run(nlp, text), at(text, "agree")) is None


def test_accounts_that_still_do_not_agree_are_no_agreement(nlp):
    text = "The accounts of the two ministries still do not agree on how many shells fell on the town."
    assert event_at(run(nlp, text), at(text, "agree")) is None


def test_two_sides_that_agree_on_a_truce_still_agree(nlp):
    text = "The two sides agreed on a truce on Monday."
    event = event_at(run(nlp, text), at(text, "agreed"))
    assert event is not None and event.type == "AGREE" and event.modality == "happened"


# ---- "demand" as a quantity


def test_a_countrys_winter_peak_demand_is_no_request(nlp):
    text = "The plant supplied about a fifth of the country's winter peak demand before the attack."
    assert event_at(run(nlp, text), at(text, "demand")) is None


def test_a_demand_for_oil_is_no_request(nlp):
    text = "China's demand for oil rose by 4% last year, the agency said."
    assert event_at(run(nlp, text), at(text, "demand")) is None


def test_protesters_demanding_a_resignation_still_request_it(nlp):
    text = "Protesters demanded his resignation outside the ministry on Sunday."
    event = event_at(run(nlp, text), at(text, "demanded"))
    assert event is not None and event.type == "REQUEST" and event.modality == "happened"


# ---- "cut" of a supply that no actor cuts: an outage


def test_a_water_supply_cut_for_hours_is_an_outage(nlp):
    text = "Water supply to the northern districts was cut for six hours on Tuesday while crews repaired a main."
    assert event_at(run(nlp, text), at(text, "cut")) is None


def test_households_cut_off_by_strikes_are_an_outage(nlp):
    text = "The operator said it had restored power to all but 30,000 households cut off by the strikes."
    events = run(nlp, text)
    assert event_at(events, at(text, "cut")) is None
    strike = event_at(events, at(text, "strikes"))
    assert strike is not None and strike.type == "ASSAULT"


def test_a_state_cutting_gas_supplies_to_another_is_still_a_sanction(nlp):
    # kept as the lexicon reads it: a state stopping supplies to another (CAMEO 16x reduce or stop
    # economic relations) is a SANCTION, with the state as source
    text = "Russia cut gas supplies to Europe in 2022."
    event = event_at(run(nlp, text), at(text, "cut"))
    assert event is not None and event.type == "SANCTION" and event.source_actors


def test_authorities_cutting_off_the_internet_withhold_a_service(nlp):
    # the phrasal reading with a context now comes before the plain "cut off" (SANCTION)
    text = "The authorities cut off the internet in the province on Friday."
    event = event_at(run(nlp, text), at(text, "cut"))
    assert event is not None and (event.type, event.mode) == ("COERCE", "withhold")


# ---- "support" by a thing


def test_piers_that_support_a_deck_are_no_support(nlp):
    text = "The bridge rests on steel piers that support the deck over the river."
    assert event_at(run(nlp, text), at(text, "support")) is None


def test_data_that_supports_findings_is_no_support(nlp):
    text = "Researchers said the new data supports earlier findings on rising sea levels."
    assert event_at(run(nlp, text), at(text, "supports")) is None


def test_a_government_supporting_a_bid_still_supports_it(nlp):
    text = "The government supports the bid to host the games, the minister said."
    event = event_at(run(nlp, text), at(text, "supports"))
    assert event is not None and event.type == "SUPPORT"


def test_a_number_of_senators_who_support_a_change_still_support_it(nlp):
    text = "A growing number of senators support the change to the voting rules."
    event = event_at(run(nlp, text), at(text, "support"))
    assert event is not None and event.type == "SUPPORT"


# ---- "talking about" a measure: what is meant


def test_talking_about_months_of_work_is_no_consultation(nlp):
    text = '"We are talking about months of work before the line reopens," the engineer said.'
    assert event_at(run(nlp, text), at(text, "talking")) is None


def test_talking_about_billions_in_losses_is_no_consultation(nlp):
    text = '"If the pipeline is hit again, we are talking about billions in losses," the minister said.'
    assert event_at(run(nlp, text), at(text, "talking")) is None


def test_leaders_talking_about_trade_still_consult(nlp):
    text = "The two leaders talked about trade during a phone call on Monday."
    event = event_at(run(nlp, text), at(text, "talked"))
    assert event is not None and event.type == "CONSULT"


# ---- a warning about a shortfall or risk: no threat


def test_a_warning_about_shortfalls_is_no_threat(nlp):
    text = "Auditors warned about shortfalls in the pension fund last year."
    assert event_at(run(nlp, text), at(text, "warned")) is None


def test_a_warning_of_risks_to_growth_is_no_threat(nlp):
    text = "The central bank warned of risks to growth from high energy prices."
    assert event_at(run(nlp, text), at(text, "warned")) is None


def test_a_warning_of_retaliation_is_still_a_threat(nlp):
    text = "The minister warned of retaliation if the border was closed."
    event = event_at(run(nlp, text), at(text, "warned"))
    assert event is not None and event.type == "THREATEN"


def test_a_warning_of_an_attack_on_a_condition_is_still_a_threat(nlp):
    text = "The militants warned of a new massacre if the army entered the valley."
    event = event_at(run(nlp, text), at(text, "warned"))
    assert event is not None and event.type == "THREATEN"


def test_a_warning_that_it_would_strike_is_still_a_threat(nlp):
    text = "The group warned that it would strike the capital if its demands were not met."
    event = event_at(run(nlp, text), at(text, "warned"))
    assert event is not None and event.type == "THREATEN"


# ---- a measure that "targets" firms: no assault


def test_a_law_that_targets_shell_companies_is_no_assault(nlp):
    text = "The new law targets shell companies that hide their owners."
    assert event_at(run(nlp, text), at(text, "targets")) is None


def test_a_regulation_that_targets_banks_is_no_assault(nlp):
    text = "The regulation now targets 40 banks and several payment firms, officials said."
    assert event_at(run(nlp, text), at(text, "targets")) is None


def test_missiles_that_targeted_a_port_still_assault_it(nlp):
    text = "Missiles targeted the port overnight, officials said."
    event = event_at(run(nlp, text), at(text, "targeted"))
    assert event is not None and event.type == "ASSAULT" and event.modality == "happened"


# ---- modality: a package of sanctions being prepared is planned


def test_sanctions_in_a_round_being_prepared_are_planned(nlp):
    text = "The bloc is preparing a new round of sanctions against the country's shipping firms."
    event = event_at(run(nlp, text), at(text, "sanctions"))
    assert event is not None and event.type == "SANCTION" and event.modality == "planned"
    assert "round" in event.reason


def test_sanctions_in_a_package_being_prepared_are_planned(nlp):
    text = "Diplomats said a package of sanctions is being prepared in Brussels."
    event = event_at(run(nlp, text), at(text, "sanctions"))
    assert event is not None and event.modality == "planned"


def test_a_round_of_sanctions_imposed_last_year_happened(nlp):
    text = "The bloc imposed a new round of sanctions on the country's banks last year."
    event = event_at(run(nlp, text), at(text, "sanctions"))
    assert event is not None and event.modality == "happened"


# ---- modality: "the exchange agreed last Monday" is the exchange that was agreed


def test_an_exchange_agreed_last_week_that_remains_on_track_is_planned(nlp):
    text = "Officials said the prisoner exchange agreed last week remained on track despite the shelling."
    event = event_at(run(nlp, text), at(text, "exchange"))
    assert event is not None and event.type == "RETREAT" and event.modality == "planned"
    assert "participle" in event.reason


def test_a_swap_of_hostages_agreed_in_may_still_stands_planned(nlp):
    text = "The ministry said the hostage exchange agreed in May remained on schedule."
    event = event_at(run(nlp, text), at(text, "exchange"))
    assert event is not None and event.modality == "planned"


# ---- modality: denying doubt about a planned event confirms the plan


def test_denying_that_a_planned_visit_is_in_doubt_keeps_it_planned(nlp):
    text = "The government denied that the planned visit by the prime minister was in doubt."
    event = event_at(run(nlp, text), at(text, "visit"))
    assert event is not None and event.type == "CONSULT" and event.modality == "planned"


def test_denying_that_scheduled_talks_are_at_risk_keeps_them_planned(nlp):
    text = "Officials denied that the scheduled talks were at risk after the border incident."
    event = event_at(run(nlp, text), at(text, "talks"))
    assert event is not None and event.modality == "planned"


def test_denying_that_troops_looted_is_still_a_claim(nlp):
    text = "The ministry denied that its troops had attacked the village."
    event = event_at(run(nlp, text), at(text, "attacked"))
    assert event is not None and event.modality == "claimed"


# ---- a plural event noun the parser read as a verb


def test_the_modifier_of_talks_misread_as_a_verb_is_no_event(nlp):
    text = "The ceasefire talks that the mediators had scheduled for Monday never started."
    assert event_at(run(nlp, text), at(text, "ceasefire")) is None
