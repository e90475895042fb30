"""The fail-safe behind the safety detector: a private support card instead of a bare decline.

The detector (:mod:`bot.answers.safety`) recognises wordings; a message it misses used to
get "the syllabus doesn't cover that", in the thread. Here, when the engine would decline,
is unsure, or answers with low confidence, and the message reads as *personal* (the student
or someone close to them, with feeling, health, safety, conflict, body, substance, belief,
records or harm words), the answer becomes a short private card made only of the course
file's resources, ordered by the weak cues found, plus the instructor's contact unless the
message reports a staff member. The card is ``sensitive``: shown only to the asker, never
queued for the staff, never logged with its text.

Everything here is general English (a lexicon of word families, with rapidfuzz for typos);
every contact comes from the course file.

A semantic second opinion (``wordllama`` 0.4.0, nearest neighbour against the tuning
examples) was measured and left out: ``course-bot serve`` peaked at 197.1 MB resident with
it loaded against 126.9 MB without (bench_memory, 3,000 requests + 30 s soak; limit 150 MB),
although a query cost only 0.07 ms (p99 0.36 ms).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.answers.computed import STATED_SCORES
from bot.answers.model import Answer, Line
from bot.answers.safety import (
    _BODY_DANGER,
    _CLASH_TOO,
    _EVERYDAY_DOSE,
    _LAUGH,
    _NO_CLASH,
    _NOT_STAFF,
    _STAFF_ROLE,
    _TECHNICAL,
    IDIOMS,
    RETRACT,
    _clean,
    _research_topic,
    _staff_names,
    alongside,
    detect,
    light,
    question_after,
    topic_framed,
    without_concern,
)
from bot.answers.safety import _excused as excused
from bot.answers.safety_cues import GROUP, ID_PERSON, PERSON_SUBJ, SELF_ID, repair
from bot.course import Course

LOW_CONFIDENCE = 0.7
"""A topic answer below this share of the question explained is not a confident answer."""
CARD_AT = 2
"""Weak-cue weight a personal message needs before it gets the card."""
TYPO_AT = 86
"""rapidfuzz ratio for a misspelt cue word ("depresed", "anxeity", "accomodation")."""

# bucket: resources, in the order the card shows them
CRISIS, MOOD, SAFETY, SUBSTANCE, HEALTH, DISABILITY, BELIEF, RECORDS = (
    "crisis", "mood", "safety", "substance", "health", "disability", "belief", "records")

# word (or stem*) -> (bucket, weight). Weight 2: reads as a concern by itself in a personal
# message; weight 1: needs a second cue ("feel" + "failure", "eaten" + "fat").
_WORDS: dict[str, tuple[str, int]] = {}


def _add(bucket: str, weight: int, words: str) -> None:
    for word in words.split():
        _WORDS[word] = (bucket, weight)


_add(CRISIS, 2, "suicid* kms kys unalive overdos* goodbye goodbyes farewell noose "
                "jumping bleed* bleeding razor* self-harm selfharm disappear* pointless "
                "hopeless* worthless burden")
_add(CRISIS, 1, "die dying dead death alive pills bottle roof bridge cutting cut scratch* "
                "burns burning relief")
_add(MOOD, 2, "depress* anxiety anxious panic* lonely loneliness numb empty grief griev* "
              "mourning funeral nightmares insomnia hallucinat* paranoi* breakdown "
              "miserable cry crying cried tears sobbing"
              "  therapist therapy counsel* "
              "traumati* trauma impostor imposter divorc*")
_add(MOOD, 1, "feel feeling feelings felt sad upset scared afraid terrified fear* worried "
              "worry worrying stress stressed overwhelm* exhausted burnout burnt burned "
              "failure failing mess hurt* alone isolated homesick sleep slept sleeping "
              "died broke breakup nerves nightmare shaking heart racing drowning struggl* "
              "hard dark darkness quit")
_add(SAFETY, 2, "harass* assault* rape* raped molest* grope* groping stalk* creep* consent "
                "unsafe abuse* abusive slur* racist racism sexist homophob* transphob* "
                "bully* bullied threaten* threat* explicit nude* nudes inappropriate "
                "uncomfortable predator* coerc* pressur* touching touched "
                "violent violence blackmail* extort* sextort*")
_add(SAFETY, 1, "grabbed grabbing grab touch* follow* following hit hits hitting control* beats "
                "beating punch* slapp* choke choked choking strangle* "
                "controls yelled "
                "yelling scream* excluded excluding insult* demeaning mocking weird sexual")
_add(SUBSTANCE, 2, "drunk drinking alcohol* blackout blacked blacking hungover hangover "
                   "wasted weed stoned vape vaping cocaine coke addict* addiction gambling "
                   "relapse* sober sobriety adderall xanax opioid* heroin meth")
_add(SUBSTANCE, 1, "drink drinks beer vodka shots high using smoke smoking meds prescribed "
                   "substance*")
_add(HEALTH, 2, "fainted fainting vomit* purg* binge* bulimi* anorexi* starving seizure* "
                "hospital hospitalized doctor ambulance concussion migraine* covid "
                "injury injured")
_add(HEALTH, 1, "sick illness eat eating eaten ate food fat weight pain chest "
                "throwing threw fever infection surgery broke wrist arm leg sore bed")
_add(DISABILITY, 2, "disab* deaf blind wheelchair adhd autism autistic asperger* dyslex* "
                    "ocd ptsd bipolar impair* accommodat* accomodat* caption* interpreter "
                    "chronic diagnos* dres")
_add(DISABILITY, 1, "hearing visual vision condition disorder")
_add(BELIEF, 2, "religio* pray* prayer church mosque temple synagogue gurdwara shabbat "
                "sabbath ramadan iftar eid diwali yom kippur rosh hashanah passover lent "
                "easter christmas pilgrimage holy worship muslim jewish christian hindu sikh "
                "buddhist catholic gurpurab faith observance observe fasting")
_add(BELIEF, 1, "fast god holiday festival retreat")
_add(RECORDS, 2, "ferpa directory privacy private confidential restraining suppress*")
_add(RECORDS, 1, "record records employer parents scholarship advisor")

# several-word cues (matched on the cleaned text, word-bounded)
_PHRASES: tuple[tuple[str, str, int], ...] = (
    (CRISIS, r"end (?:it|things|my life)|better off without|(?:wont|not) be (?:here|around) "
             r"(?:anymore|much longer|for long)"
             r"|want(?:ed)? (?:it|everything) to stop|can'?t (?:go on|keep going|do this any)"
             r"|no (?:reason|point) (?:to|in) (?:live|living|going on)|not waking up"
             r"|(?:better|happier|easier|quieter) without me|took (?:a|the) (?:whole )?bottle"
             r"|wrote a note|(?:no|any|a) reason to (?:go on|keep going|go back down|come "
             r"down|stay|live|be here|wake up)|tired of (?:waking up|existing|being alive)"
             r"|(?:stop|end) for good|wont be (?:around|here) (?:\w+ ){0,3}anyway", 2),
    (MOOD, r"something (?:is )?wrong with me|falling apart|holding it together"
           r"|out of bed|left my room|feel like (?:a |an )?(?:failure|fraud|impostor)"
           r"|who to talk to|anyone (?:i can|to) talk to|seeing things|hearing voices"
           r"|passed away|broke up", 2),
    (SAFETY, r"grab(?:bed|s|bing)? (?:me|my|her|him)\b|without (?:my )?consent|too close"
             r"|ask(?:ed|s|ing)? me out|meet (?:him|her) alone"
             r"|(?:about|on) my (?:body|looks|clothes)|what i wear|feel unsafe", 2),
    (HEALTH, r"throw(?:ing)? up|threw up|haven'?t eaten|barely eat", 2),
    (RECORDS, r"(?:see|share|show|know) my (?:grades?|scores?|records?|name)"
              r"|my name (?:shown|public|visible)|opted out|safety concern", 2),
)

# idioms that use a cue word for a course matter ("sick of", "dying to know", "the project
# is killing me", "dead line") do not count
_IDIOM = re.compile(r"\b(?:christmas|easter|thanksgiving|winter|spring|holiday|new year)s? "
                    r"(?:break|vacation|holidays?|recess|trip)\b|"
                    r"\bsick of\b|\bhurts? (?:the|my|our|your) (?:\w+ )?(?:grades?|scores?|"
                    r"chances|performance|results?|accuracy|evaluation|review|paper|proposal|"
                    r"report|marks?)\b|\bdying to\b|\bkilling me\b|\bdead ?line|\bfeel free\b|"
                    r"\bdie on (?:this|that) hill\b|\bdead weight\b|\bdrowning in (?:\w+ )?"
                    r"(?:papers?|work|reviews?|deadlines?|readings?|emails?|code|bugs?)\b|"
                    r"\b(?:team|group|project|code|model|plan|schedule)s? (?:broke up|split up|"
                    r"(?:is|are) falling apart)\b|"
                    r"\bhard ?(?:ware|copy|deadline|limit|coded?)\b|"
                    r"\bsuppress\w* (?:\w+ )?(?:warnings?|"
                    r"output|logs?|logging|errors?|exceptions?|noise|print\w*|stdout|stderr|"
                    r"gradients?|(?:the \w+ )?(?:warning|error|log) messages?)\b|\bpublic (?:repo|"
                    r"dataset|"
                    r"data|github|code|api|benchmark)\w*|\bend (?:date|of (?:the )?(?:week|"
                    r"semester|term|class|day|month))\b|\b(?:time|grades?|due) (?:is|are) "
                    r"visible\b|\bfast(?:er|est)? (?:model|code|inference|training|gpu)\b")

_LIGHT = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|rofl|jk|just kidding)\b")
# a belief word counts as an observance only with a clash in time ("Diwali is the day of
# the deadline"), not as who the student is ("I'm a Christian grad student, how do teams…")
_CLASH = re.compile(r"\b(?:miss|missing|skip|cant|cannot|can't|unable|during|falls?|same day|"
                    r"overlaps?|conflicts?|clash\w*|deadline|due|extension|move|reschedule|"
                    r"penali[sz]ed|late|day|days|week|weekend|night|tonight|morning|"
                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|pm|am|submit|present\w*|"
                    r"class|lecture|exam)\b")
_SELF = re.compile(r"\b(?:i|im|ive|id|ill|me|my|mine|myself)\b")
_CLOSE = re.compile(r"\b(?:friends?|roommates?|roomates?|teammates?|team ?mates?|partner|"
                    r"classmates?|lab ?mates?|group ?mates?|girlfriend|boyfriend|gf|bf|"
                    r"husband|wife|mom|mum|dad|mother|father|sister|brother|parents?|"
                    r"family|someone|somebody|he|she|him|her|hes|shes)\b")

_OPENING = ("It sounds like a lot may be going on, and you don't have to handle it alone. "
            "These can help, in confidence:")
_BUCKET_POLICIES = {CRISIS: ("mental_health",), MOOD: ("mental_health",),
                    SAFETY: ("sexual_misconduct", "mental_health"),
                    SUBSTANCE: ("mental_health",), HEALTH: ("mental_health",),
                    DISABILITY: ("disability",), BELIEF: ("religious_observances",),
                    RECORDS: ("ferpa",)}
_TEXT_OF = {BELIEF: "religious_observances", RECORDS: "ferpa"}
"""Buckets whose policy has no contact: the card quotes the policy's text instead."""
_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _word in (w for w in _WORDS if not w.endswith("*") and len(w) >= 5):
    _BY_INITIAL[_word[0]] = (*_BY_INITIAL.get(_word[0], ()), _word)
