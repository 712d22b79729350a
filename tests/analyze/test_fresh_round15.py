"""Session 15: rules found wanting on fresh invented copy, each tested on sentences of its own (not
the feeds'), asserting on extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _event(a: Analysis, text: str, word: str):
    return next(e for e in a.events if e.trigger.start == text.index(word))


def test_the_time_of_a_thing_made_of_a_known_event_is_not_the_events(nlp):
    text = ("Police said the department would release body camera footage of the shooting on Friday.\n\n"
            "Victims of the bombing were buried on Tuesday.\n")
    a = _run(nlp, text, date(2025, 10, 7))
    shooting = _event(a, text, "shooting")
    assert shooting.type == "ASSAULT"
    assert shooting.modality == "happened"  # was "planned" for Friday, the release's date
    assert shooting.when is None
    bombing = _event(a, text, "bombing")
    assert bombing.when is None  # was 2025-10-07, the burial's Tuesday


def test_a_phase_or_a_container_of_an_event_still_dates_it(nlp):
    text = ("The start of the talks was postponed to Monday.\n\n"
            "A new round of talks will be held in Doha on Thursday.\n")
    a = _run(nlp, text, date(2025, 10, 7))
    first, second = [e for e in a.events if e.text == "talks"]
    assert (first.modality, first.when.value) == ("postponed", "2025-10-13")
    assert (second.modality, second.when.value) == ("planned", "2025-10-09")


def test_an_abbreviated_rank_before_a_name_ends_no_sentence(nlp):
    text = "The officer, Cpl. James Reed, was placed on administrative leave, Sgt. Maria Diaz said.\n"
    a = _run(nlp, text, date(2025, 10, 7))
    quote = next(q for q in a.quotes if q.cue_lemma == "say")
    assert quote.speaker == "Sgt. Maria Diaz"
    assert text[quote.span.start:quote.span.end] == "The officer, Cpl. James Reed, was placed on administrative leave"
    assert {m.text for m in a.mentions} >= {"James Reed", "Maria Diaz"}
    assert not {"Cpl", "Sgt", "Cpl.", "Sgt."} & {m.text for m in a.mentions}


def test_an_estimate_given_as_a_bound_is_the_sources_figure(nlp):
    text = ("Police estimated the crowd at about 600 people. Organizers put the number closer to 1,000.\n\n"
            "Officials put the number of displaced families closer to 4,500.\n")
    a = _run(nlp, text, date(2025, 10, 7))
    organizers = next(q for q in a.quotes if q.speaker == "Organizers")
    assert (organizers.cue_lemma, organizers.stance) == ("put", "estimate")
    assert text[organizers.span.start:organizers.span.end] == "the number closer to 1,000"
    thousand = next(f for f in a.quantities if f.low == 1000)
    assert (thousand.unit, thousand.approx, thousand.attributed_to) == ("people", "closer to", organizers.id)
    families = next(f for f in a.quantities if f.low == 4500)
    assert (families.unit, families.approx) == ("families", "closer to")
    assert families.attributed_to == next(q.id for q in a.quotes if q.speaker == "Officials")


def test_a_span_of_days_is_no_score_and_dates_the_act_a_blame_is_about(nlp):
    text = "The government blamed the rebels for the attack on the night of March 7-8.\n"
    a = _run(nlp, text, date(2026, 3, 9))
    attack = _event(a, text, "attack")  # "7-8" after a month was read as a game's score: no attack
    assert (attack.type, attack.modality, attack.when.value) == ("ASSAULT", "happened", "2026-03-07/2026-03-08")
    blamed = _event(a, text, "blamed")
    assert blamed.type == "ACCUSE"
    assert blamed.when is None  # the blame was told on the report's day, not on the attack's night


def test_a_score_after_a_team_still_makes_no_attack(nlp):
    text = "Leeds beat Hull 3-1 on Saturday.\n"
    a = _run(nlp, text, date(2026, 3, 9))
    assert not [e for e in a.events if e.type == "ASSAULT"]


def test_next_weekday_is_that_day_of_the_next_week(nlp):
    from storyline.analyze.timex import extract_times

    # a Monday: "Tuesday" is tomorrow, "next Tuesday" the Tuesday of the week after ("on the 17th")
    text = "The unions on Monday called a general strike for next Tuesday. Talks resume on Friday, not next Friday."
    values = {text[t.span.start:t.span.end]: t.value for t in extract_times(nlp(text), "r15", date(2026, 3, 9))}
    assert values["next Tuesday"] == "2026-03-17"
    assert values["next Friday"] == "2026-03-20"
    assert values["Friday"] == "2026-03-13"
    # a Friday: the next Tuesday is four days ahead either way
    text = "The vote is set for next Tuesday."
    (tuesday,) = extract_times(nlp(text), "r15", date(2026, 3, 13))
    assert tuesday.value == "2026-03-17"


def test_a_negated_cue_is_no_report_of_what_follows(nlp):
    text = "The minister did not say the talks had failed. He said the army had withdrawn. I do not believe Maksim wants a war.\n"
    a = _run(nlp, text, date(2026, 7, 10))
    by_cue = {text[q.cue.start:q.cue.end]: q for q in a.quotes if q.cue}
    assert (by_cue["say"].stance, by_cue["say"].text) == ("negated", "the talks had failed")
    assert "was neutral" in by_cue["say"].reason
    assert by_cue["said"].stance == "neutral"
    assert (by_cue["believe"].stance, by_cue["believe"].text) == ("negated", "Maksim wants a war")


def test_days_listed_after_a_month_are_no_figures(nlp):
    text = ("The bandh will be held on July 21 and 22, the alliance said. Schools will stay shut on March 3, 4 and 5.\n\n"
            "Police arrested 12 people on July 21 and 14 on July 22.\n")
    a = _run(nlp, text, date(2026, 7, 10))
    assert sorted(q.low for q in a.quantities) == [12, 14]


def test_a_new_event_noun_under_a_reported_would_is_planned(nlp):
    text = "His lawyer said an appeal would be filed within 14 days. A blockade would be a disaster.\n"
    a = _run(nlp, text, date(2026, 7, 10))
    assert _event(a, text, "appeal").modality == "planned"  # a future told in the past, not a mere possibility
    assert _event(a, text, "blockade").modality == "hypothetical"


def test_a_capitalised_preposition_inside_an_organisations_name_keeps_the_speaker_whole(nlp):
    text = "Doctors Without Borders has also said the number of cases is far higher. Officials in Kinshasa said 40 people had died.\n"
    a = _run(nlp, text, date(2025, 3, 20))
    first, second = sorted(a.quotes, key=lambda q: q.span.start)
    assert first.speaker == "Doctors Without Borders"  # was "Doctors"
    assert second.speaker == "Officials in Kinshasa"  # unchanged: "in" is one of the speaker prepositions


def test_the_first_person_of_a_bylined_piece_is_its_writer(nlp):
    text = 'I do not believe Maksim wants a war. "I will not resign," the minister said. I think we must talk.\n'
    a = _run(nlp, text, date(2026, 3, 12), byline="Petr Vasek")
    by_cue = {text[q.cue.start:q.cue.end]: q for q in a.quotes if q.cue}
    assert by_cue["believe"].speaker == "Petr Vasek" and by_cue["think"].speaker == "Petr Vasek"
    assert "byline" in by_cue["think"].speaker_reason
    assert by_cue["said"].speaker == "the minister"
    two = _run(nlp, text, date(2026, 3, 12), byline="Petr Vasek and Ana Ruiz")
    assert {q.speaker for q in two.quotes} >= {"I"}


def test_an_explainers_heading_is_no_one_knowing_anything(nlp):
    text = ("Here is what we know:\n\nThe talks were suspended on Monday. Here's what we know so far about the attack.\n\n"
            "What we know about the new variant\n\n\"We know what he did,\" she said.\n")
    a = _run(nlp, text, date(2026, 3, 12))
    assert [(q.cue_lemma, q.text) for q in a.quotes] == [("say", "We know what he did"), ("know", "what he did")]


def test_given_names_after_a_form_of_address_are_part_of_the_name(nlp):
    text = "Shri Harish Chandra Mehra, the district collector, said 29 people had died. Mehra added that roads were cut.\n"
    a = _run(nlp, text, date(2026, 8, 6))
    first = next(m for m in a.mentions if m.label == "PERSON")
    assert (first.text, first.span.start) == ("Harish Chandra Mehra", text.index("Harish"))
    assert any(e.name == "Harish Chandra Mehra" and "Mehra" in e.aliases for e in a.entities)


def test_a_craft_lifting_off_lifts_no_measure(nlp):
    text = "The rocket lifted off at 9:32 p.m. Varnia lifted the blockade on Saturday.\n"
    a = _run(nlp, text, date(2026, 10, 7))
    assert [(e.text, e.type) for e in a.events] == [("lifted", "RETREAT")]
    assert a.events[0].trigger.start == text.index("lifted the blockade")


def test_a_price_per_unit_is_a_rate_shown_with_its_unit(nlp):
    from storyline.query import unit_shown

    text = "Brandt offered $38 a share in cash. Net income was 92 cents per share. The closure costs 80 million euros a day.\n"
    a = _run(nlp, text, date(2026, 3, 10))
    shown = {q.text: unit_shown(q) for q in a.quantities}
    assert shown == {"$38": "USD a share", "92": "cents per share", "80 million": "EUR a day"}


def test_a_participle_naming_its_noun_keeps_the_name_a_predicate(nlp):
    text = 'The ad ran on a website linked to a group called the "We The People Foundation."\n'
    a = _run(nlp, text, date(2016, 1, 20))
    (named,) = a.quotes  # the object-predicate repair must leave "a group called the X" alone
    assert (named.cue_lemma, named.text) == ("call", "the \"We The People Foundation.")
    text = "Trump dismissed critics who called the election-night remarks sexist.\n"
    a = _run(nlp, text, date(2016, 1, 20))
    assert [(q.cue_lemma, q.text) for q in a.quotes] == [("call", "the election-night remarks sexist")]


def test_a_figure_in_a_report_says_which_report_not_a_quote(nlp):
    text = "At least 12 people were killed, the ministry said. Officials counted 40 tents.\n"
    a = _run(nlp, text, date(2026, 3, 10))
    twelve, forty = sorted(a.quantities, key=lambda q: q.span.start)
    assert "in a report ('say')" in twelve.reason and "in a quote" not in twelve.reason
    assert "in a report" not in forty.reason
