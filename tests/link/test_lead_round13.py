"""Lead's round of session 13 (link): a directed act (a stance, a demand, an attack) joins no report
where one of its two parties swaps doer and done-to; acts done together still join whichever way the
parties are named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.link.timeline import TimelineState, build_timeline, merge_events
from tests.link.test_timeline import ev, rep

APR27, MAY2, MAY5 = date(2016, 4, 27), date(2016, 5, 2), date(2016, 5, 5)
PARTIES = {"e:sanders", "e:clinton"}


def _directed(article, type_, modality, text, published, doer, done_to):
    r = rep(ev(article, 10, type_, modality, text=text), published, PARTIES)
    return replace(r, sources=frozenset({doer}), targets=frozenset({done_to}))


def test_a_stance_taken_the_other_way_round_is_another_act():
    pledge = _directed("a1", "SUPPORT", "planned", "support", APR27, "e:sanders", "e:clinton")  # Sanders pledged to support Clinton
    praise = _directed("a2", "SUPPORT", "happened", "support", MAY2, "e:clinton", "e:sanders")  # Clinton voiced support for Sanders
    assert sorted([r.article_id for r in g] for g in merge_events([pledge, praise])) == [["a1"], ["a2"]]
    assert build_timeline([pledge, praise]).changes == ()


def test_a_stance_told_again_the_same_way_round_still_changes_status():
    pledge = _directed("a1", "SUPPORT", "planned", "support", APR27, "e:sanders", "e:clinton")
    done = _directed("a2", "SUPPORT", "happened", "support", MAY2, "e:sanders", "e:clinton")
    timeline = build_timeline([pledge, done])
    assert [(c.before, c.after) for c in timeline.changes] == [("planned", "happened")]


def test_a_group_takes_no_report_that_swaps_the_roles_of_its_pair():
    first = _directed("a1", "ACCUSE", "happened", "questioned", APR27, "e:sanders", "e:clinton")
    again = _directed("a2", "ACCUSE", "happened", "questioned", MAY2, "e:sanders", "e:clinton")
    back = _directed("a3", "ACCUSE", "happened", "questioned", MAY5, "e:clinton", "e:sanders")
    groups = merge_events([first, again, back])
    assert sorted([r.article_id for r in g] for g in groups) == [["a1", "a2"], ["a3"]]
    # the kept state holds the pairs with their roles, so a later link call decides the same way
    state = TimelineState.from_json(TimelineState.from_groups([[first, again]]).to_json())
    state.extend([back])
    assert sorted(e.article_ids for e in state.timeline().entries) == [("a1", "a2"), ("a3",)]


def test_an_act_done_together_joins_whichever_party_is_named_first():
    # "Sanders will meet Clinton" and "Clinton met Sanders": the parser's doer says nothing of a meeting
    plan = _directed("a1", "CONSULT", "planned", "meet", APR27, "e:sanders", "e:clinton")
    held = _directed("a2", "CONSULT", "happened", "met", MAY2, "e:clinton", "e:sanders")
    assert len(merge_events([plan, held])) == 1


# ---- conflicts: counts of the missing, compared as the dead are, but only within one day

from storyline.link.conflicts import MISSING, FigureLedger, ReportedFigure, figure_conflicts, figure_key  # noqa: E402
from tests.link.test_fresh9_round13 import q  # noqa: E402

MISSING_REASON = "number; in a report ('say'); unit 'people' implied by 'missing'; counts the missing"
JUNE15, JUNE16 = date(2026, 6, 15), date(2026, 6, 16)


def test_counts_of_the_missing_share_one_key():
    assert figure_key(q("a", "1", 31, "people", reason=MISSING_REASON)) == ("people", MISSING)
    assert figure_key(q("a", "2", 31, "people", reason="number")) is None


def test_two_sources_missing_counts_of_one_day_dispute():
    coast_guard = ReportedFigure(q("a1", "q1", 31, "people", reason=MISSING_REASON), JUNE15, "the coast guard")
    iom = ReportedFigure(q("a2", "q2", 40, "people", reason=MISSING_REASON), JUNE15, "The IOM")
    conflicts = figure_conflicts([coast_guard, iom])
    assert [(c.sides, c.subject) for c in conflicts] == [(("q1", "q2"), "people (missing)")]
    ledger = FigureLedger()
    ledger.extend([coast_guard, iom])
    assert FigureLedger.from_json(ledger.to_json()).conflicts() == conflicts
    # in one report, the two named counts are set against each other too
    one = [coast_guard, ReportedFigure(q("a1", "q3", 40, "people", sentence=300, reason=MISSING_REASON), JUNE15, "The IOM")]
    assert [c.subject for c in figure_conflicts(one)] == ["people (missing), one report"]


def test_a_missing_count_revised_the_next_day_is_no_dispute():
    # people are found, or given up for dead: Monday's 40 and Tuesday's 31 are two states of one count
    first = ReportedFigure(q("a1", "q1", 40, "people", reason=MISSING_REASON), JUNE15, "The IOM")
    later = ReportedFigure(q("a2", "q2", 31, "people", reason=MISSING_REASON), JUNE16, "the coast guard")
    assert figure_conflicts([first, later]) == []
