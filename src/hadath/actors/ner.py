"""CRF named-entity tagger (python-crfsuite) with cheap, cached per-word features.

Features of a word depend only on the word, the gazetteer and the word clusters, and a token's item is
its own features plus its neighbours' (with a position prefix).  The CRF's scores are sums of feature
weights, so the tagger sums each of those blocks once per distinct word (:mod:`hadath.actors.crf`);
tagging a sentence is a few array additions and one C call that decodes from the summed scores.
The word clusters (``word_clusters.tsv.gz``, built by ``scripts/build_word_clusters.py`` from
unlabelled news) let the CRF generalise from the names it was trained on to names it never saw.
Gazetteer flags come from the actor lexicon, a hand-written list of given names and person cues
(``lexicon/ner_names.tsv``) and the geo gazetteer's place words; whole names of organisations (the
lexicon's, and the clubs, companies, universities and papers of ``lexicon/ner_orgs.tsv``) mark where
a multi-word name begins and ends.  Within a document (the actor stage
opens one per article) the tagger remembers the labels it gave each word and adds them as features of
later mentions of the same word (:class:`DocumentMemory`), so a name introduced with a title keeps its
type when it comes back bare; this costs a dict lookup per word, not a second CRF pass.
The model is trained by ``scripts/train_ner.py`` and shipped; nothing is trained or downloaded at run
time.  ``ner_scores.json`` names the feature version and the cluster file (with its sha256) the model
was trained with, and :class:`NerTagger` refuses a mismatch instead of tagging with the wrong features.
On request (``neural_ner``), the per-label scores of a small neural model (:mod:`hadath.actors.neural`)
are added to the CRF's before it decodes, with the weight and model file that ``ner_scores.json`` names
(:func:`shipped_neural`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pycrfsuite

from hadath.actors.crf import BlockScores, CrfModel
from hadath.actors.neural import NeuralEmitter
from hadath.errors import LexiconError, LexiconIssue, ModelError
from hadath.lexicon import data_path, load_jsonl, read_tsv_rows
from hadath.model import Token
from hadath.text.matcher import PhraseMatcher
from hadath.text.normalize import normalize
from hadath.text.tokens import Tokenizer

MODEL_NAME = "ner.crfsuite"
CLUSTERS_NAME = "word_clusters.tsv.gz"
NAMES_FILE = "ner_names.tsv"
NAME_KINDS = ("given", "cue")
ORGS_FILE = "ner_orgs.tsv"
ORG_KINDS = ("org", "med")
FEATURE_VERSION = "ner-features-5"
_LATIN = re.compile(r"[a-z]")
_CACHE_LIMIT = 300_000
ORG_HEAD_WORDS = frozenset((
    "منظمه", "حركه", "جبهه", "حزب", "وزاره", "شركه", "جامعه", "مجلس", "هييه", "لجنه", "اتحاد", "جمعيه",
    "وكاله", "بنك", "مصرف", "موسسه", "صندوق", "نادي", "محكمه", "مركز", "معهد", "اكاديميه", "كليه",
    "تحالف", "ايتلاف", "رابطه", "نقابه", "مجموعه", "برلمان", "كتله", "تنظيم", "سلطه", "اداره", "مكتب",
))


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Word sets from the actor lexicon, used as features (membership flags).

    ``org_head`` holds the nouns an organisation's name starts with (حزب، وزارة …, normalized):
    the lexicon's ``org`` words mix them with every other word of its organisation names.
    ``given`` (common given names) and ``person_cue`` (السيد، المدرب، الكاتب … , with and without ال)
    come from ``lexicon/ner_names.tsv`` (:func:`load_name_lists`): the actor lexicon knows only the
    people it codes, so an unknown "المدرب كارلوس ألبرتو باريرا" had no name evidence at all.
    ``place`` / ``place_part`` are the one-word place names and the words of longer ones from the geo
    gazetteer's files (:func:`load_place_words`): cross-validated on the training split they added about
    1.7 points of LOC F1.
    """

    person: frozenset[str] = frozenset()
    country: frozenset[str] = frozenset()
    adjective: frozenset[str] = frozenset()
    title: frozenset[str] = frozenset()
    org: frozenset[str] = frozenset()
    org_head: frozenset[str] = ORG_HEAD_WORDS
    given: frozenset[str] = frozenset()
    person_cue: frozenset[str] = frozenset()
    place: frozenset[str] = frozenset()
    place_part: frozenset[str] = frozenset()
    phrases: PhraseMatcher[str] | None = None  # whole lexicon names → kind (see :func:`phrase_kind`)


