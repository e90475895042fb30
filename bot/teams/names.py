"""Team names as people see them: one visible form, one comparison key.

A name is NFKC-normalised, its zero-width and bidi control characters are taken out and
its spaces squeezed; a name with nothing visible left is refused. Two names are the same
name when their *skeletons* are equal: NFKC, casefolded, with Cyrillic and Greek letters
that look like Latin ones mapped to those (``Аlpha`` with a Cyrillic А is ``alpha``).
The skeleton is what the database stores in ``team.name_key`` (unique among live teams).

Example::

    >>> skeleton("  Flow\u200b Matchers ")
    'flow matchers'
    >>> skeleton("Αlpha") == skeleton("alpha")    # Greek capital alpha
    True
"""

from __future__ import annotations

import re
import unicodedata

NAME_MAX = 80
KEY_MAX = 80  # the column's width

# zero-width and bidi controls (all of Unicode's "format" category Cf), plus C0/C1 controls
_INVISIBLE_CATEGORIES = {"Cf", "Cc"}
_TEAM_ID = re.compile(r"^#?(\d{1,9})$")

# Hand-kept look-alikes (after NFKC and casefold, so lowercase forms only): Cyrillic and
# Greek letters that are drawn like a Latin letter, and a few Latin variants.
_CONFUSABLES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j",
    "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "ѕ": "s", "т": "t",
    "у": "y", "х": "x", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ӏ": "l",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j",
    "ς": "c", "σ": "o", "μ": "u", "ζ": "z",
    # Latin variants
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "ß": "ss",
})


def strip_invisible(text: str) -> str:
    """``text`` without zero-width, bidi and other control/format characters."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE_CATEGORIES)


def visible_form(text: str) -> str:
    """NFKC, invisible characters out, whitespace squeezed and trimmed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if ch.isspace() else ch for ch in text)
    return " ".join(strip_invisible(text).split())


def skeleton(name: str) -> str:
    """The comparison key of a team name: look-alike names share it."""
    key = visible_form(name).casefold().translate(_CONFUSABLES)
    key = unicodedata.normalize("NFKC", key)
    return " ".join(key.split())[:KEY_MAX]


class BadName(ValueError):
    """A team name breaks a rule: ``code`` says which (``name_blank``, ``name_too_long``,
    ``name_number``); the handler words it."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def clean_name(name: str) -> str:
    """The name as it will be stored; '' when none was given. Raises :class:`BadName`.

    Example::

        >>> clean_name(' "Flow\u202e Matchers" ')
        'Flow Matchers'
    """
    raw = name
    name = visible_form(name).strip(" \"'“”")
    if not name:
        if raw.strip():
            raise BadName("name_blank")
        return ""
    if len(name) > NAME_MAX:
        raise BadName("name_too_long")
    if name.startswith("#") or _TEAM_ID.match(name):
        raise BadName("name_number")
    return name


def is_team_ref(text: str) -> bool:
    """``#12`` or ``12``: a team named by its number."""
    return bool(_TEAM_ID.match(text.strip()))


def team_number(text: str) -> int | None:
    match = _TEAM_ID.match(text.strip())
    return int(match[1]) if match else None


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """Keep a spreadsheet from reading ``value`` as a formula (CSV injection): when its first
    *visible* character (after whitespace and zero-width/bidi characters) could start a
    formula, the cell starts with an apostrophe.

    Example::

        >>> csv_cell("\u200b =SUM(A1)")
        "'\u200b =SUM(A1)"
    """
    if value[:1] in ("\t", "\r"):
        return "'" + value
    probe = unicodedata.normalize("NFKC", strip_invisible(value)).lstrip()
    return "'" + value if probe[:1] in _FORMULA_STARTS else value
