"""Neighbouring expressions joined into one where the joined text still normalises ("Friday morning",
"9 a.m. Tuesday"; never across a blank line), and clock times without a day given the day named right
after them, or the day of the dated clock right before them (the same time in another zone).
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.timenorm.values import TimeValue
from storyline.analyze.timex.resolving import _resolve

# What may stand between two candidates that together make one expression ("Friday morning",
# "9 a.m. Tuesday", "June last year", "noon Thursday").
_JOIN = re.compile(r"^(?:\s+|,\s*|\s+(?:at|on|of)\s+)$")
# ... never across a blank line: a page's "Last updated 18:42 GMT" and the live blog's first entry,
# "18:42 \u2014 ...", are two expressions.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _merge_adjacent(text: str, chosen: list[tuple[int, int, TimeValue, str]],
                   reference: date | None) -> list[tuple[int, int, TimeValue, str]]:
    """Join neighbours that form one expression when the joined text still normalises."""
    out: list[tuple[int, int, TimeValue, str]] = []
    for item in chosen:
        if out:
            ps, pe, ptv, pctx = out[-1]
            s, e, tv, ctx = item
            if _JOIN.match(text[pe:s]) and not _PARAGRAPH_BREAK.search(text[pe:s]) and tv.kind not in ("duration", "set") and ptv.kind not in ("duration", "set"):
                joined = _resolve(text[ps:e], reference, pctx)
                if joined is not None:
                    out[-1] = (ps, e, joined, pctx)
                    continue
        out.append(item)
    return out


# What may stand between a clock time and the day that follows it: "at 10:35 a.m. (0735 GMT) Friday",
# "at 3:15 p.m. local time (1915 GMT) on Wednesday", "at 9 a.m. EDT on Tuesday" (a zone the clock
# pattern left out).
_CLOCK_GAP = re.compile(r"[\s(),]*(?:(?:local\s+time|[A-Z]{2,4})[\s(),]*)?(?:on\s+)?")
_BARE_CLOCK = "clock time on the reference date"


def _date_bare_clocks(text: str,
                      chosen: list[tuple[int, int, TimeValue, str]]) -> list[tuple[int, int, TimeValue, str]]:
    """A clock time without a day takes the day named right after it, past a parenthetical time zone
    ("at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)"), not the
    publication date; a bare clock in brackets right after a dated one is that time in another zone,
    on the same day ("at 9 a.m. Thursday (1300 GMT)")."""
    out = list(chosen)
    for i, (s, e, tv, ctx) in enumerate(out):
        if not tv.reason.startswith(_BARE_CLOCK):
            continue
        if i > 0 and (prev := out[i - 1][2]).kind == "time" and prev.earliest is not None \
                and prev.earliest == prev.latest and re.fullmatch(r"\s*[(\[]\s*", text[out[i - 1][1]:s]) \
                and re.match(r"\d{4}-\d{2}-\d{2}T", prev.value) and "/" not in prev.value:
            day = prev.earliest
            out[i] = (s, e, TimeValue(day.isoformat() + tv.value[10:], tv.kind, tv.approx, day, day,
                                      f"clock time in another zone on the day of the time before it ({prev.reason})",
                                      prev.relative), ctx)
            continue
        end = e
        for s2, e2, tv2, _ in out[i + 1:i + 4]:
            if not _CLOCK_GAP.fullmatch(text[end:s2]):
                break
            if tv2.reason.startswith(_BARE_CLOCK):
                end = e2
                continue
            if (tv2.earliest is not None and tv2.earliest == tv2.latest and tv2.kind in ("date", "time")
                    and re.match(r"\d{4}-\d{2}-\d{2}(?:T|$)", tv2.value) and "/" not in tv2.value):
                day = tv2.earliest
                out[i] = (s, e, TimeValue(day.isoformat() + tv.value[10:], tv.kind, tv.approx, day, day,
                                          f"clock time on the day named after it ({tv2.reason})", tv2.relative), ctx)
            break
    return out
