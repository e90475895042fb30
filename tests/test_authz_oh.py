"""Who may do what with /oh: every verb and alias of the dispatcher's own table, every /oh
button, as an outsider, a student, a student in the queue and staff. Each case asserts the
effect, or a refusal (nothing changed, and an audit row saying who was refused)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import col, select

from app.offline import slack_requests as sr
from bot import office_hours as oh
from bot.actor import Actor, Role
from handlers.commands import oh as oh_cmd
from handlers.render import oh as render
from storage.models import AuditLog, OhEntry, OhHours, OhSession, OhSlot, OutboxMessage
from tests.conftest import STAFF, chicago
from tests.slack import SlackTestClient

OUTSIDER, STUDENT, IN_QUEUE, FIRST = "U0OUTSIDER", "U0STUDENT", "U0INQUEUE", "U0FIRST"
WHO = {"outsider": OUTSIDER, "student": STUDENT, "in_queue": IN_QUEUE, "staff": STAFF}
NOW = chicago(2021, 9, 14, 17, 10)  # Tue: inside the course file's office hours

STAFF_ONLY = {"open", "close", "next", "done", "skip", "list", "stats"}
READ_ONLY = {"", "help", "hours"}
ARGS = {"join": "help with flows", "open": "30m", "hours": ""}
# (canonical verb, text after the verb); "hours" also has two staff sub-verbs
EXTRA = [("hours", "add Wed 3-4pm"), ("hours", "remove 1")]


def _cases() -> list[tuple[str, str]]:
    words = [(w, ARGS.get(w, "")) for w in oh_cmd.VERBS]
    words += [(alias, ARGS.get(target, "")) for alias, target in oh_cmd.ALIASES.items()]
    return words + EXTRA


def _expected(canonical: str, rest: str, who: str) -> str:
    """'change', 'same' or 'refused' for one verb and one kind of actor."""
    if canonical == "hours" and rest:
        return "change" if who == "staff" else "refused"
    if canonical in STAFF_ONLY:
        if who != "staff":
            return "refused"
        return "same" if canonical in ("list", "stats") else "change"
    if canonical in READ_ONLY:
        return "same"
    if canonical == "join":
        return "same" if who == "in_queue" else "change"
    if canonical == "leave":
        return "change" if who == "in_queue" else "same"
    raise AssertionError(f"no expectation for /oh {canonical}: add it to this test")


async def _snapshot(bot: SlackTestClient) -> list[Any]:
    db = bot.runtime.deps.db
    out: list[Any] = []
    async with db.session() as session:
        for model in (OhSession, OhEntry, OhHours, OhSlot):
            rows = (await session.execute(select(model).order_by(col(model.id)))).scalars()
            out += [r.model_dump() for r in rows]
        msgs = (await session.execute(
            select(OutboxMessage).order_by(col(OutboxMessage.id)))).scalars()
        out += [(m.kind, m.recipient, m.data) for m in msgs if m.kind != "home.refresh"]
    return out


async def _refusals(bot: SlackTestClient, user: str) -> int:
    async with bot.runtime.deps.db.session() as session:
        rows = (await session.execute(select(AuditLog).where(
            AuditLog.action == "oh.refused", AuditLog.actor == user))).scalars()
        return len(list(rows))


async def _setup(bot: SlackTestClient) -> None:
    """A scheduled session is open; FIRST is with staff, IN_QUEUE waits (topic 'private');
    one weekly slot was added from chat."""
    deps = bot.runtime.deps
    deps.clock.set(NOW)  # type: ignore[attr-defined]
    staff = Actor(STAFF, Role.STAFF)
    assert (await oh.tick(deps.db, deps.course, now=NOW)).opened
    await oh.join(deps.db, deps.course, actor=Actor(FIRST), topic="first", now=NOW)
    await oh.join(deps.db, deps.course, actor=Actor(IN_QUEUE), topic="private", now=NOW)
    assert (await oh.next_student(deps.db, deps.course, actor=staff, now=NOW)).code == "pulled"
    await oh.hours_add(deps.db, deps.course, actor=staff, text="Fri 1-2pm", now=NOW)


def test_every_verb_has_an_expectation() -> None:
    for canonical in oh_cmd.VERBS:
        for who in WHO:
            _expected(canonical, "", who)
    assert set(oh_cmd.ALIASES.values()) <= set(oh_cmd.VERBS)


@pytest.mark.parametrize("word,rest", _cases())
async def test_oh_verb(bot: SlackTestClient, word: str, rest: str) -> None:
    canonical = oh_cmd.ALIASES.get(word, word)
    for who in ("outsider", "student", "in_queue", "staff"):  # staff last: it changes most
        await _setup_once(bot)
        user = WHO[who]
        before, refused_before = await _snapshot(bot), await _refusals(bot, user)
        response = await bot.command("/oh", f"{word} {rest}".strip(), user_id=user)
        assert response.status_code == 200
        reply = bot.text(response)
        after, refused_after = await _snapshot(bot), await _refusals(bot, user)
        expected = _expected(canonical, rest, who)
        case = f"/oh {word} {rest} as {who}: {reply!r}"
        if expected == "refused":
            assert after == before, case
            assert refused_after == refused_before + 1, case
            assert "Only the course staff" in reply, case
        else:
            assert refused_after == refused_before, case
            assert (after != before) == (expected == "change"), case
        if who != "staff":  # students see counts, never another student's name or topic
            assert FIRST not in reply, case
            assert who == "in_queue" or "private" not in reply, case
        if expected == "same" and canonical == "list":
            assert "private" in reply and IN_QUEUE in reply, case
        if expected == "same" and canonical == "stats":
            assert "Per week" in reply, case
        await _reset(bot)


_STATE: dict[int, bool] = {}


async def _setup_once(bot: SlackTestClient) -> None:
    if not _STATE.get(id(bot)):
        await _setup(bot)
        _STATE[id(bot)] = True


async def _reset(bot: SlackTestClient) -> None:
    """Back to the set-up state for the next actor (the database is this test's own)."""
    from sqlalchemy import delete
    async with bot.runtime.deps.db.session() as session:
        for model in (OhSlot, OhEntry, OhHours, OhSession, OutboxMessage):
            await session.execute(delete(model))
        await session.commit()
    _STATE[id(bot)] = False


@pytest.mark.parametrize("action_id", render.ACTIONS)
async def test_oh_button(bot: SlackTestClient, action_id: str) -> None:
    """After a session closed on IN_QUEUE: "Keep my place" only has an effect for them;
    "Remind me when it opens" queues a reminder for whoever presses it."""
    assert set(oh_cmd.BUTTONS) == set(render.ACTIONS)
    for who in ("outsider", "student", "in_queue", "staff"):
        await _setup_once(bot)
        deps = bot.runtime.deps
        await oh.close_hours(deps.db, deps.course, actor=Actor(STAFF, Role.STAFF), now=NOW)
        user = WHO[who]
        before, refused_before = await _snapshot(bot), await _refusals(bot, user)
        payload = sr.block_action_payload(user_id=user, action_id=action_id,
                                          response_url=bot.slack.response_url("btn"))
        response = await bot.interact(payload)
        assert response.status_code == 200
        after = await _snapshot(bot)
        assert await _refusals(bot, user) == refused_before
        if action_id == render.HOLD_ACTION:
            assert (after != before) == (who == "in_queue"), who
        else:
            new = [row for row in after if row not in before]
            assert len(new) == 1 and new[0][:2] == ("oh.opening", user), who
        await _reset(bot)
