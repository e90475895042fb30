"""The ASGI app: ``POST /slack/events`` (commands, events, interactivity), ``GET /healthz``,
the calendar feeds ``GET /calendar/<course>.ics`` and ``GET /calendar/u/<token>.ics``, and
in OAuth mode the install pages ``GET /slack/install`` and ``GET /slack/oauth_redirect``
(Bolt's OAuth flow: the ``state`` is issued to the browser as a cookie, kept in the
database, and good once).

``/slack/events`` guards Bolt: the body is read here, at most ``MAX_BODY_BYTES`` (413 for
more, without reading the rest) within ``BODY_TIMEOUT_SECONDS`` (408), the Slack signature
is checked on the raw bytes (401), and only then is the body parsed: a malformed one gets a
400 with no traceback. Bolt receives the checked body and never sees an unsigned request.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from slack_bolt.adapter.starlette.async_handler import to_starlette_response
from slack_bolt.async_app import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import timewindows
from handlers.errors import TOO_SLOW

if TYPE_CHECKING:
    from app.config import Settings
    from app.runtime import Runtime

logger = logging.getLogger("course_bot.web")
COMMAND_BUDGET = 2.5  # seconds a slash command may take; Slack gives up at 3
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{6,76}$")  # secrets.token_urlsafe's alphabet
_CALENDAR_TABLES = ("deadline", "course", "course_setting", "presentation")


class Rejected(Exception):
    """A request refused before Bolt: its status and a one-line plain-text reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason

    def response(self) -> Response:
        headers = {"Connection": "close"} if self.status in (408, 413) else None
        return Response(self.reason + "\n", status_code=self.status, media_type="text/plain",
                        headers=headers)


