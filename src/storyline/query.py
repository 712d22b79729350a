"""The read side: what every interface (CLI, HTTP API, web UI, exports) asks of a store.

Interfaces call these functions and never touch SQL or spaCy. Each returns records (or small result
dataclasses built from records), so the JSON shape is the same whichever interface serialises it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from storyline.errors import NotFound, StorylineError
from storyline.records import (
    MODALITIES,
    Analysis,
    Article,
    Conflict,
    Entity,
    Event,
    Quantity,
    Quote,
    Removal,
    Role,
    StatusChange,
    Story,
    TimelineEntry,
)
from storyline.store.base import SearchHit, Store, StoreCounts, StoredReject, StorySummary
from storyline.store.reads import record_cursor, story_cursor

T = TypeVar("T")
MAX_LIMIT = 500  # the most rows one page may ask for: keeps a single request bounded
# Quote kinds: what was said, quoted (direct), paraphrased (indirect) or both (mixed); and the topic
# of a stance ("attacked Disney": what it is about, no statement).
QUOTE_KINDS = ("direct", "indirect", "mixed", "topic")
STATEMENTS = ("direct", "indirect", "mixed")


class InvalidQuery(StorylineError):
    """A query parameter has a value the query layer cannot use (the HTTP API answers 422)."""


@dataclass(frozen=True, slots=True)
class ArticlePage:
    articles: tuple[Article, ...]
    next_cursor: str | None  # pass as ``after`` to get the next page


def articles(
    store: Store,
    *,
    site: str | None = None,
    since: date | None = None,
    until: date | None = None,
    include_duplicates: bool = True,
    limit: int = 50,
    after: str | None = None,
    text: str | None = None,
) -> ArticlePage:
    """A page of articles in (published, id) order; with ``text``, the best full-text matches instead.

    Full-text results are ranked, not ordered, so they come as one page (no cursor) of at most
    ``limit`` originals, filtered by the other arguments.
    """
    limit = _limit(limit)
    if text is not None and text.strip():
        hits = store.search(text, limit=max(limit * 4, limit))
        kept = [
            h.article
            for h in hits
            if (site is None or h.article.site == site)
            and (since is None or (h.article.published is not None and h.article.published >= since))
            and (until is None or (h.article.published is not None and h.article.published <= until))
        ]
        return ArticlePage(tuple(kept[:limit]), None)
    rows = store.list_articles(
        site=site, since=since, until=until, include_duplicates=include_duplicates, limit=limit + 1, after=after
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return ArticlePage(tuple(rows), rows[-1].id if more and rows else None)


def article(store: Store, article_id: str) -> Article:
    return store.get_article(article_id)


def analysis(store: Store, article_id: str) -> Analysis | None:
    return store.get_analysis(store.get_article(article_id).id)


def search(store: Store, text: str, limit: int = 20) -> list[SearchHit]:
    return store.search(text, limit=limit)


def counts(store: Store) -> StoreCounts:
    return store.counts()


def rejects(store: Store, *, run: str | None = "latest", kind: str | None = None, limit: int = 50) -> list[StoredReject]:
    """What earlier ingests could not take, and why: the latest run's by default (``run`` None: all)."""
    return store.list_rejects(run_id=run, kind=kind, limit=_limit(limit))


def text_with_removals(article: Article) -> list[tuple[str, Removal | None]]:
    """The article's text cut into kept pieces and removed blocks, in reading order.

    Each element is (text, None) for kept text or (removed text, Removal) for a cut block, so an
    interface can show what the cleaner removed, and why, where it stood.
    """
    pieces: list[tuple[str, Removal | None]] = []
    pos = 0
    for removal in sorted(article.removed, key=lambda r: r.at):
        if removal.at > pos:
            pieces.append((article.text[pos : removal.at], None))
            pos = removal.at
        pieces.append((removal.text, removal))
    if pos < len(article.text):
        pieces.append((article.text[pos:], None))
    return pieces


