"""Actors the event itself decides: role-dependent codes, context countries, nisba and place arguments.

The actor stage codes a mention out of context; some codes depend on the event it takes part in:

* **A country acting is its state.**  A bare country (``تركيا`` → TUR) as the *source* of an act is the
  state: ``GOV``, or ``MIL`` for force and mobilization (هاجمت إيران → IRNMIL).  As the *target* of a
  verbal or diplomatic act it is the government too (اتهمت … تركيا → TURGOV); as the target of a
  material act on its territory (aid, attack, coercion, withdrawal) it stays the country (PSE, IRQ).
* **Unnamed domestic agents take their country from the event.**  محتجون، عمال، المعتقلين (CVL, LAB …
  with no country) get the country of the event's place, else of the state actor they deal with, else
  of the sentence's places when these name one country only.
* **Nisba adjectives name actors** the actor stage leaves as plain words: a military noun with a
  country adjective (طائرات روسية، المدفعية التركية) is that country's MIL; a civilian noun
  (منازل فلسطينية) its CVL; a proposal (مقترحاً فرنسياً) or demolition bulldozers its GOV; a noun trigger's own adjective
  (غارة إسرائيلية) its source.
* **Whose proposal or condition it is** (round 3): conditions, assurances and demands one side sets (الشروط
  الإسرائيلية، ضمانات أمريكية) are GOV heads like proposals, so a rejection, agreement or support aimed at them
  targets that state.  An indefinite proposal noun in a construct chain keeps its adjective across up to two
  definite complements (خطة السلام الأمريكية، مبادرة الحكم الذاتي المغربية → USAGOV, MARGOV); a chain headed by any
  other noun (إغلاق الحدود الليبية) names no one.  Embassies and consulates are left to the actor stage
  (agent + nationality), which codes them already: as word heads here they turned into sources.  The actor lexicon (agents.jsonl)
  now names plural journalists (اعتقلت صحفيين → MED) without a name after them, and dissidents by title
  (المعارض الروسي → RUSOPP, ناشط سياسي → OPP), so these objects reach the coder as actors.
* **Round 4.**  A proposal, plan or mediation named by its adjective (PROPOSAL_HEADS: no sides or delegations) is a
  thing: after a verb it is the object, never the subject (… رفضت مبادرة جزائرية: the subject is elsewhere or
  unseen).  The EU's and the UN's adjectives (IGO_NISBA: الأوروبي، أممية) own a proposal or side like a country's
  (المقترح الأوروبي → IGOEUREEC); two adjectives in a row of one definiteness share it (المقترح القطري المصري), not
  before الصنع and the like.  A bare country the actor stage read in such an adjective (وساطة تركية → TUR) gives way
  to the proposal (TURGOV).  A counterpart keeps its proclitic preposition (اتصالاً هاتفياً بنظيره البريطاني …), and
  an unnamed agent followed by أجنبي (صحفيان أجنبيان في الجزائر) takes no country from the context.
* **People counted as objects** (15 شخصاً، مشتبهاً بهم) are civilians: CVL, country from context.
* **Round 5.**  Force whose object is a hospital, a school, students or farmers (HLH, EDU, AGR) hits civilians:
  the target is the place's or people's country + CVL (قصفت مستشفى في حماة → SYRCVL), as GUIDELINES §1 codes a
  civilian place or people; other acts aimed at them (threats, arrests, aid) keep the sector.
* **Round 6** (coder section 32): a threat made against the actor of its condition is made against the state that
  answers for it, so a bare country coded MIL for its force there is threatened as its government
  (:func:`answering_state`); forces the text names stay MIL.
* **Domestic conventions of the gold** (GUIDELINES §1): a protest with no named target is against
  its own government; a concession (amnesty, reversal, lifted emergency) with none is to its own
  population.

Everything here returns new :class:`ActorMention` objects; the actor stage's mentions are never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from types import MappingProxyType

from hadath.model import ActorMention, PlaceMention, Sentence, Token

SECTOR_CODES = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "REB", "CVL", "MED", "REF", "BUS",
                          "EDU", "REL", "HLH", "LAB", "ELI", "AGR", "ENV", "HRI", "CRM", "DEV"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# residents, investors, a university of some country: nobody in particular acting for a state or a cause
SOCIAL_SECTORS = frozenset({"CVL", "BUS", "EDU", "HLH", "AGR", "REF"})
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
MATERIAL_TARGET_TYPES = frozenset({"AID", "ASSAULT", "COERCE", "RETREAT", "CONCEDE", "MOBILIZE"})
# hospitals, schools and students, farmers: as the target of force they are the civilians of their country
STRUCK_INSTITUTIONS = frozenset({"HLH", "EDU", "AGR"})
VICTIM_SECTORS = frozenset({"CVL", "REF", "MED", "HRI", "LAB", "EDU", "REL", "AGR", "HLH"})
DOMESTIC_CONCESSIONS = ("081", "0832")
NON_STATE_ROOTS = frozenset({"IGO", "NGO", "IMG", "MNC", "UAF", "UNK"})

# Head nouns (normalized, with and without the article) that a nisba adjective turns into an actor.
MILITARY_HEADS = frozenset({
    "طايره", "طايرات", "الطايره", "الطايرات", "مقاتلات", "المقاتلات", "مقاتله", "المقاتله", "مروحيات",
    "المروحيات", "مروحيه", "المروحيه", "المدفعيه", "مدفعيه",
    "قوه", "القوه", "دبابات", "الدبابات", "دبابه", "الدبابه", "البوارج", "بوارج", "الزوارق", "زوارق",
    "سفن", "السفن", "الطيران", "طيران", "الجيش", "جيش", "دوريه", "الدوريه", "دوريات", "الدوريات",
    "وحده", "وحدات", "الوحدات", "كتيبه", "فرقاطه", "غواصه", "مدمره", "صواريخ", "الصواريخ", "صاروخ",
    "اليه", "الاليه", "اليات", "الاليات", "مركبه", "مركبات", "مدرعه", "مدرعات", "المدرعات", "ناقله", "جنود",
    "الجنود", "جنديا", "جندي",
})
# Crowd counts: "آلاف الجزائريين"، "عشرات السوريين": a demonym plural after them names civilians of that country.
CROWD_HEADS = frozenset({"الاف", "آلاف", "ميات", "مييات", "عشرات", "ملايين", "حشود", "الوف", "الالاف", "المييات",
                         "العشرات"})
CIVIL_HEADS = frozenset({
    "منزل", "منازل", "المنازل", "بيوت", "البيوت", "قريه", "القريه", "قري", "القري", "بلده", "البلده",
    "مزارعين", "المزارعين", "مدنيين", "المدنيين", "مدنيا", "سكان", "السكان",
    "مواطنين", "المواطنين", "مواطنا", "عايلات", "العايلات", "عايله", "اسر", "الاسر", "اطفال", "الاطفال",
    "شبان", "الشبان", "شابا", "طلاب", "الطلاب", "صيادين", "الصيادين", "سياح", "السياح",
    "ناشطين", "ناشطا", "ناشط", "صحفيين", "صحفيا", "مهاجرين", "المهاجرين", "لاجيين", "اللاجيين", "اسري",
    "الاسري", "سجناء", "السجناء", "معتقلين", "المعتقلين", "محتجين", "المحتجين", "متظاهرين", "المتظاهرين",
    "مستشفي", "المستشفي", "مدرسه", "المدرسه", "مسجد", "المسجد", "حافله", "الحافله",
    "الاف", "الالاف", "مئات", "المئات", "عشرات", "العشرات", "ملايين",
})
TERRITORY_HEADS = frozenset({"اراضي", "الاراضي", "اجواء", "الاجواء", "المياه", "مياه", "الاقليم", "التراب"})
STATE_HEADS = frozenset({"الدوله", "دوله"})  # round 136: "الاعتراف بالدولة الفلسطينية"، "الدولة السورية"
GOVERNMENT_HEADS = STATE_HEADS | frozenset({  # proposals and acts of a government; bulldozers of demolition orders
    "الجرافات", "جرافات", "جرافه", "الجرافه", "الاحتلال", "الجانب", "الجانبان", "الجانبين", "الطرف", "الطرفان",
    "الطرفين", "الوسطاء", "الوسيط", "الوفد", "وفد", "الوفدان", "المسؤولون", "مسؤولون", "مسؤولين",
    "مقترح", "مقترحا", "المقترح", "اقتراح", "اقتراحا", "الاقتراح", "مبادره", "المبادره", "خطه", "الخطه",
    "طلب", "طلبا", "الطلب", "مشروع", "مشروعا", "وساطه", "الوساطه", "جهود", "الجهود", "دعوه", "الدعوه",
    "عرض", "عرضا", "العرض", "قرار", "قرارا", "القرار", "موقف", "الموقف", "تصريحات", "التصريحات",
    # conditions and assurances one side sets (الشروط الإسرائيلية، ضمانات أمريكية)
    "شروط", "الشروط", "شروطا", "ضمانات", "الضمانات", "مطالب", "المطالب", "تعهدات", "التعهدات",
    # round 139: a state's meddling (دان التدخل الإيراني في شؤون البحرين)
    "تدخل", "التدخل", "تدخلا", "تدخلات", "التدخلات",
})
# Things a side proposes, sets or offers (no people): after a verb such a noun is its object, never its subject
# (رفضت القيادة … مبادرة جزائرية: the initiative is rejected, it rejects nothing).
PROPOSAL_HEADS = GOVERNMENT_HEADS - frozenset({
    "الجرافات", "جرافات", "جرافه", "الجرافه", "الاحتلال", "الجانب", "الجانبان", "الجانبين", "الطرف", "الطرفان",
    "الطرفين", "الوسطاء", "الوسيط", "الوفد", "وفد", "الوفدان", "المسؤولون", "مسؤولون", "مسؤولين"})
# Adjectives of international bodies (normalized): a proposal or a noun trigger with one is that body's
# (المقترح الأوروبي، مبادرة أممية، المساعدات الأممية).  Kept apart from the country table: they name no state.
IGO_NISBA = MappingProxyType({
    **dict.fromkeys(("اوروبي", "الاوروبي", "اوروبيه", "الاوروبيه", "اوروبيا"), "IGOEUREEC"),
    **dict.fromkeys(("اممي", "الاممي", "امميه", "الامميه", "امميا"), "IGOUNO"),
})
# "أجنبي" after an unnamed agent (صحفيان أجنبيان، عمال أجانب): not of the country where the event happens.
FOREIGN_WORDS = frozenset({"اجنبي", "اجنبيه", "اجنبيا", "اجنبيان", "اجنبيين", "اجانب", "الاجنبي", "الاجنبيه",
                           "الاجنبيان", "الاجنبيين", "الاجانب"})
# What may follow a second nisba that is no owner: "طائرات إسرائيلية أمريكية الصنع" (made in, not flown by).
NISBA_QUALIFIERS = frozenset({"الصنع", "الاصل", "المنشا", "الجنسيه", "المولد"})
# Construct heads: a proposal noun whose own complement stands between it and the adjective
# (خطة السلام الأمريكية، مبادرة الحكم الذاتي المغربية): the adjective still says whose proposal it is.
CONSTRUCT_HEADS = frozenset({"خطه", "مبادره", "مقترح", "اقتراح", "مشروع", "عرض", "شروط", "رويه", "خارطه"})
MODIFIERS = frozenset({"جويه", "الجويه", "جويا", "حربيه", "الحربيه", "مسيره", "المسيره", "عسكريه", "العسكريه",
                       "عسكريا", "مقاتله", "بحريه", "البحريه", "جديدا", "جديده", "الجديد", "الجديده"})
# Counted people (the object of an arrest or a killing): civilians unless the text says more.
PEOPLE_NOUNS = frozenset({"شخص", "شخصا", "اشخاص", "الاشخاص", "مشتبها", "مشتبه", "مشتبهين", "المشتبه",
                          "المشتبهين", "مدنيا", "مدنيين", "المدنيين", "مواطنا", "مواطنين", "المواطنين",
                          "الرعايا", "رعايا", "مهاجرا", "مهاجرين", "سجينا", "سجناء",
                          "متهمين", "المتهمين", "متهمون"})  # (round 60: the accused a court sentences; not the participle متهماً)


def state_country(m: ActorMention) -> str | None:
    """The ISO-3 state an actor belongs to (not an IGO, NGO or transnational group)."""
    country = _country(m)
    return country if country and country not in NON_STATE_ROOTS and not m.members else None


def _country(m: ActorMention) -> str | None:
    if m.country:
        return m.country
    code = m.actor_code or ""
    return code[:3] if len(code) >= 3 and code[:3] not in SECTOR_CODES else None


def is_bare_country(m: ActorMention) -> bool:
    """A whole-country code with no sector (تركيا → TUR)."""
    return bool(m.actor_code and m.country and m.actor_code == m.country and len(m.actor_code) == 3
                and not m.members)


def is_generic(m: ActorMention) -> bool:
    """A sector-only code with no country (محتجون → CVL)."""
    return bool(m.actor_code and m.actor_code in SECTOR_CODES and not m.country and not m.members)


def with_code(m: ActorMention, country: str, sector: str | None, how: str) -> ActorMention:
    """A copy of ``m`` coded ``country + sector`` (the original mention stays as the actor stage left it)."""
    code = country + (sector or "")
    return replace(m, actor_code=code, country=country, sector=sector, how=f"{m.how}+{how}" if m.how else how,
                   members=[])


def state_source(m: ActorMention, etype: str | None, partner_sector: str | None = None) -> ActorMention:
    """``partner_sector``: the state sector of an actor coordinated with this one (القوات المصرية والسعودية)."""
    if not is_bare_country(m):
        return m
    sector = partner_sector or ("MIL" if etype in FORCE_TYPES else "GOV")
    return with_code(m, m.country or "", sector, "state-actor")


def state_target(m: ActorMention, etype: str | None, cameo: str, partner_sector: str | None = None
                 ) -> ActorMention:
    if etype == "ASSAULT" and m.sector in STRUCK_INSTITUTIONS and not m.members:
        # "قصفت مستشفى"، "أطلقت الغاز على الطلاب": force on a civilian place or people hits civilians (GUIDELINES §1)
        if m.country:
            return with_code(m, m.country, "CVL", "struck-civilians")
        return replace(m, actor_code="CVL", sector="CVL", how=f"{m.how}+struck-civilians" if m.how else "struck-civilians")
    if not is_bare_country(m):
        return m
    if partner_sector is not None:  # a joint act's participants: القوات المصرية والسعودية on both sides
        return with_code(m, m.country or "", partner_sector, "state-actor")
    if etype in MATERIAL_TARGET_TYPES or cameo == "054":
        return m
    return with_code(m, m.country or "", "GOV", "state-actor")


def answering_state(actors: Iterable[ActorMention]) -> list[ActorMention]:
    """A threat made against the actor of its condition is made against the state that answers for it: a bare
    country made MIL only because it uses force there (إذا هاجمت إيران → IRNMIL) is threatened as its government
    (coder section 32).  Forces the text names (القوات الكينية، الجيش الإسرائيلي) stay the forces."""
    return [with_code(m, m.country or "", "GOV", "answering-state")
            if m.sector == "MIL" and m.country and m.actor_code == m.country + "MIL" and not m.members
            and (m.how or "").endswith("state-actor") else m
            for m in actors]


def context_country(location: PlaceMention | None, others: Iterable[ActorMention],
                    places: Sequence[PlaceMention]) -> str | None:
    """The country an unnamed agent belongs to: the event's place, the state it deals with, the places."""
    if location is not None and location.country:
        return location.country
    states = {_country(o) for o in others if o.sector in STATE_SECTORS and _country(o)}
    if len(states) == 1:
        return next(iter(states))
    countries = {p.country for p in places if p.country}
    if len(countries) == 1:
        return next(iter(countries))
    return None


