"""Fresh-text round 16 (51), ingest: a "Keep reading" box of related headlines ("Keep reading / list
of 3 items / ...") at the foot of a page is page furniture and is cut with its entries; a sentence
that says "keep reading" stays."""

from __future__ import annotations

from storyline.ingest.clean import clean_text

BODY = ("The trial is expected to last until at least March, the court said.\n\n"
        "Prosecutors said the men had scouted the square three times.\n")


def test_a_keep_reading_box_is_cut_with_its_headlines() -> None:
    box = "Keep reading\nlist of 3 items\nPolice chief quits over raid\nCity bans fireworks after riots\nend of list\n"
    cleaned = clean_text(f"{BODY}\n{box}")
    assert {r.reason for r in cleaned.removed} == {"related-links"}
    assert cleaned.text.rstrip().endswith("three times.")
    assert "list of 3 items" not in cleaned.text and "Police chief quits" not in cleaned.text


def test_a_sentence_that_says_keep_reading_stays() -> None:
    line = "Keep reading the small print, the regulator told customers on Monday."
    cleaned = clean_text(f"{BODY}\n{line}\n")
    assert line in cleaned.text
