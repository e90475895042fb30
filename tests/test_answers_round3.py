"""Issue #11 §2–§4, third round: general rules for wording the engine had not seen.

Typos in the words the rules read as written are mended (only a dropped, doubled or
swapped letter, and never into another real word), dates in words without a month find the
deliverable due on that day, and the rest of the round's rules, each with its own test.

Wording here is our own; the development sets (``tests/devset*``) are scored elsewhere.
"""

from __future__ import annotations

import re

import pytest

from bot.answers import Answerer, answerer_for
from bot.course import Course
from tests.conftest import chicago

_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d")
NOW = chicago(2021, 9, 13, 9, 0)


@pytest.fixture(scope="module")
def answerer(course: Course) -> Answerer:
    return answerer_for(course)


def _text(answerer: Answerer, course: Course, question: str) -> str:
    return answerer.answer(question, now=NOW).plain(course.tz)


# --- typos in words the rules read as written
@pytest.mark.parametrize("question, want", [
    ("clas time?", "2:00"),
    ("wat time does teh clas start", "2:00"),
    ("hw much are reviws wrth", "30%"),
    ("textbok needed?", "textbook"),
])
def test_a_dropped_or_swapped_letter_is_mended(answerer: Answerer, course: Course,
                                               question: str, want: str) -> None:
    assert want.lower() in _text(answerer, course, question).lower()


@pytest.mark.parametrize("word", ["presented", "grace", "hours", "written"])
def test_a_real_word_is_never_mended_into_another(answerer: Answerer, word: str) -> None:
    assert answerer.spelled(f"the {word} thing") == f"the {word} thing"


def test_hw_is_homework_unless_a_question_word_follows(answerer: Answerer, course: Course) -> None:
    assert answerer.spelled("hw much") == "how much"
    answer = answerer.answer("when is hw 3 due", now=NOW)
    assert answer.kind == "decline" and not _DATE.search(answer.plain(course.tz))


# --- the syllabus is silent: a decline, no date and no percent
@pytest.mark.parametrize("question", [
    "When does the library close tonight?",
    "is my laptop good enough for this class?",
    "are we graded on class participation?",
    "do we need our cameras on during class?",
    "Write me a poem about normalizing flows",
    "can the project be about a topic outside the course?",
    "Do teammates get the same grade on the final report?",
    "is one proposal submitted per team?",
    "is there a review session before the project presentations?",
    "which papers will we read in week 3?",
])
def test_silent_questions_are_declined(answerer: Answerer, course: Course, question: str) -> None:
    answer = answerer.answer(question, now=NOW)
    text = answer.plain(course.tz)
    assert answer.kind != "answer", text
    assert "%" not in text and not _DATE.search(text), text
    assert any(p.email in text for p in course.staff), text


