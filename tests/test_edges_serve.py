"""Issue #13 against a real ``course-bot serve`` process on a free localhost port: huge
unsigned bodies, stalled connections, a calendar flood; and the CLI's start-up errors."""

from __future__ import annotations

import asyncio
import os
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from app.offline import slack_requests as sr

ROOT = Path(__file__).resolve().parents[1]
SECRET = "edges-secret"
HUNDRED_MB = 100 * 1024 * 1024
CHUNK = b"z" * 65536


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SLACK_", "DATABASE_URL", "COURSE_FILE", "LOG_LEVEL"))}
    return {**env, "PYTHONPATH": str(ROOT), **extra}


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@contextmanager
def serving(tmp: Path, *, files: int | None = None,
            **settings: str) -> Iterator[tuple[str, int, Path]]:
    """A ``course-bot serve`` (and a stand-in Slack) on free ports: (base URL, pid, log).
    ``files`` caps the server's open files (soft and hard), as a small ``ulimit -n``."""
    port, slack_port = _free_port(), _free_port()
    slack = subprocess.Popen([sys.executable, "-m", "app.offline.fake_slack", str(slack_port)],
                             cwd=tmp, env=_env(), stdout=subprocess.PIPE)
    assert slack.stdout is not None and b"fake Slack" in slack.stdout.readline()
    db_url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp / 'serve.db'}"
    env = _env(SLACK_SIGNING_SECRET=SECRET, SLACK_BOT_TOKEN="xoxb-edges",
               SLACK_API_URL=f"http://127.0.0.1:{slack_port}/api/", DATABASE_URL=db_url,
               LOG_LEVEL="WARNING", **settings)
    limit = None if files is None else (
        lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (files, files)))
    log_path = tmp / "serve.log"
    log = log_path.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "app", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--no-reminders", "--now", "2021-09-13T09:00"],
                            cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT,
                            preexec_fn=limit)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise AssertionError(log_path.read_text())
            time.sleep(0.1)
        yield base, proc.pid, log_path
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        slack.terminate()
        slack.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """One ``course-bot serve`` for the module: (base URL, pid)."""
    with serving(tmp_path_factory.mktemp("serve")) as (base, pid, log_path):
        yield base, pid
    output = log_path.read_text()
    assert "Traceback" not in output, output[-3000:]
    assert "will be unused" not in output  # Bolt's note about `token`, on every start


def _stall(port: int, count: int) -> list[socket.socket]:
    """``count`` connections that never finish a request (half send part of a head)."""
    stalled: list[socket.socket] = []
    for n in range(count):  # bounded
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        stalled.append(s)
        if n % 2:
            time.sleep(0)
    time.sleep(0.5)
    for s in stalled[::2]:
        try:
            s.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        except OSError:
            pass
    return stalled


def _huge_post(port: int, *, chunked: bool) -> tuple[bytes, float]:
    """Stream up to 100 MB of an unsigned body until the server answers; return the
    status line and how long it took."""
    import select

    head = ("POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
            + ("Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {HUNDRED_MB}\r\n")
            + "\r\n")
    piece = b"10000\r\n" + CHUNK + b"\r\n" if chunked else CHUNK
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        started = time.monotonic()
        conn.sendall(head.encode())
        for _ in range(HUNDRED_MB // len(CHUNK)):  # bounded: never more than 100 MB
            readable, _w, _x = select.select([conn], [], [], 0)
            if readable:
                break
            try:
                conn.sendall(piece)
            except OSError:  # the server closed after answering
                break
        try:
            status = conn.recv(64).split(b"\r\n")[0]
        except OSError as exc:
            status = repr(exc).encode()
        return status, time.monotonic() - started


@pytest.mark.slow
async def test_huge_unsigned_bodies_get_413_fast_and_memory_stays_flat(
        server: tuple[str, int]) -> None:
    base, pid = server
    port = int(base.rsplit(":", 1)[1])
    before = _rss_kb(pid)
    for chunked in (False, True, False, True):
        status, elapsed = await asyncio.to_thread(_huge_post, port, chunked=chunked)
        assert status.startswith(b"HTTP/1.1 413"), status
        assert elapsed < 1.0, elapsed
    grown_mb = (_rss_kb(pid) - before) / 1024
    assert grown_mb < 20, grown_mb
    # and the server still answers a signed command at once
    async with httpx.AsyncClient(base_url=base, timeout=5) as http:
        body = sr.command_body(command="/deadlines", text="all", user_id="U1")
        ok = await http.post("/slack/events", content=body,
                             headers=sr.signed_headers(SECRET, body))
        assert ok.status_code == 200 and "Final report" in ok.text


def _raise_own_files(wanted: int) -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted and (hard == resource.RLIM_INFINITY or hard >= wanted):
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


async def _healthz_fast(base: str) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=5) as http:
        for _ in range(3):
            started = time.monotonic()
            response = await http.get("/healthz")
            assert response.status_code == 200
            assert time.monotonic() - started < 1.0


