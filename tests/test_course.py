"""Tests for the course model and the shipped CS 598 course file."""

from __future__ import annotations

import hashlib
import pathlib
import re
import tomllib
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.course import (
    Course,
    CourseFileError,
    default_course_path,
    load_course,
    parse_lead_time,
)


@pytest.fixture(scope="module")
def course() -> Course:
    return load_course()


@pytest.fixture(scope="module")
def raw_text() -> str:
    return default_course_path().read_text(encoding="utf-8")


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --------------------------------------------------------------------------- loading


def test_shipped_file_exists_in_package() -> None:
    path = default_course_path()
    assert path.is_file()
    assert path.parent.name == "courses"
    assert path.parent.parent.name == "bot"


def test_shipped_file_loads(course: Course) -> None:
    assert course.id == "cs598-fall2021"
    assert course.code == "CS 598"
    assert course.title == "Deep Generative and Dynamical Models"
    assert course.term == "Fall 2021"
    assert course.timezone == "America/Chicago"
    assert str(course.tz) == "America/Chicago"
    assert course.description.startswith("Recent years have seen considerable advances")
    assert course.description.endswith("physics guided machine learning, among other topics.")
    assert course.textbook == (
        "No textbook, the material will be based on papers posted on the class webpage."
    )


def test_load_with_explicit_path_and_hash(course: Course) -> None:
    path = default_course_path()
    again = load_course(path)
    assert again == course
    assert course.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert course.source_path == str(path)
    assert load_course(str(path)).content_hash == course.content_hash


def test_models_are_frozen(course: Course) -> None:
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises ValidationError
        course.title = "Something else"  # type: ignore[misc]
    with pytest.raises(Exception):  # noqa: B017
        course.deadlines[0].date = date(2021, 1, 1)  # type: ignore[misc]


# --------------------------------------------------------------------------- basic info


def test_staff(course: Course) -> None:
    instructor = course.person("Arindam Banerjee")
    ta = course.person("Anant Dadu")
    assert instructor is not None and ta is not None
    assert (instructor.role, instructor.email) == ("instructor", "arindamb@illinois.edu")
    assert (ta.role, ta.email) == ("ta", "adadu2@illinois.edu")
    assert instructor.slack_user_id is None and ta.slack_user_id is None  # "" => None


def test_meetings(course: Course) -> None:
    assert len(course.meetings) == 1
    m = course.meetings[0]
    assert m.days == ["Tue", "Thu"]
    assert (m.start, m.end) == (time(14, 0), time(15, 15))
    assert m.location == "Zoom"
    assert [r.name for r in course.resources] == ["Canvas"]


def test_office_hours_ta_blank_not_invented(course: Course) -> None:
    by_person = {o.person: o for o in course.office_hours}
    ab = by_person["Arindam Banerjee"]
    assert ab.has_hours
    assert ab.days == ["Tue", "Thu"]
    assert (ab.start, ab.end) == (time(17, 0), time(18, 0))
    assert ab.location and ab.location.lower() == "zoom"
    ta = by_person["Anant Dadu"]
    assert not ta.has_hours
    assert ta.days == [] and ta.start is None and ta.end is None and ta.location is None
    assert "no days" in ta.note


# --------------------------------------------------------------------------- schedule


def test_schedule_topics_and_weeks_exact(course: Course) -> None:
    assert course.schedule.note == "Tentative, subject to mild adjustments"
    assert [(t.title, t.weeks) for t in course.schedule.topics] == [
        ("Course Outline and Background", [1]),
        ("Introduction to Generative Models", [2]),
        ("Auto-regressive Models", [3, 4]),
        ("Variational Auto-encoders", [4, 5, 6]),
        ("Normalizing Flows", [6, 7, 8]),
        ("Generative Adversarial Networks", [8, 9, 10]),
        ("Neural Differential Equations", [11, 12]),
        ("Score-based Models", [12, 13]),
        ("Learning Operators, Physics guided ML", [13, 14]),
        ("Project Presentations", [14, 15]),
    ]
    assert [t.title for t in course.schedule.topics_for_week(8)] == [
        "Normalizing Flows",
        "Generative Adversarial Networks",
    ]


# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("key", "local_date", "expected_utc"),
    [
        ("team", date(2021, 9, 17), _utc(2021, 9, 18, 4, 59)),  # CDT (UTC-5)
        ("proposal", date(2021, 10, 1), _utc(2021, 10, 2, 4, 59)),  # CDT
        ("midterm", date(2021, 11, 5), _utc(2021, 11, 6, 4, 59)),  # CDT, before DST ends
        ("final", date(2021, 12, 8), _utc(2021, 12, 9, 5, 59)),  # CST (UTC-6)
    ],
)
def test_dated_deadline_instants(
    course: Course, key: str, local_date: date, expected_utc: datetime
) -> None:
    d = course.deadline(key)
    assert d is not None
    assert d.date == local_date
    assert d.time is None and d.time_assumed
    assert d.local_time == time(23, 59)
    due = course.due_at(d)
    assert due == expected_utc
    assert due.utcoffset() == timedelta(0)
    assert due.astimezone(course.tz).replace(tzinfo=None) == datetime.combine(
        local_date, time(23, 59)
    )


def test_dated_deadline_details(course: Course) -> None:
    keys = [d.key for d in course.deadlines]
    assert keys == ["team", "proposal", "midterm", "final"]
    assert course.deadline("midterm").title == "Mid-term report"  # type: ignore[union-attr]
    assert course.deadline("final").title == "Final report"  # type: ignore[union-attr]
    assert course.deadline("nope") is None
    team = course.deadline("team")
    assert team is not None and team.component is None
    assert any("teams of 2 (or 3)" in f for f in team.facts)
    assert "team" in team.aliases
    comps = {d.key: d.component for d in course.deadlines}
    assert comps == {
        "team": None,
        "proposal": "project_proposal",
        "midterm": "midterm_report",
        "final": "final_report",
    }
    assert all(d.source == "Key Dates" for d in course.deadlines)
    assert any("5%, 2 pages + references" in f for f in course.deadline("proposal").facts)  # type: ignore[union-attr]


def test_deadline_with_explicit_time_is_not_assumed(course: Course) -> None:
    d = course.deadline("final")
    assert d is not None
    at_noon = d.model_copy(update={"time": time(12, 0)})
    assert not at_noon.time_assumed
    assert course.due_at(at_noon) == _utc(2021, 12, 8, 18, 0)


def test_relative_deadlines(course: Course) -> None:
    slides = course.relative_deadline("slides")
    blog = course.relative_deadline("blog")
    reviews = course.relative_deadline("reviews")
    assert slides and blog and reviews
    assert (slides.offset_days, slides.time, slides.time_assumed) == (0, time(12, 0), False)
    assert (blog.offset_days, blog.time, blog.time_assumed) == (7, None, True)
    assert (reviews.offset_days, reviews.time, reviews.time_assumed) == (-1, time(23, 59), False)
    assert {r.anchor for r in course.relative_deadlines} == {"presentation_class"}
    assert "noon, before class" in slides.printed
    assert any("~10 min read" in f for f in blog.facts)
    assert any("excluding the 2 presentations" in f for f in reviews.facts)
    assert any("4 pages core material" in f for f in reviews.facts)


def test_relative_due_at(course: Course) -> None:
    slides = course.relative_deadline("slides")
    blog = course.relative_deadline("blog")
    reviews = course.relative_deadline("reviews")
    assert slides and blog and reviews
    cls = date(2021, 10, 14)  # Thu, CDT
    assert course.relative_due_at(slides, cls) == _utc(2021, 10, 14, 17, 0)
    assert course.relative_due_at(blog, cls) == _utc(2021, 10, 22, 4, 59)
    assert course.relative_due_at(reviews, cls) == _utc(2021, 10, 14, 4, 59)
    # across the DST change (Nov 7 2021): presentation Tue Nov 2, blog due Nov 9 in CST
    assert course.relative_due_at(blog, date(2021, 11, 2)) == _utc(2021, 11, 10, 5, 59)
    # slides are due before class starts
    start = course.meetings[0].start
    class_start = datetime.combine(cls, start, tzinfo=course.tz)
    assert course.relative_due_at(slides, cls) < class_start


