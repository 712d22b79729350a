"""A learned cue layer: a logistic-regression score for "this token heads an attribution cue".

The hand rules (verbs.py, nouns.py, ...) decide cues by lemma and frame; the words that cue
attributions in news spread over hundreds of lemmas, and the same lemma is a report in one frame
and an act in another ("support the bill" vs "said they support the bill"). The model reads the
same parse the rules read (lemma, POS, dependency, the complements a word takes, who its subject
is, whether it stands in a quotation, what the lexicon says about it) and weighs those readable
features by what PolNeAR's annotators marked as cues. It is used two ways:

- as a filter: an attribution the rules made whose cue scores below ``filter_threshold`` is
  dropped (a word the lexicon lists, used otherwise: "levels that will not support local
  reporting"). Nested reports and passive naming participles, which PolNeAR never marks but the
  extractor keeps by design, are left alone. The filter has weights
  of its own (``filter_weights``), fitted on the rules' attributions, that also read what the rule
  found (which rule, a source or not, how long the content is);
- as a finder: a token no rule claimed that scores at least ``add_threshold`` becomes an
  attribution with a generic frame read from the parse (the verb rules' helpers: subject as
  source, clausal complement / quotation / object / prepositional object as content). The finder
  also has weights of its own (``add_weights``), which read the frame as well ("offered a layer
  of ease" is an act, "offered to resign" a stance); the token model only screens the tokens
  whose frames are worth reading, which keeps the layer cheap. A word whose lexicon entry has a
  deciding frame ("see" only with a clause, "offer" only with a view as object) and that the rules
  declined is not taken back in the frames that decision is about (its object, its clause); in
  the frames it says nothing of (a passive subject: "is widely seen as", a preposition's object:
  "known for", a naming predicate) the finder reads it, with features saying the rules declined it.

The model is a JSON file (``lexicons/cue_model.json``: feature -> weight, with a header saying how
it was made) written by ``benchmarks/train_cues.py``; scoring needs no library beyond the
standard one. Every attribution this layer adds says so in its ``reason``, with its score and the
features that weighed most.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    DEFAULT_CONTENT_PREPS,
    ISSUING_VERBS,
    SUBJECT_DEPS,
    _classify,
    _clip_to_paragraph,
    _Found,
    _region_at,
    _speaker_chars,
    _strip,
    _subtree_chars,
)
from storyline.analyze.attribution.contents import _adjacent_region, _complements, _object_content, reduced_relative
from storyline.analyze.attribution.cues import Cue, cue_lexicon, imposed_measure, in_set_phrase, learned_cues, learned_stances
from storyline.analyze.attribution.subjects import _subject, saying_reports
from storyline.analyze.lexicon import word_sections
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion

MODEL_RESOURCE = "lexicons/cue_model.json"

# Parts of speech that can head a cue the generic frames below know how to read.
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})

# Dependents whose presence says which frame a word is used in (a clause, an infinitive, an object...).
FRAME_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "agent", "nsubj", "nsubjpass", "dative", "oprd",
                        "acl", "advcl", "poss", "aux", "auxpass", "neg", "csubj", "attr", "acomp", "mark", "conj", "prt"})

# Dependency links through which a word is part of another word's clause (for "governed by a cue").
CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "acl", "relcl", "dobj"})

NOUN_CONTENT_PREPS = DEFAULT_CONTENT_PREPS | {"of", "over", "to"}  # "his criticism of X", "opposition to X"
VERB_CONTENT_PREPS = DEFAULT_CONTENT_PREPS | {"over", "to", "with", "at", "as", "of"}  # "balked at X", "sided with X"

PERSON_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "you", "who"})

@dataclass(frozen=True, slots=True)
class CueModel:
    """Weights of a logistic regression over token features, and the thresholds of its two uses."""

    weights: dict[str, float]  # token model: does this token head a cue (token_features)
    filter_threshold: float | None  # drop a rule's attribution whose cue scores below this (None: off)
    add_threshold: float | None  # add an attribution for an unclaimed token scoring at least this (None: off)
    header: dict[str, Any] = field(default_factory=dict)
    # Filter model: is the cue of a rule's attribution a gold cue (found_features). Empty: the
    # filter scores with the token model.
    filter_weights: dict[str, float] = field(default_factory=dict)
    # Finder model: is an unclaimed token with a generic frame a cue (frame_features). Empty: the
    # finder scores with the token model. The token model then only screens tokens (``screen``),
    # so that frames are read for few of them.
    add_weights: dict[str, float] = field(default_factory=dict)
    screen: float = 0.0

    def score(self, feats: Iterable[str]) -> float:
        """Probability that the token heads a cue (token model)."""
        return _probability(self.weights, feats)

    def filter_score(self, feats: Iterable[str]) -> float:
        """Probability that a rule's cue is right (filter model, else the token model)."""
        return _probability(self.filter_weights or self.weights, feats)

    def add_score(self, feats: Iterable[str]) -> float:
        """Probability that an unclaimed token, read with its generic frame, is a cue."""
        return _probability(self.add_weights or self.weights, feats)

    def top_features(self, feats: Iterable[str], n: int = 4) -> list[str]:
        """The features that pushed the finder's score up most (what a user reads as "why")."""
        w = self.add_weights or self.weights
        pos = sorted(((w.get(f, 0.0), f) for f in set(feats) if w.get(f, 0.0) > 0), reverse=True)
        return [f for _, f in pos[:n]]


