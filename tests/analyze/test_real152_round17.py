"""Real-article round 17 (terror attacks, coups and unrest): a curfew, lockdown or sanctions that a
junta or a government "announced" are in force from the announcement, unlike a strike or a summit
announced, which is still to come; and a negative subject whose noun carries a bare participle ("no one
detained in the coup had suffered violence") denies the main verb, not the detention. Each is tested
on sentences of its own, asserting on modalities, counts and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _events(a: Analysis, text: str, word: str):
    return [e for e in a.events if text[e.trigger.start:e.trigger.end].lower() == word]


def test_an_announced_curfew_or_sanctions_are_imposed(nlp):
    text = ("On Tuesday night the military council announced a curfew across the country.\n\n"
            "The bloc announced fresh sanctions against the coup leaders.\n")
    a = _run(nlp, text, date(2023, 8, 2))
    curfews = _events(a, text, "curfew")
    sanctions = _events(a, text, "sanctions")
    assert len(curfews) == 1 and len(sanctions) == 1
    assert curfews[0].trigger.start == text.index("curfew")
    assert curfews[0].modality == "happened"
    assert sanctions[0].modality == "happened"


def test_an_announced_strike_is_still_planned(nlp):
    text = "The union announced a strike for Friday.\n"
    a = _run(nlp, text, date(2023, 8, 2))
    assert [e.modality for e in _events(a, text, "strike")] == ["planned"]


def test_no_one_detained_denies_the_main_verb_not_the_detention(nlp):
    text = "The police stated that no one detained in the protest had suffered any harm.\n"
    a = _run(nlp, text, date(2023, 8, 2))
    arrests = _events(a, text, "detained")
    assert len(arrests) == 1
    assert arrests[0].trigger.start == text.index("detained")
    assert arrests[0].modality != "negated"


def test_no_one_was_detained_stays_negated(nlp):
    text = "Police said no one was arrested during the raid.\n"
    a = _run(nlp, text, date(2023, 8, 2))
    assert [e.modality for e in _events(a, text, "arrested")] == ["negated"]
