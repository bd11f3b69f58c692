"""Library side of ``hadath actors``, ``hadath eval actors`` and ``hadath eval ner``.

Gold actors (``gold/actors/*.jsonl``) give each actor's text, code and type, in order of appearance; the
text is located in the sentence left to right.  A predicted mention matches a gold one when their
character spans overlap.  Compound actors are coded as their member codes joined by ``+``
(compared as a set).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hadath.actors.coder import Context
from hadath.actors.ner import entity_scores, read_conll
from hadath.actors.stage import ActorStage
from hadath.errors import InputError, InputProblem
from hadath.evaluation import read_gold as read_gold_items
from hadath.model import ActorMention
from hadath.text.segment import make_sentences
from hadath.text.tokens import Tokenizer

MICRO_TYPES = ("PERS", "LOC", "ORG")  # the micro average of `hadath eval ner`, as in ner_scores.json


def code_of(m: ActorMention) -> str | None:
    """The comparable code of a mention: its actor code, or ``A+B`` for a compound."""
    if m.members:
        return "+".join(sorted(c.actor_code or "?" for c in m.members))
    return m.actor_code


def mentions(text: str, day: date | None, stage: ActorStage) -> list[ActorMention]:
    """Actor mentions of a free text (no boilerplate removal), coded at ``day`` (today when None)."""
    day = day or date.today()
    context = Context()
    out: list[ActorMention] = []
    for s in make_sentences(text, [], Tokenizer()):
        out.extend(stage.coder.sentence(text, s.tokens, s.index, day, context))
    return out


def explain(text: str, day: date | None = None, stage: ActorStage | None = None) -> str:
    """What was recognised in ``text`` and why, one line per mention (for ``hadath actors``)."""
    stage = stage or ActorStage.load()
    lines = [f"coded at {(day or date.today()).isoformat()}"]
    found = mentions(text, day, stage)
    if not found:
        lines.append("no actors found")
    for m in found:
        code = code_of(m) if m.members else (m.actor_code or "-")
        name = m.name_latin or m.name or ""
        lines.append(f"[{m.start}:{m.end}] {m.text}  type={m.type} code={code} how={m.how}"
                     + (f" name={name}" if name else "")
                     + (f" sector={m.sector}" if m.sector and not m.members else ""))
        for member in m.members:
            lines.append(f"    member {member.actor_code} ({member.how})")
    return "\n".join(lines)


def read_gold(path: Path | str) -> list[dict[str, Any]]:
    return read_gold_items(path, lambda item: None if isinstance(item.get("text"), str)
                           and isinstance(item.get("actors"), list) else "needs 'text' and 'actors'")


def gold_spans(item: dict[str, Any]) -> list[tuple[int, int, str, str | None]]:
    """(start, end, type, code) of each gold actor, found left to right in the text."""
    text = item["text"]
    out = []
    pos = 0
    for actor in item["actors"]:
        at = text.find(actor["text"], pos)
        if at < 0:
            at = text.find(actor["text"])
        if at < 0:
            raise InputError(InputProblem(item.get("id", "?"), item.get("_line"),
                                          f"gold actor {actor['text']!r} is not in the text"))
        code = actor.get("code")
        if isinstance(code, list):
            code = "+".join(sorted(code))
        out.append((at, at + len(actor["text"]), actor.get("type", "ORG"), code))
        pos = at + len(actor["text"])
    return out


def evaluate_actors(path: Path | str, stage: ActorStage | None = None) -> dict[str, Any]:
    """Mention P/R/F1 (span overlap) overall and by type, and code accuracy on matched mentions."""
    stage = stage or ActorStage.load()
    counts: dict[str, list[int]] = {}
    tp = n_pred = n_gold = code_ok = matched = 0
    errors: list[dict[str, Any]] = []
    items = read_gold(path)
    for item in items:
        day = date.fromisoformat(item["date"]) if item.get("date") else None
        pred = mentions(item["text"], day, stage)
        gold = gold_spans(item)
        n_pred += len(pred)
        n_gold += len(gold)
        used: set[int] = set()
        for g_start, g_end, g_type, g_code in gold:
            c = counts.setdefault(g_type, [0, 0, 0])
            c[2] += 1
            hit = next((k for k, m in enumerate(pred) if k not in used and m.start < g_end and g_start < m.end), None)
            if hit is None:
                errors.append({"id": item.get("id"), "missed": item["text"][g_start:g_end], "code": g_code})
                continue
            used.add(hit)
            tp += 1
            matched += 1
            m = pred[hit]
            if m.type == g_type:
                c[0] += 1
            if code_of(m) == g_code:
                code_ok += 1
            else:
                errors.append({"id": item.get("id"), "text": m.text, "code": code_of(m), "gold_code": g_code})
        for k, m in enumerate(pred):
            counts.setdefault(m.type, [0, 0, 0])[1] += 1
            if k not in used:
                errors.append({"id": item.get("id"), "spurious": m.text, "code": code_of(m)})
    by_type = {t: _prf(c[0], c[1], c[2]) for t, c in sorted(counts.items())}
    return {"file": str(path), "sentences": len(items), "mentions": _prf(tp, n_pred, n_gold), "by_type": by_type,
            "code_accuracy": round(code_ok / matched, 4) if matched else 0.0, "matched": matched,
            "errors": errors}


DOCUMENT_SENTENCES = 50  # CoNLL news files carry no article boundaries: consecutive blocks stand in for them


def evaluate_ner(path: Path | str, stage: ActorStage | None = None,
                 document_sentences: int = DOCUMENT_SENTENCES, neural: bool = False) -> dict[str, Any]:
    """Entity-level P/R/F1 per type and micro of the CRF on a CoNLL file (``token TAG`` lines).

    ``neural`` (when no ``stage`` is given): with the neural model's scores added to the CRF's.

    The tagger remembers the labels it gave earlier in a document (as the pipeline does per article);
    a CoNLL file has no article boundaries, so blocks of ``document_sentences`` consecutive sentences —
    the unit the model was trained with (scripts/train_ner.py) — are tagged as documents.
    """
    stage = stage or ActorStage.load(neural=neural)
    tagger = stage.coder.tagger
    if tagger is None:
        raise InputError(InputProblem(str(path), None, "the actor stage was loaded without its NER model"))
    if not Path(path).exists():
        raise InputError(InputProblem(str(path), None, "file not found"))
    sentences = read_conll(path)
    gold = [[t for _, t in s] for s in sentences]
    pred: list[list[str]] = []
    for first in range(0, len(sentences), max(1, document_sentences)):
        block = sentences[first:first + max(1, document_sentences)]
        pred.extend(tagger.tag_document([[w for w, _ in s] for s in block]))
    scores = entity_scores(gold, pred, MICRO_TYPES)
    known = {label[2:] for label in tagger.labels if label != "O"}
    ignored = sorted(t for t in scores if t not in known and t != "micro")
    shown = {t: v for t, v in scores.items() if t in known or t == "micro"}
    return {"file": str(path), "sentences": len(sentences), "scores": shown, "micro_types": list(MICRO_TYPES),
            "ignored_types": ignored, "document_sentences": document_sentences, "neural_ner": tagger.neural is not None}


def format_report(result: dict[str, Any]) -> str:
    """Plain-text table of an ``evaluate_actors`` or ``evaluate_ner`` result."""
    lines = [f"{result['file']}: {result['sentences']} sentences"]
    rows = result.get("scores") or {"ALL": result["mentions"], **result.get("by_type", {})}
    lines.append(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
    for name, s in rows.items():
        lines.append(f"{name:<8}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['support']:>7}")
    if result.get("ignored_types"):
        lines.append(f"micro over {', '.join(result['micro_types'])}; gold types the model does not tag: "
                     f"{', '.join(result['ignored_types'])}")
    if "code_accuracy" in result:
        lines.append(f"code accuracy on {result['matched']} matched mentions: {result['code_accuracy']:.3f}")
    return "\n".join(lines)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": n_gold}
