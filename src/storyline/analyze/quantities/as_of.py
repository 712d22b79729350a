"""The date a figure refers to (its ``as_of``): the dated time of its sentence that belongs to the
figure's clause, skipping durations, a baseline's time and the bounds of a period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.records import TimeRef

# A length of time ("the past 24 hours", "for three months") or a recurrence is no point in time
# a figure can be dated to: "10 provinces ... for three months" is not as of "P3M".
_UNDATED_KINDS = frozenset({"duration", "set"})


# A baseline figure set beside this one: "836 have died, up from 620 at the end of October",
# "turnout was 41.8%, down from 80% in 2018", "turnout was 40%, almost half of the 80% in 2018" (a
# fraction of it). A time after it dates the baseline, not this figure.
_BASELINE = re.compile(r"\b(?:(?:up|down) from|compared (?:with|to)|versus|vs\.?"
                       r"|(?:half|a third|a quarter|a fraction|twice|double) of(?: the)?)\s+(?:[a-z]+\s+){0,2}[$€£]?\d", re.I)


def _as_of(times: Sequence[TimeRef], start: int, end: int, text: str = "", fig_end: int = -1,
           doc: Doc | None = None, figure: Token | None = None) -> str | None:
    """The value of the dated time in the sentence ``start``..``end`` that dates the figure, or None.

    Durations and sets are skipped: their values (P3M, PT24H) say how long, not when, so they
    cannot date a figure. A time that follows a baseline figure ("up from 620 at the end of
    October") dates that baseline and is skipped too. Of the rest, a time of the figure's own verb
    wins ("shrank 3.4% in October and grew 2% in the third quarter"); else the first."""
    in_sentence = [t for t in times if start <= t.span.start < end and t.kind not in _UNDATED_KINDS]
    cut = _baseline_cut(text, fig_end, [t.span.start for t in in_sentence]) if fig_end >= 0 else None
    dated = [t for t in in_sentence if not (0 <= fig_end <= t.span.start and cut is not None and t.span.start >= cut)]
    if not dated:
        return None
    verb = _clause_verb(figure) if figure is not None else None
    if doc is not None and verb is not None:
        own: list[tuple[TimeRef, Token]] = []
        for t in dated:
            if _BOUND_BEFORE.search(text, max(0, t.span.start - 12), t.span.start):
                continue  # "extended its cut until the end of the year": an end, not a date of the figure
            span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
            if span is not None:
                own.append((t, span.root))
        # "The death toll from Monday's earthquake rose to 614 on Wednesday": a time on the verb
        # itself dates the figure before one that names which earthquake
        for t, root in own:
            if _adverbial_of(root) is not None and _adverbial_of(root).i == verb.i:
                return t.value
        for t, root in own:
            if (tv := _clause_verb(root)) is not None and tv.i == verb.i:
                return t.value
        # "rose to 614 on Wednesday, with about 3,200 people injured": a figure in a clause that adds
        # to another takes that clause's own time
        if verb.dep_ in {"pcomp", "advcl", "conj"}:
            up = _clause_verb(verb.head)
            for t, root in own:
                if up is not None and _adverbial_of(root) is not None and _adverbial_of(root).i == up.i:
                    return t.value
    # "has killed 14,000 people since 2023": a start or an end bounds the count's period; it is
    # not the date the count refers to (that is the report's own)
    unbounded = [t for t in dated if not _BOUND_BEFORE.search(text, max(0, t.span.start - 12), t.span.start)]
    if doc is not None:
        # "more than 69,000 killed since the war began in October 2023": the clause opened by "since"
        # bounds the period as the bare phrase does
        unbounded = [t for t in unbounded if not _in_bound_clause(doc, t)]
    if doc is not None and figure is not None:
        # "the release of at least 12 more Drevnians, including three fishermen detained in 2025": a
        # time inside a clause on another noun dates that clause's act, not this figure
        unbounded = [t for t in unbounded if not _in_other_noun_clause(doc, t, figure)]
    return unbounded[0].value if unbounded else None


_BOUND_MARKS = frozenset({"since", "until", "till"})


def _in_bound_clause(doc: Doc, time: TimeRef) -> bool:
    """Whether a time stands in a clause opened by "since" or "until" ("since the war began in October
    2023"): that clause bounds a count's period; it does not date the count."""
    span = doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ == "mark" and c.lower_ in _BOUND_MARKS for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_other_noun_clause(doc: Doc, time: TimeRef, figure: Token) -> bool:
    span = doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ in {"acl", "relcl"} and node.pos_ in {"VERB", "AUX"} and node.head.pos_ in {"NOUN", "PROPN"}:
            if node.head.left_edge.i <= figure.i <= node.head.right_edge.i:
                return False  # the figure's own noun phrase: "three fishermen detained in 2025"
            return True
        node = node.head
    return False


def _baseline_cut(text: str, fig_end: int, starts: Sequence[int]) -> int | None:
    """The first of ``starts`` (after ``fig_end``) with a baseline phrase between the figure and it.

    Whether "up from ..." lies in ``text[fig_end:s]`` only grows with ``s``, so a binary search over
    the sorted starts gives the same answer as one regex search per time. One search per (figure,
    time) pair scanned the stretch between them each time: a 2,000-word sentence without a full stop
    (a list of figures and dates) took 20 s, past the analysis timeout."""
    cand = sorted({s for s in starts if s >= fig_end})
    lo, hi = 0, len(cand)
    while lo < hi:
        mid = (lo + hi) // 2
        if _BASELINE.search(text, fig_end, cand[mid]):
            hi = mid
        else:
            lo = mid + 1
    return cand[lo] if lo < len(cand) else None


_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|since)\s+$", re.I)


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause holds ``tok``: its nearest verbal ancestor (or itself)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _adverbial_of(root: Token) -> Token | None:
    """The verb a time is an adverbial of: "on Wednesday" (the object of a preposition on the verb),
    "Wednesday" (a bare noun phrase on it); None for a time that modifies a noun ("Monday's quake")."""
    if root.dep_ in {"npadvmod", "tmod", "advmod"} and root.head.pos_ in {"VERB", "AUX"}:
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in {"VERB", "AUX"}:
        return root.head.head
    return None
