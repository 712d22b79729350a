"""Who did what to whom, when and where: PLOVER events from the dependency parse.

Triggers (verbs and event nouns) come from a data file an analyst can read and extend
(``lexicons/plover_triggers.tsv``), modes from ``plover_modes.tsv``. Around each trigger the parse
gives the actors (subject/agent as source; object and "with/against/on/to X" as target), the place
("in/at X") and the time (a time expression in the trigger's clause, else its sentence, else the
article date). An event noun carried by a verb ("imposed sanctions on X", "held talks with Y")
takes its actors from that verb. Consultations and agreements between a pair of parties are
reciprocal: both are source and target. Modality is decided by ``analyze.modality``.

Every event records which lexicon entry and parse rules found it (``reason``) and a confidence
from the entry's reliability, whether actors were found and how deeply the trigger is embedded,
so the most confident event of a sentence is its main one.

The package: ``lexicon.py`` (trigger lexicon, word lists, type families), ``triggers.py`` (which
tokens are triggers and which matches are no event), ``arguments.py`` (actors and place),
``timing.py`` (when), ``syntax.py`` (parse walks they share), ``senses.py`` (a word read in a sense
that is no act: "the figures do not agree", "peak demand"); ``extract_events`` here joins them
with mode and modality.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from storyline.analyze.datelines import in_dateline_at
from storyline.analyze.event_words import COURT_SCHEDULED_WORDS, kind_note, trigger_note
from storyline.analyze.events.anaphora import kind_words, name_antecedents
from storyline.analyze.events.arguments import ACTOR_LABELS, _Args, _arguments, _location, _members
from storyline.analyze.events.lexicon import (
    COMMENT_TYPES, CONFLICT_TYPES, PLOVER_TYPES, RECIPROCAL_TYPES, TriggerEntry, actor_nouns,
    competition_words, figure_objects, force_nouns, mode_cues, natural_hazards, nonviolent_objects,
    trigger_lexicon,
)
from storyline.analyze.events.senses import other_sense
from storyline.analyze.events.syntax import COMPOUND_HEADS, _carrier, _depth, _subject
from storyline.analyze.events.timing import _entry_stamp, _new_date, _since, _when, said_then
from storyline.analyze.events.triggers import (
    _about_comment, _agentless_harm_in_disaster, _asks_for_something, _binds_pair, _done_by_nature, _governed,
    _inside_name, _inside_time, _is_duplicate, _match, _names_or_describes, _protest_topic, _readings, _stated,
    _verbal_attack, _background, _gives_information, campaign_gathering, disaster_lead, discourse_sense, ends_a_span,
    named_again,
    misread_plural, voiced_protests,
)
from storyline.analyze.lexicon import word_sections
from storyline.analyze.modality import ModalityCall, classify
from storyline.analyze.names import is_place_word
from storyline.analyze.nlp import doc_text
from storyline.analyze.timenorm import MONTHS
from storyline.records import Event, Mention, Quote, Span, TimeRef, record_id

GOVERNED_FACTOR = 0.7
VOICED_WEIGHT = 0.8  # the weight of a protest word whose clause voices a demand (triggers.voiced_protests)
DESTINATION_WORDS = frozenset({"to", "into", "toward", "towards"})


def _names_as(tok: Token) -> bool:
    """Whether a verb says what its object is ("called the claims baseless", "called the vote a
    farce"): a predicate of the object (the parser's "oprd"), or the object read as the subject of
    a clause with that predicate ("called the opposition claims 'baseless'"). A phone call takes an
    addressee and at most a purpose ("called Putin to discuss the war"), never a predicate."""
    for c in tok.children:
        if c.dep_ == "oprd":
            return True
        if c.dep_ == "ccomp" and any(g.dep_ == "oprd" for g in c.children):
            return True
    return False


def _needs_met(tok: Token, entry: TriggerEntry, args: _Args, mentions: Sequence[Mention]) -> bool:
    """What the lexicon's "needs" column asks of the clause (see plover_triggers.tsv)."""
    if entry.needs == "pair":
        if entry.mode == "phone" and any(c.dep_ == "dobj" and _match(c) is not None for c in tok.children):
            return False  # "unions called a protest", "called a meeting": convening an event, no phone call
        if entry.mode == "phone" and _names_as(tok):
            return False  # "called the claims baseless", "called him a liar": naming, no phone call
        return args.paired or len(args.sources) + len(args.targets) >= 2
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objects.append(tok.head)  # "a report released in October": the noun a participle describes underwent it
    if entry.needs == "sent-to":  # "ordered troops to the border", not "to withdraw" nor "ordered 200 tanks"
        return not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in DESTINATION_WORDS for c in tok.children)
    if entry.needs == "own":  # "reversed its decision", not "reversed the lower court's decision"
        return any(g.dep_ == "poss" and g.tag_ == "PRP$" for o in objects for g in o.children)
    if entry.needs == "force":  # "deployed 5,000 troops", not "deployed rescue teams"
        if tok.pos_ in {"NOUN", "PROPN"}:  # "the deployment of missiles", not "of 5G networks"
            objects = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
        return all(_is_force(o) for o in objects)
    if entry.needs == "no-figure":  # "met the minister", not "met its revenue targets"
        return not any(o.lemma_.lower() in figure_objects() for o in objects)
    if entry.needs == "object":  # "executed him", not "will execute with aplomb"
        return bool(objects)
    if entry.needs == "harm":  # "killed two soldiers", not "a deal that kills jobs" nor "killed the bill"
        return not any(o.lemma_.lower() in nonviolent_objects() for o in objects if o.dep_ == "dobj")
    named = {m.span.start for m in mentions if m.label in ACTOR_LABELS}

    def is_actor(o: Token) -> bool:
        return (o.lemma_.lower() in actor_nouns() or o.ent_type_ in ACTOR_LABELS or o.pos_ == "PRON"
                or any(t.idx in named for t in o.subtree))

    if entry.needs == "actor":  # "released 12 hostages", not "released the article"
        if tok.pos_ in {"NOUN", "PROPN"}:
            # "the release of the emails", "a news release": the noun phrase itself up to its head names
            # who is released; a name in a clause on it ("emails to influence the U.S. election") does not
            objects = _undergoers(tok)
            return not objects or any(
                o.lemma_.lower() in actor_nouns() or o.ent_type_ in ACTOR_LABELS or o.pos_ == "PRON"
                or any(t.idx in named for t in tok.doc[o.left_edge.i : o.i + 1])
                or ((m := _members(o)) is not None and is_actor(m)) for o in objects)
        return not objects or any(is_actor(o) or ((m := _members(o)) is not None and is_actor(m)) for o in objects)
    if entry.needs == "actor-object":  # "rounded up hundreds of suspects", not "rounded up a sampling of the ways"
        return any(is_actor(o) or ((m := _members(o)) is not None and is_actor(m)) for o in objects)
    if entry.needs == "actor-clause":  # "warned that police will act", not "warned that blackouts could return"
        if any(c.dep_ == "prep" and c.lower_ in {"on", "about", "over"} and p.dep_ == "pobj"
               and p.lemma_.lower() in nonviolent_objects() for c in tok.children for p in c.children):
            return False  # "warns on profit": a forecast of a figure (lexicons/nonviolent_objects.txt), no threat
        if _warns_of_hazard(tok):
            return False  # "warned of heavy thunderstorms": a forecast of weather, no threat
        subjects = [c for cl in tok.children if cl.dep_ == "ccomp" for c in cl.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return not subjects or any(is_actor(s) for s in subjects)
    if entry.needs == "stated":  # "his threat to leave", not "the threat from ISIS"
        if tok.pos_ == "VERB" and (subject := _own_subject(tok)) is not None and not is_actor(subject):
            return False  # "technology threatens to change the industry": a risk, no one's threat
        return _stated(tok)
    if entry.needs == "trip":  # "Tanabe will travel to Seoul", not "millions travelled home"
        return _official_trip(tok, mentions)
    if entry.needs == "courtesy":  # "will call on President Lee during the trip", not "called on Lee to resign"
        return _courtesy_call(tok, mentions)
    if entry.needs == "demand":  # "asked them to leave", not "asked whether they would leave"
        return _asks_for_something(tok)
    if entry.needs == "gathering":  # "protesters rallied outside parliament", not "rallied supporters"
        if objects or any(c.dep_ == "prep" and c.lower_ in {"behind", "around", "round"} for c in tok.children):
            return False
        return not any(t.lemma_.lower() in competition_words() for t in tok.subtree if t.i != tok.i)
    if entry.needs == "no-contest":  # "beat the protesters", not "beat Clinton in the primary" or "fight the lawsuit"
        words = competition_words()
        if _strives(tok):
            return False
        # "hit by weak demand": what a passive harm was done by is a force too
        agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if tok.pos_ in {"NOUN", "PROPN"}:  # "an attack on the disease": what an event noun is done to
            agents += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                       for p in c.children if p.dep_ == "pobj"]
        # "struck a refinery, starting fires at both sites", parsed with "fires" a second object of
        # "struck": a verb takes one direct object, so only the first is what it was done to
        direct = [o for o in objects if o.dep_ == "dobj"]
        objects = [o for o in objects if o.dep_ != "dobj" or o is direct[0]]
        # "destroyed thousands of emails": a number's "of" noun is what was acted on
        counted = [m for o in objects if (m := _members(o)) is not None]
        if any(o.lemma_.lower() in nonviolent_objects() for o in objects + agents + counted):
            return False
        if _outpolls(tok, objects, mentions):
            return False
        return not any(t.lemma_.lower() in words or _is_score(t) for t in tok.subtree if t.i != tok.i)
    return True


