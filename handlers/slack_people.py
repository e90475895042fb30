"""Reading people from Slack for the team commands: who a mentioned id is
(``users.info``), the workspace's users (``users.list``) and the course channel's members.

Only reads; nothing here sends a message. The results are plain values
(:class:`bot.teams.Person`, :class:`bot.teams.Roster`, :class:`bot.teams.Contact`) that
the domain applies its rules to.

Example::

    people = await lookup_people(client, deps, ["U2", "UNOBODY99"])
    [p.exists for p in people]   # [True, False]
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot.actor import Role
from bot.teams import Contact, Person, Roster

LOOKUP_TIMEOUT = 2.0  # seconds: the whole ack must come within Slack's 3
logger = logging.getLogger("course_bot.team")


def slack_error(exc: SlackApiError) -> str:
    """Slack's error code, or the HTTP status when Slack answered with no JSON (a 5xx)."""
    data = getattr(exc.response, "data", None)
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return f"HTTP {getattr(exc.response, 'status_code', '?')}"


def is_bot(user: Mapping[str, Any]) -> bool:
    """A bot, Slackbot or a deactivated account: not a student."""
    return bool(user.get("is_bot") or user.get("deleted") or user.get("id") == "USLACKBOT")


async def _person(client: AsyncWebClient, deps: Deps, user_id: str) -> Person:
    role = Role.STAFF if await deps.is_staff(user_id) else Role.STUDENT
    try:
        info = await asyncio.wait_for(client.users_info(user=user_id), timeout=LOOKUP_TIMEOUT)
    except SlackApiError as exc:
        code = slack_error(exc)
        if code in ("user_not_found", "users_not_found", "invalid_user"):
            return Person(user_id, exists=False, role=role)
        logger.warning("users.info %s failed: %s", user_id, code)
        return Person(user_id, checked=False, role=role)
    except (TimeoutError, OSError) as exc:
        logger.warning("users.info %s did not answer: %r", user_id, exc)
        return Person(user_id, checked=False, role=role)
    user = dict(info.get("user") or {})
    return Person(user_id, exists=True, is_bot=bool(user.get("is_bot"))
                  or user_id == "USLACKBOT", deleted=bool(user.get("deleted")), role=role)


async def lookup_people(client: AsyncWebClient, deps: Deps,
                        user_ids: Sequence[str]) -> list[Person]:
    """Each mentioned id as Slack knows it (looked up concurrently, each once)."""
    ids = list(dict.fromkeys(user_ids))
    return list(await asyncio.gather(*(_person(client, deps, u) for u in ids)))


async def workspace_people(client: AsyncWebClient) -> dict[str, dict]:
    """Every workspace user by id, from ``users.list`` (200 a page): one or a few calls,
    where ``users.info`` would take one per student."""
    people: dict[str, dict] = {}
    cursor: str | None = None
    try:
        while True:
            page = await client.users_list(cursor=cursor, limit=200)
            for user in page.get("members") or []:
                people[str(user.get("id"))] = dict(user)
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                break
    except SlackApiError as exc:  # names and emails are a nicety; the roster still works
        logger.warning("users.list failed: %s", slack_error(exc))
    return people


async def channel_roster(client: AsyncWebClient, channel: str,
                         people: dict[str, dict]) -> tuple[list[str], str]:
    """Members of the course channel (every page), minus bots and deactivated accounts;
    and a warning when the channel cannot be read."""
    if not channel:
        return [], ("No course channel is configured (COURSE_CHANNEL_ID), so only students "
                    "the bot has met are listed.")
    members: list[str] = []
    cursor: str | None = None
    try:
        while True:
            page = await client.conversations_members(channel=channel, cursor=cursor, limit=200)
            members += list(page.get("members") or [])
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                break
    except SlackApiError as exc:
        return [], (f"I could not read the course channel's members "
                    f"({slack_error(exc)}); only students the bot has met are listed.")
    return [u for u in members if not is_bot(people.get(u, {}))], ""


async def course_roster(client: AsyncWebClient, deps: Deps, bot_user_id: str = "") -> Roster:
    """The course channel's members, and who is not a student (staff, bots, the bot)."""
    people = await workspace_people(client)
    members, warning = await channel_roster(client, deps.course_channel_id, people)
    excluded = await deps.staff_ids() | {u for u, p in people.items() if is_bot(p)}
    if bot_user_id:
        excluded.add(bot_user_id)
    return Roster(members=tuple(members), excluded=frozenset(excluded), warning=warning)


async def contacts(client: AsyncWebClient, user_ids: Iterable[str]) -> dict[str, Contact]:
    """Display name and email of each user (``users.list``, then ``users.info`` for anyone
    it did not return: a guest, or a page that failed)."""
    people = await workspace_people(client)
    found: dict[str, Contact] = {}
    for user_id in dict.fromkeys(user_ids):
        info = people.get(user_id)
        if info is None:
            try:
                info = dict((await client.users_info(user=user_id)).get("user") or {})
            except SlackApiError:
                info = {}
        profile = info.get("profile") or {}
        found[user_id] = Contact(
            display_name=str(profile.get("display_name") or profile.get("real_name")
                             or info.get("name", "")),
            email=str(profile.get("email", "")))
    return found