_STEMS = tuple((w[:-1], v) for w, v in _WORDS.items() if w.endswith("*"))
_INFLECTIONS = frozenset({"", "s", "es", "e", "ed", "d", "ing", "er", "ers", "ful", "y", "ies",
                          "ied", "red", "ring", "rs", "ly", "ist", "ists"})
_PHRASE_RES = tuple((b, re.compile(rf"\b(?:{p})\b"), w) for b, p, w in _PHRASES)


NOT_TYPOS = frozenset(
    "morning mornings starting staring started stare blocking blocked demanding demand "
    "conditional conditions strange stranger strangely stone stones waste wasting weigh "
    "weighs weighed weights weighted weighting drinkable sleeve sleeves cutter counter "
    "counts hurdle hurdles dieting diets".split())
"""Common words one or two letters from a cue word ("morning" / "mourning", "starting" /
"starving", "weights" / "weight"): never read as its misspelling."""


@lru_cache(maxsize=4096)
def _word_cue(token: str) -> tuple[str, int] | None:
    found = _WORDS.get(token)
    if found is not None:
        return found
    for stem, value in _STEMS:
        if token.startswith(stem) and len(stem) >= 3 and (
                len(stem) >= 5 or token[len(stem):] in _INFLECTIONS):
            return value  # a short stem only inflected: "slurs", never "slurm"
    if len(token) >= 5 and token not in NOT_TYPOS:  # a misspelt cue word, a letter or two off
        # same first letter: a typo rarely starts a word wrong ("slacking" is not "blacking")
        best = process.extractOne(token, _BY_INITIAL.get(token[0], ()), scorer=fuzz.ratio,
                                  score_cutoff=TYPO_AT)
        if best is not None:
            return _WORDS[best[0]]
        for stem, value in _STEMS:
            if len(stem) >= 5 and stem[0] == token[0] \
                    and fuzz.ratio(token[:len(stem)], stem) >= TYPO_AT:
                return value
    return None


