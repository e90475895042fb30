"""The answering service against the labelled set: score, invented facts, declines, privacy."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.answers import Answer, Answerer, answerer_for
from bot.answers.computed import vague_dates
from bot.course import Course, default_course_path, load_course
from bot.grades import what_if
from tests.answer_set import (
    ANSWERABLE,
    COMPUTED,
    DECLINE,
    EARLY_ANSWERABLE,
    EARLY_DECLINE,
    EARLY_NOW,
    EARLY_SENSITIVE,
    LATER_ANSWERABLE,
    LATER_DECLINE,
    LATER_NOW,
    LATER_SENSITIVE,
    MULTI_PART,
    NOV_ANSWERABLE,
    NOV_DECLINE,
    NOV_NOW,
    NOV_SENSITIVE,
    PROPERTY_UNKNOWN,
    SENSITIVE,
)
from tests.conftest import chicago

NOW = chicago(2021, 9, 13, 9, 0)
LATER = chicago(*LATER_NOW)
EARLY = chicago(*EARLY_NOW)
GROUPS = [(NOW, ANSWERABLE, SENSITIVE, DECLINE),
          (LATER, LATER_ANSWERABLE, LATER_SENSITIVE, LATER_DECLINE),
          (EARLY, EARLY_ANSWERABLE, EARLY_SENSITIVE, EARLY_DECLINE),
          (chicago(*NOV_NOW), NOV_ANSWERABLE, NOV_SENSITIVE, NOV_DECLINE)]
DECLINES = set(DECLINE) | set(LATER_DECLINE) | set(EARLY_DECLINE) | set(NOV_DECLINE)


def _all_questions() -> list[tuple[datetime, str]]:
    return [(now, q) for now, answerable, sensitive, decline in GROUPS
            for q in [q for q, _ in answerable + sensitive] + decline]
TARGET = 0.97
ROOT = Path(__file__).resolve().parents[1]
_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\w{3}) (\d{1,2}), (\d{4})\b")
_CLASS_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\w{3}) (\d{1,2})\b")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")


@pytest.fixture(scope="module")
def answerer(course: Course) -> Answerer:
    return answerer_for(course)


def _run(answerer: Answerer) -> tuple[int, int, list[str]]:
    zone = answerer.course.tz
    misses: list[str] = []
    total = 0
    for now, answerable, sensitive, decline in GROUPS:
        for question, facts in answerable + sensitive:
            total += 1
            answer = answerer.answer(question, now=now)
            text = answer.plain(zone).lower()
            missing = [f for f in facts if f.lower() not in text]
            private = (question, facts) not in sensitive or answer.sensitive
            if answer.kind != "answer" or missing or not private:
                misses.append(f"{question!r}: {answer.kind}, missing {missing}, "
                              f"unknown words {list(answer.unknown)}")
        for question in decline:
            total += 1
            answer = answerer.answer(question, now=now)
            if answer.kind == "answer":
                misses.append(f"{question!r}: answered ({answer.topic}) but must be declined")
    return total - len(misses), total, misses


def test_the_set_is_big_enough() -> None:
    answerable = sum(len(a) + len(s) for _now, a, s, _d in GROUPS)
    assert answerable >= 150
    assert len(DECLINES) >= 25


def test_score_on_the_labelled_set(answerer: Answerer) -> None:
    right, total, misses = _run(answerer)
    score = right / total
    print(f"\nanswer set: {right}/{total} = {score:.1%}; misses:\n  " + "\n  ".join(misses))
    assert score >= TARGET, f"{score:.1%} < {TARGET:.0%}:\n" + "\n".join(misses)


def _file_numbers() -> set[str]:
    raw = default_course_path().read_text(encoding="utf-8")
    return {n.lstrip("0") or "0" for n in _NUMBER.findall(raw)}


def _check_invented(answer: Answer, question: str, course: Course) -> list[str]:
    """Every date, time, percent and number an answer states must come from the course file."""
    text = answer.plain(course.tz)
    problems: list[str] = []
    deadline_days = {d.date for d in course.deadlines}
    class_days = set(course.class_dates())
    for _wd, mon, day, year in _DATE.findall(text):
        when = datetime.strptime(f"{mon} {day} {year}", "%b %d %Y").date()
        if when not in deadline_days:
            problems.append(f"date {when} is not a course-file deadline")
    # (a holiday named as a date, "before Halloween", is read as its day: asked too)
    read = vague_dates(question, first=course.term_dates.first_class)
    asked = {n.lstrip("0") or "0" for n in _NUMBER.findall(read)}
    for _wd, mon, day in _CLASS_DATE.findall(text):
        when = datetime.strptime(f"{mon} {day} 2021", "%b %d %Y").date()
        named_month = mon.lower() in read.lower()  # "before october" → Oct 1
        if when not in class_days and day not in asked and not named_month:
            problems.append(f"class date {when} is not a class day")
    text = _CLASS_DATE.sub("", _DATE.sub("", text))  # dates are checked above
    if answer.topic == "grade":
        # arithmetic on the asker's own numbers: check the letters, not the sums
        for letter in re.findall(r"\b(?:is|pace\)?|for) an? ([A-DF][+-]?)\b", text):
            if all(c.letter != letter for c in course.grading.cutoffs):
                problems.append(f"letter {letter} is not in the cutoffs")
        return problems
    numbers = _file_numbers() | asked
    if answer.topic == "grading":  # a sum of weights is arithmetic on the file's numbers
        weights = [comp.weight for comp in course.grading.components]
        numbers |= {f"{sum(w for i, w in enumerate(weights) if mask >> i & 1):g}"
                    for mask in range(1 << len(weights))}
    for match in re.finditer(r"(\d+) days? (?:left|ago)", text):
        numbers.add(match.group(1))  # a countdown: checked separately below
    for number in _NUMBER.findall(text):
        if (number.lstrip("0") or "0") not in numbers:
            problems.append(f"number {number} is not in the course file")
    return problems


def test_no_invented_facts(answerer: Answerer, course: Course) -> None:
    problems: list[str] = []
    for now, question in _all_questions():
        answer = answerer.answer(question, now=now)
        problems += [f"{question!r}: {p}" for p in _check_invented(answer, question, course)]
    assert not problems, "\n".join(problems)


def test_countdowns_are_the_real_distance(answerer: Answerer, course: Course) -> None:
    for question, key in [("days left till the final report", "final"),
                          ("how long till the midterm report", "midterm")]:
        text = answerer.answer(question, now=NOW).plain(course.tz)
        due = course.deadline(key)
        assert due is not None
        assert f"{(due.date - date(2021, 9, 13)).days} days left" in text


def test_every_decline_points_to_the_staff(answerer: Answerer, course: Course) -> None:
    for now, question in _all_questions():
        if question not in DECLINES:
            continue
        answer = answerer.answer(question, now=now)
        if answer.kind == "answer":
            continue  # a miss, counted in the score
        text = answer.plain(course.tz)
        for person in course.staff:
            assert person.email in text, question
        assert "Office hours" in text


def test_sensitive_answers_put_resources_first(answerer: Answerer, course: Course) -> None:
    answer = answerer.answer("i'm really anxious and can't sleep", now=NOW)
    assert answer.sensitive and answer.topic == "policy:mental_health"
    # one short caring sentence, then the resources (the safety layer's reply)
    assert answer.lines[1].text.startswith("• Counseling Center: 217-333-3704")
    for policy in course.policies:
        found = answerer.topic_answer(f"policy:{policy.key}", now=NOW)
        assert found.sensitive is policy.sensitive


@pytest.mark.parametrize("question, weight", [
    ("what's the weight of the paper reviews", "Paper reviews: 30% of the grade."),
    ("how much does the project proposal count", "Project proposal: 5% of the grade."),
    ("final report worth?", "Final report: 20% of the grade."),
])
def test_a_question_about_worth_leads_with_the_weight(answerer: Answerer, question: str,
                                                      weight: str) -> None:
    answer = answerer.answer(question, now=NOW)
    assert answer.kind == "answer" and answer.headline == weight
    assert len(answer.lines) > 1  # the date (or the rule for it) still follows


def test_a_question_about_when_still_leads_with_the_date(answerer: Answerer) -> None:
    answer = answerer.answer("when is the project proposal due, and what is it worth", now=NOW)
    assert answer.headline.startswith("Project proposal is due")
    assert "Project proposal: 5% of the grade." in [line.text for line in answer.lines]


def test_low_confidence_offers_close_topics(answerer: Answerer) -> None:
    answer = answerer.answer("what about the reviews thingy for flows", now=NOW)
    assert answer.kind == "unsure"
    assert [s.label for s in answer.suggestions][:2] == ["Paper reviews", "Normalizing Flows"]
    assert 2 <= len(answer.suggestions) <= 3
    assert not answerer.answer("is the final exam open book", now=NOW).suggestions


def test_suggestion_labels_work_as_typed_text(answerer: Answerer) -> None:
    """The text twin of a button: typing its label gets the same topic's answer."""
    for entry in answerer.entries.values():
        if entry.kind in {"policy", "deliverable", "team", "topic"}:
            answer = answerer.answer(entry.label, now=NOW)
            assert answer.kind == "answer", entry.label


