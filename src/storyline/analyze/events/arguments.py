"""Who did it to whom, and where: the actors and place of a trigger, from its clause.

Source is the subject or "by" agent; target the object, a "with/against/on/to X" phrase or who
undergoes the event ("judges received death threats"). An event noun takes the actors of the verb
that carries it. Reciprocal types between a pair make both parties source and target. Actors are
mentions (names) or actor nouns ("protesters", "the government"); relative pronouns and plural
pronouns resolve to the name they stand for.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.analyze.datelines import in_dateline
from storyline.analyze.events.lexicon import (
    DEMAND_TYPES, FROM_ORIGIN_TYPES, FROM_TARGET_TYPES, PATIENT_TYPES, REACTION_TYPES, RECIPROCAL_TYPES,
    SELF_TYPES, TriggerEntry, actor_nouns, countering_verbs, does_harm, mode_cues, naming_verbs, patient_nouns,
)
from storyline.analyze.events.syntax import (
    COMPOUND_HEADS, _carried, _carrier, _core_tokens, _on_carrier, _plural, _predicates, _prep_objects,
    _relative_antecedent, _speaker_as_subject, _subject, _with_conjuncts, verb_listed,
)
from storyline.analyze.events.timing import _anothers_act
from storyline.analyze.events.triggers import SPEAKER_WORDS, _match, _readings, _singular
from storyline.analyze.lexicon import word_list
from storyline.analyze.modality import governor_key, headline_passive, modality_cues
from storyline.analyze.nlp import doc_text
from storyline.records import Mention

TARGET_DEPS = {"dobj", "dative"}
TARGET_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "between", "from", "over"}
PAIR_PREPS = {"with", "between"}
LOCATION_PREPS = {"in", "at", "on", "near", "outside", "inside", "through", "across"}
# "on" gives a place only when it names a site ("gathered on Rustaveli Avenue"), not a country
# ("sanctions on Russia", "the attack on Hungary": whom, not where)
SITE_LABELS = {"FAC", "LOC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# "raided the offices on Monday": a day or month the recognizer left untagged is no name of an actor
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w) - {"may"}
# Verbs whose subject undergoes the event noun they carry: "judges received death threats", "the
# city faced heavy shelling", "the army suffered an attack".
# "Putin survived such an attack", "the base withstood the assault": who survives an attack was its target.
UNDERGOING_VERBS = frozenset({"receive", "face", "suffer", "get", "undergo", "endure", "sustain", "survive",
                              "withstand", "escape"})


@dataclass(frozen=True, slots=True)
class _Args:
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    paired: bool  # a "with"/"between" party, or a plural/conjoined subject
    how: str


def _instrument(prep: str, obj: Token) -> bool:
    """"Carried out the strike with an Iskander missile", "attacked the town with drones": a "with"
    object that is a weapon (an ASSAULT mode cue in lexicons/plover_modes.tsv) is what the act was
    done with, no party to it, even when the parser tags the weapon's name as an organisation."""
    return prep == "with" and obj.lemma_.lower() in {lemma for lemma, _ in mode_cues().get("ASSAULT", ())}


def _actor(m: Mention) -> str:
    return m.entity_id or m.text


