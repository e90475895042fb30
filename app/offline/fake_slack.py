"""A local stand-in for the Slack Web API: answers like Slack and records every call.

The offline shell talks to it in-process; tests and benchmarks start one on loopback and
point ``SLACK_API_URL`` at it. Faults (429 with ``Retry-After``, 5xx, Slack errors, delay)
can be injected per method (``fail``, ``flaky``, ``slow``).

Example::

    slack = FakeSlack()
    await slack.start()                       # http://127.0.0.1:<port>/api/
    slack.add_user("U1", name="ada", tz="Europe/London")
    slack.fail("chat.postMessage", status=429, retry_after=1, times=2)
    ...
    [c.params["text"] for c in slack.calls_to("chat.postMessage")]
    await slack.stop()
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER_ID = "U0BOT"
BOT_ID = "B0BOT"
TEAM_ID = "T0COURSE"


@dataclass
class Call:
    """One request the bot made: the Web API method (or ``response_url``) and its params."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.time)
    response: dict[str, Any] | None = None
    token: str = ""
    """The bot token the call was made with (which workspace's)."""


@dataclass
class Fault:
    status: int = 200
    error: str | None = None  # a Slack error code answered with HTTP 200 and ok=false
    retry_after: float | None = None
    delay: float = 0.0


