"""Status: asserted, claimed, denied, intended, hypothetical — speech, attributions, conditions and future
forms.  Section numbers refer to the rule list in :mod:`hadath.events.coder`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hadath.events.grammar import (
    _MARKS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    CONTRAST_WORDS,
    ORDER_VERBS,
    PAST_COPULAS,
    PRONOUN_COMPLEMENTIZERS,
    RELATIVES,
    STATE_SIDE,
    _bare_word,
    _has_any,
    _monitor,
    _quote_partner,
    _same_country,
    _same_side,
    _words,
)
from hadath.events.lexicon import Pattern
from hadath.events.numbers import parse_number
from hadath.events.records import Arg, Coded, Speech
from hadath.events.roles import state_target
from hadath.model import Token
from hadath.text.matcher import PhraseMatch
from hadath.text.normalize import SHADDA, normalize

# (round 80: «بل / وإنما» — "نفت الشرطة صدور عفو عنه، بل تم إطلاق سراحه بكفالة" — open what the denier asserts instead)
DENY_SCOPE_END = frozenset({"»", "،", ",", ":", ".", "؛", '"', "”", "بل", "وانما", "انما"})
MEDIA_GENERIC = ("وسائل اعلام", "وسائل الاعلام", "مصادر", "ناشطون", "ناشطين", "تقارير")
CARRY_REACH = 9  # نقل reports when عن/أن follows this close (نقلت وكالة الأنباء الرسمية «إرنا» عن مصدر)
TRAILING_CLAIMS = frozenset({"بحسب", "حسب", "وفق", "وفقا", "نقلا", "وبحسب", "ووفق", "ووفقا", "حسبما"})
AUXILIARIES = frozenset({"قد", "تكون", "يكون", "كانت", "كان", "لم", "لن", "سوف"})
OWN_FORCES = frozenset({"قواته", "قواتها", "قواتهم", "طايراته", "طايراتها", "جنوده", "جنودها", "عناصره",
                        "عناصرها", "مقاتليه", "مقاتليها", "وحداته", "وحداتها", "طيرانها", "طيرانه", "جيشها",
                        "جيشه", "مدفعيته", "مدفعيتها",
                        # the speaker's own state: "أعلنت الوزيرة أن بلادها ستقدم مساعدات"
                        "بلاده", "بلادها", "بلادهم", "حكومته", "حكومتها", "حكومتهم"})
# Imperfect auxiliaries and light verbs that take an act as complement: with the future سـ they announce it.
FUTURE_AUXILIARIES = _words("يبدأ", "تبدأ", "نبدأ", "يبدآن", "يبدأون", "يتم", "تتم", "يقوم", "تقوم", "نقوم", "يقومون",
                            "يشرع", "تشرع", "نشرع", "يعود", "تعود", "يواصل", "تواصل", "نواصل", "يجري", "تجري", "نجري",
                            "يعقد", "تعقد", "نعقد", "ينفذ", "تنفذ", "يتخذ", "تتخذ", "يطلق", "تطلق", "يباشر",
                            "تباشر", "يعيد", "تعيد", "يرسل", "ترسل", "يوقع", "توقع", "ينظم", "تنظم", "يصدر",
                            "تصدر", "ينطلق", "تنطلق", "تنطلق", "يعلن", "تعلن", "يشارك", "تشارك")
# Section 17: a future time after one of these belongs to what they head, not to the act told before them:
# a scheduled thing of its own (مقاطعة الانتخابات المقبلة) or a term the act stipulates (اتفاق يقضي بنزع … العام المقبل).
SCHEDULED_NOUNS = _words("الانتخابات", "انتخابات", "الاستفتاء", "استفتاء", "الاقتراع", "الموسم", "البطولة", "الدورة")
STIPULATING_WORDS = _words("يقضي", "تقضي", "بموجبه", "بموجبها", "ينص", "تنص", "عقد", "إجراء", "تنظيم")
SCHEDULED_PARTICIPLES = _words("المقرر", "المقررة", "المزمع", "المزمعة", "المرتقب", "المرتقبة", "المنتظر", "المنتظرة")
STATE_OUTLET_WORDS = _words("الرسمية", "الرسمي", "الحكومية", "الحكومي")
# National news agencies owned by their state, known by their short names (facts, not prose).
STATE_AGENCIES = _words("الأناضول", "سانا", "واس", "وام", "قنا", "كونا", "بترا", "إرنا", "ارنا", "وفا", "سبأ",
                        "بنا", "شينخوا", "تاس", "نوفوستي", "العمانية", "الأنباء الرسمية")
# A member or spokesman of a body speaks for it: "نفى قيادي في حركة حماس"، "قال مسؤول في الخارجية"، "مصدر مقرب من".
MEMBER_WORDS = _words("مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "قيادي", "قياديا", "قياديون", "قياديين", "عضو",
                      "عضوا", "أعضاء", "مصدر", "مصادر", "متحدث", "متحدثا", "ناطق", "ناطقا", "دبلوماسي", "دبلوماسيون",
                      "ضابط", "ضباط", "مستشار", "ممثل", "مندوب", "مقرب", "مقربة", "مقربون", "مقربين")
MEMBER_LINKS = _words("في", "من", "باسم")
# A threat that promises a consequence (ستدفع ثمناً، فستواجه مقاومة، ردنا سيكون): the speaker threatens, and
# the party that "will pay" or "will face" it is the one threatened.
WARNING_CODE = "012"  # a warning of a dire outcome (stmt.warn)


def _attributions(tokens: Sequence[Token], args: list[Arg], norms: set[str]) -> list[Arg]:
    """Arguments named in an attribution («…، بحسب منظمة العفو الدولية»، «وفق المرصد السوري»): the
    outlet or monitor reports the act, it is not the act's target."""
    if norms.isdisjoint(TRAILING_CLAIMS):
        return []
    spans: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        if t.norm in TRAILING_CLAIMS and t.prefix.lstrip("و") == "":
            end = k + 1
            while end < len(tokens) and tokens[end].norm not in CLAUSE_PUNCT \
                    and tokens[end].norm not in COMPLEMENTIZERS:  # «نقلاً عن مسؤولين أن …»: the content
                end += 1
            spans.append((k, end))
    return [a for a in args if any(lo < a.first and a.last < hi for lo, hi in spans)]


