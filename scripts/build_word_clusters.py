"""Build the distributional word clusters the NER tagger uses as features (src/hadath/actors/word_clusters.tsv.gz).

Names are rare words: a CRF trained on 125k tokens has never seen most of the people and
organisations it meets.  Words that occur in the same contexts in unlabelled news (``قال X``,
``X بن``, ``رئيس X``) fall in the same cluster, so a cluster id generalises from the names the CRF
saw to names it did not.  Steps, all deterministic (seeded):

1. read the articles (``hadath.ingest.iter_articles``), tokenize and normalize every word;
2. keep the ``--vocab`` most frequent words, and the ``--contexts`` most frequent as context words;
3. count (word, context word at offset -2, -1, +1, +2) pairs: position-specific contexts, because
   for names the side matters (a title comes before, a patronymic after);
4. weight by positive PMI (context counts smoothed with exponent 0.75), reduce with a seeded
   randomized SVD, L2-normalise the rows;
5. spherical k-means at several granularities;
6. with ``--similarity`` only: for each gazetteer of the actor lexicon (person-name words,
   country/place words, organisation head words), a similarity class (top 1%, 2%, 5% …) of every
   word's cosine to the centroid of the gazetteer's words ("looks like a person name").  Measured
   on the NER dev split (-1.1 micro-F1) and on 4 cross-validation folds of train (-0.4 to +1.2,
   +0.3 on average) it made no reliable difference, so the shipped file has no such columns;
7. write ``word<TAB>c<k1>…<TAB>s<name>…`` sorted by frequency.

    .venv/bin/python scripts/build_word_clusters.py ../shared/corpora/saudinewsnet
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from scipy import sparse

from hadath.ingest import iter_articles
from hadath.text.tokens import TOKEN_RE, Tokenizer

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "hadath" / "actors" / "word_clusters.tsv.gz"
OFFSETS = (-2, -1, 1, 2)
BOUNDARY = -1  # id written between articles so no context window crosses them


def corpus_ids(paths: Iterable[Path]) -> tuple[np.ndarray, list[str], int]:
    """All normalized tokens as one id array (articles separated by two BOUNDARY ids), the id→word list."""
    tokenizer = Tokenizer()
    ids_of: dict[str, int] = {}
    words: list[str] = []
    chunks: list[np.ndarray] = []
    n_articles = 0
    for article in iter_articles(paths):
        n_articles += 1
        row: list[int] = []
        for raw in TOKEN_RE.findall(article.text):
            norm = tokenizer.analyse(raw)[0]
            idx = ids_of.get(norm)
            if idx is None:
                idx = ids_of[norm] = len(words)
                words.append(norm)
            row.append(idx)
        row += [BOUNDARY, BOUNDARY]
        chunks.append(np.asarray(row, dtype=np.int32))
    return np.concatenate(chunks), words, n_articles


def frequency_ranks(ids: np.ndarray, words: list[str], size: int) -> np.ndarray:
    """rank[id] = 0.. for the ``size`` most frequent words (ties broken by the word), -1 for the rest."""
    counts = np.bincount(ids[ids >= 0], minlength=len(words))
    order = sorted(range(len(words)), key=lambda i: (-counts[i], words[i]))[:size]
    rank = np.full(len(words) + 1, -1, dtype=np.int64)  # last slot: BOUNDARY (-1) indexes it
    rank[np.asarray(order, dtype=np.int64)] = np.arange(len(order))
    return rank


def cooccurrence(ids: np.ndarray, word_rank: np.ndarray, ctx_rank: np.ndarray, n_words: int, n_ctx: int
                 ) -> sparse.csr_matrix:
    """Counts of (word, context word at each offset in OFFSETS); columns are offset-major blocks."""
    rows_all, cols_all = [], []
    w = word_rank[ids]
    c = ctx_rank[ids]
    n = len(ids)
    for block, d in enumerate(OFFSETS):
        if d > 0:
            rw, cc = w[: n - d], c[d:]
        else:
            rw, cc = w[-d:], c[: n + d]
        keep = (rw >= 0) & (cc >= 0)
        rows_all.append(rw[keep])
        cols_all.append(cc[keep] + block * n_ctx)
    rows = np.concatenate(rows_all)
    cols = np.concatenate(cols_all)
    data = np.ones(len(rows), dtype=np.float64)
    return sparse.csr_matrix((data, (rows, cols)), shape=(n_words, n_ctx * len(OFFSETS)))


def ppmi(counts: sparse.csr_matrix, alpha: float = 0.75) -> sparse.csr_matrix:
    """Positive PMI with context-distribution smoothing (rare contexts otherwise dominate)."""
    coo = counts.tocoo()
    total = coo.data.sum()
    row_sum = np.asarray(counts.sum(axis=1)).ravel()
    col_sum = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    col_p = col_sum / col_sum.sum()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * total * col_p[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)


def randomized_svd(matrix: sparse.csr_matrix, rank: int, rng: np.random.Generator, n_iter: int = 4
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Top ``rank`` left singular vectors and values (Halko et al. range finder with power iterations)."""
    omega = rng.standard_normal((matrix.shape[1], rank + 20))
    q, _ = np.linalg.qr(matrix @ omega)
    for _ in range(n_iter):
        z, _ = np.linalg.qr(matrix.T @ q)
        q, _ = np.linalg.qr(matrix @ z)
    small = (matrix.T @ q).T  # q.T @ matrix, computed on the sparse side
    u_small, s, _ = np.linalg.svd(small, full_matrices=False)
    return (q @ u_small)[:, :rank], s[:rank]


