"""An undated article does not glue together stories whose reports lie far apart in time.

Real round 171: a report without a publication date (none in its metadata, none inferred from its
text) matched both the November 2023 hostage-release story and the February 2025 prisoner-release
story of one war, and merged them into one story spanning 15 months with a false figure conflict. An
article without a date carries no evidence of when it was written; it is taken as written when the
story it joins was, and a story out of a dated article's reach from there (the time factor under the
merge threshold: about 55 days by default) is not merged. Stories close in time, and stories without
dates (ECB+), still merge as before. The articles are lower-case word lists, scored on content terms
alone, with no background pseudo-documents.
"""

from __future__ import annotations

from datetime import date

from storyline.link.stories import StoryDoc, StoryIndex, StoryParams

BARE = StoryParams(background_docs=0)
HOSTAGES = "hostages handed red cross convoy rafah crossing"
PRISONERS = "prisoners ofer jail buses ramallah families waited"


def stories(docs: list[StoryDoc]) -> list[tuple[str, ...]]:
    index = StoryIndex(BARE)
    for doc in docs:
        index.add(doc)
    return sorted(c.article_ids for c in index.stories())


def reports(second: date | None, first: date | None = date(2023, 11, 25)) -> list[StoryDoc]:
    """Two reports of each of two stories, then an undated article as close to both."""
    return [
        StoryDoc("a1", None, f"{HOSTAGES} {HOSTAGES}", first),
        StoryDoc("a2", None, f"{HOSTAGES} {HOSTAGES}", first),
        StoryDoc("b1", None, f"{PRISONERS} {PRISONERS}", second),
        StoryDoc("b2", None, f"{PRISONERS} {PRISONERS}", second),
        StoryDoc("u", None, f"{HOSTAGES} {PRISONERS}", None),
    ]


def test_an_undated_article_joins_one_of_two_stories_fifteen_months_apart() -> None:
    found = stories(reports(date(2025, 2, 23)))
    assert len(found) == 2
    assert sorted(len(ids) for ids in found) == [2, 3]
    assert ("b1", "b2") in found or ("a1", "a2") in found


def test_the_assignment_is_a_join_not_a_merge() -> None:
    index = StoryIndex(BARE)
    assignments = [index.add(doc) for doc in reports(date(2025, 2, 23))]
    assert assignments[-1].action == "joined"
    assert assignments[-1].merged_ids == ()


def test_an_undated_article_still_merges_stories_a_fortnight_apart() -> None:
    assert stories(reports(date(2023, 12, 9))) == [("a1", "a2", "b1", "b2", "u")]


def test_stories_without_dates_merge_as_before() -> None:
    assert stories(reports(None, None)) == [("a1", "a2", "b1", "b2", "u")]
