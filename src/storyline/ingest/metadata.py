"""Article metadata read from raw strings and from the text itself: dates, site, byline, title, origin.

Pure functions. Where a function decides between readings it also returns a short reason, which
ends up on the Article so a user can see why a date or a syndication source was chosen. Text rules
look only where such statements stand in news copy (the dateline, the first lines, a credit line),
never at any date or name in the body: a body date is an event date, not the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from storyline.ingest.lexicon import phrase_pattern

__all__ = [
    "byline_from_text",
    "date_from_text",
    "parse_date",
    "site_from_url",
    "syndication_from_text",
    "title_from_plaintext",
]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_I = re.IGNORECASE

# date patterns, anchored at the start of the string they are tried on
_ISO = re.compile(rf"{_YEAR}-(?P<m>\d\d)-(?P<d>\d\d)(?![\d])")
_YMD_SLASH = re.compile(rf"{_YEAR}[/.](?P<m>\d{{1,2}})[/.](?P<d>\d{{1,2}})(?!\d)")
_DMY_DOT = re.compile(rf"(?P<d>\d{{1,2}})[.](?P<m>\d{{1,2}})[.]{_YEAR}(?!\d)")
_DMY_DASH = re.compile(rf"(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-{_YEAR}(?!\d)")
_NUM_SLASH = re.compile(rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}(?!\d)")
_COMPACT = re.compile(rf"{_YEAR}(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_MDY = re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", _I)
_DMY = re.compile(rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)", _I)
_MD_NOYEAR = re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY}(?![\d,]*\s*(?:19|20)\d\d)\b", _I)
_DM_NOYEAR = re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH}(?!\w)(?!,?\s*(?:19|20)\d\d)", _I)


def _make(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_at(s: str, year: int | None = None) -> tuple[date, int, str] | None:
    """A date written at the very start of ``s``: (date, characters used, form)."""
    for pat, form in ((_ISO, "iso"), (_YMD_SLASH, "ymd")):
        m = pat.match(s)
        if m:
            d = _make(int(m["year"]), int(m["m"]), int(m["d"]))
            return (d, m.end(), form) if d else None
    m = _DMY_DOT.match(s) or _DMY_DASH.match(s)
    if m:
        d = _make(int(m["year"]), int(m["m"]), int(m["d"]))
        return (d, m.end(), "day-first numeric") if d else None
    m = _NUM_SLASH.match(s)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
        # slashes: month first (US usage) unless the first number cannot be a month
        d = _make(y, b, a) if a > 12 else _make(y, a, b)
        return (d, m.end(), "slashed numeric") if d else None
    for pat in (_MDY, _DMY):
        m = pat.match(s)
        if m:
            d = _make(int(m["year"]), _MONTHS[m["mon"].lower().rstrip(".")], int(m["day"]))
            return (d, m.end(), "written month") if d else None
    if year is not None:
        for pat in (_MD_NOYEAR, _DM_NOYEAR):
            m = pat.match(s)
            if m:
                d = _make(year, _MONTHS[m["mon"].lower().rstrip(".")], int(m["day"]))
                return (d, m.end(), "written month, year supplied") if d else None
    return None


def parse_date(raw: str) -> date | None:
    """The calendar date a metadata string names, or None when it names none or an impossible one.

    Accepts ISO 8601 dates and datetimes (the date as written, not shifted to UTC), RFC 2822
    (RSS ``pubDate``), day-first dotted or dashed numbers ("17.10.2025"), year-first numbers,
    month-first slashed numbers, and written months ("October 17, 2025", "17 Oct 2025").
    """
    s = raw.strip() if raw else ""
    if not s:
        return None
    if re.match(r"\d{4}-\d\d-\d\d", s):
        try:
            dt = datetime.fromisoformat(s.replace(" ", "T", 1) if " " in s[:11] else s)
            d = _make(dt.year, dt.month, dt.day)
            if d:
                return d
        except ValueError:
            pass
    if re.match(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d", s):
        try:
            dt = parsedate_to_datetime(s)
            return _make(dt.year, dt.month, dt.day)
        except (TypeError, ValueError, IndexError):
            pass
    m = _COMPACT.fullmatch(s)
    if m:
        return _make(int(m["year"]), int(m["m"]), int(m["d"]))
    found = _date_at(s)
    if found is None:
        return None
    rest = s[found[1] :].strip()
    # whatever follows must look like a time or zone, not more words
    if rest and not re.fullmatch(r"(?:(?:at|,|T|-)\s*)?\d{1,2}[:.]\d\d(?:[:.]\d\d(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|Z|[+-]\d\d:?\d\d)?", rest, _I):
        return None
    return found[0]


# ---------------------------------------------------------------- dates in the text

_HEAD_LINES = 4  # a dateline or "Published" line stands in the first lines of the copy
_PUBLISHED = re.compile(
    r"^(?:(?:first|originally)\s+)?(?P<kind>published|posted|updated|last updated|last modified|modified|date)"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    _I,
)


_LEADING_TIME = re.compile(r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\b)?\s*(?:on\b|[,|•·]\s*)?\s*)?", _I)


_CITY_DATELINES = (
    re.compile(r"^[A-Z][A-Z .'’/-]{1,40},\s+"),  # "DOHA/KINSHASA, April 1 (Reuters) -": filed from two cities
    re.compile(r"^[A-Z][A-Z .'’/-]{1,40},\s*[A-Z][\w .'’-]{1,30},\s+"),
)
_SEGMENTS = re.compile(r"\s+[·|•]\s+|\s*\|\s*")  # the separators of a one-line page header


def _head_lines(text: str, count: int = _HEAD_LINES) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()][:count]


def date_from_text(text: str, *, year: int | None = None) -> tuple[date, str] | None:
    """The publication date stated at the top of the copy, with the rule that found it.

    A dateline opening one of the first lines ("17.10.2025 U.S. President ...", "October 17, 2025 -
    ..."), or a "Published ..."/"Updated ..." line there. Datelines without a year ("WASHINGTON,
    Oct. 17 (Reuters) -") resolve only when ``year`` is known. Dates further into the body are
    never taken: they date events, not the article.
    """
    updated: tuple[date, str] | None = None
    for n, line in enumerate(_head_lines(text)):
        m = _PUBLISHED.match(line)
        if m:
            after = line[m.end() :]
            # "Updated 10:45 AM EST, Tue March 3, 2026": some sites put the time first
            after = after[_LEADING_TIME.match(after).end() :]
            found = _date_at(after, year)
            if found:
                kind = m["kind"].lower()
                if kind in {"published", "posted", "date"}:
                    return found[0], f"'{kind}' line {n + 1}: {found[2]}"
                updated = updated or (found[0], f"'{kind}' line {n + 1} (no publication line): {found[2]}")
                continue
        found = _date_at(line)
        if found and (found[1] == len(line) or not line[found[1]].isalnum()):
            return found[0], f"dateline at start of line {n + 1}: {found[2]}"
        # "CITY, Oct. 17 (Wire) -" / "CITY (Wire) Oct 17, 2025 -": a date right after a place name
        # (the state or country is optional: "LAS VEGAS, March 5, 2026" has none, so both readings are tried)
        for city in _CITY_DATELINES:
            m = city.match(line)
            found = _date_at(line[m.end() :], year) if m else None
            if found:
                return found[0], f"city dateline line {n + 1}: {found[2]}"
        # "Jane Doe · Example News · Posted: Mar 04, 2026 5:12 PM EST": a header line of segments
        for seg in _SEGMENTS.split(line)[1:] if _SEGMENTS.search(line) else ():
            m = _PUBLISHED.match(seg)
            found = _date_at(seg[m.end() :][_LEADING_TIME.match(seg[m.end() :]).end() :], year) if m else None
            if found:
                kind = m["kind"].lower()  # type: ignore[index]
                if kind in {"published", "posted", "date"}:
                    return found[0], f"'{kind}' segment of line {n + 1}: {found[2]}"
                updated = updated or (found[0], f"'{kind}' segment of line {n + 1} (no publication line): {found[2]}")
    return updated


# ---------------------------------------------------------------- site and byline

_TWO_LEVEL = {
    "co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "mil", "gob", "nic", "ltd", "plc", "sch", "nhs",
}  # fmt: skip


def site_from_url(url: str | None) -> str | None:
    """The registered domain of a URL, lower-case, without ``www.`` ("bbc.co.uk", "reuters.com").

    Without a public-suffix list the rule is: keep three labels when the second-level label is a
    generic one under a two-letter country code (co.uk, com.au, go.jp), otherwise two.
    """
    if not url or not url.strip():
        return None
    u = url.strip()
    if "//" not in u:
        u = "//" + u
    try:
        host = urlsplit(u).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.rstrip(".").lower()
    if re.fullmatch(r"[\d.]+", host) or ":" in host:
        return host
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _TWO_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:(?:de|da|di|del|van|von|der|den|al|el|bin|ibn|la|le|du|dos|st\.?)\s+){0,2}[A-Z][\w.'’-]*){1,4}"
_BYLINE = re.compile(
    rf"^(?:By|BY|by):?\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*(?:{_NAME}))*)\s*(?:$|[,|–—-]\s*\S.{{0,60}}$|\s+(?:in|for)\s+\S.{{0,40}}$)"
)


def _strip_outlet(names: str) -> str:
    """ "MARIA GONZALEZ Associated Press" -> "MARIA GONZALEZ": agencies set the writer's name in capitals
    and run their own name after it; the words after a run of capitalised names are the outlet."""
    caps = r"(?:[A-Z][A-Z.'’-]+\s+)+[A-Z][A-Z.'’-]+"
    m = re.match(rf"^({caps}(?:\s*(?:,|and|&)\s*{caps})*)\s+(?=[A-Z][a-z])", names)
    return m[1] if m else names


# "Thomas Reid, Economics Editor": a name, then a job title that ends in a newsroom role
_ROLE_BYLINE = re.compile(
    rf"^(?P<names>{_NAME})\s*[,|–—-]\s*(?:[A-Z][\w&'’-]*\s+){{0,4}}(?i:{phrase_pattern('byline_roles.txt')})s?$"
)


def byline_from_text(text: str) -> str | None:
    """The author named by a "By Jane Doe" or "Jane Doe, Economics Editor" line in the first lines, or None."""
    for line in _head_lines(text, 6):
        if len(line) > 120:
            continue
        m = _BYLINE.match(line) or _ROLE_BYLINE.match(line)
        if m:
            return _strip_outlet(re.sub(r"\s+", " ", m["names"]).strip())
    return None


# ---------------------------------------------------------------- syndication

_PUBLISHER = r"(?P<name>(?:[^.;:!?,\n]|\.(?=\S)){2,120}?)"
_CONT = r"\s+and\s+(?:is|was|has|have|it|are|were|republished|reprinted|reproduced|appears|used)\b"
_SYNDICATION = [
    (
        re.compile(
            rf"\b(?:was|is|were)?\s*(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:on|by|in|at)\s+{_PUBLISHER}"
            rf"(?=\s*(?:[.;!?,]|{_CONT}|\s+(?:under|it is|is|has been)\b|\s*\(|$))",
            re.I | re.M,
        ),
        "originally published",
        ("originally", "first"),
    ),
    (
        re.compile(
            rf"\b(?:re-?published|reprinted|reproduced)\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+)?permission\s+)?(?:from|of|by|courtesy of)\s+{_PUBLISHER}"
            rf"(?=\s*(?:[.;!?,]|{_CONT}|\s+(?:under|with)\b|\s*\(|$))",
            re.I | re.M,
        ),
        "republished from",
        ("publish", "reprint", "reproduc"),
    ),
    (
        re.compile(
            rf"\bthis (?:article|story|piece|report|post|content) (?:was )?(?:produced|provided|written|distributed) by\s+{_PUBLISHER}"
            rf"(?=\s*(?:[.;!?,]|{_CONT}|\s+(?:under|for)\b|$))",
            re.I | re.M,
        ),
        "produced by",
        (" by",),
    ),
]
_WIRE = re.compile(r"^[^.!?()\n]{0,80}\((?P<name>[A-Z][\w&.'’ -]{0,30}?[\w.])\)\s*(?:[-–—]|--)\s+\S", re.M)
# a name's words may hold full stops ("U.S.", "Inc.") but a full stop before a space ends the sentence
_NAME_WORD = r"(?:[A-Z](?:\.[A-Z])+\.|[A-Z][a-z]{0,3}\.|[A-Z][\w&'’-]*)"  # "U.S.", "Inc.", "MarketWire"
_DISTRIBUTOR = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+provides?\s+(?:the|this)\s+information\b"
)
_OUTLET_NOUN = re.compile(
    r"\b(?:newsletter|blog|website|site|podcast|column|magazine|journal|channel|page|substack|outlet|newspaper)\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:(?:and|of|the|for|on|&)\s+)?[A-Z][\w&'’.-]*)*)\s*$"
)
_LEADING_LOWER = re.compile(r"^(?:(?:the|a|an|his|her|their|its|our|my|your|website|site)\s+)+", re.I)


def _publisher_name(raw: str) -> str | None:
    """The outlet's name in a phrase like "his Substack newsletter Weapons and Power" or "The Conversation"."""
    s = re.sub(r"\s+", " ", raw).strip(" ,\"'“”‘’")
    m = _OUTLET_NOUN.search(s)
    if m:
        return m["name"]
    s = _LEADING_LOWER.sub("", s) if not s[:1].isupper() else s
    s = re.sub(r"\s+(?:on|in)\s+(?:\w+day|\w+ \d{1,2}(?:, \d{4})?|\d{4})$", "", s)  # "... on Monday"
    if not s or not s[0].isupper() or len(s.split()) > 10:
        return None
    return s


_CREDIT_SUBJECT = re.compile(
    r"(?:^|\b(?:this|the above|a version of this|an earlier version of this|the original version of this)\s+"
    r"(?:article|story|piece|post|essay|commentary|op-ed|column|analysis|interview|report|text|content|newsletter)"
    r"|\bit|\bthis)\s*(?:was|is|has been|were)?\s*$",
    re.I,
)


def _about_this_copy(body: str, start: int) -> bool:
    """Whether a credit phrase speaks of this very copy ("This article was ..."), not of a cited report."""
    sentence_start = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start), -1)
    prefix = body[sentence_start + 1 : start].strip()
    return bool(_CREDIT_SUBJECT.search(prefix)) if prefix else True


