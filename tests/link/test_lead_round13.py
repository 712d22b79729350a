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
