"""Logging for the ``course-bot`` commands: one format, secrets redacted at every level.

:class:`Redact` rewrites each record before any handler formats it: Slack tokens
(``xoxb-…``, ``xapp-…``), ``response_url``s (``hooks.slack.com/…``), personal calendar
tokens (``/calendar/u/<token>``) and e-mail addresses become ``[redacted]``. It also drops
Bolt's start-up note about ``token`` being unused (we always hand Bolt a client) and turns
its "unhandled request" advice (which prints Python code) into one short line.

Example::

    setup_logging("INFO")
    logging.getLogger("x").warning("sent to %s", "https://hooks.slack.com/actions/T/1/abc")
    # ... WARNING x: sent to [redacted response_url]
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bxox[abeoprs]-[A-Za-z0-9-]+"), "[redacted token]"),
    (re.compile(r"\bxapp-[A-Za-z0-9-]+"), "[redacted token]"),
    (re.compile(r"(?:https?:(?://|%2F%2F))?hooks\.slack(?:-gov)?\.com(?:/|%2F)[^\s\"'<>&,)]*",
                re.IGNORECASE), "[redacted response_url]"),
    (re.compile(r"(/calendar/u/)[^/\s\"'<>?&]+"), r"\1[redacted]"),
    (re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
     "[redacted email]"),
)
_DROP = ("As you gave `client` as well, `token` will be unused",)
_UNHANDLED = "Unhandled request ("


def redact(text: str) -> str:
    """``text`` with tokens, response URLs, calendar tokens and e-mail addresses removed."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _redact_arg(value: Any) -> Any:
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return redact(str(value))


class Redact(logging.Filter):
    """Redact secrets in a record's message, arguments and traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.msg if isinstance(record.msg, str) else str(record.msg)
        if any(message.startswith(drop) for drop in _DROP):
            return False
        if message.startswith(_UNHANDLED):
            record.msg, record.args = "Unhandled request (no listener matched it)", None
            record.levelno, record.levelname = logging.INFO, "INFO"
            return record.levelno >= logging.getLogger().getEffectiveLevel()
        try:
            rendered = record.getMessage()
        except Exception:  # a bad format string: keep what there is
            rendered = message
        record.msg, record.args = redact(rendered), None
        if record.exc_info and record.exc_info[0] is not None:
            # format the traceback now, redacted; handlers reuse exc_text
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class OncePer(logging.Filter):
    """Let a repeated message through at most once per ``seconds`` (with a count of the
    ones held back), e.g. uvicorn's "Too many open files" under a flood of connections."""

    def __init__(self, seconds: float = 10.0, *, match: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.seconds, self.match = seconds, match
        self._last: dict[str, float] = {}
        self._held: dict[str, int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:
            text = str(record.msg)
        if record.exc_info and record.exc_info[1] is not None:
            text += " " + str(record.exc_info[1])
        if self.match and not any(m in text for m in self.match):
            return True
        key = next((m for m in self.match if m in text), text[:200])
        now = time.monotonic()
        if now - self._last.get(key, -1e9) < self.seconds:
            self._held[key] = self._held.get(key, 0) + 1
            return False
        self._last[key] = now
        held = self._held.pop(key, 0)
        if held:
            record.msg = f"{text} ({held} more like this in the last {self.seconds:g} s)"
            record.args = None
            record.exc_info, record.exc_text = None, None
        return True


FD_EXHAUSTED = OncePer(10.0, match=("Too many open files", "EMFILE"))
"""Shared by every handler: one line per 10 s while the process runs out of sockets."""

_QUIET = {"alembic": logging.WARNING, "sqlalchemy.engine": logging.WARNING,
          "aiosqlite": logging.WARNING, "asyncio": logging.WARNING}


def setup_logging(level: str = "INFO", *, quiet: bool = False) -> None:
    """Install one stderr handler on the root logger with :class:`Redact` and the
    rate limit for file-descriptor exhaustion. ``quiet`` (the CLI's one-shot commands and
    the shell) shows warnings and errors only."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_course_bot", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler()
    handler._course_bot = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(FD_EXHAUSTED)
    handler.addFilter(Redact())
    root.addHandler(handler)
    try:
        root.setLevel("WARNING" if quiet else level.upper())
    except ValueError:
        root.setLevel(logging.INFO)
    for name, floor in _QUIET.items():
        logger = logging.getLogger(name)
        if logger.level < floor:
            logger.setLevel(floor)
    install_on(logging.getLogger("uvicorn.error"))


def install_on(logger: logging.Logger) -> None:
    """Add the filters to a logger that keeps its own handlers (uvicorn configures its own)."""
    for handler in logger.handlers:
        if not any(isinstance(f, Redact) for f in handler.filters):
            handler.addFilter(FD_EXHAUSTED)
            handler.addFilter(Redact())
    if not any(isinstance(f, Redact) for f in logger.filters):
        logger.addFilter(FD_EXHAUSTED)
        logger.addFilter(Redact())
