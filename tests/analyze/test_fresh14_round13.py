"""Fresh-text round 13, feed 14: rules found wanting on invented wire copy about a cholera outbreak,
a mine collapse with trapped miners, a marathon put off by a storm and a satellite launch. Each test
uses sentences of its own (not the round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run

# ---- nlp.py: a noun the parser hangs on a verb's particle is the phrasal verb's object


def test_a_strike_called_off_before_a_relative_clause_is_cancelled(nlp):
    text = "The dockers' union called off the national strike it had announced for next week."
    a = _run(nlp, text, date(2026, 3, 6))
    e = _event(a, "strike")
    assert (e.type, e.modality, e.trigger.start) == ("PROTEST", "cancelled", text.index("strike"))


def test_a_parsed_particle_object_moves_to_the_verb(nlp):
    doc = nlp("The dockers' union called off the national strike it had announced for next week.")
    strike = next(t for t in doc if t.text == "strike")
    assert (strike.dep_, strike.head.text) == ("dobj", "called")


# ---- quantities/antecedents.py: "the number of trapped NOUNS" counts again only NOUNS said to be trapped


def test_a_count_of_trapped_workers_does_not_speak_again_of_workers_who_got_out(nlp):
    text = ("The company said 9 workers had managed to climb out through a shaft.\n\n"
            "The union put the number of trapped workers at 41.")
    a = _run(nlp, text, date(2026, 3, 6))
    q = next(q for q in a.quantities if q.text == "41")
    assert (q.low, q.unit, q.span.start) == (41.0, "workers", text.index("41"))
    assert "speaks again of" not in q.reason


def test_a_count_of_trapped_workers_speaks_again_of_workers_said_trapped(nlp):
    text = ("The company said 9 workers were trapped underground.\n\n"
            "The union put the number of trapped workers at 41.")
    a = _run(nlp, text, date(2026, 3, 6))
    q = next(q for q in a.quantities if q.text == "41")
    assert "speaks again of '9'" in q.reason


# ---- quantities/units.py: the unit of a measure set before a noun ("the 1,480kg satellite")


def test_a_measure_before_its_noun_takes_the_unit_not_the_noun(nlp):
    text = "A 1,200kg rover was launched on Tuesday to study the moon's south pole."
    a = _run(nlp, text, date(2026, 3, 6))
    q = next(q for q in a.quantities if q.low == 1200.0)
    assert (q.unit, q.span.start) == ("kg", text.index("1,200"))
