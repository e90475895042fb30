"""A student's own data (``/privacy``), and the end of a term (``course-bot archive``).

* :func:`my_data`: what the bot holds about the actor in this course, as plain values.
* :func:`export`: the same, as a JSON file sent to the actor's DM (an outbox upload written
  in the same transaction as its audit row).
* :func:`delete`: removes the actor's preferences, looking-for-team entry, open
  invitations, calendar feed token, open questions, office-hours place, roster row, course
  choice, and the text of the DMs delivered to them. Registered-team
  membership, presentations and audit rows are kept (:data:`KEPT`): staff grade from them.
  Nothing happens until the actor confirms (``confirmed=True``).
* :func:`archive_course`: the term is over. Reminders stop (pending ones are cancelled and
  no new ones are planned), teams are frozen (:mod:`bot.teams` refuses every change with
  ``archived``), and after ``RETENTION_DAYS`` :func:`anonymise_due` replaces every user id
  in the course by a pseudonym and clears free text.

Every service acts on the actor's *own* data: there is no parameter naming someone else,
so staff cannot read or delete another student's data through it.

Example::

    view = await my_data(db, course, actor=Actor("U1"))
    outcome = await delete(db, course, actor=Actor("U1"), now=now, confirmed=True)
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.actor import Actor
from bot.answers import faq
from bot.course import Course
from bot.outbox import FILE_UPLOAD, HOME_REFRESH, Message
from bot.teams import service as team_service
from storage import uow
from storage.db import Database
from storage.repos import audit as audit_repo
from storage.repos import privacy as privacy_repo

EXPORT_KIND = "privacy.export"

KEPT: tuple[tuple[str, str], ...] = (
    ("team", "your registered team membership and its history: the course staff grade the "
             "project by team"),
    ("presentations", "your presentation assignments: they are graded"),
    ("audit", "the audit log of changes you made: staff need it to see how a roster or a "
              "grade record came about"),
)
"""What ``/privacy delete`` keeps, with why; all of it is anonymised when the course is
archived and ``RETENTION_DAYS`` have passed."""


class Code(StrEnum):
    SHOWN = "shown"
    EXPORTED = "exported"
    CONFIRM = "confirm"  # delete asked: what would go, what stays
    DELETED = "deleted"
    NOTHING = "nothing"  # delete confirmed, nothing was held


@dataclass(frozen=True)
class Membership:
    team: str
    team_status: str
    state: str  # invited | accepted | declined | left | removed
    invited_by: str
    since: datetime | None
    ended_at: datetime | None


@dataclass(frozen=True)
class MyData:
    """Everything the bot holds about one user in one course."""

    user_id: str
    course_id: str
    archived: bool
    memberships: tuple[Membership, ...] = ()
    looking: str | None = None  # interests, when on the board
    reminders: dict[str, Any] | None = None  # enabled, leads, muted, tz
    pending_reminders: int = 0
    calendar_token: bool = False
    calendar_since: datetime | None = None
    office_hours: tuple[dict[str, Any], ...] = ()
    questions: tuple[dict[str, Any], ...] = ()
    presentations: tuple[dict[str, Any], ...] = ()
    personal_deadlines: tuple[dict[str, Any], ...] = ()
    seen_at: datetime | None = None
    audit_rows: int = 0
    """Changes the user made (not refused attempts, not rows their own /privacy wrote)."""
    messages: int = 0
    archived_at: datetime | None = None
    refused_rows: int = 0
    delivered_with_content: int = 0
    """Delivered DMs to the user whose text is still stored (delete clears it)."""
    course_choice: bool = False

    @property
    def invitations(self) -> tuple[Membership, ...]:
        return tuple(m for m in self.memberships if m.state == "invited")

    @property
    def team(self) -> Membership | None:
        return next((m for m in self.memberships if m.state == "accepted"), None)

    def deletable(self) -> dict[str, int]:
        """What ``/privacy delete`` would remove, by part (only the parts held)."""
        parts = {
            "reminder_prefs": int(self.reminders is not None),
            "looking_for_team": int(self.looking is not None),
            "invitations": len(self.invitations),
            "calendar_token": int(self.calendar_token),
            "open_questions": sum(1 for q in self.questions if q["status"] == "open"),
            "office_hours_waiting": sum(1 for e in self.office_hours
                                        if e["status"] in ("waiting", "held")),
            "roster": int(self.seen_at is not None),
            "delivered_messages": self.delivered_with_content,
            "course_choice": int(self.course_choice),
        }
        return {k: v for k, v in parts.items() if v}

    def as_json(self) -> dict[str, Any]:
        """The export: plain JSON (instants as ISO-8601 UTC). The calendar token itself is
        a secret and never leaves the database; the export says whether one exists."""
        data = asdict(self)
        data["memberships"] = [asdict(m) for m in self.memberships]
        data["kept_for_grading"] = [{"what": k, "why": why} for k, why in KEPT]
        return _jsonable(data)


@dataclass(frozen=True)
class Outcome:
    ok: bool
    code: Code
    data: MyData
    values: dict[str, Any] = field(default_factory=dict)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


async def _read(session: Any, course: Course, user_id: str) -> MyData:
    rows = await privacy_repo.user_rows(session=session, course_id=course.id, user_id=user_id)
    archived = await privacy_repo.archived_since(session=session, course_id=course.id)
    pref = rows.pref
    token = rows.calendar_tokens[0] if rows.calendar_tokens else None
    return MyData(
        user_id=user_id, course_id=course.id, archived=archived is not None,
        memberships=tuple(Membership(team=t.name if t else f"#{m.team_id}",
                                     team_status=t.status if t else "", state=m.state,
                                     invited_by=m.invited_by, since=m.joined_at or m.invited_at,
                                     ended_at=m.ended_at)
                          for m, t in rows.memberships),
        looking=rows.seeker.interests if rows.seeker else None,
        reminders=None if pref is None else {"enabled": pref.enabled, "leads": list(pref.leads),
                                             "muted": list(pref.muted), "time_zone": pref.tz},
        pending_reminders=rows.pending_reminders,
        calendar_token=token is not None, calendar_since=token.created_at if token else None,
        office_hours=tuple({"status": e.status, "topic": e.topic, "joined_at": e.joined_at,
                            "ended_at": e.ended_at} for e in rows.oh_entries),
        questions=tuple({"id": q.id, "text": q.text, "status": q.status, "asked_at": q.asked_at}
                        for q in rows.questions),
        presentations=tuple({"class_date": p.class_date, "paper": p.paper_title}
                            for p in rows.presentations),
        personal_deadlines=tuple({"title": d.title, "due_at": d.due_at}
                                 for d in rows.personal_deadlines),
        seen_at=rows.seen_at, audit_rows=rows.audit_rows, messages=rows.messages,
        archived_at=archived, refused_rows=rows.refused_rows,
        delivered_with_content=rows.delivered_with_content, course_choice=rows.course_choice,
    )


async def my_data(db: Database, course: Course, *, actor: Actor) -> MyData:
    """``/privacy``: what the bot holds about the actor (their own data only)."""
    async with db.session() as session:
        return await _read(session, course, actor.user_id)


async def export(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    """``/privacy export``: the actor's data as a JSON file in their DM (via the outbox)."""

    async def op(tx: uow.Tx) -> Outcome:
        data = await _read(tx.session, course, actor.user_id)
        filename = f"my-data-{course.id}.json"
        content = json.dumps(data.as_json(), ensure_ascii=False, indent=2, sort_keys=True)
        await audit_repo.add_audit(session=tx.session, course_id=course.id, actor=actor.user_id,
                                   action="privacy.export", target=actor.user_id, at=now)
        tx.send(Message(kind=FILE_UPLOAD, to=actor.user_id, data={
            "filename": filename, "content": content, "export": EXPORT_KIND,
            "title": f"What course-bot holds about you · {course.code} {course.term}",
            "comment": "Your data in this course, as JSON (`/privacy` explains each part)."},
            key=f"{EXPORT_KIND}:{actor.user_id}:{now.isoformat(timespec='microseconds')}"))
        return Outcome(ok=True, code=Code.EXPORTED, data=data, values={"filename": filename})

    return await uow.run(db, course_id=course.id, op=op)


