"""Scale-out: many installed workspaces, a course each, two web processes and two workers.

On PostgreSQL (the database's public schema is dropped and re-created), this sets up
``--workspaces`` installed workspaces (installations written through the encrypted
installation store, each with its own bot token in the Slack stand-in), one course copy
each (what ``course-bot load-course --workspace`` does) with its channel bound and
``--students`` students, then measures:

1. ``/deadlines`` from random workspaces and students, p50/p99, against the floor app:
   2 ``course-bot serve`` processes in OAuth mode (the installation lookup and the course
   resolution in every request) behind a round-robin in the load generator, measured in
   interleaved rounds with the floor (as ``bench_latency.py``). Target: p50 ratio ≤ 1.5×.
   Every answer is checked to be its own workspace's course (a deadline named after it).
2. One reminder pass over all courses, in this process with the worker's own code, its
   SQL statements counted: with 0 due when the courses go from N/10 to N, and with N/10
   vs N courses having a reminder due. The cost should follow the reminders due, not the
   number of courses.
3. Two ``course-bot worker`` processes then post one due reminder in every course: each
   must go out exactly once, to that course's channel, with that workspace's bot token
   (read from the calls the stand-in recorded).

The stand-in runs in its own process (this file with ``--slack-process``), with a small
control endpoint to add the workspaces and read the recorded posts.

Run::

    python tests/bench/bench_scale.py [--database-url postgresql://…/test_scale]
    python tests/bench/bench_scale.py --quick          # 20 workspaces × 20 students
    python tests/bench/bench_scale.py --quick --json out.json
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import importlib
import importlib.util
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import aiohttp  # noqa: E402
from common import (  # noqa: E402
    CHANNEL,
    SECRET,
    Sample,
    base_env,
    free_port,
    http_session,
    table,
)

from app.offline import slack_requests as sr  # noqa: E402

DEFAULT_DB = "postgresql://postgres@127.0.0.1:5432/test_scale"
CLIENT_ID, CLIENT_SECRET = "1111.2222", "bench-client-secret"
KEY = base64.urlsafe_b64encode(os.urandom(32)).decode()  # a Fernet key for this run only
NOW = datetime(2021, 10, 15, 17, 0, tzinfo=UTC)  # no file reminder due; the team lock passed
PLAN_AT = NOW - timedelta(hours=2)  # plans are made here, so the bench's 1-day lead is ahead
P50_TARGET = 1.5
PASS_KEY, WORKER_KEY = "bench-pass", "bench-worker"
FAST = {"REMINDER_RATE_PER_SECOND": "1000", "REMINDER_CHANNEL_RATE_PER_SECOND": "5"}


def team_ids(n: int) -> list[str]:
    return [f"T{i:06d}" for i in range(1, n + 1)]


def channel_of(team: str) -> str:
    return "C" + team[1:]


def students_of(team: str, n: int) -> list[str]:
    return [f"U{team[1:]}S{s:03d}" for s in range(1, n + 1)]


def token_of(team: str) -> str:
    return f"xoxb-{team}-1"  # the stand-in's add_workspace default


def worker_title(team: str) -> str:
    return f"Scale check {team}"


# ============================================================== the stand-in, own process
async def serve_slack() -> None:
    """The Slack stand-in and its control endpoint; prints their URLs as one JSON line."""
    from aiohttp import web

    from app.offline.fake_slack import FakeSlack

    slack = await FakeSlack().start()
    slack.client_id, slack.client_secret = CLIENT_ID, CLIENT_SECRET

    async def workspaces(request: web.Request) -> web.Response:
        for w in (await request.json())["workspaces"]:
            slack.add_workspace(w["team"], bot_token=token_of(w["team"]))
            slack.add_channel(w["channel"], name=f"course-{w['team'].lower()}",
                              members=w["members"])
        return web.json_response({"ok": True, "workspaces": len(slack.workspaces)})

    async def reset(_request: web.Request) -> web.Response:
        slack.reset_calls()
        return web.json_response({"ok": True})

    async def posts(_request: web.Request) -> web.Response:
        found = [{"channel": str(c.params.get("channel", "")), "token": c.token,
                  "ok": bool((c.response or {}).get("ok")),
                  "body": f"{c.params.get('text', '')} {json.dumps(c.params.get('blocks'))}"}
                 for c in slack.calls_to("chat.postMessage")]
        methods = Counter(c.method for c in slack.calls)
        return web.json_response({"posts": found, "methods": methods})

    control = web.Application(client_max_size=64 * 1024 * 1024)
    control.router.add_post("/workspaces", workspaces)
    control.router.add_post("/reset", reset)
    control.router.add_get("/posts", posts)
    runner = web.AppRunner(control, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print(json.dumps({"api_url": slack.api_url, "control": f"http://127.0.0.1:{port}"}),
          flush=True)
    await asyncio.Event().wait()


@dataclass
class SlackProcess:
    proc: asyncio.subprocess.Process
    api_url: str
    control: str

    async def call(self, method: str, path: str, payload: Any = None) -> Any:
        async with aiohttp.ClientSession() as http, http.request(
                method, self.control + path, json=payload) as resp:
            return await resp.json()


@contextlib.asynccontextmanager
async def slack_process() -> AsyncIterator[SlackProcess]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--slack-process", cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), timeout=60)
        urls = json.loads(line)
        yield SlackProcess(proc, urls["api_url"], urls["control"])
    finally:
        proc.terminate()
        await proc.wait()


# ============================================================== database and seeding
async def fresh_database(url: str) -> Any:
    """A migrated, empty database (PostgreSQL: its public schema re-created)."""
    from sqlalchemy import text

    from storage.db import Database

    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
        db = Database(url)
    else:
        db = Database(url, pool_size=10)
        async with db.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    await db.migrate()
    return db


async def install_workspaces(db: Any, teams: list[str]) -> float:
    """Each workspace installed through the encrypted installation store; seconds taken."""
    from slack_sdk.oauth.installation_store import Installation

    from app.installations import SqlInstallationStore, TokenCipher

    store = SqlInstallationStore(db, TokenCipher(KEY), client_id=CLIENT_ID)
    start = time.perf_counter()
    for team in teams:
        await store.async_save(Installation(
            app_id="A0COURSEBOT", team_id=team, team_name=f"Workspace {team}",
            user_id="U0ADMIN", bot_token=token_of(team), bot_id=f"B0BOT{team}",
            bot_user_id=f"U0BOT{team}", bot_scopes="commands,chat:write",
            installed_at=time.time()))
    return time.perf_counter() - start


def tenancy_available() -> bool:
    """Whether courses per workspace (``load-course --workspace``, bound channels) exist."""
    return all(importlib.util.find_spec(name) is not None
               for name in ("app.courses", "storage.repos.tenancy"))


async def setup_courses(db: Any, teams: list[str], *, students: int) -> list[str]:
    """One course copy per workspace (as ``course-bot load-course --workspace T…``), its
    channel bound (as ``/course setup``), and its students met; returns the course ids.

    The one step that needs courses per workspace: without them (no ``app.courses``), the
    workspaces all share the single course and nothing is set up here."""
    if not tenancy_available():
        return []
    from sqlalchemy import insert

    from bot.course import load_course
    from bot.seeding import load_course_into
    from storage.models import SeenUser

    # the tenancy modules, by name: this file also runs on builds without them
    copy_id = importlib.import_module("app.courses").copy_id
    tenancy_repo = importlib.import_module("storage.repos.tenancy")
    base = load_course()
    ids = []
    for team in teams:
        course = base.model_copy(update={"id": copy_id(base.id, team)})
        await load_course_into(db, course, actor="bench", team_id=team)
        async with db.session() as session:
            await tenancy_repo.bind_channel(session=session, team_id=team,
                                            channel_id=channel_of(team), course_id=course.id,
                                            by="U0ADMIN", at=datetime.now(UTC))
            await session.execute(insert(SeenUser), [
                {"course_id": course.id, "user_id": u, "first_seen_at": datetime.now(UTC)}
                for u in students_of(team, students)])
        ids.append(course.id)
    return ids


async def add_deadline(db: Any, course_ids: list[str], key: str,
                       title: Callable[[str], str]) -> None:
    """A staff deadline due a day after NOW (minus a minute) in each course: its 1-day
    channel reminder falls due at NOW once planned at PLAN_AT."""
    from sqlalchemy import insert

    from storage.models import Deadline

    now = datetime.now(UTC)
    async with db.session() as session:
        await session.execute(insert(Deadline), [
            {"course_id": cid, "key": key, "title": title(cid), "kind": "course",
             "due_at": NOW + timedelta(days=1, minutes=-1), "origin": "staff",
             "status": "active", "facts": [], "source": "bench", "version": 1,
             "time_assumed": False, "date_assumed": False, "created_at": now,
             "updated_at": now} for cid in course_ids])


def team_of_course(course_id: str) -> str:
    return course_id.rsplit("~", 1)[-1]


# ============================================================== 2. one pass, in-process
@dataclass
class PassFigure:
    courses: int
    courses_due: int
    due: int
    ms: list[float] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)
    sent: list[int] = field(default_factory=list)

    @property
    def ms_median(self) -> float:
        return statistics.median(self.ms)

    @property
    def q_median(self) -> float:
        return statistics.median(self.queries)


class PassMeter:
    """The worker's reminder pass over every course, in this process, its SQL counted."""

    def __init__(self, db_url: str, api_url: str) -> None:
        from sqlalchemy import event

        from app.config import Settings
        from app.factory import build_runtime
        from bot.clock import FrozenClock
        from bot.course import load_course
        from storage.db import Database

        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=db_url, slack_api_url=api_url, slack_bot_token="",
            slack_signing_secret=SECRET, course_channel_id=CHANNEL,
            slack_client_id=CLIENT_ID, slack_client_secret=CLIENT_SECRET,
            token_encryption_key=KEY, reminder_rate_per_second=1000.0,
            reminder_channel_rate_per_second=5.0)
        course = load_course()
        self.db = Database(db_url, pool_size=10)
        self.runtime = build_runtime(settings, clock=FrozenClock(NOW), course=course,
                                     db=self.db)
        self.statements = 0

        def count(*_args: Any) -> None:
            self.statements += 1

        event.listen(self.db.engine.sync_engine, "before_cursor_execute", count)
        self.engine: Any = None

    async def start(self) -> None:
        await self.runtime.start()
        from app import worker

        all_reminders = getattr(worker, "AllReminders", None)
        if all_reminders is None:  # one course (no courses per workspace yet)
            self.engine = worker.build_engine(self.runtime)
        else:
            self.engine = all_reminders(self.runtime)

    async def refresh(self) -> None:
        courses = getattr(self.runtime, "courses", None)
        if courses is not None:
            await courses.refresh()

    async def one_pass(self, now: datetime) -> tuple[float, int, int]:
        """(ms, SQL statements, reminders sent) of one pass at ``now``."""
        before = self.statements
        start = time.perf_counter()
        reports = await self.engine.run_pass(now=now)
        ms = (time.perf_counter() - start) * 1000
        if not isinstance(reports, list):
            reports = [reports]
        return ms, self.statements - before, sum(len(r.sent) for r in reports)

    async def request_statements(self, teams: list[str]) -> dict[str, float]:
        """SQL statements per ``/deadlines`` (one per workspace, through this process's own
        web app): right after the same requests (caches fresh), and once the query cache's
        TTL has passed (as when a workspace is asked less often than every TTL seconds)."""
        import httpx

        from storage.cache import DEFAULT_TTL

        figures: dict[str, float] = {}
        transport = httpx.ASGITransport(app=self.runtime.web)
        async with httpx.AsyncClient(transport=transport, base_url="http://bot") as http:

            async def each(label: str | None) -> None:
                before, start = self.statements, time.perf_counter()
                for team in teams:
                    body, headers = deadlines_request(team, students_of(team, 1)[0])
                    answer = await http.post("/slack/events", content=body, headers=headers)
                    assert answer.status_code == 200, answer.text
                if label:
                    figures[label] = (self.statements - before) / len(teams)
                    figures[label + "_ms"] = (time.perf_counter() - start) * 1000 / len(teams)

            await each(None)  # each workspace's first request (auth.test, first loads)
            await each("fresh")
            await asyncio.sleep(DEFAULT_TTL + 1)
            await each("after_ttl")
        figures["ttl_seconds"] = DEFAULT_TTL
        figures["listening"] = float(self.db.cache.listening)  # then the TTL is LISTEN_TTL
        return figures

    async def close(self) -> None:
        await self.engine.aclose()
        await self.runtime.close()


