"""What the running service holds: the one open store, the coder, and their locks.

The service is the one owner of the DuckDB file while it runs: the store is opened once (in the
app's lifespan) and every request reads through :meth:`Backend.read`, which serialises access
to the connection (a DuckDB connection must not be used by two threads at once). Coding runs
under its own lock, so a long article being coded does not hold up the corpus queries.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from fastapi import Request

from tacitus.records import Article, CodedArticle
from tacitus.store import Store

if TYPE_CHECKING:
    from tacitus.coding import Coder

__all__ = ["Backend", "ServiceSettings", "get_backend"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """Limits of the HTTP service."""

    max_body_bytes: int = 1_000_000
    """Request bodies over this size are refused with 413."""
    max_page: int = 1000
    """The largest ``limit`` of a JSON list."""
    max_csv_rows: int = 100_000
    """The largest ``limit`` of a CSV download."""
    max_dyad_rows: int = 5000
    """The largest ``limit`` of ``/api/dyads`` (a time series can be long)."""


@dataclass(slots=True)
class Backend:
    db_path: Path
    store: Store
    coder: Coder
    settings: ServiceSettings
    _store_lock: threading.Lock = field(default_factory=threading.Lock)
    _coder_lock: threading.Lock = field(default_factory=threading.Lock)

    def read(self, query: Callable[[Store], T]) -> T:
        """Run ``query`` on the store, one request at a time."""
        with self._store_lock:
            return query(self.store)

    def code(self, article: Article) -> CodedArticle:
        with self._coder_lock:
            return self.coder.code(article)

    def close(self) -> None:
        with self._store_lock:
            self.store.close()


def get_backend(request: Request) -> Backend:
    """FastAPI dependency: the backend of the app that received ``request``."""
    return cast(Backend, request.app.state.backend)
