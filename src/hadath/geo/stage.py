"""The place stage: finds Arabic place names in sentences and geocodes them from the offline gazetteer.

Recognition is a dictionary lookup over clitic-aware tokens (``PhraseMatcher``), so بإدلب، وموسكو and
لحلب match.  Each match then goes through explicit, explainable decisions:

1. **cue words** before the name pick the feature (مدينة → city, محافظة → division, دولة → country;
   ريف X → the countryside of X's division) and a plural cue distributes over a list (محافظات حماة وحمص);
2. **common words** (stoplist and generated collisions: أمل، الخميس، وقف …) and names marked
   ``cue_only`` count only after a cue, and a generated city that ends an unknown longer name after a district's
   head (قضاء يوكسك أوفا) is not that city unless the article names its country;
3. **metonymy**: a capital or country that acts (أن واشنطن تسعى، موسكو مستعدة، الحوار مع موسكو) is an
   actor, not a place, unless a locative word or the ب proclitic says it is a location;
4. **disambiguation** scores the remaining candidates: feature prior, hand-written over generated,
   capital, population, the countries the article mentions, and shared divisions with co-mentioned places.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from hadath.geo.gazetteer import Gazetteer, Place
from hadath.model import Document, PlaceMention, Sentence, Token
from hadath.text.matcher import PhraseMatch
from hadath.text.normalize import TANWEEN
from hadath.text.tokens import Tokenizer, advance_letters

GENERATED = "cities.tsv"
# An uncued generated city must be this big unless the article mentions its country; further from the
# region Arabic news covers most, only big cities are more often places than homonymous names or brands.
MIN_UNSUPPORTED_POPULATION = 150_000
MIN_UNSUPPORTED_FAR_POPULATION = 1_000_000
NEAR_REGION = frozenset(
    ["DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "TUR", "IRN", "ISR", "AFG"])
# A capital whose name collides with a frequent word counts after a locative word if it is at least this big (Lima,
# Amsterdam; not Victoria or Hamilton, which are mostly people)
LOCATIVE_CAPITAL_POPULATION = 500_000
# A generated name matched after stripping a proclitic must be at least this long (وصول is not و + صول).
MIN_STRIPPED_GENERATED = 4
FEATURE_PRIOR = MappingProxyType({"country": 6.0, "region": 4.0, "city": 3.0, "point": 3.0, "admin1": 2.0})
CUE_FEATURES = MappingProxyType({"city": ("city", "point"), "admin1": ("admin1",), "country": ("country",)})
DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال", "وبال", "ولل")
COORDINATORS = frozenset({"و", "،", ",", "-", "–", "او"})
NAME_HEADS = frozenset({"قضاء", "حي", "منطقه", "بلديه"})  # words that head a district's name (round 143)


@dataclass(slots=True)
class Decision:
    """What the stage decided about one dictionary match, kept for :func:`hadath.geo.explain`."""

    sentence: int
    start: int
    end: int
    text: str
    key: str
    candidates: list[tuple[Place, float]] = field(default_factory=list)
    chosen: Place | None = None
    how: str = ""
    rejected: str = ""  # why no place was produced


@dataclass(slots=True)
class _Raw:
    sentence: Sentence
    tokens: list[Token]
    match: PhraseMatch
    hashtag: bool
    spans: dict[int, int]  # first → last token of every match in the sentence


class PlaceStage:
    name = "geo"
    requires: tuple[str, ...] = ("sentences",)
    provides: tuple[str, ...] = ("places",)

    def __init__(self, gazetteer: Gazetteer, tokenizer: Tokenizer | None = None) -> None:
        self.gazetteer = gazetteer
        self.tokenizer = tokenizer or Tokenizer()

    @classmethod
    def load(cls) -> PlaceStage:
        return cls(Gazetteer.load())

    def __call__(self, doc: Document) -> Document:
        doc.places = [self._mention(d) for d in self.decide(doc) if d.chosen is not None]
        return doc

    # ------------------------------------------------------------------------------------------ decisions

    def decide(self, doc: Document) -> list[Decision]:
        """Every dictionary match of the document with the decision taken on it, in text order."""
        raws: list[_Raw] = []
        for sentence in doc.sentences:
            tokens, pieces = self._tokens(sentence.tokens, doc.article.text)
            matches = [self._most_specific(tokens, m) for m in self.gazetteer.matcher.find(tokens)]
            blocked = self._blocked_tokens(tokens)
            matches = [m for m in matches if not any(i in blocked for i in range(m.first, m.last + 1))]
            spans = {m.first: m.last for m in matches}
            raws.extend(_Raw(sentence, tokens, m, m.first in pieces, spans) for m in matches)
        countries = self._article_countries(raws)
        decisions: list[Decision] = []
        admin1_seen: dict[str, int] = {}
        chain: tuple[int, int, str] | None = None  # (sentence, last token, cue kind) of the previous match
        acting: tuple[int, int] | None = None  # (sentence, last token) of the previous acting capital/country
        for raw in raws:
            m, tokens = raw.match, raw.tokens
            cue, cue_tok = self._cue(tokens, m.first)
            if cue is None and chain is not None and chain[0] == raw.sentence.index \
                    and self._coordinated(tokens, chain[1], m.first):
                cue, cue_tok = chain[2], None
            start = m.start
            if cue == "countryside" and cue_tok is not None:
                start = tokens[cue_tok].stem_start
            text = doc.article.text[start:m.end]
            key = next(iter(m.values))[0]
            decision = Decision(raw.sentence.index, start, m.end, text, key)
            partner_acts = acting is not None and acting[0] == raw.sentence.index \
                and self._coordinated(tokens, acting[1], m.first)
            self._resolve(decision, raw, cue, countries, admin1_seen, partner_acts)
            acting = (raw.sentence.index, m.last) if decision.rejected.startswith("metonymy") else None
            if decision.chosen is not None:
                if decision.chosen.admin1_id:
                    admin1_seen[decision.chosen.admin1_id] = admin1_seen.get(decision.chosen.admin1_id, 0) + 1
                chain = (raw.sentence.index, m.last, cue) if cue in ("admin1", "city", "country") else None
            decisions.append(decision)
        return decisions

    def _most_specific(self, tokens: Sequence[Token], m: PhraseMatch) -> PhraseMatch:
        """For a one-word match, the longest form that names a place: وباريس is و + باريس, not وب + اريس."""
        if m.first != m.last:
            return m
        tok = tokens[m.first]
        for form in sorted(tok.forms or (tok.norm,), key=len, reverse=True):
            if len(form) <= len(m.first_form):
                break
            values = self.gazetteer.matcher.lookup(form)
            if values and _prefix_only(tok.norm, form):
                return PhraseMatch(m.first, m.last, values, form, _stem_start(tok, form), m.end)
        return m

    def _blocked_tokens(self, tokens: Sequence[Token]) -> set[int]:
        """Token indices inside names that contain a place name but are not places (قوات سوريا الديمقراطية)."""
        out: set[int] = set()
        heads = self.gazetteer.blocker_heads
        if all(heads.isdisjoint(t.forms or (t.norm,)) for t in tokens):
            return out
        for b in self.gazetteer.blockers.find(tokens):
            out.update(range(b.first, b.last + 1))
        return out

    def _resolve(self, d: Decision, raw: _Raw, cue: str | None, countries: set[str],
                 admin1_seen: dict[str, int], partner_acts: bool = False) -> None:
        m, tokens = raw.match, raw.tokens
        first = tokens[m.first]
        form = m.first_form
        if not _prefix_only(first.norm, form):
            d.rejected = f"matched only after removing a suffix ({first.norm} → {form})"
            return
        proclitic = _proclitic(first.norm, form)
        if proclitic.endswith(("ال", "لل")) and not form.startswith("ال"):
            d.rejected = f"definite form of a name written without article ({first.text}: an adjective)"
            return
        if _street_name(tokens, m.first, self.gazetteer.cues["street"]):
            d.rejected = "a street or square named after the place (شارع بغداد، شارعي الثورة وبغداد)"
            return
        if m.first == m.last and any(mark in first.text for mark in TANWEEN):
            d.rejected = f"written with tanween ({first.text}): an indefinite noun, not a name (صبياً is a boy)"
            return
        if m.first == m.last and d.key in self.gazetteer.cues["adjective"] and m.first > 0:
            prev = tokens[m.first - 1]
            if prev.norm.startswith(DEFINITE) and _feminine(prev, self.gazetteer.cues["broken_plural"]):
                d.rejected = f"adjective after a definite noun ({prev.text} {first.text})"
                return
        candidates = [place for _, place in m.values]
        if self._tail_of_longer_name(tokens, m, raw.spans) and all(
                p.source == GENERATED and p.country not in countries for p in candidates):
            d.rejected = (f"the last word of a longer name after «{tokens[m.first - 2].text}» "
                          f"({tokens[m.first - 1].text} {first.text}), not {first.text} itself")
            return
        stripped = form != first.norm
        if stripped and (len(form) < MIN_STRIPPED_GENERATED or first.norm in self.gazetteer.stopwords):
            candidates = [p for p in candidates if p.source != GENERATED]
        licensed = False
        how = "hashtag" if raw.hashtag else "lexicon"
        if cue in CUE_FEATURES:
            cued = [p for p in candidates if p.feature in CUE_FEATURES[cue]]
            if cued:
                candidates, licensed = cued, True
                how = f"cue:{self._cue_word(tokens, m.first) or cue}"
        if cue == "countryside":
            region = self._countryside(candidates)
            if region is None:
                d.rejected = "ريف before a name with no division"
                return
            candidates, licensed, how = [region], True, "cue:ريف"
        if not licensed and d.key in self.gazetteer.stopwords and m.first > 0 and any(
                f in self.gazetteer.cues["locative"] for f in tokens[m.first - 1].forms or (tokens[m.first - 1].norm,)):
            # a big capital whose name is also a frequent word (ليما، أمستردام) after a word of place (في، شوارع، إلى)
            capitals = [p for p in candidates if p.capital and p.population >= LOCATIVE_CAPITAL_POPULATION]
            if capitals:
                candidates, licensed, how = capitals, True, "locative+capital"
        if not licensed:
            if d.key in self.gazetteer.stopwords:
                d.rejected = f"common word {d.key!r} without a cue word"
                d.candidates = [(p, 0.0) for p in candidates]
                return
            candidates = [p for p in candidates if not p.cue_only]
            candidates = [p for p in candidates if p.source != GENERATED or p.country in countries
                          or p.population >= (MIN_UNSUPPORTED_POPULATION if p.country in NEAR_REGION
                                              else MIN_UNSUPPORTED_FAR_POPULATION)]
        if not candidates:
            d.rejected = "no candidate left (cue-only, too small or clitic-split name)"
            return
        scored = sorted(((p, self._score(p, cue, countries, admin1_seen)) for p in candidates),
                        key=lambda ps: -ps[1])
        d.candidates = scored
        best = scored[0][0]
        if not licensed and not raw.hashtag and (best.feature == "country" or best.capital):
            acting = "coordinated with an acting state" if partner_acts else self._acting(tokens, m, raw.spans)
            if acting:
                d.rejected = f"metonymy: {best.name} acts here ({acting})"
                return
        d.chosen, d.how = best, how

    def _tail_of_longer_name(self, tokens: Sequence[Token], m: PhraseMatch, spans: dict[int, int]) -> bool:
        """"في قضاء يوكسك أوفا": a one-word name right after a word no list knows, itself right after a word that
        heads a district's name (قضاء، حي، منطقة، بلدية), ends a longer name the gazetteer lacks (Yüksekova in
        Turkey), so it is not the generated city it spells alone (Ufa in Russia) — when that city lies in a country
        the article does not name (the caller checks: منطقة نخلة جميرا in an article on Dubai is Jumeirah)."""
        if m.first != m.last or m.first < 2:
            return False
        unknown, head = tokens[m.first - 1], tokens[m.first - 2]
        cues = self.gazetteer.cues
        if not unknown.is_word or unknown.prefix or any(first <= m.first - 1 <= last for first, last in spans.items()):
            return False
        unknown_forms = unknown.forms or (unknown.norm,)
        if any(f in cues[kind] for kind in ("city", "admin1", "country", "countryside", "locative", "street")
               for f in unknown_forms):
            return False
        if head.norm.startswith(DEFINITE):
            return False  # a name's head is in construct, never definite (استقرار المنطقة لجيل كامل)
        head_forms = head.forms or (head.norm,)
        return any(f in NAME_HEADS for f in head_forms)  # (not after «مدينة»: مدينة سان بطرسبرغ is St Petersburg)

    def _score(self, p: Place, cue: str | None, countries: set[str], admin1_seen: dict[str, int]) -> float:
        score = FEATURE_PRIOR.get(p.feature, 2.0)
        if p.source != GENERATED:
            score += 3.0
        if p.capital:
            score += 1.5
        score += math.log10(p.population + 1) / 2
        if p.country in countries:
            score += 4.0
        if p.admin1_id and admin1_seen.get(p.admin1_id):
            score += 1.0
        return round(score, 3)

    def _countryside(self, candidates: list[Place]) -> Place | None:
        """The rural region around a name's division (ريف X), from X's division or X's city."""
        division = next((p for p in candidates if p.feature == "admin1"), None)
        if division is None:
            city = next((p for p in candidates if p.admin1_id), None)
            if city is None or city.admin1_id is None:
                return None
            division = self.gazetteer.places.get(city.admin1_id)
            if division is None:
                return None
        base = division.name.removesuffix(" Governorate").removesuffix(" Province")
        return Place(f"{division.id}-countryside", f"{base} countryside", f"ريف {division.name_ar}", "region",
                     division.country, division.lat, division.lon, admin1=division.name, admin1_id=division.id,
                     source=division.source)

    # ------------------------------------------------------------------------------------------- context

    def _article_countries(self, raws: list[_Raw]) -> set[str]:
        """Countries the article mentions unambiguously (a country name, or a name of one country only)."""
        out: set[str] = set()
        for raw in raws:
            key = next(iter(raw.match.values))[0]
            if key in self.gazetteer.stopwords:
                continue
            cue, _ = self._cue(raw.tokens, raw.match.first)
            places = [p for _, p in raw.match.values
                      if (p.source != GENERATED and not p.cue_only) or (cue and p.feature in CUE_FEATURES.get(cue, ()))]
            found = {p.country for p in places if p.country}
            if len(found) == 1:
                out |= found
        return out

    def _cue(self, tokens: Sequence[Token], first: int) -> tuple[str | None, int | None]:
        if first == 0:
            return None, None
        prev = tokens[first - 1]
        forms = prev.forms or (prev.norm,)
        for kind in ("countryside", "admin1", "city", "country"):
            words = self.gazetteer.cues[kind]
            if any(f in words for f in forms):
                return kind, first - 1
        return None, None

    def _cue_word(self, tokens: Sequence[Token], first: int) -> str | None:
        if first == 0:
            return None
        prev = tokens[first - 1]
        for kind in ("admin1", "city", "country"):
            for f in prev.forms or (prev.norm,):
                if f in self.gazetteer.cues[kind]:
                    return prev.text[advance_letters(prev.text, 0, len(prev.text), len(prev.norm) - len(f)):]
        return None

    @staticmethod
    def _coordinated(tokens: Sequence[Token], prev_last: int, first: int) -> bool:
        """True when only coordinators (و، ,) separate the previous place from this one."""
        between = tokens[prev_last + 1:first]
        if all(t.norm in COORDINATORS for t in between) and len(between) <= 2:
            return bool(between) or tokens[first].norm.startswith("و")
        return False

    def _acting(self, tokens: Sequence[Token], m: PhraseMatch, spans: dict[int, int]) -> str:
        """Why a capital/country here is an acting subject, or "" when it is (or may be) a location."""
        cues = self.gazetteer.cues
        first = tokens[m.first]
        if "ب" in _proclitic(first.norm, m.first_form):  # بموسكو، وبدمشق: a location
            return ""
        if m.first > 0:
            prev = tokens[m.first - 1]
            if any(f in cues["locative"] for f in prev.forms or (prev.norm,)):
                return ""
            if prev.norm == "مع" and m.first > 1 and any(
                    f in cues["locative"] for f in tokens[m.first - 2].forms or (tokens[m.first - 2].norm,)):
                return ""  # الحدود مع لبنان
            if prev.norm in cues["actor_before"]:
                return f"after {prev.text}"
            # verb-first order: أعلنت موسكو، تقود فيه واشنطن
            verb = tokens[m.first - 2] if prev.norm in ("فيه", "فيها") and m.first > 1 else prev
            if any(f in cues["actor_after"] for f in verb.forms or (verb.norm,)):
                return f"after {verb.text}"
        nxt = m.last + 1
        # skip coordinated partners ("روسيا وتركيا اتفقتا"): names joined by و
        while nxt in spans and tokens[nxt].norm.startswith("و"):
            nxt = spans[nxt] + 1
        while nxt < len(tokens) and tokens[nxt].norm in (",", "،"):
            nxt += 1
        if nxt < len(tokens):
            after = tokens[nxt]
            if any(f in cues["actor_after"] for f in after.forms or (after.norm,)):
                return f"before {after.text}"
        return ""

    # ------------------------------------------------------------------------------------------- tokens

    def _tokens(self, tokens: list[Token], text: str) -> tuple[list[Token], set[int]]:
        """Tokens with words joined by ``_`` (hashtags: #مرفأ_بيروت) split into their parts, and the
        indices of those parts."""
        if not any("_" in t.text for t in tokens):
            return tokens, set()
        out: list[Token] = []
        pieces: set[int] = set()
        for tok in tokens:
            if "_" not in tok.text:
                out.append(tok)
                continue
            offset = tok.start
            for piece in tok.text.split("_"):
                if piece:
                    norm, prefix, stem, suffix, forms = self.tokenizer.analyse(piece)
                    end = offset + len(piece)
                    stem_start = advance_letters(text, offset, end, len(prefix)) if prefix else offset
                    pieces.add(len(out))
                    out.append(Token(offset, end, piece, norm, prefix, stem, suffix, stem_start, end, forms))
                offset += len(piece) + 1
        return out, pieces

    @staticmethod
    def _mention(d: Decision) -> PlaceMention:
        p = d.chosen
        if p is None:  # not an assert: must hold under python -O
            raise ValueError("decision without a chosen place")
        return PlaceMention(start=d.start, end=d.end, text=d.text, name=p.name, name_ar=p.name_ar,
                            country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon, feature=p.feature,
                            precision=p.precision, geo_id=p.id, sentence=d.sentence, how=d.how)


