"""Linking round 15 (113): a supposition ("a blockade of Ostravan ports would be seen as an escalation",
in an analysis piece twelve days before the blockade) names no act in particular. A report that tells
of the act goes to an entry that tells of it before one made only of suppositions, and an entry is
dated by its articles from the first report that tells the act, in a batch build and in the kept state."""

from __future__ import annotations

import json
from datetime import date

from storyline.link.timeline import TimelineState, build_timeline

from .test_timeline import ev, rep, t

MAR4, MAR16, MAR17 = date(2026, 3, 4), date(2026, 3, 16), date(2026, 3, 17)


def _blockade():
    supposed = rep(ev("a1", 10, "COERCE", "hypothetical", text="blockade"), MAR4, {"e:ostrava"})
    imposed = rep(ev("a2", 10, "COERCE", "happened", text="blockade", when=t("a2", "2026-03-16", MAR16)), MAR16,
                  {"e:varnia", "e:tellin"})
    # "Varnia's blockade of the Ostravan port of Tellin is a calculated risk": shares Ostrava with the
    # supposition (one party, the same word) and Varnia and Tellin with the blockade imposed
    again = rep(ev("a3", 10, "COERCE", "happened", text="blockade"), MAR17, {"e:varnia", "e:ostrava", "e:tellin"})
    return supposed, imposed, again


def _kept(first, then):
    state = TimelineState()
    state.extend(first)
    state = TimelineState.from_json(json.loads(json.dumps(state.to_json())))
    state.extend(then)
    return state.timeline()


def test_a_told_report_goes_to_the_entry_that_tells_the_act_not_to_a_supposition():
    supposed, imposed, again = _blockade()
    for timeline in (build_timeline([supposed, imposed, again]), _kept([supposed, imposed], [again])):
        entries = {e.modality: e for e in timeline.entries}
        assert set(entries) == {"hypothetical", "happened"}
        assert set(entries["happened"].article_ids) == {"a2", "a3"}
        assert entries["happened"].earliest == MAR16
        assert entries["hypothetical"].article_ids == ("a1",)


def test_an_entry_is_dated_by_its_first_report_that_tells_the_act():
    supposed = rep(ev("a1", 10, "COERCE", "hypothetical", text="blockade"), MAR4, {"e:ostrava"})
    told = rep(ev("a3", 10, "COERCE", "happened", text="blockade"), MAR17, {"e:varnia", "e:ostrava"})
    for timeline in (build_timeline([supposed, told]), _kept([supposed], [told])):
        (entry,) = timeline.entries
        assert entry.modality == "happened"
        assert set(entry.article_ids) == {"a1", "a3"}
        assert entry.earliest == entry.latest == MAR17
        assert timeline.changes == ()


def test_an_entry_of_suppositions_only_keeps_its_first_date():
    first = rep(ev("a1", 10, "COERCE", "hypothetical", text="blockade"), MAR4, {"e:ostrava"})
    later = rep(ev("a2", 10, "COERCE", "hypothetical", text="blockade"), MAR16, {"e:ostrava"})
    (entry,) = build_timeline([first, later]).entries
    assert entry.modality == "hypothetical" and entry.earliest == MAR4
