"""Reminders that never miss and never repeat: a durable plan, leased claims, paced sends.

* :mod:`bot.reminders.schedule`: the plan (:func:`replan`, the one entry point) and the
  time rules (lead times, quiet hours), the course channel's precedence;
* :mod:`bot.reminders.engine`: :class:`ReminderEngine`, which sends the plan;
* :mod:`bot.reminders.prefs`: ``/reminders`` preferences, staff's channel lead times;
* :mod:`bot.reminders.status`: what staff see (reminders and the outbox).

The SQL lives in :mod:`storage.repos.reminders`. Import from here: the names below are
the public ones.
"""

from bot.reminders.engine import (
    MAX_ATTEMPTS,
    Outcome,
    Outgoing,
    PassReport,
    ReminderEngine,
    Roster,
    Sender,
)
from bot.reminders.prefs import (
    MAX_LEAD,
    MAX_PERSONAL_LEADS,
    LeadsChange,
    PrefView,
    leads_problem,
    read_leads,
    reminder_prefs,
    set_channel_leads,
)
from bot.reminders.schedule import (
    CANCELLED,
    CHANNEL,
    CHANNEL_LEADS_KEY,
    CLAIMED,
    FAILED,
    LIVE,
    PENDING,
    PERSONAL,
    SENT,
    SKIPPED,
    TEAM_LOCK_KEY,
    TEAM_NUDGE,
    TEAM_NUDGE_LEADS,
    PlanReport,
    channel_leads_in,
    course_channel,
    desired_plan,
    lead_label,
    lead_send_at,
    plan_fingerprint,
    quiet_adjust,
    replan,
    replan_in,
)
from bot.reminders.status import (
    STAFF_ONLY,
    DeliveryStatus,
    OutboxRow,
    Refused,
    ReminderStatus,
    StatusRow,
    delivery_status,
    reminder_status,
)
from bot.sending import Delivery, Pacer, Pacing, worker_name

__all__ = [
    "CANCELLED",
    "CHANNEL",
    "CHANNEL_LEADS_KEY",
    "CLAIMED",
    "FAILED",
    "LIVE",
    "MAX_ATTEMPTS",
    "MAX_LEAD",
    "MAX_PERSONAL_LEADS",
    "PENDING",
    "PERSONAL",
    "SENT",
    "SKIPPED",
    "STAFF_ONLY",
    "TEAM_LOCK_KEY",
    "TEAM_NUDGE",
    "TEAM_NUDGE_LEADS",
    "Delivery",
    "DeliveryStatus",
    "LeadsChange",
    "OutboxRow",
    "Outcome",
    "Outgoing",
    "Pacer",
    "Pacing",
    "PassReport",
    "PlanReport",
    "PrefView",
    "Refused",
    "ReminderEngine",
    "ReminderStatus",
    "Roster",
    "Sender",
    "StatusRow",
    "channel_leads_in",
    "course_channel",
    "delivery_status",
    "desired_plan",
    "lead_label",
    "lead_send_at",
    "leads_problem",
    "plan_fingerprint",
    "quiet_adjust",
    "read_leads",
    "reminder_prefs",
    "reminder_status",
    "replan",
    "replan_in",
    "set_channel_leads",
    "worker_name",
]
