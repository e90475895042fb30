"""Measurement: would a static embedding model (``wordllama``) match staff answers better?

Issue #11 asks to measure before adopting one. This script compares, on a probe of staff FAQ
entries with paraphrases (must find their entry) and near-topic questions (must find none):

* ``lexical``   the shipped matcher (:class:`bot.answers.faq_match.FaqIndex`);
* ``embedding`` wordllama's cosine similarity to each entry's question, best above a bar;
* ``either``    the lexical match, else the embedding's when it clears the bar;

and what loading the model costs: seconds, and the resident size of a process holding the
course's answerer with and without it. wordllama is not a dependency of the bot; install it
beside it to run this (its weights ship inside its wheel; nothing is downloaded)::

    pip install wordllama && python tests/bench/bench_embeddings.py

The probe is small and the bars are swept on it, so the embedding's best figure is an upper
bound, not a held-out one.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

ENTRIES = [
    (1, "is attendance mandatory",
     "Attendance is expected at every lecture; tell the TA if you must miss one."),
    (2, "can we use pretrained models from huggingface in our course project?",
     "Yes, as long as the report says which ones and where they came from."),
    (3, "are lectures recorded?", "Yes: the Zoom recordings are posted on Canvas."),
    (4, "can I use ChatGPT to help write my paper reviews?",
     "No: reviews must be in your own words."),
    (5, "which GPU resources can we use for the project?",
     "Use the campus cluster; ask the TA for an account."),
    (6, "can I switch my presentation slot with a classmate?",
     "Yes, if both of you tell the TA a week ahead."),
]
PROBE: list[tuple[str, int | None]] = [
    ("do we have to come to every class?", 1), ("is attending lectures required", 1),
    ("will I lose points for not attending?", 1), ("attendance optional?", 1),
    ("must I show up to lecture", 1),
    ("is it ok to start our project from a pretrained checkpoint off hugging face?", 2),
    ("are pre-trained networks allowed for the project", 2),
    ("can the project fine-tune an existing model from the hub", 2),
    ("may we build on someone else's trained weights for our project?", 2),
    ("can I use a pretrained model for my project?", 2),
    ("will there be recordings of the lectures", 3), ("do you record the zoom classes?", 3),
    ("I missed Tuesday, is there a video of the lecture?", 3),
    ("where can I rewatch a class", 3), ("are the classes taped", 3),
    ("is it allowed to use an AI chatbot for the reviews?", 4),
    ("can I have GPT polish my paper review", 4),
    ("are LLM tools ok when writing reviews", 4),
    ("may I use chat gpt for reviewing papers", 4), ("AI assistance in reviews: allowed?", 4),
    ("where do we get GPUs for the course project", 5),
    ("is there compute available for our project?", 5),
    ("what hardware can we train our project on", 5),
    ("do we get cluster access for the project", 5), ("any free GPU for projects?", 5),
    ("can I trade presentation dates with another student?", 6),
    ("is swapping my presenting day with a friend ok", 6),
    ("could two of us exchange our paper presentation slots", 6),
    ("can I move my presentation to another classmate's slot", 6),
    ("may I swap presentation slots", 6),
    # near a topic, answered by none
    ("is the proposal required", None), ("are office hours mandatory?", None),
    ("is the final exam mandatory", None), ("can we use pretrained models in our reviews?", None),
    ("can I use ChatGPT for the final report?", None), ("are the slides recorded?", None),
    ("which paper should I present?", None), ("can I switch teams?", None),
    ("what GPU does the instructor use?", None), ("how long is the project presentation", None),
    ("can I use latex for the proposal", None), ("do we have to turn on our cameras", None),
    ("can I present remotely?", None), ("how many reviews do we write", None),
    ("can I swap my review paper with a classmate?", None),
]


def _lexical():
    from bot.answers.core import answerer_for
    from bot.answers.faq_match import FaqIndex
    from bot.course import load_course

    index = FaqIndex.build(answerer_for(load_course()), ENTRIES)
    return index.best


def _embedding():
    import wordllama
    from wordllama import WordLlama

    cache = Path(tempfile.mkdtemp())
    (cache / "tokenizers").mkdir()
    packaged = Path(wordllama.__file__).parent / "tokenizers"
    for f in packaged.glob("*.json"):  # the packaged tokenizer, where load() looks for it
        (cache / "tokenizers" / f.name).write_bytes(f.read_bytes())
    started = time.perf_counter()
    model = WordLlama.load(cache_dir=cache, disable_download=True)
    loaded = time.perf_counter() - started
    questions = [q for _id, q, _a in ENTRIES]

    def sims(text: str) -> list[float]:
        return [float(model.similarity(text, q)) for q in questions]

    return sims, loaded


def _score(pick) -> tuple[int, int, int]:
    right = wrong = missed = 0
    for text, want in PROBE:
        got = pick(text)
        if got == want:
            right += 1
        elif got is None:
            missed += 1
        else:
            wrong += 1
    return right, wrong, missed


def _rss(with_model: bool) -> float:
    code = (f"import resource, sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from app.factory import build_runtime\n"
            "from bot.answers.core import answerer_for\n"
            "from bot.course import load_course\n"
            "from datetime import datetime, timezone\n"
            "answerer_for(load_course()).answer('when is the proposal due?', "
            "now=datetime.now(timezone.utc))\n")
    if with_model:
        code += ("import tempfile, pathlib, wordllama\nfrom wordllama import WordLlama\n"
                 "c = pathlib.Path(tempfile.mkdtemp()); (c / 'tokenizers').mkdir()\n"
                 "for f in (pathlib.Path(wordllama.__file__).parent / 'tokenizers')"
                 ".glob('*.json'):\n"
                 "    (c / 'tokenizers' / f.name).write_bytes(f.read_bytes())\n"
                 "m = WordLlama.load(cache_dir=c, disable_download=True)\n"
                 "m.similarity('a', 'b')\n")
    code += "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    lexical = _lexical()
    try:
        sims, loaded = _embedding()
    except ImportError:
        print("wordllama is not installed: pip install wordllama")
        return
    n = len(PROBE)
    positives = sum(1 for _t, w in PROBE if w is not None)
    print(f"probe: {n} questions ({positives} paraphrases of {len(ENTRIES)} staff entries, "
          f"{n - positives} near-topic questions no entry answers)")
    r, w, m = _score(lexical)
    print(f"lexical (shipped)      right {r}/{n}  wrong entry {w}  missed {m}")
    cached = {text: sims(text) for text, _w in PROBE}

    def by_embedding(bar: float):
        def pick(text: str) -> int | None:
            found = cached[text]
            best = max(range(len(found)), key=found.__getitem__)
            return ENTRIES[best][0] if found[best] >= bar else None
        return pick

    rows = []
    for bar in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        emb = by_embedding(bar)
        er = _score(emb)
        either = _score(lambda t, emb=emb: lexical(t) or emb(t))
        rows.append({"bar": bar, "embedding": er, "either": either})
        print(f"bar {bar:.2f}: embedding right {er[0]}/{n} wrong {er[1]} missed {er[2]}   "
              f"either right {either[0]}/{n} wrong {either[1]} missed {either[2]}")
    print(f"wordllama load: {loaded:.2f} s")
    base, more = _rss(False), _rss(True)
    print(f"resident size, course answerer loaded: {base:.1f} MB; with wordllama: {more:.1f} MB "
          f"(+{more - base:.1f} MB)")
    print(json.dumps({"lexical": _score(lexical), "sweep": rows, "load_s": loaded,
                      "rss_mb": [base, more]}))


if __name__ == "__main__":
    main()
