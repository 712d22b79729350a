"""Boilerplate out of scraped plain text, with every cut kept so nothing is lost.

Scrapers that flatten a page to text leave the page furniture in: share buttons, newsletter boxes,
comment prompts, "latest stories" lists, syndicators' legal disclaimers, embed script URLs. They are
not part of the story and they poison every later stage (a headline list is read as sentences, a
disclaimer as a quote). The rules here look at one line and its neighbours, using only generic UI
vocabulary, so they carry over to sites never seen. When a rule is unsure it keeps the line: a lost
sentence of the story costs more than a stray button label.

Everything cut becomes a ``Removal`` whose ``at`` is its offset in the clean text, so ``restore``
rebuilds the input exactly and a user can always see what was taken out and why.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from storyline.records import Removal

__all__ = [
    "Cleaned",
    "LineStats",
    "candidate_lines",
    "clean_text",
    "looks_like_prose",
    "restore",
]


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The clean text and the blocks cut from it, in text order."""

    text: str
    removed: tuple[Removal, ...]


# ---------------------------------------------------------------- line vocabulary

_I = re.IGNORECASE
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SOCIAL = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram", "pinterest",
    "tumblr", "threads", "bluesky", "mastodon", "flipboard", "pocket", "messenger", "email",
    "e-mail", "mail", "print", "sms", "copy link", "copy url", "share", "tweet", "more", "vk",
    "line", "viber", "skype", "digg", "mix", "weibo", "wechat",
)  # fmt: skip
_SOCIAL_ALT = "|".join(re.escape(s) for s in sorted(_SOCIAL, key=len, reverse=True))
# names that, standing alone on a line, can only be a button (not "More", "Line", "Threads", "Pocket")
_BUTTONS = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram", "pinterest", "tumblr",
    "bluesky", "mastodon", "flipboard", "email", "e-mail", "print", "copy link", "copy url", "share",
    "tweet", "messenger", "weibo", "wechat", "vk",
)  # fmt: skip
_BUTTONS_ALT = "|".join(re.escape(s) for s in sorted(_BUTTONS, key=len, reverse=True))

