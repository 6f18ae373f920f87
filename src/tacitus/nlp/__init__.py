"""Build the spaCy pipeline and read its output: loading, extensions, doc views."""

from tacitus.nlp.pipeline import load_nlp
from tacitus.nlp.view import DocView

__all__ = ["DocView", "load_nlp"]
