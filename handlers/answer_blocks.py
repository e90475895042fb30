"""Block Kit rendering of an :class:`bot.answers.Answer`: fact first, source, topic buttons."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, DividerBlock

from bot.answers import Answer, Line, Suggestion
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


def answer_reply(answer: Answer, zone: ZoneInfo) -> Reply:
    """Render an answer: a section with the lines, notes and source in a context block,
    and the closest topics as buttons when the bot is unsure."""
    return _reply(answer.kind, answer.lines, answer.suggestions, answer.notes, answer.sources,
                  zone)


@lru_cache(maxsize=1024)
def _reply(kind: str, lines: tuple[Line, ...], suggestions: tuple[Suggestion, ...],
           notes: tuple[str, ...], sources: tuple[str, ...], zone: ZoneInfo) -> Reply:
    # Keyed on what is shown only: the night before a deadline many students get the same
    # answer, and every "not in the syllabus" reads alike. slack_sdk's models check each
    # block, which costs more than answering, so a rendering is kept; callers must not
    # change the returned blocks.
    body = "\n".join(line_text(line, zone) for line in lines) or "…"
    blocks: list[Block] = []
    first, rest = body.split("\n", 1) if "\n" in body else (body, "")
    blocks.append(section(f"*{first}*" if kind == "answer" and len(first) < 300
                          else first))
    if rest:
        blocks.append(section(rest))
    if suggestions:
        buttons = [ButtonElement(text=s.label[:75], action_id=f"{SUGGESTION_ACTION}_{i}",
                                 value=s.topic[:2000])
                   for i, s in enumerate(suggestions[:5])]
        blocks.append(ActionsBlock(block_id="answer_suggestions", elements=buttons))
    small = [escape(n) for n in notes]
    if sources:
        small.append("Source: " + escape(" · ".join(sources)))
    if small:
        blocks.append(DividerBlock())
        blocks.append(context(*small))
    plain = lines[0].plain(zone) if lines else ""
    return Reply(text=escape(plain)[:3000], blocks=[b.to_dict() for b in blocks[:50]])
