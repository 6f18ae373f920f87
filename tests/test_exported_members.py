"""The package root exports exactly its public API."""

from __future__ import annotations

import types

import tacitus


def test_all_names_resolve() -> None:
    for name in tacitus.__all__:
        assert getattr(tacitus, name) is not None, name


def test_public_names_are_listed() -> None:
    helpers = {"annotations", "TYPE_CHECKING", "Any"}
    public = {n for n in dir(tacitus) if not n.startswith("_") and n not in helpers
              and not isinstance(getattr(tacitus, n), types.ModuleType)}
    assert public == set(tacitus.__all__) - {"Coder", "Store", "__version__"}


def test_import_does_no_work() -> None:
    """Importing tacitus loads neither spaCy nor DuckDB (no work at import time)."""
    import subprocess
    import sys

    probe = "import sys, tacitus; print('spacy' in sys.modules, 'duckdb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["False", "False"]
