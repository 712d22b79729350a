"""Article-local entities merged into corpus-level entities.

Pure functions: the caller passes the local entities of a batch and the global entities already
known (from the store), and gets back the merged globals, where each local entity went, and why.
Merging is by a canonical key (case, marks, transliteration and titles folded away, kind-aware),
plus one evidence rule: a surname-only person joins a full name only when exactly one known
person carries that surname. Two people sharing a surname are never merged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from storyline.analyze.names import (
    fold,
    given_name_key,
    is_generic_institution,
    is_place_word,
    place_key,
    is_given_name,
    is_name_suffix,
    lexicons,
    org_without_suffix,
    particle_surname,
    strip_possessive,
    surname_of,
)
from storyline.records import Entity, Role, record_id

# Kinds that denote the same sort of thing and are confused by the small model: a place tagged GPE
# in one article and LOC in another is one place. Every other kind keys on its own.
_KIND_GROUP = {"GPE": "place", "LOC": "place"}


def _kind(kind: str) -> str:
    return _KIND_GROUP.get(kind, kind.lower())


def _person_words(name: str) -> list[str]:
    lex = lexicons()
    words = fold(strip_possessive(name).replace(".", ". ")).replace("-", " ").split()
    # Titles and honorifics before the name ("President Trump", "Dr. Jane Doe").
    while len(words) > 1 and (words[0] in lex.titles or words[0] in lex.title_modifiers):
        words = words[1:]
    words = [w for w in words if len(w) > 1] or words  # initials out; a suffix (Jr., III) stays: it tells
    return [given_name_key(w) for w in words]          # a son from his father


def canonical_key(name: str, kind: str) -> str:
    """The key under which entities from different articles merge.

    Case, diacritics (Ploieşti/Ploiesti), periods (U.S./US) and possessives are folded for every
    kind. For people, titles and honorifics are dropped, initials ignored (a generational suffix is
    kept: "Donald Trump Jr." is not "Donald Trump"), and each word mapped to its transliteration key (Sergey/Sergei, Zelenskyy/Zelensky). The kind is part of
    the key, so a PERSON and an ORG never merge (GPE and LOC share one, as places).
    """
    if kind == "PERSON":
        return f"person:{' '.join(_person_words(name))}"
    if kind == "ORG" and (whose := institution_of_country(name)) is not None:
        body, country = whose
        return f"org:{' '.join(fold(body).split())}@{place_key(country)}"
    words = fold(strip_possessive(name)).replace("-", " ").split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if kind == "ORG":
        words = _country_spelt_short(org_without_suffix(words))  # "Celtic FC" is "Celtic"
    if kind == "NORP" and words:
        words = [*words[:-1], demonym_singular(words[-1])]
    return f"{_kind(kind)}:{' '.join(words)}"


def demonym_singular(word: str) -> str:
    """The singular of a folded demonym written as a plural, so a people and its adjective key as
    one group ("duvanians" -> "duvanian", "israelis" -> "israeli", "kurds" -> "kurd").

    A demonym's plural adds -s to a stem ending in -an, -i or a consonant. A stem ending in another
    vowel or in s is left alone: "Philippines" is no plural of "Philippine", nor "Swiss" of "Swis".
    """
    if len(word) < 4 or not word.endswith("s") or not word.isalpha():
        return word
    stem = word[:-1]
    if stem.endswith("i") or stem[-1] not in "aeiousy":
        return stem
    return word


def _country_spelt_short(words: list[str]) -> list[str]:
    """An organisation name opening with a country spelt out whose initials are the short form the
    places lexicon keys it by ("United States Geological Survey" -> "us geological survey"), so the
    body merges with its name written "US Geological Survey"."""
    places = lexicons().places
    for n in (3, 2):
        if len(words) > n:
            head = " ".join(words[:n])
            key = places.get(head)
            if key is not None and "".join(w[0] for w in words[:n]) == key.replace(" ", ""):
                return [key, *words[n:]]
    return words


def institution_of_country(name: str) -> tuple[str, str] | None:
    """(institution, country) for a generic institution the name says is a country's:
    "Supreme Court (Uganda)" as the analysis writes it, or "Russian Defence Ministry" / "Russia's
    Defence Ministry" (a place word the lexicon knows first). Such names merge
    across articles only with the same country's ("Ugandan"/"Uganda" share a place key); a bare
    "Supreme Court" keeps its own key."""
    text = " ".join(name.split())
    if text.endswith(")") and " (" in text:
        body, _, country = text[:-1].rpartition(" (")
        return (body, country) if is_generic_institution(body) else None
    first, _, rest = text.partition(" ")
    if rest and is_place_word(strip_possessive(first)) and is_generic_institution(rest):
        return rest, strip_possessive(first)
    return None


def global_entity_id(key: str) -> str:
    """The corpus-level entity id for a canonical key."""
    return record_id("entity", key)


@dataclass(frozen=True, slots=True)
class Merge:
    """One local entity joined to a global entity that already had members."""

    local_id: str
    article_id: str
    global_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class LinkResult:
    """Global entities by id (new and updated), local id -> global id, and the merges made.

    ``redirects`` maps a known surname-only global entity to the full-name entity it now belongs
    to, once the corpus holds exactly one full name with that surname; the store should repoint it.
    """

    entities: Mapping[str, Entity]
    mapping: Mapping[str, str]
    merges: tuple[Merge, ...] = ()
    redirects: Mapping[str, str] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)  # local id -> why it went where it did


@dataclass(slots=True)
class _Acc:
    """A global entity being built (mutable only inside this module)."""

    id: str
    kind: str
    names: list[str]
    roles: list[Role]
    members: int
    heads: list[str] = field(default_factory=list)  # the local entities' own names, one per member
    kinds: list[str] = field(default_factory=list)  # the members' kinds, one per member

    def majority_kind(self) -> str:
        """The kind most members carry: a place the model tagged ORG in the first article and GPE
        in the next five is a place. A person stays a person (names tagged otherwise join it)."""
        if self.kind == "PERSON" or not self.kinds:
            return self.kind
        counts = Counter(self.kinds)
        return max(counts, key=lambda k: (counts[k], k == self.kind))

    def entity(self) -> Entity:
        names = sorted(set(self.names))
        # The name most articles use; for people, a full name when there is one.
        pool = self.heads or names
        if self.kind == "PERSON" and any(len(n.split()) > 1 for n in pool):
            pool = [n for n in pool if len(n.split()) > 1]
        counts = Counter(pool)
        best = max(sorted(counts), key=lambda n: (counts[n], len(n.split()), len(n)))
        seen: set[tuple[str, str | None]] = set()
        roles = []
        for r in sorted(self.roles, key=lambda r: (r.as_of or "", r.title, r.span.article_id if r.span else "",
                                                     r.span.start if r.span else -1)):
            if (fold(r.title), r.as_of) not in seen:
                seen.add((fold(r.title), r.as_of))
                roles.append(r)
        return Entity(self.id, best, self.majority_kind(), tuple(names), tuple(roles),
                      f"merged from {self.members} article entit{'y' if self.members == 1 else 'ies'}")


def _keys(e: Entity) -> list[str]:
    """Keys an entity answers to: its name's first, then its aliases' (persons: full names only)."""
    names = [e.name] + [a for a in e.aliases if a != e.name]
    out: list[str] = []
    for n in names:
        k = canonical_key(n, e.kind)
        if e.kind == "PERSON" and n != e.name and (len(k.split(":", 1)[1].split()) < 2 or particle_surname(n) is not None):
            continue  # a surname alone ("Sharaa", "al-Sharaa") is no key of the full name
        if k not in out and k.split(":", 1)[1]:
            out.append(k)
    return out


def _without_middle(name: str) -> str | None:
    """The person key of a full name with its middle names left out ("Hillary Rodham Clinton" ->
    "person:hillary clinton"; a generational suffix stays); None for a name of two words."""
    words = _person_words(name)
    suffix = words[-1:] if words and is_name_suffix(words[-1]) else []
    core = words[: len(words) - len(suffix)]
    if len(core) < 3:
        return None
    return "person:" + " ".join([core[0], core[-1], *suffix])


def _middle(name: str) -> tuple[str, ...]:
    """The middle names of a person's full name, as keys ("Hillary Rodham Clinton" -> ("rodham",))."""
    words = _person_words(name)
    if words and is_name_suffix(words[-1]):
        words = words[:-1]
    return tuple(words[1:-1])