# ---------------------------------------------------------------- pages of records


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results; pass ``next_cursor`` as ``after`` for the next (None: this is the last)."""

    items: tuple[T, ...]
    next_cursor: str | None


def _limit(limit: int) -> int:
    if limit < 1 or limit > MAX_LIMIT:
        raise InvalidQuery(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    return limit


def _span_of(record: Quote | Quantity | Event) -> tuple[str, int]:
    span = record.trigger if isinstance(record, Event) else record.span
    return span.article_id, span.start


def _record_page(rows: list[T], limit: int) -> Page[T]:
    """``rows`` were fetched with limit + 1, so one extra row means there is a next page."""
    more = len(rows) > limit
    rows = rows[:limit]
    if not (more and rows):
        return Page(tuple(rows), None)
    aid, start = _span_of(rows[-1])  # type: ignore[arg-type]
    return Page(tuple(rows), record_cursor(aid, start, rows[-1].id))  # type: ignore[attr-defined]


def entities(
    store: Store, *, kind: str | None = None, name: str | None = None, limit: int = 50, after: str | None = None
) -> Page[Entity]:
    """Canonical (cross-article) entities by name; ``name`` matches names and aliases, any case."""
    limit = _limit(limit)
    rows = store.list_entities(kind=kind.upper() if kind else None, name=name, limit=limit + 1, after=after)
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(tuple(rows), rows[-1].id if more and rows else None)


@dataclass(frozen=True, slots=True)
class EntityProfile:
    """Everything known about one canonical entity, gathered through the link stage's entity_links."""

    entity: Entity
    mention_count: int
    article_ids: tuple[str, ...]
    first_seen: date | None
    last_seen: date | None
    quotes: tuple[Quote, ...]  # what they said (speaker resolved to this entity): statements only
    events: tuple[Event, ...]  # events naming them as a source or target actor
    stances: tuple[Quote, ...] = ()  # what they praised, attacked, backed...: kind "topic", apart from what they said


@dataclass(frozen=True, slots=True)
class RoleSummary:
    """One title an entity is given, however capitalised, with how often and over which dates."""

    title: str  # the form written most often
    reports: int
    first: str | None  # ISO dates (the reports' reference dates)
    last: str | None


def role_summary(roles: Sequence[Role]) -> list[RoleSummary]:
    """An entity's roles grouped by title, most often stated first.

    A person in the news is given the same title in every report, capitalised as each outlet likes
    ("former President", "former president"); listed one per report the roles of anyone well covered
    run to dozens of lines that say the same thing.
    """
    groups: dict[str, list[Role]] = {}
    for role in roles:
        groups.setdefault(" ".join(role.title.casefold().split()), []).append(role)
    out = []
    for same in groups.values():
        forms = Counter(r.title for r in same)
        dates = sorted(r.as_of for r in same if r.as_of)
        title = forms.most_common(1)[0][0]  # ties: the form stated first
        out.append(RoleSummary(title, len(same), dates[0] if dates else None, dates[-1] if dates else None))
    return sorted(out, key=lambda r: (-r.reports, r.first or "", r.title))


