"""A presentation (or a class cancellation) on a no-class day is refused with the reason."""

from __future__ import annotations

from typing import Any

from tests.conftest import STUDENT, chicago
from tests.slack import SlackTestClient


async def test_present_on_a_break_day_names_the_break(bot: SlackTestClient, runtime: Any) -> None:
    runtime.deps.clock.set(chicago(2021, 9, 10, 10, 0))
    reply = bot.text(await bot.command("/course", f'present <@{STUDENT}> Nov 23 "A paper"',
                                       user_id="U0STAFF"))
    assert "Tue Nov 23, 2021" in reply and "Thanksgiving break" in reply, reply
    assert "Tue Nov 30" in reply  # and still the nearest classes
    weekend = bot.text(await bot.command("/course", f'present <@{STUDENT}> Sep 11 "A paper"',
                                         user_id="U0STAFF"))
    assert "not a class day" in weekend and "Tue" in weekend and "Thu" in weekend, weekend
    cancel = bot.text(await bot.command("/course", "cancel-class Nov 25", user_id="U0STAFF"))
    assert "Thanksgiving break" in cancel, cancel
