"""Sentence-level event coding: triggers → roles → status → size, place and date.

The rules, in the order they apply (each is a small function below):

1. **Triggers.**  A sentence is skipped unless one of its token forms starts a trigger phrase (a set
   lookup).  Matched patterns must pass their constraints: light verb before (فرض عقوبات), object
   after (وقع على اتفاق), no blocking word (حرب الأسعار, وقف إطلاق النار for gunfire).  A verb-only
   pattern whose token carries a ل/ب proclitic is a verbal noun of purpose (لدعم سورية) and is skipped;
   a noun after a demonstrative (هذه الضربات) refers back to an event already told and is skipped;
   a noun introduced by خلال/أثناء/على هامش is an adjunct of another event and only stands when the
   sentence has no other event; a bare noun after بعد/إثر/عقب is a cause told in passing.  Sentences
   in a sports or anniversary context, or dated only before 1990, code nothing.
2. **Arguments.**  Actor mentions of the sentence (compounds expanded to their members) are grouped
   into arguments; coordinated mentions (روسيا وتركيا، روسيا – تركيا) form one argument.  Each argument
   records the preposition that introduces it (a proclitic ب/ل or a preposition up to two words back:
   "على مواقع تنظيم داعش").
3. **Roles.**  Source: for verbs, the nearest bare argument before the trigger within the clause (SVO,
   also nominal sentences) else the first bare argument after it (VSO); for nouns, the bare argument
   right after (genitive/adjective: غارات روسية) when the pattern says so, an argument introduced by
   ل or من قبل (غارات للطيران الروسي), else the nearest bare argument before (the light verb's subject).
   Target: the first argument after the trigger introduced by one of the pattern's prepositions, or
   the next bare argument after the source for direct objects.  A demonstrative right before a verb
   is its subject (وهذا يتفق): a proposition, so no event; a pronoun (هو، التي) blocks the SVO
   subject: no actor found means an empty source, never a guess.
   **Reciprocal events** (اتفقتا، تبادل الطرفان): PLOVER makes all participants the actor; the
   project's gold lists them on both sides, so a compound subject of a reciprocal pattern becomes both
   source and target.  With an explicit counterpart (X بحث مع Y) the sentence's direction is kept,
   source X and target Y; evaluation compares a reciprocal record's participants as a set.
   A visit is hosted when the meeting place lies in the source's country (CAMEO 043, else 042);
   "تلقى اتصالاً من X" makes X the source.
4. **Content of verbal acts.**  An act named inside an appeal, demand, promise, threat, accusation,
   refusal or praise (roots 02, 03, 05, 09, 10, 11, 12, 13; 055, 114) is that act's content and is
   not coded on its own, up to the next clause break: "هدد بفرض عقوبات … إذا لم" is one THREATEN
   (asserted: the threat is made whatever the condition).  A condition with no threat around it
   ("إذا هاجمت إيران …") gives the act with status hypothetical.  Hopes are the exception: their
   content is coded with status hoped.  PLOVER's future rule: an intended CONSULT is AGREE 036, an
   intended RETREAT is CONCEDE.
5. **Status**, nearest cue first: negation right before the trigger (≤ 3 tokens) → negated; a
   condition (إذا، لو، في حال) earlier in the clause → hypothetical; a hope (أمل، نأمل) or intent
   (يعتزم، سوف، من المقرر) cue earlier in the sentence → hoped / intended; inside the scope of a denial
   (نفى … ما تناقلته / «…» / أن …) → denied; inside reported speech whose speaker is not on the
   event's side, or after a claim verb (زعم، نقل، أفاد، بحسب) → claimed; else asserted.
6. **Merging.**  Within a sentence two events of one type with compatible actors are one event (the more
   specific pattern wins).  Within an article, events of one type with the same participants (and
   compatible place and date) are mentions of one event: a claim told in one sentence and denied in
   another becomes one denied event with the claim's reporters and counts.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from hadath.events.lexicon import EventLexicon, ObjectRule, Pattern
from hadath.events.numbers import extract_size, parse_number
from hadath.model import ActorMention, DateMention, PlaceMention, Sentence, Size, Token
from hadath.text.normalize import normalize

# Grammar words (closed classes), normalized.
PREPOSITIONS = frozenset({"علي", "ضد", "مع", "الي", "في", "من", "عن", "حول", "بين", "لدي", "عند", "امام",
                          "بحق", "نحو", "تجاه", "قبل", "لصالح"})
TWO_WORD_PREPS = {("في", "حق"): "في حق", ("من", "قبل"): "من قبل", ("علي", "يد"): "علي يد"}
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "وانه", "فان", "لان"})
BOUNDARY_PUNCT = frozenset({":", "«", "»", '"', "؛", ";", "“", "”"})
CLAUSE_PUNCT = frozenset({"،", ",", ".", "؟", "!"})
QUOTE_MARKS = frozenset({"«", '"', "“"})
QUOTE_PUNCT = frozenset({":", "«", "»", '"', "؛", ";", "“", "”"})
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هولاء", "اولييك"})
PRONOUN_SUBJECTS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "التي", "الذي", "الذين", "ما",
                              "وهذا", "وهذه", "وهو", "وهي", "وذلك", "مما"})
DEMONSTRATIVE_SUBJECTS = frozenset({"هذا", "هذه", "ذلك", "وهذا", "وهذه", "وذلك", "فهذا", "مما"})
CONTAINER_NOUNS = frozenset({"مواقع", "موقع", "مقر", "مقرات", "معسكر", "معسكرات", "منزل", "منازل", "عناصر", "مسلحي",
                             "مقاتلي", "تجمع", "تجمعات", "دوريه", "موكب", "قافله", "مخازن", "مراكز", "مركز", "نقاط",
                             "نقطه", "تنظيم", "جماعه", "حركه", "قوات", "مقار", "سفاره", "قاعده", "ثكنه"})
ADJUNCT_INTRO = frozenset({"خلال", "اثناء", "هامش", "ختام"})
BACKGROUND_INTRO = frozenset({"عقب", "اثر", "بعد", "اعقاب", "لضحايا", "ضحايا"})
LOCATION_PREPS = frozenset({"في", "قرب", "علي", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
                            "غربي", "داخل", "محيط", "ريف", "اطراف", "الي", "وسط", "مدينه", "بلده", "قريه",
                            "محافظه", "منطقه", "ضواحي", "اجتماع", "مؤتمر", "قمه", "محادثات", "مفاوضات",
                            "مدن", "مناطق", "حي", "مخيم"})
AGENT_PREPS = frozenset({"ل", "من قبل", "علي يد"})
DENY_SCOPE_END = frozenset({"»", "،", ",", ":", ".", "؛", '"', "”"})
MEDIA_GENERIC = ("وسائل اعلام", "وسائل الاعلام", "مصادر", "ناشطون", "ناشطين", "تقارير")
NEG_WINDOW = 3
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0640"
LOCATION_WINDOW = 6
SCOPING_ROOTS = frozenset({"02", "03", "05", "09", "10", "11", "12", "13"})
SCOPING_CODES = frozenset({"055", "114"})
FUTURE_ADJECTIVES = frozenset({"المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه"})
MEETING_WORDS = frozenset({"اجتماع", "مؤتمر", "قمه", "محادثات", "مفاوضات", "اجتماعات", "لقاء", "منتدي"})
RECEIVE_WORDS = frozenset({"تلقي", "تلقت", "يتلقي", "تتلقي", "تلقيا", "تلقوا", "استلم", "استلمت"})


@dataclass(slots=True)
class Arg:
    """One argument: an actor mention (or coordinated mentions) with its token range and preposition."""

    mentions: list[ActorMention]
    first: int
    last: int
    prep: str

    def actors(self) -> list[ActorMention]:
        out: list[ActorMention] = []
        for m in self.mentions:
            out.extend(m.members or [m])
        return out


@dataclass(slots=True)
class Speech:
    """A speech or claim cue with its speaker and the token where its content starts."""

    cue_first: int
    cue_last: int
    content_start: int
    content_end: int
    speaker: Arg | None
    claim: bool
    reporters: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Coded:
    """An event found in one sentence, before it becomes a :class:`hadath.model.Event`."""

    pattern: Pattern
    cameo: str
    first: int
    last: int
    trig_start: int
    trig_end: int
    source: list[ActorMention]
    target: list[ActorMention]
    status: str
    reported_by: list[str]
    denied_by: list[str] = field(default_factory=list)
    deny_scope: tuple[int, int] | None = None  # for a denial record: token range it denies
    location: PlaceMention | None = None
    date: DateMention | None = None
    size: Size = field(default_factory=Size)
    mode: str | None = None
    speaker: Arg | None = None
    etype: str = ""
    noun: bool = False
    why: list[str] = field(default_factory=list)


def _norm_forms(tok: Token) -> tuple[str, ...]:
    return tok.forms or (tok.norm,)


def _has_any(tok: Token, words: frozenset[str]) -> bool:
    return any(f in words for f in _norm_forms(tok))


class SentenceCoder:
    """Codes one sentence at a time against an :class:`EventLexicon` (no state between calls)."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        cw = lexicon.cue_words
        self.sport = cw.get("sport", frozenset())
        self.history = cw.get("history", frozenset())
        self.negation = cw.get("negation", frozenset())
        self.prefilter = lexicon.first_words
        self.speech_words = cw.get("speech", frozenset()) | cw.get("claim", frozenset())
        self.stop_words = lexicon.first_words | cw.get("speech", frozenset()) | cw.get("claim", frozenset())

    # ------------------------------------------------------------------ public

    def candidates(self, sent: Sentence) -> bool:
        """Cheap pre-filter: does any token form start a trigger phrase?"""
        first = self.prefilter
        return any(f in first for t in sent.tokens for f in (t.forms or (t.norm,)))

    def code(self, sent: Sentence, entities: Sequence[ActorMention], places: Sequence[PlaceMention],
             dates: Sequence[DateMention], explain: list[str] | None = None, cue_matches: list | None = None
             ) -> list[Coded]:
        tokens = sent.tokens
        if not tokens or not self.candidates(sent):
            if explain is not None:
                explain.append("no trigger word in the sentence")
            return []
        matches = _find_from_first(self.lex.triggers, tokens, self.prefilter)
        if not matches:
            if explain is not None:
                explain.append("trigger words present but no full trigger phrase matched")
            return []
        starts = [t.start for t in tokens]
        cues = self._cues(tokens, cue_matches)
        if cues["sport"] or cues["history"] or self._historical(sent, dates):
            if explain is not None:
                explain.append("sports or history context: nothing coded")
            return []
        args = self._args(tokens, starts, entities)
        speeches = self._speeches(tokens, cues, args)
        out: list[Coded] = []
        for m in matches:
            pattern = self._choose(tokens, m.first, m.last, m.values, m.first_form, explain)
            if pattern is None:
                continue
            noun = self._is_noun_use(tokens, m.first, m.last, pattern, m.first_form)
            coded = self._roles(tokens, m.first, m.last, m.start, pattern, args, noun, explain)
            if coded is None:
                continue
            out.append(coded)
        out = self._drop_adjuncts(tokens, out)
        out = self._drop_embedded(tokens, out, explain)
        for c in out:
            self._status(tokens, c, cues, speeches, out)
            self._future_form(c)
            c.location = self._location(tokens, starts, c, places)
            c.date = self._date(tokens, starts, c, dates)
            if c.pattern.role == "event" and (self.lex.code(c.cameo).quad_class in (2, 4)):
                c.size = extract_size(tokens)
        out = [c for c in out if self._enough(c, explain)]
        return _merge_in_sentence(out)

    @staticmethod
    def _historical(sent: Sentence, dates: Sequence[DateMention]) -> bool:
        """A date more than 30 years before the article's own dates marks history, not news."""
        years = [int(d.value[:4]) for d in dates if d.value and d.value[:4].isdigit()]
        return bool(years) and min(years) < 1990 and max(years) < 1990

    # ------------------------------------------------------------------ triggers

    def _choose(self, tokens: list[Token], first: int, last: int, values: list[Pattern], form: str,
                explain: list[str] | None) -> Pattern | None:
        """The first pattern of a matched phrase whose constraints hold (constrained patterns first)."""
        ordered = sorted(values, key=lambda p: (not (p.needs_before or p.needs_after or p.requires_object),
                                                p.id))
        for p in ordered:
            why = self._reject_reason(tokens, first, last, p, form)
            if why is None:
                return p
            if explain is not None:
                explain.append(f"pattern {p.id} at «{tokens[first].text}»: {why}")
        return None

    def _reject_reason(self, tokens: list[Token], first: int, last: int, p: Pattern, form: str) -> str | None:
        tok = tokens[first]
        if first == last and form in p.verb_forms and _nominal_use(tok, form) and not _listed_noun(p, form):
            return "verb form used as a noun (article, or ل/ب of purpose)"
        if _taa_marbuta_clipped(tok, form):
            return "the word ends in ة: a noun, not the verb (وزارة is not زار)"
        if first == last and form not in p.verb_forms and tok.norm == form + "ي":
            return "an adjective in -ي (اجتماعي is not اجتماع)"
        if p.needs_before:
            lo = max(0, first - p.window)
            if not any(_has_any(tokens[k], p.needs_before) for k in range(lo, first)):
                return "needed light verb / governing word not found before it"
        if p.needs_after:
            hi = min(len(tokens), last + 1 + p.window)
            if not any(_has_any(tokens[k], p.needs_after) for k in range(last + 1, hi)):
                return "needed object word not found after it"
        if p.block_after:
            nxt = [tokens[k] for k in range(last + 1, min(len(tokens), last + 3))]
            if nxt and _has_any(nxt[0], p.block_after):
                return f"blocked by «{nxt[0].text}»"
            if len(nxt) == 2 and f"{nxt[0].norm} {nxt[1].norm}" in p.block_after:
                return f"blocked by «{nxt[0].text} {nxt[1].text}»"
        if p.block_before and first > 0 and _has_any(tokens[first - 1], p.block_before):
            return f"blocked by «{tokens[first - 1].text}» before it"
        if first > 0 and tokens[first - 1].norm in DEMONSTRATIVES and self._is_noun_use(tokens, first, last, p, form):
            return "a demonstrative points back to an event told before"
        return None

    @staticmethod
    def _is_noun_use(tokens: list[Token], first: int, last: int, p: Pattern, form: str) -> bool:
        """Whether this match is a noun (verbal noun, phrase) rather than a finite verb."""
        if last > first or form not in p.verb_forms:
            return True
        return _nominal_use(tokens[first], form)

    def cue_matches(self, tokens: list[Token]) -> list:
        """Cue phrase matches of a sentence (skipped when no token starts a cue)."""
        return _find_from_first(self.lex.cues, tokens, self.lex.cue_first_words, overlapping=True)

    def speech_possible(self, tokens: list[Token]) -> bool:
        """Whether a sentence can hold a quote: quote marks or a speech/claim word."""
        words = self.speech_words
        return any(t.norm in QUOTE_MARKS or any(f in words for f in (t.forms or (t.norm,))) for t in tokens)

    def _cues(self, tokens: list[Token], matches: list | None = None) -> dict[str, list[tuple[int, int]]]:
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in
                                                    ("claim", "speech", "hope", "intent", "negation",
                                                     "condition", "sport", "history", "report_noun")}
        for m in (self.cue_matches(tokens) if matches is None else matches):
            if _taa_marbuta_clipped(tokens[m.first], m.first_form):
                continue
            for kind in set(m.values):
                found[kind].append((m.first, m.last))
        sport_hits = len(found["sport"])
        if sport_hits < 2:  # one sports word alone (هدف = aim) is not a sports context
            found["sport"] = []
        return found

    # ------------------------------------------------------------------ arguments

    def _args(self, tokens: list[Token], starts: list[int], entities: Sequence[ActorMention]) -> list[Arg]:
        units: list[Arg] = []
        for e in sorted(entities, key=lambda x: x.start):
            first = max(0, bisect.bisect_right(starts, e.start) - 1)
            last = max(first, bisect.bisect_left(starts, e.end) - 1)
            units.append(Arg([e], first, last, _prep_of(tokens, first, e, self.stop_words)))
        grouped: list[Arg] = []
        for u in units:
            if grouped and _coordinated(tokens, grouped[-1], u):
                g = grouped[-1]
                g.mentions.extend(u.mentions)
                g.last = u.last
            else:
                grouped.append(u)
        return grouped

    def _speeches(self, tokens: list[Token], cues: dict[str, list[tuple[int, int]]], args: list[Arg]
                  ) -> list[Speech]:
        out: list[Speech] = []
        for kind in ("speech", "claim"):
            for first, last in cues[kind]:
                content = _content_start(tokens, last)
                speaker = _speaker(args, first, last, content)
                reporters = _reporters(tokens, args, first, last, content) if kind == "claim" else []
                out.append(Speech(first, last, content, _content_end(tokens, content), speaker, kind == "claim",
                                  reporters))
        out.sort(key=lambda s: s.cue_first)
        return out

    # ------------------------------------------------------------------ roles

    def _roles(self, tokens: list[Token], first: int, last: int, start: int, p: Pattern, args: list[Arg],
               noun: bool, explain: list[str] | None) -> Coded | None:
        left = _left_boundary(tokens, first)
        right = _right_boundary(tokens, last)
        before = [a for a in args if left <= a.first and a.last < first]
        after = [a for a in args if last < a.first <= right]
        source: Arg | None = None
        target: Arg | None = None
        pronoun_subject = first > 0 and tokens[first - 1].norm in PRONOUN_SUBJECTS
        if not noun and first > 0 and tokens[first - 1].norm in DEMONSTRATIVE_SUBJECTS:
            if explain is not None:
                explain.append(f"pattern {p.id}: its subject is «{tokens[first - 1].text}», a statement, not an actor")
            return None
        if not noun:
            bare_before = [a for a in before if not a.prep and first - a.last <= 8]
            if bare_before and not pronoun_subject:
                source = bare_before[-1]
            else:
                bare_after = [a for a in after if not a.prep and a.first - last <= 6]
                if bare_after:
                    source = bare_after[0]
        else:
            adjacent = after[0] if after and not after[0].prep and after[0].first - last <= 2 else None
            if p.genitive == "source" and adjacent is not None:
                source = adjacent
            elif p.genitive == "target" and adjacent is not None:
                target = adjacent
            if source is None:
                agents = [a for a in after if a.prep in AGENT_PREPS and a.first - last <= 1
                          and a.prep not in p.target_preps]
                if agents:
                    source = agents[0]
            if source is None and p.reciprocal:
                between = next((k for k in range(last + 1, min(len(tokens), last + 4)) if tokens[k].norm == "بين"),
                               None)
                if between is not None:
                    parts = [a for a in after if a.first > between and a.first - between <= 8]
                    if parts:
                        source = parts[0]
            if source is None:
                bare_before = [a for a in before if not a.prep and first - a.last <= 10]
                if bare_before and not pronoun_subject:
                    source = bare_before[-1]
        if target is None:
            for a in after:
                if a is source:
                    continue
                if a.prep and a.prep in p.target_preps:
                    target = a
                    break
        if target is None and p.object_target:
            rest = [a for a in after if a is not source and not a.prep]
            if rest and (source is None or rest[0].first > source.last) and rest[0].first - last <= 8:
                target = rest[0]
        cameo = p.cameo
        mode = None
        if p.objects:
            hit = _find_object(tokens, last, p)
            if hit is not None:
                cameo, mode = hit.cameo, hit.mode
            elif p.requires_object:
                if explain is not None:
                    explain.append(f"pattern {p.id}: no complement that says what was expressed")
                return None
        if p.id == "consult.press_conf" and (target is None or target.prep != "مع"):
            if explain is not None:
                explain.append("press conference without a counterpart (مع …): not a meeting")
            return None
        if target is not None and target.prep == "من" and any(
                _has_any(tokens[k], RECEIVE_WORDS) for k in range(max(0, first - 4), first)):
            source, target = target, source  # تلقى اتصالاً من X: X is the caller
        src = source.actors() if source else []
        tgt = target.actors() if target else []
        tgt = [t for t in tgt if all(t is not s for s in src)]
        if p.reciprocal and not tgt and len(src) >= 2:
            tgt = list(src)  # a joint act: every participant on both sides (the gold's convention)
        if p.requires_target and not tgt:
            if explain is not None:
                explain.append(f"pattern {p.id}: needs a target and none was found")
            return None
        code = self.lex.code(cameo)
        etype = p.type_override or code.plover_type or f"CAMEO:{code.root}"
        mode = mode or p.mode or code.plover_mode
        coded = Coded(p, cameo, first, last, start, tokens[last].end, src, tgt, "asserted", [], mode=mode,
                      etype=etype, noun=noun)
        coded.why.append(f"pattern {p.id} ({p.source_line})")
        if source:
            coded.why.append(f"source «{' + '.join(m.text for m in source.mentions)}» "
                             f"({'before' if source.last < first else 'after'} the trigger"
                             f"{', prep ' + source.prep if source.prep else ''})")
        if target:
            coded.why.append(f"target «{' + '.join(m.text for m in target.mentions)}» (prep {target.prep or 'none'})")
        return coded

    def _drop_embedded(self, tokens: list[Token], events: list[Coded], explain: list[str] | None) -> list[Coded]:
        """An act named inside an appeal, demand, promise, threat, accusation or refusal is its content.

        "هدد بشن عملية"، "رفضت الإفراج عن"، "ندد باقتحام": only the verbal act is coded; the content
        runs to the next clause break.  (Hopes are different: their content is coded with status hoped.)
        """
        scopes: list[tuple[int, int]] = []
        for c in events:
            if c.pattern.role == "event" and (c.cameo[:2] in SCOPING_ROOTS or c.cameo in SCOPING_CODES):
                end = next((k for k in range(c.last + 1, len(tokens)) if tokens[k].norm in (".", "؛", "،", ",")),
                           len(tokens))
                scopes.append((c.last + 1, end))
        if not scopes:
            return events
        keep = []
        for c in events:
            if any(lo <= c.first < hi for lo, hi in scopes):
                if explain is not None:
                    explain.append(f"{c.pattern.id}: content of another act (appeal, threat, refusal …), not coded")
                continue
            keep.append(c)
        return keep

    def _future_form(self, c: Coded) -> None:
        """PLOVER: a future meeting is AGREE (036); an announced future withdrawal is CONCEDE."""
        if c.status != "intended":
            return
        if c.etype == "CONSULT":
            c.cameo, c.etype, c.mode = "036", "AGREE", None
            c.why.append("future meeting or visit: AGREE 036 (PLOVER)")
        elif c.etype == "RETREAT":
            c.etype = "CONCEDE"
            c.why.append("announced future retreat: CONCEDE (PLOVER)")

    def _drop_adjuncts(self, tokens: list[Token], events: list[Coded]) -> list[Coded]:
        keep: list[Coded] = []
        for c in events:
            intro = {tokens[k].norm for k in range(max(0, c.first - 3), c.first)}
            others = [o for o in events if o is not c and o.pattern.role == "event"]
            if c.noun and intro & ADJUNCT_INTRO and others:
                continue
            if c.noun and intro & BACKGROUND_INTRO and not c.pattern.needs_before:
                continue  # "بعد احتجاجات واسعة": a cause told in passing, not the reported act
            keep.append(c)
        return keep

    # ------------------------------------------------------------------ status

    def _status(self, tokens: list[Token], c: Coded, cues: dict[str, list[tuple[int, int]]],
                speeches: list[Speech], events: list[Coded]) -> None:
        clause_start = _clause_start(tokens, c.first)
        light_lo = c.first - c.pattern.window if c.pattern.needs_before else c.first
        for first, last in cues["negation"]:
            if c.first - NEG_WINDOW <= last < c.first or (light_lo <= first < c.first and c.pattern.needs_before
                                                          and first >= c.first - c.pattern.window - NEG_WINDOW):
                c.status = "negated"
                c.why.append(f"negated by «{tokens[first].text}»")
                return
        for first, _last in cues["condition"]:
            if clause_start <= first < c.first:
                c.status = "hypothetical"
                c.why.append(f"condition «{tokens[first].text}» before it")
                return
        for first, _last in cues["intent"]:
            if c.last < first <= c.last + 3 and tokens[first].norm in FUTURE_ADJECTIVES:
                c.status = "intended"
                c.why.append(f"intended: «{tokens[first].text}» (future time)")
                return
        for kind, status in (("hope", "hoped"), ("intent", "intended")):
            for first, last in cues[kind]:
                if clause_start <= first and last < c.first and not (c.pattern.needs_before and first >= light_lo) \
                        and c.pattern.role == "event" and tokens[first].norm not in FUTURE_ADJECTIVES:
                    c.status = status
                    c.why.append(f"{status}: «{tokens[first].text}» before it")
                    return
        light = range(max(0, c.first - c.pattern.window), c.first) if c.pattern.needs_before else range(0)
        if (tokens[c.first].prefix.endswith("س") and not c.noun) or any(
                tokens[k].prefix.endswith("س") and _has_any(tokens[k], c.pattern.needs_before) for k in light):
            c.status = "intended"
            c.why.append("future prefix سـ")
            return
        for d in events:
            if d.pattern.role == "deny" and d is not c and d.deny_scope is None:
                back = {tokens[k].norm for k in range(max(0, d.first - 2), d.first)}
                d.deny_scope = (0, d.first - 1) if back & {"ما", "وهو", "وهذا", "الامر"} else _deny_scope(tokens, d.last)
            if d.pattern.role == "deny" and d is not c and d.deny_scope and d.deny_scope[0] <= c.first <= d.deny_scope[1]:
                c.status = "denied"
                c.denied_by = [_actor_label(a) for a in d.source]
                c.why.append(f"denied by «{tokens[d.first].text}»")
                for s in speeches:
                    if s.claim and d.deny_scope[0] <= s.cue_first <= c.first:
                        c.reported_by.extend(r for r in s.reporters if r not in c.reported_by)
                return
        governing = [s for s in speeches if s.content_start <= c.first <= s.content_end and s.cue_last < c.first]
        if c.pattern.speaker_source and governing and governing[-1].speaker is not None:
            c.target = c.source
            c.source = governing[-1].speaker.actors()
            c.why.append("the speaker is the actor (speaker_source)")
            return
        for s in governing:
            c.speaker = s.speaker
            if s.claim:
                c.status = "claimed"
                c.reported_by.extend(r for r in s.reporters if r not in c.reported_by)
                c.why.append(f"claimed: «{tokens[s.cue_first].text}»")
            elif s.speaker is not None and not _same_side(s.speaker.actors(), c.source):
                c.status = "claimed"
                c.why.append(f"claimed: reported speech of «{s.speaker.mentions[0].text}», not the actor's side")
        if c.status == "asserted" and not governing:
            c.why.append("asserted (no status cue)")

    # ------------------------------------------------------------------ place, date, sufficiency

    def _location(self, tokens: list[Token], starts: list[int], c: Coded, places: Sequence[PlaceMention]
                  ) -> PlaceMention | None:
        actors = c.source + c.target
        best: tuple[int, PlaceMention] | None = None
        for pl in places:
            if any(a.start < pl.end and pl.start < a.end for a in actors):
                continue
            k = max(0, bisect.bisect_right(starts, pl.start) - 1)
            dist = k - c.last if k > c.last else c.first - k
            near_target = bool(c.target) and 0 < pl.start - max(t.end for t in c.target) <= 12
            window = LOCATION_WINDOW if self.lex.code(c.cameo).quad_class in (2, 4) else 3
            if k > 0 and _has_any(tokens[k - 1], MEETING_WORDS):
                window = 10  # "توصلت لاتفاق … خلال اجتماع أستانا": the meeting's place is the event's
            if (dist > window and not near_target) or not _located(tokens, k, pl):
                continue
            rank = dist if k > c.last else dist + 2  # places after the trigger are preferred
            if best is None or rank < best[0]:
                best = (rank, pl)
        return best[1] if best else None

    def _date(self, tokens: list[Token], starts: list[int], c: Coded, dates: Sequence[DateMention]
              ) -> DateMention | None:
        best: tuple[int, DateMention] | None = None
        for d in dates:
            if d.value is None:
                continue
            k = max(0, bisect.bisect_right(starts, d.start) - 1)
            dist = abs(k - c.first)
            if best is None or dist < best[0]:
                best = (dist, d)
        return best[1] if best else None

    def _enough(self, c: Coded, explain: list[str] | None) -> bool:
        has_actor = bool(c.source or c.target)
        if c.status in ("denied", "hoped") and c.pattern.role == "event":
            return True  # the denial or hope says what is meant, with or without a named actor
        if (c.pattern.role != "event" or c.cameo[:2] in ("01", "02")) and not c.source:
            if explain is not None:
                explain.append(f"{c.pattern.id}: a statement/denial needs its speaker")
            return False
        if c.pattern.requires_actor and not has_actor:
            if explain is not None:
                explain.append(f"{c.pattern.id}: no actor found, and this kind of event needs one")
            return False
        if not has_actor and c.location is None and c.size.is_empty():
            if explain is not None:
                explain.append(f"{c.pattern.id}: no actor, place or casualty count: too little to code")
            return False
        return True


