"""Cue participles that modify a noun: the noun is what is stated about, the "by" agent says it.

A passive participle of a reporting or stance verb set after a noun ("The immigration bill, opposed
by House Republicans, never became law", "a number of arrests documented by Fusion", "an article
cited by her campaign") reports the agent's view of, or statement about, the noun: PolNeAR
annotates the noun phrase as content and the agent as source. The verb rule cannot see this,
since the participle has no clause or object of its own (the noun it modifies stands for its
object). Likewise "self-described Democratic socialist", "a self-proclaimed expert": the prefix
"self" names the holder as the one described, and the noun phrase is what they call themselves.

Only participles with an explicit agent or the "self" prefix count: a bare "the proposed sale" or
"the expected ruling" names no one, and most such participles are plain modifiers.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    _Found,
    _classify,
    _clip_to_paragraph,
    _region_at,
    _speaker_chars,
    _strip,
)
from storyline.analyze.attribution.cues import Cue, cue_lexicon
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion

NOMINAL = {"NOUN", "PROPN"}


def _agent(verb: Token) -> Token | None:
    """The object of the participle's own "by" phrase ("opposed by House Republicans")."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in NOMINAL | {"PRON"}), None)
    return None


def _self_prefix(verb: Token) -> Token | None:
    """'self-described', 'self-proclaimed': the "self" before a hyphen that the parser hangs on
    the participle (or on the noun it modifies)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].lower_ != "self":
        return None
    return doc[verb.i - 2]


def _takes_as_object(cue: Cue, noun: Token) -> bool:
    """Whether the cue's frames let the modified noun stand as its object: the same limits the verb
    rule applies to a plain object ("the equity held by X" is no view held, "a fee charged by X" no
    accusation), so clause-only and preposition-only cues never count."""
    if cue.clause_only or cue.prep_only:
        return False
    lemma = noun.lemma_.lower()
    for part in cue.frames.split(","):
        if part.startswith("obj="):
            return lemma in set(part[4:].split("|"))
        if part.startswith("notobj="):
            return lemma not in set(part[7:].split("|"))
    return True


def _modified_noun_chars(verb: Token, noun: Token) -> tuple[int, int]:
    """The noun phrase the participle modifies, without the participle's own phrase (and without
    anything after it: a relative clause or apposition there is the noun's, not the view's)."""
    skip = {t.i for t in verb.subtree}
    if noun.i < verb.i:
        words = [t for t in noun.subtree if t.i not in skip and t.i < verb.left_edge.i]
    else:
        words = [t for t in noun.subtree if t.i not in skip and t.i <= noun.i]
    text = doc_text(noun.doc)
    return _strip(text, words[0].idx, words[-1].idx + len(words[-1]))


def _counted_thing(agent: Token) -> bool:
    """An agent counted by a number that is no person or party (lexicons/person_nouns.txt,
    plover_actor_nouns.txt): "backed by 30 aircraft", "supported by two tanks". "Backed by 60
    senators" or "by 12 countries" still names who holds the view."""
    if not any(c.dep_ == "nummod" for c in agent.children) or agent.pos_ != "NOUN":
        return False
    lemma = agent.lemma_.lower()
    return lemma not in word_list("person_nouns.txt") and lemma not in word_list("plover_actor_nouns.txt")


def _participle_attributions(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    """Attributions made by cue participles that modify a noun and name their holder (a "by"
    agent or a "self-" prefix)."""
    text = doc_text(doc)
    lex = cue_lexicon()
    found: list[_Found] = []
    for verb in doc:
        if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "amod"}:
            continue
        cue = lex.get((verb.lemma_.lower(), "VERB"))
        if cue is None or _region_at(regions, verb.idx) is not None:
            continue
        noun = verb.head
        if noun.pos_ not in NOMINAL or not _takes_as_object(cue, noun):
            continue
        holder = _agent(verb)
        if holder is not None and _counted_thing(holder):
            continue  # "500 firefighters, backed by 30 aircraft": support in kind, no one's view
        self_word = _self_prefix(verb) if holder is None else None
        if holder is None and self_word is None:
            continue
        if self_word is not None and noun.i < verb.i:
            continue  # "self-described" stands before the noun it describes
        s, e = _modified_noun_chars(verb, noun)
        if e <= s:
            continue
        s, e, kind = _classify(text, s, e, regions)
        if holder is not None:
            speaker, head = _speaker_chars(holder), holder.i
            why = "noun modified by a cue participle; speaker: its 'by' agent"
        else:
            speaker, head = (self_word.idx, self_word.idx + len(self_word)), None
            why = "noun modified by a 'self-' cue participle; speaker: 'self' (the one described)"
        found.append(
            _Found(content=(s, e), cue=(verb.idx, verb.idx + len(verb)), cue_lemma=cue.lemma,
                   stance=cue.stance, speaker=speaker, speaker_head=head, kind=kind, reason=why,
                   cue_token=verb.i)
        )
    return found


# Pronouns that can only be a subject: a cue right after one is a finite verb, never a modifier.
SUBJECT_PRONOUNS = {"i", "he", "she", "we", "they"}


def _misread_subject(verb: Token) -> Token | None:
    """The subject of a past-tense cue the parser read as a modifier of the noun after it ("Trump
    defended eminent domain", "He implied immigrants were ..."): a name or a subject pronoun right
    before the cue. A determiner, possessive or adverb there ("its proposed sale", "recently
    announced layoffs") makes the participle a true modifier."""
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ == "PRON":
        return prev if prev.lower_ in SUBJECT_PRONOUNS else None
    if prev.pos_ == "PROPN" and prev.tag_ != "POS" and prev.whitespace_:
        return prev
    return None


def _misparsed_finite_cues(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    """Reports whose past-tense cue the parser made an adjective of its own object ("Trump
    blasted Disney for its practices": "blasted" as a modifier of "Disney"): the name before
    the cue is the speaker and the noun phrase after it the content, as for an object of cue."""
    text = doc_text(doc)
    lex = cue_lexicon()
    found: list[_Found] = []
    for verb in doc:
        if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "amod" or verb.head.i <= verb.i:
            continue
        cue = lex.get((verb.lemma_.lower(), "VERB"))
        noun = verb.head
        if cue is None or noun.pos_ not in NOMINAL | {"PRON"} or not _takes_as_object(cue, noun):
            continue
        if _region_at(regions, verb.idx) is not None or "-" in text[max(0, verb.idx - 1) : verb.idx]:
            continue  # "self-described", "Trump-backed": a compound modifier, not a verb
        subj = _misread_subject(verb)
        if subj is None:
            continue
        words = [t for t in noun.subtree if t.i > verb.i]
        if not words:
            continue
        s, e = _clip_to_paragraph(text, *_strip(text, words[0].idx, words[-1].idx + len(words[-1])), noun.idx)
        if e <= s:
            continue
        s, e, kind = _classify(text, s, e, regions)
        speaker = _speaker_chars(subj) if subj.pos_ == "PROPN" else (subj.idx, subj.idx + len(subj))
        if speaker[1] > verb.idx:
            speaker = (subj.idx, subj.idx + len(subj))
        found.append(
            _Found(content=(s, e), cue=(verb.idx, verb.idx + len(verb)), cue_lemma=cue.lemma, stance=cue.stance,
                   speaker=speaker, speaker_head=subj.i, kind=kind, cue_token=verb.i,
                   reason="object of a past-tense cue the parser read as a modifier; "
                   "speaker: the name or pronoun before it")
        )
    return found
