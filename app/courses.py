"""Which course a request is for: the course files this deployment serves and, per
workspace, its copies of them; channels bound with ``/course setup``; each user's choice.

Single-workspace mode (``SLACK_BOT_TOKEN``, no OAuth) keeps the course files' own ids
(``cs598-fall2021``): a request from a bound channel goes to that channel's course, any
other to the user's course, and with one course loaded everything goes to it, as before.
With OAuth, the first ``/course setup`` in a workspace makes that workspace's own copy of
the file (id ``<file id>~<team id>``: its own deadlines, teams, reminders and staff).

Example::

    registry = CourseRegistry(settings, db, clock, default=course)
    await registry.refresh()                     # the files and copies in the database
    found = await registry.resolve("T1", "C1", "U1")   # a Deps, or the courses to ask about
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from app.config import Settings
from app.deps import Deps
from bot.clock import Clock
from bot.course import Course, CourseFileError, load_course
from bot.tenancy import COPY_SEPARATOR
from storage.db import Database

logger = logging.getLogger("course_bot")

_CHANNEL_TABLES, _CHOICE_TABLES = ("channel_course",), ("course_choice",)


def copy_id(file_id: str, team_id: str | None) -> str:
    """The id of ``team_id``'s copy of a course file (the file's own id without one)."""
    return file_id if not team_id else f"{file_id}{COPY_SEPARATOR}{team_id}"


def file_id_of(course_id: str) -> str:
    return course_id.split(COPY_SEPARATOR, 1)[0]


async def _no_installer(team_id: str) -> str | None:
    return None


@dataclass(frozen=True)
class NoCourse:
    """A workspace with no course set up yet (OAuth installs): nothing to answer from."""

    team: str


NO_COURSE_TEXT = ("This workspace has no course set up yet. Staff: run "
                  "`/course setup <course-id>` in the course's channel.")


@dataclass(frozen=True)
class Choice:
    """A request from a user in several courses with no course chosen yet: ask which."""

    team: str
    courses: tuple[Course, ...]


class CourseRegistry:
    """The course files loaded and the course copies of every workspace, each with its Deps."""

    def __init__(self, settings: Settings, db: Database, clock: Clock, *, default: Course,
                 files: tuple[Course, ...] = (), per_workspace: bool | None = None) -> None:
        self.settings, self.db, self.clock = settings, db, clock
        self.default = default
        self.installer_of: Callable[[str], Awaitable[str | None]] = _no_installer
        """The user who installed the app in a workspace (the OAuth installation store's
        ``installer_user_id``); may set up channels there."""
        self.per_workspace = (settings.oauth_enabled if per_workspace is None
                              else per_workspace)
        self.files: dict[str, Course] = {c.id: c for c in (default, *files)}
        self._deps: dict[str, Deps] = {}
        self._team: dict[str, str | None] = {}
        self._channel: dict[str, str] = {}
        self.archived: set[str] = set()
        """Courses whose term ended (``course-bot archive``): never offered to new students."""
        for course in (default, *files):
            self._add(course, None)

    # ------------------------------------------------------------------ the courses
    def _add(self, course: Course, team_id: str | None, channel: str = "") -> Deps:
        deps = Deps(settings=self.settings, db=self.db, clock=self.clock, course=course,
                    channel=channel or self._channel.get(course.id, ""), courses=self,
                    inherit_channel=course.id == self.default.id)
        self._deps[course.id] = deps
        self._team[course.id] = team_id
        return deps

    def team_key(self, team_id: str | None) -> str | None:
        """The workspace a request's ``team_id`` keys courses by (None: single-workspace)."""
        return (team_id or None) if self.per_workspace else None

    def key(self, team_id: str | None) -> str:
        """How channel bindings and choices name the workspace (``""``: single-workspace)."""
        return self.team_key(team_id) or ""

    def deps(self, course_id: str) -> Deps | None:
        return self._deps.get(course_id)

    @property
    def default_deps(self) -> Deps:
        return self._deps[self.default.id]

    def team_of(self, course_id: str) -> str | None:
        return self._team.get(course_id)

    def all(self) -> list[Deps]:
        return list(self._deps.values())

    def in_workspace(self, team_id: str | None) -> list[Deps]:
        team = self.team_key(team_id)
        return [d for cid, d in self._deps.items() if self._team[cid] == team]

    def open_in_workspace(self, team_id: str | None) -> list[Deps]:
        """:meth:`in_workspace` without the archived courses (what new students are offered)."""
        return [d for d in self.in_workspace(team_id) if d.course.id not in self.archived]

    def copy_for(self, file_id: str, team_id: str | None) -> Course | None:
        """``team_id``'s copy of a loaded course file (not stored yet), or None."""
        wanted = self.deps(copy_id(file_id, self.team_key(team_id)))
        if wanted is not None:
            return wanted.course
        base = self.files.get(file_id_of(file_id))
        if base is None:
            return None
        team = self.team_key(team_id)
        return base if team is None else base.model_copy(update={"id": copy_id(base.id, team)})

    def add_copy(self, course: Course, team_id: str | None) -> Deps:
        """Serve ``course`` (already stored) in ``team_id``'s workspace from now on."""
        known = self.deps(course.id)
        return known if known is not None else self._add(course, self.team_key(team_id))

    def set_channel(self, course_id: str, channel_id: str) -> None:
        """A course's channel (its first bound channel); the first course file keeps
        ``COURSE_CHANNEL_ID``."""
        if self._channel.get(course_id) or course_id == self.default.id:
            return
        self._channel[course_id] = channel_id
        deps = self.deps(course_id)
        if deps is not None:
            self._add(deps.course, self._team.get(course_id), channel_id)

    async def refresh(self) -> None:
        """Serve every course stored in the database: files loaded with ``load-course``
        and the workspaces' copies (a file that no longer loads is logged and skipped)."""
        from storage.repos import tenancy as repo

        async with self.db.session() as session:
            rows = await repo.all_courses(session=session)
            firsts = await repo.first_channels(session=session)
        channels = {cid: [ch] for cid, ch in firsts.items() if cid != self.default.id}
        self.archived = {row.id for row in rows if row.archived_at is not None}
        for row in rows:
            if row.id in self._deps:
                if channels.get(row.id):
                    self.set_channel(row.id, channels[row.id][0])
                continue
            base = self.files.get(file_id_of(row.id))
            if base is None:
                try:
                    base = load_course(row.source_path or None)
                except (CourseFileError, OSError) as exc:
                    logger.warning("course %s: its file %s does not load: %s", row.id,
                                   row.source_path, exc)
                    continue
                if base.id != file_id_of(row.id):
                    continue
                self.files[base.id] = base
            course = base if row.id == base.id else base.model_copy(update={"id": row.id})
            if channels.get(row.id):
                self._channel[row.id] = channels[row.id][0]
            self._add(course, row.team_id)

    # ------------------------------------------------------------------ one request
    async def resolve(self, team_id: str | None, channel_id: str | None,
                      user_id: str | None) -> Deps | Choice | NoCourse:
        """The course of a request: its channel's, else the user's one (or chosen) course;
        a :class:`Choice` when the user is in several and has not chosen."""
        from storage.repos import tenancy as repo

        candidates = self.in_workspace(team_id)
        if not candidates and self.team_key(team_id) is not None:
            return NoCourse(team=self.key(team_id))
        if len(self._deps) == 1 or not candidates:
            return self.default_deps
        key = self.key(team_id)
        if channel_id:
            bound = await self._lookup(("channel_course", key, channel_id), _CHANNEL_TABLES,
                                       lambda s: repo.bound_course(session=s, team_id=key,
                                                                   channel_id=channel_id))
            if bound and (found := self.deps(bound)) is not None:
                return found
        fresh = [d for d in candidates if d.course.id not in self.archived]
        if len(candidates) == 1:
            return candidates[0]
        if not user_id and len(fresh) == 1:
            return fresh[0]
        if user_id:
            chosen = await self._lookup(("course_choice", key, user_id), _CHOICE_TABLES,
                                        lambda s: repo.chosen_course(session=s, team_id=key,
                                                                     user_id=user_id))
            if chosen and (found := self.deps(chosen)) is not None:
                return found
            async with self.db.session() as session:
                seen = await repo.courses_seen(session=session, user_id=user_id,
                                               course_ids=[d.course.id for d in candidates])
            mine = [d for d in candidates
                    if d.course.id in seen or d.is_configured_staff(user_id)]
            if len(mine) == 1:
                return mine[0]
            if not mine and len(fresh) == 1:  # a new student: not the archived ones
                return fresh[0]
            candidates = mine or fresh or candidates
        return Choice(team=key, courses=tuple(d.course for d in candidates))

    async def _lookup(self, key: tuple[str, ...], tables: tuple[str, ...],
                      load: Callable[[Any], Awaitable[str | None]]) -> str | None:
        """A course id bound to a channel or chosen by a user, through the query cache
        (dropped when ``tables`` are written, by any process: ``storage.cache``)."""
        return await self.db.cache.get(key, tables=tables, load=load)

    async def courses_of(self, team_id: str | None, user_id: str) -> list[Deps]:
        """The courses of the workspace ``user_id`` is in (seen, staff, or chose), for Home."""
        from storage.repos import tenancy as repo

        candidates = self.in_workspace(team_id)
        if len(candidates) <= 1:
            return candidates
        async with self.db.session() as session:
            chosen = await repo.chosen_course(session=session, team_id=self.key(team_id),
                                              user_id=user_id)
            seen = await repo.courses_seen(session=session, user_id=user_id,
                                           course_ids=[d.course.id for d in candidates])
            mine = [d for d in candidates if d.course.id in seen or d.course.id == chosen
                    or d.is_configured_staff(user_id)]
        return mine or candidates[:1]
