"""Load a course file into the database: idempotent, and never loses student data.

Example::

    report = await load_course_into(db, course)
    report.changed   # False when the same file is loaded twice
"""

from __future__ import annotations

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


async def ensure_course_loaded(db: Database, course: Course) -> LoadReport | None:
    """Seed a fresh database, or reload when the file changed; None when already current."""
    async with db.session() as session:
        row = await settings_repo.get_course(session=session, course_id=course.id)
        if row is not None and row.content_hash == course.content_hash:
            return None
    return await load_course_into(db, course)
