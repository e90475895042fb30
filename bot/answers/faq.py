"""Staff close the gaps: declined questions are kept, answered by staff, and become a FAQ.

* :func:`keep` stores a question the bot declined or was unsure about (never a sensitive
  one: the safety layer answers those before anything is stored);
* staff list them (:func:`open_questions`) and answer one (:func:`answer_question`): the
  student gets the answer by DM (an outbox message, in the same transaction) and the answer
  becomes a FAQ entry, cited "Course staff, <date>";
* :func:`lookup` finds the entry a similar later question asks about;
* staff list, edit and retire entries (:func:`faq_entries`, :func:`edit_faq`,
  :func:`retire_faq`).

Every staff service takes an :class:`~bot.actor.Actor` and refuses students by itself,
with an audit row.

Example::

    outcome = await answer_one(db, course, actor=Actor("U0TA", Role.STAFF),
                               question_id=3, answer="Yes, on Zoom.", now=now)
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime
from weakref import WeakKeyDictionary

from bot.actor import Actor
from bot.answers.core import (
    DO_FOR_ME_TOPIC,
    OTHER_COURSE_TOPIC,
    Answerer,
    _due_of,
    answerer_for,
    stored_due,
)
from bot.answers.faq_match import MATCH_AT, FaqIndex, touches_course
from bot.answers.model import Answer, Asker, Line
from bot.answers.support import discloses
from bot.course import Course
from bot.deadlines import current_snapshot
from bot.ids import leading_id, shown_id
from bot.outbox import Message
from storage import uow
from storage.db import Database
from storage.models import Question
from storage.repos import audit as audit_repo
from storage.repos import questions as store

logger = logging.getLogger("course_bot.answers")
ANSWERED = "answers.answered"
"""Outbox kind: a staff answer to a student's question, sent to the student by DM."""
CACHE_SECONDS = 5.0
"""Other processes' FAQ edits are seen within this long (this process's at once)."""
MAX_ANSWER = 3000
MIN_ANSWER = 10
"""An answer becomes an FAQ entry: one shorter than this ("x", "ok") is asked again."""


@dataclass(frozen=True)
class Problem:
    """A refused or impossible request: ``code`` for the program, ``reason`` for people."""

    code: str
    reason: str
    by: str = ""
    """For ``answered`` and ``dismissed``: the staff member who closed the question."""
    at: datetime | None = None
    """For ``answered`` and ``dismissed``: when it was closed."""


@dataclass(frozen=True)
class QuestionView:
    id: int
    user_id: str
    text: str
    reason: str
    asked_at: datetime


@dataclass(frozen=True)
class FaqView:
    id: int
    question: str
    answer: str
    author: str
    updated_at: datetime
    retired: bool = False


@dataclass(frozen=True)
class Answered:
    question_id: int
    faq_id: int
    student: str


@dataclass(frozen=True)
class _Item:
    id: int
    answer: str
    updated_at: datetime


@dataclass(frozen=True)
class _Faq:
    """A course's FAQ entries in use, and the index that matches questions to them."""

    items: dict[int, _Item]
    index: FaqIndex


_cache_by_db: WeakKeyDictionary[Database, dict[str, tuple[float, _Faq]]] = WeakKeyDictionary()
"""Per database, per course: the FAQ entries in use, and when they were read."""


def forget(course_id: str) -> None:
    """Drop the cached entries of a course (after a change in this process)."""
    for cache in _cache_by_db.values():
        cache.pop(course_id, None)
    for kept in _kept_by_db.values():  # an answered question asked again is kept again
        for memo in [m for m in kept if m[0] == course_id]:
            del kept[memo]


