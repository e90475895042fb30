"""The offline shell drives the real app and prints what the bot sent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import Settings
from app.offline.shell import Shell
from bot.clock import parse_instant
from handlers.plain import render_date
from storage.db import Database
from tests.conftest import CHICAGO

ROOT = Path(__file__).resolve().parents[1]


async def test_shell_sends_through_the_app(db: Database) -> None:
    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]
    now = parse_instant("2021-09-13", zone=CHICAGO)
    async with Shell.open(settings, now=now) as shell:
        exchange = await shell.send("/deadlines")
        assert exchange.status == 200
        assert "Project team" in exchange.text and "Project proposal" in exchange.text
        assert "Mid-term" not in exchange.text or "Final report" in exchange.text
        assert exchange.messages[0]["via"] == "ack"
        dm = await shell.send("hi")
        assert dm.messages[0]["via"] == "chat.postMessage"


async def test_shell_delivers_the_outbox_before_it_prints(db: Database) -> None:
    """Messages a change queued go out (through the delivery engine) before the shell
    prints: after the ack, in the order they were queued, each once."""
    from bot.outbox import HOME_REFRESH, Message
    from storage import uow
    from tests.test_outbox import _note  # noqa: F401  (registers the test renderer)

    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]
    now = parse_instant("2021-09-13", zone=CHICAGO)
    async with Shell.open(settings, now=now) as shell:
        course = shell.runtime.deps.course

        async def op(tx: uow.Tx) -> None:  # what a service does in the input's change
            tx.send(Message(kind="test.note", to="U0ADA", data={"n": 1}),
                    Message(kind=HOME_REFRESH, to=shell.user_id),
                    Message(kind="test.note", to=shell.user_id, data={"n": 2}))

        await uow.run(shell.runtime.db, course_id=course.id, op=op)
        exchange = await shell.send("/deadlines")
        vias = [m["via"] for m in exchange.messages]
        assert vias == ["ack", "chat.postMessage", "views.publish", "chat.postMessage"], vias
        assert exchange.messages[1]["channel"] == "U0ADA"
        assert f"(DM to @U0ADA) note 1 for {course.code}" in exchange.text
        assert exchange.text.rstrip().endswith(f"note 2 for {course.code}")
        again = await shell.send("/deadlines")
        assert [m["via"] for m in again.messages] == ["ack"]  # nothing twice


def test_render_date_tokens() -> None:
    ts = 1631941140  # Fri Sep 17 2021 23:59 CDT
    assert render_date(ts, "{date_short_pretty} at {time}", zone=CHICAGO) == (
        "Fri, Sep 17, 2021 at 11:59 PM CDT")
    from datetime import date
    assert render_date(ts, "{date_short_pretty}", zone=CHICAGO, today=date(2021, 9, 16)) == (
        "Tomorrow (Fri, Sep 17, 2021)")
    assert render_date(ts, "{date_num} {date_long}", zone=CHICAGO) == (
        "2021-09-17 Friday, September 17th, 2021")


@pytest.mark.slow
def test_cli_shell_json(tmp_path: Path) -> None:
    db = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'shell.db'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "app", "shell", "--now", "2021-09-13", "--db", db, "--json",
         "-c", "/deadlines", "-c", "/deadlines all"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=True)
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert first["input"] == "/deadlines"
    assert "Fri, Sep 17, 2021" in first["text"] and "Fri, Oct 1, 2021" in first["text"]
    for title in ("Project team", "Project proposal", "Mid-term report", "Final report"):
        assert title in second["text"]
    assert isinstance(second["messages"], list) and second["messages"][0]["blocks"]