def _probability(weights: dict[str, float], feats: Iterable[str]) -> float:
    m = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-m)) if m > -60 else 0.0


# The lowest finder threshold training may ship (benchmarks/train_cues.py applies it). Cross-validation
# on PolNeAR's political copy, where a verb no rule frames with a plain object is often a stance,
# picks 0.4; on unseen wire copy the additions scoring under 0.5 were mostly acts ("fired tear gas",
# "imposed entry bans", "publish their report"). A choice for precision, made by reading fresh texts:
# on the check set (train 300-449) 0.5 keeps cue and source F1 (78.41 -> 78.48, 80.06 -> 80.10) while
# cue precision rises 82.36 -> 83.78 and content F1 falls 83.77 -> 83.59.
ADD_THRESHOLD_FLOOR = 0.5


def model_from_json(data: dict[str, Any]) -> CueModel:
    return CueModel(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        filter_threshold=data.get("filter_threshold"),
        add_threshold=data.get("add_threshold"),
        header=dict(data.get("header", {})),
        filter_weights={str(k): float(v) for k, v in data.get("filter_weights", {}).items()},
        add_weights={str(k): float(v) for k, v in data.get("add_weights", {}).items()},
        screen=float(data.get("screen", 0.0)),
    )


@cache
def cue_model() -> CueModel | None:
    """The packaged model, read once; None when the file is not there (the layer is then off)."""
    res = resources.files("storyline.analyze").joinpath(MODEL_RESOURCE)
    if not res.is_file():
        return None
    return model_from_json(json.loads(res.read_text("utf-8")))


# --- features -------------------------------------------------------------------------------------


def is_candidate(tok: Token) -> bool:
    """Tokens the model scores: content words (a verb, noun or adjective), never punctuation."""
    return tok.pos_ in CANDIDATE_POS and tok.is_alpha


def _lex_entry(tok: Token) -> Cue | None:
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    return lex.get((lemma, tok.pos_)) or lex.get((lemma, "VERB")) or lex.get((lemma, "NOUN")) or lex.get((lemma, "ADJ"))


