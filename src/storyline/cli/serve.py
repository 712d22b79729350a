"""Commands that hand the store to something else: the HTTP API and web UI, and exports."""

from __future__ import annotations

import argparse
import sys

from storyline.cli.common import open_store_for, settings_for


def cmd_serve(args: argparse.Namespace) -> int:
    import threading
    import webbrowser

    import uvicorn

    from storyline.api import create_app

    app = create_app(settings_for(args))
    url = f"http://{args.host}:{args.port}/"
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="warning"))
    print(f"storyline: serving {url} (API docs at {url}docs); press Ctrl-C to stop", flush=True)
    if not args.no_browser:
        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    import signal

    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C works even if a parent shell ignored it
    try:
        server.run()  # uvicorn handles SIGINT/SIGTERM: finishes requests, runs shutdown, returns
    except KeyboardInterrupt:
        pass
    if not server.started:
        print(f"storyline: could not serve on {args.host}:{args.port} (is the port in use? try --port)", file=sys.stderr)
        return 2
    print("storyline: stopped", flush=True)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from storyline.export import export

    default = {"jsonl": "storyline.jsonl", "csv": "storyline-csv", "parquet": "storyline-parquet",
               "plover": "storyline-events.plover.jsonl"}[args.format]
    out = args.out or default
    store = open_store_for(args)
    try:
        counts = export(store, args.format, out, story_id=args.story)
    finally:
        store.close()
    total = sum(counts.values())
    detail = ", ".join(f"{n} {t}" for t, n in counts.items() if n)
    print(f"exported {total} records to {out}" + (f" ({detail})" if detail else ""), file=sys.stderr)
    return 0
