"""When an event happened: a time of its own clause, else of its sentence, else the article's.

An event noun takes the time of the verb that carries it ("held talks on Monday") or of a clause on
it ("talks that were due to open on Wednesday"), except a time that dates another act: the verb
that proposes, announces or calls it off ("called off the talks last month"), unless that verb
schedules it or aims at a date ("postponed to March 17"). A time after "since" starts a span that
runs to the report. The reason (clause, sentence, article) goes with the event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Span as SpacySpan, Token

from storyline.analyze.attribution.cues import speech_verbs
from storyline.analyze.datelines import in_dateline_at
from storyline.analyze.event_words import new_date_note
from storyline.analyze.events.lexicon import does_harm, trigger_lexicon
from storyline.analyze.events.syntax import _carried, _carrier, _clause_tokens, _predicates, verb_listed
from storyline.analyze.lexicon import word_list
from storyline.analyze.modality import (
    DATE_NOUNS,
    container_of,
    governor_key,
    governs,
    is_definite,
    modality_cues,
    purpose_verb,
    stranded_predicate,
)
from storyline.analyze.nlp import doc_text
from storyline.records import Quote, TimeRef

TIME_KINDS = {"date", "time", "interval"}
# verbs whose clause on an event noun gives the event's own date whatever the preposition ("the
# summit scheduled on May 20", "talks due Wednesday"); other governors date their own act
SCHEDULING_VERBS = frozenset({"schedule", "set", "due", "slate", "plan", "expect", "go"})  # "go": "are going to resume"
# prepositions that give the date an act aims at: "postponed to March 19", "delayed until June"
TARGET_DATE_PREPS = frozenset({"for", "to", "until", "till"})
# verbs of saying: their time is the day of the telling, and they aim at no date (a "to"/"until" date
# hung on one after its reported clause belongs to that clause's verb)
SAYING_VERBS = frozenset({"say", "tell", "announce", "add", "state", "report", "confirm"})


def _dates_event(clause: Token, time: TimeRef, reference: date | None = None) -> bool:
    """Whether a time in the clause of a verb governing an event noun dates the event: "a summit,
    first proposed in January" and "called off the talks last month" date the proposal and the
    cancellation, "talks postponed to March 19" and "the meeting scheduled for Friday" the event; a
    clause whose verb governs no modality ("talks that open on Monday") too. A time after the report
    cannot date an act the verb tells as past ("Wang's planned visit early next year has been called
    off", the parser hanging the time on the verb): it is the event's. A verb that re-dates the act
    ("the hearing, adjourned on Monday, went ahead") in a clause on the noun dates it only with the
    date it aims at; as the noun's own verb ("the talks moved on Sunday to Beijing") it tells of them."""
    if clause.dep_ in {"acl", "relcl"} and _redating_verb(clause):
        return _aimed_by(clause, time) or _ahead_of_a_past_act(clause, time, reference)
    if not governs(clause) or clause.lemma_.lower() in SCHEDULING_VERBS:
        return True
    if _ahead_of_a_past_act(clause, time, reference):
        return True
    tok = next((t for t in clause.subtree if t.idx == time.span.start), None)
    node = tok
    while node is not None and node.i != clause.i:
        if node.dep_ == "pobj" and node.head.lower_ in TARGET_DATE_PREPS:
            return True
        node = node.head if node.head.i != node.i else None
    return False


def _content_infinitive(clause: Token, time: TimeRef) -> bool:
    """An infinitive on an event noun that acts on an object of its own and runs it up to a time
    ("reached an agreement to extend the cuts to the end of July", "a deal to keep output curbs until
    December"): the time is where that act ends (the new end of the cuts), not when the agreement
    was made. A time the infinitive's act takes place at ("talks to discuss trade on Friday") still
    dates the noun, as does an infinitive with no object ("talks to begin on Monday") or a
    scheduling verb ("set to sign ...")."""
    if not (clause.dep_ in {"acl", "relcl"} and clause.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and any(c.dep_ == "dobj" for c in clause.children)
            and clause.lemma_.lower() not in SCHEDULING_VERBS):
        return False
    cur = next((t for t in clause.subtree if t.idx == time.span.start), None)
    for _ in range(4):  # up from the time to the preposition that brings it: "to the end of July"
        if cur is None or cur.i == clause.i:
            return False
        if cur.dep_ == "prep":
            return cur.lower_ in _END_POINT_PREPS
        cur = cur.head if cur.head.i != cur.i else None
    return False


_END_POINT_PREPS = frozenset({"to", "until", "till", "through", "into"})


def _ahead_of_a_past_act(verb: Token, time: TimeRef, reference: date | None) -> bool:
    """A time wholly after the report on a verb in a past tense ("was called off", "has been
    cancelled", "denied"): no past act happened then."""
    if reference is None or time.earliest is None or time.earliest <= reference:
        return False
    return verb.tag_ in {"VBD", "VBN"} and not any(c.lower_ in {"will", "would", "shall"} for c in verb.children)


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def _since_word(when: TimeRef, trigger: Token) -> Token | None:
    """The "since" a time hangs from through the nouns of its phrase ("since the start of the
    full-scale invasion in February 2022", "since the elections in 2022"), or None; a verb on the
    way ("since the rebellion began in 2023") makes the time that verb's own."""
    doc = trigger.doc
    span = doc.char_span(when.span.start, when.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    node = span.root
    while node.head.i != node.i:
        node = node.head
        if node.lower_ == "since" and node.dep_ == "prep":
            return node
        if node.pos_ in {"VERB", "AUX"}:
            return None
    return None


def _since(when: TimeRef | None, trigger: Token, reference: date | None) -> TimeRef | None:
    """"The conflict has killed 14,000 people since 2023", "since the start of the invasion in
    February 2022, more than 10,000 civilians have been killed": a time in a "since" phrase starts
    the event's span, which runs to the report (the TimeML value stays the year, the event's time is
    the interval). An event told inside the phrase ("since 2019, when protests left two dead") is
    the starting point itself, and keeps the time."""
    if when is None or reference is None or when.earliest is None or when.earliest > reference:
        return when
    text = doc_text(trigger.doc)
    since = _since_word(when, trigger)
    if since is None and not _SINCE.search(text, max(0, when.span.start - 12), when.span.start):
        return when
    if since is not None and since.left_edge.i <= trigger.i <= since.right_edge.i:
        return when
    if since is None and (direct := trigger.doc.char_span(when.span.start, when.span.end, alignment_mode="expand")):
        # the parser put "since" elsewhere; the phrase still holds what hangs on the time
        if direct.root.left_edge.i <= trigger.i <= direct.root.right_edge.i:
            return when
    return replace(when, value=f"{when.earliest.isoformat()}/{reference.isoformat()}", kind="interval",
                   latest=reference, reason=f"{when.reason}; after 'since': from then to the report".lstrip("; "))


# a live blog's entry stamp: a clock or date opening the paragraph, then a dash or a colon
_STAMP_AFTER = re.compile(r"\s*(?:[\u2014\u2013-]{1,2}|:)\s")


def _entry_stamp(sent: SpacySpan, times: Sequence[TimeRef]) -> tuple[TimeRef | None, str]:
    """"17:50 — The Prime Minister has spoken to the council leaders": an event no time of its own
    sentence dates takes the stamp of its live-blog entry (the paragraph's opening time), else the
    article's date."""
    text = doc_text(sent.doc)
    para = text.rfind("\n", 0, sent.start_char) + 1
    for t in times:
        if t.kind in TIME_KINDS and para <= t.span.start <= para + 2 and _STAMP_AFTER.match(text, t.span.end):
            return t, "paragraph"
    return None, "article"


def _anothers_act(noun: Token, verb: Token) -> bool:
    """"The federal government approved the governor's request on Friday", "upheld Navalny's
    conviction on Monday": an event noun with a named possessor, the object of a verb that does not
    plan or call it off, is its possessor's act, made before; the verb (even one that carries its
    own object, "approved sanctions") dates the approving, not the request."""
    # a pronoun possessor is most often the verb's own subject ("launched its offensive"), whose act
    # the verb carries; a named one ("the governor's request") is another party
    if noun.dep_ != "dobj" or not any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return False
    return governor_key(verb) not in modality_cues().governor


def _judged_act(noun: Token, verb: Token) -> bool:
    """"The ministry criticised the strike on Tuesday", "condemned the attack on Monday": an event noun
    that is the object of a verb naming an event of its own (a reaction: criticism, support, denial;
    lexicons/plover_triggers.tsv, read without context) which neither carries the noun
    (lexicons/modality_cues.tsv "support": "held talks", "launched an attack") nor plans or calls it
    off is what that reaction is about; the verb's time dates the criticism, not the strike. A verb
    of no event of its own ("organised a rally on Saturday", "opened talks on Monday") still dates it."""
    if noun.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    if not any(not e.context for e in trigger_lexicon().get((lemma, "VERB"), ())):
        return False
    cues = modality_cues()
    return lemma not in cues.support and governor_key(verb) not in cues.governor


def _effect_of(noun: Token, verb: Token) -> bool:
    """"The attacks in Paris reframed the presidential contest on Saturday", "the strike cost the
    firm $5 million last quarter": an event noun as the subject of a verb with an object of its own
    is the cause of what the verb does, and the verb's time dates that effect, not the event. A
    verb of harm ("a roadside bombing killed two soldiers on Monday") tells the event itself."""
    return (noun.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children)
            and not does_harm(verb.lemma_.lower()))


def _governing_clause(head: Token) -> set[int]:
    """"Duvania and Kessmark agreed on Friday to exchange prisoners", "threatened on Monday to
    strike": the clause of a verb that plans, promises or threatens the event (an infinitive it
    governs) dates that act, not the event still to come; its words are offsets a time there may
    not lend the event. A scheduling verb ("due on Friday to open") aims at the event's own date."""
    gov = head.head
    if head.dep_ != "xcomp" or gov.i == head.i or gov.lemma_.lower() in SCHEDULING_VERBS:
        return set()
    if modality_cues().governor.get(governor_key(gov)) not in {"planned", "hypothetical"}:
        return set()
    return {t.idx for t in _clause_tokens(gov)}


# how a time sits inside a noun phrase as its modifier: "the 2016 presidential contest", "Friday's vote"
_NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})


