"""Project teams: the service (:mod:`bot.teams.service`), its values
(:mod:`bot.teams.values`) and the naming rules (:mod:`bot.teams.names`).

Example::

    from bot import teams
    outcome = await teams.register(db, course, actor=Actor("U1"), members=[Person("U2")],
                                   name="Flow", now=clock.now())
"""

from bot.teams.names import csv_cell, skeleton
from bot.teams.service import (
    EXPORT_HEADER,
    LOCK_KEY,
    MAX_SIZE,
    MIN_SIZE,
    NAME_MAX,
    TITLE_MAX,
    answer,
    board,
    dissolve,
    export,
    export_csv,
    export_rows,
    invite,
    leave,
    lock_at,
    merge,
    my_team,
    note_seen,
    overview,
    register,
    remove,
    rename,
    set_looking,
    set_title,
    students_without_team,
    suggest,
    uninvite,
)
from bot.teams.values import (
    Code,
    Contact,
    ExportRow,
    MemberView,
    MyTeam,
    Outcome,
    Overview,
    Person,
    Refusal,
    Roster,
    Seeker,
    Suggestion,
    TeamView,
    status_values,
)

__all__ = [
    "EXPORT_HEADER", "LOCK_KEY", "MAX_SIZE", "MIN_SIZE", "NAME_MAX", "TITLE_MAX", "Code",
    "Contact", "ExportRow", "MemberView", "MyTeam", "Outcome", "Overview", "Person", "Refusal",
    "Roster",
    "Seeker", "Suggestion", "TeamView", "answer", "board", "csv_cell", "dissolve", "export",
    "export_csv", "export_rows", "invite", "leave", "lock_at", "merge", "my_team", "note_seen",
    "overview", "register", "remove", "rename", "set_looking", "set_title", "skeleton",
    "status_values", "students_without_team", "suggest", "uninvite",
]
