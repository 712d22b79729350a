"""Rules of developer session 19 not owned by a helper round, each on sentences written for the test."""

from __future__ import annotations

from datetime import date

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.analyze.quantities.notes import EARLIER_MARK, PROPOSED_MARK
from storyline.config import Settings
from storyline.link.conflicts import figure_key
from storyline.records import Article

from .analysed import analyse, event_at, figure_among, quantities_of

AID = "c" * 16


def _quotes(nlp, text):
    return [(q.cue_lemma, q.speaker, text[q.span.start:q.span.end], q.relayed_by)
            for q in extract_quotes(nlp(text), AID, [], "Outlet")]


# ---- attribution.subjects.saying_reports


def test_quoted_by_an_agency_as_saying_that_is_one_report_by_the_one_quoted(nlp):
    text = "The governor was quoted by Reuters as saying that the bridge would reopen in May."
    assert _quotes(nlp, text) == [("say", "The governor", "that the bridge would reopen in May", "Reuters")]



# ---- events.timing._set_for_another


def test_a_date_a_scheduling_verb_sets_does_not_date_a_participle_on_its_subject(nlp):
    text = "The decree, signed by the governor, had scheduled the referendum for March 25."
    a = analyse(nlp, text, date(2024, 3, 1))
    signed = event_at(a, text, "signed")
    assert signed.when is None or not signed.when.value.startswith("2024-03-25")


# ---- quantities.notes._gives_a_count, _contrasted (round 172's earlier counts, read on the 840 feed)


def _earlier(nlp, text: str, number: str) -> bool:
    return EARLIER_MARK in figure_among(quantities_of(nlp, text), text, number).reason


def test_an_amount_previously_given_is_an_act_not_an_earlier_count(nlp):
    assert not _earlier(nlp, "The banker had previously given $2 million to a group backing the senator.", "$2")


def test_a_count_set_against_an_earlier_one_by_but_is_the_new_count(nlp):
    text = "The ministry had earlier put the number of dead at 30, but on Friday it rose to 45."
    assert _earlier(nlp, text, "30")
    assert not _earlier(nlp, text, "45")


# ---- events.timing._in_subject_aside


def test_a_time_in_an_aside_on_the_subject_does_not_date_its_act(nlp):
    text = "The council, in power since 2019, declared a truce to allow aid deliveries."
    a = analyse(nlp, text, date(2025, 4, 2))
    assert event_at(a, text, "truce").when is None
    text = "The governor, in office since 2020, announced a curfew on Monday."
    a = analyse(nlp, text, date(2025, 4, 2))
    assert all(not (e.when and e.when.value.startswith("2020")) for e in a.events)


def test_an_aside_that_is_only_the_time_still_dates_the_act(nlp):
    text = "The army, on Monday, declared a truce."
    a = analyse(nlp, text, date(2025, 4, 2))  # a Wednesday
    assert event_at(a, text, "truce").when.value == "2025-03-31"


# ---- timex.reference_date.to_month_level


def test_a_weekday_in_a_report_dated_to_its_month_only_is_that_month(nlp):
    text = "Ostland expelled a Norvalian diplomat on Tuesday, officials said. The first frost came on March 3, 2022."
    article = Article(id="m", source="-", text=text, url="https://news.example/2023/09/ostland-expels-envoy/")
    a = analyze_doc(nlp(text), article, analyzer_version(Settings().model))
    assert (a.reference_date, a.reference_how) == (date(2023, 9, 15), "inferred")
    tuesday = next(t for t in a.times if t.text == "Tuesday")
    assert (tuesday.value, tuesday.approx) == ("2023-09", True)
    assert event_at(a, text, "expelled").when.value == "2023-09"
    dated = next(t for t in a.times if t.text == "March 3, 2022")
    assert (dated.value, dated.approx) == ("2022-03-03", False)


# ---- quantities.notes._proposed_note (round 178: a minority's vote set against the rate decided)


def test_a_figure_members_voted_for_is_a_proposal_keyed_apart_from_the_decision(nlp):
    text = "The bank held its main rate at 5%, but three members voted to lower the rate to 4.75%."
    figures = quantities_of(nlp, text)
    held, proposed = figure_among(figures, text, "5%"), figure_among(figures, text, "4.75%")
    assert PROPOSED_MARK in proposed.reason and PROPOSED_MARK not in held.reason
    assert figure_key(held) != figure_key(proposed)


# ---- modality._state_reading: "interested in talks" is a wish, not the state "in talks"


def test_interest_in_talks_is_no_state_of_talks(nlp):
    for text, modality in (("Ostland said it was uninterested in talks with Norvale.", "negated"),
                           ("Ostland is not interested in talks with Norvale.", "negated"),
                           ("Ostland is interested in talks with Norvale.", "hypothetical")):
        a = analyse(nlp, text, date(2025, 4, 2))
        assert event_at(a, text, "talks").modality == modality, text
    text = "The two sides remain locked in talks."
    assert event_at(analyse(nlp, text, date(2025, 4, 2)), text, "talks").modality == "ongoing"


def test_a_clause_set_off_between_subject_and_verb_still_dates_the_act(nlp):
    text = "The senator, while being interviewed on Monday morning, called for the minister to resign."
    a = analyse(nlp, text, date(2025, 4, 2))  # a Wednesday
    assert event_at(a, text, "resign").when is not None


def test_a_bodys_vote_is_a_decision_not_a_proposal(nlp):
    text = "In May, the city council voted to pay $4.5 million to the victims."
    assert PROPOSED_MARK not in figure_among(quantities_of(nlp, text), text, "$4.5").reason


# ---- modality: the doer of a passive inside a plan is in the plan


def test_the_agent_of_an_expected_passive_is_expected_too(nlp):
    text = "The handover of the first two captives is expected to be followed by the release of 50 detainees."
    a = analyse(nlp, text, date(2025, 1, 19))
    assert event_at(a, text, "release").modality == "planned"
    text = "The summit was cancelled by the government."
    assert event_at(analyse(nlp, text, date(2025, 1, 19)), text, "summit").modality == "cancelled"


def test_a_report_above_does_not_claim_the_doer_of_a_passive(nlp):
    text = "The mayor spoke amid reports that the two gunmen may have been radicalized by the group's calls for jihad."
    assert event_at(analyse(nlp, text, date(2025, 1, 19)), text, "calls").modality == "happened"


# ---- quantities.identifiers._name_number: a name the parser hangs on the number


def test_an_aircraft_model_is_no_count(nlp):
    text = "The detainees were flown out on a Boeing 767 chartered by the ministry."
    assert [q.text for q in quantities_of(nlp, text)] == []
    text = "The airline ordered 20 Boeing 787 jets."
    assert [q.text for q in quantities_of(nlp, text)] == ["20"]
