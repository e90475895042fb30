"""What every listener needs, injected once into each request's context (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.config import Settings
from bot.actor import Actor, Role
from bot.clock import Clock
from bot.course import Course
from storage.db import Database


@dataclass(frozen=True)
class Deps:
    """The settings, store, clock and course of one running bot.

    Example::

        deps = Deps(settings=Settings(), db=Database(url), clock=SystemClock(), course=course)
        await deps.is_staff("U123")
    """

    settings: Settings
    db: Database
    clock: Clock
    course: Course
    channel: str = ""
    """The course's channel when it is not ``COURSE_CHANNEL_ID`` (a course copy's first
    channel bound with ``/course setup``)."""
    inherit_channel: bool = True
    """Fall back to ``COURSE_CHANNEL_ID`` (the first course file); other courses have only
    the channels bound to them, so they never post into the first course's channel."""
    courses: Any = None
    """The :class:`app.courses.CourseRegistry` of the deployment (``None`` in tests that
    build a bare ``Deps``): ``/course setup`` and ``/course use`` reach other courses."""

    @property
    def course_channel_id(self) -> str:
        if self.channel or not self.inherit_channel:
            return self.channel
        return self.settings.course_channel_id

    async def actor(self, user_id: str) -> Actor:
        """The :class:`~bot.actor.Actor` behind a request, resolved once per request."""
        return Actor(user_id, Role.STAFF if await self.is_staff(user_id) else Role.STUDENT)

    async def is_staff(self, user_id: str) -> bool:
        """Staff are ``STAFF_USER_IDS``, the Slack ids named in the course file, and those
        added from chat (``/course staff add``, the ``staff_member`` table)."""
        if self.is_configured_staff(user_id):
            return True
        from storage.repos import staff as staff_repo

        async with self.db.session() as session:
            return await staff_repo.is_staff_member(session=session, course_id=self.course.id,
                                                    user_id=user_id)

    def configured_staff_ids(self) -> frozenset[str]:
        """Staff from ``STAFF_USER_IDS`` and the course file (cannot be removed from chat).

        The one place this rule lives (:func:`bot.tenancy.configured_staff`:
        ``STAFF_USER_IDS`` are not staff of a workspace's own copy); the ``staff_member``
        table adds the others."""
        from bot.tenancy import configured_staff

        return configured_staff(self.course, frozenset(self.settings.staff_user_ids))

    async def staff_ids(self) -> set[str]:
        """Every staff member's Slack id, by the same rule as :meth:`is_staff`."""
        from storage.repos import staff as staff_repo

        async with self.db.session() as session:
            rows = await staff_repo.list_staff_members(session=session, course_id=self.course.id)
        return set(self.configured_staff_ids()) | {r.user_id for r in rows}

    def is_configured_staff(self, user_id: str) -> bool:
        """Staff from ``STAFF_USER_IDS`` or the course file (cannot be removed from chat)."""
        return user_id in self.configured_staff_ids()
