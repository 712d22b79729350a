"""Fresh-text round 14, feed 17 (ingest): a sign-up box whose call and newsletter name sit on two lines."""

from __future__ import annotations

import pytest

from storyline.ingest.clean import clean_text

BODY = "Unions said turnout was the highest in a decade.\n\nThe ministry gave a lower figure.\n"


@pytest.mark.parametrize(("first", "second"), [
    ("Sign up for Al Jazeera", "Weekly Newsletter"),
    ("Subscribe to The Globe", "Morning Briefing"),
])
def test_a_sign_up_call_over_a_newsletter_name_is_cut(first: str, second: str) -> None:
    cleaned = clean_text(BODY + "\n" + first + "\n" + second + "\n")
    assert cleaned.text == BODY
    assert {r.reason for r in cleaned.removed} == {"newsletter-prompt"}
    removed = "".join(r.text for r in cleaned.removed)
    assert first in removed and second in removed


def test_a_sign_up_sentence_before_a_heading_is_kept() -> None:
    text = BODY + "\nRegister to vote by Friday, officials urged.\nElection Briefing\n"
    cleaned = clean_text(text)
    assert "Register to vote by Friday, officials urged." in cleaned.text
