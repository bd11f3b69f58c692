"""Run the pipeline over a stream of articles, in parallel worker processes when asked.

Articles are read lazily in the parent, analysed in chunks by ``workers`` processes (each loads the
pipeline once), and handed back in input order, so a corpus larger than memory streams through.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice

from hadath.errors import HadathError
from hadath.model import Article, Document
from hadath.pipeline import Pipeline

_WORKER_PIPELINE: list[Pipeline] = []  # one per worker process, set by the pool initializer only


class AnalysisError(HadathError):
    """An article could not be analysed (a bug or an input the pipeline cannot handle)."""


def _init_worker(review: bool, neural_ner: bool) -> None:
    _WORKER_PIPELINE.append(Pipeline.default(review=review, neural_ner=neural_ner))


def _analyse_chunk(articles: list[Article]) -> list[tuple[Document | None, str | None]]:
    pipeline = _WORKER_PIPELINE[0]
    out: list[tuple[Document | None, str | None]] = []
    for article in articles:
        try:
            out.append((_pack(pipeline(article)), None))
        except Exception as exc:  # reported in the parent; the batch goes on
            out.append((None, f"{type(exc).__name__}: {exc}"))
    return out


def _pack(doc: Document) -> Document:
    """The document without what the parent already holds: tokens, the article text, sentence texts.

    Unpickling the results is the parent's serial work; without these they are less than half as large.
    """
    doc.drop_tokens()
    for s in doc.sentences:
        s.text = ""
    doc.article = replace(doc.article, text="")
    return doc


def _unpack(doc: Document, article: Article) -> Document:
    doc.article = article
    text = article.text
    for s in doc.sentences:
        s.text = text[s.start:s.end]
    return doc


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def analyse_stream(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    chunk_size: int = 32,
    pipeline: Pipeline | None = None,
    on_error: Callable[[Article, Exception], None] | None = None,
    review: bool = False,
    neural_ner: bool = False,
) -> Iterator[Document]:
    """Analyse ``articles`` in order. ``workers`` > 1 uses that many processes.

    ``review`` adds the learned backstop's suggestions and ``neural_ner`` the neural entity scores (see
    :meth:`Pipeline.default`).
    """
    if workers <= 1:
        pipe = pipeline or Pipeline.default(review=review, neural_ner=neural_ner)
        for article in articles:
            try:
                yield pipe(article)
            except Exception as exc:  # one bad article must not stop the batch
                if on_error is None:
                    raise
                on_error(article, exc)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(review, neural_ner)) as pool:
        pending = []
        chunks = _chunks(articles, chunk_size)
        for chunk in islice(chunks, workers * 2):
            pending.append((chunk, pool.submit(_analyse_chunk, chunk)))
        while pending:
            chunk, future = pending.pop(0)
            for article, (doc, error) in zip(chunk, future.result(), strict=True):
                if doc is not None:
                    yield _unpack(doc, article)
                elif on_error is None:
                    raise AnalysisError(f"{article.origin or article.id}: {error}")
                else:
                    on_error(article, AnalysisError(error or "analysis failed"))
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_analyse_chunk, nxt)))
