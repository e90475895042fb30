"""Fifth round: rules found by the seventh development set. Each general rule has its own
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


# --- 1. shares: one of several items, some of them together, everything but one item
@pytest.mark.parametrize("question, want", [
    ("a single blog post counts how much?", "5%"),
    ("each of the ten reviews counts for what?", "3%"),
    ("what do three reviews add up to, percentage-wise?", "9%"),
    ("four of my reviews are worth how much combined", "12%"),
    ("what part of my grade isn't the blog posts", "90%"),
    ("what share of the grade is not the mid-term report?", "90%"),
])
def test_a_share_of_some_items_or_of_the_rest(answerer: Answerer, course: Course,
                                               question: str, want: str) -> None:
    assert want in _text(answerer, course, question)


def test_one_after_an_item_named_earlier(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "how many blog posts are there? how much is each?")
    assert "5%" in text


# --- 2. a heading's generic word ("-related") names no topic
@pytest.mark.parametrize("question", [
    "it's nov 20. anything report-related left?",
    "today is dec 2, anything project-wise still due?",
])
def test_a_generic_heading_word_does_not_rank_a_policy(answerer: Answerer, course: Course,
                                                       question: str) -> None:
    text = _text(answerer, course, question)
    assert "Dec 8" in text and "DRES" not in text


# --- 3. which of two schedule topics comes first
@pytest.mark.parametrize("question, want", [
    ("GANs or normalizing flows, which is earlier?", "Normalizing Flows comes first"),
    ("which do we reach later: VAEs or neural ODEs?",
     "Neural Differential Equations comes later"),
])
def test_the_order_of_two_topics(answerer: Answerer, course: Course, question: str,
                                 want: str) -> None:
    assert want in _text(answerer, course, question)


# --- 4. how many class meetings the term has
@pytest.mark.parametrize("question", [
    "how many class periods are there altogether",
    "how many class sessions do we get this term",
])
def test_the_count_of_class_meetings(answerer: Answerer, course: Course, question: str) -> None:
    assert "23" in _text(answerer, course, question)


# --- 5. a true (or false) fact asked back starts with yes or no
@pytest.mark.parametrize("question, head", [
    ("teams must be finalized by the seventeenth, yes?", "Yes"),
    ("the proposal has to be in by the third, right?", "No"),
    ("mid-term report on the fifth of november: is that a friday?", "Yes"),
    ("the final report deadline on december 8th, is that a tuesday?", "The date is right, but"),
    ("the proposal is due oct 1 -- that's a thursday, right?", "The date is right, but"),
    ("the final report is 8 pages, not counting refs or appendices, correct?", "Yes"),
    ("the mid-term report is 6 pages without references and appendix, right?", "No"),
])
def test_a_confirmation_starts_with_yes_or_no(answerer: Answerer, course: Course,
                                               question: str, head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


# --- 6. two presentation dates given with "assigned … for my presentations": each date
def test_each_assigned_presentation_gets_its_blog_date(answerer: Answerer,
                                                       course: Course) -> None:
    text = _text(answerer, course, "we were given sep 28 and nov 2 for our presentations, "
                                   "when are the blog posts due")
    assert "Oct 5" in text and "Nov 9" in text and "points" not in text


def test_a_date_is_never_read_as_a_score(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "I present on nov 2 for my presentations, when are the "
                                   "blog posts due")
    assert "Nov 9" in text and "points" not in text


# --- 7. what-ifs: a bracketed list, the minimum for an overall goal, one score on everything
@pytest.mark.parametrize("question, want", [
    ("what if I get 80 on the writing part (reviews, blog posts) and 100 on every project "
     "piece plus the presentations?", "92%"),
    ("what do I need on the reviews to get 85 overall with full marks on the rest", "50%"),
    ("lowest score on the midterm report that lets me end with 95 in the course, assuming "
     "100 on all else", "50%"),
    ("suppose each graded item is at 83, what's my letter", "83% overall"),
    ("what if I score 75% on everything", "75% overall"),
])
def test_what_if_readings(answerer: Answerer, course: Course, question: str,
                          want: str) -> None:
    assert want in _text(answerer, course, question)


# --- 8. the failing mark is the lowest band
@pytest.mark.parametrize("question", [
    "at what score do people fail this course",
    "under which percentage is it failing?",
])
def test_the_failing_mark(answerer: Answerer, course: Course, question: str) -> None:
    assert _text(answerer, course, question).startswith("F: < 50%")


# --- 9. a story that tells of one's own assignment asks about its logistics
def test_a_told_assignment_is_not_a_question_about_assigning(answerer: Answerer,
                                                              course: Course) -> None:
    text = _text(answerer, course, "Hi, I was assigned to present a paper on Thursday, "
                                   "October 21 with a classmate. We're working on our slides. "
                                   "What time do the slides need to be in on that day?")
    assert "noon" in text and "assigned" not in text
    # asked, not told: still the honest decline
    _declines(_text(answerer, course, "we were assigned papers already?"))


@pytest.mark.parametrize("question", [
    "Some background: I'm planning my term. I know there are reviews and presentations. Mainly "
    "I want the number of reviews overall, and whether the sessions I present count towards it.",
    "how many reviews do I owe overall, and do the sessions I present in count toward that?",
])
def test_own_presentation_classes_do_not_count_toward_reviews(answerer: Answerer,
                                                              course: Course,
                                                              question: str) -> None:
    assert "review for the class you present in" in _text(answerer, course, question)


# --- 10. what the syllabus leaves out: the time of day, the time zone, joint authorship
@pytest.mark.parametrize("question", [
    "by what time of day is the midterm report due",
    "what hour on Sep 17 are teams due? midnight?",
])
def test_the_time_of_day_of_a_dated_deadline_is_declined(answerer: Answerer, course: Course,
                                                         question: str) -> None:
    text = _text(answerer, course, question)
    _declines(text)
    assert "11:59" not in text and "assumed" not in text.lower()


def test_the_time_zone_is_said_to_be_unstated(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "which time zone do the due dates use?")
    assert text.startswith("The syllabus doesn't say"), text


@pytest.mark.parametrize("question", [
    "can we write the blog post together?",
    "can the presenters submit a joint blog post",
])
def test_joint_authorship_is_declined(answerer: Answerer, course: Course, question: str) -> None:
    _declines(_text(answerer, course, question))


def test_writing_a_team_item_together_gives_the_team_fact(answerer: Answerer,
                                                          course: Course) -> None:
    text = _text(answerer, course, "can we co-author the final report?")
    assert "in teams of 2 (or 3)" in text and not text.startswith(("Yes", "No"))


@pytest.mark.parametrize("question", [
    "how many sessions are left",
    "how many lectures do we have this week?",
])
def test_the_term_count_is_not_a_count_of_some_classes(answerer: Answerer, course: Course,
                                                       question: str) -> None:
    assert "23" not in _text(answerer, course, question)


# --- shares asked back, and the rest of several items
@pytest.mark.parametrize("question, head", [
    ("are two reviews worth 6%?", "Yes. 2 of them are worth 6%"),
    ("do three reviews count for 10%?", "No. 3 of them are worth 9%"),
])
def test_some_of_the_items_checked(answerer: Answerer, course: Course, question: str,
                                   head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


@pytest.mark.parametrize("question, want", [
    ("how much of the grade is not the paper presentations and blogs", "70%"),
    ("what fraction isn't the blog posts or the reviews", "60%"),
    ("how much of the grade is everything but the final report", "80%"),
])
def test_the_rest_of_several_items(answerer: Answerer, course: Course, question: str,
                                   want: str) -> None:
    assert _text(answerer, course, question).startswith(want)


# --- a date said with a deadline, asked back without "due"
@pytest.mark.parametrize("question, head", [
    ("the final report on the 9th, is that right?", "No"),
    ("the final report on december 8th is a tuesday, right?", "The date is right, but"),
    ("proposal on oct 1, correct?", "Yes"),
])
def test_a_date_claim_without_due(answerer: Answerer, course: Course, question: str,
                                  head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


# --- the minimum on one item for an overall goal, worded without "need"
@pytest.mark.parametrize("question", [
    "what's the minimum on the final report for 90 overall assuming everything else is 100",
    "lowest I can get on the reviews to still end with 85 overall, with 100 on the rest",
])
def test_the_minimum_for_a_goal(answerer: Answerer, course: Course, question: str) -> None:
    assert _text(answerer, course, question).startswith("You need 50%")


@pytest.mark.parametrize("question", [
    "can my partner and I share one blog post?",
    "may we submit the review together as a pair?",
])
def test_sharing_an_individual_item_is_declined(answerer: Answerer, course: Course,
                                                question: str) -> None:
    _declines(_text(answerer, course, question))


@pytest.mark.parametrize("question, head", [
    ("does GAN come before normalizing flows?", "No"),
    ("is score-based models after neural ODEs?", "Yes"),
])
def test_does_one_topic_come_before_another(answerer: Answerer, course: Course, question: str,
                                            head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


# --- claims that dates or times make, read past the date's digits
def test_a_time_said_with_a_day_only_date_is_not_confirmed(answerer: Answerer,
                                                            course: Course) -> None:
    text = _text(answerer, course, "the final report on the 8th is due at noon, right?")
    assert not text.startswith("Yes") and "gives no time" in text


def test_a_date_beside_a_weight_claim_is_not_one_item(answerer: Answerer,
                                                      course: Course) -> None:
    assert _text(answerer, course, "the proposal on oct 1 counts 5%, right?").startswith("Yes")


@pytest.mark.parametrize("question, want", [
    ("what if I score 80% on all the written work (proposal, midterm, final report) and 100 "
     "elsewhere", "93% overall"),
    ("what's the lowest grade on reviews that still gets me an A with 100 elsewhere",
     "66.67%"),
])
def test_elsewhere_is_the_rest(answerer: Answerer, course: Course, question: str,
                               want: str) -> None:
    assert want in _text(answerer, course, question)


# --- a presentation date told, then a question about something the syllabus leaves out
@pytest.mark.parametrize("question", [
    "Hi professor, I was assigned to present on Nov 4. Can I present remotely?",
    "I was assigned to present on Oct 14. How are presentations graded?",
])
def test_a_told_date_does_not_answer_an_unstated_question(answerer: Answerer, course: Course,
                                                          question: str) -> None:
    _declines(_text(answerer, course, question))
