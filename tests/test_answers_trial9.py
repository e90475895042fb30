"""Answer-engine rules found by a second new-user trial (answers11). Each general rule has
its own test; the wording here is our own, not the trial's or any set's.
"""

from __future__ import annotations

import re

import pytest

from bot.answers import Answerer
from bot.course import Course
from tests.conftest import chicago

NOW = chicago(2021, 10, 5, 9, 0)  # a Tuesday of week 7


def _ans(answerer: Answerer, question: str, now: object = NOW):  # type: ignore[no-untyped-def]
    return answerer.answer(question, now=now)  # type: ignore[arg-type]


def _text(answerer: Answerer, course: Course, question: str, now: object = NOW) -> str:
    return _ans(answerer, question, now).plain(course.tz)  # type: ignore[no-any-return]


# --- 1. "N out of M" on a group of items: a score on that group's weight, never N %
@pytest.mark.parametrize("question, want", [
    # 54 of the 60 non-project points; a B+ needs 80 → 26 of the 40 project points (65 %)
    ("sitting on 54/60 for the non-project stuff. what must I score on the project for a B+?",
     "You need 65%"),
    # 30 of the 40 project points; an A- needs 85 → 55 of 60 on the rest
    ("I have 30 out of 40 on the project, what do I need on everything else for an A-",
     "55 of 60 points"),
    # 45 of 50 read as 90 % of the 60 points → 54
    ("got 45 out of 50 on everything except the project. what do I need for an A?",
     "54 weighted points"),
])
def test_points_on_a_group_are_read_on_its_weight(answerer: Answerer, course: Course,
                                                  question: str, want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text
    assert not re.search(r"\b(?:54|30|45)% is an?\b", text)


def test_points_that_do_not_fit_are_not_guessed(answerer: Answerer) -> None:
    got = _ans(answerer, "I have 70 out of 60 on the non-project parts, what do I need for a B?")
    assert got.kind != "answer"
    assert "can't compute" in got.headline


# --- 2. an obligation to attend is attendance, which the syllabus doesn't state
@pytest.mark.parametrize("question", [
    "are we obliged to join each zoom lecture?",
    "is it required to show up to every class session",
    "must I come to all the lectures",
    "can I skip class on a thursday",
])
def test_an_obligation_to_attend_declines(answerer: Answerer, course: Course,
                                          question: str) -> None:
    got = _ans(answerer, question)
    assert got.kind != "answer"
    text = got.plain(course.tz)
    assert "attend" in text
    assert "Zoom." not in text.splitlines()[0] and "Integrity" not in text


# --- 3. answered, not declined: a share of the grade, where classes meet, holidays as
# dates, the week after next, whom to ask when unsure about integrity
def test_a_fraction_of_the_grade_is_the_weight(answerer: Answerer) -> None:
    got = _ans(answerer, "what proportion of the grade does the mid-term report account for?")
    assert got.kind == "answer" and "10%" in got.headline


@pytest.mark.parametrize("question", ["where do our classes normally meet?",
                                      "where do lectures take place"])
def test_where_classes_meet(answerer: Answerer, question: str) -> None:
    got = _ans(answerer, question)
    assert got.kind == "answer" and got.topic == "meetings"
    assert "Zoom" in got.headline


@pytest.mark.parametrize("question, day", [
    ("is anything due by christmas?", "Dec 25"),
    ("what's due after veterans day", "Nov 11"),
    ("do we have any deadlines ahead of thanksgiving day?", "Nov 25"),  # 4th Thu of Nov 2021
    ("deadlines between halloween and new year's day?", "Oct 31"),
])
def test_a_holiday_is_read_as_its_date(answerer: Answerer, course: Course, question: str,
                                       day: str) -> None:
    got = _ans(answerer, question)
    assert got.kind == "answer" and got.topic == "deadlines"
    assert day in got.plain(course.tz)


def test_a_holiday_asked_about_itself_is_not_a_window(answerer: Answerer) -> None:
    assert _ans(answerer, "when's christmas this year").kind != "answer"


def test_the_week_after_next_is_a_window(answerer: Answerer, course: Course) -> None:
    # Oct 5 2021: the week after next is Mon Oct 18 – Sun Oct 24
    got = _ans(answerer, "anything due in the week after next?")
    assert got.kind == "answer"
    assert "Oct 18" in got.headline and "Oct 24" in got.headline
    # from Mon Oct 18 it is Nov 1 – Nov 7, which holds the mid-term report (Nov 5)
    later = _text(answerer, course, "what's due the week after next", chicago(2021, 10, 18, 9))
    assert "Mid-term report" in later


def test_whom_to_ask_when_in_doubt_is_the_policy_s_word(answerer: Answerer) -> None:
    got = _ans(answerer, "who do I ask if I'm not sure whether paraphrasing a paper is cheating")
    assert got.kind == "answer"
    assert "ask the instructor" in got.headline


# --- 4. the number asked leads
@pytest.mark.parametrize("question, want", [
    ("how many paper reviews must we submit", "10 "),
    ("how many classes will I have to present in?", "2 classes"),
    ("how many classes do we write reviews for", "10 classes"),
])
def test_a_count_asked_leads(answerer: Answerer, question: str, want: str) -> None:
    assert _ans(answerer, question).headline.startswith(want)


def test_the_best_grade_possible_leads(answerer: Answerer) -> None:
    got = _ans(answerer, "if I skip the blog posts entirely, what's the highest grade I can get?")
    assert "90%" in got.headline and "best" in got.headline


@pytest.mark.parametrize("question", ["which week of the semester is it",
                                      "what week of the term are we in?"])
def test_the_current_week_leads(answerer: Answerer, question: str) -> None:
    assert "week 7" in _ans(answerer, question).headline


# --- 5. written work: what was counted is said
def test_written_work_counts_what_it_says(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "how much of the grade is writing like the reports and the "
                                   "blog posts?")
    assert text.startswith("45% of the grade")
    assert "Paper reviews 30%" in text  # written too, named as not counted


def test_the_reports_are_the_project_s_written_items(answerer: Answerer) -> None:
    assert _ans(answerer, "what are the reports worth in total").headline.startswith("35%")


# --- 6. a presentation day with no class is said so, even before a question
def test_a_presentation_on_a_weekend_is_no_class_day(answerer: Answerer) -> None:
    got = _ans(answerer, "I present on Sunday Oct 17, when's my blog post due?")
    assert "not a class day" in got.headline


# --- 7. "at N going into <item>": N is the average on the rest
def test_a_standing_before_an_item_is_the_rest_s_average(answerer: Answerer) -> None:
    got = _ans(answerer, "I'm at 90 heading into the mid-term report. if I get 60 on it?")
    # 0.9 × 90 + 0.1 × 60 = 87
    assert got.headline.startswith("87% overall (an A-)")
    assert "average on everything but the mid-term report" in got.lines[1].text


# --- 8. "for every class": no when the file gives fewer; either/or is not a bare no
def test_an_item_for_every_class_is_no(answerer: Answerer) -> None:
    got = _ans(answerer, "do we need a blog post for each class?")
    assert got.headline.startswith("No: blog posts are for 2")


def test_alone_or_together_is_answered_either_way(answerer: Answerer) -> None:
    got = _ans(answerer, "is the final report written solo or with teammates?")
    assert got.headline.startswith("As a team:")


# --- 9. the TA's office: no place given, and the instructor's hours do not lead
def test_the_ta_office_declines_for_the_ta(answerer: Answerer) -> None:
    got = _ans(answerer, "where can I find the teaching assistant's office?")
    assert got.kind != "answer"
    assert "Anant Dadu" in got.headline and "Arindam" not in got.headline
