"""Fresh-text round 16 (43), ingest: a host's syndication note that names no licence ("This article
has been syndicated from AFP.") and its views disclaimer are about the copy and are cut; a story
that reports views or distribution stays."""

from __future__ import annotations

import pytest

from storyline.ingest.clean import clean_text

BODY = ("A court in the port city will hold a hearing on the case next Wednesday, the agency reported.\n\n"
        "The operator said it had not been told when the remaining crew would be released.\n")


@pytest.mark.parametrize("line", [
    "This article has been syndicated from AFP. The views expressed do not necessarily reflect those of "
    "this publication.",
    "This story was distributed by Agence France-Presse.",
    "The views expressed in this article do not necessarily reflect the views of the publisher.",
    "This story is published from a wire agency feed without modifications to the text.",
    "This article was translated from German.",
])
def test_a_syndication_note_and_views_disclaimer_are_cut(line: str) -> None:
    cleaned = clean_text(f"{BODY}\n{line}\n")
    assert [r.reason for r in cleaned.removed] == ["author-note"]
    assert line not in cleaned.text and cleaned.text.startswith("A court in the port city")


@pytest.mark.parametrize("line", [
    "The views expressed by the minister do not necessarily reflect those of the government, a spokesman said.",
    "The report was distributed by the ministry to all embassies on Monday, officials said.",
    "The report was translated from German by the embassy and shows the plan was older.",
])
def test_prose_about_views_or_distribution_stays(line: str) -> None:
    cleaned = clean_text(f"{BODY}\n{line}\n")
    assert cleaned.removed == [] or all(r.reason != "author-note" for r in cleaned.removed)
    assert line in cleaned.text
