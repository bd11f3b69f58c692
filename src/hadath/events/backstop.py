"""Events the trigger lexicon missed, coded from the learned backstop's sentence type.

The classifier (:mod:`hadath.classify.backstop`) gives each sentence a PLOVER type with a probability.
Where that probability reaches the threshold and the lexicon coded no event of that type in the
sentence, the token whose own features push hardest towards the type becomes the trigger, and the
sentence coder codes it with a synthetic pattern for the type.  Roles, status (claimed, negated,
hypothetical …), the question / fiction / sport / history frames and the actor requirement therefore
apply exactly as to a lexicon match, and an event whose frame the coder rejects is not coded.

The same prediction vetoes: where the classifier is all but certain a sentence reports no event
(P(NONE) ≥ the model's ``veto_threshold``, chosen on the dev split when it was trained), the lexicon's
events there whose source is no state, armed group or organisation are dropped.  On 1,000 real articles
such events (no source, or citizens, firms, media) were markets, administration, sport and commentary whose
verbs look like acts.  An event whose source is a government or an armed group is kept: the classifier has
seen few of their rarer wordings (a spokesman calling reports lies), and a wrong veto there loses a
real act.

The synthetic pattern is derived from the lexicon itself: the type's most specific common CAMEO code
for the predicted mode, and the target prepositions the type's own patterns use.  Such events carry
the pattern id ``backstop.<TYPE>`` so users can tell them from lexicon matches and filter them out.

Precision on real news (one SaudiNewsNet day, 40 of 121 learned events judged by hand: 21 right before,
the 10 removed all wrong, 21 of 30 right after; dev unchanged): the trigger choice rejects words that name
no act — the support noun of قام بـ (قيام), nouns of manner, being, time or place, a military unit, and
grammar words with a clitic — and such a word uses up its try and bars its two neighbours, so the next candidate is
not the rest of the same phrase («بكل حزم» → «حزم»).  For a THREATEN, a word the lexicon reads only as
force (بقصف، استهداف) is the violence, not a threat of it.  And a sentence where the coder set aside a
lexicon act of any type as foiled (أحبطت … هجوما), background or history is not coded by the classifier,
which reads the same sentence as an act.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from hadath.classify.backstop import NONE, PLOVER_TYPES, Backstop
from hadath.events.grammar import NAMED_SKIP_MAX, _definite, _has_any
from hadath.events.lexicon import EventLexicon, Pattern
from hadath.events.roles import SOCIAL_SECTORS
from hadath.model import ActorMention, DateMention, PlaceMention, Sentence, Token
from hadath.text.matcher import PhraseMatch
from hadath.text.normalize import normalize

if TYPE_CHECKING:  # the coder imports this module (is_backstop), so only for the annotations
    from hadath.events.coder import Coded, SentenceCoder

PATTERN_PREFIX = "backstop."
# On the dev gold (999 items) type F1 was .905 .905 .903 at 0.55/0.6/0.7 (.881 without), and .889 at 0.9
# on 1,223 items.  On real news most sentences report no act, so a classifier's small false-positive rate
# meets many more negatives: on 500 SaudiNewsNet articles 0.6 coded 140 events, about a quarter of them
# right when checked by hand, and 0.9 coded 74, about half right — nearly the same right events for half
# the wrong ones.  Precision first: 0.9.
DEFAULT_THRESHOLD = 0.9
# words that never carry an event themselves (speech and attribution verbs, particles, auxiliaries),
# normalized when the coder is built
_NEVER_TRIGGER_WORDS = ((
    "قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اعلن", "اعلنت", "ذكر", "ذكرت", "افاد", "افادت", "اوضح",
    "اوضحت", "اشار", "اشارت", "اليوم", "امس", "ان", "انه", "انها", "الى", "على", "في", "من", "عن", "مع", "بعد",
    "قبل", "كان", "كانت", "قد", "لم", "لن", "بين", "حيث", "خلال", "التي", "الذي", "الذين", "وفق", "بحسب", "حسب",
    "هنا", "هناك", "هذا", "هذه", "ذلك", "تلك", "هولاء", "كما", "ايضا", "لكن", "حتى", "عند", "كل", "بعض", "غير",
    "او", "ثم", "فقد", "لقد", "وقد", "منذ", "نحو", "حول", "لدى", "امام", "دون", "عبر", "ضمن", "اذا", "لو", "الا",
    "يوم", "اليوم", "الاسبوع", "الشهر", "العام", "سنة", "عام", "مساء", "صباح", "الماضي", "المقبل", "الجاري",
    "ذكرت", "إلى", "على", "حتى", "متى", "لدى",
    # conjunctions and time clauses, participles of speech, currencies, units and counts
    "فيما", "بينما", "حين", "حينما", "عندما", "بعدما", "كلما", "طالما", "ريثما", "مثل", "وسط", "جراء",
    "مؤكدا", "مشيرا", "مضيفا", "موضحا", "معتبرا", "مشددا", "لافتا", "مؤكدة", "مشيرة", "مضيفة", "موضحة",
    # intent and decision verbs: the act is the verbal noun after them (تعتزم اليابان تقديم قرض)
    "اعتزم", "اعتزمت", "يعتزم", "تعتزم", "نوى", "نوت", "ينوي", "تنوي", "قرر", "قررت", "يقرر", "تقرر",
    "تستعد", "يستعد", "استعدت", "تخطط", "يخطط", "خططت",
    # claim and report verbs: who tells the act, never the act
    "زعم", "زعمت", "زعموا", "يزعم", "تزعم", "نقل", "نقلت", "نقلا", "أورد", "أوردت", "أوردته", "كشف", "كشفت",
    "أبلغ", "أبلغت", "أبلغه", "أبلغها", "أبلغهم", "وأبلغه", "وأبلغها", "يبلغ", "تبلغ",  # informing (round 85)
    "سنويا", "يوميا", "شهريا", "أسبوعيا", "حاليا", "مؤخرا", "مبدئيا", "رسميا",  # adverbs (round 86)
    "الإرهابي", "الإرهابية", "للإرهابي", "الإرهابيين", "المسلح", "المسلحة",  # adjectives of the act (round 87)
    "اليورو", "يورو", "الدولار", "دولار", "دولارا", "الريال", "ريال", "مليار", "مليارات", "مليون", "ملايين",
    "الف", "آلاف", "طن", "طنا", "اطنان", "المئة", "بالمئة", "كيلومتر", "كيلومترا", "ساعة", "ساعات", "ايام",
    "اسابيع", "اشهر", "سنوات", "دقيقة", "دقائق", "وقت", "الوقت", "سابق",
    # number words: a count next to the act, never the act
    "ثلاث", "ثلاثة", "اربع", "اربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع",
    "تسعة", "عشر", "عشرة", "عشرات", "مئات", "اثنين", "اثنان", "اثنتين",
))
# words that name no act although they look like content words, normalized with their clitics: the
# support noun of قام بـ (قيام الميليشيات بأي أعمال: the act, if any, is the noun after بـ), nouns of manner
# (بكل حزم، بشدة), of being (وجود، تواجد) and of a military unit or rank (لواء المظليين).  On real news the
# classifier leaned on them in conditionals, warnings and descriptions telling no act.  A word here also bars
# its two neighbours: they are the phrase the classifier was reading (بكل حزم), not an act beside it.
_NON_ACT_WORDS = (
    "قيام", "القيام", "بالقيام", "بقيام", "وقيام", "وبقيام", "لقيام", "للقيام",
    "حزم", "بحزم", "الحزم", "بكل", "وبكل", "شدة", "بشدة", "الشدة", "صرامة", "بصرامة", "بقوة",
    "وجود", "الوجود", "بوجود", "لوجود", "ووجود", "تواجد", "بتواجد", "لتواجد", "وتواجد",
    "لواء", "اللواء", "ولواء", "كتيبة", "الكتيبة", "فوج", "الفوج",
    # grammar words with a clitic the never-list misses (في حال قامت بذلك، هكذا), and nouns of time,
    # nationality, place or suspicion (خلال الفترة، جنسيات أخرى، البحر الأحمر، المشتبه بهم)
    "لكل", "ولكل", "بذلك", "وبذلك", "لذلك", "ولذلك", "هكذا", "وهكذا", "كذلك", "وكذلك", "فترة", "الفترة", "لفترة",
    "بفترة", "جنسيات", "الجنسيات", "البحر", "بالبحر", "المشتبه", "والمشتبه",
    # prepositions carrying a pronoun (التي وجه بها خادم الحرمين: the aid it refers to, not an act)
    "بها", "به", "بهم", "لها", "له", "لهم", "منها", "منه", "منهم", "عنها", "عنه", "عنهم", "فيها", "فيه", "فيهم",
    "عليها", "عليه", "عليهم", "اليها", "اليه", "اليهم", "معها", "معه", "معهم",
)
# Words of force or harm (normalized by the coder's rule: ة→ه، أ→ا): an ASSAULT needs one in its sentence
FORCE_CUES = frozenset(normalize(w) for w in (
    "قتل", "مقتل", "قتلى", "قتيل", "قتيلا", "مصرع", "حتفه", "حتفهم", "مصرعه", "مصرعهم", "استشهاد", "شهيد", "شهداء",
    "جرحى", "جريح", "إصابة", "إصابات", "أصيب", "مصاب", "مصابين", "جراح", "بجروح", "هجوم", "هجمات", "اعتداء", "عدوان",
    "غارة", "غارات", "قصف", "ضربة", "ضربات", "انفجار", "تفجير", "تفجيرات", "عبوة", "ناسفة", "مفخخة", "انتحاري",
    "صاروخ", "صواريخ", "قذيفة", "قذائف", "هاون", "رصاص", "نيران", "النار", "مسلح", "مسلحين", "مسلحون", "سلاح",
    "أسلحة", "كمين", "اشتباك", "اشتباكات", "معارك", "معركة", "قتال", "اغتيال", "اختطاف", "خطف", "رهائن", "مجزرة",
    "مذبحة", "إعدام", "تعذيب", "حرق", "أحرق", "دمر", "تدمير", "هدم", "استهداف", "استهدف", "طعن", "ذبح", "دهس",
    "اقتحام", "اقتحم", "حرب", "الحرب", "عملية", "عمليات", "إرهابي", "الإرهابي", "جنود", "الجيش", "القوات",
    "مقاتلات", "طائرات", "مدفعية", "دبابة", "دبابات", "لغم", "ألغام", "قنبلة", "قنابل", "اعتقال", "احتجاز", "عنف",
    "الشرطة", "شرطة", "ميليشيات", "مليشيات", "الميليشيات", "المليشيات", "مسلحة", "المسلحة",
))
_NOUN_ENDINGS = ("ة", "ات", "ية", "يه")
_POSSESSED_ENDINGS = ("تها", "تهم", "تهما", "تنا", "تكم")
MIN_TRIGGER_SCORE = 1.5  # the trigger word's own margin for the type over NONE (log-odds units)
TRIGGER_TRIES = 2  # candidate trigger words tried, best first (dev: 2 beat 1, 3 and 5 on F1)
_SHARE_FOR_PREP = 0.2  # a target preposition used by at least this share of the type's patterns


@dataclass(slots=True)
class BackstopCoder:
    """Finds, for sentences the classifier is sure about, the trigger and pattern to code them with."""

    backstop: Backstop
    lexicon: EventLexicon
    threshold: float = DEFAULT_THRESHOLD
    veto_threshold: float | None = None  # P(NONE) from which the lexicon's events are dropped; None: no veto
    _patterns: dict[tuple[str, str | None], Pattern | None] = field(default_factory=dict, init=False, repr=False)
    _never: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    _non_acts: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        self._never = frozenset(normalize(w) for w in _NEVER_TRIGGER_WORDS)
        self._non_acts = frozenset(normalize(w) for w in _NON_ACT_WORDS)

    def predict(self, sentences: Sequence[Sentence]) -> list[tuple[str, str | None, float]]:
        """(kind, mode, probability) per sentence, one batched call."""
        return self.backstop.predict([s.tokens for s in sentences]) if sentences else []

    def confident(self, prediction: tuple[str, str | None, float]) -> bool:
        kind, _mode, p = prediction
        return kind in PLOVER_TYPES and p >= self.threshold

    def vetoes(self, prediction: tuple[str, str | None, float]) -> bool:
        """Whether the classifier is sure enough the sentence reports no event to drop the lexicon's."""
        kind, _mode, p = prediction
        return self.veto_threshold is not None and kind == NONE and p >= self.veto_threshold

    def veto(self, coded: Sequence[Coded], prediction: tuple[str, str | None, float]) -> list[Coded]:
        """``coded`` without the events a confident NONE drops: those with no political source."""
        if not coded or not self.vetoes(prediction):
            return list(coded)
        return [c for c in coded if _political_source(c.source)]

    def match(self, sent: Sentence, kind: str, mode: str | None, entities: Sequence[ActorMention],
              places: Sequence[PlaceMention], dates: Sequence[DateMention]) -> PhraseMatch[Pattern] | None:
        """The forced trigger match for ``kind`` in ``sent``, or None when no word carries the decision."""
        found = self.matches(sent, kind, mode, entities, places, dates)
        return found[0] if found else None

    def matches(self, sent: Sentence, kind: str, mode: str | None, entities: Sequence[ActorMention],
                places: Sequence[PlaceMention], dates: Sequence[DateMention]) -> list[PhraseMatch[Pattern]]:
        """Candidate trigger matches for ``kind``, best first: the content words whose own features push
        hardest towards the type (at most ``TRIGGER_TRIES``).

        The single highest-scoring word is often a noun next to the act (the cargo of an aid shipment, the
        object of a strike) from which the coder cannot reach the actor; the next candidates, usually the
        verb or verbal noun, are tried after it.
        """
        base = self.pattern(kind, mode)
        tokens = sent.tokens
        if base is None or not tokens:
            return []
        taken = [(m.start, m.end) for m in (*entities, *places, *dates)]
        scores = self.backstop.token_scores(tokens, kind)
        force = self._force_words(tokens, kind)
        barred: set[int] = set()
        out: list[PhraseMatch[Pattern]] = []
        tries = 0
        for i in sorted(range(len(tokens)), key=lambda j: -scores[j]):
            tok = tokens[i]
            # the word the decision rests on must itself be able to carry an act; a function word, a name
            # or a possessed noun means the classifier is reading context, not an event
            if scores[i] < MIN_TRIGGER_SCORE or tries >= TRIGGER_TRIES:
                break
            if i in force or tok.norm in self._non_acts or (tok.stem or tok.norm) in self._non_acts:
                # a word naming no act (or, for a threat, the violence itself) uses up its try, and its phrase
                # goes with it: «بكل حزم» is not the act «حزم», «بقصف أهداف» not the threat «أهداف»
                tries += 1
                barred.update((i - 1, i + 1))
                continue
            if i in barred or not _candidate(tok, self._never) \
                    or any(s <= tok.start < e for s, e in taken) or (i > 0 and _attributive(tok, tokens[i - 1])):
                continue
            form = tok.norm  # the whole word: a split-off "proclitic" may be the word's own first letter (سيطرة)
            if _verb_like(tok):
                # ستسحب is the future of تسحب: the verb form leaves the سـ to the coder's future rule
                verb = form[len(tok.prefix):] if tok.prefix.endswith("س") else form
                out.append(PhraseMatch(i, i, [replace(base, verb_forms=frozenset((verb,)))], verb, tok.start, tok.end))
            else:
                out.append(PhraseMatch(i, i, [replace(base, verb_forms=frozenset())], form, tok.start, tok.end))
            tries += 1
        return out

    def _force_words(self, tokens: Sequence[Token], kind: str) -> set[int]:
        """For a THREATEN, the tokens inside a lexicon trigger that reads only as force («قامت بقصف أهداف»,
        «واستهداف المنشآت»): a threat is told by a word of threatening (هدد، توعد، حذر), the violence it names
        is its content; where that word stands alone the sentence reports the violence, which the lexicon
        coded or set aside by its own rules.  Other types are not checked: the lexicon's type of a word is
        often not the sentence's (سحب سفيره احتجاجاً is a sanction, نزع السلاح a retreat)."""
        if kind != "THREATEN":
            return set()
        lex = self.lexicon
        kinds: dict[int, set[str | None]] = {}
        for m in lex.triggers.find(tokens, overlapping=True):
            types = {p.type_override or lex.code(p.cameo).plover_type for p in m.values if p.role == "event"}
            for j in range(m.first, m.last + 1):
                kinds.setdefault(j, set()).update(types)
        return {j for j, types in kinds.items() if types == {"ASSAULT"}}

    def code_missed(self, coder: SentenceCoder, sent: Sentence, coded: Sequence[Coded],
                    prediction: tuple[str, str | None, float], entities: Sequence[ActorMention],
                    places: Sequence[PlaceMention], dates: Sequence[DateMention], published: date | None = None,
                    explain: list[str] | None = None) -> list[Coded]:
        """The classifier's type for a sentence, coded by ``coder``, when it is confident and the lexicon
        (``coded``) found nothing of that type; candidate triggers are tried best first until the coder
        accepts one.  ``explain`` collects why or why not."""
        kind, mode, _p = prediction
        if not self.confident(prediction) or any(c.etype == kind for c in coded):
            return []
        if kind == "ASSAULT" and not any(not FORCE_CUES.isdisjoint(t.forms or (t.norm,)) for t in sent.tokens):
            # round 45: "ثم منازل أمير خان"، "49 مسجداً في غانا"، "وسيضاف طيران القطرية": with no word of force
            # or harm anywhere in the sentence, a confident ASSAULT is a misreading of the words around
            if explain is not None:
                explain.append("classifier: no word of force or harm in the sentence (nothing coded)")
            return []
        if self._lexicon_judged(coder, sent, kind, entities, places, dates, published):
            if explain is not None:
                explain.append(f"classifier: the lexicon found a {kind} word here and the coder's rules set it aside")
            return []
        # a word that already triggers a lexicon event is that event's ("يزور" of a visit is not an agreement)
        used = {i for c in coded for i in range(c.first, c.last + 1)} | _light_verbs(sent.tokens, coded)
        candidates = [m for m in self.matches(sent, kind, mode, entities, places, dates) if m.first not in used]
        if not candidates:
            if explain is not None:
                explain.append("classifier: no content word carries the type (nothing coded)")
            return []
        for match in candidates:
            if explain is not None:
                explain.append(f"classifier: trigger «{sent.tokens[match.first].text}» for the missed {kind}")
            extra = coder.code(sent, entities, places, dates, explain=explain, forced=[match], published=published)
            found = [c for c in extra if c.etype == kind]
            if found:
                return found
        return []

    def _lexicon_judged(self, coder: SentenceCoder, sent: Sentence, kind: str, entities: Sequence[ActorMention],
                        places: Sequence[PlaceMention], dates: Sequence[DateMention], published: date | None) -> bool:
        """Whether the coder coded a lexicon trigger of ``kind`` here and then set it aside by a rule
        (background, a frame, a plan's content, no actor …): a weaker word must not bring back what its rules
        dropped.  A lexicon word whose pattern constraints failed was never an act of that kind, so the
        classifier may still find one."""
        starts = coder.trigger_starts(sent.tokens)
        if not starts:
            return False
        lex = self.lexicon
        found = [p for m in lex.triggers.find(sent.tokens, starts=starts) for p in m.values if p.role == "event"]
        if not found:
            return False
        ids = {p.id for p in found if (p.type_override or lex.code(p.cameo).plover_type) == kind}
        every = {p.id for p in found}
        why: list[str] = []
        coder.code(sent, entities, places, dates, explain=why, published=published)
        # an act set aside for want of an actor is not judged: the learned pattern finds its roles afresh; a
        # word its pattern blocks explicitly (مقترح بشأن الاعتراف) was judged no act
        blocked = {f"pattern {i} at" for i in ids}
        return any((line.split(": ", 1)[0] in ids and "no actor" not in line and "needs its speaker" not in line)
                   or ("blocked by" in line and line.split(" «", 1)[0] in blocked)
                   or (line.split(": ", 1)[0] in every and _frame_dropped(line)) for line in why)

    def pattern(self, kind: str, mode: str | None) -> Pattern | None:
        """The synthetic pattern for a type and mode, built once from the lexicon."""
        key = (kind, mode)
        if key not in self._patterns:
            self._patterns[key] = _synthesize(self.lexicon, kind, mode)
        return self._patterns[key]


