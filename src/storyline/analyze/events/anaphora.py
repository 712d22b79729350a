"""An event noun that names again an act the article reported before: "announced a deal ... the
deal was expensive but fair", "talks had broken down ... the talks", "put an initial offer on the
table ... That offer was a ceasefire".

Each mention keeps its own record and offsets (what the sentence says of the act: "the deal was
expensive", "members will vote on the deal"); the later one names the earlier as its ``antecedent``
so that the timeline shows one act with every sentence about it, not one entry a mention.

A mention refers back only when its form says so: a definite or demonstrative determiner or a
possessor ("the deal", "that offer", "its offer"), and nothing that tells it apart from an earlier act
of its kind: no noun or number before it ("the Tomahawk deal", "a 48-hour strike"), no clause on it
("the offer to send Tomahawks"), no adjective beyond those that only recall the act ("the planned
strike", lexicons/event_anaphor_modifiers.txt; "another", "a separate", "the territorial deal" are
others). It refers to the nearest earlier event of the same type, mode and word (event_words.py:
"met" and "the meeting", "talks" and "the negotiations"), of the same number when both are nouns,
whose time and actors do not clash with its own; an act the text denies is named again only as
denied. A threatened or supposed act is one a later mention may name ("threatened a walkout ... the
planned walkout").

A mention whose actors only stand for parties named before ("the two leaders had a very productive
call", lexicons/party_placeholders.txt) names again the nearest earlier act of its type and mode that
names two or more parties ("Trump and Putin spoke on the phone on October 16"), in the same or the
sentence before, whatever its own form and word: the placeholders say that the parties are known.
Only a definite or dual placeholder says so ("the two leaders", "both sides", "the sides"); "party
leaders who can support a candidate" and "the leaders of the party" speak of others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from storyline.analyze.event_words import is_neutral_kind_word, is_party_placeholder, trigger_family
from storyline.analyze.lexicon import word_list
from storyline.records import Event

DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# what sets a noun apart from an earlier act of its kind: a noun or number before it, a clause on it
_TELLING_DEPS = frozenset({"compound", "nummod", "npadvmod", "acl", "relcl", "appos", "quantmod"})
_TIME_SLACK_DAYS = 1
_UNREAL = frozenset({"negated"})  # an act a text denies is named again only as denied


@cache
def _recalling_modifiers() -> frozenset[str]:
    return frozenset(word_list("event_anaphor_modifiers.txt"))


def refers_back(tok: Token) -> bool:
    """Whether an event noun's form names an act already introduced (see the module docstring)."""
    if tok.pos_ != "NOUN":
        return False
    determined = False
    for child in tok.children:
        if child.dep_ == "det":
            if child.lower_ not in DETERMINERS:
                return False  # "a deal", "another explosion", "no deal", "such an attack"
            determined = True
        elif child.dep_ == "poss":
            determined = True  # "its offer", "the union's strike"
        elif child.dep_ in _TELLING_DEPS:
            return False
        elif child.dep_ == "amod" and child.lemma_.lower() not in _recalling_modifiers():
            return False
    return determined


# dependents of an event noun that may say which kind of act it is: "a bilateral meeting", "an
# emergency security meeting", "a ground offensive"
_KIND_DEPS = frozenset({"amod", "compound"})


def kind_words(tok: Token) -> list[str]:
    """The words before an event noun that say which kind of act it is ("bilateral", "emergency
    security"), for the timeline to tell two acts of one word apart. Not those that only recall the
    act (``_recalling_modifiers``: "the planned meeting"), nor names, places, times or numbers ("the
    French meeting", "a two-day summit": the entity, date and number tokens, which the actors and the
    time already compare), nor a modifier written with a hyphen or a number ("a follow-up meeting")."""
    if tok.pos_ != "NOUN":
        return []
    out: list[str] = []
    for child in tok.children:
        if child.dep_ not in _KIND_DEPS or child.i > tok.i:
            continue
        words = list(child.subtree)
        if any(not w.is_alpha or w.like_num or w.ent_type_ for w in words):
            continue
        if child.lemma_.lower() in _recalling_modifiers() or child.pos_ not in {"ADJ", "NOUN"}:
            continue
        out.extend(w.lemma_.lower() for w in words if _names_a_kind(w))
    return out


# the endings of adjectives that relate a noun to a domain ("bilateral", "nuclear", "terrorist",
# "military", "Olympic"), which say what kind of act it is; most others grade it ("big", "harsh", "new")
_RELATIONAL_ADJ = re.compile(r"(?:al|ar|ic|ary|ory|ist|ian|ese)$")


def _names_a_kind(w: Token) -> bool:
    """A noun ("security meeting") or a relational adjective (``_RELATIONAL_ADJ``) that neither recalls
    the act nor only grades it (lexicons/event_kind_neutral_modifiers.txt)."""
    lemma = w.lemma_.lower()
    if lemma in _recalling_modifiers() or is_neutral_kind_word(lemma):
        return False
    return w.pos_ == "NOUN" or (w.pos_ == "ADJ" and _RELATIONAL_ADJ.search(lemma) is not None)


def _times_clash(a: Event, b: Event) -> bool:
    if a.when is None or b.when is None:
        return False
    a0, a1, b0, b1 = a.when.earliest, a.when.latest, b.when.earliest, b.when.latest
    if None in (a0, a1, b0, b1):
        return False
    return (a0 - b1).days > _TIME_SLACK_DAYS or (b0 - a1).days > _TIME_SLACK_DAYS


