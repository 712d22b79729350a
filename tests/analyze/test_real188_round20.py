"""Round 20, real sanctions reports: "the sanctions package targeting Russia" is the package's scope,
no assault; and "US targets the fleet with sanctions" is a sanction, not a criticism someone voiced."""

from __future__ import annotations

from datetime import date

from .analysed import analyse, nth_index


def _events_at(a, text, word):
    start = nth_index(text, word)
    return [e for e in a.events if e.trigger.start == start]


def test_measure_participle_targeting_is_no_assault(nlp):
    text = "The government unveiled a tariff package targeting steel importers."
    a = analyse(nlp, text, date(2026, 2, 20))
    assert not any(e.type == "ASSAULT" for e in _events_at(a, text, "targeting"))


def test_sanctions_participle_targeting_is_no_assault(nlp):
    text = "Washington announced new sanctions targeting the oil tankers of the network."
    a = analyse(nlp, text, date(2026, 2, 20))
    assert _events_at(a, text, "targeting") == []
    assert any(e.type == "SANCTION" for e in _events_at(a, text, "sanctions"))


def test_weapon_participle_targeting_stays_an_assault(nlp):
    text = "Rebels fired rockets targeting the airport."
    a = analyse(nlp, text, date(2026, 2, 20))
    assert [e.type for e in _events_at(a, text, "targeting")] == ["ASSAULT"]


def test_targets_with_sanctions_is_an_act_not_a_statement(nlp):
    text = "US targets Venezuelan shippers with sanctions on 12 tankers"
    a = analyse(nlp, text, date(2026, 2, 20))
    assert [q for q in a.quotes if text[q.cue.start:q.cue.end] == "targets"] == []


def test_targets_with_criticism_stays_a_stance(nlp):
    text = "The senator targeted the governor with harsh criticism over the budget."
    a = analyse(nlp, text, date(2026, 2, 20))
    assert len([q for q in a.quotes if text[q.cue.start:q.cue.end] == "targeted"]) == 1


def test_headline_targets_with_sanctions_is_no_learned_cue(nlp):
    text = "UK targets Syrian traders with sanctions on 20 vessels"
    a = analyse(nlp, text, date(2026, 2, 20))
    assert a.quotes == [] or all(text[q.cue.start:q.cue.end] != "targets" for q in a.quotes)
