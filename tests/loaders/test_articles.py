"""Reading article files: the header of a .txt, the metadata of .md and .html, errors that name the
input, and the IRI that tells articles apart."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cskg.loaders.articles import ArticleError, parse_article, read_article
from cskg.loaders.evaluate import fact_key
from cskg.loaders.extract import extract

from fact_helpers import page_facts

BODY = [
    "Kent County Council has named a chair for the new trust that will run its children's services.",
    "The council said the appointment marked an important step for families across the county.",
]


def _txt(*header: str) -> str:
    return "\n".join(["Kent names chair for children's trust", "", *header, "", BODY[0], "", BODY[1], ""])


@pytest.mark.parametrize("header, author, published", [
    (["Sam Reporter", "Tuesday, February 14, 2023"], "Sam Reporter", date(2023, 2, 14)),
    (["By Sam Reporter", "14 February 2023"], "Sam Reporter", date(2023, 2, 14)),
    (["Sam Reporter", "February 14th, 2023"], "Sam Reporter", date(2023, 2, 14)),
    (["Tuesday, February 14, 2023"], None, date(2023, 2, 14)),
    (["Published: 2023-02-14"], None, date(2023, 2, 14)),
])
def test_txt_header(header, author, published):
    article = parse_article(_txt(*header), "kent.txt", "txt")
    assert article.title == "Kent names chair for children's trust"
    assert (article.author, article.published) == (author, published)
    assert article.body == BODY
    assert article.url is None
    assert article.source == "kent.txt"


def test_txt_without_a_header_keeps_its_first_paragraph():
    article = parse_article("Kent names chair\n\n" + "\n\n".join(BODY), "kent.txt", "txt")
    assert (article.title, article.author, article.published) == ("Kent names chair", None, None)
    assert article.body == BODY


def test_md_with_metadata_lines():
    text = "\n".join([
        "Author: Sam Reporter", "Date: 2023-02-14", "URL: https://news.example.org/kent-chair", "",
        "# Kent names chair for children's trust", "",
        "Kent County Council has named a chair for the new trust that will run its",
        "**children's services**.", "",
        "## More detail", "",
        "The council said the appointment marked an important step for families across the [county](https://x.org).",
    ])
    article = parse_article(text, "kent.md", "md")
    assert article.title == "Kent names chair for children's trust"
    assert (article.author, article.published) == ("Sam Reporter", date(2023, 2, 14))
    assert article.url == "https://news.example.org/kent-chair"
    assert article.source == "https://news.example.org/kent-chair"
    assert article.body == BODY


def test_md_with_front_matter():
    text = "\n".join([
        "---", "title: Kent names chair for children's trust", "author: Sam Reporter", "date: 2023-02-14",
        'url: "https://news.example.org/kent-front"', "---", "",
        BODY[0], "", BODY[1],
    ])
    article = parse_article(text, "kent.md", "md")
    assert article.title == "Kent names chair for children's trust"
    assert (article.author, article.published) == ("Sam Reporter", date(2023, 2, 14))
    assert article.url == "https://news.example.org/kent-front"
    assert article.body == BODY


def test_md_dated_in_a_byline_line():
    text = "\n".join([
        "**Institute for Local Services** · Blog · Children and families", "",
        "# Good is not an accident", "",
        "*Dr Asha Rao, Senior Researcher · 18 September 2025 · 7 minute read*", "",
        BODY[0],
    ])
    assert parse_article(text, "blog.md", "md").published == date(2025, 9, 18)


@pytest.mark.parametrize("text, kind, published", [
    ("LONDON BOROUGH OF EALING\n\nCHILDREN AND FAMILIES SCRUTINY PANEL\nMeeting date: 18 November 2025\n"
     "Agenda item: 6\n\n1.1 This report summarises the Panel's findings.\n", "txt", date(2025, 11, 18)),
    ("# LONDON BOROUGH OF HARINGEY\n\n| | |\n|---|---|\n| **Report for:** | Cabinet, 13 June 2023 |\n"
     "| **Item number:** | 9 |\n\n1.1 Ofsted carried out a standard inspection of Haringey.\n", "md", date(2023, 6, 13)),
])
def test_a_committee_paper_is_dated_by_its_meeting(text, kind, published):
    assert parse_article(text, "paper." + kind, kind).published == published


@pytest.mark.parametrize("line, published", [
    ("Embargoed to 0001 Thursday May 16 2024", date(2024, 5, 16)),
    ("14:32, Sat, Jul 13, 2024 | UPDATED: 16:05, Sat, Jul 13, 2024", date(2024, 7, 13)),
    ("For immediate release: Thursday 12 June 2025", date(2025, 6, 12)),
    ("Thursday, February 6, 2025                                         Page 9", date(2025, 2, 6)),
    ("Date: Fri, 22 May 2026 07:00:00 +0100", date(2026, 5, 22)),
    ("Summary prepared by Democratic Services. Published 20 March 2025. This summary is not the formal minutes.",
     date(2025, 3, 20)),
])
def test_datelines_of_wires_tabloids_releases_print_pages_emails_and_summaries(line, published):
    text = f"NEWS\n\nA headline about Hartlepool\n\n{line}\n\nHartlepool's children's services were rated outstanding.\n"
    assert parse_article(text, "news.txt", "txt").published == published


def test_a_dateline_with_the_time_after_at():
    text = "London Today | Regional news\n\nCouncil rated outstanding\n\nThursday 16 May 2024 at 5:42pm\n\nBy A Reporter\n\n" \
           "Services for children in Hammersmith and Fulham have been rated outstanding by Ofsted.\n"
    assert parse_article(text, "tv.txt", "txt").published == date(2024, 5, 16)




HTML = """<!doctype html>
<html><head>
<title>Kent names chair for children's trust</title>
<meta name="author" content="Sam Reporter">
<meta property="article:published_time" content="2023-02-14T09:00:00Z">
<link rel="canonical" href="https://news.example.org/kent-html">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">Every menu item of the news site sits here.</a></li></ul></nav>
<article>
<h1>Kent names chair for children's trust</h1>
<p>{0}</p>
<figure><img src="office.jpg" alt="Council offices"><figcaption>The council offices in Maidstone, seen from the river on a sunny afternoon.</figcaption></figure>
<p>{1}</p>
</article>
<aside><p>A sidebar promotion that has nothing to do with the story and must stay out of it.</p></aside>
<footer><p>The publisher's footer text with its contact details and legal notices goes here.</p></footer>
</body></html>""".format(*BODY)


def test_html_page():
    article = parse_article(HTML, "kent.html", "html")
    assert article.title == "Kent names chair for children's trust"
    assert (article.author, article.published) == ("Sam Reporter", date(2023, 2, 14))
    assert article.url == "https://news.example.org/kent-html"
    assert article.source == "https://news.example.org/kent-html"
    assert article.body == BODY
    text = " ".join(article.body)
    for furniture in ("menu item", "Maidstone", "sidebar", "footer"):
        assert furniture not in text


@pytest.mark.parametrize("data, kind, message", [
    (b"", "txt", "empty"),
    (b"  \n\n\t\n", "txt", "empty"),
    (b"PK\x03\x04\x00\x00binary zip data", "txt", "binary"),
    ("Caf\u00e9 council story".encode("latin-1"), "txt", "UTF-8"),
    (b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "html", "no article text"),
    (b"Just a headline", "txt", "no article text"),
])
def test_unreadable_input_raises_an_error_naming_it(data, kind, message):
    with pytest.raises(ArticleError) as caught:
        parse_article(data, "broken." + kind, kind)
    assert str(caught.value).startswith("broken." + kind)
    assert message in str(caught.value)


def test_read_article_errors_name_the_path(tmp_path: Path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(ArticleError, match="^" + str(missing)):
        read_article(missing)
    wrong = tmp_path / "story.pdf"
    wrong.write_text(_txt("Sam Reporter", "14 February 2023"), "utf-8")
    with pytest.raises(ArticleError, match="^" + str(wrong)):
        read_article(wrong)


def test_same_name_in_two_folders_are_two_articles(tmp_path: Path):
    paths = []
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "story.txt"
        path.write_text(_txt("Sam Reporter", "14 February 2023"), "utf-8")
        paths.append(path)
    one, two = (read_article(p) for p in paths)
    assert one.name == two.name == "story.txt"
    assert one.iri != two.iri
    assert read_article(paths[0]).iri == one.iri  # reading a file again names the same article
    assert one.source == "story.txt"


def test_an_article_with_a_url_is_named_by_it(tmp_path: Path):
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "kent.html").write_text(HTML, "utf-8")
    one, two = read_article(tmp_path / "first" / "kent.html"), read_article(tmp_path / "second" / "kent.html")
    assert one.source == two.source == "https://news.example.org/kent-html"
    assert one.iri == two.iri


def test_txt_dated_further_down_its_header():
    text = "\n".join(["Written questions and answers", "", "Children's services: Swindon", "", "Tabled by a member",
                      "", "Answered on 30 July 2024", "", BODY[0], "", BODY[1], ""])
    article = parse_article(text, "answer.txt", "txt")
    assert article.published == date(2024, 7, 30)
    assert article.body == BODY


NEWSLETTER = """<html><head><title>Partners Bulletin</title>
<meta property="article:published_time" content="2023-01-20"></head><body>
<nav><a href="#a">Derby</a> <a href="#b">Bury</a></nav>
<main>
<article id="a"><h2>Derby: a long road</h2>
<p>When Ofsted first found Derby's children's services inadequate, in a report published in 2016, few would have
bet on the city being held up as an example within seven years. Last May, Ofsted rated Derby good.</p>
<p>The director of children's services puts it down to consistency, and to keeping the same managers in post for
long enough to see changes through. Staff turnover fell by half over the period.</p>
<p>What followed the first verdict was a period of intensive support, with a statutory direction, an adviser from
a stronger neighbour and a new improvement board that met every month for three years.</p>
<p>"We stopped launching new initiatives every six months," the director told us. "We kept caseloads down, we
listened to our young people, and we let good practice spread rather than announcing it."</p>
<p>She is the first to say the job is not finished. The next inspection is not due for some time, and she is wary
of complacency in a service that has only recently found its feet again.</p></article>
<article id="b"><h2>Bury: notes from a focused visit</h2>
<p>Inspectors spent two days with Bury's front door services on 13 and 14 December. The letter has now been
published and Bury colleagues have kindly shared their reflections for this issue of the bulletin.</p>
<p>Their headline: preparing for a focused visit is less about paperwork and more about making sure practitioners
feel able to talk openly about their work with the inspectors who visit them.</p></article>
<article class="teaser"><h3>Related: Wigan rated good</h3><p>Read more</p></article>
</main></body></html>"""


def test_every_full_story_of_a_newsletter_is_read():
    text = " ".join(parse_article(NEWSLETTER, "bulletin.html", "html").body)
    assert "Last May, Ofsted rated Derby good." in text
    assert "Inspectors spent two days with Bury's front door services" in text
    assert "Wigan" not in text  # a teaser card for another story


@pytest.mark.parametrize("line, expected", [
    ("Monday 5 August 2019, 11:42 BST", date(2019, 8, 5)),
    ("Bulletin: 08:00, Thursday 7 March 2024", date(2024, 3, 7)),
    ("21 Aug 2024 - Explainers, Council, Families", date(2024, 8, 21)),
    ("Volume 769: debated on Wednesday 18 June 2025", date(2025, 6, 18)),  # Hansard
    ("Answered on 21 January 2025 by Baroness Thornhill of Wendover", date(2025, 1, 21)),  # a Lords written answer
    ("Made on: 23 June 2022", date(2022, 6, 23)),  # a written ministerial statement
    ("Tuesday 19 March 2019, 11:02pm | Updated: Wednesday 20 March 2019, 8:15am", date(2019, 3, 19)),  # not the update
])
def test_datelines_with_a_time_a_label_or_a_section(line, expected):
    from cskg.loaders.articles import parse_date
    assert parse_date(line) == expected


def test_a_timeline_s_dated_headings_do_not_pass_for_its_dateline():
    text = ("EXPLAINER | Hackney in nine dates\n\nPosted by Rosa Delgado\n21 Aug 2024 - Explainers, Council\n\n"
            "Ofsted's new report came out yesterday.\n\nSEPTEMBER 2016\nThe last inspection gives Hackney a good "
            "grade.\n")
    assert parse_article(text, "hackney.txt", "txt").published == date(2024, 8, 21)


def test_a_hard_wrapped_report_is_read_in_whole_paragraphs():
    text = "\n".join([
        "WORCESTERSHIRE COUNTY COUNCIL", "", "CABINET", "18 January 2024", "", "Background", "",
        "3. In a report published in January 2017, Ofsted judged the Council's children's services to be",
        "   inadequate overall. The Council accepted the findings in full.", "",
        "4. In August 2018 the Secretary of State for Education issued a statutory direction requiring",
        "   the Council to transfer its children's social care functions to an arm's-length body. Having",
        "   considered the options, Cabinet agreed that the new body should be a company.", ""])
    article = parse_article(text, "cabinet.txt", "txt")
    assert article.published == date(2024, 1, 18)
    assert article.body == [
        "3. In a report published in January 2017, Ofsted judged the Council's children's services to be inadequate "
        "overall. The Council accepted the findings in full.",
        "4. In August 2018 the Secretary of State for Education issued a statutory direction requiring the Council "
        "to transfer its children's social care functions to an arm's-length body. Having considered the options, "
        "Cabinet agreed that the new body should be a company."]


def test_show_notes_keep_their_long_items_and_leave_their_links():
    text = "\n".join([
        "# Ep. 58 - Rotherham", "", "Author: Amira Shah", "Date: 2023-05-10", "", "## Timestamps", "",
        "- **06:35** – Looking back: the inspection that followed. Rotherham's children's services were rated "
        "inadequate in November 2014",
        "- **51:20** – Outro", "", "## Links mentioned", "",
        "- Ep. 57 – Nine years of Achieving for Children: is the shared company model catching on?", ""])
    article = parse_article(text, "notes.md", "md")
    assert article.body == ["• Looking back: the inspection that followed. Rotherham's children's services were "
                            "rated inadequate in November 2014"]
    assert ("• Ep. 57 – Nine years of Achieving for Children: is the shared company model catching on?",
            "related links") in article.skipped


def test_a_written_answer_is_dated_by_its_answer_not_its_question():
    text = "\n".join(["Written questions, answers and statements", "", "Children's Services: Croydon", "",
                      "UIN HL4127, tabled on 7 January 2025", "", "Asked by Baroness Penrose of Addiscombe", "",
                      "Answered on 21 January 2025 by Baroness Thornhill of Wendover", "", BODY[0], ""])
    assert parse_article(text, "answer.txt", "txt").published == date(2025, 1, 21)


def test_a_markdown_fact_sheet_keeps_its_lines_apart():
    text = ("# Focused visit to West Sussex\n\nDate: 2024-08-27\n\n**Authority:** West Sussex County Council\n"
            "**Fieldwork:** 24 and 25 July 2024\n**Letter published:** Friday 23 August 2024\n\n"
            "**Background.** West Sussex was judged inadequate overall in a report published in May 2019.\n")
    body = parse_article(text, "sheet.md", "md").body
    assert "• Fieldwork: 24 and 25 July 2024" in body
    assert "Background. West Sussex was judged inadequate overall in a report published in May 2019." in body


LIVE_BLOG = """<html><head><title>Newham Ofsted report: live</title>
<meta property="article:published_time" content="2022-09-21"></head><body>
<article><h1>Newham children's services Ofsted report: live updates and reaction</h1>
<section class="entry"><h3>16:32</h3><p>That's where we'll leave our live coverage for today. Thanks for following. A full
write-up will be on the site this evening and in Thursday's paper.</p></section>
<section class="entry"><h3>14:10</h3><p>Big news from Whitehall this afternoon. The Department for Education has
confirmed that the improvement notice hanging over the borough's children's services has been lifted.</p></section>
<section class="entry"><h3>09:40</h3><p>How did we get here? Ofsted inspectors were in the borough between 18 and 29
July, looking at case files, sitting with front-door staff and talking to children and carers.</p></section>
<section class="entry"><h3>09:04</h3><p>It's out. Ofsted has published its report this morning, and Newham's children's
services are good.</p><p>Breaking it down:</p><ul><li>Overall effectiveness: good</li>
<li>Impact of leaders: <strong>outstanding</strong></li></ul></section>
<section class="entry"><h3>07:45</h3><p>Good morning. Ofsted is expected to publish its long-awaited report on Newham
Council's children's services at around 9am. Stay with us for the verdict and reaction.</p></section>
</article></body></html>"""


def test_a_list_the_precise_reading_drops_inside_the_story_is_kept():
    text = " ".join(parse_article(LIVE_BLOG, "live.html", "html").body)
    assert "Impact of leaders: outstanding" in text
    assert text.index("It's out.") < text.index("Impact of leaders") < text.index("Good morning.")


def test_a_newsletter_saved_as_an_email_is_titled_dated_and_signed_by_its_header():
    text = ("From: The Hearth Institute <briefing@hearthinstitute.example.org>\n"
            "Subject: Children's Services Briefing #112 -- two Cheshire neighbours\n"
            "Date: Fri, 13 Sep 2024 07:15:02 +0100\n\n" + BODY[0] + "\n")
    article = parse_article(text, "briefing.txt", "txt")
    assert (article.title, article.published, article.author) == (
        "Children's Services Briefing #112 -- two Cheshire neighbours", date(2024, 9, 13), "The Hearth Institute")
    assert article.body == [BODY[0]]


def test_a_plain_text_table_with_wrapped_cells_is_read_row_by_row():
    text = "\n".join([
        "Freedom of information response", "", "London Borough of Sutton", "16 April 2024", "",
        "We hold this information. It is set out in the table below.", "",
        "Type of activity                  | Dates on site         | Report published | Outcome",
        "----------------------------------|-----------------------|------------------|------------------------",
        "Inspection of local authority     | 6 to 10 December 2021 | 1 February 2022  | Overall effectiveness: Good",
        "children's services               |                       |                  | Impact of leaders: Outstanding",
        "Focused visit (children in need)  | 14 November 2023      | 12 December 2023 | Findings letter",
        "", "Please note that no monitoring visits were made in this period."])
    body = parse_article(text, "foi.txt", "txt").body
    assert ("Inspection of local authority children's services. • Dates on site: 6 to 10 December 2021. • Report "
            "published: 1 February 2022. • Overall effectiveness: Good. • Impact of leaders: Outstanding.") in body
    assert ("Focused visit (children in need). • Dates on site: 14 November 2023. • Report published: 12 December 2023. "
            "• Outcome: Findings letter.") in body


def test_tags_under_a_standfirst_do_not_end_the_article():
    text = ("# Two councils, one county\n\nDate: 2022-03-21\n\n*Dr Priya Raman is a senior lecturer in social policy.*\n\n"
            "Tags: Ofsted, children's social care\n\n---\n\nWhen Bedfordshire County Council was abolished in 2009, its "
            "children's services were split between two new unitary authorities.\n")
    body = parse_article(text, "blog.md", "md").body
    assert body[-1].startswith("When Bedfordshire County Council was abolished in 2009")


def test_a_dot_leader_table_in_a_council_report_is_read_row_by_row():
    text = "\n".join([
        "EXAMPLE COUNTY COUNCIL", "", "Report to Children's Select Committee", "", "2 October 2023", "",
        "3. The report of the inspection was published on 4 August 2023. The grades were as follows:", "",
        "   Overall effectiveness ...................................... Requires improvement",
        "   The impact of leaders on social work practice with children",
        "   and families ................................................ Good",
        "   The experiences and progress of care leavers ............... Good", "",
        "4. Members will be kept informed."])
    body = parse_article(text, "report.txt", "txt").body
    assert "3. The report of the inspection was published on 4 August 2023. The grades were as follows:" in body
    assert body[body.index("Overall effectiveness: Requires improvement.") + 1] == \
        "The impact of leaders on social work practice with children and families: Good."
    assert "The experiences and progress of care leavers: Good." in body


def test_a_markdown_sign_off_s_second_line_opens_no_body_s_name():
    text = ("# Foreword\n\nDate: 2025-07-01\n\nOur trust took over children's services on 1 April 2021.\n\n"
            "**Ann Leigh**, Chair\n**Tom Crane**, Interim Chief Executive\n\n"
            "*Fenland Children's Trust is a company limited by guarantee.*\n")
    from cskg.loaders.mentions import index_bodies
    assert index_bodies(parse_article(text, "foreword.md", "md").body).order == ["Fenland Children's Trust"]


def test_a_council_report_s_contact_block_gives_the_statutory_post():
    text = "\n".join([
        "NOTTINGHAMSHIRE COUNTY COUNCIL", "", "Report to Children's Select Committee", "", "16 September 2024", "",
        "Purpose of the Report", "", "1. To inform the Committee of the outcome of the inspection of Nottinghamshire's "
        "children's services.", "", "Verity Albright", "",
        "Corporate Director, Children and Families (Director of Children's Services)", "",
        "For any enquiries about this report please contact the service director."])
    found = page_facts(text, "report.txt", "txt")
    assert ("roles", ("Verity Albright", "director of children's services", "E10000024")) in found


def test_a_markdown_sign_off_gives_each_signatory_s_post():
    text = ("# Foreword\n\nDate: 2025-07-01\n\nFenland Children's Trust took over children's services in Cambridgeshire "
            "on 1 April 2021.\n\n**Ann Leigh**, Chair\n**Tom Crane**, Interim Chief Executive\n")
    found = page_facts(text, "foreword.md", "md")
    assert ("roles", ("Ann Leigh", "chair", "Fenland Children's Trust")) in found
    assert ("roles", ("Tom Crane", "interim chief executive", "Fenland Children's Trust")) in found


def test_a_markdown_sign_off_over_two_lines_gives_the_signatory_s_post():
    text = ("# A letter from our chair\n\nDate: 2025-04-04\n\nThis is my last letter as chair of Buckinghamshire Children's "
            "Trust, which ran the county's children's services.\n\nMargaret Oyelaran\nChair, Buckinghamshire Children's "
            "Trust (2019-2025)\n\n---\n\n*Buckinghamshire Children's Trust Ltd. Registered in England and Wales.*\n")
    found = page_facts(text, "letter.md", "md")
    assert ("roles", ("Margaret Oyelaran", "chair", "Buckinghamshire Children's Trust")) in found


def test_a_dateline_with_its_update_is_dated_by_the_first_publication():
    text = ("SCANDAL OF CITY'S FAILING KIDS' SERVICES\n\nBy Gemma Royle\n"
            "Tuesday 19 March 2019, 11:02pm | Updated: Wednesday 20 March 2019, 8:15am\n\n"
            "Ofsted rated Stoke-on-Trent inadequate in a verdict published yesterday.\n")
    article = parse_article(text, "tabloid.txt", "txt")
    assert article.published == date(2019, 3, 19)
    assert ("judgements", ("E06000021", "overall", "inadequate", "2019-03-18", "inspection")) in [
        fact_key(f) for f in extract(article)]


def test_a_committee_paper_s_report_of_line_gives_the_author_s_post():
    text = "\n".join([
        "WARRINGTON BOROUGH COUNCIL", "", "CABINET - 16 September 2024", "",
        "Report of:        Amanda Leckie, Director of Children's Services",
        "Portfolio holder: Councillor Tom Jennison, Cabinet Member for Children's Services", "",
        "1. PURPOSE OF THE REPORT", "",
        "To inform Cabinet of the findings of Ofsted's short inspection of children's social care in Warrington."])
    found = page_facts(text, "cabinet.txt", "txt")
    assert ("roles", ("Amanda Leckie", "director of children's services", "E06000007")) in found


def test_a_wire_story_is_dated_by_its_slug_line():
    text = ("PA NEWS | Home News | Wednesday 18 July 2018\n\nCouncil's children's services rated inadequate\n\n"
            "By Katie Hollings\n\nThe watchdog's report into Wakefield Council, published on Tuesday, found failings.\n")
    assert parse_article(text, "wire.txt", "txt").published == date(2018, 7, 18)


def test_share_buttons_under_a_standfirst_do_not_end_the_article():
    text = ("'Every file told the same story': inside Middlesbrough's long climb back\n\nThree years after one of the most "
            "damning Ofsted reports of recent times, the town's children's services are still fighting to prove "
            "themselves\n\nRachel Hume\n\nSun 20 Nov 2022 07.00 GMT\n\nShare on Facebook | Share on Twitter | Share via "
            "Email\n\n" + "The social worker remembers the moment she knew things had gone badly wrong, she says. " * 6
            + "\n\nWhen Ofsted's report landed in January 2020, the verdict on Middlesbrough Council was inadequate.\n")
    body = " ".join(parse_article(text, "longread.txt", "txt").body)
    assert "the verdict on Middlesbrough Council was inadequate" in body


def test_a_wire_s_long_slug_line_with_a_numeric_date_dates_it():
    text = ("PRESS WIRE UK -- HOME NEWS -- 10/04/2025 11:32 BST\n\nBy Megan Kerr, Press Wire UK\n\n"
            "Harrow Council's children's services were rated inadequate by Ofsted in a report published on March 4.\n")
    assert parse_article(text, "wire.txt", "txt").published == date(2025, 4, 10)


def test_a_markdown_timeline_s_bold_date_line_dates_the_entry_under_it():
    text = ("# Darlington's children's services, a timeline\n\nAuthor: A Writer\nDate: 2024-02-12\n\n"
            "Darlington's children's social care has changed a great deal.\n\n"
            "**1 September 2015 · The fall**\nOfsted publishes its report. Overall effectiveness: inadequate. "
            "Adoption and care leavers are both rated good.\n\n"
            "**January 2015: a solid start**\nThe council wins an award.\n")
    found = page_facts(text, "timeline.md", "md")
    assert ("judgements", ("E06000005", "overall", "inadequate", "2015-09-01", "inspection")) in found
    assert ("judgements", ("E06000005", "adoption", "good", "2015-09-01", "inspection")) in found


def test_a_committee_paper_headed_by_its_council_in_capitals_is_about_that_council():
    text = ("NEWCASTLE CITY COUNCIL\n\nCABINET\n14 January 2026\n\n1. PURPOSE OF REPORT\n\n"
            "1.1 Ofsted's inspection of the council's services, published on 7 July 2017, judged services to require "
            "improvement to be good overall.\n\n2.9 The comparator authorities used in this report are Gateshead and "
            "Sunderland.\n")
    found = page_facts(text, "cabinet.txt", "txt")
    assert found == [("judgements", ("E08000021", "overall", "requires improvement", "2017-07-07", "inspection"))]


def test_a_linkedin_post_s_i_is_the_member_whose_name_heads_it():
    text = ("Priya Raghunathan (She/Her) • 1st\nDirector of Children's Services | Social worker\n9 June 2025 • Edited\n\n"
            "I'm delighted to announce that I have been appointed Director of Children's Services at Milton Keynes City "
            "Council!\n\nFor the past two years I've had the privilege of serving as interim Director of Children's "
            "Services at Wokingham Borough Council.\n")
    found = page_facts(text, "post.txt", "txt")
    assert ("roles", ("Priya Raghunathan", "director of children's services", "E06000042")) in found
    assert ("roles", ("Priya Raghunathan", "interim director of children's services", "E06000041")) in found


def test_a_live_blog_written_newest_first_is_read_in_the_order_it_happened():
    entries = [("1.20pm", "That's where we'll leave our live coverage for today."),
               ("9.25am", "Inspectors were on site between 22 April and 3 May."),
               ("9.10am", "The grades in full: leadership good, care leavers requires improvement."),
               ("9.02am", "Breaking: Ofsted has this morning published its report on children's services at "
                          "Westmorland and Furness Council - and the council has been rated good overall.")]
    page = ("<html><head><title>LIVE: Ofsted verdict | Gazette</title></head><body><main><h1>LIVE: Ofsted verdict</h1>"
            "<p class='byline'>Live updates by Kirsty Pennington | <time datetime='2024-07-12T08:55'>Friday, 12 July 2024"
            "</time></p><div class='live-feed'>"
            + "".join(f"<div class='entry'><p class='time'>{time}</p><p>{text}</p></div>" for time, text in entries)
            + "</div></main></body></html>")
    article = parse_article(page, "live.html", "html")
    assert article.body.index(entries[-1][1]) < article.body.index(entries[0][1])
    found = [fact_key(f) for f in extract(article)]
    assert ("judgements", ("E06000064", "leadership", "good", "2024-07-12", "inspection")) in found
    assert ("inspections", ("E06000064", "inspection", "2024-04-22")) in found


def test_each_row_of_a_table_of_councils_is_about_the_council_it_names():
    text = ("# Grades\n\n*By A Reporter | 5 February 2024*\n\nWe went through every report for Bromley and Hounslow.\n\n"
            "| Council | Report published | Framework | Overall | Leadership | Help and protection |\n|---|---|---|---|---|---|\n"
            "| Bromley | January 2024 | ILACS | Outstanding | Outstanding | Outstanding |\n"
            "| Hounslow | March 2014 | SIF | Requires improvement | Requires improvement | Good |\n")
    found = page_facts(text, "table.md", "md")
    assert ("judgements", ("E09000018", "leadership", "requires improvement", "2014-03", "inspection")) in found
    assert ("judgements", ("E09000018", "help and protection", "good", "2014-03", "inspection")) in found
    assert not [key for key in found if key[1][0] == "E09000006" and key[1][3] != "2024-01"]


def test_a_transcript_s_i_is_the_speaker_its_label_names():
    text = ("Children's Social Care - Oral evidence\n\nHouse of Commons Committee\n\nTuesday 14 October 2025\n\n"
            "Witnesses: Karen Aldous, Chair, Birmingham Children's Trust; Dr Owen Pritchard, former Managing Director, "
            "Worcestershire Children First.\n\n"
            "Q101 Chair: Welcome. I chair this committee.\n\n"
            "Karen Aldous: Thank you, Chair. I have chaired Birmingham Children's Trust since 2021.\n\n"
            "Dr Pritchard: I was managing director of Worcestershire Children First from its launch on 1 October 2019 "
            "until last summer.\n")
    found = page_facts(text, "evidence.txt", "txt")
    assert ("roles", ("Karen Aldous", "chair", "Birmingham Children's Trust")) in found
    assert ("roles", ("Owen Pritchard", "chief executive", "Worcestershire Children First")) in found


def test_a_wire_s_slug_line_with_a_day_month_year_date_dates_it():
    text = ("PWA NEWS WIRE   UK-GOVT-CHILDREN/TAMESIDE (URGENT)   23-Jul-2024 11:42 GMT\n\nGovernment orders trust\n\n"
            "By Nicholas Fairhurst\n\nLONDON, July 23 (PWA) - The British government on Tuesday ordered Tameside Council "
            "in Greater Manchester to hand its children's social care to an independent trust.\n")
    article = parse_article(text, "wire.txt", "txt")
    assert article.published == date(2024, 7, 23)
    assert ("interventions", ("E08000008", "trust ordered", "2024-07-23")) in [fact_key(f) for f in extract(article)]


def test_a_trust_s_board_minutes_in_capitals_give_its_chair_and_its_take_over():
    text = ("BRADFORD CHILDREN AND FAMILIES TRUST\n\nMINUTES OF THE MEETING OF THE BOARD OF DIRECTORS\n"
            "Held on Wednesday 24 April 2024 at 10:00\n\nPresent:\nDame Frances Oyelaran (Chair) (FO)\n"
            "Jonathan Reeve, Chief Executive (JR)\n\n1. WELCOME\n\n1.1 The Chair welcomed members. She noted that on 1 "
            "April 2023 the trust had taken over the delivery of children's social care from City of Bradford "
            "Metropolitan District Council.\n")
    article = parse_article(text, "minutes.txt", "txt")
    assert article.published == date(2024, 4, 24)
    found = [fact_key(f) for f in extract(article)]
    assert ("roles", ("Frances Oyelaran", "chair", "Bradford Children and Families Trust")) in found
    assert ("roles", ("Jonathan Reeve", "chief executive", "Bradford Children and Families Trust")) in found
    assert ("operators", ("E08000032", "Bradford Children and Families Trust", "2023-04-01", None, "trust")) in found


def test_a_table_of_areas_by_inspection_is_read_one_inspection_at_a_time():
    text = ("Nottinghamshire County Council\n\nChildren and Young People's Select Committee\n\n2 September 2024\n\n"
            "Table 1 sets out the judgements from the council's recent inspections.\n\n"
            "| Judgement area | SIF inspection (fieldwork May 2015; published 20 July 2015) | ILACS standard inspection "
            "(fieldwork October 2019; published 19 December 2019) |\n|---|---|---|\n"
            "| Overall effectiveness | Good | Good |\n"
            "| Impact of leaders / leadership, management and governance | Good | Outstanding ▲ |\n"
            "| Children in care (SIF: children looked after) | Requires improvement to be good | Good |\n")
    found = page_facts(text, "report.md", "md")
    assert ("judgements", ("E10000024", "leadership", "outstanding", "2019-12-19", "inspection")) in found
    assert ("judgements", ("E10000024", "children in care", "requires improvement", "2015-07-20", "inspection")) in found
    assert ("judgements", ("E10000024", "overall", "good", "2015-07-20", "inspection")) in found


def test_a_table_s_month_and_the_text_s_day_for_one_re_inspection_s_verdict_are_one_fact():
    text = ("# Bury climbs out of inadequate\n\nBy **A Reporter** | 31 July 2025\n\nThe re-inspection report, published on "
            "Tuesday (29 July), rated the impact of leaders on Bury Council's social work practice as good.\n\n"
            "| Judgement area | December 2021 | July 2025 |\n|---|---|---|\n| Overall effectiveness | Inadequate | Requires "
            "improvement |\n| Impact of leaders | Inadequate | Good |\n")
    found = page_facts(text, "trade.md", "md")
    assert ("judgements", ("E08000002", "leadership", "good", "2025-07-29", "re-inspection")) in found
    assert ("judgements", ("E08000002", "leadership", "inadequate", "2021-12", "inspection")) in found
    assert ("judgements", ("E08000002", "leadership", "good", "2025-07", "inspection")) not in found


def test_a_list_of_grades_is_about_the_council_the_sentence_introducing_it_names():
    text = ("# How did my council do?\n\n*By A Reporter · Tuesday 15 April 2025*\n\nHertfordshire County Council had a "
            "short inspection from 23 to 27 January 2023. The report, published in March 2023, gave these grades:\n\n"
            "| Area | Grade |\n|---|---|\n| Overall effectiveness | Outstanding |\n| Impact of leaders | Outstanding |\n"
            "| Children who need help and protection | Good |\n| Children in care | Outstanding |\n\n"
            "Bedford Borough Council was rated good in January 2022. Bedford had been judged to require improvement in "
            "2016, and Bedford's leaders were praised.\n")
    found = page_facts(text, "explainer.md", "md")
    assert ("judgements", ("E10000015", "children in care", "outstanding", "2023-03", "inspection")) in found
    assert not [key for key in found if key[1][0] == "E06000055" and key[1][3] == "2023-03"]


@pytest.mark.parametrize("text, kind, expected", [
    ("HUMBER TONIGHT - 18:30 PROGRAMME\nTX DATE: THURSDAY 30 APRIL 2026\nSLUG: NLINCS OFSTED\n\nChildren's services "
     "in North Lincolnshire have been rated outstanding.\n", "txt", date(2026, 4, 30)),
    ("RADIO MERSEY COAST\nTHE MORNING PHONE-IN - PROGRAMME SUMMARY\nBroadcast: Thursday 14 August 2025, 9.00am-10.00am"
     "\n\nKaren opened the hour by reading out the headline.\n", "txt", date(2025, 8, 14)),
    ("# Donny Past & Present\n\n*Local history*\n\n## Doncaster's children's services\n\n*Posted by Graham Whitlock on "
     "Sunday 22 June 2025 · filed under Recent History · 14 comments*\n\nRegular readers know I write about pits.\n",
     "md", date(2025, 6, 22)),
    ("# Community Magazine\n\n### Local families · June 2025 issue · Posted online 30 May 2025\n\n## A school place "
     "appeal\n\nThe family lost its appeal.\n", "md", date(2025, 5, 30)),
    ("Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n\nSchool report\n\nInspection of Lenchford Primary "
     "School\n\nInspection dates: 4 and 5 February 2025\n\nThe quality of education: Good\nBehaviour and attitudes: Good"
     "\nPersonal development: Good\nLeadership and management: Good\nEarly years provision: Good\n\nWhat is it like to "
     "attend this school?\n\nPupils are happy.\n\nPublished: 12 March 2025\n", "txt", date(2025, 3, 12)),
    ("# Sandwell Children's Trust\n\n*From Civipedia, the free encyclopaedia*\n\n| Sandwell Children's Trust | |\n|---|---|"
     "\n| **Founded** | 1 April 2018 |\n\nThe trust runs children's services.\n\n*This page was last edited on 14 March "
     "2025.*\n", "md", date(2025, 3, 14)),
])
def test_datelines_of_scripts_broadcasts_blogs_magazines_reports_and_encyclopaedia_pages(text, kind, expected):
    assert parse_article(text, f"page.{kind}", kind).published == expected


def test_a_table_set_out_in_spaces_is_read_column_by_column():
    text = "\n".join([
        "Report to the Scrutiny Panel", "", "Date of meeting: 12 May 2025", "",
        "3.2 The inspection report, published on 3 July 2023, judged the council's services for children to be good in "
        "Portsmouth. The judgements were:", "",
        "   Judgement area                          2023 grade                        Previous grade (report published October 2018)",
        "   --------------------------------------  --------------------------------  ----------------------------------------------",
        "   Overall effectiveness                   Good                              Good",
        "   Children who need help and protection   Outstanding                       Good",
        "   Children in care                        Good                              Good (then judged with care leavers)",
        "", "3.3 The panel noted the findings."])
    found = page_facts(text, "scrutiny.txt", "txt")
    # the year's column takes the day the text gave its report
    assert ("judgements", ("E06000044", "help and protection", "outstanding", "2023-07-03", "inspection")) in found
    assert ("judgements", ("E06000044", "children in care", "good", "2018-10", "inspection")) in found
    assert ("judgements", ("E06000044", "overall", "outstanding", "2018-10", "inspection")) not in found


def test_a_letter_is_dated_by_its_own_line_above_the_greeting():
    text = "\n".join([
        "                                  Jo Minister MP", "                                  Sanctuary Buildings",
        "                                  London SW1P 3BT", "", "Cllr Sam Hale", "Leader of the Council",
        "Blackburn with Darwen Borough Council", "Town Hall", "Blackburn", "BB1 7DY", "",
        "                                  Our ref: MIN/123", "                                  21 February 2024", "",
        "Dear Cllr Hale,", "", "Ofsted judged Blackburn with Darwen's children's services inadequate last month. I am "
        "therefore today issuing a Direction to the Council under section 497A(4B) of the Education Act 1996."])
    article = parse_article(text, "letter.txt", "txt")
    assert article.published == date(2024, 2, 21)
    found = [fact_key(f) for f in extract(article)]
    assert ("interventions", ("E06000008", "statutory direction", "2024-02-21")) in found


def test_a_council_s_own_page_is_about_the_council_its_title_names():
    page = """<!doctype html><html><head><title>New faces - Leader's blog | Bracknell Forest Council</title></head>