def readable_number(x: float) -> str:
    """17,000,000 and 4.6, never 1.7e+07: figures are read by people (CLI and web pages)."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


# how the figure reader marks a rate in a figure's reason: "a rate per day ('a day')"
# (analyze/quantities/notes.PERIOD_MARK, read here without importing the analyzer)
_RATE_NOTE = re.compile(r"a rate per \w+ \('([^']+)'\)")


def unit_shown(q: Quantity) -> str:
    """A figure's unit as a reader needs it: with the period or unit it is a rate over ("EUR a day",
    "USD a share"), which the unit field alone leaves out ("80,000,000 EUR" reads as a total)."""
    rate = _RATE_NOTE.search(q.reason)
    return " ".join(x for x in (q.unit or "", rate.group(1) if rate and q.unit else "") if x)


def resolve_entity(store: Store, key: str) -> Entity:
    """An entity by id, or by a name or alias that picks exactly one (any case)."""
    try:
        return store.get_entity(key)
    except NotFound:
        pass
    found = store.list_entities(name=key, limit=50)
    wanted = key.strip().lower()
    exact = [e for e in found if e.name.lower() == wanted or wanted in (a.lower() for a in e.aliases)]
    pick = exact if exact else found
    if len(pick) == 1:
        return pick[0]
    if not pick:
        raise NotFound(f"no entity named or with id {key!r}; list entities to see what the link stage found")
    names = ", ".join(f"{e.name} ({e.id})" for e in pick[:5])
    raise NotFound(f"{key!r} names several entities: {names}; give the entity id")


def entity(store: Store, key: str, *, limit: int = 200) -> EntityProfile:
    """An entity's profile: aliases and roles, where and how often it is mentioned, quotes, events."""
    ent = resolve_entity(store, key)
    stats = store.entity_stats(ent.id)
    said = store.list_quotes(speaker_entity=ent.id, kinds=STATEMENTS, limit=limit)
    stances = store.list_quotes(speaker_entity=ent.id, kinds=("topic",), limit=limit)
    names = {n.lower() for n in (ent.name, *ent.aliases) if n.strip()}
    events: list[Event] = []
    if stats.article_ids:
        # actors are stored as written ("Putin", "President Vladimir Putin"), so match any name or
        # alias as whole words rather than asking the store for the canonical name only
        # ... or as the article-local entity ids the analyzer gave them, mapped here by the link stage
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
        local_ids = {
            local for aid in stats.article_ids for local, canon in store.article_entity_links(aid).items() if canon == ent.id
        }
        for ev in store.list_events(article_ids=stats.article_ids, limit=max(limit * 20, 2000)):
            actors = (*ev.source_actors, *ev.target_actors)
            if any(a in local_ids or pattern.search(a.lower()) for a in actors):
                events.append(ev)
                if len(events) >= limit:
                    break
    return EntityProfile(
        entity=ent,
        mention_count=stats.mention_count,
        article_ids=stats.article_ids,
        first_seen=stats.first_seen,
        last_seen=stats.last_seen,
        quotes=tuple(said),
        events=tuple(events),
        stances=tuple(stances),
    )


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    stance: str | None = None,
    text: str | None = None,
    article_ids: tuple[str, ...] | None = None,
    kinds: Sequence[str] | None = None,
    limit: int = 50,
    after: str | None = None,
) -> Page[Quote]:
    """Quotes and claims; ``speaker`` is a canonical entity id, or part of a speaker as written;
    ``kinds`` keeps those of these kinds (QUOTE_KINDS; STATEMENTS leaves out stances' topics)."""
    limit = _limit(limit)
    if kinds is not None and set(kinds) - set(QUOTE_KINDS):
        raise InvalidQuery(f"quote kind must be among {', '.join(QUOTE_KINDS)}, not {', '.join(sorted(set(kinds) - set(QUOTE_KINDS)))}")
    entity_id = None
    if speaker is not None:
        try:
            entity_id = store.get_entity(speaker).id
        except NotFound:
            entity_id = None
    rows = store.list_quotes(
        speaker=None if entity_id else speaker,
        speaker_entity=entity_id,
        stance=stance,
        text=text,
        article_ids=article_ids,
        kinds=kinds,
        limit=limit + 1,
        after=after,
    )
    return _record_page(rows, limit)


def figures(
    store: Store,
    *,
    text: str | None = None,
    unit: str | None = None,
    article_ids: tuple[str, ...] | None = None,
    limit: int = 50,
    after: str | None = None,
) -> Page[Quantity]:
    """Figures (quantities); ``text`` matches the figure as written or the noun phrase it counts."""
    limit = _limit(limit)
    rows = store.list_quantities(text=text, unit=unit, article_ids=article_ids, limit=limit + 1, after=after)
    return _record_page(rows, limit)


def events(
    store: Store,
    *,
    type: str | None = None,
    actor: str | None = None,
    modality: str | None = None,
    since: date | None = None,
    until: date | None = None,
    article_ids: tuple[str, ...] | None = None,
    limit: int = 50,
    after: str | None = None,
) -> Page[Event]:
    """Events by PLOVER type, actor, modality and the dates they take place on (overlap)."""
    limit = _limit(limit)
    if modality is not None and modality not in MODALITIES:
        raise InvalidQuery(f"modality must be one of {', '.join(MODALITIES)}, not {modality!r}")
    if since is not None and until is not None and since > until:
        raise InvalidQuery(f"since ({since}) is after until ({until}); swap them")
    rows = store.list_events(
        type=type, actor=actor, modality=modality, since=since, until=until, article_ids=article_ids,
        limit=limit + 1, after=after,
    )
    return _record_page(rows, limit)


# ---------------------------------------------------------------- stories


