"""Answer-engine rules found on dev set 10 (answers13). Each general rule has its own test;
the wording here is our own, not the set's.
"""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.course import Course
from tests.conftest import chicago

NOW = chicago(2021, 9, 20, 9, 0)  # a Monday of week 5


def _text(answerer: Answerer, course: Course, question: str, now: object = NOW) -> str:
    return answerer.answer(question, now=now).plain(course.tz)  # type: ignore[arg-type]


# --- 1. an item not handed in, "everything else perfect" in brackets: 100 on the rest
@pytest.mark.parametrize("question, want", [
    ("highest grade I can get if I don't do the mid-term report at all (everything else 100)?",
     "90% overall, an A"),
    ("if I never turn in the proposal at all (all the rest perfect), what do I end with?",
     "95% overall, an A+"),
])
def test_zero_item_rest_perfect_in_brackets(answerer: Answerer, course: Course, question: str,
                                            want: str) -> None:
    assert want in _text(answerer, course, question)


# --- 2. a today said date first, then what is next / left; a place counted from the end
@pytest.mark.parametrize("question, want, not_want", [
    ("Nov 20 today. what's the next deadline?", "Final report", "Project proposal"),
    ("10/10 today, whats the next project deadline", "Mid-term report", "Project proposal"),
    ("Suppose it's Nov 12. What have I got left to hand in?", "Final report", "Mid-term report"),
    ("Imagine it's Nov 15. What do I still have left to hand in for the project?", "Final report",
     "Project proposal"),
])
def test_stated_today_then_next_or_left(answerer: Answerer, course: Course, question: str,
                                        want: str, not_want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and not_want not in text


@pytest.mark.parametrize("question", [
    "which deadline is the penultimate one?",
    "what's due second-to-last?",
    "what comes next to last among the project deadlines?",
])
def test_second_to_last_deadline(answerer: Answerer, course: Course, question: str) -> None:
    text = _text(answerer, course, question)
    assert "Mid-term report" in text and "Nov 5" in text and "Final report" not in text


# --- 3. "%" as the word that asks for a share ("= ?%", "what %")
@pytest.mark.parametrize("question, want", [
    ("a single blog post = ?%", "5%"),
    ("each paper review is what %?", "3%"),
])
def test_percent_sign_asks_share_of_one(answerer: Answerer, course: Course, question: str,
                                        want: str) -> None:
    assert f"One is worth {want}" in _text(answerer, course, question)


def test_percent_sign_asks_group_total(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "what % of the grade is the project, every piece included")
    assert "40%" in text


# --- 4. a tag question after a statement is a yes/no check
def test_tag_question(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "the course meets on zoom, does it not?")
    assert text.startswith("Yes.")
    text = _text(answerer, course, "we have class over zoom, don't we?")
    assert text.startswith("Yes.")


# --- 5. the lowest score needed, one of an item's several said with the rest's score
def test_needed_with_one_of_several_at_rest_score(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "got 70 on the mid-term report and full marks on all the "
                                   "rest (assume full marks on the presentation as well). what's "
                                   "the least I need on the final report for an A?")
    # 10 + 30 + 20 + 5 + 7 + 5 = 77 of the 80 other points; an A needs 90 → 13 of 20 = 65 %
    assert "You need 65% on the Final report" in text


def test_needed_goal_with_still_have(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "90 on the proposal and full marks on everything else. "
                                   "lowest I can get on the final report and still have an A?")
    assert "You need 52.5% on the Final report" in text


# --- 6. a partner who left the course; a translation: declines, no percent, no date
@pytest.mark.parametrize("question", [
    "my co-presenter quit the course last week, will I be assigned someone new?",
    "my presentation partner dropped the class. do i present by myself now?",
    "my project partner withdrew from the class. do I finish the project alone?",
])
def test_partner_left_declines(answerer: Answerer, course: Course, question: str) -> None:
    ans = answerer.answer(question, now=NOW)
    text = ans.plain(course.tz)
    assert ans.kind == "decline" and "doesn't say" in text and "%" not in text


def test_dropping_the_course_is_no_score(answerer: Answerer) -> None:
    # leaving the course is not a zero on the item named after it
    read = answerer.computed._read_scores(  # type: ignore[attr-defined]
        "if my teammate dropped the class what happens with the final report")
    assert read is None


@pytest.mark.parametrize("question", [
    "how would you say variational autoencoder in german?",
    "what's the japanese word for diffusion model?",
])
def test_translation_is_off_topic(answerer: Answerer, course: Course, question: str) -> None:
    ans = answerer.answer(question, now=NOW)
    text = ans.plain(course.tz)
    assert ans.kind == "decline" and "I can only answer" in text and "week" not in text