def _dates_another_noun(time: TimeRef, trigger: Token, sent: SpacySpan) -> bool:
    """"The attacks in Paris reframed the 2016 presidential contest Saturday", "criticised Friday's
    vote": a time written as a modifier before a noun says which contest or vote that is; it dates
    that noun, not the clause's act, so it dates the event only when that noun is the trigger
    itself ("the 2003 invasion")."""
    root = _time_root(time, sent)
    if root is not None and (_dates_an_of_noun(root, trigger) or _dates_an_act_the_verb_is_about(root, trigger)
                             or _dates_an_act_in_a_phrase(root, trigger) or _names_an_instrument(root, trigger)
                             or _dates_an_after_object(time, root, trigger, sent)):
        return True
    if root is None or root.dep_ not in _NOUN_MODIFIER_DEPS:
        return False
    noun = root.head
    return (noun.pos_ in {"NOUN", "PROPN"} and noun.i > root.i and noun.i != trigger.i
            and not _names_the_occasion(noun, trigger))


def _dates_an_after_object(time: TimeRef, root: Token, trigger: Token, sent: SpacySpan) -> bool:
    """"The army has reopened the borders after the coup three days ago", "resigned following the
    vote last week": a past time told relative to now ("... ago", "last ...") written right after
    the object of an "after" phrase dates that earlier act, wherever the parser hangs it (on the
    verb, the preposition or the object); read as the verb's, the reopening lands on the coup's
    day. It still dates the object itself."""
    words = time.text.lower().split()
    if not words or (words[-1] != "ago" and words[0] != "last"):
        return False
    inside = {t.i for t in sent if time.span.start <= t.idx < time.span.end}
    before = sent.doc[min(inside) - 1] if min(inside) > sent.start else None
    if before is None or before.is_punct:
        return False
    prep = next((a for a in [before, *before.ancestors] if a.dep_ == "prep" and a.lower_ in _BEFORE_PREPS), None)
    if prep is None or root.head.i not in {prep.i, prep.head.i} | {t.i for t in prep.subtree}:
        return False
    obj = {t.i for c in prep.children if c.dep_ == "pobj" for t in c.subtree} - inside
    return bool(obj) and before.i in obj and trigger.i not in obj