def test_the_code_holds_no_question_of_the_set() -> None:
    code = "\n".join((ROOT / p).read_text(encoding="utf-8").lower()
                     for p in (*sorted(str(f.relative_to(ROOT))
                                       for f in (ROOT / "bot/answers").glob("*.py")),
                               "bot/grades.py"))
    for _now, question in _all_questions():
        if len(question.split()) >= 3:  # two words ("course description") name a section
            assert question.lower().rstrip("?") not in code, question


def test_editing_the_course_file_changes_the_answers(tmp_path: Path) -> None:
    raw = default_course_path().read_text(encoding="utf-8")
    raw = raw.replace('date = 2021-10-01\nprinted = "Fri, October 1"',
                      'date = 2021-10-08\nprinted = "Fri, October 8"')
    raw = raw.replace('key = "paper_reviews"\ntitle = "Paper reviews"\ngroup = "Paper Reviews"\n'
                      'weight = 30', 'key = "paper_reviews"\ntitle = "Paper reviews"\n'
                      'group = "Paper Reviews"\nweight = 25')
    raw = raw.replace('key = "blog_posts"\ntitle = "Blog posts"\ngroup = "Paper Presentations"\n'
                      'weight = 10', 'key = "blog_posts"\ntitle = "Blog posts"\n'
                      'group = "Paper Presentations"\nweight = 15')
    raw = raw.replace('[[sections]]\ntitle = "Academic Integrity"',
                      '[[sections]]\ntitle = "Late Work"\n\n[[sections]]\n'
                      'title = "Academic Integrity"')
    raw += ('\n[[policies]]\nkey = "late_work"\ntitle = "Late Work"\nsource = "Late Work"\n'
            'sensitive = false\naliases = ["late", "late policy", "extension"]\n'
            'text = "Late work is not accepted."\n')
    path = tmp_path / "edited.toml"
    path.write_text(raw, encoding="utf-8")
    edited = load_course(path)
    answerer = answerer_for(edited)
    zone = edited.tz
    assert "Fri, Oct 8, 2021" in answerer.answer("when is the proposal due", now=NOW).plain(zone)
    assert "25%" in answerer.answer("weight of the reviews?", now=NOW).plain(zone)
    late = answerer.answer("is there a late policy", now=NOW)
    assert late.kind == "answer" and "Late work is not accepted." in late.plain(zone)
    assert "Syllabus › Late Work" in late.sources
    # the shipped course is untouched
    assert answerer_for(load_course()).answer("is there a late policy", now=NOW).kind != "answer"


