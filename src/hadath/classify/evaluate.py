"""Does the backstop pay?  Sentence-level PLOVER type detection on an event gold file, three ways.

* ``lexicon``: the rule-based pipeline alone (the set of PLOVER types it codes per item);
* ``classifier``: the backstop alone (its top type, if it is a PLOVER type);
* ``combined``: the lexicon's events, all vetoed in an item when the backstop says NONE with
  probability ≥ τ; types only the backstop found are listed *for review* (scored separately, never
  coded);
* ``union`` (extra, to answer "would coding the review list pay?"): the combined types plus the
  backstop's extra type when its probability is ≥ σ.

Each gets per-type and micro precision/recall/F1 and the share of negative items (``"events": []``)
with anything coded.  τ is chosen on the dev file only (:func:`tune_threshold`) and then applied
unchanged to the test file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from hadath.classify.backstop import NONE, PLOVER_TYPES, Backstop
from hadath.errors import HadathError
from hadath.evaluation import read_gold as read_gold_file

TypeSets = list[set[str]]
THRESHOLDS: tuple[float, ...] = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999)


def _check_item(item: dict[str, Any]) -> str | None:
    if not isinstance(item.get("text"), str) or not isinstance(item.get("events"), list):
        return "an item needs 'text' (string) and 'events' (list)"
    return None


def read_gold(path: Path | str) -> list[dict[str, Any]]:
    """The items of an event gold file; :class:`InputError` for a missing file or a bad line."""
    return read_gold_file(path, _check_item)


def ngram_overlap(train_texts: Sequence[str], gold_path: Path | str, n: int = 5) -> dict[str, float]:
    """Share of a gold file's word n-grams (normalized) that also occur in training sentences, overall
    and for the worst item: a leakage check for generated training data."""
    from hadath.text.normalize import normalize
    from hadath.text.tokens import TOKEN_RE

    def grams(text: str) -> set[tuple[str, ...]]:
        words = [w for w in TOKEN_RE.findall(normalize(text)) if w[0].isalnum()]
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}

    seen: set[tuple[str, ...]] = set()
    for text in train_texts:
        seen |= grams(text)
    total = shared = 0
    worst = 0.0
    for item in read_gold(gold_path):
        g = grams(item["text"])
        if g:
            hit = len(g & seen)
            total += len(g)
            shared += hit
            worst = max(worst, hit / len(g))
    return {"n": n, "share": round(shared / total, 4) if total else 0.0, "worst_item": round(worst, 4)}


def gold_types(item: dict[str, Any]) -> set[str]:
    return {e["event_type"] for e in item["events"] if e.get("event_type")}


def lexicon_types(items: Sequence[dict[str, Any]]) -> TypeSets | None:
    """PLOVER types the default pipeline codes per item, or None when the pipeline cannot be built."""
    try:
        pipeline = _default_pipeline()
    except (ImportError, AttributeError, HadathError):
        return None
    from hadath.model import Article

    out: TypeSets = []
    for i, item in enumerate(items):
        published = date.fromisoformat(item["date"]) if item.get("date") else None
        doc = pipeline(Article(id=str(item.get("id", i)), text=item["text"], date=published))
        out.append({e.event_type for e in doc.events if e.event_type})
    return out


def _default_pipeline():  # noqa: ANN202 - imported lazily: the pipeline is optional here
    from hadath.pipeline import Pipeline

    return Pipeline.default(backstop=False)  # the lexicon alone: the backstop is what is measured here


def pipeline_problem() -> str | None:
    """Why the default pipeline cannot be built right now (None if it can): for the report's note."""
    try:
        _default_pipeline()
    except (ImportError, AttributeError, HadathError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def score(gold: TypeSets, predicted: TypeSets, negatives: Sequence[bool]) -> dict[str, Any]:
    """Per-type and micro P/R/F1 over item type sets, plus the share of negatives with anything coded."""
    counts = {t: [0, 0, 0] for t in PLOVER_TYPES}  # tp, fp, fn
    for g, p in zip(gold, predicted, strict=True):
        for t in p & g:
            counts[t][0] += 1
        for t in p - g:
            counts[t][1] += 1
        for t in g - p:
            counts[t][2] += 1
    per_type = {t: _prf(*c) for t, c in counts.items() if any(c)}
    tp, fp, fn = (sum(c[k] for c in counts.values()) for k in range(3))
    n_negative = sum(negatives)
    coded_negative = sum(1 for p, neg in zip(predicted, negatives, strict=True) if neg and p)
    return {"micro": _prf(tp, fp, fn), "per_type": per_type, "negatives": n_negative,
            "negatives_coded": coded_negative,
            "negative_coded_share": round(coded_negative / n_negative, 4) if n_negative else 0.0}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def combine(lexicon: TypeSets, predictions: Sequence[tuple[str, str | None, float]], none_p: Sequence[float],
            threshold: float) -> tuple[TypeSets, TypeSets]:
    """(coded type sets after the veto, review suggestions: backstop types the lexicon did not code)."""
    coded: TypeSets = []
    review: TypeSets = []
    for lex, (kind, _mode, _p), p_none in zip(lexicon, predictions, none_p, strict=True):
        coded.append(set() if p_none >= threshold else set(lex))
        review.append({kind} if kind in PLOVER_TYPES and kind not in lex else set())
    return coded, review


def tune_threshold(gold: TypeSets, lexicon: TypeSets, predictions: Sequence[tuple[str, str | None, float]],
                   none_p: Sequence[float], negatives: Sequence[bool],
                   thresholds: Sequence[float] = THRESHOLDS) -> float | None:
    """The τ with the best combined micro F1 (ties → the higher, more cautious τ); None if no τ beats no veto."""
    base = score(gold, lexicon, negatives)["micro"]["f1"]
    best: float | None = None
    best_f1 = base
    for tau in sorted(thresholds, reverse=True):
        f1 = score(gold, combine(lexicon, predictions, none_p, tau)[0], negatives)["micro"]["f1"]
        if f1 > best_f1:
            best, best_f1 = tau, f1
    return best


def evaluate_backstop(gold_path: Path | str, threshold: float | None = None, backstop: Backstop | None = None,
                      lexicon: Callable[[Sequence[dict[str, Any]]], TypeSets | None] = lexicon_types,
                      tune: bool = False, union_threshold: float | None = None) -> dict[str, Any]:
    """Score lexicon / classifier / combined on a gold file.

    ``threshold`` is τ; by default the one stored in the model (chosen on dev by the trainer).  With
    ``tune=True`` τ (and σ of the extra ``union`` configuration) is chosen on *this* file — only ever do
    that on the dev file.
    """
    items = read_gold(gold_path)
    backstop = backstop or Backstop.load()
    texts = [item["text"] for item in items]
    gold = [gold_types(item) for item in items]
    negatives = [not item["events"] for item in items]
    predictions = backstop.predict(texts)
    none_p = backstop.none_probability(texts)
    classifier = [{kind} if kind in PLOVER_TYPES else set() for kind, _mode, _p in predictions]
    report: dict[str, Any] = {"gold": str(gold_path), "items": len(items), "negatives": sum(negatives),
                              "classifier": score(gold, classifier, negatives), "lexicon": None,
                              "combined": None, "review": None, "threshold": None, "union": None}
    # mode accuracy where the classifier's type is right and the gold has one event of that type
    mode_ok = mode_n = 0
    for item, (kind, mode, _p) in zip(items, predictions, strict=True):
        modes = {e.get("mode") for e in item["events"] if e.get("event_type") == kind}
        if len(modes) == 1:
            mode_n += 1
            mode_ok += mode in modes
    report["classifier"]["mode_accuracy"] = round(mode_ok / mode_n, 4) if mode_n else None
    lex = lexicon(items)
    if lex is None:
        problem = pipeline_problem() if lexicon is lexicon_types else None
        report["note"] = ("the default pipeline is not available: lexicon and combined figures skipped"
                          + (f" ({problem})" if problem else ""))
        return report
    report["lexicon"] = score(gold, lex, negatives)
    if tune:
        threshold = tune_threshold(gold, lex, predictions, none_p, negatives)
    elif threshold is None:
        threshold = backstop.veto_threshold
    report["threshold"] = threshold
    tau = threshold if threshold is not None else float("inf")
    coded, review = combine(lex, predictions, none_p, tau)
    report["combined"] = score(gold, coded, negatives)
    report["combined"]["vetoed_items"] = sum(1 for c, lx in zip(coded, lex, strict=True) if lx and not c)
    suggested = sum(len(r) for r in review)
    right = sum(len(r & g) for r, g in zip(review, gold, strict=True))
    missed = sum(len(g - lx) for g, lx in zip(gold, lex, strict=True))
    report["review"] = {"suggested": suggested, "correct": right,
                        "precision": round(right / suggested, 4) if suggested else 0.0,
                        "lexicon_misses": missed,
                        "recovered_share": round(right / missed, 4) if missed else 0.0,
                        "by_confidence": _review_by_confidence(review, gold, predictions)}
    # how the veto would do at every τ (for reading only: τ itself is chosen on dev)
    sweep = []
    for tau_i in THRESHOLDS:
        vetoed, _ = combine(lex, predictions, none_p, tau_i)
        m = score(gold, vetoed, negatives)["micro"]
        sweep.append({"tau": tau_i, "p": m["p"], "r": m["r"], "f1": m["f1"],
                      "vetoed": sum(1 for c, lx in zip(vetoed, lex, strict=True) if lx and not c)})
    report["veto_sweep"] = sweep
    # extra configuration (not in the brief's three): code the backstop's extra type when p ≥ σ
    if tune:
        union_floor = tune_union_floor(gold, lex, predictions, negatives)
    else:
        union_floor = union_threshold if union_threshold is not None else backstop.meta.get("union_threshold")
    report["union_threshold"] = union_floor
    if union_floor is not None:
        report["union"] = score(gold, union(coded, review, predictions, union_floor), negatives)
    return report


def union(coded: TypeSets, review: TypeSets, predictions: Sequence[tuple[str, str | None, float]],
          floor: float) -> TypeSets:
    """Coded types plus the review suggestions whose probability is at least ``floor``."""
    return [c | r if p[2] >= floor else set(c) for c, r, p in zip(coded, review, predictions, strict=True)]


def tune_union_floor(gold: TypeSets, lexicon: TypeSets, predictions: Sequence[tuple[str, str | None, float]],
                     negatives: Sequence[bool], floors: Sequence[float] = THRESHOLDS) -> float | None:
    """The σ with the best micro F1 for lexicon ∪ {backstop type if p ≥ σ}; None if no σ beats the lexicon."""
    _coded, review = combine(lexicon, predictions, [0.0] * len(lexicon), float("inf"))
    best: float | None = None
    best_f1 = score(gold, lexicon, negatives)["micro"]["f1"]
    for floor in sorted(floors, reverse=True):
        f1 = score(gold, union(lexicon, review, predictions, floor), negatives)["micro"]["f1"]
        if f1 > best_f1:
            best, best_f1 = floor, f1
    return best


def _review_by_confidence(review: TypeSets, gold: TypeSets, predictions: Sequence[tuple[str, str | None, float]],
                          floors: Sequence[float] = (0.5, 0.8, 0.9, 0.95, 0.99)) -> list[dict[str, float | int]]:
    """Precision of the review suggestions when only those with probability ≥ floor are kept."""
    out: list[dict[str, float | int]] = []
    for floor in floors:
        kept = [(r, g) for r, g, p in zip(review, gold, predictions, strict=True) if r and p[2] >= floor]
        right = sum(len(r & g) for r, g in kept)
        out.append({"min_p": floor, "suggested": len(kept), "correct": right,
                    "precision": round(right / len(kept), 4) if kept else 0.0})
    return out


def format_backstop_report(report: dict[str, Any]) -> str:
    """A plain-text table of the three configurations (micro and per type) and the review list."""
    lines = [f"backstop evaluation on {report['gold']}: {report['items']} items, {report['negatives']} negative"]
    configs = [("lexicon", report.get("lexicon")), ("classifier", report.get("classifier")),
               ("combined", report.get("combined"))]
    if report.get("note"):
        lines.append(f"note: {report['note']}")
    tau = report.get("threshold")
    lines.append(f"veto threshold τ: {'none (no veto)' if tau is None else tau}")
    lines.append(f"{'config':<11} {'P':>6} {'R':>6} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4}  negatives coded")
    for name, sc in configs:
        if sc is None:
            lines.append(f"{name:<11} (skipped)")
            continue
        m = sc["micro"]
        lines.append(f"{name:<11} {m['p']:>6.3f} {m['r']:>6.3f} {m['f1']:>6.3f} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4}"
                     f"  {sc['negatives_coded']}/{sc['negatives']} ({sc['negative_coded_share']:.1%})")
    if report.get("union"):
        m = report["union"]["micro"]
        lines.append(f"{'union@σ':<11} {m['p']:>6.3f} {m['r']:>6.3f} {m['f1']:>6.3f} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4}"
                     f"  {report['union']['negatives_coded']}/{report['union']['negatives']}"
                     f"  (extra: lexicon + backstop types with p ≥ σ={report['union_threshold']})")
    if report["classifier"].get("mode_accuracy") is not None:
        lines.append(f"classifier mode accuracy (type right, one gold mode): {report['classifier']['mode_accuracy']:.3f}")
    if report.get("combined"):
        lines.append(f"vetoed items: {report['combined']['vetoed_items']}")
    if report.get("review"):
        r = report["review"]
        lines.append(f"for review: {r['suggested']} suggestions, {r['correct']} correct "
                     f"(precision {r['precision']:.3f}); recovers {r['correct']}/{r['lexicon_misses']} lexicon misses")
        lines.append("  by classifier probability: " + ", ".join(
            f"p≥{b['min_p']}: {b['correct']}/{b['suggested']}" for b in r.get("by_confidence", [])))
    if report.get("veto_sweep"):
        lines.append("veto sweep (τ: F1, vetoed items): " + ", ".join(
            f"{v['tau']}: {v['f1']:.3f} ({v['vetoed']})" for v in report["veto_sweep"]))
    lines.append("")
    lines.append(f"{'type':<10} " + " ".join(f"{n[:4]:>4}-P {n[:4]:>4}-R {n[:4]:>3}-F1" for n, sc in configs if sc))
    types = sorted({t for _n, sc in configs if sc for t in sc["per_type"]})
    for t in types:
        cells = []
        for _n, sc in configs:
            if not sc:
                continue
            v = sc["per_type"].get(t, {"p": 0.0, "r": 0.0, "f1": 0.0})
            cells.append(f"{v['p']:>6.2f} {v['r']:>6.2f} {v['f1']:>7.2f}")
        lines.append(f"{t:<10} " + " ".join(cells))
    return "\n".join(lines)


__all__ = ["NONE", "combine", "ngram_overlap", "tune_union_floor", "union", "evaluate_backstop", "format_backstop_report", "gold_types", "read_gold", "score",
           "tune_threshold"]
