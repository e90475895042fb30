"""Helpers for the reliability suite: what changed in the store, and what a user was shown."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlmodel import SQLModel

from storage.db import Database

# broadcast and group mentions that user text must never turn into
BROADCAST = re.compile(r"<!(?:channel|here|everyone|subteam\^)", re.IGNORECASE)
# what a user must never see
LEAKS = ("Traceback", "File \"/", "sqlalchemy", "asyncpg", "aiosqlite", "Exception",
         "Internal Server Error")


async def row_counts(db: Database) -> dict[str, int]:
    """Rows in every table of the models (those other features add included)."""
    counts: dict[str, int] = {}
    async with db.session() as session:
        for table in SQLModel.metadata.sorted_tables:
            counts[table.name] = (await session.execute(
                select(func.count()).select_from(table))).scalar_one()
    return counts


def mrkdwn_strings(message: Any) -> list[str]:
    """Every string Slack would parse as mrkdwn in ``message`` (plain_text objects skipped)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "plain_text":
                return  # not parsed for mentions
            for key, value in node.items():
                if key in {"action_id", "block_id", "value", "url", "image_url", "type",
                           "response_type", "callback_id", "private_metadata"}:
                    continue
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, str):
            found.append(node)

    walk(message)
    return found


def ack_body(response: httpx.Response) -> dict[str, Any]:
    if not response.content:
        return {}
    try:
        body = json.loads(response.content)
    except ValueError:
        return {"text": response.text}
    return body if isinstance(body, dict) else {"text": str(body)}
