"""Rendering of answers: an :class:`bot.answers.Answer` (fact first, source, topic buttons),
the staff answer a student receives by DM (outbox kind ``answers.answered``), and the
staff's ``/course questions`` / ``/course faq`` views."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    DividerBlock,
    InputBlock,
    PlainTextInputElement,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.answers import Answer, Line, Suggestion
from bot.answers.faq import (
    ANSWERED,
    MAX_ANSWER,
    MIN_ANSWER,
    Answered,
    Dismissed,
    FaqView,
    OpenQuestions,
    Problem,
    QuestionView,
)
from handlers.blocks import MAX_BLOCKS, Reply, context, section, text_reply
from handlers.format import escape, slack_date
from handlers.render.registry import renders

if TYPE_CHECKING:
    from app.deps import Deps

SUGGESTION_ACTION = "answer_topic"
"""Prefix of the suggestion buttons' action ids (``answer_topic_0`` …)."""
ANSWER_ACTION = "question_answer"
"""The "Answer" button beside each open question in ``/course questions`` (value: its id)."""
ANSWER_MODAL = "question_answer"
"""The modal that button opens (``private_metadata``: the question's id)."""
ANSWER_BLOCK = "answer"
"""The modal's text input (block and action id): where its errors are shown."""


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


# ----------------------------------------------------------------------------- staff loop


@renders(ANSWERED)
def _answered(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    """The student's DM: their question, the staff answer, who and when."""
    zone = deps.course.tz
    at = datetime.fromisoformat(str(data["at"]))
    question = escape(str(data.get("question", "")))[:500]
    answer = escape(str(data.get("answer", "")))
    blocks = [section(f"The course staff answered your question “{question}”:"),
              section(answer[:2900] or "…"),
              context(f"<@{data.get('by', '')}> · Course staff, {slack_date(at, zone)}")]
    return {"text": f"The course staff answered your question: {answer[:200]}",
            "blocks": [b.to_dict() for b in blocks]}


def problem_reply(problem: Problem, zone: ZoneInfo | None = None) -> Reply:
    """A refusal; for a question closed already, who closed it, how, and when (``zone``)."""
    text = escape(problem.reason)
    if problem.by and problem.code in {"answered", "dismissed"}:
        how = ("dismissed (closed without an answer)" if problem.code == "dismissed"
               else "answered")
        when = f", {slack_date(problem.at, zone)}" if problem.at and zone else ""
        text += f" It was {how} by <@{problem.by}>{when}."
    return text_reply(text)


def _question_line(q: QuestionView, zone: ZoneInfo) -> str:
    why = "declined" if q.reason == "decline" else "unsure"
    return (f"*#{q.id}* <@{q.user_id}>, {slack_date(q.asked_at, zone)} ({why}): "
            f"“{escape(q.text[:300])}”")


def questions_reply(found: OpenQuestions, zone: ZoneInfo) -> Reply:
    """The open questions, each with an "Answer" button (a modal), oldest first."""
    if not found.questions:
        return text_reply("No open questions: every kept question has been answered or dismissed.")
    shown = found.questions[:MAX_BLOCKS - 2]
    more = (f"; the oldest {len(shown)} are here, the next appear as these are answered"
            if found.total > len(shown) else "")
    head = (f"*Open questions* ({found.total}), oldest first{more}. Press *Answer*, or type "
            + escape("`/course answer <id> <answer>` (spam or a duplicate: "
                     "`/course dismiss <id>`):"))
    body: list[Block] = [section(head)]
    for q in shown:
        body.append(SectionBlock(
            block_id=f"question_{q.id}", text=section(_question_line(q, zone)).text,
            accessory=ButtonElement(text="Answer", action_id=ANSWER_ACTION, value=str(q.id))))
    return Reply(text=f"Open questions ({found.total})", blocks=[b.to_dict() for b in body])


def answer_modal(q: QuestionView, zone: ZoneInfo) -> dict[str, Any]:
    """The modal a staff member answers question ``q`` in."""
    return View(
        type="modal", callback_id=ANSWER_MODAL, title=f"Answer question #{q.id}"[:24],
        submit="Send answer", close="Cancel", private_metadata=str(q.id),
        blocks=[
            section(f"<@{q.user_id}> asked, {slack_date(q.asked_at, zone)}:\n"
                    f"“{escape(q.text[:2500])}”"),
            InputBlock(block_id=ANSWER_BLOCK, label="Your answer",
                       element=PlainTextInputElement(action_id=ANSWER_BLOCK, multiline=True,
                                                     max_length=MAX_ANSWER)),
            context(escape("The student gets it by DM. It also becomes a course FAQ entry "
                           "that answers similar questions, cited “Course staff, <date>” "
                           "(`/course faq` to edit or retire it).")),
        ],
    ).to_dict()


def answer_modal_error(problem: Problem, *, actor_id: str) -> str:
    """``problem`` as a modal field error (plain text, short)."""
    if problem.code == "answered":
        if problem.by and problem.by != actor_id:
            return "Someone else on the staff answered this question meanwhile; nothing sent."
        return "You have already answered this question; nothing sent."
    if problem.code == "dismissed":
        if problem.by and problem.by != actor_id:
            return ("Someone else on the staff dismissed this question (closed without an "
                    "answer); nothing sent.")
        return "You dismissed this question (closed without an answer); nothing sent."
    if problem.code == "not_staff":
        return "Only the course staff can answer questions; nothing was sent."
    if problem.code == "too_short":
        return (f"Please write a real answer (at least {MIN_ANSWER} characters): the student "
                "gets it and it becomes an FAQ entry.")
    return problem.reason.replace("`", "")[:150]


def answered_view(done: Answered) -> dict[str, Any]:
    """What the modal shows once the answer is stored (replacing the form)."""
    return View(type="modal", callback_id=f"{ANSWER_MODAL}_done", title="Answer sent",
                close="Done", blocks=[section(answered_reply(done).text)]).to_dict()


def answered_reply(done: Answered) -> Reply:
    return text_reply(f"Answered question #{done.question_id}: <@{done.student}> gets it by "
                      f"DM, and it is FAQ entry #{done.faq_id} for similar questions "
                      "(`/course faq`).")


def dismissed_reply(done: Dismissed) -> Reply:
    return text_reply(f"Dismissed question #{done.question_id} (from <@{done.student}>): "
                      "closed without an answer or FAQ entry; nothing was sent.")


def faq_reply(entries: Sequence[FaqView], zone: ZoneInfo) -> Reply:
    if not entries:
        return text_reply("The course FAQ is empty: staff answers to declined questions "
                          "(`/course answer`) appear here.")
    lines = ["*Course FAQ* (staff answers in use). "
             + escape("`/course faq edit <id> <new answer>` · `/course faq retire <id>`:")]
    for e in entries:
        lines.append(f"• *#{e.id}* “{escape(e.question[:200])}” → {escape(e.answer[:400])} "
                     f"(<@{e.author}>, {slack_date(e.updated_at, zone)})")
    return text_reply("\n".join(lines))


def faq_changed_reply(entry: FaqView) -> Reply:
    if entry.retired:
        return text_reply(f"FAQ entry #{entry.id} is retired: it is no longer used.")
    return text_reply(f"FAQ entry #{entry.id} now says: {escape(entry.answer[:500])}")