_SHARE = [
    re.compile(r"^click to (share|email|e-mail|print|post|tweet|pin|copy)\b.{0,80}$", _I),
    re.compile(r"^.{0,80}\(opens in (a )?new (window|tab)\)$", _I),
    re.compile(
        rf"^(share|share (this|the) (article|story|page|post|video)|share (on|via|to|with) ({_SOCIAL_ALT})"
        rf"|share this|tweet( this)?|print( this (article|page|story))?|email( this (article|page|story))?"
        rf"|e-mail|pin it|copy (the )?(link|url)|link copied|({_BUTTONS_ALT})|like this|like loading\W*"
        rf"|loading\W*|share (this )?(article|story) on)\s*[:.…]*$",
        _I,
    ),
    re.compile(rf"^share (on|via) ({_SOCIAL_ALT})(\s*(,|and|/|\|)\s*({_SOCIAL_ALT}))*\s*$", _I),
]
_FOLLOW = re.compile(
    rf"^(follow|like|join) (us|[\w. ]{{1,40}}) on ({_SOCIAL_ALT}|google news|instagram|youtube|tiktok)"
    rf"([ ,/&|]+(and )?({_SOCIAL_ALT}|google news|instagram|youtube|tiktok))*\W*$",
    _I,
)
_NEWSLETTER = [
    re.compile(
        r"^(sign[- ]?up|subscribe|register|join|get|receive|enter your e-?mail|don'?t miss|stay (informed|updated|up to date))"
        r"\b.{0,120}\b(newsletters?|inbox|e-?mail (alerts|updates|briefing)|briefings?|digest)\b.{0,80}$",
        _I,
    ),
    re.compile(r"^.{0,60}\bour (free |daily |weekly )*newsletters?\b.{0,80}$", _I),
    re.compile(
        r"^(sign[- ]?up|subscribe|register)\b.{0,40}\b(to get|to receive|for)\b.{0,60}"
        r"\b(e-?mails?|alerts|updates|notifications)\b.{0,80}$",
        _I,
    ),
    re.compile(r"^(subscribe|sign up|sign-up|subscribe now|subscribe today|subscribe here)\W*$", _I),
    re.compile(r"^(thank you|thanks) for (subscribing|signing up)\b.{0,80}$", _I),
    re.compile(r"^by (signing up|subscribing|clicking (sign up|subscribe)),? you agree\b.{0,200}$", _I),
    re.compile(r"^(your )?e-?mail( address)?\s*\*?:?$", _I),
    re.compile(r"^enter your e-?mail( address)?\b.{0,60}$", _I),
]
_COMMENT = [
    re.compile(
        r"^(leave a (comment|reply)|comments?|no comments?( yet)?|\d+ comments?|add (a|your) comment|post a comment"
        r"|join the (conversation|discussion)|(show|view|load|hide|read|see) (all )?comments?|comments are closed"
        r"|be the first to comment|reply|report abuse|comment on this (article|story)|have your say)\W{0,3}$",
        _I,
    ),
    re.compile(r"^(sign|log) ?(in|up|on)( here)? to (comment|reply|join the (conversation|discussion)|post)\b.{0,160}$", _I),
    re.compile(r"^you must be (logged|signed) in to (post|leave|add) a comment\b.{0,40}$", _I),
    re.compile(r"^to (comment|leave a comment|join the discussion),? (please )?(sign|log) ?(in|up)\b.{0,80}$", _I),
]
_ACCOUNT = [
    re.compile(r"^(thank you|thanks) for registering\b.{0,120}$", _I),
    re.compile(r"^an account (was|is|has been) already registered\b.{0,160}$", _I),
    re.compile(r"^please check your (inbox|e-?mail)\b.{0,120}$", _I),
    re.compile(r"^(sign|log) ?(in|on) to (an|your) (existing )?accou?n?t?\b.{0,80}$", _I),
    re.compile(r"^(forgot|reset) (your )?password\??$", _I),
    re.compile(r"^(create|register) (an|a free|your) account\b.{0,80}$", _I),
    re.compile(r"^(already (have an account|a subscriber|registered)\??)( (sign|log) ?in\W*)?$", _I),
]
_RELATED_HEADING = re.compile(
    r"^(latest( stories| news| articles| posts| videos)?|related( stories| articles| news| content| coverage| posts| topics| reading)?"
    r"|read (more|also|next)|more (from|on|in|about) .{1,40}|more (stories|news|articles|headlines)"
    r"|you (may|might) (also )?(like|be interested in|have missed)|recommended( for you| stories| reading)?"
    r"|most (read|popular|viewed|shared)|trending( now| stories| news)?|see also|also read|don'?t miss"
    r"|top stories|editor'?s picks?|what to read next|popular( now| stories)?|in other news|further reading"
    r"|recent posts|other stories|more stories like this|up next|watch next)\s*:?$",
    _I,
)
_RELATED_INLINE = re.compile(
    r"^(read more|read also|also read|see also|related|more|recommended|watch|listen)\s*[:|»>–—-]\s*\S.{0,150}$", _I
)
_LEGAL_HEADING = re.compile(r"^(legal )?disclaimer\s*:?\s*$", _I)
_LEGAL_LEAD = re.compile(r"^(legal )?disclaimer\s*:\s*\S", _I)
_LEGAL_BODY = re.compile(
    r"(provides? (the|this) information\W{0,3}(\"|“)?as is(\"|”)?\W{0,3}without warranty"
    r"|without warranty of any kind"
    r"|(do|does) not accept any responsibility or liability"
    r"|kindly contact the provider"
    r"|views (and opinions )?expressed (in this (article|content|piece)|herein) .{0,80}do not (necessarily )?reflect"
    r"|not (be )?(held )?(responsible|liable) for the (content|accuracy) of (this|the) (article|press release|information))",
    _I,
)
_LEGAL_HINTS = ("warrant", "liab", "responsib", "kindly contact", "expressed")  # cheap gate before _LEGAL_BODY
_URL_LINE = re.compile(r"^<?((https?:)?//|www\.)[^\s<>]+>?$", _I)
_EMBED_HOSTS = re.compile(
    r"^(https?:)?//(www\.)?(platform\.twitter\.com|twitter\.com|x\.com|pic\.twitter\.com|cdn\.syndication\.twimg\.com"
    r"|instagram\.com|connect\.facebook\.net|facebook\.com/plugins|youtube\.com/embed|youtube-nocookie\.com"
    r"|player\.vimeo\.com|tiktok\.com/embed|telegram\.org/js|assets\.pinterest\.com|platform\.linkedin\.com"
    r"|w\.soundcloud\.com|datawrapper\.dwcdn\.net|flo\.uri\.sh|public\.flourish\.studio|e\.infogram\.com"
    r"|googletagmanager\.com|google-analytics\.com|s\.imgur\.com|(embed|widgets?|players?)\.[\w.-]+)(?=[/:?#>]|$)",
    _I,
)
_SCRIPT_URL = re.compile(r"\.js([?#]\S*)?>?$", _I)
_COOKIE = [
    re.compile(r"\b(we|this (web)?site|our (web)?site|this page) uses? cookies\b", _I),
    re.compile(r"^.{0,80}\bcookie (policy|settings|preferences|consent|notice)\b.{0,120}$", _I),
    re.compile(r"^(accept|reject|allow|manage|decline)( all| necessary| essential)?( cookies)?\W*$", _I),
    re.compile(r"^by (continuing to )?(use|using|browse|browsing) (this|our) (web)?site\b.{0,200}$", _I),
]
_SEPARATOR = re.compile(r"^[-–—_•|·=~]+$")
_PHOTO_CREDIT = re.compile(
    r"^[(\[]?(photo|photograph|image|picture|pic|illustration|graphic|video|file photo|cover photo|main image|top image)s?"
    r"( credits?| courtesy| source)?\s*(:|/|\||©|by\b)\s*\S.{0,100}$",
    _I,
)
_CREDIT_ONLY = re.compile(r"^(\(|\[)?(©|\(c\)|credit:|copyright ©?)\s*\S.{0,60}(\)|\])?$", _I)
_ADVERT = re.compile(
    r"^(advertisement|advertisment|sponsored( content)?|ad|ads|paid content|promoted( content)?"
    r"|(story|article) continues (below|after) (this )?(advertisement|ad)|scroll (down )?to continue( reading)?"
    r"|continue reading( below)?|skip (the )?ad|ad feedback|report this ad)\W*$",
    _I,
)
_NAVIGATION = re.compile(
    r"^(skip to (main )?(content|navigation|search)|back to top|go to top|menu|search|close|home|toggle navigation"
    r"|open menu|close menu|next article|previous article|prev|next|listen to (this )?article(\s*\d+ min\w*)?"
    r"|audio|font size|text size|print article|save( article| for later)?|bookmark|gift (this )?article)\W*$",
    _I,
)
_COPYRIGHT = re.compile(
    r"^(©|\(c\)|copyright)\s*(\d{4}[-–]?\d{0,4})?.{0,100}\ball rights reserved\W*$|^all rights reserved\W*$", _I
)

