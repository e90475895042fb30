"""The safety layer: sensitive messages get the course file's resources, privately, first.

Every case goes through the real HTTP endpoint and the Slack stand-in; the assertions are on
the Web API calls the fake recorded (nothing public, no thread, no quote of the message).
"""

from __future__ import annotations

import logging
import re

import pytest

from app.offline import slack_requests as sr
from bot.answers import answerer_for
from bot.answers.safety import detect, reply
from bot.course import Course
from tests import safety_set
from tests.answer_set import ANSWERABLE, DECLINE, LATER_ANSWERABLE, NOV_ANSWERABLE
from tests.conftest import CHANNEL, STUDENT, chicago
from tests.slack import SlackTestClient, ack_json

COUNSELING = "217-333-3704"
LIFELINE = "988"
EMERGENCY = "911"
TITLE_IX = "wecare.illinois.edu"
DRES = "333-4603"
RELIGIOUS = "first two weeks"
FERPA = "registrar.illinois.edu"

# (message, kind, resources that must be in the reply, in this order)
CASES: list[tuple[str, str, tuple[str, ...]]] = [
    ("I don't want to be alive anymore", "self_harm", (LIFELINE, EMERGENCY, COUNSELING)),
    ("honestly everyone would be better off without me, i keep thinking about ending my life",
     "self_harm", (LIFELINE, COUNSELING)),
    ("my teammate sent a message in our group chat saying she wants to kill herself, what "
     "should I do", "self_harm", (LIFELINE, EMERGENCY, COUNSELING)),
    ("Sorry for the long message. This semester has been rough: my grandmother was sick, I "
     "moved apartments twice, I have been behind in every class and the proposal is coming "
     "up. Last night I sat on the roof of my building for an hour and thought about jumping "
     "off the roof. I don't know why I'm telling a bot.", "self_harm", (LIFELINE, EMERGENCY)),
    ("honestly i don't see the point of anything anymore, nobody would notice if i just "
     "disappeared", "self_harm", (LIFELINE, COUNSELING)),
    ("Anant keeps messaging me at night asking me out and it makes me uncomfortable",
     "harassment", (TITLE_IX,)),
    ("the TA keeps touching my shoulder during office hours and it makes me uncomfortable",
     "harassment", (TITLE_IX, COUNSELING)),
    ("the professor keeps texting me late at night and commenting on my looks, who can i "
     "tell that isn't him", "harassment", (TITLE_IX,)),
    ("someone in my project group keeps sending me sexual jokes and won't leave me alone",
     "harassment", (TITLE_IX,)),
    ("i was assaulted at a party last weekend and i can't focus on the reviews",
     "assault", (EMERGENCY, TITLE_IX, COUNSELING)),
    ("my roommate has been drinking every night and today she passed out and won't wake up",
     "substance", (EMERGENCY, COUNSELING)),
    ("i think i have a drinking problem and it's hurting my grades", "substance",
     (COUNSELING,)),
    ("a classmate keeps mocking my accent because I'm an immigrant and the others laugh",
     "discrimination", (COUNSELING,)),
    ("I'm deaf, will the lecture videos have captions?", "disability", (DRES,)),
    ("I was just diagnosed with ADHD, can I get extra time on things", "disability", (DRES,)),
    ("Yom Kippur is on a presentation day, what do I do", "religious", (RELIGIOUS,)),
    ("i'm fasting for Ramadan and the midterm report is due at sunset, can i have a day",
     "religious", (RELIGIOUS,)),
    ("I suppressed my directory information, can the class see that I'm enrolled?", "ferpa",
     (FERPA,)),
    ("i'm completely overwhelmed and haven't been sleeping or eating for a week", "distress",
     (COUNSELING,)),
]
BY_STAFF = [c for c in CASES if re.search(r"\b(TA|professor|Anant)\b", c[0])]


def _quoted(message: str, reply: str) -> bool:
    """True if the reply repeats any 5-word run of the message."""
    words = re.findall(r"[a-z']+", message.lower())
    low = " ".join(re.findall(r"[a-z']+", reply.lower()))
    return any(" ".join(words[i:i + 5]) in low for i in range(len(words) - 4))


@pytest.mark.parametrize("message, kind, resources", CASES)
def test_the_detector_reads_each_wording(course: Course, message: str, kind: str,
                                         resources: tuple[str, ...]) -> None:
    concern = detect(message, course)
    assert concern is not None and concern.kind == kind


def test_about_someone_else_and_about_staff_are_recognised(course: Course) -> None:
    friend = detect(CASES[2][0], course)
    assert friend is not None and friend.someone_else
    for message, _kind, _res in BY_STAFF:
        concern = detect(message, course)
        assert concern is not None and concern.about_staff, message


def test_ordinary_questions_are_not_sensitive(course: Course) -> None:
    # FERPA questions are answerable AND private now (the issue lists FERPA as sensitive)
    wrong = [q for q, facts in ANSWERABLE + LATER_ANSWERABLE + NOV_ANSWERABLE
             if detect(q, course) is not None and not any(
                 f in {"FERPA", "self-identify", "self-identify to the instructor"}
                 for f in facts)]
    wrong += [q for q in DECLINE if detect(q, course) is not None]
    for q in ("what is the grade break down", "can I get extra time on the proposal?",
              "is the final report a pdf", "drug discovery with score-based models",
              "when do we present", "I lent my notes to a classmate"):
        if detect(q, course) is not None:
            wrong.append(q)
    assert not wrong