def fill_countries(actors: list[ActorMention], country: str | None) -> list[ActorMention]:
    if country is None:
        return actors
    return [with_code(a, country, a.actor_code, "context-country") if is_generic(a) else a for a in actors]


def nisba_sector(tokens: Sequence[Token], k: int) -> tuple[int, str] | None:
    """If token ``k`` is a nisba adjective after a known head noun: (head index, sector)."""
    head = k - 1
    if head >= 0 and tokens[head].norm in MODIFIERS:
        head -= 1
    if head < 0:
        return None
    forms = tokens[head].forms or (tokens[head].norm,)
    if not MILITARY_HEADS.isdisjoint(forms):
        before = tokens[head - 1] if head > 0 and tokens[head].prefix[:1] == "و" else None
        if before is not None and not CIVIL_HEADS.isdisjoint(before.forms or (before.norm,)):
            return head - 1, "CVL"  # "منازل ومركبات فلسطينية": the adjective of both, civilian things
        return head, "MIL"
    if not CIVIL_HEADS.isdisjoint(forms) or tokens[head].norm in CROWD_HEADS or not CROWD_HEADS.isdisjoint(forms):
        return head, "CVL"
    if not GOVERNMENT_HEADS.isdisjoint(forms):
        if head > 0 and not STATE_HEADS.isdisjoint(forms) \
                and not TERRITORY_HEADS.isdisjoint(tokens[head - 1].forms or (tokens[head - 1].norm,)):
            return None  # "أراضي الدولة السورية": the state's land, no party
        return head, "GOV"
    return _construct_head(tokens, head)


def _construct_head(tokens: Sequence[Token], head: int) -> tuple[int, str] | None:
    """``خطة السلام الأمريكية``: up to two definite complements after an indefinite proposal noun."""
    j = head
    for _ in range(2):
        if not tokens[j].norm.startswith("ال") or j == 0:
            return None
        j -= 1
        if tokens[j].norm in CONSTRUCT_HEADS:
            return j, "GOV"
    return None


def synthetic_mention(tokens: Sequence[Token], text: str, offset: int, first: int, last: int,
                      code: str, country: str | None, sector: str | None, how: str, sentence: int
                      ) -> ActorMention:
    """An actor mention over tokens ``first..last`` (``text`` is the sentence text starting at ``offset``)."""
    start, end = tokens[first].start, tokens[last].end
    return ActorMention(start, end, text[start - offset:end - offset], type="ORG", actor_code=code,
                        country=country, sector=sector, how=how, sentence=sentence)


def civilians_at(sent: Sentence, k: int, country: str | None, how: str) -> ActorMention:
    """The civilians named by the word at token ``k`` (of ``country``, or of one the context gives later)."""
    return synthetic_mention(sent.tokens, sent.text, sent.start, k, k, (country or "") + "CVL", country, "CVL", how,
                             sent.index)