# who makes a trip that is a visit when they are not named: a delegation, an envoy
_TRAVELLING_PARTIES = frozenset({"delegation", "envoy", "emissary", "minister", "president", "leader", "premier"})


def _official_trip(verb: Token, mentions: Sequence[Mention]) -> bool:
    """"Tanabe will travel to Seoul next week", "a Chinese delegation flew to Moscow": a named person or
    body (or a delegation, an envoy) going to a country or a seat of power (the places lexicon) pays
    it a visit (CAMEO 042); "millions travelled home", "drones flew over the city", "travelled to the
    flood-hit region" and a campaign's "flew to Boise for a speech" are no visit."""
    places = {m.span.start for m in mentions if m.label == "GPE" and is_place_word(m.text)}
    named = {m.span.start for m in mentions if m.label in {"PERSON", "ORG", "GPE"}}
    if verb.pos_ in {"NOUN", "PROPN"}:
        # a named traveller's trip is told with its own possessive, so any named country or city will do
        return _official_trip_noun(verb, {m.span.start for m in mentions if m.label == "GPE"}, named)
    if verb.pos_ != "VERB":
        return False
    to_place = _goes_to(verb, places)
    subject = _own_subject(verb)
    if not to_place or subject is None:
        return False
    return any(t.idx in named for t in subject.subtree) or subject.lemma_.lower() in _TRAVELLING_PARTIES


