"""Records <-> table rows and JSON text: the one place that knows how a record is laid out in SQL.

Backends (SQLite now, PostgreSQL later) share this module so that both store exactly the same
columns and read back records equal (==) to what was written. Rows are plain dicts keyed by column
name; each backend turns them into its own parameter style. Dates travel as ISO 8601 text, tuples
and nested records as JSON text, booleans as 0/1.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timezone
from functools import cache
from typing import Any

from storyline import records
from storyline.errors import StoreError
from storyline.records import (
    Analysis,
    Article,
    Conflict,
    Entity,
    Event,
    Mention,
    Quantity,
    Quote,
    Reject,
    Removal,
    Span,
    StatusChange,
    Story,
    TimelineEntry,
    TimeRef,
)

Row = Mapping[str, Any]

# The per-article record tables, in the order an Analysis lists its tuples.
ANALYSIS_TABLES: tuple[str, ...] = ("mentions", "entities", "times", "quotes", "quantities", "events")

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "doc", "source", "text", "title", "site", "url", "byline", "published", "published_how",
    "published_reason", "language", "syndicated_from", "duplicate_of", "duplicate_score",
    "fingerprint_count", "expands",
)  # fmt: skip


# ---------------------------------------------------------------- scalars


def date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


# ---------------------------------------------------------------- generic JSON for nested records


def to_plain(value: Any) -> Any:
    """A JSON-able form of a record value: dataclasses become objects, tuples lists, dates ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def from_plain(data: Any, tp: Any) -> Any:
    """Rebuild a value of type ``tp`` from ``to_plain`` output (the inverse, for record types)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_plain(data, options[0])
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp)
        return tuple(from_plain(v, item) for v in data)
    if data is None:
        return None
    if tp is date:
        return date.fromisoformat(data)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{k: from_plain(v, hints[k]) for k, v in data.items() if k in hints})
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return data  # 5 == 5.0: keep what was written
    return data


def dumps(value: Any) -> str:
    """Canonical JSON text (sorted keys, no spaces) so equal values give byte-identical columns."""
    return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def loads(text: str | None, tp: Any) -> Any:
    return None if text is None else from_plain(json.loads(text), tp)


# ---------------------------------------------------------------- articles


def article_row(article: Article, *, doc: int, fingerprint_count: int) -> dict[str, Any]:
    return {
        "id": article.id,
        "doc": doc,
        "source": article.source,
        "text": article.text,
        "title": article.title,
        "site": article.site,
        "url": article.url,
        "byline": article.byline,
        "published": date_text(article.published),
        "published_how": article.published_how,
        "published_reason": article.published_reason,
        "language": article.language,
        "syndicated_from": article.syndicated_from,
        "duplicate_of": article.duplicate_of,
        "duplicate_score": article.duplicate_score,
        "fingerprint_count": fingerprint_count,
        "expands": article.expands,
    }


def removal_rows(article: Article) -> list[dict[str, Any]]:
    return [
        {"article_id": article.id, "seq": i, "at": r.at, "text": r.text, "reason": r.reason}
        for i, r in enumerate(article.removed)
    ]


def article_from_row(row: Row, removals: Sequence[Row] = ()) -> Article:
    """``removals`` are the article's removal rows in ``seq`` order."""
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        title=row["title"],
        site=row["site"],
        url=row["url"],
        byline=row["byline"],
        published=parse_date(row["published"]),
        published_how=row["published_how"],
        published_reason=row["published_reason"],
        language=row["language"],
        syndicated_from=row["syndicated_from"],
        duplicate_of=row["duplicate_of"],
        duplicate_score=row["duplicate_score"],
        expands=row["expands"],
        removed=tuple(Removal(at=r["at"], text=r["text"], reason=r["reason"]) for r in removals),
    )


def reject_row(reject: Reject, run_id: str, at: str) -> dict[str, Any]:
    return {"run_id": run_id, "origin": reject.origin, "kind": reject.kind, "reason": reject.reason, "at": at}


