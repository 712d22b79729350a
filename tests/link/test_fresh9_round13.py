"""Fresh-text round 13, feed 9 (link): a report that gives the tolls of several named sources sets
them against each other whichever paragraph each stands in; the police's and the organisers' crowd
sizes in consecutive sentences dispute each other; "44 deaths" is a count of the dead."""

from __future__ import annotations

from datetime import date

from storyline.link.conflicts import DEAD, FigureLedger, ReportedFigure, figure_conflicts, figure_key
from storyline.records import Quantity, Span

DAY = date(2026, 4, 10)


def q(article, qid, low, unit, subject=None, *, text=None, sentence=0, length=50, reason="number", approx=None,
      as_of=None):
    return Quantity(id=qid, span=Span(article, sentence + 1, sentence + 4),
                    sentence=Span(article, sentence, sentence + length), text=text or f"{low:,}", low=low, high=low,
                    approx=approx, unit=unit, subject=subject, attributed_to=None, as_of=as_of, reason=reason)


DEAD_REASON = "number; in a report ('say'); counts the dead ('killed')"


# ---- conflicts.figure_key: a unit that names the dead counts people


def test_deaths_as_a_unit_are_a_count_of_the_dead():
    assert figure_key(q("a", "1", 44, "deaths", "Our official number")) == ("people", DEAD)
    assert figure_key(q("a", "2", 47, "people", None, reason=DEAD_REASON)) == ("people", DEAD)


# ---- conflicts._toll_disputes: tolls of two named sources in one report


def test_tolls_of_two_named_sources_in_one_report_are_disputed():
    figures = [ReportedFigure(q("a1", "q1", 52, "people", approx="at least", text="at least 52", reason=DEAD_REASON),
                              DAY, "The United Nations"),
               ReportedFigure(q("a1", "q2", 44, "deaths", "Our official number", sentence=400), DAY, "Abdul Muhari"),
               ReportedFigure(q("a1", "q3", 47, "people", sentence=900, reason=DEAD_REASON), DAY, "Anwar Hafid")]
    conflicts = figure_conflicts(figures)
    assert [(c.sides, c.subject) for c in conflicts] == [
        (("q1", "q2"), "people (killed), one report"),
        (("q1", "q3"), "people (killed), one report"),
        (("q2", "q3"), "people (killed), one report")]
    assert conflicts[0].reason == "'at least 52' (The United Nations) vs '44' (Abdul Muhari), in one report"
    ledger = FigureLedger()
    ledger.extend(figures)
    assert FigureLedger.from_json(ledger.to_json()).conflicts() == conflicts


def test_a_toll_of_another_time_in_one_report_is_no_dispute():
    # "80 people were killed, the minister said ... militants killed 130 people in Paris last November"
    figures = [ReportedFigure(q("a1", "q1", 80, "people", reason=DEAD_REASON), date(2016, 7, 15), "Bernard Cazeneuve"),
               ReportedFigure(q("a1", "q2", 130, "people", sentence=600, reason=DEAD_REASON, as_of="2015-11"),
                              date(2016, 7, 15), "Francois Hollande")]
    assert figure_conflicts(figures) == []


def test_one_source_or_an_unnamed_one_giving_two_tolls_is_no_dispute():
    same = [ReportedFigure(q("a1", "q1", 41, "people", reason=DEAD_REASON), DAY, "the agency"),
            ReportedFigure(q("a1", "q2", 38, "people", sentence=400, reason=DEAD_REASON), DAY, "The agency")]
    unnamed = [ReportedFigure(q("a1", "q1", 41, "people", reason=DEAD_REASON), DAY, "officials"),
               ReportedFigure(q("a1", "q2", 38, "people", sentence=400, reason=DEAD_REASON), DAY, None)]
    assert figure_conflicts(same) == [] and figure_conflicts(unnamed) == []


# ---- conflicts._next_sentence_by_another: crowd sizes of two named sources in consecutive sentences


def test_crowd_sizes_of_two_named_sources_in_consecutive_sentences_are_disputed():
    # "Police said 15,000 people took part. The organisers said the march drew 250,000."
    figures = [ReportedFigure(q("a1", "q1", 15000, "people", "attendance", length=36), DAY, "Police"),
               ReportedFigure(q("a1", "q2", 250000, "people", "crowd", sentence=37), DAY, "The organisers")]
    (conflict,) = figure_conflicts(figures)
    assert conflict.sides == ("q1", "q2")
    assert conflict.reason == "'15,000' (Police) vs '250,000' (The organisers), in one report"


def test_crowd_sizes_in_consecutive_sentences_with_one_unnamed_source_are_not_disputed():
    figures = [ReportedFigure(q("a1", "q1", 15000, "people", "attendance", length=36), DAY, "Police"),
               ReportedFigure(q("a1", "q2", 250000, "people", "crowd", sentence=37), DAY, None)]
    assert figure_conflicts(figures) == []
