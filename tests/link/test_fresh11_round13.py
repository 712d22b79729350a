"""Fresh-text round 13, feed 11 (link): "fired" and "launched" name one act, so two sources counting
the missiles of one launch with either word dispute one figure, and their reports join one entry."""

from __future__ import annotations

from datetime import date

from storyline.analyze.event_words import trigger_family
from storyline.link.conflicts import ReportedFigure, figure_conflicts
from storyline.link.timeline import merge_events
from storyline.records import Quantity, Span
from tests.link.test_timeline import ev, rep, t

SUN, MON = date(2026, 5, 4), date(2026, 5, 5)


def _missiles(article: str, low: float, text: str) -> Quantity:
    return Quantity(id=f"{article}-q", span=Span(article, 1, 4), sentence=Span(article, 0, 50), text=text, low=low,
                    high=low, approx=None, unit="missiles", subject=None, attributed_to=None, as_of=None,
                    reason="number")


def test_fired_and_launched_are_one_family():
    assert trigger_family("fired") == trigger_family("launched") == trigger_family("launch")


def test_missiles_fired_and_missiles_launched_are_one_disputed_count():
    # "We assess that one ballistic missile was fired" (Tokyo); "two missiles were launched" (Seoul, a day later)
    tokyo = ReportedFigure(_missiles("c1", 1, "one"), SUN, "Nakatani", trigger_family("fired"), "fired")
    seoul = ReportedFigure(_missiles("c2", 2, "two"), MON, "Lee Sung-jun", trigger_family("launched"), "launched")
    conflicts = figure_conflicts([tokyo, seoul])
    assert [(c.kind, c.articles) for c in conflicts] == [("figure", ("c1", "c2"))]


def test_a_firing_and_a_launch_by_one_party_on_one_night_join():
    night = t("c1", "2026-05-03/2026-05-04", date(2026, 5, 3), date(2026, 5, 4))
    fired = rep(ev("c1", 10, "ASSAULT", "happened", text="fired", when=night), SUN, {"e:north"})
    launched = rep(ev("c2", 30, "ASSAULT", "happened", text="launched", when=t("c2", "2026-05-03", date(2026, 5, 3))),
                   MON, {"e:north"})
    assert [sorted(r.article_id for r in g) for g in merge_events([fired, launched])] == [["c1", "c2"]]
