"""Events: type, mode, actors, place, time and trigger offsets on small hand-written sentences."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyze.events import extract_events, trigger_lexicon
from storyline.records import Event, Mention, Quote, Span, TimeRef, record_id

AID = "art1"
REF = date(2031, 3, 10)


def mention(text: str, phrase: str, label: str, entity_id: str | None = None, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(record_id(AID, "m", start), Span(AID, start, start + len(phrase)), Span(AID, 0, len(text)),
                   phrase, label, entity_id)


def timeref(text: str, phrase: str, value: str, earliest: date, latest: date) -> TimeRef:
    start = text.index(phrase)
    return TimeRef(record_id(AID, "t", start), Span(AID, start, start + len(phrase)), Span(AID, 0, len(text)),
                   phrase, value, "date", earliest=earliest, latest=latest)


def run(nlp, text: str, mentions=(), times=(), quotes=()) -> list[Event]:
    return extract_events(nlp(text), AID, list(mentions), list(times), list(quotes), REF)


def only(events: list[Event], type_: str) -> Event:
    hits = [e for e in events if e.type == type_]
    assert len(hits) == 1, [(e.type, e.text) for e in events]
    return hits[0]


def test_planned_summit_is_reciprocal_consult_with_place_and_clause_time(nlp):
    text = "Varga and Okonkwo will meet in Tirelli next week."
    ms = [mention(text, "Varga", "PERSON", "e:varga"), mention(text, "Okonkwo", "PERSON"), mention(text, "Tirelli", "GPE")]
    ts = [timeref(text, "next week", "2031-W12", date(2031, 3, 17), date(2031, 3, 23))]
    ev = only(run(nlp, text, ms, ts), "CONSULT")
    assert (ev.trigger.start, ev.trigger.end, ev.text) == (text.index("meet"), text.index("meet") + 4, "meet")
    assert ev.modality == "planned"
    assert ev.source_actors == ("e:varga", "Okonkwo") and ev.target_actors == ("e:varga", "Okonkwo")
    assert ev.location == "Tirelli"
    assert ev.when is not None and ev.when.text == "next week" and ev.when_how == "clause"
    assert ev.sentence == Span(AID, 0, len(text))
    assert ev.id == record_id(AID, "event", ev.trigger.start, ev.trigger.end, "CONSULT")


def test_phone_call_on_a_date_is_happened_phone_consult_with_clause_time(nlp):
    text = "Varga and Okonkwo spoke on the phone on October 16."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    ts = [timeref(text, "October 16", "2030-10-16", date(2030, 10, 16), date(2030, 10, 16))]
    ev = only(run(nlp, text, ms, ts), "CONSULT")
    assert ev.text == "spoke" and ev.trigger.start == text.index("spoke")
    assert ev.mode == "phone" and ev.modality == "happened"
    assert set(ev.source_actors) == set(ev.target_actors) == {"Varga", "Okonkwo"}
    assert ev.when is not None and ev.when.value == "2030-10-16" and ev.when_how == "clause"


def test_met_with_makes_both_parties_source_and_target(nlp):
    text = "Varga met with Okonkwo in Tirelli on Monday."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON"), mention(text, "Tirelli", "GPE")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert ev.source_actors == ev.target_actors == ("Varga", "Okonkwo")
    assert ev.modality == "happened" and ev.location == "Tirelli"
    assert ev.when is None and ev.when_how == "article"


def test_recommended_cancel_the_meeting_is_cancelled(nlp):
    text = "Dunmore recommended that Varga cancel the meeting with Okonkwo."
    ms = [mention(text, "Dunmore", "PERSON"), mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert ev.text == "meeting" and ev.modality == "cancelled"
    assert "cancel" in ev.reason


def test_summit_called_off_is_cancelled(nlp):
    ev = only(run(nlp, "The Tirelli summit was called off on Friday."), "CONSULT")
    assert ev.text == "summit" and ev.modality == "cancelled"


def test_unlikely_meeting_is_cancelled(nlp):
    text = "A meeting between Varga and Okonkwo is unlikely in the near future."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert ev.modality == "cancelled"
    assert set(ev.source_actors) == set(ev.target_actors) == {"Varga", "Okonkwo"}


def test_conditional_transfer_is_hypothetical(nlp):
    text = "If Norland were to transfer missiles to Estovia, Kasmar would respond."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Estovia", "GPE"), mention(text, "Kasmar", "GPE")]
    ev = only(run(nlp, text, ms), "AID")
    assert ev.text == "transfer" and ev.modality == "hypothetical"
    assert ev.source_actors == ("Norland",) and ev.target_actors == ("Estovia",)


def test_did_not_attend_is_negated(nlp):
    text = "Okonkwo did not attend the summit in Tirelli."
    ms = [mention(text, "Okonkwo", "PERSON"), mention(text, "Tirelli", "GPE")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert ev.text == "summit" and ev.modality == "negated"
    assert ev.source_actors == ("Okonkwo",)


def test_event_inside_distancing_quote_is_claimed_and_attributed(nlp):
    text = "Dunmore claimed that Estovian forces attacked the village."
    ms = [mention(text, "Dunmore", "PERSON"), mention(text, "Estovian", "NORP")]
    start = text.index("Estovian")
    quote = Quote("q1", Span(AID, start, len(text) - 1), Span(AID, 0, len(text)), text[start:-1],
                  Span(AID, text.index("claimed"), text.index("claimed") + 7), "claim", "Dunmore", None, None,
                  "subject", "indirect", "distancing", None)
    ev = only(run(nlp, text, ms, quotes=[quote]), "ASSAULT")
    assert ev.text == "attacked" and ev.modality == "claimed" and ev.attributed_to == "q1"
    assert ev.source_actors == ("Estovian",)


def test_neutral_quote_sets_attribution_but_keeps_modality(nlp):
    text = "Dunmore said that Varga will visit Estovia."
    ms = [mention(text, "Dunmore", "PERSON"), mention(text, "Varga", "PERSON"), mention(text, "Estovia", "GPE")]
    start = text.index("Varga")
    quote = Quote("q2", Span(AID, start, len(text) - 1), Span(AID, 0, len(text)), text[start:-1],
                  None, "say", "Dunmore", None, None, "subject", "indirect", "neutral", None)
    ev = only(run(nlp, text, ms, quotes=[quote]), "CONSULT")
    assert ev.mode == "visit" and ev.modality == "planned" and ev.attributed_to == "q2"
    assert ev.source_actors == ("Varga",) and ev.target_actors == ("Estovia",)


def test_explosion_at_refinery_is_happened_assault_with_place(nlp):
    text = "An explosion occurred at the Kellan refinery on Sunday."
    ms = [mention(text, "the Kellan refinery", "FAC")]
    ev = only(run(nlp, text, ms), "ASSAULT")
    assert (ev.text, ev.mode, ev.modality) == ("explosion", "explosives", "happened")
    assert ev.trigger.start == text.index("explosion")
    assert ev.location == "the Kellan refinery"


def test_drones_hit_refinery_is_drone_assault(nlp):
    text = "Drones hit the Kellan refinery overnight."
    ms = [mention(text, "the Kellan refinery", "FAC")]
    ev = only(run(nlp, text, ms), "ASSAULT")
    assert (ev.text, ev.mode, ev.modality) == ("hit", "drone", "happened")
    assert ev.target_actors == ("the Kellan refinery",)


def test_imposed_sanctions_on_is_sanction_from_carrier_verb(nlp):
    text = "Norland imposed sanctions on Estovia."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Estovia", "GPE")]
    ev = only(run(nlp, text, ms), "SANCTION")
    assert ev.text == "sanctions" and ev.trigger.start == text.index("sanctions")
    assert ev.source_actors == ("Norland",) and ev.target_actors == ("Estovia",)
    assert ev.modality == "happened"


def test_speak_without_a_partner_is_no_consultation(nlp):
    assert [e for e in run(nlp, "Varga spoke for an hour.") if e.type == "CONSULT"] == []


def test_general_strike_is_protest_not_assault(nlp):
    ev = run(nlp, "Workers began a general strike in the capital.")
    assert [(e.type, e.mode) for e in ev] == [("PROTEST", "strike")]


def test_trigger_inside_a_name_is_ignored(nlp):
    text = "Officials in Summit County approved the budget."
    ms = [mention(text, "Summit County", "GPE")]
    assert [e for e in run(nlp, text, ms) if e.type == "CONSULT"] == []


def test_no_events_and_empty_inputs(nlp):
    assert run(nlp, "The weather was mild.") == []
    assert run(nlp, "") == []


def test_output_is_deterministic(nlp):
    text = "Varga and Okonkwo will meet in Tirelli. Norland imposed sanctions on Estovia."
    assert run(nlp, text) == run(nlp, text)


def test_lexicon_types_are_plover_types():
    from storyline.analyze.events import PLOVER_TYPES

    entries = [e for es in trigger_lexicon().values() for e in es]
    assert len(entries) > 200
    assert {e.type for e in entries} == set(PLOVER_TYPES)
    assert all(0 < e.weight <= 1 for e in entries)


@pytest.mark.parametrize("sentence,trigger,type_", [
    ("Estovian troops shelled the town.", "shelled", "ASSAULT"),
    ("Police arrested three protesters.", "arrested", "COERCE"),
    ("The ministry condemned the decision.", "condemned", "ACCUSE"),
    ("Norland rejected the proposal.", "rejected", "REJECT"),
])
def test_verb_triggers_give_their_type(nlp, sentence, trigger, type_):
    ev = only(run(nlp, sentence), type_)
    assert ev.text == trigger and ev.trigger.start == sentence.index(trigger)


# ---------------------------------------------------------------- main event, composition, names, places


def test_compound_place_of_event_noun_is_location_not_actor(nlp):
    text = "Varga and Okonkwo will attend the Tirelli summit."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON"), mention(text, "Tirelli", "GPE")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert ev.text == "summit" and ev.location == "Tirelli"
    assert "Tirelli" not in ev.source_actors + ev.target_actors
    assert set(ev.source_actors) == {"Varga", "Okonkwo"} and ev.modality == "planned"


def test_cancelled_person_meeting_has_canceller_and_named_party(nlp):
    text = "Dunmore recommended that Varga cancel the Okonkwo meeting."
    ms = [mention(text, "Dunmore", "PERSON"), mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert ev.modality == "cancelled"
    assert set(ev.source_actors) == set(ev.target_actors) == {"Varga", "Okonkwo"}
    assert "Dunmore" not in ev.source_actors


def test_paired_names_before_call_are_both_parties_by_phone(nlp):
    text = "The Varga-Okonkwo call lasted an hour."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert ev.mode == "phone" and set(ev.source_actors) == {"Varga", "Okonkwo"}


def test_call_for_calm_is_request_not_consult(nlp):
    text = "Varga issued a call for calm after the clashes."
    ev = only(run(nlp, text, [mention(text, "Varga", "PERSON")]), "REQUEST")
    assert ev.text == "call" and ev.source_actors == ("Varga",)
    assert not [e for e in run(nlp, text, [mention(text, "Varga", "PERSON")]) if e.type == "CONSULT"]


def test_called_someone_on_a_day_is_not_a_call_on_request(nlp):
    text = "Varga called Okonkwo on Tuesday."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    assert [e for e in run(nlp, text, ms) if e.type == "REQUEST"] == []


def test_called_on_someone_to_act_is_still_a_request(nlp):
    text = "Varga called on Okonkwo to release the prisoners."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    main = max(run(nlp, text, ms), key=lambda e: e.confidence)
    assert (main.type, main.text, main.source_actors) == ("REQUEST", "called", ("Varga",))


def test_trigger_inside_a_product_name_is_no_event(nlp):
    text = "Crews flew the Harrow Strike aircraft over Tirelli."
    ms = [mention(text, "Harrow Strike", "PRODUCT"), mention(text, "Tirelli", "GPE")]
    assert [e for e in run(nlp, text, ms) if e.text == "Strike"] == []


def test_refusing_to_meet_makes_reject_the_main_event(nlp):
    text = "Varga refused to meet Okonkwo in Tirelli."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON"), mention(text, "Tirelli", "GPE")]
    events = run(nlp, text, ms)
    main = max(events, key=lambda e: e.confidence)
    assert main.type == "REJECT" and main.text == "refused"
    meet = only(events, "CONSULT")
    assert meet.modality == "negated" and meet.confidence < main.confidence


def test_halting_aid_is_one_sanction_event(nlp):
    text = "Norland halted economic aid to Vestria."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    events = run(nlp, text, ms)
    assert [e.type for e in events] == ["SANCTION"]
    assert events[0].text == "halted" and events[0].source_actors == ("Norland",)
    assert events[0].target_actors == ("Vestria",)


def test_lifting_a_curfew_is_concede_without_a_coerce_event(nlp):
    # PLOVER manual 3.4: removing curfews and easing legal restrictions are concessions
    text = "The Norland army lifted the curfew on Tirelli."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Tirelli", "GPE")]
    events = run(nlp, text, ms)
    assert [(e.type, e.text) for e in events] == [("CONCEDE", "lifted")]
    assert events[0].source_actors == ("Norland",) and events[0].target_actors == ("Tirelli",)


def test_lifting_economic_sanctions_stays_retreat_ease(nlp):
    # CAMEO2PLOVER 085: easing economic sanctions, boycott or embargo is RETREAT
    text = "Norland lifted its sanctions on Vestria."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    events = run(nlp, text, ms)
    assert [(e.type, e.text, e.mode) for e in events] == [("RETREAT", "lifted", "ease")]
    assert events[0].target_actors == ("Vestria",)


def main_event(events: list[Event]) -> Event:
    return max(events, key=lambda e: (e.confidence, -e.trigger.start))


def test_vow_to_attack_is_a_threat_but_vow_to_help_is_agree(nlp):
    text = "Norland vowed to attack Vestria."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    ev = main_event(run(nlp, text, ms))
    assert (ev.type, ev.text) == ("THREATEN", "vowed")
    assert ev.source_actors == ("Norland",) and ev.target_actors == ("Vestria",)
    text = "Norland vowed to help Vestria."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    assert (main_event(run(nlp, text, ms)).type) == "AGREE"


def test_said_that_another_party_must_act_is_a_request_aimed_at_it(nlp):
    text = "Norland said Vestria must release the prisoners."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    ev = main_event(run(nlp, text, ms))
    assert (ev.type, ev.text, ev.trigger.start) == ("REQUEST", "said", text.index("said"))
    assert ev.source_actors == ("Norland",) and ev.target_actors == ("Vestria",)


def test_speaker_saying_it_must_act_is_no_request(nlp):
    text = "Norland said it must defend its border."
    ms = [mention(text, "Norland", "GPE")]
    assert all(e.type != "REQUEST" for e in run(nlp, text, ms))


def test_demanded_that_clause_subject_is_the_target(nlp):
    text = "Norland demanded that Vestria free the hostages."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    ev = main_event(run(nlp, text, ms))
    assert ev.type == "REQUEST" and ev.target_actors == ("Vestria",)


def test_threat_takes_the_recipient_of_the_threatened_action(nlp):
    text = "Norland threatened to break off relations with Vestria."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    ev = main_event(run(nlp, text, ms))
    assert (ev.type, ev.text) == ("THREATEN", "threatened")
    assert ev.source_actors == ("Norland",) and ev.target_actors == ("Vestria",)


def test_refusal_to_meet_targets_the_one_not_met(nlp):
    text = "Varga refused to meet Okonkwo."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    ev = main_event(run(nlp, text, ms))
    assert ev.type == "REJECT" and ev.target_actors == ("Okonkwo",)


def test_call_for_sanctions_against_x_targets_x(nlp):
    text = "Varga called for sanctions against Vestria."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Vestria", "GPE")]
    ev = main_event(run(nlp, text, ms))
    assert ev.type == "REQUEST" and ev.target_actors == ("Vestria",)


def test_mediation_effort_between_two_parties_targets_them_not_the_mediator(nlp):
    text = "Varga launched a mediation effort between Norland and Vestria."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert ev.text == "mediation" and ev.mode == "third-party"
    assert ev.source_actors == ("Varga",) and ev.target_actors == ("Norland", "Vestria")


def test_an_event_noun_subject_of_its_own_verb_is_one_event_with_its_mode(nlp):
    # the bombing is the killing: one event, the verb's, with the victims and the bombing's mode
    text = "A roadside bombing killed two Vestrian soldiers."
    ms = [mention(text, "Vestrian", "NORP")]
    (ev,) = run(nlp, text, ms)
    assert (ev.type, ev.text, ev.mode) == ("ASSAULT", "killed", "explosives") and ev.target_actors == ("Vestrian",)


def test_conjoined_parties_signing_a_treaty_are_reciprocal(nlp):
    text = "Norland and Vestria signed a treaty of friendship."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    ev = only(run(nlp, text, ms), "SUPPORT")
    assert ev.source_actors == ("Norland", "Vestria") and ev.target_actors == ("Norland", "Vestria")


def test_accepting_demands_concedes_but_accepting_a_proposal_agrees(nlp):
    text = "Norland accepted the demands of the strikers."
    assert main_event(run(nlp, text, [mention(text, "Norland", "GPE")])).type == "CONCEDE"
    text = "Norland accepted the proposal."
    assert main_event(run(nlp, text, [mention(text, "Norland", "GPE")])).type == "AGREE"


def test_lodged_protest_is_one_diplomatic_accuse_event(nlp):
    text = "Norland lodged a protest with Vestria."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    events = run(nlp, text, ms)
    assert [(e.type, e.text, e.mode) for e in events] == [("ACCUSE", "lodged", "disapprove")]
    assert events[0].target_actors == ("Vestria",)


def test_demand_voiced_by_a_protest_is_its_topic_not_the_main_event(nlp):
    text = "Hundreds of students blocked roads in Tirelli demanding reforms."
    events = run(nlp, text, [mention(text, "Tirelli", "GPE")])
    assert {e.type for e in events} == {"PROTEST", "REQUEST"}
    assert main_event(events).type == "PROTEST"


def test_lifting_a_state_of_emergency_is_concede(nlp):
    text = "Norland lifted the state of emergency."
    events = run(nlp, text, [mention(text, "Norland", "GPE")])
    assert [(e.type, e.text) for e in events] == [("CONCEDE", "lifted")]


def test_violating_a_ceasefire_is_assault_and_denying_entry_is_reject(nlp):
    text = "Norland violated the ceasefire."
    assert [e.type for e in run(nlp, text, [mention(text, "Norland", "GPE")])] == ["ASSAULT"]
    text = "Norland denied entry to the inspectors."
    assert main_event(run(nlp, text, [mention(text, "Norland", "GPE")])).type == "REJECT"


def test_of_object_of_a_violent_noun_is_its_target(nlp):
    text = "The invasion of Vestria began at dawn."
    ev = only(run(nlp, text, [mention(text, "Vestria", "GPE")]), "ASSAULT")
    assert ev.text == "invasion" and ev.target_actors == ("Vestria",)


def test_opened_fire_on_is_assault_with_firearms(nlp):
    text = "Norland police opened fire on the protesters."
    ev = main_event(run(nlp, text, [mention(text, "Norland", "GPE")]))
    assert (ev.type, ev.text, ev.mode) == ("ASSAULT", "opened", "firearms")


def test_measure_of_aid_takes_the_providing_verbs_recipient(nlp):
    text = "Norland provided 500 tons of aid to Vestria."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    events = run(nlp, text, ms)
    assert [(e.type, e.text) for e in events] == [("AID", "provided")]  # the noun is part of the verb's event
    assert events[0].source_actors == ("Norland",) and events[0].target_actors == ("Vestria",)


def test_harm_named_by_its_result_is_an_assault(nlp):
    text = "Rebels wounded two Varnish soldiers and stabbed a guard near Tirelli."
    ms = [mention(text, "Varnish", "NORP"), mention(text, "Tirelli", "GPE")]
    events = run(nlp, text, ms)
    wounded, stabbed = (next(e for e in events if e.text == w) for w in ("wounded", "stabbed"))
    assert (wounded.type, wounded.source_actors, wounded.target_actors) == ("ASSAULT", ("Rebels",), ("Varnish",))
    assert (stabbed.type, stabbed.mode, stabbed.target_actors) == ("ASSAULT", "beat", ("guard",))


def test_an_event_noun_setting_the_scene_shares_its_clause_participants(nlp):
    text = "Rebels wounded two Varnish soldiers in a bomb attack on Thursday."
    attack = next(e for e in run(nlp, text, [mention(text, "Varnish", "NORP")]) if e.text == "attack")
    assert (attack.source_actors, attack.target_actors) == (("Rebels",), ("Varnish",))
    assert "participants of 'wounded'" in attack.reason
    # a clause that names no doer lends none: the dying are not the crackdown's authors
    text = "Protesters died in a police crackdown in Tirelli."
    crackdown = next(e for e in run(nlp, text, [mention(text, "Tirelli", "GPE")]) if e.text == "crackdown")
    assert (crackdown.source_actors, crackdown.target_actors) == ((), ())


def test_a_meeting_noun_takes_the_parties_of_the_talk_it_frames_but_not_of_another_kind_of_act(nlp):
    text = "Varga spoke with Okonkwo during the summit in Tirelli."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON"), mention(text, "Tirelli", "GPE")]
    summit = next(e for e in run(nlp, text, ms) if e.text == "summit")
    assert set(summit.source_actors) == set(summit.target_actors) == {"Varga", "Okonkwo"}
    text = "Police arrested Varga at a protest in Tirelli."
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Tirelli", "GPE")]
    protest = next(e for e in run(nlp, text, ms) if e.text == "protest")
    assert (protest.source_actors, protest.target_actors) == ((), ())  # the arresters did not protest


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a naming participle: "called" is no "call on" although the parser hangs "on his page" on it
        ("Later on Sunday, Carson shared a syllabus for a 2002 psychology class called \u201cPerception\u201d "
         "on his Facebook page.", "called"),
        ("Rebels seized a town in an operation dubbed Thunder on Monday.", "dubbed"),
        # a naming verb with a predicate: a label, not a phone call or a demand
        ("Trump called Clinton a liar on Tuesday.", "called"),
        # a present participle describing a noun
        ("I wonder why, with all their investigating abilities, they can't find it.", "investigating"),
        # an event noun as the predicate of "be" characterises its subject
        ("He said he was a very big threat to progressives.", "threat"),
    ],
)
def test_words_that_name_or_describe_are_no_events(nlp, text, trigger):
    assert [e.text for e in run(nlp, text)].count(trigger) == 0


def test_event_readings_of_the_same_words_are_kept(nlp):
    assert only(run(nlp, "The president called the Russian leader on Tuesday."), "CONSULT").text == "called"
    assert only(run(nlp, "The union called for a strike."), "REQUEST").text == "called"
    assert only(run(nlp, "Investigators said the threat was made by phone."), "THREATEN").text == "threat"


def test_harm_done_by_nature_and_words_of_a_date_are_no_events(nlp):
    text = "The strong quake struck the city on Thursday, March 14, 2013, killing two. Protesters staged a march."
    day = text.index("Thursday")
    times = [timeref(text, "Thursday, March 14, 2013", "2013-03-14", date(2013, 3, 14), date(2013, 3, 14))]
    events = run(nlp, text, times=times)
    assert [(e.type, e.text) for e in events if e.trigger.start >= day or e.text in {"struck", "killing"}] == [
        ("PROTEST", "Protesters"), ("PROTEST", "march")]
    assert only(run(nlp, "Rebels struck the convoy."), "ASSAULT").text == "struck"
    assert [e for e in run(nlp, "Every home destroyed by Hurricane Lena will be rebuilt.") if e.type == "ASSAULT"] == []
    assert only(run(nlp, "The village was destroyed by militiamen."), "ASSAULT").text == "destroyed"


def test_a_win_in_an_election_or_a_game_is_no_assault(nlp):
    assert [e.text for e in run(nlp, "Trump beat Clinton in the Michigan primary.") if e.type == "ASSAULT"] == []
    assert [e.text for e in run(nlp, "The Saints beat the Falcons in the final.") if e.type == "ASSAULT"] == []
    assert only(run(nlp, "Police beat the protesters with batons."), "ASSAULT").text == "beat"
    assert [e.text for e in run(nlp, "The group plans to target Indiana voters with mail and ads.") if e.type == "ASSAULT"] == []
    assert only(run(nlp, "The drones targeted a power plant near the border."), "ASSAULT").text == "targeted"


def test_releasing_a_thing_is_no_retreat_but_freeing_people_is(nlp):
    assert [e for e in run(nlp, "The campaign said it would release the article on Monday.") if e.type == "RETREAT"] == []
    assert [e for e in run(nlp, "His wife released a statement.") if e.type == "RETREAT"] == []
    assert [e for e in run(nlp, "The World Bank cited a report released in October.") if e.type == "RETREAT"] == []
    assert only(run(nlp, "The rebels released 12 hostages on Sunday."), "RETREAT").text == "released"


def test_a_verb_harmless_without_an_object_needs_one(nlp):
    assert [e for e in run(nlp, "The team will execute with aplomb.") if e.type == "ASSAULT"] == []
    assert only(run(nlp, "The militants executed two hostages."), "ASSAULT").text == "executed"
    assert only(run(nlp, "Two prisoners were executed."), "ASSAULT").text == "executed"


def test_a_time_in_a_clause_below_the_event_dates_that_clause_not_the_event(nlp):
    text = "Russia threatened to strike Kyiv on Friday."
    friday = timeref(text, "on Friday", "2025-10-24", date(2025, 10, 24), date(2025, 10, 24))
    events = run(nlp, text, times=[friday])
    threat, strike = only(events, "THREATEN"), only(events, "ASSAULT")
    assert (threat.when, threat.when_how) == (None, "article")
    assert (strike.when, strike.when_how) == (friday, "clause")
    # a time outside the event's own words and clauses is still the sentence's best guess
    text = "On Monday, officials said rebels attacked the town."
    monday = timeref(text, "On Monday", "2025-10-20", date(2025, 10, 20), date(2025, 10, 20))
    attack = only(run(nlp, text, times=[monday]), "ASSAULT")
    assert (attack.when, attack.when_how) == (monday, "sentence")


def test_the_subject_pronoun_of_a_reported_clause_is_its_reporter_when_number_agrees(nlp):
    assert only(run(nlp, "Rebels said they had attacked an army convoy near the town."), "ASSAULT").source_actors == ("Rebels",)
    ministry = run(nlp, "The ministry said it had arrested 12 protesters.")
    assert [e.source_actors for e in ministry if e.type == "COERCE"] == [("ministry",)]
    # a singular reporter is not "they"
    assert only(run(nlp, "The spokesman said they had attacked the convoy."), "ASSAULT").source_actors == ()


def test_a_peace_conference_is_a_consultation_a_news_conference_is_not(nlp):
    assert only(run(nlp, "The peace conference between the two sides was postponed."), "CONSULT").text == "conference"
    assert [e for e in run(nlp, "The minister held a news conference in the capital.") if e.type == "CONSULT"] == []


def test_a_great_deal_of_something_is_no_agreement_but_a_great_deal_with_a_party_is(nlp):
    assert [e for e in run(nlp, "We have lost a great deal this week.") if e.type == "AGREE"] == []
    assert only(run(nlp, "Trump made a great deal with Mexico on trade."), "AGREE").text == "deal"


def test_a_bare_past_form_in_a_headline_is_a_passive(nlp):
    text = "Opposition leader jailed for treason\n\nA court in Tirelli sentenced him on Tuesday."
    ev = next(e for e in run(nlp, text) if e.text == "jailed")
    assert (ev.type, ev.source_actors, ev.target_actors) == ("COERCE", (), ("Opposition leader",))
    assert "headline participle" in ev.reason or "participle describes" in ev.reason
    # a body sentence with its full stop keeps the subject as the doer
    body = "Police arrested Okonkwo. The soldiers jailed the protesters."
    ev = next(e for e in run(nlp, body) if e.text == "jailed")
    assert ev.source_actors == ("soldiers",)


def test_the_possessor_of_an_arrest_or_release_undergoes_it(nlp):
    text = "Rights groups called for Okonkwo's release."
    ms = [mention(text, "Okonkwo", "PERSON", "e:okonkwo")]
    ev = only(run(nlp, text, ms), "RETREAT")
    assert (ev.source_actors, ev.target_actors, ev.modality) == ((), ("e:okonkwo",), "hypothetical")
    assert "who undergoes it" in ev.reason
    # with an "of" phrase the possessor is the one who releases again
    text = "Norland's release of the crew was welcomed."
    ms = [mention(text, "Norland", "GPE", "e:norland")]
    ev = only(run(nlp, text, ms), "RETREAT")
    assert ev.source_actors == ("e:norland",)


def test_from_names_who_condemns_and_a_relative_pronoun_its_antecedent(nlp):
    text = "The ruling drew condemnation from the Tirelli Council, which called for new elections."
    ms = [mention(text, "Tirelli Council", "ORG", "e:council")]
    events = run(nlp, text, ms)
    condemn = only(events, "ACCUSE")
    assert condemn.source_actors == ("e:council",) and condemn.target_actors == ()
    request = only(events, "REQUEST")
    assert request.text == "called" and request.source_actors == ("e:council",)


def test_called_it_off_is_no_phone_call(nlp):
    text = "The union planned a rally on Friday but called it off."
    events = run(nlp, text)
    assert [e.type for e in events if e.text == "called"] == []
    assert only(events, "PROTEST").modality == "cancelled"


def test_people_counted_by_what_happened_to_them_are_actors(nlp):
    ev = next(e for e in run(nlp, "At least 12 people were arrested in the capital.") if e.type == "COERCE")
    assert ev.target_actors == ("people",)


def test_talks_tagged_as_a_proper_noun_take_time_and_place_from_their_own_clause(nlp):
    text = ("Published: 19 May 2031\n\nTalks between Norland's army and the Kasmar Liberation Front that were due "
            "to open in Tirelli on Wednesday have been postponed indefinitely, mediators said on Tuesday.")
    ms = [mention(text, "Tirelli", "GPE"), mention(text, "Norland", "GPE"), mention(text, "Kasmar Liberation Front", "ORG")]
    ts = [timeref(text, "Wednesday", "2031-05-21", date(2031, 5, 21), date(2031, 5, 21)),
          timeref(text, "Tuesday", "2031-05-20", date(2031, 5, 20), date(2031, 5, 20))]
    doc = nlp(text)
    assert doc[[t.text for t in doc].index("Talks")].pos_ == "PROPN"  # the model's tag this rule is for
    ev = only(extract_events(doc, AID, ms, ts, [], REF), "CONSULT")
    assert (ev.text, ev.trigger.start, ev.modality) == ("Talks", text.index("Talks"), "postponed")
    assert ev.when is not None and (ev.when.text, ev.when_how) == ("Wednesday", "clause")
    assert ev.location == "Tirelli"
    assert set(ev.source_actors) == {"Norland", "Kasmar Liberation Front"}


def test_a_participle_that_classifies_a_thing_is_no_event(nlp):
    events = run(nlp, "The group said it remained committed to a negotiated solution.")
    assert [e.text for e in events if e.type == "CONSULT"] == []


def test_harm_done_by_a_flood_a_relative_pronoun_stands_for_is_no_event(nlp):
    events = run(nlp, "The government was criticised over the 2022 floods, which killed more than 1,700 people.")
    assert [e.text for e in events if e.type == "ASSAULT"] == []


def test_a_passive_participle_does_not_take_the_subject_of_the_verb_it_hangs_on(nlp):
    text = "Ayub accused the government of failing to spend money pledged by donors."
    ms = [mention(text, "Ayub", "PERSON", "e:ayub")]
    pledged = next(e for e in run(nlp, text, ms) if e.text == "pledged")
    assert pledged.source_actors == ("donors",)
    # an active conjunct still shares its subject
    text = "Varga has visited Tirelli and met Okonkwo."
    ms = [mention(text, "Varga", "PERSON", "e:varga"), mention(text, "Okonkwo", "PERSON", "e:okonkwo")]
    met = next(e for e in run(nlp, text, ms) if e.text == "met")
    assert set(met.source_actors) == {"e:varga", "e:okonkwo"}


def test_a_ban_on_entry_or_trade_is_a_sanction_and_a_march_from_a_place_has_no_actor(nlp):
    text = "Lithuania imposed entry bans on 11 Norlandic officials on Monday."
    ms = [mention(text, "Lithuania", "GPE", "e:lt")]
    ban = next(e for e in run(nlp, text, ms) if e.text == "bans")
    assert (ban.type, ban.source_actors) == ("SANCTION", ("e:lt",))
    text = "A march from Tirelli's main square is planned for Tuesday."
    ms = [mention(text, "Tirelli", "GPE", "e:tirelli")]
    march = only(run(nlp, text, ms), "PROTEST")
    assert (march.source_actors, march.target_actors, march.modality) == ((), (), "planned")


def test_meeting_demands_is_giving_in_not_a_meeting(nlp):
    events = run(nlp, "Norland said it would not meet the kidnappers' demands.")
    assert [(e.type, e.modality) for e in events if e.text == "meet"] == [("CONCEDE", "negated")]


def test_an_attack_between_named_people_without_violence_is_verbal(nlp):
    text = "Varga attacked Okonkwo over his tax plan on Tuesday."
    ms = [mention(text, "Varga", "PERSON", "e:varga"), mention(text, "Okonkwo", "PERSON", "e:okonkwo")]
    ev = next(e for e in run(nlp, text, ms) if e.text == "attacked")
    assert (ev.type, ev.mode, ev.source_actors, ev.target_actors) == ("ACCUSE", "disapprove", ("e:varga",), ("e:okonkwo",))
    assert "verbal attack" in ev.reason
    # a weapon in the sentence, or a group on one side, keeps it an assault
    text = "Varga attacked Okonkwo with a knife on Tuesday."
    ms = [mention(text, "Varga", "PERSON", "e:varga"), mention(text, "Okonkwo", "PERSON", "e:okonkwo")]
    assert next(e for e in run(nlp, text, ms) if e.text == "attacked").type == "ASSAULT"
    text = "Rebels attacked Okonkwo on Tuesday."
    ms = [mention(text, "Okonkwo", "PERSON", "e:okonkwo")]
    assert next(e for e in run(nlp, text, ms) if e.text == "attacked").type == "ASSAULT"



def test_a_patron_hyphenated_to_the_actor_is_not_the_actor(nlp):
    text = "A day earlier, the Norland-backed rebels fired a missile at Tirelli."
    ms = [mention(text, "Norland", "GPE", "e:norland"), mention(text, "Tirelli", "GPE", "e:tirelli")]
    ev = next(e for e in run(nlp, text, ms) if e.text == "fired")
    assert ev.source_actors == ("Norland-backed rebels",)
    assert "e:norland" not in ev.source_actors + ev.target_actors


def test_an_agent_is_no_place(nlp):
    text = "The village was shelled by Kasmar on Monday."
    ms = [mention(text, "Kasmar", "GPE", "e:kasmar")]
    ev = only(run(nlp, text, ms), "ASSAULT")
    assert (ev.source_actors, ev.location) == (("e:kasmar",), None)


def test_taking_ground_and_exchanging_prisoners(nlp):
    text = "Norlandic forces captured the village of Tirelli on Sunday."
    ms = [mention(text, "Tirelli", "GPE", "e:tirelli")]
    ev = next(e for e in run(nlp, text, ms) if e.text == "captured")
    assert (ev.type, ev.target_actors) == ("ASSAULT", ("e:tirelli",))
    text = "Norland and Kasmar exchanged 84 prisoners of war on Thursday."
    ms = [mention(text, "Norland", "GPE", "e:n"), mention(text, "Kasmar", "GPE", "e:k")]
    ev = only(run(nlp, text, ms), "RETREAT")
    assert (ev.text, ev.mode, ev.source_actors) == ("exchanged", "release", ("e:n", "e:k"))
    # capturing a moment is no event
    assert [e for e in run(nlp, "The photographer captured the mood of the crowd.") if e.type == "ASSAULT"] == []


def test_a_trigger_word_inside_proper_nouns_the_recognizer_missed_is_no_event(nlp):
    events = run(nlp, "Among them is the EA-37B Compass Call. Compass Call's mission is to disrupt enemy radars.")
    assert [e.text for e in events if e.type == "CONSULT"] == []


def test_who_comments_on_an_event_is_no_party_to_it(nlp):
    text = "The conversation between Varga and Okonkwo was misinterpreted by Kasmar."
    ms = [mention(text, n, "PERSON" if n != "Kasmar" else "GPE", f"e:{n.lower()}") for n in ("Varga", "Okonkwo", "Kasmar")]
    ev = only(run(nlp, text, ms), "CONSULT")
    assert "e:kasmar" not in ev.source_actors + ev.target_actors
    text = "The summit was called off by Varga."
    ms = [mention(text, "Varga", "PERSON", "e:varga")]
    assert only(run(nlp, text, ms), "CONSULT").source_actors == ("e:varga",)


@pytest.mark.parametrize(("text", "is_request"), [
    ("Kasmar asked its allies to send more air defences.", True),
    ("The union asked for higher wages.", True),
    ("He asked that the minister resign.", True),
    ("Varga said, 'We will see,' when asked whether he would run.", False),
    ("A presenter asked Varga how high the wall would be.", False),
    ("A former adviser asked on Twitter.", False),
])
def test_asking_for_something_is_a_request_asking_a_question_is_not(nlp, text, is_request):
    assert any(e.type == "REQUEST" and e.text.startswith("ask") for e in run(nlp, text)) is is_request


@pytest.mark.parametrize(("text", "is_threat"), [
    ("Kasmar repeated its threat to close the strait.", True),
    ("Tirelli issued a warning to Norland on Monday.", True),
    ("Judges have received death threats against them.", True),
    ("Varga dispensed with the threat from the rebels in two sentences.", False),
    ("The West was facing an existential threat.", False),
])
def test_a_threat_someone_made_is_an_event_a_danger_is_not(nlp, text, is_threat):
    assert any(e.type == "THREATEN" for e in run(nlp, text)) is is_threat


def test_who_receives_a_threat_is_its_target(nlp):
    text = "Judges in Tirelli have received death threats."
    ev = only(run(nlp, text), "THREATEN")
    assert (ev.source_actors, ev.target_actors) == ((), ("Judges",))


def test_supporters_of_a_named_person_are_an_actor_of_their_own(nlp):
    text = "Police fired tear gas at hundreds of Okonkwo supporters outside the court."
    ms = [mention(text, "Okonkwo", "PERSON", "e:okonkwo")]
    ev = only(run(nlp, text, ms), "ASSAULT")
    assert ev.target_actors == ("Okonkwo supporters",)


def test_a_purpose_noun_is_dated_by_its_verb(nlp):
    text = "Both sides will meet in Tirelli on May 20 for talks on a truce, mediators said on Tuesday."
    ts = [timeref(text, "May 20", "2031-05-20", date(2031, 5, 20), date(2031, 5, 20)),
          timeref(text, "Tuesday", "2031-05-13", date(2031, 5, 13), date(2031, 5, 13))]
    talks = next(e for e in run(nlp, text, times=ts) if e.text == "talks")
    assert talks.when is not None and (talks.when.text, talks.when_how) == ("May 20", "clause")
    # "arrested for the attack": the attack is no purpose of the arrest, nor dated by it
    text = "Police arrested two men on Friday for the attack on the convoy."
    ts = [timeref(text, "Friday", "2031-03-07", date(2031, 3, 7), date(2031, 3, 7))]
    attack = next(e for e in run(nlp, text, times=ts) if e.text == "attack")
    assert attack.when_how != "clause"


# ---- wire copy: datelines, crowds, reactions, headlines (session 7)

def test_dateline_place_is_no_actor_and_the_crowd_marches(nlp):
    text = "VESTOGRAD, Sept 18 — Tens of thousands of people marched through Lorvik on Saturday."
    ms = [mention(text, "VESTOGRAD", "GPE"), mention(text, "Lorvik", "GPE")]
    march = only(run(nlp, text, ms), "PROTEST")
    assert march.text == "marched" and march.source_actors == ("people",)
    assert march.location == "Lorvik" and "VESTOGRAD" not in march.source_actors + march.target_actors


def test_dateline_made_subject_leaves_the_apposition_as_speaker(nlp):
    text = "NORTOWN, June 2, 2031 — The Norland Union imposed sanctions on Vestria on Monday."
    ms = [mention(text, "NORTOWN", "GPE"), mention(text, "Norland Union", "ORG"), mention(text, "Vestria", "GPE")]
    sanction = only(run(nlp, text, ms), "SANCTION")
    assert sanction.source_actors == ("Norland Union",) and sanction.target_actors == ("Vestria",)


def test_repression_with_tear_gas_is_an_assault_on_the_group_members(nlp):
    text = "Police used tear gas and water cannon against a group of protesters near the square."
    ev = next(e for e in run(nlp, text) if e.text == "used")
    assert ev.type == "ASSAULT" and ev.source_actors == ("Police",) and ev.target_actors == ("protesters",)


def test_a_march_called_off_is_a_concession_and_a_cancelled_march(nlp):
    text = "Organisers called off a second march planned for Sunday, citing security concerns."
    events = run(nlp, text)
    assert only(events, "CONCEDE").source_actors == ("Organisers",)
    march = only(events, "PROTEST")
    assert march.text == "march" and march.modality == "cancelled"


def test_who_condemns_sanctions_is_no_party_to_them(nlp):
    text = "Vestria's foreign ministry condemned the sanctions as illegal."
    ms = [mention(text, "Vestria", "GPE")]
    events = run(nlp, text, ms)
    assert only(events, "ACCUSE").source_actors == ("Vestria",)
    assert only(events, "SANCTION").source_actors == ()


def test_a_strike_a_union_threatens_to_call_has_not_happened(nlp):
    text = "The union threatened to call a general strike unless the government withdraws the bill."
    strike = only(run(nlp, text), "PROTEST")
    assert strike.text == "strike" and strike.modality == "hypothetical" and strike.source_actors == ("union",)


def test_headline_past_form_is_a_passive_that_postpones_the_talks(nlp):
    text = "Trade talks postponed\n\nThe ministers gave no new date."
    talks = only(run(nlp, text), "CONSULT")
    assert talks.text == "talks" and talks.modality == "postponed"


def test_parties_of_an_of_phrase_are_both_actors(nlp):
    text = "Talks between the foreign ministers of Norland and Vestria were postponed."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    talks = only(run(nlp, text, ms), "CONSULT")
    assert set(talks.source_actors) == {"Norland", "Vestria"} and talks.modality == "postponed"


def test_a_summit_that_could_follow_is_hypothetical(nlp):
    text = "A summit of regional leaders could follow in the spring."
    assert only(run(nlp, text), "CONSULT").modality == "hypothetical"


def test_vow_to_retaliate_is_a_threat_of_an_assault(nlp):
    text = "The president vowed to retaliate against Vestria."
    ms = [mention(text, "Vestria", "GPE")]
    events = run(nlp, text, ms)
    assert only(events, "THREATEN").text == "vowed"
    retaliation = only(events, "ASSAULT")
    assert retaliation.text == "retaliate" and retaliation.modality in {"planned", "hypothetical"}


def test_a_proposal_clause_dates_the_proposal_not_the_summit(nlp):
    text = "A summit of regional leaders, first proposed in January, could follow in May."
    times = [timeref(text, "January", "2031-01", date(2031, 1, 1), date(2031, 1, 31)),
             timeref(text, "May", "2031-05", date(2031, 5, 1), date(2031, 5, 31))]
    summit = only(run(nlp, text, times=times), "CONSULT")
    assert summit.when is not None and summit.when.value == "2031-05"


def test_a_schedule_clause_dates_the_meeting(nlp):
    text = "The meeting, scheduled for March 19, was announced in January."
    times = [timeref(text, "March 19", "2031-03-19", date(2031, 3, 19), date(2031, 3, 19)),
             timeref(text, "January", "2031-01", date(2031, 1, 1), date(2031, 1, 31))]
    meeting = only(run(nlp, text, times=times), "CONSULT")
    assert meeting.when.value == "2031-03-19" and meeting.when_how == "clause"


@pytest.mark.parametrize("text, threat", [
    ("The police chief warned that police will no longer tolerate rallies.", True),
    ("The minister warned that rolling blackouts could return this winter.", False),
    ("The minister warned Vestria against any incursion.", True),
])
def test_a_warning_is_a_threat_only_when_an_actor_will_act(nlp, text, threat):
    ms = [mention(text, "Vestria", "GPE")] if "Vestria" in text else []
    assert any(e.type == "THREATEN" for e in run(nlp, text, ms)) is threat


def test_a_participle_on_the_object_of_will_see_is_planned(nlp):
    text = "The two sides agreed to a deal that will see 33 captives freed over six weeks."
    freed = next(e for e in run(nlp, text) if e.text == "freed")
    assert freed.type == "RETREAT" and freed.modality == "planned"


@pytest.mark.parametrize("text, noun, source", [
    ("The Norland president welcomed the agreement.", "agreement", ()),
    ("The African Union demanded his immediate release.", "release", ()),
    ("Norland requested talks with Vestria.", "talks", ("Norland", "Vestria")),
])
def test_who_welcomes_or_demands_an_event_is_no_party_to_it(nlp, text, noun, source):
    ms = [mention(text, n, "GPE") for n in ("Norland", "Vestria") if n in text and f"{n} president" not in text]
    ev = next(e for e in run(nlp, text, ms) if e.text == noun)
    assert set(ev.source_actors) == set(source)


def test_victims_counted_in_a_disaster_report_are_no_assault(nlp):
    text = ("Earthquake toll climbs above 2,000\n\nThe death toll from Saturday's earthquake rose on Monday. "
            "The ministry said 2,152 people had been killed and more than 5,000 injured.")
    assert [e for e in run(nlp, text) if e.type == "ASSAULT"] == []


def test_victims_of_an_attack_in_a_disaster_story_still_count_when_its_doer_is_named(nlp):
    text = ("Floods hit the north\n\nFloods hit the north on Monday. "
            "Separately, gunmen killed four people in the capital.")
    assert only(run(nlp, text), "ASSAULT").text == "killed"


@pytest.mark.parametrize("text", [
    "Shares of chipmaker Nvidia hit a new high on Wednesday.",
    "Apple said it would fight the lawsuit.",
])
def test_market_levels_and_legal_fights_are_no_assault(nlp, text):
    assert [e for e in run(nlp, text) if e.type == "ASSAULT"] == []


def test_strikes_that_hit_refineries_are_still_an_assault_and_one_event(nlp):
    text = "Oil prices jumped after drone strikes hit two refineries."
    assert [e.text for e in run(nlp, text) if e.type == "ASSAULT"] == ["hit"]


def test_strikes_that_killed_are_one_assault_with_the_victims(nlp):
    text = "Israeli strikes killed at least 40 people across Gaza."
    ms = [mention(text, "Israeli", "NORP"), mention(text, "Gaza", "GPE")]
    (assault,) = [e for e in run(nlp, text, ms) if e.type == "ASSAULT"]
    assert assault.text == "killed" and assault.source_actors == ("Israeli",) and assault.target_actors == ("people",)


def test_a_rally_someone_called_on_supporters_to_hold_is_hypothetical(nlp):
    text = "The president called on supporters to rally in the capital on Monday evening."
    rally = only(run(nlp, text), "PROTEST")
    assert rally.text == "rally" and rally.modality == "hypothetical"


def test_protesters_gathered_on_an_avenue_are_located_there(nlp):
    text = "Thousands of protesters gathered on Rustaveli Avenue on Monday night."
    ms = [mention(text, "Rustaveli Avenue", "FAC")]
    ev = only(run(nlp, text, ms), "PROTEST")
    assert ev.target_actors == () and ev.location == "Rustaveli Avenue"


def test_stocks_that_rally_are_no_protest(nlp):
    assert [e for e in run(nlp, "Wall Street stocks rallied on Wednesday.") if e.type == "PROTEST"] == []


def test_the_time_of_calling_talks_off_does_not_date_the_talks(nlp):
    text = "Vestria called off the talks last month."
    times = [timeref(text, "last month", "2031-02", date(2031, 2, 1), date(2031, 2, 28))]
    talks = only(run(nlp, text, times=times), "CONSULT")
    assert talks.modality == "cancelled" and talks.when is None


def test_a_new_date_the_talks_are_postponed_to_dates_them(nlp):
    text = "Vestria postponed the talks to March 17."
    times = [timeref(text, "March 17", "2031-03-17", date(2031, 3, 17), date(2031, 3, 17))]
    talks = only(run(nlp, text, times=times), "CONSULT")
    assert talks.when is not None and talks.when.value == "2031-03-17"


def test_a_place_something_happens_at_is_no_target(nlp):
    text = "Twenty-four workers were freed on Friday at the Ombala border crossing."
    ms = [mention(text, "Ombala", "GPE")]
    freed = only(run(nlp, text, ms), "RETREAT")
    assert freed.target_actors == ("workers",) and freed.location == "Ombala"


def test_negotiators_act_for_the_parties_they_represent(nlp):
    text = "Negotiators for the government of Veloria and the rebel Northern Front will meet in Geneva."
    ms = [mention(text, "Veloria", "GPE"), mention(text, "Northern Front", "ORG"), mention(text, "Geneva", "GPE")]
    meet = only(run(nlp, text, ms), "CONSULT")
    assert set(meet.source_actors) == {"Veloria", "Northern Front"} and meet.location == "Geneva"


def test_negotiators_with_no_party_named_are_the_actor_as_written(nlp):
    meet = only(run(nlp, "Negotiators met again on Monday."), "CONSULT")
    assert meet.source_actors == ("Negotiators",)


def test_the_meeting_refers_back_to_the_planned_talks(nlp):
    text = ("Norland and Vestria will hold trade talks in Lorvik next month. "
            "Vestria's commerce ministry confirmed the meeting.")
    events = [e for e in run(nlp, text) if e.type == "CONSULT"]
    assert [(e.text, e.modality) for e in events] == [("talks", "planned"), ("meeting", "planned")]
    assert "refers back to 'talks'" in events[1].reason


def test_a_definite_event_noun_with_nothing_before_it_is_presupposed(nlp):
    text = "Vestria's commerce ministry confirmed the meeting."
    assert only(run(nlp, text), "CONSULT").modality == "happened"


def test_capitalised_negotiators_after_a_dateline_act_for_their_party(nlp):
    text = "GENEVA, March 3, 2031 (Wire) - Negotiators for the government of Veloria and the rebels will meet in Geneva."
    ms = [mention(text, "GENEVA", "GPE"), mention(text, "Veloria", "GPE"), mention(text, "Geneva", "GPE", nth=0)]
    meet = only(run(nlp, text, ms), "CONSULT")
    assert "Veloria" in meet.source_actors and "Negotiators" not in meet.source_actors


def test_since_a_year_the_event_spans_to_the_report(nlp):
    text = "The conflict has killed about 14,000 people since 2023."
    times = [timeref(text, "2023", "2023", date(2023, 1, 1), date(2023, 12, 31))]
    killed = only(run(nlp, text, times=times), "ASSAULT")
    assert killed.when.value == f"2023-01-01/{REF.isoformat()}" and killed.when.latest == REF


def test_a_hit_causing_fire_damage_is_still_an_assault(nlp):
    text = "Ukraine had hit the pipeline in Russia using drones, reportedly causing significant fire damage."
    assert any(e.type == "ASSAULT" and e.text == "hit" for e in run(nlp, text))


def test_sanctions_on_a_country_are_not_located_there(nlp):
    text = "The United States imposed sanctions on Russia."
    ms = [mention(text, "United States", "GPE"), mention(text, "Russia", "GPE")]
    sanction = only(run(nlp, text, ms), "SANCTION")
    assert sanction.location is None and sanction.target_actors == ("Russia",)


@pytest.mark.parametrize("text", [
    "Her aide rallied supporters, saying they had to be ready.",
    "The only way to stop him may be to rally behind Ted Cruz.",
])
def test_gathering_support_is_no_protest(nlp, text):
    assert [e for e in run(nlp, text) if e.type == "PROTEST"] == []


def test_protesters_who_rally_outside_parliament_protest(nlp):
    text = "Tens of thousands of protesters rallied outside parliament on Sunday."
    assert any(e.type == "PROTEST" and e.text == "rallied" for e in run(nlp, text))


@pytest.mark.parametrize("text, trigger, type_", [
    ("Russia annexed Crimea in 2014.", "annexed", "COERCE"),
    ("Ukraine sank the cruiser Moskva in April 2022.", "sank", "ASSAULT"),
])
def test_annexing_and_sinking(nlp, text, trigger, type_):
    assert any(e.type == type_ and e.text == trigger for e in run(nlp, text))


def test_a_quake_the_parser_hangs_on_its_magnitude_kills_no_one_by_assault(nlp):
    text = "A magnitude 6.9 earthquake struck the north early on Tuesday, collapsing houses and killing at least 40 people."
    assert [e for e in run(nlp, text) if e.type == "ASSAULT"] == []


def test_a_strike_called_for_next_monday_is_a_planned_walkout(nlp):
    text = "The union has called a strike for next Monday."
    times = [timeref(text, "next Monday", "2031-03-17", date(2031, 3, 17), date(2031, 3, 17))]
    strike = only(run(nlp, text, times=times), "PROTEST")
    assert strike.modality == "planned" and strike.source_actors == ("union",)


def test_talks_held_on_a_past_day_stay_happened(nlp):
    text = "The two sides held talks on Monday."
    times = [timeref(text, "Monday", "2031-03-03", date(2031, 3, 3), date(2031, 3, 3))]
    assert only(run(nlp, text, times=times), "CONSULT").modality == "happened"


def test_a_time_in_a_clause_on_the_subject_does_not_date_the_verb(nlp):
    text = "Twenty-four workers held by an armed group since July were freed on Friday."
    times = [timeref(text, "July", "2031-07", date(2031, 7, 1), date(2031, 7, 31)),
             timeref(text, "Friday", "2031-08-22", date(2031, 8, 22), date(2031, 8, 22))]
    freed = only(run(nlp, text, times=times), "RETREAT")
    assert freed.when.value == "2031-08-22" and freed.when_how == "clause"


@pytest.mark.parametrize("text, asks", [
    ("The former port chief pleaded not guilty on Thursday.", False),
    ("The mayor pleaded for international help after the floods.", True),
    ("Relatives pleaded with the rebels to free the hostages.", True),
])
def test_a_plea_in_court_is_no_request(nlp, text, asks):
    assert any(e.type == "REQUEST" and e.text == "pleaded" for e in run(nlp, text)) is asks


def test_an_event_in_a_live_blog_entry_takes_its_stamp(nlp):
    text = ("Storm live\n\n17:50 — The Prime Minister has spoken to the leaders of the councils.\n\n"
            "Welcome to our live coverage of the storm.")
    times = [timeref(text, "17:50", "2031-03-10T17:50", date(2031, 3, 10), date(2031, 3, 10))]
    events = run(nlp, text, times=times)
    spoken = only(events, "CONSULT")
    assert spoken.when.value == "2031-03-10T17:50" and spoken.when_how == "paragraph"
    assert [e for e in events if e.type == "SUPPORT"] == []  # "Welcome to" welcomes no act


# ---- news that is not about conflict (sports, business, science, weather, culture) ----

def types_of(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in events]


@pytest.mark.parametrize("text", [
    "Arsenal came from behind to beat Leeds United 3-1 at the Emirates Stadium on Saturday.",
    "Saka struck in the 52nd minute.",
    "Daniel James struck a low shot past the goalkeeper.",
    "Alcaraz attacked the net repeatedly.",
])
def test_a_game_is_no_assault(nlp, text):
    assert [e for e in run(nlp, text) if e.type == "ASSAULT"] == []


def test_a_score_is_read_on_its_own_and_violence_stays(nlp):
    assert [e for e in run(nlp, "Sinner beat Alcaraz 6-4, 6-4 on Sunday.") if e.type == "ASSAULT"] == []
    assert only(run(nlp, "Police beat the protesters on Sunday."), "ASSAULT").text == "beat"
    assert only(run(nlp, "Gunmen attacked a police station in the town."), "ASSAULT").text == "attacked"
    assert only(run(nlp, "An air strike hit the hospital."), "ASSAULT").text == "hit"


def test_a_market_force_is_no_attacker(nlp):
    events = run(nlp, "The company has been hit by weak demand for its tablets.")
    assert types_of(events) == []
    assert [e for e in run(nlp, "Our budget has been hit by ten years of cuts.") if e.type == "ASSAULT"] == []
    # a real demand someone made stays
    assert only(run(nlp, "The union rejected the company's demand to cut wages."), "REQUEST").text == "demand"


def test_workers_on_strike_protest(nlp):
    text = "Workers at the distribution centre went on strike on Monday."
    strike = only(run(nlp, text), "PROTEST")
    assert (strike.text, strike.mode, strike.trigger.start) == ("strike", "strike", text.index("strike"))
    walkout = only(run(nlp, "A second walkout is planned for December 15."), "PROTEST")
    assert (walkout.text, walkout.modality) == ("walkout", "planned")
    struck = only(run(nlp, "The workers would strike if any jobs were cut."), "PROTEST")
    assert (struck.text, struck.mode) == ("strike", "strike")


def test_a_fine_is_a_sanction(nlp):
    text = "The European Commission fined Novatek 150 million euros last week."
    events = run(nlp, text, mentions=[mention(text, "European Commission", "ORG", "ec"), mention(text, "Novatek", "ORG", "nv")])
    fine = only(events, "SANCTION")
    assert (fine.text, fine.source_actors, fine.trigger.start) == ("fined", ("ec",), text.index("fined"))


def test_attacking_a_plan_is_criticism(nlp):
    events = run(nlp, "Opposition councillors attacked the plan as a false economy.")
    accuse = only(events, "ACCUSE")
    assert (accuse.text, accuse.mode) == ("attacked", "disapprove")
    assert [e for e in events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "The heat struck as tourists crowded beaches.",
    "Hail hit cars across the region.",
    "The foxes already attack the bags.",
    "The immune system fights the infection.",
    "It is a promising attack on a disease that kills a million people a year.",
    "A falling tree killed a man in Hamburg.",
])
def test_nature_illness_and_animals_do_no_harm_events(nlp, text):
    assert [e for e in run(nlp, text) if e.type == "ASSAULT"] == []


def test_nature_is_no_actor_of_other_events(nlp):
    assert types_of(run(nlp, "Forecasters said the heat would ease by Thursday.")) == []
    # a conjoined verb keeps its own reading: the farmers demand, the drought destroyed
    events = run(nlp, "Farmers' groups said the drought had destroyed the harvest and demanded compensation.")
    assert [e.text for e in events if e.type == "REQUEST"] == ["demanded"]


def test_defending_a_title_is_no_support(nlp):
    assert [e for e in run(nlp, "Italy will defend their title in Malaga.") if e.type == "SUPPORT"] == []
    assert only(run(nlp, "The minister defended the protesters."), "SUPPORT").text == "defended"


def test_a_threat_says_what_is_threatened(nlp):
    assert [e for e in run(nlp, "Leeds threatened late on but the keeper saved.") if e.type == "THREATEN"] == []
    assert [e for e in run(nlp, "The director said the production had been threatened by budget cuts.")
            if e.type == "THREATEN"] == []
    assert only(run(nlp, "Iran threatened to close the strait."), "THREATEN").text == "threatened"
    assert only(run(nlp, "The police threatened the reporters with arrest."), "THREATEN").text == "threatened"
    assert only(run(nlp, "The journalist was threatened by the gang."), "THREATEN").text == "threatened"


def test_a_profit_warning_is_no_threat(nlp):
    assert [e for e in run(nlp, "The chipmaker warned on profit on Thursday.") if e.type == "THREATEN"] == []
    assert only(run(nlp, "The army warned that soldiers would open fire on anyone crossing."), "THREATEN").text == "warned"


def test_meeting_a_target_is_no_meeting(nlp):
    assert [e for e in run(nlp, "The chief executive said the club was on track to meet its revenue targets.")
            if e.type == "CONSULT"] == []
    assert only(run(nlp, "President Obama met survivors of the attack on Thursday."), "CONSULT").text == "met"


@pytest.mark.parametrize("text, found", [
    ("The primary issue is over the US demand for a ceasefire in place.", True),
    ("Chipmaker posts record quarter as AI demand surges", False),
    ("A flood warning remains in place for the region.", False),
])
def test_a_demand_or_warning_is_an_event_when_an_actor_made_it(nlp, text, found):
    ms = [mention(text, "US", "GPE")] if "US" in text else []
    assert any(e.type in {"REQUEST", "THREATEN"} for e in run(nlp, text, ms)) is found


def test_the_of_phrase_of_a_meeting_names_who_takes_part(nlp):
    text = "The meeting of Norland and Vestria was postponed."
    ms = [mention(text, "Norland", "GPE"), mention(text, "Vestria", "GPE")]
    meeting = only(run(nlp, text, ms), "CONSULT")
    assert set(meeting.source_actors) == set(meeting.target_actors) == {"Norland", "Vestria"}
    assert "'of' object of the noun (who takes part)" in meeting.reason
    # a meeting "of the minds" names no one
    meeting = only(run(nlp, "A meeting of the minds took place."), "CONSULT")
    assert meeting.source_actors == () and meeting.target_actors == ()


def test_the_of_phrase_of_talk_or_discussion_is_its_topic_not_who_talks(nlp):
    talk = only(run(nlp, "He dismissed talk of a deal with Norland.", [mention("He dismissed talk of a deal with Norland.", "Norland", "GPE")]), "CONSULT")
    assert "Norland" not in talk.source_actors
