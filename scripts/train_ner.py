"""Train the shipped CRF NER model (src/hadath/actors/ner.crfsuite) and write its scores.

ANERcorp (PERS/LOC/ORG/MISC) is split deterministically by sentence into contiguous blocks of 50
sentences: block % 10 == 8 → dev, == 9 → test, else train.  ``--tune`` searches c1/c2 on dev only;
the final model is trained on train+dev with the chosen values and scored once on test.
``--dev-only`` trains on train and scores dev without writing anything to the package (for measuring a
feature or setting).  The word clusters (``--clusters``, built by scripts/build_word_clusters.py) are
recorded with their sha256 in the scores file; the tagger refuses to run with other clusters.
Optional ``--wojood DIR`` adds Wojood's train.txt (GPE→LOC, PERS, ORG kept; other types → O) to
training, to measure whether it helps on the ANERcorp dev split.

Document features (:class:`hadath.actors.ner.DocumentMemory`): ANERcorp has no article boundaries,
so each 50-sentence block stands for a document, and a sentence sees the labels given to its words
earlier in its block.  In training those labels come from a first-pass model that never saw the
sentence's block: the training blocks are split into ``--folds`` parts and each part is tagged by a
model trained on the others (jackknife), so the features are as noisy as the tagger's own output is
at run time.  Dev and test are tagged block by block exactly as the pipeline tags an article
(:meth:`NerTagger.tag_document`: each sentence sees the model's own earlier output).
``--no-doc`` trains the single-pass model without document features.

    .venv/bin/python scripts/train_ner.py --anercorp ../shared/corpora/anercorp/train.txt [--tune] [--dev-only]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from hadath.actors.lexicon import ActorLexicon
from hadath.actors.ner import (
    CLUSTERS_NAME,
    FEATURE_VERSION,
    DocumentMemory,
    FeatureExtractor,
    Gazetteer,
    NerTagger,
    WordClusters,
    entity_scores,
    read_conll,
)
from hadath.actors.neural import NeuralEmitter
from hadath.actors.stage import gazetteer_of
from hadath.errors import LexiconError
from hadath.lexicon import lexicon_version

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "src" / "hadath" / "actors"
BLOCK = 50
CORE_TYPES = ("PERS", "LOC", "ORG")


def split(sentences: list) -> tuple[list, list, list]:
    """(train, dev, test) lists of blocks (documents) of at most ``BLOCK`` sentences."""
    train, dev, test = [], [], []
    for start in range(0, len(sentences), BLOCK):
        b = (start // BLOCK) % 10
        (dev if b == 8 else test if b == 9 else train).append(sentences[start:start + BLOCK])
    return train, dev, test


def flat(docs: list) -> list:
    return [sent for doc in docs for sent in doc]


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


def train(docs: list, fx: FeatureExtractor, out: Path, params: dict, pass1: list | None = None) -> None:
    """Train a CRF on documents; with ``pass1`` (first-pass tags, one list per sentence, documents
    flattened) each sentence also gets the document features of those tags in the sentences before it.
    ``params`` holds ``algorithm`` plus that algorithm's crfsuite parameters."""
    settings = dict(params)
    trainer = pycrfsuite.Trainer(algorithm=settings.pop("algorithm", "lbfgs"), verbose=False)
    earlier = iter(pass1 or ())
    for doc in docs:
        memory = DocumentMemory() if pass1 is not None else None
        for sent in doc:
            words = [w for w, _ in sent]
            trainer.append(fx.sentence(words, memory), [t for _, t in sent])
            if memory is not None:
                memory.add(fx.keys(words), next(earlier))
    trainer.set_params({"feature.possible_transitions": True, **settings})
    trainer.train(str(out))


def jackknife(docs: list, fx: FeatureExtractor, tmp: Path, params: dict, folds: int) -> list:
    """First-pass tags of every sentence (documents flattened) by a model that did not see its document."""
    tags: dict[tuple[int, int], list[str]] = {}
    for k in range(folds):
        train([d for i, d in enumerate(docs) if i % folds != k], fx, tmp, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(tmp))
        for i in range(k, len(docs), folds):
            for j, sent in enumerate(docs[i]):
                tags[i, j] = tagger.tag(fx.sentence([w for w, _ in sent]))
        tagger.close()
    return [tags[i, j] for i, doc in enumerate(docs) for j in range(len(doc))]


def crf_params(algorithm: str, c1: float, c2: float, max_iter: int, min_freq: float) -> dict:
    """crfsuite parameters for an algorithm (averaged perceptron and PA take no c1/c2)."""
    params: dict = {"algorithm": algorithm, "max_iterations": max_iter, "feature.minfreq": min_freq}
    if algorithm == "lbfgs":
        params.update({"c1": c1, "c2": c2})
    elif algorithm in ("l2sgd",):
        params["c2"] = c2
    return params


def evaluate(model: Path, docs: list, fx: FeatureExtractor, use_doc: bool = True,
             neural: NeuralEmitter | None = None, neural_weight: float = 0.0) -> dict:
    """Scores of the model on documents, tagged as the pipeline tags an article (``neural``: with that
    model's scores added, as ``scripts/train_ner_neural.py ensemble`` measures)."""
    tagger = NerTagger(model, fx, neural, neural_weight)
    gold, pred = [], []
    for doc in docs:
        sentences = [[w for w, _ in s] for s in doc]
        pred += tagger.tag_document(sentences) if use_doc else [tagger.tag(words) for words in sentences]
        gold += [[t for _, t in s] for s in doc]
    return entity_scores(gold, pred, CORE_TYPES)


