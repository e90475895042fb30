"""Staff close the gaps: a declined question is kept, answered by staff, DMed to the student
(an outbox row), and answers similar questions from then on, cited "Course staff, <date>"."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from app.offline import slack_requests as sr
from app.offline.shell import SHELL_PACING
from app.worker import build_outbox_engine
from bot.actor import Actor, Role
from bot.answers import Asker, faq
from bot.course import Course
from handlers.render.answers import ANSWER_ACTION, ANSWER_BLOCK, ANSWER_MODAL
from handlers.render.registry import load_all, render
from storage.db import Database
from storage.models import AuditLog, FaqEntry, Question
from storage.repos import outbox
from tests import safety_set
from tests.conftest import CHANNEL, STAFF, STUDENT
from tests.slack import SlackTestClient, ack_json

OTHER = "U0OTHER"
OTHER_TA = "U0OTHERTA"
DECLINED = "can we use pytorch for the project?"
SIMILAR = "is pytorch allowed for our project"
CITED = "Course staff, Mon Sep 13, 2021"
ROOT = Path(__file__).resolve().parents[1]


async def _questions(bot: SlackTestClient) -> list[Question]:
    await faq.settle()  # questions are kept after the reply
    async with bot.runtime.deps.db.session() as session:
        return list((await session.execute(select(Question))).scalars())


async def _audit(bot: SlackTestClient, action: str) -> list[AuditLog]:
    async with bot.runtime.deps.db.session() as session:
        rows = await session.execute(select(AuditLog).where(AuditLog.action == action))
        return list(rows.scalars())


async def test_the_staff_loop_end_to_end(bot: SlackTestClient) -> None:
    deps = bot.runtime.deps
    # 1. declined, and kept for the staff
    declined = bot.text(await bot.command("/ask", DECLINED))
    assert "syllabus doesn't" in declined
    (kept,) = await _questions(bot)
    assert kept.text == DECLINED and kept.user_id == STUDENT and kept.status == "open"

    # 2. a student cannot see or answer the queue: refused by the service, audited
    refused = bot.text(await bot.command("/course", "questions"))
    assert "Only the course staff" in refused and DECLINED not in refused
    refused = bot.text(await bot.command("/course", f"answer {kept.id} sure"))
    assert "Only the course staff" in refused
    assert len(await _audit(bot, "course.refused")) == 2

    # 3. staff see it and answer it
    listing = bot.text(await bot.command("/course", "questions", user_id=STAFF))
    assert f"#{kept.id}" in listing and DECLINED in listing
    done = bot.text(await bot.command(
        "/course", f"answer {kept.id} Yes: PyTorch, JAX or TensorFlow are all fine.",
        user_id=STAFF))
    assert f"Answered question #{kept.id}" in done
    (q,) = await _questions(bot)
    assert q.status == "answered" and q.answered_by == STAFF and q.faq_id

    # 4. the student gets it by DM: an outbox row, rendered by its renderer
    async with deps.db.session() as session:
        (message,) = await outbox.pending(session=session, course_id=deps.course.id)
    assert message.kind == "answers.answered" and message.recipient == STUDENT
    load_all()
    dm = bot.text(render(message.kind, message.data, deps))
    assert "PyTorch, JAX or TensorFlow" in dm and DECLINED in dm and "Course staff" in dm

    # 5. a similar question, from someone else, is answered from the FAQ with its citation
    similar = bot.text(await bot.command("/ask", SIMILAR, user_id=OTHER))
    assert "PyTorch, JAX or TensorFlow" in similar and CITED in similar
    assert len(await _questions(bot)) == 1  # answered: not kept again
    # and in a channel mention too (not sensitive: a thread reply)
    await bot.event(sr.mention_event(user_id=OTHER, text=SIMILAR))
    assert CITED in bot.text(bot.sent()[-1])

    # 6. staff edit the entry: the new text is used
    faq = bot.text(await bot.command("/course", "faq", user_id=STAFF))
    assert f"#{q.faq_id}" in faq and "PyTorch" in faq
    await bot.command("/course", f"faq edit {q.faq_id} Any framework is fine.", user_id=STAFF)
    assert "Any framework is fine." in bot.text(await bot.command("/ask", SIMILAR,
                                                                  user_id=OTHER))
    # 7. retired: no longer used, and the question is kept again for the staff
    await bot.command("/course", f"faq retire {q.faq_id}", user_id=STAFF)
    again = bot.text(await bot.command("/ask", SIMILAR, user_id=OTHER))
    assert "Any framework" not in again and "syllabus doesn't" in again
    assert [x.text for x in await _questions(bot) if x.status == "open"] == [SIMILAR]
    assert "empty" in bot.text(await bot.command("/course", "faq", user_id=STAFF))
    assert len(await _audit(bot, "faq.answer")) == 1
    assert len(await _audit(bot, "faq.edit")) == 1 and len(await _audit(bot, "faq.retire")) == 1


async def test_sensitive_messages_are_never_kept(bot: SlackTestClient) -> None:
    await bot.command("/ask", "i can't stop drinking and i'm failing, is there a curve")
    await bot.dm("I don't want to be alive anymore")
    await bot.event(sr.mention_event(user_id=STUDENT, text="the TA harasses me"))
    assert await _questions(bot) == []


async def test_a_personal_story_or_disclosure_the_detector_misses_is_never_kept(
        bot: SlackTestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the safety detector blind, a declined message that tells a personal story or
    discloses fear or someone's conduct is answered privately and not kept for the staff; an
    ordinary unanswerable question is."""
    import bot.answers.safety as safety
    monkeypatch.setattr(safety, "detect", lambda text, course: None)
    deps = bot.runtime.deps
    for text in ("Things at home are bad since my parents split up and I can barely think "
                 "about anything else. Can I use a different template for the proposal?",
                 "my lab partner keeps following me home and I'm scared. can we use latex?"):
        answer = await faq.ask(deps.db, deps.course, text=text, now=deps.clock.now(),
                               asker=Asker(user_id=STUDENT))
        assert faq.KEPT_NOTE not in answer.notes, text
    assert await _questions(bot) == []
    await faq.ask(deps.db, deps.course, text=DECLINED, now=deps.clock.now(),
                  asker=Asker(user_id=STUDENT))
    assert [q.text for q in await _questions(bot)] == [DECLINED]


