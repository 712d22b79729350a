"""The read side: what every interface (CLI, HTTP API, web UI, exports) asks of a store.

Interfaces call these functions and never touch SQL or spaCy. Each returns records (or small result
dataclasses built from records), so the JSON shape is the same whichever interface serialises it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from storyline.records import Analysis, Article, Removal
from storyline.store.base import SearchHit, Store, StoreCounts


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
) -> ArticlePage:
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