async def read_body(request: Request, *, limit: int, seconds: float) -> bytes:
    """The request body, or :class:`Rejected` when it is too big (checked against
    ``Content-Length`` first, then counted while streaming) or arrives too slowly."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise Rejected(400, "bad Content-Length")
        if int(declared) > limit:
            raise Rejected(413, f"request body over {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise Rejected(413, f"request body over {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise Rejected(408, "request body too slow") from None
    return b"".join(chunks)


def signature_ok(secret: str, body: bytes, stamp: str, signature: str, *,
                 now: float | None = None) -> bool:
    """Slack's v0 signature of the raw bytes, from the last 5 minutes (any bytes: nothing
    is decoded before the request is known to come from Slack)."""
    if not stamp.isdigit() or len(stamp) > 12:
        return False
    if abs((time.time() if now is None else now) - int(stamp)) > 300:
        return False
    digest = hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256)
    return hmac.compare_digest("v0=" + digest.hexdigest(), signature)


def decode_body(body: bytes) -> str:
    """The body as text; :class:`Rejected` (400) when it is not UTF-8. Bolt parses it
    (JSON, a form, or a form's ``payload``) as it builds the request."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Rejected(400, "malformed request body") from None


def create_web_app(runtime: Runtime, *, insecure_dev: bool = False) -> Starlette:
    """Routes for Slack and for the host's health check; startup migrates and seeds.

    ``insecure_dev`` (``serve --insecure-dev``): requests are not checked, but signed with
    the runtime's own secret for Bolt's check (local development with no Slack app).
    """
    import handlers

    settings = runtime.settings
    secret = settings.slack_signing_secret
    dev_signer = SignatureVerifier(secret) if insecure_dev else None
    known_commands = frozenset(handlers.SLASH_COMMANDS)

    async def slack_events(request: Request) -> Response:
        try:
            body = await read_body(request, limit=settings.max_body_bytes,
                                   seconds=settings.body_timeout_seconds)
            headers: dict[str, str | Sequence[str]] = dict(request.headers)
            if dev_signer is None:
                if not signature_ok(secret, body,
                                    request.headers.get("x-slack-request-timestamp", ""),
                                    request.headers.get("x-slack-signature", "")):
                    raise Rejected(401, "invalid request signature")
            else:
                stamp = str(int(time.time()))
                headers["x-slack-request-timestamp"] = stamp
                headers["x-slack-signature"] = dev_signer.generate_signature(
                    timestamp=stamp, body=body) or ""
            text = decode_body(body)
        except Rejected as rejected:
            return rejected.response()
        try:  # Bolt reads the body (team, user, channel) as it builds the request: once
            bolt_request = AsyncBoltRequest(body=text, query=dict(request.query_params),
                                            headers=headers)
        except ValueError:  # not JSON where JSON belongs
            return Rejected(400, "malformed request body").response()
        except Exception as exc:  # a signed body of a shape Bolt cannot read: no traceback
            logger.warning("a signed request could not be read: %s", type(exc).__name__)
            return Rejected(400, "malformed request body").response()
        parsed = bolt_request.body
        if not isinstance(parsed, dict):
            return Rejected(400, "malformed request body").response()
        command = parsed.get("command")
        if isinstance(command, str) and command and command not in known_commands:
            return JSONResponse({"response_type": "ephemeral",
                                 "text": f"I do not know the command {command[:40]}. "
                                         f"I answer {', '.join(sorted(known_commands))}."})
        if not command:
            return await _dispatch(bolt_request)
        # Slack shows its own error after 3 s: stop in time and say so plainly instead
        try:
            async with asyncio.timeout(COMMAND_BUDGET):
                return await _dispatch(bolt_request)
        except TimeoutError:
            logger.warning("a slash command was stopped after %.1f s", COMMAND_BUDGET)
            return JSONResponse({"response_type": "ephemeral", "text": TOO_SLOW})

    async def _dispatch(bolt_request: AsyncBoltRequest) -> Response:
        try:
            return to_starlette_response(await runtime.app.async_dispatch(bolt_request))
        except Exception as exc:  # a signed body Bolt could not read: no traceback
            logger.warning("a signed request could not be read: %s", type(exc).__name__)
            return Rejected(400, "malformed request body").response()

    flow = runtime.app.oauth_flow

    async def oauth_page(request: Request) -> Response:
        if flow is None:
            return Response("this deployment serves one workspace (SLACK_BOT_TOKEN); "
                            "installing by OAuth is not configured\n", status_code=404,
                            media_type="text/plain")
        bolt_request = AsyncBoltRequest(body="", query=request.url.query,
                                        headers=dict(request.headers))
        try:
            if request.url.path == flow.install_path:
                return to_starlette_response(await flow.handle_installation(bolt_request))
            return to_starlette_response(await flow.handle_callback(bolt_request))
        except Exception as exc:  # the database or Slack is away: no traceback to a browser
            logger.warning("the install page failed: %s", type(exc).__name__)
            return Response("the install could not be completed right now; please try "
                            "again shortly\n", status_code=503, media_type="text/plain")

    async def healthz(_request: Request) -> Response:
        ok = await runtime.db.ping()
        body = {"status": "ok" if ok else "unavailable", "database": "ok" if ok else "down",
                "course": runtime.deps.course.id}
        return JSONResponse(body, status_code=200 if ok else 503)

    def _course_deps(course_id: str) -> Any:
        """The Deps of a course this deployment serves (every course's feed), or None."""
        courses = getattr(runtime, "courses", None)
        if courses is None:
            return runtime.deps if course_id == runtime.deps.course.id else None
        return courses.deps(course_id)

    async def course_calendar(request: Request) -> Response:
        from bot.calendar_feed import course_feed

        name = request.path_params["name"]
        served = _course_deps(name[:-4] if name.endswith(".ics") else "")
        if served is None:
            return Response("no such calendar\n", status_code=404, media_type="text/plain")
        course = served.course

        async def build(_session: Any) -> tuple[bytes, str]:
            return _tagged(await course_feed(runtime.db, course))

        # one build per change of the deadlines (or DEFAULT_TTL for other processes' edits)
        body, etag = await runtime.db.cache.get(("calendar", course.id),
                                                tables=_CALENDAR_TABLES, load=build)
        return _ics(request, body, etag, public=True)

    async def personal_calendar(request: Request) -> Response:
        from bot.calendar_feed import user_feed

        name = request.path_params["name"]
        token = name[:-4] if name.endswith(".ics") else ""
        if not _TOKEN.match(token):  # also keeps NUL bytes and the like away from the database
            return _no_personal()
        # not cached: a cache keyed on tokens would grow with every guessed one
        from storage.repos import calendar as calendar_repo

        async with runtime.db.session() as session:  # whose course the token is of
            owner = await calendar_repo.calendar_token_owner(session=session, token=token)
        served = _course_deps(owner.course_id) if owner is not None else None
        if served is None:
            return _no_personal()
        feed = await user_feed(runtime.db, served.course, token=token)
        if feed is None:
            return _no_personal()
        return _ics(request, *_tagged(feed), public=False)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await runtime.start()
        stop, reminders = asyncio.Event(), None
        if runtime.run_reminders:
            from app.worker import run_worker

            reminders = asyncio.create_task(run_worker(runtime, stop), name="reminders")
        # load dateparser's data off the request path, once the first requests are answered
        warm_up = asyncio.create_task(_warm_up(delay=1.0))
        yield
        warm_up.cancel()
        if reminders is not None:
            stop.set()
            try:
                await asyncio.wait_for(reminders, timeout=10)
            except TimeoutError:
                pass
        await runtime.close()

    async def _warm_up(*, delay: float) -> None:
        await asyncio.sleep(delay)
        try:
            await asyncio.to_thread(timewindows.warm_up)
        except Exception:  # only an optimisation: the first window read then pays instead
            logging.getLogger("course_bot").warning("dateparser warm-up failed", exc_info=True)

    return Starlette(
        routes=[
            Route("/slack/events", slack_events, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/slack/install", oauth_page, methods=["GET"]),
            Route("/slack/oauth_redirect", oauth_page, methods=["GET"]),
            Route("/calendar/u/{name}", personal_calendar, methods=["GET"]),
            Route("/calendar/{name}", course_calendar, methods=["GET"]),
        ],
        lifespan=lifespan,
    )


def _no_personal() -> Response:
    return Response("no such calendar (the link may have been reset)\n",
                    status_code=404, media_type="text/plain")


def _tagged(body: bytes) -> tuple[bytes, str]:
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _ics(request: Request, body: bytes, etag: str, *, public: bool) -> Response:
    """The feed, or 304 when the client already has this version (``If-None-Match``)."""
    headers = {"ETag": etag,
               "Cache-Control": f"{'public' if public else 'private'}, max-age=300"}
    wanted = request.headers.get("if-none-match", "")
    if etag in {tag.strip().removeprefix("W/") for tag in wanted.split(",")} or wanted == "*":
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)


def guarded_protocol(*, header_timeout: float, max_connections: int) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol with two guards against stalled and surplus connections.

    - A connection that has not sent a whole request head within ``header_timeout`` seconds
      of opening is closed (uvicorn itself only times out idle keep-alive connections).
    - Past ``max_connections`` open connections, the oldest one that is not serving a
      request is closed to make room; when every one is busy, the new one is refused.

    Example::

        uvicorn.run(app, http=guarded_protocol(header_timeout=10, max_connections=1000))
    """
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    base: Any = AutoHTTPProtocol

    class Guarded(base):  # type: ignore[misc,valid-type]
        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._opened = self.loop.time()
            self._head_timer = self.loop.call_later(header_timeout, self._head_timeout)
            if len(self.connections) > max_connections:
                self._make_room()

        def _make_room(self) -> None:
            open_ = [c for c in self.connections if not c.transport.is_closing()]
            surplus = len(open_) - max_connections
            if surplus <= 0:
                return
            idle = sorted((c for c in open_ if _idle(c) and c is not self),
                          key=lambda c: getattr(c, "_opened", 0.0))
            for victim in idle[:surplus]:
                victim.transport.close()
            if len(idle) < surplus:  # every other connection is busy: refuse this one
                self.transport.close()

        def _head_timeout(self) -> None:
            if self.cycle is None and not self.transport.is_closing():
                self.transport.close()

        def connection_lost(self, exc: Exception | None) -> None:
            self._head_timer.cancel()
            super().connection_lost(exc)

    Guarded.__name__ = Guarded.__qualname__ = f"Guarded{base.__name__}"
    return Guarded


def _idle(connection: Any) -> bool:
    cycle = getattr(connection, "cycle", None)
    return cycle is None or bool(getattr(cycle, "response_complete", False))


def raise_open_files_limit(wanted: int) -> int:
    """Raise this process's soft limit on open files towards ``wanted`` (never above the
    hard limit); return the soft limit now in force."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    return soft if soft != resource.RLIM_INFINITY else wanted


