"""Round 15, helper 110 (humanitarian situation reports and NGO releases): the contact block that
closes a report under a heading written as a request ("For further information, please contact:")
is cut with its names, addresses and numbers; the report's own lines stay."""

from __future__ import annotations

from storyline.ingest.clean import clean_text


def test_a_contact_block_under_a_please_contact_heading_is_cut():
    text = ("Some 18,000 people have fled to the camps since the fighting began, the agency said.\n\n"
            "Water trucking to the camps will resume next week.\n\n"
            "For further information, please contact:\n"
            "Marta Okello, Head of Office, okello@un.example.org\n"
            "Sam Tiro, Public Information Officer, Tel: +256 77 555 0100\n\n"
            "For more information contact:\n"
            "Press office, Kampala: +256 41 555 0199, press@ngo.example.org\n")
    c = clean_text(text)
    assert "okello@" not in c.text and "Sam Tiro" not in c.text and "Kampala:" not in c.text
    assert "please contact" not in c.text and "For more information" not in c.text
    cut = "".join(r.text for r in c.removed if r.reason == "press-contact")
    assert "okello@" in cut and "Sam Tiro" in cut and "press@ngo" in cut
    assert "Water trucking to the camps will resume next week." in c.text
