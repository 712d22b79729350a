"""Which side of the reference a time lies on when the text does not say: the tense the context
passed by the extractor shows (its markers, or "(past)", "(future)"...), the year that puts a
month-day nearest the reference unless the tense says otherwise, and the weekday counted back, ahead
or nearest.
"""

from __future__ import annotations

from datetime import date, timedelta

from storyline.analyze.timenorm.vocabulary import FUTURE_MARKERS, PAST_MARKERS


def _nearest_year(month: int, day: int | None, ref: date) -> int:
    """The year that puts month(-day) nearest the reference date."""
    best, best_gap = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        gap = abs((d - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _future(context: str) -> bool:
    return bool(FUTURE_MARKERS.search(context))


def _tense(context: str) -> str:
    """future | past | unknown, from the governing verb group or sentence passed as context."""
    if FUTURE_MARKERS.search(context):
        return "future"
    if PAST_MARKERS.search(context):
        return "past"
    return "unknown"


def _year_for(month: int, day: int | None, ref: date, context: str) -> tuple[int, str]:
    """The year of a month(-day) without one: nearest the reference, unless the tense says the
    nearest lies on the wrong side of it (a past event a few months ahead is last year's)."""
    y = _nearest_year(month, day, ref)
    d = date(y, month, min(day or 15, 28))
    tense = _tense(context)
    if tense == "past" and (d - ref).days > 45:
        return y - 1, f"year {y - 1}: the nearest, {y}, is after the reference but the verb is past"
    if tense == "future" and (ref - d).days > 45:
        return y + 1, f"year {y + 1}: the nearest, {y}, is before the reference but the verb is future"
    return y, f"year {y} puts it nearest the reference"


def _weekday_date(ref: date, wd: int, direction: str) -> date:
    """direction: past (on/before ref), future (on/after ref), last (strictly before, previous
    week's for 'last'), next (strictly after), this (in the reference's week), nearest (within three
    days either side: a deadline, which is as often ahead of the reference as behind it)."""
    delta = wd - ref.weekday()
    if direction == "this":
        return ref + timedelta(days=delta)
    if direction == "past":
        return ref + timedelta(days=delta - 7 if delta > 0 else delta)
    if direction == "future":
        return ref + timedelta(days=delta + 7 if delta < 0 else delta)
    if direction == "nearest":  # within three days either side, ahead on a tie
        return ref + timedelta(days=(delta + 3) % 7 - 3)
    if direction == "last":
        return ref + timedelta(days=delta - 7 if delta >= 0 else delta)
    return ref + timedelta(days=delta + 7 if delta <= 0 else delta)  # next
