"""Who said what: attributions (direct, indirect and mixed quotes) with cue, speaker and stance.

Rules over the dependency parse, driven by a cue lexicon (``lexicons/cues.tsv``) so that analysts
can see and extend what counts as a reporting verb and how each frames its content. The extractor
is deliberately conservative about quote marks: a quoted fragment becomes an attribution only when
a cue or a preceding quote of the same speaker claims it, so scare quotes (a "productive" call)
never turn into statements nobody made.

Beyond reporting verbs, news attributes positions and attitudes (PolNeAR annotates them as
attributions): cue nouns ("his call to ban...", "in Bolton's view"), attitude adjectives ("was
critical of X"), stances received by the subject ("won support from governors"), appearance verbs
("seemed unperturbed", no speaker) and the signature lines of embedded posts. Annotation is
univocal, so a second report chained onto a first ("said X and added Y", "..., claiming Y") ends
the first one's content.

A relative pronoun subject ("Smith, who said ...") is kept as the speaker span (the word the text
gives), while the speaker shown and resolved is its antecedent. Headlines set in title case, whose
verbs the tagger reads as proper nouns, are read by the surface form of their cue verb (a second
verb joined by "And" or a comma shares the name; a headline may close with the name and its verb:
"..., Board Of Election Finds"). Beyond the lexicon, the slot itself makes a reporting verb: a
short "name + verb" clause right after a
quotation that opens its sentence ("“Go back,” Trump barked"), or a clause ending in a colon right
before one ("then leaned in and boomed: “...”"). Passive naming participles ("the
contests known as Super Tuesday") report the name; cue nouns with no possessor report their clause
("fears that the virus will spread"), with the holder named after "by"/"from" when there is one.

Reporting clauses the parser hangs in the wrong place are read by their shape (reporting_clauses.py):
inverted ('"...," said Robin Maynard', '..., said Alan Abramowitz, a demographer'), parenthetical
('X, these supporters acknowledge, Y', '..., his top aide, Tad Devine, told The Huffington Post.')
and comparative ('higher than most analysts had forecast'). A survey named by an "in" phrase ("In a
CNN poll released Monday, ...") and a holder named by a sentence-opening "To X," are sources too
(prepositions.py), and attitude adjectives with their preposition ("were angry about the deal")
are stances (lexicon). Spoken discourse markers ("you know") report nothing.

Cue participles that modify a noun and name their holder ("the bill, opposed by House
Republicans", "a self-described socialist") report the noun, and past-tense cues the parser read
as modifiers of their object ("Trump blasted Disney") are read as the verbs they are
(participles.py).

After the rules, a learned cue layer (learned.py, weights in lexicons/cue_model.json, trained on
PolNeAR by benchmarks/train_cues.py) drops rule attributions whose cue the model judges not to be
one ("levels that will not support local reporting") and adds attributions for cue words no rule
claimed ("the governor fretted that ..."), with a generic frame read from the parse; each one it
adds says so, with its score, in ``reason``. Reports nested in quotations or in other contents, and
words the lexicon's frames declined (in the object and clause frames that decision is about), stay
the rules' call.

Words of force read as force ("targeted fuel depots used to import weapons") are no stances, and a
gathering ("the talks", "the summit") is never a source: both are dropped after the rules.

News of other kinds than wire copy follows conventions of its own, read here too: transcript
turns ("SMIT: ...") are the labelled person's own words, and in an interview ("Q: ... / A: ...")
the answers' "I" is the interviewee (the answers stay prose for the rules; PolNeAR marks the
reports inside them); a quotation set as its own paragraph right after narration about one person
is that person's (the feature convention, no cue); single quote marks quote where no double marks
do (quotes.py); "declined to comment" is a refusal, not a denial. Speakers named again by surname,
role, age or pronoun are resolved by the conventions in anaphora.py.

Scraped copy brings conventions of its own too: a label with the statement it came in ("The
hospital, in a statement: “...”"), a headline that opens with a quotation, a colon and a name
("‘We Will Rebuild’: Mayor Promises Aid"), a post signed by its handle alone ("“...” — @handle"),
a quotation and its reporting clause set in brackets (the brackets bound the report), and a lead-in
clause with a colon before "“...,” she said" (the writer's words, not the quotation's). Multiword
cues in the lexicon ("push back", "cast doubt", "take issue", "look like") win over their verb's
own entry, whichever layer found the cue.

Wire copy closes reports in ways the parse misreads: an outlet's clause after a report ("X said
Y, Interfax reported") relays it, and an apposition renaming the statement ("..., a claim that
could not be verified", "..., a charge Baku denied") is no part of it (boundaries.py).

Every Quote says why it was made (``reason``) and why its speaker is what it is (``speaker_reason``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.boundaries import (
    _cut_before_inner_reports,
    _cut_renaming_appositions,
    _dedupe,
    _drop_unclaimed_nested,
    _within_brackets,
)
from storyline.analyze.attribution.common import EDGE_STRIP, _Found, _sentence_bounds, _strip, _subtree_chars, finite
from storyline.analyze.attribution.cues import cue_lexicon, gathering_nouns, physical_sense, speech_verbs, verb_cue
from storyline.analyze.attribution.constructions import (
    _according_to,
    _colon_introduced_quotes,
    _colon_speakers,
    _continuations,
    _embedded_posts,
    _glued_cues,
    _headline_cues,
    _interview_turns,
    _paragraph_quotes,
    _inverted_reporting_clauses,
    _quotation_then_name,
)
from storyline.analyze.attribution.estimates import _contrast_counts, _estimates_at
from storyline.analyze.attribution.learned import CueModel, apply_learned
from storyline.analyze.attribution.participles import _misparsed_finite_cues, _participle_attributions
from storyline.analyze.attribution.nouns import _adjective_attributions, _noun_attributions
from storyline.analyze.attribution.prepositions import _source_phrases
from storyline.analyze.attribution.speakers import _resolve_speaker, _speaker_as_written
from storyline.analyze.attribution.verbs import _verb_attributions
from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import QuoteRegion, scan_quotes
from storyline.records import Mention, Quote, Span, record_id

__all__ = ["cue_lexicon", "extract_quotes"]


def rule_attributions(doc: Doc, regions: Sequence[QuoteRegion]) -> list[_Found]:
    """What the hand rules find, before the learned layer and the final clean-up (the learned
    filter is trained on exactly these)."""
    text = doc_text(doc)
    found = _verb_attributions(doc, regions)
    taken = {f.cue_token for f in found}
    found += [f for f in _participle_attributions(doc, regions) + _misparsed_finite_cues(doc, regions)
              if f.cue_token not in taken]
    found += _noun_attributions(doc, regions) + _adjective_attributions(doc, regions)
    found = _according_to(doc, regions, found)
    found = _estimates_at(doc, regions, found)
    found = _contrast_counts(doc, regions, found)
    found = _source_phrases(doc, regions, found)
    found = _colon_speakers(doc, regions, found)
    found = _embedded_posts(doc, regions, found)
    found = _dedupe(found, text)
    found = _glued_cues(doc, regions, found)
    found = _headline_cues(doc, regions, found)
    found = _quotation_then_name(doc, regions, found)
    found = _inverted_reporting_clauses(doc, regions, found)
    found = _colon_introduced_quotes(doc, regions, found)
    found = _continuations(text, regions, found)
    # "Israeli jets targeted fuel depots": a criticism cue that means force in its sentence is no stance.
    found = [f for f in found if f.cue_token is None or not physical_sense(doc[f.cue_token])]
    # "The talks are expected to focus on corridors": a meeting is an event, never a source.
    return [f for f in found if f.speaker_head is None or doc[f.speaker_head].lemma_.lower() not in gathering_nouns()]


# An attribution whose content is what a stance is about ("Trump attacked Disney", "praised him for
# his honesty"), not something said or thought: kept (PolNeAR and analysts count stances), but a
# kind of its own, so that listings of who said what can leave them out.
TOPIC = "topic"
_CLAUSE_OPENERS = frozenset({"that", "to", "whether", "if", "how", "why", "what", "when", "where", "who", "which"})


def _gives_a_figure(doc: Doc, start: int, end: int, f: _Found) -> bool:
    """"Analysts estimate the arsenal at around 4,000 units", "the ministry put the figure at
    38,000": an estimate whose content holds a number states that figure, as a clause would."""
    if f.stance != "estimate":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.like_num for t in span)