def cues(text: str) -> dict[str, int]:
    """Weight of the weak cues ``text`` names, per bucket (idioms left out); a copy of
    the reading remembered per wording."""
    return dict(_cues(text))


@lru_cache(maxsize=4096)
def _cues(text: str) -> dict[str, int]:
    cleaned = IDIOMS.sub(" ", _IDIOM.sub(" ", repair(_clean(text))))
    weights: dict[str, int] = {}
    for bucket, pattern, weight in _PHRASE_RES:
        match = pattern.search(cleaned)
        if match is not None and not _excused(cleaned, match):
            weights[bucket] = weights.get(bucket, 0) + weight
    seen: set[str] = set()
    for match in re.finditer(r"[a-z][a-z-]*", cleaned):
        token = match.group(0)
        if token in seen:
            continue
        seen.add(token)
        found = _word_cue(token)
        if found is not None and not _excused(cleaned, match):
            weights[found[0]] = weights.get(found[0], 0) + found[1]
    if BELIEF in weights and (not _CLASH.search(cleaned) or (
            _NO_CLASH.search(cleaned) and not _CLASH_TOO.search(cleaned))):
        del weights[BELIEF]  # a faith named with no clash, or said not to clash
    if _LIGHT.search(cleaned) and weights.get(CRISIS, 0) < CARD_AT \
            and weights.get(SAFETY, 0) < CARD_AT:
        return {}  # said lightly ("my laptop has a heart condition lol")
    return weights


