"""Posts (who leads a council's children's services, a trust or a company) in the phrasings review found read wrongly."""
from __future__ import annotations

import pytest

from fact_helpers import I, J, O, R, facts, page_facts


@pytest.mark.parametrize("body, expected", [
    # a post before the name, with no organisation: the article's council
    ("Ofsted rated Wokingham good. The director thanked Chief Executive Dana Pryor and the staff.",
     [R("Dana Pryor", "chief executive", "Wokingham")]),
    # "reports to the X, Y": the post is Y's, not the subject's
    ("Ofsted rated Salford good. Lucy Carr is Salford's director of children's services. Lucy Carr reports to the "
     "Chief Executive, Owen Marsh, and works with the lead member.",
     [R("Lucy Carr", "director of children's services", "Salford"), R("Owen Marsh", "chief executive", "Salford")]),
    # a surname with an apostrophe
    ("Bracknell Forest's previous director of children's services, Grace O'Donnell, left in the summer.",
     [R("Grace O'Donnell", "director of children's services", "Bracknell Forest")]),
    # "acted as": an interim post
    ("Ofsted rated York good. Between the two appointments Kay Lane, the council's director of resources, acted as "
     "chief executive.", [R("Kay Lane", "interim chief executive", "York")]),
    # a departure "to become" a post elsewhere: that post
    ("York's new director began in March. She stepped up when Fay Hall left in September to become director of "
     "children's services at Leeds City Council.", [R("Fay Hall", "director of children's services", "Leeds")]),
    # "given the job permanently ... after N months as interim": both posts
    ("Ofsted rated York outstanding. The director behind it, Mark Kell, was given the job permanently last month "
     "after six months as interim director of children's services.",
     [R("Mark Kell", "director of children's services", "York"),
      R("Mark Kell", "interim director of children's services", "York")]),
    # "left the Council in <date> after N years as", without "who"
    ("North Somerset Council news. Ruth Abbey left the Council in December 2023 after four years as Director of "
     "Children's Services.", [R("Ruth Abbey", "director of children's services", "North Somerset")]),
    # a long apposition between the name and an acting post
    ("North Somerset Council news. Tom Webb, Assistant Director, Children's Support and Safeguarding, was Acting "
     "Director of Children's Services from January to May 2024.",
     [R("Tom Webb", "interim director of children's services", "North Somerset")]),
    # "retires ... after N years as"
    ("Merton has appointed a new director. She succeeds Kevin Dale, who retires at the end of April after eight years "
     "as Merton's DCS.", [R("Kevin Dale", "director of children's services", "Merton")]),
])
def test_a_post_said_around_the_name(body, expected):
    found = facts(body)
    assert all(fact in found for fact in expected), found


def test_a_charity_s_chief_executive_whose_charity_is_described_with_an_area_s_words():
    found = facts("Newcastle has been rated good. Kim Ford, chief executive of the care leavers' charity Onward Together, "
                  "said the council was honest about its problems.")
    assert not [fact for fact in found if fact[0] == "roles"]


def test_a_body_that_names_its_new_chief_executive_past_a_clause_set_apart_by_dashes():
    found = facts("Merton's chief executive, Lena Ash, chaired the panel. Achieving for Children - the community interest "
                  "company that has run children's services for Kingston and Richmond since April 2014 - has named Rhea "
                  "Ellis as interim chief executive. Ellis, previously the company's director of children's social care, "
                  "takes over from Dan Corr, who stepped down last month.")
    assert R("Rhea Ellis", "interim chief executive", "Achieving for Children") in found
    assert R("Dan Corr", "chief executive", "Achieving for Children") in found
    # a company's director of children's social care is its own post, not the council's statutory one
    assert R("Rhea Ellis", "director of children's services", "Achieving for Children") not in found
    assert R("Rhea Ellis", "interim chief executive", "Merton") not in found


@pytest.mark.parametrize("body, expected, absent", [
    # "He replaces X": the post the person the sentence before named has taken, not one held before
    ("Sandwell Children's Trust has appointed Tom Hale, a former chief executive of Wolverhampton City Council, as "
     "chair of its board. He replaces Joan Moore, whose term ended in January.",
     R("Joan Moore", "chair", "Sandwell Children's Trust"), R("Joan Moore", "chief executive", "Wolverhampton")),
    # ... held as interim, when the clause about the one replaced says so
    ("Rochdale Futures for Children has a new chief executive, Ann Price. She succeeds Gil Parr, who steered the "
     "company through its first months as interim chief executive.",
     R("Gil Parr", "interim chief executive", "Rochdale Futures for Children"),
     R("Gil Parr", "chief executive", "Rochdale Futures for Children")),
])
def test_the_one_replaced(body, expected, absent):
    found = facts(body)
    assert expected in found and absent not in found, found


def test_our_previous_chief_executive_on_a_body_s_own_page():
    found = facts("Thank you for your interest in leading Slough Children First. It took over from Slough Children's "
                  "Services Trust in 2021. Our previous chief executive, Andy Kerr, led the company from our launch "
                  "until October.")
    assert R("Andy Kerr", "chief executive", "Slough Children First") in found


