"""Load the spaCy English pipeline that Tacitus codes with."""

from __future__ import annotations

from typing import Any

from tacitus.config import DEFAULT_MODEL
from tacitus.errors import Msg, PipelineError

__all__ = ["load_nlp"]


def load_nlp(model: str = DEFAULT_MODEL, *, components: bool = False) -> Any:
    """Load the spaCy pipeline ``model`` with paragraph-aware sentence splitting.

    With ``components=True`` the Tacitus coder is added at the end, so that
    ``nlp(text)._.tacitus`` holds the coded article (for spaCy users); the library itself calls
    the pure functions and does not need it.
    """
    import spacy

    from tacitus import registrations

    registrations.register()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise PipelineError(Msg.T201.format(model=model, detail=exc)) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(registrations.PARAGRAPHS, before="parser")
    if components:
        nlp.add_pipe("tacitus_coder", last=True)
    return nlp
