"""Who said what: attributions (direct, indirect and mixed quotes) with cue, speaker and stance.

Rules over the dependency parse, driven by a cue lexicon (``lexicons/cues.tsv``) so that analysts
can see and extend what counts as a reporting verb and how each frames its content. The extractor
is deliberately conservative about quote marks: a quoted fragment becomes an attribution only when
a cue or a preceding quote of the same speaker claims it, so scare quotes (a "productive" call)
never turn into statements nobody made.

Every Quote says why it was made (``reason``) and why its speaker is what it is (``speaker_reason``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span as SpacySpan, Token

from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion, scan_quotes
from storyline.records import Mention, Quote, Span, record_id

SUBJECT_DEPS = {"nsubj", "csubj"}
# Prepositions that name who the speaker is ("analysts from X", "a spokesman for X"); others
# ("at a briefing", "on Tuesday") describe the occasion and stay out of the speaker phrase.
SPEAKER_PREPS = {"from", "of", "for", "with", "at"}
OCCASION_PREPS_AT_HEAD = {"in", "on", "during", "after", "before", "at"}
EDGE_STRIP = " \t\n,;:\u2014\u2013-\u00a0\ufeff"
QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb\u201e"
PERSONAL = {"he", "she", "him", "her"}
PLURAL = {"they", "we", "them"}
DEMONSTRATIVES = {"this", "that", "it", "which", "these", "those"}
CONTINUATION_GAP = 160  # chars between a quote and the next quote of the same speaker
MIN_QUOTE_WORDS = 3  # shorter quoted fragments need a cue of their own (scare-quote guard)
DEFAULT_CONTENT_PREPS = frozenset({"for", "on", "about"})  # "called for X", "commented on X"


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    pos: str
    stance: str
    # Which content frames the cue takes beyond a clause (see cues.tsv): "clause" = a clause or a
    # quotation only; "prep=a|b" = prepositions whose object is the content ("talk about X").
    frames: str = ""

    @property
    def clause_only(self) -> bool:
        return "clause" in self.frames.split(",")

    @property
    def preps(self) -> frozenset[str]:
        for part in self.frames.split(","):
            if part.startswith("prep="):
                return frozenset(part[5:].split("|"))
        return DEFAULT_CONTENT_PREPS

    def allows_object(self, verb: Token) -> bool:
        """False when the cue lists the objects it takes ("obj=concern|question") and has another."""
        for part in self.frames.split(","):
            if part.startswith("obj="):
                allowed = set(part[4:].split("|"))
                return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in allowed for c in verb.children)
        return True


@cache
def cue_lexicon() -> dict[tuple[str, str], Cue]:
    """(lemma, POS) -> Cue, read once from the packaged TSV."""
    table: dict[tuple[str, str], Cue] = {}
    text = resources.files("storyline.analyze").joinpath("lexicons/cues.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        lemma, pos, stance = cols[:3]
        frames = cols[3].strip() if len(cols) > 3 else ""
        table[(lemma, pos)] = Cue(lemma, pos, stance, frames)
    return table


@dataclass(frozen=True, slots=True)
class _Found:
    """An attribution before ids and speaker resolution: plain offsets."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    stance: str
    speaker: tuple[int, int] | None
    speaker_head: int | None  # token index of the speaker's head, for pronoun resolution
    kind: str
    reason: str
    relayed_by: str | None = None
    cue_token: int | None = None


# ---------------------------------------------------------------- span helpers


def _strip(text: str, start: int, end: int, extra: str = "") -> tuple[int, int]:
    chars = EDGE_STRIP + extra
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _subtree_chars(tok: Token, skip: set[int] | None = None) -> tuple[int, int]:
    """Char extent of ``tok``'s subtree, leaving out the subtrees rooted at ``skip`` tokens at the edges."""
    skip = skip or set()
    kept = []
    for t in tok.subtree:
        cur, blocked = t, False
        while cur.i != tok.i:
            if cur.i in skip:
                blocked = True
                break
            cur = cur.head
        if not blocked:
            kept.append(t)
    if not kept:
        return tok.idx, tok.idx + len(tok)
    return kept[0].idx, kept[-1].idx + len(kept[-1])