def _goes_to(tok: Token, places: set[int]) -> bool:
    """Whether ``tok`` has a "to" phrase naming one of ``places`` (mention starts): "travelled to
    Paris", "his trip to Paris"."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.dep_ == "pobj" and any(t.idx in places for t in p.subtree) for p in c.children) for c in tok.children)


def _official_trip_noun(noun: Token, places: set[int], named: set[int]) -> bool:
    """"the minister's trip to Paris was postponed", "delays his Pakistan trip": a trip is a visit when
    it goes to a named country or city ("to" phrase or a place before the noun) and its traveller
    is a possessive that is named, a pronoun or a travelling party; "a school trip", "a trip to the
    beach" and "the team's trip to the final" are none."""
    to_place = _goes_to(noun, places)
    place_first = any(c.dep_ == "compound" and c.idx in places for c in noun.children)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if not (to_place or place_first) or owner is None:
        return False
    return (owner.pos_ == "PRON" or any(t.idx in named for t in owner.subtree)
            or owner.lemma_.lower() in _TRAVELLING_PARTIES)


def _courtesy_call(verb: Token, mentions: Sequence[Mention]) -> bool:
    """"Tanabe will also call on President Lee during the trip": "call on" a named person with nothing
    asked of them (no infinitive, "for" phrase or clause anywhere after the verb in its sentence) is a
    visit paid to them; "called on Lee to resign" and "called on the king for calm" are demands."""
    ons = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}
           for p in c.children if p.dep_ == "pobj"]
    if not ons:
        return False
    people = {m.span.start for m in mentions if m.label == "PERSON"}
    if not any(t.idx in people for o in ons for t in o.subtree):
        return False
    later = [t for t in verb.sent if t.i > verb.i]
    if any(t.tag_ == "TO" and t.head.pos_ in {"VERB", "AUX"} or t.lower_ in {"for", "that"} for t in later):
        return False
    return not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)