def spherical_kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iterations: int = 20,
                     chunk: int = 8192) -> np.ndarray:
    """Cluster ids of unit rows ``x`` by cosine k-means (Lloyd), seeded with k distinct random rows."""
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        for a in range(0, len(x), chunk):
            labels[a:a + chunk] = np.argmax(x[a:a + chunk] @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1)
        empty = norms == 0
        if empty.any():  # re-seed an empty cluster with a random row
            sums[empty] = x[rng.choice(len(x), size=int(empty.sum()), replace=False)]
            norms[empty] = 1.0
        centres = sums / norms[:, None]
    return labels


SIMILARITY_TOP_SHARES = (0.5, 0.2, 0.1, 0.05, 0.02, 0.01)


def similarity_classes(vectors: np.ndarray, vocab: list[str], seeds: frozenset[str]) -> np.ndarray:
    """Class 0-6 of each row's cosine to the centroid of the seed words' rows (6: the top 1%).

    Classes are shares of the vocabulary ranked by cosine (top 50%, 20%, 10%, 5%, 2%, 1%), finer
    at the top where the name-like words are; all 0 without seeds.
    """
    rows = [r for r, word in enumerate(vocab) if word in seeds]
    if not rows:
        return np.zeros(len(vocab), dtype=np.int64)
    centre = vectors[rows].mean(axis=0)
    centre /= max(float(np.linalg.norm(centre)), 1e-12)
    order = np.argsort(-(vectors @ centre), kind="stable")
    share = np.empty(len(vocab), dtype=np.float64)
    share[order] = np.arange(len(vocab)) / len(vocab)
    return sum((share < t).astype(np.int64) for t in SIMILARITY_TOP_SHARES)


def seed_sets() -> dict[str, frozenset[str]]:
    """Gazetteer word sets from the packaged actor lexicon (empty when it cannot be read)."""
    from hadath.actors.lexicon import ActorLexicon
    from hadath.actors.ner import ORG_HEAD_WORDS
    from hadath.errors import LexiconError

    try:
        lexicon = ActorLexicon.load()
    except LexiconError as exc:
        print(f"actor lexicon unavailable, no similarity columns: {exc}", file=sys.stderr)
        return {}
    return {"per": lexicon.person_words, "loc": lexicon.country_words, "org": ORG_HEAD_WORDS}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path,
                    default=[REPO / ".." / "shared" / "corpora" / "saudinewsnet"])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--vocab", type=int, default=160_000, help="words that get a cluster")
    ap.add_argument("--contexts", type=int, default=5_000, help="context words (per offset)")
    ap.add_argument("--dim", type=int, default=128, help="SVD dimensions")
    ap.add_argument("--k", type=int, nargs="+", default=[64, 256, 1024], help="cluster counts")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--similarity", action="store_true",
                    help="add s<name> columns: closeness to the actor lexicon's person/place/org words")
    args = ap.parse_args()

    t0 = time.perf_counter()
    files = sorted(p for src in args.inputs for p in (sorted(src.glob("*.zip")) if src.is_dir() else [src]))
    digest = hashlib.sha256()
    for p in files:
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    ids, words, n_articles = corpus_ids(files)
    print(f"{n_articles} articles, {int((ids >= 0).sum())} tokens, {len(words)} types "
          f"({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    word_rank = frequency_ranks(ids, words, args.vocab)
    ctx_rank = frequency_ranks(ids, words, args.contexts)
    n_words = int((word_rank >= 0).sum())
    counts = cooccurrence(ids, word_rank, ctx_rank, n_words, args.contexts)
    weights = ppmi(counts)
    print(f"PPMI {weights.shape} nnz={weights.nnz} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    rng = np.random.default_rng(args.seed)
    u, s = randomized_svd(weights, args.dim, rng)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    labels = []
    for k in args.k:
        labels.append(spherical_kmeans(vectors, k, rng))
        print(f"k={k} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    vocab = [""] * n_words
    for idx, r in enumerate(word_rank[:-1]):
        if r >= 0:
            vocab[r] = words[idx]
    sims = ({name: similarity_classes(vectors, vocab, seeds) for name, seeds in seed_sets().items()}
            if args.similarity else {})
    columns = [*(f"c{k}" for k in args.k), *(f"s{name}" for name in sims)]
    values = [*labels, *sims.values()]
    buf = io.StringIO()
    buf.write(f"# word clusters by scripts/build_word_clusters.py: corpus sha256 {digest.hexdigest()}, "
              f"vocab {args.vocab}, contexts {args.contexts}, dim {args.dim}, k {args.k}, seed {args.seed}\n")
    buf.write("word\t" + "\t".join(columns) + "\n")
    for r, word in enumerate(vocab):
        if "\t" in word or "\n" in word:
            continue
        buf.write(word + "\t" + "\t".join(str(int(col[r])) for col in values) + "\n")
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