def _speaker_chars(head: Token) -> tuple[int, int]:
    skip = {
        c.i
        for c in head.children
        if (c.dep_ == "prep" and c.lower_ not in SPEAKER_PREPS) or c.dep_ in {"relcl", "acl", "advcl", "punct"} and c.i > head.i
    }
    # "at a press briefing" after a name is the occasion, but "at Harvard" names an affiliation:
    # keep "at" only when its object is a proper noun.
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "at" and not any(g.pos_ == "PROPN" for g in c.children):
            skip.add(c.i)
    start, end = _clip_to_paragraph(doc_text(head.doc), *_subtree_chars(head, skip), head.idx)
    return _strip(doc_text(head.doc), start, end, QUOTE_CHARS)


def _clip_to_paragraph(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """Keep ``[start, end)`` inside the paragraph holding ``anchor``: parses of scraped text often
    run a sentence across a line break into a caption or link, which is never part of it."""
    nl = text.rfind("\n", start, anchor)
    if nl != -1:
        start = nl + 1
    nl = text.find("\n", anchor, end)
    if nl != -1:
        end = nl
    return start, end


def _region_at(regions: Sequence[QuoteRegion], pos: int) -> QuoteRegion | None:
    for r in regions:
        if r.start <= pos < r.end:
            return r
    return None


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    sents = [s for s in doc.sents if s.start_char < max(end, start + 1) and s.end_char > start]
    if not sents:
        return start, end
    return sents[0].start_char, sents[-1].end_char


# ---------------------------------------------------------------- content classification


def _classify(text: str, start: int, end: int, regions: Sequence[QuoteRegion]) -> tuple[int, int, str]:
    """Direct when the content is a quoted passage (widened to the whole passage), mixed when it
    carries a quoted fragment, indirect otherwise."""
    s, e = _strip(text, start, end, QUOTE_CHARS)
    if e - s > 1 and text[e - 1] == "." and not text[e - 2].isupper():
        e -= 1  # the sentence's full stop is not part of a paraphrase
    if e <= s:
        return start, end, "indirect"
    for r in regions:
        if r.inner_start - 2 <= s and e <= r.inner_end + 2:
            return r.inner_start, r.inner_end, "direct"
    inside = [r for r in regions if r.start < e and r.end > s]
    if not inside:
        return s, e, "indirect"
    lo = min([s] + [r.inner_start for r in inside if r.start < s])
    hi = max([e] + [r.inner_end for r in inside if r.end > e])
    if lo < s:
        # The paraphrase starts inside a quote that began earlier: reach back to its opening mark.
        s = lo
    if hi > e:
        e = hi
    return s, e, "mixed"


# ---------------------------------------------------------------- speaker and content finders


def _subject(verb: Token) -> tuple[Token | None, str]:
    """The speaker token of a cue verb and how it was found."""
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0], "agent of passive cue"
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            if c.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                return verb.head, "noun the relative clause describes"
            return c, "subject of cue"
    cur = verb
    for _ in range(3):
        if cur.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and cur.head is not cur:
            if cur.dep_ == "ccomp":
                break
            cur = cur.head
            for c in cur.children:
                if c.dep_ in SUBJECT_DEPS:
                    return c, f"subject of governing verb '{cur.text}'"
        elif cur.dep_ == "relcl":
            return cur.head, "noun modified by the relative clause"
        elif cur.dep_ == "acl" and cur.tag_ == "VBG":
            return cur.head, "noun modified by the participle"
        else:
            break
    return None, "no subject"


def _framed_by_attempt(verb: Token) -> bool:
    """'attempted to claim', 'tried to argue': the reporter distances itself from the claim."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in {"attempt", "try", "seek"}


def _colon_content(verb: Token) -> tuple[int, int] | None:
    """'X stated Moscow's position: this would...' - an unquoted statement after a colon."""
    sent = verb.sent
    for t in sent:
        if t.i > verb.i and t.text == ":" and t.i < sent.end - 2:
            return _strip(doc_text(verb.doc), t.idx + 1, sent.end_char)
    return None


