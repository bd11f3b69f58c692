"""Content: acts told inside other acts (what a verbal act says, an approval, a decision, a deal's terms)
and the clauses that keep an act its own.  Section numbers refer to the rule list in
:mod:`hadath.events.coder`."""

from __future__ import annotations

from collections.abc import Sequence

from hadath.events.grammar import (
    BACKGROUND_REACH,
    BACKGROUND_SCOPE,
    CLAUSE_PUNCT,
    CONTRAST_WORDS,
    FORCE_TYPES,
    IMPERFECT_PREFIXES,
    PREPOSITIONS,
    RELATIVES,
    SPONSOR_WORDS,
    _bare_word,
    _conjoined_future,
    _has_any,
    _joined_by_wa,
    _light_verb_at,
    _norm_forms,
    _same_country,
    _same_side,
    _words,
)
from hadath.events.records import Arg, Coded
from hadath.model import ActorMention, Token
from hadath.text.normalize import TANWEEN_FATH

SETTING_WORDS = frozenset({"خلال", "اثناء"})
SCOPING_ROOTS = frozenset({"02", "03", "05", "09", "10", "11", "12", "13"})
SCOPING_CODES = frozenset({"055", "114", "164"})  # 164: the talks a party halts are its content, not a meeting
TERM_HEADS = _words("يقضي", "تقضي", "بموجبه", "بموجبها")  # "اتفاقاً يقضي بوقف …": what follows is the deal's term
TERM_REACH = 20  # tokens after the term head over which conjoined terms may run
DEAL_TERM_WHY = "intended: a term of an agreement (اتفقا على، اتفاق لـ)"
STIPULATED_WHY = "intended: a term the deal stipulates"  # the why _stipulated_term's mark begins with
DEAL_HEADS = _words("القاضي", "القاضية")  # "الاتفاق القاضي بوقف …": the participle of يقضي

# Verbs whose ب-object is the act itself: "قامت تيرانا على إثره بقطع علاقاتها"، "أقدمت السلطات على ترحيل".
PERIPHRASIS_VERBS = frozenset({"قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "اقدم", "اقدمت", "اقدموا", "يقدم",
                               "تقدم", "عمد", "عمدت", "يعمد", "تعمد", "باشر", "باشرت", "شرع", "شرعت"})


def _periphrasis(tokens: Sequence[Token], first: int) -> bool:
    """A verbal noun governed by قام ب / أقدم على / عمد إلى / باشر / شرع في a few words before it: the act
    itself, even when a time phrase (على إثره، بعد ذلك) stands between."""
    return any(any(f in PERIPHRASIS_VERBS for f in _norm_forms(tokens[k]))
               for k in range(max(0, first - 5), first))


def _content_scopes(tokens: Sequence[Token], events: Sequence[Coded], conditions: Sequence[tuple[int, int]] = (),
                    roots: frozenset[str] = SCOPING_ROOTS) -> list[tuple[int, int]]:
    """Token ranges holding the content of verbal acts (see :meth:`SentenceCoder._drop_embedded`).  The
    content runs to the next clause break; a break that only opens an aside before the complement
    ("اتفقت الحكومة والحوثيون، برعاية أممية، على تبادل …") is passed over."""
    scopes: list[tuple[int, int]] = []
    for c in events:
        if c.pattern.role == "event" and (c.cameo[:2] in roots or c.cameo in SCOPING_CODES):
            parts = _scope_parts(tokens, c.last + 1)
            if len(parts) == 1 and parts[0][1] == _subject_comma(tokens, c):
                parts = _scope_parts(tokens, parts[0][1] + 1)
            parts = _with_coordinated_noun(tokens, parts, events)  # §31
            end = parts[-1][1]
            end = min([first for first, last in conditions if c.last < first < end and tokens[last].norm not in ("لم", "لن")
                       and (last + 1 >= len(tokens) or tokens[last + 1].norm not in ("لم", "لن"))], default=end)
            scopes.extend((lo, min(hi, end)) for lo, hi in parts if lo < end)
    return scopes


ASIDE_REACH = 10  # words of an aside between a verbal act and its complement (، خلال محادثاتها مع …،)