# the coder's reasons for setting an act aside that speak for the whole sentence: a foiled act (أحبطت
# الأجهزة هجوما) and background or history; the classifier reads the same sentence as reporting an act
_FRAME_DROPS = ("a thwarted act", ": background", ": history")


def _frame_dropped(line: str) -> bool:
    """Whether an explain line says a lexicon act was set aside as foiled, background or history."""
    return any(part in line for part in _FRAME_DROPS)


# sectors that act as people, not for a state or a cause: the veto may drop their events
_VETOABLE_SECTORS = SOCIAL_SECTORS | {"MED", "SPT", "LAB", "REL"}


def _political_source(source: Sequence[ActorMention]) -> bool:
    """Whether a coded source acts for a state, an armed group, a party or an organisation, not as
    citizens, a business, media or a profession (SAUGOV, YEMREBHOU, IGOUNO, USA — not EGYBUS, CVL)."""
    for mention in source:
        for code in [m.actor_code for m in mention.members] or [mention.actor_code]:
            if code and (code[3:6] if len(code) >= 6 else code[:3]) not in _VETOABLE_SECTORS:
                return True
    return False


def _light_verbs(tokens: Sequence[Token], coded: Sequence[Coded]) -> set[int]:
    """Round 172: the light verb each coded noun act needed (بعث … ببرقية تهنئة), its window stretched as the
    coder's is past names and titles: that word carries the act the lexicon coded, not a second one."""
    out: set[int] = set()
    for c in (c for c in coded if c.noun and c.pattern.needs_before):
        reach = range(c.first - 1, max(-1, c.first - 1 - c.pattern.window - NAMED_SKIP_MAX), -1)
        out.update(next(([k] for k in reach if _has_any(tokens[k], c.pattern.needs_before)), []))
    return out


