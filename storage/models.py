"""SQLModel tables. Every table carries ``course_id``; every instant is aware UTC.

Models are layered as in the FastAPI template: ``XBase`` holds the shared fields,
``X`` is the table, ``XCreate`` is what a caller hands to a repository function.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime, utcnow


def _instant(*, nullable: bool = False, index: bool = False) -> Any:
    return Field(sa_type=UTCDateTime, nullable=nullable, index=index)


class CourseRow(SQLModel, table=True):
    """A course this deployment serves, as last loaded from its course file."""

    __tablename__ = "course"
    __table_args__ = (Index("ix_course_plan_dirty", "id",
                            sqlite_where=text("plan_version <> planned_version"),
                            postgresql_where=text("plan_version <> planned_version")),)

    id: str = Field(primary_key=True, max_length=64)
    team_id: str | None = Field(default=None, max_length=32, index=True)
    """The Slack workspace this copy of the course lives in; ``None`` in single-workspace
    mode. Every course-scoped row carries ``course_id``, so it is keyed by workspace too."""
    code: str = Field(max_length=64)
    title: str = Field(max_length=255)
    term: str = Field(max_length=64)
    timezone: str = Field(max_length=64)
    content_hash: str = Field(max_length=64)
    source_path: str = Field(default="", max_length=1024)
    loaded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    archived_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    """When ``course-bot archive`` ended the term: reminders stop, teams are frozen."""
    anonymised_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    """When the course's personal data was anonymised (``RETENTION_DAYS`` after archiving)."""
    plan_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    """Bumped (by database triggers, in the changing transaction) whenever an input of the
    reminder plan changes: a deadline, a reminder preference, a course setting, the course
    file's hash or the archive mark."""
    planned_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    """The ``plan_version`` the stored reminder plan was last made from; the two differ
    while the course needs a re-plan (one indexed query finds those courses)."""


class DeadlineBase(SQLModel):
    course_id: str = Field(foreign_key="course.id", max_length=64, index=True)
    key: str = Field(max_length=128)
    title: str = Field(max_length=255)
    kind: str = Field(default="course", max_length=16)  # course | personal
    user_id: str | None = Field(default=None, max_length=32, index=True)
    due_at: datetime = Field(sa_type=UTCDateTime)
    time_assumed: bool = False
    date_assumed: bool = False  # the date is carried over from an earlier term (new-term)
    origin: str = Field(default="course_file", max_length=16)  # course_file | staff | presentation
    status: str = Field(default="active", max_length=16)  # active | cancelled
    facts: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    source: str = Field(default="", max_length=255)


