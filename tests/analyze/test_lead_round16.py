"""Session 16, lead: a name the model left untagged where the article tags it elsewhere, and
suspended talks read as put off, not called off. Sentences of their own, asserting on offsets,
kinds and modalities."""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run

TALKS = ("TBILISI, March 2 (Reuters) - Armenia and Azerbaijan will hold talks on their border in Geneva on "
         "Thursday, the Swiss foreign ministry said on Monday.\n\n"
         "Foreign Minister Anna Feld of Armenia will lead the delegation, a spokesman said.\n")


def test_a_name_left_untagged_where_the_article_tags_it_elsewhere_is_a_mention_of_it(nlp):
    a = _run(nlp, TALKS, date(2026, 3, 2))
    first = TALKS.index("Armenia")
    [mention] = [m for m in a.mentions if m.span.start == first]
    assert (mention.span.end, mention.label) == (first + len("Armenia"), "GPE")
    [later] = [m for m in a.mentions if m.span.start == TALKS.index("Armenia", first + 1)]
    assert mention.entity_id == later.entity_id
    [talks] = [e for e in a.events if e.trigger.start == TALKS.index("talks")]
    assert mention.entity_id in talks.source_actors  # the entity, not the bare string "Armenia"
    assert "Armenia" not in talks.source_actors


def test_a_lone_capitalised_word_runs_into_no_longer_name(nlp):
    text = ("Police said Jordan Peters, 34, was arrested on Friday.\n\n"
            "Jordan said on Saturday it would send aid to the region.\n\n"
            "The aid from Jordan arrived on Sunday.\n")
    a = _run(nlp, text, date(2026, 3, 2))
    # "Jordan Peters" is one name; the repeat rule adds nothing inside it
    assert not [m for m in a.mentions if m.span.start == text.index("Jordan") and m.span.end == text.index(" Peters")]


def test_suspended_talks_are_put_off_not_called_off(nlp):
    text = ("Talks between Armenia and Azerbaijan on their border were suspended on Thursday after a row over "
            "a map, diplomats said.\n")
    a = _run(nlp, text, date(2026, 3, 6))
    [talks] = [e for e in a.events if e.trigger.start == text.index("Talks")]
    assert (talks.type, talks.modality) == ("CONSULT", "postponed")


def test_the_act_a_clause_comes_ahead_of_is_still_to_come(nlp):
    text = ("Steelmakers have rushed shipments into the country ahead of the tariff.\n\n"
            "Leaders will meet in Paris on the eve of the summit.\n\n"
            "Security is being tightened in the run-up to the summit.\n\n"
            "Last July, the group polled members ahead of the union's endorsement.\n")
    a = _run(nlp, text, date(2026, 6, 15))
    [tariff] = [e for e in a.events if e.trigger.start == text.index("tariff")]
    assert (tariff.type, tariff.modality) == ("SANCTION", "planned")
    summits = [e for e in a.events if e.text == "summit"]
    assert [e.modality for e in summits] == ["planned", "planned"]
    # told in the past, the phrase says nothing of now: the endorsement is presupposed, as before
    [endorsement] = [e for e in a.events if e.text == "endorsement"]
    assert endorsement.modality == "happened"


def test_calling_out_is_criticism_and_troops_called_out_are_mobilised(nlp):
    text = ("He often calls out companies and their products by name.\n\n"
            "The governor called out the National Guard on Friday.\n")
    a = _run(nlp, text, date(2026, 6, 15))
    assert [(e.text, e.type) for e in a.events] == [("calls", "ACCUSE"), ("called", "MOBILIZE")]


def test_a_set_phrase_of_saying_reports_nothing(nlp):
    text = ("That said, a loss in this state would be a sour end to her campaign.\n\n"
            "Having said that, the party still leads in the polls.\n\n"
            "The result was, to say the least, a surprise.\n\n"
            "The senator sent a letter that said the plan was illegal.\n\n"
            "\"That said, we will fight on,\" she said.\n")
    a = _run(nlp, text, date(2026, 3, 2))
    cues = sorted((text[q.cue.start:q.cue.end], q.speaker) for q in a.quotes)
    # only the letter's report and her quotation are left; "That", "the party", "The result" say nothing
    assert cues == [("said", "a letter"), ("said", "she")]
    [hers] = [q for q in a.quotes if q.speaker == "she"]
    assert text[hers.span.start:hers.span.end] == "That said, we will fight on"


