"""Fixtures: a small coded corpus and an in-process client of the service over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tacitus.service import create_app
from tests.service.corpus import build_corpus

with warnings.catch_warnings():  # starlette asks for httpx2; httpx is what we pin
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Path:
    return build_corpus(tmp_path_factory.mktemp("service") / "corpus.duckdb", coder)


@pytest.fixture(scope="session")
def client(corpus_db: Path, coder: Any) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db, coder=coder)) as test_client:
        yield test_client


@pytest.fixture()
def crashing_client(tmp_path: Path, coder: Any) -> Iterator[TestClient]:
    """A client whose store queries fail, to see the 500 envelope."""
    app = create_app(tmp_path / "empty.duckdb", coder=coder)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        backend = app.state.backend
        real, backend.store = backend.store, _BrokenStore()
        try:
            yield test_client
        finally:
            backend.store = real


class _BrokenStore:
    def query(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    count = query
