"""The course-file deadline keys that features are built on (a leaf: it imports nothing).

The course file may add any deadlines; these must exist for the features named, and
``bot.course`` refuses a file without them (see ``required_deadlines``).
"""

from __future__ import annotations

TEAM = "team"
"""Teams lock at this deadline (``/team``, the team nudges)."""
PRESENTER_DEADLINES: tuple[str, ...] = ("slides", "blog")
"""Each presenter's own deadlines, relative to their class (``/course present``)."""
REVIEWS = "reviews"
"""The course-wide paper reviews deadline of each presented class."""


def reviews_not_theirs(key: str) -> str:
    """The reviews deadline key a presenter does not owe, from one of their own deadline keys.

    ``slides:U1:2021-10-21`` → ``reviews:2021-10-21`` (the syllabus: reviews exclude your
    own presentations); ``""`` for any other key.
    """
    rel, _, rest = key.partition(":")
    return f"{REVIEWS}:{rest.rpartition(':')[2]}" if rel in PRESENTER_DEADLINES and rest else ""