def now_text() -> str:
    """The current UTC time as stored (ISO 8601, seconds): sorts as text in both backends."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------- analyses


def analysis_row(analysis: Analysis) -> dict[str, Any]:
    return {
        "article_id": analysis.article_id,
        "analyzer_version": analysis.analyzer_version,
        "reference_date": date_text(analysis.reference_date),
        "reference_how": analysis.reference_how,
        "reference_reason": analysis.reference_reason,
    }


def _own(span: Span | None, article_id: str, what: str, record_id: str) -> tuple[int | None, int | None]:
    """Span offsets, refusing a span into another article (rows keep one article_id per record)."""
    if span is None:
        return None, None
    if span.article_id != article_id:
        raise StoreError(
            f"{what} {record_id} in the analysis of article {article_id} has a span in article "
            f"{span.article_id}; every span of an analysis must point into its own article "
            "(this is a bug in the extractor that built it)"
        )
    return span.start, span.end


def _common(analysis: Analysis, record: Any, seq: int, span: Span, sentence: Span, what: str) -> dict[str, Any]:
    aid = analysis.article_id
    span_start, span_end = _own(span, aid, what, record.id)
    sentence_start, sentence_end = _own(sentence, aid, what, record.id)
    return {
        "article_id": aid,
        "id": record.id,
        "seq": seq,
        "span_start": span_start,
        "span_end": span_end,
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "analyzer_version": analysis.analyzer_version,
    }


def _mention_row(a: Analysis, m: Mention, seq: int) -> dict[str, Any]:
    row = _common(a, m, seq, m.span, m.sentence, "mention")
    row.update(text=m.text, label=m.label, entity_id=m.entity_id, reason=m.reason)
    return row


def entity_row(e: Entity) -> dict[str, Any]:
    """Columns shared by article-local and canonical entities."""
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "aliases": dumps(e.aliases),
        "roles": dumps(e.roles),
        "reason": e.reason,
    }


def _entity_row(a: Analysis, e: Entity, seq: int) -> dict[str, Any]:
    row = {"article_id": a.article_id, "seq": seq, "analyzer_version": a.analyzer_version}
    row.update(entity_row(e))
    return row


def _time_row(a: Analysis, t: TimeRef, seq: int) -> dict[str, Any]:
    row = _common(a, t, seq, t.span, t.sentence, "time")
    row.update(
        text=t.text,
        value=t.value,
        kind=t.kind,
        approx=int(t.approx),
        anchor=t.anchor,
        earliest=date_text(t.earliest),
        latest=date_text(t.latest),
        reason=t.reason,
    )
    return row


def _quote_row(a: Analysis, q: Quote, seq: int) -> dict[str, Any]:
    row = _common(a, q, seq, q.span, q.sentence, "quote")
    cue_start, cue_end = _own(q.cue, a.article_id, "quote", q.id)
    speaker_start, speaker_end = _own(q.speaker_span, a.article_id, "quote", q.id)
    row.update(
        text=q.text,
        cue_start=cue_start,
        cue_end=cue_end,
        cue_lemma=q.cue_lemma,
        speaker=q.speaker,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        speaker_entity=q.speaker_entity,
        speaker_reason=q.speaker_reason,
        kind=q.kind,
        stance=q.stance,
        reported_by=q.reported_by,
        relayed_by=q.relayed_by,
        reason=q.reason,
    )
    return row


def _quantity_row(a: Analysis, q: Quantity, seq: int) -> dict[str, Any]:
    row = _common(a, q, seq, q.span, q.sentence, "quantity")
    row.update(
        text=q.text,
        low=q.low,
        high=q.high,
        approx=q.approx,
        unit=q.unit,
        subject=q.subject,
        attributed_to=q.attributed_to,
        as_of=q.as_of,
        reason=q.reason,
    )
    return row


def _event_row(a: Analysis, e: Event, seq: int) -> dict[str, Any]:
    row = _common(a, e, seq, e.trigger, e.sentence, "event")
    when = e.when
    row.update(
        text=e.text,
        type=e.type,
        mode=e.mode,
        source_actors=dumps(e.source_actors),
        target_actors=dumps(e.target_actors),
        location=e.location,
        when_json=None if when is None else dumps(when),
        when_value=None if when is None else when.value,
        when_earliest=None if when is None else date_text(when.earliest),
        when_latest=None if when is None else date_text(when.latest),
        when_how=e.when_how,
        modality=e.modality,
        attributed_to=e.attributed_to,
        confidence=e.confidence,
        reason=e.reason,
        antecedent=e.antecedent,
    )
    return row


def record_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Rows for every record table, keyed by table name (all of ANALYSIS_TABLES, maybe empty)."""
    a = analysis
    return {
        "mentions": [_mention_row(a, r, i) for i, r in enumerate(a.mentions)],
        "entities": [_entity_row(a, r, i) for i, r in enumerate(a.entities)],
        "times": [_time_row(a, r, i) for i, r in enumerate(a.times)],
        "quotes": [_quote_row(a, r, i) for i, r in enumerate(a.quotes)],
        "quantities": [_quantity_row(a, r, i) for i, r in enumerate(a.quantities)],
        "events": [_event_row(a, r, i) for i, r in enumerate(a.events)],
    }


