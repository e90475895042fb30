"""`course-bot new-term`: a new term's course file, every date moved by whole weeks and
marked as an assumption; it validates, loads, and /deadlines lists the moved dates."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.config import Settings
from app.offline.shell import Shell
from bot.clock import parse_instant
from bot.course import WEEKDAYS, check_course_file, default_course_path, load_course
from bot.terms import NewTermError, find_course_file, new_term, shift_text_dates, whole_weeks
from storage.db import Database
from tests.conftest import CHICAGO

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = default_course_path()
START = date(2022, 8, 23)


def _make(tmp_path: Path, **kwargs: object) -> Path:
    result = new_term(SHIPPED.read_text("utf-8"), new_id="cs598-fall2022", start=START,
                      today=date(2026, 11, 29), **kwargs)  # type: ignore[arg-type]
    out = tmp_path / "cs598-fall2022.toml"
    out.write_text(result.text, encoding="utf-8")
    return out


def test_every_date_moves_by_whole_weeks_keeping_weekday_and_time(tmp_path: Path) -> None:
    old = load_course()
    new = load_course(_make(tmp_path))
    assert (new.id, new.term) == ("cs598-fall2022", "Fall 2022")
    assert new.term_dates.first_class == START and new.term_dates.assumed
    assert new.term_dates.last_day == old.term_dates.last_day + timedelta(weeks=52)
    assert [r.start for r in new.term_dates.no_class] == [date(2022, 11, 19)]
    assert all(r.assumed for r in new.term_dates.no_class)
    for before, after in zip(old.deadlines, new.deadlines, strict=True):
        assert after.date - before.date == timedelta(weeks=52)
        assert after.date.weekday() == before.date.weekday()
        local_before = old.due_at(before).astimezone(old.tz)
        local_after = new.due_at(after).astimezone(new.tz)
        assert local_after.time() == local_before.time()  # 11:59 pm stays 11:59 pm (DST too)
        assert after.date_assumed and "moved 52 weeks" in after.date_note
        assert after.printed == ""  # the old syllabus's wording of the old date is gone
    assert len(new.class_dates()) == len(old.class_dates())
    keys = [a.key for a in new.assumptions]
    assert keys[-1] == "new_term" and len(keys) == len(old.assumptions) + 1
    texts = {a.key: a.text for a in new.assumptions}
    assert "Tue Aug 23 2022" in texts["term_dates"] and "Nov 19–27 2022" in texts["term_dates"]
    assert "the year is 2022" in texts["year"]
    # everything else is untouched: grading, policies, relative deadlines
    assert new.grading == old.grading and new.policies == old.policies
    assert new.relative_deadlines == old.relative_deadlines
    assert check_course_file(tmp_path / "cs598-fall2022.toml") == []


def test_comments_survive_and_a_header_says_what_to_review(tmp_path: Path) -> None:
    text = _make(tmp_path).read_text("utf-8")
    assert text.startswith("# Made by `course-bot new-term cs598-fall2021 --id cs598-fall2022")
    assert "ASSUMPTION to review" in text
    assert "# Syllabus › Key Dates: dated deadlines (project)." in text  # comments kept


def test_start_on_another_weekday_uses_the_nearest_whole_week() -> None:
    assert whole_weeks(date(2021, 8, 24), date(2022, 8, 22)) == 52  # a Monday → the Tuesday
    assert whole_weeks(date(2021, 8, 24), date(2022, 8, 26)) == 52
    assert whole_weeks(date(2021, 8, 24), date(2022, 8, 27)) == 53
    assert whole_weeks(date(2021, 8, 24), date(2021, 8, 17)) == -1
    result = new_term(SHIPPED.read_text("utf-8"), new_id="x", start=date(2022, 8, 22))
    assert result.first_class == START and WEEKDAYS[result.first_class.weekday()] == "Tue"


def test_prose_dates_move_with_their_weekdays() -> None:
    moved = shift_text_dates("first class (Tue Aug 24 2021), break Nov 20–28 2021, Fall 2021",
                             timedelta(weeks=52), old_year=2021, new_year=2022)
    assert moved == "first class (Tue Aug 23 2022), break Nov 19–27 2022, Fall 2022"
    across = shift_text_dates("Dec 30–31 2021", timedelta(days=2), old_year=2021,
                              new_year=2022)
    assert across == "Jan 1–2 2022"


@pytest.mark.parametrize(("kwargs", "problem"), [
    ({"new_id": "cs598-fall2021"}, "old course's id"),
    ({"new_id": "Bad Id!"}, "lower-case"),
    ({"new_id": "x", "start": date(2021, 8, 25)}, "nothing to shift"),
    ({"new_id": "x", "term": " "}, "must not be empty"),
])
def test_bad_requests_are_one_clear_line(kwargs: dict, problem: str) -> None:
    args = {"start": START, **kwargs}
    with pytest.raises(NewTermError, match=problem):
        new_term(SHIPPED.read_text("utf-8"), **args)


def test_an_assumed_date_needs_its_note(tmp_path: Path) -> None:
    text = re.sub(r"(?m)^date_note = .*\n", "", _make(tmp_path).read_text("utf-8"), count=1)
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    [problem] = check_course_file(bad)
    assert "deadline 'team': date_assumed = true needs a date_note" in problem


def test_the_old_course_by_id_or_by_path(tmp_path: Path) -> None:
    assert find_course_file("cs598-fall2021") == SHIPPED
    assert find_course_file(str(SHIPPED)) == SHIPPED
    with pytest.raises(NewTermError, match="cs598-fall2021"):
        find_course_file("cs999-spring2030")
    with pytest.raises(NewTermError, match="no such course file"):
        find_course_file(str(tmp_path / "missing.toml"))


async def test_the_new_file_loads_and_deadlines_show_the_assumption(db: Database,
                                                                     tmp_path: Path) -> None:
    path = _make(tmp_path)
    settings = Settings(_env_file=None, database_url=db.url,  # type: ignore[call-arg]
                        course_file=str(path))
    now = parse_instant("2022-08-25T10:00", zone=CHICAGO)
    async with Shell.open(settings, now=now) as shell:
        listing = (await shell.send("/deadlines all")).text
    for day in ("Fri, Sep 16, 2022", "Fri, Sep 30, 2022", "Fri, Nov 4, 2022", "Wed, Dec 7, 2022"):
        assert day in listing, listing
    assert listing.count("carried over from an earlier term") == 4
    assert "CS 598 Fall 2022" in listing


@pytest.mark.slow
def test_cli_new_term_then_check_and_load(tmp_path: Path) -> None:
    db = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'terms.db'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": db}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)

    made = cli("new-term", "cs598-fall2021", "--id", "cs598-fall2022", "--start", "2022-08-23")
    assert made.returncode == 0, made.stderr
    assert "moved 52 weeks" in made.stdout and "Fri 2022-09-16" in made.stdout
    assert made.stdout.count("(assumed: review it)") == 4
    again = cli("new-term", "cs598-fall2021", "--id", "cs598-fall2022", "--start", "2022-08-23")
    assert again.returncode == 2 and "exists" in again.stderr
    bad = cli("new-term", "cs598-fall2021", "--id", "y", "--start", "Aug 23")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
    checked = cli("check-course", "cs598-fall2022.toml")
    assert checked.returncode == 0 and checked.stdout.strip().endswith("OK")
    loaded = cli("load-course", "cs598-fall2022.toml")
    assert loaded.returncode == 0 and "course cs598-fall2022: deadlines 4 created" in loaded.stdout


async def test_ask_says_a_carried_over_date_is_not_confirmed(db: Database,
                                                             tmp_path: Path) -> None:
    settings = Settings(_env_file=None, database_url=db.url,  # type: ignore[call-arg]
                        course_file=str(_make(tmp_path)))
    now = parse_instant("2022-08-25T10:00", zone=CHICAGO)
    async with Shell.open(settings, now=now) as shell:
        said = (await shell.send("/ask when is the proposal due?")).text
    assert "Fri, Sep 30, 2022" in said and "carried over from an earlier term" in said


@pytest.mark.parametrize(("start", "term"), [
    (date(2022, 1, 11), "Spring 2022"), (date(2022, 5, 24), "Spring 2022"),
    (date(2022, 6, 14), "Summer 2022"), (date(2022, 8, 23), "Fall 2022"),
])
def test_without_term_the_season_comes_from_the_start_month(start: date, term: str) -> None:
    result = new_term(SHIPPED.read_text("utf-8"), new_id="x", start=start)
    assert result.term == term


def test_a_carried_over_file_is_refused_saying_what_to_remove(tmp_path: Path) -> None:
    text = _make(tmp_path).read_text("utf-8")
    with pytest.raises(NewTermError, match=r"remove that \[\[assumptions\]\] entry"):
        new_term(text, new_id="cs598-fall2023", start=date(2023, 8, 22))


def test_cli_counts_deadlines_and_term_dates_and_warns_on_a_past_start(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           "DATABASE_URL": f"sqlite:///{tmp_path / 'terms.db'}"}
    made = subprocess.run([sys.executable, "-m", "app", "new-term", "cs598-fall2021", "--id",
                           "cs598-spring2020", "--start", "2020-01-10"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    assert "(Spring 2020)" in made.stdout
    assert "4 deadlines and " in made.stdout and " term dates moved" in made.stdout
    assert "dates moved in all" not in made.stdout
    [warning] = [line for line in made.stderr.splitlines() if "warning" in line]
    assert "--start 2020-01-10 is in the past" in warning