@pytest.mark.parametrize("body, expected", [
    # the statutory post the council's own title for it carries
    ("Brighton and Hove news. Helen Marsh is the council's executive director for families, children and learning, the "
     "statutory director of children's services.", R("Helen Marsh", "director of children's services", "Brighton and Hove")),
    # a joint title
    ("City of London news. Cate Dean continued as Town Clerk and Chief Executive throughout the year.",
     R("Cate Dean", "chief executive", "City of London")),
    # a post held before, whatever the person went on to
    ("Wolverhampton has a new director. She replaces Al Dutt, who has been interim director since January, when the "
     "previous permanent DCS, Martin Quinn, left to become chief executive of Telford and Wrekin Council.",
     R("Martin Quinn", "director of children's services", "Wolverhampton")),
])
def test_a_post_named_by_the_council_s_own_title_or_before_a_move(body, expected):
    assert expected in facts(body)


def test_a_post_taken_over_past_a_clause_about_the_person_s_own_post():
    found = facts("Barking and Dagenham news. Marcus Bell, who has been the borough's operational director for children's "
                  "care and support since 2021, took over as interim director of children's services on July 1.")
    assert R("Marcus Bell", "interim director of children's services", "Barking and Dagenham") in found


def test_a_head_of_service_for_children_in_care_is_no_delivery_body():
    found = facts("Coventry news. Colin Abel is acting director of children's services. His own post will be covered by "
                  "Priya Dhal, Head of Service for Children in Care. Our chief executive, Nina Brent, thanked them both.")
    assert R("Nina Brent", "chief executive", "Coventry") in found


def test_a_round_up_s_items_give_each_council_its_own_posts():
    found = facts("People on the move.\n\n- Reading – Kel Onu, managing director of Brighter Futures for Children, retires "
                  "in May.\n\n- Kensington and Chelsea – Dr Hattie Ash started on 2 June as Executive Director of Children's "
                  "Services for the Royal Borough of Kensington and Chelsea.\n\n- Oldham – Chief executive Shelley Kyne is to "
                  "leave in September to join the NHS.")
    assert R("Shelley Kyne", "chief executive", "Oldham") in found
    assert R("Shelley Kyne", "chief executive", "Brighter Futures for Children") not in found
    assert R("Hattie Ash", "director of children's services", "Kensington and Chelsea") in found


@pytest.mark.parametrize("body, expected, absent", [
    # a pronoun after the sentence's opening date
    ("Dr Kemi Adey stepped down at the end of June. On Monday she started work as chief executive of Havering Council.",
     R("Kemi Adey", "chief executive", "Havering"), None),
    # a company's post, its name read as a person's
    ("Barking and Dagenham news. Last month the council's regeneration company, Be First, announced that its managing "
     "director, Stephen Mall, would leave at the end of the year.", None, R("Stephen Mall", "chief executive", "Barking and Dagenham")),
    # "brought in as interim director", after the director's post was named
    ("Rachel Penn, who had been Bexley's director of children's services since 2019, left in April. Graham Toll was then "
     "brought in as interim director through an agency.", R("Graham Toll", "interim director of children's services", "Bexley"), None),
    # the current director, who had served as interim before
    ("Rachel Penn, who had been Bexley's director of children's services since 2019, left. The current director, Carol Fenn, "
     "took up the post on a permanent basis in April 2022, having served as interim director since October 2021.",
     R("Carol Fenn", "interim director of children's services", "Bexley"), None),
])
def test_posts_told_around_a_move(body, expected, absent):
    found = facts(body)
    assert (expected is None or expected in found) and absent not in found, found


def test_each_holder_of_a_post_the_sentence_names():
    found = facts("Worcestershire Children First ran services. The statutory role of director of children's services remained "
                  "with the council throughout: it was held by Claire Bent from 2019 to 2022 and then by Marcus Ibb.")
    assert R("Claire Bent", "director of children's services", "Worcestershire") in found
    assert R("Marcus Ibb", "director of children's services", "Worcestershire") in found


def test_our_in_a_person_s_apposition_on_a_council_s_own_page_is_its_post():
    text = ("Leader's blog\n\nBracknell Forest Council\n9 February 2024\n\nOn Monday I welcomed Sue Hall to Bracknell "
            "Forest as our new chief executive. Sue joins us from Surrey County Council, and before that worked in Hampshire. "
            "In the weeks before she arrived, Kay Low, our executive director of resources, acted as chief executive.\n")
    found = page_facts(text, "blog.txt", "txt")
    assert R("Kay Low", "interim chief executive", "Bracknell Forest") in found


def test_a_director_who_led_the_department_as_interim_and_a_new_post_elsewhere_in_passing():
    found = facts("Hammersmith & Fulham Council has confirmed Olu Fash as its permanent Strategic Director of Children's "
                  "Services. Mr Fash has led the department on an interim basis since January.")
    assert R("Olu Fash", "interim director of children's services", "Hammersmith and Fulham") in found
    found = facts("Kemi Adey has left Barking and Dagenham. On Monday she started work as chief executive of Havering Council. "
                  "Marc Bell, who has been the borough's operational director since 2021, took over as interim director of "
                  "children's services on July 1.")
    assert R("Marc Bell", "interim director of children's services", "Barking and Dagenham") in found


