"""Parts of a year named by their place: quarters ("the third quarter", "Q3 2023", a fiscal quarter),
halves and half-year codes ("H2 2025"), seasons, the year's end and the new year, and a month named
alone ("in March", "last June"), each in the year the reference and the tense point to.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.timenorm.absolute import _year
from storyline.analyze.timenorm.reference_side import _tense, _year_for
from storyline.analyze.timenorm.values import TimeValue, _quarter_bounds, _season_bounds, _tv
from storyline.analyze.timenorm.vocabulary import MONTHS, MONTH_RE, ORDINALS, SEASONS


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