# Lines after these openers belong to the same widget while they stay short and unpunctuated.
_BOX_MAX_LINES = 12
_HEADLINE_MAX_LINES = 15


def looks_like_prose(line: str) -> bool:
    """True for a line a writer composed: ends like a sentence and has a few words, or is long.

    Used to refuse the statistical "repeated line" cut, which only knows that a line recurs.
    """
    s = line.strip()
    if len(s) > 120:
        return True
    return bool(_SENTENCE_END.search(s)) and len(s.split()) >= 4


def _is_headline(s: str) -> bool:
    """A list entry: a title-like line (no final full stop, colon or comma), not a paragraph."""
    if re.fullmatch(r"\d{1,2}[.)]?", s):
        return True  # the rank of a "most read" entry
    if not 3 <= len(s) <= 160 or s[-1] in ".:;,…" or s.endswith(".”") or s.endswith('."'):
        return False
    first = s.lstrip("\"'“‘([")[:1]
    return first.isupper() or first.isdigit()


def _is_teaser(s: str) -> bool:
    """A short line of a newsletter or sign-up box (a product name or its one-line pitch)."""
    return len(s) <= 90 and not _SENTENCE_END.search(s) and not s.endswith((":", ";", ","))


def _match(patterns: Iterable[re.Pattern[str]], s: str) -> bool:
    return any(p.search(s) for p in patterns)


