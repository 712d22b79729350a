"""The time-expression normaliser: one expression string -> an ISO 8601 value, without spaCy.

Rules are plain regular expressions tried in a fixed order, so the same text and reference always
give the same value, and every value says which rule decided it (``reason``). Reasons start with a
stable tag (``vague past``, ``vague present``, ``vague future``, ``part of day``, ``vague count``,
``night``, ``fuzzy``...) so that downstream code and the TimeML scorer can read them.

Value conventions where ISO 8601 has no single spelling:

* vague past / future ("recently", "soon") -> an interval with one open side expressed as a
  duration: ``P3M/2025-10-17`` (the three months up to the reference), ``2025-10-17/P3M`` (the three
  months after it); ``approx`` is set and the reason starts ``vague past`` / ``vague future``.
* present ("now", "currently") -> the reference date, reason ``vague present``.
* decade -> ``199X`` (ISO 8601-2 unspecified digit), century -> ``19`` (ISO reduced precision); a
  distance counted in decades or centuries ("a decade ago") lands on a year, approx (``2003``).
* a fiscal quarter without a year ("its fiscal third quarter") keeps the company's label with the
  reference's year (``2013-Q3``) and has no calendar bounds: fiscal calendars differ.
* two years joined by a hyphen ("the 2008-09 recession") are a span of years, not a year-month.
* part of day ("this morning", "Monday night") -> an interval of datetimes (see ``PART_OF_DAY``).
* weekend -> the Saturday/Sunday interval.
* set ("every week") -> ``R/P1W``; a weekday set ("every Monday") -> ``R/<first Monday>/P1W``.
* vague counts ("several years", "a few days") -> a duration with a guessed count (``P3Y``),
  ``approx`` set and the reason starting ``vague count``.
* an uncounted distance back ("months ago") -> a vague past window sized by the unit (``P1Y/...``).
* "early Friday" / "late Thursday" -> the hours of that day (``...T00:00/...T08:00``, ``...T18:00/
  ...T23:59``), approx, reason ``fuzzy early|late part of <date>``.
* yearly sets ("every summer", "each July") -> ``R/2013-SU/P1Y`` (repeating from the next one).
* a span of the year to date compared a year back ("the 1988 period" after "the nine months") ->
  ``1988-01/1988-09``, reason ``financial year to date``.
* named days (Easter, Thanksgiving, Good Friday...) follow the rules in ``lexicons/timex_holidays.tsv``.
* midnight belongs to the day that is ending (news style): "midnight Friday" -> ``<Friday>T24:00``; a
  bare "midnight" told in the past is the one that opened the reference day (``<day before>T24:00``).
* a weekday or weekend counted in a month ("the last weekend of June") -> that date or Saturday/Sunday
  interval; "the first Monday of every month" -> ``R/P1M``; "every other Thursday" -> ``R/<first>/P2W``.
* a length recurring in a period ("24 hours a day") -> the set of that period (``R/P1D``).
* half-year codes ("H2 2025", "1H26") -> ``2025-H2``, as "the second half of 2025".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from storyline.analyze.lexicon import numbered_data_lines
from storyline.errors import LexiconError

# --------------------------------------------------------------------------- result type


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised expression. ``relative``: absolute | deictic (needs the reference date) |
    anaphoric (should be resolved against the previous date in the text, not the publication)."""

    value: str
    kind: str  # date | time | interval | duration | set
    approx: bool = False
    earliest: date | None = None
    latest: date | None = None
    reason: str = ""
    relative: str = "absolute"


# --------------------------------------------------------------------------- lexicon

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

# Vague windows used for open-ended references (see module docstring).
VAGUE_WINDOW = {"D": "P10D", "W": "P2M", "M": "P6M", "Y": "P5Y"}


# --------------------------------------------------------------------------- calendar helpers


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _week_bounds(d: date) -> tuple[date, date]:
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)


def _month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _season_bounds(y: int, code: str) -> tuple[date, date]:
    start = date(y, SEASON_START[code], 1)
    end_month = start + relativedelta(months=3) - timedelta(days=1)
    return start, end_month


def _quarter_bounds(y: int, q: int) -> tuple[date, date]:
    start = date(y, 3 * (q - 1) + 1, 1)
    return start, start + relativedelta(months=3) - timedelta(days=1)


def bounds_of(value: str) -> tuple[date | None, date | None]:
    """Calendar bounds of an ISO value (date, month, year, week, season, quarter, decade,
    century, datetime, interval of those); ``(None, None)`` for durations, sets and unknowns."""
    if "/" in value:
        if value.startswith("R"):
            return None, None
        a, b = value.split("/", 1)
        if a.startswith("P"):
            lo_b, hi_b = bounds_of(b)
            if hi_b is None:
                return None, None
            try:
                return hi_b - _duration_delta(a), hi_b
            except ValueError:
                return None, hi_b
        lo, _ = bounds_of(a)
        if b.startswith("P"):
            if lo is None:
                return None, None
            try:
                return lo, lo + _duration_delta(b)
            except ValueError:
                return lo, None
        _, hi = bounds_of(b)
        return lo, hi
    v = value.split("T", 1)[0] if re.match(r"\d{4}-\d{2}-\d{2}T", value) else value
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            return _month_bounds(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})", v):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", v):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            return _quarter_bounds(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            h = int(m[2])
            return date(int(m[1]), 6 * h - 5, 1), _month_bounds(int(m[1]), 6 * h)[1]
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            return _season_bounds(int(m[1]), m[2])
        if m := re.fullmatch(r"(\d{3})X", v):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
        if m := re.fullmatch(r"(\d{2})", v):
            c = int(m[1])
            return date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31)
    except ValueError:
        return None, None
    return None, None


