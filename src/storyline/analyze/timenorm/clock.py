"""Clock times: "9 a.m.", "14:30", "noon", "midnight", a wire service's "1400 GMT" and "14.05 GMT",
"4 in the morning"; alone (on the reference date; a bare midnight told in the past is the one that
opened it) or with a day ("9 a.m. Monday"), which the whole normaliser reads: ``normalizer`` imports
this module, so that import is made where the rule runs.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.analyze.timenorm.reference_side import _tense
from storyline.analyze.timenorm.values import TimeValue, _tv

_TIME_RE = re.compile(
    r"(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)|(\d{1,2}):(\d{2})(?:\s*(?:h|hrs|hours))?|(noon|midday|midnight))"
    r"(?:\s*\(?(?:[a-z]{1,3}[sd]t|gmt|utc|et|pt|ct|mt|local time|local)\b\)?)?"
)


# Wire-service 24-hour clock without a colon, always followed by its zone or "hours": "1400 GMT".
_MILITARY_CLOCK = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:gmt|utc|hrs|hours|local time)\b)")


# "4 in the morning", "8 o'clock at night": an hour with its half of the day in words.
_HOUR_IN_WORDS = re.compile(r"\b(\d{1,2}(?::\d{2})?)\s+(?:o'clock\s+)?(?:in\s+the\s+(morning)|in\s+the\s+(?:afternoon|evening)|at\s+night)")


# "14.05 GMT": the point British and European papers put between hours and minutes; only with a
# zone, which a price or a rate ("4.25%") never has.
_DOTTED_CLOCK = re.compile(r"\b([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:gmt|utc|bst|cet|cest)\b)")


def _clock(s: str, ref: date | None, context: str) -> TimeValue | None:
    from storyline.analyze.timenorm.normalizer import normalize  # read whole; normalizer imports this module
    s = _MILITARY_CLOCK.sub(r"\1:\2", s)
    s = _DOTTED_CLOCK.sub(r"\1:\2", s)
    s = _HOUR_IN_WORDS.sub(lambda m: f"{m[1]} {'a.m.' if m[2] else 'p.m.'}", s)
    m = _TIME_RE.search(s)
    if not m:
        return None
    if m[6]:
        # midnight belongs to the day that is ending ("the offer expires at midnight Friday": the end
        # of Friday), written 24:00 on that day as ISO 8601 allows and TimeML does
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m[6]]
    elif m[3]:
        hh, mm = int(m[1]), int(m[2] or 0)
        if hh > 12 or mm > 59:
            return None
        if m[3].startswith("p") and hh != 12:
            hh += 12
        if m[3].startswith("a") and hh == 12:
            hh = 0
    else:
        hh, mm = int(m[4]), int(m[5])
        if hh > 23 or mm > 59:
            return None
    rest = (s[: m.start()] + " " + s[m.end():]).strip()
    if re.match(r"\s*(?:to|until|till|through|and|-|\u2013)(?:\s|$)", s[m.end():]):
        return None  # "9 a.m. to 5 p.m. (on Saturday)": a range of clock times, for the range rule
    rest = re.sub(r"^(?:at|on|,)\s*|\s*(?:at|on|,)$", "", rest).strip()
    rest = re.sub(r"\s+(?:at|on)\s+", " ", rest)
    rest = re.sub(r"^(?:this|in the)\s+(?:morning|afternoon|evening)$", "today", rest)
    clock = f"T{hh:02d}:{mm:02d}"
    if not rest:
        if ref is None:
            return _tv(clock, "time", reason="clock time without a date", lo=None, hi=None)
        if (past_midnight := _midnight_just_past(m[6], ref, context)) is not None:
            return past_midnight
        return _tv(f"{ref.isoformat()}{clock}", "time", reason="clock time on the reference date",
                   relative="deictic", lo=ref, hi=ref)
    base = normalize(rest, ref, context=context)
    if base is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", base.value.split("T")[0]) or base.kind not in ("date", "time"):
        return None
    day = base.value[:10]
    d = date.fromisoformat(day)
    # "about 1:30 a.m. on Aug. 4": the hedge, read with the date, still hedges the clock
    return _tv(f"{day}{clock}", "time", reason=f"clock time on {base.reason}", relative=base.relative,
               lo=d, hi=d, approx=base.approx)


def _midnight_just_past(word: str | None, ref: date, context: str) -> TimeValue | None:
    """A bare "midnight" told in the past ("sales began at midnight", "fireworks lit up the sky at
    midnight" in a January 1 story) is the midnight that opened the reference day, which news writes
    as 24:00 of the day before (midnight belongs to the day that is ending); the one that ends the
    reference day is still ahead of a report written that day. Other tenses keep the coming one."""
    if word != "midnight" or _tense(context) != "past" or "(deadline)" in context:
        return None
    d = ref - timedelta(days=1)
    return _tv(f"{d.isoformat()}T24:00", "time", reason="midnight just past (the verb is past)",
               relative="deictic", lo=d, hi=d)
