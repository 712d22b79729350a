"""Anaphoric expressions: "the next day", "that evening", "the previous night", "later that week",
"the following Monday". They count from the reference they are given and say so (``relative``
"anaphoric"): the extractor gives them the date the text has just established when there is one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.timenorm.counting import _shift
from storyline.analyze.timenorm.parts_of_day import _part_of_day
from storyline.analyze.timenorm.reference_side import _weekday_date
from storyline.analyze.timenorm.values import TimeValue, _tv
from storyline.analyze.timenorm.vocabulary import PART_OF_DAY, WEEKDAYS, WEEKDAY_RE


def _anaphoric(s: str, ref: date | None) -> TimeValue | None:
    """Expressions that point at the date the text has just established."""
    if ref is None:
        return None
    table = {
        "the next day": 1, "the following day": 1, "the day after": 1, "next day": 1, "a day later": 1,
        "the day before": -1, "the previous day": -1, "the preceding day": -1, "a day earlier": -1,
        "the prior day": -1, "a day before": -1, "that day": 0, "the same day": 0, "that same day": 0,
        "the next morning": 1, "the following morning": 1, "the next night": 1, "that night": 0,
        "that evening": 0, "that morning": 0, "that afternoon": 0,
        "later in the day": 0, "earlier in the day": 0, "early in the day": 0, "late in the day": 0,
        "the following night": 1, "the next evening": 1, "on that day": 0,
    }
    if s in table:
        d = ref + timedelta(days=table[s])
        if s.split()[-1] in PART_OF_DAY:
            tv = _part_of_day(d, s.split()[-1], s)
            return TimeValue(tv.value, tv.kind, tv.approx, tv.earliest, tv.latest, tv.reason, "anaphoric")
        return _tv(d.isoformat(), reason=f"'{s}' relative to the previous date", relative="anaphoric")
    # "the previous night", "later that evening", "the morning after": a part of the day before, of
    # or after the date the text has just established
    if m := re.fullmatch(r"(?:the\s+)?(next|following|previous|preceding|prior)\s+(morning|afternoon|evening|night)|"
                         r"(?:(?:later|earlier|early|late)\s+)?that\s+(?:same\s+)?(morning|afternoon|evening|night)|"
                         r"the\s+(morning|afternoon|evening|night)\s+(before|after)", s):
        part = m[2] or m[3] or m[4]
        k = (1 if m[1] in ("next", "following") else -1) if m[1] else (1 if m[5] == "after" else -1) if m[5] else 0
        tv = _part_of_day(ref + timedelta(days=k), part, s)
        return TimeValue(tv.value, tv.kind, tv.approx, tv.earliest, tv.latest, tv.reason, "anaphoric")
    # "in the morning", "by mid-afternoon": a part of the day the text is talking about
    if m := re.fullmatch(r"(?:the\s+(?:early\s+|late\s+)?|mid-?\s*)(morning|afternoon|evening)", s):
        tv = _part_of_day(ref, m[1], s)
        return TimeValue(tv.value, tv.kind, True, tv.earliest, tv.latest, tv.reason, "anaphoric")
    units = {"week": "week", "month": "month", "year": "year"}
    if m := re.fullmatch(r"(?:later|earlier|early|late)?\s*(?:that|the same)\s+(week|month|year)", s):
        value, lo, hi, kind = _shift(ref, 0, units[m[1]])
        return _tv(value, kind, reason=f"'{s}' relative to the previous date", relative="anaphoric", lo=lo, hi=hi)
    if m := re.fullmatch(r"the\s+(week|month|year)\s+(before|after)", s):
        value, lo, hi, kind = _shift(ref, 1 if m[2] == "after" else -1, m[1])
        return _tv(value, kind, reason=f"'{s}' relative to the previous date", relative="anaphoric", lo=lo, hi=hi)
    if m := re.fullmatch(r"the\s+(following|next|previous|preceding|prior)\s+(week|month|year)", s):
        k = 1 if m[1] in ("following", "next") else -1
        value, lo, hi, kind = _shift(ref, k, m[2])
        return _tv(value, kind, reason=f"'{s}' relative to the previous date", relative="anaphoric", lo=lo, hi=hi)
    if m := re.fullmatch(rf"the\s+(following|next|previous)\s+({WEEKDAY_RE})", s):
        d = _weekday_date(ref, WEEKDAYS[m[2]], "next" if m[1] != "previous" else "last")
        return _tv(d.isoformat(), reason=f"'{s}' relative to the previous date", relative="anaphoric")
    return None