def _undergoers(noun: Token) -> list[Token]:
    """Who or what an event noun is done to: its "of" object ("the release of the crew") or, with none,
    a noun compounded before it ("a hostage release", "a news release")."""
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return of or [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN"]


def _own_subject(verb: Token) -> Token | None:
    """The verb's own active subject, not one borrowed from another clause."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _strives(tok: Token) -> bool:
    """"Candidates fight to retain their fundraising edge", "she battled to keep her seat": a harm verb
    with an infinitive of purpose is an effort, not force against anyone. Only an armed subject
    (lexicons/event_force_nouns.txt: "rebels fought to retake the town") keeps the fighting."""
    if tok.pos_ != "VERB" or not any(
            c.dep_ in {"xcomp", "advcl"} and c.pos_ in {"VERB", "AUX"}
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    while subject is None and tok.dep_ in {"conj", "xcomp"} and tok.head.i != tok.i:
        tok = tok.head
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is None or not _is_force(subject)


def _warns_of_hazard(tok: Token) -> bool:
    """"Forecasters warned of heavy thunderstorms on Sunday": what a warning is "of" or "about" is
    nature's doing (lexicons/natural_hazards.txt), so the warning is a forecast, not a threat. The
    parser often hangs the "of" phrase on a time word ("warned on Friday of ..."), so any such
    phrase in the verb's own words counts, not only its children."""
    hazards = natural_hazards()
    return any(t.dep_ == "pobj" and t.head.lower_ in {"of", "about"} and t.lemma_.lower() in hazards
               for t in tok.subtree if t.i > tok.i and not _below_clause(t, tok))


def _below_clause(t: Token, top: Token) -> bool:
    """Whether ``t`` lies in a clause of its own under ``top`` (a that-clause, an infinitive)."""
    node = t
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in {"ccomp", "xcomp", "advcl", "relcl"}:
            return True
        node = node.head
    return False


def _attributive(tok: Token) -> bool:
    """"The court ordered the release of *the detained reporters*": a participle describing a noun
    names an event the sentence takes as given, background to what the sentence reports."""
    return tok.dep_ == "amod" and tok.pos_ == "VERB"


def _next_reading(tok: Token, failed: TriggerEntry, mentions: Sequence[Mention]) -> tuple[TriggerEntry, _Args] | None:
    """The word's first reading after ``failed`` whose need the clause meets, with its arguments:
    "ordered troops to withdraw" is no move of troops (sent-to) but still an order."""
    later = list(_readings(tok))
    for entry in later[later.index(failed) + 1:] if failed in later else ():
        args = _arguments(tok, mentions, entry)
        if _needs_met(tok, entry, args, mentions):
            return entry, args
    return None


def _held_jointly(tok: Token, args: _Args) -> bool:
    """A drill or exercise held by two sides together: a conjoined subject ("India and Japan held naval
    drills") or a "with" partner ("drills with the US Navy"). The manual codes joint exercises as
    COOPERATE and one side's as MOBILIZE; a plural subject alone ("Russian forces held drills") is one
    side, and an "against/near" phrase names whom the drill is aimed at, not a partner."""
    if len(args.sources) >= 2:
        return True
    heads = [tok] + [v for v in (_carrier(tok),) if v is not None]
    return any(c.dep_ == "prep" and c.lower_ == "with" for h in heads for c in h.children)


# harm verbs that also mean winning against a rival ("beat Clinton", "crushed his rivals")
_WIN_VERBS = frozenset({"beat", "crush"})
_PERSON_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "who", "somebody", "someone", "anyone", "nobody"})


def _outpolls(verb: Token, objects: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """"Sanders said he can beat Hillary Clinton", "somebody who is going to beat Donald Trump": a
    person who beats a named person, in a sentence with no sign of violence, wins against a rival; no
    one is hurt. "Police beat the journalist", "soldiers beat him" keep their reading (a force as
    doer, or no named person beaten)."""
    if verb.lemma_.lower() not in _WIN_VERBS or not objects:
        return False
    people = {m.span.start for m in mentions if m.label == "PERSON"}
    if not any(t.idx in people for o in objects for t in o.subtree):
        return False
    subject = _subject(verb)
    doer = subject is None or subject.lower_ in _PERSON_SUBJECTS or subject.idx in people
    violence = word_sections("verbal_attacks.txt").get("violence", frozenset())
    # (the verb's own word elsewhere in the sentence is no sign either: "to beat Trump, to beat the others")
    return doer and not any(t.lemma_.lower() in violence - _WIN_VERBS for t in verb.sent)


def _is_force(obj: Token) -> bool:
    """An armed force or a weapon (lexicons/event_force_nouns.txt, also as a modifier: "missile
    systems"), a named armed body ("the National Guard"), a pronoun or a bare number ("deployed 5,000")."""
    if obj.like_num or obj.pos_ == "PRON" or obj.ent_type_ in {"ORG", "NORP"}:
        return True
    words = force_nouns()
    return obj.lemma_.lower() in words or any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in words for c in obj.children)


