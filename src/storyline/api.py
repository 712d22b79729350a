"""The HTTP API and the web UI: one FastAPI app over the query layer, served by uvicorn.

JSON endpoints live under ``/api`` and answer in the one record shape of ``storyline.serialize``
(keys are dataclass field names plus ``"record"``; spans as ``{"start", "end", "text"}``); their
OpenAPI schemas are generated from the same dataclasses, so the spec cannot drift from the output.
HTML pages are server-rendered with autoescaping Jinja2 and served under a strict
Content-Security-Policy: article text is untrusted, and no script from an article can ever run.
"""

from __future__ import annotations

import dataclasses
import tempfile
import threading
import types
import typing
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from fastapi import FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader
from pydantic import BaseModel, create_model
from starlette.concurrency import run_in_threadpool

from storyline import __version__, query, records
from storyline.config import Settings, load_settings
from storyline.errors import NotFound, StorylineError
from storyline.export import record_json
from storyline.query import InvalidQuery
from storyline.records import Span
from storyline.serialize import to_json
from storyline.store import open_store
from storyline.store.base import SearchHit, Store, StorySummary
from storyline.web import render

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
UPLOAD_OVERHEAD = 64 * 1024  # multipart headers and boundaries allowed beyond settings.max_bytes


# ---------------------------------------------------------------- response schemas from the records


class SpanOut(BaseModel):
    start: int
    end: int
    text: str | None = None


def _out_type(tp: Any, subst: dict[Any, Any]) -> Any:
    """The pydantic-facing type of a record field, in the JSON shape serialize.to_json writes."""
    if isinstance(tp, typing.TypeVar):
        return _out_type(subst[tp], subst)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [_out_type(a, subst) for a in typing.get_args(tp)]
        out = args[0]
        for a in args[1:]:
            out = out | a
        return out
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return list[_out_type(args[0], subst)]  # type: ignore[misc]
        return tuple[tuple(_out_type(a, subst) for a in args)]  # type: ignore[misc]
    if origin is dict:
        k, v = typing.get_args(tp)
        return dict[_out_type(k, subst), _out_type(v, subst)]  # type: ignore[misc]
    if tp is Span:
        return SpanOut
    if dataclasses.is_dataclass(tp):
        return record_model(tp)
    return tp


@cache
def record_model(cls: type, item: type | None = None) -> type[BaseModel]:
    """A pydantic model of ``to_json(instance of cls)``; ``item`` fills the type parameter of Page."""
    subst = {query.T: item} if item is not None else {}
    hints = typing.get_type_hints(cls, {**vars(records), **vars(query), "SearchHit": SearchHit, "StorySummary": StorySummary})
    name = cls.__name__ if item is None else f"{item.__name__}{cls.__name__}"
    fields: dict[str, Any] = {"record": (Literal[cls.__name__], cls.__name__)}  # type: ignore[valid-type]
    for f in dataclasses.fields(cls):
        fields[f.name] = (_out_type(hints[f.name], subst), ...)
    if any(hints.get(k) is Span for k in ("span", "trigger")):
        fields["article_id"] = (str | None, None)  # added by export.record_json: the span's article
    return create_model(name, **fields)  # type: ignore[call-overload]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    articles: int
    analysed: int


class RejectOut(BaseModel):
    origin: str
    kind: str
    reason: str


class IngestOut(BaseModel):
    record: Literal["IngestSummary"]
    read: int
    new: int
    already_stored: int
    exact_duplicates: int
    near_duplicates: int
    fuller_versions: int
    syndicated: int
    analysed: int
    rejected: dict[str, int]
    rejects: list[RejectOut]
    seconds: float
    run_id: str


class ErrorItem(BaseModel):
    loc: list[str]
    msg: str
    type: str


class Problem(BaseModel):
    detail: str
    errors: list[ErrorItem] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "no such record"}}


# ---------------------------------------------------------------- helpers


def _texts(store: Store, article_ids: Iterable[str] = ()) -> Callable[[str], str | None]:
    """``text_of`` for to_json: article texts fetched once per request, prefetched where known."""
    cache_: dict[str, str | None] = {a.id: a.text for a in store.articles_by_ids(list(dict.fromkeys(article_ids)))}

    def text_of(article_id: str) -> str | None:
        if article_id not in cache_:
            try:
                cache_[article_id] = store.get_article(article_id).text
            except NotFound:
                cache_[article_id] = None
        return cache_[article_id]

    return text_of