# ----------------------------------------------------------------------------- grades


@pytest.mark.parametrize(("text", "kind", "letter"), [
    ("87", "letter", "A-"), ("95", "letter", "A+"), ("49.99", "letter", "F"),
    ("B+", "cutoff", "B+"), ("what is a c-", "cutoff", "C-"),
    ("reviews 27/30 presentations 18/20", "total", "A"),
])
def test_what_if(course: Course, text: str, kind: str, letter: str) -> None:
    result = what_if(text, course)
    assert result.kind == kind and result.cutoff is not None
    assert result.cutoff.letter == letter


def test_what_if_needed_on_the_rest(course: Course) -> None:
    result = what_if("reviews 27/30 presentations 18/20 blog 9/10 proposal 5/5 midterm 9/10 "
                     "project presentation 5/5 need A", course)
    assert result.kind == "need" and result.remaining[0].key == "final_report"
    assert result.needed == pytest.approx((90 - 73) / 20 * 100)
    out = what_if("reviews 10/30 presentations 5/20 blog 1/10 proposal 1/5 midterm 1/10 "
                  "project presentation 1/5 need A+", course)
    assert out.needed is not None and out.needed > 100
    answer = answerer_for(course).grade_answer(out)
    assert "out of reach" in answer.headline


@pytest.mark.parametrize(("text", "message"), [
    ("120", "over 100%"), ("-5", "from 0 to 100"), ("reviews 35/30", "over 100%"),
    ("quizzes 8/10", "Paper reviews (30%)"), ("reviews -3/30", "not a valid score"),
    ("reviews 3/0", "not a valid score"), ("need a Z", "couldn't find a score"),
])
def test_what_if_bad_numbers(course: Course, text: str, message: str) -> None:
    result = what_if(text, course)
    assert result.kind == "error" and message in result.error