SCORE = re.compile(r"^\d{1,3}[-\u2013]\d{1,3}$")


def _is_score(tok: Token) -> bool:
    """"beat Leeds 3-1", "won 6-4, 6-4": a result written as two small numbers joined by a dash
    names a game's score, so the clause reports a contest, not violence. After a month name it is a
    span of days ("the attack on the night of March 7-8"), no score."""
    if tok.i > 0 and tok.nbor(-1).lower_.rstrip(".") in MONTHS:
        return False
    return bool(SCORE.match(tok.text)) or (
        tok.like_num and tok.i + 2 < len(tok.doc) and tok.nbor(1).text in {"-", "\u2013"} and tok.nbor(2).like_num
        and len(tok.text) <= 3 and len(tok.nbor(2).text) <= 3)


def _mode(trigger: Token, entry: TriggerEntry, extra: Iterable[Token]) -> str | None:
    near = {c.lemma_.lower() for c in trigger.children}
    for g in trigger.children:
        near |= {p.lemma_.lower() for p in g.children if g.dep_ == "prep" and p.dep_ == "pobj"}
    near |= {t.lemma_.lower() for t in extra}
    for lemma, mode in mode_cues().get(entry.type, ()):
        if lemma in near:
            return mode
    if entry.mode:
        return entry.mode
    for lemma, mode in mode_cues().get(entry.type, ()):
        if lemma == trigger.lemma_.lower():
            return mode
    return None


def _dated_ahead(tok: Token, when: TimeRef | None, reference: date | None, modality: ModalityCall) -> ModalityCall:
    """"The union has called a strike for next Monday": an event noun whose own time (a "for" phrase,
    a time hung on the noun, or the new date a verb moves it to) lies after the report is planned, whatever the tense of the verb
    that announced it; the calling happened, the strike has not."""
    if (tok.pos_ not in {"NOUN", "PROPN"} or modality.value != "happened" or when is None or reference is None
            or when.earliest is None or when.earliest <= reference):
        return modality
    inside = [t for t in tok.doc[tok.sent.start : tok.sent.end] if when.span.start <= t.idx < when.span.end]
    # the time phrase's own head: the word of it whose head lies outside it ("next *Monday*")
    at = next((t for t in inside if not when.span.start <= t.head.idx < when.span.end or t.head.i == t.i), None)
    if at is None:
        return modality
    own = (any(a.i == tok.i for a in at.ancestors) or (at.head.dep_ == "prep" and at.head.lower_ == "for")
           or _new_date(tok, [when]) is not None)  # "was moved to December 4-5": the act's new date
    if not own:
        return modality
    return ModalityCall("planned", modality.attributed_to,
                        f"its own time '{when.text}' is after the report ({modality.reason})")


DEFINITE = frozenset({"the", "this", "that", "these", "those"})
NOT_YET = frozenset({"planned", "hypothetical", "cancelled", "postponed"})
# events announced before they happen (meetings, talks, protests, strikes), which a later definite
# noun names again; an attack or an offer named with "the" is one that was made
SCHEDULED_TYPES = frozenset({"CONSULT", "PROTEST"})


