"""Example articles bundled with Tacitus (written for it, in wire style) for the demo and tests."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from tacitus.documents import BadRecord, read_path
from tacitus.records import Article

__all__ = ["example_articles", "examples_path"]


def examples_path() -> Path:
    """The bundled JSONL file (a real file inside the installed package)."""
    return Path(str(resources.files("tacitus.examples").joinpath("articles.jsonl")))


def example_articles() -> Iterator[Article]:
    for item in read_path(examples_path()):
        if isinstance(item, BadRecord):  # the bundled file is tested; this would be a bug
            raise ValueError(item.error)
        yield item
