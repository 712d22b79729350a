"""Shared pieces of the attribution rules: the record a rule finds (_Found), span helpers, word sets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.analyze.datelines import DATELINE, after_dateline, after_wire_dateline
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


SUBJECT_DEPS = {"nsubj", "csubj"}


# Prepositions that name who the speaker is ("analysts from X", "a spokesman for X", "a poll by X"); others
# ("at a briefing", "on Tuesday") describe the occasion and stay out of the speaker phrase.
SPEAKER_PREPS = {"from", "of", "for", "with", "at", "by"}


OCCASION_PREPS_AT_HEAD = {"in", "on", "during", "after", "before", "at"}


# Spaces, separators, and the bullets of scraped lists ("• “The water came in,” said ..."): a list
# item's bullet is layout, never part of a speaker or of what is said.
EDGE_STRIP = " \t\n,;:\u2014\u2013-\u00a0\ufeff\u2022\u25aa\u25cf\u2023\u25e6\u00b7"


QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb\u201e"


PERSONAL = {"he", "she", "him", "her"}


PLURAL = {"they", "we", "them"}


DEMONSTRATIVES = {"this", "that", "it", "which", "these", "those"}


_QUOTATION_VOICE = {"i", "we", "you", "me", "us"}  # speakers that are a quotation's own voice


CONTINUATION_GAP = 160  # chars between a quote and the next quote of the same speaker


MIN_QUOTE_WORDS = 3  # shorter quoted fragments need a cue of their own (scare-quote guard)


DEFAULT_CONTENT_PREPS = frozenset({"for", "on", "about", "against"})  # "called for X", "argued against X"


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


def _strip(text: str, start: int, end: int, extra: str = "") -> tuple[int, int]:
    chars = EDGE_STRIP + extra
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _subtree_chars(tok: Token, skip: set[int] | None = None) -> tuple[int, int]:
    """Char extent of ``tok``'s subtree, leaving out the subtrees rooted at ``skip`` tokens at the edges.

    The tokens left out are found once, from the skipped subtrees under ``tok``. Walking up from
    every token of the subtree to ``tok`` instead cost subtree size x depth per call: on a
    3,000-word sentence of nested reports ("Smith said Jones told Brown that ...") the attribution
    rules took minutes. The ends are the first and last kept tokens in ``Token.subtree``'s order, as
    before (in a non-projective parse that order is not the order of the text)."""
    doc = tok.doc
    blocked: set[int] = set()
    for i in skip or ():
        if i != tok.i and i not in blocked and tok.is_ancestor(doc[i]):
            blocked.update(t.i for t in doc[i].subtree)
    if not blocked:  # the ends of that order: down the first left child, down the last right one
        first = last = tok
        while (child := next(first.lefts, None)) is not None:
            first = child
        while rights := list(last.rights):
            last = rights[-1]
        return first.idx, last.idx + len(last)
    first = last = None
    for t in tok.subtree:
        if t.i not in blocked:
            if first is None:
                first = t
            last = t
    if first is None or last is None:
        return tok.idx, tok.idx + len(tok)
    return first.idx, last.idx + len(last)


# The time stamp that opens a live blog entry: "18:15 — ", "9.40am - ", "14:02 GMT – ".
_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|ET|EST|EDT|PT)?\s*[\u2014\u2013-]\s*", re.IGNORECASE)


def _inside_a_name(prep: Token) -> bool:
    """"Doctors Without Borders", "Reporters Without Borders": a preposition written with a capital in
    mid-sentence, between a capitalised head and a proper noun, is a word of an organisation's name,
    which the speaker keeps whole (not "Doctors"). Not in a headline set in title case ("Neocons For
    Hillary Say ..."), where every word has its capital."""
    if not (prep.i > prep.sent.start and prep.text[:1].isupper() and prep.head.text[:1].isupper()
            and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)):
        return False
    words = [t for t in prep.sent if t.is_alpha]
    return sum(t.text[:1].isupper() for t in words) * 2 < len(words)


