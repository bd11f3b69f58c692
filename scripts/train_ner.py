"""Train the shipped CRF NER model (src/hadath/actors/ner.crfsuite) and write its scores.

ANERcorp (PERS/LOC/ORG/MISC) is split deterministically by sentence into contiguous blocks of 50
sentences: block % 10 == 8 → dev, == 9 → test, else train.  ``--tune`` searches c1/c2 on dev only;
the final model is trained on train+dev with the chosen values and scored once on test.
``--dev-only`` trains on train and scores dev without writing anything to the package (for measuring a
feature or setting).  The word clusters (``--clusters``, built by scripts/build_word_clusters.py) are
recorded with their sha256 in the scores file; the tagger refuses to run with other clusters.
Optional ``--wojood DIR`` adds Wojood's train.txt (GPE→LOC, PERS, ORG kept; other types → O) to
training, to measure whether it helps on the ANERcorp dev split.

    .venv/bin/python scripts/train_ner.py --anercorp ../shared/corpora/anercorp/train.txt [--tune] [--dev-only]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from hadath.actors.lexicon import ActorLexicon
from hadath.actors.ner import (
    CLUSTERS_NAME,
    FEATURE_VERSION,
    FeatureExtractor,
    Gazetteer,
    WordClusters,
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


def train(sentences: list, fx: FeatureExtractor, out: Path, params: dict) -> None:
    """Train a CRF; ``params`` holds ``algorithm`` plus that algorithm's crfsuite parameters."""
    settings = dict(params)
    trainer = pycrfsuite.Trainer(algorithm=settings.pop("algorithm", "lbfgs"), verbose=False)
    for sent in sentences:
        words = [w for w, _ in sent]
        trainer.append(fx.sentence(words), [t for _, t in sent])
    trainer.set_params({"feature.possible_transitions": True, **settings})
    trainer.train(str(out))


def crf_params(algorithm: str, c1: float, c2: float, max_iter: int, min_freq: float) -> dict:
    """crfsuite parameters for an algorithm (averaged perceptron and PA take no c1/c2)."""
    params: dict = {"algorithm": algorithm, "max_iterations": max_iter, "feature.minfreq": min_freq}
    if algorithm == "lbfgs":
        params.update({"c1": c1, "c2": c2})
    elif algorithm in ("l2sgd",):
        params["c2"] = c2
    return params


def evaluate(model: Path, sentences: list, fx: FeatureExtractor) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold = [[t for _, t in s] for s in sentences]
    pred = [tagger.tag(fx.sentence([w for w, _ in s])) for s in sentences]
    return entity_scores(gold, pred, CORE_TYPES)


def cluster_provenance(path: Path) -> str:
    """The build line the cluster script writes first (corpus sha256 and settings)."""
    with gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8") as fh:
        first = fh.readline().strip()
    return first.lstrip("# ") if first.startswith("#") else ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--anercorp", type=Path, default=REPO / ".." / "shared" / "corpora" / "anercorp" / "train.txt")
    ap.add_argument("--wojood", type=Path, default=None, help="Wojood folder (adds its train.txt)")
    ap.add_argument("--out", type=Path, default=MODEL_DIR / "ner.crfsuite")
    ap.add_argument("--scores", type=Path, default=MODEL_DIR / "ner_scores.json")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--algorithm", default="lbfgs", choices=("lbfgs", "ap", "pa", "l2sgd", "arow"))
    ap.add_argument("--min-freq", type=float, default=0.0, help="drop features seen fewer times")
    ap.add_argument("--clusters", type=Path, default=MODEL_DIR / CLUSTERS_NAME)
    ap.add_argument("--no-clusters", action="store_true", help="train without word-cluster features")
    ap.add_argument("--tune", action="store_true", help="grid-search c1/c2 on the dev split first")
    ap.add_argument("--dev-only", action="store_true", help="train on train, score dev, write nothing")
    ap.add_argument("--write-split", type=Path, metavar="DIR",
                    help="only write the dev and test splits as CoNLL files (dev.txt, test.txt) into DIR, for "
                         "`hadath eval ner DIR/test.txt`; keep DIR outside the repository (corpus text)")
    args = ap.parse_args()
    if not args.no_clusters and args.clusters.parent.resolve() != args.out.parent.resolve() and not args.dev_only:
        ap.error(f"the shipped model needs its cluster file next to it: copy {args.clusters} to {args.out.parent}")

    data = args.anercorp.read_bytes()
    sentences = read_conll(args.anercorp)
    tr, dev, test = split(sentences)
    if args.write_split:
        args.write_split.mkdir(parents=True, exist_ok=True)
        for name, part in (("dev", dev), ("test", test)):
            with open(args.write_split / f"{name}.txt", "w", encoding="utf-8") as fh:
                for sent in part:
                    fh.writelines(f"{tok} {tag}\n" for tok, tag in sent)
                    fh.write("\n")
        print(f"wrote {args.write_split}/dev.txt ({len(dev)} sentences) and test.txt ({len(test)})", file=sys.stderr)
        return 0
    extra = wojood_sentences(args.wojood / "train.txt") if args.wojood else []
    clusters = None if args.no_clusters else WordClusters.load(args.clusters)
    fx = FeatureExtractor(gazetteer(), clusters=clusters)
    tmp = (Path(tempfile.mkdtemp(prefix="ner-")) / "dev.crfsuite") if args.dev_only else args.out.with_suffix(".tmp")
    c1, c2 = args.c1, args.c2
    tuning = []
    if args.tune:
        best = -1.0
        for g1 in (0.02, 0.05, 0.1, 0.2):
            for g2 in (0.001, 0.01, 0.05):
                train(tr + extra, fx, tmp, crf_params(args.algorithm, g1, g2, args.max_iter, args.min_freq))
                f1 = evaluate(tmp, dev, fx)["micro"]["f1"]
                tuning.append({"c1": g1, "c2": g2, "dev_micro_f1": f1})
                print(f"c1={g1} c2={g2} dev micro-F1={f1}", file=sys.stderr)
                if f1 > best:
                    best, c1, c2 = f1, g1, g2
    params = crf_params(args.algorithm, c1, c2, args.max_iter, args.min_freq)
    train(tr + extra, fx, tmp, params)
    dev_scores = evaluate(tmp, dev, fx)
    if args.dev_only:
        tmp.unlink(missing_ok=True)
        tmp.parent.rmdir()
        print(json.dumps({"params": params, "clusters": None if clusters is None else clusters.sha256[:12],
                          "tuning": tuning, "dev": dev_scores}, ensure_ascii=False))
        return 0
    t0 = time.perf_counter()
    train(tr + dev + extra, fx, args.out, params)
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
        "params": params,
        "word_clusters": None if clusters is None else {
            "file": args.clusters.name, "sha256": clusters.sha256, "words": len(clusters.ids),
            "granularities": list(clusters.ks), "built_from": cluster_provenance(args.clusters)},
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
