"""Every spaCy registration Tacitus makes, in one place (as spaCy's own registrations.py).

Importing this module registers nothing; call :func:`register` (idempotent). The names carry a
version so that a saved pipeline keeps working when a component's behaviour changes.
"""

from __future__ import annotations

from typing import Any

__all__ = ["register"]

PARAGRAPHS = "tacitus_paragraphs"


def register() -> None:
    """Register the Tacitus pipeline components with spaCy (safe to call twice)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    from tacitus.nlp.paragraphs import mark_paragraphs

    for name in ("tacitus", "tacitus_date"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=mark_paragraphs)
    if not Language.has_factory("tacitus_coder"):
        Language.factory("tacitus_coder", func=_make_coder)


def _make_coder(nlp: Any, name: str) -> Any:
    from tacitus.coding import DocCoder

    return DocCoder(nlp)
