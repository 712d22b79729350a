"""Financial comparisons, read from the string alone: a quarter named relative to the quarter a
report is about ("the year-ago quarter", "the same period last year", "the 1988 quarter") and a span
of the year to date compared a year back ("the nine months" ... "the 1988 period"). The extractor
passes the quarter or span in focus in the text (``timex/financial_focus.py``).
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.timenorm.cleaning import _LEAD_PREP, clean
from storyline.analyze.timenorm.values import TimeValue, _month_bounds, _tv
from storyline.analyze.timenorm.vocabulary import ORDINALS

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
