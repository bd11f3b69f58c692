"""Throughput and memory benchmark of the whole pipeline (``hadath bench``); never part of the tests."""

from __future__ import annotations

import resource
import sys
import time
from importlib import resources
from typing import Any

from hadath.errors import InputProblem
from hadath.model import Article


def _peak_rss_mib() -> dict[str, float]:
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20
    return {"peak_rss_mib_main": round(own, 1), "peak_rss_mib_largest_worker": round(children, 1)}


def load_articles(corpus: str | None, limit: int | None, repeat: int = 1) -> tuple[list[Article], list[InputProblem]]:
    from hadath.ingest import iter_articles

    path = corpus or str(resources.files("hadath.sample"))
    problems: list[InputProblem] = []
    articles: list[Article] = []
    for article in iter_articles([path], on_problem=problems.append):
        articles.append(article)
        if limit and len(articles) >= limit:
            break
    if repeat > 1:
        base = list(articles)
        for r in range(1, repeat):
            articles.extend(Article(id=f"{a.id}#r{r}", text=a.text, title=a.title, date=a.date, source=a.source,
                                    url=a.url, meta=a.meta, origin=a.origin) for a in base)
    return articles, problems


def run_bench(corpus: str | None = None, *, limit: int | None = None, workers: int = 1, repeat: int = 1,
              per_stage: bool = False, neural_ner: bool = False) -> dict[str, Any]:
    """Analyse a corpus end to end (after reading it into memory) and report rates and peak memory."""
    from hadath.pipeline import Pipeline
    from hadath.runner import analyse_stream

    t0 = time.perf_counter()
    articles, problems = load_articles(corpus, limit, repeat)
    read_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    pipeline = Pipeline.default(neural_ner=neural_ner) if workers <= 1 or per_stage else None
    if per_stage and pipeline is None:  # unreachable: per-stage timing always loads a local pipeline
        raise RuntimeError("per-stage timing needs a local pipeline")
    load_s = time.perf_counter() - t0
    stage_time: dict[str, float] = {}
    n_sent = n_tok = n_events = 0
    t0 = time.perf_counter()
    if per_stage:
        from hadath.model import Document

        for article in articles:
            doc = Document(article=article, lexicon_version=pipeline.lexicon_version)
            for stage in pipeline.stages:
                s = time.perf_counter()
                doc = stage(doc)
                stage_time[stage.name] = stage_time.get(stage.name, 0.0) + time.perf_counter() - s
            n_sent += len(doc.sentences)
            n_tok += sum(s.token_count for s in doc.sentences)
            n_events += len(doc.events)
    else:
        for doc in analyse_stream(articles, workers=workers, pipeline=pipeline, neural_ner=neural_ner):
            n_sent += len(doc.sentences)
            n_tok += sum(s.token_count for s in doc.sentences)
            n_events += len(doc.events)
    elapsed = time.perf_counter() - t0
    report: dict[str, Any] = {
        "corpus": corpus or "bundled sample",
        "articles": len(articles),
        "sentences": n_sent,
        "tokens": n_tok,
        "events": n_events,
        "input_problems": len(problems),
        "workers": workers,
        "neural_ner": neural_ner,
        "read_seconds": round(read_s, 2),
        "pipeline_load_seconds": round(load_s, 2),
        "analysis_seconds": round(elapsed, 2),
        "articles_per_s": round(len(articles) / elapsed, 1) if elapsed else None,
        "sentences_per_s": round(n_sent / elapsed, 1) if elapsed else None,
        "tokens_per_s": round(n_tok / elapsed, 1) if elapsed else None,
        **_peak_rss_mib(),
    }
    if stage_time:
        report["stage_seconds"] = {k: round(v, 3) for k, v in stage_time.items()}
        report["stage_sentences_per_s"] = {k: round(n_sent / v, 1) for k, v in stage_time.items() if v}
        report["stage_tokens_per_s"] = {k: round(n_tok / v, 1) for k, v in stage_time.items() if v}
    return report

