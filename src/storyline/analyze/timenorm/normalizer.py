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

This module is the entry (``normalize``): it cleans the text, peels leading prepositions, and tries
the rule families in a fixed order (``_core``), then the compositions (``_normalize_clean``: ranges,
a weekday counted in a month, a deictic year after a date, hedges, an offset from a date, parts of a
named day, fuzzy parts). The families live one a module beside it (see the package docstring).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.timenorm.absolute import _absolute_date, _year_like
from storyline.analyze.timenorm.anaphoric import _anaphoric
from storyline.analyze.timenorm.cleaning import _APPROX_PREFIX, _APPROX_SUFFIX, _LEAD_PREP, clean
from storyline.analyze.timenorm.clock import _clock
from storyline.analyze.timenorm.counting import _num, _shift, _unit_key
from storyline.analyze.timenorm.durations import _duration_rule
from storyline.analyze.timenorm.financial_phrases import quarter_phrase
from storyline.analyze.timenorm.fuzzy_parts import DAY_PARTS, _PART_RE, _PART_WORDS, _apply_part
from storyline.analyze.timenorm.named_days import _holiday, _nth_day_of_month
from storyline.analyze.timenorm.parts_of_day import _part_of_day
from storyline.analyze.timenorm.ranges import _range, _stretch_named_by_range
from storyline.analyze.timenorm.relative import _future_offset, _relative
from storyline.analyze.timenorm.sets import _sets
from storyline.analyze.timenorm.vague import _vague
from storyline.analyze.timenorm.values import TimeValue, _tv
from storyline.analyze.timenorm.vocabulary import MONTH_RE, NUM_WORD_RE, UNIT_RE, VAGUE_RE
from storyline.analyze.timenorm.year_parts import _month_alone, _new_year, _season_quarter, _year_end


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
