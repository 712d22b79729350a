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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from storyline.analyze.lexicon import numbered_data_lines, word_list, word_sections
from storyline.analyze.modality import classify, governor_key, is_headline, modality_cues, purpose_verb
from storyline.analyze.nlp import doc_text
from storyline.errors import LexiconError
from storyline.records import Event, Mention, Quote, Span, TimeRef, record_id

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
SOURCE_DEPS = {"nsubj"}
TARGET_DEPS = {"dobj", "dative"}
TARGET_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "between", "from", "over"}
PAIR_PREPS = {"with", "between"}
LOCATION_PREPS = {"in", "at", "near", "outside", "inside"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "LOC"}
TIME_KINDS = {"date", "time", "interval"}
PAIR_WORDS = {"two", "both", "they", "we", "leaders", "sides", "parties"}
COMPOUND_HEADS = {"campaign", "wave", "series", "spree", "movement", "effort", "efforts", "mission", "bid", "initiative", "process", "drive"}
CORE_SKIP_DEPS = {"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj", "appos", "parataxis"}
CORE_PREPS = {"of", "from"}
GOVERNED_DEPS = {"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "acl", "attr", "oprd"}
GOVERNED_FACTOR = 0.7
DEMAND_TYPES = {"REQUEST"}
# Verbs whose subject undergoes the event noun they carry: "judges received death threats", "the
# city faced heavy shelling", "the army suffered an attack".
UNDERGOING_VERBS = frozenset({"receive", "face", "suffer", "get", "undergo", "endure", "sustain"})
# What a "from" phrase on an event noun names: who acts ("condemnation from the EU", "aid from
# Japan"), except with these. A withdrawal's is what is left, its target ("withdrawal from Gaza"); a
# march's, a deployment's or an attack's is where it comes from, no actor ("a march from the square").
FROM_TARGET_TYPES = {"RETREAT"}
FROM_ORIGIN_TYPES = {"PROTEST", "MOBILIZE", "ASSAULT"}
# "troops deployed to the border": who is mobilized is the side that mobilizes, not its target
SELF_TYPES = {"MOBILIZE"}
# Types whose object is the actor it is done to: a participle on a noun ("a man arrested on Monday",
# "people killed in the blast", "firms sanctioned by the EU") names their target; with others the
# noun is the thing given or done ("goods donated")
PATIENT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE"}
TOPIC_TYPES = {"REQUEST", "ACCUSE"}
CONFLICT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"}
DEMAND_MODALS = {"must", "should"}
SPEAKER_WORDS = {"i", "we", "it", "he", "she", "they"}
# relational objects: "X and Y signed a treaty / established ties" binds both of them
RELATION_OBJECTS = {"treaty", "agreement", "accord", "pact", "deal", "tie", "relation", "memorandum", "protocol"}


NEEDS = ("-", "pair", "object", "actor", "no-contest", "demand", "stated")  # see _needs_met


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    key: str  # lemma, or "lemma particle"
    pos: str
    type: str
    mode: str | None
    weight: float
    context: frozenset[str]
    needs: str = "-"  # what the clause must hold for the entry to count (plover_triggers.tsv, column "needs")

    @property
    def needs_pair(self) -> bool:
        return self.needs == "pair"

    @property
    def lemma(self) -> str:
        return self.key.split(" ")[0]

    @property
    def particle(self) -> str | None:
        parts = self.key.split(" ")
        return parts[1] if len(parts) > 1 else None


def _lexicon_lines(name: str) -> Iterable[tuple[int, list[str]]]:
    return ((number, line.split("\t")) for number, line in numbered_data_lines(name))


@cache
def trigger_lexicon() -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    """(lemma, POS) -> entries in file order (specific readings first)."""
    table: dict[tuple[str, str], list[TriggerEntry]] = {}
    for number, cols in _lexicon_lines("plover_triggers.tsv"):
        if len(cols) != 7 or cols[2] not in PLOVER_TYPES:
            raise LexiconError(f"plover_triggers.tsv line {number}: expected 7 tab-separated columns with a PLOVER type, got {cols!r}")
        key, pos, type_, mode, weight, context, needs = cols
        if needs.strip() not in NEEDS:
            raise LexiconError(f"plover_triggers.tsv line {number}: 'needs' is {needs!r}, not one of {', '.join(NEEDS)}")
        entry = TriggerEntry(
            key=key, pos=pos, type=type_, mode=None if mode == "-" else mode, weight=float(weight),
            context=frozenset() if context == "-" else frozenset(context.split(",")), needs=needs.strip(),
        )
        table.setdefault((entry.lemma, pos), []).append(entry)
    # a word's conditioned readings (particle or context) are tried before its plain one, wherever they stand
    return {k: tuple(sorted(v, key=lambda e: e.particle is None and not e.context)) for k, v in table.items()}


@cache
def mode_cues() -> dict[str, tuple[tuple[str, str], ...]]:
    """PLOVER type -> (cue lemma, mode) in file order."""
    table: dict[str, list[tuple[str, str]]] = {}
    for number, cols in _lexicon_lines("plover_modes.tsv"):
        if len(cols) != 3:
            raise LexiconError(f"plover_modes.tsv line {number}: expected type, lemma, mode; got {cols!r}")
        table.setdefault(cols[0], []).append((cols[1], cols[2]))
    return {k: tuple(v) for k, v in table.items()}


@cache
def actor_nouns() -> frozenset[str]:
    return word_list("plover_actor_nouns.txt")


@cache
def patient_nouns() -> frozenset[str]:
    return word_list("event_patient_nouns.txt")


@cache
def naming_verbs() -> frozenset[str]:
    return word_list("naming_verbs.txt")


def quantity_idioms() -> frozenset[str]:
    return word_list("quantity_idioms.txt")


@cache
def natural_hazards() -> frozenset[str]:
    return word_list("natural_hazards.txt")


@cache
def competition_words() -> frozenset[str]:
    return word_list("competition_words.txt")


# ---------------------------------------------------------------- trigger matching


def _coarse_pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB":
        return "VERB"
    if tok.pos_ in {"NOUN", "PROPN"}:
        return "NOUN"
    return None


def _singular(word: str) -> str:
    """"talks" -> "talk", "strikes" -> "strike", "casualties" -> "casualty": the model keeps a
    capitalised word it tags as a proper noun ("Talks between X and Y were postponed" after a blank
    line, title-case headlines) as its own lemma, so the lexicon would miss it."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _match(tok: Token) -> TriggerEntry | None:
    pos = _coarse_pos(tok)
    if pos is None:
        return None
    lexicon = trigger_lexicon()
    entries = lexicon.get((tok.lemma_.lower(), pos)) or lexicon.get((tok.lower_, pos))
    if not entries and tok.pos_ == "PROPN" and not tok.ent_type_:
        entries = lexicon.get((_singular(tok.lower_), pos))
    if not entries:
        return None
    # "called X on Tuesday" is no "call on": a preposition whose object is a date is no particle
    child_words = {c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "prep" and not any(
        p.dep_ == "pobj" and p.ent_type_ in {"DATE", "TIME"} for p in c.children))}
    child_lemmas = {c.lemma_.lower() for c in tok.children}
    for g in tok.children:
        if g.dep_ == "prep":
            child_lemmas |= {p.lemma_.lower() for p in g.children if p.dep_ == "pobj"}
        elif g.dep_ == "dobj":
            for obj in _with_conjuncts(g):  # "photographs and other intelligence"
                child_lemmas.add(obj.lemma_.lower())
                # "a state of emergency", "700 kg of medicine": the "of" noun names what is acted on
                child_lemmas |= {p.lemma_.lower() for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for p in c.children if p.dep_ == "pobj"}
                if obj.lemma_.lower() in COMPOUND_HEADS:
                    # "ended mediation efforts": the effort's kind is the object that counts
                    child_lemmas |= {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod", "nmod"}}
    if any(e.context & {"@conflict", "@must"} for e in entries):
        child_lemmas |= _clause_cues(tok)
    # "called it off" is no phone call: a particle the lexicon knows for this verb makes another verb,
    # so the particle-less readings do not apply even when the phrasal one's context fails
    phrasal = {c.lower_ for c in tok.children if c.dep_ == "prt"} & {e.particle for e in entries if e.particle}
    for entry in entries:
        if entry.particle is not None and entry.particle not in child_words:
            continue
        if entry.particle is None and phrasal:
            continue
        if entry.context and not entry.context & child_lemmas:
            continue
        return entry
    return None


def _demanded_subject(clause: Token) -> Token | None:
    """The subject of a that-clause voiced as an obligation ("Y must release Z"), unless it is the speaker."""
    if not any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ in SPEAKER_WORDS:
        return None
    return subj


def _clause_cues(tok: Token) -> set[str]:
    """Pseudo-lemmas (see plover_triggers.tsv) for what the clause governed by ``tok`` says."""
    cues: set[str] = set()
    for child in tok.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            entry = _match(child)
            if entry is not None and entry.type in CONFLICT_TYPES:
                cues.add("@conflict")
        if child.dep_ == "ccomp" and _demanded_subject(child) is not None:
            cues.add("@must")
    return cues


def _inside_name(tok: Token, mentions: Sequence[Mention]) -> bool:
    """'Summit County', 'Compass Call', 'Operation Desert Storm': a trigger word inside a name is no event.

    A named EVENT ("the Tet Offensive") counts only when the word itself is capitalized mid-sentence:
    "the Paris attacks" may be tagged EVENT too, and those attacks are real events.
    """
    if tok.ent_type_ in NAME_LABELS:
        return True
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not is_headline(tok.sent) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in tok.children):
        # "Compass Call's mission" where the recognizer missed the name: proper nouns together (a
        # title-case headline capitalises every word, "Trump-Putin Summit Called Off", so not there)
        return True
    named = tok.text[:1].isupper() and tok.i != tok.sent.start
    if named and tok.ent_type_ == "EVENT":
        return True
    for m in mentions:
        if m.span.start <= tok.idx < m.span.end and (m.label in NAME_LABELS or (named and m.label == "EVENT")):
            return True
    return False


def _names_or_describes(tok: Token) -> bool:
    """A trigger word used to name or describe, not to report an event.

    - a naming verb as a participle on a noun or with a predicate: "a class called 'Perception'",
      "Trump called Clinton a liar" (lexicons/naming_verbs.txt);
    - a present participle describing a noun: "their investigating abilities", "a negotiating
      team" say what something is for, not that anything happened;
    - an event noun as the predicate of "be": "he was a very big threat to progressives"
      characterises its subject (the events it may stand for are reported by their own words);
    - an event noun in an idiom of quantity or degree: "we lost a great deal", "a good deal of"
      (lexicons/quantity_idioms.txt).
    """
    if tok.pos_ == "NOUN" and " ".join(t.lower_ for t in tok.doc[tok.left_edge.i : tok.i + 1]) in quantity_idioms():
        holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "made a great deal with Mexico"
        if not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for h in holders for c in h.children):
            return True
    if tok.pos_ == "VERB" and tok.lemma_.lower() in naming_verbs():
        # A proper noun on either side is more likely a misparse of "Trump called Putin" (the small
        # model reads it as a name followed by its label) than a naming.
        if tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
            return True
        if any(c.dep_ == "oprd" and c.pos_ in {"NOUN", "ADJ"} for c in tok.children):
            return True
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.pos_ in {"NOUN", "PROPN"}:
        return True
    return tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN"}


def _inside_time(tok: Token, times: Sequence[TimeRef]) -> bool:
    """'Thursday, March 14': a word of a time expression is no event (the month is no march)."""
    return tok.ent_type_ in {"DATE", "TIME"} and any(t.span.start <= tok.idx < t.span.end for t in times)


def _done_by_nature(tok: Token) -> bool:
    """'The quake struck', 'the storm killed 12': harm done by nature, disease or an accident is no
    PLOVER event, which codes what actors do to each other (lexicons/natural_hazards.txt)."""
    if tok.pos_ != "VERB":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] + [s for s in (_subject(tok),) if s is not None]
    # "destroyed by Hurricane Lena": the agent of a passive, named or not
    subjects += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # "the 2022 floods, which killed 1,700 people": the noun a relative pronoun stands for
    subjects += [a for s in list(subjects) if (a := _relative_antecedent(s)) is not None]
    hazards = natural_hazards()
    return any(s.lemma_.lower() in hazards or any(c.dep_ == "compound" and c.lemma_.lower() in hazards for c in s.children)
               for s in subjects)


def _stated(noun: Token) -> bool:
    """A threat or warning someone made: with a possessor ("Iran's threat"), an infinitive ("a threat
    to close the strait"), a that-clause, an "against" target ("death threats against judges"), or
    a verb of making it (lexicons/statement_verbs.txt: "made a threat", "issued a warning")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in {"acl", "relcl", "ccomp"} and (any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                                    or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ == "against":
            return True
    verb = _carrier(noun)
    # "made a threat", "the threat was made by phone"
    return verb is not None and noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in word_list("statement_verbs.txt")


QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "who", "which"})


def _asks_for_something(verb: Token) -> bool:
    """A request, not a question: an infinitive ("asked supporters to run"), a "for" phrase ("asked
    for help"), a that-clause ("asked that he resign") or a thing asked ("asked permission")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
        if c.dep_ == "ccomp" and not any(g.lower_ in QUESTION_WORDS for g in c.subtree if g.i < c.i):
            return any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in {"question", "questions"}:
            return True
    return False


def _needs_met(tok: Token, entry: TriggerEntry, args: _Args, mentions: Sequence[Mention]) -> bool:
    """What the lexicon's "needs" column asks of the clause (see plover_triggers.tsv)."""
    if entry.needs == "pair":
        return args.paired or len(args.sources) + len(args.targets) >= 2
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objects.append(tok.head)  # "a report released in October": the noun a participle describes underwent it
    if entry.needs == "object":  # "executed him", not "will execute with aplomb"
        return bool(objects)
    if entry.needs == "actor":  # "released 12 hostages", not "released the article"
        named = {m.span.start for m in mentions if m.label in ACTOR_LABELS}
        return not objects or any(
            o.lemma_.lower() in actor_nouns() or o.ent_type_ in ACTOR_LABELS or o.pos_ == "PRON"
            or any(t.idx in named for t in o.subtree)
            for o in objects
        )
    if entry.needs == "stated":  # "his threat to leave", not "the threat from ISIS"
        return _stated(tok)
    if entry.needs == "demand":  # "asked them to leave", not "asked whether they would leave"
        return _asks_for_something(tok)
    if entry.needs == "no-contest":  # "beat the protesters", not "beat Clinton in the primary"
        words = competition_words()
        return not any(t.lemma_.lower() in words for t in tok.subtree if t.i != tok.i)
    return True


# ---------------------------------------------------------------- arguments


@dataclass(frozen=True, slots=True)
class _Args:
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    paired: bool  # a "with"/"between" party, or a plural/conjoined subject
    how: str


def _core_tokens(tok: Token) -> list[Token]:
    """The noun phrase of an argument without its clauses and most prepositions."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in CORE_SKIP_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in CORE_PREPS:
            continue
        out.extend(_core_tokens(child))
    return out


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts] if tok.conjuncts else [tok]


def _actor(m: Mention) -> str:
    return m.entity_id or m.text


def _actors_of(tok: Token, mentions: Sequence[Mention], fallback: bool = True) -> list[str]:
    """Actors named by an argument token: its entity mentions, else an actor noun as written."""
    found: list[str] = []
    for head in _with_conjuncts(tok):
        core = _core_tokens(head)
        hits = [m for m in mentions if m.label in ACTOR_LABELS
                and any(m.span.start < t.idx + len(t.text) and t.idx < m.span.end for t in core)
                and not _patron(m, head.doc)]
        hits.sort(key=lambda m: m.span.start)
        group = _affiliates(head, core)
        if group is not None:
            found.append(group)  # "hundreds of Besigye supporters": the supporters, not Besigye
        elif hits:
            found.extend(_actor(m) for m in hits)
        elif fallback and head.pos_ == "PROPN" and head.text[:1].isupper() and head.ent_type_ in ACTOR_LABELS | {""}:
            found.append(head.text)  # a name the entity recognizer missed
        elif fallback and head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in actor_nouns():
            words = [t for t in head.subtree if t.i <= head.i and t.dep_ in {"compound", "amod"} and t.head == head]
            first = words[0].left_edge if words else head  # "Iran-aligned group", not "aligned group"
            found.append(head.doc[first.i : head.i + 1].text)
        elif (antecedent := _relative_antecedent(head)) is not None:
            found.extend(_actors_of(antecedent, mentions, fallback))  # "the UN office, which called for"
        elif fallback and head.pos_ == "PRON" and (speaker := _speaker_as_subject(head)) is not None:
            found.extend(_actors_of(speaker, mentions))
    return list(dict.fromkeys(found))


def _headline_passive(verb: Token, entry: TriggerEntry | None) -> bool:
    """"Opposition leader jailed", "Tanker seized in Strait": headlines drop "was" from the passive
    and put the active voice in the present ("Iran seizes tanker"), so a bare past form with a
    subject and no object is a passive whose subject underwent the event. Meetings and other
    two-party events ("Leaders met") keep their subject."""
    if (verb.tag_ not in {"VBD", "VBN"} or entry is None or entry.type in RECIPROCAL_TYPES | SELF_TYPES
            or entry.needs == "pair"):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "prt"} for c in verb.children):
        return False
    return is_headline(verb.sent)


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


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: "the office, *which* called for his release"."""
    if pronoun.tag_ not in {"WP", "WDT"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return clause.head


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


def _subject(verb: Token) -> Token | None:
    """The verb's subject, inherited from the governing verb for 'X plans to meet' and 'X met and discussed'."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in SOURCE_DEPS:
                return child
        if node.dep_ in {"xcomp", "conj", "advcl"} and node.head.i != node.i and not _passive_participle(node):
            node = node.head
            continue
        return None
    return None


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


def _from_role(entry: TriggerEntry | None) -> str:
    """What an event noun's "from" phrase names: "source", "target" or "origin" (see FROM_TARGET_TYPES)."""
    if entry is not None and entry.type in FROM_TARGET_TYPES:
        return "target"
    if entry is not None and entry.type in FROM_ORIGIN_TYPES:
        return "origin"
    return "source"


def _verbal_attack(tok: Token, sources: Sequence[str], targets: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """"Trump attacked Cruz over his tax plan": a word of violence between named people, in a
    sentence with no sign of violence, is a verbal attack (lexicons/verbal_attacks.txt)."""
    words = word_sections("verbal_attacks.txt")
    if tok.lemma_.lower() not in words["verbal"] and _singular(tok.lower_) not in words["verbal"]:
        return False
    people = {m.entity_id or m.text for m in mentions if m.label == "PERSON"}
    sides = len(set(sources)) + len(set(targets) - set(sources))  # "X and Y clashed": two sides, no target
    if not sources or sides < 2 or not set(sources) <= people or not set(targets) <= people:
        return False
    return not any(t.lemma_.lower() in words["violence"] for t in tok.sent if t.i != tok.i)


def _takes_part(verb: Token) -> bool:
    """Whether the doer of the verb carrying an event noun is a party to the event: one who holds,
    hosts, cancels or plans it ("talks hosted by Qatar", "the summit was called off by Trump"), not
    one who only comments on it ("the call was misinterpreted by Washington")."""
    cues = modality_cues()
    return verb.lemma_.lower() in cues.support or governor_key(verb) in cues.governor or verb.lemma_.lower() in cues.governor


def _undergoes(noun: Token) -> bool:
    """"his release", "Besigye's arrest": the possessor of such a noun is freed or arrested, unless an
    "of" phrase names who undergoes it ("Iran's release of the crew")."""
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return noun.lemma_.lower() in patient_nouns() and not has_of


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
        if (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ in {"NOUN", "PROPN"}
                and entry is not None and entry.type in PATIENT_TYPES):
            targets += _actors_of(trigger.head, mentions)  # "a man arrested on Monday", "leader jailed"
            how.append("noun the participle describes")
        if subj is not None:
            sources += _actors_of(subj, mentions)
            paired = paired or _plural(subj)
            how.append("subject")
        for child in trigger.children:
            if child.dep_ in TARGET_DEPS or (passive and child.dep_ == "nsubjpass"):
                actors = _actors_of(child, mentions)
                if not actors and child.dep_ == "dobj":
                    actors = _object_preps(child, mentions)
                    if actors:
                        how.append("preposition of the object")
                targets += actors
        for prep, obj in _prep_objects(trigger, TARGET_PREPS):
            actors = _actors_of(obj, mentions)
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
            actors = _actors_of(obj, mentions)
            if prep == "of" and reciprocal_type:
                continue  # "a meeting of X and Y" names parties, left to the pair logic below
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
                elif subj is not None and (not sources or party):
                    sources += _actors_of(subj, mentions)
                    paired = paired or _plural(subj) or (party and bool(sources))
                    how.append(f"subject of '{verb.text}'")
            for child in verb.children:
                if child.dep_ == "dative":
                    targets += _actors_of(child, mentions)
                elif child.dep_ == "dobj" and _carried(trigger).dep_ in {"nsubj", "nsubjpass"} and not targets:
                    # "a roadside bombing killed two soldiers": the noun event's victims
                    targets += _actors_of(child, mentions)
            for prep, obj in _prep_objects(verb, TARGET_PREPS - {"at"}):
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


def _binds_pair(verb: Token) -> bool:
    """'X and Y signed a treaty / upgraded their ties': a relation signed or set up by a conjoined
    subject binds its members to each other (CAMEO 057, 050), so both are actor and recipient."""
    subj = _subject(verb) if verb.pos_ == "VERB" else None
    return subj is not None and bool(subj.conjuncts) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RELATION_OBJECTS for c in verb.children)


def _place_modifier(tok: Token, mentions: Sequence[Mention]) -> str | None:
    """The place a compound modifier names ("the Budapest summit"), if it names only a place."""
    hits = [m for m in mentions if m.span.start <= tok.idx < m.span.end]
    if hits and all(m.label in PLACE_LABELS for m in hits):
        return _actor(hits[0])
    return None


def _predicates(head: Token) -> list[Token]:
    """A clause's head and the predicates chained to it ("were due to open"), not clauses below."""
    out = [head]
    for child in head.children:
        if child.dep_ in {"xcomp", "acomp", "conj"}:
            out.extend(_predicates(child))
    return out


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
            for m in mentions:
                if m.label in PLACE_LABELS and any(m.span.start <= t.idx < m.span.end for t in core):
                    return _actor(m)
    return None


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


# ---------------------------------------------------------------- time


# Clauses below a word that have a predicate of their own: a time in them dates that predicate
# ("asked Kasich to lay out his path to becoming the nominee *in July*": July dates the nomination,
# not the asking; "threatened to strike *on Friday*": the strike, not the threat).
_OWN_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "parataxis", "advcl", "xcomp"})


