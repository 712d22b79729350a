"""One raw document in, one Article out: extraction, title, cleaning and metadata, in that order.

Metadata precedence follows how much each source can be trusted: the fields the input format
carried (a feed's pubDate, a JSONL ``published``) over what the HTML page says of itself, over what
rules read from the text. Each chosen date says where it came from (``published_how``) and why
(``published_reason``). In raw mode the text is kept byte-identical, for users who need offsets
into the file exactly as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from storyline.errors import EmptyInput
from storyline.ingest.clean import Cleaned, candidate_lines, clean_text, leading_boilerplate_end, restore_some
from storyline.ingest.html import ExtractedHtml, extract_html
from storyline.ingest.lexicon import phrase_list
from storyline.ingest.metadata import (
    byline_from_text,
    date_from_text,
    guess_language,
    parse_date,
    site_from_url,
    syndication_from_text,
    title_from_plaintext,
)
from storyline.records import Article, RawDocument, Removal, text_id
from storyline.url_dates import filed_month

__all__ = ["batch_line_key", "build_article", "site_key"]


def site_key(raw: RawDocument) -> str | None:
    """The site a document belongs to, for per-site statistics: the format's field, else the URL's domain."""
    if raw.site and raw.site.strip():
        return raw.site.strip().lower()
    return site_from_url(raw.url)


def batch_line_key(raw: RawDocument) -> tuple[str | None, list[str]]:
    """(site key, candidate lines) of one document, for the runner's first pass into ``LineStats``.

    Only plain-text documents give lines: HTML pages are stripped of their site furniture by the
    extractor, and extracting every page twice would double the cost of the first pass.
    """
    site = site_key(raw)
    if raw.text is None:
        return site, []
    _, body = title_from_plaintext(raw.text)
    return site, candidate_lines(body)


def _same_title(a: str | None, b: str | None) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return bool(a and b and norm(a) == norm(b))


def _published(
    raw: RawDocument, page: ExtractedHtml | None, text: str
) -> tuple[date | None, str, str]:
    """(date, how, reason): format field, then page metadata, then the text's dateline."""
    notes: list[str] = []
    if raw.published and raw.published.strip():
        d = parse_date(raw.published)
        if d:
            return d, "metadata", f"format field 'published' = {raw.published.strip()!r}"
        notes.append(f"format date {raw.published.strip()!r} unreadable")
    if page is not None and page.date:
        d = parse_date(page.date)
        if d:
            return d, "metadata", f"{page.date_how} date {page.date!r}"
        notes.append(f"page date {page.date!r} unreadable")
    found = date_from_text(text)
    filed = filed_month(raw.url)
    if found and filed is not None and (found[0].year, found[0].month) != filed[:2]:
        # "September 30, 2020" atop a page filed under /2019/11/: the day the page was fetched or a
        # teaser's date, not this article's; the analysis dates it from the URL and the text instead
        notes.append(f"text date {found[0].isoformat()} ({found[1]}) is outside the URL's month {filed[0]}-{filed[1]:02d}")
        found = None
    if found:
        reason = found[1] if not notes else f"{found[1]} ({'; '.join(notes)})"
        return found[0], "text", reason
    notes.append("no date in metadata or at the top of the text")
    return None, "none", "; ".join(notes)


# the cut blocks that carry the page's own header: the metadata rules still read them
_HEADER_REASONS = ("byline", "page-date")


def _person_byline(byline: str | None) -> str | None:
    """The byline unless it names no person ("admin", "Staff Writer"; see lexicons/non_author_names.txt)."""
    if not byline or not byline.strip():
        return None
    return None if byline.strip().casefold() in phrase_list("non_author_names.txt") else byline


def _split_title(text: str, given: str | None) -> tuple[str | None, str]:
    """(headline, body) of plain text: the first line when it reads as a headline, else (None, text).

    A headline standing after page furniture ("Skip to main content", "Menu") is found too; the
    furniture then stays in the body, where the cleaner cuts it and keeps it restorable. A headline
    that differs from the title the format gave is kept in the body.
    """
    for start in dict.fromkeys((0, leading_boilerplate_end(text))):
        found, rest = title_from_plaintext(text[start:])
        if not found:
            found, rest = _title_above_furniture(text[start:])
        if found:
            if given is not None and not _same_title(found, given):
                return None, text
            return found, text[:start] + rest
    return None, text


