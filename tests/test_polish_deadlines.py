"""/deadlines all lists every deadline, past ones marked; the default shows what is upcoming."""

from __future__ import annotations

from typing import Any

from tests.conftest import chicago
from tests.slack import SlackTestClient


async def test_all_includes_the_past_and_the_default_does_not(bot: SlackTestClient,
                                                              clock: Any) -> None:
    clock.set(chicago(2021, 11, 10, 10, 0))
    every = bot.text(await bot.command("/deadlines", "all"))
    upcoming = bot.text(await bot.command("/deadlines", ""))
    for title in ("Project team", "Project proposal", "Mid-term report"):
        assert title in every and title not in upcoming
    assert every.count("passed") >= 3 and "Final report" in upcoming