@pytest.mark.parametrize("body, expected, absent", [
    # a council's director of children's social care is not its director of children's services
    ("Coventry news. While Rebekah Sinn is away, Colin Abel, our Director of Children's Social Care, is acting Director of "
     "Children's Services.", R("Colin Abel", "interim director of children's services", "Coventry"),
     R("Colin Abel", "director of children's services", "Coventry")),
    # a committee paper's "Report Title" line is no person
    ("Rotherham Metropolitan Borough Council. Report Title, Interim Strategic Director of Children and Young People's "
     "Services.", None, R("Report Title", "interim director of children's services", "Rotherham")),
])
def test_titles_that_are_not_the_director_s(body, expected, absent):
    found = facts(body)
    assert (expected is None or expected in found) and absent not in found, found


def test_a_job_advert_s_our_previous_director_and_our_chief_executive():
    found = facts("Westmorland and Furness Council is recruiting. Our previous director, Dan Barr, left in October to take up a "
                  "post in Scotland, and since then Sheila Carr has led the service as interim director of children's services. "
                  "You will report to our chief executive, Michael Tay.")
    assert R("Dan Barr", "director of children's services", "Westmorland and Furness") in found
    assert R("Michael Tay", "chief executive", "Westmorland and Furness") in found


@pytest.mark.parametrize("body, expected", [
    # a possessive written with the apostrophe alone
    ("St Helens has been rated good. Mark Fenn, St Helens' director of children's services, said the staff had earned it.",
     R("Mark Fenn", "director of children's services", "St Helens")),
    # "has been interim director since", after the permanent post
    ("Wakefield Council has made Dr Imran Qure its permanent director of children's services. Dr Qure has been interim "
     "director since January.", R("Imran Qure", "interim director of children's services", "Wakefield")),
])
def test_a_bare_apostrophe_s_possessive_and_an_interim_director_since(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, expected", [
    # a council's own title for the post, with commas in it, then the statutory post
    ("Cambridgeshire was rated good. Eleanor Finch, the council's executive director of children, education and families "
     "and its statutory director of children's services, said the staff had earned it.",
     R("Eleanor Finch", "director of children's services", "Cambridgeshire")),
    # ... or the statutory post in brackets after it
    ("Dr Mark Fenn, Surrey's executive director for children, families and lifelong learning (and the county's statutory "
     "director of children's services), spoke.", R("Mark Fenn", "director of children's services", "Surrey")),
    # the one replaced, and when, before the post
    ("Yvonne Latt replaced Mr Toll in October last year as permanent director of children's services at Bexley Council.",
     R("Yvonne Latt", "director of children's services", "Bexley")),
    # "will carry on as": in post now
    ("Until Louise starts, Kevin Gall will carry on as our interim director of children's services at Bracknell Forest "
     "Council.", R("Kevin Gall", "interim director of children's services", "Bracknell Forest")),
    # the council's head of paid service is its chief executive
    ("Croydon's most senior paid official is Elaine Josh.", R("Elaine Josh", "chief executive", "Croydon")),
    # an appointment announced: "will join", "will be its next ..., the post that carries the statutory title"
    ("Bracknell Forest Council said Louise Arun will join on 1 March as director of children's services.",
     R("Louise Arun", "director of children's services", "Bracknell Forest")),
    ("Merton Council confirmed on Tuesday that Grace Ade will be its next executive director of children, lifelong "
     "learning and families, the post that carries the statutory title of director of children's services.",
     R("Grace Ade", "director of children's services", "Merton")),
    # "asked X, its director, to serve as acting chief executive"
    ("Camden has not hung around. The borough has asked Dr Rachel Imm, its director of children's services since 2021, to "
     "serve as acting chief executive.", R("Rachel Imm", "interim chief executive", "Camden")),
    # a long apposition before the post; one with a post that is no person's name ("Executive Director of Resources")
    ("Wokingham news. Paul Brer, an experienced interim who had led services in three other councils, was interim "
     "director of children's services for most of 2022.",
     R("Paul Brer", "interim director of children's services", "Wokingham")),
    ("Enfield Council news. The Chief Executive leads the Executive Management Team. Rebecca Thorn, previously Executive "
     "Director of Resources, has been acting Chief Executive since 1 March 2026.",
     R("Rebecca Thorn", "interim chief executive", "Enfield")),
])
def test_posts_said_with_a_council_s_own_titles_and_appointments_announced(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body", [
    # an academy trust's, a consultancy's and a chamber of commerce's chief executives
    "Merton news. The multi-academy trust, which runs 14 schools across Merton and Sutton, has appointed Mark Ell as chief "
    "executive. Ell succeeds Jane Ro, who becomes chief executive of a larger trust in Surrey in September.",
    "Merton news. The Wimbledon-based commercial property consultancy has promoted Sophie Tra to managing director.",
    "Merton news. Lucy Fenw becomes chief executive of the South London Chamber of Commerce next month.",
    # a firm's former managing director
    "Wandsworth news. The firm's former managing director, Alan Chey, has not responded to my requests for comment.",
    # a charity named with what it is, and a chief executive said bare after a charity's children's home
    "Greenwich news. Kinship Horizons, the Woolwich-based charity that supports kinship carers across south-east London, "
    "has appointed Lena Osei as its chief executive.",
    "Greenwich news. Ofsted has rated the small children's home run by the charity Safe Harbour Homes in Eltham good. The "
    "four-bed home cares for teenagers. Chief executive David Amo said the verdict was a tribute to the team.",
    # a committee's chair is not the body's
    "Sutton Children's Trust board. Martin Kowal, as Chair of the Finance, Audit and Risk Committee, said the plan was "
    "realistic.",
])
def test_posts_in_other_organisations(body):
    assert not [fact for fact in facts(body) if fact[0] == "roles"]


