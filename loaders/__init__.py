"""Loaders: articles in, facts out, facts to RDF."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from cskg.loaders.articles import SUFFIXES, Article, ArticleError, parse_article, read_article, sniff_kind
from cskg.loaders.extract import extract
from cskg.loaders.triples import article_graph

ARTICLE_SUFFIXES = tuple(SUFFIXES)


def article_to_graph(article: Article) -> Graph:
    """The named graph of one article: its facts, with provenance."""
    return article_graph(article, extract(article))


def article_files(paths: list[Path]) -> list[Path]:
    """The article files a list of files and folders names; folders are read recursively, in name order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            out.append(path)
    return out


__all__ = ["ARTICLE_SUFFIXES", "Article", "ArticleError", "article_files", "article_to_graph", "parse_article", "read_article",
           "sniff_kind", "extract"]
