"""A stand-in publication date for an article without one (``infer_reference_date``): a dateline,
else the latest full date outside talk of the future, else a weekday with a month-day whose weekday
fixes the year, else a year-less wire dateline whose year the lead's reporting weekday fixes.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from storyline.analyze.nlp import doc_text
from storyline.analyze.timenorm.vocabulary import MONTHS, MONTH_RE, WEEKDAYS, WEEKDAY_RE

_FULL_DATE_RE = re.compile(
    rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<mon>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*[-\u2013]\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?P<y>\d{{4}})\b"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_RE}),?\s+(?P<y2>\d{{4}})\b"
    rf"|\b(?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})\b"
    rf"|\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b"
    rf"|\b(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}})\b",
    re.I,
)
# What may precede a dateline's date on its line: a label of a word or two ("Updated", "Posted:",
# "Last updated:"), as news pages print them above the story.
# A wire dateline puts the place first, in capitals, with its region after a comma when the place
# is not well known: "GENEVA, March 3, 2026", "RIVERTON, Lusandia, Nov 2, 2026", "SAN JOSE, Calif., ...".
_DATELINE_LABEL = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}?(?:[A-Za-z]+:?\s*)?$"
                             r"|^\s*(?-i:[A-Z][A-Z.'\-]*(?:[ /][A-Z][A-Z.'\-]*){0,3}),"
                             r"(?:\s+(?-i:[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*)?),)?\s*$")
_WEEKDAY_DATE_RE = re.compile(rf"\b(?P<wd>{WEEKDAY_RE}),?\s+(?P<mon>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})", re.I)
_FUTURE_SENT = re.compile(r"\b(will|'ll|scheduled|planned|plans to|to be held|upcoming|expected to|due to)\b", re.I)


def _full_dates(text: str) -> list[tuple[int, date]]:
    found: list[tuple[int, date]] = []
    for m in _FULL_DATE_RE.finditer(text):
        try:
            if m["mon"]:
                d = date(int(m["y"]), MONTHS[m["mon"].lower().rstrip(".")], int(m["d2"] or m["d1"]))
            elif m["mon2"]:
                d = date(int(m["y2"]), MONTHS[m["mon2"].lower().rstrip(".")], int(m["d3"]))
            elif m["nd"]:
                d = date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
            elif m["sy"]:  # 4/11/2007: month first, as US pages write it, unless the first cannot be a month
                first, second = int(m["sa"]), int(m["sb"])
                d = date(int(m["sy"]), second, first) if first > 12 else date(int(m["sy"]), first, second)
            else:
                d = date(int(m["iy"]), int(m["im"]), int(m["id"]))
        except (ValueError, KeyError):
            continue
        found.append((m.start(), d))
    return found


def infer_reference_date(doc: Doc) -> tuple[date, str] | None:
    """A stand-in publication date for an article that has none, read from the text.

    A dateline (a full date opening a line in the first 200 characters, after at most a short label
    such as "Updated") wins. Otherwise the latest fully
    specified date in a sentence that does not talk about the future; otherwise a weekday+date
    without a year ("Monday, October 20") whose weekday fixes the year among the years the text
    mentions (the first matching year at or after the latest year mentioned). None when the text
    gives no year at all.
    """
    text = doc_text(doc)
    full = _full_dates(text)
    head = [(pos, d) for pos, d in full if pos < 200 and _DATELINE_LABEL.match(text[text.rfind("\n", 0, pos) + 1:pos])]
    if head:
        pos, d = head[0]
        return d, f"dateline: {text[pos:pos + 30].splitlines()[0]!r} near the start of the text"
    sents = [(s.start_char, s.end_char, s.text) for s in doc.sents]

    def future(pos: int) -> bool:
        for a, b, t in sents:
            if a <= pos < b:
                return bool(_FUTURE_SENT.search(t))
        return False

    current = [(d, pos) for pos, d in full if not future(pos)]
    if current:
        d, pos = max(current)
        return d, f"latest full date presented as past or present: {text[pos:pos + 30].splitlines()[0]!r}"
    years = sorted({int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", text)})
    if years:
        best: tuple[date, int] | None = None
        for m in _WEEKDAY_DATE_RE.finditer(text):
            wd, mon, day = WEEKDAYS[m["wd"].lower()], MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
            for y in range(years[-1], years[-1] + 12):
                try:
                    d = date(y, mon, day)
                except ValueError:
                    continue
                if d.weekday() == wd:  # the first year at or after the latest one mentioned
                    if best is None or d > best[0]:
                        best = (d, m.start())
                    break
        if best is not None:
            return best[0], (f"weekday fixes the year: {text[best[1]:best[1] + 30].splitlines()[0]!r} "
                             f"(latest year mentioned {years[-1]})")
        dated = _dateline_with_reporting_day(text, years[-1])
        if dated is not None:
            return dated
    return None


# "KYIV, Nov 4 (AP) — ..., Ukraine's air force said on Tuesday": a wire dateline without its year and
# the weekday the lead reports on (the day of the dateline)
_YEARLESS_DATELINE = re.compile(rf"^[A-Z][A-Z .'\-]{{1,40}},(?:\s*[A-Z][\w .'\-]{{1,30}},)?\s+(?P<mon>(?i:{MONTH_RE}))\s+(?P<d>\d{{1,2}})\b(?!,?\s*\d{{4}})", re.M)
_REPORTING_DAY = re.compile(rf"\b(?:said|says|told|announced|reported|confirmed)\b[^.\n]{{0,60}}?\bon\s+(?P<wd>{WEEKDAY_RE})\b", re.I)


def _dateline_with_reporting_day(text: str, latest_year: int) -> tuple[date, str] | None:
    """A year-less wire dateline whose year the lead's reporting weekday fixes: the first year at or
    after the latest one the text mentions in which that month-day falls on that weekday. Only the day
    something was said on counts (the events reported may be a day older)."""
    m = _YEARLESS_DATELINE.search(text, 0, 300)
    if m is None:
        return None
    para_end = text.find("\n", m.end())
    lead = text[m.end() : len(text) if para_end < 0 else para_end]
    days = {WEEKDAYS[d["wd"].lower()] for d in _REPORTING_DAY.finditer(lead)}
    if len(days) != 1:
        return None
    wd, mon, day = days.pop(), MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
    for y in range(latest_year, latest_year + 12):
        try:
            d = date(y, mon, day)
        except ValueError:
            continue
        if d.weekday() == wd:
            return d, f"dateline {text[m.start():m.end()]!r} without a year; the lead reports on a {d:%A} (latest year mentioned {latest_year})"
    return None