def test_a_council_s_officers_set_out_as_headings_and_a_table():
    page = """<html><head><title>Who's who at the town hall</title></head><body><main><article>
<h1>Who's who at Ealing town hall</h1>
<p class="byline">By Dana Reed, 20 May 2025</p>
<p>Ealing Council runs children's services for the borough. From April 2018 they were delivered by Ealing Children's Partnership CIC, with Anita Desm as managing director throughout its life.</p>
<h2>The officials</h2>
<h3>Chief executive &ndash; Marcia Lev</h3>
<p>The borough's most senior paid official and its head of paid service. Lev has been chief executive since January 2023, having previously been deputy chief executive at a neighbouring borough.</p>
<h3>Strategic director, children's services &ndash; Judith Okwu (interim)</h3>
<p>The statutory director of children's services, responsible for social care, early help and education across the borough.</p>
<h3>Strategic director, resources &ndash; Claire Whit</h3>
<p>The council's chief finance officer, responsible for budgets, IT, HR and procurement.</p>
</article></main></body></html>"""
    found = page_facts(page, "whos-who.html", "html")
    assert R("Marcia Lev", "chief executive", "Ealing") in found
    assert R("Judith Okwu", "interim director of children's services", "Ealing") in found
    assert R("Anita Desm", "chief executive", "Ealing Children's Partnership CIC") in found
    table = """Bolton Council constitution

Part 7: Officers

Updated 21 May 2025

| Statutory designation | Post | Post-holder |
|---|---|---|
| Head of Paid Service (s.4 Local Government and Housing Act 1989) | Chief Executive | Jonathan Aker |
| Director of Children's Services (s.18 Children Act 2004) | Executive Director, Children's Services | Adaeze Nwan (interim) |
"""
    found = page_facts(table, "constitution.md", "md")
    assert R("Jonathan Aker", "chief executive", "Bolton") in found
    assert R("Adaeze Nwan", "interim director of children's services", "Bolton") in found


def test_a_trust_s_board_minutes_in_plain_text_columns():
    minutes = """SUTTON CHILDREN'S TRUST

MINUTES OF THE MEETING OF THE BOARD OF DIRECTORS

Held on Wednesday 22 January 2025 at 2.00pm

PRESENT
Dr Rosalind Ache          Chair
Martin Kowal              Vice-Chair; Chair, Finance, Audit and Risk Committee
Tom Ridl                  Chief Executive

IN ATTENDANCE
Jo Prent                  Strategic Director, People, and statutory Director of Children's
                          Services, London Borough of Sutton (for item 6)
Amira Hadd                Company Secretary (minutes)

1.1 The Chair welcomed everyone to the meeting, and thanked Carol Wynn, who had served as Interim Chief Executive.

1.2 The Chair recorded the Board's thanks to the staff for their work over the winter.
"""
    found = page_facts(minutes, "minutes.txt", "txt")
    assert R("Rosalind Ache", "chair", "Sutton Children's Trust") in found
    assert R("Tom Ridl", "chief executive", "Sutton Children's Trust") in found
    assert R("Carol Wynn", "interim chief executive", "Sutton Children's Trust") in found
    assert R("Jo Prent", "director of children's services", "Sutton") in found
    assert not [fact for fact in found if fact[0] == "roles" and fact[1][0] == "Martin Kowal"]
    assert not [fact for fact in found if fact[0] == "roles" and fact[1][2] == "Secretary"]


def test_those_present_with_a_dash_and_a_blog_s_visible_byline():
    minutes = ("North Yorkshire children's services improvement board\n\nMinutes of the meeting held on 3 March 2026\n\n"
               "Present:\n\nKaren Ashd - Chief Executive, North Yorkshire Council\n\nMatthew Rea - Corporate Director, "
               "Children and Young People's Service (Director of Children's Services)\n\nThe board noted the report.\n")
    found = page_facts(minutes, "minutes.txt", "txt")
    assert R("Karen Ashd", "chief executive", "North Yorkshire") in found
    assert R("Matthew Rea", "director of children's services", "North Yorkshire") in found
    blog = """<html><head><title>Signing off</title></head><body><main><article>
<h1>Signing off: thank you, Kent</h1>
<p class="meta">Posted by <strong>Graham Pett</strong>, Chief Executive &middot; Friday 28 March 2025 &middot; 7 minute read</p>
<p>This is the last of these blogs I will write. After almost fourteen years I'll be leaving Kent County Council.</p>
<p>Then, in July 2022, after I had moved to this job and Joanna Whit had succeeded me as director, Ofsted rated Kent's
children's services outstanding.</p>
</article></main></body></html>"""
    found = page_facts(blog, "blog.html", "html")
    assert R("Graham Pett", "chief executive", "Kent") in found
    assert J("Kent", "outstanding", "2022-07") in found


