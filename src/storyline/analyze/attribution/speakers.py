"""Speaker resolution: the entity a speaker phrase, pronoun or relative pronoun stands for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span as SpacySpan, Token

from storyline.analyze.attribution.anaphora import (
    body_subject,
    byline_author,
    describe,
    governing_report,
    mention_gender,
    person_like,
    person_noun_gender,
    topic_subject,
)
from storyline.analyze.attribution.constructions import answer_speaker, question_addressee
from storyline.analyze.attribution.common import PERSONAL, PLURAL, _Found, _speaker_chars
from storyline.analyze.attribution.subjects import _relative_antecedent
from storyline.analyze.coref import PRONOUN_GENDER
from storyline.analyze.lexicon import word_list
from storyline.analyze.names import gender_of_name, is_title_word
from storyline.analyze.nlp import doc_text
from storyline.analyze.quotes import scan_quotes
from storyline.records import Mention, Quote


def _resolve_speaker(
    doc: Doc, f: _Found, mentions: Sequence[Mention], previous: Sequence[Quote]
) -> tuple[str | None, str]:
    """Entity id of the speaker and why; None with the reason when it cannot be pinned down."""
    if f.speaker is None:
        return None, "no speaker in the text (impersonal or agentless cue)"
    antecedent = _speaker_antecedent(doc, f)
    if antecedent is not None:
        as_antecedent = replace(f, speaker=_speaker_chars(antecedent), speaker_head=antecedent.i)
        entity, why = _resolve_speaker(doc, as_antecedent, mentions, previous)
        return entity, f"relative pronoun '{doc[f.speaker_head].text}' -> '{antecedent.text}'; {why}"
    s, e = f.speaker
    head = doc[f.speaker_head] if f.speaker_head is not None else None
    inside = [m for m in mentions if m.span.start < e and m.span.end > s]
    if head is not None and head.pos_ == "PRON" and not inside:
        return _resolve_pronoun(head, mentions, previous)
    if inside:
        covering = [m for m in inside if head is not None and m.span.start <= head.idx < m.span.end]
        best = covering[0] if covering else inside[-1]
        holder = _person_titled_for(doc_text(doc), mentions, best) if covering else None
        if holder is not None and holder.entity_id is not None:
            return holder.entity_id, f"the person named before the title at '{best.text}' ('{holder.text}')"
        if not covering and head is not None and _possessor_of_a_relation(head, best):
            return None, f"the speaker is the {head.text} of '{best.text}', not '{best.text}' (no role speaks for them)"
        how = "mention covering the speaker's head" if covering else f"{best.label} mention inside the speaker phrase"
        if best.entity_id is None:
            return None, f"{how} ('{best.text}') is not linked to an entity"
        return best.entity_id, f"{how} ('{best.text}')"
    if head is not None:
        # "Ruiz said", "the minister said", "the 54-year-old said": a surname, role or age the
        # article attached to a named person earlier.
        found = describe(head, mentions, _entity_genders(mentions), previous)
        if found is not None and found.entity_id is not None:
            return found.entity_id, found.why
    return None, "speaker is a description with no named mention"


_PERSON_LIKE = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT"})
_TITLED_FOR = re.compile(r",\s*(?P<title>[^,\n]{1,60}?),\s*")


def _person_titled_for(text: str, mentions: Sequence[Mention], best: Mention) -> Mention | None:
    """"Shantanu Narayen, chair and CEO, Adobe said": the press of South Asia writes a person's title
    and then the body they hold it in, with no "of", so the parse makes the body the speaker (or the
    head of the speaker phrase). The person named right before the title speaks, in that title, for
    the body."""
    if best.label not in {"ORG", "GPE"}:
        return None
    # the model tags an unfamiliar person's name now and then as a work or a product
    before = [m for m in mentions if m.span.end <= best.span.start and m.label in _PERSON_LIKE]
    if not before:
        return None
    first = max(before, key=lambda m: m.span.end)
    m = _TITLED_FOR.fullmatch(text, first.span.end, best.span.start)
    if m is None or not any(is_title_word(w) for w in re.findall(r"[A-Za-z]+", m["title"])):
        return None
    return first


def _possessor_of_a_relation(head: Token, mention: Mention) -> bool:
    """'His companions', "Trump's wife": the possessor of a common noun that names no role speaks
    for nobody here. A role does speak for its holder ("Putin's spokesman", "his office")."""
    if head.pos_ != "NOUN" or is_title_word(head.text) or head.lemma_.lower() in word_list("speaker_proxies.txt"):
        return False
    possessors = [c for c in head.children if c.dep_ == "poss"]
    return any(p.left_edge.idx <= mention.span.start and mention.span.end <= p.right_edge.idx + len(p.right_edge)
               for p in possessors)


def _speaker_antecedent(doc: Doc, f: _Found) -> Token | None:
    """The antecedent when the speaker span is exactly a relative pronoun ("who", "which")."""
    if f.speaker is None or f.speaker_head is None:
        return None
    head = doc[f.speaker_head]
    if (head.idx, head.idx + len(head)) != f.speaker:
        return None
    return _relative_antecedent(head)


def _interviewee_entity(who: SpacySpan, mentions: Sequence[Mention], previous: Sequence[Quote]) -> str | None:
    """The entity of an interview's interviewee, named in its introduction or described there."""
    named = [m for m in mentions if m.entity_id is not None and who.start_char <= m.span.start < who.end_char]
    if named:
        return named[0].entity_id
    found = describe(who.root, mentions, _entity_genders(mentions), previous)
    return found.entity_id if found is not None else None