def _duration_delta(iso: str) -> relativedelta:
    m = re.fullmatch(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                     r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?", iso)
    if not m:
        raise ValueError(iso)
    y, mo, w, d, h, mi, s = (float(x) if x else 0.0 for x in m.groups())
    days = d + 7 * w + 365.25 * (y % 1) + 30.44 * (mo % 1) + h / 24 + mi / 1440
    return relativedelta(years=int(y), months=int(mo), days=int(round(days)))


def _nearest_year(month: int, day: int | None, ref: date) -> int:
    """The year that puts month(-day) nearest the reference date."""
    best, best_gap = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        gap = abs((d - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _num(word: str) -> float | None:
    w = word.strip().lower()
    half = 0.0
    if m := re.fullmatch(r"(\d+)\s+1/2", w):
        return int(m[1]) + 0.5
    if w.endswith(" and a half"):
        half, w = 0.5, w[: -len(" and a half")].strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):  # "1,000 days": thousands written with commas
        return float(w.replace(",", "")) + half
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w] + half
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in ("hundred", "thousand"):
        return NUMBER_WORDS[parts[0]] * NUMBER_WORDS[parts[1]] + half  # "two thousand": a product
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration(n: float, unit: str) -> str:
    u = unit.lower().rstrip(".")
    if u.endswith("s") and u[:-1] in UNITS:
        u = u[:-1]
    designator, is_time, mult = UNITS[u]
    n = float(n) * mult
    if u == "weekend":
        designator = "D"
    if not n.is_integer() and is_time and designator in ("H", "M"):
        whole, frac = int(n), n - int(n)
        small = "M" if designator == "H" else "S"
        return f"PT{whole}{designator}{_fmt(frac * 60)}{small}" if whole else f"PT{_fmt(frac * 60)}{small}"
    if not n.is_integer() and not is_time:
        # P1.5Y is legal ISO; keep it, but turn half weeks/days into smaller units for readability
        if designator == "D":
            return f"PT{_fmt(n * 24)}H"
        if designator == "Y" and (n * 12).is_integer():  # "2 1/2 years": P2Y6M
            return f"P{int(n)}Y{int(round((n - int(n)) * 12))}M" if int(n) else f"P{int(round(n * 12))}M"
    return f"PT{_fmt(n)}{designator}" if is_time else f"P{_fmt(n)}{designator}"


def _unit_key(unit: str) -> str:
    u = unit.lower().rstrip(".")
    if u.endswith("ies"):
        u = u[:-3] + "y"
    elif u.endswith("s") and u[:-1] in UNITS:
        u = u[:-1]
    return {"yr": "year", "hr": "hour", "min": "minute", "sec": "second", "centurie": "century"}.get(u, u)


def _shift(ref: date, n: float, unit: str) -> tuple[str, date, date, str]:
    """Move the reference by n units (negative = back) and express the result at that unit's grain."""
    u = _unit_key(unit)
    k = int(n)
    if u in ("day", "night"):
        d = ref + timedelta(days=k)
        return d.isoformat(), d, d, "date"
    if u in ("week", "fortnight"):
        d = ref + timedelta(weeks=k * (2 if u == "fortnight" else 1))
        lo, hi = _week_bounds(d)
        return _iso_week(d), lo, hi, "date"
    if u == "month":
        d = ref + relativedelta(months=k)
        lo, hi = _month_bounds(d.year, d.month)
        return f"{d.year:04d}-{d.month:02d}", lo, hi, "date"
    if u == "quarter":
        d = ref + relativedelta(months=3 * k)
        q = (d.month - 1) // 3 + 1
        lo, hi = _quarter_bounds(d.year, q)
        return f"{d.year:04d}-Q{q}", lo, hi, "date"
    if u == "year":
        y = ref.year + k
        return f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "date"
    if u == "decade":
        y = ref.year + 10 * k
        return f"{y // 10:03d}X", date(y // 10 * 10, 1, 1), date(y // 10 * 10 + 9, 12, 31), "date"
    if u == "century":
        y = ref.year + 100 * k
        return f"{y // 100:02d}", date(max(1, y // 100 * 100), 1, 1), date(y // 100 * 100 + 99, 12, 31), "date"
    if u in ("hour", "minute", "second"):
        return ref.isoformat(), ref, ref, "date"
    raise KeyError(unit)


def _future(context: str) -> bool:
    return bool(FUTURE_MARKERS.search(context))


def _tense(context: str) -> str:
    """future | past | unknown, from the governing verb group or sentence passed as context."""
    if FUTURE_MARKERS.search(context):
        return "future"
    if PAST_MARKERS.search(context):
        return "past"
    return "unknown"


def _year_for(month: int, day: int | None, ref: date, context: str) -> tuple[int, str]:
    """The year of a month(-day) without one: nearest the reference, unless the tense says the
    nearest lies on the wrong side of it (a past event a few months ahead is last year's)."""
    y = _nearest_year(month, day, ref)
    d = date(y, month, min(day or 15, 28))
    tense = _tense(context)
    if tense == "past" and (d - ref).days > 45:
        return y - 1, f"year {y - 1}: the nearest, {y}, is after the reference but the verb is past"
    if tense == "future" and (ref - d).days > 45:
        return y + 1, f"year {y + 1}: the nearest, {y}, is before the reference but the verb is future"
    return y, f"year {y} puts it nearest the reference"


def _weekday_date(ref: date, wd: int, direction: str) -> date:
    """direction: past (on/before ref), future (on/after ref), last (strictly before, previous
    week's for 'last'), next (strictly after), this (in the reference's week), nearest (within three
    days either side: a deadline, which is as often ahead of the reference as behind it)."""
    delta = wd - ref.weekday()
    if direction == "this":
        return ref + timedelta(days=delta)
    if direction == "past":
        return ref + timedelta(days=delta - 7 if delta > 0 else delta)
    if direction == "future":
        return ref + timedelta(days=delta + 7 if delta < 0 else delta)
    if direction == "nearest":  # within three days either side, ahead on a tie
        return ref + timedelta(days=(delta + 3) % 7 - 3)
    if direction == "last":
        return ref + timedelta(days=delta - 7 if delta >= 0 else delta)
    return ref + timedelta(days=delta + 7 if delta <= 0 else delta)  # next


def _tv(value: str, kind: str = "date", reason: str = "", approx: bool = False,
        relative: str = "absolute", lo: date | None = None, hi: date | None = None) -> TimeValue:
    if lo is None and hi is None and kind not in ("duration", "set"):
        lo, hi = bounds_of(value)
    return TimeValue(value, kind, approx, lo, hi, reason, relative)


# --------------------------------------------------------------------------- cleaning

_TRAIL = re.compile(r"[\s,;:!?)\]\"'”’]+$|(?<!\b[ap]\.m)(?<!\b[ap]\.m\.)(?<![ap]\.m)\.$")
_LEAD_PREP = re.compile(
    r"^(?:on|in|at(?!\s+(?:least|most)\b)|by|since|until|till|til|during|throughout|through|within|as of|as early as|"
    r"as late as|as recently as|of|for|before|after|around the|beginning|starting|effective|"
    r"from|to)\s+"
)
_APPROX_PREFIX = re.compile(
    r"^(?:about|around|roughly|approximately|some|nearly|almost|close to|just over|just under|"
    r"a little over|a little more than|more than|over|less than|under|fewer than|at least|"
    r"at most|up to|no more than|no less than|upwards of|the better part of|a full|a whole|"
    r"another|an additional|only|just)\s+"
)
_APPROX_SUFFIX = re.compile(r"\s*(?:or so|or more|or less|or longer|and counting|-odd|odd|plus)$")


def clean(text: str) -> str:
    s = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip().lower()
    s = re.sub(r"^[\s(\"'“‘]+", "", s)
    s = re.sub(r"\s*[“”\"]\s*", " ", s).strip()
    prev = None
    while prev != s:
        prev = s
        s = _TRAIL.sub("", s).strip()
        s = re.sub(r"'s$", "", s)
    return s


# --------------------------------------------------------------------------- rules

_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(\d{4}|'\d{2})"


def _year(tok: str) -> int:
    tok = tok.strip("'")
    y = int(tok)
    if len(tok) == 2:
        y += 1900 if y >= 40 else 2000
    return y


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


def _season_quarter(s: str, ref: date | None, context: str = "") -> TimeValue | None:
    # quarters: "the third quarter [of 2023]", "q3 2023", "third-quarter", "the fourth quarter of last year"
    qm = re.fullmatch(
        r"(?:the\s+)?(?:fiscal\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current)[- ](?:fiscal[- ])?quarter|q([1-4]))"
        r"(?:\s+(?:of\s+)?(?:(\d{4})|(this|last|next|the)\s+year|fiscal\s+(\d{4})))?", s)
    if qm:
        word = qm[1]
        if qm[3] or qm[5]:
            y = int(qm[3] or qm[5])
        elif qm[4] in ("last", "next", "this"):
            if ref is None:
                return None
            y = ref.year + {"last": -1, "next": 1, "this": 0}[qm[4]]
        elif ref is None:
            return None
        else:
            y = ref.year
        if qm[2]:
            q = int(qm[2])
        elif word in ("latest", "current"):
            if ref is None:
                return None
            q = (ref.month - 1) // 3 + 1
            if word == "latest":
                q -= 1
                if q == 0:
                    q, y = 4, y - 1
        else:
            q = ORDINALS[word]
        rel = "absolute" if (qm[3] or qm[5]) else "deictic"
        if rel == "deictic" and "fiscal" in s and not qm[4] and word not in ("latest", "current"):
            # a company's fiscal year runs ahead of the calendar and is named for the year it ends
            # in: "its fiscal third quarter", reported in March 2013, is the third of fiscal 2013
            # (December to February for a year ending in May), not the calendar third of 2012;
            # which months it covers is the company's fiscal calendar, so it has no calendar bounds
            return TimeValue(f"{y:04d}-Q{q}", "date", False, None, None,
                             "fiscal quarter: labelled with the reference's year (its months follow the "
                             "company's fiscal calendar)", rel)
        if rel == "deictic" and not qm[4] and ref is not None and _quarter_bounds(y, q)[0] > ref \
                and _tense(context) != "future":
            y -= 1
        return _tv(f"{y:04d}-Q{q}", reason="quarter", relative=rel)
    # halves: "the first half (of 2023)", "the last half", "the first two quarters of 1990"
    if m := re.fullmatch(r"(?:the\s+)?(first|second|1st|2nd|last|latter)\s+(?:half|two\s+quarters)(?:\s+of)?"
                         r"(?:\s+(?:(\d{4})|the\s+year|this\s+year))?", s):
        if not m[2] and ref is None:
            return None
        y = int(m[2]) if m[2] else ref.year  # type: ignore[union-attr]
        h = 1 if m[1] in ("first", "1st") else 2
        return _tv(f"{y}-H{h}", reason="half year", relative="absolute" if m[2] else "deictic")
    # "H2 2025", "1H 2026", "H1'27": the half-year codes of company reports and analysts' notes
    if m := re.fullmatch(r"(?:h([12])|([12])h)\s*'?(\d{4}|\d{2})", s):
        return _tv(f"{_year(m[3]) if len(m[3]) == 4 else 2000 + int(m[3]):04d}-H{m[1] or m[2]}", reason="half-year code")
    sm = re.fullmatch(r"(?:the\s+)?(?:(this|last|next|past|coming|previous|this past)\s+)?"
                      r"(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?", s)
    if sm:
        code = SEASONS[sm[2]]
        if sm[3]:
            return _tv(f"{sm[3]}-{code}", reason="season and year")
        if ref is None:
            return None
        cands = [(y, _season_bounds(y, code)) for y in range(ref.year - 2, ref.year + 2)]
        which = sm[1] or ""
        if which in ("last", "past", "previous", "this past"):
            y = max(y for y, (lo, hi) in cands if hi < ref)
        elif which in ("next", "coming"):
            y = min(y for y, (lo, hi) in cands if lo > ref)
        else:
            # "this winter", "the spring": the one the reference falls in; else "this" is the nearest
            # (in March, "this winter" has just ended and "this summer" is ahead) and a bare season
            # the one the tense points to, or the nearest
            cur = [y for y, (lo, hi) in cands if lo <= ref <= hi]
            tense = _tense(context) if which != "this" else "unknown"
            if cur:
                y = cur[0]
            elif which == "this" and code != "WI":
                # "this fall" said in March is the coming one, "this spring" said in November the
                # one just gone: the season of the reference's year (a winter straddles two years,
                # so "this winter" stays the nearest)
                y = ref.year
            elif tense == "past":
                y = max(y for y, (lo, hi) in cands if hi < ref)
            elif tense == "future":
                y = min(y for y, (lo, hi) in cands if lo > ref)
            else:
                y = min(cands, key=lambda c: min(abs((c[1][0] - ref).days), abs((c[1][1] - ref).days)))[0]
        return _tv(f"{y}-{code}", reason=f"season ({which or 'bare'}) relative to the reference",
                   relative="deictic")
    return None


_Q_ORD = r"(first|second|third|fourth|1st|2nd|3rd|4th)"
_Q_NOUN = r"(?:fiscal[- ])?(?:quarter|period)"
# Phrases that name a quarter relative to the one a financial report is about. Group "y": explicit
# year; "k": year offset word; "o": ordinal quarter; "ago": a comparison with a year before.
_QUARTER_PHRASES = [
    # "the year-ago quarter", "the comparable year-earlier third quarter", "year-ago period"
    re.compile(rf"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<ago>year[- ](?:ago|earlier))"
               rf"(?:\s+{_Q_ORD.replace('(', '(?P<o>', 1)})?[- ]{_Q_NOUN}"),
    # "the same quarter a year ago", "the corresponding period last year", "the quarter a year earlier"
    re.compile(rf"(?:the\s+)?(?:(?:comparable|corresponding|same|year-ago)\s+)?{_Q_NOUN}\s+"
               rf"(?P<ago>a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+previous\s+year)"),
    # "the 1988 quarter", "the 1988 third quarter", "the 1989 period"
    re.compile(rf"(?:the\s+)?(?P<y>1[0-9]{{3}}|20[0-9]{{2}})(?:\s+{_Q_ORD.replace('(', '(?P<o>', 1)})?[- ]{_Q_NOUN}"),
    # "this year's third quarter", "last year's quarter", "next year's first quarter"
    re.compile(rf"(?P<k>this|last|next)\s+year'?s\s+(?:{_Q_ORD.replace('(', '(?P<o>', 1)}[- ])?{_Q_NOUN}"),
    # "the quarter", "the latest quarter", "the latest period", "that quarter", "the same quarter"
    re.compile(r"(?:the|that)\s+(?:(?:latest|same|most\s+recent|recent|just-ended|just\s+ended)\s+)?"
               r"(?:fiscal\s+)?quarter|the\s+latest\s+(?:fiscal\s+)?period"),
]
# Bare comparisons that mean "the same quarter a year before" only when the text is about a quarter.
_YEAR_AGO_BARE = re.compile(r"(?:(?:just|about|nearly)\s+)?(?:a\s+year\s+(?:ago|earlier|before)|(?:the\s+)?year[- ](?:ago|earlier))")


def latest_quarter(ref: date) -> tuple[int, int]:
    """The last quarter completed before the reference: what an earnings report is usually about."""
    q = (ref.month - 1) // 3 + 1
    return (ref.year, q - 1) if q > 1 else (ref.year - 1, 4)


def quarter_phrase(text: str, ref: date | None, focus: tuple[int, int] | None = None, *,
                   bare_comparisons: bool = False) -> TimeValue | None:
    """A quarter named relative to the quarter under discussion, as financial news does.

    "In the third quarter, net rose 5% from a year earlier": the comparison is with the third quarter
    of the year before, not with the whole year. ``focus`` is the (year, quarter) the text last
    named; without one, the last quarter completed before the reference. ``bare_comparisons`` lets
    "a year ago" / "year-earlier" alone mean the quarter (the caller decides the text is about one).
    The value is relative "quarter": the extractor re-resolves it against the quarter in focus.
    """
    if ref is None:
        return None
    s = clean(text)
    while (m := _LEAD_PREP.match(s)):
        s = s[m.end():]
    fy, fq = focus or latest_quarter(ref)
    why = f"quarter in focus {fy}-Q{fq}" if focus else f"latest quarter before the reference {fy}-Q{fq}"
    for rx in _QUARTER_PHRASES:
        m = rx.fullmatch(s)
        if not m:
            continue
        g = m.groupdict()
        if ("latest" in s or "recent" in s) and focus is not None:
            # "sales in the latest period": the period the report is about, which may be a fiscal
            # quarter still running by the calendar
            return _tv(f"{fy:04d}-Q{fq}", reason=f"financial quarter: the latest, the {why} ('{s}')",
                       relative="quarter")
        if "latest" in s or "recent" in s:
            y, q = latest_quarter(ref)
            return _tv(f"{y:04d}-Q{q}", reason=f"financial quarter: the last completed before the reference ('{s}')",
                       relative="deictic")
        q = ORDINALS[g["o"]] if g.get("o") else fq
        if g.get("y"):
            y = int(g["y"])
        elif g.get("k"):
            y = ref.year + {"this": 0, "last": -1, "next": 1}[g["k"]]
        else:
            y = fy - 1 if g.get("ago") else fy
        tag = "a year before the " if g.get("ago") else ""
        return _tv(f"{y:04d}-Q{q}", reason=f"financial quarter: {tag}{why} ('{s}')", relative="quarter")
    if bare_comparisons and _YEAR_AGO_BARE.fullmatch(s):
        return _tv(f"{fy - 1:04d}-Q{fq}", reason=f"financial quarter: a year before the {why} ('{s}')",
                   relative="quarter")
    return None


# A span of a fiscal year reported to date: "the nine months", "the first six months", "the first half".
YEAR_TO_DATE = re.compile(r"(?:the\s+)?(?:first\s+|latest\s+)?(three|six|nine|3|6|9)\s+months|(?:the\s+)?first\s+(half)", re.I)
_YTD_COMPARISON = re.compile(
    r"(?:(?:just|about|nearly)\s+)?a\s+year\s+(?:ago|earlier|before)|"
    r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:(?P<ago>year[- ](?:ago|earlier))|(?P<y>(?:19|20)\d\d))"
    r"(?:\s+(?:period|results|(?:first\s+)?(?:three|six|nine)\s+months|half))?")


def year_to_date_phrase(text: str, months: int, focus_year: int) -> TimeValue | None:
    """A comparison made while the text reports a span of the year to date ("For the nine months, net
    rose 5% from a year earlier"): the same months of the year before (or of the year it names:
    "the 1988 period"), not the quarter. ``months``: the length of the span in focus."""
    s = clean(text)
    m = _YTD_COMPARISON.fullmatch(s)
    if m is None or (m["y"] is None and m["ago"] is None and not s.startswith(("a year", "just", "about", "nearly"))):
        return None
    y = int(m["y"]) if m["y"] else focus_year - 1
    if m["y"] and s == m["y"] and y != focus_year - 1:
        # a bare year compares the span with the year before it ("... from $3.1 million in 1988");
        # another year ("a record 1.2 million were lodged in 2023", two years back) is that year
        return None
    lo, hi = date(y, 1, 1), _month_bounds(y, months)[1]
    return TimeValue(f"{y:04d}-01/{y:04d}-{months:02d}", "interval", False, lo, hi,
                     f"financial year to date: the first {months} months of {y} ('{s}')", "quarter")


def _year_end(s: str, ref: date | None, context: str) -> TimeValue | None:
    """'year-end', "year's end": the last day of the reference's year, or of the year before when
    the clause looks back ("the change since year-end")."""
    m = re.fullmatch(r"(?:around\s+|about\s+)?(?:the\s+)?(?:(last|this|next)\s+)?(?:year[- ]end|year's\s+end)", s)
    if not m or ref is None:
        return None
    k = {"last": -1, "this": 0, "next": 1}.get(m[1] or "", -1 if _tense(context) == "past" else 0)
    d = date(ref.year + k, 12, 31)
    return _tv(d.isoformat(), approx=True, reason=f"year-end: the last day of {d.year}", relative="deictic")


def _new_year(s: str, ref: date | None) -> TimeValue | None:
    """"Talks would resume in the new year": the year that starts at the next January 1 (in January,
    the one just begun). With the article only: "a new year" is no particular year."""
    if s != "the new year" or ref is None:
        return None
    y = ref.year if ref.month == 1 else ref.year + 1
    return _tv(f"{y:04d}", reason="'the new year': the year after the reference's", relative="deictic")


def _month_alone(s: str, ref: date | None, context: str) -> TimeValue | None:
    m = re.fullmatch(rf"(?:(this|last|next|this past|the past|early|late|mid|previous)\s+)?({MONTH_RE})", s)
    if not m or ref is None:
        return None
    mo = MONTHS[m[2].rstrip(".")]
    which = m[1] or ""
    if which in ("last", "this past", "the past", "previous"):
        y = ref.year if mo < ref.month else ref.year - 1
    elif which == "next":
        y = ref.year if mo > ref.month else ref.year + 1
    elif which == "this":
        y = ref.year
    else:
        y = _year_for(mo, None, ref, context)[0]
    return _tv(f"{y:04d}-{mo:02d}", reason=f"month name ({which or 'bare'}); year from the reference",
               relative="deictic")


@cache
def holidays() -> dict[str, str]:
    """Named days and the rule that dates them (``lexicons/timex_holidays.tsv``), read once."""
    table: dict[str, str] = {}
    for n, line in numbered_data_lines("timex_holidays.tsv"):
        parts = line.split("\t")
        if len(parts) < 2 or not re.fullmatch(r"\d\d-\d\d|easter[+-]\d+|nth:-?\d:\d:\d\d(?:[+-]\d+)?|election", parts[1].strip()):
            raise LexiconError(f"lexicons/timex_holidays.tsv line {n}: expected 'name<TAB>rule', got {line!r}; "
                               "see the rules in the file's header")
        table[parts[0].strip().lower()] = parts[1].strip()
    return table


def _holiday_date(rule: str, y: int) -> date | None:
    """The day a holiday rule (see the lexicon's header) gives in year ``y``."""
    if m := re.fullmatch(r"(\d\d)-(\d\d)", rule):
        return _date_or_none(y, int(m[1]), int(m[2]))
    if m := re.fullmatch(r"easter([+-]\d+)", rule):
        from dateutil.easter import easter
        return easter(y) + timedelta(days=int(m[1]))
    if m := re.fullmatch(r"nth:(-?\d):(\d):(\d\d)([+-]\d+)?", rule):
        # "+K": K days after that weekday, for a day named after another ("Black Friday", the day
        # after Thanksgiving: the 4th Thursday of November is not always in the 4th week of Fridays)
        n, wd, mo, shift = int(m[1]), int(m[2]), int(m[3]), timedelta(days=int(m[4] or 0))
        if n > 0:
            first = date(y, mo, 1)
            d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
            return d + shift if d.month == mo else None
        last = _month_bounds(y, mo)[1]
        return last - timedelta(days=(last.weekday() - wd) % 7) + shift
    if rule == "election":  # US: the Tuesday after the first Monday of November
        first = date(y, 11, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
    return None


def _holiday(s: str, ref: date | None, context: str = "") -> TimeValue | None:
    """A named day ("Good Friday", "Thanksgiving", "Christmas Eve 2012"): with a year, that year's;
    after "last"/"next", the one before/after the reference; alone, the one nearest the reference,
    unless it lies more than 45 days on the wrong side of a plain tense (a schedule in the present,
    "the law takes effect on New Year's Day" said in March, or a future: the next one; a past: the
    last one), as for a month without a year. "Thanksgiving weekend", "Memorial Day weekend": the
    Saturday and Sunday nearest that day; "Easter week", "Christmas week": the week it falls in."""
    m = re.fullmatch(r"(?:(last|next|this)\s+)?([a-z'. ]+?)(\s+weekend|\s+week)?(?:,?\s+(\d{4}))?", s)
    if not m or (rule := holidays().get(m[2])) is None:
        return None
    if m[4]:
        d = _holiday_date(rule, int(m[4]))
        how = f"holiday {m[2]}"
    elif ref is None:
        return None
    else:
        cands = [c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := _holiday_date(rule, y)) is not None]
        which = m[1] or ""
        if which == "last":
            before = [c for c in cands if c < ref]
            d = max(before) if before else None
        elif which == "next":
            after = [c for c in cands if c > ref]
            d = min(after) if after else None
        else:
            d = min(cands, key=lambda c: abs((c - ref).days)) if cands else None
            # the nearest, unless it lies well on the wrong side of the tense: "the law takes effect
            # on New Year's Day" in March is next January's ("gathered for Palm Sunday" two days
            # ahead keeps the nearest: the past is the gathering's)
            future = _future(context) or "(present)" in context
            if d is not None and "(deadline)" not in context:
                if future and (ref - d).days > 45:
                    d, which = min((c for c in cands if c > ref), default=d), "coming"
                elif not future and _tense(context) == "past" and (d - ref).days > 45:
                    d, which = max((c for c in cands if c < ref), default=d), "past"
        how = f"holiday {m[2]} ({which or 'nearest'}) relative to the reference"
    if d is None:
        return None
    if m[3] and m[3].strip() == "week":
        # "Easter week", "Thanksgiving week": the calendar (ISO) week the day falls in
        y, w, _ = d.isocalendar()
        monday = d - timedelta(days=d.weekday())
        return _tv(f"{y:04d}-W{w:02d}", reason=f"week of the {how}", relative="absolute" if m[4] else "deictic",
                   lo=monday, hi=monday + timedelta(days=6))
    if m[3]:
        sat = d + timedelta(days=((5 - d.weekday() + 3) % 7) - 3)  # the Saturday within three days
        sun = sat + timedelta(days=1)
        return _tv(f"{sat.isoformat()}/{sun.isoformat()}", "interval", reason=f"weekend of the {how}",
                   relative="absolute" if m[4] else "deictic", lo=sat, hi=sun)
    return _tv(d.isoformat(), reason=how, relative="absolute" if m[4] else "deictic")


_RELATIVE_WORDS = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1, "this coming": 1,
    "this": 0, "current": 0, "the current": 0, "present": 0,
}


def _relative(s: str, ref: date | None, context: str) -> TimeValue | None:
    """Deictic expressions: today, yesterday, last week, two days ago, Monday, next month..."""
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


def _weekend_offset(which: str, ref: date, context: str) -> int:
    """Which weekend, counted from the one of the reference's week (0; on a Saturday or Sunday, the
    current one). "this"/"coming" weekend is that one; "last"/"this past" the one before; "next" the
    one after. A bare "the weekend" is the current or coming one in future talk or when the reference
    falls on it, and the one just past otherwise (news reports what happened)."""
    if which in ("last", "past", "this past", "previous", "preceding", "prior"):
        return -1
    if which == "next":
        return 1
    if which in ("this", "current", "coming", "this coming", "upcoming", "following"):
        return 0
    return 0 if ref.weekday() >= 5 or _future(context) or "(present)" in context else -1


def _weekend(ref: date, k: int, s: str) -> TimeValue:
    sat = ref + timedelta(days=5 - ref.weekday()) + timedelta(weeks=k)
    if ref.weekday() == 6 and k == 0:
        sat = ref - timedelta(days=1)
    sun = sat + timedelta(days=1)
    return _tv(f"{sat.isoformat()}/{sun.isoformat()}", "interval", reason=f"weekend ('{s}')",
               relative="deictic", lo=sat, hi=sun)


def _part_of_day(d: date, part: str, s: str) -> TimeValue:
    start, end = PART_OF_DAY[part]
    end_day = d + timedelta(days=1) if part == "night" else d
    return _tv(f"{d.isoformat()}T{start}/{end_day.isoformat()}T{end}", "time",
               reason=f"part of day {part} ('{s}')", relative="deictic", lo=d, hi=end_day)


_VAGUE_PAST = {"recently", "recent", "lately", "the past", "in the past", "previously", "formerly",
               "earlier", "once", "in recent times", "recent times", "of late", "a while ago",
               "some time ago", "long ago", "the other day", "not long ago", "in years past",
               "in the recent past", "the recent past", "historically", "in past years", "past years"}
_VAGUE_PRESENT = {"now", "right now", "currently", "at present", "the present", "presently",
                  "nowadays", "these days", "at the moment", "at this moment", "at this time",
                  "this time", "present", "current", "just now", "by now", "for now", "as of now",
                  "today's", "so far", "to date", "yet", "the moment", "now that", "so far this year"}
_VAGUE_FUTURE = {"soon", "pretty soon", "very soon", "shortly", "the future", "in the future",
                 "in the near future", "the near future", "eventually", "in due course", "later",
                 "sooner or later", "before long", "one day", "someday", "some day", "in the long run",
                 "the long term", "in the long term", "the coming period", "the foreseeable future",
                 "for the foreseeable future", "in the coming period", "down the road", "next", "the longer term",
                 "in the short term", "the short term", "the near term", "in the near term", "any day now",
                 "a later date", "at a later date",
                 "as soon as possible"}


def _vague(s: str, ref: date | None) -> TimeValue | None:
    if ref is None:
        return None
    iso = ref.isoformat()
    if s in _VAGUE_PRESENT:
        if s == "so far":
            return None
        return _tv(iso, reason=f"vague present ('{s}')", relative="deictic", approx=True)
    if s in _VAGUE_PAST:
        if s in ("earlier", "once"):
            return None
        window = "P10Y" if s in ("the past", "in the past", "long ago", "historically") else "P3M"
        return _tv(f"{window}/{iso}", "interval", approx=True, relative="deictic",
                   reason=f"vague past ('{s}'): the {window[1:]} up to the reference")
    if s in _VAGUE_FUTURE:
        if s in ("later", "next", "one day"):
            return None
        window = "P10Y" if "long" in s or "future" in s and "near" not in s else "P3M"
        return _tv(f"{iso}/{window}", "interval", approx=True, relative="deictic",
                   reason=f"vague future ('{s}'): the {window[1:]} after the reference")
    if m := re.fullmatch(r"(?:(?:some|many|several|a\s+few|just|only)\s+)?(days|weeks|months|years|decades)\s+(?:ago|back|earlier)", s):
        # "months ago", "years earlier": an uncounted distance back, a window sized by the unit
        unit = _unit_key(m[1])
        window = {"day": "P10D", "week": "P2M", "month": "P1Y", "year": "P10Y", "decade": "P30Y"}[unit]
        return _tv(f"{window}/{iso}", "interval", approx=True, relative="deictic",
                   reason=f"vague past ('{s}'): within the {window[1:]} up to the reference")
    if m := re.fullmatch(r"(?:in\s+)?(?:the\s+)?(recent|coming|next few|past few|last few|coming few|upcoming|future|"
                         r"following|subsequent|preceding|previous)\s+(days|weeks|months|quarters|years|decades)", s):
        n = VAGUE_COUNTS["a few"]
        unit = _unit_key(m[2])
        des = _duration(n, unit)[-1]
        if unit == "decade":
            des = "Y"
        window = VAGUE_WINDOW.get(des, "P10Y") if unit != "decade" else "P30Y"
        past = m[1] in ("recent", "past few", "last few", "preceding", "previous")
        if m[1] in ("next few", "past few", "last few", "coming few", "following", "subsequent", "preceding", "previous"):
            return _tv(_duration(n, unit), "duration", approx=True,
                       relative="anaphoric" if m[1] in ("following", "subsequent", "preceding", "previous") else "deictic",
                       reason=f"vague count ('{s}' taken as {n})")
        tag = "vague past" if past else "vague future"
        value = f"{window}/{iso}" if past else f"{iso}/{window}"
        return _tv(value, "interval", approx=True, relative="deictic", reason=f"{tag} ('{s}')")
    return None


def _duration_rule(s: str) -> TimeValue | None:
    # "two-hour", "three days", "a month", "several years", "12 to 18 months", "the past three years",
    # "the next two weeks" ("the past N" is a duration ending at the reference)
    if m := re.fullmatch(rf"(?:an?|one|{NUM_WORD_RE})\s+({UNIT_RE})\s+and\s+a\s+half", s):
        n0 = _num(s.split()[0])
        if n0 is not None:
            return _tv(_duration(n0 + 0.5, _unit_key(m[1])), "duration", reason="duration and a half")
    if m := re.fullmatch(r"(?:the\s+)?(?:past|last|previous)\s+(decade|century)", s):
        return _tv(_duration(1, m[1]), "duration", reason=f"duration; '{s}' period ending at the reference")
    m = re.fullmatch(
        rf"(?:(?:the|a|an)\s+)?(?:(past|last|next|first|final|coming|previous|following|latest|"
        rf"preceding|prior|subsequent|ensuing|initial|entire|whole|full)\s+)?"
        rf"({NUM_WORD_RE}|{VAGUE_RE}|{NUM_WORD_RE}\s*(?:to|-|or|and)\s*{NUM_WORD_RE})?[- ]?\s*"
        rf"(?:(?:trading|business|working|calendar|straight|consecutive|more|additional|extra|further)\s+)?({UNIT_RE})"
        rf"(?:[- ](long|old|plus))?", s)
    if not m:
        # bare plural units alone are vague durations: "years", "months"
        if m2 := re.fullmatch(rf"(?:for\s+)?({UNIT_RE})", s):
            if m2[1].endswith("s"):
                n = VAGUE_COUNTS["several"]
                return _tv(_duration(n, _unit_key(m2[1])), "duration", approx=True,
                           reason=f"vague count (bare '{m2[1]}' taken as {n})")
        return None
    which, count, unit, tail = m[1], m[2], m[3], m[4]
    if tail == "old":
        return None  # ages are not times
    unit_k = _unit_key(unit)
    if count is None:
        if which in ("past", "last", "next", "coming", "previous", "following", "latest",
                     "preceding", "prior", "subsequent", "ensuing"):
            return None  # "last week" etc. are dates, handled by _relative
        if unit.endswith("s"):
            if s.startswith("the "):
                return None  # "the weeks (before the vote)": not a measure
            n = VAGUE_COUNTS["several"]
            return _tv(_duration(n, unit_k), "duration", approx=True, reason=f"vague count ('{s}' taken as {n})")
        if not re.match(r"^(?:the|a|an)\s", s) and which is None:
            return None
        n = 1.0
        if which is None and s.startswith("the "):
            return None
        return _tv(_duration(n, unit_k), "duration", reason=f"duration ('{s}')")
    approx = False
    reason = "duration"
    # "twenty-five" is one number, not the range twenty to five
    if _num(count) is None and (rm := re.fullmatch(rf"({NUM_WORD_RE})\s*(?:to|-|or|and)\s*({NUM_WORD_RE})", count)):
        lo_n, hi_n = _num(rm[1]), _num(rm[2])
        if lo_n is None or hi_n is None or lo_n >= hi_n:
            return None  # a range rises: "2026 - Four days of talks" is a dateline's year and a length
        n, approx, reason = hi_n, True, f"duration range {_fmt(lo_n)}-{_fmt(hi_n)} {unit_k}s (upper bound kept)"
    elif count in VAGUE_COUNTS or count.strip() in VAGUE_COUNTS:
        n = VAGUE_COUNTS[count.strip()]
        approx, reason = True, f"vague count ('{count}' taken as {n})"
    else:
        n_opt = _num(count)
        if n_opt is None:
            return None
        n = n_opt
    if n > 10000:
        return None
    if n == 1 and unit.endswith("s") and not unit_k.endswith("s") and count.strip() in ("a", "an", "one"):
        return None  # "a years": a broken span, not a duration
    if which in ("past", "last", "previous", "preceding", "prior", "latest"):
        reason += f"; '{which}' period ending at the reference"
    elif which in ("next", "coming", "following", "subsequent", "ensuing"):
        reason += f"; '{which}' period starting at the reference"
    return _tv(_duration(n, unit_k), "duration", approx=approx, reason=reason)


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


_TIME_RE = re.compile(
    r"(?:(\d{1,2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)|(\d{1,2}):(\d{2})(?:\s*(?:h|hrs|hours))?|(noon|midday|midnight))"
    r"(?:\s*\(?(?:[a-z]{1,3}[sd]t|gmt|utc|et|pt|ct|mt|local time|local)\b\)?)?"
)


# Wire-service 24-hour clock without a colon, always followed by its zone or "hours": "1400 GMT".
_MILITARY_CLOCK = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:gmt|utc|hrs|hours|local time)\b)")


# "4 in the morning", "8 o'clock at night": an hour with its half of the day in words.
_HOUR_IN_WORDS = re.compile(r"\b(\d{1,2}(?::\d{2})?)\s+(?:o'clock\s+)?(?:in\s+the\s+(morning)|in\s+the\s+(?:afternoon|evening)|at\s+night)")


# "14.05 GMT": the point British and European papers put between hours and minutes; only with a
# zone, which a price or a rate ("4.25%") never has.
_DOTTED_CLOCK = re.compile(r"\b([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:gmt|utc|bst|cet|cest)\b)")


def _clock(s: str, ref: date | None, context: str) -> TimeValue | None:
    s = _MILITARY_CLOCK.sub(r"\1:\2", s)
    s = _DOTTED_CLOCK.sub(r"\1:\2", s)
    s = _HOUR_IN_WORDS.sub(lambda m: f"{m[1]} {'a.m.' if m[2] else 'p.m.'}", s)
    m = _TIME_RE.search(s)
    if not m:
        return None
    if m[6]:
        # midnight belongs to the day that is ending ("the offer expires at midnight Friday": the end
        # of Friday), written 24:00 on that day as ISO 8601 allows and TimeML does
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m[6]]
    elif m[3]:
        hh, mm = int(m[1]), int(m[2] or 0)
        if hh > 12 or mm > 59:
            return None
        if m[3].startswith("p") and hh != 12:
            hh += 12
        if m[3].startswith("a") and hh == 12:
            hh = 0
    else:
        hh, mm = int(m[4]), int(m[5])
        if hh > 23 or mm > 59:
            return None
    rest = (s[: m.start()] + " " + s[m.end():]).strip()
    if re.match(r"\s*(?:to|until|till|through|and|-|\u2013)(?:\s|$)", s[m.end():]):
        return None  # "9 a.m. to 5 p.m. (on Saturday)": a range of clock times, for the range rule
    rest = re.sub(r"^(?:at|on|,)\s*|\s*(?:at|on|,)$", "", rest).strip()
    rest = re.sub(r"\s+(?:at|on)\s+", " ", rest)
    rest = re.sub(r"^(?:this|in the)\s+(?:morning|afternoon|evening)$", "today", rest)
    clock = f"T{hh:02d}:{mm:02d}"
    if not rest:
        if ref is None:
            return _tv(clock, "time", reason="clock time without a date", lo=None, hi=None)
        if (past_midnight := _midnight_just_past(m[6], ref, context)) is not None:
            return past_midnight
        return _tv(f"{ref.isoformat()}{clock}", "time", reason="clock time on the reference date",
                   relative="deictic", lo=ref, hi=ref)
    base = normalize(rest, ref, context=context)
    if base is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value.split("T")[0]) or base.kind not in ("date", "time"):
        return None
    day = base.value[:10]
    d = date.fromisoformat(day)
    # "about 1:30 a.m. on Aug. 4": the hedge, read with the date, still hedges the clock
    return _tv(f"{day}{clock}", "time", reason=f"clock time on {base.reason}", relative=base.relative,
               lo=d, hi=d, approx=base.approx)


