"""Lead's round of session 13 (analysis): the noun of a two-word governor governs its phrase as the
verb does ("calls for a ceasefire": the ceasefire is asked for, not held)."""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run


def test_the_noun_call_for_governs_what_it_asks_for(nlp):
    text = "Calls for a ceasefire grew louder on Monday as the shelling of the port city went on."
    a = _run(nlp, text, date(2026, 3, 2))
    truce = _event(a, "ceasefire")
    assert (truce.modality, text[truce.trigger.start:truce.trigger.end]) == ("hypothetical", "ceasefire")
    assert "governed by 'call for'" in truce.reason
    assert _event(a, "Calls").modality == "happened"  # the calls were made


def test_a_renewed_call_for_a_boycott_leaves_the_boycott_to_come(nlp):
    text = "The opposition on Sunday renewed its call for a boycott of the election."
    a = _run(nlp, text, date(2026, 3, 2))
    assert _event(a, "boycott").modality == "hypothetical"


def test_a_call_the_noun_without_for_still_tells_its_own_act(nlp):
    # a phone call is no governor: "the call between the leaders" was held
    text = "The call between the two leaders on Monday lasted an hour, officials said."
    a = _run(nlp, text, date(2026, 3, 3))
    assert _event(a, "call").modality == "happened"
