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
from lxml import html as lxml_html

from storyline.errors import EmptyInput, MalformedInput
from storyline.ingest.metadata import date_from_text

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
    date_how: str = "page metadata"  # where ``date`` was read: the page's metadata or its visible header


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


_TITLE_WITHIN = 3  # blocks: trafilatura sometimes puts the headline after the first paragraph
_REPEAT_MAX = 4


def _without_artefacts(blocks: list[str], title: str | None) -> list[str]:
    """The blocks without the headline and without a leading run that trafilatura repeated.

    The page title is a record field, not part of the text (offsets point into the body only).
    On some layouts (stamped entries under the headline) trafilatura emits the first entry twice;
    a page never opens by repeating its own first paragraphs, so the first copy goes.
    """
    if title:
        for k, block in enumerate(blocks[:_TITLE_WITHIN]):
            if _SPACES.sub(" ", block).strip().casefold() == title.casefold():
                blocks = blocks[:k] + blocks[k + 1 :]
                break
    for k in range(1, _REPEAT_MAX + 1):
        if len(blocks) >= 2 * k and blocks[:k] == blocks[k : 2 * k]:
            return blocks[k:]
    return blocks


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = _SPACES.sub(" ", str(value)).strip()
    return s or None


_PAGE_BLOCKS = (
    "p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "header", "section", "article",
    "time", "span", "br", "tr", "td", "figcaption", "address",
)  # fmt: skip
_DATE_LABEL_ONLY = re.compile(r"^(?:first\s+)?(?:published|posted|updated|last updated|date)(?:\s+on)?\s*:?$", re.IGNORECASE)
_PARAGRAPH_MIN = 100  # characters: shorter blocks may be a standfirst or key points above the date line
_HEADER_SPAN = 25  # lines of the page above the article's first paragraph that can hold its header


def _page_lines(html: str) -> list[str]:
    """The visible text of a page, one line per block element (scripts and styles dropped)."""
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, etree.LxmlError):
        return []
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter(*_PAGE_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    text = root.text_content() if hasattr(root, "text_content") else ""
    return [ln for ln in (_SPACES.sub(" ", x).strip() for x in text.split("\n")) if ln]


def header_date(html: str, body_start: str) -> tuple[str, str] | None:
    """(ISO date, the line it was read from) stated in the page's visible header when its metadata has none.

    Government and corporate pages often carry no date metadata but print "Published 20 April 2026"
    (or a "Published" label over a date) above the text. Only the lines above the article's first
    paragraph are read (``body_start``: a standfirst or a list of key points may stand above the page's
    date line, so this is the first full paragraph): a date in the body is an event date, not the
    publication date.
    """
    lines = _page_lines(html)
    probe = body_start[:40]
    end = next((k for k, ln in enumerate(lines) if probe and probe in ln), None)
    if end is None:
        return None
    head = lines[max(0, end - _HEADER_SPAN) : end]
    candidates = []
    for k, ln in enumerate(head):
        if _DATE_LABEL_ONLY.match(ln) and k + 1 < len(head):
            candidates.append(f"{ln} {head[k + 1]}")
        elif len(ln) <= 80:
            candidates.append(ln)
    updated: tuple[str, str] | None = None
    for cand in candidates:
        if not re.match(r"(?i)(?:first\s+)?(?:published|posted|updated|last updated|date)\b", cand):
            continue  # a bare date above the text may be today's date in the site's top bar
        found = date_from_text(cand)
        if found is None:
            continue
        if "updated" not in found[1]:
            return found[0].isoformat(), cand
        updated = updated or (found[0].isoformat(), cand)
    return updated


# trafilatura drops <time> elements with their text: "talks set for <time>March 3</time> in Vienna"
# would lose its date, and a live blog the time of every entry. An inline one (text right before it)
# is unwrapped into the sentence; standalone ones become paragraphs where a page has several (a live
# blog's entry stamps), and are left to the metadata reader otherwise (a lone dateline's datetime).
_INLINE_TIME = re.compile(r"([^\s>])(\s*)<time\b[^>]*>([^<]{0,200})</time>", re.IGNORECASE)
_STANDALONE_TIME = re.compile(r"(>\s*)<time\b[^>]*>([^<]{1,80})</time>(?=\s*<)", re.IGNORECASE)
_STAMPED_ENTRIES = 3


# a word-break hint cuts trafilatura's paragraph short at that point ("Dnipro<wbr>petrovsk ..." ->
# "Dnipro"); it only marks where a browser may wrap, so it goes, as do the invisible characters that
# do the same job in text (soft hyphen, zero-width space, word joiner) and would split words
_WBR = re.compile(r"<wbr\s*/?>|</wbr>", re.IGNORECASE)
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]|&(?:shy|#173|#xad|#8203|#x200b);", re.IGNORECASE)


def _prepared(html: str) -> str:
    """The page with the text of its <time> elements kept where trafilatura would drop it, and
    without the word-break hints that would cut a paragraph short."""
    if "<wbr" in html or "<WBR" in html:
        html = _WBR.sub("", html)
    html = _INVISIBLE.sub("", html)
    if "<time" not in html and "<TIME" not in html:
        return html
    html = _INLINE_TIME.sub(r"\1\2\3", html)
    if len(_STANDALONE_TIME.findall(html)) >= _STAMPED_ENTRIES:
        html = _STANDALONE_TIME.sub(r"\1<p>\2</p>", html)
    return html


_PAGE_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ")
_SITE_WORDS_MAX = 5


def _site_name(sitename: str | None, html: str, title: str | None) -> str | None:
    """The page's site name: its metadata's, unless that is only the headline again or a domain
    trafilatura read off the page's address ("reuters.com"), where the tail of its <title> names the
    outlet as readers know it ("Reuters"); the domain stays when the title names none."""
    if sitename == title:
        sitename = None
    if sitename is not None and not _DOMAIN.fullmatch(sitename):
        return sitename
    return _site_from_title(html, title) or sitename


_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)