def _midnight_just_past(word: str | None, ref: date, context: str) -> TimeValue | None:
    """A bare "midnight" told in the past ("sales began at midnight", "fireworks lit up the sky at
    midnight" in a January 1 story) is the midnight that opened the reference day, which news writes
    as 24:00 of the day before (midnight belongs to the day that is ending); the one that ends the
    reference day is still ahead of a report written that day. Other tenses keep the coming one."""
    if word != "midnight" or _tense(context) != "past" or "(deadline)" in context:
        return None
    d = ref - timedelta(days=1)
    return _tv(f"{d.isoformat()}T24:00", "time", reason="midnight just past (the verb is past)",
               relative="deictic", lo=d, hi=d)


# --------------------------------------------------------------------------- composition

_PART_WORDS = {
    "early": "early", "earlier": "early", "the beginning of": "early", "the start of": "early", "beginning of": "early",
    "start of": "early", "the early part of": "early", "mid": "mid", "mid-": "mid", "the middle of": "mid",
    "middle of": "mid", "midway through": "mid", "late": "late", "the end of": "late", "end of": "late",
    "the latter part of": "late", "the close of": "late", "the later part of": "late", "the tail end of": "late",
    "the first half of": "h1", "the second half of": "h2", "the latter half of": "h2", "the last half of": "h2",
    "last half of": "h2", "first half of": "h1",
    "second half of": "h2",
}
_PART_RE = re.compile(r"^(the beginning of|the start of|beginning of|start of|the early part of|the middle of|"
                      r"middle of|midway through|the end of|end of|the latter part of|the later part of|the close of|"
                      r"the tail end of|the first half of|the second half of|the latter half of|the last half of|last half of|first half of|"
                      r"second half of|early|late|mid-|mid)\s*")