# Prepositions that set an act inside an occasion: "seized power in a 1979 coup", "was wounded
# during the 2011 protests", "spoke at Friday's summit".
_OCCASION_PREPS = frozenset({"in", "during", "at"})


def _names_the_occasion(noun: Token, trigger: Token) -> bool:
    """"Tanda seized power in a 1979 coup", "was wounded during the 2011 protests": a noun dated by its
    modifier and set, by "in", "during" or "at", on the trigger itself names the occasion the act took
    place in, so that time is the act's own; read as another noun's date, a biography's past acts
    fall back on the report's date and read as news of today."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _OCCASION_PREPS and prep.head.i == trigger.i


def _time_root(time: TimeRef, sent: SpacySpan) -> Token | None:
    """The token of a time phrase whose head lies outside it: where the phrase hangs in the parse."""
    toks = [t for t in sent if time.span.start <= t.idx < time.span.end]
    return next((t for t in toks if not time.span.start <= t.head.idx < time.span.end), None)


def _inside(time: TimeRef, trigger: Token) -> bool:
    """Whether a time lies within the event noun's own phrase."""
    return any(t.idx == time.span.start for t in trigger.subtree)


def _about_a_known_event(trigger: Token) -> bool:
    """"Police released footage of the shooting on Monday", "victims of the bombing were buried on
    Friday", "marked the anniversary of the massacre on Sunday": a definite event noun in the "of"
    phrase of a noun that is neither a container of it ("a round of talks",
    lexicons/event_container_nouns.txt), a phase of it ("the start of the talks",
    lexicons/event_phase_nouns.txt) nor a date for it is a known event the clause says something
    about; the clause's time dates the footage or the burial, not the shooting."""
    holder = _carried(trigger)
    word = holder.lemma_.lower()
    if holder.i == trigger.i or word in DATE_NOUNS:
        return False
    if word in word_list("event_container_nouns.txt") or word in word_list("event_phase_nouns.txt"):
        return False
    return is_definite(trigger)


def _names_a_nested_noun(time: TimeRef, trigger: Token, sent: SpacySpan) -> bool:
    """"Talks on a new gas supply contract *for 2026* ended on Monday": a time in a phrase of a noun
    nested inside the event noun's own phrase says which contract that is (the year it covers), not
    when the talks took place; read as the event's time it turns talks already held into planned ones.
    Only used when the clause carrying the event has a time outside that phrase to date it."""
    root = _time_root(time, sent)
    if root is None or root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    noun = root.head.head
    return (noun.i != trigger.i and noun.pos_ in {"NOUN", "PROPN"}
            and any(t.i == noun.i for t in trigger.subtree))


def _new_date_of_another(time: TimeRef, trigger: Token, sent: SpacySpan) -> bool:
    """"The summit has been postponed to April 7 because of renewed shelling": the date a re-dating
    verb aims at is the new date of what it puts off, never the time of another act in its sentence
    (the shelling that caused it)."""
    verbs = [t for t in sent if _redating_verb(t) and _aimed_by(t, time)]
    if not verbs:
        return False
    own = {v.i for v in (_carrier(trigger), stranded_predicate(trigger)) if v is not None}
    return trigger.i not in {v.i for v in verbs} and not own & {v.i for v in verbs}


def _dates_an_of_noun(root: Token, trigger: Token) -> bool:
    """"The attack came on the anniversary of the storming of the Bastille on July 14, 1789": a time in
    a prepositional phrase on a noun that is itself the "of" object of another noun ("the storming"
    of "the anniversary") dates that embedded noun, two noun phrases away from any clause, not the
    event. When the outer noun is the trigger ("the bombing of the embassy in August 1998", with the
    date misattached to "embassy") the time still dates the event."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    noun = root.head.head
    if noun.i == trigger.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    outer = noun.head.head
    return outer.i != trigger.i and outer.pos_ in {"NOUN", "PROPN"}


def _names_an_instrument(root: Token, trigger: Token) -> bool:
    """"Were deported under the Alien Enemies Act of 1798", "charged under the Civil Rights Act of 1964
    on Monday": a year in the "of" phrase of a capitalised law or treaty name
    (lexicons/event_named_instrument_nouns.txt) is part of that name, which it tells apart like "the
    1964 act"; it dates the instrument's making, not an act done under it, which read so sinks
    centuries back on the story's timeline."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return (noun.i != trigger.i and noun.pos_ == "PROPN" and noun.text[:1].isupper()
            and noun.lemma_.lower() in word_list("event_named_instrument_nouns.txt"))