@pytest.mark.parametrize("body, expected", [
    # one director for two councils
    ("Nadia Okaf, the bi-borough executive director who serves as director of children's services for both Westminster and "
     "Kensington and Chelsea, said staff were proud.",
     [R("Nadia Okaf", "director of children's services", "Westminster"),
      R("Nadia Okaf", "director of children's services", "Kensington and Chelsea")]),
    ("Tom Aldr, previously the bi-borough's director of family services, has been interim executive director of children's "
     "services for Westminster and for Kensington and Chelsea since 7 April 2025.",
     [R("Tom Aldr", "interim director of children's services", "Westminster"),
      R("Tom Aldr", "interim director of children's services", "Kensington and Chelsea")]),
    # "she" succeeded: her post, not the last one said; "an interim director, X, was brought in" mid-sentence
    ("Brenda Hals spent six years as director of children's services in Warrington. The council's then chief executive, "
     "Steven Broad, asked her to stay. Brenda said that she and her deputy argued about everything. She retired "
     "later that year and was succeeded by her deputy, Simon Keel.",
     [R("Simon Keel", "director of children's services", "Warrington")]),
    ("Janice Orm was Hartlepool's director of children's services at the time. She left the council that autumn, and an "
     "interim director, Keith Ashc, was brought in from outside the region.",
     [R("Keith Ashc", "interim director of children's services", "Hartlepool")]),
    ("Brenda Hals led the service. She arrived in Warrington in the autumn of 2009 as interim director of children's "
     "services.", [R("Brenda Hals", "interim director of children's services", "Warrington")]),
    # a company named with its legal form and who owns it; a government department is no delivery body
    ("Family Futures Newcastle Ltd, which is wholly owned by Newcastle City Council, took over children's social care in the "
     "city on 1 April 2019. Dr Karen Holl, who had been the company's managing director since it launched, resigned in 2025.",
     [O("Newcastle upon Tyne", "Family Futures Newcastle", "2019-04-01", None, "company"),
      R("Karen Holl", "chief executive", "Family Futures Newcastle")]),
    ("In January 2010 ministers at what was then the Department for Children, Schools and Families issued Warrington with an "
     "improvement notice. The council's then chief executive, Steven Broad, welcomed it.",
     [R("Steven Broad", "chief executive", "Warrington")]),
    # "X is the council's interim [title] and statutory director of children's services"
    ("Wolverhampton Council. Louise Ferr is the council's interim Executive Director of Families and statutory Director of "
     "Children's Services.", [R("Louise Ferr", "interim director of children's services", "Wolverhampton")]),
])
def test_posts_for_two_councils_successions_and_bodies_named_with_their_form(body, expected):
    found = facts(body)
    assert all(fact in found for fact in expected), found


def test_a_list_of_a_post_s_holders_and_a_first_name_its_heading_gives():
    page = """<html><head><title>List of directors of children's services of Hackney - LocalPedia</title></head><body><main>
<h1>List of directors of children's services of Hackney</h1>
<p>From LocalPedia, the free encyclopedia of local government. This page was last edited on 14 January 2026.</p>
<p>The director of children's services of the London Borough of Hackney is the senior officer with statutory responsibility
for the council's education and children's social care functions.</p>
<table><tr><th>#</th><th>Name</th><th>Took office</th><th>Left office</th></tr>
<tr><td>1</td><td>Geoffrey Mann</td><td>April 2006</td><td>March 2011</td></tr>
<tr><td>&ndash;</td><td>Sandra Oyel (interim)</td><td>April 2011</td><td>October 2011</td></tr>
</table></main></body></html>"""
    found = page_facts(page, "list.html", "html")
    assert R("Geoffrey Mann", "director of children's services", "Hackney") in found
    assert R("Sandra Oyel", "interim director of children's services", "Hackney") in found
    newsletter = ("# Meet the board\n\nDate: 2025-05-01\n\nThis month we introduce the people who sit on the trust's board.\n\n"
                  "### Margaret Ash, Chair\n\nMargaret has chaired the board since the trust was set up.\n\n"
                  "### Joanne Free, observer\n\nJoanne is the council's Executive Director for People and its statutory "
                  "Director of Children's Services at West Berkshire Council.\n")
    assert R("Joanne Free", "director of children's services", "West Berkshire") in page_facts(newsletter, "news.md", "md")


