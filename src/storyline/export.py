"""Exports: every record of a store (or of one story) as JSONL, CSV, Parquet or PLOVER-style events.

All formats are built from the same stream of (table, record) pairs, so they hold the same records.
JSONL lines use the serialize shape (field names plus ``"record"``; spans as start/end/text), with
``article_id`` added to per-article records and ``story_id`` to story parts, because a span alone
does not say which article it points into. CSV and Parquet flatten each record type into one table
(one file per type): spans become ``<field>_start``/``<field>_end``/``<field>_text`` columns, nested
values JSON text. Output is deterministic: the same store gives byte-identical files. Memory stays
flat whatever the store's size: records stream from the store to the files (CSV and Parquet take
two passes, the first to learn each table's columns, since a column can first appear late).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from storyline import query
from storyline.errors import StorylineError
from storyline.records import Article, Event, Span
from storyline.serialize import to_json
from storyline.store.base import Store

FORMATS = ("jsonl", "csv", "parquet", "plover")

# table name -> record type name, in export order
TABLES: dict[str, str] = {
    "articles": "Article",
    "mentions": "Mention",
    "entities": "Entity",
    "times": "TimeRef",
    "quotes": "Quote",
    "quantities": "Quantity",
    "events": "Event",
    "canonical_entities": "Entity",
    "stories": "Story",
    "timeline_entries": "TimelineEntry",
    "status_changes": "StatusChange",
    "conflicts": "Conflict",
}


class ExportError(StorylineError):
    """An export cannot be written (unknown format, output path unusable)."""


def record_json(record: Any, text_of: Callable[[str], str | None] | None = None) -> dict[str, Any]:
    """to_json plus ``article_id`` for records that carry a span (their provenance)."""
    out = to_json(record, text_of)
    span = getattr(record, "trigger", None) or getattr(record, "span", None)
    if isinstance(span, Span):
        out["article_id"] = span.article_id
    return out


def iter_records(store: Store, story_id: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, JSON-ready record) for every record, in a stable order; one story's when given."""
    story_ids: list[str]
    if story_id is not None:
        one = query.story(store, story_id)
        story_ids = [one.id]
        article_iter: Any = store.articles_by_ids(one.article_ids)
    else:
        story_ids = []  # ids only: each story is read when its turn comes
        after = None
        while True:
            page = query.stories(store, limit=query.MAX_LIMIT, after=after)
            story_ids.extend(s.id for s in page.items)
            if page.next_cursor is None:
                break
            after = page.next_cursor
        story_ids.sort()
        article_iter = store.iter_articles(include_duplicates=True)
    entity_ids: set[str] = set()
    for article in article_iter:
        yield from _article_records(store, article)
        if story_id is not None:
            entity_ids.update(store.article_entity_links(article.id).values())
    if story_id is not None:
        canonical = store.entities_by_ids(sorted(entity_ids))
    else:
        canonical = []
        after = None
        while True:
            batch = store.list_entities(limit=query.MAX_LIMIT + 1, after=after)
            canonical.extend(batch[: query.MAX_LIMIT])
            if len(batch) <= query.MAX_LIMIT:
                break
            after = batch[query.MAX_LIMIT - 1].id
    for ent in canonical:
        yield "canonical_entities", to_json(ent)
    for sid in story_ids:
        st = store.get_story(sid)
        head = to_json(st)
        for part in ("timeline", "changes", "conflicts"):
            head.pop(part)
        yield "stories", head
        for table, items in (("timeline_entries", st.timeline), ("status_changes", st.changes), ("conflicts", st.conflicts)):
            for item in items:
                yield table, {**to_json(item), "story_id": st.id}


def _article_records(store: Store, article: Article) -> Iterator[tuple[str, dict[str, Any]]]:
    yield "articles", to_json(article)
    analysis = store.get_analysis(article.id)
    if analysis is None:
        return

    def text_of(_id: str) -> str:
        return article.text

    for table, items in (
        ("mentions", analysis.mentions),
        ("entities", analysis.entities),
        ("times", analysis.times),
        ("quotes", analysis.quotes),
        ("quantities", analysis.quantities),
        ("events", analysis.events),
    ):
        for item in items:
            yield table, {**record_json(item, text_of), "article_id": article.id}


def _flat(obj: dict[str, Any]) -> dict[str, Any]:
    """One CSV/Parquet row: spans split into columns, other nested values as JSON text."""
    row: dict[str, Any] = {}
    for key, value in obj.items():
        if isinstance(value, dict) and set(value) <= {"start", "end", "text"} and "start" in value:
            row[f"{key}_start"] = value["start"]
            row[f"{key}_end"] = value["end"]
            row[f"{key}_text"] = value.get("text")
        elif isinstance(value, (dict, list)):
            row[key] = json.dumps(value, ensure_ascii=False, sort_keys=False)
        else:
            row[key] = value
    return row


def _table_shapes(store: Store, story_id: str | None) -> dict[str, dict[str, set[type]]]:
    """Per table, its columns in order of first appearance and the types of their non-empty values.

    A first pass over the records, so that the second can stream every table straight to its file:
    a column can first appear late (a span that most records lack), and the header comes first.
    """
    shapes: dict[str, dict[str, set[type]]] = {t: {} for t in TABLES}
    for table, obj in iter_records(store, story_id):
        columns = shapes[table]
        for key, value in _flat(obj).items():
            seen = columns.setdefault(key, set())
            if value is not None:
                seen.add(type(value))
    return shapes


