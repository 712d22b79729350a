"""A plain role noun ("the sheriff", "the governor") joins the one person the article titled so."""

from __future__ import annotations

from datetime import date

from storyline.analyze.coref import Person, stated_heads
from storyline.analyze.entities import extract_entities
from storyline.records import Entity, Mention

REF = date(2026, 8, 3)


def _run(nlp, text: str) -> tuple[list[Mention], list[Entity]]:
    return extract_entities(nlp(text), "art1", REF)


def _person(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, [e.name for e in entities]
    return found[0]


def _described(mentions: list[Mention], text: str) -> list[Mention]:
    return [m for m in mentions if m.text.lower() == text]


def test_stated_heads_are_the_head_nouns_of_titles():
    people = [Person("a", "Tomas Ferrer", ("Sheriff",)), Person("b", "Dan Moreau", ("Fire Chief",)),
              Person("c", "Amara Okafor", ("Gov.",)), Person("d", "Ann Lee", ("Dr.",))]
    assert stated_heads(people) == frozenset({"sheriff", "chief", "governor"})


def test_sheriff_after_titled_name(nlp):
    text = ("Sheriff Tomas Ferrer told a news conference that deputies would go door to door. "
            "The sheriff said the roads were closed.")
    mentions, entities = _run(nlp, text)
    ferrer = _person(entities, "Tomas Ferrer")
    (m,) = _described(mentions, "the sheriff")
    assert (m.span.start, m.span.end) == (text.index("The sheriff"), text.index("The sheriff") + 11)
    assert m.entity_id == ferrer.id
    assert m.reason == "title 'The sheriff' matches role 'Sheriff' of Tomas Ferrer"


def test_coach_after_titled_name(nlp):
    text = "Coach Pat Rennick praised the team on Sunday. The coach said the defence was superb."
    mentions, entities = _run(nlp, text)
    (m,) = _described(mentions, "the coach")
    assert m.span.start == text.index("The coach")
    assert m.entity_id == _person(entities, "Pat Rennick").id


def test_abbreviated_title_meets_spelt_out_description(nlp):
    text = "Gov. Amara Okafor ordered an evacuation on Monday. The governor said the storm could strengthen."
    mentions, entities = _run(nlp, text)
    (m,) = _described(mentions, "the governor")
    assert m.span.start == text.index("The governor")
    assert m.entity_id == _person(entities, "Amara Okafor").id


def test_governor_and_minister_still_join(nlp):
    text = ("Governor Amara Okafor ordered an evacuation of the coast on Monday. The governor said the "
            "storm could strengthen. Labour Minister Aiko Brandt met union leaders on Tuesday. "
            "The minister said talks would continue.")
    mentions, entities = _run(nlp, text)
    (gov,) = _described(mentions, "the governor")
    (mini,) = _described(mentions, "the minister")
    assert gov.entity_id == _person(entities, "Amara Okafor").id
    assert mini.entity_id == _person(entities, "Aiko Brandt").id
    assert mini.span.start == text.index("The minister")


def test_two_sheriffs_make_the_sheriff_ambiguous(nlp):
    text = ("Sheriff Tomas Ferrer closed the roads on Monday. Sheriff Ana Ruiz of Lane County agreed. "
            "The sheriff said the closure would last a week.")
    mentions, _ = _run(nlp, text)
    assert not _described(mentions, "the sheriff")


def test_deputy_sheriff_is_not_the_sheriff(nlp):
    text = ("Deputy Sheriff Tomas Ferrer closed the county roads on Monday. "
            "The sheriff said the closure would last a week.")
    mentions, _ = _run(nlp, text)
    assert not _described(mentions, "the sheriff")


def test_lieutenant_governor_is_not_the_governor(nlp):
    text = ("Lt. Gov. Amara Okafor toured the flooded towns on Monday. "
            "The governor said aid would arrive soon.")
    mentions, _ = _run(nlp, text)
    assert not _described(mentions, "the governor")


def test_coach_elect_is_not_the_coach(nlp):
    text = "Coach Pat Rennick praised the team. The coach-elect said he would keep the staff."
    mentions, _ = _run(nlp, text)
    assert not [m for m in mentions if m.text.lower().startswith("the coach")]


def test_role_noun_without_a_titled_person_joins_no_one(nlp):
    text = "Tomas Ferrer closed the county roads on Monday. The sheriff said the closure would last a week."
    mentions, _ = _run(nlp, text)
    assert not _described(mentions, "the sheriff")


def test_lower_case_occupation_does_not_license_the_description(nlp):
    text = ("Film director Catherine Hardwicke will not return for the sequel, the studio said. "
            "The director of the sequel has not been chosen.")
    mentions, _ = _run(nlp, text)
    assert not [m for m in mentions if m.text.lower().startswith("the director")]


def test_possessive_of_a_titled_role_names_the_office(nlp):
    text = ("Sheriff Tomas Ferrer spoke on Monday. A spokesman for the sheriff's department "
            "said two deputies were hurt.")
    mentions, _ = _run(nlp, text)
    assert not _described(mentions, "the sheriff")


def test_governors_office_is_not_the_governor(nlp):
    text = ("Governor Amara Okafor toured the coast on Monday. The governor's office said aid "
            "would arrive. The federal government approved the governor's request on Friday.")
    mentions, entities = _run(nlp, text)
    (m,) = _described(mentions, "the governor")
    assert m.span.start == text.index("the governor's request")
    assert m.entity_id == _person(entities, "Amara Okafor").id