async def reset_due(db: Any, key: str) -> None:
    """The bench deadline's 1-day reminders pending again (to repeat the same pass)."""
    from sqlalchemy import update

    from storage.models import Reminder

    async with db.session() as session:
        await session.execute(update(Reminder).where(
            Reminder.deadline_key == key, Reminder.lead == "1d").values(
            status="pending", claimed_by=None, lease_until=None, attempts=0))


async def pass_bench(db: Any, meter: PassMeter, *, teams: list[str], small: int,
                     students: int, repeat: int, log: Callable[[str], None]
                     ) -> tuple[list[PassFigure], list[str]]:
    """Item 2. Returns the figures and every course id set up."""
    figures: list[PassFigure] = []
    courses = await setup_courses(db, teams[:small], students=students)
    await meter.start()
    await meter.one_pass(PLAN_AT)  # the first pass plans every course

    async def steady(n_courses: int) -> None:
        figure = PassFigure(n_courses, 0, 0)
        for _ in range(repeat):
            ms, q, sent = await meter.one_pass(PLAN_AT)
            figure.ms.append(ms)
            figure.queries.append(q)
            figure.sent.append(sent)
        figures.append(figure)
        log(f"  pass, {n_courses} courses, 0 due: {figure.ms_median:.1f} ms, "
            f"{figure.q_median:.0f} statements")

    await steady(len(courses) or 1)
    more = await setup_courses(db, teams[small:], students=students)
    courses += more
    await meter.refresh()
    await meter.one_pass(PLAN_AT)  # plans the new courses
    await steady(len(courses) or 1)
    if not courses:
        return figures, courses
    for due_courses, with_due in ((courses[:small], small), (courses[small:], len(courses))):
        await add_deadline(db, due_courses, PASS_KEY, lambda cid: f"Pass check {cid}")
        await meter.one_pass(PLAN_AT)  # re-plans the courses that changed; nothing due yet
        figure = PassFigure(len(courses), with_due, with_due)
        for _ in range(repeat):
            await reset_due(db, PASS_KEY)
            ms, q, sent = await meter.one_pass(NOW)
            figure.ms.append(ms)
            figure.queries.append(q)
            figure.sent.append(sent)
        figures.append(figure)
        log(f"  pass, {len(courses)} courses, {with_due} due: {figure.ms_median:.1f} ms, "
            f"{figure.q_median:.0f} statements, sent {figure.sent}")
    return figures, courses


