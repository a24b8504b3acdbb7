"""Facts as RDF: what the graph says of a post held as interim and then made permanent."""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF

from cskg.loaders.articles import parse_article
from cskg.loaders.extract import extract
from cskg.loaders.triples import article_graph
from cskg.ontology import CSKG, ORG

TEXT = ("Solihull news\n\nA Reporter\nFriday, March 3, 2023\n\n"
        "Hannah Petrie, who arrived as interim director of children's services in Solihull in 2021 and was made "
        "permanent the following year, said the turnaround belonged to staff.\n")


def test_a_post_held_as_interim_then_made_permanent_is_two_memberships():
    article = parse_article(TEXT, "solihull.txt", "txt")
    graph = article_graph(article, extract(article))
    memberships = set(graph.subjects(RDF.type, ORG.Membership))
    assert len(memberships) == 2
    assert sum((m, CSKG.interim, Literal(True)) in graph for m in memberships) == 1
