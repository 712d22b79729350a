"""The candidate record every step passes along, and the word sets and surface helpers they share.

A candidate (``_Cand``) is a token range with the label decided so far and notes on how it was
repaired, which become the mention's reason. The word sets say what may stand inside a name
(connectors), what joins a hyphenated pair and what opens a noun phrase; the helpers read a
candidate's surface form the same way in every step, so one name compares equal wherever it is
written.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.analyze.names import fold, strip_possessive


LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
# Lower-case words that may stand inside a multi-word name ("Bank of America", "Ludwig van Beethoven").
_CONNECTORS = frozenset({"of", "and", "for", "the", "de", "la", "le", "du", "des", "del", "da", "di",
                         "von", "van", "der", "den", "al", "el", "bin", "ibn", "on", "upon", "&", "y", "e"})
_HYPHENS = frozenset({"-", "–", "‑"})
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(frozen=True, slots=True)
class _Cand:
    """A candidate name mention: token range [start, end) and the label decided so far."""

    start: int
    end: int
    label: str
    notes: tuple[str, ...] = ()  # how the span or label was repaired, for Mention.reason


def _score_at(doc: Doc, i: int) -> bool:
    """A match result starts at token ``i``: "2-0" as the tokenizer leaves it (a number of one to
    three digits, a dash and another, with no spaces between)."""
    if i + 2 >= len(doc) or i < 0:
        return False
    a, dash, b = doc[i], doc[i + 1], doc[i + 2]
    return (a.text.isdigit() and b.text.isdigit() and len(a.text) <= 3 and len(b.text) <= 3
            and dash.text in _HYPHENS and not a.whitespace_ and not dash.whitespace_)


def _surface(doc: Doc, c: _Cand) -> str:
    return strip_possessive(doc[c.start : c.end].text)


def _key(text: str) -> str:
    return fold(strip_possessive(text))


def _is_name_token(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


# A Reuters instrument code: a stock symbol, a dot and its exchange ("NORD.CO", "VREE.AS", "AAPL.O",
# "7203.T"), written in brackets after a company's name. The model reads an unknown one as a person.
INSTRUMENT_CODE = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")
