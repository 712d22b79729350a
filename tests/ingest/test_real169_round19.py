"""Real-article round 19: an embedded social post flattened into the text (often a line of emoji,
its words ending in a picture link, then "- Name (@handle) Month D, YYYY") is cut, so it no longer
runs into the first sentence of the next paragraph. Invented text."""

from storyline.ingest.clean import clean_text, restore


def test_embedded_post_with_picture_link_and_signature_is_cut():
    post = ("\U0001f64f\U0001f54a\ufe0f\n"
            "We stand with every family tonight. pic.twitter.com/Ab12Cd34\n"
            "\u2014 Ministry of Defence (@DefenceMin) March 3, 2025\n")
    text = ("The truce began at noon, officials said.\n" + post +
            "The truce, first set for dawn, was delayed by six hours.\n")
    c = clean_text(text)
    assert restore(c) == text
    assert c.text == ("The truce began at noon, officials said.\n"
                      "The truce, first set for dawn, was delayed by six hours.\n")
    assert "".join(r.text for r in c.removed) == post
    assert {r.reason for r in c.removed} == {"symbols-only", "embedded-post"}


def test_signature_with_day_first_date_is_cut_and_a_dashed_quote_kept():
    text = ("The talks resumed on Monday.\n"
            "\u2014 Relief Agency (@ReliefAgency) 3 March 2025\n"
            "\u2014 Talks will go on as long as it takes, a mediator said.\n")
    c = clean_text(text)
    assert c.text == ("The talks resumed on Monday.\n"
                      "\u2014 Talks will go on as long as it takes, a mediator said.\n")
