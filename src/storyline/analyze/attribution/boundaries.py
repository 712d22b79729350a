"""Where one attribution's content ends: reports chained onto a first one, nested reports nobody
claims, and duplicates found by two rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import (
    SPEECH_STANCES,
    _Found,
    _QUOTATION_VOICE,
    _classify,
    _region_at,
    _strip,
)
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion


# Words left dangling at the end of a paraphrase cut before an inner report ("... and", "while").
DANGLING = {"that", "which", "who", "and", "but", "or", "as", "while", "though", "although", "whereas"}


# Markers of a clause that adds a second statement to the first ("while Sanders suggests...").
CONTRAST_MARKS = {"while", "though", "although", "whereas"}


def _chained_report(tok: Token) -> bool:
    """A cue that continues a statement with a second one: a conjoined verb ("... and called his
    standing 'unheard of'"), a participle ("..., adding that ..."), a contrast clause ("while
    Sanders suggests ..."), or a relative clause set off by a comma ("..., which he declared 'a
    total disaster'"). Restrictive relative clauses ("those who said", "the halls which he said
    could not be corrupted") are part of what the outer speaker states."""
    while tok.dep_ in {"xcomp", "acomp"} and tok.head.i != tok.i:
        tok = tok.head  # "though voters are more likely to say": the clause is headed higher up
    if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}:
        return True
    if tok.dep_ == "relcl":
        if _aside_on_subject(tok):
            return False
        first = tok.left_edge
        if first.i > 0 and tok.doc[first.i - 1].text == ",":
            return True
        # "supports a no-fly zone, an approach several candidates have embraced": a relative
        # clause on an apposition set off by a comma restates the object as someone else's stance.
        noun = tok.head
        return noun.dep_ == "appos" and noun.left_edge.i > 0 and tok.doc[noun.left_edge.i - 1].text == ","
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ in {"mark", "nsubj"} for c in tok.children):
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children)


def _aside_on_subject(relcl: Token) -> bool:
    """Whether a relative clause sits on the subject of a verb that comes after it: "The strike, which
    had been expected to halt trains, is put off ..., the unions say". Set off by commas it is an
    aside inside the statement, not a second one after it: the statement's own verb is still to come,
    and cutting the content at the aside would leave a subject with no predicate ("The strike")."""
    noun = relcl.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and relcl.right_edge.i < noun.head.i


def _continues_statement(doc: Doc, first: _Found, chained: _Found) -> bool:
    """Whether a chained report with no subject of its own is a second statement of the first
    report's speaker: "X said the convoy had been held back and denied that ...". Only when the
    first report's cue comes before the chained one: in a reporting clause set after its content
    ("Fighters refused to let the trucks through and demanded an inspection, an official said")
    the chained verb shares the content's subject, and the one named after it only relays it. Its
    borrowed subject came from inside the first statement, or, for a verb joined by "and" to a
    passive clause ("had been held back and denied"), it has none."""
    if first.cue is None or chained.cue is None or first.cue[0] > chained.cue[0]:
        return False
    if chained.speaker is None:
        return chained.cue_token is not None and _conjoined(doc[chained.cue_token])
    return first.content[0] <= chained.speaker[0] < first.content[1]