def _referring_back(tok: Token, entry: TriggerEntry, modality: ModalityCall, specific: bool,
                    stated: dict[tuple[str, str, str], tuple[str, str]]) -> ModalityCall:
    """"Aldoria and Kesh will hold talks in Singapore next month. ... Kesh's ministry confirmed the
    meeting.": a definite noun of a scheduled event that nothing else dates ("the meeting") speaks of
    the event of its kind (type and mode: a phone call is no meeting) the text last reported, and is
    as planned, called off or hypothetical as that one was, not presupposed to have happened.
    ``stated`` keeps, per kind, the last specific event (one with actors or a date of its own) a cue
    decided: "we are ready to negotiate" in between names no meeting. A postponement told after the
    text told the act held ("People marched on Thursday ... The march, originally planned for
    Tuesday, had been pushed back") is the held act's history: a later "the march drew 250,000"
    speaks of the march that was held, not of one still put off."""
    court = tok.lower_ if tok.lower_ in COURT_SCHEDULED_WORDS else ""  # "the ruling": a court's act set for a day
    if entry.type not in SCHEDULED_TYPES and not court:
        return modality
    kind = (entry.type, entry.mode or "", court)
    definite = tok.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    earlier = stated.get(kind)
    # "a meeting on the sidelines of the summit": a noun inside the phrase of the earlier one names
    # another event (its occasion), not that one again
    inside = earlier is not None and any(a.text == earlier[1] and a.sent == tok.sent for a in tok.ancestors)
    if modality.presupposed and definite and earlier is not None and earlier[0] in NOT_YET and not inside:
        return ModalityCall(earlier[0], modality.attributed_to,
                            f"definite '{tok.text}' refers back to '{earlier[1]}' ({earlier[0]}) earlier in the text")
    if not modality.presupposed and specific and not (modality.value == "postponed" and earlier is not None
                                                      and earlier[0] == "happened"):
        stated[kind] = (modality.value, tok.text)
    return modality


