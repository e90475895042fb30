"""Smoke run of the scale benchmark (tests/bench/bench_scale.py) with small numbers: a few
installed workspaces, a course each, 2 ``serve`` processes in OAuth mode and 2 ``worker``
processes on one database; every due reminder goes out exactly once, to its course's
channel, with its workspace's own token, and every ``/deadlines`` answer is its own
workspace's course.

On a SQLite file of its own (the benchmark re-creates its database, so it never gets the
shared PostgreSQL test database); the full run is on PostgreSQL (see the README)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "bench" / "bench_scale.py"


@pytest.mark.slow
def test_quick_scale_run_sends_each_due_reminder_once_with_its_workspace_token(
        tmp_path: Path) -> None:
    pytest.importorskip("app.courses", reason="courses per workspace not merged yet")
    out = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--workspaces", "6", "--students", "5",
         "--rounds", "2", "--repeat", "2", "--wait", "40",
         "--database-url", f"sqlite+aiosqlite:///{tmp_path / 'scale.db'}",
         "--json", str(out)],
        cwd=BENCH.parents[2], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert figures["tenancy"], "courses per workspace are not available"

    once = figures["exactly_once"]
    assert once["expected"] == 6 and once["posts"] == 6, once
    assert (once["missing"], once["repeated"], once["wrong_token"], once["wrong_channel"],
            once["stray"]) == (0, 0, 0, 0, 0), once
    assert once["db"] == {"sent": 6}, once

    assert figures["warm_up"] == {"non_200": 0, "wrong_course": 0}
    for row in figures["latency"]:
        assert row["errors"] == 0 and row["wrong_course"] == 0, row
    assert [p["sent"][0] for p in figures["pass"]] == [0, 0, 1, 6]
    assert not figures["logs"], figures["logs"]
