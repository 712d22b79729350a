"""Bare numbers that count people: the verb or state word that says so ("Floods kill at least 40",
"12 dead"; lexicons/figure_person_verbs.txt, figure_person_states.txt) and the crowd a verb of
attending or marching sizes ("20,000 attended"; lexicons/figure_crowd_verbs.tsv), which
``storyline.link.conflicts`` reads too.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import data_lines, listed_key, word_list


@cache
def _crowd_verbs() -> dict[str, str]:
    """lexicons/figure_crowd_verbs.tsv: verb lemma -> the crowd noun its bare subject sizes."""
    return {verb.strip().lower(): noun.strip() for verb, _, noun in
            (line.partition("\t") for line in data_lines("figure_crowd_verbs.tsv"))}


def crowd_of_verb(verb: Token) -> str | None:
    """The crowd a bare number sizes when it is the subject of a verb of attending or marching
    ("20,000 attended" -> "attendance", "thousands marched" -> "crowd", "more than 8,000 had turned
    out" -> "crowd"), so that the figure has a subject to be compared with another source's "the
    crowd at 8,000"; a phrasal verb is read with its particle. None for other verbs."""
    key = listed_key(verb, _crowd_verbs())  # "turn" alone sizes nothing ("the talks turned sour")
    return _crowd_verbs()[key] if key is not None else None


def crowd_verb_stems() -> frozenset[str]:
    """Stems of the verbs of lexicons/figure_crowd_verbs.tsv, to know an event trigger as written
    ("marched", "rallied", "protesting") for one of them: the lemma less a final "e" or "y". A verb
    listed with its object ("take part") is no event's trigger."""
    return frozenset(verb.rstrip("ey") for verb in _crowd_verbs() if " " not in verb)


def crowd_of_clause(noun: Token) -> str | None:
    """The crowd a counted noun sizes as the subject of a verb of attending or marching, read with
    its object where the lexicon lists one ("15,000 people took part", "5,000 people marched"):
    "attendance" or "crowd", so that the police's count of the people who took part is compared
    with the organisers' size of the march. None for other verbs."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if (crowd := _crowd_verbs().get(f"{lemma} {obj.lower_}")) is not None:
            return crowd
    return crowd_of_verb(verb)


# Verbs whose bare number object is the people an event brought out: "the march drew 250,000",
# "the rally attracted about 5,000". What is drawn is named when it is not people ("drew 300
# comments"), so a number standing alone there counts the crowd.
_DRAWING_VERBS = frozenset({"draw", "attract"})


def drawn_crowd(doc: Doc, last: int) -> Token | None:
    """The verb a bare number is the object of when it counts the people an event drew ("the march
    drew 250,000"); None otherwise, or when a noun follows the number ("drew 300 comments")."""
    tok = doc[last]
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
        return None
    verb = tok.head
    return verb if tok.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _DRAWING_VERBS else None


def _people_verb(doc: Doc, last: int) -> Token | None:
    """The word that makes a bare number a count of people: a verb ("Floods kill at least 40",
    "killed 10 and injured 44", "at least 12 were arrested", "at least 3 killed";
    lexicons/figure_person_verbs.txt) whose object or (passive) subject the number is, or a state
    word right after it ("12 dead", "dozens missing"; lexicons/figure_person_states.txt). Only for
    a number with no noun of its own."""
    tok = doc[last]
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    # "left tens of thousands displaced": after "leave" the state is the object's, wherever the
    # parser hangs it
    if nxt is not None and nxt.lower_ in word_list("figure_person_states.txt") and (
            tok.head.i == nxt.i or nxt.head.i == tok.i or (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "leave")):
        return nxt  # "12 dead, 30 injured", "dozens missing"
    after = doc[last + 2] if last + 2 < len(doc) else None
    if nxt is not None and after is not None and nxt.lower_ in word_list("figure_state_hedges.txt") \
            and after.lower_ in word_list("figure_person_states.txt"):
        return after  # "42 confirmed dead", "dozens feared dead"
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
        return None
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.pos_ == "VERB" and (verb.lemma_.lower() in word_list("figure_person_intransitive.txt")
                                                       or crowd_of_verb(verb) is not None):
        return verb  # "dozens died", "four of the wounded died", "20,000 attended" (figure_crowd_verbs.tsv)
    # headlines drop the auxiliary: "at least 3 killed" parses the count as the participle's subject
    headline_passive = tok.dep_ == "nsubj" and verb.tag_ in {"VBN", "VBD"} and not any(
        c.dep_ == "dobj" for c in verb.children)
    if (tok.dep_ not in {"dobj", "nsubjpass"} and not headline_passive) or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in word_list("figure_person_verbs.txt") else None
