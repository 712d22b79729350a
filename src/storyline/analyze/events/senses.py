"""Event words read in a sense that is no act of anyone, from the class of the words around them.

News uses many event words for relations between things or for quantities: "the figures still do not
agree" (they match), "winter peak demand" (a quantity wanted), "households cut off by the strikes" (an
outage), "the infrastructure that supports them" (holds them up), "we are talking about weeks" (what
is meant), "warned about gaps in air defences" (a danger foreseen), "the package targets 16 companies"
(a measure's scope), "his broad appeal among voters" (a pull, no plea). Each check below names the
word class that decides (lexicons/event_thing_senses.txt) and returns a short note of what decided,
or None when the event reading stands; ``other_sense`` tries them all for a trigger.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from storyline.analyze.events.arguments import ACTOR_LABELS, _members
from storyline.analyze.events.lexicon import CONFLICT_TYPES, TriggerEntry, actor_nouns, thing_senses
from storyline.analyze.events.triggers import _match, _singular
from storyline.analyze.lexicon import word_list
from storyline.records import Mention

RELATIVE_PRONOUNS = frozenset({"that", "which"})
# deps of a time word the parser may hang a verb's "of/about" phrase on ("warned on Friday of ...")
TIME_CHILD_DEPS = frozenset({"npadvmod", "advmod", "prep"})


def _word(tok: Token) -> str:
    """The lemma, or the singular of a plural the model kept as its own lemma ("figures")."""
    lemma = tok.lemma_.lower()
    return lemma if lemma != tok.lower_ else _singular(tok.lower_)


def _in(tok: Token, section: str) -> bool:
    words = thing_senses().get(section, frozenset())
    return tok.lemma_.lower() in words or _word(tok) in words


def _own_subjects(verb: Token) -> list[Token]:
    """The verb's first own subject with its conjuncts ("numbers and tallies"); a relative pronoun
    stands for the noun its clause describes ("the infrastructure *that* supports them"), alone. The
    parser sometimes gives a verb a second subject out of a "from" list ("the figures from officials,
    operators and analysts"); the first one is the clause's. A present participle that describes a
    noun has that noun for its subject ("the sanctions package *targeting* Russia": the package
    targets), as the relative clause it shortens would ("the package that targets Russia")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [verb.head]
        return []
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [verb.head]
    return [subject, *subject.conjuncts]


def _of_actors(noun: Token, mentions: Sequence[Mention]) -> bool:
    """"A growing number of senators": a count (lexicons/collective_nouns.txt) whose "of" phrase names
    actors stands for them ("the accounts of the ministries" stay accounts)."""
    members = _members(noun)
    return members is not None and _is_actor(members, mentions)


def thing_subject(verb: Token, entry: TriggerEntry, mentions: Sequence[Mention] = ()) -> str | None:
    """"The figures still do not agree", "infrastructure that supports them", "the package now targets
    16 companies": a subject of the class the verb's "[lemma subject]" section lists makes the verb a
    relation between things (they match, hold up, cover), no act of an actor ("a number of senators
    agree" is the senators' act)."""
    if verb.pos_ != "VERB":
        return None
    section = f"{entry.lemma} subject"
    if section not in thing_senses():
        return None
    subjects = _own_subjects(verb)
    if subjects and all(_in(s, section) and not _of_actors(s, mentions) for s in subjects):
        return f"'{subjects[0].text} {verb.text}': a thing's relation, no act"
    return None


def measured_demand(noun: Token, entry: TriggerEntry) -> str | None:
    """"The country's winter peak demand", "electricity demand", "China's demand for oil": a demand
    whose modifier ("[demand measure]") or traded "for" object ("[demand goods]") makes it a quantity
    of goods wanted, which no one made (a possessor there owns the market, it asks for nothing)."""
    if entry.type != "REQUEST" or noun.pos_ not in {"NOUN", "PROPN"} or entry.lemma != "demand":
        return None
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod"} and _in(c, "demand measure"):
            return f"'{c.text} {noun.text}': a quantity wanted"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                p.dep_ == "pobj" and _in(p, "demand goods") for p in c.children):
            return f"'{noun.text} for' traded goods: a quantity wanted"
    return None


def _is_actor(tok: Token, mentions: Sequence[Mention]) -> bool:
    """A named actor, an actor noun ("authorities") or a pronoun."""
    named = {m.span.start for m in mentions if m.label in ACTOR_LABELS}
    return (_word(tok) in actor_nouns() or tok.lemma_.lower() in actor_nouns() or tok.ent_type_ in ACTOR_LABELS
            or tok.pos_ == "PRON" or any(t.idx in named for t in tok.subtree))