def _resolve_pronoun(
    head: Token, mentions: Sequence[Mention], previous: Sequence[Quote]
) -> tuple[str | None, str]:
    word = head.lower_
    quoted = [(q.span.start, q.span.end) for q in previous]
    if head.dep_ == "poss" and word in {"its", "his", "her", "their"}:
        bound = _bound_possessor(head, mentions, previous)
        if bound is not None:
            return bound
    if word == "you" and (who := question_addressee(head.doc, head.idx)) is not None:
        # "Q: You have said the port must shrink": the questions' "you" is the interviewee
        return _interviewee_entity(who, mentions, previous), f"'{head.text}' in a question turn of an interview with '{who.text}'"
    if word in {"i", "me"}:
        # "'I think he understands,' Devine said": the first person of a quotation is its speaker
        if (q := _enclosing_quotation(head, previous)) is not None:
            if q.speaker_entity is not None:
                return q.speaker_entity, f"'{head.text}' inside a quotation of {q.speaker}'s"
            return None, f"'{head.text}' inside a quotation whose speaker ('{q.speaker}') is not linked to an entity"
        who = answer_speaker(head.doc, head.idx)
        if who is not None:
            # "A: I think it's in our interests": the first person of an answer is the interviewee.
            return _interviewee_entity(who, mentions, previous), f"'{head.text}' in an answer turn of an interview with '{who.text}'"
        author = byline_author(doc_text(head.doc))
        if author is not None and not _in_quote_marks(head):
            named = [m for m in mentions if m.entity_id is not None and author[0] <= m.span.start < author[1]]
            name = doc_text(head.doc)[author[0] : author[1]]
            return (named[0].entity_id if named else None), f"'{head.text}' outside quotations: the author, '{name}' (byline)"

    def outside_quotes(m: Mention) -> bool:
        return not any(a <= m.span.start < b for a, b in quoted)

    if word in PERSONAL or word == "it":
        found = _pronoun_in_context(head, mentions, previous)
        if found is not None:
            return found
    if word == "it" and (body := body_subject(head, mentions)) is not None:
        return body.entity_id, f"pronoun '{head.text}' -> {body.why}"
    if word in PERSONAL:
        gender = PRONOUN_GENDER.get(word)
        genders = _known_genders(mentions, previous)
        people = [m for m in mentions if m.label == "PERSON" and m.span.end <= head.idx and outside_quotes(m)
                  and genders.get(m.entity_id or "", _mention_gender(m)) in (None, gender)]
        unnamed = _unrecognised_name_speaker(head, mentions, previous)
        if unnamed is not None and (not people or unnamed.speaker_span.start >= people[-1].span.end):
            return None, (f"pronoun '{head.text}' -> speaker of the previous attribution ('{unnamed.speaker}'), "
                          "a name with no entity")
        if people:
            m = people[-1]
            if m.entity_id is None:
                return None, f"pronoun '{head.text}': nearest PERSON '{m.text}' is not linked to an entity"
            return m.entity_id, f"pronoun '{head.text}' -> nearest preceding PERSON '{m.text}'"
        return None, f"pronoun '{head.text}' with no preceding PERSON mention"
    if word in {"we", "us"} and (enclosing := _enclosing_quotation(head, previous)) is not None:
        # "'We found whole families buried,' said Captain Aquino": the first person plural of a
        # quotation is its speaker's side, never the subject of the sentence before it
        if enclosing.speaker_entity is not None:
            return enclosing.speaker_entity, f"'{head.text}' inside a quotation of {enclosing.speaker}'s"
        return None, f"'{head.text}' inside a quotation whose speaker ('{enclosing.speaker}') is not linked to an entity"
    if word in PLURAL:
        # "they" never stands for the "I" or "you" of an earlier report
        earlier = [q for q in previous if q.speaker_span is not None and q.speaker_span.end <= head.idx
                   and (q.speaker or "").lower() not in {"i", "me", "you"}
                   and not (word in {"they", "them"} and _one_person(head.doc, q, mentions))]
        # in a quotation, "they" are others than the one quoted ("FLETCHER: ... they don't want towers")
        voices = {q.speaker_entity for q in previous if q.span.start <= head.idx < q.span.end
                  and q.kind in {"direct", "mixed"} and q.speaker_entity is not None}
        if word in {"they", "them"}:
            earlier = [q for q in earlier if q.speaker_entity not in voices]
        if earlier and earlier[-1].speaker_entity is not None:
            q = earlier[-1]
            return q.speaker_entity, f"pronoun '{head.text}' -> speaker of the previous attribution ('{q.speaker}')"
        return None, f"plural pronoun '{head.text}' not resolved"
    return None, f"pronoun '{head.text}' not resolved"


