"""A stand-in publication date for an article without one (``infer_reference_date``): a dateline,
else a full date in the article's URL path, else the latest full date outside talk of the future,
else a weekday with a month-day whose weekday fixes the year, else a year-less wire dateline whose
year the lead's reporting weekday fixes. A year and month in the URL path ("/2016/04/") bound all
of these: a text date outside that month gives way to the month itself.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from storyline.analyze.nlp import doc_text
from storyline.records import TimeRef
from storyline.analyze.timenorm.vocabulary import MONTHS, MONTH_RE, WEEKDAYS, WEEKDAY_RE
from storyline.url_dates import filed_month, url_date, url_month

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
# "Thursday, April 21" as US copy writes it, "Monday 25 May" as British copy does; a year after it
# makes it a full date (``_FULL_DATE_RE``)
_WEEKDAY_DATE_RE = re.compile(rf"\b(?P<wd>{WEEKDAY_RE}),?\s+(?:(?P<mon>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                              rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?-i:(?=[A-Z]))(?P<mon2>{MONTH_RE}))\b(?!,?\s+\d{{4}})", re.I)


def _weekday_month_day(m: re.Match[str]) -> tuple[int, int, int]:
    """(weekday, month, day) of a ``_WEEKDAY_DATE_RE`` match in either order."""
    mon, day = (m["mon"], m["d"]) if m["mon"] else (m["mon2"], m["d2"])
    return WEEKDAYS[m["wd"].lower()], MONTHS[mon.lower().rstrip(".")], int(day)


_FUTURE_SENT = re.compile(r"\b(will|'ll|scheduled|planned|plans to|to be held|upcoming|expected to|due to)\b", re.I)


# what follows the date of a photo caption ("In this Wednesday, Sept. 3, 2014 photo", "in this Oct. 2,
# 2019, file photo"): news pages keep captions in the copy, and a picture is often days or years older
# than the report
_CAPTION_AFTER = re.compile(r",?\s+(?:file\s+|handout\s+|aerial\s+)?(?:photo|photograph|picture|image|frame grab)\b", re.I)


# a photo credit closing a caption's paragraph: "(AP Photo/Anjum Naveed)", "(Photo: Reuters)"
_PHOTO_CREDIT_END = re.compile(r"\((?:[A-Z][\w.]*\s+)?(?:photo|photograph|picture)s?\b[^)\n]{0,80}\)\s*$", re.I)


# A full date naming an earlier event, as AP style sets it between a determiner or possessive and
# the event's noun: "the Oct. 7, 2023, attack", "Hamas' October 7, 2023, raid", "the Nov. 5, 2024,
# election". The report tells of the event as known background, days or years later, so the date is
# never the report's own; taken as the latest date it dated a February 2025 report to October 2023.
_NAMING_BEFORE = re.compile(r"(?:\bthe|\w['’]s?)\s+$", re.I)
_NAMING_AFTER = re.compile(r",?\s+(?!(?:and|or|but|when|while|which|that|after|before|as|in|on|at|to|for|with|by|from)\b)"
                           r"(?-i:[a-z][a-z-]+)\b(?!\s+(?:the|a|an|[A-Z]\w*)\b)")


def _names_an_event(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` modifies a noun after it ("the Oct. 7, 2023, attack")
    rather than dating a clause: a determiner or possessive before it, a comma and a lower-case word
    after it that does not open a clause with an article or a name ("the May 3, 2020, and ...")."""
    return bool(_NAMING_BEFORE.search(text, max(0, start - 30), start)) and bool(_NAMING_AFTER.match(text, end))


