"""Page furniture (captions, related links, subscription footers) is not body text, and body text is
cut into sentences without breaking at abbreviations and initials."""
from __future__ import annotations

import pytest

from cskg.loaders.articles import parse_article
from cskg.loaders.text import clean_body, split_sentences

OPENING = "The council has appointed a new director to lead its services for children."
CLOSING = "Staff welcomed the appointment and said morale had improved over the year."


def _reasons(skipped: list[tuple[str, str]]) -> dict[str, str]:
    return dict(skipped)


@pytest.mark.parametrize("uncredited, credited", [
    ("The new director at the town hall on Monday", "The new director at the town hall on Monday. Picture: Jo Lens"),
    ("Staff gather outside the council offices in Leeds.", "Staff gather outside the council offices in Leeds. Photo: Jo Lens"),
    ("Children play in a park in the borough", "Children play in a park in the borough. Image: Jo Lens"),
])
def test_a_caption_and_its_uncredited_copy_are_not_body(uncredited, credited):
    body, skipped, _ = clean_body([OPENING, "", uncredited, credited, "", CLOSING])
    assert body == [OPENING, CLOSING]
    assert _reasons(skipped)[credited] == "caption"
    assert uncredited in _reasons(skipped)


@pytest.mark.parametrize("opener", [
    "Related articles",
    "Related",
    "Related stories:",
    "Click link below for related articles",
    "Click on the links below for related content",
])
def test_a_related_links_block_is_dropped_until_the_next_paragraph(opener):
    headlines = ["Council names new director of children's services", "Trust chair steps down after two years"]
    body, skipped, _ = clean_body([OPENING, "", opener, "", *headlines, "", CLOSING])
    assert body == [OPENING, CLOSING]
    reasons = _reasons(skipped)
    assert reasons[opener] == "related links"
    assert all(reasons[h] == "related links" for h in headlines)


@pytest.mark.parametrize("footer", [
    ["Community Care Digital membership", "Get unlimited access for £5.99 a month.", "Sign in to continue reading this page."],
    ["Subscribe", "Only £1 for your first month, then £7.99 a month after that."],
    ["Subscribe now", "Join thousands of readers who rely on our reporting every single week."],
    ["© 2023 Example News Group. All rights reserved."],
])
def test_a_subscription_footer_ends_the_body(footer):
    body, skipped, _ = clean_body([OPENING, *footer, CLOSING])
    assert body == [OPENING]
    assert [line for line, reason in skipped if reason == "footer"] == [*footer, CLOSING]


def test_furniture_is_left_out_of_a_txt_article():
    text = "\n".join([
        "Council appoints new director", "", "A Reporter", "Friday, March 3, 2023", "",
        OPENING, "",
        "The new director at the town hall on Monday",
        "The new director at the town hall on Monday. Picture: Jo Lens", "",
        "Related articles", "Council names new director", "Trust chair steps down", "",
        CLOSING, "",
        "Example News Digital membership", "£5.99 a month", "Subscribe",
    ])
    article = parse_article(text, "furniture.txt", "txt")
    assert article.body == [OPENING, CLOSING]
    reasons = _reasons(article.skipped)
    assert reasons["The new director at the town hall on Monday. Picture: Jo Lens"] == "caption"
    assert reasons["Trust chair steps down"] == "related links"
    assert reasons["Subscribe"] == "footer"


