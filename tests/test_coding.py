"""Coding a stream of articles in worker processes (tacitus.coding): results come out in
order, and a worker that dies loses only the article that killed it."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from typing import Any

import pytest

from tacitus.coding import Coder
from tacitus.documents import BadRecord
from tacitus.records import Article, CodedArticle

pytestmark = [pytest.mark.model, pytest.mark.slow]

_DAY = dt.date(2025, 3, 4)


def _articles(ids: list[str]) -> list[Article]:
    return [Article(i, "", f"Kenya's president met Uganda's president in Nairobi ({i}).", _DAY)
            for i in ids]


def _kill_on_boom(original: Any) -> Any:
    def code_docs(self: Coder, article: Article, title_doc: Any, text_doc: Any) -> Any:
        if article.id == "boom":
            os._exit(1)  # as a segfault in native code would: no exception, no cleanup
        return original(self, article, title_doc, text_doc)
    return code_docs


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                    reason="the crash is planted in forked workers")
def test_a_dead_worker_loses_only_its_article(coder: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(Coder, "code_docs", _kill_on_boom(Coder.code_docs))
    ids = [f"a{n}" for n in range(6)] + ["boom"] + [f"b{n}" for n in range(6)]
    small = coder.with_settings(batch_size=4)
    results = list(small.code_many(_articles(ids), processes=2))
    assert [r.article.id if isinstance(r, CodedArticle) else r.where for r in results] == \
        [i if i != "boom" else "article 'boom'" for i in ids]
    bad = [r for r in results if isinstance(r, BadRecord)]
    assert len(bad) == 1 and bad[0].error.startswith("[T204]")
    assert all(r.events for r in results if isinstance(r, CodedArticle))


def test_workers_give_what_one_process_gives(coder: Any) -> None:
    ids = [f"c{n}" for n in range(7)]
    one = [r.events for r in coder.code_many(_articles(ids))]
    two = [r.events for r in coder.with_settings(batch_size=2).code_many(_articles(ids),
                                                                          processes=2)]
    assert [[e.cameo.code for e in events] for events in two] == \
        [[e.cameo.code for e in events] for events in one]


def test_a_coder_fault_loses_only_its_article(coder: Any, monkeypatch: Any) -> None:
    original = Coder.code_docs

    def code_docs(self: Coder, article: Article, title_doc: Any, text_doc: Any) -> Any:
        if article.id == "bad":
            raise IndexError("planted")
        return original(self, article, title_doc, text_doc)

    monkeypatch.setattr(Coder, "code_docs", code_docs)
    results = list(coder.code_many(_articles(["x", "bad", "y"])))
    assert isinstance(results[0], CodedArticle) and isinstance(results[2], CodedArticle)
    assert isinstance(results[1], BadRecord) and results[1].error.startswith("[T203]")
    assert "IndexError: planted" in results[1].error
