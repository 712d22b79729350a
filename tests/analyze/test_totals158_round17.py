"""Running totals (real-article round 17, helper 158): a count that sums every stage up to its report
("a total of 69 hostages have been released", "58 so far", "to date", "in all") or since a named start
("at least 199 people have drowned on this route since 2014") carries quantities.TOTAL_MARK, with the
start when its clause names one. Invented sentences; asserting on the marks."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyze.quantities import TOTAL_MARK

from .analysed import analyse, figure_at

DAY = date(2024, 3, 4)


@pytest.mark.parametrize(("text", "number", "note"), [
    ("So far, 58 hostages have been released during the truce.", "58", f"{TOTAL_MARK} ('so far')"),
    ("The group has released a total of 69 hostages, reports say.", "69", f"{TOTAL_MARK} ('a total of')"),
    ("To date, 1,200 homes have been destroyed in the province.", "1,200", f"{TOTAL_MARK} ('to date')"),
    ("In all, 300 prisoners were freed by the authorities.", "300", f"{TOTAL_MARK} ('in all')"),
    ("At least 199 people have now drowned on this route since 2014, the agency said.", "199",
     f"{TOTAL_MARK} since ('2014')"),
    ("Since Friday, 39 hostages have been released under the agreement.", "39", f"{TOTAL_MARK} since ('Friday')"),
])
def test_a_running_total_is_marked_with_its_start(nlp, text, number, note):
    q = figure_at(analyse(nlp, text, DAY), text, number)
    assert note in q.reason


@pytest.mark.parametrize(("text", "number"), [
    ("Twenty-four hostages were released on Friday.", "Twenty-four"),
    ("Police said 52 people were killed in the attack.", "52"),
    ("Officials said 120 people have died since the storm hit on Monday.", "120"),
])
def test_a_single_count_or_a_toll_since_a_clause_is_no_running_total(nlp, text, number):
    q = figure_at(analyse(nlp, text, DAY), text, number)
    assert TOTAL_MARK not in q.reason
