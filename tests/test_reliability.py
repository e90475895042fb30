"""Reliability: forged and tampered requests, Events API redelivery, duplicate clicks.

The fuzzing of user text is in test_fuzz.py; outages (database, Slack) in test_outages.py.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from datetime import timedelta

import pytest

from app.offline import slack_requests as sr
from bot.delivery import PruneSchedule, first_delivery
from bot.outbox import HOME_REFRESH
from storage.models import OutboxMessage
from storage.repos import outbox
from storage.types import utcnow
from tests.reliability import row_counts
from tests.slack import SlackTestClient, ack_json

# ------------------------------------------------------------------ signatures


def _command() -> tuple[str, str]:
    return sr.command_body(command="/deadlines", text="all", user_id="U0STUDENT"), (
        "application/x-www-form-urlencoded")


def _event() -> tuple[str, str]:
    return sr.event_body(sr.message_event(user_id="U0STUDENT", text="hello")), "application/json"


def _mention() -> tuple[str, str]:
    return sr.event_body(sr.mention_event(user_id="U0STUDENT", text="hello")), "application/json"


def _action() -> tuple[str, str]:
    payload = sr.block_action_payload(user_id="U0STUDENT", action_id="any_action", value="1")
    return sr.interaction_body(payload), "application/x-www-form-urlencoded"


KINDS: dict[str, Callable[[], tuple[str, str]]] = {
    "command": _command, "dm": _event, "mention": _mention, "button": _action,
}


def _tamper(name: str, secret: str, body: str, content_type: str) -> tuple[str, dict[str, str]]:
    """The body to send and the headers to send it with, spoiled in the way ``name`` says."""
    now = int(time.time())
    good = sr.signed_headers(secret, body, content_type=content_type)
    if name == "forged":
        return body, sr.signed_headers("not-the-secret", body, content_type=content_type)
    if name == "stale":
        return body, sr.signed_headers(secret, body, timestamp=now - 6 * 60,
                                       content_type=content_type)
    if name == "future":
        return body, sr.signed_headers(secret, body, timestamp=now + 6 * 60,
                                       content_type=content_type)
    if name == "no-signature":
        return body, {k: v for k, v in good.items() if k != "X-Slack-Signature"}
    if name == "no-timestamp":
        return body, {k: v for k, v in good.items() if k != "X-Slack-Request-Timestamp"}
    if name == "no-headers":
        return body, {"Content-Type": content_type}
    if name == "altered-body":
        return body.replace("U0STUDENT", "U0STAFF"), good
    if name == "appended-body":
        return body + ("&x=1" if "json" not in content_type else " "), good
    if name == "other-version":
        return body, {**good, "X-Slack-Signature": good["X-Slack-Signature"].replace("v0=", "v1=")}
    if name == "replayed-timestamp":  # a valid signature moved onto a new timestamp
        return body, {**good, "X-Slack-Request-Timestamp": str(now + 1)}
    raise AssertionError(name)


TAMPERINGS = ("forged", "stale", "future", "no-signature", "no-timestamp", "no-headers",
              "altered-body", "appended-body", "other-version", "replayed-timestamp")


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("tampering", TAMPERINGS)
async def test_tampered_requests_get_401_and_change_nothing(
        bot: SlackTestClient, kind: str, tampering: str) -> None:
    body, content_type = KINDS[kind]()
    before = await row_counts(bot.runtime.db)
    calls = len(bot.slack.calls)
    body, headers = _tamper(tampering, bot.secret, body, content_type)
    response = await bot.http.post("/slack/events", content=body, headers=headers)
    assert response.status_code == 401
    assert "Final report" not in response.text
    assert len(bot.slack.calls) == calls, [c.method for c in bot.slack.calls[calls:]]
    assert await row_counts(bot.runtime.db) == before


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_the_same_requests_signed_properly_are_accepted(bot: SlackTestClient,
                                                              kind: str) -> None:
    """The control for the test above: untampered, each kind of request gets past the check."""
    body, content_type = KINDS[kind]()
    response = await bot.post(body, content_type=content_type)
    # 404: no listener for the made-up action id; what matters is that it is not a 401
    assert response.status_code == (404 if kind == "button" else 200)


# ------------------------------------------------------------------ Events API redelivery


async def test_a_redelivered_dm_is_answered_once(bot: SlackTestClient) -> None:
    event = sr.message_event(user_id="U0STUDENT", text="hello")
    first = await bot.event(event, event_id="Ev0REDELIVER1")
    retries = [await bot.event(event, event_id="Ev0REDELIVER1", retry_num=n) for n in (1, 2, 3)]
    assert first.status_code == 200
    assert [r.status_code for r in retries] == [200, 200, 200]
    assert len(bot.sent()) == 1
    assert (await row_counts(bot.runtime.db))["processed_event"] == 1


async def test_a_redelivered_mention_is_answered_once(bot: SlackTestClient) -> None:
    event = sr.mention_event(user_id="U0STUDENT", text="what is due?")
    await bot.event(event, event_id="Ev0MENTION1")
    await bot.event(event, event_id="Ev0MENTION1", retry_num=1)
    assert len(bot.sent()) == 1


async def test_concurrent_deliveries_of_one_event_have_one_effect(bot: SlackTestClient) -> None:
    event = sr.message_event(user_id="U0STUDENT", text="hello")
    responses = await asyncio.gather(*(
        bot.event(event, event_id="Ev0RACE", retry_num=n or None) for n in range(4)))
    assert {r.status_code for r in responses} == {200}
    assert len(bot.sent()) == 1


async def test_distinct_events_with_the_same_text_are_each_answered(bot: SlackTestClient) -> None:
    for _ in range(3):
        await bot.dm("hello")
    assert len(bot.sent()) == 3


async def test_a_retry_while_the_first_delivery_is_still_running(bot: SlackTestClient) -> None:
    """Slack retries when we are slow; the retry must not start a second answer."""
    bot.slack.fail("chat.postMessage", delay=1.0)  # the first answer is slow to post
    event = sr.message_event(user_id="U0STUDENT", text="hello")
    slow = asyncio.create_task(bot.event(event, event_id="Ev0SLOW"))
    await asyncio.sleep(0.3)
    retry = await bot.event(event, event_id="Ev0SLOW", retry_num=1)
    assert retry.status_code == 200 and not slow.done()
    assert (await slow).status_code == 200
    assert len(bot.sent()) == 1


async def test_old_deliveries_are_forgotten(bot: SlackTestClient) -> None:
    db, course_id = bot.runtime.db, bot.runtime.deps.course.id
    assert await first_delivery(db, course_id=course_id, event_id="Ev0OLD")
    assert not await first_delivery(db, course_id=course_id, event_id="Ev0OLD")
    cut = utcnow()  # after Ev0OLD was received, before Ev0NEW is
    await asyncio.sleep(0.01)
    assert await first_delivery(db, course_id=course_id, event_id="Ev0NEW", prune_before=cut)
    assert (await row_counts(db))["processed_event"] == 1  # Ev0OLD was pruned, Ev0NEW kept


def test_pruning_happens_at_most_once_an_hour() -> None:
    schedule = PruneSchedule(every=timedelta(hours=1), keep=timedelta(days=1))
    now = utcnow()
    assert schedule.due(now) == now - timedelta(days=1)
    assert schedule.due(now + timedelta(minutes=59)) is None
    assert schedule.due(now + timedelta(minutes=61)) is not None


async def test_commands_and_actions_are_not_deduplicated(bot: SlackTestClient) -> None:
    """Only Events API deliveries carry an event_id; a second /deadlines is a new request."""
    first = await bot.command("/deadlines", "all")
    second = await bot.command("/deadlines", "all")
    assert "Final report" in bot.text(first) and "Final report" in bot.text(second)
    assert (await row_counts(bot.runtime.db))["processed_event"] == 0


def test_event_body_carries_the_event_id() -> None:
    body = json.loads(sr.event_body({"type": "message"}, event_id="Ev1"))
    assert body["event_id"] == "Ev1" and body["type"] == "event_callback"


# ------------------------------------------------------------------ buttons clicked twice


async def _invitation(bot: SlackTestClient) -> tuple[str, str]:
    """Ada invites Bob into a new team; the team id on Bob's Accept button, and its message ts."""
    bot.slack.add_user("U0ADA")  # invitees must be real Slack users
    bot.slack.add_user("U0BOB")
    response = await bot.command("/team", "register <@U0BOB> Night Owls", user_id="U0ADA")
    assert response.status_code == 200, response.text
    for row in await _queued(bot):  # the invitation DM is in the outbox (sent by the worker)
        if row.kind == "team.invited" and row.recipient == "U0BOB":
            return str(row.data["team"]["id"]), "1.1"
    raise AssertionError("no invitation was queued")


