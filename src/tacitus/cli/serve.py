"""``tacitus serve``: the HTTP API and the Read/Explore pages over one database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["serve_command"]


def serve_command(
    db: Annotated[Path, typer.Option("--db", help="The DuckDB database file to serve.")] = Path(
        "tacitus.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    max_body: Annotated[int, typer.Option(
        "--max-body", min=1024, help="Largest request body, in bytes (413 above it).")]
    = 1_000_000,
) -> None:
    """Serve the API (docs at /docs) and the Read and Explore pages; the server owns DB."""
    if not db.exists():
        raise typer.BadParameter(f"{db} does not exist (create it with tacitus demo or "
                                 "tacitus ingest)", param_hint="--db")
    import uvicorn

    from tacitus.service import ServiceSettings, create_app

    app = create_app(db, settings=ServiceSettings(max_body_bytes=max_body))
    typer.echo(f"Tacitus on http://{host}:{port}/ — pages /read and /explore, API docs /docs")
    uvicorn.run(app, host=host, port=port, log_level="info")
