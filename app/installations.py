"""Several workspaces: the OAuth install, its stores in our database, and bot tokens per
workspace for the worker.

- :class:`TokenCipher`: Fernet (``TOKEN_ENCRYPTION_KEY``; several keys, comma separated,
  decrypt with any and encrypt with the first, so a key can be rotated).
- :class:`SqlInstallationStore`: slack_sdk's ``AsyncInstallationStore`` contract over the
  ``slack_bot`` and ``slack_installation`` tables, every token encrypted. Lookups are
  served from ``db.cache`` (decrypted, in memory only) until one of those tables is
  written (by this process at once, by another within ``storage.cache.DEFAULT_TTL``), so
  a request's lookup is a dictionary read: about 2 µs here, against 1–2 ms for a query.
- :class:`SqlOAuthStateStore`: the install ``state`` values (``oauth_state``), each good
  once, for ``STATE_SECONDS``.
- :class:`InstallationTokens`: ``app.tokens.TokenSource`` for the worker: the bot token of
  a workspace, rotated first when it is about to expire (``AsyncTokenRotator``).
- :func:`oauth_parts`: what ``app.factory`` hands to Bolt's ``AsyncApp`` in OAuth mode.

Example::

    parts = oauth_parts(settings, db, client)
    app = AsyncApp(client=client, oauth_settings=parts.settings, authorize=parts.authorize, ...)
    await parts.tokens.bot_token("T123")     # "xoxb-…" or None when not installed
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from slack_bolt.authorization.async_authorize import AsyncInstallationStoreAuthorize
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackTokenRotationError
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from app.config import Settings
from storage.db import Database
from storage.models import SlackBot, SlackInstallation
from storage.repos import installations as repo
from storage.types import utcnow

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from app.runtime import Runtime

logger = logging.getLogger("course_bot.installations")

# manifest.json's bot scopes: asked at install when SLACK_SCOPES is empty (a test keeps
# the two in step)
DEFAULT_SCOPES: tuple[str, ...] = (
    "app_mentions:read", "channels:read", "chat:write", "commands", "files:write",
    "groups:read", "im:history", "im:write", "users:read", "users:read.email")
STATE_SECONDS = 600  # an install must come back from Slack within 10 minutes
ROTATE_MINUTES = 120  # rotate a token that expires within 2 hours (Bolt's default)
PURGE_SECONDS = 3600.0  # how often the worker looks for workspaces past their grace period
_BOT_TABLES = (SlackBot.__tablename__,)
_INSTALL_TABLES = (SlackBot.__tablename__, SlackInstallation.__tablename__)


# ----------------------------------------------------------------------------- encryption
class TokenCipher:
    """Encrypts tokens for the database and decrypts them back.

    Example::

        cipher = TokenCipher(Fernet.generate_key().decode())
        stored = cipher.encrypt("xoxb-1")       # "gAAAAA…", not the token
        cipher.decrypt(stored)                  # "xoxb-1"
    """

    def __init__(self, keys: str) -> None:
        parts = [k.strip() for k in keys.replace(" ", ",").split(",") if k.strip()]
        if not parts:
            raise ValueError("TOKEN_ENCRYPTION_KEY is not set: make one with python -c "
                             "\"from cryptography.fernet import Fernet; "
                             "print(Fernet.generate_key().decode())\"")
        try:
            self._fernet = MultiFernet([Fernet(key.encode()) for key in parts])
        except (ValueError, TypeError):
            raise ValueError("TOKEN_ENCRYPTION_KEY is not a valid Fernet key (32 url-safe "
                             "base64-encoded bytes; several keys are comma separated)") from None

    def encrypt(self, value: str | None) -> str | None:
        return None if value is None else self._fernet.encrypt(value.encode()).decode()

    def decrypt(self, value: str | None) -> str | None:
        """The token; raises :class:`cryptography.fernet.InvalidToken` with a wrong key."""
        return None if value is None else self._fernet.decrypt(value.encode()).decode()


def check_key(settings: Settings) -> None:
    """Raise ValueError (one line) unless ``TOKEN_ENCRYPTION_KEY`` is usable."""
    TokenCipher(settings.token_encryption_key)


# ----------------------------------------------------------------------------- conversions
def _instant(epoch: float | int | None) -> datetime | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC)


def _epoch(at: datetime | None) -> int | None:
    return None if at is None else int(at.timestamp())


def _scopes(value: Any) -> str:
    return value if isinstance(value, str) else ",".join(value or ())


def _bot_values(cipher: TokenCipher, client_id: str, bot: Bot) -> dict[str, Any]:
    team_id = "" if bot.is_enterprise_install else (bot.team_id or "")
    return {
        "client_id": client_id, "app_id": bot.app_id or "",
        "enterprise_id": bot.enterprise_id or "", "enterprise_name": bot.enterprise_name or "",
        "team_id": team_id, "team_name": bot.team_name or "", "bot_id": bot.bot_id or "",
        "bot_user_id": bot.bot_user_id or "", "bot_scopes": _scopes(bot.bot_scopes),
        "bot_token": cipher.encrypt(bot.bot_token),
        "bot_refresh_token": cipher.encrypt(bot.bot_refresh_token),
        "bot_token_expires_at": _instant(bot.bot_token_expires_at),
        "is_enterprise_install": bool(bot.is_enterprise_install),
        "installed_at": _instant(bot.installed_at) or utcnow(),
    }


def _installation_values(cipher: TokenCipher, client_id: str,
                         installation: Installation) -> dict[str, Any]:
    team_id = "" if installation.is_enterprise_install else (installation.team_id or "")
    return {
        "client_id": client_id, "app_id": installation.app_id or "",
        "enterprise_id": installation.enterprise_id or "",
        "enterprise_name": installation.enterprise_name or "",
        "enterprise_url": installation.enterprise_url or "", "team_id": team_id,
        "team_name": installation.team_name or "", "user_id": installation.user_id or "",
        "user_scopes": _scopes(installation.user_scopes),
        "user_token": cipher.encrypt(installation.user_token),
        "user_refresh_token": cipher.encrypt(installation.user_refresh_token),
        "user_token_expires_at": _instant(installation.user_token_expires_at),
        "token_type": installation.token_type or "",
        "is_enterprise_install": bool(installation.is_enterprise_install),
        "installed_at": _instant(installation.installed_at) or utcnow(),
    }


def _bot_fields(cipher: TokenCipher, row: SlackBot) -> dict[str, Any]:
    return {
        "app_id": row.app_id or None, "enterprise_id": row.enterprise_id or None,
        "enterprise_name": row.enterprise_name or None, "team_id": row.team_id or None,
        "team_name": row.team_name or None, "bot_token": cipher.decrypt(row.bot_token),
        "bot_id": row.bot_id, "bot_user_id": row.bot_user_id, "bot_scopes": row.bot_scopes,
        "bot_refresh_token": cipher.decrypt(row.bot_refresh_token),
        "bot_token_expires_at": _epoch(row.bot_token_expires_at),
        "is_enterprise_install": row.is_enterprise_install,
        "installed_at": row.installed_at.timestamp(),
    }


def _installation_fields(cipher: TokenCipher, row: SlackInstallation,
                         bot: SlackBot | None) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "app_id": row.app_id or None, "enterprise_id": row.enterprise_id or None,
        "enterprise_name": row.enterprise_name or None,
        "enterprise_url": row.enterprise_url or None, "team_id": row.team_id or None,
        "team_name": row.team_name or None, "user_id": row.user_id,
        "user_scopes": row.user_scopes, "user_token": cipher.decrypt(row.user_token),
        "user_refresh_token": cipher.decrypt(row.user_refresh_token),
        "user_token_expires_at": _epoch(row.user_token_expires_at),
        "token_type": row.token_type or None,
        "is_enterprise_install": row.is_enterprise_install,
        "installed_at": row.installed_at.timestamp(),
    }
    if bot is not None:  # the workspace's latest bot, whoever installed it
        bot_fields = _bot_fields(cipher, bot)
        fields.update({k: bot_fields[k] for k in (
            "bot_token", "bot_id", "bot_user_id", "bot_scopes", "bot_refresh_token",
            "bot_token_expires_at")})
    return fields


# ----------------------------------------------------------------------------- stores
class SqlInstallationStore(AsyncInstallationStore):
    """Installations in our database, tokens encrypted, lookups cached (see the module doc).

    A lookup hands out a new ``Installation``/``Bot`` each time (Bolt edits the one it
    gets). A token that does not decrypt (a changed key) reads as "not installed", and
    says so in the log.
    """

    def __init__(self, db: Database, cipher: TokenCipher, *, client_id: str) -> None:
        self.db, self.cipher, self.client_id = db, cipher, client_id
        self._logger = logger

    @property
    def logger(self) -> logging.Logger:
        return self._logger

    async def async_save(self, installation: Installation) -> None:
        values = _installation_values(self.cipher, self.client_id, installation)
        async with self.db.session() as session:
            await repo.save_installation(session=session, values=values)
            if installation.bot_token:
                await repo.save_bot(session=session, values=_bot_values(
                    self.cipher, self.client_id, installation.to_bot()))
            before = await repo.mark_installed(session=session, team_id=values["team_id"],
                                               enterprise_id=values["enterprise_id"],
                                               at=utcnow())
        if before is None:
            logger.info("workspace %s: installed", values["team_id"] or values["enterprise_id"])
        elif before.status == repo.UNINSTALLED:
            logger.info("workspace %s: installed again within the grace period; its course "
                        "data is kept (the deletion planned for %s is cancelled)",
                        values["team_id"], before.purge_after.isoformat()
                        if before.purge_after else "?")
        elif before.status == repo.PURGED:
            logger.info("workspace %s: installed again (its earlier data was deleted)",
                        values["team_id"])

    async def async_save_bot(self, bot: Bot) -> None:
        async with self.db.session() as session:
            await repo.save_bot(session=session,
                                values=_bot_values(self.cipher, self.client_id, bot))

    async def async_find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                             is_enterprise_install: bool | None = False) -> Bot | None:
        team = "" if is_enterprise_install else (team_id or "")
        ent = enterprise_id if is_enterprise_install or not team else None

        async def load(session: AsyncSession) -> dict[str, Any] | None:
            row = await repo.find_bot(session=session, client_id=self.client_id,
                                      enterprise_id=ent, team_id=team)
            return None if row is None else self._decrypted(_bot_fields, row)

        fields = await self._cached(("bot", self.client_id, ent, team), _BOT_TABLES, load)
        return None if fields is None else Bot(**fields)

    async def async_find_installation(self, *, enterprise_id: str | None,
                                      team_id: str | None, user_id: str | None = None,
                                      is_enterprise_install: bool | None = False
                                      ) -> Installation | None:
        team = "" if is_enterprise_install else (team_id or "")
        ent = enterprise_id if is_enterprise_install or not team else None

        async def load(session: AsyncSession) -> dict[str, Any] | None:
            row = await repo.find_installation(session=session, client_id=self.client_id,
                                               enterprise_id=ent, team_id=team,
                                               user_id=user_id)
            if row is None:
                return None
            bot = await repo.find_bot(session=session, client_id=self.client_id,
                                      enterprise_id=row.enterprise_id, team_id=row.team_id)
            return self._decrypted(_installation_fields, row, bot)

        fields = await self._cached(("installation", self.client_id, ent, team, user_id),
                                    _INSTALL_TABLES, load)
        return None if fields is None else Installation(**fields)

    async def async_delete_bot(self, *, enterprise_id: str | None,
                               team_id: str | None) -> None:
        async with self.db.session() as session:
            await repo.delete_bot(session=session, enterprise_id=enterprise_id,
                                  team_id=team_id or "", client_id=self.client_id)

    async def async_delete_installation(self, *, enterprise_id: str | None,
                                        team_id: str | None,
                                        user_id: str | None = None) -> None:
        async with self.db.session() as session:
            await repo.delete_installations(session=session, enterprise_id=enterprise_id,
                                            team_id=team_id or "",
                                            user_ids=None if user_id is None else [user_id],
                                            client_id=self.client_id)

    async def async_delete_all(self, *, enterprise_id: str | None,
                               team_id: str | None) -> None:
        async with self.db.session() as session:
            await repo.delete_installations(session=session, enterprise_id=enterprise_id,
                                            team_id=team_id or "", client_id=self.client_id)
            await repo.delete_bot(session=session, enterprise_id=enterprise_id,
                                  team_id=team_id or "", client_id=self.client_id)

    async def _cached(self, key: Hashable, tables: tuple[str, ...], load: Any) -> Any:
        fields = await self.db.cache.get(key, tables=tables, load=load)
        return None if fields is None else dict(fields)

    def _decrypted(self, convert: Any, *rows: Any) -> dict[str, Any] | None:
        try:
            return dict(convert(self.cipher, *rows))
        except InvalidToken:
            logger.error("stored Slack tokens of workspace %s cannot be decrypted with "
                         "TOKEN_ENCRYPTION_KEY (was the key changed?)", rows[0].team_id)
            return None


class SqlOAuthStateStore(AsyncOAuthStateStore):
    """Install ``state`` values in ``oauth_state``: issued once, consumed once."""

    def __init__(self, db: Database, *, expiration_seconds: int = STATE_SECONDS) -> None:
        self.db, self.expiration_seconds = db, expiration_seconds

    @property
    def logger(self) -> logging.Logger:
        return logger

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = secrets.token_urlsafe(32)
        now = utcnow()
        async with self.db.session() as session:
            await repo.prune_states(session=session, before=now)
            await repo.add_state(session=session, state=state,
                                 expires_at=now + timedelta(seconds=self.expiration_seconds))
        return state

    async def async_consume(self, state: str) -> bool:
        if not state or len(state) > 128:
            return False
        async with self.db.session() as session:
            return await repo.consume_state(session=session, state=state, now=utcnow())


# ----------------------------------------------------------------------------- tokens
class InstallationTokens:
    """``TokenSource`` in OAuth mode: a workspace's bot token from its installation,
    rotated (and saved) first when it expires within ``ROTATE_MINUTES``; None when the
    workspace is not installed. A course with no workspace (``team_id`` None) gets
    ``fallback`` (``SLACK_BOT_TOKEN``, empty in a pure OAuth deployment)."""

    def __init__(self, store: SqlInstallationStore, rotator: AsyncTokenRotator, *,
                 fallback: str = "", minutes: int = ROTATE_MINUTES) -> None:
        self.store, self.rotator, self.fallback, self.minutes = store, rotator, fallback, minutes
        self._locks: dict[str, asyncio.Lock] = {}

    async def bot_token(self, team_id: str | None) -> str | None:
        if not team_id:
            return self.fallback or None
        bot = await self.store.async_find_bot(enterprise_id=None, team_id=team_id)
        if bot is None or bot.bot_refresh_token is None:
            return bot.bot_token if bot is not None else None
        async with self._locks.setdefault(team_id, asyncio.Lock()):  # one rotation at a time
            bot = await self.store.async_find_bot(enterprise_id=None, team_id=team_id)
            if bot is None:
                return None
            try:
                fresh = await self.rotator.perform_bot_token_rotation(
                    bot=bot, minutes_before_expiration=self.minutes)
            except SlackTokenRotationError as exc:
                logger.warning("workspace %s: the bot token could not be rotated: %s",
                               team_id, exc.api_error.response.get("error", "error"))
                expires = bot.bot_token_expires_at
                return bot.bot_token if expires is None or expires > time.time() else None
            if fresh is not None:
                await self.store.async_save_bot(fresh)
                logger.info("workspace %s: bot token rotated", team_id)
                bot = fresh
            return bot.bot_token


# ----------------------------------------------------------------------------- wiring
@dataclass(frozen=True)
class OAuthParts:
    settings: AsyncOAuthSettings
    authorize: AsyncInstallationStoreAuthorize
    store: SqlInstallationStore
    tokens: InstallationTokens


def scopes(settings: Settings) -> list[str]:
    """``SLACK_SCOPES`` (comma or space separated), or the manifest's."""
    asked = [s for s in settings.slack_scopes.replace(" ", ",").split(",") if s]
    return asked or list(DEFAULT_SCOPES)