def _in_credited_caption(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a paragraph that ends with a photo credit: a caption ("..., during a
    protest in Islamabad, Pakistan, Wednesday, Sept. 3, 2014. ... (AP Photo/Anjum Naveed)")."""
    end = text.find("\n", pos)
    return bool(_PHOTO_CREDIT_END.search(text[pos : len(text) if end < 0 else end]))


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
        if _CAPTION_AFTER.match(text, m.end()) or _in_credited_caption(text, m.start()):
            continue  # "In this Wednesday, Sept. 3, 2014, photo, ...": a picture's day, not the report's
        if _names_an_event(text, m.start(), m.end()):
            continue  # "the Oct. 7, 2023, attack": an earlier event named, not the report's day
        found.append((m.start(), d))
    return found


# Opens the reason of a stand-in date known to the month only (the URL's month, day set to the 15th)
MONTH_LEVEL = "month-level"
# What a time read against the reference's day says in its reason (a weekday, "yesterday", "next
# week", "three days ago"); a month-day or a month name takes only the reference's year.
_READ_FROM_THE_DAY = re.compile(r"^(?:weekday|'[^']+') .*relative to the reference")


def to_month_level(times: list[TimeRef], reference: date) -> list[TimeRef]:
    """The times of an article dated to its month only (``MONTH_LEVEL``), less the false precision
    of those read from the day: "on Tuesday" against the stand-in 15th is any Tuesday of about five
    weeks, so it becomes the month itself, approximate, with a reason that says so. A time the text
    dates on its own ("September 18, 2023", "Sept. 20") keeps its day."""
    start = reference.replace(day=1)
    end = reference.replace(day=monthrange(reference.year, reference.month)[1])
    out: list[TimeRef] = []
    for t in times:
        if t.kind in {"date", "time", "interval"} and _READ_FROM_THE_DAY.match(t.reason) and len(t.value) > 7:
            t = replace(t, value=f"{reference.year:04d}-{reference.month:02d}", kind="date", approx=True,
                        earliest=start, latest=end,
                        reason=f"{t.reason}; the month only: the publication date is known to the month ({MONTH_LEVEL})")
        out.append(t)
    return out


def infer_reference_date(doc: Doc, url: str | None = None) -> tuple[date, str] | None:
    """A stand-in publication date for an article that has none: a dateline in the text, else a
    full date in ``url``'s path, else a date read from the text (``_text_date``). When the URL path
    gives a year and month only, it fixes the year of a weekday+month-day in the text, keeps a text
    date that falls in that month, and otherwise stands as a month-level date (the 15th, so that
    relative days stay within about two weeks of the truth), with a reason that says so. A dateline
    in another month than the URL's is no dateline: pages print the day they were fetched up top.
    """
    text = doc_text(doc)
    full = _full_dates(text)
    dateline = _dateline(text, full)
    filed = filed_month(url)
    if dateline is not None and filed is not None and (dateline[0].year, dateline[0].month) != filed[:2]:
        dateline = None  # a date atop a page filed under another month: the day it was fetched, not written
    if dateline is not None:
        return dateline
    found = url_date(url)
    if found is not None:
        return found
    month = url_month(url)
    inferred = _text_date(doc, text, full)
    if month is None:
        return inferred
    year, mon, part = month
    if inferred is not None and (inferred[0].year, inferred[0].month) == (year, mon):
        return inferred[0], f"{inferred[1]}; in the month of URL path {part!r}"
    weekday = _weekday_date_in_year(text, year, date(year, mon, monthrange(year, mon)[1]))
    if weekday is not None:
        return weekday[0], f"URL path {part!r} gives the year of {weekday[1]!r}, whose weekday matches"
    lead = _yearless_lead_date(text, year, mon)
    if lead is not None:
        return lead[0], f"URL path {part!r} gives the year of the lead's date {lead[1]!r}"
    return date(year, mon, 15), f"{MONTH_LEVEL}: URL path {part!r} gives the year and month only (day set to the 15th)"


# A month-day opening a line near the top, after at most a place dateline: "April 24 Russia
# unleashed ...", "MOSCOW, August 6. /TASS/. ...", "KYIV, Nov 4 (AP) — ..."; agencies such as EFE,
# PTI and Xinhua print the place in title case ("Ankara, December 12 (EFE). – ...", "Islamabad, May
# 22 (PTI) ..."), a place of one to four capitalised words
_LEAD_MONTH_DAY = re.compile(rf"^(?:(?:[A-Z][A-Z .'\-]{{1,40}}|(?-i:[A-Z][a-z.'\-]+(?: [A-Z][a-z.'\-]+){{0,3}})),\s+)?"
                             rf"(?P<mon>(?i:{MONTH_RE}))\s+(?P<d>\d{{1,2}})\b(?!,?\s*\d{{4}})", re.M)


def _yearless_lead_date(text: str, year: int, mon: int) -> tuple[date, str] | None:
    """The day of a year-less date opening a line in the first 300 characters (a wire dateline, or
    a lead that starts with its date) when it falls in the URL path's month: the site filed the
    report under that month, so the year is the URL's and the day is the dateline's. A date in
    another month tells of something else and is not taken."""
    for m in _LEAD_MONTH_DAY.finditer(text, 0, 300):
        try:
            d = date(year, MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))
        except (ValueError, KeyError):
            continue
        if d.month == mon:
            return d, m[0]
    return None


def _weekday_date_in_year(text: str, year: int, latest: date) -> tuple[date, str] | None:
    """The latest weekday+month-day without a year ("Thursday, April 21") that falls on that weekday
    in ``year`` and not after ``latest``, with its text."""
    best: tuple[date, str] | None = None
    for m in _WEEKDAY_DATE_RE.finditer(text):
        try:
            wd, mon, day = _weekday_month_day(m)
            d = date(year, mon, day)
        except (ValueError, KeyError):
            continue
        if d.weekday() == wd and d <= latest and (best is None or d > best[0]):
            best = (d, m[0])
    return best


def _dateline(text: str, full: list[tuple[int, date]]) -> tuple[date, str] | None:
    """A full date (of ``full``, the text's ``_full_dates``) opening a line in the first 200
    characters, after at most a short label."""
    head = [(pos, d) for pos, d in full if pos < 200 and _DATELINE_LABEL.match(text[text.rfind("\n", 0, pos) + 1:pos])]
    if head:
        pos, d = head[0]
        return d, f"dateline: {text[pos:pos + 30].splitlines()[0]!r} near the start of the text"
    return None


# "extended the sanctions until July 31, 2017", "valid through March 15, 2016": the end of a period,
# often still to come when the report is written, never the day it tells of
_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|thru)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.I)


