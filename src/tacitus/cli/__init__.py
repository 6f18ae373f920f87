"""The ``tacitus`` command line: a thin layer over the library (one module per command group)."""

from __future__ import annotations

from tacitus.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
