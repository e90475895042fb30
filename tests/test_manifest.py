"""manifest.json and the registered listeners stay in step."""

from __future__ import annotations

import json
from pathlib import Path

import handlers
from tests.slack import SlackTestClient

MANIFEST = json.loads((Path(__file__).resolve().parents[1] / "manifest.json").read_text())


def test_commands_match_the_listeners() -> None:
    commands = {c["command"] for c in MANIFEST["features"]["slash_commands"]}
    assert commands == set(handlers.SLASH_COMMANDS)


def test_every_command_is_described() -> None:
    for c in MANIFEST["features"]["slash_commands"]:
        assert c["description"] and c["usage_hint"] and c["should_escape"] is True
        assert c["url"].endswith("/slack/events")


def test_events_match_the_listeners() -> None:
    assert set(MANIFEST["settings"]["event_subscriptions"]["bot_events"]) == set(
        handlers.BOT_EVENTS)


def test_scopes_are_least_privilege() -> None:
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert "commands" in scopes and "chat:write" in scopes
    risky = ("admin", "channels:write", "chat:write.customize")
    assert not any(s.startswith(risky) for s in scopes)


async def test_every_manifest_command_is_answered(bot: SlackTestClient) -> None:
    for c in MANIFEST["features"]["slash_commands"]:
        response = await bot.command(c["command"], "help")
        assert response.status_code == 200, c["command"]
        assert bot.text(response).strip(), c["command"]


# Each bot scope and the code that needs it (least privilege: a scope with no use here
# fails, and so does a use whose scope the manifest lacks). README's "Scopes" table says why.
SCOPE_USES = {
    "commands": ("app.command(",),
    "chat:write": ("chat_postMessage(", "chat_postEphemeral("),
    "app_mentions:read": ('"app_mention"',),
    "im:history": ('"message.im"',),
    "im:write": ("conversations_open(",),
    "files:write": ("files_upload_v2(",),
    "users:read": ("users_info(", "users_list("),
    "users:read.email": ('profile.get("email"',),
    "channels:read": ("conversations_members(",),
    "groups:read": ("conversations_members(",),
}


def test_every_scope_is_used_and_every_use_has_its_scope() -> None:
    root = Path(__file__).resolve().parents[1]
    code = "\n".join(p.read_text("utf-8") for folder in ("app", "handlers", "bot")
                     for p in (root / folder).rglob("*.py") if "offline" not in p.parts)
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == set(SCOPE_USES)
    for scope, uses in SCOPE_USES.items():
        assert any(use in code for use in uses), f"{scope}: no use of {uses} in the code"
