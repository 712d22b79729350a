"""Named days and days counted in a month: holidays from ``lexicons/timex_holidays.tsv`` (fixed
dates, Easter offsets, the N-th weekday of a month, US election day), with their weekends and weeks;
and "the first Monday of June", "the last weekend of June", "the second Tuesday of each month",
which the same N-th-weekday rule dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from storyline.analyze.lexicon import numbered_data_lines
from storyline.analyze.timenorm.absolute import _YEAR, _date_or_none, _year
from storyline.analyze.timenorm.reference_side import _future, _tense, _year_for
from storyline.analyze.timenorm.values import TimeValue, _month_bounds, _tv
from storyline.analyze.timenorm.vocabulary import MONTHS, MONTH_RE, WEEKDAYS, WEEKDAY_RE
from storyline.errors import LexiconError


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
