"""DataFrames from the store → JSON-ready rows (ISO dates, nulls for NaN/NaT, plain numbers)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["first_row", "rows"]


def rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``frame`` as dicts of JSON-ready values."""
    if frame.empty:
        return []
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    plain = frame.astype(object)
    plain = plain.mask(frame.isna(), other=pd.NA)
    return [{str(k): _native(v) for k, v in record.items()}
            for record in plain.to_dict("records")]


def first_row(frame: pd.DataFrame) -> dict[str, Any] | None:
    found = rows(frame.head(1))
    return found[0] if found else None


def _native(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return [_native(v) for v in value.tolist()]
    if isinstance(value, np.generic):
        return value.item()
    if value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    return value
