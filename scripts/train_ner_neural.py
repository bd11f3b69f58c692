"""Train the neural NER model whose scores are added to the CRF's (src/hadath/actors/ner_neural.npz).

Three steps; only ``train`` needs PyTorch (``pip install -e ".[train-ner]"``; a CPU is enough: about
10 minutes for the word vectors, cached in ``--work``, and 10 s an epoch on two cores):

``prepare`` (with hadath) writes ``--work`` (default ``.nerprep/``, ignored by git):
  * ``corpus.npz``: every clitic-stripped word of the unlabelled news (SaudiNewsNet) and of ANERcorp's
    *training* blocks as ids of ``vocab.txt`` (0 = unknown, -1 between articles), for pretraining
    word vectors; the dev and test blocks are left out, so nothing of them is seen before scoring;
  * ``vocab.txt``: the ``--vocab`` most frequent clitic-stripped words;
  * ``anercorp.jsonl``: one sentence per line with its split (the CRF's blocks of 50: block % 10 == 8
    dev, == 9 test), and per word its normalized form, stripped form, tag and the CRF's own sparse
    features (:meth:`FeatureExtractor.compute` plus the lexicon phrase features).

``train`` (with hadath and PyTorch): skip-gram word vectors with negative sampling on the corpus, then a tagger — word
vector, character CNN, a bag of the CRF's sparse features, an encoder (three dilated convolutions, or a
BiLSTM) and a linear layer to per-tag scores — trained with a CRF loss.  The dev model is trained on
train and picks the epoch count; with ``--final`` a second model is trained on train+dev for that many
epochs (or, with ``--final-epochs N``, that model alone).  Weights are written as float16 ``.npz`` files
that :mod:`hadath.actors.neural` reads with numpy.

With ``--lm-hidden H`` the tagger also reads a bidirectional LSTM language model (ELMo's shape, small),
trained first on the same corpus for ``--lm-minutes`` and cached in ``--work`` (``lm-….pt``, and ``lm-….npz``
without its vocabulary-wide output layer, which is all the tagger needs): a learned mix of its layers is
appended to each word's input.  Its output layer makes it GPU work: the shipped one (``--lm-hidden 128``)
was trained for 7 minutes on one H100 (``--lm-only``), then the taggers on a CPU from the cached weights.

``ensemble`` (with hadath): the weight of the neural scores beside the CRF's is chosen on dev, with a
CRF trained on train only (``train_ner.py --dev-only --keep-dev-model``) and the dev neural model; the
final pair (shipped CRF, final neural model) is then scored once on test, and both go into
``ner_scores.json``'s ``neural`` section with the model's sha256 (the tagger refuses another file).

    .venv/bin/python scripts/train_ner_neural.py prepare --anercorp ../shared/corpora/anercorp/train.txt \
        --news ../shared/corpora/saudinewsnet
    .venv/bin/python scripts/train_ner_neural.py train --lm-hidden 128 --lm-only         # on a GPU: 7 minutes
    .venv/bin/python scripts/train_ner_neural.py train --lm-hidden 128 --final --out .nerprep/out
    .venv/bin/python scripts/train_ner.py --dev-only --keep-dev-model .nerprep/crf_dev.crfsuite
    .venv/bin/python scripts/train_ner_neural.py ensemble --anercorp ../shared/corpora/anercorp/train.txt \
        --crf-dev .nerprep/crf_dev.crfsuite --neural-dev .nerprep/out/ner_neural_dev.npz \
        --neural-final .nerprep/out/ner_neural.npz --training-log .nerprep/out/log.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


# ---------------------------------------------------------------- prepare (needs hadath)

def prepare(args: argparse.Namespace) -> int:
    import numpy as np
    from train_ner import MODEL_DIR, flat, gazetteer, split

    from hadath.actors.ner import CLUSTERS_NAME, FeatureExtractor, WordClusters, read_conll
    from hadath.ingest import iter_articles
    from hadath.text.tokens import TOKEN_RE, Tokenizer

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    tokenizer = Tokenizer()
    fx = FeatureExtractor(gazetteer(), tokenizer=tokenizer, clusters=WordClusters.load(MODEL_DIR / CLUSTERS_NAME))

    def bare(word: str) -> str:
        forms = tokenizer.analyse(word)[4]
        return forms[-1] if forms else tokenizer.analyse(word)[0]

    sentences = read_conll(args.anercorp)
    parts = dict(zip(("train", "dev", "test"), split(sentences), strict=True))  # the CRF's own split
    t0 = time.time()
    with open(work / "anercorp.jsonl", "w", encoding="utf-8") as out:
        for name, sent in ((name, sent) for name, docs in parts.items() for sent in flat(docs)):
            words = [w for w, _ in sent]
            phrases = fx.phrase_features(words) or [[] for _ in words]
            toks = []
            for (w, tag), ph in zip(sent, phrases, strict=True):
                feats = fx.compute(w)
                toks.append({"n": tokenizer.analyse(w)[0], "b": bare(w), "t": tag if tag in TAGS else "O",
                             "f": feats[0] + ph})
            out.write(json.dumps({"split": name, "tokens": toks}, ensure_ascii=False) + "\n")
    print(f"anercorp: {len(sentences)} sentences in {time.time() - t0:.0f}s", file=sys.stderr)

    train_words = [w for s in flat(parts["train"]) for w, _ in s]
    t0 = time.time()
    news_files = sorted(Path(args.news).glob("*.zip"))
    docs: list[list[str]] = []
    for article in iter_articles(news_files):
        docs.append([bare(raw) for raw in TOKEN_RE.findall(article.text)])
    docs.append([bare(w) for w in train_words])
    counts = Counter(w for d in docs for w in d)
    vocab = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.vocab]]
    index = {w: i + 1 for i, w in enumerate(vocab)}
    ids = np.concatenate([np.asarray([index.get(w, 0) for w in d] + [-1], dtype=np.int32) for d in docs])
    np.savez_compressed(work / "corpus.npz", ids=ids)
    (work / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    news_digest = hashlib.sha256()
    for path in news_files:  # one digest over the files' own digests, in name order
        news_digest.update(f"{path.name} {hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    provenance = {"anercorp_sha256": hashlib.sha256(Path(args.anercorp).read_bytes()).hexdigest(),
                  "news_files": len(news_files), "news_sha256": news_digest.hexdigest(),
                  "news_documents": len(docs) - 1, "vocab": len(vocab)}
    (work / "provenance.json").write_text(json.dumps(provenance, indent=1) + "\n", encoding="utf-8")
    print(f"corpus: {len(docs)} documents, {len(ids)} ids, vocab {len(vocab)} in {time.time() - t0:.0f}s",
          file=sys.stderr)
    return 0


# ---------------------------------------------------------------- train (needs torch only)

def train(args: argparse.Namespace) -> int:
    import numpy as np
    import torch
    from torch import nn
    from train_ner import CORE_TYPES

    from hadath.actors.ner import entity_scores

    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    work = Path(args.work)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.backends.cuda.matmul.allow_tf32 = True  # TF32 matrix products on a GPU: the language model's output layer
    torch.backends.cudnn.allow_tf32 = True
    vocab = (work / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
    log: dict = {"args": vars(args)}

    # ---- word vectors: skip-gram with negative sampling (cached in --work: they take minutes on a CPU)
    dim = args.dim
    vectors_seed = args.seed if args.vectors_seed is None else args.vectors_seed
    cached = work / f"vectors-d{dim}-e{args.sg_epochs}-w{args.window}-s{vectors_seed}.npy"
    if cached.exists():
        vectors = torch.from_numpy(np.load(cached)).to(dev)
    else:
        torch.manual_seed(vectors_seed)
        vectors = skipgram(args, work, vocab, dev)
        np.save(cached, vectors.cpu().numpy())

    # ---- tagger data
    sents = [json.loads(line) for line in (work / "anercorp.jsonl").read_text(encoding="utf-8").splitlines()]
    word_index = {w: i + 1 for i, w in enumerate(vocab)}

    # ---- bidirectional language model (optional): its layers are context features for the tagger
    lm = None
    if args.lm_hidden:
        lm = language_model(args, work, vocab, vectors, dev, log)
        if args.lm_only:
            return 0
        lm_layers = lm_features(lm, [[word_index.get(t["b"], 0) for t in s["tokens"]] for s in sents], dev)
        for s, feats_of_sentence in zip(sents, lm_layers, strict=True):
            s["lm"] = feats_of_sentence
    train_s = [s for s in sents if s["split"] == "train"]
    feat_counts = Counter(f for s in train_s for t in s["tokens"] for f in t["f"])
    feats = sorted(f for f, c in feat_counts.items() if c >= args.min_feat)
    feat_index = {f: i + 1 for i, f in enumerate(feats)}
    char_counts = Counter(ch for s in train_s for t in s["tokens"] for ch in t["n"])
    chars = sorted(ch for ch, c in char_counts.items() if c >= 2)
    char_index = {ch: i + 2 for i, ch in enumerate(chars)}  # 0 pad, 1 unknown
    tag_index = {t: i for i, t in enumerate(TAGS)}
    max_chars = 20

    def encode(s: dict) -> dict:
        toks = s["tokens"]
        w = [word_index.get(t["b"], 0) for t in toks]
        f = [[feat_index[x] for x in t["f"] if x in feat_index] for t in toks]
        c = [[char_index.get(ch, 1) for ch in t["n"][:max_chars]] for t in toks]
        return {"w": w, "f": f, "c": c, "y": [tag_index[t["t"]] for t in toks], "lm": s.get("lm")}

    enc = {name: [encode(s) for s in sents if s["split"] == name] for name in ("train", "dev", "test")}

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding.from_pretrained(vectors.clone(), freeze=False, padding_idx=0)
            self.feat = nn.EmbeddingBag(len(feats) + 1, args.feat_dim, mode="sum", padding_idx=0)
            self.char = nn.Embedding(len(chars) + 2, args.char_dim, padding_idx=0)
            self.char_cnn = nn.Conv1d(args.char_dim, args.char_filters, 3, padding=1)
            self.drop = nn.Dropout(args.dropout)
            d_in = dim + args.feat_dim + args.char_filters
            if lm is not None:  # a learned mix of the language model's layers (ELMo's scalar mix), frozen model
                self.lm_mix = nn.Parameter(torch.zeros(args.lm_layers + 1))
                self.lm_gamma = nn.Parameter(torch.ones(1))
                d_in += 2 * args.lm_hidden
            if args.encoder == "lstm":
                self.lstm = nn.LSTM(d_in, args.hidden, batch_first=True, bidirectional=True)
                self.proj = nn.Linear(2 * args.hidden, len(TAGS))
            else:  # dilated convolutions (1, 2, 4, …): words up to 2**layers - 1 away, no recurrence
                ch = args.channels
                self.convs = nn.ModuleList([nn.Conv1d(d_in if i == 0 else ch, ch, 3, padding=2 ** i, dilation=2 ** i)
                                            for i in range(args.layers)])
                self.proj = nn.Linear(ch, len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))

        def word_inputs(self, w, f_flat, f_off, c):
            ch = self.char(c).transpose(1, 2)  # (words, char_dim, chars)
            ch = torch.relu(self.char_cnn(ch))
            ch = ch.masked_fill((c == 0).unsqueeze(1), -1e4).max(dim=2).values
            ch = torch.where(ch < -1e3, torch.zeros_like(ch), ch)
            return torch.cat([self.word(w), self.feat(f_flat, f_off), ch], dim=-1)

        def emissions(self, batch):
            x = self.word_inputs(batch["w"], batch["f_flat"], batch["f_off"], batch["c"])
            if lm is not None:
                mix = torch.softmax(self.lm_mix, 0)[None, :, None]
                x = torch.cat([x, self.lm_gamma * (mix * batch["lm"].float()).sum(1)], dim=-1)
            x = self.drop(x)
            x = nn.utils.rnn.pad_sequence(torch.split(x, batch["lens"]), batch_first=True)
            if args.encoder == "cnn":
                keep = batch["mask"].unsqueeze(1).float()  # (batch, 1, n): padding stays zero between layers
                h = x.transpose(1, 2)
                for k, conv in enumerate(self.convs):
                    out = torch.relu(conv(h)) * keep
                    h = out if k == 0 else self.drop(out) + h
                return self.proj(self.drop(h.transpose(1, 2)))
            packed = nn.utils.rnn.pack_padded_sequence(x, batch["lens"], batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True)
            return self.proj(self.drop(h))

        def nll(self, em, y, mask):
            # log partition by the forward algorithm; gold path score
            bsz, n, k = em.shape
            alpha = self.start + em[:, 0]
            for t in range(1, n):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, t].unsqueeze(1), dim=1)
                alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
            logz = torch.logsumexp(alpha + self.end, dim=1)
            gold = self.start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
            for t in range(1, n):
                step = self.trans[y[:, t - 1], y[:, t]] + em[:, t].gather(1, y[:, t:t + 1]).squeeze(1)
                gold = gold + step * mask[:, t]
            last = mask.sum(1) - 1
            gold = gold + self.end[y.gather(1, last.unsqueeze(1)).squeeze(1)]
            return (logz - gold).mean()

    def viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
        score = start + em[0]
        back = []
        for t in range(1, len(em)):
            cand = score[:, None] + trans
            back.append(cand.argmax(0))
            score = cand.max(0) + em[t]
        score = score + end
        best = [int(score.argmax())]
        for b in reversed(back):
            best.append(int(b[best[-1]]))
        return best[::-1]

    def collate(items: list[dict]) -> dict:
        lens = [len(it["w"]) for it in items]
        w = torch.tensor([x for it in items for x in it["w"]], device=dev)
        f_rows = [row for it in items for row in it["f"]]
        f_off = torch.tensor([0] + list(np.cumsum([len(r) for r in f_rows])[:-1]), device=dev)
        f_flat = torch.tensor([x for r in f_rows for x in r] or [0], device=dev)
        crows = [row for it in items for row in it["c"]]
        c = torch.zeros(len(crows), max(1, max(len(r) for r in crows)), dtype=torch.long)
        for i, r in enumerate(crows):
            c[i, :len(r)] = torch.tensor(r, dtype=torch.long)
        y = nn.utils.rnn.pad_sequence([torch.tensor(it["y"]) for it in items], batch_first=True).to(dev)
        mask = nn.utils.rnn.pad_sequence([torch.ones(n, dtype=torch.bool) for n in lens], batch_first=True).to(dev)
        lm_rows = torch.cat([it["lm"] for it in items]) if lm is not None else None
        return {"w": w, "f_flat": f_flat, "f_off": f_off, "c": c.to(dev), "lens": lens, "y": y, "mask": mask,
                "lm": lm_rows}

    def score(model: Tagger, items: list[dict]) -> tuple[dict, list]:
        """Entity scores (hadath's own, micro over PERS/LOC/ORG) of Viterbi paths, and the emissions."""
        model.eval()
        gold, pred, all_em = [], [], []
        with torch.no_grad():
            trans = model.trans.cpu().numpy()
            st, en = model.start.cpu().numpy(), model.end.cpu().numpy()
            for start in range(0, len(items), 64):
                chunk = items[start:start + 64]
                em = model.emissions(collate(chunk)).cpu().numpy()
                for it, e in zip(chunk, em, strict=True):
                    e = e[: len(it["w"])]
                    all_em.append(e)
                    pred.append([TAGS[i] for i in viterbi(e, trans, st, en)])
                    gold.append([TAGS[i] for i in it["y"]])
        model.train()
        return entity_scores(gold, pred, CORE_TYPES), all_em

    def fit(items: list[dict], epochs: int, dev_items: list[dict] | None) -> tuple[Tagger, list]:
        """Train for ``epochs``; with ``dev_items``, score each epoch and return the best epoch's weights."""
        torch.manual_seed(args.seed)
        model = Tagger().to(dev)
        opt = torch.optim.Adam(model.parameters(), lr=args.lr)
        history: list[float] = []
        best_state = None
        averaged: dict | None = None  # with --average-from: the mean of the weights after each epoch since then
        count = 0
        mean_model = Tagger().to(dev).eval() if args.average_from else None
        rng = np.random.default_rng(args.seed)
        by_length = sorted(range(len(items)), key=lambda i: len(items[i]["w"]))
        batches = [by_length[i:i + args.batch] for i in range(0, len(by_length), args.batch)]
        t_fit = time.time()
        for epoch in range(epochs):
            if dev_items is not None and args.max_minutes and time.time() - t_fit > args.max_minutes * 60:
                break  # out of time: the best epoch so far stands (and the final model gets that many)
            t_epoch = time.time()
            for b in rng.permutation(len(batches)):
                batch = collate([items[i] for i in batches[b]])
                em = model.emissions(batch)
                loss = model.nll(em, batch["y"], batch["mask"])
                opt.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(model.parameters(), 5.0)
                opt.step()
            if args.average_from and epoch + 1 >= args.average_from:  # a running mean of the epochs' weights
                count += 1
                if averaged is None:
                    averaged = {k: v.detach().clone() for k, v in model.state_dict().items()}
                else:
                    for k, v in model.state_dict().items():
                        if v.dtype.is_floating_point:
                            averaged[k] += (v.detach() - averaged[k]) / count
                mean_model.load_state_dict(averaged)
            current = mean_model if averaged is not None else model
            if dev_items is not None:
                res, _ = score(current, dev_items)
                history.append(res["micro"]["f1"])
                if history[-1] >= max(history):
                    best_state = {k: v.detach().clone() for k, v in current.state_dict().items()}
                print(f"epoch {epoch + 1} ({time.time() - t_epoch:.0f}s): dev {res['micro']} "
                      + " ".join(f"{t}={res.get(t, {}).get('f1')}" for t in ('PERS', 'LOC', 'ORG', 'MISC')),
                      file=sys.stderr)
        if best_state is not None:
            model.load_state_dict(best_state)
        elif averaged is not None:
            model.load_state_dict(averaged)
        return model, history

    t0 = time.time()
    if args.final_epochs:  # the final model alone, for an epoch count chosen by an earlier dev run
        final, _ = fit(enc["train"] + enc["dev"], args.final_epochs, None)
        log["best_epochs"] = args.final_epochs
        log["test"], _ = score(final, enc["test"])
        save(final, out_dir / "ner_neural.npz", vocab, feats, chars, args, dim, lm)
        log["tagger_seconds"] = round(time.time() - t0, 1)
        (out_dir / "log.json").write_text(json.dumps(log, indent=1), encoding="utf-8")
        return 0
    model, history = fit(enc["train"], args.epochs, enc["dev"])
    best = int(np.argmax(history)) + 1
    log["dev_history"] = history
    log["best_epochs"] = best
    dev_res, dev_em = score(model, enc["dev"])
    log["dev"] = dev_res
    save(model, out_dir / "ner_neural_dev.npz", vocab, feats, chars, args, dim, lm)
    np.savez_compressed(out_dir / "dev_emissions.npz", *dev_em)
    if args.final:
        final, _ = fit(enc["train"] + enc["dev"], best, None)
        log["test"], test_em = score(final, enc["test"])
        save(final, out_dir / "ner_neural.npz", vocab, feats, chars, args, dim, lm)
        np.savez_compressed(out_dir / "test_emissions.npz", *test_em)
    log["tagger_seconds"] = round(time.time() - t0, 1)
    (out_dir / "log.json").write_text(json.dumps(log, indent=1), encoding="utf-8")
    print(json.dumps({k: log.get(k) for k in ("best_epochs", "dev")}), file=sys.stderr)
    return 0


def skipgram(args: argparse.Namespace, work: Path, vocab: list[str], dev):  # noqa: ANN001 - torch device
    """Unit-length skip-gram vectors (negative sampling, frequent-word subsampling) of ``vocab``; row 0 zero."""
    import numpy as np
    import torch
    from torch import nn

    t0 = time.time()
    ids = torch.from_numpy(np.load(work / "corpus.npz")["ids"].astype(np.int64)).to(dev)
    n_vocab = len(vocab) + 1
    counts = torch.bincount(ids[ids > 0], minlength=n_vocab).float()
    total = counts.sum()
    freq = counts / total
    keep_p = torch.clamp((torch.sqrt(freq / 1e-4) + 1) * 1e-4 / torch.clamp(freq, min=1e-12), max=1.0)
    noise = counts ** 0.75
    noise[0] = 0
    noise = noise / noise.sum()
    dim = args.dim
    w_in = nn.Embedding(n_vocab, dim).to(dev)
    w_out = nn.Embedding(n_vocab, dim).to(dev)
    nn.init.uniform_(w_in.weight, -0.5 / dim, 0.5 / dim)
    nn.init.zeros_(w_out.weight)
    opt = torch.optim.Adam(list(w_in.parameters()) + list(w_out.parameters()), lr=args.sg_lr)
    valid = ids > 0
    for epoch in range(args.sg_epochs):
        sub = valid & (torch.rand(len(ids), device=dev) < keep_p[ids.clamp(min=0)])
        seq = ids[sub]
        # article boundaries: mark positions so pairs never cross them
        doc = torch.cumsum((ids < 0).long(), 0)[sub]
        losses = []
        for offset in range(1, args.window + 1):
            a, b = seq[:-offset], seq[offset:]
            same = doc[:-offset] == doc[offset:]
            a, b = a[same], b[same]
            centre = torch.cat([a, b])
            context = torch.cat([b, a])
            # dynamic window: keep nearer offsets more often
            keep = torch.rand(len(centre), device=dev) < (args.window - offset + 1) / args.window
            centre, context = centre[keep], context[keep]
            perm = torch.randperm(len(centre), device=dev)
            for start in range(0, len(perm), args.sg_batch):
                sel = perm[start:start + args.sg_batch]
                c, o = centre[sel], context[sel]
                neg = torch.multinomial(noise, len(sel) * args.negatives, replacement=True).view(len(sel), -1)
                vc = w_in(c)
                pos = (vc * w_out(o)).sum(-1)
                negs = torch.bmm(w_out(neg), vc.unsqueeze(-1)).squeeze(-1)
                loss = -(nn.functional.logsigmoid(pos).mean() + nn.functional.logsigmoid(-negs).sum(-1).mean())
                opt.zero_grad()
                loss.backward()
                opt.step()
                losses.append(loss.item())
        print(f"skip-gram epoch {epoch}: loss {np.mean(losses):.4f} ({time.time() - t0:.0f}s)", file=sys.stderr)
    vectors = w_in.weight.detach()
    vectors = vectors / vectors.norm(dim=1, keepdim=True).clamp(min=1e-6)
    vectors[0] = 0
    return vectors



def build_lm(vectors, args: argparse.Namespace):  # noqa: ANN001,ANN201 - torch tensor and module
    """A bidirectional LSTM language model over words (ELMo's shape, smaller).

    A word enters as its own vector (rows 1 … n_vocab started from the skip-gram vectors; row 0 the unknown
    word, row n_vocab + 1 an article boundary), projected to ``hidden``.  The forward stack predicts the next
    word, the backward one the previous; the output layer is used in training only.
    """
    import torch
    from torch import nn

    hidden, layers = args.lm_hidden, args.lm_layers
    n_vocab = vectors.shape[0] - 1

    class BiLM(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.hidden, self.layers = hidden, layers
            table = torch.cat([vectors.float().cpu(), torch.randn(1, vectors.shape[1]) * 0.1])
            self.embed = nn.Embedding.from_pretrained(table, freeze=False)
            self.proj = nn.Linear(vectors.shape[1], hidden)
            self.fwd = nn.ModuleList([nn.LSTM(hidden, hidden, batch_first=True) for _ in range(layers)])
            self.bwd = nn.ModuleList([nn.LSTM(hidden, hidden, batch_first=True) for _ in range(layers)])
            self.drop = nn.Dropout(args.lm_dropout)
            if args.lm_softmax == "adaptive":  # frequent words get the full width, rare ones a narrower one
                cutoffs = [c for c in (2_000, 10_000) if c < n_vocab]
                self.out = nn.AdaptiveLogSoftmaxWithLoss(hidden, n_vocab + 2, cutoffs=cutoffs, div_value=4.0)
            else:
                self.out = nn.Linear(hidden, n_vocab + 2)

        def words(self, ids):  # (…) ids → (…, hidden)
            return self.proj(self.embed(ids))

    return BiLM()


def language_model(args: argparse.Namespace, work: Path, vocab: list[str], vectors, dev,  # noqa: ANN001,ANN201
                   log: dict):
    """Train the bidirectional language model on the unlabelled corpus (cached in ``--work`` with its log).

    The corpus is cut into ``--lm-seq``-word pieces, each read from a zero state (as a sentence is when
    tagging); training runs for ``--lm-minutes`` with the learning rate falling linearly to 2% of
    ``--lm-lr``, and the perplexity of the corpus's last 100,000 words (held out) is logged.
    """
    import numpy as np
    import torch
    from torch import nn

    lm_seed = args.seed if args.lm_seed is None else args.lm_seed
    name = (f"lm-h{args.lm_hidden}-l{args.lm_layers}-s{args.lm_seq}-b{args.lm_batch}-m{args.lm_minutes:g}"
            f"-d{args.lm_dropout:g}-r{args.lm_lr:g}-s{lm_seed}"
            + ("-adaptive" if args.lm_softmax == "adaptive" else "") + ("-bf16" if args.lm_bf16 else ""))
    cache, cache_log = work / f"{name}.pt", work / f"{name}.json"
    n_vocab = len(vocab)
    torch.manual_seed(lm_seed)
    model = build_lm(vectors, args).to(dev)
    weights = work / f"{name}.npz"  # the same without the output layer, in float16: small enough to carry
    if cache.exists() or weights.exists():
        if cache.exists():
            model.load_state_dict(torch.load(cache, map_location=dev))
        else:
            with np.load(weights) as data:
                missing = model.load_state_dict({k: torch.from_numpy(data[k].astype(np.float32)) for k in data.files},
                                                strict=False).missing_keys
            if any(not k.startswith("out.") for k in missing):
                raise ValueError(f"{weights}: missing language model weights {missing}")
        log["lm"] = json.loads(cache_log.read_text(encoding="utf-8"))
        return model.eval()
    ids = torch.from_numpy(np.load(work / "corpus.npz")["ids"].astype(np.int64))
    ids[ids < 0] = n_vocab + 1  # the article boundary is a word of its own
    held = ids[-100_000:].to(dev)
    ids = ids[:-100_000].to(dev)
    seq = args.lm_seq
    starts = torch.arange(0, len(ids) - seq - 1, seq, device=dev)
    offsets = torch.arange(seq + 1, device=dev)
    opt = torch.optim.Adam(model.parameters(), lr=args.lm_lr)
    loss_fn = nn.CrossEntropyLoss()

    def word_loss(states, targets, reduction: str = "mean"):  # noqa: ANN001,ANN202 - torch tensors
        """Cross-entropy of the next (or previous) word from the stack's states, by either output layer."""
        states, targets = states.reshape(-1, states.shape[-1]).float(), targets.reshape(-1)
        if args.lm_softmax == "adaptive":
            log_p = model.out(states, targets).output
            return -log_p.mean() if reduction == "mean" else -log_p.sum()
        return loss_fn(model.out(states), targets) if reduction == "mean" else \
            nn.functional.cross_entropy(model.out(states), targets, reduction="sum")
    budget = args.lm_minutes * 60
    t0 = time.time()
    step, losses = 0, []

    embed = model.words
    model.train()
    while time.time() - t0 < budget:
        for g in opt.param_groups:
            g["lr"] = args.lm_lr * max(0.02, 1 - (time.time() - t0) / budget)
        pick = starts[torch.randint(len(starts), (args.lm_batch,), device=dev)]
        tokens = ids[pick[:, None] + offsets]  # (batch, seq + 1)
        with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=args.lm_bf16 and dev.type == "cuda"):
            x = embed(tokens)
            fwd_out = x[:, :-1]  # the forward stack reads words 0 … n-1, the backward one n … 1
            bwd_out = x[:, 1:].flip(1)
            for lf, lb in zip(model.fwd, model.bwd, strict=True):
                fwd_out, _ = lf(model.drop(fwd_out))
                bwd_out, _ = lb(model.drop(bwd_out))
            loss = (word_loss(model.drop(fwd_out), tokens[:, 1:])
                    + word_loss(model.drop(bwd_out), tokens[:, :-1].flip(1))) / 2
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step()
        losses.append(loss.item())
        step += 1
        if step % args.lm_log_every == 0:
            print(f"lm step {step} ({time.time() - t0:.0f}s): loss {np.mean(losses[-args.lm_log_every:]):.3f}", file=sys.stderr)
    model.eval()
    sums = [0.0, 0.0]
    with torch.no_grad():
        n = (len(held) - 1) // seq
        all_pieces = torch.stack([held[i * seq: i * seq + seq + 1] for i in range(n)])
        for first in range(0, n, 64):  # 64 pieces at a time: the output layer is vocabulary-wide
            pieces = all_pieces[first:first + 64]
            x = embed(pieces)
            f, b = x[:, :-1], x[:, 1:].flip(1)
            for lf, lb in zip(model.fwd, model.bwd, strict=True):
                f, _ = lf(f)
                b, _ = lb(b)
            sums[0] += word_loss(f, pieces[:, 1:], "sum").item()
            sums[1] += word_loss(b, pieces[:, :-1].flip(1), "sum").item()
    held_f, held_b = (total / (n * seq) for total in sums)
    words_seen = step * args.lm_batch * seq
    lm_log = {"steps": step, "words_seen": words_seen, "epochs": round(words_seen / len(ids), 2),
              "seconds": round(time.time() - t0, 1), "train_loss": round(float(np.mean(losses[-200:])), 4),
              "held_out_perplexity": {"forward": round(float(np.exp(held_f)), 1),
                                      "backward": round(float(np.exp(held_b)), 1)},
              "device": str(dev)}
    print(f"language model: {json.dumps(lm_log)}", file=sys.stderr)
    cache_log.write_text(json.dumps(lm_log, indent=1), encoding="utf-8")
    np.savez(weights, **{k: v.cpu().numpy().astype(np.float16) for k, v in model.state_dict().items()
                         if not k.startswith("out.")})
    torch.save(model.state_dict(), cache.with_suffix(".tmp"))
    cache.with_suffix(".tmp").replace(cache)  # whole or absent: another run may be waiting for it
    log["lm"] = lm_log
    return model


def lm_features(model, sentences: list[list[int]], dev) -> list:  # noqa: ANN001
    """Per sentence, the language model's layers (words × (layers + 1) × 2 hidden, float16): the word layer
    (each word's vector twice) and each LSTM layer (forward state beside the backward one at that word)."""
    import torch

    feats = []
    with torch.no_grad():
        for sent in sentences:
            x = model.words(torch.tensor(sent, device=dev))[None]
            layers = [torch.cat([x, x], dim=-1)]
            f, b = x, x.flip(1)
            for lf, lb in zip(model.fwd, model.bwd, strict=True):
                f, _ = lf(f)
                b, _ = lb(b)
                layers.append(torch.cat([f, b.flip(1)], dim=-1))
            feats.append(torch.stack([layer[0] for layer in layers], dim=1).half())
    return feats


def save(model, path: Path, vocab: list[str], feats: list[str], chars: list[str], args, dim: int,  # noqa: ANN001
         lm=None) -> None:  # noqa: ANN001 - torch modules
    import numpy as np

    arrays = {name: p.detach().cpu().numpy().astype(np.float16) for name, p in model.state_dict().items()}
    meta = {"vocab": vocab, "features": feats, "chars": chars, "tags": list(TAGS), "dim": dim,
            "encoder": args.encoder, "hidden": args.hidden if args.encoder == "lstm" else args.channels,
            "max_chars": 20}
    if lm is not None:  # the language model without its output layer (used in training only)
        arrays.update({f"lm.{name}": p.detach().cpu().numpy().astype(np.float16)
                       for name, p in lm.state_dict().items() if not name.startswith("out.")})
        meta["lm"] = {"hidden": lm.hidden, "layers": lm.layers}
    np.savez_compressed(path, meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8),
                        **{k.replace(".", "__"): v for k, v in arrays.items()})