@pytest.mark.slow
async def test_healthz_answers_while_a_thousand_connections_stall(
        server: tuple[str, int]) -> None:
    base, _pid = server
    wanted = min(1000, _raise_own_files(1300) - 100)
    stalled = await asyncio.to_thread(_stall, int(base.rsplit(":", 1)[1]), wanted)
    try:
        await _healthz_fast(base)
    finally:
        for s in stalled:
            s.close()


@pytest.mark.slow
async def test_out_of_file_descriptors_the_server_still_answers_and_logs_little(
        tmp_path: Path) -> None:
    """With ``ulimit -n 256``, 1,000 stalled sockets: the oldest idle ones are closed to make
    room, /healthz answers, and the log holds no flood of "Too many open files"."""
    _raise_own_files(1300)
    with serving(tmp_path, files=256, HEADER_TIMEOUT_SECONDS="1") as (base, _pid, log_path):
        port = int(base.rsplit(":", 1)[1])
        stalled = await asyncio.to_thread(_stall, port, 1000)
        try:
            await _healthz_fast(base)
        finally:
            for s in stalled:
                s.close()
        # a connection that sends half a request head is closed after HEADER_TIMEOUT_SECONDS
        with socket.create_connection(("127.0.0.1", port), timeout=5) as slow:
            slow.sendall(b"GET /healthz HTTP/1.1\r\n")
            started = time.monotonic()
            assert await asyncio.to_thread(slow.recv, 100) == b""
            assert 0.5 < time.monotonic() - started < 3.0
    output = log_path.read_text()
    assert output.count("Too many open files") <= 2, output[-2000:]
    assert "Traceback" not in output, output[-2000:]


@pytest.mark.slow
async def test_deadlines_stay_fast_under_a_calendar_flood(server: tuple[str, int]) -> None:
    base, _pid = server
    stop = asyncio.Event()
    feeds = 0

    async def flood(http: httpx.AsyncClient) -> None:
        nonlocal feeds
        tick = time.monotonic()
        for _ in range(2000):  # bounded; ~200/s over 10 clients
            if stop.is_set():
                return
            response = await http.get("/calendar/cs598-fall2021.ics")
            assert response.status_code == 200
            feeds += 1
            tick += 10 / 200
            await asyncio.sleep(max(0.0, tick - time.monotonic()))

    latencies: list[float] = []
    limits = httpx.Limits(max_connections=20)
    async with httpx.AsyncClient(base_url=base, timeout=10, limits=limits) as http:
        flooders = [asyncio.create_task(flood(http)) for _ in range(10)]
        await asyncio.sleep(0.5)
        try:
            for n in range(30):
                body = sr.command_body(command="/deadlines", text="all", user_id=f"U{n}")
                started = time.monotonic()
                response = await http.post("/slack/events", content=body,
                                           headers=sr.signed_headers(SECRET, body))
                latencies.append(time.monotonic() - started)
                assert response.status_code == 200 and "Final report" in response.text
                await asyncio.sleep(0.05)
        finally:
            stop.set()
            await asyncio.gather(*flooders)
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    assert feeds > 300, feeds
    assert p99 < 1.0, latencies[-5:]


# ------------------------------------------------------------------ the CLI


def run(*args: str, cwd: Path, env: dict[str, str], stdin: str | None = None,
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env=env, input=stdin)


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.slow
def test_missing_settings_are_named_in_one_line_exit_2(tmp_path: Path) -> None:
    env = _env(DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}")
    for command in (["serve"], ["remind"], ["worker"]):
        assert "SLACK_BOT_TOKEN" in _one_line(run(*command, cwd=tmp_path, env=env))
    both = _one_line(run("serve", cwd=tmp_path, env=env))  # every missing setting at once
    assert "SLACK_BOT_TOKEN" in both and "SLACK_SIGNING_SECRET" in both
    line = _one_line(run("socket", cwd=tmp_path, env={**env, "SLACK_APP_TOKEN": "xapp-1-x"}))
    assert "SLACK_BOT_TOKEN" in line and "xapp-1-x" not in line
    line = _one_line(run("serve", cwd=tmp_path, env={**env, "SLACK_BOT_TOKEN": "xoxb-1"}))
    assert "SLACK_SIGNING_SECRET" in line and "--insecure-dev" in line


