"""Whether an event happened, is going on, is planned, was called off or put off to a later time,
is hypothetical, denied or only claimed: the product's key distinction, so every decision says which
cue made it.

The reading is built from the dependency parse around the trigger and a cue lexicon
(``lexicons/modality_cues.tsv``). We walk up from the trigger to the words that govern it
("plans to *meet*", "*cancel* the meeting", "the summit was *called off*"), and the nearest
decisive cue wins; two readings override proximity because they change who stands behind the
event: a claim (distancing quote, "claimed that", "allegedly") and a condition ("if ...").
Event nouns that no verb carries ("the Paris attacks highlight...") are presupposed to have
happened unless a modifier, a determiner ("no meeting") or a future time says otherwise.
Some readings come from the shape of the clause rather than one word: a negative subject ("neither
side fired"), the present perfect progressive ("have been negotiating": ongoing), a plan in the past
perfect or set against a "but" clause ("had been expected to close": cancelled), a that-clause of a
denial ("denied that troops looted": claimed) and headlinese ("PM to visit Kyiv", "Talks off").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Span as SpacySpan, Token

from storyline.analyze.attribution.common import lost_clause_subject
from storyline.analyze.datelines import MONTH_NAME
from storyline.analyze.event_words import COMPOUND_HEADS, PRESUPPOSED
from storyline.analyze.lexicon import data_lines, word_list
from storyline.analyze.nlp import doc_text, is_event_noun
from storyline.records import MODALITIES, Quote, TimeRef

# readings that say a plan will not go ahead as it was made: a governing "cancel" or "postpone"
# outranks a plan or supposition below it ("scrapped plans to attend", "postponed the planned vote")
CALLED_OFF = frozenset({"cancelled", "postponed"})

# Steps up the parse through which the governing word still shapes the event's reading.
INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "oprd", "acomp", "csubj", "acl"}
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "appos"}
# adverbs that hedge an act told as done ("civilians were possibly killed"): unconfirmed, read as claimed
# (modality_cues.tsv); on a modal or future verb they leave the auxiliary's reading alone
HEDGE_ADVERBS = frozenset({"possibly", "probably"})
OCCURRENCE_VERBS = {"happen", "occur", "take", "go", "proceed"}
PLANNED_AUX = {"will", "shall", "'ll", "wo"}
MAX_STEPS = 8
# Verbs that link a subject to an adjective saying how likely it is: "the talks *seem* unlikely".
COPULAS = frozenset({"be", "seem", "appear", "look", "become", "remain"})
# Determiners and the like that make a noun phrase definite: the event it names is taken as given.
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
# Objects standing for an event named earlier in the sentence: "planned a march but called *it* off".
EVENT_PRONOUNS = frozenset({"it", "them"})


@dataclass(frozen=True, slots=True)
class ModalityCall:
    """A modality with the quote it is attributed to (if any) and the rule that decided it."""

    value: str
    attributed_to: str | None
    reason: str
    presupposed: bool = False  # "happened" only because an event noun is there, no cue said so


@dataclass(frozen=True, slots=True)
class ModalityCues:
    governor: dict[str, str]
    aux: dict[str, str]
    modifier: dict[str, str]
    adverb: dict[str, str]
    mark: dict[str, str]
    support: frozenset[str]
    infinitive: dict[str, str]  # noun -> modality of the infinitive describing it ("refusal to endorse")
    backshift: dict[str, str]  # verb of saying -> modality of a "would" clause it reports in the past
    said: frozenset[str]  # nouns naming something said: denying them denies what was said
    topic: dict[str, str]  # word of negotiation -> modality of the event it is about ("talks on a truce")
    predicate: frozenset[str]  # verbs taking an object and its participle ("will see 33 captives freed")
    clause: dict[str, str]  # governor -> modality of its that-clause ("denied that troops looted": claimed)
    negative: dict[str, str]  # subject word or determiner that denies its clause ("neither side fired")
    prep: dict[str, str]  # preposition -> modality of its gerund or event noun ("without firing")
    headline: dict[str, str]  # particle predicated of an event noun in a headline ("Talks off")
    overtaken: dict[str, str]  # planning governor -> modality when in the past perfect ("had been expected to")
    contrast: frozenset[str]  # conjunctions setting what followed against a past plan ("was due to ..., but")
    overrun: frozenset[str]  # verbs that, set against a past plan, say it ran on ("due to end Friday, but was extended")
    outcome: frozenset[str]  # nouns naming an outcome reached ("agreement", "deal")
    reports: frozenset[str]  # planning governors that report such an outcome reached ("announced a deal")
    agenda: dict[str, str]  # verb -> modality of an indefinite event noun it talks about ("to discuss a ceasefire")
    extraposed: dict[str, str]  # adjective said of an infinitive after an empty "it" ("it is difficult to hold talks")
    voted: frozenset[str]  # acts a vote performs ("voted to endorse her" endorses; "voted to strike" plans a strike)


@cache
def modality_cues() -> ModalityCues:
    """The packaged cue lexicon, read once."""
    kinds = ("governor", "aux", "modifier", "adverb", "mark", "support", "infinitive", "backshift", "said", "topic",
             "predicate", "clause", "negative", "prep", "headline", "overtaken", "contrast", "outcome", "reports",
             "agenda", "extraposed", "overrun", "voted")
    tables: dict[str, dict[str, str]] = {k: {} for k in kinds}
    for line in data_lines("modality_cues.tsv"):
        kind, word, value = line.split("\t")[:3]
        tables[kind][word] = value
    return ModalityCues(
        governor=tables["governor"],
        aux=tables["aux"],
        modifier=tables["modifier"],
        adverb=tables["adverb"],
        mark=tables["mark"],
        support=frozenset(tables["support"]),
        infinitive=tables["infinitive"],
        backshift=tables["backshift"],
        said=frozenset(tables["said"]),
        topic=tables["topic"],
        predicate=frozenset(tables["predicate"]),
        clause=tables["clause"],
        negative=tables["negative"],
        prep=tables["prep"],
        headline=tables["headline"],
        overtaken=tables["overtaken"],
        contrast=frozenset(tables["contrast"]),
        overrun=frozenset(tables["overrun"]),
        outcome=frozenset(tables["outcome"]),
        reports=frozenset(tables["reports"]),
        agenda=tables["agenda"],
        extraposed=tables["extraposed"],
        voted=frozenset(tables["voted"]),
    )


def governor_key(tok: Token) -> str:
    """The word a governor is known by: the lemma, plus its particle for phrasal verbs ("call off")."""
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "prt":
            return f"{lemma} {child.lower_}"
    return lemma


def containing_quote(start: int, quotes: Sequence[Quote]) -> Quote | None:
    """The innermost attribution whose content covers the offset."""
    best: Quote | None = None
    for q in quotes:
        if q.span.start <= start < q.span.end and (best is None or q.span.end - q.span.start < best.span.end - best.span.start):
            best = q
    return best


# verbs that move what they act on in time when they aim it at a date ("was pushed to next month",
# "has been moved to May 4"); "moved up" or "brought forward" bring it earlier
MOVING_VERBS = frozenset({"push", "move", "shift"})
EARLIER_PARTICLES = frozenset({"up", "forward", "forwards"})
DATE_LABELS = frozenset({"DATE", "TIME"})


def _moved_to_a_date(tok: Token) -> bool:
    """"The summit was pushed to next month", "the vote has been shifted to Friday": a verb of moving
    whose "to"/"until" phrase (on it or on its particle) names a date puts the act off to that date."""
    if tok.lemma_.lower() not in MOVING_VERBS or tok.pos_ != "VERB":
        return False
    if any(c.lower_ in EARLIER_PARTICLES | {"back", "off"} for c in tok.children if c.dep_ in {"prt", "advmod"}):
        return False  # earlier; or a phrasal verb the lexicon reads itself ("pushed back to June")
    heads = [tok, *(c for c in tok.children if c.dep_ in {"prt", "advmod"})]
    return any(p.dep_ == "prep" and p.lower_ in {"to", "until", "till"}
               and any(o.dep_ == "pobj" and o.ent_type_ in DATE_LABELS for o in p.children)
               for h in heads for p in h.children)


# passives of duty: "were supposed to start on Monday", "was meant to open in May" tell a plan that did
# not come about (the lexicon's reading, cancelled); in the present, "are supposed to resume next week",
# "is meant to open on Monday", the plan still stands
DUTY_PASSIVES = frozenset({"suppose", "mean"})


def _present_passive(tok: Token) -> bool:
    """"*are* supposed to", "*is* meant to": a passive whose auxiliary is in the present tense."""
    return any(c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in tok.children)


def _governor_value(tok: Token, cues: ModalityCues) -> tuple[str, str] | None:
    if _moved_to_a_date(tok):
        return "postponed", f"{tok.lemma_.lower()} to a date"
    key = governor_key(tok)
    for child in tok.children:
        # "was pushed *back*", "has *yet* to withdraw": the parser takes some particles for adverbs
        two = f"{tok.lemma_.lower()} {child.lower_}"
        if child.dep_ == "advmod" and child.i > tok.i and two in cues.governor and key == tok.lemma_.lower():
            return cues.governor[two], two
    if key in cues.governor:
        if key in DUTY_PASSIVES and _present_passive(tok):
            return "planned", f"present '{tok.text} to'"
        return cues.governor[key], key
    if (obligation := _obligation(tok)) and obligation in cues.governor:
        return cues.governor[obligation], obligation
    if tok.lemma_.lower() in cues.governor and key == tok.lemma_.lower():
        return cues.governor[key], key
    if any(c.dep_ == "xcomp" for c in tok.children):
        # "called on supporters to rally": a two-word governor whose person stands between it and the
        # event ("called on Monday" names a day, no one called on)
        for child in tok.children:
            two = f"{tok.lemma_.lower()} {child.lower_}"
            if child.dep_ == "prep" and two in cues.governor and not any(
                    g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                return cues.governor[two], two
    if tok.lemma_.lower() in COPULAS and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children) and any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children):
        # "it is difficult to hold talks now": an adjective said of an infinitive put after it (the
        # subject is an empty "it") judges an act not done; "the talks were difficult" were held
        for child in tok.children:
            if child.dep_ == "acomp" and child.lemma_.lower() in cues.extraposed:
                return cues.extraposed[child.lemma_.lower()], child.lemma_.lower()
    if tok.lemma_.lower() in COPULAS:  # "a meeting is unlikely", "talks appear unlikely", "it is possible that..."
        for child in tok.children:
            if child.dep_ in {"acomp", "attr", "oprd"} and child.lemma_.lower() in cues.governor:
                return cues.governor[child.lemma_.lower()], child.lemma_.lower()
            if child.dep_ == "attr" and (key := _of_phrase_key(child)) in cues.governor:
                return cues.governor[key], key  # "is only a matter of time"
    if tok.lemma_.lower() in COPULAS | PLACING_VERBS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"on", "off"}:
                # "a ceasefire is on the table", "talks are off the agenda", "the talks were put on
                # hold", "took the offer off the table"
                for obj in child.children:
                    if obj.dep_ == "pobj" and (key := f"{child.lower_} {obj.lemma_.lower()}") in cues.governor:
                        return cues.governor[key], key
    return None


# verbs that set what they act on in a state named by an "on"/"off" phrase ("put the talks on hold",
# "took a deal off the table"), read like "be" with that phrase
PLACING_VERBS = frozenset({"put", "place", "keep", "take", "leave"})


def _of_phrase_key(noun: Token) -> str:
    """A noun with its "of" object, as a governor key: "matter of time"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return f"{noun.lemma_.lower()} of {obj.lemma_.lower()}"
    return noun.lemma_.lower()


def _obligation(tok: Token) -> str | None:
    """"have to" when ``tok`` is a present (or modal) "have" whose to-infinitive is what must be done: "ISIS
    has to be destroyed", "may have to resign". A past "had to resign" tells what was done, and "has 31
    endorsements" is possession, so neither is one."""
    if tok.lemma_.lower() != "have" or tok.tag_ not in {"VBZ", "VBP", "VB"}:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "VBD" for c in tok.children):  # "did not have to"
        return None
    if any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children):
        return "have to"
    return None


# governors whose subject is their infinitive's subject ("talks are going to resume")
RAISING_GOVERNORS = frozenset({"go"})
# aims and intentions whose passive subject may be an event: "the attack was aimed at ..."
PURPOSE_GOVERNORS = frozenset({"aim", "intend"})
# verbs of an event's own course, besides its taking place (``_occurs``): "the talks were intended to
# begin on Monday", "to end on Friday", "to last a week"
COURSE_VERBS = frozenset({"be", "begin", "start", "resume", "end", "finish", "conclude", "last", "open", "close",
                          "continue", "run"})


