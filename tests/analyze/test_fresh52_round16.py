"""Session 16, feed 52 (espionage and expulsions): rules found wanting on fresh invented copy, each
tested on sentences of its own (not the feed's), asserting on extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _event(a: Analysis, text: str, word: str):
    return next(e for e in a.events if e.trigger.start == text.index(word))


def _names(a: Analysis, ids) -> list[str]:
    names = {e.id: e.name for e in a.entities}
    return [names.get(i, i) for i in ids]


def test_the_speaker_of_an_unmarked_reported_clause_is_no_party_to_its_subject(nlp):
    # no "that": the parser takes "a meeting" for the object of "said" and hangs "was" on "said"
    text = ("Brenner also said a meeting between the two countries' defence ministers, set for next Friday "
            "in Vienna, was \"under review.\"\n")
    a = _run(nlp, text, date(2026, 3, 2))
    meeting = _event(a, text, "meeting")
    assert meeting.type == "CONSULT"
    assert _names(a, meeting.source_actors) == ["defence ministers"]  # was also "Brenner", the speaker
    assert "Brenner" not in _names(a, meeting.target_actors)
    assert (meeting.modality, meeting.when.value) == ("planned", "2026-03-13")


def test_who_holds_a_meeting_is_still_a_party_to_it(nlp):
    text = "Norland announced talks with Vestria on Monday.\n"
    a = _run(nlp, text, date(2026, 3, 2))
    talks = _event(a, text, "talks")
    assert "Norland" in _names(a, talks.source_actors)


def test_a_time_on_an_act_in_a_phrase_dates_that_act_not_the_clause(nlp):
    text = ("Norland has expelled three Vestrian diplomats in retaliation for the expulsion of two of its "
            "own envoys last week.\n")
    a = _run(nlp, text, date(2026, 3, 8))
    expelled = _event(a, text, "expelled")
    assert expelled.when is None or expelled.when.value != "2026-W09"  # was last week, before the act it answers
    assert expelled.when_how == "article"
    expulsion = _event(a, text, "expulsion")
    assert (expulsion.when.value, expulsion.when_how) == ("2026-W09", "clause")


def test_a_time_on_the_clause_still_dates_its_verb(nlp):
    text = "Norland expelled three Vestrian diplomats last week.\n"
    a = _run(nlp, text, date(2026, 3, 8))
    assert _event(a, text, "expelled").when.value == "2026-W09"