def outage(verb: Token, entry: TriggerEntry, mentions: Sequence[Mention]) -> str | None:
    """"Power supply was cut for an hour", "households cut off by this week's strikes": a cut of a
    supply or service, or of those who use it ("[cut utility]"), that no actor does (no subject or
    "by" agent that is an actor: the strikes cut nothing themselves) is an outage, no sanction or
    coercion. An actor's cut keeps its reading: "Russia cut gas supplies to Europe" (SANCTION),
    "authorities cut off the internet" (COERCE)."""
    if entry.lemma != "cut" or verb.pos_ != "VERB" or entry.type not in {"SANCTION", "COERCE"}:
        return None
    cut = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        cut.append(verb.head)  # "households cut off by the strikes": the noun the participle describes
    if not cut or not any(_in(o, "cut utility") or any(_in(g, "cut utility") for g in o.children
                                                       if g.dep_ in {"compound", "amod"}) for o in cut):
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if any(_is_actor(d, mentions) for d in doers):
        return None
    return f"'{verb.text}' of a supply with no actor cutting it: an outage"


def _about_objects(verb: Token) -> list[Token]:
    """What a verb is "of" or "about": its own such phrase, or one the parser hung on a time word of it."""
    heads = [verb] + [c for c in verb.children if c.dep_ in TIME_CHILD_DEPS]
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "about"}
            for p in c.children if p.dep_ == "pobj"]


def _threat_word(noun: Token) -> bool:
    """A consequence someone brings about ("retaliation", "[warn threat]") or a conflictual act the
    trigger lexicon reads ("strikes", "sanctions")."""
    if _in(noun, "warn threat"):
        return True
    entry = _match(noun)
    return entry is not None and entry.type in CONFLICT_TYPES


def _on_condition(verb: Token) -> bool:
    """An "if" or "unless" clause anywhere in the verb's own words ("warned of an attack if X stays")."""
    return any(t.dep_ == "mark" and t.lower_ in {"if", "unless"} for t in verb.subtree)


def danger_foreseen(verb: Token, entry: TriggerEntry) -> str | None:
    """"Auditors warned about shortfalls in the fund", "had been warned about gaps in air defences": a
    warning of or about something no one will do (a gap, a risk) foresees a danger and threatens no
    one; "warned of retaliation", "warned of more strikes" still threaten, and so does a warning that
    says what will be done ("warned that it would strike", read by the that-clause rules)."""
    if entry.lemma != "warn" or entry.type != "THREATEN" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    if _on_condition(verb):
        return None  # "warning of an atrocity if Britain remains": terms set with a penalty, an ultimatum
    objects = [o for p in _about_objects(verb) for o in (p, *p.conjuncts)]
    if not objects or any(_threat_word(o) for o in objects):
        return None
    return f"'{verb.text} about {objects[0].text}': a danger foreseen, no threat"


MEASURE_LABELS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
PARTNER_PREPS = frozenset({"with", "to"})


def meaning_talk(verb: Token, entry: TriggerEntry) -> str | None:
    """"We are talking about weeks, not days", "talking about billions in losses": "talk about" a
    measure ("[talk meant]", a number or a date) says what the speaker means; so does "we are talking
    about" with no partner to talk with or to. "The leaders talked about trade" and "we are talking
    with them about a truce" stay consultations."""
    if entry.type != "CONSULT" or entry.lemma != "talk" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in verb.children):
        return None
    about = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" for p in c.children
             if p.dep_ == "pobj"]
    if not about:
        return None
    obj = about[0]
    # "the decades they had spent", "those weeks": a definite or described stretch is a topic, not a measure
    topic = any(c.dep_ in {"det", "poss", "relcl", "acl"} and c.lower_ not in {"a", "an"} for c in obj.children)
    if not topic and (_in(obj, "talk meant") or obj.like_num or obj.ent_type_ in MEASURE_LABELS or any(
            c.dep_ == "nummod" for c in obj.children)):
        return f"'{verb.text} about {obj.text}': a measure meant, no talks"
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in {"VBP", "VBZ"}
                                             for c in verb.children)
    if progressive and any(c.dep_ == "nsubj" and c.lower_ in {"we", "you"} for c in verb.children):
        return f"'{verb.text} about' in the present with no partner: what is meant, no talks"
    return None