# ---------------------------------------------------------------- ensemble (needs hadath)

def ensemble(args: argparse.Namespace) -> int:
    """Choose the neural weight on dev (both models trained on train), then score the shipped pair on test.

    Writes the final neural model next to the CRF and a ``neural`` section into ``ner_scores.json``
    (file, sha256, weight, the dev sweep, dev and test scores of the pair, the neural training log).
    """
    from train_ner import MODEL_DIR, evaluate, gazetteer, split

    from hadath.actors.ner import MODEL_NAME, FeatureExtractor, WordClusters, read_conll
    from hadath.actors.neural import NEURAL_NAME, NeuralEmitter, quantize_tables

    def shrink(src: Path, dst: Path) -> Path:
        """The model with its big tables (word vectors, feature bag, the language model's words) in int8."""
        import numpy as np

        with np.load(src) as data:
            arrays = {k: data[k] for k in data.files}
        tables = [name for name in ("word__weight", "feat__weight", "lm__embed__weight") if name in arrays]
        np.savez_compressed(dst, **quantize_tables(arrays, tables))
        return dst

    def score(crf: Path, neural: NeuralEmitter, weight: float, docs: list) -> dict:
        return evaluate(crf, docs, fx, neural=neural, neural_weight=weight)

    _train, dev, test = split(read_conll(args.anercorp))
    fx = FeatureExtractor(gazetteer(), clusters=WordClusters.load(MODEL_DIR / "word_clusters.tsv.gz"))
    dev_neural = NeuralEmitter(shrink(Path(args.neural_dev), Path(args.neural_dev).with_suffix(".q8.npz")))
    sweep = {}
    for weight in args.weights:
        sweep[weight] = score(Path(args.crf_dev), dev_neural, weight, dev)["micro"]["f1"]
        print(f"weight {weight}: dev micro-F1 {sweep[weight]}", file=sys.stderr)
    best = max(sweep, key=lambda w: (sweep[w], -w))
    scores_path = MODEL_DIR / "ner_scores.json"
    report = json.loads(scores_path.read_text(encoding="utf-8"))
    if best == 0:
        report.pop("neural", None)
        scores_path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("the neural scores did not help on dev: the CRF ships alone", file=sys.stderr)
        return 0
    target = MODEL_DIR / NEURAL_NAME
    if Path(args.neural_final).resolve() != target.resolve():
        shrink(Path(args.neural_final), target)
    # else the shipped model is kept as it is (already int8): a new CRF is paired with it and rescored
    final = NeuralEmitter(target)
    crf = MODEL_DIR / MODEL_NAME
    log = json.loads(Path(args.training_log).read_text(encoding="utf-8"))
    report["neural"] = {
        "file": NEURAL_NAME, "sha256": hashlib.sha256(target.read_bytes()).hexdigest(), "weight": best,
        "chosen_on": "dev, CRF and neural model both trained on train", "dev_sweep": sweep,
        "dev": score(Path(args.crf_dev), dev_neural, best, dev),
        "test": score(crf, final, best, test),
        "final_model_trained_on": "train+dev",
        "data": json.loads((Path(args.work) / "provenance.json").read_text(encoding="utf-8")),
        "training": {k: log[k] for k in ("args", "best_epochs", "dev_history", "dev", "test", "lm", "final_epochs")
                     if k in log},
    }
    scores_path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"weight": best, "dev": report["neural"]["dev"]["micro"],
                      "test": report["neural"]["test"]["micro"], "crf_alone_test": report["test"]["micro"]}),
          file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--anercorp", type=Path, required=True)
    p.add_argument("--news", type=Path, required=True)
    p.add_argument("--work", default=".nerprep")
    p.add_argument("--vocab", type=int, default=50_000)
    t = sub.add_parser("train")
    t.add_argument("--work", default=".nerprep")
    t.add_argument("--out", default=".nerprep/out")
    t.add_argument("--seed", type=int, default=13)
    t.add_argument("--vectors-seed", type=int, default=None,
                   help="seed of the word vectors (default: --seed); reuse cached vectors for another tagger seed")
    t.add_argument("--dim", type=int, default=64)
    t.add_argument("--window", type=int, default=4)
    t.add_argument("--negatives", type=int, default=5)
    t.add_argument("--sg-epochs", type=int, default=3)
    t.add_argument("--sg-batch", type=int, default=65536)
    t.add_argument("--sg-lr", type=float, default=0.003)
    t.add_argument("--min-feat", type=int, default=2)
    t.add_argument("--feat-dim", type=int, default=64)
    t.add_argument("--char-dim", type=int, default=24)
    t.add_argument("--char-filters", type=int, default=48)
    t.add_argument("--encoder", choices=("lstm", "cnn"), default="lstm")
    t.add_argument("--hidden", type=int, default=96, help="LSTM units per direction")
    t.add_argument("--channels", type=int, default=64, help="CNN channels")
    t.add_argument("--layers", type=int, default=3, help="CNN layers (dilations 1, 2, 4, …)")
    t.add_argument("--dropout", type=float, default=0.5)
    t.add_argument("--lr", type=float, default=0.002)
    t.add_argument("--batch", type=int, default=16)
    t.add_argument("--epochs", type=int, default=30)
    t.add_argument("--max-minutes", type=float, default=0, help="stop the dev run's epochs after this long (0: no limit)")
    t.add_argument("--average-from", type=int, default=0,
                   help="tag with the mean of the weights after each epoch from this one on (0: the last epoch's)")
    t.add_argument("--final", action="store_true", help="also train on train+dev and score the test split once")
    t.add_argument("--threads", type=int, default=0)
    t.add_argument("--final-epochs", type=int, default=0,
                   help="train only the final model (train+dev) for this many epochs, chosen by an earlier dev run")
    t.add_argument("--lm-hidden", type=int, default=0, help="language model width (0: no language model)")
    t.add_argument("--lm-layers", type=int, default=2)
    t.add_argument("--lm-seq", type=int, default=48, help="words per training piece")
    t.add_argument("--lm-batch", type=int, default=512)
    t.add_argument("--lm-lr", type=float, default=0.01, help="Adam's rate, falling linearly to 2%% of it")
    t.add_argument("--lm-dropout", type=float, default=0.1)
    t.add_argument("--lm-minutes", type=float, default=7.0, help="language model training time")
    t.add_argument("--lm-softmax", choices=("full", "adaptive"), default="full",
                   help="the language model's output layer in training (adaptive: Grave et al.'s, faster)")
    t.add_argument("--lm-bf16", action="store_true", help="train the language model in bfloat16 on a GPU")
    t.add_argument("--lm-seed", type=int, default=None, help="the language model's seed (default: --seed)")
    t.add_argument("--lm-only", action="store_true", help="train (and cache in --work) the language model alone")
    t.add_argument("--lm-log-every", type=int, default=200, help="steps between loss reports")
    e = sub.add_parser("ensemble")
    e.add_argument("--anercorp", type=Path, required=True)
    e.add_argument("--work", default=".nerprep", help="the prepare step's folder (its provenance.json)")
    e.add_argument("--crf-dev", required=True, help="CRF trained on train (train_ner.py --dev-only --keep-dev-model)")
    e.add_argument("--neural-dev", required=True, help="the train step's ner_neural_dev.npz")
    e.add_argument("--neural-final", required=True,
                   help="the train step's ner_neural.npz (with --final), or the shipped model to keep it")
    e.add_argument("--training-log", required=True,
                   help="the train step's log.json (a --final-epochs run's test scores and epochs may be merged in)")
    e.add_argument("--weights", type=float, nargs="+", default=[0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0])
    args = parser.parse_args(argv)
    return {"prepare": prepare, "train": train, "ensemble": ensemble}[args.step](args)


if __name__ == "__main__":
    sys.exit(main())
