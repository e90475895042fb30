"""``/course …``: the staff's console (deadlines, announcements, staff, audit, presentations).

This module only parses and dispatches: it resolves the :class:`~bot.actor.Actor` once,
reads user mentions and channels with ``handlers/parse.py``, calls one service and renders
its result (``handlers/render/course.py``, ``handlers/render/presentations.py``). Who may
do what is decided by the services: anyone who is not staff is refused there, nothing
changes, and the attempt is audited. Changes to deadlines and classes are echoed first
with Confirm / Cancel buttons (text twins: ``/course confirm``, ``/course cancel``);
handlers/actions.py takes the clicks. Everything a change tells others goes through the
outbox; the reply is the only thing sent from here, in the ack.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import replace

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from app.courses import CourseRegistry, copy_id
from app.deps import Deps
from bot import presentations, staff, tenancy
from bot.actor import Actor
from bot.staff import Problem
from handlers import blocks, parse
from handlers.commands import course_faq
from handlers.format import escape
from handlers.render import course as render
from handlers.render import presentations as render_presentations
from handlers.render.course import CANCEL_ACTION, CONFIRM_ACTION

COMMAND = "/course"
__all__ = ["CANCEL_ACTION", "COMMAND", "CONFIRM_ACTION", "VERBS", "dispatch", "register"]
logger = logging.getLogger("course_bot.course")

Verb = Callable[[str, Actor, Deps], Awaitable[blocks.Reply]]


async def _help(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    refused = await staff.refuse(deps.db, deps.course, actor=actor, verb="help",
                                 now=deps.clock.now())
    if refused:
        team, _channel = WHERE.get()
        mine = _courses(deps).open_in_workspace(team)
        return render.student_help_reply(refused, render.course_labels([d.course
                                                                        for d in mine]))
    return render.help_reply()


def _propose(propose: Callable[..., Awaitable[staff.Proposal | Problem]]) -> Verb:
    async def verb(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
        result = await propose(deps.db, deps.course, actor=actor, text=rest,
                               now=deps.clock.now())
        if isinstance(result, Problem):
            return render.problem_reply(result)
        return render.proposal_reply(result, deps)
    return verb


async def _deadline_usage(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    refused = await staff.refuse(deps.db, deps.course, actor=actor, verb="deadline",
                                 now=deps.clock.now(), detail=rest)
    if refused:
        return render.problem_reply(refused)
    return blocks.text_reply(escape('Use `/course deadline add|move|cancel "<title>" <when>`.'))


async def _deadlines(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    result = await staff.course_deadlines(deps.db, deps.course, actor=actor,
                                          now=deps.clock.now())
    if isinstance(result, Problem):
        return render.problem_reply(result)
    return render.deadlines_reply(result, deps)


def _decide(confirm: bool) -> Verb:
    async def verb(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
        result = await staff.decide(deps.db, deps.course, actor=actor, confirm=confirm,
                                    now=deps.clock.now(),
                                    default_channel=deps.course_channel_id)
        return render.decision_reply(result)
    return verb


async def _announce(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    result = await staff.announce(deps.db, deps.course, actor=actor, text=rest,
                                  now=deps.clock.now(), default_channel=deps.course_channel_id)
    if isinstance(result, Problem):
        return render.problem_reply(result)
    return blocks.text_reply(f"Announced in <#{result.channel}> (on its way).")


async def _channel(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    found = parse.channel(rest)
    result = await staff.set_channel(deps.db, deps.course, actor=actor,
                                     channel_id=found[0] if found else None,
                                     now=deps.clock.now())
    if isinstance(result, Problem):
        return render.problem_reply(result)
    return blocks.text_reply(f"Announcements now go to <#{result}>.")


def _change_staff(add: bool) -> Verb:
    async def verb(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
        ids, _rest = parse.mentions(rest)
        result = await staff.change_staff(deps.db, deps.course, actor=actor, add=add,
                                          user_ids=ids, configured=deps.configured_staff_ids(),
                                          now=deps.clock.now())
        if isinstance(result, Problem):
            return render.problem_reply(result)
        return render.staff_change_reply(result)
    return verb


async def _staff_list(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    result = await staff.staff_list(deps.db, deps.course, actor=actor,
                                    configured=deps.configured_staff_ids(),
                                    now=deps.clock.now())
    if isinstance(result, Problem):
        return render.problem_reply(result)
    return render.staff_list_reply(result, deps)


async def _audit(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    result = await staff.audit_entries(deps.db, deps.course, actor=actor, now=deps.clock.now())
    if isinstance(result, Problem):
        return render.problem_reply(result)
    return render.audit_reply(result, deps)


async def _present(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    ids, remainder = parse.mentions(rest)
    result = await presentations.assign(deps.db, deps.course, actor=actor, user_ids=ids,
                                        text=remainder, now=deps.clock.now(),
                                        default_channel=deps.course_channel_id)
    if isinstance(result, Problem):
        return render.problem_reply(result)
    return render_presentations.assignment_reply(result, deps)


async def _unpresent(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    ids, remainder = parse.mentions(rest)
    result = await presentations.unassign(deps.db, deps.course, actor=actor, user_ids=ids,
                                          text=remainder, now=deps.clock.now(),
                                          default_channel=deps.course_channel_id)
    if isinstance(result, Problem):
        return render.problem_reply(result)
    return render_presentations.unassignment_reply(result, deps)


async def _presentations(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    refused = await staff.refuse(deps.db, deps.course, actor=actor, verb="presentations",
                                 now=deps.clock.now())
    if refused:
        return render.problem_reply(refused)
    return render_presentations.schedule_reply(
        await presentations.schedule(deps.db, deps.course), deps)


async def _reminders(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    from bot.reminders import reminder_status, set_channel_leads
    from handlers.render import reminders as reminder_posts

    # bot.reminders' services take a plain user id: the staff check is asked of bot.staff
    refused = await staff.refuse(deps.db, deps.course, actor=actor, verb="reminders",
                                 now=deps.clock.now(), detail=rest)
    if refused:
        return render.problem_reply(refused)
    text = rest
    if text.lower().strip() in {"", "status", "failed"}:
        status = await reminder_status(deps.db, deps.course, now=deps.clock.now())
        return reminder_posts.staff_status(status, deps.course)
    change = await set_channel_leads(deps.db, deps.course, actor=actor.user_id, text=text,
                                     now=deps.clock.now(), channel_id=deps.course_channel_id)
    if change is None:
        return blocks.text_reply(escape(
            f"I couldn't read “{text}” as lead times. Try `/course reminders 3d 1d 3h` (up "
            "to 5, each at most 4w; units m, h, d, w), `/course reminders default` for the "
            "course file's, or `/course reminders status`."))
    after = " · ".join(change.after)
    source = " (the course file's)" if change.from_file else ""
    return blocks.text_reply(
        f"Channel reminders now go out {after} before each deadline{source}; they were "
        f"{' · '.join(change.before)}. Students who have not chosen their own lead times get "
        f"theirs at the same times. Reminders re-planned ({escape(change.plan.summary())}).")


async def _outbox(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    from handlers.commands.reminders import outbox_reply

    refused = await staff.refuse(deps.db, deps.course, actor=actor, verb="outbox",
                                 now=deps.clock.now(), detail=rest)
    if refused:
        return render.problem_reply(refused)
    return await outbox_reply(deps, actor)


WHERE: ContextVar[tuple[str, str]] = ContextVar("course_where", default=("", ""))
"""The workspace and channel of the ``/course`` command being handled (setup binds it)."""


def _courses(deps: Deps) -> CourseRegistry:
    return deps.courses if deps.courses is not None else CourseRegistry(
        deps.settings, deps.db, deps.clock, default=deps.course)


async def _setup(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    """``/course setup <course-id>``: this channel answers for that course from now on."""
    registry = _courses(deps)
    team, channel = WHERE.get()
    name = rest.strip() or deps.course.id
    course = registry.copy_for(name, team)
    if course is None:
        return render.unknown_course_reply(name, render.course_labels(
            list(registry.files.values())))
    target = registry.deps(course.id)
    role_actor = await (target or replace(deps, course=course)).actor(actor.user_id)
    installer = await registry.installer_of(team) if team else None
    result = await tenancy.setup(deps.db, course, actor=role_actor,
                                 admins=deps.settings.admin_user_ids, installer=installer,
                                 team_id=registry.key(team), channel_id=channel,
                                 now=deps.clock.now())
    if isinstance(result, Problem):
        return render.problem_reply(result)
    registry.add_copy(course, team)
    registry.set_channel(course.id, channel)
    return render.setup_reply(result, course.title)


async def _use(rest: str, actor: Actor, deps: Deps) -> blocks.Reply:
    """``/course use <course-id>``: the asker's DMs go to that course (their own data)."""
    registry = _courses(deps)
    team, _channel = WHERE.get()
    mine = registry.in_workspace(team)
    name = rest.strip()
    ids = (name, copy_id(name, registry.team_key(team)))
    found = next((d for d in mine if name and d.course.id in ids), None)
    if found is None:
        return render.unknown_course_reply(name, render.course_labels(
            [d.course for d in registry.open_in_workspace(team)]))
    await tenancy.use(deps.db, found.course, actor=actor, team_id=registry.key(team),
                      now=deps.clock.now())
    return render.use_reply(found.course.id, found.course.title)


