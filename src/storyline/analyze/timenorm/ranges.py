"""Ranges: "between X and Y", "from X to Y", "October 20-21, 2025", "19 to 25 October", "April-June",
"2011-2016", "Monday to Friday", joined into one interval; clock ranges share the day named after them
and run past midnight; "the years 2011 to 2016" is its range. Each end is read by the whole
normaliser: ``normalizer`` imports this module, so that import is made where the rules run.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.timenorm.absolute import _DAY, _YEAR, _year
from storyline.analyze.timenorm.cleaning import clean
from storyline.analyze.timenorm.values import TimeValue, _tv
from storyline.analyze.timenorm.vocabulary import MONTHS, MONTH_RE, WEEKDAYS


def _grain(value: str) -> str:
    """The calendar grain of an ISO value: its shape with the digits abstracted ("9999-99-99")."""
    return re.sub(r"\d", "9", value.split("/")[0].split("T")[0])


def _range(s: str, ref: date | None, context: str) -> TimeValue | None:
    """'between X and Y', 'from X to Y', 'X-Y', 'October 20-21, 2025', '19 to 25 October'."""
    from storyline.analyze.timenorm.normalizer import _normalize_clean  # read whole; normalizer imports this module
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


def _stretch_named_by_range(s: str, ref: date | None, context: str) -> TimeValue | None:
    """"the years 2011 to 2016", "the period 2015-2020", "the months of May to July": a plural unit
    or "period" set before the range that names it is that range. Cut apart, "years" would become a
    vague count of years and the range would lose its noun."""
    from storyline.analyze.timenorm.normalizer import _normalize_clean  # read whole; normalizer imports this module
    m = re.fullmatch(r"(?:the\s+)?(?:years|months|decades|weeks|days|period)\s+(?:of\s+)?(.+)", s)
    if m is None:
        return None
    tv = _normalize_clean(m[1], ref, context)
    return tv if tv is not None and tv.kind == "interval" and "/" in tv.value and not tv.value.startswith("P") else None


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