def leaving_a_place(verb: Token, entry: TriggerEntry) -> str | None:
    """"Walked out of the courthouse to cheers", "walked out of prison a free man": "walk out of" a
    place of custody, justice or care ("[walk out place]") is leaving it, no walkout; "walked out of
    the plant" or "of the talks" stays one."""
    if entry.lemma != "walk" or verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if not (c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "out"):
            continue
        for of in (g for g in (*c.children, *verb.children) if g.dep_ == "prep" and g.lower_ == "of"):
            place = next((p for p in of.children if p.dep_ == "pobj"), None)
            if place is not None and _in(place, "walk out place"):
                return f"'{verb.text} out of {place.text}': leaving a place, no walkout"
    return None


# what a source's telling is given on: "on condition of anonymity", "on background", "on the record"
_SOURCING_TERMS = frozenset({"condition", "background", "record"})


def sourcing_terms(verb: Token, entry: TriggerEntry) -> str | None:
    """"The sources said, speaking on condition of anonymity", "officials, talking on background",
    "who requested anonymity": the terms a source tells a reporter on, no talks or request between
    parties. "The ministers spoke on the phone" and "talked on the sidelines" stay consultations."""
    if entry.type == "REQUEST" and verb.pos_ == "VERB":
        return _asked_not_to_be_named(verb)
    if entry.type != "CONSULT" or entry.lemma not in {"speak", "talk"} or verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "anonymously":
            return f"'{verb.text} anonymously': a source's terms, no talks"
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _SOURCING_TERMS for p in c.children):
            return f"'{verb.text} on {c.right_edge.text}': a source's terms, no talks"
    return None


def _asked_not_to_be_named(verb: Token) -> str | None:
    """"An official, who requested anonymity", "who asked not to be named": a source's terms with the
    reporter, no request between parties."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in {"anonymity", "confidentiality"}:
            return f"'{verb.text} {c.text}': a source's terms, no request"
        if c.dep_ == "xcomp" and c.lemma_.lower() in {"name", "identify", "quote"} and any(
                g.dep_ == "neg" for g in c.children):
            return f"'{verb.text} not to be {c.text}': a source's terms, no request"
    return None


def hosted_gathering(verb: Token, entry: TriggerEntry) -> str | None:
    """"Turkey will host a new round of talks between Russian and Ukrainian negotiators", "Qatar hosted
    the summit": a gathering hosted is the event (the talks, the summit, with their parties and
    place); the host gives it a place, and makes no visit of its own. "Erdogan hosted Putin in
    Ankara" (a person hosted) stays a visit."""
    if entry.lemma != "host" or verb.pos_ != "VERB":
        return None
    hosted = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    held = [p for c in hosted for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj" and c.lemma_.lower() in word_list("event_container_nouns.txt")]
    gatherings = word_list("gathering_nouns.txt")
    if any(_word(n) in gatherings for n in hosted + held):
        return f"'{verb.text}' a gathering: the gathering is the event"
    return None


def attraction(noun: Token, entry: TriggerEntry) -> str | None:
    """"Trump's diverse appeal among Republicans", "her broad appeal": an appeal "among" a public, or
    one a modifier of reach describes ("[appeal reach]"), is the pull someone has, no plea anyone
    made; "an appeal for calm", "the appeal against the ruling" keep their reading."""
    if entry.lemma != "appeal" or noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            return f"'{noun.text} among': the pull someone has, no plea"
        if c.dep_ in {"amod", "compound"} and _in(c, "appeal reach"):
            return f"'{c.text} {noun.text}': the pull someone has, no plea"
    return None


def missed_shot(verb: Token, entry: TriggerEntry) -> str | None:
    """"Watkins shot wide from the penalty spot", "shot high and wide": "shoot" with no object, said
    only of where the shot went ("[shot miss]", an adverb of direction), is a shot at goal that
    missed, no shooting of anyone; "police shot a man", "shot him dead" (an object) and "gunmen shot
    at the crowd" (an "at" target) stay shootings."""
    if entry.lemma != "shoot" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in {"dobj", "nsubjpass", "agent", "dative"} for c in verb.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"at", "on", "into"} for c in verb.children):
        return None
    miss = next((c for c in verb.children if c.dep_ in {"advmod", "acomp", "prt"} and _in(c, "shot miss")), None)
    if miss is None:
        return None
    return f"'{verb.text} {miss.text}' with no one shot: a shot at goal, no shooting"


def other_sense(tok: Token, entry: TriggerEntry, mentions: Sequence[Mention]) -> str | None:
    """Why the trigger is read in a sense that is no act, or None when its event reading stands."""
    return (thing_subject(tok, entry, mentions) or measured_demand(tok, entry) or outage(tok, entry, mentions)
            or danger_foreseen(tok, entry) or meaning_talk(tok, entry) or leaving_a_place(tok, entry)
            or sourcing_terms(tok, entry) or attraction(tok, entry) or hosted_gathering(tok, entry)
            or missed_shot(tok, entry))
