"""Absolute dates: calendar dates written out (ISO with or without a clock, numeric day-first or
month-first, month names with an optional weekday and year), months of a year, years (in digits or
words), fiscal years, decades and centuries. A month-day without a year, or after "last"/"next",
takes its year from the reference.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.timenorm.counting import _num
from storyline.analyze.timenorm.reference_side import _year_for
from storyline.analyze.timenorm.values import TimeValue, _tv
from storyline.analyze.timenorm.vocabulary import MONTHS, MONTH_RE, _WEEKDAY_OR_ABBR

_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(\d{4}|'\d{2})"


def _year(tok: str) -> int:
    tok = tok.strip("'")
    y = int(tok)
    if len(tok) == 2:
        y += 1900 if y >= 40 else 2000
    return y


def _date_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _absolute_date(s: str, ref: date | None, context: str = "") -> TimeValue | None:
    """Calendar dates written out: numeric, month-name, with optional weekday and year."""
    # a weekday, written out or cut short as page headers print it ("Tue 10 Mar 2026"), adds nothing
    # to a date that follows it
    s = re.sub(rf"^{_WEEKDAY_OR_ABBR},?\s+(?:the\s+)?", "", s) if re.match(rf"{_WEEKDAY_OR_ABBR},?\s+(?:the\s+)?(?:\d|{MONTH_RE})", s) else s
    # ISO 8601 date and time as feeds and datelines stamp them: "2023-06-30T18:45Z", "...T18:45:00+02:00".
    # TIMEX3 values carry no zone, so the zone goes to the reason, as for "14:00 GMT".
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})t(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?", s):
        d = _date_or_none(int(m[1]), int(m[2]), int(m[3]))
        if d is None or int(m[4]) > 24 or int(m[5]) > 59:
            return None
        clock = f"T{m[4]}:{m[5]}" + (f":{m[6]}" if m[6] and m[6] != "00" else "")
        zone = {"z": "UTC", None: "no zone"}.get(m[7], f"UTC{m[7]}")
        return _tv(f"{d.isoformat()}{clock}", "time", reason=f"ISO 8601 date and time ({zone})", lo=d, hi=d)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s) or re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", s):
        d = _date_or_none(int(m[1]), int(m[2]), int(m[3]))
        return _tv(d.isoformat(), reason="numeric date y-m-d") if d else None
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})", s):
        d = _date_or_none(_year(m[3]), int(m[2]), int(m[1]))
        return _tv(d.isoformat(), reason="numeric date day-first (d.m.y)") if d else None
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", s):
        a, b, y = int(m[1]), int(m[2]), _year(m[3])
        d = _date_or_none(y, a, b) if a <= 12 else _date_or_none(y, b, a)
        how = "month-first (m/d/y)" if a <= 12 else "day-first (d/m/y, day > 12)"
        return _tv(d.isoformat(), reason=f"numeric date {how}") if d else None
    if m := re.fullmatch(r"(\d{4})-(\d{2})", s):
        # "the 2008-09 recession", "the 2011-12 season": two years, as prose writes them, not
        # September 2008 (a year-month in ISO form is written only where the second part is not
        # the next year's last two digits)
        if 1 <= int(m[2]) <= 12 and int(m[2]) != (int(m[1]) + 1) % 100:
            return _tv(s, reason="numeric year-month")
    # "last Oct. 23", "next June 1": the occurrence before / after the reference
    if ref is not None and (m := re.fullmatch(rf"(last|this past|next|this coming)\s+({MONTH_RE})\s+{_DAY}", s)):
        mo, day = MONTHS[m[2].rstrip(".")], int(m[3])
        back = m[1] in ("last", "this past")
        for y in ((ref.year, ref.year - 1) if back else (ref.year, ref.year + 1)):
            d = _date_or_none(y, mo, day)
            if d is not None and ((d < ref) if back else (d > ref)):
                return _tv(d.isoformat(), reason=f"month and day ({m[1]}) relative to the reference",
                           relative="deictic")
        return None
    # month day[, year]
    if m := re.fullmatch(rf"({MONTH_RE})\s+{_DAY}(?:,?\s+{_YEAR})?", s):
        mo, day = MONTHS[m[1].rstrip(".")], int(m[2])
        return _month_day(mo, day, m[3], ref, context)
    # day month [year]
    if m := re.fullmatch(rf"(?:the\s+)?{_DAY}(?:\s+of)?\s+({MONTH_RE})(?:,?\s+{_YEAR})?", s):
        mo, day = MONTHS[m[2].rstrip(".")], int(m[1])
        return _month_day(mo, day, m[3], ref, context)
    if ref is not None and (m := re.fullmatch(rf"({MONTH_RE}),?\s+(?:of\s+)?(this|last|next)\s+year", s)):
        y = ref.year + {"this": 0, "last": -1, "next": 1}[m[2]]
        mo = MONTHS[m[1].rstrip(".")]
        return _tv(f"{y:04d}-{mo:02d}", reason=f"month of {m[2]} year", relative="deictic")
    # month year
    if m := re.fullmatch(rf"({MONTH_RE}),?\s+(?:of\s+)?{_YEAR}", s):
        y, mo = _year(m[2]), MONTHS[m[1].rstrip(".")]
        return _tv(f"{y:04d}-{mo:02d}", reason="month and year")
    return None


def _month_day(mo: int, day: int, year: str | None, ref: date | None, context: str = "") -> TimeValue | None:
    if year:
        d = _date_or_none(_year(year), mo, day)
        return _tv(d.isoformat(), reason="month, day and year") if d else None
    if ref is None:
        return None
    y, why = _year_for(mo, day, ref, context)
    d = _date_or_none(y, mo, day)
    if d is None:
        return None
    return _tv(d.isoformat(), reason=f"month and day; {why}", relative="deictic")


def _year_like(s: str, ref: date | None) -> TimeValue | None:
    if m := re.fullmatch(r"(?:the\s+)?(?:year\s+)?(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})", s):
        return _tv(m[1], reason="year")
    if m := re.fullmatch(r"(?:the\s+year\s+)?nineteen[- ](\w+(?:[- ]\w+)?)|(?:the\s+year\s+)?(two thousand(?:\s+and)?(?:[- ]\w+)?)", s):
        if m[1]:
            n = _num(m[1])
            if n is not None and n < 100:
                return _tv(f"{1900 + int(n)}", reason="year in words")
        else:
            rest = re.sub(r"^two thousand(?:\s+and)?[- ]?", "", m[2])
            n = _num(rest) if rest else 0
            if n is not None and n < 100:
                return _tv(f"{2000 + int(n)}", reason="year in words")
    if m := re.fullmatch(r"(?:the\s+)?(?:fiscal|fiscal year|fy)\s*'?(\d{4}|\d{2})", s):
        return _tv(f"{_year(m[1]):04d}", reason="fiscal year taken as the calendar year")
    if m := re.fullmatch(r"(?:the\s+)?(1[0-9]{2}|20[0-9])0'?s", s):
        return _tv(f"{m[1]}X", reason="decade")
    if m := re.fullmatch(r"(?:the\s+)?'?([0-9])0'?s", s):
        ref_century = (ref.year // 100) if ref else 20
        dec = int(m[1])
        century = ref_century - 1 if ref and ref_century * 100 + dec * 10 > ref.year + 10 else ref_century
        return _tv(f"{century}{dec}X", reason="two-digit decade, century from the reference",
                   relative="deictic" if ref else "absolute")
    if m := re.fullmatch(r"(?:the\s+)?(?:(nineteen|twenty)[- ]?)?(twenties|thirties|forties|fifties|sixties|seventies|"
                         r"eighties|nineties)", s):
        dec = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].index(m[2]) + 2
        if m[1]:
            return _tv(f"{19 if m[1] == 'nineteen' else 20}{dec}X", reason="decade in words")
        ref_century = (ref.year // 100) if ref else 19
        century = ref_century - 1 if ref and ref_century * 100 + dec * 10 > ref.year + 10 else ref_century
        return _tv(f"{century}{dec}X", reason="decade in words, century from the reference",
                   relative="deictic" if ref else "absolute")
    if m := re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century", s):
        return _tv(f"{int(m[1]) - 1:02d}", reason="century")
    if m := re.fullmatch(r"(?:the\s+)?(\w+)\s+century", s):
        if m[1] in ("twentieth", "nineteenth", "twenty-first", "eighteenth"):
            c = {"eighteenth": 17, "nineteenth": 18, "twentieth": 19, "twenty-first": 20}[m[1]]
            return _tv(f"{c:02d}", reason="century")
    return None
