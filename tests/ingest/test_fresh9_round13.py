"""Fresh-text round 13 (9), ingest: an outlet's notes on its own copy (its sources, its standards,
its funders) close a wire story and are cut; a chart's source line and prose about sources stay."""

from __future__ import annotations

import pytest

from storyline.ingest.clean import clean_text

BODY = ("The ministry said on Tuesday that the convoy had reached the city after a two-day delay.\n\n"
        "Officials expect further deliveries next week if the road stays open to traffic.\n")


@pytest.mark.parametrize("line", [
    "Source: Al Jazeera and news agencies",
    "Sources: Reuters, AFP",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "The Associated Press receives financial support for global health coverage in Africa. "
    "The AP is solely responsible for all content.",
])
def test_outlet_notes_closing_a_story_are_cut(line: str) -> None:
    cleaned = clean_text(f"{BODY}\n{line}\n")
    assert [r.reason for r in cleaned.removed] == ["outlet-note"]
    assert line not in cleaned.text and cleaned.text.startswith("The ministry said")


@pytest.mark.parametrize("line", [
    "Source: Ministry of Health data",
    "Source: the ministry said 40 people had died.",
    "Sources said the talks would resume on Monday.",
])
def test_source_lines_that_say_something_are_kept(line: str) -> None:
    cleaned = clean_text(f"{BODY}\n{line}\n")
    assert "outlet-note" not in [r.reason for r in cleaned.removed]
    assert line in cleaned.text