def _names_a_topic(doc: Doc, start: int, end: int) -> bool:
    """Whether indirect content is a noun or prepositional phrase rather than a clause."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[0].lower_ in _CLAUSE_OPENERS:
        return False
    # the phrase's head decides: a verb inside a noun phrase ("a class called Perception") is no clause.
    # A span with two heads is a clause whose subject the parser hung outside it ("said the meeting,
    # scheduled for June 18, would not take place": "meeting" the object of "said", "take" its
    # complement): a finite verb among its heads makes it a clause ("denied a motion to exclude
    # emails", a noun and its infinitive, stays a topic).
    if span.root.pos_ in {"VERB", "AUX"}:
        return False
    return not any(finite(t) for t in span if t.pos_ in {"VERB", "AUX"} and not span.start <= t.head.i < span.end)


def _multiword_readings(doc: Doc, found: list[_Found]) -> list[_Found]:
    """'pushed back on the report' is a denial whichever layer found it: the learned layer names a
    cue by its lemma alone ("push", a demand), so a verb that a multiword lexicon entry completes
    (cues.tsv: "push back", "cast doubt") takes that entry's name and stance."""
    out = []
    for f in found:
        tok = doc[f.cue_token] if f.cue_token is not None else None
        cue = verb_cue(tok) if tok is not None and tok.pos_ in {"VERB", "AUX"} else None
        if cue is not None and " " in cue.lemma and f.cue_lemma != cue.lemma:
            f = replace(f, cue_lemma=cue.lemma, stance=cue.stance)
        out.append(f)
    return out