def _governing_cue(tok: Token) -> str:
    """'said the plan would help': whether a word stands inside the clause of a lexicon cue (a report
    inside a report is flattened by the annotation) and by which link."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in CLAUSE_LINKS or cur.head.i == cur.i:
            return ""
        link = cur.dep_
        cur = cur.head
        if cur.pos_ in {"VERB", "NOUN", "ADJ"} and _lex_entry(cur) is not None:
            return link
    return ""


def _near_quote(tok: Token, regions: Sequence[QuoteRegion], text: str) -> list[str]:
    out = []
    start, end = tok.idx, tok.idx + len(tok)
    for r in regions:
        if r.end <= start and not text[r.end : start].strip(" ,\u2014-") and start - r.end <= 40:
            out.append("q_before")
        if r.start >= end and not text[end : r.start].strip(" ,:\u2014-") and r.start - end <= 40:
            out.append("q_after")
    return out


def _subject_of(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass":
            return c
    if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "oprd"}:
        return next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
    return None


def _argument_kind(tok: Token) -> str:
    """A coarse class of a subject/object/possessor: who (person, org, group), a pronoun, or a thing."""
    lower = tok.lower_
    if lower in PERSON_PRONOUNS:
        return "pron_person"
    if tok.pos_ == "PRON":
        return "pron_" + lower if lower in {"it", "this", "that", "which"} else "pron"
    if tok.ent_type_:
        return "ent_" + tok.ent_type_
    return tok.pos_.lower()


def token_features(tok: Token, regions: Sequence[QuoteRegion]) -> list[str]:
    """Readable features of a candidate token, all read from the parse and the cue lexicon."""
    doc = tok.doc
    text = doc_text(doc)
    lemma, pos, dep, tag = tok.lemma_.lower(), tok.pos_, tok.dep_, tok.tag_
    head = tok.head
    f = ["bias", f"l={lemma}", f"p={pos}", f"t={tag}", f"d={dep}", f"l|p={lemma}|{pos}", f"l|d={lemma}|{dep}",
         f"p|d={pos}|{dep}", f"l|t={lemma}|{tag}", f"hl={head.lemma_.lower()}", f"hp={head.pos_}",
         f"d|hp={dep}|{head.pos_}", f"d|hl={dep}|{head.lemma_.lower()}"]
    deps = set()
    for c in tok.children:
        d = c.dep_
        if d not in FRAME_DEPS:
            continue
        if d == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            d = "xcomp_to"
        elif d in {"ccomp", "acl"} and any(g.dep_ == "mark" and g.lower_ in {"that", "whether", "if"} for g in c.children):
            d = d + "_that"
        elif d == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            d = "acl_to"
        elif d == "prep":
            f.append(f"cp={c.lower_}")
            f.append(f"l|cp={lemma}|{c.lower_}")
        elif d in {"aux", "auxpass"}:
            f.append(f"aux={c.lower_}")
        elif d == "prt":
            f.append(f"l|prt={lemma}|{c.lower_}")  # "pushed back", "laid out", "shot back"
        deps.add(d)
    for d in sorted(deps):
        f.append(f"c={d}")
        f.append(f"l|c={lemma}|{d}")
        f.append(f"p|c={pos}|{d}")
    if not deps & {"ccomp", "ccomp_that", "xcomp", "xcomp_to", "dobj", "prep", "acl_that", "acl_to", "oprd"}:
        f.append("no_complement")
        f.append(f"l|no_complement={lemma}")
    subj = _subject_of(tok)
    if subj is not None:
        kind = _argument_kind(subj)
        f += [f"s={kind}", f"p|s={pos}|{kind}"]
        if kind.startswith(("pron_person", "ent_PERSON", "ent_ORG", "ent_NORP")):
            f.append(f"l|s=who|{lemma}")
        if subj.pos_ == "NOUN":
            f.append(f"sl={subj.lemma_.lower()}")  # "critics", "officials", "the poll"
    else:
        f.append("s=none")
    for c in tok.children:
        if c.dep_ == "dobj":
            f.append(f"o={_argument_kind(c)}")
            f.append(f"l|o={lemma}|{c.lemma_.lower()}")
        elif c.dep_ == "poss":
            f.append(f"poss={_argument_kind(c)}")
    if _region_at(regions, tok.idx) is not None:
        f.append("inq")
    f += _near_quote(tok, regions, text)
    cue = _lex_entry(tok)
    if cue is not None:
        f += ["lex", f"lex={cue.stance}", f"lexpos={cue.pos}", f"lexpos_match={cue.pos == pos}"]
        for part in cue.frames.split(","):
            if part:
                f.append(f"lexf={part.split('=')[0]}")
    gov = _governing_cue(tok)
    if gov:
        f.append(f"gov={gov}")
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    f.append(f"w-1={prev.lower_ if prev is not None else '<s>'}")
    f.append(f"w+1={nxt.lower_ if nxt is not None else '</s>'}")
    f.append(f"p-1={prev.pos_ if prev is not None else '<s>'}")
    f.append(f"p+1={nxt.pos_ if nxt is not None else '</s>'}")
    if nxt is not None:
        f.append(f"l|w+1={lemma}|{nxt.lower_}")
    if tok.i == tok.sent.start:
        f.append("sent_start")
    elif tok.text[:1].isupper():
        f.append("cap")
    return f


# --- the two uses: filter and finder ------------------------------------------------------------------------------


def _cue_head(doc: Doc, cue: tuple[int, int]) -> Token | None:
    """The syntactic head of the tokens a cue span covers (the token whose head is outside)."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def filter_found(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found], model: CueModel) -> list[_Found]:
    """Drop the rules' attributions whose cue the model scores below ``filter_threshold``."""
    if model.filter_threshold is None:
        return found
    kept = []
    for f in found:
        exempt = _nested(regions, found, f) or f.reason.startswith(UNFILTERED_RULES)
        feats = None if exempt else found_features(doc, regions, f)
        if feats is None or model.filter_score(feats) >= model.filter_threshold:
            kept.append(f)
    return kept


