"""Several workspaces: install by OAuth through ``/slack/install`` → ``/slack/oauth_redirect``
against the Slack stand-in (two workspaces, each its own bot token), answers with each
workspace's token, uninstall, the grace period, encryption at rest, token rotation.

Runs on SQLite, and on PostgreSQL with ``TEST_DATABASE_URL`` (the ``db`` fixture)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import text

from app.config import Settings
from app.factory import NOT_INSTALLED, build_runtime
from app.installations import DEFAULT_SCOPES, InstallationTokens, TokenCipher
from app.offline import slack_requests as sr
from app.offline.fake_slack import FakeSlack
from bot import workspaces
from bot.clock import FrozenClock
from bot.course import Course
from storage.db import Database
from storage.models import AuditLog, CourseRow, Deadline
from storage.types import utcnow
from tests.conftest import CHANNEL, STAFF
from tests.slack import SlackTestClient

# slack_sdk's oauth.v2.access call uses aiohttp's BasicAuth, which aiohttp now deprecates
pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
KEY = Fernet.generate_key().decode()
CLIENT_ID, CLIENT_SECRET = "1111.2222", "oauth-client-secret"
MANIFEST = json.loads((Path(__file__).resolve().parents[1] / "manifest.json").read_text())


@pytest.fixture
def oauth_settings(db: Database, slack: FakeSlack) -> Settings:
    slack.client_id, slack.client_secret = CLIENT_ID, CLIENT_SECRET
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=db.url, slack_api_url=slack.api_url, slack_bot_token="",
        slack_signing_secret="test-signing-secret", course_channel_id=CHANNEL,
        staff_user_ids=frozenset({STAFF}), slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET, token_encryption_key=KEY,
        uninstall_grace_days=30)


@pytest.fixture
async def app(oauth_settings: Settings, clock: FrozenClock, course: Course, db: Database,
              slack: FakeSlack) -> AsyncIterator[SlackTestClient]:
    """The bot in OAuth mode, over https (the state cookie is ``Secure``)."""
    runtime = build_runtime(oauth_settings, clock=clock, course=course, db=db)
    await runtime.start()
    transport = httpx.ASGITransport(app=runtime.web)
    async with httpx.AsyncClient(transport=transport, base_url="https://bot") as http:
        yield SlackTestClient(runtime, slack, http)


async def start_install(app: SlackTestClient) -> str:
    """Open /slack/install; return the ``state`` of the Slack authorize link it shows."""
    page = await app.http.get("/slack/install")
    assert page.status_code == 200, page.text
    link = re.search(r'href="([^"]+/oauth/v2/authorize\?[^"]+)"', page.text)
    assert link is not None, page.text
    query = parse_qs(urlparse(link.group(1).replace("&amp;", "&")).query)
    assert query["client_id"] == [CLIENT_ID]
    assert query["scope"][0].split(",") == list(DEFAULT_SCOPES)
    assert link.group(1).startswith(app.slack.base_url)  # Slack's address follows SLACK_API_URL
    return query["state"][0]


async def install(app: SlackTestClient, team_id: str, *, setup: bool = True) -> httpx.Response:
    """Install into ``team_id``; then (``setup``) its installer binds the course channel to
    the shipped course with ``/course setup``, as a new workspace's staff would."""
    state = await start_install(app)
    workspace = app.slack.workspaces[team_id]
    done = await app.http.get("/slack/oauth_redirect",
                              params={"code": workspace.code, "state": state})
    if setup and done.status_code == 200:
        bound = await command(app, team_id, "/course", "setup cs598-fall2021",
                              user_id=workspace.installer, channel_id=CHANNEL)
        assert bound.status_code == 200, bound.text
        assert "cs598" in app.text(bound).lower(), app.text(bound)
    return done


async def command(app: SlackTestClient, team_id: str, name: str, text_: str = "",
                  user_id: str = "U0STUDENT", channel_id: str | None = None) -> httpx.Response:
    body = sr.command_body(command=name, text=text_, user_id=user_id, team_id=team_id,
                           channel_id=channel_id,
                           response_url=app.slack.response_url(team_id))
    return await app.post(body)


async def event(app: SlackTestClient, team_id: str, payload: dict[str, object]) -> httpx.Response:
    workspace = app.slack.workspaces.get(team_id)
    body = sr.event_body(payload, team_id=team_id,
                         bot_user_id=workspace.bot_user_id if workspace else "U0BOT")
    return await app.post(body, content_type="application/json")


def dm(user_id: str, text_: str) -> dict[str, object]:
    return sr.message_event(user_id=user_id, text=text_)