async def test_no_sensitive_message_of_the_tuning_set_is_ever_kept(
        bot: SlackTestClient) -> None:
    """The staff queue never holds a sensitive message: every one of the safety tuning set,
    asked privately and in a channel through ``ask`` (the one entry point of DMs, mentions
    and ``/ask``), is answered by the safety layer and nothing is stored, while an ordinary
    unanswerable question asked the same way is kept."""
    deps = bot.runtime.deps
    for message, _resources in safety_set.SENSITIVE:
        for private in (True, False):
            answer = await faq.ask(deps.db, deps.course, text=message, now=deps.clock.now(),
                                   asker=Asker(user_id=STUDENT, private=private))
            assert answer.sensitive and faq.KEPT_NOTE not in answer.notes, message
    assert await _questions(bot) == []
    await faq.ask(deps.db, deps.course, text=DECLINED, now=deps.clock.now(),
                  asker=Asker(user_id=STUDENT))
    assert [q.text for q in await _questions(bot)] == [DECLINED]


async def test_bad_staff_input_gets_a_sentence(bot: SlackTestClient) -> None:
    for text, expected in [("answer", "Use `/course answer <id> <answer>`"),
                           ("answer 99 hello there", "There is no question 99."),
                           ("answer x hello", "Use `/course answer"),
                           ("faq edit 5 hi there, all", "There is no FAQ entry 5"),
                           ("faq retire", "Use `/course faq edit"),
                           ("faq frobnicate", "Use `/course faq`")]:
        reply = bot.text(await bot.command("/course", text, user_id=STAFF))
        assert expected in reply, (text, reply)


async def test_an_answered_question_cannot_be_answered_twice(bot: SlackTestClient) -> None:
    await bot.command("/ask", DECLINED)
    (kept,) = await _questions(bot)
    await bot.command("/course", f"answer {kept.id} Yes, it is fine.", user_id=STAFF)
    twice = bot.text(await bot.command("/course", f"answer {kept.id} No, it is not.",
                                       user_id=STAFF))
    assert "already answered" in twice
    async with bot.runtime.deps.db.session() as session:
        assert len(list((await session.execute(select(FaqEntry))).scalars())) == 1


