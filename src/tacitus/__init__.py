"""Tacitus: political event data from news text — who did what to whom, when and where, and
who said what — coded in CAMEO and PLOVER, offline.

>>> from tacitus import Coder, Article                       # doctest: +SKIP
>>> coder = Coder.load()                                     # doctest: +SKIP
>>> coded = coder.code(Article(id="1", title="…", text="…"))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Cameo",
    "CodedArticle",
    "Coder",
    "Event",
    "Location",
    "Plover",
    "Quote",
    "Settings",
    "Span",
    "Store",
    "TacitusError",
    "__version__",
    "code",
    "from_dict",
    "read_articles",
    "to_dict",
]

from tacitus.config import Settings
from tacitus.documents import read_articles
from tacitus.errors import TacitusError
from tacitus.records import (
    Actor,
    Article,
    Cameo,
    CodedArticle,
    Event,
    Location,
    Plover,
    Quote,
    Span,
    from_dict,
    to_dict,
)

if TYPE_CHECKING:
    from tacitus.coding import Coder
    from tacitus.store import Store


def __getattr__(name: str) -> Any:
    # Coder and Store pull in spaCy and DuckDB: import them only when asked for
    if name == "Coder":
        from tacitus.coding import Coder

        return Coder
    if name == "Store":
        from tacitus.store import Store

        return Store
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")


def code(article: Article, *, settings: Settings | None = None) -> CodedArticle:
    """Code one article with a freshly loaded coder (convenient, slow: reuse a Coder for many)."""
    from tacitus.coding import Coder

    return Coder.load(settings).code(article)
