"""A follow-up report's new figures and days (StoryParams.update_days): they count for its story, not
against it, while it comes out within a fortnight of the story."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from storyline.link.similarity import heuristic_entity_keys
from storyline.link.stories import StoryDoc, StoryIndex, StoryParams

CLAIM = (
    "The International Court of Justice will rule on Oct. 2 on Guatemala's claim to half of Belize, the court "
    "said on Monday. Guatemala first took the dispute to the court in 2018, citing a treaty of 1859 and 12,000 "
    "square kilometres of land."
)
DELAY = (
    "The International Court of Justice has put off its ruling on the Guatemala-Belize dispute to Oct. 23, "
    "the court said on Thursday, after Belize asked for 21 more days to answer a late Guatemalan filing."
)


def doc(article_id: str, text: str, published: date) -> StoryDoc:
    return StoryDoc(article_id, None, text, published, heuristic_entity_keys(text, None))


def placed(params: StoryParams, days_apart: int):
    index = StoryIndex(params)
    first = index.add(doc("a1", CLAIM, date(2025, 9, 15)))
    return first, index.add(doc("a2", DELAY, date(2025, 9, 15) + timedelta(days=days_apart)))


def test_new_figures_and_days_of_a_follow_up_count_only_for_its_story() -> None:
    _, without = placed(replace(StoryParams(), update_days=0), 3)
    _, within = placed(StoryParams(), 3)
    assert "figures 0.00" in without.reason and "years" not in without.reason  # the delay names no year
    assert within.score > without.score + 0.05
    assert within.action == "joined" and within.story_id == placed(StoryParams(), 3)[0].story_id
    # weeks later the figures and days of another report may be another event's: they count again
    _, later = placed(StoryParams(), 40)
    _, later_without = placed(replace(StoryParams(), update_days=0), 40)
    assert later.score == pytest.approx(later_without.score)


def test_without_publication_dates_nothing_changes() -> None:
    def score(params: StoryParams) -> float:
        index = StoryIndex(params)
        index.add(StoryDoc("a1", None, CLAIM, None, heuristic_entity_keys(CLAIM, None)))
        return index.add(StoryDoc("a2", None, DELAY, None, heuristic_entity_keys(DELAY, None))).score
    assert score(StoryParams()) == pytest.approx(score(replace(StoryParams(), update_days=0)))


def test_a_state_saved_before_update_days_scores_as_it_did() -> None:
    index = StoryIndex(StoryParams())
    index.add(doc("a1", CLAIM, date(2025, 9, 15)))
    state = json.loads(json.dumps(index.to_state()))
    del state["params"]["update_days"]
    assert StoryIndex.from_state(state).params.update_days == 0
