"""Scoring the date grammar against a gold file (``gold/dates/{dev,test}.jsonl``).

A gold line: ``{"id", "text", "date" (reference, ISO), "dates": [{"text", "value", "precision"}]}``;
sentences with no date (traps such as صحيفة اليوم) have ``"dates": []``.  A prediction matches a gold
expression when their character spans overlap; it is *correct* when value and precision are equal too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hadath.errors import InputError, InputProblem
from hadath.evaluation import read_gold
from hadath.model import DateMention
from hadath.text.tokens import Tokenizer
from hadath.when.grammar import DateGrammar
from hadath.when.lexicon import DateLexicon
from hadath.when.stage import mention_from_hit


def _read_gold(path: Path) -> list[dict[str, Any]]:
    return read_gold(path, lambda row: None if isinstance(row.get("text"), str) and "dates" in row
                     else "needs 'text' and 'dates'")


def _gold_spans(path: Path, row: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """Locate each gold expression in the sentence, in order (a repeated text takes the next occurrence)."""
    text = row["text"]
    spans: list[tuple[int, int, dict[str, Any]]] = []
    pos = 0
    for gold in row["dates"]:
        at = text.find(gold["text"], pos)
        if at < 0:
            raise InputError(InputProblem(str(path), row["_line"], f"gold text {gold['text']!r} not in sentence"))
        spans.append((at, at + len(gold["text"]), gold))
        pos = at + 1
    return spans


def evaluate(path: Path | str, grammar: DateGrammar | None = None) -> dict[str, Any]:
    """Detection precision/recall/F1 (span overlap), exact-value accuracy over gold expressions, value
    precision over predictions, and the list of errors."""
    path = Path(path)
    grammar = grammar or DateGrammar(DateLexicon.load())
    tokenizer = Tokenizer()
    n_gold = n_pred = n_matched = n_correct = 0
    errors: list[dict[str, Any]] = []
    rows = _read_gold(path)
    for row in rows:
        text = row["text"]
        reference = date.fromisoformat(row["date"]) if row.get("date") else None
        predicted: list[DateMention] = [mention_from_hit(h, text, reference)
                                        for h in grammar.find(tokenizer.tokenize(text))]
        golds = _gold_spans(path, row)
        n_gold += len(golds)
        n_pred += len(predicted)
        used: set[int] = set()
        for start, end, gold in golds:
            match = next((k for k, m in enumerate(predicted)
                          if k not in used and m.start < end and start < m.end), None)
            if match is None:
                errors.append({"id": row.get("id"), "kind": "missed", "gold": gold["text"], "text": text})
                continue
            used.add(match)
            n_matched += 1
            m = predicted[match]
            if m.value == gold.get("value") and m.precision == gold.get("precision"):
                n_correct += 1
            else:
                errors.append({"id": row.get("id"), "kind": "wrong", "gold": gold["text"],
                               "expected": f"{gold.get('value')} ({gold.get('precision')})",
                               "got": f"{m.value} ({m.precision}) via {m.how}", "text": text})
        for k, m in enumerate(predicted):
            if k not in used:
                errors.append({"id": row.get("id"), "kind": "spurious", "got": m.text, "text": text})

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    precision, recall = ratio(n_matched, n_pred), ratio(n_matched, n_gold)
    return {
        "file": str(path), "sentences": len(rows), "gold": n_gold, "predicted": n_pred, "matched": n_matched,
        "correct": n_correct, "precision": precision, "recall": recall,
        "f1": ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0,
        "exact": ratio(n_correct, n_gold), "value_precision": ratio(n_correct, n_pred), "errors": errors,
    }


def format_report(report: dict[str, Any], max_errors: int = 30) -> str:
    """The report as text: the figures, then the first ``max_errors`` errors."""
    lines = [
        f"dates: {report['file']} — {report['sentences']} sentences, {report['gold']} gold expressions, "
        f"{report['predicted']} predicted",
        f"detection  P={report['precision']:.3f}  R={report['recall']:.3f}  F1={report['f1']:.3f}",
        f"values     exact={report['exact']:.3f} (correct/gold)  precision={report['value_precision']:.3f} "
        f"(correct/predicted)",
    ]
    errors = report["errors"]
    for err in errors[:max_errors]:
        if err["kind"] == "wrong":
            lines.append(f"  wrong    {err['id']}: «{err['gold']}» expected {err['expected']}, got {err['got']}")
        elif err["kind"] == "missed":
            lines.append(f"  missed   {err['id']}: «{err['gold']}»")
        else:
            lines.append(f"  spurious {err['id']}: «{err['got']}»")
    if len(errors) > max_errors:
        lines.append(f"  … and {len(errors) - max_errors} more")
    return "\n".join(lines)
