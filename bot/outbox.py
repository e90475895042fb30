"""Messages a change causes, as data: written to the outbox in the change's transaction.

A service never talks to Slack. It returns, or hands to its unit of work, plain
:class:`Message` values: *what* happened (``kind``), *to whom* (``to``) and the values
needed to say it (``data``). The delivery worker renders each one (``handlers.render``)
and sends it, paced, retried, exactly once.

Kinds are dotted names, ``<feature>.<event>`` (``team.invited``, ``oh.your_turn``);
a few kinds are deliveries rather than messages and are handled by the worker itself:
:data:`HOME_REFRESH` (re-publish ``to``'s App Home) and :data:`FILE_UPLOAD`
(``data``: ``filename``, ``content``, ``title``, ``comment``).

Example::

    Message(kind="team.invited", to="U2", data={"team_id": 7, "by": "U1"},
            key="team.invited:7:U2")
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

HOME_REFRESH = "home.refresh"
FILE_UPLOAD = "file.upload"


@dataclass(frozen=True, slots=True)
class Message:
    """One message to deliver.

    ``to`` is a user id (a DM), a channel id (a channel post) or, for
    :data:`HOME_REFRESH`, the user whose Home tab to re-publish. ``data`` holds JSON
    values only. ``key``, when given, makes the message idempotent within a course: a
    second message with the same key is not queued again.
    """

    kind: str
    to: str
    data: Mapping[str, Any] = field(default_factory=dict)
    key: str = ""
