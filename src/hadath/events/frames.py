"""Frames and time: whether a trigger tells news or background (history, a past perfect, an earlier year or
month, a habit, a question, an imagined story, a writer's aside).  Section numbers refer to the rule
list in :mod:`hadath.events.coder`."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date as Date

from hadath.events.backstop import is_backstop
from hadath.events.grammar import (
    ASIDE_STOPS,
    BACKGROUND_REACH,
    BACKGROUND_SCOPE,
    BOUNDARY_PUNCT,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    FORCE_TYPES,
    PAST_COPULAS,
    PREPOSITIONS,
    PRONOUN_COMPLEMENTIZERS,
    RELATIVES,
    _bare_word,
    _clause_bounds,
    _has_any,
    _joined_by_wa,
    _norm_forms,
    _words,
    governing_speech,
)
from hadath.events.numbers import parse_number
from hadath.events.records import Coded, Speech
from hadath.events.roles import NON_STATE_ROOTS, SOCIAL_SECTORS, STATE_SECTORS
from hadath.model import ActorMention, DateMention, PlaceMention, Token
from hadath.text.normalize import normalize

BACKGROUND_INTRO = frozenset({"عقب", "اثر", "بعد", "اعقاب", "غداه", "لضحايا", "ضحايا", "التحقيق", "تحقيق", "تحقيقات",
                              "التحقيقات", "ملابسات", "اتساع", "رقعه", "تصاعد", "تزايد", "موجه", "خلفيه",
                              # a cause, an example, an allusion, a perpetrator or a role in a past act
                              "بسبب", "مثل", "اشاره", "منفذي", "منفذو", "منفذ", "مرتكبي", "مرتكبو",
                              # the act a protest or condemnation answers (احتجاجاً على الاعتداء على سفارتها)
                              "احتجاجا", "تنديدا", "استنكارا",
                              # round 4: the act an answer or a justification points back to (رد على الهجوم)
                              "رد", "ردا", "وردا", "ردها", "رده",
                              # round 14: the act a comment is on (تعليقاً منه على تفجير المسجد)
                              "تعليقا", "وتعليقا", "تعليقه", "تعليقها",
                              "تورط", "تورطه", "تورطها", "تورطهم", "ضلوع", "ضلوعه", "ضلوعها", "ضلوعهم",
                              "مناسبه", "بمناسبه", "لمناسبه", "احباط", "لاحباط", "باحباط",
                              # circumstances, repression of a protest told in passing
                              "وسط", "قمع", "لقمع", "بقمع",
                              # an ongoing state told in passing (استمرار الغارات سيؤدي إلى …)
                              "استمرار", "لاستمرار", "باستمرار",
                              # the conditions or length of a detention (ظروف احتجازهم، طوال فترة اعتقاله)
                              "ظروف", "لظروف", "بظروف", "طوال", "مده", "فتره",
                              # an act told as the time of another (قبل انسحابها): background
                              "قبل"})

# A sentence opening with one of these is a site's tag list, share bar or link line, not news text.
TAG_LABELS = _words("سمات", "وسوم", "الوسوم", "تصنيفات", "التصنيفات", "الكلمات الدلالية", "كلمات دلالية",
                    "الكلمات المفتاحية", "كلمات مفتاحية", "اقرأ أيضا", "رابط الخبر", "رابط المقال",
                    "مواضيع ذات", "أخبار ذات", "شارك من", "شارك عبر")
TREND_REACH = 4
TREND_WORDS = _words("ارتفاع", "ارتفاعا", "انخفاض", "انخفاضا", "تراجع", "تراجعا", "زيادة", "معدل", "معدلات", "نسبة",
                     "إحصاءات", "إحصائيات", "أرقام")
COUNT_HEADS = frozenset({"عدد", "اعداد", "اجمالي", "حصيله"})
PERIOD_INTROS = frozenset({"خلال", "طوال", "منذ"})
PERIOD_UNITS = frozenset({"العام", "عام", "العقد", "عقد", "السنوات", "الاعوام", "النصف", "سنوات", "اعوام"})
RATE_ADVERBS = _words("سنويا", "يوميا", "شهريا", "أسبوعيا", "سنوياً", "يومياً", "شهرياً", "أسبوعياً")
FIRST_PERSON = _words("لي", "لنا", "عندنا", "بنا")
# "قبل أربعين عاماً"، "مرور عشرين عاماً على": an act that many years back, or its anniversary.
AGO_WORDS = _words("قبل", "وقبل", "مرور", "بمرور", "لمرور", "ومرور", "مضي")
AGO_BEFORE = _words("قبل", "وقبل")
YEAR_UNITS = _words("عاما", "عام", "أعوام", "سنة", "سنوات", "عاماً")
# Interrogatives that open a question (in a sentence ending in ؟) besides هل: why, when, how long.
QUESTION_OPENERS = _words("لماذا", "متى", "كيف", "أين", "ما الذي", "إلى متى", "الى متى", "هل", "أي", "ماذا")
# Words of an imagined story told in a sentence of its own (روايته الأخيرة، يتخيل الكاتب).
IMAGINE_VERBS = _words("يتخيل", "تتخيل", "تخيل", "تخيلت", "يتخيلون", "ويتخيل", "وتتخيل", "فيتخيل")
STORY_NOUNS = _words("روايته", "روايتها", "الرواية", "قصته", "قصتها", "القصة", "حكايته", "حكايتها")

QUESTION_MARKS = frozenset({"؟", "?"})
OPINION_WINDOW = 4  # an opinion verb and its analyst subject (يرى محللون، كتب الصحفي في مقاله) stand this close
POLITICAL_SECTORS = frozenset({"OPP", "REB", "UAF", "INS", "SEP", "LAB", "IMG", "ELI", "PTY"})
FAR_DATE = 10  # tokens after a trigger, past a comma, beyond which a date belongs to a later clause's act
HISTORY_YEARS = 5  # an event dated this many years before its report is background or history, not news


def _frame_start(tokens: Sequence[Token], cues: dict[str, list[tuple[int, int]]]) -> int | None:
    """Token index where a frame opens that makes what follows no event: a question (هل …؟، ماذا لو …؟),
    speculation or habit (من المرجح، ربما، عادة ما), or an analyst's opinion (يرى محللون أن).  Triggers
    before it (an event told, then commented on) still stand."""
    starts: list[int] = [m[0] for m in cues["modal"]]
    if cues["question"] and tokens and tokens[-1].norm in QUESTION_MARKS:
        starts.extend(m[0] for m in cues["question"])
    opener = _question_opener(tokens)
    if opener is not None:
        starts.append(opener)
    for a_first, _ in cues["analyst"]:
        for o_first, _ in cues["opinion"]:
            if abs(a_first - o_first) <= OPINION_WINDOW:
                starts.append(min(a_first, o_first))
        for s_first, s_last in cues["speech"]:  # "قال الخبير العسكري إن …": an analyst speaking gives an opinion
            if 0 < a_first - s_last <= 2:
                starts.append(s_first)
    return min(starts) if starts else None


def _question_opener(tokens: Sequence[Token]) -> int | None:
    """A sentence ending in ؟ whose first clause opens with an interrogative (لماذا، إلى متى، كيف) asks; the
    whole of it reports nothing.  Only the first three words are looked at: a question word inside a
    statement (لا يعرف أحد متى) is no question."""
    if not tokens or tokens[-1].norm not in QUESTION_MARKS:
        return None
    for k in range(min(3, len(tokens))):
        if _has_any(tokens[k], QUESTION_OPENERS) or (
                k + 1 < len(tokens) and f"{tokens[k].norm} {tokens[k + 1].norm}" in QUESTION_OPENERS):
            return k
    return None


def _years_ago(tokens: Sequence[Token]) -> int | None:
    """"قبل أربعين عاماً" opening the sentence, or an anniversary "مرور عشرين عاماً على" anywhere: the number
    of years the act told lies back, in digits or words.  "قبل" later in a sentence may date only a
    background clause (فرّ قبل عشر سنوات), so it counts only at the head."""
    for k, tok in enumerate(tokens):
        after_years = tok.norm.lstrip("و") == "بعد" and k <= 2  # "بعد ستة أعوام على حصار حلب": an anniversary
        if (tok.norm not in AGO_WORDS and not after_years) or (tok.norm in AGO_BEFORE and k > 2):
            continue
        hit = parse_number(tokens, k + 1)
        if hit is None or hit[0] <= 0 or hit[1] >= len(tokens) or not _has_any(tokens[hit[1]], YEAR_UNITS):
            continue
        if after_years and not (hit[1] + 1 < len(tokens) and tokens[hit[1] + 1].norm in ("علي", "من")):
            continue
        if tok.norm not in AGO_BEFORE and any(
                tokens[j].norm.lstrip("وف") in OCCASION_WORDS for j in range(max(0, k - OCCASION_REACH), k)):
            continue  # "أصدر عفواً بمناسبة عيد الفطر ومرور 25 عاماً على توليه": the occasion of a present act
        return hit[0]
    return None


OCCASION_WORDS = frozenset({"بمناسبه", "لمناسبه", "مناسبه", "عشيه", "ذكري", "الذكري", "احتفالا", "احياء"})
OCCASION_REACH = 6


def _imagined(tokens: Sequence[Token]) -> bool:
    """A novel or story in which a writer imagines (في روايته الأخيرة، يتخيل الكاتب جنرالاً …): fiction.
    Both words are needed: رواية alone is also a party's account of events (وفق رواية الجيش)."""
    return any(_has_any(t, IMAGINE_VERBS) for t in tokens) and any(_has_any(t, STORY_NOUNS) for t in tokens)


