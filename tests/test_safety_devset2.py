"""The second safety set (tests/devset2/sensitive.py, written blind, 121 sensitive and 105
ordinary messages), scored through the full engine: ``answer.sensitive`` and every expected
resource in the reply, and whether the reply would be posted in a thread.

Recorded blind, before any tuning on it: 108/121 right, 3/121 posted publicly, 5/105
ordinary flagged (course answer + Counseling line, intended). After the fourth safety round
(harassment frames, bullying and threats, identity-based treatment, FERPA peers, and the
harm-words-beside-a-confident-answer backstop): 121/121, 0 public, the same 5 ordinary.
Run ``python -m tests.test_safety_devset2`` for the misses.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest

import bot.answers.safety as safety
from bot.answers import answerer_for
from bot.answers.support import private_only
from bot.course import Course, load_course
from tests.devset2 import sensitive as devset2

SENSITIVE_FLOOR = 121  # of 121: sensitive, with every expected resource in the reply
PUBLIC_CEILING = 0  # of 121: a sensitive message answered in the thread
ORDINARY_CEILING = 5  # of 105: each only as course answer + Counseling line
NOW = datetime(2021, 10, 13, 10, tzinfo=ZoneInfo("America/Chicago"))


def score(course: Course, dataset: ModuleType = devset2) -> tuple[
        Counter[str], Counter[str], list[str], list[str], list[str]]:
    """(right per category, total per category, misses, public, ordinary flagged)."""
    engine = answerer_for(course)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    public: list[str] = []
    for entry in dataset.SENSITIVE:
        answer = engine.answer(entry["text"], now=NOW)
        text = answer.plain(course.tz).lower()
        total[entry["category"]] += 1
        if answer.sensitive and all(any(a.lower() in text for a in k.split("|"))
                                    for k in entry["expect"]):
            right[entry["category"]] += 1
        else:
            misses.append(f"{entry['category']}: {entry['text']!r}")
        if not private_only(answer):
            public.append(entry["text"])
    flagged = [q for q in dataset.ORDINARY if engine.answer(q, now=NOW).sensitive]
    return right, total, misses, public, flagged


def test_the_second_set_scores_at_least_its_recorded_figure(course: Course) -> None:
    right, total, misses, public, flagged = score(course)
    assert sum(total.values()) == len(devset2.SENSITIVE) == 121
    assert sum(right.values()) >= SENSITIVE_FLOOR, misses
    assert len(public) <= PUBLIC_CEILING, public
    assert len(flagged) <= ORDINARY_CEILING, flagged


def test_flagged_ordinary_questions_still_get_their_course_answer(course: Course) -> None:
    engine = answerer_for(course)
    for q in devset2.ORDINARY:
        answer = engine.answer(q, now=NOW)
        if answer.sensitive:
            assert answer.concern == "distress", q
            assert "counseling" in answer.lines[-1].text.lower(), q
            assert len(answer.lines) >= 2, q  # the course answer comes first


@pytest.mark.parametrize("text", [
    "my teammate threatens to tank my grade if I don't do all the work",
    "someone keeps harassing me in the class slack, what's the team size",
    "i'm addicted to adderall, when is the final report due",
])
def test_harm_words_beside_a_confident_answer_are_never_public(
        course: Course, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # with the detector blind to the wording, the backstop still keeps it out of the thread
    monkeypatch.setattr(safety, "detect", lambda text, course: None)
    answer = answerer_for(course).answer(text, now=NOW)
    assert answer.sensitive and private_only(answer)
    assert any("counseling" in line.text.lower() or "wecare" in line.text.lower()
               for line in answer.lines)


def test_naming_who_one_is_keeps_a_course_answer_private(
        course: Course, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "detect", lambda text, course: None)
    text = "I'm gay and a teammate said he didn't want to be in a group with 'someone like me'"
    answer = answerer_for(course).answer(text, now=NOW)
    assert private_only(answer)


@pytest.mark.parametrize("text, kind", [
    ("my roommate keeps posting nasty jokes about me online", "harassment"),
    ("a guy in my section has been spreading rumors about me", "harassment"),
    ("the grader keeps belittling me in the comments", "harassment"),
    ("my friend got bullied by her lab partner", "harassment"),
    ("she threatened to report me unless I give her my code", "harassment"),
    ("the TA hinted at extra points in return for drinks", "harassment"),
    ("a classmate told me people from my country can't code.", "discrimination"),
    ("my group won't work with someone like me", "discrimination"),
    ("I'm Muslim and my teammates keep ignoring my ideas", "discrimination"),
    ("could another student look up my grades", "ferpa"),
    ("honestly just done with living", "self_harm"),
    ("someone made a fake account to make fun of me", "harassment"),
    ("my teammate said he'd make sure I fail if I report him", "harassment"),
    ("a classmate posted my photo in the group chat with disgusting captions", "harassment"),
    ("the instructor said my grade depends on whether I go to dinner with him", "harassment"),
    ("the grader told me I only got in because of diversity", "discrimination"),
    ("the TA keeps commenting on how I look in office hours", "harassment"),
    ("the grader gave me a lower score after I turned down his invitation", "harassment"),
    ("the TA said he could bump my grade if we hang out sometime", "harassment"),
    ("my teammate keeps calling me stupid in front of everyone", "harassment"),
    ("the professor read my grade out loud in front of everyone", "ferpa"),
    ("a staff member shared my grade with the whole class", "ferpa"),
    ("they told me to go back where I came from", "discrimination"),
    ("my group said they don't want a muslim on the team", "discrimination"),
    ("people in class keep asking where I'm really from and laughing", "discrimination"),
    ("a classmate keeps imitating my stutter", "discrimination"),
    ("the instructor mispronounces my name on purpose and the class laughs", "discrimination"),
    ("he said he'd leak my pics if I don't submit his part of the project", "harassment"),
    ("someone keeps creating new accounts to message me after I block them", "harassment"),
    ("my teammate spreads lies about me to the rest of the class", "harassment"),
    ("the TA said I should wear something nicer to office hours", "harassment"),
    ("the grader gave all the chinese students lower grades", "discrimination"),
    ("can my roommate get my grade if she asks the TA", "ferpa"),
])
def test_general_frames_recognise_new_wordings(course: Course, text: str, kind: str) -> None:
    concern = safety.detect(text, course)
    assert concern is not None and (concern.kind == kind or kind in concern.also), concern


@pytest.mark.parametrize("text", [
    "the GAN discriminator is bullying my generator lol, how many weeks on GANs",
    "can my teammates see my review grade",
    "I'm an international student, when is the proposal due",
    "my teammate keeps sending me messages about the project, what's the team size",
    "the reviewer left mean comments on the paper we present, how long is the review",
    "is done with the proposal the same as submitted",
    "the instructor picked on me to answer first lol, is that how participation works",
    "we got humiliated by the baseline, is that ok for the final report",
    "will I fail if I report my own mistake late",
    "I only passed because of the curve, what's the cutoff for B",
    "can a classmate review my proposal before I submit",
    "our model does worse after I rejected the augmentation, is that a problem",
    "I got a lower score after I complained about the rubric, who do I ask",
    "the TA read my question out loud in lecture, when are office hours",
    "my teammate called me a genius lol, when is the final report due",
    "can I post my photos from the lecture in the blog post unless that's not allowed",
])
def test_ordinary_wordings_stay_ordinary(course: Course, text: str) -> None:
    assert safety.detect(text, course) is None
    assert not answerer_for(course).answer(text, now=NOW).sensitive


if __name__ == "__main__":
    right, total, misses, public, flagged = score(load_course())
    print(f"sensitive: {sum(right.values())}/{sum(total.values())}; public: {len(public)}; "
          f"ordinary flagged: {len(flagged)}/{len(devset2.ORDINARY)}")
    for category in sorted(total):
        print(f"  {category}: {right[category]}/{total[category]}")
    for line in misses:
        print("  miss:", line)
    for q in public:
        print("  public:", q)
    for q in flagged:
        print("  flagged:", q)