# ============================================================== processes
@dataclass
class Proc:
    name: str
    proc: asyncio.subprocess.Process
    log: Path
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def tail(self) -> str:
        try:
            return self.log.read_text()[-3000:]
        except OSError:
            return ""

    async def stop(self) -> None:
        if self.proc.returncode is None:
            self.proc.terminate()
            try:
                await asyncio.wait_for(self.proc.wait(), timeout=15)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


async def spawn(name: str, args: list[str], *, env: dict[str, str], tmp: str,
                port: int = 0) -> Proc:
    log = Path(tmp) / f"{name}.log"
    extra = ["--host", "127.0.0.1", "--port", str(port)] if port else []
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, *args, *extra, cwd=tmp, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=out)
    return Proc(name, proc, log, port)


def oauth_env(*, api_url: str, db_url: str) -> dict[str, str]:
    env = base_env(slack_api_url=api_url, database_url=db_url)
    env.update({"SLACK_BOT_TOKEN": "", "SLACK_CLIENT_ID": CLIENT_ID,
                "SLACK_CLIENT_SECRET": CLIENT_SECRET, "TOKEN_ENCRYPTION_KEY": KEY, **FAST})
    return env


def deadlines_request(team: str, user: str) -> tuple[bytes, dict[str, str]]:
    body = sr.command_body(command="/deadlines", user_id=user, channel_id=channel_of(team),
                           team_id=team)
    return body.encode(), sr.signed_headers(SECRET, body)


