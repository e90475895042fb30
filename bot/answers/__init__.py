"""Answers: a student's question in their own words → the syllabus's answer, or an honest no.

The package is split along its seams:

* :mod:`bot.answers.safety`   runs FIRST: distress, misconduct, disability, religion, FERPA →
  resources from the course file, always private, never stored;
* :mod:`bot.answers.core`     reading, the knowledge index built from the course file and
  the retrieval answers;
* :mod:`bot.answers.computed` answers computed from the course model (order, sums, yes/no);
* :mod:`bot.answers.faq`      staff answers to declined questions, kept as a course FAQ.
"""

from __future__ import annotations

from bot.answers.core import (
    Answer,
    Answerer,
    Asker,
    DueItem,
    Line,
    Suggestion,
    answer_topic,
    answerer_for,
    stored_due,
    tokens,
    warm_up,
)
from bot.answers.faq import ask

__all__ = ["Answer", "Answerer", "Asker", "DueItem", "Line", "Suggestion", "answer_topic",
           "answerer_for", "ask", "stored_due", "tokens", "warm_up"]