class Deadline(DeadlineBase, table=True):
    """A dated deadline: from the course file, added by staff, or derived per student."""

    __table_args__ = (
        UniqueConstraint("course_id", "key", name="uq_deadline_course_key"),
        Index("ix_deadline_course_due", "course_id", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class DeadlineCreate(DeadlineBase):
    pass


class AuditLog(SQLModel, table=True):
    """Who changed what, when: every staff action and every refused attempt."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_course_at", "course_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    actor: str = Field(max_length=32)
    action: str = Field(max_length=64)
    target: str = Field(default="", max_length=255)
    old: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    new: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ProcessedEvent(SQLModel, table=True):
    """Slack deliveries already handled, so a retried event has no second effect."""

    __tablename__ = "processed_event"
    __table_args__ = (UniqueConstraint("course_id", "event_id", name="uq_processed_event"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    event_id: str = Field(max_length=128)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


# ----------------------------------------------------------------------------- teams
_ACCEPTED = "state = 'accepted'"
_OPEN = "state IN ('invited', 'accepted')"
_LIVE_TEAM = "status != 'dissolved'"


class Team(SQLModel, table=True):
    """A project team: ``pending`` until every member accepted, then ``registered``."""

    __table_args__ = (
        # team names are unique within a course among teams that still exist
        Index("uq_team_course_name", "course_id", "name_key", unique=True,
              sqlite_where=text(_LIVE_TEAM), postgresql_where=text(_LIVE_TEAM)),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64, index=True)
    name: str = Field(max_length=80)
    name_key: str = Field(max_length=80)  # casefolded, spaces collapsed
    project_title: str = Field(default="", max_length=200)
    status: str = Field(default="pending", max_length=16)  # pending | registered | dissolved
    created_by: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    registered_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


class TeamMember(SQLModel, table=True):
    """One person's place on a team: invited, accepted, declined, left or removed."""

    __tablename__ = "team_member"
    __table_args__ = (
        # nobody is an accepted member of two teams (the database says so, not only the code)
        Index("uq_team_member_one_team", "course_id", "user_id", unique=True,
              sqlite_where=text(_ACCEPTED), postgresql_where=text(_ACCEPTED)),
        # nobody is invited to (or on) the same team twice
        Index("uq_team_member_open", "team_id", "user_id", unique=True,
              sqlite_where=text(_OPEN), postgresql_where=text(_OPEN)),
        Index("ix_team_member_course_user", "course_id", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    team_id: int = Field(foreign_key="team.id", index=True)
    user_id: str = Field(max_length=32)
    state: str = Field(default="invited", max_length=16)  # invited|accepted|declined|left|removed
    invited_by: str = Field(default="", max_length=32)
    invited_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    joined_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


class TeamSeeker(SQLModel, table=True):
    """A student on the ``/team board``: looking for teammates, with their interests."""

    __tablename__ = "team_seeker"
    __table_args__ = (UniqueConstraint("course_id", "user_id", name="uq_team_seeker"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    user_id: str = Field(max_length=32)
    interests: str = Field(default="", max_length=300)
    since: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SeenUser(SQLModel, table=True):
    """Every student the bot has met (ran a command, was named, clicked), for the roster."""

    __tablename__ = "seen_user"
    __table_args__ = (UniqueConstraint("course_id", "user_id", name="uq_seen_user"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    user_id: str = Field(max_length=32)
    first_seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


_DUE = "status IN ('pending', 'claimed')"


class Reminder(SQLModel, table=True):
    """One planned reminder: a deadline × kind × target × lead time, posted at most once.

    ``status``: pending → claimed (a worker holds a lease) → sent | failed; pending rows
    may also end as skipped (superseded by a later lead, or the deadline passed) or
    cancelled (the deadline, preference or target went away).
    """

    __table_args__ = (
        UniqueConstraint("course_id", "deadline_key", "kind", "target", "lead",
                         name="uq_reminder_plan"),
        # the due work: a small index however large the plan grows (sent rows leave it)
        Index("ix_reminder_due", "send_at", sqlite_where=text(_DUE),
              postgresql_where=text(_DUE)),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    deadline_key: str = Field(max_length=128)
    kind: str = Field(max_length=16)  # channel | personal | team_nudge
    target: str = Field(max_length=32)  # a channel id or a user id
    lead: str = Field(max_length=16)  # "7d", "3h"
    due_at: datetime = Field(sa_type=UTCDateTime)
    send_at: datetime = Field(sa_type=UTCDateTime)
    status: str = Field(default="pending", max_length=16)
    claimed_by: str | None = Field(default=None, max_length=128)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    attempts: int = 0
    slack_ts: str | None = Field(default=None, max_length=64)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    error: str = Field(default="", max_length=255)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReminderPref(SQLModel, table=True):
    """A student's personal reminder settings (``/reminders``)."""

    __tablename__ = "reminder_pref"
    __table_args__ = (UniqueConstraint("course_id", "user_id", name="uq_reminder_pref_user"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    user_id: str = Field(max_length=32)
    enabled: bool = False
    leads: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    muted: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    tz: str = Field(default="", max_length=64)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# ---------------------------------------------------------------- staff tools (/course)


class StaffMember(SQLModel, table=True):
    """A staff member added from chat (``/course staff add``), beside settings and course file."""

    __tablename__ = "staff_member"
    __table_args__ = (UniqueConstraint("course_id", "user_id", name="uq_staff_member"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    user_id: str = Field(max_length=32)
    added_by: str = Field(max_length=32)
    added_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PendingAction(SQLModel, table=True):
    """A staff change echoed for confirmation; confirmed or cancelled in a later request."""

    __tablename__ = "pending_action"
    __table_args__ = (Index("ix_pending_action_actor", "course_id", "actor", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    actor: str = Field(max_length=32)
    action: str = Field(max_length=64)  # deadline.add | deadline.move | deadline.cancel | ...
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="pending", max_length=16)  # pending|confirmed|cancelled|expired
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


class CourseSetting(SQLModel, table=True):
    """A value staff set from chat (the announcement channel, cancelled classes)."""

    __tablename__ = "course_setting"
    __table_args__ = (UniqueConstraint("course_id", "key", name="uq_course_setting"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    key: str = Field(max_length=64)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    updated_by: str = Field(default="", max_length=32)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Presentation(SQLModel, table=True):
    """One presenter of one paper in one class (a class usually has 2 or 3)."""

    __table_args__ = (
        UniqueConstraint("course_id", "user_id", "class_date", name="uq_presentation"),
        Index("ix_presentation_course_date", "course_id", "class_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    user_id: str = Field(max_length=32)
    class_date: date
    paper_title: str = Field(max_length=500)
    assigned_by: str = Field(max_length=32)
    assigned_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CalendarToken(SQLModel, table=True):
    """The secret in a student's personal calendar URL; revoked by ``/deadlines calendar reset``."""

    __tablename__ = "calendar_token"
    __table_args__ = (Index("ix_calendar_token_user", "course_id", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    user_id: str = Field(max_length=32)
    token: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


_OUTBOX_DUE = "status IN ('pending', 'claimed')"


class OutboxMessage(SQLModel, table=True):
    """One message a committed change caused, waiting for (or done with) delivery.

    Written in the same transaction as the change (``storage.uow``), rendered and sent
    by the delivery worker. ``status``: pending → claimed (a worker holds a lease until
    ``lease_until``) → sent (with Slack's ``slack_ts``) | failed (with Slack's reason).
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("uq_outbox_key", "course_id", "dedupe_key", unique=True,
              sqlite_where=text("dedupe_key IS NOT NULL"),
              postgresql_where=text("dedupe_key IS NOT NULL")),
        Index("ix_outbox_due", "available_at", sqlite_where=text(_OUTBOX_DUE),
              postgresql_where=text(_OUTBOX_DUE)),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(max_length=64)
    kind: str = Field(max_length=64)
    recipient: str = Field(max_length=32)  # a user id (DM) or a channel id
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    dedupe_key: str | None = Field(default=None, max_length=255)
    status: str = Field(default="pending", max_length=16)
    available_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    claimed_by: str | None = Field(default=None, max_length=128)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    attempts: int = 0
    slack_ts: str | None = Field(default=None, max_length=64)
    error: str = Field(default="", max_length=255)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


# ----------------------------------------------------------------------------- office hours
_OH_ACTIVE = "status IN ('waiting', 'called', 'held')"


class OhSession(SQLModel, table=True):
    """One office-hours session: opened by staff (``/oh open``) or by the schedule."""

    __tablename__ = "oh_session"
    __table_args__ = (Index("ix_oh_session_course_status", "course_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    status: str = Field(default="open", max_length=16)  # open | closed
    hosts: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    link: str = Field(default="", max_length=512)
    origin: str = Field(default="staff", max_length=16)  # staff | schedule
    opened_by: str = Field(default="", max_length=64)
    opened_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    closes_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    closed_by: str = Field(default="", max_length=64)


class OhSlot(SQLModel, table=True):
    """A scheduled office-hours window the schedule has already acted on (once each)."""

    __tablename__ = "oh_slot"
    __table_args__ = (UniqueConstraint("course_id", "slot_key", name="uq_oh_slot"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    slot_key: str = Field(max_length=160)
    session_id: int | None = Field(default=None, foreign_key="oh_session.id")
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OhEntry(SQLModel, table=True):
    """A student's place in the office-hours queue.

    ``status``: waiting → called (a staff member pulled them) → done | no_show; or
    left (they left), closed (the session closed while they waited), held (they kept
    their place for the next session), skipped back to waiting once. A student has at
    most one active (waiting/called/held) entry per course. Order: ``(queued_at, id)``.
    """

    __tablename__ = "oh_entry"
    __table_args__ = (
        Index("uq_oh_entry_active", "course_id", "user_id", unique=True,
              sqlite_where=text(_OH_ACTIVE), postgresql_where=text(_OH_ACTIVE)),
        Index("ix_oh_entry_queue", "course_id", "status", "queued_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    session_id: int | None = Field(default=None, foreign_key="oh_session.id")
    user_id: str = Field(max_length=32)
    topic: str = Field(default="", max_length=500)
    status: str = Field(default="waiting", max_length=16)
    joined_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    waiting_since: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    queued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    called_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    called_by: str = Field(default="", max_length=32)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    skips: int = 0


class OhHours(SQLModel, table=True):
    """Office hours staff added from chat (``/oh hours add Wed 3-4pm``)."""

    __tablename__ = "oh_hours"

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64, index=True)
    user_id: str = Field(max_length=32)
    weekday: int  # 0 = Monday, in the course time zone
    start: str = Field(max_length=5)  # "HH:MM" course-local
    end: str = Field(max_length=5)
    link: str = Field(default="", max_length=512)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    removed_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


# ----------------------------------------------------------------------------- questions / FAQ
_OPEN_QUESTION = "status = 'open'"


class Question(SQLModel, table=True):
    """A student's question the bot declined or was unsure about, kept for the staff.

    Sensitive messages are never stored here (the safety layer answers them first).
    ``status``: open → answered (``faq_id`` is the entry the answer became) | dismissed.
    """

    __tablename__ = "question"
    __table_args__ = (
        Index("ix_question_open", "course_id", "id", sqlite_where=text(_OPEN_QUESTION),
              postgresql_where=text(_OPEN_QUESTION)),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    user_id: str = Field(max_length=32)
    text: str = Field(max_length=2000)
    reason: str = Field(max_length=16)  # decline | unsure
    status: str = Field(default="open", max_length=16)
    asked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    answered_by: str | None = Field(default=None, max_length=32)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    faq_id: int | None = Field(default=None)


class FaqEntry(SQLModel, table=True):
    """A staff answer to a student question, used for similar questions later.

    Cited as "Course staff, <date of the last edit>"; ``retired`` entries are never used.
    """

    __tablename__ = "faq_entry"
    __table_args__ = (Index("ix_faq_course", "course_id", "retired"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    question: str = Field(max_length=2000)
    answer: str = Field(max_length=4000)
    author: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_by: str = Field(default="", max_length=32)
    retired: bool = False


# ----------------------------------------------------------------------------- installations
# Several workspaces (OAuth install). Token columns hold Fernet ciphertext, never a token:
# ``app.installations`` encrypts on the way in and decrypts on the way out. "" stands for
# "no enterprise" / "no team" so the unique constraints hold (NULLs never collide).


class SlackBot(SQLModel, table=True):
    """A workspace's bot: its (encrypted) token, the latest one installed or rotated."""

    __tablename__ = "slack_bot"
    __table_args__ = (
        UniqueConstraint("client_id", "enterprise_id", "team_id", name="uq_slack_bot_workspace"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: str = Field(max_length=64)
    app_id: str = Field(default="", max_length=32)
    enterprise_id: str = Field(default="", max_length=32)
    enterprise_name: str = Field(default="", max_length=255)
    team_id: str = Field(default="", max_length=32, index=True)
    team_name: str = Field(default="", max_length=255)
    bot_id: str = Field(default="", max_length=32)
    bot_user_id: str = Field(default="", max_length=32)
    bot_scopes: str = Field(default="", max_length=1024)
    bot_token: str = Field(max_length=2048)  # Fernet ciphertext
    bot_refresh_token: str | None = Field(default=None, max_length=2048)  # ciphertext
    bot_token_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime,
                                                  nullable=True)
    is_enterprise_install: bool = False
    installed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SlackInstallation(SQLModel, table=True):
    """Who installed the app in a workspace, with their (encrypted) user token if any;
    the bot's own token is in :class:`SlackBot`."""

    __tablename__ = "slack_installation"
    __table_args__ = (
        UniqueConstraint("client_id", "enterprise_id", "team_id", "user_id",
                         name="uq_slack_installation_user"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: str = Field(max_length=64)
    app_id: str = Field(default="", max_length=32)
    enterprise_id: str = Field(default="", max_length=32)
    enterprise_name: str = Field(default="", max_length=255)
    enterprise_url: str = Field(default="", max_length=255)
    team_id: str = Field(default="", max_length=32, index=True)
    team_name: str = Field(default="", max_length=255)
    user_id: str = Field(max_length=32)
    user_scopes: str = Field(default="", max_length=1024)
    user_token: str | None = Field(default=None, max_length=2048)  # ciphertext
    user_refresh_token: str | None = Field(default=None, max_length=2048)  # ciphertext
    user_token_expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime,
                                                   nullable=True)
    token_type: str = Field(default="", max_length=16)
    is_enterprise_install: bool = False
    installed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OAuthState(SQLModel, table=True):
    """An install's ``state`` parameter: issued by ``/slack/install``, consumed once by
    ``/slack/oauth_redirect`` before it expires."""

    __tablename__ = "oauth_state"

    state: str = Field(primary_key=True, max_length=128)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class SlackWorkspace(SQLModel, table=True):
    """A workspace's install history: installed, or uninstalled with its course data kept
    until ``purge_after`` (``UNINSTALL_GRACE_DAYS``), then purged. Reinstalling within the
    grace period sets it back to installed and nothing is deleted."""

    __tablename__ = "slack_workspace"
    __table_args__ = (Index("ix_slack_workspace_purge", "status", "purge_after"),)

    team_id: str = Field(primary_key=True, max_length=32)
    enterprise_id: str = Field(default="", max_length=32)
    status: str = Field(default="installed", max_length=16)  # installed | uninstalled | purged
    installed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    uninstalled_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    purge_after: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    purged_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    purged_rows: int = 0


class ChannelCourse(SQLModel, table=True):
    """A channel bound to one course copy (``/course setup``): requests from it go there."""

    __tablename__ = "channel_course"

    team_id: str = Field(primary_key=True, max_length=32)
    """The workspace; ``""`` in single-workspace mode."""
    channel_id: str = Field(primary_key=True, max_length=32)
    course_id: str = Field(foreign_key="course.id", max_length=64, index=True)
    bound_by: str = Field(max_length=32)
    bound_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CourseChoice(SQLModel, table=True):
    """The course a user picked for their DMs and unbound channels (asked once, or
    ``/course use``)."""

    __tablename__ = "course_choice"

    team_id: str = Field(primary_key=True, max_length=32)
    user_id: str = Field(primary_key=True, max_length=32)
    course_id: str = Field(foreign_key="course.id", max_length=64)
    chosen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
