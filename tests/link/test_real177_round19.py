"""Rules of real-article round 19 (helper 177) in linking: a count of the dead on board is a part
of a crash's toll, so it disputes no toll that also counts the dead on the ground; two counts of the
dead on board still dispute each other."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.link.conflicts import DEAD, ReportedFigure, figure_conflicts, figure_key
from storyline.records import Analysis

from tests.analyze.analysed import analyse, figure_at


def test_the_dead_on_board_dispute_no_toll_but_each_other(nlp):
    first = "The airliner crashed into a school on Monday, killing 143 people on board.\n"
    later = "The death toll from the crash rose to 171 on Wednesday, officials said.\n"
    other = "Police said all 151 people aboard had died.\n"
    a: Analysis = analyse(nlp, first, date(2025, 3, 3))
    b: Analysis = analyse(nlp, later, date(2025, 3, 5))
    c: Analysis = analyse(nlp, other, date(2025, 3, 3))
    aboard, toll, police = figure_at(a, first, "143"), figure_at(b, later, "171"), figure_at(c, other, "151")
    # three reports: each figure from an article of its own
    toll, police = (replace(q, span=replace(q.span, article_id=i)) for q, i in ((toll, "b"), (police, "c")))
    assert figure_key(aboard, "kill") == ("people", f"{DEAD} on board")
    assert figure_key(toll, "kill") == ("people", DEAD)
    figures = [ReportedFigure(aboard, date(2025, 3, 3), None, "kill", "killing"),
               ReportedFigure(toll, date(2025, 3, 5), "officials", "kill", "killed")]
    assert figure_conflicts(figures) == []
    figures.append(ReportedFigure(police, date(2025, 3, 3), "Police", "kill", "died"))
    assert len(figure_conflicts(figures)) == 1