<body><header><div class="brand">Bracknell Forest Council</div></header><main><h1>New faces</h1>
<p class="meta">Posted by Cllr Paul Hood, Leader of the Council, Friday 9 February 2024</p>
<p>On Monday I was delighted to welcome Sue Hall as our new chief executive. Sue joins us from Surrey County Council,
where she was deputy chief executive, and before that worked in Hampshire.</p>
<p>Thank you for reading. Bracknell Forest is a good place to grow up.</p></main></body></html>"""
    found = page_facts(page, "blog.html", "html")
    assert ("roles", ("Sue Hall", "chief executive", "E06000036")) in found


def test_a_list_of_grades_with_long_area_labels_keeps_every_item():
    page = """<!doctype html><html><head><title>Services upgraded</title></head><body><main>
<h1>Milton Keynes services upgraded to good</h1><p class="dateline">Tuesday 17 December 2024</p>
<p>Children's services in Milton Keynes have been upgraded to good by Ofsted in a report published today.</p>
<ul><li>Overall effectiveness: <strong>Good</strong></li>
<li>Impact of leaders on social work practice: <strong>Good</strong></li>
<li>Children who need help and protection: <strong>Good</strong></li>
<li>Care leavers: <strong>Outstanding</strong></li></ul>
<p>The council's director said staff had worked hard.</p></main></body></html>"""
    found = page_facts(page, "tv.html", "html")
    assert ("judgements", ("E06000042", "leadership", "good", "2024-12-17", "inspection")) in found
    assert ("judgements", ("E06000042", "help and protection", "good", "2024-12-17", "inspection")) in found