def _site_from_title(html: str, title: str | None) -> str | None:
    """The outlet a page's <title> names after the headline ("Gas flows stopped | Reuters", "... -
    Russian MFA | Sputnik International"). trafilatura cuts that tail off the title but often keeps no
    site name (and sometimes gives the headline as one); the tail is the outlet only when what stands
    before the last separator is the headline itself, so a headline with a dash of its own is never cut."""
    if not title:
        return None
    found = _PAGE_TITLE.search(html[:200_000])
    if found is None:
        return None
    raw = _clean(lxml_html.fromstring(f"<p>{found.group(1)}</p>").text_content())
    if raw is None or raw == title:
        return None
    for sep in _TITLE_SEPARATORS:
        head, _, tail = raw.rpartition(sep)
        tail = tail.strip()
        if (head.strip() == title and tail and len(tail.split()) <= _SITE_WORDS_MAX and tail != title
                and not any(other in tail for other in _TITLE_SEPARATORS)):
            return tail
    return None


def extract_html(html: str, url: str | None = None) -> ExtractedHtml:
    """The article text and metadata of one page; ``EmptyInput`` when it holds no main text."""
    origin = url or "<html>"
    if not html or not html.strip():
        raise EmptyInput(origin, "the HTML document is empty")
    try:
        doc = trafilatura.bare_extraction(
            _prepared(html),
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
    blocks = _without_artefacts(blocks, title)
    text = "\n\n".join(blocks)
    if not text.strip():
        raise EmptyInput(origin, "no main article text found in the HTML (a navigation or index page?)")
    date, date_how = _clean(doc.date), "page metadata"
    if date is None:
        found = header_date(html, next((b for b in blocks if len(b) >= _PARAGRAPH_MIN), blocks[0]))
        if found:
            date, date_how = found[0], f"page header line {found[1]!r}"
    return ExtractedHtml(
        text=text,
        title=title,
        author=_clean(doc.author),
        date=date,
        date_how=date_how,
        sitename=_site_name(_clean(doc.sitename), html, title),
        url=_clean(doc.url) or url,
        description=_clean(doc.description),
    )
