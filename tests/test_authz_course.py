"""Who may use ``/course``: every verb the dispatcher accepts and every button, pressed by an
outsider, a student, a student on a team and staff, through the signed HTTP endpoint; and
the "Answer" button of ``/course questions`` with the modal it opens.

Staff get the verb's effect; anyone else is refused with nothing changed (deadlines,
staff, presentations, settings, pending changes, outbox) and one ``course.refused`` audit
row naming the verb. The verb list comes from the dispatcher's own table, so a new verb or
alias without a row here fails :func:`test_every_verb_has_a_case`.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from app.offline import slack_requests as sr
from bot.answers import faq
from handlers.commands.course import VERBS
from handlers.render.answers import ANSWER_ACTION, ANSWER_BLOCK, ANSWER_MODAL
from handlers.render.course import CANCEL_ACTION, CONFIRM_ACTION
from storage.models import (
    AuditLog,
    ChannelCourse,
    CourseSetting,
    Deadline,
    FaqEntry,
    OutboxMessage,
    PendingAction,
    Presentation,
    Question,
    StaffMember,
    TeamMember,
)
from tests.conftest import CHANNEL, STAFF, STUDENT, chicago
from tests.slack import SlackTestClient, ack_json

OUTSIDER = "U0OUTSIDER"
TEAMED = "U0TEAMED"
PRESENTER = "U0PRESENTER"
OLD_TA = "U0OLDTA"

# verb → (its arguments, the part of the state staff change with it; None: a read)
CASES: dict[str, tuple[str, str | None]] = {
    "": ("", None),
    "help": ("", None),
    "?": ("", None),
    "deadline": ("frobnicate", None),
    "deadline add": ('"Project checkpoint" Nov 19 5pm', "pending"),
    "deadline move": ('"Project proposal" Oct 8 5pm', "pending"),
    "deadline cancel": ('"Mid-term report"', "pending"),
    "deadlines": ("", None),
    "confirm": ("", "deadlines"),
    "cancel": ("", "pending"),
    "cancel-class": ("Oct 7", "pending"),
    "announce": ("The quiz moves to Thursday", "outbox"),
    "channel": ("<#C0OTHER|other>", "settings"),
    "staff": ("", None),
    "staff add": ("<@U0NEWTA|ta>", "staff"),
    "staff remove": (f"<@{OLD_TA}|old>", "staff"),
    "audit": ("", None),
    "present": (f'<@{STUDENT}|stu> Oct 7 "Neural ODEs"', "presentations"),
    "unpresent": (f"<@{PRESENTER}|p> Oct 5", "presentations"),
    "presentations": ("", None),
    "reminders": ("2d 3h", "settings"),
    "outbox": ("", None),
    "questions": ("", None),
    "answer": ("1 The proposal may be a video; see the course page.", "questions"),
    "faq": ("", None),
    "faq edit": ("1 Any framework is fine.", "questions"),
    "faq retire": ("1", "questions"),
    "dismiss": ("1 spam", "questions"),
    "setup": ("cs598-fall2021", "bindings"),
}
# verbs that change only the asker's own data, for anyone (tested in tests/test_tenancy.py)
OWN_VERBS = {"use": "the asker's own course choice for their DMs"}
# verbs run in a channel (the others from a DM)
CHANNELS = {"setup": CHANNEL}
BUTTONS = (CONFIRM_ACTION, CANCEL_ACTION)
QUESTION_BUTTONS = (ANSWER_ACTION,)
"""The "Answer" button beside each open question (value: the question's id)."""
VIEWS = (ANSWER_MODAL,)
"""The modal that button opens (private_metadata: the question's id)."""
ANSWER_TEXT = "Yes, a recorded video is fine."
NOT_STAFF = (OUTSIDER, STUDENT, TEAMED)


def test_every_verb_has_a_case() -> None:
    assert set(CASES) | set(OWN_VERBS) == set(VERBS)
    assert not set(CASES) & set(OWN_VERBS)


async def _state(bot: SlackTestClient) -> dict[str, Any]:
    """Everything a /course verb could change, as comparable values."""
    async with bot.runtime.db.session() as session:
        async def rows(model: Any, *fields: str) -> list[tuple[Any, ...]]:
            found = (await session.execute(select(model))).scalars().all()
            return sorted(tuple(str(getattr(r, f)) for f in fields) for r in found)

        return {
            "deadlines": await rows(Deadline, "key", "title", "due_at", "status", "version"),
            "staff": await rows(StaffMember, "user_id"),
            "presentations": await rows(Presentation, "user_id", "class_date", "paper_title"),
            "settings": await rows(CourseSetting, "key", "value"),
            "pending": await rows(PendingAction, "id", "status"),
            "outbox": await rows(OutboxMessage, "kind", "recipient", "data"),
            "bindings": await rows(ChannelCourse, "team_id", "channel_id", "course_id"),
            "questions": await rows(Question, "id", "status")
            + await rows(FaqEntry, "id", "retired", "answer"),
        }


async def _refusals(bot: SlackTestClient, user: str) -> list[str]:
    async with bot.runtime.db.session() as session:
        found = (await session.execute(select(AuditLog).where(
            AuditLog.action == "course.refused", AuditLog.actor == user))).scalars().all()
    return [a.target for a in found]


async def _setup(bot: SlackTestClient) -> str:
    """A chat-added TA, a presenter on Oct 5, a student on a team, and a change of the
    staff's waiting for confirmation (its id: the buttons' value)."""
    clock = bot.runtime.deps.clock
    clock.set(chicago(2021, 9, 10, 12, 0))  # type: ignore[attr-defined]  # teams still open
    for user in (TEAMED, "U0MATE1", "U0MATE2"):  # Slack knows them (invitees are checked)
        bot.slack.add_user(user)
    await bot.command("/team", "register <@U0MATE1|a> <@U0MATE2|b> Flow | VAEs",
                      user_id=TEAMED)
    clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    await bot.command("/course", f"staff add <@{OLD_TA}>", user_id=STAFF)
    await bot.command("/course", f'present <@{PRESENTER}> Oct 5 "FFJORD"', user_id=STAFF)
    async with bot.runtime.db.session() as session:
        assert (await session.execute(select(TeamMember).where(
            TeamMember.user_id == TEAMED))).scalars().first() is not None
    await bot.command("/ask", "can the proposal be a video instead of a pdf?", user_id=STUDENT)
    await faq.settle()  # the declined question is kept (id 1) just after the reply
    await bot.command("/ask", "can we use pytorch for the project?", user_id=TEAMED)
    await faq.settle()  # question 2, answered: FAQ entry 1
    assert "FAQ entry #1" in bot.text(await bot.command(
        "/course", "answer 2 Any framework.", user_id=STAFF))
    async with bot.runtime.db.session() as session:
        assert (await session.execute(select(Question))).scalars().first() is not None
    proposal = ack_json(await bot.command("/course", "deadline move final Dec 10 5pm",
                                          user_id=STAFF))
    actions = next(b for b in proposal["blocks"] if b["type"] == "actions")
    return str(actions["elements"][0]["value"])


def _text(bot: SlackTestClient, verb: str, args: str) -> str:
    return " ".join(p for p in (verb, args) if p)


@pytest.mark.parametrize("user", NOT_STAFF)
async def test_everyone_but_staff_is_refused_and_nothing_changes(
        bot: SlackTestClient, user: str) -> None:
    pending_id = await _setup(bot)
    before = await _state(bot)
    for verb, (args, _part) in CASES.items():
        response = await bot.command("/course", _text(bot, verb, args), user_id=user,
                                     channel_id=CHANNELS.get(verb))
        assert response.status_code == 200
        assert "Only the course staff" in bot.text(response), verb
        assert await _state(bot) == before, verb
        refusals = await _refusals(bot, user)
        assert len(refusals) == len([v for v in CASES if list(CASES).index(v)
                                     <= list(CASES).index(verb)]), verb
    for action_id in BUTTONS:
        bot.slack.reset_calls()
        response = await bot.interact(sr.block_action_payload(
            user_id=user, action_id=action_id, value=pending_id,
            response_url=bot.slack.response_url("btn")))
        assert response.status_code == 200
        assert await _state(bot) == before, action_id
        [said] = [c.params for c in bot.slack.calls_to("response_url")]
        assert "Only the course staff" in bot.text(said) and not said.get("replace_original")
    assert (await _refusals(bot, user))[-2:] == ["confirm", "cancel"]
    # the "Answer" button: no modal, a refusal to the presser alone
    bot.slack.reset_calls()
    response = await bot.interact(sr.block_action_payload(
        user_id=user, action_id=ANSWER_ACTION, value="1",
        response_url=bot.slack.response_url("btn")))
    assert response.status_code == 200
    assert bot.slack.calls_to("views.open") == []
    [said] = [c.params for c in bot.slack.calls_to("response_url")]
    assert "Only the course staff" in bot.text(said) and not said.get("replace_original")
    # the modal, submitted anyway (a forged or stale view): the field's error, nothing stored
    response = await bot.interact(_submission(user))
    body = ack_json(response)
    assert body["response_action"] == "errors"
    assert "Only the course staff" in body["errors"][ANSWER_BLOCK]
    assert await _state(bot) == before
    assert (await _refusals(bot, user))[-2:] == ["answer", "answer"]
    assert bot.sent() == []


@pytest.mark.parametrize("verb", list(CASES))
async def test_staff_get_the_effect(bot: SlackTestClient, verb: str) -> None:
    await _setup(bot)
    args, part = CASES[verb]
    before = await _state(bot)
    response = await bot.command("/course", _text(bot, verb, args), user_id=STAFF,
                                 channel_id=CHANNELS.get(verb))
    text = bot.text(response)
    assert "Only the course staff" not in text and "I don't know" not in text
    after = await _state(bot)
    if part is None:
        assert after == before
    else:
        assert after[part] != before[part], text
    assert await _refusals(bot, STAFF) == []


@pytest.mark.parametrize("action_id", BUTTONS)
async def test_staff_buttons_decide_their_change(bot: SlackTestClient, action_id: str) -> None:
    pending_id = await _setup(bot)
    before = await _state(bot)
    await bot.interact(sr.block_action_payload(
        user_id=STAFF, action_id=action_id, value=pending_id,
        response_url=bot.slack.response_url("btn")))
    after = await _state(bot)
    assert after["pending"] != before["pending"]
    assert (after["deadlines"] != before["deadlines"]) == (action_id == CONFIRM_ACTION)
    assert await _refusals(bot, STAFF) == []


def _submission(user: str, question: str = "1", text: str = ANSWER_TEXT) -> dict[str, Any]:
    return sr.view_submission_payload(
        user_id=user, callback_id=ANSWER_MODAL, private_metadata=question,
        values={ANSWER_BLOCK: {ANSWER_BLOCK: {"type": "plain_text_input", "value": text}}})


async def test_staff_answer_button_opens_the_modal_and_its_submission_answers(
        bot: SlackTestClient) -> None:
    await _setup(bot)
    before = await _state(bot)
    bot.slack.reset_calls()
    await bot.interact(sr.block_action_payload(
        user_id=STAFF, action_id=ANSWER_ACTION, value="1",
        response_url=bot.slack.response_url("btn")))
    [opened] = [c.params for c in bot.slack.calls_to("views.open")]
    view = opened["view"]
    assert view["callback_id"] == ANSWER_MODAL and view["private_metadata"] == "1"
    assert await _state(bot) == before  # opening changes nothing
    body = ack_json(await bot.interact(_submission(STAFF)))
    assert body["response_action"] == "update", body
    after = await _state(bot)
    assert after["questions"] != before["questions"]
    [new] = [r for r in after["outbox"] if r not in before["outbox"]]
    assert new[:2] == ("answers.answered", STUDENT) and "recorded video" in new[2]
    assert await _refusals(bot, STAFF) == []
