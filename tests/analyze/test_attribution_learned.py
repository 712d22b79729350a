"""The learned cue layer (attribution/learned.py): features, the filter, the finder, the model file.

The filter and finder are tested with small hand-written models, so that what is asserted is the
layer's behaviour (frames, offsets, thresholds), not the weights of the trained file."""

from __future__ import annotations

import sys
from pathlib import Path

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.attribution.learned import (
    CueModel,
    cue_model,
    frame_features,
    frame_open,
    generic_frame,
    model_from_json,
    token_features,
)
from storyline.analyze.quotes import scan_quotes

AID = "a1"
OFF = CueModel(weights={}, filter_threshold=None, add_threshold=None)


def _quotes(nlp, text, model):
    return extract_quotes(nlp(text), AID, [], None, cue_model=model)


def _span(text, part):
    start = text.index(part)
    return start, start + len(part)


def test_features_read_frame_subject_and_lexicon(nlp):
    text = "Smith said that the plan would fail."
    doc = nlp(text)
    said = doc[1]
    feats = token_features(said, scan_quotes(text))
    assert "l=say" in feats
    assert "c=ccomp_that" in feats
    assert "lex=neutral" in feats
    assert any(f.startswith("s=") and f != "s=none" for f in feats)
    fail = doc[6]
    assert "gov=ccomp" in token_features(fail, scan_quotes(text))


def test_features_mark_a_word_inside_a_quotation(nlp):
    text = 'He said, "We will fume about this for years."'
    doc = nlp(text)
    fume = next(t for t in doc if t.lower_ == "fume")
    assert "inq" in token_features(fume, scan_quotes(text))


def test_unknown_cue_gets_attribution_with_source_and_content_offsets(nlp):
    text = "The senator fumed that the budget was a disgrace."
    assert not [q for q in _quotes(nlp, text, OFF) if q.cue_lemma == "fume"]  # no rule knows "fume"
    model = CueModel(weights={"bias": -5.0, "l=fume": 4.0, "c=ccomp_that": 3.0}, filter_threshold=None,
                     add_threshold=0.5)
    [q] = [q for q in _quotes(nlp, text, model) if q.cue_lemma == "fume"]
    assert (q.cue.start, q.cue.end) == _span(text, "fumed")
    assert (q.speaker_span.start, q.speaker_span.end) == _span(text, "The senator")
    # As for the verb rules' clausal complements, the content keeps its "that".
    assert (q.span.start, q.span.end) == _span(text, "that the budget was a disgrace")
    assert q.kind == "indirect" and q.stance == "neutral"
    assert q.reason.startswith("learned cue (score 0.88): top features l=fume, c=ccomp_that; content: clausal")


def test_learned_cue_takes_the_stance_the_lexicon_gives_its_lemma(nlp):
    text = "Critics sneered at the proposal, and the mayor lamented that nobody came."
    doc = nlp(text)
    lament = next(t for t in doc if t.lemma_ == "lament")
    found = generic_frame(doc, lament, scan_quotes(text))
    assert found is not None and found.stance == "criticism"
    assert text[found.content[0] : found.content[1]] == "that nobody came"


def test_unknown_cue_with_object_reports_the_object(nlp):
    text = "Republicans decried the new rules."
    model = CueModel(weights={"bias": -5.0, "l=decry": 10.0}, filter_threshold=None, add_threshold=0.5)
    [q] = [q for q in _quotes(nlp, text, model) if q.cue_lemma == "decry"]
    assert (q.speaker_span.start, q.speaker_span.end) == _span(text, "Republicans")
    assert (q.span.start, q.span.end) == _span(text, "the new rules")


def test_finder_never_claims_a_word_inside_another_attribution(nlp):
    text = "Smith said the senator fumed that the budget was a disgrace."
    model = CueModel(weights={"bias": -5.0, "l=fume": 10.0}, filter_threshold=None, add_threshold=0.5)
    quotes = _quotes(nlp, text, model)
    assert [q.cue_lemma for q in quotes] == ["say"]


def test_filter_drops_an_act_sense_use_and_keeps_the_report(nlp):
    text = "The governor supported the bridge project. She said that the vote was fair."
    rules = _quotes(nlp, text, OFF)
    assert {q.cue_lemma for q in rules} >= {"support", "say"}
    # An object that is a thing built, not a position, marks the act sense in this toy model.
    model = CueModel(weights={"bias": 2.0, "l|o=support|project": -6.0}, filter_threshold=0.5, add_threshold=None)
    kept = _quotes(nlp, text, model)
    assert [q.cue_lemma for q in kept] == ["say"]
    assert (kept[0].span.start, kept[0].span.end) == _span(text, "that the vote was fair")


def test_layer_off_gives_the_rules_alone(nlp):
    text = "The governor supported the bridge project. She said that the vote was fair."
    assert _quotes(nlp, text, OFF) == _quotes(nlp, text, CueModel(weights={"bias": 9.0}, filter_threshold=None,
                                                                   add_threshold=None))


def test_packaged_model_loads_with_header_and_thresholds():
    model = cue_model()
    assert model is not None
    assert "train_cues.py" in model.header["made_by"]
    assert "bias" in model.weights and len(model.weights) > 100
    for t in (model.filter_threshold, model.add_threshold):
        assert t is None or 0.0 < t < 1.0
    assert model_from_json({"weights": {"bias": -1.0}}).filter_threshold is None


def test_output_is_deterministic_with_the_packaged_model(nlp):
    text = ("Sen. Jones blasted the deal on Monday, saying it would hurt farmers. Aides fretted that "
            "the vote could slip, and the White House dismissed the criticism.")
    first = _quotes(nlp, text, None)
    assert first == _quotes(nlp, text, None)


