"""Wiring: the senders that talk to the Slack Web API, and the worker loop.

The domain engines (:mod:`bot.reminders`, :mod:`bot.outbox_engine`) never see Slack;
this module turns what they hand over into Web API calls and Slack's answer into a
:class:`~bot.sending.Delivery`. One loop (``course-bot worker``, and ``serve``'s
lifespan) runs both engines.

* 429: the reminder sender lets slack_sdk wait ``Retry-After`` and retry; the outbox
  sender hands ``Retry-After`` back to its engine, which requeues the message at that
  time without counting a failure.
* 5xx, timeouts, dropped connections: transient, requeued with backoff.
* ``channel_not_found``, ``not_in_channel``, ``user_not_found``, ``is_archived``,
  ``invalid_blocks`` and every other Slack error a retry cannot fix: failed, with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from aiohttp import ClientError, ClientSession, ClientTimeout
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.course import Course
from bot.outbox import FILE_UPLOAD, HOME_REFRESH
from bot.outbox_engine import Envelope, OutboxEngine
from bot.reminders import Outgoing, ReminderEngine, Roster
from bot.sending import Delivery, Pacing

if TYPE_CHECKING:
    from app.deps import Deps
    from app.runtime import Runtime
    from app.tokens import TokenSource

logger = logging.getLogger("course_bot.reminders")

PERMANENT_ERRORS = frozenset({
    "channel_not_found", "not_in_channel", "account_inactive", "cannot_dm_bot", "is_archived",
    "user_not_found", "user_disabled", "restricted_action", "invalid_auth", "not_authed",
    "token_revoked", "missing_scope", "msg_too_long", "invalid_blocks", "no_text",
})
TRANSIENT_ERRORS = frozenset({
    "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout",
})


def failure(exc: Exception) -> Delivery:
    """Slack's refusal (or a network fault) as a :class:`Delivery`: permanent or not."""
    if not isinstance(exc, SlackApiError):
        return Delivery(ok=False, error=f"{type(exc).__name__}: {exc}"[:200])
    status = exc.response.status_code
    data = exc.response.data if isinstance(exc.response.data, dict) else {}
    error = str(data.get("error") or f"HTTP {status}")
    if status == 429 or status >= 500 or error in TRANSIENT_ERRORS:
        retry = exc.response.headers.get("Retry-After") or exc.response.headers.get(
            "retry-after")
        if isinstance(retry, list):
            retry = retry[0] if retry else None
        try:
            after = float(retry) if retry else (1.0 if status == 429 else None)
        except ValueError:
            after = 1.0
        return Delivery(ok=False, error=error, retry_after=after)
    return Delivery(ok=False, error=error, permanent=True)


class _KeptAlive:
    """A Web API client with ``template``'s token and URL over one kept-alive session."""

    def __init__(self, template: AsyncWebClient, retry_handlers: list[Any] | None = None,
                 *, token: str | None = None) -> None:
        self.template = template
        self.token = token or template.token
        self.retry_handlers = (template.retry_handlers if retry_handlers is None
                               else retry_handlers)
        self._client: AsyncWebClient | None = None
        self._session: ClientSession | None = None

    def web(self) -> AsyncWebClient:
        if self._client is None:
            t = self.template
            self._session = ClientSession(timeout=ClientTimeout(total=t.timeout))
            self._client = AsyncWebClient(token=self.token, base_url=t.base_url,
                                          timeout=t.timeout,
                                          retry_handlers=self.retry_handlers,
                                          session=self._session)
        return self._client

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session, self._client = None, None