def oauth_parts(settings: Settings, db: Database, client: AsyncWebClient) -> OAuthParts:
    """The OAuth flow's settings, the per-request authorize, the store and the worker's
    token source. Raises ValueError for a bad key.

    The authorize reads the workspace's bot only (no user tokens are asked for), from the
    cached store; ``auth.test`` runs once per token per process; rotation and the flow's
    own calls use ``client``, so they go through ``SLACK_API_URL``."""
    cipher = TokenCipher(settings.token_encryption_key)
    store = SqlInstallationStore(db, cipher, client_id=settings.slack_client_id)
    bolt_logger = logging.getLogger("course_bot.bolt")
    base = settings.slack_api_url.removesuffix("/").removesuffix("/api")
    oauth_settings = AsyncOAuthSettings(
        client_id=settings.slack_client_id, client_secret=settings.slack_client_secret,
        scopes=scopes(settings), user_scopes=[],
        redirect_uri=(f"{settings.public_base_url.rstrip('/')}/slack/oauth_redirect"
                      if settings.public_base_url else None),
        authorization_url=f"{base}/oauth/v2/authorize",
        installation_store=store, installation_store_bot_only=True,
        state_store=SqlOAuthStateStore(db),
        state_expiration_seconds=STATE_SECONDS,
        token_rotation_expiration_minutes=ROTATE_MINUTES, logger=bolt_logger)
    authorize = AsyncInstallationStoreAuthorize(
        logger=bolt_logger, installation_store=store, client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        token_rotation_expiration_minutes=ROTATE_MINUTES, bot_only=True, cache_enabled=True,
        client=client)
    rotator = AsyncTokenRotator(client_id=settings.slack_client_id,
                                client_secret=settings.slack_client_secret, client=client)
    tokens = InstallationTokens(store, rotator, fallback=settings.slack_bot_token)
    return OAuthParts(settings=oauth_settings, authorize=authorize, store=store, tokens=tokens)


async def run_purges(runtime: Runtime, *, stop: asyncio.Event,
                     interval: float = PURGE_SECONDS) -> None:
    """Delete the course data of workspaces past their uninstall grace period, about
    every ``interval`` seconds, until ``stop`` is set (a failed pass is retried)."""
    from bot.workspaces import purge_due

    while not stop.is_set():
        try:
            await purge_due(runtime.db, now=runtime.deps.clock.now())
        except Exception:
            logger.exception("workspace purge pass failed; trying again later")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
