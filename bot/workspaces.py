"""A workspace's install lifecycle (several workspaces, OAuth): what an uninstall deletes
at once, and what it deletes after the grace period.

- ``app_uninstalled``, or ``tokens_revoked`` naming the bot: the workspace's tokens are
  deleted at once (every installer's too), and its course data is scheduled for deletion
  after ``UNINSTALL_GRACE_DAYS``. The two events can arrive in either order; the first
  one sets the date.
- ``tokens_revoked`` naming only users: those users' tokens are deleted; nothing else.
- Installing again within the grace period cancels the deletion (the installation store
  records the install in the same transaction as the tokens).
- :func:`purge_due` (the worker, about hourly) deletes the data of every workspace whose
  grace period is over, and logs one line per workspace with what it deleted.

The events come from Slack itself, not from a user, so there is no :class:`Actor`: Slack
signs them, and they only ever concern the workspace that sent them.

Example::

    outcome = await uninstalled(db, team_id="T1", enterprise_id="", now=now,
                                grace=timedelta(days=30))
    outcome.purge_after          # now + 30 days
    await purge_due(db, now=now + timedelta(days=31))   # [Purge(team_id="T1", rows=...)]
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from storage.db import Database
from storage.repos import installations as repo

logger = logging.getLogger("course_bot.workspaces")


@dataclass(frozen=True)
class Uninstall:
    """What an uninstall (or a revoked bot token) did."""

    team_id: str
    tokens_deleted: int
    purge_after: datetime | None
    """When the workspace's course data goes; None when only user tokens were revoked."""


@dataclass(frozen=True)
class Purge:
    """One workspace whose course data was deleted after its grace period."""

    team_id: str
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


async def uninstalled(db: Database, *, team_id: str, enterprise_id: str | None, now: datetime,
                      grace: timedelta) -> Uninstall:
    """``app_uninstalled``: delete every token of the workspace and schedule its purge."""
    return await _revoke(db, team_id=team_id, enterprise_id=enterprise_id, now=now,
                         grace=grace, user_ids=None, bot=True, why="the app was uninstalled")


async def tokens_revoked(db: Database, *, team_id: str, enterprise_id: str | None, now: datetime,
                         grace: timedelta, user_ids: list[str], bot: bool) -> Uninstall:
    """``tokens_revoked``: delete the named users' tokens; a revoked bot token is an
    uninstall (the bot can no longer act there)."""
    return await _revoke(db, team_id=team_id, enterprise_id=enterprise_id, now=now,
                         grace=grace, user_ids=None if bot else user_ids, bot=bot,
                         why="its bot token was revoked" if bot else "user tokens were revoked")


async def _revoke(db: Database, *, team_id: str, enterprise_id: str | None, now: datetime,
                  grace: timedelta, user_ids: list[str] | None, bot: bool,
                  why: str) -> Uninstall:
    if not team_id:
        return Uninstall(team_id=team_id, tokens_deleted=0, purge_after=None)
    purge_after: datetime | None = None
    async with db.session() as session:
        deleted = await repo.delete_installations(session=session, enterprise_id=enterprise_id,
                                                  team_id=team_id, user_ids=user_ids)
        if bot:
            deleted += await repo.delete_bot(session=session, enterprise_id=enterprise_id,
                                             team_id=team_id)
            row = await repo.mark_uninstalled(session=session, team_id=team_id,
                                              enterprise_id=enterprise_id or "", at=now,
                                              purge_after=now + grace)
            purge_after = row.purge_after
    if bot:
        logger.info("workspace %s: %s; %d token records deleted; its course data will be "
                    "deleted after %s", team_id, why, deleted,
                    purge_after.isoformat() if purge_after else "?")
    else:
        logger.info("workspace %s: %s; %d token records deleted", team_id, why, deleted)
    return Uninstall(team_id=team_id, tokens_deleted=deleted, purge_after=purge_after)


async def purge_due(db: Database, *, now: datetime) -> list[Purge]:
    """Delete the course data of every workspace uninstalled longer than its grace
    period; one transaction per workspace, one log line each."""
    async with db.session() as session:
        due = await repo.due_purges(session=session, now=now)
    done: list[Purge] = []
    for team_id in due:
        async with db.session() as session:
            rows = await repo.purge_workspace(session=session, team_id=team_id, now=now)
        if rows is None:  # reinstalled meanwhile
            continue
        purge = Purge(team_id=team_id, rows=rows)
        detail = ", ".join(f"{name} {n}" for name, n in sorted(rows.items())) or "nothing kept"
        logger.info("workspace %s: course data deleted after the uninstall grace period: "
                    "%d rows (%s)", team_id, purge.total, detail)
        done.append(purge)
    return done
