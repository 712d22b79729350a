"""Cross-article merging, session 15: a compound surname written alone in another report."""

from __future__ import annotations

from storyline.link.entities import merge_entities
from storyline.records import Entity


def _person(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(eid, name, "PERSON", tuple(sorted({name, *aliases})), ())


def test_a_compound_surname_joins_the_one_full_name_that_ends_with_it():
    result = merge_entities([
        ("a", _person("full", "Andrés Manuel López Obrador")),
        ("b", _person("short", "López Obrador")),
        ("c", _person("other", "Guadalupe Taddei Zavala")),
    ])
    assert result.mapping["short"] == result.mapping["full"]
    assert result.mapping["other"] != result.mapping["full"]
    assert "compound surname" in next(m.reason for m in result.merges)
    # and when the full name was stored by an earlier batch
    first = merge_entities([("a", _person("full", "Andrés Manuel López Obrador"))])
    second = merge_entities([("b", _person("short", "López Obrador"))], known=first.entities)
    assert second.mapping["short"] == first.mapping["full"]


def test_a_given_name_and_surname_is_no_compound_surname():
    # "Paul Jones" is a given name and a surname: not the "John Paul Jones" of another report
    result = merge_entities([
        ("a", _person("full", "John Paul Jones")),
        ("b", _person("short", "Paul Jones")),
    ])
    assert result.mapping["short"] != result.mapping["full"]
    # two full names ending alike: no evidence for either
    result = merge_entities([
        ("a", _person("one", "Ana María Pérez Díaz")),
        ("b", _person("two", "Luis Pérez Díaz")),
        ("c", _person("short", "Pérez Díaz")),
    ])
    assert len({result.mapping[k] for k in ("one", "two", "short")}) == 3
