"""Events as an analyst reads them on a developing story's timeline: the date, type and modality each
report gives an event that later reports will say more about (a plan, a postponement, a hand-over).

Sentences are written for these tests (in the manner of multi-report feeds on a wildfire, a
parliamentary vote, a prisoner exchange and a cup final); each test asserts the trigger's offset
and the value the rule decides.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.events import extract_events
from storyline.records import Event, Mention, Span, TimeRef, record_id

AID = "tl1"
REF = date(2031, 6, 11)  # a Wednesday


def mention(text: str, phrase: str, label: str) -> Mention:
    start = text.index(phrase)
    return Mention(record_id(AID, "m", start), Span(AID, start, start + len(phrase)), Span(AID, 0, len(text)),
                   phrase, label)


def timeref(text: str, phrase: str, day: date) -> TimeRef:
    start = text.index(phrase)
    return TimeRef(record_id(AID, "t", start), Span(AID, start, start + len(phrase)), Span(AID, 0, len(text)),
                   phrase, day.isoformat(), "date", earliest=day, latest=day)


def run(nlp, text: str, mentions=(), times=()) -> list[Event]:
    return extract_events(nlp(text), AID, list(mentions), list(times), [], REF)


def at(events: list[Event], text: str, word: str) -> Event:
    start = re.search(rf"\b{re.escape(word)}\b", text).start()
    hits = [e for e in events if e.trigger.start == start]
    assert hits, [(e.type, e.text, e.trigger.start) for e in events]
    return hits[0]


def test_planned_event_that_did_not_take_place_is_cancelled(nlp):
    text = "A planned exchange of hostages between Arvia and Tolm did not take place on Tuesday as scheduled."
    ev = at(run(nlp, text, [mention(text, "Arvia", "GPE"), mention(text, "Tolm", "GPE")]), text, "exchange")
    assert (ev.type, ev.modality) == ("RETREAT", "cancelled")
    assert "did not come about" in ev.reason


def test_planned_event_that_took_place_happened(nlp):
    text = "The planned exchange of hostages between Arvia and Tolm took place on Tuesday."
    ev = at(run(nlp, text, [mention(text, "Arvia", "GPE"), mention(text, "Tolm", "GPE")]), text, "exchange")
    assert ev.modality == "happened"


def test_motive_in_protest_is_no_second_event_of_the_same_type(nlp):
    text = "Teachers said they would hold a nationwide strike on June 20 in protest."
    events = run(nlp, text, [], [timeref(text, "June 20", date(2031, 6, 20))])
    assert [(e.type, e.text) for e in events if e.type == "PROTEST"] == [("PROTEST", "strike")]
    strike = at(events, text, "strike")
    assert strike.modality == "planned" and strike.when.value == "2031-06-20"


def test_motive_in_protest_takes_its_verbs_tense(nlp):
    text = "Shopkeepers will close their shops on Friday in protest."
    ev = at(run(nlp, text), text, "protest")
    assert (ev.type, ev.modality) == ("PROTEST", "planned")


def test_lightning_strike_is_no_assault(nlp):
    text = "The blaze was sparked by a lightning strike on Thursday, the forestry agency said."
    assert not [e for e in run(nlp, text) if e.type == "ASSAULT"]


def test_warning_of_thunderstorms_is_no_threat(nlp):
    text = "Forecasters warned on Friday of severe thunderstorms for Sunday."
    assert not [e for e in run(nlp, text) if e.type == "THREATEN"]


def test_warning_of_an_attack_is_still_a_threat(nlp):
    text = "The militia warned that its fighters would attack the convoy."
    assert [e.text for e in run(nlp, text, [mention(text, "The militia", "ORG")]) if e.type == "THREATEN"] == ["warned"]


def test_call_with_an_event_object_is_no_phone_call(nlp):
    text = "Farmers and truckers have called a protest outside the ministry."
    events = run(nlp, text)
    assert not [e for e in events if e.type == "CONSULT"]
    assert at(events, text, "protest").type == "PROTEST"


def test_requested_aid_is_not_given(nlp):
    text = "The mayor may request emergency aid from the capital."
    ev = at(run(nlp, text), text, "aid")
    assert (ev.type, ev.modality) == ("AID", "hypothetical")


def test_topic_phrase_hung_on_the_verb_is_still_what_talks_are_about(nlp):
    text = "Envoys from Arvia and Tolm resumed talks in Oslo on Monday on an exchange of prisoners."
    events = run(nlp, text, [mention(text, "Arvia", "GPE"), mention(text, "Tolm", "GPE")],
                 [timeref(text, "Monday", date(2031, 6, 9))])
    assert at(events, text, "exchange").modality == "hypothetical"
    assert at(events, text, "talks").modality == "happened"


def test_infinitive_of_agree_does_not_take_the_agreements_date(nlp):
    text = "Arvia and Tolm agreed on Monday to exchange prisoners."
    events = run(nlp, text, [mention(text, "Arvia", "GPE"), mention(text, "Tolm", "GPE")],
                 [timeref(text, "Monday", date(2031, 6, 9))])
    assert at(events, text, "agreed").when.value == "2031-06-09"
    swap = at(events, text, "exchange")
    assert swap.modality == "planned" and swap.when is None and swap.when_how == "article"


def test_infinitive_keeps_its_own_date(nlp):
    text = "Arvia and Tolm agreed to exchange prisoners on Monday."
    events = run(nlp, text, [mention(text, "Arvia", "GPE"), mention(text, "Tolm", "GPE")],
                 [timeref(text, "Monday", date(2031, 6, 16))])
    assert at(events, text, "exchange").when.value == "2031-06-16"


def test_anothers_event_approved_keeps_neither_date_nor_subject_of_approving(nlp):
    text = "The cabinet approved the mayor's request for a curfew on Friday."
    events = run(nlp, text, [mention(text, "The cabinet", "ORG")], [timeref(text, "Friday", date(2031, 6, 6))])
    request = at(events, text, "request")
    assert request.when is None and request.when_how == "article"
    assert "The cabinet" not in request.source_actors


def test_own_event_with_pronoun_possessor_keeps_the_verbs_date(nlp):
    text = "Rebels launched their offensive on Friday."
    events = run(nlp, text, [], [timeref(text, "Friday", date(2031, 6, 6))])
    assert at(events, text, "offensive").when.value == "2031-06-06"


def test_ending_months_of_talks_is_no_sanction(nlp):
    text = "Arvia and Tolm signed the accord on Saturday, ending months of negotiations."
    assert not [e for e in run(nlp, text, [mention(text, "Arvia", "GPE"), mention(text, "Tolm", "GPE")])
                if e.type == "SANCTION"]


def test_ending_talks_is_still_a_sanction(nlp):
    text = "Arvia ended talks with Tolm on Saturday."
    events = run(nlp, text, [mention(text, "Arvia", "GPE"), mention(text, "Tolm", "GPE")])
    assert [e.text for e in events if e.type == "SANCTION"] == ["ended"]


def test_event_judged_by_another_verb_keeps_no_date_of_the_judging(nlp):
    text = "The ministry criticised the strike on Tuesday."
    events = run(nlp, text, [mention(text, "The ministry", "ORG")], [timeref(text, "Tuesday", date(2031, 6, 10))])
    assert at(events, text, "criticised").when.value == "2031-06-10"
    strike = at(events, text, "strike")
    assert strike.when is None and strike.when_how == "article"


def test_event_carried_by_its_verb_keeps_the_verbs_date(nlp):
    text = "Dockers staged a strike on Tuesday."
    events = run(nlp, text, [], [timeref(text, "Tuesday", date(2031, 6, 10))])
    assert at(events, text, "strike").when.value == "2031-06-10"


def test_definite_event_noun_in_a_phrase_takes_no_other_verbs_date(nlp):
    text = "Union members will vote on the agreement next week."
    week = TimeRef(record_id(AID, "t", text.index("next week")), Span(AID, text.index("next week"), text.index("next week") + 9),
                   Span(AID, 0, len(text)), "next week", "2031-W25", "date", earliest=date(2031, 6, 16),
                   latest=date(2031, 6, 22))
    agreement = at(run(nlp, text, [], [week]), text, "agreement")
    assert agreement.when is None and agreement.when_how == "article"


def test_an_event_still_to_be_averted_is_a_threat_and_not_dated_by_the_meeting(nlp):
    # the effort to avert the walkout is still to come: the walkout is threatened, not denied (session 20;
    # read as negated before, a walkout that then went ahead showed as "negated -> happened")
    text = "The minister said she would meet both sides on Thursday in an effort to avert the walkout."
    events = run(nlp, text, [mention(text, "The minister", "PERSON")], [timeref(text, "Thursday", date(2031, 6, 12))])
    assert at(events, text, "meet").when.value == "2031-06-12"
    walkout = at(events, text, "walkout")
    assert (walkout.type, walkout.modality) == ("PROTEST", "hypothetical")
    assert walkout.when is None and walkout.when_how == "article"


def test_walking_off_the_job_is_a_strike_and_a_vote_to_do_it_is_planned(nlp):
    text = "Bus drivers voted on Sunday to walk off the job from June 16."
    events = run(nlp, text, [], [timeref(text, "Sunday", date(2031, 6, 8)), timeref(text, "June 16", date(2031, 6, 16))])
    walk = at(events, text, "walk")
    assert (walk.type, walk.mode, walk.modality) == ("PROTEST", "strike", "planned")
    assert walk.when.value == "2031-06-16"


def test_definite_strike_backed_later_refers_back_to_the_planned_walkout(nlp):
    text = ("Bus drivers voted on Sunday to walk off the job from June 16 over wages. "
            "The union said 94 percent of its members backed the strike.")
    events = run(nlp, text, [], [timeref(text, "Sunday", date(2031, 6, 8)), timeref(text, "June 16", date(2031, 6, 16))])
    assert at(events, text, "strike").modality == "planned"


def test_past_tense_of_the_events_own_verb_still_wins_over_a_later_date(nlp):
    text = "Bus drivers walked off the job on June 16."
    events = run(nlp, text, [], [timeref(text, "June 16", date(2031, 6, 16))])
    assert at(events, text, "walked").modality == "happened"


def test_event_organised_by_a_verb_of_no_event_keeps_its_date(nlp):
    text = "Students organised a rally on Saturday."
    events = run(nlp, text, [], [timeref(text, "Saturday", date(2031, 6, 7))])
    assert at(events, text, "rally").when.value == "2031-06-07"


def test_a_year_that_names_another_noun_does_not_date_the_event(nlp):
    # "the 2030 election" says which election; the shelling is dated by nothing in its sentence
    text = "Arvia troops shelled the offices of the 2030 election commission in Tolm."
    shelled = at(run(nlp, text, mentions=[mention(text, "Arvia", "GPE")],
                     times=[timeref(text, "2030", date(2030, 1, 1))]), text, "shelled")
    assert (shelled.type, shelled.when, shelled.when_how) == ("ASSAULT", None, "article")
    # the noun the year modifies is the event itself: it dates it
    text2 = "Veterans marked the 2027 invasion of Tolm on Monday."
    inv = at(run(nlp, text2, times=[timeref(text2, "2027", date(2027, 1, 1))]), text2, "invasion")
    assert (inv.when.value, inv.when_how) == ("2027-01-01", "clause")


def test_an_event_noun_causing_what_its_verb_does_is_not_dated_or_targeted_by_that_verb(nlp):
    text = "The bombing in Arvia reshaped the Tolm election campaign on Tuesday, Senator Ola Berg said."
    events = run(nlp, text, mentions=[mention(text, "Ola Berg", "PERSON")],
                 times=[timeref(text, "Tuesday", date(2031, 6, 10))])
    bombing = at(events, text, "bombing")
    assert bombing.when_how == "article" and bombing.target_actors == ()
    # a verb of harm tells the event itself: its time is the event's
    text2 = "A roadside bombing killed two soldiers of the Arvia army on Tuesday."
    killed = at(run(nlp, text2, mentions=[mention(text2, "Arvia", "GPE")],
                    times=[timeref(text2, "Tuesday", date(2031, 6, 10))]), text2, "killed")
    assert (killed.type, killed.when.value, killed.when_how) == ("ASSAULT", "2031-06-10", "clause")


def test_what_one_can_do_dreads_or_proposes_has_not_happened(nlp):
    for text, word in [("Senator Ola Berg backed a proposal for more airstrikes against the rebels.", "airstrikes"),
                       ("Residents of Tolm fear an attack on the city.", "attack"),
                       ("The Arvia army is capable of destroying the bridges within hours.", "destroying")]:
        ev = at(run(nlp, text), text, word)
        assert (ev.type, ev.modality) == ("ASSAULT", "hypothetical"), text


def test_a_vague_now_gives_way_to_a_calendar_date_in_the_same_clause(nlp):
    text = "Union leaders said the walkout would now begin on June 23 if no deal was reached."
    now = TimeRef(record_id(AID, "t", text.index("now")), Span(AID, text.index("now"), text.index("now") + 3),
                  Span(AID, 0, len(text)), "now", REF.isoformat(), "date", approx=True, earliest=REF, latest=REF,
                  reason="vague present ('now')")
    events = run(nlp, text, times=[now, timeref(text, "June 23", date(2031, 6, 23))])
    walkout = at(events, text, "walkout")
    assert walkout.when is not None and walkout.when.value == "2031-06-23" and walkout.when_how == "clause"
    # alone in its clause, "now" still dates the event to the report's day
    text = "The talks are now under way in Geneva."
    now = TimeRef(record_id(AID, "t", text.index("now")), Span(AID, text.index("now"), text.index("now") + 3),
                  Span(AID, 0, len(text)), "now", REF.isoformat(), "date", approx=True, earliest=REF, latest=REF,
                  reason="vague present ('now')")
    talks = at(run(nlp, text, times=[now]), text, "talks")
    assert talks.when is not None and talks.when.value == REF.isoformat()


def test_a_time_after_the_report_on_a_past_cancellation_dates_the_event(nlp):
    # the parser hangs "early next year" on "called off"; no past act happened next year
    text = "Lind's planned visit to Orvala early next year has been called off, two officials said."
    next_year = TimeRef(record_id(AID, "t", text.index("early")), Span(AID, text.index("early"), text.index("early") + 15),
                        Span(AID, 0, len(text)), "early next year", "2032-01/2032-04", "interval", approx=True,
                        earliest=date(2032, 1, 1), latest=date(2032, 4, 30))
    visit = at(run(nlp, text, times=[next_year]), text, "visit")
    assert visit.modality == "cancelled"
    assert visit.when is not None and visit.when.value == "2032-01/2032-04" and visit.when_how == "clause"
    # a past time on the cancellation dates the cancellation, as before
    text = "The ministry called off the talks last week, officials said."
    last_week = timeref(text, "last week", date(2031, 6, 2))
    talks = at(run(nlp, text, times=[last_week]), text, "talks")
    assert talks.modality == "cancelled" and talks.when_how == "article"
