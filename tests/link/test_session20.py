"""Linking rules of developer session 20 not owned by a helper round, on records written for the test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.link.conflicts import ReportedFigure, figure_conflicts
from storyline.link.timeline import ReportedEvent, build_timeline, status_path
from storyline.records import Event, Span

from tests.analyze.analysed import analyse


def _visit(article: str, modality: str, published: date | None) -> ReportedEvent:
    event = Event(
        id=f"{article}-1", type="CONSULT", mode=None, source_actors=(), target_actors=(), location=None,
        when=None, when_how="article", modality=modality, trigger=Span(article, 10, 15), sentence=Span(article, 0, 100),
        text="visit", attributed_to=None, confidence=0.8, reason="test",
    )
    actors = frozenset({"e:abe", "e:india"})
    return ReportedEvent(event, published, actors, tuple(sorted(actors)), None, None, frozenset(), frozenset())


# ---- timeline._quiet: an undated report changes a status only forward along an event's life


def test_an_undated_report_does_not_move_a_status_back():
    cancelled = _visit("a1", "cancelled", date(2019, 12, 14))
    postponed = _visit("a2", "postponed", None)
    timeline = build_timeline([cancelled, postponed])
    assert timeline.changes == ()
    (entry,) = timeline.entries
    assert entry.quiet == ("a2",)
    assert status_path(entry.history, entry.quiet) == ["cancelled"]
    # nor back to a plan, nor from a denial to the act done
    assert build_timeline([cancelled, _visit("a3", "planned", None)]).changes == ()
    assert build_timeline([_visit("a4", "negated", date(2025, 3, 6)), _visit("a5", "happened", None)]).changes == ()


def test_an_undated_report_still_moves_a_status_forward_and_dated_reports_any_way():
    planned = _visit("a1", "planned", date(2019, 12, 6))
    assert [(c.before, c.after) for c in build_timeline([planned, _visit("a2", "cancelled", None)]).changes] == [
        ("planned", "cancelled")]
    # a dated report after a cancellation may still set the event again
    dated = [_visit("a1", "cancelled", date(2019, 12, 14)), _visit("a2", "planned", date(2019, 12, 20))]
    assert [(c.before, c.after) for c in build_timeline(dated).changes] == [("cancelled", "planned")]


def test_after_a_quiet_undated_report_the_next_one_is_read_against_the_last_that_counted():
    # "cancelled (dated) -> planned (undated) -> cancelled (undated)": the plan is out of order, and the
    # second cancellation repeats the first
    history = [_visit("a1", "cancelled", date(2020, 8, 18)), _visit("a2", "planned", None),
               _visit("a3", "cancelled", None)]
    assert build_timeline(history).changes == ()


# ---- conflicts._one_per_value_pair: one report's dispute over one pair of values is shown once


def test_one_reports_dispute_told_again_by_a_third_source_is_one_conflict(nlp):
    text = ("The railways said on Saturday that 288 people were killed in the crash.\n"
            "The district collector said on Sunday that 275 people were killed, not 288.\n"
            "The chief secretary, Anil Rao, said 275 people were killed after double counts were removed.\n")
    a = analyse(nlp, text, date(2023, 6, 4))
    speakers = {q.id: q.speaker for q in a.quotes}
    figures = [ReportedFigure(q, date(2023, 6, 4), speakers.get(q.attributed_to), "kill", "killed") for q in a.quantities]
    (conflict,) = figure_conflicts(figures)
    assert conflict.reason == "'288' (The railways) vs '275' (The district collector), in one report"
    assert conflict.sides == (a.quantities[0].id, a.quantities[1].id)


# ---- conflicts._comparable: a toll from an undated report cannot be told to be the earlier one


def test_a_toll_from_an_undated_report_disputes_no_other_reports_toll(nlp):
    first, later = ("Health officials said 643 people have died in the outbreak.\n",
                    "The health agency said 833 people have died in the outbreak.\n")
    a = analyse(nlp, first, date(2024, 9, 2)).quantities[0]
    b = analyse(nlp, later, date(2024, 9, 2)).quantities[0]
    b = replace(b, span=replace(b.span, article_id="b"))
    dated = [ReportedFigure(a, date(2024, 9, 2), "Health officials", "die", "died"),
             ReportedFigure(b, date(2024, 9, 2), "The health agency", "die", "died")]
    assert len(figure_conflicts(dated)) == 1  # one day, two tolls: a dispute
    assert figure_conflicts([dated[0], replace(dated[1], published=None)]) == []
    assert figure_conflicts([replace(dated[0], published=None), dated[1]]) == []


def test_an_undated_report_does_not_bring_back_a_status_the_entry_had_before():
    history = [_visit("a1", "cancelled", date(2018, 5, 24)), _visit("a2", "planned", date(2018, 6, 1)),
               _visit("a3", "cancelled", None)]
    timeline = build_timeline(history)
    assert [(c.before, c.after) for c in timeline.changes] == [("cancelled", "planned")]
    (entry,) = timeline.entries
    assert entry.quiet == ("a3",)
    assert status_path(entry.history, entry.quiet) == ["cancelled", "planned"]
    # a dated report may bring it back
    dated = history[:2] + [_visit("a3", "cancelled", date(2018, 6, 3))]
    assert [(c.before, c.after) for c in build_timeline(dated).changes] == [("cancelled", "planned"), ("planned", "cancelled")]
    # the entry shows the status its counted reports end on
    assert entry.modality == "planned"
