"""A small hand-built story written through the store's write methods, shared by the read-side tests.

Three articles from two sites about one fictional summit: planned in the first report, called off
in the second, with figures that disagree; a third article carries hostile markup to prove that
article text is escaped everywhere. Offsets are computed from the texts, so they are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storyline.records import (
    Analysis,
    Article,
    Conflict,
    Entity,
    Event,
    Mention,
    Quantity,
    Quote,
    Removal,
    Role,
    Span,
    StatusChange,
    Story,
    TimelineEntry,
    TimeRef,
    record_id,
    text_id,
)
from storyline.store.base import Store

TEXT_1 = (
    "Premier Alda Voss said the two leaders will meet in Corvale next week. "
    "Voss told reporters: \"We expect a frank exchange.\" "
    "Officials estimate that around 4,000 troops are stationed near the border."
)
TEXT_2 = (
    "The summit in Corvale was called off on Tuesday, Minister Bren Okafor said. "
    "Okafor claimed that about 3,500 troops remain near the border."
)
TEXT_3 = (
    "Protesters marched in Corvale on 20 October 2025. "
    "A banner read <script>alert('x')</script> and <b>bold</b> & more."
)


_SENTENCE_END = re.compile(r'[.!?]"?(?= |$)')


def _sentence(text: str, needle: str) -> tuple[int, int]:
    """The sentence (up to and including its final '.') holding ``needle``."""
    at = text.index(needle)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    start = max((e for e in ends if e <= at), default=0)
    end = min((e for e in ends if e > at), default=len(text))
    while text[start:start + 1] == " ":
        start += 1
    return start, end


def _span(aid: str, text: str, needle: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return Span(aid, at, at + len(needle))


def _sent(aid: str, text: str, needle: str) -> Span:
    return Span(aid, *_sentence(text, needle))


@dataclass(frozen=True, slots=True)
class StoryFixture:
    articles: tuple[Article, ...]
    analyses: tuple[Analysis, ...]
    entities: tuple[Entity, ...]
    story: Story
    voss: Entity
    okafor: Entity
    corvale: Entity


def _mention(aid: str, text: str, needle: str, label: str, local: str, nth: int = 0) -> Mention:
    span = _span(aid, text, needle, nth)
    return Mention(
        id=record_id("mention", aid, span.start), span=span, sentence=_sent(aid, text, needle),
        text=needle, label=label, entity_id=local, reason="fixture",
    )


def build_fixture() -> tuple[StoryFixture, tuple[tuple[str, str, str, str], ...]]:
    a1 = Article(
        id=text_id(TEXT_1), source="alpha/1.html", text=TEXT_1, title="Leaders to meet in Corvale",
        site="alpha.example", url="https://alpha.example/1", published=date(2025, 10, 17), published_how="metadata",
        removed=(Removal(at=TEXT_1.index("Voss told"), text="Subscribe to our newsletter", reason="boilerplate: call to action"),),
    )
    a2 = Article(
        id=text_id(TEXT_2), source="beta/2.html", text=TEXT_2, title="Corvale summit called off",
        site="beta.example", url="https://beta.example/2", published=date(2025, 10, 22), published_how="metadata",
    )
    a3 = Article(
        id=text_id(TEXT_3), source="alpha/3.html", text=TEXT_3, title="Protest <script>alert(1)</script> in Corvale",
        site="alpha.example", published=date(2025, 10, 20), published_how="metadata",
    )
    i1, i2, i3 = a1.id, a2.id, a3.id

    # article-local entity ids; the link stage maps them to canonical ones below
    voss_local, corvale_local1, okafor_local, corvale_local2, corvale_local3 = (
        record_id("local", i1, "voss"), record_id("local", i1, "corvale"), record_id("local", i2, "okafor"),
        record_id("local", i2, "corvale"), record_id("local", i3, "corvale"),
    )
    voss = Entity(
        id=record_id("entity", "Alda Voss"), name="Alda Voss", kind="PERSON", aliases=("Voss",),
        roles=(Role("Premier", "2025-10-17"),), reason="fixture",
    )
    okafor = Entity(id=record_id("entity", "Bren Okafor"), name="Bren Okafor", kind="PERSON", aliases=("Okafor",),
                    roles=(Role("Minister", "2025-10-22"),), reason="fixture")
    corvale = Entity(id=record_id("entity", "Corvale"), name="Corvale", kind="GPE", reason="fixture")

    t1 = TimeRef(
        id=record_id("time", i1, "next week"), span=_span(i1, TEXT_1, "next week"), sentence=_sent(i1, TEXT_1, "next week"),
        text="next week", value="2025-W43", kind="date", approx=False, anchor="2025-10-17",
        earliest=date(2025, 10, 20), latest=date(2025, 10, 26), reason="fixture: next week",
    )
    q1 = Quote(
        id=record_id("quote", i1, 1), span=_span(i1, TEXT_1, "\"We expect a frank exchange.\""),
        sentence=_sent(i1, TEXT_1, "We expect"), text="\"We expect a frank exchange.\"",
        cue=_span(i1, TEXT_1, "told"), cue_lemma="tell", speaker="Voss", speaker_span=_span(i1, TEXT_1, "Voss", 1),
        speaker_entity=voss_local, speaker_reason="subject of cue", kind="direct", stance="neutral",
        reported_by="alpha.example",
    )
    n1 = Quantity(
        id=record_id("qty", i1, 1), span=_span(i1, TEXT_1, "around 4,000 troops"), sentence=_sent(i1, TEXT_1, "4,000"),
        text="around 4,000 troops", low=4000.0, high=4000.0, approx="around", unit="troops", subject="troops",
        attributed_to=None, as_of=None, reason="fixture",
    )
    e1 = Event(
        id=record_id("event", i1, "meet"), type="CONSULT", mode="visit", source_actors=("Alda Voss",),
        target_actors=(), location="Corvale", when=t1, when_how="clause", modality="planned",
        trigger=_span(i1, TEXT_1, "meet"), sentence=_sent(i1, TEXT_1, "meet"), text="meet", attributed_to=None,
        confidence=0.8, reason="fixture: will + verb",
    )
    an1 = Analysis(
        article_id=i1, analyzer_version="test-1",
        mentions=(
            _mention(i1, TEXT_1, "Alda Voss", "PERSON", voss_local),
            _mention(i1, TEXT_1, "Corvale", "GPE", corvale_local1),
        ),
        entities=(Entity(voss_local, "Alda Voss", "PERSON"), Entity(corvale_local1, "Corvale", "GPE")),
        times=(t1,), quotes=(q1,), quantities=(n1,), events=(e1,),
        reference_date=date(2025, 10, 17), reference_how="metadata",
    )

    t2 = TimeRef(
        id=record_id("time", i2, "Tuesday"), span=_span(i2, TEXT_2, "Tuesday"), sentence=_sent(i2, TEXT_2, "Tuesday"),
        text="Tuesday", value="2025-10-21", kind="date", anchor="2025-10-22",
        earliest=date(2025, 10, 21), latest=date(2025, 10, 21), reason="fixture: last Tuesday",
    )
    q2 = Quote(
        id=record_id("quote", i2, 1), span=_span(i2, TEXT_2, "about 3,500 troops remain near the border"),
        sentence=_sent(i2, TEXT_2, "3,500"), text="about 3,500 troops remain near the border",
        cue=_span(i2, TEXT_2, "claimed"), cue_lemma="claim", speaker="Okafor", speaker_span=_span(i2, TEXT_2, "Okafor", 1),
        speaker_entity=okafor_local, speaker_reason="subject of cue", kind="indirect", stance="distancing",
        reported_by="beta.example",
    )
    n2 = Quantity(
        id=record_id("qty", i2, 1), span=_span(i2, TEXT_2, "about 3,500 troops"), sentence=_sent(i2, TEXT_2, "3,500"),
        text="about 3,500 troops", low=3500.0, high=3500.0, approx="about", unit="troops", subject="troops",
        attributed_to=q2.id, as_of=None, reason="fixture",
    )
    e2 = Event(
        id=record_id("event", i2, "called off"), type="CONSULT", mode="visit", source_actors=("Alda Voss",),
        target_actors=(), location="Corvale", when=t2, when_how="clause", modality="cancelled",
        trigger=_span(i2, TEXT_2, "called off"), sentence=_sent(i2, TEXT_2, "called off"), text="called off",
        attributed_to=None, confidence=0.7, reason="fixture: called off",
    )
    an2 = Analysis(
        article_id=i2, analyzer_version="test-1",
        mentions=(
            _mention(i2, TEXT_2, "Corvale", "GPE", corvale_local2),
            _mention(i2, TEXT_2, "Bren Okafor", "PERSON", okafor_local),
        ),
        entities=(Entity(okafor_local, "Bren Okafor", "PERSON"), Entity(corvale_local2, "Corvale", "GPE")),
        times=(t2,), quotes=(q2,), quantities=(n2,), events=(e2,),
        reference_date=date(2025, 10, 22), reference_how="metadata",
    )

    t3 = TimeRef(
        id=record_id("time", i3, "20 October"), span=_span(i3, TEXT_3, "20 October 2025"),
        sentence=_sent(i3, TEXT_3, "20 October"), text="20 October 2025", value="2025-10-20", kind="date",
        earliest=date(2025, 10, 20), latest=date(2025, 10, 20), reason="fixture: absolute",
    )
    e3 = Event(
        id=record_id("event", i3, "marched"), type="PROTEST", mode="demonstrate", source_actors=("Protesters",),
        target_actors=(), location="Corvale", when=t3, when_how="clause", modality="happened",
        trigger=_span(i3, TEXT_3, "marched"), sentence=_sent(i3, TEXT_3, "marched"), text="marched",
        attributed_to=None, confidence=0.9, reason="fixture: past tense",
    )
    an3 = Analysis(
        article_id=i3, analyzer_version="test-1",
        mentions=(_mention(i3, TEXT_3, "Corvale", "GPE", corvale_local3),),
        entities=(Entity(corvale_local3, "Corvale", "GPE"),), times=(t3,), events=(e3,),
        reference_date=date(2025, 10, 20), reference_how="metadata",
    )

    summit = TimelineEntry(
        id=record_id("entry", "summit"), label="CONSULT: Alda Voss (Corvale)", type="CONSULT", mode="visit",
        actors=("Alda Voss",), location="Corvale", earliest=date(2025, 10, 20), latest=date(2025, 10, 26),
        approx=True, when_how="event", modality="cancelled",
        history=((i1, "planned"), (i2, "cancelled")), event_ids=(e1.id, e2.id), article_ids=(i1, i2),
    )
    protest = TimelineEntry(
        id=record_id("entry", "protest"), label="PROTEST: Protesters (Corvale)", type="PROTEST", mode="demonstrate",
        actors=("Protesters",), location="Corvale", earliest=date(2025, 10, 20), latest=date(2025, 10, 20),
        approx=False, when_how="event", modality="happened", history=((i3, "happened"),),
        event_ids=(e3.id,), article_ids=(i3,),
    )
    story = Story(
        id=record_id("story", "corvale"), title="Corvale summit", article_ids=(i1, i3, i2),
        event_ids=(e1.id, e3.id, e2.id), first=date(2025, 10, 17), last=date(2025, 10, 22),
        changes=(StatusChange(summit.id, "planned", "cancelled", e1.id, e2.id, i1, i2, "fixture: same meeting"),),
        conflicts=(Conflict("figure", "troops", (n1.id, n2.id), (i1, i2), "fixture: 4000 vs 3500"),),
        timeline=(summit, protest),
    )
    links = (
        (i1, voss_local, voss.id, "fixture"), (i1, corvale_local1, corvale.id, "fixture"),
        (i2, okafor_local, okafor.id, "fixture"), (i2, corvale_local2, corvale.id, "fixture"),
        (i3, corvale_local3, corvale.id, "fixture"),
    )
    return StoryFixture(
        articles=(a1, a2, a3), analyses=(an1, an2, an3), entities=(voss, okafor, corvale), story=story,
        voss=voss, okafor=okafor, corvale=corvale,
    ), links


def fill_store(store: Store) -> StoryFixture:
    """Writes the fixture through the store's own write methods and returns what was written."""
    fixture, links = build_fixture()
    for article, analysis in zip(fixture.articles, fixture.analyses):
        store.add_article(article, record_id("src", article.id), (), analysis)
    store.put_entities(fixture.entities)
    store.put_entity_links(links)
    store.put_story(fixture.story)
    return fixture
