"""Commands that read the corpus level: stories, a story's timeline, status changes, conflicts."""

from __future__ import annotations

import argparse
import sys

from storyline import query
from storyline.cli.common import emit, more, open_store_for, short
from storyline.link.timeline import status_path
from storyline.serialize import dumps


def cmd_stories(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        page = query.stories(store, limit=args.limit, after=args.after, min_articles=args.min_articles)
    finally:
        store.close()
    for st in page.items:
        change = f"  {st.latest_change.before}->{st.latest_change.after}" if st.latest_change else ""
        noun = "article " if st.article_count == 1 else "articles"
        emit(st, args, f"{st.id}  {st.first or '?'}..{st.last or '?'}  {st.article_count:>4} {noun}  "
                        f"{short(st.title, 60)}{change}")
    if not page.items and not args.json:
        print("no stories (they appear once the link stage has run)")
    more(page, args)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        story_id = args.story
        if args.top or story_id in (None, "-"):
            top = query.biggest_story(store)
            if top is None:
                print("no stories (they appear once the link stage has run)", file=sys.stderr)
                return 1
            story_id = top
        story = query.story(store, story_id)
        events: dict[str, list] = {}
        for ev in store.events_by_ids([eid for e in story.timeline for eid in e.event_ids]):
            events.setdefault(ev.id, []).append(ev)
        articles = {a.id: a for a in store.articles_by_ids(story.article_ids)}
        reports = {e.id: e for e in store.events_by_ids([c.before_event for c in story.changes] + [c.after_event for c in story.changes])}
    finally:
        store.close()
    if args.json:
        for entry in story.timeline:
            print(dumps(entry))
        return 0
    print(f"{story.title}  ({story.first or '?'} to {story.last or '?'}, {len(story.article_ids)} articles, "
          f"{len(story.timeline)} entries)  story {story.id}")
    shown = [e for e in story.timeline if args.all or not query.is_minor(e, events)]
    for e in shown:
        if e.earliest and e.latest and e.earliest != e.latest:
            when = f"{e.earliest}/{e.latest}"
        else:
            when = str(e.earliest or e.latest or "undated")
        when = ("~" if e.approx else " ") + when
        sources = len(set(e.article_ids))
        path = status_path(e.history, e.quiet)
        changed = f"  [{' -> '.join(path)}]" if len(path) > 1 else ""
        print(f"  {when:<23} {e.modality:<12} {sources:>2} src  {short(e.label, 64)}{changed}")
    if len(shown) < len(story.timeline):
        print(f"  ({len(story.timeline) - len(shown)} minor entries hidden: one report each, dated only by "
              "their article or low confidence; --all shows them)")
    if story.changes:
        print(f"\nstatus changes ({len(story.changes)})")
        labels = {e.id: e.label for e in story.timeline}
        for c in story.changes:
            print(f"  {c.before} -> {c.after}: {labels.get(c.event_key, '')}  ({c.reason})")
            for side, eid, aid in (("before", c.before_event, c.before_article), ("after", c.after_event, c.after_article)):
                art = articles.get(aid)
                ev = reports.get(eid)
                where = (art.site or art.title or art.source) if art else aid
                date_ = f", {art.published}" if art and art.published else ""
                sentence = art.text[ev.sentence.start : ev.sentence.end] if art and ev else ""
                print(f"    {side:<6} {short(where, 40)}{date_}: {short(' '.join(sentence.split()), 110)}")
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    def read(store):  # type: ignore[no-untyped-def]
        page = query.changes(store, args.story, limit=args.limit, after=args.after)
        return page, [(x.story_id, x.change, {"label": x.label}) for x in page.items]

    return _story_records(args, read, lambda c, extra: (
        f"{c.before + ' -> ' + c.after:<26} {short(extra['label'] or c.event_key, 50):<50} "
        f"{c.before_article[:12]} -> {c.after_article[:12]}  {c.reason}"
    ))


def cmd_conflicts(args: argparse.Namespace) -> int:
    def read(store):  # type: ignore[no-untyped-def]
        page = query.conflicts(store, args.story, kind=args.kind, limit=args.limit, after=args.after)
        return page, [(x.story_id, x.conflict, {}) for x in page.items]

    return _story_records(args, read, lambda c, _: (
        f"{c.kind:<7} {short(c.subject, 30):<30} {len(set(c.articles))} article{'' if len(set(c.articles)) == 1 else 's'}  {c.reason}"
    ))


def _story_records(args: argparse.Namespace, read, line) -> int:  # type: ignore[no-untyped-def]
    """One line (or JSON object) per (story id, record, extra fields) of the page ``read(store)`` returns."""
    from storyline.serialize import to_json

    store = open_store_for(args)
    try:
        page, found = read(store)
    finally:
        store.close()
    for story_id, record, extra in found:
        print(dumps({**to_json(record), **extra, "story_id": story_id}) if args.json else f"{story_id}  {line(record, extra)}")
    more(page, args)
    return 0
