"""What a change queued in the outbox, rendered as the delivery worker would send it.

Until the delivery worker is wired into the test app, tests assert on the queued rows:
each comes back as ``{"kind", "channel", "data", **rendered}`` (``rendered``: the
renderer's ``chat.postMessage`` arguments), so ``bot.text(message)`` reads it.
"""

from __future__ import annotations

from typing import Any

from bot.outbox import FILE_UPLOAD, HOME_REFRESH
from handlers.render.registry import load_all, render
from storage.repos import outbox as outbox_repo
from tests.slack import SlackTestClient


async def queued(bot: SlackTestClient, kind: str | None = None) -> list[dict[str, Any]]:
    """The course's undelivered outbox messages (of ``kind`` when given), oldest first."""
    async with bot.runtime.db.session() as session:
        rows = await outbox_repo.pending(session=session, course_id=bot.runtime.deps.course.id)
    load_all()
    found = []
    for row in rows:
        if kind is not None and row.kind != kind:
            continue
        message: dict[str, Any] = {"kind": row.kind, "channel": row.recipient, "data": row.data}
        if row.kind not in {HOME_REFRESH, FILE_UPLOAD}:
            message.update(render(row.kind, row.data, bot.runtime.deps))
        found.append(message)
    return found