def test_a_timeline_box_in_two_columns_gives_each_entry_its_date():
    text = "\n".join([
        "Commissioner sent in", "", "By A Reporter", "Friday, October 18, 2024", "",
        "The Government has sent a commissioner into Newcastle City Council.", "",
        "  TIMELINE", "",
        "  February 2022    Ofsted rates Newcastle's children's services good.", "",
        "  20 Sept 2023     Ofsted focused visit to the front door finds an",
        "                   area for priority action.", "",
        "  8 March 2024     Report published: services rated inadequate overall;",
        "                   help and protection also inadequate.", "",
        "  April 2024       Department for Education issues an improvement",
        "                   notice. Improvement adviser Colin Bray appointed.", ""])
    found = page_facts(text, "timeline.txt", "txt")
    assert ("inspections", ("E08000021", "focused visit", "2023-09-20")) in found
    assert ("judgements", ("E08000021", "help and protection", "inadequate", "2024-03-08", "inspection")) in found
    assert ("interventions", ("E08000021", "improvement adviser appointed", "2024-04")) in found


def test_a_report_signed_by_its_author_under_the_council_s_title_for_the_statutory_post():
    text = "\n".join([
        "Portsmouth City Council", "", "Children's Scrutiny Panel, 12 May 2025", "",
        "1. The report informs the panel of the outcome of the inspection of Portsmouth's children's services.", "",
        "Signed by: Sarah Whit, Director of Children, Families and Education (statutory Director of Children's Services)"])
    found = page_facts(text, "panel.txt", "txt")
    assert ("roles", ("Sarah Whit", "director of children's services", "E06000044")) in found