async def wait_ready(server: Proc, probe_team: str, *, within: float = 120.0) -> float:
    started = time.perf_counter()
    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as http:
        while True:
            if server.proc.returncode is not None:
                raise RuntimeError(f"{server.name} exited: {server.tail()}")
            body, headers = deadlines_request(probe_team, "U0PROBE")
            try:
                async with http.post(server.url, data=body, headers=headers) as resp:
                    await resp.read()
                    if resp.status == 200:
                        return time.perf_counter() - started
            except aiohttp.ClientConnectionError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{server.name} did not answer within {within} s: "
                                   f"{server.tail()}")
            await asyncio.sleep(0.05)


# ============================================================== 1. latency
async def run_rr(urls: list[str], bodies: list[tuple[bytes, dict[str, str]]], *,
                 concurrency: int, session: aiohttp.ClientSession,
                 check: Callable[[int, bytes], bool] | None = None) -> tuple[Sample, int]:
    """Send ``bodies`` from ``concurrency`` clients, request i to ``urls[i % len]`` (a
    round-robin balancer); returns the sample and how many answers failed ``check``."""
    pending = iter(range(len(bodies)))
    sample = Sample()
    wrong = 0

    async def client() -> None:
        nonlocal wrong
        for i in pending:
            body, headers = bodies[i]
            t0 = time.perf_counter()
            try:
                async with session.post(urls[i % len(urls)], data=body,
                                        headers=headers) as resp:
                    raw = await resp.read()
                    status = resp.status
            except aiohttp.ClientError:
                status, raw = 0, b""
            sample.latencies.append(time.perf_counter() - t0)
            sample.statuses[status] = sample.statuses.get(status, 0) + 1
            if status != 200:
                sample.errors += 1
            elif check is not None and not check(i, raw):
                wrong += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    sample.elapsed = time.perf_counter() - t0
    return sample, wrong


