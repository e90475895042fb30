"""Questions about the course model, computed rather than retrieved.

Everything here is general English over the course file's structure (deadlines and their
dates, grading components and their weights, meetings, the team facts): sums and shares,
order relative to now or to an item, properties of items, dates written in words, dates
relative to the asker's own presentation, yes/no checks of a stated date, grade what-ifs in
prose, and an honest "the syllabus doesn't say" when a known item's property is not in it.

:func:`plan` returns ``None`` when a question is none of these (the reader goes on).
"""

from __future__ import annotations

import calendar
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from datetime import time as dtime
from fractions import Fraction
from functools import cached_property
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.answers.model import Answer, DueItem, Line
from bot.course import Course, GradeComponent
from bot.grades import fmt

STATED_SCORES = "stated_scores"
"""``Answer.concern`` of an answer computed from scores the asker stated ("I have 25/30 on
reviews …"): personal, so shown to the asker alone (:func:`bot.answers.support.private_only`)."""


class Answerer(Protocol):
    """What the computed answers ask of the course's retrieval answerer (``core``)."""

    course: Course
    idf: dict[str, float]
    """The words of the course file (each with its weight)."""

    @property
    def _staff(self) -> tuple[Line, ...]: ...

    def topic_answer(self, key: str, *, now: datetime, due: Sequence[DueItem] | None = None,
                     confidence: float = 1.0, also: str | None = None,
                     weight_first: bool = False) -> Answer: ...

    def week_answer(self, week: int) -> Answer: ...

Made = Answer | Callable[[datetime, list[DueItem]], Answer]

_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    .split(), start=1)}
_ORDINALS.update({f"twenty {w}": 20 + i for w, i in list(_ORDINALS.items())[:9]})
_ORDINALS.update({f"twenty-{w}": 20 + i for w, i in list(_ORDINALS.items())[:9]})
_ORDINALS.update({"thirtieth": 30, "thirty first": 31, "thirty-first": 31})
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ORD = "|".join(sorted((re.escape(w) for w in _ORDINALS), key=len, reverse=True))
_DAYNUM = rf"(\d{{1,2}})(?:st|nd|rd|th)?|({_ORD})"
_DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH} (?:the )?(?:{_DAYNUM})\b"),          # oct 21, november the fifth
    re.compile(rf"\b(?:the )?(?:{_DAYNUM}) (?:of )?{_MONTH}"),    # 21 oct, fifth of november
    re.compile(r"\b(\d{1,2})/(\d{1,2})\b"),                        # 10/21
    # the twelfth, the 12th; never "the second deadline" or "the first week" (an item's place)
    re.compile(rf"\bthe ({_ORD}|\d{{1,2}}(?:st|nd|rd|th))\b(?!\s+(?:\w+\s+)?(?:deadlines?|"
               r"due dates?|things?|submissions?|assignments?|deliverables?|items?|tasks?|"
               r"ones?|weeks?|class(?:es)?|lectures?|sessions?|presentations?|reviews?|"
               r"blogs?|posts?|reports?|times?|half|part|pages?|teams?|papers?|topics?|"
               r"slots?|presenters?|members?|projects?|grades?|letters?|cutoffs?)\b)"),
)
_TAG = (r"(?:isnt|arent|doesnt|dont|didnt|wasnt|werent|wont|cant|couldnt|shouldnt|hasnt|"
        r"havent|aint) (?:it|they|we|i|you|he|she|there|that|this|those|these)|(?:is|are|does|do|"
        r"did|was|were|will|can|has|have) (?:it|they|we|i|you|he|she|there|that|this) not")
"""A tag question after a statement ("class meets online, doesn't it?")."""
_YES_NO = re.compile(r"\b(?:right|correct|isnt it|is it not|yes or no|confirm|true|yes|yeah|yea|"
                     r"no|isnt that so|arent they|is that right|am i right|yep|am i wrong|"
                     rf"is that wrong|{_TAG})\b\W*$|"
                     r"^(?:is|are|was) (?:the |my |our )?[\w -]{2,40}? due (?:on )?")
_ASKS_PERMISSION = re.compile(r"\b(?:allowed|permitted|permission|ok(?:ay)? (?:to|if)|fine to|"
                              r"can (?:i|we|my|our|they|he|she|someone|people)|may (?:i|we)|"
                              r"record|recording|share|sharing|invite|bring)\b")
"""Words that ask whether something may be done (the syllabus grants no permissions)."""

_CLASS_MINUTES = re.compile(
    r"^(?!how\b)[^?]{0,40}?\b(?:is|are|isn't|aren't|do|does|will|last|lasts|run|runs)\b"
    r"[^?]*?\b(?:class|classes|lectures?|sessions?|meetings?)\b[^?]*?\b(?:(?P<h>an?|one|two|\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\b"
    r"(?:\s*(?:and\s*)?(?:(?P<half>a half)|(?P<hm>\d+)\s*min(?:ute)?s?\b))?"
    r"|(?P<m>\d+)\s*min(?:ute)?s?\b)")
"""A yes/no check of how long a class is ("is each lecture 75 minutes?", "are classes an
hour and a half?")."""


def _said_class_minutes(low: str) -> int | None:
    """The length of a class a yes/no question states, in minutes, or None."""
    found = _CLASS_MINUTES.search(low) or _CLASS_MINUTES.search(
        re.sub(r"^(?:so |and |ok )?((?:the |each |every |our )?(?:class|classes|lectures?|"
               r"sessions?|meetings?)) (is|are|last|lasts|run|runs)\b", r"\2 \1", low))
    if found is None:
        return None
    if found.group("m"):
        return int(found.group("m"))
    hours = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0}.get(found.group("h") or "")
    if hours is None:
        hours = float(found.group("h"))
    extra = 30 if found.group("half") else int(found.group("hm") or 0)
    return round(hours * 60) + extra

_BEFORE_CLASS = -100
"""A claim of "before class", with no day: true of the day before and of the same day."""

_TARGET_LETTER = re.compile(r"\b(?:for|get|gets|getting|reach|land|make|end (?:up )?with|keep|"
                            r"be) (?:at least )?(?:an? )?([a-df])(\+|-|plus|minus)?(?![\w+-])")
"""A letter aimed at (the minimum "for an A-", "to still get a B")."""
_TARGET_GOAL = re.compile(r"\b(?:for|get|reach|end (?:up )?(?:with|at)|finish (?:with|at))\s+"
                          r"(?:at least )?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)")
"""A percent aimed at overall ("to finish with at least 90%")."""


def _goal_percent(text: str) -> float | None:
    """The overall percent ``text`` aims at (:data:`_TARGET_GOAL`), if it is one."""
    found = _TARGET_GOAL.search(text)
    return float(found.group(1)) if found and float(found.group(1)) <= 100 else None

_WEEKDAY_WORD = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b")
_WEEKDAY_NAMES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_THING = r"(?:deadlines?|due dates?|things?|submissions?|assignments?|deliverables?|items?|" \
         r"pieces? of work|work|milestones?)"
_LAST = re.compile(rf"\b(?:very last|last|final|latest|furthest)\s+(?:\w+\s+){{0,2}}?{_THING}\b|"
                   r"\bwhat(?:s| is| comes)? due (?:very )?last\b|\bdue last\b|"
                   r"\blast (?:day|date) to (?:submit|turn in|hand in)\b|"
                   r"\b(?:furthest|farthest|latest|last) (?:away|off|out|in the future)\b|"
                   r"\bdue (?:the )?(?:latest|furthest)\b")
_PENULTIMATE = re.compile(r"\b(?:(second|2nd|third|3rd)[- ](?:to|from)[- ](?:the[- ])?(?:last|"
                          r"final)|(?:second|2nd) last|penultimate|next[- ]to[- ](?:the[- ])?last|"
                          r"(?:one|the one) before (?:the )?(?:very )?last(?! (?:week|class|"
                          r"lecture|month|time)))\b")
"""A place counted from the end ("second to last", "penultimate", "next-to-last")."""
_FIRST = re.compile(rf"\b(?:very first|first|earliest)\s+(?:\w+\s+){{0,2}}?{_THING}\b|"
                    r"\bwhat(?:s| is| comes)? due (?:very )?first\b|\bdue first\b")
_PAST = re.compile(r"\b(?:passed|most recent\w*|previous|just (?:was |been )?due|already "
                   r"(?:passed|due|happened|over)|went by)\b|\b(?:was|were|did we)\b.*\blast\b")
_JUST_HANDED_IN = re.compile(r"\bwhat (?:did|have) (?:we|i|you|they) (?:just |recently |last )"
                             r"(?:turn(?:ed)? in|hand(?:ed)? in|submit(?:ted)?|sen[dt]|"
                             r"finish(?:ed)?|had due)\b|\bwhat (?:was|were) (?:just )?due "
                             r"(?:recently|last)\b")
"""The deadline just passed asked as work handed in ("what did we just turn in?")."""
_NOT_UNIT = r"(?!\s*(?:week|month|semester|term|year|class|lecture|meeting|time|topic|" \
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|few|couple|\w+ days|\w+ weeks))"
_NEXT = re.compile(rf"\bnext\s+(?:(?!week|month)\w+\s+){{0,2}}?{_THING}\b|\bwhat(?:s| is| comes)?"
                   rf"(?: coming| up| happening)? (?:due )?next\b{_NOT_UNIT}|"
                   rf"\bdue next\b{_NOT_UNIT}|\b(?:upcoming|nearest|closest|soonest) "
                   r"(?:\w+ )?(?:deadline|due date)\b|\bnext (?:one|up)\b|"
                   r"\bnext thing (?:i|we) (?:have|need)\b|"
                   # "which <group> <thing> is next?", "what assignment comes up next"
                   rf"\b(?:which|what)\s+(?:\w+\s+){{0,2}}?{_THING}\s+(?:is|comes?|are|falls?)"
                   r"(?: due)?(?: up)? next\b")
_COMPARE = re.compile(r"\b(?:which|what)(?: ones?)? (?:is |comes? |is due |happens )?(?:first|"
                      r"earlier|sooner|later|last|before)\b|\b(?:which|what)(?:s| ones?)? (?:is |"
                      r"was |are )?(?:comes?|came|coming|due|happens|happened|going)(?: up| in| "
                      r"to be)?(?: due)? (?:first|earlier|sooner|later|last)\b|"
                      r"\b(?:before|after|earlier than|later than|sooner than)\b")
_BETWEEN = re.compile(r"\bhow (?:many (?:days|weeks)|much time|long)\b.*\bbetween\b|\b(?:days|"
                      r"weeks|time) (?:between|from)\b|\bgap between\b")
_COUNT_LEFT = re.compile(rf"\bhow many (?:more )?(?:\w+ )?{_THING}\b.*\b(?:left|remaining|to go|"
                         r"still|are there)\b|"
                         r"\bhow many (?:more )?(?:\w+ )?(?:deadlines|due dates)\b")
_STATED_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b)")
_ASKS_YES_NO = re.compile(r"\b(?:right|correct|isnt it|is it not|yes or no|confirm|true|am i wrong|"
                          r"yeah|yes|yep|yea|ya|no|innit|arent they|isnt that so|"
                          rf"is that wrong|am i right|is that so|{_TAG})\W*$")
_AFTER_BEFORE = re.compile(r"\b(?:due|comes?|deadlines?|submit\w*|next|anything|what|left|one|"
                           r"remaining|else)\b[\w ]{0,20}?"
                           r"\b(after|before)\b (?:the |our |my )?(.+)")
_EXCLUDE = re.compile(r"\b(?:that|which|what) (?:isn'?t|is not|arent|aren'?t|are not)\b|"
                      r"\b(?:not counting|not including|excluding|exclude|except(?: for)?|"
                      r"other than|besides|without|apart from|aside from|minus|leaving out|"
                      r"leave out|but not|apart|set aside|setting aside|put aside|leaving aside|"
                      r"take out|taking out|ignoring|disregarding)\b")
_SHARE = re.compile(r"\b(?:worth|counts?|weigh\w*|percent\w*|portion|share|how much|total|"
                    r"in all|altogether|combined|together|sum|add(?:s|ed)? up|make up|"
                    r"makes up)\b|%")
_CRITERIA = re.compile(r"\bwho (?:grades?|marks?|reads?|evaluates?|assess\w*|reviews?|scores?|"
                       r"judges?)\b|\b(?:graded|marked|evaluated|assessed|judged|scored) by\b|"
                       r"\b(?:graded|marked|evaluated|assessed|judged|scored) "
                       r"(?:on|based on|for)\b|"
                       r"\bhow (?:is|are|will|do|does)\b(?! (?:i|we|you) )[\w ]{1,40}?"
                       r"\b(?:graded|marked|evaluated|assessed|judged|scored)\b|\b(?:criteria|"
                       r"rubrics?|peer[- ]?(?:graded|review\w*|grading|evaluation))\b")
_RESPONSE_TIME = re.compile(r"\bhow (?:quick(?:ly)?|fast|soon|long|promptly)\b[\w ]{0,40}?"
                            r"\b(?:reply|"
                            r"replies|respond\w*|answer (?:emails?|messages?)|get back|hear "
                            r"back|write back|turnaround)\b|\b(?:response|reply|turnaround) "
                            r"times?\b")
"""How quickly the staff answer messages (the syllabus never says)."""
_CLASS_ON = re.compile(r"\b(?:is there|are there|will there be|do we have|do we meet|is|are|"
                       r"any|will we have|have we got)\b (?:a |any )?(?:class|classes|lecture|"
                       r"lectures|meeting|session)\b|\bdo(?:es)? (?:we|the class) meet\b")
"""Whether there is class on a day."""
_AWAY = re.compile(r"\b(?:away|flying (?:out|home|back)|fly(?:ing)? out|travel\w*|out of town|"
                   r"on (?:a )?(?:trip|vacation|holiday)|vacation|leaving|(?:be |am |im |i'm )"
                   r"gone|won'?t be (?:here|around|available|reachable)|offline|unavailable|"
                   r"at a conference|coming back|back on)\b")
"""Away for some days (a window of the asker's own)."""
_TEAM_ALONE = re.compile(r"\b(?:alone|by myself|on my own|solo|individually|by ourselves|just me|"
                         r"one person|single person|(?:team|group) of (?:\d+|one|two|three|four|"
                         r"five|six)|(?:\d+|four|five|six) (?:people|members|persons|of us))\b")
_CLASS_EDGE = re.compile(r"\b(?:first|last|final|earliest|latest) (?:day of )?(?:class|classes|"
                         r"lecture|lectures|meeting|session|day of instruction|week of class)\b|"
                         r"\b(?:semester|term|course) (?:start|starts|begin|begins|end|ends|"
                         r"finish|finishes)\b|\bwhen (?:do|does) (?:the )?(?:semester|term|"
                         r"course) (?:start|begin|end|finish)")
_WHAT_TIME = re.compile(r"\bwhat time\b|\bwhat hour\b|\bexact time\b|\bmidnight\b|"
                        r"\bcut-?\s?off (?:time|hour)\b|"
                        r"\b11[:.]?59\b|\b(?:am|pm) or (?:am|pm)\b|\bwhat o'?clock\b")
_COUNTERFACTUAL = re.compile(
    r"\b(?:if|suppose|supposing|imagine|assuming|say) (?:that )?(?:there (?:were|was|is) no|"
    r"(?:the |a |an |our |this )?[\w -]{2,40}? (?:were|was) (?:worth|weighted|weigh\w*|"
    r"removed|cancel+ed|dropped|scrapped|gone|not (?:there|required|part)|due (?:on|at|a "
    r"(?:week|day)))|(?:the )?(?:course|class|syllabus) (?:had|has|were|was|did)|we had no|"
    r"(?:the )?[\w -]{2,40}? (?:didn'?t|did not|doesn'?t|does not) exist)\b|"
    r"\bwhat if (?:there (?:were|was) no|the [\w -]{2,40}? had no)\b")
_LANGUAGE = (r"(?:spanish|french|german|italian|portuguese|chinese|mandarin|cantonese|japanese|"
             r"korean|hindi|urdu|bengali|punjabi|tamil|telugu|arabic|hebrew|russian|ukrainian|"
             r"polish|dutch|swedish|norwegian|danish|finnish|greek|turkish|vietnamese|thai|"
             r"indonesian|malay|tagalog|swahili|persian|farsi|latin|english|another language|"
             r"other languages?|a different language)")
_TRANSLATE = re.compile(
    rf"\bhow (?:do|would|can|could|should|does) (?:you|i|we|one|they|people|someone) (?:say|write|"
    rf"spell|pronounce|call|express)\b[^?.!]{{0,60}}\bin {_LANGUAGE}\b|"
    rf"\btranslat\w*\b[^?.!]{{0,60}}\b(?:in|into|to) {_LANGUAGE}\b|"
    rf"\b(?:word|term|translation|name) for\b[^?.!]{{0,60}}\bin {_LANGUAGE}\b|"
    rf"\b{_LANGUAGE} (?:word|term|translation) (?:for|of)\b")
"""A translation asked for ("how do you say X in <a language>"), whatever X is."""
_PREREQ = re.compile(r"\bpre-?req\w*|\bprerequisite\w*|(?:\b(?:need|needs|required?|expected|"
                     r"supposed|have|has) to have|\b(?:should|must) (?:i|we) have) (?:already )?"
                     r"(?:taken|passed|completed (?:a |an |the )?[\w ]{0,25}(?:course|class))\b"
                     r"(?![\w ]{0,30}\b(?:by|until|till)\b|[\w ]{0,30}\bbefore (?!(?:this|"
                     r"the|taking|joining|enrolling|starting)\b))|\bprior (?:course\w*|"
                     r"class\w*|coursework)\b")
"""A prerequisite asked ("the prereqs", "do I need to have taken ML?")."""
_OVERLAP = re.compile(r"\b(?:overlap\w*|double[- ]dip\w*|reuse|re-use|same as|be part of|"
                      r"count (?:for|toward|towards) both|combine\w* (?:it )?with|tie\w* (?:it )?"
                      r"(?:in )?(?:to|with)|build\w* on)\b[\w ]{0,25}\b(?:my|our|a|the) "
                      r"(?:\w+ )?(?:thesis|dissertation|research|lab work|lab|job|internship|"
                      r"other (?:class|course)|another (?:class|course)|phd|ms|masters)\b")
"""Course work overlapping with other work (a thesis, research, another course)."""
_ZONES = {"eastern": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
          "et": "America/New_York", "pacific": "America/Los_Angeles",
          "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
          "pt": "America/Los_Angeles", "mountain": "America/Denver", "mst": "America/Denver",
          "mdt": "America/Denver", "utc": "UTC", "gmt": "UTC", "ist": "Asia/Kolkata",
          "india": "Asia/Kolkata", "indian": "Asia/Kolkata", "china": "Asia/Shanghai",
          "beijing": "Asia/Shanghai", "london": "Europe/London", "uk": "Europe/London"}
_IN_ZONE = re.compile(r"\b(?:in|to|for|into) (?:the )?(eastern|pacific|mountain|est|edt|et|pst|pdt|"
                      r"pt|mst|mdt|utc|gmt|ist|india|indian|china|beijing|london|uk)"
                      r"(?: (?:time|timezone|time zone|standard time))?\b|\b(est|edt|pst|pdt|"
                      r"utc|gmt)\b")
_STATED_TIME = re.compile(r"\b(?:at |by )?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|"
                          r"noon|midnight|\d{1,2}:\d{2})(?![\w:])")
_ROUNDING = re.compile(r"\bround(?:ed|ing|s)?\b(?: (?:up|down|off))?")
_DEFINE = re.compile(r"^\s*(?:what(?:'?s| is| are)(?: an?)?|explain|define|describe|"
                     r"how (?:do|does)\b.*\bwork|can you explain|tell me about)\b")
_PICK_PAPER = re.compile(r"\b(?:pick|picks|picking|choose|choosing|chose|select\w*|assign\w*|"
                         r"sign(?:ed|ing)? ?up|claim)\b[\w ]{0,25}?\b(?:papers?|slots?|"
                         r"presentation (?:slots?|dates?|days?))\b|\b(?:which|what) papers?\b[\w ]"
                         r"{0,25}\b(?:present|presenting|review|reviewing)\b|\bwho (?:do|will|"
                         r"should) (?:i|we) present with\b")
_WHICH_PAPERS = re.compile(r"\b(?:which|what|list (?:of )?(?:the )?)"
                           r"(?: specific| exact| particular)? (?:research )?papers?\b.*\b"
                           r"(?:read|reading|cover\w*|discuss\w*|"
                           r"present\w*|review\w*|week|weeks|class|lecture|topic|assigned|"
                           r"list\w*)\b")
"""Which papers a class reads: the syllabus names none (it points to the class webpage)."""
_ASK_WHOM = re.compile(r"\b(?:who|whom)\b[^?]{0,40}\b(?:contact|ask|talk to|speak to|"
                      r"reach out|go to|email|check with)\b[^?]{0,20}\b(?:if|when|whether|"
                      r"in case)\b|\b(?:contact|ask|talk to|check with)\b[^?]{0,15}\b(?:if|"
                      r"when) (?:i|im|we)\b[^?]{0,30}\b(?:unsure|not sure|in doubt|doubt|"
                      r"confused|uncertain)\b")
""""Who do I check with when unsure whether …": whom a policy says to ask."""
_ASKS_BEST = re.compile(r"\b(?:best|highest|max(?:imum)?|top|most)\b(?: possible)?(?: overall)?"
                        r" (?:grade|score|mark|percent\w*|letter|result|i (?:can|could))\b|"
                        r"\b(?:how high|how well) (?:can|could)\b")
"""The most the asker can still end with is asked ("the highest grade I could get")."""
_ATTEND_DUTY = re.compile(
    r"\b(?:(?:have|has|need|needs|got|required|expected|supposed|obliged|obligated|forced)"
    r" to|must|mandatory(?: to)?|required(?: to)?|compulsory(?: to)?|obligatory(?: to)?|"
    r"(?:can|may) (?:i|we) (?:skip|miss))(?:\s+(?:i|we|you|students|everyone))?\s+(?:(?:go|"
    r"come|attend|show up|be present|be there|join|log ?in|turn up)\s+(?:to\s+|at\s+|in\s+|"
    r"for\s+)?)?(?:every|each|all(?: of)? the|all|any|the|our|my|a)?\s*(?:single\s+)?"
    r"(?:of the\s+)?(?:classes|class|lectures?|sessions?|meetings?|zoom(?: calls?| sessions?|"
    r" classes| lectures)?)\b|\b(?:classes|class|lectures?|sessions?)(?: attendance)? (?:is |"
    r"are )?(?:mandatory|required|compulsory|obligatory|optional)\b")
"""An obligation to attend class ("must we come to every lecture"): attendance, which the
syllabus doesn't state, whatever place the question names."""
_BREAK = re.compile(r"\b(?:when|what days?|which days?|is there|are there|do we have|will "
                    r"there be|how long)\b[\w ]{0,30}?\b(?:(?:fall|spring|winter|thanksgiving|"
                    r"october|reading) break|thanksgiving|vacation|recess)\b")
_UNITS = {"slides": r"slides?", "references": r"references?", "citations": r"citations?",
          "points": r"points?", "marks": r"marks?", "words": r"words?", "figures": r"figures?",
          "tables": r"tables?", "pages": r"pages?", "sources": r"sources?",
          "minutes": r"min(?:ute)?s?", "characters": r"characters?", "lines": r"lines?",
          "appendices": r"appendix|appendices", "equations": r"equations?",
          "plots": r"plots?", "images": r"images?", "experiments": r"experiments?",
          "datasets": r"datasets?", "baselines": r"baselines?", "questions": r"questions?",
          "sections": r"sections?", "paragraphs": r"paragraphs?"}
"""Units a question may count for an item, and how the course file would write them."""
_UNIT_SLANG = {"pgs": "pages", "pg": "pages", "mins": "minutes", "min": "minutes",
               "pts": "points", "refs": "references", "cites": "citations", "page": "pages",
               "slide": "slides", "word": "words", "point": "points", "reference": "references",
               "figure": "figures", "minute": "minutes"}
_HOW_MANY = re.compile(r"\b(?:how many|(?:minimum|maximum|min|max|required|exact) number of|"
                       r"number of) (?:more |total |different |separate |individual )?"
                       r"([a-z]+)\b")
_IN_UNITS = re.compile(r"\b(?:how long|length|how big|size)\b.*\bin (pages|words|slides|minutes|"
                       r"characters|lines)\b")
_RATE = re.compile(r"\b(?:per|a|each|every) (week|month|day|lecture)\b")
_COUNTED_ELSEWHERE = frozenset(
    "days day weeks week hours hour minutes minute mins times people person members member "
    "teammates partners persons students presenters percent deadlines things items "
    "assignments deliverables due of classes class lectures meetings sessions paper papers "
    "groups teams ppl".split())
"""``how many <word>`` that other rules answer (days left, team size, classes, presenters)."""
_LEAD_AROUND = re.compile(r"^\s*(after|before) (?:the |our |my )?(.+?),? (?:what'?s|whats|what is|"
                          r"which is|what comes|(?:what|which)(?: \w+){1,3} (?:is|are|comes?|"
                          r"remains?)(?: still)? (?:left|remaining|due|next|to come|ahead)\b)\b")
_ADJACENT = re.compile(r"\b(?:right|just|immediately|directly)\s+(?:after|before)\b|"
                       r"\bthe one (?:after|before)\b")
_DAY_AROUND = re.compile(r"\b(?:the )?day (after|before)\b")
_EDGE_PIVOT = re.compile(r"\b(?:before|after|until|till|by|prior to)\s+(?:the |our |my )?(.+)")
_IN_ORDER = re.compile(r"\bin (?:chronological )?order\b|\bchronolog\w*|\ball (?:the |of the )?"
                       r"deadlines\b|\bevery deadline\b|\blist (?:of )?(?:all )?(?:the )?"
                       r"deadlines\b|\bfull list of (?:due dates|deadlines)\b")
_LEFT = re.compile(r"\bwhat(?:s| is| else is)? (?:still )?(?:left|remaining)\b|\bwhat (?:still )?"
                   r"remains\b|\bwhat(?:s| is)? "
                   r"still (?:due|to come|ahead|coming)\b|\bwhat(?: \w+){1,3}"
                   r" (?:is|are) (?:still )?(?:left|remaining|to go)\b|\bremaining "
                   r"(?:deadlines|work|assignments)\b|\bwhat else is due\b|\bstill "
                   r"(?:have|need|got)(?: left)? to (?:submit|turn in|hand in|do)\b|"
                   r"\b(?:have|got) (?:left|remaining) to (?:submit|turn in|hand in|do|finish)\b|"
                   r"\b(?:deadlines?|things?|anything|assignments?|deliverables?|work|"
                   r"due dates?)\b[\w -]{0,25}\b(?:left|remaining|"
                   r"to go|still (?:due|coming|ahead))\b")
_NTH = re.compile(rf"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:\w+\s+)?"
                  rf"{_THING}\b")
_SUM = re.compile(r"\b(?:combined|together|total|altogether|in all|sum|plus|put together|add up|"
                  r"adds up|added up|added together|adding up|adding together|add together)\b|\+")
_ONE = re.compile(r"\b(?:one|each|a single|single|per|every|1)\s+(?:one\s+)?"
                  r"(?:of (?:my|the|our|your) )?"
                  r"(?:\w+\s+)?(\w+)")
_SKIP = re.compile(r"\b(?:skip|miss|drop|lose|forget|fail|bomb|don'?t (?:do|submit)|not "
                   r"(?:do|submit))\w*\s+(?:one|a|a single|1)\b(?! (?:couple|few|handful|bunch|"
                   r"lot|number|pair)\b)")
_SKIP_SOME = re.compile(r"\b(?:skip|miss|drop|forget|don'?t (?:do|submit)|not (?:do|submit))\w*"
                        r"\s+(?:(two|three|four|five|six|seven|eight|nine|\d+)|(a couple|a pair))"
                        r"\b(?! (?:days?|weeks?|classes|lectures|times|hours?|minutes?)\b)")
"""Skipping more than one of an item ("skipping 2 of them", "miss a couple of reviews")."""
_CLASS_LENGTH = re.compile(r"\bhow long (?:is|are|does|do) (?:a |the |each |one |every )?"
                           r"(?:class|lecture|meeting|session)s?\b|\blength of (?:a |the |each )?"
                           r"(?:class|lecture)\b|\bhow many (?:minutes|hours) (?:is|are|does|do)"
                           r" (?:a |the |each )?(?:class|lecture)")
_PER_WEEK = re.compile(r"\bhow (?:many times|often|many days)\b.*\b(?:meet|class|classes|"
                       r"lectures?)\b|\b(?:meet|classes|lectures) (?:a|per) week\b")
_HOW_MANY_CLASSES = re.compile(r"\bhow many (?:classes|lectures|class meetings|sessions|"
                               r"class (?:sessions|periods)|meetings)\b"
                               r"(?! (?:a|per) week)")
_TERM = re.compile(r"\b(?:what|which) (?:term|semester)\b|\bwhat term is\b")
_TEAM_SIZE = re.compile(r"\bhow (?:many|big|large)\b[\w ]{0,30}\b(?:teams?|groups?|teammates|"
                        r"members|partners|people)\b|\b(?:team|group) size\b|\bmax(?:imum)? "
                        r"(?:team|group)\b|\b(?:teams|groups) of how many\b")
_PROPERTY = re.compile(r"\b(?:can|could|may|must|should|does|do|is|are|will)\s+(?:the |my |our |"
                       r"a |an |we |i |you )?(?:\w+ ){0,3}?\b(?:be|have|include|use|contain|"
                       r"need|require|submit|upload|format|written|done|allowed|ok|okay|"
                       r"accepted|in)\b(.*)")
_PROPERTY_WORDS = re.compile(r"\b(?:website|web ?site|personal (?:site|page|blog)|medium|hosted|"
                             r"host|publish\w*|public|abstract|title page|cover page|shared|"
                             r"bibliography|pick|picked|choose|chosen|choosing|select\w*|assign\w*|"
                             r"sign(?:ed)?[- ]?up|signups?|which papers?|what papers?|"
                             r"format|font|template|latex|word|docx|pdf|video|recorded|"
                             r"recording|handwritten|color|colour|language|chinese|spanish|"
                             r"double[- ]spaced|single[- ]spaced|spacing|margin|margins|"
                             r"anonymous|anonymized|zip|github|repo|code|notebook|jupyter|"
                             r"colab|online|in person|email|late (?:submissions?|penalt\w+|work|"
                             r"policy|days?)|(?:be|is|are|turned in|submitted|handed in) late|"
                             r"(?:days?|hours?|weeks?|minutes?|bit|little) late|"
                             r"extension|rubric|template|"
                             r"slides? count|citation style|apa|ieee|mla|file type|powerpoint|"
                             r"pptx|keynote|poster|demo|audio|podcast|remote(?:ly)?|virtual(?:ly)?|zoom|software|"
                             r"tools?|apps?|platform|citations?|cite|sources|word count|"
                             r"words|graded by|grader|grades? it|pass/fail|pass fail|"
                             r"individually|individual|chatgpt|ai|gpt|copilot|same grades?|"
                             r"same scores?|same marks?|one (?:\w+ ){0,2}per (?:team|person|"
                             r"student|group|member)|review sessions?|any topic|"
                             r"own topic|topics? (?:not|outside|beyond)|outside (?:the )?"
                             r"(?:course|class|syllabus)|(?:the |a )?basis|based on|build (?:on|"
                             r"upon)|starting point|foundation|re-?use|same paper|double[- ]dip\w*|"
                             r"(?:also )?count (?:as|for|towards?) (?:my |our |the )?(?:project|"
                             r"course|class)|co-?writ\w*|co-?author\w*|joint(?:ly)?|(?:write|"
                             r"author|submit|hand in|turn in) (?:\w+ ){0,3}?together|share (?:a|"
                             r"one|the same|a single) (?:\w+ ){0,2}?(?:blog|review|report|post|"
                             r"proposal|paper|presentation|slides?)\w*|"
                             r"(?:one|a single) (?:\w+ ){0,2}(?:between|for) (?:both|the two|two|"
                             r"us|them|all))\b")
_SCORE_ON = re.compile(r"(?:(\d{1,3}(?:\.\d+)?)\s*(%|percent|/\s*(\d{1,3})|out of (\d{1,3}))?|"
                       r"\b(zero|full marks|full credit|full points|perfect|a perfect score|"
                       r"max(?:imum)? (?:points|marks|score))\)?)\s+(?:on|in|for) "
                       r"(?:the |my |a |one |our |all |both |each )?([a-z][a-z -]{1,30})")
_SCORE_AFTER = re.compile(r"\b([a-z][a-z -]{1,30}?)\s*(?::|=|\(|-)\s*(\d{1,3}(?:\.\d+)?)\s*"
                          r"(%|percent|/\s*(\d{1,3})|out of (\d{1,3}))?\)?")
_VERB_SCORE = re.compile(r"\b(bomb(?:ed|s)?|fail(?:ed|s)?|flunk(?:ed|s)?|tank(?:ed|s)?|"
                         r"zero(?:ed)?|get (?:a )?0|got (?:a )?0|skip(?:ped|s)?|miss(?:ed|es)?|"
                         r"(?:don'?t|do not|didn'?t|never) (?:do|submit|turn in|hand in)|"
                         r"ace(?:d|s)?|nail(?:ed|s)?|max(?:ed)? out)\s+(?:on |in )?"
                         r"(?:the |my |our |both )?([a-z][a-z -]{1,30})")
_REST = r"(?:everything(?: else)?|all(?: the)? (?:rest|others|other \w+)|all else|the rest|" \
        r"anything else|the others|(?:all |every )?other \w+|rest of (?:it|the \w+))"
_PERFECT = r"(?:perfect|full (?:marks|credit|points|score)|100\s*(?:%|percent)?|aced?|" \
           r"max(?:ed)?(?: out)?|flawless)"
_REST_PERFECT = re.compile(rf"\b{_REST}\b[\w ,]{{0,20}}?\b(?:is |are |was |were |be |at |"
                           rf"gets? |got )?{_PERFECT}|\b{_PERFECT}\s+(?:on|in|for|at) "
                           rf"(?:the |my )?{_REST}\b|\b(?:ace|aced|max|nail)\w*\s+{_REST}\b")
_WHAT_IF_CUE = re.compile(
    r"\b(?:grade|letter|overall|total|percent\w*|final %|what if|suppose|assuming|assume|"
    r"if (?:i|we|my|our)|end up|would i|will i|do i (?:still )?get|where (?:would|will|do) i|"
    r"where (?:does|would|will|do) (?:that|this|it|those|these) (?:leave|put|land) (?:me|us)|"
    r"what(?:s| is| would be) my|score|scored|got|get|gets|getting|need|i have|im at|i am at)\b|%")
_VALUE_RE = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d+)?)\s*(?P<pct>%|percent\b)?(?:\s*/\s*(?P<of1>\d{1,3})|\s+out of "
    r"(?P<of2>\d{1,3}))?|\b(?:zero|a zero|nothing|no credit|no points|full marks|full credit|"
    r"full points|perfect(?: score)?|a perfect score|max(?:imum)? (?:points|marks|score)|"
    r"flawless(?:ly)?|perfectly|half (?:credit|points|marks|the points)|"
    r"(?:(?<=got )|(?<=get )|(?<=only )|(?<=about )|(?<=around )|(?<=roughly )|(?<=just ))half"
    r"(?! (?:of the |the )?(?:semester|term|course|class|weight|grade)))\b")
_ZERO_VERB = re.compile(
    r"\b(?:bomb(?:ed|s)?|fail(?:ed|s)?|flunk(?:ed|s)?|tank(?:ed|s)?|zero(?:ed)?|skip(?:ped|s)?|"
    r"miss(?:ed|es)?|forget|forgot|blow|blew|(?:don'?t|do not|didn'?t|did not|never|not) "
    r"(?:do|did|write|submit|turn in|hand in|finish|complete)|drop(?:ped)?|no show)\b")
