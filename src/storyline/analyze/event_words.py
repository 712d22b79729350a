"""The word an event is named by, folded so that the reports of one act agree on it.

Shared by the analysis (an event noun naming again an act the article reported before, events/
anaphora.py) and the timeline (reports that share one actor must also share the word). It stands
outside the events package, whose modules read the parse, so that the link stage and the
interfaces can use it without loading spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyline.analyze.lexicon import data_lines, word_list

# Nouns an event noun premodifies that stand for it in its clause ("a mediation effort", "the
# vaccination campaign", "a bombing spree"): read by event extraction (the event's arguments and
# carrier) and by modality (what the clause says of the campaign it says of the event)
COMPOUND_HEADS = frozenset({"campaign", "wave", "series", "spree", "movement", "effort", "efforts", "mission", "bid",
                            "initiative", "process", "drive"})


@cache
def _irregular() -> dict[str, str]:
    pairs = (line.split("\t") for line in data_lines("irregular_verbs.txt"))
    return {form.strip(): base.strip() for form, base in pairs}


_SUFFIX = re.compile(r"(?:ments?|ations?|ings?|ied|ies|ed|es|(?<!s)s)$")


def _fold(word: str) -> str:
    w = word.casefold().strip()
    w = _irregular().get(w, w)
    if len(w) > 4:
        w = _SUFFIX.sub("", w)
    w = w.rstrip("e") or w
    return w[:6]


@cache
def _families() -> dict[str, str]:
    """Folded word -> folded first word of its family (lexicons/event_word_families.txt)."""
    out: dict[str, str] = {}
    for line in data_lines("event_word_families.txt"):
        words = [_fold(w) for w in line.split()]
        for w in words:
            out.setdefault(w, words[0])
    return out


@cache
def trigger_family(word: str) -> str:
    """The word an event is named by, folded so that its forms agree: "met", "meets" and "meeting"
    are "meet"; "endorsed", "endorsing" and "endorsement" are "endors"; words of one family name one
    act ("asked" and "request"). Crude on purpose: it only has to tell "endorsed Trump" from
    "apologized to Trump", both SUPPORT events with one actor."""
    w = _fold(word)
    return _families().get(w, w)


def trigger_note(word: str, pos: str, context: frozenset[str] = frozenset()) -> str:
    """How an event's reason opens: the lexicon entry that made it, word and part of speech ("lexicon
    'march/NOUN'"), with the context it needed. The timeline reads the part of speech back
    (``named_by_noun``), so both sides use this one spelling."""
    key = f"{word}/{pos}" + (f" with {'/'.join(sorted(context))}" if context else "")
    return f"lexicon '{key}'"


_TRIGGER_POS = re.compile(r"^lexicon '[^'/]*/(\w+)")


def named_by_noun(reason: str) -> bool:
    """Whether an event's reason says a noun made it (``trigger_note``): "the march", not "marched"."""
    m = _TRIGGER_POS.match(reason)
    return m is not None and m[1] == "NOUN"


# The note the modality writes for an event noun that no cue dates or denies ("the ruling", "the
# summit"), read back by the timeline: such a "happened" is a default, no report that the act is done.
PRESUPPOSED = "presupposed to have happened"


def presupposed_only(reason: str) -> bool:
    """Whether an event is "happened" only because a noun names it (``PRESUPPOSED``)."""
    return PRESUPPOSED in reason


# The notes the modality writes for an act an attempt at it failed ("the two sides failed to agree on
# the names", "their failure to agree"), read back by the timeline: a failure is an attempt of its own
# day, which says nothing of an act reported done before it.
_FAILED_ATTEMPT = re.compile(r"governed by 'fail'|infinitive '[^']*' of '(?:failure|inability)'")


def failed_attempt(reason: str) -> bool:
    """Whether an event is "negated" because an attempt at it failed (``_FAILED_ATTEMPT``)."""
    return _FAILED_ATTEMPT.search(reason) is not None


# Acts of a court set for a day, named by these words ("the ruling", "after the hearing"): PLOVER's
# ACCUSE holds them with accusations and criticism, which are not announced ahead.
COURT_SCHEDULED_WORDS = frozenset({"hearing", "ruling", "verdict", "trial", "sentencing"})


def is_party_placeholder(name: str) -> bool:
    """"the two sides", "leaders": a common noun standing for an act's named parties (lexicons/
    party_placeholders.txt), for the timeline (a report naming only such words joins one that names
    the parties) and for the analysis (an act of "the two leaders" names again the act of the parties
    told of before)."""
    words = name.casefold().split()
    return bool(words) and words[-1] in word_list("party_placeholders.txt")


# The note an event noun's reason ends with when words before it say which kind of act it is ("a
# bilateral meeting", "an emergency security meeting"), read back by the timeline (``event_kinds``):
# two reports of one word whose kinds share nothing are two acts, not one that changed.
_KINDS = re.compile(r"; kind: '([^']*)'$")


def kind_note(words: Iterable[str]) -> str:
    """The reason's closing note for the kind words of an event noun (``_KINDS``), or "" for none."""
    words = sorted(set(words))
    return f"; kind: '{' '.join(words)}'" if words else ""


def is_neutral_kind_word(word: str) -> bool:
    """A word before an event noun that grades, counts or orders the act rather than naming its kind
    (lexicons/event_kind_neutral_modifiers.txt: "additional", "historic")."""
    return word in word_list("event_kind_neutral_modifiers.txt")


def event_kinds(reason: str) -> frozenset[str]:
    """The kind words an event's reason notes (``kind_note``), folded like event words so that their
    forms agree ("terrorist" and "terror"); none for an older analysis."""
    m = _KINDS.search(reason)
    if not m:
        return frozenset()
    return frozenset(trigger_family(w) for w in m[1].split())


_NEW_DATE = "the new date a re-dating verb aims at"


def new_date_note(time_reason: str) -> str:
    """The reason of an event's time that is the date a verb moves the event to ("postponed to April
    7"), not one the event was given before ("scheduled for Thursday, has been postponed"). The
    timeline reads it back (``is_new_date``) to say where a postponement moved the event."""
    return f"{time_reason}; {_NEW_DATE}"


def is_new_date(time_reason: str) -> bool:
    return time_reason.endswith(_NEW_DATE)

