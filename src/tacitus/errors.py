"""Every error and warning Tacitus raises, with a stable code.

The tree is small on purpose::

    TacitusError
    ├── InputError            bad records: empty, binary, broken encoding, malformed lines
    ├── KnowledgeError        a package data file or user dictionary cannot be read
    │   └── UnknownCodeError  a CAMEO/PLOVER/actor code that the tables do not hold
    ├── PipelineError         the spaCy pipeline cannot be built
    ├── StoreError            the DuckDB store cannot be opened, migrated or written
    ├── GoldFormatError       an evaluation file cannot be read
    └── RequestError          an HTTP request the service refuses (with its status)

Messages are written from templates in :class:`Msg` so that they can be looked up by code
(``T001``…) in bug reports, the way spaCy's ``Errors`` class does.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "GoldFormatError",
    "InputError",
    "KnowledgeError",
    "Msg",
    "PipelineError",
    "RequestError",
    "StoreError",
    "TacitusError",
    "TacitusWarning",
    "UnknownCodeError",
]


class Msg(StrEnum):
    """Message templates. Format with ``Msg.X.format(**fields)``."""

    # input
    T001 = "[T001] {where}: the record is empty"
    T002 = "[T002] {where}: the file looks binary (NUL bytes), not text"
    T003 = "[T003] {where}: the text is not valid UTF-8 ({detail})"
    T004 = "[T004] {where}: the line is not valid JSON ({detail})"
    T005 = "[T005] {where}: the record has no text field {field!r}"
    T006 = "[T006] {where}: the date {value!r} is not an ISO date (YYYY-MM-DD)"
    T007 = "[T007] {where}: the article is too long ({size} characters; the limit is {limit})"
    T008 = "[T008] {where}: the text does not look like English ({detail})"
    T009 = "[T009] {where}: no such file or directory"
    T010 = "[T010] {where}: the record is not a JSON object"
    T011 = "[T011] {where}: no article text in the HTML page ({detail})"
    T012 = "[T012] {where}: not an RSS or Atom feed ({detail})"
    T013 = "[T013] {where}: no file matches the pattern"
    # knowledge
    T101 = "[T101] {path}:{line}: {detail}"
    T102 = "[T102] unknown CAMEO code {code!r}"
    T103 = "[T103] unknown PLOVER event {event!r}"
    T104 = "[T104] cannot read package data {name!r}: {detail}"
    # pipeline
    T201 = "[T201] cannot load the spaCy model {model!r}: {detail}"
    T202 = "[T202] the Dask cluster failed: {detail}"
    T203 = ("[T203] {where}: coding failed ({kind}: {detail}); the other records went on —"
            " please report it")
    T204 = ("[T204] {where}: the worker process coding this article died (a crash in the"
            " parser or the coder, or it was killed); the other articles went on")
    # store
    T301 = "[T301] cannot open the database {path!r}: {detail}"
    T302 = "[T302] migration {name!r} failed: {detail}"
    T303 = "[T303] unknown export format {name!r}; choose one of {choices}"
    T304 = "[T304] the {fmt} export cannot be made from table {table!r}; choose one of {choices}"
    T305 = "[T305] cannot write {path!r}: {detail}"
    T306 = "[T306] the database {path!r} has no table {table!r}; ingest into it first"
    T307 = "[T307] invalid deduplication rule: {detail}"
    # evaluation
    T401 = "[T401] {path}:{line}: {detail}"
    # service (HTTP API)
    T501 = "[T501] no article with id {id!r}"
    T502 = "[T502] the request body is too large ({size} bytes; the limit is {limit} bytes)"
    T503 = "[T503] invalid request: {detail}"
    T504 = "[T504] no such resource: {path}"
    T505 = "[T505] method {method} is not allowed on {path}"
    T506 = "[T506] internal server error ({kind}); the request was not completed"
    # warnings
    W001 = ("[W001] {where}: unbalanced quotation mark at character {offset}; the quotation is"
            " closed at the end of its paragraph")
    W002 = "[W002] {where}: no date given; event dates are left empty"

    def format(self, *args: object, **kwargs: object) -> str:
        return self.value.format(*args, **kwargs)


class TacitusError(Exception):
    """Base class of every error Tacitus raises on purpose."""


class InputError(TacitusError, ValueError):
    """A record that cannot be coded. The batch it belongs to goes on without it."""


class KnowledgeError(TacitusError):
    """A knowledge file (package data or a user's dictionary) is malformed."""


class UnknownCodeError(KnowledgeError, KeyError):
    """A code that the ontology or the actor tables do not contain."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class PipelineError(TacitusError):
    """The NLP pipeline cannot be built."""


class StoreError(TacitusError):
    """The database cannot be opened, migrated or written."""


class GoldFormatError(TacitusError, ValueError):
    """A gold-standard file cannot be read."""


class RequestError(TacitusError, ValueError):
    """An HTTP request the service refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, *, status: int = 422, code: str = "invalid_request") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class TacitusWarning(UserWarning):
    """Something was coded, but not everything: see the message."""
