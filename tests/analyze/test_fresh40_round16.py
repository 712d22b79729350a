"""Session 16, legislative copy: rules found wanting on fresh invented reports of votes, each tested
on sentences of its own (not the feed's), asserting on extracted values, units and offsets.
"""

from __future__ import annotations

from datetime import date


from .analysed import analyse as _run, event_at as _event, figure_at as _figure




def test_a_tally_spelled_with_to_counts_votes(nlp):
    text = ("The assembly voted 305 to 114 to adopt the fisheries reform on Monday.\n\n"
            "Senators confirmed the nominee by 58 to 41, officials said.\n")
    a = _run(nlp, text, date(2025, 11, 4))
    for number in ("305", "114", "58", "41"):
        q = _figure(a, text, number)
        assert q.unit == "votes", number  # was None: "to" was read as no tally at all
        assert (q.low, q.high) == (float(number), float(number))
    # the voting body is not what one half counts ("114 The assembly")
    assert _figure(a, text, "114").subject is None
    assert _figure(a, text, "41").subject is None


def test_a_range_with_to_is_no_tally(nlp):
    text = "The ministry approved 10 to 15 new licences this year, an official said.\n"
    a = _run(nlp, text, date(2025, 11, 4))
    assert all(q.unit != "votes" for q in a.quantities)




def test_an_earlier_act_under_a_failed_reaction_takes_no_time_of_the_governing_clause(nlp):
    text = "The senate on Tuesday failed to overturn Governor Mara Quill's veto of the water bill.\n"
    a = _run(nlp, text, date(2025, 9, 12))
    veto = _event(a, text, "veto")
    assert veto.type == "REJECT"
    assert veto.when is None  # was 2025-09-09, Tuesday: the day the override failed, not the veto's
    assert veto.when_how == "article"


def test_killing_a_law_is_no_assault(nlp):
    text = ("The upper house adjourned on Friday without a vote, effectively killing the legislation.\n\n"
            "Senators killed the measure in a late-night session.\n\n"
            "Gunmen killed four villagers on Friday.\n")
    a = _run(nlp, text, date(2025, 9, 12))
    kills = [e for e in a.events if e.type == "ASSAULT"]
    assert [text[e.trigger.start:e.trigger.end] for e in kills] == ["killed"]
    assert kills[0].trigger.start == text.index("killed four")
