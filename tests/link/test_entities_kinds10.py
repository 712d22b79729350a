"""One name, one entity across kinds (session 10): a name of several words the model tags as
different non-person kinds in different reports is one entity; a one-word PERSON joins a body of that
name only where more reports call it a body; people never join a same-named body or place this way."""

from __future__ import annotations

from storyline.link.entities import merge_entities, same_name_keys
from storyline.link.runner import merge_lookup
from storyline.records import Entity


def _e(eid: str, name: str, kind: str) -> Entity:
    return Entity(eid, name, kind, (name,))


def test_a_name_of_several_words_tagged_norp_and_org_is_one_entity_of_the_majority_kind():
    result = merge_entities([("a", _e("n1", "Ostvald Liberation Front", "NORP")),
                             ("b", _e("o1", "Ostvald Liberation Front", "ORG")),
                             ("c", _e("o2", "Ostvald Liberation Front", "ORG"))])
    assert len({result.mapping[i] for i in ("n1", "o1", "o2")}) == 1
    entity = result.entities[result.mapping["n1"]]
    assert entity.kind == "ORG"
    assert "one name of several words" in result.reasons["o1"]
    assert "is the name of a known NORP 'Ostvald Liberation Front'" in result.reasons["o1"]


def test_a_facility_and_a_product_of_one_name_join_a_stored_entity():
    first = merge_entities([("a", _e("f1", "Harkon Ridge Terminal", "FAC"))])
    later = merge_entities([("b", _e("p1", "Harkon Ridge Terminal", "PRODUCT"))], first.entities)
    assert later.mapping["p1"] == first.mapping["f1"]
    assert later.merges and "whatever kind the model gave it" in later.merges[0].reason


def test_the_lookup_asks_the_store_for_the_same_name_under_other_kinds():
    every, _, _ = merge_lookup([_e("n1", "Ostvald Liberation Front", "NORP")])
    assert "org:ostvald liberation front" in every
    assert "fac:ostvald liberation front" in every


def test_a_persons_name_never_joins_a_body_of_that_name_by_the_name_alone():
    result = merge_entities([("a", _e("p1", "Corwin Halle", "PERSON")), ("b", _e("o1", "Corwin Halle", "ORG"))])
    assert result.mapping["p1"] != result.mapping["o1"]
    assert same_name_keys(_e("p1", "Corwin Halle", "PERSON")) == []


def test_a_name_opening_with_a_given_name_is_no_same_name_evidence():
    assert same_name_keys(_e("o1", "Michael Jordan Foundation", "FAC")) == []


def test_a_lone_person_joins_the_body_more_reports_name():
    result = merge_entities([("a", _e("p1", "Brastenko", "PERSON")), ("b", _e("o1", "Brastenko", "ORG")),
                             ("c", _e("o2", "Brastenko", "ORG"))])
    assert result.mapping["p1"] == result.mapping["o1"] == result.mapping["o2"]
    entity = result.entities[result.mapping["p1"]]
    assert entity.kind == "ORG"
    assert any("'Brastenko' (PERSON here, no person of that name known) is a known ORG (2 article entities to 1)"
               in m.reason for m in result.merges)


def test_a_lone_person_and_a_body_in_as_many_reports_stay_apart():
    result = merge_entities([("a", _e("p1", "Kavrin", "PERSON")), ("b", _e("o1", "Kavrin", "ORG"))])
    assert result.mapping["p1"] != result.mapping["o1"]


def test_a_lone_word_that_is_a_persons_surname_stays_a_person():
    # "Jordan" the country and Michael Jordan: a full name carries the word, so no fold
    result = merge_entities([("a", _e("g1", "Jordan", "GPE")), ("b", _e("p1", "Michael Jordan", "PERSON")),
                             ("c", _e("p2", "Jordan", "PERSON")), ("d", _e("g2", "Jordan", "GPE"))])
    assert result.mapping["p2"] == result.mapping["p1"]
    assert result.mapping["g1"] == result.mapping["g2"] != result.mapping["p1"]


def test_a_multi_word_place_and_person_of_one_name_stay_apart():
    result = merge_entities([("a", _e("g1", "Port Sarrel", "GPE")), ("b", _e("p1", "Port Sarrel", "PERSON"))])
    assert result.mapping["g1"] != result.mapping["p1"]
