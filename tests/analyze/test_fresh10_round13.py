"""Fresh-text round 13, feed 10: rules found wanting on invented wire copy about a brokered truce
broken within hours, tariffs announced then put off after a call between leaders, and a prisoner swap
postponed over the names on its lists. Each test uses sentences of its own (not the round's feed) and
asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.datelines import after_dateline, dateline_end

from .test_fresh_round10 import _event, _figure, _run

# ---- lexicons/plover_triggers.tsv: a tariff is a sanction of trade


def test_a_tariff_announced_then_put_off_is_a_sanction(nlp):
    text = ("Prime Minister Ana Ruiz said on Monday she would impose a 30% tariff on steel from Veltria. "
            "On Thursday she put off the tariffs after a call with Veltria's president.")
    a = _run(nlp, text, date(2027, 4, 5))
    announced = _event(a, "tariff")
    assert (announced.type, announced.modality, announced.trigger.start) == ("SANCTION", "planned", text.index("tariff"))
    put_off = _event(a, "tariffs")
    assert (put_off.type, put_off.modality) == ("SANCTION", "postponed")


def test_a_tariff_modifying_another_noun_is_no_event(nlp):
    text = "Economists said tariff rates on cars average 12 percent, and the tariff schedule runs to 900 pages."
    a = _run(nlp, text, date(2027, 4, 5))
    assert [e.text for e in a.events if e.type == "SANCTION"] == []


# ---- events/syntax.py + timex/verb_tense.py: "starting March 1" dates the act it hangs on


def test_an_onset_participle_dates_the_act_of_its_clause(nlp):
    text = "Officials said the council would impose a curfew on the district starting April 10."
    a = _run(nlp, text, date(2027, 3, 20))
    curfew = _event(a, "curfew")
    assert curfew.when is not None and curfew.when.value == "2027-04-10"
    assert curfew.when_how == "clause"


def test_a_participle_with_an_object_of_its_own_is_its_own_act(nlp):
    text = "The rebels imposed a blockade on the port, starting a war with the navy on Monday."
    a = _run(nlp, text, date(2027, 3, 20))
    blockade = _event(a, "blockade")
    assert blockade.when is None or blockade.when.value != "2027-03-15"


# ---- datelines.py: a dateline filed from two cities


def test_a_dateline_of_two_cities_is_a_dateline():
    text = "ANKARA/TEHRAN, May 4 (Reuters) - Turkey and Iran agreed on Monday to reopen the border."
    assert dateline_end(text, 30) == len("ANKARA/TEHRAN, May 4 (Reuters) - ")
    assert after_dateline(text, 0, len(text)) == len("ANKARA/TEHRAN, May 4 (Reuters) - ")
    assert dateline_end("LIMA/SANTIAGO (Reuters) - Peru and Chile signed a deal.", 30) == len("LIMA/SANTIAGO (Reuters) - ")


def test_a_two_city_dateline_is_no_part_of_the_content_or_speaker(nlp):
    text = ("ANKARA/TEHRAN, May 4 (Reuters) - Turkey and Iran have agreed to reopen their main border "
            "crossing by the end of the month, Turkey's foreign ministry said on Monday.")
    a = _run(nlp, text, date(2027, 5, 4))
    said = next(q for q in a.quotes if q.cue_lemma == "say")
    assert said.span.start == text.index("Turkey and Iran")
    agreed = next(q for q in a.quotes if q.cue_lemma == "agree")
    assert agreed.speaker_span is not None
    assert (agreed.speaker_span.start, agreed.speaker_span.end) == (text.index("Turkey"), text.index(" have agreed"))


# ---- quantities/qualifiers.py: "hand over 60" is a particle, no bound


def test_over_after_a_verb_of_handing_over_is_no_qualifier(nlp):
    text = "The militia would hand over 45 captured guards, and police turned over 12 suspects to a judge."
    a = _run(nlp, text, date(2027, 5, 4))
    guards, suspects = _figure(a, "45"), _figure(a, "12")
    assert (guards.low, guards.approx, guards.span.start) == (45.0, None, text.index("45"))
    assert (suspects.low, suspects.approx, suspects.span.start) == (12.0, None, text.index("12"))


def test_over_as_a_bound_still_qualifies(nlp):
    text = "Over 40 countries signed the treaty, and the militia freed over 20 hostages."
    a = _run(nlp, text, date(2027, 5, 4))
    assert _figure(a, "Over 40").approx == "over"
    assert _figure(a, "over 20").approx == "over"


# ---- timex/verb_tense.py: "were set to take effect on Sunday", parsed as an adverbial clause


def test_a_schedule_reported_in_the_past_is_the_nearest_day(nlp):
    text = ("The minister on Friday delayed levies on foreign cars that were set to take effect on Sunday, "
            "officials said.")
    a = _run(nlp, text, date(2027, 5, 7))  # a Friday: the nearest Sunday is two days ahead
    sunday = next(t for t in a.times if t.text == "Sunday")
    assert (sunday.value, sunday.span.start) == ("2027-05-09", text.index("Sunday"))


def test_an_infinitive_of_purpose_keeps_the_past(nlp):
    text = "Police were sent to guard the border on Sunday, officials said."
    a = _run(nlp, text, date(2027, 5, 7))
    sunday = next(t for t in a.times if t.text == "Sunday")
    assert sunday.value == "2027-05-02"
