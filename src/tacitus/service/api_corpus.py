"""Corpus endpoints: articles, one article with its records, events (JSON or CSV), quotations."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse, Response

from tacitus.errors import Msg, RequestError
from tacitus.service.backend import Backend, get_backend
from tacitus.service.convert import first_row, rows
from tacitus.service.envelope import Envelope, ErrorEnvelope, ok, page_meta
from tacitus.service.params import (
    ActorQ,
    EndQ,
    LimitQ,
    MinConfQ,
    OffsetQ,
    StartQ,
    SymmetricQ,
    check_dates,
    page_of,
)
from tacitus.service.queries import (
    ArticleFilter,
    EventFilter,
    QuoteFilter,
    find_articles,
    find_events,
    find_quotes,
    stored_article,
)

__all__ = ["router"]

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorEnvelope}, 422: {"model": ErrorEnvelope}}

router = APIRouter(prefix="/api", responses=_ERRORS)
BackendDep = Annotated[Backend, Depends(get_backend)]


class Format(StrEnum):
    json = "json"
    csv = "csv"


@router.get("/articles", response_model=Envelope, tags=["corpus"])
def list_articles(
    backend: BackendDep,
    q: Annotated[str | None, Query(max_length=200,
                                   description="Text found in the title or text.")] = None,
    start: StartQ = None, end: EndQ = None, limit: LimitQ = 50, offset: OffsetQ = 0,
) -> JSONResponse:
    """Stored articles, newest first, with their event and quotation counts."""
    check_dates(start, end)
    flt = ArticleFilter(query=q, start=start, end=end)
    frame, total = backend.read(lambda s: find_articles(s, flt, page_of(limit, offset)))
    return ok(rows(frame), page_meta(total=total, limit=limit, offset=offset,
                                     returned=len(frame)))


@router.get("/articles/{article_id:path}", response_model=Envelope, tags=["corpus"])
def get_article(
    backend: BackendDep,
    article_id: Annotated[str, Path(max_length=300, description="The article's id.")],
) -> JSONResponse:
    """One article with its stored actor mentions, events and quotations."""
    found = backend.read(lambda s: stored_article(s, article_id))
    if found is None:
        raise RequestError(Msg.T501.format(id=article_id), status=404, code="not_found")
    data = {"article": first_row(found.article), "actors": rows(found.actors),
            "events": rows(found.events), "quotes": rows(found.quotes)}
    return ok(data, {"events": len(found.events), "quotes": len(found.quotes),
                     "actors": len(found.actors)})


@router.get("/events", response_model=Envelope, tags=["corpus"],
            responses={200: {"content": {"text/csv": {}}}})
def list_events(
    backend: BackendDep,
    source: ActorQ = None, target: ActorQ = None, symmetric: SymmetricQ = False,
    cameo: Annotated[str | None, Query(
        pattern=r"^[0-9]{2,4}$", description="CAMEO root (`04`) or code (prefix): `043`, "
        "`0431`.")] = None,
    quad: Annotated[int | None, Query(
        ge=1, le=4, description="Quad class: 1 verbal cooperation, 2 material cooperation, "
        "3 verbal conflict, 4 material conflict.")] = None,
    plover: Annotated[str | None, Query(max_length=40,
                                        description="PLOVER event, e.g. CONSULT.")] = None,
    start: StartQ = None, end: EndQ = None, min_confidence: MinConfQ = 0.0,
    article: Annotated[str | None, Query(max_length=300,
                                         description="Only this article's events.")] = None,
    format: Annotated[Format, Query(description="json (enveloped) or csv.")] = Format.json,
    limit: Annotated[int, Query(ge=1, le=100_000, description=(
        "Rows per page: at most 1000 for JSON, 100000 for CSV."))] = 50,
    offset: OffsetQ = 0,
) -> Response:
    """Events, newest first, filtered; JSON pages or a CSV download."""
    check_dates(start, end)
    cap = (backend.settings.max_csv_rows if format is Format.csv
           else backend.settings.max_page)
    if limit > cap:
        raise RequestError(Msg.T503.format(
            detail=f"query 'limit' is {limit}; at most {cap} rows for format={format.value}"
                   + (" (use format=csv for more)" if format is Format.json else "")))
    flt = EventFilter(source=source, target=target, symmetric=symmetric, cameo=cameo,
                      quad_class=quad, plover=plover, start=start, end=end,
                      min_confidence=min_confidence, article=article)
    frame, total = backend.read(lambda s: find_events(s, flt, page_of(limit, offset)))
    if format is Format.csv:
        return Response(frame.to_csv(index=False), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"',
                                 "X-Total-Count": str(total)})
    return ok(rows(frame), page_meta(total=total, limit=limit, offset=offset,
                                     returned=len(frame)))


@router.get("/quotes", response_model=Envelope, tags=["corpus"])
def list_quotes(
    backend: BackendDep,
    speaker: Annotated[str | None, Query(
        max_length=100, description="Speaker's actor code prefix (`USAGOV`) or part of "
        "their name (`Kerry`).")] = None,
    start: StartQ = None, end: EndQ = None,
    article: Annotated[str | None, Query(max_length=300)] = None,
    limit: LimitQ = 50, offset: OffsetQ = 0,
) -> JSONResponse:
    """Quotations, newest article first, with speaker, cue and words."""
    check_dates(start, end)
    flt = QuoteFilter(speaker=speaker, start=start, end=end, article=article)
    frame, total = backend.read(lambda s: find_quotes(s, flt, page_of(limit, offset)))
    return ok(rows(frame), page_meta(total=total, limit=limit, offset=offset,
                                     returned=len(frame)))
