"""Moved to :mod:`handlers.render.answers` (kept so older imports still work)."""

from handlers.render.answers import SUGGESTION_ACTION, answer_reply, line_text

__all__ = ["SUGGESTION_ACTION", "answer_reply", "line_text"]
