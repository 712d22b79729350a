"""Main text and page metadata out of an HTML page, with trafilatura, offline.

trafilatura finds the article body and drops navigation, footers and comment sections, and reads
the page's own metadata (OpenGraph, JSON-LD, meta tags). It is run in precision mode: a missing
paragraph is recoverable from the source, a menu read as a paragraph spreads into every later
stage. The body is rebuilt block by block so that paragraphs stay separated by a blank line,
which the cleaner and the sentence splitter rely on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml import etree

from storyline.errors import EmptyInput, MalformedInput

__all__ = ["ExtractedHtml", "extract_html"]


@dataclass(frozen=True, slots=True)
class ExtractedHtml:
    """The main text of a page (paragraphs separated by blank lines) and what the page says of itself."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # as trafilatura read it (ISO date); parsed by ingest.metadata
    sitename: str | None = None
    url: str | None = None
    description: str | None = None


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLOCKS = {"p", "head", "quote", "list", "table", "code", "div", "item", "row"}


def _inline_text(el: etree._Element) -> str:
    """An element's text with <lb/> as line breaks and runs of spaces collapsed."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    lines = (_SPACES.sub(" ", ln).strip() for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _blocks(body: etree._Element) -> list[str]:
    """One string per paragraph-level element of trafilatura's output tree."""
    out: list[str] = []
    for el in body:
        if not isinstance(el.tag, str):
            continue
        if el.tag == "list":
            items = [_inline_text(item) for item in el if isinstance(item.tag, str)]
            text = "\n".join(i for i in items if i)
        elif el.tag == "table":
            rows = []
            for row in el.iter("row"):
                cells = [_inline_text(c) for c in row if isinstance(c.tag, str)]
                rows.append(" | ".join(c for c in cells if c))
            text = "\n".join(r for r in rows if r)
        else:
            text = _inline_text(el)
        if text:
            out.append(text)
    return out


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = _SPACES.sub(" ", str(value)).strip()
    return s or None


def extract_html(html: str, url: str | None = None) -> ExtractedHtml:
    """The article text and metadata of one page; ``EmptyInput`` when it holds no main text."""
    origin = url or "<html>"
    if not html or not html.strip():
        raise EmptyInput(origin, "the HTML document is empty")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            # dates from the page's metadata only (a date guessed from the body is the text rule's job);
            # a fixed max_date rather than today's keeps the output independent of the run date
            date_extraction_params={"extensive_search": False, "original_date": True, "max_date": "2099-12-31"},
        )
    except (ValueError, TypeError, etree.LxmlError) as err:
        raise MalformedInput(origin, f"the HTML could not be parsed ({err.__class__.__name__}: {err})") from err
    if doc is None or getattr(doc, "body", None) is None:
        raise EmptyInput(origin, "no main article text found in the HTML (a navigation or index page?)")
    title = _clean(doc.title)
    blocks = _blocks(doc.body)
    # the page title is a record field, not part of the text (offsets point into the body only)
    if blocks and title and _SPACES.sub(" ", blocks[0]).strip().casefold() == title.casefold():
        blocks = blocks[1:]
    text = "\n\n".join(blocks)
    if not text.strip():
        raise EmptyInput(origin, "no main article text found in the HTML (a navigation or index page?)")
    return ExtractedHtml(
        text=text,
        title=title,
        author=_clean(doc.author),
        date=_clean(doc.date),
        sitename=_clean(doc.sitename),
        url=_clean(doc.url) or url,
        description=_clean(doc.description),
    )
