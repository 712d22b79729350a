"""Datelines at the head of news copy: "WASHINGTON —", "NAIROBI, July 7 -", "KHARTOUM, March 3
(Reuters) -", or what the parser leaves of one ("Aug 29 (Reuters) -").

The parser hangs a dateline on the first clause of the story, so it turns up inside what the
extractors read off that clause: a speaker ("BRUSSELS (AP) — Iran and the EU"), a reported
content, the subject a figure describes. It is the outlet's, never part of those.
"""

from __future__ import annotations

import re

_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.,' ]*[A-Z.](?:,?\s+{_DATE})?|{_DATE}(?=\s*(?:\([A-Za-z ]+\)\s*)?[—–-]))"
    r"(?:\s*\([A-Za-z ]+\))?\s*[—–-]{1,2}\s*"
)


def after_dateline(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` starts once a dateline opening it is left out (``start`` when none
    does, or when the dateline is all there is)."""
    dateline = DATELINE.match(text, start, end)
    return dateline.end() if dateline and dateline.end() < end else start