# --------------------------------------------------------------------------- grading


def test_weights_sum_to_100(course: Course) -> None:
    weights = {c.key: c.weight for c in course.grading.components}
    assert weights == {
        "paper_presentations": 20,
        "blog_posts": 10,
        "paper_reviews": 30,
        "project_proposal": 5,
        "midterm_report": 10,
        "final_report": 20,
        "project_presentation": 5,
    }
    assert sum(weights.values()) == pytest.approx(100, abs=1e-9)
    assert course.grading.groups == ["Paper Presentations", "Paper Reviews", "Project"]
    pres = course.component("project_presentation")
    assert pres is not None and any("10-12 mins, in class" in f for f in pres.facts)
    pp = course.component("paper_presentations")
    assert pp is not None and any("2 classes (of 23 classes)" in f for f in pp.facts)


@pytest.mark.parametrize(
    ("percent", "letter"),
    [
        (100, "A+"),
        (120, "A+"),
        (95, "A+"),
        (94.99, "A"),
        (90, "A"),
        (89.999, "A-"),
        (85, "A-"),
        (80, "B+"),
        (75, "B"),
        (74.99, "B-"),
        (70, "B-"),
        (69.99, "C+"),
        (65, "C+"),
        (64.99, "C"),
        (60, "C"),
        (59.99, "C-"),
        (55, "C-"),
        (50, "D"),
        (49.9, "F"),
        (0, "F"),
    ],
)
def test_letter_for_boundaries(course: Course, percent: float, letter: str) -> None:
    assert course.letter_for(percent).letter == letter


@pytest.mark.parametrize("bad", [-0.01, float("nan")])
def test_letter_for_rejects_bad_input(course: Course, bad: float) -> None:
    with pytest.raises(ValueError):
        course.letter_for(bad)


def test_cutoffs_and_c_note(course: Course) -> None:
    cut = {c.letter: c for c in course.grading.cutoffs}
    assert list(cut) == ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D", "F"]
    assert (cut["A+"].min, cut["A+"].max) == (95, None)
    assert (cut["C"].min, cut["C"].max) == (60, 65)
    assert cut["C"].printed == ">=60% & < 75%"
    assert "75" in cut["C"].note and "differs" in cut["C"].note
    assert (cut["F"].min, cut["F"].max) == (0, 50)
    notes = " ".join(course.grading.notes)
    assert "tentative and may be adjusted slightly" in notes
    assert "we will NOT curve down your letter grades" in notes
    assert "no general curve-fitting" in notes


# --------------------------------------------------------------------------- policies


POLICY_PHRASES: dict[str, list[str]] = {
    "mental_health": [
        "Diminished mental health, including significant stress",
        "Getting help is a smart and courageous thing to do -- for yourself",
        "Counseling Center: 217-333-3704, 610 East John Street Champaign, IL 61820",
        "McKinley Health Center:217-333-2700, 1109 South Lincoln Avenue, Urbana, Illinois 61801",
        "University’s resources provided below",
    ],
    "sexual_misconduct": [
        "The University of Illinois is committed to combating sexual misconduct.",
        "report any instances of sexual misconduct to the University’s Title IX Office",
        "http://wecare.illinois.edu/resources/students/#confidential",
        "Other information about resources and reporting is available here: "
        "http://wecare.illinois.edu",
    ],
    "academic_integrity": [
        "Students should pay particular attention to Article 1, Part 4: Academic Integrity.",
        "http://studentcode.illinois.edu/",
        "https://studentcode.illinois.edu/article1/part4/1-401/",
        "Academic dishonesty may result in a failing grade.",
    ],
    "religious_observances": [
        "Illinois law requires the University to reasonably accommodate its students' religious",
        "follow the procedure at\n\nto request appropriate accommodations.",
        "This should be done in the first two weeks of classes.",
    ],
    "disability": [
        "Disability Resources and Educational Services (DRES) as soon as possible.",
        "you may visit 1207 S. Oak St., Champaign, call 333-4603, email disability@illinois.edu "
        "or go to https://www.disability.illinois.edu.",
        "selecting “Request an Academic Screening” at the bottom of the page.",
    ],
    "ferpa": [
        "Any student who has suppressed their directory information",
        "See https://registrar.illinois.edu/academic-records/ferpa/ for more information on FERPA.",
    ],
}


