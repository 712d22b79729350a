"""Fresh-text round 13, feed 11: rules found wanting on invented wire copy about a disputed election,
a tit-for-tat expulsion of diplomats and missile launches before a scaled-back military exercise. Each
test uses sentences of its own (not the round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run


def _quote_on(analysis, cue: str):
    found = [q for q in analysis.quotes if q.cue_lemma == cue]
    assert found, f"no quote with cue {cue!r}: {[q.cue_lemma for q in analysis.quotes]}"
    return found[0]


# ---- attribution/common.py: a subject set off from its verb by a participle phrase stays in the content
# (the parser takes the subject for the object of "said" and leaves the clause without one)


def test_a_subject_cut_off_by_a_participle_phrase_stays_in_what_was_said(nlp):
    text = ("Ruto said the meeting of the East African Community's trade commission, scheduled for July 9, "
            "would not take place.")
    a = _run(nlp, text, date(2026, 7, 2))
    q = _quote_on(a, "say")
    assert (q.span.start, q.span.end) == (text.index("the meeting"), text.index("."))
    assert q.kind == "indirect"  # a clause with its subject, not the topic of a stance


def test_a_passive_clause_keeps_its_subject_after_a_participle_phrase(nlp):
    text = ("Kenya said a visit by President William Ruto to Kampala, planned for early next month to sign a "
            "trade deal, was cancelled.")
    a = _run(nlp, text, date(2026, 7, 2))
    q = _quote_on(a, "say")
    assert (q.span.start, q.span.end) == (text.index("a visit"), text.index("."))


# ---- modality.py: the event noun the parse took for the object of "said" reads its clause's verb


def test_an_event_noun_cut_off_from_a_calling_off_verb_is_cancelled(nlp):
    text = ("Kenya said a visit by President William Ruto to Kampala, planned for early next month to sign a "
            "trade deal, was cancelled.")
    a = _run(nlp, text, date(2026, 7, 2))
    visit = _event(a, "visit")
    assert (visit.modality, visit.trigger.start) == ("cancelled", text.index("visit"))


def test_an_event_noun_cut_off_from_a_negated_occurrence_is_cancelled(nlp):
    text = ("Ruto said the meeting of the East African Community's trade commission, scheduled for July 9, "
            "would not take place.")
    a = _run(nlp, text, date(2026, 7, 2))
    assert _event(a, "meeting").modality == "cancelled"


def test_an_event_noun_cut_off_from_a_future_occurrence_stays_planned(nlp):
    text = ("Ruto said the meeting of the two countries' joint commission, scheduled for July 9, will take "
            "place in Nairobi.")
    a = _run(nlp, text, date(2026, 7, 2))
    assert _event(a, "meeting").modality == "planned"


# ---- modality.py: a definite event said not to come about in the future is called off


def test_a_definite_event_that_would_not_take_place_is_cancelled(nlp):
    text = "Budrys said the meeting of the joint commission, set for May 12, would not take place."
    a = _run(nlp, text, date(2026, 5, 2))
    assert _event(a, "meeting").modality == "cancelled"


def test_an_event_that_did_not_take_place_is_only_negated(nlp):
    a = _run(nlp, "Budrys said the meeting did not take place.", date(2026, 5, 2))
    assert _event(a, "meeting").modality == "negated"


# ---- lexicons/plover_triggers.tsv: firing a missile is the attack, as launching it is


def test_firing_missiles_is_an_attack_without_a_target(nlp):
    text = "The army fired three short-range missiles into the sea, the defence ministry said."
    a = _run(nlp, text, date(2026, 5, 4))
    fired = _event(a, "fired")
    assert (fired.type, fired.trigger.start) == ("ASSAULT", text.index("fired"))


def test_a_missile_that_was_fired_is_an_attack(nlp):
    text = "One ballistic missile was fired, the defence minister told reporters."
    a = _run(nlp, text, date(2026, 5, 4))
    assert _event(a, "fired").type == "ASSAULT"


def test_firing_a_coach_is_no_attack(nlp):
    a = _run(nlp, "The club fired its coach after the defeat.", date(2026, 5, 4))
    assert [e for e in a.events if e.text == "fired"] == []


# ---- quantities/identifiers.py: "3G", "5G" name network generations, not grams


def test_a_network_generation_is_no_figure_in_grams(nlp):
    text = "Qualcomm sold 3G baseband chipsets below cost, and operators spent 2 billion euros on 5G networks."
    a = _run(nlp, text, date(2026, 4, 16))
    assert [(q.text, q.unit) for q in a.quantities] == [("2 billion", "EUR")]


def test_a_gram_figure_written_small_is_still_a_figure(nlp):
    a = _run(nlp, "Each packet held 30 grams of cocaine.", date(2026, 4, 16))
    assert [q.low for q in a.quantities] == [30.0]