def home_opened(user_id: str) -> dict[str, object]:
    return {"type": "app_home_opened", "user": user_id, "channel": sr.dm_channel(user_id),
            "tab": "home", "event_ts": "1.000001"}


async def raw(db: Database, sql: str, **params: object) -> list[tuple]:
    async with db.engine.connect() as conn:
        return [tuple(r) for r in await conn.execute(text(sql), params)]


# ----------------------------------------------------------------------------- install
async def test_install_two_workspaces_and_each_is_answered_with_its_own_token(
        app: SlackTestClient, slack: FakeSlack, db: Database) -> None:
    t1, t2 = slack.add_workspace("T1"), slack.add_workspace("T2")
    for team in ("T1", "T2"):
        done = await install(app, team)
        assert done.status_code == 200, done.text
    exchanged = slack.calls_to("oauth.v2.access")
    assert [c.params["code"] for c in exchanged] == ["code-T1", "code-T2"]
    # by the flow (and by the first request of each workspace, its /course setup)
    assert list(dict.fromkeys(slack.tokens_used("auth.test"))) == [t1.bot_token, t2.bot_token]
    assert await raw(db, "SELECT team_id, status FROM slack_workspace ORDER BY team_id") == [
        ("T1", "installed"), ("T2", "installed")]

    slack.reset_calls()
    for team in ("T1", "T2"):  # a slash command, a DM, the Home tab, from each workspace
        response = await command(app, team, "/deadlines")
        assert response.status_code == 200 and "Upcoming deadlines" in app.text(response)
        assert (await event(app, team, dm("U0STUDENT", "when is the proposal due"))
                ).status_code == 200
        assert (await event(app, team, home_opened("U0STUDENT"))).status_code == 200
    assert slack.tokens_used("chat.postMessage") == [t1.bot_token, t2.bot_token]
    assert slack.tokens_used("views.publish") == [t1.bot_token, t2.bot_token]
    # Bolt checks each token once per process (auth.test, during each workspace's
    # /course setup above), then answers from its cache
    assert slack.tokens_used("auth.test") == []

    slack.add_user("U0ADA", name="ada")
    slack.reset_calls()
    for team in ("T1", "T2"):  # users.info on an invitee, during the ack
        await command(app, team, "/team", "register <@U0ADA> Flow Matchers", user_id=f"U{team}S")
    assert slack.tokens_used("users.info") == [t1.bot_token, t2.bot_token]

    tokens = app.runtime.tokens
    assert isinstance(tokens, InstallationTokens)
    assert await tokens.bot_token("T1") == t1.bot_token
    assert await tokens.bot_token("T2") == t2.bot_token
    assert await tokens.bot_token("T9") is None
    assert await tokens.bot_token(None) is None  # no SLACK_BOT_TOKEN in pure OAuth mode


async def test_the_state_parameter_is_checked(app: SlackTestClient, slack: FakeSlack,
                                              db: Database) -> None:
    slack.add_workspace("T1")
    state = await start_install(app)
    app.http.cookies.clear()  # from here on, each request says which cookie it carries

    async def back(state_: str | None, cookie: str | None) -> httpx.Response:
        params = {"code": slack.workspaces["T1"].code}
        if state_ is not None:
            params["state"] = state_
        headers = {"Cookie": f"slack-app-oauth-state={cookie}"} if cookie else {}
        return await app.http.get("/slack/oauth_redirect", params=params, headers=headers)

    assert (await back(None, state)).status_code == 400  # no state
    assert (await back(state, None)).status_code == 400  # another browser (no cookie)
    assert (await back(state, "other")).status_code == 400  # another browser's cookie
    forged = "forged-state-value"
    assert (await back(forged, forged)).status_code == 401  # never issued
    assert slack.calls_to("oauth.v2.access") == []  # the code was never exchanged

    assert (await back(state, state)).status_code == 200
    slack.workspaces["T1"].code = "code-T1-again"
    assert (await back(state, state)).status_code == 401  # the same state, used again
    assert len(slack.calls_to("oauth.v2.access")) == 1
    assert await raw(db, "SELECT count(*) FROM oauth_state") == [(0,)]


async def test_a_bad_code_installs_nothing(app: SlackTestClient, slack: FakeSlack,
                                           db: Database) -> None:
    state = await start_install(app)
    failed = await app.http.get("/slack/oauth_redirect", params={"code": "nope", "state": state})
    assert failed.status_code >= 400
    assert await raw(db, "SELECT count(*) FROM slack_bot") == [(0,)]


async def test_one_workspace_mode_has_no_install_page(bot: SlackTestClient) -> None:
    page = await bot.http.get("/slack/install")
    assert page.status_code == 404 and "SLACK_BOT_TOKEN" in page.text