# Hours that "early"/"late" pick out of one day: news writes "early Friday" for the small hours and
# "late Thursday" for the evening and night.
DAY_PARTS = {"early": ("00:00", "08:00"), "late": ("18:00", "23:59")}


def _apply_part(part: str, base: TimeValue, s: str) -> TimeValue | None:
    lo, hi = base.earliest, base.latest
    if base.reason.startswith("part of day") and part in ("early", "late", "mid"):
        # "early Friday morning", "late last night": the part of day stays the value, made approximate
        return TimeValue(base.value, base.kind, True, lo, hi, f"{base.reason}; {part} in it", base.relative)
    if lo is None or hi is None or base.kind not in ("date",) or "/" in base.value:
        return None
    span_days = (hi - lo).days + 1
    if span_days <= 1:
        if part not in DAY_PARTS or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value):
            return None
        a_t, b_t = DAY_PARTS[part]
        return TimeValue(f"{base.value}T{a_t}/{base.value}T{b_t}", "time", True, lo, hi,
                         f"fuzzy {part} part of {base.value} ({base.reason})", base.relative)
    if part in ("h1", "h2") and re.fullmatch(r"\d{4}", base.value):
        # a year's halves are calendar half years (Jan-Jun, Jul-Dec), the same value the half-year
        # rule gives "the first half of 2025", however the year itself was named ("fiscal 2025")
        return _tv(f"{base.value}-H{part[1]}", reason=f"half year of {base.value} ({base.reason})",
                   relative=base.relative)
    if part in ("h1", "h2") and re.fullmatch(r"\d{3}X", base.value):  # decades: whole years, 0-4 / 5-9
        y0 = lo.year + (0 if part == "h1" else 5)
        a, b = date(y0, 1, 1), date(y0 + 4, 12, 31)
    elif part in ("h1", "h2"):
        half = span_days // 2
        a, b = (lo, lo + timedelta(days=half - 1)) if part == "h1" else (lo + timedelta(days=half), hi)
    else:
        third = span_days // 3
        if part == "early":
            a, b = lo, lo + timedelta(days=third - 1)
        elif part == "mid":
            a, b = lo + timedelta(days=third), hi - timedelta(days=span_days - 2 * third)
        else:
            a, b = hi - timedelta(days=span_days - 2 * third - 1), hi
        if re.fullmatch(r"\d{4}", base.value):  # years: whole months, Jan-Apr / May-Aug / Sep-Dec
            y = lo.year
            a, b = {"early": (date(y, 1, 1), date(y, 4, 30)), "mid": (date(y, 5, 1), date(y, 8, 31)),
                    "late": (date(y, 9, 1), date(y, 12, 31))}[part]
    return TimeValue(f"{a.isoformat()}/{b.isoformat()}", "interval", True, a, b,
                     f"fuzzy {part} part of {base.value} ({base.reason})", base.relative)


