"""Answers: a student's question in their own words → the syllabus's answer, or an honest no.

The knowledge entries are generated from the course file when it is loaded (deliverables,
grading, cutoffs, schedule topics, meetings, office hours, staff, every policy ...): the
code holds only general English (which words ask "when", which ask "how much") and no
question or answer, so editing the course file changes the answers.

How a question is read, in order:

1. greetings and "help" → the help answer;
2. a sensitive topic named (mental health, misconduct, disability, religion) → that policy,
   resources first, flagged ``sensitive`` so it is only ever shown privately;
3. grade arithmetic (:mod:`bot.grades`): a letter for a percent, a letter's band, scores;
4. dates: a window ("due this week", "before Nov 1", via :mod:`bot.timewindows`), "what's
   due", the days left until a deliverable, a week number;
5. retrieval: fuzzy token match (rapidfuzz, for typos) + BM25-style weights over the
   entries; the share of the question's words an entry explains is the confidence.
   Confident → that entry's answer; partly → the 2–3 closest topics as suggestions;
   nothing → a decline that names what the syllabus lacks and points to the staff.

Example::

    answerer = answerer_for(course)
    ans = answerer.answer("whens teh porposal due??", now=clock.now())
    ans.kind, ans.plain(course.tz)
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cached_property, lru_cache
from weakref import WeakKeyDictionary

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answers import safety, support
from bot.answers.computed import (
    STATED_SCORES,
    Computed,
    claimed_letter,
    dates_in_digits,
    find_date,
    vague_dates,
)
from bot.answers.model import Answer, AnswerKind, Asker, DueItem, Line, Suggestion
from bot.course import Course, GradeComponent, Policy
from bot.deadlines import DeadlineSnapshot, deadline_snapshot
from bot.grades import GradeResult, band_text, cutoff_named, fmt, what_if
from bot.timefmt import clock_text
from bot.timewindows import Unreadable, Window, parse_window
from storage.db import Database

ANSWER_AT = 0.6
"""Share of the question's weighted words an entry must explain to be answered outright."""
SUGGEST_AT = 0.25
"""Below ANSWER_AT but at least this: offer the closest topics instead of guessing."""
PHRASE_ANSWER_AT = 0.5
"""The bar when the question names an entry by its title or an alias, word for word."""
UNKNOWN_ANSWER_AT = 0.7
"""With a word the course file does not know in the question, the bar is higher."""
MAX_SUGGESTIONS = 3

# ----------------------------------------------------------------------------- language
# General English only: no course facts here.

STOPWORDS = frozenset("""
a an the is are was were be been being am do does did doing done have has had having i me my
mine we us our ours you your yours u ur he she it its they them their this that these those
there here what whats which who whos whom whose when whens where wheres why how hows can could
should would will shall may might must of to in on at by for with about from into onto over
under up down out off as and or but if so than then too very just also any anything some
something thing things stuff all please pls plz thx thanks thank hey hi hello yo hiya sup
bot guys guy folks everyone anyone ok okay um uh hmm lol lmao idk tbh btw like really actually
know tell let need needs want wanna gonna gotta gotten get got getting give find look
exactly again still yet already now not no yes yeah yep dont doesnt didnt isnt arent wasnt
cant wont im ive id ill youre theyre thats theres whats wheres again kinda sorta quick
question questions q ask asking wondering wonder hoping trying try sure mean means meant say
says said supposed go going gonna bro dude fam man pal mate ya yall y'all one ones much many
other else another each every own same such only even way ever lot lots bit little big
cs semester term year per happen happens happened write writing doing does did make use
student students
needed nah nope yup right correct
start starts begin begins everything talk talking
using used
related relating regarding concerning pertaining wise below above beneath
""".split())
"""Fillers carry no topic."""

NEUTRAL = frozenset("""
course class lecture left remaining next upcoming coming soon last least first rest jan january feb
february mar
march apr april may jun june jul july aug august sep sept september oct october nov november
dec december monday mon tuesday tue tues wednesday wed thursday thu thurs friday fri saturday
sat sunday sun today tonight tomorrow
""".split())
"""Words about time or the course as a whole: read by the date rules, no topic of their own."""

TOPIC_WORDS = frozenset("""
late lateness penalty penalties extension extensions attendance attend attending absence
absences absent exam exams examination final-exam midterm-exam quiz quizzes test tests
homework homeworks lab labs recitation recitations regrade regrades regrading credit
drop dropping withdraw withdrawal audit prerequisite prerequisites prereq prereqs gpu gpus
compute cluster language python pytorch tensorflow latex template font spacing spaced margin
margins recorded recording recordings discord piazza campuswire edstem parking wifi tuition
cumulative calculator cheatsheet feedback released returned chatgpt gpt copilot llm llms
evaluation evaluations ices parking housing rent library
participation camera cameras webcam webcams laptop laptops poem poems song songs joke jokes
bitcoin crypto cryptocurrency ethereum stock invest investing investment
""".split())
"""Things a course may have (a late policy, exams, labs ...). Named in a question but absent
from the course file, they make the bot decline rather than answer a neighbouring topic."""
UNKNOWN_WEIGHT = 0.3
"""Weight (times the rarest word's) of a word neither the course file nor TOPIC_WORDS knows."""

WHEN_WORDS = frozenset("when due deadline deadlines date dates submit submission submitted "
                       "turn hand handed upload send dued til till until by before time "
                       "times".split())
"""Words that ask for a date: they favour deliverables but are not a topic themselves."""
DUE_WORDS = frozenset("due deadline deadlines submit submission submitted turn hand handed "
                      "upload send dued".split())
"""The date words that ask about work handed in (not about a class meeting)."""

SLANG = {
    "prof": "professor", "profs": "professor", "teacher": "professor", "lecturer": "professor",
    "instructor": "professor", "wk": "week", "wen": "when", "whn": "when", "teh": "the",
    "tas": "ta", "whr": "where", "wher": "where", "wre": "where",
    "hw": "homework", "read": "reading",
    "wks": "weeks", "r": "are", "portion": "weight", "weigh": "weight",
    "heavily": "weight", "percentage": "percent", "solo": "alone", "maximum": "max",
    "pres": "presentation",
    "prez": "presentation", "presi": "presentation", "sched": "schedule", "hrs": "hours",
    "hr": "hour", "oh": "office", "ohs": "office", "pct": "percent", "%": "percent",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tomorow": "tomorrow", "2morrow": "tomorrow",
    "nite": "night", "tonite": "tonight", "b4": "before", "bc": "because", "w/": "with",
    "pgs": "pages", "pg": "page", "ppl": "people", "mins": "minutes", "min": "minutes",
    "rec": "recommend", "info": "information", "assignment": "assignments",
    "proj": "project", "midterms": "midterm", "finals": "final", "ppt": "slides",
    "powerpoint": "slides", "mid": "midterm", "writeup": "report", "paper": "paper",
    "curving": "curve", "curved": "curve", "weighted": "weight", "weighting": "weight",
    "weights": "weight", "worth": "weight", "count": "weight", "counts": "weight",
    "emailing": "email", "mail": "email", "e-mail": "email", "teaches": "teach",
    "teaching": "teach", "taught": "teach", "covering": "cover", "covered": "cover",
    "covers": "cover", "mtg": "meeting", "lec": "lecture", "lecs": "lecture",
    "ddl": "deadline", "ddls": "deadline", "tm": "team", "tms": "team",
}

# Extra words that ask about each kind of entry (general English, not course facts).
KIND_WORDS: dict[str, str] = {
    "deliverable": "page pages length long limit max weight percent point points due deadline",
    "grading": "grade grading graded breakdown weight percent components coursework split "
               "calculate calculated distribution points overall composition breakdown",
    "cutoffs": "letter letters cutoff cutoffs scale grade grades grading score minimum lowest "
               "threshold range ranges boundaries fail failing pass passing",
    "curve": "curve adjust adjusted adjustment tentative fit fitting change changed lower "
             "lowered raise raised moved",
    "schedule": "schedule topics topic syllabus weeks week cover lecture lectures calendar "
                "plan outline order",
    "topic": "cover week weeks teach lecture learn discuss",
    "meetings": "lecture lectures meet meeting meets time times where location room held "
                "start starts end ends schedule day days online remote virtual",
    "office_hours": "office hours hour meet appointment",
    "person": "email contact reach name",
    "textbook": "textbook textbooks book books reading readings materials material buy",
    "resources": "website webpage site online resources resource link page announcement",
    "description": "about description overview summary",
    "team": "team teams size people members many max alone individually partner",
    "timezone": "timezone zone central",
}
ROLE_WORDS = {
    "instructor": "professor instructor teach teacher lecturer charge",
    "ta": "ta assistant teaching",
}

_TOKEN = re.compile(r"[a-z0-9]+(?:[+-](?![a-z0-9]))?|%")
_WEEK_N = re.compile(r"\b(?:week|wk)\s*(?:#|no\.?|number)?\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)"
                     r"\s+week\b")
_WINDOW = re.compile(
    r"\b((?:between|from) [a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)? (?:and|to|until|till|through|-) "
    r"[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|"
    r"(?:the )?week after next|this week|next week|this month|next month|today|tonight|tomorrow|"
    r"(?:in |during |within )?(?:the )?(?:next|coming) (?:\w+ )?(?:days?|weeks?)|"
    r"(?:in |during )(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|"
    r"(?:before|by|until|till|after|between|from) (?:[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}/\d{1,2}|(?:the )?end of (?:the )?(?:month|week|[a-z]{3,9})|next \w+|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*))",
)
_COUNTDOWN = re.compile(r"\b(?:how (?:many|much) (?:days|weeks|time)|days? (?:left|remaining|"
                        r"until|till|til|to go|before)|how long (?:until|till|til|before|do i "
                        r"have|left)|time left|countdown|weeks? (?:left|until|till))\b")
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|yo|sup|help|hola|howdy|good (?:morning|"
                       r"afternoon|evening)|what can you do|what do you do|who are you|"
                       r"commands|menu|start|\?)[\s!.?]*(?:there|bot|course-?bot)?[\s!.?]*$",
                       re.IGNORECASE)
_DO_FOR_ME = re.compile(r"\b(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:just )?"
                        r"(?:write|do|make|finish|solve|complete|draft|answer|fix|check|"
                        r"proofread|look over|read over|grade|edit)\b|"
                        r"^(?:please |pls )?(?:do|write|finish|solve) my\b|"
                        r"^(?:please |pls )?(?:write|compose|draw|make|generate|tell) me (?:a|an|"
                        r"some)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:course|class) (?:is )?about\b|\babout (?:this|the) (?:course|class)\b|"
                    r"\b(?:course|class) (?:description|overview|summary)\b")
_WHO = re.compile(r"\bwho(?:'?s| is| are| will| does| do)?\b")
WHO_KINDS = frozenset({"person", "office_hours", "policy"})
WEIGHT_WORDS = frozenset({"worth", "weight", "weigh", "weighted", "percent", "percentage", "%",
                          "count"})
"""A question with these (and no "when" word) wants a deliverable's weight before its date."""
_MY_GRADE = re.compile(r"(?<!toward )(?<!towards )(?<!of )(?<!to )(?<!in )(?<!on )"
                       r"\bmy (?:current |overall |final |actual |real )?(?:grade|score|mark|"
                       r"standing|points)s?\b")
_TOLD_WRONG = frozenset({("class day",), ("stated points",)})
"""Declines of something the asker told (a presentation day with no class, points that don't
fit the weights): a question after it is not answered as if the statement held."""
_TOLD_SITUATION = frozenset({("partner left",)})
"""Declines of a situation the asker told (a partner who left the course): the question after
it asks about that situation, so it is not answered as if nothing had been told."""
_MEETS = re.compile(r"^\s*(?:where|when|what time|what days?)\b(?: do| does| are| is| will)?"
                    r"(?: the| our| my)? (?:classes|class|lectures?|class sessions?)(?: usually|"
                    r" normally| actually)? (?:meet|held|take place|happen|run)\b[^,;]*$")
_THIS_WEEK_TOPIC = re.compile(r"\b(this|next|last) week\b")
_TODAY_CLASS = re.compile(r"\b(today|tomorrow|tonight)\b")
_PERCENT = re.compile(r"(?<![\w./])(?<!of )(?<!of the )(?<!of my )(?<!of our )"
                      r"(\d{1,3}(?:\.\d+)?)(?!\d|(?:st|nd|rd|th)\b)"
                      r"(?!\s+of (?:the |my |our )?\d)(?!\s*"
                      r"(?:[a-z]+\s+)?(?:street|st|avenue|ave|road|rd|blvd|drive|dr|floor|lane|"
                      r"way)\b)\s*(%|percent\b)?")
"""A score said as a number ("94", "94.5%"); not an ordinal or a street ("6th street")."""
_LETTER = re.compile(r"(?<![\w+-])([A-Da-dFf])\s?([+-]|plus\b|minus\b)?(?![\w+-])")


_HOW_TYPO = re.compile(r"\bhw(?= (?:much|many|long|often|big|do|does|is|are|can|should|"
                       r"will|would|soon|far)\b)", re.IGNORECASE)
""""hw much": "hw" is homework only when no question word follows it."""
_OPERATORS = frozenset("plus minus total totals combined together altogether versus compared "
                       "times sum instead rather than".split())
