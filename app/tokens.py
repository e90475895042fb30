"""Where a bot token comes from: one ``SLACK_BOT_TOKEN``, or a workspace's installation.

The worker and the web app ask a :class:`TokenSource` for the token of the workspace a
course lives in (``course.team_id``; ``None`` in single-workspace mode), so the same
code posts with the right token whether one workspace or two hundred are installed.

Example::

    tokens = StaticTokens("xoxb-…")
    await tokens.bot_token(None)        # "xoxb-…"
    await tokens.bot_token("T123")      # "xoxb-…" too: one workspace, one token
"""

from __future__ import annotations

from typing import Protocol


class TokenSource(Protocol):
    """The bot token of a workspace, or ``None`` when it is not (or no longer) installed."""

    async def bot_token(self, team_id: str | None) -> str | None: ...


class StaticTokens:
    """Single-workspace mode: every workspace id maps to the one configured token."""

    def __init__(self, token: str) -> None:
        self.token = token

    async def bot_token(self, team_id: str | None) -> str | None:
        return self.token or None
