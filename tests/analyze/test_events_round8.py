"""Event types at the PLOVER boundaries, on fresh sentences written for this round.

Each sentence sits on one boundary of the manual (THREATEN/COERCE, COERCE/ASSAULT, AGREE/RETREAT,
CONCEDE/RETREAT, REJECT/AGREE, MOBILIZE/COOPERATE): the table asserts the sentence's main event (the
most confident one), its trigger and offset, type and modality. The tests after it assert actors and
the filters added with these rules.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from storyline.analyze.events import extract_events
from storyline.records import Event, Mention, Span, record_id

AID = "art8"
REF = date(2031, 3, 10)


def mention(text: str, phrase: str, label: str) -> Mention:
    start = text.index(phrase)
    return Mention(record_id(AID, "m", start), Span(AID, start, start + len(phrase)), Span(AID, 0, len(text)),
                   phrase, label)


def run(nlp, text: str, mentions=()) -> list[Event]:
    return extract_events(nlp(text), AID, list(mentions), [], [], REF)


def main(events: list[Event]) -> Event:
    assert events, "no event"
    return max(events, key=lambda e: (e.confidence, -e.trigger.start))


def word_at(text: str, word: str) -> int:
    return re.search(rf"\b{re.escape(word)}\b", text).start()


BOUNDARY = [
    # ---- THREATEN: the threat, not the act threatened (manual 3.11, CAMEO 13)
    ('The military government threatened to impose a curfew in the capital if the protests continue.', 'threatened', 'THREATEN', 'happened'),
    ('Authorities imposed a night-time curfew on the port city of Mersin on Tuesday.', 'curfew', 'COERCE', 'happened'),
    ('The interior minister warned that police would arrest anyone who joined the banned march.', 'warned', 'THREATEN', 'happened'),
    ('The government threatened to expel foreign journalists who report on the unrest.', 'threatened', 'THREATEN', 'happened'),
    ('The transport union threatened a nationwide strike unless wages are raised.', 'threatened', 'THREATEN', 'happened'),
    ('Washington threatened new sanctions against Caracas over the disputed election.', 'threatened', 'THREATEN', 'happened'),
    ('The regulator warned the bank that it would revoke its licence.', 'warned', 'THREATEN', 'happened'),
    ('North Korea threatened to strike American bases in Guam.', 'threatened', 'THREATEN', 'happened'),
    ('Farmers threatened to block highways if the subsidy cut goes ahead.', 'threatened', 'THREATEN', 'happened'),
    ('The militia warned it would attack any convoy entering the valley.', 'warned', 'THREATEN', 'happened'),
    ('The health minister threatened to resign if the budget cuts were approved.', 'threatened', 'THREATEN', 'happened'),
    ('Beijing vowed to crush any attempt at independence by Taiwan.', 'vowed', 'THREATEN', 'happened'),
    ('The army issued an ultimatum to the rebels to lay down their arms by Friday.', 'ultimatum', 'THREATEN', 'happened'),
    # ---- COERCE: repression and restriction done (CAMEO 17), not threatened; kidnapping stays ASSAULT
    ('Police detained 40 protesters outside the parliament building on Saturday.', 'detained', 'COERCE', 'happened'),
    ('Riot police arrested dozens of students after clashes at the university.', 'arrested', 'COERCE', 'happened'),
    ('Kenya deported two British activists on Monday.', 'deported', 'COERCE', 'happened'),
    ('The junta banned the main opposition party and seized its assets.', 'banned', 'COERCE', 'happened'),
    ('Police raided the offices of an opposition newspaper and confiscated computers.', 'confiscated', 'COERCE', 'happened'),
    ('The authorities shut down mobile internet across the restive province.', 'shut', 'COERCE', 'happened'),
    ('A court in Minsk sentenced the opposition activist to five years in prison.', 'sentenced', 'COERCE', 'happened'),
    ('The government declared a state of emergency in three provinces after the riots.', 'state', 'COERCE', 'happened'),
    ('Troops placed the former president under house arrest.', 'placed', 'COERCE', 'happened'),
    ('Gunmen kidnapped a local official in the north of the country.', 'kidnapped', 'ASSAULT', 'happened'),
    # ---- AGREE: the agreement or offer happened; the act agreed is planned (product convention)
    ('The rebels agreed to release the hostages in exchange for safe passage.', 'agreed', 'AGREE', 'happened'),
    ('The kidnappers freed the three aid workers on Sunday.', 'freed', 'RETREAT', 'happened'),
    ('Both sides agreed to a ceasefire starting at midnight.', 'agreed', 'AGREE', 'happened'),
    ('The mining company agreed to pay compensation to the families of the victims.', 'agreed', 'AGREE', 'happened'),
    ('Qatar offered to host the next round of talks between the two sides.', 'offered', 'AGREE', 'happened'),
    ('The government pledged to rebuild every home destroyed by the floods.', 'pledged', 'AGREE', 'happened'),
    ('Athens and Ankara agreed to resume direct flights between the two countries.', 'agreed', 'AGREE', 'happened'),
    ('The president promised to hold early elections next year.', 'promised', 'AGREE', 'happened'),
    ('The rebels said they were ready to hand over their weapons to the peacekeepers.', 'hand', 'RETREAT', 'hypothetical'),
    ('The automaker committed to investing two billion dollars in the new plant.', 'committed', 'AGREE', 'happened'),
    # ---- CONCEDE: giving in, dropping a demand, taking back a measure (CAMEO 08 verbal yield)
    ("The opposition dropped its demand for the prime minister's resignation.", 'dropped', 'CONCEDE', 'happened'),
    ('The government backed down and scrapped the fuel tax increase after weeks of protests.', 'backed', 'CONCEDE', 'happened'),
    ('The authorities lifted the curfew in the northern province on Wednesday.', 'lifted', 'CONCEDE', 'happened'),
    ('The president pardoned 300 political prisoners to mark the national holiday.', 'pardoned', 'CONCEDE', 'happened'),
    ("Management gave in to the union's demands and raised wages by 8 percent.", 'gave', 'CONCEDE', 'happened'),
    ("The government agreed to the strikers' demands after a week of talks.", 'agreed', 'CONCEDE', 'happened'),
    ('The government withdrew the controversial media bill after mass protests.', 'withdrew', 'CONCEDE', 'happened'),
    ("The city council reversed its decision to close the children's hospital.", 'reversed', 'CONCEDE', 'happened'),
    # ---- RETREAT: material yielding (withdrawal, resignation, access)
    ('Russia withdrew troops from the border region.', 'withdrew', 'RETREAT', 'happened'),
    ('The army pulled out of the town after a week of fighting.', 'pulled', 'RETREAT', 'happened'),
    ('The transport minister resigned over the corruption scandal.', 'resigned', 'RETREAT', 'happened'),
    ('The government allowed UN inspectors into the nuclear site.', 'allowed', 'RETREAT', 'happened'),
    # ---- REJECT: rejections and refusals (CAMEO 12)
    ("The union rejected the management's latest pay offer.", 'rejected', 'REJECT', 'happened'),
    ('Moscow rejected the proposal for talks with Kyiv.', 'rejected', 'REJECT', 'happened'),
    ('The government refused to release the detained journalists.', 'refused', 'REJECT', 'happened'),
    ('The militants turned down the ceasefire proposal.', 'turned', 'REJECT', 'happened'),
    ('The prime minister declined an invitation to attend the summit.', 'declined', 'REJECT', 'happened'),
    ('Parliament voted down the austerity package on Thursday.', 'voted', 'REJECT', 'happened'),
    ('Hundreds of residents defied the curfew and gathered in the main square.', 'defied', 'REJECT', 'happened'),
    # ---- MOBILIZE: shows of force short of its use (CAMEO 15); joint exercises are COOPERATE
    ('The army mobilised 10,000 reservists after the border incident.', 'mobilised', 'MOBILIZE', 'happened'),
    ('The defence ministry put troops on high alert along the border.', 'put', 'MOBILIZE', 'happened'),
    ('Pyongyang deployed additional artillery units near the demilitarised zone.', 'deployed', 'MOBILIZE', 'happened'),
    ("The government sent riot police to the capital's main square ahead of the rally.", 'sent', 'MOBILIZE', 'happened'),
    ('Turkey massed tanks and troops on its border with Syria.', 'massed', 'MOBILIZE', 'happened'),
    ('The navy began military exercises in the Baltic Sea on Monday.', 'exercises', 'MOBILIZE', 'happened'),
    ('India and Japan held joint naval exercises in the Bay of Bengal.', 'exercises', 'COOPERATE', 'happened'),
    ('The interior ministry called up police reserves ahead of the election.', 'called', 'MOBILIZE', 'happened'),
    # ---- AGREE, second batch
    ('The two companies reached an agreement on the merger terms late on Friday.', 'agreement', 'AGREE', 'happened'),
    ('Negotiators struck a deal to end the three-week strike at the port.', 'struck', 'AGREE', 'happened'),
    ('The president accepted an invitation to visit Beijing in the spring.', 'accepted', 'AGREE', 'happened'),
    ("The rebels accepted the African Union's peace plan.", 'accepted', 'AGREE', 'happened'),
    ('Tokyo promised two billion dollars in reconstruction aid to Kyiv.', 'promised', 'AGREE', 'happened'),
    ('The two parties agreed to form a coalition government.', 'agreed', 'AGREE', 'happened'),
    ('Both leaders vowed to deepen economic cooperation.', 'vowed', 'AGREE', 'happened'),
    # ---- CONCEDE, second batch
    ('The government eased restrictions on public gatherings.', 'eased', 'CONCEDE', 'happened'),
    ('The government bowed to pressure from truckers and cancelled the fuel price rise.', 'bowed', 'CONCEDE', 'happened'),
    ('The regime granted an amnesty to 2,000 prisoners.', 'amnesty', 'CONCEDE', 'happened'),
    ("The airline met the pilots' demands for higher pay.", 'met', 'CONCEDE', 'happened'),
    ('The government caved in to pressure from farmers and restored the diesel subsidy.', 'caved', 'CONCEDE', 'happened'),
    # ---- THREATEN, second batch
    ('Police threatened the reporters with arrest.', 'threatened', 'THREATEN', 'happened'),
    ('The government threatened to cut off electricity to the rebel-held north.', 'threatened', 'THREATEN', 'happened'),
    ('The striking doctors warned they would resign en masse if their pay was not raised.', 'warned', 'THREATEN', 'happened'),
    ('The club threatened legal action against the newspaper.', 'threatened', 'THREATEN', 'happened'),
    # ---- COERCE, second batch
    ('Customs officers seized two tonnes of cocaine at the port.', 'seized', 'COERCE', 'happened'),
    ('Authorities confiscated the passports of 12 activists.', 'confiscated', 'COERCE', 'happened'),
    ('The junta dissolved parliament and suspended the constitution.', 'suspended', 'COERCE', 'happened'),
    ("Soldiers demolished the family's home on Tuesday.", 'demolished', 'COERCE', 'happened'),
    ('The government expelled the Reuters correspondent after a critical report.', 'expelled', 'COERCE', 'happened'),
    # ---- MOBILIZE, second batch
    ('Serbia raised the combat readiness of its army.', 'raised', 'MOBILIZE', 'happened'),
    ('Armed police were deployed outside the stadium before the match.', 'deployed', 'MOBILIZE', 'happened'),
    # ---- REJECT and RETREAT, second batch
    ('The rebels rejected calls to disarm.', 'rejected', 'REJECT', 'happened'),
    ("The court rejected the government's request to ban the party.", 'rejected', 'REJECT', 'happened'),
    ('Iran refused to allow inspectors into the site.', 'refused', 'REJECT', 'happened'),
    ("The board dismissed the shareholders' demands.", 'dismissed', 'REJECT', 'happened'),
    ('The authorities released the opposition leader from house arrest.', 'released', 'RETREAT', 'happened'),
    # ---- third batch: refusals, walk-outs, threats of arrest, round-ups, offers to release
    ('The president refused to step down despite weeks of protests.', 'refused', 'REJECT', 'happened'),
    ('The junta ruled out any withdrawal of its troops from the north.', 'ruled', 'REJECT', 'happened'),
    ('The government rejected calls to lift the curfew.', 'rejected', 'REJECT', 'happened'),
    ('Opposition leaders refused to meet the president.', 'refused', 'REJECT', 'happened'),
    ('The rebels walked out of the peace talks in Geneva.', 'walked', 'SANCTION', 'happened'),
    ('The kidnappers refused to free the hostages until a ransom is paid.', 'refused', 'REJECT', 'happened'),
    ('Police warned protesters that they would be arrested if they returned to the square.', 'warned', 'THREATEN', 'happened'),
    ('The mayor threatened to ban the march.', 'threatened', 'THREATEN', 'happened'),
    ('Authorities threatened protesters with tear gas.', 'threatened', 'THREATEN', 'happened'),
    ('The landlord threatened to evict the tenants.', 'threatened', 'THREATEN', 'happened'),
    ('Security forces rounded up hundreds of suspected militants.', 'rounded', 'COERCE', 'happened'),
    ('Police took 15 activists into custody.', 'took', 'COERCE', 'happened'),
    ('The army seized control of the state broadcaster.', 'seized', 'COERCE', 'happened'),
    ('Police stormed the opposition headquarters and arrested its leader.', 'arrested', 'COERCE', 'happened'),
    ('Riot police dispersed the crowd outside the electoral commission.', 'dispersed', 'COERCE', 'happened'),
    ('Troops opened fire on protesters, killing three.', 'opened', 'ASSAULT', 'happened'),
    ('The government agreed to free 200 prisoners as part of the deal.', 'agreed', 'AGREE', 'happened'),
    ('Israel offered to release 50 Palestinian prisoners.', 'offered', 'AGREE', 'happened'),
    ("The union accepted the company's revised offer, ending the strike.", 'accepted', 'AGREE', 'happened'),
    ('The two countries signed a trade agreement in Hanoi.', 'signed', 'SUPPORT', 'happened'),
    ("The teachers' union suspended its strike pending new talks.", 'suspended', 'CONCEDE', 'happened'),
    ('The rebels released 20 soldiers they had captured in March.', 'released', 'RETREAT', 'happened'),
    ('The two sides exchanged prisoners on Saturday.', 'exchanged', 'RETREAT', 'happened'),
    ('The central bank froze the assets of three businessmen.', 'froze', 'SANCTION', 'happened'),
    ('Teachers went on strike over pay on Monday.', 'strike', 'PROTEST', 'happened'),
    ('The Pentagon ordered an aircraft carrier to the eastern Mediterranean.', 'ordered', 'MOBILIZE', 'happened'),
    # ---- fourth batch: agreements reached or offered, threats of retaliation, censorship
    ('The rebels agreed to a prisoner swap.', 'agreed', 'AGREE', 'happened'),
    ('Beijing and Washington reached a consensus on tariffs.', 'consensus', 'AGREE', 'happened'),
    ("The opposition accepted the government's offer of dialogue.", 'accepted', 'AGREE', 'happened'),
    ('The union and the employers reached a tentative agreement.', 'agreement', 'AGREE', 'happened'),
    ('Kenya has offered to mediate between the two sides.', 'offered', 'AGREE', 'happened'),
    ('Egypt has agreed to host the next round of talks.', 'agreed', 'AGREE', 'happened'),
    ('The government announced an agreement with the striking nurses.', 'agreement', 'AGREE', 'happened'),
    ('Iran has threatened retaliation for the killing of its general.', 'threatened', 'THREATEN', 'happened'),
    ("The miners' union has threatened industrial action over pit closures.", 'threatened', 'THREATEN', 'happened'),
    ('Russia warned it could deploy nuclear weapons in Belarus.', 'warned', 'THREATEN', 'happened'),
    ('Hackers threatened to leak the data unless a ransom was paid.', 'threatened', 'THREATEN', 'happened'),
    ('The authorities blocked access to social media during the vote.', 'blocked', 'COERCE', 'happened'),
    ('The regime jailed dozens of dissidents last year.', 'jailed', 'COERCE', 'happened'),
    ('Police detained the journalist for questioning.', 'detained', 'COERCE', 'happened'),
    # ---- fifth batch: promised revenge, security build-ups, restrictions, apologies
    ('The militant group vowed revenge for the killing of its commander.', 'vowed', 'THREATEN', 'happened'),
    ('The army dispatched two battalions to the restive province.', 'dispatched', 'MOBILIZE', 'happened'),
    ('Police tightened security around the parliament ahead of the vote.', 'tightened', 'MOBILIZE', 'happened'),
    ('The navy stepped up patrols in the strait after the incident.', 'stepped', 'MOBILIZE', 'happened'),
    ('The junta imposed restrictions on foreign media.', 'restrictions', 'COERCE', 'happened'),
    ('The government lifted restrictions on foreign media.', 'lifted', 'CONCEDE', 'happened'),
    ('Protesters burned tyres and blocked the main highway into the city.', 'blocked', 'PROTEST', 'happened'),
    ('The court ordered the release of the detained reporters.', 'ordered', 'REQUEST', 'happened'),
    ('The rebels freed two hostages as a goodwill gesture.', 'freed', 'RETREAT', 'happened'),
    ("The prime minister apologised to the victims' families.", 'apologised', 'SUPPORT', 'happened'),
    ('The army denied journalists access to the area.', 'denied', 'REJECT', 'happened'),
]


@pytest.mark.parametrize("text, trigger, type_, modality", BOUNDARY)
def test_main_event_type_trigger_and_modality_at_the_boundary(nlp, text, trigger, type_, modality):
    ev = main(run(nlp, text))
    start = word_at(text, trigger)
    assert (ev.type, ev.text, ev.modality) == (type_, trigger, modality), ev.reason
    assert (ev.trigger.start, ev.trigger.end) == (start, start + len(trigger))


def test_warning_that_police_would_arrest_is_the_ministers_threat(nlp):
    text = "The interior minister warned that police would arrest anyone who joined the banned march."
    events = run(nlp, text)
    ev = main(events)
    assert (ev.type, ev.text, ev.trigger.start) == ("THREATEN", "warned", text.index("warned"))
    assert ev.source_actors == ("interior minister",) and ev.confidence == 0.8
    arrest = next(e for e in events if e.text == "arrest")
    assert (arrest.type, arrest.modality) == ("COERCE", "planned")


def test_warning_of_a_conditional_resignation_is_an_ultimatum(nlp):
    text = "The striking doctors warned they would resign en masse if their pay was not raised."
    ev = main(run(nlp, text))
    assert (ev.type, ev.text, ev.modality) == ("THREATEN", "warned", "happened")
    assert ev.source_actors == ("striking doctors",)
    assert "@ultimatum" in ev.reason


def test_a_conditional_promise_is_no_threat(nlp):
    ev = main(run(nlp, "The candidate vowed to cut taxes if elected."))
    assert (ev.type, ev.text) == ("AGREE", "vowed")


def test_a_vow_not_to_attack_is_no_threat(nlp):
    events = run(nlp, "The president vowed not to attack first.")
    assert [(e.type, e.text) for e in events if e.type == "THREATEN"] == []
    assert main(events).type == "AGREE"


def test_a_forecast_of_natures_harm_is_no_threat(nlp):
    assert run(nlp, "Forecasters warned that the storm would destroy thousands of homes.") == []


def test_threat_with_legal_action_against_a_newspaper_has_both_actors(nlp):
    text = "The club threatened legal action against the newspaper."
    ev = main(run(nlp, text))
    assert (ev.type, ev.source_actors, ev.target_actors) == ("THREATEN", ("club",), ("newspaper",))


def test_agreeing_to_demands_is_a_concession_but_agreeing_on_terms_is_not(nlp):
    conceded = main(run(nlp, "The government agreed to the strikers' demands after a week of talks."))
    assert (conceded.type, conceded.text, conceded.source_actors) == ("CONCEDE", "agreed", ("government",))
    agreed = main(run(nlp, "The two sides agreed on the terms of the deal."))
    assert (agreed.type, agreed.text) == ("AGREE", "agreed")


def test_dropped_demand_is_a_concession_and_the_demand_is_cancelled(nlp):
    text = "The opposition dropped its demand for the prime minister's resignation."
    events = run(nlp, text)
    ev = main(events)
    assert (ev.type, ev.text, ev.trigger.start, ev.source_actors) == (
        "CONCEDE", "dropped", text.index("dropped"), ("opposition",))
    demand = next(e for e in events if e.text == "demand")
    assert (demand.type, demand.modality) == ("REQUEST", "cancelled")


def test_struck_a_deal_is_an_agreement_and_no_blow(nlp):
    events = run(nlp, "Negotiators struck a deal to end the three-week strike at the port.")
    ev = main(events)
    assert (ev.type, ev.text, ev.source_actors) == ("AGREE", "struck", ("Negotiators",))
    assert not any(e.type == "ASSAULT" for e in events)
    assert not any(e.text == "deal" for e in events)  # the deal is the verb's own object


def test_lifting_a_state_of_emergency_is_one_concession(nlp):
    text = "The authorities lifted the state of emergency on Monday."
    events = run(nlp, text)
    assert [(e.type, e.text, e.source_actors, e.target_actors) for e in events] == [
        ("CONCEDE", "lifted", ("authorities",), ())]  # the state of emergency is no actor


def test_declared_state_of_emergency_is_coercion_by_the_government(nlp):
    text = "The government declared a state of emergency in three provinces after the riots."
    ev = main(run(nlp, text))
    assert (ev.type, ev.mode, ev.text, ev.trigger.start) == ("COERCE", "martial-law", "state", text.index("state"))
    assert ev.source_actors == ("government",)


def test_house_arrest_is_done_by_the_verbs_subject(nlp):
    text = "Troops placed the former president under house arrest."
    ev = main(run(nlp, text))
    assert (ev.type, ev.mode, ev.text) == ("COERCE", "arrest", "placed")
    assert ev.source_actors == ("Troops",) and ev.target_actors == ("former president",)


def test_expelling_a_journalist_is_coercion_expelling_diplomats_a_sanction(nlp):
    text = "The government expelled the Reuters correspondent after a critical report."
    ev = main(run(nlp, text, [mention(text, "Reuters", "ORG")]))
    assert (ev.type, ev.mode, ev.source_actors) == ("COERCE", "deport", ("government",))
    text = "The EU expelled three Russian diplomats."
    ev = main(run(nlp, text, [mention(text, "EU", "ORG"), mention(text, "Russian", "NORP")]))
    assert (ev.type, ev.mode, ev.source_actors) == ("SANCTION", "expel", ("EU",))


def test_shutting_down_the_internet_withholds_a_service(nlp):
    ev = main(run(nlp, "The authorities shut down mobile internet across the restive province."))
    assert (ev.type, ev.mode, ev.text, ev.source_actors) == ("COERCE", "withhold", "shut", ("authorities",))
    assert run(nlp, "The carmaker shut down its plant in Ohio.") == []


def test_mobilised_force_is_no_target(nlp):
    text = "The army mobilised 10,000 reservists after the border incident."
    ev = main(run(nlp, text))
    assert (ev.type, ev.source_actors, ev.target_actors) == ("MOBILIZE", ("army",), ())
    ev = main(run(nlp, "Troops were deployed to the capital."))
    assert (ev.type, ev.source_actors, ev.target_actors) == ("MOBILIZE", ("Troops",), ())
    assert "passive subject" in ev.reason


def test_putting_troops_on_alert_is_mobilisation_by_the_subject(nlp):
    text = "The defence ministry put troops on high alert along the border."
    ev = main(run(nlp, text))
    assert (ev.type, ev.text, ev.trigger.start) == ("MOBILIZE", "put", text.index("put"))
    assert ev.source_actors == ("defence ministry",)


def test_sending_riot_police_is_police_mobilisation(nlp):
    text = "The government sent riot police to the capital's main square ahead of the rally."
    ev = main(run(nlp, text))
    assert (ev.type, ev.mode, ev.text, ev.source_actors) == ("MOBILIZE", "police", "sent", ("government",))


def test_deploying_what_is_no_force_is_no_mobilisation(nlp):
    assert run(nlp, "The firm deployed its new software across 40 hospitals.") == []
    assert run(nlp, "The city deployed rescue teams to the flooded district.") == []
    assert run(nlp, "The party mobilised its supporters for the vote.") == []
    assert run(nlp, "The deployment of 5G networks has been delayed.") == []
    text = "Russia deployed Iskander missile systems in Kaliningrad."
    ev = main(run(nlp, text, [mention(text, "Russia", "GPE")]))
    assert (ev.type, ev.text, ev.source_actors) == ("MOBILIZE", "deployed", ("Russia",))


def test_one_sides_drills_are_mobilisation_joint_drills_cooperation(nlp):
    text = "The navy held naval drills with the US Navy off the coast."
    ev = main(run(nlp, text, [mention(text, "the US Navy", "ORG")]))
    assert (ev.type, ev.text) == ("COOPERATE", "drills")
    assert set(ev.source_actors) == set(ev.target_actors) == {"navy", "the US Navy"}
    assert "held jointly" in ev.reason
    text = "Russian forces held military drills near the border."
    ev = main(run(nlp, text, [mention(text, "Russian", "NORP")]))
    assert (ev.type, ev.text, ev.source_actors) == ("MOBILIZE", "drills", ("Russian",))


def test_readiness_to_hand_over_weapons_is_a_hypothetical_retreat_by_the_speakers(nlp):
    text = "The rebels said they were ready to hand over their weapons to the peacekeepers."
    ev = main(run(nlp, text))
    assert (ev.type, ev.text, ev.modality) == ("RETREAT", "hand", "hypothetical")
    assert ev.source_actors == ("rebels",)


def test_declining_to_comment_or_asking_for_comment_is_no_event(nlp):
    assert run(nlp, "A spokesman for the ministry declined to comment.") == []
    assert run(nlp, "The company refused to elaborate on the report.") == []
    assert run(nlp, "The ministry did not respond to a request for comment.") == []
    ev = main(run(nlp, "Police refused to answer questions about the raid."))
    assert (ev.type, ev.text, ev.source_actors) == ("REJECT", "refused", ("Police",))


def test_turning_down_a_proposal_is_a_rejection(nlp):
    text = "The militants turned down the ceasefire proposal."
    ev = main(run(nlp, text))
    assert (ev.type, ev.text, ev.trigger.start, ev.source_actors) == (
        "REJECT", "turned", text.index("turned"), ("militants",))


def test_walking_out_of_talks_ends_them(nlp):
    text = "The rebels walked out of the peace talks in Geneva."
    ev = main(run(nlp, text, [mention(text, "Geneva", "GPE")]))
    assert (ev.type, ev.mode, ev.text, ev.trigger.start) == ("SANCTION", "withdraw", "walked", text.index("walked"))
    assert ev.source_actors == ("rebels",)


def test_who_went_on_strike_is_the_source(nlp):
    text = "Teachers went on strike over pay on Monday."
    ev = main(run(nlp, text))
    assert (ev.type, ev.text, ev.source_actors) == ("PROTEST", "strike", ("Teachers",))
    assert "subject of 'went on'" in ev.reason


def test_ruling_out_a_withdrawal_is_a_rejection(nlp):
    text = "The junta ruled out any withdrawal of its troops from the north."
    events = run(nlp, text)
    ev = main(events)
    assert (ev.type, ev.text, ev.source_actors) == ("REJECT", "ruled", ("junta",))
    withdrawal = next(e for e in events if e.text == "withdrawal")
    assert (withdrawal.type, withdrawal.modality) == ("RETREAT", "negated")


def test_round_ups_and_dispersals_are_coercion(nlp):
    ev = main(run(nlp, "Security forces rounded up hundreds of suspected militants."))
    assert (ev.type, ev.mode, ev.text, ev.source_actors) == ("COERCE", "arrest", "rounded", ("Security forces",))
    ev = main(run(nlp, "Police dispersed the crowd outside the electoral commission."))
    assert (ev.type, ev.mode, ev.source_actors, ev.target_actors) == ("COERCE", "restrict", ("Police",), ("crowd",))
    assert run(nlp, "The crowd dispersed peacefully after the speech.") == []
    assert not any(e.type == "COERCE" for e in run(nlp, "Below, the newspaper rounded up a sampling of the ways the plan was criticised."))


def test_ordering_a_force_somewhere_moves_it_ordering_it_to_act_is_an_order(nlp):
    text = "The Pentagon ordered an aircraft carrier to the eastern Mediterranean."
    ev = main(run(nlp, text, [mention(text, "Pentagon", "ORG")]))
    assert (ev.type, ev.text, ev.source_actors) == ("MOBILIZE", "ordered", ("Pentagon",))
    events = run(nlp, "The general ordered troops to withdraw from the town.")
    assert not any(e.type == "MOBILIZE" for e in events)
    assert main(events).type == "REQUEST"


def test_new_readings_stay_off_ordinary_uses(nlp):
    # a purchase, a court's reversal, an accident, a coach: none is a show of force, a concession or violence
    events = run(nlp, "The ministry ordered 200 tanks from a German manufacturer.")
    assert [(e.type, e.text) for e in events] == [("REQUEST", "ordered")]
    assert run(nlp, "The appeals court reversed the decision of the lower court.") == []
    assert run(nlp, "A falling tree crushed a car on Main Street.") == []
    assert not any(e.type == "MOBILIZE" and e.text == "put" for e in run(nlp, "The coach put the players on alert."))
    assert run(nlp, "The company dropped its plan to build a factory in Mexico.") == []
    assert run(nlp, "The central bank raised its alert on inflation.") == []
    ev = main(run(nlp, "The council reversed its decision to close the library."))
    assert (ev.type, ev.text, ev.source_actors) == ("CONCEDE", "reversed", ("council",))


def test_an_announced_or_agreed_outcome_has_been_reached(nlp):
    text = "The government announced an agreement with the striking nurses."
    ev = main(run(nlp, text))
    assert (ev.type, ev.text, ev.modality) == ("AGREE", "agreement", "happened")
    assert set(ev.source_actors) == {"government", "striking nurses"}
    # what a union announces is still to come, and it is a walkout, not an attack
    ev = main(run(nlp, "The union announced a strike for next week."))
    assert (ev.type, ev.mode, ev.text, ev.modality, ev.source_actors) == (
        "PROTEST", "strike", "strike", "planned", ("union",))


def test_a_strike_named_by_its_weapon_is_an_attack_whoever_threatens_it(nlp):
    events = run(nlp, "The president threatened a military strike on the facility.")
    assert main(events).type == "THREATEN"
    strike = next(e for e in events if e.text == "strike")
    assert (strike.type, strike.modality) == ("ASSAULT", "hypothetical")


def test_blocking_access_is_censorship_blocking_roads_obstruction(nlp):
    ev = main(run(nlp, "The authorities blocked access to social media during the vote."))
    assert (ev.type, ev.mode, ev.text, ev.source_actors) == ("COERCE", "censor", "blocked", ("authorities",))
    ev = main(run(nlp, "Farmers blocked roads with tractors."))
    assert (ev.type, ev.mode) == ("PROTEST", "obstruct")


def test_a_vow_of_revenge_is_a_threat_by_the_group(nlp):
    text = "The militant group vowed revenge for the killing of its commander."
    ev = main(run(nlp, text))
    assert (ev.type, ev.text, ev.trigger.start, ev.source_actors) == (
        "THREATEN", "vowed", text.index("vowed"), ("militant group",))


def test_a_participle_describing_a_noun_is_background(nlp):
    events = run(nlp, "The court ordered the release of the detained reporters.")
    ev = main(events)
    assert (ev.type, ev.text, ev.source_actors) == ("REQUEST", "ordered", ("court",))
    detained = next(e for e in events if e.text == "detained")
    assert detained.type == "COERCE" and detained.confidence < ev.confidence


def test_dispatching_a_letter_is_no_mobilisation(nlp):
    assert run(nlp, "The ministry dispatched a letter to the embassy.") == []
    ev = main(run(nlp, "The army dispatched two battalions to the restive province."))
    assert (ev.type, ev.text, ev.source_actors, ev.target_actors) == ("MOBILIZE", "dispatched", ("army",), ())


def test_imposed_restrictions_are_coercion_lifted_ones_a_concession(nlp):
    imposed = run(nlp, "The junta imposed restrictions on foreign media.")
    assert [(e.type, e.text, e.source_actors) for e in imposed] == [("COERCE", "restrictions", ("junta",))]
    lifted = run(nlp, "The government lifted restrictions on foreign media.")
    assert [(e.type, e.text, e.source_actors) for e in lifted] == [("CONCEDE", "lifted", ("government",))]


def test_a_reading_that_fails_its_need_does_not_swallow_its_object(nlp):
    # "order" reads as moving a force only with a destination of its own; here it is an order, and
    # the deployment it orders is an event of its own, not the verb's repeated noun
    text = "The summit prompted NATO to order the deployment of four battalions to Poland."
    events = run(nlp, text, [mention(text, "NATO", "ORG"), mention(text, "Poland", "GPE")])
    assert ("REQUEST", "order") in [(e.type, e.text) for e in events]
    deployment = next(e for e in events if e.text == "deployment")
    assert (deployment.type, deployment.trigger.start) == ("MOBILIZE", text.index("deployment"))


def test_a_union_that_says_it_will_strike_means_a_walkout(nlp):
    text = "The union said it would strike next week unless the company raised its offer."
    strike = next(e for e in run(nlp, text) if e.text == "strike")
    assert (strike.type, strike.mode, strike.modality, strike.source_actors) == (
        "PROTEST", "strike", "hypothetical", ("union",))
    strike = next(e for e in run(nlp, "The rebels said they would strike again.") if e.text == "strike")
    assert strike.type == "ASSAULT" and strike.source_actors == ("rebels",)


def test_threatened_with_arrest_is_a_threat_whose_arrest_has_not_happened(nlp):
    text = "Journalists covering the protest were threatened with arrest by police."
    events = run(nlp, text)
    ev = main(events)
    assert (ev.type, ev.text, ev.source_actors, ev.target_actors) == ("THREATEN", "threatened", ("police",), ("Journalists",))
    arrest = next(e for e in events if e.text == "arrest")
    assert (arrest.type, arrest.modality) == ("COERCE", "hypothetical")
