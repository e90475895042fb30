"""Cold start: from process start to the first 200 on a signed ``/deadlines``.

``course-bot serve`` on SQLite (a fresh file: migrations and course seeding included; and
an existing one) and, with ``--pg URL``, on PostgreSQL (the database is emptied first:
give it a throwaway database). The floor app is timed the same way for reference.
Target: under 1.5 s.

Run: ``python tests/bench/bench_cold_start.py [--repeat 3] [--pg postgresql://…/db]``
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys

from common import fake_slack, start_bot, start_floor, table, workdir

TARGET = 1.5


async def reset_postgres(url: str) -> None:
    """Drop everything in the PostgreSQL database at ``url`` (a throwaway one)."""
    from sqlalchemy import text

    from storage.db import Database

    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await db.dispose()


async def _time_bot(slack_url: str, database_url: str, tmp: str) -> tuple[float, float]:
    server = await start_bot(slack_api_url=slack_url, database_url=database_url, workdir=tmp)
    await server.stop()
    assert server.ready_after is not None and server.ready_cpu is not None
    return server.ready_after, server.ready_cpu


async def run(*, repeat: int = 3, pg: str | None = None, out=sys.stdout) -> dict:
    """Run the cold-start benchmark; print its table; return the figures."""
    cases: dict[str, list[tuple[float, float]]] = {}  # (wall, CPU) seconds
    with workdir() as tmp:
        async with fake_slack() as slack:
            for i in range(repeat):
                floor = await start_floor(slack_api_url=slack.api_url, workdir=tmp)
                await floor.stop()
                cases.setdefault("floor app (reference)", []).append(
                    (floor.ready_after or 0, floor.ready_cpu or 0))
                fresh = f"sqlite:///{tmp}/cold-{i}.db"
                cases.setdefault("serve, SQLite, new database", []).append(
                    await _time_bot(slack.api_url, fresh, tmp))
                cases.setdefault("serve, SQLite, existing database", []).append(
                    await _time_bot(slack.api_url, fresh, tmp))
                if pg:
                    await reset_postgres(pg)
                    cases.setdefault("serve, PostgreSQL, new database", []).append(
                        await _time_bot(slack.api_url, pg, tmp))
                    cases.setdefault("serve, PostgreSQL, existing database", []).append(
                        await _time_bot(slack.api_url, pg, tmp))
    rows, results = [], []
    for name, runs in cases.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        median, worst, cpu = statistics.median(walls), max(walls), statistics.median(cpus)
        ok = name.endswith("(reference)") or median < TARGET
        rows.append([name, f"{median:.2f}", f"{worst:.2f}", f"{cpu:.2f}",
                     "—" if name.endswith("(reference)") else ("yes" if ok else "NO")])
        results.append({"case": name, "median_s": median, "max_s": worst, "cpu_s": cpu,
                        "ok": ok})
    print(f"\n## Cold start: process start → first 200 on a signed /deadlines ({repeat} runs; s)\n",
          file=out)
    print(table(["case", "median", "worst", "CPU used", f"median < {TARGET} s"], rows),
          file=out)
    print("\nCPU used: the server's own user+system time until that first 200; on a shared "
          "machine the wall time is this plus waiting for a core.", file=out)
    if not pg:
        print("- PostgreSQL: not measured (pass --pg URL of a throwaway database)", file=out)
    return {"rows": results}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pg", help="PostgreSQL URL of a throwaway database (it is emptied)")
    args = parser.parse_args(argv)
    asyncio.run(run(repeat=args.repeat, pg=args.pg))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