def stories(store: Store, *, limit: int = 50, after: str | None = None, min_articles: int = 1) -> Page[StorySummary]:
    """Stories, the most recently updated first; with ``min_articles``, only those that many
    articles or more report (a feed's single-article stories hide the developing ones)."""
    limit = _limit(limit)
    if min_articles < 1:
        raise InvalidQuery(f"min_articles must be at least 1, not {min_articles}")
    rows = store.story_summaries(limit=limit + 1, after=after, min_articles=min_articles)
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(tuple(rows), rows[-1].id if more and rows else None)


def biggest_story(store: Store, scan: int = MAX_LIMIT) -> str | None:
    """The id of the story with the most articles (ties: the most recent, then the id), or None.

    For callers that want "the" story without knowing its id (``storyline timeline --top``, demos).
    Looks at the ``scan`` most recently updated stories, which keeps it one cheap query.
    """
    rows = store.story_summaries(limit=scan, after=None)
    if not rows:
        return None
    best = max(rows, key=lambda s: (s.article_count, s.last or date.min, [-ord(c) for c in s.id]))
    return best.id


def story(store: Store, story_id: str) -> Story:
    """A story by id, or by a unique prefix of 6+ characters."""
    try:
        return store.get_story(story_id)
    except NotFound:
        if len(story_id) < 6:
            raise
        found = store.find_story_ids(story_id)
        if len(found) == 1:
            return store.get_story(found[0])
        if len(found) > 1:
            raise NotFound(f"story id prefix {story_id!r} is ambiguous ({', '.join(found[:2])}, ...); give more characters") from None
        raise


def timeline(store: Store, story_id: str) -> tuple[TimelineEntry, ...]:
    """The story's merged events, in the order the link stage placed them on the time axis."""
    return story(store, story_id).timeline


@dataclass(frozen=True, slots=True)
class StoryChange:
    """A status change with the story it was recorded in (listings across stories)."""

    story_id: str
    change: StatusChange
    label: str = ""  # the timeline entry's label: which event changed ("meet (consult): Trump, Putin")


@dataclass(frozen=True, slots=True)
class StoryConflict:
    """A conflict with the story it was recorded in (listings across stories)."""

    story_id: str
    conflict: Conflict


CONFLICT_KINDS = ("figure", "date", "claim")


def changes(store: Store, story_id: str | None = None, *, limit: int = 50, after: str | None = None) -> Page[StoryChange]:
    """Status changes, one story's or every story's: the same event reported with a new modality."""
    limit = _limit(limit)
    if story_id is not None:
        story_id = story(store, story_id).id
    rows = store.list_changes(story_id, limit=limit + 1, after=after)
    labels = store.timeline_labels([c.event_key for _, _, c in rows[:limit]])
    return _story_page([(sid, seq, StoryChange(sid, c, labels.get(c.event_key, ""))) for sid, seq, c in rows], limit)


def conflicts(
    store: Store, story_id: str | None = None, *, kind: str | None = None, limit: int = 50, after: str | None = None
) -> Page[StoryConflict]:
    """Conflicts, one story's or every story's: sources that disagree on a figure, date or claim."""
    limit = _limit(limit)
    if kind is not None and kind not in CONFLICT_KINDS:
        raise InvalidQuery(f"conflict kind must be one of {', '.join(CONFLICT_KINDS)}, not {kind!r}")
    if story_id is not None:
        story_id = story(store, story_id).id
    rows = store.list_conflicts(story_id, kind=kind, limit=limit + 1, after=after)
    return _story_page([(sid, seq, StoryConflict(sid, c)) for sid, seq, c in rows], limit)


def _story_page(rows: list[tuple[str, int, T]], limit: int) -> Page[T]:
    """``rows`` were fetched with limit + 1, so one extra row means there is a next page."""
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = story_cursor(rows[-1][0], rows[-1][1]) if more and rows else None
    return Page(tuple(item for _, _, item in rows), cursor)


@dataclass(frozen=True, slots=True)
class StoryView:
    """A story with the records a reader wants beside its timeline (one call for the story page)."""

    story: Story
    articles: tuple[Article, ...]  # in story order
    events: tuple[Event, ...]  # every report of every timeline event
    actors: tuple[tuple[Entity, int], ...]  # main actors: canonical entities by mentions in the story
    quotes: tuple[Quote, ...]  # statements (direct, indirect, mixed), not the topics of stances
    figures: tuple[Quantity, ...]