def _time_of_other(tokens: Sequence[Token], c: Coded, k: int, events: Sequence[Coded] = ()) -> bool:
    """Section 17: a future time at token k is another thing's when a scheduled noun, a stipulating word, another
    act or a scheduling participle past a noun of its own stands between the trigger and it (مقاطعة الانتخابات
    التشريعية المقبلة، اتفاق تسحب بموجبه … سبتمبر المقبل، اتفقا على عقد اجتماع الشهر المقبل)."""
    for j in range(c.last + 1, k):
        if _has_any(tokens[j], SCHEDULED_NOUNS) or _has_any(tokens[j], STIPULATING_WORDS):
            return True
        if j > c.last + 1 and _has_any(tokens[j], SCHEDULED_PARTICIPLES) and any(
                t.is_word and not t.norm.endswith(("يه", "ي", "ين")) for t in tokens[c.last + 1: j]):
            return True  # "مقاطعة الانتخابات المبكرة المقررة في أكتوبر": the elections are scheduled, not the boycott
    return any(o is not c and o.pattern.role == "event" and c.last < o.first < k for o in events)


def _future_imperfect(tok: Token) -> bool:
    """سيقومان، ستتيح، وسنعمل: a verb whose سـ was split off as the future particle (not سيطرت, where س is the
    root), with an imperfect prefix after it; or a short one the tokenizer left whole (ستشن، سيضخ: section 20)."""
    if not tok.prefix.lstrip("وف").startswith("س"):
        return _bare_word(tok) in SHORT_FUTURES
    bare = _bare_word(tok)
    # a final ي is more often a name (سيرغي); nouns in ة that open with س (سيارة، سيطرة، سياسة) are not verbs,
    # while an imperfect may end in a root ه (سيتوجه، ستواجه)
    noun_in_a = bare.endswith("ه") and (bare[2:3] == "ا" or bare.endswith("ره")) \
        or bare[2:3] == "ا" and bare.endswith(("تين", "تان", "ات"))  # round 162: سيارتين، سيارات، سياسات
    return len(bare) > 4 and bare[:1] == "س" and bare[1:2] in ("ي", "ت", "ن") and not bare.endswith("ي") \
        and not noun_in_a and not bare.startswith(ROOT_SIN)


# Section 20: future verbs of a doubled or hollow root too short for the tokenizer to split off their سـ
SHORT_FUTURES = _words("سيشن", "ستشن", "سنشن", "سيضخ", "ستضخ", "سيمد", "ستمد", "سيحل", "ستحل", "سيصل", "ستصل",
                       "سيضع", "ستضع", "سيبث", "ستبث")
SOON_WORDS = _words("قريبا", "قريباً")  # "ستعيد فتح سفارتها قريباً": soon, a time still to come
SOON_PHRASE_HEADS = _words("اقرب", "أقرب")  # "في أقرب وقت"، "بأقرب الآجال"
SOON_REACH = 12  # tokens after the act, in its clause, in which its "soon" may stand