# --- a claim about a sum of weights is checked, never read as scores
@pytest.mark.parametrize("question, head", [
    ("Reviews and blog posts together are 30% right?", "No. Together they are 40%"),
    ("paper reviews + blog posts = 40%?", "Yes. Together they are 40%"),
    ("So the project is 35% total?", "No. Project: 40%"),
])
def test_a_claimed_sum_is_checked(answerer: Answerer, course: Course, question: str,
                                  head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


def test_a_zero_is_a_score_not_one_item(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "If I get a zero on the reviews but 100 on everything "
                                   "else, what's my grade?")
    assert text.startswith("70% overall, a B-"), text


# --- a claim about an item's place in order: the item in that place, then yes or no
@pytest.mark.parametrize("question, now, head", [
    ("earliest deadline in the syllabus is the proposal on Oct 1 right?", NOW,
     "No: the first deadline of the term is the Project team"),
    ("What's the last deadline of the semester, the midterm report, right?", NOW,
     "No: the last deadline of the term is the Final report"),
    ("the final report is the last deadline, right?", NOW, "Yes: the last deadline"),
    ("the midterm report is the next report due right?", chicago(2021, 11, 6, 9, 0),
     "No: the next report deadline is the Final report"),
])
def test_a_claimed_place_in_order_is_checked(answerer: Answerer, course: Course, question: str,
                                             now: object, head: str) -> None:
    text = answerer.answer(question, now=now).plain(course.tz)  # type: ignore[arg-type]
    assert text.startswith(head), text


# --- dates in words
@pytest.mark.parametrize("question, want", [
    ("what is due on the eighth", "Final report"),      # the 8th of the month that has one
    ("what's due friday the 5th", "Mid-term report"),
    ("twelve-eight, what's due", "Final report"),
    ("Sept seventeen - what's due that day", "Project team"),
    ("due november five?", "Mid-term report"),
])
def test_a_date_in_words_finds_its_deadline(answerer: Answerer, course: Course, question: str,
                                           want: str) -> None:
    assert want in _text(answerer, course, question)


def test_number_words_that_are_no_date_are_kept(answerer: Answerer) -> None:
    assert answerer.spelled("thirteen-one") == "thirteen-one"
    assert answerer.spelled("oct five pages") == "oct five pages"


# --- relative to the asker's presentation, in any wording
@pytest.mark.parametrize("question, start", [
    ("I present on Oct 21, so my blog post is due Oct 21 too?", "No. Blog post is due Thu Oct 28"),
    ("I present Oct 28, blog post due Nov 4 right?", "Yes. Blog post is due Thu Nov 4"),
    ("I'm one of the presenters on Nov 30, when should the blog go up",
     "If you present on Tue Nov 30"),
    ("my group presents on 9/23, slides due by when", "If you present on Thu Sep 23"),
])
def test_a_presentation_date_in_any_wording(answerer: Answerer, course: Course, question: str,
                                            start: str) -> None:
    assert _text(answerer, course, question).startswith(start)


def test_two_presentation_dates_give_both(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "i present sep 28 and oct 28. when are my two blog posts due")
    assert "Tue Oct 5" in text and "Thu Nov 4" in text, text


def test_my_group_presenting_is_not_the_team_deadline(answerer: Answerer, course: Course) -> None:
    assert "Project team" not in _text(answerer, course, "my group presents on 9/23, slides due?")


# --- order in other words
def test_what_is_still_left_in_other_words(answerer: Answerer, course: Course) -> None:
    text = answerer.answer("what project stuff is still left",
                           now=chicago(2021, 10, 15, 9, 0)).plain(course.tz)
    assert "Mid-term report" in text and "Final report" in text, text
    assert "Project proposal" not in text, text


@pytest.mark.parametrize("question", [
    "what's coming up first, the team or the proposal?",
    "Which came last: the proposal or the team formation?",
])
def test_which_comes_first_in_other_words(answerer: Answerer, course: Course,
                                          question: str) -> None:
    assert _text(answerer, course, question).startswith(
        "The Project team comes first, then the Project proposal")


# --- sums
def test_items_joined_by_plus_are_summed(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "paper presentations plus blog posts total?")
    assert text.startswith("30% of the grade together"), text


@pytest.mark.parametrize("question, head", [
    ("if I add up all the weights does it come to 100?", "Yes. All the weights add up to 100%"),
    ("what do all the weights add up to", "All the weights add up to 100%"),
    ("do all the components sum to 90%?", "No. All the weights add up to 100%"),
])
def test_the_sum_of_all_weights_is_the_files(answerer: Answerer, course: Course, question: str,
                                             head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


# --- two things under one question word
@pytest.mark.parametrize("question, wants", [
    ("what's the A cutoff and the B cutoff", ["for A: 90%", "for B: 75%"]),
    ("Team size? and team deadline?", ["teams of 2 (or 3)", "Sep 17"]),
    ("Two things: team size, and the team deadline?", ["teams of 2 (or 3)", "Sep 17"]),
])
def test_two_things_asked_together_are_both_answered(answerer: Answerer, course: Course,
                                                     question: str, wants: list[str]) -> None:
    text = _text(answerer, course, question)
    assert all(w in text for w in wants), text


@pytest.mark.parametrize("question", [
    "is the final report and the midterm report in the same format?",
    "can the proposal and the final report be a video?",
])
def test_a_silent_property_of_two_items_stays_declined(answerer: Answerer, course: Course,
                                                       question: str) -> None:
    answer = answerer.answer(question, now=NOW)
    text = answer.plain(course.tz)
    assert answer.kind == "decline" and "%" not in text and not _DATE.search(text), text


# --- topic order with the topic spelled another way
@pytest.mark.parametrize("question, want", [
    ("which topic comes right after variational autoencoders", "comes Normalizing Flows"),
    ("what topic follows GANs?", "comes Neural Differential Equations"),
    ("what precedes normalizing flows?", "Before Normalizing Flows"),
])
def test_topic_order_in_other_spellings(answerer: Answerer, course: Course, question: str,
                                        want: str) -> None:
    assert want in _text(answerer, course, question)


# --- what the asker already handed in is left out of "next"
@pytest.mark.parametrize("question", [
    "It's Oct 1 evening and I already sent the proposal. what's the next project deadline?",
    "I submitted the proposal already, what's next?",
])
def test_next_skips_what_was_handed_in(answerer: Answerer, course: Course, question: str) -> None:
    text = answerer.answer(question, now=chicago(2021, 9, 20, 9, 0)).plain(course.tz)
    assert "Mid-term report" in text and "Project proposal" not in text, text


def test_a_window_about_the_project_lists_its_deadlines(answerer: Answerer,
                                                        course: Course) -> None:
    text = answerer.answer("anything due this week for the project?",
                           now=chicago(2021, 11, 1, 9, 0)).plain(course.tz)
    assert "Mid-term report" in text and "Nov 5" in text, text


def test_the_very_last_one_of_the_deadlines(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "of all the deadlines, which is the very last one?")
    assert "Final report" in text and "Dec 8" in text, text


# --- office hours on a weekday
@pytest.mark.parametrize("question, head", [
    ("Do we have office hours with the professor on Tuesdays?", "Yes."),
    ("does the professor have office hours on wednesday?", "No."),
])
def test_office_hours_on_a_weekday(answerer: Answerer, course: Course, question: str,
                                   head: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head) and "Tue, Thu" in text, text


def test_no_is_never_said_for_someone_without_listed_days(answerer: Answerer,
                                                          course: Course) -> None:
    for q in ("are there office hours on wednesday?", "does the TA have office hours on monday?"):
        assert not _text(answerer, course, q).startswith("No."), q


# --- "X or Y?" when the file states one side
@pytest.mark.parametrize("question, fact, other", [
    ("is the project presentation in class or recorded?", "in class", "recorded"),
    ("is the final report individual or in teams?", "in teams of 2 (or 3)", "individual"),
])
def test_the_stated_side_of_an_alternative(answerer: Answerer, course: Course, question: str,
                                           fact: str, other: str) -> None:
    answer = answerer.answer(question, now=NOW)
    text = answer.plain(course.tz)
    assert answer.kind == "answer" and fact in text and f"“{other}” is not an option" in text


def test_an_alternative_the_file_states_neither_side_of_is_declined(answerer: Answerer,
                                                                   course: Course) -> None:
    answer = answerer.answer("can the proposal be a video or a pdf?", now=NOW)
    assert answer.kind == "decline", answer.plain(course.tz)


def test_a_group_with_its_parts_in_brackets_is_the_group(answerer: Answerer,
                                                         course: Course) -> None:
    text = _text(answerer, course, "if the whole project (proposal, midterm, final, "
                                   "presentation) gets 0 and everything else is perfect, grade?")
    assert text.startswith("60% overall"), text


@pytest.mark.parametrize("question, head", [
    ("since reviews are 30% and there are 12 of them, each is 2.5%?",
     "No. Paper reviews: 30% of the grade for 10 (not 12), so one is 3%"),
    ("there are 10 reviews so each one is 3% right?", "Yes. Paper reviews: 30% of the grade"),
])
def test_a_claimed_share_of_one_item_is_checked(answerer: Answerer, course: Course,
                                                question: str, head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


@pytest.mark.parametrize("question, head", [
    ("reviews are due the morning of class, right?", "No. A paper review is due at the end of"),
    ("the blog post is due a week after I present, right?", "Yes. The blog post is due 7 days"),
    ("slides are due the night before?", "No. Presentation slides are due at noon"),
])
def test_a_claimed_day_relative_to_class_is_checked(answerer: Answerer, course: Course,
                                                    question: str, head: str) -> None:
    assert _text(answerer, course, question).startswith(head)


def test_reviewing_a_class_gives_the_review_deadline(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "reviewing the Thursday Nov 11 class, what's my deadline")
    assert "Paper reviews: Wed Nov 10" in text, text


def test_what_is_still_due_is_what_is_left(answerer: Answerer, course: Course) -> None:
    text = answerer.answer("what's still due for the project",
                           now=chicago(2021, 12, 1, 9, 0)).plain(course.tz)
    assert "Final report" in text and "Mid-term report" not in text, text


# --- a story around one question
@pytest.mark.parametrize("question, want", [
    ("My advisor wants me to send a paper to a workshop near the end of term and I wonder if I "
     "can reuse part of the project. Putting that aside, I need to know when the final report "
     "is due so I can plan.", "Dec 8"),
    ("I joined late because my visa was delayed, and I've been talking to classmates about a "
     "group and an idea about diffusion models. Anyway, by when do we officially need to have "
     "the team set?", "Sep 17"),
    ("We argued about it yesterday for an hour. One of us says reviews are the biggest part, "
     "another says the project. What is the total weight of the project?", "40%"),
])
def test_a_story_is_reduced_to_its_question(answerer: Answerer, course: Course, question: str,
                                            want: str) -> None:
    assert want in _text(answerer, course, question)


@pytest.mark.parametrize("question, want", [
    ("textbok needed or nah", "No textbook"),
    ("we need teams by the seventeenth, right?", "Sep 17"),
])
def test_fillers_do_not_make_a_question_unsure(answerer: Answerer, course: Course,
                                               question: str, want: str) -> None:
    assert want in _text(answerer, course, question)


@pytest.mark.parametrize("question, want", [
    ("how many presentations does each student give", "2 classes"),
    ("how many reviews per student", "10 classes"),
])
def test_per_student_counts_are_still_answered(answerer: Answerer, course: Course,
                                               question: str, want: str) -> None:
    assert want in _text(answerer, course, question)


@pytest.mark.parametrize("question, count", [
    ("If I do 12 reviews instead of 10 do I get extra credit?", "for 10"),
    ("can I write extra blog posts for bonus points?", "for 2"),
])
def test_doing_more_than_counted_gives_the_count_and_no_rule(answerer: Answerer, course: Course,
                                                             question: str, count: str) -> None:
    text = _text(answerer, course, question)
    assert count in text and "gives no rule for doing more" in text, text
    assert any(p.email in text for p in course.staff), text


def test_a_weekday_in_a_month_finds_its_deadline(answerer: Answerer, course: Course) -> None:
    text = _text(answerer, course, "something is due on a wednesday in december, what is it")
    assert "Final report" in text and "Dec 8" in text, text
    text = _text(answerer, course, "is anything due on a monday in november?")
    assert "No fixed-date deadline" in text and "paper review" in text.lower(), text


@pytest.mark.parametrize("question, head, item", [
    ("the one before the final report?", "Due right before the Final report", "Mid-term report"),
    ("what is the one after the proposal", "Due right after the Project proposal",
     "Mid-term report"),
])
def test_the_one_before_or_after_is_the_adjacent_deadline(answerer: Answerer, course: Course,
                                                          question: str, head: str,
                                                          item: str) -> None:
    text = _text(answerer, course, question)
    assert text.startswith(head) and item in text and text.count("•") == 1, text
