"""Fresh-text round 14, feed 22 (ingest): the version note under a wire story's "UPDATE 2-" headline."""

from __future__ import annotations

import pytest

from storyline.ingest.clean import clean_text

BODY = ("FRANKFURT, March 11 (Reuters) - Prosecutors searched the firm's offices on Tuesday.\n\n"
        "The company said it would postpone its annual results.\n")


@pytest.mark.parametrize("note", [
    "(Adds results delay, auditor statement, paragraphs 7-9)",
    "(Updates with closing share price)",
    "(Recasts with minister's comments, adds background)",
    "(Corrects spelling of name in paragraph 4)",
])
def test_a_version_note_is_cut(note: str) -> None:
    cleaned = clean_text(note + "\n\n" + BODY)
    assert cleaned.text == BODY
    assert [r.reason for r in cleaned.removed] == ["version-note"]


def test_a_bracketed_sentence_of_the_story_is_kept() -> None:
    text = BODY + "\n(Updates on the investigation are expected later this week.)\n"
    assert "(Updates on the investigation are expected later this week.)" in clean_text(text).text
