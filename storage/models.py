"""SQLModel tables. Every table carries ``course_id``; every instant is aware UTC.

Models are layered as in the FastAPI template: ``XBase`` holds the shared fields,
``X`` is the table, ``XCreate`` is what a caller hands to a repository function.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime, utcnow


def _instant(*, nullable: bool = False, index: bool = False) -> Any:
    return Field(sa_type=UTCDateTime, nullable=nullable, index=index)


class CourseRow(SQLModel, table=True):
    """A course this deployment serves, as last loaded from its course file."""

    __tablename__ = "course"

    id: str = Field(primary_key=True, max_length=64)
    code: str = Field(max_length=64)
    title: str = Field(max_length=255)
    term: str = Field(max_length=64)
    timezone: str = Field(max_length=64)
    content_hash: str = Field(max_length=64)
    source_path: str = Field(default="", max_length=1024)
    loaded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class DeadlineBase(SQLModel):
    course_id: str = Field(foreign_key="course.id", max_length=64, index=True)
    key: str = Field(max_length=128)
    title: str = Field(max_length=255)
    kind: str = Field(default="course", max_length=16)  # course | personal
    user_id: str | None = Field(default=None, max_length=32, index=True)
    due_at: datetime = Field(sa_type=UTCDateTime)
    time_assumed: bool = False
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
