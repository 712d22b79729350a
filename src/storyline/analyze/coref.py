"""Definite descriptions and pronouns joined to the people an article names.

Both rules are deliberately conservative: a wrong join puts words in the wrong mouth, which is
worse for an analyst than a missing one. A description ("the Russian leader") joins only when the
roles the article itself states make exactly one person fit; a pronoun joins only when one person
is the obvious subject antecedent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import doc_text
from storyline.analyze.names import fold, is_institution_word, lexicons, place_key

PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
_OBJECT_PRONOUNS = {"him", "her"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Modifiers that grade a role without naming it ("the top diplomat"): they never block a match.
_GRADING = {"top", "senior", "chief", "main", "leading", "powerful", "veteran", "longtime",
            "long-serving", "current", "sitting", "country", "nation", "'s", "’s"}


# Role nouns that name a person only with their "of" complement ("the head of the agency").
_ONLY_WITH_OF = {"head"}


@dataclass(frozen=True, slots=True)
class Person:
    """A person entity of the article, as the coreference rules need it."""

    entity_id: str
    name: str
    roles: tuple[str, ...]  # titles as stated in this article


@dataclass(frozen=True, slots=True)
class Anchor:
    """A resolved PERSON mention that a later pronoun may refer back to."""

    start: int  # token indices, end exclusive
    end: int
    entity_id: str
    root: int  # token index of the mention's syntactic head


@dataclass(frozen=True, slots=True)
class Resolved:
    start: int  # token indices, end exclusive
    end: int
    entity_id: str
    reason: str


# Words that make a role a different, lower office: a "Deputy Mayor" is not "the mayor", an
# "Assistant Secretary" not "the secretary". A description fits such a role only when it says so too.
# ("former" is left out: a story about a former attorney general calls him "the attorney general".)
_RANK = {"deputy", "vice", "assistant", "associate", "sub", "under", "lieutenant"}


def _title_words(title: str) -> list[str]:
    """The folded words of a stated title with abbreviations spelt out ("Gov." -> governor), so a
    description written in full ("the governor") meets the title as the article abbreviated it."""
    spelt = lexicons().title_abbreviations
    return [spelt.get(w, w) for w in fold(title).split()]


def stated_heads(persons: Iterable[Person]) -> frozenset[str]:
    """The head nouns of the titles the article states for its people ("Sheriff", "Fire Chief" ->
    sheriff, chief): a plain "the sheriff" then refers to the one person it titled so, even where the
    role-family lexicon lists no such head. Only a title whose head word is capitalised counts: that
    is an office written as a title ("Sheriff Tomas Ferrer", "Judge"), which one person holds; a
    lower-case occupation ("film director Catherine Hardwicke", "RBC analyst") is shared by others
    the article may not title ("the director" of the sequel is often someone else). Forms of
    address (Mr., Dr.) are no roles."""
    lex = lexicons()
    out: set[str] = set()
    for p in persons:
        for title in p.roles:
            words = _title_words(title)
            if not words or not title.split()[-1][:1].isupper():
                continue
            if words[-1] in lex.titles and words[-1] not in lex.courtesy_titles:
                out.add(words[-1])
    return frozenset(out)


def _role_matches(head: str, modifiers: Sequence[str], title: str) -> bool:
    words = _title_words(title)
    said = {fold(m) for m in modifiers} | {head}
    if any(w in _RANK and w not in said for w in words[: max(len(words) - 1, 0)]) or any(
        w.startswith("vice-") and w not in said for w in words
    ):
        return False  # "the mayor" is not the Deputy mayor
    keys = set(words) | {place_key(w) for w in words}
    phrases = set(lexicons().role_families.get(head, ())) | {head}
    joined = f" {' '.join(words)} "
    if not any(f" {p} " in joined for p in phrases):
        return False
    for m in modifiers:
        fm = fold(m)
        if fm in _GRADING:
            continue
        if fm not in keys and place_key(m) not in keys:
            return False
    return True


def _description_at(doc: Doc, head: Token) -> tuple[int, int, list[str]] | None:
    """The token range and modifiers of "the [modifiers] HEAD [of PLACE]", if ``head`` ends one."""
    if head.tag_ not in {"NN", "NNP"}:
        return None
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return None  # a title before a name: the name is the mention
    if nxt is not None and nxt.text in {"-", "‑"} and not head.whitespace_:
        return None  # "the president-elect": another office than the president's
    if head.dep_ == "attr":
        return None  # "Blackmore, who is the leader of ...": said of the subject, it refers to no one else
    if head.lower_ in _ONLY_WITH_OF and (nxt is None or nxt.lower_ != "of"):
        return None  # "the back of the head": a body part unless "the head of" something
    modifiers: list[str] = []
    i = head.i - 1
    lex = lexicons()
    while i >= 0 and head.i - i <= 5:
        tok = doc[i]
        if tok.lower_ == "the":
            break
        allowed = (
            tok.text[:1].isupper()
            or tok.lower_ in lex.title_modifiers
            or tok.lower_ in lex.titles
            or tok.lower_ in _GRADING
        )
        if not allowed or tok.is_punct and tok.text not in {"'s", "’s"}:
            return None
        modifiers.insert(0, tok.text)
        i -= 1
    if i < 0 or doc[i].lower_ != "the" or head.i - i > 5:
        return None
    end = head.i + 1
    if nxt is not None and nxt.lower_ == "of" and head.i + 2 < len(doc):
        place = doc[head.i + 2]
        if place.ent_type_ in {"GPE", "NORP", "ORG"} or lex.places.get(fold(place.text)):
            modifiers.append(place.text)
            end = head.i + 3
    return i, end, modifiers


def _names_a_body(doc: Doc, end: int, family_head: bool) -> bool:
    """Whether a description ending before token ``end`` is the possessive of a body rather than a
    person: "the sheriff's department", "the governor's office said". A head known only from the
    article's titles is left alone in any possessive ("the sheriff's boxing team", "the director's
    chair" are the office's more often than the person's)."""
    if end >= len(doc) or doc[end].tag_ != "POS":
        return False
    if not family_head:
        return True
    return end + 1 < len(doc) and is_institution_word(doc[end + 1].text)


