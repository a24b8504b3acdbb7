"""Whole pages as councils, the government, reporters and the trade press set them out: a self-evaluation's table of
past reports, a leader's statement, a reporter's thread, a speech, a press notice, an analysis of an inspection round."""
from __future__ import annotations

from fact_helpers import I, J, O, V, page_facts


SELF_EVALUATION = """# Blackburn with Darwen Borough Council
## Children's Services Self-Evaluation 2025: Summary

**Date:** 14 October 2025

### Where we are

In March 2025 Ofsted carried out a standard inspection of our children's services (3 to 14 March 2025). The report,
published on 23 April 2025, judged our services **good** overall. The experiences and progress of care leavers, judged
separately for the first time, were found to **require improvement to be good**.

| Area | Single inspection (report Dec 2017) | ILACS (report Mar 2022) |
|---|---|---|
| Overall effectiveness | Good | Requires improvement |
| Help and protection | Requires improvement | Requires improvement |

### Other external scrutiny

- **Focused visit, 23 and 24 April 2024.** Inspectors looked at our arrangements for children in care.
- **Joint targeted area inspection (JTAI), 6 to 10 November 2023.** Ofsted and its partners inspected the response to
  serious youth violence.
"""


def test_a_self_evaluation_s_table_of_past_reports_its_visits_and_an_area_set_off_by_an_aside():
    found = page_facts(SELF_EVALUATION, "self-evaluation.md", "md")
    council = "Blackburn with Darwen"
    for fact in [I(council, "inspection", "2025-03-03"), J(council, "good", "2025-04-23"),
                 J(council, "requires improvement", "2025-04-23", "care leavers"),
                 J(council, "good", "2017-12"), J(council, "requires improvement", "2017-12", "help and protection"),
                 J(council, "requires improvement", "2022-03"),
                 I(council, "focused visit", "2024-04-23"), I(council, "joint targeted area inspection", "2023-11-06")]:
        assert fact in found
    assert J(council, "requires improvement", "2025-04-23") not in found  # care leavers', not the overall verdict


def test_a_leader_s_statement_on_the_day_of_the_report():
    page = """<html><head><title>Statement from the Elected Mayor | North Tyneside Council</title></head><body><main>
<h1>Statement from the Elected Mayor: Ofsted rates our children's services outstanding</h1>
<p>Published: 13 January 2025 | Author: Elected Mayor Joanne Carr</p>
<p>Today Ofsted has published its report on North Tyneside Council's services for children and families. I am immensely
proud to say that our services have been judged outstanding, not only overall but in every single area inspectors
looked at.</p>
<p>This builds on the outstanding rating we received in 2020. At that inspection the experiences and progress of
children in care were judged good; today they are outstanding.</p>
</main></body></html>"""
    found = page_facts(page, "statement.html", "html")
    council = "North Tyneside"
    for area in ("overall", "leadership", "help and protection", "children in care", "care leavers"):
        assert J(council, "outstanding", "2025-01-13", area) in found
    assert J(council, "good", "2020", "children in care") in found


def test_a_trade_analysis_of_an_inspection_round():
    page = """# Autumn inspection round: Hounslow breaks through

**By Grace Whit, senior reporter | 8 February 2024**

Three themes stand out: inspectors' growing attention to leadership, and a reminder that a good grade is no guarantee
of the next one.

## Hounslow

The standout report for the west London borough of Hounslow came on 1 December. Ofsted's short inspection, carried
out between 16 and 20 October, confirmed the council's services as good overall.

## Monitoring visits

Ofsted made a monitoring visit to Solihull on 18 October, looking at children in need, and another to Bury on
1 November, focusing on care leavers.
"""
    found = page_facts(page, "round.md", "md")
    assert sorted(fact for fact in found if fact[0] == "judgements") == [J("Hounslow", "good", "2023-12-01")]
    for fact in [I("Hounslow", "inspection", "2023-10-16"), I("Solihull", "monitoring visit", "2023-10-18"),
                 I("Bury", "monitoring visit", "2023-11-01")]:
        assert fact in found


