"""Commands that read articles and their records: articles, show, search, entities, entity, quotes,
figures, events. Each prints one line per record, or one JSON object per line with ``--json``."""

from __future__ import annotations

import argparse

from storyline import query
from storyline.cli.common import emit, more, open_store_for, short, source_line, speaker_shown
from storyline.serialize import dumps


def cmd_articles(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        page = query.articles(
            store, site=args.site, since=args.since, until=args.until, limit=args.limit, after=args.after,
            include_duplicates=not args.originals,
        )
    finally:
        store.close()
    for a in page.articles:
        if args.json:
            print(dumps({"record": "ArticleSummary", "id": a.id, "title": a.title, "site": a.site,
                         "published": a.published, "source": a.source, "duplicate_of": a.duplicate_of,
                         "expands": a.expands}))
        else:
            dup = f"  (copy of {a.duplicate_of[:8]})" if a.duplicate_of else ""
            dup += f"  (fuller version of {a.expands[:8]})" if a.expands else ""
            print(f"{a.id[:12]}  {a.published or '----------'}  {short(a.site, 18):<18}  {short(a.title, 60)}{dup}")
    more(page, args)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        article = query.article(store, args.id)
    finally:
        store.close()
    if args.json:
        print(dumps(article))
        return 0
    print(f"{article.title or '(untitled)'}")
    print(f"id {article.id}  source {article.source}")
    print(f"site {article.site or '-'}  published {article.published or '-'} ({article.published_how})"
          f"  byline {article.byline or '-'}")
    if article.syndicated_from:
        print(f"syndicated from {article.syndicated_from}")
    if article.duplicate_of:
        print(f"copy of {article.duplicate_of} (containment {article.duplicate_score:.2f})")
    if article.expands:
        print(f"fuller version of {article.expands} (holds its text whole; both are analysed)")
    print()
    for text, removal in query.text_with_removals(article):
        if removal is None:
            print(text, end="")
        else:
            for line in text.splitlines():
                print(f"[removed: {removal.reason}] {line}")
    print()
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        hits = query.search(store, args.query, limit=args.limit)
    finally:
        store.close()
    for hit in hits:
        a = hit.article
        if args.json:
            print(dumps({"record": "SearchHit", "id": a.id, "title": a.title, "published": a.published,
                         "snippet": hit.snippet, "rank": hit.rank}))
        else:
            print(f"{a.id[:12]}  {a.published or '----------'}  {short(a.title, 60)}")
            print(f"    {short(hit.snippet, 110)}")
    if not hits and not args.json:
        print(f"no article matches {args.query!r}")
    return 0


def cmd_rejects(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        found = query.rejects(store, run=None if args.all else args.run, kind=args.kind, limit=args.limit)
    finally:
        store.close()
    for r in found:
        if args.json:
            print(dumps({"record": "StoredReject", "run_id": r.run_id, "at": r.at, "origin": r.origin,
                         "kind": r.kind, "reason": r.reason}))
        else:
            print(f"{r.at or '(no time)':<25} {r.kind:<11} {r.origin}\n    {r.reason}")
    if not found and not args.json:
        print("no rejects recorded" + ("" if args.all else " in the latest run that had any"))
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        page = query.entities(store, kind=args.kind, name=args.name, limit=args.limit, after=args.after)
    finally:
        store.close()
    for e in page.items:
        aliases = f"  (also {', '.join(e.aliases[:4])})" if e.aliases else ""
        emit(e, args, f"{e.id}  {e.kind:<8} {short(e.name, 50)}{aliases}")
    if not page.items and not args.json:
        print("no entities (they appear once the link stage has run)")
    more(page, args)
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        prof = query.entity(store, args.name)
    finally:
        store.close()
    if args.json:
        import json as _json

        from storyline.export import record_json

        out = record_json(prof)
        out["quotes"] = [record_json(q) for q in prof.quotes]
        out["stances"] = [record_json(q) for q in prof.stances]
        out["events"] = [record_json(e) for e in prof.events]
        print(_json.dumps(out, ensure_ascii=False))
        return 0
    e = prof.entity
    print(f"{e.name}  [{e.kind}]  id {e.id}")
    if e.aliases:
        print(f"also called  {', '.join(e.aliases)}")
    roles = query.role_summary(e.roles)
    for role in roles[:ROLES_SHOWN]:
        print(f"role         {role.title}  ({_role_dates(role)})")
    if len(roles) > ROLES_SHOWN:
        print(f"             ... {len(roles) - ROLES_SHOWN} more titles (--json lists every role as stated)")
    n = len(prof.article_ids)
    print(f"mentions     {prof.mention_count} in {n} article{'' if n == 1 else 's'}, "
          f"seen {prof.first_seen or '?'} to {prof.last_seen or '?'}")
    print(f"\nquotes ({len(prof.quotes)})")
    for q in prof.quotes:
        print(f"  {q.span.article_id[:12]} {q.span.start:>6}  [{q.stance}] {short(q.text, 90)}")
    if prof.stances:
        print(f"\nstances ({len(prof.stances)}: what the text says they praised, attacked, answered...)")
        for q in prof.stances:
            print(f"  {q.span.article_id[:12]} {q.span.start:>6}  {q.cue_lemma or '?'}: {short(q.text, 90)}")
    print(f"\nevents ({len(prof.events)})")
    for ev in prof.events:
        print(f"  {ev.trigger.article_id[:12]} {ev.trigger.start:>6}  {ev.type:<10} {ev.modality:<10} {short(ev.text, 40)}")
    return 0


ROLES_SHOWN = 8


def _role_dates(role: query.RoleSummary) -> str:
    times = f"{role.reports} report{'s' if role.reports != 1 else ''}"
    if role.first is None:
        return times
    return f"{times}, as of {role.first}" + (f" to {role.last}" if role.last != role.first else "")


def cmd_quotes(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        kinds = None if args.all else (args.kind,) if args.kind else query.STATEMENTS
        page = query.quotes(store, speaker=args.speaker, stance=args.stance, kinds=kinds, limit=args.limit,
                            after=args.after)
        src = query.sourcing(store, [q.span.article_id for q in page.items],
                             [(q.span.article_id, q.speaker_entity) for q in page.items if q.speaker_entity])
    finally:
        store.close()
    for q in page.items:
        speaker = speaker_shown(q.speaker, src.names.get((q.span.article_id, q.speaker_entity or "")))
        via = f", via {short(q.relayed_by, 24)}" if q.relayed_by else ""  # "according to", "citing", "X reported"
        emit(q, args, f"{short(speaker, 22):<22} {short(q.cue_lemma or '-', 12):<12} {q.stance:<11} "
                       f"{short(q.text, 70):<70}  ({source_line(src, q.span.article_id)}{via})")
    more(page, args)
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        page = query.figures(store, text=args.text, unit=args.unit, limit=args.limit, after=args.after)
        src = query.sourcing(store, [n.span.article_id for n in page.items])
    finally:
        store.close()
    for n in page.items:
        value = query.readable_number(n.low) if n.low == n.high else (
            f"{query.readable_number(n.low)}-{query.readable_number(n.high)}")
        claimed = src.speakers.get(n.attributed_to or "", "")
        unit = query.unit_shown(n)
        counted = f"{unit}: {n.subject}" if unit and n.subject else n.subject or unit
        emit(n, args, f"{value:>15} {short(n.approx or '', 11):<11} {short(counted, 34):<34} "
                       f"{short(claimed or '-', 20):<20} {short(n.text, 28):<28} ({source_line(src, n.span.article_id)})")
    more(page, args)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    try:
        page = query.events(
            store, type=args.type, actor=args.actor, modality=args.modality, since=args.since, until=args.until,
            limit=args.limit, after=args.after,
        )
        src = query.sourcing(store, [ev.trigger.article_id for ev in page.items],
                             [(ev.trigger.article_id, a) for ev in page.items for a in ev.source_actors + ev.target_actors])
    finally:
        store.close()
    for ev in page.items:
        aid = ev.trigger.article_id
        when = ev.when.value if ev.when else "-"
        names = [src.names.get((aid, a), a) for a in dict.fromkeys(ev.source_actors + ev.target_actors)]
        emit(ev, args, f"{ev.type:<10} {ev.modality:<12} {when:<23} {short(', '.join(names) or '?', 34):<34} "
                        f"{short(ev.text, 16):<16} ({source_line(src, aid)})")
    more(page, args)
    return 0
