"""Where time expressions may be: spaCy's DATE/TIME entities (trimmed of edge words, with a day the
model left before the month and a half of day it left after a clock), QUANTITY/CARDINAL entities that
count time units, patterns for what the model misses (dating adjectives from
``lexicons/timex_adjectives.tsv``, the quarter a year ago), year-like numbers before a singular noun,
and capitalised holiday names.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from storyline.analyze.lexicon import numbered_data_lines
from storyline.analyze.nlp import doc_text
from storyline.analyze.timenorm.named_days import holidays
from storyline.analyze.timenorm.vocabulary import MONTHS, MONTH_RE, NUM_WORD_RE, UNIT_RE, VAGUE_RE, WEEKDAY_RE
from storyline.errors import LexiconError


@cache
def temporal_adjectives() -> dict[str, frozenset[str]]:
    """Adjectives that date what they modify, each with the head nouns that make it a fixed term
    (``lexicons/timex_adjectives.tsv``), read once."""
    table: dict[str, frozenset[str]] = {}
    for n, line in numbered_data_lines("timex_adjectives.tsv"):
        parts = line.split("\t")
        if len(parts) < 2 or parts[1].strip() not in ("past", "present", "future"):
            raise LexiconError(f"lexicons/timex_adjectives.tsv line {n}: expected 'word<TAB>past|present|future"
                               f"[<TAB>nouns]', got {line!r}")
        nouns = parts[2].strip().split("|") if len(parts) > 2 and parts[2].strip() else []
        table[parts[0].strip().lower()] = frozenset(nouns)
    return table


# A month name as names are written, with a capital ("May", "Aug."), for patterns where a lower-case
# word would be another word ("may" the modal, "march" the verb).
_CAPITAL_MONTH_RE = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)

_EXTRA_PATTERNS = [
    # numeric dates spaCy often misses or splits
    r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b",
    r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\w:])",  # ISO date-time
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d{1,2}/\d{1,2}/\d{4}\b",
    # vague past / present / future
    r"\b(?:pretty |very )?soon\b|\bshortly\b|\brecently\b|\blately\b|\bcurrently\b|\bnowadays\b|"
    r"\bpreviously\b|\bformerly\b|\bat present\b|\bthese days\b|\bright now\b|\bnow\b|"
    r"\bin the (?:near |distant )?future\b|\bthe (?:near |foreseeable )?future\b|\bin the past\b|"
    r"\bin recent (?:days|weeks|months|years)\b|\bin the coming (?:days|weeks|months|years)\b|"
    # "in the past days", "over the past weeks": spaCy tags "the past" alone, which reads as decades
    r"\bthe past (?:days|weeks|months|years)\b|"
    r"\bthe (?:near|short|long|longer) term\b(?![- ])|\bas soon as possible\b|\ba later date\b",
    # anaphoric
    r"\b(?:the (?:next|following|previous|preceding|prior|same) (?:day|morning|afternoon|evening|night|week|month|year)|"
    r"the (?:day|morning|night|evening) (?:before|after)|that (?:same )?(?:day|night|morning|afternoon|evening|week|month|year)|"
    r"(?:later|earlier) that (?:day|night|morning|afternoon|evening|week|month|year)|(?:later|earlier|early|late) in the day)\b",
    # offsets
    rf"\b(?:in|within) [\u201c\"]?(?:about |around |roughly )?(?:{NUM_WORD_RE}|{VAGUE_RE}) {UNIT_RE}(?: or so)?\b",
    rf"\b(?:{NUM_WORD_RE}|{VAGUE_RE}) {UNIT_RE} (?:ago|later|earlier)\b",
    # nights over two dates, and ranges spaCy cuts in two
    rf"\b(?:the )?(?:night|overnight) (?:of|on|from|between) (?:{WEEKDAY_RE},? )?{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s*(?:-|\u2013|to|and) ?\d{{1,2}}(?:st|nd|rd|th)?)?(?:,? \d{{4}})?",
    rf"\b(?:the )?(?:night|overnight) (?:of|on|from|between) (?:{WEEKDAY_RE},? )?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s*(?:-|\u2013|to|and) ?\d{{1,2}}(?:st|nd|rd|th)?)? {MONTH_RE}(?:,? \d{{4}})?",
    rf"\bbetween {MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)? and (?:{MONTH_RE} )?\d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?",
    rf"\b{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?\s*[-\u2013]\s*\d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?",
    # ... and the day-first form of British, Commonwealth and Indian copy, "5-8 October", of which spaCy
    # tags only "8 October" (kept out of a decimal or a score: "3.5-8 October", "won 2-1 October 3")
    rf"(?<![\d.,:/\u2013-])\b\d{{1,2}}(?:st|nd|rd|th)?\s*[-\u2013]\s*\d{{1,2}}(?:st|nd|rd|th)? {MONTH_RE}\b"
    rf"(?:,? \d{{4}})?(?![.,]?[ ,]*\d)",
    rf"\b{MONTH_RE}\s*[-\u2013]\s*{MONTH_RE}(?:,? \d{{4}})?(?![\w-])",
    rf"\bfrom {WEEKDAY_RE} (?:to|until|till|through) {WEEKDAY_RE}\b",
    # a day of the month by its ordinal alone: "ended on the 15th", "on the 12th of last month"
    # (only after "on" and before a clause break, so "the 15th century", "the 3rd round" stay out)
    r"\bon the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th) of (?:last|this|next) month\b",
    r"\bon the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*[,.;:)]|\s+(?:and|or|but|when|after|before)\b)",
    # a span of years written "2015 to 2020" without "from", which spaCy tags as two years
    r"\b(?:19|20)\d\d (?:to|through|until|till) (?:19|20)\d\d\b(?![-/]\d)",
    # ... and seasons and budgets written with a hyphen, "the 2025-26 campaign" (spaCy often tags only
    # the first year; the normaliser reads "2013-03" as a year-month and "2025-26" as two years)
    r"\b(?:19|20)\d\d-\d\d(?![\w/-])",
    # half-year codes of company reports: "H2 2025", "1H26"
    r"\b(?-i:H[12]|[12]H) ?'?(?:(?:19|20)\d\d|\d\d)\b",
    # a fortnight, which the model rarely tags
    r"\b(?:a|one|two|three|four|\d+) fortnights?\b",
    # split years as budgets, seasons and fiscal years write them: "in 2024/25"
    r"\b(?:19|20)\d\d/\d\d(?![\w/])",
    # "last Oct. 23": spaCy often keeps "last Oct." and drops the day
    rf"\b(?:last|next|this past|this coming) {MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?\b",
    # month-day(-year) with an optional weekday, where spaCy missed it
    rf"\b(?:{WEEKDAY_RE},? )?{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b",
    # day-month-year as British papers and page headers write it, with an optional short weekday:
    # "Tue 10 Mar 2026", "14 May 2026" (spaCy often tags only the year)
    rf"\b(?:(?:{WEEKDAY_RE}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,? )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH_RE},? \d{{4}}\b",
    # ... and without the year, as court and wire reports date a hearing: "postponed the matter to
    # 17 May", "adjourned until 10 August" (spaCy tags the day a number and the month nothing). The
    # month must be capitalised, so "17 may be" (a count and the modal) stays out.
    rf"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:of )?{_CAPITAL_MONTH_RE}(?![\w-])",
    # a season after a preposition, which spaCy sometimes leaves untagged ("start cutting rates in the
    # autumn", "Cuts Into Summer"); the preposition is trimmed off
    r"\b(?:in|into|during|by|until|through|over|before|after) (?:the )?(?:spring|summer|autumn|fall|winter)\b(?!-\w)",
    # "in the new year" (lower case: "New Year" is the holiday)
    r"\b(?-i:the new year)\b(?!['\u2019]s)",
    # fuzzy parts of a year/month
    rf"\b(?:early|mid|late|the (?:beginning|start|middle|end) of)[- ](?:\d{{4}}|{MONTH_RE}(?: \d{{4}})?|"
    r"(?:this|next|last) (?:year|month|week))\b",
    # clock times, including the wire services' "1400 GMT", and "11.50 am" with the point British and
    # Indian papers put between hours and minutes (the half of the day keeps prices out)
    r"\b\d{1,2}(?:[:.][0-5]\d)? ?[ap]\.?m\.?(?=\W|$)",
    r"\b(?:[01]\d|2[0-3]):?[0-5]\d\s*(?:GMT|UTC|hrs|hours|local time)\b",
    # British and European papers put a point between hours and minutes: "14.05 GMT" (a zone is
    # required, so prices and rates such as "4.25%" stay numbers)
    r"\b(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:GMT|UTC|BST|CET|CEST)\b",
    # a live blog opens each entry with its clock time: "18:15 \u2014 Police say...", "09:40 GMT: ..."
    # (only at the start of a line and before a dash or colon, so scores and ratios stay out)
    r"(?m:^)[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T))?(?=[ \t]*[\u2014\u2013:|-][ \t])",
    # "this year('s results)", "last quarter": spaCy often keeps the noun and drops the determiner
    r"\b(?:this|last|next|that) (?:year|quarter|month|week|weekend|decade|century|spring|summer|fall|autumn|winter)\b",
    r"\bmid-?\s?(?:morning|afternoon)\b",
    r"\b\d{1,2}(?::\d{2})?\s+(?:o'clock\s+)?(?:in the (?:morning|afternoon|evening)|at night)\b",
    # the year / week a story is set in, and "the week of March 6"
    # (lower-case nouns only: "Person of the Year" is a title)
    r"\b(?-i:[Tt]he (?:(?:current|present) )?(?:fiscal )?(?:year|month|week))\b(?![- ](?:\d|ago|earlier|end|long|old|before|after|"
    r"two|one|of\b))",
    rf"\bthe week of {MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?",
    # "the first week of June", "the last week of July 2024": spaCy keeps "the last week" alone,
    # which then reads as the deictic "last week"
    rf"\bthe (?:first|second|third|fourth|1st|2nd|3rd|4th|last|final) week of {MONTH_RE}(?:,? \d{{4}})?(?!\w)",
    # "the first Monday of June", "the last weekend of June", "the second Tuesday of each month": spaCy
    # keeps "the last weekend" alone, which then reads as the deictic one before the reference
    rf"\bthe (?:first|second|third|fourth|1st|2nd|3rd|4th|last|final) (?:{WEEKDAY_RE}|weekend) (?:of|in) "
    rf"(?:(?:every|each|this|next|last) month|{MONTH_RE}(?:,? \d{{4}})?)(?!\w)",
    # fiscal years as companies and governments write them: "FY24", "FY2025/26", "fiscal 2024-25"
    r"\b(?-i:FY) ?'?(?:\d{4}|\d{2})(?:\s*[-/]\s*'?(?:\d{4}|\d{2}))?(?![\w/-])",
    r"\b(?:the )?fiscal(?: year)? (?:19|20)\d\d\s*[-/]\s*(?:\d{4}|\d{2})(?![\w/-])",
    # lengths spaCy leaves out when a word stands between the count and the unit: "two more weeks",
    # "an additional year"
    rf"\b(?:{NUM_WORD_RE}|{VAGUE_RE})\s+(?:more|additional|extra|further)\s+{UNIT_RE}\b",
    rf"\b(?:an additional|an extra|a further)\s+{UNIT_RE}\b",
    # a length that measures the noun after it, which spaCy misses at the start of a sentence:
    # "Three days of talks ended...", "two years of drought" ("the first day of the war" is no length)
    rf"(?<!\bthe )\b(?:{NUM_WORD_RE}) (?:(?:more|full|straight|consecutive) )?{UNIT_RE}(?= of (?!the\b|a\b|an\b|this\b|that\b|its\b|his\b|her\b|their\b|our\b)[a-z])",
    # an uncounted distance back: "months ago", "years earlier"
    r"\b(?:days|weeks|months|years|decades) (?:ago|back)\b",
    r"\b(?:around |about )?year[- ]end\b|\byear's end\b",
    r"\b(?:the )?(?:nineteen[- ]?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    # "early Friday", "late Thursday night", "early this morning": spaCy often keeps only the day
    # ("late on Monday" too: the "on" does not change the day, and without it the part is lost)
    rf"\b(?:early|late)\s+(?:(?:on\s+)?(?:{WEEKDAY_RE}|yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:this|last)\s+(?:morning|afternoon|evening|night)|tonight)\b",
    # a day with its part of day or clock word, which spaCy often cuts in two
    rf"\b(?:{WEEKDAY_RE}|yesterday|today|tomorrow) (?:morning|afternoon|evening|night)s?\b",
    rf"\b(?:noon|midnight|mid-?afternoon|mid-?morning|midday) (?:on )?(?:{WEEKDAY_RE}|yesterday|today|tomorrow)\b",
    # "the early hours of Sunday": spaCy tags "the early hours" and the day apart
    rf"\bthe (?:early|small|wee) hours of (?:(?:{WEEKDAY_RE}|yesterday|today|tomorrow)(?: morning)?|"
    rf"{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?)",
    # deictic days and recurring adverbs spaCy sometimes leaves out
    r"\b(?:today|yesterday|tomorrow|tonight|overnight)\b",
    r"\b(?:daily|weekly|monthly|annually|yearly|quarterly|every (?:other )?(?:day|week|month|year|morning|night))\b",
    r"\b(?:semi-?annual(?:ly)?|biannually|biennially|fortnightly|bimonthly)\b",
    # a length that recurs in every period: "24 hours a day", "seven days a week"
    rf"\b(?:{NUM_WORD_RE}) {UNIT_RE} (?:a|an|per) (?:day|week|month|year)\b",
    rf"\bevery (?:{NUM_WORD_RE}) {UNIT_RE}\b",  # "reviewed every two years"
    rf"\b(?:once|twice|(?:three|four|five|six|\d+) times) (?:a|an|per|every|each) {UNIT_RE}\b",
    rf"\b(?:every|each) (?:(?:other|second) )?(?:{WEEKDAY_RE}(?: (?:morning|afternoon|evening|night)(?!\w))?|{MONTH_RE}|morning|evening|night|"
    r"weekend|summer|winter|spring|fall|autumn|quarter)(?!\w)",
    rf"\b{WEEKDAY_RE}s\b",
    # quarters named relative to the one a financial report is about
    r"\b(?:the|that) (?:(?:latest|same|most recent) )?(?:fiscal )?quarter\b(?!-)|\bthe latest (?:fiscal )?period\b",
    r"\b(?:the )?(?:(?:comparable|corresponding|same) )?year[- ](?:ago|earlier)"
    r"(?: (?:first|second|third|fourth))?[- ](?:fiscal )?(?:quarter|period)\b",
    r"\b(?:the )?(?:19|20)\d\d (?:(?:first|second|third|fourth) )?(?:fiscal )?(?:quarter|period)\b",
    r"\b(?:the )?fiscal[- ](?:first|second|third|fourth)[- ]quarter\b",
    r"\b(?:this|last|next) year'?s (?:(?:first|second|third|fourth)[- ])?(?:fiscal )?(?:quarter|period)\b",
    r"\bthe (?:(?:comparable|corresponding|same) )?(?:quarter|period) (?:a year (?:ago|earlier)|last year)\b",
]
_EXTRA_PATTERNS.append(r"\b(?:" + "|".join(re.escape(w) for w in temporal_adjectives()) + r")\b")
_EXTRA_RE = re.compile("|".join(f"(?:{p})" for p in _EXTRA_PATTERNS), re.I)
# Named days from the holiday lexicon, capitalised as names are ("Good Friday", not "a new year"):
# the first letter is matched as a capital, which also keeps the scan cheap.
_HOLIDAY_RE = re.compile(
    r"\b(?:(?i:last|next|this)\s+)?(?:"
    + "|".join(re.escape(n[0].upper()) + "(?i:" + re.escape(n[1:]).replace(r"\ ", r"\s+") + ")"
               for n in sorted(holidays(), key=len, reverse=True))
    + r")(?:\s+(?i:weekend|week))?(?:,?\s+\d{4})?(?![\w'])")

# Words spaCy sometimes puts at the edge of a DATE entity that are never part of the time.
_EDGE_TRIM_LEAD = re.compile(r"^(?:on|in|into|at|by|since|until|till|to|through|from|of|during|for|and|or|as of|after|before)\s+", re.I)
# A count written with thousands separators that spaCy runs into the time after it ("up from 168,000
# one week earlier", "1,480 last week"): a count of people or cases, not of the time's units, which
# follow it directly when it is one ("1,000 years ago").
_LEAD_COUNT = re.compile(rf"^\d{{1,3}}(?:,\d{{3}})+\s+(?!{UNIT_RE}\b)", re.I)
_EDGE_TRIM_TAIL = re.compile(r"(?:'s|\u2019s|[\s,.;:!?\"'\u201d\u2019)]+)$")


# A month or weekday spelled in full in four letters or fewer ("June.", "July.", "May."): its dot ends
# the sentence; it is no abbreviation's, as "Oct." and "Tue." are.
_FULL_SHORT_NAME_DOT = re.compile(r"\b(?:May|June|July)\.$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past prepositions, possessives and punctuation at the edges."""
    while start < end:
        seg = text[start:end]
        if (m := _EDGE_TRIM_LEAD.match(seg)) or (m := _LEAD_COUNT.match(seg)):
            start += m.end()
            continue
        if seg[0] in " \t\n\"'(\u201c\u2018,":
            start += 1
            continue
        break
    while end > start:
        seg = text[start:end]
        m = _EDGE_TRIM_TAIL.search(seg)
        if m and m.start() < len(seg):
            # keep the final dot of "a.m." / "p.m." / abbreviations like "Oct."
            if seg.endswith(".") and re.search(r"(?:\b[ap]\.m|\b[A-Z][a-z]{1,3})\.$", seg) \
                    and not _FULL_SHORT_NAME_DOT.search(seg):
                break
            end = start + m.start()
            continue
        break
    return start, end


