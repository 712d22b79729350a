"""Who a speaker pronoun or description stands for when no linked mention covers it.

Coreference (coref.py) joins pronouns only when one person is the obvious antecedent; the rest
reach speaker resolution bare. News prose follows a few conventions that make many of them plain,
and this module reads those, each time preferring no answer to a guess:

- a subject pronoun in a report's clause is that report's speaker ("Tran testified that he raised
  concerns", "One investor said he believed talks would resume");
- otherwise a pronoun that opens a report continues the topic of the sentences before it: the main
  clause's subject of the same sentence or of the last few sentences ("MacLeod laughed. He said he
  might learn to drive"; "A nurse told me she ... 'I already ...,' she said"), skipping people whose
  gender the words rule out ("His daughter, Kirsty, sees it differently. She said ...");
- a bare surname or a transcript label ("Ruiz said", "SMIT:", "Ms Marsh said") names the person
  the article named in full;
- a definite role description ("the minister said", "the judge said") names the one person the
  article gave that role in an apposition or title ("The Scottish transport minister, Alasdair
  Kerr"; "U.S. District Judge Harold Brenner");
- an age description ("the 54-year-old") names the person the sentences before were about;
- the "I" of an opinion piece, outside quotations, is the author its byline names.

A definite description that names nobody ("The Vermont senator has won three states. He said")
leaves the pronoun undecided, for the nearest-person fallback; an indefinite one ("A nurse told
me ...") introduces someone new, whom no named person stands for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from storyline.analyze.coref import PRONOUN_GENDER, _inside_quote
from storyline.analyze.datelines import in_dateline
from storyline.analyze.lexicon import word_list, word_sections
from storyline.analyze.names import fold, gender_of_name, is_generic_institution, is_place_word, is_title_word
from storyline.analyze.nlp import doc_text
from storyline.records import Mention, Quote

_SUBJECTS = {"nsubj", "nsubjpass"}
_SENTENCES_BACK = 3  # how far back a pronoun's topic may lie
_AGE = re.compile(r"\b\d+-years?-old\b", re.IGNORECASE)
# Labels of mentions that can be a person when a title or given name says so (the small model
# calls many names ORG: "Duncan MacLeod", "Kirsty").
_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"}
# Transcript labels and turns that are no names ("Q:", "A:", "MODERATOR:").
_NOT_NAMES = {"q", "a"}
# A subject that may or may not be the pronoun's person (a name the tagger called an organisation
# with nothing to say it is a person; a definite description that names nobody the article gave
# that role): the chain stops there, undecided, and the nearest-person fallback decides.
_UNSURE = "unsure"


@dataclass(frozen=True, slots=True)
class Referent:
    """What a pronoun or description was found to stand for: the phrase head it goes back to
    (None when it goes back to a report's speaker), its entity when one is named, and why."""

    token: Token | None
    entity_id: str | None
    why: str


def person_noun_gender(lemma: str) -> tuple[bool, str | None]:
    """Whether a noun names a person (lexicons/person_nouns.txt) and the gender it states."""
    sections = word_sections("person_nouns.txt")
    word = lemma.lower()
    for gender in ("m", "f"):
        if word in sections.get(gender, frozenset()):
            return True, gender
    return word in sections.get("any", frozenset()) or is_title_word(word), None


def mention_at(mentions: Sequence[Mention], idx: int) -> Mention | None:
    return next((m for m in mentions if m.span.start <= idx < m.span.end), None)


def mention_gender(m: Mention, genders: dict[str, str]) -> str | None:
    return genders.get(m.entity_id or "") or PRONOUN_GENDER.get(m.text.lower()) or gender_of_name(m.text)


def _compatible(found: str | None, wanted: str | None) -> bool:
    return found is None or wanted is None or found == wanted


# ------------------------------------------------------------------ pronouns


def governing_report(head: Token, previous: Sequence[Quote]) -> Quote | None:
    """The earlier report whose cue governs the clause ``head`` is the subject of ("Tran testified
    that he raised ..."): in reported speech a subject pronoun is, by default, the reporter."""
    if head.dep_ not in _SUBJECTS:
        return None
    verb = head.head
    for q in reversed(previous):
        if q.cue is None or q.kind not in {"indirect", "mixed"} or not q.span.start <= head.idx < q.span.end:
            continue
        cue = head.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
        if cue is None or not len(cue):
            continue
        if any(a.i == cue.root.i for a in verb.ancestors):
            return q
    return None


def _sentences_back(head: Token) -> list[SpacySpan]:
    """The pronoun's sentence, then up to _SENTENCES_BACK earlier ones, nearest first."""
    sents = list(head.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    return [sents[i] for i in range(at, max(-1, at - _SENTENCES_BACK - 1), -1)]


def _main_subjects(sent: SpacySpan) -> list[Token]:
    """The subjects of a sentence's main clause (its root and the verbs joined to it). A passive
    verb's agent follows its subject, as the one who acted ("The decision was announced by Interior
    Minister Clara Duval. She said ...": she is Duval). A dateline the parser made a subject
    ("SAN LUCAS, May 8 (Reuters) - Valmora's government confirmed ... after it denied") is none: the
    outlet's place is no one the story's pronouns continue."""
    verbs = [sent.root] + [c for c in sent.root.children if c.dep_ == "conj"]
    found: list[Token] = []
    for v in verbs:
        found += [c for c in v.children if c.dep_ in _SUBJECTS and not in_dateline(c)]
        found += [o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return found


def topic_subject(
    head: Token, mentions: Sequence[Mention], genders: dict[str, str], previous: Sequence[Quote]
) -> Referent | None:
    """The person a subject pronoun continues: the nearest main-clause subject before it that can
    be a person of the pronoun's gender. Another pronoun of the same form carries the chain on when
    it was resolved; a thing ("The bridge", "It") is passed over; a person the gender rules out is
    passed over too. None when nothing fits within a few sentences."""
    want = PRONOUN_GENDER.get(head.lower_)
    text = doc_text(head.doc)
    for sent in _sentences_back(head):
        for c in _main_subjects(sent):
            if c.i >= head.i or _inside_quote(text, c.idx):
                continue
            found = _person_referent(c, mentions, genders, previous, want)
            if found is _UNSURE:
                return None
            if isinstance(found, Referent):
                return found
        if sent.start <= head.i < sent.end and not _closes_its_report(head):
            # "A court sentenced opposition leader Kizza Besigye ... before a vote he had vowed to
            # contest": when the main subject is no person, the person named before the pronoun in
            # its own sentence is.
            named = [m for m in mentions if sent.start_char <= m.span.start and m.span.end <= head.idx
                     and m.label == "PERSON" and m.entity_id is not None and not _inside_quote(text, m.span.start)
                     and _compatible(mention_gender(m, genders), want) and not is_place_word(m.text)
                     and m.text.lower() not in PRONOUN_GENDER and not _in_own_adjunct(m, head)]
            if named:
                return Referent(None, named[-1].entity_id, f"'{named[-1].text}', named before it in its sentence")
    return None



def _in_own_adjunct(m: Mention, head: Token) -> bool:
    """Whether a mention lies in a subjectless clause set before the pronoun's own verb ("Asked about
    Marchetti's departure, he said ...", "Pressed on Lund's remarks, she declined"): that clause's
    understood subject is the pronoun itself, so a person named inside it is someone else (the one
    asked about), never its antecedent."""
    verb = head.head
    for c in verb.children:
        if c.dep_ != "advcl" or c.i >= head.i or any(x.dep_ in _SUBJECTS for x in c.children):
            continue
        start, end = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        if start <= m.span.start and m.span.end <= end:
            return True
    return False


def _closes_its_report(head: Token) -> bool:
    """"Tanabe will also call on President Lee during the trip, he added": a pronoun in a reporting
    clause set after what it reports stands for someone named before that report, not for a person
    the report itself names (the speaker of the sentences before carries on)."""
    verb = head.head
    return head.dep_ in _SUBJECTS and verb.i > head.i and any(
        c.dep_ in {"ccomp", "parataxis"} and c.i < head.i for c in verb.children) or (
        head.dep_ in _SUBJECTS and verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < head.i and verb.i > head.i
        and verb.head.pos_ in {"VERB", "AUX"})


_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})


def body_subject(head: Token, mentions: Sequence[Mention]) -> Referent | None:
    """The organisation or country an "it" that reports continues: the nearest main-clause subject
    before it, in its sentence or the few before ("NorthJet Airways cancelled 40 flights. It said
    ..."), when that subject names one. Any other nearest subject ("The ministry of health published
    figures. It said ...", a person) ends the search: the pronoun is left to the other rules."""
    text = doc_text(head.doc)
    for sent in _sentences_back(head):
        for c in _main_subjects(sent):
            if c.i >= head.i or _inside_quote(text, c.idx) or c.lower_ in PRONOUN_GENDER or c.lower_ == "it":
                continue
            named = [m for m in mentions if m.entity_id is not None and c.left_edge.idx <= m.span.start
                     and m.span.end <= c.right_edge.idx + len(c.right_edge)]
            bodies = [m for m in named if m.label in _BODY_LABELS]
            if not bodies or any(m.label == "PERSON" for m in named):
                return None
            return Referent(None, bodies[0].entity_id, f"'{bodies[0].text}', the subject it continues")
    return None


def _person_referent(
    c: Token, mentions: Sequence[Mention], genders: dict[str, str], previous: Sequence[Quote], want: str | None
) -> Referent | bool | str:
    """What subject ``c`` says about who a pronoun of gender ``want`` stands for: a Referent; False
    when ``c`` cannot be that person (pass it over); _UNSURE when it may be (stop undecided)."""
    m = mention_at(mentions, c.idx)
    if c.pos_ == "NOUN" and person_noun_gender(c.lemma_)[0]:
        # "Its president, Marcel Dettling", "His daughter, Kirsty": the apposition names the person.
        for a in (x for x in c.children if x.dep_ == "appos"):
            named = mention_at(mentions, a.idx)
            if named is not None and named.label in _NAME_LABELS:
                if not _compatible(mention_gender(named, genders) or person_noun_gender(c.lemma_)[1], want):
                    return False
                return Referent(a, named.entity_id, f"'{named.text}', subject of an earlier sentence")
    if c.pos_ == "PRON":
        if PRONOUN_GENDER.get(c.lower_) != want or want is None:
            return False
        if m is not None and m.entity_id is not None:
            return Referent(c, m.entity_id, f"the earlier '{c.text}' ({m.text})")
        return False
    if m is not None and (m.label == "PERSON" or m.label in _NAME_LABELS
                          and (gender_of_name(m.text) or m.entity_id in genders or _called_by_surname(m, mentions)
                               or _titled(m))):
        if not _compatible(mention_gender(m, genders), want):
            return False
        return Referent(c, m.entity_id, f"'{m.text}', subject of an earlier sentence")
    if m is not None and m.label in _NAME_LABELS and _appositive_person(c):
        # "Keiko Tanabe, the head of the nurses' union, said ...": whatever label the tagger gave
        # the name, an apposition that is a person noun makes it a person's.
        if not _compatible(mention_gender(m, genders), want):
            return False
        return Referent(c, m.entity_id, f"'{m.text}', subject of an earlier sentence (a person by its apposition)")
    if c.pos_ == "PROPN" and m is not None and m.label == "ORG" and not is_generic_institution(m.text):
        return _UNSURE
    if _looks_like_name(c) and m is None:
        named = surname_referent(c, (c.left_edge.idx, c.right_edge.idx + len(c.right_edge)), mentions)
        if named is not None:
            g = genders.get(named.entity_id or "")
            return named if _compatible(g, want) else False
        return False
    if c.pos_ == "NOUN" or c.ent_type_ == "DATE" and _AGE.search(_np_text(c)):
        if c.tag_ == "NNS" and want is not None:
            return False  # "Union leaders said ... he": a plural is no "he" or "she"
        is_person, g = person_noun_gender(c.lemma_)
        if not is_person and not _AGE.search(_np_text(c)):
            # "De Vries's contract runs until 2027. She declined ...": the possessor is the topic.
            owner = next((x for x in c.children if x.dep_ == "poss" and x.pos_ == "PROPN"), None)
            return _person_referent(owner, mentions, genders, previous, want) if owner is not None else False
        if not _compatible(g, want):
            return False
        described = describe(c, mentions, genders, previous)
        if described is not None:
            return described
        if g is not None and want is not None and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in c.children):
            # "... after doctors urged him to stop, his wife said. He lost 14 kilograms, she said.": a
            # kin or role noun of the pronoun's gender owned by a pronoun, which no apposition or
            # title in the article names, is someone the article does not name; the nearest named
            # woman (his lawyer, quoted paragraphs before) is not her
            return Referent(c, None, f"'{_np_text(c)}', subject of an earlier sentence, names nobody")
        if any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) or any(d.dep_ == "poss" for d in c.children):
            # "The Vermont senator said ... He": a definite description refers back to someone the
            # article named, which the nearest-person fallback may find; "A nurse" names nobody.
            return _UNSURE
        return Referent(c, None, f"'{_np_text(c)}', subject of an earlier sentence, names nobody")
    return False


