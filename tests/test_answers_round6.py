"""Sixth round: rules found by the eighth development set. Each general rule has its own
test; the wording here is our own (the development sets, ``tests/devset*``, are scored
elsewhere).
"""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.course import Course
from tests.answer_checks import declines as _declines
from tests.conftest import chicago

NOW = chicago(2021, 9, 13, 9, 0)


def _text(answerer: Answerer, course: Course, question: str) -> str:
    return answerer.answer(question, now=NOW).plain(course.tz)


# --- 1. order: two items and "which one's first", what follows a told item, the nth
# milestone, a stated today before a countdown
@pytest.mark.parametrize("question, first", [
    ("final report or the proposal, which one's earlier?", "Project proposal comes first"),
    ("the midterm or the team, which ones come first?", "Project team comes first"),
])
def test_which_ones_first_of_two(answerer: Answerer, course: Course, question: str,
                                 first: str) -> None:
    assert first in _text(answerer, course, question)


@pytest.mark.parametrize("question, want, not_want", [
    ("after my proposal is submitted, what's the next thing due?", "Mid-term report",
     "Project team"),
    ("when the proposal is done, what is the next deadline?", "Mid-term report",
     "Project team"),
])
def test_next_after_a_told_item(answerer: Answerer, course: Course, question: str,
                                want: str, not_want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and not_want not in text, text


@pytest.mark.parametrize("question, want", [
    ("what is the third project milestone?", "Mid-term report"),
    ("the fourth milestone of the project?", "Final report"),
])
def test_the_nth_milestone(answerer: Answerer, course: Course, question: str,
                           want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and "not sure" not in text, text


@pytest.mark.parametrize("question, want", [
    ("say it is the evening of oct 25 - how many days left until the midterm report?",
     "11 days left"),
    ("suppose it's the afternoon of november 30, how long until the final report?",
     "8 days left"),
])
def test_a_stated_part_of_a_day_then_a_countdown(answerer: Answerer, course: Course,
                                                 question: str, want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and "No," not in text, text


# --- 2. dates in ordinal words: one day, a range with one month, and the nearest deadline
# when nothing is due that day
@pytest.mark.parametrize("question, want", [
    ("do I need to turn anything in by the seventeenth of september?", "Project team"),
    ("anything to submit by the eighth of december?", "Final report"),
])
def test_a_date_in_ordinal_words(answerer: Answerer, course: Course, question: str,
                                 want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and "doesn't" not in text, text


def test_a_range_in_ordinal_words(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "I'm away from the fourth to the tenth of december, "
                                   "anything due then?")
    assert "Final report" in text and "Dec 8" in text, text


def test_nothing_that_day_names_the_nearest(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "is anything due on the twelfth of december?")
    assert "Nothing is due" in text and "Final report" in text and "Dec 8" in text, text


# --- 3. a team's size is not a score
@pytest.mark.parametrize("question", [
    "so a group of 3 on the project is permitted, yes?",
    "teams of 2 for the project are fine, correct?",
])
def test_a_team_size_is_not_a_score(answerer: Answerer, course: Course, question: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith("Yes"), text
    assert "weighted points" not in text, text


# --- 4. what-ifs: "where does that leave me", a list of items joined by commas, a goal told
# after a score ("I have 100% on …")
def test_where_does_that_leave_me(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "I skipped 2 reviews, full marks on everything else. "
                                   "where does that put me?")
    assert "94%" in text, text


def test_a_score_on_a_comma_list(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "If I get 90% on the project and 70% on presentations, "
                                   "blogs and reviews, what's my overall?")
    assert "78% overall" in text, text


@pytest.mark.parametrize("question, want", [
    ("we have 100% on everything except the midterm report. what do we need on the midterm "
     "report to end with at least 95%?", "50%"),
    ("full marks on everything but the final report. lowest I can get on it and still end "
     "with 85%?", "25%"),
])
def test_a_goal_after_a_told_score(answerer: Answerer, course: Course, question: str,
                                   want: str) -> None:
    text = _text(answerer, course, question)
    assert f"You need {want}" in text, text


# --- 5. a share with an item left out, asked as what is left
@pytest.mark.parametrize("question, want", [
    ("without the project, how much of the grade remains?", "60%"),
    ("if we set aside the blog posts entirely, what percent of the grade is left?", "90%"),
])
def test_what_is_left_without_an_item(answerer: Answerer, course: Course, question: str,
                                      want: str) -> None:
    assert _text(answerer, course, question).startswith(want)


# --- 6. a second question joined by "and" after a preposition ("and by when …")
def test_and_by_when_is_a_second_question(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "what's the largest team allowed, and by when do teams have "
                                   "to be formed?")
    assert "2 (or 3)" in text and "Sep 17" in text, text


# --- 7. stories: a slot the asker signed up for, several sentences before the question; the
# cost of skipping several items; a length asked after a presentation date
def test_a_slot_signed_up_for_then_a_time(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "I picked the paper slot on Tue Nov 2. My friend says one "
                                   "thing. Another friend says another. Anyway, what time are "
                                   "slides due?")
    assert "noon" in text and "Nov 2" in text, text


@pytest.mark.parametrize("question, want", [
    ("A friend said the reviews are optional. If I miss three of them, how much of the grade "
     "would I lose, full marks on the rest?", "9%"),
    ("A friend said we can skip blog posts. If I skip one of them, how much would that cost me,"
     " with full marks elsewhere?", "5%"),
])
def test_the_cost_of_skipping_some(answerer: Answerer, course: Course, question: str,
                                   want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and "doesn't" not in text and "overall" not in text, text


def test_a_length_after_a_presentation_date(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "I present on Oct 12. when is the blog post due, and how "
                                   "long should it be?")
    assert "Oct 19" in text and "10 min" in text, text


# --- 8. a role named with a possessive or a plural is that person only
@pytest.mark.parametrize("question, want, not_want", [
    ("what is the instructor's email?", "arindamb", "adadu2"),
    ("could you give me the TA's email address", "adadu2", "arindamb"),
])
def test_a_possessive_role_names_one_person(answerer: Answerer, course: Course, question: str,
                                            want: str, not_want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and not_want not in text, text


# --- 9. silent: prerequisites, work overlapping other work, the exact day of an item given
# only in weeks
@pytest.mark.parametrize("question", [
    "do we need to have taken a course on generative models?",
    "should we have taken a class on dynamical models already?",
    "can my project be part of my research?",
    "what specific date is the project presentation on?",
])
def test_silent_topics_decline(answerer: Answerer, course: Course, question: str) -> None:
    _declines(_text(answerer, course, question))


def test_the_exact_day_names_the_weeks(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "which exact day is the project presentation?")
    assert "doesn't say" in text and "14, 15" in text and "%" not in text, text

