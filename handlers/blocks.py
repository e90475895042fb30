"""Block Kit rendering of domain results, built with slack_sdk's models (which check limits).

Every renderer returns a :class:`Reply`: the notification text and the block dicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.course import Course
from bot.deadlines import DeadlineItem, DeadlineListing
from bot.timefmt import local_text, relative_text
from handlers.format import escape, slack_date

MAX_BLOCKS = 50  # per message
MAX_SECTION_TEXT = 3000


@dataclass(frozen=True)
class Reply:
    """A message: ``text`` is the notification/fallback, ``blocks`` the Block Kit body."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)

    def as_ack(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


def _dicts(blocks: list[Block]) -> list[dict[str, Any]]:
    return [b.to_dict() for b in blocks[:MAX_BLOCKS]]


def section(text: str) -> SectionBlock:
    if len(text) > MAX_SECTION_TEXT:
        text = text[: MAX_SECTION_TEXT - 1] + "…"
    return SectionBlock(text=MarkdownTextObject(text=text))


def context(*parts: str) -> ContextBlock:
    elements = [MarkdownTextObject(text=p[:MAX_SECTION_TEXT]) for p in parts[:10]]
    return ContextBlock(elements=elements)


def header(text: str) -> HeaderBlock:
    return HeaderBlock(text=text[:150])


def text_reply(text: str) -> Reply:
    """A plain one-section reply (for short answers and errors)."""
    return Reply(text=text, blocks=_dicts([section(text)]))


def deadline_line(item: DeadlineItem, *, zone: ZoneInfo, now_label: str) -> str:
    title = escape(item.title)
    when = slack_date(item.due_at, zone)
    status = "passed" if item.past else now_label
    lines = [f"*{title}*{'  _(yours)_' if item.personal else ''}", f"{when} · {status}"]
    if item.facts:
        lines.append(escape("; ".join(item.facts)))
    if item.origin == "staff":
        lines.append("_Set by the course staff (not the syllabus's date)._")
    else:
        if item.date_assumed:
            lines.append("_Date carried over from an earlier term (same weekday and time); "
                         "not yet confirmed by the course staff._")
        if item.time_assumed:
            lines.append("_The syllabus gives no time; 11:59 PM course time is assumed._")
    return "\n".join(lines)


_USAGE = (
    "`/deadlines` upcoming · `/deadlines all` the whole term · "
    "`/deadlines this week`, `next 10 days`, `in October`, `before Nov 1` a window · "
    "`/deadlines project` by title"
)


def deadline_listing(listing: DeadlineListing, course: Course) -> Reply:
    """Render ``/deadlines``: the heading, one section per deadline, notes and sources."""
    zone = course.tz
    name = f"{course.code} {course.term}"
    if listing.kind == "help":
        return Reply(text="How to use /deadlines", blocks=_dicts([
            header("/deadlines"), section(_USAGE.replace(" · ", "\n"))]))
    if listing.kind == "unreadable":
        msg = (f"I couldn't read “{escape(listing.query)}” as a time window or a deadline title. "
               "Try `/deadlines this week`, `/deadlines next 10 days`, `/deadlines in October`, "
               "`/deadlines before Nov 1`, `/deadlines project` or `/deadlines all`.")
        return text_reply(msg)

    titles = {
        "upcoming": f"Upcoming deadlines · {name}",
        "all": f"All deadlines · {name}",
        "filter": f"Deadlines matching “{listing.query}”",
        "window": f"Deadlines {listing.window.label if listing.window else ''}",
    }
    blocks: list[Block] = [header(titles[listing.kind])]
    if not listing.items:
        if listing.kind == "upcoming" and listing.term_ended_at is not None:
            msg = (f"Nothing is due any more: the term's last deadline was "
                   f"{slack_date(listing.term_ended_at, zone)}. "
                   "See `/deadlines all` for the whole term.")
        elif listing.kind == "window" and listing.window is not None:
            msg = (f"No deadlines {escape(listing.window.label)} "
                   f"(I read “{escape(listing.query)}” as {_span(listing, zone)}).")
            if listing.term_ended_at is not None:
                msg += (f" The term's last deadline was {slack_date(listing.term_ended_at, zone)}; "
                        "see `/deadlines all`.")
            else:
                msg += " See `/deadlines` for what is coming up."
        else:
            msg = "There are no deadlines on record for this course yet."
        blocks.append(section(msg))
        return Reply(text=escape(_plain_heading(titles[listing.kind])) + ": none",
                     blocks=_dicts(blocks))

    room = MAX_BLOCKS - 4
    for item in listing.items[:room]:
        blocks.append(section(deadline_line(
            item, zone=zone, now_label=relative_text(item.due_at, listing.now))))
    hidden = len(listing.items) - room + listing.more
    notes: list[str] = []
    if listing.kind == "window" and listing.window is not None:
        notes.append(f"Read “{escape(listing.query)}” as {_span(listing, zone)}.")
    if hidden > 0:
        notes.append(f"{hidden} more: `/deadlines all` shows the whole term.")
    if listing.relative and listing.kind in {"upcoming", "all"}:
        notes.append(" ".join(escape(n.description) for n in listing.relative))
    notes.append(f"Source: {course.code} syllabus › Key Dates · times shown in your time zone")
    blocks.append(DividerBlock())
    blocks.append(context(*notes))
    first = listing.items[0]
    heading = escape(_plain_heading(titles[listing.kind]))  # the notification text is mrkdwn
    text = f"{heading}: {escape(first.title)} {relative_text(first.due_at, listing.now)}"
    if len(listing.items) > 1:
        text += f" and {len(listing.items) - 1} more"
    return Reply(text=text, blocks=_dicts(blocks))


def _plain_heading(title: str) -> str:
    return title.split(" · ")[0]


def _span(listing: DeadlineListing, zone: ZoneInfo) -> str:
    window = listing.window
    assert window is not None
    start = "now" if window.start is None or window.start == listing.now else local_text(
        window.start, zone)
    if window.end is None:
        return f"from {start} on"
    return f"{start} until {local_text(window.end - timedelta(minutes=1), zone)}"
