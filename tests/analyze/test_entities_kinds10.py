"""One name, one label (session 10, fresh feeds): a dateline's agency is an organisation and its
place a place, even where the model tags neither; a name whose demonym the article uses is a place;
a name before "corridor" is a place."""

from __future__ import annotations

from storyline.analyze.entities import extract_entities
from storyline.records import Mention


def _mentions(nlp, text: str) -> list[Mention]:
    return extract_entities(nlp(text), "art1", None)[0]


def _of(mentions: list[Mention], name: str) -> list[Mention]:
    return [m for m in mentions if m.text == name]


def test_a_datelines_agency_is_an_organisation_wherever_the_article_names_it(nlp):
    text = ("DOVRASK, June 1 (Pellam Wire) - The minister resigned on Monday.\n\n"
            "This article was produced by Pellam Wire and is republished under a syndication agreement.")
    found = _of(_mentions(nlp, text), "Pellam Wire")
    assert len(found) == 2
    assert {m.label for m in found} == {"ORG"}
    assert len({m.entity_id for m in found}) == 1  # one entity, joined by its exact name
    assert "untagged; the agency of a dateline" in found[0].reason
    assert "label ORG (model said PERSON): context cue ('pellam wire' next to a ORG cue word)" in found[1].reason


def test_a_person_shaped_name_in_a_datelines_parentheses_is_an_agency(nlp):
    text = ("TARVOSK, April 4 (Osric Kade) - Flooding closed the main road on Saturday, officials said.\n\n"
            "This article was produced by Osric Kade.")
    assert {m.label for m in _of(_mentions(nlp, text), "Osric Kade")} == {"ORG"}


def test_a_datelines_place_the_model_left_untagged_is_a_place(nlp):
    text = ("BRELVIK, Nov 13 (Pellam Wire) - The grid operator said on Thursday it had restored power to "
            "most homes.\n\nSome units at Brelvik restarted faster than expected.")
    mentions = _mentions(nlp, text)
    place = [m for m in mentions if m.text in {"BRELVIK", "Brelvik"}]
    assert [m.label for m in place] == ["GPE", "GPE"]
    assert len({m.entity_id for m in place}) == 1
    assert "untagged; the place of a dateline" in place[0].reason
    assert "label GPE (model said ORG)" in place[1].reason


def test_a_bare_heading_with_a_dash_is_no_dateline_place(nlp):
    text = "UPDATE - Workers at the port walked out on Tuesday, the union said."
    assert not _of(_mentions(nlp, text), "UPDATE")


def test_a_name_whose_demonym_the_article_uses_is_a_place(nlp):
    text = ("Kessarian President Ivo Drazen said the talks would go ahead. Kessaria rejected the "
            "draft on Monday, and officials said Kessaria would send no delegation.")
    found = _of(_mentions(nlp, text), "Kessaria")
    assert found and {m.label for m in found} == {"GPE"}
    changed = [m for m in found if "model said" in m.reason]
    assert all("'kessaria' is the place of 'kessarian' in article" in m.reason for m in changed)


def test_a_persons_adjective_does_not_make_the_person_a_place(nlp):
    text = ("Critics called the new surveillance law Orwellian. Halvard Orwell, who drafted it, "
            "said Orwell had only followed the minister's orders.")
    found = _of(_mentions(nlp, text), "Orwell")
    assert {m.label for m in found} <= {"PERSON"}


def test_a_name_before_corridor_is_a_place(nlp):
    text = ("The leaders will discuss the disputed Drevan corridor. Trucks have not crossed the "
            "Drevan corridor since March.")
    found = _of(_mentions(nlp, text), "Drevan")
    assert found and {m.label for m in found} == {"GPE"}


def test_a_place_the_model_tagged_as_its_people_is_a_place_beside_the_demonym(nlp):
    text = ("DOVRAN, March 2 (Pellam Wire) - The government of Taldoria and the northern militia agreed to "
            "exchange prisoners, Taldorian officials said.")
    found = _of(_mentions(nlp, text), "Taldoria")
    assert found and {m.label for m in found} == {"GPE"}
