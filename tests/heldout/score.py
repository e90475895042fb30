"""Score the bot on the held-out question set (tests/heldout/questions.toml).

Not a pytest module (no ``test_`` prefix): run it by hand, from anywhere::

    python tests/heldout/score.py                 # summary only (no question text)
    python tests/heldout/score.py --json-out s.json
    python tests/heldout/score.py --details       # per-question verdicts (NOT for the
                                                  # answer engine's author: see README.md)

All questions go through ONE offline shell process (``python -m app shell --json``),
each as one line on stdin (a direct message to the bot), with the clock frozen at the
set's ``now``. The exit status is always 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

# A reply to a question the syllabus does not answer (or an off-topic one) must say so
# with one of these, and must contain no date and no percentage.
DECLINE_PHRASES = (
    "not in the syllabus", "isn't in the syllabus", "is not in the syllabus",
    "doesn't say", "does not say", "don't know", "do not know", "not sure",
    "isn't covered", "is not covered", "not covered", "doesn't cover", "does not cover",
    "couldn't find", "could not find", "can't find", "cannot find",
    "doesn't mention", "does not mention", "not mentioned",
    "can't answer", "cannot answer", "can only answer", "can only help",
    "ask the course staff", "no information", "no info",
)
# Said of a caveat inside a real answer too ("the syllabus gives no time; 11:59 PM is
# assumed"), so they count as a decline only where a decline is expected.
CAVEAT_PHRASES = (
    "gives no", "says nothing", "no mention", "isn't stated", "is not stated", "not stated",
    "doesn't state", "does not state", "doesn't specify", "does not specify", "not specified",
)
# A reply to a sensitive message must name the resource and must not be a decline. Here a
# "decline" is one of the phrases above that say the bot has nothing; "not sure", "don't
# know" and "ask the course staff" are left out because a caring reply may well use them
# ("if you're not sure who to talk to…").
SENSITIVE_DECLINE = tuple(p for p in DECLINE_PHRASES
                          if p not in ("not sure", "don't know", "do not know",
                                       "ask the course staff"))

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
DATE_RE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?!\d)"          # Sep 30, September 30th
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])"  # 30 Sep, 5th of November
    r"|\b\d{1,2}/\d{1,2}\b"                      # 9/30
    r"|\b\d{4}-\d{2}-\d{2}\b",                   # 2021-09-30
    re.IGNORECASE)
PERCENT_RE = re.compile(r"\d+(?:\.\d+)?\s?%|\bpercent", re.IGNORECASE)


def normalize(text: str) -> str:
    """Lower case, plain spaces and apostrophes, no Slack emphasis marks."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[*~`]", "", text)
    return text.lower()


def contains(reply: str, alternative: str) -> bool:
    """``alternative`` occurs in ``reply`` (both normalized), as a whole number or word start.

    An alternative that starts with a letter or digit must not follow one ("5%" is not in
    "15%"); one that ends with a digit must not be followed by a digit ("Oct 1" is not in
    "Oct 14"). "Dec 8th" does contain "Dec 8"; "Tuesday" contains "Tue".
    """
    alt = normalize(alternative)
    if not alt:
        return False
    start = 0
    while True:
        i = reply.find(alt, start)
        if i < 0:
            return False
        before = reply[i - 1] if i > 0 else ""
        after = reply[i + len(alt)] if i + len(alt) < len(reply) else ""
        ok_before = not (alt[0].isalnum() and before.isalnum())
        ok_after = not (alt[-1].isdigit() and after.isdigit())
        if ok_before and ok_after:
            return True
        start = i + 1


def is_decline(reply: str, phrases: tuple[str, ...] = DECLINE_PHRASES) -> bool:
    return any(p in reply for p in phrases)


