"""One disagreement, one conflict (round 17): two reports that each set one source's toll against
another's ("The Monitoring Group says 48 people were killed ... Valley24 estimated the toll at 22"),
and the pass across articles pairing the first report's 48 with the second's 22, are one
disagreement, listed once with every article that reports it. The same values from other sources,
or other values, stay apart. Figures are invented; they mirror a real feed on an air strike."""

from __future__ import annotations

import json
from datetime import date

from storyline.analyze.quantities.notes import ANTECEDENT_MARK, DEATH_MARK
from storyline.link.conflicts import (
    FigureLedger, ReportedFigure, figure_conflicts, in_article_disputes, keyed_disputes, one_per_disagreement, same_source,
)
from storyline.records import Quantity, Span

DAY = date(2024, 11, 27)
KILLED = f"number; in a report ('say'); {DEATH_MARK} ('killed')"


def _fig(article: str, qid: str, start: int, low: float, by: str, *, subject: str | None = None,
         reason: str = KILLED, sentence: int | None = None) -> ReportedFigure:
    s = start - 30 if sentence is None else sentence
    quantity = Quantity(id=qid, span=Span(article, start, start + 2), sentence=Span(article, s, s + 120),
                        text=f"{low:g}", low=low, high=low, approx=None, unit="people", subject=subject,
                        attributed_to=None, as_of=None, reason=reason)
    return ReportedFigure(quantity, DAY, by, "kill", "killed")


def _again(article: str, qid: str, start: int, low: float, by: str, named: str, sentence: int) -> ReportedFigure:
    """A figure that speaks again of an earlier one in its sentence ("while X put the toll at 22")."""
    reason = f"number; in a report ('put'); {ANTECEDENT_MARK} '{named}' (unit and subject from it); {DEATH_MARK} (as '{named}')"
    return _fig(article, qid, start, low, by, reason=reason, sentence=sentence)


def _two_reports() -> list[ReportedFigure]:
    return [
        # a1: "The Monitoring Group, a rights watchdog based in London, says 48 people were killed ...
        #      Valley24, an activist news website, ... estimated the toll at 22."
        _fig("a1", "q1", 100, 48, "The Monitoring Group, a rights watchdog based in London"),
        _fig("a1", "q2", 400, 22, "Valley24, an activist news website", subject="the toll"),
        # a2: "The Monitoring Group said 48 people died, while website Valley24 put the toll at 22."
        _fig("a2", "q3", 50, 48, "The Monitoring Group", sentence=20),
        _again("a2", "q4", 120, 22, "website Valley24", "48", sentence=20),
    ]


def _both(figures: list[ReportedFigure]):
    """The conflicts of a pass over every figure, and those of a ledger kept between two link calls."""
    ledger = FigureLedger()
    ledger.extend([f for f in figures if f.article_id == "a1"])
    ledger = FigureLedger.from_json(json.loads(json.dumps(ledger.to_json())))
    ledger.extend([f for f in figures if f.article_id != "a1"])
    return figure_conflicts(figures), ledger.conflicts()


def test_a_dispute_told_by_two_reports_and_across_them_is_one_conflict_with_both_articles() -> None:
    batch, kept = _both(_two_reports())
    assert batch == kept
    assert len(batch) == 1
    (c,) = batch
    assert c.subject == "people (killed)"
    assert c.sides == ("q1", "q4")  # the pair across articles: each value's first reports
    assert set(c.articles) == {"a1", "a2"} and c.articles[:2] == ("a1", "a2")
    assert c.reason == "'48' (The Monitoring Group, a rights watchdog based in London) vs '22' (website Valley24)"


def test_a_toll_speaking_again_of_another_is_labelled_as_the_toll_pass_labels_it() -> None:
    disputes = in_article_disputes([f for f in _two_reports() if f.article_id == "a2"])
    assert [(c.subject, c.sides) for c in disputes] == [("people (killed), one report", ("q3", "q4"))]


def test_a_one_report_dispute_repeated_by_a_later_report_is_one_conflict() -> None:
    disputes = sorted(keyed_disputes(_two_reports()), key=lambda kc: kc[0].articles)  # in report order
    assert [c.articles for c, _ in disputes] == [("a1", "a1"), ("a2", "a2")]
    (c,) = one_per_disagreement(disputes)
    assert c.sides == ("q1", "q2") and c.articles == ("a1", "a1", "a2")  # the first's sides, then the later report
    assert c.subject == "people (killed), one report"


def test_other_values_or_other_sources_stay_other_disagreements() -> None:
    figures = [
        *_two_reports(),
        # a3: the Monitoring Group's 48 against the local council's 30: another disagreement
        _fig("a3", "q5", 50, 48, "The Monitoring Group", sentence=20),
        _again("a3", "q6", 120, 30, "the local council", "48", sentence=20),
        # a4: the same 48 against 22, but the 22 is the governor's: another disagreement
        _fig("a4", "q7", 50, 48, "The Monitoring Group", sentence=20),
        _again("a4", "q8", 120, 22, "Governor Ali Haddad", "48", sentence=20),
    ]
    batch, kept = _both(figures)
    assert batch == kept
    by_reason = {c.reason: c.articles for c in batch}
    assert len(batch) == len(by_reason)  # no disagreement listed twice
    monitor = "'48' (The Monitoring Group, a rights watchdog based in London)"
    assert by_reason[f"{monitor} vs '22' (website Valley24)"] == ("a1", "a2")
    assert by_reason[f"{monitor} vs '30' (the local council)"] == ("a1", "a3")  # a3's own dispute merged in
    assert by_reason["'48' (The Monitoring Group) vs '22' (Governor Ali Haddad), in one report"] == ("a4", "a4")
    assert any("'22' (website Valley24) vs '30' (the local council)" == r or
               "'22' (Valley24, an activist news website) vs '30' (the local council)" == r for r in by_reason)


def test_a_source_is_one_source_with_or_without_its_apposition_and_describing_words() -> None:
    assert same_source("The Monitoring Group, a rights watchdog based in London", "the Monitoring Group")
    assert same_source("website Valley24", "Valley24, an activist news website")
    assert same_source("state news agency SANA", "SANA")
    assert not same_source("officials in Aleppo", "residents of Aleppo")
    assert not same_source("Russia, Iran and Turkey", "Russia")
