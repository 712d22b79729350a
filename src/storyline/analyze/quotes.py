"""Quote-mark scanning: where the quoted passages of a text are, before any parsing.

Kept apart from attribution so the mark rules (curly vs straight, paragraph continuation, broken
marks in scraped text) can be tested without spaCy. Scraped news text is messy: marks are glued to
neighbouring words (``said,“The``), straight and curly marks mix, and a closing mark is sometimes
lost. The scanner therefore never raises; an unclosed mark ends its quote at the paragraph end
(or continues it, when the next paragraph opens with a quote mark, the print convention for a
quotation running over several paragraphs). Single marks ('...' and ‘...’) quote in paragraphs
that have no double marks (British style), where apostrophes are told from marks by position.

Retyped and converted copy also turns marks the wrong way round (“It's unusual,“ said X), uses
German low-9 („...“) and reversed guillemets (»...«), and writes ``...'' for double marks, so a
curly mark is read by its position as well as its shape: glued to the end of a word it closes, at
a word's start after a space it opens. A quotation that lost its closing mark ends before a
reporting clause inside it ("..., said Carl Mendes"), and a lone mark with spaces on both sides
that never closes quotes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from storyline.analyze.lexicon import word_list

OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}  # “ « „
CLOSERS = {"\u201d", "\u00bb"}
STRAIGHT = '"'
_ANY_DOUBLE = frozenset(OPENERS) | CLOSERS | {STRAIGHT}

# Two apostrophes stand for a straight double mark in wire and archive text (''We won,'' he said),
# and two backticks for an opening one (TeX and old wire style: ``We won,'' he said).
_DOUBLE_APOSTROPHE = re.compile(r"''|``")

# A paragraph break: a newline (scraped text puts one paragraph per line, sometimes with blank lines).
_PARAGRAPH = re.compile(r"\n\s*")


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A quoted passage. ``start``/``end`` include the marks; ``inner_*`` are the words only.

    ``closed`` is False when the closing mark was missing and the region was cut at a paragraph end.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    paragraphs: int = 1

    def contains(self, start: int, end: int) -> bool:
        return self.inner_start <= start and end <= self.inner_end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _straight_is_opener(text: str, i: int, start: int) -> bool:
    """A straight mark opens when it follows a space/opening punctuation or starts the paragraph."""
    if i == start:
        return True
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{\u2014\u2013-/":
        return True
    # Glued to a cue (`said,"The`, `said:"We`): punctuation before, a word after.
    return prev in ",:;" and nxt.isalnum()


def _closing_position(text: str, i: int, start: int, end: int) -> bool:
    """A mark glued to the end of a word and followed by a space, punctuation or the paragraph end
    (``fast,“ said``, ``ruling“,``) closes, whatever its shape: scraped and retyped copy often
    carries an opening curly mark where the closing one belongs, and German-style quotes close
    with “. A mark with a word right after it never closes."""
    if i == start or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013":
        return False
    return i + 1 >= end or not text[i + 1].isalnum()


def _opening_position(text: str, i: int, start: int) -> bool:
    """A mark at the paragraph start or after a space or opening bracket, with a word right after
    it (``”We are``, ``»Nothing``), opens, whatever its shape."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    before_ok = i == start or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013"
    return before_ok and nxt.isalnum()


def _inside_word(text: str, i: int, end: int) -> bool:
    """Whether the mark at ``i`` has a letter on both sides (autocorrect and encoding slips put
    ” for the apostrophe of "country's")."""
    return 0 < i and i + 1 < end and text[i - 1].isalpha() and text[i + 1].isalpha()