# ---------------------------------------------------------------------- helpers (pure)

def _find_from_first(matcher, tokens: list[Token], first_words: frozenset[str], overlapping: bool = False) -> list:
    """``matcher.find`` started at the first token that can begin a phrase (indices stay sentence-wide)."""
    start = next((i for i, t in enumerate(tokens) if any(f in first_words for f in (t.forms or (t.norm,)))), None)
    if start is None:
        return []
    found = matcher.find(tokens[start:] if start else tokens, overlapping=overlapping)
    if start:
        for m in found:
            m.first += start
            m.last += start
    return found


def _taa_marbuta_clipped(tok: Token, form: str) -> bool:
    """A form made by clipping the ة of a noun as if it were a pronoun (الشرطة → شرط, وزارة → زار)."""
    return tok.text.rstrip(_MARKS).endswith("ة") and not form.endswith("ه")


def _nominal_use(tok: Token, form: str) -> bool:
    """A verb-looking form that the article or a ل/ب proclitic marks as a verbal noun (القتل، لدعم)."""
    if not tok.norm.endswith(form) or tok.norm == form:
        return False
    stripped = tok.norm[: len(tok.norm) - len(form)].lstrip("وف")
    if "ال" in stripped:
        return True
    return stripped in ("ل", "ب", "لل") and form[:1] not in ("ي", "ت", "ن")