def test_training_is_deterministic():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import train_cues

    rows = [(k % 3, ["bias", f"l=w{k % 4}", f"c=x{k % 2}"], float(k % 4 == 1)) for k in range(60)]
    a = train_cues.train(rows)
    b = train_cues.train(list(rows))
    assert a == b
    assert a["l=w1"] > 0 > a["l=w0"]


def test_agentless_passive_cue_reports_its_subject_with_no_source(nlp):
    text = "The purchase price was not disclosed."
    model = CueModel(weights={"bias": -5.0, "l=disclose": 10.0}, filter_threshold=None, add_threshold=0.5)
    [q] = [q for q in _quotes(nlp, text, model) if q.cue_lemma == "disclose"]
    assert q.speaker_span is None
    assert (q.span.start, q.span.end) == _span(text, "The purchase price")


def test_finder_leaves_words_the_lexicon_declined(nlp):
    # "see" is a cue only with a clause (cues.tsv): a plain object is perception, whatever the model says.
    text = "She saw the answer on the board."
    model = CueModel(weights={"bias": -5.0, "l=see": 10.0}, filter_threshold=None, add_threshold=0.5)
    assert [q.cue_lemma for q in _quotes(nlp, text, model)] == []


def test_finder_reads_a_declined_word_only_in_frames_its_decision_is_not_about(nlp):
    # "know" is a cue with a clause (cues.tsv): "know the answer" stays declined whatever the model
    # says, but "is known for" (a preposition's object, with no subject as source) is the finder's.
    text = "I know the answer. The senator is known for his temper."
    model = CueModel(weights={"bias": -5.0, "l=know": 10.0}, filter_threshold=None, add_threshold=0.5)
    [q] = _quotes(nlp, text, model)
    assert q.cue_lemma == "know" and (q.cue.start, q.cue.end) == _span(text, "known")
    assert (q.span.start, q.span.end) == _span(text, "for his temper")
    assert q.speaker_span is None
    doc = nlp(text)
    regions = scan_quotes(text)
    know = next(t for t in doc if t.lower_ == "know")
    assert not frame_open(know, generic_frame(doc, know, regions))
    known = next(t for t in doc if t.lower_ == "known")
    frame = generic_frame(doc, known, regions)
    assert frame_open(known, frame)
    assert {"l|declined=know", "declined|frame='for' object of cue"} <= set(frame_features(doc, known, frame))
    # A model that weighs the rules' decision leaves it too.
    wary = CueModel(weights={"bias": -5.0, "l=know": 10.0}, filter_threshold=None, add_threshold=0.5,
                    add_weights={"bias": -5.0, "l=know": 10.0, "l|declined=know": -10.0})
    assert _quotes(nlp, text, wary) == []


def test_filter_leaves_a_report_inside_a_quotation(nlp):
    text = "“We said that the talks were useful,” Putin stated."
    model = CueModel(weights={"bias": 10.0, "l=say": -20.0}, filter_threshold=0.5, add_threshold=None)
    lemmas = [q.cue_lemma for q in _quotes(nlp, text, model)]
    assert sorted(lemmas) == ["say", "state"]  # nested: PolNeAR never marks it, so the filter has no say over it


def test_filter_leaves_a_passive_naming_participle(nlp):
    text = "Trump took the string of contests known as Super Tuesday."
    model = CueModel(weights={"bias": -10.0}, filter_threshold=0.5, add_threshold=None)
    [q] = _quotes(nlp, text, model)
    assert q.cue_lemma == "know" and q.text == "Super Tuesday"


def test_packaged_filter_drops_an_act_sense_use(nlp):
    # "support" with a thing as object in a relative clause about levels of revenue is an act, not a position.
    text = "Ad revenue has fallen to levels that will not support local reporting. Smith said the plan would fail."
    rules = [q.cue_lemma for q in _quotes(nlp, text, OFF)]
    assert rules == ["support", "say"]
    kept = _quotes(nlp, text, None)
    assert [q.cue_lemma for q in kept] == ["say"]
    assert (kept[0].span.start, kept[0].span.end) == _span(text, "the plan would fail")


def test_packaged_finder_adds_an_unknown_cue_with_its_reason(nlp):
    text = "The governor fretted that the vote could slip."
    [q] = _quotes(nlp, text, None)
    assert q.cue_lemma == "fret"
    assert (q.speaker_span.start, q.speaker_span.end) == _span(text, "The governor")
    assert (q.span.start, q.span.end) == _span(text, "that the vote could slip")
    assert q.reason.startswith("learned cue (score ")


def test_a_parse_cache_written_by_another_pipeline_is_not_reused(nlp, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import polnear

    split = tmp_path / "train"
    (split / "text").mkdir(parents=True)
    (split / "text" / "a.txt").write_text("Officials said the talks would resume.\n\nThey did not.", encoding="utf-8")
    first = polnear.cached_docs(nlp, split, ["a"], tmp_path / "cache", "t")
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [f"train-t-{polnear.pipeline_fingerprint(nlp)}.spacy"]
    assert [d.text for d in polnear.cached_docs(nlp, split, ["a"], tmp_path / "cache", "t")] == [first[0].text]
    # another pipeline (a component more) keys its own cache
    other = type("Other", (), {"meta": nlp.meta, "pipe_names": [*nlp.pipe_names, "extra"]})()
    assert polnear.pipeline_fingerprint(other) != polnear.pipeline_fingerprint(nlp)
