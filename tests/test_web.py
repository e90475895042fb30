"""The HTTP endpoint: Slack's signature check, health, and the served app over TCP."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.offline import slack_requests as sr
from tests.slack import SlackTestClient

ROOT = Path(__file__).resolve().parents[1]


# forged, stale, unsigned and altered requests: tests/test_reliability.py


async def test_healthz(bot: SlackTestClient) -> None:
    response = await bot.http.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "course": "cs598-fall2021"}


async def test_dm_gets_an_answer_in_the_dm(bot: SlackTestClient) -> None:
    response = await bot.dm("hello there")
    assert response.status_code == 200
    (sent,) = bot.sent()
    assert sent["channel"] == "D0STUDENT"
    assert "/deadlines" in bot.text(sent)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
async def test_serve_over_tcp(tmp_path: Path, slack) -> None:
    """``course-bot serve`` as a real process: signed /deadlines → 200, forged → 401."""
    port = _free_port()
    db_url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'serve.db'}"
    env = {**os.environ, "SLACK_SIGNING_SECRET": "serve-secret", "SLACK_BOT_TOKEN": "xoxb-x",
           "SLACK_API_URL": slack.api_url, "DATABASE_URL": db_url,
           "LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port),
        cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            deadline = time.monotonic() + 30
            while True:
                try:
                    health = await http.get("/healthz")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or proc.returncode is not None:
                        output = await proc.stdout.read() if proc.stdout else b""
                        raise AssertionError(output.decode()) from None
                    await asyncio.sleep(0.1)
            assert health.status_code == 200
            body = sr.command_body(command="/deadlines", text="all", user_id="U1")
            ok = await http.post("/slack/events", content=body,
                                 headers=sr.signed_headers("serve-secret", body))
            assert ok.status_code == 200 and "Final report" in ok.text
            forged = await http.post("/slack/events", content=body,
                                     headers=sr.signed_headers("wrong", body))
            assert forged.status_code == 401
    finally:
        proc.terminate()
        await proc.wait()
