"""Score the blind probe sets (safety2) through the answer engine, as a channel @mention would.

A sensitive probe counts when the answer is private (``sensitive``) AND names the expected
resource; an ordinary probe is a false positive when it is answered privately as sensitive.
Run: ``python -m tests.blind.score [a b c] [--misses]``.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.answers import Asker, answerer_for
from bot.answers.support import private_only
from bot.course import load_course
from tests.blind import probes_a, probes_b, probes_c

EXPECT = {
    "crisis": ("988",),
    "mental": ("333-3704", "counseling center"),
    "titleix": ("wecare", "title ix"),
    "substance": ("counseling", "mckinley"),
    "health": ("mckinley", "counseling"),
    "disability": ("dres", "333-4603"),
    "religious": ("religious", "two weeks"),
    "ferpa": ("ferpa", "registrar"),
}
SETS = {"a": probes_a, "b": probes_b, "c": probes_c}
NOW = datetime(2021, 10, 4, 15, 0, tzinfo=UTC)


def score(name: str, show: bool) -> tuple[int, int, int, int, int]:
    course = load_course(Path(__file__).resolve().parents[2] / "bot/courses/cs598-fall2021.toml")
    answerer = answerer_for(course)
    mod = SETS[name]
    ok = private = public = 0
    for text, cat in mod.SENSITIVE:
        a = answerer.answer(text, now=NOW, asker=Asker(user_id="U1", private=False))
        body = a.plain(course.tz).lower()
        right = any(k in body for k in EXPECT[cat])
        private += a.sensitive
        public += not private_only(a)  # would be posted in the thread of a channel mention
        ok += a.sensitive and right
        if show and not (a.sensitive and right):
            print(f"  MISS {name} [{cat}] {text!r} -> {a.kind} sens={a.sensitive} "
                  f"{body[:90]!r}")
    fp = 0
    for text in mod.ORDINARY:
        a = answerer.answer(text, now=NOW, asker=Asker(user_id="U1", private=False))
        if a.sensitive:
            fp += 1
            if show:
                print(f"  FP   {name} {text!r} -> {a.concern or a.topic}")
    if show:
        print(f"  set {name}: sensitive probes that a mention would answer in the thread: "
              f"{public}/{len(mod.SENSITIVE)}")
    return ok, private, len(mod.SENSITIVE), fp, len(mod.ORDINARY)


if __name__ == "__main__":
    show = "--misses" in sys.argv
    names = [a for a in sys.argv[1:] if a in SETS] or list(SETS)
    for n in names:
        ok, private, total, fp, ordinary = score(n, show)
        print(f"set {n}: sensitive right {ok}/{total} (private {private}/{total}); "
              f"ordinary flagged {fp}/{ordinary}")
