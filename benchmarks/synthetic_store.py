"""A synthetic store for latency benchmarks, written straight through the store's write methods.

No spaCy: each article carries one planned/cancelled CONSULT event, stories of ``per_story`` articles
have a timeline entry per article. Query latency depends on table sizes and indexes, not on how
realistic the prose is, and a 100,000-article store fills in minutes this way instead of hours.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from storyline.records import Analysis, Article, Event, Span, Story, TimelineEntry, TimeRef, record_id, text_id
from storyline.store.base import Store

WORDS = (
    "minister summit ceasefire talks border troops harbour tax election council strike drone port grain "
    "energy pipeline sanctions court ruling protest march aid convoy parliament budget vote coalition"
).split()
PLACES = ["Lorvik", "Corvale", "Dunmere", "Varnholm", "Ostrava", "Kessel", "Mirano", "Tallin"]


def fill_store(store: Store, n_articles: int, per_story: int = 20, seed: int = 7) -> list[str]:
    """Write ``n_articles`` articles in stories of ``per_story``; returns the story ids."""
    rng = random.Random(seed)
    story_ids: list[str] = []
    day0 = date(2024, 1, 1)
    for s in range(n_articles // per_story):
        place = PLACES[s % len(PLACES)]
        topic = rng.sample(WORDS, 3)
        arts, entries = [], []
        for k in range(per_story):
            published = day0 + timedelta(days=s % 600 + k)
            body = " ".join(rng.choice(WORDS) for _ in range(120))
            text = f"Officials in {place} will discuss the {topic[0]} {topic[1]} next week. {body}. Story {s} part {k}."
            aid = text_id(text)
            trig = text.index("discuss")
            when = TimeRef(
                id=record_id("t", aid), span=Span(aid, trig, trig + 7), sentence=Span(aid, 0, 60), text="next week",
                value="W", kind="date", earliest=published + timedelta(days=7), latest=published + timedelta(days=13),
            )
            ev = Event(
                id=record_id("e", aid), type="CONSULT", mode=None, source_actors=("Officials",), target_actors=(),
                location=place, when=when, when_how="clause", modality="planned" if k % 3 else "cancelled",
                trigger=Span(aid, trig, trig + 7), sentence=Span(aid, 0, 60), text="discuss", attributed_to=None,
                confidence=0.5, reason="synthetic",
            )
            art = Article(id=aid, source=f"synthetic/{s}/{k}", text=text, title=f"{place} {topic[0]} {topic[1]} ({k})",
                          site=f"site{k % 5}.example", published=published, published_how="metadata")
            store.add_article(art, record_id("src", aid), (), Analysis(article_id=aid, analyzer_version="bench", events=(ev,)))
            arts.append(art)
            entries.append(TimelineEntry(
                id=record_id("entry", aid), label=f"CONSULT: Officials ({place})", type="CONSULT", mode=None,
                actors=("Officials",), location=place, earliest=when.earliest, latest=when.latest, approx=k % 2 == 0,
                when_how="event", modality=ev.modality, history=((aid, ev.modality),), event_ids=(ev.id,), article_ids=(aid,),
            ))
        sid = record_id("story", s)
        store.put_story(Story(id=sid, title=f"{place}: {topic[0]} {topic[1]}", article_ids=tuple(a.id for a in arts),
                              event_ids=tuple(e.event_ids[0] for e in entries), first=arts[0].published,
                              last=arts[-1].published, timeline=tuple(entries)))
        story_ids.append(sid)
    return story_ids
