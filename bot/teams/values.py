"""The plain values the team services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from bot.actor import Role

Field = Literal["members", "name", "title", ""]


@dataclass(frozen=True)
class Person:
    """Someone named in a request, as Slack describes them (looked up by the handler).

    ``checked`` is False when Slack could not be asked (timeout, outage): such a person
    is not added to anything. ``role`` comes from :meth:`app.deps.Deps.is_staff`.
    """

    user_id: str
    exists: bool = True
    is_bot: bool = False
    deleted: bool = False
    checked: bool = True
    role: Role = Role.STUDENT


@dataclass(frozen=True)
class Contact:
    """What the export shows of a person (from Slack's profile)."""

    display_name: str = ""
    email: str = ""


@dataclass(frozen=True)
class MemberView:
    user_id: str
    state: str  # invited | accepted
    joined_at: datetime | None
    invited_by: str = ""


@dataclass(frozen=True)
class TeamView:
    id: int
    name: str
    status: str  # pending | registered | dissolved
    project_title: str
    created_by: str
    members: tuple[MemberView, ...] = ()

    @property
    def accepted(self) -> list[str]:
        return [m.user_id for m in self.members if m.state == "accepted"]

    @property
    def invited(self) -> list[str]:
        return [m.user_id for m in self.members if m.state == "invited"]

    def snapshot(self) -> dict[str, Any]:
        """JSON values for an outbox message (see :meth:`from_snapshot`)."""
        return {"id": self.id, "name": self.name, "status": self.status,
                "project_title": self.project_title, "created_by": self.created_by,
                "accepted": self.accepted, "invited": self.invited}

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> TeamView:
        members = tuple(MemberView(u, "accepted", None) for u in data.get("accepted") or ()) \
            + tuple(MemberView(u, "invited", None) for u in data.get("invited") or ())
        return cls(id=int(data.get("id") or 0), name=str(data.get("name", "")),
                   status=str(data.get("status", "")),
                   project_title=str(data.get("project_title", "")),
                   created_by=str(data.get("created_by", "")), members=members)


@dataclass(frozen=True)
class Outcome:
    """What one action did: ``message`` for the actor (the messages to everyone else are in
    the outbox, committed with the change). A refusal has ``ok=False`` and a ``code``:
    ``staff_only``, ``locked`` or ``rule``."""

    ok: bool
    message: str
    team: TeamView | None = None
    locked_at: datetime | None = None  # set when refused because teams are locked
    field: Field = ""  # the modal field a refusal is about
    code: str = ""


@dataclass(frozen=True)
class MyTeam:
    team: TeamView | None
    invitations: tuple[TeamView, ...]
    locked_at: datetime
    locked: bool


@dataclass(frozen=True)
class Overview:
    teams: tuple[TeamView, ...]
    without_team: tuple[str, ...]
    locked_at: datetime
    warning: str = ""


@dataclass(frozen=True)
class Roster:
    """The course's students as the handler could read them from Slack: ``members`` of
    the course channel, the ``excluded`` (bots, deactivated accounts, the bot itself) and
    a ``warning`` when the channel could not be read."""

    members: tuple[str, ...] = ()
    excluded: frozenset[str] = frozenset()
    warning: str = ""


@dataclass(frozen=True)
class ExportRow:
    team: str
    status: str
    user_id: str
    joined_at: datetime | None


@dataclass(frozen=True)
class Seeker:
    user_id: str
    interests: str
    since: datetime


@dataclass(frozen=True)
class Suggestion:
    user_ids: tuple[str, ...]
    reason: str


class Refusal(Exception):
    """A rule said no: the message is for the user (already safe for mrkdwn).

    Read services (the overview, suggestions) raise it to their caller after the refusal
    is audited; changing services return it as an :class:`Outcome` with ``ok=False``.
    """

    def __init__(self, message: str, *, field: Field = "", locked_at: datetime | None = None,
                 code: str = "rule") -> None:
        super().__init__(message)
        self.message, self.field, self.locked_at = message, field, locked_at
        self.code = "locked" if locked_at is not None else code
