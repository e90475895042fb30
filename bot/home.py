"""What a student's App Home shows: upcoming deadlines (their own included), presentation
slots, team status and reminder preferences.

Example::

    summary = await home_summary(db, course, user_id="U1", now=clock.now(), is_staff=False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.course import Course
from bot.deadlines import DeadlineItem, deadline_listing
from bot.presentations import Slot, schedule
from bot.reminders import PrefView, reminder_prefs
from bot.teams import MyTeam, my_team
from storage.db import Database

HOME_DEADLINES = 12
HOME_SLOTS = 8


@dataclass(frozen=True)
class HomeSummary:
    user_id: str
    now: datetime
    deadlines: tuple[DeadlineItem, ...]
    more_deadlines: int
    my_slots: tuple[Slot, ...]
    upcoming_slots: tuple[Slot, ...]
    is_staff: bool = False
    team: MyTeam | None = None
    reminder_prefs: PrefView | None = None
    notes: tuple[str, ...] = field(default=())


async def home_summary(db: Database, course: Course, *, user_id: str, now: datetime,
                       is_staff: bool = False) -> HomeSummary:
    """Collect everything the Home tab shows for ``user_id``."""
    listing = await deadline_listing(db, course, now=now, user_id=user_id)
    slots = await schedule(db, course)
    today = course.today(now)
    mine = tuple(s for s in slots if user_id in s.presenters)
    upcoming = tuple(s for s in slots if s.class_date >= today)[:HOME_SLOTS]
    team = await my_team(db, course, user_id=user_id, now=now)
    prefs = await reminder_prefs(db, course, user_id=user_id, text="", now=now)  # read-only
    return HomeSummary(user_id=user_id, now=now, deadlines=listing.items[:HOME_DEADLINES],
                       more_deadlines=listing.more + max(0, len(listing.items) - HOME_DEADLINES),
                       my_slots=mine, upcoming_slots=upcoming, is_staff=is_staff, team=team,
                       reminder_prefs=prefs)
