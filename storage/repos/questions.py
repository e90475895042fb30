"""Questions the bot could not answer, and the course FAQ the staff's answers become.

Functions take ``session=`` and never commit (the caller's unit of work does).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import FaqEntry, Question


async def add_question(*, session: AsyncSession, course_id: str, user_id: str, text: str,
                       reason: str, at: datetime) -> Question:
    """Keep an open question (the same open wording from the same student is kept once)."""
    found = await session.execute(
        select(Question).where(col(Question.course_id) == course_id,
                               col(Question.user_id) == user_id, col(Question.text) == text,
                               col(Question.status) == "open"))
    existing = found.scalars().first()
    if existing is not None:
        return existing
    row = Question(course_id=course_id, user_id=user_id, text=text, reason=reason, asked_at=at)
    session.add(row)
    await session.flush()
    return row


async def open_questions(*, session: AsyncSession, course_id: str,
                         limit: int = 20) -> list[Question]:
    """Open questions, oldest first."""
    result = await session.execute(
        select(Question).where(col(Question.course_id) == course_id,
                               col(Question.status) == "open")
        .order_by(col(Question.id)).limit(limit))
    return list(result.scalars())


async def count_open(*, session: AsyncSession, course_id: str) -> int:
    result = await session.execute(
        select(col(Question.id)).where(col(Question.course_id) == course_id,
                                       col(Question.status) == "open"))
    return len(result.all())


async def get_question(*, session: AsyncSession, course_id: str, question_id: int,
                       lock: bool = False) -> Question | None:
    """One question; ``lock`` takes its row until the caller's commit (two staff
    answering it at once: the second sees it answered)."""
    query = select(Question).where(col(Question.course_id) == course_id,
                                   col(Question.id) == question_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    result = await session.execute(query)
    return result.scalars().first()


async def mark_answered(*, session: AsyncSession, question: Question, by: str, at: datetime,
                        faq_id: int) -> None:
    question.status = "answered"
    question.answered_by = by
    question.answered_at = at
    question.faq_id = faq_id
    session.add(question)
    await session.flush()


async def mark_dismissed(*, session: AsyncSession, question: Question, by: str,
                         at: datetime) -> None:
    """Closed without an answer (spam, a duplicate): no FAQ entry, nothing sent."""
    question.status = "dismissed"
    question.answered_by = by
    question.answered_at = at
    session.add(question)
    await session.flush()


async def add_faq(*, session: AsyncSession, course_id: str, question: str, answer: str,
                  author: str, at: datetime) -> FaqEntry:
    row = FaqEntry(course_id=course_id, question=question, answer=answer, author=author,
                   created_at=at, updated_at=at, updated_by=author)
    session.add(row)
    await session.flush()
    return row


async def get_faq(*, session: AsyncSession, course_id: str, faq_id: int) -> FaqEntry | None:
    result = await session.execute(
        select(FaqEntry).where(col(FaqEntry.course_id) == course_id, col(FaqEntry.id) == faq_id))
    return result.scalars().first()


async def active_faq(*, session: AsyncSession, course_id: str) -> list[FaqEntry]:
    """The entries in use (not retired), oldest first."""
    result = await session.execute(
        select(FaqEntry).where(col(FaqEntry.course_id) == course_id,
                               col(FaqEntry.retired).is_(False))
        .order_by(col(FaqEntry.id)))
    return list(result.scalars())


async def update_faq(*, session: AsyncSession, entry: FaqEntry, answer: str | None = None,
                     retired: bool | None = None, by: str, at: datetime) -> None:
    if answer is not None:
        entry.answer = answer
    if retired is not None:
        entry.retired = retired
    entry.updated_at = at
    entry.updated_by = by
    session.add(entry)
    await session.flush()
