"""Analysis rules of developer session 20 not owned by a helper round, on sentences written for the test."""

from __future__ import annotations

from datetime import date

from storyline.analyze.timex import infer_reference_date

from tests.analyze.analysed import analyse, event_at


# ---- timex.reference_date: a weekday with its day before the month ("Monday 25 May") fixes the year


def test_a_british_weekday_date_fixes_the_year_of_an_undated_report(nlp):
    text = ("Rail workers will walk out on Monday 25 May, the union said.\n"
            "The last national rail strike was in 1994; a new pay deal is due by 2016.\n"
            "Pay talks began in 2014 and broke down this week.\n")
    found = infer_reference_date(nlp(text), None)
    # 25 May fell on a Monday in 2015, the first such year from the one before the latest mentioned
    assert found is not None and found[0] == date(2015, 5, 25)
    assert "Monday 25 May" in found[1]


def test_a_british_weekday_date_in_the_urls_month_gives_the_day(nlp):
    text = "Doctors will strike from 8am on Tuesday 12 January, the association announced.\n"
    found = infer_reference_date(nlp(text), "https://news.example.com/2016/01/doctors-strike")
    assert found is not None and found[0] == date(2016, 1, 12)


def test_a_lower_case_month_word_after_a_day_is_no_date(nlp):
    # "Friday 13 may ..." is a count and a verb, not the 13th of May
    text = "Voters went to the polls on Friday 13 may have changed their minds since 2019.\n"
    found = infer_reference_date(nlp(text), None)
    assert found is None or found[0].month != 5


def test_a_weekday_date_may_fall_in_the_year_before_a_deadline_the_report_names(nlp):
    text = ("The union said on Monday, May 25 that members would strike.\n"
            "The company must settle the pension deficit by December 2016.\n")
    found = infer_reference_date(nlp(text), None)
    # May 25 fell on a Monday in 2015; the next such year after 2016 is 2020
    assert found is not None and found[0] == date(2015, 5, 25)


# ---- modality: a prevention still to come leaves the act a threat; a failed one lets it happen


def _modality_of(nlp, text: str, word: str) -> str:
    return event_at(analyse(nlp, text, date(2025, 5, 12)), text, word).modality


def test_an_act_someone_aims_or_tries_to_avert_is_hypothetical(nlp):
    assert _modality_of(nlp, "Talks aimed at averting a walkout by dockworkers failed.", "walkout") == "hypothetical"
    assert _modality_of(nlp, "Ministers tried to prevent a walkout by nurses.", "walkout") == "hypothetical"
    assert _modality_of(nlp, "The last-minute deal will avert a walkout.", "walkout") == "hypothetical"
    # done, the prevention denies the act
    assert _modality_of(nlp, "The deal averted a walkout by dockworkers.", "walkout") == "negated"
    assert _modality_of(nlp, "Police managed to prevent the march.", "march") == "negated"


def test_an_attack_that_was_not_prevented_happened(nlp):
    assert _modality_of(nlp, "Police failed to prevent the attack.", "attack") == "happened"
    assert _modality_of(nlp, "Police could fail to prevent an attack.", "attack") == "hypothetical"


def test_a_strike_voted_for_is_planned(nlp):
    assert _modality_of(nlp, "Union members voted to strike over pay.", "strike") == "planned"
    assert _modality_of(nlp, "Lawmakers voted for sanctions against Iran.", "sanctions") == "planned"


# ---- attribution._whole_last_word: a content never ends inside a hyphened word


def test_a_content_ends_after_the_hyphened_word_not_at_its_prefix(nlp):
    text = "The party warns that the mayor could be re-elected next year.\n"
    (warn,) = [q for q in analyse(nlp, text, date(2025, 5, 1)).quotes if q.cue_lemma == "warn"]
    assert warn.text.startswith("that the mayor could be re-elected")
    assert warn.span.end >= text.index("re-elected") + len("re-elected")


def test_an_act_a_vote_performs_takes_the_votes_tense(nlp):
    assert _modality_of(nlp, "The union voted to endorse the senator last July.", "endorse") == "happened"
    assert _modality_of(nlp, "The council voted to condemn the attack.", "condemn") == "happened"


# ---- plover_actor_nouns: those a state holds or hunts are people an execution acts on


def test_executing_dissidents_is_an_assault(nlp):
    text = "Security forces began arresting, imprisoning and executing thousands of dissidents.\n"
    assert event_at(analyse(nlp, text, date(2016, 8, 10)), text, "executing").type == "ASSAULT"


# ---- event_discourse_senses: an election's ballots make no strike a walkout


def test_ballots_of_an_election_leave_a_strike_an_attack(nlp):
    text = ("Officials counted every ballot in the county. Ballot boxes arrived late from two towns.\n"
            "The gunmen struck the embassy in 2001.\n")
    assert event_at(analyse(nlp, text, date(2016, 11, 9)), text, "struck").type == "ASSAULT"


# ---- attribution.contents: "as he's often alleged" still vouches for its main clause


def test_an_as_clause_with_a_pronoun_the_parser_made_passive_still_vouches(nlp):
    text = "Sanders has struggled to show how Clinton was swayed by donors, as he's often alleged.\n"
    quotes = analyse(nlp, text, date(2016, 4, 1)).quotes
    assert [q.cue_lemma for q in quotes if q.stance == "distancing"] == ["allege"]


# ---- quantities.exclusions: "on Thursday (27)" gives a day of the month, no figure


def test_a_day_in_brackets_after_its_weekday_is_no_figure(nlp):
    text = "The general was arrested on Thursday (27) and freed on Saturday (29) with 12 officers.\n"
    a = analyse(nlp, text, date(2024, 6, 30))
    assert [q.text for q in a.quantities] == ["12"]
