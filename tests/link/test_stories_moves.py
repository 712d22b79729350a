"""Re-placement: earlier articles moving between stories as later ones arrive, and what is kept to do it.

The articles are lower-case word lists (no names, figures, years or weekdays), so only the content
terms are compared and every score below follows from the words alone: the index counts no background
pseudo-documents (``BARE``), whose English word frequencies would reweigh these made-up lists.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from storyline.link import runner
from storyline.link.runner import run_link
from storyline.link.similarity import content_terms
from storyline.link.stories import (
    StoryAssignment,
    StoryDoc,
    StoryIndex,
    StoryMove,
    StoryParams,
    StoryStateError,
)
from storyline.records import Analysis, Article, record_id, text_id
from storyline.store.sqlite import SQLiteStore

from link.test_stories import RowStore  # the in-memory story index rows of the index's own tests

QUAKE = "earthquake shaking rubble rescuers aftershock tremor"  # shared by both quakes
BRIDGE = "ridgeford bridge collapsed highway motorists trapped girders"  # the first quake's own words
SCHOOL = "lakeside school roof classrooms pupils teachers gymnasium"  # the second quake's own words

FIRST_QUAKE = [
    StoryDoc("a1", None, f"{QUAKE} {BRIDGE} {BRIDGE}", None),
    StoryDoc("a2", None, f"{QUAKE} {BRIDGE} {BRIDGE} rescuers", None),
    StoryDoc("a3", None, f"{QUAKE} {BRIDGE} tremor", None),
]
# A report of the second quake that arrives while only the first one's story exists: it says more
# about the quake than about the school, and joins the first story.
EARLY = StoryDoc("x", None, f"{QUAKE} {QUAKE} {SCHOOL}", None)
# The second quake's next report, about the school alone: too far from the first story to join it.
SCHOOL_ONLY = StoryDoc("y", None, f"{SCHOOL} {SCHOOL} shaking", None)
# The same, with two quake words: it reaches the join threshold with the first story, but only
# because the early report of its own quake is in it.
SCHOOL_LEANING = StoryDoc("y", None, f"{SCHOOL} rubble earthquake", None)


BARE = StoryParams(background_docs=0)


def place(docs: list[StoryDoc], params: StoryParams = BARE) -> tuple[StoryIndex, list[StoryAssignment]]:
    index = StoryIndex(params)
    return index, [index.add(doc) for doc in docs]


def members(index: StoryIndex) -> list[tuple[str, ...]]:
    return [c.article_ids for c in index.stories()]


def test_an_article_placed_before_its_own_story_existed_moves_when_that_story_starts() -> None:
    index, placed = place([*FIRST_QUAKE, EARLY, SCHOOL_ONLY])
    assert placed[3].action == "joined" and placed[3].story_id == record_id("a1")
    last = placed[4]
    assert last.action == "started" and last.story_id == record_id("y")
    assert last.moves == (
        StoryMove("x", record_id("a1"), record_id("y"), 0.7476, 0.4124, last.moves[0].reason, False),
    )
    assert last.moves[0].reason.startswith("moved: score 0.75 (terms 0.75); shared terms: classroom")
    assert last.moves[0].reason.endswith("against 0.41 with its own story without it")
    assert members(index) == [("a1", "a2", "a3"), ("x", "y")]
    assert index.story_of("x") == record_id("y")


def test_a_story_the_new_article_barely_resembles_is_not_rechecked() -> None:
    # y scored 0.29 with the first story: under a floor above that, that story gains no evidence from y
    index, placed = place([*FIRST_QUAKE, EARLY, SCHOOL_ONLY], replace(BARE, recheck_floor=0.3))
    assert placed[4].action == "started" and placed[4].score == 0.2884 and placed[4].moves == ()
    assert members(index) == [("a1", "a2", "a3", "x"), ("y",)]


def test_the_same_arrival_order_gives_the_same_moves() -> None:
    docs = [EARLY, *FIRST_QUAKE, SCHOOL_LEANING, StoryDoc("z", None, f"{SCHOOL} pupils", None)]
    first, second = place(docs), place(docs)
    assert first[1] == second[1]
    assert first[0].to_state() == second[0].to_state()


def test_moves_are_off_with_no_members_to_recheck() -> None:
    index, placed = place([*FIRST_QUAKE, EARLY, SCHOOL_ONLY], replace(BARE, recheck_members=0))
    assert all(a.moves == () for a in placed)
    assert members(index) == [("a1", "a2", "a3", "x"), ("y",)]


def test_a_new_article_whose_join_rests_on_a_misplaced_member_splits_it_off() -> None:
    index, placed = place([*FIRST_QUAKE, EARLY, SCHOOL_LEANING])
    last = placed[4]
    assert last.action == "started" and last.score == 0.342  # it would have joined the first story
    assert last.reason.startswith("started: its best story scored 0.34 only with 1 member(s) that fit it better")
    (move,) = last.moves
    assert (move.article_id, move.from_id, move.to_id) == ("x", record_id("a1"), record_id("y"))
    assert (move.score, move.own, move.emptied) == (0.7816, 0.3929, False)
    assert move.reason.startswith("moved: split off with the new article, score 0.78")
    assert members(index) == [("a1", "a2", "a3"), ("x", "y")]


def test_without_split_off_the_leaning_article_joins() -> None:
    index, placed = place([*FIRST_QUAKE, EARLY, SCHOOL_LEANING], replace(BARE, split_off=False))
    assert placed[4].action == "joined" and placed[4].moves == ()
    assert members(index) == [("a1", "a2", "a3", "x", "y")]


def test_a_story_keeps_its_id_when_its_first_article_leaves() -> None:
    index, placed = place([EARLY, *FIRST_QUAKE, SCHOOL_ONLY])
    assert placed[0].story_id == record_id("x")
    assert [m.article_id for m in placed[4].moves] == ["x"]
    assert {c.id: c.article_ids for c in index.stories()} == {
        record_id("x"): ("a1", "a2", "a3"),  # the story x started keeps its id without x
        record_id("y"): ("x", "y"),
    }


# An article alone in its story, about the bridge's inspection; a later report about the collapse
# that also names the inspection makes the collapse story the better home for it.
LONE = [
    StoryDoc("b1", None, f"{BRIDGE} earthquake {BRIDGE} earthquake", None),
    StoryDoc("b2", None, f"{BRIDGE} earthquake rescuers", None),
    StoryDoc("s1", None, "bridge girders engineers inspection cracks steel", None),
    StoryDoc("b3", None, f"{BRIDGE} engineers inspection cracks", None),
]
EMPTYING = replace(BARE, min_source_size=1, merge_threshold=0.95, story_merge_threshold=0.95)


def test_a_move_can_empty_a_story_which_is_then_gone_like_a_merged_one() -> None:
    index, placed = place(LONE, EMPTYING)
    assert placed[2].action == "started"
    (move,) = placed[3].moves
    assert (move.article_id, move.from_id, move.to_id, move.own, move.emptied) == (
        "s1", record_id("s1"), record_id("b1"), 0.0, True,
    )  # fmt: skip
    assert move.reason.endswith("(which it leaves empty)")
    assert members(index) == [("b1", "b2", "s1", "b3")]
    assert len(index) == 1
    assert index.to_state()["redirect"] == {record_id("s1"): record_id("b1")}


def test_a_lone_article_is_not_moved_without_rejoin_lone() -> None:
    index, placed = place(LONE, replace(EMPTYING, min_source_size=2, rejoin_lone=False))
    assert placed[3].moves == ()
    assert members(index) == [("b1", "b2", "b3"), ("s1",)]


def test_a_lone_article_rejoins_the_story_just_grown_by_default() -> None:
    # min_source_size still keeps members of larger stories in place; a story of one article is
    # weighed against the rejoin threshold, into the story the new article joined (see rejoin_lone);
    # set at the join threshold here, as these word lists score the lone article just above it
    index, placed = place(LONE, replace(EMPTYING, min_source_size=2, rejoin_threshold=EMPTYING.join_threshold))
    assert [(m.article_id, m.emptied) for m in placed[3].moves] == [("s1", True)]
    assert members(index) == [("b1", "b2", "s1", "b3")]


def test_a_moved_article_is_not_moved_back_into_the_story_it_left() -> None:
    index, _ = place([*FIRST_QUAKE, EARLY, SCHOOL_ONLY])
    # Any gain would do now, yet x may not go back: the story it left is not among its options.
    eager = StoryIndex.from_state({**index.to_state(), "params": {**index.to_state()["params"], "move_margin": -1.0}})
    school = eager._stories[record_id("y")]
    moves, checks = eager._recheck(school, [record_id("a1")], newcomer="")
    assert [m.article_id for m in moves] == []
    assert checks > 0
    saved = next(s for s in index.to_state()["stories"] if s["id"] == record_id("y"))
    assert [m[0] for m in saved["members"] if m[6] == [record_id("a1")]] == ["x"]


def test_compared_counts_the_rechecks_and_stays_bounded() -> None:
    index = StoryIndex()
    for doc in [*FIRST_QUAKE, EARLY]:
        index.add(doc)
    before = index.comparisons
    result = index.add(SCHOOL_ONLY)
    p = index.params
    bound = 2 * p.candidates + 2 * p.recheck_members + 1 + p.recheck_members * (p.recheck_stories + 1) ** 2
    assert index.comparisons - before == result.compared
    assert 1 < result.compared <= bound


# ---------------------------------------------------------------------- what is kept to move with


def test_each_member_keeps_its_heaviest_features_capped() -> None:
    index, _ = place([*FIRST_QUAKE, EARLY], StoryParams(member_features=4))
    kept = index.to_state()["member_tf"]
    assert set(kept) == {"a1", "a2", "a3", "x"}
    assert all(len(kept[a]["t:"]) == 4 for a in kept)
    assert set(kept["x"]["t:"]) <= set(content_terms(EARLY.text))
    assert kept["x"]["n:"] == {} and kept["x"]["e:"] == {}


def test_state_round_trip_keeps_moves_possible_and_their_outcome() -> None:
    index, _ = place([*FIRST_QUAKE, EARLY])
    state = json.loads(json.dumps(index.to_state()))
    assert state["version"] == 3
    restored = StoryIndex.from_state(state)
    assert restored.add(SCHOOL_ONLY) == index.add(SCHOOL_ONLY)
    assert members(restored) == members(index) == [("a1", "a2", "a3"), ("x", "y")]
    # and after the move: the member's fit and the story it left survive a second round trip
    again = StoryIndex.from_state(json.loads(json.dumps(restored.to_state())))
    assert again.to_state() == restored.to_state()


def add_stored(rows: RowStore, docs: list[StoryDoc], params: StoryParams | None = None) -> list[StoryAssignment]:
    index = StoryIndex.stored(rows.read) or StoryIndex(params, read=rows.read)
    out = [index.add(doc) for doc in docs]
    rows.write(index.take_rows())
    return out


def test_stored_index_moves_as_the_in_memory_one_and_reads_member_rows_on_demand() -> None:
    docs = [*FIRST_QUAKE, EARLY, SCHOOL_ONLY]
    memory = StoryIndex()
    expected = [memory.add(doc) for doc in docs]
    rows = RowStore()
    got = add_stored(rows, docs[:2]) + add_stored(rows, docs[2:4]) + add_stored(rows, docs[4:])
    assert got == expected
    assert got[4].moves[0].article_id == "x"
    assert {n for part, n in rows.rows if part == "member"} == {"a1", "a2", "a3", "x", "y"}
    assert json.loads(rows.rows[("meta", "version")]) == 3
    # The last call read only the members it re-checked, not every member of the index.
    rows.read_names.clear()
    add_stored(rows, [StoryDoc("z", None, f"{SCHOOL} classrooms", None)])
    member_reads = {n for part, n in rows.read_names if part == "member"}
    assert member_reads and member_reads <= {"a1", "a2", "a3", "x", "y"}
    again = StoryIndex.stored(rows.read)
    assert again is not None and again.story_of("x") == memory.story_of("x") == record_id("y")
    assert len(again) == 2


def test_an_emptied_story_is_deleted_from_the_stored_rows() -> None:
    rows = RowStore()
    add_stored(rows, LONE[:3], EMPTYING)
    assert ("story", record_id("s1")) in rows.rows
    add_stored(rows, LONE[3:])
    assert ("story", record_id("s1")) not in rows.rows
    assert json.loads(rows.rows[("redirect", record_id("s1"))]) == record_id("b1")
    assert json.loads(rows.rows[("article", "s1")]) == record_id("b1")


def test_a_version_2_state_is_read_with_moves_off() -> None:
    index, _ = place([*FIRST_QUAKE, EARLY], replace(BARE, recheck_members=0))
    state = json.loads(json.dumps(index.to_state()))
    state["version"] = 2
    del state["member_tf"]
    for field in ("recheck_members", "recheck_stories", "recheck_window", "recheck_floor", "move_margin",
                  "member_features", "min_source_size", "split_off"):  # fmt: skip
        del state["params"][field]
    for story in state["stories"]:
        story["members"] = [m[:5] for m in story["members"]]  # before fit and moves were kept
    restored = StoryIndex.from_state(state)
    assert restored.params.recheck_members == 0
    assert restored.add(SCHOOL_ONLY).moves == ()
    assert members(restored) == [("a1", "a2", "a3", "x"), ("y",)]


def test_an_unknown_state_version_asks_for_a_rebuild() -> None:
    state = StoryIndex().to_state()
    with pytest.raises(StoryStateError, match="rebuild the story index"):
        StoryIndex.from_state({**state, "version": 4})
    rows = RowStore()
    rows.rows[("meta", "version")] = "4"
    for name in ("params", "n_docs", "seq", "live"):
        rows.rows[("meta", name)] = "0"
    with pytest.raises(StoryStateError, match="reads versions 2 and 3"):
        StoryIndex.stored(rows.read)


# ---------------------------------------------------------------------- the runner


def _articles(docs: list[StoryDoc]) -> list[Article]:
    """The docs as stored articles (ids are text hashes), published a day apart in their order."""
    return [
        Article(text_id(doc.text), "test", doc.text, published=date(2024, 3, 1 + n), published_how="metadata")
        for n, doc in enumerate(docs)
    ]


def test_place_in_stories_notes_the_stories_a_move_touched_and_emptied() -> None:
    index = StoryIndex(EMPTYING)
    linked = [runner._Linked(a, Analysis(a.id, "test"), {}) for a in _articles(LONE)]
    touched: set[str] = set()
    merged_away: set[str] = set()
    whole: set[str] = set()
    runner._place_in_stories(index, linked, touched, merged_away, whole)
    collapse, inspection = (record_id(linked[n].article.id) for n in (0, 2))
    assert merged_away == {inspection}
    assert touched == whole == {collapse, inspection}
    assert index.story_of(linked[2].article.id) == collapse


def test_run_link_deletes_a_story_a_move_left_empty(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    store.mark_linked([], None, StoryIndex(EMPTYING, read=store.story_index_rows).take_rows())  # tuned index
    articles = _articles(LONE)
    for article in articles:
        store.add_article(article, article.id, [], Analysis(article.id, "test"))
    ids = [a.id for a in articles]
    collapse, inspection = record_id(ids[0]), record_id(ids[2])
    first = run_link(store, ids[:3])
    assert first.stories_touched == 2
    assert store.get_story(inspection).article_ids == (ids[2],)
    assert store.story_index_rows(runner.STORY_STATE_PART, [inspection])  # its kept state
    second = run_link(store, ids[3:])
    assert second.stories_merged == 1  # the emptied story counts with the merged ones
    assert [s.id for s in store.story_summaries(limit=10)] == [collapse]
    assert set(store.get_story(collapse).article_ids) == set(ids)
    assert store.story_index_rows(runner.STORY_STATE_PART, [inspection]) == {}
