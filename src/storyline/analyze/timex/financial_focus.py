"""What a financial report is about, as the extractor tracks it through the text: "the quarter ended
Sept. 30" (the calendar quarter ending nearest that date), a running quarter reported in the past (a
fiscal one), "the same period last year" outside talk of quarters, a month a year back, and how many
months a span of the year to date ("the nine months") covers.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.timenorm.financial_phrases import YEAR_TO_DATE
from storyline.analyze.timenorm.values import TimeValue
from storyline.analyze.timenorm.vocabulary import MONTH_RE
from storyline.analyze.timex.resolving import _resolve

# How many sentences back a quarter named in the text still makes "a year earlier" mean that quarter
# a year before (financial reports compare a quarter with the same quarter of the previous year).
QUARTER_SENTENCES = 8
_QUARTER_WORD = re.compile(r"\bquarter(?:ly|s)?\b|\b(?:first|second|third|fourth)-quarter\b", re.I)
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


_QUARTER_ENDED_AFTER = re.compile(rf"^\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?"
                                  rf"({MONTH_RE}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)", re.I)


def _quarter_ended(text: str, start: int, end: int, reference: date | None, context: str) -> TimeValue | None:
    """'the quarter ended Sept. 30': the calendar quarter whose last day is nearest the date given
    (a fiscal quarter ending July 31 is reported as the calendar second quarter it mostly covers).
    Only for "the quarter" without an ordinal: "the fiscal fourth quarter ended June 30" keeps the
    company's own label."""
    if not re.fullmatch(r"(?:the|that|its)\s+(?:(?:latest|most\s+recent|fiscal)\s+)*quarter", text[start:end], re.I):
        return None
    m = _QUARTER_ENDED_AFTER.match(text[end:end + 40])
    if m is None or (day := _resolve(m[1], reference, context)) is None or day.earliest is None:
        return None
    d = day.earliest
    if d.year < 2:
        return None  # "the quarter ended Jan. 1, 0001": no year before it for a date to name (a crash)
    ends = [(d.year - 1, 4, date(d.year - 1, 12, 31))] + [
        (d.year, q, date(d.year, 3 * q, 31 if q in (1, 4) else 30)) for q in (1, 2, 3, 4)]
    y, q, _ = min(ends, key=lambda c: abs((c[2] - d).days))
    return TimeValue(f"{y:04d}-Q{q}", "date", False, date(y, 3 * q - 2, 1), date(y, 3 * q, 31 if q in (1, 4) else 30),
                     f"financial quarter: the calendar quarter ending nearest {d.isoformat()} (its stated end)",
                     "absolute")


def _reported_running_quarter(tv: TimeValue, reference: date, context: str) -> bool:
    """A calendar quarter still running at publication whose results the clause reports in the past
    ("Ralston reported a decline in fourth-quarter earnings", published in November): no calendar
    quarter has results before it ends, so the label is the company's fiscal one and that quarter is
    what the report is about."""
    return (tv.reason == "quarter" and "(past)" in context and tv.earliest is not None
            and tv.latest is not None and tv.earliest <= reference <= tv.latest)


def _period_a_year_before(expr: str, reference: date) -> TimeValue | None:
    """"Referrals fell 23% compared with the same period last year", in a text that never talks of
    quarters: the period is one the text described (since the ban took effect), not a financial
    quarter, so all a reader can be told is that it lies in the year before the publication."""
    y = reference.year - 1
    if y < 1:
        return None  # a reference in year 1 (a zero date from a feed, "0001-01-01"): no year before it
    return TimeValue(f"{y:04d}", "date", True, date(y, 1, 1), date(y, 12, 31),
                     f"period a year before, outside talk of quarters: the year before the reference ('{expr}')",
                     "deictic")


def _month_a_year_before(month: str, text: str) -> TimeValue | None:
    """The month a comparison "a year earlier" looks back to, when its sentence is about a month."""
    y, m = int(month[:4]) - 1, int(month[5:7])
    if y < 1:
        return None  # a month of year 1 ("March 0001"): no year before it for a date to name
    lo = date(y, m, 1)
    hi = (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)
    return TimeValue(f"{y:04d}-{m:02d}", "date", False, lo, hi,
                     f"a year before the month in focus {month} ('{text}')", "deictic")


def _year_to_date_months(text: str) -> int | None:
    """How many months a span of the year to date covers ("the nine months": 9, "the first half": 6)."""
    m = YEAR_TO_DATE.fullmatch(text)
    if m is None:
        return None
    return 6 if m[2] else {"three": 3, "six": 6, "nine": 9}.get(m[1].lower()) or int(m[1])