# ----------------------------------------------------------------------------- uninstall
async def test_uninstall_removes_that_workspace_tokens_and_the_other_keeps_working(
        app: SlackTestClient, slack: FakeSlack, db: Database) -> None:
    t1, t2 = slack.add_workspace("T1"), slack.add_workspace("T2")
    await install(app, "T1")
    await install(app, "T2")
    gone = await event(app, "T1", {"type": "app_uninstalled", "event_ts": "1.000002"})
    assert gone.status_code == 200
    assert await raw(db, "SELECT team_id FROM slack_bot") == [("T2",)]
    assert await raw(db, "SELECT team_id FROM slack_installation") == [("T2",)]
    status = await raw(db, "SELECT status, purge_after FROM slack_workspace "
                       "WHERE team_id = 'T1'")
    assert status[0][0] == "uninstalled" and status[0][1] is not None

    slack.reset_calls()
    refused = await command(app, "T1", "/deadlines")
    assert refused.status_code == 200 and "Upcoming deadlines" not in refused.text
    said = [c.params.get("text", "") for c in slack.calls_to("response_url")]
    assert said == [NOT_INSTALLED]
    await event(app, "T1", dm("U0STUDENT", "when is the proposal due"))
    assert slack.calls_to("chat.postMessage") == []  # no token for T1 any more
    assert await app.runtime.tokens.bot_token("T1") is None

    answered = await command(app, "T2", "/deadlines")
    assert "Upcoming deadlines" in app.text(answered)
    await event(app, "T2", dm("U0STUDENT", "when is the proposal due"))
    assert slack.tokens_used("chat.postMessage") == [t2.bot_token]
    assert t1.bot_token not in {c.token for c in slack.calls}


async def test_tokens_revoked_either_order_and_user_tokens_only(
        app: SlackTestClient, slack: FakeSlack, db: Database) -> None:
    slack.add_workspace("T1")
    slack.add_workspace("T2")
    await install(app, "T1")
    await install(app, "T2")
    # only an installer's user token revoked: the bot stays
    await event(app, "T1", {"type": "tokens_revoked", "tokens": {"oauth": ["U0ADMIN"]}})
    assert await raw(db, "SELECT team_id FROM slack_bot ORDER BY team_id") == [("T1",), ("T2",)]
    assert await raw(db, "SELECT team_id FROM slack_installation") == [("T2",)]
    # the bot's token revoked, then app_uninstalled: one uninstall, the first date kept
    await event(app, "T1", {"type": "tokens_revoked", "tokens": {"bot": ["U0BOTT1"]}})
    first = await raw(db, "SELECT purge_after FROM slack_workspace WHERE team_id = 'T1'")
    app.runtime.deps.clock.set(app.runtime.deps.clock.now() + timedelta(days=2))  # type: ignore[attr-defined]
    await event(app, "T1", {"type": "app_uninstalled"})
    assert await raw(db, "SELECT purge_after FROM slack_workspace WHERE team_id = 'T1'") == first
    assert await raw(db, "SELECT team_id FROM slack_bot") == [("T2",)]
    # the other order: app_uninstalled first, then tokens_revoked for the bot
    await event(app, "T2", {"type": "app_uninstalled"})
    second = await raw(db, "SELECT purge_after FROM slack_workspace WHERE team_id = 'T2'")
    app.runtime.deps.clock.set(app.runtime.deps.clock.now() + timedelta(days=2))  # type: ignore[attr-defined]
    await event(app, "T2", {"type": "tokens_revoked", "tokens": {"bot": ["U0BOTT2"]}})
    assert await raw(db, "SELECT purge_after FROM slack_workspace WHERE team_id = 'T2'") == second
    assert await raw(db, "SELECT count(*) FROM slack_bot") == [(0,)]
    assert await raw(db, "SELECT count(*) FROM slack_installation") == [(0,)]


async def _course_copy(db: Database, course_id: str, team_id: str) -> None:
    async with db.session() as session:
        session.add(CourseRow(id=course_id, team_id=team_id, code="CS 598", title="copy",
                              term="Fall 2021", timezone="America/Chicago", content_hash="x"))
        await session.flush()
        session.add(Deadline(course_id=course_id, key="proposal", title="Proposal",
                             due_at=utcnow()))
        session.add(AuditLog(course_id=course_id, actor="U1", action="team.registered"))


