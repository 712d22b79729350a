"""A candidate's text to a value: the normaliser, with bare numbers and lower-case holiday names
refused here (the normaliser sees lower-cased text), and, where the whole does not resolve, the
longest run of whole tokens inside it that does.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from storyline.analyze.nlp import doc_text
from storyline.analyze.timenorm.normalizer import normalize
from storyline.analyze.timenorm.values import TimeValue
from storyline.analyze.timex.candidates import _trim


def _resolve(text: str, ref: date | None, context: str) -> TimeValue | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?", text.strip()):
        return None  # a bare number is never a time ("the 2,877", "between 30 and 60")
    tv = normalize(text, ref, context=context)
    if tv is not None and _lower_case_holiday(text, tv):
        return None
    return tv


_HOLIDAY_REASON = re.compile(r"holiday ([a-z'. ]+?)(?: \(|$)")


def _lower_case_holiday(text: str, tv: TimeValue) -> bool:
    """A named day counts only as a name, with its capital ("Election Day", not "polls close at 8
    p.m. on election day, March 22", which is whatever day the election is): the candidate pattern
    asks for the capital, and a longer model entity that holds the name in lower case is no
    exception. The normaliser sees lower-cased text, so the check is made here."""
    m = _HOLIDAY_REASON.search(tv.reason)
    if m is None:
        return False
    at = re.search(r"\s+".join(map(re.escape, m[1].split())), text, re.I)
    return at is not None and text[at.start()].islower()


def _best_subspan(doc: Doc, start: int, end: int, ref: date | None, context: str) -> tuple[int, int, TimeValue] | None:
    """The longest run of whole tokens inside [start, end) that normalises."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) > 10:
        return None
    toks = list(span)
    for size in range(len(toks) - 1, 0, -1):
        for i in range(0, len(toks) - size + 1):
            s, e = _trim(doc_text(doc), toks[i].idx, toks[i + size - 1].idx + len(toks[i + size - 1]))
            if s >= e or s < start or e > end:
                continue  # the expanded span reaches past [start, end): "Aug." before ".\n\nInstead"
            tv = _resolve(doc_text(doc)[s:e], ref, context)
            if tv is not None:
                return s, e, tv
    return None