def _span(row: Row, prefix: str) -> Span:
    return Span(row["article_id"], row[f"{prefix}_start"], row[f"{prefix}_end"])


def _maybe_span(row: Row, prefix: str) -> Span | None:
    if row[f"{prefix}_start"] is None:
        return None
    return _span(row, prefix)


def mention_from_row(r: Row) -> Mention:
    return Mention(
        id=r["id"],
        span=_span(r, "span"),
        sentence=_span(r, "sentence"),
        text=r["text"],
        label=r["label"],
        entity_id=r["entity_id"],
        reason=r["reason"],
    )


def entity_from_row(r: Row) -> Entity:
    return Entity(
        id=r["id"],
        name=r["name"],
        kind=r["kind"],
        aliases=loads(r["aliases"], tuple[str, ...]),
        roles=loads(r["roles"], tuple[records.Role, ...]),
        reason=r["reason"],
    )


def time_from_row(r: Row) -> TimeRef:
    return TimeRef(
        id=r["id"],
        span=_span(r, "span"),
        sentence=_span(r, "sentence"),
        text=r["text"],
        value=r["value"],
        kind=r["kind"],
        approx=bool(r["approx"]),
        anchor=r["anchor"],
        earliest=parse_date(r["earliest"]),
        latest=parse_date(r["latest"]),
        reason=r["reason"],
    )


def quote_from_row(r: Row) -> Quote:
    return Quote(
        id=r["id"],
        span=_span(r, "span"),
        sentence=_span(r, "sentence"),
        text=r["text"],
        cue=_maybe_span(r, "cue"),
        cue_lemma=r["cue_lemma"],
        speaker=r["speaker"],
        speaker_span=_maybe_span(r, "speaker"),
        speaker_entity=r["speaker_entity"],
        speaker_reason=r["speaker_reason"],
        kind=r["kind"],
        stance=r["stance"],
        reported_by=r["reported_by"],
        relayed_by=r["relayed_by"],
        reason=r["reason"],
    )


def quantity_from_row(r: Row) -> Quantity:
    return Quantity(
        id=r["id"],
        span=_span(r, "span"),
        sentence=_span(r, "sentence"),
        text=r["text"],
        low=r["low"],
        high=r["high"],
        approx=r["approx"],
        unit=r["unit"],
        subject=r["subject"],
        attributed_to=r["attributed_to"],
        as_of=r["as_of"],
        reason=r["reason"],
    )


def event_from_row(r: Row) -> Event:
    return Event(
        id=r["id"],
        type=r["type"],
        mode=r["mode"],
        source_actors=loads(r["source_actors"], tuple[str, ...]),
        target_actors=loads(r["target_actors"], tuple[str, ...]),
        location=r["location"],
        when=loads(r["when_json"], TimeRef),
        when_how=r["when_how"],
        modality=r["modality"],
        trigger=_span(r, "span"),
        sentence=_span(r, "sentence"),
        text=r["text"],
        attributed_to=r["attributed_to"],
        confidence=r["confidence"],
        reason=r["reason"],
        antecedent=r["antecedent"],
    )


