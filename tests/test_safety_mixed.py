"""#11 §1 (safety3): mixed messages and topic mentions — fewer false alarms, no lost answers.

On the ordinary near-miss set tests/devset2/ordinary.py (105 questions, written apart from
the detector), a student got a support or policy card INSTEAD of the course answer for
18/105 before this change (integ 910cd67) and 0/105 after:

1. light distress + a course question the engine answers confidently: the course answer
   first, then one resources line (Counseling Center, from the course file), privately;
2. a sensitive word governed by a research/project/dataset/metric/ML frame is a topic;
3. idioms (die on the hill, eating me alive, killing it, addicted to the content …) and
   informational questions taken back ("what's FERPA? never mind, …") are not concerns.
Self-harm, assault, harassment and the rest keep their full reply.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.offline import slack_requests as sr
from bot.answers import Answer, Asker, answerer_for
from bot.answers.safety import detect
from bot.answers.support import private_only
from bot.course import Course
from tests.conftest import CHANNEL, STUDENT
from tests.devset2 import ordinary
from tests.slack import SlackTestClient

NOW = datetime(2021, 10, 4, 15, 0, tzinfo=UTC)
ORDINARY_CEILING = 0  # of 105 (18 before)
COUNSELING = "217-333-3704"


def _ask(course: Course, text: str) -> Answer:
    return answerer_for(course).answer(text, now=NOW, asker=Asker(user_id="U1", private=False))


def _instead_of_the_answer(answer: Answer) -> bool:
    """A safety/support card in place of the course answer."""
    return answer.sensitive and (answer.topic or "").startswith(("policy:", "support"))


def test_ordinary_near_misses_get_their_course_answer(course: Course) -> None:
    assert len(ordinary.ORDINARY) == 105
    flagged = [q for q in ordinary.ORDINARY if _instead_of_the_answer(_ask(course, q))]
    assert len(flagged) <= ORDINARY_CEILING, flagged


@pytest.mark.parametrize("text", [
    "I'm so overwhelmed lately, how many classes do we have in total",
    "ugh I've been crying all evening, when are office hours",
    "I'm burned out, what's the course outline",
])
def test_light_distress_gets_the_answer_then_resources_privately(course: Course,
                                                                 text: str) -> None:
    answer = _ask(course, text)
    body = answer.plain(course.tz)
    assert answer.sensitive and private_only(answer)
    assert not (answer.topic or "").startswith(("policy:", "support"))
    assert COUNSELING not in answer.lines[0].text  # the course answer comes first
    assert COUNSELING in answer.lines[-1].text
    assert text.lower() not in body.lower()  # never quoted back


@pytest.mark.parametrize("text, kind", [
    ("I want to die, when is the proposal due", "self_harm"),
    ("my TA keeps harassing me, when are office hours", "harassment"),
    ("I was harassed at our project meeting, what is the team size", "harassment"),
    ("my project partner assaulted me", "assault"),
    ("our research project is making me suicidal", "self_harm"),
    ("what do i do if a religious holiday conflicts with my paper presentation", "religious"),
    ("i feel hopeless and like a burden, when are office hours", "distress"),
    ("my TA harassed me. nvm, when is class", "harassment"),
])
def test_serious_concerns_keep_the_full_reply(course: Course, text: str, kind: str) -> None:
    concern = detect(text, course)
    assert concern is not None and concern.kind == kind
    answer = _ask(course, text)
    assert answer.sensitive and answer.concern == kind
    assert (answer.topic or "").startswith("policy:")


@pytest.mark.parametrize("text", [
    "is self-harm detection a good application for a vision model project",
    "can our dataset include harassment labels from forum posts",
    "we're building a depression prediction metric, what's the final report page limit",
    "I'd die on this hill: VAEs beat GANs. when is the midterm report due",
    "the reviews are eating us alive, how many do we write",
    "what's a religious observance? nvm, when is the proposal due",
    "what's title ix? nvm when is class",
    "i'm addicted to these lectures, when is the next one",
])
def test_topics_idioms_and_retracted_questions_are_not_concerns(course: Course,
                                                               text: str) -> None:
    assert detect(text, course) is None
    assert not _instead_of_the_answer(_ask(course, text))


async def test_a_mention_with_light_distress_is_answered_only_to_the_asker(
        bot: SlackTestClient) -> None:
    message = "I'm burned out from other classes, how many classes do we have in total"
    await bot.event(sr.mention_event(user_id=STUDENT, text=message, ts="1630000000.000100"))
    assert bot.sent() == []  # no thread reply others could read
    (private,) = bot.sent("chat.postEphemeral")
    assert private["user"] == STUDENT and private["channel"] == CHANNEL
    text = bot.text(private)
    assert "23 classes" in text and COUNSELING in text
    assert text.find("23 classes") < text.find(COUNSELING)
    assert "burned out" not in text.lower()


def test_a_question_taken_back_gets_the_question_that_follows(course: Course) -> None:
    answer = _ask(course, "what's FERPA? never mind, when are slides due")
    assert not answer.sensitive and answer.topic == "relative:slides"