@pytest.mark.parametrize("body, expected", [
    ("Southampton City Council news. Robert Henl left at the end of August. Mr Henl had been the council's Executive "
     "Director for Children and Learning, the statutory Director of Children's Services, since May 2021.",
     R("Robert Henl", "director of children's services", "Southampton")),
    ("Sarah Whit, who became Leicestershire County Council's director of children and family services on March 3, has "
     "other ideas.", R("Sarah Whit", "director of children's services", "Leicestershire")),
    ("Leicestershire County Council. That turnaround happened on the watch of Gillian Marr, who retired in December after "
     "nine years as the county's director of children's services.",
     R("Gillian Marr", "director of children's services", "Leicestershire")),
])
def test_a_director_told_by_the_council_s_title_or_in_retirement(body, expected):
    assert expected in facts(body)


def test_a_trust_s_accounts_name_it_with_its_legal_form_and_its_pension_fund_names_another_county():
    text = """BLACKPOOL FAMILIES TRUST LIMITED
(A company limited by guarantee)

ANNUAL REPORT AND FINANCIAL STATEMENTS FOR THE YEAR ENDED 31 MARCH 2025

Approved by the board on 17 July 2025.

Blackpool Families Trust Limited ("the Trust") delivers children's social care services on behalf of Blackpool Council ("the Council"). The Trust began delivering services on 1 April 2024, when the Council's children's social care functions transferred to the Trust.

Statutory responsibility for children's services remains with the Council. The Council's Director of Children's Services, Victoria Goug, holds the Trust to account.

The Trust remains an admitted body in the Lancashire County Pension Fund. Paul Brind, who joined as Chief Executive in January 2025, leads the executive team.
"""
    found = page_facts(text, "accounts.txt", "txt")
    assert O("Blackpool", "Blackpool Families Trust", "2024-04-01", None, "trust") in found
    assert R("Victoria Goug", "director of children's services", "Blackpool") in found
    assert R("Paul Brind", "chief executive", "Blackpool Families Trust") in found


def test_a_short_attendance_line_and_a_health_board_named_for_two_places():
    minutes = """ISLE OF WIGHT COUNCIL

Minutes

Name of meeting:   HEALTH AND WELLBEING BOARD
Date and time:     THURSDAY 7 MARCH 2024 COMMENCING AT 9.30 AM
Present:           Cllr Sarah Penn (Chair), Cllr Andrew Cole, Cllr Martin Task,
                   Nat Fenn (interim Director of Children's Services),
                   Dr Owen Thack (Director of Public Health),
                   Joanna Lyl (Hampshire and Isle of Wight Integrated Care Board)
Also present:      Simon Harr (Chief Executive), Mel Whit (Democratic
                   Services Officer)

21. CHILDREN'S SERVICES

The interim Director reported that the Isle of Wight Council had resumed direct responsibility for the delivery of
children's services from 1 February 2024.
"""
    found = page_facts(minutes, "minutes.txt", "txt")
    assert R("Nat Fenn", "interim director of children's services", "Isle of Wight") in found
    assert R("Simon Harr", "chief executive", "Isle of Wight") in found
    assert O("Isle of Wight", "Isle of Wight", "2024-02-01", None, "council") in found
    assert not [fact for fact in found if "E10000014" in repr(fact)]  # Hampshire, named only in the board's name


def test_a_career_post_under_the_site_s_name_in_the_first_person():
    post = """LinkedIn

Abena Mens • 1st
Director of Children's Services at London Borough of Hillingdon | Registered social worker
Posted 14 April 2025 • Edited

I'm happy to share that I'm starting a new position as Director of Children's Services at the London Borough of Hillingdon!

After a spell in Croydon, I stepped into the interim director of children's services role at Sutton in January 2024.

Hillingdon's children's services were judged outstanding by Ofsted in November 2023. Hillingdon has got a good one.
"""
    found = page_facts(post, "post.txt", "txt")
    assert R("Abena Mens", "director of children's services", "Hillingdon") in found
    assert R("Abena Mens", "interim director of children's services", "Sutton") in found
    assert [fact for fact in found if fact[0] == "judgements"] == [J("Hillingdon", "outstanding", "2023-11")]


def test_a_plan_s_title_is_no_one_s_name_and_leaves_the_council_named():
    page = """<html><head><title>Senior leadership team - Camden Council</title></head><body><main>
<h1>Senior leadership team</h1>
<p>Last updated: 18 June 2025</p>
<p>Camden's senior leadership team is the group of officers who run the council day to day and advise the Cabinet.</p>
<p>Amara leads the council's workforce and is responsible for delivering the priorities set out in We Make Camden.</p>
<ul><li>Kate Lind - Director of Public Health (joint post with Islington)</li></ul>
<p>Martin Edev is the council's statutory Director of Children's Services.</p>
</main></body></html>"""
    found = page_facts(page, "slt.html", "html")
    assert found == [R("Martin Edev", "director of children's services", "Camden")]


