"""What the benchmarks share: servers in subprocesses, signed requests, a load generator.

Each server is a real process on a loopback port (the floor app, or ``course-bot serve``),
reached over HTTP with requests signed like Slack's; the bot's Web API calls go to a
:class:`app.offline.fake_slack.FakeSlack` that the benchmark starts in its own process.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.offline import slack_requests as sr  # noqa: E402

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench-token"
NOW = "2021-09-13T09:00"  # mid-term: /deadlines has a full page to render
CHANNEL = "C0COURSE"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- requests

Request = tuple[bytes, dict[str, str]]  # body, headers
_users = itertools.count(1)


def command(cmd: str, text: str = "", *, user_id: str = "U0STUDENT") -> Request:
    body = sr.command_body(command=cmd, text=text, user_id=user_id)
    return body.encode(), sr.signed_headers(SECRET, body)


def dm(text: str, *, user_id: str = "U0STUDENT") -> Request:
    body = sr.event_body(sr.message_event(user_id=user_id, text=text))
    return body.encode(), sr.signed_headers(SECRET, body, content_type="application/json")


# ---------------------------------------------------------------- servers


@dataclass
class Server:
    """A server process on a loopback port."""

    name: str
    proc: asyncio.subprocess.Process
    port: int
    started_at: float
    ready_after: float | None = None
    ready_cpu: float | None = None  # CPU seconds the process had used by then

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def rss_mb(self) -> float:
        """Resident set size of the process, in MB (from /proc)."""
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")

    def cpu_seconds(self) -> float:
        """User + system CPU time of the process so far (from /proc)."""
        with open(f"/proc/{self.proc.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    async def stop(self) -> None:
        if self.proc.returncode is None:
            self.proc.terminate()
            try:
                await asyncio.wait_for(self.proc.wait(), timeout=10)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


def base_env(*, slack_api_url: str, database_url: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key != "PYTHONDONTWRITEBYTECODE"}  # as deployed: bytecode cached after 1st run
    return {
        **env, "PYTHONPATH": str(ROOT), "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN, "SLACK_API_URL": slack_api_url, "DATABASE_URL": database_url,
        "COURSE_CHANNEL_ID": CHANNEL, "LOG_LEVEL": "WARNING", "STAFF_USER_IDS": "U0STAFF",
    }


async def spawn(name: str, args: list[str], *, env: dict[str, str], cwd: str) -> Server:
    port = free_port()
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, *args, "--host", "127.0.0.1", "--port", str(port), cwd=cwd, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    return Server(name=name, proc=proc, port=port, started_at=started)


async def wait_first_200(server: Server, *, within: float = 60.0,
                         probe: Callable[[], Request] = lambda: command("/deadlines")) -> float:
    """Poll with a signed command until it answers 200; seconds since the process started."""
    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as http:
        while True:
            if server.proc.returncode is not None:
                err = await server.proc.stderr.read() if server.proc.stderr else b""
                raise RuntimeError(f"{server.name} exited: {err.decode()[-2000:]}")
            body, headers = probe()
            try:
                async with http.post(server.url, data=body, headers=headers) as resp:
                    await resp.read()
                    if resp.status == 200:
                        server.ready_after = time.perf_counter() - server.started_at
                        server.ready_cpu = server.cpu_seconds()
                        return server.ready_after
            except aiohttp.ClientConnectionError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{server.name} did not answer within {within} s")
            await asyncio.sleep(0.005)


async def start_bot(*, slack_api_url: str, database_url: str, workdir: str,
                    now: str | None = NOW, reminders: bool = True) -> Server:
    """``course-bot serve`` as deployed; ``reminders=False`` leaves out the reminder loop."""
    env = base_env(slack_api_url=slack_api_url, database_url=database_url)
    args = ["-m", "app", "serve"] + (["--now", now] if now else [])
    args += [] if reminders else ["--no-reminders"]
    server = await spawn("bot", args, env=env, cwd=workdir)
    await wait_first_200(server)
    return server


async def start_floor(*, slack_api_url: str, workdir: str) -> Server:
    env = base_env(slack_api_url=slack_api_url, database_url="sqlite://")
    server = await spawn("floor", [str(Path(__file__).with_name("floor_app.py"))], env=env,
                         cwd=workdir)
    await wait_first_200(server)
    return server


@contextlib.asynccontextmanager
async def fake_slack() -> AsyncIterator[object]:
    from app.offline.fake_slack import FakeSlack

    async with FakeSlack() as slack:
        slack.add_channel(CHANNEL, name="cs598", members=["U0STUDENT", "U0STAFF"])
        yield slack


@contextlib.contextmanager
def workdir() -> object:
    with tempfile.TemporaryDirectory(prefix="course-bot-bench-") as path:
        yield path


# ---------------------------------------------------------------- load


@dataclass
class Sample:
    """Latencies (seconds) of the requests in one run, and how long the run took."""

    latencies: list[float] = field(default_factory=list)
    elapsed: float = 0.0
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    def add(self, other: Sample) -> None:
        self.latencies += other.latencies
        self.elapsed += other.elapsed
        self.errors += other.errors
        for k, v in other.statuses.items():
            self.statuses[k] = self.statuses.get(k, 0) + v

    def pct(self, p: float) -> float:
        data = sorted(self.latencies)
        if not data:
            return float("nan")
        k = min(len(data) - 1, max(0, round(p / 100 * (len(data) - 1))))
        return data[k]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies) if self.latencies else float("nan")

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else float("nan")


async def run_load(url: str, make: Callable[[int], Request], *, requests: int,
                   concurrency: int, session: aiohttp.ClientSession) -> Sample:
    """Send ``requests`` requests from ``concurrency`` clients, each waiting for its answer."""
    pending = iter(range(requests))
    bodies = [make(i) for i in range(requests)]  # signed up front: no signing in the timing
    sample = Sample()

    async def client() -> None:
        for i in pending:
            body, headers = bodies[i]
            t0 = time.perf_counter()
            try:
                async with session.post(url, data=body, headers=headers) as resp:
                    await resp.read()
                    status = resp.status
            except aiohttp.ClientError:
                status = 0
            sample.latencies.append(time.perf_counter() - t0)
            sample.statuses[status] = sample.statuses.get(status, 0) + 1
            if status != 200:
                sample.errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    sample.elapsed = time.perf_counter() - t0
    return sample


def http_session(concurrency: int) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency + 2))


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    sep = "| " + " | ".join("-" * w for w in widths) + " |"
    body = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
            for r in rows]
    return "\n".join([line, sep, *body])