def test_a_structure_page_s_headings_give_the_post_before_the_name():
    page = """<!doctype html><html><head><title>Senior management | North Yorkshire Council</title></head><body><main>
<h1>Our senior management team</h1><p>Last updated: 3 March 2025</p>
<p>This page sets out who leads North Yorkshire Council and its services for children and families.</p>
<h2>Chief Executive – Helen Marr</h2>
<p>Helen is the council's head of paid service. She leads the management board and advises councillors.</p>
<h2>Finance</h2><p>The council's budget is set each February by full council.</p></main></body></html>"""
    found = page_facts(page, "structure.html", "html")
    assert ("roles", ("Helen Marr", "chief executive", "E06000065")) in found


def test_a_leader_s_statement_that_members_will_have_seen_the_report():
    text = "\n".join([
        "BARNSLEY METROPOLITAN BOROUGH COUNCIL", "", "FULL COUNCIL - THURSDAY 30 NOVEMBER 2023", "",
        "Members will have seen that on 27 October Ofsted published the report of its short inspection of our children's "
        "services. Ofsted judged the overall effectiveness of Barnsley's services to be good. That owes a great deal to "
        "what inspectors saw during their focused visit on care leavers back in January of this year.", "",
        "I will not pretend the report is without criticism. The experiences and progress of children who need help and "
        "protection were judged to require improvement."])
    found = page_facts(text, "statement.txt", "txt")
    assert ("judgements", ("E08000016", "overall", "good", "2023-10-27", "inspection")) in found


