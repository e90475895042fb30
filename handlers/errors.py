"""One error handler for every listener (instead of try/except in each callback)."""

from __future__ import annotations

import json
import logging

from aiohttp import ClientError
from slack_bolt import BoltResponse
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError

from bot.delivery import forget_delivery

logger = logging.getLogger("course_bot.errors")

TRY_AGAIN = "Sorry, something went wrong on my side. Please try again shortly."
DB_DOWN = "The course records are not answering right now. Please try again shortly."
SLACK_DOWN = "I could not reach Slack just now. Please try again shortly."
TOO_SLOW = "That took longer than Slack allows, so I stopped. Please try again shortly."


def _raised_in(error: BaseException, packages: tuple[str, ...]) -> bool:
    """True when a frame of the error's traceback belongs to one of ``packages``."""
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals.get("__name__", "").startswith(packages):
            return True
        tb = tb.tb_next
    return False


def is_slack_failure(error: BaseException) -> bool:
    """Slack answered with an error, or could not be reached (connection refused, timeout)."""
    return isinstance(error, (SlackApiError, SlackClientError, ClientError)) or (
        isinstance(error, (OSError, TimeoutError)) and _raised_in(error, ("slack_sdk.",)))


def is_database_failure(error: BaseException) -> bool:
    """The database failed, or could not be reached (a driver's own connection error)."""
    return isinstance(error, (OperationalError, DBAPIError, SQLAlchemyTimeoutError)) or (
        isinstance(error, (OSError, TimeoutError))
        and _raised_in(error, ("sqlalchemy.", "asyncpg", "aiosqlite", "sqlite3")))


async def on_error(error: Exception, body: dict, context: dict) -> BoltResponse:
    """Log the failure; tell the user one clear sentence; never show a stack trace.

    An Events API delivery that failed because Slack could not take our answer is
    forgotten and refused with a 503, so Slack delivers it again later: nothing is lost.
    """
    logger.exception("listener failed: %s", type(error).__name__)
    if is_slack_failure(error):
        message = SLACK_DOWN
    elif is_database_failure(error):
        message = DB_DOWN
    else:
        message = TRY_AGAIN
    if body.get("command"):
        return BoltResponse(status=200, body=json.dumps({"response_type": "ephemeral",
                                                         "text": message}),
                            headers={"content-type": "application/json"})
    if (message == SLACK_DOWN and body.get("type") == "event_callback" and body.get("event_id")
            and await _forget_delivery(context, body["event_id"])):
        return BoltResponse(status=503, body="")
    # events and actions: a 200 so Slack does not retry a request that failed on our side
    return BoltResponse(status=200, body="")


async def _forget_delivery(context: dict, event_id: str) -> bool:
    deps = context.get("deps")
    if deps is None:
        return False
    try:
        return await forget_delivery(deps.db, course_id=deps.course.id, event_id=event_id)
    except Exception:  # the database is down too: Slack's retry would find it claimed anyway
        logger.warning("could not forget delivery %s", event_id, exc_info=True)
        return False


def register(app: AsyncApp) -> None:
    app.error(on_error)