def _cut_at_later_source(text: str, found: list[_Found]) -> list[_Found]:
    """"The lender plans to cut 2,000 jobs in Italy, a source with knowledge of the plan said": a
    content the parse runs on into the source of a reporting clause that follows it after a comma
    (the content ends inside or right at the end of that source, whose cue comes after) ends
    before that source; the source and its cue are no part of what was said (or planned). A
    source inside a subordinate clause ("... in June when Mr. Trump said ...") is left to
    boundaries._cut_before_inner_reports.
    A content that runs on over the whole closing clause of an outlet reporting it ("Shimada said
    Tokyo regretted the decision but remained ready for talks, Kyodo reported", where the parse makes
    "reported" a second complement of "said") ends there too: the outlet's report holds this one."""
    out = []
    for f in found:
        ends = [g.speaker[0] for g in found if g is not f and g.speaker is not None and g.cue is not None
                and f.content[0] < g.speaker[0] < f.content[1] <= g.speaker[1] <= g.cue[0]
                and text[: g.speaker[0]].rstrip().endswith(",")]
        ends += [g.speaker[0] for g in found if g is not f and g.speaker is not None and g.cue is not None
                 and f.speaker is not None and f.cue is not None
                 and f.content[0] < g.speaker[0] < g.speaker[1] <= g.cue[0] < g.cue[1] <= f.content[1]
                 and text[g.cue[1] : f.content[1]].strip(EDGE_STRIP + ".") == ""
                 and g.content[0] <= min(f.speaker[0], f.cue[0]) and f.cue[1] <= g.content[1] <= g.speaker[0]
                 and text[: g.speaker[0]].rstrip().endswith(",")]
        if ends:
            s, e = _strip(text, f.content[0], min(ends))
            if e > s:
                f = replace(f, content=(s, e))
        out.append(f)
    return out