class OutboxSender(_KeptAlive):
    """Renders an outbox message and sends it: ``chat.postMessage`` to a channel or a user
    (Slack opens the DM), ``chat.postEphemeral`` when the rendering names a ``user``,
    ``views.publish`` for :data:`~bot.outbox.HOME_REFRESH`, ``files_upload_v2`` for
    :data:`~bot.outbox.FILE_UPLOAD`.

    Its client retries dropped connections only: 429s and 5xx go back to the engine,
    which requeues (so one slow answer never holds a whole batch).
    """

    def __init__(self, client: AsyncWebClient, deps: Deps, *, courses: Any = None,
                 tokens: TokenSource | None = None) -> None:
        super().__init__(client, [AsyncConnectionErrorRetryHandler(max_retry_count=1)])
        self.deps = deps
        self.courses, self.tokens = courses, tokens
        self._workspaces: dict[str, _KeptAlive] = {}

    async def _client_for(self, envelope: Envelope) -> tuple[AsyncWebClient, Deps] | Delivery:
        """The course's Deps and a kept-alive client with its workspace's bot token."""
        if self.courses is None or not envelope.course_id:
            return self.web(), self.deps
        deps = self.courses.deps(envelope.course_id)
        if deps is None:
            return Delivery(ok=False, permanent=True,
                            error=f"the course {envelope.course_id!r} is not served here")
        if self.tokens is None:
            return self.web(), deps
        token = await self.tokens.bot_token(self.courses.team_of(envelope.course_id))
        if not token:
            return Delivery(ok=False, permanent=True, error="no_token: workspace not installed")
        if token == self.template.token:
            return self.web(), deps
        kept = self._workspaces.get(token)
        if kept is None:
            kept = self._workspaces[token] = _KeptAlive(self.template, self.retry_handlers,
                                                        token=token)
        return kept.web(), deps

    async def aclose(self) -> None:
        for kept in self._workspaces.values():
            await kept.aclose()
        self._workspaces.clear()
        await super().aclose()

    async def __call__(self, envelope: Envelope) -> Delivery:
        from handlers.render import registry

        found = await self._client_for(envelope)
        if isinstance(found, Delivery):
            return found
        web, deps = found
        try:
            if envelope.kind == HOME_REFRESH:
                from handlers.home import publish_home

                await publish_home(web, deps, envelope.to)
                return Delivery(ok=True)
            if envelope.kind == FILE_UPLOAD:
                return await self._upload(web, envelope)
            try:
                args = dict(registry.render(envelope.kind, envelope.data, deps))
            except registry.UnknownKind:
                return Delivery(ok=False, permanent=True,
                                error=f"no renderer for the kind {envelope.kind!r}")
            except Exception as exc:  # a renderer that cannot say it will not on a retry
                logger.exception("outbox %s: rendering %s failed", envelope.id, envelope.kind)
                return Delivery(ok=False, permanent=True,
                                error=f"rendering failed: {type(exc).__name__}: {exc}"[:200])
            user = args.pop("user", None)
            if user:
                response = await web.chat_postEphemeral(channel=envelope.to, user=str(user),
                                                        **args)
                return Delivery(ok=True, ts=str(response.get("message_ts", "")))
            args.setdefault("unfurl_links", False)
            args.setdefault("unfurl_media", False)
            response = await web.chat_postMessage(channel=envelope.to, **args)
            return Delivery(ok=True, ts=str(response.get("ts", "")))
        except (SlackApiError, TimeoutError, ClientError, SlackClientError) as exc:
            return failure(exc)

    async def _upload(self, web: AsyncWebClient, envelope: Envelope) -> Delivery:
        data = envelope.data
        channel = envelope.to
        if channel.startswith(("U", "W")):  # files go to a conversation: open the DM
            opened = await web.conversations_open(users=channel)
            channel = str((opened.get("channel") or {}).get("id") or channel)
        response = await web.files_upload_v2(
            channel=channel, filename=str(data.get("filename") or "file.txt"),
            content=str(data.get("content") or ""), title=str(data.get("title") or ""),
            initial_comment=str(data.get("comment") or "") or None, request_file_info=False)
        files = response.get("files") or [response.get("file") or {}]
        return Delivery(ok=True, ts=str((files[0] or {}).get("id", "")) if files else "")


class SlackSender(_KeptAlive):
    """Posts reminders with ``client``'s settings over one kept-alive HTTP session.

    slack_sdk's retry handlers (those of ``client``) wait out 429s and retry 5xx first.
    """

    def __init__(self, client: AsyncWebClient, course: Course, *,
                 token: str | None = None) -> None:
        super().__init__(client, token=token)
        self.course = course

    async def __call__(self, message: Outgoing) -> Delivery:
        from handlers.render.reminders import reminder_post

        reply = reminder_post(message, self.course)
        try:
            response = await self.web().chat_postMessage(
                channel=message.target, text=reply.text, blocks=reply.blocks,
                unfurl_links=False, unfurl_media=False)
        except (SlackApiError, TimeoutError, ClientError, SlackClientError) as exc:
            return failure(exc)
        return Delivery(ok=True, ts=str(response.get("ts", "")))


def slack_sender(client: AsyncWebClient, course: Course, *,
                 token: str | None = None) -> SlackSender:
    """A sender posting with ``client``'s URL and retry handlers, and ``token`` (the
    course's workspace's bot token; default ``client``'s)."""
    return SlackSender(client, course, token=token)


