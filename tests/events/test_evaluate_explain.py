"""The evaluator (hadath eval events) and the explainer (hadath explain) on small inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.errors import InputError
from hadath.events import evaluate, explain, format_report
from hadath.events.stage import EventStage
from hadath.model import ActorMention, Article, Document
from hadath.text.stage import TextStage


class HandPipeline:
    """Text + hand-made actor lexicon + events: enough to test scoring without the other stages."""

    def __init__(self, actors: dict[str, str]) -> None:
        self.text = TextStage.load()
        self.events = EventStage.load("test")
        self.actors = actors
        self.stages = [self.text, self.events]

    def __call__(self, article: Article) -> Document:
        doc = self.text(Document(article))
        for surface, code in self.actors.items():
            at = article.text.find(surface)
            if at >= 0:
                doc.entities.append(ActorMention(at, at + len(surface), surface, actor_code=code, country=code[:3],
                                                 sector=code[3:] or None))
        return self.events(doc)


def write_gold(tmp_path: Path, items: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    return path


def test_scores_types_statuses_roles_and_negatives(tmp_path: Path):
    items = [
        {"id": "a", "text": "فرضت الحكومة الكندية عقوبات على مسؤولين روس.", "date": "2024-01-01",
         "events": [{"event_type": "SANCTION", "cameo": "163", "source": ["CANGOV"], "target": ["RUSGOV"],
                     "status": "asserted", "trigger": "عقوبات"}]},
        {"id": "b", "text": "لم تقصف الطائرات الأمريكية أي أهداف.", "date": "2024-01-01",
         "events": [{"event_type": "ASSAULT", "cameo": "195", "source": ["USAMIL"], "target": ["IRQ"],
                     "status": "asserted", "trigger": "تقصف"}]},
        {"id": "c", "text": "اشتعلت حرب الأسعار بين شركات الطيران.", "date": "2024-01-01", "events": [],
         "tags": ["hard-negative:metaphor"]},
        {"id": "d", "text": "أعلنت الحكومة الكندية تعليق الرحلات.", "date": "2024-01-01",
         "events": [{"event_type": "SANCTION", "cameo": "160", "source": ["CANGOV"], "target": [],
                     "status": "asserted", "trigger": "تعليق"}]},
    ]
    pipe = HandPipeline({"الحكومة الكندية": "CANGOV", "مسؤولين روس": "RUSGOV", "الطائرات الأمريكية": "USAMIL"})
    result = evaluate(write_gold(tmp_path, items), pipe)
    assert result["per_type"]["SANCTION"]["tp"] == 1 and result["per_type"]["SANCTION"]["fn"] == 1
    assert result["per_type"]["ASSAULT"]["tp"] == 1
    assert result["micro_with_status"]["tp"] == 1  # the ASSAULT's status (negated) differs from the gold
    assert result["per_status"]["negated"]["fp"] == 1
    assert result["roles"] == {"matched": 2, "source_accuracy": 1.0, "target_accuracy": 0.5}
    assert result["negatives"] == {"items": 1, "with_events": 0, "share_coded": 0.0}
    report = format_report(result)
    assert "SANCTION" in report and "negative items: 1" in report


def test_bad_gold_file_names_the_line(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "نص", "events": []}\n{not json}\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        evaluate(path, HandPipeline({}))
    assert "bad.jsonl:2" in str(err.value)


def test_explain_says_why(tmp_path: Path):
    pipe = HandPipeline({"الحكومة الكندية": "CANGOV", "مسؤولين روس": "RUSGOV"})
    out = explain("فرضت الحكومة الكندية عقوبات على مسؤولين روس.", None, pipe)
    assert "sanction.impose" in out and "CANGOV" in out and "asserted" in out
    out = explain("اشتعلت حرب الأسعار بين الشركات.", None, pipe)
    assert "EVENT" not in out and ("no trigger" in out or "needed" in out or "blocked" in out)