def _excused(cleaned: str, match: re.Match[str]) -> bool:
    """A cue word used as a research topic or in a technical sense ("suicide risk
    prediction models", "I disabled notifications"): the detector's own excuses."""
    window = cleaned[max(0, match.start() - 30):match.end() + 40]
    if _EVERYDAY_DOSE.match(cleaned, match.start()) and _LAUGH.search(cleaned) \
            and not _BODY_DANGER.search(cleaned):
        return True  # an everyday "overdose" of coffee or memes, said with a laugh
    return _research_topic(cleaned, match) or topic_framed(cleaned, match) \
        or bool(_TECHNICAL.search(window))


def personal(text: str) -> bool:
    """The message is about the student or someone close to them."""
    cleaned = _clean(text)
    return bool(_SELF.search(cleaned) or _CLOSE.search(cleaned))


def unsure(answer: Answer) -> bool:
    """Not a confident course answer: declined, unsure, or a weak topic match."""
    if answer.sensitive:
        return False
    if answer.kind in {"decline", "unsure"}:
        return True
    if (answer.topic or "").startswith("faq:"):
        return False  # a stored staff answer, matched above the FAQ's own bar
    return answer.kind == "answer" and answer.confidence < LOW_CONFIDENCE


PERSONAL = "personal"
"""``Answer.concern`` of a confident course answer to a message in which the student names
who they are ("I'm gay and …", "as a Muslim …"): the answer is shown to the asker alone."""

_BY_PERSON = re.compile(rf"\b{PERSON_SUBJ}\b")
_SELF_IDENTITY = re.compile(rf"\b(?:im|i am|as an?|being) (?:a |an )?(?:\w+ )?{SELF_ID}\b")


def private_only(answer: Answer) -> bool:
    """Show ``answer`` to the asker alone: sensitive, about who the asker is, computed from
    scores the asker stated, or not a confident course answer (a decline read in a thread
    may be the reply to someone in distress)."""
    return answer.sensitive or answer.concern in {PERSONAL, STATED_SCORES} or unsure(answer)


