"""Other senses: words that read as an act but are none (a rank held, a routine of an office, a crime, a
compound's second noun, a price, a figure of speech).  Section numbers refer to the rule list in
:mod:`hadath.events.coder`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from hadath.events.backstop import is_backstop
from hadath.events.grammar import (
    _MARKS,
    AFFILIATION_WORDS,
    BOUNDARY_PUNCT,
    CASUALTY_PATTERNS,
    CHAIR_WORDS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    FORCE_TYPES,
    NAME_QUOTES,
    NAMED_SKIP_MAX,
    ORDER_VERBS,
    PAREN_OPENERS,
    PREPOSITIONS,
    RELATIVES,
    SENTENCE_STOPS,
    _aside_end,
    _bare_word,
    _clause_bounds,
    _country,
    _has_any,
    _negating_ma,
    _object_pronoun,
    _phrase_at,
    _words,
)
from hadath.events.lexicon import Pattern, PhraseIndex
from hadath.events.numbers import parse_number
from hadath.events.records import Arg, Coded
from hadath.events.roles import state_country
from hadath.model import ActorMention, Token
from hadath.text.normalize import TANWEEN_FATH, normalize

DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هولاء", "اولييك"})
MEETING_WORDS = _words("اجتماع", "مؤتمر", "قمة", "محادثات", "مفاوضات", "اجتماعات", "لقاء", "منتدى")  # (normalized: مؤتمر is
# «موتمر» since the hamza on و is folded, round 114)
POSSESSIVES = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما"})
# Heads of a compound whose genitive is a trigger noun naming a kind of thing, place or outcome, not an
# act told: مركز الاعتقال، كاسحات ألغام، قانون حظر، قوات الطوارئ، نتائج المفاوضات، مسودة اتفاق.
COMPOUND_HEADS = _words("خطوط", "خط", "رقم", "أرقام",  # «خطوط هاتف»: phone lines
                        "مركز", "مراكز", "معسكر", "معسكرات", "مستودع", "مستودعات", "مخزن", "مخازن", "قانون",
                        "قوانين", "مشروع", "مسودة", "لائحة", "قائمة", "قوائم", "كاسحة", "كاسحات", "برنامج",
                        "برامج", "نتائج", "نتيجة", "نتاج", "مخرجات", "ملف", "فشل", "تعثر", "إفشال",
                        "قوات", "وحدات", "وحدة", "فرق", "فرقة", "أجهزة", "معدات", "أدوات", "مدرسة", "كلية",
                        "أكاديمية", "معهد", "قاعدة", "خبراء", "خبير", "ضباط", "متحف", "معرض", "صفقة", "صفقات")
# Words a finite verb never follows: a verb-looking word after them is a verbal noun (مثل قتل، بعد دعم).
NOUN_GOVERNORS = _words("مثل", "بمثل", "خلال", "أثناء", "عقب", "إثر", "جراء", "بسبب", "ضمن", "عبر", "رغم", "بعد",
                        "قبيل", "إطار", "أجل", "سبيل", "بشأن", "حيال", "إزاء")
# Places a local official visits or inspects: with no party visited, such a visit is domestic routine.
INSTITUTIONS = _words("مستشفى", "مستشفيات", "مدرسة", "مدارس", "جامعة", "كلية", "مقر", "مبنى", "مشروع",
                      "مشاريع", "مصنع", "معرض", "مستودع", "مركز", "مراكز", "إدارة", "محطة", "مستوصف",
                      "جناح", "ورشة", "مختبر", "مزرعة", "سوق", "مطار", "ميناء", "منفذ", "موقع", "مواقع")
INSPECTION_WORDS = _words("تفقدية", "تفقدي", "تفقدا", "تفقد", "تفقدها", "تفقده", "ميدانية")
# Seminars, workshops and forums: what they "discuss" is a programme, not a consultation between parties.
SEMINAR_WORDS = _words("ورشة", "ورش", "ندوة", "ندوات", "ملتقى", "الملتقى", "محاضرة", "حلقة نقاش",
                       "دورة تدريبية", "الدورة", "تحت عنوان", "بعنوان", "منتدى")
# A legal time limit (مهلة للاستئناف) is procedure, not an ultimatum.
APPEAL_WORDS = _words("للاستئناف", "الاستئناف", "استئناف", "للطعن", "الطعن", "للتظلم", "للاعتراض")
# A pledge to keep fighting (تعهد بمواصلة الزحف) is no agreement to cooperate.
PLEDGE_PATTERNS = frozenset({"agree.promise", "agree.ready"})  # pledges and readiness, not consent (وافق على)
FIGHT_WORDS = _words("الزحف", "زحف", "القتال", "قتال", "الحرب", "المعركة", "المعارك", "الحسم", "القضاء",
                     "سحق", "الثأر", "الانتقام", "تحرير", "التحرير", "ملاحقة", "محاربة", "مقاومة", "الجهاد",
                     "قصف", "ضرب", "مهاجمة", "استهداف", "هجوم", "الهجوم", "اجتياح", "اقتحام", "ضربات", "ضربة",
                     "غارات", "غارة", "بضربات", "بغارات")
VERB_NEGATORS = _words("لم", "لن", "ولم", "ولن", "فلم", "فلن")
CELEBRATION_WORDS = _words("تحتفل", "يحتفل", "احتفلت", "احتفل", "احتفالات", "احتفالا", "احتفالاً", "الاحتفالات",
                           "احتفالية", "بالعيد", "العيد الوطني", "مهرجان", "كرنفال",
                           # round 22: «خرجت جموع … للتعبير عن فرحتها بالنصر»، «أطلق جنوده النار ابتهاجا»
                           "فرحتها", "فرحتهم", "فرحته", "فرحة", "ابتهاجا", "ابتهاج", "الزغاريد")
# round 30: removing what was planted (نزع الألغام، استخراج العبوات، تفكيك المتفجرات) is the opposite of an attack
DEMINING_WORDS = _words("نزع", "إزالة", "ازالة", "استخراج", "تفكيك", "تطهير", "انتزاع", "كسح")
AS_IF_WORDS = _words("بمثابة", "بمثابه")
AS_THAT_WORDS = _words("أنه", "أنها")


def _as_if(tokens: Sequence[Token], first: int) -> bool:
    """Round 33: something else seen "as" an act (ينظر إلى التخفيض على أنه ضربة، بمثابة إعلان حرب): a comparison.  «بأنه»
    (وصف الحادث بأنه هجوم إرهابي) names an act that happened, so only «على أنه» and «بمثابة» count."""
    if first == 0:
        return False
    if _has_any(tokens[first - 1], AS_IF_WORDS):
        return True
    return first > 1 and _has_any(tokens[first - 1], AS_THAT_WORDS) and tokens[first - 2].norm == "علي"
NAMING_WORDS = _words("تسميته", "تسميتها", "تسميتهما")  # round 30: a newborn named, from the social pages
PROOF_WORDS = _words("واقية", "الواقية", "واق", "الواقي", "مضادة", "المضادة", "مضاد", "المضاد")  # round 30
CELEBRATION_REACH = 3  # words after a shooting that say it was for joy (أطلق جنوده النار ابتهاجا)
POSTPONED_WORDS = _words("نظر", "جلسة", "الجلسة", "موعد", "النطق", "محاكمة", "المحاكمة", "التصويت", "الاجتماع",
                         "اجتماع", "زيارة", "زيارته", "زيارتها", "الانتخابات", "البت", "مناقشة", "القمة", "المباراة",
                         # round 15: «أجلت طالبان عملية المفاوضات»
                         "عملية", "العملية", "المفاوضات", "مفاوضات", "المحادثات", "محادثات", "الحوار", "المؤتمر",
                         "مؤتمر", "الاستفتاء", "الإعلان", "إعلان", "التوقيع", "توقيع", "تنفيذ", "القرار", "الموعد",
                         "انتخابات", "الزيارة", "اجتماعات", "جلسات", "الحفل", "حفل", "الامتحانات", "الدراسة")
RUMOUR_WORDS = _words("صحة", "تردد", "يتردد", "الشائعات", "شائعات", "الإشاعات", "إشاعات", "شائعة", "الأنباء", "أنباء")
CRIME_WORDS = _words("المخدرات", "مخدرات", "المخدرة", "عصابة", "عصابات", "سرقة", "السرقة", "احتيال", "الاحتيال",
                     "المافيا", "مافيا", "كارتل", "الكارتل",
                     "التهرب الضريبي", "التهرب", "سطو", "تزوير", "التزوير", "السطو", "الغش", "رشوة", "الرشوة",
                     "تسرق", "يسرق", "سرقات", "المسروقة", "مسروقة", "المسروقات")
STAB_WORDS = _words("طعنا", "طعناً", "طعنًا", "بسكين", "بالسكين", "سكين", "طعنه", "طعنها", "طعنات")
MURDER_HEADS = _words("جريمة", "الجريمة", "جرائم", "بجريمة", "جناية", "بجناية")
KIN_WORDS = _words("والده", "والدته", "زوجته", "زوجها", "شقيقه", "شقيقته", "ابنه", "ابنته", "أخاه", "أخيه", "أباه",
                   "طفله", "طفلها", "ابنها", "ابنتها", "والدها", "والدتها", "شقيقها", "جاره", "جارته", "جيرانه",
                   "جارها", "صديقه", "زميله", "طليقته", "خطيبته")
ROBBERY_WORDS = _words("سلب", "وسلب", "سلبه", "سلبوا", "صرافة", "للصرافة", "سطو", "السطو", "سرقة", "السرقة",
                       "المافيا", "مافيا", "كارتل")
# a quarrel (شجار على حدود أرض، مشاجرة بين عائلتين): a killing in it by nobody political is a criminal case
QUARREL_WORDS = _words("شجار", "الشجار", "مشاجرة", "المشاجرة", "مشادة", "عراك", "خلاف عائلي", "ثأر", "الثأر")
ENDANGERED = _words("قدرة", "قدرته", "قدرتها", "قدرات", "أمن", "الأمن", "استقرار", "الاستقرار", "حياة", "حياته", "حياتها",
                    "مستقبل", "مستقبله", "مستقبلها", "مصير", "سلامة", "وحدة", "السلم", "السلام", "بقاء", "مصالح",
                    "الاقتصاد", "اقتصاد", "صحة", "جهود", "العملية", "مسار", "الأمن القومي", "وجود", "بانهيار")
# Crowds storming or attacking a building (اقتحم محتجون البرلمان، هاجم متظاهرون مقر الحزب) riot; they do not assault.
PROTESTER_WORDS = _words("محتجون", "محتجين", "المحتجون", "المحتجين", "متظاهرون", "متظاهرين", "المتظاهرون",
                         "المتظاهرين", "أنصار", "مناصرو", "مناصري", "محتجو", "متظاهرو", "غاضبون", "حشود", "الحشود")
# Heads of organisation names: "منظمة شنغهاي للتعاون"، "منظمة التعاون الإسلامي" name a body, not an act.
ORG_HEADS = _words("منظمة", "منظمات", "مجلس", "هيئة", "مؤسسة", "صندوق", "وكالة", "معهد", "منتدى", "رابطة", "جمعية")
# heads of a body or campaign whose name follows in quotes (ائتلاف «دعم صندوق تحيا مصر»، حملة «الرقة تذبح بصمت»)
# (indefinite, in construct with the name: «إن الحزب "لن يقف …"» is the party's own words)
QUOTED_NAME_HEADS = ORG_HEADS | _words("ائتلاف", "حملة", "تحالف", "حركة", "جبهة", "حزب", "تيار", "مبادرة", "جماعة",
                                       "كتلة", "قائمة")
# Heads of a body's name whose purpose comes after a patron's name or an adjective (مركز الملك سلمان للإغاثة،
# اللجنة العليا للإغاثة): only a ل-noun after them is the name's purpose, «لجنة تحقيق» stays an act
NAMED_BODY_HEADS = ORG_HEADS | _words("مركز", "لجنة", "اللجنة", "المركز", "المنظمة", "الهيئة", "المؤسسة",
                                      "الجمعية", "الوكالة", "الصندوق")
# Nouns a side admits to (اعترف بهزائم جماعته، يعترف بخطئه): an admission, no recognition or support
ADMITTED_LOSSES = _words("هزيمة", "الهزيمة", "هزائم", "الهزائم", "هزيمته", "هزيمتها", "هزيمتهم", "خسارة",
                         "الخسارة", "خسائر", "الخسائر", "خسارته", "خسارتها", "فشل", "الفشل", "فشله", "فشلها",
                         "خطأ", "الخطأ", "خطئه", "خطئها", "أخطاء", "الأخطاء", "تقصير", "التقصير", "تقصيره",
                         "انكسار", "تراجع", "التراجع", "انسحاب", "الانسحاب")
# A withdrawal from a political process (انسحاب تياره من العملية السياسية) is no retreat of forces.
POLITICAL_PROCESS = _words("العملية السياسية", "الانتخابات", "السباق", "الحكومة", "الائتلاف", "البرلمان",
                           "الترشح", "الحوار الوطني", "الانتخابية", "البرلمانية", "الرئاسية")
# A domestic body's own business: its approval of a bill or a budget, its chair's meeting of the cabinet.
DOMESTIC_BUSINESS = _words("تنظيم", "اعتماد", "إنشاء", "تشكيل", "مشروع قانون", "قانون", "الموازنة", "موازنة", "الميزانية", "ميزانية", "مرسوم", "مراسيم",
                           "لائحة", "مشروع", "مشاريع", "خطة", "التعديلات", "تعديل", "تعديلات", "الحساب الختامي",
                           "تعيين", "تعيينات")
CABINET_WORDS = _words("مجلس", "الوزراء", "للحكومة", "الحكومة", "للجنة", "اللجنة", "الوزاري",
                       "الوزارية", "لمجلس المحافظين", "الدوري", "الأسبوعي", "الأسبوعية", "الدورية")
COMMITTEE_WORDS = _words("للجنة", "اللجنة", "لجنة", "للجان", "اللجان")
SESSION_WORDS = _words("جلسته", "جلستها", "جلسة", "الجلسة", "جلساته", "جلساتها", "دورته", "دورتها")
CHAIR_VERBS = _words("ترأس", "ترأست", "يترأس", "تترأس", "رأس", "ترؤس", "برئاسة")
# the finite verbs: "ترأس رئيس الوزراء الباكستاني في إسلام آباد اجتماعاً" puts subject and place between
CHAIR_FINITE = _words("ترأس", "ترأست", "يترأس", "تترأس")
VERBAL_WINDOW = 5  # words of speech this close after a force word make it a verbal attack


def _political_withdrawal(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"أعلن انسحاب تياره من العملية السياسية"، "انسحب من السباق الرئاسي": leaving a political process, not
    pulling forces back."""
    if c.etype not in ("RETREAT", "CONCEDE") or c.mode != "withdraw" and c.cameo != "0874":
        return False
    frm = next((k for k in range(c.last + 1, min(len(tokens), c.last + 5)) if tokens[k].norm == "من"), None)
    if frm is None:
        return False
    nxt = tokens[frm + 1: frm + 3]
    pair = " ".join(t.norm for t in nxt)
    hit = any(_has_any(t, POLITICAL_PROCESS) for t in nxt) or pair in POLITICAL_PROCESS
    if hit and explain is not None:
        explain.append(f"{c.pattern.id}: a withdrawal from a political process, not of forces")
    return hit