# Rules whose attributions PolNeAR does not annotate but the extractor makes by design (a name
# given by "known as"/"called": the name is what is said), so the filter has nothing to learn
# about them. Matched against the start of a _Found's reason.
UNFILTERED_RULES = ("name given by a passive naming participle",)


def _nested(regions: Sequence[QuoteRegion], found: Sequence[_Found], f: _Found) -> bool:
    """A report inside a quotation or inside another attribution's content. PolNeAR annotates one
    attribution per token, so it says nothing about nested reports; the extractor keeps them by
    design, and the filter (trained on PolNeAR) leaves them alone."""
    if f.cue is None:
        return False
    return _region_at(regions, f.cue[0]) is not None or any(
        o is not f and o.content[0] <= f.cue[0] < o.content[1] for o in found)


# Lexicon frames that record a decision about when a word is a cue ("see" only with a clause,
# "claimed" never with "victory"): a word the rules declined under such a frame is not the
# finder's to take back in the frames that decision is about: its object and its clause.
DECIDING_FRAMES = ("clause", "obj", "notobj", "as", "preponly", "raising", "naming", "inf")

# Generic frames (the start of the content's "how") a deciding frame says nothing of: a passive
# subject ("is widely seen as X"), a preposition's object ("known for X"), a naming predicate, the
# noun a relative clause is about. Only in these does the finder read a word the lexicon declined.
FRAMES_OPEN_TO_DECLINED = ("subject of passive cue", "noun the relative clause", "object and predicate of naming cue", "'")


def _declined_by_lexicon(tok: Token) -> bool:
    cue = cue_lexicon().get((tok.lemma_.lower(), tok.pos_))
    return cue is not None and any(p.split("=")[0] in DECIDING_FRAMES for p in cue.frames.split(",") if p)


def found_cue_token(doc: Doc, f: _Found) -> Token | None:
    """The token that heads a rule attribution's cue (None when it has no cue)."""
    if f.cue_token is not None:
        return doc[f.cue_token]
    return _cue_head(doc, f.cue) if f.cue else None


def _rule_how(reason: str) -> str:
    """The rule family of a reason: its first clause, without the parenthetical notes."""
    how = reason.split(";")[0].split("(")[0].strip()
    return " ".join(how.split()[:6])


