"""Sets, times that repeat: "daily", "every week", "twice a year", "24 hours a day", "every Monday",
"on Tuesday nights", "every other Thursday", "every summer", as ISO repeating intervals (``R/P1W``,
``R/<first Monday>/P1W``, ``R/2013-SU/P1Y``).
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.timenorm.counting import _duration, _num, _unit_key
from storyline.analyze.timenorm.reference_side import _weekday_date
from storyline.analyze.timenorm.values import TimeValue, _month_bounds, _season_bounds, _tv
from storyline.analyze.timenorm.vocabulary import (
    MONTHS,
    MONTH_RE,
    NUM_WORD_RE,
    PART_OF_DAY,
    SEASONS,
    UNIT_RE,
    WEEKDAYS,
    WEEKDAY_RE,
)


def _sets(s: str, ref: date | None) -> TimeValue | None:
    adverbs = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
               "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "annual": "P1Y",
               "every day": "P1D", "each day": "P1D", "per day": "P1D", "a day": "P1D", "a year": "P1Y",
               "per year": "P1Y", "a week": "P1W", "per week": "P1W", "a month": "P1M", "per month": "P1M",
               "an hour": "PT1H", "per hour": "PT1H", "every year": "P1Y", "each year": "P1Y",
               "every week": "P1W", "each week": "P1W", "every month": "P1M", "each month": "P1M",
               "every night": "P1D", "every morning": "P1D", "every evening": "P1D", "each morning": "P1D",
               "every hour": "PT1H", "every other day": "P2D", "every other week": "P2W",
               "every other month": "P2M", "every other year": "P2Y",
               "every season": "P3M", "each season": "P3M", "every quarter": "P3M", "each quarter": "P3M",
               "every summer": "P1Y", "every winter": "P1Y", "every spring": "P1Y", "every fall": "P1Y",
               "every weekend": "P1W", "weekends": "P1W", "each summer": "P1Y", "each winter": "P1Y",
               # twice a year / every two years, as reports and bond terms write them
               "semi-annually": "P6M", "semiannually": "P6M", "semi-annual": "P6M", "semiannual": "P6M",
               "biannually": "P6M", "biennially": "P2Y", "fortnightly": "P2W", "bimonthly": "P2M"}
    # "every summer", "each July": yearly, from the next one (ISO repeating interval with its start)
    if ref is not None and (m := re.fullmatch(rf"(?:every|each)\s+((?:spring|summer|fall|autumn|winter)|{MONTH_RE})", s)):
        if m[1] in SEASONS:
            code = SEASONS[m[1]]
            y = ref.year if _season_bounds(ref.year, code)[1] >= ref else ref.year + 1
            first = f"{y}-{code}"
        else:
            mo = MONTHS[m[1].rstrip(".")]
            y = ref.year if _month_bounds(ref.year, mo)[1] >= ref else ref.year + 1
            first = f"{y}-{mo:02d}"
        return _tv(f"R/{first}/P1Y", "set", reason=f"recurring yearly ('{s}')", relative="deictic")
    if s in adverbs:
        if s in ("a day", "a year", "a week", "a month", "an hour", "annual"):
            return None  # ambiguous with durations; the extractor passes "twice a year" whole
        return _tv(f"R/{adverbs[s]}", "set", reason=f"recurring ('{s}')")
    if m := re.fullmatch(rf"(?:once|twice|three times|four times|\w+ times)\s+(?:a|an|per|every|each)\s+({UNIT_RE})", s):
        return _tv(f"R/{_duration(1, _unit_key(m[1]))}", "set", reason=f"recurring ('{s}')")
    if m := re.fullmatch(rf"({NUM_WORD_RE})\s+({UNIT_RE})\s+(?:a|an|per|every|each)\s+(day|week|month|year)", s):
        # "24 hours a day", "seven days a week", "10 hours per week": a length that recurs in every
        # such period (the set's period; the length goes to the reason)
        n = _num(m[1])
        if n is not None:
            return _tv(f"R/{_duration(1, _unit_key(m[3]))}", "set",
                       reason=f"recurring {_duration(n, _unit_key(m[2]))} in every {m[3]} ('{s}')")
    if m := re.fullmatch(rf"(?:every|each)\s+({NUM_WORD_RE})\s+({UNIT_RE})", s):
        n = _num(m[1])
        if n is not None:
            return _tv(f"R/{_duration(n, _unit_key(m[2]))}", "set", reason=f"recurring ('{s}')")
    if m := re.fullmatch(rf"(?:(?:every|each)\s+({WEEKDAY_RE})\s+|(?:on\s+)?({WEEKDAY_RE})\s+(?=\w+s$))"
                         r"(morning|afternoon|evening|night)s?", s):
        # "on Tuesday nights", "every Sunday morning": that part of the day, every week
        wd, part = WEEKDAYS[m[1] or m[2]], m[3]
        if ref is None:
            return _tv("R/P1W", "set", reason=f"recurring weekday {part} ('{s}')")
        first = _weekday_date(ref, wd, "future")
        return _tv(f"R/{first.isoformat()}T{PART_OF_DAY[part][0]}/P1W", "set",
                   reason=f"recurring weekday {part} ('{s}')", relative="deictic")
    if m := re.fullmatch(rf"every\s+(?:other|second)\s+({WEEKDAY_RE})", s):
        # "every other Thursday": a fortnightly set from the next such day
        if ref is None:
            return _tv("R/P2W", "set", reason=f"recurring weekday, every second week ('{s}')")
        first = _weekday_date(ref, WEEKDAYS[m[1]], "future")
        return _tv(f"R/{first.isoformat()}/P2W", "set", reason=f"recurring weekday, every second week ('{s}')",
                   relative="deictic")
    if m := re.fullmatch(rf"(?:every|each|on)\s+({WEEKDAY_RE})s?|({WEEKDAY_RE})s", s):
        wd = WEEKDAYS[m[1] or m[2]]
        if ref is None:
            return _tv("R/P1W", "set", reason=f"recurring weekday ('{s}')")
        first = _weekday_date(ref, wd, "future")
        return _tv(f"R/{first.isoformat()}/P1W", "set", reason=f"recurring weekday ('{s}')", relative="deictic")
    return None
