"""A story of one article is weighed again when the story it nearly joined grows (``rejoin_lone``).

The second report of a story, worded apart from the first, starts a story of its own; later reports,
close to both, join the first one's. Nothing weighed the lone report again: a story of one article
has no story "without it" to be re-checked against. Now, when a new article joins the story the lone
one was best-scored with, the lone article moves there if it clears the rejoin threshold (the join
threshold with a margin: a move undoes a placement) with the grown story. The articles are lower-case word lists, scored on content terms alone, with no background
pseudo-documents.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.link.stories import StoryDoc, StoryIndex, StoryParams

# the lone report here scores just above the join threshold with the grown story: the mechanism is
# tested at that threshold; the default rejoin threshold (a margin above it) is set by the ECB+ benchmark
BARE = StoryParams(background_docs=0, rejoin_threshold=StoryParams().join_threshold)
CORE = "ferry capsized harbour passengers"
SEARCH = "coastguard divers searched hull overnight"
VICTIMS = "survivors hospital relatives waited names"

REPORTS = [
    StoryDoc("r1", None, f"ferry {SEARCH} {SEARCH}", None),
    StoryDoc("r2", None, f"ferry capsized {VICTIMS} {VICTIMS}", None),
    StoryDoc("r3", None, f"{CORE} coastguard divers survivors", None),
    StoryDoc("r4", None, f"{CORE} divers searched hospital", None),
    StoryDoc("r5", None, f"{CORE} searched hull relatives", None),
    StoryDoc("r6", None, f"{CORE} hull overnight waited", None),
]
CONCERT = StoryDoc("u1", None, "orchestra concert violin symphony tickets conductor", None)


def stories(params: StoryParams, docs: list[StoryDoc]) -> list[tuple[str, ...]]:
    index = StoryIndex(params)
    for doc in docs:
        index.add(doc)
    return sorted(c.article_ids for c in index.stories())


def test_lone_report_rejoins_the_story_that_grew_towards_it() -> None:
    assert stories(BARE, REPORTS) == [("r1", "r2", "r3", "r4", "r5", "r6")]


def test_without_rejoining_the_lone_report_stays_apart() -> None:
    # the split this guards against: what the index did before
    assert stories(replace(BARE, rejoin_lone=False), REPORTS) == [("r1", "r3", "r4", "r5", "r6"), ("r2",)]


def test_the_move_is_reported_and_empties_the_lone_story() -> None:
    index = StoryIndex(BARE)
    moves = [m for doc in REPORTS for m in index.add(doc).moves]
    assert [(m.article_id, m.emptied) for m in moves] == [("r2", True)]
    assert index.story_of("r2") == index.story_of("r1")
    assert len(index) == 1


def test_an_unrelated_lone_article_stays_alone() -> None:
    assert stories(BARE, [CONCERT, *REPORTS]) == [("r1", "r2", "r3", "r4", "r5", "r6"), ("u1",)]


def test_batch_and_state_round_trip_agree() -> None:
    index = StoryIndex(BARE)
    for doc in REPORTS[:3]:
        index.add(doc)
    restored = StoryIndex.from_state(index.to_state())
    for doc in REPORTS[3:]:
        restored.add(doc)
    assert sorted(c.article_ids for c in restored.stories()) == [("r1", "r2", "r3", "r4", "r5", "r6")]


def test_by_default_a_lone_report_needs_a_margin_over_the_join_threshold_to_move() -> None:
    # the same reports with the default rejoin threshold: the lone report scores too little above
    # the join threshold to undo its placement
    assert stories(StoryParams(background_docs=0), REPORTS) == [("r1", "r3", "r4", "r5", "r6"), ("r2",)]
