"""Checks shared by the answer-engine tests (``tests/test_answers_round*.py``, ``_trial*``)."""

from __future__ import annotations

import re

DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d")
"""A calendar date as the engine prints it."""


def declines(text: str) -> None:
    """The reply says the syllabus does not answer, with no date and no percent in it."""
    assert any(w in text for w in ("doesn't", "gives no", "can't answer", "not sure")), text
    assert not DATE.search(text), text
    assert "%" not in text, text
