"""The app factory: wires settings, store, clock, course and Slack into a :class:`Runtime`.

Example::

    runtime = build_runtime(Settings())
    await runtime.start()          # migrate, seed the course
    runtime.web                    # the ASGI app (POST /slack/events, GET /healthz)
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from app.config import Settings
from app.courses import NO_COURSE_TEXT, CourseRegistry, NoCourse
from app.deps import Deps
from app.runtime import Runtime
from app.tokens import StaticTokens, TokenSource
from app.web import create_web_app
from bot.answers import warm_up
from bot.clock import Clock, SystemClock
from bot.course import Course, load_course
from storage.db import Database

if TYPE_CHECKING:
    from app.installations import OAuthParts

logger = logging.getLogger("course_bot")


NOT_INSTALLED = ("course-bot is not installed in this workspace (any more). A workspace "
                 "admin can install it again from the install page.")


def create_client(settings: Settings) -> AsyncWebClient:
    """A Web API client for ``SLACK_API_URL`` that retries 429s, 5xx and dropped connections.

    In OAuth mode it carries no token: each request gets its workspace's (Bolt's authorize),
    and the worker asks ``Runtime.tokens``."""
    return AsyncWebClient(
        token=None if settings.oauth_enabled else settings.slack_bot_token or None,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=2),
            AsyncServerErrorRetryHandler(max_retry_count=2),
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
        ],
    )


def create_app(*, deps: Deps, client: AsyncWebClient, oauth: OAuthParts | None = None,
               courses: CourseRegistry | None = None) -> AsyncApp:
    """Build the Bolt app: every listener registered, ``deps`` injected into each context.

    ``process_before_response`` is on: listeners finish before the HTTP response, so a
    slash command's reply travels in the ack body and no listener outlives its request.
    With ``oauth`` (several workspaces), each request is answered with its workspace's
    token from the installation store, and ``app.oauth_flow`` serves the install pages.
    """
    import handlers
    from handlers import delivery

    extra: dict[str, Any] = {}
    if oauth is not None:
        extra = {"oauth_settings": oauth.settings, "authorize": oauth.authorize,
                 "installation_store_bot_only": True,
                 "user_facing_authorize_error_message": NOT_INSTALLED}
    app = AsyncApp(
        client=client,  # carries the bot token (single-workspace mode)
        signing_secret=deps.settings.slack_signing_secret,
        process_before_response=True,
        logger=logging.getLogger("course_bot.bolt"),
        **extra,
    )

    app.middleware(InjectDeps(deps) if courses is None else ResolveCourse(courses))
    delivery.register(app)  # drop Events API redeliveries (X-Slack-Retry-Num) before listeners
    handlers.register(app)
    return app


class InjectDeps(AsyncMiddleware):
    """Put ``deps`` into every request's context (a class: Bolt builds no kwargs for it)."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    async def async_process(self, *, req: Any, resp: Any, next: Any) -> Any:
        req.context["deps"] = self.deps
        return await next()


def _where(body: dict[str, Any]) -> tuple[str, str, str]:
    """The workspace, channel and user of a request body (command, event or interaction)."""
    def part(key: str) -> dict[str, Any]:
        value = body.get(key)
        return value if isinstance(value, dict) else {}

    event = part("event")
    team = body.get("team_id") or part("team").get("id") or part("user").get("team_id") or ""
    channel = body.get("channel_id") or part("channel").get("id") or event.get("channel") or ""
    user = body.get("user_id") or part("user").get("id") or event.get("user") or ""
    return str(team), str(channel), str(user)


