"""Who is acting: a Slack user and their role in this course, resolved once per request.

Every state-changing service takes an :class:`Actor` and decides by itself what that
actor may do; handlers never do. A refusal is returned as data (a code and a reason),
and recorded in the audit log by the service.

Example::

    actor = Actor(user_id="U123", role=Role.STUDENT)
    if not actor.is_staff:
        ...  # refuse
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """A user's role in one course."""

    STUDENT = "student"
    """Anyone in the workspace who is not staff of this course (the course channel's
    members are its roster, but a DM from anyone is answered as a student)."""
    STAFF = "staff"
    """Instructor or TA: ``STAFF_USER_IDS``, the course file's staff, or added from chat."""


@dataclass(frozen=True, slots=True)
class Actor:
    """The user behind one request.

    Example::

        >>> Actor("U1", Role.STAFF).is_staff
        True
    """

    user_id: str
    role: Role = Role.STUDENT

    @property
    def is_staff(self) -> bool:
        return self.role is Role.STAFF