def _conjoined(tok: Token) -> bool:
    """Whether a cue joins the statement as a conjoined verb (climbing raising complements)."""
    while tok.dep_ in {"xcomp", "acomp"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "conj"


def _cut_before_inner_reports(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """A paraphrase ends where a chained second report begins: in "He said he found Trump 'very
    charming' and called his standing 'unheard of'" the parser often hangs "called" inside the
    first content, yet it is a second statement with its own cue (annotation is univocal: each
    word has one role in one attribution). Direct quotations keep their words whole."""
    text = doc_text(doc)
    out = []
    speakers: dict[int, _Found] = {}  # index of a chained report -> the report it continues
    for f in found:
        if f.kind == "direct":
            out.append(f)
            continue
        starts = []
        for gi, g in enumerate(found):
            if g is f or g.cue is None or g.cue_token is None or not (f.content[0] < g.cue[0] < f.content[1]):
                continue
            if _region_at(regions, g.cue[0]) is not None or not _chained_report(doc[g.cue_token]):
                continue
            if g.stance not in SPEECH_STANCES and _conjoined(doc[g.cue_token]):
                # "said X and expects Y", "and he feels Y": an attitude the speaker states. An
                # attitude in a clause set off from the statement (", which he believes will ...")
                # is a second statement all the same.
                continue
            begin = min(g.cue[0], g.content[0])
            own_subject = g.speaker_head is not None and doc[g.speaker_head].head.i == g.cue_token
            if own_subject and g.speaker is not None and f.content[0] < g.speaker[0] < begin:
                begin = g.speaker[0]  # "..., and he railed against": the inner subject starts it
            if begin > f.content[0] and _region_at(regions, begin) is None:
                starts.append(begin)
                if not own_subject and _continues_statement(doc, f, g):
                    speakers[gi] = f  # its borrowed subject came from inside the first statement
        if not starts:
            out.append(f)
            continue
        s, e = f.content[0], min(starts)
        while True:
            s, e = _strip(text, s, e)
            words = text[s:e].split()
            if not words or words[-1].lower() not in DANGLING:
                break
            e = s + text[s:e].rfind(words[-1])
        if len(text[s:e].split()) < 2:
            out.append(f)
            continue
        s, e, kind = _classify(text, s, e, regions)
        out.append(replace(f, content=(s, e), kind=kind, reason=f.reason + "; ends before a chained report"))
    # "Trump insisted that he has X, claiming Y": the chained cue hangs on a verb of the first
    # statement and borrowed that verb's subject; its speaker is the first statement's.
    for gi, f in speakers.items():
        g = found[gi]
        k = next((i for i, o in enumerate(out) if o.cue == g.cue and o.content[0] == g.content[0]), None)
        if k is None:
            continue
        out[k] = replace(out[k], speaker=f.speaker, speaker_head=f.speaker_head,
                         reason=out[k].reason.split("; speaker:")[0] + "; speaker: that of the statement it continues")
    return out


def _drop_unclaimed_nested(text: str, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """A report inside a quotation nobody is found to have said is dropped when its speaker is the
    quotation's own voice ("I think ...", "we believe ..."): that voice has no one to stand for,
    and the words are not the paper's own statement either. A named third party inside such a
    quotation ("Kerry said that 100,000 would be accepted", in a block quote from another paper) is
    still that party's report, and is kept."""
    def nested_in(f: _Found) -> QuoteRegion | None:
        return _region_at(regions, f.cue[0]) if f.cue is not None else None

    claimed = [f.content for f in found if nested_in(f) is None]
    out = []
    for f in found:
        r = nested_in(f)
        own_voice = f.speaker is None or text[f.speaker[0] : f.speaker[1]].lower() in _QUOTATION_VOICE
        if r is not None and own_voice and f.reason.find("inside a quotation") != -1 and not any(
            s < r.inner_end and r.inner_start < e for s, e in claimed
        ):
            continue
        out.append(f)
    return out


def _dedupe(found: list[_Found], text: str) -> list[_Found]:
    """One attribution per content span: a quotation closed with a comma belongs to the reporting
    clause right after it; otherwise a cue whose parse gives it the content beats one that only
    stands next to a quotation ('Footage of X appears. “...,” he says.' is his); then the cue
    nearest to the content wins (in "X asked for a photo and Y said, “...”" the quotation is Y's),
    then the first in text order."""

    def distance(f: _Found) -> int:
        if f.cue is None:
            return 10**12
        return max(0, f.content[0] - f.cue[1], f.cue[0] - f.content[1])

    seen: dict[tuple[int, int], _Found] = {}
    def adjacency_only(f: _Found) -> bool:
        # "...: “X,” he says.": the quotation parsed as the complement of "says" is his, not that of
        # a cue before it that merely stands next to it.
        return f.reason.startswith("quotation next to the cue")

    def reporting_clause_after(f: _Found) -> bool:
        # '“...,” Mr. Sanders said': a quotation closed with a comma is introduced by the reporting
        # clause right after it, whatever cue stands before it ("Most agree. “...,” said X").
        if f.cue is None or f.kind != "direct" or f.cue[0] < f.content[1] or "\n" in text[f.content[0] : f.content[1]]:
            return False  # a quotation run over paragraphs belongs to the cue that opened it
        gap = text[f.content[1] : f.cue[0]]
        return gap.lstrip().startswith(",") and "\n" not in gap and len(gap) <= 60

    def impression(f: _Found) -> bool:
        # 'Cummings said Clinton didn't appear concerned': the clause is Cummings' statement; the
        # appearance verb inside it only frames part of what he said.
        return f.reason.startswith("subject and complement of an appearance verb")

    for f in sorted(found, key=lambda f: ("inside a quotation" in f.reason, not reporting_clause_after(f), adjacency_only(f),
                                          impression(f), distance(f), f.cue or (10**12, 0))):
        seen.setdefault(f.content, f)
    return list(seen.values())


def _open_bracket_before(text: str, start: int, at: int) -> int | None:
    """The "(" still open at ``at`` when reading from ``start`` (None when every one is closed)."""
    depth, pos = 0, None
    for i in range(at - 1, start - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                pos = i
                break
            depth -= 1
    return pos


def _within_brackets(text: str, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'The union's leader (“we will strike if we have to,” she said on Tuesday) met the board':
    a reporting clause set in brackets reports what stands in the same brackets; the parser often
    hangs the sentence around them on the cue, but the words outside the brackets are the writer's."""
    out = []
    for f in found:
        s, e = f.content
        if f.cue is None or not s < f.cue[0] or "(" not in text[s : f.cue[0]]:
            out.append(f)
            continue
        opened = _open_bracket_before(text, s, f.cue[0])
        if opened is None or opened <= s or not any(opened < r.start < f.cue[0] for r in regions):
            # Only a quotation set in the brackets before the cue shows the brackets hold the
            # report: "Turnout (officials said) rose" reports the sentence around them.
            out.append(f)
            continue
        close = text.find(")", f.cue[0])
        s2, e2, kind = _classify(text, opened + 1, min(e, close) if close != -1 else e, regions)
        out.append(replace(f, content=(s2, e2), kind=kind) if e2 > s2 else f)
    return out


def _cut_renaming_appositions(doc: Doc, found: list[_Found]) -> list[_Found]:
    """"Kyiv said the refinery was hit by drones, a claim that could not be independently
    verified", "X said Baku had violated the truce, a charge Baku denied": a closing apposition
    whose noun renames the statement (lexicons/statement_renaming_nouns.txt) is the writer's
    comment on it, or another party's answer, not part of it: the content ends before its comma.
    A report cued inside the apposition ("a charge Baku denied") is about the statement it renames,
    which becomes its content. A noun that is itself a source ("..., a report said") stays."""
    text = doc_text(doc)
    sources = {f.speaker_head for f in found if f.speaker_head is not None}
    cuts: dict[int, tuple[_Found, int]] = {}  # apposition comma -> the statement renamed, the noun's end
    out = list(found)
    for k, f in enumerate(found):
        if f.cue is None or f.cue[1] > f.content[0]:
            continue
        found_comma = _renaming_comma(doc, f.content, sources)
        if found_comma is None:
            continue
        comma, noun = found_comma
        s, e = _strip(text, f.content[0], comma.idx)
        if e <= s:
            continue
        if (s, e) != f.content:
            f = out[k] = replace(f, content=(s, e), reason=f.reason + "; content: ends before a closing apposition renaming it")
        cuts[comma.idx] = (f, noun.idx + len(noun))
    for k, g in enumerate(out):
        for at, (renamed, noun_end) in cuts.items():
            # its content is the sentence over the apposition, or the renaming noun itself (the gap)
            if (g.cue is not None and at < g.cue[0] and g.content != renamed.content
                    and (g.content[0] < at or g.content[1] <= g.cue[0]) and g.cue[1] <= _sentence_end(doc, at)):
                speaker = g.speaker
                if speaker is not None and speaker[0] < noun_end < speaker[1]:
                    # "a charge opposition leaders denied": the parse may fold the noun into the source
                    speaker = _strip(text, noun_end, speaker[1])
                out[k] = replace(g, content=renamed.content, kind=renamed.kind, speaker=speaker,
                                 reason=g.reason + "; content: the statement the closing apposition renames")
    return out


def _renaming_comma(doc: Doc, content: tuple[int, int], sources: set[int | None]) -> tuple[Token, Token] | None:
    """The comma opening a closing "a/an <statement noun>" apposition inside ``content`` or right
    after it (where the parse already ended the content there), and that noun."""
    nouns = word_list("statement_renaming_nouns.txt")
    first = doc.char_span(*content, alignment_mode="expand")
    if first is None:
        return None
    span = doc[first.start : first.sent.end]
    for t in span[1:-2]:
        if t.idx > content[1]:
            break
        if t.text != "," or doc[t.i + 1].lower_ not in {"a", "an"}:
            continue
        j = t.i + 2
        while j < span.end and doc[j].pos_ in {"ADJ", "ADV"}:
            j += 1
        if (j < span.end and doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in nouns and j not in sources
                and not any(x.text in {",", ";"} for x in doc[j:span.end])):
            return t, doc[j]
    return None


def _sentence_end(doc: Doc, at: int) -> int:
    """The end offset of the sentence holding offset ``at``."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span.sent.end_char if span is not None else at

