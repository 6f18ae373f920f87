"""Aggregate endpoints over :mod:`tacitus.aggregate`: dyad time series, top event codes, the
actor network, top and learned actors."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from tacitus.aggregate import DyadFilter, dyads, network, top_actors
from tacitus.errors import Msg, RequestError
from tacitus.service.backend import Backend, get_backend
from tacitus.service.convert import rows
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
from tacitus.service.queries import learned_actors, top_codes

__all__ = ["combine_periods", "router"]

router = APIRouter(prefix="/api", tags=["aggregates"],
                   responses={422: {"model": ErrorEnvelope}})
BackendDep = Annotated[Backend, Depends(get_backend)]


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


class ActorKind(StrEnum):
    top = "top"
    learned = "learned"


class Role(StrEnum):
    any = "any"
    source = "source"
    target = "target"


def combine_periods(frame: pd.DataFrame) -> pd.DataFrame:
    """Sum the rows of each period over the dyads matched (the pair as a whole)."""
    if frame.empty:
        return frame.drop(columns=["source", "target"], errors="ignore")
    counts = frame.drop(columns=["source", "target", "goldstein_mean"])
    summed = counts.groupby("period", as_index=False).sum(numeric_only=True)
    summed["goldstein_sum"] = summed["goldstein_sum"].round(2)
    summed["plover_score"] = summed["plover_score"].round(2)
    position = list(summed.columns).index("goldstein_sum") + 1
    summed.insert(position, "goldstein_mean",
                  (summed["goldstein_sum"] / summed["events"]).round(3))
    return summed.sort_values("period").reset_index(drop=True)


@router.get("/dyads", response_model=Envelope)
def list_dyads(
    backend: BackendDep,
    source: ActorQ = None, target: ActorQ = None, symmetric: SymmetricQ = False,
    start: StartQ = None, end: EndQ = None, min_confidence: MinConfQ = 0.0,
    by: Annotated[Period, Query(description="Length of a period.")] = Period.week,
    combine: Annotated[bool, Query(description=(
        "One row per period, summed over every dyad matched (for a time series of a pair "
        "of countries)."))] = False,
    limit: Annotated[int, Query(ge=1, le=5000, description="Rows per page (≤ 5000).")] = 500,
    offset: OffsetQ = 0,
) -> JSONResponse:
    """Events per period and dyad: counts by quad class and CAMEO root, Goldstein sum and
    mean, PLOVER score (``tacitus.aggregate.dyads``)."""
    check_dates(start, end)
    flt = DyadFilter(source=source, target=target, start=start, end=end,
                     min_confidence=min_confidence, symmetric=symmetric)
    frame = backend.read(lambda s: dyads(s, flt, by=by.value))
    if combine:
        frame = combine_periods(frame)
    page = frame.iloc[offset:offset + limit]
    meta = page_meta(total=len(frame), limit=limit, offset=offset, returned=len(page))
    return ok(rows(page), {**meta, "period": by.value, "combined": combine})


@router.get("/codes", response_model=Envelope)
def list_codes(
    backend: BackendDep,
    source: ActorQ = None, target: ActorQ = None, symmetric: SymmetricQ = False,
    start: StartQ = None, end: EndQ = None, min_confidence: MinConfQ = 0.0,
    limit: Annotated[int, Query(ge=1, le=300, description="How many codes.")] = 15,
) -> JSONResponse:
    """The CAMEO event codes most used between the actors chosen (all events by default)."""
    check_dates(start, end)
    flt = DyadFilter(source=source, target=target, start=start, end=end,
                     min_confidence=min_confidence, symmetric=symmetric)
    frame = backend.read(lambda s: top_codes(s, flt, limit=limit))
    return ok(rows(frame), {"returned": len(frame), "limit": limit})


@router.get("/network", response_model=Envelope)
def list_network(
    backend: BackendDep,
    start: StartQ = None, end: EndQ = None,
    min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    limit: Annotated[int, Query(ge=1, le=1000, description="How many edges (busiest "
                                "first).")] = 40,
) -> JSONResponse:
    """The busiest directed dyads as weighted edges (``tacitus.aggregate.network``)."""
    check_dates(start, end)
    frame = backend.read(lambda s: network(s, min_events=min_events, limit=limit, start=start,
                                           end=end))
    return ok(rows(frame), {"returned": len(frame), "limit": limit})


@router.get("/actors", response_model=Envelope)
def list_actors(
    backend: BackendDep,
    kind: Annotated[ActorKind, Query(description=(
        "top: actors in most events; learned: actors learned from the corpus (the "
        "learned_actors table)."))] = ActorKind.top,
    role: Annotated[Role, Query(description="top actors as source, target or either")]
    = Role.any,
    start: StartQ = None, end: EndQ = None, limit: LimitQ = 20, offset: OffsetQ = 0,
) -> JSONResponse:
    """Top actors (``tacitus.aggregate.top_actors``) or learned actors."""
    check_dates(start, end)
    if kind is ActorKind.learned:
        found = backend.read(lambda s: learned_actors(s, page_of(limit, offset)))
        if found is None:
            meta: dict[str, Any] = page_meta(total=0, limit=limit, offset=offset, returned=0)
            return ok([], {**meta, "kind": kind.value, "table": "absent"})
        frame, total = found
        meta = page_meta(total=total, limit=limit, offset=offset, returned=len(frame))
        return ok(rows(frame), {**meta, "kind": kind.value})
    if offset:
        raise RequestError(Msg.T503.format(detail="query 'offset' applies to kind=learned "
                                                  "only; top actors are one list"))
    frame = backend.read(lambda s: top_actors(s, limit=limit, role=role.value, start=start,
                                              end=end))
    return ok(rows(frame), {"returned": len(frame), "limit": limit, "kind": kind.value})
