"""Publication dates that sites write into an article's URL path ("/2017/02/02/slug",
"/2016/04/slug", "-2012-08-16", "/20170215-..."). Read at ingest, to tell a page's stray date from
its own, and at analysis, to date an article that has none."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from storyline.analyze.timenorm.vocabulary import MONTH_RE, MONTHS

# Dates publishers put in an article's URL path: "/2017/02/02/" (or "/2017/Feb/02/"), "-2012-08-16",
# and a compact "20170215" standing alone between non-digits. Digits run together with more digits
# ("/1185859", "201702151050690334") are ids, not dates, and are not read.
_URL_YMD = re.compile(rf"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{{1,2}}|{MONTH_RE})/(?P<d>\d{{1,2}})(?=/|$|[-_.])", re.I)
_URL_ISO = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d])")
_URL_COMPACT = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?![\d])")
# A year and month without a day: "/2016/04/yemen-talks-open/"
_URL_YM = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?!\d{1,2}(?:/|$|[-_.]))")


def _url_path(url: str | None) -> str:
    """The path of a URL, without its query or fragment: query parameters are lookup keys (an alert
    database's "?edis_id=EQ-20160417-..." names the event, dated by when it struck), while the path
    is where publishers file an article under its publication date."""
    if not url or not url.strip():
        return ""
    try:
        return urlsplit(url.strip()).path
    except ValueError:
        return ""


def url_date(url: str | None) -> tuple[date, str] | None:
    """A full publication date in a URL's path, with the matched part as its reason.

    Strong evidence: a site files an article under the day it went up. Only for an article whose
    feed gave no date (a given date is never overruled)."""
    path = _url_path(url)
    for rx in (_URL_YMD, _URL_ISO, _URL_COMPACT):
        for m in rx.finditer(path):
            month = m["m"]
            try:
                mon = int(month) if month.isdigit() else MONTHS[month.lower()]
                return date(int(m["y"]), mon, int(m["d"])), f"URL path {m[0]!r}"
            except (ValueError, KeyError):
                continue
    return None


def url_month(url: str | None) -> tuple[int, int, str] | None:
    """(year, month, matched part) from a URL path that files the article under a month only
    ("/2016/04/slug"): the publication's year and month, not its day."""
    m = _URL_YM.search(_url_path(url))
    if m is None or not 1 <= int(m["m"]) <= 12:
        return None
    return int(m["y"]), int(m["m"]), m[0]


def filed_month(url: str | None) -> tuple[int, int, str] | None:
    """(year, month, matched part) a URL path files the article under, with or without its day:
    the month a date printed atop the page must fall in to be the article's own."""
    month = url_month(url)
    if month is not None:
        return month
    found = url_date(url)
    return (found[0].year, found[0].month, found[1]) if found else None
