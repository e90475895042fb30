"""Flatten what the bot sends to Slack (mrkdwn, Block Kit, ``<!date^…>``) into plain text.

The offline shell prints with it; tests read answers with it.

Example::

    >>> to_text({"text": "due <!date^1631941140^{date_short_pretty} at {time}|x>"}, zone=CHICAGO)
    'due Fri, Sep 17, 2021 at 11:59 PM CDT'
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.timefmt import clock_text

_TOKEN = re.compile(r"<([^<>]+)>")


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def render_date(ts: int, fmt: str, *, zone: ZoneInfo, today: date | None = None) -> str:
    """Render a ``<!date^ts^fmt>`` token the way Slack does for a reader in ``zone``.

    Weekdays and the zone's abbreviation are added, since a transcript has no hover.
    """
    local = datetime.fromtimestamp(ts, zone)
    plain_short = f"{local:%a, %b} {local.day}, {local.year}"
    plain_long = f"{local:%A, %B} {_ordinal(local.day)}, {local.year}"

    def pretty(default: str) -> str:
        if today is not None:
            delta = (local.date() - today).days
            if delta in (-1, 0, 1):
                return {-1: "Yesterday", 0: "Today", 1: "Tomorrow"}[delta] + f" ({plain_short})"
        return default

    values = {
        "date_num": local.date().isoformat(),
        "date": f"{local:%B} {_ordinal(local.day)}, {local.year}",
        "date_short": plain_short,
        "date_long": plain_long,
        "date_pretty": pretty(f"{local:%B} {_ordinal(local.day)}, {local.year}"),
        "date_short_pretty": pretty(plain_short),
        "date_long_pretty": pretty(plain_long),
        "time": f"{clock_text(local)} {local.tzname()}",
        "time_secs": f"{clock_text(local)[:-3]}:{local.second:02d}{clock_text(local)[-3:]} "
                     f"{local.tzname()}",
    }
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), fmt)


def mrkdwn_to_text(text: str, *, zone: ZoneInfo, today: date | None = None) -> str:
    """Resolve Slack's angle-bracket tokens and HTML escapes."""

    def token(match: re.Match[str]) -> str:
        inner = match.group(1)
        if inner.startswith("!date^"):
            body, _, fallback = inner.partition("|")
            parts = body.split("^")
            try:
                return render_date(int(parts[1]), parts[2] if len(parts) > 2 else "{date}",
                                   zone=zone, today=today)
            except (IndexError, ValueError):
                return fallback
        if inner.startswith("!"):
            name = inner[1:].partition("|")[0]
            return "@" + name.split("^")[0]
        if inner.startswith(("@", "#")):
            ident, _, label = inner.partition("|")
            return inner[0] + (label or ident[1:])
        url, _, label = inner.partition("|")
        return f"{label} ({url})" if label else url

    text = _TOKEN.sub(token, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _element_text(element: dict[str, Any]) -> str:
    kind = element.get("type")
    if kind in ("mrkdwn", "plain_text"):
        return str(element.get("text", ""))
    if kind == "image":
        return f"[image: {element.get('alt_text', '')}]"
    if kind == "button":
        return f"[{element.get('text', {}).get('text', '')}]"
    if kind in ("static_select", "multi_users_select", "users_select", "multi_static_select",
                "plain_text_input", "checkboxes", "radio_buttons", "datepicker"):
        placeholder = element.get("placeholder", {}).get("text", "")
        return f"<{kind}{': ' + placeholder if placeholder else ''}>"
    return ""


def blocks_to_lines(blocks: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            lines.append(str(block.get("text", {}).get("text", "")))
        elif kind == "section":
            if block.get("text"):
                lines.append(_element_text(block["text"]))
            for f in block.get("fields", []) or []:
                lines.append(_element_text(f))
            if block.get("accessory"):
                lines.append(_element_text(block["accessory"]))
        elif kind == "context":
            texts = (_element_text(e) for e in block.get("elements", []))
            lines.append(" · ".join(t for t in texts if t))
        elif kind == "divider":
            lines.append("---")
        elif kind == "actions":
            lines.append(" ".join(_element_text(e) for e in block.get("elements", [])))
        elif kind == "input":
            label = block.get("label", {}).get("text", "")
            lines.append(f"{label}: {_element_text(block.get('element', {}))}")
        elif kind == "rich_text":
            lines.append(_rich_text(block))
        elif kind == "image":
            lines.append(_element_text(block))
    return [line for line in lines if line]


def _rich_text(block: dict[str, Any]) -> str:
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "text":
                out.append(str(node.get("text", "")))
            for child in node.get("elements", []) or []:
                walk(child)

    walk(block)
    return "".join(out)


def to_text(message: dict[str, Any], *, zone: ZoneInfo, today: date | None = None) -> str:
    """Plain text of one message or view payload (blocks preferred over the fallback)."""
    view = message.get("view")
    if isinstance(view, dict):
        title = view.get("title", {}).get("text", "")
        lines = [f"[{'home tab' if view.get('type') == 'home' else 'modal'}"
                 f"{': ' + title if title else ''}]"]
        lines += blocks_to_lines(view.get("blocks", []))
        if view.get("submit"):
            lines.append(f"[{view['submit'].get('text', 'Submit')}]")
        raw = "\n".join(lines)
    elif message.get("blocks"):
        raw = "\n".join(blocks_to_lines(message["blocks"]))
    else:
        raw = str(message.get("text", ""))
    return mrkdwn_to_text(raw, zone=zone, today=today)