async def _faq(db: Database, course: Course, answerer: Answerer) -> _Faq:
    cache = _cache_by_db.setdefault(db, {})
    cached = cache.get(course.id)
    if cached is not None and time.monotonic() - cached[0] < CACHE_SECONDS \
            and cached[1].index.answerer is answerer:
        return cached[1]
    async with db.session() as session:
        rows = await store.active_faq(session=session, course_id=course.id)
    found = _Faq(items={r.id or 0: _Item(id=r.id or 0, answer=r.answer,
                                          updated_at=r.updated_at) for r in rows},
                 index=FaqIndex.build(answerer, ((r.id or 0, r.question, r.answer)
                                                 for r in rows)))
    cache[course.id] = (time.monotonic(), found)
    return found


def faq_answer(item: _Item, course: Course) -> Answer:
    day = item.updated_at.astimezone(course.tz)
    return Answer(kind="answer", lines=(Line(item.answer),), topic=f"faq:{item.id}",
                  sources=(f"Course staff, {day:%a %b} {day.day}, {day.year}",),
                  confidence=MATCH_AT)


async def lookup(db: Database, course: Course, answerer: Answerer, text: str) -> Answer | None:
    """A staff answer for ``text`` from the FAQ (matched in other words: see
    :mod:`bot.answers.faq_match`), or None."""
    found = await _faq(db, course, answerer)
    if not found.items:  # most courses, most of the term: nothing to read the question for
        return None
    fid = found.index.best(text)
    return faq_answer(found.items[fid], course) if fid is not None else None


_kept_by_db: WeakKeyDictionary[Database, OrderedDict[tuple[str, str, str], int]] = \
    WeakKeyDictionary()
"""Per database: questions this process stored lately (asking again is not another write)."""
KEPT_MEMORY = 4096


async def keep(db: Database, course: Course, *, user_id: str, text: str, reason: str,
               now: datetime) -> int:
    """Store a declined (``decline``) or unsure (``unsure``) question; returns its id."""
    clean = " ".join(text.split())[:2000]
    memo = (course.id, user_id, clean)
    _kept = _kept_by_db.setdefault(db, OrderedDict())
    if memo in _kept:
        return _kept[memo]

    async def op(tx: uow.Tx) -> int:
        row = await store.add_question(session=tx.session, course_id=course.id,
                                       user_id=user_id, text=clean, reason=reason, at=now)
        return row.id or 0

    found = await uow.run(db, course_id=course.id, op=op)
    _kept[memo] = found
    while len(_kept) > KEPT_MEMORY:
        _kept.popitem(last=False)
    return found


def forget_asker(db: Database, *, course_id: str, user_id: str) -> None:
    """Drop this process's memory of a student's kept questions (``/privacy delete`` removed
    them), so the words leave memory too and a question asked again is kept again."""
    kept = _kept_by_db.get(db)
    if kept:
        for memo in [m for m in kept if m[0] == course_id and m[1] == user_id]:
            del kept[memo]


_pending: set[asyncio.Task[None]] = set()
_buffers: WeakKeyDictionary[Database, list[tuple[Course, str, str, str, datetime]]] = \
    WeakKeyDictionary()
_writers: WeakKeyDictionary[Database, asyncio.Task[None]] = WeakKeyDictionary()


def keep_soon(db: Database, course: Course, *, user_id: str, text: str, reason: str,
              now: datetime) -> None:
    """:func:`keep` after the reply: the student's answer never waits for the staff queue.

    One writer per database stores whatever has gathered in one transaction (twenty
    students declined at once are one write, not twenty writers queueing for SQLite's
    lock). A question already kept (or being kept) by this process is not kept twice; a
    failure is logged (without the text) and the students' answers are unaffected.
    """
    clean = " ".join(text.split())[:2000]
    kept = _kept_by_db.setdefault(db, OrderedDict())
    memo = (course.id, user_id, clean)
    if memo in kept:
        return
    kept[memo] = 0  # being kept
    _buffers.setdefault(db, []).append((course, user_id, clean, reason, now))
    writer = _writers.get(db)
    if writer is None or writer.done():
        writer = asyncio.get_running_loop().create_task(_write(db))
        _writers[db] = writer
        _pending.add(writer)
        writer.add_done_callback(_pending.discard)


