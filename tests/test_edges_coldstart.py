"""Issue #13: processes that start together on a fresh PostgreSQL database all come up.

Three real processes (each as ``serve`` and ``worker`` start: ``Runtime.start``, which
migrates and seeds) are released at the same instant on a database created for the round,
ten rounds in a row. Before the start-up lock, 1-2 of 3 died with ``UniqueViolation``.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from storage.db import normalize_url

ROOT = Path(__file__).resolve().parents[1]
TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
ROUNDS = 10

# one process: imports once, then for each line {"url", "at"} starts a Runtime at "at"
STARTER = r"""
import asyncio, json, sys, time
from app.config import Settings
from app.runtime import Runtime
from app.factory import build_runtime

async def start(url):
    settings = Settings(_env_file=None, database_url=url, slack_bot_token="xoxb-cold",
                        slack_signing_secret="cold", slack_api_url="http://127.0.0.1:9/api/")
    runtime = build_runtime(settings)
    try:
        await runtime.start()
    finally:
        await runtime.close()

for line in sys.stdin:
    job = json.loads(line)
    time.sleep(max(0.0, job["at"] - time.time()))
    try:
        asyncio.run(start(job["url"]))
        print("ok", flush=True)
    except Exception as exc:
        print(f"error {type(exc).__name__}: {str(exc).splitlines()[0][:200]}", flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not TEST_DATABASE_URL, reason="PostgreSQL only (TEST_DATABASE_URL)")
async def test_three_processes_cold_start_together_on_a_fresh_database() -> None:
    base = make_url(normalize_url(TEST_DATABASE_URL))
    admin = create_async_engine(base.set(database="postgres").render_as_string(
        hide_password=False), isolation_level="AUTOCOMMIT")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    starters = [subprocess.Popen([sys.executable, "-c", STARTER], stdin=subprocess.PIPE,  # noqa: ASYNC220
                                 stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
                for _ in range(3)]
    failures: list[str] = []
    try:
        for n in range(ROUNDS):
            name = f"{base.database}_cold_{n}"
            async with admin.connect() as conn:
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                await conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = base.set(database=name).render_as_string(hide_password=False)
            job = json.dumps({"url": url, "at": time.time() + (3.0 if n == 0 else 0.3)})
            for proc in starters:
                assert proc.stdin is not None
                proc.stdin.write(job + "\n")
                proc.stdin.flush()
            results = []
            for proc in starters:
                assert proc.stdout is not None
                line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 60)
                results.append(line.strip())
            failures += [f"round {n}: {r}" for r in results if r != "ok"]
            async with admin.connect() as conn:
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        for proc in starters:
            if proc.stdin is not None:
                proc.stdin.close()
        for proc in starters:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        await admin.dispose()
    assert not failures, failures