def found_features(doc: Doc, regions: Sequence[QuoteRegion], f: _Found) -> list[str] | None:
    """Features of a rule's attribution for the filter model: its cue token's features plus what the
    rule found (which rule, quoted or not, a speaker or not, how long the content is); None when
    its cue is not a scored token (no cue, punctuation, a preposition: the filter leaves it)."""
    tok = found_cue_token(doc, f)
    if tok is None or not is_candidate(tok):
        return None
    lemma = tok.lemma_.lower()
    how = _rule_how(f.reason)
    words = len(doc_text(doc)[f.content[0] : f.content[1]].split())
    size = "1-2" if words <= 2 else "3-6" if words <= 6 else "7-15" if words <= 15 else "16+"
    return token_features(tok, regions) + [
        f"rule={how}", f"l|rule={lemma}|{how}", f"kind={f.kind}", f"l|kind={lemma}|{f.kind}",
        f"speaker={f.speaker is not None}", f"l|speaker={lemma}|{f.speaker is not None}",
        f"stance={f.stance}", f"size={size}", f"l|size={lemma}|{size}",
        f"nested={'inside a quotation' in f.reason}",
    ]


def _taken(found: Sequence[_Found]) -> list[tuple[int, int]]:
    spans = []
    for f in found:
        spans.append(f.content)
        if f.cue:
            spans.append(f.cue)
        if f.speaker:
            spans.append(f.speaker)
    return spans


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def add_found(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found], model: CueModel) -> list[_Found]:
    """New attributions for tokens no rule claimed that the model scores at least ``add_threshold``.

    PolNeAR's annotation is univocal, and so is this layer: a token inside another attribution
    (cue, source or content) is not a new cue. A new attribution may hold another one's cue in its
    content: the annotation flattens a report inside a report to the outer one ("Mrs. Clinton
    celebrated the Justice Department's decision not to indict her", "Mr. Band passed along a
    request for a favor"), and the extractor keeps the inner one as a nested report. Higher scores
    go first."""
    if model.add_threshold is None:
        return found
    taken = _taken(found)
    scored = []
    for tok in unclaimed_tokens(doc, found):
        if not _may_have_frame(tok) or in_set_phrase(tok) or saying_reports(tok):
            continue  # in_set_phrase: "That said, ...", the writer's turn (lexicons/speech_set_phrases.txt)
        feats = token_features(tok, regions)
        if model.score(feats) < (model.screen if model.add_weights else model.add_threshold):
            continue
        frame = generic_frame(doc, tok, regions)
        if frame is None or not frame_open(tok, frame) or _act_of_force(tok, frame):
            continue
        if imposed_measure(tok):
            continue  # "targets the fleet with sanctions": an act, as for the lexicon's cues
        feats = feats + frame_features(doc, tok, frame)
        p = model.add_score(feats)
        if p >= model.add_threshold:
            scored.append((-p, tok.i, feats, frame))
    out = list(found)
    # Words governing a rule's cue: "made [the case] that", "issued [a statement]" (an issuing verb
    # and its cue noun, which the rules read with the issuer as speaker); "were likely [to say]",
    # "is willing [to argue]" (a frame whose complement is the report itself).
    framing: dict[int, set[str]] = {}
    for f in found:
        if f.cue_token is not None and doc[f.cue_token].head.i != f.cue_token:
            framing.setdefault(doc[f.cue_token].head.i, set()).add(doc[f.cue_token].dep_)
    for neg_p, i, feats, new in sorted(scored, key=lambda x: x[:2]):
        tok = doc[i]
        if _inside(taken, tok.idx, tok.idx + len(tok)):
            continue
        deps = framing.get(tok.i, set())
        if (deps and tok.lemma_.lower() in ISSUING_VERBS) or deps & {"xcomp"}:
            continue
        why = ", ".join(model.top_features(feats))
        new = _Found(content=new.content, cue=new.cue, cue_lemma=new.cue_lemma, stance=new.stance,
                     speaker=new.speaker, speaker_head=new.speaker_head, kind=new.kind,
                     reason=f"learned cue (score {-neg_p:.2f}): top features {why}; {new.reason}",
                     cue_token=new.cue_token)
        out.append(new)
        taken += _taken([new])
    return out


