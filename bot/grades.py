"""Grade what-if: the letter for a percentage, a letter's band, a weighted total, what you need.

Everything comes from the course file's ``[grading]`` (component weights, letter cutoffs);
this module only does arithmetic on it. Plain values in and out, no Slack.

Example::

    >>> what_if("reviews 27/30 presentations 18/20 need A", course).kind
    'need'
    >>> what_if("87", course).cutoff.letter
    'A-'
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from bot.course import Course, Cutoff, GradeComponent

GradeKind = Literal["letter", "cutoff", "total", "need", "usage", "error"]

_NUMBER = r"-?\d+(?:\.\d+)?"
# a score: "27/30", "27 / 30", "27 out of 30", "90%", "90 percent", "90"
_SCORE = re.compile(
    rf"(?<![\w.])({_NUMBER})\s*(?:(?:/|out of|outta)\s*({_NUMBER})|(%|percent\b|pct\b))?"
)
_LETTER = r"([A-Da-dFf])\s?([+-]|plus\b|minus\b)?"
# "need an A", "to get a B+", "for an A-", "target A": the letter someone is aiming for
_TARGET = re.compile(
    r"\b(?:need|get|getting|for|want|target|reach|keep|make|pull|land)\s+"
    r"(?:an?\s+([A-Da-dFf])|([A-DF]))\s?([+-]|plus\b|minus\b)?(?![\w+-])",
)
_FILLER = {"i", "im", "got", "get", "have", "had", "my", "on", "in", "for", "the", "a", "an",
           "and", "with", "so", "far", "score", "scored", "points", "point", "grade", "of",
           "is", "was", "what", "whats", "me", "to", "need", "do", "did", "at", "total",
           "it", "were", "are", "s", "out", "percent", "pct", "plus", "about", "around",
           "like", "also", "then", "if", "be", "would", "will", "overall", "current",
           "currently", "ok", "hey", "hi", "please", "pls", "bot", "calc",
           "calculate", "compute", "letter", "remaining", "rest", "left", "am", "sitting"}


@dataclass(frozen=True)
class Score:
    """One graded component as the asker gave it: ``fraction`` of its full weight."""

    component: GradeComponent
    fraction: float
    given: str

    @property
    def points(self) -> float:
        """Weighted points earned (out of the component's weight)."""
        return self.fraction * self.component.weight


@dataclass(frozen=True)
class GradeResult:
    """What ``/grade`` and grade questions answer; see :func:`what_if`."""

    kind: GradeKind
    percent: float | None = None
    cutoff: Cutoff | None = None
    """The band of ``percent`` (letter) or the band asked about (cutoff)."""
    scores: tuple[Score, ...] = ()
    target: Cutoff | None = None
    needed: float | None = None
    """Average percent needed on ``remaining`` to reach ``target``."""
    remaining: tuple[GradeComponent, ...] = ()
    focus: tuple[GradeComponent, ...] = ()
    """Components named without a score ("what do I need on the final report")."""
    error: str = ""
    components: tuple[GradeComponent, ...] = field(default=())

    @property
    def earned(self) -> float:
        return math.fsum(s.points for s in self.scores)

    @property
    def graded_weight(self) -> float:
        return math.fsum(s.component.weight for s in self.scores)


def _letter(letter: str, sign: str | None) -> str:
    sign = {"plus": "+", "minus": "-"}.get((sign or "").lower(), sign or "")
    return letter.upper() + sign


def cutoff_named(course: Course, name: str) -> Cutoff | None:
    """The cutoff for a letter such as ``"B+"`` (case-insensitive), if the course has it."""
    return next((c for c in course.grading.cutoffs if c.letter.upper() == name.upper()), None)


def _component_phrases(course: Course) -> list[tuple[str, GradeComponent]]:
    pairs: list[tuple[str, GradeComponent]] = []
    for c in course.grading.components:
        for phrase in {c.title.lower(), c.key.replace("_", " "), *(a.lower() for a in c.aliases)}:
            pairs.append((phrase, c))
    # longest first, so "project presentation" wins over "presentation"
    return sorted(pairs, key=lambda p: -len(p[0]))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("-", " "))


def _find_component(course: Course, text: str) -> tuple[GradeComponent | None, list[str]]:
    """The component named in ``text`` (fuzzy, longest alias first) and the leftover words."""
    words = _words(text)
    if not words:
        return None, []
    for phrase, component in _component_phrases(course):
        target = phrase.replace("-", " ").split()
        n = len(target)
        for i in range(len(words) - n + 1):
            window = words[i:i + n]
            if all(w == t or (len(t) >= 5 and fuzz.ratio(w.rstrip("s"), t.rstrip("s")) >= 80)
                   or w.rstrip("s") == t.rstrip("s") for w, t in zip(window, target, strict=True)):
                return component, words[:i] + words[i + n:]
    return None, words


def component_names(course: Course) -> str:
    """``Paper presentations (20%), Blog posts (10%), …`` for messages."""
    return ", ".join(f"{c.title} ({c.weight:g}%)" for c in course.grading.components)


