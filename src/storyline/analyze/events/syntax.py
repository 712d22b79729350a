"""Small walks over the dependency parse that trigger filters and argument finding share.

Subjects (active, passive, relative), conjuncts, prepositional objects, and the verb that carries an
event noun ("imposed sanctions", "held talks"): the carrier gives the noun its actors, place and
time, so both the filters and the argument finder need to find it the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.datelines import in_dateline
from storyline.analyze.event_words import COMPOUND_HEADS
from storyline.analyze.lexicon import listed_key
from storyline.analyze.timex.verb_tense import as_onset, as_scheduled

SOURCE_DEPS = {"nsubj"}
PAIR_WORDS = {"two", "both", "they", "we", "leaders", "sides", "parties"}
CORE_SKIP_DEPS = {"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj", "appos", "parataxis"}
CORE_PREPS = {"of", "from"}
# compass bearings: "Parchin military base, southeast of Tehran", "a village 20 km north of Kherson"
# give where the thing lies by another place, which is no party to the act done to the thing
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def _core_tokens(tok: Token, nested: bool = False) -> list[Token]:
    """The noun phrase of an argument without its clauses and most prepositions. Conjuncts of the
    argument itself are arguments of their own (``_with_conjuncts``); inside its "of" phrase they
    belong to it ("the foreign ministers of Turkey and Egypt"), and so do a premodifier's ("an
    exchange between Kestria and Solvari rebels", the parser joining both names before "rebels")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in CORE_SKIP_DEPS and not (nested and child.dep_ == "conj"):
            continue
        if child.dep_ == "prep" and child.lower_ not in CORE_PREPS:
            continue
        if _bearing(child):
            continue
        out.extend(_core_tokens(child, nested or child.dep_ == "prep" or _premodifier(child)))
    return out


def _bearing(tok: Token) -> bool:
    """A bearing from another place after a noun ("base, southeast of Tehran", "20 km north of
    Kherson"): the "of" place locates the noun (``BEARINGS``) and is no party of its own."""
    return (tok.i > tok.head.i and tok.dep_ in {"npadvmod", "advmod", "amod", "prep"}
            and (tok.lower_ in BEARINGS or any(c.lower_ in BEARINGS and c.dep_ == "advmod" for c in tok.children)))


def _premodifier(tok: Token) -> bool:
    """A name before the common noun it modifies ("Kestria" in "Kestria and Solvari rebels",
    "House" in "House and Senate Republicans"), a nationality too ("Russian" in "Russian and Ukrainian
    negotiators"); before a name it is a title ("House Speaker Paul Ryan", "Democrat Clinton"), whose
    conjuncts the parser may have taken from the sentence."""
    if tok.i > tok.head.i or tok.head.pos_ != "NOUN":
        return False
    return (tok.dep_ in {"nmod", "compound"} and tok.pos_ == "PROPN") or (tok.dep_ == "amod" and tok.ent_type_ == "NORP")


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts] if tok.conjuncts else [tok]


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: "the office, *which* called for his release"."""
    if pronoun.tag_ not in {"WP", "WDT"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return clause.head


def _subject(verb: Token) -> Token | None:
    """The verb's subject, inherited from the governing verb for 'X plans to meet' and 'X met and discussed'."""
    node, below = verb, None
    for _ in range(4):
        for child in node.children:
            if child.dep_ in SOURCE_DEPS and not in_dateline(child):
                return child
            # "the minister is expected to visit Kyiv", "the envoy was asked to mediate": a passive verb's
            # subject is who does its infinitive
            # ("had been set to free": the parser hangs the infinitive of a passive "set" as "advcl")
            if (child.dep_ == "nsubjpass" and below is not None
                    and (below.dep_ == "xcomp" or (below.dep_ == "advcl" and node.lemma_.lower() == "set"))
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)):
                return child
            if child.dep_ in SOURCE_DEPS:  # "CLEVELAND, July 19 (UPI) — Former Attorney General Michael
                # Mukasey told": the parser made the dateline the subject and the speaker its apposition
                named = next((c for c in child.children if c.dep_ == "appos" and not in_dateline(c)), None)
                if named is not None:
                    return named
        # headlines drop "is" before "to": "Kalvia to expel envoy" leaves the name hanging as "dep"
        if node.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            named = next((c for c in node.children
                          if c.dep_ == "dep" and c.i < node.i and c.pos_ in {"PROPN", "NOUN"}), None)
            if named is not None and not in_dateline(named):
                return named
        # "the rebels were ready to hand over their weapons": an adjective's complement ("acomp") shares
        # the subject of its copula, as an infinitive shares its governor's
        if node.dep_ in {"xcomp", "conj", "advcl", "acomp"} and node.head.i != node.i and not _passive_participle(node):
            node, below = node.head, node
            continue
        return _object_of_controller(node)
    return None


