"""Linking rules of developer session 19 not owned by a helper round, on sentences written for the test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.analyze.event_words import PRESUPPOSED
from storyline.link.conflicts import DEAD, ReportedFigure, figure_conflicts, figure_key
from storyline.link.timeline import ReportedEvent, build_timeline, status_path
from storyline.records import Event, Span

from tests.analyze.analysed import analyse, figure_at


def _two_reports(nlp, first: str, first_day: date, later: str, later_day: date, numbers: tuple[str, str]):
    """The figures holding ``numbers`` in two reports, each from an article of its own."""
    a = figure_at(analyse(nlp, first, first_day), first, numbers[0])
    b = figure_at(analyse(nlp, later, later_day), later, numbers[1])
    return a, replace(b, span=replace(b.span, article_id="b"))


# ---- conflicts._is_toll: a part of a toll ("on board", "in Manabi") rises as the whole toll does


def test_a_count_of_the_dead_on_board_rising_on_a_later_day_is_no_dispute(nlp):
    first = "The jet crashed on Monday, killing 120 people on board.\n"
    later = "By Wednesday, rescuers said 131 people on board had been killed.\n"
    a, b = _two_reports(nlp, first, date(2025, 3, 3), later, date(2025, 3, 5), ("120", "131"))
    assert figure_key(a, "kill") == figure_key(b, "kill") == ("people", f"{DEAD} on board")
    figures = [ReportedFigure(a, date(2025, 3, 3), "the airline", "kill", "killing"),
               ReportedFigure(b, date(2025, 3, 5), "rescuers", "kill", "killed")]
    assert figure_conflicts(figures) == []
    # the same two counts on one day still dispute it
    figures[1] = replace(figures[1], published=date(2025, 3, 3))
    assert len(figure_conflicts(figures)) == 1


# ---- timeline._quiet: a noun that only names an act called off does not bring it back


def _talks(article: str, modality: str, published: date, reason: str = "test"):
    event = Event(
        id=f"{article}-1", type="CONSULT", mode=None, source_actors=(), target_actors=(), location=None,
        when=None, when_how="article", modality=modality, trigger=Span(article, 10, 15), sentence=Span(article, 0, 100),
        text="talks", attributed_to=None, confidence=0.8, reason=reason,
    )
    actors = frozenset({"e:nsc", "e:pvv"})
    return ReportedEvent(event, published, actors, tuple(sorted(actors)), None, None, frozenset(), frozenset())


def test_talks_called_off_then_only_named_are_not_back():
    collapsed = _talks("a1", "cancelled", date(2024, 2, 6))
    named = _talks("a2", "happened", date(2024, 2, 7), reason=f"modality: {PRESUPPOSED}")
    timeline = build_timeline([collapsed, named])
    assert timeline.changes == ()
    (entry,) = timeline.entries
    assert entry.quiet == ("a2",)
    assert status_path(entry.history, entry.quiet) == ["cancelled"]
    resumed = _talks("a3", "happened", date(2024, 2, 9), reason="modality: past tense 'resumed'")
    assert [(c.before, c.after, c.after_article) for c in build_timeline([collapsed, named, resumed]).changes] == [
        ("cancelled", "happened", "a3")]


# ---- conflicts._comparable: a count of one day is not compared when a report's day is unknown


def test_crowd_sizes_of_undated_reports_are_not_set_against_each_other(nlp):
    first = "Police said 120,000 people marched in the capital.\n"
    later = "Organisers said 450,000 people marched in the capital.\n"
    a, b = _two_reports(nlp, first, date(2025, 3, 3), later, date(2025, 3, 3), ("120,000", "450,000"))
    assert figure_key(a, "protest") == figure_key(b, "protest")
    dated = [ReportedFigure(a, date(2025, 3, 3), "Police", "protest", "marched"),
             ReportedFigure(b, date(2025, 3, 3), "Organisers", "protest", "marched")]
    assert len(figure_conflicts(dated)) == 1
    undated = [replace(f, published=None) for f in dated]
    assert figure_conflicts(undated) == []