def _grain(value: str) -> str:
    """The calendar grain of an ISO value: its shape with the digits abstracted ("9999-99-99")."""
    return re.sub(r"\d", "9", value.split("/")[0].split("T")[0])


def _range(s: str, ref: date | None, context: str) -> TimeValue | None:
    """'between X and Y', 'from X to Y', 'X-Y', 'October 20-21, 2025', '19 to 25 October'."""
    night = False
    bare = False  # "X to Y" without "from"/"between"
    borrowed: tuple[str, int] | None = None
    if m := re.match(r"^(?:the\s+)?(?:night|overnight)\s+(?:of|on|from|between)\s+", s):
        night, s = True, s[m.end():]
    if m := re.fullmatch(rf"(?:between\s+)?({MONTH_RE})\s+{_DAY}\s*(?:-|to|and|through|until|till)\s*{_DAY}(?:,?\s+{_YEAR})?", s):
        left, right = f"{m[1]} {m[2]}", f"{m[1]} {m[3]}"
        if m[4]:
            left, right = f"{left}, {m[4]}", f"{right}, {m[4]}"
    elif m := re.fullmatch(rf"(?:between\s+)?(?:the\s+)?{_DAY}\s*(?:-|to|and|through|until|till)\s*(?:the\s+)?{_DAY}\s+(?:of\s+)?({MONTH_RE})(?:,?\s+{_YEAR})?", s):
        left, right = f"{m[1]} {m[3]}", f"{m[2]} {m[3]}"
        if m[4]:
            left, right = f"{left} {m[4]}", f"{right} {m[4]}"
    elif m := re.fullmatch(rf"({MONTH_RE})\s*-\s*({MONTH_RE})(?:,?\s+{_YEAR})?", s):
        # "the April-June period", "January-March 2013": one span of months, so the year is settled
        # once, by its end (each month alone could take a different year from the tense)
        end = m[3] or ((b0 := _normalize_clean(m[2], ref, context)) and b0.value[:4])
        if not end or not re.fullmatch(r"\d{4}|'\d{2}", end):
            return None
        y = _year(end)
        left = f"{m[1]} {y if MONTHS[m[1].rstrip('.')] <= MONTHS[m[2].rstrip('.')] else y - 1}"
        right = f"{m[2]} {y}"
    elif m := re.fullmatch(r"(?:between\s+)?(\d{4})\s*(?:-|/|to|and|through|until)\s*(\d{4}|\d{2})", s):
        a, b = int(m[1]), int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
        if not (1000 <= a < b <= 2200):
            return None
        left, right = str(a), str(b)
    elif m := re.fullmatch(r"between\s+(.+?)\s+and\s+(.+)|from\s+(.+?)\s+(?:to|until|till|through|into)\s+(.+)|"
                           r"(.+?)\s+(?:to|through|until|till)\s+(.+)", s):
        left, right = (m[1], m[2]) if m[1] else (m[3], m[4]) if m[3] else (m[5], m[6])
        bare = m[5] is not None
        # the left side may borrow the year of the right: "from May to July 2023"
        if ry := re.search(r",?\s+(\d{4})$", right):
            if not re.search(r"\d{4}$", left) and not re.fullmatch(r"\d{4}", right):
                borrowed = (left, int(ry[1]))
                left = f"{left} {ry[1]}"
    else:
        return None
    a = _normalize_clean(clean(left), ref, context)
    b = _normalize_clean(clean(right), ref, context)
    if a is None or b is None or a.kind in ("duration", "set") or b.kind in ("duration", "set"):
        return None
    a, b = _clock_range_days(a, b)
    if bare:
        # a bare "X to Y" is a range only between times of one grain ("Monday to Friday", "May to
        # July"); "a revision Friday to December's figures" is two times and a preposition
        if _grain(a.value) != _grain(b.value):
            return None
    if a.earliest and b.latest and b.latest < a.earliest and borrowed is not None:
        # "from December to February 2024": the left side is in the year before
        earlier = _normalize_clean(clean(f"{borrowed[0]} {borrowed[1] - 1}"), ref, context)
        if earlier is not None:
            a = earlier
    if (a.earliest and b.latest and b.latest < a.earliest and clean(right) in WEEKDAYS
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.value)):
        # "from Monday to Wednesday": the right day is the first such weekday on or after the left
        # one, whatever tense moved each alone
        d = a.earliest + timedelta(days=(WEEKDAYS[clean(right)] - a.earliest.weekday()) % 7)
        b = _tv(d.isoformat(), reason=f"weekday on or after {a.value}", relative=a.relative)
    if a.earliest and b.latest and b.latest < a.earliest:
        # "from December to February": the right side is in the following year
        if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", b.value) and not re.search(r"\d{4}", right):
            shifted = _normalize_clean(clean(f"{right} {a.earliest.year + 1}"), ref, context)
            if shifted is not None:
                b = shifted
        if b.latest is None or b.latest < a.earliest:
            return None
    av = a.value.split("/")[0]
    bv = b.value.split("/")[-1]
    reason = "night spanning two dates" if night else "range"
    rel = "deictic" if "deictic" in (a.relative, b.relative) else a.relative
    return TimeValue(f"{av}/{bv}", "interval", a.approx or b.approx, a.earliest, b.latest,
                     f"{reason} ({a.reason}; {b.reason})", rel)


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "last": -1, "final": -1}
_NTH_DAY_OF_MONTH = re.compile(
    rf"(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+({WEEKDAY_RE}|weekend)\s+"
    rf"(?:of|in)\s+(?:(every|each)\s+month|(this|next|last)\s+month|({MONTH_RE})(?:,?\s+{_YEAR})?)")


