"""Which stored staff answer (FAQ entry) a new question asks for, in other words.

A staff answer is given once, to one wording; students ask the same thing in many
("is attendance compulsory" / "do we have to attend every class?" / "do I need to attend
lectures"). A question and an entry's question are read into *terms*, general English only
(no course fact, no test question):

* word families: a light suffix stripper folds "attend", "attends", "attending",
  "attended", "attendance" into one stem (and "lectures"/"lecturing", "recorded"/"recording");
* the course reader's typo correction, then a correction against the entries' own words
  ("attendnace" → "attendance"), so a typo of a word only the FAQ knows still matches;
* a few synonym groups that matter for course questions: obligation ("required",
  "mandatory", "compulsory", "need to", "have to", "must", "optional" …), permission
  ("allowed", "permitted", "can I" …), a class meeting ("lecture", "class", "session"),
  missing one ("miss", "skip", "absent"), a machine-learning model ("model", "checkpoint",
  "network");
* one word said another way: "show up to class" is attending it, a "format", "layout" or
  "style" is a template, "pre-trained" is "pretrained", and two words an entry writes as one
  ("hugging face") are that word;
* fillers and question words ignored (the course reader's stop words).

An entry matches when the terms it shares with the question carry at least
:data:`MATCH_AT` of the question's weight and of its own question's weight (rare words
weigh more: the course's idf, and a word only the FAQ knows weighs like the rarest).
Synonym groups weigh little, and a match must share at least one real word (a topic):
"is the proposal required" shares only the obligation with "is attendance compulsory" and is
not answered by it. The staff *answer*'s words count a little (:data:`ANSWER_SHARE`) towards
the question's side only, never alone.

Example::

    index = FaqIndex.build(answerer, [(1, "is attendance compulsory", "Attendance is …")])
    index.best("do we have to attend every class?")  # → 1
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answers.core import (
    NEUTRAL,
    STOPWORDS,
    TOPIC_WORDS,
    UNKNOWN_WEIGHT,
    WHEN_WORDS,
    Answerer,
    tokens,
)

MATCH_AT = 0.6
"""Share of the question's weighted terms an entry's question must hold (and of its own)."""
ANSWER_SHARE = 0.5
"""What a question term found only in the staff answer counts, against one in its question."""
CONCEPT_WEIGHT = 0.35
"""Weight (times the rarest word's) of a synonym group: it refines a topic, never makes one."""

# ----------------------------------------------------------------------------- language
# General English only.

REQUIRED = "~required"
ALLOWED = "~allowed"
CLASS = "~class"
MISS = "~miss"
MODEL = "~model"
CONCEPTS = frozenset({REQUIRED, ALLOWED, CLASS, MISS, MODEL})

_PHRASE_CONCEPTS = [(re.compile(p), c) for p, c in (
    (r"\b(?:have|has|had|need|needs|needed|got|ought|supposed|required|obliged|obligated|"
     r"expected) to\b|\bmust\b|\bgotta\b|\bhafta\b|\bmandatory\b|\bcompulsory\b|"
     r"\bobligatory\b|\brequired\b|\brequirements?\b|\bnecessary\b|\bexpected\b|"
     r"\boptional\b|\bneeded\b", REQUIRED),
    (r"\b(?:can|may|could) (?:i|we|students?)\b|\ballow(?:s|ed)?\b|\bpermit(?:s|ted)?\b|"
     r"\bpermission\b|\bok(?:ay)? (?:to|if|for)\b|\bfine (?:to|for)\b", ALLOWED),
)]
"""Phrases that ask whether something must (or may) be done, read before the words."""
_PHRASE_WORDS = [(re.compile(p), w) for p, w in (
    (r"\b(?:show(?:ing)? up|turn(?:ing)? up|come|coming|go|going|be present|be there) "
     r"(?:to|at|for|in) (?=(?:the |every |all |each |our |a )?(?:class|classes|lecture|lectures|"
     r"session|sessions|meeting|meetings)\b)", "attend "),
)]
"""Phrases that say one word another way ("show up to class" is attending it)."""
WORDS = {"format": "template", "formats": "template", "formatting": "template",
         "layout": "template", "layouts": "template", "style": "template",
         "styles": "template", "templates": "template"}
"""Words that name the same thing as another (after the course reader's plural folding)."""
_SENTINEL = {REQUIRED: "zzrequiredzz", ALLOWED: "zzallowedzz"}
_FROM_SENTINEL = {v: k for k, v in _SENTINEL.items()}

SYNONYMS = {
    "lecture": CLASS, "class": CLASS, "classe": CLASS, "session": CLASS, "lesson": CLASS,
    "miss": MISS, "missing": MISS, "missed": MISS, "skip": MISS, "skipping": MISS,
    "skipped": MISS, "absent": MISS, "absence": MISS, "absences": MISS,
    # a machine-learning course's students say "model", "checkpoint" and "network" alike
    "model": MODEL, "checkpoint": MODEL, "network": MODEL, "net": MODEL,
}
"""Words of one synonym group (after the course reader's slang and plural folding)."""

_IGNORED = (STOPWORDS | WHEN_WORDS | NEUTRAL) - set(SYNONYMS)

_SUFFIXES = ("ations", "ation", "ating", "ated", "ances", "ance", "ences", "ence", "ments",
             "ment", "ings", "ing", "ate", "ed", "es", "ly")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A word family's stem: "attendance", "attending", "attended" → "attend"; short words
    and concepts are kept as they are."""
    if word.startswith("~") or len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[:-len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "submitted" → "submitt" → "submit"
    return word


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _raw_words(text: str) -> list[str]:
    """The question's words (slang expanded, plurals folded), obligation and permission
    phrases as one token each."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    lowered = _HYPHEN.sub("", lowered)  # "pre-trained" and "pretrained" are one word
    for pattern, word in _PHRASE_WORDS:
        lowered = pattern.sub(word, lowered)
    for pattern, concept in _PHRASE_CONCEPTS:
        lowered = pattern.sub(f" {_SENTINEL[concept]} ", lowered)
    return [WORDS.get(word, word) for word in tokens(lowered)]


# ----------------------------------------------------------------------------- the index


@dataclass(frozen=True)
class Entry:
    id: int
    terms: frozenset[str]
    """The terms of the question the staff answered."""
    answer_terms: frozenset[str]
    """The terms of the staff answer not already in ``terms``."""
    own: float = 0.0
    """The weight of ``terms``."""


@dataclass
class FaqIndex:
    """The FAQ entries of one course, read for matching, and the weights of their terms."""

    answerer: Answerer
    entries: tuple[Entry, ...]
    vocabulary: frozenset[str]
    """Every word (as written, corrected) of the entries' questions: typo targets."""
    stems: frozenset[str]
    postings: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Topic term → the positions of the entries whose question holds it."""
    _memo: OrderedDict[str, frozenset[str]] = field(default_factory=OrderedDict)
    _weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def build(cls, answerer: Answerer, rows: Iterable[tuple[int, str, str]]) -> FaqIndex:
        """``rows``: (id, question, answer) of each entry in use."""
        read: list[tuple[int, frozenset[str], frozenset[str]]] = []
        vocabulary: set[str] = set()
        for fid, question, answer in rows:
            words = [_course_fix(answerer, w) or w for w in _raw_words(question)]
            vocabulary.update(w for w in words
                              if w.isalpha() and len(w) >= 5 and w not in _IGNORED)
            q_terms = _terms(words)
            a_terms = _terms([_course_fix(answerer, w) or w for w in _raw_words(answer)])
            read.append((fid, q_terms, a_terms - q_terms))
        stems = frozenset().union(*(q for _f, q, _a in read)) if read else frozenset()
        index = cls(answerer=answerer, entries=(), vocabulary=frozenset(vocabulary),
                    stems=stems)
        index.entries = tuple(Entry(id=fid, terms=q, answer_terms=a,
                                    own=sum(index.weight(t) for t in q))
                              for fid, q, a in read)
        postings: dict[str, list[int]] = {}
        for i, entry in enumerate(index.entries):
            for term in entry.terms - CONCEPTS:
                postings.setdefault(term, []).append(i)
        index.postings = {t: tuple(found) for t, found in postings.items()}
        return index

    def terms(self, text: str) -> frozenset[str]:
        """The terms of a new question (remembered for the last few hundred wordings)."""
        found = self._memo.get(text)
        if found is None:
            found = _terms(self._fix(w) for w in self._joined(_raw_words(text)))
            self._memo[text] = found
            if len(self._memo) > 512:
                self._memo.popitem(last=False)
        return found

    def _joined(self, words: list[str]) -> list[str]:
        """Two words written apart that an entry writes as one ("hugging face" for
        "huggingface", "data set" for "dataset") read as that one word."""
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words) and words[i].isalpha() and words[i + 1].isalpha():
                joined = words[i] + words[i + 1]
                if joined in self.vocabulary or stem(joined) in self.stems:
                    out.append(joined)
                    i += 2
                    continue
            out.append(words[i])
            i += 1
        return out

    def _fix(self, word: str) -> str:
        """A new question's word: itself when its family is in the FAQ, else the course
        reader's correction, else the closest FAQ word one or two typing slips away."""
        if word in _FROM_SENTINEL or word in SYNONYMS or word in _IGNORED \
                or stem(word) in self.stems:
            return word
        fixed = _course_fix(self.answerer, word)
        if fixed is not None:
            return fixed
        if len(word) >= 5 and word.isalpha() and self.vocabulary:
            most = 1 if len(word) <= 7 else 2
            hit = process.extractOne(word, self.vocabulary, scorer=OSA.distance,
                                     score_cutoff=most)
            if hit is not None and hit[0][0] == word[0]:
                return str(hit[0])
        return word

    def weight(self, term: str) -> float:
        found = self._weights.get(term)
        if found is not None:
            return found
        top = self.answerer.max_idf
        if term in CONCEPTS:
            found = top * CONCEPT_WEIGHT
        else:
            known = _stem_idf(self.answerer).get(term)
            if known is not None:
                found = known
            elif term in _TOPIC_STEMS or term in self.stems:
                found = top
            else:
                found = top * UNKNOWN_WEIGHT
        if len(self._weights) < 8192:
            self._weights[term] = found
        return found

    def score(self, asked: frozenset[str], entry: Entry) -> float:
        shared = asked & entry.terms
        if not shared - CONCEPTS or not entry.own:  # a topic shared, not only "required"
            return 0.0
        total = sum(self.weight(t) for t in asked)
        got = sum(self.weight(t) for t in shared)
        also = ANSWER_SHARE * sum(self.weight(t) for t in asked & entry.answer_terms)
        return min((got + also) / total, got / entry.own)

    def best(self, text: str) -> int | None:
        """The id of the entry ``text`` asks for, if one holds enough of it."""
        if not self.entries:
            return None
        asked = self.terms(text)
        candidates = sorted({i for t in asked - CONCEPTS for i in self.postings.get(t, ())})
        best: tuple[float, int] | None = None
        for i in candidates:
            entry = self.entries[i]
            score = self.score(asked, entry)
            if score >= MATCH_AT and (best is None or score > best[0]):
                best = (score, entry.id)
        return best[1] if best else None


def _course_fix(answerer: Answerer, word: str) -> str | None:
    """The course reader's reading of a word: itself when it knows it, its correction when
    it is a typo of a course word, None when the course reader does not know it. A course
    topic the file lacks ("attendance") is never "corrected" (as the course reader does)."""
    if word in _FROM_SENTINEL or word in TOPIC_WORDS or not word.isalpha():
        return word
    fixed: str | None = answerer._correct(word)
    return fixed


def _terms(words: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for word in words:
        if word in _FROM_SENTINEL:
            out.add(_FROM_SENTINEL[word])
        elif word in SYNONYMS:
            out.add(SYNONYMS[word])
        elif word in _IGNORED or len(word) < 2 or word.isdigit():
            continue
        else:
            out.add(stem(word))
    return frozenset(out)


_TOPIC_STEMS = frozenset(stem(w) for w in TOPIC_WORDS)

_stem_idfs: dict[int, tuple[Answerer, dict[str, float]]] = {}


def _stem_idf(answerer: Answerer) -> dict[str, float]:
    """The course's weight of each stem (its commonest word's: the lowest idf)."""
    kept = _stem_idfs.get(id(answerer))
    if kept is not None and kept[0] is answerer:
        return kept[1]
    out: dict[str, float] = {}
    for word, idf in answerer.idf.items():
        if word in _IGNORED or word in SYNONYMS:
            continue
        key = stem(word)
        out[key] = min(idf, out.get(key, idf))
    if len(_stem_idfs) > 64:
        _stem_idfs.clear()
    _stem_idfs[id(answerer)] = (answerer, out)
    return out


# ----------------------------------------------------------------------------- the queue

COURSE_FRAME = frozenset({"course", "class", "classe", "lecture", "syllabus", "due",
                          "deadline", "deadlines", "submit", "submission", "submitted",
                          "turn", "hand", "handed", "upload", "dued"})
"""Words that put a message about the course even when the rest is unknown ("can I bring
my dog to lecture"): the course as a whole and handing work in."""


def touches_course(answerer: Answerer, text: str) -> bool:
    """True if a declined message is about the course at all, so the staff could answer it:
    a word the course file knows, a thing courses have (an exam, attendance; a typo of one
    too), the course or a class meeting named, or a question whether something must or may
    be done. "what's the weather in champaign", "thanks!", "lol" are not."""
    words, content, unknown = answerer.read(text)
    if content or set(words) & COURSE_FRAME:
        return True
    if any(_topic_like(u) for u in unknown):
        return True
    return any(w in _FROM_SENTINEL for w in _raw_words(text))


@lru_cache(maxsize=4096)
def _topic_like(word: str) -> bool:
    """A thing a course may have (:data:`~bot.answers.core.TOPIC_WORDS`), or a typo or
    another form of one ("atendance", "attended")."""
    if word in TOPIC_WORDS or stem(word) in _TOPIC_STEMS:
        return True
    if len(word) < 5 or not word.isalpha():
        return False
    most = 1 if len(word) <= 7 else 2
    hit = process.extractOne(word, _TOPIC_LIST, scorer=OSA.distance, score_cutoff=most)
    return hit is not None and hit[0][0] == word[0]


_TOPIC_LIST = sorted(w for w in TOPIC_WORDS if len(w) >= 5)

