"""Course settings changed from chat, and the few rules built on them: a leaf module.

Everyone who reads a setting imports its key from here (staff tools, presentations,
reminders, the calendar feed), so no feature module has to import another for a name.
The channel rule lives here once: the channel staff set with ``/course channel`` wins
over ``COURSE_CHANNEL_ID``.

Example::

    async with db.session() as session:
        channel = await course_channel(session, course, default=settings.course_channel_id)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot import deadline_keys
from bot.course import Course
from storage.repos import settings as settings_repo

CHANNEL_KEY = "announcement_channel"
"""The course channel staff set with ``/course channel`` (a channel id)."""
CANCELLED_CLASSES_KEY = "cancelled_classes"
"""The class dates staff cancelled (ISO dates, sorted)."""
REVIEWS = deadline_keys.REVIEWS
"""The course file's relative deadline every student owes for a presented class."""


def reviews_key(class_date: date) -> str:
    """The key of the course-wide reviews deadline of the class of ``class_date``."""
    return f"{REVIEWS}:{class_date.isoformat()}"


async def course_channel(session: Any, course: Course, *, default: str) -> str:
    """The course channel: the one staff set (``/course channel``), else ``default``
    (``COURSE_CHANNEL_ID``); empty when neither is set."""
    stored = await settings_repo.get_setting(session=session, course_id=course.id,
                                             key=CHANNEL_KEY)
    return str(stored) if stored else default


async def cancelled_class_dates(session: Any, course: Course) -> list[date]:
    """The class dates staff cancelled, in order."""
    stored = await settings_repo.get_setting(session=session, course_id=course.id,
                                             key=CANCELLED_CLASSES_KEY) or []
    return sorted(date.fromisoformat(v) for v in stored)
