"""/oh hours shows 12-hour times with AM/PM, like the rest of the bot."""

from __future__ import annotations

import re
from typing import Any

from tests.conftest import chicago
from tests.slack import SlackTestClient


async def test_oh_hours_are_12_hour_times(bot: SlackTestClient, runtime: Any) -> None:
    runtime.deps.clock.set(chicago(2021, 9, 15, 14, 0))
    added = bot.text(await bot.command("/oh", "hours add Wed 3-4pm", user_id="U0STAFF"))
    assert "15:00" not in added
    listing = bot.text(await bot.command("/oh", "hours", user_id="U0S001"))
    assert "5:00 PM–6:00 PM" in listing  # the course file's Tue/Thu 17:00–18:00
    assert "3:00 PM–4:00 PM" in listing  # the Slack-added Wed hours
    assert not re.search(r"\b1[3-9]:\d\d\b", listing), listing