def test_a_wire_s_timestamp_dates_it():
    text = "\n".join(["NPA NEWSWIRE", "Category: Social affairs", "Timestamp: 16:20 Monday 4 September 2023", "",
                      "St Helens children's services rated good", "", "Children's services at St Helens Council have been "
                      "rated good by Ofsted in a report published on Monday."])
    assert parse_article(text, "wire.txt", "txt").published == date(2023, 9, 4)


def test_a_table_column_s_aside_does_not_date_its_cells():
    text = "\n".join(["# Tees Valley grades", "", "Date: 2026-03-26", "", "How the five councils have fared:", "",
                      "| Council | SIF (2014–17) | Latest ILACS |", "|---|---|---|",
                      "| Darlington | Inadequate (2015) | Outstanding (2026) |", "| Hartlepool | Good (2014) | Outstanding (2024) |"])
    found = page_facts(text, "grades.md", "md")
    assert ("judgements", ("E06000005", "overall", "inadequate", "2015", "inspection")) in found
    assert ("judgements", ("E06000001", "overall", "good", "2014", "inspection")) in found


def test_a_radio_bulletin_script_is_dated_by_its_script_line():
    text = "\n".join(["ESTUARY FM - NEWSROOM", "BULLETIN SCRIPT: TUESDAY 3 DECEMBER 2024 - 17:00", "Read by: Dan Whit", "",
                      "Southend's children's services have been rated good by Ofsted in a report published today."])
    article = parse_article(text, "bulletin.txt", "txt")
    assert article.published == date(2024, 12, 3)


