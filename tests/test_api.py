"""The HTTP API and web pages, with the real app over a store holding the hand-built story."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline import query, records
from storyline.api import _safe_name, create_app, record_model
from storyline.config import Settings
from storyline.store.sqlite import SQLiteStore
from web.storydata import TEXT_1, StoryFixture, fill_store


@pytest.fixture
def app_db(tmp_path: Path) -> tuple[Settings, StoryFixture]:
    path = tmp_path / "api.db"
    store = SQLiteStore(path)
    fixture = fill_store(store)
    store.close()
    return Settings(db=str(path), rejects=str(tmp_path / "rejects.tsv")), fixture


@pytest.fixture
def client(app_db) -> Iterator[tuple[TestClient, StoryFixture]]:
    settings, fixture = app_db
    with TestClient(create_app(settings)) as c:
        yield c, fixture


def test_health_reports_counts(client):
    c, _ = client
    r = c.get("/health")
    assert r.status_code == 200
    assert r.json()["articles"] == 3 and r.json()["status"] == "ok"


def test_stories_and_timeline_json_use_the_record_shape(client):
    c, fx = client
    assert c.get("/api/stories?min_articles=4").json()["items"] == []
    r = c.get("/api/stories?min_articles=0")
    assert r.status_code == 422 and "min_articles" in r.json()["detail"]
    body = c.get("/api/stories").json()
    assert body["record"] == "Page" and body["next_cursor"] is None
    (s,) = body["items"]
    assert s["record"] == "StorySummary" and s["article_count"] == 3
    assert s["latest_change"]["after"] == "cancelled"
    timeline = c.get(f"/api/stories/{fx.story.id}/timeline").json()
    assert [e["record"] for e in timeline] == ["TimelineEntry", "TimelineEntry"]
    assert timeline[0]["earliest"] == "2025-10-20" and timeline[0]["history"][1][1] == "cancelled"


def test_quote_spans_carry_text_and_article_id(client):
    c, fx = client
    (q,) = c.get("/api/quotes", params={"speaker": fx.voss.id}).json()["items"]
    assert q["span"] == {"start": TEXT_1.index('"We'), "end": TEXT_1.index('."') + 2, "text": '"We expect a frank exchange."'}
    assert q["article_id"] == fx.articles[0].id
    record_model(query.Page, records.Quote).model_validate(c.get("/api/quotes").json())


def test_pagination_cursor_over_http(client):
    c, _ = client
    first = c.get("/api/events", params={"limit": 2}).json()
    second = c.get("/api/events", params={"limit": 2, "after": first["next_cursor"]}).json()
    ids = [e["id"] for e in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 3 and second["next_cursor"] is None


def test_bad_parameters_give_422_with_a_message(client):
    c, _ = client
    r = c.get("/api/events", params={"since": "last tuesday"})
    assert r.status_code == 422 and "since" in r.json()["detail"] and "date" in r.json()["detail"]
    r = c.get("/api/events", params={"modality": "perhaps"})
    assert r.status_code == 422 and r.json()["detail"].startswith("modality: ") and "'cancelled'" in r.json()["detail"]
    assert c.get("/api/entities", params={"limit": 0}).status_code == 422
    assert c.get("/api/quotes", params={"after": "nonsense"}).status_code == 404


def test_unknown_ids_give_404(client):
    c, _ = client
    for url in ("/api/articles/ffffffffffff", "/api/stories/ffffffffffff", "/api/entities/nobody-here"):
        r = c.get(url)
        assert r.status_code == 404, url
        assert r.json()["detail"]
    assert c.get("/stories/ffffffffffff").status_code == 404
    assert "text/html" in c.get("/stories/ffffffffffff").headers["content-type"]


def test_entity_profile_json(client):
    c, fx = client
    body = c.get(f"/api/entities/{fx.okafor.id}").json()
    assert body["record"] == "EntityProfile" and body["mention_count"] == 1
    assert [q["stance"] for q in body["quotes"]] == ["distancing"]


def test_article_page_escapes_untrusted_text_and_sets_csp(client):
    c, fx = client
    r = c.get(f"/articles/{fx.articles[2].id}")
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in r.text
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in r.text
    assert "Protest &lt;script&gt;" in r.text  # the hostile title too
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    for page in ("/", f"/stories/{fx.story.id}", "/search?q=script"):
        assert "<script>alert" not in c.get(page).text, page


def test_article_page_highlights_the_requested_sentence_and_folds_removals(client):
    c, fx = client
    start, end = 0, TEXT_1.index("week.") + 5
    html = c.get(f"/articles/{fx.articles[0].id}", params={"hl": f"{start}-{end}"}).text
    assert f'id="s-{start}-{end}"' in html
    assert '<details class="removed"><summary>removed: boilerplate: call to action</summary>' in html
    assert f'href="/entities/{fx.voss.id}"' in html  # the mention links to its canonical entity


def test_story_page_lists_status_changes_with_both_sentences_first(client):
    c, fx = client
    html = c.get(f"/stories/{fx.story.id}").text
    changes = html.split('id="changes"', 1)[1].split("</section>", 1)[0]
    assert html.index('id="changes"') < html.index('id="timeline"')
    assert "Premier Alda Voss said the two leaders will meet in Corvale next week." in changes
    assert "The summit in Corvale was called off on Tuesday, Minister Bren Okafor said." in changes
    assert "alpha.example, 2025-10-17" in changes and "beta.example, 2025-10-22" in changes
    assert html.count('class="f-toggle"') == len(query.MODALITIES) + 1  # a filter per modality, one for minor entries


def test_entity_page_names_event_actors(client):
    c, fx = client
    html = c.get(f"/entities/{fx.voss.id}").text
    assert "CONSULT: “meet”" in html and "Alda Voss" in html
    assert 'Premier <span class="muted">(1 report, as of 2025-10-17)</span>' in html


def test_story_page_draws_the_timeline_with_modality_styles(client):
    c, fx = client
    html = c.get(f"/stories/{fx.story.id}").text
    assert html.count('class="tl-row ') == 2
    assert "m-cancelled approx changed" in html and "planned → cancelled" in html
    assert "m-happened" in html
    assert "Sources disagree" in html and "Main actors" in html


def test_upload_ingests_files_and_reports_rejects(client):
    c, _ = client
    files = [
        ("files", ("new.txt", b"Ministers met in Lorvik on Monday to discuss the harbour tax.\n", "text/plain")),
        ("files", ("empty.txt", b"", "text/plain")),
    ]
    r = c.post("/api/articles", params={"analyze": "false"}, files=files)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["new"] == 1 and sum(body["rejected"].values()) == 1
    assert body["rejects"][0]["kind"] == "empty" and "empty.txt" in body["rejects"][0]["origin"]
    assert c.get("/health").json()["articles"] == 4


def test_upload_over_the_size_limit_gives_413(app_db):
    settings, _ = app_db
    with TestClient(create_app(replace(settings, max_bytes=100))) as c:
        big = b"x" * 200_000
        r = c.post("/api/articles", files=[("files", ("big.txt", big, "text/plain"))])
    assert r.status_code == 413 and "limit" in r.json()["detail"]


def test_upload_without_files_is_a_422(client):
    c, _ = client
    assert c.post("/api/articles", data={"note": "x"}).status_code == 422


def test_upload_keeps_bytes_and_confines_names(client):
    c, _ = client
    data = "Ministers met in Lorvik on Tuesday.\r\nThe harbour tax was raised to 4\u00a0%.\n".encode("utf-8")
    r = c.post("/api/articles", params={"analyze": "false"}, files=[("files", ("../../etc/a.txt", data, "text/plain"))])
    assert r.status_code == 201 and r.json()["new"] == 1
    (art,) = [a for a in c.get("/api/articles", params={"q": "Lorvik"}).json()["articles"]]
    assert "4\u00a0%" in art["text"] and "/etc/" not in art["source"]
    assert _safe_name("../../etc/a.txt", 3) == "0003-a.txt" and _safe_name("..\\x\\.bashrc", 0) == "0000-bashrc"


def test_chunked_upload_over_the_limit_gives_413(app_db):
    settings, _ = app_db
    boundary = "B0UNDARY"
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n\r\n".encode()
        + b"y" * 300_000 + f"\r\n--{boundary}--\r\n".encode()
    )

    def chunks():
        for i in range(0, len(body), 8192):
            yield body[i : i + 8192]

    with TestClient(create_app(replace(settings, max_bytes=100))) as c:
        r = c.post("/api/articles", content=chunks(), headers={"content-type": f"multipart/form-data; boundary={boundary}"})
        assert r.status_code == 413 and "limit" in r.json()["detail"]
        assert c.get("/health").json()["articles"] == 3


def test_openapi_documents_every_api_route_and_problem_answers(client):
    c, _ = client
    spec = c.get("/openapi.json").json()
    assert {"/api/stories/{story_id}/timeline", "/api/search", "/api/articles", "/health"} <= set(spec["paths"])
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    events = spec["paths"]["/api/events"]["get"]
    assert events["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/Problem")
    assert "multipart/form-data" in spec["paths"]["/api/articles"]["post"]["requestBody"]["content"]


SPEC_EXAMPLES = 30  # generated requests per GET operation: enough to hit edge values, fast (~20 s in all)


@pytest.mark.skipif(
    importlib.util.find_spec("schemathesis") is None,
    reason="schemathesis is not installed (add it to the dev dependencies to check responses against the spec)",
)
def test_responses_conform_to_the_openapi_spec(app_db):  # pragma: no cover - runs when schemathesis is present
    """Every GET operation, fed generated parameters (path ones included), answers as its spec says."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi import checks

    # explicit: the Python API runs only not_a_server_error unless told otherwise
    conformance = [
        not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
        checks.response_headers_conformance, checks.response_schema_conformance,
    ]

    app_settings, _ = app_db
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(app_settings))
    failures: list[str] = []
    checked: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() != "GET":
            continue
        checked.append(operation.path)

        @settings(
            max_examples=SPEC_EXAMPLES, deadline=None, derandomize=True, database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def conforms(case) -> None:
            case.call_and_validate(checks=conformance)

        try:
            conforms()
        except (Exception, BaseExceptionGroup) as err:  # collect all, report together
            failures.append(f"{operation.path}: {err}")
    assert len(checked) >= 12 and "/api/articles/{article_id}" in checked
    assert not failures, "\n".join(failures)


def test_changes_and_conflicts_are_paged_with_their_story(client):
    c, fx = client
    body = c.get("/api/conflicts", params={"limit": 1}).json()
    assert [(x["story_id"], x["conflict"]["kind"]) for x in body["items"]] == [(fx.story.id, "figure")]
    assert body["next_cursor"] is None
    assert c.get("/api/conflicts", params={"kind": "claim"}).json()["items"] == []
    r = c.get("/api/conflicts", params={"kind": "rumour"})
    assert r.status_code == 422 and "figure, date, claim" in r.json()["detail"]
    changes = c.get("/api/changes", params={"story": fx.story.id[:8]}).json()
    assert [(x["story_id"], x["change"]["after"]) for x in changes["items"]] == [(fx.story.id, "cancelled")]
    assert [x["label"] for x in changes["items"]] == ["CONSULT: Alda Voss (Corvale)"]  # which event changed


def test_quotes_filter_by_kind(client):
    c, _ = client
    every = c.get("/api/quotes").json()["items"]
    direct = c.get("/api/quotes", params={"kind": "direct"}).json()["items"]
    assert direct and all(q["kind"] == "direct" for q in direct) and len(direct) <= len(every)
    both = c.get("/api/quotes", params=[("kind", "direct"), ("kind", "indirect")]).json()["items"]
    assert {q["kind"] for q in both} <= {"direct", "indirect"} and len(both) >= len(direct)
    assert c.get("/api/quotes", params={"kind": "gossip"}).status_code == 422


def test_figures_on_pages_are_written_in_full(client):
    c, fx = client
    figures = c.get(f"/stories/{fx.story.id}").text.split('id="figures"', 1)[1].split("</section>", 1)[0]
    assert "= 4,000 troops" in figures and "= 3,500 troops" in figures  # '%g' wrote 4000


def test_story_page_names_whom_a_pronoun_speaker_was_resolved_to(tmp_path: Path):
    from storyline.records import record_id
    from web.storydata import build_fixture

    fixture, links = build_fixture()
    said = fixture.analyses[0].quotes[0]
    analyses = (replace(fixture.analyses[0], quotes=(replace(said, speaker="She"),)), *fixture.analyses[1:])
    path = tmp_path / "she.db"
    store = SQLiteStore(path)
    for article, analysis in zip(fixture.articles, analyses):
        store.add_article(article, record_id("src", article.id), (), analysis)
    store.put_entities(fixture.entities)
    store.put_entity_links(links)
    store.put_story(fixture.story)
    store.close()
    with TestClient(create_app(Settings(db=str(path), rejects=str(tmp_path / "r.tsv")))) as c:
        html = c.get(f"/stories/{fixture.story.id}").text
    assert '— She <span class="muted" title="whom the text refers to">(Alda Voss)</span>' in html
    assert "— Okafor</span>" in html  # a name is shown as written, nothing added
