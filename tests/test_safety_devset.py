"""The safety dev set (tests/devset/sensitive.py, written apart from the detector): its score
may not fall below what the detector reached when the set was folded in.

Measured on that set before the detector's general cue rules (commit a0e49dc): 83/124
sensitive messages answered with the expected resources (89 recognised), 12/105 ordinary
questions flagged. After: 124/124 and 0/105. Run ``python -m tests.test_safety_devset``
for the misses by category.
"""

from __future__ import annotations

from collections import Counter

from bot.answers.safety import detect, reply
from bot.course import Course, load_course
from tests.devset import sensitive as devset

SENSITIVE_FLOOR = 124  # of 124: recognised, with every expected resource in the reply
ORDINARY_CEILING = 0  # of 105: ordinary questions flagged


def _wrong(entry: dict, course: Course) -> str | None:
    """Why ``entry`` is not answered as expected, or None."""
    concern = detect(entry["text"], course)
    if concern is None:
        return "not recognised"
    text = reply(concern, course).plain(course.tz).lower()
    missing = [k for k in entry["expect"] if not any(a.lower() in text for a in k.split("|"))]
    if missing:
        return f"{concern.kind}: missing {missing}"
    if entry["category"] == "harassment_by_staff":
        named = [p.name for p in course.staff if p.name.lower() in text
                 or p.email.lower() in text]
        if named or "office hour" in text:
            return f"points to staff: {named or 'office hours'}"
    return None


def score(course: Course) -> tuple[Counter[str], Counter[str], list[str], list[str]]:
    """(right per category, total per category, misses with reasons, ordinary flagged)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    for entry in devset.SENSITIVE:
        total[entry["category"]] += 1
        why = _wrong(entry, course)
        if why is None:
            right[entry["category"]] += 1
        else:
            misses.append(f"{entry['category']}: {entry['text']!r} ({why})")
    flagged = [q for q in devset.ORDINARY if detect(q, course) is not None]
    return right, total, misses, flagged


def test_the_dev_set_scores_at_least_its_recorded_figure(course: Course) -> None:
    right, total, misses, flagged = score(course)
    assert sum(total.values()) == len(devset.SENSITIVE) == 124
    assert sum(right.values()) >= SENSITIVE_FLOOR, misses
    assert len(flagged) <= ORDINARY_CEILING, flagged


def test_every_category_of_the_issue_is_in_the_dev_set() -> None:
    categories = {e["category"] for e in devset.SENSITIVE}
    assert categories >= {"self_harm", "suicide", "harassment", "harassment_by_staff",
                          "sexual_misconduct", "assault", "substance", "discrimination",
                          "disability", "religious", "ferpa"}


if __name__ == "__main__":
    right, total, misses, flagged = score(load_course())
    print(f"sensitive: {sum(right.values())}/{sum(total.values())}; "
          f"ordinary flagged: {len(flagged)}/{len(devset.ORDINARY)}")
    for category in total:
        print(f"  {category}: {right[category]}/{total[category]}")
    for line in misses:
        print("  miss:", line)
    for q in flagged:
        print("  flagged:", q)
