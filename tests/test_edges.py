"""Issue #13, in process: request limits, malformed bodies, the calendar cache, per-user
rate limits, privacy of logs, dates that do not exist, course files features rely on."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.logs import OncePer, Redact, redact
from app.offline import slack_requests as sr
from bot.course import CourseFileError, check_course_file, default_course_path, load_course
from bot.ratelimit import RateLimiter
from bot.timewindows import Unreadable, date_problem, parse_date, parse_window
from handlers import ratelimit
from tests.conftest import CHICAGO, STAFF, STUDENT, chicago
from tests.slack import SlackTestClient

NOW = chicago(2021, 9, 13, 9, 0)
HOOK = "https://hooks.slack.com/commands/T0COURSE/1234/0a1b2c3d4e"


# ------------------------------------------------------------------ request limits


async def test_a_body_over_the_limit_is_refused_by_its_content_length(
        bot: SlackTestClient) -> None:
    limit = bot.runtime.settings.max_body_bytes
    assert limit <= 1_000_000
    response = await bot.http.post("/slack/events", content=b"x" * (limit + 1),
                                   headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.headers.get("connection") == "close"


async def test_a_streamed_body_over_the_limit_is_refused_while_counting(
        bot: SlackTestClient) -> None:
    sent = 0

    async def chunks():  # no Content-Length: the server has to count
        nonlocal sent
        for _ in range(40):
            sent += 1
            yield b"y" * 65536

    response = await bot.http.post("/slack/events", content=chunks(),
                                   headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_a_body_that_trickles_in_is_cut_off_with_408(bot: SlackTestClient) -> None:
    bot.runtime.settings.body_timeout_seconds = 0.3

    async def trickle():
        for _ in range(20):  # bounded: 2 s at most
            yield b"{"
            await asyncio.sleep(0.1)

    started = time.monotonic()
    response = await bot.http.post("/slack/events", content=trickle(),
                                   headers={"content-type": "application/json"})
    assert response.status_code == 408
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("body,content_type", [
    ("payload=%7Bnot-json", "application/x-www-form-urlencoded"),
    ("payload=[]", "application/x-www-form-urlencoded"),
    ("payload=%5B1%2C2%5D", "application/x-www-form-urlencoded"),
    ('{"type": "event_callback", ', "application/json"),
    ("[1, 2, 3]", "application/json"),
    ("\udcff", "application/json"),
])
async def test_malformed_bodies_get_401_unsigned_and_400_signed_without_traceback(
        bot: SlackTestClient, caplog: pytest.LogCaptureFixture, body: str,
        content_type: str) -> None:
    raw = body.encode("utf-8", "surrogateescape")
    caplog.set_level(logging.DEBUG)
    unsigned = await bot.http.post("/slack/events", content=raw,
                                   headers={"content-type": content_type})
    assert unsigned.status_code == 401
    ts = str(int(datetime.now().timestamp()))
    digest = hmac.new(bot.secret.encode(), f"v0:{ts}:".encode() + raw, hashlib.sha256)
    signed = await bot.http.post("/slack/events", content=raw, headers={
        "content-type": content_type, "x-slack-request-timestamp": ts,
        "x-slack-signature": "v0=" + digest.hexdigest()})
    assert signed.status_code == 400 and "malformed" in signed.text
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert "Traceback" not in caplog.text


async def test_a_signed_payload_of_the_wrong_shape_is_400_not_500(
        bot: SlackTestClient) -> None:
    body = sr.interaction_body({"type": "block_actions", "user": "not-a-dict",
                                "actions": "nope", "team": 7})
    response = await bot.post(body)
    assert response.status_code in (200, 400)


async def test_an_unknown_command_gets_a_sentence_not_bolts_advice(
        bot: SlackTestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    response = await bot.command("/nosuch", "x")
    assert response.status_code == 200
    assert "I do not know the command /nosuch" in bot.text(response)
    assert "/deadlines" in bot.text(response)
    assert "@app.command" not in caplog.text


async def test_a_nul_byte_in_a_personal_calendar_path_is_404(bot: SlackTestClient) -> None:
    for name in ("abc%00defghijk.ics", quote("a\x00" * 10) + ".ics", "x" * 200 + ".ics",
                 "..%2F..%2Fetc.ics", "%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9.ics"):
        response = await bot.http.get(f"/calendar/u/{name}")
        assert response.status_code == 404, name


# ------------------------------------------------------------------ calendar cache


async def test_the_course_feed_is_built_once_per_deadline_version_with_etag_and_304(
        bot: SlackTestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.calendar_feed as feed

    builds = 0
    real = feed.course_feed

    async def counting(db, course):  # type: ignore[no-untyped-def]
        nonlocal builds
        builds += 1
        return await real(db, course)

    monkeypatch.setattr(feed, "course_feed", counting)
    path = f"/calendar/{bot.runtime.deps.course.id}.ics"
    first = await bot.http.get(path)
    assert first.status_code == 200 and first.headers["etag"]
    assert "max-age" in first.headers["cache-control"]
    for _ in range(20):
        again = await bot.http.get(path)
        assert again.content == first.content
    assert builds == 1
    etag = first.headers["etag"]
    not_modified = await bot.http.get(path, headers={"If-None-Match": etag})
    assert not_modified.status_code == 304 and not not_modified.content
    assert not_modified.headers["etag"] == etag

    await bot.command("/course", 'deadline move "Project proposal" Oct 8 5pm', user_id=STAFF)
    await bot.command("/course", "confirm", user_id=STAFF)
    moved = await bot.http.get(path, headers={"If-None-Match": etag})
    assert moved.status_code == 200 and moved.headers["etag"] != etag
    assert builds == 2


async def test_the_personal_feed_answers_304_to_its_own_etag(bot: SlackTestClient) -> None:
    reply = bot.text(await bot.command("/deadlines", "calendar", user_id=STUDENT))
    [path] = re.findall(r"/calendar/u/[\w-]+\.ics", reply)
    first = await bot.http.get(path)
    assert first.status_code == 200 and first.headers["cache-control"].startswith("private")
    again = await bot.http.get(path, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304


# ------------------------------------------------------------------ per-user rate limits


def test_the_token_bucket_refills_and_names_the_wait() -> None:
    now = [0.0]
    limiter = RateLimiter(burst=3, every=10.0, clock=lambda: now[0])
    assert [limiter.take("k") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("k") == pytest.approx(10.0)
    assert limiter.take("other") == 0.0
    now[0] = 5.0
    assert limiter.take("k") == pytest.approx(5.0)
    now[0] = 10.0
    assert limiter.take("k") == 0.0
    small = RateLimiter(burst=1, every=1.0, max_keys=10, clock=lambda: now[0])
    for n in range(100):
        small.take(n)
    assert len(small._buckets) <= 10


async def test_register_floods_are_slowed_down_per_user_and_ask_is_not(
        bot: SlackTestClient) -> None:
    answers = []
    verbs = ("register", "new", "create", "form")
    for n in range(ratelimit.BURST + 3):
        verb = verbs[n % len(verbs)]
        response = await bot.command("/team", f"{verb} <@U0OTHER> Floodies", user_id=STUDENT)
        answers.append(bot.text(response))
    slowed = [a for a in answers if a.startswith("Slow down")]
    assert len(slowed) == 3  # the synonyms share one bucket
    assert "/team register" in slowed[0] and "try again in" in slowed[0]
    # someone else is not affected, nor are other verbs or /ask
    other = bot.text(await bot.command("/team", "register <@U0OTHER> Floodies",
                                       user_id="U0SOMEONE"))
    assert not other.startswith("Slow down")
    assert not bot.text(await bot.command("/team", "help", user_id=STUDENT)).startswith("Slow")
    for _ in range(ratelimit.BURST + 3):
        asked = bot.text(await bot.command("/ask", "when is the midterm", user_id=STUDENT))
        assert not asked.startswith("Slow down")
    # the invitee can still answer: accepting is not a messaging verb
    accepted = bot.text(await bot.command("/team", "accept", user_id="U0OTHER"))
    assert not accepted.startswith("Slow down")


async def test_the_registration_modal_is_limited_as_register(bot: SlackTestClient) -> None:
    payload = {"type": "view_submission", "user": {"id": STUDENT}, "team": {"id": "T1"},
               "view": {"id": "V1", "callback_id": "team_register", "private_metadata": "",
                        "state": {"values": {"members": {"members": {
                            "type": "multi_users_select", "selected_users": ["U0OTHER"]}},
                            "name": {"name": {"type": "plain_text_input", "value": "Floodies"}},
                            "title": {"title": {"type": "plain_text_input", "value": ""}}}}}}
    bodies = [(await bot.interact(payload)) for _ in range(ratelimit.BURST + 1)]
    last = bodies[-1].json()
    assert last["response_action"] == "errors"
    assert "Slow down" in next(iter(last["errors"].values()))
    assert all("Slow down" not in r.text for r in bodies[:-1])


def test_the_limited_keys() -> None:
    key = ratelimit.limited_key
    assert key({"command": "/team", "text": "Invite <@U1>", "user_id": "U9"}) == (
        "U9", "/team", "invite")
    assert key({"command": "/team", "text": "uninvite <@U1>", "user_id": "U9"}) == (
        "U9", "/team", "invite")
    assert key({"command": "/course", "text": "announce hi", "user_id": "U9"}) == (
        "U9", "/course", "announce")
    assert key({"command": "/ask", "text": "register", "user_id": "U9"}) is None
    assert key({"command": "/team", "text": "leave", "user_id": "U9"}) is None
    assert key({"type": "view_submission", "user": "x", "view": []}) is None


# ------------------------------------------------------------------ logs


def _record(msg: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    record = logging.LogRecord("t", logging.DEBUG, __file__, 1, msg, args,
                               (type(exc), exc, exc.__traceback__) if exc else None)
    Redact().filter(record)
    return record


def test_tokens_urls_calendar_tokens_and_emails_are_redacted_at_every_level() -> None:
    secrets_ = ["xoxb-1234-5678-abcdef", "xapp-1-A0-123-abc", "xoxp-9-9-9",
                "https://hooks.slack.com/commands/T0/123/AbCdEf",
                "student.name@illinois.edu",
                "/calendar/u/Zx9_kQ-abcdefghijklmnopqrstu.ics"]
    for secret in secrets_:
        record = _record("value %s in %r", secret, {"k": secret})
        assert secret not in record.getMessage()
        assert "redacted" in record.getMessage()
    try:
        raise RuntimeError("failed for response_url=https%3A%2F%2Fhooks.slack.com%2Fx%2Fy mail "
                           "a.b@example.com")
    except RuntimeError as exc:
        record = _record("boom", exc=exc)
    assert "hooks.slack.com" not in (record.exc_text or "") and "a.b@" not in (
        record.exc_text or "")
    assert redact("/deadlines all") == "/deadlines all"


def test_bolts_token_note_is_dropped_and_unhandled_advice_is_one_line() -> None:
    note = logging.LogRecord("slack_bolt", logging.WARNING, __file__, 1,
                             "As you gave `client` as well, `token` will be unused.", None, None)
    assert Redact().filter(note) is False


def test_running_out_of_files_logs_one_line_per_window() -> None:
    gate = OncePer(10.0, match=("Too many open files",))
    passed = 0
    for _ in range(1000):
        record = logging.LogRecord("asyncio", logging.ERROR, __file__, 1,
                                   "socket.accept() out of system resource", None,
                                   (OSError, OSError(24, "Too many open files"), None))
        passed += gate.filter(record)
    assert passed == 1


async def test_database_errors_never_carry_their_parameters(db) -> None:  # type: ignore[no-untyped-def]
    secret = "zz-calendar-token-zz"
    with pytest.raises(DBAPIError) as caught:
        async with db.session() as session:
            await session.execute(text("SELECT * FROM no_such_table WHERE x = :x"),
                                  {"x": secret})
    assert secret not in str(caught.value)


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize("text,reason", [("Oct 32", "October has 31 days"),
                                         ("Feb 30", "February has 29 days"),
                                         ("April 31 5pm", "April has 30 days"),
                                         ("9/31", "September has 30 days")])
def test_impossible_dates_are_refused_with_the_reason(text: str, reason: str) -> None:
    assert parse_date(text, now=NOW, zone=CHICAGO) is None
    assert reason in (date_problem(text) or "")
    with pytest.raises(Unreadable, match=reason):
        parse_window(f"before {text}", now=NOW, zone=CHICAGO)


def test_dates_without_a_year_stay_in_the_term(course) -> None:  # type: ignore[no-untyped-def]
    term = (course.term_dates.first_class, course.term_dates.last_day)
    assert parse_date("Sep 1", now=NOW, zone=CHICAGO).date() == date(2021, 9, 1)  # type: ignore[union-attr]
    assert parse_date("Sep 1", now=NOW, zone=CHICAGO, term=term).date() == date(2021, 9, 1)  # type: ignore[union-attr]
    late = chicago(2021, 12, 20, 9, 0)
    assert parse_date("Dec 1", now=late, zone=CHICAGO, term=term).date() == date(2021, 12, 1)  # type: ignore[union-attr]
    assert parse_date("Nov 19 5pm", now=NOW, zone=CHICAGO) == chicago(2021, 11, 19, 17, 0)
    assert parse_date("Sep 1 2022", now=NOW, zone=CHICAGO).date() == date(2022, 9, 1)  # type: ignore[union-attr]
    assert parse_date("next Friday", now=NOW, zone=CHICAGO).date() == date(2021, 9, 17)  # type: ignore[union-attr]


# ------------------------------------------------------------------ course files


def _without_team(tmp_path: Path) -> Path:
    raw = default_course_path().read_text(encoding="utf-8")
    edited = re.sub(r'(\[\[deadlines\]\]\n)key = "team"', r'\1key = "teams"', raw)
    assert edited != raw
    path = tmp_path / "no-team.toml"
    path.write_text(edited, encoding="utf-8")
    return path


def test_a_course_file_without_the_team_deadline_is_refused_in_one_line(
        tmp_path: Path) -> None:
    with pytest.raises(CourseFileError) as caught:
        load_course(_without_team(tmp_path))
    message = str(caught.value)
    assert "'team'" in message and "/team" in message and "\n" not in message


def test_check_course_lists_every_problem_with_its_line(tmp_path: Path) -> None:
    assert check_course_file(default_course_path()) == []
    path = _without_team(tmp_path)
    raw = path.read_text(encoding="utf-8")
    raw = raw.replace('key = "slides"', 'key = "slide_deck"', 1)
    path.write_text(raw, encoding="utf-8")
    problems = check_course_file(path)
    assert len(problems) == 2
    first_deadline = raw.splitlines().index("[[deadlines]]") + 1
    assert problems[0].startswith(f"{path}:{first_deadline}: ") and "'team'" in problems[0]
    assert "'slides'" in problems[1]
    broken = tmp_path / "broken.toml"
    lines = default_course_path().read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("timezone ="))
    lines[at] = 'timezone = "Mars/Olympus"'
    broken.write_text("\n".join(lines), encoding="utf-8")
    [problem] = check_course_file(broken)
    assert problem.startswith(f"{broken}:{at + 1}: ") and "Mars/Olympus" in problem


def test_json_is_not_needed_for_redaction() -> None:  # guards the import list
    assert json.dumps(redact("xoxb-1-2")) == '"[redacted token]"'
    assert sys.modules.get("app.logs") is not None


async def test_at_debug_the_logs_carry_no_token_url_or_sql_parameter(
        bot: SlackTestClient, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI's logging at DEBUG over a real exchange: calendar token, response_url, bot
    token and SQL parameters never reach the log."""
    from app.logs import setup_logging

    root = logging.getLogger()
    level = root.level
    setup_logging("DEBUG")
    try:
        reply = bot.text(await bot.command("/deadlines", "calendar", user_id=STUDENT))
        [path] = re.findall(r"/calendar/u/[\w-]+\.ics", reply)
        token = path.split("/")[-1][:-4]
        assert (await bot.http.get(path)).status_code == 200
        assert (await bot.http.get("/calendar/u/" + token[::-1] + ".ics")).status_code == 404
        await bot.command("/team", "register <@U0OTHER> Loggers", user_id=STUDENT)
        logging.getLogger("course_bot.test").debug("client token %s, url %s", "xoxb-test-token",
                                                   HOOK)
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_course_bot", False):
                root.removeHandler(handler)
        root.setLevel(level)
    err = capsys.readouterr().err
    assert "DEBUG" in err  # the level was really on
    assert token not in err and token[::-1] not in err
    assert "xoxb-test-token" not in err
    assert HOOK not in err and "hooks.slack.com" not in err