def find_descriptions(doc: Doc, persons: Iterable[Person], taken: set[int]) -> list[Resolved]:
    """Definite descriptions whose role words fit exactly one person's stated roles.

    ``taken`` holds token indices already inside names or roles; descriptions never overlap them.
    """
    people = [p for p in persons if p.roles]
    families = lexicons().role_families
    heads = set(families) | stated_heads(people)
    out: list[Resolved] = []
    for tok in doc:
        head = tok.lower_
        if head not in heads or tok.i in taken:
            continue
        found = _description_at(doc, tok)
        if found is None:
            continue
        start, end, modifiers = found
        if any(i in taken for i in range(start, end)) or _names_a_body(doc, end, head in families):
            continue
        fits = []
        for person in people:
            title = next((r for r in person.roles if _role_matches(head, modifiers, r)), None)
            if title is not None:
                fits.append((person, title))
        if len(fits) != 1:
            continue
        person, title = fits[0]
        text = doc[start:end].text
        out.append(Resolved(start, end, person.entity_id,
                            f"title '{text}' matches role '{title}' of {person.name}"))
    return out


def sentence_starts(doc: Doc) -> list[int]:
    """The first token index of each sentence, for every token (Token.sent is slow: it rescans)."""
    starts: list[int] = []
    current = 0
    for sent in doc.sents:
        current = sent.start
        starts.extend([current] * (sent.end - sent.start))
    return starts


def _inside_quote(text: str, at: int) -> bool:
    """Whether offset ``at`` lies inside a direct quotation of its paragraph."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    if para.rfind("“") > para.rfind("”"):
        return True
    return para.count('"') % 2 == 1


def _is_ancestor(anc: Token, tok: Token) -> bool:
    return any(a.i == anc.i for a in tok.ancestors)


def _local_verbs(pronoun: Token) -> set[int]:
    """The verbs whose subject an object pronoun cannot stand for: its own verb, and the verbs whose
    subject is also the subject of that verb, through an infinitive or a participle clause with no
    subject of its own ("tried to stop him", "fired at Riva, hitting him": whoever tried or fired
    is not him)."""
    verbs = {pronoun.head.i}
    verb = pronoun.head
    while (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"})) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ) and verb.head.i != verb.i:
        verb = verb.head
        verbs.add(verb.i)
    return verbs


def resolve_pronouns(
    doc: Doc, anchors: Sequence[Anchor], names: dict[str, str], genders: dict[str, str],
    starts: Sequence[int] | None = None,
) -> list[Resolved]:
    """Third-person singular pronouns joined to the nearest preceding compatible PERSON subject.

    The window is the pronoun's own sentence (before it) and the previous sentence. A subject of a
    clause that contains the pronoun ("Trump said he ...") wins outright; otherwise the window must
    hold exactly one compatible person, else the pronoun stays unresolved. ``genders`` (entity id
    -> m/f, from gendered titles) is updated as pronouns resolve, so "she" never joins a person
    already referred to as "he".
    """
    genders = dict(genders)
    text = doc_text(doc)
    everyone = list(anchors)
    starts = starts if starts is not None else sentence_starts(doc)
    subjects = sorted((a for a in anchors if doc[a.root].dep_ in _SUBJECT_DEPS), key=lambda a: a.start)
    out: list[Resolved] = []
    for tok in doc:
        gender = PRONOUN_GENDER.get(tok.lower_)
        if gender is None or tok.pos_ != "PRON":
            continue
        sent_start = starts[tok.i]
        prev_start = starts[sent_start - 1] if sent_start > 0 else sent_start
        window = [a for a in subjects if prev_start <= a.start and a.end <= tok.i]
        compatible = []
        for a in window:
            if genders.get(a.entity_id, gender) != gender:
                continue
            if tok.lower_ in _OBJECT_PRONOUNS and doc[a.root].head.i in _local_verbs(tok):
                continue  # "Putin told him", "Kafoury tried to stop him": him is not the subject
            compatible.append(a)
        if not compatible:
            continue
        governing = [a for a in compatible if a.start >= sent_start and _is_ancestor(doc[a.root].head, tok)]
        if governing:
            chosen = governing[-1]
        elif len({a.entity_id for a in compatible}) == 1:
            chosen = compatible[-1]
        else:
            continue
        if _inside_quote(text, tok.idx):
            continue  # in a direct quote "she" is rarely the reporter's subject
        if any(a.entity_id != chosen.entity_id and chosen.end <= a.start and a.end <= tok.i
               and genders.get(a.entity_id, gender) == gender for a in everyone):
            continue  # another person named in between: too close to call
        genders.setdefault(chosen.entity_id, gender)
        out.append(Resolved(tok.i, tok.i + 1, chosen.entity_id,
                            f"pronoun: nearest preceding compatible PERSON subject ({names[chosen.entity_id]})"))
        if tok.dep_ in _SUBJECT_DEPS:
            subjects.append(Anchor(tok.i, tok.i + 1, chosen.entity_id, tok.i))
            subjects.sort(key=lambda a: a.start)
    return out
