"""Fresh-text round 11 (5): rules found wanting on invented wire copy about an opposition leader
arrested, charged and bailed, a general strike banned and then suspended, and a world court ruling
scheduled, delayed and delivered. Each test uses sentences of its own (not the round's feeds) and
asserts on values, offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _figure, _run

# ---- lexicons/plover_triggers.tsv: a court's ruling or verdict is an act the timeline follows


def test_a_ruling_set_for_a_date_is_a_planned_legal_act(nlp):
    text = "The Supreme Court will deliver its ruling on the election dispute on Nov. 4, its registrar said on Monday."
    a = _run(nlp, text, date(2026, 10, 12))
    ruling = _event(a, "ruling")
    assert (ruling.type, ruling.modality, ruling.when.value) == ("ACCUSE", "planned", "2026-11-04")
    assert text[ruling.trigger.start:ruling.trigger.end] == "ruling"


def test_the_ruling_party_is_no_ruling(nlp):
    a = _run(nlp, "The ruling party won a majority in the vote on Sunday.", date(2026, 10, 12))
    assert [e.text for e in a.events if e.text == "ruling"] == []


# ---- events/timing.py: a new date the parser hung on the verb of saying after the clause


def test_a_ruling_put_off_to_a_date_after_a_relative_clause_takes_that_date(nlp):
    text = ("The tribunal has postponed the announcement of its verdict in the fraud case, which had been "
            "expected on Friday, to Dec. 9, a spokesman said on Wednesday.")
    a = _run(nlp, text, date(2026, 11, 25))
    verdict = _event(a, "verdict")
    assert (verdict.modality, verdict.when.value) == ("postponed", "2026-12-09")


# ---- lexicons/modality_cues.tsv ("said" nouns): rejecting a request, a ruling, does not unsay it


def test_a_rejected_request_was_still_made(nlp):
    text = "The judge rejected a request by the defence to move the trial to another city."
    a = _run(nlp, text, date(2026, 4, 14))
    assert _event(a, "rejected").type == "REJECT"
    assert _event(a, "request").modality == "happened"


def test_a_resolution_rejecting_a_ruling_does_not_deny_the_ruling(nlp):
    text = "The court issued its ruling on Monday. Lawmakers later passed a motion rejecting the ruling."
    a = _run(nlp, text, date(2026, 4, 14))
    assert [e.modality for e in a.events if e.text == "ruling"] == ["happened", "happened"]


# ---- modality.py, events/__init__.py: a strike called for a later date is planned, and so is the
# protest joined to it


def test_a_strike_and_protests_called_from_a_later_date_are_planned(nlp):
    text = "The teachers' union called an indefinite strike and street protests from March 2, its leader said."
    a = _run(nlp, text, date(2026, 2, 17))
    strike, protests = _event(a, "strike"), _event(a, "protests")
    assert (strike.type, strike.modality, strike.when.value) == ("PROTEST", "planned", "2026-03-02")
    assert (protests.modality, protests.when.value) == ("planned", "2026-03-02")


def test_a_strike_held_on_a_past_date_stays_held(nlp):
    text = "The union staged a general strike on Monday that shut ports."
    a = _run(nlp, text, date(2026, 2, 17))
    assert _event(a, "strike").modality == "happened"


# ---- modality.py: "last" picks out the strike; calling it off still cancels it


def test_the_last_strike_called_off_was_cancelled(nlp):
    text = "The union's previous walkout was called off at the last minute after a court order."
    a = _run(nlp, text, date(2026, 2, 17))
    assert _event(a, "walkout").modality == "cancelled"


# ---- events/senses.py: walking out of a courthouse or a prison is leaving it


def test_walking_out_of_prison_is_no_walkout(nlp):
    text = "The activist walked out of prison on Friday to cheers from his supporters."
    a = _run(nlp, text, date(2026, 5, 9))
    assert [e for e in a.events if e.text == "walked"] == []


def test_walking_out_of_talks_is_still_a_walkout(nlp):
    text = "The opposition delegates walked out of the talks on Friday."
    a = _run(nlp, text, date(2026, 5, 9))
    assert _event(a, "walked").type == "SANCTION"


# ---- quantities: the other side of a vote tally, areas, and "over" as a noun's preposition


def test_the_second_count_of_a_vote_tally_counts_votes(nlp):
    text = "The parliament approved the budget by 88 votes to 57 on Wednesday."
    a = _run(nlp, text, date(2026, 5, 9))
    assert (_figure(a, "88").unit, _figure(a, "57").unit) == ("votes", "votes")
    assert _figure(a, "57").low == 57


def test_a_count_in_square_kilometres_is_an_area(nlp):
    text = "The fire has burned about 4,500 square kilometres of forest, officials said."
    a = _run(nlp, text, date(2026, 5, 9))
    fig = _figure(a, "about 4,500")
    assert (fig.low, fig.approx, fig.unit) == (4500, "about", "square kilometres")


def test_over_after_sovereignty_is_no_bound(nlp):
    text = "The treaty gave Chile sovereignty over two of the islands."
    a = _run(nlp, text, date(2026, 5, 9))
    fig = _figure(a, "two")
    assert (fig.low, fig.approx) == (2, None)


def test_over_before_a_count_is_still_a_bound(nlp):
    a = _run(nlp, "Police detained over 200 people on Saturday.", date(2026, 5, 9))
    assert _figure(a, "over 200").approx == "over"


# ---- lexicons/modality_cues.tsv: what a court orders is still to be done


def test_talks_a_tribunal_orders_are_planned(nlp):
    text = "The tribunal ordered both governments to negotiate a settlement within six months."
    a = _run(nlp, text, date(2026, 5, 9))
    negotiate = _event(a, "negotiate")
    assert (negotiate.type, negotiate.modality) == ("CONSULT", "planned")