def _text_date(doc: Doc, text: str, full: list[tuple[int, date]]) -> tuple[date, str] | None:
    """A date read from the body: the latest fully specified date in a sentence that does not talk
    about the future; otherwise a weekday+date without a year ("Monday, October 20", "Monday 25 May")
    whose weekday fixes the year, the first that fits from the year before the latest one the text
    mentions (``_near_year_on_weekday``); otherwise a year-less wire dateline dated by the lead's
    reporting weekday. None
    when the text gives no year at all.
    """
    sents = [(s.start_char, s.end_char, s.text) for s in doc.sents]

    def future(pos: int) -> bool:
        for a, b, t in sents:
            if a <= pos < b:
                return bool(_FUTURE_SENT.search(t))
        return False

    current = [(d, pos) for pos, d in full if not future(pos) and not _BOUND_BEFORE.search(text, max(0, pos - 20), pos)]
    if current:
        d, pos = max(current)
        return d, f"latest full date presented as past or present: {text[pos:pos + 30].splitlines()[0]!r}"
    years = sorted({int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", text)})
    if years:
        best: tuple[date, int] | None = None
        for m in _WEEKDAY_DATE_RE.finditer(text):
            d = _near_year_on_weekday(*_weekday_month_day(m), years[-1])
            if d is not None and (best is None or d > best[0]):
                best = (d, m.start())
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
    d = _near_year_on_weekday(days.pop(), MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]), latest_year)
    if d is None:
        return None
    return d, f"dateline {text[m.start():m.end()]!r} without a year; the lead reports on a {d:%A} (latest year mentioned {latest_year})"


def _near_year_on_weekday(weekday: int, month: int, day: int, latest_year: int) -> date | None:
    """The month-day on ``weekday`` in the first year that fits from the year before the latest one the
    text mentions: a report may name next year's deadline ("by December 2016" in a May 2015 report), or
    only years long past ("at war since 2022" in a 2025 report). The year before can fit only when the
    latest year does not (a month-day falls on another weekday each year), and one year back is likelier
    than the five or six later the next fit would take."""
    for year in range(latest_year - 1, latest_year + 12):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            return d
    return None
