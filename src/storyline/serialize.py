"""Records to JSON-ready objects, in the one shape every interface uses.

Each record becomes an object whose keys are its dataclass field names plus ``"record": "<TypeName>"``;
a Span becomes ``{"start": s, "end": e, "text": ...}`` (the covered text, when the article text is at
hand); dates become ISO 8601 strings. Scripts written against the CLI's ``--json`` therefore work
unchanged on the HTTP API and on JSONL exports.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from storyline.records import Span

TextLookup = Callable[[str], str | None]


def to_json(value: Any, text_of: TextLookup | None = None) -> Any:
    """A JSON-ready copy of a record (or of a tuple/list of them).

    ``text_of(article_id)`` gives an article's clean text so spans can carry the text they cover.
    """
    if isinstance(value, Span):
        out: dict[str, Any] = {"start": value.start, "end": value.end}
        text = text_of(value.article_id) if text_of else None
        if text is not None:
            out["text"] = text[value.start : value.end]
        return out
    if is_dataclass(value) and not isinstance(value, type):
        obj: dict[str, Any] = {"record": type(value).__name__}
        for f in fields(value):
            obj[f.name] = to_json(getattr(value, f.name), text_of)
        return obj
    if isinstance(value, (tuple, list)):
        return [to_json(v, text_of) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v, text_of) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def dumps(value: Any, text_of: TextLookup | None = None, *, indent: int | None = None) -> str:
    """Deterministic JSON text (sorted keys are not used: field order is the dataclass order)."""
    return json.dumps(to_json(value, text_of), ensure_ascii=False, indent=indent)