def load_place_words(root: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(one-word place names, words of longer place names), normalized, from ``lexicon/places``.

    Read straight from the files (hand-written JSON Lines' ``ar`` names, the generated cities table)
    rather than through :class:`hadath.geo.gazetteer.Gazetteer`, which also builds matchers the tagger
    does not need.  Words of the geo stoplists (frequent words that are also place names) are left out,
    and so are generated names shorter than three letters.
    """
    from hadath.geo.gazetteer import MIN_GENERATED_KEY, name_keys, read_word_list

    root = root or data_path("places")
    names: list[str] = []
    for file in ("countries.jsonl", "admin1.jsonl", "regions.jsonl", "cities_extra.jsonl"):
        if (root / file).exists():
            for entry in load_jsonl(root / file):
                names += [k for name in entry.data.get("ar") or () for k in name_keys(name)]
    cities = root / "cities.tsv"
    if cities.exists():
        with open(cities, encoding="utf-8") as fh:
            for line in fh:
                cells = line.split("\t")
                if len(cells) > 1 and not line.startswith(("#", "geonameid\t")):
                    for name in cells[1].split("|"):  # alternative names of one city
                        name = name.strip()
                        if len(name.replace(" ", "")) >= MIN_GENERATED_KEY:
                            names.append(name)
    stop: set[str] = set()
    for file in ("stopwords.tsv", "common_collisions.tsv"):
        if (root / file).exists():
            stop |= read_word_list(root / file, "word")
    single = {n for n in names if " " not in n} - stop
    parts = {w for n in names if " " in n for w in n.split(" ")} - stop - single
    return frozenset(single), frozenset(parts)


def load_name_lists(path: Path | None = None) -> dict[str, frozenset[str]]:
    """``kind → normalized words`` of the hand-written ``word<TAB>kind`` list (``#`` lines are comments).

    A cue is also stored without its article, so that clitic-stripped forms (وللمدرب → مدرب) match.
    """
    path = path or data_path(NAMES_FILE)
    words: dict[str, set[str]] = {k: set() for k in NAME_KINDS}
    rows, issues = read_tsv_rows(path, ("word", "kind"))
    for lineno, (word, kind) in rows:
        if kind not in words or not word.strip():
            issues.append(LexiconIssue(str(path), lineno, f"expected a word and one of {NAME_KINDS}"))
            continue
        norm = normalize(word.strip())
        words[kind].add(norm)
        if kind == "cue" and norm.startswith("ال") and len(norm) > 4:
            words["cue"].add(norm[2:])
    if issues:
        raise LexiconError(issues)
    return {k: frozenset(v) for k, v in words.items()}


def load_org_names(path: Path | None = None) -> list[tuple[str, str]]:
    """``(name, kind)`` rows of the hand-written organisation list (clubs, companies, papers …).

    They feed the phrase features beside the actor lexicon's organisations and outlets, which hold
    only those that act in political events; an error names the file and line.
    """
    path = path or data_path(ORGS_FILE)
    rows, issues = read_tsv_rows(path, ("name", "kind"))
    out: list[tuple[str, str]] = []
    for lineno, (name, kind) in rows:
        if kind not in ORG_KINDS or not normalize(name).strip():
            issues.append(LexiconIssue(str(path), lineno, f"expected a name and one of {ORG_KINDS}"))
            continue
        out.append((name.strip(), kind))
    if issues:
        raise LexiconError(issues)
    return out


def _shape(norm: str) -> str:
    if not norm:
        return "empty"
    if norm.isdigit():
        return "digit"
    if any(c.isdigit() for c in norm):
        return "hasdigit"
    if _LATIN.search(norm):
        return "latin"
    if not norm[0].isalpha():
        return "punct"
    return "arabic"


@dataclass(frozen=True, slots=True)
class WordClusters:
    """Distributional cluster ids of frequent normalized words, at several granularities.

    ``ids[word]`` is ``(frequency rank, cluster at ks[0], …, class of sims[0], …)``.  The rank (line
    order of the file, most frequent first) gives a "how common is this word in news" feature, since
    names are mostly rare words; a similarity class (``sims``: ``per``, ``loc``, ``org``) says how
    close the word's vector is to the lexicon's words of that kind.
    """

    ks: tuple[int, ...] = ()
    ids: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    sha256: str = ""
    sims: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path) -> WordClusters:
        """Read a ``word<TAB>c<k>…<TAB>s<name>…`` file (gzip or plain; ``#`` lines are comments).

        Every row is checked here (one regular expression over the whole table; the slow per-line
        reading runs only to name the first bad line), but a row's numbers are parsed only when its
        word is first looked up (:class:`ClusterRows`): a run meets a small part of the 160,000 words,
        and every worker process loads the table.
        """
        if not path.exists():
            raise ModelError(f"word cluster file not found: {path} (build it with scripts/build_word_clusters.py)")
        raw = path.read_bytes()
        try:
            text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ModelError(f"cannot read word clusters {path}: {exc}") from exc
        lines = text.splitlines()
        first = next((i for i, line in enumerate(lines) if line and not line.startswith("#")), None)
        if first is None:
            raise ModelError(f"{path}: no header line")
        cols = lines[first].split("\t")
        header = cols[1:]
        if cols[0] != "word" or not header or not all(_is_column(c) for c in header):
            raise ModelError(f"{path}:{first + 1}: expected a header 'word<TAB>c<k>…<TAB>s<name>…', "
                             f"got {lines[first][:60]!r}")
        ks = tuple(int(c[1:]) for c in header if c[0] == "c")
        sims = tuple(c[1:] for c in header if c[0] == "s")
        if header != [*(f"c{k}" for k in ks), *(f"s{n}" for n in sims)]:
            raise ModelError(f"{path}: cluster columns (c<k>) must come before similarity columns (s<name>)")
        rows = [line for line in lines[first + 1:] if line and not line.startswith("#")]
        row = r"[^\t\n]*" + r"\t[0-9]+" * len(header)
        body = "\n".join(rows)
        if rows and re.fullmatch(f"(?:{row}\n)*{row}", body) is None:
            for lineno, line in enumerate(lines[first + 1:], first + 2):
                if line and not line.startswith("#") and re.fullmatch(row, line) is None:
                    raise ModelError(f"{path}:{lineno}: expected a word and {len(header)} numbers")
        words = re.findall(r"^[^\t\n]*(?=\t)", body, re.MULTILINE)
        rank = dict(zip(words, range(len(words)), strict=True))
        if len(rank) < len(words):  # a repeated word keeps its first row; ranks count distinct words
            rank, kept = {}, []
            for word, line in zip(words, rows, strict=True):
                if word not in rank:
                    rank[word] = len(kept)
                    kept.append(line)
            rows = kept
        return cls(ks, ClusterRows(rank, rows), hashlib.sha256(raw).hexdigest(), sims)


class ClusterRows(Mapping[str, tuple[int, ...]]):
    """word → (frequency rank, cluster and class ids…), each row's numbers parsed on first lookup."""

    __slots__ = ("_rank", "_rows", "_parsed")

    def __init__(self, rank: dict[str, int], rows: Sequence[str]) -> None:
        self._rank = rank
        self._rows = rows  # each word's line, in rank order
        self._parsed: dict[str, tuple[int, ...]] = {}

    def __getitem__(self, word: str) -> tuple[int, ...]:
        hit = self._parsed.get(word)
        if hit is None:
            r = self._rank[word]
            hit = self._parsed[word] = (r, *map(int, self._rows[r].split("\t")[1:]))
        return hit

    def get(self, word: str, default: tuple[int, ...] | None = None) -> tuple[int, ...] | None:
        return self[word] if word in self._rank else default

    def __contains__(self, word: object) -> bool:
        return word in self._rank

    def __iter__(self) -> Iterator[str]:
        return iter(self._rank)

    def __len__(self) -> int:
        return len(self._rank)


def _is_column(name: str) -> bool:
    return (name[:1] == "c" and name[1:].isdigit()) or (name[:1] == "s" and name[1:].isalpha())


def _rank_bucket(rank: int) -> str:
    """Coarse frequency class: 0 for the ~100 commonest words, growing by powers of two."""
    return str(max(0, rank.bit_length() - 6))


WordFeatures = tuple[list[str], list[str], list[str], list[str], list[str], str]
# names of the gazetteer flags, in the order of FeatureExtractor.__post_init__'s lists
_FLAG_NAMES = ("per", "cty", "adj", "ttl", "org", "hd", "gn", "pc", "plc", "plcw")


@dataclass(slots=True)
class DocumentMemory:
    """The labels given to each word (by its clitic-stripped key) earlier in the same document.

    A name is usually introduced with its evidence ("المدرب كارلوس ألبرتو باريرا") and later repeated
    bare ("وقال باريرا"); features saying "this word was tagged PERS / began a PERS span / was tagged
    O before" carry the evidence forward (label consistency).  Only earlier text counts, so a window is
    tagged once: the tagger records its own output after each call.  For training, the earlier labels
    come from a model that never saw those sentences (jackknifed), so the features are as noisy as at
    run time.  Features: ``d=T`` (tagged T before), ``dB=T`` (began a T span), ``d=O`` (also tagged O),
    ``d=onlyO`` (only ever O).
    """

    seen: dict[str, set[str]] = field(default_factory=dict)
    _feats: dict[frozenset[str], list[str]] = field(default_factory=dict, repr=False)

    def features(self, keys: Sequence[str]) -> list[list[str]]:
        """Document features of each word (by key); an empty list for a word not seen before."""
        out: list[list[str]] = []
        for key in keys:
            labels = self.seen.get(key) if key else None
            out.append(self._labels_features(frozenset(labels)) if labels else [])
        return out

    def _labels_features(self, labels: frozenset[str]) -> list[str]:
        hit = self._feats.get(labels)
        if hit is None:
            types = sorted(label for label in labels if label != "O" and label[1:2] != "-")
            hit = [f"d={t}" for t in types] + sorted(f"dB={label[2:]}" for label in labels if label[:2] == "B-")
            if "O" in labels:
                hit.append("d=O" if types else "d=onlyO")
            self._feats[labels] = hit
        return hit

    def add(self, keys: Sequence[str], tags: Sequence[str]) -> None:
        """Record one tagged sentence or window."""
        for key, tag in zip(keys, tags, strict=True):
            if not key:
                continue
            labels = self.seen.setdefault(key, set())
            if tag == "O" or len(tag) < 3:
                labels.add("O")
            else:
                labels.add(tag[2:])
                if tag[:2] == "B-":
                    labels.add(tag)

    def clear(self) -> None:
        self.seen.clear()


@dataclass(slots=True)
class FeatureExtractor:
    """Word → (own, as-previous, as-next, as-second-previous, as-second-next) feature lists, cached."""

    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    tokenizer: Tokenizer = field(default_factory=Tokenizer)
    clusters: WordClusters | None = None
    _cache: dict[str, WordFeatures] = field(default_factory=dict, init=False, repr=False)
    _flags: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _phrase_starts: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        """Index the gazetteer once (form → bit set of its lists): one lookup per form, not one per list."""
        g = self.gazetteer
        lists = (g.person, g.country, g.adjective, g.title, g.org, g.org_head, g.given, g.person_cue, g.place,
                 g.place_part)
        for bit, words in enumerate(lists):
            for word in words:
                self._flags[word] = self._flags.get(word, 0) | (1 << bit)
        if g.phrases is not None:
            self._phrase_starts = g.phrases.first_words()

    def _cluster_features(self, forms: Sequence[str]) -> tuple[list[str], list[str]]:
        """(own cluster features, the ids neighbours see) of the most specific form the clusters know.

        Only the adjacent words see a word's clusters: on the dev split, adding the cluster ids of
        words two away and of the bare stem besides the matched form cost about 1 point of F1.
        """
        clusters = self.clusters
        if clusters is None:
            return [], []
        ids = clusters.ids
        for i, form in enumerate(forms):
            hit = ids.get(form)
            if hit is not None:
                n = len(clusters.ks)
                cl = [f"c{k}={c}" for k, c in zip(clusters.ks, hit[1:n + 1], strict=True)]
                cl += [f"s{name}={c}" for name, c in zip(clusters.sims, hit[n + 1:], strict=True)]
                return [*cl, f"fr={_rank_bucket(hit[0])}"] + (["cf=stripped"] if i else []), cl
        return ["fr=oov"], ["c=oov"]

    def word(self, text: str) -> WordFeatures:
        hit = self._cache.get(text)
        if hit is None:
            hit = self.compute(text)
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[text] = hit
        return hit

    def compute(self, text: str) -> WordFeatures:
        """The features of a word, not cached (for callers that keep something smaller per word)."""
        norm, prefix, stem, _suffix, forms = self.tokenizer.analyse(text)
        forms = forms or (norm,)
        bare = forms[-1]
        mask = 0
        for f in forms:
            mask |= self._flags.get(f, 0)
        flags = [name for bit, name in enumerate(_FLAG_NAMES) if mask >> bit & 1]
        shape = _shape(norm)
        own_cl, ctx_cl = self._cluster_features(forms)
        own = [f"w={norm}", f"s={stem}", f"b={bare}", f"p={prefix}", f"sh={shape}",
               f"p2={stem[:2]}", f"p3={stem[:3]}", f"x2={stem[-2:]}", f"x3={stem[-3:]}", f"len={min(len(stem), 8)}"]
        own += [f"g={f}" for f in flags]
        own += [f"f={f}" for f in forms[1:4]]
        own += [f"n3={norm[:3]}", f"z3={norm[-3:]}", f"z1={norm[-1:]}"]
        own += own_cl
        ctx = [f"w={norm}", f"b={bare}", f"sh={shape}"] + [f"g={f}" for f in flags] + ctx_cl
        far = [f"b={bare}", *(f"g={f}" for f in flags)]
        key = bare if len(bare) > 1 and bare[0].isalpha() else ""
        return (own, [f"-1{f}" for f in ctx], [f"+1{f}" for f in ctx], [f"-2{f}" for f in far],
                [f"+2{f}" for f in far], key)

    def keys(self, words: Sequence[str]) -> list[str]:
        """The document-memory key of each word (its clitic-stripped form; "" for punctuation, digits …)."""
        return [self.word(w)[5] for w in words]

    def sentence(self, words: Sequence[str], memory: DocumentMemory | None = None) -> list[list[str]]:
        """The CRF items of a sentence given as word strings; ``memory`` adds the document features."""
        return self.items([self.word(w) for w in words], memory, self.phrase_features(words))

    def phrase_features(self, words: Sequence[str]) -> list[list[str]] | None:
        """``gz=B-<kind>`` / ``gz=I-<kind>`` of the words inside a whole lexicon name (None without phrases).

        The word flags say a word occurs in some name; these say the words around it complete one
        (حلف شمال الأطلسي), which marks where a multi-word organisation begins and ends.
        """
        phrases = self.gazetteer.phrases
        if phrases is None:
            return None
        analyses = [self.tokenizer.analyse(w) for w in words]
        out: list[list[str]] = [[] for _ in words]
        first = self._phrase_starts
        starts = [i for i, a in enumerate(analyses) if any(f in first for f in a[4] or (a[0],))]
        if not starts:
            return out
        tokens = [Token(0, len(w), w, norm, prefix, stem, suffix, 0, len(w), forms)
                  for w, (norm, prefix, stem, suffix, forms) in zip(words, analyses, strict=True)]
        for m in phrases.find(tokens, starts=starts):
            for kind in sorted(set(m.values)):
                out[m.first].append(f"gz=B-{kind}")
                for i in range(m.first + 1, m.last + 1):
                    out[i].append(f"gz=I-{kind}")
        return out

    def items(self, feats: Sequence[WordFeatures], memory: DocumentMemory | None = None,
              phrases: Sequence[list[str]] | None = None) -> list[list[str]]:
        """The CRF items of a sentence from its words' features (``word`` of each), the document memory's
        features and the phrase features (:meth:`phrase_features`)."""
        n = len(feats)
        items: list[list[str]] = []
        doc = memory.features([f[5] for f in feats]) if memory is not None else None
        for i, (own, _p, _n, _p2, _n2, _key) in enumerate(feats):
            item = list(own)
            if doc is not None:
                item += doc[i]
            if phrases is not None:
                item += phrases[i]
            if i > 0:
                item += feats[i - 1][1]
            else:
                item.append("BOS")
            if i + 1 < n:
                item += feats[i + 1][2]
            else:
                item.append("EOS")
            if i > 1:
                item += feats[i - 2][3]
            if i + 2 < n:
                item += feats[i + 2][4]
            items.append(item)
        return items


_SPAN_CACHE_LIMIT = 50_000  # windows remembered per tagger (about 40 MB when full, then cleared)
_BLOCK_LIMIT = 150_000  # words whose summed scores are kept (400 bytes each: 60 MB when full, then restarted)
_NEURAL_CACHE_LIMIT = 10_000  # words whose neural input is kept (8 KB each with the language model: 80 MB full)


class NerTagger:
    """A loaded CRF model; ``tag(words)`` returns BIO labels, ``spans(words)`` (type, first, last)."""

    def __init__(self, model_path: Path, features: FeatureExtractor, neural: NeuralEmitter | None = None,
                 neural_weight: float = 0.0) -> None:
        """Open the model; give ``features`` the word clusters the model was trained with if it lacks them.

        ``neural``: per-tag scores added, times ``neural_weight``, to the CRF's before it decodes.
        """
        if not model_path.exists():
            raise ModelError(f"NER model not found: {model_path} (train it with scripts/train_ner.py)")
        scores = model_path.with_name("ner_scores.json")
        if scores.exists():
            meta = json.loads(scores.read_text(encoding="utf-8"))
            trained_with = meta.get("feature_version")
            if trained_with != FEATURE_VERSION:
                raise ModelError(f"{model_path} was trained with features {trained_with!r} but this code extracts "
                                 f"{FEATURE_VERSION!r}; retrain with scripts/train_ner.py")
            features = _with_training_clusters(features, model_path, meta.get("word_clusters"))
        self.model = CrfModel.read(model_path)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except Exception as exc:  # crfsuite raises a bare ValueError/OSError on a corrupt file
            raise ModelError(f"cannot open NER model {model_path}: {exc}") from exc
        self._basis_names, self._basis_inverse = self.model.basis()
        self.features = features
        self.labels = self.model.labels
        self._bos = self.model.scores(["BOS"])
        self._eos = self.model.scores(["EOS"])
        self._blocks = BlockScores(self.model, _BLOCK_LIMIT)
        self._list_scores: dict[tuple[str, ...], np.ndarray] = {}
        self._span_cache: dict[tuple[str, ...], tuple[list[str], list[tuple[str, int, int]]]] = {}
        self._memory: DocumentMemory | None = None
        gazetteer = features.gazetteer
        self._person_words = gazetteer.given | gazetteer.person
        self.neural = neural
        self.neural_weight = neural_weight  # fixed at construction: the output layer below is scaled by it
        self._use_neural = neural is not None and neural_weight != 0
        self._neural_inputs: dict[str, np.ndarray] = {}
        self._neural_pending: dict[str, list[str]] = {}
        # its last layer in the CRF's label order, weighted (a stray corpus label it lacks gets no score)
        self._neural_output = neural.output_layer(self.labels, neural_weight) if neural is not None else None

    def start_document(self) -> None:
        """Begin a document: each later ``tag``/``spans`` call sees the labels given earlier in it.

        Without an open document every call is independent (no document features), as for the first
        sentence of a document.
        """
        self._memory = DocumentMemory()

    def end_document(self) -> None:
        self._memory = None

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return self._tag(words, self._rows(words), self._memory)

    def _rows(self, words: Sequence[str]) -> list[int]:
        return self._blocks.rows(words, self._word_blocks)

    def _word_blocks(self, text: str) -> tuple[tuple[list[str], ...], str]:
        """(the five feature blocks, the memory key) of a word: :meth:`FeatureExtractor.compute` split.

        With a neural model, the word's own features are kept until its input is made (in a batch with the
        window's other new words, :meth:`_neural_scores`), so they are not computed twice.
        """
        feats = self.features.compute(text)
        if self._use_neural:
            self._neural_pending[text] = feats[0]
        return feats[:5], feats[5]

    def _tag(self, words: Sequence[str], rows: Sequence[int], memory: DocumentMemory | None) -> list[str]:
        """Tag words from their rows of block scores; with ``memory``, use and then record the document's labels."""
        emissions = self._blocks.emissions(rows, self._bos, self._eos)
        phrases = self.features.phrase_features(words)
        if phrases is not None:
            for i, feats in enumerate(phrases):
                if feats:
                    emissions[i] += self._scores_of(feats)
        if memory is not None:
            extras = self._blocks.extras
            keys = [extras[r] for r in rows]
            for i, feats in enumerate(memory.features(keys)):
                if feats:
                    emissions[i] += self._scores_of(feats)
        if self._use_neural:
            emissions += self._neural_scores(words, phrases)
        names = self._basis_names
        items = [dict(zip(names, row, strict=True)) for row in (emissions @ self._basis_inverse).tolist()]
        tags = complete_name_links(words, split_conjoined_persons(words, list(self._tagger.tag(items)), self._person_words))
        if memory is not None:
            memory.add(keys, tags)
        return tags

    def _neural_scores(self, words: Sequence[str], phrases: Sequence[list[str]] | None) -> np.ndarray:
        """The neural model's per-tag scores of the words, weighted, in the CRF's label order."""
        neural = self.neural
        assert neural is not None
        cache, pending = self._neural_inputs, self._neural_pending
        if len(cache) >= _NEURAL_CACHE_LIMIT:
            cache.clear()
        if len(pending) >= _BLOCK_LIMIT:  # words whose windows came from the span cache, never tagged
            pending.clear()
        new = list(dict.fromkeys(w for w in words if w not in cache))
        if new:
            analyse = self.features.tokenizer.analyse
            items = []
            for text in new:
                own = pending.pop(text, None)
                if own is None:  # its block scores were cached before (or its input was evicted)
                    own = self.features.compute(text)[0]
                norm, _prefix, _stem, _suffix, forms = analyse(text)
                items.append((norm, forms[-1] if forms else norm, own))
            cache.update(zip(new, neural.word_inputs(items), strict=True))
        rows = np.stack([cache[w] for w in words])
        if phrases is not None:
            for i, feats in enumerate(phrases):
                extra = neural.feature_input(feats) if feats else None
                if extra is not None:
                    rows[i] += extra
        matrix, bias = self._neural_output
        return neural.hidden_states(rows) @ matrix + bias

    def _scores_of(self, feats: list[str]) -> np.ndarray:
        """Summed weights of a document-memory or phrase feature list (a few dozen distinct lists in all)."""
        key = tuple(feats)
        hit = self._list_scores.get(key)
        if hit is None:
            hit = self._list_scores[key] = self.model.scores(feats)
        return hit

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags of the sentences of one document, in order (each sees the labels of those before it), then
        made consistent: a name tagged anywhere in the document is tagged wherever it recurs untagged
        (:func:`repeat_names`)."""
        saved = self._memory
        self.start_document()
        try:
            tags = [self.tag(words) for words in sentences]
        finally:
            self._memory = saved
        return [_with_spans(t, extra) for t, extra in zip(tags, repeat_names(sentences, tags), strict=True)]

    def spans(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        """Entity spans of ``words``; a window seen before (wire copies repeat whole sentences) is not re-tagged.

        The cache is used only while the document memory knows none of the window's words (the tags
        could differ otherwise); a cached window's tags are still recorded in the memory.
        """
        memory = self._memory
        rows = self._rows(words)
        extras = self._blocks.extras
        if memory is not None and any(extras[r] in memory.seen for r in rows):
            return bio_spans(self._tag(words, rows, memory))
        key = tuple(words)
        hit = self._span_cache.get(key)
        if hit is None:
            tags = self._tag(words, rows, None) if rows else []
            hit = (tags, bio_spans(tags))
            if len(self._span_cache) >= _SPAN_CACHE_LIMIT:
                self._span_cache.clear()
            self._span_cache[key] = hit
        if memory is not None:
            memory.add([extras[r] for r in rows], hit[0])
        return list(hit[1])


_NAME_WORDS_WITH_WAW = frozenset({"ولد"})  # "son of" inside Mauritanian names (محمد ولد عبد العزيز)


def split_conjoined_persons(words: Sequence[str], tags: list[str], person_words: frozenset[str]) -> list[str]:
    """``tags`` with a person name that starts with the conjunction و begun as a new name (in place).

    The CRF reads «شافيز ولوكاشنكو» or «ريد وموساوي» as one name more often than as two: its transition
    weights favour I-PERS after a name, and the conjunction is only a prefix feature.  A word inside a
    person span that starts with و and is not itself a known name word (وليد، وائل، وفاء are names)
    begins a new one.  Only persons: «البوسنة والهرسك» and «وزارة الخارجية والتعاون» are one name each.
    On the dev split it changed 9 tags, all to what the annotators wrote (PERS F1 .793 → .802).
    """
    for i in range(1, len(tags)):
        if tags[i] == "I-PERS":
            norm = normalize(words[i])
            if (norm.startswith("و") and len(norm) >= 4 and norm not in person_words
                    and norm not in _NAME_WORDS_WITH_WAW):
                tags[i] = "B-PERS"
    return tags


NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ال"})  # normalized بن، ابن، بنت، أبو، آل
_SON_OF = frozenset({"بن", "بنت"})  # never a word on its own: only ever inside a name


def complete_name_links(words: Sequence[str], tags: list[str]) -> list[str]:
    """``tags`` with no name ending on a link word (بن، أبو، آل): the word after it joins the name (in place).

    A link word is followed by the rest of the name in every ANERcorp name that holds one, but the CRF
    stops at a next word that is also a common noun («الأمير عبدالله بن مساعد»: مساعد is "assistant").
    «بن» or «بنت» tagged O right after a name word is inside that name too.
    """
    for i in range(len(tags) - 1):
        tag, after = tags[i], tags[i + 1]
        if tag == "O":  # only «بن» or «بنت» left out right after a name
            if after != "O" or i == 0 or tags[i - 1] == "O" or len(words[i]) > 6:  # (marks may be written)
                continue
        elif after != "O" and after != "B-" + tag[2:]:
            continue  # (a new name of the same type after the link word is its rest: «بن» «لادن»)
        if not words[i + 1][:1].isalpha():
            continue
        norm = normalize(words[i])
        if tag != "O" and norm in NAME_LINKS:
            tags[i + 1] = "I-" + tag[2:]
        elif tag == "O" and norm in _SON_OF:
            tags[i] = tags[i + 1] = "I-" + tags[i - 1][2:]
    return tags


def shipped_neural(model_path: Path) -> tuple[NeuralEmitter | None, float]:
    """The neural emitter and its weight that ``ner_scores.json`` pairs with the CRF model, if any.

    The weight was chosen on the dev split with models trained on train only
    (``scripts/train_ner_neural.py ensemble``); the file's sha256 is checked so that a retrained model
    never runs with a weight chosen for another.
    """
    scores = model_path.with_name("ner_scores.json")
    if not scores.exists():
        return None, 0.0
    section = json.loads(scores.read_text(encoding="utf-8")).get("neural")
    if not section:
        return None, 0.0
    path = model_path.with_name(section["file"])
    if not path.exists():
        raise ModelError(f"neural NER model not found: {path} (named in {scores})")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != section["sha256"]:
        raise ModelError(f"{path} is not the model {scores} was scored with (sha256 {digest[:12]} ≠ "
                         f"{section['sha256'][:12]}); rerun scripts/train_ner_neural.py ensemble")
    return NeuralEmitter(path), float(section["weight"])


def _with_training_clusters(features: FeatureExtractor, model_path: Path, trained: dict | None
                            ) -> FeatureExtractor:
    """``features`` with the cluster file recorded at training (loaded next to the model if absent).

    A model trained with clusters and run without them (or with another cluster file) would tag
    badly without any error, so a mismatch is refused.
    """
    if not trained:
        if features.clusters is not None:
            raise ModelError(f"{model_path} was trained without word clusters; use a FeatureExtractor without them")
        return features
    clusters = features.clusters or WordClusters.load(model_path.with_name(trained["file"]))
    if clusters.sha256 != trained["sha256"]:
        raise ModelError(f"{model_path} was trained with word clusters {trained['sha256'][:12]} but "
                         f"{clusters.sha256[:12]} were given; retrain with scripts/train_ner.py")
    return features if features.clusters is clusters else replace(features, clusters=clusters)


def repeat_names(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
                 ) -> list[list[tuple[str, int, int]]]:
    """Per sentence, the (type, first, last) spans where a name tagged elsewhere in the document recurs with
    every word untagged (``O``; any other tag than O, B- or I- marks a word taken by something else), longest
    names first.

    The document memory only looks back; a name the tagger recognises in full later in an article (after a
    title, say) is often missed where it first stood alone.  Measured with the CRF on the ANERcorp splits
    (blocks of 50 sentences as documents): dev micro-F1 0.842 → 0.847, four-fold cross-validation on the
    training blocks 0.786 → 0.794, higher in every fold.
    """
    names: dict[tuple[str, ...], str] = {}
    for words, sentence_tags in zip(sentences, tags, strict=True):
        for typ, a, b in bio_spans(sentence_tags):
            names.setdefault(tuple(words[a:b + 1]), typ)
    ordered = sorted(names.items(), key=lambda kv: -len(kv[0]))
    first_words = {name[0] for name in names}
    out: list[list[tuple[str, int, int]]] = []
    for words, sentence_tags in zip(sentences, tags, strict=True):
        starts = [i for i, w in enumerate(words) if w in first_words and sentence_tags[i] == "O"]
        if not starts:  # most sentences hold none of the names' first words: one set test a word
            out.append([])
            continue
        free = [t == "O" for t in sentence_tags]
        found: list[tuple[str, int, int]] = []
        for name, typ in ordered:
            n = len(name)
            for i in starts:
                if words[i] == name[0] and all(free[i:i + n]) and tuple(words[i:i + n]) == name:
                    found.append((typ, i, i + n - 1))
                    free[i:i + n] = [False] * n
        out.append(sorted(found, key=lambda s: s[1]))
    return out


def _with_spans(tags: Sequence[str], spans: Sequence[tuple[str, int, int]]) -> list[str]:
    out = list(tags)
    for typ, a, b in spans:
        out[a:b + 1] = [f"B-{typ}"] + [f"I-{typ}"] * (b - a)
    return out


def bio_spans(tags: Iterable[str]) -> list[tuple[str, int, int]]:
    """(type, first, last) entity spans from BIO tags; a stray I- starts a new span (conlleval style)."""
    out: list[tuple[str, int, int]] = []
    cur_type: str | None = None
    cur_start = 0
    last = -1
    for i, tag in enumerate(tags):
        last = i
        if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != cur_type):
            if cur_type is not None:
                out.append((cur_type, cur_start, i - 1))
            cur_type, cur_start = tag[2:], i
        elif not tag.startswith("I-"):
            if cur_type is not None:
                out.append((cur_type, cur_start, i - 1))
            cur_type = None
    if cur_type is not None:
        out.append((cur_type, cur_start, last))
    return out


def read_conll(path: Path | str) -> list[list[tuple[str, str]]]:
    """Sentences of ``token TAG`` lines; a blank line or a ``.`` token ends a sentence (ANERcorp style).

    Extra columns (nested tags, as in Wojood) are ignored: the first tag is kept.
    """
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            parts = raw.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            token = parts[0]
            tag = parts[1] if len(parts) > 1 else "O"
            current.append((token, tag))
            if token == ".":
                sentences.append(current)
                current = []
    if current:
        sentences.append(current)
    return sentences


def entity_scores(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]],
                  types: Iterable[str] | None = None) -> dict[str, dict[str, float]]:
    """Exact-span entity P/R/F1 per type and micro over ``types`` (all types when None)."""
    counts: dict[str, list[int]] = {}
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g = set(bio_spans(g_tags))
        p = set(bio_spans(p_tags))
        for typ in {s[0] for s in g | p}:
            c = counts.setdefault(typ, [0, 0, 0])
            gs = {s for s in g if s[0] == typ}
            ps = {s for s in p if s[0] == typ}
            c[0] += len(gs & ps)
            c[1] += len(ps)
            c[2] += len(gs)
    wanted = set(types) if types is not None else set(counts)
    out: dict[str, dict[str, float]] = {}
    tot = [0, 0, 0]
    for typ in sorted(counts):
        tp, np_, ng = counts[typ]
        out[typ] = _prf(tp, np_, ng)
        if typ in wanted:
            tot = [tot[0] + tp, tot[1] + np_, tot[2] + ng]
    out["micro"] = _prf(*tot)
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": n_gold}
