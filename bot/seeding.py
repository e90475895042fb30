"""Load a course file into the database: idempotent, and never loses student data.

Example::

    report = await load_course_into(db, course)
    report.changed   # False when the same file is loaded twice
"""

from __future__ import annotations

import pathlib
from dataclasses import dataclass, field

from bot.course import Course
from storage.db import Database
from storage.models import DeadlineCreate
from storage.repos import audit as audit_repo
from storage.repos import deadlines as deadline_repo
from storage.repos import settings as settings_repo


@dataclass(frozen=True)
class LoadReport:
    course_id: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    course_changed: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.course_changed or self.created or self.updated or self.cancelled)

    def summary(self) -> str:
        parts = [f"{len(getattr(self, k))} {k}" for k in ("created", "updated", "cancelled",
                                                         "unchanged")]
        return f"course {self.course_id}: deadlines " + ", ".join(parts)


def file_deadlines(course: Course) -> list[DeadlineCreate]:
    """The course file's dated deadlines as rows to store (instants in UTC)."""
    return [
        DeadlineCreate(
            course_id=course.id,
            key=d.key,
            title=d.title,
            kind="course",
            due_at=course.due_at(d),
            time_assumed=d.time_assumed,
            date_assumed=d.date_assumed,
            origin="course_file",
            facts=list(d.facts),
            source=d.source,
        )
        for d in course.deadlines
    ]


async def load_course_into(db: Database, course: Course, *, actor: str = "system",
                           team_id: str | None = None) -> LoadReport:
    """Upsert ``course`` and its dated deadlines in one transaction (``team_id``: the
    workspace of a course copy, kept when the copy is first made)."""
    async with db.session() as session:
        before = await settings_repo.get_course(session=session, course_id=course.id)
        course_changed = before is None or before.content_hash != course.content_hash
        await settings_repo.upsert_course(
            session=session, course_id=course.id, code=course.code, title=course.title,
            term=course.term, timezone=course.timezone, content_hash=course.content_hash,
            source_path=course.source_path, team_id=team_id,
        )
        result = await deadline_repo.sync_file_deadlines(
            session=session, course_id=course.id, deadlines=file_deadlines(course)
        )
        report = LoadReport(course_id=course.id, course_changed=course_changed, **result)
        if report.changed:
            await audit_repo.add_audit(
                session=session, course_id=course.id, actor=actor, action="course.load",
                target=course.source_path,
                new={k: result[k] for k in ("created", "updated", "cancelled")}
                | {"content_hash": course.content_hash},
            )
        return report


@dataclass(frozen=True)
class KeptLoaded:
    """Start-up found the course loaded from another file (a later ``load-course``): the
    stored course is kept, the start-up file is not applied."""

    course_id: str
    stored_path: str
    file_path: str

    def line(self) -> str:
        return (f"course {self.course_id}: kept as loaded from {self.stored_path}; the "
                f"start-up file {self.file_path} differs and was not applied (run "
                f"load-course {self.file_path} to use it)")


def same_source(stored: str, path: str) -> bool:
    """Whether a stored ``source_path`` names the file at ``path`` (an unknown, empty one
    counts as the same: rows from before paths were kept are reloaded as they always were)."""
    if not stored or stored == path:
        return True
    try:
        return pathlib.Path(stored).resolve() == pathlib.Path(path).resolve()
    except OSError:
        return False


async def ensure_course_loaded(db: Database, course: Course) -> LoadReport | KeptLoaded | None:
    """At start-up: seed a fresh database, or reload the file when it changed in place.

    None when the stored course is already this file's content. When the stored course
    came from another file (a ``load-course`` after the last start), it is kept: a
    :class:`KeptLoaded` says so, and nothing changes.
    """
    async with db.session() as session:
        row = await settings_repo.get_course(session=session, course_id=course.id)
        if row is not None and row.content_hash == course.content_hash:
            return None
        if row is not None and not same_source(row.source_path, course.source_path):
            return KeptLoaded(course_id=course.id, stored_path=row.source_path,
                              file_path=course.source_path)
    return await load_course_into(db, course)
