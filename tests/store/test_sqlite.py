"""The store contract (runs on every backend in conftest.BACKENDS) plus SQLite-only checks."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from storyline.errors import NotFound, SchemaVersionError, StoreError
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
    Role,
    Span,
    StatusChange,
    Story,
    TimeRef,
    text_id,
)
from storyline.store import SQLiteStore, open_store
from storyline.store.base import DuplicateCandidate, Store
from storyline.store.sqlite import SCHEMA_VERSION, fts_query, migrate, schema_version, split_statements

TEXT = (
    "Negotiators from both sides met in Geneva on Tuesday to discuss a ceasefire. "
    '"We are close to an agreement," the envoy said, adding that about 1,200 prisoners could be freed.'
)


def article(text: str = TEXT, **fields: object) -> Article:
    values: dict[str, object] = {"id": text_id(text), "source": "feeds/a.txt", "text": text}
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


def full_analysis(a: Article, version: str = "0.1.0+1") -> Analysis:
    """One record of every kind, with the awkward values: None fields, nested TimeRef, floats."""
    aid = a.id
    sentence1 = Span(aid, 0, 77)
    sentence2 = Span(aid, 78, len(a.text))
    tuesday = TimeRef(
        id="t1",
        span=Span(aid, 61, 68),
        sentence=sentence1,
        text="Tuesday",
        value="2025-10-14",
        kind="date",
        approx=False,
        anchor="publication date 2025-10-16",
        earliest=date(2025, 10, 14),
        latest=date(2025, 10, 14),
        reason="weekday before publication",
    )
    vague = TimeRef(
        id="t2", span=Span(aid, 0, 5), sentence=sentence1, text="Negot", value="2025-Q4", kind="date", approx=True
    )
    return Analysis(
        article_id=aid,
        analyzer_version=version,
        mentions=(
            Mention("m1", Span(aid, 35, 41), sentence1, "Geneva", "GPE", entity_id="e1", reason="ner"),
            Mention("m2", Span(aid, 113, 118), sentence2, "envoy", "PERSON"),
        ),
        entities=(
            Entity(
                "e1",
                "Geneva",
                "GPE",
                aliases=("Genf", "Genève"),
                roles=(Role("host city", "2025-10-16", Span(aid, 35, 41)), Role("venue", None)),
                reason="single mention",
            ),
        ),
        times=(tuesday, vague),
        quotes=(
            Quote(
                id="q1",
                span=Span(aid, 78, 107),
                sentence=sentence2,
                text='"We are close to an agreement,"',
                cue=Span(aid, 118, 122),
                cue_lemma="say",
                speaker="the envoy",
                speaker_span=Span(aid, 109, 118),
                speaker_entity=None,
                speaker_reason="subject of the cue",
                kind="direct",
                stance="neutral",
                reported_by="Example Times",
            ),
            Quote(
                id="q2",
                span=Span(aid, 130, 180),
                sentence=sentence2,
                text="about 1,200 prisoners could be freed",
                cue=None,
                cue_lemma=None,
                speaker=None,
                speaker_span=None,
                speaker_entity=None,
                speaker_reason="no speaker found",
                kind="indirect",
                stance="estimate",
                reported_by=None,
                relayed_by="RIA Novosti",
                reason="adding that",
            ),
        ),
        quantities=(
            Quantity("n1", Span(aid, 136, 141), sentence2, "1,200", 1200.0, 1200.0, "about", "prisoners",
                     "prisoners", "q2", "2025-10-14", reason="cardinal"),
            Quantity("n2", Span(aid, 136, 141), sentence2, "0.3", 0.1 + 0.2, 1e-9, None, None, None, None, None),
        ),  # fmt: skip
        events=(
            Event(
                id="v1",
                type="CONSULT",
                mode="meet",
                source_actors=("Negotiators", "both sides"),
                target_actors=(),
                location="Geneva",
                when=tuesday,
                when_how="clause",
                modality="happened",
                trigger=Span(aid, 28, 31),
                sentence=sentence1,
                text="met",
                attributed_to=None,
                confidence=0.85,
                reason="verb lexicon",
            ),
            Event(
                id="v2",
                type="AGREE",
                mode=None,
                source_actors=(),
                target_actors=("the envoy",),
                location=None,
                when=None,
                when_how="article",
                modality="hypothetical",
                trigger=Span(aid, 101, 110),
                sentence=sentence2,
                text="agreement",
                attributed_to="q1",
                confidence=1.0 / 3.0,
                reason="noun lexicon",
            ),
        ),
        reference_date=date(2025, 10, 16),
        reference_how="metadata",
        reference_reason="published meta tag",
    )


def rows(store: Store, sql: str) -> list[tuple]:
    """Raw SQL for assertions about what was (not) written; SQLite only for now."""
    assert isinstance(store, SQLiteStore)
    with sqlite3.connect(store.path) as conn:
        return conn.execute(sql).fetchall()


# ---------------------------------------------------------------- articles and analyses


def test_analysis_round_trip_is_equal(store: Store) -> None:
    a = article()
    analysis = full_analysis(a)
    assert store.add_article(a, "key-a", [1, 2, 3], analysis) is True
    got = store.get_analysis(a.id)
    assert got == analysis
    assert got is not None and got.events[0].when == analysis.times[0]
    assert got.quantities[1].low == 0.1 + 0.2 and got.events[1].confidence == 1.0 / 3.0


def test_an_event_naming_an_earlier_one_again_keeps_its_antecedent(store: Store) -> None:
    a = article()
    analysis = full_analysis(a)
    events = (analysis.events[0], replace(analysis.events[1], antecedent=analysis.events[0].id))
    store.add_article(a, "key-a", [1, 2, 3], replace(analysis, events=events))
    stored = store.get_analysis(a.id)
    assert stored is not None and [e.antecedent for e in stored.events] == [None, "v1"]


def test_article_round_trip_keeps_every_field(store: Store) -> None:
    a = article(
        title="Talks in Geneva",
        site="example.com",
        url="https://example.com/x",
        byline="A. Writer",
        published=date(2025, 10, 16),
        published_how="metadata",
        published_reason="article:published_time",
        language="en",
        syndicated_from="Reuters",
        expands="0123456789abcdef",
        removed=(Removal(0, "Subscribe now", "newsletter"), Removal(77, "Advertisement", "ad")),
    )
    store.add_article(a, "key-a", [])
    assert store.get_article(a.id) == a
    assert store.get_analysis(a.id) is None


def test_put_analysis_replaces_all_records(store: Store) -> None:
    a = article()
    store.add_article(a, "key-a", [], full_analysis(a, "old"))
    newer = Analysis(a.id, "new", mentions=(Mention("m9", Span(a.id, 0, 4), Span(a.id, 0, 77), "Nego", "ORG"),))
    store.put_analysis(newer)
    assert store.get_analysis(a.id) == newer
    if isinstance(store, SQLiteStore):
        assert rows(store, "SELECT COUNT(*) FROM mentions") == [(1,)]
        assert rows(store, "SELECT COUNT(*) FROM events") == [(0,)]
        assert rows(store, "SELECT DISTINCT analyzer_version FROM mentions") == [("new",)]


def test_put_analysis_of_unknown_article_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="add the article first"):
        store.put_analysis(Analysis("0123456789abcdef", "v"))


def test_add_article_twice_returns_false_and_writes_nothing(store: Store) -> None:
    a = article(title="first")
    assert store.add_article(a, "key-1", [10, 20]) is True
    assert store.add_article(replace(a, title="second"), "key-2", [30], full_analysis(a)) is False
    assert store.get_article(a.id).title == "first"
    assert store.seen_source("key-2") is None
    assert store.get_analysis(a.id) is None
    assert store.near_duplicates([30]) == []


def test_failure_midway_leaves_nothing(store: Store) -> None:
    a = article()
    broken = full_analysis(a)
    broken = replace(broken, mentions=broken.mentions + broken.mentions[:1])  # a repeated record id
    with pytest.raises(StoreError):
        store.add_article(a, "key-a", [5, 6, 7], broken)
    assert not store.has_article(a.id)
    assert store.seen_source("key-a") is None
    assert store.near_duplicates([5, 6, 7]) == []
    assert store.search("ceasefire") == []
    assert store.counts().articles == 0
    assert store.add_article(a, "key-a", [5, 6, 7], full_analysis(a)) is True  # and it can land later


def test_write_batch_commits_once_and_a_failed_write_rolls_back_alone(open_same_store: Callable[[], Store]) -> None:
    writer, reader = open_same_store(), open_same_store()
    good = [article(f"talks resumed in round {i}") for i in range(3)]
    bad = article("this one carries a broken analysis")
    broken = full_analysis(bad)
    broken = replace(broken, mentions=broken.mentions + broken.mentions[:1])  # a repeated record id
    with writer.write_batch():
        assert writer.add_article(good[0], "k0", [1, 2]) is True
        with pytest.raises(StoreError):
            writer.add_article(bad, "kb", [3], broken)
        with writer.write_batch():  # nested: joins the outer batch
            assert writer.add_article(good[1], "k1", [4]) is True
        assert writer.add_article(good[2], "k2", [5], full_analysis(good[2])) is True
        writer.add_source_alias("k2-copy", good[2].id)
        assert writer.has_article(good[0].id)  # the batch sees its own writes
        assert reader.counts().articles == 0  # nothing is visible before the commit
    assert reader.counts().articles == 3
    assert not reader.has_article(bad.id) and reader.seen_source("kb") is None
    assert reader.seen_source("k2-copy") == good[2].id
    assert reader.get_analysis(good[2].id) == full_analysis(good[2])


def test_an_exception_in_a_write_batch_stores_none_of_it(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write_batch():
        store.add_article(article("first of a batch that dies"), "k1", [1])
        raise RuntimeError("the runner died mid-batch")
    assert store.counts().articles == 0
    assert store.add_article(article("first of a batch that dies"), "k1", [1]) is True


def test_pending_links_come_in_publication_order_and_leave_when_linked(store: Store) -> None:
    dated = [("late report on the talks", date(2025, 10, 23)), ("undated note on the talks", None),
             ("early report on the talks", date(2025, 10, 17)), ("middle report on the talks", date(2025, 10, 20))]  # fmt: skip
    ids = {}
    for text, published in dated:
        a = article(text, published=published, published_how="metadata" if published else "none")
        store.add_article(a, text, [], Analysis(a.id, "v"))
        ids[text.split()[0]] = a.id
    assert store.pending_links() == [ids["early"], ids["middle"], ids["late"], ids["undated"]]
    assert store.pending_links(limit=2, offset=1) == [ids["middle"], ids["late"]]
    store.mark_linked([ids["middle"]])
    assert store.pending_links() == [ids["early"], ids["late"], ids["undated"]]


def test_span_into_another_article_is_refused(store: Store) -> None:
    a = article()
    bad = Analysis(a.id, "v", mentions=(Mention("m1", Span("ffffffffffffffff", 0, 4), Span(a.id, 0, 9), "x", "ORG"),))
    with pytest.raises(StoreError, match="span in article ffffffffffffffff"):
        store.add_article(a, "key-a", [], bad)
    assert not store.has_article(a.id)


def test_seen_source_and_alias(store: Store) -> None:
    a = article()
    store.add_article(a, "raw-1", [])
    store.add_source_alias("raw-2", a.id)
    store.add_source_alias("raw-2", a.id)  # idempotent
    assert store.seen_source("raw-1") == a.id
    assert store.seen_source("raw-2") == a.id
    assert store.seen_source("raw-3") is None
    with pytest.raises(NotFound):
        store.add_source_alias("raw-4", "0000000000000000")


# ---------------------------------------------------------------- near duplicates


def test_near_duplicates_counts_shared_fingerprints_best_first(store: Store) -> None:
    a, b, c = article("alpha text"), article("beta text"), article("gamma text")
    store.add_article(a, "a", [1, 2, 3, 4])
    store.add_article(b, "b", [3, 4, 5, 6, 7, 8])
    store.add_article(c, "c", [100])
    d = article("delta text")
    store.add_article(d, "d", [5, 6, 9])
    found = store.near_duplicates([2, 3, 4, 5, 6, 9])
    tied = sorted([DuplicateCandidate(a.id, 3, 4), DuplicateCandidate(d.id, 3, 3)], key=lambda c: c.article_id)
    assert found == [DuplicateCandidate(b.id, 4, 6), *tied]  # most shared first; equal counts by id
    assert store.near_duplicates([2, 3, 4, 5, 6, 9], limit=1) == [DuplicateCandidate(b.id, 4, 6)]
    assert store.near_duplicates([4, 5, 6, 7, 8])[0] == DuplicateCandidate(b.id, 5, 6)
    assert store.near_duplicates([999]) == []
    assert store.near_duplicates([]) == []


def test_duplicates_are_stored_but_not_indexed(store: Store) -> None:
    original, copy = article("original"), article("copy", duplicate_of=text_id("original"), duplicate_score=0.93)
    store.add_article(original, "o", [1, 2, 3])
    store.add_article(copy, "c", [1, 2, 3, 4])
    assert store.get_article(copy.id).duplicate_score == 0.93
    assert store.near_duplicates([1, 2, 3, 4]) == [DuplicateCandidate(original.id, 3, 3)]
    assert store.counts().duplicates == 1


def test_near_duplicates_skip_very_common_fingerprints(store: Store) -> None:
    store.max_posting = 2  # type: ignore[attr-defined]
    for n, name in enumerate(("one", "two", "three")):
        store.add_article(article(name), name, [7, 10 + n])  # 7 is in all three
    store.add_article(article("four"), "four", [8])
    store.add_article(article("five"), "five", [8])
    found = store.near_duplicates([7, 8])
    assert sorted(c.article_id for c in found) == sorted([text_id("four"), text_id("five")])
    assert all(c.shared == 1 for c in found)


def test_large_signed_fingerprints_round_trip(store: Store) -> None:
    big = [-(2**63), 2**63 - 1, -1]
    store.add_article(article(), "k", big)
    assert store.near_duplicates(big) == [DuplicateCandidate(text_id(TEXT), 3, 3)]


# ---------------------------------------------------------------- reading


def test_get_article_accepts_unique_prefix(store: Store) -> None:
    a = article()
    store.add_article(a, "k", [])
    assert store.get_article(a.id[:6]).id == a.id
    assert store.get_article(a.id[:10].upper()).id == a.id
    with pytest.raises(NotFound, match="too short"):
        store.get_article(a.id[:5])
    with pytest.raises(NotFound, match="no article"):
        store.get_article("zzzzzzzz")


def test_get_article_ambiguous_prefix_names_it(store: Store) -> None:
    store.add_article(article("one", id="abcdef0000000001"), "1", [])
    store.add_article(article("two", id="abcdef0000000002"), "2", [])
    with pytest.raises(NotFound, match="ambiguous.*abcdef0000000001, abcdef0000000002"):
        store.get_article("abcdef")
    assert store.get_article("abcdef0000000002").text == "two"


def _dated(store: Store) -> list[str]:
    """Six articles; returns their ids in the expected listing order."""
    specs = [
        ("d1", date(2025, 3, 1), "a.com", None),
        ("d2", date(2025, 1, 5), "b.com", None),
        ("d3", None, "a.com", None),
        ("d4", date(2025, 3, 1), "b.com", None),
        ("d5", date(2025, 2, 1), "a.com", text_id("d2")),
        ("d6", date(2025, 1, 5), "a.com", None),
    ]
    for text, published, site, dup in specs:
        store.add_article(article(text, published=published, site=site, duplicate_of=dup), text, [])
    key = {text_id(t): ((p.isoformat() if p else ""), text_id(t)) for t, p, _, _ in specs}
    return sorted(key, key=key.__getitem__)


def test_list_articles_orders_by_published_then_id_and_pages(store: Store) -> None:
    expected = _dated(store)
    assert [a.id for a in store.list_articles(limit=100)] == expected
    assert store.list_articles(limit=1)[0].published is None  # undated first
    pages, after = [], None
    while page := store.list_articles(limit=2, after=after):
        pages.append([a.id for a in page])
        after = page[-1].id
    assert [len(p) for p in pages] == [2, 2, 2]
    assert sum(pages, []) == expected


def test_list_articles_filters(store: Store) -> None:
    _dated(store)
    since = store.list_articles(since=date(2025, 2, 1), limit=100)
    assert sorted(a.text for a in since) == ["d1", "d4", "d5"]
    until = store.list_articles(until=date(2025, 1, 5), limit=100)
    assert sorted(a.text for a in until) == ["d2", "d6"]
    site = store.list_articles(site="a.com", include_duplicates=False, limit=100)
    assert sorted(a.text for a in site) == ["d1", "d3", "d6"]
    with pytest.raises(NotFound, match="cursor"):
        store.list_articles(after="nope")


def test_iter_articles_skips_duplicates_unless_asked(store: Store) -> None:
    expected = _dated(store)
    assert len(list(store.iter_articles())) == 5
    assert [a.id for a in store.iter_articles(include_duplicates=True)] == expected


def test_search_marks_terms_and_ranks(store: Store) -> None:
    store.add_article(article(TEXT, title="Ceasefire talks"), "1", [])
    store.add_article(article("Markets closed higher on Tuesday.", title="Markets"), "2", [])
    hits = store.search("ceasefire geneva")
    assert [h.article.id for h in hits] == [text_id(TEXT)]
    assert "[[Geneva]]" in hits[0].snippet and "[[ceasefire]]" in hits[0].snippet
    assert len(store.search("tuesday")) == 2
    assert [h.article.title for h in store.search("negotiator")] == ["Ceasefire talks"]  # stemmed
    assert [h.article.title for h in store.search("mark*")] == ["Markets"]
    assert store.search('"close to an agreement"')[0].article.id == text_id(TEXT)
    assert store.search('"agreement close to"') == []


@pytest.mark.parametrize("raw", ['"unbalanced', "a AND", "*", "OR", "(", "NEAR(", "^x", "title:x", "-", '""', "'"])
def test_search_never_raises_on_raw_input(store: Store, raw: str) -> None:
    store.add_article(article("a unbalanced AND title x"), "1", [])
    assert isinstance(store.search(raw), list)


def test_search_skips_duplicates(store: Store) -> None:
    store.add_article(article("ceasefire in force"), "1", [])
    store.add_article(article("ceasefire in force.", duplicate_of=text_id("ceasefire in force")), "2", [])
    assert len(store.search("ceasefire")) == 1


def test_counts_and_rejects(store: Store) -> None:
    a = article()
    store.add_article(a, "1", [], full_analysis(a))
    store.add_article(article("copy", duplicate_of=a.id), "2", [])
    store.add_rejects([Reject("x.bin", "binary file", "binary"), Reject("y.txt", "empty", "empty")], "run1")
    store.add_rejects([Reject("x.bin", "binary file", "binary")], "run1")  # same run, same item: once
    store.add_rejects([Reject("x.bin", "binary file", "binary")], "run2")
    counts = store.counts()
    assert (counts.articles, counts.duplicates, counts.analysed, counts.rejects) == (2, 1, 1, 3)


def test_canonical_entities_upsert_and_round_trip(store: Store) -> None:
    a = article()
    store.add_article(a, "k", [])
    role = Role("Secretary of State", "2023-05-01", Span(a.id, 3, 9))
    entity = Entity("E1", "Antony Blinken", "PERSON", ("Blinken",), (role,))
    store.put_entities([entity])  # type: ignore[attr-defined]
    store.put_entities([replace(entity, aliases=("Blinken", "Tony Blinken"))])  # type: ignore[attr-defined]
    assert store.get_entity("E1") == replace(entity, aliases=("Blinken", "Tony Blinken"))  # type: ignore[attr-defined]
    with pytest.raises(NotFound):
        store.get_entity("E2")  # type: ignore[attr-defined]


def test_story_round_trip_and_replace(store: Store) -> None:
    one, two = article("first report"), article("second report")
    store.add_article(one, "1", [])
    store.add_article(two, "2", [])
    change = StatusChange("meet:x", "planned", "cancelled", "v1", "v9", one.id, two.id, "later report")
    conflict = Conflict("figure", "prisoners", ("n1", "n7"), (one.id, two.id), "1,200 vs 900")
    story = Story(
        "S1", "Port strike", (two.id, one.id), ("v1", "v9"), date(2025, 1, 2), None, (change,), (conflict,)
    )
    store.put_story(story)  # type: ignore[attr-defined]
    assert store.get_story("S1") == story  # type: ignore[attr-defined]
    smaller = Story("S1", "Port strike", (one.id,))
    store.put_story(smaller)  # type: ignore[attr-defined]
    assert store.get_story("S1") == smaller  # type: ignore[attr-defined]
    if isinstance(store, SQLiteStore):
        assert rows(store, "SELECT COUNT(*) FROM conflicts") == [(0,)]


# ---------------------------------------------------------------- concurrency


def test_two_connections_racing_store_each_article_once(open_same_store: Callable[[], Store]) -> None:
    first, second = open_same_store(), open_same_store()
    texts = [f"article number {i} about the talks" for i in range(40)]
    results: dict[int, list[bool]] = {0: [], 1: []}
    barrier = threading.Barrier(2)

    def work(n: int, store: Store) -> None:
        barrier.wait()
        for t in texts:
            a = article(t)
            results[n].append(store.add_article(a, f"{n}-{t}", [len(t), 1], full_analysis(a)))

    threads = [threading.Thread(target=work, args=(n, s)) for n, s in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [x or y for x, y in zip(results[0], results[1])] == [True] * 40
    assert sum(results[0]) + sum(results[1]) == 40
    assert first.counts().articles == 40 and second.counts().analysed == 40
    assert len(list(second.iter_articles())) == 40


def test_two_connections_racing_with_batches_store_each_article_once(open_same_store: Callable[[], Store]) -> None:
    """What two concurrent ingests do: overlapping batches written through run.local.write_batch."""
    from storyline.run.local import _Pending, write_batch

    stores = (open_same_store(), open_same_store())
    arts = [article(f"report {i} on the border talks") for i in range(48)]
    batches = {0: [arts[i : i + 8] for i in range(0, 48, 8)], 1: [arts[i : i + 6][::-1] for i in range(0, 48, 6)]}
    new: dict[int, int] = {0: 0, 1: 0}
    errors: list[str] = []
    barrier = threading.Barrier(2)

    def work(n: int) -> None:
        barrier.wait()
        for batch in batches[n]:
            items = [(_Pending(a, f"{n}-{a.id}", (len(a.text), n)), a, full_analysis(a)) for a in batch]
            for w in write_batch(stores[n], items):
                new[n] += w.new
                errors.extend([w.error] if w.error else [])

    threads = [threading.Thread(target=work, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert new[0] + new[1] == 48
    assert stores[0].counts().articles == 48 and stores[1].counts().analysed == 48


def test_link_lock_lets_one_handle_link_at_a_time(open_same_store: Callable[[], Store]) -> None:
    first, second = open_same_store(), open_same_store()
    order: list[str] = []

    def other() -> None:
        with second.link_lock():
            order.append("second")

    with first.link_lock():
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(timeout=0.5)
        assert thread.is_alive()  # waiting for the first handle
        order.append("first")
    thread.join(timeout=10)
    assert order == ["first", "second"]
    with first.link_lock():  # released, and can be taken again
        pass


def _race_worker(path: str, n: int, texts: list[str]) -> int:
    """Runs in a child process: add every text, return how many this process stored first."""
    store = SQLiteStore(path)
    try:
        return sum(store.add_article(article(t), f"{n}-{t}", [len(t), 2, 3]) for t in texts)
    finally:
        store.close()


def test_two_processes_racing_on_one_file_store_each_article_once(tmp_path: Path) -> None:
    import multiprocessing

    path = str(tmp_path / "shared.db")
    SQLiteStore(path).close()
    texts = [f"story {i} about the talks" for i in range(60)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        stored = pool.starmap(_race_worker, [(path, 0, texts), (path, 1, texts[::-1])])
    assert sum(stored) == 60
    with SQLiteStore(path) as store:
        assert store.counts().articles == 60
        assert rows(store, "PRAGMA integrity_check") == [("ok",)]
        assert rows(store, "SELECT COUNT(*) FROM fingerprints") == [(180,)]
        assert rows(store, "SELECT COUNT(DISTINCT doc) FROM articles") == [(60,)]
        assert len(store.search("talks", limit=100)) == 60


# ---------------------------------------------------------------- SQLite specifics


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone() == {"journal_mode": "wal"}
    assert conn.execute("PRAGMA foreign_keys").fetchone() == {"foreign_keys": 1}
    assert conn.execute("PRAGMA busy_timeout").fetchone()["timeout"] > 0
    assert store.schema_version == SCHEMA_VERSION
    store.close()


def test_newer_store_raises_schema_version_error(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaVersionError, match="schema version 99.*Upgrade storyline"):
        SQLiteStore(path)


def test_migrate_runs_a_fake_v0_to_v1_step(tmp_path: Path) -> None:
    path = tmp_path / "legacy.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE legacy (x INTEGER)")
    conn = sqlite3.connect(path, isolation_level=None)
    assert schema_version(conn) == 0
    assert migrate(conn, [(1, "ALTER TABLE legacy ADD COLUMN y TEXT; INSERT INTO legacy VALUES (1, 'a');")]) == 1
    assert conn.execute("SELECT x, y FROM legacy").fetchall() == [(1, "a")]
    assert schema_version(conn) == 1
    # Re-opening at the same version applies nothing (the INSERT would run twice otherwise).
    assert migrate(conn, [(1, "INSERT INTO legacy VALUES (2, 'b')")]) == 1
    assert conn.execute("SELECT COUNT(*) FROM legacy").fetchone() == (1,)
    conn.close()


def test_store_applies_newer_steps_in_order(tmp_path: Path) -> None:
    from storyline.store.sqlite import MIGRATIONS

    path = tmp_path / "s.db"
    SQLiteStore(path).close()
    after, later = SCHEMA_VERSION + 1, SCHEMA_VERSION + 2
    steps = [*MIGRATIONS, (later, "UPDATE articles SET byline = 'step3' || COALESCE(byline, '')"),
             (after, "ALTER TABLE articles ADD COLUMN extra TEXT")]  # fmt: skip
    store = SQLiteStore(path, migrations=steps)
    assert store.schema_version == later
    assert store._conn.execute("SELECT extra FROM articles").fetchall() == []
    store.close()


def test_a_version_2_store_gains_the_expands_column_and_keeps_its_articles(tmp_path: Path) -> None:
    from storyline.store.sqlite import MIGRATIONS

    path = tmp_path / "s.db"
    SQLiteStore(path, migrations=MIGRATIONS[:2]).close()
    with sqlite3.connect(path) as conn:  # an article as version 2 wrote it (no expands column)
        conn.execute("INSERT INTO articles (id, doc, source, text, published_how, published_reason, fingerprint_count) "
                     "VALUES ('abc123456789', 1, 'a.txt', 'Text.', 'none', '', 0)")  # fmt: skip
    store = SQLiteStore(path)
    assert store.schema_version == SCHEMA_VERSION
    got = store.get_article("abc123456789")
    assert got is not None and (got.text, got.expands) == ("Text.", None)
    store.close()


def test_failed_migration_step_changes_nothing(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "s.db", isolation_level=None)
    migrate(conn, [(1, "CREATE TABLE t (x INTEGER)")])
    with pytest.raises(StoreError, match="version 2 failed.*unchanged at version 1"):
        migrate(conn, [(1, ""), (2, "CREATE TABLE u (x INTEGER); INSERT INTO nowhere VALUES (1)")])
    assert schema_version(conn) == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'u'").fetchone() is None
    conn.close()


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    script = "CREATE TABLE a (x TEXT); -- note; with semicolon\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n" \
        "  INSERT INTO a VALUES ('x;y'); SELECT 1;\nEND;\n"
    parts = split_statements(script)
    assert len(parts) == 2
    assert parts[1].startswith("-- note") and parts[1].endswith("END;")


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('"unbalanced') == '"unbalanced"'
    assert fts_query("a AND") == '"a" "AND"'
    assert fts_query("*") is None
    assert fts_query("sanction* U.S.") == '"sanction"* "U S"'
    assert fts_query('"peace talks" NEAR(x') == '"peace talks" "NEAR x"'


def test_not_a_database_raises_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot be opened as a storyline store"):
        SQLiteStore(path)


def test_open_store_picks_backend(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "x.db"))
    assert isinstance(store, SQLiteStore)
    store.close()
    store = open_store(f"sqlite:///{tmp_path / 'y.db'}")
    assert isinstance(store, SQLiteStore) and store.path == str(tmp_path / "y.db")
    store.close()
    with pytest.raises(StoreError, match="cannot connect to the PostgreSQL store"):
        open_store("postgresql://user:secret@127.0.0.1:1/db")  # a PostgresStore; nothing listens there
    with pytest.raises(StoreError, match="folder exists|cannot be opened"):
        open_store(str(tmp_path / "missing" / "dir" / "z.db"))


def test_story_with_timeline_round_trips(store):
    from datetime import date

    from storyline.records import Conflict, StatusChange, Story, TimelineEntry

    entry = TimelineEntry(
        id="e1", label="CONSULT: A, B (Town)", type="CONSULT", mode="meet", actors=("a", "b"), location="Town",
        earliest=date(2025, 10, 19), latest=date(2025, 10, 25), approx=True, when_how="event",
        modality="cancelled", history=(("art1", "planned"), ("art2", "cancelled")),
        event_ids=("ev1", "ev2"), article_ids=("art1", "art2"),
    )
    story = Story(
        id="s1", title="Talks", article_ids=(), event_ids=("ev1", "ev2"), first=date(2025, 10, 17),
        changes=(StatusChange("e1", "planned", "cancelled", "ev1", "ev2", "art1", "art2", "later report"),),
        conflicts=(Conflict("figure", "missiles", ("q1", "q2"), ("art1", "art2"), "4,000 vs 3,500"),),
        timeline=(entry,),
    )
    store.put_story(story)
    assert store.get_story("s1") == story


def test_changes_and_conflicts_page_across_stories_by_story_and_seq(store):
    from storyline.records import Conflict, StatusChange, Story

    def conflict(n: int, kind: str = "figure") -> Conflict:
        return Conflict(kind, f"subject {n}", (f"q{n}", f"r{n}"), ("art1", "art2"), f"{n} vs {n + 1}")

    change = StatusChange("e1", "planned", "cancelled", "ev1", "ev2", "art1", "art2", "later report")
    store.put_story(Story(id="s2", title="B", article_ids=(), conflicts=(conflict(3), conflict(4, "date"))))
    store.put_story(Story(id="s1", title="A", article_ids=(), changes=(change,),
                          conflicts=(conflict(1), conflict(2, "claim"))))
    first = store.list_conflicts(limit=3)
    assert [(sid, c.subject) for sid, _, c in first] == [("s1", "subject 1"), ("s1", "subject 2"), ("s2", "subject 3")]
    sid, seq, _ = first[-1]
    rest = store.list_conflicts(limit=3, after=f"{sid}:{seq}")
    assert [(sid, c.subject) for sid, _, c in rest] == [("s2", "subject 4")]
    assert [c.subject for _, _, c in store.list_conflicts(kind="claim")] == ["subject 2"]
    assert [c.subject for _, _, c in store.list_conflicts("s2", kind="date")] == ["subject 4"]
    assert [(sid, c.after) for sid, _, c in store.list_changes(limit=5)] == [("s1", "cancelled")]
    with pytest.raises(NotFound):
        store.list_conflicts(after="not-a-cursor")


def test_timeline_labels_name_the_event_a_change_is_about(store):
    from storyline.records import StatusChange, Story, TimelineEntry

    entry = TimelineEntry(id="e1", label="meet (consult): Ann, Bo in Osk", type="CONSULT", mode=None, actors=("Ann", "Bo"),
                          location="Osk", earliest=None, latest=None, approx=False, when_how="article",
                          modality="cancelled", history=(("art1", "planned"), ("art2", "cancelled")),
                          event_ids=("ev1", "ev2"), article_ids=("art1", "art2"))
    change = StatusChange("e1", "planned", "cancelled", "ev1", "ev2", "art1", "art2", "later report")
    store.put_story(Story(id="s1", title="A", article_ids=(), changes=(change,), timeline=(entry,)))
    assert store.timeline_labels(["e1", "e1", "missing"]) == {"e1": "meet (consult): Ann, Bo in Osk"}
    assert store.timeline_labels([]) == {}


def test_entity_links_are_replaced_not_duplicated(store):
    from storyline.records import Article

    store.add_article(Article(id="a" * 16, source="x", text="Some text here."), "k1", [])
    store.put_entity_links([("a" * 16, "loc1", "g1", "exact name")])
    store.put_entity_links([("a" * 16, "loc1", "g2", "surname match"), ("a" * 16, "loc2", "g3", "exact name")])
    assert store.article_entity_links("a" * 16) == {"loc1": "g2", "loc2": "g3"}


def test_replacing_an_articles_links_drops_canonical_entities_nothing_points_to(store):
    from storyline.records import Article, Entity

    a, b = "a" * 16, "b" * 16
    store.add_article(Article(id=a, source="x", text="Some text here."), "k1", [])
    store.add_article(Article(id=b, source="x", text="Other text here."), "k2", [])
    store.put_entities([Entity(g, g.upper(), "ORG", (g.upper(),), (), "test") for g in ("g1", "g2", "g3")])
    store.put_entity_links([(a, "loc1", "g1", "exact name"), (a, "loc2", "g2", "exact name"), (b, "loc9", "g2", "exact name")])
    # a re-analysed: loc2 is gone, loc1 now means g3
    assert store.replace_entity_links([a], [(a, "loc1", "g3", "exact name")]) == 1
    assert store.article_entity_links(a) == {"loc1": "g3"}
    assert store.article_entity_links(b) == {"loc9": "g2"}  # another article's link is untouched
    assert sorted(e.id for e in store.entities_by_ids(["g1", "g2", "g3"])) == ["g2", "g3"]  # g1 had no link left
    # an article whose analysis has no entities any more loses its links
    assert store.replace_entity_links([b], []) == 1
    assert store.article_entity_links(b) == {} and store.entities_by_ids(["g2"]) == []


def test_rejects_are_listed_newest_run_first_and_by_kind(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.store import codec

    times = iter(["2026-01-02T10:00:00+00:00", "2026-01-03T09:00:00+00:00"])
    monkeypatch.setattr(codec, "now_text", lambda: next(times))
    store.add_rejects([Reject("a/1.txt", "empty file", "empty"), Reject("a/2.bin", "binary, not text", "binary")], "run-b")
    store.add_rejects([Reject("b/9.txt", "analysis failed (ValueError)", "analysis")], "run-a")  # a later run
    assert [(r.run_id, r.origin) for r in store.list_rejects()] == [("run-a", "b/9.txt"), ("run-b", "a/1.txt"),
                                                                    ("run-b", "a/2.bin")]  # fmt: skip
    (latest,) = store.list_rejects(run_id="latest")
    assert (latest.at, latest.kind, latest.reason) == ("2026-01-03T09:00:00+00:00", "analysis", "analysis failed (ValueError)")
    assert [r.origin for r in store.list_rejects(run_id="run-b", kind="binary")] == ["a/2.bin"]
    assert store.list_rejects(limit=1)[0].origin == "b/9.txt" and store.list_rejects(limit=0) == []