@pytest.mark.slow
def test_the_shell_explains_unknown_commands_and_survives_head(tmp_path: Path) -> None:
    env = _env(DATABASE_URL=f"sqlite:///{tmp_path / 'shell.db'}",
               SLACK_BOT_TOKEN="xoxb-123-secret", SLACK_SIGNING_SECRET="s")
    result = run("shell", "--now", "2021-09-13", "-c", "/nosuch thing", cwd=tmp_path, env=env)
    assert result.returncode == 0
    assert "I do not know the command /nosuch" in result.stdout
    assert "WARNING" not in result.stderr and "@app" not in result.stderr
    assert "token` will be unused" not in result.stderr
    piped = subprocess.run(
        f"{sys.executable} -m app shell --now 2021-09-13 | head -1", shell=True, cwd=tmp_path,
        env=env, capture_output=True, text=True, timeout=120,
        input="/deadlines all\n" * 40)
    assert "BrokenPipeError" not in piped.stderr and "Traceback" not in piped.stderr
    assert piped.stdout.startswith("> /deadlines all")


@pytest.mark.slow
def test_a_course_file_without_team_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    import re

    from bot.course import default_course_path

    env = _env(DATABASE_URL=f"sqlite:///{tmp_path / 'cli.db'}")
    assert run("load-course", cwd=tmp_path, env=env).returncode == 0
    raw = default_course_path().read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(re.sub(r'(\[\[deadlines\]\]\n)key = "team"', r'\1key = "teams"', raw)
                   .replace('title = "CS 598', 'title = "Changed 598', 1), encoding="utf-8")
    before = (tmp_path / "cli.db").read_bytes()
    line = _one_line(run("load-course", str(bad), cwd=tmp_path, env=env))
    assert "'team'" in line and "/team" in line
    assert (tmp_path / "cli.db").read_bytes() == before
    assert "'team'" in _one_line(run("serve", cwd=tmp_path, env={
        **env, "COURSE_FILE": str(bad), "SLACK_BOT_TOKEN": "xoxb-1",
        "SLACK_SIGNING_SECRET": "s"}))
    checked = run("check-course", str(bad), cwd=tmp_path, env=env)
    assert checked.returncode == 2
    line_no = raw.splitlines().index("[[deadlines]]") + 1
    assert checked.stdout.startswith(f"{bad}:{line_no}: ")


@pytest.mark.slow
def test_migrate_and_alembic_print_only_what_a_user_needs(tmp_path: Path) -> None:
    env = _env(DATABASE_URL=f"sqlite:///{tmp_path / 'm.db'}", LOG_LEVEL="DEBUG")
    result = run("migrate", cwd=tmp_path, env=env)
    assert result.returncode == 0
    assert result.stdout.strip() == "database is at the latest migration"
    assert "alembic" not in result.stderr.lower(), result.stderr
    status = run("reminders", "status", cwd=tmp_path, env=env)
    assert status.returncode == 0 and "INFO" not in status.stderr
    other = tmp_path / "sub"
    other.mkdir()
    alembic = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ROOT / "alembic.ini"), "upgrade", "head"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=_env(DATABASE_URL=f"sqlite:///{other / 'via-alembic.db'}"))
    assert alembic.returncode == 0, alembic.stderr
    assert (other / "via-alembic.db").exists()
    assert not (ROOT / "alembic-dev.db").exists()


@pytest.mark.slow
def test_serve_insecure_dev_starts_without_a_secret(tmp_path: Path) -> None:
    port, slack_port = _free_port(), _free_port()
    slack = subprocess.Popen([sys.executable, "-m", "app.offline.fake_slack", str(slack_port)],
                             cwd=tmp_path, env=_env(), stdout=subprocess.PIPE)
    assert slack.stdout is not None and b"fake Slack" in slack.stdout.readline()
    env = _env(DATABASE_URL=f"sqlite:///{tmp_path / 'dev.db'}", SLACK_BOT_TOKEN="xoxb-1",
               LOG_LEVEL="WARNING", SLACK_API_URL=f"http://127.0.0.1:{slack_port}/api/")
    proc = subprocess.Popen([sys.executable, "-m", "app", "serve", "--insecure-dev",
                             "--host", "127.0.0.1", "--port", str(port), "--no-reminders"],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.1)
        body = sr.command_body(command="/deadlines", text="all", user_id="U1")
        unsigned = httpx.post(f"http://127.0.0.1:{port}/slack/events", content=body,
                              headers={"content-type": "application/x-www-form-urlencoded"})
        assert unsigned.status_code == 200 and "Final report" in unsigned.text
    finally:
        proc.terminate()
        output = proc.communicate(timeout=15)[0].decode()
        slack.terminate()
        slack.wait(timeout=10)
    assert "--insecure-dev" in output and "Traceback" not in output
