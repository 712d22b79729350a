"""Round 19, real coalition-talks reports: a count whose noun a comparative singles out ("talks
with two smaller parties broke down") counts a subgroup, never the whole another report counts
("talks among four parties"), so the two are no figure conflict."""

from __future__ import annotations

from datetime import date

from .analysed import analyse, figure_at

from storyline.analyze.quantities import PART_MARK
from storyline.link.conflicts import figure_key


def test_a_count_singled_out_by_a_comparative_is_a_part(nlp):
    text = ("The chancellor's bloc lost its majority after talks with two smaller parties broke down.\n"
            "Talks among four parties collapsed on Sunday, the party leader said.\n"
            "Ten more people were hired in March.\n")
    a = analyse(nlp, text, date(2017, 12, 20))
    part = figure_at(a, text, "two")
    assert part.unit == "parties" and PART_MARK in part.reason and "'smaller'" in part.reason
    whole = figure_at(a, text, "four")
    assert PART_MARK not in whole.reason
    assert figure_key(whole, "consult") is not None
    assert figure_key(part, "consult") != figure_key(whole, "consult")
    assert PART_MARK not in figure_at(a, text, "Ten").reason  # an increment, not a subgroup
