"""Vague times: the present ("now", "currently"), the recent past and the near or far future
("recently", "soon", "in the future") as windows ending or starting at the reference, uncounted
distances back ("months ago"), and "the coming weeks", "the past few years" as windows or guessed
counts. Reasons start "vague past", "vague present", "vague future" or "vague count": the TimeML
scorer and the event timeline read them.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyze.timenorm.counting import _duration, _unit_key
from storyline.analyze.timenorm.values import TimeValue, _tv
from storyline.analyze.timenorm.vocabulary import VAGUE_COUNTS, VAGUE_WINDOW

_VAGUE_PAST = {"recently", "recent", "lately", "the past", "in the past", "previously", "formerly",
               "earlier", "once", "in recent times", "recent times", "of late", "a while ago",
               "some time ago", "long ago", "the other day", "not long ago", "in years past",
               "in the recent past", "the recent past", "historically", "in past years", "past years"}
_VAGUE_PRESENT = {"now", "right now", "currently", "at present", "the present", "presently",
                  "nowadays", "these days", "at the moment", "at this moment", "at this time",
                  "this time", "present", "current", "just now", "by now", "for now", "as of now",
                  "today's", "so far", "to date", "yet", "the moment", "now that", "so far this year"}
_VAGUE_FUTURE = {"soon", "pretty soon", "very soon", "shortly", "the future", "in the future",
                 "in the near future", "the near future", "eventually", "in due course", "later",
                 "sooner or later", "before long", "one day", "someday", "some day", "in the long run",
                 "the long term", "in the long term", "the coming period", "the foreseeable future",
                 "for the foreseeable future", "in the coming period", "down the road", "next", "the longer term",
                 "in the short term", "the short term", "the near term", "in the near term", "any day now",
                 "a later date", "at a later date",
                 "as soon as possible"}


def _vague(s: str, ref: date | None) -> TimeValue | None:
    if ref is None:
        return None
    iso = ref.isoformat()
    if s in _VAGUE_PRESENT:
        if s == "so far":
            return None
        return _tv(iso, reason=f"vague present ('{s}')", relative="deictic", approx=True)
    if s in _VAGUE_PAST:
        if s in ("earlier", "once"):
            return None
        window = "P10Y" if s in ("the past", "in the past", "long ago", "historically") else "P3M"
        return _tv(f"{window}/{iso}", "interval", approx=True, relative="deictic",
                   reason=f"vague past ('{s}'): the {window[1:]} up to the reference")
    if s in _VAGUE_FUTURE:
        if s in ("later", "next", "one day"):
            return None
        window = "P10Y" if "long" in s or "future" in s and "near" not in s else "P3M"
        return _tv(f"{iso}/{window}", "interval", approx=True, relative="deictic",
                   reason=f"vague future ('{s}'): the {window[1:]} after the reference")
    if m := re.fullmatch(r"(?:(?:some|many|several|a\s+few|just|only)\s+)?(days|weeks|months|years|decades)\s+(?:ago|back|earlier)", s):
        # "months ago", "years earlier": an uncounted distance back, a window sized by the unit
        unit = _unit_key(m[1])
        window = {"day": "P10D", "week": "P2M", "month": "P1Y", "year": "P10Y", "decade": "P30Y"}[unit]
        return _tv(f"{window}/{iso}", "interval", approx=True, relative="deictic",
                   reason=f"vague past ('{s}'): within the {window[1:]} up to the reference")
    if m := re.fullmatch(r"(?:in\s+)?(?:the\s+)?(recent|past|coming|next few|past few|last few|coming few|upcoming|future|"
                         r"following|subsequent|preceding|previous)\s+(days|weeks|months|quarters|years|decades)", s):
        n = VAGUE_COUNTS["a few"]
        unit = _unit_key(m[2])
        des = _duration(n, unit)[-1]
        if unit == "decade":
            des = "Y"
        window = VAGUE_WINDOW.get(des, "P10Y") if unit != "decade" else "P30Y"
        past = m[1] in ("recent", "past", "past few", "last few", "preceding", "previous")
        if m[1] in ("next few", "past few", "last few", "coming few", "following", "subsequent", "preceding", "previous"):
            return _tv(_duration(n, unit), "duration", approx=True,
                       relative="anaphoric" if m[1] in ("following", "subsequent", "preceding", "previous") else "deictic",
                       reason=f"vague count ('{s}' taken as {n})")
        tag = "vague past" if past else "vague future"
        value = f"{window}/{iso}" if past else f"{iso}/{window}"
        return _tv(value, "interval", approx=True, relative="deictic", reason=f"{tag} ('{s}')")
    return None
