"""The verb a time expression hangs from in the parse (not a clause's verb when the expression stands
before that clause's "that"), and the verb lexicons that say how its tense counts: verbs of saying
and verbs whose past looks like their present (``lexicons/timex_tense_verbs.tsv``), verbs that put
the time ahead (``lexicons/timex_ahead_verbs.tsv``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import listed_key, numbered_data_lines
from storyline.errors import LexiconError


@cache
def tenseless_verbs() -> dict[str, str]:
    """Lemmas whose present tense does not make a bare weekday look ahead, each with its kind:
    ``reporting`` (verbs of saying: the historical present of reports; their past also dates what
    they report) or ``samepast`` (the past is spelled like the present), from
    ``lexicons/timex_tense_verbs.tsv``, read once."""
    return _lemma_kinds("timex_tense_verbs.tsv", ("reporting", "samepast"))


@cache
def ahead_verbs() -> dict[str, str]:
    """Lemmas that put the time named with them ahead of the publication, each with its kind:
    ``postpone`` ("postponed until Tuesday": where the event now lies), ``schedule`` (its present
    passive states a schedule: "is expected on Tuesday") or ``onset`` (its participle names when
    something takes effect: "a tariff starting in November"), from ``lexicons/timex_ahead_verbs.tsv``,
    read once."""
    return _lemma_kinds("timex_ahead_verbs.tsv", ("postpone", "schedule", "onset"))


def ahead_kind(verb: Token) -> str | None:
    """The kind ``ahead_verbs`` gives a verb, read alone or with its particle: "put off" and "put
    back" re-date an act ("put off the march to Thursday") where "put" alone does not ("put the toll
    at 30"), so the lexicon lists them with their particle."""
    table = ahead_verbs()
    key = listed_key(verb, table)
    return table[key] if key is not None else None


def _lemma_kinds(name: str, kinds: tuple[str, ...]) -> dict[str, str]:
    """A lexicon of "lemma<TAB>kind" lines, each kind one of ``kinds``."""
    table: dict[str, str] = {}
    for n, line in numbered_data_lines(name):
        parts = line.split("\t")
        if len(parts) != 2 or parts[1].strip() not in kinds:
            raise LexiconError(f"lexicons/{name} line {n}: expected 'lemma<TAB>{'|'.join(kinds)}', got {line!r}")
        table[parts[0].strip().lower()] = parts[1].strip()
    return table


def _governor(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the expression hangs from (at most six steps up the parse), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(6):
        if _verb(tok) or tok.head.i == tok.i:
            break
        tok = tok.head
    if not _verb(tok):
        return None
    return None if _before_own_clause(tok, span.end) else tok


_CLOCK_MARKS = frozenset({"am", "a.m.", "pm", "p.m."})
_CLOCK_FIGURE = re.compile(r"\d{1,2}(?:[:.]\d{2})?")  # "11", "11:50", "11.50"


def _verb(tok: Token) -> bool:
    """A verb of the parse, less the "am" of a clock time that the parser reads as the verb "be"
    ("struck at 11:50 am local time on Friday"): hung on it, the day took its present tense and
    was read as the coming Friday, not the Friday the quake struck."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return not (tok.lower_ in _CLOCK_MARKS and tok.i > 0 and _CLOCK_FIGURE.fullmatch(tok.doc[tok.i - 1].text) is not None)


def _before_own_clause(verb: Token, end_token: int) -> bool:
    """The expression ends before the subordinator that opens the verb's clause ("warnings from
    Moscow on Thursday that air strikes could do harm"): a clause begins at its "that"/"whether", so
    a time before it belongs to the clause outside, whatever the parser hung it on, and the modal
    inside ("could do") says nothing about it."""
    return any(c.dep_ == "mark" and end_token <= c.i < verb.i for c in verb.children)