def _speaker_chars(head: Token) -> tuple[int, int]:
    skip = {
        c.i
        for c in head.children
        if (c.dep_ == "prep" and c.lower_ not in SPEAKER_PREPS and not _proportion(head, c) and not _seat_of_body(head, c)
            and not _inside_a_name(c))
        or c.dep_ in {"relcl", "acl", "advcl", "punct"} and c.i > head.i
        # A clause hung on the name ('"That's a concern," Sarandon told...') is a misparsed quotation.
        or c.dep_ in {"ccomp", "parataxis"}
    }
    # "A diplomat familiar with the case, who asked not to be named": a "who" clause after a comma,
    # which the parser hung on the last noun of the description, is no more part of who speaks than
    # one hung on the head itself.
    skip |= {t.i for t in head.subtree if t.dep_ == "relcl" and t.i > head.i and t.left_edge.i > 0
             and head.doc[t.left_edge.i - 1].text == "," and t.left_edge.lower_ in {"who", "whom", "whose"}}
    # "Hans Grundberg, called on all sides to exercise restraint and warned": a past tense hung on the
    # name (or its apposition) as a modifier is the sentence's first verb, and the "and" the parser
    # left on the name joins it to the cue; neither is part of who speaks.
    finite = [t for t in head.subtree if t.i > head.i and misparsed_finite_modifier(t)]
    if finite:
        skip |= {t.i for t in finite}
        skip |= {c.i for c in head.children if c.dep_ == "cc" and c.i > finite[0].i
                 and not any(g.dep_ == "conj" for g in head.children)}
    # "BRASILIA, ... - Brazil's electoral court on Friday barred": the parse made the dateline's place
    # the subject and the speaker its apposition; the apposition's occasion is no more the speaker's.
    skip |= {c.i for a in head.children if a.dep_ == "appos" and a.i > head.i for c in a.children
             if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS_AT_HEAD - {"at"} and c.i > a.i
             and any(g.ent_type_ in {"DATE", "TIME"} for g in c.subtree)}
    # "at a press briefing" after a name is the occasion, but "at Harvard" names an affiliation:
    # keep "at" only when its object is a proper noun.
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "at" and not any(g.pos_ == "PROPN" for g in c.children):
            skip.add(c.i)
    text = doc_text(head.doc)
    start, end = _clip_to_paragraph(text, *_subtree_chars(head, skip), head.idx)
    start, end = _strip(text, start, end, QUOTE_CHARS)
    if (dateline := DATELINE.match(text, start, end)) and (dateline.end() <= head.idx or dateline.end() < end):
        # "WASHINGTON — Sen. Bernie Sanders": the dateline names no speaker, even where the parser
        # made the place the subject and the speaker its apposition ("BRUSSELS (AP) — Iran and the EU")
        start = dateline.end()
    else:
        # "BRASILIA, 2023-06-30T18:45Z - Brazil's electoral court": the parse may make the place
        # the subject and the speaker its apposition here too.
        start = after_wire_dateline(text, start, end)
    start = _after_leading_date(head, start)
    if (stamp := _TIMESTAMP.match(text, start, end)) and stamp.end() <= head.idx:
        start = stamp.end()  # "18:15 — Northern Powergrid says": a live blog entry's time names no one
    if glued := list(re.finditer(r"[?!](?=[A-Z])", text[start : head.idx])):
        start += glued[-1].end()  # "come out?The US": the end of the previous sentence, glued on
    if text.count("(", start, end) > text.count(")", start, end) and (close := re.match(r"\.?\)", text[end : end + 2])):
        end += close.end()  # "Sen. Elizabeth Warren (D-MA)", "(I-Vt.)": keep the party label's closing bracket
    return start, end


def misparsed_finite_modifier(tok: Token) -> bool:
    """A past tense (VBD, not a participle) the parser hung on a noun as a modifier right after a
    comma, with no auxiliary: "Hans Grundberg, called on all sides to ...". A reduced relative is a
    participle ("the bill, opposed by ..."), so a finite form there is the next clause's verb."""
    return (tok.tag_ == "VBD" and tok.dep_ == "acl" and tok.i > 0 and tok.doc[tok.i - 1].text == ","
            and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children))


def _seat_of_body(head: Token, prep: Token) -> bool:
    """"Officials in Kyiv said", "the foreign ministry in Ankara": an "in" phrase right after a
    common noun, naming a place, says which officials or which ministry (their seat), so it is part
    of who speaks; after a name ("Trump in Iowa") or with anything else ("in a statement") it is the
    occasion."""
    if prep.lower_ != "in" or head.pos_ != "NOUN" or prep.i != head.i + 1:
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    # the tagger names capitals as places or as organisations ("Kyiv" ORG): a bare proper name is enough
    return len(objs) == 1 and objs[0].ent_type_ not in {"DATE", "TIME"} and all(
        t.pos_ == "PROPN" or t.is_punct for t in objs[0].subtree)


def _proportion(head: Token, prep: Token) -> bool:
    """"Nearly 4 in 10 said": a number with an "in"/"out of" number is a share of people; the
    phrase is the speaker, not a number and a place."""
    return head.like_num and prep.lower_ in {"in", "out"} and any(
        t.like_num for t in prep.subtree if t.i != prep.i)


def _after_leading_date(head: Token, start: int) -> int:
    """'on May 3rd, 2023 Ukraine launched...': a date the parse hung on the name is not part of it."""
    doc = head.doc
    i = next((t.i for t in doc[head.sent.start : head.i + 1] if t.idx >= start), head.i)
    moved = False
    while i < head.i and (doc[i].ent_type_ in {"DATE", "TIME"} or (moved and doc[i].is_punct)):
        i += 1
        moved = True
    if not moved or doc[i].tag_ == "POS":
        return start  # "Saturday's protest organizers": the date belongs to the phrase
    return doc[i].idx