def _adjacent_region(
    doc: Doc, verb: Token, speaker: tuple[int, int] | None, regions: Sequence[QuoteRegion]
) -> QuoteRegion | None:
    """A quoted passage introduced by the cue ('said: "..."', 'said,“The...') or closed just before
    the reporting clause ('"...," Putin said')."""
    text = doc_text(doc)
    clause_start = min(verb.idx, speaker[0]) if speaker else verb.idx
    clause_end = max(verb.idx + len(verb), speaker[1]) if speaker else verb.idx + len(verb)
    sent = verb.sent
    before = [r for r in regions if r.end <= clause_start]
    if before:
        r = before[-1]
        gap = text[r.end : clause_start]
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            gap = "x"
        if not gap.strip(EDGE_STRIP + ".") and "\n" not in gap:
            return r
    after = [r for r in regions if r.start >= clause_end]
    if after:
        r = after[0]
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS and not text[clause_end : r.start].rstrip().endswith(":"):
            return None
        gap = text[clause_end : r.start]
        if r.start < sent.end_char + 2 and "\n" not in gap and len(gap) <= 60:
            stripped = gap.strip(EDGE_STRIP + ".")
            if not stripped or gap.rstrip().endswith((":", ",")):
                return r
    return None


ADDRESSEE_VERBS = {"tell", "ask", "urge", "inform", "warn", "brief", "thank", "call", "remind"}
# Verbs that take a to-infinitive as a report ("pledged to oppose"), not as an aspect ("continue to").
NOT_REPORT_XCOMP = {"continue"}


