"""Anchoring to the time the text has just established: how far back it still anchors an anaphoric
expression (``ANAPHORA_SENTENCES``; by the expression's unit, ``_UNIT_DAYS``), "the day before" an
event set off after a date (that date), a weekday joined by "on" to a named day, a clock time in
brackets in another zone, and "that same day" after a coarser time (a day of it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.timenorm.values import TimeValue
from storyline.analyze.timenorm.vocabulary import WEEKDAYS, WEEKDAY_RE
from storyline.records import TimeRef

# How many sentences back a date established in the text still anchors "the next day".
ANAPHORA_SENTENCES = 3


# Anaphoric expressions counted in a calendar unit ("that year", "the following month", "three years
# later"), and how many days a time named earlier may span and still anchor them.
_ANAPHORIC_UNIT = re.compile(r"\b(year|month|week|decade|centur)(?:s|ies|y)?\b", re.I)
# (a distance in decades or centuries counts from a time named at a grain of up to a year)
_UNIT_DAYS = {"year": 366, "month": 31, "week": 7, "decade": 366, "centur": 366}


_SAME_DAY = re.compile(r"(?:on\s+)?(?:that|the)\s+(?:very\s+)?(?:same\s+)?day|that\s+very\s+day", re.I)


# "the day before the plunge": a day named by the event after it.
_DAY_BEFORE_EVENT = re.compile(r"the\s+(?:very\s+)?day\s+(?:before|after)", re.I)


def _apposed_day(text: str, prev: TimeRef, start: int, end: int) -> TimeValue | None:
    """"Last seen Nov. 3, the day before police issued a warrant": "the day before" an event, set
    off by a comma after a date, renames that date; it is not the day before the date. Only when
    an event follows ("the day before." alone counts back from the date)."""
    if not (_DAY_BEFORE_EVENT.fullmatch(text[start:end]) and re.fullmatch(r",\s*", text[prev.span.end:start])
            and re.match(r"\s+[a-z]", text[end:end + 2])):
        return None
    if prev.kind != "date" or prev.earliest is None or prev.earliest != prev.latest:
        return None
    return TimeValue(prev.value, "date", prev.approx, prev.earliest, prev.latest,
                     f"the day of an event, in apposition to the date before it ({prev.value})", "anaphoric")


def _weekday_of_named_day(text: str, prev: TimeRef, start: int, end: int, tv: TimeValue) -> TimeValue | None:
    """"the weekend after Thanksgiving on Thursday", "Christmas on Friday": a weekday joined by "on"
    to the day just named tells what weekday that day falls on; it is that day, not the weekday the
    tense alone would pick (a present "expect" reads ahead, to the Thursday after). Only when the
    named day is one date that falls on that weekday within a week of the tense's pick."""
    if not re.fullmatch(r"\s+on\s+", text[prev.span.end:start]):
        return None
    word = text[start:end].lower()
    if word not in WEEKDAYS or tv.kind != "date" or tv.earliest is None:
        return None
    if prev.kind != "date" or prev.earliest is None or prev.earliest != prev.latest:
        return None
    if prev.earliest.weekday() != WEEKDAYS[word] or abs((prev.earliest - tv.earliest).days) > 7:
        return None
    return TimeValue(prev.value, "date", prev.approx, prev.earliest, prev.latest,
                     f"weekday of the day named before it ({prev.value})", "anaphoric")


def _converted_clock_day(text: str, prev: TimeRef, start: int, end: int, tv: TimeValue) -> TimeValue | None:
    """"struck at 5:45 a.m. Wednesday (2245 GMT Tuesday)": a clock time in brackets right after
    another is the same moment in another zone, so its weekday is within a day of the first one's
    date; read alone, the tense would put that weekday up to a week away."""
    if not re.fullmatch(r"\s*\(\s*", text[prev.span.end:start]) or tv.kind != "time" or prev.kind != "time":
        return None
    day = re.search(rf"\b({WEEKDAY_RE})\b", text[start:end], re.I)
    clock = re.search(r"T\d{2}:\d{2}", tv.value)
    if day is None or clock is None or prev.earliest is None or "/" in tv.value:
        return None
    wd = WEEKDAYS[day[1].lower()]
    near = [prev.earliest + timedelta(days=k) for k in (-1, 0, 1)]
    d = next((x for x in near if x.weekday() == wd), None)
    if d is None:
        return None
    return TimeValue(f"{d.isoformat()}{clock[0]}", "time", tv.approx, d, d,
                     f"clock time on {d.isoformat()}, the same moment as {prev.value} in another zone", "anaphoric")


def _day_of(value: str, start: date, days: int, expr: str) -> TimeValue:
    """'that same day' after "last October": the day the text means lies in the last time it named,
    which is coarser than a day; that time is the most a reader can be told (not the publication
    date, which a fallback to it would claim)."""
    return TimeValue(value, "date", True, start, start + timedelta(days=days - 1),
                     f"a day of {value}, the last time the text named ('{expr}')", "anaphoric")