def _harm_beside_answer(text: str, answer: Answer, course: Course) -> Answer | None:
    """A confident course answer (a command's help, a date, a policy) to a message that
    also names harm done to the student or someone close to them ("my teammate threatens
    to tank my grade if …", "someone keeps harassing me, when is …"), or that names who the
    student is: never in the thread. Harm words: the answer, then the support card's
    resources, privately; an identity alone: the answer, privately."""
    if answer.sensitive or not text.strip() or not personal(text):
        return None
    if answer.kind not in {"answer", "help"} or unsure(answer):
        return None  # declines and unsure answers go through the card below
    found = cues(text)
    harm = {b: w for b, w in found.items() if b in {CRISIS, SUBSTANCE}
            or (b == SAFETY and _BY_PERSON.search(_clean(text)))}  # "the deadline threatens"
    if sum(harm.values()) >= CARD_AT:
        resources = card(text, harm, course)
        return replace(answer, lines=(*answer.lines, *resources.lines[1:]),
                       sources=tuple(dict.fromkeys((*answer.sources, *resources.sources))),
                       notes=tuple(dict.fromkeys((*answer.notes, *resources.notes))),
                       sensitive=True, concern="support")
    cleaned = repair(_clean(text))
    if _SELF_IDENTITY.search(cleaned) or disclosure(cleaned, found):
        return replace(answer, concern=PERSONAL)
    return None


# What a message may carry beside a course question that must keep the answer out of the
# thread, even when no concern was recognised: fear or danger told in the first person,
# someone's conduct toward the asker ("a guy … has been waiting outside my lab", "he kept
# going"), a refusal ("I said no", "told him to stop"), or any harm, safety or substance cue
# word, or two mood cues, from the support lexicon. The answer stays the course answer; it
# is only shown to the asker alone (being private when unsure costs little).
_FEAR = re.compile(
    r"\b(?:im|i am|i feel|i felt|i was|ive been|i have been|im getting|makes? me|made me|"
    r"making me|she is|shes|he is|hes|she feels|he feels) (?:\w+ )?(?:scared|afraid|"
    r"terrified|frightened|unsafe|not safe|in danger|uncomfortable|threatened|trapped|"
    r"ashamed|humiliated|violated)\b|\b(?:dont|do not|doesnt|does not) feel safe\b|"
    r"\bnot safe\b|\b(?:i|she|he) (?:said no|told (?:him|her|them) (?:no|to stop))\b|"
    r"\b(?:didnt|did not) want (?:to|it|that|him|her)\b|\bwithout (?:asking|my consent)\b|"
    r"\bagainst my will\b|\bplease (?:dont|do not) tell\b|\balone with (?:him|her|them)\b|"
    r"\b(?:asked|told|begged) (?:him|her|them) (?:\w+ )?(?:to stop|to leave me alone|no)\b|"
    r"\b(?:said|says|saying|told|tells|thinks?|calls?|called|typed|wrote)\b[^.?!]{0,40}\b"
    rf"(?:{GROUP}|{ID_PERSON})\b")
_CONDUCT = re.compile(rf"\b(?:{PERSON_SUBJ}|hes|shes|theyre|theyve|hed|shed)\b"
                      r"(?:[^\w.?!]+\w+){0,8}?[^\w.?!]+(?:me|myself)\b")


def disclosure(cleaned: str, found: dict[str, int]) -> bool:
    """A personal disclosure beside a course question (see ``_FEAR`` and ``_CONDUCT``)."""
    if _FEAR.search(cleaned) or _CONDUCT.search(cleaned):
        return True
    return any(found.get(b, 0) >= 1 for b in (CRISIS, SAFETY, SUBSTANCE)) \
        or any(weight >= CARD_AT for weight in found.values())


Again = Callable[[str], Answer]
"""The engine again, on a reworded question (the safety layer is run again too)."""

# the detector's kind for the words of each sensitive policy (for its excuses)
_KIND_OF = {"mental_health": "distress", "sexual_misconduct": "harassment",
            "disability": "disability", "religious_observances": "religious", "ferpa": "ferpa"}


def fallback(text: str, answer: Answer, course: Course, again: Again | None = None) -> Answer:
    """``answer``, or a private support card when it is unsure and the message is personal.

    Whatever the answer, a personal message that also discloses fear, danger, harm or
    someone's conduct toward the asker (:func:`disclosure`) is never answered in the
    thread: the structural fail-safe behind every path below."""
    result = _fallback(text, answer, course, again)
    if result.sensitive or not text.strip() or not personal(text):
        return result
    if (result.kind in {"decline", "unsure"} or unsure(result)) and _strong_disclosure(text):
        # the engine has no answer and the message discloses something the detector did not
        # name: the confidential resources, never a bare "the syllabus doesn't cover that"
        found = cues(text)
        return card(text, {**found, MOOD: max(found.get(MOOD, 0), CARD_AT),
                           SAFETY: max(found.get(SAFETY, 0), CARD_AT)}, course)
    if private_only(result):
        return result
    if discloses(text):
        return replace(result, concern=PERSONAL)
    return result