def is_backstop(pattern_id: str) -> bool:
    return pattern_id.startswith(PATTERN_PREFIX)


def _candidate(tok: Token, never: frozenset[str]) -> bool:
    """A content word that can carry an act: not a function word, not a noun with a possessive
    (سيطرتها، قدراتهم name a state or a capacity, the lexicon rejects them likewise)."""
    norm = tok.norm
    return len(norm) >= 3 and norm[0].isalpha() and norm not in never \
        and (tok.stem or norm) not in never and not norm.endswith(_POSSESSED_ENDINGS) \
        and not _definite_describer(tok)


def _definite_describer(tok: Token) -> bool:
    """A definite nisba adjective (الإغاثية، الغذائية) or plural participle (المصابين، المجتمعون) describes
    a thing or names people; on real news the classifier leaned on such words for sentences telling no act."""
    norm = tok.norm
    definite = tok.prefix.endswith("ال") or norm.startswith(("ال", "وال", "فال", "بال", "لل"))
    if not definite:
        return False
    stem = tok.stem or norm
    return norm.endswith("يه") or (stem.startswith("م") and stem.endswith(("ين", "ون")))


def _attributive(tok: Token, prev: Token) -> bool:
    """A feminine adjective agreeing with the noun before it (أسلحة نووية، قوات مشتركة، الجماعات المتطرفة,
    عمليات إرهابية) describes that noun and cannot carry an act; on real news the classifier leaned on such
    words in sentences telling none.  Agreement means: the noun before is feminine or a plural in ات, both
    share definiteness, and the word is a nisba (…ية), an adjective of the pattern فعيلة (العلاقات الوثيقة) or a
    participle (م…ة) that is not a form III verbal noun (مواجهة، مداهمة, which do name acts)."""
    stem, before = tok.stem or tok.norm, prev.stem or prev.norm
    if len(stem) < 4 or not before.endswith(("ه", "ات")) or _definite(tok) != _definite(prev):
        return False
    if stem.endswith("يه"):
        return not stem.startswith("ت")  # تسوية، تنمية: form II verbal nouns of weak verbs
    if any(len(w) == 5 and w[2] == "ي" and w[4] == "ه" for w in (stem, tok.norm)):
        return True  # فعيلة: العلاقات الوثيقة، علاقات وطيدة (whose و the stem guess takes for a conjunction)
    return stem.startswith("م") and stem.endswith("ه") and len(stem) >= 5 and stem[2] != "ا"


