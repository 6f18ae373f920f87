"""events_dedup: the rule, GDELT's counts, first/last mentions, and the rule kept in the db."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tacitus.errors import StoreError
from tacitus.store import Store
from tacitus.store.dedup import DedupRule
from tests.store.synthetic import Mention, coded

D7, D8, D10 = dt.date(2013, 5, 7), dt.date(2013, 5, 8), dt.date(2013, 5, 10)
BATCH = [
    coded("a1", [Mention("USAGOV", "040", "RUSGOV", D7, "RUS"),
                 Mention("USAGOV", "112", "RUSGOV", D7)], source="Reuters"),
    coded("a2", [Mention("USAGOV", "040", "RUSGOV", D7, "CHE"),
                 Mention("USAGOV", "040", "RUSGOV", D8)], url="https://www.bbc.co.uk/news/1"),
    coded("a3", [Mention("USAGOV", "040", "RUSGOV", D7, "RUS", confidence=0.3),
                 Mention("USAGOV", "040", "RUSGOV", D10)], source="Reuters"),
    coded("a4", [Mention("USAGOV", "040", "RUSGOV", None),
                 Mention("USAGOV", "040", "RUSGOV", None)]),
]


def _store(path: Path) -> Store:
    store = Store(path)
    store.write(BATCH, run_id=1)
    return store


@pytest.mark.parametrize(
    ("rule", "rows", "consult_may_7"),
    [
        # rule, rows in events_dedup, (mentions, articles, sources, last date) of the group
        # of USAGOV 040 RUSGOV that starts on 7 May (with a location, the RUS group)
        (DedupRule(), 6, (3, 3, 2, D7)),
        (DedupRule(window_days=1), 5, (4, 3, 2, D8)),
        (DedupRule(window_days=3), 4, (5, 3, 2, D10)),
        (DedupRule(by_location=True), 7, (2, 2, 1, D7)),
        (DedupRule(min_confidence=0.5), 6, (2, 2, 2, D7)),
    ],
)
def test_rules(tmp_db: Path, rule: DedupRule, rows: int,
               consult_may_7: tuple[int, int, int, dt.date]) -> None:
    with _store(tmp_db) as store:
        store.set_dedup_rule(rule)
        frame = store.query("SELECT * FROM events_dedup")
        group = store.query(
            "SELECT num_mentions, num_articles, num_sources, last_date FROM events_dedup "
            "WHERE cameo_code = '040' AND date = ? AND coalesce(location_country, 'RUS') = 'RUS'",
            [D7])
    assert len(frame) == rows
    assert frame["num_mentions"].sum() == 8 - (rule.min_confidence > 0.3)
    (found,) = group.itertuples(index=False)
    assert (found[0], found[1], found[2], found[3].date()) == consult_may_7


def test_first_last_evidence_and_means(tmp_db: Path) -> None:
    with _store(tmp_db) as store:
        row = store.query("SELECT * FROM events_dedup WHERE cameo_code = '040' AND date = ?",
                          [D7]).iloc[0]
        undated = store.query("SELECT num_mentions FROM events_dedup WHERE date IS NULL")
    assert (row["first_event_id"], row["last_event_id"], row["event_id"]) == (
        "a1:te0:0", "a3:te0:0", "a1:te0:0")
    assert list(row["event_ids"]) == ["a1:te0:0", "a2:te0:0", "a3:te0:0"]
    assert row["confidence"] == pytest.approx(0.7)
    assert (row["source_name"], row["location_country"], row["goldstein"]) == (
        "Name of USAGOV", "RUS", 1.0)
    assert bool(row["is_root"]) and row["url"] is None
    assert list(undated["num_mentions"]) == [1, 1]  # undated mentions are never merged


def test_the_rule_is_kept_in_the_database(tmp_db: Path) -> None:
    with _store(tmp_db) as store:
        store.set_dedup_rule(DedupRule(window_days=3))
    with Store(tmp_db) as store:
        assert store.dedup_rule() == DedupRule(window_days=3)
        assert store.count("events_dedup") == 4
    with Store(tmp_db, read_only=True) as store:
        assert store.count("events_dedup") == 4


@pytest.mark.parametrize(
    "rule",
    [DedupRule(window_days=-1), DedupRule(window_days=True),
     DedupRule(min_confidence=1.5), DedupRule(min_confidence=float("nan"))],
)
def test_bad_rules_are_refused(tmp_db: Path, rule: DedupRule) -> None:
    with Store(tmp_db) as store, pytest.raises(StoreError, match="T307"):
        store.set_dedup_rule(rule)