def _actors_of(tok: Token, mentions: Sequence[Mention], fallback: bool = True) -> list[str]:
    """Actors named by an argument token: its entity mentions, else an actor noun as written."""
    found: list[str] = []
    for head in _with_conjuncts(tok):
        if in_dateline(head):
            continue  # "LOS ANGELES (AP) —": the outlet's place, which the parser may hang anywhere
        core = _core_tokens(head)
        lo, hi = min(t.idx for t in core), max(t.idx + len(t.text) for t in core)  # a cheap bound first
        hits = [m for m in mentions if m.label in ACTOR_LABELS and m.span.start < hi and lo < m.span.end
                and any(m.span.start < t.idx + len(t.text) and t.idx < m.span.end for t in core)
                and not _patron(m, head.doc)]
        hits.sort(key=lambda m: m.span.start)
        group = _affiliates(head, core)
        owners = {t.idx for c in head.children if c.dep_ == "poss" for t in c.subtree}
        if hits and all(m.span.start in owners for m in hits) and (named := _apposed_name(head, mentions)):
            found.extend(named)  # "her former rival Daniel Ochieng": the rival, not "her"
        elif group is not None:
            found.append(group)  # "hundreds of Besigye supporters": the supporters, not Besigye
        elif hits:
            found.extend(_actor(m) for m in hits)
        elif fallback and (principal := _principal(head)) is not None and (
                acting_for := _actors_of(principal, mentions, fallback=False) or _actor_noun(principal)):
            found.extend(acting_for)  # "negotiators for the government of Veloria": Veloria's;
            # "representatives of the miners' union": the union's
        elif (fallback and head.pos_ == "PROPN" and head.text[:1].isupper() and head.ent_type_ in ACTOR_LABELS | {""}
              and head.lower_ not in CALENDAR_WORDS):
            found.append(head.text)  # a name the entity recognizer missed
        elif fallback and (members := _members(head)) is not None:
            found.extend(_actors_of(members, mentions))  # "tens of thousands of people", "a group of protesters"
        elif (fallback and head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in actor_nouns()
              and not _names_event(head) and not _mass_sense(head)):
            words = [t for t in head.subtree if t.i <= head.i and t.dep_ in {"compound", "amod"} and t.head == head]
            first = words[0].left_edge if words else head  # "Iran-aligned group", not "aligned group"
            if named := _apposed_name(head, mentions):
                found.extend(named)  # "between Presidents Vladimir Putin and Volodymyr Zelenskiy"
            else:
                # "the militants demanded", after "Hamas militants": the body the article named them by
                found.append(_named_members(head, mentions) or head.doc[first.i : head.i + 1].text)
        elif (antecedent := _relative_antecedent(head)) is not None:
            found.extend(_actors_of(antecedent, mentions, fallback))  # "the UN office, which called for"
        elif fallback and head.pos_ == "PRON" and (speaker := _speaker_as_subject(head)) is not None:
            found.extend(_actors_of(speaker, mentions))
        elif fallback and (named := _apposed_name(head, mentions)):
            found.extend(named)  # "endorsed her former rival Daniel Ochieng": the name the noun stands for
        elif fallback and (owners := _actor_modifier(head, mentions)):
            found.extend(owners)  # "shelled rebel positions": the rebels' positions, so the rebels
    return list(dict.fromkeys(found))


DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})


def _named_members(head: Token, mentions: Sequence[Mention]) -> str | None:
    """The named body a definite group noun stands for, when the article writes that noun as one
    body's members and no other's ("Hamas militants ... the militants demanded", "ELN rebels ... the
    rebels handed over the captives"); None otherwise ("Russian and Ukrainian soldiers ... the
    soldiers": two bodies, no telling which)."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in head.children):
        return None
    # a definite noun speaks of members named before it: "charities accused the authorities ...
    # Tunisian authorities would intercept boats" does not make the first authorities Tunisia's
    uses = [(i, body) for i, body in _bodies_by_member_noun(head.doc, mentions).get(head.lemma_.lower(), ())
            if i < head.i]
    bodies = {body for _, body in uses}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _bodies_by_member_noun(doc: Doc, mentions: Sequence[Mention]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Group noun -> each (token index, named body) the article writes it with as a modifier
    ("Hamas militants", "Houthi fighters"), kept per Doc: the table is the same for every argument;
    the reader keeps the uses before its noun and takes the body when they name one only."""
    key = ("storyline_member_nouns", tuple((m.span.start, m.span.end, _actor(m)) for m in mentions))
    cached = doc.user_data.get(key[0])
    if cached is not None and cached[0] == key[1]:
        return cached[1]
    bodies = [m for m in mentions if m.label in {"ORG", "NORP"}]
    seen: dict[str, list[tuple[int, str]]] = {}
    nouns = actor_nouns()
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        modifiers = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
        for c in modifiers + [g for c in modifiers for g in c.conjuncts]:  # "Russian and Ukrainian soldiers"
            for m in bodies:
                if m.span.start <= c.idx < m.span.end:
                    seen.setdefault(tok.lemma_.lower(), []).append((tok.i, _actor(m)))
    table = {noun: tuple(found) for noun, found in seen.items()}
    doc.user_data[key[0]] = (key[1], table)
    return table


def _apposed_name(head: Token, mentions: Sequence[Mention]) -> list[str]:
    """The named actors of an apposition to a noun that names no actor itself ("her rival, X")."""
    return [a for c in head.children if c.dep_ == "appos" for a in _actors_of(c, mentions, fallback=False)]