async def _write(db: Database) -> None:
    while True:
        buffer = _buffers.get(db)
        if not buffer:
            return
        batch = list(buffer)
        buffer.clear()
        for course_id in dict.fromkeys(item[0].id for item in batch):
            items = [item for item in batch if item[0].id == course_id]

            kept = _kept_by_db.setdefault(db, OrderedDict())
            try:
                ids = await uow.run(db, course_id=course_id, op=_inserts(course_id, items))
            except Exception:
                logger.warning("could not keep %d declined question(s)", len(items),
                               exc_info=True)
                for _course, user_id, text, _reason, _now in items:
                    kept.pop((course_id, user_id, text), None)  # asked again: tried again
                continue
            for (_course, user_id, text, _reason, _now), qid in zip(items, ids, strict=True):
                kept[(course_id, user_id, text)] = qid
            while len(kept) > KEPT_MEMORY:
                kept.popitem(last=False)


def _inserts(course_id: str, items: list[tuple[Course, str, str, str, datetime]]
             ) -> Callable[[uow.Tx], Awaitable[list[int]]]:
    async def op(tx: uow.Tx) -> list[int]:
        ids = []
        for _course, user_id, text, reason, now in items:
            row = await store.add_question(session=tx.session, course_id=course_id,
                                           user_id=user_id, text=text, reason=reason, at=now)
            ids.append(row.id or 0)
        return ids

    return op


async def settle() -> None:
    """Wait until every question scheduled by :func:`keep_soon` is stored (tests, shutdown)."""
    while _pending:
        await asyncio.gather(*list(_pending), return_exceptions=True)


async def _refuse(db: Database, course: Course, actor: Actor, verb: str,
                  now: datetime) -> Problem:
    """The staff tools' one refusal (``bot.staff.refuse``: a ``course.refused`` audit row)."""
    from bot import staff

    refused = await staff.refuse(db, course, actor=actor, verb=verb, now=now)
    return Problem("not_staff", refused.message if refused else "Only the course staff can do "
                                                                  "that; nothing was changed.")


@dataclass(frozen=True)
class OpenQuestions:
    """The oldest open questions (at most :data:`LISTED`) and how many are open in all."""

    questions: tuple[QuestionView, ...]
    total: int


LISTED = 20


async def open_questions(db: Database, course: Course, *, actor: Actor,
                         now: datetime) -> OpenQuestions | Problem:
    if not actor.is_staff:
        return await _refuse(db, course, actor, "questions", now)
    async with db.session() as session:
        rows = await store.open_questions(session=session, course_id=course.id, limit=LISTED)
        total = (len(rows) if len(rows) < LISTED
                 else await store.count_open(session=session, course_id=course.id))
    return OpenQuestions(questions=tuple(
        QuestionView(id=r.id or 0, user_id=r.user_id, text=r.text, reason=r.reason,
                     asked_at=r.asked_at) for r in rows), total=total)


def _id(text: str, what: str) -> tuple[int, str] | Problem | None:
    """``<id> <rest>`` → (id, rest); a number no row can have (``0``, ``999…``) → "There is
    no <what> …"; None when it does not start with a number."""
    typed, number, rest = leading_id(text)
    if not (typed.isascii() and typed.isdigit()):
        return None
    if number is None:
        return Problem("not_found", f"There is no {what} {shown_id(typed)}")
    return number, rest


async def question_to_answer(db: Database, course: Course, *, actor: Actor, question_id: int,
                             now: datetime) -> QuestionView | Problem:
    """The open question ``question_id``, for a staff member about to answer it (the modal)."""
    if not actor.is_staff:
        return await _refuse(db, course, actor, "answer", now)
    async with db.session() as session:
        question = await store.get_question(session=session, course_id=course.id,
                                            question_id=question_id)
    if question is None:
        return Problem("not_found", f"There is no question {question_id}.")
    if question.status != "open":
        return _closed(question, "answer")
    return QuestionView(id=question.id or 0, user_id=question.user_id, text=question.text,
                        reason=question.reason, asked_at=question.asked_at)