def _crowd_act(tokens: Sequence[Token], c: Coded) -> bool:
    """Protesters or supporters as the subject of a storming or an attack: right after the trigger (VSO,
    the genitive of a noun: اقتحام محتجين، also counted: اقتحم مئات من أنصار) or just before it (SVO)."""
    near = list(range(c.last + 1, min(len(tokens), c.last + 5))) + list(range(max(0, c.first - 3), c.first))
    return any(_has_any(tokens[k], PROTESTER_WORDS) for k in near)


def _rumour_denial(tokens: Sequence[Token], c: Coded) -> bool:
    """"نفى … صحة الأنباء عن تسريب الأسئلة": with no coded act denied in the sentence, a denial of news,
    rumours or what was said (or by a company) is no political event (GUIDELINES: 016 goes with the
    denied act)."""
    if c.source and all(m.sector in ("BUS", "CVL") for m in c.source):
        return True
    return any(_has_any(t, RUMOUR_WORDS) for t in tokens[c.last + 1: c.last + 7])


def _verbal_force(c: Coded, cues: dict[str, list[tuple[int, int]]], explain: list[str] | None) -> bool:
    """A force word whose next words are words of speech (شن هجوماً حاداً، قصفت … بوابل من الانتقادات)
    is a verbal attack told as a metaphor, not an assault."""
    if c.etype != "ASSAULT" or not any(c.last < first <= c.last + VERBAL_WINDOW for first, _ in cues["verbal"]):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: followed by words of speech: a verbal attack, not an assault")
    return True


def _compound_head(tok: Token) -> bool:
    """An indefinite head noun (مركز، كاسحات، قانون) whose genitive is the trigger: the trigger names a kind
    of place, thing or outcome (مركز الاعتقال), not an act.  A definite word is no compound head."""
    if not tok.is_word or tok.norm.lstrip("وفبل").startswith("ال"):
        return False
    return _has_any(tok, COMPOUND_HEADS)


def _participle_of_state(tokens: Sequence[Token], k: int, form: str, p: Pattern) -> bool:
    """A participle listed as a trigger form (متهما إياه: accusing) names people instead when it carries the
    article (المتهمين: the accused), is counted (ثلاثة متهمين) or is followed by the charge (متهمين بتشكيل)."""
    tok = tokens[k]
    if not form.startswith("م") or form in p.verb_forms or form in p.noun_forms or not tok.norm.endswith(form):
        return False
    if "ال" in tok.norm[: len(tok.norm) - len(form)]:
        return True
    if k > 0 and (parse_number(tokens, k - 1) or (None, -1))[1] == k:
        return True  # "ثلاثة متهمين": counted, they are people (the accused), not someone accusing
    if k > 0 and tokens[k - 1].norm in ("،", ",") and p.cameo[:2] == "11":
        return False  # "…، متهماً بيونغ يانغ بانتهاك": a circumstantial participle after a comma accuses
    nxt = next((t for t in tokens[k + 1: k + 3] if t.is_word), None)
    return nxt is not None and nxt.prefix.lstrip("وف").startswith("ب")


FIRM_WORDS = _words("شركة", "شركه", "الشركة", "شركات", "مجموعة")
TAKEOVER_WORDS = _words("استحواذ", "الاستحواذ", "اندماج", "الاندماج", "حصة", "أسهم", "الأسهم", "شراء", "بيع")
VACCINATION_WORDS = _words("تلقيح", "للتلقيح", "التلقيح", "تطعيم", "للتطعيم", "التطعيم", "لقاح", "اللقاح", "اللقاحات")
ROUTINE_HOSTS = frozenset({"EDU", "HLH", "BUS", "MED"})
# round 22: the object of a killing is animals (the names that are also people's, أسد، نمر، جمال، left out)
ANIMAL_WORDS = _words("حوت", "حوتا", "حيتان", "الحيتان", "كلب", "كلبا", "كلاب", "الكلاب", "قطط", "القطط", "طيور",
                      "الطيور", "أسماك", "الأسماك", "أغنام", "الأغنام", "ماشية", "الماشية", "المواشي", "مواشي",
                      "أبقار", "الأبقار", "خيول", "الخيول", "حيوانات", "الحيوانات", "حيوانا", "دببة", "ذئاب",
                      "ذئبا", "تماسيح", "دلافين", "الدلافين", "غزلان", "الغزلان", "أفيال", "الأفيال", "فيلة",
                      "قرود", "القرود", "جراد", "الجراد", "ضبان", "الضبان", "زواحف", "الزواحف")
ANIMAL_REACH = 4  # words after the trigger: its object, past a number and «نحو» (قتلوا نحو 250 حوتا)  # a state's own institutions an official tours or receives


# round 148: the staff an official exhorts (وحث المدير الموظفين على …): the office's routine, no political appeal
# (not workers of a sector, teachers or students, whom a government or a union calls on: ناشدت الحكومة العاملين في
# القطاع الصحي العودة)
STAFF_WORDS = _words("الموظفين", "موظفي", "منسوبي", "المفتشين", "الضباط", "مديري", "الموظفات", "منسوبات")
ADDRESSEE_REACH = 10  # words from the appeal's verb to its addressee, past the speaker's title and name
ADDRESSEE_STOPS = _words("إلى", "الى", "على", "علي", "،", ",", ".")


def _staff_addressed(tokens: Sequence[Token], c: Coded) -> bool:
    """Round 148: an appeal addressed to staff or officers — the first of them named after the verb, before what is
    asked (إلى / على …), with no preposition of its own (not «برفع رواتب الموظفين»)."""
    for k in range(c.last + 1, min(len(tokens), c.last + 1 + ADDRESSEE_REACH)):
        tok = tokens[k]
        if tok.norm in ADDRESSEE_STOPS or tok.norm.lstrip("وف")[:1] in ("ب", "ل"):
            return False  # (also a short word the tokenizer leaves whole: «برفع»; and, failing safe, a name in ب/ل)
        if _has_any(tok, STAFF_WORDS):
            return True
    return False


