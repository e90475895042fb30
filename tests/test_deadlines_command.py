"""/deadlines through the real endpoint: signed request in, Block Kit ack out."""

from __future__ import annotations

import re

from tests.conftest import chicago
from tests.slack import SlackTestClient


async def test_upcoming_from_sep_13(bot: SlackTestClient) -> None:
    response = await bot.command("/deadlines")
    assert response.status_code == 200
    body = response.json()
    assert body["response_type"] == "ephemeral"
    text = bot.text(response)
    assert "Project team" in text and "Fri, Sep 17, 2021 at 11:59 PM CDT" in text
    assert "Project proposal" in text and "Fri, Oct 1, 2021 at 11:59 PM CDT" in text
    assert "in 4 days" in text
    # each time is a <!date^…> token with a course-time fallback
    tokens = re.findall(r"<!date\^(\d+)\^\{date_short_pretty\} at \{time\}\|([^>]+)>",
                        str(body["blocks"]))
    assert ("1631941140", "Fri, Sep 17, 2021 at 11:59 PM CDT") in tokens


async def test_all_lists_four_dated_deadlines_in_order(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/deadlines", "all"))
    titles = ["Project team", "Project proposal", "Mid-term report", "Final report"]
    positions = [text.index(t) for t in titles]
    assert positions == sorted(positions)


async def test_window_across_dst_change(bot: SlackTestClient, clock) -> None:
    clock.set(chicago(2021, 11, 1, 12, 0))
    text = bot.text(await bot.command("/deadlines", "next 6 weeks"))
    assert "Fri, Nov 5, 2021 at 11:59 PM CDT" in text  # before Nov 7: daylight time
    assert "Wed, Dec 8, 2021 at 11:59 PM CST" in text  # after Nov 7: standard time
    assert "Project proposal" not in text


async def test_month_and_before_windows(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/deadlines", "in October"))
    assert "Project proposal" in text and "Mid-term" not in text and "Project team" not in text
    text = bot.text(await bot.command("/deadlines", "before Nov 1"))
    assert "Project team" in text and "Project proposal" in text and "Mid-term" not in text


async def test_this_week(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/deadlines", "this week"))
    assert "Project team" in text and "Project proposal" not in text


async def test_title_filter(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/deadlines", "report"))
    assert "Mid-term report" in text and "Final report" in text
    assert "Project proposal" not in text
    text = bot.text(await bot.command("/deadlines", "proposal"))
    assert "Project proposal" in text and "Final report" not in text


async def test_empty_window_says_what_it_understood(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/deadlines", "tomorrow"))
    assert "No deadlines tomorrow" in text
    assert "Tue, Sep 14, 2021" in text


async def test_unreadable_text_gets_examples(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/deadlines", "flurble wibble"))
    assert "couldn't read “flurble wibble”" in text
    assert "/deadlines this week" in text


async def test_after_the_term(bot: SlackTestClient, clock) -> None:
    clock.set(chicago(2022, 1, 10, 9, 0))
    text = bot.text(await bot.command("/deadlines"))
    assert "Nothing is due any more" in text and "Wed, Dec 8, 2021" in text
    assert "/deadlines all" in text


async def test_help(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/deadlines", "help"))
    assert "/deadlines all" in text


async def test_user_text_is_escaped(bot: SlackTestClient) -> None:
    body = (await bot.command("/deadlines", "<!channel> *x*")).json()
    assert "<!channel>" not in str(body)
