"""The one success envelope and the one error envelope every JSON answer uses.

Success: ``{"data": …, "meta": {…}}`` (``meta`` holds the paging of list endpoints).
Error: ``{"error": {"code": "not_found", "message": "[T501] …", "details": …}}``.
"""

from __future__ import annotations

from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from tacitus.errors import InputError, Msg, RequestError

__all__ = ["Envelope", "ErrorEnvelope", "PageMeta", "error_response", "install_error_handlers",
           "ok", "page_meta"]

_STATUS_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
                 413: "payload_too_large", 422: "invalid_request", 500: "internal_error"}


class PageMeta(BaseModel):
    """Paging of a list: ``total`` matching rows, this page's ``limit``/``offset``/``returned``,
    and the ``next_offset`` to ask for (null on the last page)."""

    total: int
    limit: int
    offset: int
    returned: int
    next_offset: int | None


class Envelope(BaseModel):
    """Every successful JSON answer."""

    data: Any = Field(description="The answer: a record, or a list of rows.")
    meta: dict[str, Any] = Field(default_factory=dict,
                                 description="Paging (total, limit, offset, returned, "
                                             "next_offset) and what the answer was built from.")


class ErrorBody(BaseModel):
    code: str = Field(description="Stable, machine-readable: not_found, invalid_request, …")
    message: str = Field(description="For people; starts with the Tacitus message code.")
    details: Any = Field(default=None, description="e.g. the invalid parameters")


class ErrorEnvelope(BaseModel):
    """Every error answer, whatever the status."""

    error: ErrorBody


def ok(data: Any, meta: dict[str, Any] | None = None) -> JSONResponse:
    return JSONResponse({"data": data, "meta": meta or {}})


def page_meta(*, total: int, limit: int, offset: int, returned: int) -> dict[str, Any]:
    following = offset + returned
    return PageMeta(total=total, limit=limit, offset=offset, returned=returned,
                    next_offset=following if following < total else None).model_dump()


def error_response(status: int, message: str, *, code: str | None = None,
                   details: Any = None, headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorBody(code=code or _STATUS_CODES.get(status, "error"), message=message,
                     details=details)
    return JSONResponse({"error": body.model_dump()}, status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    details = []
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ())]
        where = loc[0] if loc else "request"
        name = ".".join(loc[1:]) or where
        details.append({"in": where, "name": name, "message": str(error.get("msg", "")),
                        "input": _short(error.get("input"))})
    return details


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 200:
        return value[:200] + "…"
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return None


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    details = _validation_details(cast(RequestValidationError, exc))
    summary = "; ".join(f"{d['in']} {d['name']!r}: {d['message']}" for d in details)
    return error_response(422, Msg.T503.format(detail=summary), details=details)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    exc = cast(StarletteHTTPException, exc)
    status = exc.status_code
    if status == 404:
        message = Msg.T504.format(path=request.url.path)
    elif status == 405:
        message = Msg.T505.format(method=request.method, path=request.url.path)
    elif status == 413:
        message = str(exc.detail)
    else:
        message = Msg.T503.format(detail=exc.detail)
    headers = dict(exc.headers) if exc.headers else None
    return error_response(status, message, headers=headers)


async def _on_request_error(request: Request, exc: Exception) -> JSONResponse:
    refused = cast(RequestError, exc)
    return error_response(refused.status, str(refused), code=refused.code)


async def _on_input_error(request: Request, exc: Exception) -> JSONResponse:
    message = str(exc)
    status = 413 if message.startswith("[T007]") else 422
    return error_response(status, message, code="payload_too_large" if status == 413
                          else "invalid_input")


async def _on_crash(request: Request, exc: Exception) -> JSONResponse:
    return error_response(500, Msg.T506.format(kind=type(exc).__name__))


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error — routing, validation, refusals, crashes — with the error envelope."""
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(RequestError, _on_request_error)
    app.add_exception_handler(InputError, _on_input_error)
    app.add_exception_handler(Exception, _on_crash)
