"""The DuckDB schema as an ordered list of named migrations.

A migration is applied once and recorded in ``schema_migrations``; new ones go at the end and
never edit old ones, so every database can be brought up to date.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

_ACTOR = """
    {p}_code VARCHAR, {p}_country VARCHAR, {p}_sector VARCHAR, {p}_name VARCHAR,
    {p}_role VARCHAR, {p}_text VARCHAR, {p}_field VARCHAR, {p}_start INTEGER, {p}_end INTEGER,
    {p}_how VARCHAR, {p}_confidence DOUBLE"""

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_core", f"""
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, coder VARCHAR,
            settings VARCHAR, articles INTEGER, skipped INTEGER, events INTEGER,
            quotes INTEGER, errors INTEGER
        );
        CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, title VARCHAR,
            text VARCHAR, date DATE, source VARCHAR, url VARCHAR, run_id INTEGER,
            coder VARCHAR, warnings VARCHAR[]
        );
        CREATE TABLE actors (
            article_id VARCHAR, field VARCHAR, start INTEGER, "end" INTEGER, sentence INTEGER,
            text VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR,
            role VARCHAR, how VARCHAR, confidence DOUBLE
        );
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, article_id VARCHAR, date DATE,
            {_ACTOR.format(p="source")},
            {_ACTOR.format(p="target")},
            cameo_code VARCHAR, cameo_name VARCHAR, cameo_root VARCHAR, quad_class TINYINT,
            goldstein DOUBLE, plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
            plover_score DOUBLE, plover_auxiliary VARCHAR,
            trigger_text VARCHAR, trigger_field VARCHAR, trigger_start INTEGER,
            trigger_end INTEGER, sentence INTEGER, sentence_text VARCHAR,
            negated BOOLEAN, modality VARCHAR, location_name VARCHAR, location_country VARCHAR,
            location_lat DOUBLE, location_lon DOUBLE, confidence DOUBLE, rule VARCHAR,
            coder VARCHAR, quote_id VARCHAR
        );
        CREATE TABLE quotes (
            quote_id VARCHAR PRIMARY KEY, article_id VARCHAR, kind VARCHAR, statement VARCHAR,
            {_ACTOR.format(p="speaker")},
            cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
            content_text VARCHAR, content_field VARCHAR, content_start INTEGER,
            content_end INTEGER, sentence_first INTEGER, sentence_last INTEGER,
            addressee_code VARCHAR, addressee_name VARCHAR
        );
        CREATE TABLE errors (run_id INTEGER, location VARCHAR, message VARCHAR);
    """),
    ("0002_indexes", """
        CREATE INDEX events_article ON events (article_id);
        CREATE INDEX events_dyad ON events (source_code, target_code);
        CREATE INDEX quotes_article ON quotes (article_id);
        CREATE INDEX actors_article ON actors (article_id);
    """),
    ("0003_learned_actors", """
        CREATE TABLE learned_actors (
            name VARCHAR, alias VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR,
            role VARCHAR, first_seen DATE, last_seen DATE, mentions INTEGER,
            evidence VARCHAR, article_id VARCHAR,
            PRIMARY KEY (name, code)
        );
    """),
    ("0004_dedup_rule", """
        CREATE TABLE dedup_rule (
            window_days INTEGER, by_location BOOLEAN, min_confidence DOUBLE, defined TIMESTAMP
        );
    """),
    # DuckDB scans columns without indexes; the ART indexes and the event_id key only slowed
    # bulk loads (event ids are unique by construction, articles by content hash)
    ("0005_unkeyed_events", """
        DROP INDEX IF EXISTS events_article;
        DROP INDEX IF EXISTS events_dyad;
        DROP INDEX IF EXISTS quotes_article;
        DROP INDEX IF EXISTS actors_article;
        CREATE TABLE events_unkeyed AS SELECT * FROM events;
        DROP VIEW IF EXISTS events_dedup;
        DROP TABLE events;
        ALTER TABLE events_unkeyed RENAME TO events;
    """),
)
