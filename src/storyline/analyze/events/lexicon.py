"""The PLOVER trigger lexicon, the word lists events read, and what each PLOVER type implies.

The data lives in ``lexicons/`` (``plover_triggers.tsv``, ``plover_modes.tsv`` and word lists) so an
analyst can read and extend what counts as an event; this module reads it once per process and
rejects malformed lines with the file and line number. The type families below say how a type's
arguments read (a consultation binds both parties; a withdrawal's "from" is what is left).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from storyline.analyze.lexicon import numbered_data_lines, word_list, word_sections
from storyline.errors import LexiconError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
DEMAND_TYPES = {"REQUEST"}
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
# Types whose trigger may only refuse or ask for a comment ("declined to comment", "a request for
# comment"): newsroom routine, no event (lexicons/event_comment_words.txt)
COMMENT_TYPES = {"REJECT", "REQUEST"}
# Types of a verb that judges another event ("condemned the sanctions", "welcomed the truce"): its
# subject reacts to that event and is no party to it
REACTION_TYPES = {"ACCUSE", "SUPPORT"}
CONFLICT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"}
NEEDS = ("-", "pair", "object", "actor", "actor-clause", "gathering", "no-contest", "demand", "stated", "no-figure",
         "solo", "force", "sent-to", "own", "actor-object", "courtesy", "trip", "harm")  # see _needs_met in events/__init__.py


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
    # a word's conditioned readings (particle or context) are tried before its plain one, wherever they
    # stand, and a phrasal reading with a context before the plain phrasal one: "cut off the internet"
    # withholds a service (COERCE) before "cut off" alone reads as breaking off (SANCTION)
    return {k: tuple(sorted(v, key=lambda e: (e.particle is None and not e.context, not e.context)))
            for k, v in table.items()}


HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def does_harm(verb_lemma: str) -> bool:
    """Whether a verb does harm to its object: it has a reading of type ASSAULT or COERCE
    ("killed", "wounded", "detained"), so that its object is the victim of an event noun that is
    its subject ("a roadside bombing killed two soldiers on Monday": the bombing's victims and date)."""
    return any(e.type in HARM_TYPES for e in trigger_lexicon().get((verb_lemma, "VERB"), ()))


@cache
def discourse_senses() -> dict[str, dict[str, frozenset[str]]]:
    """lemma -> PLOVER type -> the cue words of that sense in a report (event_discourse_senses.txt)."""
    table: dict[str, dict[str, frozenset[str]]] = {}
    for section, words in word_sections("event_discourse_senses.txt").items():
        lemma, _, type_ = section.rpartition(" ")
        if not lemma or type_.upper() not in PLOVER_TYPES:
            raise LexiconError(f"event_discourse_senses.txt: section [{section}] is not '[lemma TYPE]' with a PLOVER type")
        table.setdefault(lemma, {})[type_.upper()] = words
    return table


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


@cache
def countering_verbs() -> frozenset[str]:
    return word_list("event_countering_verbs.txt")


def quantity_idioms() -> frozenset[str]:
    return word_list("quantity_idioms.txt")


@cache
def natural_hazards() -> frozenset[str]:
    return word_list("natural_hazards.txt")


@cache
def competition_words() -> frozenset[str]:
    return word_list("competition_words.txt")


@cache
def nonviolent_objects() -> frozenset[str]:
    return word_list("nonviolent_objects.txt")


@cache
def force_nouns() -> frozenset[str]:
    return word_list("event_force_nouns.txt")


@cache
def comment_words() -> frozenset[str]:
    return word_list("event_comment_words.txt")


@cache
def thing_senses() -> dict[str, frozenset[str]]:
    """Section -> words that give an event word a sense that is no act (lexicons/event_thing_senses.txt):
    "[agree subject]" figure, number...; "[demand measure]" peak, energy...; "[cut utility]"..."""
    return word_sections("event_thing_senses.txt")


@cache
def figure_objects() -> frozenset[str]:
    return word_list("event_figure_objects.txt")