async def answer_question(db: Database, course: Course, *, actor: Actor, text: str,
                          now: datetime) -> Answered | Problem:
    """``text`` is ``<id> <answer>`` (``/course answer``): see :func:`answer_one`."""
    if not actor.is_staff:
        return await _refuse(db, course, actor, "answer", now)
    parsed = _id(text, "question")
    if isinstance(parsed, Problem):
        return parsed
    if parsed is None or not parsed[1]:
        return Problem("usage", "Use `/course answer <id> <answer>` (ids are in "
                                "`/course questions`).")
    return await answer_one(db, course, actor=actor, question_id=parsed[0], answer=parsed[1],
                            now=now)


async def answer_one(db: Database, course: Course, *, actor: Actor, question_id: int,
                     answer: str, now: datetime) -> Answered | Problem:
    """Answer question ``question_id`` (``/course answer`` or the modal): the student gets
    the answer by DM (an outbox row in the same transaction) and it becomes a FAQ entry.

    Refused for anyone but staff (audited); an empty or too long answer, an unknown
    question or one answered meanwhile (``answered``, with who) is a :class:`Problem`.
    """
    if not actor.is_staff:
        return await _refuse(db, course, actor, "answer", now)
    reply = answer.strip()
    if not reply:
        return Problem("empty", "Please write an answer.")
    if len(reply) < MIN_ANSWER:
        return _too_short(reply)
    if len(reply) > MAX_ANSWER:
        return Problem("too_long", f"Please keep the answer under {MAX_ANSWER} characters "
                                   f"(it has {len(reply)}).")
    qid = question_id

    async def op(tx: uow.Tx) -> Answered | Problem:
        question = await store.get_question(session=tx.session, course_id=course.id,
                                            question_id=qid, lock=True)
        if question is None:
            return Problem("not_found", f"There is no question {qid}.")
        if question.status != "open":
            return _closed(question, "answer")
        entry = await store.add_faq(session=tx.session, course_id=course.id,
                                    question=question.text, answer=reply,
                                    author=actor.user_id, at=now)
        await store.mark_answered(session=tx.session, question=question, by=actor.user_id,
                                  at=now, faq_id=entry.id or 0)
        await audit_repo.add_audit(session=tx.session, course_id=course.id, actor=actor.user_id,
                             action="faq.answer", target=f"question {qid}",
                             new={"faq_id": entry.id, "answer": reply[:500]}, at=now)
        tx.send(Message(kind=ANSWERED, to=question.user_id,
                        data={"question_id": qid, "faq_id": entry.id, "question": question.text,
                              "answer": reply, "by": actor.user_id, "at": now.isoformat()},
                        key=f"{ANSWERED}:{qid}"))
        return Answered(question_id=qid, faq_id=entry.id or 0, student=question.user_id)

    outcome = await uow.run(db, course_id=course.id, op=op)
    forget(course.id)
    return outcome


def _closed(question: Question, verb: str) -> Problem:
    """Question ``question`` is answered or dismissed already: the problem says which, by
    whom and when (code ``answered`` or ``dismissed``)."""
    qid = question.id or 0
    dismissed = question.status == "dismissed"
    if verb == "dismiss" or dismissed:
        reason = f"Question {qid} is not open any more."
    else:
        reason = f"Question {qid} was already answered."
    return Problem("dismissed" if dismissed else "answered", reason,
                   by=question.answered_by or "", at=question.answered_at)


def _too_short(reply: str) -> Problem:
    return Problem("too_short", f"Please write a real answer (at least {MIN_ANSWER} "
                                f"characters; it has {len(reply)}): the student gets it and it "
                                "becomes an FAQ entry. To close a spam or duplicate question "
                                "without an answer, use `/course dismiss <id>`.")


@dataclass(frozen=True)
class Dismissed:
    """Question ``question_id`` (asked by ``student``) closed without an answer."""

    question_id: int
    student: str


