"""Fresh-text round 10, second feed: rules found wanting on invented wire copy about a postponed
runoff, a banned march with a court hearing adjourned, and a mediated prisoner release. Each test
uses sentences of its own (not the round's feeds) and asserts on values, offsets and modality.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.events import extract_events

from .test_fresh_round10 import _event, _run


# ---- events/timing.py: a time inside a "since" phrase starts a span to the report


def test_since_the_outbreak_of_a_war_in_a_month_starts_a_span(nlp):
    text = "Since the start of the border war in March 2024, more than 3,000 civilians have been killed."
    a = _run(nlp, text, date(2026, 1, 10))
    killed = _event(a, "killed")
    assert killed.when is not None
    assert (killed.when.value, killed.when.kind) == ("2024-03-01/2026-01-10", "interval")
    assert text[killed.when.span.start:killed.when.span.end] == "March 2024"
    assert "after 'since'" in killed.when.reason


def test_an_act_inside_the_since_phrase_keeps_its_own_year(nlp):
    text = "The riots were the worst in the port since 2017, when strikes over bread prices closed the docks."
    a = _run(nlp, text, date(2026, 2, 3))
    strikes = _event(a, "strikes")
    assert strikes.when is not None and strikes.when.value == "2017"


def test_since_a_clause_with_its_own_verb_is_not_a_span_of_the_main_act(nlp):
    text = "Since the uprising began in May 2025, the army has detained hundreds of students."
    a = _run(nlp, text, date(2026, 2, 3))
    detained = _event(a, "detained")
    assert detained.when is None or "/2026-02-03" not in detained.when.value


# ---- events/timing.py: a verb that re-dates an act gives its new date


def test_a_meeting_moved_to_new_days_is_put_off_to_them(nlp):
    # session 11: moved to a date is put off to it ("postponed", with the new date as its time)
    text = "The donor conference, initially set for mid-October, was moved to November 12-13."
    a = _run(nlp, text, date(2026, 10, 1))
    conference = _event(a, "conference")
    assert (conference.type, conference.modality) == ("CONSULT", "postponed")
    assert conference.when is not None and conference.when.value == "2026-11-12/2026-11-13"
    assert text[conference.when.span.start:conference.when.span.end] == "November 12-13"


def test_a_hearing_adjourned_until_a_day_is_put_off_to_that_day(nlp):
    # session 11: adjourning puts the hearing off ("postponed") to its new date
    text = "A judge in the capital on Tuesday adjourned the hearing of the four activists until Friday."
    a = _run(nlp, text, date(2027, 4, 7))  # a Wednesday
    hearing = _event(a, "hearing")
    assert hearing.modality == "postponed"
    assert hearing.when is not None and (hearing.when.value, hearing.when.text) == ("2027-04-09", "Friday")


def test_the_day_of_the_adjournment_does_not_date_the_hearing(nlp):
    text = "The hearing, adjourned on Monday, resumed after the defence received the documents."
    a = _run(nlp, text, date(2027, 4, 9))
    hearing = _event(a, "hearing")
    assert hearing.when is None or hearing.when.value != "2027-04-05"


def test_postponed_to_a_date_reads_as_postponed_with_the_new_date(nlp):
    a = _run(nlp, "The ministers postponed the talks to March 17.", date(2027, 3, 1))
    talks = _event(a, "talks")
    assert (talks.modality, talks.when.value) == ("postponed", "2027-03-17")


# ---- events/timing.py: a relative clause's time and a saying's time date no other act


def test_a_time_in_a_relative_clause_on_the_speaker_dates_no_act_outside_it(nlp):
    text = ("Varga, who led the central bank from 2010 to 2016, urged the government to cut "
            "spending.")
    a = _run(nlp, text, date(2026, 6, 2))
    urged = _event(a, "urged")
    assert urged.type == "REQUEST"
    assert urged.when is None or urged.when.value != "2010/2016"


def test_the_day_of_a_saying_before_the_reported_subject_does_not_date_the_planned_rally(nlp):
    text = "The farmers' federation said on Monday it would stage a rally outside parliament on Thursday."
    a = _run(nlp, text, date(2027, 5, 3))  # a Monday
    rally = _event(a, "rally")
    assert (rally.type, rally.modality) == ("PROTEST", "planned")
    assert rally.when is not None and (rally.when.value, rally.when.text) == ("2027-05-06", "Thursday")


def test_a_date_inside_the_reported_subject_still_dates_that_meeting(nlp):
    text = "The aides said the governor's March 9 meeting with the envoy was arranged a week ago."
    a = _run(nlp, text, date(2027, 3, 2))
    meeting = _event(a, "meeting")
    assert meeting.when is not None and (meeting.when.value, meeting.when.text) == ("2027-03-09", "March 9")


def test_talks_that_moved_to_a_place_on_a_day_are_dated_by_that_day(nlp):
    text = "Those negotiations moved on Sunday to Geneva, where the two envoys met for three hours."
    a = _run(nlp, text, date(2027, 3, 9))  # a Tuesday
    negotiations = _event(a, "negotiations")
    assert negotiations.when is not None and negotiations.when.value == "2027-03-07"


# ---- events/timing.py and events/syntax.py: "talks between X and Y that were due to open ..."


def test_a_schedule_clause_hung_on_the_last_party_dates_the_event_noun(nlp):
    text = ("Talks between Armenia and Azerbaijan officials that were due to open on Friday have been "
            "postponed, the mediators said.")
    a = _run(nlp, text, date(2027, 6, 1))  # a Tuesday
    talks = _event(a, "Talks")
    assert (talks.type, talks.modality) == ("CONSULT", "postponed")
    assert talks.when is not None and (talks.when.value, talks.when.text) == ("2027-06-04", "Friday")
    assert text[talks.when.span.start:talks.when.span.end] == "Friday"


def test_both_names_before_a_shared_noun_are_parties_of_the_event(nlp):
    text = "A prisoner swap between Armenia and Azerbaijan rebels was delayed on Monday."
    a = _run(nlp, text, date(2027, 6, 1))
    swap = _event(a, "swap")
    assert (swap.type, swap.modality) == ("RETREAT", "postponed")
    assert len(swap.source_actors) == 2



def test_an_outbreak_of_war_is_no_natural_hazard(nlp):
    # the dead of a war were killed by someone; the dead of a disease outbreak were not
    text = "Since the outbreak of the civil war in May 2023, more than 2,000 villagers have been killed."
    killed = [e for e in extract_events(nlp(text), "fr2", [], [], [], date(2026, 3, 25)) if e.text == "killed"]
    assert [e.type for e in killed] == ["ASSAULT"]
    text = "An outbreak of cholera has killed 40 people in the camp."
    assert [e for e in extract_events(nlp(text), "fr2", [], [], [], date(2026, 3, 25)) if e.type == "ASSAULT"] == []
