"""Safety holes found by the second new-user trial (#11 part 1), fixed as general shapes
(``NINTH`` in :mod:`bot.answers.safety_cues`).

1. not being here, wished ("I wish I wasn't around") or supposed for good ("if I just wasn't
   around anymore"), with fillers between the words; no future seen for oneself; a last
   message: a crisis, 988 first, privately — and "if I wasn't here for class on Tuesday" is a
   course question;
2. being laughed at or treated worse "because I'm" or "for being" someone: discrimination,
   wecare, privately;
3. one's grade seen, told, posted or sent to others by someone else: FERPA, privately.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.answers import answerer_for
from bot.answers.support import private_only
from bot.course import Course

NOW = datetime(2021, 10, 13, 10, tzinfo=ZoneInfo("America/Chicago"))

CRISIS_TRIAL = [
    "what's the point of any of it. everyone would be better off if I just wasn't around "
    "anymore. when is the final report due anyway",
    "everyone would be better off if I just wasn't around anymore",
]
CRISIS_NEW = [
    "honestly i wish i wasnt alive", "my sister says she wishes she wasn't here anymore",
    "would anyone even care if I simply wasn't around any more",
    "they'd all be better off if i just didn't exist",
    "I don't see any future for myself anymore", "i cant see a future for me at all",
    "this is going to be my last message, thanks for everything",
]
DISCRIMINATION_TRIAL = [
    "my teammates keep leaving me out of meetings and making jokes about me being Muslim"]
DISCRIMINATION_NEW = [
    "they dropped me from the group because I'm trans",
    "my lab partner keeps making fun of me for being Jewish",
    "the guys on my team laugh at her for being a woman in ML",
]
FERPA_TRIAL = ["someone in class told me they saw my grade when the TA shared his screen on "
               "zoom. is that allowed?"]
FERPA_NEW = [
    "a classmate found out my proposal score and told the whole class",
    "the TA forwarded my review grades to my entire team",
    "my groupmate looked up my transcript somehow",
]
ORDINARY = [
    "if I wasn't here for class on tuesday can I still present?",
    "if she wasn't here I'd have no team, can I go solo?",
    "what if I was not around for my presentation slot?",
    "I don't see a future for myself in academia, should I still take this course?",
    "this is my last message about the proposal, promise",
    "has the TA posted my grade yet?", "people laughed at my joke about GANs",
    "because I'm international, do I need anything special for the team?",
]


def _answer(course: Course, text: str):  # type: ignore[no-untyped-def]
    return answerer_for(course).answer(text, now=NOW)


@pytest.mark.parametrize("text", CRISIS_TRIAL + CRISIS_NEW)
def test_not_being_here_is_a_crisis_answered_privately(course: Course, text: str) -> None:
    answer = _answer(course, text)
    body = answer.plain(course.tz)
    assert answer.sensitive and private_only(answer), body
    assert "988" in body and "Counseling" in body, body


@pytest.mark.parametrize("text", DISCRIMINATION_TRIAL + DISCRIMINATION_NEW)
def test_treated_worse_for_who_one_is_is_discrimination(course: Course, text: str) -> None:
    answer = _answer(course, text)
    body = answer.plain(course.tz)
    assert answer.sensitive and private_only(answer), body
    assert "wecare" in body, body


@pytest.mark.parametrize("text", FERPA_TRIAL + FERPA_NEW)
def test_ones_grade_shown_to_others_is_ferpa(course: Course, text: str) -> None:
    answer = _answer(course, text)
    body = answer.plain(course.tz)
    assert answer.sensitive and private_only(answer), body
    assert "FERPA" in body, body
    assert not body.startswith("Yes"), body


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_in_course_talk_are_no_concern(course: Course, text: str) -> None:
    assert not _answer(course, text).sensitive, text


# A personal story told beside a course question: the answer is the asker's alone, even
# where the detector reads nothing in the story (blinded here).
STORIES = [
    "Things at home have been rough since my dad lost his job and I keep thinking about it "
    "all day. Anyway, when is the mid-term report due?",
    "My roommate moved out last week and I have barely left my room since then, it has been "
    "strange. How much is the final report worth?",
]
SHORT_OR_IMPERSONAL = [
    "when is the mid-term report due?",
    "The syllabus lists four key dates for the project and two relative rules for papers. "
    "When is the proposal due?",
    "I read the syllabus. When is the proposal due?",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_beside_a_question_is_answered_privately_even_unread(
        course: Course, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.answers.safety as safety
    monkeypatch.setattr(safety, "detect", lambda text, course: None)
    answer = answerer_for(course).answer(text + " ", now=NOW)
    assert answer.kind == "answer" and private_only(answer), answer.plain(course.tz)


@pytest.mark.parametrize("text", SHORT_OR_IMPERSONAL)
def test_a_plain_question_stays_public(course: Course, text: str) -> None:
    answer = _answer(course, text)
    assert answer.kind == "answer" and not private_only(answer), answer.plain(course.tz)


# Short plain wordings of our own (the tenth round): indifference to living, a holy day on
# one's own deadline, who may see one's records, one's name kept off a list; and a school
# break is not an observance.
TENTH = [
    ("honestly I stopped caring whether I wake up", "self_harm", "988"),
    ("she says she doesn't care if she lives", "self_harm", "988"),
    ("my review slot falls on Rosh Hashanah", "religious", "religious"),
    ("I'm fasting on Yom Kippur and my blog post is due that day", "religious", "religious"),
    ("who is allowed to see my transcript?", "ferpa", "FERPA"),
    ("I do not want my email listed on the course roster", "ferpa", "FERPA"),
]


@pytest.mark.parametrize("text", ["heading home for thanksgiving break, anything due then?",
                                  "during winter vacation is there any deadline?"])
def test_a_school_break_is_no_observance(course: Course, text: str) -> None:
    assert not _answer(course, text).sensitive, text


# Common words a letter or two from a cue word are not its misspelling ("morning" is not
# "mourning", "starting" is not "starving", "weights" of the grade are not body weight).
@pytest.mark.parametrize("text", [
    "good morning! what are the weights of each component?",
    "starting my review now, is it due the day before class?",
    "how do I say good morning in spanish",
])
def test_everyday_words_near_a_cue_word_get_no_card(course: Course, text: str) -> None:
    answer = _answer(course, text)
    assert not answer.sensitive and answer.concern != "support", answer.plain(course.tz)


@pytest.mark.parametrize("text", ["do I need to have passed a deep learning course first?",
                                  "has the proposal deadline passed already?"])
def test_passed_alone_is_no_mood_word(course: Course, text: str) -> None:
    answer = _answer(course, text)
    assert not answer.sensitive and answer.concern != "support", answer.plain(course.tz)
    assert "Counseling" not in answer.plain(course.tz)


# The second trial (twelfth round): one's grade seen or spread by someone, in any order;
# drinking to the point of not remembering; a question about a policy opens plainly.
TWELFTH = [
    ("a guy from my team peeked at my grades on my phone and is gossiping about them",
     "ferpa", "FERPA"),
    ("my midterm report score was seen by someone in the lab and they told the group",
     "ferpa", "FERPA"),
    ("I was so drunk at the party before my presentation that I can't recall any of it",
     "substance", "Counseling"),
]


@pytest.mark.parametrize("text, kind, resource", TENTH + TWELFTH)
def test_short_plain_wordings(course: Course, text: str, kind: str, resource: str) -> None:
    answer = _answer(course, text)
    body = answer.plain(course.tz)
    assert answer.sensitive and private_only(answer) and answer.concern == kind, body
    assert resource in body, body


@pytest.mark.parametrize("text", ["where is the sexual misconduct reporting procedure described?",
                                  "what is the policy on harassment in this course"])
def test_a_policy_question_opens_plainly(course: Course, text: str) -> None:
    answer = _answer(course, text)
    assert answer.sensitive and private_only(answer), text
    assert answer.headline.startswith("Here is what the syllabus says"), answer.headline
    assert "sorry" not in answer.headline.lower()


# The resources fail-safe: a personal message the engine cannot answer, carrying fear,
# someone's conduct toward the asker or harm cues of some weight, gets the support card
# (Counseling, wecare and Title IX) even when the detector names nothing (blinded here).
@pytest.mark.parametrize("text", [
    "my lab partner keeps cornering me after zoom calls and I'm scared to log on",
    "he grabbed my wrist hard when I said I'd report him and now he won't leave me alone",
    "ever since the party I feel unsafe walking to the lab at night",
])
def test_an_unread_disclosure_gets_the_resources_not_a_decline(
        course: Course, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.answers.safety as safety
    monkeypatch.setattr(safety, "detect", lambda text, course: None)
    answer = _answer(course, text + " ")
    body = answer.plain(course.tz)
    assert answer.sensitive and private_only(answer), body
    assert "Counseling" in body and "wecare" in body, body
    assert "doesn't cover" not in body, body


@pytest.mark.parametrize("text", [
    "can someone send me the zoom link for lecture?",
    "my friend told me the final report is long, how many pages is it?",
    "my code is crashing and burning on the GPU, any batch size tips?",
])
def test_ordinary_talk_gets_no_card_from_the_fail_safe(
        course: Course, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.answers.safety as safety
    monkeypatch.setattr(safety, "detect", lambda text, course: None)
    answer = _answer(course, text + " ")
    assert not answer.sensitive and answer.concern != "support", answer.plain(course.tz)


def test_light_stress_beside_a_fair_answer_gets_the_answer(course: Course) -> None:
    """A late joiner, a bit stressed, asking when teams must be formed: the team deadline
    (a fair answer asked on its own) and a resources line, not the resources alone."""
    text = ("I joined late and I'm a bit stressed about finding teammates. Someone said "
            "teams are due soon. By when exactly do teams have to be formed?")
    answer = _answer(course, text)
    body = answer.plain(course.tz)
    assert "Sep 17" in body and "Counseling" in body, body
    assert private_only(answer), body
