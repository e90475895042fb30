"""A presenter gets no review reminders for the class they present (the syllabus: reviews
exclude your own presentations); everyone else still does."""

from __future__ import annotations

from datetime import date

from bot.course import Course
from bot.presentations import personal_key, reviews_deadline
from bot.reminders.schedule import PERSONAL, desired_plan
from storage.models import Deadline, ReminderPref


def test_no_review_reminders_for_the_class_you_present(course: Course) -> None:
    day = date(2021, 10, 21)
    assert course.is_class_date(day)
    reviews = reviews_deadline(course, day, ["A paper"])
    assert reviews is not None
    rows = [Deadline(**reviews.model_dump())]
    for key in ("slides", "blog"):
        rel = course.relative_deadline(key)
        assert rel is not None
        rows.append(Deadline(course_id=course.id, key=personal_key(key, "U0PRESENTER", day),
                             title=rel.title, kind="personal", user_id="U0PRESENTER",
                             due_at=course.relative_due_at(rel, day), origin="presentation"))
    prefs = [ReminderPref(course_id=course.id, user_id=u, enabled=True)
             for u in ("U0PRESENTER", "U0OTHER")]
    plan = desired_plan(course, rows, prefs, channel_id="C0COURSE")
    targets = {target for (key, kind, target, _lead) in plan
               if key == reviews.key and kind == PERSONAL}
    assert targets == {"U0OTHER"}
    # the presenter still gets their own slides and blog reminders
    assert {key for (key, kind, target, _l) in plan
            if kind == PERSONAL and target == "U0PRESENTER"} == {r.key for r in rows[1:]}
