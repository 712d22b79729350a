"""Relative (deictic) expressions, resolved against the reference: today, yesterday, tonight,
overnight, bare and qualified weekdays, this/last/next unit, "the week after next", "the week of
March 6", "the first week of June", a day of the month alone ("on the 15th"), fiscal years across two
calendar years, counted offsets ("two days ago", "a decade ago", "three weeks later") and offsets
ahead ("in two weeks", "within days").

Two of its rules read a part of the expression with the whole normaliser ("the first week of <X>",
"the 12th of <last month>"); ``normalizer`` imports this module, so that import is made where the
rule runs.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.timenorm.absolute import _absolute_date, _date_or_none, _year
from storyline.analyze.timenorm.counting import _duration, _fmt, _num, _shift, _unit_key
from storyline.analyze.timenorm.parts_of_day import _part_of_day, _weekend, _weekend_offset
from storyline.analyze.timenorm.reference_side import _future, _tense, _weekday_date
from storyline.analyze.timenorm.values import TimeValue, _duration_delta, _iso_week, _tv, _week_bounds
from storyline.analyze.timenorm.vocabulary import (
    NUM_WORD_RE,
    UNIT_RE,
    VAGUE_COUNTS,
    VAGUE_RE,
    VAGUE_WINDOW,
    WEEKDAYS,
    WEEKDAY_RE,
)


def _month_of_bare_day(day: int, ref: date, tense: str) -> tuple[int, int, str]:
    """(year, month, reason) for a day of the month named alone ("on the 15th"): the reference's
    month, unless the tense puts the day on the other side of the reference."""
    if tense == "past" and day > ref.day:
        y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        return y, mo, "day of the month before the reference (past)"
    if tense == "future" and day < ref.day:
        y, mo = (ref.year, ref.month + 1) if ref.month < 12 else (ref.year + 1, 1)
        return y, mo, "day of the month after the reference (future)"
    return ref.year, ref.month, "day of the reference's month"


_RELATIVE_WORDS = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1, "this coming": 1,
    "this": 0, "current": 0, "the current": 0, "present": 0,
}


def _relative(s: str, ref: date | None, context: str) -> TimeValue | None:
    """Deictic expressions: today, yesterday, last week, two days ago, Monday, next month..."""
    from storyline.analyze.timenorm.normalizer import _normalize_clean  # read whole; normalizer imports this module
    if ref is None:
        return None
    day_words = {"today": 0, "this day": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}
    if s == "overnight":
        # news published in the day reports the night before it; future talk means the coming night
        return _part_of_day(ref - timedelta(days=0 if _future(context) else 1), "night", s)
    if s in day_words:
        d = ref + timedelta(days=day_words[s])
        if s == "tonight":
            return _part_of_day(d, "night", "tonight")
        return _tv(d.isoformat(), reason=f"'{s}' relative to the reference", relative="deictic")
    # yesterday morning / tomorrow night / this afternoon / last night
    if m := re.fullmatch(r"(today|yesterday|tomorrow|this|last|early this|late this|later this|earlier this)\s+(morning|afternoon|evening|night)", s):
        if m[1] == "last" and m[2] != "night":
            return None
        off = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(m[1], 0)
        return _part_of_day(ref + timedelta(days=off), m[2], s)
    # weekdays: "monday", "last monday", "next friday", "this tuesday", "monday morning"
    if m := re.fullmatch(rf"(?:(last|next|this|this past|this coming|coming|past)\s+)?({WEEKDAY_RE})"
                         r"(?:\s+(morning|afternoon|evening|night))?", s):
        wd = WEEKDAYS[m[2]]
        which = m[1] or ""
        direction = {"last": "last", "this past": "last", "past": "last", "next": "next",
                     "this coming": "next", "coming": "next", "this": "this"}.get(which)
        if direction is None:
            # a present-tense verb states a schedule ("the trial begins Monday"): the day ahead
            direction = ("future" if _future(context) or "(present)" in context
                         else "nearest" if "(deadline)" in context else "past")
        d = _weekday_date(ref, wd, direction)
        if which == "next":
            # "called a strike for next Tuesday" written on a Monday means the 17th, not tomorrow
            # (which the copy calls "Tuesday"): the day of the next calendar week
            d = ref + timedelta(days=7 + wd - ref.weekday())
        if m[3]:
            return _part_of_day(d, m[3], s)
        return _tv(d.isoformat(), reason=f"weekday ({which or direction}) relative to the reference",
                   relative="deictic")
    # "the week after next", "the month before last": two units from the reference's (the day-level
    # "the day after tomorrow" is in day_words above)
    if m := re.fullmatch(r"(?:the\s+)?(week|month|year)\s+(after\s+next|before\s+last)", s):
        k = 2 if m[2].startswith("after") else -2
        value, lo, hi, kind = _shift(ref, k, m[1])
        return _tv(value, kind, reason=f"'{s}': two {m[1]}s from the reference's", relative="deictic", lo=lo, hi=hi)
    # "the past decade": the ten years up to the reference, a length (the duration rule), not the 2000s
    if re.fullmatch(r"(?:the\s+)?past\s+(?:decade|century)", s):
        return None
    # this/last/next unit
    if m := re.fullmatch(r"(?:the\s+)?(this past|this coming|last|past|previous|next|coming|following|this|current|upcoming)\s+"
                         r"(week|month|year|quarter|decade|century|weekend|fiscal year)", s):
        k = _RELATIVE_WORDS[m[1]]
        rel = "anaphoric" if m[1] in ("following", "previous") and "the" in s.split()[:1] else "deictic"
        unit = "year" if m[2] == "fiscal year" else m[2]
        if unit == "weekend":
            return _weekend(ref, _weekend_offset(m[1], ref, context), s)
        value, lo, hi, kind = _shift(ref, k, unit)
        return _tv(value, kind, reason=f"'{m[1]} {unit}' relative to the reference", relative=rel, lo=lo, hi=hi)
    if s in ("the weekend", "weekend", "over the weekend"):
        return _weekend(ref, _weekend_offset("", ref, context), s)
    # "the year", "the fiscal year", "the week": in news, the one the story is set in (the reference's)
    if m := re.fullmatch(r"the\s+(?:(?:current|present|full|whole|entire)\s+)?(?:fiscal\s+)?(year|month|week)", s):
        value, lo, hi, kind = _shift(ref, 0, m[1])
        return _tv(value, kind, reason=f"'{s}': the {m[1]} the reference falls in", relative="deictic", lo=lo, hi=hi)
    # "the week of March 6": the calendar week holding that date
    if m := re.fullmatch(r"the\s+week\s+of\s+(.+)", s):
        base = _absolute_date(m[1], ref, context)
        if base is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value):
            d = date.fromisoformat(base.value)
            lo, hi = _week_bounds(d)
            return _tv(_iso_week(d), reason=f"the week of {base.value} ({base.reason})", relative=base.relative,
                       lo=lo, hi=hi)
    # "the first week of June", "the last week of July 2024": seven days counted from the month's
    # first (or back from its last) day; ISO 8601 has no week-of-month value, so an interval
    if m := re.fullmatch(r"(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+week\s+of\s+(.+)", s):
        base = _normalize_clean(m[2], ref, context)
        if base is not None and re.fullmatch(r"\d{4}-\d{2}", base.value) and base.earliest and base.latest:
            nth = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
            if m[1] in nth:
                lo = base.earliest + timedelta(days=7 * nth[m[1]])
                hi = lo + timedelta(days=6)
            else:
                hi = base.latest
                lo = hi - timedelta(days=6)
            return TimeValue(f"{lo.isoformat()}/{hi.isoformat()}", "interval", False, lo, hi,
                             f"{m[1]} week of {base.value} ({base.reason})", base.relative)
    # "on the 15th", "the 12th of last month": a day of the month the text is in (or names); a bare
    # day after the reference's in a past clause is last month's, one before it in a future clause
    # next month's
    if m := re.fullmatch(r"(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+((?:last|this|next)\s+month))?", s):
        if ref is None or not 1 <= int(m[1]) <= 31:
            return None
        day = int(m[1])
        if m[2]:
            base = _normalize_clean(m[2], ref, context)
            if base is None or base.earliest is None:
                return None
            y, mo, why = base.earliest.year, base.earliest.month, f"day of {base.value} ({base.reason})"
        else:
            y, mo, why = _month_of_bare_day(day, ref, _tense(context))
        d = _date_or_none(y, mo, day)
        return _tv(d.isoformat(), reason=why, relative="deictic") if d else None
    # "fiscal 2024-25", "FY2025/26", "the fiscal year 2025/26": a fiscal year named by the two
    # calendar years it straddles (UK, India, Australia...): both years, as the interval they span
    if m := re.fullmatch(r"(?:the\s+)?(?:fiscal(?:\s+year)?|fy)\s*'?(\d{4}|\d{2})\s*[-/]\s*'?(\d{4}|\d{2})", s):
        a = _year(m[1])
        b = int(m[2]) if len(m[2]) == 4 else (a // 100) * 100 + int(m[2])
        if b == a + 1:
            return _tv(f"{a}/{b}", "interval", reason="fiscal year across two calendar years (its months "
                       "follow the fiscal calendar)", lo=date(a, 1, 1), hi=date(b, 12, 31))
    # N units ago / from now / hence
    if m := re.fullmatch(rf"({NUM_WORD_RE}|{VAGUE_RE})\s+({UNIT_RE})(\s+or so)?\s+(ago|from now|hence|back|earlier|later|before|after|since)", s):
        m = re.fullmatch(rf"({NUM_WORD_RE}|{VAGUE_RE})\s+({UNIT_RE})\s+(?:or so\s+)?(ago|from now|hence|back|earlier|later|before|after|since)", s)
        assert m is not None
        n = _num(m[1])
        approx = n is None or " or so " in s
        if n is None and m[3] in ("ago", "back") and _unit_key(m[2]) in ("day", "week", "month", "year", "decade"):
            des = _duration(1, _unit_key(m[2]))[-1] if _unit_key(m[2]) != "decade" else "Y"
            window = VAGUE_WINDOW.get(des, "P10Y") if _unit_key(m[2]) not in ("year", "decade") else "P10Y"
            return _tv(f"{window}/{ref.isoformat()}", "interval", approx=True, relative="deictic",
                       reason=f"vague past ('{s}')")
        n = n if n is not None else VAGUE_COUNTS.get(m[1], 3)
        sign = 1 if m[3] in ("from now", "hence", "later", "after") else -1
        rel = "anaphoric" if m[3] in ("earlier", "later", "before", "after") else "deictic"
        if _unit_key(m[2]) in ("hour", "minute", "second"):
            return _tv(ref.isoformat(), reason=f"'{s}': {m[2]} offset kept at the reference date",
                       relative=rel, approx=True)
        if _unit_key(m[2]) in ("decade", "century"):
            # "a decade ago" in 2013 is about 2003, not "the 2000s": a distance counted in decades
            # lands on a year, approximately
            years = int(n * (10 if _unit_key(m[2]) == "decade" else 100))
            value, lo, hi, kind = _shift(ref, sign * years, "year")
            return _tv(value, kind, approx=True, relative=rel, lo=lo, hi=hi,
                       reason=f"offset {'+' if sign > 0 else '-'}{_fmt(n)} {_unit_key(m[2])} ({years} years)")
        value, lo, hi, kind = _shift(ref, sign * n, m[2])
        return _tv(value, kind, approx=approx, reason=f"offset {'+' if sign > 0 else '-'}{_fmt(n)} {_unit_key(m[2])}",
                   relative=rel, lo=lo, hi=hi)
    if m := re.fullmatch(r"(?:the\s+)?(year|month|week|quarter)[- ](earlier|ago)(?:\s+(?:period|quarter|level|month|week))?", s):
        value, lo, hi, kind = _shift(ref, -1, m[1])
        return _tv(value, kind, reason=f"'{s}' one {m[1]} before the reference", relative="deictic", lo=lo, hi=hi)
    # earlier/later this week/month/year
    if m := re.fullmatch(r"(?:earlier|later|so far|until now)\s+(this|next|last)\s+(week|month|year|quarter)", s):
        k = _RELATIVE_WORDS[m[1]]
        value, lo, hi, kind = _shift(ref, k, m[2])
        return _tv(value, kind, reason=f"'{s}' relative to the reference", relative="deictic", lo=lo, hi=hi)
    if m := re.fullmatch(r"(?:earlier|later)\s+(today|tonight)", s):
        return _tv(ref.isoformat(), reason=f"'{s}'", relative="deictic")
    # in N units / within N units (a point in the future)
    return None


def _future_offset(s: str, ref: date | None) -> TimeValue | None:
    """'in two weeks (or so)', 'within days': a point or window after the reference."""
    if ref is None:
        return None
    m = re.fullmatch(rf"(in|within)\s+(?:about\s+|around\s+|roughly\s+)?(?:(?:the\s+)?(next)\s+)?({NUM_WORD_RE}|{VAGUE_RE})?\s*({UNIT_RE})", s)
    if not m:
        return None
    n = _num(m[3]) if m[3] else None
    vague = m[3] is None or n is None
    if n is None:
        n = VAGUE_COUNTS.get((m[3] or "a few").strip(), 3)
    unit = _unit_key(m[4])
    if unit in ("hour", "minute", "second") and m[1] == "within" and not vague:
        # "within 24 hours": a window that long from the reference (the reference has no clock time)
        dur = _duration(n, unit)
        end = ref + _duration_delta(dur)
        return TimeValue(f"{ref.isoformat()}/{dur}", "interval", True, ref, end,
                         f"window of {dur[1:]} after the reference ('{s}')", "deictic")
    if unit in ("hour", "minute", "second"):
        return _tv(ref.isoformat(), reason=f"'{s}' within the reference date", relative="deictic", approx=True)
    if m[1] == "within" or vague:
        dur = _duration(n, unit)
        end = ref + _duration_delta(dur)
        count = f"; vague count ('{m[3] or unit + 's'}' taken as {_fmt(n)})" if vague else ""
        return TimeValue(f"{ref.isoformat()}/{dur}", "interval", True, ref, end,
                         f"window of {dur[1:]} after the reference ('{s}'){count}", "deictic")
    value, lo, hi, kind = _shift(ref, n, unit)
    if unit in ("day", "night"):
        value, lo, hi = (ref + timedelta(days=int(n))).isoformat(), ref + timedelta(days=int(n)), ref + timedelta(days=int(n))
    return _tv(value, kind, reason=f"offset +{_fmt(n)} {unit} ('{s}')", relative="deictic", lo=lo, hi=hi)