# ----------------------------------------------------------------------------- issue #11


@pytest.mark.parametrize("question, facts", COMPUTED)
def test_computed_questions(answerer: Answerer, course: Course, question: str,
                            facts: tuple[str, ...]) -> None:
    answer = answerer.answer(question, now=NOW)
    text = answer.plain(course.tz)
    assert answer.kind == "answer", text
    for fact in facts:
        assert fact.lower() in text.lower(), (question, fact, text)
    if answer.topic not in {"grade", "grading", "meetings"} and not (
            answer.topic or "").startswith("component:"):  # arithmetic: sums, shares, minutes
        assert not _check_invented(answer, question, course)


def test_computed_set_score(answerer: Answerer, course: Course) -> None:
    right = sum(all(f.lower() in answerer.answer(q, now=NOW).plain(course.tz).lower()
                    for f in facts) for q, facts in COMPUTED)
    print(f"\ncomputed set: {right}/{len(COMPUTED)}")
    assert right == len(COMPUTED)


@pytest.mark.parametrize("question", PROPERTY_UNKNOWN)
def test_an_unknown_property_is_said_honestly(answerer: Answerer, course: Course,
                                              question: str) -> None:
    answer = answerer.answer(question, now=NOW)
    text = answer.plain(course.tz)
    assert answer.kind == "decline" and "doesn't cover that detail" in text, text
    assert "%" not in text and "2021" not in text
    assert all(p.email in text for p in course.staff)


@pytest.mark.parametrize("question, facts", MULTI_PART)
def test_each_part_is_answered_in_order(answerer: Answerer, course: Course, question: str,
                                        facts: tuple[str, ...]) -> None:
    text = answerer.answer(question, now=NOW).plain(course.tz)
    positions = [text.find(f) for f in facts]
    assert -1 not in positions, (facts, text)
    assert positions == sorted(positions)