def test_all_policies_present(course: Course) -> None:
    assert [p.key for p in course.policies] == list(POLICY_PHRASES)
    titles = {p.key: p.title for p in course.policies}
    assert titles["sexual_misconduct"] == "Sexual Misconduct Reporting Obligation"
    assert titles["ferpa"] == "Family Educational Rights and Privacy Act (FERPA)"


@pytest.mark.parametrize(("key", "phrases"), list(POLICY_PHRASES.items()))
def test_policy_text_key_phrases(course: Course, key: str, phrases: list[str]) -> None:
    policy = course.policy(key)
    assert policy is not None
    for phrase in phrases:
        assert phrase in policy.text
    assert policy.aliases
    assert policy.source == policy.title


def test_policy_sensitivity(course: Course) -> None:
    sensitive = {p.key for p in course.policies if p.sensitive}
    assert sensitive == {
        "mental_health",
        "sexual_misconduct",
        "disability",
        "religious_observances",
    }


def test_policy_contacts(course: Course) -> None:
    mh = course.policy("mental_health")
    assert mh is not None
    assert [(c.name, c.phone) for c in mh.contacts] == [
        ("Counseling Center", "217-333-3704"),
        ("McKinley Health Center", "217-333-2700"),
    ]
    dres = course.policy("disability")
    assert dres is not None and len(dres.contacts) == 1
    c = dres.contacts[0]
    assert (c.address, c.phone, c.email, c.url) == (
        "1207 S. Oak St., Champaign",
        "333-4603",
        "disability@illinois.edu",
        "https://www.disability.illinois.edu",
    )
    rel = course.policy("religious_observances")
    assert rel is not None and rel.contacts == [] and "blank" in rel.note
    for policy in course.policies:  # contacts come only from the text
        for contact in policy.contacts:
            for detail in contact.details():
                assert detail in policy.text


# --------------------------------------------------------------------------- sources


def test_sources_cite_printed_sections(course: Course) -> None:
    titles = [s.title for s in course.sections]
    for expected in ["Basic Information", "Schedule", "Coursework and Grading", "Key Dates"]:
        assert expected in titles
    assert course.grading.source == "Coursework and Grading"
    assert course.cite(course.grading.source) == "Syllabus › Coursework and Grading"
    sched = course.section("Schedule")
    assert (
        sched is not None and sched.heading == "Schedule (Tentative, subject to mild adjustments)"
    )
    cutoffs = course.section(course.grading.cutoffs_source)
    assert cutoffs is not None and not cutoffs.printed and cutoffs.note


def test_assumptions_are_marked(course: Course) -> None:
    keys = {a.key for a in course.assumptions}
    assert {"timezone", "default_time", "term_dates", "week_numbers"} <= keys
    assert course.term_dates.assumed
    assert "assumed" in course.term_dates.note.lower()
    assert "the syllabus gives no" in course.term_dates.note.lower()
    assert all(r.assumed for r in course.term_dates.no_class)


# --------------------------------------------------------------------------- calendar


def test_term_dates(course: Course) -> None:
    td = course.term_dates
    assert td.first_class == date(2021, 8, 24)
    assert td.last_day == date(2021, 12, 8)
    assert [(r.start, r.end) for r in td.no_class] == [(date(2021, 11, 20), date(2021, 11, 28))]


