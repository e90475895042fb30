"""/ask, /grade, direct messages, @mentions and the suggestion buttons, through the real app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.offline import slack_requests as sr
from storage.models import Deadline
from tests.conftest import CHANNEL, STUDENT, chicago
from tests.slack import SlackTestClient

ROOT = Path(__file__).resolve().parents[1]


async def test_ask_answers_ephemerally_with_a_date_token(bot: SlackTestClient) -> None:
    response = await bot.command("/ask", "whens the porposal due")
    body = response.json()
    assert body["response_type"] == "ephemeral"
    assert "<!date^" in json.dumps(body["blocks"])
    text = bot.text(response)
    assert "Project proposal is due Fri, Oct 1, 2021 at 11:59 PM CDT" in text
    assert "Syllabus › Key Dates" in text
    assert not bot.sent()  # the answer travels in the ack only


async def test_ask_without_text_is_the_help(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/ask", ""))
    assert "/grade" in text and "arindamb@illinois.edu" in text


async def test_ask_declines_and_points_to_staff(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/ask", "recommend a pizza place"))
    assert "syllabus doesn't" in text
    assert "arindamb@illinois.edu" in text and "adadu2@illinois.edu" in text


async def test_user_text_is_escaped(bot: SlackTestClient) -> None:
    body = (await bot.command("/ask", "<!channel> what about <@U999> and flurbs")).json()
    assert "<!channel>" not in json.dumps(body) and "<@U999>" not in json.dumps(body)


async def test_a_direct_message_is_answered(bot: SlackTestClient) -> None:
    response = await bot.dm("how much are the paper reviews worth")
    assert response.status_code == 200
    (message,) = bot.sent()
    assert message["channel"] == sr.dm_channel(STUDENT)
    assert "30%" in bot.text(message)


async def test_hi_gets_the_help(bot: SlackTestClient) -> None:
    await bot.dm("hi")
    assert "/ask" in bot.sent_text()[0]


async def test_a_mention_is_answered_in_its_thread(bot: SlackTestClient) -> None:
    event = sr.mention_event(user_id=STUDENT, text="what's the cutoff for an A-?", ts="111.222")
    await bot.event(event)
    (message,) = bot.sent()
    assert message["channel"] == CHANNEL and message["thread_ts"] == "111.222"
    assert ">=85% & < 90%" in bot.text(message)


async def test_a_sensitive_mention_is_answered_only_to_the_asker(bot: SlackTestClient) -> None:
    event = sr.mention_event(user_id=STUDENT, text="i'm so stressed, who can i talk to?")
    await bot.event(event)
    assert bot.sent() == []  # nothing in the channel or its thread
    (private,) = bot.sent("chat.postEphemeral")
    assert private["user"] == STUDENT
    text = bot.text(private)
    assert text.index("Counseling Center: 217-333-3704") < text.index("Diminished mental health")


async def test_sensitive_in_a_dm_is_private_already(bot: SlackTestClient) -> None:
    await bot.dm("how do i get disability accommodations")
    (message,) = bot.sent()
    assert message["channel"].startswith("D") and "DRES" in bot.text(message)


async def test_unsure_offers_buttons_and_a_button_answers(bot: SlackTestClient) -> None:
    body = (await bot.command("/ask", "what about the reviews thingy for flows")).json()
    actions = [b for b in body["blocks"] if b["type"] == "actions"]
    assert actions, body
    buttons = actions[0]["elements"]
    assert 2 <= len(buttons) <= 3
    assert "adadu2@illinois.edu" in bot.text(body)
    first = buttons[0]
    payload = sr.block_action_payload(user_id=STUDENT, action_id=first["action_id"],
                                      value=first["value"], channel=CHANNEL,
                                      response_url=bot.slack.response_url("act"))
    response = await bot.interact(payload)
    assert response.status_code == 200
    (reply,) = bot.sent("response_url")
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] in (False, "false")
    assert "Source: Syllabus ›" in bot.text(reply)


async def test_grade_command(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/grade", "87"))
    assert "87% is an A- (>=85% & < 90%)" in text
    text = bot.text(await bot.command("/grade", "reviews 27/30 presentations 18/20 need A"))
    assert "45 of 50" in text and "For an A (from 90%) you need 90%" in text
    text = bot.text(await bot.command("/grade", "quizzes 9/10"))
    assert "quizzes" in text and "Paper reviews (30%)" in text
    text = bot.text(await bot.command("/grade", "101"))
    assert "over 100%" in text
    text = bot.text(await bot.command("/grade", ""))
    assert "/grade 87" in text


async def test_moved_deadlines_are_answered_as_stored(bot: SlackTestClient) -> None:
    db = bot.runtime.db
    async with db.session() as session:
        query = select(Deadline).where(Deadline.key == "proposal")
        row = (await session.execute(query)).scalar_one()
        row.due_at = chicago(2021, 10, 8, 23, 59)
        row.origin = "staff"
    text = bot.text(await bot.command("/ask", "when is the proposal due"))
    assert "Fri, Oct 8, 2021" in text


async def test_whats_due_follows_the_clock(bot: SlackTestClient, clock) -> None:
    clock.set(chicago(2021, 10, 25, 9, 0))
    text = bot.text(await bot.command("/ask", "what's due next week?"))
    assert "Mid-term report" in text and "Fri, Nov 5, 2021" in text


@pytest.mark.slow
def test_cli_shell_answers_free_text(tmp_path: Path) -> None:
    db = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'shell.db'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "app", "shell", "--now", "2021-09-13", "--db", db, "--json",
         "-c", "when is the proposal due", "-c", "/grade 91"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=True)
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert "Fri, Oct 1, 2021" in first["text"]
    assert first["messages"][0]["via"] == "chat.postMessage"
    assert "91% is an A" in second["text"]
    # a second run on the same database is answered too (its events are new deliveries)
    again = subprocess.run(
        [sys.executable, "-m", "app", "shell", "--now", "2021-09-13", "--db", db, "--json",
         "-c", "how much are the paper reviews worth"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=True)
    assert "30%" in json.loads(again.stdout.splitlines()[0])["text"]
