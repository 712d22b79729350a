"""Rules of real-article round 19 (helper 183) in linking: "kidnapped" and "abducted" name one act
(lexicons/event_word_families.txt), so two reports counting those taken with either verb are keyed
as one count and dispute each other when they differ."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.analyze.event_words import trigger_family
from storyline.link.conflicts import ReportedFigure, figure_conflicts, figure_key
from storyline.records import Analysis

from tests.analyze.analysed import analyse, figure_at


def test_kidnapped_and_abducted_counts_dispute(nlp):
    first = "Gunmen abducted 90 villagers from the market on Sunday, residents said.\n"
    later = "Police said 45 villagers were kidnapped in the raid on Sunday.\n"
    a: Analysis = analyse(nlp, first, date(2025, 6, 2))
    b: Analysis = analyse(nlp, later, date(2025, 6, 3))
    taken, police = figure_at(a, first, "90"), figure_at(b, later, "45")
    police = replace(police, span=replace(police.span, article_id="b"))
    assert trigger_family("abducted") == trigger_family("kidnapped")
    key = figure_key(taken, trigger_family("abducted"))
    assert key is not None and key == figure_key(police, trigger_family("kidnapped"))
    figures = [ReportedFigure(taken, date(2025, 6, 2), "residents", trigger_family("abducted"), "abducted"),
               ReportedFigure(police, date(2025, 6, 3), "Police", trigger_family("kidnapped"), "kidnapped")]
    assert len(figure_conflicts(figures)) == 1
