"""Closed-class words and token tests that several of the coder's rule modules share."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from hadath.actors.coder import HONORIFICS
from hadath.events.lexicon import Pattern
from hadath.events.records import Arg, Coded, Speech
from hadath.events.roles import answering_state
from hadath.model import ActorMention, Token
from hadath.text.normalize import normalize

# Grammar words (closed classes), normalized.
PREPOSITIONS = frozenset({"علي", "ضد", "مع", "الي", "في", "من", "عن", "حول", "بين", "لدي", "عند", "امام",
                          "بحق", "نحو", "تجاه", "قبل", "لصالح"})
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "وانه", "فان", "لان"})
BOUNDARY_PUNCT = frozenset({":", "«", "»", '"', "؛", ";", "“", "”"})
CLAUSE_PUNCT = frozenset({"،", ",", ".", "؟", "!"})
QUOTE_MARKS = frozenset({"«", '"', "“"})
OPENING_QUOTES = QUOTE_MARKS | frozenset({"("})  # a quoted or bracketed name opens with one of these
SENTENCE_STOPS = frozenset({".", "؛", ";"})  # ends of a sentence or of a clause set apart by a semicolon
QUOTE_PUNCT = frozenset({":", "«", "»", '"', "؛", ";", "“", "”"})
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0640"
RECEIVE_WORDS = frozenset({"تلقي", "تلقت", "يتلقي", "تتلقي", "تلقيا", "تلقوا", "استلم", "استلمت", "تسلم", "تسلمت",
                           "يتسلم", "تتسلم"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
SPONSOR_WORDS = frozenset({"رعايه", "برعايه", "وساطه", "بوساطه", "حضور", "بحضور", "مشاركه", "بمشاركه", "اشراف",
                           "باشراف", "بدعوه", "دعوه", "بحمايه", "حمايه"})
PRONOUN_COMPLEMENTIZERS = frozenset({"انها", "انه", "انهم", "بانها", "بانه", "بانهم", "وانها", "وانه", "انهما"})


def _words(*items: str) -> frozenset[str]:
    """Normalized closed-class word sets, written in ordinary spelling."""
    return frozenset(normalize(w) for w in items)


RELATIVES = _words("التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي")
# "what" with its preposition (أشاد بما قدمه رماة السعودية، عبّر عما لقيه): the clause after it is the verb's object
WHAT_RELATIVES = _words("بما", "مما", "عما", "لما")
# an honorific with its pronoun stands for a person already named (وحثّ سموه المتطوعين، وقدّم معاليه الشكر): the
# actor stage's own honorifics (which it resolves to that person when it can), and «سماحته» of a cleric
HONORIFIC_PRONOUNS = frozenset(HONORIFICS) | _words("سماحته")
APODOSIS = _words("فإن", "فإنه", "فإنها", "فإنهم", "فسوف", "فلن")
CONTRAST_WORDS = _words("فيما", "بينما", "وفيما", "وبينما")
# "قُتل … في غارة"، "بمقتل … في هجوم": the killing is the attack's toll, told before the attack itself.
CASUALTY_PATTERNS = frozenset({"assault.kill", "assault.massacre"})
# words that link a toll to the attack that caused it (قُتل ثلاثة جنود في هجوم، جراء القصف)
TOLL_LINKS = _words("في", "جراء", "إثر", "اثر", "بسبب", "خلال")


def _norm_forms(tok: Token) -> tuple[str, ...]:
    return tok.forms or (tok.norm,)


def _has_any(tok: Token, words: frozenset[str]) -> bool:
    """Whether any form of the token is one of ``words`` (one C-level set test: called ~100 places, per token)."""
    return not words.isdisjoint(tok.forms or (tok.norm,))


def _word_before(tokens: Sequence[Token], first: int, words: frozenset[str], reach: int,
                 past_commas: bool = False) -> int | None:
    """The index of the nearest of ``words`` within ``reach`` tokens before ``first``, in the same clause (or past
    the commas of an aside, with ``past_commas``); None when there is none."""
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        if tokens[k].norm in CLAUSE_PUNCT and not (past_commas and tokens[k].norm in ("،", ",")):
            return None
        if _has_any(tokens[k], words):
            return k
    return None


def _consequence_roles(c: Coded, speeches: Sequence[Speech], events: Sequence[Coded], args: Sequence[Arg]
                       ) -> None:
    """"ستدفع أي دولة … ثمناً باهظاً، قال وزير الدفاع"، "إذا استهدفت إسرائيل منشآتنا فإن ردنا سيكون …": the
    speaker threatens; the one who will pay or face it (the verb's subject, else the actor of the
    condition) is threatened.  With no speaker named, nobody is known to threaten."""
    speaker = next((s.speaker for s in speeches if s.speaker is not None and not s.claim), None)
    if speaker is None:  # "…، قال وزير الدفاع الإيراني.": the speech verb follows what was said
        speaker = next((a for s in speeches if s.cue_first > c.last and not s.claim for a in args
                        if not a.prep and s.cue_last < a.first <= s.cue_last + 3), None)
    subject = list(c.source)
    c.source = speaker.actors() if speaker is not None else []
    codes = {m.actor_code for m in c.source}
    if not subject or any(m.actor_code in codes for m in subject):
        subject = answering_state(next((list(o.source) for o in events if o is not c and o.first < c.first
                                        and o.source), []))
    c.target = [m for m in subject if m.actor_code not in codes]
    c.why.append("a promised consequence: the speaker threatens, the one who will face it is the target")


def _light_verb_at(tokens: Sequence[Token], first: int, p: Pattern, past_asides: bool = False) -> int | None:
    """The nearest light verb of the pattern (سلّم، فرض، قدّم) in the 12 words before a noun trigger, within its
    clause.  ``past_asides`` looks 25 words back across the commas of an aside (لم يتوصل الوفدان، في الجولة
    الرابعة …، إلى تفاهم), up to a full stop or a complementizer: for the negation of that light verb."""
    if not p.needs_before:
        return None
    reach, stops = (25, ASIDE_STOPS) if past_asides else (12, CLAUSE_PUNCT)
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        if tokens[k].norm in stops or (past_asides and tokens[k].norm in COMPLEMENTIZERS):
            return None
        if _has_any(tokens[k], p.needs_before):
            return k
    return None


ASIDE_STOPS = frozenset({".", "؛", ";", ":"})


def _apodosis(tok: Token) -> bool:
    """The main clause after a condition opens with فـ: فإن، فسوف، فسنستهدف (a future after فـ)."""
    if not tok.norm.startswith("ف"):
        return False
    forms = set(_norm_forms(tok))
    return tok.norm in APODOSIS or any(f.startswith("س") and len(f) > 3 and f[1:] in forms for f in forms)


def _same_country(speakers: list[ActorMention], actors: list[ActorMention]) -> bool:
    own = {_country(s) for s in speakers} - {None}
    return bool(own) and any(_country(a) in own for a in actors)


def _taa_marbuta_clipped(tok: Token, form: str) -> bool:
    """A form made by clipping the ة of a noun as if it were a pronoun (الشرطة → شرط, وزارة → زار)."""
    return tok.text.rstrip(_MARKS).endswith("ة") and not form.endswith("ه")


ORDER_VERBS = _words("أمر", "أمرت", "يأمر", "تأمر", "أوعز", "أوعزت", "يوعز", "وجه", "وجهت")  # (not توجه: heads to)


def governing_speech(speeches: list[Speech], c: Coded) -> list[Speech]:
    """The speech or claim cues whose content holds the event."""
    return [s for s in speeches if s.content_start <= c.first <= s.content_end and s.cue_last < c.first]


def _consequential_ma(tokens: Sequence[Token], k: int) -> bool:
    """«، ما» + a verb: "which (then) …", the earlier clause as the subject of what it caused (… بنيران كثيفة، ما
    دعاهم للتراجع; … ، ما قتل خمسة), like «مما»; news prose negates a past act with «لم», not «ما»."""
    return tokens[k].norm == "ما" and k > 0 and tokens[k - 1].norm in ("،", ",")


def _negating_ma(tokens: Sequence[Token], k: int) -> bool:
    """«ما» heading its clause right before a bare verb negates it (ما قصفت الطائرات); the relative «ما»
    (ما قصفته الطائرات، بما، مما) carries a resumptive pronoun or follows a word, so the caller checks
    the verb is bare and here the particle must open the sentence or follow clause punctuation."""
    if tokens[k].norm not in ("ما", "وما", "فما") or _consequential_ma(tokens, k):
        return False
    if k == 0 or tokens[k].norm != "ما" or tokens[k - 1].norm in CLAUSE_PUNCT or tokens[k - 1].norm in QUOTE_PUNCT:
        return True
    # "قال إن الطيران الروسي ما استهدف …": after the reported clause's own subject, right after إنّ/أنّ
    prev = tokens[k - 1].norm
    return prev.startswith("ال") and prev not in RELATIVES and any(
        tokens[j].norm in ("ان", "انه", "انها", "بان") for j in range(max(0, k - 5), k - 1))


def _bare_word(tok: Token) -> str:
    """The token without a leading و/ف (وتضامناً → تضامنا)."""
    return tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm


def _definite(tok: Token) -> bool:
    """The token carries the article, bare or after a proclitic (المنظمة، والمنظمة، بالمنظمة، للمنظمة)."""
    return tok.prefix.endswith("ال") or tok.norm.startswith(("ال", "وال", "فال", "بال", "لل"))


NAMED_SKIP_MAX = 24  # tokens of names and dates a window may look past (a verb-first subject with titles)

BACKGROUND_SCOPE = frozenset({"عقب", "اثر", "بعد", "اعقاب", "خلفيه", "ردا"})
BACKGROUND_REACH = 12  # a background clause's act stands this many tokens after its intro at most


def _joined_by_wa(tok: Token) -> bool:
    """A word carrying the conjunction و (وحظر، ووقف), whether or not the tokenizer split it off (وقف، وضع are
    whole words: no form without the و)."""
    return tok.prefix.lstrip("ف")[:1] == "و" or (tok.norm[:1] == "و" and tok.norm[1:] in _norm_forms(tok))


def _conjoined_future(tokens: Sequence[Token], c: Coded) -> bool:
    """Section 23: a future verb joined by و (وستفرض عقوبات، وسيسحب، وسوف تفرض), the trigger or the light verb
    of a noun trigger: the subject's next act, with an object of its own, not the content of the act before."""
    k = c.first if not c.noun else _light_verb_at(tokens, c.first, c.pattern)
    if k is None or k == 0 or (c.noun and k == c.first):
        return False
    tok = tokens[k]
    if tok.prefix.lstrip("ف") == "وس" and tok.stem[:1] in IMPERFECT_PREFIXES:
        return True
    return tokens[k - 1].norm in ("وسوف", "فسوف") and tok.norm[:1] in IMPERFECT_PREFIXES


