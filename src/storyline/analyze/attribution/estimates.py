"""Estimates given as "X put the toll at 230": a source stating a figure without a reporting verb.

News gives casualty, crowd and damage figures this way as often as with "said": "the Red Crescent
put the toll at 230", "police put the crowd at 38,000", "officials pegged the cost at $40 million".
The verb (lexicons: ``ESTIMATE_AT_VERBS`` below) is no report by itself ("put the plan on hold"), so
it counts only with an object naming a figure (lexicons/estimate_objects.txt) and an "at" phrase
holding a number; the object and the "at" phrase are the content, the subject the source, and the
stance is an estimate. "estimate X at N" is a cue of its own and is left to the verb rules.
A source also gives its figure as "of" a number: "the authority gave a toll of 95", "the hospital
provided a figure of 45" (``ESTIMATE_OF_VERBS``): the same frame, stated rather than estimated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import _Found, _region_at, _speaker_chars, _strip, _subtree_chars
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion

ESTIMATE_AT_VERBS = frozenset({"put", "place", "peg", "set"})
# verbs by which a source gives its own count as "of" a number: "gave a toll of 95", "provided a
# figure of 45"; without the number ("gave a figure for the damage") they are no report
ESTIMATE_OF_VERBS = frozenset({"give", "provide"})
_INSIDE_A_NOUN_PHRASE = frozenset({"acl", "relcl", "prep", "pobj", "conj", "appos", "pcomp"})
# words that set a second source's figure against the first within one sentence: "4,000 will march,
# according to the trust, although police put the figure at 2,500"
_CONTRAST_WORDS = frozenset({"although", "though", "while", "whereas", "but"})
# verbs by which a source gives its own tally, no report by themselves ("counted the votes"): they
# count only set against another source's report by a contrast word, with a number in their object
COUNT_VERBS = frozenset({"count", "tally", "record", "log", "register", "document"})


# "organisers put the number closer to 1,000", "put the toll as high as 50": words by which an
# estimate gives its figure as a bound instead of with "at"
_BOUND_WORDS = frozenset({"close", "closer", "near", "nearer", "high", "higher", "low", "lower"})


def _bound_word(prep: Token) -> Token | None:
    """The bound word a "to" or "as" phrase hangs on ("closer *to 1,000*", "as high *as 50*"), or None."""
    head = prep.head
    if prep.lower_ in {"to", "as"} and head.dep_ in {"advmod", "amod"} and head.lower_ in _BOUND_WORDS:
        return head
    return None


def _at_number(verb: Token, obj: Token) -> Token | None:
    """The "at" preposition of the verb whose object is a number ("at 230", "at around 38,000"),
    also where the parser hung it inside the verb's object (see ``estimate_verb_of``), or the bound
    word in its place ("closer to 1,000")."""
    preps = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ == "at")
             or (c.dep_ == "advmod" and c.lower_ in _BOUND_WORDS)]
    preps += [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ in {"at", "to", "as"}
              and (ev := estimate_verb_of(t)) is not None and ev.i == verb.i]
    for prep in preps:
        if any(t.like_num or t.ent_type_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"} for t in prep.subtree):
            return prep
    return None


def _of_number(verb: Token, obj: Token) -> Token | None:
    """The "of" phrase of the figure noun whose object is a number ("a toll *of 95*", "a figure of
    some 2,500 people"), or None. A dative ("gave the team a total of 30 points") makes the verb a
    transfer, not a source's count."""
    if any(c.dep_ == "dative" for c in verb.children):
        return None
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and (pobj.like_num or pobj.ent_type_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
                                        or any(c.dep_ == "nummod" for c in pobj.children)):
                return prep
    return None


def estimate_verb_of(at: Token) -> Token | None:
    """The verb of estimate-at whose "at" phrase this is: its own head ("put the toll at 230"), or
    the verb whose object holds the participle or clause the parser hung the phrase on instead ("put
    the number of people forced from their homes at 9,000": "at" under "forced"; "put the cost of
    rebuilding the bridge at 310 million": "at" under the gerund after "of"). A number is never
    where people were forced to, so the phrase belongs to the estimate; the object must be one that
    names a figure (lexicons/estimate_objects.txt). The "to" of "put the number closer to 1,000"
    belongs to the verb its bound word hangs on."""
    head = at.head
    bound = _bound_word(at)
    if bound is None and at.lower_ != "at":
        return None
    if bound is not None:
        head = bound.head  # "closer" on the verb, or on a noun of its object ("the number of families closer to")
    if head.pos_ == "VERB" and head.lemma_.lower() in ESTIMATE_AT_VERBS:
        return head
    if head.dep_ not in {"acl", "relcl", "pcomp"} and bound is None:
        return None  # pcomp: "put the cost of rebuilding the bridge at 310 million dollars"
    cur = head
    while cur.dep_ in _INSIDE_A_NOUN_PHRASE:
        cur = cur.head
    verb = cur.head
    if (cur.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in ESTIMATE_AT_VERBS
            and cur.lemma_.lower() in word_list("estimate_objects.txt")):
        return verb
    return None


def _contrast_before(doc: Doc, first: Token, start: int) -> int:
    """Where a report's content ends when the estimate's clause opens with a contrast word ("...,
    according to the trust, although police put the figure at nearer 2,500"): the start of the word
    (and of a comma just before it), or -1. A concessive clause sets another source's figure
    against the report's, so it is that source's statement, not part of the first report."""
    if first.i == 0 or (word := doc[first.i - 1]).lower_ not in _CONTRAST_WORDS or word.idx <= start:
        return -1
    return word.idx


def _estimates_at(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    text = doc_text(doc)
    objects = word_list("estimate_objects.txt")
    taken = {f.cue_token for f in found}
    out = list(found)
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ESTIMATE_AT_VERBS | ESTIMATE_OF_VERBS or verb.i in taken:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in objects), None)
        given = lemma in ESTIMATE_OF_VERBS
        at = None if obj is None else _of_number(verb, obj) if given else _at_number(verb, obj)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if obj is None or at is None or subj is None or _region_at(regions, verb.idx) is not None:
            continue
        outer = next((i for i, f in enumerate(out) if f.content[0] <= verb.idx < f.content[1]), None)
        if outer is not None:
            # "Organisers said 120,000 took part; the ministry put the figure at 38,000": a report
            # runs to the semicolon before another source's own estimate, which is not inside it
            cut = text.rfind(";", out[outer].content[0], subj.left_edge.idx)
            why = "the semicolon"
            if cut < 0 or text[cut + 1 : subj.left_edge.idx].strip():
                cut, why = _contrast_before(doc, subj.left_edge, out[outer].content[0]), "the contrast word"
            if cut < 0:
                continue  # inside another report's content: the outer report holds it
            f = out[outer]
            out[outer] = replace(f, content=_strip(text, f.content[0], cut),
                                 reason=f.reason + f"; ends at {why} before another source's estimate")
        start = min(obj.left_edge.idx, at.idx)
        end = max(t.idx + len(t) for t in (*obj.subtree, *at.subtree))
        content = _strip(text, start, end)
        out.append(_Found(
            content=content,
            cue=(verb.idx, verb.idx + len(verb)),
            cue_lemma=verb.lemma_.lower(),
            stance="neutral" if given else "estimate",
            speaker=_speaker_chars(subj),
            speaker_head=subj.i,
            kind="indirect",
            reason=(f"'{verb.text} a {obj.lemma_} of' a number states the subject's figure" if given
                    else f"'{verb.text} the {obj.lemma_} at' a number states an estimate"),
            cue_token=verb.i,
        ))
    return out