def course_roster(runtime: Runtime, deps: Deps | None = None,
                  client: AsyncWebClient | None = None) -> Roster:
    """The students, for team nudges: the course channel's members plus everyone the bot
    has met, minus staff, bots and deactivated accounts. Raises when the channel cannot be
    read, so a Slack hiccup never shrinks the roster (the engine keeps the last one)."""

    course = deps or runtime.deps

    async def roster() -> list[str]:
        from handlers.slack_people import channel_roster, workspace_people
        from storage.repos import teams as team_repo

        web = client or runtime.client
        people = await workspace_people(web)
        members, warning = await channel_roster(web, course.course_channel_id, people)
        if warning and course.course_channel_id:
            raise RuntimeError(warning)
        async with runtime.db.session() as session:
            seen = await team_repo.seen_users(session=session, course_id=course.course.id)
        staff = set(course.configured_staff_ids())
        bots = {u for u, info in people.items() if info.get("is_bot") or info.get("deleted")}
        return [u for u in dict.fromkeys([*members, *seen]) if u not in staff | bots]

    return roster


def build_engine(runtime: Runtime, *, worker_id: str | None = None,
                 deps: Deps | None = None, token: str | None = None) -> ReminderEngine:
    """The reminder engine of a running bot for one course (default: its first), posting
    with ``token`` (default: the client's)."""
    settings = runtime.settings
    deps = deps or runtime.deps
    sender = slack_sender(runtime.client, deps.course, token=token)
    return ReminderEngine(runtime.db, deps.course, sender=sender,
                          channel_id=deps.course_channel_id,
                          pacing=Pacing.from_settings(settings), worker_id=worker_id,
                          roster=course_roster(runtime, deps, sender.web() if token else None))


def _served(runtime: Runtime) -> list[Deps]:
    """Every course the worker serves: the registry's, or the runtime's one course."""
    courses = getattr(runtime, "courses", None)
    return courses.all() if courses is not None else [runtime.deps]


class AllReminders:
    """One reminder pass over every course: an engine per course, each posting with its
    workspace's token (a kept-alive client per token), sharing one pace.

    A pass over several courses costs two queries plus the work of the courses that
    changed or have reminders due: ONE query finds the courses whose plan inputs changed
    (``course.plan_version``, bumped by database triggers in the changing transaction,
    ahead of ``planned_version``), only those re-plan, then ONE query finds the courses
    with reminders due and only their engines claim and send. Each course's roster (team
    nudges, before the team lock only) is re-read every ``ROSTER_TTL`` seconds.
    A course added since (``/course setup``) gets its engine, and its first plan, at the
    next pass."""

    def __init__(self, runtime: Runtime, *, worker_id: str | None = None) -> None:
        self.runtime = runtime
        self.first = build_engine(runtime, worker_id=worker_id)
        self.worker_id = self.first.worker_id
        self.pacer = self.first.pacer
        self.engines: dict[tuple[str, str | None], ReminderEngine] = {}

    async def engines_now(self) -> list[ReminderEngine]:
        courses = getattr(self.runtime, "courses", None)
        found = []
        for deps in _served(self.runtime):
            team = courses.team_of(deps.course.id) if courses is not None else None
            token = await self.runtime.tokens.bot_token(team)
            if not token and team is not None:
                continue  # not (or no longer) installed: its reminders wait
            if deps is self.runtime.deps and (token or "") == (self.runtime.client.token or ""):
                engine = self.first
            else:
                kept = self.engines.get((deps.course.id, token))
                if kept is None:
                    kept = build_engine(self.runtime, worker_id=self.worker_id, deps=deps,
                                          token=token)
                    kept.pacer = self.pacer
                    self.engines[(deps.course.id, token)] = kept
                engine = kept
            found.append(engine)
        return found

    async def run_pass(self, *, now: Any, stop: asyncio.Event | None = None) -> list[Any]:
        """One course: its engine's pass, as before. Several: ONE query finds the courses
        whose plan inputs changed and only those re-plan, then ONE query finds the courses
        with reminders due, and only their engines claim and send."""
        from bot.reminders.engine import PassReport
        from storage.repos import reminders as plan_repo

        engines = await self.engines_now()
        if len(engines) == 1:
            return [await engines[0].run_pass(now=now, stop=stop)]
        planned: dict[str, Any] = {}
        ids = [e.course.id for e in engines]
        async with self.runtime.db.session() as session:  # ONE query: the changed courses
            versions = await plan_repo.plans_to_make(session=session, course_ids=ids)
            first = [e.course.id for e in engines
                     if not e.planned and e.course.id not in versions]
            if first:  # this process's first pass over these courses (startup, new course)
                versions.update(await plan_repo.plan_versions(session=session,
                                                              course_ids=first))
        for engine in engines:
            version = versions.get(engine.course.id)
            if version is None and not engine.planned:
                version = 0  # no course row (a course never loaded): plan it once anyway
            try:
                planned[engine.course.id] = await engine.plan_marked(now, version)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("reminder plan of %s failed", engine.course.id)
        async with self.runtime.db.session() as session:
            due = await plan_repo.due_courses(session=session, course_ids=ids,
                                              now=now, wall=self.first.wall_clock())
        reports = []
        for engine in engines:
            if engine.course.id not in due:
                if planned.get(engine.course.id) is not None:
                    reports.append(PassReport(now=now, course_id=engine.course.id,
                                              plan=planned[engine.course.id]))
                continue
            try:
                report = await engine.run_pass(now=now, plan=False, stop=stop)
                report.plan = planned.get(engine.course.id)
                reports.append(report)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("reminder pass of %s failed", engine.course.id)
        return reports

    async def run_forever(self, *, clock: Any, interval: float, stop: asyncio.Event) -> None:
        while not stop.is_set():
            for report in await self.run_pass(now=clock.now(), stop=stop):
                if report.outcomes or report.expired or report.superseded:
                    logger.info("reminders: %s", report.summary())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=interval)

    async def aclose(self) -> None:
        await self.first.aclose()
        for engine in self.engines.values():
            await engine.aclose()