def _proclitic(norm: str, form: str) -> str:
    """The proclitic letters a matched form left out of the whole token (بموسكو/موسكو → ب)."""
    if norm.endswith(form):
        return norm[: len(norm) - len(form)]
    if form.startswith("ال") and norm.endswith(form[2:]):
        return norm[: len(norm) - len(form) + 2]
    return ""


def _street_name(tokens: Sequence[Token], k: int, street_words: frozenset[str]) -> bool:
    """Whether the name at ``k`` names a street or square: right after a street word (شارع بغداد، ساحة دمشق), or
    after و as the second of a street word's two names (شارعي الثورة وبغداد)."""
    def is_street(tok: Token) -> bool:
        return any(f in street_words for f in tok.forms or (tok.norm,))

    if k > 0 and is_street(tokens[k - 1]):
        return True
    return k > 1 and tokens[k].norm[:1] == "و" and tokens[k - 2].norm.endswith("ي") and is_street(tokens[k - 2])


def _feminine(token: Token, broken_plurals: frozenset[str]) -> bool:
    """Whether a definite noun takes a feminine adjective: ends in ة/ات or is a listed broken plural."""
    return token.norm.endswith(("ه", "ات")) or any(f in broken_plurals for f in token.forms or (token.norm,))


def _stem_start(token: Token, form: str) -> int:
    """Start offset of the part of ``token`` that ``form`` covers, after any stripped proclitic."""
    letters = len(_proclitic(token.norm, form))
    return advance_letters(token.text, 0, len(token.text), letters) + token.start if letters else token.start


def _prefix_only(norm: str, form: str) -> bool:
    """True when ``form`` is ``norm`` minus proclitics only (no pronoun suffix removed)."""
    if norm.endswith(form):
        return True
    return form.startswith("ال") and norm.endswith(form[2:])