def _with_day_before(doc: Doc, first: int, start: int) -> int:
    """"Published: 12 May 2026": the model may leave the day out of a date written day first (it
    tags "12" a number and "May 2026" a date); the day joins it when it stands right before the month."""
    if first == 0 or doc[first].lower_.rstrip(".") not in MONTHS:
        return start
    day = doc[first - 1]
    digits = day.lower_.removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th")
    if not (digits.isdigit() and 1 <= int(digits) <= 31 and day.whitespace_):
        return start
    if day.ent_type_ not in {"DATE", "TIME"}:
        return day.idx
    # "LONDON, Wednesday 14 May 2025": the model may cut the date after the day ("Wednesday 14" and
    # "May 2025 - ..."); the entity that ends with the day is the date's first half.
    before = next((e for e in doc.ents if e.start <= day.i < e.end), None)
    if before is not None and before.end == first and before.label_ == "DATE":
        return before.start_char
    return start


# The half of the day (and zone) that spaCy sometimes leaves out after an entity's clock time.
_HALF_OF_DAY_AFTER = re.compile(r" ?[AaPp]\.?[Mm]\.?(?![\w])(?: [A-Z]{2,4}\b)?")


def _candidates(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc_text(doc)
    found: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            s, e = _trim(text, ent.start_char, ent.end_char)
            s = _with_day_before(doc, ent.start, s)
            if text[s:e][-1:].isdigit() and (half := _HALF_OF_DAY_AFTER.match(text, e)):
                e = half.end()  # "Posted: Mar 04, 2026 5:12 PM EST": spaCy stops before "PM"
            if s < e:
                found.append((s, e, "spacy"))
        elif ent.label_ in ("QUANTITY", "CARDINAL") and _counts_time_units(ent):
            s, e = _trim(text, ent.start_char, ent.end_char)
            if s < e:
                found.append((s, e, "spacy"))
    for m in _EXTRA_RE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if s < e:
            found.append((s, e, "pattern"))
    found = [(_after_verb_last(doc, text, s, e), e, src) for s, e, src in found]
    for tok in doc:
        # "EU agrees 2040 climate target": a year the model took for a count; a count above one
        # would take a plural noun, so a year-like number before a singular noun is a year
        word = tok.text
        if (len(word) == 4 and word[:2] in ("19", "20") and word.isdigit() and tok.ent_type_ not in ("DATE", "TIME")
                and tok.head.i > tok.i and tok.head.tag_ == "NN"):
            found.append((tok.idx, tok.idx + len(tok), "pattern"))
    for m in _HOLIDAY_RE.finditer(text):
        name = re.sub(r"^(?:last|next|this)\s+", "", m.group(0), flags=re.I)
        if name[:1].isupper():
            found.append((m.start(), m.end(), "holiday"))
    return found


# A time unit at the end of a count: "about 5 1/2 hours", "several quarters".
_UNIT_WORD = re.compile(rf"(?:{UNIT_RE})", re.I)


def _counts_time_units(ent) -> bool:
    """A length the model labelled a quantity or a number ("about 5 1/2 hours" is QUANTITY, "several
    quarters" CARDINAL): the entity ends in a time unit counted by the word before it, a number or a
    vague count ("15 million instructions per second" counts instructions, not seconds)."""
    if len(ent) < 2 or not _UNIT_WORD.fullmatch(ent[-1].text):
        return False
    before = ent[-2]
    return before.like_num or bool(re.fullmatch(r"\d+/\d+", before.text)) or before.lower_ in ("few", "several", "many")


def _after_verb_last(doc: Doc, text: str, start: int, end: int) -> int:
    """"The trial is expected to last three weeks": "last" there is the verb, not the adjective of
    "the last three weeks", so the time is only the length after it (spaCy puts the verb in its
    DATE entity). Returns the start, moved past a verb "last"."""
    if not re.match(r"last\s+\S", text[start:end], re.I):
        return start
    span = doc.char_span(start, start + 4)
    if span is None or len(span) != 1 or not span[0].tag_.startswith("VB"):
        return start
    return start + len(re.match(r"last\s+", text[start:end], re.I).group(0))
