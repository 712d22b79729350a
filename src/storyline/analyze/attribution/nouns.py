"""Attributions made by cue nouns ("his call to ban...", "in Bolton's view") and attitude adjectives
("was critical of X"), and stances received by the subject ("won support from governors")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    DEMONSTRATIVES,
    ISSUING_VERBS,
    SUBJECT_DEPS,
    _Found,
    _classify,
    _clip_to_paragraph,
    _region_at,
    _speaker_chars,
    _strip,
    _subtree_chars,
)
from storyline.analyze.attribution.cues import Cue, cue_lexicon
from storyline.analyze.attribution.contents import _stray_that_clause
from storyline.analyze.attribution.subjects import _subject
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


# Prepositions by which a clause's subject states something through a cue noun: "stirred
# controversy with an assertion that ...", "made several statements, including a call for ...".
STATING_PREPS = frozenset({"with", "including"})


def _noun_attributions(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    """'X's position is that ...', 'X's claim that ...': a possessor states the clause."""
    text = doc_text(doc)
    lex = cue_lexicon()
    found: list[_Found] = []
    for noun in doc:
        cue = lex.get((noun.lemma_.lower(), "NOUN"))
        if cue is None or noun.pos_ != "NOUN" or _region_at(regions, noun.idx) is not None:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        how = "noun cue with possessor and 'that' clause; speaker: possessor"
        if not owners:
            # "the DOJ demand that...", "a White House statement that...": a proper name modifying
            # the cue noun is its author.
            owners = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i][-1:]
            how = "noun cue with a name modifier and 'that' clause; speaker: the name"
        holding = noun.head.lemma_.lower() in HOLDING_VERBS and not any(
            c.dep_ == "prep" and c.lower_ in HOLDER_PREPS for c in noun.children)
        if not owners and noun.dep_ == "dobj" and (noun.head.lemma_.lower() in ISSUING_VERBS or holding):
            # "The ministry issued a statement that...", "He made the claim that...": the one who
            # issues the statement is its speaker. Other governors ("rejected the claim that")
            # name someone who answers the statement, not its speaker, so they stay out.
            owners = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS]
            if not owners:
                # "tried to make the case that ...": the subject of the verb it depends on.
                subj, subj_how = _subject(noun.head)
                owners = [subj] if subj is not None and subj_how.startswith("subject of governing") else []
            how = f"noun cue with 'that' clause, object of '{noun.head.lemma_.lower()}'; speaker: its subject"
        if not owners and noun.dep_ == "pobj" and noun.head.lower_ in STATING_PREPS and not _noun_holders(noun):
            holder_verb = noun.head.head
            if holder_verb.dep_ == "dobj" and holder_verb.head.lemma_.lower() in ISSUING_VERBS:
                holder_verb = holder_verb.head  # "made statements, including a call for": the maker
            if holder_verb.pos_ in {"VERB", "AUX"}:
                subj, _ = _subject(holder_verb)
                owners = [subj] if subj is not None and subj.lower_ not in DEMONSTRATIVES | {"there"} else []
                how = f"noun cue after '{noun.head.lower_}'; speaker: subject of '{holder_verb.text}'"
        if owners and noun.dep_ == "pobj" and noun.head.lower_ == "in" and cue.stance == "estimate" and noun.head.head.pos_ in {"VERB", "AUX"}:
            # "in Bolton's view, ...", "in her assessment, ...": the possessor vouches for the
            # clause the phrase modifies.
            clause_head = noun.head.head
            s0, e0 = _subtree_chars(clause_head, {noun.head.i})
            pp0, pp1 = _subtree_chars(noun.head)
            s0, e0 = (s0, min(e0, pp0)) if pp0 > s0 else (max(s0, pp1), e0)
            s0, e0 = _clip_to_paragraph(text, *_strip(text, s0, e0), clause_head.idx)
            if e0 > s0:
                s0, e0, kind = _classify(text, s0, e0, regions)
                found.append(_Found(content=(s0, e0), cue=(noun.idx, noun.idx + len(noun)), cue_lemma=cue.lemma,
                                    stance=cue.stance, speaker=_speaker_chars(owners[0]), speaker_head=owners[0].i,
                                    kind=kind, reason="'in <possessor>'s view' frames the clause; speaker: possessor",
                                    cue_token=noun.i))
            continue
        if (not owners and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in {"VERB", "AUX"}
                and any(c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in cue.preps) for c in noun.children)):
            # "has come out in support of Cruz", "spoke in defense of the plan": the subject of the
            # verb the phrase modifies takes the position (not "said, in a case that rights groups
            # have called political": a phrase with no "of" names no position).
            subj, _ = _subject(noun.head.head)
            owners = [subj] if subj is not None else []
            how = "noun cue in an 'in ... of' phrase; speaker: subject of the verb it modifies"
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS and "prep=" in cue.frames:
            received = _received_stance(noun, cue, regions)
            if received is not None:
                found.append(received)
            continue
        ownerless = not owners
        if ownerless and _governed_by_cue(noun):
            continue  # "Critics rejected the claim that ...": the claim is what the outer cue is about
        if ownerless:
            # "calls from her opponents to break up the banks", "fears that the virus will spread":
            # a cue noun with no possessor still reports a statement when it takes a clause; its
            # holder is named after "by"/"from", or not at all.
            owners = _noun_holders(noun)
            how = "noun cue with 'that' clause; speaker: " + ("the holder after 'by'/'from'" if owners else "none named")
        clause: Token | None = None
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            clause = next((c for c in noun.head.children if c.dep_ in {"ccomp", "attr"} and c.i > noun.i), None)
            if clause is not None and clause.dep_ == "attr" and not any(g.dep_ == "mark" for g in clause.children):
                clause = None  # "One sticking point is a demand ... that": the that-clause is the demand's
        if clause is None:
            clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
        if clause is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
            # "has been making the case for weeks that ...": the parser hangs the clause on the verb.
            clause = next((c for c in noun.head.children if c.dep_ in {"ccomp", "advcl"} and c.i > noun.i
                           and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
        stray = None
        if clause is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
            # "is making an impassioned case to a gathering of black leaders that he's ...": the
            # parser hangs the that-clause on the addressee.
            stray, _ = _stray_that_clause(noun.head)
        if clause is None and stray is None:
            if ownerless and not owners and cue.stance not in OWNERLESS_PREP_STANCES:
                continue  # "accompanied descriptions of loved ones": a plain noun, not a stance
            span, what = _noun_complement(noun, cue)
            if span is None:
                continue
            how = how.replace("'that' clause", what)
            s, e = span
        elif clause is None:
            s, e = stray
        else:
            s, e = _clip_to_paragraph(text, *_strip(text, *_subtree_chars(clause)), clause.idx)
        s, e, kind = _classify(text, s, e, regions)
        owner = owners[0] if owners else None
        found.append(
            _Found(
                content=(s, e),
                cue=(noun.idx, noun.idx + len(noun)),
                cue_lemma=cue.lemma,
                stance=cue.stance,
                speaker=_speaker_chars(owner) if owner is not None else None,
                speaker_head=owner.i if owner is not None else None,
                kind=kind,
                reason=how,
                cue_token=noun.i,
            )
        )
    return found


def _adjective_attributions(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    """'Republicans have been critical of Clinton's email use', 'She is not sure she can vote for
    him': an attitude adjective predicated of a subject states that subject's position on the
    prepositional object or clause. Only adjectives in the lexicon (POS ADJ) count, and only as the
    complement of a verb with a subject, so attributive uses ("a critical moment") stay out."""
    text = doc_text(doc)
    lex = cue_lexicon()
    found: list[_Found] = []
    for adj in doc:
        cue = lex.get((adj.lemma_.lower(), "ADJ"))
        if cue is None or adj.pos_ != "ADJ" or _region_at(regions, adj.idx):
            continue
        # "made (it) clear that ...": the adjective is the complement of "make".
        if not (adj.dep_ in {"acomp", "oprd"} or (adj.dep_ == "ccomp" and adj.head.lemma_.lower() == "make")):
            continue
        subj, subj_how = _subject(adj.head)
        if subj is None or subj.lower_ in DEMONSTRATIVES | {"there"}:
            continue
        span: tuple[int, int] | None = None
        how = ""
        clause = next((c for c in adj.children if c.i > adj.i and (c.dep_ in {"ccomp", "xcomp"} or (
            c.dep_ in {"advcl", "csubj"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)))), None)
        if clause is None and adj.head.lemma_.lower() == "make":
            # "made clear Tuesday night that he intends ...": the clause hangs on "make".
            clause = next((c for c in adj.head.children if c.i > adj.i and (c.dep_ == "ccomp" or c.dep_ == "advcl"
                           and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))), None)
        if clause is not None:
            span, how = _subtree_chars(clause), "clause of attitude adjective"
        else:
            prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in cue.preps), None)
            objs = [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}] if prep is not None else []
            if objs:
                span, how = _subtree_chars(objs[0]), f"'{prep.lower_}' object of attitude adjective"
        if span is None:
            continue
        s, e = _clip_to_paragraph(text, *_strip(text, *span), adj.idx)
        if e <= s:
            continue
        s, e, kind = _classify(text, s, e, regions)
        found.append(
            _Found(
                content=(s, e),
                cue=(adj.idx, adj.idx + len(adj)),
                cue_lemma=cue.lemma,
                stance=cue.stance,
                speaker=_speaker_chars(subj),
                speaker_head=subj.i,
                kind=kind,
                reason=f"{how}; speaker: {subj_how}",
                cue_token=adj.i,
            )
        )
    return found


# Verbs whose subject is the target of a stance named by their object ("Rubio has won
# overwhelming support from governors", "The proposal has drawn harsh criticism from rivals", "He
# has faced criticism even from within his own party", "Obama has endured criticism for ...",
# "comments that sparked outrage among Democrats").
RECEIVING_VERBS = frozenset({"win", "receive", "draw", "enjoy", "garner", "have", "face", "endure", "attract",
                             "earn", "get", "spark", "provoke"})


# Verbs whose subject holds the stance their object names ("have doubts that ...", "shares his
# concern about ..."), unless holders are named after it ("has the support of women" is received).
HOLDING_VERBS = frozenset({"have", "harbor", "share"})


HOLDER_PREPS = {"from", "of", "among"}


def _received_stance(noun: Token, cue: Cue, regions: Sequence[QuoteRegion]) -> _Found | None:
    """A stance the subject receives: the holders (after "from"/"of"/"among") are the speaker and
    the subject is what the stance is about; without holders the speaker stays empty."""
    verb = noun.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.lower_ in DEMONSTRATIVES:
        return None
    text = doc_text(noun.doc)
    holder = None
    for h in (noun, verb):
        prep = next((c for c in h.children if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS and c.i > noun.i), None)
        objs = [g for g in prep.children if g.dep_ == "pobj"] if prep is not None else []
        if objs:
            holder = objs[0]
            break
    s, e = _clip_to_paragraph(text, *_subtree_chars(subj), noun.idx)
    s, e, kind = _classify(text, *_strip(text, s, e), regions)
    return _Found(
        content=(s, e),
        cue=(noun.idx, noun.idx + len(noun)),
        cue_lemma=cue.lemma,
        stance=cue.stance,
        speaker=_speaker_chars(holder) if holder is not None else None,
        speaker_head=holder.i if holder is not None else None,
        kind=kind,
        reason=f"stance received by the subject of '{verb.lemma_.lower()}'; speaker: "
        + ("the holders named after it" if holder is not None else "none named"),
        cue_token=noun.i,
    )


NOUN_HOLDER_PREPS = {"by", "from"}


# Stances whose cue noun states a position even with no holder named ("calls for a special
# prosecutor", "criticism of the deal"); neutral nouns ("descriptions of", "mention of") and
# warnings ("the threat of terrorism" names a danger, not a statement) need a clause or a holder.
OWNERLESS_PREP_STANCES = frozenset({"demand", "criticism", "support", "denial", "commitment", "distancing"})


def _governed_by_cue(noun: Token) -> bool:
    """Whether a noun is the object of a cue verb (directly or through a preposition): then the
    noun phrase is that cue's content, not a second attribution."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return noun.dep_ in {"dobj", "pobj"} and (head.lemma_.lower(), "VERB") in cue_lexicon()