def _scan_paragraph(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """(open index, close index) pairs inside one paragraph, in order.

    The close index is None for a quote still open at the paragraph end, and ``-i`` for a quote cut
    at ``i`` because another opener came first.
    """
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    open_kind = ""
    for i in range(start, end):
        ch = text[i]
        if ch not in _ANY_DOUBLE or ch == "\u201d" and _inside_word(text, i, end):
            continue  # "the country”s leader": a closing curly mark between letters is an apostrophe
        if open_at is None:
            if ch in OPENERS:
                open_at, open_kind = i, ch
            elif ch == STRAIGHT and _straight_is_opener(text, i, start):
                open_at, open_kind = i, ch
            elif ch in CLOSERS and _opening_position(text, i, start):
                # A closing shape where an opening mark belongs (”We are, »Nothing): it opens.
                open_at, open_kind = i, "\u201c"
            # Any other stray closer with nothing open is ignored: most likely a lost opener's partner.
        else:
            if open_kind == STRAIGHT and (ch == STRAIGHT or ch in CLOSERS
                                          or ch in OPENERS and _closing_position(text, i, start, end)):
                # Scraped text mixes mark styles ("We won,” he said): a curly closer ends a straight quote.
                pairs.append((open_at, i))
                open_at = None
            elif open_kind != STRAIGHT and (ch in CLOSERS or ch == STRAIGHT and not _straight_is_opener(text, i, start)
                                            or ch in OPENERS and _closing_position(text, i, start, end)):
                pairs.append((open_at, i))
                open_at = None
            elif open_kind != STRAIGHT and ch in OPENERS:
                # A second opener before a closer: the first one lost its partner. Cut it before here.
                pairs.append((open_at, -i))
                open_at, open_kind = i, ch
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    # The comma before a closing mark ("We won," he said) belongs to the reporting sentence.
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _normalize_marks(text: str) -> str:
    """A same-length copy where each ``''`` or backtick pair reads as ``"`` plus a space, so offsets
    found in the copy are offsets into ``text`` and the pair's second mark is never part of the words."""
    if "''" not in text and "``" not in text:
        return text
    return _DOUBLE_APOSTROPHE.sub('" ', text)


def scan_quotes(text: str) -> list[QuoteRegion]:
    """Every quoted passage of ``text``, in order; never raises on unbalanced marks."""
    original = text
    text = _normalize_marks(text)
    regions: list[QuoteRegion] = []
    pending: tuple[int, int] | None = None  # (region start, paragraphs so far) of an unclosed quote
    paragraphs = _paragraphs(text)
    for p_start, p_end in paragraphs:
        pairs = _scan_paragraph(text, p_start, p_end)
        if pending is not None:
            first_is_opener = bool(pairs) and pairs[0][0] == p_start
            if first_is_opener:
                # Multi-paragraph quotation: the new paragraph re-opens the same quote.
                open_at, close_at = pairs.pop(0)
                q_start, count = pending
                if close_at is not None and close_at < 0:
                    regions.append(_unclosed(text, q_start, -close_at, count + 1))
                    pending = None
                elif close_at is None:
                    pending = (q_start, count + 1)
                else:
                    inner = _trim(text, q_start + 1, close_at)
                    regions.append(QuoteRegion(q_start, close_at + 1, *inner, True, count + 1))
                    pending = None
            else:
                regions.append(_unclosed(text, pending[0], _prev_par_end(paragraphs, p_start), pending[1]))
                pending = None
        for open_at, close_at in pairs:
            if close_at is None:
                pending = (open_at, 1)
            elif close_at < 0:
                regions.append(_unclosed(text, open_at, -close_at, 1))
            else:
                inner = _trim(text, open_at + 1, close_at)
                regions.append(QuoteRegion(open_at, close_at + 1, *inner, True))
    if pending is not None:
        end = paragraphs[-1][1] if paragraphs else len(text)
        regions.append(_unclosed(text, pending[0], end, pending[1]))
    regions += _single_quoted(original, paragraphs)
    regions.sort(key=lambda r: r.start)
    # A closing ``''`` pair: the region ends after both apostrophes.
    regions = [replace(r, end=r.end + 1) if r.closed and original[r.end - 1 : r.end + 1] == "''" else r for r in regions]
    return [r for r in regions if r.inner_end > r.inner_start and not _stray_mark(original, r)]


def _stray_mark(text: str, r: QuoteRegion) -> bool:
    """'the plan was “ fair. Critics disagreed.': an opening mark with a space on both sides that
    never finds its closing mark is a stray character, not the start of a quotation running to the
    paragraph end (a closed one, '“ We won ”', is only loosely spaced and stays)."""
    if r.closed:
        return False
    before = text[r.start - 1] if r.start > 0 else " "
    after = text[r.start + 1] if r.start + 1 < len(text) else " "
    return before.isspace() and after.isspace()


# Single marks: British and many other styles quote with them (‘We won,’ he said / 'We won,' he
# said). A straight or curly single mark opens at a word start and closes after a word; an
# apostrophe inside a word (don't, O'Brien) is neither, and "s' " before a lower-case word is a
# plural possessive (the campaigners' solicitor).
SINGLE_OPEN = "'\u2018"
SINGLE_CLOSE = "'\u2019"
_DOUBLE_MARKS = set(OPENERS) | CLOSERS | {STRAIGHT}


def _single_opens(text: str, i: int, start: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > start else " "
    return text[i] in SINGLE_OPEN and (nxt.isalpha() or nxt.isdigit() and text[i] == "\u2018") and (
        i == start or prev.isspace() or prev in "([{\u2014\u2013-/:")


def _single_closes(text: str, i: int, end: int) -> bool:
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < end else " "
    if text[i] not in SINGLE_CLOSE or prev.isspace() or nxt.isalnum():
        return False
    after = text[i + 1 : i + 3]
    return not (prev == "s" and len(after) == 2 and after[0] == " " and after[1].islower() and text[i] == "'")


def _single_quoted(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteRegion]:
    """Passages in single marks, in paragraphs with no double marks (where single marks are the
    quotation marks, not quotes inside quotes). An opener that finds no closer in its paragraph is
    an elision ('90s, 'em) and makes no region."""
    out: list[QuoteRegion] = []
    for p_start, p_end in paragraphs:
        if any(ch in _DOUBLE_MARKS for ch in text[p_start:p_end]):
            continue
        open_at: int | None = None
        for i in range(p_start, p_end):
            if open_at is None:
                if _single_opens(text, i, p_start):
                    open_at = i
            elif _single_closes(text, i, p_end):
                inner = _trim(text, open_at + 1, i)
                if inner[1] > inner[0]:
                    out.append(QuoteRegion(open_at, i + 1, *inner, True))
                open_at = None
    return out


def _prev_par_end(paragraphs: list[tuple[int, int]], p_start: int) -> int:
    prev = [e for s, e in paragraphs if e <= p_start]
    return prev[-1] if prev else p_start


def _unclosed(text: str, start: int, end: int, count: int) -> QuoteRegion:
    cut = _reporting_clause_inside(text, start + 1, end)
    if cut is not None:
        end, count = cut, 1 + len(_PARAGRAPH.findall(text, start, cut))
    inner = _trim(text, start + 1, end)
    return QuoteRegion(start, inner[1], *inner, False, count)


@cache
def _break_pattern() -> re.Pattern[str]:
    """', said Carl Mendes' / ', Carl Mendes said' / ', she said': a reporting clause set after a
    comma (lexicons/quote_break_verbs.txt). "I said" and "we said" are left out: in a quotation
    they are the speaker's own voice ("we told them, we said we would not move")."""
    forms = "|".join(sorted(word_list("quote_break_verbs.txt"), key=len, reverse=True))
    name = r"(?!I\s)(?:[A-Z][\w.'\u2019-]*\s+){1,4}|(?:he|she|they)\s+"
    return re.compile(rf",\s+(?:(?:{forms})\s+\w|(?:{name})(?:{forms})\b)")


def _reporting_clause_inside(text: str, start: int, end: int) -> int | None:
    """Where a quotation that lost its closing mark really ends: at the comma before a reporting
    clause inside it ('“We were told the money would come by June, said Carl Mendes'), since a
    reporting clause is the reporter's words, never the speaker's. Run only on unclosed passages."""
    m = _break_pattern().search(text, start, end)
    return m.start() + 1 if m else None
