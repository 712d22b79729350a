"""Real-article round 17 (labour and business reports): a strike named by the people who stop work
("the cabin crew strike", "the nurses' strike", "a strike by bus drivers") is a walkout, not an
attack; and the number of a union local or a district ("Local 677 workers", "Region 8 and 9") names
a branch, it counts nobody. Each is tested on sentences of its own, asserting on types, values and
offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _strikes(a: Analysis, text: str):
    return [e for e in a.events if text[e.trigger.start:e.trigger.end].lower() == "strike"]


def test_a_strike_named_by_the_people_at_work_is_a_walkout(nlp):
    text = ("The flight attendants' strike has been put back by two days.\n\n"
            "A strike by tram drivers was called off on Monday.\n\n"
            "The hospital staff strike was postponed for talks.\n")
    a = _run(nlp, text, date(2024, 3, 1))
    strikes = _strikes(a, text)
    assert len(strikes) == 3
    assert [e.type for e in strikes] == ["PROTEST", "PROTEST", "PROTEST"]
    assert strikes[1].trigger.start == text.index("strike by tram")


def test_a_strike_named_by_its_weapon_stays_an_attack(nlp):
    text = "The army said the drone strike was postponed because of the weather.\n"
    a = _run(nlp, text, date(2024, 3, 1))
    assert [e.type for e in _strikes(a, text)] == ["ASSAULT"]


def _figures(a: Analysis, text: str):
    return {text[q.span.start:q.span.end]: q for q in a.quantities}


def test_a_union_local_or_region_number_is_no_count(nlp):
    text = ("Some 1,200 members of Teamsters Local 743 workers walked out on Friday.\n\n"
            "UAW Region 2 and 3 represent the plants.\n\n"
            "Locals 4410, 4411 and 4412 ratified the deal, which covers 2,300 workers.\n")
    a = _run(nlp, text, date(2024, 3, 1))
    figs = _figures(a, text)
    assert "743" not in figs
    assert "2" not in figs and "3" not in figs
    assert not {"4410", "4411", "4412"} & set(figs)
    assert figs["Some 1,200"].unit == "members"
    assert figs["2,300"].unit == "workers"
    assert figs["2,300"].span.start == text.index("2,300")


def test_a_lower_case_local_keeps_its_figure(nlp):
    text = "The closure ends 300 local jobs, and the local 150 contractors lose work too.\n"
    a = _run(nlp, text, date(2024, 3, 1))
    figs = _figures(a, text)
    assert figs["300"].low == 300
    assert figs["150"].low == 150
