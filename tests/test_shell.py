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


async def test_shell_delivers_only_its_own_messages(db: Database) -> None:
    """With ``--db`` on a shared database, messages other people's requests queued stay
    queued for the real worker: the shell neither sends, prints nor marks them."""
    from bot.outbox import Message
    from storage import uow
    from storage.repos import outbox as outbox_repo
    from tests.test_outbox import _note  # noqa: F401  (registers the test renderer)

    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]
    now = parse_instant("2021-09-13", zone=CHICAGO)
    async with Shell.open(settings, now=now) as first:
        course_id = first.runtime.deps.course.id
    await uow.run(db, course_id=course_id, op=lambda tx: _queue(tx, "U0OTHER"))
    async with Shell.open(settings, now=now) as shell:
        exchange = await shell.send("/deadlines")
        assert "U0OTHER" not in exchange.text
        assert not [c for c in shell.slack.calls if c.params.get("channel") == "U0OTHER"]

        async def mine(tx: uow.Tx) -> None:
            tx.send(Message(kind="test.note", to=shell.user_id, data={"n": 3}))

        await uow.run(shell.runtime.db, course_id=course_id, op=mine)
        assert "note 3" in (await shell.send("/deadlines")).text  # its own: delivered
    async with db.session() as session:
        waiting = await outbox_repo.pending(session=session, course_id=course_id)
    assert [m.recipient for m in waiting] == ["U0OTHER"]


async def _queue(tx: object, to: str) -> None:
    from bot.outbox import Message

    tx.send(Message(kind="test.note", to=to, data={"n": 1}))  # type: ignore[attr-defined]


async def test_shell_types_in_a_channel(db: Database) -> None:
    """``--channel``: commands come from that channel (``/course setup`` works offline)
    and free text is an @mention there."""
    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]
    now = parse_instant("2021-09-13", zone=CHICAGO)
    async with Shell.open(settings, now=now, user_id="U0STAFF", staff=True,
                          channel="C0NEWROOM") as shell:
        setup = await shell.send("/course setup")
        assert "not in a DM" not in setup.text and setup.status == 200, setup.text
        said = await shell.send("when is the final report due")
        assert "Final report" in said.text, said.text
        assert any(c.method == "chat.postMessage" and c.params.get("channel") == "C0NEWROOM"
                   for c in shell.slack.calls)


@pytest.mark.slow
def test_cli_shell_never_opens_database_url(tmp_path: Path) -> None:
    """Without ``--db`` the shell runs on a throw-away database of its own, seeded with
    the course: the deployment's DATABASE_URL is never created, read or written."""
    prod = tmp_path / "prod.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": f"sqlite:///{prod}"}
    out = subprocess.run(
        [sys.executable, "-m", "app", "shell", "--now", "2021-09-13", "-c", "/deadlines"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Project proposal" in out.stdout
    assert not prod.exists()
    bad = subprocess.run([sys.executable, "-m", "app", "shell", "--channel", "", "-c", "hi"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--channel" in bad.stderr and "Traceback" not in bad.stderr
