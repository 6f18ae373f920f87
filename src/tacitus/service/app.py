"""The app factory: ``create_app(db_path)`` builds the FastAPI app; nothing is global.

The app opens the store once when it starts (its lifespan) and closes it when it stops, so the
service is the one owner of the DuckDB file while it runs. The coder is loaded at start too
(or passed in, e.g. by tests that already hold one).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI

from tacitus import __version__
from tacitus.service import api_aggregate, api_code, api_corpus
from tacitus.service.backend import Backend, ServiceSettings
from tacitus.service.envelope import install_error_handlers
from tacitus.service.limits import BodyLimit
from tacitus.service.pages import Assets, install_pages
from tacitus.store import Store

if TYPE_CHECKING:
    from tacitus.coding import Coder

__all__ = ["create_app"]

_DESCRIPTION = """Political events, actors and quotations coded by Tacitus, from one DuckDB
database. Every JSON answer is `{"data": …, "meta": {…}}`; every error is
`{"error": {"code", "message", "details"}}`. Pages: [Read](/read), [Explore](/explore)."""


def create_app(db_path: str | Path, *, coder: Coder | None = None,
               settings: ServiceSettings | None = None, read_only: bool = False) -> FastAPI:
    """The Tacitus HTTP service over the database at ``db_path``.

    ``coder`` defaults to ``Coder.load()`` (done when the app starts); ``read_only`` opens the
    database without migrating it.
    """
    path = Path(db_path)
    limits = settings or ServiceSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = Store(path, read_only=read_only)
        try:
            app.state.backend = Backend(db_path=path, store=store,
                                        coder=coder or _load_coder(), settings=limits)
        except BaseException:
            store.close()
            raise
        try:
            yield
        finally:
            app.state.backend.close()

    app = FastAPI(title="Tacitus", version=__version__, description=_DESCRIPTION,
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    install_error_handlers(app)
    app.add_middleware(BodyLimit, limit=limits.max_body_bytes)
    for module in (api_code, api_corpus, api_aggregate):
        app.include_router(module.router)
    install_pages(app, Assets.load())
    return app


def _load_coder() -> Coder:
    from tacitus.coding import Coder

    return Coder.load()
