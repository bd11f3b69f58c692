"""Train the shipped CRF NER model (src/hadath/actors/ner.crfsuite) and write its scores.

ANERcorp (PERS/LOC/ORG/MISC) is split deterministically by sentence into contiguous blocks of 50
sentences: block % 10 == 8 → dev, == 9 → test, else train.  ``--tune`` searches c1/c2 on dev only;
the final model is trained on train+dev with the chosen values and scored once on test.
Optional ``--wojood DIR`` adds Wojood's train.txt (GPE→LOC, PERS, ORG kept; other types → O) to
training, to measure whether it helps on the ANERcorp dev split.

    .venv/bin/python scripts/train_ner.py --anercorp ../shared/corpora/anercorp/train.txt [--tune]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import pycrfsuite

from hadath.actors.lexicon import ActorLexicon
from hadath.actors.ner import (
    FEATURE_VERSION,
    FeatureExtractor,
    Gazetteer,
    entity_scores,
    read_conll,
)
from hadath.actors.stage import gazetteer_of
from hadath.errors import LexiconError
from hadath.lexicon import lexicon_version

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "src" / "hadath" / "actors"
BLOCK = 50
CORE_TYPES = ("PERS", "LOC", "ORG")


def split(sentences: list) -> tuple[list, list, list]:
    train, dev, test = [], [], []
    for i, sent in enumerate(sentences):
        b = (i // BLOCK) % 10
        (dev if b == 8 else test if b == 9 else train).append(sent)
    return train, dev, test


def wojood_sentences(path: Path) -> list:
    keep = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
    out = []
    for sent in read_conll(path):
        conv = []
        for tok, tag in sent:
            if tag == "O" or tag[2:] not in keep:
                conv.append((tok, "O"))
            else:
                conv.append((tok, tag[:2] + keep[tag[2:]]))
        out.append(conv)
    return out


def gazetteer() -> Gazetteer:
    """The same gazetteer the stage builds at run time (the actor lexicon's words)."""
    try:
        return gazetteer_of(ActorLexicon.load())
    except LexiconError as exc:
        print(f"actor lexicon unavailable, training without gazetteer flags: {exc}", file=sys.stderr)
        return Gazetteer()


def train(sentences: list, fx: FeatureExtractor, out: Path, c1: float, c2: float, max_iter: int) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in sentences:
        words = [w for w, _ in sent]
        trainer.append(fx.sentence(words), [t for _, t in sent])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.possible_transitions": True})
    trainer.train(str(out))


def evaluate(model: Path, sentences: list, fx: FeatureExtractor) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold = [[t for _, t in s] for s in sentences]
    pred = [tagger.tag(fx.sentence([w for w, _ in s])) for s in sentences]
    return entity_scores(gold, pred, CORE_TYPES)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--anercorp", type=Path, default=REPO / ".." / "shared" / "corpora" / "anercorp" / "train.txt")
    ap.add_argument("--wojood", type=Path, default=None, help="Wojood folder (adds its train.txt)")
    ap.add_argument("--out", type=Path, default=MODEL_DIR / "ner.crfsuite")
    ap.add_argument("--scores", type=Path, default=MODEL_DIR / "ner_scores.json")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--tune", action="store_true", help="grid-search c1/c2 on the dev split first")
    args = ap.parse_args()

    data = args.anercorp.read_bytes()
    sentences = read_conll(args.anercorp)
    tr, dev, test = split(sentences)
    extra = wojood_sentences(args.wojood / "train.txt") if args.wojood else []
    fx = FeatureExtractor(gazetteer())
    tmp = args.out.with_suffix(".tmp")
    c1, c2 = args.c1, args.c2
    tuning = []
    if args.tune:
        best = -1.0
        for g1 in (0.0, 0.05, 0.2):
            for g2 in (0.005, 0.05):
                train(tr + extra, fx, tmp, g1, g2, args.max_iter)
                f1 = evaluate(tmp, dev, fx)["micro"]["f1"]
                tuning.append({"c1": g1, "c2": g2, "dev_micro_f1": f1})
                print(f"c1={g1} c2={g2} dev micro-F1={f1}", file=sys.stderr)
                if f1 > best:
                    best, c1, c2 = f1, g1, g2
    train(tr + extra, fx, tmp, c1, c2, args.max_iter)
    dev_scores = evaluate(tmp, dev, fx)
    t0 = time.perf_counter()
    train(tr + dev + extra, fx, args.out, c1, c2, args.max_iter)
    train_s = time.perf_counter() - t0
    test_scores = evaluate(args.out, test, fx)
    tmp.unlink(missing_ok=True)
    report = {
        "feature_version": FEATURE_VERSION,
        "data": {"anercorp_sha256": hashlib.sha256(data).hexdigest(), "sentences": len(sentences),
                 "split": f"blocks of {BLOCK} sentences: block%10==8 dev, ==9 test, rest train",
                 "train": len(tr), "dev": len(dev), "test": len(test),
                 "wojood_train_sha256": (hashlib.sha256((args.wojood / "train.txt").read_bytes()).hexdigest()
                                         if args.wojood else None)},
        "params": {"c1": c1, "c2": c2, "max_iterations": args.max_iter},
        "gazetteer_words": sum(len(s) for s in (fx.gazetteer.person, fx.gazetteer.country, fx.gazetteer.adjective,
                                                 fx.gazetteer.title, fx.gazetteer.org)),
        "lexicon_version": lexicon_version(),
        "tuning": tuning,
        "dev_model_trained_on": "train", "dev": dev_scores,
        "final_model_trained_on": "train+dev", "test": test_scores,
        "micro_types": list(CORE_TYPES),
        "train_seconds": round(train_s, 1),
    }
    args.scores.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"dev": dev_scores["micro"], "test": test_scores["micro"]}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
