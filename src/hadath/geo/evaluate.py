"""Place evaluation against team-written gold (``gold/places/{dev,test}.jsonl``).

Each gold line: ``{"id", "text", "places": [{"text", "name", "country", "lat", "lon"}], "not_places": [...]}``.
A gold place is *found* when a predicted place overlaps its span; a prediction is *correct* when it
overlaps a gold place.  Of the found places we report the share with the right country and the share
within 161 km (100 miles) of the gold coordinates.  ``not_places`` strings that were predicted as places
are counted and listed: they are the errors this stage most needs to avoid.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hadath.errors import InputError, InputProblem
from hadath.evaluation import read_gold as read_gold_items
from hadath.geo.explain import document_for
from hadath.geo.gazetteer import distance_km
from hadath.geo.stage import PlaceStage

NEAR_KM = 161.0


def _spans(text: str, needles: list[str], path: str, line: int) -> list[tuple[int, int]]:
    """Character spans of each needle, taking repeated needles left to right."""
    out: list[tuple[int, int]] = []
    cursor: dict[str, int] = {}
    for needle in needles:
        at = text.find(needle, cursor.get(needle, 0))
        if at < 0:
            raise InputError(InputProblem(path, line, f"gold text {needle!r} not in sentence"))
        cursor[needle] = at + len(needle)
        out.append((at, at + len(needle)))
    return out


def read_gold(path: Path | str) -> list[dict[str, Any]]:
    return read_gold_items(path, lambda item: None if isinstance(item.get("text"), str) else "needs 'text'")


def evaluate(path: Path | str, stage: PlaceStage | None = None) -> dict[str, Any]:
    """Found (recall), precision, F1, country accuracy and share within 161 km over a gold file."""
    stage = stage or PlaceStage.load()
    gold_n = pred_n = found = correct = right_country = near = not_place_hits = 0
    errors: list[dict[str, Any]] = []
    for item in read_gold(path):
        text = item["text"]
        gold = item.get("places", [])
        gold_spans = _spans(text, [g["text"] for g in gold], str(path), item["_line"])
        not_spans = _spans(text, item.get("not_places", []), str(path), item["_line"])
        doc = stage(document_for(text, stage))
        preds = doc.places
        gold_n += len(gold)
        pred_n += len(preds)
        for g, (gs, ge) in zip(gold, gold_spans, strict=True):
            hit = next((p for p in preds if p.start < ge and gs < p.end), None)
            if hit is None:
                errors.append({"id": item["id"], "missed": g["text"]})
                continue
            found += 1
            if hit.country == g.get("country"):
                right_country += 1
            if hit.lat is not None and hit.lon is not None and \
                    distance_km(hit.lat, hit.lon, g["lat"], g["lon"]) <= NEAR_KM:
                near += 1
            else:
                errors.append({"id": item["id"], "far": g["text"], "predicted": hit.name})
        for p in preds:
            if any(p.start < ge and gs < p.end for gs, ge in gold_spans):
                correct += 1
            else:
                errors.append({"id": item["id"], "spurious": p.text, "predicted": p.name})
                if any(p.start < ne and ns < p.end for ns, ne in not_spans):
                    not_place_hits += 1
    recall = found / gold_n if gold_n else 0.0
    precision = correct / pred_n if pred_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"file": str(path), "gold": gold_n, "predicted": pred_n, "found": round(recall, 4),
            "precision": round(precision, 4), "f1": round(f1, 4),
            "country_accuracy": round(right_country / found, 4) if found else 0.0,
            "within_161km": round(near / found, 4) if found else 0.0,
            "within_161km_of_gold": round(near / gold_n, 4) if gold_n else 0.0,
            "not_places_predicted": not_place_hits, "errors": errors}


def format_report(report: dict[str, Any], show_errors: int = 20) -> str:
    lines = [
        f"places: {report['file']}",
        f"  gold {report['gold']}  predicted {report['predicted']}",
        f"  found (recall) {report['found']:.3f}  precision {report['precision']:.3f}  F1 {report['f1']:.3f}",
        f"  country accuracy {report['country_accuracy']:.3f}  within 161 km {report['within_161km']:.3f} "
        f"(of all gold {report['within_161km_of_gold']:.3f})",
        f"  not_places predicted as places: {report['not_places_predicted']}",
    ]
    for err in report["errors"][:show_errors]:
        lines.append("  " + json.dumps(err, ensure_ascii=False))
    if len(report["errors"]) > show_errors:
        lines.append(f"  … {len(report['errors']) - show_errors} more")
    return "\n".join(lines)