def _unrecognised_name_speaker(head: Token, mentions: Sequence[Mention], previous: Sequence[Quote]) -> Quote | None:
    """The attribution just before ``head`` when its speaker is a proper name the recogniser missed
    ("But Taia, who was coming from Farnborough, said ..."; "She said she had not heard"): that
    speaker, not an older PERSON mention further back (a band the tagger took for a person), is
    whom the next "she" or "he" continues."""
    earlier = [q for q in previous if q.speaker_span is not None and q.speaker_span.end <= head.idx]
    if not earlier:
        return None
    q = max(earlier, key=lambda q: q.speaker_span.start)  # type: ignore[union-attr]
    span = q.speaker_span
    assert span is not None
    if q.speaker_entity is not None or any(m.span.start < span.end and span.start < m.span.end for m in mentions):
        return None
    words = head.doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    return q


_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


def _enclosing_quotation(head: Token, previous: Sequence[Quote]) -> Quote | None:
    """The innermost direct (or mixed) quotation found so far that holds ``head``: its first person
    is that quotation's speaker."""
    enclosing = [q for q in previous if q.span.start <= head.idx < q.span.end and q.kind in {"direct", "mixed"}]
    return min(enclosing, key=lambda q: q.span.end - q.span.start) if enclosing else None


def _bound_possessor(
    head: Token, mentions: Sequence[Mention], previous: Sequence[Quote]
) -> tuple[str | None, str] | None:
    """'Sheffield City Council has defended its decision to close ...': a possessive in a clause's
    object stands for that clause's subject (when it is named and fits the pronoun's gender)."""
    verb = head.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i]
    if not subjects:
        return None
    subj = subjects[0]
    m = next((m for m in mentions if m.span.start <= subj.idx < m.span.end and m.entity_id is not None), None)
    if m is None:
        return None
    people = m.label == "PERSON"
    if head.lower_ == "its" and people or head.lower_ in _POSSESSIVE_GENDER and (
            not people or mention_gender(m, _entity_genders(mentions)) not in (None, _POSSESSIVE_GENDER[head.lower_])):
        return None
    return m.entity_id, f"possessive '{head.text}' -> '{m.text}', subject of its clause"


def _known_genders(mentions: Sequence[Mention], previous: Sequence[Quote]) -> dict[str, str]:
    """Entity genders from the mentions, and from the reports resolved so far: "He said ..." given
    to an entity makes it a man, whatever the tagger called it or however rare the given name."""
    genders = _entity_genders(mentions)
    for q in previous:
        if q.speaker_entity is not None and q.speaker is not None and q.speaker.lower() in PRONOUN_GENDER:
            genders.setdefault(q.speaker_entity, PRONOUN_GENDER[q.speaker.lower()])
    return genders


def _in_quote_marks(tok: Token) -> bool:
    """Whether a token lies inside quotation marks of its paragraph (any mark style)."""
    text = doc_text(tok.doc)
    return any(r.inner_start <= tok.idx < r.inner_end for r in scan_quotes(text[: tok.idx + len(tok) + 400]))


