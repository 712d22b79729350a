"""Real-article round 18: a "Related Posts" box whose entries are dashed titles, each over the
truncated blurb the site prints under it (with a dated byline), is cut whole. Invented text."""

from storyline.ingest.clean import clean_text, restore


def test_related_posts_box_with_dashed_titles_and_truncated_blurbs_is_cut():
    box = ("Related Posts\n"
           "- Harbour ferry services cut after storm damage\n"
           "Ferries between the islands ran only twice a day last winter…\n"
           "- Council asked to approve up to 20,000 at Lakeside Fair\n"
           "4th June 2016 By Ann Hale Lakeside Fair has applied for a…\n"
           "- Mayor due to open new bridge next week\n"
           "12th May 2015By Tom Reed The mayor is to open the bridge next...\n")
    text = ("The lakeside fair has been called off because of flood warnings.\n"
            "Organisers said ticket holders would be refunded.\n" + box)
    c = clean_text(text)
    assert restore(c) == text
    assert c.text == ("The lakeside fair has been called off because of flood warnings.\n"
                      "Organisers said ticket holders would be refunded.\n")
    assert [(r.reason, r.text) for r in c.removed] == [("related-links", box)]


def test_truncated_line_without_a_related_heading_is_kept():
    text = ("The fair was called off.\n"
            "- Organisers said the site was flooded\n"
            "Ferries between the islands ran only twice a day last winter…\n")
    assert clean_text(text).text == text
