"""Row ids a person types or a button carries: one reader, bounded, so a huge number is
"no such row", said as such, never an overflow.

Example::

    >>> item_id("#12"), item_id("99999999999999999999"), item_id("x")
    (12, None, None)
    >>> leading_id("#7 see the syllabus")
    ('7', 7, 'see the syllabus')
"""

from __future__ import annotations

MAX_ID = 2**31 - 1
"""The largest row id a person can name (a 32-bit INTEGER column): a longer number is no
row, said as such, never an overflow."""


def item_id(text: str) -> int | None:
    """A typed or button-carried id (``12`` or ``#12``) → 12; None unless it is 1..MAX_ID."""
    token = text.strip().lstrip("#")
    if not (token.isascii() and token.isdigit()) or len(token) > len(str(MAX_ID)):
        return None
    number = int(token)
    return number if 1 <= number <= MAX_ID else None


def leading_id(text: str) -> tuple[str, int | None, str]:
    """``<id> <rest>`` → (the id as typed, the id or None when not 1..MAX_ID, the rest)."""
    head, _, rest = text.strip().partition(" ")
    head = head.lstrip("#")
    return head, item_id(head), rest.strip()


def shown_id(typed: str) -> str:
    """A typed id as a reply may repeat it: a very long one cut to 12 digits."""
    return f"{typed}." if len(typed) <= 12 else typed[:12] + "…"