def syndication_from_text(text: str, removed_texts: Sequence[str] = ()) -> tuple[str, str] | None:
    """Who first published or distributed this copy, and the rule that says so.

    Credit lines in the kept text come first ("originally published on/by/in X", "first appeared
    in X", "republished from X", "produced by X"), then a wire credit in the opening lines
    ("CITY (Reuters) - "), then a syndicator's legal disclaimer among the cut blocks that names the
    distributor ("X provides the information as is ..."). None when no rule names anyone.
    """
    sources = [("text", text), *(("removed", r) for r in removed_texts)]
    for where, body in sources:
        low = body.lower()
        for pat, rule, hints in _SYNDICATION:
            if not any(h in low for h in hints):
                continue  # a substring test is far cheaper than scanning with the pattern
            for m in pat.finditer(body):
                if not _about_this_copy(body, m.start()):
                    continue
                name = _publisher_name(m["name"])
                if name:
                    return name, f"{rule} ({where})"
    head = "\n".join(_head_lines(text, 3))
    m = _WIRE.search(head)
    if m and not re.search(r"\b(photo|file|image|video)\b", m["name"], re.I):
        return m["name"].strip(), "wire credit in dateline"
    for where, body in sources:
        m = _DISTRIBUTOR.search(re.sub(r"\s+", " ", body))
        if m and re.search(r"disclaimer|warranty|liability", body, re.I):
            return m["name"], f"syndicator disclaimer ({where})"
    return None