def serve_http(app: Starlette, *, host: str, port: int, settings: Settings,
               log_level: str) -> int:
    """Run ``app`` under uvicorn with the connection guards; return the exit status.

    The open-file limit is raised to fit ``MAX_CONNECTIONS`` (or the cap lowered to fit
    the limit). The event loop accepts at most a small batch of connections per turn, so
    the guard can close surplus ones before the next batch and the process does not run
    out of file descriptors, while the kernel still queues up to 2,048 new connections.
    """
    import uvicorn

    files = raise_open_files_limit(settings.max_connections + 256)
    connections = max(16, min(settings.max_connections, files - 128))
    batch = max(8, min(128, connections // 4))
    config = uvicorn.Config(
        app, host=host, port=port, log_level=log_level, log_config=None, access_log=False,
        lifespan="on", timeout_keep_alive=5, h11_max_incomplete_event_size=16 * 1024,
        backlog=batch, http=guarded_protocol(header_timeout=settings.header_timeout_seconds,
                                             max_connections=connections))
    server = uvicorn.Server(config)

    async def main() -> None:
        task = asyncio.create_task(server.serve())
        for _ in range(6000):  # start-up (migrations included) within 5 minutes
            if server.started or task.done():
                break
            await asyncio.sleep(0.05)
        if server.started:
            _deepen_listen_queues(server, 2048)
        await task

    with asyncio.Runner(loop_factory=config.get_loop_factory()) as runner:
        runner.run(main())
    return 0 if server.started else 1


def _deepen_listen_queues(server: Any, depth: int) -> None:
    """``listen(depth)`` again on the listening sockets (the loop keeps its small batch)."""
    import socket

    for listener in getattr(server, "servers", []):
        for wrapped in listener.sockets:
            try:
                dup = socket.fromfd(wrapped.fileno(), wrapped.family, wrapped.type)
            except OSError:
                continue
            try:
                dup.listen(depth)
            except OSError:
                pass
            finally:
                dup.close()
