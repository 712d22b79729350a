"""Cleaning, session 15: a section label above the headline, a writer's job under the byline, and a
page's note on when it was first published."""

from __future__ import annotations

from storyline.ingest.clean import clean_text

PAGE = """ANALYSIS

Keld blockade puts Varnia's gamble to the test

By Jonathan Reade
Diplomatic correspondent

Varnia's navy has held the strait for three days. Officials said the analysis of the blockade would continue.

This article was first published on March 18, 2026.
"""


def test_a_section_label_a_job_line_and_a_first_published_note_are_cut():
    cleaned = clean_text(PAGE)
    assert cleaned.text == ("Keld blockade puts Varnia's gamble to the test\n\n"
                            "Varnia's navy has held the strait for three days. "
                            "Officials said the analysis of the blockade would continue.\n")
    assert [r.reason for r in cleaned.removed] == ["section-label", "byline", "version-note"]


def test_a_credit_naming_the_first_outlet_is_no_history_note():
    text = ("Talks resume in Geneva\n\nDelegates met on Monday to resume the talks, officials said.\n\n"
            "This story was originally published by ProPublica.\n")
    assert "originally published by ProPublica" in clean_text(text).text
