"""The evaluation script: scores against gold facts, and an article it cannot read scored as one that
yields nothing, named on stderr, without stopping the run."""
from __future__ import annotations

import json

from cskg.loaders.evaluate import main

ARTICLE = ("Kent rated good\n\nA Reporter\nFriday, March 3, 2023\n\n"
           "Kent County Council's children's services were rated good by Ofsted in January 2023.\n")
GOLD_FACT = {"subject": "Kent", "area": "overall", "grade": "good", "date": "2023-01", "kind": "inspection"}


def _gold(articles: dict[str, list[dict]]) -> dict:
    empty = {"operators": [], "roles": [], "inspections": [], "interventions": []}
    return {"articles": {name: {"published": "2023-03-03", "facts": {"judgements": facts, **empty}}
                         for name, facts in articles.items()}}


def test_scores_are_printed_per_fact_type(tmp_path, capsys):
    (tmp_path / "kent.txt").write_text(ARTICLE)
    (tmp_path / "gold.json").write_text(json.dumps(_gold({"kent.txt": [GOLD_FACT]})))
    assert main([str(tmp_path)]) == 0
    judgements = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("judgements"))
    assert judgements.split()[1:4] == ["1.000", "1.000", "1.000"]


def test_an_unreadable_article_is_named_and_its_facts_missed(tmp_path, capsys):
    (tmp_path / "kent.txt").write_text(ARTICLE)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "gold.json").write_text(json.dumps(_gold({"kent.txt": [GOLD_FACT], "broken.txt": [GOLD_FACT]})))
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert "broken.txt" in out.err and "binary" in out.err
    judgements = next(line for line in out.out.splitlines() if line.startswith("judgements"))
    assert judgements.split()[1:3] == ["1.000", "0.500"]


def test_a_county_that_became_a_unitary_under_its_dfe_number_is_one_authority():
    from cskg.loaders.evaluate import gold_key
    from cskg.loaders.gazetteer import authorities
    county, unitary = authorities().lookup("Somerset County Council"), authorities().lookup("Somerset")
    assert county.gss_code != unitary.gss_code
    said = {"subject": "Somerset County Council", "area": "overall", "grade": "inadequate", "date": "2015-03"}
    assert gold_key("judgements", said) == gold_key("judgements", {**said, "subject": "Somerset"})
    # councils merged into a new one under a new number stay apart
    assert gold_key("inspections", {"subject": "Cumbria", "kind": "inspection", "date": "2022"}) != \
        gold_key("inspections", {"subject": "Cumberland", "kind": "inspection", "date": "2022"})


def test_a_gold_persons_title_is_dropped_as_the_loaders_drop_it():
    from cskg.loaders.evaluate import gold_key
    role = {"person": "Sir Alan Wetherby", "role": "chair", "organisation": "Dudley Children's Trust"}
    assert gold_key("roles", role)[0] == "Alan Wetherby"