def _soon_after(tokens: Sequence[Token], c: Coded, clause_end: int, events: Sequence[Coded]) -> int | None:
    """Section 20: «قريباً» or «في/بـ أقرب وقت» after an act in its clause says it is still to come; not when another
    act or a scheduled thing stands between (it is then that one's time)."""
    for k in range(c.last + 1, min(clause_end, c.last + 1 + SOON_REACH)):
        tok = tokens[k]
        bare = _bare_word(tok)
        near = k + 1 < len(tokens) and tokens[k + 1].norm == "من"  # "قريباً من الحدود": near, a place
        soon = (bare in SOON_WORDS and not near) or (tok.norm[len(tok.prefix):] in SOON_PHRASE_HEADS and (
            tok.prefix.lstrip("و") == "ب" or (k > 0 and tokens[k - 1].norm == "في")))
        if soon:
            return None if _time_of_other(tokens, c, k, events) else k
    return None


ROOT_SIN = ("سيطر",)  # "وسيطرت القوات": the س of the root (to take control), not the future particle


def _future_auxiliary(tok: Token) -> bool:
    """ستبدأ، سيتم، وسيعقد: an auxiliary or light verb with the future سـ (not a word that merely starts with س)."""
    bare = _bare_word(tok)
    return bare[:1] == "س" and bare[1:] in FUTURE_AUXILIARIES


def _state_outlet(tokens: Sequence[Token], a: Arg) -> bool:
    """A national news agency or an outlet called official (وكالة الأنباء السعودية، التلفزيون الرسمي):
    the state speaking through its own outlet, as GUIDELINES §3 counts an actor's own outlet."""
    ms = a.actors()
    if not ms or not all(m.sector == "MED" and m.country for m in ms):
        return False
    text = normalize(" ".join(m.text for m in ms)).replace("«", " ").replace("»", " ")  # وكالة «سانا»
    after = tokens[a.last + 1] if a.last + 1 < len(tokens) else None
    words = text.split()
    return "وكاله الانباء" in text or "وكاله انباء" in text or any(w in words for w in STATE_OUTLET_WORDS) or (
        after is not None and after.norm in STATE_OUTLET_WORDS) or any(w in STATE_AGENCIES for w in words)


def _while_clause(tokens: Sequence[Token], j: int) -> bool:
    """Section 18: «في حين» opens a clause of another subject like فيما/بينما (…، في حين اتهمت قوات الدعم
    السريع الجيش): reported content ends before it."""
    return _bare_word(tokens[j]) == "في" and j + 1 < len(tokens) and tokens[j + 1].norm == "حين"


def _outlet_lead(s: Speech) -> bool:
    """Section 18: a lead of plain speech (ذكرت وكالة «إرنا» أن طهران طلبت) is checked for a state outlet
    like a claim verb is (a switch of its own, so that the rule can be measured off)."""
    return s.speaker is not None


def _own_report(tokens: Sequence[Token], s: Speech, c: Coded) -> bool:
    """Section 18: an act told in a relative clause on the reporter itself (وفق ما أفادت به منظمة X، التي
    نددت / التي طالبت) is the reporter's own act, not part of its report: GUIDELINES §3 asserted."""
    k = c.first - 1
    return bool(c.source) and s.cue_last < k - 1 and not c.noun and _bare_word(tokens[k]) in RELATIVES \
        and not any(_bare_word(tokens[j]) in RELATIVES for j in range(s.cue_last + 1, k))


def _relative_toll_between(tokens: Sequence[Token], last: int, cue: int) -> bool:
    """Section 18: a relative clause with a number between the act and a trailing source (…، الذي أوقع 137
    قتيلاً على الأقل بحسب السلطات الروسية) is what the source vouches for: the toll, not the act."""
    rel = next((k for k in range(last + 1, cue) if _bare_word(tokens[k]) in RELATIVES), None)
    return rel is not None and any(parse_number(tokens, k) is not None for k in range(rel + 1, cue))


def _sentence_outlet(tokens: Sequence[Token], named: Sequence[Arg], c: Coded, events: Sequence[Coded]
                     ) -> Arg | None:
    """Section 18: a state's own agency named in the attribution (not only first: وفق بيان لوزارة الخارجية
    نقلته وكالة الأنباء السعودية) whose country is a party of this act or of the sentence's first act
    (استقبل الملك … وبحث معه …، وفق وكالة الأنباء الأردنية): the state tells its own news."""
    parties = list(c.source) + list(c.target)
    if events:
        parties += list(events[0].source) + list(events[0].target)
    return next((a for a in named if _state_outlet(tokens, a) and _same_country(a.actors(), parties)), None)