def _actor_modifier(head: Token, mentions: Sequence[Mention] = ()) -> list[str]:
    """"rebel positions", "police stations", "the prosecutor's office", "the offices of the football
    federation": a thing or place held by a side, named by an actor noun (lexicons/plover_actor_nouns.txt)
    modifying it or by an actor in its "of" phrase, stands for that side when the thing itself is no
    actor and names no event."""
    if head.pos_ != "NOUN" or _match(head) is not None or _names_event(head):
        return []
    nouns = actor_nouns()
    for c in head.children:
        if (c.dep_ in {"compound", "amod", "poss"} and c.i < head.i and c.lemma_.lower() in nouns
                and _match(c) is None):
            return [c.text]
    return [a for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" for a in _actors_of(p, mentions)]


def _own_envoy(obj: Token) -> bool:
    """"its ambassador", "their delegation": a representative (lexicons/representative_nouns.txt) the
    subject sends or calls home is its own, no other party to the event."""
    return obj.lemma_.lower() in word_list("representative_nouns.txt") and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children)


def _mass_sense(head: Token) -> bool:
    """"entered into force", "took the city by force": an actor noun used bare in the singular (no
    determiner, possessive, number or modifier) in the sense of a quality, not a party
    (lexicons/actor_noun_mass_senses.txt); "the force said" and "security forces" are parties."""
    return (head.tag_ == "NN" and head.lemma_.lower() in word_list("actor_noun_mass_senses.txt")
            and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in head.children))


def _actor_noun(head: Token) -> list[str]:
    """An actor noun as written with its modifiers ("the miners' union" -> "miners' union"), or none."""
    if (head.pos_ not in {"NOUN", "PROPN"} or head.lemma_.lower() not in actor_nouns() or _names_event(head)
            or _mass_sense(head)):
        return []
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ in {"compound", "amod", "poss"} and t.head == head]
    first = words[0].left_edge.i if words else head.i
    while first < head.i and head.doc[first].dep_ == "det":
        first += 1  # "the miners' union" -> "miners' union"
    return [head.doc[first : head.i + 1].text]


def _doers(noun: Token, mentions: Sequence[Mention]) -> list[str]:
    """Who does the event a noun names, when a rejection or a demand is about it: "rejected an appeal *by
    X*", "rejected *X's* request" (X asked, so X is rebuffed), "demanded the resignation *of X*" (X is
    asked to go). The "of" phrase names the doer only for nouns whose "of" is not the one who undergoes
    them ("the release of X": X is freed, the demand is made of whoever holds X; event_patient_nouns.txt)."""
    if _match(noun) is None:
        return []
    found: list[str] = []
    for c in noun.children:
        if c.dep_ == "poss" and not _undergoes(noun):
            found += _actors_of(c, mentions)
        elif c.dep_ == "prep" and c.lower_ == "by" or (
                c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() not in patient_nouns()):
            found += [a for p in c.children if p.dep_ == "pobj" for a in _actors_of(p, mentions)]
    return found


def _names_event(head: Token) -> bool:
    """"lifted the *state* of emergency": an actor noun read in a specific event sense (a lexicon
    reading with a context that holds here) names that event, not an actor."""
    return any(e.context for e in _readings(head))


def _headline_passive(verb: Token, entry: TriggerEntry | None) -> bool:
    """"Opposition leader jailed", "Tanker seized in Strait": headlines drop "was" from the passive
    and put the active voice in the present ("Iran seizes tanker"), so a bare past form with a
    subject and no object is a passive whose subject underwent the event. Meetings and other
    two-party events ("Leaders met") keep their subject."""
    if (verb.tag_ not in {"VBD", "VBN"} or entry is None or entry.type in RECIPROCAL_TYPES | SELF_TYPES
            or entry.needs == "pair"):
        return False
    return not any(c.dep_ == "prt" for c in verb.children) and headline_passive(verb)


