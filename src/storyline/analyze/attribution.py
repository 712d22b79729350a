"""Who said what: attributions (direct, indirect and mixed quotes) with cue, speaker and stance.

Rules over the dependency parse, driven by a cue lexicon (``lexicons/cues.tsv``) so that analysts
can see and extend what counts as a reporting verb and how each frames its content. The extractor
is deliberately conservative about quote marks: a quoted fragment becomes an attribution only when
a cue or a preceding quote of the same speaker claims it, so scare quotes (a "productive" call)
never turn into statements nobody made.

Beyond reporting verbs, news attributes positions and attitudes (PolNeAR annotates them as
attributions): cue nouns ("his call to ban...", "in Bolton's view"), attitude adjectives ("was
critical of X"), stances received by the subject ("won support from governors"), appearance verbs
("seemed unperturbed", no speaker) and the signature lines of embedded posts. Annotation is
univocal, so a second report chained onto a first ("said X and added Y", "..., claiming Y") ends
the first one's content.

A relative pronoun subject ("Smith, who said ...") is kept as the speaker span (the word the text
gives), while the speaker shown and resolved is its antecedent. Headlines set in title case, whose
verbs the tagger reads as proper nouns, are read by the surface form of their cue verb. Beyond the
lexicon, the slot itself makes a reporting verb: a short "name + verb" clause right after a
quotation that opens its sentence ("“Go back,” Trump barked"), or a clause ending in a colon right
before one ("then leaned in and boomed: “...”"). Passive naming participles ("the
contests known as Super Tuesday") report the name; cue nouns with no possessor report their clause
("fears that the virus will spread"), with the holder named after "by"/"from" when there is one.

Every Quote says why it was made (``reason``) and why its speaker is what it is (``speaker_reason``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion, scan_quotes
from storyline.records import Mention, Quote, Span, record_id

SUBJECT_DEPS = {"nsubj", "csubj"}
# Prepositions that name who the speaker is ("analysts from X", "a spokesman for X", "a poll by X"); others
# ("at a briefing", "on Tuesday") describe the occasion and stay out of the speaker phrase.
SPEAKER_PREPS = {"from", "of", "for", "with", "at", "by"}
OCCASION_PREPS_AT_HEAD = {"in", "on", "during", "after", "before", "at"}
EDGE_STRIP = " \t\n,;:\u2014\u2013-\u00a0\ufeff"
QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb\u201e"
PERSONAL = {"he", "she", "him", "her"}
PLURAL = {"they", "we", "them"}
DEMONSTRATIVES = {"this", "that", "it", "which", "these", "those"}
_QUOTATION_VOICE = {"i", "we", "you", "me", "us"}  # speakers that are a quotation's own voice
CONTINUATION_GAP = 160  # chars between a quote and the next quote of the same speaker
MIN_QUOTE_WORDS = 3  # shorter quoted fragments need a cue of their own (scare-quote guard)
DEFAULT_CONTENT_PREPS = frozenset({"for", "on", "about", "against"})  # "called for X", "argued against X"


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
    def raising(self) -> bool:
        """'seem'/'appear': the grammatical subject is part of what is judged, not a speaker
        ("The speaker appeared closer to an endorsement" reports an impression with no source)."""
        return "raising" in self.frames.split(",")

    @property
    def needs_as(self) -> bool:
        """'cast Clinton as part of the establishment', 'regards Jerusalem as its capital': verbs
        that state a view only with an "as" predicate ("cast votes", "paint a fence" are acts)."""
        return "as" in self.frames.split(",")

    @property
    def preps(self) -> frozenset[str]:
        for part in self.frames.split(","):
            if part.startswith("prep="):
                return frozenset(part[5:].split("|"))
        return DEFAULT_CONTENT_PREPS

    def allows_object(self, verb: Token) -> bool:
        """False when the cue lists the objects it takes ("obj=concern|question") and has another,
        or lists objects that make it an act, not a statement ("notobj=victory": "claimed victory")."""
        objects = [c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        for part in self.frames.split(","):
            if part.startswith("obj="):
                return any(o in set(part[4:].split("|")) for o in objects)
            if part.startswith("notobj="):
                return not any(o in set(part[7:].split("|")) for o in objects)
        return True

    @property
    def naming(self) -> bool:
        """'the contests known as Super Tuesday', 'a group called the We The People Foundation':
        the passive participle names what it modifies; the name is what is said."""
        return "naming" in self.frames.split(",")

    @property
    def prep_only(self) -> bool:
        """'spoke about X', never 'spoke Spanish': the content is a prepositional object or a
        clause, never a plain object or an infinitive."""
        return "preponly" in self.frames.split(",")


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
        # A clause hung on the name ('"That's a concern," Sarandon told...') is a misparsed quotation.
        or c.dep_ in {"ccomp", "parataxis"}
    }
    # "at a press briefing" after a name is the occasion, but "at Harvard" names an affiliation:
    # keep "at" only when its object is a proper noun.
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "at" and not any(g.pos_ == "PROPN" for g in c.children):
            skip.add(c.i)
    text = doc_text(head.doc)
    start, end = _clip_to_paragraph(text, *_subtree_chars(head, skip), head.idx)
    start, end = _strip(text, start, end, QUOTE_CHARS)
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1  # "Sen. Elizabeth Warren (D-MA)": keep the party label's closing bracket
    return start, end


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
    text = doc_text(verb.doc)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # A subject across a paragraph break ("7:00 p.m.\n\nNevada's estimates are showing") is a
    # parse running a dateline into the sentence: use the last noun of its phrase on the verb's side.
    subjects = [_same_paragraph_head(c, verb, text) for c in subjects]
    subjects = [c for c in subjects if c is not None]
    if not subjects and verb.pos_ == "NOUN":
        # A cue verb mistagged as a noun ("Trump predicts that..."): its compound is the subject.
        subjects = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
    if subjects:
        # "Speaking in Salem, New Hampshire, Trump went after Bush": a place name misparsed as a
        # second subject stands further from the verb than the real one.
        before = [c for c in subjects if c.i < verb.i]
        c = before[-1] if before else subjects[0]
        if c.ent_type_ in {"DATE", "TIME"} and c.i < verb.i:
            # "Saturday at the party convention Sen. Elizabeth Warren said": a date is never the
            # speaker; the name standing between it and the cue is.
            name = _name_before(verb)
            if name is None:
                return None, "the parse offered only a date as subject"
            return name, "name between a date read as subject and the cue"
        if _relative_antecedent(c) is not None:
            # "Smith, who said ...": the source in the text is the pronoun; the speaker it stands
            # for (the antecedent) is resolved from it (see _relative_antecedent).
            return c, "relative pronoun subject of cue"
        return c, "subject of cue"
    if verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"}:
        # "Asked if he was bullied, the candidate said no": the subject of the governing verb is the
        # one addressed by a passive participle, not its speaker (an agent is handled above).
        return None, "passive participle: the governing subject is the one addressed"
    cur = verb
    for _ in range(3):
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in {"VERB", "AUX"}:
            # "began by saying", "punctuated his list by saying": the subject of the verb the
            # preposition attaches to says it.
            cur = cur.head.head
            for c in cur.children:
                if c.dep_ in SUBJECT_DEPS:
                    return c, f"subject of governing verb '{cur.text}'"
        elif cur.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and cur.head is not cur:
            if cur.dep_ == "ccomp" and not _coordinated_cue(cur):
                break
            via_xcomp = cur.dep_ == "xcomp"
            cur = cur.head
            if via_xcomp and cur.pos_ == "ADJ" and cur.dep_ in {"acomp", "oprd"}:
                # "voters were more likely to say...", "was quick to embrace": the adjective's
                # subject is the copula's.
                cur = cur.head
            for c in cur.children:
                if c.dep_ in SUBJECT_DEPS or (via_xcomp and c.dep_ == "nsubjpass"):
                    # "is expected to endorse": the passive subject of a raising verb is the one
                    # whose stance the infinitive reports.
                    return c, f"subject of governing verb '{cur.text}'"
        elif cur.dep_ == "relcl":
            return cur.head, "noun modified by the relative clause"
        elif cur.dep_ == "acl" and cur.tag_ == "VBG":
            issuer = cur.head.head
            if cur.head.dep_ == "dobj" and issuer.lemma_.lower() in ISSUING_VERBS:
                # "His office put out a statement saying ...": the statement speaks for whoever
                # issued it.
                by = next((c for c in issuer.children if c.dep_ in SUBJECT_DEPS), None)
                if by is not None:
                    return by, f"subject of '{issuer.text}', who issued the '{cur.head.text}'"
            return cur.head, "noun modified by the participle"
        else:
            break
    lead = _leading_noun_phrase(verb)
    if lead is not None:
        return lead, "noun phrase opening the clause (no subject in the parse)"
    if verb.tag_ in {"VBD", "VBZ"} and verb.dep_ in {"ROOT", "ccomp"}:
        name = _name_before(verb)
        if name is not None:
            return name, "person or organisation named right before the cue (no subject in the parse)"
    return None, "no subject"


SPEAKER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP"})


def _name_before(verb: Token) -> Token | None:
    """'... at the party convention Sen. Elizabeth Warren (D-MA) said ...': the person or
    organisation name ending right before a finite cue (a parenthetical such as a party label
    skipped) when the parser attached it elsewhere. Returns the last token of the name."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    if k < 0 or doc[k].pos_ != "PROPN" or doc[k].ent_type_ not in SPEAKER_ENTITY_TYPES:
        return None
    return doc[k]


RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def _relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("Smith" in "Smith, who said ..."), or None when
    ``tok`` is not a relative pronoun. The pronoun is the source as the text gives it (annotation
    marks the word in the clause); the antecedent is who actually speaks, so speaker resolution and
    the speaker shown to users use it."""
    if tok.tag_ not in {"WP", "WDT"} or tok.lower_ not in RELATIVE_PRONOUNS:
        return None
    cur = tok.head
    for _ in range(4):
        if cur.dep_ == "relcl" and cur.head.i < tok.i and cur.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            return cur.head
        if cur.head.i == cur.i or cur.dep_ not in {"xcomp", "conj", "ccomp", "advcl"}:
            return None
        cur = cur.head
    return None


SUBJECT_CHUNK_POS = {"NOUN", "PROPN", "NUM", "DET", "ADJ", "ADV", "PRON"}


def _leading_noun_phrase(verb: Token) -> Token | None:
    """'About 4 in 10 say they want...': poll phrasings often come out of the parser with no
    subject. When everything between the clause opening and a finite cue is one noun phrase, that
    phrase is the subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in {"ROOT", "ccomp", "dep"}:
        return None
    toks = list(verb.doc[verb.sent.start : verb.i])
    cut = max((k for k, t in enumerate(toks) if t.is_punct or t.is_space or t.pos_ in {"CCONJ", "SCONJ"}), default=-1)
    chunk = toks[cut + 1 :]
    if not chunk or len(chunk) > 8:
        return None
    if not all(t.pos_ in SUBJECT_CHUNK_POS or t.lower_ in {"of", "in"} for t in chunk[1:]) or chunk[0].pos_ not in SUBJECT_CHUNK_POS:
        return None
    heads = [t for t in chunk if t.pos_ in {"NOUN", "PROPN", "NUM"}]
    return heads[-1] if heads else None


def _same_paragraph_head(subj: Token, verb: Token, text: str) -> Token | None:
    """``subj`` when it stands in the verb's paragraph; otherwise the last noun of its phrase that
    does, or None."""
    lo, hi = sorted((subj.idx, verb.idx))
    if "\n" not in text[lo:hi]:
        return subj
    para_start = text.rfind("\n", 0, verb.idx) + 1
    inside = [t for t in subj.subtree if para_start <= t.idx < verb.idx and t.pos_ in {"NOUN", "PROPN", "PRON"}]
    return inside[-1] if inside else None


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
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS and not _utterance(text, r, sent.start_char):
            gap = "x"
        if _ends_sentence(text, r) and any(c.dep_ in OWN_CONTENT_DEPS and c.i > verb.i for c in verb.children):
            # 'who he dubbed “the little senator.” He mocked Rubio for ...': a quotation closed by a
            # full stop ends its own sentence when the clause after it has content of its own
            # (a bare '“... missing.” Trump said.' still reports the quotation).
            gap = "x"
        if not gap.strip(EDGE_STRIP + ".") and "\n" not in gap:
            return r
    after = [r for r in regions if r.start >= clause_end]
    if after:
        r = after[0]
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS and not text[clause_end : r.start].rstrip().endswith(":"):
            return None
        gap = text[clause_end : r.start]
        # A sentence split right before an opening mark that follows a comma or colon is the
        # parser's, not the writer's ('telling the crowd, “Some people...”').
        introduced = gap.rstrip().endswith((",", ":"))
        between = [t for t in doc[verb.i + 1 : verb.i + 40] if clause_end <= t.idx < r.start]
        if any(t.pos_ == "VERB" and (t.lemma_.lower(), "VERB") in cue_lexicon() for t in between):
            return None  # 'urged women to vote, saying, “...”': the quotation is the nearer cue's
        head, _, tail = gap.partition("\n")
        # 'Breitbart News responded:¶“If there are people ...”': a colon ending the paragraph
        # introduces the quotation that opens the next one.
        colon_paragraph = head.rstrip().endswith(":") and not tail.strip() and len(head) <= 60
        if colon_paragraph or (r.start < sent.end_char + 2 or introduced) and "\n" not in gap and len(gap) <= 60:
            stripped = gap.strip(EDGE_STRIP + ".")
            if not stripped or gap.rstrip().endswith((":", ",")):
                return r
    return None


OWN_CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "dative"})


def _set_off_by_commas(verb: Token) -> bool:
    """Whether the reporting clause of ``verb`` (its subtree) stands between two commas."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    before = doc[left].text if doc[left].text == "," else (doc[left - 1].text if left > 0 else "")
    after = doc[right].text if doc[right].text == "," else (doc[right + 1].text if right + 1 < len(doc) else "")
    return before == "," and after == ","


def _ends_sentence(text: str, r: QuoteRegion) -> bool:
    """A quotation whose last word inside the marks is followed by a full stop (the reporting
    clause of a quotation takes a comma: '“We won,” he said')."""
    inner = text[r.inner_start : r.end].rstrip(QUOTE_CHARS + "'\u2019 ")
    return inner.endswith(".") and not inner.endswith("..")


def _as_predicate(verb: Token) -> bool:
    """'described himself as a pro-life Catholic': an "as" phrase after the object predicates a
    view of it (on the verb or, in some parses, on the object)."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    holders = [verb] + objs[:1]
    return bool(objs) and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i for h in holders for c in h.children)


def _utterance(text: str, r: QuoteRegion, sent_start: int) -> bool:
    """'"Okay," I said': a short quotation that opens its sentence and ends in the punctuation of
    speech inside the marks is something said, not a scare-quoted word inside a sentence."""
    opens = not text[sent_start : r.start].strip()
    return opens and any(ch in ",?!" for ch in text[r.inner_end : r.end])