def _noun_holders(noun: Token) -> list[Token]:
    """Who holds the stance a cue noun names when no possessor does: "a demand, by Pelosi, that
    ...", "calls from her opponents to ..."."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in NOUN_HOLDER_PREPS:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[:1]
    return []


def _noun_complement(noun: Token, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """What a nominal cue is about when it has no clause: a to-infinitive ("his call to ban all
    Muslim immigrants") or the object of a preposition the cue lists ("his criticism of the deal",
    "a call for a special prosecutor"). Only cues with an explicit ``prep=`` frame take a
    prepositional object: "position on" or "statement at the briefing" would otherwise read an
    occasion as content."""
    text = doc_text(noun.doc)
    for c in noun.children:
        if c.dep_ in {"acl", "relcl"} and c.i > noun.i and any(g.dep_ == "aux" and g.lower_ == "to" and g.i < c.i for g in c.children):
            s, e = _subtree_chars(c)
            return _clip_to_paragraph(text, *_strip(text, s, e), c.idx), "to-infinitive"
    if "prep=" not in cue.frames:
        return None, ""
    for c in noun.children:
        if c.dep_ == "prep" and c.i > noun.i and c.lower_ in cue.preps:
            objs = [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
            if objs:
                s, e = _subtree_chars(objs[0])
                return _clip_to_paragraph(text, *_strip(text, s, e), objs[0].idx), f"'{c.lower_}' object"
    return None, ""