def _other_statement(named: Sequence[Arg], c: Coded) -> bool:
    """Section 18: a statement (بيان صادر عن X) of a named state party of no country of the act's is a third
    party's report: claimed, not the actor's own statement."""
    if not named or not c.source or not any(m.country for m in c.source):
        return False
    who = [m for m in named[0].actors() if m.country and m.sector in STATE_SIDE and not _monitor(m)]
    return bool(who) and not _same_country(who, list(c.source) + list(c.target))


def _carrying_verb(tokens: Sequence[Token], first: int) -> bool:
    """نقل also means carry or move (نقل رسالة، نُقلوا جواً، وزارة النقل): it reports only after ما/حسبما
    (بحسب ما نقلته) or when عن / أن / إن follows in its clause (نقلت رويترز عن مصادر)."""
    tok = tokens[first]
    if re.match(r"^(?:[وفبل])?ال(?:نقل|منقول|تنقل)", tok.norm):
        return True  # "وزارة النقل"، "حرية التنقل": a noun
    if not re.match(r"^(?:[وف])?[يتن]?نقل", tok.norm):
        return False
    if first > 0 and _bare_word(tokens[first - 1]) in ("ما", "حسبما"):
        return False
    for k in range(first + 1, min(len(tokens), first + CARRY_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            break
        if tokens[k].norm in ("عن", "أن", "ان", "إن", "بأن", "بان") or tokens[k].norm.startswith("عن") and len(
                tokens[k].norm) <= 4:
            return False
    return True


# time words, prepositions and anonymous attribution heads: what may stand between قال and إن but names no person
_NOT_A_NAME = _words("أمس", "أيضا", "كذلك", "اليوم", "مجددا", "مؤخرا", "سابقا", "لاحقا", "بدوره", "بدورها", "على",
                     "إلى", "حول", "لدى", "عبر", "بعد", "قبل", "مصدر", "مصادر", "مسؤول", "مسؤولون", "متحدث",
                     "ناطق", "شهود", "مراسل", "مسعفون", "سكان", "ناشطون", "ناشط", "خبراء", "خبير", "محللون")


def _unknown_speaker(tokens: list[Token], s: Speech) -> str | None:
    """The bare name of a speaker the actor stage did not recognise («وقال كولو إن المسلحين …»): one or
    two words between the speech verb and إن/أن, with no article, ل or pronoun suffix.  Such a speaker
    is a third party to an act with named actors, so the act is reported, not asserted; a title (المتحدث
    باسم الجيش) may be the actor's own voice and is left alone."""
    comp = s.content_start - 1
    if comp <= s.cue_last or not (tokens[comp].norm in COMPLEMENTIZERS
                                   or any(f in COMPLEMENTIZERS for f in tokens[comp].forms)):
        return None
    words = tokens[s.cue_last + 1:comp]
    if not 1 <= len(words) <= 2:
        return None
    for tok in words:
        # a name may look as if it had a proclitic (بيترسون), but not a ل (لرويترز: the addressee)
        if "ل" in tok.prefix or tok.suffix or not tok.text.isalpha() or tok.norm.startswith("ال") \
                or _has_any(tok, _NOT_A_NAME) or len(tok.norm) < 3:
            return None
    if len(words) == 2 and words[1].norm.endswith("ي"):
        return None  # a noun and its nisba (مصدر عسكري، مسؤول محلي): an anonymous source, maybe the actor's own
    return " ".join(t.text for t in words)


_PROCLITICS = re.compile("[وف]?[بلس]?(ال)?")


def _clipped_particle(tok: Token, m: PhraseMatch[str]) -> bool:
    """A short cue (لو، ولو، أمل) read off the end of a longer word (the name كولو split as ك+ولو, كامل as
    ك+امل) is no cue: what stands before a real cue word is و، ف، ب، ل، س or ال (بشرط، بعدم، لنقل).  Nor is a cue
    of any length after a bare ك (section 35: كاملة read as ك + أمله, "his hope"): "like" heads no statement."""
    form = normalize(m.first_form or "")
    if m.first != m.last or not tok.norm.endswith(form) or tok.norm == form:
        return False
    rest = tok.norm[:-len(form)]
    if rest in LIKE_PROCLITICS:
        return True
    return len(form) <= 3 and _PROCLITICS.fullmatch(rest) is None


def _pronoun_subject(tokens: list[Token], c: Coded) -> bool:
    """A verb with no named subject whose subject is a pronoun pointing at the speaker: أنها ستسحب،
    طائراته قصفت، أن تكون قواته قد اعتقلت."""
    if c.source:
        return False
    anchor = c.first
    if c.noun:  # a light-verb noun (ستتخذ إجراءات): the light verb carries the subject
        lo = max(0, c.first - c.pattern.window)
        verbs = [k for k in range(lo, c.first) if c.pattern.needs_before and _has_any(tokens[k], c.pattern.needs_before)]
        # no light verb before the span: the span itself starts with it (شنت غارات)
        anchor = verbs[-1] if verbs else _order_verb_before(tokens, c.first)
    k = anchor - 1
    while k >= 0 and anchor - k <= 4:
        tok = tokens[k]
        if tok.norm in PRONOUN_COMPLEMENTIZERS or _has_any(tok, OWN_FORCES):
            return True
        if tok.norm not in AUXILIARIES:
            return False
        k -= 1
    return False


def _conditional_in(tok: Token) -> bool:
    """«إنْ» (hamza below, no shadda) right before a verb is the conditional particle: «إنّ» never precedes one.
    Written without the hamza (ان) it could be أنْ (بعد أن هاجمت), so only the marked spelling counts."""
    return tok.norm == "ان" and SHADDA not in tok.text and "".join(ch for ch in tok.text if ch not in _MARKS) == "إن"


def _order_verb_before(tokens: Sequence[Token], first: int) -> int:
    """Section 22: the verb of ordering right before an ordered act (أعلن أنه سيأمر برفع العقوبات) carries its
    subject; else the act's own first token."""
    return first - 1 if first > 0 and _has_any(tokens[first - 1], ORDER_VERBS) else first


def _content_start(tokens: list[Token], cue_last: int) -> int:
    """Where reported content begins: after أن/إن, a colon or an opening quote within a few tokens."""
    k = cue_last + 1
    while k < min(len(tokens), cue_last + 12):
        norm = tokens[k].norm
        if norm in ("«", '"', "“") and _quoted_name(tokens, k):
            k = _quoted_name(tokens, k) + 1  # "زعمت صحيفة «الأخبار» أن …": a name in quotes, not the content
            continue
        if norm in COMPLEMENTIZERS or norm in (":", "«", '"', "“") or any(f in COMPLEMENTIZERS for f in tokens[k].forms):
            return k + 1
        k += 1
    return cue_last + 1


def _quoted_name(tokens: Sequence[Token], k: int) -> int | None:
    """The closing quote of a short quoted name opening at ``k`` that is followed by more of the sentence
    before any content starts (صحيفة «هآرتس» عن مسؤولين أن), else None."""
    end = _quote_partner(tokens, k)
    if end is None or end + 1 >= len(tokens):
        return None
    rest = range(end + 1, min(len(tokens), end + 8))
    return end if any(tokens[j].norm in COMPLEMENTIZERS or any(f in COMPLEMENTIZERS for f in tokens[j].forms)
                      for j in rest) else None


def _content_end(tokens: list[Token], content: int) -> int:
    """Last token of reported content: the closing quote when it opens with one, else the sentence end."""
    for k in (content - 1, content):
        if 0 <= k < len(tokens) and tokens[k].norm in ("«", '"', "“"):
            close = {"«": "»", '"': '"', "“": "”"}[tokens[k].norm]
            return next((j for j in range(k + 1, len(tokens)) if tokens[j].norm == close), len(tokens) - 1)
    # unquoted content ends where a contrast opens a clause of another subject (…، فيما انتشر الجيش اللبناني)
    return next((j for j in range(content, len(tokens)) if tokens[j].norm in ("»", '"', "”")
                 or (tokens[j].norm in CONTRAST_WORDS and j > content)
                 or (j > content and _while_clause(tokens, j))), len(tokens) - 1)


def _member_of(tokens: Sequence[Token], a: Arg) -> bool:
    """Whether an argument is the body of a member or spokesman named just before it (قيادي في حماس)."""
    return a.first >= 2 and tokens[a.first - 1].norm in MEMBER_LINKS and _has_any(tokens[a.first - 2], MEMBER_WORDS)


def _after_member(tokens: Sequence[Token], last: int, a: Arg, args: Sequence[Arg]) -> bool:
    """Round 165: a party after a member or spokesman of a body right after the verb («ودعا متحدث باسم الأسرة وسائل
    الإعلام إلى تحري الدقة»، «دعا مسؤول في الأمم المتحدة الحكومة اليمنية») is the verb's object: the subject is
    that member, for his body (when it is a party) or for nobody named.  After a preposition the member is the
    verb's complement (أنها التقت بالمسؤولين في وزارة الشؤون الاقتصادية): the body after it is still no subject."""
    k = last + 1
    body = next((b for b in args if b.first == k + 2), None)
    if body is not None:  # (a coded body: the member rule's own test)
        return a.first > body.last and _member_of(tokens, body) and not tokens[k].norm.startswith("ال")
    return k + 2 < a.first and _has_any(tokens[k], MEMBER_WORDS) and not tokens[k].norm.startswith("ال") \
        and tokens[k + 1].norm in MEMBER_LINKS and not any(b.first <= k + 2 <= b.last for b in args)


def _speaker(args: list[Arg], first: int, last: int, content: int, tokens: Sequence[Token]) -> Arg | None:
    """The actor governing a speech verb: after it (VSO, عن X قوله, a member of X) before the content, else
    just before."""
    after = [a for a in args if last < a.first < content and (
        a.prep in ("", "عن") or (a.first - last <= 4 and _member_of(tokens, a)))]
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


TRIP_VERBS = frozenset({"يصل", "تصل", "يتوجه", "تتوجه", "يصلان", "يتوجهان", "يبدا", "تبدا", "يستهل", "تستهل"})
TRIP_REACH = 12  # words between the travel verb heading the clause and the visit noun (يتوجه مودي الجمعة إلى كييف في زيارة)


def _scheduled_trip(tokens: Sequence[Token], clause_start: int, first: int) -> bool:
    """News leads tell a scheduled trip in the present tense ("يصل الرئيس غداً إلى الرياض في زيارة"): the
    visit noun after a present verb of arriving or setting out, with no past copula before it, is planned.
    (A past verb, وصل، or a present one naming something else leaves the visit as it was.)"""
    for k in range(max(clause_start, first - TRIP_REACH), first):
        if _has_any(tokens[k], PAST_COPULAS):
            return False
        tok = tokens[k]  # (the verb itself, or after و: فيصل is a name, not ف + يصل)
        if tok.norm in TRIP_VERBS or (tok.prefix == "و" and tok.norm[1:] in TRIP_VERBS):
            return True
    return False


def _proviso(tokens: Sequence[Token], clause_start: int, first: int) -> bool:
    """"…، على أن يُستكمل الانسحاب": «على أن» right after a comma states a term of the deal or plan told
    before it, an act still to come.  (After a verb, "أكد على أن …" is a complement, not a proviso.)"""
    k = clause_start
    return k > 0 and k + 1 < first and tokens[k - 1].norm in ("،", ",") and tokens[k].norm == "علي" \
        and not tokens[k].prefix and tokens[k + 1].norm == "ان"


DENY_COMPLEMENT_REACH = 12  # tokens after the denial verb in which its complement (أن / ما / «) may start


def _deny_scope(tokens: list[Token], last: int) -> tuple[int, int]:
    """Tokens a denial covers: to the end of the quoted report, or to the next clause break.

    The denier and adverbials may stand between the verb and what it denies ("نفت الوزارة، اليوم
    الخميس، أن تكون طائراتها قد شنت غارات"): the scope then starts at the complement.
    """
    described = False  # round 161: "ونفى فابيوس الذي اعتبر من المتشددين خلال المحادثات … ان يكون": the
    # relative clause describes the denier; what he denies starts at أن, with or without a comma before it
    for k in range(last + 1, min(len(tokens), last + 1 + DENY_COMPLEMENT_REACH)):
        norm = tokens[k].norm
        if norm in (".", "؛", ";", ":"):
            break
        described = described or norm in RELATIVES
        if k > last + 1 and (tokens[k - 1].norm in ("،", ",") and (norm in COMPLEMENTIZERS or norm in ("ان", "ما"))
                             or described and norm in COMPLEMENTIZERS):
            last = k - 1
            break
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


def _warning_as_threat(tokens: Sequence[Token], events: list[Coded], explain: list[str] | None,
                       args: Sequence[Arg] = ()) -> list[Coded]:
    """A warning (012) whose own clause holds a threat of the warner's («حذّرت X من أنها ستتحمل العواقب») is
    that threat, one record (§30): its complement found past أن names the threatened outcome, not a second act."""
    if len(events) < 2 or not any(c.etype == "THREATEN" for c in events):
        return events
    keep: list[Coded] = []
    for c in events:
        threat = next((o for o in events if c.pattern.role == "statement" and c.cameo == WARNING_CODE
                       and o.etype == "THREATEN" and o.first > c.last and (
                           not o.source or not c.source or _same_side(c.source, o.source))
                       and not any(tokens[k].norm in (".", "؛") for k in range(c.last + 1, o.first))), None)
        if threat is not None:
            _warned_party(tokens, c, threat, args)
            if explain is not None:
                explain.append(f"{c.pattern.id}: a warning whose clause holds the warner's threat: the threat")
            continue
        keep.append(c)
    return keep


def _warned_party(tokens: Sequence[Token], warning: Coded, threat: Coded, args: Sequence[Arg]) -> None:
    """Section 24: the party a warning names as its object (حذّرت إيران الولايات المتحدة من أنها ستتحمل العواقب) is
    the one the threat is made against, the warner makes it: the warning's target, else the first bare party
    after the warning verb in its clause that is not the warner."""
    if not warning.source:
        return
    threat.source = threat.source or list(warning.source)
    warner = {m.actor_code for m in threat.source}
    sides = {m.country or m.actor_code for m in (*threat.source, *warning.source)}
    warned = [m for m in warning.target if m.actor_code not in warner]
    if not warned:
        bare = next((a for a in args if warning.last < a.first < threat.first and not a.prep
                     and not any((m.country or m.actor_code) in sides for m in a.actors())), None)
        if bare is not None and not any(tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in COMPLEMENTIZERS
                                        for k in range(warning.last + 1, bare.first)):
            warned = [state_target(m, threat.etype, threat.cameo) for m in bare.actors()]
    if warned:
        threat.target = warned
        threat.why.append("target: the party the warning names (حذّر X Y من أن …)")
    else:  # "حذّرت روسيا من أنها ستتحمل …": the warner threatens no one of its own side
        threat.target = [m for m in threat.target if (m.country or m.actor_code) not in sides]


def _unsplit_future(tok: Token, light_verbs: frozenset[str]) -> bool:
    """«ستضع القوات وحداتها في حالة تأهب»: a future light verb the tokenizer left whole (no سـ prefix split
    off), read as سـ + an imperfect form of the pattern's light verb."""
    bare = _bare_word(tok)
    return bare[:1] == "س" and bare[1:2] in ("ي", "ت", "ن") and bare[1:] in light_verbs


def _future_verb(tok: Token, p: Pattern) -> bool:
    """A future سـ before the verb (ستسحب), not an س of the verb itself (سيطرت)."""
    if not tok.prefix.endswith("س"):
        return False
    with_s = tok.norm[len(tok.prefix) - 1:]
    return with_s not in p.verb_forms


PURPOSE_LIGHT = frozenset({"تنفيذ", "شن", "ارتكاب"})  # normalised: "لتنفيذ الهجوم"، "لشن هجمات"
NOUN_AUX_REACH = 8  # "سيجري خلال زيارته لموسكو عدداً من اللقاءات": a future light verb this far before its noun


def _future_light_verb(tokens: Sequence[Token], clause_start: int, c: Coded, events: Sequence[Coded]) -> bool:
    """A future auxiliary or light verb (سيجري، ستعقد) heading a noun act in its clause, past an adjunct that
    puts more than four words between them, announces that act: it is intended, whoever reports it."""
    for k in range(c.first - 1, max(clause_start, c.first - NOUN_AUX_REACH) - 1, -1):
        if tokens[k].norm in COMPLEMENTIZERS or any(o is not c and o.first <= k <= o.last for o in events):
            return False  # another act or a new reported clause stands between
        if _future_auxiliary(tokens[k]):
            return not any(o is not c and k < o.first < c.first for o in events)
    return False


def _purpose_light_noun(tokens: Sequence[Token], c: Coded) -> bool:
    """"خرجوا من المنزل لتنفيذ الهجوم"، "يخططون لشن هجمات": an act named after ل + a noun of carrying out is
    the aim of the people named, not yet done: intended."""
    if c.first == 0:
        return False
    tok = tokens[c.first - 1]
    return tok.prefix.lstrip("وف") in ("ل", "لل") and tok.norm[len(tok.prefix):] in PURPOSE_LIGHT


def _joined_conditional(tok: Token, verb: Token) -> bool:
    """«فإن اتفقت الفصائل على إجراء الانتخابات»: إنْ joined to ف/و (hamza below) right before a bare verb is a
    condition too; only checked right before a lexicon verb, since «فإنّ الرد» (a noun in ال) is the answer
    of a condition, not one."""
    text = "".join(ch for ch in tok.text if ch not in _MARKS)
    bare_verb = not verb.prefix and not verb.norm.startswith("ال")
    return tok.norm in ("فان", "وان") and text in ("فإن", "وإن") and SHADDA not in tok.text and bare_verb


LIKE_PROCLITICS = frozenset({"ك", "وك", "فك"})  # "like, as": a cue after it is a clipped word (كاملة ≠ ك + أمله)


# "لم يحدث أبدًا أن وافق الصندوق"، "لم يسبق أن قصفت": a negated "it happened" scopes over the clause after أن
HAPPEN_VERBS = _words("يحدث", "تحدث", "يحصل", "تحصل", "يسبق", "يقع", "حدث", "حصل", "سبق")
NEVER_WORDS = _words("أبدًا", "قط", "مطلقا")
THAT_WORDS = _words("أن", "لأن")


def _never_happened(tokens: Sequence[Token], neg_last: int, first: int) -> bool:
    """Whether the negation ending at ``neg_last`` denies that the act at ``first`` ever happened: the negated
    verb is one of happening, with at most «أبدًا» and then «أن» between it and the act."""
    k = neg_last + 1
    if k >= first or tokens[k].norm not in HAPPEN_VERBS:
        return False
    k += 1
    while k < first and tokens[k].norm in NEVER_WORDS:
        k += 1
    return k < first and tokens[k].norm in THAT_WORDS and first - k <= 2


# round 46: an act put off or called off is not reported as done: «تأجيل زيارة الرئيس الفرنسي إلى طهران»، «زيارة
# الوزير … قد أُجلت» are still to come (intended); «ألغى الرئيس زيارته»، «إلغاء القمة» did not happen (negated)
POSTPONED_VERBS = _words("أجلت", "أجل", "تأجلت", "تأجل", "أرجئت", "أرجئ", "أرجأت", "أرجأ")  # (the act their subject)
POSTPONING = POSTPONED_VERBS | _words("تأجيل", "بتأجيل", "وتأجيل", "إرجاء", "بإرجاء", "وإرجاء", "يؤجل", "تؤجل",
                                      "سيؤجل", "ستؤجل")  # (before the act: تأجيل زيارة، أجّل زيارته)
CANCELLING = _words("إلغاء", "بإلغاء", "وإلغاء", "ألغى", "ألغت", "ألغيت", "يلغي", "تلغي", "سيلغي", "ستلغي")
ABSENT_FROM = _words("غاب", "غابت", "يغيب", "تغيب", "سيغيب", "ستغيب", "يتغيب", "تتغيب", "غياب", "تغيّب")
ABSENCE_REACH = 8  # words from «يغيب» to the «عن» before the meeting it stays away from (past a long subject)
PUT_OFF_BEFORE = 4  # words from «أجّل / تأجيل» to the noun it puts off (أجّل الرئيس الفرنسي زيارته)
PUT_OFF_AFTER = 8  # words from the noun to the «أُجلت» it is the subject of (زيارة وزير الخارجية … قد أُجلت)


def _put_off(tokens: Sequence[Token], c: Coded) -> str | None:
    """"intended" for a noun act postponed, "negated" for a meeting or visit called off, in its own clause, or one its
    subject stays away from (round 49: يغيب الرئيس السوداني عمر البشير عن القمة); None otherwise."""
    if not c.noun:
        return None
    if c.etype == "CONSULT" and c.first > 1 and tokens[c.first - 1].norm == "عن":
        for k in range(c.first - 2, max(-1, c.first - 2 - ABSENCE_REACH), -1):
            if tokens[k].norm in CLAUSE_PUNCT:
                break
            if _has_any(tokens[k], ABSENT_FROM):
                return "negated"
    for k in range(c.first - 1, max(-1, c.first - 1 - PUT_OFF_BEFORE), -1):
        if tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in COMPLEMENTIZERS:
            break
        if _has_any(tokens[k], POSTPONING) and not _for_the_sake(tokens, k):
            return "intended"
        if _has_any(tokens[k], CANCELLING) and c.etype == "CONSULT":
            return "negated"  # (a meeting called off; «إلغاء مد حالة الطوارئ» is itself the act)
    for k in range(c.last + 1, min(len(tokens), c.last + 1 + PUT_OFF_AFTER)):
        if tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in COMPLEMENTIZERS:
            break
        if _bare_word(tokens[k]) in POSTPONED_VERBS and not tokens[k].prefix.lstrip("وف") \
                and not _for_the_sake(tokens, k):
            # (a verb of which the noun is the subject, not «أدت إلى تأجيل التوقيع»; the word itself, round 176,
            # not a place read past its first letter: «بمديرية باجل» is no «أجل»)
            return "intended"
    return None


def _for_the_sake(tokens: Sequence[Token], k: int) -> bool:
    """«من أجل / لأجل»: "for the sake of", not «أجّل» (postponed)."""
    return tokens[k].norm.endswith("اجل") and (tokens[k].prefix.endswith("ل") or (k > 0 and tokens[k - 1].norm == "من"))

