"""Memory: resident size of ``course-bot serve`` after 10,000 mixed requests, and over a soak.

The mix: ``/deadlines`` in its forms (upcoming, all, windows, titles, unreadable),
``/ask`` when it exists, and direct messages (Events API, answered through the stand-in
Slack), from 200 different students. The soak keeps the same mix going for ``--soak``
seconds (default 60; the documented run is 300) and samples the resident size every
few seconds. Target: under 150 MB, and flat (the last third of the soak grows by less
than 5 MB over the first third's peak).

Run: ``python tests/bench/bench_memory.py [--requests 10000] [--soak 300]``
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import time

from common import (
    Request,
    command,
    dm,
    fake_slack,
    http_session,
    run_load,
    start_bot,
    table,
    workdir,
)

RSS_TARGET_MB = 150.0
GROWTH_LIMIT_MB = 5.0


def mix() -> list[tuple[str, str]]:
    """(kind, text) pairs the mixed load cycles through; kind is a command or "dm"."""
    import handlers

    items = [("/deadlines", ""), ("/deadlines", "all"), ("/deadlines", "this week"),
             ("/deadlines", "next 10 days"), ("/deadlines", "in October"),
             ("/deadlines", "before Nov 1"), ("/deadlines", "project"),
             ("/deadlines", "blorp zinga"), ("dm", "hi"), ("dm", "when is the proposal due?")]
    if "/ask" in handlers.SLASH_COMMANDS:
        items += [("/ask", "when is the final report due?"), ("/ask", "qwzx plmokn ??")]
    return items


def make_request(i: int, items: list[tuple[str, str]]) -> Request:
    kind, text = items[i % len(items)]
    user = f"U0M{i % 200:05d}"
    return dm(text, user_id=user) if kind == "dm" else command(kind, text, user_id=user)


async def run(*, requests: int = 10_000, soak: float = 60.0, clients: int = 10,
              out=sys.stdout) -> dict:
    """Run the memory benchmark; print its table; return the figures."""
    items = mix()
    counter = itertools.count()
    with workdir() as tmp:
        async with fake_slack() as slack:
            bot = await start_bot(slack_api_url=slack.api_url,
                                  database_url=f"sqlite:///{tmp}/memory.db", workdir=tmp)
            try:
                started_mb = bot.rss_mb()
                async with http_session(clients) as session:
                    done = 0
                    while done < requests:  # batches, so signatures stay fresh
                        batch = min(2000, requests - done)
                        base = next(counter) * 1_000_000
                        sample = await run_load(
                            bot.url, lambda i, b=base: make_request(b + i, items),
                            requests=batch, concurrency=clients, session=session)
                        done += batch
                        slack.reset_calls()
                        if sample.errors:
                            raise RuntimeError(f"non-200 answers: {sample.statuses}")
                    after_mb = bot.rss_mb()
                    samples: list[tuple[float, float]] = [(0.0, after_mb)]
                    t0 = time.monotonic()
                    soak_requests = 0
                    while time.monotonic() - t0 < soak:
                        base = next(counter) * 1_000_000
                        sample = await run_load(
                            bot.url, lambda i, b=base: make_request(b + i, items),
                            requests=500, concurrency=clients, session=session)
                        soak_requests += 500
                        slack.reset_calls()
                        samples.append((time.monotonic() - t0, bot.rss_mb()))
            finally:
                await bot.stop()
    third = max(1, len(samples) // 3)
    early_peak = max(mb for _, mb in samples[:third])
    late_peak = max(mb for _, mb in samples[-third:])
    growth = late_peak - early_peak
    peak = max(mb for _, mb in samples)
    flat = growth < GROWTH_LIMIT_MB
    rows = [
        ["after start-up (first /deadlines answered)", f"{started_mb:.1f}"],
        [f"after {requests:,} mixed requests", f"{after_mb:.1f}"],
        [f"soak: {soak:.0f} s, {soak_requests:,} more requests, peak", f"{peak:.1f}"],
        ["soak: last third's peak − first third's peak", f"{growth:+.1f}"],
    ]
    print(f"\n## Memory: resident size of serve (SQLite; MB; {clients} clients)\n", file=out)
    print(table(["when", "RSS"], rows), file=out)
    verdict = "yes" if after_mb < RSS_TARGET_MB and peak < RSS_TARGET_MB and flat else "NO"
    print(f"\nOn target (< {RSS_TARGET_MB:.0f} MB and growth < {GROWTH_LIMIT_MB:.0f} MB): "
          f"{verdict}. Samples (s, MB): "
          + ", ".join(f"{t:.0f}:{mb:.1f}" for t, mb in samples[:: max(1, len(samples) // 12)]),
          file=out)
    return {"start_mb": started_mb, "after_mb": after_mb, "peak_mb": peak,
            "growth_mb": growth, "flat": flat, "soak_s": soak, "ok": verdict == "yes"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--soak", type=float, default=60.0,
                        help="seconds of soak after the requests (documented run: 300)")
    args = parser.parse_args(argv)
    asyncio.run(run(requests=args.requests, soak=args.soak))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
