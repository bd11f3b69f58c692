"""What every `hadath eval …` shares: reading a gold JSON-lines file, and precision/recall/F1."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hadath.errors import InputError, InputProblem


def read_gold(path: Path | str, check: Callable[[dict[str, Any]], str | None] | None = None
              ) -> list[dict[str, Any]]:
    """Items of a gold file (one JSON object per line; blank and ``#`` lines skipped).

    A missing file, a line that is not a JSON object, or one ``check`` rejects (it returns the reason)
    raises :class:`InputError` naming the file and line, so a broken gold file never scores silently.
    Each item gets ``_line`` (its line number) for error reports.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(InputProblem(str(path), None, "gold file not found"))
    items: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(InputProblem(str(path), lineno, f"invalid JSON: {exc.msg}")) from exc
            if not isinstance(item, dict):
                raise InputError(InputProblem(str(path), lineno, "each line must be a JSON object"))
            reason = check(item) if check is not None else None
            if reason:
                raise InputError(InputProblem(str(path), lineno, reason))
            item["_line"] = lineno
            items.append(item)
    return items


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 from true positives and the predicted and gold counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "predicted": n_pred, "gold": n_gold}
