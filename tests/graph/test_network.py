from collections import Counter

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from cskg.graph.network import KINDS, neighbourhood, to_networkx
from cskg.ontology import concept
import sample_dataset as sample  # tests/ is on pytest's pythonpath



@pytest.fixture(scope="module")
def g():
    return to_networkx(sample.build_sample_dataset())


def _triples(graph) -> set[tuple[str, str, str]]:
    return {(graph.nodes[u]["label"], attrs["label"], graph.nodes[v]["label"])
            for u, v, attrs in graph.edges(data=True)}


def _labels(graph) -> set[str]:
    return {attrs["label"] for _, attrs in graph.nodes(data=True)}


def test_nodes_are_the_things_a_reader_cares_about(g):
    kinds = Counter(attrs["kind"] for _, attrs in g.nodes(data=True))
    assert kinds == {"council": 2, "body": 2, "person": 2, "inspectorate": 1, "organisation": 1,
                     "judgement": 2, "inspection": 1, "intervention": 1, "arrangement": 2, "article": 2}
    assert set(kinds) == set(KINDS)
    assert g.number_of_nodes() == sample.NODE_COUNT
    # Evidence, posts and SKOS concepts are folded into attributes, never drawn.
    for node in g.nodes:
        assert "/evidence/" not in node and "/membership/" not in node and "/vocab/" not in node


def test_labels_are_human(g):
    labels = _labels(g)
    assert "Sunderland City Council" in labels
    # Grade and area labels come from the vocabulary, which the sample data leaves out.
    assert "inadequate — help and protection (2018)" in labels
    assert "good — overall (2019)" in labels
    assert "Together for Children runs children's services (since 2017-04)" in labels
    assert "Doncaster Children's Services Trust runs children's services (2014-10 to 2022-04)" in labels
    assert "monitoring visit (2018-05)" in labels
    assert "statutory direction (2015-07-14)" in labels
    assert g.nodes[str(sample.SUNDERLAND)]["alt_labels"] == ["Sunderland"]


def test_edges_carry_short_verbs(g):
    assert g.number_of_edges() == sample.EDGE_COUNT
    triples = _triples(g)
    judgement = "inadequate — help and protection (2018)"
    arrangement = "Together for Children runs children's services (since 2017-04)"
    article = "Council services judged inadequate"
    assert {
        ("Ofsted", "judged", judgement),
        (judgement, "about", "Sunderland City Council"),
        (judgement, "reported in", article),
        ("Ofsted", "carried out", "monitoring visit (2018-05)"),
        ("monitoring visit (2018-05)", "inspected", "Sunderland City Council"),
        ("Department for Education", "ordered", "statutory direction (2015-07-14)"),
        ("statutory direction (2015-07-14)", "intervened in", "Sunderland City Council"),
        ("Together for Children", "runs", arrangement),
        (arrangement, "for", "Sunderland City Council"),
        ("Alex Morgan", "chair of", "Together for Children"),
        ("Sam Patel", "interim chief executive of", "Doncaster Children's Services Trust"),
    } <= triples


def test_sources_pair_article_and_quote(g):
    assert g.nodes[str(sample.JUDGEMENT_A)]["sources"] == [("https://example.org/news/a1", sample.SCRIPT_QUOTE)]
    # Article B has no URL, so its file name stands for it.
    assert g.nodes[str(sample.ARRANGEMENT_B)]["sources"] == [
        ("b2.html", "the trust ran services from 2014 until 2022")]
    chair_edges = list(g.get_edge_data(str(sample.CHAIR), str(sample.TFC)).values())
    assert chair_edges[0]["sources"] == [("https://example.org/news/a1",
                                          "Alex Morgan, chair of the company & its board")]


def test_plain_graph_gives_the_same_view(g):
    union = Graph()
    for s, p, o, _ in sample.build_sample_dataset().quads((None, None, None, None)):
        union.add((s, p, o))
    from_graph = to_networkx(union)
    assert sorted(from_graph.nodes(data=True)) == sorted(g.nodes(data=True))
    assert _triples(from_graph) == _triples(g)


def test_concept_label_in_the_data_wins():
    ds = sample.build_sample_dataset()
    ds.graph(sample.ARTICLE_A).add((concept("grade", "inadequate"), SKOS.prefLabel, Literal("failing")))
    assert "failing — help and protection (2018)" in _labels(to_networkx(ds))


def test_neighbourhood_grows_with_depth(g):
    one = neighbourhood(g, "tfc", 1)  # the body's acronym, in another case
    assert _labels(one) == {"Together for Children", "Alex Morgan",
                            "Together for Children runs children's services (since 2017-04)"}
    two = neighbourhood(g, "tfc", 2)
    assert _labels(two) == _labels(one) | {"Sunderland City Council", "Council services judged inadequate"}
    assert ("Alex Morgan", "chair of", "Together for Children") in _triples(two)
    assert _labels(neighbourhood(g, "Sam Patel", 0)) == {"Sam Patel"}


def test_neighbourhood_unknown_focus_names_close_labels(g):
    with pytest.raises(ValueError) as error:
        neighbourhood(g, "Sunderlnd", 1)
    assert "'Sunderlnd'" in str(error.value)
    assert "Sunderland City Council" in str(error.value)