class FakeSlack:
    """An aiohttp app that speaks enough of the Web API for the bot, on 127.0.0.1."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, seed: int = 0) -> None:
        self.host, self.port = host, port
        self.calls: list[Call] = []
        self.users: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, dict[str, Any]] = {}
        self.members: dict[str, list[str]] = {}
        self.uploads: dict[str, bytes] = {}
        # users.info answers user_not_found for ids never added (as Slack does); the
        # offline shell turns this off so that any id typed there is a person
        self.strict_users = True
        self._faults: dict[str, deque[Fault]] = {}
        self._random_faults: dict[str, tuple[float, float, float]] = {}
        self._rng = random.Random(seed)
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.delay: float = 0.0
        self.delays: dict[str, float] = {}
        self.hook: Callable[[Call], None] | None = None
        self._down: dict[str, tuple[float, int]] = {}

    # ---------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self, key: str = "r") -> str:
        return f"{self.base_url}/response/{key}"

    async def start(self) -> FakeSlack:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_post("/response/{key}", self._response_url)
        app.router.add_post("/upload/{file_id}", self._upload)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sockets = site._server.sockets if site._server else []  # type: ignore[union-attr,attr-defined]
        if sockets:
            self.port = sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()

    # ---------------------------------------------------------------- state and faults
    def add_user(self, user_id: str, *, name: str | None = None, real_name: str | None = None,
                 tz: str = "America/Chicago", email: str | None = None, is_bot: bool = False,
                 deleted: bool = False) -> dict[str, Any]:
        name = name or user_id.lower()
        user = {
            "id": user_id, "team_id": TEAM_ID, "name": name, "deleted": deleted,
            "real_name": real_name or name, "tz": tz, "is_bot": is_bot,
            "tz_offset": 0, "tz_label": tz,
            "profile": {"real_name": real_name or name, "display_name": name,
                        "email": email or f"{name}@example.edu"},
        }
        self.users[user_id] = user
        return user

    def add_channel(self, channel_id: str, *, name: str = "course",
                    members: list[str] | None = None) -> None:
        self.channels[channel_id] = {"id": channel_id, "name": name, "is_channel": True}
        self.members[channel_id] = list(members or [])

    def fail(self, method: str, *, status: int = 200, error: str | None = None,
             retry_after: float | None = None, times: int = 1, delay: float = 0.0) -> None:
        """Answer the next ``times`` calls of ``method`` with a fault."""
        queue = self._faults.setdefault(method, deque())
        for _ in range(times):
            queue.append(Fault(status=status, error=error, retry_after=retry_after, delay=delay))

    def down(self, method: str, seconds: float, *, status: int = 500) -> None:
        """Answer every call of ``method`` with ``status`` for the next ``seconds`` seconds."""
        self._down[method] = (time.monotonic() + seconds, status)

    def slow(self, method: str, seconds: float) -> None:
        """Answer every call of ``method`` ``seconds`` late (0: on time again)."""
        if seconds:
            self.delays[method] = seconds
        else:
            self.delays.pop(method, None)

    def flaky(self, method: str, *, p429: float = 0.0, p500: float = 0.0,
              retry_after: float = 1.0) -> None:
        """Answer ``method`` with 429 (``Retry-After``) or 500 at random, at these rates."""
        self._random_faults[method] = (p429, p500, retry_after)

    def clear_faults(self) -> None:
        self._faults.clear()
        self._random_faults.clear()
        self._down.clear()
        self.delays.clear()

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def reset_calls(self) -> None:
        self.calls.clear()

    # ---------------------------------------------------------------- HTTP
    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                form = await request.post()
                params.update({k: v for k, v in form.items() if isinstance(v, str)})
        for key in ("blocks", "attachments", "view"):
            if isinstance(params.get(key), str):
                try:
                    params[key] = json.loads(params[key])
                except ValueError:
                    pass
        return params

    def _next_fault(self, method: str) -> Fault | None:
        queue = self._faults.get(method)
        if queue:
            return queue.popleft()
        until, status = self._down.get(method, (0.0, 0))
        if time.monotonic() < until:
            return Fault(status=status)
        if method in self._random_faults:
            p429, p500, retry_after = self._random_faults[method]
            roll = self._rng.random()
            if roll < p429:
                return Fault(status=429, retry_after=retry_after)
            if roll < p429 + p500:
                return Fault(status=500)
        return None

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        if self.delay or method in self.delays:
            await asyncio.sleep(self.delays.get(method, self.delay))
        fault = self._next_fault(method)
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.status == 429:
                return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                         headers={"Retry-After": str(int(fault.retry_after or 1))})
            if fault.status >= 500:
                return web.Response(status=fault.status, text="upstream error")
            if fault.error:
                self.calls.append(Call(method, params, response={"ok": False}))
                return web.json_response({"ok": False, "error": fault.error})
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ").strip() or params.get("token", "")
        if not str(token).startswith(("xoxb-", "xoxp-")):
            return web.json_response({"ok": False, "error": "not_authed"})
        handler = getattr(self, "m_" + method.replace(".", "_"), None)
        body = handler(params) if handler else {"ok": False, "error": "unknown_method"}
        call = Call(method, params, response=body, token=str(token))
        self.calls.append(call)
        if self.hook is not None:
            self.hook(call)
        return web.json_response(body)

    async def _response_url(self, request: web.Request) -> web.Response:
        params = await self._params(request)
        params["response_key"] = request.match_info["key"]
        self.calls.append(Call("response_url", params, response={"ok": True}))
        return web.json_response({"ok": True})

    async def _upload(self, request: web.Request) -> web.Response:
        self.uploads[request.match_info["file_id"]] = await request.read()
        return web.Response(text="OK - uploaded")

    # ---------------------------------------------------------------- methods
    def _ts_next(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def _channel_of(self, channel: str) -> str:
        return "D" + channel[1:] if channel.startswith(("U", "W")) else channel

    def m_auth_test(self, _p: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": "https://course.slack.test/", "team": "Course",
                "user": "course-bot", "team_id": TEAM_ID, "user_id": BOT_USER_ID,
                "bot_id": BOT_ID, "is_enterprise_install": False}

    def m_chat_postMessage(self, p: dict[str, Any]) -> dict[str, Any]:
        channel = str(p.get("channel", ""))
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if not (p.get("text") or p.get("blocks") or p.get("attachments")):
            return {"ok": False, "error": "no_text"}
        ts = self._ts_next()
        return {"ok": True, "channel": self._channel_of(channel), "ts": ts,
                "message": {"type": "message", "text": p.get("text", ""), "ts": ts,
                            "bot_id": BOT_ID, "user": BOT_USER_ID}}

    def m_chat_postEphemeral(self, p: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "message_ts": self._ts_next()}

    def m_chat_update(self, p: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "channel": p.get("channel"), "ts": p.get("ts"), "text": p.get("text")}

    def m_chat_delete(self, p: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "channel": p.get("channel"), "ts": p.get("ts")}

    def m_conversations_open(self, p: dict[str, Any]) -> dict[str, Any]:
        users = str(p.get("users", "")).split(",")
        return {"ok": True, "channel": {"id": self._channel_of(users[0]) if users[0] else "D0"}}

    def m_conversations_members(self, p: dict[str, Any]) -> dict[str, Any]:
        channel = str(p.get("channel", ""))
        if channel not in self.members:
            return {"ok": False, "error": "channel_not_found"}
        members = self.members[channel]
        start = int(p.get("cursor") or 0)
        limit = int(p.get("limit") or 100)
        page = members[start:start + limit]
        nxt = str(start + limit) if start + limit < len(members) else ""
        return {"ok": True, "members": page, "response_metadata": {"next_cursor": nxt}}

    def m_conversations_info(self, p: dict[str, Any]) -> dict[str, Any]:
        channel = self.channels.get(str(p.get("channel", "")))
        return {"ok": True, "channel": channel} if channel else {"ok": False,
                                                                  "error": "channel_not_found"}

    def m_users_info(self, p: dict[str, Any]) -> dict[str, Any]:
        user_id = str(p.get("user", ""))
        user = self.users.get(user_id)
        if user is None:
            if self.strict_users or not user_id.startswith(("U", "W")):
                return {"ok": False, "error": "user_not_found"}
            user = self.add_user(user_id)
        return {"ok": True, "user": user}

    def m_users_list(self, p: dict[str, Any]) -> dict[str, Any]:
        """Every user the stand-in knows (added, or met through ``users.info``), paginated."""
        users = list(self.users.values())
        start = int(p.get("cursor") or 0)
        limit = int(p.get("limit") or 200)
        nxt = str(start + limit) if start + limit < len(users) else ""
        return {"ok": True, "members": users[start:start + limit],
                "response_metadata": {"next_cursor": nxt}}

    def _view(self, p: dict[str, Any]) -> dict[str, Any]:
        view = p.get("view") or {}
        return {"ok": True, "view": {**view, "id": f"V{next(self._ids):08d}",
                                     "hash": str(time.time())}}

    m_views_open = m_views_publish = m_views_update = m_views_push = _view

    def m_files_getUploadURLExternal(self, p: dict[str, Any]) -> dict[str, Any]:
        file_id = f"F{next(self._ids):08d}"
        return {"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def m_files_completeUploadExternal(self, p: dict[str, Any]) -> dict[str, Any]:
        files = p.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        return {"ok": True, "files": [{"id": f["id"], "title": f.get("title", "")}
                                      for f in files or []]}


async def _serve(port: int) -> None:  # pragma: no cover - a manual helper
    slack = await FakeSlack(port=port).start()
    print(f"fake Slack Web API on {slack.api_url}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":  # pragma: no cover
    import sys

    asyncio.run(_serve(int(sys.argv[1]) if len(sys.argv) > 1 else 8765))
