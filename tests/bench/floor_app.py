"""The floor: a minimal Bolt app on the bot's server stack that acks commands with a fixed string.

Same stack as ``course-bot serve``: Bolt ``AsyncApp`` with ``process_before_response``,
the Starlette adapter, uvicorn with the same options, the same signing secret and token
(Bolt's one ``auth.test`` goes to the same stand-in Slack). It does no work at all, so
the bot's latency over this is what our own code costs.

Run: ``python tests/bench/floor_app.py --port 3001`` (reads SLACK_SIGNING_SECRET,
SLACK_BOT_TOKEN and SLACK_API_URL).
"""

from __future__ import annotations

import argparse
import logging
import os

import uvicorn
from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

REPLY = "Upcoming deadlines: Project team due Fri, Sep 17, 2021 at 11:59 PM CDT"


def create() -> Starlette:
    client = AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"],
                            base_url=os.environ.get("SLACK_API_URL", "https://slack.com/api/"))
    app = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"],
                   process_before_response=True, logger=logging.getLogger("floor"))

    async def fixed(ack) -> None:  # type: ignore[no-untyped-def]
        await ack(response_type="ephemeral", text=REPLY)

    for name in ("/deadlines", "/ask"):
        app.command(name)(fixed)
    handler = AsyncSlackRequestHandler(app)

    async def slack_events(request: Request) -> Response:
        return await handler.handle(request)

    return Starlette(routes=[Route("/slack/events", slack_events, methods=["POST"])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3001)
    args = parser.parse_args()
    logging.basicConfig(level="WARNING")
    uvicorn.run(create(), host=args.host, port=args.port, log_level="warning", access_log=False,
                lifespan="on")


if __name__ == "__main__":
    main()
