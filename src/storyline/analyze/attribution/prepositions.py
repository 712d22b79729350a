"""Sources named by a prepositional phrase rather than a reporting verb: a survey or document the
clause comes from ("In a CNN poll released Monday, 50 percent of respondents backed Clinton",
"Trump has a decisive lead in the polls") and a holder whose view a sentence gives ("To Frank,
issues of racial justice get attention ...", "To many voters, the debate confirmed ..."). The preposition is the cue, its object the source, the clause the content.
Both lists of nouns are commented data (lexicons/source_documents.txt, viewpoint_holders.txt)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    EDGE_STRIP,
    _Found,
    _classify,
    _clip_to_paragraph,
    _region_at,
    _speaker_chars,
    _strip,
    _subtree_chars,
)
from storyline.analyze.attribution.cues import cue_lexicon
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


def source_documents() -> frozenset[str]:
    """Lemmas of surveys and documents whose "in" phrase sources a clause."""
    return word_list("source_documents.txt")


def viewpoint_holders() -> frozenset[str]:
    """Lemmas of common nouns for people who hold views ("voters", "critics")."""
    return word_list("viewpoint_holders.txt")


HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
# "To Frank, issues of justice get attention ...": "to" gives a view. "For" is left out: "For
# Trump, Florida's contest represents a momentous win" names who benefits far more often.
VIEWPOINT_PREPS = frozenset({"to"})
CLAUSE_POS = frozenset({"VERB", "AUX"})


def _clause_head(tok: Token) -> Token | None:
    """The verb of the clause a phrase belongs to ("lead" in "has a decisive lead in the polls" -> "has")."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in CLAUSE_POS:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return cur if cur.pos_ in CLAUSE_POS else None


# Words that make an "in" phrase the term of a comparison ("more than in the preliminary tally").
_COMPARISON_WORDS = frozenset({"than", "as"})


def _document_source(prep: Token) -> Token | None:
    """The survey or document of an "in" phrase ("in the most recent YouGov/Economist survey")."""
    if prep.lower_ != "in" or (prep.i > 0 and prep.doc[prep.i - 1].lower_ in _COMPARISON_WORDS):
        # "59 seats, one more than in the preliminary tally", "as in the last survey": a figure set
        # beside the document's, not a clause it sources
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    # One survey or document ("in the same poll"); a plural names a standing, not a source ("has
    # been leading in polls", "a lead in the polls").
    return obj if obj is not None and obj.lemma_.lower() in source_documents() and obj.tag_ == "NN" else None


def _viewpoint_holder(prep: Token) -> Token | None:
    """The holder of a sentence-opening "To X," phrase, when X can hold a view."""
    if prep.lower_ not in VIEWPOINT_PREPS or prep.i != prep.sent.start and not all(
            t.pos_ in {"CCONJ", "ADV", "PUNCT"} for t in prep.doc[prep.sent.start : prep.i]):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    after = obj.right_edge.i + 1
    if after >= len(prep.doc) or prep.doc[after].text != ",":
        return None
    if obj.ent_type_ in HOLDER_ENTITIES or obj.lemma_.lower() in viewpoint_holders():
        return obj
    return None


def _source_phrases(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """Attributions whose source is the object of an "in" (document) or sentence-opening "to"
    (viewpoint) phrase. A clause whose verb is already a cue ("In a statement, X
    said ...") keeps that cue, and a phrase inside another attribution's content stays part of it."""
    text = doc_text(doc)
    out = list(found)
    for prep in doc:
        if prep.dep_ != "prep" or _region_at(regions, prep.idx) is not None:
            continue
        source = _document_source(prep)
        how = "survey or document named by an 'in' phrase"
        if source is None:
            source = _viewpoint_holder(prep)
            how = "holder of the view named by a sentence-opening 'to' phrase"
        if source is None:
            continue
        clause = _clause_head(prep.head)
        if clause is None or any(f.cue_token == clause.i for f in out) or (clause.lemma_.lower(), "VERB") in cue_lexicon():
            continue  # "In a memo, X reminded ...", "wrote in his memo": the reporting verb is the cue
        if any(f.content[0] <= prep.idx < f.content[1] for f in out):
            continue
        s, e = _subtree_chars(clause, {prep.i})
        p0, p1 = _subtree_chars(prep)
        if p0 <= s:
            s = max(s, p1)  # the phrase opens the clause
        elif not text[p1:e].strip(EDGE_STRIP + ".!?"):
            e = p0  # the phrase closes it
        s, e = _clip_to_paragraph(text, *_strip(text, s, e), clause.idx)
        if e <= s or len(text[s:e].split()) < 3:
            continue
        s, e, kind = _classify(text, s, e, regions)
        out.append(
            _Found(
                content=(s, e),
                cue=(prep.idx, prep.idx + len(prep)),
                cue_lemma=prep.lower_,
                stance="neutral",
                speaker=_speaker_chars(source),
                speaker_head=source.i,
                kind=kind,
                reason=f"{how}; speaker: its object",
                cue_token=prep.i,
            )
        )
    return out
