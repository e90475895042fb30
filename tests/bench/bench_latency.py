"""Latency and throughput of ``course-bot serve`` against the floor, measured interleaved.

For each command and each number of concurrent clients, the requests are sent in short
rounds that alternate floor and bot (floor first in even rounds, bot first in odd ones),
so both see the same machine load; the table pools the rounds. The bot runs without its
reminder loop here (``serve --no-reminders``): this measures the request path; the memory
benchmark runs it as deployed, loop included. Targets: bot p50 ≤ 1.5×
the floor's, and at 20 clients bot throughput ≥ 0.7× the floor's.

Run: ``python tests/bench/bench_latency.py [--rounds 10] [--quick]``
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
from dataclasses import dataclass

from common import (
    Sample,
    Server,
    command,
    fake_slack,
    http_session,
    run_load,
    start_bot,
    start_floor,
    table,
    workdir,
)

P50_TARGET = 1.5
SETTLE_SECONDS = 3.0  # dateparser is loaded in a thread 1 s after start
RPS_TARGET = 0.7


@dataclass(frozen=True)
class Scenario:
    label: str
    command: str
    text: str
    texts: tuple[str, ...] = ()
    """When set, the requests take these texts in turn instead of ``text``."""


def mixed_questions() -> tuple[str, ...]:
    """Every question of the labelled answer set: answerable, declined and sensitive ones.

    Asked in turn, they keep the bot's memoized readings and renderings mostly cold,
    unlike a repeated question (a class asking the same thing is the other case).
    """
    from tests.answer_set import ANSWERABLE, DECLINE, SENSITIVE

    questions = [q for q, _facts in ANSWERABLE] + list(DECLINE) + list(SENSITIVE)
    return tuple(dict.fromkeys(q if isinstance(q, str) else q[0] for q in questions))


def scenarios() -> tuple[list[Scenario], list[str]]:
    """The commands to measure, and notes on those not available yet."""
    import handlers

    found = [Scenario("/deadlines", "/deadlines", ""),
             Scenario("/deadlines this week", "/deadlines", "this week")]
    notes = []
    if "/ask" in handlers.SLASH_COMMANDS:
        mixed = mixed_questions()
        found += [Scenario("/ask answerable", "/ask", "when is the final report due?"),
                  Scenario("/ask unparseable", "/ask", "qwzx plmokn vbtr ?? 42 ~~"),
                  Scenario("/ask mixed", "/ask", "", texts=mixed)]
        notes.append(f"/ask mixed: the {len(mixed)} different questions of the labelled "
                     "answer set (tests/answer_set.py), each request the next one")
    else:
        notes.append("/ask: not yet available (not in handlers.SLASH_COMMANDS)")
    return found, notes


async def measure(servers: dict[str, Server], scenario: Scenario, *, clients: int,
                  requests: int, rounds: int) -> dict[str, Sample]:
    pooled = {name: Sample() for name in servers}
    users = [f"U0S{n:05d}" for n in range(50)]
    turn = itertools.count()  # mixed texts go on from round to round, never restart

    def make(i: int) -> tuple[bytes, dict[str, str]]:
        text = scenario.texts[next(turn) % len(scenario.texts)] if scenario.texts \
            else scenario.text
        return command(scenario.command, text, user_id=users[i % len(users)])

    async with http_session(clients) as session:
        for server in servers.values():  # warm-up: connections, caches
            await run_load(server.url, make, requests=max(50, clients * 5), concurrency=clients,
                           session=session)
        for r in range(rounds):
            order = list(servers) if r % 2 == 0 else list(reversed(servers))
            for name in order:
                pooled[name].add(await run_load(servers[name].url, make,
                                                requests=requests // rounds,
                                                concurrency=clients, session=session))
    return pooled


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


async def run(*, rounds: int = 10, quick: bool = False, out=sys.stdout) -> dict:
    """Run the latency benchmark; print its table; return the figures."""
    found, notes = scenarios()
    plan = [(1, 200 if quick else 600), (20, 1000 if quick else 3000)]
    rows, results, failures = [], [], []
    with workdir() as tmp:
        async with fake_slack() as slack:
            floor = await start_floor(slack_api_url=slack.api_url, workdir=tmp)
            # the request path only: no reminder loop; start-up's background work done first
            bot = await start_bot(slack_api_url=slack.api_url, reminders=False,
                                  database_url=f"sqlite:///{tmp}/bench.db", workdir=tmp)
            await asyncio.sleep(SETTLE_SECONDS)
            servers = {"floor": floor, "bot": bot}
            try:
                for clients, requests in plan:
                    for scenario in found:
                        pooled = await measure(servers, scenario, clients=clients,
                                               requests=requests, rounds=rounds)
                        f, b = pooled["floor"], pooled["bot"]
                        p50_ratio, rps_ratio = b.p50 / f.p50, b.rps / f.rps
                        ok = p50_ratio <= P50_TARGET and (clients < 20 or rps_ratio >= RPS_TARGET)
                        if b.errors or f.errors:
                            failures.append(f"{scenario.label} @{clients}: non-200 answers "
                                            f"floor {f.statuses} bot {b.statuses}")
                        rows.append([scenario.label, str(clients), _ms(f.p50), _ms(b.p50),
                                     f"{p50_ratio:.2f}×", _ms(f.pct(99)), _ms(b.pct(99)),
                                     f"{f.rps:.0f}", f"{b.rps:.0f}", f"{rps_ratio:.2f}×",
                                     "yes" if ok else "NO"])
                        results.append({"scenario": scenario.label, "clients": clients,
                                        "floor_p50_ms": f.p50 * 1000, "bot_p50_ms": b.p50 * 1000,
                                        "floor_p99_ms": f.pct(99) * 1000,
                                        "bot_p99_ms": b.pct(99) * 1000,
                                        "floor_rps": f.rps, "bot_rps": b.rps,
                                        "p50_ratio": p50_ratio, "rps_ratio": rps_ratio, "ok": ok})
                        print(f"  measured {scenario.label} @{clients} clients", file=sys.stderr)
                bot_rss = bot.rss_mb()
            finally:
                await floor.stop()
                await bot.stop()
    print(f"\n## Latency and throughput ({rounds} interleaved rounds; ms, requests/s)\n",
          file=out)
    print(table(["command", "clients", "floor p50", "bot p50", "p50 ratio", "floor p99",
                 "bot p99", "floor req/s", "bot req/s", "req/s ratio", "on target"], rows),
          file=out)
    print(f"\nTargets: p50 ratio ≤ {P50_TARGET}×; req/s ratio ≥ {RPS_TARGET}× at 20 clients. "
          f"Bot RSS after this run: {bot_rss:.0f} MB.", file=out)
    for note in notes + failures:
        print(f"- {note}", file=out)
    return {"rows": results, "notes": notes, "failures": failures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="fewer requests per round")
    args = parser.parse_args(argv)
    asyncio.run(run(rounds=args.rounds, quick=args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