async def _queued(bot: SlackTestClient) -> list[OutboxMessage]:
    async with bot.runtime.db.session() as session:
        return await outbox.pending(session=session, course_id=bot.runtime.deps.course.id)


async def _told(bot: SlackTestClient, user: str) -> int:
    """Messages queued for ``user`` (Home refreshes aside)."""
    return len([r for r in await _queued(bot) if r.recipient == user and r.kind != HOME_REFRESH])


def _click(action_id: str, team_id: str, ts: str) -> dict:
    return sr.block_action_payload(user_id="U0BOB", action_id=action_id, value=team_id,
                                   channel="D0BOB", message_ts=ts)


@pytest.mark.parametrize("action_id", ["team_accept", "team_decline"])
async def test_an_invitation_button_clicked_twice_has_one_effect(
        bot: SlackTestClient, action_id: str) -> None:
    team_id, ts = await _invitation(bot)
    first = await bot.interact(_click(action_id, team_id, ts))
    assert first.status_code == 200
    after_first = await row_counts(bot.runtime.db)
    to_ada = await _told(bot, "U0ADA")
    second = await bot.interact(_click(action_id, team_id, ts))
    assert second.status_code == 200
    assert await row_counts(bot.runtime.db) == after_first
    assert await _told(bot, "U0ADA") == to_ada  # told once


