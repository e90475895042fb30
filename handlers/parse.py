"""The one parser for what Slack puts in a command's text: user mentions and channels.

Slack escapes a mention as ``<@U123|name>`` (or ``<@U123>``) and a channel as
``<#C123|name>``; people typing in the offline shell or pasting ids write ``@U123`` or
a bare ``U123…``/``C123…``.

Example::

    >>> mentions("<@U2|ada> @U3 Flow Matchers")
    (['U2', 'U3'], 'Flow Matchers')
    >>> channel("<#C0COURSE|cs598>")
    ('C0COURSE', 'cs598')
"""

from __future__ import annotations

import re

# ids typed or carried by buttons: the domain's one bounded reader, re-exported
from bot.ids import MAX_ID as MAX_ID
from bot.ids import item_id as item_id
from bot.ids import leading_id as leading_id

_USER = re.compile(
    r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>"          # Slack's escaped mention
    r"|(?<![\w<])@([UW][A-Z0-9]{1,20})\b"       # @U123 typed by hand
    r"|(?<![\w<@#])([UW][A-Z0-9]{5,})\b"        # a bare id
)
_CHANNEL = re.compile(r"<#([CG][A-Z0-9]+)(?:\|([^>]*))?>|^#?([CG][A-Z0-9]{5,})$")
_ANY_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def mentions(text: str) -> tuple[list[str], str]:
    """User ids named in ``text``, first mention first and each once, and the text
    without them (spaces squeezed)."""
    ids: list[str] = []
    for match in _USER.finditer(text):
        user = match.group(1) or match.group(2) or match.group(3)
        if user not in ids:
            ids.append(user)
    return ids, " ".join(_USER.sub(" ", text).split())


def channel(text: str) -> tuple[str, str] | None:
    """``<#C1|name>`` or a bare ``C…`` id (the whole text) → (id, name); else None."""
    match = _CHANNEL.search(text.strip())
    if not match:
        return None
    if match.group(1):
        return match.group(1), match.group(2) or match.group(1)
    return match.group(3), match.group(3)


def without_mentions(text: str) -> str:
    """``text`` with every ``<@…>`` mention (the bot's included) taken out."""
    return " ".join(_ANY_MENTION.sub(" ", text).split())