def _object_content(verb: Token, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """Content that is not a clause: a to-infinitive ('vowed to protect'), an object ('criticized
    Clinton for ...'), or a prepositional object ('called for more flexibility')."""
    text = doc_text(verb.doc)
    if cue.clause_only:
        return None, ""
    xcomps = [c for c in verb.children if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if xcomps and cue.lemma not in NOT_REPORT_XCOMP:
        return _strip(text, *_subtree_chars(xcomps[0])), "to-infinitive complement of cue"
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    # "called Trump unhinged", "called his actions “a crucial step”": naming verbs state a view of
    # their object through a second complement; without one the object is an addressee.
    naming = bool(objs) and (
        any(c.dep_ in {"oprd", "ccomp"} for c in verb.children) or any(c.dep_ == "appos" for c in objs[0].children)
    )
    if objs and (cue.lemma not in ADDRESSEE_VERBS or naming) and objs[0].pos_ != "PRON":
        end_tok = _contiguous_end(verb, objs[0])
        return _strip(text, objs[0].left_edge.idx, end_tok.idx + len(end_tok)), "object of cue"
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in cue.preps]
    if preps and any(g.dep_ == "pobj" for g in preps[0].children):
        return _strip(text, *_subtree_chars(preps[0])), f"'{preps[0].lower_}' object of cue"
    return None, ""


def _contiguous_end(verb: Token, first: Token) -> Token:
    """Last token of the run that starts at ``first`` and stays in ``verb``'s own clause: it stops
    before a conjoined or adverbial clause of the verb ("praised X and said Y"), so one cue's content
    never swallows the next cue."""
    stop_deps = {"advcl", "conj", "cc", "punct"}
    end = first
    for t in verb.doc[first.i : verb.sent.end]:
        if t.head.i == verb.i and t.dep_ in stop_deps and t.i > first.i:
            break
        if not (t.i == verb.i or verb in t.ancestors):
            break
        end = t
    return end


_BOUNDARY = re.compile(r"[.!?;]|\n")


def _complements(verb: Token, speaker: tuple[int, int] | None) -> tuple[list[Token], bool]:
    """The cue's clausal complements that form its content, and whether the content is split
    around the reporting clause.

    A missed sentence break or a semicolon often hangs the previous clause on the cue as a second
    complement ("... the queue." Farage said the warning...); only the side not cut off by a
    sentence boundary is content. Complements on both sides with the reporting clause set off by
    commas ("It is no surprise, Mr. Garin said, that she won") are one split statement: its span
    covers both parts (and so the interjected clause), which is what a reader needs to see and
    what one Span can hold. A complement before the cue that is itself a report ("Six in 10 said
    X; 46 percent said Y") is a separate attribution, never part of this one's content."""
    lex = cue_lexicon()
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    before = [c for c in comps if c.i < verb.i and not (
        (c.lemma_.lower(), "VERB") in lex and any(g.dep_ in SUBJECT_DEPS for g in c.children))]
    after = [c for c in comps if c.i > verb.i]
    if not (before and after):
        return before + after, False
    text = doc_text(verb.doc)
    clause_start = min(verb.idx, speaker[0]) if speaker else verb.idx
    clause_end = max(verb.idx + len(verb), speaker[1]) if speaker else verb.idx + len(verb)
    left = [t for t in before[-1].subtree if t.idx + len(t) <= clause_start]
    right = [t for t in after[0].subtree if t.idx >= clause_end]
    before_end = left[-1].idx + len(left[-1]) if left else before[-1].idx
    after_start = right[0].idx if right else after[0].idx
    gap_before = text[before_end:clause_start].strip(" " + QUOTE_CHARS + "'")
    gap_after = text[clause_end:after_start].strip(" " + QUOTE_CHARS + "'")
    cut_before = bool(_BOUNDARY.search(gap_before))
    cut_after = bool(_BOUNDARY.search(gap_after))
    if cut_after and not cut_before:
        return before, False
    if not cut_before and gap_before == "," and gap_after.startswith(","):
        return before + after, True
    return after, False


def _verb_attributions(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    text = doc_text(doc)
    lex = cue_lexicon()
    found: list[_Found] = []
    for verb in doc:
        if (verb.lemma_.lower(), "VERB") not in lex:
            continue
        mistagged = verb.dep_ == "ROOT" and verb.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in verb.children)
        if verb.pos_ not in {"VERB", "AUX"} and not mistagged:
            continue
        nested = _region_at(regions, verb.idx) is not None  # a report inside a quotation
        cue = lex[(verb.lemma_.lower(), "VERB")]
        if not cue.allows_object(verb):
            continue
        subj, subj_how = _subject(verb)
        speaker = _speaker_chars(subj) if subj is not None else None
        stance = "distancing" if _framed_by_attempt(verb) else cue.stance
        content: tuple[int, int] | None = None
        how = ""
        comps, split = _complements(verb, speaker)
        if comps:
            skip = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
            s, e = _subtree_chars(comps[0], skip)
            if len(comps) > 1:
                e = max(e, _subtree_chars(comps[-1], skip)[1])
            if s < verb.idx < comps[0].idx:
                # "which officials said will go...": the relative pronoun heads the complement but
                # stands before the cue; the content is what follows the cue.
                s = doc[verb.i + 1].idx if verb.i + 1 < len(doc) else s
            anchor = comps[0].idx
            in_region = _region_at(regions, anchor)
            if in_region is None:
                s, e = _clip_to_paragraph(text, s, e, anchor)
            elif s >= in_region.start - 2:
                # A quoted complement ends where its quotation ends, even when the mark is missing.
                e = min(e, in_region.inner_end)
            content, how = _strip(text, s, e), "clausal complement of cue"
            if split:
                how = "clausal complement split around the cue (content spans both parts)"
        if content is None:
            bare = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                    and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and c.pos_ in {"VERB", "AUX"}]
            if bare:
                # "He said legalizing it could...": the parser made the complement clause an xcomp.
                s, e = _clip_to_paragraph(text, *_subtree_chars(bare[0]), bare[0].idx)
                content, how = _strip(text, s, e), "bare verbal complement of cue"
        passive_subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if content is None and passive_subj and subj is not None and subj_how.startswith("agent"):
            ps = passive_subj[0]
            if ps.lower_ in DEMONSTRATIVES:
                prev = [s for s in doc.sents if s.end <= verb.sent.start]
                if prev:
                    content = _strip(text, prev[-1].start_char, prev[-1].end_char)
                    how = "passive cue with a demonstrative subject: content is the previous sentence"
            else:
                content, how = _strip(text, *_subtree_chars(ps)), "subject of passive cue"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if content is None and objs and cue.stance == "estimate" and any(
            c.dep_ == "prep" and c.i > objs[0].i for c in verb.children
        ):
            # "estimate the arsenal at around 4,000 units": object plus its valuation is the content.
            right = [t for t in verb.subtree if t.i > verb.i]
            content = _strip(text, right[0].idx, right[-1].idx + len(right[-1]))
            how = "object and valuation of an estimate cue"
        if content is None and verb.dep_ == "parataxis" and subj is not None and verb.head.i > verb.i:
            # "The Russians, said Lavrov, would never agree": the cue interrupts its own content.
            s0, e0 = _subtree_chars(verb.head)
            content = _clip_to_paragraph(text, *_strip(text, s0, e0), verb.head.idx)
            how = "clause interrupted by the cue"
        if (content is None and verb.dep_ == "parataxis" and subj is not None and verb.head.i < verb.i
                and verb.head.pos_ in {"VERB", "AUX"} and not nested):
            # "Turnout was high, officials said." / "X had two interviews, officials said, the first
            # in May": the reporting clause is appended to (or set into) the clause it reports.
            s0, e0 = _subtree_chars(verb.head, {verb.i})
            if s0 < (speaker or (verb.idx, 0))[0]:
                content = _clip_to_paragraph(text, *_strip(text, s0, e0), verb.head.idx)
                how = "clause the reporting clause is appended to"
        if content is None:
            region = _adjacent_region(doc, verb, speaker, regions)
            if region is not None:
                content, how = (region.inner_start, region.inner_end), "quotation next to the cue"
        if content is None and not nested:
            content, how = _object_content(verb, cue)
        if content is None:
            colon = _colon_content(verb)
            if colon is not None and colon[1] > colon[0]:
                content, how = colon, "statement after a colon"
        if content is None or content[1] <= content[0]:
            continue
        if speaker is not None and speaker[0] < content[1] and content[0] < speaker[1] and verb.dep_ != "parataxis" and not split:
            # The parse put the speaker inside its own content; not a usable attribution.
            continue
        if nested:
            # A report inside someone's quotation: its content stays the clause, never the quotation.
            s, e = _strip(text, *content, QUOTE_CHARS)
            kind = "indirect"
            how += " (reported inside a quotation)"
        else:
            s, e, kind = _classify(text, content[0], content[1], regions)
        found.append(
            _Found(
                content=(s, e),
                cue=(verb.idx, verb.idx + len(verb)),
                cue_lemma=cue.lemma,
                stance=stance,
                speaker=speaker,
                speaker_head=subj.i if subj is not None else None,
                kind=kind,
                reason=f"{how}; speaker: {subj_how}",
                cue_token=verb.i,
            )
        )
    return found


