"""The record types that flow between stages, and nothing else.

Every stage takes and returns these frozen dataclasses; no stage passes dicts whose shape changes.
Offsets are character offsets (Python string indices, i.e. code points) into ``Article.text``.
Every extracted record carries the span of its sentence as well, so any interface can show the
source of a fact. Record ids are content hashes (see ``record_id``), never counters, so that the
same input and analyzer version give byte-identical output.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date


def record_id(*parts: object) -> str:
    """A stable 16-hex-digit id from the parts that identify a record."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def text_id(text: str) -> str:
    """An article id: the hash of its clean text, so the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``[start, end)`` of an article's clean text."""

    article_id: str
    start: int
    end: int

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


# ---------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as a reader found it, before cleaning.

    ``origin`` names where it came from precisely enough to find it again
    (``path``, ``path:line`` for JSON Lines, ``archive.zip!member``, ``file.warc.gz#record-offset``).
    Exactly one of ``text`` and ``html`` is set. The metadata fields hold what the format carried,
    as found (``published`` is the raw string, parsed later by ``ingest.metadata``).
    """

    origin: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    site: str | None = None
    published: str | None = None
    language: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A block the cleaner cut from the text, kept so that nothing is lost.

    ``at`` is the offset in the clean text where the block stood (the cut text would be inserted
    there to restore the original); ``reason`` names the rule that cut it.
    """

    at: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    text: str
    title: str | None = None
    site: str | None = None
    url: str | None = None
    byline: str | None = None
    published: date | None = None
    published_how: str = "none"  # metadata | text | inferred | none
    published_reason: str = ""
    language: str | None = "en"
    syndicated_from: str | None = None
    duplicate_of: str | None = None
    duplicate_score: float | None = None
    expands: str | None = None  # a shorter stored article this text holds whole (a fuller version); both analysed
    removed: tuple[Removal, ...] = ()


@dataclass(frozen=True, slots=True)
class Reject:
    """An input item that could not be ingested: where it is and why, in words a user can act on."""

    origin: str
    reason: str
    kind: str  # short category for summaries: unreadable, empty, binary, encoding, too-large, malformed, ...


# ---------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class Role:
    """A title or role as the text states it ("U.S. Secretary of State"), with the date it held."""

    title: str
    as_of: str | None  # ISO date: the article's reference date
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    id: str
    span: Span
    sentence: Span
    text: str
    label: str  # PERSON, ORG, GPE, NORP, FAC, LOC, EVENT, ...
    entity_id: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression resolved to an ISO 8601 value.

    ``value`` is a date (2025-10-16), datetime, week (2025-W43), month (2025-10), year, season or
    quarter (2025-SU, 2025-Q3), interval (``start/end``), duration (P3D) or set (R/P1W).
    ``earliest``/``latest`` are the calendar bounds of the value where it has any (for ordering and
    overlap tests); ``anchor`` says what a relative expression was resolved against.
    """

    id: str
    span: Span
    sentence: Span
    text: str
    value: str
    kind: str  # date | time | interval | duration | set
    approx: bool = False
    anchor: str | None = None
    earliest: date | None = None
    latest: date | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """An attribution: content said or thought by a speaker, with the cue that says so."""

    id: str
    span: Span  # the content
    sentence: Span
    text: str
    cue: Span | None
    cue_lemma: str | None
    speaker: str | None  # the speaker as written (for "who"/"which", the antecedent the pronoun stands for)
    speaker_span: Span | None  # where the source stands in the clause: the relative pronoun itself, if one
    speaker_entity: str | None  # entity id once resolved
    speaker_reason: str
    kind: str  # direct | indirect | mixed | topic (the content is what a stance is about, not a statement)
    stance: str  # neutral | distancing | estimate | denial | ...
    reported_by: str | None  # the outlet that published the article
    relayed_by: str | None = None  # "according to RIA Novosti": who passed the statement on
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Quantity:
    id: str
    span: Span
    sentence: Span
    text: str
    low: float
    high: float
    approx: str | None  # around, about, at most, more than, at least, up to, maximum, ...
    unit: str | None  # the counted noun or currency/percent
    subject: str | None  # the noun phrase the figure describes
    attributed_to: str | None  # a Quote id
    as_of: str | None  # a TimeRef value
    reason: str = ""


# What a report says of an event's status (``Event.modality``): read by the analysis, filtered on by
# the query layer and the API.
MODALITIES = ("happened", "ongoing", "planned", "cancelled", "postponed", "hypothetical", "negated", "claimed")


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str  # PLOVER type
    mode: str | None
    source_actors: tuple[str, ...]
    target_actors: tuple[str, ...]
    location: str | None
    when: TimeRef | None
    when_how: str  # clause | sentence | paragraph (a live blog's entry stamp) | article
    modality: str  # one of MODALITIES
    trigger: Span
    sentence: Span
    text: str  # the trigger as written
    attributed_to: str | None  # a Quote id
    confidence: float
    reason: str
    # the first mention of the act in the same article, when this one names it again ("the deal")
    antecedent: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything one analyzer version extracted from one article."""

    article_id: str
    analyzer_version: str
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = ()
    reference_date: date | None = None
    reference_how: str = "none"  # metadata | text | inferred | none
    reference_reason: str = ""


@dataclass(frozen=True, slots=True)
class AnalysisFailure:
    """An article the extractors could not finish (an exception, or past its time budget).

    The article is still stored, without records, and the failure is reported as a reject; a later
    ``storyline analyze`` tries it again. One pathological text must not stop, or stall, a batch.
    """

    article_id: str
    reason: str  # what went wrong and where, fit to show a user and to paste into a bug report
    kind: str = "analysis"  # analysis (an extractor raised) | timeout (ran past the budget) | too-long | language


# ---------------------------------------------------------------- corpus level


@dataclass(frozen=True, slots=True)
class StatusChange:
    """The same event seen with one modality in an earlier report and another in a later one."""

    event_key: str
    before: str
    after: str
    before_event: str
    after_event: str
    before_article: str
    after_article: str
    reason: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree: different figures, dates or contradicting claims for one subject."""

    kind: str  # figure | date | claim
    subject: str
    sides: tuple[str, ...]  # record ids
    articles: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One real-world event in a story, merged from every report of it.

    ``modality`` is what the latest report says; ``history`` lists (article_id, modality) in report
    order, so a planned-then-cancelled meeting reads as such. ``earliest``/``latest`` place the entry
    on the time axis (an interval when they differ); ``when_how`` says whether they come from a time
    expression of the event itself or from the reporting article's date.
    """

    id: str
    label: str  # short readable description: "CONSULT: Trump, Putin (Budapest)"
    type: str
    mode: str | None
    actors: tuple[str, ...]
    location: str | None
    earliest: date | None
    latest: date | None
    approx: bool
    when_how: str  # event | article
    modality: str
    history: tuple[tuple[str, str], ...]
    event_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    # articles whose report says nothing of the status before it ("the killing of Nijjar" after "accused
    # India of killing Nijjar": the act, not the doer the claim was about; link.timeline._quiet)
    quiet: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    article_ids: tuple[str, ...]
    event_ids: tuple[str, ...] = ()
    first: date | None = None
    last: date | None = None
    changes: tuple[StatusChange, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