def _outlet_closing_a_report(text: str, found: list[_Found]) -> list[_Found]:
    """"Gazprom said gas flows would halt, Interfax news agency reported": the parser often makes
    the closing reporting clause the complement of the first cue, so the first report's content
    runs on over it and the outlet's report looks like the one nested inside. When a plain report
    whose content opens the first one's content is closed, after a comma, by its own source and cue
    at the end of that content, it is the outer report: the first statement ends before the comma,
    and the outlet reports the whole first report (which _relayed_reports then marks as relayed)."""
    out = list(found)
    for gi, g in enumerate(found):
        if g.stance != "neutral" or g.cue is None or g.speaker is None or g.relayed_by is not None:
            continue
        for fi, f in enumerate(found):
            if (f is g or f.cue is None or f.speaker is None or not f.speaker[1] <= f.cue[1] <= f.content[0]
                    or f.content[0] != g.content[0] or not g.content[1] < g.speaker[0] < g.cue[0] < g.cue[1] <= f.content[1]):
                continue
            if text[g.content[1] : g.speaker[0]].strip() != "," or "," in text[g.cue[1] : f.content[1]]:
                continue
            out[fi] = replace(f, content=g.content, reason=f.reason + "; content: ends before the reporting clause closing it")
            out[gi] = replace(g, content=(f.speaker[0], g.content[1]),
                              reason=g.reason + "; content: the report it closes (the parse nested it inside)")
            break
    return out


# a pronoun inside a report most often stands for the one reporting ("Trump noted that he will
# discuss ..."): no one passes on their own statement
_SELF_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you"})


def _relayed_reports(doc: Doc, found: list[_Found]) -> list[_Found]:
    """"China's commerce ministry said it would impose tariffs, Xinhua news agency reported": a
    plain report whose content holds a whole other attribution (its cue, its speaker and its
    content) passes that statement on, as "according to Xinhua" would; the inner statement keeps
    its speaker and names the outer speaker as the one who relayed it (both records stay, as for
    "according to"). The nearest enclosing report is the relayer; a judgement or a doubt about the
    statement ("X denied the ministry said ...") relays nothing, nor does a speaker's "I think"
    or "we knew" inside their own words, nor one whose speaker is the reporter again ("Trump stated
    that ... when Trump raised the question") or a pronoun. A relayer written as a relative pronoun
    ("an official who told reporters ...") is named by the phrase it stands for. A verb relays only
    when it is a verb of saying: "the lower house approved a bill that critics say ..." names an act
    whose object the critics talk about (the learned layer may take "approved" for a cue), and the
    house passes on nothing they said."""
    text = doc_text(doc)
    out = list(found)
    for gi, g in enumerate(found):
        if g.relayed_by is not None or g.cue is None or g.speaker is None:
            continue
        if text[g.speaker[0] : g.speaker[1]].lower() in _SELF_PRONOUNS:
            continue  # '"We knew the dam was weak," said Moroz': her own voice, not a report she passes on
        outers = [
            f for f in found
            if f is not g and f.stance == "neutral" and f.speaker is not None and f.cue is not None
            and not (f.content[0] <= f.cue[0] < f.content[1])
            and f.content[0] <= min(g.cue[0], g.speaker[0], g.content[0])
            and max(g.cue[1], g.speaker[1], g.content[1]) <= f.content[1]
            and (f.content, f.cue) != (g.content, g.cue)
            and _says(doc, f)
        ]
        if outers:
            f = min(outers, key=lambda o: o.content[1] - o.content[0])
            relayer = _speaker_as_written(doc, f) or text[f.speaker[0] : f.speaker[1]]
            if text[g.speaker[0] : g.speaker[1]].casefold() == relayer.casefold():
                continue
            out[gi] = replace(g, relayed_by=relayer,
                              reason=g.reason + f"; relayed: inside the report cued by '{text[f.cue[0]:f.cue[1]]}'")
    return out


