"""Run every benchmark and print their tables: latency against the floor, cold start, memory.

Run (from the repository root):

    python tests/bench/run.py                       # about 3 minutes
    python tests/bench/run.py --quick --soak 10     # a smoke run, under a minute
    python tests/bench/run.py --soak 300 --pg postgresql://postgres@127.0.0.1:5432/bench

``--pg`` adds cold start on PostgreSQL; that database is emptied, so give a throwaway one.
``--others`` then also runs the features' own benchmarks (every other ``bench_*.py`` here,
as its own process, with ``BENCH_DATABASE_URL`` set to ``--pg``).
The machine's load average is printed before and after: on a shared machine, compare the
ratios (floor and bot are measured interleaved in the same run), not the absolute figures.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import time
from pathlib import Path

import bench_cold_start
import bench_latency
import bench_memory


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info
                       if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
            f"load average {load}")


MINE = {"bench_latency.py", "bench_cold_start.py", "bench_memory.py"}


async def run_others(pg: str | None) -> None:
    """Each feature's own benchmark script, in its own process, output passed through."""
    here = Path(__file__).parent
    env = {**os.environ, "PYTHONPATH": str(here.parents[1])}
    if pg:
        env["BENCH_DATABASE_URL"] = pg
    for script in sorted(here.glob("bench_*.py")):
        if script.name in MINE:
            continue
        print(f"\n## {script.name}\n", flush=True)
        proc = await asyncio.create_subprocess_exec(sys.executable, str(script), env=env)
        if await proc.wait():
            print(f"- {script.name} exited with {proc.returncode}")


async def run_all(args: argparse.Namespace) -> int:
    started = time.monotonic()
    print(f"# course-bot benchmarks\n\nMachine: {machine()}")
    latency = await bench_latency.run(rounds=args.rounds, quick=args.quick)
    cold = await bench_cold_start.run(repeat=2 if args.quick else 3, pg=args.pg)
    memory = await bench_memory.run(requests=2000 if args.quick else args.requests,
                                    soak=args.soak)
    if args.others:
        await run_others(args.pg)
    print(f"\nFinished in {time.monotonic() - started:.0f} s; now: {machine()}")
    missed = [f"{r['scenario']} @{r['clients']}" for r in latency["rows"] if not r["ok"]]
    missed += [r["case"] for r in cold["rows"] if not r["ok"]]
    missed += [] if memory["ok"] else ["memory"]
    print("All targets met." if not missed else "Off target: " + "; ".join(missed))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer requests (a smoke run)")
    parser.add_argument("--rounds", type=int, default=10, help="interleaved latency rounds")
    parser.add_argument("--requests", type=int, default=10_000, help="mixed requests (memory)")
    parser.add_argument("--soak", type=float, default=60.0,
                        help="soak seconds for the memory benchmark (documented run: 300)")
    parser.add_argument("--pg", help="PostgreSQL URL of a throwaway database (it is emptied)")
    parser.add_argument("--others", action="store_true",
                        help="also run the features' own bench_*.py scripts")
    args = parser.parse_args(argv)
    return asyncio.run(run_all(args))


if __name__ == "__main__":
    sys.exit(main())