def test_class_dates_only_tue_thu_and_not_in_break(course: Course) -> None:
    dates = course.class_dates()
    assert dates[0] == date(2021, 8, 24)
    assert dates[-1] == date(2021, 12, 7)
    assert dates == sorted(set(dates))
    assert {d.weekday() for d in dates} == {1, 3}  # Tue, Thu
    assert not [d for d in dates if date(2021, 11, 20) <= d <= date(2021, 11, 28)]
    assert date(2021, 11, 23) not in dates and date(2021, 11, 25) not in dates
    assert date(2021, 11, 18) in dates and date(2021, 11, 30) in dates
    assert len(dates) == 29
    assert course.is_class_date(date(2021, 9, 2))
    assert not course.is_class_date(date(2021, 9, 1))


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2021, 8, 22), None),  # Sunday before term
        (date(2021, 8, 23), 1),
        (date(2021, 8, 24), 1),
        (date(2021, 8, 29), 1),
        (date(2021, 8, 31), 2),
        (date(2021, 10, 14), 8),
        (date(2021, 11, 18), 13),
        (date(2021, 11, 23), None),  # Fall break week is not counted
        (date(2021, 11, 30), 14),
        (date(2021, 12, 7), 15),
        (date(2021, 12, 8), 15),
        (date(2021, 12, 9), None),  # after the last day
    ],
)
def test_week_of(course: Course, day: date, week: int | None) -> None:
    assert course.week_of(day) == week


def test_class_dates_in_week(course: Course) -> None:
    assert course.class_dates_in_week(1) == [date(2021, 8, 24), date(2021, 8, 26)]
    assert course.class_dates_in_week(14) == [date(2021, 11, 30), date(2021, 12, 2)]
    assert course.class_dates_in_week(15) == [date(2021, 12, 7)]
    assert course.class_dates_in_week(16) == []
    assert course.class_dates_in_week(0) == []


def test_reminder_defaults(course: Course) -> None:
    assert course.reminders.channel_lead_times == ["7d", "1d", "3h"]
    assert course.reminders.lead_timedeltas == [
        timedelta(days=7),
        timedelta(days=1),
        timedelta(hours=3),
    ]
    assert parse_lead_time("30m") == timedelta(minutes=30)
    assert parse_lead_time("2w") == timedelta(weeks=2)
    for bad in ["", "7", "0d", "-1d", "7y", "d7"]:
        with pytest.raises(ValueError):
            parse_lead_time(bad)


# --------------------------------------------------------------------------- invalid files