# prepositions through which a verb's object does the gerund after them: "accused Russia of attacking",
# "blamed Kyiv for shelling", "charged him with plotting", "barred them from entering"
CONTROL_PREPS = frozenset({"of", "for", "with", "from"})


def _object_of_controller(gerund: Token) -> Token | None:
    """"Ukraine accused Russia of attacking energy sites": a gerund after a preposition of a verb does
    what that verb's object (or, passive, its subject: "Russia was accused of attacking") is said to;
    the verb's own subject accuses, blames or charges. None when the gerund is no such complement."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in CONTROL_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.i == prep.i:
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def verb_listed(verb: Token, words: frozenset[str]) -> bool:
    """Whether a word list holds the verb, alone or with its particle ("fend off", "put off"): lists
    write a phrasal verb whose plain verb means something else ("put the toll at 30") with its particle."""
    return listed_key(verb, words) is not None


def _passive_participle(verb: Token) -> bool:
    """"money pledged by donors", "homes damaged or destroyed": a bare past participle is passive,
    so the subject of the verb it hangs on did not do it."""
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    # "has visited Kyiv and met Zelensky": a conjunct shares the voice of the verb it joins
    return _passive_participle(verb.head) if verb.dep_ == "conj" and verb.head.i != verb.i else True


def _prep_objects(tok: Token, preps: set[str]) -> list[tuple[str, Token]]:
    out: list[tuple[str, Token]] = []
    for child in tok.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in preps | {"by"}:
            for p in child.children:
                if p.dep_ == "pobj":
                    out.append((child.lower_, p))
    return out


def _plural(tok: Token | None) -> bool:
    return tok is not None and (bool(tok.conjuncts) or tok.lower_ in PAIR_WORDS or tok.tag_ in {"NNS", "NNPS"} and tok.pos_ != "PROPN")


_PLURAL_PRONOUNS = frozenset({"they", "we"})
_GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})


def _speaker_as_subject(pronoun: Token) -> Token | None:
    """"Rebels said *they* had shot down a helicopter", "the ministry said *it* arrested 12": the
    subject pronoun of a reported clause is, most often, who reports it, when number agrees (a
    group may be "they" or "it"; a person's "he"/"she" is resolved with the other mentions)."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp":
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
        return None
    group = speaker.ent_type_ in _GROUP_LABELS
    plural = _plural(speaker) or speaker.tag_ == "NNPS"
    word = pronoun.lower_
    if word in _PLURAL_PRONOUNS:
        return speaker if plural or group else None
    if word == "it":
        return speaker if not plural and (group or speaker.pos_ == "NOUN") and speaker.ent_type_ != "PERSON" else None
    return None


def _carried(tok: Token) -> Token:
    """The noun phrase head that stands for an event noun in its clause: the measure or campaign
    around it ("25,000 tons *of aid*", "a *mediation* effort"), else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in COMPOUND_HEADS:
        return tok.head
    return tok


def _carrier(tok: Token) -> Token | None:
    """The verb an event noun hangs on ("imposed sanctions", "the summit was called off"), also
    through a measure or a campaign ("provided 25,000 tons of aid", "launched a mediation effort")."""
    node = _carried(tok)
    if node.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and node.head.pos_ in {"VERB", "AUX"}:
        return node.head
    return None


def _on_carrier(tok: Token) -> Token | None:
    """The verb of "went on strike", "stayed on strike": an event noun as the bare object of "on"
    names the state the verb's subject enters or keeps, so it counts like a verb's object for the
    lexicon's "^lemma" context; a noun with a determiner or modifier after "on" is a topic ("went on
    about the strike"), not a state."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "on" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"det", "amod", "compound", "poss"} for c in tok.children):
        return None
    return prep.head


def _predicates(head: Token) -> list[Token]:
    """A clause's head and the predicates chained to it ("were due to open"), not clauses below."""
    out = [head]
    for child in head.children:
        if child.dep_ in {"xcomp", "acomp", "conj"}:
            out.extend(_predicates(child))
    return out


# Clauses below a word that have a predicate of their own: a time in them dates that predicate
# ("asked Kasich to lay out his path to becoming the nominee *in July*": July dates the nomination,
# not the asking; "threatened to strike *on Friday*": the strike, not the threat).
_OWN_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "parataxis", "advcl", "xcomp", "acl"})


def _clause_tokens(head: Token) -> list[Token]:
    out = [head]
    for child in head.children:
        if child.dep_ in _OWN_CLAUSE_DEPS and not as_scheduled(child) and not as_onset(child):
            # a clause of its own; "as planned on Monday" only says the event keeps its date, and
            # "starting March 1" when it takes effect
            continue
        out.extend(_clause_tokens(child))
    return out


def _depth(tok: Token) -> int:
    """How many clause boundaries lie between the trigger and the sentence root."""
    depth, node = 0, tok
    while node.head.i != node.i and depth < 6:
        if node.dep_ in {"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "conj"}:
            depth += 1
        node = node.head
    return depth

