"""Fresh-text round 14 (19): rules found wanting on invented state-wire copy (TASS, Xinhua, Yonhap,
Kazinform style) about a foreign minister's visit announced, put off and held, a naval exercise, and a
gas supply dispute. Each test uses sentences of its own (not the round's feed) and asserts on values,
offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run


# ---- modality.py: a past plan set against a clause that says it was put off was postponed, not
# called off ("was planned for May 4 but was put off")


def test_a_plan_contrasted_with_a_put_off_is_postponed(nlp):
    text = "The summit was initially planned for June 12 but was put off at the request of the hosts."
    a = _run(nlp, text, date(2026, 6, 20))
    summit = _event(a, "summit")
    assert summit.modality == "postponed"
    assert text[summit.trigger.start:summit.trigger.end] == "summit"
    assert summit.when.value == "2026-06-12"


def test_a_plan_contrasted_with_a_delay_is_postponed_but_one_with_a_ban_is_cancelled(nlp):
    a = _run(nlp, "The summit was due to open in Lagos on March 3 but has been delayed by a month.",
             date(2026, 2, 27))
    assert _event(a, "summit").modality == "postponed"
    # the contrast that does not say the plan was moved keeps its reading: it fell through
    b = _run(nlp, "The rally was planned for Sunday but was banned by the police.", date(2026, 5, 12))
    assert _event(b, "rally").modality == "cancelled"


# ---- lexicons/modality_cues.tsv: "reschedule" moves an event to another date, as "postpone" does


def test_a_rescheduled_visit_is_postponed(nlp):
    text = ("The visit of the Chinese premier to Hanoi, which was scheduled for May 20-21, has been "
            "rescheduled, the foreign ministry spokeswoman said on Monday.")
    a = _run(nlp, text, date(2026, 5, 18))
    visit = _event(a, "visit")
    assert visit.modality == "postponed"
    assert visit.when.value == "2026-05-20/2026-05-21"


def test_the_rescheduled_talks_are_postponed(nlp):
    a = _run(nlp, "Delegations arrived in Doha on Sunday ahead of the rescheduled talks.", date(2026, 5, 18))
    assert _event(a, "talks").modality == "postponed"


# ---- events/timing.py: a time in a phrase of a noun nested in the event noun's own phrase ("talks on
# a contract for 2027") names which contract, not when the talks were held


def test_a_year_of_a_nested_contract_does_not_date_the_talks(nlp):
    text = ("Talks between the two state companies on a new oil supply contract for 2027 broke down "
            "without agreement on Thursday.")
    a = _run(nlp, text, date(2026, 11, 14))
    talks = _event(a, "Talks")
    assert talks.trigger.start == 0
    assert (talks.modality, talks.when.value) == ("happened", "2026-11-12")


# ---- modality.py and events/syntax.py: an event noun the parser hangs on a dateline's place as an
# apposition ("MOSCOW (TASS) - The visit ... has been put off") is the clause's subject, and the
# clause's verb decides its reading and its time


def test_an_event_noun_apposed_to_a_dateline_is_governed_by_the_clause_verb(nlp):
    # the parser makes "MOSCOW" the subject of "rescheduled" and "visit" an apposition to it
    text = ("MOSCOW (Interfax) - The visit of Russian Foreign Minister Sergey Lavrov to Hanoi, which was "
            "scheduled for May 20-21, has been rescheduled at the request of the Vietnamese side, Russian "
            "Foreign Ministry spokeswoman Maria Zakharova said on Monday.")
    a = _run(nlp, text, date(2026, 5, 18))
    visit = _event(a, "visit")
    assert text[visit.trigger.start:visit.trigger.end] == "visit" and visit.trigger.start == 24
    assert (visit.modality, visit.when.value) == ("postponed", "2026-05-20/2026-05-21")


def test_talks_apposed_to_a_dateline_are_dated_by_their_verb(nlp):
    # the parser makes "ASTANA" the subject of "ended" and "Talks" an apposition to it
    text = ("ASTANA, Dec. 29 (Kazinform) -- Talks between national operator QazaqGaz and Kyrgyzstan's "
            "Kyrgyzgaz on a new gas supply contract for 2027 ended without agreement on Monday, a source "
            "familiar with the negotiations told Kazinform.")
    a = _run(nlp, text, date(2026, 12, 29))
    talks = _event(a, "Talks")
    assert text[talks.trigger.start:talks.trigger.end] == "Talks" and talks.trigger.start == 31
    assert (talks.modality, talks.when.value) == ("happened", "2026-12-28")


# ---- lexicons/plover_triggers.tsv: halting, suspending or cutting deliveries, exports or imports is
# a sanction, as halting supplies and shipments is


def test_halting_gas_deliveries_is_a_sanction(nlp):
    text = "Kestria halted natural gas deliveries to Valmar on Thursday after talks on the price failed."
    a = _run(nlp, text, date(2026, 1, 9))
    halted = _event(a, "halted")
    assert (halted.type, halted.modality) == ("SANCTION", "happened")
    assert text[halted.trigger.start:halted.trigger.end] == "halted"


def test_a_factory_stopping_production_is_no_sanction(nlp):
    a = _run(nlp, "The factory stopped production on Thursday.", date(2026, 1, 9))
    assert [e.type for e in a.events if e.type == "SANCTION"] == []
