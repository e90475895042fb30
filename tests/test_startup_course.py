"""Start-up and ``load-course``: a start never undoes a newer ``load-course``.

At start the COURSE_FILE is loaded when the course is not stored yet, or reloaded when
the stored course came from that same file (edited in place). When the stored course
came from another file (a ``load-course`` since), it is kept and one warning names both.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.config import Settings
from app.factory import build_runtime
from bot.clock import FrozenClock
from bot.course import default_course_path, load_course
from bot.seeding import KeptLoaded, ensure_course_loaded, load_course_into
from storage.db import Database
from storage.repos import settings as settings_repo


def _copy(tmp_path: Path, name: str, extra: str = "") -> Path:
    path = tmp_path / name
    path.write_bytes(default_course_path().read_bytes() + extra.encode())
    return path


async def _stored(db: Database, course_id: str) -> tuple[str, str]:
    async with db.session() as session:
        row = await settings_repo.get_course(session=session, course_id=course_id)
    assert row is not None
    return row.source_path, row.content_hash


async def test_start_keeps_a_course_loaded_later_from_another_file(
        db: Database, tmp_path: Path, settings: Settings, clock: FrozenClock,
        caplog: pytest.LogCaptureFixture) -> None:
    startup = load_course(_copy(tmp_path, "course.toml"))
    assert await ensure_course_loaded(db, startup) is not None  # a fresh database: seeded
    newer = load_course(_copy(tmp_path, "newer.toml", "\n# v5\n"))
    await load_course_into(db, newer, actor="cli")  # the operator's later load-course

    kept = await ensure_course_loaded(db, startup)  # the next start
    assert isinstance(kept, KeptLoaded)
    assert await _stored(db, startup.id) == (newer.source_path, newer.content_hash)

    caplog.set_level(logging.WARNING, logger="course_bot")
    runtime = build_runtime(settings, clock=clock, course=startup, db=db)
    await runtime.start()
    await runtime.close()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING
                and "kept as loaded" in r.getMessage()]
    assert len(warnings) == 1 and "newer.toml" in warnings[0] and "course.toml" in warnings[0]
    assert await _stored(db, startup.id) == (newer.source_path, newer.content_hash)


async def test_start_reloads_its_own_file_edited_in_place(db: Database,
                                                          tmp_path: Path) -> None:
    path = _copy(tmp_path, "course.toml")
    await ensure_course_loaded(db, load_course(path))
    path.write_bytes(path.read_bytes() + b"\n# edited\n")
    edited = load_course(path)
    report = await ensure_course_loaded(db, edited)
    assert report is not None and not isinstance(report, KeptLoaded)
    assert (await _stored(db, edited.id))[1] == edited.content_hash
    assert await ensure_course_loaded(db, edited) is None  # current: nothing to do