def test_an_annual_review_s_month_heading_and_the_report_its_entry_tells():
    text = "\n".join(["# Plymouth City Council Annual Report 2024/25", "", "Published: 17 July 2025", "",
                      "Our year in review, month by month.", "", "### April 2024", "",
                      "- **Inspection.** Ofsted's inspection of our children's services in Plymouth, carried out over January "
                      "and February, was published on 15 March 2024. Inspectors judged our services to require improvement "
                      "to be good.", "", "### May 2024", "", "- **Budget.** Councillors agreed the budget."])
    found = page_facts(text, "review.md", "md")
    assert ("judgements", ("E06000026", "overall", "requires improvement", "2024-03-15", "inspection")) in found
    assert ("inspections", ("E06000026", "inspection", "2024-01")) in found


def test_a_commissioner_s_own_report_gives_the_appointment_and_the_post():
    text = "\n".join(["REPORT OF THE CHILDREN'S SERVICES COMMISSIONER FOR WEST SUSSEX", "",
                      "Author: Dr Alan Mayes, Children's Services Commissioner", "Date: 2 September 2019", "",
                      "1.1 I was appointed by the Secretary of State for Education as Children's Services Commissioner for "
                      "West Sussex on 3 June 2019. My terms of reference asked me to assess the council's capacity."])
    found = page_facts(text, "report.txt", "txt")
    assert ("interventions", ("E10000032", "commissioner appointed", "2019-06-03")) in found
    assert ("roles", ("Alan Mayes", "commissioner", "E10000032")) in found