def _span_articles(items: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for item in items:
        span = getattr(item, "trigger", None) or getattr(item, "span", None)
        if isinstance(span, Span):
            out.append(span.article_id)
    return out


def _json(value: Any, text_of: Callable[[str], str | None] | None = None, status: int = 200) -> JSONResponse:
    """The record as JSON; lists of span-bearing records get each record's ``article_id``."""
    out = to_json(value, text_of)
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            items = getattr(value, f.name)
            if isinstance(items, tuple) and items and _span_articles(items[:1]):
                out[f.name] = [record_json(i, text_of) for i in items]
    return JSONResponse(out, status_code=status)


def _safe_name(name: str, index: int) -> str:
    """A file name that cannot leave the upload folder, keeping the extension readers dispatch on."""
    base = PurePosixPath(name.replace("\\", "/")).name
    kept = "".join(c if c.isalnum() or c in "._-" else "_" for c in base).lstrip(".") or "upload"
    return f"{index:04d}-{kept[:120]}"


# ---------------------------------------------------------------- the app


class UploadLimit:
    """ASGI middleware answering 413 to an upload larger than ``limit`` bytes, before it is parsed.

    A declared Content-Length over the limit is refused without reading the body; a body sent
    without one (chunked) is counted as it streams and cut off at the limit. Either way the
    multipart parser never holds more than the limit.
    """

    def __init__(self, app: Any, limit: int, path: str = "/api/articles") -> None:
        self.app = app
        self.limit = limit
        self.path = path

    async def _refuse(self, send: Any, detail: str) -> None:
        await JSONResponse({"detail": detail}, status_code=413)({"type": "http"}, _no_receive, send)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send, f"upload of {int(declared)} bytes is over the limit of {self.limit} bytes")
            return
        seen = 0
        over = False

        async def counted() -> Any:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    over = True
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Any) -> None:
            if not over:
                await send(message)

        await self.app(scope, counted, guarded_send)
        if over:
            await self._refuse(send, f"upload is over the limit of {self.limit} bytes")


async def _no_receive() -> Any:
    return {"type": "http.disconnect"}