def _line_rule(s: str) -> str | None:
    """The rule a single stripped line triggers on its own, or None."""
    n = len(s)
    if n == 0:
        return None
    if _SEPARATOR.match(s):
        return "separator"
    if _URL_LINE.match(s):
        url = s.strip("<>")
        if _SCRIPT_URL.search(url) or _EMBED_HOSTS.match(url if "//" in url else "//" + url):
            return "embed-url"
        return None
    if n > 300:
        return None
    if _match(_SHARE, s):
        return "share-button"
    if _FOLLOW.match(s):
        return "social-follow"
    if _match(_COMMENT, s):
        return "comment-prompt"
    if _match(_ACCOUNT, s):
        return "account-prompt"
    if _match(_NEWSLETTER, s):
        return "newsletter-prompt"
    if _RELATED_HEADING.match(s) or (_RELATED_INLINE.match(s) and not _SENTENCE_END.search(s)):
        return "related-links"
    if _LEGAL_HEADING.match(s) or _LEGAL_LEAD.match(s):
        return "legal-disclaimer"
    if _match(_COOKIE, s):
        return "cookie-notice"
    if _ADVERT.match(s):
        return "advertisement"
    if _NAVIGATION.match(s):
        return "navigation"
    if _COPYRIGHT.match(s):
        return "copyright-notice"
    if (_PHOTO_CREDIT.match(s) or _CREDIT_ONLY.match(s)) and _is_credit(s):
        return "photo-credit"
    return None


_CREDIT_WORDS = {
    "via", "by", "for", "of", "and", "courtesy", "the", "de", "van", "von", "da", "photo", "photos", "file",
    "handout", "image", "images", "supplied", "screenshot", "screengrab", "credit", "credits", "source", "pool",
}  # fmt: skip


def _is_credit(s: str) -> bool:
    """A credit names a source ("Photo: Reuters/Jane Doe"); a caption describes a scene, so it has verbs.

    Counted crudely: a credit has at most one lower-case word outside the usual credit vocabulary.
    """
    if _SENTENCE_END.search(s):
        return False
    rest = re.split(r"[:©|]|\bby\b", s, maxsplit=1)[-1]
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    lower = [w for w in words if w[0].islower() and w.lower() not in _CREDIT_WORDS]
    return len(words) <= 8 and len(lower) <= 1


def _is_truncated_label(s: str) -> bool:
    """A share-button label cut short by the scraper ("LinkedI", "Faceboo", "Emai")."""
    low = s.lower()
    return 1 <= len(low) <= 12 and " " not in low and any(lab.startswith(low) for lab in _SOCIAL)


# ---------------------------------------------------------------- classification


def _classify(lines: Sequence[str], repeated: Callable[[str], bool] | None) -> list[str | None]:
    """A rule name for each line to cut, None for each line to keep (blank lines are decided later)."""
    stripped = [ln.strip() for ln in lines]
    reasons: list[str | None] = [_line_rule(s) for s in stripped]
    nonblank = [i for i, s in enumerate(stripped) if s]
    order = {i: k for k, i in enumerate(nonblank)}

    def following(i: int) -> Iterator[int]:
        for k in range(order[i] + 1, len(nonblank)):
            yield nonblank[k]

    for i in nonblank:
        rule = reasons[i]
        if rule == "share-button":
            # truncated labels and bare network names sitting right after a share button
            for j in following(i):
                if reasons[j] is None and _is_truncated_label(stripped[j]):
                    reasons[j] = "share-button"
                    continue
                break
        elif rule == "newsletter-prompt":
            taken = 0
            for j in following(i):
                if taken >= _BOX_MAX_LINES:
                    break
                if reasons[j] in (None, "separator") and _is_teaser(stripped[j]):
                    reasons[j] = reasons[j] or "newsletter-prompt"
                    taken += 1
                    continue
                break
        elif rule == "related-links" and _RELATED_HEADING.match(stripped[i]):
            taken = 0
            for j in following(i):
                if taken >= _HEADLINE_MAX_LINES or reasons[j] is not None or not _is_headline(stripped[j]):
                    break
                reasons[j] = "related-links"
                taken += 1
        elif rule == "legal-disclaimer" and _LEGAL_HEADING.match(stripped[i]):
            _take_wrapped(stripped, reasons, i, "legal-disclaimer", heading=True)

    # disclaimers without a heading, possibly hard-wrapped over many short lines
    hinted = [any(h in stripped[i].lower() for h in _LEGAL_HINTS) for i in nonblank]
    for k, i in enumerate(nonblank):
        if reasons[i] is not None or not any(hinted[k : k + 3]):
            continue
        window = " ".join(stripped[j] for j in nonblank[k : k + 3])
        m = _LEGAL_BODY.search(window)
        if m and m.start() < len(stripped[i]):
            _take_wrapped(stripped, reasons, i, "legal-disclaimer", heading=False)

    if repeated is not None:
        for i in nonblank:
            s = stripped[i]
            if reasons[i] is None and len(s) <= _MAX_CANDIDATE and not looks_like_prose(s) and repeated(s):
                reasons[i] = "repeated-line"
    return reasons