VERBS: dict[str, Verb] = {
    "": _help,
    "help": _help,
    "?": _help,
    "deadline": _deadline_usage,
    "deadline add": _propose(staff.propose_add),
    "deadline move": _propose(staff.propose_move),
    "deadline cancel": _propose(staff.propose_cancel),
    "deadlines": _deadlines,
    "confirm": _decide(True),
    "cancel": _decide(False),
    "cancel-class": _propose(staff.propose_cancel_class),
    "announce": _announce,
    "channel": _channel,
    "staff": _staff_list,
    "staff add": _change_staff(True),
    "staff remove": _change_staff(False),
    "audit": _audit,
    "present": _present,
    "unpresent": _unpresent,
    "presentations": _presentations,
    "reminders": _reminders,
    "outbox": _outbox,
    "setup": _setup,
    "use": _use,
    **course_faq.VERBS,  # questions · answer · faq (the declined-questions loop)
}
"""Every verb ``/course`` accepts (two-word verbs first: ``staff add`` before ``staff``)."""


def _route(text: str) -> tuple[str, str] | None:
    """The verb ``text`` names and the rest of it; None when it names none."""
    words = text.split(" ", 2)
    if len(words) >= 2 and (two := f"{words[0].lower()} {words[1].lower()}") in VERBS:
        return two, " ".join(words[2:])
    head, _, rest = text.partition(" ")
    return (head.lower(), rest) if head.lower() in VERBS else None