def analysis_from_rows(head: Row, rows: Mapping[str, Sequence[Row]]) -> Analysis:
    """``head`` is the analyses row; ``rows`` maps each record table to its rows in ``seq`` order."""
    return Analysis(
        article_id=head["article_id"],
        analyzer_version=head["analyzer_version"],
        mentions=tuple(mention_from_row(r) for r in rows.get("mentions", ())),
        entities=tuple(entity_from_row(r) for r in rows.get("entities", ())),
        times=tuple(time_from_row(r) for r in rows.get("times", ())),
        quotes=tuple(quote_from_row(r) for r in rows.get("quotes", ())),
        quantities=tuple(quantity_from_row(r) for r in rows.get("quantities", ())),
        events=tuple(event_from_row(r) for r in rows.get("events", ())),
        reference_date=parse_date(head["reference_date"]),
        reference_how=head["reference_how"],
        reference_reason=head["reference_reason"],
    )


# ---------------------------------------------------------------- stories (link stage)


def story_rows(story: Story) -> dict[str, list[dict[str, Any]]]:
    """Rows for stories, story_articles, story_events, status_changes and conflicts."""
    sid = story.id
    return {
        "stories": [
            {"id": sid, "title": story.title, "first_date": date_text(story.first), "last_date": date_text(story.last)}
        ],
        "story_articles": [{"story_id": sid, "article_id": a, "seq": i} for i, a in enumerate(story.article_ids)],
        "story_events": [{"story_id": sid, "event_id": e, "seq": i} for i, e in enumerate(story.event_ids)],
        "status_changes": [
            {
                "story_id": sid,
                "seq": i,
                "event_key": c.event_key,
                "before_modality": c.before,
                "after_modality": c.after,
                "before_event": c.before_event,
                "after_event": c.after_event,
                "before_article": c.before_article,
                "after_article": c.after_article,
                "reason": c.reason,
            }
            for i, c in enumerate(story.changes)
        ],
        "conflicts": [
            {
                "story_id": sid,
                "seq": i,
                "kind": c.kind,
                "subject": c.subject,
                "sides": dumps(c.sides),
                "articles": dumps(c.articles),
                "reason": c.reason,
            }
            for i, c in enumerate(story.conflicts)
        ],
        "timeline_entries": [
            {
                "story_id": sid,
                "seq": i,
                "id": e.id,
                "type": e.type,
                "modality": e.modality,
                "earliest": date_text(e.earliest),
                "latest": date_text(e.latest),
                "entry": dumps(e),
            }
            for i, e in enumerate(story.timeline)
        ],
    }


def story_from_rows(head: Row, rows: Mapping[str, Sequence[Row]]) -> Story:
    """``rows`` maps the story_* child tables to their rows in ``seq`` order."""
    return Story(
        id=head["id"],
        title=head["title"],
        article_ids=tuple(r["article_id"] for r in rows.get("story_articles", ())),
        event_ids=tuple(r["event_id"] for r in rows.get("story_events", ())),
        first=parse_date(head["first_date"]),
        last=parse_date(head["last_date"]),
        changes=tuple(
            StatusChange(
                event_key=r["event_key"],
                before=r["before_modality"],
                after=r["after_modality"],
                before_event=r["before_event"],
                after_event=r["after_event"],
                before_article=r["before_article"],
                after_article=r["after_article"],
                reason=r["reason"],
            )
            for r in rows.get("status_changes", ())
        ),
        conflicts=tuple(
            Conflict(
                kind=r["kind"],
                subject=r["subject"],
                sides=loads(r["sides"], tuple[str, ...]),
                articles=loads(r["articles"], tuple[str, ...]),
                reason=r["reason"],
            )
            for r in rows.get("conflicts", ())
        ),
        timeline=tuple(loads(r["entry"], TimelineEntry) for r in rows.get("timeline_entries", ())),
    )


STORY_TABLES: tuple[str, ...] = ("story_articles", "story_events", "status_changes", "conflicts", "timeline_entries")
