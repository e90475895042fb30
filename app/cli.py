"""The ``course-bot`` command (also ``python -m app``).

Example::

    course-bot shell --now 2021-09-13 -c "/deadlines"
    course-bot serve --port 3000
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import re
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config import Settings

if TYPE_CHECKING:
    from app.runtime import Runtime

Command = Callable[[argparse.Namespace, Settings], int]
_COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def wrap(fn: Command) -> Command:
        _COMMANDS[name] = fn
        return fn

    return wrap


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="course-bot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    frozen = argparse.ArgumentParser(add_help=False)  # serve and worker share --now
    frozen.add_argument("--now", help="freeze the bot's clock (demos and benchmarks; ISO-8601)")

    serve = sub.add_parser("serve", parents=[frozen],
                           help="run the HTTP app (POST /slack/events, GET /healthz)")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=None, help="default: $PORT or 3000")
    serve.add_argument("--no-reminders", action="store_true",
                       help="do not run the reminder and outbox loop in this process")
    serve.add_argument("--insecure-dev", action="store_true",
                       help="start without SLACK_SIGNING_SECRET and accept unsigned requests "
                            "(local development only)")

    sub.add_parser("socket", help="run over Socket Mode (needs SLACK_APP_TOKEN); with reminders")

    shell = sub.add_parser("shell", help="talk to the bot offline, with no Slack")
    shell.add_argument("--now", help="freeze the bot's clock (ISO-8601, course time if naive)")
    shell.add_argument("--user", help="your Slack user id (default: a student)")
    shell.add_argument("--staff", action="store_true", help="act as course staff")
    shell.add_argument("--db", help="database URL to keep state across calls (default: a "
                                    "throw-away SQLite file; never DATABASE_URL)")
    shell.add_argument("--channel", metavar="CHANNEL_ID",
                       help="type in this channel (C…): commands from it, free text as an "
                            "@mention of the bot (default: a DM with the bot)")
    shell.add_argument("--json", action="store_true", help="one JSON line per input")
    shell.add_argument("-c", dest="inputs", action="append", metavar="TEXT",
                       help="an input to send (repeatable); otherwise read stdin")

    load = sub.add_parser("load-course", help="load or reload a course file (idempotent)")
    load.add_argument("file", nargs="?", help="course TOML (default: COURSE_FILE or shipped)")
    load.add_argument("--workspace", metavar="TEAM_ID", nargs="+",
                      help="load it as each named Slack workspace's own copy of the course "
                           "(one or more team ids, T…)")
    check = sub.add_parser("check-course", help="list every problem of a course file, by line")
    check.add_argument("file", nargs="?", help="course TOML (default: COURSE_FILE or shipped)")

    sub.add_parser("migrate", help="apply database migrations")

    term = sub.add_parser("new-term", help="write a new term's course file: every date moved "
                                           "by whole weeks and marked as an assumption")
    term.add_argument("course", help="the old course: a shipped course id or a course file")
    term.add_argument("--id", dest="new_id", required=True, help="the new course id")
    term.add_argument("--start", required=True,
                      help="the new term's first class (YYYY-MM-DD; the nearest same weekday "
                           "by whole weeks is used)")
    term.add_argument("--term", help="the new term's name (default: from the first class's "
                                     "month and year: Jan-May Spring, Jun-Jul Summer, "
                                     "Aug-Dec Fall)")
    term.add_argument("--out", help="where to write it (default: ./<id>.toml)")
    term.add_argument("--force", action="store_true", help="overwrite --out if it exists")

    archive = sub.add_parser("archive", help="end a term: stop reminders, freeze teams; "
                                             "anonymise RETENTION_DAYS later")
    archive.add_argument("course_id", nargs="?", help="the course to archive")
    archive.add_argument("--anonymise-due", action="store_true",
                         help="anonymise every archived course past RETENTION_DAYS, then exit")
    archive.add_argument("--now", help="the instant to act at (ISO-8601; tests, demos)")

    sub.add_parser("worker", parents=[frozen],
                   help="post due reminders and outbox messages in a loop")
    remind = sub.add_parser("remind", help="post the reminders due now (one pass) and exit")
    remind.add_argument("--now", help="the instant of the pass (ISO-8601, course time if naive)")
    reminders = sub.add_parser("reminders", help="the reminder plan: pending, sent, failed")
    reminders.add_argument("action", choices=["status"], nargs="?", default="status")
    reminders.add_argument("--course", help="only this course (default: every stored course)")
    return parser


def _run(coro: Any) -> Any:
    return asyncio.run(coro)


class MissingSetting(Exception):
    """A setting the command needs is empty: :func:`main` prints one line, exit 2."""


_NEEDS = {
    "SLACK_BOT_TOKEN": "the Bot User OAuth Token (xoxb-…) from the Slack app's "
                       "OAuth & Permissions page",
    "SLACK_SIGNING_SECRET": "the Signing Secret from the Slack app's Basic Information page; "
                            "or start with --insecure-dev for local development",
    "SLACK_APP_TOKEN": "an app-level token (xapp-…) with connections:write, for Socket Mode",
    "SLACK_CLIENT_ID": "with SLACK_CLIENT_SECRET set (several workspaces), the Client ID "
                       "from the Slack app's Basic Information page; or unset both for one "
                       "workspace with SLACK_BOT_TOKEN",
    "SLACK_CLIENT_SECRET": "with SLACK_CLIENT_ID set (several workspaces), the Client Secret "
                           "from the Slack app's Basic Information page; or unset both for "
                           "one workspace with SLACK_BOT_TOKEN",
    "TOKEN_ENCRYPTION_KEY": "with SLACK_CLIENT_ID and SLACK_CLIENT_SECRET set (several "
                            "workspaces), a Fernet key that encrypts the stored tokens; make "
                            "one with python -c \"from cryptography.fernet import Fernet; "
                            "print(Fernet.generate_key().decode())\"",
}


def require(settings: Settings, *names: str) -> None:
    """Raise :class:`MissingSetting` naming, in one line, every one of ``names`` not set."""
    missing = [name for name in names if not str(getattr(settings, name.lower())).strip()]
    if missing:
        raise MissingSetting("; ".join(
            f"{name} is not set: {_NEEDS.get(name, 'see .env.example')}" for name in missing)
            + ".")


def require_bot_token(settings: Settings, *others: str) -> None:
    """One workspace: ``SLACK_BOT_TOKEN`` (and ``others``). Several (OAuth, a client id and
    secret set): no bot token, but a valid ``TOKEN_ENCRYPTION_KEY``, named in one line."""
    client = {"SLACK_CLIENT_ID": settings.slack_client_id.strip(),
              "SLACK_CLIENT_SECRET": settings.slack_client_secret.strip()}
    if any(client.values()) and not all(client.values()):  # half an OAuth set-up
        require(settings, *client, *others)
    if not settings.oauth_enabled:
        require(settings, "SLACK_BOT_TOKEN", *others)
        return
    require(settings, "TOKEN_ENCRYPTION_KEY", *others)
    from app.installations import check_key

    try:
        check_key(settings)
    except ValueError as exc:
        raise MissingSetting(f"{exc}.") from None


def _frozen_clock(now: str | None, course: Any) -> Any:
    """``--now`` as a FrozenClock in the course zone; None when not given.

    A bad value raises ValueError, which :func:`main` prints as one line (exit 2).
    """
    from bot.clock import FrozenClock, parse_instant

    if not now:
        return None
    try:
        return FrozenClock(parse_instant(now, zone=course.tz))
    except ValueError as exc:
        raise ValueError(f"--now: {exc}") from None


@command("serve")
def _serve(args: argparse.Namespace, settings: Settings) -> int:
    require_bot_token(settings, *(() if args.insecure_dev else ("SLACK_SIGNING_SECRET",)))
    if args.insecure_dev:
        import secrets

        print("course-bot serve: --insecure-dev: requests are NOT checked against a signing "
              "secret; never expose this server", file=sys.stderr)
        settings = settings.model_copy(update={"slack_signing_secret": secrets.token_hex(16)})
    # start-up makes ~190,000 objects that live as long as the process: collecting them
    # over and over while importing is wasted (Runtime.start freezes them, then re-enables)
    gc.disable()
    from app.factory import build_runtime
    from app.web import create_web_app, serve_http
    from bot.course import load_course

    course = load_course(settings.course_file or None)
    clock = _frozen_clock(args.now, course)
    runtime = build_runtime(settings, clock=clock, course=course)
    if args.insecure_dev:
        runtime.web = create_web_app(runtime, insecure_dev=True)
    runtime.run_reminders = not args.no_reminders
    runtime.freeze_after_start = True
    return serve_http(runtime.web, host=args.host, port=args.port or settings.port,
                      settings=settings, log_level=settings.log_level.lower())


@command("socket")
def _socket(args: argparse.Namespace, settings: Settings) -> int:
    require_bot_token(settings, "SLACK_APP_TOKEN")

    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    from app.factory import build_runtime

    async def main() -> None:
        from app.worker import run_worker

        runtime = build_runtime(settings)
        await runtime.start()
        stop = asyncio.Event()
        reminders = asyncio.create_task(run_worker(runtime, stop), name="reminders")
        try:
            await AsyncSocketModeHandler(runtime.app, settings.slack_app_token).start_async()
        finally:
            stop.set()
            await asyncio.wait([reminders], timeout=10)
            await runtime.close()

    _run(main())
    return 0


@command("shell")
def _shell(args: argparse.Namespace, settings: Settings) -> int:
    import tempfile

    from app.offline.shell import DEFAULT_STAFF, DEFAULT_STUDENT, run_shell
    from bot.course import load_course

    channel = (args.channel or "").strip().lstrip("#") or None
    if args.channel is not None and not (channel and re.fullmatch(r"[CG][A-Z0-9]{2,30}",
                                                                    channel)):
        raise ValueError(f"--channel wants a Slack channel id (C…), not {args.channel!r}")
    clock = _frozen_clock(args.now, load_course(settings.course_file or None))
    now = clock.now() if clock is not None else None
    user = args.user or (DEFAULT_STAFF if args.staff else DEFAULT_STUDENT)
    interactive = args.inputs is None and sys.stdin.isatty()
    inputs = args.inputs if args.inputs is not None else (None if interactive else sys.stdin)
    # the shell never touches the deployment's database (DATABASE_URL, .env): without
    # --db it runs on its own SQLite file, seeded with the course, deleted at the end
    with tempfile.TemporaryDirectory(prefix="course-bot-shell-") as scratch:
        url = args.db or f"sqlite+aiosqlite:///{scratch}/shell.db"
        if "://" not in url:  # a bare path: a SQLite file there
            url = f"sqlite+aiosqlite:///{Path(url).expanduser().resolve()}"
        settings = settings.model_copy(update={"database_url": url})
        return int(_run(run_shell(settings, inputs=inputs, user_id=user, staff=args.staff,
                                  now=now, as_json=args.json, interactive=interactive,
                                  channel=channel)))


@command("load-course")
def _load_course(args: argparse.Namespace, settings: Settings) -> int:
    from bot.course import load_course
    from bot.seeding import load_course_into
    from storage.db import Database

    course = load_course(args.file or settings.course_file or None)  # refused: exit 2, no change
    teams: list[str | None] = [None]
    if args.workspace is not None:
        teams = []
        for given in args.workspace:
            team = given.strip()
            if not re.fullmatch(r"[TE][A-Z0-9]{2,30}", team):
                raise ValueError(f"--workspace wants Slack team ids (T…), not {given!r}; "
                                 "leave --workspace out to load the plain course")
            if team not in teams:
                teams.append(team)

    async def main() -> int:
        from app.courses import copy_id

        db = Database(settings.database_url)
        try:
            async with db.startup_lock():
                await db.migrate()
                for team in teams:
                    each = course if team is None else course.model_copy(
                        update={"id": copy_id(course.id, team)})
                    report = await load_course_into(db, each, actor="cli", team_id=team)
                    print(report.summary() + ("" if report.changed else " (nothing changed)"))
        finally:
            await db.dispose()
        return 0

    return _run(main())


@command("check-course")
def _check_course(args: argparse.Namespace, settings: Settings) -> int:
    from bot.course import check_course_file, default_course_path

    path = args.file or settings.course_file or str(default_course_path())
    problems = check_course_file(path)
    for line in problems:
        print(line)
    if problems:
        return 2
    print(f"{path}: OK")
    return 0


@command("new-term")
def _new_term(args: argparse.Namespace, settings: Settings) -> int:
    import pathlib
    from datetime import UTC, date, datetime

    from bot.course import check_course_file
    from bot.terms import find_course_file, new_term

    try:
        start = date.fromisoformat(args.start)
    except ValueError:
        raise ValueError(f"--start {args.start!r}: use YYYY-MM-DD, e.g. 2022-08-23") from None
    today = datetime.now(UTC).date()
    if start < today:
        print(f"warning: --start {start.isoformat()} is in the past (today is "
              f"{today.isoformat()}); check it is the new term's first class", file=sys.stderr)
    source = find_course_file(args.course)
    result = new_term(source.read_text("utf-8"), new_id=args.new_id, start=start,
                      term=args.term)
    out = pathlib.Path(args.out or f"{result.new_id}.toml")
    if out.exists() and not args.force:
        raise ValueError(f"{out} exists: choose another --out, or add --force")
    out.write_text(result.text, encoding="utf-8")
    print(f"{out}: {result.new_id} ({result.term}) from {result.old_id} ({source}), every date "
          f"moved {result.weeks} weeks; first class {result.first_class:%a %Y-%m-%d}")
    if result.first_class != start:
        print(f"  --start {start:%a %Y-%m-%d} is not the old first class's weekday: "
              f"the whole-week shift gives {result.first_class:%a %Y-%m-%d}")
    for key, title, day in result.deadlines:
        print(f"  {key:<10} {title:<24} {day:%a %Y-%m-%d}  (assumed: review it)")
    n_deadlines = len(result.deadlines)
    n_term = sum(1 for s in result.shifted if s.where.startswith("term_dates"))
    print(f"  {n_deadlines} deadline{'' if n_deadlines == 1 else 's'} and {n_term} term "
          f"date{'' if n_term == 1 else 's'} moved; each is marked as an assumption "
          "(date_assumed, term_dates.assumed, [[assumptions]] new_term)")
    problems = check_course_file(out)
    for line in problems:
        print(line)
    return 2 if problems else 0


@command("archive")
def _archive(args: argparse.Namespace, settings: Settings) -> int:
    from bot.clock import SystemClock, parse_instant
    from bot.course import load_course
    from bot.privacy import anonymise_due, archive_course
    from storage.db import Database

    if not args.course_id and not args.anonymise_due:
        raise ValueError("name the course to archive, or give --anonymise-due")
    zone = load_course(settings.course_file or None).tz
    now = parse_instant(args.now, zone=zone) if args.now else SystemClock().now()

    async def main() -> int:
        db = Database(settings.database_url)
        try:
            await db.migrate()
            if args.course_id:
                report = await archive_course(db, args.course_id, now=now, actor="cli",
                                              retention_days=settings.retention_days)
                print(report.line())
                if not report.ok:
                    return 2
            if args.anonymise_due:
                for line in await anonymise_due(db, now=now,
                                                retention_days=settings.retention_days):
                    print(line.line())
        finally:
            await db.dispose()
        return 0

    return _run(main())


@command("migrate")
def _migrate(args: argparse.Namespace, settings: Settings) -> int:
    from storage.db import Database

    async def main() -> int:
        db = Database(settings.database_url)
        try:
            await db.migrate()
        finally:
            await db.dispose()
        print("database is at the latest migration")
        return 0

    return _run(main())


def _slack_runtime(args: argparse.Namespace,
                   settings: Settings) -> Callable[[], Awaitable[Runtime]]:
    """For ``worker`` and ``remind``: check the settings, read the course file and ``--now``
    now (so a bad one is one line, before anything starts); the returned coroutine
    function builds and starts the bot."""
    require_bot_token(settings)
    from app.factory import build_runtime
    from bot.course import load_course

    course = load_course(settings.course_file or None)
    clock = _frozen_clock(args.now, course)

    async def build() -> Runtime:
        runtime = build_runtime(settings, clock=clock, course=course)
        await runtime.start()
        return runtime

    return build


@command("worker")
def _worker(args: argparse.Namespace, settings: Settings) -> int:
    import signal

    from app.worker import run_worker

    build = _slack_runtime(args, settings)

    async def main() -> int:
        runtime = await build()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        try:
            await run_worker(runtime, stop)
        finally:
            await runtime.close()
        return 0

    return _run(main())


@command("remind")
def _remind(args: argparse.Namespace, settings: Settings) -> int:
    from app.worker import AllReminders

    build = _slack_runtime(args, settings)

    async def main() -> int:
        runtime = await build()
        engine = AllReminders(runtime)
        now = runtime.deps.clock.now()
        try:
            served = len(await engine.engines_now())
            reports = await engine.run_pass(now=now)
        finally:
            await engine.aclose()
            await runtime.close()
        for report in reports:
            if served > 1 and not (report.outcomes or report.expired or report.superseded):
                continue
            for outcome in report.outcomes:
                print(outcome.line())
            course = f"{report.course_id}: " if served > 1 else ""
            print(f"{report.now.isoformat()}: {course}{report.summary()}")
        if served > 1:
            print(f"{now.isoformat()}: {served} courses, {len(reports)} re-planned or "
                  "with reminders due")
        return 0

    return _run(main())


@command("reminders")
def _reminders(args: argparse.Namespace, settings: Settings) -> int:
    from bot.clock import SystemClock
    from bot.course import load_course
    from bot.reminders import reminder_status
    from storage.db import Database
    from storage.repos import tenancy as tenancy_repo

    course = load_course(settings.course_file or None)

    async def main() -> int:
        db = Database(settings.database_url)
        try:
            await db.migrate()
            async with db.session() as session:
                rows = await tenancy_repo.all_courses(session=session)
            ids = [r.id for r in rows if not args.course or r.id == args.course]
            if args.course and not ids:
                print(f"no course {args.course!r} is stored; stored: "
                      f"{', '.join(r.id for r in rows) or 'none'}", file=sys.stderr)
                return 2
            several = len(ids) > 1
            statuses = [(cid, await reminder_status(db, cid, now=SystemClock().now(),
                                                    limit=20)) for cid in ids or [course.id]]
        finally:
            await db.dispose()
        for cid, status in statuses:
            if several:
                print(f"== {cid}")
            _print_status(status)
        return 0

    return _run(main())


def _print_status(status: Any) -> None:
    """The plan of one course: counts by status, then the next, failed and sent rows."""
    counts = status.counts
    print(" · ".join(f"{k} {counts.get(k, 0)}" for k in
                     ("pending", "claimed", "sent", "failed", "skipped", "cancelled")))
    for title, rows in (("next pending", status.next_due), ("failed", status.failed),
                        ("recently sent", status.recent)):
        if rows:
            print(f"{title}:")
        for r in rows:
            extra = r.error if r.status != "sent" else f"ts={r.slack_ts}"
            print(f"  {r.send_at.isoformat()}  {r.status:<8} {r.kind:<10} {r.target:<12} "
                  f"{r.deadline_key} {r.lead}  attempts={r.attempts}  {extra}".rstrip())


_QUIET_COMMANDS = frozenset({"shell", "migrate", "load-course", "check-course", "reminders",
                             "new-term", "archive"})


def main(argv: Sequence[str] | None = None) -> int:
    from app.logs import setup_logging

    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except Exception as exc:  # pydantic's message names the setting
        first = str(exc).replace("\n", " ")
        print(f"course-bot {args.command}: invalid settings: {first}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level, quiet=args.command in _QUIET_COMMANDS)
    try:
        return _COMMANDS[args.command](args, settings)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `course-bot shell ... | head`: the reader left
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (MissingSetting, ValueError) as exc:  # e.g. CourseFileError: one clear line
        print(f"course-bot {args.command}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the database (or another service) cannot be reached
        print(f"course-bot {args.command}: cannot connect: {exc}", file=sys.stderr)
        return 1
