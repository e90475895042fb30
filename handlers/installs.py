"""Slack's install events (several workspaces): ``app_uninstalled`` and ``tokens_revoked``.

Both delete the workspace's stored tokens at once; the workspace's course data follows
after ``UNINSTALL_GRACE_DAYS`` (``bot.workspaces``). In single-workspace mode the token is
the deployment's own setting and nothing is stored, so these events change nothing.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from slack_bolt.async_app import AsyncApp

from app.deps import Deps
from bot import workspaces

# manifest names of the events we subscribe to
BOT_EVENTS: tuple[str, ...] = ("app_uninstalled", "tokens_revoked")


def _grace(deps: Deps) -> timedelta:
    return timedelta(days=deps.settings.uninstall_grace_days)


async def app_uninstalled(context: dict[str, Any]) -> None:
    deps: Deps = context["deps"]
    if not deps.settings.oauth_enabled:
        return
    await workspaces.uninstalled(deps.db, team_id=context.get("team_id") or "",
                                 enterprise_id=context.get("enterprise_id"),
                                 now=deps.clock.now(), grace=_grace(deps))


async def tokens_revoked(event: dict[str, Any], context: dict[str, Any]) -> None:
    deps: Deps = context["deps"]
    if not deps.settings.oauth_enabled:
        return
    tokens = event.get("tokens") or {}
    users = [str(u) for u in tokens.get("oauth") or [] if u]
    await workspaces.tokens_revoked(deps.db, team_id=context.get("team_id") or "",
                                    enterprise_id=context.get("enterprise_id"),
                                    now=deps.clock.now(), grace=_grace(deps), user_ids=users,
                                    bot=bool(tokens.get("bot")))


def register(app: AsyncApp) -> None:
    app.event("app_uninstalled")(app_uninstalled)
    app.event("tokens_revoked")(tokens_revoked)