def test_a_company_s_board_page_names_its_people_over_their_posts():
    page = """<html><head><title>Our board | Merton Family Works</title></head><body><main>
<h1>Meet the board</h1>
<p>Page last updated: 9 September 2025</p>
<p>Merton Family Works is a not-for-profit company wholly owned by the London Borough of Merton. Since 1 April 2025 we
have delivered children's social care, early help and youth justice services on the council's behalf.</p>
<h2>Executive directors</h2>
<h3>Daniel Whitc</h3>
<p>Chief Executive</p>
<p>Daniel is our chief executive. He also remains Merton's statutory Director of Children's Services, a post he took up
at the council in 2021.</p>
<h3>Shireen Adeb</h3>
<p>Director of Practice and Principal Social Worker</p>
<p>Shireen leads our social work teams.</p>
<h3>Owen Prent</h3>
<p>Non-executive director</p>
<p>Owen has worked as a director of children's services in two shire counties and now advises councils.</p>
<h2>In attendance</h2>
<h3>Hannah Lever</h3>
<p>Chief Executive, Merton Council (shareholder representative, non-voting)</p>
<p>Hannah attends board meetings as an observer.</p>
</main></body></html>"""
    found = page_facts(page, "board.html", "html")
    assert sorted(found, key=repr) == sorted([
        O("Merton", "Merton Family Works", "2025-04-01", None, "company"),
        R("Daniel Whitc", "chief executive", "Merton Family Works"),
        R("Daniel Whitc", "director of children's services", "Merton"),
        R("Hannah Lever", "chief executive", "Merton")], key=repr)


def test_membership_of_the_directors_association_is_no_post_and_acting_for_months_is():
    found = facts("Wigan news. Bernard Lowe was a member of the Association of Directors of Children's Services for "
                  "years. When its chief executive left in 2009, Dr Lowe served as acting chief executive for four months.")
    assert R("Bernard Lowe", "interim chief executive", "Wigan") in found
    assert not [fact for fact in found if fact[0] == "roles" and "director" in fact[1][1]]


@pytest.mark.parametrize("body, expected", [
    # the council's own title, then the statutory post in a dash aside
    ("Priya Raman became Derby City Council's strategic director of people services - the post that carries the legal "
     "title of director of children's services - in January.",
     [R("Priya Raman", "director of children's services", "Derby")]),
    # an interim director for a stated spell
    ("Derby news. Over Christmas the service was led by deputy director Maureen Till, who stepped up as interim "
     "director for three weeks.", [R("Maureen Till", "interim director of children's services", "Derby")]),
    # ... but not an interim assistant director, nor an interim post of another title
    ("Wigan news. Omar Sai, who joined as interim assistant director for children's social care in the summer, will "
     "lead that work.", []),
    ("Wiltshire news. Thanks to Natalie Herit, who stepped in as interim director of families and children in the "
     "spring.", []),
])
def test_a_statutory_post_in_a_dash_aside_and_an_interim_spell(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == expected


def test_a_table_of_a_post_s_holders_under_the_sentence_that_names_the_post():
    page = """# Wokingham Borough Council

> This page was last edited on 2 February 2026.

## Leadership

The council has had several directors of children's services since the post was created by the Children Act 2004.

| Director | Years | Notes |
|---|---|---|
| Malcolm Pry | 2011–2016 | Left to join a national charity |
| Hannah Bright | 2016–2017 | Interim |
| Catriona Bea | 2023– | Previously assistant director of social care in Oxfordshire |

Ofsted carried out focused visits in April 2022, looking at children in care, and in February 2024, looking at
children in need.
"""
    found = page_facts(page, "page.md", "md")
    assert sorted(found, key=repr) == sorted([
        R("Malcolm Pry", "director of children's services", "Wokingham"),
        R("Hannah Bright", "interim director of children's services", "Wokingham"),
        R("Catriona Bea", "director of children's services", "Wokingham"),
        I("Wokingham", "focused visit", "2022-04"), I("Wokingham", "focused visit", "2024-02")], key=repr)


def test_a_people_moves_round_up_in_markdown():
    page = """# People moves: Ealing's new director and a Worcestershire company wound up

*By Sam Oka | Thursday 10 October 2024*

## Ealing: Akers takes the helm

**Jonathan Ake** took up the post of director of children's services at **Ealing Council** on Monday. He replaces
**Nadia Lough**, who retired in August after six years as Ealing's director.

## Worcestershire: company era ends

**Worcestershire Children First**, the council-owned company that had run the county's children's services since
October 2019, handed them back to **Worcestershire County Council** on Tuesday 1 October.

## Swindon: commissioner appointed

The Department for Education appointed **Ian Dod** as children's services commissioner for **Swindon** on
30 September. Dod was director of children's services at Hertfordshire until 2021. Swindon's chief executive said
the council "will work openly with Mr Dod".

## Sandwell: new chair for the trust

**Jim Leem** stood down as chair of **Sandwell Children's Trust** at the end of September. He has been succeeded by
**Dr Anita Cow**, a former NHS director of nursing.
"""
    found = page_facts(page, "moves.md", "md")
    for fact in [R("Nadia Lough", "director of children's services", "Ealing"),
                 O("Worcestershire", "Worcestershire Children First", "2019-10", "2024-10-01", "company"),
                 R("Ian Dod", "director of children's services", "Hertfordshire"),
                 R("Anita Cow", "chair", "Sandwell Children's Trust")]:
        assert fact in found


def test_a_staff_magazine_s_profile_names_every_council_of_a_career_once():
    text = """WEST CHESHIRE INSIDER
The staff magazine of Cheshire West and Chester Council
Issue 62 | Published 14 March 2025

Bethan Llo, Internal Communications, meets our retiring director of children's services.

Gill Crom qualified as a social worker in 1985 and spent her first years in a patch team in Salford. In 2004 she moved to Warrington as an assistant director, and in 2010 she became director of children's services at Halton Borough Council, a post she held for six years.

She arrived at Cheshire West in May 2016. Last year was harder. Inspectors were on site from 15 July 2024, and the report, published in August, judged the service as requiring improvement to be good.
"""
    found = page_facts(text, "magazine.txt", "txt")
    assert I("Cheshire West and Chester", "inspection", "2024-07-15") in found
    assert J("Cheshire West and Chester", "requires improvement", "2024-08") in found
    assert not [fact for fact in found if fact[0] == "roles" and fact[1][0] == "Bethan Llo"]


def test_a_committee_report_on_an_appointment_it_recommends():
    text = """REDCAR AND CLEVELAND BOROUGH COUNCIL

APPOINTMENTS AND HUMAN RESOURCES COMMITTEE

Date of meeting:   9 July 2024

2.1 The post became vacant on 29 February 2024, when Martin Gra left the Council to take up the post of Director of Children's Services at Stockton-on-Tees Borough Council.

2.3 The Council's most recent inspection of local authority children's services (ILACS) took place between 20 June and 1 July 2022.

3.3 The final interview panel included the Cabinet Member for Children and Families, Councillor Lynn Hark, the Chief Executive and an independent adviser.

7.2 That the Committee recommends to Council the appointment of Dr Nadia Oka as Director of Children's Services.
"""
    found = page_facts(text, "report.txt", "txt")
    assert sorted(found, key=repr) == sorted([
        R("Martin Gra", "director of children's services", "Stockton-on-Tees"),
        I("Redcar and Cleveland", "inspection", "2022-06-20")], key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Bedford Borough Council has appointed Marcus Ell as its interim Director of Children's Services. He will lead the "
     "service while the council recruits a permanent successor to Joanna Pik, who left the authority at the end of "
     "August after six years as director. Most recently he was interim director of children's services at Thurrock "
     "Council.",
     [R("Marcus Ell", "interim director of children's services", "Bedford"),
      R("Joanna Pik", "director of children's services", "Bedford"),
      R("Marcus Ell", "interim director of children's services", "Thurrock")]),
    ("Rochdale Children's Trust news. Paul Kersh was appointed chief executive of Rochdale Children's Trust in November "
     "2024. Before joining the trust he was director of children's services at Bury Council for five years.",
     [R("Paul Kersh", "chief executive", "Rochdale Children's Trust"),
      R("Paul Kersh", "director of children's services", "Bury")]),
])
def test_a_career_told_after_the_appointment(body, expected):
    found = facts(body)
    assert [fact for fact in found if fact[0] == "roles"] == sorted(expected, key=repr)