# ---------------------------------------------------------------- title

_TITLE_MAX = 200


def _title_case_share(line: str) -> float:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


_HEADER_LOOKAHEAD = 4


def _header_block_follows(lines: Sequence[str]) -> bool:
    """Whether the lines after a headline are a page header: a few short label lines (section, byline,
    author's role) ending in a date line ("Economy" / "Jane Doe, Economics Editor" / "Tue 10 Mar 2026").

    Pasted pages run these together with the headline, without the blank line a clean copy has.
    """
    seen = 0
    for ln in lines:
        s = ln.strip()
        if not s:
            return False
        if _date_at(s) is not None or date_from_text(s) is not None:
            return True
        seen += 1
        if seen >= _HEADER_LOOKAHEAD or len(s) > 80 or re.search(r"[.!?]$", s):
            return False
    return False


def title_from_plaintext(text: str) -> tuple[str | None, str]:
    """(title, body) for plain text whose first line is the headline, else (None, text).

    The first non-blank line is a title when it is short, has no final full stop, and is followed
    by a blank line, by a dateline, or (title-cased headlines glued to the copy) by a much longer
    line. The body starts at the first character after the title and the blank lines that follow it,
    so the title never counts in body offsets.
    """
    lines = text.splitlines(keepends=True)
    pos = 0
    k = 0
    while k < len(lines) and not lines[k].strip():
        pos += len(lines[k])
        k += 1
    if k >= len(lines) - 1:
        return None, text
    first = lines[k].strip()
    blank_after = not lines[k + 1].strip()
    if len(first) > _TITLE_MAX or len(first.split()) > 30 or re.search(r"[,;:]$", first):
        return None, text
    if re.search(r"\.[\"'”’]?$", first):
        # a headline some pipelines closed with a full stop: only when clearly title-cased and set apart
        words = re.findall(r"[A-Za-z][\w'’-]*", first)
        if not (blank_after and len(first) <= 150 and len(words) >= 4 and _title_case_share(first) >= 0.8):
            return None, text
    nxt_k = k + 1
    while nxt_k < len(lines) and not lines[nxt_k].strip():
        nxt_k += 1
    if nxt_k >= len(lines):
        return None, text
    nxt = lines[nxt_k].strip()
    dateline = _date_at(nxt) is not None or date_from_text(nxt) is not None
    headline_glued = _title_case_share(first) >= 0.7 and len(nxt) >= max(120, 2 * len(first))
    if not (blank_after or dateline or headline_glued or _header_block_follows(lines[nxt_k:])):
        return None, text
    body_start = pos + sum(len(ln) for ln in lines[k:nxt_k])
    return first, text[body_start:]


# Words that make up a third of running English prose and are rare in other languages' (French,
# Spanish, German, Italian, Portuguese, Dutch...): enough to tell English copy from other copy
# without a model; a short text says too little and is taken as English.
_ENGLISH_WORDS = frozenset(
    "the and of to is was that with for said have has are were this it by from be not but he she "
    "they will would which who their his her been had".split()
)
_LANGUAGE_SAMPLE = 2000  # words read
_LANGUAGE_MIN_WORDS = 20
_ENGLISH_SHARE = 0.04  # English news runs near 0.3 (a page of tweets near 0.08); other languages near 0


def guess_language(text: str) -> str:
    """"en" for English copy, "und" (undetermined) for copy in another language: the analysis
    reads English only and says so instead of extracting noise from a French or Arabic article."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:_LANGUAGE_SAMPLE]
    if len(words) < _LANGUAGE_MIN_WORDS:
        return "en"
    share = sum(w in _ENGLISH_WORDS for w in words) / len(words)
    return "en" if share >= _ENGLISH_SHARE else "und"
