"""Score the answer engine on the development set (``QUESTIONS`` in ``questions.py``).

The set is read from ``/work/devset/questions.py`` when it is there (where it is written),
else from the copy kept in ``tests/devset/questions.py``; with neither, the test is skipped.
Unlike the held-out set (``tests/heldout``), this set MAY be tuned on.

Each entry: ``q``, ``category``, ``expect`` (substrings the reply must hold; ``"A|B"`` = A or
B), ``forbid`` (substrings that make it wrong) and ``silent`` (the syllabus does not answer:
the reply must decline, with no date and no percent). Replies are judged with the held-out
judge's own matching rules (``tests/heldout/score.py``).

Run::

    python tests/devset_score.py            # summary
    python tests/devset_score.py --details  # every miss, with the reply
    pytest tests/devset_score.py            # the floor below, as a test
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.heldout.score import (  # noqa: E402
    CAVEAT_PHRASES,
    DATE_RE,
    DECLINE_PHRASES,
    PERCENT_RE,
    SENSITIVE_DECLINE,
    contains,
    is_decline,
    normalize,
)

PLACES = (Path("/work/devset/questions.py"), ROOT / "tests" / "devset" / "questions.py")
SETS = {
    "devset": PLACES,
    "devset2": (Path("/work/devset2/questions.py"), ROOT / "tests" / "devset2" / "questions.py"),
    "devset3": (Path("/work/devset3/questions.py"), ROOT / "tests" / "devset3" / "questions.py"),
    # the kept copy first: it carries one correction of the draft (see its header)
    "devset4": (ROOT / "tests" / "devset4" / "questions.py", Path("/work/devset4/questions.py")),
    "devset5": (Path("/work/devset5/questions.py"), ROOT / "tests" / "devset5" / "questions.py"),
    "devset6": (Path("/work/devset6/questions.py"), ROOT / "tests" / "devset6" / "questions.py"),
    "devset7": (Path("/work/devset7/questions.py"), ROOT / "tests" / "devset7" / "questions.py"),
    "devset8": (Path("/work/devset8/questions.py"), ROOT / "tests" / "devset8" / "questions.py"),
    "devset9": (Path("/work/devset9/questions.py"), ROOT / "tests" / "devset9" / "questions.py"),
    "devset10": (Path("/work/devset10/questions.py"), ROOT / "tests" / "devset10" / "questions.py"),
}
"""Each set by name: where it is written, else the copy kept in the repo (devset4: the kept,
corrected copy, else the draft)."""
NOW = (2021, 9, 13, 9, 0)
"""The clock for questions that do not say what day it is (Mon Sep 13 2021, 9:00)."""
FLOOR = 0.9
FLOORS = {"devset": FLOOR, "devset2": 0.85, "devset3": 0.95, "devset4": 0.97, "devset5": 0.97,
          "devset6": 0.97, "devset7": 1.0, "devset8": 1.0, "devset9": 1.0, "devset10": 1.0}
"""devset2 was written after the engine's first round (before: 81.5 % on the 08:07 draft);
devset3 after the second (before: 287/323, 88.9 %, 0 wrong facts, 10 silent answered;
after the third round's tuning: 322/323); devset4 after the fourth (before: 241/284, 84.9 %,
4 wrong facts, 6 silent answered; after the answers5 round: 284/284); devset5 after the fifth
(before: 222/260, 85.4 %, 1 wrong fact, 5 silent answered; after the answers6 round: 259/260);
devset6 after the sixth, 70 of its 100 questions silent (before: 89/100, 0 wrong facts, 11 silent
answered; after the answers7 round: 100/100); devset7 after the seventh (before: 199/220,
90.5 %, 0 wrong facts, 4 silent answered; after the answers8 round: 220/220); devset8 after
the ninth (before: 158/180, 87.8 %, 1 wrong fact, 4 silent answered; after the answers10 round:
178/180; with the support layer's "morning"/"mourning" fix beside it: 180/180); devset9 after
the fourteenth safety round (before: 164/180, 91.1 %, 0 wrong facts, 4 silent answered; 165/180
at the start of the answers12 round; after it: 180/180); devset10 after the fifteenth safety
round (before: 169/180, 93.9 %, 0 wrong facts, 2 silent answered; after the answers13 round:
179/180; with the support round's light-stress fix beside it: 180/180)."""


def load_set(name: str = "devset") -> list[dict[str, Any]] | None:
    for path in SETS[name]:
        if path.exists():
            spec = importlib.util.spec_from_file_location("devset_questions", path)
            assert spec is not None and spec.loader is not None
            module: ModuleType = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return list(module.QUESTIONS)
    return None


def judge(q: dict[str, Any], raw: str) -> list[str]:
    """Why a reply is wrong (empty: right)."""
    reply = normalize(raw)
    reasons = []
    for group in q.get("expect", []):
        if not any(contains(reply, alt) for alt in group.split("|")):
            reasons.append(f"missing {group!r}")
    for bad in q.get("forbid", []):
        if bad == "%" and q.get("silent"):
            continue  # checked below with the held-out's percent rule
        if contains(reply, bad):
            reasons.append(f"forbidden {bad!r}")
    if q.get("silent"):
        if DATE_RE.search(raw.replace("\u00a0", " ")):
            reasons.append("gives a date")
        if PERCENT_RE.search(raw):
            reasons.append("gives a percent")
        if not is_decline(reply, DECLINE_PHRASES + CAVEAT_PHRASES):
            reasons.append("no decline phrase")
    elif is_decline(reply, SENSITIVE_DECLINE):
        reasons.append("declines a question the syllabus answers")
    if not raw.strip():
        reasons.append("empty reply")
    return reasons


def run(details: bool = False, name: str = "devset"
        ) -> tuple[int, int, Counter[str], Counter[str], list[str]]:
    from bot.answers import answerer_for
    from bot.course import default_course_path, load_course

    questions = load_set(name)
    assert questions is not None
    course = load_course(default_course_path())
    answerer = answerer_for(course)
    now = datetime(*NOW, tzinfo=ZoneInfo(course.timezone))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    wrong_facts = silent_answered = 0
    for q in questions:
        text = answerer.answer(q["q"], now=now).plain(course.tz)
        reasons = judge(q, text)
        total[q["category"]] += 1
        if not reasons:
            right[q["category"]] += 1
            continue
        wrong_facts += any(r.startswith("forbidden") for r in reasons)
        silent_answered += bool(q.get("silent"))
        miss = f"[{q['category']}] {q['q']!r}: {'; '.join(reasons)}"
        if details:
            miss += "\n      " + text.replace("\n", "\n      ")
        misses.append(miss)
    good = sum(right.values())
    misses.append(f"wrong facts: {wrong_facts}; silent questions answered: {silent_answered}")
    return good, sum(total.values()), right, total, misses


def _score_set(name: str) -> None:
    import pytest

    if load_set(name) is None:
        pytest.skip(f"no development set {name!r} ({', '.join(map(str, SETS[name]))})")
    good, n, _right, _total, misses = run(name=name)
    print(f"\n{name}: {good}/{n}\n  " + "\n  ".join(misses))
    assert good / n >= FLOORS[name], "\n".join(misses)
    assert misses[-1].startswith("wrong facts: 0;"), misses[-1]
    assert misses[-1].endswith("silent questions answered: 0"), misses[-1]


def test_devset_score() -> None:
    _score_set("devset")


def test_devset2_score() -> None:
    _score_set("devset2")


def test_devset3_score() -> None:
    _score_set("devset3")


def test_devset4_score() -> None:
    _score_set("devset4")


def test_devset5_score() -> None:
    _score_set("devset5")


def test_devset6_score() -> None:
    _score_set("devset6")


def test_devset7_score() -> None:
    _score_set("devset7")


def test_devset8_score() -> None:
    _score_set("devset8")


def test_devset9_score() -> None:
    _score_set("devset9")


def test_devset10_score() -> None:
    _score_set("devset10")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--set", default="devset", choices=sorted(SETS))
    args = parser.parse_args()
    if load_set(args.set) is None:
        print("no development set found")
        return
    good, n, right, total, misses = run(details=args.details, name=args.set)
    print(f"{args.set}: {good}/{n} right ({good / n:.1%})")
    for cat in total:
        print(f"  {cat:<14} {right[cat]:>3}/{total[cat]}")
    if args.details:
        print("\n".join(misses))
    else:
        print(misses[-1])


if __name__ == "__main__":
    main()