def _share(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether two lists of actors (entity ids of the article, or names as written) name one party; a
    shared word of a name counts ("Boer" and "Erik Boer")."""
    mine = {x.casefold() for x in ours}
    other = {x.casefold() for x in theirs}
    words = {w for x in other for w in x.split() if len(w) > 2}
    return bool(mine & other) or any(w in words for x in mine for w in x.split())


def _actors_clash(anaphor: Event, earlier: Event) -> bool:
    """The later mention names actors the earlier one does not: "Obama has proposed ..." and
    "Clinton's proposal" are two acts, "Sessions's endorsement of Trump" is not Christie "endorsing
    Trump" (one party shared, the doers differ), and "the attack on Hungary" says which attack it is
    by its own words, not by an earlier "attack" that named no target."""
    ours = anaphor.source_actors + anaphor.target_actors
    if not ours:
        return False
    if not _share(ours, earlier.source_actors + earlier.target_actors):
        return True
    return any(mine and theirs and not _share(mine, theirs)
               for mine, theirs in ((anaphor.source_actors, earlier.source_actors),
                                    (anaphor.target_actors, earlier.target_actors)))


def _plural(tok: Token) -> bool:
    return tok.tag_ in {"NNS", "NNPS"}


def _fits(anaphor: Event, tok: Token, earlier: Event, earlier_tok: Token) -> bool:
    """Whether an earlier event of the same kind (type, mode and word: ``_kind``) can be the one a
    mention names again."""
    if earlier_tok.pos_ == "NOUN" and _plural(earlier_tok) != _plural(tok):
        return False  # "the attacks" are not the one "attack" told of before
    if earlier_tok.pos_ != "NOUN" and _plural(tok):
        return False  # "they met" is one meeting, not "the meetings"
    if earlier.modality in _UNREAL and anaphor.modality != earlier.modality:
        return False  # "there was no attack" is none that "the attack came at night" names
    return not _times_clash(anaphor, earlier) and not _actors_clash(anaphor, earlier)


def _kind(event: Event) -> tuple[str, str | None, str]:
    return event.type, event.mode, trigger_family(event.text)


def _parties_only(event: Event, tok: Token) -> bool:
    """Whether every actor of the event is a definite or dual word for the parties ("the two leaders",
    "both sides"), as written in the trigger's sentence (a linked entity is an id, never such a word)."""
    actors = event.source_actors + event.target_actors
    if not actors or not all(is_party_placeholder(a) for a in actors):
        return False
    words = {a.casefold().split()[-1] for a in actors}
    found = [t for t in tok.sent if t.lower_ in words]
    return bool(found) and all(_the_parties(t) for t in found)


def _the_parties(word: Token) -> bool:
    """"the two leaders", "both sides", "the sides": a plural determined or counted as a pair, and told
    apart by nothing else ("the leaders of the party", "black leaders" are others; "the party's
    received wisdom" names one party, no pair)."""
    if word.tag_ not in {"NNS", "NNPS"} or word.dep_ == "poss":
        return False
    pair = False
    for child in word.children:
        if child.dep_ in {"det", "predet"} and child.lower_ in {"the", "both"}:
            pair = True
        elif child.dep_ == "nummod" and child.lower_ == "two":
            pair = True
        elif child.dep_ in {"prep", "amod", "compound", "relcl", "acl", "poss"}:
            return False
    return pair


def _names_parties(event: Event) -> bool:
    actors = event.source_actors + event.target_actors
    return len(set(actors)) >= 2 and not any(is_party_placeholder(a) for a in actors)


def _sentences_apart(doc: Doc, earlier: Event, tok: Token) -> int:
    """How many sentence starts lie after an earlier event's trigger up to ``tok``."""
    first = doc.char_span(earlier.trigger.start, earlier.trigger.end, alignment_mode="expand")
    if first is None:
        return len(doc)
    return sum(1 for t in doc[first.start + 1 : tok.i + 1] if t.is_sent_start)


def name_antecedents(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` (of one article, in text order) with each mention that refers back naming the
    first mention of its act as ``antecedent``, and saying so in its reason. Earlier events are
    looked up by kind, so a long text costs what its events of one kind cost."""
    by_start = {t.idx: t for t in doc}
    seen: dict[tuple[str, str | None, str], list[tuple[Event, Token]]] = {}
    named: dict[tuple[str, str | None], Event] = {}  # the last act naming two or more parties, by type and mode
    out: list[Event] = []
    for event in events:
        tok = by_start.get(event.trigger.start)
        if tok is None:
            out.append(event)
            continue
        kind = _kind(event)
        earlier = None
        if refers_back(tok):
            earlier = next((e for e, t in reversed(seen.get(kind, ())) if _fits(event, tok, e, t)), None)
        if earlier is None and _parties_only(event, tok):
            last = named.get((event.type, event.mode))
            if (last is not None and not _times_clash(event, last) and _sentences_apart(doc, last, tok) <= 1
                    and (last.modality not in _UNREAL or last.modality == event.modality)):
                earlier = last
        if earlier is not None:
            root = earlier.antecedent or earlier.id
            event = replace(event, antecedent=root,
                            reason=f"{event.reason}; names again '{earlier.text}' at {earlier.trigger.start}")
        seen.setdefault(kind, []).append((event, tok))
        if _names_parties(event):
            named[(event.type, event.mode)] = event
        out.append(event)
    return out
