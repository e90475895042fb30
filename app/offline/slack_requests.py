"""Build and sign the requests Slack sends us: slash commands, events, interactions.

Used by the offline shell, the tests and the benchmarks, so all three go through the
same signature check and dispatch as real Slack traffic.

Example::

    body = command_body(command="/deadlines", text="all", user_id="U1")
    headers = signed_headers(secret, body)
    await http.post("/slack/events", content=body, headers=headers)
"""

from __future__ import annotations

import itertools
import json
import secrets
import time
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from app.offline.fake_slack import BOT_USER_ID, TEAM_ID

_seq = itertools.count(1)
# event ids must not repeat across processes: a shell run on a kept database would
# otherwise have its messages dropped as redeliveries of an earlier run's events
_RUN = secrets.token_hex(4).upper()


def signed_headers(secret: str, body: str, *, timestamp: int | None = None,
                   content_type: str = "application/x-www-form-urlencoded") -> dict[str, str]:
    """The ``X-Slack-Signature`` (v0 HMAC-SHA256 of ``v0:{ts}:{body}``) and timestamp headers."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body) or ""
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature,
            "Content-Type": content_type}


def dm_channel(user_id: str) -> str:
    return "D" + user_id[1:]


def command_body(*, command: str, text: str = "", user_id: str, channel_id: str | None = None,
                 user_name: str | None = None, response_url: str = "",
                 trigger_id: str | None = None, team_id: str = TEAM_ID) -> str:
    """A form-encoded slash-command payload as Slack posts it (from workspace ``team_id``)."""
    n = next(_seq)
    return urlencode({
        "token": "legacy-verification-token", "team_id": team_id, "team_domain": "course",
        "channel_id": channel_id or dm_channel(user_id), "channel_name": "directmessage",
        "user_id": user_id, "user_name": user_name or user_id.lower(), "command": command,
        "text": text, "api_app_id": "A0COURSEBOT", "is_enterprise_install": "false",
        "response_url": response_url, "trigger_id": trigger_id or f"{n}.{int(time.time())}.t",
    })


def event_body(event: dict[str, Any], *, event_id: str | None = None,
               event_time: int | None = None, team_id: str = TEAM_ID,
               bot_user_id: str = BOT_USER_ID) -> str:
    """An Events API ``event_callback`` envelope (JSON) around ``event``, from ``team_id``."""
    n = next(_seq)
    return json.dumps({
        "token": "legacy-verification-token", "team_id": team_id, "api_app_id": "A0COURSEBOT",
        "event": event, "type": "event_callback", "event_id": event_id or f"Ev{_RUN}{n:08d}",
        "event_time": event_time or int(time.time()),
        "authorizations": [{"team_id": team_id, "user_id": bot_user_id, "is_bot": True}],
    })


def message_event(*, user_id: str, text: str, channel: str | None = None,
                  channel_type: str = "im", ts: str | None = None,
                  thread_ts: str | None = None) -> dict[str, Any]:
    n = next(_seq)
    event: dict[str, Any] = {
        "type": "message", "user": user_id, "text": text, "channel": channel or dm_channel(user_id),
        "channel_type": channel_type, "ts": ts or f"{int(time.time())}.{n:06d}",
        "event_ts": ts or f"{int(time.time())}.{n:06d}", "team": TEAM_ID,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def mention_event(*, user_id: str, text: str, channel: str = "C0COURSE",
                  ts: str | None = None) -> dict[str, Any]:
    event = message_event(user_id=user_id, text=f"<@{BOT_USER_ID}> {text}", channel=channel,
                          channel_type="channel", ts=ts)
    event["type"] = "app_mention"
    return event


def interaction_body(payload: dict[str, Any]) -> str:
    """Interactivity (buttons, modals) arrives form-encoded as ``payload=<json>``."""
    return urlencode({"payload": json.dumps(payload)})


def block_action_payload(*, user_id: str, action_id: str, value: str = "",
                         block_id: str = "b", channel: str | None = None,
                         message_ts: str | None = None, response_url: str = "",
                         trigger_id: str | None = None) -> dict[str, Any]:
    n = next(_seq)
    return {
        "type": "block_actions", "team": {"id": TEAM_ID, "domain": "course"},
        "user": {"id": user_id, "username": user_id.lower(), "team_id": TEAM_ID},
        "api_app_id": "A0COURSEBOT", "token": "legacy-verification-token",
        "trigger_id": trigger_id or f"{n}.{int(time.time())}.t",
        "channel": {"id": channel or dm_channel(user_id)},
        "container": {"type": "message", "message_ts": message_ts or "1.000001",
                      "channel_id": channel or dm_channel(user_id)},
        "message": {"ts": message_ts or "1.000001", "text": ""},
        "response_url": response_url,
        "actions": [{"action_id": action_id, "block_id": block_id, "value": value,
                     "type": "button", "action_ts": f"{time.time():.6f}"}],
    }


def view_submission_payload(*, user_id: str, callback_id: str,
                            values: dict[str, dict[str, Any]],
                            private_metadata: str = "") -> dict[str, Any]:
    n = next(_seq)
    return {
        "type": "view_submission", "team": {"id": TEAM_ID, "domain": "course"},
        "user": {"id": user_id, "username": user_id.lower(), "team_id": TEAM_ID},
        "api_app_id": "A0COURSEBOT", "token": "legacy-verification-token",
        "trigger_id": f"{n}.{int(time.time())}.t",
        "view": {"id": f"V{n:08d}", "type": "modal", "callback_id": callback_id,
                 "private_metadata": private_metadata, "state": {"values": values},
                 "hash": "h"},
    }
