"""Fresh-text round 12, feed 8 (link): a report putting off an act, dated only by the day it gave up,
names the plan of that day, not an earlier plan of the same parties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.analyze.event_words import new_date_note
from storyline.link.timeline import build_timeline, merge_events
from tests.link.test_timeline import ev, rep, t


def test_a_postponement_dated_by_the_day_given_up_stays_off_an_earlier_plan():
    # "will free a first group on Saturday (May 9)"; "postponed the second stage, due this weekend (May 23-24)";
    # "freed 12 more on Wednesday (June 3)"
    first = rep(ev("a1", 10, "RETREAT", "planned", text="release", when=t("a1", "2026-05-09", date(2026, 5, 9))),
                date(2026, 5, 5), {"e:rebels", "e:state"})
    off = rep(ev("a2", 10, "RETREAT", "postponed", text="release",
                 when=t("a2", "2026-05-23/2026-05-24", date(2026, 5, 23), date(2026, 5, 24))),
              date(2026, 5, 22), {"e:rebels", "e:state"})
    done = rep(ev("a3", 10, "RETREAT", "happened", text="freed", when=t("a3", "2026-06-03", date(2026, 6, 3))),
               date(2026, 6, 3), {"e:rebels", "e:state"})
    groups = merge_events([first, off, done])
    assert sorted([r.article_id for r in g] for g in groups) == [["a1"], ["a2", "a3"]]
    timeline = build_timeline([first, off, done])
    assert [(c.before, c.after, c.before_article, c.after_article) for c in timeline.changes] == [
        ("postponed", "happened", "a2", "a3")]


def test_a_postponement_to_a_new_date_still_moves_the_plan_later():
    first = rep(ev("a1", 10, "RETREAT", "planned", text="release", when=t("a1", "2026-05-09", date(2026, 5, 9))),
                date(2026, 5, 5), {"e:rebels", "e:state"})
    moved = replace(t("a2", "2026-05-23", date(2026, 5, 23)), reason=new_date_note("month and day"))
    off = rep(ev("a2", 10, "RETREAT", "postponed", text="release", when=moved), date(2026, 5, 8),
              {"e:rebels", "e:state"})
    assert len(merge_events([first, off])) == 1