def _nth_day_of_month(s: str, ref: date | None, context: str) -> TimeValue | None:
    """"the first Monday of June", "the last weekend of June", "the second Tuesday of each month":
    calendars and schedules count a weekday (or a weekend) within a month. "the last weekend" alone
    is the one before the reference, so the month must be read with it; "of every month" is a
    monthly set. A weekend is the Saturday and the Sunday after it (the N-th Saturday of the month)."""
    m = _NTH_DAY_OF_MONTH.fullmatch(s)
    if m is None:
        return None
    n = _NTH[m[1]]
    weekend = m[2] == "weekend"
    wd = 5 if weekend else WEEKDAYS[m[2]]
    if m[3]:
        return _tv("R/P1M", "set", reason=f"recurring monthly ('{s}')")
    if ref is None and not m[6]:
        return None
    if m[4]:
        mo_ref = ref.replace(day=1) + relativedelta(months={"this": 0, "next": 1, "last": -1}[m[4]])
        y, mo, how, rel = mo_ref.year, mo_ref.month, f"{m[4]} month", "deictic"
    else:
        mo = MONTHS[m[5].rstrip(".")]
        if m[6]:
            y, how, rel = _year(m[6]), "month and year", "absolute"
        else:
            y, how = _year_for(mo, None, ref, context)
            rel = "deictic"
    d = _holiday_date(f"nth:{n}:{wd}:{mo:02d}", y)
    if d is None:
        return None
    if weekend:
        sun = d + timedelta(days=1)
        return _tv(f"{d.isoformat()}/{sun.isoformat()}", "interval", reason=f"weekend {m[1]} in the month ({how})",
                   relative=rel, lo=d, hi=sun)
    return _tv(d.isoformat(), reason=f"{m[1]} {m[2]} of the month ({how})", relative=rel)