def _subject_comma(tokens: Sequence[Token], c: Coded) -> int | None:
    """The comma that closes a verbal act's subject told right after it (أدان الملك عبدالله الثاني ملك الأردن، حادث
    التفجير …): it ends the subject, not the content, which follows it.  None when there is none.  A verbal noun's
    party before a comma (بموافقة مجلس الأمن، لكن …) is its genitive, and the comma ends the content there."""
    if c.noun:
        return None
    k = c.last + 1
    while k < len(tokens) and any(m.start <= tokens[k].start < m.end for m in c.source):
        k += 1
    return k if c.last + 1 < k < len(tokens) and tokens[k].norm in ("،", ",") else None


def _scope_parts(tokens: Sequence[Token], start: int) -> list[tuple[int, int]]:
    """The token ranges of a verbal act's content: up to the clause break that ends it; "خلال لقائه"، "على
    هامش" open the act's setting, which is not part of what was said.  An aside between commas before the
    complement ("أصرّت الحركة، خلال محادثاتها مع الوسطاء، على الإفراج …") is passed over and left out: an
    act told in it (the talks) is no content."""
    end = next((k for k in range(start, len(tokens)) if tokens[k].norm in (".", "؛", "،", ",")
                or tokens[k].norm in SETTING_WORDS), len(tokens))
    if end < len(tokens) and tokens[end].norm in ("،", ","):
        close = next((k for k in range(end + 1, min(len(tokens), end + 1 + ASIDE_REACH))
                      if tokens[k].norm in ("،", ",")), None)
        short_aside = close is not None and close - end <= SHORT_ASIDE and tokens[end + 1].norm in ASIDE_OPENERS
        if close is not None and close + 1 < len(tokens) and (
                tokens[close + 1].norm == "علي" or tokens[close + 1].prefix.lstrip("وف") == "ب" or short_aside):
            return [(start, end), *_scope_parts(tokens, close + 1)]
    return [(start, end)]


SHORT_ASIDE = 5  # "، في بيان،"، "، خلال مؤتمر صحفي،": a setting between a verbal act and its object
ASIDE_OPENERS = frozenset({"في", "خلال", "عبر", "اثناء", "امس", "اليوم"})


