"""Real-article round 17 (outbreak and aid reports): counts classed by a participle share the noun
after the last of them ("379 confirmed and 47 probable Ebola cases" counts 379 cases too), and
thousands grouped by spaces, as WHO and UN situation reports write them ("1 180 contacts"), are one
number, not two. Each is tested on sentences of its own, asserting on values, units and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.records import Analysis

from .analysed import analyse as _run


def _figures(a: Analysis, text: str):
    return {text[q.span.start:q.span.end]: q for q in a.quantities}


def test_counts_classed_by_participles_share_the_noun_after_them(nlp):
    text = ("The ministry recorded 212 confirmed and 31 probable measles cases, "
            "among them 14 confirmed and 6 probable deaths.\n\n"
            "Teams found 40 suspected and 9 confirmed infections in the camp.\n")
    a = _run(nlp, text, date(2024, 3, 1))
    figs = _figures(a, text)
    assert figs["212"].unit == "cases"  # the noun after "measles", not the modifier itself
    assert figs["31"].unit == "cases"
    assert figs["14"].unit == "deaths"
    assert figs["6"].unit == "deaths"
    assert figs["40"].unit == "infections"
    assert figs["212"].span.start == text.index("212")


def test_a_plural_people_name_still_keeps_its_own_count(nlp):
    text = "Gunmen killed 17 Palestinians and five Israeli soldiers on Monday.\n"
    a = _run(nlp, text, date(2024, 3, 1))
    assert _figures(a, text)["17"].unit != "soldiers"


def test_thousands_grouped_by_spaces_are_one_number(nlp):
    text = ("Since January, 48 312 suspected cholera cases have been reported, and a total of "
            "2 045 contacts are being followed.\n\n"
            "The agency counted 1\u00a0250 displaced families in the district.\n")
    a = _run(nlp, text, date(2024, 3, 1))
    figs = _figures(a, text)
    cases = figs["48 312"]
    assert (cases.low, cases.unit) == (48312, "cases")
    assert cases.span.start == text.index("48 312")
    contacts = figs["a total of 2 045"]
    assert (contacts.low, contacts.unit) == (2045, "contacts")
    assert figs["1\u00a0250"].low == 1250
    assert "312" not in figs and "045" not in figs


def test_a_number_after_a_date_or_another_number_stays_apart(nlp):
    text = "On 5 May 2024 300 people fled the town, and 12 000 more left later.\n"
    a = _run(nlp, text, date(2024, 5, 9))
    figs = _figures(a, text)
    assert figs["300"].low == 300
    assert figs["12 000"].low == 12000