def _stretch_named_by_range(s: str, ref: date | None, context: str) -> TimeValue | None:
    """"the years 2011 to 2016", "the period 2015-2020", "the months of May to July": a plural unit
    or "period" set before the range that names it is that range. Cut apart, "years" would become a
    vague count of years and the range would lose its noun."""
    m = re.fullmatch(r"(?:the\s+)?(?:years|months|decades|weeks|days|period)\s+(?:of\s+)?(.+)", s)
    if m is None:
        return None
    tv = _normalize_clean(m[1], ref, context)
    return tv if tv is not None and tv.kind == "interval" and "/" in tv.value and not tv.value.startswith("P") else None


def _with_deictic_year(s: str, ref: date | None, context: str) -> TimeValue | None:
    """A month, a day or a range of days followed by "next year", "last year" or "this year" ("from
    March 3 to 5 next year", "on May 2 last year"): the deictic year is that date's year, as a
    written one would be; without it the date would take the year nearest the reference."""
    m = re.fullmatch(r"(.+?),?\s+(?:of\s+)?(this|last|next)\s+year", s)
    if ref is None or m is None or re.search(r"\d{4}", m[1]) or not re.search(rf"\b{MONTH_RE}(?!\w)", m[1]):
        return None
    y = ref.year + {"this": 0, "last": -1, "next": 1}[m[2]]
    tv = _normalize_clean(f"{m[1]}, {y}", ref, context)
    if tv is None or tv.kind in ("duration", "set") or not tv.value.startswith(str(y)):
        return None
    return TimeValue(tv.value, tv.kind, tv.approx, tv.earliest, tv.latest, f"{tv.reason}; {m[2]} year",
                     "deictic")


def _clock_range_days(a: TimeValue, b: TimeValue) -> tuple[TimeValue, TimeValue]:
    """Two clock times of a range share the day named after the second ("from 9 a.m. to 5 p.m. on
    Saturday"): the first, read alone, would fall on the reference date. A range that ends at an
    earlier clock than it starts runs past midnight ("10 p.m. to 2 a.m."): its end is the next day."""
    clock = re.compile(r"(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})")
    ma, mb = clock.fullmatch(a.value), clock.fullmatch(b.value)
    if ma is None or mb is None:
        return a, b
    if a.reason.endswith("on the reference date") and ma[1] != mb[1] and b.earliest is not None:
        a = TimeValue(f"{mb[1]}{ma[2]}", "time", a.approx, b.earliest, b.earliest,
                      f"clock time on the day the range ends ({b.reason})", b.relative)
        ma = clock.fullmatch(a.value)
    if ma[1] == mb[1] and mb[2] < ma[2] and b.earliest is not None:  # type: ignore[index]
        d = b.earliest + timedelta(days=1)
        b = TimeValue(f"{d.isoformat()}{mb[2]}", "time", b.approx, d, d, f"{b.reason}; past midnight", b.relative)
    return a, b


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


def _core(s: str, ref: date | None, context: str) -> TimeValue | None:
    for rule in (
        lambda: _absolute_date(s, ref, context),
        lambda: _year_like(s, ref),
        lambda: _season_quarter(s, ref, context),
        lambda: quarter_phrase(s, ref),
        lambda: _year_end(s, ref, context),
        lambda: _new_year(s, ref),
        lambda: _anaphoric(s, ref),
        lambda: _relative(s, ref, context),
        lambda: _month_alone(s, ref, context),
        lambda: _holiday(s, ref, context),
        lambda: _vague(s, ref),
        lambda: _sets(s, ref),
        lambda: _future_offset(s, ref),
        lambda: _duration_rule(s),
        lambda: _clock(s, ref, context),
    ):
        tv = rule()
        if tv is not None:
            return tv
    return None