def _dates_an_act_the_verb_is_about(root: Token, trigger: Token) -> bool:
    """"The government blamed the rebels for the attack on the night of March 7-8", "apologised for
    the raid in June": a time in a phrase on an event noun that a verb's preposition governs dates
    that act, which the verb (a blame, an apology) speaks about; the verb's own time is elsewhere."""
    if trigger.pos_ != "VERB" or root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    noun = root.head.head
    if noun.i == trigger.i or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i != trigger.i:
        return False
    return _names_an_act(noun)


def _dates_an_act_in_a_phrase(root: Token, trigger: Token) -> bool:
    """"Karsk has expelled five diplomats in retaliation for the expulsion of four of its own envoys
    last week", "resigned over the raid last month": a bare time ("last week", hung on a noun as its
    adverbial modifier) on an event noun inside a prepositional phrase dates that act, the cause or
    occasion the clause speaks of; read as the clause's time it dates the retaliation before the act
    it answers. A time on the trigger's own noun, or on a verb, is not such a time."""
    noun = root.head
    return (root.dep_ == "npadvmod" and noun.i != trigger.i and noun.dep_ == "pobj"
            and noun.pos_ == "NOUN" and _names_an_act(noun))


def _vague_present(time: TimeRef) -> bool:
    """"now", "currently": the report's own day, which timenorm tags with the reason "vague present"."""
    return time.reason.startswith("vague present")


def _filing_date(time: TimeRef, sent: SpacySpan) -> bool:
    """"SARNITZ, June 1 (Hanseatic News Agency) - Bandescu will meet Brenner on June 12": the date of a
    wire dateline is the day the copy was filed, which the parser hangs on the lead's first clause;
    it dates no act the lead reports (the report's own date stays the fallback)."""
    return in_dateline_at(doc_text(sent.doc), time.span.start)


# how many words may stand between "since" and the time it introduces ("since their border war four
# years ago"); a verb or a comma between them ends the phrase
_SINCE_REACH = 6


def _ranking_word(tok: Token) -> bool:
    """A superlative or an ordinal that ranks an act among its kind: "largest", "deadliest", "first"."""
    return tok.tag_ in {"JJS", "RBS"} or tok.ent_type_ == "ORDINAL" or tok.lower_ in {"first", "last"}


def _ranks(head: Token) -> bool:
    """Whether the word a "since" phrase hangs on ranks something: a superlative itself, a noun it
    modifies ("the first summit"), a copula whose complement is one ("was the largest"), or a verb
    whose object is ("held their first talks since 2019", where the parser hangs "since" on the verb)."""
    if _ranking_word(head):
        return True
    words = [head]
    if head.lemma_ == "be":
        words += [c for c in head.children if c.dep_ in {"attr", "acomp"}]
    elif head.pos_ in {"VERB", "AUX"}:
        words += [c for c in head.children if c.dep_ == "dobj"]
    return any(_ranking_word(w) or any(c.dep_ in {"amod", "advmod"} and _ranking_word(c) for c in w.children)
               for w in words)


def _comparison_baseline(time: TimeRef, sent: SpacySpan, trigger: Token) -> bool:
    """"The attack was the largest on the grid since March", "the first summit between the neighbours
    since their border war four years ago": after a superlative or "first", a "since" phrase gives the
    last time something ranked so, the yardstick of the comparison; it dates neither the attack nor the
    summit (a plain "since 2023" on a verb starts the event's span: ``_since``). An event told inside
    the phrase itself ("since Jan. 7, when Barkley hosted") is the yardstick, and keeps the time."""
    first = next((t for t in sent if t.idx >= time.span.start), None)
    if first is None:
        return False
    for back in range(1, _SINCE_REACH + 1):
        i = first.i - back
        if i < sent.start:
            return False
        tok = sent.doc[i]
        if tok.lower_ == "since":
            # the time is the since phrase's own, not a later phrase's ("since a split in 2019 on
            # Monday"); the parser may hang a trailing "ago" elsewhere, so only a preposition between
            # the phrase's end and the time parts them
            gap = sent.doc[tok.right_edge.i + 1 : first.i]
            own = first.i <= tok.right_edge.i or not any(t.pos_ == "ADP" for t in gap)
            inside = tok.left_edge.i <= trigger.i <= tok.right_edge.i
            return own and not inside and tok.dep_ == "prep" and _ranks(tok.head)
        if tok.pos_ in {"VERB", "AUX"} or tok.is_punct:
            return False
    return False


def _stray_schedules(noun: Token) -> list[Token]:
    """"A prisoner exchange between Kestria and Solvari rebels that was due to take place this week":
    a relative clause that schedules an act ("due", "set", "scheduled"), hung by the parser on the
    last noun of the event noun's own prepositional phrase, tells of the event noun; rebels are not
    due to take place. So does a participle of scheduling hung there ("a march on parliament
    planned by trade unions for Tuesday": parliament is not planned)."""
    out = []
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out += _scheduling_clauses(obj)
    return out


