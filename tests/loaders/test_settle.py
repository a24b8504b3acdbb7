"""What later sentences settle about a fact (cskg.loaders.settle)."""
from __future__ import annotations

from fact_helpers import I, J, O, V, facts


def test_a_report_date_given_after_the_verdicts_dates_them():
    found = facts("Ofsted's most recent inspection, carried out in November 2022, judged children's services in "
                  "Kirklees inadequate overall. The report was published in January 2023.")
    assert found == sorted([J("Kirklees", "inadequate", "2023-01"), I("Kirklees", "inspection", "2022-11")], key=repr)


def test_a_hand_back_takes_the_date_the_next_sentences_open_with():
    found = facts("Children's services in Reading have returned to the direct control of the borough council. "
                  "Staff were told last week. From 1 October 2025 they are council employees once more.")
    assert O("Reading", "Reading", "2025-10-01", None, "council") in found


def test_one_report_gives_its_verdicts_one_kind():
    found = facts("A report published on 17 August 2018 found Lancashire County Council's services requiring "
                  "improvement. The re-inspection judged adoption good.")
    assert {k[1][4] for k in found if k[0] == "judgements"} == {"re-inspection"}


def test_an_adviser_appointed_alongside_a_notice_takes_its_date():
    found = facts("Kirklees Council was issued with an improvement notice in March 2024. Alongside it, the "
                  "department appointed an improvement adviser.")
    assert V("Kirklees", "improvement adviser appointed", "2024-03") in found


def test_a_body_stops_running_an_abolished_councils_services():
    found = facts("Northamptonshire Children's Trust took over children's services in Northamptonshire on "
                  "1 November 2020.")
    assert O("Northamptonshire", "Northamptonshire Children's Trust", "2020-11-01", "2021-04", "trust") in found
