"""Speaker resolution: the entity a speaker phrase, pronoun or relative pronoun stands for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze.attribution.common import PERSONAL, PLURAL, _Found, _speaker_chars
from storyline.analyze.attribution.subjects import _relative_antecedent
from storyline.analyze.coref import PRONOUN_GENDER
from storyline.analyze.lexicon import word_list
from storyline.analyze.names import gender_of_name, is_title_word
from storyline.analyze.nlp import doc_text
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
        if not covering and head is not None and _possessor_of_a_relation(head, best):
            return None, f"the speaker is the {head.text} of '{best.text}', not '{best.text}' (no role speaks for them)"
        how = "mention covering the speaker's head" if covering else f"{best.label} mention inside the speaker phrase"
        if best.entity_id is None:
            return None, f"{how} ('{best.text}') is not linked to an entity"
        return best.entity_id, f"{how} ('{best.text}')"
    return None, "speaker is a description with no named mention"


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


def _resolve_pronoun(
    head: Token, mentions: Sequence[Mention], previous: Sequence[Quote]
) -> tuple[str | None, str]:
    word = head.lower_
    quoted = [(q.span.start, q.span.end) for q in previous]
    if word in {"i", "me"}:
        # "'I think he understands,' Devine said": the first person of a quotation is its speaker
        enclosing = [q for q in previous if q.span.start <= head.idx < q.span.end and q.kind in {"direct", "mixed"}]
        if enclosing:
            q = min(enclosing, key=lambda q: q.span.end - q.span.start)
            if q.speaker_entity is not None:
                return q.speaker_entity, f"'{head.text}' inside a quotation of {q.speaker}'s"
            return None, f"'{head.text}' inside a quotation whose speaker ('{q.speaker}') is not linked to an entity"

    def outside_quotes(m: Mention) -> bool:
        return not any(a <= m.span.start < b for a, b in quoted)

    if word in PERSONAL:
        gender = PRONOUN_GENDER.get(word)
        genders = _entity_genders(mentions)
        people = [m for m in mentions if m.label == "PERSON" and m.span.end <= head.idx and outside_quotes(m)
                  and genders.get(m.entity_id or "", _mention_gender(m)) in (None, gender)]
        if people:
            m = people[-1]
            if m.entity_id is None:
                return None, f"pronoun '{head.text}': nearest PERSON '{m.text}' is not linked to an entity"
            return m.entity_id, f"pronoun '{head.text}' -> nearest preceding PERSON '{m.text}'"
        return None, f"pronoun '{head.text}' with no preceding PERSON mention"
    if word in PLURAL:
        earlier = [q for q in previous if q.speaker_span is not None and q.speaker_span.end <= head.idx]
        if earlier and earlier[-1].speaker_entity is not None:
            q = earlier[-1]
            return q.speaker_entity, f"pronoun '{head.text}' -> speaker of the previous attribution ('{q.speaker}')"
        return None, f"plural pronoun '{head.text}' not resolved"
    return None, f"pronoun '{head.text}' not resolved"


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