def _appositive_person(c: Token) -> bool:
    """Whether a name is set beside a person noun in apposition ("Keiko Tanabe, the head of the
    nurses' union"; "Renata Sobczak, a former accountant"), which says the name is a person's."""
    return c.pos_ == "PROPN" and any(a.dep_ == "appos" and a.pos_ == "NOUN" and person_noun_gender(a.lemma_)[0]
                                     for a in c.children)


def _counted_kin(head: Token) -> bool:
    """"the grandmother of four", "the father of two": a person noun with an "of" phrase that
    counts (children, grandchildren) describes, like an age, someone the article has just named."""
    if not person_noun_gender(head.lemma_)[0]:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num for g in c.children)
               for c in head.children)


def person_like(m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether a mention names a person, whatever label the tagger gave it: PERSON, or a name with
    a gendered title or given name, after a title, or shortened to its surname in the article."""
    return m.label == "PERSON" or bool(gender_of_name(m.text)) or _titled(m) or _called_by_surname(m, mentions)


def _titled(m: Mention) -> bool:
    """"Councillor Rhys Morgan": a name after a title or a person noun is a person's."""
    words = m.text.split()
    return len(words) >= 2 and words[1][:1].isupper() and person_noun_gender(words[0].rstrip(".").lower())[0]


def _called_by_surname(m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the article calls ``m``'s entity by the last word of its full name alone, the way
    news names people ("Duncan MacLeod" ... "MacLeod laughed"); organisations are shortened to
    their first word ("Veltronics Inc." ... "Veltronics"), so this tells a person the tagger called
    an organisation."""
    if m.entity_id is None:
        return False
    names = [fold(x.text).split() for x in mentions if x.entity_id == m.entity_id]
    full = [n for n in names if len(n) in (2, 3)]
    return any(n[-1] == f[-1] and len(n) == 1 for n in names for f in full)


def _looks_like_name(tok: Token) -> bool:
    """A proper noun, a transcript label in capitals, or a capitalised singular word the tagger
    called a common noun with no determiner to make it one ("Ruiz said" at a sentence start). Only
    a match with a name the article gives in full makes it a name (surname_referent)."""
    if tok.pos_ == "PROPN" or tok.text.isupper() and tok.is_alpha and len(tok) > 1:
        return True
    return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text[:1].isupper()
            and not any(c.dep_ in {"det", "poss"} for c in tok.children))


def _np_text(tok: Token) -> str:
    doc = tok.doc
    return doc[tok.left_edge.i : tok.i + 1].text


# ------------------------------------------------------------------ names and descriptions


def describe(
    head: Token, mentions: Sequence[Mention], genders: dict[str, str], previous: Sequence[Quote]
) -> Referent | None:
    """The named entity a speaker phrase headed by ``head`` refers to, when it is a bare surname or
    label, a definite role description or an age description; None when the text does not say."""
    span = (head.left_edge.idx, head.idx + len(head))
    if _looks_like_name(head):
        return surname_referent(head, span, mentions)
    if _AGE.search(_np_text(head)) or _counted_kin(head):
        found = _earlier_person(head, mentions, genders, previous)
        if found is not None:
            return Referent(found.token, found.entity_id, f"age or family description -> {found.why}")
        return None
    if head.pos_ == "NOUN" and (any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or _noun_possessor(head)):
        found = role_referent(head, mentions)
        if found is None and head.lemma_.lower() in word_list("speaker_generic_roles.txt"):
            found = _speaker_before(head, mentions, previous)
        if found is None and head.lemma_.lower() in word_list("speaker_body_nouns.txt"):
            found = _body_before(head, mentions, previous)
        return found
    return None


def _noun_possessor(head: Token) -> bool:
    """"The family's lawyer added ...", "the club's president said": a role noun whose possessor is
    a noun phrase is as definite as "the lawyer" and refers to whoever the article gave that role
    ("Anita Desai, a lawyer for the family"). A possessive pronoun ("his lawyer") is left alone:
    whose lawyer it is depends on who "his" is."""
    return any(c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in head.children)


def _report_before(head: Token, previous: Sequence[Quote]) -> Quote | None:
    """The report whose cue comes last before ``head``, in its sentence or the one before."""
    lo = _sentences_back(head)[:2][-1].start_char
    before = [q for q in previous if q.cue is not None and lo <= q.cue.start < head.idx]
    return max(before, key=lambda q: q.cue.start) if before else None  # type: ignore[union-attr]


def _speaker_before(head: Token, mentions: Sequence[Mention], previous: Sequence[Quote]) -> Referent | None:
    """"A spokesman for the service, Dalibor Hest, said rescuers had found two more bodies. The
    official added ...": a general role noun (lexicons/speaker_generic_roles.txt) opening a report
    carries on the speaker of the report just before it, in its sentence or the one before, when
    that speaker is a named person (an official is nobody's organisation)."""
    last = _report_before(head, previous)
    if last is None:
        return None
    if last.speaker_entity is None or not any(m.entity_id == last.speaker_entity and m.label == "PERSON" for m in mentions):
        return None
    return Referent(None, last.speaker_entity, f"'{_np_text(head)}' -> the speaker of the report before it ('{last.speaker}')")


def _body_before(head: Token, mentions: Sequence[Mention], previous: Sequence[Quote]) -> Referent | None:
    """"Norvik Energy said in a filing that ... The company blamed lower gas prices": a definite
    noun for an organisation (lexicons/speaker_body_nouns.txt) opening a report carries on the
    speaker of the report just before it, in its sentence or the one before, when that speaker is
    a named body (not a person) and its phrase calls it by no other such noun ("The Financial
    Conduct Authority said ... The company said" are two bodies)."""
    last = _report_before(head, previous)
    if last is None:
        return None
    named = [m for m in mentions if m.entity_id == last.speaker_entity]
    if last.speaker_entity is None or not named or any(person_like(m, mentions) for m in named):
        return None
    bodies = word_list("speaker_body_nouns.txt")
    words = {w.lower().strip(".,'’") for w in (last.speaker or "").split()}
    if any(w in bodies and w != head.lemma_.lower() for w in words):
        return None
    tail = (last.speaker or "").split()[-1:] or [""]
    if tail[0].isalpha() and tail[0].islower() and tail[0] not in {head.lower_, head.lemma_.lower()}:
        # "Nigerian police banned ... called by the country's main labour federation": a speaker
        # phrase headed by a common noun of its own ("police") is not the body another noun names
        return None
    return Referent(None, last.speaker_entity, f"'{_np_text(head)}' -> the body that spoke in the report before it ('{last.speaker}')")


def surname_referent(head: Token, span: tuple[int, int], mentions: Sequence[Mention]) -> Referent | None:
    """"Ruiz said", "Ms Marsh said", "DE VRIES:": the one entity the article names in full with
    this surname (case aside)."""
    doc = head.doc
    words = [t for t in doc.char_span(*span, alignment_mode="expand") or []
             if t.is_alpha and not is_title_word(t.text.rstrip("."))]
    if not words or len(words) > 3:
        return None
    key = fold(" ".join(t.text for t in words))
    if key in _NOT_NAMES or len(key) < 3:
        return None
    matches = [m for m in mentions if m.entity_id is not None and not span[0] <= m.span.start < span[1]
               and (fold(m.text) == key or fold(m.text).endswith(" " + key)
                    or len(fold(m.text)) > 2 and key.endswith(" " + fold(m.text))) and m.label in _NAME_LABELS
               and not m.text.isupper()]  # another transcript label is no fuller name
    fuller = {fold(m.text) for m in matches if fold(m.text).endswith(" " + key)}
    if not matches or len(fuller) > 1:
        return None  # two people share the surname ("Kevin Marsh", "Ellen Marsh"): too close to call
    # One person, whom the linker may have split ("Councilwoman Diaz", "Diaz"): the most mentioned.
    counts = Counter(m.entity_id for m in matches)
    eid = max(counts, key=lambda e: (counts[e], any(fold(m.text) in fuller for m in matches if m.entity_id == e)))
    m = max((m for m in matches if m.entity_id == eid), key=lambda m: len(m.text))
    return Referent(head, eid, f"'{' '.join(t.text for t in words)}' -> '{m.text}', the name in full in the article")


def _tokens_by_word(doc: Doc) -> dict[str, tuple[int, ...]]:
    """Token indices by lower-case lemma and by lower-case form, built once per Doc.

    ``role_referent`` looks for earlier uses of a role word; scanning every token before each
    speaker cost speakers x tokens, a minute and more on a long transcript of "the minister said"."""
    index = doc.user_data.get("storyline_tokens_by_word")
    if index is None:
        found: dict[str, list[int]] = {}
        for t in doc:
            found.setdefault(t.lemma_.lower(), []).append(t.i)
            if t.lower_ != t.lemma_.lower():
                found.setdefault(t.lower_, []).append(t.i)
        index = doc.user_data["storyline_tokens_by_word"] = {k: tuple(v) for k, v in found.items()}
    return index


def role_referent(head: Token, mentions: Sequence[Mention]) -> Referent | None:
    """"The minister said": the one entity the article earlier gave this role word in an
    apposition ("Fiona Grant, the council's transport convener"; "The Scottish transport minister,
    Alasdair Kerr") or as a title ("U.S. District Judge Harold Brenner")."""
    doc = head.doc
    lemma = head.lemma_.lower()
    ids: dict[str, Mention] = {}
    by_word = _tokens_by_word(doc)
    before = sorted({i for i in by_word.get(lemma, ()) + by_word.get(head.lower_, ()) if i < head.left_edge.i})
    for t in (doc[i] for i in before):
        if t.lemma_.lower() != lemma and t.lower_ != head.lower_:
            continue
        root = t
        if root.dep_ in {"compound", "amod"}:
            if root.head.pos_ != "PROPN":
                continue  # "opposition leader Kizza Besigye": "opposition" is no role of his
            root = root.head
        linked = [root] + [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            linked.append(root.head)
        for cand in linked:
            m = mention_at(mentions, cand.idx)
            if m is not None and m.entity_id is not None and m.label in _NAME_LABELS:
                ids.setdefault(m.entity_id, m)
    if len(ids) != 1:
        return None
    eid, m = next(iter(ids.items()))
    return Referent(head, eid, f"'{_np_text(head)}' -> '{m.text}', given that role earlier")


def _earlier_person(
    head: Token, mentions: Sequence[Mention], genders: dict[str, str], previous: Sequence[Quote]
) -> Referent | None:
    """The person the sentences before ``head`` are about (for "the 54-year-old"): the nearest
    main-clause subject that is a named person."""
    text = doc_text(head.doc)
    for sent in _sentences_back(head):
        for c in _main_subjects(sent):
            if c.i >= head.left_edge.i or _inside_quote(text, c.idx):
                continue
            found = _person_referent(c, mentions, genders, previous, None)
            if isinstance(found, Referent) and found.entity_id is not None:
                return found
    return None


# ------------------------------------------------------------------ the author

# A byline line: "By Marcus Bell", "By Jane Doe and John Roe" (the first author then).
_BYLINE = re.compile(r"^[ \t]*By[ \t]+(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3})[ \t]*(?:$|,|\band\b)",
                     re.MULTILINE)


def byline_author(text: str) -> tuple[int, int] | None:
    """The author's name in a byline line near the top ("By Marcus Bell"): in an opinion piece or
    a first-person column the "I" outside quotations is the author."""
    m = _BYLINE.search(text, 0, min(len(text), 600))
    return (m.start("name"), m.end("name")) if m else None
