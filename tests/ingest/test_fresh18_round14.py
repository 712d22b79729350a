"""Fresh-text round 14 (18), ingest: a wire service's line describing itself, closing a story, is
cut as an outlet note; a sentence of the story about a news organisation stays."""

from __future__ import annotations

import pytest

from storyline.ingest.clean import clean_text

BODY = ("The rapper was released on Sunday afternoon on a $7,500 bond, the police said.\n\n"
        "A show scheduled for next Saturday in Orlando will go ahead as planned, his publicist said.\n")


@pytest.mark.parametrize("line", [
    "The Associated Press is an independent global news organization dedicated to factual reporting.",
    "Kyodo News is a nonprofit news cooperative dedicated to accurate and impartial reporting from Japan.",
])
def test_an_outlet_describing_itself_is_cut(line: str) -> None:
    cleaned = clean_text(f"{BODY}\n{line}\n")
    assert [r.reason for r in cleaned.removed] == ["outlet-note"]
    assert line not in cleaned.text and cleaned.text.startswith("The rapper was released")


@pytest.mark.parametrize("line", [
    "The channel, which is a news organization dedicated to local reporting, said it would appeal.",
    "Officials said the broadcaster is a news agency dedicated to the government's line.",
])
def test_a_story_sentence_about_a_news_organisation_stays(line: str) -> None:
    cleaned = clean_text(f"{BODY}\n{line}\n")
    assert "outlet-note" not in [r.reason for r in cleaned.removed]
    assert line in cleaned.text