async def dismiss_question(db: Database, course: Course, *, actor: Actor, text: str,
                           now: datetime) -> Dismissed | Problem:
    """``/course dismiss <id> [why]``: close an open question (spam, a duplicate) without an
    FAQ entry and without a DM. Staff only (anyone else refused, audited); audited."""
    if not actor.is_staff:
        return await _refuse(db, course, actor, "dismiss", now)
    parsed = _id(text, "question")
    if isinstance(parsed, Problem):
        return parsed
    if parsed is None:
        return Problem("usage", "Use `/course dismiss <id>` (ids are in `/course questions`).")
    qid, why = parsed

    async def op(tx: uow.Tx) -> Dismissed | Problem:
        question = await store.get_question(session=tx.session, course_id=course.id,
                                            question_id=qid, lock=True)
        if question is None:
            return Problem("not_found", f"There is no question {qid}.")
        if question.status != "open":
            return _closed(question, "dismiss")
        await store.mark_dismissed(session=tx.session, question=question, by=actor.user_id,
                                   at=now)
        await audit_repo.add_audit(session=tx.session, course_id=course.id,
                                   actor=actor.user_id, action="faq.dismiss",
                                   target=f"question {qid}",
                                   old={"status": "open"},
                                   new={"status": "dismissed", "why": why[:200]}, at=now)
        return Dismissed(question_id=qid, student=question.user_id)

    return await uow.run(db, course_id=course.id, op=op)


async def faq_entries(db: Database, course: Course, *, actor: Actor,
                      now: datetime) -> list[FaqView] | Problem:
    if not actor.is_staff:
        return await _refuse(db, course, actor, "faq", now)
    async with db.session() as session:
        rows = await store.active_faq(session=session, course_id=course.id)
    return [FaqView(id=r.id or 0, question=r.question, answer=r.answer, author=r.author,
                    updated_at=r.updated_at) for r in rows]


async def _change(db: Database, course: Course, *, actor: Actor, text: str, now: datetime,
                  verb: str) -> FaqView | Problem:
    if not actor.is_staff:
        return await _refuse(db, course, actor, f"faq {verb}", now)
    parsed = _id(text, "FAQ entry")
    if isinstance(parsed, Problem):
        return parsed
    if parsed is None or (verb == "edit" and not parsed[1]):
        return Problem("usage", "Use `/course faq edit <id> <new answer>` or "
                                "`/course faq retire <id>`.")
    fid, new = parsed
    if verb == "edit" and len(new) < MIN_ANSWER:
        return _too_short(new)
    if len(new) > MAX_ANSWER:
        return Problem("too_long", f"Please keep the answer under {MAX_ANSWER} characters.")

    async def op(tx: uow.Tx) -> FaqView | Problem:
        entry = await store.get_faq(session=tx.session, course_id=course.id, faq_id=fid)
        if entry is None or entry.retired:
            return Problem("not_found", f"There is no FAQ entry {fid} in use.")
        old = entry.answer
        if verb == "edit":
            await store.update_faq(session=tx.session, entry=entry, answer=new,
                                   by=actor.user_id, at=now)
        else:
            await store.update_faq(session=tx.session, entry=entry, retired=True,
                                   by=actor.user_id, at=now)
        await audit_repo.add_audit(session=tx.session, course_id=course.id, actor=actor.user_id,
                             action=f"faq.{verb}", target=f"faq {fid}",
                             old={"answer": old[:500]},
                             new={"answer": entry.answer[:500], "retired": entry.retired},
                             at=now)
        return FaqView(id=fid, question=entry.question, answer=entry.answer,
                       author=entry.author, updated_at=entry.updated_at, retired=entry.retired)

    outcome = await uow.run(db, course_id=course.id, op=op)
    forget(course.id)
    return outcome


async def edit_faq(db: Database, course: Course, *, actor: Actor, text: str,
                   now: datetime) -> FaqView | Problem:
    """``text`` is ``<id> <new answer>``."""
    return await _change(db, course, actor=actor, text=text, now=now, verb="edit")


