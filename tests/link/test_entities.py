"""Cross-article entity keys and merging: pure functions on hand-built entities."""

from __future__ import annotations

from storyline.link.entities import canonical_key, global_entity_id, merge_entities
from storyline.records import Entity, Role, Span


def _person(eid: str, name: str, *aliases: str, roles: tuple[Role, ...] = ()) -> Entity:
    return Entity(eid, name, "PERSON", tuple(sorted({name, *aliases})), roles)


def test_transliteration_variants_share_a_key():
    assert canonical_key("Sergey Lavrov", "PERSON") == canonical_key("Sergei Lavrov", "PERSON") == "person:sergei lavrov"
    yuri = {canonical_key(n, "PERSON") for n in ("Yuriy Ushakov", "Yuri Ushakov", "Yury Ushakov")}
    assert yuri == {"person:yuri ushakov"}
    zel = {canonical_key(n, "PERSON") for n in ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy")}
    assert zel == {"person:volodymyr zelensky"}
    assert canonical_key("Dmitriy Peskov", "PERSON") == canonical_key("Dmitry Peskov", "PERSON")


def test_diacritics_case_and_periods_are_folded():
    assert canonical_key("Ploieşti", "GPE") == canonical_key("PLOIESTI", "GPE") == "place:ploiesti"
    assert canonical_key("U.S.", "GPE") == canonical_key("US", "GPE") == "place:us"
    assert canonical_key("Százhalombatta", "GPE") == "place:szazhalombatta"


def test_titles_possessives_and_initials_are_dropped():
    assert canonical_key("President Donald J. Trump", "PERSON") == "person:donald trump"
    assert canonical_key("Putin's", "PERSON") == "person:putin"
    assert canonical_key("the Kremlin", "ORG") == "org:kremlin"


def test_keys_are_kind_aware():
    assert canonical_key("Jordan", "PERSON") != canonical_key("Jordan", "GPE")
    assert canonical_key("Ford", "PERSON") != canonical_key("Ford", "ORG")
    assert canonical_key("Europe", "LOC") == canonical_key("Europe", "GPE")


def test_same_person_across_articles_merges_with_aliases_and_dated_roles():
    later = Role("Russian Foreign Minister", "2025-10-20", Span("b", 0, 24))
    earlier = Role("Russian Foreign Minister", "2025-10-17", Span("a", 5, 29))
    result = merge_entities([
        ("b", _person("lb", "Sergey Lavrov", "Lavrov", roles=(later,))),
        ("a", _person("la", "Sergei Lavrov", roles=(earlier,))),
    ])
    gid = global_entity_id("person:sergei lavrov")
    assert result.mapping == {"la": gid, "lb": gid}
    entity = result.entities[gid]
    assert entity.aliases == ("Lavrov", "Sergei Lavrov", "Sergey Lavrov")
    assert [r.as_of for r in entity.roles] == ["2025-10-17", "2025-10-20"]
    assert len(result.merges) == 1
    assert result.merges[0].local_id == "lb"
    assert result.merges[0].reason == "same key 'person:sergei lavrov'"


def test_person_and_org_with_same_name_never_merge():
    result = merge_entities([("a", _person("p", "Ford")), ("b", Entity("o", "Ford", "ORG", ("Ford",)))])
    assert result.mapping["p"] != result.mapping["o"]
    assert result.merges == ()


def test_surname_attaches_only_to_a_unique_full_name():
    result = merge_entities([
        ("a", _person("l1", "Donald Trump", "Trump")),
        ("b", _person("l2", "Trump")),
    ])
    assert result.mapping["l2"] == result.mapping["l1"]
    assert "matches exactly one known full name: Donald Trump" in result.merges[0].reason


def test_people_sharing_a_surname_are_never_merged():
    result = merge_entities([
        ("a", _person("joe", "Joe Biden", "Biden")),
        ("b", _person("hunter", "Hunter Biden")),
        ("c", _person("alone", "Biden")),
    ])
    ids = {result.mapping[k] for k in ("joe", "hunter", "alone")}
    assert len(ids) == 3
    assert result.merges == ()
    assert "ambiguous surname 'Biden'" in result.reasons["alone"]
    assert result.entities[result.mapping["alone"]].name == "Biden"


def test_surname_without_any_full_name_stays_its_own_entity():
    result = merge_entities([("a", _person("l", "Putin"))])
    assert result.mapping == {"l": global_entity_id("person:putin")}


def test_incremental_merge_extends_known_entities():
    first = merge_entities([("a", _person("l1", "Marco Rubio", "Rubio"))])
    second = merge_entities([("b", _person("l2", "Marco Rubio"))], known=first.entities)
    gid = global_entity_id("person:marco rubio")
    assert second.mapping == {"l2": gid}
    assert second.entities[gid].aliases == ("Marco Rubio", "Rubio")
    assert second.merges[0].reason == "same key 'person:marco rubio'"


def test_known_surname_entity_redirected_once_a_unique_full_name_arrives():
    first = merge_entities([("a", _person("l1", "Zelensky"))])
    surname_gid = first.mapping["l1"]
    second = merge_entities([("b", _person("l2", "Volodymyr Zelenskyy"))], known=first.entities)
    full_gid = second.mapping["l2"]
    assert second.redirects == {surname_gid: full_gid}
    assert "Zelensky" in second.entities[full_gid].aliases
    assert surname_gid not in second.entities


def test_acronym_alias_links_entities_across_articles():
    result = merge_entities([
        ("a", Entity("l1", "United States", "GPE", ("US", "United States"))),
        ("b", Entity("l2", "US", "GPE", ("US",))),
    ])
    assert result.mapping["l1"] == result.mapping["l2"]
    assert result.entities[result.mapping["l1"]].name == "United States"


def test_merge_is_independent_of_input_order():
    items = [
        ("a", _person("l1", "Donald Trump")),
        ("b", _person("l2", "Trump")),
        ("c", _person("l3", "President Donald Trump")),
    ]
    assert merge_entities(items) == merge_entities(list(reversed(items)))


def test_different_middle_initials_keep_people_apart():
    result = merge_entities([
        ("a", _person("w", "George W. Bush")),
        ("b", _person("hw", "George H.W. Bush")),
        ("c", _person("hw2", "George H. W. Bush")),
    ])
    assert result.mapping["w"] != result.mapping["hw"]
    assert result.mapping["hw"] == result.mapping["hw2"]
    assert "middle initials differ" in result.reasons["hw"]


def test_single_token_used_as_given_name_is_not_taken_for_a_surname():
    result = merge_entities([
        ("a", _person("mary", "Mary John")),
        ("b", _person("john", "John Smith")),
        ("c", _person("alone", "John")),
    ])
    assert result.mapping["alone"] not in {result.mapping["mary"], result.mapping["john"]}
    assert "also a given name" in result.reasons["alone"]


def test_surname_finds_a_full_name_with_a_generational_suffix():
    result = merge_entities([
        ("a", _person("l1", "Anthony LaCalamita III")),
        ("b", _person("l2", "LaCalamita")),
    ])
    assert result.mapping["l2"] == result.mapping["l1"]
    assert "matches exactly one known full name: Anthony LaCalamita III" in result.merges[0].reason


def test_a_son_is_not_his_father_but_the_bare_surname_is_the_father():
    result = merge_entities([
        ("a", _person("l1", "Donald Trump", "Trump")),
        ("b", _person("l2", "Donald Trump Jr.")),
        ("c", _person("l3", "Trump")),
    ])
    assert result.mapping["l2"] != result.mapping["l1"]
    assert result.mapping["l3"] == result.mapping["l1"]
    assert canonical_key("Donald Trump Jr.", "PERSON") != canonical_key("Donald Trump", "PERSON")
    assert canonical_key("Donald J. Trump", "PERSON") == canonical_key("Donald Trump", "PERSON")


def test_a_possessive_typed_with_any_apostrophe_is_dropped_from_a_key():
    assert canonical_key("Donald Trump‘s", "PERSON") == canonical_key("Donald Trump’s", "PERSON") == canonical_key(
        "Donald Trump", "PERSON")


def test_a_known_persons_full_name_tagged_org_elsewhere_joins_the_person():
    result = merge_entities([
        ("a", _person("l1", "Donald Trump", "Trump")),
        ("b", Entity("l2", "Donald Trump", "ORG", ("Donald Trump",), ())),
        ("c", Entity("l3", "Kestrel Motors", "ORG", ("Kestrel Motors",), ())),
        ("d", Entity("l4", "Alan Reed Foundation", "ORG", ("Alan Reed Foundation",), ())),
    ])
    assert result.mapping["l2"] == result.mapping["l1"]
    assert "full name of a known person" in next(m.reason for m in result.merges if m.local_id == "l2")
    assert result.mapping["l3"] != result.mapping["l1"] and result.mapping["l4"] != result.mapping["l1"]


def test_a_middle_name_joins_the_person_written_without_it_in_either_order():
    for items in ([("a", _person("l1", "Hillary Rodham Clinton")), ("b", _person("l2", "Hillary Clinton"))],
                  [("a", _person("l1", "Hillary Clinton")), ("b", _person("l2", "Hillary Rodham Clinton"))]):
        result = merge_entities(items)
        assert result.mapping["l1"] == result.mapping["l2"]
        assert "middle name" in result.reasons["l2"]
    # two people with different middle names are not joined through the short name they share
    result = merge_entities([("a", _person("m1", "Mary Ann Smith")), ("b", _person("m2", "Mary Beth Smith")),
                             ("c", _person("m3", "Mary Smith"))])
    assert result.mapping["m1"] != result.mapping["m2"]
    assert result.mapping["m3"] not in {result.mapping["m1"], result.mapping["m2"]}
    result = merge_entities([("a", _person("m3", "Mary Smith")), ("b", _person("m1", "Mary Ann Smith")),
                             ("c", _person("m2", "Mary Beth Smith"))])
    assert result.mapping["m1"] == result.mapping["m3"] != result.mapping["m2"]
    # a suffix stays part of the name: the son with a middle name is not the father
    result = merge_entities([("a", _person("f", "Robert Kennedy")), ("b", _person("s", "Robert Francis Kennedy Jr."))])
    assert result.mapping["f"] != result.mapping["s"]


def test_a_countrys_institution_merges_only_with_the_same_countrys():
    uganda = {canonical_key(n, "ORG") for n in ("Supreme Court (Uganda)", "Supreme Court (Ugandan)")}
    assert uganda == {"org:supreme court@ugand"}
    assert canonical_key("Russia's Defence Ministry", "ORG") == "org:defence ministry@russia"
    assert canonical_key("Obama's State Department", "ORG") == "org:obama's state department"
    assert canonical_key("Supreme Court (Georgia)", "ORG") != canonical_key("Supreme Court (Uganda)", "ORG")
    assert canonical_key("Russian Defence Ministry", "ORG") == canonical_key("Defence Ministry (Russia)", "ORG")
    # a bare name, a party's committee and a name that is no institution keep their plain keys
    assert canonical_key("Supreme Court", "ORG") == "org:supreme court"
    assert canonical_key("Republican National Committee", "ORG") == "org:republican national committee"
    assert canonical_key("Clinton Foundation (UK)", "ORG") == "org:clinton foundation uk"


def test_an_acronym_entity_seen_first_joins_the_name_an_article_spells_it_out_as():
    eu = Entity("l1", "EU", "ORG", ("EU",))
    first = merge_entities([("a", eu), ("b", Entity("l2", "European Union", "ORG", ("European Union",)))])
    eu_id, union_id = first.mapping["l1"], first.mapping["l2"]
    assert eu_id != union_id and first.redirects == {}  # nothing joined them yet
    later = merge_entities([("c", Entity("l3", "European Union", "ORG", ("EU", "European Union")))],
                           known=first.entities)
    assert later.mapping == {"l3": union_id}
    assert later.redirects == {eu_id: union_id}
    assert set(later.entities[union_id].aliases) == {"EU", "European Union"} and eu_id not in later.entities
    assert any("acronym entity 'EU'" in m.reason for m in later.merges)


def test_a_short_form_that_is_no_acronym_is_not_folded_in():
    first = merge_entities([("a", Entity("l1", "Trump", "ORG", ("Trump",))),
                            ("b", Entity("l2", "Trump Organization", "ORG", ("Trump Organization",)))])
    later = merge_entities([("c", Entity("l3", "Trump Organization", "ORG", ("Trump", "Trump Organization")))],
                           known=first.entities)
    assert later.redirects == {}


def test_a_place_the_model_tags_org_or_norp_elsewhere_is_one_entity():
    result = merge_entities([
        ("a", Entity("g", "Aldoria", "GPE", ("Aldoria",))),
        ("b", Entity("o", "Aldoria", "ORG", ("Aldoria",))),
        ("c", Entity("n", "Aldoria", "NORP", ("Aldoria",))),
    ])
    assert len(result.entities) == 1
    (place,) = result.entities.values()
    assert place.kind == "GPE" and result.mapping["o"] == result.mapping["n"] == place.id


def test_an_org_seen_first_takes_the_place_in_later():
    first = merge_entities([("a", Entity("o", "Aldoria", "ORG", ("Aldoria",)))])
    second = merge_entities([("b", Entity("g", "Aldoria", "GPE", ("Aldoria",)))], known=first.entities)
    assert second.mapping["g"] == first.mapping["o"]


def test_an_institution_with_its_country_keeps_its_own_key():
    result = merge_entities([
        ("a", Entity("g", "Uganda", "GPE", ("Uganda",))),
        ("b", Entity("o", "Supreme Court (Uganda)", "ORG", ("Supreme Court (Uganda)",))),
    ])
    assert len(result.entities) == 2


def test_merges_into_a_folded_acronym_point_at_its_home():
    result = merge_entities([
        ("a", Entity("e1", "EU", "ORG", ("EU",))),
        ("b", Entity("e2", "EU", "ORG", ("EU",))),
        ("c", Entity("e3", "European Union", "ORG", ("EU", "European Union"))),
    ])
    assert set(result.mapping.values()) == {result.mapping["e3"]}
    assert all(m.global_id in result.entities for m in result.merges if m.local_id in result.mapping)


def test_a_merged_entity_takes_the_kind_most_of_its_members_carry():
    result = merge_entities([
        ("a", Entity("o", "Cumbria", "ORG", ("Cumbria",))),
        ("b", Entity("g1", "Cumbria", "GPE", ("Cumbria",))),
        ("c", Entity("g2", "Cumbria", "GPE", ("Cumbria",))),
    ])
    (place,) = result.entities.values()
    assert place.kind == "GPE"


def test_organisation_opening_with_a_country_spelt_out_meets_its_short_form():
    assert canonical_key("United States Geological Survey", "ORG") == "org:us geological survey"
    assert canonical_key("U.S. Geological Survey", "ORG") == canonical_key("US Geological Survey", "ORG")
    assert canonical_key("American Airlines", "ORG") == "org:american airlines"  # a demonym is no short form
    assert canonical_key("United States", "GPE") == "place:united states"  # places keep their own keys
    a = Entity("a1", "United States Geological Survey", "ORG", ("United States Geological Survey",), ())
    b = Entity("b1", "US Geological Survey", "ORG", ("US Geological Survey",), ())
    result = merge_entities([("art-a", a), ("art-b", b)])
    assert result.mapping["a1"] == result.mapping["b1"]


def test_a_surname_written_with_its_particle_joins_the_one_full_name():
    result = merge_entities([
        ("a", _person("full", "Ahmed al-Sharaa", "Al-Sharaa")),
        ("b", _person("alone", "al-Sharaa")),
        ("c", _person("gore", "Al Gore")),
    ])
    assert result.mapping["alone"] == result.mapping["full"]
    assert "matches exactly one known full name: Ahmed al-Sharaa" in result.reasons["alone"]
    assert result.mapping["gore"] != result.mapping["full"]  # "Al" written apart is a given name


def test_a_surname_with_its_particle_stays_apart_beside_two_namesakes():
    result = merge_entities([
        ("a", _person("ahmed", "Ahmed al-Sharaa")),
        ("b", _person("farouk", "Farouk al-Sharaa")),
        ("c", _person("alone", "al-Sharaa")),
    ])
    assert len({result.mapping[k] for k in ("ahmed", "farouk", "alone")}) == 3
    assert "ambiguous surname" in result.reasons["alone"]


def test_an_organisation_with_or_without_its_legal_suffix_is_one():
    assert canonical_key("Apple Inc.", "ORG") == canonical_key("Apple", "ORG") == "org:apple"
    assert canonical_key("Celtic FC", "ORG") == "org:celtic"
    assert canonical_key("Hewlett-Packard Co.", "ORG") == canonical_key("Hewlett-Packard", "ORG")
    assert canonical_key("Celtic FC", "PERSON") != canonical_key("Celtic", "PERSON")  # people keep every word


def test_a_full_name_whose_other_names_meet_two_known_entities_follows_its_own_without_middle():
    result = merge_entities([
        ("a", _person("fred", "Fred LaRue")),
        ("b", _person("fc", "Frederick C. LaRue")),
        ("c", _person("both", "Frederick Cheney LaRue", "Fred LaRue", "Frederick C. LaRue")),
    ])
    assert result.mapping["both"] == result.mapping["fc"] != result.mapping["fred"]
    assert "with a middle name" in result.reasons["both"]


def test_demonym_plural_keys_with_its_singular():
    from storyline.link.entities import demonym_singular
    assert canonical_key("Duvanians", "NORP") == canonical_key("Duvanian", "NORP") == "norp:duvanian"
    assert canonical_key("Velorians", "NORP") == canonical_key("Velorian", "NORP") == "norp:velorian"
    assert canonical_key("Israelis", "NORP") == canonical_key("Israeli", "NORP") == "norp:israeli"
    assert canonical_key("Bosnian Serbs", "NORP") == "norp:bosnian serb"
    assert demonym_singular("kurds") == "kurd"


def test_non_plural_names_ending_in_s_keep_their_key():
    assert canonical_key("Philippines", "NORP") == "norp:philippines"
    assert canonical_key("Philippine", "NORP") == "norp:philippine"
    assert canonical_key("Swiss", "NORP") == "norp:swiss"
    assert canonical_key("Honduras", "NORP") == "norp:honduras"
    assert canonical_key("Laos", "NORP") == "norp:laos"
    # only NORP keys change: a place or an organisation keeps its final s
    assert canonical_key("Duvanians", "ORG") == "org:duvanians"
    assert canonical_key("Athens", "GPE") == "place:athens"


def test_demonym_plural_merges_across_articles():
    result = merge_entities([("a1", Entity("n1", "Duvanian", "NORP", ("Duvanian",))),
                             ("a2", Entity("n2", "Duvanians", "NORP", ("Duvanians",))),
                             ("a3", Entity("n3", "Philippines", "NORP", ("Philippines",))),
                             ("a4", Entity("n4", "Philippine", "NORP", ("Philippine",)))])
    assert result.mapping["n1"] == result.mapping["n2"]
    assert result.mapping["n3"] != result.mapping["n4"]
