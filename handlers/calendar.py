"""``/deadlines calendar [reset]``: the course feed and the student's own feed."""

from __future__ import annotations

from app.deps import Deps
from bot.calendar_feed import calendar_links
from handlers import blocks


async def calendar_command(deps: Deps, *, user_id: str, reset: bool) -> blocks.Reply:
    """The reply to ``/deadlines calendar``: both links (a fresh personal one on reset)."""
    links = await calendar_links(deps.db, deps.course, user_id=user_id,
                                 base_url=deps.settings.public_base_url,
                                 now=deps.clock.now(), reset=reset)
    lines = []
    if reset:
        lines.append("Your old personal calendar link no longer works; here is a new one.")
    lines += [f"*Course calendar* (every deadline and class): {links.course_url}",
              f"*Your calendar* (the course plus your own deadlines and presentations; keep "
              f"it private): {links.personal_url}",
              "Subscribe by URL in Google Calendar (Other calendars › From URL), Apple "
              "Calendar or Outlook; a moved deadline moves there too.",
              "`/deadlines calendar reset` revokes your personal link."]
    if not links.base_configured:
        lines.append("_The bot's public address (PUBLIC_BASE_URL) is not set, so these are "
                     "paths only; ask the course staff._")
    return blocks.text_reply("\n".join(lines))