def test_a_report_s_grades_listed_after_a_colon():
    found = page_facts("""Data

Tuesday 12 November 2024

Ofsted's report, published last Tuesday, judged the City of London Corporation's children's services outstanding \
overall. Four of the five grades in the new report are outstanding: overall effectiveness, the impact of leaders, the \
experiences of children in care and, for the first time as a separate judgement, the experiences of care leavers.
""", "data.txt", "txt")
    for area in ("overall", "leadership", "children in care", "care leavers"):
        assert J("City of London", "outstanding", "2024-11-05", area) in found
    assert J("City of London", "outstanding", "2024-11-05", "help and protection") not in found


def test_a_reporter_s_thread_on_report_day():
    thread = """Amira Kau @AmiraKauLDR
Local democracy reporter covering Hampshire County Council.
--------------------------------------------------------------

1/4  Ofsted has this morning published its report on Hampshire County Council's children's services. The headline: still OUTSTANDING overall.
23 Jul 2024 · 10:14

2/4  Inspectors were in Hampshire for a week last month, 10 to 14 June. This was a "short" inspection.
23 Jul 2024 · 10:15

3/4  Worth remembering Hampshire County Council has also run the Isle of Wight's children's services since 2013. The island gets its own separate Ofsted report: it was rated good overall in one published last December.
23 Jul 2024 · 10:24

4/4  Cabinet member Cllr Rupert Hal: "We want care leavers to be outstanding by the time Ofsted next comes."
23 Jul 2024 · 10:29
"""
    found = page_facts(thread, "thread.txt", "txt")
    assert sorted(found, key=repr) == sorted([
        J("Hampshire", "outstanding", "2024-07-23"), I("Hampshire", "inspection", "2024-06-10"),
        O("Isle of Wight", "Hampshire", "2013", None, "council"), J("Isle of Wight", "good", "2023-12")], key=repr)


def test_a_cabinet_member_s_speech_on_the_report():
    speech = """LONDON BOROUGH OF HAMMERSMITH & FULHAM

Full Council - Wednesday 17 July 2024

Thank you, Mr Mayor.

In March, for one week, a team of Ofsted inspectors came into our borough. They read files late into the evening.

On the sixteenth of May, Ofsted published its report. I am delighted to tell this chamber that Hammersmith and Fulham's children's services were judged outstanding.

And before that, in 2016, under the old single inspection framework, we were judged good overall.
"""
    found = page_facts(speech, "speech.txt", "txt")
    council = "Hammersmith and Fulham"
    assert sorted(found, key=repr) == sorted([I(council, "inspection", "2024-03"), J(council, "outstanding", "2024-05-16"),
                                              J(council, "good", "2016")], key=repr)


def test_a_government_press_notice_on_services_handed_back_and_a_trust_launch():
    notice = """<html><head><title>Statutory direction revoked | GOV.UK</title></head><body><main>
<h1>Children's services return to Redbridge Council</h1>
<p>Published 1 April 2026</p>
<p>Children's social care in Redbridge has today (1 April 2026) returned to the direct control of the London Borough of
Redbridge.</p>
<p>Redbridge Children's Trust, which has run social work, fostering, adoption and leaving care services in the borough
since 1 October 2022, handed the services back to the council at midnight.</p>
</main></body></html>"""
    found = page_facts(notice, "notice.html", "html")
    assert O("Redbridge", "Redbridge", "2026-04-01", None, "council") in found
    assert O("Redbridge", "Redbridge Children's Trust", "2022-10-01", "2026-04-01", "trust") in found
    launch = """# Sheffield Children's Trust opens its doors

**Wednesday 1 October 2025**

The trust has been established under a direction from the Secretary of State for Education, issued in September 2024,
which required the council's children's social care services to be transferred to a trust.
"""
    assert V("Sheffield", "trust ordered", "2024-09") in page_facts(launch, "launch.md", "md")


def test_a_league_table_feature_names_where_a_council_lies():
    found = page_facts("""Society

Tuesday 11 February 2025

Elsewhere near the top, Thurrock in Essex was rated outstanding in October, and Essex County Council itself has held an \\
outstanding grade since August 2023.
""", "feature.txt", "txt")
    assert J("Thurrock", "outstanding", "2024-10") in found
    assert J("Essex", "outstanding", "2024-10") not in found