def _raised(verb: Token, key: str, cues: ModalityCues) -> bool:
    """"Talks are going to resume on Friday": a raising governor whose infinitive carries its subject
    (a support verb: resume, take place, begin) tells of that subject's event, which it does not act
    on; "the ceasefire is going to collapse" tells of the collapse, not of the ceasefire."""
    return key in RAISING_GOVERNORS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in cues.support for c in verb.children)


def _states_purpose(verb: Token, key: str, subject: Token | None, cues: ModalityCues) -> bool:
    """An event that is the passive subject of an aim, an intention or a duty may be told what it was
    for, not whether it came about: "the attack was aimed at discrediting the army", "the offensive was
    intended to free the hostages", "the ceasefire was supposed to *pave the way* for talks". So it is
    when the infinitive acts on an object of its own, and for an aim or intention whatever it is
    for. Where the infinitive is the event's own occurrence ("the talks were intended to begin on
    Monday", "were meant to start", "to take place in May") it tells the event's fate as before."""
    if key not in PURPOSE_GOVERNORS | DUTY_PASSIVES or subject is None or subject.dep_ != "nsubjpass":
        return False
    infinitives = [c for c in verb.children if c.dep_ == "xcomp"]
    if any(c.lemma_.lower() not in cues.support and any(g.dep_ == "dobj" for g in c.children) for c in infinitives):
        return True
    return key in PURPOSE_GOVERNORS and not any(_occurs(c) or c.lemma_.lower() in COURSE_VERBS for c in infinitives)


def governs(tok: Token) -> bool:
    """Whether ``tok`` is a governor in the form it has here: "went ahead on Monday" is no "going
    to", so its time dates the event it carries (``_is_governor``)."""
    key = governor_key(tok)
    value = modality_cues().governor.get(key)
    return value is not None and _is_governor(tok, value, key)


def _is_governor(tok: Token, value: str, key: str) -> bool:
    """Guards against words that govern only in one form ("going to", "was supposed to")."""
    if key == "go":
        return tok.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in tok.children)
    if key == "suppose":
        return tok.tag_ == "VBN"
    if key == "mean":  # "were meant to start", not "what peace means" or "he meant to attend"
        return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and any(
            c.dep_ == "xcomp" for c in tok.children)
    if key == "set":
        return tok.tag_ == "VBN" and any(c.dep_ == "xcomp" or _passive_set_infinitive(tok, c) for c in tok.children)
    if key in {"have yet", "be yet"}:  # "has yet to withdraw", not "have yet another"
        return any(c.dep_ == "xcomp" for c in tok.children)
    if key == "push back":  # "pushed back against accusations": resisted, not put off
        return not any(c.dep_ == "prep" and c.lower_ in {"against", "on"} for c in tok.children)
    return True


def _passive_set_infinitive(tok: Token, child: Token) -> bool:
    """"Israel had been set to free 620 prisoners": after "had been set" the parser often hangs the
    infinitive as an adverbial clause (a purpose) rather than the complement it is under "was set
    to free". A to-infinitive on a passive "set" is the plan it was set for, read as under "was set
    to"; the active "set a date to review" has no passive auxiliary and keeps its purpose reading."""
    return (child.dep_ == "advcl" and child.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
            and any(c.dep_ == "auxpass" for c in tok.children))


def negative_subject(tok: Token, cues: ModalityCues) -> Token | None:
    """The subject word that denies ``tok``'s clause: "*neither* side fired", "*nobody* was hurt",
    "*no* soldier fired": with such a subject nothing did what the verb says. A bare participle parsed
    as a clausal subject ("no one *detained* in the coup had suffered violence", where the parser makes
    "one" its subject) is a reduced relative on that subject: the "no" counts the detainees the main
    verb denies something of, it does not deny the detention."""
    if tok.dep_ in {"csubj", "csubjpass", "acl"} and tok.tag_ == "VBN" and not any(
            c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return None
    for child in tok.children:
        if child.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if cues.negative.get(child.lower_) == "negated":
            return child
        for g in child.children:
            if g.dep_ == "det" and cues.negative.get(g.lower_) == "negated":
                return g
    return None


def contrasted_past_plan(gov: Token, cues: ModalityCues) -> bool:
    """"was due to arrive on Monday, but her flight was grounded", "planned to attend but fell ill": a plan
    told in the past and set against a clause joined to it by "but" is one that did not come about."""
    clause = gov.head if gov.dep_ in {"acomp", "attr"} else gov  # "was *due* to": the copula is the clause
    past = clause.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in clause.children)
    if not past:
        return False
    contrast = any(c.dep_ == "cc" and c.lower_ in cues.contrast and c.i > gov.i for c in clause.children)
    joined = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > gov.i]
    # a joined clause that names the event again ("planned a march but did not cancel *it*") tells its
    # fate itself (see _called_off_later); only a contrast that leaves it unsaid implies it fell through
    return contrast and bool(joined) and not any(
        g.dep_ in {"dobj", "nsubjpass", "nsubj"} and g.lower_ in EVENT_PRONOUNS for c in joined for g in c.children)


def postponed_in_contrast(gov: Token, cues: ModalityCues) -> str | None:
    """"was initially planned for October 9-10 but was *put off*", "was due to open in May but has been
    *delayed*": the clause set against the past plan says the event was moved, not dropped. Read as
    cancelled, the visit later held would show a false "cancelled" in the story. Returns the postponing
    word, or None when the contrast leaves the plan's fate unsaid (then it fell through). A verb of
    running on ("had been scheduled to end on Friday, but were *extended*") moves the planned end
    later in the same way: the talks went on, they were not dropped."""
    clause = gov.head if gov.dep_ in {"acomp", "attr"} else gov
    for joined in clause.children:
        if joined.dep_ != "conj" or joined.pos_ not in {"VERB", "AUX"} or joined.i < gov.i:
            continue
        for verb in (joined, *_reported_again(joined, cues)):
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            value = _governor_value(verb, cues)
            if value is not None and value[0] == "postponed":
                return value[1]
            if governor_key(verb) in cues.overrun:
                return governor_key(verb)
    return None


def _reported_again(verb: Token, cues: ModalityCues) -> list[Token]:
    """"had been scheduled for February 8 but the minister *announced they would be delayed*": the
    joined clause may only report the plan's fate, in a clause of its own under a verb of saying whose
    subject is a pronoun standing for the planned act; that clause says how the plan was overtaken."""
    if verb.lemma_.lower() not in cues.backshift:
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and any(
        g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in {"it", "they"} for g in c.children)]


def backshifted(tok: Token, cues: ModalityCues) -> bool:
    """"said he had planned to attend": the past perfect of a clause reported by a past saying is the
    speaker's simple past moved back ("I planned to attend"), not a past before the story's past."""
    head = tok.head
    return tok.dep_ == "ccomp" and head.tag_ in {"VBD", "VBN"} and head.lemma_.lower() in cues.backshift


def past_perfect(tok: Token) -> bool:
    """"had planned", "had been expected": a past before another past."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in tok.children)


def _hedge_elsewhere(node: Token, trigger: Token) -> bool:
    """Whether a hedge adverb on ``node`` leaves the event alone: it hedges the act only on the event's
    own verb ("civilians were possibly killed"), not a clause above it ("probably nobody hates the tax
    more, because unions negotiated ...") nor an event noun's phrase ("probably the final meeting");
    and a modal or future verb ("will probably be held", "could possibly attack") already says the
    act is not told as done, so the hedge adds no report of anyone's."""
    return (node.i != trigger.i or trigger.pos_ != "VERB"
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children))


def _adverb_keys(tok: Token) -> list[tuple[str, Token]]:
    keys: list[tuple[str, Token]] = []
    for child in tok.children:
        if child.dep_ in {"advmod", "neg", "npadvmod"}:
            inner = [g.lower_ for g in child.children if g.dep_ in {"neg", "det", "advmod"} and g.i < child.i]
            if inner:
                keys.append((f"{inner[-1]} {child.lower_}", child))
            keys.append((child.lower_, child))
    return keys


def _conditional(tok: Token, cues: ModalityCues) -> str | None:
    """'if X attacks' (the event's clause is the condition) or 'if ..., X will attack'."""
    for child in tok.children:
        if child.dep_ == "mark" and cues.mark.get(child.lower_) == "hypothetical":
            return f"'{child.text}' opens the event's clause"
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and cues.mark.get(g.lower_) == "hypothetical" for g in child.children):
            modal = any(c.dep_ == "aux" and cues.aux.get(c.lower_) for c in tok.children)
            perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
            if (tok.tag_ == "VBD" or perfect) and not modal:
                # "promised reform if they win", "has threatened further measures if Iran does not
                # release the ship": the condition bears on the promise's content, not the promise
                continue
            return "the event depends on an 'if' clause"
    return None


def yes_no_question(tok: Token) -> Token | None:
    """The fronted auxiliary when ``tok`` heads a yes-no question ("*Do* you support Trump?", "*Did*
    Norland attack the port?"): the question asks whether the event holds and asserts nothing, unlike
    a wh-question ("Who attacked the port?"), which takes the event as given."""
    if tok.dep_ != "ROOT" or not tok.sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return None
    words = [t for t in tok.sent if not (t.is_punct or t.is_space)]
    first = words[0] if words else None
    if first is None or first.head.i != tok.i or first.dep_ not in {"aux", "auxpass"}:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > first.i for c in tok.children):
        return None
    return first