def _continues_into(prev: str, prev_reason: str | None) -> bool:
    """Whether ``prev`` is an earlier, hard-wrapped line of the sentence on the next line."""
    return bool(prev) and prev_reason is None and len(prev) <= 100 and not _SENTENCE_END.search(prev)


def _take_wrapped(stripped: Sequence[str], reasons: list[str | None], i: int, rule: str, *, heading: bool) -> None:
    """Cut a paragraph that starts at (or, hard-wrapped, runs through) line ``i``.

    A hard-wrapped paragraph is a run of non-blank lines of similar, modest length; it ends at a
    blank line, a long line, or a line another rule claims.
    """
    start = i
    if not heading:
        # walk back over the earlier lines of the same wrapped sentence
        while start > 0 and _continues_into(stripped[start - 1], reasons[start - 1]):
            start -= 1
    reasons[i] = rule
    for j in range(start, i):
        reasons[j] = rule
    j = i + 1
    if heading:
        while j < len(stripped) and not stripped[j]:
            j += 1  # the paragraph may stand after a blank line under its heading
    limit = j + 25
    while j < len(stripped) and j < limit and stripped[j] and reasons[j] is None and len(stripped[j]) <= 400:
        reasons[j] = rule
        j += 1


# ---------------------------------------------------------------- assembly


def _regions(reasons: Sequence[str | None], blank: Sequence[bool]) -> list[str | None]:
    """Extend cuts to the blank lines around them so the clean text keeps one paragraph break.

    Blank lines between two cut lines go with the cut. Blank lines between kept text and a cut go
    with the cut only when the cut runs to an edge of the text (no dangling blank lines at the
    ends), or when blank lines on the cut's other side already separate the kept paragraphs.
    """
    out = list(reasons)
    n = len(out)
    kept_after = [False] * (n + 1)
    for k in range(n - 1, -1, -1):
        kept_after[k] = kept_after[k + 1] or (not blank[k] and reasons[k] is None)
    a = 0
    while a < n:
        if not blank[a]:
            a += 1
            continue
        b = a
        while b < n and blank[b]:
            b += 1
        left = out[a - 1] if a > 0 else None
        right = out[b] if b < n else None
        reason: str | None = None
        if left is not None and (right is not None or b == n):
            reason = left  # inside a cut region, or trailing blanks after a final cut
        elif right is not None and (a == 0 or not kept_after[b]):
            reason = right  # leading blanks before a first cut, or blanks before a final cut
        elif left is not None:  # a cut, these blanks, then kept text
            k = a - 1
            while k >= 0 and out[k] is not None:
                k -= 1
            if k < 0 or blank[k]:
                reason = left
        for k in range(a, b):
            out[k] = reason
        a = b
    return out


def clean_text(text: str, *, repeated: Callable[[str], bool] | None = None) -> Cleaned:
    """Cut boilerplate lines from scraped text; ``repeated`` says whether a line recurs site-wide.

    The input is not normalised: ``restore`` rebuilds it exactly, whatever its line endings.
    """
    lines = text.splitlines(keepends=True)
    if not lines:
        return Cleaned(text, ())
    blank = [not ln.strip() for ln in lines]
    reasons = _regions(_classify(lines, repeated), blank)

    kept: list[str] = []
    size = 0
    removed: list[Removal] = []
    pending: list[str] = []  # leading blank lines of a cut, waiting for the rule that follows
    cur_reason: str | None = None
    cur_at = 0
    cur_text: list[str] = []

    def flush() -> None:
        nonlocal cur_reason, cur_text
        if cur_reason is not None and cur_text:
            removed.append(Removal(at=cur_at, text="".join(cur_text), reason=cur_reason))
        cur_reason, cur_text = None, []

    for ln, rule, is_blank in zip(lines, reasons, blank):
        if rule is None:
            flush()
            kept.append(ln)
            size += len(ln)
            continue
        if is_blank:
            if cur_reason is None:
                pending.append(ln)
            else:
                cur_text.append(ln)
            continue
        if rule != cur_reason:
            flush()
            cur_reason, cur_at = rule, size
            cur_text = pending + [ln]
            pending = []
        else:
            cur_text.append(ln)
    flush()
    if pending:  # blank lines claimed by a cut that never came (cannot happen, but never lose text)
        kept.extend(pending)
    return Cleaned("".join(kept), tuple(removed))