IMPERFECT_PREFIXES = frozenset("تينا")


def _has_pronoun_suffix_norm(norm: str) -> bool:
    """A verbal noun carrying a possessive pronoun (زيارته، لقائها، مباحثاته)."""
    # (normalized: the ة before a pronoun is ت, the ئ of لقائه is ي; a bare زياره ends in ه and is no possessive)
    return norm.endswith(("ته", "تها", "تهم", "تهما", "ايه", "ايها", "ايهم"))


# a blessing after a ruler's name, between dashes («الملك سلمان - حفظه الله -»): read past like the name
BLESSING_WORDS = frozenset({"حفظه", "حفظها", "رعاه", "ايده", "يحفظه", "يرعاه", "الله", "-", "", "،", ","})  # "": ــ
# «chaired by»: the party after it heads a meeting, nobody it meets (parties._chaired_by, senses' routine sessions)
CHAIR_WORDS = _words("برئاسة", "وبرئاسة", "برئاسته", "برئاستها")
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ال"})  # (normalized آل: a bare «ال» token is the family word)


def _window_before(tokens: Sequence[Token], first: int, window: int, named: frozenset[int]) -> list[int]:
    """Token indexes before ``first`` within ``window`` words, names (with the rest of a name after بن / آل),
    dates, commas and a blessing after a name not counted («أصدر الرئيس المصري عبد الفتاح السيسي قراراً
    بالعفو»، «تلقى الملك سلمان - حفظه الله - اتصالاً»)."""
    out: list[int] = []
    budget, skipped = window, 0
    k = first - 1
    while k >= 0 and budget > 0:
        out.append(k)
        free = k in named or tokens[k].norm in BLESSING_WORDS or tokens[k].norm in NAME_LINKS or (
            k > 0 and tokens[k - 1].norm in NAME_LINKS)  # «سلمان بن عبدالعزيز آل سعود»: the name's rest
        if free and skipped < NAMED_SKIP_MAX:
            skipped += 1
        else:
            budget -= 1
        k -= 1
    return out


