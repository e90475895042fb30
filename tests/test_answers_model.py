"""Issue #11 §2–§4: questions about the course model, computed; hard wording; honest gaps.

One case per capability, in wording of our own (the development set in ``tests/devset`` and
the held-out set are scored elsewhere). Each case: the question, the facts the reply must
hold, and the facts it must not (a wrong date, a wrong share).
"""

from __future__ import annotations

import re

import pytest

from bot.answers import Answerer, answerer_for
from bot.course import Course
from tests.conftest import chicago

_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d")
NOW = chicago(2021, 10, 13, 10, 0)  # Wed Oct 13 2021: team and proposal are past

CASES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # --- order relative to now or to an item
    ("what's the next deadline", ("Mid-term report", "Nov 5"), ("Dec 8",)),
    ("what was the most recent deadline", ("Project proposal", "Oct 1"), ("Nov 5",)),
    ("what's the very last thing we turn in", ("Final report", "Dec 8"), ("Sep 17",)),
    ("what's the final deadline of the term", ("last deadline", "Dec 8"), ()),
    ("how many deadlines are still left", ("2 dated deadlines",), ()),
    ("what's the 2nd project deadline", ("Project proposal",), ()),
    ("which is due first: final report or proposal?", ("Project proposal comes first",), ()),
    ("is the final report due before the midterm report?", ("No.",), ()),
    ("how many days between the team deadline and the proposal", ("14 days",), ()),
    ("what do we learn right after normalizing flows", ("Generative Adversarial Networks",),
     ()),
    ("what's the topic before VAEs", ("Auto-regressive Models",), ()),
    ("how many weeks does the schedule run", ("15 weeks",), ()),
    ("which week is Oct 28 in?", ("week 10", "Generative Adversarial Networks"), ()),
    # --- the asker's own today
    ("It's Nov 10. what's next?", ("Final report", "Dec 8"), ("Nov 5, 2021",)),
    ("today is sept 16 - anything due tomorrow?", ("Project team",), ()),
    ("It's Oct 20 and my group hasn't started the midterm report. How many days do we have?",
     ("16 days left",), ()),
    ("We handed in the proposal on Oct 1. What's due next for the project?",
     ("Mid-term report",), ("Yes.",)),
    ("I think reviews are worth 20%. Am I wrong?", ("No.", "30%"), ("overall",)),
    # --- relative to the asker or to a class date
    ("we present on 11/4, when is our blog due", ("Nov 11",), ()),
    ("review deadline for the Nov 2 class?", ("Nov 1",), ()),
    ("today is Mon Oct 4 and I present on Tuesday. slides?", ("Oct 5", "noon"), ()),
    ("is my blog due Nov 2 if I present Oct 26?", ("Nov 2",), ("Nov 9",)),
    # --- sums and shares
    ("what share of the grade is the project in total", ("40%",), ()),
    ("what percent is not the project", ("60%",), ()),
    ("midterm report + final report, how much together?", ("30%",), ()),
    ("pages in all for the proposal plus midterm plus final?", ("14 pages",), ()),
    ("how many classes do I present plus review in total", ("12 classes",), ()),
    ("one review and one blog post together are worth what", ("8%",), ()),
    ("are reviews worth more than presentations?", ("Yes.", "30%", "20%"), ()),
    # --- properties
    ("how many people present in each class", ("2 (or 3) presenters",), ()),
    ("are the letter grade cutoffs final?", ("tentative",), ()),
    ("is the schedule fixed?", ("No.", "Tentative"), ()),
    ("where can I find the readings?", ("papers posted on the class webpage",), ()),
    ("what's the zoom link for class", ("gives no meeting link", "Zoom"), ()),
    # --- dates in words
    ("anything to turn in on the fifth of november?", ("Mid-term report",), ()),
    ("what's due on wednesday the eighth?", ("Final report",), ()),
    ("is the final report due on the eighth?", ("Yes.",), ()),
    # --- yes/no checks
    ("the proposal was due oct 1, right?", ("Yes.",), ()),
    ("team deadline is sept 20, correct?", ("No, that is not", "Sep 17"), ()),
    ("is the midterm report due on a thursday?", ("No, it is a Friday",), ()),
    ("blog posts are due a week after presenting, yes?", ("Yes.",), ()),
    ("reviews are due at noon on the day of class, right?", ("No.",), ()),
    ("the final report is 10 pages, right?", ("No.", "8 pages"), ()),
    ("classes are on mondays and wednesdays, right?", ("No.", "Tue, Thu"), ()),
    ("is class held on zoom?", ("Yes.",), ()),
    ("do we meet on thursdays?", ("Yes.",), ("No.",)),
    ("is there class on friday?", ("No.",), ()),
    ("does class end at 3:15?", ("Yes.",), ()),
    ("B+ starts at 80%, right?", ("Yes.",), ()),
    ("is Arindam the TA?", ("No.", "instructor"), ()),
    # --- grade what-ifs in prose
    ("if I get 60% on the reviews and full marks on the rest, what's my grade",
     ("88% overall", "A-"), ()),
    ("what if I blow off the proposal but ace everything else", ("95% overall", "A+"), ()),
    ("say I miss two reviews, rest perfect, total?", ("94% overall",), ()),
    ("everything at 80% except the final report, which I ace: letter?", ("84% overall", "B+"),
     ()),
    ("presentations 90, blogs 80, everything else 100 — overall?", ("96% overall",), ()),
    ("the whole project gets 50 and everything else is perfect", ("80% overall",), ()),
    ("what's a 91.5", ("A",), ("misconduct",)),
    ("what's next on the schedule", ("Generative Adversarial Networks",), ("Nov 5",)),
    ("Suppose 100 on presentations and blogs but 60 on the reviews; everything else 90.",
     ("84% overall",), ("83",)),
    ("I have 85 on everything except the final report. What do I need on it for an A-?",
     ("85% on the Final report",), ()),
    ("if I present on 11/16, when are slides due?", ("Nov 16", "noon"), ("overall",)),
    # --- multi-part and stories
    ("when's the final report due, and how many pages is it?", ("Dec 8", "8 pages"), ()),
    ("when is the midterm report due? is it worth 10%?", ("Nov 5", "Yes."), ()),
    ("who is the TA, and what's the professor's email?", ("adadu2@illinois.edu",
                                                           "arindamb@illinois.edu"), ()),
    ("I present on Nov 16. when are my slides due, and when is the blog due?",
     ("Nov 16", "Nov 23"), ()),
    ("sorry for the long message, my group has been arguing and we are all behind and "
     "nobody agrees on anything. anyway, how many people can be on a project team?",
     ("teams of 2 (or 3)",), ()),
]