def _routine(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """Domestic routine told with political words (GUIDELINES §4): an inspection visit (زيارة تفقدية), a
    visit to an institution (مستشفى، مدرسة، مقر) among one country's own officials, a seminar or
    workshop that "discusses" its programme, a legal time limit (مهلة للاستئناف), a pledge to keep fighting,
    and the routine of a host or an office found on real news (:func:`_office_routine`)."""
    why = None
    near = tokens[c.last + 1: c.last + 7]
    if c.etype in ("CONSULT", "AGREE") and c.source and len({state_country(m) for m in c.source + c.target}) == 1 \
            and all(state_country(m) for m in c.source + c.target) \
            and any(_has_any(t, SESSION_WORDS) for t in near):
        why = "a session of a country's own assembly or council"
    elif c.pattern.id.startswith("consult.") and not c.target and c.noun and _own_meeting(tokens[c.first]) and len(
            {_country(m) for m in c.source} - {None}) <= 1 and all(state_country(m) for m in c.source):
        why = "a government body's own meeting (مجلس الحكومة … في اجتماعه)"
    elif c.etype == "CONSULT":
        countries = {_country(m) for m in c.source + c.target} - {None}
        at_home = c.location is None or c.location.country in countries
        if not c.target and any(_has_any(t, INSPECTION_WORDS) for t in tokens[c.last + 1: c.last + 3]):
            why = "an inspection visit"
        elif c.mode == "visit" and len(countries) <= 1 and at_home and any(
                _institution(t) for t in tokens[c.last + 1: c.last + 11]):  # past the visitor's long title
            why = "a visit to an institution among one country's own officials"
        elif not c.target and any(_has_any(t, SEMINAR_WORDS) for t in tokens):
            why = "a seminar or workshop"
        elif c.mode == "visit" and not c.target and c.location is not None and c.location.country in countries:
            why = "an official touring a place of his own country: nobody visited"
        elif c.target and len(countries) <= 1 and all(m.sector == "CVL" for m in c.target):
            why = "an official meeting residents or citizens of his own country"
        elif c.target and len(countries) <= 1 and all(m.sector in ROUTINE_HOSTS for m in c.target):
            why = "an official meeting or visiting his own country's schools, hospitals, firms or media"
        elif len(countries) <= 1 and (any(_has_any(t, CHAIR_VERBS) for t in tokens[max(0, c.first - 6):c.first])
                                      or any(_has_any(t, CHAIR_FINITE) for t in tokens[max(0, c.first - 9):c.first])) \
                and any(_has_any(t, CABINET_WORDS) for t in tokens[c.last + 1: c.last + 4]):
            why = "a meeting of a government's own cabinet or committee"
        elif c.noun and not c.target and len(countries) <= 1 and c.source and all(state_country(m) for m in c.source) \
                and any(_has_any(t, COMMITTEE_WORDS) for t in tokens[c.last + 1: c.last + 4]):
            # round 29: "عقد … محافظ جدة رئيس اللجنة العليا لمعرض الكتاب … الاجتماع الأول للجنة"
            why = "a meeting of a country's own committee, with no one from outside"
    elif c.etype in ("AGREE", "COOPERATE") and any(_has_any(t, FIRM_WORDS) for t in tokens) and any(
            _has_any(t, TAKEOVER_WORDS) for t in tokens):
        why = "firms agreeing on a takeover, merger or stake: economy"
    elif c.cameo[:2] == "02" and _staff_addressed(tokens, c):
        why = "an official urging his own staff (حث الموظفين على بذل المزيد من الجهد)"
    elif c.etype == "ASSAULT" and c.pattern.id in ("assault.attack", "assault.targeting") and any(
            _has_any(t, VACCINATION_WORDS) for t in tokens):
        why = "a vaccination or health campaign 'targeting' people"
    elif c.etype == "ASSAULT" and any(_has_any(t, ANIMAL_WORDS) for t in tokens[c.last + 1: c.last + 1 + ANIMAL_REACH]):
        why = "animals killed or hunted (قتلوا نحو 250 حوتا), no people"
    elif c.etype == "ASSAULT" and c.noun and any(_has_any(t, DEMINING_WORDS) for t in tokens[max(0, c.first - 3):c.first]):
        why = "mines cleared (قام الجيش باستخراج مئات الألغام), no attack"
    elif c.etype == "ASSAULT" and c.noun and any(_has_any(t, PROOF_WORDS) for t in tokens[max(0, c.first - 2):c.first]):
        why = "protection against the weapon (سترات واقية من الرصاص), no attack"
    elif c.etype == "ASSAULT" and c.noun and _as_if(tokens, c.first):
        why = "a blow as a metaphor (ينظر إلى التخفيض على أنه ضربة للمجلس العسكري)"
    elif c.etype == "AGREE" and any(_has_any(t, NAMING_WORDS) for t in tokens[c.last + 1: c.last + 5]):
        why = "parents agreeing on a newborn's name (اتفق وحرمه على تسميته)"
    elif c.etype == "ASSAULT" and c.mode == "firearms" and any(
            _has_any(t, CELEBRATION_WORDS) for t in tokens[c.last + 1: c.last + 2 + CELEBRATION_REACH]):
        why = "shots fired for joy (أطلقوا النار ابتهاجا), at nobody"
    elif c.etype == "PROTEST" and c.mode in (None, "demo") and any(_has_any(t, CELEBRATION_WORDS) for t in tokens):
        why = "marches of a celebration (العيد الوطني، احتفالات)"
    elif c.etype in ("COERCE", "SANCTION", "ASSAULT") and _common_crime(tokens, c):
        why = "common crime (a drug gang, fraud, a family murder) with no political party"
    elif c.pattern.id == "aid.evacuate" and not c.noun and (any(
            _has_any(t, POSTPONED_WORDS) for t in tokens[c.last + 1: c.last + 7])
            or any(m.sector == "JUD" for m in c.source)  # a court postpones («أجلت محكمة جنايات القاهرة …»)
            or _postponed_subject(tokens, c.first)):  # round 30: «إن زيارة وزير الخارجية الإيراني لتركيا أُجلت»
        why = "a postponement (أجّلت المحكمة نظر القضية), not an evacuation"
    elif c.etype == "AGREE" and c.pattern.id == "agree.consent" and len(
            {_country(m) for m in c.source + c.target} - {None}) <= 1 and _domestic_business(tokens, c):
        why = "a government body approving a bill, a budget or an appointment"
    elif c.etype == "THREATEN" and any(_has_any(t, APPEAL_WORDS) for t in near):
        why = "a legal time limit"
    elif c.etype == "AGREE" and c.pattern.id in PLEDGE_PATTERNS and any(
            _has_any(t, FIGHT_WORDS) for t in tokens[c.last + 1: c.last + 7]):
        why = "a pledge to keep fighting"
    if why is None:
        why = _office_routine(tokens, c)
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}: domestic routine or procedure, not a political event")
    return why is not None


DRAFT_WORDS = _words("مشروع", "مشروعا", "مسودة", "مسوده")
DRAFT_REACH = 6  # words between "مشروع قرار" and the verb of its text (مشروع قرار غربياً في مجلس الأمن يطالب)