async def delete(db: Database, course: Course, *, actor: Actor, now: datetime,
                 confirmed: bool) -> Outcome:
    """``/privacy delete`` (``confirmed=False``: say what would go and what stays) and
    ``/privacy delete confirm`` (remove it, in one transaction with its audit row)."""
    if not confirmed:
        data = await my_data(db, course, actor=actor)
        return Outcome(ok=True, code=Code.CONFIRM, data=data,
                       values={"parts": data.deletable(), "kept": list(KEPT)})

    async def op(tx: uow.Tx) -> Outcome:
        before = await _read(tx.session, course, actor.user_id)
        declined = await team_service.decline_all_in(tx, course, user_id=actor.user_id,
                                                     now=now)
        done = await privacy_repo.delete_user_data(session=tx.session, course_id=course.id,
                                                   user_id=actor.user_id, at=now)
        parts = {**before.deletable(), **({"invitations": declined} if declined else {})}
        if not declined:
            parts.pop("invitations", None)
        # the audit row says what kind of data went, never the data itself
        await audit_repo.add_audit(session=tx.session, course_id=course.id, actor=actor.user_id,
                                   action="privacy.delete", target=actor.user_id,
                                   new={"removed": parts, "rows": done}, at=now)
        tx.send(Message(kind=HOME_REFRESH, to=actor.user_id))
        after = await _read(tx.session, course, actor.user_id)
        return Outcome(ok=True, code=Code.DELETED if parts else Code.NOTHING, data=after,
                       values={"parts": parts, "kept": list(KEPT)})

    outcome = await uow.run(db, course_id=course.id, op=op)
    faq.forget_asker(db, course_id=course.id, user_id=actor.user_id)
    return outcome


