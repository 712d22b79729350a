"""Round 20 (helper 190): a page's own code left in its copy (a style rule, an unfilled template
placeholder) is no prose; read as copy, a style rule's numbers became figures ("79.13 percent")."""

from __future__ import annotations

from storyline.ingest.clean import clean_text

COPY = ("The junta said on Saturday that the borders would reopen at once.\n\n"
        "Related stories\n\n"
        ".top-list .card-ratio{ padding-bottom: 56.25%; } @media (min-width: 640px) { .card-title { font-size: 14px; } }\n\n"
        "{{ story_widget_2231.title }}\n")


def test_style_rule_and_template_placeholder_are_removed() -> None:
    cleaned = clean_text(COPY)
    assert "padding-bottom" not in cleaned.text
    assert "{{" not in cleaned.text
    assert cleaned.text.startswith("The junta said on Saturday that the borders would reopen at once.")
    assert [r.reason for r in cleaned.removed if "56.25" in r.text or "story_widget" in r.text] == ["page-code"]


def test_prose_with_a_colon_is_kept() -> None:
    line = "The spokesman said: the curfew will run from 10pm; the borders stay shut.\n"
    assert clean_text(line).text == line


SHEET = ("The general was sworn in as transitional president on Monday.\n\n"
         ".author-card {\n   float:left;\n   font-size:15px;\n   .author-card img {\n   width:80px;\n"
         "@media screen and (max-width: 600px) {\n.author-card {\ntext-align: center;\n\n"
         "Jane Roe is the paper's Africa correspondent.\n")


def test_style_sheet_spread_over_lines_is_removed() -> None:
    cleaned = clean_text(SHEET)
    assert "font-size" not in cleaned.text and "@media" not in cleaned.text and ".author-card" not in cleaned.text
    assert cleaned.text.startswith("The general was sworn in as transitional president on Monday.")
    assert any(r.reason == "page-code" for r in cleaned.removed)