def _principal(head: Token) -> Token | None:
    """The party a representative acts for: the "for"/"from"/"of" object of "negotiators for the
    government of Veloria", "envoys from Qatar" (lexicons/representative_nouns.txt)."""
    nouns = word_list("representative_nouns.txt")
    lemma = head.lemma_.lower()
    if lemma not in nouns and not (head.pos_ == "PROPN" and _singular(lemma) in nouns):  # "Negotiators" after a dateline
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "from", "of"}:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _members(head: Token) -> Token | None:
    """Who a number or a group is made of: the "of" object of "thousands of people", "a group of
    protesters" (lexicons/collective_nouns.txt), which names the actor the head only counts."""
    if not (head.like_num or head.lemma_.lower() in word_list("collective_nouns.txt")):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _affiliates(head: Token, core: Sequence[Token]) -> str | None:
    """"Besigye supporters", "hundreds of Besigye supporters", "Trump's lawyers": people standing with
    a named person (lexicons/affiliate_nouns.txt) are an actor of their own, written as the text does."""
    nouns = word_list("affiliate_nouns.txt")
    for t in core:
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns and any(
                c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in t.children):
            return head.doc[t.left_edge.i : t.i + 1].text
    return None


def _patron(m: Mention, doc: Doc) -> bool:
    """"the Iran-aligned group", "Russian-backed separatists": a name hyphenated to a participle of
    support (lexicons/patron_participles.txt) names who stands behind the actor, not the actor."""
    text = doc_text(doc)
    after = text[m.span.end : m.span.end + 16]
    if not after.startswith(("-", "‑", "–")):
        return False
    word = after[1:].split(" ", 1)[0].strip(".,;:").lower()
    return word in word_list("patron_participles.txt")


def _from_role(entry: TriggerEntry | None) -> str:
    """What an event noun's "from" phrase names: "source", "target" or "origin" (see FROM_TARGET_TYPES)."""
    if entry is not None and entry.type in FROM_TARGET_TYPES:
        return "target"
    if entry is not None and entry.type in FROM_ORIGIN_TYPES:
        return "origin"
    return "source"


def _takes_part(verb: Token) -> bool:
    """Whether the doer of the verb carrying an event noun is a party to the event: one who holds,
    hosts, cancels or plans it ("talks hosted by Qatar", "the summit was called off by Trump"), not
    one who only comments on it ("the call was misinterpreted by Washington")."""
    cues = modality_cues()
    return verb.lemma_.lower() in cues.support or governor_key(verb) in cues.governor or verb.lemma_.lower() in cues.governor


# types whose "on/at/to" place is where the crowd or the troops go, not whom they act on
GATHERING_TYPES = frozenset({"PROTEST", "MOBILIZE"})
DESTINATION_PREPS = frozenset({"on", "at", "to", "into", "toward", "towards"})


def _destination(prep: str, obj: Token, mentions: Sequence[Mention], entry: TriggerEntry | None) -> bool:
    """"protesters gathered on Rustaveli Avenue", "troops moved to the border town of X": a place a
    gathering goes to is its location, no target; and so is a place anything happens at ("freed at
    the Ombala border crossing")."""
    if entry is None or prep not in DESTINATION_PREPS or (entry.type not in GATHERING_TYPES and prep != "at"):
        return False
    if obj.ent_type_ in PLACE_LABELS:
        return True
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    inside = [m for m in mentions if lo <= m.span.start < hi]
    if any(m.label in PLACE_LABELS and m.span.start <= obj.idx < m.span.end for m in inside):
        return True
    # "at the Ombala border crossing": a phrase naming a place and no one in it
    return (any(m.label in PLACE_LABELS for m in inside) and obj.lemma_.lower() not in actor_nouns()
            and not any(m.label in {"PERSON", "ORG", "NORP"} for m in inside))


def _reacts_to(verb: Token, entry: TriggerEntry | None, party: bool) -> bool:
    """"Belarus condemned the sanctions", "the EU welcomed the agreement", "the AU demanded his
    release": the subject of a verb that judges or asks for the noun's event is no party to it (the
    sanctions are the EU's; the release would be the junta's). A verb that holds or orders an event
    ("imposed", "ordered strikes") is no reaction; one who asks for a meeting ("requested talks
    with Iran") is a party to it."""
    if entry is None:
        return False
    if _counters(verb):
        return True  # "police thwarted an attack", "repelled an assault": the act is another party's
    if verb.lemma_.lower() in naming_verbs() and any(c.dep_ in {"oprd", "acomp"} for c in verb.children):
        # "called the veto 'shameful'", "termed the sanctions a mistake": who labels an act judges it
        return True
    if verb.lemma_.lower() in modality_cues().support:
        return False
    own = _match(verb)
    if own is None or own.type == entry.type:
        return False
    if own.type == "REJECT" and not party and entry.type not in REFUSED_OWN_TYPES:
        # "Austria vetoed the sanctions", "Thailand rejected the accusation", "refused the aid": who
        # turns down an act is its object or a third party, not its doer; a ceasefire or a withdrawal
        # rejected is one the subject would have made ("Hamas rejected a ceasefire")
        return True
    return own.type in REACTION_TYPES or (own.type in DEMAND_TYPES and not party)