def test_a_council_s_own_decision_to_set_up_a_trust_is_no_order():
    assert [fact for fact in facts("Rochdale news. The council decided in July 2024 to set up the trust. That was its own "
                                   "choice rather than something required by government.") if fact[0] == "interventions"] == []


def test_a_board_of_officers_table_gives_the_statutory_post_in_brackets_and_an_interim_note():
    page = """# Who we are

*Page last updated: 3 October 2025*

West Berkshire Council is a unitary authority.

| Post | Name | Notes |
|---|---|---|
| Chief Executive (Head of Paid Service) | Dominic Pear | |
| Executive Director - Children and Family Services (statutory Director of Children's Services) | Helena Corr | Interim. Covering the vacancy |
| Executive Director - Resources (Section 151 Officer) | Claire Vent | |
"""
    found = page_facts(page, "who.md", "md")
    assert sorted(found, key=repr) == sorted([R("Dominic Pear", "chief executive", "West Berkshire"),
                                              R("Helena Corr", "interim director of children's services", "West Berkshire")],
                                             key=repr)


def test_an_improvement_board_s_members_in_a_two_column_table():
    minutes = """# Brighton and Hove Children's Services Improvement Board

## Minutes of the meeting held on Wednesday 24 September 2025

**Present**

| Name | Role |
|---|---|
| Martin Eldr | Chief Executive, Brighton & Hove City Council |
| Carla Whit | Executive Director, Families, Children and Learning (statutory Director of Children's Services) |
| Cllr Jade Pemb | Cabinet Member for Children, Families and Youth |

### 1. Welcome

1.1 The Chair welcomed members.
"""
    found = page_facts(minutes, "minutes.md", "md")
    assert sorted(found, key=repr) == sorted([R("Martin Eldr", "chief executive", "Brighton and Hove"),
                                              R("Carla Whit", "director of children's services", "Brighton and Hove")], key=repr)