@pytest.mark.parametrize("paragraph, sentences", [
    ("Mr. Smith met Dr. Jones at St. Helens. They talked for an hour.",
     ["Mr. Smith met Dr. Jones at St. Helens.", "They talked for an hour."]),
    ("J. K. Rowling spoke first. Then Mrs. A. Brown left the meeting.",
     ["J. K. Rowling spoke first.", "Then Mrs. A. Brown left the meeting."]),
    ("The trust, i.e. the company, was set up. It opened in April.",
     ["The trust, i.e. the company, was set up.", "It opened in April."]),
    ('He said: "It is good." The council agreed.', ['He said: "It is good."', "The council agreed."]),
    ("Spending rose 2.5 per cent. Next year it will rise again.",
     ["Spending rose 2.5 per cent.", "Next year it will rise again."]),
    ("Cllr. Ann Lee spoke. It was item No. 4 on the agenda.", ["Cllr. Ann Lee spoke.", "It was item No. 4 on the agenda."]),
    ("Was it rated good? Yes! Inspectors agreed.", ["Was it rated good?", "Yes!", "Inspectors agreed."]),
    ("A sentence with no full stop", ["A sentence with no full stop"]),
])
def test_split_sentences(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


def test_a_list_a_sentence_introduces_is_body_and_a_heading_between_paragraphs_is_kept():
    intro, items = "Ofsted published its report on Stockport. The grades were:", ["Impact of leaders: good", "Care leavers (good)"]
    body, skipped, headings = clean_body([OPENING, "", intro, *items, "", "Dorset", "", CLOSING])
    assert body == [OPENING, intro, *items, CLOSING]
    assert headings == {4: "Dorset"}


def test_a_colon_before_a_quote_does_not_start_a_list():
    said = "Speaking after the verdict, the leader said:"
    body, _, _ = clean_body([OPENING, said, "We are sorry and we will put things right for every child.", CLOSING])
    assert said not in body


def test_a_table_s_rows_become_labelled_items():
    body, _, _ = clean_body([OPENING, "| Judgement | Grade |", "|---|---|", "| Children in care | Good |",
                             "| Care leavers | Requires improvement |", CLOSING])
    assert body == [OPENING, "• Judgement: Grade", "• Children in care: Good", "• Care leavers: Requires improvement",
                    CLOSING]


def test_a_fact_sheet_item_stays_without_a_line_introducing_it():
    body, _, _ = clean_body([OPENING, "• On site: 25 and 26 June 2024", "• Overall effectiveness: good", CLOSING])
    assert body == [OPENING, "• On site: 25 and 26 June 2024", "• Overall effectiveness: good", CLOSING]


def test_related_headlines_with_colons_stay_out():
    body, skipped, _ = clean_body([OPENING, "Related stories", "• Swindon: first monitoring visit finds progress",
                                   CLOSING])
    assert body == [OPENING, CLOSING]
    assert _reasons(skipped)["• Swindon: first monitoring visit finds progress"] == "related links"


def test_tags_above_the_text_do_not_end_it():
    body, skipped, _ = clean_body(["Tags: care leavers, Ofsted", OPENING, CLOSING])
    assert body == [OPENING, CLOSING]
    assert _reasons(skipped)["Tags: care leavers, Ofsted"] == "page furniture"


def test_a_wide_table_s_cells_are_labelled_by_their_column():
    body, _, _ = clean_body([OPENING, "| Inspection | Overall effectiveness | Care leavers |", "|---|---|---|",
                             "| Single inspection, January 2017 | Inadequate | Requires improvement |", CLOSING])
    assert body == [OPENING, "Single inspection, January 2017. • Overall effectiveness: Inadequate. "
                             "• Care leavers: Requires improvement.", CLOSING]
    assert split_sentences(body[1]) == ["Single inspection, January 2017.", "• Overall effectiveness: Inadequate.",
                                        "• Care leavers: Requires improvement."]


def test_an_encyclopaedias_footnote_marks_and_sources_are_not_its_prose():
    body, skipped, _ = clean_body([
        "In May 2022 services were judged good overall for the first time.[10] In November 2025 Ofsted rated the "
        "council's children's services outstanding.[11][citation needed]",
        "",
        '• ^ "Manchester children\'s services rated inadequate". Manchester Evening Record. 2 September 2014.'])
    assert split_sentences(body[0]) == [
        "In May 2022 services were judged good overall for the first time.",
        "In November 2025 Ofsted rated the council's children's services outstanding."]
    assert [reason for _, reason in skipped] == ["sources cited"]


def test_list_items_that_finish_the_sentence_above_them_are_read_as_its_sentences():
    body, skipped, _ = clean_body([
        "She found that, since the inspection, the council had:",
        "- appointed a permanent director of children's services, Meg Dole, who took up post in April 2025;",
        "- agreed £6.8 million of extra investment; and",
        "- strengthened its oversight.",
        "Recommendations"])
    assert body == [
        "She found that, since the inspection, the council had appointed a permanent director of children's services, "
        "Meg Dole, who took up post in April 2025.",
        "She found that, since the inspection, the council had agreed £6.8 million of extra investment.",
        "She found that, since the inspection, the council had strengthened its oversight."]


def test_a_sentence_that_hands_over_to_a_quote_is_body_text():
    body, _, _ = clean_body(["The council's director of children's services, Lena Okaf, told us staff deserve the credit:",
                             "[CLIP: OKAF - 0'14\"]"])
    assert body[0].startswith("The council's director of children's services, Lena Okaf")