async def test_an_accept_double_click_racing_itself_has_one_effect(bot: SlackTestClient) -> None:
    team_id, ts = await _invitation(bot)
    told_before = await _told(bot, "U0ADA")
    responses = await asyncio.gather(*(bot.interact(_click("team_accept", team_id, ts))
                                       for _ in range(3)))
    assert {r.status_code for r in responses} == {200}
    once = await row_counts(bot.runtime.db)
    told = await _told(bot, "U0ADA")
    assert told == told_before + 1  # Ada hears that Bob accepted, once
    again = await bot.interact(_click("team_accept", team_id, ts))
    assert again.status_code == 200
    assert await row_counts(bot.runtime.db) == once
    mine = bot.text(await bot.command("/team", "", user_id="U0BOB"))
    assert "Night Owls" in mine and "Invitation" not in mine


async def _pending_change(bot: SlackTestClient) -> str:
    """Staff asks to move a deadline; the action id on the Confirm button of the echo."""
    response = await bot.command("/course", 'deadline move "Project proposal" Oct 8 5pm',
                                 user_id="U0STAFF")
    for block in ack_json(response).get("blocks") or []:
        for element in block.get("elements") or []:
            if element.get("action_id") == "course_confirm":
                return str(element["value"])
    raise AssertionError(f"no Confirm button: {response.text[:500]}")


def _staff_click(action_id: str, value: str) -> dict:
    return sr.block_action_payload(user_id="U0STAFF", action_id=action_id, value=value,
                                   channel="C0COURSE", response_url="")


@pytest.mark.parametrize("racing", [False, True])
async def test_a_confirm_clicked_twice_moves_the_deadline_once(bot: SlackTestClient,
                                                               racing: bool) -> None:
    pending = await _pending_change(bot)
    click = _staff_click("course_confirm", pending)
    if racing:
        responses = await asyncio.gather(bot.interact(click), bot.interact(click))
    else:
        responses = [await bot.interact(click), await bot.interact(click)]
    assert {r.status_code for r in responses} == {200}
    once = await row_counts(bot.runtime.db)
    from tests.outbox_queue import queued  # the announcement waits in the outbox

    announced = [bot.text(m) for m in await queued(bot, "course.change")]
    assert len(announced) == 1 and "proposal" in announced[0].lower(), announced  # told once
    assert (await bot.interact(click)).status_code == 200
    assert await row_counts(bot.runtime.db) == once
    text = bot.text(await bot.command("/deadlines", "proposal"))
    assert "Oct 8" in text


async def test_a_cancel_clicked_twice_changes_nothing(bot: SlackTestClient) -> None:
    before = await row_counts(bot.runtime.db)
    pending = await _pending_change(bot)
    after_echo = await row_counts(bot.runtime.db)
    for _ in range(2):
        assert (await bot.interact(_staff_click("course_cancel", pending))).status_code == 200
    assert "Oct 1" in bot.text(await bot.command("/deadlines", "proposal"))
    assert (await row_counts(bot.runtime.db))["deadline"] == before["deadline"]
    assert after_echo["deadline"] == before["deadline"]