# verbs that only tell (a verb that also does, "announced talks", "proposed a meeting", makes its
# subject a party to the act it names)
_PLAIN_SAYING_VERBS = frozenset({"say", "tell", "add", "state", "report", "write"})


def _reported_subject(noun: Token, verb: Token) -> bool:
    """"Dvorak said a meeting between the two ministers, planned for Tuesday, was under review": with
    no "that", the parser often takes the reported clause's subject for the speech verb's object and
    hangs the clause's verb ("was") on the speech verb after it. The noun is what the speaker talks
    about, and the speaker is no party to it; read as one, the speaker's name keeps the meeting apart
    from later reports of it by the two countries ("the meeting was cancelled")."""
    return (verb.lemma_.lower() in _PLAIN_SAYING_VERBS
            and any(c.dep_ == "ccomp" and c.i > noun.i for c in verb.children))


def _counters(verb: Token) -> bool:
    """Whether the verb stops or fends off an act (lexicons/event_countering_verbs.txt, "fended off")."""
    return verb_listed(verb, countering_verbs())


# acts whose rejecter is the one who would carry them out
REFUSED_OWN_TYPES = frozenset({"RETREAT", "CONCEDE"})


# gatherings whose "of" phrase names who takes part ("a meeting of the council", "a summit of G7 leaders")
GATHERING_NOUNS = frozenset({"meeting", "summit", "conference", "session", "gathering", "assembly", "convention",
                             "congress", "forum"})


def _undergoes(noun: Token) -> bool:
    """"his release", "Besigye's arrest": the possessor of such a noun is freed or arrested, unless an
    "of" phrase names who undergoes it ("Iran's release of the crew")."""
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return noun.lemma_.lower() in patient_nouns() and not has_of


def _object_preps(tok: Token, mentions: Sequence[Mention]) -> list[str]:
    """Actors in the target prepositions of a non-actor object ("break relations *with X*",
    "called for sanctions *against X*"): the parser hangs them on the object, not the verb."""
    return [a for prep, obj in _prep_objects(tok, TARGET_PREPS) if prep != "by" for a in _actors_of(obj, mentions)]


def _action_targets(verb: Token, mentions: Sequence[Mention], depth: int = 0) -> list[str]:
    """Who an intended or refused action is aimed at: "threatened to cut off electricity *to X*",
    "refused to meet *X*", "offered to hand them over *to X*". The recipient of the intent is the
    recipient of the action (PLOVER codes the announcement with the action's recipient)."""
    found: list[str] = []
    for child in verb.children:
        if child.dep_ in TARGET_DEPS:
            actors = _actors_of(child, mentions)
            found += actors or _object_preps(child, mentions)
    for prep, obj in _prep_objects(verb, TARGET_PREPS):
        if prep != "by":
            found += _actors_of(obj, mentions) or _object_preps(obj, mentions)
    if not found and depth < 2:
        for child in verb.children:
            if child.dep_ in {"xcomp", "conj"} and child.pos_ == "VERB":
                found += _action_targets(child, mentions, depth + 1)
    return found