async def test_course_data_goes_after_the_grace_period_and_a_reinstall_keeps_it(
        app: SlackTestClient, slack: FakeSlack, db: Database,
        caplog: pytest.LogCaptureFixture) -> None:
    for team in ("T1", "T2"):
        slack.add_workspace(team)
        await install(app, team, setup=False)  # a course copy of known size instead
        await _course_copy(db, f"cs598-{team.lower()}", team)
    now = app.runtime.deps.clock.now()
    await event(app, "T1", {"type": "app_uninstalled"})
    await event(app, "T2", {"type": "app_uninstalled"})
    slack.workspaces["T2"].code = "code-T2-again"
    assert (await install(app, "T2", setup=False)).status_code == 200  # back within grace

    assert await workspaces.purge_due(db, now=now + timedelta(days=29)) == []  # not yet
    with caplog.at_level(logging.INFO, logger="course_bot.workspaces"):
        done = await workspaces.purge_due(db, now=now + timedelta(days=31))
    assert [p.team_id for p in done] == ["T1"]
    assert done[0].rows == {"course": 1, "deadline": 1, "audit_log": 1}
    assert any("workspace T1: course data deleted" in r.getMessage() for r in caplog.records)
    assert await raw(db, "SELECT id FROM course WHERE team_id IS NOT NULL") == [("cs598-t2",)]
    assert await raw(db, "SELECT course_id FROM deadline WHERE course_id LIKE 'cs598-t%'") == [
        ("cs598-t2",)]
    # the shipped course (no workspace) is untouched
    assert await raw(db, "SELECT count(*) FROM course WHERE team_id IS NULL") == [(1,)]
    assert await raw(db, "SELECT team_id, status FROM slack_workspace ORDER BY team_id") == [
        ("T1", "purged"), ("T2", "installed")]
    assert await workspaces.purge_due(db, now=now + timedelta(days=400)) == []  # once


# ----------------------------------------------------------------------------- at rest
async def test_tokens_are_not_readable_without_the_key(app: SlackTestClient, slack: FakeSlack,
                                                       db: Database) -> None:
    t1 = slack.add_workspace("T1", rotating=True, expires_in=86400)
    await install(app, "T1")
    [(stored, refresh)] = await raw(db, "SELECT bot_token, bot_refresh_token FROM slack_bot")
    everything = " ".join(str(v) for row in await raw(db, "SELECT * FROM slack_bot")
                          for v in row)
    assert "xoxb-" not in everything and "xoxe-" not in everything
    assert t1.bot_token not in everything
    assert TokenCipher(KEY).decrypt(stored) == t1.bot_token
    assert TokenCipher(KEY).decrypt(refresh) == t1.refresh_token
    with pytest.raises(InvalidToken):
        TokenCipher(Fernet.generate_key().decode()).decrypt(stored)


def test_a_bad_key_is_refused_at_once() -> None:
    for bad in ("", "not-a-key", "short=="):
        with pytest.raises(ValueError, match="TOKEN_ENCRYPTION_KEY"):
            TokenCipher(bad)
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    stored = TokenCipher(old).encrypt("xoxb-1")
    assert TokenCipher(f"{new},{old}").decrypt(stored) == "xoxb-1"  # a key rotated in


@pytest.mark.parametrize("key,said", [("", "TOKEN_ENCRYPTION_KEY is not set"),
                                      ("nope", "not a valid Fernet key")])
