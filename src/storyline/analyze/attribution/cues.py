"""The cue lexicon (lexicons/cues.tsv, colon labels) and cue lookup by a word's surface form."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from storyline.analyze.attribution.common import DEFAULT_CONTENT_PREPS
from storyline.analyze.lexicon import data_lines, word_list, word_sections


# Heads of an object that name a part of what their "of" phrase names ("half of the territory")
PARTITIVES = frozenset({"half", "part", "parts", "most", "much", "all", "some", "portion", "share", "third",
                        "quarter", "bulk", "rest", "swathe", "swath", "stretch", "chunk", "piece"})


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    pos: str
    stance: str
    # Which content frames the cue takes beyond a clause (see cues.tsv): "clause" = a clause or a
    # quotation only; "prep=a|b" = prepositions whose object is the content ("talk about X").
    frames: str = ""

    @property
    def clause_only(self) -> bool:
        return "clause" in self.frames.split(",")

    @property
    def takes_infinitive(self) -> bool:
        """'decided to bypass Faso': a clause-only cue that also reports a to-infinitive (an
        intention), while a plain object ("decided the case") is still an act."""
        return "inf" in self.frames.split(",")

    @property
    def raising(self) -> bool:
        """'seem'/'appear': the grammatical subject is part of what is judged, not a speaker
        ("The speaker appeared closer to an endorsement" reports an impression with no source)."""
        return "raising" in self.frames.split(",")

    @property
    def needs_as(self) -> bool:
        """'cast Clinton as part of the establishment', 'regards Jerusalem as its capital': verbs
        that state a view only with an "as" predicate ("cast votes", "paint a fence" are acts)."""
        return "as" in self.frames.split(",")

    @property
    def preps(self) -> frozenset[str]:
        for part in self.frames.split(","):
            if part.startswith("prep="):
                return frozenset(part[5:].split("|"))
        return DEFAULT_CONTENT_PREPS

    def allows_object(self, verb: Token) -> bool:
        """False when the cue lists the objects it takes ("obj=concern|question") and has another,
        or lists objects that make it an act, not a statement ("notobj=victory": "claimed victory")."""
        objects = [c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "claims more than half of Belize's territory": a part names its whole by "of"; the whole
        # is what the object is ("territory")
        objects += [g.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PARTITIVES
                    for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        for part in self.frames.split(","):
            if part.startswith("obj="):
                return any(o in set(part[4:].split("|")) for o in objects)
            if part.startswith("notobj="):
                return not any(o in set(part[7:].split("|")) for o in objects)
        return True

    def allows_particle(self, verb: Token) -> bool:
        """False when the verb's particle makes it another verb ("notprt=off|up": "called off the
        strike", "reservists were called up", "will be sworn in"): a phrasal verb of acting, which
        no multiword entry completes, reports nothing the single verb would."""
        for part in self.frames.split(","):
            if part.startswith("notprt="):
                banned = set(part[7:].split("|"))
                return not any(c.dep_ == "prt" and c.lower_ in banned for c in verb.children)
        return True

    @property
    def naming(self) -> bool:
        """'the contests known as Super Tuesday', 'a group called the We The People Foundation':
        the passive participle names what it modifies; the name is what is said."""
        return "naming" in self.frames.split(",")

    @property
    def prep_only(self) -> bool:
        """'spoke about X', never 'spoke Spanish': the content is a prepositional object or a
        clause, never a plain object or an infinitive."""
        return "preponly" in self.frames.split(",")


@cache
def cue_lexicon() -> dict[tuple[str, str], Cue]:
    """(lemma, POS) -> Cue, read once from the packaged TSV; entries framed "learned" are left to
    ``learned_stances``."""
    return {key: cue for key, cue in _all_cues().items() if "learned" not in cue.frames.split(",")}


@cache
def speech_verbs() -> frozenset[str]:
    """The reporting verbs of the cue lexicon (say, tell, add, warn, insist...), by lemma: what the
    other extractors ask when a verb's clause was said ("hit back, saying ...", "officials said 40")."""
    return frozenset(lemma for lemma, pos in cue_lexicon() if pos == "VERB")


@cache
def _phrasal_heads() -> frozenset[str]:
    """First words of the lexicon's multiword verb cues ("push back", "cast doubt", "look like")."""
    return frozenset(lemma.split()[0] for lemma, pos in cue_lexicon() if pos == "VERB" and " " in lemma)


def may_be_cue(lemma: str) -> bool:
    """Cheap test before ``verb_cue``: whether a verb lemma is a cue alone or opens a multiword one."""
    return (lemma, "VERB") in cue_lexicon() or lemma in _phrasal_heads()


def _second_words(verb: Token) -> list[str]:
    """Words after the verb that can complete a multiword cue: its particle ("pushed back"), the
    head of its object ("cast doubt", "took issue") and the marker of a clause it governs ("looks
    like the vote will be delayed", where "like" opens the clause)."""
    words = []
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ in {"prt", "advmod"}:
            words.append(c.lower_)  # the parser reads "back" in "pushed back on" as either
        elif c.dep_ == "dobj":
            words.append(c.lemma_.lower())
        elif c.dep_ in {"advcl", "ccomp"}:
            words += [g.lower_ for g in c.children if g.dep_ == "mark" and g.i < c.i]
    return words


def verb_cue(verb: Token) -> Cue | None:
    """The cue a verb token is: a multiword entry its particle, object or clause marker completes
    ("pushed back on the report" is a denial, though "push for" is a demand; "cast doubt on" is a
    question, though "cast" alone is no cue), else the entry for its lemma. The multiword reading
    wins because it is the more specific one."""
    lex = cue_lexicon()
    lemma = verb.lemma_.lower()
    if lemma in _phrasal_heads():
        for word in _second_words(verb):
            cue = lex.get((f"{lemma} {word}", "VERB"))
            if cue is not None:
                return cue
    return lex.get((lemma, "VERB"))