async def dispatch(text: str, *, actor: Actor, deps: Deps) -> blocks.Reply:
    """Run one subcommand for ``actor`` (the service decides whether they may)."""
    routed = _route(" ".join(text.split()))
    if routed is None:
        head = text.split(" ", 1)[0]
        return blocks.text_reply(f"I don't know `/course {escape(head)}`. "
                                 "`/course help` lists what I can do.")
    verb, rest = routed
    return await VERBS[verb](rest, actor, deps)


async def course_command(ack: AsyncAck, command: dict, context: dict) -> None:
    deps: Deps = context["deps"]
    actor = await deps.actor(command.get("user_id", ""))
    token = WHERE.set((str(command.get("team_id") or ""), str(command.get("channel_id") or "")))
    try:
        reply = await dispatch(command.get("text") or "", actor=actor, deps=deps)
    finally:
        WHERE.reset(token)
    await ack(response_type="ephemeral", **reply.as_ack())


async def choose_button(ack: AsyncAck, body: dict, action: dict, respond: AsyncRespond,
                        context: dict) -> None:
    """A user in several courses picked one: remember it (their own data)."""
    await ack()
    deps: Deps = context["deps"]
    user = body.get("user") or {}
    team = str(user.get("team_id") or (body.get("team") or {}).get("id") or "")
    token = WHERE.set((team, ""))
    try:
        reply = await _use(str(action.get("value") or ""), await deps.actor(str(user.get("id"))),
                           deps)
    finally:
        WHERE.reset(token)
    await respond(replace_original=True, **reply.as_ack())


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(course_command)
    course_faq.register(app)  # the "Answer" button of /course questions and its modal
    app.action(re.compile(f"^{render.CHOOSE_ACTION}_\\d+$"))(choose_button)