def _may_have_frame(tok: Token) -> bool:
    """Whether generic_frame can find a content for ``tok`` (a cheap test of what it needs: a noun
    with a clause or preposition after it, a predicated adjective with a complement), so that
    features are computed only where a frame can follow."""
    if tok.pos_ == "VERB":
        return True
    after = [c.dep_ for c in tok.children if c.i > tok.i]
    if tok.pos_ == "NOUN":
        return any(d in {"acl", "ccomp", "relcl", "prep"} for d in after)
    return tok.dep_ in {"acomp", "oprd"} and any(d in {"ccomp", "xcomp", "prep"} for d in after)


def unclaimed_tokens(doc: Doc, found: Sequence[_Found]) -> list[Token]:
    """Candidate tokens outside every attribution found so far (cue, source and content); for those
    the lexicon declined, frame_open says which of their frames the finder may read."""
    taken = _taken(found)
    return [t for t in doc if is_candidate(t) and not _inside(taken, t.idx, t.idx + len(t))]


def _act_of_force(tok: Token, frame: _Found) -> bool:
    """"Police fired tear gas at hundreds of supporters": a verb no rule frames, with a plain object,
    in a sentence with a word of violence (lexicons/verbal_attacks.txt) is an act, not a stance."""
    if tok.pos_ != "VERB" or not frame.reason.split("content: ", 1)[-1].startswith("object of cue"):
        return False
    violence = word_sections("verbal_attacks.txt").get("violence", frozenset())
    return any(t.lemma_.lower() in violence or t.lower_ in violence for t in tok.sent if t.i != tok.i)


def _counted_vote(tok: Token, frame: _Found) -> bool:
    """"The parliament passed the bill by 91 votes to 40": a verb no rule frames, with a plain
    object and a vote count ("by 91 votes", "by a vote of 62-38"), is a body's formal act, not a
    stance someone states."""
    if tok.pos_ != "VERB" or not frame.reason.split("content: ", 1)[-1].startswith("object of cue"):
        return False
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
            words = list(c.subtree)
            if any(t.lemma_.lower() == "vote" for t in words) and any(t.like_num for t in words):
                return True
    return False


def _unanswered(tok: Token, frame: _Found) -> bool:
    """"The RSF did not immediately respond to a request for comment", "has not replied to
    questions": a denied verb whose only content is a prepositional object says nothing was said;
    what the object names is the question, not a statement."""
    return (tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children)
            and frame.reason.split("content: ", 1)[-1].startswith("'"))


def frame_open(tok: Token, frame: _Found) -> bool:
    """Whether the finder may read ``tok`` in ``frame``: always, unless the lexicon declined the word
    and the frame is one its decision is about (FRAMES_OPEN_TO_DECLINED lists the others). A particle
    the lexicon rules out ("called off", "sworn in": another verb) closes every frame."""
    cue = cue_lexicon().get((tok.lemma_.lower(), tok.pos_))
    if cue is not None and not cue.allows_particle(tok):
        return False
    learned = learned_cues().get((tok.lemma_.lower(), tok.pos_))
    if learned is not None and not (learned.allows_object(tok) and learned.allows_particle(tok)):
        return False  # "released opposition leader X on bail": an entry listing the objects that report
    if _counted_vote(tok, frame) or _unanswered(tok, frame):
        return False
    if not _declined_by_lexicon(tok):
        return True
    return frame.reason.split("content: ", 1)[-1].startswith(FRAMES_OPEN_TO_DECLINED)


