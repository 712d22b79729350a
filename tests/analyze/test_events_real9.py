"""Event extraction on campaign, foreign-policy and protest sentences (real-article round 9).

Each test checks one rule or lexicon entry found on real news articles, on a sentence written for the
test: figurative or discourse senses of harm words must not put an attack on the timeline, and the
real attacks next to them must keep their type, actors and modality.
"""

from __future__ import annotations

from .test_events_round8 import mention, run


def types(events):
    return [(e.type, e.text) for e in events]


# ---- lexicon: plover_triggers.tsv, competition_words.txt, nonviolent_objects.txt


def test_a_nomination_battle_is_a_race_not_a_battle(nlp):
    evs = run(nlp, "The two states open the Democratic nomination battle in January.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    text = "Rebels lost dozens of fighters in a fierce battle with the army near Kessa."
    ev = next(e for e in run(nlp, text) if e.text == "battle")
    assert (ev.type, ev.target_actors, ev.modality) == ("ASSAULT", ("army",), "happened")


def test_an_ad_attack_is_campaign_advertising(nlp):
    evs = run(nlp, "A super PAC ad attack on the governor starts next week in Iowa.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_destroying_emails_is_no_assault_but_destroying_a_village_is(nlp):
    assert not [e for e in run(nlp, "The aide destroyed thousands of emails before the inquiry.") if e.type == "ASSAULT"]
    ev = next(e for e in run(nlp, "Government troops destroyed the village of Marro in March.") if e.text == "destroyed")
    assert (ev.type, ev.source_actors, ev.modality) == ("ASSAULT", ("Government troops",), "happened")


def test_taking_a_position_on_a_bill_is_no_capture(nlp):
    evs = run(nlp, "The senator has not taken a position on the pension bill.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_beating_ones_chest_and_hitting_bottom_are_idioms(nlp):
    assert not [e for e in run(nlp, "Some retired admirals are beating their chests on cable news.") if e.type == "ASSAULT"]
    assert not [e for e in run(nlp, "The country's economy had hit bottom last year.") if e.type == "ASSAULT"]


# ---- rules: triggers._spoken_harm, __init__._strives, triggers._capitalised_verb_in_name


def test_a_verbal_assault_is_an_accusation(nlp):
    text = "The mayor renewed her verbal assault on the governor on Tuesday."
    ev = next(e for e in run(nlp, text, [mention(text, "governor", "PERSON")]) if e.text == "assault")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")


def test_fighting_to_keep_something_is_an_effort_unless_armed(nlp):
    evs = run(nlp, "Several candidates fight to keep their donors as the race narrows.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    ev = next(e for e in run(nlp, "Rebel fighters fought to retake the airport on Sunday.") if e.text == "fought")
    assert ev.type == "ASSAULT"


def test_a_capitalised_verb_in_a_movement_name_is_no_event(nlp):
    evs = run(nlp, "The “Stand Up for Workers” campaign will picket the hearing, its organizers said.")
    assert [t for t in types(evs) if t[1] == "Stand"] == []
    evs = run(nlp, "Members of the Fight for Fair Rent group marched to city hall on Monday.")
    assert ("ASSAULT", "Fight") not in types(evs)
    ev = next(e for e in evs if e.text == "marched")
    assert (ev.type, ev.modality) == ("PROTEST", "happened")


# ---- needs: release/recognize take an actor, accept and slam an object, seek asks for something


def test_releasing_emails_or_a_news_release_is_no_retreat(nlp):
    evs = run(nlp, "Officials believe Moscow arranged the release of the stolen emails.")
    assert not [e for e in evs if e.type == "RETREAT"]
    text = "Aides say Moscow timed the release of the files to sway the French election."
    evs = run(nlp, text, [mention(text, "Moscow", "GPE"), mention(text, "French", "NORP")])
    assert not [e for e in evs if e.type == "RETREAT"]
    ev = next(e for e in run(nlp, "The rebels announced the release of the two hostages on Friday.") if e.text == "release")
    assert (ev.type, ev.mode) == ("RETREAT", "release")


def test_recognizing_a_folly_or_accepting_a_claim_concedes_nothing(nlp):
    evs = run(nlp, "Analysts say the general would recognize the folly of a long war.")
    assert not [e for e in evs if e.type == "SUPPORT"]
    evs = run(nlp, "Most voters accepted that the plan was the right direction.")
    assert not [e for e in evs if e.type == "CONCEDE"]


def test_seeking_to_do_something_or_seeking_shelter_is_no_request(nlp):
    evs = run(nlp, "Lawyers for the party sought to overturn the new voting rules.")
    assert not [e for e in evs if e.type == "REQUEST" and e.text == "sought"]
    evs = run(nlp, "Residents sought shelter in the cathedral.")
    assert not [e for e in evs if e.type == "REQUEST"]
    ev = next(e for e in run(nlp, "The ministry sought military assistance from Brazil.") if e.text == "sought")
    assert (ev.type, ev.source_actors, ev.modality) == ("REQUEST", ("ministry",), "happened")


def test_a_truck_slamming_into_a_crowd_is_no_criticism(nlp):
    evs = run(nlp, "Witnesses said a van slammed into the crowd near the station.")
    assert not [e for e in evs if e.type == "ACCUSE"]
    text = "Senator Kalla slammed the ruling on Monday."
    ev = next(e for e in run(nlp, text, [mention(text, "Senator Kalla", "PERSON")]) if e.text == "slammed")
    assert (ev.type, ev.modality) == ("ACCUSE", "happened")


def test_a_thing_that_threatens_is_a_risk_not_a_threat(nlp):
    evs = run(nlp, "Automation threatens to change the shipping industry within a decade.")
    assert not [e for e in evs if e.type == "THREATEN"]
    ev = next(e for e in run(nlp, "The union threatened to strike next month.") if e.text == "threatened")
    assert ev.type == "THREATEN"


# ---- rules: triggers.campaign_gathering, arguments.UNDERGOING_VERBS


def test_a_candidates_rally_is_no_protest(nlp):
    text = "Police removed a heckler at a Kalder rally in Dover."
    evs = run(nlp, text, [mention(text, "Kalder", "PERSON")])
    assert not [e for e in evs if e.type == "PROTEST" and e.text == "rally"]
    text = "Kalder told a rally in Dover that taxes would fall."
    evs = run(nlp, text, [mention(text, "Kalder", "PERSON")])
    assert not [e for e in evs if e.type == "PROTEST"]
    ev = next(e for e in run(nlp, "The opposition held a mass rally in the capital on Sunday.") if e.text == "rally")
    assert (ev.type, ev.modality) == ("PROTEST", "happened")


def test_who_survives_an_attack_is_its_target(nlp):
    text = "Governor Sela survived an attack by gunmen in 2019."
    evs = run(nlp, text, [mention(text, "Governor Sela", "PERSON")])
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert (ev.source_actors, ev.target_actors, ev.modality) == (("gunmen",), ("Governor Sela",), "happened")


def test_a_title_case_line_keeps_its_capitalised_verb(nlp):
    ev = next(e for e in run(nlp, "Related: Senate Leaders Reject The Budget Deal Again") if e.text == "Reject")
    assert (ev.type, ev.source_actors, ev.modality) == ("REJECT", ("Leaders",), "happened")


def test_a_speech_attacking_someone_is_an_accusation(nlp):
    ev = next(e for e in run(nlp, "The senator gave a speech attacking the governor on Monday.")
              if e.text == "attacking")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")
    ev = next(e for e in run(nlp, "Rebels attacking the convoy killed four soldiers.") if e.text == "attacking")
    assert ev.type == "ASSAULT"


# ---- rule: triggers._gives_information (lexicons/event_information_nouns.txt)


def test_offering_or_withholding_details_is_a_statement(nlp):
    evs = run(nlp, "The minister did not offer details of the plan.")
    assert not [e for e in evs if e.type == "AGREE"]
    evs = run(nlp, "The spokesman declined to offer a figure for the losses.")
    assert not [e for e in evs if e.type in {"AGREE", "REJECT"}]
    ev = next(e for e in run(nlp, "The rebels offered a ceasefire on Friday.") if e.text == "offered")
    assert (ev.type, ev.source_actors, ev.modality) == ("AGREE", ("rebels",), "happened")
