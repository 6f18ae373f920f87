"""Aggregates over the store, computed in DuckDB: dyad × period series, top actors, networks."""

from tacitus.aggregate.queries import PERIODS, TABLES, DyadFilter, dyads, network, top_actors

__all__ = ["PERIODS", "TABLES", "DyadFilter", "dyads", "network", "top_actors"]