# Verbs whose subject is the author of a statement named by their object noun.
ISSUING_VERBS = frozenset({"make", "issue", "release", "publish", "put", "send", "post", "voice", "repeat", "express"})


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
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
            # "The ministry issued a statement that...", "He made the claim that...": the one who
            # issues the statement is its speaker. Other governors ("rejected the claim that")
            # name someone who answers the statement, not its speaker, so they stay out.
            owners = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS]
            how = f"noun cue with 'that' clause, object of '{noun.head.lemma_.lower()}'; speaker: its subject"
        if not owners:
            continue
        clause: Token | None = None
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            clause = next((c for c in noun.head.children if c.dep_ in {"ccomp", "attr"} and c.i > noun.i), None)
            if clause is not None and clause.dep_ == "attr" and not any(g.dep_ == "mark" for g in clause.subtree):
                clause = None
        if clause is None:
            clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
        if clause is None:
            continue
        s, e = _strip(text, *_subtree_chars(clause))
        s, e, kind = _classify(text, s, e, regions)
        owner = owners[0]
        found.append(
            _Found(
                content=(s, e),
                cue=(noun.idx, noun.idx + len(noun)),
                cue_lemma=cue.lemma,
                stance=cue.stance,
                speaker=_speaker_chars(owner),
                speaker_head=owner.i,
                kind=kind,
                reason=how,
                cue_token=noun.i,
            )
        )
    return found


