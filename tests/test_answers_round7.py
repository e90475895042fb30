"""Seventh round: rules found by the ninth development set. Each general rule has its own
test; the wording here is our own (the development sets, ``tests/devset*``, are scored
elsewhere).
"""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.course import Course
from tests.answer_checks import DATE as _DATE
from tests.answer_checks import declines as _declines
from tests.conftest import chicago

NOW = chicago(2021, 9, 13, 9, 0)


def _text(answerer: Answerer, course: Course, question: str) -> str:
    return answerer.answer(question, now=NOW).plain(course.tz)


# --- 1. "carries" / "accounts for": the item's weight
@pytest.mark.parametrize("question, weight", [
    ("how much of the grade the proposal carries", "5%"),
    ("quick q: what share of my mark do the blog posts carry", "10%"),
])
def test_carries_asks_a_weight(answerer: Answerer, course: Course, question: str,
                               weight: str) -> None:
    assert weight in _text(answerer, course, question)


# --- 8. silent details: a deadline's cut-off time of day, a report's sections, working on
# one's own work with someone else
@pytest.mark.parametrize("question", [
    "when the final report is due, which cutoff time applies?",
    "what's the cut-off time for the mid-term report?",
    "how should the final report be structured?",
    "what headings does the proposal need?",
    "can I prepare my paper reviews with a classmate and submit the same ones?",
])
def test_unstated_details_decline(answerer: Answerer, course: Course, question: str) -> None:
    _declines(_text(answerer, course, question))


# --- 9. off-topic money questions
@pytest.mark.parametrize("question", [
    "should I buy some ethereum today?",
    "is it smart to buy stocks now?",
])
def test_money_is_off_topic(answerer: Answerer, course: Course, question: str) -> None:
    text = _text(answerer, course, question)
    _declines(text)
    assert "doesn't say anything" in text, text  # a plain decline, not a guess at a topic


# --- 2. order: "which <thing> is next" after a stated today, "after X, what ... is left",
# "is A before or after B" said in words
def test_which_thing_is_next_after_a_stated_today(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "today is Oct 3 - what assignment comes up next?")
    assert "Mid-term report" in text and "Nov 5" in text, text
    assert "Oct 1" not in text and "Sep 17" not in text, text


def test_after_an_item_what_is_left(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "after the proposal, what project deadline remains due?")
    assert "Mid-term report" in text and "Final report" in text, text
    assert "Oct 1" not in text.split("Mid-term")[1], text


@pytest.mark.parametrize("question, word", [
    ("do we do normalizing flows before or after GANs?", "Before"),
    ("is variational auto-encoders taught earlier or later than auto-regressive models?",
     "After"),
])
def test_before_or_after_said_in_words(answerer: Answerer, course: Course, question: str,
                                       word: str) -> None:
    assert _text(answerer, course, question).startswith(f"{word}:")


# --- 4. a count claim told by the activity's verb ("we each present for N classes")
@pytest.mark.parametrize("question, head", [
    ("each of us presents in 3 classes, yes?", "No, 2."),
    ("so we each blog for 2 classes, right?", "Yes."),
])
def test_count_claim_by_verb(answerer: Answerer, course: Course, question: str,
                             head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


# --- 5. the lowest score on one item to "end with" / "finish with" a letter
def test_lowest_score_to_end_with_a_letter(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "if I ace all the other work, what's the lowest I can get "
                                   "on the final report if I want to finish with an A?")
    assert "50%" in text and "Final report" in text, text


# --- 3. "I'm up on <date>": the asker presents that day
def test_up_on_a_date_is_presenting(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "we're up on Thu Oct 14, when are the slides and the blog "
                                   "due?")
    assert "noon" in text and "Oct 14" in text and "Oct 21" in text, text


# --- 6. a lettered (or numbered) list of questions: each part answered
def test_lettered_parts_each_answered(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "(a) how many people can be on a team (b) how long should "
                                   "the blog post take to read (c) what days does the class meet")
    assert "teams of 2 (or 3)" in text and "~10 min read" in text, text
    assert "Tue, Thu 2:00 PM" in text, text


# --- 7. stories: an item's own time after a story with no date; a claim someone reported,
# checked; "how big a piece of the grade"
def test_story_slides_time_on_the_day(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "My partner and I were given a class in the GAN weeks and "
                                   "we're dividing the slides. He lives abroad so we'll wrap up "
                                   "very late the evening before. Want to be safe - when should "
                                   "the slides be handed in on the day we present?")
    assert "noon" in text and not _DATE.search(text), text


@pytest.mark.parametrize("question, head", [
    ("A classmate from last term said the blog posts were due the day of the presentation. "
     "Is that right for this course?", "No. The blog post is due 7 days after"),
    ("My roommate heard that the slides were due the night before we present. Does it work "
     "that way here?", "No. Presentation slides are due at noon"),
])
def test_reported_claim_is_checked(answerer: Answerer, course: Course, question: str,
                                   head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


@pytest.mark.parametrize("question", [
    "I work 30 hours a week on top of four classes, so I have to prioritize. The project has "
    "several reports. Realistically, how big a chunk of my grade is the project?",
    "how significant a piece of the grade is the project?",
])
def test_how_big_a_piece_of_the_grade(answerer: Answerer, course: Course, question: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith("Project: 40% of the grade"), text