def fit(docs: list, fx: FeatureExtractor, out: Path, params: dict, folds: int) -> None:
    """Train the shipped kind of model: jackknifed first-pass tags, then the document-feature model."""
    pass1 = jackknife(docs, fx, out.with_suffix(".pass1"), params, folds) if folds else None
    out.with_suffix(".pass1").unlink(missing_ok=True)
    train(docs, fx, out, params, pass1)


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
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.1)
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--algorithm", default="lbfgs", choices=("lbfgs", "ap", "pa", "l2sgd", "arow"))
    ap.add_argument("--min-freq", type=float, default=0.0, help="drop features seen fewer times")
    ap.add_argument("--clusters", type=Path, default=MODEL_DIR / CLUSTERS_NAME)
    ap.add_argument("--no-clusters", action="store_true", help="train without word-cluster features")
    ap.add_argument("--tune", action="store_true", help="grid-search c1/c2 on the dev split first")
    ap.add_argument("--dev-only", action="store_true", help="train on train, score dev, write nothing")
    ap.add_argument("--keep-dev-model", type=Path, metavar="FILE",
                    help="with --dev-only: keep the model trained on train (to measure an ensemble on dev)")
    ap.add_argument("--folds", type=int, default=4, help="jackknife folds for the first-pass tags")
    ap.add_argument("--no-doc", action="store_true", help="train without document features (single pass)")
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
                for sent in flat(part):
                    fh.writelines(f"{tok} {tag}\n" for tok, tag in sent)
                    fh.write("\n")
        print(f"wrote {args.write_split}/dev.txt ({len(flat(dev))} sentences) and test.txt ({len(flat(test))})",
              file=sys.stderr)
        return 0
    extra = wojood_sentences(args.wojood / "train.txt") if args.wojood else []
    extra_docs = [extra[i:i + BLOCK] for i in range(0, len(extra), BLOCK)]
    clusters = None if args.no_clusters else WordClusters.load(args.clusters)
    fx = FeatureExtractor(gazetteer(), clusters=clusters)
    folds = 0 if args.no_doc else args.folds
    workdir = Path(tempfile.mkdtemp(prefix="ner-"))
    tmp = workdir / "dev.crfsuite"
    c1, c2 = args.c1, args.c2
    tuning = []
    if args.tune:
        best = -1.0
        base = crf_params(args.algorithm, c1, c2, args.max_iter, args.min_freq)
        pass1 = jackknife(tr + extra_docs, fx, workdir / "pass1", base, folds) if folds else None
        for g1 in (0.02, 0.05, 0.1, 0.2):
            for g2 in (0.001, 0.01, 0.05):
                train(tr + extra_docs, fx, tmp, crf_params(args.algorithm, g1, g2, args.max_iter, args.min_freq),
                      pass1)
                f1 = evaluate(tmp, dev, fx, bool(folds))["micro"]["f1"]
                tuning.append({"c1": g1, "c2": g2, "dev_micro_f1": f1})
                print(f"c1={g1} c2={g2} dev micro-F1={f1}", file=sys.stderr)
                if f1 > best:
                    best, c1, c2 = f1, g1, g2
    params = crf_params(args.algorithm, c1, c2, args.max_iter, args.min_freq)
    fit(tr + extra_docs, fx, tmp, params, folds)
    dev_scores = evaluate(tmp, dev, fx, bool(folds))
    if args.dev_only:
        if args.keep_dev_model:
            shutil.copy(tmp, args.keep_dev_model)
        shutil.rmtree(workdir)
        print(json.dumps({"params": params, "folds": folds, "clusters": None if clusters is None else
                          clusters.sha256[:12], "tuning": tuning, "dev": dev_scores}, ensure_ascii=False))
        return 0
    t0 = time.perf_counter()
    final = workdir / args.out.name
    fit(tr + dev + extra_docs, fx, final, params, folds)
    train_s = time.perf_counter() - t0
    test_scores = evaluate(final, test, fx, bool(folds))  # scored before it replaces the shipped model
    shutil.move(final, args.out)
    shutil.rmtree(workdir)
    report = {
        "feature_version": FEATURE_VERSION,
        "data": {"anercorp_sha256": hashlib.sha256(data).hexdigest(), "sentences": len(sentences),
                 "split": f"blocks of {BLOCK} sentences: block%10==8 dev, ==9 test, rest train",
                 "train": len(flat(tr)), "dev": len(flat(dev)), "test": len(flat(test)),
                 "wojood_train_sha256": (hashlib.sha256((args.wojood / "train.txt").read_bytes()).hexdigest()
                                         if args.wojood else None)},
        "params": params,
        "document_features": {"jackknife_folds": folds, "document": f"a block of {BLOCK} sentences"} if folds
        else None,
        "word_clusters": None if clusters is None else {
            "file": args.clusters.name, "sha256": clusters.sha256, "words": len(clusters.ids),
            "granularities": list(clusters.ks), "built_from": cluster_provenance(args.clusters)},
        "gazetteer_words": sum(len(s) for s in (fx.gazetteer.person, fx.gazetteer.country, fx.gazetteer.adjective,
                                                 fx.gazetteer.title, fx.gazetteer.org, fx.gazetteer.given,
                                                 fx.gazetteer.person_cue)),
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
