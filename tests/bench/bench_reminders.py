"""Benchmark: a reminder pass costs what is due, not what is planned; fan-out meets its ceiling.

Run (PostgreSQL; the database's public schema is dropped and re-created)::

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test_issue5 \\
        python tests/bench/bench_reminders.py [--sizes 10000 100000 1000000] [--rate 100]

1. Plan size: bulk-load N planned rows (COPY) of which D are due, then time a pass
   (claim, post to the local Slack stand-in, mark) ``--repeat`` times; prints median and
   p90 per (N, D), and the ratio of the 1M-row pass to the smallest plan's pass.
   Passes run with ``plan=False``: re-planning happens when inputs change, not every pass.
2. Fan-out: 1,000 due DMs at ``--rate`` messages/second; prints the achieved rate (first to
   last post) as a share of the ceiling, and the most posts seen in any one-second window.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text, update

from app.config import Settings
from app.offline.fake_slack import FakeSlack
from app.worker import slack_sender
from bot.course import load_course
from bot.reminders import Delivery, Outgoing, Pacing, ReminderEngine
from bot.seeding import load_course_into
from storage.db import Database
from storage.models import Deadline, Reminder

ROOT = Path(__file__).resolve().parents[2]
COLUMNS = ["course_id", "deadline_key", "kind", "target", "lead", "due_at", "send_at", "status",
           "attempts", "error", "created_at", "updated_at"]
NOW = datetime(2021, 10, 15, 17, 0, tzinfo=UTC)


async def no_op(message: Outgoing) -> Delivery:
    """A sender that posts nothing (isolates the engine's and the database's share)."""
    return Delivery(ok=True, ts="1.000001")


async def reset(url: str) -> Database:
    db = Database(url, pool_size=10)
    async with db.engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await db.migrate()
    return db


async def load_plan(db: Database, course_id: str, *, size: int, due: int) -> None:
    """``size`` planned rows: ``due`` due now, the rest sent already or pending later."""
    stamp = datetime.now(UTC)
    due_at = NOW + timedelta(days=1)

    def rows():  # type: ignore[no-untyped-def]
        for i in range(size):
            if i < due:
                yield (course_id, "bench-due", "personal", f"U{i:07d}", "1d", due_at,
                       NOW - timedelta(minutes=5), "pending", 0, "", stamp, stamp)
                continue
            past = i % 2 == 0
            send_at = NOW - timedelta(days=1 + i % 60) if past else NOW + timedelta(
                days=1 + i % 60)
            yield (course_id, f"k{i // 5000}", "personal", f"U{i % 5000:07d}", "3h",
                   send_at + timedelta(hours=3), send_at, "sent" if past else "pending", 1 if
                   past else 0, "", stamp, stamp)

    async with db.engine.begin() as conn:
        await conn.execute(text("TRUNCATE reminder RESTART IDENTITY"))
        raw = (await conn.get_raw_connection()).driver_connection
        batch: list[tuple] = []
        for row in rows():
            batch.append(row)
            if len(batch) == 100_000:
                await raw.copy_records_to_table("reminder", records=batch, columns=COLUMNS)
                batch = []
        if batch:
            await raw.copy_records_to_table("reminder", records=batch, columns=COLUMNS)
    async with db.engine.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM ANALYZE reminder"))


async def plan_size_bench(db: Database, course, sizes: list[int], repeat: int) -> None:  # type: ignore[no-untyped-def]
    print("\n1. pass cost vs plan size (PostgreSQL, 100 due unless noted)")
    print("   (pass = catch-up + claim + post + mark; 'no Slack' posts to a no-op sender, so")
    print("    only the engine and the database are timed)")
    print(f"{'planned rows':>13} {'due':>6} {'median ms':>10} {'p90 ms':>8} {'ms per due':>11} "
          f"{'no Slack median':>16} {'p90':>6}")
    results: dict[tuple[int, int], float] = {}
    bare: dict[tuple[int, int], float] = {}
    cases = [(s, 100) for s in sizes] + [(sizes[-1], 1000)]
    async with FakeSlack() as slack:
        settings = Settings(_env_file=None, slack_api_url=slack.api_url,  # type: ignore[call-arg]
                            slack_bot_token="xoxb-bench")
        from app.factory import create_client

        for size, due in cases:
            await load_plan(db, course.id, size=size, due=due)
            stats = []
            for sender in (slack_sender(create_client(settings), course), no_op):
                engine = ReminderEngine(
                    db, course, sender=sender, channel_id="C0COURSE", worker_id="bench",
                    pacing=Pacing(rate_per_second=100_000, channel_rate_per_second=100_000,
                                  lease_seconds=60, max_in_flight=64))
                times = []
                for attempt in range(repeat + 1):  # the first warms connections and caches
                    async with db.session() as session:  # the same due rows, pending again
                        await session.execute(update(Reminder).where(
                            Reminder.deadline_key == "bench-due").values(
                            status="pending", claimed_by=None, lease_until=None, attempts=0))
                    start = time.perf_counter()
                    report = await engine.run_pass(now=NOW, plan=False)
                    if attempt:
                        times.append((time.perf_counter() - start) * 1000)
                    assert len(report.sent) == due, (len(report.sent), report.summary())
                await engine.aclose()
                times.sort()
                stats.append((statistics.median(times), times[int(0.9 * (len(times) - 1))]))
            (median, p90), (bare_median, bare_p90) = stats
            results[(size, due)], bare[(size, due)] = median, bare_median
            print(f"{size:>13,} {due:>6} {median:>10.1f} {p90:>8.1f} {median / due:>11.2f} "
                  f"{bare_median:>16.1f} {bare_p90:>6.1f}")
    small, big = results[(sizes[0], 100)], results[(sizes[-1], 100)]
    print(f"ratio {sizes[-1]:,} rows / {sizes[0]:,} rows (100 due each): {big / small:.2f}x"
          f"  (plan grew {sizes[-1] / sizes[0]:.0f}x)")
    print(f"ratio 1000 due / 100 due ({sizes[-1]:,} rows): "
          f"{results[(sizes[-1], 1000)] / big:.2f}x  (due work grew 10x)")
    print(f"no Slack: {sizes[-1]:,} / {sizes[0]:,} rows: "
          f"{bare[(sizes[-1], 100)] / bare[(sizes[0], 100)]:.2f}x; 1000 / 100 due: "
          f"{bare[(sizes[-1], 1000)] / bare[(sizes[-1], 100)]:.2f}x")


async def fan_out_bench(db: Database, course, rate: float, n: int) -> None:  # type: ignore[no-untyped-def]
    print(f"\n2. fan-out of {n:,} DMs at a ceiling of {rate:g}/s "
          "(the Slack stand-in in its own process, as Slack would be)")
    await load_plan(db, course.id, size=n, due=n)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    slack = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "app.offline.fake_slack", str(port), cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
    try:
        assert slack.stdout is not None
        await slack.stdout.readline()  # "fake Slack Web API on …"
        settings = Settings(_env_file=None,  # type: ignore[call-arg]
                            slack_api_url=f"http://127.0.0.1:{port}/api/",
                            slack_bot_token="xoxb-bench", reminder_rate_per_second=rate)
        from app.factory import create_client

        real = slack_sender(create_client(settings), course)
        starts: list[float] = []
        answered: list[float] = []

        async def timed(message: Outgoing) -> Delivery:
            starts.append(time.monotonic())
            delivery = await real(message)
            answered.append(time.monotonic())
            return delivery

        engine = ReminderEngine(db, course, sender=timed, channel_id="C0COURSE",
                                worker_id="bench", pacing=Pacing.from_settings(settings))
        begin = time.perf_counter()
        report = await engine.run_pass(now=NOW, plan=False)
        wall = time.perf_counter() - begin
        await real.aclose()
    finally:
        slack.terminate()
        await slack.wait()
    assert len(report.sent) == n == len(starts)
    starts.sort()
    achieved = (n - 1) / (starts[-1] - starts[0])
    print(f"sent {n:,} in {wall:.2f} s (whole pass), "
          f"first→last send {starts[-1] - starts[0]:.2f} s")
    print(f"achieved {achieved:.1f}/s = {100 * achieved / rate:.1f}% of the ceiling "
          f"(target ≥ 90%); most sends started in any 1 s window: {busiest(starts)}")
    latency = sorted(b - a for a, b in zip(starts, sorted(answered), strict=True))
    print(f"Slack answered in p50 {1000 * statistics.median(latency):.1f} ms")


def busiest(stamps: list[float]) -> int:
    """The most stamps in any window of one second."""
    window, j = 0, 0
    for i, t in enumerate(stamps):
        while stamps[j] <= t - 1.0:
            j += 1
        window = max(window, i - j + 1)
    return window


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--dms", type=int, default=1000)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    if not url or not url.startswith("postgres"):
        sys.exit("set BENCH_DATABASE_URL to a PostgreSQL database (its schema is re-created)")
    course = load_course()
    db = await reset(url)
    try:
        await load_course_into(db, course)
        async with db.session() as session:
            session.add(Deadline(course_id=course.id, key="bench-due", title="Bench deadline",
                                 origin="staff", due_at=NOW + timedelta(days=1)))
        await plan_size_bench(db, course, args.sizes, args.repeat)
        await fan_out_bench(db, course, args.rate, args.dms)
    finally:
        await db.dispose()


if __name__ == "__main__":
    asyncio.run(main())
