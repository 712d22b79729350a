"""The story page in a real headless Chromium: see the timeline, click an event, see its sentence.

Uses Debian's /usr/bin/chromium (scripts/install-test-deps.sh) driven by Playwright's Python package;
no browser is downloaded. Skips when either is missing, except under CI=true, where it fails.
A screenshot of the story page is kept under artifacts/ as a test artifact.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.config import Settings

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _missing() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "playwright is not installed (it belongs in the pinned dev dependencies)"
    if not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is missing: run scripts/install-test-deps.sh as root"
    return None


@pytest.fixture(scope="module")
def browser_ready() -> None:
    reason = _missing()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(browser_ready: None, story_db) -> Iterator[tuple[str, object]]:
    import uvicorn

    from storyline.api import create_app

    path, fixture = story_db
    port = _free_port()
    config = uvicorn.Config(create_app(Settings(db=path)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start within 10 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", fixture
    srv.should_exit = True
    thread.join(timeout=10)


def test_click_a_timeline_event_shows_its_sentence_highlighted(server):
    from playwright.sync_api import sync_playwright

    base, fixture = server
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda err: errors.append(str(err)))
            page.goto(f"{base}/stories/{fixture.story.id}")
            rows = page.locator("li.tl-row")
            assert rows.count() == 2
            cancelled = page.locator("li.tl-row.m-cancelled")
            assert cancelled.locator("rect.event-bar").is_visible()
            assert "planned → cancelled" in cancelled.inner_text()
            page.screenshot(path=str(ARTIFACTS / "story-page.png"), full_page=True)

            cancelled.locator("a.tl-link").click()
            page.wait_for_load_state()
            mark = page.locator("mark.hl-source")
            assert mark.count() == 1 and mark.is_visible()
            assert mark.inner_text() == "The summit in Corvale was called off on Tuesday, Minister Bren Okafor said."
            background = mark.evaluate("el => getComputedStyle(el).backgroundColor")
            assert background not in ("rgba(0, 0, 0, 0)", "transparent")
            page.screenshot(path=str(ARTIFACTS / "article-highlight.png"))

            # a bare #s-START-END link (no ?hl=) is highlighted too, by the one small script
            art = fixture.articles[2]
            page.goto(f"{base}/articles/{art.id}#s-0-49")
            page.wait_for_selector("mark#s-0-49")
            # hostile article text is shown as text, never run
            assert page.locator("script", has_text="alert").count() == 0
            assert "<script>alert('x')</script>" in page.locator("article.text").inner_text()
            assert errors == []
        finally:
            browser.close()


def test_narrow_window_never_scrolls_sideways_and_conflict_links_reach_the_sentence(server):
    from playwright.sync_api import sync_playwright

    base, fixture = server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 400, "height": 800})
            for path in ("/?min=1", f"/stories/{fixture.story.id}", f"/articles/{fixture.articles[0].id}",
                         f"/entities/{fixture.voss.id}"):
                page.goto(base + path)
                wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert wide <= 0, f"{path} is {wide}px wider than a 400px window"
            # the label column of a timeline row keeps the full width when its reports fold open
            page.goto(f"{base}/stories/{fixture.story.id}")
            label = page.locator("li.tl-row.m-cancelled .label")
            assert label.bounding_box()["width"] > 300
            # a conflict's side links to its sentence, highlighted in its article
            side = page.locator("#conflicts .side").nth(1)
            assert "3,500" in side.inner_text()
            side.locator(".side-src a").click()
            page.wait_for_load_state()
            mark = page.locator("mark.hl-source")
            assert mark.count() == 1 and "3,500" in mark.inner_text()
        finally:
            browser.close()