_ORDINARY_TO_ME = re.compile(
    r"\b(?:tell|tells|told|send|sends|sent|ask|asks|asked|show|shows|showed|give|gives|gave|"
    r"help|helps|helped|email|emails|emailed|remind|reminds|reminded|invite|invites|invited|"
    r"add|adds|added|explain\w*|teach\w*|taught|let|lets|recommend\w*|forward\w*|share\w*|"
    r"cc|ccd|pair\w*|assign\w*|pick\w*|chose|choose\w*) (?:\w+ )?(?:me|myself)\b|"
    r"\b(?:beat|beats|beaten|outscor\w*|outrank\w*|outperform\w*) (?:me|us) (?:at|in|to|on|by)\b|"
    r"\b(?:text\w*|messag\w*|call\w*|ping\w*|dm\w*|email\w*|contact\w*|slack\w*) (?:me|us) "
    r"about (?:the |our |my )?(?:project|proposal|report|class|reviews?|deadline|assignment|code|"
    r"paper|slides|presentation|meeting|blog)\b")
"""What others ordinarily do to a student in course talk ("my friend told me", "can someone
send me the link"): no disclosure by itself."""


def _strong_disclosure(text: str) -> bool:
    """A disclosure strong enough to answer with the resources when the engine has no
    answer: fear; someone's conduct toward the asker (not :data:`_ORDINARY_TO_ME`), unless
    said with a laugh; or crisis, safety, substance or mood cues of some weight (one weak word
    such as "hit", "burning" or "worry" is not enough)."""
    cleaned = repair(_clean(text))
    if _FEAR.search(cleaned):
        return True
    found = cues(text)
    if _LAUGH.search(cleaned) and not found.get(CRISIS, 0):
        return False  # "my partner will kill me if I miss it lol": said as a joke
    conduct = _CONDUCT.search(cleaned)
    if conduct and not _ORDINARY_TO_ME.search(cleaned, conduct.start(), conduct.end() + 40):
        return True  # someone's conduct toward the asker ("tells me", "sent me" are not)
    return found.get(CRISIS, 0) >= CARD_AT or found.get(SAFETY, 0) >= CARD_AT \
        or found.get(SUBSTANCE, 0) >= CARD_AT or found.get(MOOD, 0) >= CARD_AT + 1


def discloses(text: str) -> bool:
    """A personal message carrying a disclosure (fear, danger, harm, someone's conduct toward
    the asker: :func:`disclosure`) or telling a story beside its question
    (:func:`told_story`): answered privately, and never kept for the staff to read."""
    if not text.strip() or not personal(text):
        return False
    return disclosure(repair(_clean(text)), cues(text)) or told_story(text)