def _listed_noun(p: Pattern, form: str) -> bool:
    return form in p.noun_forms


def _prep_of(tokens: list[Token], first: int, mention: ActorMention, stop: frozenset[str] = frozenset()) -> str:
    tok = tokens[first]
    clitic = ""
    if mention.start > tok.start:
        clitic = normalize(tok.text[: mention.start - tok.start])
    elif tok.norm not in normalize(f"{mention.name or ''} {mention.text}").split():
        clitic = tok.prefix  # the mention kept its proclitic (لوزير الخارجية)
    clitic = clitic.lstrip("وف")
    if clitic.endswith("ال"):
        clitic = clitic[:-2]
    if clitic in ("ب", "ل", "ك", "لل"):
        return "ل" if clitic == "لل" else clitic
    k = first - 1
    steps = 0
    while k >= 0 and steps < 3:
        norm = tokens[k].norm
        if not tokens[k].is_word:
            if norm in ("«", "(", '"', "“") and k > 0 and k == first - 1:
                prev = tokens[k - 1].norm
                prev = prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in PREPOSITIONS else prev
                return prev if prev in PREPOSITIONS else ""
            return ""
        if norm in COMPLEMENTIZERS or _has_any(tokens[k], stop):
            return ""
        bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 2 and norm[1:] in PREPOSITIONS else norm
        if k > 0 and (tokens[k - 1].norm, bare) in TWO_WORD_PREPS:
            return TWO_WORD_PREPS[(tokens[k - 1].norm, bare)]
        if bare in PREPOSITIONS:
            return bare
        if not _has_any(tokens[k], CONTAINER_NOUNS) and parse_number(tokens, k) is None:
            return ""  # look past container nouns and numbers only: "على مواقع تنظيم داعش"، "على ثلاثة مسؤولين"
        steps += 1
        k -= 1
    return ""


