"""A request body size limit, enforced before the body is parsed (413 with the error envelope)."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tacitus.errors import Msg
from tacitus.service.envelope import error_response

__all__ = ["BodyLimit"]


class BodyLimit:
    """ASGI middleware: refuse bodies over ``limit`` bytes.

    A declared ``Content-Length`` over the limit is refused at once; a streamed (chunked) body
    is counted as it arrives and refused as soon as it passes the limit.
    """

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.limit:
            message = Msg.T502.format(size=declared, limit=self.limit)
            await error_response(413, message)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise HTTPException(413, Msg.T502.format(size=f"more than {self.limit}",
                                                             limit=self.limit))
            return message

        await self.app(scope, counted, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