DECLINES = [
    "is there a final exam on dec 8?",          # no exam: never "Yes" about the report
    "when is the CS 446 midterm",               # another course
    "what software should I use for the slides?",
    "where do we upload the final report?",
    "what if I miss the midterm report deadline?",   # no late policy: no zero computed
    "what happens if I miss my presentation?",
    "can I use chatgpt to write my reviews?",
    "what's the rubric for the blog post?",
]


@pytest.fixture(scope="module")
def answerer(course: Course) -> Answerer:
    return answerer_for(course)


@pytest.mark.parametrize("question, facts, wrong", CASES)
def test_computed_from_the_course_model(answerer: Answerer, course: Course, question: str,
                                        facts: tuple[str, ...], wrong: tuple[str, ...]) -> None:
    answer = answerer.answer(question, now=NOW)
    text = answer.plain(course.tz)
    assert answer.kind == "answer", text
    for fact in facts:
        assert fact.lower() in text.lower(), (question, fact, text)
    for bad in wrong:
        assert bad.lower() not in text.lower(), (question, bad, text)


@pytest.mark.parametrize("question", DECLINES)
def test_no_answer_where_the_syllabus_is_silent(answerer: Answerer, course: Course,
                                                question: str) -> None:
    answer = answerer.answer(question, now=NOW)
    text = answer.plain(course.tz)
    assert answer.kind != "answer", text
    assert "%" not in text and not _DATE.search(text) and "Yes" not in text, text
    assert all(p.email in text for p in course.staff), text


def test_a_policy_reached_by_a_keyword_it_never_says_is_named_as_not_covered(
        answerer: Answerer, course: Course) -> None:
    text = answerer.answer("can I collaborate with a classmate on my reviews?",
                           now=NOW).plain(course.tz)
    assert text.startswith("The syllabus gives no specific rule"), text
    assert "Academic Integrity" in text and "studentcode.illinois.edu" in text


def test_a_typo_is_never_read_as_a_sensitive_word(answerer: Answerer) -> None:
    answer = answerer.answer("ive been slacking on reviews, how many are there in total?",
                             now=NOW)
    assert not answer.sensitive and "10 classes" in answer.plain(answerer.course.tz)


def test_a_limit_is_given_and_going_over_it_is_not_guessed(answerer: Answerer,
                                                           course: Course) -> None:
    text = answerer.answer("can the proposal be longer than 2 pages if I add figures?",
                           now=NOW).plain(course.tz)
    assert "“2 pages + references”" in text and "does not specify" in text, text
    assert "%" not in text and not _DATE.search(text), text
