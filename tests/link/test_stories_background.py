"""The background pseudo-documents of a young story index (link/background.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from storyline.link.background import background_share
from storyline.link.similarity import heuristic_entity_keys, idf, idf_with_prior, name_key
from storyline.link.stories import ENTITY, TERM, YEAR, StoryDoc, StoryIndex, StoryParams
from storyline.records import record_id


def doc(article_id: str, title: str, text: str, published: date) -> StoryDoc:
    return StoryDoc(article_id, title, text, published, heuristic_entity_keys(text, title))


FERRY_VOTE = doc(
    "ferry-1", "Ferry crews on Tarsen line vote to strike",
    "Crews on the Tarsen ferry line voted to walk out from Monday after pay talks with the operator, "
    "Northsound Ferries, broke down, the seafarers' union said on Sunday. Union leader Ines Haldor said "
    "87 percent of members backed the strike. Transport Minister Oskar Lind urged both sides to meet.",
    date(2025, 5, 4),
)
PANDAS = doc(
    "zoo-1", "City zoo welcomes twin panda cubs",
    "The city zoo in Marlow said on Tuesday that its giant panda Mei had given birth to twin cubs, the first "
    "born in the country. Keepers said mother and cubs were doing well.",
    date(2025, 5, 6),
)
FERRY_TALKS = doc(
    "ferry-2", "Minister meets Tarsen ferry union and operator",
    "Oskar Lind met Ines Haldor and managers of Northsound Ferries for five hours on Thursday. No deal was "
    "reached and the walkout will go ahead, Haldor said afterwards.",
    date(2025, 5, 8),
)
# The third report of the strike names none of its people: it shares with the story only the line's
# name and ordinary words ("strike", "ferry", "union", "operator").
FERRY_STRANDED = doc(
    "ferry-3", "Islanders stranded as Tarsen ferry strike drags on",
    "Hundreds of islanders were stranded on Wednesday as the strike on the Tarsen ferry line entered its third "
    "day. The crews' union said it would meet the operator again on Friday. Shops on the islands reported "
    "empty shelves and the hospital flew patients to the mainland.",
    date(2025, 5, 14),
)
FEED = [FERRY_VOTE, PANDAS, FERRY_TALKS, FERRY_STRANDED]


def place(params: StoryParams) -> tuple[StoryIndex, list]:
    index = StoryIndex(params)
    return index, [index.add(d) for d in FEED]


def test_a_young_index_keeps_the_reports_of_one_strike_together() -> None:
    index, placed = place(StoryParams())
    assert [a.action for a in placed] == ["started", "started", "joined", "joined"]
    assert placed[3].story_id == record_id("ferry-1") and placed[3].score == pytest.approx(0.382, abs=0.005)
    assert [s.article_ids for s in index.stories()] == [("ferry-1", "ferry-2", "ferry-3"), ("zoo-1",)]
    # the third report, a day later, gives days and figures of its own: they count only for the story
    # (StoryParams.update_days); counted against it as well, the score is lower
    _, placed = place(replace(StoryParams(), update_days=0))
    assert placed[3].story_id == record_id("ferry-1") and placed[3].score == pytest.approx(0.335, abs=0.005)


def test_without_the_background_the_third_report_starts_a_story_of_its_own() -> None:
    # Four articles: every word the strike reports share is in most of them, so it weighs least.
    # (Figures and days counted against it too, as before update_days, so only the background differs.)
    _, placed = place(replace(StoryParams(), background_docs=0, update_days=0))
    assert placed[3].action == "started" and placed[3].score == pytest.approx(0.261, abs=0.005)


def test_background_share_follows_english_word_frequencies() -> None:
    assert background_share("the") == pytest.approx(1.0, abs=1e-6)
    assert 0.2 < background_share("said") < 0.5
    assert 0.01 < background_share("strike") < 0.03
    assert background_share("islander") == background_share("islanders")  # a folded plural looked up as written
    assert background_share("tarsen") == background_share("qwzrtx") < 0.001  # off the list: rarer than its floor


def test_the_pseudo_documents_top_up_to_background_docs_then_vanish() -> None:
    params = StoryParams(background_docs=3)
    index = StoryIndex(params)
    index.add(FERRY_VOTE)
    # one real document: two pseudo-documents in which "strike" occurs at its English rate, names in none
    assert index._idf(TERM, "strike") == pytest.approx(idf_with_prior(1, 1, 2 * background_share("strike"), 2))
    assert index._idf(ENTITY, name_key("Ines Haldor")) == pytest.approx(idf_with_prior(1, 1, 0.0, 2))
    assert index._idf(YEAR, "2025") == idf(0, 1)  # figures and dates: the feed's own counts only
    for d in FEED[1:]:
        index.add(d)
    assert index._idf(TERM, "strike") == idf(2, 4)  # two of four documents; the background is full: none left


def test_a_state_saved_before_the_background_scores_as_it_did() -> None:
    index, _ = place(StoryParams())
    state = json.loads(json.dumps(index.to_state()))
    del state["params"]["background_docs"]
    assert StoryIndex.from_state(state).params.background_docs == 0