_ACE_VERB = re.compile(r"\b(?:ace[ds]?|nail(?:ed|s)?|max(?:ed)? out|crush(?:ed)?|perfect on)\b")
_EVERY_PART = (r"(?:\b(?:every|each|all)(?: single| one)?(?: of)?(?: the| my)? (?:components?|"
               r"parts?|items?|categor(?:y|ies)|assignments?|deliverables?|pieces?|graded "
               r"(?:items?|things?|parts?|components?)|things?)\b|\beverything\b(?! else))")
"""Every graded part at once ("every single component", "everything")."""
_REST_RE = re.compile(
    r"\b(?:everything(?: else)?|all(?: the)? (?:rest|others)|all else|(?:the )?rest|anything else|"
    r"elsewhere|everywhere else|"
    r"the others|(?:all |every )?other (?:things?|parts?|components?|items?|stuff|work|"
    r"assignments?)|rest of (?:it|the \w+)|remaining (?:\w+ )?(?:parts?|components?|items?|"
    r"work|stuff)|all of it|it all)\b")
_MEMBERS = re.compile(
    r"\b(?:what|which|whats)\b[\w ]{0,25}?\b(?:counts?|count(?:ed|ing)|goes|go|going|makes? up|"
    r"falls?|belongs?|(?:is|are) (?:the|worth)|items?|things?|parts?|components?|pieces?|ones|"
    r"assignments?|"
    r"deliverables?|categor(?:y|ies)|stuff)\b[\w ]{0,20}?\b\d{1,3}(?:\.\d+)?\s*(?:%|percent)|"
    r"\b(?:whats|what is|what are) the \d{1,3}(?:\.\d+)?\s*(?:%|percent) "
    r"(?:for|of|made of|about)\b|"
    r"\b(?:whats|what is|what are|which is|which are) (?:the )?\d{1,3}(?:\.\d+)?\s*(?:%|percent) "
    r"(?:of|in) (?:the |my |your )?(?:grade|total|course|class|mark)\b")
"""Which items a weight is ("what counts toward the 30%", "what's the 5% for")."""
_NOT_MEMBERS = re.compile(r"\b(?:i|we|my|our) (?:got|get|have|had|scored?|earned?|am|was|need)\b|"
                          r"\b(?:if|letter|cutoffs?|band|im|i am|need|pass|passing|fail\w*|"
                          r"grade (?:is|of)|score of)\b")
"""A score of the asker's own: a grade question, not the items of a weight."""
_EDGE_WORD = re.compile(r"\b(?:start\w*|begin\w*|began|kick(?:s|ing)? off|get(?:ting)? (?:in)?to|"
                        r"finish\w*|end|ends|ending|wrap\w* up|conclud\w*|done with|over)\b")
"""The start or the end of a schedule topic."""
_WHICH_MORE = re.compile(r"\b(?:which|whats?)(?: one)?(?: of (?:them|these|the two))? (?:is |are |"
                         r"counts? |weighs? |matters? |gives? )?(?:worth )?(?:more|less|most|least|"
                         r"bigger|biggest|larger|heavier|lighter|smaller)\b|\b(?:which|whats?) "
                         r"(?:is|are|one is)? ?(?:weighted|valued) (?:more|less|higher|lower)\b")
"""Which of two items weighs more (or less)."""
_TEAM_TROUBLE = re.compile(
    r"\b(?:teammates?|team ?mates?|partners?|(?:team|group) ?members?|someone (?:in|on) (?:my|our) "
    r"(?:team|group)|(?:a|one) (?:member|person) (?:of|in|on) (?:my|our|the) (?:team|group))\b"
    r"[^.?!]{0,60}\b(?:(?:is|are|isnt|arent|does|doesnt|do|dont|did|didnt|wont|will not) "
    r"(?:not )?(?:doing|do|help\w*|contribut\w*|pull\w*|respond\w*|repl\w*|show\w*)|"
    r"(?:isnt|doesnt|dont|didnt|wont|never|stopped|stops) \w+|ghost\w*|slack\w*|lazy|"
    r"free ?rid\w*|disappear\w*|unresponsive|no work|nothing|conflicts?|fight\w*|"
    r"disagree\w*|argu\w*)|\b(?:team|group) (?:conflicts?|problems?|issues?|drama|disputes?)\b|"
    r"\bfree ?rid\w*")
"""A problem inside a project team (a member not working, a conflict)."""
_PARTNER_LEFT = re.compile(
    r"\b(?:teammates?|team ?mates?|partners?|co-?presenters?|group ?mates?|"
    r"(?:team|group) ?members?|(?:presentation|project|lab) (?:partner|buddy)s?|"
    r"someone (?:in|on|from) (?:my|our) (?:team|group))\b[^.?!]{0,30}?\b(?:dropped|drops|"
    r"dropping|withdr[ea]w\w*|left|leaves|leaving|"
    r"quit\w*|is gone|disenrolled|unenrolled)\b(?: out)?(?: of| from)? (?:the |this |our )?"
    r"(?:course|class|team|group|project|university|school)\b")
"""A partner or teammate leaving the course: what then is not in the syllabus."""
_PAGE_PART = re.compile(r"\b(?:references?|refs?|bibliograph\w*|citations?|appendix|appendices|"
                        r"figures?|results|tables?|plots?)\b")
"""A part of a write-up asked about against its page limit."""
_LATE_ASK = re.compile(
    r"^(?:.*[.?!,;:]\s+)?(?:so |and |but )?(?:is|isnt|would|will|was|wasnt|am i|are we|does|do|"
    r"did|have|has)\b[^.?!]*\b(?:late|too late|overdue|past (?:the )?(?:deadline|due date)|"
    r"on time|missed|miss)\b|"
    r"\b(?:did|have|has) (?:i|we|my team|our team) (?:already )?(?:miss(?:ed)?|blow[nw]?|passed)"
    r"\b[^.?!]*\b(?:deadline|due date|cutoff)\b|\bis it (?:already )?too late\b|"
    r"\bam i (?:already )?late\b|\b(?:thats|that is|its|it is|is that|is it|will that be|"
    r"would that be|will it be|would it be) (?:still )?(?:late|too late|on time|in time|overdue)\b")
"""A yes/no about lateness ("is posting it on <date> late?", "did I miss the deadline?")."""
_SO_FAR = re.compile(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:weighted )?(?:points?|pts)?\s*(?:out of|of|/)\s*"
                     r"(?:the |a possible )?(\d{1,3}(?:\.\d+)?)\s*(?:weighted )?(?:points?|pts)?"
                     r"\s*(?:(?:that )?(?:have |has )?(?:been )?(?:graded|marked|counted|returned)|"
                     r"so far|possible so far|(?:that )?(?:are|were) (?:in|back|done))\b")
"""A running total of weighted points ("60 of the 80 graded", "50/60 so far")."""
_SCORE_TOLD = re.compile(r"\b(?:i|we) (?:got|get|scored?|earned?|received)\b|\bhalf (?:credit|"
                         r"marks|points)\b|\bfull (?:marks|credit|points)\b|\bperfect (?:score|"
                         r"marks)\b")
"""Scores the asker tells (a what-if), not a share of the weights."""
_DETAIL_FAMILIES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, re.compile(asked), re.compile(stated)) for name, asked, stated in (
        # a penalty for lateness, however asked ("do i lose points if it's an hour late?")
        ("a penalty", r"\blose (?:any )?(?:points?|marks?|credit|grade)\b|\bdeduct\w*|"
                      r"\bdock(?:ed)?\b|\bpenali[sz]\w*|\bpenalt\w*",
         r"\blate\b|\bpenalt|\bdeduct"),
        # an exact clock time where the file gives a day or "end of day" only
        ("the exact time", r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\btime of (?:the )?day\b|"
                           r"\bexact(?:ly)? (?:what )?time\b|\b(?:central|eastern|pacific|"
                           r"local) time\b|\btime ?zone\b|\bcst\b|\bcdt\b",
         r"\bnoon\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b"),
        # leaving out, swapping or changing something once set
        ("a change or exemption",
         r"\b(?:can|could|may|is it (?:true|ok|okay|possible|allowed)|are (?:we|you) allowed|"
         r"am i allowed|allowed to)\b[\w ]{0,30}?\b(?:skip\w*|exempt\w*|waive\w*|opt(?:ing)? out|"
         r"switch\w*|swap\w*|transfer\w*|change (?:teams?|groups?|partners?))\b",
         r"\bskip|\bexempt|\bwaive|\bopt|\bswitch|\bswap|\btransfer|\bchang"),
        # what each member of a team or group does
        ("what each member does",
         r"\b(?:every|each|all)(?: of the| the)? (?:team ?|group ?)?(?:members?|teammates?|"
         r"partners?|persons?|people|presenters?)\b|\beveryone\b|\bjointly\b",
         r"\beach (?:member|person|student|presenter)|\bevery (?:member|person|student)|"
         r"\bindividual"),
        # a question-and-answer time
        ("Q&A", r"\bq ?(?:&|and|n) ?a\b|\bquestions? (?:from|after|at the end)\b",
         r"\bq&a\b|\bquestions?\b"),
        # how many of the papers one piece of work covers
        ("how many papers it covers",
         r"\b(?:cover|discuss|review|summari[sz]e)s? (?:all|both|every|each|one|multiple|"
         r"several|two) (?:of )?(?:the )?(?:papers?|readings?|articles?)\b",
         r"\b\d+ papers?\b|\beach paper\b|\bper paper\b"),
        # the sections or structure a piece of work should have
        ("its sections or structure",
         r"\bwhat (?:sections?|headings?|structure|outline|format)\b|\b(?:sections?|headings?) "
         r"(?:should|must|does|do|are|is)\b|\bhow (?:should|do|must|can) (?:i|we) (?:structure|"
         r"organi[sz]e|format|lay out)\b|\bbe (?:structured|organi[sz]ed|formatted|laid out)\b",
         r"\bsection|\bstructur|\boutline|\bheading|\bformat"),
        # working on one's own work with someone else (collaboration)
        ("working on it with others",
         r"\b(?:work|do|write|prepare|draft)\w* (?:on )?(?:my |our |the |a )?[\w ]{0,30}?"
         r"(?:together|with (?:a |my |another |other |some )?(?:friends?|classmates?|someone|"
         r"others?|students?|peers?))\b|\bsubmit (?:similar|the same|identical)\b",
         r"\bcollaborat|\btogether|\bteams?\b|\bpresenters\b|\bindividual"),
    ))
"""A detail asked of a named item (its penalty, exact time, ...): (what it is, how it is asked,
how the item's own text would state it). Asked and not stated: the syllabus is silent on it."""
_NEEDS = re.compile(r"\b(?:does|do|must|should|will)\s+(?:the |my |our |a |an |each |every )?"
                    r"(?:[\w-]+ ){1,3}?(?:need|require|have to (?:include|contain|have)|"
                    r"include|contain)s?\s+(?!(?:to|for|in|on|at|by|of|from|with|it|them|this|that)\b)"
                    r"(?:a |an |the |any |some )?((?:[a-z-]+ ?){1,3})")
""""Does the <item> need preliminary results?": a content requirement asked of an item."""
_USE_TOOL = re.compile(r"\b(?:allowed|permitted|ok|okay|can (?:i|we)|may (?:i|we)|could (?:i|we))"
                       r"\b[\w ]{0,12}?\buse\s+(?:a |an |the )?([a-z][\w.+-]*)")
"""Permission to use a tool ("are we allowed to use grammarly on our reviews?")."""
_WHERE_SUBMIT = re.compile(
    r"\bwhere (?:do|should|can|will|would|must|are|is) (?:i|we|you|they|it|these|those|the \w+)"
    r"\b.{0,30}\b(?:post\w*|submit\w*|upload\w*|turn\w* in|hand\w* in|send|sent|put|publish\w*|"
    r"share\w*|go|found|live|hosted)\b|\bhow (?:do|should|can) (?:i|we) (?:submit|upload|turn in|"
    r"hand in|send|post|publish)\b|\bwhere (?:to|should i|should we) (?:submit|upload|post|send|"
    r"turn in|hand in|publish)\b")
_PRESENT_ON = re.compile(r"\b(?:i|we|im|i am|we are|were|ill|i will|we will|well|ill be|well be|"
                         r"i will be|we will be|i have to|we have to|i need to|we need to) "
                         r"(?:present|presenting|am presenting|give my presentation|"
                         r"give our presentation|be presenting)\b|\b(?:my|our) (?:presentation|"
                         r"paper presentation|slot|presentation slot|presentation class|"
                         r"presentation date|presentation day) (?:is|class is|will be|falls)\b|"
                         r"\b(?:my|our) (?:two |2 |both )?(?:paper |own )?(?:talks?|presentations?|"
                         r"presentation (?:days?|dates?|classes)|slots?) (?:is|are|will be|falls?|"
                         r"fall)\b|"
                         r"\b(?:i|we) (?:have|got|was "
                         r"given|were given|signed up for) (?:my |our |a )?(?:presentation|"
                         r"slot|presentation slot)\b|\bif (?:i|we) present\b|\bassigned to "
                         r"present\b|\b(?:im|i am|were|we are) (?:one of )?(?:the )?"
                         r"(?:two |three )?presenters?\b|\b(?:my|our) (?:group|team|partner and "
                         r"i) (?:presents?|is presenting|will present)\b|"
                         r"\b(?:i|we) (?:signed up|picked|chose|selected|claimed|took)"
                         r"(?: (?:a|the|my|our|one|paper|papers|slot|slots))* to present\b|"
                         r"\b(?:i|we) (?:picked|chose|selected|claimed|took|signed up for) (?:a |"
                         r"the |my |our )?(?:paper )?(?:slot|presentation slot)\b|"
                         # "we were handed Sep 30 and Nov 4 for our talks"
                         r"\b(?:i|we) (?:got |was |were |have been |have |am |are )?(?:assigned|"
                         r"given|allocated|signed up for|picked|chose|took)(?=[^.?!]{0,40}\bfor "
                         r"(?:my|our) (?:two |2 |both )?(?:paper )?(?:presentations?|talks?|"
                         r"slots?)\b)|"
                         # "I'm up on Tue Nov 30": the asker's turn to present that day
                         r"\b(?:im|i am|were|we are|ill be|well be) up (?:on|next on)(?= (?:mon|"
                         r"tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                         r"the \d|\d))")


_UNITS_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_CARDINALS = {w: i for i, w in enumerate(_UNITS_WORDS, start=1)}
_CARDINALS.update({"twenty": 20, "thirty": 30})
_CARDINALS.update({f"twenty{sep}{w}": 20 + i for w, i in list(_CARDINALS.items())[:9]
                   for sep in (" ", "-")})
_CARDINALS.update({"thirty one": 31, "thirty-one": 31})
_CARD = "|".join(sorted((re.escape(w) for w in _CARDINALS), key=len, reverse=True))
_MONTH_CARD = re.compile(rf"\b{_MONTH} ({_CARD})\b(?![ -](?:days?|weeks?|pages?|minutes?|"
                         r"hours?|percent|of)\b)", re.IGNORECASE)
_CARD_CARD = re.compile(rf"\b({_CARD})[-/]({_CARD})\b(?=[\s,.?!:;]|$)", re.IGNORECASE)


def dates_in_digits(text: str) -> str:
    """A date written in number words, in digits: "twelve-eight" → "12/8", "Sept seventeen"
    → "Sept 17" (a month and a day that exist; anything else is left as written)."""
    def month_day(m: re.Match[str]) -> str:
        return f"{m.group(1)} {_CARDINALS[m.group(2).lower()]}"

    def pair(m: re.Match[str]) -> str:
        month, day = _CARDINALS[m.group(1).lower()], _CARDINALS[m.group(2).lower()]
        return f"{month}/{day}" if month <= 12 and _safe(2021, month, day) else m.group(0)

    def worded(m: re.Match[str]) -> str:
        day = _ORDINALS[re.sub(r"\s+", " ", (m.group(1) or m.group(4)).lower())]
        month = m.group(2) or m.group(3)
        dot = "." if m.group(0).endswith(".") else ""
        return f"{month} {day}{dot}" if _safe(2021, _MONTHS[month.lower()[:3]], day) \
            else m.group(0)

    def span(m: re.Match[str]) -> str:
        # "from the first to the fifth of October": the month said once, for both days
        first = _ORDINALS.get(re.sub(r"\s+", " ", m.group(1).lower()))
        month = m.group(3)
        if first is None or not _safe(2021, _MONTHS[month.lower()[:3]], first):
            return m.group(0)
        return f"{month} {first} {m.group(2)}"

    text = _ORDINAL_SPAN.sub(span, text)
    text = _ORDINAL_OF_MONTH.sub(worded, text)
    return _CARD_CARD.sub(pair, _MONTH_CARD.sub(month_day, text))


_ORDINAL_OF_MONTH = re.compile(rf"\b(?:the )?({_ORD}) of {_MONTH}(?![\w-])|\b{_MONTH} the "
                               rf"({_ORD})\b", re.IGNORECASE)
"""A date in ordinal words ("the seventeenth of September", "December the tenth")."""
_ORDINAL_SPAN = re.compile(rf"\bthe ({_ORD}) ((?:to|through|thru|till|until|and|-) (?:the )?"
                           rf"(?:{_ORD}) of {_MONTH})", re.IGNORECASE)
"""Two days in ordinal words and one month ("the third to the ninth of December")."""


_OWN_CLASS = re.compile(r"\b(?:that|this|the same|my|our|my own|our own) (?:class|session|"
                        r"lecture|day|presentation|paper)\b|\bthe (?:class(?:es)?|sessions?|"
                        r"papers?) (?:i|we)(?:m| am| are|re)? present")
NAMED_MEMORY = 8192
"""Wordings whose named items a :class:`Computed` keeps (cleared when full)."""
_PRESENTING = re.compile(r"\bpresent\w*|\btalks?\b|\bslot\b")
"""The asker's own presentation is in question ("when are my paper reviews due" alone is not)."""
_HOW_LONG_ITEM = re.compile(r"^\s*how long (?:is|are|should|will|must|does|do|can|would|has)\b|"
                            r"^\s*how long (?:the |my |our |a |an |each |one )?[a-z][\w -]{1,30}?"
                            r" (?:should|must|has to|needs? to|is supposed to|is meant to|can|will)"
                            r" be\b|"
                            r"\b(?:what(?:s| is)|whats) the (?:length|duration|time limit)\b|"
                            r"\bhow (?:many minutes|much time) (?:is|are|should|do|does|will)\b"
                            r"[\w ]{0,40}\b(?:presentation|talk|present\w*)\b")
_DROP_LOWEST = re.compile(r"\b(?:lowest|worst|bottom|weakest)\b[\w ]{0,30}?\b(?:dropped|drop|"
                          r"drops|thrown out|discarded|ignored|not counted|excluded)\b|\b(?:drop"
                          r"|drops|dropped|dropping|discard|ignore|throw out) (?:the |my |our |"
                          r"your |one |a )?(?:lowest|worst|bottom|weakest)\b")
"""A drop-the-lowest rule (the syllabus states none); "lowest score for an A" is a cutoff."""
_PAPERS_PER_CLASS = re.compile(r"\bhow many (?:papers?|readings?|articles?)\b(?!\s+(?:reviews?|"
                               r"presentations?|talks?)\b)[\w ]{0,30}?\b"
                               r"(?:per|each|every|a|in a|in each|in every) (class|session|"
                               r"lecture|meeting|week)s?\b")
_PART_LIMIT = re.compile(r"\b(?:max(?:imum)?|limit|cap|length|how long|how many pages|"
                         r"page (?:limit|count)|how big|size)\b[\w' ]{0,30}?\b(appendix|"
                         r"appendices|references?|bibliography|citations?)\b|\b(appendix|"
                         r"appendices|references?|bibliography)\b[\w' ]{0,20}?\b(?:max(?:imum)?|"
                         r"limit|cap|length|how long|how many pages|page (?:limit|count))\b")
_WEEKDAY_AROUND = re.compile(r"\b(?:the )?(mon|tues|wednes|thurs|fri|satur|sun)day (?:right |just |"
                             r"immediately |directly )?(after|before) (?:the |our |my )?"
                             r"([a-z][\w -]{1,30}?)(?: deadline| due date| is due| are due|"
                             r" gets? turned in)?(?=[.,;:?!]|$)", re.IGNORECASE)
_TOPICAL = re.compile(r"\b(?:topics?|cover\w*|learn\w*|teach\w*|taught|stud(?:y|ied|ies|"
                      r"ying)|lectures? (?:on|about)|units?|modules?|model famil\w+)\b")
_INSIDE_PAIR = re.compile(r"\b(?:between|in between)\b.*\b(?:anything|what|which|any "
                          r"(?:other )?(?:deadlines?|things?|work)|else|due|deadlines?)\b|\b(?:"
                          r"anything|what|which|any (?:other )?(?:deadlines?|things?)|else|due)\b"
                          r"[\w ]{0,40}\bbetween\b")
_SETTLED = re.compile(r"\b((?:the |my |our )?[a-z][\w -]{1,25}?) (?:is|are|was|were|has been|"
                      r"have been|got|get|gets) (?:all |now |finally |already )?(?:set|sorted|"
                      r"sorted out|done|formed|finali[sz]ed|in|submitted|finished|handed in|"
                      r"turned in|settled|figured out|taken care of|over|locked in|out of the way)"
                      r"\b")
_END_OF_TERM_ITEM = re.compile(r"\bend[- ]of[- ](?:the[- ])?(?:semester|term|course|year|class)"
                               r"(?=[- ](?:project|presentation|report|talk|write-?up)s?\b)",
                               re.IGNORECASE)
""""The end-of-semester project presentation": the final one (not a time of day)."""
_EARLY_LATE_MONTH = re.compile(rf"\b(?:early|late)[- ](?={_MONTH}(?![\w-])(?! \d))",
                               re.IGNORECASE)
""""In late October": a time of the month (the late policy is another thing)."""
_IN_PART_OF_MONTH = re.compile(rf"\b(?:in|during) (?:the )?(early|late)[- ]{_MONTH}(?![\w-])"
                               r"(?! \d)", re.IGNORECASE)
_NTH_WEEKDAY = re.compile(rf"\b(?:the )?(first|second|third|fourth|fifth|last|final|1st|2nd|"
                          rf"3rd|4th|5th) (mon|tues|wednes|thurs|fri|satur|sun)day (?:of|in) "
                          rf"{_MONTH}(?![\w-])", re.IGNORECASE)
_MID_MONTH = re.compile(rf"\b(?:mid|the middle of|middle of)[- ]?{_MONTH}(?![\w-])",
                        re.IGNORECASE)
_NOW_UNTIL = re.compile(rf"\b(?:between (?:now|today) and|from (?:now|today) (?:until|till|to|"
                        rf"through)|(?:now|today) (?:until|till|through))\s+(?=(?:the )?(?:"
                        rf"{_MONTH}|\d{{1,2}}/\d{{1,2}}|(?:mon|tues|wednes|thurs|fri|satur|"
                        rf"sun)day|end of)\b)", re.IGNORECASE)


_HOLIDAYS = {"halloween": (10, 31), "veterans": (11, 11), "christmas": (12, 25),
             "xmas": (12, 25), "newyear": (1, 1)}
"""Holidays on a fixed day of the year (Thanksgiving, the 4th Thursday of November, apart)."""
_HOLIDAY = re.compile(r"\b(before|by|after|until|till|til|on|between|and|from|since|around|"
                      r"over|past|prior to|ahead of|through|thru|to) (?:the )?(halloween|"
                      r"veterans'? day|christmas(?: day)?|xmas|new years? day|new year'?s(?: day)?|"
                      r"thanksgiving(?: day)?)(?!['\w]| (?:break|vacation|"
                      r"holidays?|recess|week|weekend|eve)\b)", re.IGNORECASE)
"""A holiday named as a date ("due before Halloween"), not a break ("Thanksgiving break"), nor
asked about itself ("when is Halloween")."""


def vague_dates(text: str, *, first: date | None = None) -> str:
    """A span written loosely, in the words the date rules read: "mid-October" → "October
    15" (the middle of the month), "between now and <a date>" → "by <that date>", and with the
    term's first day ``first``, "the second Tuesday of <month>" → that date."""
    text = _MID_MONTH.sub(lambda m: f"{m.group(1)} 15", text)
    text = _END_OF_TERM_ITEM.sub("final", text)
    def part_of_month(m: re.Match[str]) -> str:
        month = _MONTHS[m.group(2).lower()[:3]]
        last = calendar.monthrange(2021 if first is None else first.year, month)[1]
        name = m.group(2)
        lo, hi = (1, 10) if m.group(1).lower() == "early" else (21, last)
        return f"between {name} {lo} and {name} {hi}"
    text = _IN_PART_OF_MONTH.sub(part_of_month, text)  # "due in late October": its last days
    text = _EARLY_LATE_MONTH.sub("", text)  # "it's early October": October
    if first is not None:
        def nth(m: re.Match[str]) -> str:
            month = _MONTHS[m.group(3).lower()[:3]]
            year = first.year + (month < first.month)
            want = _WEEKDAY_NAMES[m.group(2).lower()[:3]]
            days = [d for d in (_safe(year, month, k) for k in range(1, 32))
                    if d is not None and d.weekday() == want]
            which = m.group(1).lower()
            k = -1 if which in {"last", "final"} else _ORDINALS.get(which) or int(which[0])
            if not days or k > len(days):
                return m.group(0)
            d = days[k - 1] if k > 0 else days[-1]
            return f"{d:%b} {d.day}"
        text = _NTH_WEEKDAY.sub(nth, text)

        def holiday(m: re.Match[str]) -> str:
            name = re.sub(r"[^a-z]", "", m.group(2).lower())
            word = "before" if m.group(1).lower() in {"ahead of", "prior to"} else m.group(1)
            if name.startswith("thanksgiving"):
                year = first.year + (11 < first.month)
                thursdays = [d for d in (_safe(year, 11, k) for k in range(1, 31))
                             if d is not None and d.weekday() == 3]
                return f"{word} Nov {thursdays[3].day}"
            month, day = next(v for k, v in _HOLIDAYS.items() if name.startswith(k))
            return f"{word} {calendar.month_abbr[month]} {day}"
        text = _HOLIDAY.sub(holiday, text)
    return _NOW_UNTIL.sub("by ", text)


def _day_number(token: str | None, word: str | None) -> int | None:
    if token:
        return int(token)
    if word:
        return _ORDINALS.get(word)
    return None