def _scheduling_clauses(noun: Token) -> list[Token]:
    """The clauses on a noun that schedule it: a relative clause ("that was due to take place this
    week") or a participle of scheduling ("planned by trade unions for Tuesday")."""
    return [c for c in noun.children if (c.dep_ == "relcl" and _schedules(c))
            or (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SCHEDULING_VERBS)]


def _container_schedules(noun: Token) -> list[Token]:
    """"The Montreal leg of the royal state visit, scheduled for Thursday, has been called off": a
    participle or relative clause of scheduling on the noun that holds the event noun in its "of"
    phrase (lexicons/event_container_nouns.txt: "leg", "round", "phase") dates the event, as it
    would on the event noun itself; without it the cancelled leg is dated by the report and never
    meets the planned one in the timeline."""
    holder = container_of(noun)
    return _scheduling_clauses(holder) if holder is not None else []


def _day_named_for(noun: Token, times: Sequence[TimeRef]) -> TimeRef | None:
    """"The court has set June 3 as the date for the trial", "the date for the vote is May 4": the
    day a noun of dates (modality.DATE_NOUNS) names for an event noun is the event's own, though it
    stands outside the noun's phrase: the object of the verb the date hangs on by "as", or what the
    date is. None when the event is not what a date is for, or no time stands there."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in DATE_NOUNS:
        return None
    date_noun = prep.head
    if date_noun.dep_ == "pobj" and date_noun.head.lower_ == "as":
        verb = date_noun.head.head
    elif date_noun.dep_ == "nsubj":
        verb = date_noun.head
    else:
        return None
    starts = {c.left_edge.idx for c in verb.children if c.dep_ in {"dobj", "npadvmod", "attr", "oprd"}}
    return next((t for t in times if t.span.start in starts), None)


def _schedules(clause: Token) -> bool:
    """A relative clause on a thing ("that"/"which") whose predicates schedule it ("was due to take
    place", "that is set for Friday")."""
    pronoun = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (pronoun is not None and pronoun.lower_ in {"that", "which"}
            and any(p.lemma_.lower() in SCHEDULING_VERBS for p in _predicates(clause)))


def _redating_verb(verb: Token) -> bool:
    """A verb that gives a scheduled act a new date (lexicons/event_redating_verbs.txt): "moved",
    "pushed back", "adjourned", "rescheduled", and a phrasal verb listed with its particle ("put off
    until Oct. 23", "put back to May"), whose verb alone re-dates nothing ("put the toll at 30")."""
    return verb.pos_ in {"VERB", "AUX"} and verb_listed(verb, word_list("event_redating_verbs.txt"))


def _new_date(trigger: Token, usable: Sequence[TimeRef]) -> TimeRef | None:
    """"The summit, originally scheduled for late November, was moved to December 4-5": the date a
    verb that re-dates the event noun it carries aims at ("to", "until", "for") is the event's
    date now; the date a clause on the noun gave is the one given up. None without such a date."""
    verb = _carrier(trigger)
    if verb is not None and not _redating_verb(verb):
        verb = stranded_predicate(trigger)  # "a summit planned for this week has been postponed to April 7"
    if verb is None or not _redating_verb(verb):
        return None
    aimed = [t for t in usable if _aimed_by(verb, t)]
    if not aimed:
        return None
    found = min(aimed, key=lambda t: abs(t.span.start - verb.idx))
    return replace(found, reason=new_date_note(found.reason))


def _date_now(trigger: Token, usable: Sequence[TimeRef], clauses: Sequence[Token]) -> TimeRef | None:
    """"The hearing, which had been set for next Tuesday, will now take place on December 16": a
    clause on the event noun told in the past perfect gives a date the report has moved past; a
    time in the clause of the verb the noun hangs on ("will now take place on December 16") is the
    event's date now. None when a clause on the noun is not in the past perfect, when the carrying
    verb cancels, postpones or plans the event (its time is that act's), or when its clause holds
    no calendar time ("now" only says the plan stands)."""
    if not all(any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in clause.children) for clause in clauses):
        return None
    verb = _carrier(trigger)
    if verb is None or governs(verb):
        return None  # "the summit, which had been set for March 3, was called off on Friday": the calling off's day
    starts = {t.idx for t in _clause_tokens(verb)} - {t.idx for clause in clauses for t in clause.subtree}
    own = [t for t in usable if t.span.start in starts and not _vague_present(t)]
    return min(own, key=lambda t: abs(t.span.start - verb.idx)) if own else None


def _aimed_by(verb: Token, time: TimeRef) -> bool:
    """Whether a time is the object of a target-date preposition ("to", "until", "for") on ``verb``
    or on its particle ("pushed back to Friday")."""
    doc = verb.doc
    span = doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in TARGET_DATE_PREPS:
        return False
    if (verb.dep_ == "ccomp" and prep.head.i == verb.head.i and prep.i > verb.i and prep.lower_ != "for"
            and prep.head.lemma_.lower() in SAYING_VERBS):
        # "has postponed the ruling, which had been set for Thursday, to Oct. 23, the court said": no
        # one says a thing to a date; the parser hung the new date on the verb of saying after it
        return True
    return prep.head.i == verb.i or (prep.head.dep_ in {"prt", "advmod"} and prep.head.head.i == verb.i)