def _coordinated(tokens: list[Token], a: Arg, b: Arg) -> bool:
    """``b`` continues the coordination of ``a`` (روسيا وتركيا، روسيا – تركيا- ايران)."""
    if b.first <= a.last:
        return b.first == a.last and bool(b.mentions[0].start >= a.mentions[-1].end)
    between = tokens[a.last + 1: b.first]
    if len(between) > 2:
        return False
    joiners = {"و", "،", ",", "-", "–", "—", "ـ", "/"}
    ok_between = all(t.norm in joiners for t in between)
    starts_with_and = tokens[b.first].norm.startswith("و") and b.mentions[0].start > tokens[b.first].start
    if not between:
        return starts_with_and and b.prep in ("", "و")
    return ok_between and b.prep == ""


def _content_start(tokens: list[Token], cue_last: int) -> int:
    """Where reported content begins: after أن/إن, a colon or an opening quote within a few tokens."""
    for k in range(cue_last + 1, min(len(tokens), cue_last + 12)):
        norm = tokens[k].norm
        if norm in COMPLEMENTIZERS or norm in (":", "«", '"', "“") or any(f in COMPLEMENTIZERS for f in tokens[k].forms):
            return k + 1
    return cue_last + 1


def _content_end(tokens: list[Token], content: int) -> int:
    """Last token of reported content: the closing quote when it opens with one, else the sentence end."""
    for k in (content - 1, content):
        if 0 <= k < len(tokens) and tokens[k].norm in ("«", '"', "“"):
            close = {"«": "»", '"': '"', "“": "”"}[tokens[k].norm]
            return next((j for j in range(k + 1, len(tokens)) if tokens[j].norm == close), len(tokens) - 1)
    return next((j for j in range(content, len(tokens)) if tokens[j].norm in ("»", '"', "”")), len(tokens) - 1)