# Words right before a date that make it the date of a document or a state named in passing, not of the act.
NOUN_DATERS = _words("الموقع", "الموقعة", "المبرم", "المبرمة", "الصادر", "الصادرة", "منذ", "المعتمد", "المعتمدة",
                     "لعام", "حدود")


def _dates_a_noun(tokens: Sequence[Token], k: int) -> bool:
    """The date starting at token ``k`` follows a word that makes it a noun's date: "الموقع عام 1974"،
    "حدود 1967" (a year word and one preposition may stand between)."""
    j = k - 1
    while j >= 0 and (tokens[j].norm in YEAR_WORDS or tokens[j].norm in ("في", "عام")):
        j -= 1
    return j >= 0 and _has_any(tokens[j], NOUN_DATERS)


def _later_clause(tokens: Sequence[Token], c: Coded, k: int) -> bool:
    """Token ``k`` (a date) lies far after the trigger, past a comma: it dates a later clause's act."""
    return k - c.last > FAR_DATE and any(tokens[j].norm in CLAUSE_PUNCT for j in range(c.last + 1, k))


def _dated_history(c: Coded, years: list[tuple[int, int]], published: Date, explain: list[str] | None,
                   tokens: Sequence[Token]) -> bool:
    """An event whose own date lies years before the article's is history or background (في عام 2003،
    قبل عشر سنوات); "منذ عام 2015" is an ongoing state, not a past event, so it stays.  With no resolved
    date, an explicit year the date stage left out (``years``: عام 1188، a chronology line "1970 - …") counts."""
    d = c.date
    if d is not None and d.value and d.value[:4].isdigit():
        if d.relation == "since":
            return False
        year = int(d.value[:4])
    else:
        own = [(k, y) for k, y in years if not _later_clause(tokens, c, k)]
        if not own:
            return False
        year = min(own, key=lambda k_y: abs(k_y[0] - c.first))[1]
    if year > published.year - HISTORY_YEARS:
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: dated {year}, years before the report: history")
    return True


def _anchored(m: ActorMention) -> bool:
    """An actor that says whose act it is: a country, an IGO/NGO, a named group, an unnamed state organ
    (قوات الأمن), an opposition, union or armed group, a named person.  A bare social sector with no country (الصحيفة → MED, جمعية خيرية, المالك) names
    nobody in particular: its praise, criticism, threats and meetings are routine, not political events."""
    code = m.actor_code or ""
    social = m.sector in SOCIAL_SECTORS  # residents, investors, a university of some country: nobody in particular
    return ((bool(m.country) and not social) or m.sector in STATE_SECTORS or m.sector in POLITICAL_SECTORS
            or code[:3] in NON_STATE_ROOTS or _proper_name(m) or any(_anchored(x) for x in m.members))


def _proper_name(m: ActorMention) -> bool:
    """A named person the actor stage could not code (جنتيلوني، الملا محمد عمر) is still somebody in
    particular; a single definite noun the recogniser took for a name (المالك) is not."""
    if m.actor_code or m.type not in ("PERS", "ORG"):
        return False
    return " " in m.text.strip() or not normalize(m.text).startswith("ال")


YEAR_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "عامي", "سنتي"})
CHRONOLOGY_MARKS = frozenset({"-", "–", "—", ":"})


