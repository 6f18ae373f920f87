"""Quotations: who said what — direct, indirect and mixed — attributed to coded actors."""

from tacitus.quotes.extract import Cues, QuoteResult, extract_quotes, headline_quote, load_cues
from tacitus.quotes.marks import Quoted, find_quoted

__all__ = [
    "Cues",
    "QuoteResult",
    "Quoted",
    "extract_quotes",
    "find_quoted",
    "headline_quote",
    "load_cues",
]
