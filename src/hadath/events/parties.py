"""Parties: who did the act to whom, beyond the nearest-argument rule (objects after light verbs, pronoun
objects, counterparts, crowds, joint acts, targets after ضد, aside-skipping).  Section numbers refer to
the rule list in :mod:`hadath.events.coder`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from types import MappingProxyType

from hadath.events.grammar import (
    AFFILIATION_WORDS,
    ASIDE_STOPS,
    BOUNDARY_PUNCT,
    CHAIR_WORDS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    CONTRAST_WORDS,
    FORCE_TYPES,
    NAMED_SKIP_MAX,
    OPENING_QUOTES,
    PAREN_REACH,
    PREPOSITIONS,
    RECEIVE_WORDS,
    RELATIVES,
    SENTENCE_STOPS,
    SPONSOR_WORDS,
    STATE_SIDE,
    TOLL_LINKS,
    _apodosis,
    _aside_end,
    _bare_word,
    _clause_start,
    _country,
    _definite,
    _has_any,
    _has_pronoun_suffix_norm,
    _joined_by_wa,
    _norm_forms,
    _object_pronoun,
    _phrase_at,
    _quote_partner,
    _same_side,
    _word_before,
    _words,
)
from hadath.events.lexicon import ObjectRule, Pattern, conjugate
from hadath.events.numbers import BOUND_WORDS, TRAILING_TWO, _token_kind, parse_number
from hadath.events.records import Arg, Coded
from hadath.events.roles import (
    FOREIGN_WORDS,
    NISBA_QUALIFIERS,
    NON_STATE_ROOTS,
    PEOPLE_NOUNS,
    PROPOSAL_HEADS,
    STATE_HEADS,
    STATE_SECTORS,
    VICTIM_SECTORS,
    is_generic,
    state_country,
    with_code,
)
from hadath.model import ActorMention, PlaceMention, Sentence, Token
from hadath.text.normalize import DAMMA, DIACRITICS, normalize

TWO_WORD_PREPS = {("في", "حق"): "في حق", ("من", "قبل"): "من قبل", ("علي", "يد"): "علي يد",
                  ("الي", "جانب"): "جانب", ("بالتعاون", "مع"): "مع",
                  ("علي", "متن"): "علي متن"}  # "على متن طائرة سعودية": the vehicle carries, it is no party
PARTITIVES = frozenset({"اي", "احد", "بعض", "عدد", "عشرات", "مئات", "الاف", "جميع", "كل", "عددا", "مجموعه"})
# members or units of a force (عناصر من الشرطة، وحدات من الحرس الوطني): the force is the argument
UNIT_NOUNS = frozenset(normalize(w) for w in ("عناصر", "عنصر", "وحدات", "وحدة", "أفراد", "فرد", "دورية", "دوريات",
                                             "قوة", "سرية", "كتيبة", "فرق", "فرقة", "ضباط", "جنود", "مقاتلو",
                                             "مقاتلين", "مسلحو", "مسلحين"))
FORCE_HEADS = UNIT_NOUNS | frozenset({"قوات"})  # the head of a force that acts (round 95)
CONTAINER_OBJECT = "of"  # prep of an actor named through a container noun with no preposition: an object
CONTAINER_NOUNS = frozenset({"مواقع", "موقع", "مقر", "مقرات", "معسكر", "معسكرات", "منزل", "منازل", "عناصر", "مسلحي",
                             "مقاتلي", "تجمع", "تجمعات", "دوريه", "موكب", "قافله", "مخازن", "مراكز", "مركز", "نقاط",
                             "نقطه", "تنظيم", "جماعه", "حركه", "قوات", "مقار", "سفاره", "قاعده", "ثكنه",
                             "جهود", "دور", "مبادره", "موقف", "مواقف", "خطوه", "قرار", "قرارات", "مقترح",
                             "اليه", "اليات",
                             "مستشفيات", "مستشفي", "مخيمات", "مخيم", "سكان", "اهالي", "مدن", "مناطق",
                             "هدفا", "اهداف", "اهدافا", "الاهداف",  # round 129: "أكثر من ستين هدفاً للحوثيين"
                             # round 162: "قصف طيران التحالف تعزيزات للحوثيين": a side's reinforcements, convoys
                             "تعزيزات", "قوافل", "ارتال", "رتل",
                             # "في مدينة درنة معقل الجماعات المتطرفة": a place described as a side's stronghold (the
                             # singular in apposition; the plural «معاقل» stays an act's plain object, round 129)
                             "معقل",
                             # round 173: "هاجمت مجموعة أخرى سيارة شرطة": a side's vehicles
                             # (not the plural: «مسؤولو شركات السيارات» are no vehicles' owners)
                             "سياره", "حافله", "مدرعه", "مدرعات"})
LOCATION_PREPS = frozenset({"في", "قرب", "علي", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
                            "غربي", "داخل", "محيط", "ريف", "اطراف", "الي", "وسط", "مدينه", "بلده", "قريه",
                            "محافظه", "منطقه", "ضواحي", "اجتماع", "مؤتمر", "قمه", "محادثات", "مفاوضات",
                            "مدن", "مناطق", "حي", "مخيم"})
# Section 32: "against" and "in the case of": the party a hostile act is aimed at, whatever the pattern's own
# target prepositions are
AGAINST_PREPS = frozenset({"ضد", "بحق", "في حق"})
AGAINST_REACH = 10
# Section 32: the endings of a counted nisba (فلسطينياً، فلسطينيا، سعوديين، سعوديون): people, not an adjective
COUNTED_NISBA_ENDINGS = ("يا", "يين", "يون")
AMONG_WORDS = frozenset({"بينهم", "بينهن", "منهم", "منهن", "وبينهم", "ومنهم"})
SUSPENDED_REACH = 12
SPONSOR = "sponsor"
MEDIATION_WORDS = _words("وساطة", "رعاية")  # with ب: the go-between of another act, even where it heads its own
DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "داخل", "قرب",
                        "محيط", "اطراف", "ضواحي", "ريف", "شمالا", "جنوبا", "شرقا", "غربا"})
CIVIL_OBJECT_REACH = 3
CIVIL_OBJECTS = frozenset(normalize(w) for w in (
    "مستشفى", "مستشفيات", "سوق", "سوقا", "أسواق", "أحياء", "حي", "منزل", "منازل", "منزلا", "بيوت", "مدرسة",
    "مدارس", "مسجد", "مساجد", "قرية", "قرى", "بلدة", "بلدات", "مخيم", "مخيمات", "مدنيين", "مدنيا", "سكان",
    "تجمع", "تجمعا", "حافلة", "سيارة", "سيارات", "مزارع", "مزارعين", "صيادين", "أطفال", "نازحين", "مصلين"))
JOINT_WORDS = _words("مشترك", "مشتركة", "المشترك", "المشتركة", "مشتركا", "مشتركاً", "ثنائية", "ثنائي")
DELEGATION_WORDS = _words("وفد", "وفدا", "وفداً", "بوفد", "لوفد", "الوفد", "وفود", "وفودا", "بوفود", "ممثلين", "ممثلي",
                          "ممثلون", "ممثلو", "ممثل", "ممثلا", "مندوبين", "مندوبون", "مندوبو", "مندوب")  # (… عن X: X's)
# a decision or plan noun: the actor after it is whose decision it is (قرار الرباط تجميد …، خطة واشنطن نشر …)
DECISION_HEADS = _words("قرار", "القرار", "قرارات", "خطة", "خطط", "نية", "عزم", "اعتزام")


def _other_parties(tokens: Sequence[Token], before: Sequence[Arg], first: int, src: list[ActorMention]
                   ) -> list[ActorMention]:
    """"اتفاقية … بين البلدين بعد تعليقها من الجانب الروسي": the party that suspends an agreement acts against
    the other parties named between them (not against itself)."""
    between = next((k for k in range(first - 1, max(-1, first - 1 - SUSPENDED_REACH), -1)
                    if tokens[k].norm == "بين"), None)
    if between is None:
        return []
    own = {state_country(m) or m.actor_code for m in src}
    parts = [m for a in before if a.first > between for m in a.actors()]
    return [m for m in parts if (state_country(m) or m.actor_code) not in own]


STEP_HEADS = _words("خطوة", "قرار", "حكم", "إجراء", "خطوات", "إجراءات", "محاكمة")
STEP_BACK_REFS = _words("بها", "به", "عليها", "عليه", "لها", "له")


def _reaction_to_step(tokens: Sequence[Token], c: Coded) -> int | None:
    """The «في» of "…، في خطوة رحبت بها باريس / انتقدتها موسكو": a verb right after an indefinite step noun is a
    relative clause whose pronoun is the step the main clause told, so the one reacting reacts to that clause's
    actor.  Without the pronoun (في خطوة تهدف إلى) the verb is not about the step."""
    k = c.first - 2
    if k < 1 or tokens[k].norm not in ("في", "وفي") or not _has_any(tokens[k + 1], STEP_HEADS) \
            or tokens[k - 1].norm not in ("،", ","):
        return None
    last = tokens[c.last].norm
    after = tokens[c.last + 1].norm if c.last + 1 < len(tokens) else ""
    return k if last.endswith(("ها", "ه")) or after in STEP_BACK_REFS else None


MAIN_SUBJECT_REACH = 2  # words before the subject of a sentence that opens with its verb (أعلن الرئيس …)


def _main_subject(args: Sequence[Arg], step: int) -> list[ActorMention]:
    """The main clause's subject before a reaction clause at ``step``, when no act of it was coded: a bare coded
    party opening the sentence or right after its first verb (none when the first party stands further in: it may
    be an object, «قضت محكمة … بسجن مراسل صحيفة»)."""
    first = next((a for a in args if a.last < step and not a.prep), None)
    if first is None or first.first > MAIN_SUBJECT_REACH or not all(m.actor_code for m in first.actors()):
        return []
    return list(first.actors())


INFORM_VERBS = frozenset(conjugate("أبلغ", "يبلغ", jussive=False))  # (و/ف are in the tokens' forms)


def _informed_of(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> tuple[Arg, Arg] | None:
    """Round 138: "أبلغت بغداد واشنطن رفضها القاطع"، "أبلغتا كييف دعمهما": a verbal noun with its own pronoun right
    after «أبلغ» + the teller + the one told is the teller's stance, told to the other: (teller, told)."""
    if c.first != c.last or not tokens[c.first].norm.endswith(("ها", "هما", "هم")) \
            or tokens[c.first].prefix.lstrip("وف"):
        return None  # (not after a preposition: "أبلغت ذوي الأطفال باعتقالهم" is the children's arrest)
    k = c.first - 1
    if k > 0 and tokens[k].norm.endswith("يا") and not any(a.first <= k <= a.last for a in args):
        k -= 1  # an adverb of manner between: "أبلغت تل أبيب رسمياً رفضها"
    told = next((a for a in args if a.last == k and not a.prep), None)
    if told is None or told.first == 0:
        return None
    if _has_any(tokens[told.first - 1], INFORM_VERBS):  # the teller before the verb: "بغداد أبلغت واشنطن"
        teller = next((a for a in args if a.last == told.first - 2 and not a.prep), None)
    else:  # the verb first: "أبلغت ألمانيا وفرنسا كييف"
        teller = next((a for a in args if a.last == told.first - 1 and not a.prep), None)
        if teller is not None and (teller.first == 0 or not _has_any(tokens[teller.first - 1], INFORM_VERBS)):
            teller = None
    return (teller, told) if teller is not None else None


# round 139: verbs and nouns of leave given to a party after ل to do an act after ب (the bare «اذن» is left out: it is
# also «إذن», "then")
PERMIT_WORDS = frozenset(f for past, imperfect in (("سمح", "يسمح"), ("أذن", "يأذن"), ("أجاز", "يجيز"))
                         for f in conjugate(past, imperfect, jussive=False) if f != "اذن") | _words("السماح", "سماح")
LEAVE_DOING = _words("بشن", "بتنفيذ", "بإجراء", "بالقيام")  # (بشن keeps its ب: «شن» is too short to split off)


def _permitted_doer(tokens: Sequence[Token], first: int, before: Sequence[Arg]) -> Arg | None:
    """Round 139: "سمحت تركيا للولايات المتحدة بشن غارات"، "السماح لروسيا باستخدام": the act a party is given leave to
    do is that party's, not the one giving it.  The party follows the verb of leave with ل, the act follows it with
    ب (on the trigger itself, or on one word of doing before it: بشن، بتنفيذ)."""
    with_b = next((k for k in (first, first - 1) if k > 0 and (
        tokens[k].prefix.lstrip("وف")[:1] == "ب" or k < first and _has_any(tokens[k], LEAVE_DOING))), None)
    if with_b is None:
        return None
    allowed = next((a for a in before if a.last == with_b - 1 and a.prep == "ل"), None)
    if allowed is None:
        return None
    giver = next((a for a in before if a.last == allowed.first - 1 and not a.prep), None)  # VSO: "أذن الملك للقوات"
    k = (giver or allowed).first - 1
    return allowed if k >= 0 and _has_any(tokens[k], PERMIT_WORDS) else None


ATTRIBUTE_VERBS = frozenset(conjugate("نسب", "ينسب", jussive=False))  # round 143: «نسب … الهجوم إلى X»
ATTRIBUTE_REACH = 8  # words from «نسب» to the act attributed


def _resumed_as_object(tokens: Sequence[Token], first: int, last: int, p: Pattern) -> bool:
    """A masculine verb followed by its own target preposition carrying a feminine pronoun (يدافع عنها، سيدافع عنها):
    the party before the verb is the topic the pronoun resumes, the verb's object, not its subject (a feminine party
    cannot be the subject of a masculine verb)."""
    if first != last or last + 1 >= len(tokens):
        return False
    word = _bare_word(tokens[first])
    verb = word.removeprefix("س")  # (سيدافع: the future's prefix)
    if not verb.startswith("ي") or (verb not in p.verb_forms and word not in p.verb_forms):
        return False
    return any(tokens[last + 1].norm == prep + "ها" for prep in p.target_preps if prep not in ("obj", ""))


def _attribution_verb(tokens: Sequence[Token], first: int) -> int | None:
    """The index of a verb of attribution (نسب) governing the act noun at ``first`` in its clause, or None."""
    return _word_before(tokens, first, ATTRIBUTE_VERBS, ATTRIBUTE_REACH)


def _attributed_to(tokens: Sequence[Token], last: int, after: Sequence[Arg], attributor: int | None) -> Arg | None:
    """Round 143: "نسبت هيئة أركان الجيش التركي الهجوم إلى حزب العمال الكردستاني": the act a party attributes to
    another (the act after «نسب», at ``attributor`` (:func:`_attribution_verb`), and its subject, the party right after
    it with إلى, or past the act's own relative clause: نسبت السلطات التفجير الذي استهدف سوقاً إلى داعش) is that other
    party's."""
    if attributor is None:
        return None
    relative = last + 1 < len(tokens) and _bare_word(tokens[last + 1]) in RELATIVES  # the act's own clause between
    to = next((a for a in after if a.prep == "الي" and (a.first <= last + 2 or relative and (
        a.first - last <= ATTRIBUTE_REACH and not any(tokens[k].norm in CLAUSE_PUNCT for k in range(last + 1, a.first))))),
        None)
    return to


ATTRIBUTED_AFTER_REACH = 3  # words from the act noun to «نسبته» (its adjective between: اعتداء انتحاري نسبته)