def extract_events(doc: Doc, article_id: str, mentions: Sequence[Mention], times: Sequence[TimeRef],
                   quotes: Sequence[Quote], reference: date | None) -> list[Event]:
    """Every PLOVER event the lexicon and parse find in ``doc``, in text order."""
    text = doc_text(doc)
    mentions = [m for m in mentions if not in_dateline_at(text, m.span.start)]  # the outlet's place
    found: dict[int, TriggerEntry] = {}
    disaster = disaster_lead(doc)
    for tok in doc:
        entry = _match(tok) or named_again(tok, found)
        if entry is None or _inside_name(tok, mentions) or _names_or_describes(tok) or _inside_time(tok, times):
            continue
        if campaign_gathering(tok, entry, mentions):
            continue  # "Trump's rallies", "told a rally": a candidate's event, no protest
        if _gives_information(tok, entry.type):
            continue  # "did not offer details", "declined to offer a figure": statements, no offer or refusal
        if entry.type in COMMENT_TYPES and _about_comment(tok):
            continue  # "declined to comment", "a request for comment"
        harm = entry.type in CONFLICT_TYPES
        if _done_by_nature(tok, harm) or (harm and _agentless_harm_in_disaster(tok, disaster)):
            continue  # nature is no actor whatever it does: "the heat would ease", "the storm threatened"
        if tok.dep_ == "compound" and tok.head.lemma_.lower() not in COMPOUND_HEADS:
            continue
        if tok.dep_ == "nsubj" and misread_plural(tok.head):
            continue  # "the ceasefire talks that X had scheduled", parsed as "ceasefire" talking: a modifier
        if entry.type == "SANCTION" and ends_a_span(tok):
            continue  # "ending months of negotiations": the talks reached their close
        if tok.dep_ == "amod" and tok.pos_ == "VERB" and tok.head.lemma_.lower() not in actor_nouns():
            continue  # "a negotiated solution" is a kind of solution; "the detained journalists" were detained
        found[tok.i] = entry
    notes: dict[int, str] = {}  # why a word took the report's sense rather than its plain reading
    for i, entry in list(found.items()):
        if (sensed := discourse_sense(doc, doc[i], entry)) is not None:
            found[i], notes[i] = sensed

    events: list[Event] = []
    stated: dict[tuple[str, str, str], tuple[str, str]] = {}  # kind -> (modality, trigger) of its last event a cue dated
    # the reading whose need the clause meets decides what each word is, before a noun is judged the
    # verb's own object ("ordered the deployment of battalions to Poland": an order, whose object
    # deployment is an event of its own)
    settled: dict[int, tuple[TriggerEntry, _Args]] = {}
    for i, entry in found.items():
        args = _arguments(doc[i], mentions, entry)
        if _needs_met(doc[i], entry, args, mentions):
            settled[i] = (entry, args)
        elif (held := _next_reading(doc[i], entry, mentions)) is not None:
            settled[i] = held
            found[i] = held[0]
    for i, (entry, _) in list(settled.items()):
        if other_sense(doc[i], entry, mentions) is not None:
            # "the figures do not agree", "winter peak demand", "power supply was cut": the word's sense
            # here is no act (events/senses.py), so it neither counts nor governs another trigger
            del settled[i], found[i]
    voiced = voiced_protests(doc, found)
    dated: dict[int, tuple[TimeRef | None, str]] = {}  # event noun -> the date its own clause gave it
    for i, (entry, args) in settled.items():
        tok = doc[i]
        if _is_duplicate(tok, entry, found):
            continue
        joint = entry.needs == "solo" and _held_jointly(tok, args)
        if joint:
            entry = replace(entry, type="COOPERATE", mode=None)  # "India and Japan held naval drills"
        sources, targets = args.sources, args.targets
        subject = _subject(tok) if tok.pos_ == "VERB" else None
        mode = _mode(tok, entry, [subject] if subject is not None else [])
        if mode is None and subject is not None and subject.i in found and found[subject.i].type == entry.type:
            mode = found[subject.i].mode  # "a roadside bombing killed two soldiers": the bombing's mode
        reciprocal = False
        relational = entry.type == "SUPPORT" and not targets and _binds_pair(tok)
        if (entry.type in RECIPROCAL_TYPES and mode not in {"visit", "third-party"}) or relational:
            parties = tuple(dict.fromkeys(sources + targets))
            if len(parties) >= 2 and (entry.type == "CONSULT" or args.paired or not targets):
                sources = targets = parties
                reciprocal = True
        verbal = entry.type == "ASSAULT" and _verbal_attack(tok, sources, targets, mentions)
        if verbal:
            entry = replace(entry, type="ACCUSE")
            mode = "disapprove"
        sent = tok.sent
        when, when_how = _when(tok, sent, times, reference)
        when = _since(when, tok, reference)
        if (when_how != "clause" and tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "conj"
                and (shared := dated.get(tok.head.i)) is not None):
            # "called a general strike and mass protests from June 9": event nouns joined in one
            # phrase share the date the first one's clause gives
            when, when_how = shared
        modality = classify(tok, quotes, when if when_how == "clause" else None, reference)
        modality = _dated_ahead(tok, when if when_how == "clause" else None, reference, modality)
        if (when_how == "sentence" and when is not None and modality.value in {"planned", "hypothetical"}
                and said_then(when, tok, quotes)):
            # "said on Thursday ... he was ready to meet": the day of the telling, not of the meeting
            when, when_how = _entry_stamp(sent, times)
        modality = _referring_back(tok, entry, modality, bool(sources or targets or when_how == "clause"), stated)
        if when_how == "clause" and tok.pos_ in {"NOUN", "PROPN"}:
            dated[i] = (when, when_how)
        # a protest voicing a demand is surely a protest, however ambiguous its word ("marched")
        weight = max(entry.weight, VOICED_WEIGHT) if i in voiced else entry.weight
        confidence = weight * (1.0 if sources else 0.85) * max(0.5, 0.9 ** _depth(tok))
        if _governed(tok, found) or _protest_topic(tok, entry, found) or _attributive(tok) or _background(tok, found):
            confidence *= GOVERNED_FACTOR
        reason = (
            f"{trigger_note(entry.key, entry.pos, entry.context)} -> {entry.type}{'/' + mode if mode else ''}"
            f"{' (a verbal attack: between people or over words, no violence in the sentence)' if verbal else ''}"
            f"{' (held jointly by two sides)' if joint else ''}"
            f"{' (a protest: it voices a demand)' if i in voiced and weight > entry.weight else ''}"
            f"{f' ({notes[i]})' if i in notes else ''}"
            f"; actors: {args.how}"
            f"{'; reciprocal pair' if reciprocal else ''}; when: {when_how}; modality: {modality.reason}"
            f"{kind_note(kind_words(tok))}"
        )
        start, end = tok.idx, tok.idx + len(tok.text)
        events.append(Event(
            id=record_id(article_id, "event", start, end, entry.type),
            type=entry.type,
            mode=mode,
            source_actors=sources,
            target_actors=targets,
            location=_location(tok, mentions),
            when=when,
            when_how=when_how,
            modality=modality.value,
            trigger=Span(article_id, start, end),
            sentence=Span(article_id, sent.start_char, sent.end_char),
            text=tok.text,
            attributed_to=modality.attributed_to,
            confidence=round(confidence, 3),
            reason=reason,
        ))
    return name_antecedents(doc, events)


__all__ = ["PLOVER_TYPES", "extract_events", "trigger_lexicon"]