async def test_the_same_question_twice_is_kept_once(bot: SlackTestClient) -> None:
    await bot.command("/ask", DECLINED)
    await bot.command("/ask", DECLINED)
    await bot.command("/ask", DECLINED, user_id=OTHER, channel_id=CHANNEL)
    assert sorted(q.user_id for q in await _questions(bot)) == [OTHER, STUDENT]


async def test_two_staff_answering_at_once_store_one_answer(bot: SlackTestClient) -> None:
    """The question's row is locked while it is answered: of two answers sent at the same
    moment one is stored and DMed, the other is told it was answered (SQLite and PostgreSQL)."""
    deps = bot.runtime.deps
    await bot.command("/ask", DECLINED)
    (kept,) = await _questions(bot)
    results = await asyncio.gather(*(
        faq.answer_one(deps.db, deps.course, actor=Actor(user, Role.STAFF),
                       question_id=kept.id or 0, answer=f"from {user}", now=deps.clock.now())
        for user in (STAFF, OTHER_TA)))
    done = [r for r in results if isinstance(r, faq.Answered)]
    refused = [r for r in results if isinstance(r, faq.Problem)]
    assert len(done) == 1 and [p.code for p in refused] == ["answered"]
    async with deps.db.session() as session:
        assert len(list((await session.execute(select(FaqEntry))).scalars())) == 1
        queued = await outbox.pending(session=session, course_id=deps.course.id)
    assert len([m for m in queued if m.kind == faq.ANSWERED]) == 1


