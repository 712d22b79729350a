"""Shapes of names that several steps test: a company's short form and a plain full name.

Finding untagged short forms, deciding labels and joining names all ask whether "Harlow" is the
short form of "Harlow Foods" and whether "Wang Yi" has the shape of a person's full name; one
definition keeps the steps agreeing.
"""

from __future__ import annotations

from storyline.analyze.names import lexicons, particle_surname


def _company_short_form(words: list[str], longer: list[str]) -> bool:
    """Whether folded name ``words`` open the company name ``longer``, whose other words all say what
    it trades in or that it is a group, or are a legal suffix ("harlow" of "harlow foods plc"); a
    charity's name counts the same way ("clearwater" of "clearwater aid": [charity_word])."""
    cues = lexicons().cues
    rest = longer[len(words):]
    kinds = cues.get("company_word", frozenset()) | cues.get("charity_word", frozenset())
    trade = kinds | cues.get("org_suffix", frozenset())
    return (bool(rest) and longer[: len(words)] == words and all(w in trade for w in rest)
            and any(w in kinds for w in rest))


def _plain_full_name(name: str) -> bool:
    """Two or three capitalised words of letters ("Wang Yi", "Kim Jong Un"): the shape of a name a
    surname may open. Not "MacBook Pro", "BlackBerry Q10" or "Colts QB Andrew Luck", which the
    model takes for people."""
    words = name.split()
    return 2 <= len(words) <= 3 and particle_surname(name) is None and all(
        w.isalpha() and w.istitle() for w in words)