def _in_other_relative_clause(time: TimeRef, trigger: Token, sent: SpacySpan) -> bool:
    """"Dostal, who served as prime minister from 2017 to 2021, called on Kerimova to accept the
    result": a time inside a relative clause on a noun dates that clause's act (the serving), not
    an act of the sentence outside it; so does one inside a past participle clause on a noun, a
    relative clause cut short ("two aid workers held since 2024, in a deal brokered by Qalat")."""
    tok = next((t for t in sent if t.idx == time.span.start), None)
    node = tok
    while node is not None and node.head.i != node.i:
        # (a schedule's date, "an exchange planned for last November collapsed", still tells when)
        # (a present participle is left out: the parser hangs the sentence's own time on one too
        # readily: "rammed into a crowd celebrating Bastille Day in Nice on Thursday night, killing 80")
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBN"
                                    and node.head.pos_ in {"NOUN", "PROPN"}
                                    and node.lemma_.lower() not in SCHEDULING_VERBS):
            return not node.left_edge.i <= trigger.i <= node.right_edge.i
        node = node.head
    return False


def _in_other_report(time: TimeRef, trigger: Token, sent: SpacySpan) -> bool:
    """"Prime Minister Farid, who hosted the talks, said observers would be deployed within two
    weeks": a time inside a clause another verb reports (its complement) dates what is reported
    there, not an act outside that clause, such as a relative clause on the speaker."""
    node = next((t for t in sent if t.idx == time.span.start), None)
    while node is not None and node.head.i != node.i:
        if node.dep_ == "ccomp":
            return not node.left_edge.i <= trigger.i <= node.right_edge.i
        node = node.head
    return False


# Prepositions by which a scheduling verb gives the date it sets: "scheduled the election for
# February 25", "moved the vote to March 3", "put off the hearing until May".
_SET_DATE_PREPS = frozenset({"for", "to", "until", "till"})


def _set_for_another(time: TimeRef, trigger: Token, sent: SpacySpan) -> bool:
    """"The November decree, signed by the president, had scheduled the election for February 25": a
    date a scheduling verb sets by "for" / "to" / "until" is the date of what it schedules (its
    object), not of another act in the sentence, such as a participle on its subject. Only with an
    object: a plan named without one ("a swap planned for last June collapsed after ...") still
    tells when the sentence's acts took place."""
    node = next((t for t in sent if t.idx == time.span.start), None)
    while node is not None and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in _SET_DATE_PREPS and node.head.head.lemma_.lower() in SCHEDULING_VERBS:
            verb = node.head.head
            scheduled = [c for c in verb.children if c.dep_ == "dobj"]
            return bool(scheduled) and not any(c.left_edge.i <= trigger.i <= c.right_edge.i for c in scheduled)
        node = node.head
    return False


def _in_trailing_report(time: TimeRef, trigger: Token, sent: SpacySpan) -> bool:
    """"Valdoria will impose a 25% tariff on steel, Trade Minister Elena Marsh announced on Monday":
    the parser may hang a trailing reporting clause on the reported verb as its conjunct. A bare
    verb of saying (no object, no clause of its own) joined after a comma with no "and" is the
    report's clause, not a second act: a time in it dates the saying, not the act reported."""
    node = next((t for t in sent if t.idx == time.span.start), None)
    while node is not None and node.head.i != node.i:
        verb = node
        if (verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.i > verb.head.i
                and verb.lemma_.lower() in speech_verbs()
                and not any(c.dep_ in {"cc", "dobj", "ccomp", "xcomp"} for c in verb.children)
                and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children if c.i > verb.head.i)
                and any(t.text == "," for t in verb.doc[verb.head.i + 1:verb.i])):
            return not verb.left_edge.i <= trigger.i <= verb.right_edge.i
        node = node.head
    return False


def _said_before_subject(time: TimeRef, head: Token) -> bool:
    """"The union said on Wednesday it would hold a march on Saturday": a time between a verb of
    saying and the subject of the clause it reports (the parser may hang it on the reported verb)
    dates the saying, not the act reported."""
    if head.dep_ != "ccomp" or head.head.i == head.i:
        return False
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # a time inside the subject's phrase ("the prime minister's Dec. 28 meeting") is the subject's
    return (subject is not None and head.head.i < subject.left_edge.i
            and head.head.idx < time.span.start < subject.left_edge.idx)


def _in_subject_aside(time: TimeRef, head: Token) -> bool:
    """"Myanmar's junta, in power since 2021, declared a ceasefire", "The president, in office since
    2019, announced ...": a time inside an aside set off by commas between the subject and its verb,
    after words of its own ("in power", "in office", "leader"), tells how long the subject has been
    what it is, not when the verb's act took place. An aside that is only the time ("The army, on
    Monday, declared ...") or a clause ("Trump, while being interviewed on Monday morning, called
    ...") still dates the act."""
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not subject.right_edge.i < head.i:
        return False
    doc = head.doc
    start = subject.right_edge.i + 1
    if not (doc[start].text == "," and doc[start].idx < time.span.start < head.idx):
        return False
    aside = [t for t in doc[start + 1:head.i] if t.idx < time.span.start]
    closed = any(t.text == "," for t in doc[start + 1:head.i] if t.idx >= time.span.end)
    if not closed or not aside or aside[0].pos_ == "SCONJ" or any(t.pos_ in {"VERB", "AUX"} for t in aside):
        return False  # "Trump, while being interviewed on Monday morning, called ...": a clause of the act's time
    return any(t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in aside)


def said_then(time: TimeRef, trigger: Token, quotes: Sequence[Quote]) -> bool:
    """"Zoran said on Thursday the swap showed that dialogue works, and said he was ready to meet
    his counterpart", "have agreed to exchange 46 prisoners, the ministry said on Tuesday": a time
    hung on a verb of saying (a quote's cue, or say/tell/announce) dates the telling. An act still to
    come that is told there is not dated by the day it was told of."""
    doc = trigger.doc
    span = doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node = span.root
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ == "on":
        node = node.head
    elif node.dep_ != "npadvmod":
        return False
    verb = node.head
    if verb.i == trigger.i or verb.pos_ != "VERB":
        return False
    cues = {q.cue.start for q in quotes if q.cue is not None}
    return verb.idx in cues or verb.lemma_.lower() in SAYING_VERBS  # whatever the quote finder made of it