def what_if(text: str, course: Course) -> GradeResult:
    """Read ``/grade`` text: a percentage, a letter, scores per component, and/or a target.

    Forms: ``87`` → letter and band; ``B+`` → the band; ``reviews 27/30 presentations 18/20``
    → the weighted total so far; add ``need A`` (or "to get an A") → the average needed on
    what remains. Bad numbers or unknown components give ``kind="error"`` with a message.
    """
    components = tuple(course.grading.components)
    raw = " ".join(text.split())
    if not raw or raw.lower() in {"help", "?", "-h", "--help"}:
        return GradeResult(kind="usage", components=components)

    target: Cutoff | None = None
    match = _TARGET.search(raw)
    if match:
        target = cutoff_named(course, _letter(match.group(1) or match.group(2),
                                              match.group(3)))
        if target is None:
            return GradeResult(kind="error", components=components,
                               error=f"There is no letter grade “{match.group(0).split()[-1]}”.")
        raw = (raw[:match.start()] + " " + raw[match.end():]).strip()

    found = list(_SCORE.finditer(raw))
    if not found:
        alone = re.fullmatch(rf"\s*(?:what(?:'?s| is)\s+)?(?:an?\s+)?{_LETTER}\s*\??\s*", raw)
        if alone and target is None:
            cutoff = cutoff_named(course, _letter(alone.group(1), alone.group(2)))
            if cutoff is not None:
                return GradeResult(kind="cutoff", cutoff=cutoff, components=components)
        named, _rest = _find_component(course, raw)
        if target is not None:
            return GradeResult(kind="usage", target=target, components=components,
                               focus=(named,) if named else ())
        return GradeResult(kind="error", components=components,
                           error="I couldn't find a score in that. Give a percentage "
                                 "(`/grade 87`) or scores per component "
                                 "(`/grade reviews 27/30 presentations 18/20`).")

    scores: list[Score] = []
    seen: set[str] = set()
    plain: float | None = None
    pieces = [raw[: found[0].start()]]
    pieces += [raw[a.end(): b.start()] for a, b in itertools.pairwise(found)]
    pieces.append(raw[found[-1].end():])
    focus: list[GradeComponent] = []
    used_after: set[int] = set()
    for index, m in enumerate(found):
        value = float(m.group(1))
        out_of = float(m.group(2)) if m.group(2) else None
        given = m.group(0).strip()
        before = pieces[index] if index not in used_after else ""
        component, leftover = _find_component(course, before)
        if component is None:
            after = pieces[index + 1]
            if re.match(r"\s*(?:on|in|for|from)\b", after):
                component, leftover = _find_component(course, after)
                if component is not None:
                    used_after.add(index + 1)
        unknown = [w for w in leftover if w not in _FILLER and not w.isdigit()]
        if component is None:
            if unknown:
                name = " ".join(unknown[-3:])
                return GradeResult(
                    kind="error", components=components,
                    error=f"I don't know a graded component called “{name}”. "
                          f"The components are: {component_names(course)}.")
            if len(found) == 1 and plain is None:
                plain = value if out_of is None else (value / out_of * 100 if out_of else math.nan)
                if out_of is not None and out_of <= 0:
                    return GradeResult(kind="error", components=components,
                                       error=f"“{given}” is not a score (the total must be "
                                             "above 0).")
                continue
            return GradeResult(kind="error", components=components,
                               error=f"Which component is “{given}” for? Name it before the "
                                     f"score. The components are: {component_names(course)}.")
        if value < 0 or (out_of is not None and out_of <= 0):
            return GradeResult(kind="error", components=components,
                               error=f"“{given}” for {component.title} is not a valid score: "
                                     "use a number from 0 up.")
        fraction = value / out_of if out_of is not None else value / 100
        if fraction > 1 + 1e-9:
            return GradeResult(kind="error", components=components,
                               error=f"“{given}” for {component.title} is over 100%.")
        if component.key in seen:
            return GradeResult(kind="error", components=components,
                               error=f"{component.title} is given twice.")
        seen.add(component.key)
        scores.append(Score(component=component, fraction=fraction, given=given))

    for piece in pieces[len(found):]:
        extra, _ = _find_component(course, piece)
        if extra is not None and extra.key not in seen:
            focus.append(extra)

    if plain is not None and not scores:
        if math.isnan(plain) or plain < 0:
            return GradeResult(kind="error", components=components,
                               error="A percentage must be a number from 0 to 100.")
        if plain > 100 + 1e-9:
            return GradeResult(kind="error", components=components,
                               error=f"{plain:g}% is over 100%: give a percentage from 0 to 100.")
        if target is not None:
            return GradeResult(kind="usage", target=target, percent=plain,
                               components=components)
        return GradeResult(kind="letter", percent=plain, cutoff=course.letter_for(plain),
                           components=components)

    result_scores = tuple(scores)
    graded = math.fsum(s.component.weight for s in scores)
    earned = math.fsum(s.points for s in scores)
    percent = earned / graded * 100 if graded else None
    remaining = tuple(c for c in components if c.key not in seen)
    band = course.letter_for(percent) if percent is not None else None
    if target is None:
        return GradeResult(kind="total", percent=percent, cutoff=band, scores=result_scores,
                           remaining=remaining, components=components, focus=tuple(focus))
    left = 100 - graded
    needed = (target.min - earned) / left * 100 if left > 1e-9 else None
    return GradeResult(kind="need", percent=percent, cutoff=band, scores=result_scores,
                       target=target, needed=needed, remaining=remaining,
                       components=components, focus=tuple(focus))


def fmt(value: float) -> str:
    """A number for people: ``87``, ``87.5``, ``87.33``."""
    return f"{round(value, 2):g}"


def band_text(cutoff: Cutoff) -> str:
    """``85% to under 90%`` / ``95% and above`` (the stored band)."""
    if cutoff.max is None:
        return f"{fmt(cutoff.min)}% and above"
    if cutoff.min <= 0:
        return f"below {fmt(cutoff.max)}%"
    return f"{fmt(cutoff.min)}% to under {fmt(cutoff.max)}%"
