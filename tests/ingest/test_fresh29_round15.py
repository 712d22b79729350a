"""Round 15, helper 109 (opinion and analysis copy): the note on the piece's writer that closes it is
cut, as the byline that opens it is; a story's own closing lines stay."""

from __future__ import annotations

from storyline.ingest.clean import clean_text


def test_the_closing_note_on_the_writer_is_cut():
    text = ("OPINION\n\nBy Carla Mendes\n\nWe must stop pretending the dam dispute will solve itself.\n\n"
            "In 2021 I signed the water accord on behalf of my government.\n\n"
            "The author is a former water minister of Lusara and chairs the Basin Forum.\n")
    c = clean_text(text)
    assert "former water minister" not in c.text
    assert [r.reason for r in c.removed if "former water minister" in r.text] == ["author-note"]
    assert "signed the water accord" in c.text


def test_a_closing_note_naming_the_byline_and_an_opinions_disclaimer_are_cut():
    text = ("Analysis\n\nBy Omar Haddad\n\nThe border talks are stuck, and neither side wants to move first.\n\n"
            "Omar Haddad is a senior fellow at the Institute for Regional Affairs.\n\n"
            "The opinions expressed here are those of the author, a columnist for Reuters.\n")
    c = clean_text(text)
    assert "senior fellow" not in c.text
    assert "opinions expressed" not in c.text
    assert {r.reason for r in c.removed if "senior fellow" in r.text or "opinions" in r.text} == {"author-note"}
    assert "neither side wants to move first" in c.text


def test_a_story_about_someone_else_keeps_its_closing_lines():
    text = ("By Omar Haddad\n\nPolice arrested the novelist Ana Ruiz on Monday.\n\n"
            "Ana Ruiz is a former journalist who has written three books about the army.\n")
    c = clean_text(text)
    assert "Ana Ruiz is a former journalist" in c.text
