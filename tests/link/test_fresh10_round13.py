"""Fresh-text round 13, feed 10 (link): a report that an act does not take place at a time binds the
act to no time, and a failed attempt at an act told as done before is another attempt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.link.timeline import TimelineState, build_timeline, merge_events
from tests.link.test_timeline import ev, rep, t

PARTIES = {"e:kestia", "e:lorvan"}


def _swap_reports():
    # "agreed to swap prisoners ... expected by the end of next week (Mar 12-14)"; a week later "the swap
    # has been postponed", and in the same report "could not go ahead", said on Thursday (Mar 11);
    # "exchanged prisoners on Thursday (Mar 18)"
    plan = rep(ev("a1", 10, "RETREAT", "planned", text="swap",
                  when=t("a1", "2027-03-12/2027-03-14", date(2027, 3, 12), date(2027, 3, 14))),
               date(2027, 3, 3), PARTIES)
    off = rep(ev("a2", 10, "RETREAT", "postponed", text="swap"), date(2027, 3, 12), PARTIES)
    not_then = rep(ev("a2", 200, "RETREAT", "negated", text="exchange", when=t("a2", "2027-03-11", date(2027, 3, 11))),
                   date(2027, 3, 12), PARTIES)
    done = rep(ev("a3", 10, "RETREAT", "happened", text="exchanged", when=t("a3", "2027-03-18", date(2027, 3, 18))),
               date(2027, 3, 19), PARTIES)
    return [plan, off, not_then, done]


def test_a_time_the_act_did_not_take_place_binds_no_later_report():
    reports = _swap_reports()
    assert [[r.article_id for r in g] for g in merge_events(reports)] == [["a1", "a2", "a2", "a3"]]
    timeline = build_timeline(reports)
    (entry,) = timeline.entries
    assert (entry.earliest, entry.latest, entry.modality) == (date(2027, 3, 18), date(2027, 3, 18), "happened")
    assert [(c.before, c.after, c.before_article, c.after_article) for c in timeline.changes] == [
        ("planned", "postponed", "a1", "a2"), ("postponed", "happened", "a2", "a3")]


def test_the_kept_state_dates_the_entry_as_the_batch_does():
    reports = _swap_reports()
    state = TimelineState()
    state.extend(reports[:3])
    state.extend(reports[3:])
    (entry,) = state.timeline().entries
    assert (entry.earliest, entry.latest) == (date(2027, 3, 18), date(2027, 3, 18))


def test_a_cancelled_report_dated_by_the_week_given_up_binds_nothing():
    # "had been expected to take place this week" (cancelled, Mar 8-14), then held on Mar 18
    plan = rep(ev("a1", 10, "RETREAT", "planned", text="swap"), date(2027, 3, 3), PARTIES)
    given_up = rep(ev("a2", 10, "RETREAT", "cancelled", text="swap",
                      when=t("a2", "2027-W10", date(2027, 3, 8), date(2027, 3, 14))), date(2027, 3, 12), PARTIES)
    done = rep(ev("a3", 10, "RETREAT", "happened", text="exchanged", when=t("a3", "2027-03-18", date(2027, 3, 18))),
               date(2027, 3, 19), PARTIES)
    assert len(merge_events([plan, given_up, done])) == 1


def test_a_planned_time_still_binds():
    plan = rep(ev("a1", 10, "RETREAT", "planned", text="swap", when=t("a1", "2027-03-12", date(2027, 3, 12))),
               date(2027, 3, 3), PARTIES)
    done = rep(ev("a3", 10, "RETREAT", "happened", text="exchanged", when=t("a3", "2027-03-18", date(2027, 3, 18))),
               date(2027, 3, 19), PARTIES)
    assert len(merge_events([plan, done])) == 2


def _agreed_then(reason: str):
    agreed = rep(ev("a1", 10, "AGREE", "happened", text="agreed", when=t("a1", "2027-03-03", date(2027, 3, 3))),
                 date(2027, 3, 3), PARTIES)
    later = rep(replace(ev("a2", 50, "AGREE", "negated", text="agree"), reason=reason), date(2027, 3, 12), PARTIES)
    return [agreed, later]


def test_a_failed_attempt_after_a_done_act_is_another_attempt():
    reports = _agreed_then("lexicon 'agree/VERB' -> AGREE; actors: subject; when: article; modality: governed by 'fail'")
    assert len(merge_events(reports)) == 2
    assert build_timeline(reports).changes == ()
    reports = _agreed_then("lexicon 'agree/VERB' -> AGREE; when: article; modality: infinitive 'agree' of 'failure'")
    assert len(merge_events(reports)) == 2


def test_a_denial_after_a_done_act_is_still_a_change():
    reports = _agreed_then("lexicon 'agree/VERB' -> AGREE; actors: subject; when: article; modality: negation 'not' on 'agree'")
    assert len(merge_events(reports)) == 1
    assert [(c.before, c.after) for c in build_timeline(reports).changes] == [("happened", "negated")]