@pytest.mark.parametrize("message, resources", safety_set.SENSITIVE)
def test_the_tuning_set_is_recognised_with_its_resources(
        course: Course, message: str, resources: tuple[str, ...]) -> None:
    concern = detect(message, course)
    assert concern is not None, message
    text = reply(concern, course).plain(course.tz)
    assert safety_set.resources_in_order(text, resources), (resources, text)


@pytest.mark.parametrize("question", safety_set.ORDINARY)
def test_the_tuning_sets_ordinary_questions_are_not_flagged(course: Course,
                                                            question: str) -> None:
    assert detect(question, course) is None


def test_crisis_lines_come_from_the_course_file_marked_as_staff_added(course: Course) -> None:
    assert {line.added_by for line in course.crisis_lines} == {"staff"}
    answer = answerer_for(course).answer(CASES[0][0], now=chicago(2021, 9, 13, 9))
    text = answer.plain(course.tz)
    assert "Added by the course staff to the syllabus's resources." in text
    # said as an addition, never as "not in the syllabus" (which reads as a decline)
    assert "not in the syllabus" not in text.lower()
    for line in course.crisis_lines:
        assert line.contact in text


@pytest.mark.parametrize("message, kind, resources", CASES)
async def test_a_sensitive_mention_is_answered_privately(
        bot: SlackTestClient, course: Course, message: str, kind: str,
        resources: tuple[str, ...]) -> None:
    await bot.event(sr.mention_event(user_id=STUDENT, text=message, ts="1630000000.000100"))
    assert bot.sent() == []  # no channel post, no thread reply
    (private,) = bot.sent("chat.postEphemeral")
    assert private["user"] == STUDENT and private["channel"] == CHANNEL
    assert "thread_ts" not in private
    text = bot.text(private)
    positions = [text.find(r) for r in resources]
    assert -1 not in positions, (resources, text)
    assert positions == sorted(positions), "resources out of order"
    assert not _quoted(message, text)


@pytest.mark.parametrize("message, kind, resources", BY_STAFF)
async def test_a_report_about_staff_never_points_to_staff(
        bot: SlackTestClient, course: Course, message: str, kind: str,
        resources: tuple[str, ...]) -> None:
    await bot.event(sr.mention_event(user_id=STUDENT, text=message))
    (private,) = bot.sent("chat.postEphemeral")
    text = bot.text(private)
    for person in course.staff:
        assert person.name not in text and person.email not in text
    assert "office hours" not in text.lower() and "Office hours" not in text
    assert "don't have to go through the course staff" in text


@pytest.mark.parametrize("message, kind, resources", CASES[::3])
async def test_a_sensitive_dm_is_answered_in_the_dm(
        bot: SlackTestClient, message: str, kind: str, resources: tuple[str, ...]) -> None:
    await bot.dm(message)
    (reply,) = bot.sent()
    assert reply["channel"].startswith("D") and "thread_ts" not in reply
    assert bot.sent("chat.postEphemeral") == []
    assert all(r in bot.text(reply) for r in resources)
    assert not _quoted(message, bot.text(reply))


@pytest.mark.parametrize("message, kind, resources", CASES[1::3])
async def test_a_sensitive_ask_is_answered_in_the_ephemeral_ack(
        bot: SlackTestClient, message: str, kind: str, resources: tuple[str, ...]) -> None:
    response = await bot.command("/ask", message, channel_id=CHANNEL)
    body = ack_json(response)
    assert body["response_type"] == "ephemeral"
    assert all(r in bot.text(response) for r in resources)
    assert bot.sent() == [] and bot.sent("chat.postEphemeral") == []


async def test_grade_runs_the_safety_layer_first(bot: SlackTestClient) -> None:
    response = await bot.command("/grade", "i'm failing everything and i want to die",
                                 channel_id=CHANNEL)
    body = ack_json(response)
    assert body["response_type"] == "ephemeral"
    assert LIFELINE in bot.text(response) and bot.sent() == []


async def test_a_sensitive_suggestion_button_is_ephemeral_even_in_a_dm(
        bot: SlackTestClient) -> None:
    payload = sr.block_action_payload(user_id=STUDENT, action_id="answer_topic_0",
                                      value="policy:mental_health",
                                      response_url=bot.slack.response_url("btn"))
    await bot.interact(payload)
    (reply,) = bot.sent("response_url")
    assert reply["response_type"] == "ephemeral" and COUNSELING in bot.text(reply)


async def test_only_the_kind_is_logged(bot: SlackTestClient,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    message = "my roommate said she wants to kill herself tonight"
    await bot.event(sr.mention_event(user_id=STUDENT, text=message))
    sent = [r for r in caplog.records if r.getMessage() == "sensitive reply sent"]
    assert sent and getattr(sent[0], "concern", "") == "self_harm"
    for record in caplog.records:
        assert "kill herself" not in record.getMessage()
        assert "kill herself" not in str(record.args or "")
