"""One error handler for every listener (instead of try/except in each callback)."""

from __future__ import annotations

import json
import logging

from slack_bolt import BoltResponse
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import DBAPIError, OperationalError

logger = logging.getLogger("course_bot.errors")

TRY_AGAIN = "Sorry, something went wrong on my side. Please try again shortly."
DB_DOWN = "The course records are not answering right now. Please try again shortly."
SLACK_DOWN = "I could not reach Slack just now. Please try again shortly."


async def on_error(error: Exception, body: dict) -> BoltResponse:
    """Log the failure; tell the user one clear sentence; never show a stack trace."""
    logger.exception("listener failed: %s", type(error).__name__)
    if isinstance(error, (OperationalError, DBAPIError)):
        message = DB_DOWN
    elif isinstance(error, (SlackApiError, SlackClientError)):
        message = SLACK_DOWN
    else:
        message = TRY_AGAIN
    if body.get("command"):
        return BoltResponse(status=200, body=json.dumps({"response_type": "ephemeral",
                                                         "text": message}),
                            headers={"content-type": "application/json"})
    # events and actions: a 200 so Slack does not retry a request that failed on our side
    return BoltResponse(status=200, body="")


def register(app: AsyncApp) -> None:
    app.error(on_error)