def _arguments(trigger: Token, mentions: Sequence[Mention], entry: TriggerEntry | None = None) -> _Args:
    sources: list[str] = []
    targets: list[str] = []
    paired = False
    how: list[str] = []
    if trigger.pos_ == "VERB":
        subj = _subject(trigger)
        passive = any(c.dep_ == "nsubjpass" for c in trigger.children)
        if subj is not None and subj.head.i == trigger.i and _headline_passive(trigger, entry):
            targets += _actors_of(subj, mentions)  # "Opposition leader jailed": he was jailed
            how.append("subject of a headline participle (passive)")
            subj = None
        # "a man arrested on Monday", "leader jailed"; a participle with an object of its own is active
        # whatever the parse says ("JERUSALEM (AP) — Israeli strikes killed at least 25 people": the
        # dateline led the parser to hang "killed" on "strikes"), and the noun did it
        on_noun = trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ in {"NOUN", "PROPN"}
        active = any(c.dep_ == "dobj" for c in trigger.children)
        if on_noun and not active and entry is not None and entry.type in PATIENT_TYPES:
            targets += _actors_of(trigger.head, mentions)
            how.append("noun the participle describes")
        elif on_noun and active and subj is None:
            sources += _actors_of(trigger.head, mentions) or _doers(trigger.head, mentions)
            how.append("noun an active participle hangs on (its doer)")
        if subj is not None:
            sources += _actors_of(subj, mentions)
            paired = paired or _plural(subj)
            how.append("subject")
        for child in trigger.children:
            if child.dep_ in {"dobj", "nsubjpass"} and entry is not None and entry.type in SELF_TYPES:
                # "mobilised 10,000 reservists", "troops were deployed": the side's own force, no target;
                # a passive's force is the side that moved ("by" names who sent it, if anyone)
                if child.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in trigger.children):
                    sources += _actors_of(child, mentions)
                    how.append("passive subject (the force that moved)")
                continue
            if child.dep_ in TARGET_DEPS and _own_envoy(child):
                # "recalled its ambassador from X", "sent its envoy to X": the side's own envoy; X is the other side
                targets += [a for p, o in _prep_objects(child, {"from", "to", "in"}) if p != "by"
                            for a in _actors_of(o, mentions)]
                continue
            if child.dep_ in TARGET_DEPS or (passive and child.dep_ == "nsubjpass"):
                actors = _actors_of(child, mentions)
                if not actors and child.dep_ == "dobj":
                    actors = _object_preps(child, mentions)
                    if actors:
                        how.append("preposition of the object")
                targets += actors
        for prep, obj in _prep_objects(trigger, TARGET_PREPS):
            if _destination(prep, obj, mentions, entry) or _instrument(prep, obj):
                continue
            actors = _actors_of(obj, mentions)
            if not actors and prep != "by" and (actors := _doers(obj, mentions)):
                how.append(f"who does '{obj.text}'")  # "cooperate with the authority's inquiry"
            if prep == "by":
                sources += actors
                how.append("agent 'by'")
            else:
                targets += actors
                paired = paired or (prep in PAIR_PREPS and bool(actors))
                if actors:
                    how.append(f"'{prep}' object")
        if not targets:
            for prep, obj in _prep_objects(trigger, {"for"}):
                targets += _object_preps(obj, mentions)  # "called for sanctions against X"
        if not targets and entry is not None and entry.type in DEMAND_TYPES:
            for child in trigger.children:  # "demanded that X release Y", "said X must release Y"
                if child.dep_ == "ccomp":
                    subj = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if subj is not None and subj.lower_ not in SPEAKER_WORDS:
                        targets += _actors_of(subj, mentions)
                        how.append("subject of the demanded clause")
        if not targets:
            for child in trigger.children:  # "allowed a UN convoy to enter", parsed as the infinitive's subject
                if child.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                    subj = next((g for g in child.children if g.dep_ == "nsubj" and g.i < child.i), None)
                    if subj is not None and (actors := _actors_of(subj, mentions)):
                        targets += actors
                        how.append(f"who is let or made to '{child.text}'")
        if not targets and entry is not None and entry.type in {"REJECT", *DEMAND_TYPES}:
            for child in trigger.children:
                if child.dep_ == "dobj" and (doers := _doers(child, mentions)):
                    targets += doers
                    how.append(f"who would do '{child.text}'")
        if not targets and entry is not None and entry.type == "ACCUSE":
            for child in trigger.children:  # "are investigating whether X misled customers"
                if child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"}
                                                 for c in child.children):
                    subj = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if subj is not None and (actors := _actors_of(subj, mentions)):
                        targets += actors
                        how.append("subject of the clause looked into")
        if not targets:
            for child in trigger.children:
                if child.dep_ == "xcomp" and child.pos_ == "VERB":
                    actors = _action_targets(child, mentions)
                    if actors:
                        targets += actors
                        how.append(f"recipient of '{child.text}'")
    else:
        for child in trigger.children:
            if child.dep_ == "compound" and _place_modifier(child, mentions) is not None:
                continue  # "the Geneva talks": where, not who
            if child.dep_ == "poss" or (child.dep_ in {"compound", "amod", "nmod"} and child.i < trigger.i):
                actors = _actors_of(child, mentions, fallback=False)
                if actors and child.dep_ == "poss" and _undergoes(trigger):
                    targets += actors
                    how.append("poss of the noun (who undergoes it)")
                elif actors:
                    sources += actors
                    how.append(f"{child.dep_} of the noun")
        heads = [trigger]
        if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in COMPOUND_HEADS:
            heads.append(trigger.head)  # "a mediation effort between X and Y"
        reciprocal_type = entry is not None and entry.type in RECIPROCAL_TYPES
        for prep, obj in [po for h in heads for po in _prep_objects(h, TARGET_PREPS | {"of"})]:
            if _destination(prep, obj, mentions, entry) or _instrument(prep, obj):
                continue
            actors = _actors_of(obj, mentions)
            if prep == "of" and reciprocal_type:
                # "a meeting of Norland and Vestria", "the meeting of regional commanders": who meets
                # (both sides of a reciprocal act, as "between" names them); only a gathering's "of"
                # names its members ("talk of a deal", "discussions of the nomination" name a topic)
                if actors and trigger.lemma_.lower() in GATHERING_NOUNS:
                    sources += actors
                    paired = paired or len(actors) >= 2 or _plural(obj)
                    how.append("'of' object of the noun (who takes part)")
                continue
            from_role = _from_role(entry) if prep == "from" else None
            if from_role == "origin":
                continue
            if prep == "by" or from_role == "source":
                sources += actors  # "condemnation from the EU", "aid from Japan", "a visit by X"
            elif prep == "between" and entry is not None and entry.mode == "third-party":
                targets += actors  # "mediation between X and Y": the mediated parties receive it
            elif prep == "between":
                sources += actors
                paired = paired or len(actors) >= 2
            else:
                targets += actors
                paired = paired or (prep in PAIR_PREPS and bool(actors))
            if actors:
                how.append(f"'{prep}' object of the noun")
        verb = _carrier(trigger)
        if verb is not None:
            if _carried(trigger).dep_ in {"dobj", "attr"}:
                subj = _subject(verb)
                entry = _match(trigger)
                # "X cancelled the Y meeting", "X held talks": the one who holds, cancels or postpones a
                # meeting is a party to it, even when the noun names the other party
                party = entry is not None and entry.type in RECIPROCAL_TYPES
                if subj is not None and verb.lemma_.lower() in UNDERGOING_VERBS and not party:
                    targets += _actors_of(subj, mentions)  # "judges have received death threats"
                    how.append(f"subject of '{verb.text}' (who undergoes it)")
                elif (subj is not None and (not sources or party) and not _reacts_to(verb, entry, party)
                      and not _anothers_act(trigger, verb)  # "X approved the governor's request": not X's
                      and not _reported_subject(trigger, verb)):
                    sources += _actors_of(subj, mentions)
                    paired = paired or _plural(subj) or (party and bool(sources))
                    how.append(f"subject of '{verb.text}'")
            for child in verb.children:
                if child.dep_ == "dative":
                    targets += _actors_of(child, mentions)
                elif (child.dep_ == "dobj" and _carried(trigger).dep_ in {"nsubj", "nsubjpass"} and not targets
                      and does_harm(verb.lemma_.lower())):
                    # "a roadside bombing killed two soldiers": the noun event's victims; "Paris attacks
                    # test Clinton's strategy" names no victim of the attacks
                    targets += _actors_of(child, mentions)
                    how.append(f"object of '{verb.text}' (its victims)")
            for prep, obj in _prep_objects(verb, TARGET_PREPS - {"at"}):
                if _destination(prep, obj, mentions, entry) or _instrument(prep, obj):
                    continue
                actors = _actors_of(obj, mentions)
                from_role = _from_role(entry) if prep == "from" else None
                if from_role == "origin" or (prep == "by" and not _takes_part(verb)):
                    continue  # "the conversation was misinterpreted by Washington": no party to it
                if prep == "by" or from_role == "source":
                    sources += actors  # "drew condemnation from the EU", "talks hosted by Qatar"
                else:
                    targets += actors
                    paired = paired or (prep in PAIR_PREPS and bool(actors))
                if actors:
                    how.append(f"'{prep}' object of '{verb.text}'")
        on_verb = _on_carrier(trigger) if verb is None else None
        if on_verb is not None and not sources and (subj := _subject(on_verb)) is not None:
            sources += _actors_of(subj, mentions)  # "teachers went on strike": who is on strike
            paired = paired or _plural(subj)
            how.append(f"subject of '{on_verb.text} on'")
        if not sources and not targets:
            sources, targets, inherited = _adjunct_participants(trigger, mentions, _match(trigger))
            how += inherited
    sources = list(dict.fromkeys(sources))
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    return _Args(tuple(sources), tuple(targets), paired, ", ".join(how) or "no actors found")