# ----------------------------------------------------------------------------- archive
@dataclass(frozen=True)
class ArchiveReport:
    course_id: str
    ok: bool
    archived_at: datetime | None = None
    already: bool = False
    cancelled_reminders: int = 0
    cancelled_messages: int = 0
    closed_sessions: int = 0
    anonymise_after: datetime | None = None
    problem: str = ""

    def line(self) -> str:
        if not self.ok:
            return f"course {self.course_id}: {self.problem}"
        when = self.archived_at.isoformat() if self.archived_at else "?"
        after = self.anonymise_after.isoformat() if self.anonymise_after else "?"
        head = "already archived at" if self.already else "archived at"
        return (f"course {self.course_id}: {head} {when}; {self.cancelled_reminders} pending "
                f"reminders and {self.cancelled_messages} queued messages cancelled; "
                f"{self.closed_sessions} office-hours sessions closed, no more opened; "
                f"teams frozen; personal data anonymised after {after} "
                "by `course-bot archive --anonymise-due` (run it daily)")


@dataclass(frozen=True)
class AnonymiseReport:
    course_id: str
    counts: dict[str, int]

    def line(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        return f"course {self.course_id}: personal data anonymised ({parts})"


async def archive_course(db: Database, course_id: str, *, now: datetime, actor: str,
                         retention_days: int) -> ArchiveReport:
    """End the term of ``course_id``: stop reminders, queued messages and office hours,
    freeze teams, mark it archived (once)."""

    async def op(tx: uow.Tx) -> ArchiveReport:
        before = await privacy_repo.archived_since(session=tx.session, course_id=course_id)
        try:
            cancelled = await privacy_repo.mark_archived(session=tx.session, course_id=course_id,
                                                         at=now)
        except LookupError:
            return ArchiveReport(course_id, ok=False, problem="no such course in this database "
                                 "(load it first with `course-bot load-course`)")
        messages, sessions = await privacy_repo.stop_activity(session=tx.session,
                                                              course_id=course_id, at=now)
        at = before or now
        if before is None:
            await audit_repo.add_audit(session=tx.session, course_id=course_id, actor=actor,
                                       action="course.archive", target=course_id,
                                       new={"cancelled_reminders": cancelled,
                                            "cancelled_messages": messages,
                                            "closed_sessions": sessions,
                                            "retention_days": retention_days}, at=now)
        return ArchiveReport(course_id, ok=True, archived_at=at, already=before is not None,
                             cancelled_reminders=cancelled, cancelled_messages=messages,
                             closed_sessions=sessions,
                             anonymise_after=at + timedelta(days=retention_days))

    return await uow.run(db, course_id=course_id, op=op)


def _pseudonymiser() -> Any:
    """A fresh random key per pass, never stored: the same id gets the same pseudonym in
    every table of the pass, and nobody can recompute the link afterwards."""
    key = secrets.token_bytes(32)

    def pseudonym(user_id: str) -> str:
        return "anon-" + hashlib.blake2b(user_id.encode(), key=key, digest_size=6).hexdigest()

    return pseudonym


async def anonymise_due(db: Database, *, now: datetime,
                        retention_days: int) -> list[AnonymiseReport]:
    """Anonymise every course archived at least ``retention_days`` before ``now`` and not yet
    anonymised (idempotent: ``course-bot archive --anonymise-due``, run daily from cron)."""
    async with db.session() as session:
        due = await privacy_repo.due_for_anonymising(
            session=session, archived_before=now - timedelta(days=retention_days))
    reports = []
    for course_id in due:
        pseudonym = _pseudonymiser()

        async def op(tx: uow.Tx, course_id: str = course_id,
                     pseudonym: Any = pseudonym) -> AnonymiseReport:
            counts = await privacy_repo.anonymise_course(session=tx.session, course_id=course_id,
                                                         pseudonym=pseudonym, at=now)
            await audit_repo.add_audit(session=tx.session, course_id=course_id, actor="system",
                                       action="course.anonymise", target=course_id,
                                       new=counts, at=now)
            return AnonymiseReport(course_id, counts)

        reports.append(await uow.run(db, course_id=course_id, op=op))
    return reports