def _explicit_years(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(token index, year) for four-digit years written as such: after عام/سنة, or opening a
    chronology line ("1970 - …").  A bare number elsewhere may be a count, so it is not a year."""
    out: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        if len(t.norm) != 4 or not t.norm.isdigit():
            continue
        dated = (k > 0 and _bare_word(tokens[k - 1]) in YEAR_WORDS) or (
            k == 0 and len(tokens) > 1 and tokens[1].norm in CHRONOLOGY_MARKS) or _month_or_in_year(tokens, k)
        if dated and 1000 <= int(t.norm) <= 2100:
            out.append((k, int(t.norm)))
    return out


MONTH_NAMES = _words("يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                     "أكتوبر", "نوفمبر", "ديسمبر", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                     "كانون", "تشرين")
ORDINAL_MONTH_PARTS = _words("الأول", "الثاني")  # كانون الأول، تشرين الثاني
COUNTED_AFTER = _words("شخص", "شخصا", "قتيل", "قتيلا", "جريح", "طن", "طنا", "دولار", "دولارا", "ريال", "متر", "مترا",
                       "كيلومتر", "عنصر", "عنصرا", "جندي", "جنديا", "مقاتل", "مقاتلا", "لاجئ", "لاجئا", "نسمة")
IN_YEAR_REACH = 4  # "في مايو (أيار) 2013": the month (or its Levantine name in brackets) stands this close


def _month_or_in_year(tokens: Sequence[Token], k: int) -> bool:
    """"في 2011"، "في مايو (أيار) 2013": a four-digit number after في or a month name is a year even
    without عام; a number followed by a counted noun (في 2000 شخص) is a count."""
    if k + 1 < len(tokens) and _has_any(tokens[k + 1], COUNTED_AFTER):
        return False
    for j in range(k - 1, max(-1, k - 1 - IN_YEAR_REACH), -1):
        t = tokens[j]
        if t.norm in ("(", ")") or (j < k - 1 and t.norm in ORDINAL_MONTH_PARTS):
            continue
        if _has_any(t, MONTH_NAMES):
            return True
        return j == k - 1 and t.norm == "في"
    return False


def _inside_quote(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` stands inside a quotation opened before it and not yet closed."""
    depth = 0
    plain = 0
    for t in tokens[:k]:
        if t.norm in ("«", "“"):
            depth += 1
        elif t.norm in ("»", "”"):
            depth = max(0, depth - 1)
        elif t.norm == '"':
            plain += 1
    return depth > 0 or plain % 2 == 1


def _tag_line(tokens: Sequence[Token]) -> bool:
    """A site's tag list, share bar or "related links" line (سمات امريكا داعش ضربات) opens with its label."""
    if not tokens:
        return False
    head = tokens[0].norm
    two = f"{head} {tokens[1].norm}" if len(tokens) > 1 else head
    return head in TAG_LABELS or two in TAG_LABELS


POSSIBLE_WORDS = _words("محتمل", "محتملة", "المحتمل", "المحتملة", "محتملا", "محتملين", "المحتملين")


def _possible(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """A noun act called possible (قمة محتملة، هجوم محتمل، الانسحاب المحتمل) is a prospect, not a report."""
    if not c.noun or c.last + 1 >= len(tokens) or not _has_any(tokens[c.last + 1], POSSIBLE_WORDS):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: «{tokens[c.last + 1].text}»: a possibility, not an act")
    return True


def _trend_or_habit(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """A count over time is a statistic, not an event: "ارتفاعاً ملحوظاً في عمليات الخطف"، "اختطاف مئات
    الأشخاص سنوياً".  A trend word shortly before a noun trigger, or a rate adverb shortly after it."""
    trend = c.noun and any(_has_any(tokens[k], TREND_WORDS) for k in range(max(0, c.first - TREND_REACH), c.first))
    trend = trend or (c.noun and c.first > 0 and tokens[c.first - 1].norm in COUNT_HEADS
                      and tokens[c.first].prefix.endswith("ال"))  # "عدد الهجمات": a count, not an attack
    habit = any(_has_any(tokens[k], RATE_ADVERBS) for k in range(c.last + 1, min(len(tokens), c.last + 1 + TREND_REACH)))
    habit = habit or (not c.source and c.etype in FORCE_TYPES and _period_total(tokens))
    if (trend or habit) and explain is not None:
        explain.append(f"{c.pattern.id}: a trend or a rate (ارتفاع في عمليات، سنوياً): a statistic, not an event")
    return trend or habit


def _period_total(tokens: Sequence[Token]) -> bool:
    """"قُتل أكثر من 3500 مدني خلال العام الماضي": deaths or arrests summed over a year or more, with
    nobody named as the actor, are a statistic (a yearly toll, a report's figures), not an event."""
    norms = [t.norm for t in tokens]
    for k, w in enumerate(norms[:-1]):
        if w in PERIOD_INTROS:
            span = norms[k + 1: k + 6]
            if any(u in PERIOD_UNITS for u in span) and (
                    w in ("خلال", "طوال") or "بدايه" in span or "مطلع" in span):
                return True
    return False


def _writer_act(tokens: Sequence[Token], c: Coded, speeches: Sequence[Speech], explain: list[str] | None) -> bool:
    """Outside quotes a first person is the writer (التقينا شاباً، آخر زيارة لي): a reporter's own errand,
    not a political event.  In reported speech "we" is the speaker, so quotes keep theirs."""
    if _inside_quote(tokens, c.first) or governing_speech(list(speeches), c) or any(
            t.norm == ":" for t in tokens[: c.first]):
        return False  # "محافظ عدن: اعتقلنا …": a colon gives the floor to the one named before it
    tok = tokens[c.first]
    first_person = not c.noun and c.first == c.last and any(
        f.endswith("نا") and len(f) > 4 and f[-3] != "ن" and f in c.pattern.verb_forms for f in _norm_forms(tok))
    if c.noun and c.last + 1 < len(tokens) and tokens[c.last + 1].norm in FIRST_PERSON:
        first_person = True
    if first_person and explain is not None:
        explain.append(f"{c.pattern.id}: told in the first person outside quotes: the writer's own doing")
    return first_person


def _named_tokens(tokens: Sequence[Token], mentions: Sequence[ActorMention | DateMention | PlaceMention], shortest: int = 1,
                  bounds: tuple[Sequence[int], Sequence[int]] | None = None) -> frozenset[int]:
    """Tokens inside actor names and dates: a window counts words of the clause, and a long subject
    («وقّع وزير البترول المصري طارق الملا ونظيره القبرصي في القاهرة، الثلاثاء، اتفاقية») must not use it up.

    ``bounds`` (the tokens' starts and ends, in text order) saves rebuilding them when a caller asks often."""
    if not mentions:
        return frozenset()
    starts, ends = bounds if bounds is not None else ([t.start for t in tokens], [t.end for t in tokens])
    out: set[int] = set()
    for m in mentions:
        # the tokens overlapping the mention: those ending after it starts and starting before it ends
        span = range(bisect.bisect_right(ends, m.start), bisect.bisect_left(starts, m.end))
        if isinstance(m, DateMention) or len(span) >= shortest:
            out.update(span)
    return frozenset(out)


# an anniversary named as the occasion or the time of an act (بمناسبة، عشية، قبيل، غداة الذكرى), or an era
# named for comparison (منذ الحرب العالمية الثانية): the act before it is news
HISTORY_SCOPE = BACKGROUND_SCOPE | frozenset({"بمناسبه", "لمناسبه", "مناسبه", "عشيه", "قبيل", "غداه",
                                              "بالتزامن", "تزامنا", "تزامن",  # "بالتزامن مع الذكرى الثالثة"
                                              "منذ",  # "أكبر هجوم منذ الحرب العالمية الثانية": a comparison
                                              "عن"})  # "اعتذر عن … خلال الحقبة الاستعمارية": what it is about

ANNIVERSARY_WORDS = frozenset({"ذكري", "الذكري"})  # normalised ذكرى


def _history_in_background(tokens: Sequence[Token], hits: list[tuple[int, int]]) -> int | None:
    """Where the background clause holding every history cue begins («…، على خلفية احتفالهم بذكرى
    الثورة»), or None: an anniversary told as the cause of an act leaves the act before it news."""
    if not hits:
        return None
    cuts: list[int] = []
    for first, _ in hits:
        k = first - 1
        while k >= max(0, first - BACKGROUND_REACH) and tokens[k].norm not in CLAUSE_PUNCT:
            if tokens[k].norm.lstrip("وف") in HISTORY_SCOPE or _has_any(tokens[k], HISTORY_SCOPE):
                break
            if k == first - 1 and tokens[k].norm == "في" and _has_any(tokens[first], ANNIVERSARY_WORDS):
                break  # round 3: "هدنة … في ذكرى النصر"، "التظاهر في ذكرى الثورة": the day it falls on, an occasion
            k -= 1
        if k < max(0, first - BACKGROUND_REACH) or tokens[k].norm in CLAUSE_PUNCT or k == 0:
            return None
        cuts.append(k)
    return min(cuts)


COPULA_CONDITIONS = _words("إذا", "اذا", "لو", "سواء", "وإذا", "ولو", "فإذا", "وسواء")  # not إن: it reads as أن
PLUPERFECT_REACH = 8  # "وكانت قوات الأمن قد اعتقلت": the copula stands this close before the trigger
RECENT_DAYS = _words("أمس", "البارحة", "اليوم", "الليلة", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                     "الخميس", "الجمعة", "السبت")
COPULA_VERB_REACH = 5  # "وكان مستوطنون اضرموا"، "التي كانت تحتلها": a finite verb this close after it
INTENSIFY_VERBS = _words("كثف", "كثفت", "يكثف", "تكثف", "كثفوا", "يكثفون", "صعد", "صعدت", "يصعد", "تصعد",
                         "صعدوا", "يصعدون", "ضاعف", "ضاعفت", "يضاعف", "تضاعف")
POSSESSIVE_ENDINGS = ("ها", "هم", "هما", "اته")
HABIT_UNITS = _words("عام", "سنة", "موسم", "مرة", "عيد", "صيف", "شتاء", "حج")
HABIT_PHRASES = _words("عادة", "وعادة", "غالبا", "غالباً", "دائما", "دائماً", "عادةً", "دأب", "دأبت", "دأبوا", "يدأب",
                      "تدأب", "اعتاد", "اعتادت", "اعتادوا", "يعتاد", "تعتاد")
# habit adverbs that are also the accusative of an adjective (اتفاقاً دائماً: a lasting deal)
ADJECTIVE_HABITS = _words("دائما", "دائماً")
# "وقد قتل آنذاك خمسة جنود": "back then" places the act at an earlier time the story recalls
BACK_THEN = _words("آنذاك", "حينذاك", "وقتذاك", "وقتئذ", "حينئذ", "يومذاك", "وقتها", "حينها")
# the same in two or three words: "تعهدت السلطات في السابق"، "وصفت واشنطن الطلب في ذلك الوقت بأنه مؤسف"
# ("في وقت سابق" is not one: news tells with it what was said earlier the same day)
BACK_THEN_PHRASES = frozenset(tuple(normalize(w) for w in phrase.split()) for phrase in (
    "في السابق", "في ذلك الوقت", "في تلك الفترة", "في ذلك الحين", "في تلك الأيام", "في تلك المرحلة", "فيما مضى"))
YEAR_AFTER_REACH = 5  # "تبنى هجوماً في العام 2013": a year this close after the act, in its clause
OPENING_REACH = 4  # a year in the first words of a sentence dates all of it (وفي عام 2014 فرض …)


def _clause_names_recent_day(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether tokens lo..hi (a clause) name yesterday, today or a weekday: an act of the last days told
    in it is still news, however the clause recalls it."""
    return any(_has_any(tokens[k], RECENT_DAYS) for k in range(lo, hi + 1))


def _pluperfect(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"وكانت القوات قد اعتقلت"، "وكان مستوطنون أضرموا النار"، "المواقع التي كانت تحتلها": a past copula
    before the act places it before the story's time: background the writer recalls, not the news.  A
    copula after إذا/لو is a condition, not a past (إذا كان …); a clause naming yesterday or a weekday
    recalls an act of the last days, which is still news."""
    if _copula_conjunct(tokens, c):  # (§31) "وكان … قد رحب … وبارك": the conjoined verb shares the past perfect
        if explain is not None:
            explain.append(f"{c.pattern.id}: a verb joined by و to a past perfect or past habit (وكان … قد رحب … "
                           "وبارك): background")
        return True
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    if _clause_names_recent_day(tokens, lo, hi):
        return False  # "وكانت مصر والسودان اتفقتا أمس": yesterday's act recalled in today's story is still news
    k = _past_copula_before(tokens, c.first, lo, PLUPERFECT_REACH)
    if k is None:
        return False
    perfect = any(tokens[j].norm == "قد" for j in range(k + 1, c.first))
    # a learned trigger is any word of the clause (الإغاثة، عقوباته): the copula scopes over it as over a verb
    verbal = is_backstop(c.pattern.id) or (not c.noun and c.first - k <= COPULA_VERB_REACH)
    if perfect or verbal:
        if explain is not None:
            explain.append(f"{c.pattern.id}: after «{tokens[k].text}» (a past perfect or past habit): background")
        return True
    return False


def _past_copula_before(tokens: Sequence[Token], first: int, lo: int, reach: int) -> int | None:
    """Index of the nearest past copula (كان، كانت …) within ``reach`` words before ``first`` and not before
    ``lo``; None when there is none, or when the nearest one follows إذا/لو (a condition, not a past)."""
    for k in range(first - 1, max(lo, first - 1 - reach) - 1, -1):
        if _bare_word(tokens[k]) not in PAST_COPULAS and tokens[k].norm not in PAST_COPULAS:
            continue
        return None if k > 0 and _has_any(tokens[k - 1], COPULA_CONDITIONS) else k
    return None


def _habitual(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"يقدمون المساعدة للحجاج كل عام"، "عادة ما تضطر السلطات": a habit in the act's own clause is no single
    new event; nor is a party stepping up its own acts (كثفت هجماتها، يصعّد غاراته) with no day named."""
    if _stepped_up_series(tokens, c):
        if explain is not None:
            explain.append(f"{c.pattern.id}: a series stepped up (كثفت هجماتها) with no day: a trend, not one act")
        return True
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    found = any((_has_any(tokens[k], HABIT_PHRASES) and not _agreeing_adjective(tokens, k)) or (
        _bare_word(tokens[k]).lstrip("ب") == "كل" and k + 1 <= hi
        and (_has_any(tokens[k + 1], HABIT_UNITS) or _bare_word(tokens[k + 1]) in HABIT_UNITS))
        for k in range(lo, hi + 1))
    if found and explain is not None:
        explain.append(f"{c.pattern.id}: a habit (كل عام، عادة): no single new event")
    return found


def _agreeing_adjective(tokens: Sequence[Token], k: int) -> bool:
    """«دائماً» right after an indefinite accusative noun agrees with it (اتفاقاً دائماً، عضواً دائماً: lasting,
    permanent), it is no habit adverb (§30).  The noun ends in the ا of its tanween; a plural verb (كانوا) does not."""
    if k == 0 or tokens[k].norm not in ADJECTIVE_HABITS:
        return False
    prev = tokens[k - 1].norm
    return prev.endswith("ا") and not prev.endswith("وا") and len(prev) >= 4 and tokens[k - 1].is_word


def _stepped_up_series(tokens: Sequence[Token], c: Coded) -> bool:
    """An intensifying verb right before the actor's own attacks (كثفت هجماتها، يكثف المتمردون هجومهم)
    tells a trend over a series; a day in the sentence (صعّدت … قصفها أمس) makes it that day's act."""
    if c.etype != "ASSAULT" or not c.noun or not tokens[c.first].norm.endswith(POSSESSIVE_ENDINGS):
        return False  # stepping up threats or protests is itself the statement of the day (صعّدت تهديداتها)
    if not any(_has_any(tokens[k], INTENSIFY_VERBS) for k in range(max(0, c.first - 3), c.first)):
        return False
    return not any(_has_any(t, RECENT_DAYS) for t in tokens)


def _earlier_year(tokens: Sequence[Token], c: Coded, published: Date, years: list[tuple[int, int]],
                  explain: list[str] | None) -> bool:
    """"وفي عام 2014 فرض مجلس الأمن …"، "اعترض سنة 2013": a year written out before the act, earlier than
    the report's own year, dates it as background (a month named alone may still be recent news).  It
    must open the sentence or stand in the act's clause; "منذ عام 2014" is an ongoing state."""
    year: int | None = None
    lo, _ = _clause_bounds(tokens, c.first, c.last)
    for k, y in years:  # the date stage's nearest date may belong to a later clause, so only years before count
        if y >= published.year or k > c.first:
            continue
        if k >= 2 and _bare_word(tokens[k - 2]) in ("منذ", "حتى"):
            continue
        written = k > 0 and _bare_word(tokens[k - 1]) in YEAR_WORDS  # "عام 2011", not only "في 2011"
        if k >= lo or k <= OPENING_REACH or (written and y <= published.year - 2):  # an older year anywhere before
            year = y
    _, hi = _clause_bounds(tokens, c.first, c.last)
    if year is None and not any(_has_any(tokens[j], RECENT_DAYS) for j in range(lo, hi + 1)):
        # "اعتقلت السلطات في 2012 عشرات": an earlier year right after the act, in its clause, dates it too
        year = next((y for k, y in years if c.last < k <= min(hi, c.last + YEAR_AFTER_REACH) and y < published.year
                     and _bare_word(tokens[k - 2] if k >= 2 else tokens[k]) not in ("منذ", "حتى")), None)
    if year is None:
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: dated {year}, before the report's year: background")
    return True


def _future_predicate(tokens: Sequence[Token], c: Coded) -> bool:
    """"الاجتماع سيشهد تدارس …": a noun act whose own predicate is a future verb has not happened yet."""
    k = c.last + 1
    if not c.noun or k >= len(tokens) or not tokens[k].prefix.lstrip("وف").startswith("س"):
        return False
    if tokens[c.last].norm in PREPOSITIONS:
        return False  # round 144: "القبض على ستيني": the word after the act's own preposition is its object
    bare = _bare_word(tokens[k])  # سيشهد، ستبدأ: س + an imperfect prefix; سيارة (ending in ة) is a noun
    return len(bare) > 3 and bare[1:2] in ("ي", "ت", "ن") and not bare.endswith("ه")


# Added after a second hand-checked sample: background with no copula (بعد أن رفضت) and records and repeated
# acts told as a description (أول رئيس يزور، يقصفون يومياً); that round's other rules (plans, tolls, private
# people) are in :mod:`hadath.events.senses` and :mod:`hadath.events.content`.

PRIOR_INTROS = _words("بعدما", "عقبما", "منذما")  # one word; "بعد أن"، "منذ أن" are two
PRIOR_HEADS = _words("بعد", "عقب", "منذ", "إثر")
PRIOR_REACH = 4  # "بعد أن قام متطرفون بهجمات": the act stands this close after the complementizer
DEATH_WORDS = _words("مصرعه", "مصرعها", "مصرعهم", "مصرع", "قتل", "قتلت", "قتلوا", "مقتل", "أصيب", "أصيبت", "أصيبوا",
                     "إصابة", "جرح", "جرحت", "جرحوا", "قتيل", "قتيلا", "قتلى", "لقي", "لقيت", "لقوا", "اعتقل", "اعتقلت")
RECORD_WORDS = _words("أول", "آخر", "ثاني", "ثالث", "أكثر", "أقل")
RECORD_REACH = 4  # "أول رئيس أمريكي يزور": a present verb this close after an ordinal describes a record
REPEAT_PAIRS = frozenset({("بشكل", "يومي"), ("بصورة", "يوميه"), ("عده", "مرات"), ("مرات", "عده"),
                          ("مرات", "عديده"), ("بشكل", "متكرر"), ("بصوره", "متكرره")})
REPEAT_WORDS = _words("يوميا", "يومياً", "مرارا", "مراراً", "تكرارا", "باستمرار")


def _prior_clause(tokens: Sequence[Token], c: Coded, others: Sequence[Coded], explain: list[str] | None) -> bool:
    """"تصاعد التوتر بعد أن رفضت الحكومة"، "منذ أن سيطر التنظيم": an act told as what came before a state of
    affairs is background even with no copula.  It stays news when the main clause tells an act or a death
    it caused (انسحبت الفصائل بعد أن هاجمت القوات، لقي مصرعه بعد أن فجّر نفسه) or names yesterday."""
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    for k in range(c.first - 1, max(lo, c.first - 1 - PRIOR_REACH) - 1, -1):
        bare = _bare_word(tokens[k])
        opened = bare in PRIOR_INTROS or (bare in ("ان", "ما") and k > 0 and _bare_word(tokens[k - 1]) in PRIOR_HEADS)
        if not opened:
            continue
        if any(_has_any(tokens[j], RECENT_DAYS) for j in range(lo, hi + 1)) or any(
                _has_any(tokens[j], DEATH_WORDS) for j in range(max(0, k - PRIOR_REACH * 2), k)) or any(
                o is not c and o.last < k for o in others):
            return False  # "لقي مصرعه بعد أن فجّر نفسه": the act that caused the news is the news
        if explain is not None:
            explain.append(f"{c.pattern.id}: in a clause after «{tokens[k].text}» (what came before): background")
        return True
    return False


def _back_then_phrase(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Whether one of ``BACK_THEN_PHRASES`` starts at token ``k`` (its first word may carry و) and ends by ``hi``."""
    first = tokens[k].norm
    first = first[1:] if first.startswith("و") and len(first) > 2 else first
    return any(phrase[0] == first and k + len(phrase) - 1 <= hi
               and all(tokens[k + j].norm == word for j, word in enumerate(phrase[1:], 1))
               for phrase in BACK_THEN_PHRASES)


def _record_or_repeat(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"أول رئيس أمريكي يزور كينيا": a present verb describing a record names a kind of act; "يقصفون المدنيين
    بشكل يومي"، "قصفوا عدة مرات": acts repeated over time are a characterisation, not one new event."""
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    why = None
    if any(_has_any(tokens[k], BACK_THEN) or (k < hi and tokens[k].norm == "ذات" and tokens[k + 1].norm == "مره")
           or _back_then_phrase(tokens, k, hi) for k in range(lo, hi + 1)):
        why = "told at an earlier time (آنذاك، في ذلك الوقت)"
    present = not c.noun and not tokens[c.first].prefix.lstrip("وف") and tokens[c.first].norm[:1] in ("ي", "ت")
    if why is None and present and any(_bare_word(tokens[k]) in RECORD_WORDS
                       for k in range(max(lo, c.first - RECORD_REACH), c.first)):
        why = "a present verb describing a record (أول من يزور)"
    elif any(_bare_word(tokens[k]) in REPEAT_WORDS or (k < hi and (tokens[k].norm, tokens[k + 1].norm) in REPEAT_PAIRS)
             for k in range(_after_complementizer(tokens, lo, c.first), hi + 1)):
        why = "repeated over time (يومياً، عدة مرات)"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}: no single new event")
    return why is not None


def _after_complementizer(tokens: Sequence[Token], lo: int, first: int) -> int:
    """The start of the act's own clause: after the last إن/أن before it ("قلنا مراراً إننا لا نتفاوض": the
    adverb belongs to the speaking, not to the act)."""
    return next((k + 1 for k in range(first - 1, lo - 1, -1) if tokens[k].norm in COMPLEMENTIZERS
                 or tokens[k].norm in PRONOUN_COMPLEMENTIZERS or _bare_word(tokens[k]) in ("اننا", "انني")), lo)


OLD_MONTH_AFTER = 8  # round 4: a date this close after the act, with no comma between, dates that act too
OLD_MONTHS = 3  # "وفي ديسمبر الماضي قتل …" in a July report: a month this many months back is background


def _old_month(tokens: Sequence[Token], starts: list[int], c: Coded, published: Date,
               explain: list[str] | None) -> bool:
    """"وفي ديسمبر (كانون الأول) الماضي، قُتل خمسة مدنيين": a date resolved to a month three or more months
    before the report, written before the act (opening the sentence or in its clause), dates a recalled act,
    not the news; "منذ ديسمبر" is an ongoing state and stays."""
    d = c.date
    if d is None or d.relation != "on" or not d.value or len(d.value) < 7 or not d.value[:4].isdigit() \
            or not d.value[5:7].isdigit():
        return False
    months = published.year * 12 + published.month - (int(d.value[:4]) * 12 + int(d.value[5:7]))
    if months < OLD_MONTHS:
        return False
    k = max(0, bisect.bisect_right(starts, d.start) - 1)
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    after = c.last < k <= min(hi, c.last + OLD_MONTH_AFTER)  # "وخطفت … في 24 فبراير الماضي": its own clause
    if (k >= c.first and not after) or not (k >= lo or k <= OPENING_REACH or _opening_adverbial(tokens, k, c.first)) \
            or (k > 0 and _bare_word(tokens[k - 1]) in ("منذ", "حتى")):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: dated {d.value}, months before the report: background")
    return True


# Added after a fourth hand-checked sample (2015 news): acts told as earlier (سبق أن، تعهد سابق), an object
# relative clause describing a thing by an act done to it (الحوار الذي دعا إليه الرئيس), the content of a
# statement the writer places in the past (وكان الوزير قد أقر بأن) and a whether-question (سئل عما إذا);
# that round's other rules (needs, comparisons, prayers, mines named as
# things) are in :mod:`hadath.events.senses`.

EARLIER_HEADS = _words("سبق", "وسبق", "سبقت", "وسبقت", "سبق وأن")
EARLIER_ADJECTIVES = _words("سابق", "سابقا", "سابقاً", "سابقة", "السابق", "السابقة", "سابقتين", "سابقين")
LAST_YEAR = frozenset({("العام", "الماضي"), ("العام", "المنصرم"), ("العام", "الفايت"), ("السنه", "الماضيه"),
                       ("السنه", "المنصرمه"), ("عام", "مضي")})  # normalised word pairs
# "منذ العام الماضي" is an ongoing state; "خلال العام الماضي" sums a period (a toll by a named force stays an event)
LAST_YEAR_SPANS = frozenset({"منذ", "مقارنه", "بمقارنه", "خلال", "طوال", "طيله", "مدي"})
EARLIER_REACH = 4  # "سبق أن وعدت"، "سبق لها أن أعلنت": the act stands this close after سبق
WHETHER_HEADS = frozenset({"ما", "عما", "فيما"})  # "عما إذا كان": whether, not if
ASK_WORDS = _words("سئل", "وسئل", "سأل", "سألت", "يسأل", "تسأل", "تساءل", "تساءلت", "يتساءل", "تتساءل", "متسائلا",
                   "سؤال", "السؤال", "سؤالا", "التساؤل", "تساؤل")
ASK_REACH = 14  # "سئل رئيس الوزراء … خلال مؤتمر صحافي إذا ما جاء التفجير": the question verb may stand this far back
WHETHER_REACH = 6  # and the act this close after إذا
OBJECT_RELATIVE_REACH = 4  # the relative clause's own subject stands this close after its verb
RESUMPTIVES = frozenset({"اليه", "اليها", "اليهم", "عليه", "عليها", "عليهم", "به", "بها", "فيه", "فيها", "منه",
                         "منها", "عنه", "عنها"})  # prepositions with a pronoun back to the noun (not بموجبها: "under which")
RELATIVE_HEAD_REACH = 3  # "العفو الملكي الذي أصدره": the act noun stands this close before the relative
COMMENT_HEADS = frozenset({"وهو", "وهي", "وهذا", "وهذه", "وذلك", "هو", "هي"})  # "وهو الموقف الذي رحب به"


def _told_as_earlier(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"والتي سبق أن وعدت بتقديم"، "احترم البرلمان تعهداً سابقاً"، "المحتجز الذي قُتل العام الماضي": an act the
    writer marks as earlier (سبق أن, a noun with سابق, last year in its clause but not "منذ / خلال العام الماضي") is
    recalled as background, not told as news — unless its clause names a recent day."""
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    if _clause_names_recent_day(tokens, lo, hi):
        return False
    why = None
    for k in range(lo, hi):
        if (_bare_word(tokens[k]), tokens[k + 1].norm) in LAST_YEAR and not (
                k > 0 and _bare_word(tokens[k - 1]) in LAST_YEAR_SPANS):
            why = f"dated «{tokens[k].text} {tokens[k + 1].text}» (last year)"
            break
    for k in range(c.first - 1, max(lo, c.first - 1 - EARLIER_REACH) - 1, -1):
        if why is not None:
            break
        if _has_any(tokens[k], EARLIER_HEADS) and any(tokens[j].norm in ("ان", "وان") for j in range(k + 1, c.first)):
            why = f"after «{tokens[k].text} … أن» (told as earlier)"
            break
    if why is None and c.last + 1 < len(tokens) and _has_any(tokens[c.last + 1], EARLIER_ADJECTIVES):
        why = f"a noun described as «{tokens[c.last + 1].text}» (an earlier act)"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}: background")
    return why is not None


def _object_relative(tokens: Sequence[Token], c: Coded, told: Sequence[Coded], explain: list[str] | None) -> bool:
    """"الحوار الوطني الذي دعا إليه الرئيس"، "المنطقة التي اتفق عليها الطرفان": a past verb right after a
    relative pronoun, with its own subject after it and a pronoun back to the noun before (إليه، عليها،
    بتنفيذه), describes that noun by an act done to or about it: something known, not the news.  It stays
    when the noun is itself the act the verb performs (العفو الذي أصدره), when the clause comments on the
    story (وهو الموقف الذي رحب به), or when it names a recent day."""
    actors = c.source + c.target  # (the coder may have taken the clause's subject for the target)
    if c.noun or c.first < 2 or _bare_word(tokens[c.first - 1]) not in RELATIVES or not actors:
        return False
    if tokens[c.first].norm[:1] in ("ي", "ن") or tokens[c.first].prefix.lstrip("وف"):
        return False  # a present verb is judged at the trigger; a prefixed form is no plain past verb
    verb_end = tokens[c.last].end
    limit = tokens[min(len(tokens) - 1, c.last + OBJECT_RELATIVE_REACH)].end
    if not all(verb_end < m.start for m in actors) or not any(m.start <= limit for m in actors):
        return False
    after = range(c.last + 1, min(len(tokens), c.last + 1 + OBJECT_RELATIVE_REACH))
    verb = tokens[c.first].norm  # "المواقع التي احتلها الإرهابيون": the pronoun may be the verb's own object
    suffixed = c.first == c.last and (verb.endswith(("ها", "هم", "هما")) or (
        verb.endswith("ه") and verb[:-1] in c.pattern.verb_forms))
    if not suffixed and not any(tokens[k].norm in RESUMPTIVES or ("ب" in tokens[k].prefix and tokens[k].norm.endswith(("ه", "ها"))
                                                   and not tokens[k].norm.startswith("بموجب"))
               for k in after):
        return False
    if any(o is not c and o.noun and c.first - 1 - RELATIVE_HEAD_REACH <= o.last < c.first - 1 for o in told):
        return False  # "العفو الذي أصدره": the noun before is the act itself
    if any(_bare_word(tokens[k]) in COMMENT_HEADS for k in range(max(0, c.first - 4), c.first - 1)):
        return False
    if _clause_names_recent_day(tokens, *_clause_bounds(tokens, c.first, c.last)):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: a relative clause with its own subject describes the noun before it")
    return True


SPEECH_COPULA_REACH = 4  # "وكان بوتين أعلن": the copula stands this close before the speech verb


def _relative_of_background(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"رد على الهجوم الانتحاري الذي استهدف ناشطين"، "بعد الاجتماع الذي عقد": a verb in a relative clause on a noun
    told in passing as a cause or an antecedent (after بعد، رد على، بسبب …) tells that same background act."""
    if c.noun or c.first < 3 or _bare_word(tokens[c.first - 1]) not in RELATIVES:
        return False
    for ante in (c.first - 2, c.first - 3):
        if ante < 1 or tokens[ante].norm in CLAUSE_PUNCT:
            break
        if not tokens[ante].prefix.lstrip("وف").endswith("ال") and not tokens[ante].norm.startswith("ال"):
            continue  # the antecedent of الذي is definite (الهجوم، الاجتماع)
        intro = {f for k in range(max(0, ante - 3), ante) for f in _norm_forms(tokens[k])}
        if intro & BACKGROUND_INTRO:
            if _clause_names_recent_day(tokens, *_clause_bounds(tokens, c.first, c.last)):
                return False
            if explain is not None:
                explain.append(f"{c.pattern.id}: a relative clause on a noun told in passing as a cause: background")
            return True
    return False


def _pluperfect_speech(tokens: Sequence[Token], c: Coded, speeches: Sequence[Speech], explain: list[str] | None
                       ) -> bool:
    """"وكان وزير الداخلية، قد أقر بأن الوحدات نجحت في القبض على …"، "وكان بوتين أعلن في يونيو تعزيز …": the
    content of a statement the writer places before the story's time (a past copula, then قد and the verb, then
    أن; or a copula right before a speech verb's subject) is background too — not a claim (زعمت), which reports
    an act the article may tell or deny elsewhere."""
    said = governing_speech(list(speeches), c)
    if said and said[-1].claim:
        return False  # "وكانت رويترز زعمت أن …": an earlier report of an act, linked to its denial, stays
    if said:
        cue = said[-1].cue_first
        copula = next((k for k in range(cue - 1, max(-1, cue - 1 - SPEECH_COPULA_REACH), -1)
                       if _bare_word(tokens[k]) in PAST_COPULAS or tokens[k].norm in PAST_COPULAS), None)
        if copula is not None and not any(tokens[j].norm in CLAUSE_PUNCT for j in range(copula, cue)) and not (
                copula > 0 and _has_any(tokens[copula - 1], COPULA_CONDITIONS)) and not any(
                _has_any(tokens[j], RECENT_DAYS) for j in range(copula, min(len(tokens), c.last + 1))):
            if explain is not None:
                explain.append(f"{c.pattern.id}: inside what was said in the past perfect (كان … أعلن): background")
            return True
    for q in range(c.first - 1, 0, -1):
        if tokens[q].norm in ASIDE_STOPS:
            return False
        if tokens[q].norm != "قد" or not any(tokens[j].norm in COMPLEMENTIZERS for j in range(q + 2, c.first)):
            continue
        for k in range(q - 1, max(-1, q - 1 - PLUPERFECT_REACH), -1):
            if tokens[k].norm in ASIDE_STOPS:
                return False
            if _bare_word(tokens[k]) in PAST_COPULAS or tokens[k].norm in PAST_COPULAS:
                if (k > 0 and _has_any(tokens[k - 1], COPULA_CONDITIONS)) or any(
                        _has_any(tokens[j], RECENT_DAYS) for j in range(k, min(len(tokens), c.last + 1))):
                    return False
                if explain is not None:
                    explain.append(f"{c.pattern.id}: inside what was said in the past perfect (كان … قد … أن): "
                                   "background")
                return True
        return False
    return False


def _whether_clause(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"سئل … إذا ما جاء التفجير رداً"، "لم يتضح ما إذا كانت القوات قصفت": an act inside a whether-question is
    asked about, neither told nor a condition."""
    for k in range(c.first - 1, max(-1, c.first - 1 - WHETHER_REACH), -1):
        if tokens[k].norm in ASIDE_STOPS or tokens[k].norm in QUESTION_MARKS:
            return False
        if _bare_word(tokens[k]) not in ("اذا", "إذا"):
            continue
        whether = k > 0 and tokens[k - 1].norm in WHETHER_HEADS
        if not whether and k + 1 < len(tokens) and tokens[k + 1].norm == "ما":
            whether = any(_has_any(tokens[j], ASK_WORDS) for j in range(max(0, k - ASK_REACH), k)
                          if not any(tokens[i].norm in ASIDE_STOPS for i in range(j, k)))
        if whether and explain is not None:
            explain.append(f"{c.pattern.id}: inside a whether-question («{tokens[k].text}»): asked, not told")
        return whether
    return False


# Added after a fifth hand-checked sample (2015 news): a sentence opened by a past copula and dated to an
# earlier month recalls background even when the act is a noun (وكانت القوات بدأت مطلع الشهر الماضي هجوماً);
# insisting that something is so (تصر الإدارة على أنها ستُخضع) is in :mod:`hadath.events.senses`.

LAST_MONTH = frozenset({("الشهر", "الماضي"), ("الشهر", "المنصرم"), ("الشهر", "الفايت")})  # normalised word pairs
COPULA_OPENING = 2  # "وكانت قوات النظام …": a past copula this close to the head frames the whole sentence
RECALLED_DAYS = 21  # a day-dated act under such a copula this many days before the report is recalled
RECALLED_MONTHS = 2  # … and a month-dated one this many months back (الشهر الماضي itself is read from the words)


def _opening_copula(tokens: Sequence[Token]) -> int | None:
    """The past copula opening the sentence (وكانت، وكان), if any."""
    return next((j for j in range(min(len(tokens), COPULA_OPENING)) if _bare_word(tokens[j]) in PAST_COPULAS), None)


def _earlier_month(c: Coded, published: Date) -> bool:
    """Whether the act's own date lies well before the report's: three weeks for a day, two months for a month."""
    d = c.date
    if d is None or d.relation != "on" or not d.value or len(d.value) < 7 or not d.value[:4].isdigit() \
            or not d.value[5:7].isdigit():
        return False
    year, month = int(d.value[:4]), int(d.value[5:7])
    if len(d.value) >= 10 and d.value[8:10].isdigit() and 1 <= month <= 12:
        try:
            return (published - Date(year, month, int(d.value[8:10]))).days >= RECALLED_DAYS
        except ValueError:
            return False
    # a month-precision value may stand for "last week" across a month's end: only two months back is sure
    return published.year * 12 + published.month - (year * 12 + month) >= RECALLED_MONTHS


def _copula_dated(tokens: Sequence[Token], c: Coded, published: Date, explain: list[str] | None) -> bool:
    """"وكانت قوات النظام وحزب الله بدآ مطلع الشهر الماضي هجوماً"، "وكان التفجير الثالث في الكويت يوم 26 يونيو":
    an act named by a noun in the clause of a past copula opening the sentence, dated to an earlier month, recalls
    background.  :func:`_pluperfect` leaves a noun alone (after كان it may be the copula's subject); the earlier
    month settles it.  A sentence naming yesterday or a weekday recalls an act of the last days, which is still news."""
    if not c.noun:
        return False  # a verb after the copula is :func:`_pluperfect`'s («وكانت «حركة الشباب» قد هددت» stays a record)
    k = _opening_copula(tokens)
    if k is None or c.first <= k or _clause_names_recent_day(tokens, 0, len(tokens) - 1) \
            or any(tokens[j].norm in CLAUSE_PUNCT for j in range(k + 1, c.first)):
        return False  # past a comma the act may be a later clause's own (…، رداً على هجوم اتهمت واشنطن)
    if not (_earlier_month(c, published)
            or any((tokens[j].norm, tokens[j + 1].norm) in LAST_MONTH for j in range(k + 1, len(tokens) - 1))):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: under «{tokens[k].text}» opening the sentence, dated an earlier month: "
                       "background")
    return True


ADVERBIAL_HEADS = _words("في", "وفي", "خلال", "وخلال")


def _opening_adverbial(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Whether token ``k`` lies in the adverbial phrases opening the sentence before the act, each headed by
    في/خلال and closed by a comma ("وفي أولى ليالي رمضان، في 28 يونيو 2014، قامت الجماعة …"): their date
    dates the whole sentence, however far from its head."""
    start = 0
    while start < first and _has_any(tokens[start], ADVERBIAL_HEADS):
        comma = next((j for j in range(start + 1, first) if tokens[j].norm in ("،", ",")), None)
        if comma is None:
            return False
        if start <= k < comma:
            return True
        start = comma + 1
    return False


def _copula_relative(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"وكانت رواندا من بين الدول التي دعت لتأجيل الانتخابات": under a past copula opening the sentence, a
    past verb right after a relative pronoun, in the same clause, recalls what a party had done: background.
    A clause naming yesterday or a weekday is still news."""
    verb = tokens[c.first].norm
    present = verb[:1] in ("ي", "ت", "ن") and not any(verb.startswith(stem) for stem in c.pattern.past_stems)
    if c.noun or c.first < 2 or _bare_word(tokens[c.first - 1]) not in RELATIVES or tokens[c.first].prefix \
            or present:
        return False  # a present verb after a relative describes a standing state (التي تطالب)
    k = _opening_copula(tokens)
    if k is None or any(tokens[j].norm in CLAUSE_PUNCT or tokens[j].norm in BOUNDARY_PUNCT
                        for j in range(k + 1, c.first)):
        return False
    if _clause_names_recent_day(tokens, k, _clause_bounds(tokens, c.first, c.last)[1]):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: a relative clause under «{tokens[k].text}» opening the sentence: background")
    return True


CONJUNCT_COPULA_REACH = 16
HABIT_VERB_REACH = 4  # "كان الوزير الإيراني ينتقد": the copula's subject stands before the present verb
MONTHS_IN_YA = _words("يناير", "يونيو", "يوليو", "يونيه", "يوليه")  # "وكان المدير قد رحب في بداية الحفل بالوزير وبارك له": the copula's clause


def _copula_conjunct(tokens: Sequence[Token], c: Coded) -> bool:
    """A finite verb joined by و in the clause of a past copula that governs an earlier verb — "وكان المدير قد رحب
    … وبارك له"، "كان ينتقده ويطلب القرب منه" — shares that past perfect or past habit: background, as the
    first verb is (§8).  A clause naming yesterday or a weekday is still news; a copula after إذا is a condition."""
    if c.noun or c.first != c.last or not _joined_by_wa(tokens[c.first]):
        return False
    lo = c.first  # the clause, past quote marks around a name (كان ينتقد «فرعون» ويحبه)
    while lo > 0 and tokens[lo - 1].norm not in CLAUSE_PUNCT and tokens[lo - 1].norm not in (":", "؛", ";"):
        lo -= 1
    k = _past_copula_before(tokens, c.first, lo, CONJUNCT_COPULA_REACH)
    if k is None:
        return False
    perfect = any(tokens[j].norm == "قد" for j in range(k + 1, c.first))
    habit = any(_imperfect_like(tokens[j], j == k + 1) for j in range(k + 1, min(c.first, k + 1 + HABIT_VERB_REACH)))
    return (perfect or habit) and not _clause_names_recent_day(tokens, lo, c.last)


def _imperfect_like(tok: Token, right_after: bool) -> bool:
    """A present verb after a past copula (كانت تطالب، كان الوزير ينتقد): a past habit.  Right after the copula
    ت- or ي- will do; past its subject only ي- (many nouns start with ت: تعزيزات), not a month (يناير)."""
    if tok.prefix or len(tok.norm) < 4 or tok.norm in MONTHS_IN_YA:
        return False
    return tok.norm[:1] == "ي" or (right_after and tok.norm[:1] == "ت")