def test_a_council_named_in_capitals_with_a_hyphenated_place_heads_its_paper():
    text = "\n".join(["STOCKTON-ON-TEES BOROUGH COUNCIL", "STATEMENT OF ACCOUNTS 2023/24", "", "Published: 31 May 2024", "",
                      "Notes to the table", "", "(a) Julia Hesk retired as Chief Executive on 31 August 2023. Neil Ash was "
                      "appointed Chief Executive with effect from 1 September 2023."])
    found = page_facts(text, "accounts.txt", "txt")
    assert ("roles", ("Neil Ash", "chief executive", "E06000004")) in found


@pytest.mark.parametrize("lines, published", [
    (["LONDON BOROUGH OF SUTTON", "", "Report to:          Cabinet", "Date of meeting:    Monday 18 March 2024"], date(2024, 3, 18)),
    (["Journal of Social Care Governance", "", "Received: 4 September 2023 · Accepted: 12 February 2024 · Published online: "
      "18 March 2024"], date(2024, 3, 18)),
    (["OXFORDSHIRE COUNTY COUNCIL", "", "SCRUTINY COMMITTEE", "", "MINUTES of the meeting held on Thursday, 24 April 2025, "
      "commencing at 10.00 am and finishing at 12.52 pm, in the Council Chamber, County Hall, New Road, Oxford"], date(2025, 4, 24)),
    (["NATIONAL NEWS WIRE", "COURTS Warrington", "", "Children's home worker jailed", "", "WARRINGTON, Tuesday March 4 2025 "
      "(NNW) - A former residential care worker was jailed today."], date(2025, 3, 4)),
    (["CITY OF LONDON CORPORATION", "ANNUAL GOVERNANCE STATEMENT 2024/25", "", "Approved by the Audit and Risk Management "
      "Committee, 8 July 2025", "Signed 22 July 2025"], date(2025, 7, 22)),
    (["YOUR COUNTY COUNCILLOR REPORTS", "Autumn 2025 · Issue 14", "", "It has been a busy few months at County Hall.", "",
      "Published and promoted by S. Whittaker, c/o County Hall, Preston", "PR1 8XJ, on 6 October 2025."], date(2025, 10, 6)),
    (["ISLINGTON FOSTER CARERS' ASSOCIATION", "NEWSLETTER - SPRING 2025 - ISSUE 41", "Sent to members Friday 7 March 2025"],
     date(2025, 3, 7)),
])
def test_datelines_of_committee_papers_journals_minutes_wires_statements_and_leaflets(lines, published):
    text = "\n".join(lines + ["", "The council's children's services were discussed at length by members."])
    assert parse_article(text, "page.txt", "txt").published == published


