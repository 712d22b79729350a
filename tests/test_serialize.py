import json
from datetime import date

from storyline.query import text_with_removals
from storyline.records import Article, Removal, Span, TimeRef
from storyline.serialize import dumps, to_json


def test_records_serialise_with_type_name_field_names_and_span_text():
    text = "Talks are set for October 16."
    ref = TimeRef(id="t1", span=Span("a1", 18, 28), sentence=Span("a1", 0, 29), text="October 16",
                  value="2025-10-16", kind="date", earliest=date(2025, 10, 16), latest=date(2025, 10, 16))
    obj = to_json(ref, lambda _id: text)
    assert obj["record"] == "TimeRef"
    assert obj["span"] == {"start": 18, "end": 28, "text": "October 16"}
    assert obj["earliest"] == "2025-10-16"
    assert list(obj)[:3] == ["record", "id", "span"]
    assert json.loads(dumps([ref]))[0]["span"] == {"start": 18, "end": 28}


def test_text_with_removals_restores_reading_order():
    article = Article(id="a", source="x", text="One.\nTwo.\n",
                      removed=(Removal(5, "Share this\n", "share-button"), Removal(10, "Comments\n", "comment-prompt")))
    pieces = text_with_removals(article)
    assert "".join(t for t, _ in pieces) == "One.\nShare this\nTwo.\nComments\n"
    assert [r.reason for _, r in pieces if r] == ["share-button", "comment-prompt"]
