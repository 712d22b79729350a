"""Attributions found by construction rather than by a cue word's arguments: "according to X",
colon labels, embedded posts, quotations continued by the same speaker, reporting clauses after or
before a quotation, title-case headlines, cues glued to their quote marks in scraped copy."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from storyline.analyze.attribution.common import (
    ADDRESSEE_VERBS,
    CONTINUATION_GAP,
    DEMONSTRATIVES,
    EDGE_STRIP,
    MAX_SPEAKER_TOKENS,
    MIN_QUOTE_WORDS,
    QUOTE_CHARS,
    SPEECH_STANCES,
    SUBJECT_DEPS,
    _Found,
    _classify,
    _region_at,
    _speaker_chars,
    _strip,
    r_contains,
)
from storyline.analyze.attribution.cues import Cue, _cue_form, colon_labels
from storyline.analyze.attribution.subjects import _subject
from storyline.analyze.lexicon import word_list, word_sections
from storyline.analyze.names import is_title_word
from storyline.analyze.nlp import doc_text, is_event_noun
from storyline.analyze.quotes import QuoteRegion


def _according_to(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'according to X': X is the speaker, or the relayer when the clause already has a speaker."""
    text = doc_text(doc)
    out = list(found)
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        if _region_at(regions, tok.idx) is not None:
            continue
        to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        if not objs:
            continue
        src = objs[0]
        speaker = _speaker_chars(src)
        # The phrase runs to the end of its object ("according to a count by The Associated
        # Press"), even where the speaker stops short of it.
        last = src.right_edge
        end = max(speaker[1], last.idx + len(last))
        phrase = (tok.idx, end if "\n" not in text[speaker[1] : end] else speaker[1])
        sent = tok.sent
        # "..., according to Human Rights Watch, which said on Sunday that ...": a report in a relative
        # clause on the source is the source's own second statement, which it cannot pass on to itself
        owner = next(
            (i for i, f in enumerate(out) if f.cue_token is not None and doc[f.cue_token].sent.start == sent.start
             and not (f.content[0] <= tok.idx < f.content[1])
             and not (doc[f.cue_token].dep_ == "relcl" and doc[f.cue_token].head.i == src.i)),
            None,
        )
        closing = None if owner is not None else _outlet_closing(doc, tok, src, phrase, out)
        if closing is not None:
            # "X said five civilians were killed, according to the state news agency": the parse
            # hangs the phrase on the reported clause, but an outlet named after a comma at the end
            # of the report passes the whole report on; the statement ends before the comma
            owner = closing
            f = out[owner]
            cut = _strip(text, f.content[0], text.rfind(",", f.content[0], tok.idx))
            s, e, kind = _classify(text, *cut, regions)
            out[owner] = replace(f, content=(s, e), kind=kind,
                                 reason=f.reason + "; content: ends before the outlet closing the report")
        relays = owner is not None
        if owner is not None:
            # Both records: the statement keeps its speaker and names the relayer, and the relayer's
            # own report ("X said Y, according to CNN") is an attribution to the relayer.
            f = out[owner]
            out[owner] = replace(f, relayed_by=text[speaker[0] : speaker[1]], reason=f.reason + "; relayed: 'according to'")
        shared = None if owner is not None else _shared_sentence_stretch(doc, tok, regions)
        if shared is None and owner is None and any(f.content[0] <= tok.idx < f.content[1] for f in out):
            continue  # nested inside another attribution's content: PolNeAR-style flattening keeps the outer
        if shared is not None:
            content = shared
        elif phrase[1] >= sent.end_char - 2 or text[phrase[1] : sent.end_char].strip(EDGE_STRIP + ".") == "":
            content = _strip(text, sent.start_char, phrase[0])
        elif phrase[0] <= sent.start_char + 1:
            content = _strip(text, phrase[1], sent.end_char)
        else:
            content = _strip(text, sent.start_char, sent.end_char)
        if content[1] <= content[0]:
            continue
        s, e, kind = _classify(text, *content, regions)
        out.append(
            _Found(
                content=(s, e),
                cue=(tok.idx, to.idx + len(to)),
                cue_lemma="according to",
                stance="neutral",
                speaker=speaker,
                speaker_head=src.i,
                kind=kind,
                reason="'according to' names the source of the clause"
                + ("; it relays another attribution in the sentence" if relays else ""),
            )
        )
    return out


def _phrase_end(tok: Token) -> int | None:
    """Where an "according to X" phrase starting at ``tok`` ends: the right edge of its object."""
    doc = tok.doc
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return None
    last = objs[0].right_edge
    return last.idx + len(last)


def _shared_sentence_stretch(doc: Doc, tok: Token, regions: Sequence[QuoteRegion]) -> tuple[int, int] | None:
    """The clause a trailing "according to X" sources when the sentence gives more than one source:
    "The fire burned 5,010 hectares, according to Cal Fire, and destroyed 52 homes, according to
    Riverside County". Each phrase closes its own clause, so each source owns the stretch from the
    end of the previous phrase (or the sentence start) to itself, less a leading conjunction;
    crediting the whole sentence to the first source puts the county's count in Cal Fire's mouth,
    and a figure the sources disagree on loses its owner. Only where every phrase is set off by
    commas after a clause of its own and the last one ends the sentence; None otherwise."""
    text = doc_text(doc)
    sent = tok.sent
    marks = [
        t for t in sent
        if t.lower_ == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to"
        and _region_at(regions, t.idx) is None
    ]
    if len(marks) < 2 or tok not in marks:
        return None
    ends = [_phrase_end(t) for t in marks]
    if any(e is None for e in ends):
        return None
    bounds = [e for e in ends if e is not None]
    if text[bounds[-1] : sent.end_char].strip(EDGE_STRIP + ".") != "":
        return None
    for j, (t, e) in enumerate(zip(marks, bounds)):
        if not text[sent.start_char : t.idx].rstrip().endswith(","):
            return None
        if e != bounds[-1] and not text[e:].lstrip().startswith(","):
            return None
        # each stretch is a clause of its own: "The plan, according to officials, would cost $2
        # billion, according to one estimate" sets a source between a subject and its verb
        lo = sent.start_char if j == 0 else bounds[j - 1]
        if not any(w.pos_ in {"VERB", "AUX"} and lo <= w.idx < t.idx for w in sent):
            return None
    k = marks.index(tok)
    start = sent.start_char if k == 0 else bounds[k - 1]
    start, end = _strip(text, start, tok.idx)
    lead = re.match(r"(?:and|but|while|whereas)\b\s*", text[start:end], re.IGNORECASE)
    if k > 0 and lead:
        start += lead.end()
    return (start, end) if end > start else None


