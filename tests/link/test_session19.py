"""Linking rules of developer session 19 not owned by a helper round, on sentences written for the test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.link.conflicts import DEAD, ReportedFigure, figure_conflicts, figure_key

from tests.analyze.analysed import analyse, figure_at


# ---- conflicts._is_toll: a part of a toll ("on board", "in Manabi") rises as the whole toll does


def test_a_count_of_the_dead_on_board_rising_on_a_later_day_is_no_dispute(nlp):
    first = "The jet crashed on Monday, killing 120 people on board.\n"
    later = "By Wednesday, rescuers said 131 people on board had been killed.\n"
    a = figure_at(analyse(nlp, first, date(2025, 3, 3)), first, "120")
    b = figure_at(analyse(nlp, later, date(2025, 3, 5)), later, "131")
    b = replace(b, span=replace(b.span, article_id="b"))
    assert figure_key(a, "kill") == figure_key(b, "kill") == ("people", f"{DEAD} on board")
    figures = [ReportedFigure(a, date(2025, 3, 3), "the airline", "kill", "killing"),
               ReportedFigure(b, date(2025, 3, 5), "rescuers", "kill", "killed")]
    assert figure_conflicts(figures) == []
    # the same two counts on one day still dispute it
    figures[1] = replace(figures[1], published=date(2025, 3, 3))
    assert len(figure_conflicts(figures)) == 1