class ReopeningStore:
    """The app's store: opened at creation (so a bad ``--db`` fails at once), closed at each lifespan
    shutdown, and opened again on the next use.

    An ASGI app may see several startup/shutdown cycles in one process (test clients, schemathesis'
    ASGI transport, embedding servers); a store closed by the first shutdown must not turn every later
    request into a "closed database" error.
    """

    def __init__(self, db: str) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._store: Store | None = open_store(db)

    def current(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = open_store(self._db)
            return self._store

    def __getattr__(self, name: str) -> Any:
        return getattr(self.current(), name)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API and web UI over the store named by ``settings.db`` (opened once, closed at shutdown)."""
    settings = settings or load_settings()
    store = typing.cast(Store, ReopeningStore(settings.db))
    env = Environment(loader=PackageLoader("storyline.web", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(source_href=render.source_href, outlet=render.outlet, version=__version__)
    env.filters["number"] = query.readable_number

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="storyline",
        version=__version__,
        description="News articles in, a sourced record of the story out. Every record traces to an article span.",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    static = resources.files("storyline.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(template).render(**context), status_code=status)

    def _wants_html(request: Request) -> bool:
        return not request.url.path.startswith(("/api", "/health", "/openapi"))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, err: NotFound) -> Response:
        if _wants_html(request):
            return page("error.html", 404, title="Not found", message=str(err))
        return JSONResponse({"detail": str(err)}, status_code=404)

    @app.exception_handler(InvalidQuery)
    async def invalid(request: Request, err: InvalidQuery) -> Response:
        if _wants_html(request):
            return page("error.html", 422, title="Bad request", message=str(err))
        return JSONResponse({"detail": str(err)}, status_code=422)

    @app.exception_handler(StorylineError)
    async def failed(request: Request, err: StorylineError) -> Response:
        if _wants_html(request):
            return page("error.html", 400, title="Error", message=str(err))
        return JSONResponse({"detail": str(err)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, err: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}" for e in err.errors()
        )
        if _wants_html(request):
            return page("error.html", 422, title="Bad request", message=problems)
        return JSONResponse({"detail": problems, "errors": jsonable_errors(err)}, status_code=422)

    _register_api(app, store, settings)
    _register_pages(app, store, page)
    _document_errors(app)
    app.add_middleware(UploadLimit, limit=settings.max_bytes + UPLOAD_OVERHEAD)
    return app


def _document_errors(app: FastAPI) -> None:
    """Make the spec say what 422 answers really hold: ``Problem`` (a message), not FastAPI's default."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        problem = {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for operations in spec.get("paths", {}).values():
            for op in operations.values():
                responses = op.setdefault("responses", {})
                if "422" in responses or op.get("parameters") or op.get("requestBody"):
                    responses["422"] = {"description": "a parameter has a value storyline cannot use", "content": problem}
                if any(p.get("name") == "after" for p in op.get("parameters", ())):
                    responses.setdefault(
                        "404", {"description": "the page cursor names no stored record (start from the first page)", "content": problem}
                    )
        schemas = spec.get("components", {}).get("schemas", {})
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


def jsonable_errors(err: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg")), "type": str(e.get("type"))} for e in err.errors()]


Modality = Literal["happened", "ongoing", "planned", "cancelled", "postponed", "hypothetical", "negated", "claimed"]
assert typing.get_args(Modality) == query.MODALITIES, "keep the API's modality enum in step with query.MODALITIES"
Limit = typing.Annotated[int, Query(ge=1, le=query.MAX_LIMIT, description="rows per page")]
After = typing.Annotated[str | None, Query(description="cursor: next_cursor of the previous page")]


def _register_api(app: FastAPI, store: Store, settings: Settings) -> None:
    Article, Quote, Quantity, Event = records.Article, records.Quote, records.Quantity, records.Event

    @app.get("/health", response_model=Health, tags=["meta"])
    def health() -> Response:
        counts = query.counts(store)
        return JSONResponse({"status": "ok", "version": __version__, "articles": counts.articles, "analysed": counts.analysed})

    @app.get("/api/articles", response_model=record_model(query.ArticlePage), tags=["articles"])
    def api_articles(
        site: str | None = None,
        since: date | None = None,
        until: date | None = None,
        q: typing.Annotated[str | None, Query(description="full-text search within the filters")] = None,
        originals: bool = False,
        limit: Limit = 50,
        after: After = None,
    ) -> Response:
        pg = query.articles(
            store, site=site, since=since, until=until, text=q, include_duplicates=not originals, limit=limit, after=after
        )
        return _json(pg)

    @app.get("/api/articles/{article_id}", response_model=record_model(Article), responses=ERRORS, tags=["articles"])
    def api_article(article_id: str) -> Response:
        return _json(query.article(store, article_id))

    @app.get(
        "/api/articles/{article_id}/analysis",
        response_model=record_model(records.Analysis),
        responses=ERRORS,
        tags=["articles"],
    )
    def api_analysis(article_id: str) -> Response:
        art = query.article(store, article_id)
        found = query.analysis(store, art.id)
        if found is None:
            raise NotFound(f"article {art.id} has not been analysed; run `storyline analyze`")
        return _json(found, lambda _id: art.text)

    @app.post(
        "/api/articles",
        response_model=IngestOut,
        status_code=201,
        tags=["articles"],
        responses={413: {"model": Problem, "description": "upload too large"}},
    )
    async def api_upload(
        files: typing.Annotated[list[UploadFile], File(description="one or more files, in any format the CLI reads")],
        analyze: bool = True,
    ) -> Response:
        """Ingest uploaded files (any format the CLI reads) as `storyline ingest` would."""
        got: list[tuple[str, bytes]] = []
        for f in files:
            got.append((f.filename or "upload", await f.read()))
            await f.close()
        return await run_in_threadpool(_ingest_uploads, store, settings, got, analyze)

    @app.get("/api/entities", response_model=record_model(query.Page, records.Entity), tags=["entities"])
    def api_entities(kind: str | None = None, name: str | None = None, limit: Limit = 50, after: After = None) -> Response:
        return _json(query.entities(store, kind=kind, name=name, limit=limit, after=after))

    @app.get("/api/entities/{key}", response_model=record_model(query.EntityProfile), responses=ERRORS, tags=["entities"])
    def api_entity(key: str) -> Response:
        prof = query.entity(store, key)
        return _json(prof, _texts(store, _span_articles((*prof.quotes, *prof.stances, *prof.events))))

    @app.get("/api/quotes", response_model=record_model(query.Page, Quote), tags=["records"])
    def api_quotes(
        speaker: typing.Annotated[str | None, Query(description="entity id, or part of the speaker as written")] = None,
        stance: str | None = None,
        q: str | None = None,
        kind: typing.Annotated[
            list[str] | None,
            Query(description="direct, indirect, mixed or topic (repeatable); default: all"),
        ] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> Response:
        pg = query.quotes(store, speaker=speaker, stance=stance, text=q, kinds=kind, limit=limit, after=after)
        return _json(pg, _texts(store, _span_articles(pg.items)))

    @app.get("/api/figures", response_model=record_model(query.Page, Quantity), tags=["records"])
    def api_figures(q: str | None = None, unit: str | None = None, limit: Limit = 50, after: After = None) -> Response:
        pg = query.figures(store, text=q, unit=unit, limit=limit, after=after)
        return _json(pg, _texts(store, _span_articles(pg.items)))

    @app.get("/api/events", response_model=record_model(query.Page, Event), tags=["records"])
    def api_events(
        type: str | None = None,
        actor: str | None = None,
        modality: Modality | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: Limit = 50,
        after: After = None,
    ) -> Response:
        pg = query.events(store, type=type, actor=actor, modality=modality, since=since, until=until, limit=limit, after=after)
        return _json(pg, _texts(store, _span_articles(pg.items)))

    @app.get("/api/stories", response_model=record_model(query.Page, StorySummary), tags=["stories"])
    def api_stories(limit: Limit = 50, after: After = None, min_articles: int = 1) -> Response:
        return _json(query.stories(store, limit=limit, after=after, min_articles=min_articles))

    @app.get("/api/stories/{story_id}", response_model=record_model(records.Story), responses=ERRORS, tags=["stories"])
    def api_story(story_id: str) -> Response:
        return _json(query.story(store, story_id))

    @app.get(
        "/api/stories/{story_id}/timeline",
        response_model=list[record_model(records.TimelineEntry)],  # type: ignore[misc]
        responses=ERRORS,
        tags=["stories"],
    )
    def api_timeline(story_id: str) -> Response:
        return _json(query.timeline(store, story_id))

    @app.get("/api/changes", response_model=record_model(query.Page, query.StoryChange), responses=ERRORS, tags=["stories"])
    def api_changes(story: str | None = None, limit: Limit = 50, after: After = None) -> Response:
        return _json(query.changes(store, story, limit=limit, after=after))

    @app.get("/api/conflicts", response_model=record_model(query.Page, query.StoryConflict), responses=ERRORS, tags=["stories"])
    def api_conflicts(
        story: str | None = None,
        kind: typing.Annotated[str | None, Query(description="figure, date or claim")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> Response:
        return _json(query.conflicts(store, story, kind=kind, limit=limit, after=after))

    @app.get("/api/search", response_model=record_model(query.SearchResults), tags=["search"])
    def api_search(q: typing.Annotated[str, Query(min_length=1)], limit: typing.Annotated[int, Query(ge=1, le=100)] = 20) -> Response:
        found = query.search_all(store, q, limit=limit)
        return _json(found, _texts(store, _span_articles(found.quotes)))


def _ingest_uploads(store: Store, settings: Settings, files: Sequence[tuple[str, bytes]], analyze: bool) -> Response:
    from storyline.run.local import ingest

    with tempfile.TemporaryDirectory(prefix="storyline-upload-") as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        for i, (name, data) in enumerate(files):
            (folder / _safe_name(name, i)).write_bytes(data)
        rejects_file = Path(tmp) / "rejects.tsv"
        run_settings = dataclasses.replace(settings, rejects=str(rejects_file))
        summary = ingest([str(folder)], store, run_settings, analyze=analyze)
        rejects = []
        if rejects_file.exists():
            for line in rejects_file.read_text(encoding="utf-8").splitlines()[1:]:
                origin, kind, reason = (line.split("\t") + ["", "", ""])[:3]
                rejects.append({"origin": origin.replace(str(folder) + "/", ""), "kind": kind, "reason": reason.replace(str(folder) + "/", "")})
    return JSONResponse(
        {
            "record": "IngestSummary",
            **summary.counts(),
            "rejects": rejects,
        },
        status_code=201,
    )


def _register_pages(app: FastAPI, store: Store, page: Callable[..., HTMLResponse]) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        after: str | None = None, min_articles: typing.Annotated[int | None, Query(alias="min")] = None
    ) -> HTMLResponse:
        least = _default_min_articles(store) if min_articles is None else max(1, min_articles)
        pg = query.stories(store, limit=50, after=after, min_articles=least)
        # "planned → cancelled" means nothing without saying what was planned
        labels = store.timeline_labels([s.latest_change.event_key for s in pg.items if s.latest_change])
        return page("stories.html", title="Stories", page=pg, counts=query.counts(store), least=least,
                    chosen=min_articles is not None, change_labels=labels)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str, minor: int = 0) -> HTMLResponse:
        view = query.story_view(store, story_id, limit=STORY_RECORDS)
        by_event: dict[str, list[records.Event]] = {}
        for ev in view.events:
            by_event.setdefault(ev.id, []).append(ev)
        layout = render.timeline_layout(view.story.timeline, by_event, view.story.first, view.story.last)
        articles = {a.id: a for a in view.articles}
        records_by_id: dict[str, Any] = {**{q.id: q for q in view.quotes}, **{n.id: n for n in view.figures}}
        for ev in view.events:
            records_by_id.setdefault(ev.id, ev)
        changes = render.change_views(view.story.changes, view.story.timeline, {e.id: e for e in view.events})
        conflicts = _conflict_views(store, view, articles, records_by_id)
        # a story whose every entry is minor (one undated article) shows them rather than an empty timeline
        nothing_else = layout.minor == len(layout.rows) + len(layout.undated)
        return page(
            "story.html", title=view.story.title, view=view, layout=layout, articles=articles,
            records=records_by_id, axis_width=render.AXIS_WIDTH, changes=changes, conflicts=conflicts,
            months=render.month_index(layout), grid_path=render.grid_path(layout.ticks),
            show_minor=bool(minor) or nothing_else,
            include_minor=bool(minor) or nothing_else or layout.minor <= render.INLINE_MINOR,
            modalities=query.MODALITIES, speakers=_speaker_names(store, view.quotes), record_limit=STORY_RECORDS,
        )

    @app.get("/entities/{key}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(key: str) -> HTMLResponse:
        prof = query.entity(store, key)
        # every quote and event must show its outlet and date, not only those of the first articles
        cited = [r.span.article_id for r in (*prof.quotes, *prof.stances)] + [e.trigger.article_id for e in prof.events]
        arts = {a.id: a for a in store.articles_by_ids(list(dict.fromkeys([*prof.article_ids[:200], *cited])))}
        # newest first, the way an analyst follows what someone is saying now
        def newest(article_id: str, start: int) -> tuple[date, int]:
            a = arts.get(article_id)
            return (a.published if a and a.published else date.min, -start)

        prof = dataclasses.replace(
            prof,
            quotes=tuple(sorted(prof.quotes, key=lambda q: newest(q.span.article_id, q.span.start), reverse=True)),
            stances=tuple(sorted(prof.stances, key=lambda q: newest(q.span.article_id, q.span.start), reverse=True)),
            events=tuple(sorted(prof.events, key=lambda e: newest(e.trigger.article_id, e.trigger.start), reverse=True)),
        )
        return page("entity.html", title=prof.entity.name, prof=prof, articles=arts, names=_actor_names(store, prof.events),
                    roles=query.role_summary(prof.entity.roles))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str, hl: str | None = None) -> Response:
        view = query.article_view(store, article_id)
        if view.article.id != article_id:  # a prefix: redirect to the canonical address
            suffix = f"?hl={hl}" if hl else ""
            return RedirectResponse(f"/articles/{view.article.id}{suffix}", status_code=307)
        highlight = render.parse_highlight(hl)
        stories = [query.story(store, s) for s in view.story_ids]
        return page(
            "article.html", title=view.article.title or view.article.id, view=view,
            names={e.id: e.name for e in view.analysis.entities} if view.analysis else {},
            body=render.article_html(view, highlight), highlight=highlight, stories=stories,
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = "") -> HTMLResponse:
        found = query.search_all(store, q) if q.strip() else None
        # a quote found by search shows its outlet and date like everywhere else
        cited = list(dict.fromkeys(x.span.article_id for x in found.quotes)) if found else []
        arts = {a.id: a for a in store.articles_by_ids(cited)} if cited else {}
        return page("search.html", title="Search", q=q, found=found, snippet=_snippet, articles=arts)


def _default_min_articles(store: Store) -> int:
    """The stories list opens on stories two or more articles report when a feed has any: in a
    large feed most stories are single articles, and they bury the developing ones. The page links
    to the full list."""
    return 2 if store.story_summaries(limit=1, after=None, min_articles=2) else 1


STORY_RECORDS = 200  # quotes and figures listed on a story page; the header says when there are more


def _conflict_views(
    store: Store, view: query.StoryView, articles: dict[str, records.Article], known: dict[str, Any]
) -> tuple[render.ConflictView, ...]:
    """The story's conflicts with both sides resolved. The page lists only the first quotes and
    figures, so the figures (and quotes giving them) of the conflicting articles are fetched here:
    a conflict must never show bare record ids."""
    conflicts = view.story.conflicts
    if not conflicts:
        return ()
    aids = sorted({a for c in conflicts for a in c.articles})
    recs: dict[str, Any] = dict(known)
    wanted = {s for c in conflicts for s in c.sides}
    if wanted - set(recs):
        recs.update((n.id, n) for n in store.list_quantities(article_ids=aids, limit=100_000) if n.id in wanted)
    missing = sorted(wanted - set(recs))
    if missing:
        recs.update((e.id, e) for e in store.events_by_ids(missing))
    quotes = store.list_quotes(article_ids=aids, limit=100_000)
    canon = _speaker_names(store, quotes)
    speakers = {q.id: _who(q.speaker, canon.get(q.speaker_entity or "")) for q in quotes}
    missing_articles = [a for a in aids if a not in articles]
    arts = {**articles, **{a.id: a for a in store.articles_by_ids(missing_articles)}} if missing_articles else articles
    return render.conflict_views(
        conflicts, recs, view.story.timeline, {e.id: e for e in view.events}, arts,
        {k: v for k, v in speakers.items() if v},
    )


def _who(as_written: str | None, canonical: str | None) -> str:
    """The speaker as written, with the entity it was resolved to when the text does not name it
    ("they (Republican leaders)", "Mr. Trump" stays as is)."""
    if not as_written:
        return canonical or ""
    if canonical and canonical.split()[-1].lower() not in as_written.lower():
        return f"{as_written} ({canonical})"
    return as_written


def _actor_names(store: Store, events: Sequence[records.Event]) -> dict[str, str]:
    """Event actors are article-local entity ids: their canonical names, through the link stage."""
    return _local_names(store, [(ev.trigger.article_id, a) for ev in events for a in (*ev.source_actors, *ev.target_actors)])


def _speaker_names(store: Store, quotes: Sequence[records.Quote]) -> dict[str, str]:
    """The canonical names of the entities quotes' speakers were resolved to ("he" -> Zeke Emanuel)."""
    return _local_names(store, [(q.span.article_id, q.speaker_entity) for q in quotes if q.speaker_entity])


def _local_names(store: Store, local_ids: Sequence[tuple[str, str]]) -> dict[str, str]:
    """(article id, article-local entity id) pairs -> local id: canonical name, through the link stage."""
    local_to_canon: dict[str, str] = {}
    for aid in dict.fromkeys(aid for aid, _ in local_ids):
        local_to_canon.update(store.article_entity_links(aid))
    wanted = {local for _, local in local_ids} & set(local_to_canon)
    canon = {e.id: e.name for e in store.entities_by_ids(sorted({local_to_canon[a] for a in wanted}))}
    return {a: canon[local_to_canon[a]] for a in wanted if local_to_canon[a] in canon}


def _snippet(text: str) -> Any:
    """A search snippet with its [[match]] markers as <b>, everything else escaped."""
    from markupsafe import Markup, escape

    out: list[str] = []
    rest = text
    while "[[" in rest and "]]" in rest.split("[[", 1)[1]:
        head, tail = rest.split("[[", 1)
        hit, rest = tail.split("]]", 1)
        out.append(f"{escape(head)}<b>{escape(hit)}</b>")
    out.append(str(escape(rest)))
    return Markup("".join(out))