def _attributed_after(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> Arg | None:
    """An act noun followed by its own relative clause of attribution, «نسبته / نسبتها X إلى Y» (اعتداء انتحاري نسبته
    السلطات إلى تنظيم داعش), or by the passive (round 168: هجمات نُسبت إلى حزب العمال): Y is the act's doer, and X,
    who attributes it, is no party of it."""
    verb = next((k for k in range(last + 1, min(len(tokens), last + 1 + ATTRIBUTED_AFTER_REACH))
                 if _has_any(tokens[k], ATTRIBUTE_VERBS)), None)
    if verb is None or any(tokens[k].norm in CLAUSE_PUNCT for k in range(last + 1, verb)):
        return None
    return next((a for a in after if a.first > verb and a.prep == "الي" and a.first - verb <= ATTRIBUTE_REACH
                 and not any(tokens[k].norm in CLAUSE_PUNCT for k in range(verb + 1, a.first))), None)


GIVING_VERBS = frozenset(f for v in ("سلم", "سلمت", "يسلم", "تسلم", "منح", "منحت", "يمنح", "تمنح", "زود", "زودت",
                                      "يزود", "تزود", "اعطي", "اعطت", "يعطي", "تعطي", "اقرض", "اقرضت", "يقرض", "تقرض",
                                      "باع", "باعت", "يبيع", "تبيع", "سلموا", "منحوا")
                         for f in (v, "و" + v))  # verbs with two objects: the receiver first, then the thing given


def _first_object(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> Arg | None:
    """"سلّمت السلطات الأردنية نظيرتها العراقية ثلاثة متهمين"، "منحت اليابان مصر قرضاً": after a verb of giving
    the first bare noun right after its subject is the receiver, the second the thing given.  The verb is the
    trigger itself or, for a noun trigger (قرضاً), the word right before the subject."""
    starts = {m.start for m in c.source}
    subject = next((a for a in args if not a.prep and any(m.start in starts for m in a.actors())), None)
    if subject is None:
        return None
    verb_first = subject.last < c.first if c.noun else subject.first - 1 == c.last
    if not verb_first or subject.first == 0 or not _has_any(tokens[subject.first - 1], GIVING_VERBS):
        return None  # a verb trigger with its subject right after it (VSO); a noun trigger after both objects
    obj = next((a for a in args if a.first == subject.last + 1), None)
    if obj is None or obj.prep or (c.noun and obj.last >= c.first):
        return None
    return obj if not {m.actor_code for m in obj.actors()} & {m.actor_code for m in c.source} else None


DOER_REACH = 6  # words from the trigger to the relative pronoun of its object's clause (بـ«الدور البنّاء» الذي)


NEW_ADJUNCTS = frozenset({"وبعد", "وقبل", "وعقب", "واثر", "وخلال", "وفي"})  # a new adjunct joined by و


def _past_subject(c: Coded, args: Sequence[Arg]) -> int:
    """The last token of a coded act's trigger or of its subject told after it (نوّه المجلس بالجهود، اشترط الرئيس
    السوري بشار الأسد انسحاب …): where the act's complement begins, one token on."""
    starts = {m.start for m in c.source}
    return max([c.last, *(a.last for a in args if any(m.start in starts for m in a.actors()))])


def _doer_of_object(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> Arg | None:
    """"نوّه المجلس بالجهود التي تبذلها باكستان"، "رفضت المقترح الذي قدمته واشنطن": the object of praise,
    blame or refusal is a thing another party does; the relative verb carries the object's pronoun (تبذلها،
    قدمته), so the bare name right after it is that party, the one the act answers.  Without the pronoun (الهجوم
    الذي استهدف X) the name after the verb is its object, not its doer."""
    after = _past_subject(c, args)
    for k in range(after + 1, min(after + 1 + DOER_REACH, len(tokens) - 2)):
        if tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in ASIDE_STOPS or tokens[k].norm in NEW_ADJUNCTS:
            return None  # (round 177: "بعد التوصل لاتفاق بين طهران والقوى العالمية وبعد الخسائر التي تكبدتها …")
        rel = _bare_word(tokens[k])
        if rel not in ("التي", "الذي"):
            continue
        verb = tokens[k + 1].norm
        if not verb.endswith("ها" if rel == "التي" else "ه") or any(a.first <= k + 1 <= a.last for a in args):
            return None
        doer = next((a for a in args if a.first == k + 2 and not a.prep), None)
        if doer is None or {m.actor_code for m in doer.actors()} & {m.actor_code for m in c.source}:
            return None
        return doer
    return None


# Round 182: reactions whose object is an act another party did (condemn, criticise, describe, reject, welcome)
REACTION_PATTERNS = frozenset({"accuse.condemn", "accuse.criticize", "accuse.describe_negative", "accuse.call_lies",
                               "reject.reject", "reject.declare", "reject.oppose", "support.praise"})
# words that may stand between a reaction and its object (نددت موسكو بشدة بالضربات، رفضت أمس القرار)
REACTION_ADVERBS = _words("بشدة", "أمس", "اليوم", "رسميا", "رسمياً", "أيضا", "أيضاً", "كذلك", "بدورها", "بدوره",
                          "بدورهم", "على")
# a definite noun that names the act told earlier in the sentence (شنت … ضربات، ونددت موسكو بالضربات)
FORCE_BACK_NOUNS = _words("ضربات", "ضربة", "غارات", "غارة", "هجوم", "هجمات", "اعتداء", "اعتداءات", "قصف",
                          "عملية", "عمليات", "تفجير", "تفجيرات")
STEP_BACK_NOUNS = _words("قرار", "خطوة", "إجراء", "إجراءات", "حكم", "اتفاق", "اتهامات", "تصريحات")
DEMONSTRATIVE_HEADS = _words("هذا", "هذه", "تلك", "ذلك", "هذين", "هاتين")


def _reacted_act(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> Coded | None:
    """Round 182: the act another party did that a reaction is about, whose doer the reaction is aimed at: an act
    coded right where the reaction's object stands (رفضت الحكومة اتهامات واشنطن), or, for a definite noun of that
    act (شنت الولايات المتحدة … ضربات صاروخية …، ونددت موسكو بالضربات) or an object pronoun (قرار … رفضته جبهة
    البوليساريو، ونددت بها), the act told before it in the sentence.  A reaction of the act's own side is none."""
    if c.pattern.id not in REACTION_PATTERNS or c.target or not c.source:
        return None
    k = c.last + 1
    while k < len(tokens) and (tokens[k].norm in REACTION_ADVERBS or any(
            m.start < tokens[k].end and tokens[k].start < m.end for m in c.source)):
        k += 1  # past the subject of a verb-first reaction, and an adverb
    others = [o for o in events if o is not c and o.source and not _same_side(c.source, o.source)
              and not _same_side(o.source, c.source)]
    force_noun = False
    back = c.last + 1 < len(tokens) and tokens[c.last + 1].norm in STEP_BACK_REFS
    if not c.noun and (_object_pronoun(tokens[c.first]) or back):
        # a verb with the pronoun of the act (رفضته جبهة البوليساريو، وهو ما نددت به بكين): its subject follows
        # it, and a relative clause's head is that act's noun (not «الموقف الذي رحب به التحالف»: a stance)
        subject_at = c.last + 1 + back
        if subject_at >= len(tokens) or not any(m.start == tokens[subject_at].start for m in c.source):
            return None
        rel = c.first - 1
        if rel >= 1 and _bare_word(tokens[rel]) in RELATIVES and not _has_any(
                tokens[rel - 1], FORCE_BACK_NOUNS | STEP_BACK_NOUNS):
            return None
    elif k >= len(tokens) or tokens[k].norm in CLAUSE_PUNCT:
        return None
    else:
        head = k + 1 if tokens[k].norm in DEMONSTRATIVE_HEADS and k + 1 < len(tokens) else k
        there = next((o for o in others if o.first == head and o.noun), None)
        if there is not None:
            return there
        stem = tokens[head].stem or tokens[head].norm
        named = _definite(tokens[head]) or head > k
        force_noun = named and stem in FORCE_BACK_NOUNS
        if not force_noun and not (named and stem in STEP_BACK_NOUNS):
            return None
    earlier = [o for o in others if o.last < c.first and o.pattern.id not in REACTION_PATTERNS
               and (not force_noun or o.etype in FORCE_TYPES)]
    return max(earlier, key=lambda o: o.last) if earlier else None


VETO_PATTERNS = frozenset({"reject.veto", "reject.veto_met"})
DRAFT_WORDS = _words("مشروع", "مشاريع")
RESOLUTION_WORDS = _words("قرار", "القرار", "قرارات")
CONDITION_STEMS = ("اشترط", "يشترط", "تشترط", "مشترط")
CONDITION_PARTY_REACH = 6  # words from «اشترط» (past its subject) to the party whose act is the condition


def _veto_body(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> tuple[int, int] | None:
    """Round 188: the body a veto is cast in, for a veto with no target: the Security Council named in the sentence
    (its argument's span), or, unnamed, the draft resolution it kills (مشروع قرار): the UN's, as every veto's is."""
    if c.pattern.id not in VETO_PATTERNS or c.target or any(m.actor_code == "IGOUNO" for m in c.source):
        return None  # (a council read as the vetoing party is no target of itself)
    council = next((a for a in args if any(m.actor_code == "IGOUNO" for m in a.actors())), None)
    if council is not None:
        return council.first, council.last
    return next(((k, k + 1) for k in range(len(tokens) - 1)
                 if _has_any(tokens[k], DRAFT_WORDS) and _has_any(tokens[k + 1], RESOLUTION_WORDS)), None)


def _conditioned_party(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> Arg | None:
    """Round 188: «اشترط X انسحاب الجيش الإسرائيلي / انسحاباً لقوات الاحتلال»: the party whose act a condition
    names, right after the condition's verb and its subject, is the one the condition is set to (a party of the
    same side is none)."""
    if c.target or not c.source or c.noun or not _bare_word(tokens[c.first]).startswith(CONDITION_STEMS):
        return None
    after = _past_subject(c, args)
    for a in args:
        if after < a.first <= after + CONDITION_PARTY_REACH and a.prep in ("", "ل") \
                and not any(tokens[k].norm in CLAUSE_PUNCT for k in range(after + 1, a.first)):
            return None if _same_side(c.source, a.actors()) else a
    return None


def _conjoined_pronoun_object(tokens: Sequence[Token], c: Coded) -> bool:
    """"استدعت الخارجية القائم بالأعمال التركي وسلّمته مذكرة احتجاج"، "داهمت منزله واقتادته": a verb conjoined with
    و whose object is a pronoun (the trigger, or the light verb right before a noun trigger) points back to the
    object of the act before it.  A bare ه must follow a stem of four letters or ت (ووجّه، وواجه: no pronoun)."""
    k = c.first - 1 if c.noun else c.first
    if k < 1 or not tokens[k].norm.startswith("و"):
        return False
    word = tokens[k].norm[1:]
    if tokens[k].text.endswith(("ة", "ى")):
        return False  # a noun or adjective (وأردنية), not a verb with a pronoun
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]  # the tokenizer splits the pronoun off a verb it knows (وسلمته → سلمت)
            return stem in _norm_forms(tokens[k]) and len(stem) >= 3 and (
                suffix != "ه" or stem.endswith("ت") or len(stem) >= 4)
    return False


def _pronoun_object_roles(tokens: list[Token], c: Coded, events: Sequence[Coded], args: Sequence[Arg]
                          ) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """Subject and object for a conjoined verb with a pronoun object: those of the act told before it when its
    own subject was guessed inside that act's object (داهمت قوات الأمن منزل الغنوشي واقتادته), else those of a
    verb-first clause naming two bare parties before it (استدعت الخارجية القائم بالأعمال التركي وسلّمته مذكرة)."""
    first = c.first - 1 if c.noun else c.first
    prior = next((o for o in reversed(events) if o.last < first and o.source and o.target and o is not c), None)
    if prior is not None:
        guessed = all(max(x.end for x in prior.source) <= m.start and prior.trig_end <= m.start
                      and m.end <= tokens[first].start for m in c.source)
        if guessed and not {m.actor_code for m in prior.source} & {m.actor_code for m in prior.target}:
            return list(prior.source), list(prior.target)
        return None
    start = _clause_start(tokens, first)
    bare = [a for a in args if start < a.first and a.last < first and not a.prep]
    if len(bare) != 2 or bare[0].first != start + 1:
        return None
    subject, obj = bare[0].actors(), bare[1].actors()
    if {m.actor_code for m in subject} & {m.actor_code for m in obj}:
        return None
    return subject, obj


def _counterpart_of_source(c: Coded) -> list[ActorMention] | None:
    """"زوّدت الاستخبارات التركية نظيرتها العراقية": a counterpart is the same organ of the country its adjective
    names, so it takes the sector of the (one) state organ acting, not that of the last person named."""
    sectors = {m.sector for m in c.source}
    if len(sectors) != 1 or not c.target or not all(m.how == "counterpart" for m in c.target):
        return None
    sector = next(iter(sectors))
    if sector not in STATE_SIDE or any(m.type == "PERS" for m in c.source) \
            or all(m.sector == sector for m in c.target):
        return None
    return [replace(m, actor_code=f"{m.country}{sector}", sector=sector) for m in c.target if m.country]


def _in_relative_clause(tokens: Sequence[Token], m: ActorMention) -> bool:
    """The mention stands after a relative pronoun (الحرب التي تشنها ميليشيات الحوثي) with no comma between."""
    k = next((i for i, t in enumerate(tokens) if t.end > m.start), len(tokens))
    while k > 0:
        k -= 1
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if _bare_word(tokens[k]) in RELATIVES:
            return True
    return False


def _circumstantial(tokens: Sequence[Token], c: Coded) -> bool:
    """A participle opening a clause after a comma (…، متهمة / مؤكداً / محذراً): its subject is the main
    clause's, not the nearest name before the comma."""
    if c.first == 0 or tokens[c.first - 1].norm not in ("،", ",") or c.last != c.first:
        return False
    tok = tokens[c.first]
    if not tok.prefix and tok.norm[:1] == "م" and tok.norm.endswith(("ا", "ه", "ين", "ون")):
        return True
    word = tok.norm  # the active participle of a bare verb (واصفاً، نافياً، رافضة): فاعل + the accusative ending
    return len(word) in (5, 6) and word[1] == "ا" and word.endswith(("ا", "ه", "ين"))


# Light verbs that carry a noun trigger after them (ووجّه إليه دعوة، وقدّم اعتذاراً), normalized, without و.
CONJOINED_LIGHT_VERBS = frozenset({"وجه", "وجهت", "قدم", "قدمت", "اجري", "اجرت", "عقد", "عقدت", "اصدر", "اصدرت",
                                   "شن", "شنت", "نفذ", "نفذت", "فرض", "فرضت", "وقع", "وقعت",
                                   "جري", "تم", "امر", "امرت", "قرر", "قررت"})  # passive periphrases, orders, decisions
PRONOUN_OBJECTS = frozenset({"اليه", "اليها", "اليهم", "له", "لها", "لهم", "معه", "معها", "معهم", "عليه", "عليها"})
CHARGE_INTROS = _words("بتهمة", "تهمة", "بتهم", "بتهمه", "تهم")  # "بتهمة تمويل احتجاجات": what a charge alleges
CONJOINED_REACH = 25  # words between a verb and the verb conjoined to it that inherits its subject

# A noun act's relative verb whose pronoun is the act itself, its doer next (اتصال هاتفي أجراه الرئيس، زيارة
# يجريها الوزير، محادثات عقدها وفد، الهجوم الذي قام به الجيش), normalized, without و: light verb stems × pronouns.
PERFORMED_VERBS = frozenset(stem + pron for stem in ("اجرا", "اجرت", "اجريا", "يجري", "تجري", "عقد", "عقدت", "عقدا",
                                                     "يعقد", "تعقد", "ادا", "ادت",
                                                     # round 3: "هجمات شنتها الميليشيا"، "احتجاجات نظمها سكان"
                                                     "شن", "شنت", "شنو", "نفذ", "نفذت", "نفذو", "نظم", "نظمت", "نظمو",
                                                     "ارتكب", "ارتكبت", "ارتكبو", "اطلق", "اطلقت", "اطلقو",
                                                     "يقود", "تقود",  # "الغارات التي تقودها السعودية"
                                                     "وجهت", "وجهو")  # round 157: "الضربة التي وجهتها الجهات الأمنية"
                            for pron in ("ه", "ها", "هما")) | {"قادها", "قادوها"}  # (not قادة، قادته: leaders)
# "…الذي تقوده / التي يقودها X": X leads the noun before (a coalition, a campaign), named only to describe it
LED_BY_WORDS = _words("بقيادة", "وبقيادة")  # "led by"
LEAD_VERBS = frozenset({"يقوده", "يقودها", "تقوده", "تقودها", "يقودهم", "تقودهم", "قادها", "قادوها"})  # (not قاده: قادة)
GATHERED_VERBS = frozenset({"جمعت", "جمع"})  # "قمة جمعت X و Y": the meeting's two parties follow
PERFORMED_WITH = frozenset({"قام", "قامت", "قاما", "قاموا", "يقوم", "تقوم"})  # + به / بها: "قام به الجيش"
PERFORMED_PRONOUNS = frozenset({"به", "بها", "بهما"})
PERFORMED_REACH = 2  # words (an adjective, a relative) between the noun and its relative verb


PERFORMER_GAP = 4  # words from the relative verb to its subject (أجراه الرئيس، عقده زعيم التمرد عبدالملك الحوثي)


def _performed_by(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> Arg | None:
    """The doer of a noun act told by its relative verb (اتصال هاتفي أجراه أردوغان بنظيره): the bare party right
    after the verb is the act's source, whatever target follows; a party after the noun itself is not."""
    k = last + 1
    # (past an instrument: "ضربة بطائرة مسيّرة نفذها الجيش المالي", round 58)
    reach = PERFORMED_REACH + 2 if k < len(tokens) and tokens[k].prefix.lstrip("وف")[:1] == "ب" else PERFORMED_REACH
    while k < len(tokens) and k - last <= reach + 1 and tokens[k].is_word:  # (reach words between, then the verb)
        word = tokens[k].norm
        if word in PERFORMED_VERBS or (word in PERFORMED_WITH and k + 1 < len(tokens)
                                       and tokens[k + 1].norm in PERFORMED_PRONOUNS):
            verb_end = k if word in PERFORMED_VERBS else k + 1
            # (a title the lexicon leaves out may stand between: «لقاء عقده زعيم التمرد عبدالملك الحوثي», round 29)
            # (past no preposition: «الزيارة التي يقوم بها إلى مملكة إسبانيا» goes to Spain, Spain does not visit)
            return next((a for a in after if a.first > verb_end and not a.prep and a.first - verb_end <= PERFORMER_GAP
                         and all((tokens[j].is_word and tokens[j].norm not in PREPOSITIONS)
                                 or tokens[j].norm in ("«", '"', "“") for j in range(verb_end + 1, a.first))), None)
        if any(a.first <= k <= a.last for a in after):
            return None  # a party between: "زيارة وزير الخارجية التي أجراها" has its own genitive
        k += 1
    return None


def _led_by(tokens: Sequence[Token], a: Arg) -> bool:
    """Whether ``a`` is the subject of a relative clause of leading right before it («التحالف العربي الذي تقوده
    المملكة»، «الضربات التي تقودها السعودية») or follows «بقيادة»: the leader describes the noun before, it is no
    party acted upon."""
    k = a.first
    return k >= 2 and _bare_word(tokens[k - 1]) in LEAD_VERBS and _bare_word(tokens[k - 2]) in RELATIVES \
        or k >= 1 and tokens[k - 1].norm in LED_BY_WORDS  # round 162: "طائرات التحالف بقيادة المملكة"


def _spelt_as_its_noun(form: str, p: Pattern, four_letters: bool = False) -> bool:
    """A past verb written as its own verbal noun: listed as a noun, or a past of three letters (دعم، قصف)
    and, with ``four_letters``, a «تفعّل» past of four (تعهّد / تعهُّد، تدخّل; not «اتّهم», whose noun is اتهام)."""
    word = form.lstrip("وف")
    return form in p.noun_forms or len(word) == 3 or (four_letters and len(word) == 4 and word.startswith("ت"))


MASDAR_ADJECTIVE_REACH = 3  # words (adjectives, a joined noun) between a verbal noun's genitive and its ل object


# adjectives of belonging that take their own ل (الموالي للأكراد، التابعة للأمم المتحدة): the genitive's, not the noun's
BELONGING_ADJECTIVES = _words("التابع", "التابعة", "الموالي", "الموالية", "المؤيد", "المؤيدة", "المعارض", "المعارضة",
                              "المناهض", "المناهضة", "المقرب", "المقربة", "المنتمي", "المنتمية", "المحسوب",
                              "المحسوبة", "الصديق", "الصديقة", "المعادي", "المعادية", "الداعم", "الداعمة")


def _past_noun_adjectives(tokens: Sequence[Token], genitive: Arg, args: Sequence[Arg], noun: int) -> int:
    """The index after a verbal noun's genitive and what may stand between it and the noun's object with ل: the
    noun's definite adjectives, of its gender, none that takes its own ل (round 161: «رفض مصر الكامل للتدخل
    الإيراني», not «الموالي للأكراد»); a second noun joined by و with the genitive's pronoun (round 162: «إدانة
    المملكة واستنكارها للجريمة»), then a dual adjective of both (round 164: «واستنكارها الشديدين»).  No party, no
    number.  The ل object comes after them, as it comes right after the genitive when there are none."""
    feminine = tokens[noun].norm.endswith("ه")
    k = genitive.last + 1
    joined = False
    while k < len(tokens) and k - genitive.last <= MASDAR_ADJECTIVE_REACH and tokens[k].is_word \
            and parse_number(tokens, k) is None and not any(a.first <= k <= a.last for a in args):
        word = tokens[k].norm
        # (after two joined nouns, a dual adjective of both: «إدانة المملكة واستنكارها الشديدين للتفجير»)
        adjective = tokens[k].prefix in ("", "ال") and word.startswith("ال") and len(word) > 3 \
            and (word.endswith("ه") == feminine or joined and word.endswith(("ين", "ان"))) \
            and word not in BELONGING_ADJECTIVES
        # round 162: a second noun joined with و that carries the genitive's pronoun shares its object («إدانة
        # المملكة واستنكارها للجريمة»)
        conjoined = tokens[k].prefix[:1] == "و" and word.endswith(("ها", "هم")) and len(word) > 6
        if not (adjective or conjoined):
            break
        joined = joined or conjoined
        k += 1
    return k


def _genitive_then_lam(tokens: Sequence[Token], first: int, last: int, p: Pattern, form: str,
                       args: Sequence[Arg]) -> bool:
    """Round 135: a form listed both as verb and as verbal noun (دعم، قصف) with a bare party right after it and a
    party with ل right after that («دعم السيستاني لرئيس الوزراء»، «دعم السعودية للحكومة اليمنية») is the verbal
    noun: the party is its doer, the one after ل its object; a finite verb takes its object bare (unless the pattern
    names its target with ل).  A past form of three letters is spelt as its verbal noun (دعم، قصف، ضرب) even where
    the pattern lists no noun."""
    if first != last or form not in p.verb_forms or tokens[first].prefix.lstrip("وف") or "ل" in p.target_preps \
            or not _spelt_as_its_noun(form, p):
        return False  # (a verb whose object is told with ل, خصص الاتحاد للأردن, is no evidence of a noun)
    genitive = next((a for a in args if a.first == last + 1 and not a.prep), None)
    k = _past_noun_adjectives(tokens, genitive, args, last) if genitive is not None else len(tokens)
    # (the object may be a container of a party: «قصف الجيش السوري لمواقع المعارضة»)
    return k < len(tokens) and tokens[k].is_word and tokens[k].prefix.lstrip("وف")[:1] == "ل" \
        and any(a.first in (k, k + 1) for a in args)


# what a recognition or a respect is "of" (الاعتراف بسيادة المغرب، باستقلال كوسوفو، بشرعية الحكومة), normalized
SOVEREIGNTY_HEADS = frozenset({"سياده", "استقلال", "شرعيه", "وحده", "سلامه"})
SOVEREIGNTY_REACH = 6  # words from the trigger to the party


def _sovereign_owner(tokens: Sequence[Token], last: int, after: Sequence[Arg], source: Arg | None) -> Arg | None:
    """Round 136: the party whose sovereignty, independence or legitimacy an act with ب is about (اعترفت الولايات
    المتحدة بسيادة المغرب → MAR): the bare party right after «بسيادة / باستقلال / بشرعية», or a state named by
    its nisba whose head carries the ب (اعترافها بالدولة الفلسطينية: the mention holds its proclitic)."""
    for a in after:
        if a is source or a.prep or a.first <= last or a.first - last > SOVEREIGNTY_REACH:
            continue
        before, head = tokens[a.first - 1], tokens[a.first]
        if a.first - 1 > last and before.prefix.lstrip("وف") == "ب" \
                and before.norm[len(before.prefix):] in SOVEREIGNTY_HEADS:
            return a
        if head.prefix.lstrip("وف")[:1] == "ب" and _has_any(head, STATE_HEADS):
            # (the state recognised, as «بدولة فلسطين» is: the country, not its government)
            return Arg([with_code(m, m.country, None, "state") if m.country else m for m in a.mentions], a.first,
                       a.last, a.prep)
    return None


def _gathered(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> tuple[Arg, Arg | None] | None:
    """The parties a meeting "brought together" (قمة جمعت الرئيس X والرئيس Y): the first is the source, the
    second the target; one coordinated argument holds both."""
    k = last + 1
    while k < len(tokens) and k - last <= PERFORMED_REACH and tokens[k].is_word:
        if tokens[k].norm in GATHERED_VERBS:
            parts = [a for a in after if a.first > k and not a.prep and a.first - k <= 8]
            if parts and parts[0].first == k + 1:
                return parts[0], (parts[1] if len(parts) > 1 and _coordinated(tokens, parts[0], parts[1]) else None)
            return None
        k += 1
    return None


def _crowd_country(sent: Sentence, c: Coded, places: Sequence[PlaceMention], entities: Sequence[ActorMention]
                   ) -> str | None:
    """Where unnamed protesters are: the protest's place, else the one country the sentence's places and
    actors name; none for protests that are only what a charge alleges (بتهمة تمويل احتجاجات).  Stricter than
    roles.context_country, which lets one state actor outweigh the places: a crowd needs a single country."""
    if c.location is not None and c.location.country:
        return c.location.country
    if any(_has_any(t, CHARGE_INTROS) for t in sent.tokens[max(0, c.first - 3):c.first]):
        return None
    found = {p.country for p in places if sent.start <= p.start < sent.end and p.country}
    for m in entities:
        if sent.start <= m.start < sent.end:
            found |= {x.country for x in (m.members or [m]) if x.country}
    # (a state's: the only body named being «منظمة التعاون الإسلامي» gives the crowd no country, round 162)
    return next(iter(found)) if len(found) == 1 and not found & NON_STATE_ROOTS else None


def _riot_crowd(sent: Sentence, c: Coded, country: str | None) -> None:
    """§30: the unnamed crowd of a riot converted from a storming or an attack is the civilians of its one country
    (force drops civilians as actors, so the source was left empty)."""
    if country is None:
        return
    off = sent.start
    c.source = [ActorMention(c.trig_start, c.trig_end, sent.text[c.trig_start - off:c.trig_end - off],
                             actor_code=country + "CVL", country=country, sector="CVL", how="unnamed-crowd",
                             sentence=sent.index)]
    c.why.append(f"source: {country}CVL (the rioting crowd in {country})")


def _closes_aside(tokens: Sequence[Token], o: Coded, comma: int) -> bool:
    """The comma at ``comma`` closes an aside opened after the act ``o`` by a comma and a participle
    ("رفضت حماس المقترح، معتبرة أنه …، ودعت"): what the participle's clause reports stays inside it."""
    opener = next((j for j in range(o.last + 1, comma) if tokens[j].norm in CLAUSE_PUNCT), None)
    return opener is not None and opener + 1 < len(tokens) and tokens[opener + 1].norm[:1] == "م"


def _conjoined_main(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> Coded | None:
    """The event whose subject a subjectless conjoined act shares: "استقبل الملك الرئيس وبحث معه …"، "…،
    ووجّه إليه دعوة"، "…، كما اجتمع مع …" (round 155).  The act's verb (or the light verb right before its noun,
    past a pronoun object) carries the conjunction و (or follows «، كما»); the earlier act (a verb's, or a noun's
    with its own subject: "أعلن الرئيس حالة الطوارئ وأمر بنشر الجيش") is in the same sentence with no
    complementizer or contrast word (فيما، بينما) between, which would open a clause with a subject of its own."""
    head = c.first
    if c.noun:
        k = c.first - 1
        while k >= 0 and tokens[k].norm in PRONOUN_OBJECTS and c.first - k <= 2:
            k -= 1
        if k < 0 or not any(f in CONJOINED_LIGHT_VERBS for f in _norm_forms(tokens[k])):
            return None
        head = k
    tok = tokens[head]
    if head == 0 or not (tok.prefix.startswith("و") or (tok.norm[:1] == "و" and tok.norm[1:] in _norm_forms(tok))
                         or _also_after_comma(tokens, head)):
        return None
    for o in reversed(events):
        if o is c or o.last >= head or not o.source or head - o.last > CONJOINED_REACH:
            continue
        if o.first > 0 and _bare_word(tokens[o.first - 1]) in RELATIVES:
            continue  # "المتظاهرين الذين خرجوا …، واعتقلت": the relative clause's verb is not the main one
        # (a complementizer in an aside closed by a comma before the verb — "…، معتبرة أنه …، ودعت" — is the
        # aside's own)
        last_break = max((j for j in range(o.first, head) if tokens[j].norm in CLAUSE_PUNCT), default=o.first)
        lo = last_break if _closes_aside(tokens, o, last_break) else o.first
        if any(tokens[j].norm in CONTRAST_WORDS for j in range(o.first, head)) or any(
                tokens[j].norm in COMPLEMENTIZERS for j in range(lo, head)):
            return None
        return o
    return None


def _civil_object(tokens: Sequence[Token], c: Coded) -> int | None:
    """The token of a civilian place or people right after a force trigger (قصفت مستشفى، أحياء، سوقاً شعبية،
    منازل), or None."""
    for k in range(c.last + 1, min(len(tokens), c.last + 1 + CIVIL_OBJECT_REACH)):
        t = tokens[k]
        if t.norm in CLAUSE_PUNCT or t.norm in PREPOSITIONS or t.norm in LOCATION_PREPS:
            return None  # "انفجرت عبوة قرب سوق": where it happened, not whom it hit
        if t.prefix.lstrip("وف")[:1] in ("ب", "ل") and t.norm not in CIVIL_OBJECTS:
            continue  # an instrument or a purpose (بالبراميل المتفجرة) stands between verb and object
        if t.norm in CIVIL_OBJECTS or any(f in CIVIL_OBJECTS for f in _norm_forms(t)):
            return k
    return None


def _joint(tokens: Sequence[Token], c: Coded) -> bool:
    """An exercise held jointly: "مشترك" right after the drill noun, or forces of two countries acting."""
    if any(_has_any(t, JOINT_WORDS) for t in tokens[c.last + 1: c.last + 3]):
        return True
    return len({_country(m) for m in c.source} - {None}) >= 2


MET_VERBS = _words("قوبل", "قوبلت", "قوبلا", "قوبلوا", "جوبه", "جوبهت", "واجه", "واجهت", "يواجه", "تواجه")
MET_REACH = 10


def _met_with(tokens: Sequence[Token], first: int) -> int | None:
    """Where "قوبل / جوبه / واجه" stands when a ب-noun trigger completes it (قوبلت الغارات … بإدانة)."""
    if tokens[first].prefix.lstrip("وف")[:1] != "ب":
        return None
    for k in range(first - 1, max(-1, first - 1 - MET_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return None
        if _has_any(tokens[k], MET_VERBS):
            return k
    return None


def _prep_of(tokens: list[Token], first: int, mention: ActorMention, stop: frozenset[str] = frozenset()) -> str:
    tok = tokens[first]
    clitic = ""
    if mention.start > tok.start:
        clitic = normalize(tok.text[: mention.start - tok.start])
    elif tok.norm not in normalize(f"{mention.name or ''} {mention.text}").split() or _has_any(tok, COUNTERPART_WORDS):
        clitic = tok.prefix  # the mention kept its proclitic (لوزير الخارجية، بنظيره البريطاني ديفيد كاميرون)
    if mention.how == "nisba" and _has_any(tok, MEDIATION_WORDS) and tok.prefix.lstrip("وف")[:1] == "ب":
        return SPONSOR  # round 91: "بوساطة عمانية": the go-between the adjective names
    held = first  # the token the proclitic is written on
    if not clitic:
        detached = _detached_clitic(tokens, first)
        if detached is not None:
            held, clitic = detached, tokens[detached].norm
    if not clitic and first > 0 and (held_by := _demonstrative_preposition(tokens[first - 1])):
        held, clitic = first - 1, held_by  # round 154: "بهذه المحكمة": the demonstrative holds the preposition
    clitic = clitic.lstrip("وف")
    if clitic.endswith("ال"):
        clitic = clitic[:-2]
    if clitic in ("ب", "ل", "ك", "لل"):
        if clitic in ("ل", "لل") and held > 0 and _has_any(tokens[held - 1], AFFILIATION_WORDS) and any(
                tokens[k].norm == "متن" and tokens[k - 1].norm == "علي" for k in range(max(1, held - VEHICLE_REACH), held - 1)):
            return "علي متن"  # round 111: "على متن طائرة الشحن التابعة للقوات الجوية": the vehicle's owner, no party
        if clitic in ("ل", "لل") and held > 0 and _has_any(tokens[held - 1], CONTAINER_NOUNS):
            # "على مواقع لحركة حماس"، "قصفت مواقع لوحدات …": ل marks whose the container is; the
            # container's own preposition (or none: a direct object) is the argument's
            outer = _prep_of_word(tokens, held - 1, stop)
            return outer or CONTAINER_OBJECT
        if clitic in ("ل", "لل") and held > 1 and tokens[held - 2].stem in CONTAINER_NOUNS \
                and not _has_any(tokens[held - 2], FORCE_HEADS) \
                and _container_complement(tokens[held - 1]):
            # round 124: "على معسكرات ومخازن أسلحة لميليشيا الحوثي"، "مواقع عسكرية لحزب الله": the container's own
            # indefinite genitive or adjective stands between it and its owner (not a force's: "قوات موالية للرئيس"
            # is a party of its own; nor a container with its own pronoun: "بدورها زيارة لأوباما")
            outer = _prep_of_word(tokens, held - 2, stop)
            return outer or CONTAINER_OBJECT
        return "ل" if clitic == "لل" else clitic
    return _prep_of_word(tokens, first, stop)


def _container_complement(tok: Token) -> bool:
    """An indefinite plain word (أسلحة، عسكرية، تدريب) that can only complete the container noun before it."""
    return tok.is_word and not tok.prefix and not tok.norm.startswith("ال") and tok.norm not in PREPOSITIONS \
        and tok.norm not in COMPLEMENTIZERS and parse_number([tok], 0) is None


DETACHED_CLITICS = frozenset({"ل", "ب", "ول", "وب", "فل", "فب", "لل", "ك"})  # the token «لـ» before a quotation mark
VEHICLE_REACH = 8  # words from «على متن» to the owner of the vehicle (على متن طائرة الشحن الإغاثية الرابعة التابعة لـ)


def _detached_clitic(tokens: Sequence[Token], first: int) -> int | None:
    """Round 88: the token of a proclitic written apart before the quoted name at ``first`` after a place or a member
    of what it names (مقار لـ«كتائب حزب الله»), also through a quoted name it is joined to (لـ«حزب الله» و«حركة
    أمل»).  Elsewhere «لـ» before a quotation is left to the rules that read its quotation ("قال لـ«الشرق الأوسط»")."""
    k = first - 1
    if k < 1 or tokens[k].norm not in OPENING_QUOTES:
        return None
    if tokens[k - 1].norm == "و" and k > 2 and tokens[k - 2].norm == "»":
        k = next((j for j in range(k - 3, max(-1, k - 3 - QUOTED_NAME_WORDS - 1), -1) if tokens[j].norm == "«"), 0)
    return k - 1 if k > 1 and _prep_before_quote(tokens, k) and tokens[k - 1].norm in DETACHED_CLITICS else None


DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هولاء"})  # normalized (هؤلاء → هولاء)


def _demonstrative_preposition(tok: Token) -> str:
    """The «ب» written on a demonstrative (بهذه، بتلك), or "" (the tokenizer leaves them whole).  A «ل» is left
    alone: «ضربات موجعة لهذا الحزب» names whom the blows are for, as a bare object would."""
    norm = tok.norm[1:] if tok.norm[:1] in ("و", "ف") else tok.norm
    return "ب" if norm[:1] == "ب" and norm[1:] in DEMONSTRATIVES else ""


# "counterpart" with its possessive endings: the actor stage keeps a proclitic on it (بنظيره البريطاني)
COUNTERPART_WORDS = frozenset({"نظير", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظيرهم", "نظراءه",
                               "نظرايه", "نظراءها", "نظرايها"})


def _prep_of_word(tokens: list[Token], first: int, stop: frozenset[str]) -> str:
    """The preposition up to a few words before token ``first``, looking past containers and numbers."""
    k = first - 1
    steps = 0
    while k >= 0 and steps < 3:
        norm = tokens[k].norm
        if not tokens[k].is_word:
            if norm in OPENING_QUOTES and k > 0 and k == first - 1:
                k -= 1  # a quoted or bracketed name (أمام مقر «الأونروا»، على «داعش»): read on before the mark
                continue
            return ""
        if k == first - 1 and _has_any(tokens[k], MEDIATION_WORDS) and tokens[k].prefix.lstrip("وف")[:1] == "ب":
            return SPONSOR  # round 91: "المحادثات بين إيران والولايات المتحدة بوساطة سلطنة عمان", though «وساطة» is a trigger
        if norm in COMPLEMENTIZERS or _has_any(tokens[k], stop):
            return ""
        bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 2 and norm[1:] in PREPOSITIONS else norm
        if k == first - 1 and norm in DECISION_HEADS:
            return ""  # "عن قرار الرباط تجميد علاقاتها": whose decision it is, not the preposition's object
        if k > 0 and (tokens[k - 1].norm, bare) in TWO_WORD_PREPS:
            return TWO_WORD_PREPS[(tokens[k - 1].norm, bare)]
        if _has_any(tokens[k], DIRECTIONS):
            return "في"
        if _has_any(tokens[k], SPONSOR_WORDS):
            return SPONSOR  # "برعاية الأمم المتحدة": the sponsor is no party to the talks  # "بشمال شرقي نيجيريا"، "جنوب لبنان": a place, wherever the preposition is
        if bare == "عن" and k > 0 and _has_any(tokens[k - 1], DELEGATION_WORDS):
            return _prep_of_word(tokens, k - 1, stop)  # "ممثلون عن الحكومة وطالبان التقوا": whom they represent
        if bare == "من" and k > 0 and _has_any(tokens[k - 1], DELEGATION_WORDS):
            # "استقبل … وفداً من حركة حماس": the delegation's party is the argument the delegation would be
            return _prep_of_word(tokens, k - 1, stop) or CONTAINER_OBJECT
        if bare == "من" and k > 0 and (tokens[k - 1].norm in PARTITIVES or _has_any(tokens[k - 1], FORCE_HEADS)):
            k -= 2  # "عن أي من المعتقلين"، "على عدد من المواقع": the partitive is not the argument's
            steps += 1
            continue
        if bare in ("من", "عن") and k > 0 and tokens[k - 1].norm in COMPARED_COUNTS and k + 1 < len(tokens) \
                and parse_number(tokens, k + 1) is not None:
            # round 90: "اعتقلت أكثر من أربعين شخصاً"، "ما لا يقل عن 12 ناشطاً": the comparison is part of the count
            k -= 2
            while k >= 0 and tokens[k].norm in ("لا", "ما"):
                k -= 1
            steps += 1
            continue
        if bare in PREPOSITIONS:
            return bare
        if k == first - 1 and tokens[k].prefix.lstrip("وف")[:1] in ("ب", "ل") and _has_any(tokens[k], APPOSITION_TITLES):
            return tokens[k].prefix.lstrip("وف")[:1]  # round 93: "اعترفت برئيس الجمعية الوطنية": the title's ب
        honorific = _has_any(tokens[k], HONORIFIC_WORDS)  # "اتصالاً هاتفياً بفخامة الرئيس": the form of address's ب
        if (honorific or _has_any(tokens[k], CONTAINER_NOUNS)) and tokens[k].prefix.lstrip("وف")[:1] in ("ب", "ل"):
            return tokens[k].prefix.lstrip("وف")[:1]  # "رحبت بمبادرة السعودية": the container's own ب
        if not honorific and not _has_any(tokens[k], CONTAINER_NOUNS) and parse_number(tokens, k) is None \
                and not (tokens[k].norm in LEADERSHIP_HEADS and not tokens[k].prefix and k > 0
                         and _bare_word(tokens[k - 1]) in LEADERSHIP_PREPS):
            return ""  # look past container nouns and numbers only: "على مواقع تنظيم داعش"، "على ثلاثة مسؤولين"
            # (and, round 172, a bare leadership: "بحثت المجموعة مع قيادة السلطة المحلية")
        if not (k > 0 and parse_number(tokens, k) is not None and parse_number(tokens, k - 1) is not None):
            steps += 1  # round 125: a number of several words (200 ألف، ثلاثة آلاف) is one step
        k -= 1
    return ""


LEADERSHIP_HEADS = _words("قيادة", "قيادات")  # the leadership of a party, which stands for it after a preposition
# ... of the other side (مع، على، إلى); «صدر عن قيادة قوات التحالف بيان» names who issued it, as a bare party would
LEADERSHIP_PREPS = frozenset({"مع", "علي", "الي"})
COMPARED_COUNTS = _words("أكثر", "أقل", "يقل", "يزيد", "تقل", "تزيد")  # "أكثر من 40"، "ما لا يقل عن 12"


def _counted_nationals(tokens: Sequence[Token], k: int) -> bool:
    """Section 32: an indefinite nisba right after a number (25 فلسطينياً، ثلاثة سعوديين) counts people of that
    country; not a definite adjective (القوات الـ3 الروسية) nor one after a noun it describes, nor a share of people
    counted already (290 محتجزاً، بينهم ثلاثة سعوديين: the released are the 290, the party is not the Saudis)."""
    tok = tokens[k]
    if k == 0 or tok.norm.startswith("ال"):
        return False
    if tok.norm.endswith("يين") and k + 1 < len(tokens) and tokens[k + 1].norm in TRAILING_TWO:
        return True  # round 54: "اعتقلت قوات الاحتلال فلسطينيين اثنين": two people of that country
    if tok.norm.endswith("يان"):
        # round 54: a dual after a word of death, wounding or arrest (استشهد فلسطينيان), not after a noun it
        # describes (صحفيان أمريكيان)
        return _token_kind(tokens[k - 1]) is not None
    return tok.norm.endswith(COUNTED_NISBA_ENDINGS) \
        and parse_number(tokens, k - 1) is not None and not (k > 1 and tokens[k - 2].norm in AMONG_WORDS)


TOLL_VICTIM_REACH = 18  # words from a casualty word to the force noun linked to it
VICTIM_SLOT = 4  # words from the casualty word to its victims (لقي 20 من طلاب، أصيب نحو 400 شخص)
CASUALTY_KINDS = frozenset({"dead", "injured"})
# casualty words that stand after their victims (لقي أربعة جنود حتفهم، أصيب ثلاثة جنود بجروح)
TRAILING_CASUALTY = _words("حتفه", "حتفها", "حتفهم", "حتفهما", "مصرعه", "مصرعها", "مصرعهم", "مصرعهما", "بجروح",
                           "جروح")


FALLEN_VERBS = _words("سقط", "سقطت", "سقطوا", "سقطا", "يسقط", "تسقط", "يسقطون")
DEAD_NOUNS = _words("قتلى", "صرعى")
FALLEN_REACH = 5  # words from «سقط» to «قتلى»


def _dead_named_before(tokens: Sequence[Token], first: int) -> bool:
    """A casualty word that trails its dead: «لقي 13 حوثياً مصرعهم»، «25 حوثياً … سقطوا قتلى».  The party before it
    died; it is the act's target, not its doer."""
    if _has_any(tokens[first], TRAILING_CASUALTY):
        return True
    if not _has_any(tokens[first], DEAD_NOUNS):
        return False
    for k in range(first - 1, max(-1, first - 1 - FALLEN_REACH), -1):  # (سقط 25 حوثياً قتلى: the dead between)
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if _has_any(tokens[k], FALLEN_VERBS):
            return True
    return False


def _toll_victims(tokens: Sequence[Token], first: int, args: Sequence[Arg]) -> Arg | None:
    """The people a casualty word counts as dead or wounded in the clause of a force noun linked to them (في،
    جراء، إثر، ب): "لقي أربعة جنود باكستانيين حتفهم في هجوم"، "أصيب 12 فلسطينياً برصاص قوات الاحتلال" — the
    attack's victims, its target.  The victims stand right after the casualty word (أصيب، استشهد، مقتل، إصابة) or
    right before a trailing one (حتفهم، بجروح); an active verb after its subject (وقتلت 10 آخرين) names the
    killers, not the dead."""
    lo = next((k for k in range(first - 1, max(-1, first - 1 - TOLL_VICTIM_REACH), -1)
               if tokens[k].norm in CLAUSE_PUNCT), max(-1, first - 1 - TOLL_VICTIM_REACH))
    casualties = [k for k in range(first - 1, lo, -1) if _token_kind(tokens[k]) in CASUALTY_KINDS]
    # the words before their victims first: "لقي 13 عنصراً من الحوثيين وقوات صالح مصرعهم" names all of them after
    # «لقي», while the party right before «مصرعهم» is only the last of the list
    for k in sorted(casualties, key=lambda j: _has_any(tokens[j], TRAILING_CASUALTY)):
        t = tokens[k]
        if _has_any(t, TRAILING_CASUALTY):
            # (not a share of them: "أصيب خمسة باكستانيين بينهم ثلاث نساء وطفلان بجروح" — the five)
            # nor a place told with في (لقي 20 من طلاب أكاديمية الشرطة في العاصمة الأفغانية كابل أمس حتفهم: the
            # students, after لقي)
            victims = next((a for a in reversed(args) if a.last < k and k - a.last <= 2 and not any(
                tokens[j].norm in AMONG_WORDS or tokens[j].norm == "في" for j in range(max(0, a.first - 3), a.first))),
                None)
        else:
            victims = next((a for a in args if k < a.first <= k + VICTIM_SLOT and a.last < first
                            and a.prep in ("", "من")), None)
        if victims is not None:
            # (a person the actor stage could not code names no party: "أقدم … على قتل طلال …" is a crime case)
            return victims if any(m.actor_code for m in victims.actors()) else None
    return None


# round 96: an attack's toll told after it names its victims (ما أدى إلى مقتل عنصرين من حزب الله، أودى بحياة سبعة جنود)
RESULT_VERBS = _words("أدى", "أدت", "يؤدي", "أسفر", "أسفرت", "أودى", "أودت", "خلف", "خلفت")
LIFE_WORDS = _words("بحياة", "حياة")  # «أودى بحياة»: the lives it took
BOTH_SIDES = _words("الطرفين", "الطرفان", "الجانبين", "الجانبان")
RESULT_VICTIM_REACH = 20  # words from the attack to the verb of its result
# round 96: a force passing when a device went off (لدى مرور دورية للجيش المالي): what was attacked
PASSING_WORDS = _words("مرور", "عبور")
PASSING_REACH = 12  # words from the attack to «مرور»


def _result_victims(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> Arg | None:
    """The party counted in the toll an attack «led to» in its own sentence (استهدفت طائرة مسيرة سيارة …، ما أدى
    إلى مقتل عنصرين من حزب الله): the attack's target, when it named none.  Only a coded party in the victims' slot
    (the casualty word, a count and a member noun or «من» before it)."""
    for k in range(last + 1, min(len(tokens), last + 1 + RESULT_VICTIM_REACH)):
        if tokens[k].norm in SENTENCE_STOPS or tokens[k].norm in CONTRAST_WORDS:
            return None
        if not _has_any(tokens[k], RESULT_VERBS):
            continue
        toll = next((j for j in range(k + 1, min(len(tokens), k + 4))
                     if _token_kind(tokens[j]) in CASUALTY_KINDS or _has_any(tokens[j], LIFE_WORDS)), None)
        if toll is None:
            return None
        victims = next((a for a in after if toll < a.first <= toll + VICTIM_SLOT + 2
                        and a.prep in ("", "من", "في", CONTAINER_OBJECT)), None)
        if victims is not None and _has_any(tokens[victims.first], BOTH_SIDES):
            return None  # "أسفرت عن قتلى وجرحى من الطرفين": the dead of both sides are no one side's target
        return victims if victims is not None and any(m.actor_code for m in victims.actors()) else None
    return None


def _passing_target(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> Arg | None:
    """The force whose patrol or vehicle was passing when the device went off (انفجرت عبوة ناسفة لدى مرور دورية
    للجيش المالي، لحظة مرور مركبة عسكرية تابعة للجيش الصومالي): the attack's target."""
    passing = next((k for k in range(last + 1, min(len(tokens), last + 1 + PASSING_REACH))
                    if _has_any(tokens[k], PASSING_WORDS)), None)
    if passing is None or any(tokens[j].norm in SENTENCE_STOPS for j in range(last + 1, passing)):
        return None
    return next((a for a in after if passing < a.first <= passing + 5 and a.prep in ("ل", CONTAINER_OBJECT)
                 and any(m.actor_code for m in a.actors())), None)


THEM_WORDS = _words("منهم", "منهن")
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "REF", "REL"})  # people a crowd is made of (not a watchdog)
THEM_REACH = 7  # words from the act to «عدداً منهم» (اعتقلت قوات الأمن أربعة عشر منهم)


def _counted_of_them(tokens: Sequence[Token], first: int, last: int, args: Sequence[Arg]) -> int | None:
    """Round 131: the index of «منهم» after a count or a partitive right after the act (واعتقلت عدداً منهم، فيما
    اعتقلت قوات الأمن أربعة عشر منهم) when the party named last before the act is civilians (protesters, students,
    workers), whom it points back to."""
    before = [a for a in args if a.last < first]
    if not before or not all(m.sector in CROWD_SECTORS for m in before[-1].actors()):
        return None  # (the party named last before the act: "تجمعاً لمقاتلي الحشد الشعبي … مقتل 11 منهم" are fighters)
    for k in range(last + 1, min(len(tokens), last + 1 + THEM_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            return None
        if tokens[k].norm in THEM_WORDS and k > last + 1 and (tokens[k - 1].norm in PARTITIVES or any(
                (n := parse_number(tokens, j)) is not None and n[1] == k for j in range(last + 1, k))):
            return k
    return None


GATHERING_WORDS = _words("تجمع", "تجمعا", "تجمعات", "حشد", "حشود", "صفوف", "طابور", "طوابير")
AMID_WORDS = _words("وسط", "بين", "في", "داخل")
GATHERING_REACH = 6  # words from the blast to «وسط تجمع» (فجّر انتحاري نفسه وسط تجمع لعناصر الأمن)


def _gathering_target(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> Arg | None:
    """Round 128: the party whose gathering a bomber struck (فجّر انتحاري نفسه وسط تجمع لعناصر الأمن، في صفوف
    المصلين): the attack's target, named right after the gathering noun."""
    for k in range(last + 1, min(len(tokens), last + 1 + GATHERING_REACH)):
        if tokens[k].norm in SENTENCE_STOPS or tokens[k].norm in CLAUSE_PUNCT:
            return None
        if _has_any(tokens[k], GATHERING_WORDS) and (
                tokens[k].prefix.lstrip("وف") == "ب" or _has_any(tokens[k - 1], AMID_WORDS)):
            return next((a for a in after if k < a.first <= k + 2 and any(m.actor_code for m in a.actors())), None)
    return None


BORDER_WORDS = _words("حدود", "الحدود", "حدودها", "حدوده", "حدودهما", "حدودهم", "حدودنا", "الشريط", "خط")
BORDER_REACH = 12  # words from a deployment to the border it is made on


def _border_target(tokens: Sequence[Token], last: int, after: Sequence[Arg], args: Sequence[Arg]) -> Arg | None:
    """Round 108: the state on the other side of the border a force is massed or alerted on (حشدت إثيوبيا قوات على
    حدودها مع إريتريا، ستدفع بعشرة آلاف جندي إلى الحدود مع بيلاروس): the show of force is aimed at it — unless
    the sentence names an armed group it is sent against (إلى الحدود مع سوريا لمنع تسلل مقاتلي داعش)."""
    if any(_armed_group(m) for a in args for m in a.actors()):
        return None
    for k in range(last + 1, min(len(tokens) - 1, last + 1 + BORDER_REACH)):
        if tokens[k].norm in SENTENCE_STOPS or tokens[k].norm in ("،", ","):
            return None
        if not _has_any(tokens[k], BORDER_WORDS):
            continue
        with_at = next((j for j in range(k + 1, min(len(tokens), k + 4)) if tokens[j].norm == "مع"), None)
        if with_at is not None:
            return next((a for a in after if a.first == with_at + 1 and a.prep == "مع"
                         and any(m.actor_code for m in a.actors())), None)
    return None


CROWD_WORDS = _words("الحشود", "حشود", "حشودا", "تجمع", "تجمعا", "التجمع", "تجمعات", "التجمعات", "الجموع", "جموع",
                     "المتجمهرين", "متجمهرين", "المتجمعين", "متجمعين")
DISPERSE_WORDS = _words("تفريق", "لتفريق", "بتفريق", "فض", "لفض", "تفرقة", "لتفرقة", "إبعاد", "لإبعاد")
CROWD_REACH = 8  # words from crowd-control force to the crowd it is used on


def _dispersed_crowd(tokens: Sequence[Token], last: int, after: Sequence[Arg], subject: Arg | None = None
                     ) -> Arg | int | None:
    """Round 112: the crowd police force is used on (أطلقت قوات الأمن الغاز المسيل للدموع على تجمع وسط بغداد، لتفريق
    المحتجين، فرّقت الشرطة الحشود): civilians, named (المحتجين) or only as a crowd (the token of the crowd word)."""
    start = subject.last + 1 if subject is not None and subject.first == last + 1 else last + 1  # (فرّقت الشرطة الحشود)
    for k in range(start, min(len(tokens), start + CROWD_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            return None
        slot = k == start or tokens[k - 1].norm in ("علي", "ضد") or _has_any(tokens[k - 1], DISPERSE_WORDS)
        arg = next((a for a in after if a.first == k), None)
        if arg is not None:
            return arg if slot and all(m.sector == "CVL" for m in arg.actors()) else None
        if slot and _has_any(tokens[k], CROWD_WORDS):
            return k
    return None


OWNED_REACH = 8  # words from an act to the owner of the thing it was done to (سفينة شحن مملوكة لشركة أمريكية)


def _owned_object(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> Arg | None:
    """Round 121: the owner of the thing an act of force or coercion was done to (استهداف سفينة شحن مملوكة لشركة
    أمريكية، منع قافلة تابعة لبرنامج الأغذية العالمي، محطة … التابعة لأرامكو): the act's target."""
    return next((a for a in after if a.first - last <= OWNED_REACH and a.prep == "ل" and a.first > 0
                 and _has_any(tokens[a.first - 1], AFFILIATION_WORDS)
                 # (not the act's own instrument: "4 طائرات حربية تابعة للسعودية" is whose planes they are)
                 and not all(tokens[k].norm.endswith(("يه", "ي")) for k in range(last + 1, a.first - 1))
                 and not any(tokens[k].norm in CLAUSE_PUNCT or _bare_word(tokens[k]) in PERFORMED_VERBS
                             for k in range(last + 1, a.first))  # (not "غارة شنها الطيران التابع للجيش": its doer)
                 and any(m.actor_code for m in a.actors())), None)


def _armed_group(m: ActorMention) -> bool:
    code = m.actor_code or ""
    return code.startswith("IMG") or m.sector in ("REB", "UAF") or code[3:6] == "REB"


TOLL_PERFORMER_REACH = 16  # words from a toll to the relative verb that names the attack's doer


def _toll_performer(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> Arg | None:
    """"قُتل 14 مدنياً، بينهم أطفال، في ضربة بطائرة مسيّرة نفذها الجيش المالي": a toll with no killer named,
    linked (في، جراء، إثر، خلال) to an attack whose relative verb names its doer (نفذها، شنتها): the party right
    after that verb killed them (round 58).  The attack noun need not be a trigger of its own (ضربة، عملية)."""
    linked = False
    for k in range(c.last + 1, min(len(tokens), c.last + 1 + TOLL_PERFORMER_REACH)):
        t = tokens[k]
        if t.norm in SENTENCE_STOPS or _has_any(t, CONTRAST_WORDS):
            return None
        linked = linked or _has_any(t, TOLL_LINKS)
        if linked and _bare_word(t) in PERFORMED_VERBS:
            return next((a for a in args if k < a.first <= k + PERFORMER_GAP and not a.prep), None)
    return None


# round 66: an attack told as what someone is linked to or investigated for (مشتبه به مرتبط بالهجوم، على صلة بالتفجير،
# المتورطين في الهجوم، التحقيق في الهجوم، المسؤولين عن التفجير، صلات الانتحاري): the clause's subject hunts the attackers
LINKED_WORDS = _words("مرتبط", "مرتبطة", "مرتبطين", "مرتبطون", "المرتبط", "المرتبطة", "المرتبطين", "صلة", "علاقة",
                      "متورط", "متورطة", "متورطين", "متورطون", "المتورط", "المتورطين", "المتورطون", "التورط", "تورط",
                      "تورطه", "تورطهم", "المسؤول", "المسؤولين", "المسؤولون", "المسئولين", "المسئولون", "التحقيق",
                      "تحقيق", "التحقيقات", "تحقيقات", "المشتبه", "صلات", "صلاته", "صلاتها")
LINK_PREPOSITIONS = frozenset({"في", "عن", "ل"})


def _linked_to(tokens: Sequence[Token], c: Coded) -> int | None:
    """The index of the word an attack noun is told as linked to or investigated for (مرتبط بالهجوم، على صلة
    بالتفجير، المتورطين في الهجوم، التحقيق في الهجوم): parties before it did not carry the attack out.  Planning
    or taking part in an attack (التخطيط لهجمات) is the attackers' own, and not listed.  None otherwise."""
    if not c.noun or c.etype not in FORCE_TYPES or c.first < 1:
        return None
    tok = tokens[c.first]
    prefix = tok.prefix.lstrip("وف")
    if (prefix in ("", "ال") or prefix[:1] in ("ب", "ل")) and _has_any(tokens[c.first - 1], LINKED_WORDS):
        return c.first - 1  # (also its genitive: صلات الانتحاري، تحقيقات الهجوم)
    if c.first >= 2 and tokens[c.first - 1].norm in LINK_PREPOSITIONS and _has_any(tokens[c.first - 2], LINKED_WORDS):
        return c.first - 2
    return None


# round 71: a device found, seized or defused (عثرت قوات الأمن على عبوة ناسفة، تفكيك عبوة ناسفة): the finders did
# not plant it
FOUND_WORDS = _words("عثر", "عثرت", "عثروا", "العثور", "ضبط", "ضبطت", "ضبطوا", "فكك", "فككت", "فككوا", "تفكيك",
                     "أبطل", "أبطلت", "أبطلوا", "إبطال", "ابطال",
                     # round 173: "بتمشيط منطقة الحادث بحثاً عن عبوات ناسفة أخرى": searched for, not planted
                     "بحثا", "للبحث", "البحث")
FOUND_REACH = 5  # words from «عثرت» to the device (its subject between: عثرت قوات الأمن على)
FOUND_BODY_REACH = 12  # words from «عثرت» to the force word that killed the bodies found
BODY_WORDS = _words("جثة", "جثث", "جثتي", "جثتين", "جثمان", "جثامين", "رفات")


def _found_device(tokens: Sequence[Token], c: Coded) -> int | None:
    """Round 71: the index of the verb or noun of finding or defusing told before an explosive device's noun
    (عثرت قوات الأمن على عبوة ناسفة), or (round 102) of finding bodies before the force that killed them: parties
    before it did not plant it or kill them.  None otherwise."""
    if c.etype != "ASSAULT":
        return None
    if c.cameo.startswith("183"):
        return _word_before(tokens, c.first, FOUND_WORDS, FOUND_REACH)
    # round 102: "عثرت شرطة المحافظة على جثتي رجلين قضيا رمياً بالرصاص": who found the bodies did not kill them
    found = _word_before(tokens, c.first, FOUND_WORDS, FOUND_BODY_REACH)
    return found if found is not None and any(_has_any(tokens[k], BODY_WORDS) for k in range(found + 1, c.first)) else None


WITHDRAWN_REACH = 10  # words from a withdrawal to the place it leaves (من بلدة الخيام في جنوب لبنان)


def _withdrawn_from(tokens: Sequence[Token], c: Coded, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The first place after a withdrawal in its clause (انسحب الجيش من بلدة الخيام في جنوب لبنان → جنوب لبنان), past
    an aside between commas (انسحب الجيش الإسرائيلي، صباح الثلاثاء، من معظم البلدات الحدودية في جنوب لبنان)."""
    k, counted, spans = c.last + 1, 0, []
    while k < len(tokens) and counted < WITHDRAWN_REACH:
        if tokens[k].norm in CLAUSE_PUNCT:
            close = _aside_end(tokens, k)
            if close is None:
                break
            k = close + 1  # (the aside's words are not looked in: a time or a source, no place left)
            continue
        spans.append((tokens[k].start, tokens[k].end))
        counted += 1
        k += 1
    return next((pl for pl in sorted(places, key=lambda x: x.start)
                 if any(lo <= pl.start < hi for lo, hi in spans)), None)


def _states(a: Arg | None) -> set[str]:
    """The states (ISO-3) the actors of an argument belong to; none for no argument."""
    return {state_country(m) for m in a.actors()} - {None} if a is not None else set()


def _civil_words(a: Arg) -> bool:
    """An argument made from plain words naming civilians (15 شخصاً، منازل فلسطينية), not a named actor."""
    return all(m.how in ("people-noun", "nisba") and m.sector == "CVL" for m in a.mentions)


def _victims(a: Arg) -> bool:
    """Every actor of the argument is of a sector that suffers force rather than uses it."""
    return all(m.sector in VICTIM_SECTORS for m in a.actors())


KILLED_NOUNS = _words("مقتل", "مصرع", "إصابة", "استشهاد", "وفاة")  # a death or a wound, its victim the genitive
KILLED_GENITIVE_REACH = 2  # words (a title, a rank) between the death noun and the party named as its victim


def _killed_genitive(tokens: Sequence[Token], a: Arg) -> bool:
    """Round 173: the party named in the genitive of a death or wound (ما أسفر عن مقتل الشرطي محمود أويار، ومصرع
    مدني): a victim, no doer of force told after it."""
    for k in range(a.first - 1, max(-1, a.first - 2 - KILLED_GENITIVE_REACH), -1):
        if not tokens[k].is_word:
            return False
        if _has_any(tokens[k], KILLED_NOUNS):
            return True
    return False


# round 158: "تبنى الأكراد الأربعاء قتل شرطيين تركيين": the verbs that claim an act named as their object
CLAIM_VERBS = _words("تبنى", "تبنت", "يتبنى", "تتبنى", "تبنوا", "وتبنى", "وتبنت")
CLAIMED_REACH = 4  # words from the claiming verb to the act (its subject and a day between)


def _claimed_act(tokens: Sequence[Token], first: int, last: int, p: Pattern) -> bool:
    """A past of three letters, spelt as its verbal noun (قتل، خطف), a few words after a verb of claiming in its clause:
    the noun the claim names, so the party after it is its object, never its subject."""
    return first == last and not tokens[first].prefix and _spelt_as_its_noun(_bare_word(tokens[first]), p) \
        and _word_before(tokens, first, CLAIM_VERBS, CLAIMED_REACH) is not None


COUNT_OF_REACH = 5  # words from a number to the «من» of the party it counts (28 عنصرًا على الأقل من)
COUNT_HEADS = frozenset({"عدد", "عشرات", "مئات", "الاف", "العشرات", "المئات", "الالاف", "العديد"})  # (not «بعض»)
COUNT_HEAD_REACH = 5  # round 166: "قتل فيها العشرات من": words from the verb to the party counted


def _counted_of(tokens: Sequence[Token], last: int, a: Arg) -> bool:
    """Rounds 158–159: the party after «من» is counted by the words before it, after a verb of killing at ``last``:
    a count word right before «من» near the verb (قتل عدد من الحوثيين; round 166: قتل فيها العشرات من المقاتلين),
    «عددا من» (قتلت الطائرات عددا من), or a number a few words before (قتل خمسة جنود من الجيش السوري، قتل 28
    عنصرًا على الأقل من مقاتلي المعارضة): the killed, not a crowd acting («اقتحم آلاف من أنصار التيار الصدري» is left
    to the caller, which asks this of killing only)."""
    if a.first < 2 or tokens[a.first - 1].norm != "من":
        return False
    return (tokens[a.first - 2].norm in COUNT_HEADS and a.first - last <= COUNT_HEAD_REACH) \
        or tokens[a.first - 2].norm == "عددا" \
        or any(parse_number(tokens, k) is not None for k in range(max(last + 1, a.first - COUNT_OF_REACH), a.first - 1))


def _light_noun_genitive(tokens: Sequence[Token], last: int, a: Arg, p: Pattern, trigger_words: frozenset[str]) -> bool:
    """Round 158: the party right after a light verb's own indefinite act noun (a needed word that triggers acts
    itself: تبنى الأكراد قتل شرطيين تركيين) is that noun's genitive, no subject of the light verb; a definite noun
    has no genitive (تبنى الهجوم تنظيم القاعدة)."""
    k = a.first - 1
    return k > last and _has_any(tokens[k], p.needs_after) and _has_any(tokens[k], trigger_words) \
        and "ال" not in tokens[k].prefix


# verbs of carrying out force whose own subject may stand between them and the act noun (وشنت طائرات التحالف غاراتها)
FORCE_LIGHT_VERBS = _words("شن", "شنت", "يشن", "تشن", "نفذ", "نفذت", "ينفذ", "تنفذ")
COUNT_WORDS = _words("عدة", "سلسلة", "نحو", "حوالي", "قرابة", "عشرات")  # a count between the owner and its acts
# heads of a time in construct (يوم السبت، صباح الأحد): an adjunct after the verb, no subject
TIME_HEADS = _words("يوم", "صباح", "مساء", "ليلة", "ليل", "فجر", "ظهر", "عصر", "نهار", "منتصف", "أمس", "خلال", "طوال")


def _unnamed_light_subject(tokens: Sequence[Token], first: int, args: Sequence[Arg]) -> int | None:
    """Round 172: the light verb right before a construct no party covers, which the force noun follows within a
    word (وشنت طائرات التحالف غاراتها، وشن طيران التحالف عدة غارات): that unnamed owner is the doer, so no party
    before the verb is the noun's source.  Returns the verb's index.  A definite subject (وشنت الطائرات الحربية)
    names no owner and is left to the earlier party; a time or a place after the verb (نفذت يوم السبت، نفذت في
    العراق) is no subject."""
    if 0 < first < len(tokens) - 1 and _has_any(tokens[first - 1], FORCE_LIGHT_VERBS):
        # (the noun itself heads that construct: "وشن طيران التحالف عدة غارات"، "شنت غارات التحالف")
        owner = tokens[first + 1]
        return first - 1 if _definite(owner) and not owner.prefix.lstrip("ال") and owner.is_word and not any(
            a.first <= first + 1 <= a.last for a in args) else None
    for k in (first - 3, first - 4):
        if k < 0 or not _has_any(tokens[k], FORCE_LIGHT_VERBS):
            continue
        head, owner = tokens[k + 1], tokens[k + 2]
        if any(a.first <= j <= a.last for a in args for j in (k + 1, k + 2)) or not head.is_word or head.prefix \
                or head.norm.startswith("ال") or head.norm in PREPOSITIONS or _has_any(head, TIME_HEADS) \
                or parse_number(tokens, k + 1) is not None or not _definite(owner) or owner.prefix.lstrip("ال") \
                or any(not _has_any(tokens[j], COUNT_WORDS) and parse_number(tokens, j) is None
                       for j in range(k + 3, first)):
            return None  # (only a count between: "شن طيران التحالف عدة غارات"; not "نفذ حكم الإعدام رمياً بالرصاص")
        return k
    return None


ACT_NOUN_REACH = 3  # words from a verb to the bare act noun whose genitive is no subject of the verb
# adverbs between a verb and its object (أدانت بشدة استهداف جماعة الحوثي): the subject is the verb's own pronoun
MANNER_ADVERBS = _words("بشدة", "بقوة", "مجدداً", "أيضاً", "كذلك", "أمس", "اليوم")


def _act_noun_genitive(tokens: Sequence[Token], last: int, a: Arg, act_nouns: frozenset[str]) -> bool:
    """Round 161: the party right after a bare indefinite verbal noun of an act that follows the verb's definite
    subject («أدانت المنظمة استهداف الحوثيين للمدنيين») is that noun's genitive, the doer of the act the verb is
    about, never the verb's subject (named between them, unresolved).  A noun right after the verb or after an
    indefinite noun is in the subject's own phrase (هدد مؤتمر العمال النيجيري، دعا «تحالف دعم الإخوان»)."""
    k = a.first - 1
    return last + 1 < k and k - last <= ACT_NOUN_REACH and not tokens[k].prefix and not tokens[k].norm.startswith("ال") \
        and (_definite(tokens[k - 1]) or tokens[k - 1].norm in MANNER_ADVERBS) and tokens[k].norm in act_nouns \
        and not any(t.norm in CLAUSE_PUNCT for t in tokens[last + 1:k])


# words that open a time adjunct around an act noun (عقب لقائه، خلال زيارته، بعد مباحثاته)
TIME_ADJUNCTS = _words("عقب", "بعد", "خلال", "إثر", "اثر", "أثناء", "قبل", "لدى", "عند", "إبان", "أعقاب", "غداة")


def _other_noun_complement(tokens: Sequence[Token], last: int, a: Arg, trigger_words: frozenset[str]) -> bool:
    """Round 161: a party with a preposition right after another act's noun that carries its doer's pronoun, after
    the verb («أدان ليون، عقب لقائه بوزير الخارجية الإيطالي، اختطاف …»), inside a time adjunct, is that noun's complement
    (whom he met), not the verb's target; an act noun in the verb's object (علّق صرف مساعداته للسودان) is not."""
    k = a.first - 1
    return last + 1 < k and bool(a.prep) and _has_pronoun_suffix_norm(tokens[k].norm) \
        and _has_any(tokens[k], trigger_words) and _bare_word(tokens[k - 1]) in TIME_ADJUNCTS


def _against_target(tokens: Sequence[Token], last: int, after: Sequence[Arg], source: Arg | None,
                     named: frozenset[int], charge: bool) -> Arg | None:
    """Section 32: a party after «ضد / بحق / في حق» in a hostile act's clause is whom it is aimed at, also past the
    act's own object (هدد باستخدام السلاح النووي ضد أوكرانيا، رفعت دعوى أمام المحكمة ضد ألمانيا)."""
    sides = _states(source)
    for a in after:
        if a is source or a.prep not in AGAINST_PREPS or _gap(tokens, last, a.first, named) > AGAINST_REACH:
            continue
        between = tokens[last + 1:a.first]
        if any(t.norm in CLAUSE_PUNCT for t in between):
            return None  # "…، بسبب انتهاكات بحق المدنيين": another clause's act
        if charge and any(t.prefix.lstrip("وف")[:1] == "ب" or t.norm == "بسبب" for t in between):
            return None  # "اتهمها بالتمييز ضد وسائل الإعلام": the victims of the charged act, not the accused
        if any(state_country(m) in sides for m in a.actors()):
            return None  # "… ضد الجيش السوري" by Syria's own forces: a side's own, not read here
        return a
    return None


def _gap(tokens: Sequence[Token], last: int, first: int, named: frozenset[int], commas: bool = True) -> int:
    """Words between ``last`` and ``first``, the names and dates (and, with ``commas``, the commas
    around a fronted adjunct) of a long clause not counted; nor the forms of address before a name (صاحب السمو،
    معالي), which are part of it (round 152)."""
    free = sum(1 for k in range(last + 1, first) if k in named or (commas and tokens[k].norm in ("،", ","))
               or _has_any(tokens[k], HONORIFIC_WORDS))
    return first - last - min(free, NAMED_SKIP_MAX)


OUTCOME_VERBS = _words("أسفرت", "أسفر", "تسفر", "يسفر", "أثمرت", "أثمر", "تمخضت", "تمخض")
OUTCOME_REACH = 10  # "أسفرت المباحثات الأردنية العراقية في عمّان عن تفاهم": the subject act lies between


def _outcome_parties(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> None:
    """Section 22: an outcome with no party of its own (أسفرت المحادثات الأردنية العراقية عن تفاهم) inherits the
    parties of the act that yielded it, the subject of أسفرت / أثمرت / تمخضت between that verb and the outcome."""
    verb = next((k for k in range(c.first - 1, max(-1, c.first - 1 - OUTCOME_REACH), -1)
                 if _has_any(tokens[k], OUTCOME_VERBS)), None)
    if verb is None or any(tokens[k].norm in CLAUSE_PUNCT for k in range(verb + 1, c.first)):
        return
    cause = next((o for o in events if o is not c and verb < o.first < c.first and o.source), None)
    if cause is not None:
        c.source, c.target = list(cause.source), list(cause.target)
        c.why.append("parties: those of the act that yielded it (أسفرت … عن)")


IN_IT_WORDS = _words("فيها", "فيه")  # (a call's «خلاله» is left to the praise rules of section 13)


def _told_in_it(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> None:
    """Section 22: a verb with a pronoun object after a comma, followed by «فيها / خلاله» (وجّه رسالة إلى الرئيس،
    دعاه فيها إلى زيارة) is said in the act told before it: that act's parties, sender and addressee."""
    if c.noun or c.first == 0 or c.last + 1 >= len(tokens) or tokens[c.first - 1].norm not in ("،", ","):
        return
    tok = tokens[c.first]
    if not (tok.suffix or (len(tok.norm) > 3 and tok.norm.endswith(("ه", "هم")))) \
            or not _has_any(tokens[c.last + 1], IN_IT_WORDS):
        return
    told = next((o for o in reversed(events) if o is not c and o.last < c.first and o.source), None)
    if told is not None and (not c.source or _same_side(c.source, told.source)):
        c.source, c.target = list(told.source), list(told.target) or c.target
        c.why.append("parties: those of the act it is told in (، دعاه فيها)")


GROUND_TYPES = frozenset({"ASSAULT", "AID"})
OCCUPATION_CODES = frozenset({"192"})  # round 186: incursion, occupation, seizing control of ground


def _foreign_ground(p: Pattern, ptype: str | None, prep: str, source: Arg | None, country: str) -> bool:
    """Section 24: an operation or an aid that needs a target, told in a place («في») of another country than its
    named actor's (وسّعت إسرائيل عملياتها البرية في جنوب لبنان، ستموّل قطر الوقود في قطاع غزة), is aimed at that
    country; so is a state's incursion or occupation there (round 186: توغلت القوات التركية في شمال العراق)."""
    if prep != "في" or source is None:
        return False
    own = {state_country(a) for a in source.actors()}
    if p.cameo in OCCUPATION_CODES:  # (a state's forces only: a group seizing a town is a civil war's)
        return bool(own - {None}) and country not in own
    return p.requires_target and ptype in GROUND_TYPES and country not in own


LIST_INTRO = ("كل", "من")  # "أدانت كل من السعودية ومصر": a list of countries acting together


def _listed_countries(sent: Sentence, places: Sequence[PlaceMention], entities: Sequence[ActorMention]
                      ) -> list[ActorMention]:
    """Countries listed after «كل من» as actors: the actor stage reads them as places there, yet the list
    names the parties of the act (its members coordinated by و or commas)."""
    tokens = sent.tokens
    intros = [k + 2 for k in range(len(tokens) - 2)
              if tokens[k].norm == LIST_INTRO[0] and tokens[k + 1].norm == LIST_INTRO[1]]  # (no pair built per token)
    if not intros:
        return []
    taken = [(e.start, e.end) for e in entities]
    by_token: dict[int, PlaceMention] = {}
    for pl in places:
        if pl.feature != "country" or not pl.country or any(s < pl.end and pl.start < e for s, e in taken):
            continue
        k = next((i for i, t in enumerate(tokens) if t.start <= pl.start < t.end), None)
        if k is not None:
            by_token[k] = pl
    out: list[ActorMention] = []
    for k in intros:
        while k in by_token:
            pl = by_token[k]
            out.append(ActorMention(pl.start, pl.end, pl.text, type="ORG", actor_code=pl.country,
                                    country=pl.country, sector=None, how="list", sentence=sent.index))
            nxt = k + 1
            if nxt < len(tokens) and tokens[nxt].norm in ("،", ","):
                nxt += 1
            if nxt in by_token and (nxt > k + 1 or tokens[nxt].norm.startswith("و")):
                k = nxt
            else:
                break
    return out


def _called_foreign(tokens: Sequence[Token], m: ActorMention) -> bool:
    """The word right after the mention is أجنبي (صحفيان أجنبيان، عمال أجانب)."""
    k = next((i for i, t in enumerate(tokens) if t.start >= m.end), None)
    return k is not None and not FOREIGN_WORDS.isdisjoint(tokens[k].forms or (tokens[k].norm,))


def _proposal_arg(tokens: Sequence[Token], a: Arg) -> bool:
    """A proposal, plan or mediation named by its adjective (مبادرة جزائرية): a thing, never an agent."""
    return all(m.how == "nisba" for m in a.mentions) and not PROPOSAL_HEADS.isdisjoint(
        tokens[a.first].forms or (tokens[a.first].norm,))


def _chained_nisba(tokens: Sequence[Token], k: int, last_nisba: tuple[int, str] | None) -> str | None:
    """Whether the nisba at ``k`` shares the head of the one right before it: "و" (الجانبان الروسي والصيني) or
    "asyndetic" (المقترح القطري المصري, same definiteness, not "أمريكية الصنع")."""
    if last_nisba is None or last_nisba[0] != k - 1:
        return None
    if tokens[k].norm[:1] == "و":
        return "و"
    if k + 1 < len(tokens) and tokens[k + 1].norm in NISBA_QUALIFIERS:
        return None
    same = tokens[k].norm.startswith("ال") == tokens[k - 1].norm.startswith("ال")
    return "asyndetic" if same else None


def _coordinated(tokens: list[Token], a: Arg, b: Arg) -> bool:
    """``b`` continues the coordination of ``a`` (روسيا وتركيا، روسيا – تركيا- ايران)."""
    if b.first <= a.last:
        return b.first == a.last and bool(b.mentions[0].start >= a.mentions[-1].end)
    between = tokens[a.last + 1: b.first]
    if len(between) == 2 and between[1].norm in ("«", '"', "“") and between[0].prefix[:1] == "و" \
            and _has_any(between[0], NAME_HEAD_WORDS):
        return b.prep == ""  # "حكومة الكونغو وحركة «إم 23»": a group's head noun joined by و, its name in quotes
    if len(between) > 2:
        return False
    joiners = {"و", "،", ",", "-", "–", "—", "ـ", "/"}
    ok_between = all(t.norm in joiners for t in between)
    # (a counterpart's mention keeps its و: "وقّع الوزير المصري ونظيره القبرصي", coder section 89)
    starts_with_and = tokens[b.first].norm.startswith("و") and (
        b.mentions[0].start > tokens[b.first].start or b.mentions[0].how in ("nisba", "counterpart"))
    if not between:
        return starts_with_and and b.prep in ("", "و")
    return ok_between and b.prep == ""


# Forms of address before a name (زيارة صاحب السمو الملكي الأمير …، استقبال فخامة الرئيس …), normalized.
HONORIFIC_WORDS = _words("صاحب", "السمو", "الملكي", "سمو", "فخامة", "معالي", "سعادة", "جلالة", "دولة الرئيس")
HONORIFIC_REACH = 3


def _chaired_by(tokens: Sequence[Token], a: Arg) -> bool:
    """The party stands right after «برئاسة» (past forms of address): it chairs the meeting, it is not met
    (عقد مجلس الشؤون الاقتصادية اجتماعاً … برئاسة صاحب السمو الملكي الأمير محمد بن سلمان)."""
    k = a.first - 1
    while k >= 0 and a.first - k <= HONORIFIC_REACH + 1 and _has_any(tokens[k], HONORIFIC_WORDS):
        k -= 1
    return k >= 0 and _has_any(tokens[k], CHAIR_WORDS)


def _honorifics_between(tokens: Sequence[Token], last: int, first: int) -> bool:
    """Only forms of address stand between a noun and the name after it: the name is still its genitive."""
    between = range(last + 1, first)
    return 0 < len(between) <= HONORIFIC_REACH and all(_has_any(tokens[k], HONORIFIC_WORDS) for k in between)


def _count_between(tokens: Sequence[Token], last: int, first: int) -> bool:
    """Only a count stands between a noun and the people after it (اعتقال خمسة عشر ناشطاً، أكثر من أربعين
    شخصاً): they are still its genitive."""
    k = last + 1
    while k < first and tokens[k].norm in BOUND_WORDS:
        k += 1
    counted = parse_number(tokens, k) if k < first else None
    return counted is not None and counted[1] == first


def _own_envoy(source: Sequence[ActorMention], target: Sequence[ActorMention]) -> bool:
    """The one summoned is an envoy of the summoner's own state (سفير مملكة البحرين، السفير البحريني)."""
    own = {state_country(m) for m in source} - {None}
    return bool(own) and bool(target) and all(m.type == "PERS" and state_country(m) in own for m in target)


# verbs whose object is the noun act itself (أجرى اتصالاً، عقد اجتماعاً، بعث برقية): not أصدر (a ruling «بحق
# متهمين» is no act of the court's)
TITLED_CALLER_VERBS = frozenset({"اجري", "اجرت", "عقد", "عقدت", "بعث", "بعثت", "وجه", "وجهت"})
TITLE_CHAIN_REACH = 24  # words from a clause's verb to its noun across a subject's whole chain of titles


def _long_titled_subject(tokens: Sequence[Token], first: int, left: int, p: Pattern, before: Sequence[Arg]
                         ) -> tuple[Arg, int] | None:
    """(subject, its verb's index) of "أجرى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد
    النائب الثاني لرئيس مجلس الوزراء وزير الدفاع أمس اتصالاً هاتفياً": in a clause opened by a light verb of the
    noun (the pattern's own, or one whose object is the act: أجرى، تلقى، عقد، بعث، وجّه), the one party right after the
    verb (past forms of address) is its subject, however long the titles after it, when no punctuation stands
    between it and the noun (round 22: such chains outran the usual reach and lost the caller)."""
    bare = [a for a in before if not a.prep]
    if len(bare) != 1 or first - bare[0].last > TITLE_CHAIN_REACH:
        return None
    subject = bare[0]
    verb = subject.first - 1
    while verb > left and _has_any(tokens[verb], HONORIFIC_WORDS) and subject.first - verb <= HONORIFIC_REACH:
        verb -= 1
    if verb != left or verb < 0:
        return None
    head = tokens[verb]
    bare_head = _bare_word(head)
    if not (_has_any(head, p.needs_before) or bare_head in TITLED_CALLER_VERBS or bare_head in RECEIVE_WORDS):
        return None
    # (round 99: a comma right before the noun closes an adjunct of the verb: "… وزير الدفاع في مكتبه بجدة أمس،
    # اجتماعاً ثنائياً")
    if not all(tokens[k].is_word or (k == first - 1 and tokens[k].norm in ("،", ","))
               for k in range(subject.last + 1, first)):
        return None
    return subject, verb


# Agent nouns that also serve as the adjective of an attack's kind (هجوم انتحاري، العمل الإرهابي، هجوم مسلح)
KIND_ADJECTIVES = _words("الانتحاري", "انتحاري", "الانتحارية", "انتحارية", "الإرهابي", "إرهابي", "الإرهابية",
                         "إرهابية", "الإجرامي", "إجرامي", "مسلح", "مسلحة", "المسلح", "المسلحة")


def _kind_adjective(tokens: Sequence[Token], last: int, arg: Arg) -> bool:
    """``arg`` is the one word right after a force noun and names its kind, agreeing with it, rather than a party."""
    return arg.first == arg.last == last + 1 and _has_any(tokens[arg.first], KIND_ADJECTIVES)


PARENS = ("(", ")")
NAME_QUOTES = MappingProxyType({"“": "”", "«": "»", '"': '"'})  # opening → closing mark around a title's holder


def _parenthesised_apposition(tokens: list[Token], a: Arg, b: Arg) -> bool:
    """``b`` names ``a`` again in brackets or between commas right after it (وزير الخارجية الأميركي (جون كيري)،
    منسق الأمم المتحدة الخاص، نيكولاي ملادينوف، …), or right after it past a form of address or a degree (الأمين
    العام لمجلس التعاون الدكتور عبداللطيف الزياني): one party, not the object of the act (round 41).

    The name must carry ``a``'s own code, or be a person the lexicon does not know (a title's holder);
    a bracketed list of other parties (الدول الضامنة (روسيا – تركيا)) has codes of its own and stays apart.
    """
    after_b = tokens[b.last + 1].norm if b.last + 1 < len(tokens) else ""
    between = range(a.last + 1, b.first)
    if b.first == a.last + 2 and tokens[a.last + 1].norm == PARENS[0]:
        if after_b != PARENS[1]:
            return False
    elif b.first == a.last + 2 and tokens[a.last + 1].norm in NAME_QUOTES and after_b == NAME_QUOTES[tokens[a.last + 1].norm]:
        # round 139: "زيارة وزير خارجية إيران “ظريف”": the holder's name in quotes right after the title
        if a.mentions[0].type != "PERS":
            return False
    elif tokens[b.first - 1].norm in ("،", ",") and after_b in ("،", ","):
        # the title may run on past its coded part (منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، …); a
        # coded party that is no title («استهدفت الميليشيات المتمردة على الشرعية، جباري،») names no holder
        # («…، وإسماعيل ولد الشيخ أحمد،»: a name joined by و is a second party)
        titled = a.mentions[0].type == "PERS" or (a.first > 0 and _has_any(tokens[a.first - 1], APPOSITION_TITLES))
        if not titled or tokens[b.first].prefix[:1] == "و" or len(between) > APPOSITION_COMMA_REACH or any(
                tokens[k].norm in ("،", ",") for k in between[:-1]):
            return False
    elif not ((a.mentions[0].type == "PERS" or a.first > 0 and _has_any(tokens[a.first - 1], APPOSITION_TITLES))
              and (degree := _degree_at(tokens, a.last + 1, b.first + 1)) is not None and b.first - degree <= DEGREE_REACH
              and not any(tokens[k].norm in CLAUSE_PUNCT for k in between)):
        return False  # (past a degree, the words up to the coded name are the rest of that name; the degree may open
        # the name's own mention, and the title may be a body's head: قائد حرس الحدود … اللواء سفر الغامدي)
    if len(a.mentions) != 1 or len(b.mentions) != 1:
        return False
    title, name = a.mentions[0], b.mentions[0]
    if name.actor_code is not None:
        return title.actor_code == name.actor_code
    return name.type == "PERS" and title.actor_code is not None


# degrees and ranks that stand between a title and its holder's name (الأمين العام الدكتور عبداللطيف الزياني)
DEGREE_WORDS = _words("الدكتور", "د", "الدكتورة", "المهندس", "م", "الأستاذ", "الأستاذة", "الشيخ", "السيد", "السيدة",
                      "اللواء", "العميد", "العقيد", "الفريق", "المستشار", "القاضي", "معالي", "سعادة", "فضيلة")
DEGREE_REACH = 5  # a degree and the first names before the part of the name the lexicon knows
TITLE_PLACE_REACH = 3  # words of a title's place before the degree (قائد حرس الحدود بمنطقة عسير اللواء …)


def _degree_at(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The index of the degree or rank that opens a title's holder, right after the title or past the place the title
    is held in (round 145: "قائد حرس الحدود بمنطقة عسير اللواء سفر الغامدي"), before ``end`` (the name's first word at
    the latest); None without one."""
    if start < end and _has_any(tokens[start], DEGREE_WORDS):
        return start
    if start >= end or not (tokens[start].norm == "في" or tokens[start].prefix.lstrip("و")[:1] == "ب"):
        return None
    return next((k for k in range(start + 1, min(end, start + 1 + TITLE_PLACE_REACH))
                 if _has_any(tokens[k], DEGREE_WORDS)), None)
APPOSITION_COMMA_REACH = 9  # words from a coded title to the comma before its holder's name

# heads of a title that can stand in apposition right after a person's name (إسحق هرتزوغ زعيم المعارضة)
APPOSITION_TITLES = _words("زعيم", "رئيس", "رئيسة", "وزير", "وزيرة", "قائد", "امين", "المتحدث", "الناطق", "سفير",
                           "سفيرة", "مندوب", "مندوبة", "نائب", "مستشار", "مستشارة", "مدير", "مديرة", "محافظ", "امير",
                           "ملك", "زعيمة", "قائدة", "مبعوث", "مبعوثة", "منسق", "عضو", "رئيسا", "نائبة")


def _object_after_genitive(tokens: Sequence[Token], genitive: Arg) -> bool:
    """A bare indefinite noun right after a definite genitive (استهداف الميليشيا مطارَ أبها، استهداف جماعة الحوثي
    منشأتي أرامكو): the verbal noun's object, so the genitive is its doer.  An adjective of the genitive would be
    definite with it (المدنيين العزل); a preposition, a conjunction or punctuation ends the phrase."""
    k = genitive.last + 1
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].prefix or tokens[k].norm.startswith("ال"):
        return False
    head = tokens[genitive.first]
    definite = head.norm.startswith("ال") or head.prefix.endswith("ال") or genitive.last > genitive.first
    word = tokens[k].norm
    return definite and word not in PREPOSITIONS and word[1:] not in PREPOSITIONS and parse_number(tokens, k) is None


# places and buildings named after a person (مسجد الإمام الصادق، مطار الملك خالد، شارع الشيخ زايد)
BUILDING_HEADS = _words("مسجد", "جامع", "مدرسة", "مستشفى", "شارع", "جامعة", "مطار", "ميناء", "قاعة", "كلية", "مجمع",
                        "ساحة", "ميدان", "حي", "ملعب", "استاد", "جسر", "طريق", "سجن", "قاعدة", "مدينة", "مستوصف")
# round 48: «محافظة صلاح الدين»، «قرية أبو ناعور»: a province or village named after a man (in construct only:
# «حكومة الإقليم فلاح مصطفى» names the region's official)
PROVINCE_HEADS = _words("محافظة", "ولاية", "إقليم", "قضاء", "ناحية", "بلدة", "قرية")
BUILDING_NAME_TITLES = _words("الإمام", "الامام", "الشيخ", "الملك", "الأمير", "السلطان", "الرئيس", "الشهيد", "الخليفة",
                              "السيدة", "سيدي", "الحاج")


def _named_place(tokens: Sequence[Token], first: int) -> bool:
    """A person's name right after a building, a street or (in construct) a province or village, past a title (مسجد
    الإمام الصادق، مطار الملك خالد، محافظة صلاح الدين): the place's name, not a party."""
    k = first - 1
    while k >= 0 and first - k <= 2 and _has_any(tokens[k], BUILDING_NAME_TITLES):
        k -= 1
    if k >= 0 and _sentenced_to_prison(tokens, k):
        return False  # round 123: "قضت محكمة تونسية بسجن رئيس حركة النهضة": the sentenced, not a prison's name
    return k >= 0 and (_has_any(tokens[k], BUILDING_HEADS)
                       or (_has_any(tokens[k], PROVINCE_HEADS) and not tokens[k].prefix.endswith("ال")))


SENTENCED_TO = _words("بسجن", "بحبس")  # the verbal noun of a prison sentence, with its ب
SENTENCE_WORDS = _words("قضى", "قضت", "يقضي", "تقضي", "حكم", "حكمت", "يحكم", "تحكم", "حكما", "أحكام", "أحكاما")
SENTENCE_REACH = 6  # words from «قضت / حكماً» to «بسجن» (قضت محكمة الجنايات في القاهرة أمس بسجن …)


def _sentenced_to_prison(tokens: Sequence[Token], k: int) -> bool:
    """Round 123: «بسجن» after a court's ruling (قضت … بسجن، حكماً بسجن) is the sentence, its genitive the one
    sentenced; «سجن» elsewhere (في سجن صيدنايا) may be a prison named after a man."""
    return tokens[k].norm.lstrip("وف") in SENTENCED_TO and any(
        _has_any(tokens[j], SENTENCE_WORDS) for j in range(max(0, k - SENTENCE_REACH), k))


APPOSITION_NEXT_NAME = 6  # a person named this close after the title, with no punctuation between, holds it


def _name_apposition(tokens: list[Token], a: Arg, b: Arg, nxt: Arg | None) -> bool:
    """``b`` is the title of the person ``a`` names, right after the name (دعا إسحق هرتزوغ زعيم المعارضة
    الإسرائيلية …), its head word inside ``b`` or just before it: one party.  Only a name the lexicon does not know,
    followed by a coded title with no conjunction or preposition and no name of its own: «التقى بوتين رئيس الوزراء»
    (a known name), «اتهم مايماراكيس رئيس الوزراء اليوناني ألكسيس تسيبراس» (the title's own holder) and «ناشد
    حمدان السبيعي مستشار خادم الحرمين … الأمير خالد الفيصل» (``nxt``, a person right after the title) stay apart."""
    if b.first not in (a.last + 1, a.last + 2) or len(a.mentions) != 1 or len(b.mentions) != 1:
        return False
    name, title = a.mentions[0], b.mentions[0]
    head = tokens[a.last + 1]  # the title's head, inside the coded mention or right before it (زعيم المعارضة)
    if not (name.type == "PERS" and name.actor_code is None and not name.members and title.actor_code is not None
            and title.entity_id is None and not head.prefix and head.norm in APPOSITION_TITLES):
        return False
    return nxt is None or nxt.mentions[0].type != "PERS" or nxt.first - b.last > APPOSITION_NEXT_NAME or any(
        not tokens[k].is_word for k in range(b.last + 1, nxt.first))


def _holder_after_title_body(tokens: Sequence[Token], body: Arg, b: Arg) -> bool:
    """``b`` names who holds the title whose body ``body`` is (برئيس الجمعية الوطنية الفنزويلية خوان غوايدو): a
    person right after a body that follows a title word with a preposition, so the person is governed by it too."""
    return (bool(body.prep) and not b.prep and b.first == body.last + 1 and body.first > 0
            and all(m.type == "PERS" for m in b.mentions) and _has_any(tokens[body.first - 1], APPOSITION_TITLES))


def _holder_of_body(tokens: Sequence[Token], body: Arg, b: Arg) -> str | None:
    """Round 139: "طالب رئيس البرلمان العربي أحمد الجروان إيران": a body named right after a title word, then the
    person the actor stage coded as that body's (its head, the title's holder): one party, not a subject and its
    object.  Round 140: also a body joined to the title by ل, past an adjective of the title ("تعهد الزعيم الجديد
    لحركة طالبان الملا أختر منصور": the ل links the title, so the holder is no object with ل either).

    The preposition of the one party (the title's own, "" for none), or None when ``b`` is no such holder."""
    if b.first != body.last + 1 or body.first == 0 or len(body.mentions) != 1 or len(b.mentions) != 1:
        return None
    org, person = body.mentions[0], b.mentions[0]
    if not (person.type == "PERS" and org.type == "ORG" and person.actor_code is not None
            and person.actor_code == org.actor_code):
        return None
    k = body.first - 1
    if not body.prep:
        return "" if not b.prep and _has_any(tokens[k], APPOSITION_TITLES) else None
    if body.prep != "ل" or b.prep not in ("", "ل"):
        return None
    if k > 0 and tokens[k].norm.startswith("ال") and not _has_any(tokens[k], APPOSITION_TITLES):
        k -= 1  # the title's adjective: "الزعيم الجديد"
    title = tokens[k]
    if not _has_any(title, APPOSITION_TITLES) or title.prefix.lstrip("وف") not in ("", "ال"):
        return None  # (a title with its own preposition, للزعيم …، is round 93's: _holder_after_title_body)
    return ""


ENVOY_TITLES = _words("مبعوث", "المبعوث", "مبعوثة", "المبعوثة", "سفير", "السفير", "مندوب", "المندوب", "ممثل",
                      "الممثل", "منسق", "المنسق")


def _envoy_country(tokens: Sequence[Token], title: Arg, country: Arg, holder: Arg) -> bool:
    """Round 140: "دعا الأحمدي، المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد، لزيارة عدن": the country an envoy is
    sent to, with ل between the envoy's title and his name, is part of the title, no party; the title and the name
    (coded alike) are one party."""
    if len(title.mentions) != 1 or len(country.mentions) != 1 or len(holder.mentions) != 1:
        return False
    if country.first != title.last + 1 or holder.first != country.last + 1 or country.prep != "ل" or holder.prep:
        return False
    envoy, place, name = title.mentions[0], country.mentions[0], holder.mentions[0]
    return (envoy.type == "PERS" and name.type == "PERS" and envoy.actor_code is not None
            and envoy.actor_code == name.actor_code and place.type == "GPE"
            and any(_has_any(tokens[k], ENVOY_TITLES) for k in range(title.first, min(title.first + 2, title.last + 1))))


GOVERNED_BY_WORDS = _words("حكومة", "إدارة", "نظام")  # round 142: "حكومة نتنياهو"، "إدارة أوباما"، "نظام الأسد"


def _government_of(tokens: Sequence[Token], body: Arg, b: Arg) -> bool:
    """Round 142: "انتقدت حكومة نتنياهو الاتفاق"، "تعهدت إدارة أوباما": a government word in construct with the person
    who heads it, coded alike, is one party (the government), not a subject and its object."""
    if b.first != body.last + 1 or b.prep or body.first != body.last or len(body.mentions) != 1 or len(b.mentions) != 1:
        return False
    gov, person = body.mentions[0], b.mentions[0]
    head = tokens[body.first]
    return (gov.type == "ORG" and person.type == "PERS" and gov.actor_code is not None
            and gov.actor_code == person.actor_code and head.prefix.lstrip("وفبل") == ""
            and _has_any(head, GOVERNED_BY_WORDS))


def _honoured_name(tokens: list[Token], a: Arg, b: Arg) -> bool:
    """``b`` is the person the title ``a`` names, past forms of address only (نائب خادم الحرمين الشريفين صاحب السمو
    الملكي الأمير محمد بن نايف): one party, of one country."""
    if len(a.mentions) != 1 or len(b.mentions) != 1 or not _honorifics_between(tokens, a.last, b.first):
        return False
    title, name = a.mentions[0], b.mentions[0]
    return title.type == name.type == "PERS" and bool(name.entity_id) and title.country is not None \
        and title.country == name.country


def _one_party(a: Arg, b: Arg) -> ActorMention:
    """The mention that stands for an argument and its bracketed apposition: the lexicon's person when the
    name is one (it carries the name and the code), else the coded title."""
    name = b.mentions[0]
    return name if name.entity_id and name.actor_code else a.mentions[0]


def _left_boundary(tokens: list[Token], first: int, verb: bool = False, args: Sequence[Arg] = ()) -> int:
    """Where the trigger's clause begins: punctuation that closes a clause, a complementizer, or a
    conjunction of contrast (فيما، بينما، في حين) that opens a second clause with a subject of its own.  A quotation
    that opens at a ``verb`` trigger right after a bare party (one of ``args``) leaves that party, its subject,
    in the clause."""
    k = first - 1
    while k >= 0:
        norm = tokens[k].norm
        if norm == "»":  # "وكان «حزب الله» قد هدد": a short quoted name is the subject, not a quotation's end
            opening = _quote_partner(tokens, k, forward=False)
            if opening is not None:
                k = opening - 1
                continue
        if verb and k == first - 1 and _quote_opens_at_verb(tokens, k) \
                and any(a.last == k - 1 and not a.prep for a in args):
            k -= 1  # round 22: 'أن المنامة "تدين بشدة …"': a quotation that opens at the verb keeps its subject
            continue
        if norm in CLAUSE_OPENERS and k == first - 1 and verb and _plural_past(tokens[first]):
            k -= 1  # "وتحرك الأهالي باتجاه المختارة، حيث التقوا جنبلاط": the verb's pronoun is the subject before
            continue
        if norm in BOUNDARY_PUNCT or norm in COMPLEMENTIZERS or norm in CONTRAST_WORDS or norm in CLAUSE_OPENERS:
            return k + 1
        if _whereas_at(tokens, k):
            return k + 1  # round 158: «في حين» (whereas) opens a clause, as «بينما»
        if _bare_word(tokens[k]) in QUESTION_WORDS:
            return k + 1  # round 162: "لم يستطع مسؤولو الوزارة تأكيد متى وقعت عمليات الإعدام": an embedded question
        k -= 1
    return 0


# words that open an embedded question (تأكيد متى وقعت، لم يتضح كيف قتل): its act's parties are inside it
QUESTION_WORDS = _words("متى", "كيف", "أين", "لماذا", "هل")


OPENER_REACH = 8  # words between the subject of a clause and a «عندما / حيث» that opens the next one


def _opener_subject(tokens: Sequence[Token], verb_at: int, args: Sequence[Arg], target: Arg | None,
                    force: bool, light: Pattern | None = None) -> Arg | None:
    """The subject of the clause before «حيث / عندما» for the verb right after it, which has none of its own:
    "كان الجيش السوري يتقدم عندما قصف مواقع المعارضة"، "وانغ موجود في جنوب شرق آسيا حيث سيحضر قمة".  After
    «عندما» only a past verb counts: a present one is general (عندما يحرقون طفلاً).  With ``light`` (the noun's
    pattern), ``verb_at`` is a noun act whose light verb (the pattern's, or أجرى، عقد …), one or two words before
    it, follows the opener (حيث أجرى مشاورات); a noun right after any other verb is its subject (عندما اقتحم
    انتحاري)."""
    if light is not None:
        noun_at = verb_at
        verb_at = next((k for k in (verb_at - 1, verb_at - 2) if k > 1 and tokens[k - 1].norm in CLAUSE_OPENERS), 0)
        verb = tokens[verb_at]
        if not verb_at or any(verb_at < a.first < noun_at for a in args) or not (
                _has_any(verb, light.needs_before) or _bare_word(verb) in TITLED_CALLER_VERBS):
            return None  # "عندما اقتحم انتحاري بسيارة مفخخة": the light verb has a subject of its own
    if verb_at < 2 or tokens[verb_at - 1].norm not in CLAUSE_OPENERS:
        return None
    if tokens[verb_at - 1].norm not in PLACE_OPENERS and tokens[verb_at].norm[:1] in ("ي", "ت", "ن"):
        return None
    opener = verb_at - 1
    return next((a for a in reversed(args) if a.last < opener and not a.prep and opener - a.last <= OPENER_REACH
                 and a is not target and not (force and _victims(a))
                 and not any(tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in BOUNDARY_PUNCT
                             for k in range(a.last + 1, opener))), None)


# round 23: «حيث» opens a clause with a subject of its own (…، حيث اعتقلت الاستخبارات التركية أكثر من 250 شخصاً);
# round 26: so does «عندما» (جنديان وحارس مسلح قتلوا عندما فجر مقاتلون أكراد لغماً)
CLAUSE_OPENERS = _words("حيث", "وحيث", "عندما", "وعندما", "حينما", "وحينما", "إذ", "وإذ",  # (إذ: round 81)
                        "بعدما", "وبعدما")  # round 148: "جاء تعهد بروكنشاير بعدما قال وزير الخارجية": its own subject
PLACE_OPENERS = _words("حيث", "وحيث")


def _quote_opens_at_verb(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` opens a quotation (« or “, or a " preceded by an even number of them) right after a word that
    is no preposition (حذرت موسكو واشنطن من «عواقب وخيمة»: the noun in quotes is the preposition's)."""
    mark = tokens[k].norm
    if k == 0 or not tokens[k - 1].is_word or tokens[k - 1].norm in PREPOSITIONS:
        return False
    if mark == '"':
        return sum(1 for t in tokens[:k] if t.norm == '"') % 2 == 0
    return mark in ("«", "“")


# a body's word right before its quoted name (يحتجز تنظيم «داعش»): the head of the subject's name, no container
NAME_HEAD_WORDS = _words("تنظيم", "جماعة", "حركة", "قوات", "ميليشيا", "مليشيا", "جبهة", "حزب")


def _quoted_name_head(tokens: Sequence[Token], k: int, name_at: int) -> bool:
    """Token ``k`` heads the name quoted right after it (تنظيم «داعش»، حركة «حماس»)."""
    return name_at == k + 2 and tokens[k + 1].norm in ("«", '"', "“") and _has_any(tokens[k], NAME_HEAD_WORDS)


TRANSFER_WORDS = _words("نقل", "نقلهم", "نقله", "نقلها", "نقلت", "نقلوا", "نقلتهم", "إسعافهم", "اسعافهم", "إسعافه")


QUOTED_NAME_WORDS = 4  # round 88: the most words of a quoted name after a preposition


def _prep_before_quote(tokens: Sequence[Token], k: int) -> bool:
    """The quotation mark at ``k`` follows «ضد» or a preposition after a member or a place of what it names
    (القيادي البارز في «حزب الله»، مقار لـ«كتائب حزب الله»، ضد «وحدات حماية الشعب»): what it quotes is a short name
    the preposition governs, not speech that ends the clause."""
    norm = tokens[k - 1].norm
    if norm.lstrip("وف") == "ضد":
        return True
    if norm not in DETACHED_CLITICS and norm not in ("في", "من"):
        return False  # "على حسابه على «تويتر»"، "قال لـ«الشرق الأوسط»": no member's or place's body
    j = k - 2
    while j > 0 and j >= k - 4 and _has_any(tokens[j], OBJECT_MEMBER_ADJECTIVES):
        j -= 1
    return j >= 0 and _has_any(tokens[j], OWNED_BY_NAME)


def _right_boundary(tokens: list[Token], last: int, named: frozenset[int] = frozenset()) -> int:
    """Last token of the trigger's clause (up to a complementizer, a contrast conjunction or a quotation).  A
    short quoted name right after the trigger is the act's own name (مناورات «درع الخليج» بمشاركة …، عملية «الفجر
    الجديد» ضد …), not a quotation that ends the clause; so is a short quoted actor's name after a preposition
    (``named``: the tokens of actor names)."""
    k = last + 1
    while k < len(tokens):
        norm = tokens[k].norm
        if norm == "«" and (k <= last + 2 or _has_any(tokens[k - 1], NAME_HEAD_WORDS)
                           or (k + 1 in named and _prep_before_quote(tokens, k))):
            # also "قوات «المجلس الانتقالي»", "مواقع تنظيم «داعش»": a name right after a unit or a body's word
            close = _quote_partner(tokens, k)
            if close is not None and (k <= last + 2 or close - k <= QUOTED_NAME_WORDS + 1):
                k = close + 1
                continue
        if norm in (":", "؛", ";", "«", "»") or norm in COMPLEMENTIZERS or norm in CONTRAST_WORDS \
                or norm in CLAUSE_OPENERS:
            return k - 1  # فيما / بينما / عندما open a second clause with a subject of its own, as on the left
        if ("نقل" in norm or "سعاف" in norm) and _has_any(tokens[k], TRANSFER_WORDS) and k + 1 < len(tokens) \
                and tokens[k + 1].norm in ("الي", "إلى"):
            return k - 1  # round 74: "… وجرح ثلاثة آخرين تم نقلهم إلى المستشفى": where the wounded were taken
        k += 1
    return len(tokens) - 1


def _object_hit(tokens: list[Token], last: int, p: Pattern, named: frozenset[int] = frozenset()
                ) -> tuple[int, ObjectRule] | None:
    """(where, which) of the first complement after the trigger (within 14 tokens, before a full stop) that refines
    the code; a complementizer ends the search unless it opens the trigger's own complement clause (§30: حذّر من
    أن)."""
    hi = min(len(tokens), last + 15)
    index = p.object_index
    best: tuple[int, ObjectRule] | None = None
    for k in range(last + 1, hi):
        if tokens[k].norm in (".", "؛") or tokens[k].norm in COMPLEMENTIZERS and k > last + 2 \
                and not _own_clause(tokens, last, k, p, named):
            break
        for form in _norm_forms(tokens[k]):
            for phrase, rule in index.get(form, ()):
                if _phrase_at(tokens, k, phrase):
                    order = p.objects.index(rule)
                    if best is None or order < best[0]:
                        best = (order, rule)
        if best is not None:
            return k, best[1]
    return None


EXPRESSED_WITH_REACH = 3  # words from what is expressed to «مع» (تضامنها الكامل مع …); further on «مع» is another's
EXPRESSED_FOR_REACH = 6  # … and to the party with ل (عن شكره وتقديره وامتنانه لمقام خادم الحرمين)


def _expressed_for(tokens: Sequence[Token], expressed_at: int, after: Sequence[Arg], source: Arg | None) -> Arg | None:
    """Round 126: whom a statement's feeling is for — the first party after what is expressed with ل or, right after
    it, مع (أعربت … عن دعمها الكامل لجهود الحكومة الصومالية، عن تضامنها الكامل مع المملكة); a party with ل before
    it belongs to the speaker (أبدى المدير العام للوكالة … قلقاً), and a relative clause or a comma ends the phrase
    (عن إدانتها للتفجير الذي استهدف مجمعاً للشرطة).  A party of the speaker's own state is no one it feels for (عن
    ثقته بالتوصل إلى قرض جديد لليونان, said by the Greek minister)."""
    own = _states(source)
    for a in after:
        if a is source or a.first <= expressed_at:
            continue
        if a.first - expressed_at > EXPRESSED_FOR_REACH or any(
                tokens[k].norm in RELATIVES or tokens[k].norm in CLAUSE_PUNCT for k in range(expressed_at + 1, a.first)):
            return None
        if a.prep == "ل" or (a.prep == "مع" and a.first - expressed_at <= EXPRESSED_WITH_REACH):
            return None if own and {state_country(m) for m in a.actors()} <= own else a
    return None


def _own_clause(tokens: Sequence[Token], last: int, k: int, p: Pattern, named: frozenset[int]) -> bool:
    """Whether the complementizer at ``k`` opens the trigger's own complement clause (§30): after one of the
    pattern's target prepositions («حذّر الوزير من أن»، «بأن» for ب), or right after the trigger and its named
    subject («حذّرت المنظمة الدولية أن»).  Any other أن (وأن، فإن، لأن, or after other words) belongs to
    another verb."""
    norm = tokens[k].norm
    if norm[:1] == "ب":
        return "ب" in p.target_preps
    if norm[:1] != "ا":
        return False
    if tokens[k - 1].norm == "من":
        return "من" in p.target_preps
    return all(j in named or tokens[j].norm in ("،", ",") for j in range(last + 1, k))


# nouns whose genitive is a place (بشوارع الرباط، بمنتجع شرم الشيخ، بمحافظتي الأنبار وصلاح الدين)
LOCATIVE_HEADS = BUILDING_HEADS | PROVINCE_HEADS | _words(
    "شوارع", "منطقة", "مناطق", "منتجع", "مدن", "مدينتي", "بلدات", "بلدتي", "قرى", "أحياء", "ضواحي", "مخيم", "مخيمات",
    "العاصمة", "عاصمة", "محافظتي", "ريف", "ساحات", "مطارات")


# (with the stems a possessive leaves: زيارته → زيارت)
JOURNEY_NOUNS = _words("زيارة", "زيارات", "وصول", "رحلة", "جولة", "عودة", "توجه", "قدوم", "سفر", "انتقال", "زيارت",
                       "رحلت", "جولت", "عودت")
JOURNEY_REACH = 5  # words from the journey noun to its destination with ل (زيارة الأمير محمد بن سلمان لمصر)


def _located(tokens: list[Token], k: int, place: PlaceMention, visit: bool = False) -> bool:
    """A place is the event's location when a location preposition (or ب) introduces it, also through the noun
    it is the genitive of (بشوارع الرباط، بمدينة حلب).  After ل a place is whom or what an act is for (استفزاز
    النصرة لواشنطن، دعم الميليشيات التابعة لطهران), except where a ``visit`` goes (زيارة سليماني لموسكو)."""
    tok = tokens[k]
    if tok.start < place.start < tok.end and tok.text[:place.start - tok.start].lstrip("وف") == "ل" and not (
            visit or _word_before(tokens, k, JOURNEY_NOUNS, JOURNEY_REACH) is not None):
        return False  # (round 146; "سيجري خلال زيارته لموسكو لقاءات": where the journey named before it goes)
    if place.start > tok.start or tok.prefix.lstrip("وف").startswith("ب"):
        clitic = tok.norm[: max(0, len(tok.norm) - len(tok.stem))].lstrip("وف")
        if clitic.startswith("ب") or place.start > tok.start:
            return True
    if k > 0 and tokens[k - 1].prefix.lstrip("وف") == "ب" and tok.prefix in ("", "ال") \
            and _has_any(tokens[k - 1], LOCATIVE_HEADS):
        return True  # (not "بدور المملكة"، "بقيادة السعودية": a role or a leadership is no place)
    for j in range(k - 1, max(-1, k - 3), -1):
        norm = tokens[j].norm
        bare = norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in LOCATION_PREPS else norm
        if bare in LOCATION_PREPS or any(f in LOCATION_PREPS for f in tokens[j].forms):
            return True
        if not tokens[j].is_word:
            return False
    return False


# Members and leaders named as the object of an act (اعتقلت قيادياً في حماس، جمّدت أصول قادة الميليشيات): the body
# they belong to is the target.
OBJECT_MEMBERS = _words("قيادي", "قياديا", "قياديين", "القيادي", "قيادات", "قادة", "قائد", "قائدين", "عناصر", "عنصر", "عنصرين",
                        "أعضاء", "عضو", "عضوين", "مقاتلي", "مسلحي", "زعيم", "أنصار", "مناصري", "ناشطين", "ناشطا",
                        "كوادر", "رئيس")
OBJECT_MEMBER_ADJECTIVES = _words("بارز", "بارزا", "بارزين", "كبير", "كبيرا", "كبار", "سابق", "سابقا", "السابق",
                                  "الأسبق", "ميداني", "ميدانيا", "عسكري", "عسكريا")
MEMBER_OBJECT_REACH = 8  # words from the trigger to the member noun
# round 88: the accused or held counted before the body's members ("على 12 متهماً من قيادات جماعة الإخوان")
ACCUSED_MEMBERS = _words("متهم", "متهما", "متهمين", "متهمون", "معتقلا", "معتقلين", "موقوفين", "شخصا", "أشخاص")
OWNED_BY_NAME = CONTAINER_NOUNS | OBJECT_MEMBERS | UNIT_NOUNS  # nouns whose body a preposition may name
ASSET_HEADS = _words("أصول", "أموال", "ممتلكات", "حسابات", "أرصدة")
# Verbs of telling or handing over with two objects: "أبلغت بغداد واشنطن رفضها"، "سلّمت الخارجية السفير مذكرة".
TELL_VERBS = _words("أبلغ", "أبلغت", "أبلغتا", "أبلغا", "أبلغوا", "يبلغ", "تبلغ", "سلم", "سلمت", "سلمتا", "يسلم",
                    "تسلم", "نقل", "نقلت", "ينقل", "تنقل")
# Adverbs that may stand between a verb's subject and its object: "اعترفت إسبانيا رسمياً بدولة فلسطين".
OBJECT_ADVERBS = _words("رسميا", "رسمياً", "مجددا", "مجدداً", "أيضا", "أيضاً", "فعليا", "فعلياً", "علنا", "علناً",
                        "رسمي", "اليوم", "أمس", "رسميًا")

# Particles between a condition word and its verb: "إذا لم تنسحب"، "شريطة أن تلتزم"، "ما لم يتراجع".
CONDITION_PARTICLES = _words("لم", "لن", "ما", "أن", "ان", "قد")
CONDITION_REACH = 25  # words from a threat to the condition it is made under (a long object between)


CONDITION_ACT_REACH = 8  # words from a condition word to the act it names (في حال أفرج صندوق النقد الدولي عن)


def _conditioning_act(tokens: Sequence[Token], c: Coded, events: Sequence[Coded],
                      conditions: Sequence[tuple[int, int]]) -> Coded | None:
    """Round 109: the act a condition is set for — the main clause's, before the condition («بكين سترد بالمثل إذا
    فرضت واشنطن رسوماً») or after its answer («… فإن …»): its actor is the one the act of the condition would be
    done to, as the condition's actor is the one a threat is made against (_condition_subject)."""
    cond = next(((cf, cl) for cf, cl in conditions if cl < c.first and c.first - cl <= CONDITION_ACT_REACH
                 and not any(tokens[k].norm in CLAUSE_PUNCT for k in range(cl + 1, c.first))), None)
    if cond is None:
        return None
    cf, _cl = cond
    before = [o for o in events if o is not c and o.source and o.status != "hypothetical" and o.last < cf
              and cf - o.last <= CONDITION_REACH and not any(
                  tokens[k].norm in CONTRAST_WORDS or tokens[k].norm in SENTENCE_STOPS for k in range(o.last + 1, cf))]
    if before:
        return before[-1]
    return next((o for o in events if o is not c and o.source and o.status != "hypothetical" and o.first > c.last
                 and any(_apodosis(tokens[k]) for k in range(c.last + 1, o.first + 1))), None)


def _object_slot(tokens: Sequence[Token], slot: int, k: int) -> bool:
    """Whether token ``k`` is where the verb's object stands: the first word after the subject, or after one
    adverb there."""
    return k == slot or (k == slot + 1 and _has_any(tokens[slot], OBJECT_ADVERBS))


def _condition_subject(tokens: Sequence[Token], c: Coded, conditions: Sequence[tuple[int, int]],
                       args: Sequence[Arg]) -> Arg | None:
    """The party a conditional threat is made against: the subject of its condition ("هدد … بفرض عقوبات إذا لم
    تتراجع بكين"، "في حال اقتحم الجيش رفح فإن مصر ستعلق").  The condition follows the threat in its sentence
    (no contrast clause between), or opens the sentence with the main clause (فإن/فـ) between it and the threat;
    its verb comes first, the subject right after it, bare."""
    for cf, cl in conditions:
        if cf > c.last:
            if cf - c.last > CONDITION_REACH or any(tokens[k].norm in CONTRAST_WORDS or tokens[k].norm in (".", "؛")
                                                    for k in range(c.last + 1, cf)):
                continue
        elif cl < c.first:
            if not any(_apodosis(tokens[k]) for k in range(cl + 1, c.first)):
                continue
        else:
            continue
        verb = cl + 1
        while verb < len(tokens) and tokens[verb].norm in CONDITION_PARTICLES:
            verb += 1
        if verb >= len(tokens) or not tokens[verb].is_word or any(a.first <= verb <= a.last for a in args):
            continue
        subject = next((a for a in args if a.first == verb + 1 and not a.prep), None)
        if subject is not None and (cl < c.first or subject.first > c.last):
            return subject
    return None


def _domestic_country(actors: Sequence[ActorMention]) -> str | None:
    """The one country of the non-state parties (a union, an opposition, civilians) facing an unnamed state organ
    (الحكومة، الشرطة with no country): a society confronts its own state."""
    if not any(is_generic(m) and m.sector in STATE_SECTORS for m in actors):
        return None
    own = {state_country(m) for m in actors if m.sector and m.sector not in STATE_SECTORS and not is_generic(m)}
    return own.pop() if len(own) == 1 and None not in own else None


def _trigger_preposition(tokens: Sequence[Token], last: int) -> str | None:
    """The preposition a trigger phrase ends in (القبض على، أفرجت عن: no trigger is a preposition alone), whose
    object follows it."""
    return tokens[last].norm if tokens[last].norm in PREPOSITIONS else None


def _member_object(tokens: Sequence[Token], last: int, after: Sequence[Arg], source: Arg | None, p: Pattern,
                   stop: frozenset[str]) -> Arg | None:
    """The body of members named as the act's object (اعتقلت الشرطة قيادياً بارزاً في تنظيم داعش، فرضت عقوبات على
    قادة حركة الشباب، جمّدت أصول عدد من قادة الميليشيات): the member noun names the body by a genitive or by
    في/من, and its phrase — with counts, partitives and a possessed thing before it — stands where the object
    does: right after the verb and its subject, or after one of the pattern's prepositions.  Only the first
    argument after the trigger (past the subject) is looked at."""
    rest = [a for a in after if a is not source and (source is None or a.first > source.last)]
    if not rest:
        return None
    a = rest[0]
    opens = _has_any(tokens[a.first], OBJECT_MEMBERS)  # the member noun opens the mention (قادة جماعة الحوثيين)
    k = a.first if opens else a.first - 1
    if k > last and k < a.first and tokens[k].norm in OPENING_QUOTES:
        k -= 1  # "القيادي في «حزب الله»"
    if k > last and k < a.first and tokens[k].norm in ("في", "من"):
        k -= 1
    for _ in range(2):  # "القيادي العسكري البارز في"
        if k > last and _has_any(tokens[k], OBJECT_MEMBER_ADJECTIVES):
            k -= 1
    if k <= last or k - last > MEMBER_OBJECT_REACH or not _has_any(tokens[k], OBJECT_MEMBERS):
        return None
    head = k  # the start of the object phrase: "أصول عدد من كبار قادة"، "أربعة من عناصر"، "12 متهماً من قيادات"
    while head - 1 > last and (tokens[head - 1].norm in PARTITIVES or tokens[head - 1].norm == "من"
                               or _has_any(tokens[head - 1], ASSET_HEADS) or parse_number(tokens, head - 1) is not None
                               or _has_any(tokens[head - 1], OBJECT_MEMBER_ADJECTIVES)
                               or (tokens[head].norm == "من" and _has_any(tokens[head - 1], ACCUSED_MEMBERS))):
        head -= 1
    owned = any(_has_any(tokens[j], ASSET_HEADS) for j in range(head, k))
    outer = _prep_of_word(tokens, head, stop)
    if outer and head == last + 1 and outer == _trigger_preposition(tokens, last):
        outer = ""  # round 127: "القبض على قيادي في تنظيم داعش": the trigger's own على opens its object
    if outer and outer in p.target_preps:
        return Arg(a.mentions, a.first, a.last, outer)
    if opens and not (outer and outer in p.target_preps):
        return None  # a mention that opens with its member noun counts only after a target's preposition
    if not outer and head == _object_start(last, source) and (p.object_target or owned):
        return Arg(a.mentions, a.first, a.last, CONTAINER_OBJECT)
    return None


# round 69: the outlet after a relative verb of reporting (في نبأ أوردته وكالة أنباء البحرين، في بيان نقلته الوكالة)
REPORTING_RELATIVES = _words("أوردته", "أوردتها", "اوردته", "اوردتها", "نقلته", "نقلتها", "بثته", "بثتها", "نشرته",
                             "نشرتها", "أذاعته", "أذاعتها", "أوردها", "أورده", "نقله", "نقلها", "نشره", "نشرها")


def _reporter(tokens: Sequence[Token], a: Arg) -> bool:
    """An outlet that reports the act (في نبأ أوردته وكالة أنباء البحرين): the channel, no object of it."""
    return a.first > 0 and _has_any(tokens[a.first - 1], REPORTING_RELATIVES)


def _object_start(last: int, source: Arg | None) -> int:
    """Where a verb's object begins: right after its subject when the subject follows the verb (ending at
    ``last``), else right after the verb."""
    return source.last + 1 if source is not None and source.first > last else last + 1


def _told_to(tokens: Sequence[Token], teller: Arg, told: Arg, first: int) -> bool:
    """"أبلغت بغداد واشنطن رفضها": a verb of telling or handing over, its subject, the one told, then the noun
    trigger, each right after the other."""
    k = teller.first - 1
    return (k >= 0 and _has_any(tokens[k], TELL_VERBS) and told.first == teller.last + 1
            and first == told.last + 1 and not told.prep and not teller.prep)


PLURAL_VERB_MIN = 6  # "يستهدفون" (an imperfect in ون); shorter ones are singular verbs of a hollow root (يكون)


def _plural_past(tok: Token) -> bool:
    """A past verb with the plural ending «وا» (استنكروا، قتلوا): its subject is in the verb or before it."""
    stem = tok.stem or tok.norm
    return stem.endswith("وا") and len(stem) >= 4


def _singular_before_plural_verb(tokens: Sequence[Token], a: Arg, first: int) -> bool:
    """Round 141: "ودان الوزراء الجرائم التي ترتكبها داعش، واتفقوا على …": a verb with the plural ending «وا» past a
    comma holds its own subject (the ministers); one state, one named group or one named person before the comma does
    not agree with it and is no subject of it.  People named by a noun (الثوار، عناصر الجيش) and names that are
    plurals of people (الحوثيون) are left alone: a plural verb agrees with them."""
    if not _plural_past(tokens[first]) or not any(tokens[k].norm in ("،", ",") for k in range(a.last + 1, first)):
        return False
    if len(a.mentions) != 1 or a.mentions[0].members:
        return False
    m = a.mentions[0]
    # (round 172: nor does one person the lexicon names: "قبل الناخبون بتوصية رئيس الوزراء تسيبراس، ورفضوا")
    named = m.type == "GPE" or (m.type in ("ORG", "PERS") and m.entity_id is not None)
    return named and not tokens[a.last].norm.endswith(("ون", "ين"))


FRONTED_PREPS = frozenset({"في", "علي", "عن", "خلال", "بعد", "قبل", "عقب", "اثر"})
FRONTED_REACH = 8  # words from the opening preposition to the verb
# words that open a clause of its own inside the opening phrase (في حين أن، فإن، الذي): its party is a subject there
ADJUNCT_BREAKS = COMPLEMENTIZERS | RELATIVES | frozenset({"حين", "حيث", "لكن", "ان", "فان", "انه", "انها"})


def _in_fronted_adjunct(tokens: Sequence[Token], a: Arg, first: int, args: Sequence[Arg]) -> bool:
    """Round 174: a party right before a singular verb, in the genitive of a noun inside the phrase that opens its
    clause with a preposition (وفي أول رد فعل على قرارات العبادي طالب النائب …): the verb's subject follows it, the
    party is in the adjunct.  A plural verb agrees with the party before it (وفي اليمن الحوثيون قصفوا)."""
    if a.last != first - 1:
        return False
    start = _clause_start(tokens, first)
    if start > 0 and tokens[start - 1].norm not in SENTENCE_STOPS:
        return False  # (the phrase opens the sentence, not a clause after a comma: «…، على مواصلة التحالف دعم»)
    opener = tokens[start].norm
    head = a.first - 1
    return start < head and (
        opener in FRONTED_PREPS or (opener[:1] in ("و", "ف") and opener[1:] in FRONTED_PREPS)) \
        and not _plural_past(tokens[first]) and not tokens[first].norm.endswith("ون") \
        and tokens[head].is_word and not tokens[head].norm.startswith("ال") and not tokens[head].prefix \
        and not any(b.first <= head <= b.last for b in args) and first - start <= FRONTED_REACH \
        and all(tokens[k].is_word and _bare_word(tokens[k]) not in ADJUNCT_BREAKS for k in range(start + 1, a.first))


def _object_of_relative_verb(tokens: Sequence[Token], a: Arg, first: int) -> bool:
    """Round 181: a verb joined by و after a comma goes on with the relative clause before it (الذي يرعى هذه العصابات،
    ويدعم الاستيطان): the party right after the relative's own verb is that verb's object, not the subject of the
    verb joined to it."""
    if first < 2 or tokens[first - 1].norm not in ("،", ",") or tokens[first].prefix[:1] != "و" or a.last != first - 2:
        return False
    k = a.first - 1
    while k > 0 and tokens[k].norm in DEMONSTRATIVES:
        k -= 1
    return k >= 1 and tokens[k].is_word and not tokens[k].norm.startswith("ال") \
        and _bare_word(tokens[k - 1]) in RELATIVES


def _relative_aside(tokens: Sequence[Token], before: Arg, first: int) -> bool:
    """Only a relative clause between commas stands between a subject and its verb (الجيش السوري، الذي يقاتل منذ
    أشهر في المنطقة، قصف داعش): the subject keeps its verb however long the aside."""
    k = before.last + 1
    if first - k > PAREN_REACH + 2 or k + 1 >= first or tokens[k].norm not in ("،", ",") \
            or tokens[first - 1].norm not in ("،", ",") or _bare_word(tokens[k + 1]) not in RELATIVES:
        return False
    return not any(tokens[j].norm in ("،", ",", ".", "؛", ":") for j in range(k + 2, first - 1))


def _clause_after_comma(tokens: Sequence[Token], before: Arg, first: int, last: int, after: Sequence[Arg]) -> bool:
    """A verb with no conjunction that opens a clause after a comma with a coded party right after it (…، هدد
    وزير الدفاع الإسرائيلي): that party is its subject, not the one named in the phrase before the comma.  A subject
    followed by a comma of its own opens an aside and keeps the verb (الجيش، الذي …، قصف)."""
    if first == 0 or tokens[first - 1].norm not in ("،", ",") or before.last + 1 >= first - 1 \
            or tokens[first].norm[:1] in ("و", "ف"):
        return False  # («…، وأمهلت الدبلوماسيين»: a verb joined by و shares the subject before the comma)
    if tokens[before.last + 1].norm in ("،", ","):
        return False
    return any(a.first == last + 1 and not a.prep and a.mentions[0].actor_code for a in after)


def _verb_after_noun(tok: Token, p: Pattern) -> bool:
    """Round 157: a verb right after a verbal noun opens a clause of its own, so the party after it is that verb's
    subject or object, never the noun's genitive: a past in «ت» joined by و («منذ وقع الهجوم وقررت الحكومة») or a
    verb of the noun's own pattern that is no noun («في هجوم استهدف الجيش»)."""
    stem = tok.norm[1:] if tok.prefix == "و" else ""
    if len(stem) >= 4 and stem.endswith("ت") and not stem.endswith("ات") and not stem.startswith("ال"):
        return True
    word = _bare_word(tok)
    return word in p.verb_forms and word not in p.noun_forms and len(word) > 3


MASDAR_OPENINGS = ("ا", "ت", "م")  # إسقاط، استهداف، تحقيق، مساعدة (not «لجنة»، «بلدان»: no proclitic at all)


def _genitive_of_prefixed_noun(tokens: Sequence[Token], last: int, a: Arg) -> bool:
    """Round 157: a party right after a verbal noun with ل or ب right after the verb («تدعو لإسقاط الحكومة»،
    «طالبوا بتولي رئيس الوزراء») is that noun's genitive, inside the verb's complement: never the verb's subject.
    Further on, ل and ب belong to the subject's own phrase (المتحدث الرسمي لمديرية الدفاع المدني، القائم بأعمال
    الوزير، طائرات التحالف بقيادة السعودية); a noun with its own pronoun has its genitive already."""
    k = a.first - 1
    if k != last + 1 or not tokens[k].is_word or tokens[k].norm.endswith(("ها", "هم", "هما")):
        return False
    stem = tokens[k].norm[len(tokens[k].prefix):]
    return tokens[k].prefix.lstrip("وف") in ("ل", "ب") and len(stem) >= 4 and stem.startswith(MASDAR_OPENINGS)


def _also_after_comma(tokens: Sequence[Token], first: int) -> bool:
    """Round 155: a verb right after «، كما» (…، كما اجتمع مع رئيس المكتب السياسي لحركة حماس), or after «، في حين»
    (round 158): a second act of the sentence's own subject, or of the party named right after it, never of a party
    in the clause before the comma (the object of the first act: «لقاء مع … معاذ الخطيب»)."""
    return first > 1 and tokens[first - 1].norm == "كما" and tokens[first - 2].norm in ("،", ",") or (
        # round 158: «…، في حين عقد لقاءات» (whereas): the same, when no subject of its own follows
        first > 2 and _whereas_at(tokens, first - 1) and tokens[first - 3].norm in ("،", ","))


def _whereas_at(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is the «حين» of «في حين» (whereas), not of «من حين لآخر» (from time to time)."""
    return tokens[k].norm == "حين" and k > 0 and tokens[k - 1].norm in ("في", "وفي")


def _wa_after_comma(tokens: Sequence[Token], first: int) -> bool:
    """Round 146: a verb at ``first`` that carries و right after a comma (…، واعتبرت): it opens a clause of its own."""
    return first > 0 and tokens[first - 1].norm in ("،", ",") and _joined_by_wa(tokens[first])


def _party_after_objectless_verb(tokens: Sequence[Token], first: int, last: int, p: Pattern,
                                 after: Sequence[Arg]) -> bool:
    """Round 146: a verb joined by و after a comma whose object is never a party (اعتبر … تصعيداً) with a coded
    party right after it: that party is its own subject, not the object of the verb before the comma (ونددت واشنطن
    بالهجوم، واعتبرت منظمة التعاون الإسلامي هذه الجريمة تصعيداً).  A verb that can take a party as its object
    (…، وطالبت المجتمع الدولي) keeps the shared subject (:func:`_clause_after_comma`)."""
    if p.object_target or p.target_preps or not _wa_after_comma(tokens, first):
        return False
    return any(a.first == last + 1 and not a.prep and a.mentions[0].actor_code and not _victims(a) for a in after)


# Round 182: verbs whose object is only ever introduced by ب (ندد بالغارات، رحب بالاتفاق، أشاد بالجهود، نوه بالدور)
PREP_OBJECT_VERBS = frozenset(f for past, imperfect in (("ندد", "يندد"), ("رحب", "يرحب"), ("أشاد", "يشيد"),
                                                         ("نوه", "ينوه")) for f in conjugate(past, imperfect))


def _subject_before_prep_object(tokens: Sequence[Token], first: int, last: int, after: Sequence[Arg]) -> bool:
    """Round 182: a verb joined by و after a comma that takes its object only through ب, with a bare coded party
    right after it and ب right after that party (شنت إسرائيل غارات …، ونددت موسكو بالغارات): the party is the verb's
    own subject, never its object, so the subject before the comma is not shared."""
    if not _wa_after_comma(tokens, first) or _bare_word(tokens[first]) not in PREP_OBJECT_VERBS:
        return False
    party = next((a for a in after if a.first == last + 1 and not a.prep and a.mentions[0].actor_code), None)
    return party is not None and party.last + 1 < len(tokens) \
        and tokens[party.last + 1].prefix.lstrip("وف")[:1] == "ب"


AUDIENCE_WORDS = _words("أمام", "وأمام")
AUDIENCE_REACH = 3  # words from «أمام» to the party in its phrase (أمام لجنة الدفاع بمجلس الشيوخ)


def _before_an_audience(tokens: Sequence[Token], a: Arg) -> bool:
    """Round 192: a party inside a phrase of «أمام» (ندد الوزير أمام لجنة الدفاع بمجلس الشيوخ بالأنشطة …، قال أمام
    البرلمان) is the audience a verbal act is made before, never its target."""
    for k in range(a.first - 1, max(-1, a.first - 1 - AUDIENCE_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if _has_any(tokens[k], AUDIENCE_WORDS):
            return True
    return False


WA_NEGATORS = _words("ولم", "ولن", "ولا")


def _wa_verb_with_subject_after(tokens: Sequence[Token], first: int, last: int, before: Arg, after: Sequence[Arg]
                                ) -> bool:
    """Round 191: a verb joined by و — on itself or on its negator (ولم تقصف، وقصفت) — right after a party, with a
    coded party right after the verb: the party before ends the clause before (the object of its verb: استهدفت
    المتمردين الأكراد ولم تقصف تركيا التنظيم), for a subject before its verb takes no و; the one after is the
    subject.  Only the party's own adjectives may stand between it and the و."""
    if _joined_by_wa(tokens[first]):
        end = first  # the word the clause joined by و opens with
    elif first > 0 and tokens[first - 1].norm in WA_NEGATORS:
        end = first - 1
    else:
        return False
    # (the party's own adjectives, with the bare article, may stand between: المتمردين الأكراد; not «بالهجوم»)
    if end - before.last - 1 > 2 or not all(tokens[k].prefix == "ال" for k in range(before.last + 1, end)):
        return False
    party = next((a for a in after if a.first == last + 1 and not a.prep and a.mentions[0].actor_code), None)
    if party is None:
        return False
    # the party after the verb is its subject when the verb holds its object (وتدعمها الولايات المتحدة) or an
    # object follows that party (ولم تقصف تركيا التنظيم); alone, it is the object of a shared subject (التي يقوم
    # بها الحوثيون وتستهدف المارة في الشوارع)
    nxt = party.last + 1
    return _object_pronoun(tokens[first]) or (
        nxt < len(tokens) and (tokens[nxt].prefix == "ال" or any(a.first == nxt for a in after)))


def _later_clause_openings(tokens: Sequence[Token], events: Sequence[Coded],
                           speech: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Round 146: (verb index, start of the word right after it) of each verb joined by و after a comma — an act's
    verb, or a speech verb (…، واعتبرت منظمة التعاون الإسلامي، …، وطالبت جامعة الدول العربية، …، وقالت الجامعة
    العربية).  The party right after such a verb stands in a clause of its own, whether its subject or its object,
    and is no object of an act before the comma; found once per sentence, each act keeps those after it."""
    verbs = [(o.first, o.last) for o in events if not o.noun] + list(speech)
    return [(first, tokens[last + 1].start) for first, last in verbs
            if last + 1 < len(tokens) and _wa_after_comma(tokens, first)]


def _subject_in_the_verb(tokens: Sequence[Token], first: int, actor_at: int, force: bool) -> bool:
    """Whether the verb at ``first`` already holds its subject, so that the bare actor at ``actor_at`` after it is
    no subject: a plural or dual ending (استنكروا، يعارضون، تتهمان) on an act other than force, or, for an act of force, a relative
    pronoun or an indefinite noun of operations right before it (عمليات استهدفت داعش) and the actor right after it,
    with no object pronoun on the verb (الهجوم الذي شنته القوات) and none between.  A plural verb of force is as often a passive (قُتلوا في انفجار ألغام تركها
    الحوثيون، أُعدموا على أيدي متشددي داعش), and other relative clauses often put their own subject after the
    verb (المواقع التي وافقت إيران على دخولها، الموقف الذي رحب به التحالف), so those are left alone — but an
    actor right after a plural verb of force is its object either way (قتلوا عثمان: a passive takes no noun there)."""
    tok = tokens[first]
    stem = tok.stem or tok.norm
    if force and actor_at == first + 1 and _plural_past(tok):
        return True
    if not force and (_plural_past(tok) or (
            stem.endswith(("ون", "ان")) and stem[:1] in ("ي", "ت") and len(stem) >= PLURAL_VERB_MIN)):
        return True  # (round 51: a dual too, «وتتهمان في المقابل العسكريين الأوكرانيين»)
    right_after = actor_at == first + 1 or (  # "الذي استهدف عدداً من رجال الأمن": a count of them
        actor_at == first + 3 and tokens[first + 1].norm in PARTITIVES and tokens[first + 2].norm == "من") \
        or (first + 1 < len(tokens) and _quoted_name_head(tokens, first + 1, actor_at))  # استهدفت تنظيم «داعش»
    return force and first > 0 and right_after and not _object_pronoun(tok) and (
        _bare_word(tokens[first - 1]) in RELATIVES
        # (a past of three letters is also its verbal noun: «عمليات هدم الاحتلال» are its demolitions)
        or _describes_attack_noun(tokens, first, OPERATION_NOUNS) and len(_bare_word(tok)) > 3)


# round 157: "في عمليات استهدفت تنظيم «داعش»": an indefinite noun of operations or strikes right before a verb of
# force is the subject of that verb (a relative clause with no relative pronoun), so the party after it is its object
OPERATION_NOUNS = _words("عمليات", "عملية", "حملة", "حملات", "ضربات", "ضربة", "غارة", "غارات", "هجمات", "هجوم",
                         "تفجيرات", "تفجير", "قذائف", "قذيفة", "صواريخ", "صاروخ", "مداهمات", "مداهمة")


# Broken plurals of people that end in ة (القادة، القضاة) take a masculine verb: «قال القادة» is the leaders speaking.
HUMAN_PLURALS_IN_TA = _words("القادة", "قادة", "الطلبة", "طلبة", "القضاة", "قضاة", "الرعاة", "الدعاة", "الغزاة",
                             "الولاة", "البغاة", "الرماة", "الحماة", "السعاة", "العصاة", "الأئمة", "أئمة", "الأساتذة",
                             "أساتذة", "الجبابرة", "الكفرة", "الخونة", "السحرة", "الصحابة", "الجنرالات")
PLURAL_VERB_ENDINGS = ("ون", "ان", "وا", "ين")  # a present in ي with these is plural or dual (يهاجمون، يطالبان)
VERB_OPENERS = RELATIVES | CLAUSE_OPENERS | CONTRAST_WORDS | _words("قد", "لقد", "ثم", "كما", "حين", "لما")


def _feminine_object(tokens: Sequence[Token], first: int, arg: Arg, p: Pattern) -> bool:
    """A masculine singular verb (هاجم، يهاجم) right before a party whose head is a singular noun in ة (السلطة،
    الحكومة، حركة حماس): a verb agrees with a feminine subject right after it (هاجمت السلطة), so the party is the
    object and the subject is the verb's own «he» (round 35: «فهاجم السلطة الفلسطينية قائلاً»).  Persons are left
    alone (أسامة، خليفة are men's names), and so are broken plurals of people in ة (قال القادة)."""
    if arg.first != first + 1 or any(m.type == "PERS" for m in arg.actors()):
        return False
    verb_tok = tokens[first]  # a verb that opens its clause (ودعا، فهاجم، الذي حمّل), not a noun in a genitive
    if not (first == 0 or verb_tok.prefix[:1] in ("و", "ف") or tokens[first - 1].norm in CLAUSE_PUNCT
            or _bare_word(tokens[first - 1]) in VERB_OPENERS):
        return False  # («لتلبية طلب الحكومة الفرنسية»: the government's request)
    head = tokens[arg.first]
    if not head.text.rstrip(DIACRITICS).endswith("ة") or head.suffix or _has_any(head, HUMAN_PLURALS_IN_TA):
        return False
    verb = _bare_word(tokens[first])
    if verb in p.past_stems:  # (not a past in ت: توافق is also «she agrees»)
        return verb[:1] != "ت"
    return verb[:1] == "ي" and verb in p.verb_forms and not verb.endswith(PLURAL_VERB_ENDINGS)


# titles a woman holds in their own feminine form (الرئيسة، الوزيرة); not «النائب / المستشار», which name women too
MASCULINE_TITLES = _words("الرئيس", "رئيس", "الوزير", "وزير", "الملك", "ملك", "الأمير", "أمير", "السفير", "سفير",
                          "المبعوث", "مبعوث", "الأمين", "القائد", "قائد", "الزعيم", "زعيم", "المتحدث", "الناطق",
                          "ولي", "العاهل", "المرشد", "القيادي", "قيادي")
TITLE_PHRASE_REACH = 5  # words from a verb to the man its object's title names (القيادي في حزب الحق أحمد …)


# round 98: verbal nouns that head what a verb of judgement judges (أدانت بشدة إقدام إسرائيل على …، رفضت قيام
# السلطات بـ…): the party after them is the act's doer, the object's own, not the verb's subject
ACT_OBJECT_HEADS = _words("إقدام", "قيام", "استمرار", "لجوء", "تمادي", "محاولة", "محاولات", "مواصلة")
ACT_OBJECT_REACH = 4  # words from the verb to the verbal noun (دانت الوزارة بشدة إقدام)


def _act_noun_object(tokens: Sequence[Token], last: int, arg: Arg) -> bool:
    """The party right after a verbal noun that is the verb's object, a few words after the verb (كما دانت الوزارة
    بشدة إقدام وزيرة القضاء الإسرائيلية على …): the object's doer, not the verb's subject."""
    head = arg.first - 1
    if head > last and _has_any(tokens[head], APPOSITION_TITLES):
        head -= 1  # "إقدام وزيرة القضاء": the doer's title outside the coded body
    return last < head <= last + ACT_OBJECT_REACH and _has_any(tokens[head], ACT_OBJECT_HEADS)


TOPIC_WORDS = _words("أما")
RESUMING_WORDS = _words("فقد", "فإن", "فإنه", "فإنها", "فانه", "فانها")


def _topic_subject(tokens: Sequence[Token], first: int, before: Sequence[Arg]) -> Arg | None:
    """Round 98: «أما X …، فقد فعل»: the party right after «أما» is the subject the resumed clause (فقد / ف + verb)
    speaks of, not a party of the clause between (أما مصر التي باتت تستشعر الخطر بعد تفجير القنصلية الإيطالية،
    فقد طلبت …)."""
    resumed = tokens[first].prefix[:1] == "ف" or (first > 0 and _has_any(tokens[first - 1], RESUMING_WORDS))
    if not resumed:
        return None
    topic = next((k for k in range(first - 1, -1, -1) if _has_any(tokens[k], TOPIC_WORDS)), None)
    if topic is None or any(tokens[k].norm in SENTENCE_STOPS for k in range(topic, first)):
        return None
    return next((a for a in before if a.first == topic + 1), None)


def _masculine_object(tokens: Sequence[Token], first: int, arg: Arg, p: Pattern) -> bool:
    """Round 93, the mirror of :func:`_feminine_object`: a feminine past verb (دعت، هاجمت) that opens its clause,
    right before a man named by his title (ودعت الرئيس نيكولاس مادورو إلى التنحي), does not agree with him: he is
    the object, and the subject is the verb's own «she» (the state or body before).  Round 155: also a verb inside
    its clause, after its own subject, when the man is named past his title's phrase (مجموعة مسلحة … قتلت القيادي في
    حزب الحق أحمد محمد المهدي); «إنها استدعت سفيرها» keeps the older reading."""
    if not all(m.type == "PERS" for m in arg.actors()) or not (arg.first == first + 1 or (
            arg.first - first <= TITLE_PHRASE_REACH and _has_any(tokens[first + 1], MASCULINE_TITLES)
            and not any(tokens[k].norm in CLAUSE_PUNCT for k in range(first + 1, arg.first)))):
        return False  # (or the man named past his title's phrase: قتلت القيادي في حزب الحق أحمد محمد المهدي)
    verb_tok = tokens[first]
    if not (first == 0 or verb_tok.prefix[:1] in ("و", "ف") or tokens[first - 1].norm in CLAUSE_PUNCT
            or (arg.first > first + 1 and not verb_tok.prefix)):
        return False  # (inside a clause only past a title's phrase: «إنها استدعت سفيرها» keeps its old reading)
    if not _has_any(tokens[first + 1], MASCULINE_TITLES) or tokens[first + 1].suffix:
        return False
    verb = _bare_word(verb_tok)
    if len(verb) <= 2 or not verb.endswith("ت"):
        return False
    stem = verb[:-1]  # هاجمت → هاجم; دعت → دعا (not التقيت, «I met», whose stem keeps its ي)
    return (stem in p.past_stems and not stem.endswith(("ي", "ا"))) or not p.past_stems.isdisjoint((stem + "ا", stem + "ي"))


CAUSE_WORDS = _words("عندما", "حينما",  # round 26: "جنديان … قتلوا عندما فجر مقاتلون أكراد لغماً"
                     "إثر", "اثر", "جراء", "بسبب", "بنيران", "برصاص", "بانفجار", "بقصف", "بغارة", "بغارات",
                     "بقذيفة", "بقذائف", "بهجوم", "بتفجير")
CAUSE_AFTER_IN = _words("انفجار", "هجوم", "غارة", "غارات", "قصف", "اشتباكات", "تفجير", "حادث", "حادثة", "مواجهات",
                        "معارك", "كمين", "هجمات", "الانفجار", "الهجوم", "الغارة", "القصف", "التفجير", "الاشتباكات")
WOUNDED_AFTER = frozenset(normalize(w) for w in ("أصيب", "أصيبوا", "جرح", "جرحوا"))  # وأصيب آخرون: passive too
PASSIVE_SKIP = _words("أمس", "امس", "اليوم", "الليلة", "صباح", "مساء", "فجر", "ظهر", "صباحا", "ليلا",
                      "جميعا", "جميعهم", "كلهم", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
                      "الجمعة")  # time and "all of them" between the verb and its cause
COMMENT_VERBS = _words("علق", "علقت", "يعلق", "تعلق", "علقوا", "تحدث", "تحدثت", "يتحدث", "تتحدث", "تحدثوا")
MOURNING_WORDS = _words("تعازي", "التعازي", "تعازيه", "تعازيها", "تعزية", "التعزية", "مواساة", "المواساة", "عزاء",
                        "العزاء", "شهداء", "الشهداء", "ضحايا", "الضحايا", "مصابي", "جرحى",
                        # round 16: a comment on the attack or concern about it (علق الكاتب على تفجير المسجد، أعرب
                        # عن قلقه إزاء الهجمات): the one who speaks of it did not carry it out
                        "معلقا", "معلقة", "تعليقا", "تعليقه", "قلقه", "قلقها", "قلقهم", "قلق", "القلق", "إزاء",
                        "حيال") | COMMENT_VERBS


LAM_PEOPLE = PEOPLE_NOUNS | _words("شخصين", "صحفيين", "ناشطين", "ناشطا", "صحفيا")


def _lam_people(tok: Token | None) -> bool:
    """A word of people or a count of them with ل (لشخصين، لمواطنين، لـ12 شخصاً): the object of a verbal noun."""
    if tok is None or tok.prefix.lstrip("وف")[:1] != "ل":
        return False
    return _has_any(tok, LAM_PEOPLE) or tok.norm.lstrip("وف")[1:2].isdigit()


def _possessive_noun(tok: Token, p: Pattern) -> bool:
    """A verbal noun of the pattern with a possessive pronoun, its doer (استهدافها، قصفهم، اعتقاله)."""
    forms = tok.forms or (tok.norm,)
    bare = forms[-1]
    return tok.norm != bare and bare in p.noun_forms and tok.norm.endswith(("ه", "ها", "هم", "هما"))


ANNOUNCE_VERBS = _words("أعلن", "أعلنت", "أكد", "أكدت", "نعى", "نعت")  # (a joined و is among a token's forms)
ANNOUNCE_GAP = 3  # words between the announcer and the death it announces (أعلن الجيش التركي أمس مقتل)


def _announced_own_loss(tokens: Sequence[Token], source: Arg, first: int, src: Sequence[ActorMention],
                        tgt: Sequence[ActorMention]) -> bool:
    """"أعلن الجيش التركي مقتل ثلاثة جنود أتراك": the subject of a verb of announcing right before a death it
    tells, of its own state's people, announces its loss; it did not kill them (round 24)."""
    if source.first == 0 or not _has_any(tokens[source.first - 1], ANNOUNCE_VERBS) \
            or not 0 < first - source.last <= ANNOUNCE_GAP:
        return False
    own = {state_country(m) for m in src} - {None}
    return bool(own) and all(state_country(m) in own for m in tgt)


BOMB_PARTS = _words("سيارة", "مفخخة", "عبوة", "ناسفة", "قنبلة", "مزروعة")


def _describes_attack_noun(tokens: Sequence[Token], first: int, heads: frozenset[str] = CAUSE_AFTER_IN) -> bool:
    """A verb right after an indefinite attack noun (one of ``heads``) is a relative clause describing it (بتفجير
    استهدف دوريتهم، في هجوم شنه مسلحون، في عمليات استهدفت تنظيم «داعش»): the attack is its subject, not the party
    named before the noun."""
    k = first - 1
    while k > 0 and first - k <= 2 and (_has_any(tokens[k], KIND_ADJECTIVES) or _has_any(tokens[k], BOMB_PARTS)):
        k -= 1  # "في هجوم مسلح استهدف"، "في انفجار سيارة مفخخة استهدف": past the attack's kind or its device
    if k < 0:
        return False
    prev = tokens[k]
    return _has_any(prev, heads) and not prev.norm.startswith("ال") and "ال" not in prev.prefix


AGENT_PAIRS = frozenset({("من", "قبل"), ("علي", "يد"), ("علي", "ايدي")})  # «من قبل / على يد»: a passive's agent next


def _passive_force(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A plural verb of force (قتلوا، أصيبوا) followed, past a time word, by its cause (إثر، جراء، بنيران، في
    هجوم) or by the end of its clause («سبعة عناصر من بوكو حرام قتلوا، فيما جرح جنديان»): read as a passive,
    since an active verb there would have its object right after it.  Round 173: any verb of force followed by
    «من قبل / على يد» (الملا عمر قتل من قبل قياديين في طالبان) is a passive, its agent named there."""
    k = last + 1
    while k < len(tokens) and _has_any(tokens[k], PASSIVE_SKIP):
        k += 1
    if k + 1 < len(tokens) and (tokens[k].norm, tokens[k + 1].norm) in AGENT_PAIRS:
        return True
    if k < len(tokens) and tokens[k].prefix[:1] == "و" and _bare_word(tokens[k]) in WOUNDED_AFTER:
        return True  # round 174: "أن جنديا أميركيا قتل وأصيب آخرون": one killed too, beside the wounded
    if not _plural_past(tokens[first]):
        return False
    if k >= len(tokens) or tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in ("»", '"', "”", "؛"):
        return True
    if _has_any(tokens[k], CAUSE_WORDS):
        return True
    if tokens[k].prefix[:1] == "و" and _bare_word(tokens[k]) in WOUNDED_AFTER:
        return True  # round 36: "ثلاثة جنود أتراك … قتلوا وأصيب 31 آخرون": the dead and the wounded, both victims
    if tokens[k].norm == "علي" and k + 1 < len(tokens) and tokens[k + 1].norm in ("يد", "ايدي"):
        return True  # round 43: "ستة حوثيين … قتلوا امس السبت على يد عناصر المقاومة": by the hand of their killers
    return tokens[k].norm == "في" and k + 1 < len(tokens) and _has_any(tokens[k + 1], CAUSE_AFTER_IN)


AGENT_MEMBER_REACH = 4  # words from «من قبل» to the body its members belong to (قياديين بارزين في طالبان)


def _agent_member(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> Arg | None:
    """Round 173: the body a passive's agent is part of, named a few words into it (قتل من قبل قياديين بارزين في
    طالبان، اعتقل على يد أفراد من قوة شرطة): the agent acts for it."""
    k = last + 1
    if k + 1 >= len(tokens) or (tokens[k].norm, tokens[k + 1].norm) not in AGENT_PAIRS:
        return None
    return next((a for a in after if 2 < a.first - k <= AGENT_MEMBER_REACH + 2
                 and all(tokens[j].is_word and _bare_word(tokens[j]) not in RELATIVES
                         for j in range(k + 2, a.first))), None)


# forms of address before a name set off by commas (وزير الأوقاف الأردني، الدكتور هايل داود،)
APPOSED_TITLES = _words("الدكتور", "الدكتورة", "المهندس", "الأستاذ", "الشيخ", "اللواء", "العميد", "السفير", "السيد",
                        "السيدة")


def _name_of_subject(tokens: Sequence[Token], source: Arg, target: Arg) -> bool:
    """Rounds 85 and 178: the name right after the subject (رئيس المجلس الوطني سليم الزعنون), or set off by a comma
    and a form of address before a comma of its own (وزير الأوقاف الأردني، الدكتور هايل داود، بالتوسعة): the
    subject's own name."""
    if target.first == source.last + 1:
        return True
    k = source.last + 1
    return target.first == k + 2 and tokens[k].norm in ("،", ",") and tokens[k + 1].norm in APPOSED_TITLES \
        and target.last + 1 < len(tokens) and tokens[target.last + 1].norm in ("،", ",")


# Round 183: words that may stand between a title and the name of the one who holds it (زعيم الحركة الجديد الملا …)
HOLDER_ADJECTIVES = _words("الجديد", "الجديدة", "السابق", "السابقة", "الحالي", "الحالية", "الأسبق", "المكلف",
                           "المكلفة", "المنتخب", "المنتخبة", "الراحل", "الراحلة", "المؤقت", "المؤقتة")


def _one_person_twice(tokens: Sequence[Token], source: Arg, target: Arg) -> bool:
    """Round 183: a bare title right before the lexicon's name of its holder, each coded by itself with the same code
    (الرئيس الفرنسي فرنسوا هولاند، زعيم حركة طالبان الجديد الملا أختر منصور), or such a name right before the title of
    an international body's or a group's office (نبيل العربي الأمين العام لجامعة الدول العربية): one person told
    twice, so the second is no party of its own.  A state's titled officer after a name may be its object (استدعى
    ظريف السفير الإيراني); a title that carries a name of its own is another person (حمّل نائب الرئيس العراقي أسامة
    النجيفي رئيس الوزراء السابق نوري المالكي)."""
    gap = range(source.last + 1, target.first)
    if len(gap) > 2 or not all(tokens[k].norm in HOLDER_ADJECTIVES or _given_name_word(tokens[k]) for k in gap) \
            or len(source.mentions) != 1 or len(target.mentions) != 1:
        return False
    first, second = source.mentions[0], target.mentions[0]
    if not first.actor_code or first.actor_code != second.actor_code or first.members or second.members:
        return False
    if first.how == "title" and second.how == "lexicon" and second.type == "PERS":
        return True
    return not gap and first.how == "lexicon" and first.type == "PERS" and second.how == "title" \
        and first.actor_code.startswith(NON_STATE_PREFIXES)


NON_STATE_PREFIXES = ("IGO", "NGO", "IMG")  # international bodies, NGOs and transnational groups: no state officers


def _given_name_word(tok: Token) -> bool:
    """A word the lexicon left out of a person's name before it (الرئيس الفرنسي فرنسوا هولاند): a word with no article
    and no clitic (but the ف the tokenizer may split off a name: فرنسوا) that is no particle."""
    return tok.is_word and tok.prefix in ("", "ف") and not _definite(tok) and tok.norm not in PREPOSITIONS \
        and tok.norm not in COMPLEMENTIZERS and tok.norm not in NO_SUBJECT_WORDS


SIDE_WORDS = frozenset({"جهه", "ناحيه", "طرف"})  # «من جهة … من جهة أخرى»: one side of a pair, then the other
OTHER_SIDE_REACH = 6  # words from «من جهة» to the party named as the other side


def _other_side(tokens: Sequence[Token], side: Arg, after: Sequence[Arg]) -> Arg | None:
    """Round 174: the party named as the other side after «من جهة» closes the first (بين قوات الأسد وحزب الله من
    جهة والمعارضة السورية من جهة أخرى): the two sides of a clash, not one side against itself."""
    k = side.last + 1
    if k + 1 >= len(tokens) or tokens[k].norm != "من" or tokens[k + 1].norm not in SIDE_WORDS:
        return None
    return next((a for a in after if k + 1 < a.first <= k + 1 + OTHER_SIDE_REACH and not a.prep), None)


COMPLEMENTIZER_REACH = 6  # words from «أنّ / إنّ» to the verb: the noun subject between (طائرة من دون طيار)
OBJECT_REACH_AFTER_ANNA = 4  # words from that verb to the party it takes as object (قتلت في سوريا محسن الفضلي)
NO_SUBJECT_WORDS = _words("لا", "لن", "لم", "قد", "سوف", "ما", "لقد", "كان", "كانت", "يتم", "تم", "هذا", "هذه",
                          "ذلك", "تلك", "هناك", "ثمة", "هو", "هي", "هم")


def _noun_subject_before(tokens: Sequence[Token], first: int, args: Sequence[Arg], obj: Arg, p: Pattern,
                         verbs: frozenset[str]) -> bool:
    """«أنّ / إنّ» never stands right before a verb: a singular verb after one and a noun that names no party (أعلنت
    الوزارة أن طائرة من دون طيار قتلت في سوريا محسن الفضلي) has that noun as its subject, so the party a few words
    after the verb (``obj``) is its object (round 36).  Left alone: a party between (the subject the usual way); a
    pronoun, a demonstrative, a particle or an auxiliary between (أن ذلك، أن لا، أن قد); another verb or a relative
    between (أن الحوار ناقش …، أن جنيف الذي باركته), so the verb is not the one «أن» opens; a plural or dual verb
    (قتلوا، قتلا: as often a passive of victims)."""
    verb = _bare_word(tokens[first])
    plural = verb.endswith(("وا", "ون", "ان")) or (verb.endswith("ا") and verb not in p.past_stems)  # (not دعا)
    if plural or obj.first - first > OBJECT_REACH_AFTER_ANNA:
        return False
    for k in range(first - 1, max(-1, first - 1 - COMPLEMENTIZER_REACH), -1):
        norm = tokens[k].norm
        if norm in CLAUSE_PUNCT or norm in BOUNDARY_PUNCT or _bare_word(tokens[k]) in RELATIVES:
            return False
        if norm in COMPLEMENTIZERS:
            if norm.endswith(("ه", "ها", "هم")):  # أنها سلمت مصر: the pronoun is the subject, مصر the object
                return k == first - 1
            if k == first - 1:
                return False  # أن + a verb: a subjunctive (أن تسلم مصر), whose subject may follow it
            if any(k < a.first and a.last < first for a in args):
                return False
            return not any(_has_any(tokens[j], NO_SUBJECT_WORDS) for j in range(k + 1, first))
        if k < first - 1 and not verbs.isdisjoint(tokens[k].forms or (tokens[k].norm,)):
            return False
    return False


# Documents that "call", "condemn" or "demand" (دعا البيان، طالب القرار، أدان التقرير): the verb's subject when definite
DOCUMENT_SUBJECTS = _words("البيان", "التقرير", "القرار", "الرسالة", "المذكرة", "الإعلان", "البلاغ", "الخطاب",
                           "الميثاق", "النص", "الوثيقة")
DOCUMENT_SPEECH_ROOTS = frozenset({"01", "02", "11"})  # statements, appeals and condemnations a document makes


def _document_subject(tokens: Sequence[Token], last: int, obj: Arg, cameo: str) -> bool:
    """A definite document right after a verb of saying, appealing or condemning is its subject (ودعا البيان كوريا
    الشمالية إلى تقديم اعتذار), so the party right after it is the object (round 40).  Only a definite one: «دعا
    بيان الخارجية» names the document's owner in a genitive, and the owner speaks; other verbs take a document as
    their object (وقّع المذكرة الدكتور …، رفض الاتفاق)."""
    k = last + 1
    return cameo[:2] in DOCUMENT_SPEECH_ROOTS and obj.first == k + 1 and not obj.prep \
        and tokens[k].prefix.endswith("ال") and _has_any(tokens[k], DOCUMENT_SUBJECTS)


def _first_person(tok: Token, p: Pattern) -> bool:
    """A present verb of «I» or «we» (نطالب أميركا، أدعو الحكومة): its subject is the one speaking."""
    return not p.first_person_forms.isdisjoint(tok.forms or (tok.norm,))


PASSIVE_DAMMA_REACH = 4  # letters of a past verb within which a passive's damma falls (قُتل، أُصيب، اعتُقل، استُهدف)


def _voweled_passive(tok: Token) -> bool:
    """A past verb written with the damma of the passive (قُتل الطفل، اعتُقل صحفيان): the party after it is
    its object.  An imperfect (يُقاتل، تُهاجم) takes a damma in the active too, so only a past verb counts."""
    text = tok.text.lstrip("وف")
    if not text or text[0] in ("ي", "ت", "ن"):
        return False
    k = text.find(DAMMA)
    return 0 < k <= PASSIVE_DAMMA_REACH and (k == 1 or text[0] in ("ا", "أ", "إ"))


def _site_of(tokens: Sequence[Token], first: int) -> bool:
    """§40: an attack noun in construct after a word for its site (أغلقت قوات الأمن منطقة الاعتداء، طوقت الشرطة
    موقع الانفجار): the attack is told as a place the actor before went to, and that actor did not carry it out."""
    return any(_has_any(tokens[k], SITE_WORDS) for k in range(max(0, first - 2), first))  # منطقة الاعتداء الانتحاري


WITNESS_VERBS = _words("شهد", "شهدت", "يشهد", "تشهد", "شهدتا")


def _witnessed_by(tokens: Sequence[Token], party: Arg, first: int) -> bool:
    """A verb of witnessing names the place of the act that follows, not its doer: «تركيا شهدت 121 هجوماً»، «شهدت
    تركيا هجمات» (round 152: Turkey had been the attacker)."""
    return any(_has_any(tokens[k], WITNESS_VERBS) for k in range(party.last + 1, first)) or (
        party.first > 0 and _has_any(tokens[party.first - 1], WITNESS_VERBS))


WITNESSED_RELATIVES = frozenset(v + pron for v in WITNESS_VERBS for pron in ("ه", "ها", "هما"))  # تشهده، شهدتها
WITNESSED_REACH = 3  # words from the act noun to the verb of witnessing it (أسوأ هجوم إرهابي تشهده)


def _witnessed_after(tokens: Sequence[Token], last: int) -> int | None:
    """Round 173: the index of a relative verb of witnessing right after an act noun (أسوأ هجوم تشهده الكويت، الهجمات
    التي شهدتها المدينة): the party after it is where the act took place, not its doer."""
    for k in range(last + 1, min(len(tokens), last + 1 + WITNESSED_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            return None
        if _bare_word(tokens[k]) in WITNESSED_RELATIVES:
            return k
    return None


# round 157: «العناصر التي وقفت خلف تفجير القديح»، «تنظيم يهودي سري يقف وراء الاعتداءات»: who stood behind the act
STOOD_BEHIND_VERBS = _words("وقف", "وقفت", "وقفوا", "يقف", "تقف", "يقفون", "يقفان", "تقفان")
BEHIND_WORDS = _words("وراء", "خلف")


def _stood_behind(tokens: Sequence[Token], first: int, before: Sequence[Arg]) -> Arg | None | bool:
    """An act noun after «وقف وراء / خلف»: its doer is the one who stood behind it, the party right before the verb
    (or before the relative pronoun before it); False when the noun is not told so, None when that one is no party
    (then no party further back did it either)."""
    verb = first - 2
    if verb < 1 or not _has_any(tokens[first - 1], BEHIND_WORDS) or tokens[verb].prefix \
            or not _has_any(tokens[verb], STOOD_BEHIND_VERBS):
        return False  # (a verb joined by و, «بايعوا تنظيم داعش ويقفون وراء هجمات», shares the clause's subject)
    end = verb - 2 if _bare_word(tokens[verb - 1]) in RELATIVES else verb - 1
    return next((a for a in before if not a.prep and a.last == end), None)


# round 157: «ناصر الجهمي المصاب في عملية التفجير»: a casualty adjective right after a party makes it a victim
CASUALTY_ADJECTIVES = _words("المصاب", "المصابة", "المصابين", "المصابون", "الجريح", "الجرحى", "القتيل", "القتلى",
                             "المقتول", "المصابان", "المصابتين")
CASUALTY_TO_ACT = 4  # words from the casualty adjective to the act («المصاب في عملية التفجير»)


def _casualty_described(tokens: Sequence[Token], party: Arg, first: int) -> bool:
    """The party is described by a casualty adjective right after it, a few words before the act in its clause: the
    act's victim, not its doer."""
    k = party.last + 1
    return k < first and first - k <= CASUALTY_TO_ACT and _has_any(tokens[k], CASUALTY_ADJECTIVES) \
        and not any(tokens[j].norm in CLAUSE_PUNCT for j in range(k, first))


def _mourned_between(tokens: Sequence[Token], after: int, before: int) -> bool:
    """A word of mourning, comment or concern between an actor and an attack noun: the actor mourns the attack's
    dead or speaks of it; it did not attack."""
    return any(_has_any(tokens[k], MOURNING_WORDS) for k in range(after + 1, before))


def _commented_on(tokens: Sequence[Token], left: int, first: int) -> bool:
    """«علق الكاتب جمال خاشقجي على تفجير المسجد»: a verb of comment heading the clause and «على» right before the
    attack noun; the commenter did not attack («علق الجيش هجماته», suspended, takes no على)."""
    return first > 0 and tokens[first - 1].norm == "علي" and any(
        _has_any(tokens[k], COMMENT_VERBS) for k in range(left, first - 1))


SITE_WORDS = _words("منطقة", "موقع", "مكان", "مسرح", "محيط", "بمنطقة", "بموقع", "بمكان", "لمنطقة", "لموقع", "لمكان",
                    "ومحيط", "ومكان", "وموقع",
                    "آثار")  # round 30: «اطلع على آثار التفجير»: the one who saw its aftermath did not bomb


# verbs of accusing whose object takes its charge with ب (اتهم … بـ)
ACCUSE_VERB_PATTERNS = frozenset({"accuse.accuse"})


def _charge_follows(tokens: Sequence[Token], accused: Arg, after: Sequence[Arg]) -> bool:
    """The word right after ``accused`` is a ب-noun that is no party (بإبداء، بالفساد): the charge."""
    k = accused.last + 1
    return k < len(tokens) and tokens[k].is_word and tokens[k].norm[:1] == "ب" and not any(a.first == k for a in after)


# «قام تنظيم داعش بتفجير مسجد»: the verb of doing, its subject, then the act as a verbal noun after ب
PARTAKE_VERBS = _words("استمر", "استمرت", "يستمر", "تستمر", "شارك", "شاركت", "يشارك", "تشارك", "ساهم", "ساهمت",
                       "تمادى", "تمادت", "مضى", "مضت")
PARTAKE_GAP = 3  # adjuncts between the party and في (أمس، بكثافة)
DOING_VERBS = _words("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون",
                     # round 167: verbs of starting (وبدأت تركيا في الأيام الأخيرة باستهداف داعش)
                     "بدأ", "بدأت", "بدأوا", "يبدأ", "تبدأ", "شرع", "شرعت", "شرعوا", "يشرع", "تشرع",
                     "باشر", "باشرت", "باشروا", "يباشر", "تباشر")
CARRIED_GAP = 4  # words of a time or place adjunct between the doer and its ب-act (بدأت تركيا أمس باستهداف)


def _carried_out_by(tokens: Sequence[Token], first: int, before: Sequence[Arg]) -> bool:
    """«قام تنظيم داعش بتفجير»: a verb of doing or starting, then a bare party, then the act with ب right after it
    or past a short adjunct (round 167: «بدأت تركيا في الأيام الأخيرة باستهداف»); the party
    did the act (a ب-noun otherwise names the cause of a toll: «قُتل جنود بتفجير»).  So does a verb of going on
    with or taking part in, then the party, then في and the act (round 26: «استمرت ميليشيات الحوثي أمس في
    استهداف أحياء»، «شارك الطيران الأردني في قصف»)."""
    last_arg = next((a for a in reversed(before) if not a.prep and first - 1 - CARRIED_GAP <= a.last < first), None)
    if last_arg is not None and last_arg.first > 0 and _has_any(tokens[last_arg.first - 1], DOING_VERBS) \
            and all(tokens[k].is_word for k in range(last_arg.last + 1, first)):
        return True
    if first < 2 or tokens[first - 1].norm != "في":
        return False
    party = next((a for a in reversed(before) if not a.prep and a.last < first - 1), None)
    return party is not None and party.first > 0 and _has_any(tokens[party.first - 1], PARTAKE_VERBS) \
        and first - 1 - party.last <= PARTAKE_GAP and all(tokens[k].is_word for k in range(party.last + 1, first - 1))
