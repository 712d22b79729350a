"""Step 3, per mention: the label a mention's context gives its name ("X pipeline" -> FAC).

``_cue_label`` reads the words and the parse around one candidate: facility, media, place, street,
vessel, work and company nouns (lexicons/entities_cues.txt), appositions, ages and bylines said only
of people, datelines, an "its" said only of things, sides in match results (``sports``). The model
labels one name differently from sentence to sentence; a cue is better evidence than its guess, and
``labels`` lets the cues of a surface form outvote it everywhere the form is written.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.datelines import dateline_end
from storyline.analyze.entities.common import _CONNECTORS, _Cand
from storyline.analyze.entities.headlines import _title_case_line
from storyline.analyze.entities.sports import _sports_side
from storyline.analyze.names import (
    fold, is_generic_institution, is_given_name, is_place_word, is_title_word, lexicons,
)
from storyline.analyze.nlp import doc_text


_SAYING_VERBS = frozenset({"say", "tell", "add", "announce", "state", "warn", "insist", "argue", "claim", "write",
                           "note", "urge", "declare", "reply", "respond", "deny"})


def _official_of_a_state(doc: Doc, c: _Cand, root: Token) -> bool:
    """"Hungary's Farkas told state media", "Russia's Lavrov said": one capitalised singular word that
    a country possesses and that is the subject of a verb of saying is the surname of its official; a
    nationality (the model's NORP) or a place (GPE) the lexicon does not know says nothing. A company
    ("Russia's Gazprom said", the model's ORG) is left alone."""
    if c.start < 2 or doc[c.start - 1].tag_ != "POS" or root.tag_ != "NNP" or root.dep_ != "nsubj":
        return False
    if root.head.lemma_.lower() not in _SAYING_VERBS:
        return False
    owner = doc[c.start - 2]
    if owner.ent_type_ not in {"GPE", "LOC"} and not is_place_word(owner.text):
        return False
    word = doc[c.start].text
    return not is_place_word(word) and not word.endswith(("an", "ese", "ish", "i"))


def _cue_label(doc: Doc, c: _Cand) -> str | None:
    cues = lexicons().cues
    nxt = doc[c.end] if c.end < len(doc) else None
    if nxt is not None and nxt.lower_ in cues["facility"] and nxt.pos_ == "NOUN" and c.label != "ORG":
        return "FAC"  # an ORG before "refinery" is usually its owner ("the Lukoil refinery")
    prev = doc[c.start - 1] if c.start > 0 else None
    root = doc[c.start : c.end].root
    if prev is not None and prev.lower_ in cues["media"] and prev.pos_ == "NOUN":
        return "ORG"
    if (label := _sports_side(doc, c, root, cues)) is not None:
        return label
    if c.label in {"PERSON", "GPE"} and c.end - c.start == 1 and _holds_company_office(doc, c, cues):
        return "ORG"  # "Norrland chief executive Bjorn Halde": only a company has one
    if c.label in {"ORG", "PERSON"} and c.end - c.start == 1 and _demonym_of_office(doc, c, root, cues):
        return "NORP"  # "Former Velmoran minister Dario Corvan", "Velmoran police arrested ..."
    if c.label != "NORP" and c.end - c.start == 1 and _demonym_of_a_name_here(doc, c):
        return "NORP"  # "Valmari detainees" beside "Valmar", "two Saronan provinces" beside "Sarona"
    if c.label not in {"GPE", "LOC"} and c.end - c.start == 1 and _possessor_of_a_state(doc, c, root, cues):
        return "GPE"  # "Valmar's justice ministry", "Sarona's constitution"
    # (not a body the model tagged as one: "Israel and Hamas agreed", "Britain and Nato")
    if c.label in {"PERSON", "PRODUCT", "WORK_OF_ART", ""} and c.end - c.start == 1 and _listed_with_places(doc, c, root):
        return "GPE"  # "Drevnia and Valmar have agreed", "Orsk, Meridia and Japan have sent teams"
    if c.label in {"PERSON", "NORP", "WORK_OF_ART", "PRODUCT", ""} and not is_given_name(doc[c.start].text) and (
            (c.label in {"PERSON", "NORP", ""} and _owns_its(doc, c, root))  # a film, a ship: "its release", "its crew"
            or _renamed_by_a_company_noun(doc, c, root, cues)):
        return "ORG"  # "Dansk Mejeri has abandoned its bid", "Dansk Mejeri, the Danish dairy group,"
    if c.label != "WORK_OF_ART" and _names_a_work(doc, c, root, cues):
        return "WORK_OF_ART"  # "the album Abbey Road", "The Beatles recorded Abbey Road"
    if (c.end - c.start >= 2 and doc[c.end - 1].lower_ in cues.get("event_last", ()) and doc[c.end - 1].text[:1].isupper()
            and c.label in {"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT"}):
        return "EVENT"  # "the Dutch Grand Prix", "the Davis Cup"
    after = doc[c.end + 1] if c.end + 1 < len(doc) and doc[c.end].text == "," else nxt
    if c.label in {"PERSON", "ORG"} and after is not None and after.lower_ == "where" and after.tag_ == "WRB":
        return "GPE"  # "El Fasher, where the UN says ...": a relative "where" is said of a place
    if (c.label in {"PERSON", "ORG", "FAC"} and prev is not None and prev.lower_ == "of" and c.start > 1
            and doc[c.start - 2].lower_ in cues["place"] | cues.get("of_place", frozenset()) and doc[c.start - 2].pos_ == "NOUN"):
        return "GPE"  # "the district of Buner", "the village of Pishchane", "residents of Headingley"
    if (c.label in {"PERSON", "ORG", "FAC"} and nxt is not None and (nxt.lower_ in cues["place"] or (
            nxt.lower_.endswith("s") and nxt.lemma_.lower() in cues["place"] and prev is not None and prev.lower_ in {"and", "or"}))
            and nxt.pos_ == "NOUN" and nxt.text.islower()):
        return "GPE"  # "in Kharkiv region", "Donetsk oblast": a lower-case place noun after the name; a plural
        # one only after a pair of names ("the Brastov and Kemmer regions", not "other NFL cities")
    if c.label == "PERSON" and c.end - c.start == 1 and _joined_to_place(root):
        return "GPE"  # "marched through Paris and Lyon": a lone name coordinated with a place it stands with
    if prev is not None and prev.text.islower() and prev.pos_ == "NOUN" and not doc[c.start].is_sent_start:
        if prev.lower_ in cues.get("org_before", ()) and not (c.end - c.start >= 2 and (
                is_given_name(doc[c.start].text) or any(ch.dep_ == "compound" and ch.pos_ == "PROPN" for ch in prev.children))):
            return "ORG"  # "chipmaker Nvidia" (not "Washington Post publisher Will Lewis": a name's job at a named body)
        if c.end - c.start >= 2 and root.dep_ != "compound" and (
                prev.lower_ in cues.get("person_before", ()) or (is_title_word(prev.text) and prev.text.isalpha())):
            return "PERSON"  # "billionaire Bidzina Ivanishvili" (not "deputy White House counsel": a modifier)
    if (nxt is not None and nxt.text.islower() and nxt.lower_ in cues.get("org_after", ()) and nxt.pos_ == "NOUN"
            and c.label not in {"EVENT", "LAW", "WORK_OF_ART"} and (c.end - c.start >= 2 or c.label in {"ORG", "NORP"})):
        return "ORG"  # "the ruling Georgian Dream party"
    if c.label in {"ORG", "PERSON", "GPE", "LOC", "FAC"} and _names_a_street(doc, c, cues.get("street", frozenset())):
        if _used_as_place(root, cues):
            return "FAC"  # "near the Place de la Nation", "on Rustaveli Avenue", "the Pitkin Avenue apartment"
        if _street_for_its_institutions(root):
            return "ORG"  # "Wall Street rallied", "Downing Street said": who works there, not the street
        if c.label == "PERSON":
            return "FAC"  # no person's name ends in "Avenue"; a title ("Revolutionary Road") was found above
    if c.end - c.start >= 2 and doc[c.start].text.istitle() and doc[c.start].lower_ in cues.get("named_event", ()):
        return "EVENT"  # "Storm Ingrid", "Hurricane Milton"
    if c.label in {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"} and _said_of_a_person(doc, c, root, cues):
        return "PERSON"  # "Thomas Whitaker, 58,", "his daughter, Kirsty,", "By Marcus Bell"
    if c.label in {"NORP", "GPE"} and c.end - c.start == 1 and _official_of_a_state(doc, c, root):
        return "PERSON"  # "Hungary's Farkas told state media": a country's man, named by his surname
    if c.label != "ORG" and _dateline_agency(doc, c):
        return "ORG"  # "DOVRAN, March 2 (Meridian Wire) -": the agency that filed the story, never a person
    if c.label in {"PERSON", "ORG", "NORP", "FAC", ""} and _opens_dateline(doc, c):
        return "GPE"  # "BRISTOL — Dr. Helen Achebe ...": a dateline opens with the place it was filed from
    if c.label in {"PERSON", "GPE", "PRODUCT"} and c.end - c.start == 1 and _place_object(root, cues):
        return "GPE"  # "a reader in Selby", "rents in Milton": people are not where things are (and a
        # place the model saw as one here outvotes the same word it took for a person elsewhere)
    if c.label in {"PERSON", "ORG", "FAC"} and _renamed_by_a_place_noun(doc, c, root, cues):
        return "GPE"  # "riots in the capital, Orlo", "in Orlo, the capital,"
    if c.label == "PERSON" and c.end - c.start == 1 and _where_a_verb_happened(doc, c, root, cues):
        return "GPE"  # "the campaign planned for Friday in Mirenza was postponed"
    if c.label == "ORG" and _where_it_happened(doc, c, root, cues):
        return "GPE"  # "told reporters in Copenhagen": an organisation is no place things happen in
    if c.label in {"PERSON", "ORG", "GPE", "NORP"} and _named_vessel(doc, c, cues["vessel"]):
        return "PRODUCT"
    if (c.label in {"PERSON", "GPE"} and prev is not None and prev.lower_ == "at" and c.start > 1
            and doc[c.start - 2].lemma_.lower() in cues["staff"] and doc[c.start - 2].pos_ == "NOUN"):
        return "ORG"  # "analysts at Kpler", "an analyst at Jefferies": where they work (one works in a city)
    if root.dep_ in {"appos", "compound"} and root.head.lower_ in cues["media"]:
        return "ORG"
    if c.end - c.start >= 2 and doc[c.end - 1].lower_ in cues["place"]:
        return "GPE"
    if c.end - c.start >= 2 and doc[c.end - 1].lower_ in cues["organisation"] and c.label in {"PERSON", "GPE", "NORP"}:
        return "ORG"
    if (c.end - c.start >= 2 and c.label in {"PERSON", "NORP", "WORK_OF_ART"} and doc[c.end - 1].text.istitle()
            and doc[c.end - 1].lower_ in cues.get("company_word", ()) and not is_given_name(doc[c.start].text)):
        return "ORG"  # "Vintner Brewing", "Kaldor Shipping" (not "David Steel": a given name opens it)
    return None


def _holds_company_office(doc: Doc, c: _Cand, cues: dict[str, frozenset[str]]) -> bool:
    """"Norrland chief executive Bjorn Halde", "Kestrel shareholders": a lone name right before an
    office or a holder only a company has ([company_office]) is that company, though the model read an
    unknown name as a place or a person. Not a place the lexicon knows, nor a demonym's shape."""
    word = doc[c.start].text
    if is_place_word(word) or is_given_name(word) or fold(word).endswith(("an", "ese", "ish")):
        return False
    after = [t.lower_ for t in doc[c.end : c.end + 3]]
    if not after or not all(t.islower() for t in (tok.text for tok in doc[c.end : c.end + 1])):
        return False
    office = cues.get("company_office", frozenset())
    return any(" ".join(after[:n]) in office for n in (1, 2, 3))


def _demonym_of_office(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"Former Velmoran minister", "the Sanveran interior minister", "Velmoran police": a word with a
    demonym's ending ("-an": Velmoran, Ostrian) modifying an office of state or a state body
    ([demonym_office]; not any title: "Guardian editor Alan Rusbridger" names a newspaper)
    is a nationality, which the model reads as an organisation or a person when it does not know it.
    Only such a modifier: "Duncan said", "Morgan's bank" keep their label, a given name and a
    "-stan" country too; real countries the model tags GPE and are never asked."""
    word = doc[c.start].text
    if (not word.istitle() or not fold(word).endswith("an") or fold(word).endswith("stan") or is_given_name(word)
            or root.dep_ not in {"amod", "compound", "nmod"}):
        return False
    head = root.head
    if head.i <= root.i or head.pos_ != "NOUN" or not head.text.islower():
        return False
    if any(not (t.text.islower() and t.pos_ in {"ADJ", "NOUN"}) for t in doc[c.end : head.i]):
        return False  # only lower-case modifiers between: "Sanveran interior minister"
    offices = cues.get("demonym_office", frozenset())
    return head.lemma_.lower() in offices or head.lower_ in offices


# endings that make a demonym of a place name: Qalat -> Qalati, Sarona -> Saronan, Sudan -> Sudanese
_DEMONYM_ENDINGS = ("i", "n", "an", "ian", "ese")


def _demonym_of_a_name_here(doc: Doc, c: _Cand) -> bool:
    """"Valmari detainees", "a Qalati official", "two Saronan provinces": a lone capitalised word that
    is another capitalised word of the article plus a demonym's ending is that name's nationality,
    which the model reads as a place, a body or a person when it does not know either word."""
    word = doc[c.start].text
    if not word.istitle() or is_given_name(word) or word.endswith("s"):
        return False
    stems = {word[: -len(e)] for e in _DEMONYM_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4}
    if not stems:
        return False
    names = {t.text for t in doc if t.text.istitle() and t.pos_ == "PROPN" and t.i != c.start}
    return bool(stems & names)


def _possessor_of_a_state(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"Valmar's justice ministry", "Sarona's constitution", "Drevnia's interior ministry": a lone
    name whose possession only a state has ([state_possession]) is a country or a place, though the
    model took an unknown one for a person, a product or a body. A person has a government, an army
    and ministers in speech ("Netanyahu's government"), so such nouns are no cue."""
    if root.dep_ != "poss" or is_given_name(doc[c.start].text):
        return False
    head = root.head
    return (head.pos_ in {"NOUN", "PROPN"} and head.text.islower()
            and (head.lemma_.lower() in cues.get("state_possession", frozenset())
                 or head.lower_ in cues.get("state_possession", frozenset())))


def _listed_with_places(doc: Doc, c: _Cand, root: Token) -> bool:
    """"Drevnia and Valmar have agreed to exchange prisoners", "Orsk, Meridia and Japan have sent
    rescue teams": a lone name listed with names the model tags as countries, and with nothing else,
    is one too. A person the model tagged as one needs two such places beside it ("Putin and
    Ukraine" lists a man and a country)."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = [top, *top.conjuncts]
    others = [m for m in members if m.i != root.i]
    if not others or is_given_name(doc[c.start].text):
        return False
    if any(m.ent_type_ not in {"GPE"} or m.pos_ != "PROPN" for m in others):
        return False
    return c.label != "PERSON" or len(others) >= 2


def _owns_its(doc: Doc, c: _Cand, root: Token) -> bool:
    """"Dansk Mejeri has abandoned its takeover": the subject of a clause that an "its" in the same
    clause can only go back to is a thing or a body, never a person (who is "his" or "her"). The
    "its" must hang in the subject's own clause (not in a clause with a subject of its own: "Holm
    said its shares fell") with no other noun between the name and it ("Holm told the board its
    plan failed")."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    for tok in doc[c.end : verb.sent.end]:
        if tok.lower_ in {"its", "itself"} and _in_clause_of(tok, verb):
            between = doc[c.end : tok.i]
            return not any(t.pos_ in {"NOUN", "PROPN", "PRON"} and t.ent_type_ not in {"DATE", "TIME", "MONEY", "CARDINAL"}
                           for t in between)
    return False


def _in_clause_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs under ``verb`` with no clause of its own subject between them."""
    t = tok.head
    while t.i != verb.i:
        if t.head.i == t.i or any(ch.dep_ in {"nsubj", "nsubjpass", "expl"} for ch in t.children if ch.i != tok.i):
            return False
        t = t.head
    return True


def _renamed_by_a_company_noun(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"Halvard Sorensen, the Norwegian shipping group, said ...": a name set in apposition to a
    definite kind-of-business noun ([org_before] in the cue lexicon) is that company. Only the
    apposition counts: in "X has resigned, the company said" the company reports on someone else."""
    kinds = cues.get("org_before", frozenset())
    for ch in root.children:
        if (ch.dep_ == "appos" and ch.i > root.i and ch.text.islower() and ch.lemma_.lower() in kinds
                and c.end < len(doc) and doc[c.end].text == "," and any(d.lower_ == "the" for d in ch.children)):
            return True
    return False


def _names_a_work(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"the album Abbey Road", "her new album, The Life of a Showgirl", "The Beatles recorded Abbey
    Road": a name a work noun introduces or describes, or the object of a verb whose object is a
    work."""
    works = cues.get("work", frozenset())
    text = doc[c.start : c.end].text
    if text.isupper() or is_place_word(text):
        return False  # "the television series The FBI", the film "Australia": the name's own sense elsewhere
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is not None and prev.pos_ == "NOUN" and prev.text.islower() and prev.lemma_.lower() in works:
        return True
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in works and root.head.text.islower():
        return True
    return root.dep_ == "dobj" and root.head.lemma_.lower() in cues.get("work_verb", ())


def _used_as_place(root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether a street's name is where something is or goes: the object of a preposition of place
    ("on Baker Street", "a bomb in Haifa Road"), or coordinated with one that is."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "compound" and top.head.pos_ == "NOUN":
        return True  # "the Independent Street apartment", "a Haifa Road checkpoint"
    if top.dep_ != "pobj":
        return False
    prep = top.head
    if prep.lower_ == "of":  # "the 12000 block of East 223rd Street", "the corner of North Lake Avenue"
        return prep.head.lemma_.lower() in cues.get("street_part", ())
    return prep.lower_ in cues.get("street_prep", ())


def _street_for_its_institutions(root: Token) -> bool:
    """"Wall Street rallied", "Downing Street said": a street that acts stands for the bodies on it
    (the finance industry, the government), not for the place."""
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ != "be"


# prepositions of place whose object, with the names coordinated with it, is where something is
_PLACE_PREPS = frozenset({"in", "through", "across", "near", "outside", "inside", "into"})


# prepositions whose objects, coordinated with a place, are places too ("from Aldoria and Kesh",
# "between Aldoria and Kesh"): a person is not coordinated with a country there
_COORDINATED_PLACE_PREPS = _PLACE_PREPS | {"from", "between", "to"}


def _joined_to_place(tok: Token) -> bool:
    """Whether ``tok`` is coordinated with a place the model knows, after a preposition of place
    ("in Kyiv and Kharkiv", "through Paris and Lyon", "from Aldoria and Kesh"): the model tags lone
    city and country names as people."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ not in _COORDINATED_PLACE_PREPS:
        return False
    return any(m.i != tok.i and m.ent_type_ in {"GPE", "LOC"} for m in (top, *top.conjuncts))


def _dateline_agency(doc: Doc, c: _Cand) -> bool:
    """Whether the candidate is the whole of a dateline's parentheses ("KEMMER, Nov 11 (Continental
    Press) -", "LONDON (Meridian Wire) -"): the agency that filed the story."""
    if c.start == 0 or c.end >= len(doc) or doc[c.start - 1].text != "(" or doc[c.end].text != ")":
        return False
    end = dateline_end(doc_text(doc), doc[c.start - 1].idx)
    return end is not None and doc[c.end].idx < end


def _opens_dateline(doc: Doc, c: _Cand) -> bool:
    """Whether the candidate is the first words of a dateline ("MANCHESTER —", "SAN JOSE, Calif. —"):
    the place a story was filed from, which the model takes for an organisation or a person."""
    text = doc_text(doc)
    first = doc[c.start]
    para = text.rfind("\n", 0, first.idx) + 1
    end = dateline_end(text, first.idx) if first.idx == para else None
    last = doc[c.end - 1]
    return end is not None and last.idx + len(last.text) < end  # "SKY-TV reports": no dateline "SKY-"


def _person_noun(tok: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A common noun that names only people: a kin word, a person noun or a person's title of the cue lexicon."""
    word = tok.lemma_.lower()  # most titles are left out: "IT services leader IBM", "Tom Murray, PhD, head of"
    return tok.pos_ == "NOUN" and tok.text.islower() and any(
        word in cues.get(section, ()) for section in ("kin", "person_before", "person_title"))


def _said_of_a_person(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """What news writes only of people: an age in commas after the name ("Thomas Whitaker, 58,"),
    apposition to a person noun ("his daughter, Kirsty,"), or a byline line ("By Marcus Bell")."""
    if c.end + 2 < len(doc) and doc[c.end].text == "," and doc[c.end + 2].text in {",", ")"}:
        age = doc[c.end + 1]
        after = doc[c.end + 3] if c.end + 3 < len(doc) else None
        listed = (after is not None and after.like_num) or (c.start > 0 and doc[c.start - 1].text == ",")
        if age.text.isdigit() and 0 < int(age.text) < 120 and not listed:  # not "IE6, 7, 8", "In Heraklion, 10,000"
            return True
    if root.dep_ == "appos" and _person_noun(root.head, cues) and doc[c.start - 1].text == ",":
        return True  # "his daughter, Kirsty"
    if any(ch.dep_ == "appos" and ch.left_edge.i == c.end + 1 and doc[c.end].text == "," and _person_noun(ch, cues)
           for ch in root.children):
        return True  # "Kirsty, his daughter" (not "Brownsville mother of 12")
    if c.label in {"WORK_OF_ART", "PRODUCT"} and _speaks(doc, c, root, cues):
        return True  # '"This is the first stoppage since 2002," Niek Stam said.'
    text = doc_text(doc)
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is not None and prev.lower_ == "by" and text.rfind("\n", 0, prev.idx) + 1 == prev.idx:
        last = doc[c.end - 1]
        return text[last.idx + len(last.text) : last.idx + len(last.text) + 1] in {"", "\n"}
    return False


def _speaks(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A name of two or three capitalised words, none a company's, as the subject of a verb of speech:
    the model takes a name after a closing quote mark for a title, but works and products do not talk
    (a body that does, "Pravda said", is one word or has a body's word and stays as it is)."""
    words = doc[c.start : c.end]
    if not 2 <= len(words) <= 3 or not all(w.text[:1].isupper() and w.is_alpha for w in words):
        return False
    if any(w.lower_ in cues.get("company_word", ()) or w.lower_ in cues["organisation"] for w in words):
        return False
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in cues.get("speech_verb", ())


def _names_a_street(doc: Doc, c: _Cand, streets: frozenset[str]) -> bool:
    """"Place de la Nation", "Tiananmen Square": a street word first, before a connector, or last."""
    words = doc[c.start : c.end]
    if len(words) < 2:
        return False
    if words[0].lower_ in streets and words[1].lower_ in _CONNECTORS:
        return True
    return words[-1].lower_ in streets and words[-1].text[:1].isupper()


def _place_object(tok: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether a lone name is the object of a noun's "in", said of where something is ("a reader in
    Selby", "rents in Milton", "told journalists in Bern"), not of what one trusts or holds
    ("confidence in Smith", "a stake in Musk"; lexicons/entities_cues.txt [in_not_place])."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    governor = tok.head.head
    # a noun's "in" ("rents in Milton"); a verb's takes people and titles too ("bringing in Jackman",
    # "star in Moon"), and "near X" is said of people as often as of places
    return (governor.i != tok.head.i and governor.pos_ == "NOUN"
            and governor.lemma_.lower() not in cues.get("in_not_place", frozenset()))


def _renamed_by_a_place_noun(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"riots in the capital, Orlo", "in Orlo, the capital,": a name in apposition to "the capital",
    "the town" or another place noun ([place]) is that place, though the model took it for a body or
    a person. Only the definite lower-case noun right beside the name, set off by a comma."""
    nouns = cues["place"] | {"capital"}
    def definite_place(tok: Token) -> bool:
        return (tok.text.islower() and tok.lemma_.lower() in nouns and tok.pos_ == "NOUN"
                and any(d.lower_ == "the" for d in tok.children))
    if (root.dep_ == "appos" and root.head.i < root.i and definite_place(root.head)
            and c.start >= 2 and doc[c.start - 1].text == "," and doc[c.start - 2].i == root.head.i):
        return True  # "the capital, Orlo"
    return any(ch.dep_ == "appos" and ch.i > root.i and definite_place(ch) and doc[c.end].text == ","
               and c.end + 2 == ch.i for ch in root.children)  # "Orlo, the capital"


def _where_a_verb_happened(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """"The campaign planned for Friday in Mirenza was postponed": a lone unknown name the model took
    for a person, the bare object of a verb's "in" and closing its phrase, is where the thing was
    done; people are not "in" a verb's event. Not what one trusts or stars in ("believe in Smith",
    "starred in Moon": [in_not_place]), not a given name ("in Maria"), a possessive or a modifier
    ("in Smith's view", "in Smith country"), nor a headline's capitals."""
    if root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.dep_ != "prep" or doc[c.start - 1].i != root.head.i:
        return False
    governor = root.head.head
    if governor.pos_ != "VERB" or governor.lemma_.lower() in cues.get("in_not_place", frozenset()):
        return False
    word = doc[c.start].text
    if not word.istitle() or is_given_name(word) or _title_case_line(doc, c.start):
        return False
    return not (c.end < len(doc) and (doc[c.end].tag_ == "POS" or doc[c.end].pos_ in {"NOUN", "PROPN"}))


def _where_it_happened(doc: Doc, c: _Cand, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether a name the model took for an organisation is where something happened: the bare
    object of "in", "near" or "outside" ("told reporters in Copenhagen", "a plant near Leipzig").
    Not what one holds or trusts ("a stake in Harlow", "invest in Tesla"; [in_not_place]), not a
    name with "the" ("in the Commission"), an acronym ("in NATO"), a possessive or a modifier ("in
    Harlow's plan", "in Harlow shares"), nor a name with a word that says organisation in it."""
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "near", "outside"} or doc[c.start - 1].i != root.head.i:
        return False
    if _title_case_line(doc, c.start):
        return False  # "Boston in Good Spot for Teixeira": a headline capitalises what it likes
    if root.head.head.lemma_.lower() in cues.get("in_not_place", frozenset()):
        return False
    text = doc[c.start : c.end].text
    if text.isupper() or (c.end < len(doc) and (doc[c.end].tag_ == "POS" or doc[c.end].pos_ in {"NOUN", "PROPN"})):
        return False
    words = {fold(t.text) for t in doc[c.start : c.end]}
    org_words = (cues["organisation"] | cues.get("org_suffix", frozenset()) | cues.get("company_word", frozenset())
                 | cues["media"] | cues.get("body_word", frozenset()))
    return (not words & org_words and not any(is_generic_institution(w) for w in words)
            and all(t.text.istitle() for t in doc[c.start : c.end]))


def _named_vessel(doc: Doc, c: _Cand, vessels: frozenset[str]) -> bool:
    """"the oil tanker Advantage Sweet", "the USS Paul Hamilton, a destroyer": a name a ship noun
    introduces or describes (the noun right before it, or an apposition on it)."""
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is not None and prev.pos_ == "NOUN" and prev.lemma_.lower() in vessels:
        return True
    root = doc[c.start : c.end].root
    return any(ch.dep_ == "appos" and ch.lemma_.lower() in vessels for ch in root.children)
