"""Noun phrases read off the parse or the words: a phrase up to its head, a phrase without its
relative clauses or a dateline, the head noun of a phrase, the noun a possessor belongs to, and
the verb whose subject a verb shares. Units, subjects, fractions and ratios all name things so.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.datelines import dateline_end
from storyline.analyze.nlp import doc_text

_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def _head_phrase(tok: Token) -> str:
    """The noun phrase up to its head ``tok``, without what follows it: "a loss" of "a loss of 31
    million euros", "adjusted earnings"."""
    left = [t for c in tok.lefts for t in c.subtree]
    start = min([t.idx for t in left] + [tok.idx])
    return doc_text(tok.doc)[start : tok.idx + len(tok)]


def _subject_verb(verb: Token) -> Token:
    """The verb whose subject is ``verb``'s: itself, or for an infinitive without a subject of its
    own the verb it completes ("defence spending set to rise to 2.5%": the spending rises)."""
    cur = verb
    for _ in range(3):
        if cur.dep_ != "xcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children):
            break
        cur = cur.head
    return cur


def _phrase(tok: Token, before: Token | None = None) -> str | None:
    """The noun phrase of ``tok`` without its relative clauses, and ending before ``before`` (an "at"
    phrase the parser hung inside it); None when it is only a dateline the parser made the clause's
    subject ("KYIV, March 5 - The death toll ... rose to 15")."""
    toks = [t for t in tok.subtree if not (t.dep_ in {"relcl", "punct"} and t.head.i == tok.i and t.i > tok.i)
            and (before is None or t.i < before.i)]
    kept = [t for t in toks if t.i <= tok.i or not (t.dep_ == "relcl" or any(a.dep_ == "relcl" for a in t.ancestors if a.i > tok.i))]
    if not kept:
        return None  # the whole phrase lies after ``before``: no phrase of it comes first
    text = doc_text(tok.doc)
    s, e = kept[0].idx, kept[-1].idx + len(kept[-1])
    if (dateline := dateline_end(text, s)) is not None and dateline > s:
        if dateline >= e:
            return None  # the dash follows the phrase: it is all dateline
        s = dateline
    return text[s:e]


def _noun_phrase_end(doc: Doc, k: int) -> Token | None:
    """The head noun of the noun phrase opening at token ``k``, read off the words ("the country's
    9.2 million households" -> "households"): the last noun of the first run of words that can
    stand inside a noun phrase (determiners, possessives, numbers, adjectives, nouns); None if none."""
    last = None
    for t in doc[k : k + 10]:
        if t.pos_ in {"NOUN", "PROPN"}:
            last = t
        elif not (t.pos_ in {"DET", "NUM", "ADJ", "PART"} or t.tag_ in {"PRP$", "POS"}):
            break
    return last


def _possessed(tok: Token) -> Token:
    """The noun a possessor belongs to: "country" in "the country's households" -> "households"."""
    while tok.dep_ == "poss" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _noun_after(doc: Doc, last: int) -> str | None:
    """The noun phrase right after a number, up to its head: "10 Iowa Republicans" -> "Iowa
    Republicans"; None when no noun follows."""
    j = last + 1
    while j < len(doc) and doc[j].pos_ in {"NOUN", "PROPN", "ADJ"}:
        if doc[j].dep_ not in {"compound", "amod", "nmod"} or doc[j].head.i <= j:
            return doc_text(doc)[doc[last + 1].idx : doc[j].idx + len(doc[j])] if doc[j].pos_ != "ADJ" else None
        j += 1
    return None