def _pronoun_in_context(
    head: Token, mentions: Sequence[Mention], previous: Sequence[Quote]
) -> tuple[str | None, str] | None:
    """A subject pronoun read by the conventions of reported speech (anaphora.py): the speaker of
    the report whose clause it is in, else the person (or, for "it", the body) the sentences before
    it are about. None when neither applies, so the nearest-person fallback decides."""
    genders = _known_genders(mentions, previous)
    want = PRONOUN_GENDER.get(head.lower_)
    report = governing_report(head, previous)
    if report is not None and report.speaker_entity is None and (
            (report.speaker or "").lower() in PRONOUN_GENDER or (report.speaker or "").lower().startswith("the ")):
        # "he said he ...", "the candidate said he ...": the outer speaker is as unresolved as this
        # one (a definite description refers back to someone named); let the fallbacks try.
        report = None
    if report is not None and _speaker_fits(head.doc, report, mentions, genders, want):
        if report.speaker_entity is not None:
            return report.speaker_entity, f"pronoun '{head.text}' -> speaker of the report it is in ('{report.speaker}')"
        return None, f"pronoun '{head.text}' -> speaker of the report it is in ('{report.speaker}'), not a named entity"
    direct = any(q.span.start <= head.idx < q.span.end and q.kind in {"direct", "mixed"} for q in previous)
    if head.dep_ not in {"nsubj", "nsubjpass"} or direct or want is None:
        return None  # "it" only as the speaker of an enclosing report: its topics are too loose
    topic = topic_subject(head, mentions, genders, previous)
    if topic is None:
        return None
    if topic.entity_id is not None:
        return topic.entity_id, f"pronoun '{head.text}' -> {topic.why}"
    return None, f"pronoun '{head.text}' -> {topic.why}"


def _speaker_root(doc: Doc, q: Quote) -> Token | None:
    """The head word of a report's speaker phrase, when it has one."""
    if q.speaker_span is None:
        return None
    span = doc.char_span(q.speaker_span.start, q.speaker_span.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _one_person(doc: Doc, q: Quote, mentions: Sequence[Mention]) -> bool:
    """Whether a report's speaker is a single person ("Jason Miller, a senior adviser", "the
    admiral", "he"), whom "they" never stands for."""
    root = _speaker_root(doc, q)
    if root is None:
        return False
    if any(c.dep_ == "conj" for c in root.children) or root.tag_ == "NNPS":
        return False  # "he and Mr. Allen", "The Ebelings"
    if root.lower_ in PERSONAL or root.lower_ in {"i", "me"}:
        return True
    covering = next((m for m in mentions if m.span.start <= root.idx < m.span.end), None)
    if covering is not None and person_like(covering, mentions):
        return True
    return root.tag_ == "NN" and person_noun_gender(root.lemma_)[0]


def _speaker_fits(
    doc: Doc, q: Quote, mentions: Sequence[Mention], genders: dict[str, str], want: str | None
) -> bool:
    """Whether a report's speaker can be what a pronoun of gender ``want`` ("it": None) stands
    for, judged by the head of the speaker phrase: a person of that gender (a name, a singular
    person noun, "he"/"she") for "he"/"she"; a body or thing for "it". Never a plural ("Mr.
    Sanders's aides said he ..."), a share ("60 percent said he ...") or a document."""
    root = _speaker_root(doc, q)
    if root is None:
        return False
    covering = next((m for m in mentions if m.span.start <= root.idx < m.span.end), None)
    is_person_noun, noun_gender = person_noun_gender(root.lemma_)
    if root.lower_ in {"one", "someone", "somebody", "another"}:
        return want is not None  # "One told me he had never seen it rise this fast"
    if root.pos_ == "PRON":
        return want is not None and PRONOUN_GENDER.get(root.lower_) == want
    if want is None:  # "it": a body, never a person
        return not is_person_noun and not (covering is not None and covering.label == "PERSON") and root.tag_ != "NNS"
    if root.tag_ in {"NNS", "NNPS"}:
        return False
    if covering is not None and covering.label == "PERSON":
        return mention_gender(covering, genders) in (None, want)
    return (is_person_noun or root.pos_ == "PROPN") and noun_gender in (None, want)


def _mention_gender(m: Mention) -> str | None:
    """m/f for "she", "Mrs. Clinton", "Hillary Clinton"; None when the words do not say."""
    return PRONOUN_GENDER.get(m.text.lower()) or gender_of_name(m.text)


def _entity_genders(mentions: Sequence[Mention]) -> dict[str, str]:
    """Per article-local entity, the gender its mentions state first (a pronoun joined to it, a
    gendered title or given name), so that "he" never goes to an entity others call "she"."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.label == "PERSON" and m.entity_id is not None and m.entity_id not in out:
            if (g := _mention_gender(m)) is not None:
                out[m.entity_id] = g
    return out


def _speaker_as_written(doc: Doc, f: _Found) -> str | None:
    """The speaker as users read it: the text of the speaker span, except that a relative pronoun
    ("who said") shows the phrase it stands for ("Smith"), so a search for the name finds the
    quote while ``speaker_span`` still points at the pronoun in the sentence."""
    if f.speaker is None:
        return None
    text = doc_text(doc)
    antecedent = _speaker_antecedent(doc, f)
    s, e = _speaker_chars(antecedent) if antecedent is not None else f.speaker
    return text[s:e]
