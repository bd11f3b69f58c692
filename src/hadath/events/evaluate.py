"""``hadath eval events FILE``: precision/recall/F1 of the event coder against a gold JSONL file.

Matching is per item and greedy: a predicted event can match a gold event of the same PLOVER type
(CAMEO root for CAMEO-only records); among those, one with the same status and an overlapping trigger
is preferred.  Scores: P/R/F1 per PLOVER type and per status, micro-F1 by type and by type+status,
CAMEO-only records separately, source/target code accuracy on matched events, and the share of negative
items (``"events": []``) where anything was coded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date as Date
from pathlib import Path
from typing import Any

from hadath.evaluation import read_gold as read_gold_items
from hadath.model import Article, Document, Event

Analyse = Callable[[Article], Document]


def _key(event_type: str | None, cameo: str | None) -> str:
    return event_type if event_type else f"CAMEO:{(cameo or '')[:2]}"


def _codes(actors: list[Any]) -> frozenset[str]:
    return frozenset(a.actor_code for a in actors if a.actor_code)


def _trigger_span(text: str, trigger: str | None) -> tuple[int, int] | None:
    if not trigger:
        return None
    at = text.find(trigger)
    return (at, at + len(trigger)) if at >= 0 else None


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def _roles_match(gold: dict[str, Any], pred: Event) -> tuple[bool, bool]:
    """Source and target agreement; a reciprocal gold record (same codes both sides) compares participants."""
    gs, gt = frozenset(gold.get("source") or []), frozenset(gold.get("target") or [])
    ps, pt = _codes(pred.source), _codes(pred.target)
    if gs and gs == gt:
        both = ps | pt
        return both == gs, both == gt
    return ps == gs, pt == gt


def match_item(text: str, gold: list[dict[str, Any]], pred: list[Event]) -> list[tuple[dict[str, Any], Event]]:
    """Greedy one-to-one pairs (gold, predicted) for one item."""
    pairs: list[tuple[dict[str, Any], Event]] = []
    free = list(pred)
    for g in gold:
        key = _key(g.get("event_type"), g.get("cameo"))
        span = _trigger_span(text, g.get("trigger"))
        candidates = [p for p in free if _key(p.event_type, p.cameo) == key]
        if not candidates:
            continue
        best = max(candidates, key=lambda p: (p.status == g.get("status"),
                                              _overlaps(span, (p.trigger.start, p.trigger.end))))
        pairs.append((g, best))
        free.remove(best)
    return pairs


def read_gold(path: Path | str) -> list[dict[str, Any]]:
    return read_gold_items(path, lambda item: None if "text" in item and isinstance(item.get("events"), list)
                           else "item needs text and an events list")


def evaluate(path: Path | str, analyse: Analyse | None = None) -> dict[str, Any]:
    """Score the coder on a gold file; ``analyse`` defaults to ``Pipeline.default()``."""
    if analyse is None:
        from hadath.pipeline import Pipeline

        analyse = Pipeline.default()
    items = read_gold(path)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    stp: Counter[str] = Counter()
    sfp: Counter[str] = Counter()
    sfn: Counter[str] = Counter()
    strict = Counter()
    roles = Counter()
    negatives = negatives_hit = 0
    errors: list[dict[str, Any]] = []
    for item in items:
        day = Date.fromisoformat(item["date"]) if item.get("date") else None
        doc = analyse(Article(id=str(item.get("id", "")), text=item["text"], date=day))
        pred = list(doc.events)
        gold = list(item["events"])
        if not gold:
            negatives += 1
            negatives_hit += bool(pred)
        pairs = match_item(item["text"], gold, pred)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        for g, p in pairs:
            key = _key(g.get("event_type"), g.get("cameo"))
            tp[key] += 1
            if p.status == g.get("status"):
                stp[g["status"]] += 1
                strict["tp"] += 1
            else:
                sfn[g.get("status", "asserted")] += 1
                sfp[p.status] += 1
                strict["fp"] += 1
                strict["fn"] += 1
            src_ok, tgt_ok = _roles_match(g, p)
            roles["n"] += 1
            roles["source"] += src_ok
            roles["target"] += tgt_ok
        for g in gold:
            if id(g) not in matched_gold:
                fn[_key(g.get("event_type"), g.get("cameo"))] += 1
                sfn[g.get("status", "asserted")] += 1
                strict["fn"] += 1
        for p in pred:
            if id(p) not in matched_pred:
                fp[_key(p.event_type, p.cameo)] += 1
                sfp[p.status] += 1
                strict["fp"] += 1
        if len(pairs) != len(gold) or len(pairs) != len(pred):
            errors.append({"id": item.get("id"), "missed": [_key(g.get("event_type"), g.get("cameo"))
                                                           for g in gold if id(g) not in matched_gold],
                           "extra": [f"{_key(p.event_type, p.cameo)}:{p.trigger.text}"
                                     for p in pred if id(p) not in matched_pred]})
    keys = sorted(set(tp) | set(fp) | set(fn))
    plover = [k for k in keys if not k.startswith("CAMEO:")]
    cameo_only = [k for k in keys if k.startswith("CAMEO:")]

    def micro(ks: list[str]) -> dict[str, float]:
        return _prf(sum(tp[k] for k in ks), sum(fp[k] for k in ks), sum(fn[k] for k in ks))

    statuses = sorted(set(stp) | set(sfp) | set(sfn))
    return {
        "items": len(items),
        "per_type": {k: _prf(tp[k], fp[k], fn[k]) for k in plover},
        "per_status": {s: _prf(stp[s], sfp[s], sfn[s]) for s in statuses},
        "micro": micro(plover),
        "micro_with_status": _prf(strict["tp"], strict["fp"], strict["fn"]),
        "cameo_only": {"micro": micro(cameo_only), "per_root": {k: _prf(tp[k], fp[k], fn[k]) for k in cameo_only}},
        "roles": {"matched": roles["n"],
                  "source_accuracy": round(roles["source"] / roles["n"], 3) if roles["n"] else 0.0,
                  "target_accuracy": round(roles["target"] / roles["n"], 3) if roles["n"] else 0.0},
        "negatives": {"items": negatives, "with_events": negatives_hit,
                      "share_coded": round(negatives_hit / negatives, 3) if negatives else 0.0},
        "errors": errors,
    }


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of :func:`evaluate`'s result."""

    def row(name: str, s: dict[str, float]) -> str:
        return f"  {name:<16} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}   (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"

    lines = [f"events: {result['items']} items"]
    lines.append(row("micro (type)", result["micro"]))
    lines.append(row("micro (+status)", result["micro_with_status"]))
    lines.append(row("CAMEO-only", result["cameo_only"]["micro"]))
    lines.append("per PLOVER type:")
    lines.extend(row(k, v) for k, v in result["per_type"].items())
    lines.append("per status (matched type, status compared):")
    lines.extend(row(k, v) for k, v in result["per_status"].items())
    if result["cameo_only"]["per_root"]:
        lines.append("CAMEO-only roots:")
        lines.extend(row(k, v) for k, v in result["cameo_only"]["per_root"].items())
    r = result["roles"]
    lines.append(f"roles on {r['matched']} matched events: source {r['source_accuracy']:.3f}, "
                 f"target {r['target_accuracy']:.3f}")
    n = result["negatives"]
    lines.append(f"negative items: {n['items']}, coded anyway: {n['with_events']} ({n['share_coded']:.1%})")
    return "\n".join(lines)