def find_date(text: str, *, now: datetime, course: Course) -> date | None:
    """A calendar date written in ``text`` ("Oct 21", "the fifth of November", "10/21",
    "the twelfth" → the next 12th from ``now``), in the course's year."""
    low = text.lower()
    year = course.term_dates.first_class.year
    today = now.astimezone(course.tz).date()
    m = _DATE_PATTERNS[0].search(low)
    if m:
        day = _day_number(m.group(2), m.group(3))
        return _safe(year, _MONTHS[m.group(1)[:3]], day)
    m = _DATE_PATTERNS[1].search(low)
    if m:
        day = _day_number(m.group(1), m.group(2))
        return _safe(year, _MONTHS[m.group(3)[:3]], day)
    m = _DATE_PATTERNS[2].search(low)
    if m and not re.search(r"\d\s*/\s*\d+\s*(?:on|in|for)\b", low[m.start():m.end() + 6]):
        return _safe(year, int(m.group(1)), int(m.group(2)))
    m = _DATE_PATTERNS[3].search(low)
    if m:
        raw = m.group(1)
        day = _ORDINALS.get(raw) or (int(re.sub(r"\D", "", raw)) if re.sub(r"\D", "", raw)
                                     else None)
        if day is None:
            return None
        weekday = _WEEKDAY_WORD.search(low[max(0, m.start() - 14):m.start()])
        if weekday is not None:  # "wednesday the eighth": the term's 8th that is a Wednesday
            want = _WEEKDAY_NAMES[weekday.group(1)[:3]]
            first, last = course.term_dates.first_class, course.term_dates.last_day
            months = [(first.year + (first.month - 1 + k) // 12, (first.month - 1 + k) % 12 + 1)
                      for k in range((last.year - first.year) * 12 + last.month - first.month + 1)]
            fits = [d for y, mo in months for d in [_safe(y, mo, day)]
                    if d is not None and d.weekday() == want]
            later = [d for d in fits if d >= today]
            if later or fits:
                return (later or fits)[0]
        month, y = today.month, today.year
        for _ in range(12):
            found = _safe(y, month, day)
            if found is not None and found >= today:
                return found
            month, y = (1, y + 1) if month == 12 else (month + 1, y)
    return None


def _safe(year: int, month: int, day: int | None) -> date | None:
    if day is None or not 1 <= month <= 12:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _ddmm(d: date) -> str:
    return f"{d:%a %b} {d.day}"


class Computed:
    """The computed questions of one course (built once per :class:`Answerer`)."""

    def __init__(self, answerer: Answerer) -> None:
        self.a = answerer
        self.course = answerer.course
        self._named: dict[tuple[str, str], tuple[Any, ...]] = {}
        """The items each wording names (asked many times while one question is read)."""

    # ------------------------------------------------------------------ names

    @cached_property
    def _deadline_names(self) -> list[tuple[re.Pattern[str], str]]:
        """Dated deadlines by any of their names, longest names first."""
        out: list[tuple[str, str]] = []
        for d in self.course.deadlines:
            for name in {d.title.lower(), d.key.lower(), *(x.lower() for x in d.aliases)}:
                out.append((name, d.key))
        out.sort(key=lambda p: -len(p[0]))
        return [(re.compile(rf"\b{re.escape(n)}s?\b"), k) for n, k in out]

    @cached_property
    def _component_names(self) -> list[tuple[re.Pattern[str], str]]:
        c = self.course
        out: list[tuple[str, str]] = []
        for comp in c.grading.components:
            for name in {comp.title.lower(), comp.key.replace("_", " "),
                         *(x.lower() for x in comp.aliases)}:
                out.append((name, comp.key))
        linked = [(d.title, d.aliases, d.component) for d in c.deadlines] + [
            (r.title, r.aliases, r.component) for r in c.relative_deadlines]
        for title, aliases, component in linked:
            if component:
                for name in {title.lower(), *(x.lower() for x in aliases)}:
                    out.append((name, component))
        out.sort(key=lambda p: -len(p[0]))
        return [(re.compile(rf"\b{re.escape(n)}(?:e?s)?\b"), k) for n, k in out]

    def _remember(self, kind: str, low: str, found: tuple[Any, ...]) -> None:
        if len(self._named) >= NAMED_MEMORY:
            self._named.clear()
        self._named[(kind, low)] = found

    def deadlines_named(self, low: str) -> list[str]:
        """The dated deadlines ``low`` names, in text order."""
        kept = self._named.get(("deadlines", low))
        if kept is not None:
            return list(kept)
        names = self._deadlines_named(low)
        self._remember("deadlines", low, tuple(names))
        return names

    def _deadlines_named(self, low: str) -> list[str]:
        found: list[tuple[int, str]] = []
        # a longer grading item's name holds the deadline's ("the final project talk")
        taken: list[tuple[int, int]] = [
            (s, e) for s, e, _k in self.components_named(low)
            if not any(p.fullmatch(low[s:e]) for p, _d in self._deadline_names)]
        starts = {s for s, _e, _k in self.components_named(low)}
        for pattern, key in self._deadline_names:
            for m in pattern.finditer(low):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if " " not in m.group(0) and m.end() + 1 in starts and low[m.end()] == " ":
                    continue  # a modifier of the item named next ("the team project talk")
                taken.append((m.start(), m.end()))
                found.append((m.start(), key))
        return list(dict.fromkeys(k for _, k in sorted(found)))

    def components_named(self, low: str) -> list[tuple[int, int, str]]:
        """(start, end, component key) of each component named, in text order."""
        kept = self._named.get(("components", low))
        if kept is not None:
            return list(kept)
        found = self._components_named(low)
        self._remember("components", low, tuple(found))
        return found

    def _components_named(self, low: str) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for pattern, key in self._component_names:
            for m in pattern.finditer(low):
                if any(s < m.end() and m.start() < e for s, e, _ in found):
                    continue
                found.append((m.start(), m.end(), key))
        return sorted(found)

    @cached_property
    def _group_names(self) -> list[tuple[re.Pattern[str], str]]:
        """Component groups ("Project") by a name that is not also a component's name."""
        c = self.course
        taken = {n for comp in c.grading.components
                 for n in {comp.title.lower(), *(x.lower() for x in comp.aliases)}}
        out = []
        for group in c.grading.groups:
            name = group.lower()
            members = [comp for comp in c.grading.components if comp.group == group]
            if name and name not in taken and len(members) >= 2:
                out.append((re.compile(rf"\b{re.escape(name)}s?\b"), group))
        return out

    def group_named(self, low: str) -> tuple[int, int, str] | None:
        """(start, end, group) of the first group named where no component is named."""
        comps = self.components_named(low)
        dls = [m.span() for pattern, _ in self._deadline_names for m in pattern.finditer(low)]
        for pattern, group in self._group_names:
            for m in pattern.finditer(low):
                if any(s < m.end() and m.start() < e for s, e, _ in comps) or any(
                        s < m.end() and m.start() < e for s, e in dls):
                    continue
                return m.start(), m.end(), group
        return None

    def _some_of(self, low: str, comp: GradeComponent) -> int | None:
        """"three reviews", "two of my reviews": how many of the item's equal parts the
        question takes (more than one, fewer than all), else None."""
        count = self._count(comp)
        start = next((st for st, _e, k in self.components_named(low) if k == comp.key), None)
        if not count or start is None:
            return None
        some = re.search(r"\b(two|three|four|five|six|seven|eight|nine|\d+)\s+"
                         r"(?:of (?:my|the|our|your) )?(?:\w+\s+)?$", low[:start])
        if some is None or re.search(r"\b(?:each|one|every|per|single)\b", low[:start]):
            return None
        k = int(some.group(1)) if some.group(1).isdigit() else _CARDINALS.get(some.group(1), 0)
        return k if 1 < k < count else None

    def _count(self, comp: GradeComponent) -> int | None:
        """How many items a component has, when the course file says ("for 2 classes")."""
        for text in [comp.printed or "", *comp.facts]:
            m = re.search(r"\bfor (\d+) classes\b", text)
            if m:
                return int(m.group(1))
        return None

    def _cite(self, source: str) -> str:
        return self.course.cite(source)

    # ------------------------------------------------------------------ the reader

    def plan(self, question: str, low: str, *, declines_only: bool = False) -> Made | None:
        """What ``question`` asks, computed; ``declines_only``: only the honest "the syllabus
        doesn't say" about a known item (the question names something the course lacks)."""
        low = low.replace("’", "'").replace("'", "")
        # "presenting papers", "reviewing papers": the graded items by their activity
        low = re.sub(r"\bpresenting (?:the |a |my |our )?papers?\b", "paper presentations", low)
        low = re.sub(r"\breviewing (?:the |a |my |our )?papers?\b", "paper reviews", low)
        # "anything project-related": the group or item itself
        low = re.sub(r"\b([a-z]+)[- ](?:related|based)\b(?= (?:still|left|due|deadlines?|things?|"
                     r"work|stuff|items?)\b)", r"\1", low)
        # "my final score", "the final grade": the overall grade, not the final report
        low = re.sub(r"\bfinal(?= (?:letter )?(?:grades?|scores?|marks?|percentages?|averages?|"
                     r"results?|totals?|standing)\b)", "overall", low)
        # "how large a piece of my mark is X": how much of it
        low = re.sub(r"\bhow (?:big|large|great|sizable|significant|heavy) (?:a |of a )?(?:chunk|"
                     r"part|portion|piece|share|slice|fraction|bit)\b", "how much", low)
        if declines_only:
            return self._late_check(question, low) or self._more_than_counted(
                question, low) or self._unknown_property(question, low)
        if _COUNTERFACTUAL.search(low):
            return Answer(kind="decline", lines=(
                Line("The syllabus gives only the course as it is, so I can't answer a "
                     "what-if about changing it (an item removed, a different weight); the "
                     "course staff can."), *self.a._staff),
                topic="property", unknown=("hypothetical",), confidence=0.0)
        if _ROUNDING.search(low) and re.search(r"\b(?:grades?|scores?|percent\w*|cutoffs?|"
                                               r"letters?|an? [a-df][+-]?|\d+(?:\.\d+)?)\b|%",
                                               low):
            return self._rounding(question, low)
        if re.search(r"\bpass[/ -]?(?:fail|no pass)\b|\bcredit[/ -]no[ -]credit\b|\bs/u\b", low):
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't say whether the course can be taken pass/fail, so I "
                     "can't answer that; the course staff can."), *self.a._staff),
                topic="property", unknown=("pass/fail",), confidence=0.0)
        if _PREREQ.search(low) and "prerequisite" not in self.a.idf:
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't list any prerequisites or required background "
                     "courses, so I can't answer that; the course staff can."), *self.a._staff),
                topic="property", unknown=("prerequisites",), confidence=0.0)
        if _OVERLAP.search(low):
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't say whether course work may overlap with other work "
                     "(research, a thesis or another course), so I can't answer that; the "
                     "course staff can."), *self.a._staff),
                topic="property", unknown=("overlap",), confidence=0.0)
        if re.match(r"\s*(?:what(?:s| is)|calculate|compute)?\s*\d+(?:\.\d+)?\s*(?:times|plus|"
                    r"minus|divided by|x|\*|\+|/)\s*\d+(?:\.\d+)?\s*\??\s*$", low):
            c = self.course
            return Answer(kind="decline", lines=(
                Line(f"I can only answer questions about {c.code} {c.title} ({c.term}), from "
                     "its syllabus."), *self.a._staff), topic="off_topic", confidence=0.0)
        if _TRANSLATE.search(low):
            # "how do you say <a course topic> in <a language>": a translation, not the course
            c = self.course
            return Answer(kind="decline", lines=(
                Line(f"I can only answer questions about {c.code} {c.title} ({c.term}), from "
                     "its syllabus; translations are not part of it."), *self.a._staff),
                topic="off_topic", confidence=0.0)
        if _DEFINE.search(low) and not re.search(r"\b(?:when|week|weeks|schedule\w*|cover\w*|"
                                                 r"due|date|order|after|before|next)\b", low):
            topics = self.topics_named(low)
            if topics and not self.components_named(low) and not self.deadlines_named(low):
                topic = self.course.schedule.topics[topics[0]]
                return Answer(kind="decline", lines=(
                    Line(f"The syllabus doesn't cover what “{topic.title}” means: it only "
                         f"lists it in the schedule ({_weeks_text(topic.weeks)})."),
                    *self.a._staff),
                    topic=f"topic:{topics[0]}", unknown=("definition",), confidence=0.0)
        if re.search(r"\bhow many (?:classes|class sessions|sessions|lectures|slots)\b", low):
            # "how many classes are there to pick from": the count the file gives ("of 23
            # classes"), whatever the choosing
            of_n = [(comp, m) for _s, _e, k in self.components_named(low)
                    for comp in [self.course.component(k)] if comp is not None
                    for f in comp.facts for m in [re.search(r"\(of (\d+) classes\)", f)] if m]
            mine = re.search(r"\b(?:do|will|did|must|should) (?:i|we)\b", low)
            counted = [(x, n) for k in dict.fromkeys(k for _s, _e, k in self.components_named(low))
                       for x in [self.course.component(k)] if x is not None
                       for n in [self._count(x)] if n]
            if mine and len(counted) == 1:
                # "how many classes will I review": that item's count of classes, first
                x, n = counted[0]
                fact = next((f for f in x.facts if re.search(rf"\bfor {n} classes\b", f)),
                            x.printed)
                return Answer(kind="answer", lines=(Line(f"{n} classes: “{fact}”."),),
                              topic=f"component:{x.key}",
                              sources=(self._cite(self.course.grading.source),), confidence=1.0)
            if of_n and not mine and re.search(
                    r"\b(?:pick|choose|chose|select\w*|are there|there are)\b", low):
                comp, m = of_n[0]
                return Answer(kind="answer", lines=(Line(
                    f"{m.group(1)} classes: {comp.title}: “{comp.printed}”."),),
                    topic=f"component:{comp.key}",
                    sources=(self._cite(self.course.grading.source),), confidence=1.0)
        if _RESPONSE_TIME.search(low):
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't say how quickly the course staff reply, so I can't "
                     "answer that; you can ask them directly."), *self.a._staff),
                topic="property", unknown=("response time",), confidence=0.0)
        # "I was assigned to present on …. What time …?": told in a statement, not asked,
        # when what is asked after it is a date or time (anything else keeps the decline)
        # ("I signed up for / picked a slot on …": told in the past tense by the asker too)
        picked = [m for m in _PICK_PAPER.finditer(low) if not ((re.search(
            r"\b(?:i|we)(?: have| had|ve)? (?:been|was|were|got|get|am|are|m|re)(?: just| already)?"
            r" $", low[max(0, m.start() - 30):m.start()]) or (re.match(
                r"(?:signed|picked|chose|selected|claimed)\b", m.group(0)) and re.search(
                r"\b(?:i|we)(?: have| had|ve)?(?: just| already)? $",
                low[max(0, m.start() - 30):m.start()]))) and re.match(
                r"[^.!?]*[.!]\s+(?:[^?.!]*[.!]\s+){0,3}[^.!?]*\b(?:when|what time|by what time|"
                r"due|deadlines?)\b[^.!]*\?", low[m.end():]))]
        if picked:
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't say how papers or presentation slots are chosen or "
                     "assigned, so I can't answer that; the course staff can."), *self.a._staff),
                topic="property", unknown=("assignment",), confidence=0.0)
        if _WHICH_PAPERS.search(low):
            book = self.course.textbook
            lines = [Line("The syllabus doesn't list the specific papers, so I can't answer "
                          "that; the course staff can.")]
            if book:
                lines.append(Line(f"It says: “{book}”"))
            return Answer(kind="decline", lines=(*lines, *self.a._staff), topic="textbook",
                          unknown=("papers",), confidence=0.0)
        asks_whom = _ASK_WHOM.search(low)
        if asks_whom is not None:
            for policy in self.course.policies:
                if policy.sensitive:
                    continue
                said = [x for x in re.split(r"(?<=[.!?])\s+", policy.text)
                        if re.search(r"\bask (?:the|your) (?:instructor|ta|course staff|professor)",
                                     x, re.IGNORECASE)]
                said = [x for x in said if any(
                    len(w) >= 6 and w in x.lower() for w in re.findall(r"[a-z]+", low))]
                if said:
                    return Answer(kind="answer", lines=(
                        Line(f"The syllabus says: “{said[0].strip()}”"), *self.a._staff),
                        topic=f"policy:{policy.key}", sources=(self._cite(policy.source),),
                        confidence=1.0)
        if _ATTEND_DUTY.search(low) and re.search(r"\b(?:go|come|attend\w*|show up|be present|"
                                                  r"be there|join|log ?in|turn up|skip|miss|"
                                                  r"mandatory|required|compulsory|obligatory|"
                                                  r"optional)\b", low):
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't say whether attending class is required, so I can't "
                     "answer that; the course staff can."), *self.a._staff),
                topic="meetings", unknown=("attendance",), confidence=0.0)
        if _BREAK.search(low):
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't give the term's breaks or holidays (or any no-class "
                     "days), so I can't answer that; the course staff can."), *self.a._staff),
                topic="meetings", unknown=("break",), confidence=0.0)
        if _DROP_LOWEST.search(low):
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't say that any lowest (or worst) score is dropped, so I "
                     "can't answer that; the course staff can."), *self.a._staff),
                topic="property", unknown=("drop lowest",), confidence=0.0)
        per_class = _PAPERS_PER_CLASS.search(low)
        if per_class:
            said = [f for comp in self.course.grading.components for f in comp.facts
                    if re.search(r"\beach class\b|\bper class\b", f)]
            unit = "week" if per_class.group(1) == "week" else "class"
            lines = [Line(f"The syllabus doesn't say how many papers are covered in each {unit},"
                          " so I can't answer that; the course staff can.")]
            if said:
                lines.append(Line("What it does say: " + "; ".join(f"“{f}”" for f in said)
                                  + "."))
            return Answer(kind="decline", lines=(*lines, *self.a._staff), topic="property",
                          unknown=("papers per class",), confidence=0.0)
        part_limit = self._pages_include(question, low) or self._part_limit(
            low) or self._unstated_length(low)
        if part_limit is not None:
            return part_limit
        for rule in (self._weight_members, self._written_share, self._every_class,
                     self._asked_first, self._unstated_detail,
                     self._class_on, self._away, self._late_check, self._missed,
                     self._more_than_counted,
                     self._office_hours_day, self._person_hours, self._team_trouble,
                     self._unstated_count, self._in_zone, self._time_of_day, self._share_claim,
                     self._weight_check, self._excluding, self._points_so_far, self._group_points,
                     self._going_into,
                     self._what_if, self._presenter,
                     self._many_dates, self._edge_claim, self._relative_claim,
                     self._yes_no, self._countdown,
                     self._order, self._sums, self._topic_edges, self._topic_order,
                     self._properties, self._on_date, self._unknown_property):
            made = rule(question, low)
            if made is not None:
                return made
        return None

    def weekday_around(self, text: str) -> str:
        """"The Tuesday right after the proposal deadline" → that Tuesday's date, from the
        course file's date for the named deadline ("Oct 5")."""
        def day(m: re.Match[str]) -> str:
            keys = self.deadlines_named(m.group(3).lower())
            d = self.course.deadline(keys[0]) if keys else None
            if d is None:
                return m.group(0)
            want = _WEEKDAY_NAMES[m.group(1).lower()[:3]]
            step = timedelta(days=1 if m.group(2).lower() == "after" else -1)
            found = d.date + step
            while found.weekday() != want:
                found += step
            return f"{found:%a %b} {found.day}"
        return _WEEKDAY_AROUND.sub(day, text)

    def _unstated_length(self, low: str) -> Answer | None:
        """"How long should <item> be?": the item's stated length (pages, minutes, a read
        time) is on its card; with none stated, the honest "the syllabus doesn't say"."""
        asking = _sentence(low, max(len(low.rstrip()) - 1, 0)).strip()
        if asking != low.strip() and _HOW_LONG_ITEM.search(asking) and (
                self.components_named(asking) or self.deadlines_named(asking)):
            low = asking  # a dated statement, then "how long must <item> be?": the question
        if not _HOW_LONG_ITEM.search(low) or re.search(
                r"\b(?:until|till|left|due|before|after|between|have|get|extension|late|take me|"
                r"takes? (?:me|us)|to (?:write|prepare|finish|do|make|read|grade)|ago)\b", low):
            return None
        comps = self.components_named(low)
        dls = self.deadlines_named(low)
        if not comps and not dls:
            return None
        texts = self._item_texts(comps, dls)
        length = r"\d+\s*(?:[-–]\s*\d+\s*)?(?:pages?|min(?:ute)?s?|words?|hours?)\b"
        if re.search(length, texts):
            # stated: the length leads ("~10 min read"), then the item's line as printed
            facts = self._item_facts(comps, dls)
            full = next((f for f in facts if re.search(length, f, re.I)), None)
            if full is None:
                return None
            part = next((p.strip() for p in re.split(r",|\[|\]", full)
                         if re.search(length, p, re.I)), full)
            unit = re.search(r"\bin (page|word|slide|minute|min)s?\b|\bhow many (page|word|"
                             r"slide|minute|min)s?\b", low)
            if unit and (unit.group(1) or unit.group(2))[:3] not in part.lower():
                return None  # asked in a unit the file does not use ("in pages")
            title = self._item_title(comps, dls)
            lines = [Line(f"{title}: {part}.")]
            if part != full.strip():
                lines.append(Line(f"As printed: “{full.strip()}”."))
            return Answer(kind="answer", lines=tuple(lines), topic=f"component:{comps[0][2]}"
                          if comps else f"deadline:{dls[0]}",
                          sources=(self._cite(self.course.grading.source),), confidence=1.0)
        title = self._item_title(comps, dls).lower()
        said = [f for f in self._item_facts(comps, dls) if "%" not in f and not re.search(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", f.lower())]
        lines = [Line(f"The syllabus doesn't give a length for the {title}, so I can't answer "
                      "that; the course staff can.")]
        if said:
            lines.append(Line(f"What it does say about the {title}: "
                              + "; ".join(f"“{f}”" for f in said[:2]) + "."))
        return Answer(kind="decline", lines=(*lines, *self.a._staff), topic="property",
                      unknown=("length",), confidence=0.0)

    def _part_limit(self, low: str) -> Answer | None:
        """A limit asked for a part of an item that the file lists after the page count with no
        number of its own ("N pages + references + appendices"): it gives no limit for it."""
        m = _PART_LIMIT.search(low)
        if m is None or re.search(r"\bcount\w*|\btowards?\b|\binclud\w*|\bon top\b", low):
            return None  # whether a part counts toward the page limit: the item's own answer
        part = m.group(1) or m.group(2)
        stem = "appendi" if part.startswith("appendi") else "reference" if part.startswith(
            ("reference", "bibliograph", "citation")) else None
        if stem is None:
            return None
        comps = self.components_named(low)
        dls = self.deadlines_named(low)
        texts = self._item_facts(comps, dls) if (comps or dls) else [
            f for comp in self.course.grading.components for f in comp.facts]
        listed = list(dict.fromkeys(t for t in texts if "%" not in t
                                    and re.search(rf"\+\s*{stem}", t, re.I)))
        if not listed or any(re.search(rf"\d+\s*(?:pages?\s*)?(?:of\s*)?{stem}", t, re.I)
                             for t in texts):
            return None
        named = "the " + self._item_title(comps, dls).lower() if (comps or dls) else "any item"
        return Answer(kind="decline", lines=(
            Line(f"The syllabus gives no limit for the {part} of {named}, so I can't answer "
                 f"that; the course staff can."),
            Line("What it does say: " + "; ".join(f"“{t}”" for t in listed[:2]) + "."),
            *self.a._staff), topic="property", unknown=(part,), confidence=0.0)

    # ---- office hours on a given weekday: yes or no from the file

    def _office_hours_day(self, question: str, low: str) -> Made | None:
        """"Does the professor have office hours on Tuesdays?": yes or no, then the hours;
        a person the file gives no days for is said to have none listed."""
        if not re.match(r"\s*(?:do|does|is|are|will|can)\b", low) or not re.search(
                r"\boffice hours?\b|\bohs?\b", low):
            return None
        day = _WEEKDAY_WORD.search(low)
        if day is None:
            return None
        c = self.course
        want = day.group(1)[:3].capitalize()
        roles = {"instructor": r"\b(?:prof\w*|instructor|teacher|lecturer)\b",
                 "ta": r"\b(?:ta|tas|teaching assistants?)\b"}
        people = [p for p in c.staff if re.search(roles[p.role], low)
                  or p.name.lower().split()[0] in low or p.name.lower().split()[-1] in low]
        hours = [o for o in c.office_hours
                 if not people or any(o.person == p.name for p in people)]
        if not hours:
            return None
        listed = [o for o in hours if o.days]
        if not listed:
            return None
        on = [o for o in listed if any(d.lower().startswith(want.lower()) for d in o.days)]
        if not on and len(listed) < len(hours):
            return None  # someone's days are not in the file: "no" would be a guess
        lines = [Line("Yes." if on else "No.")]
        for o in listed:
            lines.append(Line(f"{o.person}: {', '.join(o.days)} {_clock(o.start)} – "
                              f"{_clock(o.end)}" + (f" ({o.location})" if o.location else "")
                              + "."))
        return Answer(kind="answer", lines=tuple(lines), topic="office_hours",
                      sources=(self._cite(_basic(c)),), confidence=1.0)

    def _person_hours(self, question: str, low: str) -> Made | None:
        """"What are <person>'s office hours?": that person's hours lead; for a person the
        file lists with no hours, the honest "none given" and their email, never another
        person's hours as the answer."""
        if not re.search(r"\boffice hours?\b|\bohs?\b|\bhours\b|\boffices?\b", low) or not re.match(
                r"\s*(?:when|whens|what|whats|which|where|wheres|does|do|is|are|has|have|any)\b",
                low) or re.search(r"\b(?:me|my|i|im)\b", re.sub(
                    r"\b(?:can|do|should|would|could) i (?:find|go to|visit|get to)\b", "", low)):
            return None  # asked about the hours, not a story set in them
        c = self.course
        roles = {"instructor": r"\b(?:prof\w*|instructors?|teachers?|lecturers?)\b",
                 "ta": r"\b(?:ta|tas|teaching assistants?)\b"}
        people = [p for p in c.staff if re.search(roles.get(p.role, r"$^"), low) or any(
            re.search(rf"\b{re.escape(n)}s?\b", low) for n in p.name.lower().split())]
        if len(people) != 1:
            return None
        person = people[0]
        mine = next((o for o in c.office_hours if o.person == person.name), None)
        office_only = not re.search(r"\boffice hours?\b|\bohs?\b|\bhours\b", low)
        if mine is None or mine.has_hours:
            if mine is None or office_only:
                return None  # (the place of an office the file gives only hours for: not here)
            line = (f"{mine.person}: {', '.join(mine.days)} {_clock(mine.start)} – "
                    f"{_clock(mine.end)}" + (f" ({mine.location})" if mine.location else "")
                    + ".")
            return Answer(kind="answer", lines=(Line(line),), topic="office_hours",
                          sources=(self._cite(_basic(c)),), confidence=1.0)
        role = "TA" if person.role == "ta" else person.role
        lines = [Line(f"The syllabus gives no office hours for {person.name} ({role}): it lists "
                      "the name under office hours with no days, times or place."),
                 Line(f"You can email {person.name.split()[0]}: {person.email}.")]
        others = [o for o in c.office_hours if o.has_hours and o.person != person.name]
        if others:
            lines.append(Line("The only office hours it gives: " + "; ".join(
                f"{o.person}, {', '.join(o.days)} {_clock(o.start)} – {_clock(o.end)}"
                + (f" ({o.location})" if o.location else "") for o in others) + "."))
        return Answer(kind="decline" if office_only else "answer", lines=tuple(lines),
                      topic="office_hours", sources=(self._cite(_basic(c)),),
                      confidence=0.0 if office_only else 1.0,
                      unknown=("office",) if office_only else ())

    def partner_left(self, question: str) -> Answer | None:
        """"My partner dropped the course: do I go on alone?": the syllabus has no rule for a
        partner or teammate who leaves: decline, no date, no percent."""
        made = self._team_trouble(question, question.lower().replace("’", "'").replace("'", ""))
        return made if isinstance(made, Answer) and made.unknown == ("partner left",) else None

    def _team_trouble(self, question: str, low: str) -> Made | None:
        """"What if a teammate does no work?": the file says nothing about problems inside a
        team (only its size and the date to form it): decline, no date."""
        if _PARTNER_LEFT.search(low) and re.search(
                r"\b(?:alone|by (?:myself|ourselves)|on (?:my|our) own|solo|just me|new (?:partner|"
                r"teammate|team|group|co-?presenter)|another (?:partner|teammate|team|group)|"
                r"(?:re)?assign\w*|replace\w*|what (?:happens|now|next|do (?:i|we)|should (?:i|we)|"
                r"can (?:i|we))|(?:do|will|can|could|should|must|would) (?:i|we) (?:still |now )?"
                r"(?:have to|need to|get|present|do|finish|work|be)|who)\b", low) and not re.search(
                r"\d|%|\b(?:zero|perfect|full marks|overall|grade|letter|score)\b", low):
            return Answer(kind="decline", lines=(
                Line("The syllabus doesn't say what happens when a partner or teammate leaves "
                     "the course (working or presenting alone, a new partner), so I can't answer "
                     "that; the course staff can."), *self.a._staff),
                topic="property", unknown=("partner left",), confidence=0.0)
        if not _TEAM_TROUBLE.search(low) or not re.search(
                r"\bwhat (?:do|should|can|could|would|shall) (?:i|we)\b|\bwhat happens\b|"
                r"\bwhat if\b|\bhow (?:do|should|can) (?:i|we)\b|\bwho (?:do|should) (?:i|we)\b|"
                r"\b(?:is there|any) (?:a )?(?:policy|rule|process)\b|\bcan (?:i|we)\b", low) or \
                re.search(r"\d|%", low):
            return None
        return Answer(kind="decline", lines=(
            Line("The syllabus doesn't say what to do about a problem inside a project team "
                 "(a teammate not contributing, a conflict), so I can't answer that; the course "
                 "staff can."), *self.a._staff),
            topic="property", unknown=("team problem",), confidence=0.0)

    # ---- what happens after a deadline or a missed item: the syllabus has no such rule

    def _away(self, question: str, low: str) -> Made | None:
        """"I'm away from the 7th of May until the 9th: will I miss a deadline?": the dated
        deadlines inside the days said (both ends included)."""
        if not _AWAY.search(low) or not re.search(r"\b(?:miss\w*|due|deadlines?|anything)\b",
                                                  low):
            return None
        spans = sorted({m.span() for p in _DATE_PATTERNS[:3] for m in p.finditer(low)})
        if not spans:
            return None
        first_at = spans[0]
        second = [sp for sp in spans[1:] if sp[0] >= first_at[1]]
        bare = [m for m in _DATE_PATTERNS[3].finditer(low) if m.start() >= first_at[1]
                and not any(a <= m.start() < b for a, b in spans)]
        if not second and not bare:
            return None
        c = self.course

        def make(now: datetime, items: list[DueItem]) -> Answer:
            start = find_date(low[first_at[0]:first_at[1]], now=now, course=c)
            end = find_date(low[second[0][0]:second[0][1]], now=now, course=c) if second \
                else None
            if end is None and bare and start is not None:
                token = re.match(r"\d+", bare[0].group(1))
                day_n = _day_number(token.group(0) if token else None, bare[0].group(1))
                end = _safe(start.year, start.month, day_n) if day_n else None
                if end is not None and end < start:  # "the 28th to the 3rd": the next month
                    end = _safe(start.year + (start.month == 12), start.month % 12 + 1, day_n)
            if start is None or end is None or end < start:
                return Answer(kind="decline", lines=(Line(
                    "Tell me the first and last day you are away, e.g. “away Oct 4 to Oct 8: "
                    "anything due?”"),), topic="deadlines")
            inside = [i for i in items if start <= i.due_at.astimezone(c.tz).date() <= end]
            head = f"Due between {_ddmm(start)} and {_ddmm(end)}:" if inside else \
                f"No fixed-date deadline falls between {_ddmm(start)} and {_ddmm(end)}."
            listed = self._listing(inside, head)
            return replace(listed, notes=(*listed.notes, *self._rel_notes())) if not inside \
                else listed

        return make

    def _late_check(self, question: str, low: str) -> Made | None:
        """"Is handing <item> in on <date> late?", "did I miss the <item> deadline?": yes or
        no from the file's due date (a relative one from the class date the asker gives),
        against the date stated, else today. Nothing about penalties: the file has no late
        rule, and says so only when asked."""
        if not _LATE_ASK.search(low) or re.search(r"\b(?:can|could|may|how late|what if|"
                                                   r"what happens)\b", low):
            return None
        c = self.course
        dated = self.deadlines_named(low)
        rels = [r for r in c.relative_deadlines if any(
            re.search(rf"\b{re.escape(x.lower())}s?\b", low) for x in [r.title, *r.aliases])]
        if len(dated) + len(rels) != 1:
            return None
        spans = sorted({m.span() for p in _DATE_PATTERNS[:3] for m in p.finditer(low)})
        class_at = next((sp for sp in spans if re.search(
            r"\b(?:present\w*|class|talk|slot|lecture|session)\b[\w ]{0,12}$",
            low[max(0, sp[0] - 30):sp[0]])), None)
        handed = [sp for sp in spans if sp != class_at]
        penalty = bool(re.search(r"\b(?:penalt\w*|lose|deduct\w*|accepted|still (?:submit|turn|"
                                 r"hand)|points? off|grace|extensions?|late (?:work|polic\w*|days?|"
                                 r"submissions?|tokens?|passes?))\b", low))
        if penalty and not handed:
            return None  # a late rule asked, no day to check: the file has none (declined)

        def make(now: datetime, items: list[DueItem]) -> Answer:
            when = find_date(low[handed[0][0]:handed[0][1]], now=now, course=c) if handed \
                else None
            if dated:
                item = next((i for i in items if i.key == dated[0]), None)
                if item is None:
                    return self.a.topic_answer(f"deadline:{dated[0]}", now=now, due=items)
                due_at, title = item.due_at.astimezone(c.tz), item.title
                why = ""
                source = self._cite(c.deadline(dated[0]).source)  # type: ignore[union-attr]
            else:
                rel = rels[0]
                on = find_date(low[class_at[0]:class_at[1]], now=now, course=c) if class_at \
                    else None
                if on is None:
                    return Answer(kind="answer", lines=(Line(
                        f"{rel.description} Tell me your class date and the day you hand it "
                        "in, and I can check it."),), topic=f"relative:{rel.key}",
                        sources=(self._cite(rel.source),), confidence=0.8)
                clock = rel.local_time or dtime(23, 59)
                due_at = datetime.combine(on + timedelta(days=rel.offset_days), clock,
                                          tzinfo=c.tz)
                title = rel.title
                why = f" ({rel.printed}, for your {_ddmm(on)} class)"
                source = self._cite(rel.source)
            due_text = f"{_ddmm(due_at.date())} at {_clock(due_at.time())}"
            on_time = bool(re.search(r"\b(?:on|in) time\b", low))
            if when is not None:
                late = when > due_at.date()
                yes, no = ("No", "Yes") if on_time else ("Yes", "No")
                head = (f"{yes}, {_ddmm(when)} is late: {title} is due {due_text}{why}."
                        if late else
                        f"{no}, {_ddmm(when)} is {'on time' if on_time else 'not late'}: "
                        f"{title} is due {due_text}{why}"
                        + (", so in by then that day." if when == due_at.date() else "."))
            else:
                late = now > due_at
                head = (f"Yes, that deadline has passed: {title} was due {due_text}{why}."
                        if late else
                        f"No, not yet: {title} is due {due_text}{why}.")
            lines = [Line(head)]
            if penalty:
                lines.append(Line("The syllabus gives no late policy: it doesn't say what "
                                  "happens to late work; the course staff decide that."))
            return Answer(kind="answer", lines=tuple(lines), topic="deadlines",
                          sources=(source,), confidence=1.0, dated=True)

        return make

    def _pages_include(self, question: str, low: str) -> Made | None:
        """"Do the references count toward the 2 pages, or are they extra?": the file prints
        "N pages + references": what follows a "+" is on top of the page count, what is in
        "(including …)" is inside it. The item is the one named, else the one with that page
        count, else every item with a page count."""
        asked = _PAGE_PART.search(low)
        if asked is None or not re.search(r"\bpages?\b|\blimit\b|\blength\b", low) or not re.search(
                r"\b(?:includ\w*|count\w*|part of|extra|on top|separate\w*|in addition|"
                r"additional|excluded|exclud\w*|outside|within|inside|toward\w*)\b", low) or (
                _SUM.search(low) or re.search(
                    r"\badd\w*\b|\b(?:max\w*|limit|length|how long|how many pages)\b[\w ]{0,15}"
                    r"\b(?:for|of|on) (?:the |my |our )?(?:appendi|refer|bibli|citation)", low)):
            return None
        c = self.course
        paged = [(x, m) for x in c.grading.components
                 for m in [re.search(r"\b(\d+) pages?\b(.*)", x.printed or "")] if m]
        named = {k for _s, _e, k in self.components_named(low)}
        named |= {d.component for k in self.deadlines_named(low)
                  for d in [c.deadline(k)] if d is not None and d.component}
        said = {int(n) for n in re.findall(r"\b(\d+)[ -]?pages?\b", low)}
        chosen = [(x, m) for x, m in paged if x.key in named] or [
            (x, m) for x, m in paged if int(m.group(1)) in said] or (paged if not named else [])
        if not chosen:
            return None
        word = asked.group(0)
        family, plural = (("referenc", "references") if re.match(r"ref|bib|cit", word) else
                          ("append", "appendices") if word.startswith("append") else
                          ("figure", "figures and results"))
        lines: list[Line] = []
        verdicts = set()
        for x, m in chosen:
            tail = m.group(2).lower()
            inside = re.search(r"\(including ([^)]*)\)", tail)
            extra = [e.strip() for e in re.findall(r"\+\s*([a-z][a-z /]*)", tail)]
            if inside and (family in inside.group(1) or (family == "figure" and re.search(
                    r"result|figure", inside.group(1)))):
                verdicts.add("in")
                lines.append(Line(f"{plural[0].upper()}{plural[1:]} count toward the "
                                  f"{m.group(1)} pages of the {x.title.lower()}: “{x.printed}”."))
            elif any(family in e for e in extra):
                verdicts.add("out")
                lines.append(Line(f"{plural[0].upper()}{plural[1:]} are extra, not part of the "
                                  f"{m.group(1)} pages of the {x.title.lower()}: "
                                  f"{m.group(1)} pages + " + " + ".join(extra) + "."))
            else:
                return None  # the file says nothing about that part: another rule's
        claim = _ASKS_YES_NO.search(low.strip(" ?!.")) or (re.match(
            r"\s*(?:so |and )?(?:is|are|does|do)\b", low) and not re.search(r"\bor\b", low))
        if claim and len(verdicts) == 1:
            said_out = bool(re.search(r"\b(?:not (?:counting|including|included|part)|excluding|"
                                      r"without|plus|on top|extra|separate\w*|outside|"
                                      r"in addition|additional)\b|\+", low))
            said_in = bool(re.search(r"\b(?:includ\w*|count\w*|part of|within|inside|"
                                     r"toward\w*)\b", low)) and not said_out
            if said_out or said_in:
                right = said_out == (verdicts == {"out"})
                lines.insert(0, Line("Yes." if right else "No."))
        if len(lines) > 1 and verdicts == {"out"} and not claim:
            lines.insert(0, Line(f"{plural[0].upper()}{plural[1:]} are extra: no page limit "
                                 "includes them."))
        return Answer(kind="answer", lines=tuple(lines), topic="grading",
                      sources=(self._cite(c.grading.source),), confidence=1.0)

    def _written_share(self, question: str, low: str) -> Made | None:
        """The weight of "the reports" (the project's items with a page count) or of
        "written work" (every item with pages or a reading length), with any item named beside
        them; it says which items it counted."""
        if not re.search(r"\b(?:share|percent\w*|worth|weigh\w*|how much|portion|fraction|"
                         r"proportion)\b|%", low):
            return None
        reports = re.search(r"(?<!final )(?<!mid-term )(?<!midterm )(?<!mid term )(?<!term )"
                            r"(?<!proposal )(?<!project )\breports\b", low)
        written = re.search(r"\b(?:written|writing)\b", low)
        if (reports is None and written is None) or self.group_named(low) is not None \
                or re.search(r"\d", low):
            return None  # (scores told: a what-if, another rule's)
        c = self.course
        wrote = [x for x in c.grading.components
                 if re.search(r"\b\d+ pages?\b|\bmin read\b", x.printed or "")]
        named = {k for _s, _e, k in self.components_named(low)}
        keys = set(named)
        if reports is not None:
            keys |= {x.key for x in wrote if x.group and self.group_named(x.group.lower())
                     and re.search(r"\b\d+ pages?\b", x.printed or "")}
        elif not named:
            keys = {x.key for x in wrote}
        counted = [x for x in c.grading.components if x.key in keys]
        if len(counted) < 2:
            return None
        total = math.fsum(x.weight for x in counted)
        lines = [Line(f"{fmt(total)}% of the grade: " + ", ".join(
            f"{x.title} {x.weight:g}%" for x in counted) + ".")]
        left = [x for x in wrote if x.key not in keys]
        if written is not None and left:
            lines.append(Line("Also written, not counted here: " + ", ".join(
                f"{x.title} {x.weight:g}%" for x in left)
                + f" (with them, {fmt(total + math.fsum(x.weight for x in left))}%)."))
        return Answer(kind="answer", lines=tuple(lines), topic="grading",
                      sources=(self._cite(c.grading.source),), confidence=1.0)

    def _every_class(self, question: str, low: str) -> Made | None:
        """"Is <an item> needed for every class?": no when the file gives the item for fewer
        classes than the term has ("for 2 classes, corresponding to presentations")."""
        if not re.match(r"\s*(?:so |and )?(?:are|is|do|does|must|should|will|would|have|has)\b",
                        low) or not re.search(r"\b(?:every|each|all(?: the| of the)?) (?:single )?"
                                              r"(?:class|classes|lectures?|sessions?)\b", low):
            return None
        named = list(dict.fromkeys(k for _s, _e, k in self.components_named(low)))
        if not named:
            return None
        c = self.course
        item = c.component(named[0])
        n = self._count(item) if item is not None else None
        total = next((int(m.group(1)) for x in c.grading.components for f in x.facts
                      for m in [re.search(r"\(of (\d+) classes\)", f)] if m), None)
        if item is None or not n or total is None or n >= total:
            return None
        fact = next((f for f in item.facts if re.search(rf"\bfor {n} classes\b", f)), None)
        if fact is None:
            return None
        return Answer(kind="answer", lines=(
            Line(f"No: {item.title.lower()} are for {n} of the {total} classes: “{fact}”."),),
            topic=f"component:{item.key}", sources=(self._cite(c.grading.source),),
            confidence=1.0)

    def _asked_first(self, question: str, low: str) -> Made | None:
        """The asked property of one named item leads its card: the page count ("page limit
        for <item>"), how many there are ("how many <items> in total"), or when an item
        with no date of its own happens ("when is <the in-class item>")."""
        c = self.course
        comps = list(dict.fromkeys(k for _s, _e, k in self.components_named(low)))
        if len(comps) != 1 or _PAGE_PART.search(low) or re.search(
                r"\b(?:left|remaining|more|to go|still|already|done|after|before|if|each|per|"
                r"worth|weigh\w*|percent|%|grade)\b", low):
            return None
        comp = c.component(comps[0])
        if comp is None:
            return None
        key = next((f"deadline:{d.key}" for d in c.deadlines if d.component == comp.key),
                   None) or next((f"relative:{r.key}" for r in c.relative_deadlines
                                  if r.component == comp.key), None) or f"component:{comp.key}"
        head: str | None = None
        pages = re.search(r"\b(\d+) pages?\b[^,\[]*", comp.printed or "")
        count = self._count(comp)
        if pages and re.search(r"\bhow many pages\b|\bpages? (?:limit|count|length|max\w*|"
                               r"requirement|long)\b|\b(?:number of|max\w* (?:number of )?)"
                               r"pages\b|\blength in pages\b", low):
            head = f"{comp.title}: {pages.group(0).strip()}."
        elif count and re.search(r"\bhow many\b", low) and not re.search(
                r"\bhow many (?:pages?|classes|days?|weeks?|minutes?|words?|people|members?|"
                r"papers?(?!\s+(?:reviews?|presentations?|talks?)\b)|slides?|times?)\b", low):
            fact = next((f for f in comp.facts if re.search(rf"\bfor {count} classes\b", f)),
                        comp.printed)
            head = f"{count} {comp.title.lower()} in all: “{fact}”."
        elif key.startswith("component:") and (re.match(
                r"\s*(?:when(?:s| is| are| do| does| will)?|what (?:day|date|week)s?)\b", low)
                or re.search(r"\b(?:which|what) (?:exact |specific |precise |actual )?(?:day|"
                             r"date)\b|\bexact (?:day|date)\b", low)):
            weeks = next((f for f in comp.facts if re.search(r"\bweeks?\b", f)), None)
            where = next((f for f in comp.facts if re.search(r"\bin class\b", f)), None)
            if weeks is None:
                return None
            if re.search(r"\b(?:which|what) (?:exact |specific |precise |actual )?(?:day|date)\b|"
                         r"\bexact (?:day|date)\b", low):
                # "on which exact day is <the in-class item>?": the file gives weeks only
                return Answer(kind="decline", lines=(
                    Line(f"The syllabus doesn't say on which day the {comp.title.lower()} is: "
                         f"it gives only the weeks (“{weeks}”" + (f", {where}" if where else "")
                         + ")."), *self.a._staff),
                    topic=f"component:{comp.key}", unknown=("day",), confidence=0.0)
            head = (f"{comp.title}: {weeks}" + (f", {where}" if where else "")
                    + "; the syllabus gives no fixed date.")
        if head is None:
            return None
        first = Line(head)

        def make(now: datetime, items: list[DueItem]) -> Answer:
            base = self.a.topic_answer(key, now=now, due=items)
            if base.kind != "answer":
                return base
            return replace(base, lines=(first, *base.lines), confidence=1.0)

        return make

    def _missed(self, question: str, low: str) -> Made | None:
        if any(re.search(r"\blate\b|\bextensions?\b|\bmake-?up\b",
                         " ".join([p.title, p.text, *p.aliases]).lower())
               for p in self.course.policies):
            return None  # the course file has a rule for it: the reader answers
        late = re.search(
            r"\b(?:miss(?:ed|es)?|extension|extend)\b[\w ]{0,30}?\b(?:deadline|due date)\b|"
            r"\b(?:submit|turn|hand|send)\w*\b[\w ]{0,30}?\b(?:after|past) (?:the )?(?:deadline|"
            r"due date)\b|\b(?:turn|hand|submit)\w* (?:\w+ ){0,3}?(?:in )?late\b|"
            r"\blate (?:submission|penalty|work|policy)\b", low)
        missed = re.search(r"\bwhat (?:happens|if|would happen)\b.*\b(?:miss|skip|don'?t (?:do|"
                           r"submit|turn in)|can'?t (?:make|do|attend))\w*\s+(?:my|the|our)\b",
                           low)
        if not (late or missed) or re.search(r"\b(?:lose|cost|worth|percent|%|points?|grade)\b",
                                             low):
            return None
        if not (self.components_named(low) or self.deadlines_named(low) or late):
            return None
        return Answer(kind="decline", lines=(
            Line("The syllabus doesn't say what happens after a deadline is missed: it gives no "
                 "late, make-up or extension policy. The course staff decide that."),
            *self.a._staff), topic="property", unknown=("late",), confidence=0.0)

    # ---- yes/no checks of a stated weight ("is the proposal worth 5%?")

    def _more_than_counted(self, question: str, low: str) -> Made | None:
        """"If I do 12 reviews instead of 10, extra credit?": the file's count, and that it
        gives no rule for doing more (no guess either way)."""
        m = re.search(r"\b(?:do|write|submit|turn in|hand in|complete|give|make)\s+(\d{1,2}|"
                      r"more|extra|additional)\b", low)
        if m is None or not re.search(r"\b(?:instead of|extra|bonus|more than|additional|"
                                      r"over)\b", low):
            return None
        named = list(dict.fromkeys(k for _, _, k in self.components_named(low)))
        comp = self.course.component(named[0]) if len(named) == 1 else None
        count = self._count(comp) if comp is not None else None
        if comp is None or count is None:
            return None
        if m.group(1).isdigit() and int(m.group(1)) <= count:
            return None
        return Answer(kind="answer", lines=(
            Line(f"{comp.title}: {comp.weight:g}% of the grade for {count} "
                 f"(“{comp.printed}”)."),
            Line("The syllabus gives no rule for doing more than that (no extra credit "
                 "or bonus is listed); the course staff can say."), *self.a._staff),
            topic=f"component:{comp.key}", sources=(self._cite(self.course.grading.source),),
            confidence=0.5)

    def _weight_members(self, question: str, low: str) -> Made | None:
        """"What counts toward the 30%?", "which are the 5% items": a percent that is an
        item's weight, asked which items it is, lists the items with that weight (a group's
        total when no single item has it); never a grade band."""
        said = [float(x) for x in _STATED_PERCENT.findall(low)]
        if not said or not _MEMBERS.search(low) or _NOT_MEMBERS.search(low) \
                or self.components_named(low) or self.group_named(low) is not None:
            return None
        c = self.course
        lines: list[Line] = []
        for value in dict.fromkeys(said):
            items = [x for x in c.grading.components if math.isclose(x.weight, value)]
            if items:
                lines.append(Line(f"{fmt(value)}%: " + " and ".join(
                    f"{x.title} (“{x.printed}”)" if x.printed else x.title for x in items) + "."))
                continue
            groups = [g for g in c.grading.groups if math.isclose(math.fsum(
                x.weight for x in c.grading.components if x.group == g), value)]
            if not groups:
                return None  # not a weight of this course: another reading
            for g in groups:
                members = [x for x in c.grading.components if x.group == g]
                lines.append(Line(f"{fmt(value)}%: {g}, in all (" + " + ".join(
                    f"{x.title} {x.weight:g}%" for x in members) + ")."))
        return Answer(kind="answer", lines=tuple(lines), topic="grading",
                      sources=(self._cite(c.grading.source),), confidence=1.0)

    def _share_claim(self, question: str, low: str) -> Made | None:
        """"Reviews are 30% and there are 12 of them, so each is 2.5%?": the file's count and
        the share of one (counted equally), then yes or no for the claimed share."""
        stated = _STATED_PERCENT.findall(low)
        if not stated or not re.search(r"\b(?:each|per|apiece|one|a single)\b", low) or not (
                _ASKS_YES_NO.search(low.strip(" ?!.")) or low.rstrip().endswith("?")):
            return None
        said_n = re.search(r"\b(?:there (?:are|is)|we have|we do|we write|of them is|"
                           r"there will be) (\d{1,2})\b|\b(\d{1,2}) of (?:them|those)\b", low)
        if said_n is None:
            return None
        named = list(dict.fromkeys(k for _, _, k in self.components_named(low)))
        comp = self.course.component(named[0]) if len(named) == 1 else None
        if comp is None:
            return None
        count = self._count(comp)
        if count is None:
            return None
        share = comp.weight / count
        claimed = float(stated[-1])
        head = "Yes." if math.isclose(claimed, share) else "No."
        n = int(said_n.group(1) or said_n.group(2))
        lines = [Line(f"{head} {comp.title}: {comp.weight:g}% of the grade for {count}"
                      + ("" if n == count else f" (not {n})")
                      + f", so one is {fmt(share)}% if they count equally."),
                 Line(comp.printed or "")]
        return Answer(kind="answer", lines=tuple(lines), topic=f"component:{comp.key}",
                      sources=(self._cite(self.course.grading.source),),
                      notes=("Assuming the items count equally (the syllabus gives only the "
                             "totals).",), confidence=1.0)

    def _weight_check(self, question: str, low: str) -> Made | None:
        stated = _STATED_PERCENT.findall(low)
        asks = _ASKS_YES_NO.search(low.strip(" ?!.")) or low.lstrip().startswith(
            ("is ", "are ", "does ", "do ")) or (low.rstrip().endswith("?") and re.search(
                r"(?:\b(?:is|are|makes?|comes? to|adds? up to)\b|=)[^?]{0,20}?\d+(?:\.\d+)?\s*"
                r"(?:%|percent\b)", low) and not re.search(
                    r"\b(?:if|get|got|gets|lowest|highest|need|score\w*|else|rest|my)\b", low))
        undated = low
        for pattern in _DATE_PATTERNS[:3]:  # "the proposal on oct 1": no "1 <item>" in a date
            undated = pattern.sub(lambda m: "#" * len(m.group(0)), undated)
        if len(stated) != 1 or not asks or _ONE.search(undated) or _SKIP.search(undated):
            return None
        named = list(dict.fromkeys(k for _, _, k in self.components_named(low)))
        group = self.group_named(low)
        if len(named) >= 2 and group is None and re.search(
                r"\b(?:together|combined|total|in all|altogether|sum|plus|and)\b|\+", low) \
                and not re.search(r"\b(?:if|got|get|score\w*|earn\w*)\b", low):
            # "reviews and blog posts together are 30%, right?": the sum, checked
            comps = [x for k in named for x in [self.course.component(k)] if x is not None]
            total = math.fsum(x.weight for x in comps)
            parts = " + ".join(f"{x.title} {x.weight:g}%" for x in comps)
            head = ("Yes. " if math.isclose(float(stated[0]), total) else "No. ") + \
                f"Together they are {fmt(total)}% of the grade ({parts})."
            return Answer(kind="answer", lines=(Line(head),), topic="grading",
                          sources=(self._cite(self.course.grading.source),), confidence=1.0)
        if not named and group is not None:
            members = [x for x in self.course.grading.components if x.group == group[2]]
            total = math.fsum(x.weight for x in members)
            said = float(stated[0])
            parts = " + ".join(f"{x.title} {x.weight:g}%" for x in members)
            head = ("Yes. " if math.isclose(said, total) else "No. ") + \
                f"{group[2]}: {fmt(total)}% of the grade in all ({parts})."
            return Answer(kind="answer", lines=(Line(head),), topic="grading",
                          sources=(self._cite(self.course.grading.source),), confidence=1.0)
        comp = self.course.component(named[0]) if len(named) == 1 else None
        if comp is None or (self.deadlines_named(low) and not named):
            return None
        said = float(stated[0])
        some = self._some_of(low, comp)
        if some is not None:
            # "are three reviews worth 9%?": that many of the equal items, checked
            count = self._count(comp) or 1
            each = comp.weight / count
            head = ("Yes. " if math.isclose(said, some * each) else "No. ") + (
                f"{some} of them are worth {fmt(some * each)}% of the grade: {comp.title} are "
                f"{comp.weight:g}% for {count}, {fmt(each)}% each.")
            return Answer(kind="answer", lines=(Line(head), Line(comp.printed or "")),
                          topic=f"component:{comp.key}",
                          sources=(self._cite(self.course.grading.source),),
                          notes=("Assuming the items count equally (the syllabus gives only the "
                                 "total).",), confidence=1.0)
        weight = f"{comp.title}: {comp.weight:g}% of the grade."
        head = ("Yes. " if math.isclose(said, comp.weight) else
                "No. ") + weight
        return Answer(kind="answer", lines=(Line(head), Line(comp.printed or "")),
                      topic=f"component:{comp.key}",
                      sources=(self._cite(self.course.grading.source),), confidence=1.0)

    # ---- grade what-ifs in prose

    def _scored(self, target: str) -> list[str]:
        """The component keys ``target`` (the words after "on") starts by naming: one
        component, or every component of a group ("the project")."""
        named = self.components_named(target)
        if named and named[0][0] == 0:
            return [named[0][2]]
        group = self.group_named(target)
        if group is not None and group[0] == 0:
            return [comp.key for comp in self.course.grading.components
                    if comp.group == group[2]]
        return []

    def _read_scores(self, low: str
                     ) -> tuple[dict[str, float], float | None] | Answer | object | None:
        """Scores told in prose: "70% on all the reviews, everything else full marks",
        "skip one review (zero on it)", "the whole project gets 0 but I ace the rest",
        "Everything at 75% except the final report which I ace".

        Returns (score per component key, the score of everything not named or None), a
        decline for an impossible score, or None when the message holds no what-if.
        """
        if not _WHAT_IF_CUE.search(low):
            return None
        need = re.search(r"\b(?:need|needed|require[sd]?|have to get|must get)\b|\b(?:lowest|"
                         r"minimum|least)\b[\w ]{0,30}\b(?:score|grade|mark|average|percent\w*)\b"
                         r"[\w ]{0,30}\b(?:keeps?|still|get|gets|for|to|lets?|allows?)\b|"
                         r"\b(?:lowest|minimum|least)\b (?:(?:i can get|score|grade|mark) )?"
                         r"(?:on|for|in) (?:the |my )?[\w -]{2,30}? (?:for|(?:to|and) (?:still )?"
                         r"(?:get|reach|keep|end|finish|stay|have)|that)\b", low)
        target = re.search(r"\b(?:for|gets?(?: me)?|to get|reach|keeps?(?: me)?(?: at)?|still get|"
                           r"still have|"
                           r"be|stay at|end (?:up )?(?:with|at)|finish (?:with|at)|wind up with)"
                           r" (?:at least )?(?:an? )?([a-df])(\+|-|plus|minus)?(?![\w+-])", low)
        goal: float | None = None
        # "we have 90 on all of it except …": a score told on items, not the goal
        goal_m = next((g for g in re.finditer(
            r"\b(?:end (?:up )?(?:with|at)|finish (?:with|at)|get|reach|keep|"
            r"stay (?:at|above)|be at|have)\s+(?:at least |a |an )?"
            r"(\d{1,3}(?:\.\d+)?)"
            r"(?:\s*(?:%|percent)\s*(?:overall|in total|total|final|in the "
            r"(?:course|class))?|\s+(?:overall|in total|total|in the "
            r"(?:course|class)))", low) if not re.match(r"\s*(?:on|in|for|across) ",
                                                        low[g.end():])),
            None) if need and target is None else None
        if goal_m is None and need and target is None:
            # "… for 90 overall": the goal said with "for" (only with "overall" or the like)
            goal_m = re.search(r"\bfor (?:at least |an? )?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)?\s*"
                               r"(?:overall|in total|total|in the (?:course|class))\b", low)
        if goal_m is not None and float(goal_m.group(1)) <= 100:
            # "…on the mid-term report to finish at 85% overall": a goal,
            # not a score (blanked out of what is read as scores)
            goal = float(goal_m.group(1))
            low = low[:goal_m.start()] + " " * (goal_m.end() - goal_m.start()) + low[goal_m.end():]
        low = self._done_of(low)
        if re.search(r"\b(?:deadlines?|due dates?|late|lateness|extensions?|on time)\b", low):
            return _NOT_A_SCORE  # missing a deadline is not a zero: the syllabus has no rule
        if re.search(r"\b(?:worth|weigh\w*|counts? (?:for|as)|of the (?:final |overall )?grade)\b",
                     low) and not re.search(r"\b(?:got|get|gets|getting|score\w*|earn\w*|"
                                            r"receive\w*|ace\w*|bomb\w*|fail\w*|miss\w*|"
                                            r"skip\w*|if i|what if|suppose|assuming)\b", low):
            return _NOT_A_SCORE  # "reviews are worth 20%": a claim about the weight
        c = self.course
        for pattern, _g in self._group_names:
            # "my whole project (proposal, midterm, final, presentation)": the group's parts
            # named again in brackets add nothing and are not items of their own
            low = re.sub(rf"({pattern.pattern})\s*\([^()\d%]*\)", r"\1", low)
        low = re.sub(r"\b(on|for|in|at|across)\s+([a-z -]{0,40}?)\s*\(([^()\d%]*)\)",
                     self._listed_in_brackets, low)
        text = re.sub(r"[—–()]", ",", low)
        text = re.sub(r"\s+-\s+", ", ", text)  # "everything else is 100% - what's ...": a break
        # "skip 5 of the 10 reviews": five of the reviews (the total is the file's)
        text = re.sub(r"\b(\w+) of (the|my|our) \d+ (?=[a-z])", r"\1 of \2 ", text)
        for pattern in _DATE_PATTERNS[:2]:  # "present on Nov 16": a date; "27/30" a score
            text = pattern.sub(lambda m: "#" * len(m.group(0)), text)
        text = re.sub(r"\b((?:on|by|at|due|until|till|before|after|present|presenting|is|was) )"
                      r"(\d{1,2}/\d{1,2})\b(?!\s*(?:%|on|in|for)\b)",
                      lambda m: m.group(1) + "#" * len(m.group(2)), text)  # a date: "on 11/16"
        events: list[tuple[int, int, str, Any]] = []  # (start, end, kind, payload)
        comps = self.components_named(text)
        for start, end, key in comps:
            events.append((start, end, "item", [key]))
        for m in re.finditer(r"\b(?:whole |entire )?project\w*\b", text):
            if any(s < m.end() and m.start() < e for s, e, _ in comps):
                continue
            group = self.group_named(text[m.start():m.end()])
            if group is not None:
                keys = [x.key for x in c.grading.components if x.group == group[2]]
                events.append((m.start(), m.end(), "item", keys))
        for m in _REST_RE.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _k, _p in events):
                events.append((m.start(), m.end(), "rest", None))
        for m in _VALUE_RE.finditer(text):
            if any(s <= m.start() < e for s, e, _k, _p in events):
                continue
            if m.group("num") and re.match(r"\s*(?:pages?|days?|weeks?|mins?|minutes|hours?|"
                                           r"classes|people|presenters|times|words|pm|am|"
                                           r"-?(?:person|people|member|man|student)s?|"
                                           r"members|teammates|partners|students)\b",
                                           text[m.end():]):
                continue
            if m.group("num") and not m.group("pct") and re.search(
                    r"\b(?:teams?|groups?|team size|group size|size|teammates|partners) "
                    r"(?:of|is|was|=)\s*(?:just |only |up to |at most )?$", text[:m.start()]):
                continue  # "teams of 2": a team's size, not a score
            if m.group("num"):
                value = float(m.group("num"))
                total = m.group("of1") or m.group("of2")
                if total:
                    if float(total) <= 0:
                        continue
                    value = 100 * value / float(total)
                elif not m.group("pct") and value > 100:
                    continue
                after = text[m.end():m.end() + 40]
                if not m.group("pct") and not total and re.match(
                        r"\s*(?:more |other |of (?:the|my) )?[a-z]", after) and self._count_word(
                        after):
                    events.append((m.start(), m.end(), "count", int(value)))
                    continue
            else:
                value = 0.0 if re.search(r"zero|nothing|no credit|no points", m.group(0)) \
                    else 50.0 if m.group(0).startswith("half") else 100.0
            events.append((m.start(), m.end(), "value", value))
        for m in _ZERO_VERB.finditer(text):
            if re.search(r"\b(?:can|could|may|allowed to|ok(?:ay)? to|fine to)(?: just| simply)?"
                         r" $", text[max(0, m.start() - 20):m.start()]):
                continue  # "we can skip the blog posts": a claim of a permission, no score
            if re.match(r"\s*(?:out(?: of)? )?(?:the |this |that |my |our |his |her |their )?"
                        r"(?:course|class|classes|semester|term|program|major|university|"
                        r"school)\b", text[m.end():]):
                continue  # "my partner dropped the course": leaving it, not a score
            events.append((m.start(), m.end(), "verb", 0.0))
        for m in _ACE_VERB.finditer(text):
            events.append((m.start(), m.end(), "verb", 100.0))
        for m in re.finditer(r"\b(one|a single|a|two|three|four|five|six|seven|eight|nine|"
                             r"either|both|all(?: of)?(?: the| my)?|any of (?:the|my)|every)\s+"
                             r"(?!(?:zero|perfect|full|half|max\w*|flawless|nothing)\b)"
                             r"(?:of (?:the|my) )?(?:\w+ )?(?=[a-z])", text):
            # "a zero on the reviews" is a score of zero, not one review of ten
            events.append((m.start(), m.end(), "count", m.group(1)))
        events.sort(key=lambda e: (e[0], -e[1]))
        if not any(k == "item" for _s, _e, k, _p in events):
            return None
        items = [e for e in events if e[2] == "item"]
        for one, two in itertools.pairwise(items):
            # "80% on the reviews, blogs and presentations": a list, one clause
            if re.fullmatch(r"\s*,\s*(?:and |or |& |plus )?(?:the |my |all (?:the |my )?)?",
                            text[one[1]:two[0]]):
                text = text[:one[1]] + text[one[1]:two[0]].replace(",", " ") + text[two[0]:]
        clauses = _clauses(text)
        masked = list(text)
        for start, end, kind, _p in events:
            if kind in {"item", "count"}:
                masked[start:end] = " " * (end - start)
        quiet = "".join(masked)  # the gaps between events count words, not other items
        scores: dict[str, float] = {}
        partials: dict[str, tuple[int, int, float]] = {}
        unscored: list[str] = []
        rest_value: float | None = None
        used: set[int] = set()
        told = False
        last_unscored: list[str] | None = None  # the keys of the last item named with no score
        last_count: object = None  # and the count said with it ("one of my two")
        others: dict[str, float] = {}  # "the other <item>": the rest of a partly scored item
        for lo, hi in clauses:
            inside = [(i, e) for i, e in enumerate(events) if lo <= e[0] < hi]
            values = [(i, e) for i, e in inside if e[2] == "value"]
            verbs = [(i, e) for i, e in inside if e[2] == "verb"]
            targets = [(i, e) for i, e in inside if e[2] in {"item", "rest"}]
            previous: tuple[int, float] | None = None  # (end, value) of the last item scored
            back = _value_back(text, values, used) if not targets and last_unscored else None
            if back is not None and last_unscored and 0 <= float(events[back][3]) <= 100:
                # "my presentations went badly, about 50% on those": the item just before
                used.add(back)
                told = True
                for key in last_unscored:
                    comp = c.component(key)
                    n, of = _count_of(last_count), self._count(comp) if comp else None
                    if n is not None and of and n < of and len(last_unscored) == 1:
                        partials[key] = (n, of, float(events[back][3]))  # "one of my two"
                    else:
                        scores.setdefault(key, float(events[back][3]))
                unscored = [k for k in unscored if k not in last_unscored]
                last_unscored = None
            for ti, t in targets:
                if need and t[2] == "item" and re.search(
                        r"\b(?:need|needed|require[sd]?|have to get|must get|(?:lowest|minimum|"
                        r"least)(?: i can get| i can score| score| grade| mark)?)\s+(?:to (?:get|"
                        r"score|have) )?(?:on|for|in|from) (?:the |my |our |all (?:the |my )?)?$",
                        text[lo:t[0]]):
                    # "what do I need on the reviews …": the item asked about, not scored
                    unscored.extend(t[3])  # type: ignore[arg-type]
                    continue
                best: tuple[float, int, float] | None = None
                for vi, v in values + verbs:
                    if vi in used:
                        continue
                    if v[2] == "verb" and t[2] == "rest" and any(
                            o[2] == "item" and min(t[1], v[1]) <= o[0] and o[1] <= max(t[0], v[0])
                            for _oi, o in targets):
                        # "never hand in the proposal (the rest at full marks)": the verb's
                        # item stands between it and the rest, which it does not score
                        continue
                    gap = _gap(quiet, t, v)
                    if best is None or gap < best[0]:
                        best = (gap, vi, float(v[3]))
                listed = previous is not None and re.fullmatch(
                    r"[\s,]*(?:and|&|or|plus)?[\s,]*(?:the |my |all )?", text[previous[0]:t[0]])
                later = best is not None and events[best[1]][0] >= t[1] and re.search(
                    r"\b(?:and|but|while|with)\b|,", text[t[1]:events[best[1]][0]])
                if listed and previous is not None and (best is None or best[0] > 4 or later):
                    # "100 on presentations and blogs": both; "50% on both the midterm and
                    # final reports and 100% on the rest": the 100 is the rest's
                    value = previous[1]
                elif best is None or best[0] > 4:
                    unscored.extend(t[3] if t[2] == "item" else [])
                    last_count = next((e[3] for e in events if e[2] == "count"
                                       and e[0] < t[0] and t[0] - e[1] <= 12), None)
                    last_unscored = list(t[3]) if t[2] == "item" else None
                    continue
                else:
                    chosen = events[best[1]]
                    if chosen[2] == "value" and best[0] >= 1 and re.fullmatch(
                            r"\d+(?:\.\d+)?\s*", text[chosen[0]:chosen[1]]):
                        # a bare number away from the item ("longer than 2 pages")
                        unscored.extend(t[3] if t[2] == "item" else [])
                        continue
                    value = best[2]
                    if events[best[1]][2] == "value":
                        used.add(best[1])
                previous = (t[1], value)
                if not 0 <= value <= 100:
                    return Answer(kind="decline", lines=(Line(
                        "A score must be between 0 and 100% (or like 27/30)."),), topic="grade")
                told = True
                if t[2] == "rest":
                    rest_value = value
                    continue
                count = next((e[3] for j, e in reversed(inside[:[i for i, _ in inside].index(ti)])
                              if e[2] == "count" and t[0] - e[1] <= 12), None)
                if count is None and len(t[3]) == 1 \
                        and not text[t[0]:t[1]].endswith("s") \
                        and re.search(r"\b(?:my|a|the|its|their|that|this)\s+$",
                                      text[max(0, t[0] - 6):t[0]]):
                    count = "one"  # "miss my presentation", "and its blog post": one of two
                named_keys: list[str] = list(t[3])  # type: ignore[call-overload]
                if len(named_keys) == 1 and named_keys[0] in partials and re.search(
                        r"\b(?:the )?other\s+$", text[max(0, t[0] - 10):t[0]]):
                    others[named_keys[0]] = value  # "… one of them 50. the other one 100"
                    continue
                for key in named_keys:
                    comp = c.component(key)
                    n = _count_of(count)
                    total_items = self._count(comp) if comp is not None else None
                    if n is not None and total_items and n < total_items \
                            and len(named_keys) == 1:
                        partials[key] = (n, total_items, value)
                    else:
                        scores.setdefault(key, value)
        if need:
            if partials and rest_value is not None and not set(partials) & set(unscored):
                # "full marks on all the rest, a talk included": one of an item's several
                # at a score, the others at the rest's, is that item's average
                for key, (n, total_items, value) in partials.items():
                    scores.setdefault(key, (n * value + (total_items - n) * others.get(
                        key, rest_value)) / total_items)
                partials = {}
            return self._needed(scores, partials, rest_value, unscored, target, goal)
        if not told or not (scores or partials):
            return None
        if rest_value is None and _REST_PERFECT.search(low):
            rest_value = 100.0
        if rest_value is None and any(k not in others for k in partials):
            return _NOT_A_SCORE  # "skip one review": what the other reviews score is not said
        for key, (n, total_items, value) in partials.items():
            other = others.get(key, rest_value)
            assert other is not None
            scores.setdefault(key, (n * value + (total_items - n) * other) / total_items)
        return scores, rest_value

    def _listed_in_brackets(self, m: re.Match[str]) -> str:
        """"90 on the written stuff (reviews, blogs)": the items in brackets are what the
        words before them stand for, when those words name no item themselves."""
        inner = m.group(3)
        named = self.components_named(inner)
        covered = "".join(" " if any(s <= i < e for s, e, _k in named) else ch
                          for i, ch in enumerate(inner))
        if len(named) < 2 or self.components_named(m.group(2)) or self.group_named(
                m.group(2)) or re.search(r"[a-z]", re.sub(
                    r"\b(?:and|or|the|my|all|plus|also)\b", " ", covered)):
            return m.group(0)
        return f"{m.group(1)} " + " and ".join(inner[s:e] for s, e, _k in named)

    def _done_of(self, low: str) -> str:
        """"I did 8 of the 10 reviews, with full marks" / "turn in only 9 reviews": only some
        of an item's count done, the rest not (0): as that item's average ("80% on the
        reviews"). The value of the ones done is the one said with them, else full marks when
        the message says the rest is perfect; with neither, the text is left as it is."""
        def one(m: re.Match[str]) -> str:
            said = m.group(1)
            n = int(said) if said.isdigit() else _CARDINALS.get(said)
            named = self.components_named(m.group(2))
            comp = self.course.component(named[0][2]) if named and named[0][0] == 0 else None
            total = self._count(comp) if comp is not None else None
            if n is None or comp is None or not total or n >= total:
                return m.group(0)
            value_said = m.group(3) or ""
            number = re.search(r"\d{1,3}(?:\.\d+)?", value_said)
            if number is not None:
                value = float(number.group(0))
            elif value_said or _REST_PERFECT.search(low):
                value = 100.0
            else:
                return m.group(0)
            name = m.group(2)[:named[0][1]]
            return f" {fmt(round(n * value / total, 2))}% on the {name}"

        # "only do the project, perfectly, and nothing else": that at 100, the rest at 0
        low = re.sub(r"\bonly (?:do|did|complete|turn in|submit|hand in|work on) (?:the |my )?"
                     r"([a-z][a-z -]{1,30}?),? (?:perfectly|with full marks|flawlessly|100\s*%?)"
                     r",? and (?:do |did |submit |turn in )?nothing else\b",
                     r"100 on the \1 and 0 on everything else", low)
        return re.sub(
            rf"\b(?:only |just )?(?:do|did|done|turn(?:ed)? in|submit(?:ted)?|hand(?:ed)? in|"
            rf"complete(?:d)?|write|wrote|finish(?:ed)?) (?:only |just )?(\d{{1,2}}|{_CARD})"
            rf" (?:of (?:the|my|our) (?:\d+ )?)?((?:paper )?[a-z]+"
            rf"(?: (?!with\b|at\b|and\b|all\b|getting\b)[a-z]+)?)"
            rf"(?:,? (?:with|at|all with|all at|and got|getting) (full marks|full credit|"
            rf"perfect scores?|100\s*%?|\d{{1,3}}\s*%))?", one, low)

    def _aim(self, target: re.Match[str] | None, goal: float | None
             ) -> tuple[float, str] | None:
        """The floor and wording of what the student aims at: a letter (``target``, a
        :data:`_TARGET_LETTER` match; None if the cutoffs lack it) before a ``goal`` percent;
        None when neither is asked."""
        if target is not None:
            sign = {"plus": "+", "minus": "-"}.get(target.group(2) or "", target.group(2) or "")
            cut = next((x for x in self.course.grading.cutoffs
                        if x.letter == target.group(1).upper() + sign), None)
            return None if cut is None else (cut.min,
                                             f"{_article(cut.letter)} (from {fmt(cut.min)}%)")
        if goal is not None:
            return goal, f"{fmt(goal)}% overall"
        return None

    def _needed(self, scores: dict[str, float], partials: dict[str, tuple[int, int, float]],
                rest_value: float | None, unscored: list[str],
                target: re.Match[str] | None, goal: float | None = None
                ) -> Answer | object | None:
        """"88 on everything except the final report: what do I need on it for an A?" (or
        for a ``goal`` percent overall)."""
        c = self.course
        wanted = list(dict.fromkeys(k for k in unscored if k not in scores))
        if (target is None and goal is None) or partials or not wanted or not (
                scores or rest_value is not None) or (rest_value is None and len(scores)
                                                      + len(wanted) < len(c.grading.components)):
            return None  # the grade calculator's ("reviews 27/30 … need A")
        aimed = self._aim(target, goal)
        if aimed is None:
            return None
        floor, aim = aimed
        known = math.fsum(x.weight * scores.get(x.key, rest_value or 0.0) / 100
                          for x in c.grading.components if x.key not in wanted)
        open_weight = math.fsum(x.weight for x in c.grading.components if x.key in wanted)
        if open_weight <= 0:
            return None
        needed = round((floor - known) / open_weight * 100, 2)
        titles = [x.title for x in c.grading.components if x.key in wanted]
        names = " and ".join(titles)
        groups = {x.group for x in c.grading.components if x.key in wanted}
        if len(titles) > 2:
            # a group ("the project"), or all that is left: the average needed across it
            group = next(iter(groups)) if len(groups) == 1 and all(
                x.key in wanted for x in c.grading.components if x.group in groups) else ""
            names = (f"{group} ({', '.join(titles[:-1])} and {titles[-1]})"
                     if group else f"{', '.join(titles[:-1])} and {titles[-1]}")
        if needed > 100:
            head = (f"{aim[0].upper()}{aim[1:]} is out of reach: "
                    f"it would take {fmt(needed)}% on the {names}.")
        elif needed <= 0:
            head = f"You reach {aim} even with 0 on the {names}."
        else:
            head = (f"You need {fmt(needed)}%{' on average' if len(titles) > 2 else ''} on "
                    f"the {names} for {aim}.")
        lines = [Line(head), Line(f"The rest gives {fmt(known)} of {fmt(100 - open_weight)} "
                                  "weighted points.")]
        if 0 < needed <= 100:
            short = names.split(" (")[0]
            lines.append(Line(f"That is {fmt(round(needed * open_weight / 100, 2))} of the "
                              f"{fmt(open_weight)} weighted points of the {short}."))
        return Answer(kind="answer", lines=tuple(lines), topic="grade",
                      sources=(self._cite(c.grading.source),
                               self._cite(c.grading.cutoffs_source)), confidence=1.0,
                      concern=STATED_SCORES)

    def _count_word(self, after: str) -> bool:
        """True if ``after`` (the text after a bare number) starts by naming a component."""
        rest = re.sub(r"^\s*(?:more |other |of (?:the|my|our) )?", "", after)
        named = self.components_named(rest)
        return bool(named) and named[0][0] == 0

    def _scope_items(self, text: str) -> list[GradeComponent] | None:
        """The graded items a phrase names: a group ("the project"), its complement ("the
        non-project parts", "everything but the project") or items by name; else None."""
        c = self.course

        def named(phrase: str) -> list[GradeComponent]:
            group = self.group_named(phrase)
            keys = [k for _s, _e, k in self.components_named(phrase)]
            found = [x for x in c.grading.components
                     if x.key in keys or (group is not None and x.group == group[2])]
            return found

        other = re.search(r"\bnon[- ]?([a-z]+(?: [a-z]+)?)|\b(?:everything|all|anything|stuff|"
                          r"parts?|items?|work) (?:but|except(?: for)?|other than|apart from|"
                          r"besides|outside(?: of)?) (?:the |my |our )?([a-z]+(?: [a-z]+)?)",
                          text)
        if other is not None:
            inner = named(other.group(1) or other.group(2))
            if not inner:
                return None
            return [x for x in c.grading.components if x not in inner]
        found = named(text)
        return found or None

    def _group_points(self, question: str, low: str) -> Made | None:
        """"N out of M (or N/M) on <a group of items>": a score of N/M on those items' weight
        (never N% overall); with a letter or a percent asked for, what the other items need."""
        m = re.search(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*(?:points?|pts)?\s*(?:out of|/)\s*"
                      r"(\d{1,3}(?:\.\d+)?)\s*(?:weighted )?(?:points?|pts)?\s+(?:on|in|for|from|"
                      r"across)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+|our\s+)?([^.?!;,]{3,60})",
                      low)
        if m is None:
            return None
        scope = re.split(r"\b(?:what|how|so|and (?:what|how|i)|can|could|would|will|do|does|"
                         r"is|if)\b", m.group(3))[0]
        items = self._scope_items(scope)
        if not items or len(items) < 2:
            return None
        c = self.course
        have_raw, out_of = float(m.group(1)), float(m.group(2))
        weight = math.fsum(x.weight for x in items)
        names = ", ".join(x.title for x in items[:-1]) + f" and {items[-1].title}"
        srcs = (self._cite(c.grading.source), self._cite(c.grading.cutoffs_source))
        if out_of <= 0 or have_raw > out_of or weight >= 100:
            return Answer(kind="decline", lines=(
                Line(f"I can't compute that: {fmt(have_raw)} out of {fmt(out_of)} doesn't fit "
                     f"the {fmt(weight)}% that {names} weigh."), *self.a._staff),
                topic="grade", unknown=("stated points",), confidence=0.0)
        have = have_raw / out_of * weight
        read = (f"{fmt(have_raw)} of the {fmt(weight)} weighted points of {names}"
                if math.isclose(out_of, weight) else
                f"{fmt(have_raw)}/{fmt(out_of)} on {names} ({fmt(weight)}% of the grade), "
                f"that is {fmt(have)} weighted points")
        rest = [x for x in c.grading.components if x not in items]
        left = 100 - weight
        rest_names = ", ".join(x.title for x in rest[:-1]) + (
            f" and {rest[-1].title}" if len(rest) > 1 else rest[-1].title)
        target = _TARGET_LETTER.search(low[m.end():])
        aimed = self._aim(target, _goal_percent(low[m.end():]))
        if target is not None and aimed is None:
            return None  # a letter the cutoffs do not have
        if aimed is not None:
            floor, aim = aimed
        else:
            return Answer(kind="answer", lines=(
                Line(f"You have {fmt(have)} of {fmt(weight)} weighted points so far "
                     f"({fmt(round(have / weight * 100, 2))}% on what is graded); "
                     f"{rest_names} ({fmt(left)}%) are not counted yet."),
                Line(f"Read as {read}.")), topic="grade", sources=srcs, confidence=1.0,
                concern=STATED_SCORES)
        best = have + left
        needed = round((floor - have) / left * 100, 2)
        what = f"{rest_names} ({fmt(left)} weighted points)"
        if best < floor:
            head = (f"{aim[0].upper()}{aim[1:]} is out of reach: with {fmt(have)} of "
                    f"{fmt(weight)} weighted points, the most you can end with is {fmt(best)}% "
                    f"({_article(c.letter_for(best).letter)}), with 100% on {what}.")
        elif needed <= 0:
            head = f"You reach {aim} even with 0 on {what}: you have {fmt(have)} already."
        else:
            head = (f"You need {fmt(needed)}% on {what} for {aim}: {fmt(floor - have)} of "
                    f"{fmt(left)} points, on top of your {fmt(have)} of {fmt(weight)}.")
        return Answer(kind="answer", lines=(Line(head), Line(f"Read as {read}.")),
                      topic="grade", sources=srcs, confidence=1.0, concern=STATED_SCORES)

    def _going_into(self, question: str, low: str) -> Made | None:
        """"At 88 going into <an item>, what if I get 50 on it?": the 88 read as the average
        on every other item (said so), the item at its own score."""
        m = re.search(r"\b(?:i(?:m| am)|im|sitting|currently|i have|ive got|i got)\s+"
                      r"(?:at |on )?(?:an? )?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)?\s*"
                      r"(?:overall |"
                      r"average |so far |in the (?:class|course) )?,?\s*(?:going into|"
                      r"heading into|entering|before|ahead of|with only|with just)\s+"
                      r"(?:the |my |our )?", low)
        if m is None:
            return None
        named = [k for _s, _e, k in self.components_named(low[m.end():m.end() + 40])]
        if len(set(named)) != 1:
            return None
        c = self.course
        item = c.component(named[0])
        at = float(m.group(1))
        if item is None or at > 100 or item.weight >= 100:
            return None
        other = 100 - item.weight
        base = other * at / 100
        said = re.search(r"\b(?:get|gets|got|score|scored|make|receive|only get)\s+(?:an? |only |"
                         r"just )?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)?(?! ?(?:/|out of))",
                         low[m.end():])
        assume = Line(f"Read {fmt(at)} as your average on everything but the "
                      f"{item.title.lower()} ({fmt(other)}% of the grade), and the "
                      f"{item.title.lower()} as {fmt(item.weight)}%.")
        srcs = (self._cite(c.grading.source), self._cite(c.grading.cutoffs_source))
        if said is None or float(said.group(1)) > 100:
            return None
        score = float(said.group(1))
        total = round(base + item.weight * score / 100, 2)
        letter = c.letter_for(total).letter
        return Answer(kind="answer", lines=(
            Line(f"{fmt(total)}% overall ({_article(letter)}): {fmt(other / 100)} × {fmt(at)} + "
                 f"{fmt(item.weight / 100)} × {fmt(score)}."), assume),
            topic="grade", sources=srcs, confidence=1.0, concern=STATED_SCORES)

    def _points_so_far(self, question: str, low: str) -> Made | None:
        """"60 of the 80 points graded so far, <item> left: what do I need for <letter>?": a
        running total of weighted points; the most reachable is the total plus every point
        left, so a target above that is out of reach."""
        m = _SO_FAR.search(low)
        if m is None:
            return None
        have, graded = float(m.group(1)), float(m.group(2))
        if not 0 < graded < 100 or not 0 <= have <= graded:
            return None
        c = self.course
        aimed = self._aim(_TARGET_LETTER.search(low), _goal_percent(low[m.end():]))
        if aimed is None:
            return None
        floor, aim = aimed
        left = 100 - graded
        tail = low[m.end():]
        named = [c.component(k) for k in dict.fromkeys(k for _s, _e, k in
                                                       self.components_named(tail))]
        items = [x for x in named if x is not None]
        what = f"the {fmt(left)} weighted points left"
        if items and math.isclose(math.fsum(x.weight for x in items), left):
            what += " (" + " and ".join(f"{x.title} {x.weight:g}%" for x in items) + ")"
        best = have + left
        needed = round((floor - have) / left * 100, 2)
        if best < floor:
            head = (f"{aim[0].upper()}{aim[1:]} is out of reach: with {fmt(have)} of "
                    f"{fmt(graded)} weighted points so far, the most you can end with is "
                    f"{fmt(best)}% ({_article(c.letter_for(best).letter)}), with 100% on "
                    f"{what}.")
        elif needed <= 0:
            head = f"You reach {aim} even with 0 on {what}: you have {fmt(have)} already."
        else:
            head = (f"You need {fmt(needed)}% on {what} for {aim}: {fmt(floor - have)} more "
                    f"points on top of your {fmt(have)} of {fmt(graded)}.")
        return Answer(kind="answer", lines=(Line(head),), topic="grade",
                      sources=(self._cite(c.grading.source), self._cite(c.grading.cutoffs_source)),
                      confidence=1.0, concern=STATED_SCORES)

    def _what_if(self, question: str, low: str) -> Made | None:
        read = self._read_scores(low)
        if read is _NOT_A_SCORE:
            return None
        if isinstance(read, Answer):
            return read
        claim = claimed_letter(question) if _ASKS_YES_NO.search(low.strip(" ?!.")) else None
        if read is None and not self.components_named(low) and self.group_named(low) is None:
            # "75 across all the parts": that score on each component, so the total is it
            same = re.search(rf"(?P<v>\b\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent\b)?\s+(?:on|in|for|"
                             rf"across|at)\s+{_EVERY_PART}", low) or re.search(
                rf"{_EVERY_PART}[\w ]{{0,15}}?\b(?:is|are|at|gets?|of)\s+(?P<v>\d{{1,3}}"
                rf"(?:\.\d+)?)\b(?!\s*(?:/|out of))", low)
            if same is not None and float(same.group("v")) <= 100:
                value = float(same.group("v"))
                return self._what_if_answer({x.key: value for x in self.course.grading.components},
                                            None, claim=claim)
        if isinstance(read, tuple):
            return self._what_if_answer(read[0], read[1], claim=claim,
                                        best=bool(_ASKS_BEST.search(low)))
        scores: dict[str, float] = {}
        found: list[tuple[list[str], float]] = []
        for pattern in _DATE_PATTERNS[:2]:  # "nov 2 for my presentation": a date, no score
            low = pattern.sub(lambda m: "#" * len(m.group(0)), low)
        # "a group of 2 on the project": a team's size, not a score
        low = re.sub(r"\b((?:teams?|groups?|team size|group size) (?:of|is|was|=)\s*(?:just |"
                     r"only |up to |at most )?)(\d+)\b(?!\s*(?:%|percent|/|out of))",
                     lambda m: m.group(1) + "#" * len(m.group(2)), low)
        for m in _SCORE_ON.finditer(low):
            keys = self._scored(m.group(6))
            if not keys:
                continue
            if m.group(5):
                value = 0.0 if m.group(5) == "zero" else 100.0
            else:
                value = float(m.group(1))
                total = m.group(3) or m.group(4)
                if total:
                    if float(total) <= 0:
                        continue
                    value = 100 * value / float(total)
                elif not m.group(2) and value > 100:
                    continue
            found.append((keys, value))
        for m in _SCORE_AFTER.finditer(low):
            named = self.components_named(m.group(1))
            group = self.group_named(m.group(1))
            keys = [named[-1][2]] if named and named[-1][1] == len(m.group(1).rstrip()) else (
                [comp.key for comp in self.course.grading.components if comp.group == group[2]]
                if group is not None and group[1] == len(m.group(1).rstrip()) else [])
            if not keys or any(set(keys) & set(k) for k, _ in found):
                continue
            value = float(m.group(2))
            total = m.group(4) or m.group(5)
            if total:
                if float(total) <= 0:
                    continue
                value = 100 * value / float(total)
            elif not m.group(3) and value > 100:
                continue
            found.append((keys, value))
        for m in _VERB_SCORE.finditer(low):
            if _SKIP.search(m.group(0)) and re.match(r"(?:one|a|a single|1)\b", m.group(2)):
                continue  # "skip one review": what one item costs (the sums)
            if re.search(r"\b(?:can|could|may|allowed to|ok(?:ay)? to|fine to)(?: just| simply)?"
                         r" $", low[max(0, m.start() - 20):m.start()]):
                continue  # "we can skip the blog posts": a claim of a permission, no score
            keys = self._scored(m.group(2))
            if not keys or any(set(keys) & set(k) for k, _ in found):
                continue
            verb = m.group(1)
            value = 100.0 if re.match(r"ace|nail|max", verb) else 0.0
            found.append((keys, value))
        for keys, value in found:
            if not 0 <= value <= 100:
                return Answer(kind="decline", lines=(Line(
                    "A score must be between 0 and 100% (or like 27/30)."),), topic="grade")
            for key in keys:
                scores.setdefault(key, value)
        if not scores:
            return None
        return self._what_if_answer(scores, 100.0 if _REST_PERFECT.search(low) else None,
                                    best=bool(_ASKS_BEST.search(low)),
                                    claim=claim)

    def _what_if_answer(self, scores: dict[str, float], rest_value: float | None,
                        claim: str | None = None, best: bool = False) -> Answer:
        """``claim``: a letter the asker expects ("that's still an A, right?"): yes or no;
        ``best``: the most the asker can end with is asked, so it leads."""
        answer = self._what_if_lines(scores, rest_value)
        top = next((ln for ln in answer.lines if ln.text.startswith("With 100% on all of those")),
                   None)
        if best and top is not None:
            m = re.search(r"end at (\S+%) \((?:an? )?([A-F][+-]?)\)", top.text)
            if m is not None:
                head = Line(f"The best you can end with is {m.group(1)} ({m.group(2)}), with "
                            "100% on everything not yet counted.")
                return replace(answer, lines=(head, *(ln for ln in answer.lines
                                                      if ln is not top)))
        if claim is None or not answer.lines or "overall" not in answer.lines[0].text:
            return answer
        got = re.search(r"overall, an? ([A-F][+-]?)", answer.lines[0].text)
        if got is None:
            return answer
        head = Line("Yes." if got.group(1) == claim else "No.")
        return replace(answer, lines=(head, *answer.lines))

    def _what_if_lines(self, scores: dict[str, float], rest_value: float | None) -> Answer:
        c = self.course
        rest_perfect = rest_value is not None
        lines: list[Line] = []
        earned = math.fsum(c.component(k).weight * v / 100 for k, v in scores.items()  # type: ignore[union-attr]
                           if c.component(k) is not None)
        given = math.fsum(c.component(k).weight for k in scores  # type: ignore[union-attr]
                          if c.component(k) is not None)
        rest = [comp for comp in c.grading.components if comp.key not in scores]
        if rest_perfect or not rest:
            else_value = rest_value if rest_value is not None else 100.0
            total = earned + (math.fsum(comp.weight * else_value / 100 for comp in rest)
                              if rest_perfect else 0)
            total = round(total, 2)
            letter = c.letter_for(total)
            lines.append(Line(f"{fmt(total)}% overall, {_article(letter.letter)}: "
                              + ", ".join(f"{c.component(k).title} {fmt(v)}%"  # type: ignore[union-attr]
                                          for k, v in scores.items())
                              + (f" and {fmt(else_value)}% on everything else." if rest
                                 else ".")))
        else:
            share = f" ({fmt(round(100 * earned / given, 2))}% on what is graded, " \
                f"{_article(c.letter_for(100 * earned / given).letter)} pace)" if given else ""
            lines.append(Line(f"{fmt(earned)} of {fmt(given)} weighted points from what you "
                              f"gave{share}; the rest is not counted yet."))
            if rest:
                lines.append(Line("Not yet counted: " + ", ".join(
                    f"{comp.title} ({comp.weight:g}%)" for comp in rest) + "."))
                best = earned + math.fsum(comp.weight for comp in rest)
                lines.append(Line(f"With 100% on all of those you would end at {fmt(best)}% "
                                  f"({_article(c.letter_for(best).letter)})."))
        for k, v in scores.items():
            comp = c.component(k)
            if comp is not None:
                lines.append(Line(f"• {comp.title} ({comp.weight:g}%): {fmt(v)}% → "
                                  f"{fmt(comp.weight * v / 100)} points"))
        return Answer(kind="answer", lines=tuple(lines), topic="grade",
                      sources=(self._cite(c.grading.source),
                               self._cite(c.grading.cutoffs_source)), confidence=1.0,
                      concern=STATED_SCORES)

    # ---- relative to the asker's presentation

    def _presenter(self, question: str, low: str) -> Made | None:
        c = self.course
        rels = [r for r in c.relative_deadlines if r.anchor == "presentation_class"]
        asked = [r for r in rels if any(re.search(rf"\b{re.escape(x.lower())}(?:s|ing)?\b", low)
                                        for x in [r.title, *r.aliases])]
        dated = any(p.search(low) for p in _DATE_PATTERNS)
        day_word = re.search(r"\b(yesterday|today|tomorrow)(?=s?\b)", low) or \
            _WEEKDAY_WORD.search(low)
        # "two weeks from today", "10 days from now": counted from that day
        ahead = re.search(r"\b(a|an|one|two|three|four|\d{1,2}) (day|week)s? (?:from|after) "
                          r"(today|tomorrow|now)\b|\bin (a|an|one|two|three|four|\d{1,2}) "
                          r"(day|week)s?(?! (?:before|after))\b", low)
        own = bool(_PRESENT_ON.search(low)) or bool(re.search(
            r"\b(?:i|we) (?:just )?presented\b", low)) or (dated and bool(re.search(
                r"^\s*(?:presenting|present)\b", low)))
        # "the review for the Oct 28 class", "reviewing the paper presented on Sep 28"
        of_class = bool(asked) and (dated or bool(day_word)) and bool(re.search(
            r"\b(?:class|classes|presented|presentation|lecture|session|reviewing)\b|"
            r"\b(?:the )?papers? (?:for|of|on)\b|\bfor (?:the )?(?:mon|tues|wednes|thurs|fri)day\b",
            low))
        must = re.search(r"\b(?:do|does|should|must|will|have to|has to|need to|needs? "
                         r"(?:a|one|any)|supposed to|expected to|required to)\b", low)
        if len(asked) == 1 and not dated and not day_word and _OWN_CLASS.search(low) and (
                must or re.search(r"\bwhen\b|\bdue\b|\bcounts? (?:toward|towards|for|as|in)\b|"
                                  r"\bincluded\b", low)) and _PRESENTING.search(low):
            # "do I need to write a review for the class I present in?": the file's exclusion
            exempt = self._own_class_exempt(asked[0])
            if exempt is not None:
                return exempt if not must else replace(exempt, lines=(
                    Line("No. " + exempt.lines[0].text), *exempt.lines[1:]))
        asking = _sentence(low, max(len(low.rstrip()) - 1, 0)).strip()
        if low.rstrip().endswith("?") and (_PROPERTY_WORDS.search(asking) or _CRITERIA.search(
                asking)) and not re.search(
                r"\b(?:when|whens|due|dates?|deadlines?|time|day|days|week|before|after|by)\b",
                asking):
            return None  # "…. Can I present remotely?": not a question about dates
        if re.search(r"^\s*how (?:long|big|many (?:words|pages|minutes))\b(?![^?]*\b(?:until|till|"
                     r"left|before|after|to go|from)\b)", asking):
            return None  # "…. how long should it be?": a length, not a date
        if not (own or of_class) or re.search(r"\bhow (?:many|often)\b|^\s*who\b", low) or not (
                dated or day_word or (ahead and ahead.group(3))):
            return None
        if not own and (self.deadlines_named(low) or (self.components_named(low)
                                                       and not asked)):
            return None
        past = bool(re.search(r"\bpresented\b|\blast\b", low))
        anchor = _PRESENT_ON.search(low) or re.search(r"\bpresent\w*\b|\bclass\b|\breview\w*\b",
                                                     low)
        # "my group presents": the group is who presents, not the team deadline
        later = self.deadlines_named(low if anchor is None else low[:anchor.start()]
                                     + " " * (anchor.end() - anchor.start()) + low[anchor.end():])
        at = anchor.start() if anchor is not None else 0
        # "my talks are Oct 7 and Nov 18": the dates said with the anchor are not claims
        said = re.match(rf"\s*(?:on |the )?(?:(?:{_MONTH} \d{{1,2}}|\d{{1,2}}/\d{{1,2}})"
                        rf"(?:,? and |, | & )?)+", low[anchor.end():]) if anchor else None
        said_end = anchor.end() + said.end() if anchor and said else 0

        def make(now: datetime, items: list[DueItem]) -> Answer:
            day = None
            if dated:  # the date said with "I present" (others may be the dates asked about)
                spans = sorted((m.start(), m.end()) for p in _DATE_PATTERNS[:3]
                               for m in p.finditer(low))
                if len(spans) > 1:
                    start, end = min(spans, key=lambda sp: (sp[0] < at, abs(sp[0] - at)))
                    day = find_date(low[start:end], now=now, course=c)
                if day is None:
                    day = find_date(question, now=now, course=c)
            today = now.astimezone(c.tz).date()
            if day is None and ahead is not None:
                count = ahead.group(1) or ahead.group(4)
                unit = ahead.group(2) or ahead.group(5)
                n = int(count) if count.isdigit() else 1 if count in {"a", "an"} else \
                    _CARDINALS.get(count, 1)
                base = today + timedelta(days=1 if ahead.group(3) == "tomorrow" else 0)
                day = base + timedelta(days=n * (7 if unit == "week" else 1))
            if day is None and day_word is not None:
                word = day_word.group(0)
                if word in {"yesterday", "today", "tomorrow"}:
                    day = today + timedelta(days={"yesterday": -1, "today": 0,
                                                  "tomorrow": 1}[word])
                else:
                    want = _WEEKDAY_NAMES[word[:3]]
                    step = -1 if past else 1
                    day = today + timedelta(days=step)
                    while day.weekday() != want:
                        day += timedelta(days=step)
            if day is None:
                return Answer(kind="decline", lines=(Line(
                    "Tell me your presentation date, e.g. “I present on Oct 21: when is my "
                    "blog post due?”"),), topic="presentation")
            gap = self._no_class_day(day)
            if gap is not None and day.weekday() not in {_WEEKDAY[d] for m in c.meetings
                                                          for d in m.days}:
                return Answer(kind="decline", lines=gap.lines, topic="presentation",
                              unknown=("class day",))
            if gap is not None:  # a presentation stated on a no-class day of the calendar
                return replace(gap, topic="presentation")
            if own and len(asked) == 1 and asked[0].offset_days < 0 and _OWN_CLASS.search(low):
                exempt = self._own_class_exempt(asked[0])
                if exempt is not None:
                    return exempt
            head: list[Line] = []
            claimed = self._claimed_day(low, max(at, said_end), now) if len(asked) == 1 \
                else None
            if claimed == day and re.search(r"\bwhen\b|\bwhat (?:day|date)\b", low):
                claimed = None  # a "when" question repeating the presentation date claims none
            if claimed is not None:  # "I present Oct 21, so my blog is due Oct 21 too?"
                due = day + timedelta(days=asked[0].offset_days)
                same = due == claimed
                head = [Line(f"{'Yes' if same else 'No'}. {asked[0].title} is due {_ddmm(due)} "
                             f"({asked[0].printed})"
                             + ("." if same else f", not {_ddmm(claimed)}."))]
            days = [day]
            if own and claimed is None and dated and re.search(r"\band\b", low):
                # "I present Sep 28 and Oct 28": each presentation's dates
                for start, end in sorted((m.start(), m.end()) for p in _DATE_PATTERNS[:3]
                                         for m in p.finditer(low)):
                    other = find_date(low[start:end], now=now, course=c)
                    if other is not None and other not in days and other.weekday() in {
                            _WEEKDAY[d] for m in c.meetings for d in m.days}:
                        days.append(other)
            lines = list(head)
            for one in days:
                lines += self._presenter_lines(one, own, asked or rels, later, items)
            return Answer(kind="answer", lines=tuple(lines), topic="presentation",
                          sources=(self._cite(rels[0].source),) if rels else (),
                          notes=("Dates are counted from the class date you gave.",),
                          confidence=1.0)

        return make

    def _no_class_day(self, day: date) -> Answer | None:
        """When ``day`` has no class by the course file (not a meeting day, outside the term,
        or in one of its assumed no-class ranges): why, as an answer; else None."""
        c = self.course
        td = c.term_dates
        days = "; ".join(", ".join(m.days) for m in c.meetings)
        note: tuple[str, ...] = (td.note,) if td.assumed and td.note else ()
        if day.weekday() not in {_WEEKDAY[d] for m in c.meetings for d in m.days}:
            why = f"{_ddmm(day)} is not a class day (classes are {days})."
        elif not td.first_class <= day <= td.last_day:
            why = (f"{_ddmm(day)} is outside the term's classes ({_ddmm(td.first_class)} to "
                   f"{_ddmm(td.last_day)}).")
        else:
            gap = next((r for r in td.no_class if day in r), None)
            if gap is None:
                return None
            why = (f"{_ddmm(day)} has no class: it falls in the {gap.label} "
                   f"({_ddmm(gap.start)}–{_ddmm(gap.end)}).")
            note = tuple(n for n in (gap.note,) if n) or note
        return Answer(kind="answer", lines=(Line(why),), topic="meetings", notes=note,
                      sources=(self._cite(_basic(c)),), confidence=1.0)

    def _class_on(self, question: str, low: str) -> Made | None:
        """"Is there class on Nov 25?": yes or no from the meeting days and the course file's
        (assumed) term calendar."""
        if not _CLASS_ON.search(low) or not any(p.search(low) for p in _DATE_PATTERNS):
            return None
        c = self.course

        def make(now: datetime, items: list[DueItem]) -> Answer:
            day = find_date(question, now=now, course=c)
            if day is None:
                return Answer(kind="decline", lines=(Line(
                    "Tell me the date, e.g. “is there class on Oct 21?”"),), topic="meetings")
            gap = self._no_class_day(day)
            if gap is not None:
                return replace(gap, lines=(Line("No. " + gap.lines[0].text), *gap.lines[1:]))
            m = next(m for m in c.meetings if day.strftime("%a") in m.days)
            return Answer(kind="answer", lines=(Line(
                f"Yes. {_ddmm(day)} is a class day: {', '.join(m.days)} {_clock(m.start)} – "
                f"{_clock(m.end)}, {m.location}."),), topic="meetings",
                notes=(c.term_dates.note,) if c.term_dates.assumed else (),
                sources=(self._cite(_basic(c)),), confidence=1.0)

        return make

    def _own_class_exempt(self, rel: Any) -> Answer | None:
        """A presenter asking for an item of their own presentation class: when the file says
        the item leaves out the asker's presentation classes, there is none for that class."""
        comp = self.course.component(rel.component) if rel.component else None
        texts = [*(comp.facts if comp else ()), *rel.facts]
        rule = next((t for t in texts if re.search(r"\bexclud\w* (?:the )?(?:\d+ )?"
                                                   r"presentations?\b", t, re.I)), None)
        if rule is None:
            return None
        return Answer(kind="answer", lines=(
            Line(f"You don't write a {rel.title.lower().rstrip('s')} for the class you present "
                 f"in: the syllabus says “{rule}”."),
            Line(f"For the other classes, {rel.description[0].lower()}{rel.description[1:]}"
                 if rel.description else f"For the other classes: {rel.printed}.")),
            topic="presentation", sources=(self._cite(rel.source),), confidence=1.0)

    def _claimed_day(self, low: str, at: int, now: datetime) -> date | None:
        """The date a yes/no question claims for an item ("so my blog is due Oct 21 too?"):
        a date after "due" (or "on") other than the presentation date said at ``at``."""
        if not (_ASKS_YES_NO.search(low.strip(" ?!.")) or re.search(
                r"\b(?:too|also|as well|same day)\W*$|\?\s*$", low)):
            return None
        for m in re.finditer(r"\b(?:due|is|are|by|on)\s+(?:the |on )?", low):
            if m.start() <= at:
                continue
            rest = low[m.end():m.end() + 25]
            for p in _DATE_PATTERNS[:3]:
                d = p.match(rest)
                if d is not None:
                    return find_date(d.group(0), now=now, course=self.course)
        return None

    def _presenter_lines(self, day: date, own: bool, rels: Sequence[Any], later: list[str],
                         items: list[DueItem]) -> list[Line]:
        c = self.course
        lines = [Line(f"If you present on {_ddmm(day)}:" if own else
                      f"For the class on {_ddmm(day)}:")]
        for r in rels:
            due = day + timedelta(days=r.offset_days)
            extra = " (for the classes you do not present in)" if (
                r.offset_days < 0 and own) else ""
            lines.append(Line(f"• {r.title}: {_ddmm(due)} ({r.printed}){extra}."))
            for key in later:
                item = next((i for i in items if i.key == key), None)
                if item is not None:
                    other = item.due_at.astimezone(c.tz).date()
                    side = "after" if due > other else "before" if due < other else \
                        "on the same day as"
                    lines.append(Line(f"  That is {side} the {item.title} "
                                      f"({_ddmm(other)})."))
        return lines

    # ---- yes/no checks of a stated date

    def _yes_no(self, question: str, low: str) -> Made | None:
        core = low.strip(" ?!.")
        dated = any(p.search(low) for p in _DATE_PATTERNS)
        weekday = _WEEKDAY_WORD.search(low)
        closed = bool(re.match(r"\s*(?:so |and |just to (?:check|confirm),? |quick q\w*:? )?"
                               r"(?:is|are|was|were|does|do|did|will|would|should|has|have)\b",
                               low))
        asking = _sentence(low, max(len(low.rstrip()) - 1, 0)).strip()
        asks = bool(_YES_NO.search(core)) or (closed and (dated or weekday is not None)) or (
            low.rstrip().endswith("?") and any(p.search(asking) for p in _DATE_PATTERNS)
            and self.deadlines_named(asking) and not re.match(
                r"\s*(?:what|whats|when|whens|which|where|who|how|why)\b", asking))
        named = self.deadlines_named(low)
        if (closed or _YES_NO.search(core)) and not named:
            checked = self._relative_checks(low) or self._relative_check(low)
            if checked is not None:
                return checked
        # "the project presentation is 20 minutes?": a statement asked back is a yes/no check
        claim = low.rstrip().endswith("?") and not re.match(
            r"\s*(?:can|could|may|might|must|shall)\b", asking) and not re.search(
            r"\b(?:what|whats|when|whens|which|where|who|how|hows|why)\b", asking) and bool(
            re.search(r"\b(?:is|are|was|were|isnt|arent)\b", asking))
        if closed or _YES_NO.search(core) or claim:
            fact = self._fact_check(low)
            if fact is not None:
                return fact
        # a date said with the item ("the final report on the 9th, right?") is the claim
        about_day = dated or re.search(
            r"\b(?:due|deadline|date|dated|submitted|formed|handed in|turned in|"
            r"on (?:a |the )?\w+day)\b|\bby (?:the )?(?:\w+day,? )?(?:the )?(?:\d|"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|"
            r"[a-z-]*(?:first|second|third|[a-z]th)\b)|\b(?:is|was) (?:that|it|this) "
            r"(?:on )?(?:a |the )?\w+day\b|^\s*(?:is|was) "
            r"(?:the |my |our )?[\w -]{2,30}? (?:on )?(?:the )?\d", low)
        if not asks or _AFTER_BEFORE.search(low) or len(named) != 1 or not about_day:
            return None
        key = named[0]
        c = self.course

        def make(now: datetime, items: list[DueItem]) -> Answer:
            stated = find_date(question, now=now, course=c)
            item = next((i for i in items if i.key == key), None)
            base = self.a.topic_answer(f"deadline:{key}", now=now, due=items)
            if item is None:
                return base
            actual = item.due_at.astimezone(c.tz).date()
            day_only = stated is not None and not any(p.search(low) for p in _DATE_PATTERNS[:3])
            if stated is not None and day_only:
                head = Line("Yes.") if actual.day == stated.day else Line(
                    "No, that is not the day:")
            elif stated is not None:
                head = Line("Yes.") if actual == stated else Line("No, that is not the date:")
                if weekday is not None and actual == stated:
                    day = _WEEKDAY_NAMES[weekday.group(1)[:3]]
                    head = (Line(f"Yes, a {actual:%A}.") if actual.weekday() == day else
                            Line(f"The date is right, but it is a {actual:%A}:"))
            elif weekday is not None:
                day = _WEEKDAY_NAMES[weekday.group(1)[:3]]
                head = (Line(f"Yes, a {actual:%A}.") if actual.weekday() == day else
                        Line(f"No, it is a {actual:%A}:"))
            else:
                return base
            said_time = _STATED_TIME.search(low)
            if said_time is not None and stated is not None and (
                    actual == stated or (day_only and actual.day == stated.day)):
                # a time said with the right day: the file's time, or that it gives none
                due_time = _clock(item.due_at.astimezone(c.tz).time())
                if item.time_assumed:
                    head = Line(f"The date is right ({_ddmm(actual)}), but the syllabus "
                                f"gives no time, so “{said_time.group(0).strip()}” is not "
                                f"from it; {due_time} course time is assumed.")
                elif _same_clock(said_time, item.due_at.astimezone(c.tz).time()) is False:
                    head = Line(f"The date is right, but the time is {due_time}:")
            return Answer(kind="answer", lines=(head, *base.lines), topic=base.topic,
                          sources=base.sources, notes=base.notes, confidence=1.0, dated=True)

        return make

    def _countdown(self, question: str, low: str) -> Made | None:
        """"It's Oct 15 and we haven't started the midterm report. How many days do we have?"."""
        if not re.search(r"\bhow (?:many (?:days|weeks)|much time|long)\b[^.?!]{0,25}\b"
                         r"(?:do (?:we|i) have|left|until|till|remain\w*|to go)\b", low):
            return None
        if not self.deadlines_named(low) or _BETWEEN.search(low):
            return None
        # the item named at most length ("the midterm report" over "my group")
        key = max(((len(m.group(0)), k) for pattern, k in self._deadline_names
                   for m in pattern.finditer(low)), default=(0, ""))[1]
        c = self.course

        def make(now: datetime, items: list[DueItem]) -> Answer:
            item = next((i for i in items if i.key == key), None)
            base = self.a.topic_answer(f"deadline:{key}", now=now, due=items)
            if item is None:
                return base
            days = (item.due_at.astimezone(c.tz).date() - now.astimezone(c.tz).date()).days
            head = (f"{days} day{'s' if days != 1 else ''} left: {item.title} is due {{when}}."
                    if days > 0 else f"{item.title} is due today, {{when}}." if days == 0 else
                    f"{item.title} was due {{when}} ({-days} day{'s' if days != -1 else ''} ago).")
            return Answer(kind="answer", lines=(Line(head, when=item.due_at), *base.lines[1:]),
                          topic=base.topic, sources=base.sources, notes=base.notes,
                          confidence=1.0, dated=True)

        return make

    def _relative_checks(self, low: str) -> Answer | None:
        """"Reviews the night before class and slides at noon that day, right?": each
        relative deadline named checked on its own part of the claim; yes only if all hold."""
        c = self.course
        names = {r.key: "|".join(re.escape(x.lower()) for x in [r.title, *r.aliases])
                 for r in c.relative_deadlines}
        at = sorted((m.start(), key) for key, alt in names.items()
                    for m in [re.search(rf"\b(?:{alt})s?\b", low)] if m)
        if len(at) < 2:
            return None
        parts: list[Answer] = []
        for j, (start, _key) in enumerate(at):
            end = at[j + 1][0] if j + 1 < len(at) else len(low)
            checked = self._relative_check(low[start:end])
            if not isinstance(checked, Answer) or checked.headline not in {"Yes.", "No."}:
                return None
            parts.append(checked)
        yes = all(a.headline == "Yes." for a in parts)
        lines = [Line("Yes, both." if yes and len(parts) == 2 else "Yes." if yes else "No.")]
        for a in parts:
            lines.append(Line(f"{a.headline} {a.lines[1].text}"))
        return Answer(kind="answer", lines=tuple(lines), topic=parts[0].topic,
                      sources=tuple(dict.fromkeys(x for a in parts for x in a.sources)),
                      confidence=1.0)

    def _relative_check(self, low: str) -> Made | None:
        """"Are blog posts due a week after the presentation?", "slides are due at midnight
        the night before, right?": the stated offset (and time, if any) checked."""
        c = self.course
        rels = [r for r in c.relative_deadlines
                if any(re.search(rf"\b{re.escape(x.lower())}s?\b", low) for x in [r.title,
                                                                                    *r.aliases])]
        if len(rels) != 1:
            return None
        rel = rels[0]
        days: int | None = None
        m = re.search(r"\b(\d+|a|an|one|two|three|four|five|six|seven|the) (days?|weeks?)\s+"
                      r"(after|before|later)\b", low)
        if m is not None:
            n = {"a": 1, "an": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4,
                 "five": 5, "six": 6, "seven": 7}.get(m.group(1))
            n = n if n is not None else int(m.group(1))
            days = n * (7 if m.group(2).startswith("week") else 1)
            days = -days if m.group(3) == "before" else days
        elif re.search(r"\b(?:the )?(?:night|day|evening) before\b", low):
            days = -1
        elif re.search(r"\b(?:same day|day of|that day|on the day)\b", low):
            days = 0
        elif re.search(r"\bbefore (?:the )?(?:class|lecture)\b", low):
            days = _BEFORE_CLASS
        clock: dtime | None = None
        if re.search(r"\bnoon\b|\b12 ?pm\b", low):
            clock = dtime(12, 0)
        elif re.search(r"\bmidnight\b|\b(?:end of (?:the )?day|eod|11:59)\b", low):
            clock = dtime(23, 59)
        if days is None and clock is None:
            return None
        actual = rel.local_time if not rel.time_assumed else None
        same_day = days == rel.offset_days or (days == _BEFORE_CLASS and rel.offset_days <= 0)
        holds = (days is None or same_day) and (
            clock is None or actual is None or abs(
                (clock.hour * 60 + clock.minute) - (actual.hour * 60 + actual.minute)) <= 1)
        if clock is not None and actual is None:
            holds = holds and False
        if re.search(r"\b(?:noon|midnight|end of (?:the )?day|eod|11:59|12 ?pm|morning|night|"
                     r"evening|before class)\b[\w: ]{0,15}\bor\b", low):
            # "midnight or end of day?": a choice, not a yes/no claim: what the file says
            notes = (rel.time_note,) if getattr(rel, "time_note", None) else ()
            return Answer(kind="answer", lines=(Line(rel.description), Line(
                f"Syllabus: “{rel.printed}”.")), topic=f"relative:{rel.key}",
                sources=(self._cite(rel.source),), notes=notes, confidence=1.0)
        head = Line("Yes." if holds else "No.")
        return Answer(kind="answer", lines=(head, Line(rel.description), Line(
            f"Syllabus: “{rel.printed}”.")), topic=f"relative:{rel.key}",
            sources=(self._cite(rel.source),), confidence=1.0)

    def _count_check(self, low: str) -> Answer | None:
        """Yes/no checks of a stated count: how many reviews / presentations / blog posts, how
        many people in a team. Never in a what-if ("if I miss 2 reviews")."""
        c = self.course
        # "we each present …", "each of us reviews …": every student, not a per-item weight
        low = re.sub(r"\b(?:we|you|they) each\b|\beach (?:of us|student|person)\b", "we", low)
        if re.search(r"\b(?:if|miss\w*|skip\w*|lose|worth|each|per|one of|pages?|%|percent)\b",
                     low):
            return None
        words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
        num = r"(\d{1,2}|" + "|".join(words) + ")"
        team = re.search(rf"\b(?:teams?|groups?) (?:of|are|is|can be|can have|have|has|with)? ?"
                         rf"(?:up to |max |at most |maximum )?{num}\b|\b{num} (?:people|members|"
                         rf"persons|students|of us)\b", low)
        if team and re.search(r"\b(?:teams?|groups?|project|partners?)\b", low):
            said = team.group(1) or team.group(2)
            n = words.get(said) or int(said)
            fact = next((f for d in c.deadlines for f in d.facts
                         if re.search(r"\bteams? of\b", f)), None)
            if fact is not None:
                allowed = {int(x) for x in re.findall(r"\d+", fact)}
                at_most = bool(re.search(r"\b(?:max\w*|at most|up to|limit)\b", low))
                holds = n == max(allowed) if at_most else n in allowed
                return Answer(kind="answer", lines=(Line(("Yes. " if holds else "No. ")
                                                         + fact + "."),),
                              topic="team", sources=(self._cite(c.grading.source),),
                              confidence=1.0)
        count = re.search(rf"\b{num} (?:paper )?(reviews?|presentations?|blog posts?|blogs?)\b",
                          low)
        # "we present for 2 classes": the count told by the activity's verb
        acted = re.search(rf"\b(?:we|i) (?:\w+ )?(present|review|blog)\w* (?:papers? )?(?:for|in|"
                          rf"during) {num} (?:classes|class sessions|sessions|lectures)\b", low)
        if count is not None:
            said, noun = count.group(1), count.group(2)
        elif acted is not None:
            said = acted.group(2)
            noun = {"present": "presentations", "review": "reviews",
                    "blog": "blog posts"}[acted.group(1)]
        else:
            return None
        found = self.components_named(noun)
        comp = c.component(found[0][2]) if found else None
        total = self._count(comp) if comp is not None else None
        if comp is None or total is None:
            return None
        said_n = words.get(said) or int(said)
        head = "Yes. " if said_n == total else f"No, {total}. "
        return Answer(kind="answer", lines=(Line(head + f"{comp.title}: {comp.printed}"),),
                      topic=f"component:{comp.key}", sources=(self._cite(c.grading.source),),
                      confidence=1.0)

    def _fact_check(self, low: str) -> Made | None:
        """Yes/no checks of a stated fact: pages of an item, the class days or place, a
        letter's cutoff, whether the schedule is final."""
        c = self.course
        comps = list(dict.fromkeys(k for _, _, k in self.components_named(low)))
        pages = re.search(r"\b(\d+)[- ](pages?|min(?:ute)?s?)\b", low)
        if pages and re.search(r"\b(?:over|more than|exceed(?:s|ing)?|beyond|longer than|above|"
                               r"past|under|below|less than|shorter than|fewer than|at least)"
                               r"(?: the)?\s*$", low[:pages.start()]):
            pages = None  # going past (or under) a limit is not a check of the limit itself
        extras = r"(?:the )?(?:refs?|references?|appendi\w+|bibliography|citations?|figures?)"
        # "excluding the references and appendices", "plus the bibliography": set apart
        left = re.sub(rf"(?:\bnot counting|\bexcluding|\bwithout|\bnot including|\bplus|\+|"
                      rf"\bbesides)\s+{extras}(?:\s*(?:,|and|or|&|\+|plus)\s*{extras})*\b",
                      " ", low)
        if pages and len(comps) == 1 and not re.search(rf"\b{extras}\b", left):
            # (what counts toward the pages is a different question)
            comp = c.component(comps[0])
            unit = r"pages?" if pages.group(2).startswith("page") else r"min(?:ute)?s?"
            # a stated count of pages or minutes, or a range ("10-12 mins")
            printed = re.search(rf"\b(\d+)(?:\s*[-–]\s*(\d+))? {unit}\b", comp.printed or "") \
                if comp else None
            if comp is not None and printed is not None:
                lo, hi = int(printed.group(1)), int(printed.group(2) or printed.group(1))
                ok = lo <= int(pages.group(1)) <= hi
                return Answer(kind="answer", lines=(
                    Line(("Yes. " if ok else "No. ")
                         + (comp.printed if ":" in (comp.printed or "")
                            else f"{comp.title}: {comp.printed}")),),
                    topic=f"component:{comp.key}", sources=(self._cite(c.grading.source),),
                    confidence=1.0)
        checked = self._count_check(low)
        if checked is not None:
            return checked
        # (the article in "is a B 75 or higher" is not the letter A)
        letter = re.search(r"(?<![\w])(?!a\s+[a-df](?:\s?[+-]|\s?plus|\s?minus)?(?![\w]))"
                           r"([a-df])\s?([+-]|plus|minus)?(?![\w])[^0-9]{0,25}?"
                           r"(\d{1,3}(?:\.\d+)?)\s*%?", low)
        if letter and not comps and not self.deadlines_named(low) and re.search(
                r"\b(?:starts?|begins?|cutoff|threshold|minimum|at least|from|lowest)\b|>=|"
                r"\b(?:or|and) (?:above|higher|more|up|over|better)\b", low):
            sign = {"plus": "+", "minus": "-"}.get(letter.group(2) or "", letter.group(2) or "")
            cut = next((x for x in c.grading.cutoffs
                        if x.letter == letter.group(1).upper() + sign), None)
            if cut is not None:
                ok = math.isclose(float(letter.group(3)), cut.min)
                head = ("Yes. " if ok else "No. ") + f"{cut.letter}: {cut.printed}."
                return Answer(kind="answer", lines=(Line(head),
                                                    *(Line(n) for n in [cut.note] if n)),
                    topic="grade", sources=(self._cite(c.grading.cutoffs_source),),
                    confidence=1.0)
        about_class = re.search(r"\b(?:class|classes|lectures?|meetings?|we meet|course)\b", low)
        if about_class and not comps and not self.deadlines_named(low):
            said = {_WEEKDAY_NAMES[m.group(1)[:3]] for m in _WEEKDAY_WORD.finditer(low)}
            said |= {_WEEKDAY_NAMES[m.group(1)[:3]] for m in re.finditer(
                r"\b(mon|tue|tues|wed|thu|thur|thurs|fri)\b", low)}
            real = {_WEEKDAY[d] for m in c.meetings for d in m.days}
            lines = [Line(f"Classes: {', '.join(m.days)} {_clock(m.start)} – {_clock(m.end)}, "
                          f"{m.location}.") for m in c.meetings]
            src = (self._cite(_basic(c)),)
            if said:
                only = bool(re.search(r"\bonly\b|\bjust\b", low)) or len(said) > 1
                holds = said == real if only else said <= real
                return Answer(kind="answer", lines=(Line("Yes." if holds else "No."), *lines),
                              topic="meetings", sources=src, confidence=1.0)
            times = re.search(r"\b(once|twice|thrice|one|two|three|four|\d) (?:times? )?(?:a|per) "
                              r"week\b|\b(once|twice|thrice) weekly\b", low)
            if times:
                n = {"once": 1, "one": 1, "twice": 2, "two": 2, "thrice": 3, "three": 3,
                     "four": 4}.get(times.group(1) or times.group(2) or "", 0) or int(
                    (times.group(1) or "0") if (times.group(1) or "").isdigit() else 0)
                real_n = sum(len(m.days) for m in c.meetings)
                return Answer(kind="answer", lines=(Line("Yes." if n == real_n else "No."),
                                                    *lines),
                              topic="meetings", sources=src, confidence=1.0)
            span = re.search(r"\b(\d{1,2})(?::(\d{2}))?\s*(?:am|pm)?\s*(?:to|-|–|until|till)\s*"
                             r"(\d{1,2})(?::(\d{2}))?\s*(?:am|pm)?\b", low)
            if span and len(c.meetings) == 1:
                meeting = c.meetings[0]
                said_start = (int(span.group(1)) % 12, int(span.group(2) or 0))
                said_end = (int(span.group(3)) % 12, int(span.group(4) or 0))
                holds = said_start == (meeting.start.hour % 12, meeting.start.minute) and \
                    said_end == (meeting.end.hour % 12, meeting.end.minute)
                return Answer(kind="answer", lines=(Line("Yes." if holds else "No."), *lines),
                              topic="meetings", sources=src, confidence=1.0)
            clock = re.search(r"\b(?:start|starts|begin|begins|end|ends|finish|finishes|over|"
                              r"out)\b[\w ]{0,6}?\bat (\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", low)
            if clock and len(c.meetings) == 1:
                meeting = c.meetings[0]
                hour = int(clock.group(1)) % 12
                minute = int(clock.group(2) or 0)
                ending = re.search(r"\b(?:end|ends|finish|finishes|over|out)\b", clock.group(0))
                real_t = meeting.end if ending else meeting.start
                holds = (real_t.hour % 12, real_t.minute) == (hour, minute)
                return Answer(kind="answer", lines=(Line("Yes." if holds else "No."), *lines),
                              topic="meetings", sources=src, confidence=1.0)
            places = {m.location.lower() for m in c.meetings if m.location}
            # "is class on zoom?" is a check of the place; "is it allowed to record the zoom
            # class?" asks a permission the syllabus does not give, not where class is held
            if any(re.search(rf"\b(?:on|over|via|through|in|at|using|by) (?:the )?"
                             rf"{re.escape(p)}\b", low) for p in places) \
                    and not _ASKS_PERMISSION.search(low) and not re.search(r"\bor\b", low):
                return Answer(kind="answer", lines=(Line("Yes."), *lines), topic="meetings",
                              sources=src, confidence=1.0)
            if re.search(r"\b(?:in person|on campus|in a room|face to face|in-person|"
                         r"(?:class|lecture|seminar) ?rooms?|lecture halls?|auditorium|"
                         r"building)\b", low):
                online = all(re.search(r"\b(?:zoom|online|remote|virtual|teams|webex)\b",
                                       m.location.lower()) for m in c.meetings if m.location)
                either = bool(re.search(r"\bor\b", low))  # "in person or on zoom?"
                return Answer(kind="answer", lines=(Line(
                    ("No. " if online and places and not either else "")
                    + "The syllabus gives the location as " + ", ".join(
                        m.location for m in c.meetings) + "."), *lines),
                    topic="meetings", sources=src, confidence=1.0)
        people = [p for p in c.staff if any(re.search(rf"\b{re.escape(part.lower())}\b", low)
                                            for part in p.name.split())]
        role = re.search(r"\b(?:the )?(instructor|professor|prof|teacher|lecturer|ta|teaching "
                         r"assistant)\b", low)
        if len(people) == 1 and role:
            person = people[0]
            asked_ta = role.group(1) in {"ta", "teaching assistant"}
            holds = (person.role == "ta") == asked_ta
            title = "instructor" if person.role == "instructor" else "TA"
            return Answer(kind="answer", lines=(
                Line(("Yes. " if holds else "No. ") + f"{person.name} is the {title} "
                     f"({person.email})."),), topic=f"person:{person.name}",
                sources=(self._cite(_basic(c)),), confidence=1.0)
        if re.search(r"\bschedule\b", low) and c.schedule.note and re.search(
                r"\b(?:final|fixed|firm|set in stone|tentative|change|changed|adjust\w*|"
                r"definite|official|locked)\b", low):
            head = "No. " if re.search(r"\b(?:final|fixed|firm|set in stone|definite|official|"
                                       r"locked)\b", low) else \
                "Yes. " if re.search(r"\btentative\b", low) else "It may change: "
            return Answer(kind="answer", lines=(Line(
                f"{head}The schedule is “{c.schedule.note}”."),), topic="schedule",
                sources=(self._cite(c.schedule.source),), confidence=1.0)
        return None

    # ---- order: last, first, after/before an item, what's left, in order

    def _order(self, question: str, low: str) -> Made | None:
        c = self.course
        named = self.deadlines_named(low)
        if len(named) == 2 and _BETWEEN.search(low):
            return self._between(named[0], named[1])
        if len(named) == 2 and _INSIDE_PAIR.search(low):
            return self._inside(named[0], named[1])
        if len(named) == 2 and _COMPARE.search(low):
            return self._compare(named[0], named[1], low)
        pen = _PENULTIMATE.search(low)
        if pen is not None and re.search(rf"\b{_THING}\b|\bdue\b", low) and not \
                self.deadlines_named(low[:pen.start()] + " " * (pen.end() - pen.start())
                                     + low[pen.end():]):
            # "the second-to-last deadline": that place counted from the end, in date order
            back = 3 if pen.group(1) in {"third", "3rd"} else 2
            pen_group = self.group_named(low)

            def from_end(now: datetime, items: list[DueItem]) -> Answer:
                chosen = sorted(self._in_group(items, pen_group), key=lambda i: i.due_at)
                of = f"{pen_group[2].lower()} " if pen_group else ""
                if len(chosen) < back:
                    return self._listing(chosen, f"There are only {len(chosen)} dated "
                                                 f"{of}deadlines:")
                word = "second" if back == 2 else "third"
                return self._listing([chosen[-back]], f"The {word} to last {of}deadline "
                                                      f"({len(chosen)} {of}deadlines in date "
                                                      "order):")

            return from_end
        last_m, first_m = _LAST.search(low), _FIRST.search(low)
        if not (last_m or first_m) and re.search(rf"\b{_THING}\b", low):
            # "of the deadlines, which is the very last one?"
            last_m = re.search(r"\b(?:very )?(?:last|latest|final) one\b", low)
            first_m = None if last_m else re.search(r"\b(?:very )?(?:first|earliest) one\b", low)
        if last_m and self._names_item(last_m.group(0)):
            last_m = None  # "the final report deadline" names an item ("final deadline" not)
        if first_m and self._names_item(first_m.group(0)):
            first_m = None
        if (last_m or first_m or _IN_ORDER.search(low)) and _TOPICAL.search(low) and not \
                re.search(r"\b(?:due|deadlines?|submit\w*|hand\w* in|turn\w* in)\b", low):
            return None  # the first thing covered, topics in order: the schedule's order
        for edge in (last_m, first_m):
            if edge is not None:
                # "the final deadline": "final" is the order word here, not the final report
                word = edge.group(0).split(None, 1)[0]
                named = self.deadlines_named(low[:edge.start()] + " " * len(word)
                                             + low[edge.start() + len(word):])
        group = self.group_named(low)
        edge = last_m or first_m
        if edge is not None and named and not _EDGE_PIVOT.search(low, edge.end()) and re.search(
                r"^[\s,:;—-]*(?:is it |isn'?t it |the |that'?s |i think |which is |right,? )",
                low[edge.end():]):
            return self._edge_guess(named, last=last_m is not None, group=group)
        if (last_m or first_m) and _PAST.search(low) and not named:
            return self._recent(group)
        if (last_m or first_m) and not named:
            edge_m = last_m or first_m
            assert edge_m is not None
            pivot_m = _EDGE_PIVOT.search(low, edge_m.end())
            if pivot_m is not None and (pivot_m.start() - edge_m.end() > 20 or re.match(
                    r"(?:it|that|this|them|then|those|these)\b", pivot_m.group(1))):
                pivot_m = None  # "... so I can book flights after it": no pivot
            if pivot_m is not None:
                return self._extreme_around(question, low, pivot_m, last=last_m is not None,
                                            group=group)
            last = last_m is not None
            several = re.search(r"\b(?:last|final|first)\s+(two|three|four|2|3|4)\b", low)
            if several is not None:
                # "the last two deadlines": that many from the end (or the start), in order
                k = {"two": 2, "three": 3, "four": 4}.get(several.group(1)) or int(
                    several.group(1))

                def extremes(now: datetime, items: list[DueItem]) -> Answer:
                    chosen = sorted(self._in_group(items, group), key=lambda i: i.due_at)
                    picked = chosen[-k:] if last else chosen[:k]
                    of = f"{group[2].lower()} " if group else ""
                    word = "last" if last else "first"
                    if len(picked) < k:
                        return self._listing(picked, f"There are only {len(picked)} dated "
                                                     f"{of}deadlines:")
                    return self._listing(picked, f"The {word} {k} {of}deadlines of the term, "
                                                 "in order:")

                return extremes

            def extreme(now: datetime, items: list[DueItem]) -> Answer:
                items = self._in_group(items, group)
                if not items:
                    return self._listing([], "No dated deadlines are left.")
                item = max(items, key=lambda i: i.due_at) if last else min(
                    items, key=lambda i: i.due_at)
                word = "last" if last else "first"
                of = f"{group[2].lower()} " if group else ""
                return self._listing([item], f"The {word} {of}deadline of the term:")

            return extreme
        if _PAST.search(low) and re.search(r"\b(?:last|recent\w*|previous)\b", low) and not named \
                and re.search(rf"\b{_THING}\b|\bdue\b", low):
            return self._recent(group)
        if not named and _JUST_HANDED_IN.search(low):
            return self._recent(group)  # "what did we just turn in?": the latest one passed
        nth = _NTH.search(low)
        if nth and not named and not last_m:
            n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}.get(
                nth.group(1), int(re.sub(r"\D", "", nth.group(1)) or 0))

            def nth_one(now: datetime, items: list[DueItem]) -> Answer:
                chosen = sorted(self._in_group(items, group), key=lambda i: i.due_at)
                of = f"{group[2].lower()} " if group else ""
                if not 1 <= n <= len(chosen):
                    return self._listing(chosen, f"There are {len(chosen)} dated {of}deadlines:")
                return self._listing([chosen[n - 1]], f"Deadline {n} of {len(chosen)} ({of}"
                                                      "deadlines in date order):")

            return nth_one
        if nth and len(named) == 1 and not last_m and (
                re.match(r"\s*(?:is|isn't|was|so)\b", low) or _YES_NO.search(low)):
            # "is the proposal the second deadline?": that place in date order, yes or no
            n_said = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}.get(
                nth.group(1), int(re.sub(r"\D", "", nth.group(1)) or 0))
            key_said = named[0]

            def nth_claim(now: datetime, items: list[DueItem]) -> Answer:
                chosen = sorted(self._in_group(items, group), key=lambda i: i.due_at)
                of = f"{group[2].lower()} " if group else ""
                if not 1 <= n_said <= len(chosen):
                    return self._listing(chosen, f"No: there are {len(chosen)} dated "
                                                 f"{of}deadlines:")
                item = chosen[n_said - 1]
                head = "Yes" if item.key == key_said else "No"
                return self._listing([item], f"{head}: deadline {n_said} of {len(chosen)} "
                                             f"({of}deadlines in date order) is the {item.title}:")

            return nth_claim
        if _COUNT_LEFT.search(low) and not named:
            return self._count_left(group)
        ahead = _NEXT.search(low)
        done = self._done(low) if ahead else []
        if ahead and not [k for k in self.deadlines_named(_sentence(low, ahead.start()))
                          if k not in done] and not re.search(
                r"\b(?:schedule|topics?|cover\w*|learn\w*|lectures?|teach\w*)\b",
                _sentence(low, ahead.start())):
            return self._next(self.group_named(_sentence(low, ahead.start())), done,
                              self._once_done(low))
        ab = _AFTER_BEFORE.search(low) or _LEAD_AROUND.search(low)
        if ab:
            named = self.deadlines_named(ab.group(2))
            if named:
                key, after = named[0], ab.group(1) == "after"
                adjacent = bool(_ADJACENT.search(low)) or (
                    ab.re is _LEAD_AROUND and bool(re.search(r"\bnext\b", low)))
                # "the last deadline before X": only the nearest; "the first one before X":
                # only the earliest
                pick = "last" if last_m is not None else "first" if first_m is not None else ""
                day_around = bool(_DAY_AROUND.search(low))

                def around(now: datetime, items: list[DueItem]) -> Answer:
                    pivot = next((i for i in items if i.key == key), None)
                    if pivot is None:
                        return self.a.topic_answer(f"deadline:{key}", now=now, due=items)
                    found = [i for i in items if (i.due_at > pivot.due_at if after
                                                  else i.due_at < pivot.due_at)]
                    found.sort(key=lambda i: i.due_at)
                    word = "after" if after else "before"
                    if day_around:
                        # "the day before the final report": that one day, not everything before
                        step = timedelta(days=1 if after else -1)
                        day = pivot.due_at.astimezone(c.tz).date() + step
                        on_day = [i for i in found if i.due_at.astimezone(c.tz).date() == day]
                        if not on_day:
                            return self._listing([], f"No dated deadline is due the day {word} "
                                                     f"the {pivot.title} ({_ddmm(day)}).")
                        return self._listing(on_day, f"Due the day {word} the {pivot.title}:")
                    if adjacent and found:
                        found = found[:1] if after else found[-1:]
                        return self._listing(found, f"Due right {word} the {pivot.title}:")
                    if pick and found:
                        found = found[-1:] if pick == "last" else found[:1]
                        return self._listing(found, f"The {pick} deadline {word} the "
                                                    f"{pivot.title}:")
                    if not found:
                        return self._listing([], f"Nothing is due {word} the {pivot.title} "
                                                 "({when}).", when=pivot.due_at)
                    return self._listing(found, f"Due {word} the {pivot.title}, in order:")

                return around
        done_left = self._done(low) if _LEFT.search(low) else []
        if (_IN_ORDER.search(low) or _LEFT.search(low)) and not [k for k in named
                                                                 if k not in done_left]:
            left = bool(_LEFT.search(low))

            def listing(now: datetime, items: list[DueItem]) -> Answer:
                chosen = sorted((i for i in self._in_group(items, group)
                                 if (not left or i.due_at >= now) and i.key not in done_left),
                                key=lambda i: i.due_at)
                of = f"{group[2].lower()} " if group else ""
                head = "Still to come, in order:" if left else f"All {of}deadlines, in order:"
                undated = self._undated_left(group, now, done_left) if left else []
                if not chosen and not undated:
                    return self._listing([], "No dated deadlines are left this term.")
                answer = self._listing(chosen, head)
                rel = tuple(r.description for r in c.relative_deadlines if group is None or (
                    (comp := c.component(r.component or "")) is not None
                    and comp.group == group[2]))
                return Answer(kind="answer", lines=(*answer.lines, *undated), topic="deadlines",
                              sources=answer.sources, notes=rel, confidence=1.0, dated=True)

            return listing
        return None

    def _relative_claim(self, question: str, low: str) -> Made | None:
        """"Reviews are due the morning of class, right?": the day claimed relative to the
        class (the day before, the day of, a week after) against the file's, yes or no."""
        if not (_ASKS_YES_NO.search(low.strip(" ?!.")) or re.match(r"\s*(?:is|are|do|does)\b",
                                                                  low)
                or re.search(r"\b(?:is|are) due\b[^?]*\?\s*$", low)):
            return None
        if any(p.search(low) for p in _DATE_PATTERNS[:3]):
            return None  # a calendar date: the presenter rule reads it
        # the named day first: "the day before class" is the day before, not "before class"
        claims = ((r"\b(?:day|night|evening) before\b|\bthe eve\b", -1),
                  (r"\b(?:two|2) weeks (?:after|later)\b|\b14 days after\b", 14),
                  (r"\b(?:a |one )?week (?:after|later)\b|\b7 days after\b", 7),
                  (r"\b(?:morning|afternoon|day|noon) of\b|\bsame day\b|\bon the day\b|"
                   r"\b(?:at|in|during|after|by the start of) (?:the )?(?:class|lecture)\b", 0),
                  (r"\bbefore (?:the )?(?:class|lecture)\b", _BEFORE_CLASS))
        claimed = next((off for pattern, off in claims if re.search(pattern, low)), None)
        if claimed is None:
            return None
        rels = [r for r in self.course.relative_deadlines
                if any(re.search(rf"\b{re.escape(x.lower())}s?\b", low) for x in [r.title,
                                                                                 *r.aliases])]
        if len(rels) != 1 or not re.search(r"\bdue\b|\bdeadline\b|\bsubmit", low):
            return None
        r = rels[0]
        holds = r.offset_days <= 0 if claimed == _BEFORE_CLASS else claimed == r.offset_days
        head = "Yes." if holds else "No."
        return Answer(kind="answer", lines=(Line(f"{head} {r.description}"),),
                      topic="presentation", sources=(self._cite(r.source),), confidence=1.0)

    def _edge_claim(self, question: str, low: str) -> Made | None:
        """"The earliest deadline is the proposal on Oct 1, right?", "the midterm report is
        the next report due, right?": the item in that place is found, then yes or no."""
        if not (_ASKS_YES_NO.search(low.strip(" ?!.")) or re.match(
                r"\s*(?:is|isnt|was|are) (?:the|my|our)\b", low)):
            return None
        last_m, first_m = _LAST.search(low), _FIRST.search(low)
        next_m = _NEXT.search(low) or re.search(rf"\bnext (?:\w+ )?(?:{_THING}|report|"
                                                 r"one)\b(?: due)?", low)
        edge = last_m or first_m or next_m
        if edge is None or (last_m and first_m) or _EDGE_PIVOT.search(low, edge.end()) \
                or _PAST.search(low):
            return None
        if self._names_item(edge.group(0)):
            return None
        word = edge.group(0).split(None, 1)[0]
        named = self.deadlines_named(low[:edge.start()] + " " * len(word)
                                     + low[edge.start() + len(word):])
        if len(named) != 1:
            return None
        group = self.group_named(low)
        if edge is not next_m:
            return self._edge_guess(named, last=last_m is not None, group=group)
        reports = bool(re.search(r"\breports?\b", edge.group(0)))

        def make(now: datetime, items: list[DueItem]) -> Answer:
            chosen = [i for i in self._in_group(items, group) if i.due_at >= now
                      and (not reports or "report" in i.title.lower())]
            if not chosen:
                return self._listing([], "No dated deadlines are left.")
            item = min(chosen, key=lambda i: i.due_at)
            head = "Yes: the" if item.key in named[:1] else "No: the"
            return self._listing([item], f"{head} next {'report ' if reports else ''}deadline "
                                         f"is the {item.title}:")

        return make

    def _edge_guess(self, named: list[str], *, last: bool,
                    group: tuple[int, int, str] | None) -> Made:
        """"The last deadline, the midterm report?": the edge item, and yes or no."""
        def make(now: datetime, items: list[DueItem]) -> Answer:
            chosen = self._in_group(items, group)
            if not chosen:
                return self._listing([], "No dated deadlines are left.")
            item = max(chosen, key=lambda i: i.due_at) if last else min(
                chosen, key=lambda i: i.due_at)
            word = "last" if last else "first"
            head = "Yes: the" if item.key in named else "No: the"
            return self._listing([item], f"{head} {word} deadline of the term is the "
                                         f"{item.title}:")

        return make

    def _extreme_around(self, question: str, low: str, pivot_m: re.Match[str], *, last: bool,
                        group: tuple[int, int, str] | None) -> Made:
        """The last (first) deadline before (after) a pivot: a deadline or a date; anything
        else (a holiday, an event) the file cannot place, so the answer says so."""
        c = self.course
        before = pivot_m.group(0).split()[0] in {"before", "until", "till", "by", "prior"}
        named = self.deadlines_named(pivot_m.group(1))
        word = "last" if last else "first"
        side = "before" if before else "after"

        def make(now: datetime, items: list[DueItem]) -> Answer:
            if named:
                pivot = next((i for i in items if i.key == named[0]), None)
                if pivot is None:
                    return self.a.topic_answer(f"deadline:{named[0]}", now=now, due=items)
                edge, label = pivot.due_at, f"the {pivot.title}"
                chosen = [i for i in self._in_group(items, group)
                          if (i.due_at < edge if before else i.due_at > edge)]
            else:
                day = find_date(pivot_m.group(1), now=now, course=c)
                if day is None:
                    return Answer(kind="decline", lines=(
                        Line(f"I can't place “{pivot_m.group(1).strip(' ?.!')}” on the course "
                             "calendar: the syllabus doesn't say when that is, so I can't "
                             "answer that."), *self.a._staff),
                        topic="deadlines", unknown=("date",), confidence=0.0)
                label = _ddmm(day)
                chosen = [i for i in self._in_group(items, group)
                          if (i.due_at.astimezone(c.tz).date() < day if before
                              else i.due_at.astimezone(c.tz).date() > day)]
            if not chosen:
                return self._listing([], f"No dated deadline is due {side} {label}.")
            # "the last thing before X" is the latest of those before X, "the first after X"
            # the earliest of those after it
            item = max(chosen, key=lambda i: i.due_at) if last else min(
                chosen, key=lambda i: i.due_at)
            return self._listing([item], f"The {word} deadline {side} {label}:")

        return make

    def _names_item(self, phrase: str) -> bool:
        """True if ``phrase`` ("final report deadline") names a deadline by more than its
        first word ("final deadline" names none: "final" there means last)."""
        first = phrase.split(None, 1)[0] if phrase.split() else ""
        return any(m.group(0).strip() != first for pattern, _k in self._deadline_names
                   for m in [pattern.search(phrase)] if m)

    def _undated_left(self, group: tuple[int, int, str] | None, now: datetime,
                      done: Sequence[str] = ()) -> list[Line]:
        """Graded items of ``group`` (or of the course) with no date of their own and no
        date relative to a class ("Presentation: 5%, 10-12 mins, in class"), while the term
        still runs: still to come, with when the file says they happen."""
        c = self.course
        if now.astimezone(c.tz).date() > c.term_dates.last_day:
            return []
        linked = {d.component for d in c.deadlines} | {r.component for r in c.relative_deadlines}
        out = []
        for comp in c.grading.components:
            if comp.key in linked or (group is not None and comp.group != group[2]):
                continue
            if comp.key in done:
                continue
            said = ", ".join(f for f in comp.facts if re.search(r"\bweeks?\b|\bin class\b", f))
            out.append(Line(f"• {comp.title} ({comp.weight:g}%): no fixed date"
                            + (f"; {said}" if said else "") + "."))
        return out

    def _in_group(self, items: list[DueItem], group: tuple[int, int, str] | None
                  ) -> list[DueItem]:
        """The deadlines of a component group ("project"), or all of them."""
        if group is None:
            return items
        c = self.course
        name = group[2].lower()
        keys = set()
        for d in c.deadlines:
            comp = c.component(d.component) if d.component else None
            if (comp is not None and comp.group == group[2]) or name in d.title.lower():
                keys.add(d.key)
        return [i for i in items if i.key in keys]

    def _rel_notes(self) -> tuple[str, ...]:
        return tuple(r.description for r in self.course.relative_deadlines)

    def _done(self, low: str) -> list[str]:
        """Deadlines the asker says they have already handed in ("I already sent the
        proposal"): a next or what's-left question skips them."""
        done: list[str] = []
        for m in re.finditer(r"\b(?:already|just) (?:sent|submitted|turned in|handed in|did|done|"
                             r"finished|uploaded|posted)\b([^.?!;]{0,40})|\b(?:sent|submitted|"
                             r"turned in|handed in|finished|uploaded) ([^.?!;]{0,40}?)\balready\b",
                             low):
            done += self.deadlines_named(m.group(1) or m.group(2) or "")
        # "once the X is set", "my X is sorted", "now that the X is in": X is behind them
        for m in _SETTLED.finditer(low):
            done += self.deadlines_named(m.group(1))
        return list(dict.fromkeys(done))

    def _once_done(self, low: str) -> list[str]:
        """Deadlines told as a point in time to come ("once the X is in", "after the X is
        done"): a next question then asks what follows them, not what follows today."""
        said = r"\b(?:once|after|when|as soon as)\s+"
        return list(dict.fromkeys(
            k for m in _SETTLED.finditer(low)
            if re.search(said + "$", low[:m.start()][-15:]) or re.match(said, m.group(1))
            for k in self.deadlines_named(m.group(1))))

    def _next(self, group: tuple[int, int, str] | None, done: Sequence[str] = (),
              once: Sequence[str] = ()) -> Made:
        def make(now: datetime, items: list[DueItem]) -> Answer:
            told = [i for i in items if i.key in once]
            if told:
                # "once the X is in, what's next?": what follows X
                pivot = max(told, key=lambda i: i.due_at)
                after = sorted((i for i in self._in_group(items, group)
                                if i.due_at > pivot.due_at), key=lambda i: i.due_at)
                if not after:
                    return self._listing([], f"Nothing is due after the {pivot.title} "
                                             "({when}).", when=pivot.due_at)
                return replace(self._listing(after[:1], f"The next deadline after the "
                                                        f"{pivot.title}:"),
                               notes=self._rel_notes())
            ahead = sorted((i for i in self._in_group(items, group) if i.due_at >= now
                            and i.key not in done), key=lambda i: i.due_at)
            if not ahead:
                answer = self._listing([], "No dated deadlines are left this term.")
            else:
                of = f"{group[2].lower()} " if group else ""
                answer = self._listing(ahead[:1], f"The next {of}deadline:")
                if any(i.key in done and i.due_at >= now for i in items):
                    answer = replace(answer, lines=(*answer.lines, Line(
                        "(Leaving out what you said you already handed in.)")))
            return replace(answer, notes=self._rel_notes())

        return make

    def _recent(self, group: tuple[int, int, str] | None) -> Made:
        def make(now: datetime, items: list[DueItem]) -> Answer:
            past = sorted((i for i in self._in_group(items, group) if i.due_at < now),
                          key=lambda i: i.due_at)
            if not past:
                return self._listing([], "No dated deadline has passed yet.")
            return self._listing(past[-1:], "The most recent deadline (already passed):")

        return make

    def _count_left(self, group: tuple[int, int, str] | None) -> Made:
        def make(now: datetime, items: list[DueItem]) -> Answer:
            ahead = sorted((i for i in self._in_group(items, group) if i.due_at >= now),
                           key=lambda i: i.due_at)
            n = len(ahead)
            head = (f"{n} dated deadline{'s' if n != 1 else ''} left:" if n else
                    "No dated deadlines are left this term.")
            return replace(self._listing(ahead, head), notes=self._rel_notes())

        return make

    def _pair(self, a: str, b: str, items: list[DueItem]) -> tuple[DueItem, DueItem] | None:
        x = next((i for i in items if i.key == a), None)
        y = next((i for i in items if i.key == b), None)
        return (x, y) if x is not None and y is not None else None

    def _between(self, a: str, b: str) -> Made:
        c = self.course

        def make(now: datetime, items: list[DueItem]) -> Answer:
            pair = self._pair(a, b, items)
            if pair is None:
                return self.a.topic_answer(f"deadline:{a}", now=now, due=items)
            x, y = sorted(pair, key=lambda i: i.due_at)
            days = (y.due_at.astimezone(c.tz).date() - x.due_at.astimezone(c.tz).date()).days
            weeks = f" ({fmt(days / 7)} weeks)" if days % 7 == 0 else \
                f" (about {fmt(round(days / 7, 1))} weeks)"
            lines = (Line(f"{days} days{weeks} between the {x.title} and the {y.title}:"),
                     Line(f"• {x.title}: {{when}}", when=x.due_at),
                     Line(f"• {y.title}: {{when}}", when=y.due_at))
            return Answer(kind="answer", lines=lines, topic="deadlines",
                          sources=(self._cite("Key Dates"),), confidence=1.0, dated=True)

        return make

    def _inside(self, a: str, b: str) -> Made:
        """What is due strictly between two named deadlines."""
        def make(now: datetime, items: list[DueItem]) -> Answer:
            pair = self._pair(a, b, items)
            if pair is None:
                return self.a.topic_answer(f"deadline:{a}", now=now, due=items)
            x, y = sorted(pair, key=lambda i: i.due_at)
            inside = sorted((i for i in items if x.due_at < i.due_at < y.due_at),
                            key=lambda i: i.due_at)
            if not inside:
                answer = self._listing([x, y], f"No dated deadline falls between the "
                                               f"{x.title} and the {y.title}:")
            else:
                tz = self.course.tz
                answer = self._listing(inside, f"Due between the {x.title} "
                                               f"({_ddmm(x.due_at.astimezone(tz).date())}) and "
                                               f"the {y.title} "
                                               f"({_ddmm(y.due_at.astimezone(tz).date())}):")
            return replace(answer, notes=self._rel_notes())

        return make

    def _compare(self, a: str, b: str, low: str) -> Made:
        asks_yes = bool(re.match(r"\s*(?:is|are|does|do|was|will|comes?)\b", low))
        after = bool(re.search(r"\b(?:after|later)\b", low))

        def make(now: datetime, items: list[DueItem]) -> Answer:
            pair = self._pair(a, b, items)
            if pair is None:
                return self.a.topic_answer(f"deadline:{a}", now=now, due=items)
            x, y = pair
            first, second = sorted(pair, key=lambda i: i.due_at)
            lines = []
            if asks_yes and x.due_at != y.due_at:
                holds = (x.due_at > y.due_at) if after else (x.due_at < y.due_at)
                lines.append(Line("Yes." if holds else "No."))
            if x.due_at == y.due_at:
                lines.append(Line(f"The {x.title} and the {y.title} are due at the same time, "
                                  "{when}.", when=x.due_at))
            else:
                lines.append(Line(f"The {first.title} comes first, then the {second.title}:"))
            lines += [Line(f"• {i.title}: {{when}}", when=i.due_at) for i in (first, second)
                      if x.due_at != y.due_at]
            return Answer(kind="answer", lines=tuple(lines), topic="deadlines",
                          sources=(self._cite("Key Dates"),), confidence=1.0, dated=True)

        return make

    def _listing(self, items: Sequence[DueItem], head: str,
                 when: datetime | None = None) -> Answer:
        lines = [Line(head, when=when)]
        lines += [Line(f"• {i.title}: {{when}}", when=i.due_at) for i in items]
        return Answer(kind="answer", lines=tuple(lines), topic="deadlines",
                      sources=(self._cite("Key Dates"),), confidence=1.0, dated=True)

    # ---- sums and shares

    def _rounding(self, question: str, low: str) -> Answer:
        """Rounding is not in the syllabus: said first; a stated score gets its band as
        printed (no rounding applied)."""
        c = self.course
        head = Line("The syllabus doesn't say whether scores are rounded, so I can't answer "
                    "that part; the course staff can.")
        number = re.search(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*%?", low)
        if number is None or not 0 <= float(number.group(1)) <= 100:
            return Answer(kind="decline", lines=(head, *self.a._staff), topic="grade",
                          unknown=("rounding",), confidence=0.0)
        value = float(number.group(1))
        cut = c.letter_for(value)
        return Answer(kind="answer", lines=(
            Line(f"As printed, {fmt(value)}% is {_an(cut.letter)} ({cut.printed})."),
            Line("The syllabus gives no rounding rule; whether a score is rounded is up to the "
                 "course staff.")), topic="grade",
            sources=(self._cite(c.grading.cutoffs_source),), confidence=0.5)

    def _in_zone(self, question: str, low: str) -> Made | None:
        """A deadline asked in another time zone: converted, the course time given too."""
        zm = _IN_ZONE.search(low)
        named = self.deadlines_named(low)
        if zm is None or len(named) != 1:
            return None
        zone_name = _ZONES[zm.group(1) or zm.group(2)]
        key = named[0]
        c = self.course

        def make(now: datetime, items: list[DueItem]) -> Answer:
            item = next((i for i in items if i.key == key), None)
            if item is None:
                return self.a.topic_answer(f"deadline:{key}", now=now, due=items)
            there = item.due_at.astimezone(ZoneInfo(zone_name))
            lines = [Line(f"{item.title}: due {{when}} (course time, {c.timezone}).",
                          when=item.due_at),
                     Line(f"In {zone_name} that is {there:%a %b} {there.day}, "
                          f"{_clock(there.time())} {there.tzname()}.")]
            notes = ("The syllabus gives no time; 11:59 PM course time is assumed.",) \
                if item.time_assumed else ()
            return Answer(kind="answer", lines=tuple(lines), topic=f"deadline:{key}",
                          sources=(self._cite("Key Dates"),), notes=notes, confidence=1.0,
                          dated=True)

        return make

    def _time_of_day(self, question: str, low: str) -> Made | None:
        """The time of day of a deadline the syllabus dates but does not time: the time is
        said to be an assumption, first, not stated as a fact."""
        named = self.deadlines_named(low)
        relative = [n for r in self.course.relative_deadlines
                    for n in (r.title.lower(), *(a.lower() for a in r.aliases))
                    if re.search(rf"\b{re.escape(n)}\b", low)]
        if relative or len(named) != 1 or not _WHAT_TIME.search(low) or not re.search(
                r"\b(?:due|deadline|submit\w*|turn(?:ed)? in|hand(?:ed)? in|"
                r"cut-?\s?off (?:time|hour))\b", low):
            return None
        key = named[0]

        def make(now: datetime, items: list[DueItem]) -> Answer:
            item = next((i for i in items if i.key == key), None)
            if item is None or not item.time_assumed:
                return self.a.topic_answer(f"deadline:{key}", now=now, due=items)
            # the time of day asked outright: the syllabus has none, so no time (and no date,
            # which was not asked) is offered; cards that list deadlines keep their note
            lines = (Line(f"The syllabus doesn't say what time of day the {item.title} is due: "
                          "it gives only the date, so I can't tell you the time; the course "
                          "staff can."), *self.a._staff)
            return Answer(kind="decline", lines=lines, topic=f"deadline:{key}",
                          sources=(self._cite("Key Dates"),), unknown=("time of day",),
                          confidence=0.0)

        return make

    def _unstated_count(self, question: str, low: str) -> Made | None:
        """A count of some unit ("how many <unit>") for a named item: the number the course
        file gives for that item, or an honest "not in the syllabus" (never the item's card)."""
        comps = self.components_named(low)
        dls = self.deadlines_named(low)
        if not comps and not dls:
            return None
        m = _HOW_MANY.search(low)
        unit = m.group(1) if m else None
        if unit is None:
            inside = _IN_UNITS.search(low)
            unit = inside.group(1) if inside else None
        if m is not None and unit in {"paper", "papers"}:
            unit = " ".join(low[m.start(1):].split()[:2])  # "how many paper reviews"
        if unit is None:
            return None
        unit = _UNIT_SLANG.get(unit, unit)
        if m is not None and len(comps) > 1:
            # "how many slides should the project talk have": "slides" is the unit counted,
            # not the item (the presentation slides)
            comps = [x for x in comps if not (x[0] <= m.start(1) < x[1])] or comps
        if unit in {"points", "marks"} and not re.search(r"\bout of\b", low):
            return None  # "how many points is X (worth)": its weight, the reader's
        texts = self._item_texts(comps, dls)
        title = self._item_title(comps, dls)
        c = self.course
        own_names = {n.lower() for x in c.grading.components for n in (x.title, *x.aliases)}
        names_item = unit in own_names or unit.rstrip("s") in own_names
        name_words = {w for x in c.grading.components
                      for w in re.findall(r"[a-z]+", " ".join([x.title, *x.aliases]).lower())}
        name_words |= {w for g in c.grading.groups for w in re.findall(r"[a-z]+", g.lower())}
        if not names_item and (unit in name_words or unit.split()[0] in name_words
                               or unit not in _UNITS):
            return None  # the count of an item ("project reports"), or no unit we know
        if names_item:
            rate = _RATE.search(low)
            if rate is None or rate.group(1) in texts:
                return None  # the count of the item itself: the reader has it
            asked = f"how many there are per {rate.group(1)}"
        else:
            if re.search(rf"\d+\s*(?:\(or \d+\)\s*)?(?:[a-z]+ )?(?:{_UNITS[unit]})\b", texts):
                return None  # stated ("2 pages", "10-12 mins")
            asked = f"the number of {unit}"
        said = [f for f in self._item_facts(comps, dls) if "%" not in f and not re.search(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", f.lower())]
        lines = [Line(f"The syllabus doesn't say {asked} for the {title.lower()}, so I can't "
                      "answer that; the course staff can.")]
        if said:
            lines.append(Line(f"What it does say about the {title.lower()}: "
                              + "; ".join(f"“{f}”" for f in said[:2]) + "."))
        return Answer(kind="decline", lines=(*lines, *self.a._staff), topic="property",
                      unknown=(unit,), confidence=0.0)

    def _item_facts(self, comps: list[tuple[int, int, str]], dls: list[str]) -> list[str]:
        c = self.course
        out: list[str] = []
        for k in dls:
            d = c.deadline(k)
            if d is not None:
                out += [f for f in d.facts if f not in out]
        for _, _, k in comps:
            comp = c.component(k)
            if comp is not None:
                out += [f for f in comp.facts if f not in out]
        return out

    def _many_dates(self, question: str, low: str) -> Made | None:
        """The due dates of several named deadlines asked at once, in the order asked."""
        named = self.deadlines_named(low)
        if len(named) < 2 or not re.search(r"\b(?:due|deadlines?|dates?|when)\b", low):
            return None
        if _BETWEEN.search(low) or _COMPARE.search(low) or _AFTER_BEFORE.search(low) \
                or _INSIDE_PAIR.search(low) \
                or _SHARE.search(low) or re.search(r"\b(?:pages?|long|how many|first|last|"
                                                  r"next|right|correct|\?\s*\w)", low) \
                or any(p.search(low) for p in _DATE_PATTERNS):
            return None

        def make(now: datetime, items: list[DueItem]) -> Answer:
            chosen = [i for k in named for i in items if i.key == k]
            if len(chosen) < 2:
                return self.a.topic_answer(f"deadline:{named[0]}", now=now, due=items)
            answer = self._listing(chosen, "Due dates:")
            if any(i.time_assumed for i in chosen):
                answer = replace(answer, notes=("The syllabus gives no times; 11:59 PM course "
                                                "time is assumed.",))
            return answer

        return make

    def _excluding(self, question: str, low: str) -> Made | None:
        """A share with items taken out ("<group> without <item>", "everything except
        <item>"), computed from the weights; never the excluded item's own card."""
        m = _EXCLUDE.search(low)
        if m is None or not _SHARE.search(low) or re.search(r"\d\s*(?:/|out of|%)", low):
            return None
        if re.search(r"\b(?:when|due|deadline|date|pages?|if(?! (?:you|we|i|one) (?:leave|"
                     r"take|set|put|ignore|exclude|disregard|dont count|do not count)\b))\b",
                     low) or _SCORE_TOLD.search(low):
            return None  # scores told ("full marks on all but X, half credit there"): a what-if
        c = self.course
        head, tail = low[:m.start()], low[m.end():]
        if "(" in tail or ":" in tail:
            return None  # a list of what is kept or left out: too loose to compute safely
        group = self.group_named(head)
        base_keys = list(dict.fromkeys(k for _, _, k in self.components_named(head)))
        if group is not None:
            base = [x for x in c.grading.components if x.group == group[2]]
            base += [x for x in (c.component(k) for k in base_keys) if x and x not in base]
        elif base_keys:
            base = [x for x in (c.component(k) for k in base_keys) if x is not None]
        elif re.search(r"\b(?:everything|all|rest|overall|grade|coursework)\b", head):
            base = list(c.grading.components)
        elif re.search(r"\b(?:grade|coursework)\b[\w ]{0,20}\b(?:left|remains?|remaining|"
                       r"still counts?|is there)\b|\b(?:what|how much) (?:is |remains |"
                       r"counts )?(?:left|remaining|else)\b", tail):
            # "without the project, what share of the grade is left?": the rest of the grade
            base = list(c.grading.components)
        else:
            return None
        excluded: list[GradeComponent] = []
        for s_, e_, key in self.components_named(tail):
            comp = c.component(key)
            if comp is not None and comp not in base:
                # "the project without the presentation": the group's own presentation
                said = tail[s_:e_].rstrip("s")
                comp = next((x for x in base if said in x.title.lower()
                             or any(said == a.lower() for a in x.aliases)), comp)
            if comp is not None and comp not in excluded:
                excluded.append(comp)
        out_group = self.group_named(tail)
        if out_group is not None:
            excluded += [x for x in c.grading.components
                         if x.group == out_group[2] and x not in excluded]
        if excluded and group is None and base and all(x not in base for x in excluded):
            # "reviews, leaving out the blogs": the blogs are an item of
            # their own, the asked item's weight stands
            total = math.fsum(x.weight for x in base)
            names = " + ".join(f"{x.title} {x.weight:g}%" for x in base)
            gone = " and ".join(f"{x.title} ({x.weight:g}%)" for x in excluded)
            return Answer(kind="answer", lines=(Line(
                f"{fmt(total)}% of the grade: {names}, without the {gone}, which "
                f"{'are' if len(excluded) > 1 or excluded[0].title.endswith('s') else 'is'} "
                "counted separately."),),
                topic="grading", sources=(self._cite(c.grading.source),), confidence=1.0)
        if not excluded or any(x not in base for x in excluded):
            return None
        kept = [x for x in base if x not in excluded]
        total = math.fsum(x.weight for x in kept)
        parts = " + ".join(f"{x.title} {x.weight:g}%" for x in kept) or "nothing"
        gone = " and ".join(f"{x.title} ({x.weight:g}%)" for x in excluded)
        return Answer(kind="answer", lines=(Line(
            f"{fmt(total)}% of the grade without the {gone}: {parts}."),),
            topic="grading", sources=(self._cite(c.grading.source),), confidence=1.0)

    def _sums(self, question: str, low: str) -> Made | None:
        named = list(dict.fromkeys(k for _, _, k in self.components_named(low)))
        c = self.course
        stated = _STATED_PERCENT.findall(low)
        if not named and _SUM.search(low) and re.search(
                r"\ball (?:the |of the )?(?:weights?|percent\w*|components?|parts|categories|"
                r"items|shares)\b", low) and self.group_named(low) is None:
            # "if I add up all the weights does it come to 100?": the file's own sum
            total = math.fsum(x.weight for x in c.grading.components)
            said = re.search(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)?\s*\??\s*$", low)
            head = "" if said is None else "Yes. " if math.isclose(float(said.group(1)),
                                                                  total) else "No. "
            parts = " + ".join(f"{x.title} {x.weight:g}%" for x in c.grading.components)
            return Answer(kind="answer", lines=(Line(
                f"{head}All the weights add up to {fmt(total)}% ({parts})."),), topic="grading",
                sources=(self._cite(c.grading.source),), confidence=1.0)
        checks_share = len(stated) == 1 and len(named) == 1 and bool(
            _SKIP.search(low) or _ONE.search(low)) and not re.search(r"\d\s*(?:/|out of)", low)
        if re.search(r"\d\s*(?:/|out of|%)", low) and not checks_share:
            return None  # scores: the grade calculator's
        group = self.group_named(low)
        share = re.search(r"\b(?:worth|count|counts|weigh\w*|percent\w*|portion|share|fraction|"
                          r"part of (?:the|my) grade|how much|total|in all|altogether|"
                          r"combined)\b|%", low)
        # a deadline named is fine when it is the named item's own ("the proposal")
        other_dls = [k for k in self.deadlines_named(low)
                     if (d := c.deadline(k)) is None or d.component not in named]
        which_more = _WHICH_MORE.search(low)
        if which_more and group is not None and named and not set(named) & {
                x.key for x in c.grading.components if x.group == group[2]}:
            # "which is worth more, <item> or the whole <group>": both sides, then the answer
            return self._compare_weights(named, group, low)
        if group is not None and share and not other_dls and not re.search(
                r"\b(?:when|due|deadline|date|pages?|long|how many)\b", low):
            members = [x for x in c.grading.components if x.group == group[2]]
            keys = {x.key for x in members}
            whole = re.search(r"\b(?:whole|entire|all of the|overall)\b", low[:group[0]])
            if whole:
                named = []  # "the entire project (its reports and talk)": the group
            subset = 2 <= len(named) < len(keys) and set(named) <= keys
            if not subset and (not named or set(named) <= keys):
                total = math.fsum(x.weight for x in members)
                parts = " + ".join(f"{x.title} {x.weight:g}%" for x in members)
                inner = c.component(named[0]) if len(named) == 1 else None
                if inner is not None and total > 0 and re.search(
                        r"\b(?:fraction|share|proportion|percentage|part|portion|how much|what "
                        r"percent)\b", low) and re.search(r"\b(?:of|in|within) (?:the |my |our )?$",
                                                          low[:group[0]]):
                    # "what share of the project is the proposal": the item within its group
                    ratio = Fraction(inner.weight / total).limit_denominator(20)
                    frac = f" ({ratio.numerator}/{ratio.denominator})" if math.isclose(
                        float(ratio), inner.weight / total) and ratio.denominator > 1 else ""
                    return Answer(kind="answer", lines=(Line(
                        f"{inner.title} is {fmt(round(100 * inner.weight / total, 2))}%{frac} of "
                        f"the {group[2].lower()}: {inner.weight:g}% of the grade out of the "
                        f"{group[2].lower()}'s {fmt(total)}% ({parts})."),), topic="grading",
                        sources=(self._cite(c.grading.source),), confidence=1.0)
                if re.search(r"\b(?:not|isnt|isn't|arent|aren't|excluding|except|other than|"
                             r"besides|outside|nothing to do with|unrelated to|not related to|"
                             r"apart from|aside from)\b",
                             low[:group[0]]):
                    others = [x for x in c.grading.components if x.group != group[2]]
                    rest = " + ".join(f"{x.title} {x.weight:g}%" for x in others)
                    return Answer(kind="answer", lines=(Line(
                        f"{fmt(100 - total)}% of the grade is not the {group[2].lower()} "
                        f"({rest}); the {group[2].lower()} is {fmt(total)}% ({parts})."),),
                        topic="grading", sources=(self._cite(c.grading.source),),
                        confidence=1.0)
                return Answer(kind="answer", lines=(Line(
                    f"{group[2]}: {fmt(total)}% of the grade in all ({parts})."),),
                    topic="grading", sources=(self._cite(c.grading.source),), confidence=1.0)
        if not named:
            return None
        # "(reviews aside)", "excluding the talk": an item set aside is not compared
        aside = [m.span() for m in re.finditer(
            r"\((?:the |my )?[\w -]{2,40}? (?:excluded|aside|not counted|not included|left out)\)"
            r"|\b(?:excluding|not counting|leaving out|setting aside)\s+(?:the |my )?[\w -]{2,40}?"
            r"(?=[,.?)]|$)", low)]
        if aside and len(named) >= 3:
            named = [k for st, _e, k in self.components_named(low)
                     if not any(a <= st < b for a, b in aside)]
            named = list(dict.fromkeys(named))
        item_spans = [(st, e) for st, e, k in self.components_named(low) if k in named]
        shareish = share or re.search(r"\b(?:fraction|part|portion|proportion)\b", low)
        if item_spans and shareish and not _SKIP.search(low) and re.search(
                r"(?:\b(?:is|are) not|\bisnt|\barent|\bnot|\bexcluding|\bexcept(?: for)?|"
                r"\bother than|\bbesides|\bapart from|\baside from|\boutside(?: of)?|"
                r"\bnot counting|\bnot including|\b(?:everything|all) (?:but|except(?: for)?|"
                r"other than|besides|apart from|aside from))\s+(?:the |my |our |your )?$",
                low[:item_spans[0][0]]) and all(re.fullmatch(
                    r"[\s,]*(?:and|or|nor|plus|&)?[\s,]*(?:the |my |our |your )?",
                    low[e:st2]) for (_s, e), (st2, _e2) in itertools.pairwise(item_spans)):
            # "how much of the grade isn't the proposal (or the blogs)": everything else
            outs = [x for x in (c.component(k) for k in named) if x is not None]
            others = [x for x in c.grading.components if x.key not in named]
            rest = " + ".join(f"{x.title} {x.weight:g}%" for x in others)
            out_w = math.fsum(x.weight for x in outs)
            what = " and ".join(x.title.lower() for x in outs)
            own = "; ".join(f"{x.title}: {x.weight:g}%" for x in outs)
            return Answer(kind="answer", lines=(Line(
                f"{fmt(100 - out_w)}% of the grade is not the {what} ({rest}); {own}."),),
                topic="grading", sources=(self._cite(c.grading.source),), confidence=1.0)
        versus = re.search(r"\bhow much (?:more|less)\b.*\bthan\b|"
                           r"\b(?:compared? (?:to|with)|vs\.?|versus|more than|less than|"
                           r"bigger than|smaller than|twice|double|half|as much as|heavier|"
                           r"lighter)\b", low)
        if which_more and len(named) >= 2:
            return self._compare_weights(named, group, low)
        if versus and (len(named) >= 2 or (group is not None and named)):
            return self._compare_weights(named, group, low, only=bool(aside))
        if len(named) >= 2 and (_SUM.search(low) or re.search(r"\beither\b|\bor\b", low)) \
                and re.search(r"\bhow many\b|\bpages?\b", low):
            counted = self._sum_counts(named, low)
            if counted is not None:
                return counted
        if len(named) >= 2 and re.search(r"\b(?:one|a single|each|per|both)\b", low) and (
                _SUM.search(low) or share):
            comps_one = [x for x in (c.component(k) for k in named) if x is not None]
            counts = [self._count(x) for x in comps_one]
            if all(n for n in counts):
                # how many of each: "both blog posts and one review" (one when not said)
                spans = {k: st for st, _e, k in self.components_named(low)}
                how_many = []
                for x, n in zip(comps_one, counts, strict=True):
                    before = low[:spans.get(x.key, 0)]
                    m = re.search(r"\b(both|all(?: the| of the| my)?|one|a single|single|each|"
                                  r"two|three|four|five|\d+)\s+(?:of (?:my|the|our) )?(?:\w+\s+)?$",
                                  before)
                    word = m.group(1).split()[0] if m else "one"
                    total_n = n or 1
                    k = total_n if word in {"both", "all"} else int(word) if word.isdigit() \
                        else _CARDINALS.get(word, 1) if word not in {"a", "single", "each"} else 1
                    how_many.append(min(k, total_n))
                shares = [(x, x.weight * k / n, k) for x, n, k in zip(comps_one, counts, how_many,
                                                                      strict=True) if n]
                total = math.fsum(w for _, w, _k in shares)
                parts = " + ".join(
                    (f"one of the {x.title.lower()}" if k == 1 else f"{k} of the "
                     f"{x.title.lower()}") + f" {fmt(w)}% ({x.weight:g}% for {self._count(x)})"
                    for x, w, k in shares)
                return Answer(kind="answer", lines=(Line(
                    f"{fmt(total)}% of the grade together: {parts}."),),
                    topic="grading", sources=(self._cite(c.grading.source),),
                    notes=("Assuming the items count equally (the syllabus gives only the "
                           "totals).",), confidence=1.0)
        if len(named) >= 2 and (_SUM.search(low) or re.search(
                r"\bhow much (?:are|do|is)\b.*\band\b.*\b(?:worth|count|weigh)", low) or (
                share and re.search(r"\b(?:including|incl|with|and|plus|\+|&)\b|,", low)
                and not _EXCLUDE.search(low)
                and not re.search(r"\b(?:when|due|deadline|date|pages?|long)\b", low))):
            comps = [c.component(k) for k in named]
            comps_ok = [x for x in comps if x is not None]
            total = math.fsum(x.weight for x in comps_ok)
            parts = " + ".join(f"{x.title} {x.weight:g}%" for x in comps_ok)
            return Answer(kind="answer", lines=(Line(f"{fmt(total)}% of the grade together "
                                                     f"({parts})."),),
                          topic="grading", sources=(self._cite(c.grading.source),),
                          confidence=1.0)
        if len(named) != 1:
            return None
        comp = c.component(named[0])
        if comp is None:
            return None
        skip = bool(_SKIP.search(low))
        # "one review", "each blog post": the word after names the item ("one of us" does not)
        item_words = {w for _s, _e, k in self.components_named(low)
                      for w in re.findall(r"[a-z]+", low[_s:_e])}
        one = next((m for m in _ONE.finditer(low)
                    if set(re.findall(r"[a-z]+", m.group(0))[1:]) & item_words), None) or \
            re.search(r"\b(?:one|each|a single one|single one|either) of (?:them|those|these)\b",
                      low)  # the one item named ("two blog posts: a single one of them")
        worthish = re.search(r"\b(?:worth|counts?|weigh\w*|percent|lose|cost|points?)\b|%|"
                             r"\bhow much (?:is|are|does|do)\b(?![\w ]{0,30}\b(?:write|read|"
                             r"pages?|long|words?)\b)", low)
        count = self._count(comp)
        some = self._some_of(low, comp)
        several = _SKIP_SOME.search(low)
        k = (2 if several.group(2) else int(several.group(1)) if several.group(1).isdigit()
             else _CARDINALS.get(several.group(1), 0)) if several else 0
        if count and 1 < k < count and not skip and worthish and not _STATED_PERCENT.search(low):
            # "skipping 2 of them, how much would that cost?": that many of the equal items
            each = comp.weight / count
            return Answer(kind="answer", lines=(Line(
                f"Skipping {k} costs up to {fmt(k * each)}% of your final grade: "
                f"{comp.title} are {comp.weight:g}% for {count}, {fmt(each)}% each."),
                Line(comp.printed or "")), topic=f"component:{comp.key}",
                sources=(self._cite(c.grading.source),),
                notes=("Assuming the items count equally (the syllabus gives only the "
                       "total).",), confidence=1.0)
        if count and some and not skip and (_SUM.search(low) or worthish) and not \
                _STATED_PERCENT.search(low):
            # "what do three reviews add up to": that many of the equal items
            each = comp.weight / count
            return Answer(kind="answer", lines=(Line(
                f"{some} of them are worth {fmt(some * each)}% of the grade together: "
                f"{comp.title} are {comp.weight:g}% for {count}, {fmt(each)}% each."),
                Line(comp.printed or "")), topic=f"component:{comp.key}",
                sources=(self._cite(c.grading.source),),
                notes=("Assuming the items count equally (the syllabus gives only the "
                       "total).",), confidence=1.0)
        if not (skip or (one and worthish)):
            if re.search(r"\b(?:share|portion|fraction|part|chunk|piece)\b[\w ]{0,12}\b(?:grade|"
                         r"total|overall|mark)\b", low):
                return Answer(kind="answer", lines=(
                    Line(f"{comp.title}: {comp.weight:g}% of the grade."),
                    Line(comp.printed or "")), topic=f"component:{comp.key}",
                    sources=(self._cite(c.grading.source),), confidence=1.0)
            return None
        if count is None:
            return Answer(kind="answer", lines=(
                Line(f"{comp.title}: {comp.weight:g}% of the grade in all."),
                Line("The syllabus gives no split between single items.")),
                topic=f"component:{comp.key}", sources=(self._cite(c.grading.source),),
                confidence=1.0)
        each = comp.weight / count
        if skip:
            head = (f"Skipping one costs up to {fmt(each)}% of your final grade: "
                    f"{comp.title} are {comp.weight:g}% for {count}, {fmt(each)}% each.")
        else:
            head = (f"One is worth {fmt(each)}% of the grade: {comp.title} are "
                    f"{comp.weight:g}% for {count}.")
        if checks_share:  # "do I lose 3% if I skip one review?": yes or no first
            head = ("Yes. " if math.isclose(float(stated[0]), each) else
                    "No. ") + head
        return Answer(kind="answer", lines=(Line(head), Line(comp.printed or "")),
                      topic=f"component:{comp.key}", sources=(self._cite(c.grading.source),),
                      notes=("Assuming the items count equally (the syllabus gives only the "
                             "total).",), confidence=1.0)

    # ---- the schedule's order: the topic after / before another, first, last, how long

    @cached_property
    def _topic_names(self) -> list[tuple[re.Pattern[str], int]]:
        out: list[tuple[str, int]] = []
        for i, topic in enumerate(self.course.schedule.topics):
            title = topic.title.lower().replace("-", " ")
            names = {title, *(p.strip() for p in title.split(",") if len(p.strip()) > 3)}
            names.add(topic.title.lower().replace("-", ""))  # "autoencoders", "auto-encoders"
            if title.startswith("introduction "):
                names.add("intro" + title[len("introduction"):])  # the usual short form
            words = [w for w in re.split(r"[\s,]+", title) if w and w[0].isalpha()]
            if len(words) >= 2:
                names.add("".join(w[0] for w in words))
            for name in list(names):
                # the usual abbreviation: "differential equations" are "ODEs"
                if "differential equation" in name:
                    for short in ("odes", "ode", "diff eqs", "diffeqs"):
                        names.add(name.replace("differential equations", short).replace(
                            "differential equation", short))
            for name in names:
                out.append((name, i))
        out.sort(key=lambda p: -len(p[0]))
        # "normalizing flows" is also "a normalizing flow"
        return [(re.compile(rf"\b{re.escape(n[:-1] if n.endswith('s') and len(n) > 4 else n)}"
                            rf"s?\b"), i) for n, i in out]

    def topics_named(self, low: str) -> list[int]:
        text = low.replace("-", " ")
        found: list[tuple[int, int]] = []
        taken: list[tuple[int, int]] = []
        for pattern, i in self._topic_names:
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append(m.span())
                found.append((m.start(), i))
        return list(dict.fromkeys(i for _, i in sorted(found)))

    def _topic_order(self, question: str, low: str) -> Made | None:
        c = self.course
        topics = c.schedule.topics
        if not topics:
            return None
        src = (self._cite(c.schedule.source),)
        note = (f"The schedule is “{c.schedule.note}”.",) if c.schedule.note else ()
        last_week = max(w for t in topics for w in t.weeks)
        if re.search(r"\bhow many (?:weeks|teaching weeks)\b", low) and re.search(
                r"\b(?:course|class|schedule|semester|term|it|last|run|long)\b", low) \
                and not self.deadlines_named(low) and not self.topics_named(low):
            return Answer(kind="answer", lines=(Line(
                f"The schedule runs {last_week} weeks (weeks 1–{last_week})."),),
                topic="schedule", sources=src, notes=note, confidence=1.0)
        if re.search(r"\bhow many (?:topics|units|modules)\b", low):
            listed = tuple(Line(f"• {t.title}: {_weeks(t.weeks)}") for t in topics)
            return Answer(kind="answer", lines=(Line(
                f"{len(topics)} topics on the schedule:"), *listed),
                topic="schedule", sources=src, notes=note, confidence=1.0)
        has_date = any(p.search(low) for p in _DATE_PATTERNS[:3])
        asks_week = re.search(r"\b(?:what|whats|which)\b[^.?!]{0,30}\b(?:week|topics?|cover\w*|"
                              r"learn\w*|lecture|discuss\w*)\b[^.!]*$", low)
        dated_week = (has_date and asks_week and len(low.split()) <= 16) or re.search(
            r"\bwhat week is (?:it|this)\b|\b(?:which|what) week (?:are we|is it)\b|"
            r"\b(?:which|what) week (?:of|in|into) (?:the |this |our )?(?:course|class|semester|"
            r"term|quarter|schedule) (?:are we|is it|is this|am i|we are|it is)\b|"
            r"\bcurrent week\b", low)
        if dated_week and not self.deadlines_named(low) and not self.topics_named(low) \
                and not re.search(r"\bweek\s*\d", low):
            return self._week_of_date(question, low)
        pair = self.topics_named(low)
        asked_m = re.match(r"\s*(?:does|do|is|are|will|would)\b", low)
        rel_m = re.search(r"\b(before|after|earlier than|later than|ahead of|prior to)\b", low)
        if len(pair) == 2 and asked_m and rel_m and not re.search(r"\b(?:or|vs|versus)\b", low) \
                and not self.deadlines_named(low) and not self.components_named(low):
            # "does A come before B?": yes or no by the schedule's order
            a_t, b_t = topics[pair[0]], topics[pair[1]]
            before = rel_m.group(1) in {"before", "earlier than", "ahead of", "prior to"}
            holds = (pair[0] < pair[1]) == before
            return Answer(kind="answer", lines=(Line(
                f"{'Yes' if holds else 'No'}: {a_t.title} is in {_weeks(a_t.weeks)}, "
                f"{b_t.title} in {_weeks(b_t.weeks)}."),), topic="schedule", sources=src,
                notes=note, confidence=1.0)
        either = re.search(r"\b(?:before or after|after or before|earlier or later|later or "
                           r"earlier|sooner or later)\b", low)
        if len(pair) == 2 and asked_m and either and not self.deadlines_named(low) \
                and not self.components_named(low):
            # "is A before or after B?": A's place, said in words, relative to B
            a_t, b_t = topics[pair[0]], topics[pair[1]]
            word = "Before" if pair[0] < pair[1] else "After"
            return Answer(kind="answer", lines=(Line(
                f"{word}: {a_t.title} comes {word.lower()} {b_t.title} ({a_t.title} is in "
                f"{_weeks(a_t.weeks)}, {b_t.title} in {_weeks(b_t.weeks)})."),),
                topic="schedule", sources=src, notes=note, confidence=1.0)
        order_m = re.search(r"\b(first|earlier|sooner|before|last|later|after|second)\b", low)
        if len(pair) == 2 and order_m and re.search(r"\b(?:or|vs|versus)\b", low) and not \
                self.deadlines_named(low) and not self.components_named(low):
            # "which is taught earlier, A or B": the schedule's weeks decide
            a_t, b_t = topics[pair[0]], topics[pair[1]]
            early, late = (a_t, b_t) if pair[0] < pair[1] else (b_t, a_t)
            later = order_m.group(1) in {"last", "later", "after", "second"}
            head = (f"{late.title} comes later" if later else f"{early.title} comes first")
            return Answer(kind="answer", lines=(Line(
                f"{head}: {early.title} is in {_weeks(early.weeks)}, {late.title} in "
                f"{_weeks(late.weeks)}."),), topic="schedule", sources=src, notes=note,
                confidence=1.0)
        topical = re.search(r"\b(?:topics?|cover\w*|learn\w*|teach\w*|lectures?|stud\w+|units?|"
                            r"modules?|discuss\w*|go over|do we do|comes?|next|follows?|"
                            r"precedes?)\b", low)
        if not topical or self.deadlines_named(low) or (
                self.components_named(low) and not re.search(r"\btopics?\b", low)):
            return None
        named = self.topics_named(low)
        week_m = re.search(r"\bweek\s*(\d{1,2})\b", low)
        if week_m and not named and re.search(r"\b(?:topics?|overlap\w*|cover\w*|both)\b", low):
            return self.a.week_answer(int(week_m.group(1)))
        edge = re.search(r"\b(first|last|final|opening|closing)\s+(?:\w+\s+)?(?:topic|unit|module|"
                         r"thing (?:we|you|they) (?:cover|learn|study|do)|thing (?:covered|taught|"
                         r"studied|on the schedule))", low)
        if edge and not named:
            topic = topics[0] if edge.group(1) in {"first", "opening"} else topics[-1]
            return Answer(kind="answer", lines=(Line(
                f"The {'first' if topic is topics[0] else 'last'} topic on the schedule: "
                f"{topic.title} ({_weeks(topic.weeks)})."),),
                topic="schedule", sources=src, notes=note, confidence=1.0)
        rel = re.search(r"\b(after|following|follows?|followed|succeeds?|before|preceding|"
                        r"precedes?|preceded|prior to)\b", low)
        if rel and len(named) == 1:
            i = named[0]
            after = rel.group(1).startswith(("after", "follow", "succeed"))
            j = i + 1 if after else i - 1
            if not 0 <= j < len(topics):
                head = (f"{topics[i].title} is the {'last' if after else 'first'} topic on "
                        "the schedule.")
                return Answer(kind="answer", lines=(Line(head),), topic="schedule",
                              sources=src, notes=note, confidence=1.0)
            if re.search(r"\btopics\b|\bin order\b|\beverything\b|\ball\b", low):
                rest = topics[i + 1:] if after else topics[:i]
                word = "after" if after else "before"
                return Answer(kind="answer", lines=(
                    Line(f"The topics {word} {topics[i].title} ({_weeks(topics[i].weeks)}), in "
                         "order:"), *(Line(f"• {t.title}: {_weeks(t.weeks)}") for t in rest)),
                    topic="schedule", sources=src, notes=note, confidence=1.0)
            other = topics[j]
            word = "After" if after else "Before"
            return Answer(kind="answer", lines=(
                Line(f"{word} {topics[i].title} ({_weeks(topics[i].weeks)}) comes "
                     f"{other.title} ({_weeks(other.weeks)})."),),
                topic="schedule", sources=src, notes=note, confidence=1.0)
        return None

    def _topic_edges(self, question: str, low: str) -> Made | None:
        """"When do we start <topic A> and when do we finish <topic B>?": each topic's first
        (or last) schedule week and class, one line per part, in the order asked."""
        if not _EDGE_WORD.search(low) or not re.search(r"\bwhen\b|\bwhat week\b|\bwhich week\b",
                                                      low) or self.deadlines_named(low) or \
                self.components_named(low):
            return None
        text = low.replace("-", " ")
        c = self.course
        spans: list[tuple[int, int, int]] = []
        for pattern, i in self._topic_names:
            for m in pattern.finditer(text):
                if not any(s_ < m.end() and m.start() < e_ for s_, e_, _i in spans):
                    spans.append((m.start(), m.end(), i))
        found = sorted(spans)
        if not found:
            return None
        cuts = [0, *(m.end() for m in re.finditer(r"\band\b(?= (?:when|what|which|how)\b)|[?;,]",
                                                  text)), len(text)]
        lines: list[Line] = []
        for start, end, i in found:
            lo = max(x for x in cuts if x <= start)
            hi = min(x for x in cuts if x >= end)
            verbs = list(_EDGE_WORD.finditer(text[lo:hi]))
            if not verbs:
                continue
            before = [m for m in verbs if lo + m.end() <= start]
            verb = (before[-1] if before else verbs[0]).group(0)
            topic = c.schedule.topics[i]
            first = not re.match(r"finish|end|wrap|conclud|done|over|last", verb)
            week = min(topic.weeks) if first else max(topic.weeks)
            days = c.class_dates_in_week(week)
            day = (days[0] if first else days[-1]) if days else None
            when = f" ({'first' if first else 'last'} class that week: {_ddmm(day)})" if day \
                else ""
            lines.append(Line(f"{topic.title} {'starts' if first else 'ends'} in week {week}"
                              f"{when}; it runs {_weeks(topic.weeks)}."))
        if not lines:
            return None
        notes = tuple(x for x in (
            f"The schedule is “{c.schedule.note}”." if c.schedule.note else "",
            "Dates follow an assumed term calendar (the syllabus gives only week numbers).")
            if x)
        return Answer(kind="answer", lines=tuple(lines), topic="schedule", notes=notes,
                      sources=(self._cite(c.schedule.source),), confidence=1.0)

    def _compare_weights(self, named: list[str], group: tuple[int, int, str] | None,
                         low: str, *, only: bool = False) -> Answer:
        """"Is the project worth more than the reviews?", "reviews compared to presentations";
        ``only``: just the ``named`` items (others were set aside, "X excluded")."""
        c = self.course
        sides: list[tuple[int, str, float]] = []
        for start, _end, key in self.components_named(low):
            comp = c.component(key)
            if only and key not in named:
                continue
            if comp is not None and all(key != k for _s, k, _w in sides):
                sides.append((start, key, comp.weight))
        if group is not None:
            members = [x for x in c.grading.components if x.group == group[2]]
            sides = [x for x in sides if x[1] not in {m.key for m in members}]
            sides.append((group[0], "group:" + group[2], math.fsum(m.weight for m in members)))
        sides.sort()
        names = {k: (k[6:] if k.startswith("group:") else c.component(k).title)  # type: ignore[union-attr]
                 for _s, k, _w in sides}
        lines = [Line(f"{names[k]}: {fmt(w)}% of the grade.") for _s, k, w in sides]
        if len(sides) == 2 and (re.match(r"\s*(?:is|are|does|do|was)\b", low)
                                or _ASKS_YES_NO.search(low.strip(" ?!."))):
            a, b = sides[0][2], sides[1][2]
            if re.search(r"\btwice|double\b", low):
                holds = math.isclose(a, 2 * b)
            elif re.search(r"\bhalf\b", low):
                holds = math.isclose(2 * a, b)
            elif re.search(r"\bless than|smaller than|lighter\b", low):
                holds = a < b
            elif re.search(r"\bas much as\b", low):
                holds = math.isclose(a, b)
            else:
                holds = a > b
            lines.insert(0, Line("Yes." if holds else "No."))
        elif len(sides) >= 2 and _WHICH_MORE.search(low):
            # "which counts more, A or B?": the heavier one (the lighter with "less") first
            less = re.search(r"\b(?:less|least|smaller|smallest|lighter|lightest|lower)\b", low)
            top = (min if less else max)(w for _s, _k, w in sides)
            winners = [names[k] for _s, k, w in sides if math.isclose(w, top)]
            if len(winners) == len(sides):
                lines.insert(0, Line(f"They are worth the same ({fmt(top)}% each)."))
            else:
                word = "less" if less else "more"
                lines.insert(0, Line(f"{' and '.join(winners)} ({fmt(top)}%) "
                                     f"{'are' if len(winners) > 1 else 'is'} worth {word}."))
        elif len(sides) == 2 and re.search(r"\bhow much (?:more|less|bigger|smaller)\b|"
                                           r"\bdifference\b", low):
            # "by how much does the final report outweigh the proposal": the difference
            (_s1, k1, w1), (_s2, k2, w2) = sides
            big, small = ((k1, w1), (k2, w2)) if w1 >= w2 else ((k2, w2), (k1, w1))
            lines.insert(0, Line(f"{names[big[0]]}: {fmt(big[1] - small[1])} percentage points "
                                 f"more than {names[small[0]]} ({fmt(big[1])}% vs "
                                 f"{fmt(small[1])}%)."
                                 if big[1] != small[1] else
                                 f"They are worth the same ({fmt(big[1])}% each)."))
        return Answer(kind="answer", lines=tuple(lines), topic="grading",
                      sources=(self._cite(c.grading.source),), confidence=1.0)

    def _sum_counts(self, named: list[str], low: str) -> Answer | None:
        """"How many pages in all for the proposal + midterm + final", "how many classes do
        I present in plus review": sums of the counts the course file states."""
        c = self.course
        comps = [x for x in (c.component(k) for k in named) if x is not None]
        if re.search(r"\bpages?\b", low):
            found = [(x, re.search(r"\b(\d+) pages?\b", x.printed or "")) for x in comps]
            if all(m for _, m in found):
                pages = [(x, int(m.group(1))) for x, m in found if m]
                parts = " + ".join(f"{x.title} {n}" for x, n in pages)
                return Answer(kind="answer", lines=(Line(
                    f"{sum(n for _, n in pages)} pages in all ({parts}), each plus what the "
                    "syllabus lists beside the pages (references, appendices)."),),
                    topic="grading", sources=(self._cite(c.grading.source),), confidence=1.0)
            return None
        if re.search(r"\bclass(?:es)?\b", low):
            counts = [(x, self._count(x)) for x in comps]
            if all(n for _, n in counts):
                parts = " + ".join(f"{x.title} {n}" for x, n in counts)
                return Answer(kind="answer", lines=(Line(
                    f"{sum(n or 0 for _, n in counts)} classes in all ({parts})."),),
                    topic="grading", sources=(self._cite(c.grading.source),), confidence=1.0)
        if re.search(r"\bhow many\b", low) and re.search(
                r"\b(?:things?|items?|pieces?|deliverables?|submissions?|assignments?|hand\w* in|"
                r"turn\w* in|submit\w*|write|do)\b", low):
            # "how many things do I hand in: presentations, blog posts and reviews"
            counts = [(x, self._count(x)) for x in comps]
            if all(n for _, n in counts):
                parts = " + ".join(f"{x.title} {n}" for x, n in counts)
                return Answer(kind="answer", lines=(Line(
                    f"{sum(n or 0 for _, n in counts)} in all ({parts})."),),
                    topic="grading", sources=(self._cite(c.grading.source),), confidence=1.0)
        return None

    def _week_of_date(self, question: str, low: str) -> Made:
        """"What week is Oct 21 in?", "what's the topic on Nov 11", "what week is it"."""
        c = self.course
        dated = any(p.search(low) for p in _DATE_PATTERNS)

        def make(now: datetime, items: list[DueItem]) -> Answer:
            day = find_date(question, now=now, course=c) if dated else None
            day = day or now.astimezone(c.tz).date()
            week = c.week_of(day)
            notes: tuple[str, ...] = ("Week numbers follow an assumed term calendar (the "
                                      "syllabus gives only week numbers).",)
            if c.schedule.note:
                notes = (f"The schedule is “{c.schedule.note}”.", *notes)
            src = (self._cite(c.schedule.source),)
            if week is None:
                return Answer(kind="answer", lines=(Line(
                    f"{_ddmm(day)} is in no teaching week of the (assumed) term calendar."),),
                    topic="schedule", sources=src, notes=notes, confidence=1.0)
            topics = c.schedule.topics_for_week(week)
            listed = "; ".join(t.title for t in topics) if topics else "no topic listed"
            return Answer(kind="answer", lines=(Line(
                f"{_ddmm(day)} is in week {week}: {listed}."),), topic="schedule",
                sources=src, notes=notes, confidence=1.0)

        return make

    # ---- properties of the course and its items

    def _properties(self, question: str, low: str) -> Made | None:
        c = self.course
        src = (self._cite(_basic(c)),)
        if _CLASS_EDGE.search(low) and not self.components_named(low) \
                and not self.deadlines_named(low) and not self.topics_named(low) \
                and not re.search(r"\bwhat time\b", low):
            days = "; ".join(f"{', '.join(m.days)} {_clock(m.start)} – {_clock(m.end)}"
                             for m in c.meetings)
            lines = [Line("The syllabus doesn't give the first or last day of classes (no term "
                          f"dates); it gives only the meeting days: {days}.")]
            weeks = [t for t in c.schedule.topics if t is c.schedule.topics[-1]]
            if weeks:
                lines.append(Line(f"The schedule ends with {weeks[0].title} in "
                                  f"{_weeks_text(weeks[0].weeks)}."))
            return Answer(kind="decline", lines=(*lines, *self.a._staff), topic="meetings",
                          sources=src, unknown=("term dates",), confidence=0.0)
        said_minutes = _said_class_minutes(low)
        if said_minutes is not None and not self.components_named(low) \
                and not self.deadlines_named(low):
            lines = []
            holds = True
            for m in c.meetings:
                minutes = (datetime.combine(date.min, m.end)
                           - datetime.combine(date.min, m.start)).seconds // 60
                holds = holds and minutes == said_minutes
                lines.append(Line(f"Each class is {minutes} minutes ({', '.join(m.days)}, "
                                  f"{_clock(m.start)} – {_clock(m.end)})."))
            if lines:
                return Answer(kind="answer", lines=(Line("Yes." if holds else "No."), *lines),
                              topic="meetings", sources=src, confidence=1.0)
        if _CLASS_LENGTH.search(low):
            lines = []
            for m in c.meetings:
                minutes = (datetime.combine(date.min, m.end)
                           - datetime.combine(date.min, m.start)).seconds // 60
                lines.append(Line(f"Each class is {minutes} minutes ({', '.join(m.days)}, "
                                  f"{_clock(m.start)} – {_clock(m.end)})."))
            return Answer(kind="answer", lines=tuple(lines), topic="meetings", sources=src,
                          confidence=1.0)
        if _PER_WEEK.search(low):
            lines = [Line(f"{len(m.days)} times a week: {', '.join(m.days)} {_clock(m.start)} "
                          f"– {_clock(m.end)}, {m.location}.") for m in c.meetings]
            return Answer(kind="answer", lines=tuple(lines), topic="meetings", sources=src,
                          confidence=1.0)
        if _HOW_MANY_CLASSES.search(low) and not re.search(r"\b(?:present\w*|review\w*|"
                                                            r"blog\w*)\b", low) and not re.search(
                r"\b(?:left|remaining|to go|so far|(?:this|next|last|per|each|every|a) week|"
                r"missed?|skip\w*)\b", low):
            total = next((int(m.group(1)) for comp in c.grading.components
                          for m in [re.search(r"\(of (\d+) classes\)", comp.printed or "")]
                          if m), None)
            if total is not None:
                return Answer(kind="answer", lines=(Line(f"{total} classes in the term."),),
                              topic="meetings", sources=(self._cite(c.grading.source),),
                              confidence=1.0)
        if re.search(r"\bhow many (?:people|students|presenters|of us|persons)\b.*\b(?:present\w*|"
                     r"per class|each class|a class|in a class)\b|\bhow many presenters\b|"
                     r"\bpresenters (?:per|in each|each) class\b", low):
            facts = [f for comp in c.grading.components for f in comp.facts
                     if re.search(r"\bpresenters\b", f)]
            if facts:
                return Answer(kind="answer", lines=(Line(facts[0][:1].upper() + facts[0][1:]
                                                         + "."),),
                              topic="component:paper_presentations",
                              sources=(self._cite(c.grading.source),), confidence=1.0)
        if re.search(r"\b(?:cutoffs?|letter grades?|grade (?:scale|boundaries|thresholds?)|"
                     r"grading scale|scale)\b", low) and re.search(
                r"\b(?:tentative|final|fixed|firm|set in stone|change|changed|adjust\w*|move|"
                r"moved|official|definite)\b", low) and c.grading.notes:
            notes = sorted(c.grading.notes, key=lambda n: "tentative" not in n.lower())
            return Answer(kind="answer", lines=tuple(Line(n) for n in notes),
                          topic="curve", sources=(self._cite(c.grading.cutoffs_source),),
                          confidence=1.0)
        if c.textbook and re.search(
                r"\b(?:where|how)\b[^.?!]{0,40}\b(?:readings?|papers|materials?|textbooks?|"
                r"books?)\b|\b(?:readings?|papers|materials?)\b[^.?!]{0,20}\b(?:come from|comes "
                r"from|posted|found)\b|\bwhich (?:textbook|book)s?\b", low) \
                and not self.components_named(low) and not self.deadlines_named(low) \
                and not self.topics_named(low):
            return lambda now, items: self.a.topic_answer("textbook", now=now, due=items)
        if re.search(r"\b(?:link|url|zoom id|meeting id)\b", low) and re.search(
                r"\b(?:zoom|class|classes|lectures?|meetings?|office hours?)\b", low):
            places = ", ".join(dict.fromkeys(m.location for m in c.meetings if m.location))
            notes = [o.link_note for o in c.office_hours if o.link_note]
            links = [o.link for o in c.office_hours if o.link]
            if not links:
                lines = [Line(f"The syllabus gives the place as {places or 'nothing'} but gives "
                              "no meeting link.")]
                lines += [Line(n) for n in notes]
                return Answer(kind="answer", lines=(*lines, *self.a._staff), topic="meetings",
                              sources=src, confidence=0.5)
        if _TERM.search(low):
            return Answer(kind="answer", lines=(Line(f"{c.code} {c.title} is a {c.term} "
                                                     "course."),),
                          topic="description", sources=src, confidence=1.0)
        alone = _TEAM_ALONE.search(low) and re.search(
            r"\b(?:project|team|teams|group|groups|partner|partners|teammates?)\b", low) \
            and not re.search(r"\b(?:present\w*|reviews?|blog\w*|slides?)\b", low) \
            and not re.search(r"\b(?:fraction|share|proportion|percent\w*|worth|weigh\w*)\b",
                              low)  # "the final report alone": that item by itself
        size = re.search(r"\b(\d|one|two|three|four|five|six|seven|eight)[- ](?:people|persons?|"
                         r"members?|students|of us|man|member|person)\b|\b(?:team|group) of "
                         r"(\d|one|two|three|four|five|six|seven|eight)\b", low)
        if size and re.search(r"\b(?:teams?|groups?|partners?|teammates)\b", low) and re.match(
                r"\s*(?:can|could|may|is|are|will|would|do|does)\b", low):
            # "may a group of five do the project": the stated size against the file's
            facts = [f for d in c.deadlines for f in d.facts if re.search(r"\bteams? of\b", f)]
            sizes = [int(x) for f in facts[:1] for x in re.findall(r"\b\d\b", f)]
            said = size.group(1) or size.group(2)
            n = int(said) if said.isdigit() else _CARDINALS.get(said)
            if sizes and n is not None:
                holds = min(sizes) <= n <= max(sizes)
                return Answer(kind="answer", lines=(Line(
                    ("Yes. " if holds else "No. ") + facts[0] + "."),), topic="team",
                    sources=(self._cite("Coursework and Grading"),), confidence=1.0)
        if (_TEAM_SIZE.search(low) or alone) and not re.search(
                r"\bhow many (?:teams|groups|days|weeks|hours)\b|\b(?:until|till|left|due)\b", low):
            facts = [f for d in c.deadlines for f in d.facts if re.search(r"\bteams? of\b", f)]
            if facts:
                solo = alone and re.search(r"\b(?:alone|by myself|on my own|solo|individually|"
                                           r"just me|one person|single person)\b", low) \
                    and not re.search(r"\b1\b", " ".join(facts))
                head = ("No: " if solo else "") + facts[0] + "."
                if solo and re.search(r"\bor\b[^?]{0,25}\b(?:teams?|groups?|partners?|together|"
                                      r"teammates?|classmates|others|someone)\b|\b(?:teams?|"
                                      r"groups?|partners?|together)\b[^?]{0,25}\bor\b", low):
                    # "alone or in a group?": either/or, so the way it is done, not a bare no
                    said = re.sub(r"^(\w+) [–-] in ", lambda g: f"the {g.group(1).lower()} is in ",
                                  facts[0])
                    head = f"As a team: {said}."
                return Answer(kind="answer", lines=(Line(head),), topic="team",
                              sources=(self._cite("Coursework and Grading"),), confidence=1.0)
        return None

    # ---- what is due on a date written in words

    def _on_date(self, question: str, low: str) -> Made | None:
        full_date = any(p.search(low) for p in _DATE_PATTERNS[:2])
        # "…what must I get done by then": what is due on the day said
        low = re.sub(r"\b(?:need to|have to|must|should) (?:have|get) (?:\w+ ){0,2}?(?:done|"
                     r"sorted|ready|finished|submitted|handed in|turned in|in)\b(?: by (?:then|"
                     r"that (?:day|date)))?|\bby (?:then|that (?:day|date))\b", " due ", low)
        if not re.search(r"\b(?:due|deadline|submit\w*|submission|anything|(?:turn|hand)"
                         r"(?:ed|ing)? in|deliver\w*)\b", low) and not (full_date and re.search(
                             r"\b(?:happens?|happening|going on|that date|this date|that day|"
                             r"what is it|whats it|matters?|important|significan\w*|special)\b",
                             low)):
            return None
        if re.search(r"\b(?:before|after|by|until|till|between|from)\b", low):
            return None
        if self.deadlines_named(low):
            return None
        if not any(p.search(low) for p in _DATE_PATTERNS) and any(
                re.search(rf"\b{re.escape(n)}\b", low) for r in self.course.relative_deadlines
                for n in (r.title.lower(), *(a.lower() for a in r.aliases))):
            return None  # "the slides … on the day we present": no date, an item's own rule
        c = self.course
        bare = _DATE_PATTERNS[3].search(low) if not full_date and not _DATE_PATTERNS[2].search(
            low) else None
        if not (re.search(rf"\b(?:{_ORD})\b", low) or re.search(r"\bon\b", low) or full_date
                or bare or re.match(r"\s*\d{1,2}/\d{1,2}\b", low)):
            return None
        weekday = _WEEKDAY_WORD.search(low[max(0, bare.start() - 14):bare.start()]) \
            if bare else None

        month_m = re.search(rf"\b(?:in|during) {_MONTH}(?!\s*\d)", low)
        weekday_m = _WEEKDAY_WORD.search(low)

        def make(now: datetime, items: list[DueItem]) -> Answer:
            day = find_date(question, now=now, course=c)
            if day is None and month_m is not None:
                # "due on a wednesday in december": the deadlines in that month (on that day)
                month = _MONTHS[month_m.group(1)[:3]]
                inside = [i for i in items if i.due_at.astimezone(c.tz).month == month and (
                    weekday_m is None or i.due_at.astimezone(c.tz).weekday()
                    == _WEEKDAY_NAMES[weekday_m.group(1)[:3]])]
                if inside:
                    return self._listing(inside, "Due then:")
                return replace(self._listing([], "No fixed-date deadline is due then."),
                               notes=self._rel_notes())
            if day is None:
                return self._listing([i for i in items if i.due_at >= now][:3], "Due coming up:")
            found = [i for i in items if i.due_at.astimezone(c.tz).date() == day]
            if not found and bare is not None:
                # "the eighth" without a month: a deadline on that day of any month, the
                # coming one first (and on that weekday when one is named)
                on = [i for i in items if i.due_at.astimezone(c.tz).day == day.day and (
                    weekday is None or i.due_at.astimezone(c.tz).weekday()
                    == _WEEKDAY_NAMES[weekday.group(1)[:3]])]
                on.sort(key=lambda i: (i.due_at < now, i.due_at))
                if on:
                    return self._listing(on[:1], f"Due on the {day.day}{_suffix(day.day)} "
                                                 f"({on[0].due_at.astimezone(c.tz):%B}):")
            if found:
                listed = self._listing(found, f"Due on {_ddmm(day)}:")
                if re.search(r"\b(?:worth|weigh\w*|percent\w*|how much|count)\b|%", low):
                    # "what is due then and what does it count for": each one's weight too
                    comps = [comp for i in found for d in [c.deadline(i.key)] if d is not None
                             and d.component for comp in [c.component(d.component)]
                             if comp is not None]
                    listed = replace(listed, lines=(*listed.lines, *(
                        Line(f"{comp.title}: {comp.weight:g}% of the grade.") for comp in comps)),
                        sources=(*listed.sources, self._cite(c.grading.source)))
                return listed
            later = sorted((i for i in items if i.due_at.astimezone(c.tz).date() > day),
                           key=lambda i: i.due_at)
            earlier = sorted((i for i in items if i.due_at.astimezone(c.tz).date() < day),
                             key=lambda i: i.due_at)
            answer = self._listing([], f"Nothing is due on {_ddmm(day)}.")
            if later:
                answer = Answer(kind="answer", lines=(*answer.lines, Line(
                    f"Next after that: {later[0].title}, {{when}}.", when=later[0].due_at)),
                    topic="deadlines", sources=answer.sources, confidence=1.0, dated=True)
            if earlier and (not later or (
                    day - earlier[-1].due_at.astimezone(c.tz).date()
                    < later[0].due_at.astimezone(c.tz).date() - day)):
                # the nearest one is before that day (or none comes after it): name it
                answer = Answer(kind="answer", lines=(*answer.lines, Line(
                    f"The nearest one before it: {earlier[-1].title}, {{when}}.",
                    when=earlier[-1].due_at)),
                    topic="deadlines", sources=answer.sources, confidence=1.0, dated=True)
            return answer

        return make

    # ---- honest about properties the file does not state

    def _unknown_property(self, question: str, low: str) -> Made | None:
        named_components = self.components_named(low)
        named_deadlines = self.deadlines_named(low)
        m = _PROPERTY.search(low)
        prop = _PROPERTY_WORDS.search(low)
        if not named_components and not named_deadlines:
            group = self.group_named(low)
            if group is None or m is None or prop is None:
                return None
            # "can the project be on a topic not covered in class?": a property of the whole
            # group the file does not state
            return Answer(kind="decline", lines=(
                Line(f"The syllabus doesn't cover that detail of the {group[2].lower()} "
                     f"(“{prop.group(0)}”), so I can't answer it; the course staff can."),
                *self.a._staff), topic="property", unknown=(prop.group(0),), confidence=0.0)
        where = _WHERE_SUBMIT.search(low)
        longer = re.search(r"\b(?:longer|shorter|more|fewer|less|exceed\w*|over|beyond|go past)\b"
                           r"[\w ]{0,12}?\b(?:than )?(?:the )?(?:\d+[- ])?(?:pages?|page limit|"
                           r"limit)\b|\bbe (\d+) pages?\b", low)
        if longer is not None:
            texts = self._item_texts(named_components, named_deadlines)
            limit = re.search(r"\b\d+ pages?(?: \+ [a-z]+)*", texts)
            title = self._item_title(named_components, named_deadlines)
            asked_n = re.search(r"\b(\d+)[- ]pages?\b", low)
            if limit is not None and not (asked_n and longer.group(1) and int(asked_n.group(1))
                                          <= int(limit.group(0).split()[0])):
                # the limit is a fact; going over it is not specified: the fact, no guess
                return Answer(kind="answer", lines=(
                    Line(f"The syllabus gives the {title.lower()} as “{limit.group(0).strip()}”; "
                         "it does not specify anything beyond that (going over, or what counts "
                         "toward it)."), *self.a._staff),
                    topic="property", confidence=0.5)
        if where is not None and not re.search(r"\b(?:where|how)\b", self._item_texts(
                named_components, named_deadlines)):
            title = self._item_title(named_components, named_deadlines)
            return Answer(kind="decline", lines=(
                Line(f"The syllabus doesn't say where or how to hand in the {title.lower()}, "
                     "so I can't answer that; the course staff can."), *self.a._staff),
                topic="property", unknown=("where",), confidence=0.0)
        criteria = _CRITERIA.search(low)
        if prop is None and criteria is not None:
            prop = criteria
        if prop is None or (m is None and not re.search(
                r"\b(?:what|which|whats|any|is there|are there|who|how|when|where)\b", low)
                and not re.match(r"\s*(?:is|are|can|could|may|must|should|does|do|will|would)\b",
                                 low)):
            return None
        word = prop.group(0)
        if re.match(r"co-?writ|co-?author|joint|write |author |submit |hand in |turn in |"
                    r"share ", word) or re.search(
                r"\b(?:between|for) (?:both|the two|two|us|them|all)$", word):
            # writing an item together: where the file says the item's group is done in
            # teams, that fact (and nothing more) is the answer
            groups = {comp.group for _s, _e, k in named_components
                      for comp in [self.course.component(k)] if comp is not None}
            groups |= {comp.group for k in named_deadlines
                       for d in [self.course.deadline(k)] if d is not None and d.component
                       for comp in [self.course.component(d.component)] if comp is not None}
            team_fact = next((f for d in self.course.deadlines for f in d.facts
                              if re.search(r"\bteams?\b", f, re.I)
                              and d.component is not None
                              and (comp := self.course.component(d.component)) is not None
                              and comp.group in groups), None)
            # the item the joint work is about: the one named after the words, if any
            later = [x for x in named_components if x[0] >= prop.start()]
            title = self._item_title(later, []) if later else self._item_title(
                named_components, named_deadlines)
            if team_fact is None:
                return Answer(kind="decline", lines=(
                    Line(f"The syllabus doesn't say whether the {title.lower()} can be written "
                         "jointly (“" + word + "”), so I can't answer it; the course staff can."),
                    *self.a._staff), topic="property", unknown=(word,), confidence=0.0)
            return Answer(kind="answer", lines=(Line(
                f"The syllabus says “{team_fact}” for the {title.lower()}; it says nothing "
                "more about who writes what."), *self.a._staff), topic="property",
                sources=(self._cite(self.course.grading.source),), confidence=0.5)
        if re.match(r"pick|choos|chose|select|sign|assign", word) and "team" in named_deadlines:
            return None  # picking a team is what the team deadline is about
        if prop is criteria:
            word = "who grades it" if re.search(r"\bwho\b|\bby\b", word) else \
                "how it is graded" if word.startswith("how") else word
        # the file does state it for this item: let the reader answer
        item_texts = self._item_texts(named_components, named_deadlines)
        if word in item_texts:
            return None
        title = self._item_title(named_components, named_deadlines)
        stated = self._stated_alternative(low, named_components, named_deadlines)
        if stated is not None:
            return Answer(kind="answer", lines=(Line(
                f"{title}: the syllabus says “{stated[1]}” (“{stated[0]}” is not an option "
                "it lists)."),), topic="property",
                sources=(self._cite(self.course.grading.source),), confidence=1.0)
        staff = self.a._staff
        return Answer(kind="decline", lines=(
            Line(f"The syllabus doesn't cover that detail of the {title.lower()} (“{word}”), "
                 "so I can't answer it; the course staff can."), *staff),
            topic="property", unknown=(word,), confidence=0.0)

    def _unstated_detail(self, question: str, low: str) -> Made | None:
        """A detail of a named item that the item's own text never states (a penalty, an exact
        clock time, an exemption or swap, what each member does, a Q&A, how many papers, a
        content requirement, a tool): the honest "the syllabus doesn't say", with the staff to
        ask, and no date or weight."""
        comps = self.components_named(low)
        dls = self.deadlines_named(low)
        if not comps and not dls:
            return None
        texts = self._item_texts(comps, dls)
        rel = {r.key: r for r in self.course.relative_deadlines}
        for _s, _e, k in comps:
            for r in rel.values():
                if r.component == k:
                    texts += " " + " ".join([r.printed, *r.facts]).lower()
        for k in dls:
            if k in rel:
                texts += " " + " ".join([rel[k].printed, *rel[k].facts]).lower()
        word: str | None = None
        dated = any(k not in rel for k in dls)
        for name, asked, stated in _DETAIL_FAMILIES:
            if name == "the exact time" and dated:
                continue  # a dated deadline's time: said to be assumed (see _time_of_day)
            if name == "a change or exemption" and re.search(
                    r"\bhow much\b[^.?!]{0,40}\b(?:cost|lose|take off|worth|count)\b|\b(?:would|"
                    r"will|does) (?:that|it|this|skipping \w+) cost\b", low):
                continue  # what skipping costs in the grade: the weights answer it (_sums)
            if asked.search(low) and not stated.search(texts):
                word = name
                break
        if word is None:
            need = _NEEDS.search(low)
            if need is not None and not re.search(r"\bhow (?:many|much|long)\b", low):
                wanted = [w for w in re.findall(r"[a-z]{4,}", need.group(1))
                          if w not in {"have", "this", "that", "them", "some", "kind", "sort"}]
                if wanted and not any(re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", texts)
                                      for w in wanted) and not self.components_named(
                        need.group(1)) and not self.deadlines_named(need.group(1)):
                    word = need.group(1).strip()
        if word is None:
            tool = _USE_TOOL.search(low)
            if tool is not None and tool.group(1) not in texts and not self.components_named(
                    tool.group(1)) and not self.deadlines_named(tool.group(1)) and \
                    tool.group(1) not in {"it", "them", "this", "that", "my", "our", "same"}:
                word = tool.group(1)
        if word is None:
            return None
        title = self._item_title(comps, dls)
        return Answer(kind="decline", lines=(
            Line(f"The syllabus doesn't cover that detail of the {title.lower()} (“{word}”), "
                 "so I can't answer it; the course staff can."), *self.a._staff),
            topic="property", unknown=(word,), confidence=0.0)

    def _stated_alternative(self, low: str, comps: list[tuple[int, int, str]], dls: list[str]
                            ) -> tuple[str, str] | None:
        """"In class or recorded?": when the file states one side for the item, (the other
        side, the file's own words that state it); else None."""
        alt = re.search(r"\b((?:[a-z]+ ){0,2}[a-z]+) or ((?:[a-z]+ ){0,2}[a-z]+)\b", low)
        if alt is None:
            return None
        facts: list[str] = []
        for _, _, k in comps:
            comp = self.course.component(k)
            if comp is not None:
                facts += [comp.printed or "", *comp.facts]
        for k in dls:
            d = self.course.deadline(k)
            if d is not None:
                facts += list(d.facts)
        left, right = alt.group(1).split(), alt.group(2).split()
        # the other side is the word next to "or" ("in class or recorded": "recorded")
        sides = [(" ".join(left[-n:]), right[0]) for n in (2, 1) if len(left) >= n] + \
                [(" ".join(right[:n]), left[-1]) for n in (2, 1) if len(right) >= n]
        for phrase, other in sides:
            if len(phrase) < 5 and " " not in phrase:
                continue
            for fact in facts:
                if re.search(rf"\b{re.escape(phrase)}\b", fact.lower()):
                    return other, fact.strip()
        return None

    def _item_texts(self, comps: list[tuple[int, int, str]], dls: list[str]) -> str:
        c = self.course
        parts: list[str] = []
        for _, _, k in comps:
            comp = c.component(k)
            if comp is not None:
                parts += [comp.printed or "", *comp.facts]
        for k in dls:
            d = c.deadline(k)
            if d is not None:
                parts += list(d.facts)
        return " ".join(parts).lower()

    def _item_title(self, comps: list[tuple[int, int, str]], dls: list[str]) -> str:
        c = self.course
        if dls:
            d = c.deadline(dls[0])
            if d is not None:
                return d.title
        comp = c.component(comps[0][2])
        return comp.title if comp is not None else "item"


_WEEKDAY = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


_NOT_A_SCORE = object()
"""A what-if that must not be computed at all (a deadline missed, or one item of several)."""

_NUMBER_WORDS = {"one": 1, "a single": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _count_of(count: object) -> int | None:
    """How many items a count word says (None: all of them, or none said)."""
    if isinstance(count, int):
        return count
    if isinstance(count, str):
        return _NUMBER_WORDS.get(count)
    return None


def _value_back(text: str, values: list[tuple[int, tuple[int, int, str, Any]]],
                used: set[int]) -> int | None:
    """The index of a score said of a pronoun ("about 50% on those"), in a clause that
    names no item: it is the score of the item named just before."""
    return next((vi for vi, v in values if vi not in used and re.match(
        r"\s*(?:on|for|in|with|across) (?:those|them|these|it|that one|this one|each|"
        r"both|each of them|both of them)\b", text[v[1]:])), None)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a what-if (split at , ; . ! ? and at but / except / while)."""
    spans = []
    start = 0
    for m in re.finditer(r"[,;.!?:]\s(?!which\b|that\b|who\b|where\b|on which\b|in which\b)|"
                         r"[,;!?:]$|\bbut\b|"
                         r"\bexcept(?: for)?\b|\b(?:apart|aside) from\b|\bwhile\b|\bthough\b|"
                         r"\band\b(?=\s+(?:i|my|we|our|everything|all|the rest)\b)",
                         text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


_FILLER = frozenset("on in for the my a an of at all avg average is are was be gets get got "
                    "getting score scored scoring with i we our on it them those both to "
                    "which each where been basically pretty much nearly almost around about "
                    "roughly approximately maybe probably".split())


def _gap(text: str, a: tuple[int, int, str, object], b: tuple[int, int, str, object]) -> float:
    """Words between two events, fillers not counted ("70% on all the reviews": 0)."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    words = re.findall(r"[a-z0-9']+", text[lo:hi]) if hi > lo else []
    return sum(0 if w in _FILLER else 1.5 if w == "and" else 1 for w in words) + (
        0.1 if b[0] > a[0] else 0)


def _after_first_word(text: str) -> str:
    parts = text.split(None, 1)
    return parts[1] if len(parts) > 1 else ""


def _sentence(text: str, at: int) -> str:
    """The sentence of ``text`` around position ``at``."""
    start = max(text.rfind(p, 0, at) for p in ".?!;") + 1
    ends = [i for i in (text.find(p, at) for p in ".?!;") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def _weeks(weeks: Sequence[int]) -> str:
    if len(weeks) == 1:
        return f"week {weeks[0]}"
    return "weeks " + ", ".join(str(w) for w in weeks[:-1]) + f" and {weeks[-1]}"


def _article(letter: str) -> str:
    return ("an " if letter[:1] in {"A", "F", "E"} else "a ") + letter


def _clock(t: object) -> str:
    from bot.timefmt import clock_text
    return clock_text(datetime.combine(date.today(), t))  # type: ignore[arg-type]


def _basic(course: Course) -> str:
    if course.section("Basic Information") is not None or not course.sections:
        return "Basic Information"
    return course.sections[0].title


def _weeks_text(weeks: Sequence[int]) -> str:
    if len(weeks) == 1:
        return f"week {weeks[0]}"
    return "weeks " + ", ".join(str(w) for w in weeks[:-1]) + f" and {weeks[-1]}"


def _same_clock(said: re.Match[str], real: dtime) -> bool | None:
    """Whether a stated time ("5pm", "noon", "23:59") is ``real``; None if unreadable."""
    text = said.group(0).replace("at ", "").replace("by ", "").replace(".", "").strip()
    if text == "noon":
        return (real.hour, real.minute) == (12, 0)
    if text == "midnight":
        return (real.hour, real.minute) in {(0, 0), (23, 59)}
    m = re.match(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", text)
    if m is None:
        return None
    hour = int(m.group(1))
    if m.group(3):
        hour = hour % 12 + (12 if m.group(3) == "pm" else 0)
    return (real.hour, real.minute) == (hour, int(m.group(2) or 0))


def _an(letter: str) -> str:
    return ("an " if letter[:1] in {"A", "F", "E"} else "a ") + letter


def claimed_letter(question: str) -> str | None:
    """The letter grade a question claims ("that's still an A, right?"), as written."""
    m = re.search(r"\b(?:an?|still an?|get an?|be an?)\s+([A-DF])([+-]|\s?plus\b|\s?minus\b)?"
                  r"(?![\w])", question)
    if m is None or (m.group(1) == "A" and m.group(0).startswith("a ") and not m.group(2)
                     and not re.match(r"[\s,.?!]*(?:right|correct|$|\?|,)", question[m.end():])):
        return None
    sign = (m.group(2) or "").strip()
    return m.group(1) + {"plus": "+", "minus": "-"}.get(sign, sign)