def _says(doc: Doc, f: _Found) -> bool:
    """Whether a report's cue can pass a statement on: a verb must be one of the lexicon's verbs of
    saying; other cues (nouns, "according to") are left as they are."""
    if f.cue_token is None or doc[f.cue_token].pos_ not in {"VERB", "AUX"}:
        return True
    return (f.cue_lemma or doc[f.cue_token].lemma_.lower()) in speech_verbs()


def _cited_sources(doc: Doc, found: list[_Found]) -> list[_Found]:
    """"Reuters, citing two officials, reported that the talks had collapsed", "The ministry, citing
    intelligence reports, said 40 militants were killed": the source "citing" names is where the
    statement comes from, and the one citing it passes it on. The rules read "citing" as a cue of
    its own whose content is the cited source (or, where the parser hangs the clause on it, the
    statement); that record becomes the statement with the cited source as its speaker and the
    citing one as its relayer, as "according to" makes it. The citer's own report stays. What is
    cited with a "that" clause of its own ("citing intelligence that ...") is grounds, not a
    source: the citer states the clause."""
    text = doc_text(doc)
    by_cue = {f.cue_token: f for f in found if f.cue_token is not None}
    out: list[_Found] = []
    for g in found:
        cited = _cited_object(doc, g)
        if cited is None or g.speaker is None:
            out.append(g)
            continue
        source = _subtree_chars(cited)
        if text[source[1] : g.content[0]].strip(" ,") == "" and text[g.content[0] : g.content[0] + 5].lower() == "that ":
            # "police banned the protests, citing intelligence that hoodlums intended to ...": a "that"
            # clause right after what is cited says what it shows; the one citing states it.
            out.append(g)
            continue
        citer = text[g.speaker[0] : g.speaker[1]]
        content = g.content
        if content[0] <= cited.idx < content[1]:
            # the content is the cited source itself: the statement is the report the citing hangs on
            report = by_cue.get(doc[g.cue_token].head.i)
            if report is None or report is g:
                # "The Post, citing three officials, reported on Tuesday that ...", parsed without a
                # main verb: the report is the cue the parser hung on the cited source
                hung = next((c for c in cited.children if c.dep_ == "acl" and c.i in by_cue), None)
                if hung is not None:
                    report = by_cue[hung.i]
                    tail = {c.i for c in cited.children if c.i >= hung.i - 1 and (c.i == hung.i or c.is_punct)}
                    source = _subtree_chars(cited, skip=tail)
            if report is None or report is g:
                out.append(g)
                continue
            content = report.content
        out.append(replace(g, speaker=source, speaker_head=cited.i, content=content, relayed_by=citer,
                           reason=g.reason + f"; cited by '{citer}': the cited source speaks, '{citer}' relays"))
    return out


def _cited_object(doc: Doc, f: _Found) -> Token | None:
    """The object of a "citing" participle that cues ``f``: the source cited."""
    if f.cue_lemma != "cite" or f.cue_token is None:
        return None
    tok = doc[f.cue_token]
    if tok.tag_ != "VBG" or tok.dep_ not in {"advcl", "xcomp", "acl"}:
        return None
    return next((c for c in tok.children if c.dep_ == "dobj"), None)


REFUSAL = "refusal"


def _refusal_or(doc: Doc, f: _Found) -> str:
    """'NorthJet declined to comment', 'refused to say whether ...': a refusal to speak denies no
    claim, so an analyst looking for denials must not find it; it gets a stance of its own. A report
    the writer says came 'without providing evidence' is distancing, whatever its verb."""
    if f.cue_token is not None and _without_support(doc[f.cue_token]):
        return "distancing"
    if f.cue_token is not None and _neither_confirmed_nor_denied(doc[f.cue_token]):
        return REFUSAL
    if f.cue_lemma not in word_list("refusal_cues.txt"):
        return f.stance
    text = doc_text(doc)
    return REFUSAL if text[f.content[0] : f.content[0] + 3].lower() == "to " else f.stance


_NOT_WORDS = frozenset({"not", "n't", "never", "neither"})


