"""Issue #11 §2–§4, fourth round: rules found by the fifth development set and a new-user
trial. Each general rule has its own test; the wording here is our own (the development
sets, ``tests/devset*``, are scored elsewhere).
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


# --- honesty: a property of a known item the file does not state is declined
@pytest.mark.parametrize("question", [
    "could the paper I present serve as the starting point for our project?",
    "are the final reports judged on novelty?",
    "how fast does the TA answer emails usually?",
    "what is the link to the course web page with the papers?",
])
def test_an_unstated_property_is_declined(answerer: Answerer, course: Course,
                                          question: str) -> None:
    _declines(_text(answerer, course, question))


def test_a_link_the_file_gives_is_answered(answerer: Answerer, course: Course) -> None:
    assert "https://" in _text(answerer, course, "link to the FERPA information?")


def test_a_detail_of_a_support_service_is_said_to_be_unstated(answerer: Answerer,
                                                              course: Course) -> None:
    text = _text(answerer, course, "is mckinley open on weekends?")
    assert "217-333-2700" in text and "doesn't say" in text


# --- a contrast clause sets the other item apart, in brackets or its own sentence
@pytest.mark.parametrize("question, want, bad", [
    ("when's the blog post due (the blog, not the review)?", "7 days", "day before"),
    ("when is the mid-term report due? not the final one", "Nov 5", "Dec 8"),
])
def test_a_contrast_leaves_the_other_item_out(answerer: Answerer, course: Course,
                                              question: str, want: str, bad: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and bad not in text, text


def test_a_one_word_deadline_name_before_an_item_is_a_modifier(answerer: Answerer,
                                                               course: Course) -> None:
    text = _text(answerer, course, "how long is the team project presentation?")
    assert "10-12" in text and "Oct 1" not in text, text


# --- the new-user trial
@pytest.mark.parametrize("question", [
    "do I need to write a review for the class I present in",
    "must we submit a review for our own presentation class?",
])
def test_no_review_for_the_own_presentation_class(answerer: Answerer, course: Course,
                                                  question: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith("No.") and "excluding the 2 presentations" in text, text
    assert "noon" not in text, text


@pytest.mark.parametrize("question", ["will the cutoffs go up?", "could the cutoffs move down?",
                                      "is the course graded on a curve?"])
def test_a_change_to_the_cutoffs_quotes_the_note(answerer: Answerer, course: Course,
                                                 question: str) -> None:
    text = _text(answerer, course, question)
    assert "may be adjusted slightly" in text and "NOT curve down" in text, text


@pytest.mark.parametrize("question, head, fact", [
    ("the project presentation is 20 minutes?", "No.", "10-12 mins"),
    ("the final report is 8 pages?", "Yes.", "8 pages"),
])
def test_a_statement_asked_back_is_checked(answerer: Answerer, course: Course, question: str,
                                           head: str, fact: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head) and fact in text, text


def test_what_counts_toward_the_pages_is_not_a_page_check(answerer: Answerer,
                                                          course: Course) -> None:
    assert not _text(answerer, course, "the proposal is 2 pages including references?"
                     ).startswith("Yes")


@pytest.mark.parametrize("question, want", [("is 95 an A or A+", "95% is an A+"),
                                            ("is 91 an A or an A-?", "91% is an A ")])
def test_either_or_answers_with_the_option_that_holds(answerer: Answerer, course: Course,
                                                      question: str, want: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(want) and "No." not in text and "Yes." not in text, text


def test_a_long_message_keeps_both_team_questions(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, (
        "hey so a few of us want to do the project together and there are 4 of us right now. "
        "when do we need to have the team formed by and how many people can be on a team?"))
    assert "Sep 17" in text and "2 (or 3)" in text, text


@pytest.mark.parametrize("question, want", [
    ("how long should the blog post be", "~10 min read"),
    ("how long is the final report", "8 pages"),
])
def test_how_long_leads_with_the_length(answerer: Answerer, course: Course, question: str,
                                        want: str) -> None:
    text = _text(answerer, course, question)
    assert want in text.splitlines()[0] and not _DATE.search(text), text


# --- the course file's (assumed) term calendar: days without class
@pytest.mark.parametrize("question, head, want", [
    ("is there class on nov 25", "No.", "Thanksgiving"),
    ("do we have a lecture on Oct 22?", "No.", "not a class day"),
    ("is there class on oct 21?", "Yes.", "2:00 PM"),
])
def test_is_there_class_on_a_date(answerer: Answerer, course: Course, question: str,
                                  head: str, want: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head) and want in text, text


def test_a_presentation_stated_on_a_no_class_day_is_said_to_be_one(answerer: Answerer,
                                                                   course: Course) -> None:
    text = _text(answerer, course, "I present on Nov 23, when's my blog post due")
    assert "no class" in text and "Nov 30" not in text, text


# --- the needed-score calculator over a group
def test_the_average_needed_on_a_group(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "I have 27/30 on reviews, 16/20 on presentations and 8/10 "
                                   "on blogs, what do I need on the project to get an A?")
    # 51 of 60 so far: an A (90) needs 39 of the project's 40 points, 97.5 % on average
    assert "97.5%" in text and "39 of the 40" in text, text


@pytest.mark.parametrize("question", ["I live on 5th street, what letter grade would I get?",
                                      "my flat is at 12 green st, what's my grade?"])
def test_an_ordinal_or_a_street_number_is_not_a_score(answerer: Answerer, course: Course,
                                                      question: str) -> None:
    text = _text(answerer, course, question)
    assert "is an F" not in text and "is a" not in text.splitlines()[0], text


# --- declines the FAQ layer reads by their topic; thanks answered by the engine itself
@pytest.mark.parametrize("question, topic", [
    ("can you write my paper review for me", "decline:do-for-me"),
    ("when is the CS 225 midterm", "decline:other-course"),
])
def test_declines_are_marked(answerer: Answerer, question: str, topic: str) -> None:
    answer = answerer.answer(question, now=NOW)
    assert answer.kind == "decline" and answer.topic == topic


@pytest.mark.parametrize("question, kind", [("thanks!", "thanks"), ("got it", "ack")])
def test_thanks_are_answered_by_the_engine(answerer: Answerer, question: str,
                                           kind: str) -> None:
    from bot.answers.core import ACKNOWLEDGED
    assert answerer.answer(question, now=NOW) is ACKNOWLEDGED[kind]


# --- fifth development set: wording families
def test_another_class_told_as_context_is_not_another_course(answerer: Answerer,
                                                             course: Course) -> None:
    text = _text(answerer, course, (
        "I'm juggling this with another course I teach. I get that the final report is big, "
        "but I'm wondering how much the blog posts count, since I want to plan my weeks."))
    assert "10%" in text and "I can only answer" not in text, text
    assert answerer.answer("when is the midterm in my other class?", now=NOW).topic == \
        "decline:other-course"


@pytest.mark.parametrize("question, head", [
    ("can our team have five members?", "No."),
    ("is a group of 2 ok for the project?", "Yes."),
])
def test_a_stated_team_size_is_checked(answerer: Answerer, course: Course, question: str,
                                       head: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head) and "2 (or 3)" in text, text


def test_a_date_said_with_by_is_checked(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "the proposal has to be in by Oct 1, right?")
    assert text.startswith("Yes"), text


@pytest.mark.parametrize("question, want", [
    ("what's the entire project worth (proposal, reports and talk)?", "40%"),
    ("only the proposal and the mid-term report, what do they add up to?", "15%"),
    ("how much do the mid-term report and the project presentation add up to?", "15%"),
    ("if I miss both blog posts and two reviews, how much is lost in total?", "16%"),
    ("if I skip one blog post, how much of my final grade do I lose?", "5%"),
])
def test_sums_of_named_items(answerer: Answerer, course: Course, question: str,
                             want: str) -> None:
    assert want in _text(answerer, course, question).splitlines()[0]


@pytest.mark.parametrize("question, want", [
    ("since there are two blog posts, how much is a single one of them worth?", "5%"),
    ("how much more is the final report worth than the mid-term report?", "10 percentage"),
    ("how much more are the reviews worth than the presentations (blogs excluded)?",
     "10 percentage"),
    ("what is reviewing papers worth, not counting the blogs?", "30%"),
])
def test_shares_and_differences(answerer: Answerer, course: Course, question: str,
                                want: str) -> None:
    assert want in _text(answerer, course, question).splitlines()[0]


def test_a_word_that_only_stresses_a_letter_is_dropped(answerer: Answerer,
                                                       course: Course) -> None:
    assert "90%" in _text(answerer, course, "lowest percentage for a straight A?")


@pytest.mark.parametrize("question, want", [
    ("on the first of October, what is due and what is it worth?", "5% of the grade"),
    ("the seventeenth of september: what do I need to have done by then?", "Project team"),
    ("which project deadline is farthest off?", "Dec 8"),
])
def test_dates_in_words_and_the_furthest(answerer: Answerer, course: Course, question: str,
                                         want: str) -> None:
    assert want in _text(answerer, course, question)


def test_a_week_from_tomorrow(answerer: Answerer, course: Course) -> None:
    # Mon Sep 13: tomorrow is Tue Sep 14, a week later Tue Sep 21, its blog post Sep 28
    assert "Sep 28" in _text(answerer, course, "I present a week from tomorrow, blog due when?")


def test_a_rule_the_file_lacks_does_not_decline_the_next_part(answerer: Answerer,
                                                              course: Course) -> None:
    text = _text(answerer, course, "I presented on Oct 7. Can my blog post be late? When is "
                                   "it due?")
    assert "Oct 14" in text, text


def test_the_score_needed_for_a_percent_goal(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "everything else is 100, what do I need on the mid-term "
                                   "report to end with at least 95% overall?")
    assert text.startswith("You need 50% on the Mid-term report"), text


@pytest.mark.parametrize("question, head", [
    ("the proposal is 2 pages not counting references, right?", "Yes."),
    ("one blog post plus one review - how much is that together?", "8%"),
])
def test_a_statement_check_needs_a_statement(answerer: Answerer, course: Course,
                                             question: str, head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


@pytest.mark.parametrize("question, want", [
    ("what if I hand in just 8 reviews and everything else is perfect?", "94%"),
    ("I wrote 5 of the 10 reviews, all with full marks, and 100 on everything else. total?",
     "85%"),
])
def test_only_some_of_an_items_count_done(answerer: Answerer, course: Course, question: str,
                                          want: str) -> None:
    assert want in _text(answerer, course, question).splitlines()[0]


def test_a_count_of_items_is_not_a_score(answerer: Answerer, course: Course) -> None:
    assert "is an F" not in _text(answerer, course, "I did 3 of the 10 reviews so far, what "
                                                    "letter is that?")


def test_only_one_item_done_and_nothing_else(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "what happens if I only do the reviews, with full marks, and "
                                   "nothing else?")
    assert text.startswith("30% overall, an F"), text


def test_an_item_that_averages_a_score(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "my blog posts average 60% and the rest is perfect. total?")
    assert text.startswith("96% overall"), text


def test_adding_up_page_limits(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "adding up the page limits of the mid-term and final "
                                   "reports, how many pages?")
    assert text.startswith("12 pages"), text


def test_a_list_of_dated_deadlines_other_than_an_undated_item(answerer: Answerer,
                                                              course: Course) -> None:
    text = _text(answerer, course, "anything due in December apart from the project talks?")
    assert "Final report" in text and "Dec 8" in text, text


@pytest.mark.parametrize("question, want, bad", [
    ("I'm travelling from the 30th of September until the second of October, will I miss "
     "a deadline?", "Oct 1", "Sep 17"),
    ("away Oct 12 to Oct 20, anything due?", "No fixed-date deadline", "proposal"),
])
def test_the_deadlines_inside_days_away(answerer: Answerer, course: Course, question: str,
                                        want: str, bad: str) -> None:
    text = _text(answerer, course, question)
    assert want in text and bad not in text, text


# --- a statement, then the question after the last comma (found by a new-user trial)
@pytest.mark.parametrize(("question", "fact"), [
    ("my teammate sent me the slides, when is the final report due", "Dec 8"),
    ("my roommate just got back from the gym, what is the proposal worth", "5%"),
    ("our group chat has been quiet all week, when is the midterm report due", "Nov 5"),
])
def test_a_statement_before_a_comma_does_not_hide_the_question(
        answerer: Answerer, course: Course, question: str, fact: str) -> None:
    assert fact in _text(answerer, course, question)


def test_the_question_after_a_comma_is_still_declined_when_the_syllabus_is_silent(
        answerer: Answerer, course: Course) -> None:
    _declines(_text(answerer, course, "my laptop died yesterday, what file format should the "
                                      "proposal be"))


# --- a date word beside words the course does not know is not a deadline listing
@pytest.mark.parametrize("question", [
    "lovely sunny morning today, what time is it in paris",
    "what time does the cafeteria open today",
])
def test_a_time_question_about_something_else_is_not_a_deadline_listing(
        answerer: Answerer, course: Course, question: str) -> None:
    text = _text(answerer, course, question)
    assert "due" not in text.lower(), text
    _declines(text)


@pytest.mark.parametrize("question", ["anything due today?", "what's due this week"])
def test_a_window_with_a_word_of_work_handed_in_still_lists(
        answerer: Answerer, course: Course, question: str) -> None:
    assert "due" in _text(answerer, course, question).lower()


# --- the place of class is checked only when asked where class is, never as a permission
@pytest.mark.parametrize("question", [
    "is it permitted to record the zoom lectures?",
    "is it ok if I invite my roommate to the zoom class?",
    "are we allowed to record zoom lectures",
])
def test_a_permission_about_the_class_place_is_not_a_yes(
        answerer: Answerer, course: Course, question: str) -> None:
    text = _text(answerer, course, question)
    assert not text.startswith("Yes") and "*Yes" not in text, text
    _declines(text)


@pytest.mark.parametrize("question, head", [
    ("lectures are over zoom, right?", "Yes"),
    ("will class be held in person or over zoom?", "The syllabus gives the location as Zoom"),
])
def test_where_class_is_held_is_still_checked(answerer: Answerer, course: Course,
                                              question: str, head: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head) or f"*{head}" in text, text


# --- going past a page limit is not a check of the limit ("Yes" would grant it)
@pytest.mark.parametrize("question", [
    "are we allowed to write more than 4 pages for the mid-term report?",
    "is it ok to go past 2 pages in the proposal?",
])
def test_going_past_a_page_limit_is_not_a_yes(answerer: Answerer, course: Course,
                                              question: str) -> None:
    text = _text(answerer, course, question)
    assert not text.startswith(("Yes", "No")), text
    assert "does not specify" in text or "doesn't" in text, text


# --- a yes/no check of how long a class is
@pytest.mark.parametrize("question, head", [
    ("are the lectures 2 hours?", "No."), ("is a class session an hour and a half?", "No."),
    ("so lectures are 75 mins each?", "Yes."), ("is every class meeting one hour?", "No."),
])
def test_a_stated_class_length_is_checked(answerer: Answerer, course: Course, question: str,
                                          head: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head) and "75 minutes" in text, text


# --- "the day before class" is the day before; "before class" holds for the day before too
@pytest.mark.parametrize("question, head", [
    ("paper reviews are due the night before class, yes?", "Yes."),
    ("is a paper review due the evening before the lecture?", "Yes."),
    ("do reviews have to be in before class?", "Yes."),
    ("is the blog post due before class?", "No."),
])
def test_a_day_claimed_relative_to_class(answerer: Answerer, course: Course, question: str,
                                         head: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head), text


# --- a letter's lower bound claimed as "N or above", and the article "a" is not the letter A
@pytest.mark.parametrize("question, head", [
    ("is an A- 87 or higher?", "No. A-"), ("is a B- 70 and up?", "Yes. B-"),
    ("is a C+ 65 or more?", "Yes. C+"), ("an A+ is 97 or better, right?", "No. A+"),
])
def test_a_letters_lower_bound_claimed(answerer: Answerer, course: Course, question: str,
                                       head: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head), text


# --- "the second deadline" is an item's place in date order, never the 2nd of a month
@pytest.mark.parametrize("question, head", [
    ("is the team deadline the first deliverable?", "Yes"),
    ("is the mid-term report the third deadline?", "Yes: deadline 3 of 4"),
    ("is the proposal the third deadline?", "No: deadline 3 of 4"),
])
def test_an_items_place_claimed_in_words(answerer: Answerer, course: Course, question: str,
                                         head: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head), text
    assert "not the day" not in text, text


# --- several from an end, and the work just handed in
@pytest.mark.parametrize("question, want, bad", [
    ("which are the final 2 deadlines?", ("Mid-term report", "Final report"), "Project team"),
    ("list the first two deadlines", ("Project team", "Project proposal"), "Final report"),
])
def test_several_deadlines_from_an_end(answerer: Answerer, course: Course, question: str,
                                       want: tuple[str, ...], bad: str) -> None:
    text = _text(answerer, course, question)
    assert all(w in text for w in want) and bad not in text, text


def test_the_work_just_handed_in_is_the_latest_deadline_passed(answerer: Answerer,
                                                               course: Course) -> None:
    after_proposal = chicago(2021, 10, 3, 12)
    text = answerer.answer("what did I just submit?", now=after_proposal).plain(course.tz)
    assert "Project proposal" in text and "Mid-term" not in text, text


def test_two_parts_saying_the_same_line_say_it_once(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course,
                 "when do teams have to be formed, and how many people can be on one?")
    assert text.count("teams of 2 (or 3)") == 1, text
