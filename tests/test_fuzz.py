"""Fuzzed user text (hypothesis) over every slash command, direct messages and mentions.

Whatever a student or a member of staff types — any unicode, 4,000+ characters, control
characters, mentions of users Slack does not know, SQL, Block Kit and mrkdwn injection
such as ``*bold*`` or ``<!channel>`` — the bot answers 200 with a clear sentence, never a
stack trace or a "something went wrong", and never turns the text into a broadcast.

``HYPOTHESIS_PROFILE=thorough`` runs ten times as many examples.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handlers
from app.offline import slack_requests as sr
from handlers.errors import DB_DOWN, SLACK_DOWN, TRY_AGAIN
from tests.conftest import STAFF, STUDENT
from tests.reliability import BROADCAST, LEAKS, ack_body, mrkdwn_strings
from tests.slack import SlackTestClient

settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                 HealthCheck.too_slow])
settings.register_profile("thorough", parent=settings.get_profile("ci"), max_examples=250,
                          derandomize=False)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

NASTY = [
    "<!channel>", "<!here>", "<!everyone>", "<!subteam^S0ABC>", "@channel", "@here",
    "*bold*", "_it_", "~strike~", "`code`", "```block```", "> quote",
    "<https://evil.example|click me>", "<mailto:x@example.com|mail>", "&lt;!channel&gt;",
    "<@U0NOBODY>", "<@W0GHOST|ghost>", "<#C0NOWHERE|secret>", "<@U0STAFF>",
    "'; DROP TABLE deadline; --", "\" OR 1=1 --", "%s%s%s", "{0}", "{{7*7}}", "${jndi:x}",
    "\x00", "\x07", "\x1b[31m", "\r\n", "\t", "\u202e", "\u200b", "\ufeff", "\ud7ff",
    "😀", "👩‍👩‍👧‍👦", "é", "日本語", "العربية", "Z̵̡̢a̸l̷g̶o", "𝕯", "\U0010ffff",
    '{"type": "section"}', '[{"type":"header","text":{"type":"plain_text","text":"x"}}]',
    "#1", "#999999999999", "-1", "0", "99999999999999999999", "1e309", "NaN",
    "Sep 31", "Feb 30 2021", "next 99999 weeks", "before", "between and",
]
# words that steer the text into each command's sub-commands
VERBS = ["", "help", "all", "this week", "next 10 days", "in October", "project", "register",
         "accept", "decline", "leave", "rename", "title", "invite", "looking", "board", "list",
         "export", "suggest", "add", "remove", "merge", "dissolve", "off", "on", "when", "what",
         "final report", "quiz", "midterm", "grade", "A-", "93", "late"]
ANSWER_METHODS = ("chat.postMessage", "chat.postEphemeral", "response_url", "views.open",
                  "views.publish", "views.update", "chat.update",
                  "files.completeUploadExternal")

words = st.one_of(st.sampled_from(NASTY), st.text(max_size=12), st.sampled_from(VERBS))
phrases = st.builds(lambda verb, rest: " ".join([verb, *rest]).strip(),
                    st.sampled_from(VERBS), st.lists(words, max_size=6))
huge = st.builds(lambda piece, n: (piece * n)[:n], st.sampled_from(
    ["a", "é", "😀", "<!channel> ", "*x* ", "\x00", "word "]), st.integers(4000, 4500))
texts = st.one_of(phrases, st.text(max_size=300), huge)


def _answers(bot: SlackTestClient, response: Any, mark: int) -> list[dict[str, Any]]:
    """The ack body and every message the bot sent while answering."""
    found = [ack_body(response)] if response.content else []
    found += [c.params for c in bot.slack.calls[mark:] if c.method in ANSWER_METHODS]
    return [a for a in found if a]


def _check(bot: SlackTestClient, response: Any, mark: int, *, expect_answer: bool,
           typed: str = "") -> None:
    assert response.status_code == 200, response.text[:500]
    answers = _answers(bot, response, mark)
    if expect_answer:
        assert answers, "no answer at all"
    for answer in answers:
        strings = mrkdwn_strings(answer)
        shown = "\n".join(strings)
        assert not BROADCAST.search(shown), f"unescaped broadcast in {shown[:800]!r}"
        for leak in LEAKS:
            if leak in typed:
                continue  # the user's own words, echoed back (escaped) in "I couldn't read …"
            assert leak not in shown, f"{leak!r} shown to a user: {shown[:800]!r}"
        for failure in (TRY_AGAIN, DB_DOWN, SLACK_DOWN):
            assert failure not in shown, f"an internal failure surfaced: {shown[:300]!r}"
    if expect_answer:
        assert any(bot.text(a).strip() for a in answers), "an empty answer"


@pytest.mark.parametrize("command", handlers.SLASH_COMMANDS)
@settings(settings.get_profile(PROFILE))
@given(text=texts, staff=st.booleans())
async def test_any_command_text_gets_a_clear_answer(bot: SlackTestClient, command: str,
                                                    text: str, staff: bool) -> None:
    bot.slack.strict_users = True  # mentions of users Slack does not know stay unknown
    mark = len(bot.slack.calls)
    response = await bot.command(command, text, user_id=STAFF if staff else STUDENT)
    _check(bot, response, mark, expect_answer=True, typed=text)


BROADCASTS = ["<!channel>", "<!here>", "<!everyone>", "<!subteam^S0ABC>"]
# verbs after which a command is likely to echo what follows (names, titles, queries)
ECHOING = ["", "project", "final report", "register", "register <@U0STUDENT>", "rename",
           "title", "looking", "invite", "accept", "when is", "before", "in", "#1"]


def _corpus() -> list[str]:
    texts = [f"{verb} {b}".strip() for b in BROADCASTS for verb in ECHOING]
    texts += [f"{verb} {b} team".strip() for b in BROADCASTS[:1] for verb in ECHOING]
    for i, nasty in enumerate(NASTY):
        texts += [nasty, f"{VERBS[1 + i % (len(VERBS) - 1)]} {nasty}",
                  f"{nasty} {VERBS[1 + (i * 7) % (len(VERBS) - 1)]}"]
    return texts


@pytest.mark.parametrize("command", handlers.SLASH_COMMANDS)
async def test_every_known_injection_after_every_verb(bot: SlackTestClient, command: str) -> None:
    """A fixed corpus, so CI always covers it: broadcasts after every echoing verb, and each
    nasty string alone, after a verb and before one."""
    bot.slack.strict_users = True
    for i, text in enumerate(_corpus()):
        mark = len(bot.slack.calls)
        response = await bot.command(command, text, user_id=STAFF if i % 3 == 0 else STUDENT)
        _check(bot, response, mark, expect_answer=True, typed=text)


# ids typed by staff, each too large for any row: "There is no …", never an overflow
HUGE_IDS = [("/course", "answer 99999999999999999999 x", "There is no question 9999"),
            ("/course", "answer #2147483648 x", "There is no question 2147483648"),
            ("/course", "faq edit 99999999999999999999 new", "There is no FAQ entry 9999"),
            ("/course", "faq retire 99999999999999999999", "There is no FAQ entry 9999"),
            ("/course", "faq retire 0", "There is no FAQ entry 0"),
            ("/course", "dismiss 99999999999999999999 spam", "There is no question 9999")]


@pytest.mark.parametrize(("command", "text", "expected"), HUGE_IDS)
async def test_huge_ids_are_no_row(bot: SlackTestClient, command: str, text: str,
                                   expected: str) -> None:
    for user in (STAFF, STUDENT):
        mark = len(bot.slack.calls)
        response = await bot.command(command, text, user_id=user)
        _check(bot, response, mark, expect_answer=True, typed=text)
        reply = bot.text(response)
        if user == STAFF:
            assert expected in reply and len(reply) < 80, reply
        else:
            assert "staff" in reply, reply


@settings(settings.get_profile(PROFILE))
@given(text=texts)
async def test_any_direct_message_gets_a_clear_answer(bot: SlackTestClient, text: str) -> None:
    bot.slack.strict_users = True
    mark = len(bot.slack.calls)
    response = await bot.dm(text)
    _check(bot, response, mark, expect_answer=bool(text.strip()), typed=text)


@settings(settings.get_profile(PROFILE))
@given(text=texts)
async def test_any_mention_gets_a_clear_answer(bot: SlackTestClient, text: str) -> None:
    bot.slack.strict_users = True
    mark = len(bot.slack.calls)
    response = await bot.event(sr.mention_event(user_id=STUDENT, text=text))
    _check(bot, response, mark, expect_answer=True, typed=text)


def test_every_command_is_fuzzed() -> None:
    """The parametrisation above follows handlers.SLASH_COMMANDS, so a new command is covered."""
    assert set(handlers.SLASH_COMMANDS) >= {"/deadlines"}
    assert len(set(handlers.SLASH_COMMANDS)) == len(handlers.SLASH_COMMANDS)


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["type", "user", "team", "view", "actions", "event", "channel",
                         "command", "text", "payload", "token", "callback_id", "id"]),
        inner, max_size=6),
    max_leaves=20)


@settings(settings.get_profile(PROFILE))
@given(raw=st.binary(max_size=300), shape=_JSONISH,
       kind=st.sampled_from(["json", "payload", "form"]))
async def test_any_body_signed_or_not_is_never_a_500(bot: SlackTestClient, raw: bytes,
                                                     shape: Any, kind: str) -> None:
    """Random bytes and JSON of every shape: unsigned → 401; signed → never a 5xx."""
    import hashlib
    import hmac
    import json
    import time
    from urllib.parse import urlencode

    if kind == "json":
        body, content_type = json.dumps(shape).encode(), "application/json"
    elif kind == "payload":
        body = urlencode({"payload": json.dumps(shape)}).encode()
        content_type = "application/x-www-form-urlencoded"
    else:
        body, content_type = raw, "application/x-www-form-urlencoded"
    unsigned = await bot.http.post("/slack/events", content=body,
                                   headers={"content-type": content_type})
    assert unsigned.status_code == 401
    stamp = str(int(time.time()))
    digest = hmac.new(bot.secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256)
    signed = await bot.http.post("/slack/events", content=body, headers={
        "content-type": content_type, "x-slack-request-timestamp": stamp,
        "x-slack-signature": "v0=" + digest.hexdigest()})
    assert signed.status_code < 500, (body[:200], signed.text[:200])
