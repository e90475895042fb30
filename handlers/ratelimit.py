"""One place that rate-limits the actions that message other people, per user.

:class:`RateLimit` is a Bolt middleware keyed on (user, command, verb) for the declared
messaging verbs (:data:`LIMITED`) and the team registration modal. A user past the limit
gets a short "slow down" answer naming when to retry; nothing else runs. ``/ask`` and
every other action are never limited.
"""

from __future__ import annotations

import json
import math
from datetime import timedelta
from typing import Any

from slack_bolt import BoltResponse
from slack_bolt.middleware.async_middleware import AsyncMiddleware

from bot.ratelimit import RateLimiter
from bot.timefmt import clock_text

# command -> verb (as typed, lower case) -> the group it is counted in
LIMITED: dict[str, dict[str, str]] = {
    "/team": {verb: "register" for verb in ("register", "new", "create", "form")}
    | {verb: "invite" for verb in ("invite", "add", "uninvite")},
    "/course": {"announce": "announce"},
}
MODALS: dict[str, tuple[str, str]] = {"team_register": ("/team", "register")}
"""View callback ids counted as the command verb they stand for (a modal submit)."""

BURST = 10
EVERY = 60.0  # seconds for one more action once the burst is spent


def limited_key(body: dict[str, Any]) -> tuple[str, str, str] | None:
    """``(user, command, verb group)`` when ``body`` is a limited action, else None."""
    command = body.get("command")
    if isinstance(command, str):
        verbs = LIMITED.get(command)
        if verbs is None:
            return None
        verb = str(body.get("text") or "").strip().partition(" ")[0].lower()
        group = verbs.get(verb)
        user = body.get("user_id")
        return (str(user), command, group) if group and user else None
    if body.get("type") == "view_submission":
        view = body.get("view") if isinstance(body.get("view"), dict) else {}
        modal = MODALS.get(str((view or {}).get("callback_id") or ""))
        user = (body.get("user") or {}).get("id") if isinstance(body.get("user"), dict) else None
        return (str(user), *modal) if modal and user else None
    return None


class RateLimit(AsyncMiddleware):
    """Refuse a user's messaging action past ``burst`` per ``every`` seconds.

    Example::

        app.middleware(RateLimit())
    """

    def __init__(self, limiter: RateLimiter | None = None) -> None:
        self.limiter = limiter or RateLimiter(burst=BURST, every=EVERY)

    async def async_process(self, *, req: Any, resp: Any, next: Any) -> Any:
        key = limited_key(req.body)
        if key is None:
            return await next()
        wait = self.limiter.take(key)
        if not wait:
            return await next()
        if req.body.get("type") == "view_submission":
            text = _slow_down(key, wait, None)  # a modal's field error is plain text
            values = ((req.body.get("view") or {}).get("state") or {}).get("values") or {}
            block = next_block(values)
            if block:
                return BoltResponse(status=200, body=json.dumps(
                    {"response_action": "errors", "errors": {block: text}}),
                    headers={"content-type": "application/json"})
            return BoltResponse(status=200, body="")
        text = _slow_down(key, wait, req.context.get("deps"))
        return BoltResponse(status=200, body=json.dumps(
            {"response_type": "ephemeral", "text": text}),
            headers={"content-type": "application/json"})


def next_block(values: dict[str, Any]) -> str | None:
    return next(iter(values), None)


def _slow_down(key: tuple[str, str, str], wait: float, deps: Any) -> str:
    seconds = max(1, math.ceil(wait))
    what = f"`{key[1]} {key[2]}`"
    when = f"in {seconds} seconds" if seconds < 120 else f"in {math.ceil(seconds / 60)} minutes"
    if deps is not None:
        at = deps.clock.now() + timedelta(seconds=seconds)
        stamp = int(at.timestamp())
        when += f" (<!date^{stamp}^at {{time}}|{clock_text(at.astimezone(deps.course.tz))}>)"
    return (f"Slow down: {what} messages other people, and you have used it {BURST} times "
            f"in a short while. Please try again {when}.")
