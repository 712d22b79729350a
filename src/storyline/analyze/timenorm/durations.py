"""Durations: a count and a unit ("three days", "two-hour", "12 to 18 months", "a year and a half",
"the past three years") as an ISO duration; vague counts ("several years", a bare "months") with a
guessed number, approx. Ages ("five years old") are no durations.
"""

from __future__ import annotations

import re

from storyline.analyze.timenorm.counting import _duration, _fmt, _num, _unit_key
from storyline.analyze.timenorm.values import TimeValue, _tv
from storyline.analyze.timenorm.vocabulary import NUM_WORD_RE, UNIT_RE, VAGUE_COUNTS, VAGUE_RE


def _duration_rule(s: str) -> TimeValue | None:
    # "two-hour", "three days", "a month", "several years", "12 to 18 months", "the past three years",
    # "the next two weeks" ("the past N" is a duration ending at the reference)
    if m := re.fullmatch(rf"(?:an?|one|{NUM_WORD_RE})\s+({UNIT_RE})\s+and\s+a\s+half", s):
        n0 = _num(s.split()[0])
        if n0 is not None:
            return _tv(_duration(n0 + 0.5, _unit_key(m[1])), "duration", reason="duration and a half")
    if m := re.fullmatch(r"(?:the\s+)?(?:past|last|previous)\s+(decade|century)", s):
        return _tv(_duration(1, m[1]), "duration", reason=f"duration; '{s}' period ending at the reference")
    m = re.fullmatch(
        rf"(?:(?:the|a|an)\s+)?(?:(past|last|next|first|final|coming|previous|following|latest|"
        rf"preceding|prior|subsequent|ensuing|initial|entire|whole|full)\s+)?"
        rf"({NUM_WORD_RE}|{VAGUE_RE}|{NUM_WORD_RE}\s*(?:to|-|or|and)\s*{NUM_WORD_RE})?[- ]?\s*"
        rf"(?:(?:trading|business|working|calendar|straight|consecutive|more|additional|extra|further)\s+)?({UNIT_RE})"
        rf"(?:[- ](long|old|plus))?", s)
    if not m:
        # bare plural units alone are vague durations: "years", "months"
        if m2 := re.fullmatch(rf"(?:for\s+)?({UNIT_RE})", s):
            if m2[1].endswith("s"):
                n = VAGUE_COUNTS["several"]
                return _tv(_duration(n, _unit_key(m2[1])), "duration", approx=True,
                           reason=f"vague count (bare '{m2[1]}' taken as {n})")
        return None
    which, count, unit, tail = m[1], m[2], m[3], m[4]
    if tail == "old":
        return None  # ages are not times
    unit_k = _unit_key(unit)
    if count is None:
        if which in ("past", "last", "next", "coming", "previous", "following", "latest",
                     "preceding", "prior", "subsequent", "ensuing"):
            return None  # "last week" etc. are dates, handled by _relative
        if unit.endswith("s"):
            if s.startswith("the "):
                return None  # "the weeks (before the vote)": not a measure
            n = VAGUE_COUNTS["several"]
            return _tv(_duration(n, unit_k), "duration", approx=True, reason=f"vague count ('{s}' taken as {n})")
        if not re.match(r"^(?:the|a|an)\s", s) and which is None:
            return None
        n = 1.0
        if which is None and s.startswith("the "):
            return None
        return _tv(_duration(n, unit_k), "duration", reason=f"duration ('{s}')")
    approx = False
    reason = "duration"
    # "twenty-five" is one number, not the range twenty to five
    if _num(count) is None and (rm := re.fullmatch(rf"({NUM_WORD_RE})\s*(?:to|-|or|and)\s*({NUM_WORD_RE})", count)):
        lo_n, hi_n = _num(rm[1]), _num(rm[2])
        if lo_n is None or hi_n is None or lo_n >= hi_n:
            return None  # a range rises: "2026 - Four days of talks" is a dateline's year and a length
        n, approx, reason = hi_n, True, f"duration range {_fmt(lo_n)}-{_fmt(hi_n)} {unit_k}s (upper bound kept)"
    elif count in VAGUE_COUNTS or count.strip() in VAGUE_COUNTS:
        n = VAGUE_COUNTS[count.strip()]
        approx, reason = True, f"vague count ('{count}' taken as {n})"
    else:
        n_opt = _num(count)
        if n_opt is None:
            return None
        n = n_opt
    if n > 10000:
        return None
    if n == 1 and unit.endswith("s") and not unit_k.endswith("s") and count.strip() in ("a", "an", "one"):
        return None  # "a years": a broken span, not a duration
    if which in ("past", "last", "previous", "preceding", "prior", "latest"):
        reason += f"; '{which}' period ending at the reference"
    elif which in ("next", "coming", "following", "subsequent", "ensuing"):
        reason += f"; '{which}' period starting at the reference"
    return _tv(_duration(n, unit_k), "duration", approx=approx, reason=reason)