def _local(tok: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """The reading a verb's own words give: negation, auxiliaries, adverbs, in that order."""
    if (inverted := yes_no_question(tok)) is not None:
        return "hypothetical", f"yes-no question '{inverted.text} ... {tok.text}?': asked, not asserted"
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    aux_words = {c.lower_ for c in auxes}
    negs = [c for c in tok.children if c.dep_ == "neg"]
    adverbs = _adverb_keys(tok)
    for key, _ in adverbs:
        if cues.adverb.get(key) == "cancelled":
            return "cancelled", f"'{key}' on '{tok.text}'"
    if not negs and (subject := negative_subject(tok, cues)) is not None:
        return "negated", f"negative subject '{subject.text}' of '{tok.text}'"
    if negs:
        if aux_words & PLANNED_AUX and tok.lemma_.lower() in OCCURRENCE_VERBS:
            return "cancelled", f"'{' '.join(sorted(aux_words))} {negs[0].text} {tok.text}': will not happen"
        return "negated", f"negation '{negs[0].text}' on '{tok.text}'"
    for key, _ in adverbs:
        if cues.adverb.get(key) == "negated":
            return "negated", f"'{key}' on '{tok.text}'"
    for c in auxes:
        value = cues.aux.get(c.lower_)
        if value == "hypothetical" and c.lower_ == "would" and (said := _reported_by_past_saying(tok, cues)):
            return said, f"'would {tok.text}' reported by '{_first_conjunct(tok).head.text}': a future told in the past"
        if value == "hypothetical":
            return "hypothetical", f"modal '{c.text}' on '{tok.text}'"
    for c in auxes:
        if cues.aux.get(c.lower_) == "planned":
            return "planned", f"'{c.text}' on '{tok.text}'"
    for key, _ in adverbs:
        value = cues.adverb.get(key)
        if value in {"planned", "happened", "ongoing"}:
            return value, f"'{key}' on '{tok.text}'"
    return None


def _reported_by_past_saying(tok: Token, cues: ModalityCues) -> str | None:
    """The backshift lexicon's reading when ``tok`` heads the clause a past-tense verb of saying
    reports ("said his party would hold a rally"); None otherwise ("would be fine if ...", or
    "says it would": a present saying keeps "would" a supposition)."""
    clause = _first_conjunct(tok)
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ != "VERB":
        return None
    if head.tag_ not in {"VBD", "VBN"} and not (head.tag_ == "VBG" and _told_in_the_past(head)):
        return None
    return cues.backshift.get(head.lemma_.lower())


def _first_conjunct(tok: Token) -> Token:
    """The first of the clauses ``tok`` is joined to by "and"/"but": "said the count was rushed and
    that it would appeal" reports both clauses, though the parser hangs the second on the first."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _plan_subject_reading(noun: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """"Plans were moving ahead for the meeting", "preparations are under way for the summit": the parser
    hangs the "for" phrase on the verb, not on the planning noun that is its subject; the event the plans
    are for is the plan's, still to come (read as a definite noun, the meeting was presupposed held)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = noun.head.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or cues.governor.get(subject.lemma_.lower()) != "planned":
        return None
    return "planned", f"'{subject.text} ... for {noun.text}': what the plans are for"


# nouns of what may come ("the threat of new sanctions", "the prospect of talks", "the risk of war")
PROSPECT_NOUNS = frozenset({"threat", "prospect", "risk", "danger", "spectre", "specter", "likelihood"})


def _prospect_reading(noun: Token) -> tuple[str, str] | None:
    """"Biden raised the threat of new sanctions", "the prospect of talks faded": an event named in
    the "of" phrase of a noun of what may come has not happened; read alone, the definite or plural
    event noun was presupposed to have happened (the walk up a phrase lets only calling off through)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return None
    holder = noun.head.head
    if holder.lemma_.lower() not in PROSPECT_NOUNS:
        return None
    return "hypothetical", f"'{holder.text} of {noun.text}': what may come"


def _called_off_participle(noun: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """"Peace summit cancelled after attack", "the talks, postponed twice already, ...": a participle of
    calling off hung on the event noun (a headline's passive, or a reduced relative) calls the event
    off, though the walk up from the noun never meets it. Only calling off and putting off are read
    so: a participle of agreeing or planning ("the ceasefire agreed last month") may tell of an act
    since carried out."""
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN" or any(c.dep_ in {"aux", "neg"} for c in child.children):
            continue
        gov = _governor_value(child, cues)
        if gov is not None and gov[0] in CALLED_OFF and _is_governor(child, *gov):
            return gov[0], f"participle '{child.text}' on '{noun.text}'"
    return None


def _planned_participle(noun: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """"Rail strike planned for bank holiday Monday", "talks scheduled for Friday": a participle of
    planning after the noun, with no auxiliary of its own (a headline's passive, or a reduced
    relative), says of the event what "the planned strike" does; read only when nothing in the
    clause said what became of it, so a verb calling it off still outranks it."""
    for child in noun.children:
        if (child.dep_ == "acl" and child.tag_ == "VBN" and child.i > noun.i
                and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in child.children)
                and cues.modifier.get(child.lower_) == "planned"):
            return "planned", f"participle '{child.text}' after '{noun.text}'"
    return None


def _told_in_the_past(participle: Token) -> bool:
    """Whether a participle of saying ("with their ministers saying ...", "..., adding that ...")
    belongs to a past-tense sentence: a participle has no tense of its own and takes that of the
    nearest finite verb above it. A present or future verb above it ("is saying", "will meet,
    saying") keeps its "would" a supposition. Also asked of a run-up phrase (``_run_up_reading``):
    "polled members last July ahead of the endorsement" tells of a past run-up."""
    cur = participle
    for _ in range(6):
        if any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP", "MD"} for c in cur.children):
            return False
        if cur is not participle and cur.tag_ in {"VBZ", "VBP"}:
            return False
        if cur is not participle and cur.tag_ == "VBD":
            return True
        if any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in cur.children):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


HEADLINE_END = frozenset(".!?:;\"'”’)")


def is_headline(sent: SpacySpan) -> bool:
    """A line of its own with no closing punctuation: a headline or subhead, written in headlinese
    (the present for what happened, a bare participle for the passive)."""
    text = sent.text.strip()
    ends_line = "\n" in sent[-1].whitespace_ or "\n" in sent[-1].text or sent.end == len(sent.doc)
    return bool(text) and text[-1] not in HEADLINE_END and ends_line and len(sent) <= 20


CHRONOLOGY_LINE = re.compile(
    rf"(?:{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_NAME}(?:\s+\d{{4}})?"
    rf"|{MONTH_NAME}\s+\d{{4}}|\d{{4}})\s*[-\u2013\u2014:]\s")


def is_chronology_line(sent: SpacySpan) -> bool:
    """A dated entry of a chronology ("April 12, 2022 - Rebels seize Orvan", "2023: Talks collapse"):
    a line that opens with a date and a dash is written in headlinese, the present telling what
    happened on that date. A dateline has the agency or city between ("March 20 (Reuters) -")."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    return CHRONOLOGY_LINE.match(text, start) is not None


def headline_passive(verb: Token) -> bool:
    """"Trade talks postponed", "Summit called off after row": headlines drop "was" from the
    passive, so a bare past form with a subject and no object or auxiliary is a passive whose
    subject underwent the verb."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp"} for c in verb.children):
        return False
    return is_headline(verb.sent)


def noun_of_infinitive(verb: Token) -> Token | None:
    """The noun a to-infinitive describes: its head when it modifies one ("talks to be held"), or a
    common noun the parser took for its subject right before "to" ("Trump's call to ban all Muslim
    immigrants -- a position he has since modified -- bear..."): an infinitive has a subject of its
    own only after "for", so a bare "noun to verb" is the noun's complement."""
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if to is None or subject is None or subject.i + 1 != to.i or subject.pos_ != "NOUN":
        return None
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return None
    return subject


def refused_noun(noun: Token) -> str | None:
    """"Iran did not accept our request to visit Parchin", "rejected calls to resign", "blocked
    attempts to investigate": the noun a to-infinitive describes is the object of a refusal (a
    denying governor, or a verb of granting under "not": lexicons/granting_verbs.txt), so the act it
    asked for or planned did not take place; the refusing words, or None."""
    if noun.dep_ not in {"dobj", "nsubjpass"} or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    if neg is None and modality_cues().governor.get(lemma) == "negated":
        return verb.text
    if neg is not None and lemma in word_list("granting_verbs.txt"):
        return f"{neg.text} {verb.text}"
    return None


def _tense(tok: Token) -> tuple[str, str, bool] | None:
    """Tense and aspect of a verb: (modality, reason, decisive). None when it has no finite form."""
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    lemmas = {c.lemma_ for c in auxes}
    tags = {c.tag_ for c in auxes}
    if "to" in {c.lower_ for c in auxes}:
        if tok.dep_ == "ROOT" and is_headline(tok.sent):
            # headlinese puts the future as a bare infinitive: "PM to visit Kyiv"
            return "planned", f"infinitive '{tok.text}' heading a headline: what is to happen", True
        noun = noun_of_infinitive(tok)
        if noun is not None:  # "talks to be held", "research to be released"
            denied = next((c for c in noun.children
                           if c.dep_ == "det" and modality_cues().negative.get(c.lower_) == "negated"), None)
            if denied is not None:  # "no plans to raise taxes", "no intention to resign"
                return "negated", f"infinitive '{tok.text}' of '{denied.text} {noun.text}'", True
            if (refusal := refused_noun(noun)) is not None:  # "did not accept our request to visit"
                return "negated", f"infinitive '{tok.text}' of '{noun.text}' refused ('{refusal}')", True
            # "his refusal to endorse Ryan" (negated), "the freedom to charge whatever" (hypothetical)
            by_noun = modality_cues().infinitive.get(noun.lemma_.lower())
            if by_noun is not None:
                return by_noun, f"infinitive '{tok.text}' of '{noun.text}'", True
            if (ranked := ranked_infinitive(tok)) is not None:
                return ranked
            return "planned", f"infinitive '{tok.text}' describing a noun", True
        if tok.dep_ in {"advcl", "xcomp"} and (ranked := ranked_infinitive(tok)) is not None:
            return ranked  # the parser hangs "is not the only Republican to endorse" on the copula
        if _purpose_infinitive(tok):
            return "planned", f"infinitive '{tok.text}' of purpose: what '{tok.head.text}' was for", True
        return None
    if "have" in lemmas and "be" in lemmas and tok.tag_ == "VBG" and not tags & {"VBD"}:
        # "have been negotiating for weeks": begun in the past and still going on ("had been" is past)
        return "ongoing", f"present perfect progressive '{tok.text}'", True
    if "have" in lemmas:
        return "happened", f"perfect '{tok.text}'", True
    if tok.tag_ == "VBG":
        if "be" in lemmas:
            if tags & {"VBD"}:
                return "happened", f"past progressive '{tok.text}'", True
            return "ongoing", f"present progressive '{tok.text}'", True
        return None
    if tok.tag_ in {"VBZ", "VBP"} or (tok.tag_ == "VBN" and tags & {"VBZ", "VBP"}):
        # "a matter of time before they attack", "until a deal is reached": a clause of time speaks
        # of what is still to come in the present tense
        for child in tok.children:
            if child.dep_ == "mark" and modality_cues().mark.get(child.lower_) == "planned":
                return "planned", f"present tense after '{child.text}': not yet happened", True
    if tok.tag_ == "VBN":
        if "be" in lemmas and not tags & {"VBD"} and tags & {"VBZ", "VBP"}:
            if is_chronology_line(tok.sent):  # "March 9, 2026 - Talks are suspended"
                return "happened", f"present passive '{tok.text}' in a dated chronology line", True
            return "ongoing", f"present passive '{tok.text}'", False
        return "happened", f"past participle '{tok.text}'", True
    if tok.tag_ == "VBD" and (mark := _time_clause_under_would(tok)) is not None:
        return "planned", f"past tense after '{mark.text}' under 'would': a future told in the past", True
    if tok.tag_ == "VBD":
        return "happened", f"past tense '{tok.text}'", True
    if tags & {"VBD"}:  # "did attend"
        return "happened", f"past auxiliary on '{tok.text}'", True
    if tok.tag_ in {"VBZ", "VBP"} and not auxes and is_headline(tok.sent):
        return "happened", f"present tense '{tok.text}' in a headline: what happened", True
    if tok.tag_ in {"VBZ", "VBP"} and not auxes and is_chronology_line(tok.sent):
        return "happened", f"present tense '{tok.text}' in a dated chronology line: what happened", True
    if tok.tag_ in {"VBZ", "VBP"}:
        return "ongoing", f"present tense '{tok.text}'", False
    return None


# what turns a to-infinitive on a verb from a purpose into an outcome or a measure: "arrived only to
# find the gates shut" (found), "too weak to stand", "strong enough to lift"
_OUTCOME_INFINITIVE_WORDS = frozenset({"only", "too", "enough", "so"})


def _purpose_infinitive(tok: Token) -> bool:
    """"was recruited by the agency to assassinate the leader", "agents involved in a plot to kill
    him": a to-infinitive the parser hangs as an adverbial clause on a passive participle tells what
    the person acted on was enlisted or used for, not that it came about, so it does not take the
    participle's past ("recruited" happened, the killing did not). An active verb's doer often does
    the act by doing the verb ("shunned work to protest", "sent troops to investigate" are coded as
    the protest and the inquiry) and keeps the verb's reading. A governing verb ("expected to", "set
    to") keeps its own reading (``_governor_value``), and "only to", "too ... to", "enough to" tell
    an outcome or a measure."""
    if tok.dep_ != "advcl" or tok.tag_ != "VB":
        return False
    head = tok.head
    if head.pos_ != "VERB" or head.tag_ != "VBN" or head.lemma_.lower() in COPULAS or governs(head):
        return False
    if head.dep_ != "acl" and not any(c.dep_ == "auxpass" for c in head.children):
        return False  # a passive ("was recruited to") or a reduced relative ("men hired to"), not "has sent"
    if any(c.dep_ == "mark" for c in tok.children):
        return False  # "for talks to resume", "so as to": other clauses than a bare purpose
    words = {c.lower_ for c in tok.children if c.dep_ in {"advmod", "neg"} and c.i < tok.i}
    words |= {g.lower_ for c in head.children if c.dep_ in {"acomp", "advmod", "dobj"}
              for g in (c, *c.children) if g.dep_ in {"advmod", "acomp"} or g is c}
    return not words & _OUTCOME_INFINITIVE_WORDS


def _time_clause_under_would(tok: Token) -> Token | None:
    """"She said no exchange would happen until the militia returned the bodies": reported speech
    shifts the present of a clause of time ("until they return") to the past, so a past tense after
    "until" or "before" on a verb taking "would" is still to come; "fighting went on until troops
    withdrew" is a past like any other. Returns the "until"/"before" word."""
    if tok.dep_ != "advcl":
        return None
    mark = next((c for c in tok.children if c.dep_ == "mark"
                 and modality_cues().mark.get(c.lower_) == "planned"), None)
    if mark is None or not any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.head.children):
        return None
    return mark


def _headline_particle(tok: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """"Talks off", "Summit off after border clash": headlinese drops the verb and keeps the particle
    as the event noun's whole predicate (the tagger often takes the noun for an imperative verb, so
    a word with a subject, object or auxiliary of its own, "Kasmar calls off summit", is no such noun)."""
    if tok.dep_ != "ROOT" or not is_headline(tok.sent):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"} for c in tok.children):
        return None
    if tok.pos_ in {"VERB", "AUX"} and tok.tag_ != "VB":
        return None
    for child in tok.children:
        value = cues.headline.get(child.lower_)
        if value and child.dep_ in {"prt", "advmod", "prep"} and child.i == tok.i + 1:
            return value, f"'{tok.text} {child.text}' in a headline"
    return None


def _headline_compound_verb(tok: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """"Trump cancels Singapore summit": in a verbless-looking headline the tagger can take the
    present-tense verb for a plural noun and hang it, with its subject, on the event noun as one long
    compound ("cancels" as a kind of summit), so the summit would read as held. A compound word
    before the noun, in the third person ("-s"), whose lemma is a calling-off or putting-off verb
    and which carries a word of its own before it (the mis-parsed subject) is that verb."""
    if not is_headline(tok.sent):
        return None
    for child in tok.children:
        if (child.dep_ != "compound" or child.i >= tok.i or not child.lower_.endswith("s")
                or child.tag_ not in {"NNS", "VBZ"}):
            continue
        value = cues.governor.get(child.lemma_.lower())
        if value in {"cancelled", "postponed"} and any(g.i < child.i for g in child.children):
            return value, f"headline verb '{child.text}' taken for a compound of '{tok.text}'"
    return None


def _noun_reading(tok: Token, cues: ModalityCues) -> tuple[str, str] | None:
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:  # "no call or meeting": one "no" for both
        first = first.head
    for child in first.children:
        if child.dep_ == "det" and child.lower_ == "no":
            return "negated", f"'no {first.text}'" + (f" (with '{tok.text}')" if first.i != tok.i else "")
    for child in tok.children:  # "assaults allegedly committed by...": the claim sits on the participle
        if child.dep_ in {"acl", "relcl"}:
            for g in child.children:
                if g.dep_ == "advmod" and cues.adverb.get(g.lower_) == "claimed":
                    return "claimed", f"'{g.text} {child.text}' on '{tok.text}'"
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod", "advmod", "npadvmod"}:
            value = cues.modifier.get(child.lower_) or cues.modifier.get(child.lemma_.lower())
            if value:
                return value, f"modifier '{child.text}' on '{tok.text}'"
            words = list(child.subtree)
            if any(w.tag_ == "HYPH" for w in words):  # "would-be", parsed as three words
                hyphenated = "".join(w.lower_ for w in words)
                if value := cues.modifier.get(hyphenated):
                    return value, f"modifier '{hyphenated}' on '{tok.text}'"
            if child.pos_ not in {"ADJ", "VERB"} and child.tag_ != "VBN":
                continue
            for g in child.children:  # "long-planned", "much-anticipated"
                value = cues.modifier.get(g.lower_)
                if value and g.dep_ in {"amod", "advmod"}:
                    return value, f"modifier '{g.text} {child.text}' on '{tok.text}'"
    return _passive_infinitive(tok) or _date_for(tok)


def _asserted_clause(node: Token, prev: Token | None) -> bool:
    """Whether ``prev`` is the that-clause of an assertion noun ``node`` ("the claim that ...", "reports
    that ..."; lexicons/claim_nouns.txt). The parser hangs such a clause on the noun as ``acl``, so
    the "clause" governors (``deny that``), which read a verb's ``ccomp``, never see it, and the
    clause's own perfect ("had apologised") would pass for a fact. The noun's tag is not read: the
    tagger often takes "reports" in "dismissed reports that ..." for a verb."""
    return (prev is not None and prev.dep_ == "acl" and node.lemma_.lower() in word_list("claim_nouns.txt")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in prev.children))


# nouns of the day an act is fixed for: "set June 3 as the date for the trial"
DATE_NOUNS = frozenset({"date", "day", "timetable", "schedule"})


def _date_for(noun: Token) -> tuple[str, str] | None:
    """"A Tunisian court has set June 3 as the date for the trial", "no date has been given for the
    talks": an act named as what a date is for is one still to be held, whatever the tense of the
    clause that fixes the date; presupposed, it would read as done."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in DATE_NOUNS:
        return "planned", f"'{prep.head.text} for' names the day '{noun.text}' is set for"
    return None


def _passive_infinitive(noun: Token) -> tuple[str, str] | None:
    """"The release, to be carried out with the help of the Red Cross, is the first of two phases",
    "talks to be held in Geneva": a passive to-infinitive on an event noun tells the act as still to
    be done, whatever the tense of the clause the noun stands in. A noun ranked by "first", "last",
    "only" or a superlative ("the first summit to be held in Africa") is told by its infinitive as
    done (``ranked_infinitive``), and is left to it."""
    for child in noun.children:
        if child.dep_ not in {"relcl", "acl"} or child.tag_ != "VBN" or child.i < noun.i:
            continue
        aux = {c.lower_ for c in child.children if c.dep_ in {"aux", "auxpass"}}
        if aux != {"to", "be"}:
            continue
        if any(c.lower_ in RANKING_WORDS or c.tag_ == "JJS" for c in noun.children if c.dep_ in {"amod", "advmod", "det"}):
            return None
        return "planned", f"passive infinitive 'to be {child.text}' on '{noun.text}'"
    return None


def _time_reading(when: TimeRef | None, reference: date | None) -> str | None:
    if when is None or reference is None:
        return None
    if when.earliest is not None and when.earliest > reference:
        return "future"
    if when.latest is not None and when.latest < reference:
        return "past"
    return None


# "accused X of attacking", "charged with assault": the claim is in that preposition's phrase (a
# charge is an accusation the court has yet to try; "charged the battery" governs nothing)
PREP_GOVERNORS = {"accuse": "of", "suspect": "of", "charge": "with"}
# Prepositions whose phrase on a verb sets the scene (when, as what, despite what) rather than naming
# what the verb acts on; any phrase before its verb does too ("In a deal brokered by Kendall, the
# subpoena was withdrawn"). A governing verb's reading does not reach into them.
SCENE_PREPS = frozenset({"as", "after", "before", "during", "despite", "since", "amid", "amidst", "throughout",
                         "within", "following", "until", "unlike", "besides", "among", "via", "per",
                         # what an act waits on: "adjourned pending the outcome of his appeal"
                         "pending", "awaiting",
                         # the cause: "delayed because of the fighting", "due to the flooding"
                         "because", "due", "owing", "thanks"})
# Nouns that make "in ... of / to" a preposition of cause or scene ("cancelled in the wake of
# protests", "postponed in view of the unrest", "called off in light of the clashes", "in response
# to the attack"): what the phrase names went ahead, as after "amid" or "because of"
SCENE_PHRASE_NOUNS = frozenset({"wake", "light", "view", "aftermath", "face", "midst", "response"})
# Prepositions whose phrase says where or in what an act was done ("taxes postponed in the budget
# deal", "cancelled his part in the summit"): calling off or putting off the act does not reach what
# the phrase names, which went ahead
SETTING_PREPS = frozenset({"in", "at", "with", "under"})
# "by refusing to answer", "without paying": a gerund of means or manner, not the verb's complement
MEANS_PREPS = frozenset({"by", "without"})
STATE_HEADS = {"be", "remain", "stay", "lock", "engage", "involve", "embroil", "bog", "mire", "stall", "continue"}


def _scene_phrase(prep: Token, noun: Token | None) -> bool:
    """Whether ``prep`` and its object ``noun`` open a compound preposition of cause or scene ("in
    the wake of", "in view of", "in response to"; SCENE_PHRASE_NOUNS): the event named after it is
    the reason or setting of the act above, so calling that act off does not call it off."""
    return (noun is not None and prep.lower_ == "in" and noun.dep_ == "pobj" and noun.head.i == prep.i
            and noun.lower_ in SCENE_PHRASE_NOUNS and any(c.dep_ == "prep" and c.lower_ in {"of", "to"}
                                                         for c in noun.children))


def _calls_off(verb: Token, cues: ModalityCues) -> bool:
    """Whether ``verb`` cancels or postpones what it acts on; its "over" phrase then gives the cause
    ("cancelled over security fears", "postponed over the shelling"), and a "between" phrase the
    ends of an interval ("the delay between the attack and the admission"), not the thing called off."""
    gov = _governor_value(verb, cues)
    return gov is not None and gov[0] in CALLED_OFF


def _intent_for(node: Token, cues: ModalityCues) -> bool:
    """Whether ``node`` is the "for" phrase (or its object) of a noun that governs what it is for:
    "plans for an assault", "preparations for the summit"."""
    prep = node.head if node.dep_ == "pobj" else node
    if prep.dep_ != "prep" or prep.lower_ != "for" or (node.dep_ != "pobj" and node.i != prep.i):
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and _governor_value(noun, cues) is not None


TOPIC_PREPS = frozenset({"on", "about", "over", "toward", "towards"})


def _agenda_reading(noun: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """An event noun a verb only talks about ("will meet to discuss a ceasefire", "debated a ban on
    exports"): an indefinite object of such a verb is not yet agreed; a definite one ("discussed the
    attack") names an act the talk presupposes."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"} or is_definite(noun):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    value = cues.agenda.get(verb.lemma_.lower())
    return (value, f"what '{verb.text}' talks about: '{noun.text}' is not yet agreed") if value else None


def _run_up_reading(noun: Token, when: TimeRef | None, reference: date | None) -> tuple[str, str] | None:
    """"Steelmakers rushed shipments in ahead of the tariff", "in the run-up to Sunday's election": the
    object of such a phrase (lexicons/event_run_up_phrases.txt) is still to come when the clause's act
    is done, so it is planned, not presupposed to have happened; unless its own time is before the
    article ("ahead of the 2016 election", written years on)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "ahead of the summit and the vote": one phrase for both
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep, word = noun.head, noun.head.head
    first = min((c for c in word.children if c.dep_ == "compound" and c.i < word.i), default=word, key=lambda t: t.i)
    phrase = f"{noun.doc[first.i : word.i + 1].text.lower()} {prep.lower_}"
    if phrase not in word_list("event_run_up_phrases.txt") or _told_in_the_past(word):
        return None
    if when is not None and when.latest is not None and reference is not None and when.latest < reference:
        return None
    return "planned", f"'{phrase} {noun.text}': still to come"


def _frame_reading(noun: Token, quotes: Sequence[Quote], when: TimeRef | None,
                   reference: date | None) -> tuple[str, str] | None:
    """"During the prime minister's visit, the leaders are likely to sign a pact": an event noun
    framing a clause still to come ("during" it) is itself still to come, not presupposed held."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "during" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = prep.head
    if verb.lemma_ == "be":  # "are likely to address": the copula's adjective carries the act
        verb = next((x for a in verb.children if a.dep_ == "acomp" for x in a.children if x.dep_ == "xcomp"), verb)
    value = classify(verb, quotes, when, reference).value
    # "are likely to address" reads hypothetical; said in the present it is a prospect of the visit's
    if value != "planned" and not (value == "hypothetical" and prep.head.tag_ in {"VBP", "VBZ"}):
        return None
    return "planned", f"'during {noun.text}' frames '{verb.text}', still to come"


def _topic_of(noun: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """The reading of an event noun that is what a negotiation is about ("talks on a ceasefire",
    "negotiations over a prisoner exchange"), unless it is definite ("talks on the truce", one that
    may already hold)."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS or is_definite(noun):
        return None
    value = cues.topic.get(prep.head.lemma_.lower())
    if value:
        return value, f"what '{prep.head.text} {prep.text}' is about"
    # "resumed talks in Geneva on Monday on an exchange of prisoners": the parser often hangs the topic
    # phrase on the verb whose object is the negotiation
    talks = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i
                  and c.lemma_.lower() in cues.topic), None) if prep.head.pos_ in {"VERB", "AUX"} else None
    if talks is None:
        return None
    return cues.topic[talks.lemma_.lower()], f"what '{talks.text} ... {prep.text}' is about"


def _for_to_governor(verb: Token, clause: Token, cues: ModalityCues) -> str | None:
    """The governor key ("call for") of a verb whose "for X to do" clause the parser made an adjunct
    ("called for the United States to organize ..."), or None."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    key = f"{verb.lemma_.lower()} for"
    return key if key in cues.governor else None


def _phrasal_governor_prep(prep: Token, cues: ModalityCues) -> bool:
    """Whether ``prep`` is the preposition of a two-word governor ("call for", "push for"), whose
    object is the governed event itself rather than a phrase around it."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.i == prep.i:
        return False
    lemma = verb.lemma_.lower()
    if verb.pos_ == "NOUN":
        # "calls for a ceasefire grew louder", "renewed its call for a boycott": the noun of a
        # two-word governor governs its phrase as the verb does ("called for a ceasefire")
        return f"{lemma} {prep.lower_}" in cues.governor
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    # a governing verb's "for" phrase is what it wants, prepares or asks: "asked for a meeting"
    return f"{lemma} {prep.lower_}" in cues.governor or (prep.lower_ == "for" and lemma in cues.governor)


def _venue(noun: Token) -> bool:
    """A gathering (lexicons/gathering_nouns.txt: talks, summit, meeting...) as the object of "at": the
    occasion a clause's act took place at, not what that act does."""
    return noun.head.lower_ == "at" and noun.lemma_.lower() in word_list("gathering_nouns.txt")


def _occasion_of(noun: Token) -> bool:
    """A gathering named as the occasion of another event noun's phrase: "a bilateral meeting on the
    sidelines of the summit", "a news conference at the end of the talks". The phrase dates and
    places the meeting; a verb calling off or putting off that meeting does not reach the summit,
    which goes ahead. Only a phrase on a noun: "withdrew from the second day of the talks" is left
    to the walk."""
    of = noun.head
    frame = of.head
    prep = frame.head
    return (noun.dep_ == "pobj" and of.dep_ == "prep" and of.lower_ == "of"
            and noun.lemma_.lower() in word_list("gathering_nouns.txt")
            and frame.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in {"NOUN", "PROPN"})


def _topic_of_noun(noun: Token) -> bool:
    """A definite event noun that is what another noun is about ("a session of the Security Council
    on the strike", "the talks over the ceasefire"): a verb calling off or putting off that other
    noun calls off the session or the talks, not the strike or the ceasefire they are about, which
    stays as known. A phrase on a verb ("withdrew from the talks") is left to the walk."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS
            and prep.head.pos_ in {"NOUN", "PROPN"} and is_definite(noun))


def _indefinite(noun: Token) -> bool:
    """"a default", "an attack": a singular event noun introduced as new, not one known to have happened."""
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in noun.children)


def is_definite(noun: Token) -> bool:
    """"the sanctions", "his arrest", "Russia's invasion": a noun phrase that takes its referent as known."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_WORDS) for c in noun.children)


def purpose_verb(noun: Token) -> Token | None:
    """"will meet in Jeddah on May 20 for talks": the verb whose purpose an indefinite event noun is;
    the noun takes its tense here and its date in events._when. "Arrested for the attack" is no
    purpose: the attack is definite and earlier."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "in" and noun.tag_ == "NN" and not any(True for _ in noun.children):
        # "will hold a general strike in protest", "closed their shops in protest": a bare noun after
        # "in" names the motive of the verb's act, which is the event itself; it shares the act's
        # tense and date
        verb = prep.head
        return verb if verb.pos_ in {"VERB", "AUX"} and prep.i > verb.i else None
    if prep.lower_ != "for" or is_definite(noun):
        return None
    verb = prep.head
    return verb if verb.pos_ in {"VERB", "AUX"} and prep.i > verb.i else None


# "the only Republicans to vote against", "the first leader to visit": a noun ranked among those who did
# something; its infinitive names what they did, not a plan ("the next to speak" is still to come)
RANKING_WORDS = frozenset({"only", "first", "last", "second", "third"})


def ranked_infinitive(tok: Token) -> tuple[str, str, bool] | None:
    """The reading of a to-infinitive on a noun ranked by "only", "first" or "last": the act that ranks
    the noun, in the time of the clause that ranks it ("were the only Republicans to vote against":
    they voted). That clause's negation denies the ranking, not the act ("is not the only Republican to
    endorse Trump": others did too, and so did he); its modal or future still holds ("will be the
    first leader to visit")."""
    noun = tok.head
    if tok.dep_ in {"advcl", "xcomp"}:
        attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i < tok.i), None)
        if tok.head.lemma_.lower() not in COPULAS or attr is None:
            return None
        noun = attr
    rank = noun if noun.lower_ in RANKING_WORDS else next(  # "was the first to admit it"
        (c for c in noun.children if c.dep_ in {"amod", "advmod", "det"} and c.lower_ in RANKING_WORDS), None)
    if rank is None:
        return None
    ranked = noun.text if rank.i == noun.i else f"{rank.text} {noun.text}"
    clause = noun.head if noun.dep_ in {"attr", "nsubj", "dobj", "appos"} else noun
    aux = next((c for c in clause.children if c.dep_ == "aux" and modality_cues().aux.get(c.lower_)), None)
    if aux is not None:
        return modality_cues().aux[aux.lower_], f"infinitive '{tok.text}' of '{ranked}' with '{aux.text}'", True
    return "happened", f"infinitive '{tok.text}' of '{ranked}': the act that ranks it", True


def _reports_outcome(key: str, trigger: Token, prev: Token | None, cues: ModalityCues) -> bool:
    """"Announced an agreement with the nurses", "the sides agreed a deal", "agreed to a deal": an
    outcome noun as what such a governor names reports the outcome reached, in that verb's tense; the
    same governors make a strike or a meeting they announce or agree to one still to come."""
    if key not in cues.reports or trigger.lemma_.lower() not in cues.outcome or prev is None:
        return False
    if prev.i == trigger.i:
        return trigger.dep_ == "dobj"
    return prev.dep_ == "prep" and prev.lower_ in {"on", "to"} and trigger.dep_ == "pobj" and trigger.head.i == prev.i


def _performed_by_vote(key: str, trigger: Token, cues: ModalityCues) -> bool:
    """"The union voted to endorse her", "the council voted to condemn the attack": a vote that
    endorses, approves or condemns does so as it is cast, so the act takes the vote's tense; the same
    governor makes "voted to strike" a strike still to come (lexicons/modality_cues.tsv, voted)."""
    return key in {"vote", "vote for"} and trigger.lemma_.lower() in cues.voted


def _reached_by(key: str, prev: Token | None) -> bool:
    """Some governors govern only through one preposition ("accused of", "suspected of"), not any clause."""
    need = PREP_GOVERNORS.get(key)
    return need is None or (prev is not None and prev.dep_ == "prep" and prev.lower_ == need)


def _supports(head: Token, trigger: Token, cues: ModalityCues) -> bool:
    """Whether the verb an event noun is argument of carries the event ("held talks", "there was an attack").

    "be" with a predicate of its own ("the agreement isn't good") says something about the event,
    not whether it happened, so it carries nothing.
    """
    gov = _governor_value(head, cues)
    if gov is not None and _is_governor(head, *gov):  # "is not yet complete" is no "is yet to"
        return True
    if head.lemma_.lower() not in cues.support:
        return False
    if trigger.dep_ == "nsubj" and is_definite(trigger) and any(
            c.dep_ == "dobj" and c.lemma_.lower() != "place" for c in head.children):
        # "whether his criticism had anything to do with it": a support verb with an object of its
        # own carries that object ("held talks"); its definite subject is taken as given, and the
        # verb's "whether", negation or modal speak of the predicate ("took place" is no object)
        return False
    if head.lemma_ == "be":
        return not any(c.dep_ in {"acomp", "attr"} and c.i != trigger.i for c in head.children)
    return True


def _comparative_modifier(noun: Token) -> Token | None:
    """The comparative that sets an event noun against one of its kind ("would not make a higher
    offer", "ruled out a bigger strike", "no more generous deal"): what the negation denies is that
    variant, a supposed act, while the act it is set against (the offer on the table) stands. Read as
    negated, it would deny the offer an earlier report told of. Returns the comparative modifier."""
    for child in noun.children:
        if child.dep_ == "amod" and (child.tag_ in {"JJR", "RBR"} or any(
                c.dep_ == "advmod" and c.lower_ in {"more", "less"} for c in child.children)):
            return child
    return None


# adjectives of a wish that take "in" ("interested in talks"): not the state "in talks" is
_WISH_ADJECTIVES = frozenset({"interested", "uninterested", "disinterested"})

# Governors that deny an act by stopping it (lexicons/modality_cues.tsv, negated): done, the act did
# not happen ("the deal averted a walkout"); still aimed at, the act is only a threat
_PREVENTING = frozenset({"avert", "prevent", "avoid", "thwart", "foil", "block", "stop from", "bar from",
                         "ban from", "keep from", "block from", "forbid from", "prohibit from"})


def _entering_verb(noun: Token) -> Token | None:
    """The verb of "go on strike", "come out on strike": a bare event noun after "on" under a verb
    other than one of being or staying (``STATE_HEADS``: "are on strike", "remained on strike" are
    the state, read by ``_state_reading``) names the act of entering it, so the verb carries the
    event's tense and governors. A noun with a determiner or modifier ("went on about the strike",
    "on hunger strike") is a topic or a kind, not the state entered."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "on" or prep.head.pos_ != "VERB":
        return None
    if prep.head.lemma_.lower() in STATE_HEADS or any(
            c.dep_ in {"det", "amod", "compound", "poss", "nummod"} for c in noun.children):
        return None
    return prep.head


def _state_reading(trigger: Token) -> tuple[str, str] | None:
    """'in talks', 'under attack', 'on strike': an event noun the subject is caught up in, going on unless
    said to be past. "On" counts only after a verb of being ("workers are on strike", "remained on hunger
    strike"), not "focused on the attack"."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in {"in", "under", "on"}:
        return None
    verb = prep.head
    if verb.pos_ in {"ADJ", "VERB"} and verb.lemma_.lower() in _WISH_ADJECTIVES and prep.lower_ == "in":
        # "was uninterested in more talks", "is not interested in talks": a wish for the act or
        # against it, no state of being in it; read as one, the talks were told as held
        denied = verb.lower_.startswith(("un", "dis")) or any(
            c.dep_ == "neg" for c in (*verb.children, *verb.head.children))
        return ("negated" if denied else "hypothetical"), f"'{verb.text} {prep.text} {trigger.text}': a wish, no state"
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and prep.lower_ == "in":
        verb = verb.head  # "remain locked in fighting", "is embroiled in talks": the state is the verb's
    if verb.pos_ not in {"VERB", "AUX"} or (prep.lower_ in {"in", "on"} and verb.lemma_.lower() not in STATE_HEADS):
        return None
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    words = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if words & PLANNED_AUX or "MD" in tags:
        return None
    if tags & {"VBD"} and not tags & {"VBZ", "VBP"}:
        return "happened", f"'{verb.text} {prep.text} {trigger.text}' in the past"
    return "ongoing", f"'{verb.text} {prep.text} {trigger.text}': caught up in it"


def _occurrence_verb(noun: Token) -> Token | None:
    """The verb that says whether the event a noun names came about: "the planned exchange did not
    *take* place", "the scheduled vote *went* ahead", "the meeting *happened*"; None otherwise."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or not _occurs(verb):
        return None
    return verb


def _occurrence_reading(verb: Token, planned: tuple[str, str], cues: ModalityCues) -> tuple[str, str]:
    """A planned event's fate, told by the verb of its occurring: "the planned exchange did not take
    place" was called off (cancelled), "the scheduled vote took place" happened, "the planned summit
    will take place in May" is still planned. The verb's words outrank the noun's modifier, which
    only says a plan existed."""
    local = _local(verb, cues)
    if local is not None and local[0] == "negated":
        return "cancelled", f"{planned[1]}, but '{local[1]}': it did not come about"
    if local is not None:
        return local
    tense = _tense(verb)
    if tense is not None and tense[2]:
        return tense[0], f"{tense[1]} of {planned[1]}"
    return planned


def comes_into_force(verb: Token) -> bool:
    """"The duty will take effect on June 1", "the levy was due to take effect", "the duties came into
    force": a predicate of a measure starting to apply (lexicons/event_onset_phrases.txt), on the
    subject's own verb or on the infinitive that "due", "set" or "expected" carries, says that its
    subject is a measure put in place, so a word that names a charge only as such a measure ("duty",
    "levy") is the measure's event, timed and told as the predicate is."""
    heads = [verb, *(x for c in verb.children if c.dep_ in {"acomp", "xcomp"}
                     for x in (c, *(g for g in c.children if g.dep_ == "xcomp")))]
    for head in heads:
        if head.pos_ not in {"VERB", "AUX"}:
            continue
        doc, lemma_here = head.doc, head.lemma_.lower()
        if any(lemma_here == lemma and tuple(t.lower_ for t in doc[head.i + 1 : head.i + 1 + len(rest)]) == rest
               for lemma, rest in _onset_phrases()):
            return True
    return False


@cache
def _onset_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(verb lemma, the words after it) of lexicons/event_onset_phrases.txt, read once."""
    return tuple((words[0], tuple(words[1:])) for words in (line.split() for line in word_list("event_onset_phrases.txt")))


# Verbs by which a measure is put in force, with the measure as their passive subject: "the tariff
# will be applied in full", "the sanctions were imposed on Monday", "the ban will be enforced".
_APPLYING_VERBS = frozenset({"apply", "impose", "reimpose", "enforce", "implement", "introduce"})


def _applying_verb(noun: Token) -> Token | None:
    """The verb that puts the measure a noun names in force, or says it comes into force: "the tariff
    will be applied in full", "the duty will take effect on June 1" (``comes_into_force``); None
    otherwise. Its tense and modals are the measure's: a definite "the tariff" is a known plan, not a
    tariff presupposed to be in force."""
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _APPLYING_VERBS:
        return verb
    if noun.dep_ == "nsubj" and comes_into_force(verb) and verb.lemma_.lower() in _onset_verbs():
        return verb  # its own verb; "was due to take effect" is the plan's, read by "due"
    return None


@cache
def _onset_verbs() -> frozenset[str]:
    return frozenset(lemma for lemma, _ in _onset_phrases())


def _applied_reading(verb: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """The reading of a measure by the verb that puts it in force (``_applying_verb``): its own words
    ("will", "would", "if ...", "not"), else its tense."""
    if (cond := _conditional(verb, cues)) is not None:
        return "hypothetical", f"'{verb.text}': {cond}"
    if (local := _local(verb, cues)) is not None:
        return local
    tense = _tense(verb)
    return (tense[0], tense[1]) if tense is not None and tense[2] else None


def _clause_of_lost_subject(noun: Token) -> Token | None:
    """"Belarus said a visit by its minister, planned for later this month, was *suspended*", "Budrys
    said the meeting, scheduled for June 18, would not *take* place": a participle phrase set off by
    commas after the subject makes the parser take the event noun for the object of "said" and leave
    the clause that tells its fate without a subject (``lost_clause_subject``). The verb of that
    clause, of which the noun is the subject; None when the noun is no such object."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i == noun.i:
        return None
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    lost = lost_clause_subject(verb, comp) if comp is not None else None
    return comp if lost is not None and lost.i == noun.i else None


def _lost_subject_reading(noun: Token, clause: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """The reading of an event noun that the parse cut off from its clause (``_clause_of_lost_subject``),
    from that clause's verb as it reads a subject: a verb calling it off or putting it off ("was
    suspended", "has been postponed"), or a verb of its occurring ("would not take place": called off;
    "will take place in May": still planned). Other verbs are left to the walk."""
    gov = _governor_value(clause, cues)
    negated = any(c.dep_ == "neg" for c in clause.children)
    note = f" ('{noun.text}' read as the subject of '{clause.text}')"
    if gov is not None and gov[0] in CALLED_OFF and not negated:
        return gov[0], f"governed by '{gov[1]}'{note}"
    if not _occurs(clause):
        return None
    if (off := _will_not_occur(noun, clause)) is not None:
        return off[0], off[1] + note
    reading = _local(clause, cues)
    tense = _tense(clause)
    if reading is None and tense is not None and tense[2]:
        reading = tense[0], tense[1]
    return (reading[0], reading[1] + note) if reading is not None else None


def _occurs(verb: Token) -> bool:
    """Whether a verb tells that something came about: "happened", "took place", "went ahead"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "go":
        return any(c.lower_ in {"ahead", "forward"} for c in verb.children)
    return lemma in OCCURRENCE_VERBS


def _will_not_occur(noun: Token, verb: Token) -> tuple[str, str] | None:
    """"The meeting, set for May 12, would not take place", "the summit will not go ahead": a definite
    event noun (one the reader is taken to know of, so one that was expected) said not to come about
    in the future has been called off, not merely denied. A past "did not take place" is left to the
    negation: it says only that it did not happen."""
    if not is_definite(noun) or not any(c.dep_ == "neg" for c in verb.children):
        return None
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in PLANNED_AUX | {"would"}), None)
    if modal is None:
        return None
    return "cancelled", f"'{modal.text} not {verb.text}' said of the {noun.text}: it was expected, and is called off"


def _called_off_later(trigger: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """"had planned a march but called *it* off", "a vote was set for May, but it was postponed":
    a later verb of the same sentence that cancels or postpones a pronoun standing for the event. The
    pronoun's verb is a conjunct of the verb that carries the event (or of the event's own verb)."""
    node = trigger
    for _ in range(3):
        for conj in node.conjuncts:
            if conj.i < node.i or conj.pos_ not in {"VERB", "AUX"}:
                continue
            gov = _governor_value(conj, cues)
            if gov is None or gov[0] not in CALLED_OFF or any(c.dep_ == "neg" for c in conj.children):
                continue
            pronoun = next((c for c in conj.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in EVENT_PRONOUNS), None)
            if pronoun is not None:
                return gov[0], f"'{gov[1]}' on '{pronoun.text}' later in the sentence"
        if node.dep_ not in {"dobj", "nsubjpass", "xcomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


# Words that open a clause telling what became of a plan afterwards ("due on Monday before being
# pushed back", "set for May until it was called off")
UNDONE_MARKS = frozenset({"before", "until", "till"})


def _undone_after(trigger: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """"The talks had been due to open on 11 March before being pushed back by a week", "the vote was
    set for May until it was postponed": a before/until clause on the verb that tells the plan (or on
    its infinitive or adjective), whose passive verb cancels or postpones with no subject of its own
    or a pronoun for the event, tells what became of the plan; the later act outweighs it."""
    if trigger.dep_ not in {"nsubj", "nsubjpass", "dobj"} or trigger.head.i == trigger.i:
        return None
    verbs, seen = [trigger.head], 0
    while seen < len(verbs) and len(verbs) < 6:
        verbs += [c for c in verbs[seen].children if c.dep_ in {"xcomp", "acomp"}]
        seen += 1
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in UNDONE_MARKS:
                mark, clauses = child.lower_, [g for g in child.children if g.dep_ == "pcomp"]
            elif child.dep_ == "advcl" and (mark := next((m.lower_ for m in child.children if m.dep_ == "mark"
                                                          and m.lower_ in UNDONE_MARKS), "")):
                clauses = [child]
            else:
                continue
            for clause in clauses:
                gov = _governor_value(clause, cues)
                if gov is None or gov[0] not in CALLED_OFF or any(c.dep_ == "neg" for c in clause.children):
                    continue
                subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                passive = any(c.dep_ == "auxpass" for c in clause.children)
                if passive and (subject is None or subject.lower_ in EVENT_PRONOUNS):
                    return gov[0], f"'{gov[1]}' in a '{mark}' clause after the plan"
    return None


def _dropped_by_planner(trigger: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """"Xi, who was scheduled to visit Pakistan this month, has postponed the trip": a plan told in a
    relative clause on the one who had it, whose own verb then puts off or calls off the act named
    again (a definite noun or a pronoun, not "postponed a meeting"), tells what became of the plan;
    read alone, the plan shows as a "planned" report after the postponement (a false change)."""
    clause = trigger
    for _ in range(3):  # "was scheduled to visit", "was due to attend": up to the relative clause
        if clause.dep_ not in {"xcomp", "acomp"}:
            break
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.dep_ != "nsubj":
        return None
    verb = clause.head.head
    gov = _governor_value(verb, cues)
    if gov is None or gov[0] not in CALLED_OFF or any(c.dep_ == "neg" for c in verb.children):
        return None
    named = next((c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in EVENT_PRONOUNS or any(
        g.dep_ in {"det", "poss"} and g.lower_ not in {"a", "an"} for g in c.children))), None)
    if named is None:
        return None
    return gov[0], f"'{gov[1]} {named.text}' by the one who had the plan"


def _attempted(trigger: Token, quote: Quote, cues: ModalityCues) -> bool:
    """"The aide attempted to obscure the army's deliberate attacks": the to-infinitive of a distancing
    cue that is no verb of claiming is what the speaker did, not what they asserted; the attacks in
    it are the writer's, not the aide's claim. ("claimed to have seen" is a claim.)"""
    if quote.cue is None or cues.governor.get(quote.cue_lemma or "") == "claimed":
        return False
    cue = next((t for t in trigger.doc[trigger.sent.start : trigger.sent.end] if t.idx == quote.cue.start), None)
    if cue is None:
        return False
    # a noun cue's to-infinitive too ("the team's insistence to visit the site": a wish, no claim)
    return any((c.dep_ == "xcomp" or (c.dep_ == "acl" and cue.pos_ == "NOUN" and _to_infinitive(c)))
               and c.left_edge.i <= trigger.i <= c.right_edge.i for c in cue.children)


def _to_infinitive(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Modals of what ought to be done: "insisted that Trump should release them" demands the release
DEONTIC_MODALS = frozenset({"should", "must", "ought"})


def deontic_modal(trigger: Token) -> Token | None:
    """The "should"/"must" on the trigger's own verb: what someone says ought to be done is a demand, so
    a distancing cue ("insisted", "claimed") around it does not make it a claim that the event happened;
    the modal's own reading (hypothetical) stands."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS), None)


def modal_over_new_noun(noun: Token, cues: ModalityCues) -> Token | None:
    """The modal on the verb a new (not definite) event noun is an argument of, or the object of a
    preposition of: "a blockade would likely be seen as an escalation", "could push Maksim towards a
    blockade", "should open talks with Tarsia", "Would sanctions deter him?". Only a definite noun
    ("the blockade", "Varnia's offensive") is taken as known; a new one named under a modal is
    something that may come about, and presupposing it happened turns analysis and opinion copy
    into a record of wars that were only feared."""
    if noun.pos_ in {"VERB", "AUX"} or is_definite(noun) or noun.tag_ not in {"NN", "NNS"}:
        return None
    node = noun
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head
    elif node.dep_ not in ARGUMENT_DEPS - {"appos", "attr"}:
        return None
    verb = node.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == node.i:
        return None
    return next((c for c in verb.children if c.dep_ == "aux"
                 and cues.aux.get(c.lower_) in {"hypothetical", "planned"}), None)


def container_of(noun: Token) -> Token | None:
    """"A ninth package of sanctions", "a new round of talks": the noun that holds an event noun in its
    "of" phrase (lexicons/event_container_nouns.txt) and so stands for it in the clause; what the clause
    says of the package (prepared, agreed, blocked) it says of the sanctions."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in {"NOUN", "PROPN"} or prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    holder = prep.head
    if holder.i == prep.i or holder.pos_ != "NOUN" or holder.lemma_.lower() not in word_list("event_container_nouns.txt"):
        return None
    return holder


def campaign_of(noun: Token) -> Token | None:
    """"The vaccination campaign was postponed", "a mediation effort is due to begin": the campaign,
    drive or effort noun (event_words.COMPOUND_HEADS) that an event noun premodifies stands for it
    in the clause as a container does (``container_of``); what the clause says of the campaign
    (begun, put off, called off) it says of the vaccination, which on its own would read as
    presupposed to have happened."""
    head = noun.head
    if noun.dep_ != "compound" or head.i == noun.i or head.pos_ != "NOUN" or head.lemma_.lower() not in COMPOUND_HEADS:
        return None
    return head


def apposed_to(noun: Token) -> Token | None:
    """"The trip, a visit to the border region, was postponed", "the summit, a meeting of regional
    leaders, was cancelled": the event noun an event noun renames holds its place in the clause, and
    what the clause says of it (put off, called off) it says of the event noun."""
    head = noun.head
    if noun.dep_ != "appos" or head.i == noun.i or head.pos_ not in {"NOUN", "PROPN"} or noun.pos_ != "NOUN":
        return None
    # only an event renaming an event: "Rakeem Jones, a protester who was punched" is no protest the
    # clause's "could not be said" denies, and "sought suggestions, an offer the leadership rebuffed"
    # made no plan of the offer
    return head if is_event_noun(head) else None


def reduced_relative(noun: Token, verb: Token) -> bool:
    """"The prisoner exchange agreed last Monday remained on track": the parser takes a participle on an
    event noun ("the exchange that was agreed") for its verb when no "that was" marks it, and then hangs
    the clause's real verb ("remained") on it without a subject. An event noun agrees or schedules
    nothing, so a past form with no auxiliary or object of its own, followed by a verb that has lost its
    subject, is such a participle: what it says (agreed, scheduled) is done to the event."""
    if noun.dep_ != "nsubj" or noun.head.i != verb.i or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "attr", "acomp", "dative"} for c in verb.children):
        return False
    stranded = _subjectless_verb(verb)
    if stranded is not None and any(c.dep_ == "xcomp" for c in verb.children):
        # "Talks meant to give Tehran a last chance were postponed": a participle of purpose keeps its
        # infinitive, so only a stranded verb with an auxiliary of its own marks the clause's real verb;
        # "the talks failed to produce a deal, raising fears" has its verb, and the "-ing" no subject
        return stranded.dep_ in {"ccomp", "conj"} and any(c.dep_ in {"aux", "auxpass"} for c in stranded.children)
    return stranded is not None


def _subjectless_verb(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"ccomp", "conj", "advcl", "dep"} and c.pos_ in {"VERB", "AUX"}
                 and c.i > verb.i and not any(g.dep_ in {"nsubj", "nsubjpass", "expl", "mark", "cc"} for g in c.children)),
                None)


def stranded_predicate(noun: Token) -> Token | None:
    """The clause's real verb when the parser took a participle on the event noun for it
    (``reduced_relative``): "A summit planned for this week has been *postponed* to April 7"."""
    return _subjectless_verb(noun.head) if reduced_relative(noun, noun.head) else None


def _called_off_by_stranded(noun: Token, cues: ModalityCues) -> tuple[str, str] | None:
    """The reading of a clause's real verb that calls off or puts off the event noun whose participle
    the parser took for the verb ("a summit planned for this week has been postponed"): the plan
    the participle tells of is what the real verb overtook."""
    verb = stranded_predicate(noun)
    gov = _governor_value(verb, cues) if verb is not None else None
    if gov is None or gov[0] not in CALLED_OFF or any(c.dep_ == "neg" for c in verb.children):
        return None
    return gov[0], f"governed by '{gov[1]}' ('{noun.text} {noun.head.text}' read as a participle: the {noun.text} " \
                   f"that was {noun.head.text} was {verb.text})"


def predicated_of(noun: Token, clause: Token) -> bool:
    """"(denied that) the planned summit was in doubt", "(disputed that) the talks were a failure": a
    definite event noun as the subject of a copula with a predicate of its own; such a clause says
    something of an event it takes as given, so denying it leaves the event's own reading."""
    if clause.lemma_.lower() not in COPULAS or noun.dep_ != "nsubj" or noun.head.i != clause.i:
        return False
    if noun.pos_ not in {"NOUN", "PROPN"} or not is_definite(noun):
        return False
    return any(c.dep_ in {"acomp", "attr", "prep"} and c.i > clause.i for c in clause.children)


def classify(trigger: Token, quotes: Sequence[Quote], when: TimeRef | None, reference: date | None) -> ModalityCall:
    """The modality of the event announced by ``trigger`` (see the module docstring)."""
    cues = modality_cues()
    quote = containing_quote(trigger.idx, quotes)
    attributed = quote.id if quote else None
    # an event in the topic of a stance ("doubled down on attacks on her record") is what the stance is
    # about, not something the speaker asserts happened
    deontic = deontic_modal(trigger)
    if (quote is not None and quote.stance == "distancing" and quote.kind != "topic" and not _attempted(trigger, quote, cues)
            and deontic is None):
        cue = f" ('{quote.cue_lemma}')" if quote.cue_lemma else ""
        return ModalityCall("claimed", attributed, f"inside a distancing attribution{cue}")

    if (container := container_of(trigger) or campaign_of(trigger) or apposed_to(trigger)) is not None and (
            outer := classify(container, quotes, when, reference)).value not in {"happened", "ongoing"}:
        # "prepares a ninth package of sanctions", "a new round of talks will be held": the container
        # is the event as its clause tells it, when the clause says it is not (yet) so; that it
        # happened the noun presupposes anyway, and the container's tense there may be a tagger's slip
        phrase = (f"{trigger.text} {container.text}" if trigger.dep_ == "compound"
                  else f"{container.text}, {trigger.text}" if trigger.dep_ == "appos" else f"{container.text} of {trigger.text}")
        return ModalityCall(outer.value, outer.attributed_to,
                            f"'{phrase}' read as '{container.text}': {outer.reason}",
                            outer.presupposed)

    if (trigger.pos_ not in {"VERB", "AUX"} and (entering := _entering_verb(trigger)) is not None
            and (outer := classify(entering, quotes, when, reference)).value not in {"happened", "ongoing"}):
        # "are due to go on strike", "threatened to go on strike", "did not come out on strike": the
        # verb entering the state is the act, and what its clause says of it (planned, threatened,
        # denied) it says of the strike; a bare "on strike" would otherwise read as presupposed
        return ModalityCall(outer.value, outer.attributed_to,
                            f"'{entering.text} on {trigger.text}' read as '{entering.text}': {outer.reason}")

    if (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.dep_ == "dobj"
            and trigger.head.head.lemma_.lower() in cues.predicate):
        # "a deal that will see 33 captives freed": the participle predicates of the object, in the
        # time of the verb that takes both, not a past of its own
        outer = classify(trigger.head.head, quotes, when, reference)
        return ModalityCall(outer.value, outer.attributed_to,
                            f"participle on the object of '{trigger.head.head.text}': {outer.reason}")

    is_noun = trigger.pos_ not in {"VERB", "AUX"}
    said = is_noun and trigger.lemma_.lower() in cues.said  # "denied the accusation": it was made
    decided: tuple[str, str] | None = None
    fallback: tuple[str, str] | None = None
    conditional: str | None = None
    claimed: str | None = None
    reported = False  # ``claimed`` comes from a reporting adverb ("reportedly", "allegedly")
    allowed: set[str] | None = None  # governor readings still allowed this far up; None = all
    carries = not is_noun  # whether the current node's tense is the event's tense
    decided = _headline_particle(trigger, cues) or (_headline_compound_verb(trigger, cues) if is_noun else None)
    if is_noun and decided is None:
        decided = _noun_reading(trigger, cues)
        if decided and decided[0] == "claimed":
            claimed, decided = decided[1], None
    # "the federation's last general strike was called off": a modifier that places the event in the
    # past ("last", "previous") says which one is meant, and a verb calling it off still outranks it
    past_by_modifier = decided is not None and decided[0] == "happened"

    if (is_noun and decided is not None and decided[0] in {"planned", "postponed"}
            and (occurs := _occurrence_verb(trigger)) is not None):
        # "the postponed summit finally took place": what the verb says came of it outranks the modifier
        decided = _occurrence_reading(occurs, decided, cues)

    if is_noun and decided is None and (occurs := _occurrence_verb(trigger)) is not None:
        decided = _will_not_occur(trigger, occurs)

    if is_noun and decided is None and (applied := _applying_verb(trigger)) is not None:
        decided = _applied_reading(applied, cues)

    if is_noun and decided is None and (lost := _clause_of_lost_subject(trigger)) is not None:
        decided = _lost_subject_reading(trigger, lost, cues)

    if is_noun and decided is None:
        decided = _state_reading(trigger)

    if is_noun and decided is None:
        decided = _agenda_reading(trigger, cues)

    if is_noun and decided is None:
        decided = _frame_reading(trigger, quotes, when, reference)

    if is_noun and decided is None:
        # what the noun's own phrase says of it: "ahead of the summit", "plans ... for the meeting",
        # "Peace summit cancelled after attack", "the threat of sanctions", "talks meant to end the war
        # were postponed" (the participle taken for the verb: the walk up never meets "postponed")
        decided = (_run_up_reading(trigger, when, reference) or _plan_subject_reading(trigger, cues)
                   or _called_off_participle(trigger, cues) or _called_off_by_stranded(trigger, cues)
                   or _prospect_reading(trigger)
                   or _planned_participle(trigger, cues))

    if (decided is None and (trigger.dep_ == "pcomp" or (trigger.dep_ == "pobj" and not is_definite(trigger)))
            and (by_prep := cues.prep.get(trigger.head.lower_))):
        # "without firing a shot", "ended without an agreement"; a definite noun is taken as given
        # ("without the deal, the economy would collapse": the deal is there)
        decided = (by_prep, f"'{trigger.head.text} {trigger.text}'")

    node = trigger
    prev: Token | None = None
    by_governor = False  # whether ``decided`` came from a governing word (a higher "cancel" may override it)
    purpose = False  # the trigger is the noun of a verb's "for" phrase ("will gather for talks")
    in_phrase = False  # the walk has passed through a prepositional phrase
    infinitive = False  # the walk has gone up from a to-infinitive to the verb it completes
    inherited = False  # ``decided`` is the tense of a verb above such an infinitive, not the event's own
    for _ in range(MAX_STEPS):
        if node.i != trigger.i:
            gov = _governor_value(node, cues)
            if prev is not None and _phrasal_governor_prep(prev, cues):
                key = f"{node.lemma_.lower()} {prev.lower_}"  # "called for his release", "asked for talks"
                gov = (cues.governor[key], key) if key in cues.governor else gov
            # an adjunct clause ("rejected talks, accusing the group of ...") or a verb joined to the
            # governor ("X suspended its partnership, and Y is considering sanctions") is no complement of it
            adjunct = prev is not None and prev.dep_ in {"advcl", "conj"} and prev.pos_ in {"VERB", "AUX"}
            if adjunct and gov is not None and gov[1] == "set" and _passive_set_infinitive(node, prev):
                adjunct = False  # "had been set to free": the infinitive misparsed as a purpose clause
            if prev is not None and (key := _for_to_governor(node, prev, cues)) is not None:
                # "called for the allies to organize ground forces": the parser hangs the for-to
                # clause on the verb as an adjunct; it is what the verb calls for
                gov, adjunct = (cues.governor[key], key), False
            # a verb governs what it acts on, not its doer: "strikes on the port could *halt* food
            # imports" halts the imports, not the strikes; copulas ("the talks seem unlikely") and
            # aspect ("the fighting continued") do speak of their subject
            if (gov and prev is not None and prev.dep_ == "ccomp" and gov[1] in cues.clause and not in_phrase
                    and predicated_of(trigger, prev)):
                # "denied that the planned summit was in doubt": what is denied is said of the event,
                # which keeps its own reading (the denial confirms the plan)
                gov = None
            if gov and prev is not None and prev.dep_ == "ccomp" and gov[1] in cues.clause and not in_phrase:
                # "denied that its troops had looted": a dispute over what others say happened; an event
                # named inside a phrase of that clause ("denied the seizure was retaliation for
                # sanctions") is not what the clause asserts, and keeps the governor's own reading
                gov = (cues.clause[gov[1]], f"{gov[1]} that")
            participle = prev is not None and prev.i == trigger.i and is_noun and reduced_relative(trigger, node)
            doer = (prev is not None and prev.dep_ == "nsubj" and node.lemma_.lower() not in COPULAS
                    and gov is not None and gov[0] != "ongoing" and not _raised(node, gov[1], cues)
                    and not headline_passive(node) and not participle)
            if gov and _states_purpose(node, gov[1], prev, cues):
                gov = None
            if (gov and not adjunct and not doer and _is_governor(node, *gov) and _reached_by(gov[1], prev)
                    and not _reports_outcome(gov[1], trigger, prev, cues) and not _performed_by_vote(gov[1], trigger, cues)
                    and (allowed is None or gov[0] in allowed)):
                # "did not grant permission for the visit", "refused permission for the march": a plan
                # or leave noun that is refused says the event it is for will not take place
                refusal = refused_noun(node) if is_noun and node.pos_ == "NOUN" else None
                negated = (any(c.dep_ == "neg" for c in node.children) or negative_subject(node, cues) is not None
                           or refusal is not None)
                if gov[0] == "negated" and said:
                    pass  # denying an accusation denies what it says, not that it was made
                elif gov[0] == "claimed":
                    claimed = claimed or f"inside the complement of '{gov[1]}'"
                elif negated and gov[0] in {"planned", "hypothetical", "ongoing"} and (decided is None or by_governor):
                    # "does not want to offer", "did not agree to meet": the event is denied, not planned
                    denial = f"'{refusal} {node.text}'" if refusal is not None else f"'not {gov[1]}'"
                    decided, by_governor = ("negated", f"negated governor {denial}"), True
                elif negated:
                    pass  # "did not cancel the talks" says nothing certain about the talks
                elif (decided is None and past_perfect(node) and gov[1] in cues.overtaken
                      and not backshifted(node, cues)):
                    # "had been expected to close", "had planned to attend": a plan told as a past
                    # before the story's past, overtaken by what happened since; "but was put off"
                    # joined to it says how (moved, not dropped); the past perfect alone sets the plan
                    # against what followed, so no "but" is needed (the parser often hangs it elsewhere)
                    moved = postponed_in_contrast(node, cues)
                    decided = ((cues.overtaken[gov[1]], f"past perfect 'had {gov[1]}'") if moved is None
                               else ("postponed", f"past perfect 'had {gov[1]}' followed by 'but ... {moved}'"))
                    by_governor = True
                elif decided is None and gov[1] in cues.overtaken and contrasted_past_plan(node, cues):
                    if (moved := postponed_in_contrast(node, cues)) is not None:
                        decided = ("postponed", f"past plan '{gov[1]}' followed by 'but ... {moved}'")
                    else:
                        decided = (cues.overtaken[gov[1]], f"past plan '{gov[1]}' followed by 'but'")
                    by_governor = True
                elif (decided is None and gov[1] in _PREVENTING
                      and (aim := classify(node, quotes, when, reference)).value in {"planned", "hypothetical"}):
                    # "talks aimed at averting a walkout", "will block the sanctions", "tried to prevent
                    # an attack": a prevention still to come leaves the act a threat, not denied
                    decided, by_governor = ("hypothetical", f"governed by '{gov[1]}', itself {aim.value} ({aim.reason})"), True
                elif (decided is None and gov[1] in _PREVENTING and node.dep_ == "xcomp" and node.head.lemma_.lower() == "fail"
                      and (failing := classify(node.head, quotes, when, reference).value) in {"happened", "planned", "hypothetical"}):
                    # "police failed to prevent the attack": what was not prevented took place; "could
                    # fail to prevent an attack" leaves it a threat
                    decided = ("happened", f"'failed to {node.text}'") if failing == "happened" else \
                        ("hypothetical", f"'fail to {node.text}', itself {failing}")
                    by_governor = True
                elif decided is None and participle and (off := _called_off_by_stranded(trigger, cues)) is not None:
                    decided, by_governor = off, True
                elif decided is None and participle:
                    decided, by_governor = (gov[0], f"governed by '{gov[1]}' ('{trigger.text} {node.text}' read as "
                                                    f"a participle: the {trigger.text} that was {node.text})"), True
                elif decided is None:
                    decided, by_governor = (gov[0], f"governed by '{gov[1]}'"), True
                elif gov[0] in CALLED_OFF and (decided[0] in {"planned", "hypothetical"}
                                               or (gov[0], decided[0]) == ("cancelled", "postponed")
                                               or (past_by_modifier and not by_governor)):
                    # "scrapped plans to attend", "withdrew notices seeking the arrest", "scrapped the
                    # postponed summit"
                    decided = (gov[0], f"governed by '{gov[1]}' over {decided[1]}")
        if carries or node.i == trigger.i:
            for key, _ in _adverb_keys(node):
                if cues.adverb.get(key) == "claimed" and not (key in HEDGE_ADVERBS and _hedge_elsewhere(node, trigger)):
                    reported = reported or (claimed is None and key not in HEDGE_ADVERBS)
                    claimed = claimed or f"'{key}' on '{node.text}'"
        if carries:
            conditional = conditional or _conditional(node, cues)
            if decided is None:
                decided = _local(node, cues)
            if decided is None:
                tense = _tense(node)
                if tense is not None and tense[2]:
                    decided = (tense[0], tense[1])
                    # "voted to walk off the job from Monday": the vote's past; so is the past of a verb
                    # that carries an event noun ("called a general strike from June 9": the calling's)
                    inherited = infinitive or (is_noun and node.i != trigger.i)
                elif tense is not None and fallback is None:
                    if tense[0] == "ongoing" and node.i != trigger.i and node.lemma_.lower() == "have":
                        # "she has 31 endorsements": possession of the event's result, not an event in progress
                        tense = ("happened", f"present '{node.text}' of an event noun: already obtained", False)
                    fallback = (tense[0], tense[1])
        head, dep = node.head, node.dep_
        if head.i == node.i or dep in {"relcl", "parataxis"}:
            break
        infinitive = infinitive or (dep == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))
        if dep == "acl" and not in_phrase and _asserted_clause(head, node):
            # "denied a claim that Xi had apologised", "reports that the minister had resigned": the
            # clause is what the claim or report says, not what the writer says happened
            claimed = claimed or f"inside the that-clause of '{head.text}'"
            break
        if dep == "acl" and node.tag_ in {"VBG", "VBN"} and not any(c.lower_ == "to" for c in node.children):
            break  # "the speech denouncing X", "the attack launched by Y": the noun's reading is not this event's
        if dep in ARGUMENT_DEPS and node.i == trigger.i and is_noun:
            supports = _supports(head, trigger, cues)
            carries = supports
            if not supports:
                allowed = {"claimed"}  # "the attacks highlight...": that verb says nothing of the attack
                verdict = head.lemma_ in COPULAS or _indefinite(trigger)
                if decided is None and dep == "nsubj" and verdict:
                    # "a meeting in Budapest would not be successful": the modal of a verdict on an
                    # event still says it has not happened (its tense and negation do not); so does
                    # any verb's modal said of an event no one has named yet ("a default would devastate")
                    modal = next((c for c in head.children if c.dep_ == "aux"
                                  and cues.aux.get(c.lower_) in {"hypothetical", "planned"}), None)
                    if modal is not None:
                        decided = (cues.aux[modal.lower_], f"'{modal.text} {head.text}' said of '{trigger.text}'")
        elif dep in ARGUMENT_DEPS:
            pass
        elif dep in INHERIT_DEPS:
            pass
        elif dep == "prep" and purpose:
            carries, purpose = True, False  # "will gather in Jeddah for talks": the talks take the verb's tense
        elif dep == "prep" and prev is not None and prev.dep_ == "pcomp" and node.lower_ not in SCENE_PREPS | MEANS_PREPS:
            pass  # "expected to focus on opening corridors": a gerund clause, read through its verb
        elif ((dep == "prep" and node.lower_ in SCENE_PREPS) or (dep == "prep" and head.pos_ in {"VERB", "AUX"}
                                                                   and node.i < head.i)
              or (dep == "prep" and _scene_phrase(node, prev))
              or (dep == "prep" and node.lower_ in {"over", "between"} and (
                  _calls_off(head, cues) or (head.dep_ in {"dobj", "nsubjpass"} and _calls_off(head.head, cues))))
              or (dep == "prep" and node.lower_ in SETTING_PREPS and prev is not None and prev.i == trigger.i
                  and not _phrasal_governor_prep(node, cues))):  # "threatened with arrest": the governor's own
            # "delayed the tax as part of a budget deal", "in a deal brokered by Kendall, the
            # subpoena was withdrawn": a phrase setting the scene of a verb is not what it acts on,
            # wherever the parser hangs it ("delayed by a week after deadly shelling")
            carries = False
            allowed = {"claimed"}
        elif _intent_for(node, cues):
            carries = False  # "laid plans for an assault", "preparations for the summit": the noun's reading
        elif _phrasal_governor_prep(node if dep == "prep" else head, cues):
            pass  # "called for his release", "pushed for talks": the preposition belongs to the governor
        elif node.i == trigger.i and is_noun and purpose_verb(trigger) is not None:
            purpose = True
        elif ((dep == "pobj" and head.dep_ == "agent" and node.i == trigger.i)
              or (dep == "agent" and prev is not None and prev.i == trigger.i)):
            # "is expected to be followed by the release of 90 prisoners": the doer of a passive is its
            # subject, as much in the plan as "the release" is in "the release is expected"; a report
            # above does not reach it ("reports that they may have been radicalized by the calls for
            # jihad" claims the radicalizing, not the calls); only the event itself as the doer, not a
            # phrase the parser hung on one ("delayed by a week after deadly shelling")
            allowed = (allowed or set(MODALITIES)) - {"claimed"}
            in_phrase = True
        elif dep == "pobj" and node.i == trigger.i and is_noun and (topic := _topic_of(trigger, cues)):
            carries = False
            if decided is None:
                decided = topic  # "talks on a humanitarian truce": what is negotiated has not happened
        elif dep == "pobj" and node.i == trigger.i and is_noun and _venue(trigger):
            # "failed to agree on an agenda at talks in Sarnitz", "no one spoke at the summit": a
            # gathering named after "at" is where the act above took place; that act failing, or
            # being denied or called off, says nothing of the gathering, which was held
            carries = False
            allowed = {"claimed"}
        elif dep == "pobj" and node.i == trigger.i and is_noun and _occasion_of(trigger):
            carries = False  # "a meeting on the sidelines of the summit was dropped": the meeting was
            allowed = {"claimed"}
        elif dep == "pobj" and node.i == trigger.i and is_noun and _topic_of_noun(trigger):
            carries = False  # "a session on the strike was postponed": the session was, not the strike
            allowed = {"claimed"}
        elif dep == "pobj" and node.i == trigger.i and is_noun and head.lower_ != "of" and is_definite(trigger):
            # "denied that the seizure was retaliation for the sanctions", "claimed responsibility for
            # the attack": a definite event noun in a phrase is taken as given, and a negation or claim
            # above does not reach it (a presupposition survives them); a cancellation still may
            # ("withdrew from the talks")
            carries = False
            allowed = (allowed or set(CALLED_OFF)) & CALLED_OFF
        elif dep in {"prep", "pobj", "agent"}:
            carries, in_phrase = False, True
            allowed = (allowed or CALLED_OFF | {"claimed", "negated"}) & (CALLED_OFF | {"claimed", "negated"})
        elif dep in {"ccomp", "dep"}:
            carries = False
        elif dep == "advmod" and f"{head.lemma_.lower()} {node.lower_}" in cues.governor:
            pass  # "came close to a deal": the adverb belongs to the governor, its phrase names the event
        else:
            break
        prev, node = node, head

    called_off = _called_off_later(trigger, cues)
    if called_off is None and decided is not None and decided[0] in {"planned", "cancelled"}:
        # a plan ("had been due to open", "who was scheduled to visit"), then what became of it
        called_off = _undone_after(trigger, cues) or _dropped_by_planner(trigger, cues)
    # the verb that called it off is better evidence than a plan in the past perfect, so it names the reason
    if called_off and not claimed and (decided is None
                                       or decided[0] in CALLED_OFF | {"planned", "happened", "ongoing"}):
        decided = called_off
    if claimed and reported and decided is not None and decided[0] in CALLED_OFF:
        # "has reportedly cancelled his visit", "was reportedly postponed": what the reports say
        # became of the act is its status; "claimed" would hide that it was called off
        return ModalityCall(decided[0], attributed, f"{decided[1]}, as {claimed}")
    if claimed and deontic is None:
        return ModalityCall("claimed", attributed, claimed)
    if conditional:
        return ModalityCall("hypothetical", attributed, conditional)
    if decided is None and fallback is not None:
        decided = fallback
    presupposed = False
    if decided is None:
        if is_noun and (modal := modal_over_new_noun(trigger, cues)) is not None:
            # the verb's own reading first: "said an appeal would be filed" is a future told in the past
            local = _local(modal.head, cues)
            value, why = local if local is not None else (cues.aux[modal.lower_], f"'{modal.text} {modal.head.text}'")
            decided = (value, f"{why}, over the new event noun '{trigger.text}'")
        elif is_noun:
            decided = ("happened", f"event noun '{trigger.text}' {PRESUPPOSED}")
            presupposed = True
        else:
            decided = ("happened", f"no tense cue on '{trigger.text}'")
    value, reason = decided
    if is_noun and value == "negated" and (degree := _comparative_modifier(trigger)) is not None:
        return ModalityCall("hypothetical", attributed,
                            f"{reason} over '{' '.join(t.text for t in degree.subtree)} {trigger.text}': a variant "
                            "refused, not the act denied")
    timing = _time_reading(when, reference)
    shown = when.text if when is not None else ""
    # a past tense of the event's own verb outweighs a future date; one inherited through an infinitive
    # ("voted on Sunday to strike from Monday") is the deciding verb's, and the event's own date wins
    if timing == "future" and value in {"happened", "ongoing"} and (inherited or not reason.startswith(("past", "perfect"))):
        return ModalityCall("planned", attributed, f"{reason}; time '{shown}' is after the reference date")
    if timing == "past" and value == "ongoing":
        return ModalityCall("happened", attributed, f"{reason}; time '{shown}' is before the reference date")
    return ModalityCall(value, attributed, reason, presupposed)