def _title_above_furniture(text: str) -> tuple[str | None, str]:
    """(headline, body) when the first line stands right above page furniture ("Share on X",
    "Telegram", "Copy link"), else (None, text).

    A page copied as text puts the share buttons directly under the headline, with no blank line:
    the furniture sets the headline apart as a blank line would. The furniture stays in the body,
    where the cleaner cuts it and keeps it restorable.
    """
    lines = text.splitlines(keepends=True)
    k = next((i for i, ln in enumerate(lines) if ln.strip()), len(lines))
    if k + 1 >= len(lines) or not lines[k + 1].strip() or leading_boilerplate_end(lines[k]) != 0:
        return None, text  # no line under it, a blank one (the plain rule's case), or furniture itself
    head = sum(len(ln) for ln in lines[: k + 1])
    below = text[head:]
    skip = leading_boilerplate_end(below)
    if skip == 0 or not below[skip:].strip():
        return None, text
    found, _ = title_from_plaintext(lines[k].rstrip("\r\n") + "\n\n" + below[skip:])
    return (found, below) if found else (None, text)


def build_article(
    raw: RawDocument,
    *,
    raw_mode: bool = False,
    repeated: Callable[[str], bool] | None = None,
) -> Article:
    """The Article for one document; ``EmptyInput`` when no text is left after cleaning.

    ``repeated`` tells whether a line recurs across this site's articles in the batch (see
    ``clean.LineStats.predicate``); ``raw_mode`` skips title splitting and cleaning.
    """
    page: ExtractedHtml | None = None
    title = raw.title.strip() if raw.title and raw.title.strip() else None
    if raw.html is not None:
        page = extract_html(raw.html, raw.url)
        body = page.text
        title = title or page.title
    elif raw.text is not None:
        body = raw.text
        if not raw_mode:
            found_title, body = _split_title(raw.text, title)
            title = title or found_title
    else:
        raise EmptyInput(raw.origin, "the document has neither text nor HTML (a reader bug or an empty record)")

    removed: tuple[Removal, ...] = ()
    if raw_mode:
        text = head = body
    else:
        cleaned = clean_text(body, repeated=repeated)
        text, removed = cleaned.text, cleaned.removed
        head = restore_some(Cleaned(text, removed), _HEADER_REASONS)
    if not text.strip():
        what = "after boilerplate removal" if removed else ""
        raise EmptyInput(raw.origin, f"no article text left {what}".strip() + " (is this a stub, index or paywall page?)")

    published, how, reason = _published(raw, page, head)
    syndicated = syndication_from_text(text, [r.text for r in removed])
    url = raw.url or (page.url if page else None)
    site = (raw.site.strip() if raw.site and raw.site.strip() else None) or (page.sitename if page else None)
    site = site or site_from_url(url)
    byline = _person_byline(raw.byline) or _person_byline(page.author if page else None) or _person_byline(byline_from_text(head))
    return Article(
        id=text_id(text),
        source=raw.origin,
        text=text,
        title=title,
        site=site,
        url=url,
        byline=byline,
        published=published,
        published_how=how,
        published_reason=reason,
        language=raw.language or guess_language(text),
        syndicated_from=syndicated[0] if syndicated and not _own_credit(syndicated[0], site) else None,
        removed=removed,
    )


def _own_credit(agency: str, site: str | None) -> bool:
    """Whether a wire credit names the site the copy was read on ("(Reuters)" on reuters.com, "(AP)"
    on apnews.com, "(AFP)" on afp.com): the agency's own copy, not one it syndicated to another
    outlet; counted as syndicated, every wire story on the wire's site was."""
    if not site:
        return False
    name = re.sub(r"[^a-z]", "", agency.lower())
    label = re.sub(r"[^a-z]", "", site.lower().removeprefix("www.").split(".")[0])
    return bool(name) and (label == name or (label.startswith(name) and label[len(name):] in {"news", "net", "online"}))