class ResolveCourse(AsyncMiddleware):
    """Put the request's course's ``Deps`` into its context: the channel's course (bound
    with ``/course setup``), else the user's one or chosen course. A user in several
    courses who has not chosen is asked once, with one button per course."""

    PASS_THROUGH = ("setup", "use")
    """``/course`` verbs that pick a course themselves."""
    WORKSPACE_EVENTS = frozenset({"app_uninstalled", "tokens_revoked"})
    """Events about the workspace itself: handled whether or not it has a course yet."""

    def __init__(self, courses: CourseRegistry) -> None:
        self.courses = courses

    async def async_process(self, *, req: Any, resp: Any, next: Any) -> Any:
        from slack_bolt.response import BoltResponse

        from handlers import blocks
        from handlers.format import escape
        from handlers.render.course import CHOOSE_ACTION, choose_reply, course_labels

        body = req.body or {}
        team, channel, user = _where(body)
        actions = body.get("actions") or [{}]
        text = str(body.get("text") or "").strip().lower()
        if (str(actions[0].get("action_id", "")).startswith(CHOOSE_ACTION)
                or (body.get("event") or {}).get("type") in self.WORKSPACE_EVENTS
                or (body.get("command") == "/course"
                    and text.split(" ", 1)[0] in self.PASS_THROUGH)):
            req.context["deps"] = self.courses.default_deps
            return await next()
        found = await self.courses.resolve(team, channel, user)
        if isinstance(found, Deps):
            req.context["deps"] = found
            return await next()
        if isinstance(found, NoCourse):
            reply = blocks.text_reply(escape(NO_COURSE_TEXT))
            fallback: Deps | None = None
        else:
            reply = choose_reply(course_labels(found.courses))
            fallback = self.courses.deps(found.courses[0].id) or self.courses.default_deps
        event = body.get("event") or {}
        if body.get("command"):
            return BoltResponse(status=200, body={"response_type": "ephemeral",
                                                  **reply.as_ack()})
        if event.get("type") == "message" and not (event.get("subtype") or event.get("bot_id")):
            from bot.delivery import first_delivery

            event_id = str(body.get("event_id") or "")
            if event_id and not await first_delivery(
                    self.courses.db, course_id=(fallback or self.courses.default_deps
                                                ).course.id, event_id=event_id):
                return BoltResponse(status=200, body="")  # asked already: a redelivery
            await req.context.client.chat_postMessage(channel=event.get("channel") or user,
                                                      **reply.as_ack())
            return BoltResponse(status=200, body="")
        if fallback is None:  # no course in this workspace: nothing to show or change
            return BoltResponse(status=200, body="")
        req.context["deps"] = fallback  # Home, buttons: the first of the user's courses
        return await next()


def build_runtime(
    settings: Settings,
    *,
    clock: Clock | None = None,
    course: Course | None = None,
    db: Database | None = None,
    files: Sequence[Course] = (),
    per_workspace: bool | None = None,
    tokens: TokenSource | None = None,
) -> Runtime:
    """One bot, wired: deps, Web API client, Bolt app, ASGI web app, outbox wake-up.

    Example::

        runtime = build_runtime(Settings())
        await runtime.start()          # migrate, seed the course
        runtime.web                    # the ASGI app (POST /slack/events, GET /healthz)
    """
    course = course or load_course(settings.course_file or None)
    database, clock = db or Database(settings.database_url), clock or SystemClock()
    courses = CourseRegistry(settings, database, clock, default=course, files=tuple(files),
                             per_workspace=per_workspace)
    deps = courses.default_deps
    client = create_client(settings)
    oauth: OAuthParts | None = None
    if settings.oauth_enabled:  # imported only then: cryptography costs start-up time
        from app.installations import oauth_parts

        oauth = oauth_parts(settings, deps.db, client)
        courses.installer_of = installer_lookup(oauth)
    app = create_app(deps=deps, client=client, oauth=oauth, courses=courses)
    warm_up(course, now=deps.clock.now())  # the answer entries, built once
    if tokens is None:
        tokens = oauth.tokens if oauth is not None else StaticTokens(settings.slack_bot_token)
    runtime = Runtime(deps=deps, client=client, app=app, web=None,  # type: ignore[arg-type]
                      tokens=tokens, courses=courses)
    runtime.web = create_web_app(runtime)
    runtime._unwatch = watch_outbox(runtime.db, runtime.outbox_wake)
    return runtime


def installer_lookup(oauth: OAuthParts) -> Callable[[str], Awaitable[str | None]]:
    """Who installed the app in a workspace (may bind channels with ``/course setup``)."""

    async def installer_of(team_id: str) -> str | None:
        found = await oauth.store.async_find_installation(enterprise_id=None, team_id=team_id)
        return found.user_id if found is not None else None

    return installer_of


def watch_outbox(db: Database, wake: asyncio.Event) -> Callable[[], None]:
    """Set ``wake`` after each commit of ``db`` that wrote outbox rows; returns the undo.

    It reads the tables a session wrote (``storage.cache.TrackedSession`` records them
    and the query cache clears the record after the commit, so this listener goes first).
    """
    from sqlalchemy import event

    from storage.cache import TrackedSession

    cache_ref, wake_ref = weakref.ref(db.cache), weakref.ref(wake)  # never keep a bot alive
    loop: list[asyncio.AbstractEventLoop] = []

    def after_commit(session: Any) -> None:
        cache, woken = cache_ref(), wake_ref()
        if cache is None or woken is None or session.info.get("query_cache") is not cache:
            return
        if "outbox" not in session.info.get("touched_tables", ()):
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:  # a commit outside the loop's thread
            if loop:
                loop[0].call_soon_threadsafe(woken.set)
            return
        loop[:] = [running]
        woken.set()

    event.listen(TrackedSession, "after_commit", after_commit, insert=True)
    return lambda: event.remove(TrackedSession, "after_commit", after_commit)
