"""Real-article round 18 (air and drone strikes, helper 161): reports of two incidents of one kind in
one war share their places, parties and words (drones, overnight, air force, strike, hospital); they
are told apart by how many and when. Two reports that both give figures and share none are not joined
on names and words alone when they came out further apart than a follow-up's new figures are allowed
for (``StoryParams.update_days``). Without publication dates nothing changes."""

from __future__ import annotations

from datetime import date

import pytest

import storyline.link.stories as stories
from storyline.link.similarity import heuristic_entity_keys
from storyline.link.stories import StoryDoc, StoryIndex

MONDAY = (
    "Drovenia launches 23 drones, cruise missile overnight on Kestria",
    "Drovenia launched 23 drones and a cruise missile overnight on Kestria, Kestria's air force said on "
    "Monday, adding that its air defence systems destroyed the missile and 18 of the drones before they "
    "reached their targets. Air defence was deployed in at least 9 regions of Kestria, the air force said "
    "on the Telegram messaging app. The air force did not say what happened to the other drones.",
)
SATURDAY = (
    "Drovenia launches overnight drone attack on Kestria - Kestria's air force",
    "Drovenia launched 17 drones overnight attempting to strike Kestria's northern, central and western "
    "regions, Kestria's air force said on Saturday. The air force said that 15 of the Drovenia-launched "
    "drones were shot down by air defence systems. It was not immediately clear what happened to the "
    "drones that were not destroyed, the air force said on the Telegram messaging app.",
)
SAME_NIGHT = (
    "Kestria says it downed 18 of 23 Drovenian drones",
    "Kestria's air force said on Monday its air defence systems destroyed 18 of the 23 drones and a cruise "
    "missile Drovenia launched overnight on Kestria. Air defence worked in at least 9 regions, the air "
    "force said on the Telegram messaging app.",
)
FIRST_STRIKE = (
    "Hospital strike in Marisa kills hundreds, health ministry says",
    "A strike on the Al-Noor hospital in Marisa City killed at least 471 people on Tuesday, the Marisa "
    "health ministry said. The Velan military said a rocket misfired by the Crescent Brigade hit the "
    "hospital, and that it had not struck the building. The health ministry said 312 people were wounded "
    "in the strike on the hospital in Marisa.",
)
LATER_STRIKE = (
    "Velan strike on Marisa hospital building kills one, health ministry says",
    "A Velan strike on a building of the Tamar hospital in Marisa City killed one person and wounded 6, "
    "the Marisa health ministry said on Monday. The Velan military denied that it struck the hospital and "
    "said the Crescent Brigade ran a command post under the building. More than 170 people were sheltering "
    "in the hospital in Marisa, the health ministry said.",
)


def doc(article_id: str, story: tuple[str, str], published: date | None = None) -> StoryDoc:
    title, text = story
    return StoryDoc(article_id, title, text, published, heuristic_entity_keys(text, title))


def placed(first: StoryDoc, second: StoryDoc):
    index = StoryIndex()
    return index.add(first), index.add(second)


@pytest.fixture
def without_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "_other_incident", lambda *args: False)


def test_drone_attacks_weeks_apart_with_other_counts_are_two_stories() -> None:
    a, b = placed(doc("d1", MONDAY, date(2025, 9, 1)), doc("d2", SATURDAY, date(2025, 9, 27)))
    assert b.action == "started" and b.story_id != a.story_id
    assert "another incident" in b.reason


def test_drone_attacks_weeks_apart_were_joined_without_the_rule(without_rule: None) -> None:
    a, b = placed(doc("d1", MONDAY, date(2025, 9, 1)), doc("d2", SATURDAY, date(2025, 9, 27)))
    assert b.story_id == a.story_id


def test_two_reports_of_one_night_still_join() -> None:
    a, b = placed(doc("d1", MONDAY, date(2025, 9, 1)), doc("d3", SAME_NIGHT, date(2025, 9, 1)))
    assert b.action == "joined" and b.story_id == a.story_id


def test_without_publication_dates_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    # on ECB+ (no publication dates) differing weekdays in place of the distance lost pairwise F1
    ruled = placed(doc("d1", MONDAY), doc("d2", SATURDAY))[1]
    monkeypatch.setattr(stories, "_other_incident", lambda *args: False)
    plain = placed(doc("d1", MONDAY), doc("d2", SATURDAY))[1]
    assert ruled.score == plain.score and ruled.story_id == plain.story_id


def test_hospital_strikes_three_weeks_apart_with_other_tolls_are_two_stories() -> None:
    a, b = placed(doc("s1", FIRST_STRIKE, date(2025, 10, 14)), doc("s2", LATER_STRIKE, date(2025, 11, 3)))
    assert b.action == "started" and b.story_id != a.story_id


def test_hospital_strikes_three_weeks_apart_were_joined_without_the_rule(without_rule: None) -> None:
    a, b = placed(doc("s1", FIRST_STRIKE, date(2025, 10, 14)), doc("s2", LATER_STRIKE, date(2025, 11, 3)))
    assert b.story_id == a.story_id


def test_a_follow_up_within_the_update_window_still_joins() -> None:
    # new figures within StoryParams.update_days are a follow-up's (a toll that rose): no rule applies
    a, b = placed(doc("s1", FIRST_STRIKE, date(2025, 10, 14)), doc("s2", LATER_STRIKE, date(2025, 10, 20)))
    assert b.story_id == a.story_id