def frame_features(doc: Doc, tok: Token, frame: _Found) -> list[str]:
    """What the generic frame read: how the content was found, whether a source was, how long the
    content is ("offered a layer of ease" is an act; "offered to resign" a stance)."""
    lemma = tok.lemma_.lower()
    how = frame.reason.split("content: ", 1)[-1].split(";")[0]
    how = " ".join(how.split()[:5])
    words = len(doc_text(doc)[frame.content[0] : frame.content[1]].split())
    size = "1-2" if words <= 2 else "3-6" if words <= 6 else "7-15" if words <= 15 else "16+"
    src = "none" if frame.speaker_head is None else _argument_kind(doc[frame.speaker_head])
    head = _cue_head(doc, frame.content)
    chl = head.lemma_.lower() if head is not None else "-"
    chp = head.pos_ if head is not None else "-"
    declined = [f"declined|frame={how}", f"l|declined={lemma}"] if _declined_by_lexicon(tok) else []
    return declined + [f"chl={chl}", f"chp={chp}", f"frame|chp={how}|{chp}", f"frame={how}", f"l|frame={lemma}|{how}", f"src={src}", f"l|src={lemma}|{src}", f"frame|src={how}|{src}",
            f"csize={size}", f"frame|csize={how}|{size}", f"ckind={frame.kind}"]


# --- generic frames ---------------------------------------------------------------------------------


def _stance(tok: Token) -> str:
    cue = _lex_entry(tok)
    if cue is not None:
        return cue.stance
    return learned_stances().get((tok.lemma_.lower(), tok.pos_), "neutral")


def generic_frame(doc: Doc, tok: Token, regions: Sequence[QuoteRegion]) -> _Found | None:
    """The source and content of a cue word the lexicon does not frame, read from the parse the way
    the verb and noun rules read them; None when the parse shows no content."""
    if tok.pos_ == "VERB":
        return _verb_frame(doc, tok, regions)
    if tok.pos_ == "NOUN":
        return _noun_frame(doc, tok, regions)
    if tok.pos_ == "ADJ":
        return _adjective_frame(doc, tok, regions)
    return None


def _make(doc: Doc, tok: Token, regions: Sequence[QuoteRegion], content: tuple[int, int], how: str,
          subj: Token | None, subj_how: str) -> _Found | None:
    text = doc_text(doc)
    nested = _region_at(regions, tok.idx) is not None
    speaker = _speaker_chars(subj) if subj is not None and _region_at(regions, subj.idx) is None else None
    if speaker is None:
        subj = None
    s, e = content
    if e <= s:
        return None
    if speaker is not None and speaker[0] < e and s < speaker[1]:
        return None  # the parse put the speaker inside its own content
    if nested:
        outer = _region_at(regions, tok.idx)
        s, e = _strip(text, max(s, outer.inner_start), min(e, outer.inner_end))
        kind = "indirect"
        if e <= s:
            return None
    else:
        s, e, kind = _classify(text, s, e, regions)
    return _Found(content=(s, e), cue=(tok.idx, tok.idx + len(tok)), cue_lemma=tok.lemma_.lower(),
                  stance=_stance(tok), speaker=speaker, speaker_head=subj.i if subj is not None else None,
                  kind=kind, reason=f"content: {how}; speaker: {subj_how if subj is not None else 'none named'}",
                  cue_token=tok.i)


def _verb_frame(doc: Doc, verb: Token, regions: Sequence[QuoteRegion]) -> _Found | None:
    text = doc_text(doc)
    if reduced_relative(verb):
        return None  # "A ceasefire agreed last week has held": a modifier, not a verb with a clause
    subj, subj_how = _subject(verb)
    if subj is not None and subj.pos_ not in {"NOUN", "PROPN", "PRON"}:
        subj, subj_how = None, "no nominal subject"
    speaker = _speaker_chars(subj) if subj is not None else None
    comps, _ = _complements(verb, speaker)
    comps = [c for c in comps if "\n" not in text[min(verb.idx, c.idx) : max(verb.idx, c.idx)]]
    if comps:
        skip = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
        s, e = _subtree_chars(comps[0], skip)
        s, e = _clip_to_paragraph(text, s, e, comps[0].idx)
        return _make(doc, verb, regions, _strip(text, s, e), "clausal complement of the cue", subj, subj_how)
    region = _adjacent_region(doc, verb, speaker, regions)
    if region is not None:
        return _make(doc, verb, regions, (region.inner_start, region.inner_end), "quotation next to the cue", subj, subj_how)
    cue = Cue(verb.lemma_.lower(), "VERB", _stance(verb), f"prep={'|'.join(sorted(VERB_CONTENT_PREPS))}")
    content, how = _object_content(verb, cue)
    if content is None:
        content, how = _passive_subject(verb)
        if content is not None and not subj_how.startswith("agent"):
            subj, subj_how = None, "none named (agentless passive)"
    if content is None:
        return None
    return _make(doc, verb, regions, content, how, subj, subj_how)