ADDRESSEE_VERBS = {"tell", "ask", "urge", "inform", "warn", "brief", "call", "remind"}
# Object pronouns that name a person or group judged by a support/criticism cue ("denounced him").
# "it", "this" and "that" are left out: they stand for an earlier statement far more often than for
# a target, and a bare demonstrative is no usable content.
PERSON_OBJECTS = {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"}
JUDGING_STANCES = {"support", "criticism"}
# Verbs that take a to-infinitive as a report ("pledged to oppose"), not as an aspect ("continue to").
NOT_REPORT_XCOMP = {"continue"}


def _object_content(verb: Token, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """Content that is not a clause: a to-infinitive ('vowed to protect'), an object ('criticized
    Clinton for ...'), or a prepositional object ('called for more flexibility')."""
    text = doc_text(verb.doc)
    if cue.clause_only and not (_as_predicate(verb) or any(c.dep_ == "oprd" for c in verb.children)):
        return None, ""  # "see the campaign as unfair", "deemed the emails top secret" still state a view
    if verb.dep_ == "amod" or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        # "Declared 2016 Presidential Candidates", "an ad focused on immigration": a participle
        # describing a noun states no one's view of an object.
        return None, ""
    if cue.prep_only:
        return _prep_content(verb, cue)
    if _adjectival_participle(verb):
        return None, ""  # "271 pledged delegates": a participle used as an adjective, misparsed as a verb
    xcomps = [c for c in verb.children if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if xcomps and cue.lemma not in NOT_REPORT_XCOMP:
        return _strip(text, *_subtree_chars(xcomps[0])), "to-infinitive complement of cue"
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    # "called Trump unhinged", "called his actions “a crucial step”": naming verbs state a view of
    # their object through a second complement; without one the object is an addressee.
    naming = bool(objs) and (
        any(c.dep_ in {"oprd", "ccomp"} for c in verb.children) or any(c.dep_ == "appos" for c in objs[0].children)
        or _as_predicate(verb)
    )
    gap = _object_gap(verb)
    if gap is not None:
        return gap, "noun the relative clause is about (the cue's object)"
    oprds = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    if oprds and not objs:
        # "called both Trump and Clinton “crazy”", "called her “third-rate”": the parser often
        # folds the object into the predicate; the words from the cue to the end of the predicate
        # name who is called what.
        last = oprds[-1].right_edge
        return _strip(text, verb.doc[verb.i + 1].idx, last.idx + len(last), "\u201c\""), "object and predicate of naming cue"
    # "accused him of endangering ...": a person pronoun followed by the cue's own preposition
    # (an explicit prep= frame) is who the statement is about, and the phrase is what is said.
    charged = bool(objs) and objs[0].lower_ in PERSON_OBJECTS and "prep=" in cue.frames and any(
        c.dep_ == "prep" and c.lower_ in cue.preps and c.i > objs[0].i for c in list(verb.children) + list(objs[0].children))
    usable = bool(objs) and (
        objs[0].pos_ != "PRON" or naming or (cue.stance in JUDGING_STANCES and objs[0].lower_ in PERSON_OBJECTS) or charged
    )
    if usable and (cue.lemma not in ADDRESSEE_VERBS or naming):
        end_tok = _contiguous_end(verb, objs[0])
        how = "object and predicate of naming cue" if naming else "object of cue"
        return _strip(text, objs[0].left_edge.idx, end_tok.idx + len(end_tok)), how
    purposes = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and "for" in cue.preps
                and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if purposes:
        # "called for the US to step up its efforts": the parser hangs "for X to do Y" on the cue as
        # an adverbial clause; what is called for is that clause, without its "for".
        words = [t for t in purposes[0].subtree if not (t.dep_ == "mark" and t.head.i == purposes[0].i and t.lower_ == "for")]
        return _strip(text, words[0].idx, words[-1].idx + len(words[-1])), "'for ... to' clause of cue"
    return _prep_content(verb, cue)


def _adjectival_participle(verb: Token) -> bool:
    """'271 pledged delegates', 'the convention's pledged delegates': an -ed form between a
    number, determiner or possessive and the common noun it describes is an adjective, even when
    the parser makes the noun its object."""
    doc = verb.doc
    if verb.tag_ not in {"VBN", "VBD"} or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    prev, nxt = doc[verb.i - 1], doc[verb.i + 1]
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    return (prev.pos_ in {"NUM", "DET"} or prev.tag_ in {"POS", "PRP$"}) and nxt.tag_ in {"NN", "NNS"} and nxt.head.i == verb.i


def _object_gap(verb: Token) -> tuple[int, int] | None:
    """'the increase he seeks', 'his businesses, which he defended': in a relative clause with its
    own subject, the cue's object is the noun the clause modifies (through the relative pronoun)."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in {"NOUN", "PROPN"} or head.i > verb.i:
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children):
        return None
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}), None)
    if rel is None and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return None
    text = doc_text(verb.doc)
    last = rel if rel is not None else head
    return _clip_to_paragraph(text, *_strip(text, head.left_edge.idx, last.idx + len(last)), head.idx)


def _prep_content(verb: Token, cue: Cue) -> tuple[tuple[int, int] | None, str]:
    """The object of one of the cue's content prepositions ("talked about X", "argued against X")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in cue.preps]
    if preps and any(g.dep_ in {"pobj", "pcomp"} for g in preps[0].children):
        return _strip(doc_text(verb.doc), *_subtree_chars(preps[0])), f"'{preps[0].lower_}' object of cue"
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


def _runs_on(text: str, region: QuoteRegion, end: int, verb: Token, speaker: tuple[int, int] | None) -> bool:
    """Whether a clause that opens with a closed quotation goes on past it as one clause (a mixed
    quote): no sentence boundary after the closing mark, and, for a clause before the cue, no
    overlap with the reporting clause."""
    if not region.closed or end <= region.end or _BOUNDARY.search(text[region.end : end]):
        return False
    clause_start = min(verb.idx, speaker[0]) if speaker else verb.idx
    return region.start > verb.idx or end <= clause_start


def _that_clause(tok: Token) -> bool:
    """A clause opened by the conjunction "that" (attached as a noun's clause when the cue verb is
    mistagged as a noun: "Trump predicts that ...")."""
    return tok.dep_ in {"acl", "relcl"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


_TRAILING_COORDINATOR = re.compile(r"[\s,]+(?:and|but|or)$", re.IGNORECASE)


def _drop_trailing_coordinator(text: str, start: int, end: int) -> tuple[int, int]:
    """'the city was safe and': a complement whose conjoined verb the parser moved elsewhere keeps
    the dangling coordinator; it belongs to no statement."""
    m = _TRAILING_COORDINATOR.search(text, start, end)
    return (start, m.start()) if m and m.end() == end else (start, end)


def _coordinated_cue(tok: Token) -> bool:
    """'The mayor said the city was safe and added that...': the parser often makes the second
    cue a complement of the first; a subjectless cue verb right after "and"/"but" is a second
    report by the same speaker, never part of the first one's content."""
    if (tok.lemma_.lower(), "VERB") not in cue_lexicon() or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in tok.children):
        return False
    prev = tok.i - 1
    while prev >= 0 and tok.doc[prev].pos_ in {"ADV", "AUX", "PART"}:
        prev -= 1
    return prev >= 0 and tok.doc[prev].pos_ == "CCONJ"


def _complements(verb: Token, speaker: tuple[int, int] | None) -> tuple[list[Token], bool]:
    """The cue's clausal complements that form its content, and whether the content is split
    around the reporting clause.

    A missed sentence break or a semicolon often hangs the previous clause on the cue as a second
    complement ("... the queue." Farage said the warning...); only the side not cut off by a
    sentence boundary is content. Complements on both sides with the reporting clause set off by
    commas ("It is no surprise, Mr. Garin said, that she won") are one split statement: its span
    covers both parts (and so the interjected clause), which is what a reader needs to see and
    what one Span can hold. A complement before the cue that is itself a report with its own
    content ("Six in 10 said X; 46 percent said Y") is a separate attribution, never part of this
    one's content. A second cue coordinated after the first ("said X and added Y") is a second
    report, never part of the first one's content."""
    lex = cue_lexicon()
    text = doc_text(verb.doc)
    comps = [c for c in verb.children if c.dep_ == "ccomp" or (verb.pos_ == "NOUN" and _that_clause(c))]

    def own_report(c: Token) -> bool:
        # A cue verb that takes its own content ("Six in 10 said X; 46 percent said Y") is its own
        # attribution; a cue word used otherwise ("Malik likely raised less suspicion, Mr. Verdery
        # said") is just a verb of the reported clause.
        # A reporting clause set off by a comma after it ("Carter discussed how ..., the Times
        # reported.") still reports the whole clause, reports included.
        cue = lex.get((c.lemma_.lower(), "VERB"))
        return (cue is not None and cue.allows_object(c) and any(g.dep_ in SUBJECT_DEPS for g in c.children)
                and any(g.dep_ in {"ccomp", "xcomp", "dobj"} for g in c.children) and not appended)

    clause_start = min(verb.idx, speaker[0]) if speaker else verb.idx
    appended = text[:clause_start].rstrip(" " + QUOTE_CHARS + "'\u2019").endswith(",")
    before = [c for c in comps if c.i < verb.i and not own_report(c)]
    after = [c for c in comps if c.i > verb.i and not _coordinated_cue(c)]
    if not (before and after):
        return before + after, False
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


MAX_SPEAKER_TOKENS = 6


def _speaker_after_quote(doc: Doc, verb: Token, regions: Sequence[QuoteRegion]) -> Token | None:
    """'"We were wrong," Ramos, 58, told AFP': a quotation before the reporting clause often wrecks
    the parse (the cue hangs on the quoted verb, its subject is a word of the quotation). The name
    phrase between the closing mark and the cue is the speaker; an apposition after a comma ("58",
    "the party's nominee") is left out. Returns the head of that name phrase."""
    before = [r for r in regions if r.end <= verb.idx]
    if not before:
        return None
    r = before[-1]
    words = [t for t in doc[verb.sent.start : verb.i] if t.idx >= r.end and not t.is_space]
    while words and (words[0].is_punct or words[0].lower_ in {"said", "says"}):
        words.pop(0)
    chunk: list[Token] = []
    for t in words:
        if t.text in {",", "(", "\u2014", "\u2013"}:
            break
        chunk.append(t)
    if not chunk or len(chunk) > MAX_SPEAKER_TOKENS or "\n" in doc_text(doc)[r.end : verb.idx]:
        return None
    if any(t.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} or t.is_punct for t in chunk):
        return None
    heads = [t for t in chunk if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    return heads[-1] if heads else None


AS_OBJECTS = frozenset({"pobj", "pcomp", "amod", "acomp"})  # "as a lifeboat", "as empowering", "as impossible"


def _passive_naming(verb: Token) -> tuple[int, int] | None:
    """The name given by a passive participle of a naming cue: the object of its "as" phrase
    ("known as Super Tuesday", "referred to as the deadliest sniper") or its predicate ("a group
    called the We The People Foundation"). None for active uses ("called him a liar" is handled as
    a naming object) and for participles without a name."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "dobj"} for c in verb.children):
        return None
    passive = verb.dep_ in {"acl", "advcl"} or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    if not passive:
        return None
    name: Token | None = None
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "as":
            name = next((g for g in c.children if g.dep_ in AS_OBJECTS), None)
        elif c.dep_ == "prep" and c.lower_ == "to":
            inner = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "as"), None)
            name = next((g for g in inner.children if g.dep_ in AS_OBJECTS), None) if inner is not None else name
        elif c.dep_ in {"oprd", "attr"}:
            name = c
        if name is not None:
            break
    if name is None:
        return None
    text = doc_text(verb.doc)
    s, e = _subtree_chars(name)
    judged = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if judged is not None and _relative_antecedent(judged) is None and judged.lower_ not in DEMONSTRATIVES:
        # "Mr. Sanders is seen as empowering regular voters": the view is of the subject, so the
        # content runs from the subject to the end of the name it is given.
        s = judged.left_edge.idx
    return _clip_to_paragraph(text, *_strip(text, s, e), name.idx)


def _raising_content(verb: Token) -> tuple[int, int] | None:
    """'Trump's supporters seemed equally unperturbed': the subject plus the complement of an
    appearance verb is the impression reported (PolNeAR: content, no source)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    comp = next((c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd", "attr"} and c.i > verb.i), None)
    if subj is None or comp is None or subj.lower_ in DEMONSTRATIVES | {"there"}:
        return None
    if (comp.lemma_.lower(), "VERB") in cue_lexicon() and comp.pos_ == "VERB":
        return None  # "She appeared to imply that...": the report is the inner cue's, with her as speaker
    text = doc_text(verb.doc)
    start = subj.left_edge.idx
    end_tok = comp.right_edge
    return _clip_to_paragraph(text, *_strip(text, start, end_tok.idx + len(end_tok)), verb.idx)


def _reported_main_clause(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'As Breitbart News reported, the White House was refusing...': a reporting clause opened by
    "as" vouches for the main clause it modifies, which is its content."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None, ""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None, ""
    if any(c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children):
        return None, ""  # "as X said that...", "as she described the plan": the clause has its own content
    text = doc_text(verb.doc)
    s, e = _subtree_chars(verb.head, {verb.i})
    as0, as1 = _subtree_chars(verb)
    # The main clause is what stands on the far side of the "as" clause ("But, as we learned in
    # Iowa, his lead could be tenuous": not the "But").
    s, e = (max(s, as1), e) if as1 <= verb.head.idx else (s, min(e, as0))
    s, e = _clip_to_paragraph(text, *_strip(text, s, e), verb.head.idx)
    if e <= s:
        return None, ""
    return (s, e), "main clause of an 'as' reporting clause"


# Stances of cues that vouch for a clause in "As X reported/noted/predicted, ...": statements and
# findings. "As she campaigns across the state" and "as voters backed him" are times, not sources.
VOUCHING_STANCES = frozenset({"neutral", "distancing", "estimate", "evidence", "argument", "warning", "concession"})

ANSWER_WORDS = {"yes", "no", "so"}


def _question_or_answer(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'Asked if he was ever bullied' (an if/whether clause the parser made adverbial) and 'said no',
    'said so' (a one-word answer standing for a clause)."""
    text = doc_text(verb.doc)
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ in {"if", "whether"} for g in c.children):
            s, e = _subtree_chars(c)
            return _clip_to_paragraph(text, *_strip(text, s, e), c.idx), "if/whether clause of cue"
    if verb.lemma_.lower() in {"say", "answer", "reply"}:
        for c in verb.children:
            if c.i == verb.i + 1 and c.lower_ in ANSWER_WORDS and c.dep_ in {"intj", "dobj", "advmod", "ccomp"}:
                return (c.idx, c.idx + len(c)), "one-word answer of cue"
    return None, ""


def _stray_that_clause(verb: Token) -> tuple[tuple[int, int] | None, str]:
    """'is telling customers at a popular breakfast spot that "I need you"': after a long
    addressee phrase the parser often hangs the that-clause on the last noun as a relative clause.
    A clause opened by the conjunction "that" (a relative clause has the pronoun "that", never the
    mark) inside the cue's own noun and prepositional phrases is the cue's content."""
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ not in {"relcl", "acl", "ccomp"}:
            continue
        if not any(g.dep_ == "mark" and g.lower_ == "that" and g.i < t.i for g in t.children):
            continue
        path, cur = [], t.head
        while cur.i != verb.i:
            path.append(cur)
            cur = cur.head
        if all(p.dep_ in {"dobj", "prep", "pobj", "appos", "compound", "npadvmod"} for p in path):
            text = doc_text(verb.doc)
            s, e = _subtree_chars(t)
            return _clip_to_paragraph(text, *_strip(text, s, e), t.idx), "'that' clause hung on the cue's addressee"
    return None, ""


def _verb_attributions(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    text = doc_text(doc)
    lex = cue_lexicon()
    found: list[_Found] = []
    for verb in doc:
        if (verb.lemma_.lower(), "VERB") not in lex:
            continue
        # "Trump predicts that...": a headline-style present tense is often tagged as a plural noun,
        # with the subject as its compound; a clause after it shows it is the verb.
        mistagged = verb.dep_ == "ROOT" and verb.pos_ == "NOUN" and (
            any(c.dep_ == "nsubj" for c in verb.children)
            or (any(c.dep_ == "ccomp" or _that_clause(c) for c in verb.children)
                and any(c.dep_ == "compound" and c.i < verb.i for c in verb.children))
        )
        if verb.pos_ not in {"VERB", "AUX"} and not mistagged:
            continue
        if text[max(0, verb.idx - 2) : verb.idx].endswith(("<", "</")):
            continue  # the name of a markup tag left in scraped text ("<tweet author=...>")
        nested = _region_at(regions, verb.idx) is not None  # a report inside a quotation
        cue = lex[(verb.lemma_.lower(), "VERB")]
        if not cue.allows_object(verb):
            continue
        named = _passive_naming(verb) if cue.naming else None
        if cue.needs_as and not _as_predicate(verb) and named is None:
            continue
        subj, subj_how = _subject(verb)
        if not nested and (subj is None or _region_at(regions, subj.idx) is not None):
            after = _speaker_after_quote(doc, verb, regions)
            if after is not None:
                subj, subj_how = after, "name between the quotation and the cue"
            elif subj is not None:
                # A word of a quotation is never the speaker of a cue outside it.
                subj, subj_how = None, "the parse offered only a word inside a quotation as subject"
            if subj is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
                # "Clinton seemed ready to riff on it, telling the crowd, '...'": a participle
                # clause shares the subject of the sentence it is attached to in the text.
                root_subj = [c for c in verb.sent.root.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i
                             and _region_at(regions, c.idx) is None]
                if root_subj:
                    subj, subj_how = root_subj[-1], "subject of the sentence the participle clause follows"
        crosses = subj is not None and "\n" in text[min(subj.idx, verb.idx) : max(subj.idx, verb.idx)]
        if crosses and not subj_how.startswith("relative"):
            # "The Latest: Trump delivers defense ...\n\nDonald Trump has ..., saying": a speaker
            # found across a paragraph break (a headline or dateline the parse ran into the
            # sentence) is kept only as far as its phrase reaches into the cue's paragraph.
            subj = _same_paragraph_head(subj, verb, text)
            subj_how = subj_how if subj is not None else "the only subject stood in another paragraph"
        speaker = _speaker_chars(subj) if subj is not None else None
        if speaker is not None and subj.i < verb.i and speaker[1] > verb.idx:
            # An apposition the parser hung on the subject after the cue ("Francis spoke of the
            # malaise, the lack of jobs") is content, not part of the speaker.
            before = [t for t in subj.subtree if t.i < verb.i]
            speaker = _strip(text, before[0].idx, before[-1].idx + len(before[-1]), QUOTE_CHARS)
        stance = "distancing" if _framed_by_attempt(verb) else cue.stance
        content: tuple[int, int] | None = None
        how = ""
        if cue.raising:
            judged = _raising_content(verb)
            if judged is not None:
                found.append(
                    _Found(content=judged, cue=(verb.idx, verb.idx + len(verb)), cue_lemma=cue.lemma,
                           stance=cue.stance, speaker=None, speaker_head=None, kind="indirect",
                           reason="subject and complement of an appearance verb; no speaker (an impression)",
                           cue_token=verb.i)
                )
                continue
        if named is not None and not nested:
            # Only an agent ("seen by organizers as ...") names who calls it so.
            agent = subj if subj is not None and subj_how.startswith("agent") else None
            s0, e0, kind = _classify(text, *named, regions)
            found.append(
                _Found(content=(s0, e0), cue=(verb.idx, verb.idx + len(verb)), cue_lemma=cue.lemma,
                       stance="neutral", speaker=_speaker_chars(agent) if agent is not None else None,
                       speaker_head=agent.i if agent is not None else None, kind=kind,
                       reason="name given by a passive naming participle; speaker: "
                       + ("its agent" if agent is not None else "none named"), cue_token=verb.i)
            )
            continue
        comps, split = _complements(verb, speaker)
        if comps and _region_at(regions, comps[0].idx) is None and "\n" in text[min(verb.idx, comps[0].idx) : max(verb.idx, comps[0].idx)]:
            comps = []  # a parse running across a paragraph break: the clause is not this cue's
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
            elif s >= in_region.start - 2 and not _runs_on(text, in_region, e, verb, speaker):
                # A quoted complement ends where its quotation ends, even when the mark is missing;
                # a closed quotation that the clause runs on from ('"I held and hugged" grieving
                # families, he said') is a mixed quote and keeps the whole clause.
                e = min(e, in_region.inner_end)
            else:
                # Also a clause that opens before the quotation ('Cruz will “leave here with
                # momentum.”'): it never runs on into the next paragraph.
                s, e = _clip_to_paragraph(text, s, e, anchor)
            content, how = _drop_trailing_coordinator(text, *_strip(text, s, e)), "clausal complement of cue"
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
            antecedent = _relative_antecedent(ps)
            if antecedent is not None:
                # "a plan that was rejected by the council": what is judged is the noun the
                # relative pronoun stands for, not an earlier sentence.
                content, how = _speaker_chars(antecedent), "antecedent of the relative subject of passive cue"
            elif ps.lower_ in DEMONSTRATIVES:
                prev = [s for s in doc.sents if s.end <= verb.sent.start]
                if prev:
                    content = _strip(text, prev[-1].start_char, prev[-1].end_char)
                    how = "passive cue with a demonstrative subject: content is the previous sentence"
            else:
                content, how = _strip(text, *_subtree_chars(ps)), "subject of passive cue"
        if (content is None and passive_subj and subj is None and cue.stance in JUDGING_STANCES
                and any(c.dep_ == "auxpass" for c in verb.children) and not nested):
            # "Clinton was booed at the debate", "a candidate who was lambasted": a judgement
            # received with no one named; what is judged is the passive subject.
            ps = passive_subj[0]
            judged = _relative_antecedent(ps) or ps
            if judged.lower_ not in DEMONSTRATIVES:
                content, how = _speaker_chars(judged), "subject of agentless passive judgement"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if content is None and objs and cue.stance == "estimate" and any(
            c.dep_ == "prep" and c.i > objs[0].i and (not cue.clause_only or c.lower_ == "at") for c in verb.children
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
        if (content is None and verb.dep_ == "parataxis" and subj is not None and verb.head.i < verb.i
                and not nested and _set_off_by_commas(verb)):
            # "The hashtag #RechercheParis, Mr. Abboud said, accompanied descriptions ...": a
            # reporting clause set into a sentence the parser could not build around a verb; the
            # sentence around it is what is reported (one span over both parts, as for a split).
            s0, e0 = _subtree_chars(verb.head, {verb.i})
            content = _clip_to_paragraph(text, *_strip(text, s0, e0), verb.head.idx)
            how = "sentence the reporting clause is set into"
        if content is None and not nested:
            if cue.stance in VOUCHING_STANCES:
                content, how = _reported_main_clause(verb)
        if content is None:
            content, how = _question_or_answer(verb)
        if content is None:
            # A subject borrowed from the governing verb ("he said, referring to X") does not make the
            # quotation next to that verb this cue's content.
            own = None if subj_how.startswith("subject of governing verb") else speaker
            region = _adjacent_region(doc, verb, own, regions)
            if region is not None:
                content, how = (region.inner_start, region.inner_end), "quotation next to the cue"
        if content is None and not nested:
            content, how = _object_content(verb, cue)
            if how.startswith("object and predicate of naming"):
                stance = "neutral"  # "called him a loser" characterises; "called for X" demands
        if content is None and not nested and not cue.clause_only:
            content, how = _stray_that_clause(verb)
        if content is None and verb.dep_ not in {"amod", "compound"}:
            # "Spanish-speaking voters: ..." - a participle inside a noun phrase introduces nothing.
            colon = _colon_content(verb)
            if colon is not None and colon[1] > colon[0]:
                content, how = colon, "statement after a colon"
        if content is None or content[1] <= content[0]:
            continue
        if speaker is not None and speaker[0] < content[1] and content[0] < speaker[1] and verb.dep_ != "parataxis" and not split:
            # The parse put the speaker inside its own content; not a usable attribution.
            continue
        if nested:
            # A report inside someone's quotation: its content stays the clause, never the quotation,
            # and ends where the quotation ends (the parse often runs it on into "... ," she said).
            outer = _region_at(regions, verb.idx)
            s, e = _strip(text, max(content[0], outer.inner_start), min(content[1], outer.inner_end), QUOTE_CHARS)
            if e <= s:
                continue
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
ISSUING_VERBS = frozenset({"make", "issue", "release", "publish", "put", "send", "post", "voice", "repeat", "express",
                           "deliver", "launch", "unleash", "take", "level", "lodge", "renew", "offer",
                           "avoid", "carry", "rattle"})
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
        if not owners and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in {"VERB", "AUX"}:
            # "has come out in support of Cruz", "spoke in defense of the plan": the subject of the
            # verb the phrase modifies takes the position.
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
# overwhelming support from governors", "The proposal has drawn harsh criticism from rivals").
RECEIVING_VERBS = frozenset({"win", "receive", "draw", "enjoy", "garner", "have"})
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
        # The phrase runs to the end of its object ("according to a count by The Associated
        # Press"), even where the speaker stops short of it.
        last = src.right_edge
        end = max(speaker[1], last.idx + len(last))
        phrase = (tok.idx, end if "\n" not in text[speaker[1] : end] else speaker[1])
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
        dashes = [k for k, t in enumerate(label) if t.text in {"-", "\u2014", "\u2013"} and t.whitespace_]
        if dashes:
            # "Pollsters agree - Carl Bialik: “...”": a digest line names its source after a dash.
            label = label[dashes[-1] + 1 :]
            line_start = label[0].idx if label else line_start
        if not label or len(label) > MAX_LABEL_TOKENS or not label[0].text[:1].isupper():
            continue
        if any(t.pos_ in {"VERB", "AUX", "NUM", "PRON"} or t.text in {",", ";", "(", ")"} for t in label):
            continue
        if not any(t.pos_ in {"PROPN", "NOUN"} for t in label) or label[-1].lower_ in labels:
            continue
        if any(t.lower_ in labels for t in label) or _DIGITS.search(text[label[0].idx : colon.idx]):
            continue
        line_end = text.find("\n", colon.idx)
        line_end = line_end if line_end != -1 else len(text)
        # A label opening its line ("TAPPER: Do you think...?") owns the whole paragraph, the
        # transcript convention; one inside a line owns the rest of its sentence.
        end = line_end if label[0].idx == line_start else min(sent.end_char, line_end)
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

# An embedded social-media post as scraped text renders it: the post, a dash, the author's name and
# handle ("Iron Mike Tyson was not asked to speak ... — Donald J. Trump (@realDonaldTrump) June 29").
_EMBEDDED_POST = re.compile(
    r"(?:^|(?<=>))[ \t]*(?P<content>[^<>\n]*?\S)[ \t]+(?P<cue>[\u2014\u2013]|--?)[ \t]+"
    r"(?P<speaker>[^<>\n()\u2014]{1,60}?[ \t]*\(@\w{1,30}\))",
    re.MULTILINE,
)


def _embedded_posts(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'<post> — Name (@handle) date': the signature line of an embedded post attributes the post
    to its author (the cue is the dash, as the colon is for headline labels)."""
    text = doc_text(doc)
    out = list(found)
    for m in _EMBEDDED_POST.finditer(text):
        s, e = _strip(text, m.start("content"), m.end("content"))
        if len(text[s:e].split()) < MIN_QUOTE_WORDS or any(f.content[0] <= s < f.content[1] for f in out):
            continue
        name_end = m.start("speaker") + len(m.group("speaker").split("(")[0].rstrip())
        names = [t.i for t in doc if m.start("speaker") <= t.idx < name_end]
        head = names[-1] if names else None
        s, e, kind = _classify(text, s, e, regions)
        out.append(
            _Found(
                content=(s, e),
                cue=(m.start("cue"), m.end("cue")),
                cue_lemma="\u2014",
                stance="neutral",
                speaker=(m.start("speaker"), m.end("speaker")),
                speaker_head=head,
                kind=kind,
                reason="signature line of an embedded post (text, dash, author and handle); speaker: the author",
            )
        )
    return out


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
        # A mixed quote whose words end with its quotation ('America needs leaders “who ...,”
        # Clinton said.') is continued by the next quotation just as a direct one is.
        # A quotation opening the paragraph right after a paraphrase that ends its own paragraph
        # ('Ramos said the country is divided.¶“So I think ...”') goes on with that speaker too.
        prev = [f for f in out if (f.kind == "direct" or f.kind == "mixed" and any(o.inner_end == f.content[1] for o in regions)
                                   or f.kind == "indirect" and f.stance in SPEECH_STANCES)
                and f.content[1] <= r.start and not (f.cue and r_contains(regions, f.cue[0]))]
        if not prev:
            continue
        last = max(prev, key=lambda f: f.content[1])
        end_of_prev = max(last.content[1], last.cue[1] if last.cue else 0, last.speaker[1] if last.speaker else 0)
        gap = text[end_of_prev : r.start]
        if last.kind == "indirect" and (gap.strip(EDGE_STRIP + ".") or "\n" not in gap):
            continue
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


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CLAUSE_BREAKS = frozenset({".", ";", "!", "?", "\u2014", "\u2013", "(", ":"})
SPEAKER_CHUNK_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART"})


def _inverted_reporting_clauses(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'“Go back to Univision,” Trump barked', '“This is fantastic!” beamed Donald Hartley': a
    quotation that opens its sentence and is followed by a short clause of a name and a finite verb
    (either order) with nothing else to say is that speaker's, whatever the verb (barked, beamed,
    shot back): the slot makes it a reporting verb. Quotations already claimed are left alone."""
    text = doc_text(doc)
    out = list(found)
    claimed = [f.content for f in found]
    starts = [t.idx for t in doc]
    for r in regions:
        if not r.closed or len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        if any(s < r.inner_end and r.inner_start < e for s, e in claimed):
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        before = text[line_start : r.start].rstrip()
        if before and not before.endswith((".", "!", "?", ":", "\u2014")):
            continue  # a quotation inside a sentence is a quoted phrase, not an utterance
        words = []
        first = bisect_left(starts, r.end)
        for t in doc[first : first + 3 * MAX_SPEAKER_TOKENS]:
            if t.is_space and "\n" in t.text or t.text in CLAUSE_BREAKS or len(words) > MAX_SPEAKER_TOKENS + 2:
                break
            words.append(t)
        while words and words[0].is_punct and words[0].text not in {"\u2014", "\u2013"}:
            words.pop(0)
        if not words or words[0].is_punct:
            continue  # a dash after the quotation opens an aside, not a reporting clause
        # The tagger often reads a past tense after a quotation as a participle ("Trump barked").
        verbs = [k for k, t in enumerate(words) if t.pos_ == "VERB" and (t.tag_ in FINITE_TAGS or t.tag_ == "VBN" and not any(
            c.dep_ in {"aux", "auxpass"} for c in t.children))]
        if not verbs:
            continue
        k = verbs[0]
        verb = words[k]
        own = {"ccomp", "xcomp", "attr", "acomp"} | ({"dobj"} if verb.lemma_.lower() not in ADDRESSEE_VERBS else set())
        if any(c.dep_ in own and c.i > verb.i for c in verb.children):
            continue  # "“...” Trump then signed the bill": a new statement, not a reporting clause
        name = words[:k] if k > 0 else []
        commas = [j for j, t in enumerate(name) if t.text == ","]
        subjects = [j for j, t in enumerate(name) if t.dep_ in SUBJECT_DEPS and t.head.i == verb.i]
        if commas and subjects and subjects[0] > commas[0]:
            continue  # "measure'' income, he said": the words before the comma run the quotation on
        if commas and all(t.pos_ in SPEAKER_CHUNK_POS or t.is_punct for t in name[commas[0] :]):
            name = name[: commas[0]]  # "Sarandon, 69, told MSNBC": the apposition is not the name
        if not name:
            name = []
            for t in words[k + 1 :]:
                if t.text == "," or t.pos_ not in SPEAKER_CHUNK_POS:
                    break
                name.append(t)
        elif not all(t.pos_ in SPEAKER_CHUNK_POS or t.pos_ == "ADV" for t in name):
            continue  # words between the quotation and the name ('measure'' income, he said') run the quote on
        heads = [t for t in name if t.pos_ in {"PROPN", "NOUN", "PRON"}]
        if not heads or len(name) > MAX_SPEAKER_TOKENS:
            continue
        speaker = _strip(text, name[0].idx, name[-1].idx + len(name[-1]))
        out.append(
            _Found(
                content=(r.inner_start, r.inner_end),
                cue=(verb.idx, verb.idx + len(verb)),
                cue_lemma=verb.lemma_.lower(),
                stance="neutral",
                speaker=speaker,
                speaker_head=heads[-1].i,
                kind="direct",
                reason="reporting clause (name and verb) right after a quotation that opens its sentence; speaker: the name",
                cue_token=verb.i,
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


def _colon_introduced_quotes(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'... then leaned in and boomed:¶“Let's defeat her in November.”', 'Article 33 affirms: “No
    Contracting State shall ...”': a clause that ends in a colon right before a quotation
    introduces it, whatever its verb; the verb is the cue and its subject the speaker. Quotations
    already claimed are left alone, and so are colons after a noun phrase (labels, handled by
    _colon_speakers) or a copula ("The question is:")."""
    text = doc_text(doc)
    out = list(found)
    claimed = [f.content for f in found]
    starts = [t.idx for t in doc]
    for r in regions:
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        if any(s < r.inner_end and r.inner_start < e for s, e in claimed):
            continue
        before = text[: r.start].rstrip()
        if not before.endswith(":") or text.count("\n", len(before), r.start) > 2:
            continue  # at most a paragraph break between the colon and the quotation
        k = bisect_left(starts, len(before) - 1)
        if k >= len(doc) or doc[k].text != ":":
            continue
        verb = doc[k].head
        while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i and verb.pos_ != "VERB":
            verb = verb.head
        if verb.pos_ != "VERB" or verb.i > k or _region_at(regions, verb.idx) is not None:
            continue
        subj, how = _subject(verb)
        top = verb
        while subj is None and top.dep_ in {"conj", "dep"} and top.head.i != top.i:
            # "Trump gestured ..., then leaned in and boomed:": verbs chained to the sentence's first
            # share its subject.
            top = top.head
            subj = next((c for c in top.children if c.dep_ in SUBJECT_DEPS and c.i < top.i), None)
            how = f"subject of '{top.text}', the verb the cue is chained to"
        if subj is None or subj.lower_ in DEMONSTRATIVES | {"there", "it"} or "\n" in text[subj.idx : verb.idx]:
            continue
        out.append(
            _Found(
                content=(r.inner_start, r.inner_end),
                cue=(verb.idx, verb.idx + len(verb)),
                cue_lemma=verb.lemma_.lower(),
                stance="neutral",
                speaker=_speaker_chars(subj),
                speaker_head=subj.i,
                kind="direct",
                reason=f"quotation introduced by a clause ending in a colon; speaker: {how}",
                cue_token=verb.i,
            )
        )
        claimed.append((r.inner_start, r.inner_end))
    return out


# Short words a title-case headline leaves in lower case ("Refuses to Disavow", "Call for Action").
HEADLINE_MINOR = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for",
                            "by", "with", "from", "as", "over", "into", "up", "off", "vs", "via"})
MAX_HEADLINE_WORDS = 20
_HEADLINE_STOP = re.compile(r"[:;,\u2014\u2013]|\s-\s")


def _is_headline(words: list[str]) -> bool:
    """A line set in title case or capitals ("Ted Cruz Refuses to Disavow Lindsey Graham
    Endorsement"): the tagger reads its verbs as proper nouns, so its cues need the surface form."""
    content = [w for w in words if w[:1].isalpha() and w.lower() not in HEADLINE_MINOR]
    if len(words) < 3 or len(words) > MAX_HEADLINE_WORDS or len(content) < 3:
        return False
    return sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _headline_cues(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'Glenn Beck Blasts Drudge for Mocking His Fast': in a headline, a name phrase then an
    inflected cue verb ("Blasts", "Praises", "Said") attributes the rest of the headline (up to a
    colon, comma or dash) to that name. Only inflected forms count: a bare form ("Support") is as
    often a noun in a headline as a verb."""
    text = doc_text(doc)
    out = list(found)
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        words = line.split()
        if not _is_headline(words):
            continue
        span = doc.char_span(start, start + len(line), alignment_mode="expand")
        toks = [t for t in span if not t.is_space] if span is not None else []
        for k, tok in enumerate(toks):
            if k == 0 or _region_at(regions, tok.idx) is not None or not tok.text[:1].isupper():
                continue
            form = tok.text.lower()
            cue = _cue_form(form)
            if cue is None or form == cue.lemma or cue.clause_only or cue.needs_as or cue.raising:
                continue
            subject = toks[:k]
            if len(subject) > MAX_SPEAKER_TOKENS or not all(t.text[:1].isupper() or t.text in {"’s", "'s"} for t in subject):
                continue
            if any(_cue_form(t.text.lower()) is not None and t.text.lower() != t.lemma_.lower() for t in subject):
                continue  # an earlier cue word: the name phrase is not a plain subject
            if any(f.cue is not None and f.cue[0] <= tok.idx < f.cue[1] or f.content[0] <= tok.idx < f.content[1] for f in out):
                continue
            c0 = tok.idx + len(tok)
            stop = _HEADLINE_STOP.search(text, c0, start + len(line))
            c1 = stop.start() if stop else start + len(line)
            c0, c1 = _strip(text, c0, c1, ".")
            if len(text[c0:c1].split()) < 1:
                continue
            c0, c1, kind = _classify(text, c0, c1, regions)
            speaker = _strip(text, subject[0].idx, subject[-1].idx + len(subject[-1]))
            out.append(
                _Found(
                    content=(c0, c1),
                    cue=(tok.idx, tok.idx + len(tok)),
                    cue_lemma=cue.lemma,
                    stance=cue.stance,
                    speaker=speaker,
                    speaker_head=subject[-1].i,
                    kind=kind,
                    reason="headline: name phrase, inflected cue verb, then what is said; speaker: the name phrase",
                    cue_token=tok.i,
                )
            )
            break
    return out


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
    antecedent = _speaker_antecedent(doc, f)
    if antecedent is not None:
        as_antecedent = replace(f, speaker=_speaker_chars(antecedent), speaker_head=antecedent.i)
        entity, why = _resolve_speaker(doc, as_antecedent, mentions, previous)
        return entity, f"relative pronoun '{doc[f.speaker_head].text}' -> '{antecedent.text}'; {why}"
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


def _speaker_antecedent(doc: Doc, f: _Found) -> Token | None:
    """The antecedent when the speaker span is exactly a relative pronoun ("who", "which")."""
    if f.speaker is None or f.speaker_head is None:
        return None
    head = doc[f.speaker_head]
    if (head.idx, head.idx + len(head)) != f.speaker:
        return None
    return _relative_antecedent(head)


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


def _speaker_as_written(doc: Doc, f: _Found) -> str | None:
    """The speaker as users read it: the text of the speaker span, except that a relative pronoun
    ("who said") shows the phrase it stands for ("Smith"), so a search for the name finds the
    quote while ``speaker_span`` still points at the pronoun in the sentence."""
    if f.speaker is None:
        return None
    text = doc_text(doc)
    antecedent = _speaker_antecedent(doc, f)
    s, e = _speaker_chars(antecedent) if antecedent is not None else f.speaker
    return text[s:e]



def extract_quotes(
    doc: Doc, article_id: str, mentions: Sequence[Mention], reported_by: str | None
) -> list[Quote]:
    """Every attribution in ``doc``, in text order, with offsets into ``doc.text``."""
    text = doc_text(doc)
    regions = scan_quotes(text)
    found = _verb_attributions(doc, regions) + _noun_attributions(doc, regions) + _adjective_attributions(doc, regions)
    found = _according_to(doc, regions, found)
    found = _colon_speakers(doc, regions, found)
    found = _embedded_posts(doc, regions, found)
    found = _dedupe(found, text)
    found = _glued_cues(doc, regions, found)
    found = _headline_cues(doc, regions, found)
    found = _inverted_reporting_clauses(doc, regions, found)
    found = _colon_introduced_quotes(doc, regions, found)
    found = _continuations(text, regions, found)
    found = _dedupe(found, text)
    found = _cut_before_inner_reports(doc, regions, found)
    found = _drop_unclaimed_nested(text, regions, found)
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
                speaker=_speaker_as_written(doc, f),
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


# Words left dangling at the end of a paraphrase cut before an inner report ("... and", "while").
DANGLING = {"that", "which", "who", "and", "but", "or", "as", "while", "though", "although", "whereas"}
# Markers of a clause that adds a second statement to the first ("while Sanders suggests...").
CONTRAST_MARKS = {"while", "though", "although", "whereas"}
# Stances of speech acts: a chained cue of this kind is a second statement; a chained attitude
# verb ("... and expects to win", "and wants a candidate who...") is part of the first.
SPEECH_STANCES = {"neutral", "distancing", "argument", "question", "denial", "concession", "warning", "criticism",
                  "commitment", "demand", "support"}


def _chained_report(tok: Token) -> bool:
    """A cue that continues a statement with a second one: a conjoined verb ("... and called his
    standing 'unheard of'"), a participle ("..., adding that ..."), a contrast clause ("while
    Sanders suggests ..."), or a relative clause set off by a comma ("..., which he declared 'a
    total disaster'"). Restrictive relative clauses ("those who said", "the halls which he said
    could not be corrupted") are part of what the outer speaker states."""
    while tok.dep_ in {"xcomp", "acomp"} and tok.head.i != tok.i:
        tok = tok.head  # "though voters are more likely to say": the clause is headed higher up
    if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}:
        return True
    if tok.dep_ == "relcl":
        first = tok.left_edge
        return first.i > 0 and tok.doc[first.i - 1].text == ","
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ in {"mark", "nsubj"} for c in tok.children):
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children)


def _conjoined(tok: Token) -> bool:
    """Whether a cue joins the statement as a conjoined verb (climbing raising complements)."""
    while tok.dep_ in {"xcomp", "acomp"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "conj"


def _cut_before_inner_reports(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """A paraphrase ends where a chained second report begins: in "He said he found Trump 'very
    charming' and called his standing 'unheard of'" the parser often hangs "called" inside the
    first content, yet it is a second statement with its own cue (annotation is univocal: each
    word has one role in one attribution). Direct quotations keep their words whole."""
    text = doc_text(doc)
    out = []
    speakers: dict[int, _Found] = {}  # index of a chained report -> the report it continues
    for f in found:
        if f.kind == "direct":
            out.append(f)
            continue
        starts = []
        for gi, g in enumerate(found):
            if g is f or g.cue is None or g.cue_token is None or not (f.content[0] < g.cue[0] < f.content[1]):
                continue
            if _region_at(regions, g.cue[0]) is not None or not _chained_report(doc[g.cue_token]):
                continue
            if g.stance not in SPEECH_STANCES and _conjoined(doc[g.cue_token]):
                # "said X and expects Y", "and he feels Y": an attitude the speaker states. An
                # attitude in a clause set off from the statement (", which he believes will ...")
                # is a second statement all the same.
                continue
            begin = min(g.cue[0], g.content[0])
            own_subject = g.speaker_head is not None and doc[g.speaker_head].head.i == g.cue_token
            if own_subject and g.speaker is not None and f.content[0] < g.speaker[0] < begin:
                begin = g.speaker[0]  # "..., and he railed against": the inner subject starts it
            if begin > f.content[0] and _region_at(regions, begin) is None:
                starts.append(begin)
                if not own_subject and g.speaker is not None and f.content[0] <= g.speaker[0] < f.content[1]:
                    speakers[gi] = f  # its borrowed subject came from inside the first statement
        if not starts:
            out.append(f)
            continue
        s, e = f.content[0], min(starts)
        while True:
            s, e = _strip(text, s, e)
            words = text[s:e].split()
            if not words or words[-1].lower() not in DANGLING:
                break
            e = s + text[s:e].rfind(words[-1])
        if len(text[s:e].split()) < 2:
            out.append(f)
            continue
        s, e, kind = _classify(text, s, e, regions)
        out.append(replace(f, content=(s, e), kind=kind, reason=f.reason + "; ends before a chained report"))
    # "Trump insisted that he has X, claiming Y": the chained cue hangs on a verb of the first
    # statement and borrowed that verb's subject; its speaker is the first statement's.
    for gi, f in speakers.items():
        g = found[gi]
        k = next((i for i, o in enumerate(out) if o.cue == g.cue and o.content[0] == g.content[0]), None)
        if k is None:
            continue
        out[k] = replace(out[k], speaker=f.speaker, speaker_head=f.speaker_head,
                         reason=out[k].reason.split("; speaker:")[0] + "; speaker: that of the statement it continues")
    return out


def _drop_unclaimed_nested(text: str, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """A report inside a quotation nobody is found to have said is dropped when its speaker is the
    quotation's own voice ("I think ...", "we believe ..."): that voice has no one to stand for,
    and the words are not the paper's own statement either. A named third party inside such a
    quotation ("Kerry said that 100,000 would be accepted", in a block quote from another paper) is
    still that party's report, and is kept."""
    def nested_in(f: _Found) -> QuoteRegion | None:
        return _region_at(regions, f.cue[0]) if f.cue is not None else None

    claimed = [f.content for f in found if nested_in(f) is None]
    out = []
    for f in found:
        r = nested_in(f)
        own_voice = f.speaker is None or text[f.speaker[0] : f.speaker[1]].lower() in _QUOTATION_VOICE
        if r is not None and own_voice and f.reason.find("inside a quotation") != -1 and not any(
            s < r.inner_end and r.inner_start < e for s, e in claimed
        ):
            continue
        out.append(f)
    return out


def _dedupe(found: list[_Found], text: str) -> list[_Found]:
    """One attribution per content span: a quotation closed with a comma belongs to the reporting
    clause right after it; otherwise a cue whose parse gives it the content beats one that only
    stands next to a quotation ('Footage of X appears. “...,” he says.' is his); then the cue
    nearest to the content wins (in "X asked for a photo and Y said, “...”" the quotation is Y's),
    then the first in text order."""

    def distance(f: _Found) -> int:
        if f.cue is None:
            return 10**12
        return max(0, f.content[0] - f.cue[1], f.cue[0] - f.content[1])

    seen: dict[tuple[int, int], _Found] = {}
    def adjacency_only(f: _Found) -> bool:
        # "...: “X,” he says.": the quotation parsed as the complement of "says" is his, not that of
        # a cue before it that merely stands next to it.
        return f.reason.startswith("quotation next to the cue")

    def reporting_clause_after(f: _Found) -> bool:
        # '“...,” Mr. Sanders said': a quotation closed with a comma is introduced by the reporting
        # clause right after it, whatever cue stands before it ("Most agree. “...,” said X").
        if f.cue is None or f.kind != "direct" or f.cue[0] < f.content[1] or "\n" in text[f.content[0] : f.content[1]]:
            return False  # a quotation run over paragraphs belongs to the cue that opened it
        gap = text[f.content[1] : f.cue[0]]
        return gap.lstrip().startswith(",") and "\n" not in gap and len(gap) <= 60

    def impression(f: _Found) -> bool:
        # 'Cummings said Clinton didn't appear concerned': the clause is Cummings' statement; the
        # appearance verb inside it only frames part of what he said.
        return f.reason.startswith("subject and complement of an appearance verb")

    for f in sorted(found, key=lambda f: ("inside a quotation" in f.reason, not reporting_clause_after(f), adjacency_only(f),
                                          impression(f), distance(f), f.cue or (10**12, 0))):
        seen.setdefault(f.content, f)
    return list(seen.values())