def _verb_like(tok: Token) -> bool:
    """A finite verb rather than a noun: no article or preposition, no noun ending (ة، ات، ية), and
    not a feminine noun with a possessive (سيطرتها، موافقتهم)."""
    norm = tok.norm
    if norm.startswith(("ال", "وال", "فال", "بال", "لل", "ول", "وب")) or tok.prefix.endswith(("ب", "ل", "ال")):
        return False
    return not norm.endswith(_NOUN_ENDINGS) and not norm.endswith(_POSSESSED_ENDINGS)


def _synthesize(lexicon: EventLexicon, kind: str, mode: str | None) -> Pattern | None:
    codes = [c for c in lexicon.codes.values() if c.plover_type == kind and len(c.code) >= 3]
    if not codes:
        return None
    with_mode = [c for c in codes if c.plover_mode == mode] if mode else []
    generic = [c for c in codes if not c.plover_mode] or codes
    code = min(with_mode or generic, key=lambda c: (len(c.code), c.code))
    own = [p for p in lexicon.patterns.values()
           if p.role == "event" and (p.type_override or lexicon.code(p.cameo).plover_type) == kind]
    preps: Counter[str] = Counter(prep for p in own for prep in p.target_preps)
    n = max(1, len(own))
    genitives = Counter(p.genitive for p in own if p.genitive)
    genitive = genitives.most_common(1)[0][0] if genitives and genitives.most_common(1)[0][1] >= 0.3 * n else None
    return Pattern(
        id=f"{PATTERN_PREFIX}{kind}", cameo=code.code, pos="verb", mode=mode if with_mode else None,
        target_preps=frozenset(p for p, c in preps.items() if c >= _SHARE_FOR_PREP * n),
        object_target=sum(p.object_target for p in own) >= 0.5 * n,
        genitive=genitive,
        requires_actor=code.quad_class in (1, 3),
        source_line="learned backstop",
    )