def _according_to(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'according to X': X is the speaker, or the relayer when the clause already has a speaker."""
    text = doc_text(doc)
    out = list(found)
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        if _region_at(regions, tok.idx) is not None:
            continue
        to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        if not objs:
            continue
        src = objs[0]
        speaker = _speaker_chars(src)
        phrase = (tok.idx, speaker[1])
        sent = tok.sent
        owner = next(
            (i for i, f in enumerate(out) if f.cue_token is not None and doc[f.cue_token].sent.start == sent.start
             and not (f.content[0] <= tok.idx < f.content[1])),
            None,
        )
        relays = owner is not None
        if owner is not None:
            # Both records: the statement keeps its speaker and names the relayer, and the relayer's
            # own report ("X said Y, according to CNN") is an attribution to the relayer.
            f = out[owner]
            out[owner] = replace(f, relayed_by=text[speaker[0] : speaker[1]], reason=f.reason + "; relayed: 'according to'")
        elif any(f.content[0] <= tok.idx < f.content[1] for f in out):
            continue  # nested inside another attribution's content: PolNeAR-style flattening keeps the outer
        if phrase[1] >= sent.end_char - 2 or text[phrase[1] : sent.end_char].strip(EDGE_STRIP + ".") == "":
            content = _strip(text, sent.start_char, phrase[0])
        elif phrase[0] <= sent.start_char + 1:
            content = _strip(text, phrase[1], sent.end_char)
        else:
            content = _strip(text, sent.start_char, sent.end_char)
        if content[1] <= content[0]:
            continue
        s, e, kind = _classify(text, *content, regions)
        out.append(
            _Found(
                content=(s, e),
                cue=(tok.idx, to.idx + len(to)),
                cue_lemma="according to",
                stance="neutral",
                speaker=speaker,
                speaker_head=src.i,
                kind=kind,
                reason="'according to' names the source of the clause"
                + ("; it relays another attribution in the sentence" if relays else ""),
            )
        )
    return out


@cache
def colon_labels() -> frozenset[str]:
    """Heads of "Label: text" lines that are page furniture, not speakers (lexicons/colon_labels.txt)."""
    text = resources.files("storyline.analyze").joinpath("lexicons/colon_labels.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


MAX_LABEL_TOKENS = 6


def _colon_speakers(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'Trump: I'm the worst thing...', 'Clinton camp: Trump threatens security': a short name
    phrase opening a sentence, then a colon, attributes the rest of the sentence (the headline
    convention). The label must be a noun phrase with a proper noun or a noun and no verb, so
    "Wait, it gets better:" and "Editor's note:" (see colon_labels.txt) stay out."""
    text = doc_text(doc)
    out = list(found)
    labels = colon_labels()
    for colon in doc:
        if colon.text != ":" or _region_at(regions, colon.idx) is not None:
            continue
        sent = colon.sent
        line_start = text.rfind("\n", 0, colon.idx) + 1
        label = [t for t in doc[sent.start : colon.i] if t.idx >= line_start]
        if not label or len(label) > MAX_LABEL_TOKENS or not label[0].text[:1].isupper():
            continue
        if any(t.pos_ in {"VERB", "AUX", "NUM", "PRON"} or t.text in {",", ";", "(", ")"} for t in label):
            continue
        if not any(t.pos_ in {"PROPN", "NOUN"} for t in label) or label[-1].lower_ in labels:
            continue
        if any(t.lower_ in labels for t in label) or _DIGITS.search(text[label[0].idx : colon.idx]):
            continue
        line_end = text.find("\n", colon.idx)
        end = min(sent.end_char, line_end if line_end != -1 else len(text))
        s, e = _strip(text, colon.idx + 1, end)
        if len(text[s:e].split()) < MIN_QUOTE_WORDS or any(f.content[0] <= s < f.content[1] for f in out):
            continue
        s, e, kind = _classify(text, s, e, regions)
        out.append(
            _Found(
                content=(s, e),
                cue=(colon.idx, colon.idx + 1),
                cue_lemma=":",
                stance="neutral",
                speaker=_strip(text, label[0].idx, label[-1].idx + len(label[-1])),
                speaker_head=label[-1].i,
                kind=kind,
                reason="name phrase and colon open the sentence (headline convention); speaker: the label",
            )
        )
    return out


_DIGITS = re.compile(r"\d")


def r_contains(regions: Sequence[QuoteRegion], pos: int) -> bool:
    return _region_at(regions, pos) is not None


def _continuations(text: str, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """A quotation that follows a direct quote of the same speaker with only the reporting clause
    between them ('"...," Putin said. "We ..."') continues that speaker's statement."""
    out = list(found)
    # Reports nested inside a quotation (cue within the marks) do not claim the quotation itself.
    claimed = [f.content for f in found if not (f.cue and r_contains(regions, f.cue[0]))]
    for r in regions:
        if any(c[0] <= r.inner_start < c[1] or r.inner_start <= c[0] < r.inner_end for c in claimed):
            continue
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        prev = [f for f in out if f.kind == "direct" and f.content[1] <= r.start and not (f.cue and r_contains(regions, f.cue[0]))]
        if not prev:
            continue
        last = max(prev, key=lambda f: f.content[1])
        end_of_prev = max(last.content[1], last.cue[1] if last.cue else 0, last.speaker[1] if last.speaker else 0)
        gap = text[end_of_prev : r.start]
        if len(gap) > CONTINUATION_GAP or any(ch in QUOTE_CHARS for ch in gap.strip(QUOTE_CHARS + " ,.")):
            continue
        if any(o.content[0] >= end_of_prev and o.content[0] < r.start for o in out if o is not last and not (o.cue and r_contains(regions, o.cue[0]))):
            continue
        out.append(
            replace(
                last,
                content=(r.inner_start, r.inner_end),
                kind="direct",
                reason="quotation continuing the previous quote of the same speaker",
            )
        )
        claimed.append((r.inner_start, r.inner_end))
    return out


IRREGULAR = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
             "writes": "write", "thought": "think", "found": "find", "shown": "show"}


def _cue_form(word: str) -> Cue | None:
    """The verb cue a surface form belongs to, without a parse (for tokens the tokenizer glued)."""
    lex = cue_lexicon()
    w = word.lower()
    candidates = [IRREGULAR.get(w, w)]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("ed", "e"), ("s", ""), ("d", "")):
        if w.endswith(suffix):
            candidates.append(w[: len(w) - len(suffix)] + repl)
    for c in candidates:
        if (c, "VERB") in lex:
            return lex[(c, "VERB")]
    return None


