"""How many records an input holds, counted cheaply before a long run (for progress and ETA).

JSONL: non-blank lines; CSV: rows; a feed: its ``<item>``/``<entry>`` elements; any other file
one record. Nothing is parsed as an article, so counting costs a read of the files, not a run.
The count is an estimate in one case only: a path that names nothing counts as one record (the
error it gives). Stdin cannot be counted twice: the count is then unknown (``None``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from tacitus.documents.readers import BadRecord, expand_paths, kind_of

__all__ = ["count_records"]

_ITEM = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>]", re.IGNORECASE)


def count_records(paths: Iterable[str | Path]) -> int | None:
    """The number of records :func:`read_articles` will yield for ``paths``, or ``None``."""
    total = 0
    for source in expand_paths(paths):
        if isinstance(source, Path):
            total += _count_file(source)
        elif isinstance(source, BadRecord):
            total += 1
        else:
            return None  # stdin
    return total


def _count_file(path: Path) -> int:
    kind = kind_of(path)
    if kind not in ("jsonl", "csv", "feed"):
        return 1
    try:
        raw = path.read_bytes()
    except OSError:
        return 1
    if b"\x00" in raw:
        return 1  # a binary file: one error
    if kind == "jsonl":
        return sum(1 for line in raw.split(b"\n") if line.strip())
    if kind == "feed":
        return max(1, len(_ITEM.findall(raw)))
    try:
        rows = csv.reader(io.StringIO(raw.decode("utf-8-sig", errors="replace")))
        return max(0, sum(1 for row in rows if row) - 1)
    except csv.Error:
        return 1