STORY_WORDS = 12
"""Words a personal message holds beside its question to count as a story told."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def told_story(text: str) -> bool:
    """A personal message that tells something beside its question (at least
    :data:`STORY_WORDS` words outside the sentence that asks): its answer is shown to the
    asker alone. What a student tells about themself in a course channel is theirs; a part
    the detector did not read (an understatement, a new wording) is then never posted."""
    parts = [p for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    if len(parts) < 2 or not personal(text):
        return False
    asked = max((i for i, p in enumerate(parts) if p.rstrip().endswith("?")),
                default=len(parts) - 1)
    return sum(len(p.split()) for i, p in enumerate(parts) if i != asked) >= STORY_WORDS


def _fallback(text: str, answer: Answer, course: Course, again: Again | None = None) -> Answer:
    """``answer``, or a private support card when it is unsure and the message is personal.

    With ``again`` (the engine), two more cases get the course answer they asked for:
    light distress next to a course question (the answer, then a resources line, privately),
    and a sensitive policy named only as a topic, an idiom or a question taken back.
    """
    if again is not None and text.strip():
        both = _light_and_question(text, answer, course, again)
        if both is not None:
            return both
        plain = _policy_word_not_meant(text, answer, course, again)
        if plain is not None:
            return plain
    beside = _harm_beside_answer(text, answer, course)
    if beside is not None:
        return beside
    if answer.sensitive or answer.kind == "help" or not text.strip():
        return answer
    if answer.topic == "policy:ferpa" and personal(text):
        return replace(answer, sensitive=True, concern="ferpa")  # one's own records: private
    if not unsure(answer):
        return answer
    found = cues(text)
    if staff_did_to_asker(text, course):
        # a staff member did something to the student and the engine has no answer: never
        # a decline listing that staff member, never kept for the staff to read
        return card(text, {**found, SAFETY: max(found.get(SAFETY, 0), CARD_AT)}, course)
    if not personal(text) and found.get(CRISIS, 0) < CARD_AT:
        return answer  # only harm words stand without a person ("not waking up would be…")
    total = sum(found.values())
    if total < CARD_AT:
        return answer
    return card(text, found, course)


_ASKER = r"(?:me|my|myself|mine)"
# ordinary course business with a staff member: grading, feedback, deadlines, submissions
_COURSE_BUSINESS = re.compile(
    r"\b(?:grad\w*|regrad\w*|scores?|points?|marks?|rubric|feedback|comments? on my (?:\w+ )?"
    r"(?:review|blog|report|proposal|slides|code|submission|paper|draft)|reviews?|blogs?|"
    r"proposal|reports?|deadlines?|due|extensions?|submi\w*|slides|presentations?|projects?|"
    r"homework|assignments?|quiz\w*|exams?|papers?|readings?|teams?|groups?|canvas|piazza|"
    r"lectures?|recordings?|syllabus|late|letter of recommendation|recommendation|code|"
    r"sections?|office hours?|questions?|explain\w*|answer\w*|repl(?:y|ied|ies)|"
    r"respond\w*|zoom link|class|course|notes|attendance|register\w*|enrol\w*|permission|"
    r"override|absences?|policy|policies|rules?|credit|waitlist|topics?|present\w*|drafts?|"
    r"work|writing|results?|experiments?|models?|datasets?|ideas?|help)\b")
# the personal side of what a staff member did: private life, home, body, touch, fear,
# avoiding class; it counts even beside course business ("brushed my arm in office hours").
# Anything else a staff member did to the asker counts only with no course business in the
# message ("asked me to present alone" is a course matter, "keeps emailing me songs" is not)
_PERSONAL_STRONG = re.compile(
    r"\b(?:boyfriend|girlfriend|husband|wife|dating|single|relationships?|love life|sex life|"
    r"address|phone|home|apartment|dorm|instagram|insta|snapchat|facebook|whatsapp|tinder|"
    r"hug\w*|touch\w*|kiss\w*|gifts?|favou?rs?|uncomfortable|scared|afraid|creepy|"
    r"close to me|(?:his|her) hands?|my (?:arms?|legs?|shoulders?|back|hair|waist|knees?|"
    r"thighs?|neck|face|body|chest|lap)|not (?:want|wanting) to (?:come|go|attend)|"
    r"(?:his|her|their) (?:personal|private)|personal (?:questions|life)|"
    r"yell\w*|scream\w*|threat\w*|insult\w*)\b")

@lru_cache(maxsize=1024)
def _staff_act(staff_names: tuple[str, ...]) -> re.Pattern[str]:
    names = [re.escape(n) for n in staff_names if len(n) >= 3]
    who = r"(?:" + "|".join([*names, _STAFF_ROLE.pattern]) + r")"
    return re.compile(rf"{who}(?:s|es)?\b(?:[^\w.?!]+\w+){{0,16}}?[^\w.?!]+{_ASKER}\b")


def staff_did_to_asker(text: str, course: Course) -> bool:
    """A staff member (by name or role) is the actor of something done to the asker ("Anant
    keeps …ing me", "the TA asked for my …"), and it is not plain course business (grading,
    feedback, a deadline) unless told with a personal side (home, private life, body, fear).

    Only read when the engine would decline or be unsure; never a course question's answer."""
    cleaned = repair(_clean(text))
    if not _staff_act(_staff_names(course)).search(cleaned):
        return False
    if _PERSONAL_STRONG.search(cleaned):
        return True
    return not _COURSE_BUSINESS.search(cleaned)


def _confident(answer: Answer) -> bool:
    return answer.kind == "answer" and not answer.sensitive and not unsure(answer)


LIGHT_CONFIDENCE = 0.6
"""The question left beside light distress, asked again on its own: an answer this sure is
given (with the resources line) rather than the resources alone."""


def _fair(answer: Answer) -> bool:
    return answer.kind == "answer" and not answer.sensitive \
        and answer.confidence >= LIGHT_CONFIDENCE