def own_course_check(picks: list[tuple[str, str]]) -> Callable[[int, bytes], bool]:
    """An answer is right when it lists its own workspace's bench deadline and no other's."""

    def check(i: int, raw: bytes) -> bool:
        text = raw.decode(errors="replace")
        team = picks[i][0]
        return worker_title(team) in text and text.count("Scale check T") == \
            text.count(worker_title(team))

    return check


async def latency_bench(floor_url: str, bot_urls: list[str], *, teams: list[str],
                        students: int, plan: list[tuple[int, int]], rounds: int,
                        checked: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    rng = random.Random(14)
    rows = []
    for clients, requests in plan:
        pooled = {"floor": Sample(), "bot": Sample()}
        wrong = 0
        per_round = max(1, requests // rounds)
        async with http_session(clients) as session:
            for r in range(-1, rounds):  # round -1 warms up (not counted)
                picks = [(t, rng.choice(students_of(t, students)))
                         for t in (rng.choice(teams) for _ in range(per_round))]
                bodies = [deadlines_request(t, u) for t, u in picks]
                check = own_course_check(picks) if checked else None
                order = ["floor", "bot"] if r % 2 == 0 else ["bot", "floor"]
                for name in order:
                    urls = [floor_url] if name == "floor" else bot_urls
                    sample, bad = await run_rr(urls, bodies, concurrency=clients,
                                               session=session,
                                               check=check if name == "bot" else None)
                    if r >= 0:
                        pooled[name].add(sample)
                        wrong += bad
        f, b = pooled["floor"], pooled["bot"]
        row = {"clients": clients, "requests": len(b.latencies),
               "floor_p50_ms": f.p50 * 1000, "bot_p50_ms": b.p50 * 1000,
               "floor_p99_ms": f.pct(99) * 1000, "bot_p99_ms": b.pct(99) * 1000,
               "p50_ratio": b.p50 / f.p50, "p99_ratio": b.pct(99) / f.pct(99),
               "floor_rps": f.rps, "bot_rps": b.rps, "errors": f.errors + b.errors,
               "statuses": {"floor": f.statuses, "bot": b.statuses}, "wrong_course": wrong}
        rows.append(row)
        log(f"  /deadlines @{clients} clients: floor p50 {row['floor_p50_ms']:.2f} ms, bot "
            f"{row['bot_p50_ms']:.2f} ms ({row['p50_ratio']:.2f}×), wrong course {wrong}")
    return rows


async def warm_every_workspace(bot_urls: list[str], teams: list[str], *,
                               checked: bool) -> tuple[int, int]:
    """One /deadlines per workspace through each web process (Bolt checks each token once
    per process with auth.test); returns (non-200 answers, answers of the wrong course)."""
    bad = wrong = 0
    async with http_session(8) as session:
        for url in bot_urls:
            picks = [(t, students_of(t, 1)[0]) for t in teams]
            sample, w = await run_rr([url], [deadlines_request(t, u) for t, u in picks],
                                     concurrency=8, session=session,
                                     check=own_course_check(picks) if checked else None)
            bad += sample.errors
            wrong += w
    return bad, wrong


# ============================================================== 3. exactly once
async def wait_for_posts(slack: SlackProcess, want: int, *, within: float) -> list[dict]:
    deadline = time.monotonic() + within
    while True:
        posts = [p for p in (await slack.call("GET", "/posts"))["posts"]
                 if "Scale check T" in p["body"]]
        if len(posts) >= want or time.monotonic() > deadline:
            return posts
        await asyncio.sleep(0.5)


def exactly_once(posts: list[dict], teams: list[str]) -> dict[str, Any]:
    """Per workspace: its check posted once, to its channel, with its token."""
    by_team: dict[str, list[dict]] = {t: [] for t in teams}
    stray = 0
    for post in posts:
        named = [t for t in teams if worker_title(t) in post["body"]]
        if len(named) != 1:
            stray += 1
            continue
        by_team[named[0]].append(post)
    missing = [t for t, found in by_team.items() if not found]
    repeated = [t for t, found in by_team.items() if len(found) > 1]
    wrong_token = [t for t, found in by_team.items()
                   if any(p["token"] != token_of(t) for p in found)]
    wrong_channel = [t for t, found in by_team.items()
                     if any(p["channel"] != channel_of(t) for p in found)]
    return {"expected": len(teams), "posts": len(posts), "missing": len(missing),
            "repeated": len(repeated), "wrong_token": len(wrong_token),
            "wrong_channel": len(wrong_channel), "stray": stray,
            "ok": not (missing or repeated or wrong_token or wrong_channel or stray)}


async def sent_in_db(db: Any, key: str) -> Counter:
    from sqlalchemy import func, select

    from storage.models import Reminder

    async with db.session() as session:
        rows = await session.execute(select(Reminder.status, func.count()).where(
            Reminder.deadline_key == key, Reminder.lead == "1d").group_by(Reminder.status))
        return Counter({status: n for status, n in rows})


# ============================================================== the run
def _ms(x: float) -> str:
    return f"{x:.2f}"


async def run(args: argparse.Namespace) -> dict[str, Any]:
    n, students = args.workspaces, args.students
    small = max(1, n // 10)
    teams = team_ids(n)
    out = sys.stdout
    started = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {msg}", file=sys.stderr, flush=True)

    result: dict[str, Any] = {"workspaces": n, "students": students,
                              "database": args.database_url.split("@")[-1],
                              "tenancy": tenancy_available(), "load_before": os.getloadavg()}
    db = await fresh_database(args.database_url)
    with tempfile.TemporaryDirectory(prefix="course-bot-scale-") as tmp:
        async with slack_process() as slack:
            await slack.call("POST", "/workspaces", {"workspaces": [
                {"team": t, "channel": channel_of(t), "members": students_of(t, students)}
                for t in teams]})
            seconds = await install_workspaces(db, teams)
            log(f"{n} workspaces installed through the store in {seconds:.1f} s")

            # 2. one reminder pass, in this process
            meter = PassMeter(args.database_url, slack.api_url)
            try:
                figures, courses = await pass_bench(db, meter, teams=teams, small=small,
                                                    students=students, repeat=args.repeat,
                                                    log=log)
                if courses:  # the deadline the workers will remind of, planned at PLAN_AT
                    await add_deadline(db, courses, WORKER_KEY,
                                       lambda cid: worker_title(team_of_course(cid)))
                    await meter.one_pass(PLAN_AT)
                result["request_statements"] = await meter.request_statements(teams)
                log(f"  statements per /deadlines: {result['request_statements']}")
            finally:
                await meter.close()
            result["pass"] = [{"courses": f.courses, "courses_with_due": f.courses_due,
                               "due": f.due, "ms_median": f.ms_median, "ms": f.ms,
                               "statements_median": f.q_median, "statements": f.queries,
                               "sent": f.sent} for f in figures]
            checked = bool(courses)
            await slack.call("POST", "/reset")

            # processes: 2 web (OAuth mode, no reminder loop), 2 workers, the floor
            env = oauth_env(api_url=slack.api_url, db_url=args.database_url)
            now_arg = NOW.isoformat()
            procs: list[Proc] = []
            try:
                webs = [await spawn(f"serve-{i}", ["-m", "app", "serve", "--now", now_arg,
                                                   "--no-reminders"], env=env, tmp=tmp,
                                    port=free_port()) for i in (1, 2)]
                procs += webs
                floor_env = base_env(slack_api_url=slack.api_url, database_url="sqlite://")
                floor = await spawn("floor", [str(Path(HERE) / "floor_app.py")],
                                    env=floor_env, tmp=tmp, port=free_port())
                procs.append(floor)
                for web in webs:
                    log(f"{web.name} ready in {await wait_ready(web, teams[0]):.1f} s")
                await wait_ready(floor, teams[0])
                workers = [await spawn(f"worker-{i}", ["-m", "app", "worker", "--now",
                                                       now_arg], env=env, tmp=tmp)
                           for i in (1, 2)]
                procs += workers

                # 3. every due reminder once, with its workspace's token
                if checked:
                    posts = await wait_for_posts(slack, len(courses), within=args.wait)
                    await asyncio.sleep(3.0)  # room for a repeat to show
                    posts = await wait_for_posts(slack, len(courses), within=0)
                    once = exactly_once(posts, teams)
                    once["db"] = dict(await sent_in_db(db, WORKER_KEY))
                    once["methods"] = (await slack.call("GET", "/posts"))["methods"]
                    result["exactly_once"] = once
                    log(f"  workers: {once}")
                for worker in workers:
                    if worker.proc.returncode is not None:
                        raise RuntimeError(f"{worker.name} exited: {worker.tail()}")

                # 1. /deadlines against the floor
                bad, wrong = await warm_every_workspace([w.url for w in webs], teams,
                                                        checked=checked)
                result["warm_up"] = {"non_200": bad, "wrong_course": wrong}
                log(f"every workspace asked once per web process: non-200 {bad}, "
                    f"wrong course {wrong}")
                plan = [(1, 200), (10, 1000)] if args.quick else [(1, 600), (20, 3000)]
                result["latency"] = await latency_bench(
                    floor.url, [w.url for w in webs], teams=teams, students=students,
                    plan=plan, rounds=args.rounds, checked=checked, log=log)
                result["rss_mb"] = {p.name: rss_mb(p) for p in procs}
            finally:
                for p in procs:
                    await p.stop()
                result["logs"] = {p.name: p.tail()[-600:] for p in procs
                                  if "Traceback" in p.tail()}
    await db.dispose()
    result["seconds"] = time.perf_counter() - started
    result["load_after"] = os.getloadavg()
    report(result, out)
    return result


def rss_mb(p: Proc) -> float:
    try:
        with open(f"/proc/{p.proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def report(r: dict[str, Any], out: Any) -> None:
    n = r["workspaces"]
    print(f"\n## Scale: {n} workspaces × {r['students']} students, one course each "
          f"({r['database']}; 2 web processes, 2 workers)\n", file=out)
    if not r["tenancy"]:
        print("- Courses per workspace are not available in this build: every workspace "
              "shares the one course; items 2 and 3 are left out.", file=out)
    rows = [[str(x["clients"]), str(x["requests"]), _ms(x["floor_p50_ms"]),
             _ms(x["bot_p50_ms"]), f"{x['p50_ratio']:.2f}×", _ms(x["floor_p99_ms"]),
             _ms(x["bot_p99_ms"]), f"{x['p99_ratio']:.2f}×",
             "yes" if x["p50_ratio"] <= P50_TARGET else "NO", str(x["errors"]),
             str(x["wrong_course"])] for x in r.get("latency", [])]
    print("1. /deadlines from random workspaces and students (ms; interleaved rounds; bot = "
          "2 `serve` in OAuth mode, round-robin)\n", file=out)
    print(table(["clients", "requests", "floor p50", "bot p50", "p50 ratio", "floor p99",
                 "bot p99", "p99 ratio", f"p50 ≤ {P50_TARGET}×", "non-200",
                 "wrong course"], rows), file=out)
    per = r.get("request_statements")
    if per:
        print(f"\nSQL statements per /deadlines (one web process, in-process, every workspace "
              f"once): {per['fresh']:.1f} while its caches are fresh ({per['fresh_ms']:.1f} ms), "
              f"{per['after_ttl']:.1f} {per['ttl_seconds']:g} s later, the short cache TTL "
              f"({per['after_ttl_ms']:.1f} ms); other processes' edits "
              f"{'heard through LISTEN' if per.get('listening') else 'not heard'}.", file=out)
    warm = r.get("warm_up", {})
    print(f"\nFirst request of every workspace in each web process (auth.test once per "
          f"token): non-200 {warm.get('non_200')}, wrong course {warm.get('wrong_course')}.",
          file=out)
    passes = r.get("pass", [])
    if passes:
        print("\n2. One reminder pass over all courses (the worker's code, in-process; "
              "median of repeats)\n", file=out)
        print(table(["courses", "courses with a reminder due", "due reminders", "pass ms",
                     "SQL statements", "sent"],
                    [[str(p["courses"]), str(p["courses_with_due"]), str(p["due"]),
                      f"{p['ms_median']:.1f}", f"{p['statements_median']:.0f}",
                      str(p["sent"][0] if p["sent"] else 0)] for p in passes]), file=out)
        print("\n(Courses: the workspaces' copies; the course file's own course is served "
              "too. Posting at up to 1,000/s, 5/s per channel.)", file=out)
        if len(passes) >= 4:
            a, b, c, d = passes[:4]
            per_course = (b["statements_median"] - a["statements_median"]) / max(
                1, b["courses"] - a["courses"])
            per_due = (d["statements_median"] - c["statements_median"]) / max(
                1, d["due"] - c["due"])
            print(f"Each course adds {per_course:.1f} statements to a pass with nothing due; "
                  f"each due reminder adds {per_due:.1f}.", file=out)
            print(f"\n0 due, courses {a['courses']} → {b['courses']}: statements × "
                  f"{b['statements_median'] / max(1, a['statements_median']):.2f}, time × "
                  f"{b['ms_median'] / a['ms_median']:.2f}.", file=out)
            print(f"{c['due']} → {d['due']} due ({b['courses']} courses): statements beyond "
                  f"the 0-due pass {c['statements_median'] - b['statements_median']:.0f} → "
                  f"{d['statements_median'] - b['statements_median']:.0f}, time "
                  f"{c['ms_median']:.0f} → {d['ms_median']:.0f} ms.", file=out)
    once = r.get("exactly_once")
    if once:
        print(f"\n3. Two workers, one reminder due in each of {once['expected']} courses: "
              f"{once['posts']} posts; missing {once['missing']}, repeated "
              f"{once['repeated']}, wrong token {once['wrong_token']}, wrong channel "
              f"{once['wrong_channel']}; reminder rows {once['db']}: "
              f"{'exactly once, right token' if once['ok'] else 'NOT OK'}.", file=out)
    rss = r.get("rss_mb", {})
    if rss:
        print("\nRSS (MB): " + ", ".join(f"{k} {v:.0f}" for k, v in rss.items()), file=out)
    for name, tail in r.get("logs", {}).items():
        print(f"\n- {name} logged a traceback:\n{tail}", file=out)
    load = [", ".join(f"{x:.2f}" for x in r[k]) for k in ("load_before", "load_after")]
    print(f"\nTook {r['seconds']:.0f} s on {os.cpu_count()} cores; load average {load[0]} "
          f"before, {load[1]} after (the machine may be shared: compare the ratios).",
          file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL")
                        or DEFAULT_DB)
    parser.add_argument("--workspaces", type=int, default=None)
    parser.add_argument("--students", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5, help="passes per pass figure")
    parser.add_argument("--wait", type=float, default=180.0,
                        help="seconds to wait for the workers' posts")
    parser.add_argument("--quick", action="store_true", help="20 workspaces × 20 students")
    parser.add_argument("--json", help="also write the figures here")
    parser.add_argument("--slack-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.slack_process:
        asyncio.run(serve_slack())
        return 0
    args.workspaces = args.workspaces or (20 if args.quick else 200)
    args.students = args.students or (20 if args.quick else 100)
    if args.quick:
        args.rounds, args.repeat = min(args.rounds, 4), min(args.repeat, 3)
    result = asyncio.run(run(args))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, default=str))
    once = result.get("exactly_once")
    return 0 if once is None or once["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