def _has_number(tok: Token) -> bool:
    return tok.like_num or tok.ent_type_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"} or any(
        c.dep_ == "nummod" for c in tok.children)


# what a count of a crowd counts besides the crowd nouns (lexicons/figure_crowd_nouns.txt)
_COUNTED_PEOPLE = frozenset({"people", "person", "participant", "attendee"})


def _counts_a_crowd(verb: Token, obj: Token) -> bool:
    """Whether the verb's number object counts a crowd: "police counted 52,000 marchers", "the
    prefecture counted 9,000 people", "the ministry counted 300,000" (bare, with "count" only).
    Crowd sizes are reported as one side's count set against another's (organisers, police, the
    interior ministry), so the subject is the figure's source even outside any report; a count of
    other things ("the team recorded 14 wins") stays narration."""
    lemma = obj.lemma_.lower()
    if lemma in _COUNTED_PEOPLE or lemma in word_list("figure_crowd_nouns.txt"):
        return True
    return verb.lemma_.lower() == "count" and obj.like_num and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _count_chars(obj: Token) -> tuple[int, int]:
    """The characters of a count's object up to a comma after its head: "the prefecture counted
    16,000 demonstrators, seventeen times less than the 280,000 put forward by the union" counts
    16,000; the aside sets another source's figure against it and is no part of the count."""
    start, end = _subtree_chars(obj)
    comma = next((t for t in obj.subtree if t.i > obj.i and t.text == ","), None)
    return (start, comma.idx) if comma is not None else (start, end)


def _contrast_counts(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """"Cal Fire says 112 homes were destroyed, while the county's team has counted 140": a clause
    that a contrast word sets against a report, with a subject of its own and a verb of counting
    whose object is a number (``COUNT_VERBS``), is that subject's statement, not part of the first
    report: the report ends before the contrast word and the count is the subject's, so that two
    sources' figures for one thing stay two sources'. Outside another report the verb is narration,
    unless it counts a crowd (``_counts_a_crowd``)."""
    text = doc_text(doc)
    taken = {f.cue_token for f in found}
    out = list(found)
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in COUNT_VERBS or verb.i in taken:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and _has_number(c)), None)
        if subj is None or obj is None or _region_at(regions, verb.idx) is not None:
            continue
        outer = next((i for i, f in enumerate(out) if f.content[0] <= verb.idx < f.content[1]), None)
        if outer is None:
            if not _counts_a_crowd(verb, obj):
                continue
            reason = f"'{verb.text}' a number of people states the subject's count of a crowd"
        else:
            cut = _contrast_before(doc, subj.left_edge, out[outer].content[0])
            if cut < 0:
                continue
            f = out[outer]
            out[outer] = replace(f, content=_strip(text, f.content[0], cut),
                                 reason=f.reason + "; ends at the contrast word before another source's count")
            reason = f"'{verb.text}' a number, set against a report by a contrast word, states the subject's count"
        out.append(_Found(
            content=_strip(text, *_count_chars(obj)),
            cue=(verb.idx, verb.idx + len(verb)),
            cue_lemma=verb.lemma_.lower(),
            stance="neutral",
            speaker=_speaker_chars(subj),
            speaker_head=subj.i,
            kind="indirect",
            reason=reason,
            cue_token=verb.i,
        ))
    return out