def _light_and_question(text: str, answer: Answer, course: Course,
                        again: Again) -> Answer | None:
    """Light distress and a question the engine answers confidently: both, privately."""
    if CRISIS in cues(text):
        return None  # hopeless, a burden, pointless …: the full reply, crisis lines first
    if answer.concern == "distress":
        concern = detect(text, course)
        if concern is None or not light(concern):
            return None
    elif not (answer.kind in {"decline", "unsure"} or unsure(answer)) or answer.sensitive:
        return None
    else:  # the support card would be shown: only for mood words alone
        found = cues(text)
        if not found or set(found) != {MOOD}:
            return None
    rest = without_concern(text, course)
    rest = " ".join(w for w in rest.split() if (_word_cue(w) or ("", 0))[0] not in {MOOD, CRISIS})
    for question in dict.fromkeys((rest, question_after(text, course))):
        if question and question != _clean(text):
            course_answer = again(question)
            if _confident(course_answer) or _fair(course_answer):
                return alongside(course_answer, course)
    return None


def _policy_word_not_meant(text: str, answer: Answer, course: Course,
                           again: Again) -> Answer | None:
    """A sensitive policy matched on a word used as a topic, in an idiom, in a joke or in a
    question taken back: the question without that word, if it then reads as ordinary."""
    if answer.concern or not (answer.topic or "").startswith("policy:"):
        return None
    cleaned = repair(_clean(text))
    plain = " ".join(IDIOMS.sub(" ", cleaned).split())
    spans: list[tuple[int, int]] = []
    for policy in course.policies:
        if policy.key not in _KIND_OF and not policy.sensitive:
            continue
        kind = _KIND_OF.get(policy.key, "distress")
        for alias in (policy.title, *policy.aliases):
            pattern = re.compile(rf"\b{re.escape(_clean(alias))}\w*")
            for match in pattern.finditer(plain):
                if not excused(kind, plain, match):
                    return None  # meant: the policy answer stands
                spans.append(match.span())
    if not spans and plain == cleaned:
        return None
    for start, end in sorted(set(spans), reverse=True):
        plain = plain[:start] + " " + plain[end:]
    plain = " ".join(plain.split())
    taken_back = [m.end() for m in RETRACT.finditer(plain)]
    tried: list[Answer] = []
    for question in dict.fromkeys((plain, plain[taken_back[-1]:].strip(" ,.") if taken_back
                                   else "")):
        if question:
            result = again(question)
            if _confident(result):
                return result
            tried.append(result)
    return next((r for r in tried if not r.sensitive), None)


def card(text: str, found: dict[str, int], course: Course) -> Answer:
    """The support card for the cue weights ``found``: course-file resources only."""
    order = sorted(found, key=lambda b: (b != CRISIS, -found[b]))
    lines: list[Line] = [Line(_OPENING)]
    notes: list[str] = []
    sources: list[str] = []
    if CRISIS in found or found.get(MOOD, 0) >= 4:
        for line in course.crisis_lines:
            if "988" in line.contact or (CRISIS in found and "911" in line.contact):
                lines.append(Line(f"• {line.name}: {line.contact} ({line.when})."))
                if line.note and line.note not in notes:
                    notes.append(line.note)
    keys = list(dict.fromkeys(k for b in order for k in _BUCKET_POLICIES[b]))
    quoted = {_TEXT_OF[b] for b in order if b in _TEXT_OF}
    cleaned = _clean(text)
    names = _staff_names(course)
    reported = bool(_STAFF_ROLE.search(cleaned)) or any(
        re.search(rf"\b{re.escape(n)}\b", cleaned) for n in names if len(n) >= 3)
    for key in keys:
        policy = course.policy(key)
        if policy is None:
            continue
        for contact in policy.contacts:
            lines.append(Line(f"• {contact.name}: " + ", ".join(contact.details())))
        if key in quoted:
            lines += [Line(p.strip()) for p in policy.text.split("\n\n") if p.strip()]
        elif key == "sexual_misconduct" and reported and policy.text.strip():
            # a report about a staff member: who handles it (the policy's first paragraph,
            # the Title IX Office), next to the confidential contacts
            lines.append(Line(policy.text.strip().split("\n\n")[0].strip()))
        sources.append(course.cite(policy.source))
        if policy.note and policy.note not in notes:
            notes.append(policy.note)
    if reported:
        lines.append(Line(_NOT_STAFF))
    else:
        for person in course.staff:
            if person.role == "instructor":
                lines.append(Line(f"• Your instructor, {person.name}: {person.email} "
                                  "(you can also ask them anything about the course)."))
    return Answer(kind="answer", lines=tuple(lines), topic="support",
                  sources=tuple(dict.fromkeys(sources)), notes=tuple(notes), sensitive=True,
                  confidence=1.0, concern="support")
