"""Standard outputs: PLOVER JSON records from coded articles, and exports of a store — PLOVER
JSONL, a GDELT 2.0-style event TSV, Parquet and CSV — written by DuckDB.

Importing this package loads neither DuckDB nor pandas until an export function is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tacitus.exports.records import plover_record, plover_records

if TYPE_CHECKING:
    from tacitus.exports.files import (
        EXPORT_TABLES,
        ExportFormat,
        FrameFormat,
        export_table,
        gdelt_header,
        write_frame,
    )

__all__ = ["EXPORT_TABLES", "ExportFormat", "FrameFormat", "export_table", "gdelt_header",
           "plover_record", "plover_records", "write_frame"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from tacitus.exports import files

        return getattr(files, name)
    raise AttributeError(f"module 'tacitus.exports' has no attribute {name!r}")
