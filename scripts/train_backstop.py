"""Train the backstop classifier (src/hadath/classify/backstop.npz) and write its scores.

Reads the generated training sentences (scripts/make_backstop_data.py), fits the hashed-feature
logistic regression, chooses the veto threshold τ on the dev gold only, stores τ in the model, and
scores lexicon / classifier / combined once on the test gold with that τ.  Everything measured goes to
backstop_scores.json together with the training data's sha256 and the settings.

    .venv/bin/python scripts/make_backstop_data.py
    .venv/bin/python scripts/train_backstop.py [--dev gold/events/dev.jsonl] [--test gold/events/test.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path
from typing import Any

from hadath.classify.backstop import Backstop
from hadath.classify.evaluate import evaluate_backstop, format_backstop_report, ngram_overlap
from hadath.classify.train import TrainSettings, train_weights

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "src" / "hadath" / "classify"
DEFAULTS = TrainSettings()


def label_of(item: dict[str, Any]) -> str:
    kind = item["type"]
    if kind in ("NONE", "STATEMENT"):
        return kind
    return f"{kind}/{item.get('mode') or '-'}"


def read_training(path: Path) -> tuple[list[str], list[str], str]:
    if not path.exists():
        raise SystemExit(f"{path}: not found; generate it first with scripts/make_backstop_data.py "
                         "(it is not stored in git: the script reproduces it byte for byte)")
    raw = path.read_bytes()
    texts: list[str] = []
    labels: list[str] = []
    for line in raw.decode("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            texts.append(item["text"])
            labels.append(label_of(item))
    return texts, labels, hashlib.sha256(raw).hexdigest()


def _relative(path: Path) -> str:
    """A path relative to the repository when it is inside it (keeps the scores file portable)."""
    try:
        return path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        return str(path)


def run(args: argparse.Namespace) -> dict[str, Any]:
    texts, labels, digest = read_training(args.data)
    settings = TrainSettings(bits=args.bits, epochs=args.epochs, learning_rate=args.lr, l2=args.l2, seed=args.seed,
                             average=args.average)
    started = time.perf_counter()
    weights = train_weights(texts, labels, settings, meta={"train_sha256": digest, "train_file": args.data.name})
    train_seconds = time.perf_counter() - started
    args.model.parent.mkdir(parents=True, exist_ok=True)
    Backstop.save(weights, args.model)
    scores: dict[str, Any] = {"train_sha256": digest, "train_items": len(texts), "labels": len(weights.labels),
                              "settings": settings.as_dict(), "train_seconds": round(train_seconds, 1)}
    threshold = None
    if args.dev and args.dev.exists():
        dev = evaluate_backstop(args.dev, backstop=Backstop.load(args.model), tune=True)
        threshold = dev["threshold"]
        weights.meta["union_threshold"] = dev.get("union_threshold")
        scores["union_threshold"] = dev.get("union_threshold")
        scores["dev"] = dict(dev, gold=_relative(args.dev))
        print(format_backstop_report(dev))
    weights.meta["veto_threshold"] = threshold
    Backstop.save(weights, args.model)
    model = Backstop.load(args.model)
    scores["veto_threshold"] = threshold
    if args.test and args.test.exists():
        test = evaluate_backstop(args.test, backstop=model)
        scores["test"] = dict(test, gold=_relative(args.test))
        print(format_backstop_report(test))
    overlap = {}
    for name, gold in (("dev", args.dev), ("test", args.test)):
        if gold and gold.exists():
            overlap[name] = [ngram_overlap(texts, gold, n) for n in (3, 5)]
    scores["ngram_overlap_with_gold"] = overlap
    sample = (texts * (1 + 20_000 // max(1, len(texts))))[:20_000]
    best_wall = best_cpu = float("inf")
    for _ in range(3):
        fresh = Backstop.load(args.model)
        wall, cpu = time.perf_counter(), time.process_time()
        fresh.predict(sample)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    # CPU time is the fair figure on a shared machine; wall time is what a user sees
    scores["predict_sentences_per_second_cold_cache"] = round(len(sample) / best_wall)
    scores["predict_sentences_per_cpu_second_cold_cache"] = round(len(sample) / best_cpu)
    scores["model_bytes"] = args.model.stat().st_size
    args.scores.write_text(json.dumps(scores, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"model {args.model} ({scores['model_bytes']} bytes), τ={threshold}, "
          f"{scores['predict_sentences_per_second_cold_cache']} sentences/s wall, "
          f"{scores['predict_sentences_per_cpu_second_cold_cache']} per CPU second")
    return scores


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO / "data" / "backstop" / "train.jsonl")
    ap.add_argument("--model", type=Path, default=MODEL_DIR / "backstop.npz")
    ap.add_argument("--scores", type=Path, default=MODEL_DIR / "backstop_scores.json")
    ap.add_argument("--dev", type=Path, default=REPO / "gold" / "events" / "dev.jsonl")
    ap.add_argument("--test", type=Path, default=REPO / "gold" / "events" / "test.jsonl")
    ap.add_argument("--bits", type=int, default=DEFAULTS.bits)
    ap.add_argument("--epochs", type=int, default=DEFAULTS.epochs)
    ap.add_argument("--lr", type=float, default=DEFAULTS.learning_rate)
    ap.add_argument("--l2", type=float, default=DEFAULTS.l2)
    ap.add_argument("--seed", type=int, default=DEFAULTS.seed)
    ap.add_argument("--average", type=int, default=DEFAULTS.average, help="fits with consecutive seeds to average")
    return ap


def main() -> None:
    run(parser().parse_args())


if __name__ == "__main__":
    main()
