"""Reporting clauses set around the clause they report, which the parser often hangs in the wrong
place: inverted ('"...," said Robin Maynard, half joking', '..., said Alan Abramowitz, a
demographer'), parenthetical ('But with each passing contest, these supporters acknowledge, it
becomes harder ...', '..., his top aide, Tad Devine, told The Huffington Post.') and comparative
('turnout was higher than most analysts had forecast'). The verb rules (verbs.py) ask these
functions for the speaker or the content when the parse gives none they can use."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    ADDRESSEE_VERBS,
    DEMONSTRATIVES,
    MAX_SPEAKER_TOKENS,
    OWN_CONTENT_DEPS,
    SUBJECT_DEPS,
    _clip_to_paragraph,
    _strip,
    _subtree_chars,
)
from storyline.analyze.attribution.cues import cue_lexicon
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


INVERTED_CUE_TAGS = frozenset({"VBD", "VBZ"})  # "..., said Smith", "..., says Smith"
# Stances of verbs that invert after a reported clause ("..., said Smith", "..., reported the
# Examiner", "..., warned Jones"); a judgement ("..., endorsed Sanders") takes its object there.
INVERTING_STANCES = frozenset({"neutral", "argument", "distancing", "warning", "question", "concession", "estimate"})
SPEAKER_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON"})


def _speaker_after_cue(doc: Doc, verb: Token, regions: Sequence[QuoteRegion]) -> Token | None:
    """'"I'm more skilled with my hands," said Robin Maynard, half joking': in an inverted
    reporting clause the speaker follows the cue, and the parse often hangs the name on something
    else (a participle after it, the next sentence). When the cue stands right after the closing
    mark of a quotation (only a comma between) and a short name phrase follows it up to a comma or
    the end of the sentence, that phrase is the speaker. Returns the head of the name phrase."""
    if verb.tag_ not in INVERTED_CUE_TAGS or verb.i == 0:
        return None
    text = doc_text(doc)
    before = [r for r in regions if r.end <= verb.idx]
    after_quote = bool(before) and not text[before[-1].end : verb.idx].strip(" ,\u00a0")
    # '... is “central” to the platform for the first time, reported the Washington Examiner.':
    # a comma before the cue opens an inverted reporting clause as a closing mark does.
    cue = cue_lexicon().get((verb.lemma_.lower(), "VERB"))
    after_comma = (doc[verb.i - 1].text == "," and "\n" not in text[verb.sent.start_char : verb.idx]
                   and cue is not None and cue.stance in INVERTING_STANCES)
    if not (after_quote or after_comma):
        return None
    chunk: list[Token] = []
    for t in doc[verb.i + 1 : verb.i + 2 + MAX_SPEAKER_TOKENS]:
        if t.is_punct and t.text not in {".", "'"} or t.is_space or (t.text == "." and not chunk):
            break
        if t.text == "." and t.i + 1 < len(doc) and (doc[t.i + 1].is_space or doc[t.i + 1].is_punct):
            break  # the sentence's full stop, not an initial's
        chunk.append(t)
    if not chunk or len(chunk) > MAX_SPEAKER_TOKENS:
        return None
    if any(t.head.i == verb.i and t.dep_ in {"dobj", "dative", "attr", "oprd", "ccomp", "xcomp"} for t in chunk):
        return None  # "Erin Brockovich, the activist, endorsed Sanders": the name is the object
    if any(t.pos_ not in SPEAKER_NAME_POS and t.text not in {".", "'"} for t in chunk) or chunk[0].lower_ in DEMONSTRATIVES:
        return None
    heads = [t for t in chunk if t.pos_ in {"PROPN", "NOUN"} or (t.pos_ == "PRON" and t.lower_ in {"he", "she", "they"})]
    return heads[-1] if heads else None


def _finite_read_as_participle(verb: Token) -> bool:
    """'..., the Institute for the Study of War assessed on Sunday': after a long name the tagger
    often reads a past tense as a participle; one with a subject of its own (not a passive one)
    and no auxiliary is the finite verb of a reporting clause."""
    return (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in verb.children))


def _date_phrase(prep: Token) -> bool:
    """'officials said on Sunday': a prepositional phrase that only dates the report is no content."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} for o in objs)


def _bare_reporting_advcl(verb: Token) -> bool:
    """'But with each passing contest, these supporters acknowledge, it becomes harder ...', '...
    to the convention, his top aide, Tad Devine, told The Huffington Post.': a finite reporting
    clause with its own subject, no conjunction and no content of its own, set off by a comma from
    the clause it reports, which the parser hung on that clause as an adverbial clause, a conjoined
    verb or a complement (it is a parenthetical, like "..., officials said")."""
    if verb.dep_ not in {"advcl", "conj", "ccomp"} or not (verb.tag_ in {"VBD", "VBZ", "VBP"} or _finite_read_as_participle(verb)):
        return False
    if verb.dep_ != "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and _reports_its_complement(verb.head, verb):
        # '"The water came at night. Nobody warned us," he said.': a clause that a following
        # reporting verb takes as its complement is what that verb reports, not a parenthetical.
        return False
    addressee = verb.lemma_.lower() in ADDRESSEE_VERBS
    for c in verb.children:
        if c.dep_ in {"mark", "advcl", "ccomp", "xcomp", "oprd", "attr", "acomp"} or (c.dep_ == "prep" and c.i > verb.i and not _date_phrase(c)):
            return False
        if c.dep_ in {"dobj", "dative"} and not (addressee and c.i > verb.i):
            return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    if verb.head.i < verb.i:
        # the parser may hang the comma itself on the reporting verb, as its left edge
        return doc[left].text == "," or (left > 0 and doc[left - 1].text == ",")
    return right + 1 < len(doc) and doc[right + 1].text == ","


def _reports_its_complement(head: Token, comp: Token) -> bool:
    """Whether ``head`` is a reporting verb (a cue of plain speech or a stance) whose own subject
    stands between ``comp`` and it ('"... Nobody warned us," he said'), so that the clause before
    it, hung on it as a complement, is its content."""
    if head.pos_ not in {"VERB", "AUX"} or cue_lexicon().get((head.lemma_.lower(), "VERB")) is None:
        return False
    return any(c.dep_ in SUBJECT_DEPS and comp.i < c.i < head.i for c in head.children)


def _compared_clause(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'turnout in Iowa was higher than most analysts had forecast', 'deficits would add up to $1.5
    trillion more than the budget office had predicted': a cue in a comparative "than" clause with
    no content of its own reports the clause it is compared with (what was forecast is the
    turnout figure)."""
    if verb.dep_ not in {"advcl", "ccomp"} or any(c.dep_ in OWN_CONTENT_DEPS for c in verb.children):
        return None, ""
    if not any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
        return None, ""
    clause = verb.head
    for _ in range(4):
        if clause.pos_ in {"VERB", "AUX"} or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return None, ""
    text = doc_text(verb.doc)
    s, e = _subtree_chars(clause, {verb.i})
    than = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "than")
    e = min(e, than.idx)
    s, e = _clip_to_paragraph(text, *_strip(text, s, e), clause.idx)
    if e <= s:
        return None, ""
    return (s, e), "clause compared with a 'than' reporting clause"
