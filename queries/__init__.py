"""Named SPARQL queries (one .rq file each, beside this module) and the runner that answers them."""
from cskg.queries.runner import NamedQuery, Parameter, Table, find_query, named_queries, run_query

__all__ = ["NamedQuery", "Parameter", "Table", "find_query", "named_queries", "run_query"]
