"""Fresh-text round 13, feed 11 (ingest): page furniture that wire scrapes leave under a story."""

from __future__ import annotations

import pytest

from storyline.ingest.clean import clean_text

BODY = "Lithuania recalled its ambassador on Thursday.\n\nThe row began in early June.\n"


@pytest.mark.parametrize(("line", "reason"), [
    ("Newsletter: Get the day's top stories in your inbox every morning. Sign up here.", "newsletter-prompt"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "outlet-note"),
    ("Follow Al Jazeera English:", "social-follow"),
    ("Follow us", "social-follow"),
])
def test_furniture_under_a_story_is_cut_with_its_rule(line: str, reason: str) -> None:
    cleaned = clean_text(BODY + "\n" + line + "\n")
    assert cleaned.text == BODY
    assert [r.reason for r in cleaned.removed] == [reason]


@pytest.mark.parametrize("line", [
    "Follow the money, the prosecutor told the jury.",
    "Newsletter revenue rose 5% last year, the company said.",
    "Our standards are high, the minister said.",
])
def test_prose_that_opens_like_furniture_is_kept(line: str) -> None:
    cleaned = clean_text(BODY + "\n" + line + "\n")
    assert line in cleaned.text
    assert cleaned.removed == [] or all(line not in r.text for r in cleaned.removed)