def _speaker(args: list[Arg], first: int, last: int, content: int) -> Arg | None:
    """The actor governing a speech verb: after it (VSO, عن X قوله) before the content, else just before."""
    after = [a for a in args if last < a.first < content and a.prep in ("", "عن")]
    if after:
        named = [a for a in after if a.prep == "عن"]
        return named[0] if named else after[0]
    before = [a for a in args if a.last < first and first - a.last <= 4 and a.prep in ("", "ل")]
    return before[-1] if before else None


def _reporters(tokens: list[Token], args: list[Arg], first: int, last: int, content: int) -> list[str]:
    """Outlets, media or sources named by a claim cue (نقلت رويترز، تناقلته وسائل إعلام، بحسب مصادر)."""
    out: list[str] = []
    specific = False
    for a in args:
        if last < a.first <= min(content, last + 6) or (a.last < first and first - a.last <= 4):
            for m in a.actors():
                if m.sector == "MED":
                    generic = not m.country or m.actor_code == "MED"
                    label = m.text if generic else (m.name_latin or m.name or m.text)
                    if label not in out:
                        out.append(label)
                    if not generic:
                        specific = True
    if specific:  # "وكالة «سبوتنيك»": the outlet's name, not the word وكالة
        named = {m.text for a in args for m in a.actors() if m.sector == "MED" and m.country and m.actor_code != "MED"}
        out = [o for o in out if o in named or o not in {m.text for a in args for m in a.actors()}]
    if not out:
        window = " ".join(t.norm for t in tokens[last + 1: min(len(tokens), last + 4)])
        for generic in MEDIA_GENERIC:
            if window.startswith(generic) or f" {generic}" in f" {window}"[: len(generic) + 6]:
                text = " ".join(t.text for t in tokens[last + 1: last + 1 + len(generic.split())])
                out.append(text.strip("«»\"") or generic)
                break
    if not out and tokens[first].norm in ("بحسب", "حسب", "مصادر", "ناشطون", "ناشطين", "تقارير"):
        out.append(tokens[first].text)
    return out


