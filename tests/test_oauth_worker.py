"""The worker across workspaces installed by OAuth: two workspaces installed through
``/slack/install`` → ``/slack/oauth_redirect``, a course set up in each by its installer;
one reminder pass and one outbox delivery post to each with that workspace's own token;
after ``app_uninstalled`` for one, nothing more goes to it (its queued messages fail with
the reason) and the other keeps working. SQLite and PostgreSQL (``TEST_DATABASE_URL``)."""

from __future__ import annotations

import pytest

from app.offline.fake_slack import FakeSlack
from app.worker import AllReminders, build_outbox_engine
from storage.db import Database
from tests.conftest import CHANNEL, chicago
from tests.slack import SlackTestClient
from tests.test_oauth import app, command, event, install, oauth_settings, raw  # noqa: F401

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


async def deliver(app: SlackTestClient) -> None:  # noqa: F811
    engine = build_outbox_engine(app.runtime)
    try:
        await engine.drain(within=5)
    finally:
        await engine.aclose()


async def test_the_worker_posts_each_workspace_with_its_token_until_it_uninstalls(
        app: SlackTestClient, slack: FakeSlack, db: Database) -> None:  # noqa: F811
    t1, t2 = slack.add_workspace("T1"), slack.add_workspace("T2")
    for team in ("T1", "T2"):
        assert (await install(app, team)).status_code == 200
    slack.add_user("U0ADA", name="ada")
    reminders = AllReminders(app.runtime)
    try:
        await reminders.run_pass(now=chicago(2021, 8, 20))  # plans each copy, nothing due
        slack.reset_calls()
        sent = await reminders.run_pass(now=chicago(2021, 9, 10, 23, 59))  # team, 7 days
        assert {(r.course_id, o.target) for r in sent for o in r.sent} == {
            ("cs598-fall2021~T1", CHANNEL), ("cs598-fall2021~T2", CHANNEL)}
        assert sorted(slack.tokens_used("chat.postMessage")) == sorted(
            [t1.bot_token, t2.bot_token])

        slack.reset_calls()  # an invitation from each workspace: the outbox, its token
        for team in ("T1", "T2"):
            await command(app, team, "/team", "register <@U0ADA> Flow Matchers",
                          user_id=f"U{team}S")
        await deliver(app)
        assert sorted(set(slack.tokens_used("chat.postMessage"))) == sorted(
            [t1.bot_token, t2.bot_token])

        # T1 queues one more message, then uninstalls before the worker delivers it
        await command(app, "T1", "/team", "register <@U0ADA> Score Matchers",
                      user_id="UT1X")
        assert (await event(app, "T1", {"type": "app_uninstalled", "event_ts": "1.000002"})
                ).status_code == 200
        await command(app, "T2", "/team", "register <@U0ADA> Score Matchers",
                      user_id="UT2X")
        slack.reset_calls()
        await deliver(app)
        failed = await raw(db, "SELECT status, error FROM outbox WHERE course_id = :c "
                           "AND status <> 'sent'", c="cs598-fall2021~T1")
        assert failed and all(status == "failed" and "no_token" in error
                              for status, error in failed)
        assert set(slack.tokens_used("chat.postMessage")) == {t2.bot_token}

        slack.reset_calls()  # the next reminders: T2's only; T1's wait (nothing posted)
        later = await reminders.run_pass(now=chicago(2021, 9, 16, 23, 59))
        assert {r.course_id for r in later if r.sent} == {"cs598-fall2021~T2"}
        assert slack.tokens_used("chat.postMessage")
        assert set(slack.tokens_used("chat.postMessage")) == {t2.bot_token}
        assert t1.bot_token not in {c.token for c in slack.calls}
    finally:
        await reminders.aclose()
