"""The actor stage: ``Document -> Document`` filling ``doc.entities`` with coded actor mentions.

Codes are those valid on the article's date (``doc.article.date``); an undated article is coded at
today's date, so a person's current role is used.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from hadath.actors.coder import ActorCoder, Context, name_start
from hadath.actors.lexicon import ActorLexicon, Hit
from hadath.actors.ner import (
    MODEL_NAME,
    FeatureExtractor,
    Gazetteer,
    NerTagger,
    load_name_lists,
    load_org_names,
    load_place_words,
    repeat_names,
    shipped_neural,
)
from hadath.lexicon import data_path
from hadath.model import ActorMention, Document
from hadath.text.matcher import PhraseMatcher
from hadath.text.tokens import Tokenizer


def model_path() -> Path:
    """The shipped CRF model (next to this module)."""
    return Path(__file__).resolve().parent / MODEL_NAME


def gazetteer_of(lexicon: ActorLexicon) -> Gazetteer:
    """The NER gazetteer: the actor lexicon's words, the hand-written given names and person cues, the
    geo gazetteer's place words, and as whole-name phrases the lexicon's organisations and outlets with
    the hand-written clubs, companies, universities and papers (``ner_orgs.tsv``), which act in no
    political event but are named in news all the same."""
    names = load_name_lists()
    place, place_part = load_place_words()
    phrases = lexicon_phrases(lexicon)
    for name, kind in load_org_names():
        phrases.add(name, kind)
    return Gazetteer(lexicon.person_words, lexicon.country_words, lexicon.adjective_words, lexicon.title_words,
                     lexicon.org_words, given=names["given"], person_cue=names["cue"], place=place,
                     place_part=place_part, phrases=phrases)


_PHRASE_KINDS = {"country": "loc", "capital": "loc", "country_place": "loc", "adjective": "adj",
                 "org_adjective": "adj", "gov_alias": "gov", "org": "org", "person": "per", "outlet": "med"}


# Whole names of organisations and outlets only: on the NER dev split they added 2.7 points of ORG F1
# (micro +0.5); with people, places, titles and nisbas as well, micro F1 fell 0.7 (PERS and LOC lost).
PHRASE_FEATURE_KINDS = frozenset({"org", "med"})


def phrase_kind(hit: Hit) -> str:
    """The NER feature kind of a lexicon sense: a place, a nisba, an organisation, a person, a title …"""
    if hit.kind == "agent":
        return "ttl" if hit.ref.type == "PERS" else "inst"
    return _PHRASE_KINDS.get(hit.kind, hit.kind)


def lexicon_phrases(lexicon: ActorLexicon) -> PhraseMatcher[str]:
    """Every name of the actor lexicon with the kinds of its senses, for the NER phrase features."""
    phrases: PhraseMatcher[str] = PhraseMatcher()
    for key, hits in lexicon.matcher.entries():
        for kind in sorted({phrase_kind(h) for h in hits} & PHRASE_FEATURE_KINDS):
            phrases.add(key, kind)
    return phrases


class ActorStage:
    name = "actors"
    requires: tuple[str, ...] = ("sentences",)
    provides: tuple[str, ...] = ("entities",)

    def __init__(self, coder: ActorCoder) -> None:
        self.coder = coder

    @classmethod
    def load(cls, root: Path | None = None, model: Path | None = None, use_ner: bool = True,
             tokenizer: Tokenizer | None = None, neural: bool = False) -> ActorStage:
        """Read the actor lexicon (default ``hadath/lexicon/actors``) and the CRF model once.

        ``tokenizer``: the text stage's, so the tagger's word features reuse the analyses (and cache)
        made when the text was tokenized.  ``neural``: add the shipped neural model's scores to the CRF's
        (when ``ner_scores.json`` pairs one with it): about a point of entity F1, at some speed (README).
        """
        lexicon = ActorLexicon.load(root or data_path("actors"))
        features = FeatureExtractor(gazetteer_of(lexicon), tokenizer or Tokenizer())
        tagger = None
        if use_ner:
            path = model or model_path()
            emitter, weight = shipped_neural(path) if neural else (None, 0.0)
            tagger = NerTagger(path, features, emitter, weight)
        return cls(ActorCoder(lexicon, tagger, given_names=features.gazetteer.given))

    def __call__(self, doc: Document) -> Document:
        day = doc.article.date or date.today()
        context = Context()
        places: dict[int, list[tuple[int, str]]] = {}
        for place in sorted(doc.places, key=lambda p: p.start):  # filled by the geo stage when it ran before
            if place.country:
                places.setdefault(place.sentence, []).append((place.start, place.country))
        entities = []
        tagger = self.coder.tagger
        if tagger is not None:
            tagger.start_document()  # the CRF's document features: labels it gave earlier in this article
        try:
            for sentence in doc.sentences:
                context.places = tuple(places.get(sentence.index, ()))
                entities.extend(self.coder.sentence(doc.article.text, sentence.tokens, sentence.index, day, context))
        finally:
            if tagger is not None:
                tagger.end_document()
        if tagger is not None:
            repeats = _repeated_names(doc, entities, self.coder.known_words)
            entities = sorted(entities + repeats, key=lambda m: m.start) if repeats else entities
        doc.entities = entities
        return doc


def _repeated_names(doc: Document, entities: list[ActorMention], known: Mapping[str, Sequence[int]] | None
                    ) -> list[ActorMention]:
    """Mentions where a name the CRF found (and no lexicon knew) recurs in the article with no mention on it,
    before or after the place it was found, as :meth:`NerTagger.tag_document` does for ``hadath eval ner``."""
    found = {id(m) for m in entities if m.how == "ner" and not m.members}
    if not found:
        return []
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in entities:
        by_sentence.setdefault(m.sentence, []).append(m)
    words, tags = [], []
    for sentence in doc.sentences:
        toks = sentence.tokens
        words.append([t.text for t in toks])
        row = ["O"] * len(toks)
        starts = [t.start for t in toks]
        for m in by_sentence.get(sentence.index, ()):
            lo = max(0, bisect.bisect_right(starts, m.start) - 1)
            span = [i for i in range(lo, bisect.bisect_left(starts, m.end)) if m.start < toks[i].end]
            for n, i in enumerate(span):  # a CRF name gives its words; any other mention only takes them
                row[i] = (("B-" if n == 0 else "I-") + m.type) if id(m) in found else "X"
        tags.append(row)
    out = []
    for sentence, spans in zip(doc.sentences, repeat_names(words, tags), strict=True):
        for typ, a, b in spans:
            start, end = name_start(sentence.tokens[a], known), sentence.tokens[b].end
            out.append(ActorMention(start, end, doc.article.text[start:end], typ,
                                    how="ner-repeat", sentence=sentence.index))
    return out