def _clause_tokens(head: Token) -> list[Token]:
    out = [head]
    for child in head.children:
        if child.dep_ in _OWN_CLAUSE_DEPS:
            continue
        out.extend(_clause_tokens(child))
    return out


def _when(trigger: Token, sent: SpacySpan, times: Sequence[TimeRef]) -> tuple[TimeRef | None, str]:
    usable = [t for t in times if t.kind in TIME_KINDS and sent.start_char <= t.span.start < sent.end_char]
    if not usable:
        return None, "article"
    if trigger.pos_ != "VERB":
        # "talks that were due to open on Wednesday", "the summit scheduled for May 20": a clause on
        # the event noun dates it before the verb that carries it ("... have been postponed")
        described = {t.idx for c in trigger.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
        own = [t for t in usable if t.span.start in described]
        if own:
            return min(own, key=lambda t: abs(t.span.start - trigger.idx)), "clause"
    head = _carrier(trigger) or purpose_verb(trigger) or trigger
    clause = _clause_tokens(head)
    lo = min(t.idx for t in clause)
    hi = max(t.idx + len(t.text) for t in clause)
    starts = {t.idx for t in clause}

    def near(t: TimeRef) -> int:
        return abs(t.span.start - trigger.idx)

    in_clause = [t for t in usable if lo <= t.span.start < hi and any(s >= t.span.start and s < t.span.end for s in starts)]
    if in_clause:
        return min(in_clause, key=near), "clause"
    # a time in a clause below the event's own belongs to that clause; one elsewhere in the sentence
    # ("On Monday, officials said rebels attacked the town") is the best guess left
    below = {t.idx for t in head.subtree} - starts
    elsewhere = [t for t in usable if not any(t.span.start <= i < t.span.end for i in below)]
    if not elsewhere:
        return None, "article"
    return min(elsewhere, key=near), "sentence"


# ---------------------------------------------------------------- events


def _depth(tok: Token) -> int:
    """How many clause boundaries lie between the trigger and the sentence root."""
    depth, node = 0, tok
    while node.head.i != node.i and depth < 6:
        if node.dep_ in {"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "conj"}:
            depth += 1
        node = node.head
    return depth


def _is_duplicate(tok: Token, entry: TriggerEntry, found: dict[int, TriggerEntry]) -> bool:
    """'sent aid' or 'threatened a threat': a noun that repeats the type of the verb carrying it.

    Also 'halted aid', 'lifted the curfew': the verb's entry names the noun in its context, so the
    verb and its object are one event (SANCTION, RETREAT) and the noun is no event of its own.
    """
    node = _carried(tok)
    head = node.head
    if head.i != node.i and head.i in found and node.dep_ in {"dobj", "attr"}:
        verb = found[head.i]
        return verb.type == entry.type or tok.lemma_.lower() in verb.context
    return False


def _governed(tok: Token, found: dict[int, TriggerEntry]) -> bool:
    """Whether another trigger governs this one inside its clause ("refused to *meet*", "urged X to
    *support*", "dismissed an *appeal*"): the governing event is the sentence's main one."""
    node = tok
    for _ in range(6):
        if node.dep_ not in GOVERNED_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.i in found:
            return True
    return False


def _protest_topic(tok: Token, entry: TriggerEntry, found: dict[int, TriggerEntry]) -> bool:
    """'blocked roads *demanding* reforms', 'rallied to *demand*...': the demand voiced by a protest
    is its topic, not an event of its own (PLOVER manual 3.12.2), so the protest stays the main one."""
    if entry.type not in TOPIC_TYPES:
        return False
    node = tok
    for _ in range(4):
        if node.dep_ not in {"advcl", "xcomp", "acl", "relcl", "dobj", "pobj", "prep", "npadvmod"} or node.head.i == node.i:
            return False
        node = node.head
        if node.i in found and found[node.i].type == "PROTEST":
            return True
    return False


def extract_events(doc: Doc, article_id: str, mentions: Sequence[Mention], times: Sequence[TimeRef],
                   quotes: Sequence[Quote], reference: date | None) -> list[Event]:
    """Every PLOVER event the lexicon and parse find in ``doc``, in text order."""
    found: dict[int, TriggerEntry] = {}
    for tok in doc:
        entry = _match(tok)
        if entry is None or _inside_name(tok, mentions) or _names_or_describes(tok) or _inside_time(tok, times):
            continue
        if entry.type in CONFLICT_TYPES and _done_by_nature(tok):
            continue
        if tok.dep_ == "compound" and tok.head.lemma_.lower() not in COMPOUND_HEADS:
            continue
        if tok.dep_ == "amod" and tok.pos_ == "VERB" and tok.head.lemma_.lower() not in actor_nouns():
            continue  # "a negotiated solution" is a kind of solution; "the detained journalists" were detained
        found[tok.i] = entry

    events: list[Event] = []
    for i, entry in found.items():
        tok = doc[i]
        if _is_duplicate(tok, entry, found):
            continue
        args = _arguments(tok, mentions, entry)
        if not _needs_met(tok, entry, args, mentions):
            continue
        sources, targets = args.sources, args.targets
        mode = _mode(tok, entry, [c for c in (_subject(tok) if tok.pos_ == "VERB" else None,) if c is not None])
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
        when, when_how = _when(tok, sent, times)
        modality = classify(tok, quotes, when if when_how == "clause" else None, reference)
        confidence = entry.weight * (1.0 if sources else 0.85) * max(0.5, 0.9 ** _depth(tok))
        if _governed(tok, found) or _protest_topic(tok, entry, found):
            confidence *= GOVERNED_FACTOR
        key = f"{entry.key}/{entry.pos}"
        if entry.context:
            key += f" with {'/'.join(sorted(entry.context))}"
        reason = (
            f"lexicon '{key}' -> {entry.type}{'/' + mode if mode else ''}"
            f"{' (a verbal attack: named people on both sides, no violence in the sentence)' if verbal else ''}"
            f"; actors: {args.how}"
            f"{'; reciprocal pair' if reciprocal else ''}; when: {when_how}; modality: {modality.reason}"
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
    return events
