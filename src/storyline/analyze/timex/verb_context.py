"""The tense context the normaliser is given for an expression (``_verb_context``): a word right
before it may settle the side first ("since", "as early as", "scheduled for", "postponed until", a
deadline word, "for" a named day, a time limit it dates), then a simple past right before it, then
the governing verb group (``verb_tense.py``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.timenorm.vocabulary import WEEKDAY_RE
from storyline.analyze.timex.governor import _governor, ahead_kind
from storyline.analyze.timex.verb_tense import _FUTURE_AUX, _MODAL_AUX, _governing_verb_group

_EARLIEST_BEFORE = re.compile(r"\bas (?:early|soon) as\s+$|"
                             r"\b(?:set|scheduled|slated|planned|penciled in|pencilled in)\s+"
                             r"(?:for|to (?:begin|start|open|take place|end|close) (?:on|in))\s+(?:the\s+)?$", re.I)
# "called a protest for Wednesday", "booked a table for Friday": a day an act is arranged for ("for
# Tuesday's attack" is the attack's own day, and "for the past week" is a length)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
_WEEKDAY_WORD = re.compile(rf"(?:{WEEKDAY_RE})\b", re.I)
# "The march, originally planned for Tuesday, had been pushed back": a schedule an adverb says was
# given up names the old day, which the move may have left behind or not (the nearest such day)
_ORIGINAL_SCHEDULE_BEFORE = re.compile(r"\b(?:originally|initially|previously|first|once)\s+"
                                       r"(?:set|scheduled|slated|planned|due)\s+for\s+(?:the\s+)?$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid|shortly after|just after)\s+)?(?:the\s+)?$", re.I)
_MOVED_TO_BEFORE = re.compile(r"\b(?:until|till|to|for)\s+(?:the\s+)?$", re.I)
# ... and "ahead of Sunday's election", "on the eve of Thursday's summit": the day lies after what the
# clause reports, which may itself be past, so it is the nearest such day, on either side.
_DEADLINE_BEFORE = re.compile(r"\b(?:payable|effective|due|until|till|through|expir\w*|record|deadline(?: of)?|"
                              r"ahead\s+of|in\s+advance\s+of|(?:the\s+)?(?:run|lead)-?up\s+to|the\s+eve\s+of)"
                              r"\s+(?:on\s+|at\s+)?$", re.I)


def _arranged_for(doc: Doc, before: str, start: int, end: int) -> bool:
    """A day right after "for" names the day an act is arranged for: it lies on either side of the
    arranging, whatever its tense ("Unions have called a protest for Wednesday morning"), so the
    nearest such day. Only a named day: "results for the third quarter" report a period, and a
    possessive ("for Tuesday's attack") dates the noun after it."""
    text = doc_text(doc)
    return (bool(_FOR_BEFORE.search(before)) and _WEEKDAY_WORD.match(text, start) is not None
            and not re.match(r"['\u2019]s\b", text[end:end + 3]))


def _scheduled_for(doc: Doc, before: str, start: int, end: int) -> str | None:
    """The side of a date right after "for" under a verb of scheduling with words between them ("a
    march on parliament planned by trade unions for Tuesday", "the appeals court set a first hearing
    for September 16"), as ``_EARLIEST_BEFORE`` reads "planned for Tuesday": a participle reports
    the schedule as it stands, so the day is ahead ("(future)"), unless the clause it stands in is
    told in the simple past, which may have left the day behind ("a memorial service planned at the
    university for Saturday was canceled", told on Sunday: the day before); an active past reports
    the setting, which news reports when it is done, and a past perfect a schedule since overtaken:
    those take the nearest such day ("(deadline)"), not the last September 16. None when no such
    verb governs it."""
    if not _FOR_BEFORE.search(before) or re.match(r"['\u2019]s\b", doc_text(doc)[end:end + 3]):
        return None
    gov = _governor(doc, start, end)
    if gov is None or ahead_kind(gov) != "schedule":
        return None
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in gov.children)
    if gov.tag_ != "VBN" or perfect:
        return "(deadline)"
    host = gov.head.head if gov.dep_ == "acl" else None  # "a rally planned for Tuesday" -> its clause's verb
    return "(deadline)" if host is not None and _simple_past(host) else "(future)"


def _simple_past(verb) -> bool:
    """A verb told in the simple past, active or passive ("outlawed", "was canceled"), not the
    present perfect ("has outlawed"), which keeps what it reports in the present."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _verb_context(doc: Doc, start: int, end: int) -> str:
    """The governing verb group of the expression (auxiliaries + verb): enough to tell tense.

    A word right before the expression can settle it first: "since" points back, "as early as" and
    "scheduled for" / "set for" forward, and "payable", "effective", "until" name a deadline that is
    as often ahead of the reference as behind it, whatever the past or present tense of the clause
    ("(deadline)": the nearest date wins); only a future verb ("banks will stay closed until
    Tuesday") still counts. A simple past right before the expression is its verb. A modal with a
    bare verb ("could come Tuesday", "would be paid") looks forward, unless negated ("could not be
    reached"); a present passive ("the case is heard in May") is not past; a present active
    schedules ("the trial begins Monday").
    """
    before = doc_text(doc)[max(0, start - 40):start]
    if _SINCE_BEFORE.search(before):
        return "(past)"
    if _ORIGINAL_SCHEDULE_BEFORE.search(before):
        return "(deadline)"
    if _EARLIEST_BEFORE.search(before):
        gov = _governor(doc, start, end)
        if gov is not None and gov.dep_ == "xcomp" and gov.tag_ == "VB":
            gov = gov.head  # "had been scheduled to end on Friday": the schedule is the infinitive's head
        if gov is not None and gov.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in gov.children):
            # "the vote had been scheduled for Monday": a schedule a past perfect sets before some
            # later past (it was moved, or it has been held), so the nearest such day; a plain "was
            # set for October 28" reports the setting itself, and the day lies ahead
            return "(deadline)"
        return "(future)"
    if (scheduled := _scheduled_for(doc, before, start, end)) is not None:
        return scheduled
    if _MOVED_TO_BEFORE.search(before) and (gov := _governor(doc, start, end)) is not None \
            and ahead_kind(gov) == "postpone":
        return f"{gov.text} (future)"  # "postponed the vote until Tuesday": where the event now lies
    if _DEADLINE_BEFORE.search(before) or _dates_a_deadline(doc, start, end) or _arranged_for(doc, before, start, end):
        # only a future ("will stay closed until Tuesday", "would remain shut until Tuesday") still
        # says which side
        verb = _governing_verb_group(doc, start, end)
        return verb if set(verb.lower().split()) & _FUTURE_AUX or "(future)" in verb else "(deadline)"
    if (adjacent := _adjacent_past_verb(doc, start)) is not None:
        return adjacent
    return _governing_verb_group(doc, start, end)


@cache
def deadline_nouns() -> frozenset[str]:
    """Lemmas of nouns that name a time limit ("deadline", "ultimatum"), from
    ``lexicons/timex_deadline_nouns.txt``, read once."""
    return word_list("timex_deadline_nouns.txt")


def _dates_a_deadline(doc: Doc, start: int, end: int) -> bool:
    """The expression dates a time limit: "a Monday deadline", "Tuesday's ultimatum"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return (root.dep_ in ("poss", "compound", "nmod", "npadvmod", "amod") and root.head.i >= span.end
            and root.head.lemma_.lower() in deadline_nouns())


def _adjacent_past_verb(doc: Doc, start: int) -> str | None:
    """A simple-past verb right before the expression ("said Thursday", "died on Monday") is the verb
    it modifies: an adverbial that directly follows its verb belongs to it. The parser often hangs
    "on Thursday" on a later clause instead ("said on Thursday it would attack"), whose modal then
    reads as future."""
    tok_span = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok_span is None or len(tok_span) == 0 or tok_span[0].i == 0:
        return None
    prev = doc[tok_span[0].i - 1]
    if prev.lower_ in ("on", "at", "early", "late") and prev.i > 0:
        prev = doc[prev.i - 1]
    if prev.tag_ == "VBD" and prev.pos_ in ("VERB", "AUX") and prev.lower_ not in _MODAL_AUX:
        return f"{prev.text} (past)"
    return None