def _neither_confirmed_nor_denied(cue: Token) -> bool:
    """'could neither confirm nor deny whether ...', 'would not confirm or deny', 'declined to
    confirm or deny': the set phrase withholds comment; it denies nothing. Listed as a denial it
    would tell an analyst the speaker rejected the report."""
    confirm = cue.head
    if (cue.lemma_.lower() != "deny" or cue.dep_ != "conj" or confirm.lemma_.lower() != "confirm"
            or confirm.i != cue.i - 2 or cue.doc[cue.i - 1].lower_ not in {"or", "nor"}):
        return False  # "did not confirm the toll but denied that ...": two acts, the second a denial
    return (any(c.dep_ in {"neg", "preconj"} and c.lower_ in _NOT_WORDS for c in confirm.children)
            or (confirm.dep_ == "xcomp" and confirm.head.lemma_.lower() in word_list("refusal_cues.txt")))


def _request_or(doc: Doc, f: _Found, stance: str) -> str:
    """'asked not to be named', 'asked the court to delay the ruling', 'asked for more time': a
    question cue whose content is a to-infinitive or a "for" object asks for an act or a thing, not
    an answer, so its stance is a demand (as "request"); "asked whether ..." stays a question."""
    if stance != "question":
        return stance
    head = doc_text(doc)[f.content[0] : f.content[1]].lower()
    if head.startswith(("to ", "not to ")) or (f.cue_lemma == "ask" and head.startswith("for ")):
        return "demand"
    return stance


def _without_support(cue: Token) -> bool:
    """'said, without providing evidence, that ...', 'claimed without proof': a "without" phrase on
    the cue naming the support the report lacks (lexicons/unsupported_claim_words.txt)."""
    words = word_list("unsupported_claim_words.txt")
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(t.lemma_.lower() in words for t in c.subtree)
               for c in cue.children)


# the newsroom's or the reader's "we"/"you" in a heading that points to what follows
_SIGNPOST_SPEAKERS = frozenset({"we", "you"})


def _signpost(doc: Doc, f: _Found) -> bool:
    """"Here is what we know:", "What we know about the new variant", "Here's what you need to know":
    an explainer's heading whose "what" stands for the text below it; no one is reported as knowing
    anything (the free-relative rule takes "what" as the content of "what she believes")."""
    text = doc_text(doc)
    if f.speaker is None or text[f.speaker[0]:f.speaker[1]].lower() not in _SIGNPOST_SPEAKERS:
        return False
    return text[f.content[0]:f.content[1]].lower() == "what" and f.cue_lemma in {"know", "need"}


def _negated(doc: Doc, f: _Found) -> _Found:
    """"The minister did not say the talks had failed", "I do not believe he wants a war": a cue with
    a negation reports that the source did not say or hold what the content says. Listed with the
    cue's own stance ("neutral 'say' by the minister: the talks had failed") it tells an analyst the
    reverse, so the stance is "negated". PolNeAR marks such cues as attributions too, so the record
    and its spans stay."""
    if f.cue_token is None or f.cue is None:
        return f
    cue = doc[f.cue_token]
    neg = next((c for c in cue.children if c.dep_ == "neg"), None)
    if neg is None or not f.cue[0] <= cue.idx < f.cue[1] or f.content[0] <= neg.idx < f.content[1]:
        return f  # "The board members don't seem to take it seriously": the negation is what is told
    return replace(f, stance="negated", reason=f"{f.reason}; the cue is negated ('{neg.text} {cue.text}'): "
                   f"the source is not reported as saying this (was {f.stance})")


# A word joined to the one before by a hyphen, up to its end ("-elected", "-emerging", "-operation")
_HYPHENED_REST = re.compile(r"-[^\W\d_]+(?:-[^\W\d_]+)*")