# A dateline opening the paragraph: "WASHINGTON —", "COLUMBIA, S.C. (AP) —".
# "WASHINGTON —", "NAIROBI, July 7 -", "KHARTOUM, March 3 (Reuters) -": a place in capitals, an
# optional date and wire credit, then a dash.


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
    """The extent of the sentences that ``[start, end)`` touches.

    The sentences' char bounds are listed once per Doc (``doc.user_data``) and searched by bisection:
    walking ``doc.sents`` for every quote cost quotes x sentences, 15 s on a 40,000-character
    transcript of 1,500 one-line quotes."""
    bounds = doc.user_data.get("storyline_sent_bounds")
    if bounds is None:
        bounds = doc.user_data["storyline_sent_bounds"] = [(s.start_char, s.end_char) for s in doc.sents]
    stop = max(end, start + 1)
    # sentences are in order and do not overlap: the first touched is the first ending after start
    i = bisect.bisect_right(bounds, start, key=lambda b: b[1])
    touched = []
    while i < len(bounds) and bounds[i][0] < stop:
        if bounds[i][1] > start:
            touched.append(bounds[i])
        i += 1
    if not touched:
        return start, end
    return touched[0][0], touched[-1][1]


def _classify(text: str, start: int, end: int, regions: Sequence[QuoteRegion]) -> tuple[int, int, str]:
    """Direct when the content is a quoted passage (widened to the whole passage), mixed when it
    carries a quoted fragment, indirect otherwise."""
    s, e = _strip(text, start, end, QUOTE_CHARS)
    s = after_dateline(text, s, e)  # "NAIROBI, July 7 - Police fired ..., witnesses said"
    s = after_wire_dateline(text, s, e)  # "KYIV, Ukraine (AP) — Russia launched ..., officials said"
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
    # A quotation whose opening mark the content holds runs to its end ('it was "deeply concerned',
    # never 'it was "deeply'); the content stops inside the closing mark, the convention the tests
    # keep ('that he has “expanded the Republican party', 'residents of Ticino «feel forgotten by Bern').
    hi = max([e] + [r.inner_end for r in inside if r.end > e])
    if lo < s:
        # The paraphrase starts inside a quote that began earlier: reach back to its opening mark.
        s = lo
    if hi > e:
        e = hi
    return s, e, "mixed"


# Verbs whose subject is the author of a statement named by their object noun.
ISSUING_VERBS = frozenset({"make", "issue", "release", "publish", "put", "send", "post", "voice", "repeat", "express",
                           "deliver", "launch", "unleash", "take", "level", "lodge", "renew", "offer",
                           "avoid", "carry", "rattle"})


def r_contains(regions: Sequence[QuoteRegion], pos: int) -> bool:
    return _region_at(regions, pos) is not None


# Stances of speech acts: a chained cue of this kind is a second statement; a chained attitude
# verb ("... and expects to win", "and wants a candidate who...") is part of the first.
SPEECH_STANCES = {"neutral", "distancing", "argument", "question", "denial", "concession", "warning", "criticism",
                  "commitment", "demand", "support"}


# Complements that give a verb content of its own (a reporting clause with one is no parenthetical).
OWN_CONTENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "dative"})


# Cues whose object is the one addressed ("told reporters"), not what is said.
ADDRESSEE_VERBS = {"tell", "ask", "urge", "inform", "warn", "brief", "call", "remind"}


MAX_SPEAKER_TOKENS = 6  # longest name phrase read as a speaker without a parse


FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD", "MD"})


def finite(verb: Token) -> bool:
    """A verb with a tense of its own: a finite form ("said", "calls") or a finite auxiliary on it
    ("was suspended", "would not take place", "has ended")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children)


def lost_clause_subject(verb: Token, comp: Token) -> Token | None:
    """'said residents of Ticino «feel forgotten by Bern»', 'said a visit by the minister, planned for
    later this month, was suspended': a quotation mark, or a participle phrase set off by commas,
    between a subject and its verb makes the parser take the subject for the cue's object and leave
    the clause without one. A noun object of a verb that does not take an addressee, standing right
    before (punctuation apart) a finite complement clause that has no subject, is that clause's
    subject (and part of what is said)."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "expl", "mark"}
                                                     for c in comp.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.i and c.pos_ in {"NOUN", "PROPN"}]
    if not objs:
        return None
    between = verb.doc[objs[-1].right_edge.i + 1 : comp.left_edge.i]
    return objs[-1] if all(t.is_punct for t in between) and finite(comp) else None