def test_oauth_mode_will_not_start_without_a_valid_key(
        key: str, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    monkeypatch.chdir(tmp_path)
    for name, value in {"SLACK_CLIENT_ID": CLIENT_ID, "SLACK_CLIENT_SECRET": CLIENT_SECRET,
                        "TOKEN_ENCRYPTION_KEY": key, "SLACK_SIGNING_SECRET": "s",
                        "SLACK_BOT_TOKEN": "",
                        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}.items():
        monkeypatch.setenv(name, value)
    for command in ("serve", "worker", "remind"):
        assert main([command]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and said in err and "Traceback" not in err
        assert "SLACK_BOT_TOKEN" not in err  # OAuth mode needs no bot token


def test_default_scopes_are_the_manifest_s() -> None:
    assert list(DEFAULT_SCOPES) == MANIFEST["oauth_config"]["scopes"]["bot"]
    assert MANIFEST["oauth_config"]["redirect_urls"][0].endswith("/slack/oauth_redirect")


# ----------------------------------------------------------------------------- rotation
async def test_tokens_rotate_in_requests_and_for_the_worker(
        app: SlackTestClient, slack: FakeSlack, db: Database) -> None:
    # a token that expires within the 2-hour margin is rotated before it is used
    t3 = slack.add_workspace("T3", rotating=True, expires_in=3600)
    await install(app, "T3", setup=False)  # no request yet after the install
    first = t3.bot_token
    slack.reset_calls()
    await event(app, "T3", dm("U0STUDENT", "when is the proposal due"))
    refreshes = slack.calls_to("oauth.v2.access")
    assert refreshes and refreshes[0].params["grant_type"] == "refresh_token"
    [used] = slack.tokens_used("chat.postMessage")
    assert used != first and used == t3.tokens[len(refreshes)]
    [(stored,)] = await raw(db, "SELECT bot_token FROM slack_bot WHERE team_id = 'T3'")
    assert TokenCipher(KEY).decrypt(stored) == t3.bot_token  # the rotated token was saved

    token = await app.runtime.tokens.bot_token("T3")  # the worker's way
    assert token == t3.bot_token and token not in (first, used)
    [(stored,)] = await raw(db, "SELECT bot_token FROM slack_bot WHERE team_id = 'T3'")
    assert TokenCipher(KEY).decrypt(stored) == token


async def test_a_token_far_from_expiry_is_not_rotated(app: SlackTestClient,
                                                       slack: FakeSlack) -> None:
    t4 = slack.add_workspace("T4", rotating=True, expires_in=12 * 3600)
    await install(app, "T4")
    slack.reset_calls()
    await event(app, "T4", dm("U0STUDENT", "when is the proposal due"))
    assert await app.runtime.tokens.bot_token("T4") == t4.bot_token
    assert slack.calls_to("oauth.v2.access") == []
    assert slack.tokens_used("chat.postMessage") == [t4.bot_token]


async def test_an_expired_state_is_refused(app: SlackTestClient, slack: FakeSlack,
                                           db: Database) -> None:
    slack.add_workspace("T1")
    state = await start_install(app)
    async with db.engine.begin() as conn:  # ten minutes later
        await conn.execute(text("UPDATE oauth_state SET expires_at = :at"),
                           {"at": (utcnow() - timedelta(seconds=1)).replace(tzinfo=None)
                            if db.is_sqlite else utcnow() - timedelta(seconds=1)})
    late = await app.http.get("/slack/oauth_redirect", params={"code": "code-T1",
                                                                "state": state})
    assert late.status_code == 401
    assert slack.calls_to("oauth.v2.access") == []


async def test_the_worker_purges_after_the_grace_period(app: SlackTestClient,
                                                        slack: FakeSlack, db: Database) -> None:
    import asyncio

    from app.installations import run_purges

    slack.add_workspace("T1")
    await install(app, "T1")
    await _course_copy(db, "cs598-t1", "T1")
    await event(app, "T1", {"type": "app_uninstalled"})
    clock = app.runtime.deps.clock
    clock.set(clock.now() + timedelta(days=30, minutes=1))  # type: ignore[attr-defined]
    stop = asyncio.Event()
    loop = asyncio.create_task(run_purges(app.runtime, stop=stop, interval=0.05))
    for _ in range(100):
        if await raw(db, "SELECT status FROM slack_workspace") == [("purged",)]:
            break
        await asyncio.sleep(0.05)
    stop.set()
    await loop
    assert await raw(db, "SELECT count(*) FROM course WHERE team_id = 'T1'") == [(0,)]


async def test_one_workspace_mode_ignores_uninstall_events(bot: SlackTestClient,
                                                           db: Database) -> None:
    response = await bot.event({"type": "app_uninstalled"})
    assert response.status_code == 200
    assert await raw(db, "SELECT count(*) FROM slack_workspace") == [(0,)]
    answered = await bot.command("/deadlines")
    assert "Upcoming deadlines" in bot.text(answered)


async def test_lookups_are_cached_until_a_save_or_delete(app: SlackTestClient, slack: FakeSlack,
                                                         db: Database) -> None:
    from slack_sdk.oauth.installation_store import Bot
    from sqlalchemy import event as sa_event

    slack.add_workspace("T1")
    await install(app, "T1")
    store = app.runtime.app.installation_store
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    sa_event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    try:
        for _ in range(50):
            found = await store.async_find_bot(enterprise_id=None, team_id="T1")
            assert found is not None and found.bot_token == "xoxb-T1-1"
        assert len([s for s in statements if "slack_bot" in s]) <= 1
        fresh = Bot(**{**found.to_dict_for_copying(), "bot_token": "xoxb-T1-9"})
        await store.async_save_bot(fresh)
        found = await store.async_find_bot(enterprise_id=None, team_id="T1")
        assert found is not None and found.bot_token == "xoxb-T1-9"  # seen at once
        await store.async_delete_all(enterprise_id=None, team_id="T1")
        assert await store.async_find_bot(enterprise_id=None, team_id="T1") is None
    finally:
        sa_event.remove(db.engine.sync_engine, "before_cursor_execute", count)
