"""Fresh-text round 15 (31), linking: an entry shows the status of its last report that says
something of it; a later supposition ("would not make a higher offer", read as hypothetical by
analyze/modality.py) leaves the offer made as it was, in a batch build and in the kept state."""

from __future__ import annotations

import json
from datetime import date

from storyline.link.timeline import TimelineState, build_timeline

from .test_timeline import ev, rep


def test_a_later_supposition_leaves_the_entry_showing_what_happened():
    made = rep(ev("a1", 10, "AGREE", "happened", text="offered"), date(2026, 3, 10), {"e:brandt", "e:calloway"})
    supposed = rep(ev("a2", 40, "AGREE", "hypothetical", text="offer"), date(2026, 3, 31), {"e:brandt"})
    timeline = build_timeline([made, supposed])
    (entry,) = timeline.entries
    assert entry.history == (("a1", "happened"), ("a2", "hypothetical"))
    assert entry.modality == "happened"
    assert timeline.changes == ()
    state = TimelineState()
    state.extend([made])
    state = TimelineState.from_json(json.loads(json.dumps(state.to_json())))
    state.extend([supposed])
    (kept,) = state.timeline().entries
    assert kept.modality == "happened"


def test_an_entry_of_suppositions_only_still_shows_one():
    a = rep(ev("a1", 10, "AGREE", "hypothetical", text="offer"), date(2026, 3, 10), {"e:brandt", "e:calloway"})
    (entry,) = build_timeline([a]).entries
    assert entry.modality == "hypothetical"