def build_outbox_engine(runtime: Runtime, *, worker_id: str | None = None,
                        pacing: Pacing | None = None, **kwargs: Any) -> OutboxEngine:
    """The outbox delivery engine of a running bot (renderers loaded once)."""
    from handlers.render import registry

    registry.load_all()
    courses = getattr(runtime, "courses", None)
    if courses is None or len(courses.all()) == 1:  # one course: exactly as before
        return OutboxEngine(runtime.db, runtime.deps.course,
                            sender=OutboxSender(runtime.client, runtime.deps),
                            pacing=pacing or Pacing.from_settings(runtime.settings),
                            worker_id=worker_id, **kwargs)
    return OutboxEngine(runtime.db, runtime.deps.course,
                        sender=OutboxSender(runtime.client, runtime.deps, courses=courses,
                                            tokens=runtime.tokens),
                        pacing=pacing or Pacing.from_settings(runtime.settings),
                        worker_id=worker_id,
                        course_ids=lambda: [d.course.id for d in courses.all()], **kwargs)


OUTBOX_POLL_SECONDS = 5.0
"""The longest the outbox loop sleeps with nothing due (a commit in this process, or a
retry falling due, wakes it sooner; other processes' commits are seen within this)."""


OFFICE_HOURS_SECONDS = 60.0


async def run_office_hours(runtime: Runtime, *, stop: asyncio.Event, interval: float) -> None:
    """Open and close the scheduled office-hours sessions (``bot.office_hours.tick``)
    about once a minute, until ``stop`` is set; a failed pass is logged and retried."""
    from bot.office_hours import tick

    while not stop.is_set():
        for deps in _served(runtime):
            try:
                report = await tick(deps.db, deps.course, now=deps.clock.now())
                if report.opened or report.closed:
                    logger.info("office hours %s: %s", deps.course.id, report)
            except Exception:
                logger.exception("office-hours pass of %s failed; trying again",
                                 deps.course.id)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)


async def run_worker(runtime: Runtime, stop: asyncio.Event, *,
                     outbox: OutboxEngine | None = None) -> None:
    """The loop of ``course-bot worker`` and ``serve``: reminders and the outbox, until
    ``stop`` is set. A commit that queued messages in this process wakes the outbox side
    at once (:meth:`Runtime.outbox_wake`)."""
    engine = AllReminders(runtime)
    outbox = outbox or build_outbox_engine(runtime, worker_id=engine.worker_id)
    outbox.pacer = engine.pacer  # one ceiling, and one pace per channel, for both engines
    interval = runtime.settings.reminder_interval_seconds
    logger.info("worker %s: reminders every %ss, the outbox as messages are queued",
                engine.worker_id, interval)
    loops = [
        engine.run_forever(clock=runtime.deps.clock, interval=interval, stop=stop),
        outbox.run_forever(interval=min(interval, OUTBOX_POLL_SECONDS), stop=stop,
                           wake=runtime.outbox_wake),
        run_office_hours(runtime, stop=stop, interval=min(interval, OFFICE_HOURS_SECONDS))]
    if runtime.settings.oauth_enabled:  # uninstalled workspaces' data, after the grace period
        from app.installations import run_purges

        loops.append(run_purges(runtime, stop=stop))
    try:
        await asyncio.gather(*loops)
    finally:
        await engine.aclose()
        await outbox.aclose()
