"""Articles in /grade replies: "An A+ is …", "A B is …" (never "A b is …")."""

from __future__ import annotations

import pytest

from bot.answers import answerer_for
from bot.course import Course
from bot.grades import what_if


@pytest.mark.parametrize(("text", "start"), [
    ("need B", "A B is "), ("need B+", "A B+ is "), ("need A+", "An A+ is "),
    ("need C-", "A C- is "), ("to get an A", "An A is "),
])
def test_a_letter_keeps_its_case_and_article(course: Course, text: str, start: str) -> None:
    answer = answerer_for(course).grade_answer(what_if(text, course))
    assert answer.lines[0].text.lstrip("*").startswith(start), answer.lines[0].text
