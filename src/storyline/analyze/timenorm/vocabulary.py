"""The words the normaliser's rules read: month and weekday names, number words and vague counts,
ordinals, time units with their ISO designators, parts of the day, seasons, tense markers and the
windows of vague references.

Every rule family reads them (and so do ``quantities`` and ``link.similarity``, which look month names
up in ``MONTHS``), so they live apart from any one rule.
"""

from __future__ import annotations

import calendar
import re

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name.lower()[:3]] = _i
MONTHS["sept"] = 9
MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
WEEKDAYS = {n.lower(): i for i, n in enumerate(calendar.day_name)}
WEEKDAYS.update({n.lower(): i for i, n in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A weekday or its short form ("Tue", "Thurs."), only ever read where a date follows it.
_WEEKDAY_OR_ABBR = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5, "half": 0.5,
    "a quarter": 0.25, "a quarter of a": 0.25, "a quarter of an": 0.25, "thousand": 1000, "a thousand": 1000,
}
# Vague quantities: a guessed count, always approx.
VAGUE_COUNTS = {"a few": 3, "few": 3, "several": 3, "many": 5, "some": 3, "a number of": 3,
                "dozens of": 24, "hundreds of": 200, "a couple of": 2}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4,
    "final": 4, "latest": 0, "current": 0,
}
NUM_WORD_RE = (
    r"(?:\d+\s+1/2|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|a couple of|a couple|couple of|a dozen|half an?|a half|half|"
    r"a quarter(?: of an?)?(?=[- ](?:century|centuries|hour))|a thousand|an?|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:[- ](?:hundred|thousand))?(?: and a half)?"
)
VAGUE_RE = r"(?:a few|few|several|many|a number of|dozens of|hundreds of)"

# unit -> (ISO designator, is-time-part, multiplier)
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("M", False, 3),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "centurie": ("Y", False, 100), "yr": ("Y", False, 1), "hr": ("H", True, 1),
    "min": ("M", True, 1), "sec": ("S", True, 1), "weekend": ("D", False, 2),
}
UNIT_RE = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|"
    r"months?|quarters?|years?|yrs?|decades?|century|centuries)"
)

# Part of day: (start, end) clock times; "night" ends on the next day.
PART_OF_DAY: dict[str, tuple[str, str]] = {
    "morning": ("05:00", "12:00"),
    "afternoon": ("12:00", "18:00"),
    "evening": ("18:00", "22:00"),
    "night": ("21:00", "04:00"),
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Northern-hemisphere meteorological seasons: first month, length 3 months (winter crosses the year).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

FUTURE_MARKERS = re.compile(
    r"(?:\b(will|shall|wo|going to|gonna|scheduled|to be held|upcoming|next|(?:plans?|hopes?|aims?|intends?|set) to)\b|'ll\b|\(future\))",
    re.I,
)
PAST_MARKERS = re.compile(r"\(past\)|\b(said|was|were|had|did|told|ago|last|announced|reported)\b", re.I)

# Vague windows used for open-ended references (see ``normalizer``'s docstring).
VAGUE_WINDOW = {"D": "P10D", "W": "P2M", "M": "P6M", "Y": "P5Y"}
