"""What the normaliser strips before any rule reads an expression: dashes, quotes and spaces made
plain, trailing punctuation and possessives; and the leading prepositions and the hedges ("about",
"or so") that the entry point peels off (a hedge is kept in ``reason`` and ``approx``).
"""

from __future__ import annotations

import re

_TRAIL = re.compile(r"[\s,;:!?)\]\"'”’]+$|(?<!\b[ap]\.m)(?<!\b[ap]\.m\.)(?<![ap]\.m)\.$")
_LEAD_PREP = re.compile(
    r"^(?:on|in|at(?!\s+(?:least|most)\b)|by|since|until|till|til|during|throughout|through|within|as of|as early as|"
    r"as late as|as recently as|of|for|before|after|around the|beginning|starting|effective|"
    r"from|to)\s+"
)
_APPROX_PREFIX = re.compile(
    r"^(?:about|around|roughly|approximately|some|nearly|almost|close to|just over|just under|"
    r"a little over|a little more than|more than|over|less than|under|fewer than|at least|"
    r"at most|up to|no more than|no less than|upwards of|the better part of|a full|a whole|"
    r"another|an additional|only|just)\s+"
)
_APPROX_SUFFIX = re.compile(r"\s*(?:or so|or more|or less|or longer|and counting|-odd|odd|plus)$")


def clean(text: str) -> str:
    s = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip().lower()
    s = re.sub(r"^[\s(\"'“‘]+", "", s)
    s = re.sub(r"\s*[“”\"]\s*", " ", s).strip()
    prev = None
    while prev != s:
        prev = s
        s = _TRAIL.sub("", s).strip()
        s = re.sub(r"'s$", "", s)
    return s
