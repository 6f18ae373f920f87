"""``POST /api/code`` (code one article) and ``GET /api/health``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from tacitus import __version__
from tacitus.documents import content_hash
from tacitus.records import Article, to_dict
from tacitus.service.backend import Backend, get_backend
from tacitus.service.envelope import Envelope, ErrorEnvelope, ok
from tacitus.service.queries import counts

__all__ = ["CodeRequest", "router"]

router = APIRouter(prefix="/api")
BackendDep = Annotated[Backend, Depends(get_backend)]


class CodeRequest(BaseModel):
    """An article to code. Only ``text`` is required; ``date`` resolves actors (who held which
    office) and relative dates ("on Tuesday")."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(default="", max_length=2000)
    text: str = Field(min_length=1, description="The article's text (paragraphs separated "
                                                "by blank lines).")
    date: dt.date | None = Field(default=None, description="YYYY-MM-DD")
    id: str | None = Field(default=None, max_length=300,
                           description="Defaults to a hash of title and text.")
    source: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=2000)

    def article(self) -> Article:
        article = Article(id=self.id or "", title=self.title, text=self.text, date=self.date,
                          source=self.source, url=self.url)
        if not self.id:
            article = dataclasses.replace(article, id=f"api-{content_hash(article)[:12]}")
        return article


@router.post("/code", response_model=Envelope, tags=["coding"],
             responses={413: {"model": ErrorEnvelope}, 422: {"model": ErrorEnvelope}})
def code_article(request: CodeRequest, backend: BackendDep) -> JSONResponse:
    """Code one article and return the CodedArticle (events, actors, quotations, warnings).
    Nothing is stored."""
    coded = backend.code(request.article())
    data: dict[str, Any] = to_dict(coded)
    return ok(data, {"events": len(coded.events), "quotes": len(coded.quotes),
                     "actors": len(coded.actors), "coder": coded.coder})


@router.get("/health", response_model=Envelope, tags=["service"])
def health(backend: BackendDep) -> JSONResponse:
    """Is the service up, which database does it own, and what does it hold."""
    held = backend.read(counts)
    return ok({"status": "ok", "version": __version__, "coder": backend.coder.version,
               "database": str(backend.db_path), **held})