CIRCUMSTANCE_PREPS = {"in", "during", "at"}


def _adjunct_participants(
    noun: Token, mentions: Sequence[Mention], entry: TriggerEntry | None
) -> tuple[list[str], list[str], list[str]]:
    """The participants of an event noun that sets the scene of a clause reporting the same kind of
    event: "guerrillas wounded two soldiers *in a bomb attack*", "Putin spoke with Trump *during the
    summit*", "two soldiers were wounded in an attack *by* guerrillas". The noun names the clause's
    act, so it shares its doer and done-to. Only when the clause's verb is an event of the noun's type
    ("police arrested dozens *at a protest*": the arrests' doers did not protest) and the clause says
    who did what to whom (an object, a "with"/"to" party, or a passive): "protesters died in a
    crackdown" names no doer."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if entry is None or prep is None or prep.lower_ not in CIRCUMSTANCE_PREPS or prep.head.pos_ != "VERB":
        return [], [], []
    verb = prep.head
    same_kind = _match(verb)
    if same_kind is None or same_kind.type != entry.type:
        return [], [], []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"] or [o for p, o in _prep_objects(verb, {"with", "to"}) if p != "by"]
    if subject is not None and objects:
        doers, done_to = _actors_of(subject, mentions), [a for o in objects for a in _actors_of(o, mentions)]
    elif passive is not None:
        agents = [o for p, o in _prep_objects(verb, set()) if p == "by"]
        doers = [a for o in agents for a in _actors_of(o, mentions)]
        done_to = _actors_of(passive, mentions)
    else:
        return [], [], []
    if not doers and not done_to:
        return [], [], []
    return doers, done_to, [f"participants of '{verb.text}', whose circumstances it names"]


def _place_modifier(tok: Token, mentions: Sequence[Mention]) -> str | None:
    """The place a compound modifier names ("the Budapest summit"), if it names only a place."""
    hits = [m for m in mentions if m.span.start <= tok.idx < m.span.end]
    if hits and all(m.label in PLACE_LABELS for m in hits):
        return _actor(hits[0])
    return None


def _location(trigger: Token, mentions: Sequence[Mention]) -> str | None:
    if trigger.pos_ != "VERB":
        for child in trigger.children:
            if child.dep_ == "compound" and child.i < trigger.i:
                place = _place_modifier(child, mentions)
                if place is not None:
                    return place
    heads = [trigger]
    verb = _carrier(trigger) if trigger.pos_ != "VERB" else None
    if verb is not None:
        heads.append(verb)
    if trigger.pos_ != "VERB":  # "talks that were due to open in Jeddah", "a rally planned in X"
        for clause in (c for c in trigger.children if c.dep_ in {"relcl", "acl"}):
            heads += [t for t in _predicates(clause) if t.pos_ in {"VERB", "AUX", "ADJ"}]
    # "met with X in Y": the parser often hangs the place on the partner
    heads += [obj for h in list(heads) for _, obj in _prep_objects(h, PAIR_PREPS | {"to"})]
    for head in heads:
        for prep, obj in _prep_objects(head, LOCATION_PREPS):
            if prep == "by":
                continue  # "shelled by Russia", "talks mediated by Qatar": who, not where
            core = _core_tokens(obj)
            labels = SITE_LABELS if prep == "on" else PLACE_LABELS
            for m in mentions:
                if m.label in labels and any(m.span.start <= t.idx < m.span.end for t in core):
                    return _actor(m)
    return None

