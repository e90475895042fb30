"""Safety holes found by a new-user trial (#11 part 1, brief safety6).

Each bug has the trial's own messages and at least three wordings written for this file
before the fix was run on them (not tuned on afterwards). Staff in the course file: Arindam
Banerjee (instructor) and Anant Dadu (TA).

1. a grade, a mark, a slot or a threat tied to refusing an advance, a date, a favour or
   going to someone's place (retaliation / quid pro quo): harassment by staff, private,
   Title IX + wecare, never that staff member's contact;
2. suicide cues told about someone else ("nobody would miss her", "wants to disappear",
   "giving her stuff away", "hasn't eaten in days"): a concern, 988 + Counseling, the
   about-someone-else line, never queued;
3. unwanted personal attention by a staff member (waiting for the student, asking about
   their relationships, asking for their address or number), and the fail-safe: a message
   naming a staff member as the actor of something done to the asker, which the engine
   would decline or be unsure about, gets the private support card, never that staff
   member's contact, never queued;
4. a reply computed from the asker's own scores is private (ephemeral from a mention);
minor: "If this is about someone else" only when the message is about someone else.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from app.offline import slack_requests as sr
from bot.answers import answerer_for, faq
from bot.answers.computed import STATED_SCORES
from bot.answers.model import Answer
from bot.answers.safety import _NOT_STAFF
from bot.answers.safety import _SOMEONE as SOMEONE_LINE
from bot.answers.support import private_only
from bot.course import Course
from storage.models import OutboxMessage, Question
from tests.conftest import CHANNEL, STUDENT
from tests.slack import SlackTestClient

NOW = datetime(2021, 10, 20, 10, tzinfo=ZoneInfo("America/Chicago"))
WECARE = "wecare.illinois.edu"
TITLE_IX = "Title IX"
LIFELINE = "988"
COUNSELING = "217-333-3704"


def _answer(course: Course, text: str) -> Answer:
    return answerer_for(course).answer(text, now=NOW)


def _no_staff(course: Course, text: str) -> None:
    for person in course.staff:
        assert person.name not in text and person.email not in text, text
        assert person.name.split()[0] not in text, text
    assert "office hours" not in text.lower(), text


# ---------------------------------------------------------------- 1. retaliation by staff

RETALIATION_TRIAL = [
    "Anant gave my team a zero on the proposal after I refused to go to his apartment, what "
    "can I do",
    "Anant gave me a 0 on my blog post after I refused to go out with him",
    "my TA lowered my review grade to 10/30 because I turned down his advances",
]
RETALIATION_NEW = [
    "the professor said I could have a better grade on my final report if I come by his house "
    "this weekend",
    "ever since I told the TA I wasn't interested in dating him, he's been taking points off "
    "all my blog posts",
    "Arindam hinted that my recommendation letter depends on whether I go to dinner with him",
    "the grader dropped my presentation score after I declined his invitation to his hotel "
    "room",
]


@pytest.mark.parametrize("text", RETALIATION_TRIAL + RETALIATION_NEW)
def test_a_grade_tied_to_refusing_an_advance_is_harassment_by_staff(
        course: Course, text: str) -> None:
    answer = _answer(course, text)
    plain = answer.plain(course.tz)
    assert answer.sensitive and private_only(answer), plain
    assert answer.concern in {"harassment", "support"}, (answer.concern, plain)
    assert WECARE in plain and TITLE_IX in plain
    assert _NOT_STAFF in plain
    assert "weighted points" not in plain  # never the grade calculation
    _no_staff(course, plain)


# ------------------------------------------------------------ 2. suicide cues, someone else

SOMEONE_TRIAL = [
    "my roommate (also in this class) hasn't eaten in days and says nobody would miss her",
    "my friend in this class says nobody would miss her",
]
SOMEONE_NEW = [
    "my lab partner keeps saying no one would even notice if she was gone",
    "my roommate has been giving away all his things and says he wants to disappear",
    "my teammate texted me that nobody would care if he died",
]


@pytest.mark.parametrize("text", SOMEONE_TRIAL + SOMEONE_NEW)
def test_suicide_cues_about_someone_else_are_a_concern(course: Course, text: str) -> None:
    answer = _answer(course, text)
    plain = answer.plain(course.tz)
    assert answer.sensitive and answer.concern == "self_harm", (answer.concern, plain)
    assert LIFELINE in plain and COUNSELING in plain
    assert SOMEONE_LINE in plain


@pytest.mark.parametrize("text", [
    "my roommate hasn't eaten in days",
    "worried about my friend from this class, she hasn't slept or eaten in days",
    "my friend says she wants to disappear",
    "my roommate is giving her stuff away",
])
def test_third_person_cues_alone_get_resources(course: Course, text: str) -> None:
    answer = _answer(course, text)
    plain = answer.plain(course.tz)
    assert answer.sensitive and COUNSELING in plain, plain
    assert answer.kind == "answer"


# ------------------------------------------------- 3. attention from staff, and the fail-safe

ATTENTION_TRIAL = [
    "Anant waits for me after every zoom call to ask about my boyfriend, it's making me not "
    "want to come to class",
    "Anant asked for my home address and phone number for no course reason, should I give it",
]
ATTENTION_NEW = [
    "the TA keeps asking whether I have a girlfriend during office hours and it's weird",
    "Professor Banerjee asked where I live and if I live alone, is that normal?",
    "my TA messages me on instagram late at night",
]
# wordings no detector pattern was written for: only the fail-safe stands between them and
# a decline that lists the staff member and goes to the staff's queue
FAIL_SAFE_NEW = [
    "the professor keeps emailing me songs and poems, I don't know what to do",
    "Anant added me on every social app and likes all my old pictures",
    "the TA sat really close to me in office hours and kept brushing my arm",
    "the TA keeps sending me links to his personal blog and asking what I think of him",
    "Anant keeps showing up at the dining hall in my dorm whenever I'm there",
]
# first run of the eight above: six right; "keeps emailing me songs" and "sat really close
# to me in office hours and kept brushing my arm" got the decline (email and office hours
# read as course business, a body part not as personal), and "asking whether I have a
# girlfriend" got the someone-else line. Fixed by general rules (a channel is no course
# business, a body part is personal, "have a girlfriend" names no one); a second batch,
# written before those fixes were run, checks them:
FAIL_SAFE_SECOND = [
    "Anant keeps giving me little gifts after section and says not to tell anyone",
    "the professor put his hand on my back while I was presenting and left it there",
    "my TA keeps commenting on my instagram stories and asking who I was with",
]


@pytest.mark.parametrize("text", ATTENTION_TRIAL + ATTENTION_NEW + FAIL_SAFE_NEW
                         + FAIL_SAFE_SECOND)
def test_personal_attention_from_staff_gets_the_private_card(course: Course, text: str) -> None:
    answer = _answer(course, text)
    plain = answer.plain(course.tz)
    assert answer.sensitive and private_only(answer), plain
    assert answer.kind == "answer"
    assert WECARE in plain and _NOT_STAFF in plain
    _no_staff(course, plain)
    assert SOMEONE_LINE not in plain  # the asker's own report (the minor bug)


@pytest.mark.parametrize("text", FAIL_SAFE_NEW)
def test_the_fail_safe_holds_with_the_detector_blind(
        course: Course, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.answers.safety as safety
    monkeypatch.setattr(safety, "detect", lambda text, course: None)
    answer = answerer_for(course).answer(text + " ", now=NOW)  # not the kept answer
    plain = answer.plain(course.tz)
    assert answer.sensitive and answer.concern == "support", plain
    assert WECARE in plain and _NOT_STAFF in plain
    _no_staff(course, plain)


@pytest.mark.parametrize("text", [
    "Anant graded my review 20/30 and didn't explain why, can I get a regrade",
    "does the TA hold office hours for my section",
    "the professor told me I should ask the bot about the policy",
])
def test_ordinary_business_with_staff_is_no_card(course: Course, text: str) -> None:
    assert not _answer(course, text).sensitive


# ------------------------------------------------------------------ 4. one's own scores

SCORES_TRIAL = ["I have 25/30 on reviews and 18/20 on presentations and 9/10 on blogs, what do "
                "I need on the project to get an A"]
SCORES_NEW = [
    "I got 80% on the proposal and 27/30 on reviews, what's my grade so far",
    "if I get 90 on everything else and 15/20 on presentations what letter do I end with",
    "my scores: reviews 28/30, blogs 10/10. need B+",
]


@pytest.mark.parametrize("text", SCORES_TRIAL + SCORES_NEW)
def test_an_answer_from_stated_scores_is_private(course: Course, text: str) -> None:
    answer = _answer(course, text)
    assert answer.kind == "answer" and answer.topic == "grade", answer.plain(course.tz)
    assert answer.concern == STATED_SCORES and private_only(answer)


@pytest.mark.parametrize("text", ["what is the A cutoff", "how much are reviews worth"])
def test_a_grading_fact_stays_public(course: Course, text: str) -> None:
    assert not private_only(_answer(course, text))


# ------------------------------------------------------------- minor: the someone-else line

@pytest.mark.parametrize("text, about_someone", [
    ("my ex keeps texting me threats after I blocked him", False),
    ("the TA waits for me after class and asks about my boyfriend", False),
    ("my roommate told me she wants to die", True),
    ("my friend was assaulted at a party last weekend", True),
])
def test_the_someone_else_line_only_about_someone_else(
        course: Course, text: str, about_someone: bool) -> None:
    answer = _answer(course, text)
    assert answer.sensitive
    assert (SOMEONE_LINE in answer.plain(course.tz)) is about_someone


# ------------------------------------------------------------------- end to end, in Slack

async def _stored(bot: SlackTestClient) -> tuple[list[Question], list[OutboxMessage]]:
    await faq.settle()
    async with bot.runtime.deps.db.session() as session:
        questions = list((await session.execute(select(Question))).scalars())
        outbox = list((await session.execute(select(OutboxMessage))).scalars())
    return questions, outbox


@pytest.mark.parametrize("text", [
    RETALIATION_TRIAL[0], SOMEONE_TRIAL[0], SOMEONE_TRIAL[1], ATTENTION_TRIAL[0],
    ATTENTION_TRIAL[1], FAIL_SAFE_NEW[0], SCORES_TRIAL[0],
])
async def test_trial_mentions_are_ephemeral_and_never_queued(
        bot: SlackTestClient, course: Course, text: str) -> None:
    await bot.event(sr.mention_event(user_id=STUDENT, text=text,
                                     ts="1630000000.000100"))
    assert bot.sent() == []  # nothing in the channel or a thread
    (private,) = bot.sent("chat.postEphemeral")
    assert private["user"] == STUDENT and private["channel"] == CHANNEL
    assert "thread_ts" not in private
    questions, outbox = await _stored(bot)
    assert questions == [] and outbox == []


async def test_the_retaliation_dm_is_answered_with_resources_only(
        bot: SlackTestClient, course: Course) -> None:
    await bot.event(sr.message_event(user_id=STUDENT, text=RETALIATION_TRIAL[1]))
    (reply,) = bot.sent("chat.postMessage")
    text = bot.text(reply)
    assert WECARE in text and "weighted points" not in text
    _no_staff(course, text)
    questions, _outbox = await _stored(bot)
    assert questions == []
