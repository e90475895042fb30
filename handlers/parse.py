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


MAX_ID = 2**31 - 1
"""The largest row id a person can name (a 32-bit INTEGER column): a longer number is no
row, said as such, never an overflow."""


def item_id(text: str) -> int | None:
    """A typed or button-carried id (``12`` or ``#12``) → 12; None unless it is 1..MAX_ID.

    >>> item_id("#12"), item_id("99999999999999999999"), item_id("x")
    (12, None, None)
    """
    token = text.strip().lstrip("#")
    if not (token.isascii() and token.isdigit()) or len(token) > len(str(MAX_ID)):
        return None
    number = int(token)
    return number if 1 <= number <= MAX_ID else None


def leading_id(text: str) -> tuple[str, int | None, str]:
    """``<id> <rest>`` → (the id as typed, the id or None when not 1..MAX_ID, the rest).

    >>> leading_id("#7 see the syllabus")
    ('7', 7, 'see the syllabus')
    """
    head, _, rest = text.strip().partition(" ")
    head = head.lstrip("#")
    return head, item_id(head), rest.strip()