def _write_variant(
    tmp_path: pathlib.Path, raw_text: str, old: str, new: str, *, count: int = 1
) -> pathlib.Path:
    assert old in raw_text, f"fixture text not found: {old!r}"
    text = raw_text.replace(old, new, count)
    path = tmp_path / "course.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _error_for(path: pathlib.Path) -> str:
    with pytest.raises(CourseFileError) as info:
        load_course(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    return message


def test_unmodified_copy_loads(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, "", "", count=0)
    course = load_course(path)
    assert course.source_path == str(path)
    assert course.grading == load_course().grading


def test_course_file_error_is_value_error() -> None:
    assert issubclass(CourseFileError, ValueError)


def test_missing_file(tmp_path: pathlib.Path) -> None:
    msg = _error_for(tmp_path / "nope.toml")
    assert "cannot read" in msg


def test_bad_toml(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('id = "x"\ntitle = \n', encoding="utf-8")
    msg = _error_for(path)
    assert "invalid TOML" in msg and "line 2" in msg


def test_missing_field(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, 'code = "CS 598"\n', "")
    msg = _error_for(path)
    assert "code" in msg and "Field required" in msg


def test_missing_field_in_list_item_names_item(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, "date = 2021-11-05\n", "")
    msg = _error_for(path)
    assert "deadlines[2] (midterm).date" in msg


def test_weights_not_summing_to_100(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, "weight = 30\n", "weight = 25\n")
    msg = _error_for(path)
    assert "grading.components" in msg and "95" in msg and "100" in msg


def test_overlapping_cutoffs(tmp_path: pathlib.Path, raw_text: str) -> None:
    # the syllabus's printed C range (60-75) must be rejected
    old = 'letter = "C"\nmin = 60\nmax = 65\n'
    path = _write_variant(tmp_path, raw_text, old, 'letter = "C"\nmin = 60\nmax = 75\n')
    msg = _error_for(path)
    assert "grading.cutoffs" in msg and "overlap" in msg


def test_gapped_cutoffs(tmp_path: pathlib.Path, raw_text: str) -> None:
    old = 'letter = "C-"\nmin = 55\n'
    path = _write_variant(tmp_path, raw_text, old, 'letter = "C-"\nmin = 56\n')
    msg = _error_for(path)
    assert "grading.cutoffs" in msg and "gap" in msg


def test_cutoffs_must_start_at_zero(tmp_path: pathlib.Path, raw_text: str) -> None:
    old = 'letter = "F"\nmin = 0\n'
    path = _write_variant(tmp_path, raw_text, old, 'letter = "F"\nmin = 10\n')
    assert "must start at 0" in _error_for(path)


def test_unknown_weekday(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, 'days = ["Tue", "Thu"]', 'days = ["Tues", "Thu"]')
    msg = _error_for(path)
    assert "meetings[0].days[0]" in msg and "unknown weekday 'Tues'" in msg


def test_bad_timezone(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, '"America/Chicago"', '"America/Champaign"')
    msg = _error_for(path)
    assert "timezone" in msg and "America/Champaign" in msg


def test_duplicate_deadline_key(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, 'key = "midterm"', 'key = "proposal"')
    msg = _error_for(path)
    assert "duplicate deadlines/relative_deadlines: key 'proposal'" in msg


def test_duplicate_policy_key(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, 'key = "ferpa"', 'key = "disability"')
    assert "duplicate policies: key 'disability'" in _error_for(path)


def test_printed_weekday_must_match_date(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, "date = 2021-09-17", "date = 2021-09-16")
    msg = _error_for(path)
    assert "deadlines[0] (team)" in msg and "Fri" in msg


def test_unknown_field_rejected(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, 'code = "CS 598"\n', 'code = "CS 598"\ncolour = 1\n')
    msg = _error_for(path)
    assert "colour" in msg


def test_unknown_component_reference(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(
        tmp_path, raw_text, 'component = "final_report"', 'component = "final_exam"'
    )
    assert "deadlines: 'final' refers to unknown grading component 'final_exam'" in _error_for(path)


def test_contact_detail_must_come_from_text(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, 'phone = "333-4603"', 'phone = "333-0000"')
    assert "not in the policy text" in _error_for(path)


def test_ta_office_hours_cannot_have_times_without_days(
    tmp_path: pathlib.Path, raw_text: str
) -> None:
    old = 'person = "Anant Dadu"\ndays = []\n'
    path = _write_variant(tmp_path, raw_text, old, old + "start = 10:00:00\nend = 11:00:00\n")
    assert "Anant Dadu" in _error_for(path)


def test_reserved_fields_rejected(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(
        tmp_path, raw_text, 'code = "CS 598"\n', 'code = "CS 598"\ncontent_hash = "x"\n'
    )
    assert "content_hash" in _error_for(path)


def test_bad_lead_time_in_file(tmp_path: pathlib.Path, raw_text: str) -> None:
    path = _write_variant(tmp_path, raw_text, '["7d", "1d", "3h"]', '["7d", "1 day"]')
    assert "reminders.channel_lead_times" in _error_for(path)


# --------------------------------------------------------------------------- raw file sanity


def test_raw_file_is_commented_and_has_no_invented_ta_hours(raw_text: str) -> None:
    assert raw_text.count("\n#") > 20
    data = tomllib.loads(raw_text)
    ta = [o for o in data["office_hours"] if o["person"] == "Anant Dadu"]
    assert ta == [{"person": "Anant Dadu", "days": [], "note": ta[0]["note"]}]
    # every date in the file is in 2021
    for match in re.findall(r"\b(\d{4})-\d{2}-\d{2}\b", raw_text):
        assert match == "2021"
