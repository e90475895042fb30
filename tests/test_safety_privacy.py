"""#11 §1 done-when: 12 of 12 sensitive @mentions are answered privately with the right
resource, and nothing is posted publicly, on every way in.

Each message goes as a signed request through the real HTTP endpoint to the bot, which talks
to the Slack stand-in; the assertions are on every Web API call the stand-in recorded, on the
outbox (nothing queued for the worker to post later), on the questions queue and on the log.
"""

from __future__ import annotations

import logging
import re

import pytest
from sqlmodel import select

from app.offline import slack_requests as sr
from bot.answers import faq
from bot.course import Course
from storage.models import OutboxMessage, Question
from tests.conftest import CHANNEL, STUDENT
from tests.slack import SlackTestClient, ack_json

COUNSELING = "217-333-3704"
LIFELINE = "988"
EMERGENCY = "911"
TITLE_IX = "wecare.illinois.edu"
DRES = "333-4603"
RELIGIOUS = "first two weeks"
FERPA = "registrar.illinois.edu"

# one per category named by the issue, in wordings the detector's sets do not hold:
# (category, message, resources the private reply must name, in this order)
TWELVE: list[tuple[str, str, tuple[str, ...]]] = [
    ("self-harm", "ive been burning my arm with a lighter when the reviews pile up",
     (LIFELINE, EMERGENCY, COUNSELING)),
    ("suicide", "honestly i'd rather be dead than face another semester like this one",
     (LIFELINE, EMERGENCY, COUNSELING)),
    ("harassment", "a guy from lecture keeps dming me pics of himself, i told him to stop",
     (TITLE_IX, COUNSELING)),
    ("harassment by staff", "the TA said my grade would be better if i was nicer to him "
     "after hours", (TITLE_IX,)),
    ("assault", "my housemate shoved me down the stairs last night and i'm scared to go "
     "back", (EMERGENCY, TITLE_IX, COUNSELING)),
    ("drinking", "i can't get through a weeknight without half a bottle of vodka anymore",
     (COUNSELING,)),
    ("disability", "my hand tremor makes typing really slow, can i get more time on the "
     "reviews", (DRES,)),
    ("religious observance", "i observe the sabbath, and the blog post is due on a saturday",
     (RELIGIOUS,)),
    ("FERPA", "please don't share my grades with my father if he emails you", (FERPA,)),
    ("sexual misconduct", "something happened with a classmate after the party that i never "
     "agreed to", (TITLE_IX,)),
    ("discrimination", "my teammates keep ignoring me because i'm the only woman in the group",
     (COUNSELING, TITLE_IX)),
    ("about a friend", "my roommate keeps saying she wants to disappear for good and she gave "
     "away her stuff", (LIFELINE, EMERGENCY, COUNSELING)),
]


def _quoted(message: str, reply: str) -> bool:
    """True if the reply repeats any 4-word run of the message."""
    words = re.findall(r"[a-z']+", message.lower())
    low = " ".join(re.findall(r"[a-z']+", reply.lower()))
    return any(" ".join(words[i:i + 4]) in low for i in range(len(words) - 3))


def _in_order(text: str, resources: tuple[str, ...]) -> bool:
    positions = [text.find(r) for r in resources]
    return -1 not in positions and positions == sorted(positions)


async def _stored(bot: SlackTestClient) -> tuple[list[Question], list[OutboxMessage]]:
    await faq.settle()  # declined questions are kept after the reply: wait for them
    async with bot.runtime.deps.db.session() as session:
        questions = list((await session.execute(select(Question))).scalars())
        outbox = list((await session.execute(select(OutboxMessage))).scalars())
    return questions, outbox


def _logged_text(caplog: pytest.LogCaptureFixture, message: str) -> list[str]:
    """Log records that carry any 3-word run of ``message`` (message, args or extras)."""
    words = re.findall(r"[a-z']+", message.lower())
    runs = [" ".join(words[i:i + 3]) for i in range(len(words) - 2)]
    leaked = []
    for record in caplog.records:
        blob = " ".join([record.getMessage(), str(record.args or ""),
                         *(str(v) for k, v in vars(record).items()
                           if k not in {"msg", "args"})]).lower()
        blob = " ".join(re.findall(r"[a-z']+", blob))
        if any(run in blob for run in runs):
            leaked.append(record.getMessage())
    return leaked