def _scheduled_infinitive_times(trigger: Token, head: Token, usable: Sequence[TimeRef]) -> list[TimeRef]:
    """"The exchange is expected to take place at the border on Sunday", "the talks are due to begin
    on Monday": an event noun that is the subject of a verb or adjective of scheduling takes the time
    of the infinitive that says what it is to do (the taking place, the beginning)."""
    if head.i == trigger.i or trigger.dep_ not in {"nsubj", "nsubjpass"} or trigger.head.i != head.i:
        return []
    scheduling = [w for w in [head, *(c for c in head.children if c.dep_ == "acomp")]
                  if w.lemma_.lower() in SCHEDULING_VERBS]
    # "going to" tells of its subject only through a verb that carries it ("talks are going to resume
    # on Friday"); "the ceasefire is going to collapse on Friday" dates the collapse
    below = {t.idx for w in scheduling for c in w.children if c.dep_ == "xcomp"
             and (w.lemma_.lower() != "go" or c.lemma_.lower() in modality_cues().support) for t in c.subtree}
    return [t for t in usable if t.span.start in below and not _vague_present(t)]


def _infinitive_times(head: Token, usable: Sequence[TimeRef]) -> list[TimeRef]:
    """"The talks are now expected to resume next week": a vague "now" on the verb that plans or
    expects the event says the plan stands as of the report; a calendar time in the infinitive it
    governs ("to resume next week") is when the event is to take place."""
    below = {t.idx for c in head.children if c.dep_ == "xcomp" for t in c.subtree}
    return [t for t in usable if not _vague_present(t) and t.span.start in below]


_PAST_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "'s", "'ve", "'d"})
_NOT_PAST = frozenset({"will", "would", "shall", "to", "can", "could", "may", "might", "must", "should", "'ll"})


def _told_as_past(verb: Token) -> bool:
    """A verb told in a past tense: "called", "had refused", "was arrested" (not "will be freed",
    "are to be released", nor a bare participle on a noun)."""
    if verb.pos_ != "VERB":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & _NOT_PAST:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & _PAST_AUXILIARIES))


def _after_a_past_verb(time: TimeRef, trigger: Token, reference: date | None) -> bool:
    """"Costan called for a national strike next week", "arguing that judges had refused to examine
    ballots" in a sentence on an appeal to be filed on Friday: a time wholly after the report dates
    no act the verb tells as past when another act can take it: one in another clause (the
    filing's), or an event the verb itself asks for, plans or calls off (the strike's). A time on a
    past verb with no such act beside it is left to it."""
    if reference is None or time.earliest is None or time.earliest <= reference or not _told_as_past(trigger):
        return False
    if not any(t.idx <= time.span.start < t.idx + len(t.text) for t in _clause_tokens(trigger)):
        return True
    return any(_names_an_act(d) for c in trigger.children
               for d in ([c] if c.dep_ in {"dobj", "xcomp"} else
                         [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []))


def _names_an_act(tok: Token) -> bool:
    """Whether a word is one the trigger lexicon reads as an event ("strike", "talks", "meet")."""
    pos = "VERB" if tok.pos_ == "VERB" else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else None
    return pos is not None and bool(trigger_lexicon().get((tok.lemma_.lower(), pos)))


# Prepositions whose phrase names what came before the act of the clause it hangs on ("urged restraint
# on Monday after a night of shelling", "met days after the shelling").
_BEFORE_PREPS = frozenset({"after", "following"})


def _earlier_phrase(trigger: Token) -> Token | None:
    """The "after" phrase the trigger stands in ("urged restraint on Monday after a night of shelling
    that killed nine"), when it stands in one: the act it names came before the act of the clause
    the phrase hangs on, so a time of that clause ("on Monday") is not its time. A "following" the
    parser reads as a verb is such a phrase too ("expelled a diplomat on Tuesday following the
    expulsion of its envoy": the first expulsion is not Tuesday's)."""
    for tok in trigger.ancestors:
        if tok.lower_ in _BEFORE_PREPS and (tok.dep_ == "prep" or (tok.pos_ == "VERB" and tok.dep_ in {"acl", "advcl"})):
            return tok
    return None


def _earlier_clause(trigger: Token) -> Token | None:
    """The head of the "after" clause the trigger stands in ("Hours after Ottawa expelled an envoy,
    Delhi expelled one, the ministry said on Tuesday"), when it stands in one: a time of the verb
    that reports both acts ("said on Tuesday") dates the report, and at best the act the clause
    precedes, never the earlier act; a time of that later act's own clause is still the best guess
    left ("a swap planned for last June collapsed after X accused Y")."""
    for tok in [trigger, *trigger.ancestors]:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BEFORE_PREPS for c in tok.children):
            return tok
    return None