@cache
def learned_cues() -> dict[tuple[str, str], Cue]:
    """(lemma, POS) -> Cue of the words only the learned layer takes; their frames ("obj=", "notobj=",
    "notprt=") say where the finder may read them ("released a report", never "released a prisoner")."""
    return {key: cue for key, cue in _all_cues().items() if "learned" in cue.frames.split(",")}


@cache
def learned_stances() -> dict[tuple[str, str], str]:
    """(lemma, POS) -> stance of the words only the learned cue layer takes as cues ("attempt")."""
    return {key: cue.stance for key, cue in _all_cues().items() if "learned" in cue.frames.split(",")}


@cache
def _all_cues() -> dict[tuple[str, str], Cue]:
    table: dict[tuple[str, str], Cue] = {}
    for line in data_lines("cues.tsv"):
        cols = line.split("\t")
        lemma, pos, stance = cols[:3]
        frames = cols[3].strip() if len(cols) > 3 else ""
        table[(lemma, pos)] = Cue(lemma, pos, stance, frames)
    return table


@cache
def colon_labels() -> frozenset[str]:
    """Heads of "Label: text" lines that are page furniture, not speakers (lexicons/colon_labels.txt)."""
    return word_list("colon_labels.txt")


@cache
def discourse_markers() -> frozenset[tuple[str, str]]:
    """(pronoun, verb lemma) pairs that set into a sentence are discourse markers ("you know"),
    not reporting clauses (lexicons/discourse_markers.txt)."""
    pairs = (line.split() for line in data_lines("discourse_markers.txt"))
    return frozenset((p[0].lower(), p[1].lower()) for p in pairs if len(p) == 2)


@cache
def _set_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.lower().split()) for line in data_lines("speech_set_phrases.txt"))


_PHRASE_OPENERS = frozenset({"and", "but", "yet", "so", "or"})


def in_set_phrase(verb: Token) -> bool:
    """Whether a cue word is part of a set phrase that reports nothing ("That said, ...", "to say the
    least": lexicons/speech_set_phrases.txt): the phrase must open its sentence or follow punctuation
    or a conjunction, and be followed by punctuation, so "a letter that said the plan was illegal"
    stays a report."""
    doc = verb.doc
    for phrase in _set_phrases():
        for k, word in enumerate(phrase):
            start = verb.i - k
            if word != verb.lower_ or start < 0 or start + len(phrase) > len(doc):
                continue
            if tuple(t.lower_ for t in doc[start : start + len(phrase)]) != phrase:
                continue
            first, after = doc[start], doc[start + len(phrase)] if start + len(phrase) < len(doc) else None
            before = doc[start - 1] if start > 0 else None
            opens = first.is_sent_start or before is None or before.is_punct or before.lower_ in _PHRASE_OPENERS
            if opens and (after is None or after.is_punct):
                return True
    return False


@cache
def control_verbs() -> frozenset[str]:
    """Verbs whose object does what their infinitive says ("forced her to distance herself"),
    from lexicons/control_verbs.txt."""
    return word_list("control_verbs.txt")


def physical_sense(cue: Token) -> bool:
    """Whether a cue that news uses for both words and force ("attacked", "targeted", "slammed")
    means force here: a word of violence elsewhere in its sentence ("had targeted fuel depots used
    to import weapons"), or a measure imposed as its instrument (``imposed_measure``).
    The word lists are the events extractor's (lexicons/verbal_attacks.txt), so that a verbal attack
    is read the same way as a report and as an event."""
    words = word_sections("verbal_attacks.txt")
    if cue.lemma_.lower() not in words.get("verbal", frozenset()):
        return False
    violence = words.get("violence", frozenset())
    return (any(t.lemma_.lower() in violence or t.lower_ in violence for t in cue.sent if t.i != cue.i)
            or imposed_measure(cue))


def imposed_measure(cue: Token) -> bool:
    """"The US targets the fleet with sanctions", "hit Russia with tariffs": a verb of attack
    (lexicons/verbal_attacks.txt, [verbal]) whose instrument is a measure imposed ([measures]) is
    that act, not a statement; the parser hangs the "with" phrase on the verb or on its object."""
    words = word_sections("verbal_attacks.txt")
    if cue.lemma_.lower() not in words.get("verbal", frozenset()):
        return False
    measures = words.get("measures", frozenset())
    holders = [cue, *(c for c in cue.children if c.dep_ == "dobj")]
    return any(p.lemma_.lower() in measures or p.lower_.rstrip("s") in measures
               for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
               for p in c.children if p.dep_ == "pobj")


@cache
def gathering_nouns() -> frozenset[str]:
    """Nouns of meetings ("talks", "summit"): an event is never a source (lexicons/gathering_nouns.txt)."""
    return word_list("gathering_nouns.txt")


IRREGULAR = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
             "writes": "write", "thought": "think", "found": "find", "shown": "show"}


def _cue_form(word: str) -> Cue | None:
    """The verb cue a surface form belongs to, without a parse (for tokens the tokenizer glued)."""
    lex = cue_lexicon()
    w = word.lower()
    candidates = [IRREGULAR.get(w, w)]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("ed", "e"), ("s", ""), ("d", "")):
        if w.endswith(suffix):
            candidates.append(w[: len(w) - len(suffix)] + repl)
    for c in candidates:
        if (c, "VERB") in lex:
            return lex[(c, "VERB")]
    return None