async def retire_faq(db: Database, course: Course, *, actor: Actor, text: str,
                     now: datetime) -> FaqView | Problem:
    """``text`` is ``<id>``: the entry is no longer used (kept for the record)."""
    return await _change(db, course, actor=actor, text=text, now=now, verb="retire")


async def ask(db: Database, course: Course, *, text: str, now: datetime,
              asker: Asker) -> Answer:
    """Answer one question for ``asker`` (the one entry point of DMs, mentions and ``/ask``).

    Answers that state deadline dates come from the stored deadlines (moved by staff, or
    the asker's own): read from memory when current, else the answer is made once from the
    file to see whether it needs them, so only dated answers ever wait for the database.
    """
    answerer = answerer_for(course)
    # answers speak of days and times to the minute: read at the minute, a question asked
    # again within it is answered from the answerer's memory (Answerer.answer)
    minute = now.replace(second=0, microsecond=0)
    snapshot = current_snapshot(db, course)
    if snapshot is not None:
        answer = answerer.answer(text, now=minute, asker=asker,
                                 due=_due_of(snapshot, user_id=asker.user_id))
    else:
        answer = answerer.answer(text, now=minute, asker=asker)
        if answer.dated:
            due = await stored_due(db, course, user_id=asker.user_id)
            answer = answerer.answer(text, now=minute, asker=asker, due=due)
    if answer.kind in {"decline", "unsure"} and not answer.sensitive and text.strip():
        # the syllabus is silent: a staff answer to a similar question, else keep it for them
        found = await lookup(db, course, answerer, text)
        if found is not None:
            return found
        if asker.user_id and worth_keeping(answerer, text, answer):
            # kept for the staff once the reply is on its way
            keep_soon(db, course, user_id=asker.user_id, text=text, reason=answer.kind,
                          now=now)
            answer = _with_kept_note(answer)
    return answer


def worth_keeping(answerer: Answerer, text: str, answer: Answer) -> bool:
    """Whether a declined or unsure question goes to the staff queue: only a course question
    the syllabus could plausibly answer, never a personal disclosure or story
    (:func:`~bot.answers.support.discloses`). An unsure answer touched a course topic: kept. A
    decline is not kept when the engine declined it as a request to do the work
    ("write my paper review for me") or as about another course, nor when nothing in it is
    about the course ("what's the weather in champaign": see
    :func:`~bot.answers.faq_match.touches_course`)."""
    if answer.topic in {DO_FOR_ME_TOPIC, OTHER_COURSE_TOPIC}:
        return False  # the engine declined it as a request to do the work, or another course
    memo = _worth_by_answerer.setdefault(answerer, OrderedDict())
    found = memo.get((text, answer.kind))
    if found is None:
        # a personal disclosure or story is the student's alone, never queued
        found = not discloses(text) and (answer.kind == "unsure"
                                         or touches_course(answerer, text))
        memo[(text, answer.kind)] = found
        if len(memo) > KEPT_MEMORY:
            memo.popitem(last=False)
    return found


_worth_by_answerer: WeakKeyDictionary[Answerer, OrderedDict[tuple[str, str], bool]] = \
    WeakKeyDictionary()
"""Per course reader: whether a declined wording goes to the staff (asked again: known)."""




_kept_notes: OrderedDict[int, tuple[Answer, Answer]] = OrderedDict()
"""Declines with the "goes to the staff" note, per decline (by identity: the answerer keeps
its answers, so the same question declined again is the same object)."""


def _with_kept_note(answer: Answer) -> Answer:
    found = _kept_notes.get(id(answer))
    if found is not None and found[0] is answer:
        return found[1]
    noted = replace(answer, notes=(*answer.notes, KEPT_NOTE))
    _kept_notes[id(answer)] = (answer, noted)
    if len(_kept_notes) > KEPT_MEMORY:
        _kept_notes.popitem(last=False)
    return noted


KEPT_NOTE = ("Your question goes to the course staff, with your name, so they can answer it: "
             "if they do, you'll get their answer by DM.")
