"""One settings class, read once from the environment (and ``.env``) and passed down.

Example::

    settings = Settings()                       # from the environment
    settings = Settings(database_url="sqlite:///:memory:")   # in tests
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///course-bot.db"


class Settings(BaseSettings):
    """Every setting the bot reads; names match ``.env.example``."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    slack_bot_token: str = Field(default="", description="Bot token, xoxb-…")
    slack_signing_secret: str = Field(default="", description="Signing secret of the Slack app")
    slack_app_token: str = Field(default="", description="App-level token, xapp-… (Socket Mode)")
    slack_api_url: str = Field(default="https://slack.com/api/", description="Web API base URL")
    database_url: str = DEFAULT_DATABASE_URL
    course_file: str = Field(default="", description="Course TOML; empty = the shipped course")
    course_channel_id: str = ""
    staff_user_ids: Annotated[frozenset[str], NoDecode] = frozenset()
    port: int = 3000
    public_base_url: str = Field(default="", description="https://… address of `serve`, for "
                                 "calendar links")
    log_level: str = "INFO"
    reminder_interval_seconds: float = 30.0
    reminder_rate_per_second: float = 20.0
    reminder_channel_rate_per_second: float = 1.0
    reminder_lease_seconds: float = 120.0
    max_body_bytes: int = Field(default=1_000_000, gt=0, description="largest request body "
                                "`serve` reads; larger ones get 413 unread")
    max_connections: int = Field(default=1000, gt=0, description="open HTTP connections "
                                 "`serve` keeps; past it the oldest idle one is closed")
    header_timeout_seconds: float = Field(default=10.0, gt=0, description="time a client has "
                                          "to send a request's headers")
    body_timeout_seconds: float = Field(default=10.0, gt=0, description="time a client has to "
                                        "send a request's body")
    # Several workspaces (OAuth install). Empty client id/secret = single-workspace mode.
    slack_client_id: str = Field(default="", description="OAuth client id (several workspaces)")
    slack_client_secret: str = Field(default="", description="OAuth client secret")
    slack_scopes: str = Field(default="", description="bot scopes asked at install, comma "
                              "separated; empty = the manifest's")
    token_encryption_key: str = Field(default="", description="Fernet key that encrypts the "
                                      "stored bot and refresh tokens")
    uninstall_grace_days: float = Field(default=30.0, ge=0, description="days a workspace's "
                                        "course data is kept after the app is uninstalled")
    admin_user_ids: Annotated[frozenset[str], NoDecode] = frozenset()
    retention_days: int = Field(default=365, ge=0, description="days after `archive` before a "
                                "course's personal data is anonymised")

    @property
    def oauth_enabled(self) -> bool:
        """OAuth install mode: a client id and secret are set."""
        return bool(self.slack_client_id and self.slack_client_secret)

    @field_validator("staff_user_ids", "admin_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(part for part in value.replace(",", " ").split() if part)
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"