def restore(cleaned: Cleaned) -> str:
    """The text before cleaning: every removed block put back where it stood."""
    parts: list[str] = []
    pos = 0
    for r in cleaned.removed:
        parts.append(cleaned.text[pos : r.at])
        parts.append(r.text)
        pos = r.at
    parts.append(cleaned.text[pos:])
    return "".join(parts)


# ---------------------------------------------------------------- batch statistics

_MAX_CANDIDATE = 200  # longer lines are prose; only short lines can be site furniture


def candidate_lines(text: str) -> list[str]:
    """The distinct short non-prose lines of a text (stripped, first-seen order) worth counting site-wide.

    Prose lines are never cut as repeated, so counting them would only crowd the sketch.
    """
    seen: dict[str, None] = {}
    for ln in text.splitlines():
        s = ln.strip()
        if 2 <= len(s) <= _MAX_CANDIDATE and s not in seen and not looks_like_prose(s):
            seen[s] = None
    return list(seen)


class LineStats:
    """How many articles of each site contain a given short line, in a fixed amount of memory.

    A count-min sketch: ``depth`` rows of ``width`` counters, each line hashed (blake2b, so counts do
    not depend on the process) to one counter per row; the estimate is the smallest of its
    counters. It never undercounts and, with conservative update, rarely overcounts; its size does
    not grow with the corpus. Two sketches of the same shape can be merged (``merge``), so workers
    can count their shares of a batch apart.
    """

    __slots__ = ("depth", "width", "table", "articles")

    def __init__(self, width: int = 1 << 18, depth: int = 4) -> None:
        if width <= 0 or width & (width - 1) or not 1 <= depth <= 8:
            raise ValueError("LineStats width must be a power of two and depth between 1 and 8")
        self.width = width
        self.depth = depth
        self.table = np.zeros((depth, width), dtype=np.uint32)
        self.articles = 0

    @property
    def nbytes(self) -> int:
        return int(self.table.nbytes)

    def _cells(self, site: str | None, line: str) -> np.ndarray:
        key = f"{(site or '').lower()}\x1f{line.strip()}".encode("utf-8")
        digest = hashlib.blake2b(key, digest_size=4 * self.depth).digest()
        idx = np.frombuffer(digest, dtype="<u4").astype(np.int64) & (self.width - 1)
        return idx

    def add_lines(self, site: str | None, lines: Iterable[str]) -> None:
        """Count each distinct line once for one article."""
        rows = np.arange(self.depth)
        for line in dict.fromkeys(s.strip() for s in lines):
            if not line or len(line) > _MAX_CANDIDATE:
                continue
            cols = self._cells(site, line)
            current = self.table[rows, cols]
            low = current.min()
            # conservative update: raise only the counters that hold the minimum
            self.table[rows, cols] = np.maximum(current, low + 1)
        self.articles += 1

    def add(self, site: str | None, text: str) -> None:
        """Count the candidate lines of one article's text."""
        self.add_lines(site, candidate_lines(text))

    def count(self, site: str | None, line: str) -> int:
        """The estimated number of articles of ``site`` holding ``line`` (never an undercount)."""
        cols = self._cells(site, line)
        return int(self.table[np.arange(self.depth), cols].min())

    def repeated(self, site: str | None, line: str, min_articles: int = 3) -> bool:
        s = line.strip()
        if not s or len(s) > _MAX_CANDIDATE:
            return False
        return self.count(site, s) >= min_articles

    def predicate(self, site: str | None, min_articles: int = 3) -> Callable[[str], bool]:
        """The ``repeated`` callable ``clean_text`` takes, bound to one site."""
        return lambda line: self.repeated(site, line, min_articles)

    def merge(self, other: LineStats) -> None:
        """Add another sketch's counts (same shape) into this one."""
        if other.table.shape != self.table.shape:
            raise ValueError("LineStats.merge needs sketches of the same width and depth")
        np.add(self.table, other.table, out=self.table)
        self.articles += other.articles