def _draft_text(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """What a draft calls for (مشروع قرار … يدعو إلى هدنة) is its text, not anyone's appeal: voted down or
    not yet voted, it is nobody's act (the vote, a veto, is the event)."""
    if c.cameo[:2] != "02" or c.noun:
        return False
    k = next((j for j in range(c.first - 1, max(-1, c.first - 1 - DRAFT_REACH), -1)
              if tokens[j].norm in CLAUSE_PUNCT or _has_any(tokens[j], DRAFT_WORDS)), None)
    if k is None or tokens[k].norm in CLAUSE_PUNCT:
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: the text of a draft («{tokens[k].text}»), nobody's appeal")
    return True


def _common_crime(tokens: Sequence[Token], c: Coded) -> bool:
    """Police and courts dealing with ordinary crime (عصابة مخدرات، التهرب الضريبي، قتل والده، جريمة قتل),
    and a stabbing or murder case by nobody named: no target beyond criminals, businessmen or unnamed
    people, and a crime word in the sentence."""
    if any(m.sector not in ("CRM", "BUS", "CVL") and (m.sector or m.actor_code) for m in c.target):
        return False  # (a target with no code at all is an unnamed person)
    if c.cameo in ("1723", "1724") and any(m.sector == "GOV" for m in c.source):
        return False  # a government's curfew or state of emergency is a political act, whatever crime caused it
    if c.etype == "ASSAULT":
        if any(_has_any(t, KIN_WORDS) for t in tokens[c.last + 1: c.last + 3]):
            return True
        # a murder case (طعناً، جريمة قتل) with no political or armed party named as the killer
        # the killing named by "جريمة قتل" is the case the police or a court deal with; an armed party or
        # settlers committing "جريمة قتل" stay an assault
        named_case = c.first > 0 and _has_any(tokens[c.first - 1], MURDER_HEADS) and all(
            m.sector in ("CRM", "COP", "JUD") for m in c.source)
        if all(m.sector in ("CRM", "CVL") for m in c.source) and any(
                _has_any(t, QUARREL_WORDS) or _has_any(t, CRIME_WORDS) for t in tokens):
            return True  # a quarrel, a robbery, a gang: a criminal case when nobody political is named
        if all(m.sector in ("CRM", "CVL", "UAF") for m in c.source) and any(_has_any(t, ROBBERY_WORDS) for t in tokens):
            return True  # "أطلق مسلح النار على صاحب محل للصرافة وسلب منه": a gunman's robbery
        return named_case or (all(m.sector == "CRM" for m in c.source) and _murder_case(tokens))
    return any(_has_any(t, CRIME_WORDS) for t in tokens) or _murder_case(tokens)


def _murder_case(tokens: Sequence[Token]) -> bool:
    """The words of a criminal case of killing: a stabbing, or "جريمة قتل" (a murder case), but not the
    "جريمة" of a terrorist or political crime."""
    return any(_has_any(t, STAB_WORDS) for t in tokens) or any(
        _has_any(t, MURDER_HEADS) and tokens[k + 1].norm in ("قتل", "القتل")
        for k, t in enumerate(tokens[:-1]))


def _own_meeting(tok: Token) -> bool:
    """A meeting noun with a possessive pronoun (اجتماعه، اجتماعها): the body's own meeting."""
    norm = tok.norm
    for suffix in ("ها", "ه"):
        if norm.endswith(suffix) and _has_any_norm(norm[: -len(suffix)], MEETING_WORDS):
            return True
    return False


def _institution(tok: Token) -> bool:
    """An institution noun, also in the indefinite accusative (زار مصنعاً، افتتح مستشفىً)."""
    return _has_any(tok, INSTITUTIONS) or (tok.norm.endswith("ا") and _has_any_norm(tok.norm[:-1], INSTITUTIONS))


def _named_body_purpose(tokens: Sequence[Token], first: int, named: frozenset[int]) -> bool:
    """"مركز الملك سلمان للإغاثة"، "اللجنة العليا للإغاثة": a ل-noun after a body's head and its patron's name (or one
    adjective) names the body's purpose, it reports no act."""
    for k in range(first - 1, max(-1, first - 5), -1):
        if k < first - 1 and _has_any(tokens[k], NAMED_BODY_HEADS):
            return True
        adjective = k == first - 1 and tokens[k].is_word and tokens[k].norm.startswith("ال") \
            and tokens[k].norm.endswith(("ي", "يا", "يه"))  # one nisba or elative: «العليا»، «الوطنية»
        if k not in named and not adjective:
            return False
    return False


def _admits_loss(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether an admission verb (اعترف، يعترف) takes a defeat, loss or fault as its ب-object in its clause."""
    if not tokens[first].norm.lstrip("وف").startswith(("اعترف", "يعترف", "تعترف", "معترف")):
        return False
    for k in range(last + 1, min(len(tokens), last + 12)):
        if tokens[k].norm in (".", "؟", "!", "؛"):
            return False
        if tokens[k].norm.lstrip("وف")[:1] == "ب" and _has_any(tokens[k], ADMITTED_LOSSES):
            return True  # any ب-word of the clause (the split may be missing: «بفشل» keeps no prefix)
    return False


def _has_any_norm(norm: str, words: frozenset[str]) -> bool:
    return norm in words or (norm[:2] == "ال" and norm[2:] in words)


def _domestic_business(tokens: Sequence[Token], c: Coded) -> bool:
    """"وافق مجلس الوزراء على مشروع قانون الموازنة": the object of consent is a bill, budget or decree."""
    on = next((k for k in range(c.last + 1, min(len(tokens), c.last + 10)) if tokens[k].norm == "علي"), c.last)
    after = tokens[on + 1: on + 5]
    for k, t in enumerate(after):
        pair = f"{t.norm} {after[k + 1].norm}" if k + 1 < len(after) else ""
        if _has_any(t, DOMESTIC_BUSINESS) or pair in DOMESTIC_BUSINESS:
            return True
    return False


def _endangers(tokens: Sequence[Token], c: Coded, args: Sequence[Arg], explain: list[str] | None) -> bool:
    """"تهدد قدرتها"، "يهدد أمن المنطقة": a threat verb whose object is a state of affairs endangers it; a
    threat is made against a party (هدد إيران) or with an act (هدد بـ)."""
    if c.etype != "THREATEN" or c.noun or c.last + 1 >= len(tokens):
        return False
    obj = tokens[c.last + 1]
    if not _has_any(obj, ENDANGERED) or any(a.first == c.last + 1 for a in args):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: its object «{obj.text}» is a state of affairs: it endangers, no one threatens")
    return True


# round 177: causes of death that are no one's force (تفشي داء الفيالقة، حادث سير، الفيضانات)
NATURAL_CAUSES = _words("تفشي", "داء", "مرض", "وباء", "فيروس", "الفيروس", "زلزال", "الزلزال", "فيضانات", "الفيضانات",
                        "سيول", "السيول", "غرق", "الغرق", "التسمم", "الحرارة", "سير", "المرور", "مروري")
NATURAL_CAUSE_REACH = 8  # words between the cause and the death it led to, within a sentence


def _natural_death(tokens: Sequence[Token], c: Coded, told: Sequence[Coded], explain: list[str] | None) -> bool:
    """Round 177: deaths a disease, an accident or a flood caused (تفشي داء الفيالقة … وأسفر عن مقتل عشرة أشخاص) are
    no act of force: a death word with no doer named, such a cause a few words before or after it (up to a full stop
    or a semicolon), and no attack told in the sentence."""
    if c.pattern.id not in CASUALTY_PATTERNS or c.source or any(
            o is not c and o.etype == "ASSAULT" and o.pattern.id not in CASUALTY_PATTERNS for o in told):
        return False
    near = [*range(c.first - 1, max(-1, c.first - 1 - NATURAL_CAUSE_REACH), -1),
            *range(c.last + 1, min(len(tokens), c.last + 1 + NATURAL_CAUSE_REACH))]
    for k in near:
        if _has_any(tokens[k], NATURAL_CAUSES) and not any(
                tokens[j].norm in SENTENCE_STOPS for j in range(min(k, c.first), max(k, c.last) + 1)):
            if explain is not None:
                explain.append(f"{c.pattern.id}: a death from «{tokens[k].text}», no one's act of force")
            return True
    return False


def _possessed_noun(tok: Token, form: str) -> bool:
    """``form`` ends in ت and the token adds a pronoun to it: سيطرتهم is سيطرة + هم, not سيطرت + هم."""
    if not form.endswith("ت"):
        return False
    at = tok.norm.rfind(form)
    return at >= 0 and tok.norm[at + len(form):] in POSSESSIVES


def _nominal_use(tok: Token, form: str) -> bool:
    """A verb-looking form that the article or a ل/ب/ك proclitic marks as a verbal noun (القتل، لدعم).  ل before
    an imperfect is a verb of purpose (لتوقف), but ب never takes a verb: بتوقفه is a noun (his stopover); nor does
    ك, so a word read as ك + verb is a noun («كيدهم», their scheming, is not ك + يدهم «they raid»)."""
    if tok.prefix.lstrip("وف") == "ب" and form[:1] in ("ي", "ت", "ن"):
        return True
    if not tok.norm.endswith(form) or tok.norm == form:
        return False
    stripped = tok.norm[: len(tok.norm) - len(form)].lstrip("وف")
    if "ال" in stripped or stripped == "ك":
        return True
    return stripped == "ب" or (stripped in ("ل", "لل") and form[:1] not in ("ي", "ت", "ن"))  # بنصر: a victory


PRAYED_FOR = frozenset({"له", "لها", "لهم", "لهما", "لكم", "لنا"})  # «دعا له بالشفاء»: he prayed for him
ORDER_REACH = 5  # "أمرت النيابة العامة بحبس": the orderer's name may stand between the verb and its ب


def _ordered(tokens: Sequence[Token], first: int) -> bool:
    """A verbal noun with ب after a verb of ordering (أمر بنشر الجيش، سيأمر برفع العقوبات، وجّه بتسيير): the act
    ordered, coded as the orderer's act (as the gold does), not a noun of purpose."""
    if tokens[first].norm.lstrip("وف")[:1] != "ب":
        return False
    for k in range(first - 1, max(-1, first - 1 - ORDER_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if _has_any(tokens[k], ORDER_VERBS) or _has_any(tokens[k], FUTURE_ORDER_VERBS):
            return True
    return False


FUTURE_ORDER_VERBS = _words("سيأمر", "ستأمر", "سيوعز")


def _listed_noun(p: Pattern, form: str) -> bool:
    return form in p.noun_forms


# "حركة الشباب المرتبطة بتنظيم القاعدة": a verb-first subject goes on through the patron it is linked to
SUBJECT_LINKS = AFFILIATION_WORDS | _words("المرتبطة", "المرتبط", "الموالية", "الموالي", "المدعومة", "المدعوم", "المقربة",
                                           "المقرب")


def _window_after(tokens: Sequence[Token], last: int, window: int, named: frozenset[int],
                  dated: frozenset[int] = frozenset()) -> list[int]:
    """Token indexes after ``last`` within ``window`` words: the names right after it (a verb-first
    subject, with its link to a patron or its channel: المرتبطة بتنظيم القاعدة، عبر وكالة أعماق), dates and
    commas are not counted, and an
    aside between commas right after that subject (تبنى تنظيم داعش، في بيان نشرته وكالة أعماق، الهجوم) is
    looked past; names further on are counted (they may be the next clause's)."""
    out: list[int] = []
    budget, skipped = window, 0
    subject = True
    k = last + 1
    while k < len(tokens) and budget > 0:
        close = _aside_end(tokens, k) if subject else None
        if close is not None and skipped + close - k <= NAMED_SKIP_MAX:
            skipped += close - k
            k = close + 1
            continue
        out.append(k)
        free = (subject and (k in named or tokens[k].norm in NAME_QUOTES or (
            k + 1 in named and (tokens[k].norm in SUBJECT_LINKS or tokens[k].norm in PAREN_OPENERS)))) \
            or k in dated or tokens[k].norm in ("،", ",")
        if free and skipped < NAMED_SKIP_MAX:
            skipped += 1
        else:
            budget -= 1
            subject = False
        k += 1
    return out


RECALL_CODE = "161"
RECALL_REACH = 8  # "استدعت سفيرها لدى أديس أبابا للتشاور": the envoy and his post between


def _recall_purpose(tokens: Sequence[Token], c: Coded, events: Sequence[Coded], explain: list[str] | None) -> bool:
    """Section 25: consultation with ل after an envoy's recall in its clause (استدعت سفيرها لدى كندا للتشاور) is the
    recall's purpose, part of that act, no meeting."""
    if c.etype != "CONSULT" or "ل" not in tokens[c.first].prefix:
        return False
    hit = any(o.cameo == RECALL_CODE and o.last < c.first <= o.last + RECALL_REACH and not any(
        tokens[k].norm in CLAUSE_PUNCT for k in range(o.last + 1, c.first)) for o in events)
    if hit and explain is not None:
        explain.append(f"{c.pattern.id}: the purpose of an envoy's recall (للتشاور), part of that act")
    return hit


GENITIVE_HEADS = _words("خلفية", "وقع")  # "على خلفية قصف"، "على وقع قصف": a noun governing a verbal noun


def _governed_noun(tokens: Sequence[Token], first: int, p: Pattern, form: str) -> bool:
    """Section 26: a form the pattern lists both as verb and as noun (قصف، صرف) right after a preposition or a
    governing noun (على خلفية قصف، بعد قصف، على صرف) is the verbal noun: a finite verb never follows them."""
    if first == 0 or not _listed_noun(p, form) or tokens[first].prefix.lstrip("وف"):
        return False
    prev = tokens[first - 1]
    return prev.norm in PREPOSITIONS or _has_any(prev, NOUN_GOVERNORS) or _has_any(prev, GENITIVE_HEADS)


def _needed_near(tokens: Sequence[Token], ks: Sequence[int], words: frozenset[str], phrases: PhraseIndex,
                 ha: frozenset[str] = frozenset(), before: int | None = None) -> bool:
    """Whether a token at one of ``ks`` is a needed word, or opens a needed phrase (§30: «غير مقبول»,
    «القائم بالأعمال»); with ``before``, the phrase must end before that token.  Per-token set test first;
    a word written with ة is no entry written with ه (``ha``: السفيرة is not سفيره, his ambassador)."""
    for k in ks:
        forms = tokens[k].forms or (tokens[k].norm,)
        if not words.isdisjoint(forms) and (not ha or not tokens[k].text.rstrip(_MARKS).endswith("ة")
                                            or not words.difference(ha).isdisjoint(forms)):
            return True
    if not phrases:
        return False
    for k in ks:
        for form in tokens[k].forms or (tokens[k].norm,):
            for phrase in phrases.get(form, ()):
                if (before is None or k + len(phrase) <= before) and _phrase_at(tokens, k, phrase):
                    return True
    return False


RANK_WORDS = _words("الطليعة", "طليعة", "المرتبة", "مرتبة", "المراتب", "مراتب", "المركز", "مركز", "مركزا", "المراكز", "مراكز",
                    "الصدارة", "صدارة", "نصيب", "نصيبا", "حصة", "الترتيب", "ترتيب", "مساحة", "حيزا", "مكانة", "المكانة",
                    "مقاعد", "مقعد", "المقعد", "مقعدا", "منصب", "المنصب", "مناصب", "منصبا",
                    # round 35: "احتلت زيارة أوباما الصفحات الأولى للصحف": the front pages, no land
                    "الصفحات", "صفحات", "الصفحة", "صفحة", "العناوين", "عناوين", "واجهة", "الواجهة")
RANK_REACH = 4  # "تحتل حركة الأراضي نصيب الأسد": the rank noun may follow the verb's subject
EXPRESS_REACH = 10  # عبّر … عن: a long subject (a spokesman of an office) may stand between
CARE_VISITS = _words("المصاب", "مصاب", "المصابين", "مصابين", "الجرحى", "جرحى", "المرضى", "مرضى", "أهل", "أسرة",
                     "الأسرة", "عائلة", "العائلة", "ذوي", "قرية", "القرية", "منزل", "المنزل",
                     # round 36: "فتح المشاعر المقدسة لزيارة المعتمرين": pilgrims and tourists visiting a site
                     "المعتمرين", "معتمرين", "الحجاج", "حجاج", "الزوار", "زوار", "الزائرين", "السياح", "سياح",
                     "المصلين", "الحجيج")
TOP_WORDS_FOR: Mapping[str, frozenset[str]] = MappingProxyType({normalize("قمة"): _words(
    "الهرم", "هرم", "الجبل", "جبل", "القائمة", "قائمة", "أولويات", "اولويات", "الترتيب", "ترتيب", "السلم", "المجد",
    "التألق", "الدوري", "العطاء", "الأداء", "الروعة", "الشجرة", "رأس")})
EXPRESS_VERBS = frozenset(normalize(w) for w in ("عبر", "عبرت", "عبروا", "يعبر", "تعبر", "يعبرون", "عبرا", "عبرتا"))
# "تستهدف الصناديق عائداً"، "يستهدف شريحة الشباب": a target of a market or an audience, not of force
MARKET_TARGETS = _words("عائد", "عائدا", "عوائد", "أرباح", "أرباحا", "نمو", "نموا", "نسبة", "معدل", "شريحة", "فئة",
                        "السوق", "أسواق", "المستثمرين", "العملاء", "المستهلكين", "جمهور", "الجمهور", "مبيعات")
SENSE_TESTS: Mapping[str, frozenset[str]] = MappingProxyType({"coerce.occupy": RANK_WORDS, "consult.visit": CARE_VISITS,
                                                               "assault.attack": MARKET_TARGETS,
                                                               "assault.targeting": MARKET_TARGETS})
# round 35: "مشاريع وخطط تستهدف منظومة النفط": what a plan, a law or a programme "targets" is its aim, not a blow
PLAN_WORDS = _words("خطة", "خطط", "الخطة", "الخطط", "مشروع", "مشاريع", "المشروع", "المشاريع", "برنامج", "برامج",
                    "البرنامج", "البرامج", "استراتيجية", "الاستراتيجية", "مبادرة", "المبادرة", "مبادرات", "قانون",
                    "القانون", "قوانين", "إجراءات", "الإجراءات", "سياسة", "السياسة", "سياسات", "دراسة", "الدراسة")
PLAN_SUBJECT_SENSES = frozenset({"assault.attack"})  # the verb read after such a subject
SENSE_BEFORE: Mapping[str, frozenset[str]] = MappingProxyType({
    "protest.demo": _words("طائرة", "طائرات", "الطائرة", "الطائرات", "طائرتان", "طائرتين"),
    # round 4: "خطر داهم" is an imminent danger, not a raid
    "coerce.raid": _words("خطر", "خطرا", "خطراً", "الخطر", "كخطر", "بخطر"),
    # round 18: "قالت مصادر عسكرية متطابقة": concurring sources attribute a report, no accord is expressed
    "stmt.accord": _words("مصادر", "المصادر", "تقارير", "روايات", "شهادات", "أنباء", "معلومات", "تصريحات")})
CHARACTERISERS = _words("يشكل", "تشكل", "يشكلان", "يعد", "تعد", "يعتبر", "تعتبر", "يمثل", "تمثل", "بمثابة",
                        "يرقى", "ترقى", "اتسم", "اتسمت", "يتسم", "تتسم", "اتصف", "اتصفت", "يتصف", "تتصف")
QUANTIFIERS = frozenset({"اي", "ايه", "كل", "لاي", "لكل", "باي", "بكل", "لايه", "بايه"})
NEGATORS = _words("لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "ولم", "ولن", "ولا", "فلم")
NEG_REACH = 5  # "لم تفرض الهند أي قيود": a negator this close before the noun makes it a negated act
GENERIC_REACH = 2  # "أي محاولة لمصادرة"، "كل عمل إرهابي": the quantifier stands this close before the noun
SHORT_SINCE = _words("ساعات", "ساعة", "ساعتين", "صباح", "مساء", "فجر", "ظهر", "أمس", "اليوم", "الليلة", "البارحة",
                     "يومين", "منتصف")
SERIES_WORDS = _words("سلسلة", "سلسله", "موجة", "مسلسل")


def _other_sense(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """A trigger whose neighbours give it another sense: "احتلت المرتبة الأولى"، "تحتل حركة الأراضي نصيب
    الأسد" rank or share, not occupation (the rank noun may follow the verb's own subject); a visit to the
    injured, a bereaved family or a village is a social or inspection call, not a political consultation;
    "قمة الهرم" is a top, and عبر with no عن after it crossed something or means "via"."""
    after = range(c.last + 1, min(len(tokens), c.last + 1 + RANK_REACH))
    stem = tokens[c.first].stem or _bare_word(tokens[c.first])
    if c.first == c.last and stem in TOP_WORDS_FOR:  # "قمة الهرم"، "قمة القائمة": the top of something
        hit = any(_has_any(tokens[k], TOP_WORDS_FOR[stem]) for k in after)
    elif c.first == c.last and not c.noun and stem in EXPRESS_VERBS:  # عبر without عن: crossed, or "via"
        # (its subject may stand between: "عبّر المتحدث باسم الأمين العام للأمم المتحدة عن تطلعه")
        hit = not any(tokens[k].norm == "عن" for k in range(c.last + 1, min(len(tokens), c.last + 1 + EXPRESS_REACH))
                      if not any(tokens[j].norm in CLAUSE_PUNCT for j in range(c.last + 1, k)))
    elif c.pattern.id in SENSE_BEFORE:  # "بطائرة أميركية مسيّرة": a drone, not a march
        hit = any(_has_any(tokens[k], SENSE_BEFORE[c.pattern.id]) for k in range(max(0, c.first - 2), c.first))
    else:
        words = SENSE_TESTS.get(c.pattern.id)
        if words is None:
            return False
        hit = any(_has_any(tokens[k], words) for k in after) or (
            not c.noun and c.pattern.id in PLAN_SUBJECT_SENSES
            and any(_has_any(tokens[k], PLAN_WORDS) for k in range(max(0, c.first - 2), c.first)))
    if hit and explain is not None:
        explain.append(f"{c.pattern.id}: another sense of the word (a rank, a share, a source … beside it)")
    return hit


def _characterised_or_generic(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"التمرد يشكل اعتداءً على حق الشعوب": a noun that characterises something else is no act; "ضد كل عمل
    إرهابي"، "أي محاولة لمصادرة": a quantified noun names a kind of act, not one that happened."""
    if not c.noun:  # "أي هجوم يستهدف أمنها": a present verb describing a quantified noun is generic too
        prev = range(max(0, c.first - 1 - GENERIC_REACH), c.first - 1)
        generic = c.first > 0 and not tokens[c.first].prefix and tokens[c.first].norm[:1] in ("ي", "ت") \
            and any(tokens[k].norm in QUANTIFIERS for k in prev)
        if generic and explain is not None:
            explain.append(f"{c.pattern.id}: a present verb describing a quantified noun: generic")
        return generic
    before = range(max(0, c.first - GENERIC_REACH), c.first)
    why = None
    if any(_has_any(tokens[k], CHARACTERISERS) for k in before):
        why = "characterises something else (يشكل اعتداء)"
    elif c.status != "hypothetical" and any(tokens[k].norm in QUANTIFIERS for k in before) and not any(
            _has_any(tokens[k], NEGATORS) for k in range(max(0, c.first - NEG_REACH), c.first)) \
            and not _negated_any(tokens, c.first):
        why = "quantified (أي، كل): a kind of act, not one act"  # "لم تشن أي ضربات" is a negated act
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: a noun that {why}")
    return why is not None


ANY_REACH = 12  # "لم يُجرِ الرئيس الأمريكي جو بايدن حتى الآن أي اتصال": لم … أي spans the whole clause


def _negated_any(tokens: Sequence[Token], first: int) -> bool:
    """«أي» right before a noun with a negator heading its clause (لم يُجرِ … أي اتصال، لن تقبل … أي وساطة):
    the act is denied outright, not a kind of act."""
    if first == 0 or tokens[first - 1].norm not in ("اي", "ايه", "باي", "لاي", "لايه", "بايه"):
        return False  # (بأي طلب: the quantifier may carry a preposition)
    for k in range(first - 2, max(-1, first - 1 - ANY_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if _has_any(tokens[k], VERB_NEGATORS) or _negating_ma(tokens, k):
            return True
    return False


def _surname(tokens: Sequence[Token], c: Coded, person_ends: set[int], explain: list[str] | None) -> bool:
    """"عضو المجلس عبد الله العدوان": a definite noun right after a person's name, with nothing between, is
    the rest of the name (a family name), not the act the word also means."""
    if not c.noun or c.first != c.last or c.first == 0 or not tokens[c.first].prefix.endswith("ال"):
        return False
    hit = tokens[c.first - 1].end in person_ends
    if hit and explain is not None:
        explain.append(f"{c.pattern.id}: right after a person's name: a family name, not an act")
    return hit


def _running_toll(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"قُتل تسعة مهاجرين منذ أوائل يونيو"، "سلسلة من التفجيرات": deaths or attacks with nobody named as the
    actor, counted since a date or told as a series, are a running total, not one new event ("منذ صباح
    اليوم" is still one day's news)."""
    if c.etype != "ASSAULT" or c.source:
        return False
    series = any(_has_any(tokens[k], SERIES_WORDS) for k in range(max(0, c.first - 3), c.first))
    # deaths counted since a date anywhere in the sentence; attacks only with منذ in their own clause
    # ("سقط في الغارات المستمرة منذ أربعة أشهر أكثر من 3500 قتيل")
    lo, hi = (0, len(tokens) - 1) if c.pattern.id in CASUALTY_PATTERNS else _clause_bounds(tokens, c.first, c.last)
    since = any(_bare_word(tokens[k]) == "منذ" and k + 1 < len(tokens) and not _has_any(tokens[k + 1], SHORT_SINCE)
                for k in range(lo, hi + 1))
    if (series or since) and explain is not None:
        explain.append(f"{c.pattern.id}: a series or a total since a date, with no actor: a running toll")
    return series or since


TOTAL_PAIRS = frozenset({("حتي", "الان"), ("حتي", "اليوم"), ("منذ", "بدء"), ("منذ", "بدايه"), ("منذ", "اندلاع"),
                         ("منذ", "انطلاق")})
CONFLICT_NOUNS = _words("الصراع", "النزاع", "الحرب", "الأزمة", "الاقتتال")
PRIVATE_VISITORS = _words("سياح", "السياح", "سائح", "السائح", "زوار", "الزوار", "حجاج", "الحجاج", "معتمرين",
                          "المعتمرين", "المعتمرون", "السائحين", "سائحين", "المتسوقين", "المصطافين", "طلاب", "الطلاب")
PRIVATE_REACH = 4
NON_ACT_OBJECTS: Mapping[str, frozenset[str]] = MappingProxyType({
    # "رفض التعليق"، "رفض الكشف عن"، "طلب عدم نشر اسمه": declining to comment or asking for anonymity
    "reject.reject": _words("التعليق", "الإفصاح", "الكشف", "الإدلاء", "الرد", "ذكر"),
    "request.ask": _words("عدم", "التعليق", "الإفصاح"),
})
NON_ACT_REACH = 4  # the verb's own subject may stand between (رفضت الخارجية التركية التعليق)


def _private_party(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """Tourists, pilgrims or students "visiting" a country travel, they do not consult; "رفض التعليق" and
    "طلب عدم نشر اسمه" decline to speak, they reject or request no political act.  Last, a running total:
    deaths or attacks counted "حتى الآن" or "منذ بدء"/"في الصراع" sum a campaign, not one new event."""
    why = None
    if c.etype == "CONSULT" and any(_has_any(tokens[k], PRIVATE_VISITORS) for k in range(
            max(0, c.first - PRIVATE_REACH), min(len(tokens), c.last + 1 + PRIVATE_REACH))):
        why = "private visitors (tourists, pilgrims, students): travel, not consultation"
    words = NON_ACT_OBJECTS.get(c.pattern.id)
    if why is None and words is not None and any(
            _has_any(tokens[k], words) for k in range(c.last + 1, min(len(tokens), c.last + 1 + NON_ACT_REACH))):
        why = "declining to comment or asking for anonymity: no political act"
    if why is None and c.etype == "ASSAULT":
        lo, hi = _clause_bounds(tokens, c.first, c.last)
        total = any((tokens[k].norm, tokens[k + 1].norm) in TOTAL_PAIRS for k in range(lo, hi))
        conflict = not c.source and c.pattern.id in CASUALTY_PATTERNS and any(
            _has_any(tokens[k], CONFLICT_NOUNS) for k in range(c.last + 1, min(hi + 1, c.last + 8)))
        if total or conflict:
            why = "a running total of a campaign or a conflict (حتى الآن، في الصراع)"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}")
    return why is not None


NEED_WORDS = _words("تحتاج", "يحتاج", "تحتاجان", "يحتاجان", "نحتاج", "بحاجة", "يتطلب", "تتطلب", "يستلزم", "تستلزم")
NEED_REACH = 4  # "لا تحتاج إلا إلى اجتماع": the noun needed stands this close after the need word
LIKENESS_HEADS = _words("غرار", "شاكلة", "أسوة")
LIKENESS_REACH = 3  # "على غرار هجوم سوسة": the act compared with stands this close after the head
OBLIGATION_WORDS = _words("يجب", "ينبغي", "يتعين", "يتوجب", "لابد", "بد")  # "لا يجب رفض المبادرة"، "لا بد من"
PREVENT_VERBS = _words("منع", "منعت", "يمنع", "تمنع", "يمنعون", "لمنع", "بمنع", "ومنع", "منعوا", "تمنعه", "منعه")
BAR_VERBS = _words("حال", "حالت", "يحول", "تحول", "حالا", "يحولان")  # "حالت … دون قيام الرئيس بزيارة"
PREVENT_REACH = 5
CHANCE_WORDS = _words("احتمال", "احتمالات", "الاحتمالات", "احتمالية", "خطر", "الخطر", "مخاطر", "خطورة", "مخاوف",
                      "المخاوف", "خشية", "الخوف", "تخوف", "تخوفات", "مخافة")  # "خطر الاعتداءات"، "الخوف من أن يستهدف"
INQUIRY_WORDS = _words("تحقيق", "التحقيق", "تحقيقا", "تحقيقاً", "تحقيقات", "التحقيقات", "للتحقيق", "تحقق", "يحقق",
                       "تحقيقها", "تحقيقه", "بالتحقيق", "والتحقيق")
INQUIRY_LINKS = _words("ملابسات", "ظروف", "حادثة", "حادث", "استخدام", "وقوع", "ارتكاب")  # "التحقيق في ملابسات مقتل"
PRAYER_WORDS = _words("الله", "المولى", "للمولى", "لله", "ربه", "ربها", "ربهم", "الرب", "بالرحمة", "بالشفاء",
                      "بالتوفيق", "بالمغفرة", "بالسداد", "بالرحمة والمغفرة")
PRAYER_REACH = 2  # "داعياً المولى عز وجل أن يحفظ": God right after the verb makes it a prayer
GODS_HELP_WORDS = _words("الله", "بنصره", "بنصرك", "بعونه", "بتوفيقه")  # round 145: «وأيده بنصره»، «أيده الله»
# (not grammar.BLESSING_WORDS: the dashes and words read past after a ruler's name)
UNNAMED_WORDS = frozenset({"الكشف", "ذكر", "نشر", "الافصاح", "كشف"})  # after "عدم": anonymity asked
UNNAMED_REACH = 3
MINE_NOUNS = frozenset({"الغام", "الالغام", "لغم", "اللغم", "والالغام", "والغام"})
BLAST_WORDS = _words("انفجر", "انفجرت", "انفجار", "انفجارات", "فجر", "فجرت", "تفجير", "أسفر", "أسفرت", "مقتل", "مصرع",
                     "قتل", "قتلت", "أصيب", "أصيبت", "إصابة", "زرع", "زرعت", "زرعوا", "يزرع", "تزرع", "زراعة", "بزرع",
                     "بتر", "ضحايا", "ضحية")


def _needed_or_compared(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"لا تحتاج إلا إلى اجتماع موسع": a noun a thing needs is no act; "على غرار هجوم سوسة": a noun the
    news is compared with names an earlier, known act; so does "التحقيق في مقتل …" (the inquiry is the news); a
    chance, risk or fear (احتمالات التوصل لاتفاق، خطر الاعتداءات، الخوف من أن يستهدف) or an act prevented (لمنع
    القوات من قصف المدينة) names no act that happened; nor does an obligation (يجب، لا بد من، لا يجب رفض)."""
    why = None
    for k in range(c.first - 1, max(-1, c.first - 1 - max(NEED_REACH, LIKENESS_REACH)), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            break
        if tokens[k].norm in ("من", "دون") and _prevented(tokens, k):
            why = f"an act prevented («{tokens[k].text}» after a verb of preventing): it did not happen"
            break
        if _has_any(tokens[k], OBLIGATION_WORDS) and c.pattern.role == "event":
            why = f"what someone says must or must not be done («{tokens[k].text}»): an opinion, not an act"
            break
        if not c.noun and not _has_any(tokens[k], CHANCE_WORDS):
            continue  # a finite verb is judged only after a fear (الخوف من أن يقصف) or a prevention
        if c.first - k <= NEED_REACH and _has_any(tokens[k], NEED_WORDS):
            why = f"what something needs («{tokens[k].text}»), not an act"
            break
        if c.first - k <= LIKENESS_REACH and _has_any(tokens[k], LIKENESS_HEADS):
            why = f"a comparison («{tokens[k].text}»): an earlier act named, not the news"
            break
        if c.first - k <= NEED_REACH and _has_any(tokens[k], CHANCE_WORDS) and (c.noun or any(
                tokens[j].norm in ("ان", "بان") for j in range(k + 1, c.first))):
            why = f"a chance, risk or fear («{tokens[k].text}»), not an act that happened"
            break
        if tokens[k].norm in ("في", "حول", "بشان") and k > 0 and _has_any(tokens[k - 1], INQUIRY_WORDS) and all(
                _has_any(tokens[j], INQUIRY_LINKS) for j in range(k + 1, c.first)):
            why = f"what an inquiry looks into («{tokens[k - 1].text} في»): the earlier act investigated"
            break
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}")
    return why is not None


def _prevented(tokens: Sequence[Token], k: int) -> bool:
    """"لمنع قوات النظام من قصف المدينة"، "حالت التهمة دون قيام الرئيس بزيارة": «من» after منع, or «دون» after
    حال, within a few words (the one prevented may stand between) introduces an act that was stopped."""
    words = PREVENT_VERBS if tokens[k].norm == "من" else BAR_VERBS
    return any(_has_any(tokens[j], words) for j in range(max(0, k - PREVENT_REACH), k)
               if not any(tokens[i].norm in CLAUSE_PUNCT for i in range(j, k)))


# "as if": normalized without its hamza «كأن» reads «كان» (was), so the short forms are matched as written
LIKENING_FORMS = _words("كأنما", "فكأنما", "وكأنما")
LIKENING_WRITTEN = frozenset({"كأن", "وكأن", "فكأن", "كأنه", "وكأنه", "كأنها", "وكأنها", "كأنهم", "وكأنهم"})
LIKENING_REACH = 3  # words from «كأنما / وكأن» to the act it likens something to (وكأن الطائرات قصفت)


def _likened(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """Round 147: an act told after «كأنما / وكأن» is a comparison, no act (من قتل نفساً … فكأنما قتل الناس جميعاً)."""
    for k in range(c.first - 1, max(-1, c.first - 1 - LIKENING_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if _has_any(tokens[k], LIKENING_FORMS) or tokens[k].text.strip(_MARKS) in LIKENING_WRITTEN:
            if explain is not None:
                explain.append(f"{c.pattern.id}: likened to («{tokens[k].text}»: as if), not an act told")
            return True
    return False


def _prayer_or_unnamed(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"داعياً المولى عز وجل أن يحفظ الوطن": a call on God is a prayer, and so is «دعا له بالعمر المديد» (for
    someone, with ب); "طالباً عدم الكشف عن اسمه" asks for anonymity: none is a political appeal."""
    if c.cameo[:2] == "05" and _object_pronoun(tokens[c.first]) and any(
            _has_any(tokens[k], GODS_HELP_WORDS) for k in range(max(0, c.first - PRAYER_REACH),
                                                              min(len(tokens), c.last + 1 + PRAYER_REACH))):
        # round 145: "أعزه الله وأيده بنصره": God's support asked for the king is a blessing, no political support
        if explain is not None:
            explain.append(f"{c.pattern.id}: a blessing (God's support asked for someone): no political support")
        return True
    if c.cameo[:2] not in ("02", "10"):
        return False
    after = range(c.last + 1, min(len(tokens), c.last + 1 + max(PRAYER_REACH, UNNAMED_REACH)))
    why = None
    if any(k <= c.last + PRAYER_REACH and _has_any(tokens[k], PRAYER_WORDS) for k in after):
        why = "a prayer (a call on God)"
    elif c.cameo[:2] == "02" and c.last + 1 < len(tokens) and tokens[c.last + 1].norm in PRAYED_FOR \
            and not (c.first > 0 and _bare_word(tokens[c.first - 1]) in RELATIVES):
        why = "a prayer for someone (دعا له بالعمر المديد)"  # (not «الانتخابات التي دعا لها الرئيس»)
    elif any(tokens[k].norm == "عدم" and k + 1 < len(tokens) and tokens[k + 1].norm in UNNAMED_WORDS for k in after):
        why = "asking not to be named"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}: no political appeal")
    return why is not None


def _mines_as_things(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"كاشفات الألغام"، "حقول الألغام": mines named in a sentence where none explodes, is laid or hurts anybody
    are things (equipment, clearance, stocks), not a bombing."""
    if c.pattern.id != "assault.roadside" or not _has_any(tokens[c.first], MINE_NOUNS):  # also «للألغام»
        return False
    if any(_has_any(t, BLAST_WORDS) for t in tokens):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: mines named as things, with no blast, victim or laying: no attack")
    return True


# Words of thwarting: the act after them did not take place ("أحبطت قوات الأمن هجوماً"، "إحباط مخطط لتفجير").
FOIL_WORDS = _words("أحبط", "أحبطت", "أحبطتا", "أحبطا", "أحبطوا", "يحبط", "تحبط", "يحبطون", "إحباط", "أفشل", "أفشلت",
                    "أفشلوا", "يفشل", "تفشل", "إفشال", "أجهض", "أجهضت", "أجهضوا", "يجهض", "تجهض", "إجهاض", "أحبطنا",
                    "أفشلنا", "أجهضنا")
FOIL_REACH = 4  # words from the thwarting word to the act's noun ("أحبطت محاولة إرهابية لاغتيال")


def _foiled(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"أحبطت قوات الأمن هجوماً على كنيسة"، "إحباط مخطط لتفجير مسجد": an attack or abduction named as thwarted
    did not happen; coding it would make the foiling force the attacker.  (The arrests that often follow are
    acts of their own.)"""
    if c.etype not in FORCE_TYPES:
        return False
    k = next((j for j in range(c.first - 1, max(-1, c.first - 1 - FOIL_REACH), -1)
              if _has_any(tokens[j], FOIL_WORDS)), None)
    if k is None or any(tokens[j].norm in (".", "؛", "،", ",") for j in range(k + 1, c.first)):
        return False
    if not c.noun and not is_backstop(c.pattern.id) and k != c.first - 1:
        return False  # a lexicon verb further on is an act of its own (أحبط الجيش هجوماً وقتل …)
    if explain is not None:
        explain.append(f"{c.pattern.id}: «{tokens[k].text}» before it: a thwarted act, not one that took place")
    return True


INSIST_PATTERNS = frozenset({"request.demand"})
INSIST_THAT = _words("أنه", "أنها", "أنهم", "أننا", "أنني", "أنهما", "بأنه", "بأنها", "بأنهم", "بأننا")
INSIST_REACH = 8  # "تصر الإدارة الأمريكية على أنها": words from the verb (and its subject) to على


def _insists_that(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"تصر الإدارة على أنها ستُخضع إيران للمساءلة"، "أصر على أن هذا الوقت غير كاف": insisting that something is
    so (أن with a pronoun, or before a noun) asserts a view; a demand names what must be done (أصر على انسحاب
    القوات، على أن تنسحب القوات) and stays."""
    if c.pattern.id not in INSIST_PATTERNS or c.noun:
        return False
    for j in range(c.last + 1, min(len(tokens) - 1, c.last + 1 + INSIST_REACH)):
        if tokens[j].norm in CLAUSE_PUNCT or tokens[j].norm in BOUNDARY_PUNCT:
            return False
        if tokens[j].norm == "علي":
            nxt = tokens[j + 2] if j + 2 < len(tokens) else None
            noun_after = tokens[j + 1].norm in ("ان", "بان") and nxt is not None and (
                nxt.norm.startswith("ال") or nxt.norm in DEMONSTRATIVES)  # "على أن هذا الوقت غير كاف"
            if not _has_any(tokens[j + 1], INSIST_THAT) and not noun_after:
                return False
            if explain is not None:
                explain.append(f"{c.pattern.id}: insisting «{tokens[j + 1].text}» …: an assertion, not a demand")
            return True
    return False


CARE_PURPOSES = _words("للاطمئنان", "للإطمئنان", "الاطمئنان", "مصابي", "لمصابي", "جرحى", "لجرحى")
CARE_REACH = 16  # "زار مدير عام الخدمات الطبية … اللواء طبيب … مصابي الحادث": past the visitor's long title
MEDIA_NOUNS = _words("وكالة", "صحيفة", "جريدة", "قناة", "قناه", "مجلة", "موقع", "إذاعة", "تلفزيون", "فضائية")
TOPIC_WORDS = _words("بشأن", "وبشأن", "حول", "بخصوص")  # and "في شأن" (not "الشأن اليمني": affairs)
TOPIC_REACH = 2  # "بشأن تقديم المساعدة": the topic word, then the light noun, then the aid noun
PROSECUTION_NEXT = _words("والادعاء", "والإدعاء")  # "هيئة التحقيق والادعاء العام": the public prosecution
AIR_WORDS = _words("الهواء", "الهوا", "السماء")  # "أطلقوا الرصاص في الهواء"
AIR_REACH = 6  # the subject and the fired object (الجنود … النار) stand between the verb and «في الهواء»
COME_VERBS = _words("تأتي", "يأتي", "جاء", "جاءت", "تاتي", "ياتي")
# what "يستهدف" aims at an audience (ندوات تستهدف الشباب), as words near the verb
PROGRAMME_WORDS = _words("ندوة", "ندوات", "الندوة", "الندوات", "محاضرة", "محاضرات", "المحاضرة", "المحاضرات",
                         "برنامج", "برنامجا", "برامج", "البرنامج", "البرامج", "دورة", "دورات", "الدورة", "الدورات", "ورشة",
                         "ورش", "الورشة", "الورش", "مبادرة", "المبادرة", "مسابقة", "المسابقة", "فعالية",
                         "فعاليات", "الفعالية", "الفعاليات", "الملتقى", "ملتقى", "المعرض", "التوعية", "توعوية",
                         "التوعوية", "توعوي", "التوعوي", "المنتدى")
PROGRAMME_REACH = 3
HOSTED_ROUTINE = _words("المهنئين", "المهنئات", "المعايدة", "مصابي", "أسر", "وذوي", "ذويهم")
OWN_STAFF = _words("منسوبي", "منسوبيها", "منسوبيه", "وكلاء", "الموظفين", "العاملين")
STAFF_REACH = 6  # "عقد الوزير في مكتبه بجدة اجتماعاً مع وكلاء الوزارة"
# the generic agencies of one government (كافة الجهات، الأجهزة المعنية، منسوبيها): with both parties carrying one
# and the same state code, cooperation among them is domestic (a code repeated by a role error keeps its event)
POLICE_STATIONS = _words("مخفر", "مخافر")  # "فتح مخفر شرطة البتراء تحقيقاً في وفاة طفلة"
ATTENDED_WORDS = _words("حضر", "وحضر", "حضره", "وحضره", "حضرها", "وحضرها")  # round 153: «حضر اللقاء الوزير …»
CHAIR_REACH = 10  # "عقد مجلس الشؤون الاقتصادية اجتماعاً مساء أمس في قصر السلام بجدة برئاسة …"
HOME_AGENCIES = _words("الجهات", "جهات", "القطاعات", "الأجهزة", "الإدارات", "منسوبي", "منسوبيها", "منسوبيه")
ALL_WORDS = _words("بجميع", "بكافة", "بكل")
GUEST_WORDS = _words("الحضور", "الحاضرين", "المدعوين", "المدعوات", "الموظفين", "الموظفات", "الضيوف",
                     "المشاركين", "المشاركات", "الزوار", "زوار", "الزائرين", "المهنئين", "ضيوف", "موظفي")


def _office_routine(tokens: Sequence[Token], c: Coded) -> str | None:
    """§31, the routine of a host or an office (part of :func:`_routine`): a visit to check on the injured, an
    inspection tour whoever accompanies it, the injured or well-wishers received, staff met or welcomed, a body's
    own session under its head, one government's agencies cooperating with each other, and a case at the public
    prosecution or a police station."""
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    if c.pattern.id == "consult.visit":
        if any(_has_any(tokens[k], CARE_PURPOSES) for k in range(c.last + 1, min(hi + 1, c.last + 1 + CARE_REACH))):
            return "a visit to check on the injured (للاطمئنان على، مصابي): a call of care, not a consultation"
        if c.noun and c.last + 1 < len(tokens) and _has_any(tokens[c.last + 1], INSPECTION_WORDS):
            return "an inspection tour (الزيارة التفقدية): nobody is consulted, whoever goes along"
    if c.pattern.id == "consult.host" and any(_has_any(tokens[k], HOSTED_ROUTINE) or _has_any(tokens[k], CARE_VISITS)
                                              for k in range(c.last + 1, min(hi + 1, c.last + 1 + CARE_REACH))):
        return "receiving the injured, bereaved families or Eid well-wishers (استقبل … المهنئين): no consultation"
    if c.pattern.id == "consult.meet" and any(_has_any(tokens[k], OWN_STAFF) for k in range(
            c.last + 1, min(hi + 1, c.last + 1 + STAFF_REACH))):
        return "a meeting with one's own staff (اجتماعاً مع وكلاء الوزارة، لقاءً بمنسوبي الفرع): internal business"
    if c.pattern.id == "support.praise" and "رحب" in tokens[c.first].norm and _welcomes_guests(tokens, c, hi):
        return "welcoming staff or guests (رحب … بجميع الموظفين، بالمدعوات): hospitality, no praise of an act"
    if c.etype == "ACCUSE" and c.cameo[:2] == "09" and (_names_prosecution_body(tokens) or any(
            _has_any(tokens[k], POLICE_STATIONS) for k in range(lo, c.first))):
        return "a case at the prosecution body or a police station (هيئة التحقيق والادعاء العام، مخفر): criminal procedure"
    if c.pattern.id.startswith("consult.") and c.noun and not c.source and c.first > 0 \
            and _has_any(tokens[c.first - 1], ATTENDED_WORDS) and tokens[c.first].prefix.lstrip("وف").startswith("ال"):
        return "«حضر اللقاء …»: who attended the meeting already told, not a meeting of its own"
    if c.pattern.id.startswith("consult.") and c.noun and not c.target and c.source and len(
            {state_country(m) for m in c.source}) == 1 and all(state_country(m) for m in c.source) and any(
            _has_any(tokens[k], CHAIR_WORDS) for k in range(c.last + 1, min(hi + 1, c.last + 1 + CHAIR_REACH))):
        return "a body's own session chaired by its head (عقد المجلس اجتماعاً … برئاسة): no consultation"
    codes = {m.actor_code for m in (*c.source, *c.target)}
    if c.etype == "COOPERATE" and c.source and len(codes) == 1 and None not in codes \
            and all(state_country(m) for m in (*c.source, *c.target)) and any(
                _has_any(tokens[k], HOME_AGENCIES) for k in range(lo, hi + 1)):
        # (a target dropped for carrying the source's own code leaves the source alone: round 94)
        return "one government's own agencies cooperating (بتعاون كافة الجهات وتعاون منسوبيها): domestic routine"
    return None


def _not_the_act_it_reads_as(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """§31, §34, §37, words of an act that tell none here: a definite noun naming again a visit or meeting whose verb
    the sentence already told, a newspaper's phone interview, aid named as the topic of a document or talks, fire
    into the air, a purpose a thing "comes as" (تأتي … دعماً), قبض with its object pronoun (ستقبضه: receives), a
    programme that «يستهدف» its audience, a price paid (دفع … ثمن, not ثمّن), a fire brought under control,
    warnings counted by an inspector (§37), a student, a half and a death sentence carried out (§38), a rank held, a
    guest welcomed and people trapped in a wreck or a fire (§39), a price named after a pronoun and a blow to an
    economy (§40)."""
    why = None
    if c.etype == "CONSULT" and c.noun and tokens[c.first].norm.lstrip("وف").startswith("ال") and any(
            _bare_word(tokens[k]) in c.pattern.verb_forms and not tokens[k].prefix.lstrip("وف")
            for k in range(c.first)):
        why = "a definite noun naming again the visit or meeting a verb of the sentence told (زار … وعقب الزيارة)"
    elif c.pattern.id == "consult.phone" and _press_interview(tokens, c.last + 1):
        why = "a phone interview given to a newspaper or an agency (في اتصال هاتفي لـ«…»): no consultation"
    elif c.etype == "AID" and c.noun and any(tokens[k].norm in TOPIC_WORDS or (
            tokens[k].norm == "شان" and k > 0 and tokens[k - 1].norm == "في")
            for k in range(max(0, c.first - TOPIC_REACH), c.first)):
        why = "aid named as the topic of a document or talks (اتفاقية بشأن تقديم المساعدة): not given"
    elif c.cameo == "193" and any(
            _has_any(tokens[k], AIR_WORDS) and tokens[k - 1].norm == "في" for k in range(c.last + 1, min(
                len(tokens), c.last + 1 + AIR_REACH))):
        why = "fire into the air (أطلقوا الرصاص في الهواء): a warning or a celebration, nobody is shot at"
    elif c.pattern.id == "support.support" and _purpose_of_coming(tokens, c):
        why = "«تأتي الرعاية … دعماً»: the purpose a writer gives a thing, not an act of support"
    elif c.pattern.id == "coerce.catch" and not c.noun and _object_pronoun(tokens[c.first]):
        why = "قبض with an object pronoun (الثمن الذي ستقبضه): received or grasped, an arrest is قبض على"
    elif c.etype == "ASSAULT" and "ستهدف" in tokens[c.first].norm and any(
            _bare_word(tokens[k]) in PROGRAMME_WORDS for k in range(
                max(0, c.first - PROGRAMME_REACH), min(len(tokens), c.last + 1 + PROGRAMME_REACH))):
        why = "a programme aimed at its audience (تستهدف الندوات الأهالي): no attack"
    elif c.etype == "ASSAULT" and not c.noun and "ستهدف" in tokens[c.first].norm and any(
            tokens[k].norm in ("ان", "أن") for k in range(c.last + 1, min(len(tokens), c.last + 4))):
        why = "«يستهدف … أن»: aims that something happen (تستهدف مصر أن تصل عائداتها), no attack"
    elif c.pattern.id == "support.praise" and _bare_word(tokens[c.first]) == "ثمن" and (any(
            _has_any(tokens[k], PAY_VERBS) for k in range(max(0, c.first - PAY_REACH), c.first)) or (
            c.first > 0 and tokens[c.first - 1].norm in PRICE_BEFORE)):
        why = "«دفع … ثمن»، «هذا هو ثمن»: the price paid for something, nobody praised (ثمّن)"
    elif c.pattern.id == "coerce.seize_control" and _fire_controlled(tokens, c):
        why = "control of a fire (سيطرت فرق الدفاع المدني على حريق): no seizure"
    elif c.etype == "THREATEN" and c.noun and c.first > 0 and parse_number(tokens, c.first - 1) is not None:
        why = "warnings counted (وجهت 14 إنذاراً): an inspector's citations, not an ultimatum"
    elif c.pattern.id == "appeal.call" and tokens[c.first].norm == "طالب" and c.first > 0 \
            and tokens[c.first - 1].norm not in CLAUSE_PUNCT and _nisba_after(tokens, c.last):
        why = "«طالب» before a nisba (طالب تونسي مسلح): a student, no appeal"
    elif _bare_word(tokens[c.first]) == "نصف" and _half(tokens, c.first):
        why = "«نصف» by a number or a unit of time (14 عاماً ونصف العام): a half, nobody described"
    elif c.etype == "ASSAULT" and _judicial_killing(tokens, c):
        why = "a death sentence carried out (الحكم بقتله تعزيراً): a court's penalty, not an attack"
    elif c.etype == "ASSAULT" and "ضرب" in tokens[c.first].norm and any(
            _has_any(tokens[k], ECONOMY_WORDS) for k in range(max(0, c.first - 3), min(len(tokens), c.last + 4))):
        why = "a blow to an economy (ضربت اقتصادها وسياحتها ضربة موجعة): a figure of speech, no attack (§40)"
    elif c.pattern.id == "coerce.occupy" and _rank_held(tokens, c):
        why = "a rank held (احتل سهم «زين» المركز الأول، المركز الأول الذي احتلته): a place in a table, no land"
    elif c.pattern.id == "support.praise" and not c.noun and _welcomes_a_guest(tokens, c):
        why = "«رحب … بضيف»: a host welcoming a guest, no act praised"
    elif c.pattern.id == "coerce.arrest" and ("حتجز" in tokens[c.first].norm or "حتجاز" in tokens[c.first].norm) \
            and _rescue_told(tokens) and all(_is_rescuer(m) for m in c.source):
        why = "people trapped and freed by rescuers (احتجزوا داخل المركبة … الدفاع المدني): nobody detained"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}")
    return why is not None


def _names_prosecution_body(tokens: Sequence[Token]) -> bool:
    """Whether the sentence names the public prosecution by its name «(هيئة|دائرة) التحقيق والادعاء العام»: cases
    referred to it or investigated there are ordinary criminal procedure, whoever the suspect."""
    return any(tokens[k].norm == "التحقيق" and tokens[k + 1].norm in PROSECUTION_NEXT for k in range(len(tokens) - 1))


def _purpose_of_coming(tokens: Sequence[Token], c: Coded) -> bool:
    """"وتأتي رعاية الأمير للحفل تتويجاً لهذا النجاح ودعماً معنوياً": an indefinite accusative (دعماً) in a sentence
    opened by a verb of coming (تأتي، جاء) says what a thing comes as, its purpose; no act of support is told."""
    tok = tokens[c.first]
    return c.first == c.last and not tok.norm.lstrip("وف").startswith("ال") and tok.norm.endswith("ا") and any(
        _bare_word(t) in COME_VERBS for t in tokens[:2])


def _welcomes_guests(tokens: Sequence[Token], c: Coded, hi: int) -> bool:
    """The first ب-object after «رحب» (past its long untitled subject) is staff, guests or those present."""
    obj = next((k for k in range(c.last + 1, min(hi + 1, c.last + 1 + CARE_REACH))
                if tokens[k].prefix.lstrip("وف")[:1] == "ب"), None)
    if obj is not None and _bare_word(tokens[obj]) in ALL_WORDS and obj + 1 < len(tokens):
        obj += 1  # "بجميع الموظفين": the guests follow the quantifier (بجميع المبادرات stays praise)
    return obj is not None and _has_any(tokens[obj], GUEST_WORDS)


def _press_interview(tokens: Sequence[Token], k: int) -> bool:
    """"في اتصال هاتفي لـ«الشرق الأوسط»"، "لوكالة الأنباء": the call is an interview with the outlet after ل."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    if tok.norm == "ل":  # "لـ" written apart: the outlet's name follows in quotes or as a media noun
        return k + 1 < len(tokens) and (tokens[k + 1].norm in ("«", '"', "“") or _has_any(tokens[k + 1], MEDIA_NOUNS))
    return tok.prefix.lstrip("وف")[:1] == "ل" and _has_any(tok, MEDIA_NOUNS)


PAY_VERBS = _words("دفع", "دفعت", "يدفع", "تدفع", "ندفع", "يدفعون", "دفعوا", "سيدفع", "ستدفع", "يدفعها", "دفعها")
PAY_REACH = 10  # "يدفع السوريون المقيمون في محافظة الحسكة (شمال شرق)، حيث …، ثمن": the subject and an aside between
FIRE_WORDS = _words("حريق", "الحريق", "حرائق", "الحرائق", "النيران", "النار", "نيران", "حريقا")
# "سيطرت فرق الدفاع المدني بسكاكا، عصر اليوم، على حريق": the subject and a time between (round 28: and a place
# and a weekday too, «… بمنطقة الباحة عصر اليوم الاثنين على حريق»)
FIRE_REACH = 12


def _fire_controlled(tokens: Sequence[Token], c: Coded) -> bool:
    """The first «على» after a verb of taking control introduces a fire: a fire brought under control."""
    on = next((k for k in range(c.last + 1, min(len(tokens), c.last + 1 + FIRE_REACH)) if tokens[k].norm == "علي"), None)
    return on is not None and on + 1 < len(tokens) and _has_any(tokens[on + 1], FIRE_WORDS)


CONSTRUCT_PLURALS = _words("أهالي", "ممثلي", "مسؤولي", "مقاتلي", "منتسبي", "موظفي", "مواطني", "ناشطي", "معلمي")
HALF_UNITS = _words("عام", "العام", "عاما", "أعوام", "سنة", "السنة", "سنوات", "شهر", "الشهر", "أشهر", "ساعة", "الساعة",
                    "ساعات", "يوم", "اليوم", "أيام", "قرن", "القرن", "مليون", "المليون", "مليار", "ألف", "دقيقة", "الدقيقة")
SENTENCE_HEADS = _words("حكم", "الحكم", "بحكم", "حكما", "بالحكم", "أحكام")
PENALTY_WORDS = _words("تعزيرا", "حدا", "قصاصا", "تعزير", "حد", "قصاص")


def _nisba_after(tokens: Sequence[Token], last: int) -> bool:
    """The word after is an indefinite nisba adjective (تونسي، كيني) and not a plural in construct (أهالي قرية،
    ممثلي الحكومة): the word before it is a noun it describes.  (Called for «طالب» inside a clause only: at its
    head, or after و, «طالب قباني» is a man making an appeal.)"""
    if last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1].norm
    after = tokens[last + 2].norm if last + 2 < len(tokens) else ""
    return len(nxt) >= 4 and nxt.endswith("ي") and not nxt.startswith(("ال", "وال")) \
        and nxt not in CONSTRUCT_PLURALS and not after.startswith("ال")


def _half(tokens: Sequence[Token], k: int) -> bool:
    """«نصف» with a number or a unit of time or count beside it: "half", not "we describe"."""
    before = tokens[k - 1] if k > 0 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (before is not None and (parse_number(tokens, k - 1) is not None or _has_any(before, HALF_UNITS))) or (
        after is not None and _has_any(after, HALF_UNITS))


def _judicial_killing(tokens: Sequence[Token], c: Coded) -> bool:
    """A killing named by a sentence: «الحكم بقتله»، «حكم القتل», or a penalty word after it (قتله تعزيراً، حداً)."""
    before = tokens[c.first - 1] if c.first > 0 else None
    after = tokens[c.last + 1] if c.last + 1 < len(tokens) else None
    return (before is not None and _has_any(before, SENTENCE_HEADS)) or (after is not None and _has_any(after, PENALTY_WORDS))


TABLE_RANKS = _words("المرتبة", "مرتبة", "المراتب", "الصدارة", "صدارة", "الترتيب", "الطليعة")
NUMBERED_RANKS = _words("المركز", "مركز", "المراكز", "مراكز")  # المركز الثقافي is a building one can occupy
ORDINALS = _words("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
                  "الأخير", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "الأخيرة", "الأوائل")
TABLE_RANK_REACH = 7  # "احتل سهم «زين السعودية» المركز الأول": a subject in quotes between (§34's RANK_REACH is 4)
GUEST_REACH = 10  # "رحب الرئيس المصري عبدالفتاح السيسي في كلمته خلال الحفل بضيف مصر"
RESCUERS = (normalize("الدفاع المدني"), normalize("الهلال الأحمر"))


def _table_rank(tokens: Sequence[Token], k: int) -> bool:
    """A rank in a table: المرتبة، الصدارة …, or المركز followed by an ordinal or a number (المركز الأول، المركز 12)."""
    if _has_any(tokens[k], TABLE_RANKS):
        return True
    return _has_any(tokens[k], NUMBERED_RANKS) and k + 1 < len(tokens) and (
        _has_any(tokens[k + 1], ORDINALS) or parse_number(tokens, k + 1) is not None)


def _rank_held(tokens: Sequence[Token], c: Coded) -> bool:
    """«احتل» takes a rank in a table a few words on (a long subject between, beyond §34's reach), or is the relative
    clause of a rank told before (المركز الأول بتصنيف هذا العام والذي احتلته): a place in a table or a ranking."""
    if any(_table_rank(tokens, k) for k in range(c.last + 1, min(len(tokens), c.last + 1 + TABLE_RANK_REACH))):
        return True
    rel = next((k for k in range(c.first - 1, max(-1, c.first - 4), -1) if _has_any(tokens[k], RELATIVES)), None)
    return rel is not None and any(_table_rank(tokens, k) for k in range(max(0, rel - TABLE_RANK_REACH), rel))


def _welcomes_a_guest(tokens: Sequence[Token], c: Coded) -> bool:
    """The first word starting with ب after «رحب» (its object, when the preposition is there) is one of the guests the
    pattern blocks right after the verb (رحب … بضيف مصر، بسمو الأمير; lexicon ``block_after``), however far."""
    if _bare_word(tokens[c.first]) not in ("رحب", "يرحب", "ترحب", "رحبت"):
        return False
    for k in range(c.last + 1, min(len(tokens), c.last + 1 + GUEST_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if tokens[k].norm.startswith("ب"):  # the object (بضيف), or a word that ends the search (بعد، بين)
            return tokens[k].norm in c.pattern.block_after
    return False


def _rescue_told(tokens: Sequence[Token]) -> bool:
    """The sentence names civil defence (الدفاع المدني، للدفاع المدني), the service that frees people trapped in a
    wreck, a flood or a fire.  A rescue word alone is not enough: «أنقذ الجيش 178 شخصاً كانت بوكو حرام تحتجزهم»
    frees hostages, and their detention is an event."""
    return any(tokens[k].stem == "دفاع" and (tokens[k + 1].stem or tokens[k + 1].norm) == "مدني"
               for k in range(len(tokens) - 1))


def _is_rescuer(actor: ActorMention) -> bool:
    """An actor that is civil defence or the Red Crescent: read as the «source» of people trapped, it holds nobody."""
    text = normalize(actor.text)
    return any(r in text for r in RESCUERS)


PRICE_BEFORE = _words("هو", "هي", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "يكون", "تكون", "إن", "أن", "وإن", "وأن")
ECONOMY_WORDS = _words("اقتصاد", "الاقتصاد", "اقتصادها", "اقتصاده", "اقتصادنا", "اقتصادات", "الاقتصادات", "السياحة",
                       "سياحتها", "سياحته", "البورصة", "الأسواق", "أسواق", "العملة", "الاستثمار", "الاستثمارات")


# «الرابعة فجراً»: dawn, written like the dual of «فجّر» (they two detonated)
DAWN_FORMS = frozenset({"فجرا"})
DAWN_RISING = _words("انبلاج", "بزوغ", "طلوع")  # words for a dawn breaking: the noun «فجر» after them
OPERATION_WORDS = _words("عملية", "عمليات", "معركة", "حملة")  # «عملية فجر الكرمة»: the name of an operation
HOUR_WORDS = _words("الساعة", "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
                    "التاسعة", "العاشرة", "الحادية", "عشرة", "عشر", "منتصف", "الليل", "صباح", "اليوم", "أمس")
# demand nouns whose ب-complement is what is demanded (المطالبة بالإفراج عن المختطفين)
DEMAND_NOUNS = _words("المطالبة", "مطالبة", "للمطالبة", "بالمطالبة", "المطالبات", "مطالبات", "للمطالبات")


POSTPONED_REACH = 8  # words from a visit or meeting to the «أُجلت» it is the subject of


def _postponed_subject(tokens: Sequence[Token], first: int) -> bool:
    """A visit, meeting or talks named shortly before the verb in its own clause is what «أُجلت» put off."""
    for k in range(first - 1, max(-1, first - 1 - POSTPONED_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in COMPLEMENTIZERS:
            return False
        if _has_any(tokens[k], POSTPONED_WORDS):
            return True
    return False


def _dawn(tokens: Sequence[Token], first: int) -> bool:
    """«الرابعة فجراً»، «فجرًا»: the time of day, with its tanween or after an hour, not «فجّرا» (they detonated)."""
    tok = tokens[first]
    if tok.norm == "فجر" and first > 0 and _has_any(tokens[first - 1], DAWN_RISING):
        return True  # round 34: «انبلاج فجر تحرير اليمن»: the dawn of a liberation
    if tok.norm == "فجر" and first > 0 and _has_any(tokens[first - 1], OPERATION_WORDS):
        return True  # round 44: «ضمن عملية فجر الكرمة»: an operation named Dawn
    if not (tok.norm in DAWN_FORMS or tok.norm[:1] == "و" and tok.norm[1:] in DAWN_FORMS):
        return False
    return TANWEEN_FATH in tok.text or (first > 0 and (tokens[first - 1].norm in HOUR_WORDS
                                                        or tokens[first - 1].norm.isdigit()))


def _demanded(tokens: Sequence[Token], first: int) -> bool:
    """The ب-noun right after a demand noun (المطالبة بالإفراج عن المختطفين) is what is demanded, not done."""
    return first > 0 and tokens[first - 1].norm.lstrip("وف") in DEMAND_NOUNS \
        and tokens[first].prefix.lstrip("وف")[:1] == "ب"


# round 157: «طالبًا» is also a student, in the accusative (انقذت القنصلية طالبا مبتعثا، اعتقلت الشرطة طالبا يتابع
# دراسته، بدأ حياته طالبا في …); demanding, it takes من, ب, a definite object or a party (طالبا منهم، طالبا الأمم المتحدة)
STUDENT_FORM = "طالبا"


def _student(tokens: Sequence[Token], first: int, last: int, named: frozenset[int]) -> bool:
    """«طالبًا» followed by «في», an indefinite accusative adjective (مبتعثا) or a present verb (يتابع) that is no
    party: a noun those words describe, not the participle «demanding»."""
    if first != last or first + 1 >= len(tokens) or _bare_word(tokens[first]) != STUDENT_FORM \
            or first + 1 in named:
        return False
    nxt = tokens[first + 1]
    if nxt.norm == "في":
        return True
    if nxt.prefix or not nxt.is_word or nxt.norm.startswith(("من", "ال", "اي")):
        return False  # (طالبا منها، طالبا إياها)
    return nxt.norm.endswith("ا") or (nxt.norm[:1] in ("ي", "ت") and len(nxt.norm) >= 4)
