"""The plain values the team services take and return."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
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


class Code(StrEnum):
    """Every outcome a team service can report (the table the renderer must cover:
    ``handlers.render.team`` says each one; a test fails if one has no wording).

    ``values`` carry what to say: user ids as plain ids (``user``, ``users``, ``by``),
    team names raw (``team``, ``old``, ``from_team``), counts, and, for codes that end
    with the team's status, ``status``/``accepted``/``invited`` (see :func:`status_values`).
    """

    # refusals: who may act, and when
    STAFF_ONLY = "staff_only"  # verb
    ARCHIVED = "archived"  # archived_at: the term ended (`course-bot archive`), teams are frozen
    LOCKED = "locked"  # (Outcome.locked_at)
    # refusals: the people named
    NOT_CHECKED = "not_checked"  # user: Slack could not be asked
    NOT_FOUND_IN_SLACK = "not_found_in_slack"  # user
    DEACTIVATED = "deactivated"  # user
    IS_BOT = "is_bot"  # user
    STAFF_NOT_MEMBERS = "staff_not_members"  # users
    NO_TEAMMATES = "no_teammates"
    BAD_SIZE = "bad_size"  # count, min, max, including_you
    MEMBERS_TAKEN = "members_taken"  # taken: [{user, team, status}]
    INVITEES_TAKEN = "invitees_taken"  # taken: [{user, team, status}]
    # refusals: names, titles, teams
    NAME_BLANK = "name_blank"
    NAME_TOO_LONG = "name_too_long"  # max
    NAME_NUMBER = "name_number"
    NAME_TAKEN = "name_taken"  # team, look_alike
    NAME_MISSING = "name_missing"
    TITLE_TOO_LONG = "title_too_long"  # max
    TEAM_NOT_FOUND = "team_not_found"  # ref
    TEAM_GONE = "team_gone"
    # refusals: membership
    ALREADY_ON_TEAM = "already_on_team"  # team, status (registering)
    ALREADY_ON_TEAM_ACCEPT = "already_on_team_accept"  # team (accepting)
    ON_TEAM_USE_LEAVE = "on_team_use_leave"  # team (declining your own team)
    NO_INVITATION = "no_invitation"  # team ("" when none was named)
    SEVERAL_INVITATIONS = "several_invitations"  # choices (names, or ids when gone), verb
    NOT_ON_TEAM = "not_on_team"  # usage ("" unless staff)
    NO_TEAM_YET = "no_team_yet"  # users (whom the sender tried to invite)
    INVITED_YOURSELF = "invited_yourself"  # team
    ADD_WHICH_TEAM = "add_which_team"
    NOBODY_NAMED = "nobody_named"
    TOO_MANY = "too_many"  # team, max, count
    UNINVITE_NOBODY = "uninvite_nobody"
    NO_OPEN_INVITATION = "no_open_invitation"  # users, team
    INVITED_BY_OTHER = "invited_by_other"  # user, by
    NOT_MEMBER = "not_member"  # users, team
    MERGE_SAME = "merge_same"
    MERGE_TOO_BIG = "merge_too_big"  # from_team, team, max, count
    ON_REGISTERED_TEAM = "on_registered_team"  # team (the board)
    # done
    REGISTERED_BY_STAFF = "registered_by_staff"  # team, users
    REGISTERED_PENDING = "registered_pending"  # team, users (the invitees)
    DECLINED = "declined"  # team
    ON_TEAM = "on_team"  # team, status (a repeated accept)
    ALREADY_ANSWERED = "already_answered"
    JOINED = "joined"  # team + status values
    LEFT = "left"  # team + status values
    RENAMED = "renamed"  # old, team
    TITLED = "titled"  # team, title ("" when cleared)
    ALREADY_INVITED = "already_invited"  # team
    ADDED = "added"  # users, team + status values
    INVITED = "invited"  # users, team + status values
    UNINVITED = "uninvited"  # users, team + status values
    REMOVED = "removed"  # users, team + status values
    DISSOLVED = "dissolved"  # team, users (its members)
    MERGED = "merged"  # from_team, team + status values
    EXPORTED = "exported"  # members, teams, filename
    BOARD_OFF = "board_off"
    BOARD_NOT_ON = "board_not_on"
    BOARD_ON = "board_on"  # interests


def status_values(view: TeamView) -> dict[str, Any]:
    """The values that say where a team stands (rendered as its status line)."""
    return {"status": view.status, "accepted": view.accepted, "invited": view.invited}


@dataclass(frozen=True)
class Outcome:
    """What one action did, for the actor: a :class:`Code` and the plain ``values`` to say
    it with (the messages to everyone else are in the outbox, committed with the change).
    A refusal has ``ok=False``; ``kind`` groups refusals: ``staff_only``, ``locked`` or
    ``rule``."""

    ok: bool
    code: Code
    values: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    team: TeamView | None = None
    locked_at: datetime | None = None  # set when refused because teams are locked
    field: Field = ""  # the modal field a refusal is about

    @property
    def kind(self) -> str:
        return refusal_kind(self.code)


def refusal_kind(code: str) -> str:
    return code if code in (Code.STAFF_ONLY, Code.LOCKED) else "rule"


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
    """A proposed team. ``reason``: ``joins_pending`` (``team`` names it),
    ``similar_interests``, ``both_on_board``, ``both_without_team`` or ``alone``;
    ``third`` when a third student was added so nobody is left alone."""

    user_ids: tuple[str, ...]
    reason: str
    team: str = ""
    third: bool = False


class Refusal(Exception):
    """A rule said no: a :class:`Code` and the plain ``values`` the handler words it with.

    Read services (the overview, suggestions) raise it to their caller after the refusal
    is audited; changing services return it as an :class:`Outcome` with ``ok=False``.
    """

    def __init__(self, code: Code, values: Mapping[str, Any] | None = None, *,
                 field: Field = "", locked_at: datetime | None = None) -> None:
        self.code = Code.LOCKED if locked_at is not None else code
        super().__init__(str(self.code))
        self.values: Mapping[str, Any] = dict(values or {})
        self.field, self.locked_at = field, locked_at

    @property
    def kind(self) -> str:
        return refusal_kind(self.code)

    def outcome(self) -> Outcome:
        return Outcome(ok=False, code=self.code, values=self.values, locked_at=self.locked_at,
                       field=self.field)
