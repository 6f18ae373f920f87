"""The embedded store (DuckDB): schema and migrations, bulk writes, queries, summaries."""

from tacitus.store.store import Store
from tacitus.store.summary import Summary, summarize

__all__ = ["Store", "Summary", "summarize"]