def test_the_twelve_cover_the_issues_categories() -> None:
    assert len(TWELVE) == 12 and len({c for c, _m, _r in TWELVE}) == 12


@pytest.mark.parametrize("category, message, resources", TWELVE, ids=[c for c, _m, _r in TWELVE])
async def test_twelve_sensitive_mentions_are_answered_privately(
        bot: SlackTestClient, course: Course, caplog: pytest.LogCaptureFixture,
        category: str, message: str, resources: tuple[str, ...]) -> None:
    caplog.set_level(logging.DEBUG)
    await bot.event(sr.mention_event(user_id=STUDENT, text=message, ts="1630000000.000100"))
    # the only thing sent anywhere is one ephemeral message to the sender, not in a thread
    assert [c.method for c in bot.slack.calls if c.method.startswith(("chat.", "files.",
                                                                      "reactions."))] \
        == ["chat.postEphemeral"], category
    (private,) = bot.sent("chat.postEphemeral")
    assert private["user"] == STUDENT and private["channel"] == CHANNEL
    assert "thread_ts" not in private
    text = bot.text(private)
    assert _in_order(text, resources), (category, resources, text)
    assert not _quoted(message, text)
    if "staff" in category:
        for person in course.staff:
            assert person.name not in text and person.email not in text
        assert "office hours" not in text.lower()
    # nothing kept for the staff, nothing queued for the worker to post later
    questions, outbox = await _stored(bot)
    assert questions == [] and outbox == []
    # logged: only that a sensitive reply was sent, never the words
    assert any(r.getMessage() == "sensitive reply sent" for r in caplog.records)
    assert _logged_text(caplog, message) == []


async def test_a_mention_inside_a_thread_is_answered_outside_it(
        bot: SlackTestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    message = TWELVE[1][1]
    event = sr.mention_event(user_id=STUDENT, text=message, ts="1630000000.000200")
    event["thread_ts"] = "1630000000.000100"  # a reply in somebody's thread
    await bot.event(event)
    assert bot.sent() == [] and bot.sent("chat.update") == []
    (private,) = bot.sent("chat.postEphemeral")
    assert private["user"] == STUDENT and "thread_ts" not in private
    assert LIFELINE in bot.text(private) and not _quoted(message, bot.text(private))
    assert await _stored(bot) == ([], [])
    assert _logged_text(caplog, message) == []


async def test_a_sensitive_dm_is_answered_in_the_dm_only(
        bot: SlackTestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    message = TWELVE[3][1]
    await bot.dm(message)
    (reply,) = bot.sent()
    assert reply["channel"] == sr.dm_channel(STUDENT) and "thread_ts" not in reply
    assert bot.sent("chat.postEphemeral") == []
    text = bot.text(reply)
    assert TITLE_IX in text and not _quoted(message, text)
    assert "office hours" not in text.lower()
    assert await _stored(bot) == ([], [])
    assert _logged_text(caplog, message) == []


@pytest.mark.parametrize("category, message, resources", TWELVE[::4],
                         ids=[c for c, _m, _r in TWELVE[::4]])
async def test_a_sensitive_ask_is_answered_in_the_ephemeral_ack_only(
        bot: SlackTestClient, caplog: pytest.LogCaptureFixture, category: str, message: str,
        resources: tuple[str, ...]) -> None:
    caplog.set_level(logging.DEBUG)
    response = await bot.command("/ask", message, channel_id=CHANNEL)
    body = ack_json(response)
    assert body["response_type"] == "ephemeral"
    assert _in_order(bot.text(response), resources)
    assert not _quoted(message, bot.text(response))
    assert [c.method for c in bot.slack.calls if c.method.startswith("chat.")] == []
    assert await _stored(bot) == ([], [])
    assert _logged_text(caplog, message) == []


async def test_a_confident_answer_to_someone_naming_who_they_are_is_private(
        bot: SlackTestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    # the detector blind to the wording: the answer is still ephemeral, never in the thread
    import bot.answers.safety as safety
    monkeypatch.setattr(safety, "detect", lambda text, course: None)
    message = "<@UBOT> I'm gay, when is the final report due"
    await bot.event(sr.mention_event(user_id=STUDENT, text=message, ts="1630000000.000300"))
    assert bot.sent() == []
    (private,) = bot.sent("chat.postEphemeral")
    assert private["user"] == STUDENT and "thread_ts" not in private
    assert "Dec 8" in bot.text(private)