def _left_boundary(tokens: list[Token], first: int) -> int:
    for k in range(first - 1, -1, -1):
        norm = tokens[k].norm
        if norm in BOUNDARY_PUNCT or norm in COMPLEMENTIZERS:
            return k + 1
    return 0


def _right_boundary(tokens: list[Token], last: int) -> int:
    for k in range(last + 1, len(tokens)):
        norm = tokens[k].norm
        if norm in (":", "؛", ";", "«", "»") or norm in COMPLEMENTIZERS:
            return k - 1
    return len(tokens) - 1


def _clause_start(tokens: list[Token], first: int) -> int:
    for k in range(first - 1, -1, -1):
        norm = tokens[k].norm
        if norm in CLAUSE_PUNCT or norm in QUOTE_PUNCT:
            return k + 1
    return 0


def _deny_scope(tokens: list[Token], last: int) -> tuple[int, int]:
    """Tokens a denial covers: to the end of the quoted report, or to the next clause break."""
    end = len(tokens) - 1
    opened = False
    for k in range(last + 1, len(tokens)):
        norm = tokens[k].norm
        if norm in ("«", "“") or (norm == '"' and not opened):
            opened = True
            continue
        if opened and norm in ("»", "”", '"'):
            end = k
            break
        if not opened and norm in DENY_SCOPE_END and k > last + 1:
            end = k
            break
    return last + 1, end