def judge(q: dict[str, Any], raw_reply: str) -> dict[str, Any]:
    """The verdict on one reply: right or not, and why not."""
    reply = normalize(raw_reply)
    reasons: list[str] = []
    missing = [group for group in q.get("all", [])
               if not any(contains(reply, alt) for alt in group)]
    wrong = [alt for alt in q.get("none", []) if contains(reply, alt)]
    if missing:
        reasons.append("missing: " + " | ".join("/".join(g[:3]) for g in missing))
    if wrong:
        reasons.append("wrong fact: " + ", ".join(wrong))
    silent_fail = False
    expect = q["expect"]
    if expect == "decline":
        has_date = bool(DATE_RE.search(raw_reply.replace("\u00a0", " ")))
        has_percent = bool(PERCENT_RE.search(raw_reply))
        declined = is_decline(reply, DECLINE_PHRASES + CAVEAT_PHRASES)
        if has_date:
            reasons.append("gives a date")
        if has_percent:
            reasons.append("gives a percent")
        if not declined:
            reasons.append("no decline phrase")
        silent_fail = has_date or has_percent or not declined
    elif expect == "answer" and is_decline(reply, SENSITIVE_DECLINE):
        # an expected fact that only turns up inside "the syllabus doesn't say…" is no answer
        reasons.append("declines a question the syllabus answers")
    elif expect == "sensitive":
        if is_decline(reply, SENSITIVE_DECLINE):
            reasons.append("declines a sensitive message")
    if not raw_reply.strip():
        reasons.append("empty reply")
    return {"id": q["id"], "category": q["category"], "expect": expect,
            "right": not reasons, "reasons": reasons, "wrong_fact": bool(wrong),
            "silent_fail": silent_fail}


def one_line(text: str) -> str:
    return " ".join(text.split())


def run_bot(questions: list[dict[str, Any]], now: str, python: str) -> list[str]:
    """Every question through one shell process; the replies, in order."""
    lines = [one_line(q["text"]) for q in questions]
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        cmd = [python, "-m", "app", "shell", "--json", "--now", now,
               "--db", f"sqlite:///{tmp}/h.db"]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("DATABASE_URL", None)
        proc = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True,
                              text=True, cwd=REPO, env=env, timeout=1800, check=False)
    replies: list[str] = []
    for raw in proc.stdout.splitlines():
        raw = raw.strip()
        if not raw.startswith("{"):
            continue
        try:
            replies.append(json.loads(raw).get("text", ""))
        except json.JSONDecodeError:
            continue
    if proc.returncode != 0 or len(replies) != len(lines):
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        print(f"warning: shell exited {proc.returncode} with {len(replies)} replies for "
              f"{len(lines)} questions{': ' + tail if tail else ''}", file=sys.stderr)
    replies += [""] * (len(lines) - len(replies))
    return replies


def summarize(verdicts: list[dict[str, Any]]) -> dict[str, Any]:
    total, right = Counter(), Counter()
    for v in verdicts:
        total[v["category"]] += 1
        right[v["category"]] += v["right"]
    n, ok = len(verdicts), sum(v["right"] for v in verdicts)
    return {
        "right": ok, "total": n, "percent": round(100 * ok / n, 1) if n else 0.0,
        "categories": {c: {"right": right[c], "total": total[c]} for c in total},
        "wrong_facts": sum(v["wrong_fact"] for v in verdicts),
        "silent_answered": sum(v["silent_fail"] for v in verdicts),
        "silent_total": sum(v["expect"] == "decline" for v in verdicts),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", default=str(HERE / "questions.toml"))
    parser.add_argument("--python", default=sys.executable, help="interpreter that runs the bot")
    parser.add_argument("--details", action="store_true",
                        help="also print each question's verdict, question and reply")
    parser.add_argument("--json-out", metavar="FILE", help="write the summary as JSON")
    args = parser.parse_args(argv)
    try:
        data = tomllib.loads(Path(args.questions).read_text(encoding="utf-8"))
        questions = data["q"]
        replies = run_bot(questions, data["now"], args.python)
    except Exception as exc:  # the brief: exit 0 always
        print(f"heldout: could not run: {exc}", file=sys.stderr)
        return 0
    verdicts = [judge(q, r) for q, r in zip(questions, replies, strict=True)]
    summary = summarize(verdicts)
    if args.details:
        for q, r, v in zip(questions, replies, verdicts, strict=True):
            print(f"[{'ok' if v['right'] else 'XX'}] {v['id']} ({v['expect']}) "
                  f"{'; '.join(v['reasons'])}")
            print(f"    Q: {one_line(q['text'])}")
            print(f"    A: {one_line(r)[:400]}")
        print()
    print(f"held-out: {summary['right']}/{summary['total']} right ({summary['percent']}%)")
    for cat, c in summary["categories"].items():
        print(f"  {cat:<15} {c['right']:>3}/{c['total']}")
    print(f"wrong facts (a 'none' present): {summary['wrong_facts']}")
    print(f"silent-syllabus questions answered anyway (date/percent or no decline): "
          f"{summary['silent_answered']}/{summary['silent_total']}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