def test_a_podcast_page_s_bold_released_line_and_a_blog_whose_related_links_carry_other_dates():
    text = ("# The Corporate Parent\n\n## Episode 87\n\n**Released:** Tuesday 8 April 2025 &middot; **Duration:** 54 min\n\n"
            "Ten years ago, Sunderland's children's services were among the worst in the country.\n")
    assert parse_article(text, "episode.md", "md").published == date(2025, 4, 8)
    page = """<!doctype html><html><head><title>Kinship care | A charity</title></head><body>
<nav><a href="/">Home</a></nav><main><h1>Kinship carers in Greenwich</h1>
<p class="post-meta">Posted by Abi Mens, Programme Lead (London) · 14 May 2025 · 6 min read</p>
<p>Kinship carers told us they need more support from the council, and we agree with them.</p>
<p>We will keep campaigning for better allowances across London this year.</p>
<ul><li><a href="/blog/2024/11/care-leavers">Care leavers and council tax</a></li></ul></main></body></html>"""
    assert parse_article(page, "blog.html", "html").published == date(2025, 5, 14)


def test_hard_wrapped_lines_go_on_past_a_closing_bracket_and_a_dash_aside():
    wrapped = ("Newham Council report\n\nScrutiny Commission, 3 March 2026\n\n"
               "3.2 Ofsted carried out monitoring visits in October 2019 and February 2020,\n"
               "    looking respectively at the front door (contact, referral and assessment)\n"
               "    and at children subject to child protection plans. Both letters recorded\n"
               "    early progress alongside continuing weaknesses in management oversight of\n"
               "    the front door and of the plans the council's social workers were making.\n\n"
               "Children's services in Newham have been rated outstanding by Ofsted in a report\n"
               "- the highest grade there is - published on 12 January 2026 after a short inspection.\n")
    article = parse_article(wrapped, "report.txt", "txt")
    assert any("Ofsted carried out monitoring visits" in paragraph and "and at children" in paragraph
               for paragraph in article.body), article.body
    assert any("rated outstanding by Ofsted in a report - the highest grade" in paragraph for paragraph in article.body), article.body


def test_markdown_emphasis_that_runs_over_a_line_break_is_read_once_the_lines_are_joined():
    text = ("# Wokingham Borough Council\n\n> This page was last edited on 2 February 2026.\n\n"
            "A standard inspection began on 6 March 2023. Its report, published in May 2023, rated the experiences of **children in\n"
            "care** as **good**.\n")
    article = parse_article(text, "page.md", "md")
    assert "rated the experiences of children in care as good." in article.body[-1]


def test_markdown_minutes_dated_by_the_heading_that_says_when_the_meeting_was_held():
    text = ("# Brighton and Hove Children's Services Improvement Board\n\n"
            "## Minutes of the meeting held on Wednesday 24 September 2025, 10.00am – 12.30pm\n\n"
            "1.1 The Chair welcomed members. No interests were declared.\n")
    assert parse_article(text, "minutes.md", "md").published == date(2025, 9, 24)