def _initials(name: str) -> frozenset[str]:
    """Middle initials ("George W. Bush" -> {"w"}): they tell apart people whose keys agree."""
    words = fold(strip_possessive(name).replace(".", ". ")).replace("-", " ").split()
    return frozenset(w for w in words[1:-1] if len(w) == 1)


def _initials_conflict(e: Entity, acc: _Acc) -> bool:
    mine = {_initials(n) for n in (e.name, *e.aliases)} - {frozenset()}
    theirs = {_initials(n) for n in acc.names} - {frozenset()}
    return bool(mine and theirs and not (mine & theirs))


def person_key_of_mislabelled(e: Entity) -> str | None:
    """The PERSON key of a non-PERSON entity whose name reads as a person's full name ("Donald Trump"
    tagged ORG throughout one article): a given name the lexicon knows, then a surname. Labels are
    made consistent within an article; across articles, such a name joins the person if one is known."""
    if e.kind in {"PERSON", "GPE", "LOC"}:
        return None
    words = fold(strip_possessive(e.name)).split()
    if len(words) < 2 or not is_given_name(words[0]):
        return None
    return canonical_key(e.name, "PERSON")


def other_kind_key(e: Entity) -> str | None:
    """The key the same name has under the kind the small model confuses with this one: a country
    or city tagged ORG or NORP in one article and GPE in another ("Aldoria" ORG/GPE, "Veloria"
    NORP/GPE) is one place, and an ORG seen first joins the place seen later the same way. Only the
    name written alike; an institution with its country ("Supreme Court (Uganda)") keys on its own."""
    if e.kind in {"ORG", "NORP", "FAC"} and institution_of_country(e.name) is None:
        return canonical_key(e.name, "GPE")
    if e.kind in {"GPE", "LOC"}:
        return canonical_key(e.name, "ORG")
    return None