def plover_event(event: Event, article: Article) -> dict[str, Any]:
    """One event in the PLOVER/POLECAT field names, plus storyline's modality and provenance."""
    when = event.when
    text = article.text
    return {
        "event_id": event.id,
        "event_type": event.type,
        "event_mode": event.mode,
        "event_text": text[event.sentence.start : event.sentence.end],
        "event_date": (when.earliest.isoformat() if when and when.earliest else None),
        "event_date_latest": (when.latest.isoformat() if when and when.latest else None),
        "event_date_value": when.value if when else None,
        "date_approx": bool(when.approx) if when else None,
        "date_from": event.when_how,
        "story_date": article.published.isoformat() if article.published else None,
        "source": list(event.source_actors),
        "target": list(event.target_actors),
        "actors": [{"name": a, "role": "source"} for a in event.source_actors]
        + [{"name": a, "role": "target"} for a in event.target_actors],
        "location": {"name": event.location} if event.location else None,
        "modality": event.modality,
        "confidence": event.confidence,
        "reason": event.reason,
        "attributed_to": event.attributed_to,
        "provenance": {
            "article_id": article.id,
            "source": article.source,
            "url": article.url,
            "site": article.site,
            "published": article.published.isoformat() if article.published else None,
            "trigger": {"start": event.trigger.start, "end": event.trigger.end, "text": event.text},
            "sentence": {
                "start": event.sentence.start,
                "end": event.sentence.end,
                "text": text[event.sentence.start : event.sentence.end],
            },
        },
    }


def _plover(store: Store, story_id: str | None) -> Iterator[dict[str, Any]]:
    if story_id is not None:
        articles: Any = store.articles_by_ids(query.story(store, story_id).article_ids)
    else:
        articles = store.iter_articles(include_duplicates=False)
    for article in articles:
        analysis = store.get_analysis(article.id)
        for ev in analysis.events if analysis else ():
            yield plover_event(ev, article)


def export(store: Store, fmt: str, out: str | Path, story_id: str | None = None) -> dict[str, int]:
    """Write the export; returns the number of records written per table (or 'events' for plover).

    ``out`` is a file for jsonl and plover, a folder (created) for csv and parquet.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    out = Path(out)
    counts: dict[str, int] = {}
    try:
        if fmt in ("jsonl", "plover"):
            out.parent.mkdir(parents=True, exist_ok=True)
            with out.open("w", encoding="utf-8", newline="\n") as handle:
                if fmt == "jsonl":
                    for table, obj in iter_records(store, story_id):
                        counts[table] = counts.get(table, 0) + 1
                        handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
                else:
                    for obj in _plover(store, story_id):
                        counts["events"] = counts.get("events", 0) + 1
                        handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
            return counts
        out.mkdir(parents=True, exist_ok=True)
        shapes = _table_shapes(store, story_id)
        writer = _CsvTables(out, shapes) if fmt == "csv" else _ParquetTables(out, shapes)
        try:
            for table, obj in iter_records(store, story_id):
                counts[table] = counts.get(table, 0) + 1
                writer.write(table, _flat(obj))
        finally:
            writer.close()
        for table in TABLES:
            counts.setdefault(table, 0)
    except OSError as err:
        raise ExportError(f"cannot write the export to {out}: {err.strerror or err}; choose another --out") from err
    return counts


class _CsvTables:
    """One CSV file per table, written row by row."""

    def __init__(self, folder: Path, shapes: dict[str, dict[str, set[type]]]) -> None:
        self._handles = {t: (folder / f"{t}.csv").open("w", encoding="utf-8", newline="") for t in TABLES}
        self._writers = {}
        for table, handle in self._handles.items():
            writer = csv.DictWriter(handle, fieldnames=list(shapes[table]), extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            self._writers[table] = writer

    def write(self, table: str, row: dict[str, Any]) -> None:
        self._writers[table].writerow({k: ("" if v is None else v) for k, v in row.items()})

    def close(self) -> None:
        for handle in self._handles.values():
            handle.close()


class _ParquetTables:
    """One Parquet file per table, written in row groups of ``batch`` rows with a schema fixed by the
    first pass (a column holding ints and floats is float; an empty or mixed one is text)."""

    def __init__(self, folder: Path, shapes: dict[str, dict[str, set[type]]], batch: int = 2_000) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self._batch = batch
        self._schemas = {t: pa.schema([(c, _arrow_type(pa, kinds)) for c, kinds in cols.items()]
                                      or [("record", pa.string())]) for t, cols in shapes.items()}
        self._writers = {t: pq.ParquetWriter(folder / f"{t}.parquet", self._schemas[t]) for t in TABLES}
        self._pending: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}

    def write(self, table: str, row: dict[str, Any]) -> None:
        pending = self._pending[table]
        pending.append(row)
        if len(pending) >= self._batch:
            self._flush(table)

    def _flush(self, table: str) -> None:
        schema = self._schemas[table]
        rows = [{f.name: _arrow_value(r.get(f.name), f.type, self._pa) for f in schema} for r in self._pending[table]]
        self._writers[table].write_table(self._pa.Table.from_pylist(rows, schema=schema))
        self._pending[table] = []

    def close(self) -> None:
        for table, writer in self._writers.items():
            if self._pending[table]:
                self._flush(table)
            writer.close()


def _arrow_type(pa: Any, kinds: set[type]) -> Any:
    if kinds == {bool}:
        return pa.bool_()
    if kinds == {int}:
        return pa.int64()
    if kinds and kinds <= {int, float}:
        return pa.float64()
    return pa.string()


def _arrow_value(value: Any, kind: Any, pa: Any) -> Any:
    if value is None:
        return None
    if kind == pa.string() and not isinstance(value, str):
        return json.dumps(value) if isinstance(value, bool) else str(value)
    if kind == pa.float64():
        return float(value)
    return value
