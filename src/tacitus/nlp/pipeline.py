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
    _adjust_tokenizer(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(registrations.PARAGRAPHS, before="parser")
    if components:
        nlp.add_pipe("tacitus_coder", last=True)
    return nlp


# A hyphen right after an abbreviation's full stop joins a name to a participle ("U.S.-brokered",
# "U.N.-backed"); the stock tokenizer keeps the whole as one adjective, so the name is lost.
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"

# Words whose hyphen belongs to the word: split, "de-escalate" reads as an adjective "de", a
# hyphen and a noun modifier "escalate", and the verb is gone.
_WHOLE_HYPHENATED = (
    "de-escalate", "de-escalates", "de-escalated", "de-escalating", "de-escalation",
)


# Abbreviated ranks and titles the stock tokenizer splits from their full stop ("Maj." as
# "Maj" and "."), which can end the sentence inside a speaker's name: "…," the military's
# spokesman, Maj. Gen. Zaw Min Tun, said.
_TITLE_ABBREVIATIONS = (
    "Maj.", "Col.", "Lt.", "Capt.", "Sgt.", "Brig.", "Cmdr.", "Cpl.", "Pvt.", "Amb.", "Supt.",
    "Insp.", "Gens.", "Atty.", "Msgr.", "Lt.-Gen.", "Maj.-Gen.", "Lt.-Col.", "Brig.-Gen.",
    "Lt.-Cmdr.",
)


def _adjust_tokenizer(nlp: Any) -> None:
    """Split a hyphen after an abbreviation, keep "de-escalate" whole and a rank's
    abbreviation with its full stop (see above)."""
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    infixes = [*nlp.Defaults.infixes, _ABBREVIATION_HYPHEN]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for word in _WHOLE_HYPHENATED:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])
    for title in _TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(title, [{ORTH: title}])