def _shell(db: str, *inputs: str, user: str, staff: bool = False) -> list[dict[str, Any]]:
    args = [sys.executable, "-m", "app", "shell", "--now", "2021-09-13", "--db", db, "--json",
            "--user", user, *(["--staff"] if staff else [])]
    for line in inputs:
        args += ["-c", line]
    out = subprocess.run(args, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, timeout=120, check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


@pytest.mark.slow
async def test_the_staff_loop_in_the_shell(db: Database) -> None:
    """#11's done-when, in ``course-bot shell --json``: declined (pointing to the staff),
    listed for staff, answered, DMed to the student (in that line's ``messages``), and a
    similar question in other words answered from the FAQ with its citation."""
    url = db.url  # migrated and empty (on PostgreSQL too), then only the shells use it
    await db.dispose()

    def shell(*inputs: str, user: str, staff: bool = False) -> Any:
        return asyncio.to_thread(_shell, url, *inputs, user=user, staff=staff)

    (declined,) = await shell(DECLINED, user=STUDENT)
    assert "syllabus doesn't" in declined["text"]
    assert "Please ask the course staff" in declined["text"]
    assert "goes to the course staff" in declined["text"]
    listing, done = await shell("/course questions", "/course answer 1 Yes: any framework.",
                                user=STAFF, staff=True)
    assert "#1" in listing["text"] and DECLINED in listing["text"]
    assert "[Answer]" in listing["text"]  # the button that opens the modal
    assert "Answered question #1" in done["text"]
    # the student's DM went out (the shell delivers the outbox before it prints)
    [dm] = [m for m in done["messages"] if m["via"] == "chat.postMessage"]
    assert dm["channel"] == STUDENT
    assert "Yes: any framework." in json.dumps(dm["blocks"]) and DECLINED in json.dumps(dm)
    assert f"(DM to @{STUDENT}) The course staff answered your question" in done["text"]
    (similar,) = await shell(SIMILAR, user=OTHER)
    assert "Yes: any framework." in similar["text"] and CITED in similar["text"]
    # staff list the entry, edit it and retire it; each leaves its audit row
    faq_list, edited, used, retired, audit = await shell(
        "/course faq", "/course faq edit 1 Any framework is fine.", "/course faq",
        "/course faq retire 1", "/course audit", user=STAFF, staff=True)
    assert "#1" in faq_list["text"] and "Yes: any framework." in faq_list["text"]
    assert "now says: Any framework is fine." in edited["text"]
    assert "Any framework is fine." in used["text"]
    assert "retired" in retired["text"]
    for action in ("faq.answer", "faq.edit", "faq.retire"):
        assert f"`{action}` " in audit["text"], action
    (again,) = await shell(SIMILAR, user=OTHER)
    assert "Any framework" not in again["text"] and "syllabus doesn't" in again["text"]


def _answer_values(text: str) -> dict[str, dict[str, Any]]:
    return {ANSWER_BLOCK: {ANSWER_BLOCK: {"type": "plain_text_input", "value": text}}}


async def _press_answer(bot: SlackTestClient, question_id: int, *,
                        user_id: str = STAFF) -> dict[str, Any]:
    """Staff list the open questions and press "Answer" on ``question_id``: the modal."""
    listing = ack_json(await bot.command("/course", "questions", user_id=user_id))
    buttons = [b["accessory"] for b in listing["blocks"]
               if b.get("accessory", {}).get("action_id") == ANSWER_ACTION]
    [button] = [b for b in buttons if b["value"] == str(question_id)]
    bot.slack.reset_calls()
    await bot.interact(sr.block_action_payload(
        user_id=user_id, action_id=ANSWER_ACTION, value=button["value"],
        response_url=bot.slack.response_url("btn")))
    [opened] = bot.sent("views.open")
    return dict(opened["view"])


async def _submit(bot: SlackTestClient, view: dict[str, Any], text: str, *,
                  user_id: str = STAFF) -> dict[str, Any]:
    return ack_json(await bot.interact(sr.view_submission_payload(
        user_id=user_id, callback_id=view["callback_id"],
        private_metadata=view["private_metadata"], values=_answer_values(text))))


async def test_the_answer_modal_through_the_http_endpoint(bot: SlackTestClient) -> None:
    """block_actions ("Answer") then view_submission, signed, through /slack/events: bad
    input is the field's error; a good answer is stored, DMed through the outbox and
    answers similar questions as "Course staff, <date>"."""
    await bot.command("/ask", DECLINED)
    (kept,) = await _questions(bot)
    view = await _press_answer(bot, kept.id or 0)
    assert view["callback_id"] == ANSWER_MODAL
    assert DECLINED in bot.text({"blocks": view["blocks"]})
    assert view["blocks"][1]["element"]["max_length"] == faq.MAX_ANSWER

    for text, error in [("   ", "Please write an answer."),
                        ("x" * (faq.MAX_ANSWER + 1), f"under {faq.MAX_ANSWER} characters")]:
        body = await _submit(bot, view, text)
        assert body["response_action"] == "errors" and error in body["errors"][ANSWER_BLOCK]
        assert len(body["errors"][ANSWER_BLOCK]) <= 150
    assert [q.status for q in await _questions(bot)] == ["open"]

    body = await _submit(bot, view, "Yes: PyTorch, JAX or TensorFlow are all fine.")
    assert body["response_action"] == "update"
    assert f"Answered question #{kept.id}" in bot.text({"blocks": body["view"]["blocks"]})
    (q,) = await _questions(bot)
    assert q.status == "answered" and q.answered_by == STAFF and q.faq_id
    assert len(await _audit(bot, "faq.answer")) == 1

    # the outbox delivers the student's DM (the worker's engine, against the stand-in)
    bot.slack.reset_calls()
    engine = build_outbox_engine(bot.runtime, pacing=SHELL_PACING)
    try:
        await engine.drain(within=10)
    finally:
        await engine.aclose()
    [dm] = bot.sent()
    assert dm["channel"] == STUDENT
    assert "PyTorch, JAX or TensorFlow" in bot.text(dm) and "Course staff" in bot.text(dm)

    similar = bot.text(await bot.command("/ask", SIMILAR, user_id=OTHER))
    assert "PyTorch, JAX or TensorFlow" in similar and CITED in similar


async def test_a_question_answered_meanwhile_is_the_modals_error(bot: SlackTestClient) -> None:
    """Two staff open the same question; the second to send is told, and nothing is sent
    twice; the button on an answered question says who answered it."""
    await bot.command("/course", f"staff add <@{OTHER_TA}>", user_id=STAFF)
    await bot.command("/ask", DECLINED)
    (kept,) = await _questions(bot)
    mine = await _press_answer(bot, kept.id or 0)
    theirs = await _press_answer(bot, kept.id or 0, user_id=OTHER_TA)
    assert (await _submit(bot, theirs, "Yes, it is fine.", user_id=OTHER_TA)
            )["response_action"] == "update"
    body = await _submit(bot, mine, "No, it is not.")
    assert body["response_action"] == "errors"
    assert "Someone else on the staff answered" in body["errors"][ANSWER_BLOCK]
    again = await _submit(bot, theirs, "Yes, really.", user_id=OTHER_TA)
    assert "You have already answered" in again["errors"][ANSWER_BLOCK]
    async with bot.runtime.deps.db.session() as session:
        assert len(list((await session.execute(select(FaqEntry))).scalars())) == 1
        queued = await outbox.pending(session=session, course_id=bot.runtime.deps.course.id)
    assert [m.data["answer"] for m in queued if m.kind == faq.ANSWERED] == ["Yes, it is fine."]
    # pressing "Answer" on a stale list: no modal, the presser is told who answered
    bot.slack.reset_calls()
    await bot.interact(sr.block_action_payload(
        user_id=STAFF, action_id=ANSWER_ACTION, value=str(kept.id),
        response_url=bot.slack.response_url("btn")))
    assert bot.sent("views.open") == []
    [said] = [c.params for c in bot.slack.calls_to("response_url")]
    assert "already answered" in bot.text(said) and OTHER_TA in bot.text(said)
    # an unknown question id (a forged view) is the field's error too
    body = await _submit(bot, {**mine, "private_metadata": "999"}, "Yes, it is fine.")
    assert "There is no question 999." in body["errors"][ANSWER_BLOCK]


async def test_the_list_says_how_many_are_open_when_it_shows_the_oldest(
        bot: SlackTestClient) -> None:
    deps = bot.runtime.deps
    for n in range(faq.LISTED + 3):
        await faq.keep(deps.db, deps.course, user_id=f"U0S{n:03d}", text=f"question {n}?",
                       reason="decline", now=deps.clock.now())
    listing = ack_json(await bot.command("/course", "questions", user_id=STAFF))
    text = bot.text(listing)
    assert f"Open questions* ({faq.LISTED + 3}), oldest first; the oldest {faq.LISTED}" in text
    buttons = [b["accessory"]["value"] for b in listing["blocks"] if "accessory" in b]
    assert buttons == [str(n) for n in range(1, faq.LISTED + 1)]
    assert "question 0?" in text and f"question {faq.LISTED}?" not in text


async def test_a_too_short_answer_is_asked_again_and_never_kept(bot: SlackTestClient) -> None:
    await bot.command("/ask", DECLINED)
    (kept,) = await _questions(bot)
    said = bot.text(await bot.command("/course", f"answer {kept.id} x", user_id=STAFF))
    assert f"at least {faq.MIN_ANSWER} characters" in said
    view = await _press_answer(bot, kept.id or 0)
    body = await _submit(bot, view, "ok")
    assert body["response_action"] == "errors"
    assert "real answer" in body["errors"][ANSWER_BLOCK]
    assert len(body["errors"][ANSWER_BLOCK]) <= 150
    assert [q.status for q in await _questions(bot)] == ["open"]
    async with bot.runtime.deps.db.session() as session:
        assert list((await session.execute(select(FaqEntry))).scalars()) == []


async def test_staff_dismiss_a_spam_question_without_an_faq_entry(bot: SlackTestClient) -> None:
    await bot.command("/ask", DECLINED)
    (kept,) = await _questions(bot)
    listed = bot.text(await bot.command("/course", "questions", user_id=STAFF))
    assert "/course dismiss <id>" in listed
    said = bot.text(await bot.command("/course", f"dismiss {kept.id} spam", user_id=STAFF))
    assert f"Dismissed question #{kept.id}" in said and "nothing was sent" in said
    (q,) = await _questions(bot)
    assert q.status == "dismissed" and q.answered_by == STAFF and not q.faq_id
    [row] = await _audit(bot, "faq.dismiss")
    assert row.actor == STAFF and row.new == {"status": "dismissed", "why": "spam"}
    async with bot.runtime.deps.db.session() as session:
        assert list((await session.execute(select(FaqEntry))).scalars()) == []
        queued = await outbox.pending(session=session, course_id=bot.runtime.deps.course.id)
    assert not [m for m in queued if m.kind == faq.ANSWERED]
    assert "No open questions" in bot.text(await bot.command("/course", "questions",
                                                             user_id=STAFF))
    again = bot.text(await bot.command("/course", f"dismiss {kept.id}", user_id=STAFF))
    assert "not open any more" in again
    for text, expected in [("dismiss", "Use `/course dismiss <id>`"),
                           ("dismiss 99", "There is no question 99.")]:
        assert expected in bot.text(await bot.command("/course", text, user_id=STAFF))


# ----------------------------------------------------------------------------- issue #11 part 5
ATTENDANCE_Q = "is attendance mandatory"
ATTENDANCE_A = "Attendance is expected at every lecture; tell the TA if you must miss one."
PYTORCH_A = "Yes: PyTorch, JAX or TensorFlow are all fine."
PARAPHRASES = ["is attendance required?", "do we have to attend every class?",
               "do I need to attend lectures", "is attending lectures compulsory?",
               "must I attend class", "is attendence mandatory", "attendnace optional?",
               "whats the attendance policy"]
"""The same question as ATTENDANCE_Q: word families, synonyms, typos, fillers."""
NEAR_TOPIC = ["is the proposal required", "is participation required?", "are lectures recorded?",
              "is the final exam mandatory", "do I have to attend office hours",
              "is the textbook required", "do we have to turn on our cameras",
              "can I miss the project presentation", "are lectures mandatory"]
"""Near the attendance entry (an obligation, a class, a miss) but not what it answers."""


def test_a_staff_answer_is_found_in_other_words_and_only_for_its_topic(course: Course) -> None:
    from bot.answers.core import answerer_for
    from bot.answers.faq_match import FaqIndex

    index = FaqIndex.build(answerer_for(course), [(1, ATTENDANCE_Q, ATTENDANCE_A),
                                                  (2, DECLINED, PYTORCH_A)])
    for text in PARAPHRASES:
        assert index.best(text) == 1, text
    for text in NEAR_TOPIC:
        assert index.best(text) != 1, text
    assert index.best(SIMILAR) == 2
    # the answer's words count a little, never alone
    assert index.best("can we use jax") is None
    for text in ("thanks!", "do we have to", "is it required?", ""):
        assert index.best(text) is None, text


def test_a_compound_written_apart_or_hyphenated_and_a_model_by_another_name(
        course: Course) -> None:
    """Found by a new-user trial: "hugging face" for "huggingface", "pre-trained" for
    "pretrained", a "checkpoint" or a "network" for a model, all the same question."""
    from bot.answers.core import answerer_for
    from bot.answers.faq_match import FaqIndex

    index = FaqIndex.build(answerer_for(course), [
        (1, "may we start from pretrained models from huggingface in the course project?",
         "Yes, if the report says which one."), (2, ATTENDANCE_Q, ATTENDANCE_A)])
    for text in ("is it fine to begin the project from a checkpoint off hugging face that is "
                 "already pre-trained?", "are pre trained networks ok for our project",
                 "is a pretrained net fine for the project?"):
        assert index.best(text) == 1, text
    for text in ("can we use pretrained models in our paper reviews?",
                 "which model should the project use", "is the proposal required"):
        assert index.best(text) is None, text


def test_showing_up_is_attending_and_a_format_is_a_template(course: Course) -> None:
    """Found by the second new-user trial: "show up to the lectures" for attending them,
    "format" or "layout" for a template."""
    from bot.answers.core import answerer_for
    from bot.answers.faq_match import FaqIndex

    index = FaqIndex.build(answerer_for(course), [
        (1, "must we attend every lecture?", "Attendance is expected."),
        (2, "what template should the final report use?", "The NeurIPS LaTeX template.")])
    assert index.best("do I need to turn up to every lecture?") == 1
    assert index.best("which format should the final report use?") == 2
    assert index.best("what layout is expected for the final report") == 2
    assert index.best("which format should the blog post use?") is None


async def test_paraphrases_get_the_staff_answer_and_are_not_kept_again(
        bot: SlackTestClient) -> None:
    deps = bot.runtime.deps
    assert "attendance" in bot.text(await bot.command("/ask", ATTENDANCE_Q))
    (kept,) = await _questions(bot)
    await bot.command("/course", f"answer {kept.id} {ATTENDANCE_A}", user_id=STAFF)
    for text in PARAPHRASES[:4]:
        answer = await faq.ask(deps.db, deps.course, text=text, now=deps.clock.now(),
                               asker=Asker(user_id=OTHER))
        assert answer.topic == f"faq:{kept.faq_id or 1}" and ATTENDANCE_A in answer.headline
    for text in ("are lectures recorded?", "is participation required?"):
        answer = await faq.ask(deps.db, deps.course, text=text, now=deps.clock.now(),
                               asker=Asker(user_id=OTHER))
        assert answer.kind == "decline" and ATTENDANCE_A not in answer.plain(deps.course.tz)
    assert sorted(q.text for q in await _questions(bot) if q.status == "open") == [
        "are lectures recorded?", "is participation required?"]


async def test_only_course_questions_go_to_the_staff(bot: SlackTestClient) -> None:
    """Thanks and acknowledgements get a short friendly reply; off-topic messages and
    requests to do the work are declined with the staff's contacts but never queued."""
    deps = bot.runtime.deps

    async def ask(text: str) -> Any:
        return await faq.ask(deps.db, deps.course, text=text, now=deps.clock.now(),
                             asker=Asker(user_id=STUDENT))

    for text in ("thanks!", "thank you so much", "got it, thanks", "Thanks :)"):
        answer = await ask(text)
        assert answer.kind == "help" and "You're welcome" in answer.headline, text
    for text in ("🙂🙂🙂", "ok", "lol", "cool"):
        answer = await ask(text)
        assert answer.kind == "help" and "syllabus" not in answer.headline, text
        assert faq.KEPT_NOTE not in answer.notes
    for text in ("what's the weather in champaign", "write my paper review for me on VAEs",
                 "can you do my homework", "when is the CS 225 midterm", "hmm interesting"):
        answer = await ask(text)
        assert answer.kind == "decline" and faq.KEPT_NOTE not in answer.notes, text
        assert "Please ask the course staff" in answer.plain(deps.course.tz), text
    kept = ["is atendance mandatory", "can I bring my dog to lecture", DECLINED,
            "do we have to wear masks"]
    for text in kept:
        answer = await ask(text)
        assert answer.kind in {"decline", "unsure"} and faq.KEPT_NOTE in answer.notes, text
    assert sorted(q.text for q in await _questions(bot)) == sorted(kept)
    # in a channel too: the thank-you is answered, nothing is queued
    await bot.event(sr.mention_event(user_id=OTHER, text="thanks!"))
    assert "You're welcome" in bot.text(bot.sent()[-1])
    assert len(await _questions(bot)) == len(kept)


async def test_a_closed_question_says_how_it_was_closed_by_whom_and_when(
        bot: SlackTestClient) -> None:
    await bot.command("/ask", DECLINED)
    await bot.command("/ask", "is attendance mandatory")
    first, second = await _questions(bot)
    await bot.command("/course", f"dismiss {first.id} thanks message", user_id=STAFF)
    again = bot.text(await bot.command("/course", f"dismiss {first.id}", user_id=STAFF))
    assert "not open any more" in again and f"dismissed (closed without an answer) by @{STAFF}" \
        in again and "answered" not in again and "2021" in again
    answering = bot.text(await bot.command("/course", f"answer {first.id} Yes, it is fine.",
                                           user_id=STAFF))
    assert f"dismissed (closed without an answer) by @{STAFF}" in answering
    assert "already answered" not in answering
    await bot.command("/course", f"answer {second.id} {ATTENDANCE_A}", user_id=STAFF)
    dismissing = bot.text(await bot.command("/course", f"dismiss {second.id}", user_id=STAFF))
    assert f"answered by @{STAFF}" in dismissing and "dismissed" not in dismissing
    # the answer modal's field error says "dismissed" too
    from handlers.render.answers import answer_modal_error
    assert "Someone else on the staff dismissed" in answer_modal_error(
        faq.Problem("dismissed", "x", by=OTHER_TA), actor_id=STAFF)
    assert "You dismissed" in answer_modal_error(faq.Problem("dismissed", "x", by=STAFF),
                                                 actor_id=STAFF)
