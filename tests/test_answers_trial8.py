"""Answer-engine rules found by a new-user trial (answers9). Each general rule has its own
test; the wording here is our own, not the trial's or any set's.
"""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.course import Course
from tests.answer_checks import DATE as _DATE
from tests.conftest import chicago

NOW = chicago(2021, 9, 13, 9, 0)


def _text(answerer: Answerer, course: Course, question: str, now: object = NOW) -> str:
    return answerer.answer(question, now=now).plain(course.tz)  # type: ignore[arg-type]


def _head(answerer: Answerer, question: str, now: object = NOW) -> str:
    return answerer.answer(question, now=now).headline  # type: ignore[arg-type]


# --- 1. scores told in prose, an exception's own score, a pronoun's score
@pytest.mark.parametrize("question, want", [
    # 100 everywhere, the 20% item at half: 90
    ("aced all of it apart from the final report, on which I only got half the points. "
     "what's my grade?", "90% overall"),
    # the 10% item at half: 95
    ("I got full marks on everything except the mid-term report, where I got half credit. "
     "total?", "95% overall"),
    # one of two presentations at 50, the other at 100: 75 on the 20% item → 95
    ("one of my paper presentations flopped, I got 50 on it; the other presentation and "
     "all else 100. total?", "95% overall"),
])
def test_an_exception_scored_in_prose_is_counted(answerer: Answerer, course: Course,
                                                 question: str, want: str) -> None:
    assert want in _text(answerer, course, question)


def test_a_story_reads_prose_scores_and_assumes_nothing_unsaid(answerer: Answerer,
                                                              course: Course) -> None:
    text = _text(answerer, course,
                 "long week, sorry. my reviews have been pretty much perfect so far, but both "
                 "of my presentations went poorly, maybe around 60% on them. no idea about the "
                 "blogs yet. where would I end up if the project goes perfectly?")
    assert "Paper reviews (30%): 100%" in text
    assert "Paper presentations (20%): 60%" in text
    assert "Not yet counted: Blog posts" in text  # not assumed perfect


# --- 2. lateness checked against the file's dates
@pytest.mark.parametrize("question, now, want", [
    ("my talk was on Oct 5. would submitting the blog post on Oct 13 be late?",
     chicago(2021, 10, 6, 9, 0), "Yes"),
    ("my talk was on Oct 5. would submitting the blog post on Oct 12 be late?",
     chicago(2021, 10, 6, 9, 0), "No"),
    ("have we already missed the deadline for the proposal?", chicago(2021, 10, 3, 9, 0),
     "Yes"),
    ("am I late for the proposal?", chicago(2021, 9, 28, 9, 0), "No"),
])
def test_lateness_is_a_yes_no_from_the_file(answerer: Answerer, course: Course, question: str,
                                            now: object, want: str) -> None:
    text = _text(answerer, course, question, now)
    assert text.startswith(want), text
    assert "penalt" not in text.lower()


def test_a_late_rule_without_a_day_is_still_declined(answerer: Answerer,
                                                     course: Course) -> None:
    # a guard (declined before the rule too): a late rule asked with no day to check
    text = _text(answerer, course, "are there any late days for the blog posts?")
    assert not _DATE.search(text) and "%" not in text, text


# --- 3. what is inside a page limit
@pytest.mark.parametrize("question, want", [
    ("are citations part of the 4 pages of the midterm report?", "extra"),
    ("does the bibliography count against the proposal's page limit?", "extra"),
    ("do figures count in the review's 4 pages?", "count toward"),
])
def test_a_part_inside_or_beside_a_page_limit(answerer: Answerer, course: Course,
                                              question: str, want: str) -> None:
    assert want in _text(answerer, course, question)


# --- 4. a target above what can still be reached
def test_an_unreachable_target_is_impossible(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "I have 55 of the 75 points graded so far and only the "
                                   "project's last pieces are left. what do I need for an A?")
    assert "out of reach" in text and "80%" in text


def test_a_reachable_target_from_points_so_far(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "got 72/80 so far, what do I need on the rest to get an A?")
    assert "You need 90%" in text


# --- 5. a weight asked which items it is
@pytest.mark.parametrize("question, want, bad", [
    ("which things make up the 10%?", "Blog posts", "F"),
    ("what goes toward the 5% parts?", "Project proposal", "F"),
])
def test_a_weight_lists_its_items(answerer: Answerer, course: Course, question: str,
                                  want: str, bad: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and f"is an {bad}" not in text


# --- 6. trouble inside a team: silent
def test_a_team_problem_is_declined(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "our partner is slacking and doing nothing, what do we do?")
    assert "doesn't" in text and not _DATE.search(text)


# --- 7. one person's office hours, none given
def test_a_person_with_no_hours_is_never_headlined_with_others(answerer: Answerer) -> None:
    head = _head(answerer, "when is Dadu holding office hours?")
    assert "no office hours" in head and "5:00" not in head


# --- 8. which of two is worth more
def test_which_weighs_more_names_both(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "what's weighted more, the whole project or the reviews?")
    assert "40%" in text and "30%" in text


# --- 11. the asked property leads
@pytest.mark.parametrize("question, want", [
    ("what's the page count for the midterm report?", "4 pages"),
    ("how many blog posts do we write in all?", "2 blog posts"),
    ("when do we do the project talks?", "weeks 14, 15"),
])
def test_the_asked_property_is_the_headline(answerer: Answerer, question: str,
                                            want: str) -> None:
    assert want in _head(answerer, question)


# --- 12. "a" before a number is an article, not the letter A
def test_a_before_a_score_is_not_the_letter(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "which letter is a 68?")
    assert "C+" in text and "A:" not in text


# --- 9. what is left of a group lists its undated items too
def test_what_is_left_of_the_project_includes_the_undated_talk(answerer: Answerer,
                                                                course: Course) -> None:
    text = _text(answerer, course, "what still remains for our project?",
                 chicago(2021, 11, 10, 9, 0))
    assert "Final report" in text and "Project presentation" in text and "weeks 14, 15" in text
    assert "Presentation slides" not in text  # the paper talks' deadlines are not the project's


# --- 10. two parts in one question, each answered
def test_a_start_and_an_end_of_two_topics(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "when do we kick off GANs, and when are we done with "
                                   "VAEs?")
    assert "Generative Adversarial Networks starts in week 8" in text
    assert "Variational Auto-encoders ends in week 6" in text


@pytest.mark.parametrize("question, want", [
    ("blog posts go up a week after we present and the slides are in by noon on the day, "
     "correct?", "Yes, both."),
    ("so reviews are due the day before and slides at midnight, yes?", "No."),
])
def test_two_relative_claims_are_both_checked(answerer: Answerer, question: str,
                                              want: str) -> None:
    assert _head(answerer, question) == want


# --- more wordings of the rules above
@pytest.mark.parametrize("question, want", [
    ("what's 10% of my grade?", "Mid-term report"),
    ("pretend I'm perfect on everything but only got about half on the proposal. overall?",
     "97.5% overall"),
])
def test_more_wordings(answerer: Answerer, course: Course, question: str, want: str) -> None:
    assert want in _text(answerer, course, question)


def test_on_time_is_answered_the_right_way_round(answerer: Answerer) -> None:
    head = _head(answerer, "I'll send the midterm report on Nov 4, that's on time right?")
    assert head.startswith("Yes, Thu Nov 4 is on time")


def test_a_group_related_listing(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "anything project-related still due?",
                 chicago(2021, 11, 30, 9, 0))
    assert "Final report" in text and "DRES" not in text