def _glued_cues(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """A quotation glued to its cue ('said,“The new...') is one token to the tokenizer, so the
    parse misses the cue; find the cue word by its surface form right before the opening mark."""
    text = doc_text(doc)
    out = list(found)
    for r in regions:
        if any(f.content[0] <= r.inner_start < f.content[1] for f in out):
            continue
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        m = re.search(r"([A-Za-z]+)[ \t]*[,:]?[ \t]*$", text[max(line_start, r.start - 40) : r.start])
        if m is None:
            continue
        cue = _cue_form(m.group(1))
        if cue is None:
            continue
        w_start = max(line_start, r.start - 40) + m.start(1)
        w_end = w_start + len(m.group(1))
        subjects = [t for t in doc if line_start <= t.idx < w_start and t.dep_ in SUBJECT_DEPS
                    and t.idx + len(t) <= w_start and _region_at(regions, t.idx) is None]
        subj = subjects[-1] if subjects else None
        speaker = _speaker_chars(subj) if subj is not None else None
        if subj is None:
            # The glued token wrecks the parse; take the noun phrase right before the cue word.
            run = []
            for t in reversed([t for t in doc if line_start <= t.idx and t.idx + len(t) <= w_start]):
                if t.pos_ not in {"PROPN", "NOUN", "ADJ", "DET", "PRON"}:
                    break
                run.insert(0, t)
            if run:
                subj = run[-1]
                speaker = (run[0].idx, run[-1].idx + len(run[-1]))
        if speaker is not None and speaker[1] > w_start:
            speaker = (speaker[0], w_start)
            speaker = _strip(text, *speaker)
        out.append(
            _Found(
                content=(r.inner_start, r.inner_end),
                cue=(w_start, w_end),
                cue_lemma=cue.lemma,
                stance=cue.stance,
                speaker=speaker,
                speaker_head=subj.i if subj is not None else None,
                kind="direct",
                reason="cue word glued to the quotation; speaker: last subject before the cue",
            )
        )
    return out


# ---------------------------------------------------------------- speaker resolution


def _resolve_speaker(
    doc: Doc, f: _Found, mentions: Sequence[Mention], previous: Sequence[Quote]
) -> tuple[str | None, str]:
    """Entity id of the speaker and why; None with the reason when it cannot be pinned down."""
    if f.speaker is None:
        return None, "no speaker in the text (impersonal or agentless cue)"
    s, e = f.speaker
    head = doc[f.speaker_head] if f.speaker_head is not None else None
    inside = [m for m in mentions if m.span.start < e and m.span.end > s]
    if head is not None and head.pos_ == "PRON" and not inside:
        return _resolve_pronoun(head, mentions, previous)
    if inside:
        covering = [m for m in inside if head is not None and m.span.start <= head.idx < m.span.end]
        best = covering[0] if covering else inside[-1]
        how = "mention covering the speaker's head" if covering else f"{best.label} mention inside the speaker phrase"
        if best.entity_id is None:
            return None, f"{how} ('{best.text}') is not linked to an entity"
        return best.entity_id, f"{how} ('{best.text}')"
    return None, "speaker is a description with no named mention"


def _resolve_pronoun(
    head: Token, mentions: Sequence[Mention], previous: Sequence[Quote]
) -> tuple[str | None, str]:
    word = head.lower_
    quoted = [(q.span.start, q.span.end) for q in previous]

    def outside_quotes(m: Mention) -> bool:
        return not any(a <= m.span.start < b for a, b in quoted)

    if word in PERSONAL:
        people = [m for m in mentions if m.label == "PERSON" and m.span.end <= head.idx and outside_quotes(m)]
        if people:
            m = people[-1]
            if m.entity_id is None:
                return None, f"pronoun '{head.text}': nearest PERSON '{m.text}' is not linked to an entity"
            return m.entity_id, f"pronoun '{head.text}' -> nearest preceding PERSON '{m.text}'"
        return None, f"pronoun '{head.text}' with no preceding PERSON mention"
    if word in PLURAL:
        earlier = [q for q in previous if q.speaker_span is not None and q.speaker_span.end <= head.idx]
        if earlier and earlier[-1].speaker_entity is not None:
            q = earlier[-1]
            return q.speaker_entity, f"pronoun '{head.text}' -> speaker of the previous attribution ('{q.speaker}')"
        return None, f"plural pronoun '{head.text}' not resolved"
    return None, f"pronoun '{head.text}' not resolved"


# ---------------------------------------------------------------- public


def extract_quotes(
    doc: Doc, article_id: str, mentions: Sequence[Mention], reported_by: str | None
) -> list[Quote]:
    """Every attribution in ``doc``, in text order, with offsets into ``doc.text``."""
    text = doc_text(doc)
    regions = scan_quotes(text)
    found = _verb_attributions(doc, regions) + _noun_attributions(doc, regions)
    found = _according_to(doc, regions, found)
    found = _colon_speakers(doc, regions, found)
    found = _dedupe(found)
    found = _glued_cues(doc, regions, found)
    found = _continuations(text, regions, found)
    found = _dedupe(found)
    found.sort(key=lambda f: (f.content[0], f.content[1], f.cue or (0, 0)))
    quotes: list[Quote] = []
    mentions = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    for f in found:
        entity, why = _resolve_speaker(doc, f, mentions, quotes)
        s, e = f.content
        cue_span = Span(article_id, *f.cue) if f.cue else None
        sent = _sentence_bounds(doc, min(s, f.cue[0] if f.cue else s), max(e, f.cue[1] if f.cue else e))
        quotes.append(
            Quote(
                id=record_id("quote", article_id, s, e, f.cue),
                span=Span(article_id, s, e),
                sentence=Span(article_id, *sent),
                text=text[s:e],
                cue=cue_span,
                cue_lemma=f.cue_lemma,
                speaker=text[f.speaker[0] : f.speaker[1]] if f.speaker else None,
                speaker_span=Span(article_id, *f.speaker) if f.speaker else None,
                speaker_entity=entity,
                speaker_reason=why,
                kind=f.kind,
                stance=f.stance,
                reported_by=reported_by,
                relayed_by=f.relayed_by,
                reason=f.reason,
            )
        )
    return quotes


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One attribution per content span; the cue nearest to the content wins (in "X asked for a
    photo and Y said, “...”" the quotation is Y's), then the first in text order."""

    def distance(f: _Found) -> int:
        if f.cue is None:
            return 10**12
        return max(0, f.content[0] - f.cue[1], f.cue[0] - f.content[1])

    seen: dict[tuple[int, int], _Found] = {}
    def adjacency_only(f: _Found) -> bool:
        # "...: “X,” he says.": the quotation parsed as the complement of "says" is his, not that of
        # a cue before it that merely stands next to it.
        return f.reason.startswith("quotation next to the cue")

    for f in sorted(found, key=lambda f: ("inside a quotation" in f.reason, distance(f), adjacency_only(f), f.cue or (10**12, 0))):
        seen.setdefault(f.content, f)
    return list(seen.values())
