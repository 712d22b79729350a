"""Fresh-text round 14 (24): false violent events found on invented sports, business and culture copy
(football, cricket, tennis, boxing reports; price wars; film and book reviews) with a real shelling
and a real police raid as controls. Each test uses sentences of its own (not the round's feed) and
asserts on types, counts and offsets.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run

DAY = date(2026, 3, 9)


def _types(analysis, trigger: str) -> list[str]:
    return [e.type for e in analysis.events if e.text == trigger]


# ---- events/triggers.py (_answers_back): "hit back" with no object, answering words, is a reply in
# words (ACCUSE), no attack; "hit back at X with air strikes" stays an attack


def test_hitting_back_at_critics_is_a_verbal_reply(nlp):
    text = "England coach Steve Borthwick hit back at his critics on Sunday."
    a = _run(nlp, text, DAY)
    hit = _event(a, "hit")
    assert hit.type == "ACCUSE"
    assert text[hit.trigger.start:hit.trigger.end] == "hit"


def test_hitting_back_at_claims_or_saying_something_is_a_verbal_reply(nlp):
    a = _run(nlp, "The chief executive hit back at claims that the company had misled investors.", DAY)
    assert _types(a, "hit") == ["ACCUSE"]
    a = _run(nlp, "The director hit back on Monday, saying the film was a satire of greed.", DAY)
    assert _types(a, "hit") == ["ACCUSE"]


def test_firing_back_at_comments_is_a_verbal_reply(nlp):
    a = _run(nlp, "Opposition leaders quickly fired back at the minister's remarks on Tuesday.", DAY)
    assert _types(a, "fired") == ["ACCUSE"]


def test_hitting_back_with_strikes_stays_an_attack(nlp):
    a = _run(nlp, "The army hit back at the militants with artillery fire on Monday.", DAY)
    assert _types(a, "hit") == ["ASSAULT"]
    a = _run(nlp, "Soldiers fired back at the gunmen from the rooftops.", DAY)
    assert _types(a, "fired") == ["ASSAULT"]


# ---- events/senses.py (missed_shot): "shoot" with no object and only a direction adverb ("wide",
# "high") is a shot at goal, no shooting


def test_a_shot_wide_is_no_shooting(nlp):
    a = _run(nlp, "The midfielder shot wide from 20 metres before the break.", DAY)
    assert _types(a, "shot") == []
    a = _run(nlp, "Late in the game the captain shot high from close range.", DAY)
    assert _types(a, "shot") == []


def test_shooting_a_person_or_at_a_crowd_stays_a_shooting(nlp):
    a = _run(nlp, "Police shot a man dead outside the stadium on Saturday.", DAY)
    assert _types(a, "shot") == ["ASSAULT"]
    a = _run(nlp, "Gunmen shot at the crowd outside the stadium.", DAY)
    assert _types(a, "shot") == ["ASSAULT"]


# ---- events/triggers.py (_time_adverb_on): "early on" is a time, no "on" of a target that "fire on"
# asks for


def test_firing_a_shot_early_on_fires_on_no_one(nlp):
    a = _run(nlp, "The striker fired a shot over the crossbar early on and was booked.", DAY)
    assert _types(a, "fired") == []
    a = _run(nlp, "Smith, who fired a low drive wide early on, scored twice.", DAY)
    assert _types(a, "fired") == []


def test_firing_on_protesters_stays_an_attack(nlp):
    text = "Troops fired on protesters in the capital later on Sunday."
    a = _run(nlp, text, DAY)
    fired = _event(a, "fired")
    assert fired.type == "ASSAULT"
    assert fired.trigger.start == text.index("fired")