def _stipulated_term(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> int | None:
    """Section 17: a noun act after «يقضي ب / بموجبه» that follows a deal (وقّعا اتفاقاً يقضي بوقف إطلاق النار وانسحاب …
    وتبادل الأسرى) is a term still to be carried out; returns the head's index.  Not past a sentence end or a
    فيما/بينما clause, nor for a deal hoped, denied or only supposed."""
    if c.pattern.role != "event" or not (c.noun or _bare_word(tokens[c.first]) in c.pattern.noun_forms) \
            or c.etype in ("AGREE", "THREATEN") \
            or c.status not in ("asserted", "claimed"):
        return None  # (a verb after the deal, ورحّبت دمشق بالاتفاق, is an act of its own)
    for k in range(c.first - 1, max(-1, c.first - TERM_REACH - 1), -1):
        if tokens[k].norm in (".", "؟", "!") or _has_any(tokens[k], CONTRAST_WORDS) \
                or _bare_word(tokens[k]) in TIME_INTROS:  # "…، وذلك عقب محادثات": an earlier act, no term
            return None
        if _has_any(tokens[k], TERM_HEADS) and any(
                o.etype == "AGREE" and o.last < k and o.status in ("asserted", "claimed") for o in events):
            return k
    return None


# round 3 of recall: the time words of a clause telling an earlier act ("بعد ساعات من الهجوم التركي")
TIME_INTROS = frozenset({"عقب", "اثر", "بعد", "اعقاب", "غداه", "وسط"})


def _told_with_own_actor(tokens: Sequence[Token], c: Coded) -> bool:
    """Whether a noun act names its own actor after it, in its own clause: a nisba (الهجوم التركي), a genitive
    doer (اقتحام محتجين، اتهام كييف), a relative verb's subject (مفاوضات أجرتها القاهرة) or the parties
    "بين" — an earlier act the writer reports as news, not a cause told in passing ("بعد احتجاجات")."""
    # a meeting's or a clash's party after it is its own too (محادثات جمعته بنظيره، اشتباكات مع مسلحي الحوثي)
    parties = c.source + c.target if c.etype == "CONSULT" or c.pattern.reciprocal else c.source
    if not parties or any(tokens[k].norm.startswith(DESCRIBE_STEMS) for k in range(max(0, c.first - 3), c.first)):
        return False  # (ما وصفه بـ«العدوان الأمريكي»: a speaker's name for something, not a reported act)
    k = c.last + 1
    while k < len(tokens) and not (tokens[k].norm in CLAUSE_PUNCT or tokens[k].prefix[:1] == "و"):
        if any(tokens[k].start <= m.start < tokens[k].end for m in parties) and not (
                _has_any(tokens[k], SPONSOR_WORDS) or _has_any(tokens[k - 1], SPONSOR_WORDS)):
            # (a mediator or a sponsor, بوساطة أمريكية، برعاية أممية, is no party)
            return True
        k += 1
    return False  # (a verb conjoined with و opens a clause of its own)


def _conjoined_finite(tokens: Sequence[Token], c: Coded) -> bool:
    """A finite verb joined by و that cannot be read as a verbal noun (واستدعت، وقضت، ورفضت، وطالبت): it tells the
    subject's next act, while "بوقف الحرب وسحب القوات" coordinates verbal nouns (سحب is both; its noun form is listed)."""
    tok = tokens[c.first]
    if c.noun or c.first != c.last or not _joined_by_wa(tok):
        return False
    bare = tok.norm[1:]  # (three letters, وقتل، وقصف, may be a verbal noun of the first form as well)
    return (len(bare) > 3 or _short_finite(bare)) and bare in c.pattern.verb_forms and bare not in c.pattern.noun_forms


def _approved_form(tokens: Sequence[Token], c: Coded) -> bool:
    """Section 21: the approved act is a verbal noun, also one written like its verb right after على (وافق المجلس على
    صرف شريحة: صرف is read as a verb form, yet it is the consent's object)."""
    return c.noun or (c.first > 0 and c.first == c.last and tokens[c.first - 1].norm == "علي")


DECISION_NOUNS = frozenset({"قرار", "بقرار", "القرار", "بالقرار", "قرارات", "بقرارات"})
DECISION_REACH = 6  # "بقرار مجلس الأمن الدولي رفع": the deciding party's words between the decision and its act


def _decided_by(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> Arg | None:
    """Section 21: the party named between «قرار» and an act that is the decision's own content (بقرار الاتحاد
    الأوروبي رفع العقوبات), within the clause; None otherwise.  The act is a verbal noun."""
    if not c.noun or c.first < 2:
        return None
    for k in range(c.first - 1, max(-1, c.first - 1 - DECISION_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return None
        if tokens[k].norm in DECISION_NOUNS:
            return next((a for a in args if k < a.first and a.last + 1 == c.first), None)
    return None


def _meeting_setting(tokens: Sequence[Token], c: Coded, events: Sequence[Coded], args: Sequence[Arg]) -> bool:
    """Section 21: a meeting noun with its own counterpart after «في» right after a verbal act's subject or verb
    (أصرّ الوفد الروسي في محادثات إسطنبول مع الجانب الأوكراني على …) is where the act is made, a meeting of its
    own; "دعا إلى المشاركة في محادثات" (after a noun of the content) stays content."""
    if not c.noun or c.etype != "CONSULT" or not c.target or c.first < 2 or tokens[c.first - 1].norm != "في":
        return False
    head = c.first - 2
    acts = [e for e in events if e is not c and not e.noun and e.last <= head]
    return any(e.last == head for e in acts) or any(
        a.last == head and not a.prep and any(e.source and _same_side(a.actors(), e.source) for e in acts)
        for a in args)


def _spoken_by_meeting(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> Coded | None:
    """Section 21: the verbal act whose subject is a meeting noun with its own parties right after the verb (دعت
    القمة العربية، طالب المؤتمر الدولي): the meeting is no content of it; None otherwise."""
    if not c.noun or c.etype != "CONSULT" or not c.source or tokens[c.first].prefix not in ("", "ال"):
        return None
    return next((e for e in events if e is not c and not e.noun and e.last + 1 == c.first), None)


def _own_light_verb(tokens: Sequence[Token], c: Coded, o: Coded) -> bool:
    """Section 23: the noun's light verb, joined by و, stands after the act ``o`` told before it (ستعلّق المفاوضات
    وستفرض عقوبات): the noun is that verb's object, a second act, not ``o``'s object.  A light verb's noun inside
    the object (دمّرت منصات إطلاق الصواريخ) is no verb of its own."""
    k = _light_verb_at(tokens, c.first, c.pattern)
    return k is not None and k > o.last and _joined_by_wa(tokens[k]) and "ال" not in tokens[k].prefix


def _others_request(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> bool:
    """Section 28: an indefinite request noun whose nisba names another party (رفضت طالبان طلباً أمريكياً بـ …) was
    made by that party: a record of its own, aimed at the one who answers it (an act before it of another
    side).  "طلب المجموعة" or "الطلب" (told before) stay the answer's content."""
    if tokens[c.first].prefix.lstrip("وف") or c.last + 1 >= len(tokens) or not c.source:
        return False
    if c.source[0].start != tokens[c.last + 1].start or not (
            "nisba" in (c.source[0].how or "") or TANWEEN_FATH in tokens[c.last].text):
        return False  # (a genitive, طلب المجموعة، carries no tanween)
    answer = next((o for o in events if o is not c and o.last < c.first and o.source), None)
    if answer is None or _same_side(answer.source, c.source):
        return False
    c.target = c.target or list(answer.source)
    return True


def _relative_done(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> bool:
    """Section 21: a past verb right after a relative pronoun whose doer is named after it, of another side than
    the verbal act's (رفض المجلس مذكرة التفاهم التي وقعتها إثيوبيا): an act told as done, not what is said."""
    if c.first != c.last or c.first == 0 or _bare_word(tokens[c.first - 1]) not in RELATIVES:
        return False
    tok = tokens[c.first]
    if c.pattern.past_stems:
        if not any(tok.norm.startswith(stem) for stem in c.pattern.past_stems):
            return False
    elif c.pattern.verb_forms or tok.norm[:1] in IMPERFECT_PREFIXES:
        return False  # (a pattern of listed forms, وقعتها: the past unless it opens like an imperfect)
    own = [m for m in c.source if m.start >= c.trig_end]
    speaker = next((o for o in reversed(events) if o is not c and o.last < c.first and o.source), None)
    return bool(own) and speaker is not None and not _same_side(speaker.source, own)


CHARGE_CODE = "112"
DENIED_CHARGE_WHY = "denied: the act a charge alleges, which the accused denies in the sentence"


def _denied_charge(tokens: Sequence[Token], c: Coded, events: Sequence[Coded],
                   conditions: Sequence[tuple[int, int]], args: Sequence[Arg]) -> bool:
    """Section 29: the act an accusation alleges (اتهم السودان الإمارات بتزويد …) when the accused denies it later in
    the sentence (وهو ما نفته أبوظبي، في حين نفى متحدث باسم القوات): a record of the accused's act, denied."""
    charge = next((e for e in events if e is not c and e.cameo.startswith(CHARGE_CODE)
                   and e.last < c.first and any(lo <= c.first < hi for lo, hi in _content_scopes(
                       tokens, [e], conditions))), None)
    if charge is None or _conjoined_finite(tokens, c) or _conjoined_future(tokens, c):
        return False  # (a verb joined by و is the accuser's next act: حمّلت بغداد أنقرة المسؤولية واستدعت سفيرها)
    # the accused: the bare party right after the charge verb (its direct object), else the charge's target
    accused = next((a.actors() for a in args if charge.last < a.first < c.first and not a.prep
                    and not _same_side(a.actors(), charge.source)), charge.target)
    own = [m for m in c.source if m.start >= c.trig_end]
    if c.first > 0 and _bare_word(tokens[c.first - 1]) in RELATIVES and own and not _same_side(own, accused):
        return False  # "بدعم جماعة الإخوان التي حظرتها القاهرة": a relative clause naming another doer describes
    denial = next((d for d in events if d.pattern.role == "deny" and d.first > c.last and d.source and accused
                   and _same_country(d.source, accused)), None)
    if denial is None:
        return False
    if not c.source or _same_side(c.source, charge.source):
        c.source = list(accused)
    c.denied_by = [_actor_label(a) for a in denial.source]
    c.why.append(DENIED_CHARGE_WHY)
    return True


def _short_finite(bare: str) -> bool:
    """Section 21: a three-letter verb form no verbal noun shares: a feminine past (دعت، شنت) or a doubled root
    (هدد، حدد: its noun is تهديد).  وقتل، وقصف stay ambiguous."""
    return len(bare) == 3 and (bare.endswith("ت") or bare[1] == bare[2])


DESCRIBE_STEMS = ("وصف", "ووصف", "يصف", "تصف", "واصف")  # with any ending: وصفوه، وصفته، واصفاً
RELATIVE_REACH = 3  # "الهجوم الإرهابي الذي": adjectives between the noun and its relative pronoun


def _undertaken_by(tokens: Sequence[Token], c: Coded) -> int | None:
    """The index of «إقدام» in "إقدام المجلس العسكري على إعدام": the noun of undertaking whose genitive is the
    act's doer, or None."""
    if c.first < 3 or tokens[c.first - 1].norm != "علي":
        return None
    return next((k for k in range(c.first - 2, max(-1, c.first - 2 - UNDERTAKE_REACH), -1)
                 if _bare_word(tokens[k]).lstrip("ب") in UNDERTAKE_NOUNS), None)


UNDERTAKE_NOUNS = frozenset({"اقدام"})
UNDERTAKE_REACH = 6  # the doer's name between «إقدام» and «على»


def _told_as_done(tokens: Sequence[Token], c: Coded, toll: bool = True) -> bool:
    """A noun act followed by a relative clause with a past verb (التفجير الذي هز، الغارة التي استهدفت): a
    particular act that took place, not a kind of act.  Force condemned must name its toll too (``toll``); an
    apology or a regret is about a particular act already (اعتذر عن الغارة التي استهدفت)."""
    for k in range(c.last + 1, min(len(tokens) - 1, c.last + 1 + RELATIVE_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if tokens[k].norm in RELATIVES:
            verb = tokens[k + 1]
            if verb.prefix or verb.norm[:1] in ("ي", "ت", "ن", "س"):
                return False  # a past verb, not يهدد
            # force told as done names its toll (وأوقع ستة قتلى، وأودى بحياة): "الهجوم الذي استهدف مسجداً" alone
            # is the condemnation's topic
            return not toll or c.etype not in FORCE_TYPES or any(
                _has_any(tokens[j], TOLL_VERBS) for j in range(k + 2, min(len(tokens), k + 2 + TOLL_REACH))
                if tokens[j].norm not in CLAUSE_PUNCT)
    return False


TOLL_VERBS = _words("أوقع", "وأوقع", "أوقعت", "وأوقعت", "أودى", "وأودى", "أودت", "وأودت", "أسفر", "وأسفر", "أسفرت",
                    "وأسفرت", "قتل", "وقتل", "قتلت", "وقتلت", "خلف", "وخلف", "خلفت", "وخلفت")
TOLL_REACH = 12  # words of the relative clause searched for its toll


def _nounish(tokens: Sequence[Token], c: Coded) -> bool:
    """A noun use, or a verb form right after a preposition («في قصف»): a verbal noun either way."""
    return c.noun or (c.first > 0 and tokens[c.first - 1].norm in PREPOSITIONS)


def _background_clause(tokens: Sequence[Token], c: Coded) -> int | None:
    """Where the background clause holding ``c`` begins («على خلفية»، «بعد»، «إثر»، «رداً على»), or None.
    A verbal noun in it is scoped over the clause, up to a comma; a finite verb («بعد أن هاجمت») is a
    clause of its own and stays news."""
    for k in range(c.first - 1, max(-1, c.first - 1 - BACKGROUND_REACH), -1):
        tok = tokens[k]
        if tok.norm in CLAUSE_PUNCT or tok.norm in (":", "؛", ";"):
            return None
        if tok.norm.lstrip("وف") in BACKGROUND_SCOPE or (tok.prefix.lstrip("وف") == "" and _has_any(tok, BACKGROUND_SCOPE)):
            return k if _nounish(tokens, c) else None
    return None


def _actor_label(m: ActorMention) -> str:
    return m.actor_code or m.name_latin or m.name or m.text


PLAN_WORDS = _words("القائمة", "القائم", "القائمتين", "تقوم", "يقوم", "تعتمد", "يعتمد", "المعتمدة", "ترتكز",
                    "يرتكز", "المرتكزة", "تستند", "يستند", "المستندة", "تتضمن", "يتضمن", "المتضمنة", "تنص", "ينص",
                    "تقضي", "يقضي", "القاضية", "القاضي",
                    # what talks are about (التفاوض على حزمة إنقاذ): the subject of a negotiation, not an act done
                    "التفاوض", "تفاوض", "مفاوضات", "المفاوضات", "محادثات", "المحادثات", "مباحثات", "المباحثات")
DO_VERBS = _words("يقوم", "تقوم", "يقومون", "نقوم")  # with ب on the next noun: the doing of that act
HALT_WORDS = _words("وقف", "إيقاف", "تعليق", "تجميد")  # with their ب/ل proclitics (بوقف، لإيقاف) through the forms
PLAN_REACH = 3  # "الخطة القائمة على انسحاب"، "تعتمد على وقف الحرب": the act is the plan's content
CONDITION_OPENERS = _words("إذا", "وإذا", "فإذا", "لو", "ولو", "حال", "حالة")  # "… في المحادثات إذا استمر استهداف"


def _plan_content(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"المبادرة القائمة على انسحاب القوات"، "خطة تعتمد على وقف الحرب": a noun after a verb or participle of
    content names what a plan, proposal or text contains, not an act that happened; "أمر بوقف الغارات" halts
    the act named, it does not report a new one."""
    if not c.noun:
        return False
    if c.first > 0 and _has_any(tokens[c.first - 1], HALT_WORDS):
        if explain is not None:
            explain.append(f"{c.pattern.id}: the act that «{tokens[c.first - 1].text}» halts, not a new one")
        return True
    for k in range(c.first - 1, max(-1, c.first - 1 - PLAN_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in CONDITION_OPENERS:
            return False  # (a condition opens a clause of its own: the talks are not about the act after it)
        if k == c.first - 1 and _bare_word(tokens[k]) in DO_VERBS and "ب" in tokens[c.first].prefix:
            continue  # "يقوم بفبركة": the light verb of the act, not a plan resting on it (تقوم على)
        if _has_any(tokens[k], PLAN_WORDS) or _bare_word(tokens[k]) in PLAN_WORDS:
            if _deal_term(tokens[k], c) or _verdict_term(tokens, k, c):
                return False
            if explain is not None:
                explain.append(f"{c.pattern.id}: the content of a plan or text («{tokens[k].text}»)")
            return True
    return False


def _deal_term(head: Token, c: Coded) -> bool:
    """§30: the act a signed or reached deal stipulates (اتفاقاً يقضي بوقف إطلاق النار) is the deal's term, coded
    intended (§13, §17), not the content of a plan or a legal text (قرار يقضي بـ، ينص على stay plans)."""
    return (_has_any(head, TERM_HEADS) or _bare_word(head) in DEAL_HEADS) and c.status == "intended" and any(
        w == DEAL_TERM_WHY or w.startswith(STIPULATED_WHY) for w in c.why)


VERDICT_WORDS = _words("حكم", "حكما", "الحكم", "أحكام", "احكاما", "الأحكام")
VERDICT_REACH = 3  # "حكماً ابتدائياً يقضي بثبوت إدانة": the verdict word this close before «يقضي»


def _verdict_term(tokens: Sequence[Token], k: int, c: Coded) -> bool:
    """Round 166: what a court's verdict rules (حكماً ابتدائياً يقضي بثبوت إدانة مواطن) is a finding of guilt
    (116) that happened, not the content of a text."""
    return c.cameo == "116" and any(_bare_word(tokens[j]) in VERDICT_WORDS
                                    for j in range(max(0, k - VERDICT_REACH), k))


def _with_coordinated_noun(tokens: Sequence[Token], parts: list[tuple[int, int]], events: Sequence[Coded]
                           ) -> list[tuple[int, int]]:
    """§31: "طالبت الحكومة المجتمع الدولي بتحمل مسؤوليته، ورفع الحظر المفروض …": a verbal noun joined by و after
    the comma that ends a content opened by a ب-verbal noun is one more thing demanded, not an act done."""
    lo, end = parts[-1]
    if end + 1 >= len(tokens) or tokens[end].norm not in ("،", ",") or not _joined_by_wa(tokens[end + 1]):
        return parts
    if not any(tokens[k].prefix.lstrip("وف")[:1] == "ب" for k in range(lo, min(end, lo + 6))):
        return parts
    if not any(e.noun and e.first == end + 1 for e in events):
        return parts
    return [*parts, _scope_parts(tokens, end + 1)[0]]
