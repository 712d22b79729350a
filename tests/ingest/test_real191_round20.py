"""Real-article round 20: a syndicating site's "Read more from <Outlet>" box of that outlet's other
headlines, closing the copy, is cut; read as text its headlines gave figures ("millions of wells")
and claims to this story. The credit line above it ("This article originally appeared in ...") stays,
as syndication is read from it. Invented text."""

from storyline.ingest.clean import clean_text, restore

STORY = ("Hackers broke into the agency's network in December, officials said.\n"
         "The agency will notify about 4 million employees.\n"
         "This article originally appeared in The Daily Courier\n")
BOX = ("Read more from The Daily Courier\n"
       "A village builds thousands of wells. Keeping them working is harder\n"
       "With its mines closing, a mountain town looks to tourism\n"
       "The old bridge survived two wars, but it is falling to rust\n")


def test_read_more_from_outlet_box_is_cut():
    text = STORY + BOX
    c = clean_text(text)
    assert restore(c) == text
    assert c.text == STORY
    assert {r.reason for r in c.removed} == {"related-links"}
    assert "".join(r.text for r in c.removed) == BOX


def test_read_more_from_in_a_sentence_is_kept():
    text = ("The leak was first reported by a local paper, which said 300 files were taken.\n"
            "Read more from the minister's statement below, she told reporters.\n")
    c = clean_text(text)
    assert c.text == text