def _when(trigger: Token, sent: SpacySpan, times: Sequence[TimeRef],
          reference: date | None = None) -> tuple[TimeRef | None, str]:
    usable = [t for t in times if t.kind in TIME_KINDS and sent.start_char <= t.span.start < sent.end_char
              and not _dates_another_noun(t, trigger, sent) and not _filing_date(t, sent)
              and not _new_date_of_another(t, trigger, sent)
              and not _comparison_baseline(t, sent, trigger) and not _after_a_past_verb(t, trigger, reference)
              and not _in_trailing_report(t, trigger, sent)]
    if not usable:
        return _entry_stamp(sent, times)
    if trigger.pos_ != "VERB" and (named := _day_named_for(trigger, usable)) is not None:
        return named, "clause"
    if trigger.pos_ != "VERB":
        # "talks that were due to open on Wednesday", "the summit scheduled for May 20": a clause on
        # the event noun dates it before the verb that carries it ("... have been postponed")
        clauses = ([c for c in trigger.children if c.dep_ in {"relcl", "acl"}] + _stray_schedules(trigger)
                   + _container_schedules(trigger))
        described = {t.idx: c for c in clauses for t in c.subtree}
        own = [t for t in usable if t.span.start in described and not _content_infinitive(described[t.span.start], t)
               and _dates_event(described[t.span.start], t, reference)]
        usable = [t for t in usable if t.span.start not in described or t in own]
        if not usable:
            return _entry_stamp(sent, times)
        if own:
            if (moved := _new_date(trigger, usable)) is not None:
                return moved, "clause"
            if (now := _date_now(trigger, usable, [described[t.span.start] for t in own])) is not None:
                return now, "clause"
            return min(own, key=lambda t: (_vague_present(t), abs(t.span.start - trigger.idx))), "clause"
    head = _carrier(trigger) or purpose_verb(trigger) or trigger
    if head.i != trigger.i and _about_a_known_event(trigger):
        usable = [t for t in usable if _inside(t, trigger)]
        if not usable:
            return _entry_stamp(sent, times)
    clause = _clause_tokens(head)
    lo = min(t.idx for t in clause)
    hi = max(t.idx + len(t.text) for t in clause)
    starts = {t.idx for t in clause}

    def near(t: TimeRef) -> tuple[bool, int]:
        # "the walkout would now begin on March 16": a vague "now" in the clause says the plan stands
        # as of the report; a time of the calendar beside it dates the event
        return _vague_present(t), abs(t.span.start - trigger.idx)

    if head.i != trigger.i and (moved := _new_date(trigger, usable)) is not None:
        return moved, "clause"  # "adjourned the hearing until Thursday": the act's new date
    reacted = False
    if head.i != trigger.i:
        # "Kesh called off the talks last month": the time of a verb that cancels, announces or
        # proposes the event dates that act; "postponed the talks to March 17" dates the talks
        reacted = _anothers_act(trigger, head) or _judged_act(trigger, head)
        other = reacted or _effect_of(_carried(trigger), head)
        usable = [t for t in usable if not lo <= t.span.start < hi or (not other and _dates_event(head, t, reference))]
    in_clause = [t for t in usable if lo <= t.span.start < hi and any(s >= t.span.start and s < t.span.end for s in starts)
                 and not _said_before_subject(t, head) and not _in_subject_aside(t, head)]
    if head.i != trigger.i and any(not _inside(t, trigger) for t in in_clause):
        in_clause = [t for t in in_clause if not _names_a_nested_noun(t, trigger, sent)] or in_clause
    if not in_clause and (aimed := _scheduled_infinitive_times(trigger, head, usable)):
        return min(aimed, key=near), "clause"
    if in_clause:
        best = min(in_clause, key=near)
        if _vague_present(best) and (aimed := _infinitive_times(head, usable)):
            return min(aimed, key=near), "clause"
        return best, "clause"
    if (head.i != trigger.i and governs(head)
            and head.lemma_.lower() not in SCHEDULING_VERBS):
        # "she would meet both sides on Thursday in an effort to avert the walkout": an event noun that
        # a verb averts, plans or calls off, with no time in that verb's clause, is not dated by a time
        # of the sentence's other acts
        return _entry_stamp(sent, times)
    if head.i == trigger.i and trigger.pos_ != "VERB" and is_definite(trigger):
        # "members will vote on the agreement next week": a definite event noun that no verb carries is
        # one already known, which another verb's time in the sentence does not date
        return _entry_stamp(sent, times)
    if reacted:
        # "parliament on Thursday failed to override Halm's veto": an act made before, which the
        # carrying verb reacts to, is dated by no time of that verb's clause, and so by none of the
        # clause that governs it either ("failed on Thursday" dates the failed override). A cause
        # ("strikes closed the docks") is still dated by its sentence ("since 2017, when ...")
        return _entry_stamp(sent, times)
    # a time in a clause below the event's own belongs to that clause; one elsewhere in the sentence
    # ("On Monday, officials said rebels attacked the town") is the best guess left
    below = {t.idx for t in head.subtree} - starts
    below |= _governing_clause(head)
    elsewhere = [t for t in usable if not any(t.span.start <= i < t.span.end for i in below)
                 and not _in_other_relative_clause(t, trigger, sent) and not _in_other_report(t, trigger, sent)
                 and not _set_for_another(t, trigger, sent)
                 and not _in_subject_aside(t, head) and not _in_subject_aside(t, sent.root)]
    if (earlier := _earlier_phrase(trigger)) is not None:
        inside = {t.idx for t in earlier.subtree}
        elsewhere = [t for t in elsewhere if t.span.start in inside]
    if (earlier := _earlier_clause(trigger)) is not None:
        later = {t.idx for t in earlier.head.subtree}  # the act the clause precedes, with the clause
        elsewhere = [t for t in elsewhere if t.span.start in later]
    if not elsewhere:
        return _entry_stamp(sent, times)
    return min(elsewhere, key=near), "sentence"