def test_the_name_opening_a_report_after_its_dateline_is_a_mention(nlp):
    text = ("March 10 (Reuters) - Harwick Health Partners, which runs 14 hospitals across the Midwest, said on "
            "Tuesday it had taken its computer systems offline after a cyberattack.\n\n"
            "CHICAGO - President Maria Lind said on Tuesday the hospitals were safe.\n")
    a = _run(nlp, text, date(2026, 3, 10))
    start = text.index("Harwick")
    [m] = [m for m in a.mentions if m.span.start == start]
    assert (text[m.span.start:m.span.end], m.label) == ("Harwick Health Partners", "ORG")
    # a title before a tagged name is no name of its own
    assert not [m for m in a.mentions if text[m.span.start:m.span.end] == "President"]


def test_a_measure_put_in_force_takes_the_tense_of_the_verb_that_applies_it(nlp):
    text = ("If the other side does not return to talks, the tariff will be applied in full.\n\n"
            "The sanctions would take effect only if the talks fail.\n\n"
            "The new tariffs were imposed on Monday.\n")
    a = _run(nlp, text, date(2025, 5, 28))
    by_word = {e.text: e for e in a.events if e.type == "SANCTION"}
    assert by_word["tariff"].modality == "hypothetical"  # was presupposed to be in force
    assert by_word["sanctions"].modality == "hypothetical"
    assert by_word["tariffs"].modality == "happened"


def test_an_attempted_or_foiled_act_did_not_come_about(nlp):
    text = ("He is under formal investigation for attempted murder.\n\n"
            "The thwarted bombing shocked the city.\n")
    a = _run(nlp, text, date(2025, 11, 20))
    by_word = {e.text: e.modality for e in a.events if e.type == "ASSAULT"}
    assert by_word == {"murder": "negated", "bombing": "negated"}


def test_a_parenthetical_report_before_the_sentence_s_own_verb_keeps_its_content(nlp):
    # the 840 feed's re-ingest lost these when the critics-say-the-Courier-reported rule took any closing
    # verb for an outlet's report
    text = ("If the demands are not met, Mr. Taylor warned, die-hard supporters plan to leave the party.\n\n"
            "When the state passed its law six years ago, Hebert said, most such laws were thought to be safe.\n")
    a = _run(nlp, text, date(2016, 5, 1))
    cues = {(q.speaker, q.cue_lemma) for q in a.quotes}
    assert {("Mr. Taylor", "warn"), ("Hebert", "say")} <= cues
    [taylor] = [q for q in a.quotes if q.speaker == "Mr. Taylor"]
    assert "plan to leave the party" in text[taylor.span.start:taylor.span.end]


def test_the_event_plans_are_for_is_planned(nlp):
    text = ("Plans were moving ahead for the summit.\n\n"
            "Preparations are under way for the meeting.\n")
    a = _run(nlp, text, date(2025, 10, 21))
    assert {e.text: e.modality for e in a.events if e.type == "CONSULT"} == {"summit": "planned", "meeting": "planned"}


def test_a_model_variant_after_a_glued_dash_is_no_figure(nlp):
    text = "The Boeing 737-800 was carrying 164 people when it crashed.\n"
    a = _run(nlp, text, date(2026, 3, 10))
    assert [(text[q.span.start:q.span.end], q.unit) for q in a.quantities] == [("164", "people")]


def test_a_court_striking_down_a_rule_attacks_no_one(nlp):
    text = ("The court struck down the rule on Monday.\n\n"
            "A drone struck the convoy on Monday.\n")
    a = _run(nlp, text, date(2026, 3, 10))
    assert [e.trigger.start for e in a.events if e.type == "ASSAULT"] == [text.index("struck the convoy")]
