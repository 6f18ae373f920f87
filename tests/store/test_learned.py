"""Learned actors survive the store: upserts widen dates and count mentions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tacitus.records import LearnedActor
from tacitus.store import Store
from tacitus.store.learned import read_learned, write_learned


def _fact(date: dt.date, article: str) -> LearnedActor:
    return LearnedActor("Frank Mba", "Mba", "NGACOP", "NGA", "COP", "police spokesman", date,
                        article, "Nigerian police spokesman Frank Mba")


def test_upsert_and_read_back(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
        write_learned(store, [_fact(dt.date(2020, 10, 20), "a"), _fact(dt.date(2020, 11, 2), "b")])
        write_learned(store, [_fact(dt.date(2021, 1, 5), "c")])
        row = store.query("SELECT first_seen, last_seen, mentions FROM learned_actors").iloc[0]
        facts = read_learned(store)
    assert str(row["first_seen"])[:10] == "2020-10-20"
    assert str(row["last_seen"])[:10] == "2021-01-05"
    assert row["mentions"] == 3
    assert sorted(f.date for f in facts if f.date) == [dt.date(2020, 10, 20), dt.date(2021, 1, 5)]
    assert {f.code for f in facts} == {"NGACOP"}


def test_ingest_learns_and_the_next_run_uses_it(tmp_db: Path) -> None:
    import pytest

    pytest.importorskip("spacy")
    from tacitus.coding import Coder
    from tacitus.ingest import ingest
    from tacitus.nlp import load_nlp
    from tacitus.records import Article

    coder = Coder(load_nlp())
    first = Article("a", "", "Nigerian police spokesman Frank Mba said 12 suspects were "
                    "arrested in Lagos.", dt.date(2020, 10, 20))
    later = Article("b", "", "Mba said the suspects would be charged.", dt.date(2020, 11, 2))
    with Store(tmp_db) as store:
        ingest([first], store, coder)
        (fact,) = read_learned(store)
        assert (fact.name, fact.code) == ("Frank Mba", "NGACOP")
        ingest([later], store, coder)
        rows = store.query("SELECT text, code, how FROM actors WHERE article_id = 'b'")
    mba = rows[rows["text"] == "Mba"].iloc[0]
    assert (mba["code"], mba["how"]) == ("NGACOP", "learned")
    assert not len(coder.learned)  # the caller's coder is left as it was
