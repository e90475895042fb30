"""Block Kit rendering of an :class:`bot.answers.Answer`: fact first, source, topic buttons."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, DividerBlock

from bot.answers import Answer, Line
from handlers.blocks import Reply, context, section
from handlers.format import escape, slack_date

SUGGESTION_ACTION = "answer_topic"
"""Prefix of the suggestion buttons' action ids (``answer_topic_0`` …)."""


def line_text(line: Line, zone: ZoneInfo) -> str:
    """One answer line as mrkdwn: escaped, with ``{when}`` as a ``<!date^…>`` token."""
    text = escape(line.text)
    if line.when is not None:
        text = text.replace("{when}", slack_date(line.when, zone))
    return text


@lru_cache(maxsize=1024)
def answer_reply(answer: Answer, zone: ZoneInfo) -> Reply:
    """Render an answer: a section with the lines, notes and source in a context block,
    and the closest topics as buttons when the bot is unsure.

    Answers are immutable values and the night before a deadline many students get the
    same one, so renderings are kept (slack_sdk's models check every block, which costs
    more than the answer); callers must not change the returned blocks.
    """
    lines = [line_text(line, zone) for line in answer.lines]
    body = "\n".join(lines) or "…"
    blocks: list[Block] = []
    first, rest = body.split("\n", 1) if "\n" in body else (body, "")
    blocks.append(section(f"*{first}*" if answer.kind == "answer" and len(first) < 300
                          else first))
    if rest:
        blocks.append(section(rest))
    if answer.suggestions:
        buttons = [ButtonElement(text=s.label[:75], action_id=f"{SUGGESTION_ACTION}_{i}",
                                 value=s.topic[:2000])
                   for i, s in enumerate(answer.suggestions[:5])]
        blocks.append(ActionsBlock(block_id="answer_suggestions", elements=buttons))
    notes = [escape(n) for n in answer.notes]
    if answer.sources:
        notes.append("Source: " + escape(" · ".join(answer.sources)))
    if notes:
        blocks.append(DividerBlock())
        blocks.append(context(*notes))
    plain = answer.lines[0].plain(zone) if answer.lines else ""
    return Reply(text=escape(plain)[:3000], blocks=[b.to_dict() for b in blocks[:50]])