def normalize(text: str, reference: date | None, *, context: str = "") -> TimeValue | None:
    """The ISO 8601 value of one time expression, resolved against ``reference``.

    ``context`` is text around the expression (the governing verb group or the sentence); only
    its tense markers are read, to choose between the last and the next weekday. Returns None for
    anything that is not a time expression (modal "may", bare numbers, ages, quantities).
    """
    if not text or not text.strip():
        return None
    if text.strip() == "may":
        return None  # the modal verb; capitalised "May" is the month (the extractor drops names)
    s = clean(text)
    if not s or len(s) > 80:
        return None
    if re.search(r"\b(?:years?|months?|weeks?|days?)[- ]old\b|\baged?\b", s):
        return None
    try:
        return _normalize_clean(s, reference, context)
    except (OverflowError, ValueError):
        # An offset or year past the calendar Python's dates cover (years 1-9999): "99999 years
        # later", "a million days ago", "in 8000 centuries". The rules shift dates in a dozen places
        # (timedelta, relativedelta, date()); each raises there, and one such phrase in an article cost
        # it all its records. A time with no representable date is not a resolvable time: None.
        return None


_YEAR_IN_WORDS_END = re.compile(r"(?<=[a-z.,])\s+(?:of\s+)?((?:nineteen|twenty)[- ]\w+(?:[- ]\w+)?|two thousand(?:\s+and)?(?:[- ]\w+)?)$")


def _digits_for_year_words(s: str) -> str:
    """"january nineteen ninety-seven" -> "january 1997": a year spoken in words after a month or
    season (broadcast transcripts), so the calendar rules see digits."""
    m = _YEAR_IN_WORDS_END.search(s)
    if m is None or not re.search(rf"(?:{MONTH_RE}|spring|summer|fall|autumn|winter)$", s[: m.start()]):
        return s
    year = _year_like(m[1], None)
    return f"{s[: m.start()]} {year.value}" if year is not None and re.fullmatch(r"\d{4}", year.value) else s


def _normalize_clean(s: str, ref: date | None, context: str) -> TimeValue | None:
    s = _digits_for_year_words(s)
    # "in two weeks' time", "in a week's time" say the same as "in two weeks"
    s = re.sub(rf"(?<=\s)({UNIT_RE})'s?\s+time$", r"\1", s)
    # leading prepositions never change the value
    while (m := _LEAD_PREP.match(s)) and not re.match(
        rf"^(?:from\s+.+\s+(?:to|until|till|through|into)\s|(?:in|within)\s+(?:about\s+|around\s+|roughly\s+)?"
        rf"(?:the\s+next\s+)?(?:{NUM_WORD_RE}|{VAGUE_RE})?\s*{UNIT_RE}(?:\s+or so)?$)", s):
        s = s[m.end():]
    tv = _core(s, ref, context)
    if tv is not None:
        return tv
    if (tv := _range(s, ref, context)) is not None:
        return tv
    if (tv := _nth_day_of_month(s, ref, context)) is not None:
        return tv
    if (tv := _with_deictic_year(s, ref, context)) is not None:
        return tv
    if (tv := _stretch_named_by_range(s, ref, context)) is not None:
        return tv
    # "20-odd years", "forty-odd days": a round count with "-odd" before its unit is about that many
    if m := re.fullmatch(rf"({NUM_WORD_RE})[- ]odd\s+({UNIT_RE})", s):
        tv = _normalize_clean(f"{m[1]} {m[2]}", ref, context)
        if tv is not None and tv.kind == "duration":
            return TimeValue(tv.value, tv.kind, True, tv.earliest, tv.latest, f"{tv.reason}; qualifier '-odd'", tv.relative)
    # approximation / bound modifiers: "about two weeks", "less than three months", "two weeks or so"
    mod = None
    if m := _APPROX_PREFIX.match(s):
        mod, s2 = m.group(0).strip(), s[m.end():]
    elif m := _APPROX_SUFFIX.search(s):
        mod, s2 = m.group(0).strip(), s[: m.start()]
    else:
        s2 = None
    if s2 and mod in ("another", "an additional", "a full", "a whole") and re.fullmatch(UNIT_RE, s2.strip()):
        s2 = f"a {s2.strip()}"  # "an additional year": one more year, a duration
    if s2:
        tv = _normalize_clean(s2.strip(), ref, context)
        if tv is None:
            return None
        approx_mods = ("about", "around", "roughly", "approximately", "some", "nearly", "almost",
                       "close to", "or so", "-odd", "odd", "the better part of")
        approx = tv.approx or any(mod == a for a in approx_mods) or mod not in (
            "a full", "a whole", "another", "an additional", "only", "just")
        return TimeValue(tv.value, tv.kind, approx, tv.earliest, tv.latest, f"{tv.reason}; qualifier '{mod}'", tv.relative)
    # an offset from a date the expression itself gives: "the day before last Tuesday", "two weeks after May 3"
    if m := re.fullmatch(rf"(?:the\s+)?(?:({NUM_WORD_RE})\s+)?(days?|weeks?|months?|years?)\s+(before|after)\s+(.+)", s):
        n = _num(m[1]) if m[1] else 1.0
        base = _normalize_clean(m[4], ref, context)
        if n is not None and base is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value):
            d0 = date.fromisoformat(base.value)
            sign = 1 if m[3] == "after" else -1
            if _unit_key(m[2]) in ("day", "week"):  # a day-exact offset keeps the day
                d = d0 + timedelta(days=sign * int(n) * (7 if _unit_key(m[2]) == "week" else 1))
                value, lo, hi, kind = d.isoformat(), d, d, "date"
            else:
                value, lo, hi, kind = _shift(d0, sign * n, m[2])
            return _tv(value, kind, reason=f"{m[3]} {base.value} ({base.reason})", relative=base.relative,
                       lo=lo, hi=hi)
    # "the early hours of Thursday (morning)": the first hours of that day
    if m := re.fullmatch(r"(?:the\s+)?(?:early|small|wee)\s+hours\s+(?:of\s+)?(.+)", s):
        base = _normalize_clean(m[1], ref, context)
        if base is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value[:10]) and base.earliest is not None:
            day = base.earliest.isoformat()
            a_t, b_t = DAY_PARTS["early"]
            return TimeValue(f"{day}T{a_t}/{day}T{b_t}", "time", True, base.earliest, base.earliest,
                             f"fuzzy early part of {day} (the early hours; {base.reason})", base.relative)
    # a leading part of day before its day: "mid-afternoon yesterday", "the morning of October 20"
    if m := re.fullmatch(r"(?:the\s+)?(?:early\s+|late\s+|mid-?)?(morning|afternoon|evening|night)\s+(?:of\s+|on\s+)?(.+)", s):
        base = _core(m[2], ref, context)
        if base is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value):
            tv = _part_of_day(date.fromisoformat(base.value), m[1], s)
            return TimeValue(tv.value, tv.kind, False, tv.earliest, tv.latest, tv.reason, base.relative)
    # fuzzy parts: "late 2023", "mid-October", "the end of the month", "early next year"
    if m := _PART_RE.match(re.sub(r"^the\s+(?=(?:early|mid|late)\b)", "", s)):
        s = re.sub(r"^the\s+(?=(?:early|mid|late)\b)", "", s)
        part = _PART_WORDS[m.group(1).strip() if m.group(1).strip() != "mid-" else "mid"]
        rest = s[m.end():].strip()
        rest = {"the month": "this month", "the year": "this year", "the week": "this week",
                "this month": "this month", "the decade": "this decade", "the quarter": "this quarter"}.get(rest, rest)
        base = _normalize_clean(rest, ref, context) if rest else None
        if base is not None:
            if re.fullmatch(r"\d{3}X", base.value) and part in ("early", "mid", "late"):
                lo_y = int(base.value[:3]) * 10
                a_y, b_y = {"early": (lo_y, lo_y + 3), "mid": (lo_y + 3, lo_y + 6), "late": (lo_y + 6, lo_y + 9)}[part]
                return TimeValue(f"{a_y}/{b_y}", "interval", True, date(a_y, 1, 1), date(b_y, 12, 31),
                                 f"fuzzy {part} part of decade {base.value}", base.relative)
            return _apply_part(part, base, s)
    # "the night of X" alone (one date): the night from X to the next day
    if m := re.fullmatch(r"(?:the\s+)?(?:night|overnight)\s+(?:of|on)\s+(.+)", s):
        base = _core(m[1], ref, context)
        if base is not None and base.kind == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value):
            tv = _part_of_day(date.fromisoformat(base.value), "night", s)
            return TimeValue(tv.value, tv.kind, False, tv.earliest, tv.latest,
                             f"night of {base.value} ({base.reason})", base.relative)
    # a trailing clock or part of day after a date: "October 20 morning", "Monday, 9 a.m."
    if m := re.fullmatch(r"(.+?),?\s+(morning|afternoon|evening|night)", s):
        base = _core(m[1], ref, context)
        if base is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value):
            tv = _part_of_day(date.fromisoformat(base.value), m[2], s)
            return TimeValue(tv.value, tv.kind, False, tv.earliest, tv.latest, tv.reason, base.relative)
    return None