"""Words that join items in a question ("presentations plus blog posts"): never a thing."""
_SHORT_TYPOS = {"wat": "what", "wht": "what", "whta": "what", "teh": "the", "hwo": "how",
                "wen": "when", "whn": "when", "wher": "where", "wehn": "when"}
_SHORT_TYPO = re.compile(rf"\b(?:{'|'.join(_SHORT_TYPOS)})\b", re.IGNORECASE)
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{4,}(?![\w'’-])")
_SPELL_EXTRA = ("worth", "much", "many", "what", "when", "where", "which", "classes",
                "reviews", "textbook", "cutoff", "cutoffs", "deadline", "deadlines")
"""Question words a typo is mended into besides the course file's own words."""


def _normalize(word: str) -> str:
    word = SLANG.get(word, word)
    if word in STOPWORDS or word in NEUTRAL or word in WHEN_WORDS:
        return word
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
        # "instructors", "instructor's": the plural or possessive of a slang word
        word = SLANG.get(word, word) if " " not in SLANG.get(word, word) else word
    return word


_PHRASES = [(re.compile(p), r) for p, r in (
    (r"\bfinal (grade|score|mark)s?\b", r"overall \1"),
    (r"\bbr(?:oken|eak) ?down\b", "breakdown"),
    (r"\bhow many times\b", "how many"),
    (r"\bmakes? up\b", "composition"),
    (r"\bfinal (?:paper|write ?up|project report)\b", "final report"),
    (r"\b(?:cheat|crib) ?sheets?\b", "cheatsheet"),
    (r"\b(?:grades?|scores?|marks?|results?) back\b", "feedback"),
    (r"\bgrad(?:ing|es?) (?:(?:is|are|be|get|gets|will be) )?curv", "grade curv"),
    (r"\b(?:graded|marked|grade[ds]?) (?:on|with|using) (?:a |the )?curve\b", "curve"),
    (r"\b(?:go|goes|going|went|move|moves|moving|shift|shifts|be (?:moved|shifted|bumped)) "
     r"(?:up|down|higher|lower)\b", "changed"),
    (r"\b(?:be|get|gets|getting|been|are|is) (?:graded|marked|returned|released)\b",
     "feedback"),
    (r"\bextra credit\b", "credit"),
    # "a solid B", "a straight B+": the letter itself
    (r"\b(?:plain|straight|solid|regular|flat|simple|normal) (?=[a-df][+-]?(?:[\s?.!,]|$))", ""),
    (r"\bin[ -]person\b", "location"),
    # "what fraction of the grade do X account for": the weight
    (r"\b(?:fraction|proportion|portion)(?= of (?:the |my |our )?(?:overall |total |final )?"
     r"(?:grade|mark|score)s?\b)", "percentage"),
    (r"\b(?:accounts?|accounted) for\b(?=[^?]*\b(?:grade|mark|score)s?\b)|"
     r"(?<=\bgrade\b)(?=[^?]*\b(?:accounts?|accounted) for\b)", " worth "),
    # "how much of the grade does X carry": its weight
    (r"\bcarr(?:y|ies)\b(?! (?:over|on|out|it|them|the)\b)", "worth"),
)]


def tokens(text: str) -> list[str]:
    """Lower-case words, slang expanded, plurals folded (``reviews`` → ``review``)."""
    return list(_tokens(text))


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[str, ...]:
    # eleven phrase rewrites per call: memoized, since the same texts (course file titles,
    # suggestion labels) are read again and again; a question's reading is kept by its plan
    text = text.lower().replace("’", "'").replace("'", "")
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    out: list[str] = []
    for raw in _TOKEN.findall(text):
        for word in SLANG.get(raw, raw).split():
            out.append(_normalize(word))
    return tuple(out)


# ----------------------------------------------------------------------------- answers



Plan = Answer | Callable[[datetime, list[DueItem]], Answer]
"""What a question asks: the answer itself, or how to make it from the time and deadlines."""


THANKS = frozenset("thanks thank thx ty tysm tyvm thankyou thanx appreciate appreciated "
                   "cheers".split())
ACKS = THANKS | frozenset("""
ok okay k kk okey alright aight cool nice great awesome perfect sweet gotcha got it lol lmao
rofl haha hahaha hah heh xd np yes yeah yep yup no nope nah sure wow omg yay good fine neat
understood noted makes sense that this so much very a lot lots you u for the all again
helpful help really man bro dude all right will do sounds
""".split())
"""Words of a message that only acknowledges ("thanks!", "ok", "lol", "got it, thanks")."""


@lru_cache(maxsize=4096)
def acknowledgement(text: str) -> str | None:
    """``"thanks"`` for a thank-you, ``"ack"`` for a message that only acknowledges or is
    nothing but emoji and punctuation, else None (a real message)."""
    if not text.strip():
        return None
    words = tokens(text)
    if not words:
        return "ack"
    if not all(w in ACKS for w in words):
        return None
    return "thanks" if set(words) & THANKS else "ack"


ACKNOWLEDGED = {
    "thanks": Answer(kind="help", topic="ack", confidence=1.0, lines=(
        Line("You're welcome! Ask me anything else about the course whenever you need."),)),
    "ack": Answer(kind="help", topic="ack", confidence=1.0, lines=(
        Line("👍 Ask me anything about the course whenever you need (`help` lists what I "
             "can do)."),)),
}
"""The reply to a message that only thanks or acknowledges: nothing to decline or keep."""

DO_FOR_ME_TOPIC = "decline:do-for-me"
"""The topic of a decline of a request to do the work ("write my review for me")."""
OTHER_COURSE_TOPIC = "decline:other-course"
"""The topic of a decline of a question about another course."""


@dataclass
class Entry:
    """One thing the syllabus says, as a retrievable unit built from the course file."""

    key: str
    label: str
    kind: str
    terms: dict[str, float] = field(default_factory=dict)
    phrases: tuple[tuple[str, ...], ...] = ()
    sensitive: bool = False

    def add(self, text: str, weight: float) -> None:
        for tok in tokens(text):
            if tok not in STOPWORDS and tok not in WHEN_WORDS and tok not in NEUTRAL:
                self.terms[tok] = max(self.terms.get(tok, 0.0), weight)


def _alias_texts(aliases: Iterable[str], weight: float) -> list[tuple[str, float]]:
    """One-word aliases at full weight; the words of longer ones count half on their own
    (the whole phrase earns its bonus in :meth:`Answerer.rank`)."""
    single = [a for a in aliases if len(a.split()) == 1]
    multi = [a for a in aliases if len(a.split()) > 1]
    return [(" ".join(multi), weight / 2), (" ".join(single), weight)]


def _acronym(title: str) -> str:
    words = [w for w in re.split(r"[\s\-,]+", title) if w and w[0].isalpha()]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


class Answerer:
    """The knowledge entries of one course and the question reader over them."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.entries: dict[str, Entry] = {}
        self.course_words = frozenset([*tokens(course.code),
                                       *tokens(course.code.replace(" ", "")),
                                       *([_acronym(course.title).lower()]
                                         if len(_acronym(course.title)) >= 3 else [])])
        """The course's own code ("cs 598", "cs598") or its title's initials name the course,
        not a topic."""
        # the (assumed) class calendar, computed once: course.class_dates() walks the term
        self.class_days = course.class_dates()
        mondays = sorted({d - timedelta(days=d.weekday()) for d in self.class_days})
        self.week_days = {n: [d for d in self.class_days if m <= d < m + timedelta(days=7)]
                          for n, m in enumerate(mondays, start=1)}
        self._build()
        df: dict[str, int] = {}
        for entry in self.entries.values():
            for tok in entry.terms:
                df[tok] = df.get(tok, 0) + 1
        n = len(self.entries)
        self.idf = {tok: math.log(1 + n / count) for tok, count in df.items()}
        self.max_idf = math.log(1 + n / 0.5)
        self.vocabulary = sorted(set(self.idf) | WHEN_WORDS | {"week", "today", "tomorrow",
                                                                "class", "lecture"})
        self._entry_list = list(self.entries.values())
        self._longest_phrase = max((len(p) for e in self._entry_list for p in e.phrases),
                                   default=1)
        self._postings: dict[str, tuple[int, ...]] = {}
        """Each word → the positions (in ``_entry_list``) of the entries that weigh it."""
        for i, entry in enumerate(self._entry_list):
            for tok, weight in entry.terms.items():
                if weight:
                    self._postings[tok] = (*self._postings.get(tok, ()), i)
        self.computed = Computed(self)
        """Questions computed from the course model (order, sums, yes/no, what-ifs …)."""
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)
        self.spelled = lru_cache(maxsize=4096)(self._spelled_uncached)
        self.plan = lru_cache(maxsize=4096)(self._linked_plan)
        """:meth:`_plan` remembered per wording (a class asks the same things in the same way)."""
        self._answers: OrderedDict[tuple[str, datetime, int], tuple[object, Answer]] = \
            OrderedDict()
        """Finished answers per (wording, time, deadlines): see :meth:`answer`."""
        self._sensitive_phrases = [
            (tuple(tokens(alias)), p) for p in course.policies if p.sensitive
            for alias in [p.title, *p.aliases] if tokens(alias)
        ]
        self._sensitive_starts = frozenset(phrase[0] for phrase, _ in self._sensitive_phrases)
        self.component_words = frozenset(
            w for comp in course.grading.components
            for w in tokens(" ".join([comp.title, *comp.aliases])))
        """Words that name a grading component (a title word or a one-word alias)."""

    # ------------------------------------------------------------------ building

    def _entry(self, key: str, label: str, kind: str, *texts: tuple[str, float],
               phrases: Iterable[str] = (), sensitive: bool = False) -> Entry:
        entry = Entry(key=key, label=label, kind=kind, sensitive=sensitive)
        for text, weight in texts:
            entry.add(text, weight)
        # an overview entry owns its kind's words ("weighted" → the breakdown, not one part)
        entry.add(KIND_WORDS.get(kind, ""), 1.0 if kind in {"deliverable", "topic"} else 1.5)
        entry.phrases = tuple(t for t in (tuple(tokens(p)) for p in phrases) if t)
        self.entries[key] = entry
        return entry

    def _build(self) -> None:
        c = self.course
        linked: set[str] = set()
        for d in c.deadlines:
            comp = c.component(d.component) if d.component else None
            kind = "team" if comp is None and d.key == "team" else "deliverable"
            texts = [(d.title, 3.0), *_alias_texts(d.aliases, 3.0), (d.key, 3.0),
                     (" ".join(d.facts), 0.5)]
            phrases = [d.title, *d.aliases]
            if comp is not None:
                linked.add(comp.key)
                texts += [(comp.title, 3.0), *_alias_texts(comp.aliases, 2.5)]
                phrases += [comp.title, *comp.aliases]
            if comp is None:
                kind = "team"
            self._entry(f"deadline:{d.key}", d.title, kind, *texts, phrases=phrases)
        for r in c.relative_deadlines:
            comp = c.component(r.component) if r.component else None
            texts = [(r.title, 3.0), *_alias_texts(r.aliases, 3.0), (r.key, 3.0),
                     (" ".join(r.facts), 0.5)]
            phrases = [r.title, *r.aliases]
            if comp is not None and comp.key not in linked:
                linked.add(comp.key)
                texts += [(comp.title, 3.0), *_alias_texts(comp.aliases, 2.5)]
                phrases += [comp.title, *comp.aliases]
            self._entry(f"relative:{r.key}", r.title, "deliverable", *texts, phrases=phrases)
        for comp in c.grading.components:
            if comp.key in linked:
                continue
            self._entry(f"component:{comp.key}", comp.title, "deliverable",
                        (comp.title, 3.0), *_alias_texts(comp.aliases, 3.0),
                        (" ".join(comp.facts), 0.5), phrases=[comp.title, *comp.aliases])
        self._entry("grading", "Grade breakdown", "grading", (c.grading.source, 2.0),
                    (" ".join(g for g in c.grading.groups), 0.5))
        self._entry("cutoffs", "Letter-grade cutoffs", "cutoffs", (c.grading.cutoffs_source, 2.0))
        if c.grading.notes:
            self._entry("curve", "Curve and changes to the cutoffs", "curve",
                        (" ".join(c.grading.notes), 0.5))
        self._entry("schedule", "Schedule of topics", "schedule", (c.schedule.source, 2.0),
                    (c.schedule.note, 0.5))
        for i, topic in enumerate(c.schedule.topics):
            acronym = _acronym(topic.title)
            self._entry(f"topic:{i}", topic.title, "topic", (topic.title, 3.0),
                        (acronym, 3.0) if len(acronym) >= 2 else ("", 0.0),
                        phrases=[topic.title])
        self._entry("meetings", "Class time and place", "meetings",
                    (" ".join(m.location for m in c.meetings), 2.0))
        roles = " ".join(ROLE_WORDS.get(p.role, p.role) for p in c.staff
                         if any(o.person == p.name for o in c.office_hours))
        self._entry("office_hours", "Office hours", "office_hours",
                    (" ".join(o.person for o in c.office_hours), 1.0), (roles, 1.0),
                    phrases=["office hours"])
        for p in c.staff:
            self._entry(f"person:{p.name}", p.name, "person", (p.name, 3.0),
                        (ROLE_WORDS.get(p.role, p.role), 3.0), (p.email, 1.0))
        if c.textbook:
            self._entry("textbook", "Textbook", "textbook", (c.textbook, 0.3))
        for res in c.resources:
            self._entry(f"resource:{res.name}", res.name, "resources", (res.name, 3.0))
        self._entry("description", "What the course is about", "description",
                    (c.title, 1.0), (c.description, 0.2))
        for pol in c.policies:
            self._entry(f"policy:{pol.key}", pol.title, "policy", (pol.title, 3.0),
                        *_alias_texts(pol.aliases, 3.0), ("policy", 0.5),
                        phrases=[pol.title, *pol.aliases], sensitive=pol.sensitive)
        if any(a.key == "timezone" for a in c.assumptions):
            self._entry("timezone", "Time zone", "timezone", ("", 0.0))

    # ------------------------------------------------------------------ reading

    @cached_property
    def _sensitive_only(self) -> frozenset[str]:
        """Words only the sensitive policies use (typos are not corrected into them)."""
        sensitive = {t for e in self._entry_list if e.sensitive for t in e.terms}
        ordinary = {t for e in self._entry_list if not e.sensitive for t in e.terms}
        return frozenset(sensitive - ordinary)

    def _correct_uncached(self, tok: str) -> str | None:
        if tok in self.idf or tok in STOPWORDS or tok in WHEN_WORDS or tok in NEUTRAL \
                or tok in self.course_words:
            return tok
        if len(tok) < 4 or tok.isdigit():
            return None
        # a typo: at most 1 edit (a swap counts as one) in a short word, 2 or 3 in longer ones;
        # the length nearly kept and the first letter kept unless it is a single edit
        most = 1 if len(tok) <= 5 else 2 if len(tok) <= 9 else 3
        hit = process.extractOne(tok, self.vocabulary, scorer=OSA.distance, score_cutoff=most)
        if hit is not None and hit[0] in self._sensitive_only and hit[0][:5] != tok[:5]:
            return None  # a typo never turns into a sensitive word ("slacking" ≠ "stalking")
        if hit is not None:
            word, distance = hit[0], hit[1]
            if abs(len(word) - len(tok)) <= max(1, most - 1) and (
                    word[0] == tok[0] or (distance <= 1 and len(tok) >= 6)):
                return word
        # a long word that starts with a known one ("presentations" / "presenter")
        for word in self.vocabulary:
            if len(word) >= 6 and abs(len(tok) - len(word)) <= 3 and (
                    tok.startswith(word) or word.startswith(tok)):
                return word
        return None

    def _spelled_uncached(self, text: str) -> str:
        """``text`` with misspelt course and question words written right ("clas time",
        "hw much r reviews wrth"), so the rules that read the words as written see them.

        Only a dropped or doubled letter or two swapped letters is mended, and only into a
        word the course file or the question vocabulary knows: a real word one letter from
        another ("grace", "grade") is kept.
        """
        text = vague_dates(dates_in_digits(_HOW_TYPO.sub("how", text)),
                           first=self.course.term_dates.first_class)
        text = self.computed.weekday_around(text)
        text = _SHORT_TYPO.sub(lambda m: _SHORT_TYPOS[m.group(0).lower()], text)

        def mend(m: re.Match[str]) -> str:
            raw = m.group(0)
            word = raw.lower()
            if len(word) < 4 or word in self._known_words:
                return raw
            folded = _normalize(word)
            if folded in self._known_words:
                return raw
            hit = process.extractOne(word, self._spell_targets, scorer=OSA.distance,
                                     score_cutoff=1)
            if hit is None or hit[0][0] != word[0]:
                return raw
            target = hit[0]
            if len(target) == len(word) and sorted(target) != sorted(word):
                return raw  # a changed letter: likely another real word ("presented")
            return target

        return _WORD.sub(mend, text)

    @cached_property
    def _known_words(self) -> frozenset[str]:
        return frozenset(set(self.idf) | STOPWORDS | NEUTRAL | WHEN_WORDS | TOPIC_WORDS
                         | set(SLANG) | set(SLANG.values()) | self.course_words
                         | set(_SPELL_EXTRA))

    @cached_property
    def _spell_targets(self) -> list[str]:
        titles = {w for e in self._entry_list for w in re.findall(r"[a-z]+", e.label.lower())}
        return sorted(w for w in (set(self.idf) | NEUTRAL | titles | set(_SPELL_EXTRA))
                      if len(w) >= 4 and w.isalpha())

    def read(self, text: str) -> tuple[list[str], list[str], list[str]]:
        """(all tokens corrected, content tokens, unknown tokens) of a question."""
        words: list[str] = []
        content: list[str] = []
        unknown: list[str] = []
        for tok in tokens(text):
            if tok in TOPIC_WORDS and tok not in self.idf:
                unknown.append(tok)  # a course topic the file does not have: never "corrected"
                words.append(tok)
                continue
            fixed = self._correct(tok)
            if fixed is None:
                if tok.isdigit():
                    continue
                unknown.append(tok)
                words.append(tok)
                continue
            words.append(fixed)
            if fixed not in STOPWORDS and fixed not in WHEN_WORDS and fixed not in NEUTRAL \
                    and fixed not in self.course_words and not fixed.isdigit():
                content.append(fixed)  # a bare number is no topic ("89.9" is not "title 9")
        return words, content, unknown

    def _phrase_hit(self, entry: Entry, words: Sequence[str]) -> bool:
        """True if the question's words contain one of ``entry``'s phrases."""
        return bool(entry.phrases) and not _ngrams(
            tuple(words), self._longest_phrase).isdisjoint(entry.phrases)

    def rank(self, words: list[str], content: list[str], unknown: list[str],
             *, when: bool = False) -> list[tuple[float, float, Entry]]:
        """Entries by score, with the share of the question each explains (its coverage)."""
        distinct = list(dict.fromkeys(content))
        total = math.fsum(self.idf.get(t, self.max_idf) for t in distinct)
        total += math.fsum(self.max_idf * (1.0 if t in TOPIC_WORDS else UNKNOWN_WEIGHT)
                           for t in set(unknown))
        meeting_words = bool(set(words) & {"class", "lecture", "meet"})
        ranked: list[tuple[float, float, Entry]] = []
        # only the entries that hold one of the words can score (in the entries' order)
        found = sorted({i for tok in distinct for i in self._postings.get(tok, ())})
        for entry in (self._entry_list[i] for i in found):
            score = 0.0
            covered = 0.0
            strongest = 0.0
            for tok in distinct:
                weight = entry.terms.get(tok)
                if weight:
                    score += self.idf[tok] * weight
                    covered += self.idf[tok]
                    strongest = max(strongest, weight)
            if score <= 0:
                continue
            if strongest < 1.0:
                covered *= 0.5  # only passing mentions (long texts, group names): a weak match
            if self._phrase_hit(entry, words):
                score *= 1.5
            if when and entry.kind in {"deliverable", "team"}:
                score *= 1.3
            if meeting_words and entry.kind == "meetings":
                score *= 1.5
            coverage = covered / total if total else 0.0
            ranked.append((score, coverage, entry))
        ranked = self._inner_names_last(ranked, words)
        ranked.sort(key=lambda r: (-round(r[1], 2), -r[0]))
        return ranked

    def _inner_names_last(self, ranked: list[tuple[float, float, Entry]], words: list[str]
                          ) -> list[tuple[float, float, Entry]]:
        """An entry named only by words inside another entry's longer name (a two-word alias
        inside a matched three-word one) explains a little less than that entry."""
        grams = _ngrams(tuple(words), self._longest_phrase)
        hits = {id(e): [p for p in e.phrases if p in grams] for _s, _c, e in ranked}
        longest = {k: max((len(p) for p in v), default=0) for k, v in hits.items()}
        out = []
        for score, cov, e in ranked:
            own = hits.get(id(e))
            if own and any(longest[k] > max(len(p) for p in own) and all(
                    any(other[i:i + len(p)] == p for other in hits[k]
                        for i in range(len(other) - len(p) + 1)) for p in own)
                    for k in hits if k != id(e) and hits[k]):
                cov *= 0.9
            out.append((score, cov, e))
        return out

    def answer(self, text: str, *, now: datetime, asker: Asker | None = None,
               due: Sequence[DueItem] | None = None) -> Answer:
        """Answer ``text`` as of ``now``; unsure answers to a personal message in distress
        become a private support card (:mod:`bot.answers.support`, the safety fail-safe).

        An answer depends on the words, the time and the deadlines only (not on who asks),
        so the last few thousand are kept: the night before a deadline a class asks the same
        thing within the same minute. ``due`` is compared by identity (the tuples of
        :func:`stored_due` are shared per deadline snapshot); the kept answer holds it, so
        its id cannot be reused while the entry lives.

        Example::

            answerer.answer("proposal due?", now=now)
        """
        key = (text, now, id(due))
        kept = self._answers.get(key)
        if kept is not None and kept[0] is due:
            self._answers.move_to_end(key)
            return kept[1]
        found = support.fallback(text, self._answer(text, now=now, asker=asker, due=due),
                                 self.course,
                                 again=lambda t: self._answer(t, now=now, asker=asker, due=due))
        self._answers[key] = (due, found)
        if len(self._answers) > ANSWER_MEMORY:
            self._answers.popitem(last=False)
        return found

    def _answer(self, text: str, *, now: datetime, asker: Asker | None = None,
                due: Sequence[DueItem] | None = None) -> Answer:
        """Answer ``text`` as of ``now``; ``due`` are the stored deadlines (else the file's).

        Reading a question does not depend on the clock or the stored deadlines, so it is
        done once per wording (:meth:`plan`); only the dated part is made again each time.
        """
        concern = safety.detect(text, self.course)
        if concern is not None:
            # first, before any ranking; the text is not kept (plans are cached per wording)
            return self._resource_detail(text, safety.reply(concern, self.course))
        items = list(due) if due is not None else self.file_due()
        text, now = self._stated_today(text, now)
        told = self._told_claim(text, now, items)
        if told is not None:
            return told
        whole = self._single(text, now, items)
        if whole.kind == "decline" and whole.unknown in _TOLD_SITUATION:
            return whole
        if whole.kind != "answer":
            # a situation told and asked about in its own sentence ("my partner left the
            # course. do I finish alone?"): the situation's decline, not the bare question's
            left = self.computed.partner_left(" ".join(text.split()))
            if left is not None:
                return left
        parts = _parts(text)
        if not parts or (len(parts) == 1 and parts[0] == " ".join(text.split())):
            if whole.kind != "answer" and whole.unknown not in _TOLD_WRONG:
                # (a told day with no class, or told points that don't fit, stay the answer)
                # "my teammate sent the slides, when are the reports due": a statement, then
                # the question after the last comma, answered alone when that is confident
                tail = _TAIL_QUESTION.search(" ".join(text.split()))
                # (an honest "the syllabus doesn't say" about an item the whole names is kept:
                # a cut-off time asked after naming X's due day is X's time of day)
                if tail is not None and not _CONDITION.search(text[:tail.start()]) and not (
                        whole.kind == "decline" and (whole.topic or "").startswith(
                            ("deadline:", "relative:", "component:"))):
                    sub = self._single(tail.group(1), now, items)
                    if sub.kind == "answer" and sub.confidence >= whole.confidence:
                        return sub
            return self._and_parts(text, whole, now, items)
        if len(parts) == 1 and len(text.split()) >= 25 and _WHEN_DUE.search(parts[0]) \
                and self.computed.deadlines_named(parts[0].lower()):
            # a story around "when is <a dated deadline> due?": its date is the file's,
            # whatever the story's own dates
            alone = self._single(parts[0], now, items)
            if alone.kind == "answer":
                return alone
        if len(parts) == 1 and whole.kind == "answer" and len(text.split()) >= 25 \
                and len(parts[0].split()) >= 4:
            # a story around one question: the question, read with the story's dated
            # statements, is answered rather than the story's other words
            context = _context(text, parts)
            sub = self._single(f"{context} {parts[0]}".strip(), now, items)
            if whole.concern == STATED_SCORES and sub.topic == "grade" and (
                    sub.concern != STATED_SCORES or "not counted yet" in sub.headline):
                return whole  # scores told across the story, the question's own incomplete
            return sub if sub.kind == "answer" else whole
        # several questions in one message (up to 3, in order), or a story around one
        context = _context(text, parts)
        parts, refers = self._resolve_pronouns(parts[:MAX_PARTS])
        subs = [self._single(f"{context} {p}".strip(), now, items) for p in parts]
        # a pronoun stands for what an earlier part asked about; when that part was declined
        # (a thing the course lacks), so is the part with the pronoun
        # (not when that part only lacked a rule about a known item: "can the review be late?
        # when is it due?" still answers the date)
        subs = [subs[j] if j is not None and subs[j].kind != "answer" and not (
                    subs[j].unknown and all(set(u.split()) & _RULE_GAPS
                                            for u in subs[j].unknown)) else s
                for s, j in zip(subs, refers, strict=True)]
        # a follow-up that names no item and refers to none ("… the appendix of the final
        # report? is there a limit?") is the earlier part asked again: an item the engine
        # guessed for it from a bare word is not an answer, when that earlier part declined
        subs = [subs[i - 1] if i > 0 and j is None and subs[i - 1].kind == "decline"
                and subs[i - 1].topic == "property" and s.kind == "answer"
                and (s.topic or "").startswith(("deadline:", "component:"))
                and self._item_phrase(p) is None and self._item_phrase(parts[i - 1])
                else s for i, (s, j, p) in enumerate(zip(subs, refers, parts, strict=True))]
        answered = [s for s in subs if s.kind == "answer"]
        if whole.kind == "answer" and whole.concern == STATED_SCORES:
            # scores told across the message's clauses ("only do the project, perfectly, and
            # nothing else") are read together: the whole's reckoning, and any other part
            others = [s for s in answered if s.concern != STATED_SCORES and s.topic != "grade"]
            merged = whole
            for other in others:
                merged = _merge(merged, other)
            return merged
        if len(answered) >= 2:
            merged = answered[0]
            for other in answered[1:]:
                merged = _merge(merged, other)
            return replace(merged, confidence=min(s.confidence for s in answered))
        if whole.kind != "answer" and answered:
            return answered[0]
        return whole

    def _resource_detail(self, text: str, reply: Answer) -> Answer:
        """"Is McKinley open on Sundays?": a question about a detail of a support
        service (walk-ins, opening hours, appointments, insurance) that the reply's own text
        does not state keeps the reply, and says the syllabus doesn't give that detail."""
        m = _RESOURCE_DETAIL.search(text.lower())
        if m is None or reply.kind != "answer":
            return reply
        said = " ".join(ln.text for ln in reply.lines).lower()
        if m.group(1).rstrip("s") in said:
            return reply
        return replace(reply, lines=(*reply.lines, Line(
            f"The syllabus doesn't say that about these services (“{m.group(1)}”); "
            "they can tell you when you call.")))

    def _and_parts(self, text: str, whole: Answer, now: datetime, items: list[DueItem]
                   ) -> Answer:
        """"The A cutoff and the B cutoff", "team size, and the team deadline?": two things
        asked with one question word. Only when the whole was answered, nothing joins the two
        (a sum, a comparison) and each half is answered on its own, on a different topic."""
        if whole.kind != "answer" or _NO_AND_SPLIT.search(text):
            return whole
        halves = [h.strip(" ,") for h in _AND_SPLIT.split(" ".join(text.split()))]
        if not 2 <= len(halves) <= MAX_PARTS or any(len(h.split()) < 2 for h in halves):
            return whole
        subs = [self._single(h, now, items) for h in halves]
        if any(s.kind != "answer" for s in subs) or len({s.lines[0].text for s in subs}) < len(
                subs):
            return whole
        merged = subs[0]
        for other in subs[1:]:
            merged = _merge(merged, other)
        return replace(merged, confidence=min(s.confidence for s in subs))

    def _item_phrase(self, text: str) -> str | None:
        """The first deliverable or grading item ``text`` names, as written."""
        low = text.lower()
        found = [(m.start(), m.group(0)) for pattern, _k in (self.computed._component_names
                                                            + self.computed._deadline_names)
                 for m in [pattern.search(low)] if m]
        return min(found)[1] if found else None

    def _without_contrast(self, text: str) -> str:
        """A closing clause that sets another item apart from the one asked about (", not the
        <other item>") is not part of the question. It goes only when
        it names an item and the rest still names a single item (not a group, where "not X"
        leaves X out of a sum)."""
        m = _CONTRAST.search(text)
        if m is None:
            other = _OTHER_THAN.search(text)
            c = self.computed
            if other is not None and _ASKS_LIST.search(text[:other.start()]) and (
                    c.components_named(other.group(1).lower())) and not c.deadlines_named(
                    other.group(1).lower()):
                # "anything due in May other than the <undated item>?": the undated item is
                # never in a list of dated deadlines, so the list is the answer
                return (text[:other.start()] + text[other.end():]).strip()
            return text
        rest = (text[:m.start()] + text[m.end():]).strip()
        low_rest, low_cut = rest.lower(), m.group(1).lower()
        c = self.computed
        named_cut = c.components_named(low_cut) or c.deadlines_named(low_cut) or re.search(
            r"\b(?:paper|project|final|other)\b", low_cut)
        if not named_cut or not (c.components_named(low_rest) or c.deadlines_named(low_rest)):
            return text
        return rest

    def _resolve_pronouns(self, parts: list[str]) -> tuple[list[str], list[int | None]]:
        """"When is the midterm report due? and is it worth 10%?": "it" is the report. Also
        which earlier part each pronoun refers to (``None``: no pronoun, or none resolved)."""
        out: list[str] = []
        refers: list[int | None] = []
        last: str | None = None
        last_at: int | None = None
        for i, part in enumerate(parts):
            named = self._item_phrase(part)
            if named is not None and re.search(rf"\b(?:i|we|you)\s+{re.escape(named)}\b",
                                               part.lower()):
                named = None  # "the sessions we present in": a verb, not the item
            ref: int | None = None
            ellipsis = _ONE_OF.search(part) if named is None and last is not None else None
            if ellipsis is not None:
                # "…; how much is each?": one of the item the earlier part named
                part = f"{part[:ellipsis.end()]} of the {last}{part[ellipsis.end():]}"
                ref = last_at
            elif named is None and last is not None and _PRONOUN.search(part):
                part = _PRONOUN.sub(f"the {last}", part, count=1)
                ref = last_at
            elif named is None and i > 0 and _PRONOUN.search(part):
                ref = i - 1
            if named is not None:
                last, last_at = named, i
            out.append(part)
            refers.append(ref)
        return out, refers

    def _told_claim(self, text: str, now: datetime, items: list[DueItem]) -> Answer | None:
        """"Someone said X … is that right?": the claim X checked as a yes/no
        question (only when the check gives a plain yes or no)."""
        asks = _CLAIM_CHECK.search(text)
        said = _TOLD.search(text[:asks.start()]) if asks is not None else None
        if asks is None or said is None:
            return None
        claim = re.sub(r"\bwere\b", "are", re.sub(r"\bwas\b", "is", said.group(1)))
        checked = self._single(f"is it true that {claim.strip(' ,')}?", now, items)
        if checked.kind == "answer" and checked.lines and re.match(
                r"(?:Yes|No)\b", checked.lines[0].text):
            return checked
        return None

    def _stated_today(self, text: str, now: datetime) -> tuple[str, datetime]:
        """"It's Oct 10. What's next?": the asker's own today replaces the clock (9:00 that
        day, course time), and the clause is taken out of the question."""
        m = _TODAY_IS.search(text) or _DAY_IS_TODAY.search(text)
        if m is None:
            return text, now
        day = find_date(m.group(1), now=now, course=self.course)
        if day is None:
            return text, now
        stated = datetime.combine(day, time(9, 0), tzinfo=self.course.tz)
        rest = (text[:m.start()] + " " + text[m.end():]).strip(" ,.;:()")
        return rest or text, stated

    def _single(self, text: str, now: datetime, items: list[DueItem]) -> Answer:
        text = _PLAIN_LETTER.sub("", text)
        plan = self.plan(self._without_contrast(self.spelled(" ".join(text.split())[:500])))
        if isinstance(plan, Answer):
            return plan
        return plan(now, items)

    def _linked_plan(self, question: str) -> Plan:
        """:meth:`_plan`, and a question asking for a link or web address ("the URL of the
        class webpage") is answered only when the answer holds one; else the syllabus gives
        no address: decline."""
        made = self._plan(question)
        if not _ASKS_LINK.search(question.lower()):
            return made

        def no_link(answer: Answer) -> Answer:
            if answer.kind != "answer" or any(
                    re.search(r"https?://|www\.|\bno (?:\w+ )?(?:link|url|address)\b", ln.text)
                    for ln in answer.lines):
                return answer
            return Answer(kind="decline", lines=(
                Line("The syllabus gives no link or web address for that, so I can't answer "
                     "it; the course staff can."),
                *(ln for ln in answer.lines[:1] if ln.when is None and not re.search(
                    r"\d", ln.text)), *self._staff),
                topic=answer.topic, unknown=("link",), confidence=0.0)

        if isinstance(made, Answer):
            return no_link(made)
        return lambda now, items: no_link(made(now, items))

    def _plan(self, question: str) -> Plan:
        """What ``question`` asks: a finished answer, or how to make it at a given time."""
        lowered = question.lower()
        if not question or _GREETING.match(question):
            return self.help()
        thanked = acknowledgement(question)
        if thanked is not None:  # "thanks!", "ok", "🙂": no question to decline or keep
            return ACKNOWLEDGED[thanked]
        if _DO_FOR_ME.search(question):
            return replace(self.decline(), topic=DO_FOR_ME_TOPIC)
        words, content, unknown = self.read(question)
        if self._other_course(lowered):
            c = self.course
            return Answer(kind="decline", lines=(
                Line(f"I can only answer questions about {c.code} {c.title} ({c.term}), "
                     "from its syllabus."), *self._staff), topic=OTHER_COURSE_TOPIC)

        # a sensitive topic is named in the asker's own words, never by a typo's fix
        # ("slacking" is not "stalking")
        raw = tokens(question)
        sensitive = self._sensitive([w if w == r or len(r) < 4 or r in STOPWORDS else r
                                     for w, r in zip(words, raw, strict=False)]
                                    if len(raw) == len(words) else raw)
        if sensitive is not None:
            return self._resource_detail(question, self.policy_answer(sensitive, confidence=1.0))

        if unknown and self._item_of_something_else(lowered, unknown):
            return self.decline(unknown=tuple(unknown))

        gaps_named = [t for t in unknown if t in TOPIC_WORDS and not (
            t == "credit" and re.search(r"\b(?:full|no|partial|half) credit\b", lowered))]
        # a thing the course does not have ("the final exam on Dec 8?") is never computed
        made = self.computed.plan(question, lowered, declines_only=bool(gaps_named))
        if made is not None:
            return made

        grade = self._grade(question, lowered, words)
        if grade is not None:
            return grade

        when = any(w in WHEN_WORDS for w in words)
        if _ABOUT.search(lowered) and not content_beyond(content, {"description", "overview",
                                                                   "summary"}):
            return lambda now, items: self.topic_answer("description", now=now, due=items)
        week = _WEEK_N.search(lowered)
        if week and not content_beyond(content, {"week", "cover", "topic", "schedule", "lecture",
                                                  "learn", "learning", "teach", "discuss",
                                                  "study", "studying"}):
            return self.week_answer(int(week.group(1) or week.group(2)))

        ranked = self.rank(words, content, unknown, when=when)
        best = ranked[0] if ranked else None

        if _COUNTDOWN.search(lowered):
            asked = [t for t in content if t not in {"day", "week", "time", "long", "how"}]
            counted = self.rank(words, asked, unknown, when=True)
            if counted and counted[0][2].key.startswith("deadline:") \
                    and counted[0][1] >= ANSWER_AT:
                entry = counted[0][2]
                return lambda now, items: self.countdown(entry, items, now=now)

        window = _WINDOW.search(lowered)
        deliverable_named = best is not None and best[2].kind in {"deliverable", "team"} \
            and best[1] >= ANSWER_AT
        gaps = tuple(t for t in unknown if t in TOPIC_WORDS)
        group = self.computed.group_named(lowered) if window else None
        if window and group is not None and set(words) & DUE_WORDS and not gaps \
                and not self.computed.deadlines_named(lowered):
            # a date window asked about a group ("the project"): that group's deadlines only
            phrase_g = window.group(1)
            return lambda now, items: self.window_answer(
                phrase_g, self.computed._in_group(items, group), now=now)
        if window and not deliverable_named and not gaps:
            phrase = window.group(1)
            which = phrase.split()[0]
            rest = [t for t in content if t not in set(tokens(phrase))]
            schedule_words = {"cover", "topic", "lecture", "learn", "teach", "discuss", "week",
                              "schedule"}
            asks_topic = bool(rest) or bool(set(words) & {"about", "doing", "on"})
            if _THIS_WEEK_TOPIC.search(phrase) and asks_topic and set(rest) <= schedule_words:
                return lambda now, items: self.this_week_topics(now=now, which=which)
            if set(words) & {"class", "lecture", "meet", "meeting"} and not set(words) & DUE_WORDS:
                return lambda now, items: self.meetings_answer(now=now)
            # a date word with words the course does not know and no word of work handed in
            # ("what time is it in tokyo today") is not about the course's deadlines
            dated = when and (not unknown or bool(set(words) & DUE_WORDS))
            if dated or (not unknown and (not rest or set(rest) <= {"week", "month", "day"})):
                with_topics = not when and bool(_THIS_WEEK_TOPIC.search(phrase))

                def listing(now: datetime, items: list[DueItem]) -> Answer:
                    found = self.window_answer(phrase, items, now=now)
                    if with_topics:
                        return _merge(self.this_week_topics(now=now, which=which), found)
                    return found

                return listing
        if _MEETS.search(lowered):  # "where are lectures held": the class time and place
            return lambda now, items: self.meetings_answer(now=now)
        if not content and not unknown and set(words) & {"class", "lecture", "meet"}:
            return lambda now, items: self.meetings_answer(now=now)
        ahead = set(words) & {"next", "upcoming", "coming", "left", "remaining", "soon", "rest"}
        if (when or ahead) and not content and not unknown:
            return lambda now, items: self.upcoming_answer(items, now=now)

        bar = UNKNOWN_ANSWER_AT if gaps else ANSWER_AT
        if best is not None and not gaps and self._phrase_hit(best[2], words):
            bar = PHRASE_ANSWER_AT  # the question names the entry exactly ("the proposal")
        if best is not None and _WHO.search(lowered) and best[2].kind not in WHO_KINDS:
            bar = 2.0  # "who" about anything but the staff: the syllabus names no one else
        if best is not None and best[1] >= bar:
            key, confidence = best[2].key, best[1]
            second = ranked[1] if len(ranked) > 1 else None
            # a tie: the syllabus answers both, give the two
            also = None if (second is None or best[0] >= second[0] * 1.05
                            or best[1] > second[1]) else second[2].key
            weight_first = not when and not WEIGHT_WORDS.isdisjoint(words)
            stray = self._policy_gap(best[2], content)
            if stray is not None:
                return self._closest_policy(best[2], stray, confidence)
            return lambda now, items: self.topic_answer(key, now=now, due=items,
                                                        confidence=confidence, also=also,
                                                        weight_first=weight_first)
        suggestions = tuple(Suggestion(label=e.label, topic=e.key)
                            for s, cov, e in ranked[:MAX_SUGGESTIONS] if cov >= SUGGEST_AT / 2)
        if best is not None and best[1] >= SUGGEST_AT and suggestions and not gaps:
            return self.decline(unknown=gaps or tuple(unknown), suggestions=suggestions,
                                confidence=best[1], kind="unsure")
        return self.decline(unknown=gaps or tuple(unknown), confidence=best[1] if best else 0.0)

    # ------------------------------------------------------------------ intents

    def _policy_gap(self, entry: Entry, content: Sequence[str]) -> str | None:
        """The word that led to a (non-sensitive) policy when the policy's text never says it.

        "Can I collaborate with friends?" reaches Academic Integrity by its keywords, but the
        syllabus has no collaboration rule: the answer must say so before quoting the section.
        """
        if entry.kind != "policy" or entry.sensitive:
            return None
        policy = self.course.policy(entry.key.split(":", 1)[1])
        if policy is None:
            return None
        said = set(tokens(f"{policy.title} {policy.text}"))
        hits = [t for t in dict.fromkeys(content) if entry.terms.get(t)]
        missing = [t for t in hits if t not in said and not any(
            w.startswith(t[:max(5, len(t) - 2)]) for w in said if len(t) >= 5)]
        return missing[0] if missing else None

    def _closest_policy(self, entry: Entry, word: str, confidence: float) -> Answer:
        policy = self.course.policy(entry.key.split(":", 1)[1])
        assert policy is not None
        base = self.policy_answer(policy, confidence=confidence)
        head = Line(f"The syllabus gives no specific rule about “{word}”. The closest section "
                    f"is {policy.title}; for anything it does not settle, ask the course staff.")
        return replace(base, lines=(head, *base.lines, *self._staff))

    def _item_of_something_else(self, lowered: str, unknown: Sequence[str]) -> bool:
        """True if a course item's name only qualifies a thing the file does not know (an
        unknown noun right after the item's name, with another unknown word in the question):
        an election, a sports team's practice."""
        strange = {u for u in unknown if len(u) >= 3 and u.isalpha() and u not in _OPERATORS}
        if len(strange) < 2:
            return False  # one unknown word may be a typo or a filler ("the proposal doc")
        low = lowered.replace("’", "'").replace("'s ", " ")
        for pattern, _k in self.computed._component_names + self.computed._deadline_names:
            for m in pattern.finditer(low):
                after = re.match(r"\s+([a-z]{5,})\b", low[m.end():])
                if after and not after.group(1).endswith(("ly", "ed")) \
                        and after.group(1) not in _NOT_NOUNS \
                        and _normalize(after.group(1)) in strange:
                    return True
        return False

    def _other_course(self, lowered: str) -> bool:
        """True if the question names another course's code ("CS 225"), not this one's, or
        says it is about another course ("my other class")."""
        if _OTHER_CLASS.search(lowered):
            # "I teach another course too. … what do the blogs count for?": another
            # class told as a statement, and the question in another sentence names this
            # course's item, is context
            sentences = [x for x in re.split(r"(?<=[.!?])\s+", lowered) if x.strip()]
            told = [x for x in sentences if _OTHER_CLASS.search(x)]
            c = self.computed
            asked = [x for x in sentences if x not in told
                     and (c.components_named(x) or c.deadlines_named(x))]
            if not asked or any(x.rstrip().endswith("?") or _ASKING.search(x) for x in told):
                return True
        ours = re.sub(r"[^a-z0-9]", "", self.course.code.lower())
        for m in _COURSE_CODE.finditer(lowered):
            if m.group(1) + m.group(2) != ours:
                return True
        return False

    def _sensitive(self, words: Sequence[str]) -> Policy | None:
        if self._sensitive_starts.isdisjoint(words):
            return None  # no phrase can start anywhere in the question
        for phrase, policy in self._sensitive_phrases:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == phrase:
                    return policy
        return None

    def _grade(self, question: str, lowered: str, words: Sequence[str]) -> Answer | None:
        gradeish = {"grade", "letter", "cutoff", "score", "percent", "get", "need", "scale",
                    "whats",
                    "lowest", "minimum", "point", "mean", "equal", "equivalent", "what",
                    "worth", "weight"}
        has_letter = [m for m in _LETTER.finditer(question) if self._is_letter(question, m)]
        if _MY_GRADE.search(lowered) and not re.search(r"\d", question):
            return self.grade_answer(GradeResult(kind="usage"))  # we never see their scores
        checked = self._letter_check(question, lowered, words)
        if checked is not None:
            return checked
        has_score = re.search(r"\d+(?:\.\d+)?\s*(?:/|out of)\s*\d+|\d+(?:\.\d+)?\s*%", question)
        components = {c.key for c in self.course.grading.components}
        if has_score or re.search(r"\b(?:need|get|want)\b.*\b(?:to get|for|get)\b", lowered):
            result = what_if(question, self.course)
            if result.kind in {"total", "need"} and result.scores:
                return self.grade_answer(result)
            if result.kind == "usage" and result.target is not None:
                return self.grade_answer(result)
            if result.kind == "letter" and (set(words) & gradeish or has_letter):
                return self.grade_answer(result)
        bare = re.fullmatch(r"\s*(?:what(?:'|’)?s|what is|is|and)?\s*(?:an?\s+)?(\d{1,3}(?:\.\d+)?)"
                            r"\s*%?\s*\??\s*", lowered)
        if bare and 0 <= float(bare.group(1)) <= 100:
            return self.grade_answer(what_if(bare.group(1), self.course))
        number = _PERCENT.search(question)
        mentions_component = not self.component_words.isdisjoint(words)
        percent_sign = number is not None and bool(number.group(2))
        if number and not has_letter and (set(words) & {"letter", "grade"} or (
                percent_sign and not mentions_component and not _WEEK_N.search(lowered))):
            value = float(number.group(1))
            if 0 <= value <= 100:
                result = what_if(number.group(1), self.course)
                return self.grade_answer(result)
        if number and has_letter and not _WEEK_N.search(lowered):
            value = float(number.group(1))
            if 0 <= value <= 100:
                answer = self.grade_answer(what_if(number.group(1), self.course))
                m = has_letter[0]
                sign = {"plus": "+", "minus": "-"}.get((m.group(2) or "").lower(),
                                                       m.group(2) or "")
                asked = cutoff_named(self.course, m.group(1).upper() + sign)
                if asked is not None and asked.letter != self.course.letter_for(value).letter:
                    band = self.grade_answer(GradeResult(kind="cutoff", cutoff=asked))
                    answer = _merge(answer, band)  # a number and another letter: both bands
                return answer
        if not has_letter and not number and _FAIL_MARK.search(lowered) and not re.search(
                r"\b(?:i|im|i'm|me|my|we|our)\b", lowered.replace("’", "'")) \
                and not (set(words) & components) and not mentions_component \
                and self.course.grading.cutoffs:
            # "under what score do you fail": the lowest band, as printed
            lowest = min(self.course.grading.cutoffs, key=lambda x: x.min)
            return self.grade_answer(GradeResult(kind="cutoff", cutoff=lowest))
        signed = any(m.group(2) for m in has_letter)
        if has_letter and (set(words) & gradeish or signed) and not (set(words) & components):
            m = has_letter[0]
            sign = {"plus": "+", "minus": "-"}.get((m.group(2) or "").lower(), m.group(2) or "")
            cutoff = cutoff_named(self.course, m.group(1).upper() + sign)
            if cutoff is not None:
                return self.grade_answer(GradeResult(kind="cutoff", cutoff=cutoff))
        return None

    def _letter_check(self, question: str, lowered: str, words: Sequence[str]) -> Answer | None:
        """A yes/no check of a score against a letter ("is 94.9 an A+?", "do I need 90 for an
        A?"): yes or no first, then the band as printed."""
        claim = claimed_letter(question)
        if claim is None or not self.component_words.isdisjoint(words) or re.search(
                r"\d\s*(?:/|out of)", lowered):
            return None
        asks = re.match(r"\s*(?:so |and )?(?:is|are|does|do|would|will|am|if|was|did|can|could)\b",
                        lowered) or re.search(r"\b(?:right|correct|yeah|yes|true)\W*$", lowered)
        number = _PERCENT.search(question)
        if not asks or number is None or not 0 <= float(number.group(1)) <= 100:
            return None
        value = float(number.group(1))
        cut = cutoff_named(self.course, claim)
        if cut is None:
            return None
        if re.search(r"\bneed\b", lowered):
            holds = math.isclose(value, cut.min)
            head = Line(("Yes. " if holds else "No. ") + f"{cut.letter} starts at "
                        f"{fmt(cut.min)}%: {cut.printed or band_text(cut)}.")
            return Answer(kind="answer", lines=(head,), topic="grade", confidence=1.0,
                          sources=(self._cite(self.course.grading.cutoffs_source),))
        actual = self.course.letter_for(value)
        band = actual.printed or band_text(actual)
        # "is 95 an A or A+?": an either/or is answered with the option that holds, no yes/no
        either = re.search(r"\bor\b", lowered) and sum(
            1 for m in _LETTER.finditer(question) if self._is_letter(question, m)) >= 2
        head = Line(("" if either else "Yes. " if actual.letter == cut.letter else "No. ")
                    + f"{fmt(value)}% is {_a(actual.letter)} ({band}).")
        lines = [head]
        if actual.letter != cut.letter:
            lines.append(Line(f"{cut.letter}: {cut.printed or band_text(cut)}."))
        return Answer(kind="answer", lines=tuple(lines), topic="grade", confidence=1.0,
                      sources=(self._cite(self.course.grading.cutoffs_source),))

    @staticmethod
    def _is_letter(question: str, m: re.Match[str]) -> bool:
        """True if a lone letter in ``question`` is a letter grade, not the article "a"."""
        if m.group(2):
            return True
        if m.group(1) in "aA" and re.match(r"\s+\d", question[m.end():]):
            return False  # "a 72": the article before a score
        before = re.findall(r"[a-z']+", question[:m.start()].lower())
        prev = before[-1] if before else ""
        after = re.match(r"\s+([A-Za-z][\w+-]*)", question[m.end():])
        following = after.group(1).lower() if after else ""
        if following not in {"", "grade", "in", "cutoff", "range", "mean", "is", "or", "and",
                             "for", "overall", "average", "letter", "below", "above", "under",
                             "over", "at", "starts", "start", "means", "need", "needs",
                             "require", "requires", "equal", "equals"}:
            return False
        articles = {"an", "a", "get", "got", "for", "straight", "be", "is", "the", "whats",
                    "what's"}
        if m.group(1) in "aA" or m.group(1).islower():
            return prev in articles
        return True

    # ------------------------------------------------------------------ renderers

    def file_due(self) -> list[DueItem]:
        """The course file's own deadlines, in due order (the file never changes in place)."""
        return list(self._file_due)

    @cached_property
    def _file_due(self) -> tuple[DueItem, ...]:
        c = self.course
        items = [DueItem(key=d.key, title=d.title, due_at=c.due_at(d), time_assumed=d.time_assumed,
                         facts=tuple(d.facts), date_assumed=d.date_assumed) for d in c.deadlines]
        return tuple(sorted(items, key=lambda i: i.due_at))

    def _cite(self, source: str) -> str:
        return self.course.cite(source)

    @cached_property
    def _staff(self) -> tuple[Line, ...]:
        """Who to ask, and their office hours (built once: it is in every decline)."""
        c = self.course
        people = "; ".join(f"{p.name} ({'instructor' if p.role == 'instructor' else 'TA'}, "
                           f"{p.email})" for p in c.staff)
        lines = [Line(f"Please ask the course staff: {people}.")]
        hours = [o for o in c.office_hours if o.has_hours]
        if hours:
            lines.append(Line("Office hours: " + "; ".join(self._hours(o) for o in hours) + "."))
        return tuple(lines)

    def _hours(self, o: object) -> str:
        days = ", ".join(o.days)  # type: ignore[attr-defined]
        start = clock_text(datetime.combine(date.today(), o.start))  # type: ignore[attr-defined]
        end = clock_text(datetime.combine(date.today(), o.end))  # type: ignore[attr-defined]
        where = f" ({o.location})" if o.location else ""  # type: ignore[attr-defined]
        return f"{o.person}: {days} {start} – {end}{where}"  # type: ignore[attr-defined]

    def help(self) -> Answer:
        c = self.course
        lines = [
            Line(f"Hi! I answer questions about {c.code} {c.title} ({c.term}) from the syllabus. "
                 "Ask in your own words, for example:"),
            Line("• " + " · ".join(self._examples())),
            Line("• `/ask <question>` (only you see the answer) · `/grade 87` · "
                 "`/grade reviews 27/30 presentations 18/20 need A` · `/deadlines`"),
            Line("• `/team` register your project team · `/reminders` your reminder DMs · "
                 "`/oh` the office-hours queue"),
        ]
        return Answer(kind="help", lines=(*lines, *self._staff), topic="help",
                      confidence=1.0)

    def _examples(self) -> list[str]:
        """Example questions made from the course file itself."""
        c = self.course
        out = []
        if c.deadlines:
            out.append(f"when is the {c.deadlines[len(c.deadlines) // 2].title.lower()} due?")
        out.append("anything due in the next 10 days?")
        heaviest = max(c.grading.components, key=lambda comp: comp.weight)
        out.append(f"how much are the {heaviest.title.lower()} worth?")
        top = sorted(c.grading.cutoffs, key=lambda cut: -cut.min)
        out.append(f"what's the cutoff for {_a(top[min(2, len(top) - 1)].letter)}?")
        if c.office_hours:
            out.append("who has office hours, and when?")
        if c.schedule.topics:
            out.append(f"when do we cover {c.schedule.topics[-2].title}?")
        return out

    def decline(self, *, unknown: tuple[str, ...] = (), suggestions: tuple[Suggestion, ...] = (),
                confidence: float = 0.0, kind: AnswerKind = "decline") -> Answer:
        if kind == "unsure":
            first = Line("I'm not sure the syllabus covers that, and I'd rather not guess. "
                         "Did you mean one of these topics?")
        else:
            first = Line("The syllabus doesn't cover that, so I can't answer it.")
            gaps = [w for w in unknown if w in TOPIC_WORDS]
            if set(gaps) & _EXAM_WORDS:
                items = ", ".join(comp.title.lower() for comp in self.course.grading.components)
                first = Line("The syllabus makes no mention of any exam or quiz: there is no "
                             f"midterm or final exam in it. What is graded: {items}.")
            elif gaps:  # name what is missing only when it is a course topic, not a typo
                words = ", ".join(f"“{w}”" for w in gaps[:4])
                first = Line(f"The syllabus doesn't say anything about {words}, so I can't "
                             "answer that.")
        return Answer(kind=kind, lines=(first, *self._staff), suggestions=suggestions,
                      confidence=confidence, unknown=unknown)

    def topic_answer(self, key: str, *, now: datetime, due: Sequence[DueItem] | None = None,
                     confidence: float = 1.0, also: str | None = None,
                     weight_first: bool = False) -> Answer:
        """The answer for one knowledge entry (also what a suggestion button shows).

        ``weight_first``: the question asked what a deliverable is worth, so its share of
        the grade leads and its date follows.
        """
        items = list(due) if due is not None else self.file_due()
        entry = self.entries.get(key)
        if entry is None:
            return self.decline()
        answer = self._render(entry, now=now, due=items)
        comp = self._component_of(entry) if weight_first else None
        weight = self._weight_line(comp) if comp is not None else None
        if weight in answer.lines:
            answer = replace(answer, lines=(weight, *(ln for ln in answer.lines if ln != weight)))
        if also and also in self.entries and not self.entries[also].sensitive \
                and not entry.sensitive:
            other = self._render(self.entries[also], now=now, due=items)
            answer = Answer(kind="answer", lines=answer.lines + other.lines, topic=key,
                            sources=tuple(dict.fromkeys(answer.sources + other.sources)),
                            notes=tuple(dict.fromkeys(answer.notes + other.notes)),
                            dated=answer.dated or other.dated)
        return Answer(kind=answer.kind, lines=answer.lines, topic=key, sources=answer.sources,
                      notes=answer.notes, sensitive=answer.sensitive, confidence=confidence,
                      dated=answer.dated)

    def _component_of(self, entry: Entry) -> GradeComponent | None:
        """The grading component a deadline, relative deadline or component entry is about."""
        kind, _, name = entry.key.partition(":")
        c = self.course
        if kind == "deadline":
            spec = c.deadline(name)
            return c.component(spec.component) if spec and spec.component else None
        if kind == "relative":
            rel = c.relative_deadline(name)
            return c.component(rel.component) if rel and rel.component else None
        return c.component(name) if kind == "component" else None

    @staticmethod
    def _weight_line(comp: GradeComponent) -> Line:
        return Line(f"{comp.title}: {comp.weight:g}% of the grade.")

    def _render(self, entry: Entry, *, now: datetime, due: Sequence[DueItem]) -> Answer:
        c = self.course
        kind, key = entry.kind, entry.key
        if key.startswith("deadline:"):
            return self._deadline(key.split(":", 1)[1], due, now=now)
        if key.startswith("relative:"):
            rel = c.relative_deadline(key.split(":", 1)[1])
            assert rel is not None
            comp = c.component(rel.component) if rel.component else None
            lines = [Line(rel.description)]
            if comp is not None:
                lines.append(self._weight_line(comp))
            lines += [Line(f) for f in dict.fromkeys(rel.facts)]
            notes: tuple[str, ...] = (rel.time_note,) if rel.time_note else ()
            if rel.time_assumed:
                notes += ("The syllabus gives no time; 11:59 PM course time is assumed.",)
            sources = [self._cite(rel.source)] + ([self._cite(c.grading.source)] if comp else [])
            return Answer(kind="answer", lines=tuple(lines), sources=tuple(sources), notes=notes)
        if key.startswith("component:"):
            comp = c.component(key.split(":", 1)[1])
            assert comp is not None
            return self._component(comp)
        if kind == "grading":
            lines = [Line("Grade breakdown: " + ", ".join(
                f"{comp.title} {comp.weight:g}%" for comp in c.grading.components) + ".")]
            lines += [Line(f"• {comp.printed}") for comp in c.grading.components if comp.printed]
            return Answer(kind="answer", lines=tuple(lines),
                          sources=(self._cite(c.grading.source),))
        if kind == "cutoffs":
            return self._cutoffs()
        if kind == "curve":
            lines = [Line(n) for n in reversed(c.grading.notes)]
            return Answer(kind="answer", lines=tuple(lines),
                          sources=(self._cite(c.grading.cutoffs_source),))
        if kind == "schedule":
            lines = [Line(f"{c.schedule.note}." if c.schedule.note else "Schedule:")]
            lines += [Line(f"• {t.title}: {_weeks(t.weeks)}") for t in c.schedule.topics]
            return Answer(kind="answer", lines=tuple(lines),
                          sources=(self._cite(c.schedule.source),))
        if kind == "topic":
            topic = c.schedule.topics[int(key.split(":", 1)[1])]
            lines = [Line(f"{topic.title}: {_weeks(topic.weeks)} of the schedule.")]
            dates = [d for w in topic.weeks for d in self.week_days.get(w, [])]
            notes = ()
            if dates:
                lines.append(Line("Classes in those weeks: "
                                  + ", ".join(f"{d:%a %b} {d.day}" for d in dates) + "."))
                notes = ("Dates follow an assumed term calendar (the syllabus gives only week "
                         "numbers).",)
            if c.schedule.note:
                notes = (f"The schedule is “{c.schedule.note}”.", *notes)
            return Answer(kind="answer", lines=tuple(lines), notes=notes,
                          sources=(self._cite(c.schedule.source),))
        if kind == "meetings":
            return self.meetings_answer(now=None)
        if kind == "office_hours":
            lines = []
            for o in c.office_hours:
                lines.append(Line(self._hours(o) if o.has_hours else f"{o.person}: {o.note}"))
            return Answer(kind="answer", lines=tuple(lines),
                          sources=(self._cite(_section(c, "Basic Information")),))
        if kind == "person":
            person = c.person(key.split(":", 1)[1])
            assert person is not None
            role = "instructor" if person.role == "instructor" else "TA"
            lines = [Line(f"{person.name} is the {role}: {person.email}.")]
            for o in c.office_hours:
                if o.person == person.name:
                    lines.append(Line("Office hours: " + (self._hours(o).split(": ", 1)[1]
                                                          if o.has_hours else o.note)))
            return Answer(kind="answer", lines=tuple(lines),
                          sources=(self._cite(_section(c, "Basic Information")),))
        if kind == "textbook":
            return Answer(kind="answer", lines=(Line(c.textbook),),
                          sources=(self._cite(_section(c, "Textbook")),))
        if kind == "resources":
            res = next(r for r in c.resources if f"resource:{r.name}" == key)
            lines = [Line(f"Online resources: {res.name}" + (f" ({res.url})" if res.url else "")
                          + ".")]
            if res.note:
                lines.append(Line(res.note))
            return Answer(kind="answer", lines=tuple(lines),
                          sources=(self._cite(_section(c, "Basic Information")),))
        if kind == "description":
            return Answer(kind="answer", lines=(Line(f"{c.code}: {c.title} ({c.term})."),
                                                Line(c.description)),
                          sources=(self._cite(_section(c, "Course Description")),))
        if kind == "policy":
            policy = c.policy(key.split(":", 1)[1])
            assert policy is not None
            return self.policy_answer(policy)
        if kind == "timezone":
            text = next(a.text for a in c.assumptions if a.key == "timezone")
            # the zone is the course file's assumption, not a syllabus fact: said so first
            return Answer(kind="answer", lines=(
                Line("The syllabus doesn't say which time zone its dates and deadlines are in."),
                Line(f"This bot shows course time: {text}")))
        return self.decline()

    def _deadline(self, dkey: str, due: Sequence[DueItem], *, now: datetime) -> Answer:
        c = self.course
        spec = c.deadline(dkey)
        assert spec is not None
        item = next((i for i in due if i.key == dkey), None)
        comp = c.component(spec.component) if spec.component else None
        if item is None:
            return Answer(kind="answer", lines=(Line(f"{spec.title}: no longer on the "
                                                     "schedule (cancelled by the staff)."),),
                          sources=(self._cite(spec.source),), dated=True)
        verb = "was" if item.due_at < now else "is"
        lines = [Line(f"{item.title} {verb} due {{when}}.", when=item.due_at)]
        if comp is not None:
            lines.append(self._weight_line(comp))
        lines += [Line(f) for f in dict.fromkeys(item.facts or spec.facts)]
        notes: tuple[str, ...] = ()
        if item.time_assumed:
            notes = ("The syllabus gives no time; 11:59 PM course time is assumed.",)
        if item.date_assumed:
            notes = ("This date was carried over from an earlier term (same weekday and time); "
                     "the course staff have not confirmed it yet.", *notes)
        sources = [self._cite(spec.source)] + ([self._cite(c.grading.source)] if comp else [])
        return Answer(kind="answer", lines=tuple(lines), sources=tuple(sources), notes=notes,
                      dated=True)

    def _component(self, comp: GradeComponent) -> Answer:
        c = self.course
        lines = [self._weight_line(comp)]
        lines += [Line(f) for f in comp.facts]
        return Answer(kind="answer", lines=tuple(lines), sources=(self._cite(c.grading.source),))

    def _cutoffs(self) -> Answer:
        c = self.course
        lines = [Line("Letter-grade cutoffs:")]
        for cut in c.grading.cutoffs:
            lines.append(Line(f"• {cut.letter}: {cut.printed or band_text(cut)}"))
        notes = tuple(cut.note for cut in c.grading.cutoffs if cut.note)
        return Answer(kind="answer", lines=tuple(lines), notes=notes,
                      sources=(self._cite(c.grading.cutoffs_source),))

    def policy_answer(self, policy: Policy, *, confidence: float = 1.0) -> Answer:
        """A policy section: contacts (resources) first, then the syllabus text."""
        lines: list[Line] = []
        for contact in policy.contacts:
            lines.append(Line(f"{contact.name}: " + ", ".join(contact.details())))
        for paragraph in (p.strip() for p in policy.text.split("\n\n")):
            # a paragraph that only restates a contact listed above is not repeated
            if paragraph and not any(len(paragraph) < 200 and contact.name in paragraph
                                     and all(d in paragraph for d in contact.details())
                                     for contact in policy.contacts):
                lines.append(Line(paragraph))
        notes = (policy.note,) if policy.note else ()
        return Answer(kind="answer", lines=tuple(lines), topic=f"policy:{policy.key}",
                      sources=(self._cite(policy.source),), notes=notes,
                      sensitive=policy.sensitive, confidence=confidence)

    def grade_answer(self, result: GradeResult) -> Answer:
        """Render a :class:`GradeResult` (the ``/grade`` command and grade questions)."""
        c = self.course
        cite = (self._cite(c.grading.cutoffs_source),)
        if result.kind == "letter" and result.cutoff is not None and result.percent is not None:
            cut = result.cutoff
            lines = [Line(f"{fmt(result.percent)}% is {_a(cut.letter)} "
                          f"({cut.printed or band_text(cut)}).")]
            notes: tuple[str, ...] = (cut.note,) if cut.note else ()
            notes += (c.grading.notes[0],) if c.grading.notes else ()
            return Answer(kind="answer", lines=tuple(lines), topic="grade", sources=cite,
                          notes=notes, confidence=1.0)
        if result.kind == "cutoff" and result.cutoff is not None:
            cut = result.cutoff
            text = f"{cut.letter}: {cut.printed or band_text(cut)}"
            if cut.max is not None or cut.min > 0:
                text += f" (lowest score for {cut.letter}: {fmt(cut.min)}%)" if cut.min > 0 else ""
            lines = [Line(text + ".")]
            notes = (cut.note,) if cut.note else ()
            return Answer(kind="answer", lines=tuple(lines), topic="grade", sources=cite,
                          notes=notes, confidence=1.0)
        if result.kind in {"total", "need"}:
            earned, graded = result.earned, result.graded_weight
            lines = [Line(f"So far: {fmt(earned)} of {fmt(graded)} weighted points, "
                          f"{fmt(result.percent or 0)}% on what is graded"
                          + (f" ({_a(result.cutoff.letter)} pace)." if result.cutoff else "."))]
            for s in result.scores:
                lines.append(Line(f"• {s.component.title} ({s.component.weight:g}%): {s.given} → "
                                  f"{fmt(s.points)} points"))
            if result.kind == "need" and result.target is not None:
                t = result.target
                names = ", ".join(comp.title for comp in result.remaining)
                if result.needed is None:
                    final = earned
                    verdict = "reached" if final >= t.min else "out of reach"
                    lines.insert(0, Line(f"Everything is graded: {fmt(final)}%, so {_a(t.letter)} "
                                         f"(from {fmt(t.min)}%) is {verdict}."))
                elif result.needed > 100:
                    lines.insert(0, Line(f"{_cap(_a(t.letter))} (from {fmt(t.min)}%) "
                                         "is out of reach: "
                                         f"it would take {fmt(result.needed)}% on average on "
                                         f"what remains ({names})."))
                elif result.needed <= 0:
                    lines.insert(0, Line(f"You already have the {fmt(t.min)} points "
                                         f"{_a(t.letter)} needs, even with 0 on what remains "
                                         f"({names})."))
                else:
                    lines.insert(0, Line(f"For {_a(t.letter)} (from {fmt(t.min)}%) you need "
                                         f"{fmt(result.needed)}% on average on what remains: "
                                         f"{names} ({fmt(100 - graded)}% of the grade)."))
            elif result.remaining:
                lines.append(Line("Not yet counted: " + ", ".join(
                    f"{comp.title} ({comp.weight:g}%)" for comp in result.remaining) + "."))
            return Answer(kind="answer", lines=tuple(lines), topic="grade",
                          sources=(self._cite(c.grading.source), *cite), confidence=1.0,
                          concern=STATED_SCORES if result.scores else "")
        if result.kind == "usage" and result.target is not None:
            t = result.target
            lines = [Line(f"{_cap(_a(t.letter))} is {t.printed or band_text(t)}.")]
            for comp in result.focus:
                lines.append(Line(f"{comp.title} is {comp.weight:g}% of the grade."))
            lines.append(Line("To work out what you need, give me your scores so far, e.g. "
                              f"`/grade reviews 27/30 presentations 18/20 need {t.letter}`."))
            return Answer(kind="answer", lines=tuple(lines), topic="grade",
                          sources=(self._cite(c.grading.source), *cite), confidence=1.0)
        if result.kind == "error":
            return Answer(kind="decline", lines=(Line(result.error),), topic="grade")
        lines = [Line("`/grade 87` → the letter · `/grade B+` → its band · "
                      "`/grade reviews 27/30 presentations 18/20` → your total so far · "
                      "add `need A` → what you need on the rest."),
                 Line("Components: " + ", ".join(f"{comp.title} ({comp.weight:g}%)"
                                                 for comp in c.grading.components) + ".")]
        lines.append(Line("I don't see anyone's scores."))
        return Answer(kind="help", lines=(*lines, *self._staff), topic="grade",
                      sources=(self._cite(c.grading.source),))

    def window_answer(self, phrase: str, due: Sequence[DueItem], *, now: datetime) -> Answer:
        c = self.course
        try:
            window = parse_window(phrase, now=now, zone=c.tz)
        except Unreadable:
            return self.upcoming_answer(due, now=now)
        inside = [i for i in due if window.contains(i.due_at)]
        return self._listing(inside, now=now, window=window)

    def upcoming_answer(self, due: Sequence[DueItem], *, now: datetime) -> Answer:
        upcoming = [i for i in due if i.due_at >= now][:3]
        return self._listing(upcoming, now=now, window=None)

    def _listing(self, items: Sequence[DueItem], *, now: datetime,
                 window: Window | None) -> Answer:
        c = self.course
        label = window.label if window else "coming up"
        if items:
            lines = [Line(f"Due {label}:")]
            for item in items:
                lines.append(Line(f"• {item.title}: {{when}}", when=item.due_at))
        else:
            later = [i for i in self.file_due() if i.due_at >= now] if window else []
            lines = [Line(f"Nothing is due {label}." if window else
                          "No dated deadlines are left this term.")]
            if later and window is not None and window.end is not None:
                nxt = next((i for i in later if i.due_at >= window.end), None)
                if nxt is not None:
                    lines.append(Line(f"Next: {nxt.title}, {{when}}.", when=nxt.due_at))
        rel = [r.description for r in c.relative_deadlines]
        notes = tuple(rel[:3])
        return Answer(kind="answer", lines=tuple(lines), topic="deadlines",
                      sources=(self._cite(_section(c, "Key Dates")),), notes=notes,
                      confidence=1.0, dated=True)

    def countdown(self, entry: Entry, due: Sequence[DueItem], *, now: datetime) -> Answer:
        dkey = entry.key.split(":", 1)[1]
        item = next((i for i in due if i.key == dkey), None)
        if item is None:
            return self.topic_answer(entry.key, now=now, due=due)
        c = self.course
        days = (item.due_at.astimezone(c.tz).date() - now.astimezone(c.tz).date()).days
        if days > 0:
            head = f"{days} day{'s' if days != 1 else ''} left: {item.title} is due {{when}}."
        elif days == 0:
            head = f"{item.title} is due today, {{when}}."
        else:
            head = f"{item.title} was due {{when}} ({-days} day{'s' if days != -1 else ''} ago)."
        base = self._deadline(dkey, due, now=now)
        return Answer(kind="answer", lines=(Line(head, when=item.due_at), *base.lines[1:]),
                      topic=entry.key, sources=base.sources, notes=base.notes, confidence=1.0,
                      dated=True)

    def week_answer(self, week: int) -> Answer:
        c = self.course
        topics = c.schedule.topics_for_week(week)
        if not topics:
            last = max((w for t in c.schedule.topics for w in t.weeks), default=0)
            return Answer(kind="answer", lines=(Line(f"The schedule has no week {week}; it runs "
                                                     f"weeks 1–{last}."),), topic="schedule",
                          sources=(self._cite(c.schedule.source),), confidence=1.0)
        lines = [Line(f"Week {week}: " + "; ".join(t.title for t in topics) + ".")]
        dates = self.week_days.get(week, [])
        notes: tuple[str, ...] = ()
        if dates:
            lines.append(Line("Classes that week: " + ", ".join(f"{d:%a %b} {d.day}"
                                                                for d in dates) + "."))
            notes = ("Dates follow an assumed term calendar (the syllabus gives only week "
                     "numbers).",)
        if c.schedule.note:
            notes = (f"The schedule is “{c.schedule.note}”.", *notes)
        return Answer(kind="answer", lines=tuple(lines), topic="schedule", notes=notes,
                      sources=(self._cite(c.schedule.source),), confidence=1.0)

    def this_week_topics(self, *, now: datetime, which: str) -> Answer:
        c = self.course
        day = now.astimezone(c.tz).date() + timedelta(days={"next": 7, "last": -7}.get(which, 0))
        week = next((n for n, days in self.week_days.items()
                     if days and days[0] - timedelta(days=days[0].weekday()) <= day
                     < days[0] + timedelta(days=7 - days[0].weekday())), None)
        if day > c.term_dates.last_day:
            week = None
        if week is None:
            return Answer(kind="answer", lines=(Line(f"There are no classes {which} week."),),
                          topic="schedule", notes=("Week numbers follow an assumed term "
                                                   "calendar.",),
                          sources=(self._cite(c.schedule.source),), confidence=1.0)
        answer = self.week_answer(week)
        return Answer(kind="answer", lines=answer.lines, topic="schedule",
                      notes=(*answer.notes, "Week numbers follow an assumed term calendar."),
                      sources=answer.sources, confidence=1.0)

    def meetings_answer(self, *, now: datetime | None) -> Answer:
        c = self.course
        lines = []
        for m in c.meetings:
            start = clock_text(datetime.combine(date.today(), m.start))
            end = clock_text(datetime.combine(date.today(), m.end))
            lines.append(Line(f"Classes: {', '.join(m.days)} {start} – {end}, {m.location}."))
        notes: tuple[str, ...] = ()
        if now is not None:
            local = now.astimezone(c.tz)
            today = local.date()
            first_start = min(m.start for m in c.meetings)
            # today's class is the next one until it starts
            upcoming = [d for d in self.class_days
                        if d > today or (d == today and local.time() < first_start)][:1]
            if upcoming:
                d = upcoming[0]
                lines.append(Line(f"Next class: {d:%a %b} {d.day}."))
                notes = ("Class dates follow an assumed term calendar.",)
        return Answer(kind="answer", lines=tuple(lines), topic="meetings", notes=notes,
                      sources=(self._cite(_section(c, "Basic Information")),), confidence=1.0)


@lru_cache(maxsize=8)
def _ngrams(words: tuple[str, ...], longest: int) -> frozenset[tuple[str, ...]]:
    """Every run of 1 to ``longest`` consecutive words (phrases are matched against these).

    Kept only for the last few questions (one reading checks many entries against the same
    words); a long question has thousands of runs, too many to keep for every wording.
    """
    return frozenset(words[i:i + n] for n in range(1, longest + 1)
                     for i in range(len(words) - n + 1))


def _cap(text: str) -> str:
    """``text`` with its first letter upper case and the rest kept (``an A-`` → ``An A-``)."""
    return text[:1].upper() + text[1:]


def _a(letter: str) -> str:
    """``an A-``, ``a B+``, ``an F``: the letter with its article."""
    return ("an " if letter[:1] in {"A", "F", "E"} else "a ") + letter


def _merge(first: Answer, second: Answer) -> Answer:
    """Two answers as one (e.g. this week's topics and what is due this week)."""
    seen: set[tuple[str, object]] = set()
    lines: list[Line] = []
    for line in first.lines + second.lines:
        key = (line.text.rstrip(". ").casefold(), line.when)  # "… (or 3)" and "… (or 3)."
        if key not in seen:
            seen.add(key)
            lines.append(line)
    return Answer(kind="answer", lines=tuple(lines),
                  topic=first.topic,
                  sources=tuple(dict.fromkeys(first.sources + second.sources)),
                  notes=tuple(dict.fromkeys(first.notes + second.notes)),
                  confidence=min(first.confidence, second.confidence),
                  dated=first.dated or second.dated, concern=first.concern or second.concern)


_COURSE_CODE = re.compile(r"\b(cs|ece|math|stat|phys|chem|econ|cse|info|bio[a-z]*|"
                          r"psyc?h?|engl?|hist|ling|mcb|tam|cee|abe|bioe)\s?-?(\d{3})\b")
_EXAM_WORDS = frozenset({"exam", "exams", "examination", "final-exam", "midterm-exam", "quiz",
                         "quizzes", "test", "tests"})
_OTHER_CLASS = re.compile(r"\b(?:my|our|the|an|a) (?:other|another|different|second) (?:class|"
                          r"course|classes|courses|section)\b|\banother (?:class|course)\b|"
                          r"\b(?:class|course)e?s? (?:other than|besides) (?:this|cs)\b")
_TODAY_IS = re.compile(
    r"\(?\b(?:today is|today's|todays|it's|its|it is|now it's|now|as of|date today is|"
    r"today being)\s+(?:(?:the |early |late )?(?:morning|afternoon|evening|night|end) of\s+)?"
    r"((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(?:the )?\d{1,2}"
    r"(?:st|nd|rd|th)?(?: of)? [a-z]{3,9}\.?|[a-z]{3,9}\.? (?:the )?\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}/\d{1,2}))\b(?:,? \d{4})?\)?[.,;:!]?", re.IGNORECASE)
_DAY_IS_TODAY = re.compile(
    r"(?:^|(?<=[.!?;]\s))\(?\s*((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(?:the )?"
    r"\d{1,2}(?:st|nd|rd|th)?(?: of)? [a-z]{3,9}\.?|[a-z]{3,9}\.? (?:the )?\d{1,2}"
    r"(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}))(?:,? \d{4})?,?\s+(?:is\s+)?today\b\)?"
    r"(?=\s*(?:[.,;:!)—-]|$|(?:so|and|what|whats|which|when|hows?|anything)\b))[.,;:!]?",
    re.IGNORECASE)
"""The asker's own today said date first, opening a sentence ("Nov 3 today. What's next?")."""
_RESOURCE_DETAIL = re.compile(
    r"^\s*(?:does|do|is|are|can|will|when|what|how)\b[\w ]{0,40}?\b(?:center|centre|services?|"
    r"office|clinic|counseling|counselling|mckinley|dres|caps)\b[\w ]{0,30}?\b(walk[- ]?ins?|"
    r"open(?:ing)? hours|hours|open|weekends?|appointments?|insurance|wait(?:ing)? (?:times?|"
    r"lists?)|waitlists?|same[- ]day|telehealth|online|virtual\w*)\b")
"""A question about a detail of a named support service (not a message in distress)."""
_OTHER_THAN = re.compile(r",?\s+(?:other than|besides|apart from|aside from|except(?: for)?) "
                         r"(?:the |my |our )?([\w' -]{1,40}?)\s*(?=[.?!;)]|$)", re.IGNORECASE)
_ASKS_LIST = re.compile(r"\b(?:anything|any deadlines?|what else|what(?:'s| is)? due)\b",
                        re.IGNORECASE)
_RULE_GAPS = frozenset("late lateness extension extensions penalty penalties grace regrade "
                       "regrades makeup".split())
"""Rules the syllabus lacks about items it has (a decline for one is not about the item)."""
_PLAIN_LETTER = re.compile(r"\b(?:plain|straight|solid|regular|flat|simple|normal) "
                           r"(?=[A-DF](?:[+-]|\s?(?:plus|minus)\b)?(?:[\s?.!,]|$))",
                           re.IGNORECASE)
"""A word that only stresses a letter grade ("a solid B", "a straight B+")."""
_NOT_NOUNS = frozenset("twice thrice again alone early later today tonight tomorrow together "
                       "online since before after while until about above below average "
                       "averages total totals combined overall count counts remains remain "
                       "remaining".split())
"""Words after an item's name that are not a noun it qualifies ("we present twice")."""
_ASKS_LINK = re.compile(r"\b(?:url|urls|link|links|web ?address|web ?link|hyperlink|"
                        r"address of the (?:class |course )?(?:web ?page|web ?site|site|page))\b")
"""A question asking for a link or web address (answered only when the entry holds one)."""
_CONTRAST = re.compile(r"(?:[,;(\u2013\u2014]|\s-+|(?<=[?!.])\s)\s*(?:i mean |but )?not "
                       r"(?:the |my |our |a |an |any )?"
                       r"(?!counting|including|sure|yet|only|just|even|really|too|that|as |so )"
                       r"([\w' /-]{1,40}?)(?: ones?)?\s*(?=[.?!;)]|$)", re.IGNORECASE)
""", not <another item>": a contrast at the end of a clause."""
_ONE_OF = re.compile(r"\b(?:one|each|a single one|just one)(?=\s*[?.!]*\s*$)", re.IGNORECASE)
"""A part that ends on "one" ("how much is each?"): one of the item named before it."""
_FAIL_MARK = re.compile(r"\b(?:below|under|less than)\s+(?:what|which)\b[^.?!]{0,30}\bfail|"
                        r"\b(?:what|which)\s+(?:percent\w*|score|grade|mark|cutoff|threshold|"
                        r"number)\b[^.?!]{0,30}\bfail|\bfailing (?:grade|mark|score|percent\w*|"
                        r"threshold|cutoff|line)\b|\b(?:cutoff|threshold|line) for failing\b")
"""Where the failing band starts, asked in general ("under what score do you fail")."""
_PRONOUN = re.compile(r"\b(?:it|they|them|those|these|that one|this one|that(?=\s*[?.!]*\s*$))\b",
                      re.IGNORECASE)
ANSWER_MEMORY = 2048
"""Finished answers an answerer keeps (see :meth:`Answerer.answer`): about 1 KB each."""
MAX_PARTS = 3
_AND_SPLIT = re.compile(r",?\s+and\s+(?=the\s)", re.IGNORECASE)
_NO_AND_SPLIT = re.compile(r"\b(?:together|combined|total|both|between|sum|plus|compared?|vs|"
                           r"versus|or|first|before|after|than|either|neither|same|differ\w*|"
                           r"earlier|later|each|all|if|altogether|in all|add(?:s|ed|ing)? up|"
                           r"added together|put together|like|such as|including)\b|\+|%|\d",
                           re.IGNORECASE)
_SPLIT = re.compile(r"(?<=[?!;])\s+|(?<=\.)\s+(?=[A-Za-z])|\s*,?\s+(?:and also|also|oh and|"
                    r"another thing|one more thing)[,:]?\s+|(?<=\?)\s*and\s+|,?\s+and\s+"
                    r"(?=(?:(?:by|until|till|on|in|at|for|from|to) )?(?:what|"
                    r"whats|what's|when|whens|when's|where|who|whos|who's|how|is|are|can|do|does|"
                    r"will|which)\b)", re.IGNORECASE)
_TAIL_QUESTION = re.compile(r",\s+((?:when|what|where|which|who|how)(?:'s|s)?\s+[^,]{8,})$",
                            re.IGNORECASE)
"""The question after a message's last comma ("…, when are the reviews due?")."""
_CONDITION = re.compile(r"\b(?:if|suppose|supposing|assum\w*|imagine|say|were|unless|without|"
                        r"instead|except|excluding|counting|besides|other than|but|only|not|no|"
                        r"never|after|before|since|once|now that|for|about)\b", re.IGNORECASE)
"""A statement that changes the question after it (a premise, an exception, an item named)."""
_ASKING = re.compile(r"\?\s*$|^(?:what|whats|when|whens|where|who|whos|how|hows|which|why|is|"
                     r"are|can|could|do|does|did|will|would|should|any|anything|tell|list|"
                     r"give)\b|\b(?:want to know|like to know|wondering|need to know|tell me)\b",
                     re.IGNORECASE)


_ABOUT_COURSE_DAY = re.compile(r"\b(?:present\w*|class|lecture|due|submit\w*|today|it'?s|now|"
                               r"review\w*|blog\w*|slides?|deadline)\b", re.IGNORECASE)
_CALENDAR = re.compile(r"\b\d{1,2}/\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                       r"dec)[a-z]*\.? \d{1,2}\b", re.IGNORECASE)
"""A dated statement that matters to a question: about presenting, a class or a deadline,
or one that names a calendar day ("gone Nov 1 through Nov 7"); "yesterday" alone is not."""
_WHEN_DUE = re.compile(r"^\s*(?:when(?:'s| is| are)?|what (?:day|date)(?:'s| is)?)\b[^?]*"
                       r"\bdue\b[^?]*\??\s*$", re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:(?:anyway|anyhow|so|ok(?:ay)?|well|putting (?:that|all that|this) "
                      r"aside|(?:that|all that) aside|that said|long story short|basically|"
                      r"my (?:real |actual )?question is|question|all (?:that|this) to say)"
                      r"[,:]?\s+)+", re.IGNORECASE)
_TAIL = re.compile(r",?\s+so (?:that )?(?:i|we) can (?:plan|prepare|schedule|organi[sz]e)\b"
                   r"[^?]*", re.IGNORECASE)


_WONDER = re.compile(r"^.*?\b(?:i'?m|i am|i was|im|just|was) (?:wondering|curious)\b,?\s*"
                     r"(?:about\s+)?(?=(?:how|what|when|whether|if|which|where|who)\b)",
                     re.IGNORECASE)
"""The lead of a statement that turns into a question ("…, but I'm wondering how …")."""
_REASON = re.compile(r",\s+(?:because|cause|cuz|since)\b[^?]*$", re.IGNORECASE)
"""A closing reason (", since I want to plan ahead"): not part of the question."""


_LETTERED = re.compile(r"(?:^|(?<=\s))(?:\(?[a-e]\)|\(?[1-5]\)|[a-e]\.|[1-5]\.)\s+", re.IGNORECASE)
"""A list marker of a lettered or numbered question ("a) … b) …", "1. … 2. …")."""


_TOLD = re.compile(r"\b(?:told me|told us|said|says|heard|mentioned|claimed|insists?)\s+"
                   r"(?:that\s+)?([^.?!;]{10,160}?)\s*(?:[.?!;]|$)", re.IGNORECASE)
"""A claim reported from someone else ("my friend told me the X was due Y.")."""
_CLAIM_CHECK = re.compile(r"\b(?:is|does) (?:that|this|it) (?:how it works|how things work|"
                          r"right|true|correct|accurate|the case|so|work (?:that way|like that|the "
                          r"same))\b", re.IGNORECASE)
"""Asking whether a reported claim holds here."""


def _lettered(text: str) -> list[str] | None:
    """"a) <ask> b) <ask> c) <ask>": each marked part is a question of its own, asked or not
    with a question word (None: no such list)."""
    flat = " ".join(text.split())
    marks = list(_LETTERED.finditer(flat))
    firsts = {"a)", "(a)", "a.", "1)", "(1)", "1."}
    if len(marks) < 2 or marks[0].group(0).strip().lower() not in firsts:
        return None
    kinds = {m.group(0).strip().strip("(").rstrip(").")[0].isdigit() for m in marks}
    if len(kinds) != 1:
        return None
    pieces = [flat[m.end():n.start() if n is not None else len(flat)].strip(" ,;")
              for m, n in zip(marks, [*marks[1:], None], strict=True)]
    return [p for p in pieces if len(p.split()) >= 2] or None


def _parts(text: str) -> list[str]:
    """The questions in a message: several asked in a row, or the one a story leads to."""
    lettered = _lettered(text)
    if lettered is not None and len(lettered) >= 2:
        return lettered
    pieces = [p.strip(" ,") for p in _SPLIT.split(" ".join(text.split())) if p and p.strip()]
    pieces = [re.sub(r"^(?:and also|also|and|oh and|plus|then)[,:]?\s+", "", p, flags=re.I)
              for p in pieces]
    pieces = [_TAIL.sub("", _LEAD_IN.sub("", p)) or p for p in pieces]
    # "…, but I'm wondering when X is due, since …": the wondered part
    pieces = [_REASON.sub("", _WONDER.sub("", p)) or p for p in pieces]
    pieces = [p for p in pieces if len(p.split()) >= 2]
    return [p for p in pieces if _ASKING.search(p.replace("'", "").replace("’", ""))]


_DATED = re.compile(r"\b\d{1,2}/\d{1,2}\b|"
                    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btomorrow\b",
                    re.IGNORECASE)


def _context(text: str, parts: list[str]) -> str:
    """The statements of a message that give a date ("I present on Oct 26."): each part is
    read with them, so "when's the blog post due?" still knows the presentation date."""
    pieces = [p.strip(" ,") for p in _SPLIT.split(" ".join(text.split())) if p and p.strip()]
    return " ".join(p.rstrip(".") + "." for p in pieces
                    if p not in parts and _DATED.search(p) and len(p.split()) >= 3
                    and (_ABOUT_COURSE_DAY.search(p) or _CALENDAR.search(p)))


def content_beyond(content: Iterable[str], allowed: set[str]) -> bool:
    """True if ``content`` has a word outside ``allowed`` (so it asks about something else)."""
    return any(t not in allowed and not t.isdigit() for t in content)


def _weeks(weeks: Sequence[int]) -> str:
    if len(weeks) == 1:
        return f"week {weeks[0]}"
    return "weeks " + ", ".join(str(w) for w in weeks[:-1]) + f" and {weeks[-1]}"


def _section(course: Course, title: str) -> str:
    """``title`` if the course file has that section, else the first section (never invented)."""
    if course.section(title) is not None or not course.sections:
        return title
    return course.sections[0].title


_CACHE: dict[tuple[str, str], Answerer] = {}


def answerer_for(course: Course) -> Answerer:
    """The (cached) :class:`Answerer` of a loaded course; rebuilt when the file changes."""
    key = (course.source_path, course.content_hash)
    found = _CACHE.get(key)
    if found is None:
        found = _CACHE[key] = Answerer(course)
    return found


def warm_up(course: Course, *, now: datetime) -> None:
    """Build the entries and run the examples once, so the first question is fast.

    dateparser's data is not loaded here (that would cost every start a quarter second):
    the web app loads it in a thread after start-up (:func:`bot.timewindows.warm_up`).
    """
    answerer = answerer_for(course)
    for text in answerer._examples():
        answerer.answer(text, now=now)


async def stored_due(db: Database, course: Course, *, user_id: str | None
                     ) -> tuple[DueItem, ...]:
    """The active deadlines as stored (staff may have moved them), the asker's own included.

    Read through the same cached snapshot as ``/deadlines`` (:func:`deadline_snapshot`).
    """
    return _due_of(await deadline_snapshot(db, course), user_id=user_id)


_due_by_snapshot: WeakKeyDictionary[DeadlineSnapshot, dict[frozenset[str], tuple[DueItem, ...]]] \
    = WeakKeyDictionary()
"""Per snapshot: the deadlines of each set of personal rows (most students have none, and
share one tuple, which lets :meth:`Answerer.answer` find their answers by identity)."""


def _due_of(snapshot: DeadlineSnapshot, *, user_id: str | None) -> tuple[DueItem, ...]:
    mine = snapshot.personal.get(user_id or "", frozenset())
    per_snapshot = _due_by_snapshot.setdefault(snapshot, {})
    found = per_snapshot.get(mine)
    if found is None:
        made = tuple(
            DueItem(key=r.key, title=r.title, due_at=r.due_at, time_assumed=r.time_assumed,
                    facts=r.facts, date_assumed=r.date_assumed and r.origin == "course_file")
            for r in snapshot.rows if not r.personal or r.key in mine)
        # a snapshot reloaded with the same deadlines (the cache's TTL ran out) gives back
        # the same tuple, so the answers kept for it still count
        found = _same_due.get(made)
        if found is None:
            found = _same_due[made] = made
            if len(_same_due) > 256:
                _same_due.popitem(last=False)
        per_snapshot[mine] = found
    return found


_same_due: OrderedDict[tuple[DueItem, ...], tuple[DueItem, ...]] = OrderedDict()
"""Each distinct list of deadlines once (see :func:`_due_of`)."""


async def answer_topic(db: Database, course: Course, *, topic: str, now: datetime,
                       asker: Asker) -> Answer:
    """The answer for one suggested topic (a suggestion button was pressed)."""
    answerer = answerer_for(course)
    answer = answerer.topic_answer(topic, now=now)
    if answer.dated:
        due = await stored_due(db, course, user_id=asker.user_id)
        answer = answerer.topic_answer(topic, now=now, due=due)
    return answer