# Kinds one name of several words is read as by the small model, all of one thing: "Northern Sarrat
# Brigades" NORP in one report and ORG in the next, "Scottrade Center" ORG and FAC, "X-Men" ORG and
# PRODUCT. Titles (WORK_OF_ART, EVENT, LAW) are left out: a work or an event is not what it is named
# after. PERSON is left out too: on ECB+ the name alone joined people the model tagged ORG in most
# reports ("Peyton Manning" ORG in 8, PERSON in 7), and no majority can then say which kind the entity
# is; a name tagged PERSON that is no one's (a dateline's agency "Meridian Wire") is repaired in the
# article instead, and a person's name tagged otherwise joins by ``person_key_of_mislabelled``.
_SAME_NAME_KINDS = ("ORG", "GPE", "NORP", "FAC", "PRODUCT")


def same_name_keys(e: Entity) -> list[str]:
    """The keys the same name of two or more words has under the other kinds the model confuses
    (ORG, place, NORP, FAC, PRODUCT): such a name tagged NORP in one article and ORG in another is
    one entity, of the kind most of its members carry. Not a name opening with a given name the
    lexicon knows ("Walt Disney" the man, "Walt Disney" the company), nor a country's institution
    ("Supreme Court (Uganda)"); a one-word name is no evidence (see ``lone_word_home``)."""
    if e.kind not in {*_SAME_NAME_KINDS, "LOC"} or institution_of_country(e.name) is not None:
        return []
    words = fold(strip_possessive(e.name)).replace("-", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 2 or is_given_name(words[0]):
        return []
    own = canonical_key(e.name, e.kind)
    out: list[str] = []
    for kind in _SAME_NAME_KINDS:
        k = canonical_key(e.name, kind)
        if k != own and k not in out and len(k.split(":", 1)[1].split()) >= 2:
            out.append(k)
    return out


# The kinds a one-word PERSON with no person of that name in the corpus may be folded into, in order:
# a known place first, then exactly one known body, facility or product of that name.
_LONE_WORD_KINDS = ("ORG", "FAC", "PRODUCT")


def lone_word_home(kind: str, names: Iterable[str], index: Mapping[str, str]) -> str | None:
    """The key of the known non-person entity a one-word PERSON entity names (every name it goes by
    one word): a place (``place_of_lone_word``), else the one organisation, facility or product of
    that name ("Brastenergo" PERSON in one report, ORG in three). The caller checks that no full name
    carries the word, that no one uses it as a given name and, for a non-place, that the thing has
    more article entities than the person."""
    if (place := place_of_lone_word(kind, names, index)) is not None:
        return place
    keys = {canonical_key(n, "PERSON") for n in names}
    if kind != "PERSON" or len(keys) != 1 or len((word := next(iter(keys)).split(":", 1)[1]).split()) != 1:
        return None
    hits = [k for k in (canonical_key(word, other) for other in _LONE_WORD_KINDS) if k in index]
    return hits[0] if len({index[k] for k in hits}) == 1 else None


def place_of_lone_word(kind: str, names: Iterable[str], index: Mapping[str, str]) -> str | None:
    """The place key of a one-word PERSON entity (every name it goes by one word), where a place of
    that name is known ("Mirenza" tagged PERSON in one report, a city GPE in the others): the small
    model tags a lone unfamiliar place as a person, and with no person of that name in the corpus
    (the caller checks full names) the known place is the likelier reading. None when no such place
    is known."""
    keys = {canonical_key(n, "GPE") for n in names}
    if kind != "PERSON" or len(keys) != 1 or len((key := next(iter(keys))).split(":", 1)[1].split()) != 1:
        return None
    return key if key in index else None


_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "la", "&"})


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _acronym_of(acronym: str, name: str) -> bool:
    """"EU" of "European Union", "ISIS" of "Islamic State of Iraq and Syria"."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _ACRONYM_SKIP]
    return len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym.replace(".", "").replace(" ", "")


def _is_surname_only(e: Entity) -> bool:
    """A person named by the surname alone, or with its particle only ("al-Sharaa", "Bin Salman")."""
    return e.kind == "PERSON" and (len(canonical_key(e.name, e.kind).split(":", 1)[1].split()) == 1
                                   or particle_surname(e.name) is not None)


def _surname_key(e: Entity) -> str:
    """The surname key of a surname-only person: "al-Sharaa" -> "sharaa" (the particle goes, as
    the full name "Ahmed al-Sharaa" keys its surname on its last word)."""
    rest = particle_surname(e.name)
    return canonical_key(rest if rest is not None else e.name, "PERSON").split(":", 1)[1]


def merge_entities(local: Iterable[tuple[str, Entity]], known: Mapping[str, Entity] | None = None) -> LinkResult:
    """Merge article-local entities (``(article_id, entity)`` pairs) into corpus-level entities.

    ``known`` holds the global entities already stored, by id; they are extended, never split.
    Processing order is fixed (article id, then local id), so the same input gives the same output.
    """
    known = dict(known or {})
    accs: dict[str, _Acc] = {}
    index: dict[str, str] = {}
    # A person written with a middle name ("Hillary Rodham Clinton") is the person written without
    # it ("Hillary Clinton"), whichever comes first; two middle names on one short name are not joined.
    short_names: set[str] = set()  # keys of two-word full names in use
    with_middle: dict[str, set[str]] = {}  # short key -> the entities whose name has a middle part
    middles_of: dict[str, set[tuple[str, ...]]] = {}  # entity -> the middle names it was written with

    def note_names(e: Entity, gid: str) -> None:
        if e.kind != "PERSON":
            return
        for n in (e.name, *e.aliases):
            k = canonical_key(n, "PERSON")
            if len(k.split()) == 2 or (len(k.split()) == 3 and is_name_suffix(k.split()[-1])):
                short_names.add(k)
            if (short := _without_middle(n)) is not None:
                with_middle.setdefault(short, set()).add(gid)
                middles_of.setdefault(gid, set()).add(_middle(n))

    def middle_fits(e: Entity, gid: str) -> bool:
        """Whether no other middle name was seen on the entity ("Mary Ann Smith" is no "Mary Beth Smith")."""
        return middles_of.get(gid, set()) <= {_middle(e.name)}

    for gid in sorted(known):
        e = known[gid]
        m = int(e.reason.split()[2]) if e.reason.startswith("merged from ") and e.reason.split()[2].isdigit() else 1
        accs[gid] = _Acc(gid, e.kind, list(e.aliases) or [e.name], list(e.roles), m, [e.name] * m, [e.kind] * m)
        for k in _keys(e):
            index.setdefault(k, gid)
        note_names(e, gid)
    touched: set[str] = set()
    mapping: dict[str, str] = {}
    merges: list[Merge] = []
    reasons: dict[str, str] = {}

    def attach(article_id: str, e: Entity, gid: str, key: str, reason: str) -> None:
        if gid in accs:
            acc = accs[gid]
            merges.append(Merge(e.id, article_id, gid, reason))
            acc.members += 1
        else:
            acc = accs[gid] = _Acc(gid, e.kind, [], [], 1)
        acc.names.extend([e.name, *e.aliases])
        acc.heads.append(e.name)
        acc.kinds.append(e.kind)
        acc.roles.extend(e.roles)
        mapping[e.id] = gid
        reasons[e.id] = reason if gid in accs and acc.members > 1 else f"new entity: {reason}"
        touched.add(gid)

    items = sorted(local, key=lambda p: (p[0], p[1].id))
    surname_only = [(a, e) for a, e in items if _is_surname_only(e)]
    for article_id, e in items:
        if _is_surname_only(e):
            continue
        keys = _keys(e)
        own = canonical_key(e.name, e.kind)
        as_person = person_key_of_mislabelled(e)
        if own not in index and as_person is not None and as_person in index:
            attach(article_id, e, index[as_person], as_person,
                   f"'{e.name}' ({e.kind} here) is the full name of a known person")
            continue
        as_other = other_kind_key(e)
        if own not in index and as_other is not None and as_other in index:
            attach(article_id, e, index[as_other], as_other,
                   f"'{e.name}' ({e.kind} here) is the name of a known {accs[index[as_other]].kind} (the model confuses the two)")
            continue
        same = sorted({index[k] for k in same_name_keys(e) if k in index}) if own not in index else []
        if len(same) == 1:
            known_as = accs[same[0]].entity()
            attach(article_id, e, same[0], own,
                   f"'{e.name}' ({e.kind} here) is the name of a known {known_as.kind} '{known_as.name}': one name of "
                   "several words, no given name first, is one entity whatever kind the model gave it")
        elif own in index and e.kind == "PERSON" and _initials_conflict(e, accs[index[own]]):
            inits = " ".join(sorted(next(iter({_initials(n) for n in (e.name, *e.aliases)} - {frozenset()}))))
            own = f"{own} [{inits}]"
            attach(article_id, e, index.get(own, global_entity_id(own)), own,
                   f"same key '{own}' (middle initials differ from {accs[index[own.split(' [')[0]]].entity().name})")
        elif own in index:
            attach(article_id, e, index[own], own, f"same key '{own}'")
        else:
            hits = sorted({index[k] for k in keys if k in index})
            short = _without_middle(e.name) if e.kind == "PERSON" else None
            middles = sorted(with_middle.get(own, ())) if e.kind == "PERSON" else []
            if len(hits) == 1:
                alias_key = next(k for k in keys if k in index)
                attach(article_id, e, hits[0], own, f"alias key '{alias_key}' matches")
            elif len(hits) > 1 and short is not None and index.get(short) in hits:
                # "Frederick Cheney LaRue", written "Fred LaRue" too in its article, meets both the
                # known "Fred LaRue" and "Frederick C. LaRue": its own name without the middle one decides
                attach(article_id, e, index[short], short, f"'{e.name}' is '{accs[index[short]].entity().name}' "
                                                            "with a middle name (its other names match several)")
            elif not hits and short is not None and short in short_names and short in index and middle_fits(e, index[short]):
                attach(article_id, e, index[short], short, f"'{e.name}' is '{accs[index[short]].entity().name}' "
                                                            "with a middle name")
            elif not hits and len(middles) == 1:
                attach(article_id, e, middles[0], own, f"'{e.name}' is '{accs[middles[0]].entity().name}' "
                                                       "without its middle name")
            else:
                attach(article_id, e, global_entity_id(own), own, f"same key '{own}'")
        for k in keys:
            index.setdefault(k, mapping[e.id])
        note_names(e, mapping[e.id])

    # The index is complete from here on: who carries each surname is read once, not per mention.
    by_surname: dict[str, set[str]] = {}
    for k, gid in index.items():
        if k.startswith("person:") and len(k.split()) >= 2:
            words = k.split(":", 1)[1].split()
            if is_name_suffix(words[-1]) and f"person:{' '.join(words[:-1])}" in index:
                continue  # beside "Donald Trump", a bare "Trump" is not "Donald Trump Jr."
            by_surname.setdefault(surname_of(words), set()).add(gid)

    def full_names_with(surname: str) -> list[str]:
        return sorted(by_surname.get(surname, ()))

    given = {k.split(":", 1)[1].split()[0] for k in index if k.startswith("person:") and len(k.split()) >= 2}
    for article_id, e in surname_only:
        own = canonical_key(e.name, e.kind)
        surname = _surname_key(e)
        fulls = full_names_with(surname)
        if surname in given:
            # "John" or "Mark" alone: the corpus uses it as a given name too, so it is no evidence.
            attach(article_id, e, global_entity_id(own), own, f"'{e.name}' is also a given name in the corpus: kept apart")
        elif len(fulls) == 1:
            attach(article_id, e, fulls[0], own,
                   f"surname '{e.name}' matches exactly one known full name: {accs[fulls[0]].entity().name}")
        elif fulls:
            names = ", ".join(sorted(accs[g].entity().name for g in fulls))
            attach(article_id, e, global_entity_id(own), own, f"ambiguous surname '{e.name}' ({names}): kept apart")
        else:
            attach(article_id, e, global_entity_id(own), own, f"same key '{own}'")

    redirects: dict[str, str] = {}

    def fold_into(gid: str, home: str, why: str) -> None:
        """A known entity turned out to be another one: its names, roles and members go there."""
        redirects[gid] = home
        target = accs[home]
        target.names.extend(accs[gid].names)
        target.roles.extend(accs[gid].roles)
        target.members += accs[gid].members
        target.heads.extend(accs[gid].heads)
        target.kinds.extend(accs[gid].kinds)
        touched.add(home)
        merges.append(Merge(gid, "", home, f"{why}: {target.entity().name}"))

    for gid in sorted(known):
        e = known[gid]
        if not _is_surname_only(e):
            continue
        fulls = full_names_with(_surname_key(e))
        if len(fulls) == 1 and fulls[0] != gid:
            fold_into(gid, fulls[0], f"surname-only entity '{e.name}' now matches exactly one full name")
    # "López Obrador" after "Andrés Manuel López Obrador" in another report: a two-word person whose
    # first word no one uses as a given name is a compound surname, and joins the one longer full name
    # that ends with both words (the in-article rule, compound_surname, does this within a report).
    by_last_two: dict[str, set[str]] = {}
    first_words: dict[str, set[str]] = {}  # who writes each word first in a name of several
    for k, gid in index.items():
        words = k.split(":", 1)[1].split() if k.startswith("person:") else []
        if len(words) >= 3:
            by_last_two.setdefault(" ".join(words[-2:]), set()).add(redirects.get(gid, gid))
        if len(words) >= 2:
            first_words.setdefault(words[0], set()).add(gid)
    for gid in sorted(set(known) | touched):
        acc = accs[gid]
        if gid in redirects or acc.kind != "PERSON":
            continue
        words = canonical_key(acc.entity().name, "PERSON").split(":", 1)[1].split()
        if len(words) != 2 or first_words.get(words[0], set()) - {gid} or is_given_name(words[0]):
            continue
        longer = sorted(by_last_two.get(" ".join(words), set()) - {gid})
        if len(longer) == 1:
            fold_into(gid, longer[0], f"'{acc.entity().name}' is the compound surname of exactly one known full name")
    # A one-word PERSON that no full name carries (nor uses as a given name), named as a known place, is
    # that place; folded here, after every article of the batch, so that the result does not depend on
    # which batch the place came in.
    # The same for a known organisation, facility or product of that name that more article entities
    # carry ("Dell" ORG in two reports, PERSON in one): with no person of that name and the majority
    # for the thing, the thing is the likelier reading (one ORG "Ford" and one PERSON "Ford" stay apart).
    for gid in sorted(set(known) | touched):
        acc = accs[gid]
        if gid in redirects or (found := lone_word_home(acc.kind, acc.names, index)) is None:
            continue
        home = redirects.get(index[found], index[found])
        lone = acc.entity()
        word = _surname_key(lone)
        place = found.startswith("place:")
        if home != gid and accs[home].kind != "PERSON" and not full_names_with(word) and word not in given and (
                place or accs[home].members > acc.members):  # a body, facility or product: more reports say so
            what = "place" if place else f"{accs[home].kind} ({accs[home].members} article entities to {acc.members})"
            fold_into(gid, home, f"'{lone.name}' (PERSON here, no person of that name known) is a known {what}")
            accs[home].kinds[-acc.members:] = [accs[home].kind] * acc.members  # it stays what it was
    # An acronym kept as its own entity ("EU", seen before any article spelt it out) belongs to the
    # one entity of its kind a text has now joined it to ("European Union", aliases "EU"): the
    # acronym must be that name's initials, so a short form that is only a word of it ("Trump" of
    # "Trump Organization") is never folded in this way.
    full_keys = {gid: set(_keys(accs[gid].entity())) for gid in sorted(touched) if gid not in redirects}
    for gid in sorted(set(known) | touched):
        if gid in redirects or accs[gid].kind == "PERSON":
            continue
        short = accs[gid].entity()
        own_keys = set(_keys(short))
        if len(own_keys) != 1 or not _is_acronym(short.name):
            continue
        homes = [t for t, keys in full_keys.items() if t != gid and own_keys < keys
                 and any(_acronym_of(short.name, n) for n in (accs[t].entity().name, *accs[t].names))]
        if len(homes) == 1:
            fold_into(gid, homes[0], f"acronym entity '{short.name}' is spelt out in an article as")
    # Local entities this batch put on a redirected surname or acronym entity follow it.
    for lid, gid in list(mapping.items()):
        if gid in redirects:
            mapping[lid] = redirects[gid]
    merges = [Merge(m.local_id, m.article_id, redirects[m.global_id], m.reason)
              if m.global_id in redirects and m.local_id not in redirects else m for m in merges]
    entities = {gid: accs[gid].entity() for gid in sorted(touched) if gid not in redirects}
    return LinkResult(entities, dict(sorted(mapping.items())), tuple(merges), redirects, dict(sorted(reasons.items())))