def _whole_last_word(text: str, f: _Found) -> _Found:
    """The content of ``f`` to the end of its last word: the tokenizer splits "re-elected" at the
    hyphen and the parser may hang the rest elsewhere ("warns that the mayor could be re" / "-" /
    "elected"), so a content built from a subtree ends mid-word."""
    s, e = f.content
    if 0 < e < len(text) and text[e - 1].isalpha() and (m := _HYPHENED_REST.match(text, e)) is not None:
        return replace(f, content=(s, m.end()))
    return f


def _the_writer(q: Quote, writer: str | None, regions: Sequence[QuoteRegion]) -> Quote:
    """"I do not believe Maksim wants a war", written in an op-ed or analysis under one byline: an "I"
    outside quotation marks is the writer, whom the byline names; listed as "I" the opinion has no
    one an analyst can search for. A byline of several writers ("A and B") names no one "I" is."""
    if (writer is None or q.speaker is None or q.speaker.lower() != "i" or q.cue is None
            or any(r.start <= q.cue.start < r.end for r in regions)
            or re.search(r",|&|\band\b", writer)):
        return q
    return replace(q, speaker=writer, speaker_entity=None,
                   speaker_reason=f"'{q.speaker}' outside quotation marks is the writer the byline names ({q.speaker_reason})")


def extract_quotes(
    doc: Doc, article_id: str, mentions: Sequence[Mention], reported_by: str | None,
    cue_model: CueModel | None = None, writer: str | None = None,
) -> list[Quote]:
    """Every attribution in ``doc``, in text order, with offsets into ``doc.text``.

    ``cue_model`` replaces the packaged learned cue layer (learned.py); the training script passes
    its candidates here, and a model with both thresholds off gives the rules alone. ``writer`` is
    the article's byline, the speaker of its own first person."""
    text = doc_text(doc)
    regions = scan_quotes(text)
    found = rule_attributions(doc, regions)
    found = apply_learned(doc, regions, found, cue_model)
    found = _multiword_readings(doc, found)
    found = _dedupe(found, text)
    found = _cut_before_inner_reports(doc, regions, found)
    found = _drop_unclaimed_nested(text, regions, found)
    found = _within_brackets(text, regions, found)
    found = _cut_at_later_source(text, found)
    found = _cut_renaming_appositions(doc, found)
    found = _outlet_closing_a_report(text, found)
    found = _relayed_reports(doc, found)
    found = _cited_sources(doc, found)
    # Interview answers ("A: ...") last: PolNeAR marks no cue there, so the rules and the learned
    # layer read the turns as plain prose and find the reports inside them as they would anywhere.
    found = _interview_turns(doc, regions, found)
    found = _paragraph_quotes(doc, regions, found)
    found = [_whole_last_word(text, _negated(doc, f)) for f in found if not _signpost(doc, f)]
    found.sort(key=lambda f: (f.content[0], f.content[1], f.cue or (0, 0)))
    quotes: list[Quote] = []
    mentions = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    for f in found:
        entity, why = _resolve_speaker(doc, f, mentions, quotes)
        s, e = f.content
        cue_span = Span(article_id, *f.cue) if f.cue else None
        sent = _sentence_bounds(doc, min(s, f.cue[0] if f.cue else s), max(e, f.cue[1] if f.cue else e))
        quotes.append(
            Quote(
                id=record_id("quote", article_id, s, e, f.cue),
                span=Span(article_id, s, e),
                sentence=Span(article_id, *sent),
                text=text[s:e],
                cue=cue_span,
                cue_lemma=f.cue_lemma,
                speaker=_speaker_as_written(doc, f),
                speaker_span=Span(article_id, *f.speaker) if f.speaker else None,
                speaker_entity=entity,
                speaker_reason=why,
                kind=TOPIC if f.kind == "indirect" and _names_a_topic(doc, s, e) and not _gives_a_figure(doc, s, e, f) else f.kind,
                stance=_request_or(doc, f, _refusal_or(doc, f)),
                reported_by=reported_by,
                relayed_by=f.relayed_by,
                reason=f.reason,
            )
        )
    return [_the_writer(q, writer, regions) for q in quotes]