QUOTED_NAME_WORDS = 3  # «الأخبار»، «أكسيوس»، «وول ستريت جورنال»: a short quoted outlet or title

QUOTE_PAIRS = MappingProxyType({"«": "»", "“": "”", '"': '"'})
NAME_QUOTES = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())  # "تنظيم «داعش»": both marks of a quoted name
# belonging to a body (مركبة تابعة للجيش، المملوكة لـ): the body named after it owns the thing before
AFFILIATION_WORDS = _words("التابعة", "التابع", "تابعة", "تابع", "المملوكة", "مملوكة")

# Words that open an aside between commas after the subject: "اتهمت الرئاسة، في بيان …، المغرب"، "، مساء الأحد،".
PAREN_OPENERS = _words("في", "خلال", "عبر", "على", "لدى", "مساء", "صباح", "فجر", "ظهر", "أمس", "اليوم", "بعد",
                       "قبل", "أثناء", "وفق", "بحسب", "حسب")
PAREN_REACH = 16  # words of an aside between two commas


def _aside_end(tokens: Sequence[Token], k: int) -> int | None:
    """The closing comma of an aside that opens at token ``k`` (a comma, then a preposition or a time word:
    "، في بيان صدر عقب اجتماع للمجلس،"، "، مساء الأحد،"), or None."""
    if k + 1 >= len(tokens) or tokens[k].norm not in ("،", ",") or not _has_any(tokens[k + 1], PAREN_OPENERS):
        return None
    for j in range(k + 2, min(len(tokens), k + 2 + PAREN_REACH)):
        norm = tokens[j].norm
        if norm in ("،", ","):
            return j
        if norm in BOUNDARY_PUNCT or norm in (".", "؟", "!") or norm in COMPLEMENTIZERS or norm in CONTRAST_WORDS:
            return None
    return None


