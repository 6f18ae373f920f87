"""Query parameters shared by several endpoints, declared once (validated by FastAPI: a bad
value is a 422 with the error envelope)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query

from tacitus.errors import Msg, RequestError
from tacitus.service.queries import Page

__all__ = ["ActorQ", "EndQ", "LimitQ", "MinConfQ", "OffsetQ", "StartQ", "SymmetricQ",
           "check_dates", "page_of"]

ActorQ = Annotated[str | None, Query(
    max_length=64, description="Actor code or prefix: `USAGOV`, or a country `USA` "
    "(matches USA, USAGOV, USAMIL …).")]
StartQ = Annotated[dt.date | None, Query(description="First date (YYYY-MM-DD), inclusive.")]
EndQ = Annotated[dt.date | None, Query(description="Last date (YYYY-MM-DD), inclusive.")]
MinConfQ = Annotated[float, Query(ge=0.0, le=1.0, description="Minimum event confidence.")]
SymmetricQ = Annotated[bool, Query(
    description="Also count events in the other direction (target → source).")]
LimitQ = Annotated[int, Query(ge=1, le=1000, description="Rows per page (at most 1000).")]
OffsetQ = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]


def check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and start > end:
        raise RequestError(Msg.T503.format(
            detail=f"query 'start' ({start}) is after query 'end' ({end})"))


def page_of(limit: int, offset: int) -> Page:
    return Page(limit=limit, offset=offset)