def _outlet_closing(doc: Doc, tok: Token, src: Token, phrase: tuple[int, int], found: list[_Found]) -> int | None:
    """The report that a closing "according to" an outlet passes on: "Keo said five civilians were
    killed, according to the state news agency", "the Kremlin said it would respond, according to
    RIA". The phrase must follow a comma, end the sentence and close the content of a report whose
    source and cue come before that content; its object must be an outlet (a named organisation or
    a news noun: agency, media, newspaper...), since "said the economy grew, according to official
    data" cites the figure's source inside the statement."""
    text = doc_text(doc)
    if not text[: tok.idx].rstrip().endswith(","):
        return None
    sent = tok.sent
    if text[phrase[1] : sent.end_char].strip(EDGE_STRIP + ".") != "":
        return None
    if not (src.ent_type_ == "ORG" or src.lemma_.lower() in word_list("news_outlet_nouns.txt")):
        return None
    for i, f in enumerate(found):
        if f.cue_token is None or f.speaker is None or f.cue is None or f.stance != "neutral":
            continue
        if doc[f.cue_token].sent.start != sent.start or not f.speaker[1] <= f.content[0] or not f.cue[1] <= f.content[0]:
            continue
        if f.content[0] < tok.idx < f.content[1] and text[phrase[1] : f.content[1]].strip(EDGE_STRIP + ".") == "":
            return i
    return None


MAX_LABEL_TOKENS = 6


