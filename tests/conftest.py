"""Shared fixtures: the spaCy model and a Coder (loaded once), paths to ../shared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_2dba7fd5d936a0a1.txt"
SEED_DATE = dt.date(2013, 5, 8)


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a clean skip when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is absent; this test reads it")
    return path


@pytest.fixture(scope="session")
def nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    from tacitus.nlp import load_nlp

    try:
        return load_nlp()
    except Exception as exc:  # pragma: no cover - only without the model package
        pytest.skip(f"the spaCy model is not installed: {exc}")
    del spacy


@pytest.fixture(scope="session")
def coder(nlp: Any) -> Any:
    from tacitus.coding import Coder

    return Coder(nlp)


@pytest.fixture()
def tmp_db(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "test.duckdb"
