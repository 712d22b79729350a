"""Rules of developer session 18 not owned by a helper round, each on sentences written for the test."""

from __future__ import annotations

from datetime import date

from storyline.analyze.attribution import extract_quotes

from .analysed import analyse

AID = "b" * 16


def _stances(nlp, text):
    return [(q.cue_lemma, q.stance) for q in extract_quotes(nlp(text), AID, [], "Outlet")]


# ---- attribution._neither_confirmed_nor_denied


def test_neither_confirm_nor_deny_is_a_refusal_not_a_denial(nlp):
    text = "The navy could neither confirm nor deny whether its ship fired on the boat."
    assert ("deny", "refusal") in _stances(nlp, text)
    assert all(stance != "denial" for _, stance in _stances(nlp, text))


def test_would_not_confirm_or_deny_is_a_refusal(nlp):
    text = "Officials would not confirm or deny that the rockets came from across the border."
    assert _stances(nlp, text) == [("deny", "refusal")]


def test_a_denial_after_an_unconfirmed_figure_stays_a_denial(nlp):
    text = "She did not confirm the toll but denied that schools were hit."
    assert ("deny", "denial") in _stances(nlp, text)


# ---- pipeline._cued_by_force and events.triggers._verbal_attack (a named person's attack)


def _analysed(nlp, text):
    return analyse(nlp, text, date(2024, 5, 2))


def test_a_physical_attack_is_no_criticism_quote(nlp):
    a = _analysed(nlp, "Rebels attacked the convoy near the border.")
    assert [q.cue_lemma for q in a.quotes] == []
    assert [(e.text, e.type) for e in a.events] == [("attacked", "ASSAULT")]


def test_a_village_attacked_by_militants_is_no_criticism_quote(nlp):
    a = _analysed(nlp, "The village was attacked by militants who looted the shops.")
    assert [q.cue_lemma for q in a.quotes] == []
    assert [e.type for e in a.events if e.text == "attacked"] == ["ASSAULT"]


def test_a_named_persons_attack_on_an_institution_is_words(nlp):
    a = _analysed(nlp, "Senator Mary Walsh attacked the big insurers on Monday.")
    assert [(e.text, e.type) for e in a.events] == [("attacked", "ACCUSE")]
    assert [(q.cue_lemma, q.stance, q.text) for q in a.quotes] == [("attack", "criticism", "the big insurers on Monday")]


def test_criticism_of_a_plan_stays_a_quote(nlp):
    a = _analysed(nlp, "The opposition attacked the budget as reckless.")
    assert [(q.cue_lemma, q.stance) for q in a.quotes] == [("attack", "criticism")]


# ---- modality.apposed_to


def test_an_event_noun_in_apposition_reads_as_the_noun_it_renames(nlp):
    a = _analysed(nlp, "The summit, a meeting of regional governors, was cancelled on Friday.")
    assert [e.modality for e in a.events if e.text == "meeting"] == ["cancelled"]


def test_a_person_described_by_an_event_noun_lends_it_no_reading(nlp):
    a = _analysed(nlp, "The same could not be said for Ravi Dass, 31, a protester who was beaten by guards.")
    assert [e.modality for e in a.events if e.text == "protester"] == ["happened"]


def test_a_visit_hung_on_a_dateline_reads_through_it(nlp):
    text = ("Mumbai: The Danish prime minister's visit to India, scheduled for next month, was on Friday "
            "cancelled amid heavy flooding in the region, officials said.")
    a = _analysed(nlp, text)
    assert [e.modality for e in a.events if e.text == "visit"] == ["cancelled"]


def test_an_apposition_under_a_held_event_stays_happened(nlp):
    a = _analysed(nlp, "The rally, a protest against the new fuel tax, went ahead on Sunday.")
    assert [e.modality for e in a.events if e.text == "protest"] == ["happened"]


# ---- nlp._LINE_LABEL: a line-opening label with a colon ends before the sentence it heads


def test_a_line_label_is_a_sentence_of_its_own(nlp):
    doc = nlp("Mumbai: The prime minister's visit to the port, set for next month, was on Friday cancelled.")
    assert [s.text for s in doc.sents][0] == "Mumbai:"
    visit = next(t for t in doc if t.text == "visit")
    assert visit.dep_ in {"nsubj", "nsubjpass"}


