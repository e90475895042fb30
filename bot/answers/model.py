"""The values the answering service returns: an :class:`Answer` made of :class:`Line` s."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bot.timefmt import local_text

AnswerKind = Literal["answer", "help", "unsure", "decline"]


@dataclass(frozen=True)
class Line:
    """One line of an answer; ``{when}`` in ``text`` is the instant ``when`` (shown by reader)."""

    text: str
    when: datetime | None = None

    def plain(self, zone: object) -> str:
        if self.when is None:
            return self.text
        return self.text.replace("{when}", local_text(self.when, zone))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Suggestion:
    """A close topic offered as a button (``topic`` is the entry key)."""

    label: str
    topic: str


@dataclass(frozen=True)
class Answer:
    """The answer to one question: the fact first, then details, its source and notes.

    ``sensitive`` answers must only be shown to the asker (ephemeral or DM).
    """

    kind: AnswerKind
    lines: tuple[Line, ...]
    topic: str | None = None
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    sensitive: bool = False
    concern: str = ""
    """Set by the safety layer (``self_harm``, ``harassment`` …): never store, never echo."""
    suggestions: tuple[Suggestion, ...] = ()
    confidence: float = 0.0
    unknown: tuple[str, ...] = ()
    dated: bool = False
    """Built from deadline dates (so the stored, possibly moved, deadlines matter)."""

    @property
    def headline(self) -> str:
        return self.lines[0].text if self.lines else ""

    def plain(self, zone: object) -> str:
        """The whole answer as plain text, instants in ``zone`` (tests, logs, benchmarks)."""
        parts = [line.plain(zone) for line in self.lines]
        parts += list(self.notes)
        if self.sources:
            parts.append("Source: " + "; ".join(self.sources))
        if self.suggestions:
            parts.append("Closest topics: " + ", ".join(s.label for s in self.suggestions))
        return "\n".join(parts)


@dataclass(frozen=True)
class Asker:
    """Who asks and where: a private place (DM, ``/ask``) or a channel thread."""

    user_id: str = ""
    private: bool = True


@dataclass(frozen=True)
class DueItem:
    """A dated deadline as stored (the database copy may have been moved by staff)."""

    key: str
    title: str
    due_at: datetime
    time_assumed: bool = False
    facts: tuple[str, ...] = ()
    date_assumed: bool = False  # carried over from an earlier term (new-term), unconfirmed