def _quote_partner(tokens: Sequence[Token], k: int, forward: bool = True) -> int | None:
    """The mark that closes (``forward``) or opens the short quotation — at most ``QUOTED_NAME_WORDS`` words —
    whose other mark is token ``k``: a quoted name («حزب الله»، «درع الخليج»), not a quotation of speech."""
    mark = tokens[k].norm
    if forward:
        partner, span = QUOTE_PAIRS.get(mark), range(k + 1, min(len(tokens), k + 2 + QUOTED_NAME_WORDS))
    else:
        partner = next((o for o, c in QUOTE_PAIRS.items() if c == mark), None)
        span = range(k - 1, max(-1, k - 2 - QUOTED_NAME_WORDS), -1)
    return None if partner is None else next((j for j in span if tokens[j].norm == partner), None)


def _clause_start(tokens: list[Token], first: int) -> int:
    for k in range(first - 1, -1, -1):
        norm = tokens[k].norm
        if norm in CLAUSE_PUNCT or norm in QUOTE_PUNCT:
            return k + 1
    return 0


def _phrase_at(tokens: Sequence[Token], k: int, phrase: tuple[str, ...]) -> bool:
    if k + len(phrase) > len(tokens):
        return False
    return all(phrase[i] in _norm_forms(tokens[k + i]) or phrase[i] == tokens[k + i].norm
               for i in range(len(phrase)))


def _country(m: ActorMention) -> str | None:
    if m.country:
        return m.country
    return m.actor_code[:3] if m.actor_code else None


def _same_side(speakers: list[ActorMention], actors: list[ActorMention]) -> bool:
    """The speaker speaks for the actor: same code, or same country outside the media.  With no actor
    named, a monitor (media, rights group, NGO, IGO) reports what others did: not the same side."""
    if not actors:
        return not any(_monitor(s) for s in speakers)
    for s in speakers:
        if s.sector == "MED" or (_monitor(s) and not any(s.actor_code == a.actor_code for a in actors)):
            return False  # "قال المرصد إن قوات النظام قصفت": a monitor reports others' acts
        for a in actors:
            if s.actor_code and s.actor_code == a.actor_code:
                return True
            if _country(s) and _country(s) == _country(a) and (
                    _state_side(s) and _state_side(a) or s.sector == a.sector):
                return True  # (a party or movement reporting its own state's police acts is not their side)
    return False


STATE_SIDE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _state_side(m: ActorMention) -> bool:
    """The mention speaks or acts for its state: a state organ, or the country itself."""
    return m.sector is None or m.sector in STATE_SIDE


def _monitor(m: ActorMention) -> bool:
    code = m.actor_code or ""
    return m.sector in ("MED", "HRI", "NGO") or code[:3] in ("NGO", "IGO") or code in ("MED", "HRI")


PAST_COPULAS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})


def _clause_bounds(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """The clause holding tokens first..last: between the nearest punctuation marks either side."""
    lo = first
    while lo > 0 and tokens[lo - 1].norm not in CLAUSE_PUNCT and tokens[lo - 1].norm not in BOUNDARY_PUNCT:
        lo -= 1
    hi = last
    while hi + 1 < len(tokens) and tokens[hi + 1].norm not in CLAUSE_PUNCT and tokens[hi + 1].norm not in BOUNDARY_PUNCT:
        hi += 1
    return lo, hi


OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # endings of a verb's object (قبضه، قبضها), longest first


def _object_pronoun(tok: Token) -> bool:
    """Whether the word ends in an object pronoun that the tokenizer left on the stem (ستقبضه: its forms hold تقبض)."""
    stem = tok.stem or tok.norm
    return any(stem.endswith(p) and stem[:-len(p)] in tok.forms for p in OBJECT_PRONOUNS)