def test_a_transcript_turn_keeps_its_speaker(nlp):
    text = "HOLT: Do you think the senator should leave the race now that the polls have turned?\n"
    quotes = extract_quotes(nlp(text), AID, [], "Outlet")
    assert [(q.speaker, q.cue_lemma, q.kind) for q in quotes if q.cue_lemma == ":"] == [("HOLT", ":", "direct")]


# ---- timex candidates and timenorm.vague: "the past days"


def test_the_past_days_is_a_recent_window_not_a_decade(nlp):
    from storyline.analyze.timex import extract_times

    times = extract_times(nlp("The army said it hit 300 sites in the past days."), AID, date(2023, 10, 17))
    assert [(t.text, t.value) for t in times] == [("the past days", "P10D/2023-10-17")]


def test_in_the_past_alone_stays_the_vague_past(nlp):
    from storyline.analyze.timex import extract_times

    times = extract_times(nlp("In the past, the two sides met every spring."), AID, date(2023, 10, 17))
    assert ("the past", "P10Y/2023-10-17") in [(t.text, t.value) for t in times]


# ---- quantities.notes._over_a_period


def _figure(nlp, text, number):
    a = _analysed(nlp, text)
    return next(q for q in a.quantities if q.text.endswith(number))


def test_a_toll_of_a_many_day_campaign_is_a_running_total(nlp):
    from storyline.analyze.quantities import TOTAL_MARK

    q = _figure(nlp, "Officials said at least 2,400 people had been killed in the nine-day shelling.", "2,400")
    assert f"{TOTAL_MARK} over ('the nine-day shelling')" in q.reason
    q = _figure(nlp, "More than 90 people died during two weeks of clashes.", "90")
    assert f"{TOTAL_MARK} over ('two weeks of clashes')" in q.reason


def test_a_toll_of_one_blast_is_no_running_total(nlp):
    from storyline.analyze.quantities import TOTAL_MARK

    q = _figure(nlp, "At least 35 people were killed in an explosion at the depot.", "35")
    assert TOTAL_MARK not in q.reason


# ---- modality: the "over" phrase hung on the object of a calling-off verb is its cause


def test_over_on_the_postponed_object_is_the_cause(nlp):
    a = _analysed(nlp, "French president delays Vietnam trip over protests")
    assert [(e.text, e.modality) for e in a.events if e.text == "protests"] == [("protests", "happened")]


# ---- nlp._split_platform_x


def test_a_post_on_x_ends_its_sentence(nlp):
    doc = nlp("The minister announced the delay in a post on X. The union said it would strike anyway.")
    assert [s.text for s in doc.sents] == ["The minister announced the delay in a post on X.",
                                           "The union said it would strike anyway."]


# ---- modality: a refused plan or leave noun (lexicons/modality_cues.tsv "permission"; refused_noun)


def test_permission_not_granted_negates_the_event_it_is_for(nlp):
    a = _analysed(nlp, "The government did not grant permission for the inspection visit to take place.")
    assert [e.modality for e in a.events if e.text == "visit"] == ["negated"]


def test_permission_granted_leaves_the_event_to_come(nlp):
    a = _analysed(nlp, "The council granted permission for the march.")
    assert [e.modality for e in a.events if e.text == "march"] == ["planned"]


def test_rejected_plans_for_a_summit_negate_it(nlp):
    a = _analysed(nlp, "The ministry rejected plans for the summit.")
    assert [e.modality for e in a.events if e.text == "summit"] == ["negated"]


def test_a_verbal_attack_the_event_reading_takes_for_force_keeps_its_quote(nlp):
    # the event reading takes both for ASSAULT; neither names a place or a target of force
    a = _analysed(nlp, "He launched relentless attacks on Senator Ruiz and the Labour Party.")
    assert [q.cue_lemma for q in a.quotes] == ["attack"]
    a = _analysed(nlp, "She attacked Paris elites and a rigid ideology.")
    assert [q.cue_lemma for q in a.quotes] == ["attack"]


def test_an_attack_on_a_named_building_is_no_quote(nlp):
    a = _analysed(nlp, "Rebels attacked the Grand Hotel in Tripoli on Friday.")
    assert [q.cue_lemma for q in a.quotes if q.cue_lemma == "attack"] == []


def test_a_named_leader_resolving_to_fight_a_militia_is_force(nlp):
    a = _analysed(nlp, "President Anna Berg resolved to fight the militia, its old enemy.")
    assert [e.type for e in a.events if e.text == "fight"] == ["ASSAULT"]