def _passive_subject(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'The purchase price was not disclosed', 'a plan rejected by the council': what a passive cue
    is about is its subject (a relative pronoun stands for the noun it modifies)."""
    ps = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if ps is None or ps.lower_ in {"it", "this", "that", "there"}:
        return None, ""
    if ps.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return _speaker_chars(verb.head), "noun the relative clause of a passive cue modifies"
    return _strip(doc_text(verb.doc), *_subtree_chars(ps)), "subject of passive cue"


def _noun_frame(doc: Doc, noun: Token, regions: Sequence[QuoteRegion]) -> _Found | None:
    text = doc_text(doc)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    how = "possessor of the cue noun"
    if owner is None:
        owner = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i), None)
        how = "name modifying the cue noun"
    if owner is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
                owner = next((g for g in c.children if g.dep_ == "pobj"), None)
                how = f"holder after '{c.lower_}'"
                break
    if owner is None and noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        # "Clark is a surrogate for Clinton's campaign", "she is an outspoken supporter of Roe":
        # a cue noun predicated of the subject names the subject's own position.
        owner = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS and c.i < noun.i), None)
        how = "subject of the copula"
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ in {"acl", "ccomp", "relcl"} and any(
                g.dep_ == "mark" and g.lower_ == "that" or g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            s, e = _clip_to_paragraph(text, *_subtree_chars(c), c.idx)
            return _make(doc, noun, regions, _strip(text, s, e), "clause of the cue noun", owner, how)
    for c in noun.children:
        if c.dep_ == "prep" and c.i > noun.i and c.lower_ in NOUN_CONTENT_PREPS:
            obj = next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                s, e = _clip_to_paragraph(text, *_subtree_chars(obj), obj.idx)
                return _make(doc, noun, regions, _strip(text, s, e), f"'{c.lower_}' object of the cue noun", owner, how)
    return None


def _adjective_frame(doc: Doc, adj: Token, regions: Sequence[QuoteRegion]) -> _Found | None:
    """'were skeptical of X', 'is confident that Y': a predicated adjective; its copula's subject holds it."""
    if adj.dep_ not in {"acomp", "oprd"}:
        return None
    text = doc_text(doc)
    subj = next((c for c in adj.head.children if c.dep_ in SUBJECT_DEPS), None)
    for c in adj.children:
        if c.i < adj.i:
            continue
        if c.dep_ in {"ccomp", "xcomp"}:
            s, e = _clip_to_paragraph(text, *_subtree_chars(c), c.idx)
            return _make(doc, adj, regions, _strip(text, s, e), "clause of the attitude adjective", subj, "subject of the copula")
        if c.dep_ == "prep":
            obj = next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                s, e = _clip_to_paragraph(text, *_subtree_chars(obj), obj.idx)
                return _make(doc, adj, regions, _strip(text, s, e), f"'{c.lower_}' object of the attitude adjective",
                             subj, "subject of the copula")
    return None


def apply_learned(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found],
                  model: CueModel | None = None) -> list[_Found]:
    """The learned layer over the rules' attributions: filter, then add (each off when its threshold is None)."""
    model = model if model is not None else cue_model()
    if model is None:
        return found
    return add_found(doc, regions, filter_found(doc, regions, found, model), model)