def _find_object(tokens: list[Token], last: int, p: Pattern) -> ObjectRule | None:
    """The first complement after the trigger (within 14 tokens, before a full stop) that refines the code."""
    hi = min(len(tokens), last + 15)
    index = p.object_index
    best: tuple[int, ObjectRule] | None = None
    for k in range(last + 1, hi):
        if tokens[k].norm in (".", "؛") or tokens[k].norm in COMPLEMENTIZERS and k > last + 2:
            break
        for form in _norm_forms(tokens[k]):
            for phrase, rule in index.get(form, ()):
                if _phrase_at(tokens, k, phrase):
                    order = p.objects.index(rule)
                    if best is None or order < best[0]:
                        best = (order, rule)
        if best is not None:
            return best[1]
    return None


def _phrase_at(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    if k + len(phrase) > len(tokens):
        return False
    return all(phrase[i] in _norm_forms(tokens[k + i]) or phrase[i] == tokens[k + i].norm
               for i in range(len(phrase)))


def _located(tokens: list[Token], k: int, place: PlaceMention) -> bool:
    """A place is the event's location when a location preposition (or ب) introduces it."""
    tok = tokens[k]
    if place.start > tok.start or tok.prefix.lstrip("وف").startswith("ب"):
        clitic = tok.norm[: max(0, len(tok.norm) - len(tok.stem))].lstrip("وف")
        if clitic.startswith("ب") or place.start > tok.start:
            return True
    for j in range(k - 1, max(-1, k - 3), -1):
        norm = tokens[j].norm
        bare = norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in LOCATION_PREPS else norm
        if bare in LOCATION_PREPS or any(f in LOCATION_PREPS for f in tokens[j].forms):
            return True
        if not tokens[j].is_word:
            return False
    return False


def _country(m: ActorMention) -> str | None:
    if m.country:
        return m.country
    return m.actor_code[:3] if m.actor_code else None


def _same_side(speakers: list[ActorMention], actors: list[ActorMention]) -> bool:
    """The speaker speaks for the actor: same code, or same country outside the media."""
    if not actors:
        return True
    for s in speakers:
        if s.sector == "MED":
            return False
        for a in actors:
            if s.actor_code and s.actor_code == a.actor_code:
                return True
            if _country(s) and _country(s) == _country(a):
                return True
    return False


def _actor_label(m: ActorMention) -> str:
    return m.actor_code or m.name_latin or m.name or m.text


def participant_key(c_source: list[ActorMention], c_target: list[ActorMention]) -> frozenset[str]:
    """Participants as a set of country roots (or codes): what dedup and reciprocal checks compare."""
    return frozenset(x for x in (_country(a) or a.text for a in c_source + c_target) if x)


def _specificity(c: Coded) -> tuple[int, int, int]:
    """Prefer a pattern that names a mode, then a non-generic code, then the longer phrase."""
    return (1 if c.mode else 0, 0 if c.cameo.endswith("0") else 1, c.last - c.first)


def _merge_in_sentence(events: list[Coded]) -> list[Coded]:
    """Two events of one type, status and compatible actors in a sentence are one event."""
    out: list[Coded] = []
    for c in events:
        merged = False
        for o in out:
            if (_etype(o) == _etype(c) and o.status == c.status and o.pattern.role == c.pattern.role == "event"
                    and _compatible(o.source, c.source)):
                better, worse = (c, o) if _specificity(c) > _specificity(o) else (o, c)
                if not better.source:
                    better.source = worse.source
                if not better.target:
                    better.target = worse.target
                if better.location is None:
                    better.location = worse.location
                if better.size.is_empty():
                    better.size = worse.size
                for r in worse.reported_by:
                    if r not in better.reported_by:
                        better.reported_by.append(r)
                better.why.append(f"merged with pattern {worse.pattern.id} in the same sentence")
                out[out.index(o)] = better
                merged = True
                break
        if not merged:
            out.append(c)
    return out


def _etype(c: Coded) -> str:
    return c.etype


def _compatible(a: list[ActorMention], b: list[ActorMention]) -> bool:
    if not a or not b:
        return True
    return bool(participant_key(a, []) & participant_key(b, []))

