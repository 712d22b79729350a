"""Datelines at the head of news copy: "WASHINGTON —", "NAIROBI, July 7 -", "KHARTOUM, March 3
(Reuters) -", or what the parser leaves of one ("Aug 29 (Reuters) -").

The parser hangs a dateline on the first clause of the story, so it turns up inside what the
extractors read off that clause: a speaker ("BRUSSELS (AP) — Iran and the EU"), a reported
content, the subject a figure describes. It is the outlet's, never part of those.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.analyze.nlp import doc_text

_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.,'/ ]*[A-Z.](?:,?\s+{_DATE})?|{_DATE}(?=\s*(?:\([A-Za-z ]+\)\s*)?[—–-]))"
    r"(?:\s*\([A-Za-z ]+\))?\s*[—–-]{1,2}\s*"
)


def after_dateline(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` starts once a dateline opening it is left out (``start`` when none
    does, or when the dateline is all there is)."""
    dateline = DATELINE.match(text, start, end)
    return dateline.end() if dateline and dateline.end() < end else start


MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Both patterns take a slash between places: wire copy filed from two cities names both
# ("DOHA/KINSHASA, April 1 (Reuters) -", "WASHINGTON/BEIJING (Reuters) -").
# Wire datelines the shared pattern leaves out: a place in capitals followed by a short tail that is
# not all capitals ("KYIV, Ukraine (AP) —", "ROME, Wednesday (Reuters) -", "CAIRO, Friday 14 June
# 2024 (AFP) -", "BRASILIA, 2023-06-30T18:45Z -") or a day-first date ("4 February 2025 -"), then a
# spaced dash. Only ever matched at a paragraph's start, where copy opens with the dateline.
# The tail may hold an abbreviation's period (after a letter, before a letter, the bracketed credit
# or the dash): AP's US datelines abbreviate the state ("ALBANY, N.Y. (AP) —", "SANTA CLARITA,
# Calif. (KTLA) —"); a sentence's full stop, followed by a space and a new word, still ends it.
WIRE_DATELINE = re.compile(
    r"(?:\([A-Z]{2,12}\)\s+[\u2014\u2013-]{1,2}\s+)?"  # the agency's credit first: "(ANSA) - ROME, 27 MAR - "
    rf"(?:[A-Z][A-Z.'/\- ]*[A-Z.](?:,(?:[^\n\u2014\u2013.!?\"\u201c]|(?<=[A-Za-z])\.(?=[A-Za-z]|\s*\(|\s+[\u2014\u2013-])){{1,40}}?)?|\d{{1,2}}\s+{MONTH_NAME}(?:\s+\d{{4}})?)"
    r"(?:\s*\([A-Za-z ]+\))?\s+[\u2014\u2013-]{1,2}\s+"
)


# A place in title case credited to an agency in brackets, then a spaced dash: AFP's own style
# ("Bogota (AFP) –", "Rio de Janeiro (AFP) -", "Kyiv, Ukraine (AFP) -"). The bracketed credit is
# required: a title-case word at a paragraph's start is far more often the subject of the story.
AGENCY_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|de|del|da|do|la|el|al|es)){0,3}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r"\s*\([A-Za-z]{2,12}\)\s+[—–-]{1,2}\s+"
)


# South Asian press datelines, which end with no dash: a place (in title case or capitals) and a date, then the agency's
# credit or a colon ("New Delhi, Sept 2 (PTI) India and Nepal will ...", "Sonpur, August 3: At least 23
# ..."); Spanish-language agencies glue a full stop and a dash to the credit ("Mexico City, Feb 20
# (EFE).- The Executive ..."). ANI names the state and the country in brackets after the place and
# puts a colon after its credit ("Bhubaneshwar (Odisha) [India], June 3 (ANI): Odisha's ..."): left
# unread, the whole dateline became the speaker of the first claim. The date tells the dateline from
# a sentence's subject. A place in capitals and a colon alone
# ("LAHORE: At least 57 ...") is not read: it is written as a transcript's speaker label ("TAPPER: Do
# you ...") is; attribution tells the two apart (constructions._press_dateline).
PRESS_DATELINE = re.compile(
    r"(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"  # "Tuesday, March 3: Talks open": a chronology's line
    r"(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){0,2}"
    r"(?:\s+\([A-Z][A-Za-z ]{1,30}\))?(?:\s+\[[A-Z][A-Za-z ]{1,30}\])?"  # ANI's "(Odisha) [India]"
    rf",\s+{MONTH_NAME}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    r"(?:\s*\([A-Z][A-Za-z ]{1,20}\)(?:\.?[\u2014\u2013-]|:)?\s+|:\s+)(?=[A-Z\"\u201c\d])"
)


# A press release's dateline: title-case places (a slash between two offices), a comma, a full date
# with its year, a spaced dash ("Kinshasa/Geneva, 20 March 2025 – The cholera outbreak ...", "London,
# February 4, 2025 - ..."). NGOs and agencies open releases so; the year tells it from a sentence's
# subject set off by a comma.
RELEASE_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:/[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})*,\s+"
    rf"(?:\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}},?)\s+\d{{4}}\s+[\u2014\u2013-]{{1,2}}\s+"
)


def _wire_match(text: str, at: int, end: int | None = None, press: bool = True) -> re.Match[str] | None:
    """The wire dateline opening ``text`` at ``at``, in capitals, credited in title case or dated in
    a press release's style; with ``press``, also one in South Asian press style (``PRESS_DATELINE``)."""
    end = len(text) if end is None else end
    return (WIRE_DATELINE.match(text, at, end) or AGENCY_DATELINE.match(text, at, end)
            or RELEASE_DATELINE.match(text, at, end) or (PRESS_DATELINE.match(text, at, end) if press else None))


def after_wire_dateline(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` starts once the paragraph's opening dateline is left out: the parse
    often starts the first sentence inside it ("4 February 2025 - Teachers will strike", after
    "LONDON, "), so the dateline is matched from the paragraph's start, not from ``start``."""
    para = text.rfind("\n", 0, start) + 1
    if start - para > 60:
        return start
    for at in (para, start):
        m = _wire_match(text, at, end)
        if m and start < m.end() < end:
            return m.end()
    return start


def in_dateline(tok: Token) -> bool:
    """True for a token of the dateline opening its paragraph ("BRUSSELS, June 2 —"): the parser
    makes the place the subject of the first clause ("PARIS, Sept 18 — Thousands marched"), and
    the outlet's place is never an actor of what the story reports."""
    return in_dateline_at(doc_text(tok.doc), tok.idx)


def in_dateline_at(text: str, offset: int) -> bool:
    """True when ``offset`` falls inside the dateline opening its paragraph."""
    end = dateline_end(text, offset)
    return end is not None and offset < end


def dateline_end(text: str, offset: int, press: bool = True) -> int | None:
    """Where the dateline opening the paragraph of ``offset`` ends, when one does (in either form:
    "KYIV, March 5 -", "ALTAVAR, Meravia, June 3, 2026 (Meridian Wire) -"). ``press``: also one
    with no dash (``PRESS_DATELINE``)."""
    para = text.rfind("\n", 0, offset) + 1
    if offset - para > 60:
        return None
    m = _wire_match(text, para, press=press) or DATELINE.match(text, para)
    return m.end() if m else None
