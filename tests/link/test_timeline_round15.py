"""Round 15, timeline: two reports of one event word whose own kind words share nothing ("a bilateral
meeting ... has been dropped", "he had to chair an emergency security meeting") are two acts, not one
that went from cancelled to happened, in a batch build and in the kept state; a report with no kind
word, or one that only recalls the act ("the planned meeting"), still joins."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from storyline.analyze.event_words import event_kinds, kind_note
from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.link.timeline import TimelineState, build_timeline
from storyline.records import Article

from .test_timeline import ev, rep


def _kinded(event, *words):
    return replace(event, reason="lexicon 'meeting/NOUN' -> CONSULT; actors: x; when: article; modality: y"
                   + kind_note(words))


PLANNED = rep(_kinded(ev("a1", 10, "CONSULT", "planned", text="meeting"), "bilateral"), date(2026, 3, 2),
              {"e:korvath", "e:marchetti"})
DROPPED = rep(_kinded(ev("a2", 10, "CONSULT", "cancelled", text="meeting"), "bilateral"), date(2026, 3, 16),
              {"e:korvath", "e:marchetti"})
EMERGENCY = rep(_kinded(ev("a3", 50, "CONSULT", "happened", text="meeting"), "emergency", "security"),
                date(2026, 3, 19), {"e:marchetti"})


def test_a_meeting_of_another_kind_is_another_entry_with_no_change():
    timeline = build_timeline([PLANNED, DROPPED, EMERGENCY])
    histories = sorted(e.history for e in timeline.entries)
    assert histories == [(("a1", "planned"), ("a2", "cancelled")), (("a3", "happened"),)]
    (change,) = timeline.changes
    assert (change.before, change.after) == ("planned", "cancelled")


def test_the_kept_state_keeps_the_kind_words():
    state = TimelineState()
    state.extend([PLANNED, DROPPED])
    state = TimelineState.from_json(json.loads(json.dumps(state.to_json())))
    state.extend([EMERGENCY])
    timeline = state.timeline()
    assert len(timeline.entries) == 2
    assert [(c.before, c.after) for c in timeline.changes] == [("planned", "cancelled")]


def test_a_report_without_kind_words_still_joins():
    bare = rep(ev("a3", 50, "CONSULT", "happened", text="meeting"), date(2026, 3, 19), {"e:marchetti"})
    timeline = build_timeline([PLANNED, DROPPED, bare])
    (entry,) = timeline.entries
    assert entry.modality == "happened"
    assert [(c.before, c.after) for c in timeline.changes] == [("planned", "cancelled"), ("cancelled", "happened")]


def test_the_analysis_notes_kind_words_but_not_recalling_ones(nlp):
    text = ("An additional meeting is possible. A planned bilateral meeting between Korvath and Marchetti has been dropped. "
            "He had to chair an emergency security meeting. The planned meeting was to last an hour.")
    article = Article(id="r15", source="-", text=text, published=date(2026, 3, 16), published_how="metadata")
    a = analyze_doc(nlp(text), article, analyzer_version(Settings().model))
    neutral, *meetings = [e for e in a.events if e.text == "meeting"]
    assert event_kinds(neutral.reason) == frozenset()  # "additional" grades the act, names no kind
    assert meetings[0].reason.endswith("; kind: 'bilateral'")
    assert meetings[1].reason.endswith("; kind: 'emergency security'")
    assert event_kinds(meetings[2].reason) == frozenset()  # "planned" only recalls the act
    assert event_kinds(meetings[0].reason) & event_kinds(meetings[1].reason) == frozenset()
