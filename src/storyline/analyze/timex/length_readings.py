"""Lengths that their place makes something else: "will one day be" is some day (a vague past or
future), "will arrive in two weeks" and 'in “two weeks”' a point that far ahead, and "the year ended
March 31" a period of that length ending on the date that follows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from storyline.analyze.timenorm.normalizer import normalize
from storyline.analyze.timenorm.reference_side import _tense
from storyline.analyze.timenorm.values import TimeValue
from storyline.analyze.timenorm.vocabulary import MONTH_RE
from storyline.analyze.timex.resolving import _resolve


def _some_day(doc: Doc, text: str, start: int, end: int, ref: date | None) -> TimeValue | None:
    """"Islam will one day be the second religion", "he hopes to one day lead it": "one day" between
    the subject or auxiliary and its verb is an adverb, some day, not a length of one day ("for one
    day", "in the job one day" stand after the verb). Ahead of the reference unless the verb is a
    simple past ("she one day walked out": some day before it)."""
    if ref is None or not re.fullmatch(r"one\s+day", text[start:end], re.I):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or not doc[span.end].tag_.startswith("VB") or doc[span.end].tag_ == "VBG":
        return None
    side = "past" if doc[span.end].tag_ == "VBD" else "future"
    vague = normalize(f"the {side}", ref)  # the same window as "the future" / "the past"
    if vague is None:
        return None
    return TimeValue(vague.value, vague.kind, True, vague.earliest, vague.latest,
                     f"vague {side} ('one day' before its verb: some day)", "deictic")


_IN_BEFORE = re.compile(r"\b(in|within)\s*([\"\u201c\u2018']\s*)?$", re.IGNORECASE)
AFTER_IN = "a length after 'in', read as a point that far ahead"  # the reason's note (the TimeML scorer reads it)


def _offset_after_in(doc: Doc, text: str, start: int, end: int, ref: date | None, context: str) -> TimeValue | None:
    """'will arrive in two weeks', 'meeting with Putin in “two weeks or so”': a length after "in" (the
    model's DATE span leaves "in" out) is a point that far ahead of the report, unless the clause tells
    a past ("completed the sale in two weeks": how long it took) or the phrase ranks something ("the
    bloodiest battle in 40 years", "the first in two years": the span back to the report). A quoted
    length after "in"/"within" ("in “two weeks or so”", scraped copy quoting the speaker's words
    inside the phrase) is read so whatever the tense, as before."""
    base = max(0, start - 12)
    found = _IN_BEFORE.search(text[base:start])
    if found is None:
        return None
    if found.group(2) is None and (found.group(1).lower() != "in" or _tense(context) == "past"
                                   or _ranks_across(doc, base + found.start(1))):
        return None
    shifted = _resolve(f"{found.group(1)} {text[start:end]}", ref, context)
    if shifted is None or shifted.kind == "duration":
        return None
    return replace(shifted, reason=f"{shifted.reason}; {AFTER_IN}")


# "the bloodiest", "the first", "the fastest pace": a word that ranks its noun among others of a span
_RANKING_WORDS = frozenset({"first", "last", "only", "best", "worst", "most", "least"})
_NOT_SUPERLATIVES = frozenset({"modest", "honest", "earnest", "interest", "protest", "contest", "arrest"})


def _ranking(tok: Token) -> bool:
    word = tok.lower_
    return (tok.tag_ in {"JJS", "RBS"} or word in _RANKING_WORDS
            or (tok.tag_ == "JJ" and word.endswith("est") and len(word) > 5 and word not in _NOT_SUPERLATIVES))


def _ranks_across(doc: Doc, in_char: int) -> bool:
    """Whether the "in" at ``in_char`` hangs on a word that ranks, or on a noun a ranking word
    modifies: "the bloodiest battle in 40 years", "the first in two years", "the fastest pace in a
    decade" compare across the span up to the report."""
    span = doc.char_span(in_char, in_char + 2)
    if span is None or len(span) != 1 or span[0].lower_ != "in":
        return False
    head = span[0].head
    return _ranking(head) or any(c.dep_ in {"amod", "advmod"} and _ranking(c) for c in head.children)


# ("the year to March 31", as British and Australian reports write it, is one such period too)
_PERIOD_ENDING_AFTER = re.compile(r"^\s+(?:that\s+)?(?:ended|ending|ends|which\s+ended|to(?=\s+(?:the\s+end\s+of\s+)?"
                                  rf"(?:{MONTH_RE}|\d)))\b", re.I)


def _period_ending(text: str, start: int, end: int, tv: TimeValue) -> TimeValue:
    """'the year ended March 31', 'the fiscal year ending tomorrow': a reporting period named by its
    length, whose end is the date that follows; the expression itself is that length (P1Y), not the
    current year."""
    unit = re.fullmatch(r"the\s+(?:fiscal\s+)?(year|month|week)", text[start:end], re.I)
    if unit is None or not _PERIOD_ENDING_AFTER.match(text[end:end + 24]):
        return tv
    word = unit[1].lower()
    iso = {"year": "P1Y", "month": "P1M", "week": "P1W"}[word]
    return TimeValue(iso, "duration", False, None, None,
                     f"duration: a {word}-long period ending on the date that follows", "absolute")
