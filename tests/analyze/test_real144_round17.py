"""Real-article round 17 (armed-conflict claims and denials, helper 144): what a count of the dead
counts when the sentence names two peoples ("killed 17 Palestinians and five Israeli soldiers") and
when the count is a part of a group named elsewhere ("we traced them and killed 10 of them")."""

from __future__ import annotations

from datetime import date

from storyline.analyze.quantities import PART_MARK
from storyline.link.conflicts import ReportedFigure, figure_conflicts, figure_key

from .analysed import figure_among, quantities_of

AID = "a1"


def _figures(nlp, text):
    return quantities_of(nlp, text, AID)


_at = figure_among


# ---- quantities.units._shared_noun


def test_a_plural_people_name_is_the_first_numbers_own_noun(nlp):
    text = "The shelling on Friday killed 17 Palestinians and five Israeli soldiers near the border."
    figs = _figures(nlp, text)
    assert _at(figs, text, "17").unit == "palestinians"
    assert _at(figs, text, "five").unit == "soldiers"


def test_coordinated_adjectives_still_share_the_second_noun(nlp):
    text = "The navy rescued 12 Somali and 11 Yemeni nationals off the coast on Tuesday."
    figs = _figures(nlp, text)
    assert _at(figs, text, "12").unit == "nationals"


# ---- quantities.notes._part_note


def test_n_of_them_is_a_part_of_a_group_named_elsewhere(nlp):
    text = '"We traced them this morning and killed 10 of them," the police commander said.'
    ten = _at(_figures(nlp, text), text, "10")
    assert f"{PART_MARK} ('them')" in ten.reason


def test_a_part_of_them_disputes_no_toll_of_the_story(nlp):
    text = ('"We traced them this morning and killed 10 of them," the police commander said. '
            "The group's spokesman said its fighters killed 12 officers in the raid.")
    figs = _figures(nlp, text)
    ten, twelve = _at(figs, text, "10"), _at(figs, text, "12")
    assert figure_key(ten, "kill") != figure_key(twelve, "kill")
    day = date(2015, 6, 20)
    reported = [ReportedFigure(ten, day, "the police commander", "kill", "killed"),
                ReportedFigure(twelve, day, "The group's spokesman", "kill", "killed")]
    assert figure_conflicts(reported) == []