def story_view(store: Store, story_id: str, *, limit: int = 200, actors: int = 12) -> StoryView:
    st = story(store, story_id)
    arts = tuple(store.articles_by_ids(st.article_ids))
    event_ids = list(dict.fromkeys([*st.event_ids, *(i for e in st.timeline for i in e.event_ids)]))
    evs = tuple(store.events_by_ids(event_ids))
    counts = store.entity_counts(st.article_ids)[:actors]
    by_id = {e.id: e for e in store.entities_by_ids([i for i, _ in counts])}
    return StoryView(
        story=st,
        articles=arts,
        events=evs,
        actors=tuple((by_id[i], n) for i, n in counts if i in by_id),
        quotes=tuple(store.list_quotes(article_ids=st.article_ids, kinds=STATEMENTS, limit=limit)),  # who said what
        figures=tuple(store.list_quantities(article_ids=st.article_ids, limit=limit)),
    )


# ---------------------------------------------------------------- articles with their records


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: Article
    analysis: Analysis | None
    entity_links: dict[str, str]  # article-local entity id -> canonical entity id
    story_ids: tuple[str, ...]


def article_view(store: Store, article_id: str) -> ArticleView:
    art = store.get_article(article_id)
    return ArticleView(
        article=art,
        analysis=store.get_analysis(art.id),
        entity_links=store.article_entity_links(art.id),
        story_ids=tuple(store.story_ids_of_article(art.id)),
    )


@dataclass(frozen=True, slots=True)
class SearchResults:
    """One search box over everything: articles (full text), stories, entities and quotes."""

    text: str
    articles: tuple[SearchHit, ...]
    stories: tuple[StorySummary, ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]


def search_all(store: Store, text: str, limit: int = 20) -> SearchResults:
    limit = _limit(limit)
    text = text.strip()
    if not text:
        return SearchResults(text, (), (), (), ())
    return SearchResults(
        text=text,
        articles=tuple(store.search(text, limit=limit)),
        stories=tuple(store.stories_by_title(text, limit=limit)),
        entities=tuple(store.list_entities(name=text, limit=limit)),
        quotes=tuple(store.list_quotes(text=text, limit=limit)),
    )


LOW_CONFIDENCE = 0.5  # below this, a single report of an event is shown only on request


def is_minor(entry: TimelineEntry, events: Mapping[str, Sequence[Event]]) -> bool:
    """A single report that the reader can skip at first: dated only by its article, or unsure.

    Status changes and events reported more than once are never minor.
    """
    if len({m for _, m in entry.history}) > 1 or len(entry.event_ids) > 1 or len(entry.article_ids) > 1:
        return False
    if entry.when_how != "event":
        return True
    found = [ev.confidence for eid in entry.event_ids for ev in events.get(eid, ())]
    return bool(found) and max(found) < LOW_CONFIDENCE


@dataclass(frozen=True, slots=True)
class Sourcing:
    """What a one-line listing shows beside a record: its article, and names instead of ids."""

    articles: dict[str, Article]  # by id
    speakers: dict[str, str]  # quote id -> speaker as written (who a figure is attributed to)
    names: dict[tuple[str, str], str]  # (article id, article-local entity id) -> canonical name


def sourcing(store: Store, article_ids: Sequence[str], actor_ids: Sequence[tuple[str, str]] = ()) -> Sourcing:
    """Articles, quote speakers and entity names for a page of records, in a few queries."""
    wanted = list(dict.fromkeys(article_ids))
    articles = {a.id: a for a in store.articles_by_ids(wanted)}
    speakers = {q.id: q.speaker for q in store.list_quotes(article_ids=wanted, limit=MAX_LIMIT) if q.speaker}
    names: dict[tuple[str, str], str] = {}
    by_article: dict[str, list[str]] = {}
    for article_id, local in actor_ids:
        by_article.setdefault(article_id, []).append(local)
    for article_id, locals_ in by_article.items():
        links = store.article_entity_links(article_id)
        found = {e.id: e.name for e in store.entities_by_ids([links[x] for x in locals_ if x in links])}
        for local in locals_:
            if links.get(local) in found:
                names[(article_id, local)] = found[links[local]]
    return Sourcing(articles, speakers, names)