def _colon_speakers(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'Trump: I'm the worst thing...', 'Clinton camp: Trump threatens security': a short name
    phrase opening a sentence, then a colon, attributes the rest of the sentence (the headline
    convention). The label must be a noun phrase with a proper noun or a noun and no verb, so
    "Wait, it gets better:" and "Editor's note:" (see colon_labels.txt) stay out."""
    text = doc_text(doc)
    out = list(found)
    labels = colon_labels()
    for colon in doc:
        if colon.text != ":" or _region_at(regions, colon.idx) is not None:
            continue
        sent = colon.sent
        line_start = text.rfind("\n", 0, colon.idx) + 1
        label = [t for t in doc[sent.start : colon.i] if t.idx >= line_start]
        dashes = [k for k, t in enumerate(label) if t.text in {"-", "\u2014", "\u2013"} and t.whitespace_]
        if dashes:
            # "Pollsters agree - Carl Bialik: “...”": a digest line names its source after a dash.
            label = label[dashes[-1] + 1 :]
            line_start = label[0].idx if label else line_start
        label, vehicle = _label_and_vehicle(label)
        if not label or len(label) > MAX_LABEL_TOKENS or not label[0].text[:1].isupper():
            continue
        if label[0].idx == line_start and _press_dateline(text, line_start, colon):
            continue
        if any(t.pos_ in {"VERB", "AUX", "NUM", "PRON"} and not _capitalised_name(t) or t.text in {",", ";", "(", ")"}
               for t in label):
            continue
        if not any(t.pos_ in {"PROPN", "NOUN"} or _capitalised_name(t) for t in label) or label[-1].lower_ in labels:
            continue
        if any(t.lower_ in labels for t in label) or _DIGITS.search(text[label[0].idx : colon.idx]):
            continue
        if len(label) == 1 and label[0].lower_ in word_list("colon_sections.txt"):
            continue  # "Opinion: ...", a page section, not "WSJ editorial: ..."
        if _names_an_event(label):
            continue  # "Missile attack on Kyiv: Death toll rises to 40", a topic, not a speaker
        if _list_field(text, text.rfind("\n", 0, colon.idx) + 1, label):
            continue
        line_end = text.find("\n", colon.idx)
        line_end = line_end if line_end != -1 else len(text)
        # A label opening its line ("TAPPER: Do you think...?") owns the whole paragraph, the
        # transcript convention; one inside a line owns the rest of its sentence.
        end = line_end if label[0].idx == line_start else min(sent.end_char, line_end)
        s, e = _strip(text, colon.idx + 1, end)
        if len(text[s:e].split()) < MIN_QUOTE_WORDS or any(f.content[0] <= s < f.content[1] for f in out):
            continue
        s, e, kind = _classify(text, s, e, regions)
        turn = label[0].idx == line_start and all(_capitalised_name(t) for t in label if t.is_alpha)
        if turn and kind == "indirect":
            kind = "direct"  # a transcript turn ("SMIT: I want to add ...") is the speaker's own words
        cue_at = (vehicle.idx, vehicle.idx + len(vehicle)) if vehicle is not None else (colon.idx, colon.idx + 1)
        out.append(
            _Found(
                content=(s, e),
                cue=cue_at,
                cue_lemma=vehicle.lemma_.lower() if vehicle is not None else ":",
                stance="neutral",
                speaker=_strip(text, label[0].idx, label[-1].idx + len(label[-1])),
                speaker_head=label[-1].i,
                kind=kind,
                reason=("name phrase, the statement it was made in, and a colon; speaker: the name before the comma"
                        if vehicle is not None else
                        "transcript turn: a name in capitals and a colon open the line; speaker: the label" if turn else
                        "name phrase and colon open the sentence (headline convention); speaker: the label"),
                cue_token=vehicle.i if vehicle is not None else None,
            )
        )
    return out


_DIGITS = re.compile(r"\d")


def _names_an_event(label: list[Token]) -> bool:
    """Whether a colon label is headed by a noun naming an act: "Russian missile attack on Kyiv:
    Casualties toll rises to 40", "Drone strike in Odesa: ...". Headlines put the event they update
    before the colon as they put a speaker there ("Trump: ..."), but an attack or a summit says
    nothing; its head is the last noun before the first preposition ("attack" in "attack on Kyiv").
    A capitalised head is a name ("Strike Force: ...") and stays a speaker; a noun names an act when
    the trigger lexicon reads it as an event noun (``nlp.is_event_noun``)."""
    head = next((k for k, t in enumerate(label) if t.pos_ == "ADP"), len(label))
    return head > 0 and label[head - 1].text.islower() and is_event_noun(label[head - 1])


# A line opening with a label in capitals and a colon ("HARARE: ...", "NEW DELHI: ...", "TAPPER: ...").
_CAPS_LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Z.'\- ]*[A-Z][ \t]*:", re.MULTILINE)
_DATELINE_REACH = 400  # how far into a report its opening paragraph, and so its dateline, may stand


def _press_dateline(text: str, line_start: int, colon: Token) -> bool:
    """'HARARE: Zimbabwe's opposition on Friday rejected ...': South Asian papers open a report with
    the place in capitals and a colon, as a transcript opens a turn with its speaker ('TAPPER: Do
    you ...', 'SMIT: I want to add ...'). A transcript has turns, so its labels open several lines,
    and a turn is someone's own words (I, we, you, a question); a dateline opens the report once,
    near its top (after a headline or a date line), and the lead after it is a long paragraph that
    tells of others, where a headline's source label ("AP: ...") heads a short line. A label in
    capitals of that kind is the outlet's dateline, never the speaker of the lead."""
    label = text[line_start : colon.idx].strip()
    if not label or line_start > _DATELINE_REACH:
        return False
    if label != label.upper():
        if not _place_label(colon, line_start):
            return False
    elif len(_CAPS_LABEL_LINE.findall(text)) != 1:
        return False
    end = text.find("\n", colon.idx)
    end = len(text) if end == -1 else end
    lead = list(takewhile(lambda t: t.idx < end, colon.doc[colon.i + 1 :]))  # the rest of its line
    if sum(t.is_alpha for t in lead) < _LEAD_WORDS:
        return False  # "AP: Trump chair routed money to lobbyists.", "EXCLUSIVE: ...": a headline's source or tag
    return not any(t.text == "?" or _speaker_person(t) for t in lead)


def _place_label(colon: Token, line_start: int) -> bool:
    """'New Delhi: In a major casualty of the protests, India on Friday ...': the dateline in title
    case, a place: every word capitalised and a name the tagger takes for a place or knows as no
    name at all ("Kolkata"). A headline's source ("Clinton camp: ...", "Trump: ...") has a common
    noun, a person or an organisation in it, not a city."""
    label = [t for t in colon.doc[colon.sent.start : colon.i] if t.idx >= line_start and t.is_alpha]
    return bool(label) and len(label) <= 3 and all(
        t.text[:1].isupper() and t.ent_type_ in {"GPE", "LOC", ""} for t in label)


def _speaker_person(tok: Token) -> bool:
    """A first- or second-person pronoun as written ("I", "we", "You"): not the "i" of a hyphenated
    name ("Tehreek-i-Insaf") nor "US" in capitals (the country)."""
    if tok.lower_ == "i":
        return tok.text == "I"
    return tok.lower_ in _SPEAKER_PERSONS and tok.text != tok.text.upper()


_SPEAKER_PERSONS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
_LEAD_WORDS = 20  # a lead paragraph runs longer than a headline ("AP: Trump chair routed ...")


VEHICLE_PREPS = frozenset({"in", "on", "via", "through"})


LIST_BULLETS = frozenset("*\u2022\u25aa\u25cf\u2023\u25e6\u00b7-\u2013\u2014")


def _list_field(text: str, line_start: int, label: list[Token]) -> bool:
    """'* Prisoners: the rebels say they hold 250 soldiers', '• Death toll: at least 40': on a
    bulleted line of a factbox, a label of common words names the field the item gives, not who
    says it; a named label keeps the headline convention ('* Kremlin: no talks this month')."""
    bullet = text[line_start : label[0].idx].strip()
    return bool(bullet) and all(c in LIST_BULLETS for c in bullet) and not any(
        t.pos_ == "PROPN" or t.ent_type_ for t in label)


def _label_and_vehicle(label: list[Token]) -> tuple[list[Token], Token | None]:
    """'The hospital, in a statement:' / 'The ministry, in a post on X:': a label whose last comma
    opens a phrase naming the statement it was made in (lexicons/colon_occasions.txt) is the name
    before the comma, and the statement noun is the cue. Any other label is returned as it is."""
    commas = [k for k, t in enumerate(label) if t.text == ","]
    if not commas or commas[-1] == 0:
        return label, None
    tail = label[commas[-1] + 1 :]
    if not tail or tail[0].lower_ not in VEHICLE_PREPS:
        return label, None
    vehicles = word_list("colon_occasions.txt")
    noun = next((t for t in tail if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in vehicles), None)
    if noun is None:
        return label, None
    return label[: commas[-1]], noun

# "Q: ..." / "A: ..." turns of an interview transcript, at the start of a line; a briefing labels
# them by role in capitals ("QUESTION: ..." / "SPOKESPERSON: ...", lexicons/transcript_turn_labels.txt).
_TURN = re.compile(r"^[ \t]*(?P<label>Q|A|[A-Z]{2,})[ \t]*:[ \t]*(?=\S)", re.MULTILINE)


INTERVIEW_ANSWER = "interview answer"  # the reason of an answer turn's attribution (see _interview_turns)


def _turns(doc: Doc) -> list[tuple[str, int, int, int]]:
    """(label, line start, label start, text start) of each turn, found once per Doc and kept in
    ``doc.user_data``: the speaker resolver asks about turns for every "you" and "I" of a text."""
    turns = doc.user_data.get("storyline_turns")
    if turns is None:
        turns = doc.user_data["storyline_turns"] = [
            (_turn_side(m.group("label")), m.start(), m.start("label"), m.end())
            for m in _TURN.finditer(doc_text(doc)) if m.group("label").lower() in _turn_sides()
        ]
    return turns


@cache
def _turn_sides() -> dict[str, str]:
    """Turn label -> "question" or "answer" (lexicons/transcript_turn_labels.txt)."""
    return {word: side for side, words in word_sections("transcript_turn_labels.txt").items() for word in words}


def _turn_side(label: str) -> str:
    """"Q" for a question turn, "A" for an answer turn: "QUESTION:" asks as "Q:" does, and
    "SPOKESPERSON:" answers as "A:" does, so a briefing transcript reads as an interview."""
    return "Q" if _turn_sides()[label.lower()] == "question" else "A"


def _interview_turns(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'Q: Are you worried about losing jobs?': a turn label is nobody's name, and no speaker or
    content of a report. Each answer turn ("A: Of course. ...") of an interview that also has
    question turns is the interviewee's own words, attributed to the person the introduction is
    about (with no cue: the label is the only sign); the reports inside it stay reports of their
    own. PolNeAR marks no attribution on answer turns, so its benchmark leaves these out
    (``INTERVIEW_ANSWER`` in the reason)."""
    text = doc_text(doc)
    turns = _turns(doc)
    labels = {(at, at + len(text[at:text.index(":", at)].rstrip())) for _, _, at, _ in turns}
    label_words = {text[s:e].casefold() for s, e in labels}
    # a report inside a turn was taken as relayed by the label read as a speaker ("via SPOKESPERSON")
    out = [replace(f, relayed_by=None) if f.relayed_by is not None and f.relayed_by.casefold() in label_words else f
           for f in found if f.speaker not in labels and f.content not in labels]
    if not any(label == "Q" for label, *_ in turns):
        return out
    interviewee = _interviewee(doc, turns[0][1]) if turns else None
    if interviewee is None:
        return out
    for label, _, _, start in turns:
        if label != "A":
            continue
        line_end = text.find("\n", start)
        content = _strip(text, start, len(text) if line_end < 0 else line_end)
        if content[1] <= content[0] or any(f.content == content for f in out):
            continue
        out.append(_Found(
            content=content,
            cue=None,
            cue_lemma=None,
            stance="neutral",
            speaker=(interviewee.start_char, interviewee.end_char),
            speaker_head=interviewee.root.i,
            kind="direct",
            reason=f"{INTERVIEW_ANSWER}: an 'A:' turn is the interviewee's, named in the introduction",
        ))
    return out


def answer_speaker(doc: Doc, at: int) -> Span | None:
    """The interviewee when offset ``at`` lies in an answer turn ("A: ...") of an interview that
    also has question turns: the person the introduction above the first turn is about."""
    return _interviewee_in_turn(doc, at, "A")


def question_addressee(doc: Doc, at: int) -> Span | None:
    """The interviewee when offset ``at`` lies in a question turn ("Q: You have said ..."): whom the
    questions' "you" addresses."""
    return _interviewee_in_turn(doc, at, "Q")


def _interviewee_in_turn(doc: Doc, at: int, label: str) -> Span | None:
    turns = _turns(doc)
    if not {"Q", "A"} <= {t[0] for t in turns}:
        return None
    line_start = doc_text(doc).rfind("\n", 0, at) + 1
    if not any(t[0] == label and t[1] == line_start for t in turns):
        return None
    return _interviewee(doc, turns[0][1])


def _interviewee(doc: Doc, before: int) -> Span | None:
    """The person an interview's introduction (the text before its first turn) is about: its first
    person named as a subject; else the first proper-name subject of a main clause that the tagger
    gave no other kind ("Annelies de Vries has run the port since 2021"); else its last person."""
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= before]
    subjects = [e for e in people if e.root.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        return subjects[0]
    for sent in doc.sents:
        if sent.end_char > before:
            break
        for c in sent.root.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN" and c.ent_type_ in {"", "PERSON", "ORG"}:
                names = [t for t in c.subtree if t.i <= c.i and (t.pos_ == "PROPN" or t.is_lower and t.dep_ == "compound")]
                # the tagger often calls a foreign name an organisation; an institution word says it is one
                if names and not any(t.lower_ in word_list("entities_institution_words.txt") for t in names):
                    return doc[names[0].i : c.i + 1]
    return people[-1] if people else None


def _capitalised_name(tok: Token) -> bool:
    """'FALLIN: Well, I think ...': transcripts set speakers' names in capitals, which the tagger
    often reads as a number or a verb; an all-capital word of letters is a name there."""
    return tok.text.isalpha() and tok.text.isupper() and len(tok.text) > 1


# An embedded social-media post as scraped text renders it: the post, a dash, the author's name and
# handle ("Iron Mike Tyson was not asked to speak ... — Donald J. Trump (@realDonaldTrump) June 29"),
# or the handle alone closing the line ("“We will not back down.” — @GovMartinez").
_EMBEDDED_POST = re.compile(
    r"(?:^|(?<=>))[ \t]*(?P<content>[^<>\n]*?\S)[ \t]+(?P<cue>[\u2014\u2013]|--?)[ \t]+"
    r"(?P<speaker>[^<>\n()\u2014]{1,60}?[ \t]*\(@\w{1,30}\)|@\w{1,30}(?=[ \t]*$))",
    re.MULTILINE,
)


def _embedded_posts(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'<post> — Name (@handle) date': the signature line of an embedded post attributes the post
    to its author (the cue is the dash, as the colon is for headline labels)."""
    text = doc_text(doc)
    out = list(found)
    for m in _EMBEDDED_POST.finditer(text):
        s, e = _strip(text, m.start("content"), m.end("content"))
        if len(text[s:e].split()) < MIN_QUOTE_WORDS or any(f.content[0] <= s < f.content[1] for f in out):
            continue
        name_end = m.start("speaker") + len(m.group("speaker").split("(")[0].rstrip())
        names = [t.i for t in doc if m.start("speaker") <= t.idx < name_end]
        head = names[-1] if names else None
        s, e, kind = _classify(text, s, e, regions)
        out.append(
            _Found(
                content=(s, e),
                cue=(m.start("cue"), m.end("cue")),
                cue_lemma="\u2014",
                stance="neutral",
                speaker=(m.start("speaker"), m.end("speaker")),
                speaker_head=head,
                kind=kind,
                reason="signature line of an embedded post (text, dash, author and handle); speaker: the author",
            )
        )
    return out


def _continuations(text: str, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """A quotation that follows a direct quote of the same speaker with only the reporting clause
    between them ('"...," Putin said. "We ..."') continues that speaker's statement."""
    out = list(found)
    # Reports nested inside a quotation (cue within the marks) do not claim the quotation itself.
    claimed = [f.content for f in found if not (f.cue and r_contains(regions, f.cue[0]))]
    for r in regions:
        if any(c[0] <= r.inner_start < c[1] or r.inner_start <= c[0] < r.inner_end for c in claimed):
            continue
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        # A mixed quote whose words end with its quotation ('America needs leaders “who ...,”
        # Clinton said.') is continued by the next quotation just as a direct one is.
        # A quotation opening the paragraph right after a paraphrase that ends its own paragraph
        # ('Ramos said the country is divided.¶“So I think ...”') goes on with that speaker too.
        prev = [f for f in out if (f.kind == "direct" or f.kind == "mixed" and any(o.inner_end == f.content[1] for o in regions)
                                   or f.kind == "indirect" and f.stance in SPEECH_STANCES)
                and f.content[1] <= r.start and not (f.cue and r_contains(regions, f.cue[0]))]
        if not prev:
            continue
        last = max(prev, key=lambda f: f.content[1])
        end_of_prev = max(last.content[1], last.cue[1] if last.cue else 0, last.speaker[1] if last.speaker else 0)
        gap = text[end_of_prev : r.start]
        if last.kind == "indirect" and (gap.strip(EDGE_STRIP + ".") or "\n" not in gap):
            continue
        if len(gap) > CONTINUATION_GAP or any(ch in QUOTE_CHARS for ch in gap.strip(QUOTE_CHARS + " ,.")):
            continue
        if any(o.content[0] >= end_of_prev and o.content[0] < r.start for o in out if o is not last and not (o.cue and r_contains(regions, o.cue[0]))):
            continue
        out.append(
            replace(
                last,
                content=(r.inner_start, r.inner_end),
                kind="direct",
                reason="quotation continuing the previous quote of the same speaker",
            )
        )
        claimed.append((r.inner_start, r.inner_end))
    return out


_PARAGRAPH_BREAK = re.compile(r"\n\s*")
MIN_FEATURE_QUOTE_WORDS = 8  # a whole paragraph of quotation, not a slogan


def _paragraph_quotes(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'On a grey morning he stood at the wheel ...¶“When my father ran this crossing, ...”':
    features set a quotation as a paragraph of its own, with no reporting clause, right after a
    paragraph of narration about the speaker. A quotation that makes up its whole paragraph(s),
    that nothing else claims, after a paragraph with no quotation and no report whose last
    sentences are about one person (a named person, "he"/"she" or a person noun as the subject),
    is that person's. No cue: the convention is the cue."""
    text = doc_text(doc)
    out = list(found)
    for r in regions:
        if not text[r.inner_start : r.inner_end].count(" ") + 1 >= MIN_FEATURE_QUOTE_WORDS:
            continue
        par_start = text.rfind("\n", 0, r.start) + 1
        par_end = text.find("\n", r.end)
        par_end = len(text) if par_end == -1 else par_end
        if text[par_start : r.start].strip() or text[r.end : par_end].strip(EDGE_STRIP + ".") or par_start == 0:
            continue
        outer = [f for f in out if f.cue is None or not r.start <= f.cue[0] < r.end]  # nested reports claim nothing
        if any(f.content[0] < r.end and r.start < f.content[1] for f in outer) or any(
                f.cue is not None and par_start <= f.cue[0] < par_end for f in outer):
            continue
        prev_end = len(text[:par_start].rstrip())
        prev_start = text.rfind("\n", 0, prev_end) + 1
        # narration: no quotation and no statement (a stance about the speaker, "does not pretend
        # to be happy about it", is narration still)
        if prev_end <= prev_start or any(o.start < prev_end and prev_start < o.end for o in regions) or any(
                f.content[0] < prev_end and prev_start < f.content[1] and _is_clause(doc, f.content) for f in out):
            continue
        who = _narrated_person(doc, prev_start, prev_end)
        if who is None:
            continue
        out.append(_Found(
            content=(r.inner_start, r.inner_end), cue=None, cue_lemma=None, stance="neutral",
            speaker=_speaker_chars(who), speaker_head=who.i, kind="direct",
            reason="quotation set as its own paragraph after narration about the speaker (feature convention)",
        ))
    return out


def _is_clause(doc: Doc, content: tuple[int, int]) -> bool:
    """Whether a content holds a finite verb (something said), not just a noun phrase (a topic)."""
    span = doc.char_span(*content, alignment_mode="expand")
    return span is not None and any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in span)


def _narrated_person(doc: Doc, start: int, end: int) -> Token | None:
    """The person the last sentences of a narrative paragraph are about: the main-clause subject
    of its last sentence (else the one before) when it is a named person, "he"/"she", or a
    singular noun of a person."""
    sents = [s for s in doc.sents if start <= s.start_char < end]
    for sent in reversed(sents[-2:]):
        subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for c in subjects:
            if c.lower_ in {"he", "she"} or c.ent_type_ == "PERSON" or (
                    c.pos_ == "PROPN" and any(t.ent_type_ == "PERSON" for t in c.subtree)):
                return c
            if c.tag_ == "NN" and (is_title_word(c.lemma_) or c.lemma_.lower() in _person_words()):
                return c
    return None


def _person_words() -> frozenset[str]:
    return frozenset().union(*word_sections("person_nouns.txt").values())


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


CLAUSE_BREAKS = frozenset({".", ";", "!", "?", "\u2014", "\u2013", "(", ":"})


SPEAKER_CHUNK_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART"})


def _inverted_reporting_clauses(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'“Go back to Univision,” Trump barked', '“This is fantastic!” beamed Donald Hartley': a
    quotation that opens its sentence and is followed by a short clause of a name and a finite verb
    (either order) with nothing else to say is that speaker's, whatever the verb (barked, beamed,
    shot back): the slot makes it a reporting verb. Quotations already claimed are left alone."""
    text = doc_text(doc)
    out = list(found)
    claimed = [f.content for f in found]
    starts = [t.idx for t in doc]
    for r in regions:
        if not r.closed or len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        if any(s < r.inner_end and r.inner_start < e for s, e in claimed):
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        before = text[line_start : r.start].rstrip()
        if before and not before.endswith((".", "!", "?", ":", "\u2014")):
            continue  # a quotation inside a sentence is a quoted phrase, not an utterance
        words = []
        first = bisect_left(starts, r.end)
        for t in doc[first : first + 3 * MAX_SPEAKER_TOKENS]:
            if t.is_space and "\n" in t.text or t.text in CLAUSE_BREAKS or len(words) > MAX_SPEAKER_TOKENS + 2:
                break
            words.append(t)
        while words and words[0].is_punct and words[0].text not in {"\u2014", "\u2013"}:
            words.pop(0)
        if not words or words[0].is_punct:
            continue  # a dash after the quotation opens an aside, not a reporting clause
        # The tagger often reads a past tense after a quotation as a participle ("Trump barked").
        verbs = [k for k, t in enumerate(words) if t.pos_ == "VERB" and (t.tag_ in FINITE_TAGS or t.tag_ == "VBN" and not any(
            c.dep_ in {"aux", "auxpass"} for c in t.children))]
        if not verbs:
            continue
        k = verbs[0]
        verb = words[k]
        own = {"ccomp", "xcomp", "attr", "acomp"} | ({"dobj"} if verb.lemma_.lower() not in ADDRESSEE_VERBS else set())
        if any(c.dep_ in own and c.i > verb.i for c in verb.children):
            continue  # "“...” Trump then signed the bill": a new statement, not a reporting clause
        name = words[:k] if k > 0 else []
        commas = [j for j, t in enumerate(name) if t.text == ","]
        subjects = [j for j, t in enumerate(name) if t.dep_ in SUBJECT_DEPS and t.head.i == verb.i]
        if commas and subjects and subjects[0] > commas[0]:
            continue  # "measure'' income, he said": the words before the comma run the quotation on
        if commas and all(t.pos_ in SPEAKER_CHUNK_POS or t.is_punct for t in name[commas[0] :]):
            name = name[: commas[0]]  # "Sarandon, 69, told MSNBC": the apposition is not the name
        if not name:
            name = []
            for t in words[k + 1 :]:
                if t.text == "," or t.pos_ not in SPEAKER_CHUNK_POS:
                    break
                name.append(t)
        elif not all(t.pos_ in SPEAKER_CHUNK_POS or t.pos_ == "ADV" for t in name):
            continue  # words between the quotation and the name ('measure'' income, he said') run the quote on
        heads = [t for t in name if t.pos_ in {"PROPN", "NOUN", "PRON"}]
        if not heads or len(name) > MAX_SPEAKER_TOKENS:
            continue
        speaker = _strip(text, name[0].idx, name[-1].idx + len(name[-1]))
        out.append(
            _Found(
                content=(r.inner_start, r.inner_end),
                cue=(verb.idx, verb.idx + len(verb)),
                cue_lemma=verb.lemma_.lower(),
                stance="neutral",
                speaker=speaker,
                speaker_head=heads[-1].i,
                kind="direct",
                reason="reporting clause (name and verb) right after a quotation that opens its sentence; speaker: the name",
                cue_token=verb.i,
            )
        )
        claimed.append((r.inner_start, r.inner_end))
    return out


def _colon_introduced_quotes(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'... then leaned in and boomed:¶“Let's defeat her in November.”', 'Article 33 affirms: “No
    Contracting State shall ...”': a clause that ends in a colon right before a quotation
    introduces it, whatever its verb; the verb is the cue and its subject the speaker. Quotations
    already claimed are left alone, and so are colons after a noun phrase (labels, handled by
    _colon_speakers) or a copula ("The question is:")."""
    text = doc_text(doc)
    out = list(found)
    claimed = [f.content for f in found]
    starts = [t.idx for t in doc]
    for r in regions:
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        if any(s < r.inner_end and r.inner_start < e for s, e in claimed):
            continue
        before = text[: r.start].rstrip()
        if not before.endswith(":") or text.count("\n", len(before), r.start) > 2:
            continue  # at most a paragraph break between the colon and the quotation
        k = bisect_left(starts, len(before) - 1)
        if k >= len(doc) or doc[k].text != ":":
            continue
        verb = doc[k].head
        while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i and verb.pos_ != "VERB":
            verb = verb.head
        if verb.pos_ != "VERB" or verb.i > k or _region_at(regions, verb.idx) is not None:
            continue
        subj, how = _subject(verb)
        top = verb
        while subj is None and top.dep_ in {"conj", "dep"} and top.head.i != top.i:
            # "Trump gestured ..., then leaned in and boomed:": verbs chained to the sentence's first
            # share its subject.
            top = top.head
            subj = next((c for c in top.children if c.dep_ in SUBJECT_DEPS and c.i < top.i), None)
            how = f"subject of '{top.text}', the verb the cue is chained to"
        if subj is None or subj.lower_ in DEMONSTRATIVES | {"there", "it"} or "\n" in text[subj.idx : verb.idx]:
            continue
        out.append(
            _Found(
                content=(r.inner_start, r.inner_end),
                cue=(verb.idx, verb.idx + len(verb)),
                cue_lemma=verb.lemma_.lower(),
                stance="neutral",
                speaker=_speaker_chars(subj),
                speaker_head=subj.i,
                kind="direct",
                reason=f"quotation introduced by a clause ending in a colon; speaker: {how}",
                cue_token=verb.i,
            )
        )
        claimed.append((r.inner_start, r.inner_end))
    return out


# Short words a title-case headline leaves in lower case ("Refuses to Disavow", "Call for Action").
HEADLINE_MINOR = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for",
                            "by", "with", "from", "as", "over", "into", "up", "off", "vs", "via"})


MAX_HEADLINE_WORDS = 20


_HEADLINE_STOP = re.compile(r"[:;,\u2014\u2013]|\s-\s")


def _is_title_case_line(words: list[str]) -> bool:
    """A line set in title case or capitals ("Ted Cruz Refuses to Disavow Lindsey Graham
    Endorsement"): the tagger reads its verbs as proper nouns, so its cues need the surface form."""
    content = [w for w in words if w[:1].isalpha() and w.lower() not in HEADLINE_MINOR]
    if len(words) < 3 or len(words) > MAX_HEADLINE_WORDS or len(content) < 3:
        return False
    return sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _headline_cue_at(tok: Token, regions: Sequence[QuoteRegion], clause: bool = False) -> Cue | None:
    """The cue an inflected, capitalised headline word is ("Blasts", "Says"), else None. Bare forms
    ("Support") are as often nouns in a headline as verbs, and cues that frame only a clause, an
    "as" predicate or an impression cannot be read without a parse, unless the content is known to
    be a clause (``clause``: "..., Board Of Election Finds")."""
    if _region_at(regions, tok.idx) is not None or not tok.text[:1].isupper():
        return None
    form = tok.text.lower()
    cue = _cue_form(form)
    if cue is None or form == cue.lemma or cue.needs_as or cue.raising or (cue.clause_only and not clause):
        return None
    return cue


def _headline_name(toks: Sequence[Token]) -> bool:
    """A short title-case name phrase with no cue word of its own ("Glenn Beck", "Board Of Election")."""
    if not toks or len(toks) > MAX_SPEAKER_TOKENS:
        return False
    if not all(t.text[:1].isupper() or t.text in {"’s", "'s"} for t in toks):
        return False
    return not any(_cue_form(t.text.lower()) is not None and t.text.lower() != t.lemma_.lower() for t in toks)


def _headline_found(text: str, regions: Sequence[QuoteRegion], cue: Cue, tok: Token, name: Sequence[Token],
                    content: tuple[int, int], how: str) -> _Found | None:
    c0, c1 = _strip(text, *content, ".")
    if not text[c0:c1].split():
        return None
    c0, c1, kind = _classify(text, c0, c1, regions)
    return _Found(
        content=(c0, c1),
        cue=(tok.idx, tok.idx + len(tok)),
        cue_lemma=cue.lemma,
        stance=cue.stance,
        speaker=_strip(text, name[0].idx, name[-1].idx + len(name[-1])),
        speaker_head=name[-1].i,
        kind=kind,
        reason=f"headline: {how}; speaker: the name phrase",
        cue_token=tok.i,
    )


# Words that join a second verb to a headline's first ("Backs Trump And Denounces Clinton",
# "Says Russians Hacked DNC, Calls ...").
HEADLINE_JOINERS = frozenset({",", "and", "&"})


def _headline_cues(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'Glenn Beck Blasts Drudge for Mocking His Fast': in a headline, a name phrase then an
    inflected cue verb ("Blasts", "Praises", "Said") attributes the rest of the headline (up to a
    colon, comma or dash) to that name. A second inflected cue joined by a comma or "And" shares
    the name ("Le Pen Backs Trump And Denounces Clinton": two statements, the first ending before
    "And"); a headline that ends in the name and the cue ("Guns Are 'A Crisis,' Howard Dean Tells
    Convention") attributes what comes before the comma. Only inflected forms count: a bare form
    ("Support") is as often a noun in a headline as a verb."""
    text = doc_text(doc)
    out = list(found)
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        words = line.split()
        if not _is_title_case_line(words):
            continue
        span = doc.char_span(start, start + len(line), alignment_mode="expand")
        toks = [t for t in span if not t.is_space] if span is not None else []
        line_end = start + len(line)

        def taken(tok: Token) -> bool:
            return any(f.cue is not None and f.cue[0] <= tok.idx < f.cue[1] or f.content[0] <= tok.idx < f.content[1]
                       for f in out)

        first = next((k for k, t in enumerate(toks) if k > 0 and _headline_cue_at(t, regions) is not None
                      and _headline_name(toks[:k]) and not taken(t)), None)
        if first is None:
            out += _inverted_headline(text, regions, toks, line_end, taken)
            continue
        name = toks[:first]
        k = first
        while k is not None:
            tok = toks[k]
            cue = _headline_cue_at(tok, regions)
            stop = _HEADLINE_STOP.search(text, tok.idx + len(tok), line_end)
            c1 = stop.start() if stop else line_end
            # the next verb joined to this one ("... And Denounces Clinton", "..., Calls ...")
            nxt = next((j for j in range(k + 2, len(toks)) if toks[j - 1].lower_ in HEADLINE_JOINERS
                        and toks[j].idx <= c1 + 2 and _headline_cue_at(toks[j], regions) is not None
                        and not taken(toks[j])), None)
            if nxt is not None and toks[nxt - 1].lower_ != ",":
                c1 = min(c1, toks[nxt - 1].idx)
            how = ("name phrase, inflected cue verb, then what is said" if k == first
                   else "a second cue verb joined to the first shares its name phrase")
            made = _headline_found(text, regions, cue, tok, name, (tok.idx + len(tok), c1), how)
            if made is None:
                break
            out.append(made)
            k = nxt
    return out


# Small words a closing name phrase may hold ("Board Of Election", "Secretary Of State").
NAME_JOINERS = frozenset({"of", "and", "the", "\u2019s", "'s"})


def _quotation_then_name(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """'‘We Will Rebuild’: Mayor Promises Aid After Flood', '“Nothing is decided”: Interior
    Ministry': a headline or caption that opens with a quotation, then a colon and a name phrase
    (alone, or as the subject of the line's first cue word), is that name's quotation; the colon is
    the cue, as for "Name: quotation" labels."""
    text = doc_text(doc)
    out = list(found)
    starts = [t.idx for t in doc]
    for r in regions:
        if not r.closed or text[text.rfind("\n", 0, r.start) + 1 : r.start].strip():
            continue
        m = _COLON_AFTER.match(text, r.end)
        if m is None or any(f.content[0] < r.inner_end and r.inner_start < f.content[1] for f in out):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        toks = [t for t in doc[bisect_left(starts, m.end()) :] if t.idx < line_end and not t.is_space]
        cue_at = next((k for k, t in enumerate(toks) if k > 0 and _cue_form(t.text) is not None), None)
        name = toks[:cue_at] if cue_at is not None else toks
        while name and name[-1].is_punct:
            name = name[:-1]
        if not name or not _headline_name(name) or not _plain_name(name) or not all(t.is_alpha or t.text in {"’s", "'s", "."} for t in name):
            continue
        if cue_at is None and (len(name) > 4 or any(t.text in {"’s", "'s"} for t in name)):
            continue  # "“Fake News”: Trump's Favourite Phrase" is a topic line, not a signature
        colon = m.start() + m.group().index(":")
        out.append(
            _Found(
                content=(r.inner_start, r.inner_end),
                cue=(colon, colon + 1),
                cue_lemma=":",
                stance="neutral",
                speaker=(name[0].idx, name[-1].idx + len(name[-1])),
                speaker_head=name[-1].i,
                kind="direct",
                reason="quotation, colon and name phrase open the line (headline convention); speaker: the name",
            )
        )
    return out


_COLON_AFTER = re.compile(r"[ \t]*:[ \t]+")


def _plain_name(toks: Sequence[Token]) -> bool:
    """A name phrase, not an adverbial phrase set in title case ("Despite Snow In Iowa"): no
    preposition or conjunction in it beyond those names are built with."""
    return not any((t.lower_ in HEADLINE_MINOR or t.pos_ in {"ADP", "SCONJ"}) and t.lower_ not in NAME_JOINERS
                   for t in toks) and toks[0].lower_ not in NAME_JOINERS


def _inverted_headline(text: str, regions: Sequence[QuoteRegion], toks: Sequence[Token], line_end: int,
                       taken) -> list[_Found]:  # type: ignore[no-untyped-def]
    """'Ted Cruz Is A 'Natural Born Citizen,' Board Of Election Finds.': a headline ending in a
    comma, a name phrase and an inflected cue (with at most a short object: "Tells Democratic
    Convention") attributes what stands before the comma to that name."""
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if not commas:
        return []
    tail = [t for t in toks[commas[-1] + 1 :] if not t.is_punct]
    for k, tok in enumerate(tail):
        cue = _headline_cue_at(tok, regions, clause=True)
        if cue is None or taken(tok):
            continue
        if not _headline_name(tail[:k]) or not _plain_name(tail[:k]) or len(tail) - k - 1 > MAX_SPEAKER_TOKENS:
            return []
        made = _headline_found(text, regions, cue, tok, tail[:k], (toks[0].idx, toks[commas[-1]].idx),
                               "what stands before a closing name phrase and inflected cue verb")
        return [made] if made is not None else []
    return []


def _glued_cues(doc: Doc, regions: Sequence[QuoteRegion], found: list[_Found]) -> list[_Found]:
    """A quotation glued to its cue ('said,“The new...') is one token to the tokenizer, so the
    parse misses the cue; find the cue word by its surface form right before the opening mark."""
    text = doc_text(doc)
    out = list(found)
    for r in regions:
        if any(f.content[0] <= r.inner_start < f.content[1] for f in out):
            continue
        if len(text[r.inner_start : r.inner_end].split()) < MIN_QUOTE_WORDS:
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        m = re.search(r"([A-Za-z]+)[ \t]*[,:]?[ \t]*$", text[max(line_start, r.start - 40) : r.start])
        if m is None:
            continue
        cue = _cue_form(m.group(1))
        if cue is None:
            continue
        w_start = max(line_start, r.start - 40) + m.start(1)
        w_end = w_start + len(m.group(1))
        subjects = [t for t in doc if line_start <= t.idx < w_start and t.dep_ in SUBJECT_DEPS
                    and t.idx + len(t) <= w_start and _region_at(regions, t.idx) is None]
        subj = subjects[-1] if subjects else None
        speaker = _speaker_chars(subj) if subj is not None else None
        if subj is None:
            # The glued token wrecks the parse; take the noun phrase right before the cue word.
            run = []
            for t in reversed([t for t in doc if line_start <= t.idx and t.idx + len(t) <= w_start]):
                if t.pos_ not in {"PROPN", "NOUN", "ADJ", "DET", "PRON"}:
                    break
                run.insert(0, t)
            if run:
                subj = run[-1]
                speaker = (run[0].idx, run[-1].idx + len(run[-1]))
        if speaker is not None and speaker[1] > w_start:
            speaker = (speaker[0], w_start)
            speaker = _strip(text, *speaker)
        out.append(
            _Found(
                content=(r.inner_start, r.inner_end),
                cue=(w_start, w_end),
                cue_lemma=cue.lemma,
                stance=cue.stance,
                speaker=speaker,
                speaker_head=subj.i if subj is not None else None,
                kind="direct",
                reason="cue word glued to the quotation; speaker: last subject before the cue",
            )
        )
    return out
