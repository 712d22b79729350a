"""Fresh-text round 14 (20): rules found wanting on invented wire copy about a drug's approval (an
advisory meeting put off), a carmaker's plant closure called off after talks, and a protest movement
(a curfew imposed then lifted, a leader's detention denied then confirmed). Each test uses sentences
of its own (not the round's feed) and asserts on speakers, offsets and counts.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _run


def _quote(a, text: str, cue: str):
    found = [q for q in a.quotes if q.cue is not None and q.cue.text_in(text) == cue]
    assert found, f"no quote cued by {cue!r}: {[q.cue_lemma for q in a.quotes]}"
    return found[0]


# ---- attribution/anaphora.py (_main_subjects): a passive verb's agent is the one a later "he/she"
# continues ("The decision was announced by X. She said ..."); the subject is a thing


def test_she_after_a_passive_announcement_is_its_agent(nlp):
    text = ("Pedro Almeida, the opposition leader, criticised the plan on Sunday.\n\n"
            "The new rules were announced by Health Minister Ana Ribeiro on Monday evening. "
            "She said hospitals would receive extra staff by the end of the month.")
    a = _run(nlp, text, date(2026, 5, 12))
    q = _quote(a, text, "said")
    assert q.speaker is not None and q.speaker_span is not None and q.speaker_span.text_in(text) == "She"
    ribeiro = next(m for m in a.mentions if m.text == "Ana Ribeiro")
    assert q.speaker_entity == ribeiro.entity_id
    assert "Ana Ribeiro" in q.speaker_reason


# ---- attribution/anaphora.py (_main_subjects): the dateline the parser made a subject of the lead
# sentence is no one an "it" continues


def test_it_in_the_lead_never_stands_for_the_dateline_city(nlp):
    text = ("ROME, June 3 (Reuters) - Italy's government confirmed on Friday that the businessman had "
            "been detained, four days after it denied holding him.\n\n"
            "His lawyer said she had not been allowed to see him.")
    a = _run(nlp, text, date(2026, 6, 3))
    q = _quote(a, text, "denied")
    assert q.speaker_span is not None and q.speaker_span.text_in(text) == "it"
    rome = {m.entity_id for m in a.mentions if m.text == "ROME"}
    italy = {m.entity_id for m in a.mentions if m.text == "Italy"}
    assert q.speaker_entity not in rome
    assert q.speaker_entity in italy
    assert "ROME" not in q.speaker_reason


def test_said_it_after_a_dateline_is_not_the_city(nlp):
    text = ("LAGOS, June 3 (Reuters) - Nigeria's central bank raised interest rates on Tuesday, a month "
            "after it said inflation had peaked.")
    a = _run(nlp, text, date(2026, 6, 3))
    q = _quote(a, text, "said")
    lagos = {m.entity_id for m in a.mentions if m.text == "LAGOS"}
    assert q.speaker_entity is None or q.speaker_entity not in lagos
    assert "LAGOS" not in q.speaker_reason


# ---- quantities/notes.py: the amount of a verb of change is the size of a move, marked so the linker
# does not compare it with a move reported on another day


def test_the_amount_of_a_move_is_marked_a_change(nlp):
    text = "Halvern shares fell 9% on Monday, while consumer prices rose by 2.8% to a level of 131.2 points."
    a = _run(nlp, text, date(2026, 3, 9))
    by = {q.text: q for q in a.quantities}
    assert "a change by ('fell')" in by["9%"].reason
    assert by["9%"].subject == "Halvern shares"
    assert "a change by ('rose')" in by["2.8%"].reason
    assert "a change by" not in by["131.2"].reason
