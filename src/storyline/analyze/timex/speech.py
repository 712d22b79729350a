"""Reported and quoted speech: inside a quotation, the speaker's own "tomorrow" or "Monday" counts
from the day a dated verb of saying next to it names; a bare weekday in what a dated verb of saying
reports counts from that day, not from the publication.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from storyline.analyze.timenorm.values import TimeValue
from storyline.analyze.timenorm.vocabulary import WEEKDAY_RE
from storyline.analyze.timex.governor import _governor, tenseless_verbs
from storyline.analyze.timex.resolving import _resolve

# Deictic words whose day a speaker sets: in a quotation they count from the day of the saying.
_SPEAKER_DEIXIS = re.compile(
    rf"(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week)|(?:next|last)\s+week|"
    rf"(?:(?:last|next|this)\s+)?{WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?)", re.I)
_QUOTATION = re.compile(r"\u201c[^\u201c\u201d]{1,600}\u201d|\"[^\"\n]{1,600}\"|``.{1,600}?''", re.S)
# How far from its quotation the dated verb of saying may stand ('..." he said Friday').
_ATTRIBUTION_CHARS = 80


def _quoted_saying_days(doc: Doc, text: str, chosen: list[tuple[int, int, TimeValue, str]],
                        reference: date | None) -> dict[int, date]:
    """Deictic words inside a quotation ("'We will vote tomorrow,' he said Friday") count from the day
    the words were said, not from the publication: the day a dated verb of saying next to the
    quotation names. Returns, for each such expression (its index in ``chosen``), that day."""
    quotes = [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]
    if not quotes:
        return {}
    found: dict[int, date] = {}
    for i, (s, e, tv, _) in enumerate(chosen):
        if not _SPEAKER_DEIXIS.fullmatch(text[s:e]):
            continue
        quote = next(((qs, qe) for qs, qe in quotes if qs < s and e < qe), None)
        if quote is None:
            continue
        day = _saying_day(doc, text, chosen, quote)
        if day is not None and day != reference:
            found[i] = day
    return found


def _saying_day(doc: Doc, text: str, chosen: list[tuple[int, int, TimeValue, str]],
                quote: tuple[int, int]) -> date | None:
    """The day named with the verb of saying that introduces or follows a quotation, if any: a
    day-level date right after a verb of saying, within a short reach of the quotation and outside it."""
    qs, qe = quote
    for s, e, tv, _ in chosen:
        near = qe <= s <= qe + _ATTRIBUTION_CHARS or qs - _ATTRIBUTION_CHARS <= e <= qs
        if not near or tv.earliest is None or tv.earliest != tv.latest or tv.kind != "date":
            continue
        gap = text[qe:s] if s >= qe else text[e:qs]
        if re.search(r"[.!?]\s", gap) or "\n" in gap:
            continue  # another sentence
        gov = _governor(doc, s, e)
        if gov is not None and tenseless_verbs().get(gov.lemma_.lower()) == "reporting":
            return tv.earliest
    return None


def _reported_weekday(expr: str, tv: TimeValue, gov: Token, speech: tuple[date, int, int],
                      context: str) -> TimeValue | None:
    """A bare weekday inside what a dated verb of saying reports ("He said on Monday that the unit was
    sold on Friday"): its reference time is the day of the saying, not the publication (TimeML's
    reference time of reported speech), so a past event is the Friday before that Monday and a
    planned one ("said Thursday it would vote Friday") the Friday after that Thursday. Only a weekday
    whose verb lies in the clause the verb of saying governs is moved."""
    if not tv.reason.startswith("weekday (") or tv.reason.startswith(
            ("weekday (last", "weekday (next", "weekday (this")):
        return None  # "last Friday", "next Friday" are counted from the publication
    if gov.i == speech[1] or speech[1] not in {a.i for a in gov.ancestors}:
        return None
    redo = _resolve(expr, speech[0], context)
    return redo if redo is not None and redo.value != tv.value else None
