"""Actor recognition and coding in context: lexicon matches first (precise), CRF spans for recall.

One sentence at a time, in three steps:

1. **units** — every lexicon match becomes a unit.  An agent word takes the country of an adjacent
   nationality adjective that agrees in definiteness ("وزارة الدفاع الروسية" → RUSMIL; "الأمير تركي" is a
   name) or of a country name, of ``باسم X`` / a following organisation ("الأمين العام لحزب الله"), and a
   following word may make it a more specific agent ("المعارضة السورية المسلحة" → REB).  A nationality
   adjective after "نظيره" is a *counterpart* (country from the adjective, sector from the last person).
   An institution noun in construct takes a nisba that agrees with it ("هيئة الاتصالات التركية" → TURGOV),
   an organisation's adjective gives its code ("المبعوث الأممي" → IGOUNO), a body in construct with an
   organisation is part of it ("بعثة الاتحاد الأفريقي"), and coordinated nisbas make one compound
   ("القوات الروسية والتركية" → RUSMIL + TURMIL).
   Single-word or definite outlet names (الرياض، العربية، سبق) are outlets only when introduced (صحيفة،
   quotes, a report verb).  CRF PERS/ORG spans that no lexicon match overlaps are added; the CRF only
   tags windows around name cues (titles, agents, speech verbs, known name parts) to stay cheap.
2. **merges** — a title chain followed by a person becomes one PERS mention (the lexicon's dated role
   wins, else the title's code); country/organisation/capital units joined by و، , - – become one
   compound mention whose ``members`` carry the codes; a bracketed list right after a group
   ("الدول الضامنة للهدنة (روسيا – تركيا- ايران)") is absorbed by the group.
3. **context** — capitals and countries after a location preposition (or coordinated with such a place,
   or after a construct head such as "عملية") are places, not actors, and are left out (the geo stage
   reports them); an acting capital is its country's government (``how="metonymy"``); definite
   back-references (الوزير، الوزارة، الوزيرين، البلدين، الطرفين، الأخيرة، الأول) take the last compatible
   actor(s) of the document; a possessive (قواتها) takes the nearest country before it; a body "في X"
   takes X's country; a word that names one state takes it (الكنيست → ISRLEG).  A title or a state-sector
   word (GOV, MIL …) that finds no country is dropped, except a standalone body (الحكومة، الجيش), which
   takes the country the article's earlier sentences name most, else keeps its bare sector code as a
   non-state sector (UAF, CVL, MED …) does.  Police and local authorities with no country take the country of the
   sentence's places when the geo stage found exactly one (``how="place"``).

Compound members are *not* repeated as separate entities: the compound is one argument for the event
coder, with ``actor_code=None`` and the codes in ``members``.  Countries named as actors get their bare
ISO-3 code (``RUS``, type GPE); acting capitals ``XXXGOV`` (type GPE).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType

from hadath.actors.lexicon import (
    PATRONYM_LINKS,
    SECTORS,
    ActorLexicon,
    Agent,
    Country,
    Hit,
    Organization,
    Outlet,
    Person,
    code_at,
    role_at,
    role_title,
)
from hadath.actors.ner import NAME_LINKS, NerTagger
from hadath.model import ActorMention, Token
from hadath.text.matcher import PhraseMatch, PhraseMatcher
from hadath.text.normalize import SHADDA, normalize
from hadath.text.tokens import PRONOUN_SUFFIXES, advance_letters

# Words that make a following place name a location, not an actor (normalized).
LOCATION_PREPOSITIONS = frozenset({
    "في", "الي", "من", "داخل", "نحو", "عبر", "قرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "انحاء",
    "باتجاه", "اتجاه", "حتي", "ضواحي", "محيط", "اطراف", "سماء", "ارض", "مدينه", "العاصمه",
    "شمالي", "جنوبي", "شرقي", "غربي", "اجواء",
    "خارج", "اراضي", "مستوي", "ربوع",  # round 163: "علاج ابنه خارج المملكة"، "على مستوى المملكة"
})
LOCATION_PROCLITICS = ("ب", "وب", "فب", "ل", "ول", "فل", "لل", "ولل")
# "لدولة الكويت": ل before "the State of" marks a recipient or target more often than a destination (normalized)
STATE_PROCLITICS = frozenset({"ل", "ول", "فل"})
STATE_WORDS = frozenset({"دوله", "جمهوريه", "مملكه", "سلطنه", "اماره"})
# Verbs and nouns of motion whose object is a destination or origin, not an actor (زار موسكو، غادر دمشق).
MOTION_WORDS = frozenset({
    "زار", "زارت", "زارا", "زاروا", "يزور", "تزور", "يزوران", "يزورون", "نزور", "ازور", "زياره", "بزياره",
    "وصل", "وصلت", "وصلا", "وصلوا", "يصل", "تصل", "غادر", "غادرت", "غادرا", "غادروا", "يغادر", "تغادر",
    "دخل", "دخلت", "يدخل", "تدخل", "اقتحم", "اقتحمت", "حل", "حلت", "استقر",
    "توجه", "توجهت", "يتوجه", "تتوجه", "سافر", "سافرت", "يسافر", "تسافر",
})
# Words of sending, carrying and returning that make a state after ل a destination (نقلت الطائرة المساعدات لقطر،
# عودتهم لسوريا); only there: as the word right before a name they have a subject after them (نقلت روسيا قواتها).
SENDING_WORDS = frozenset({
    "نقل", "نقلت", "ينقل", "تنقل", "نقلوا", "ارسل", "ارسلت", "يرسل", "ترسل", "ارسلوا", "عاد", "عادت", "يعود",
    "تعود", "عادوا", "عوده", "عودته", "عودتها", "عودتهم", "سفر", "السفر", "سفره", "رحله", "الرحله",
})
# Grammar of reference (not dictionary data): which words point back to earlier actors.
COUNTERPART_FORMS = frozenset({"نظير", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظيريها", "نظيرتيه",
                               "نظيرتيها", "نظراءه", "نظرايه", "نظراءها", "نظرايها", "نظيراته", "نظيراتها"})
PERSON_ANAPHORS = frozenset({"الوزير", "الرييس", "المسوول"})
# A definite group noun refers back to the last named group whose name it heads (الحزب → حزب الله), normalized.
GROUP_ANAPHORS = MappingProxyType({"الحزب": "حزب", "الحركه": "حركه", "الجماعه": "جماعه", "التنظيم": "تنظيم",
                                   "الميليشيا": "ميليشيا", "المليشيا": "مليشيا", "الميلشيا": "ميلشيا",
                                   "القناه": "قناه", "الوكاله": "وكاله", "التحالف": "تحالف"})  # «القناة»: the channel named before, or a canal; «الوكالة» (round 89): the agency named before
ANAPHOR_ANTECEDENT_KINDS = frozenset({"org", "outlet", "agent"})  # what a group noun can point back to (round 89:
# «وكالة الأنباء الفرنسية … وأضافت الوكالة» is an outlet)
PAIR_PERSON_ANAPHORS = frozenset({"الوزيرين", "الوزيران", "الرييسين", "الرييسان", "الزعيمين", "الزعيمان"})
ORG_ANAPHORS = frozenset({"الوزاره"})
PAIR_COUNTRY_ANAPHORS = frozenset({"البلدين", "البلدان", "الدولتين", "الدولتان", "الطرفين", "الطرفان",
                                   "الجانبين", "الجانبان"})
COUNTRY_ONLY_ANAPHORS = frozenset({"البلدين", "البلدان", "الدولتين", "الدولتان"})
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
# "the latter"/"the former": feminine refers to countries, masculine to persons (read-only maps)
LATTER = MappingProxyType({"الاخيره": "country", "الاخير": "person"})
FORMER = MappingProxyType({"الاولي": "country", "الاول": "person"})
# Honorifics with a pronoun ("نقل إلى سموه رسالة") point back to the last person addressed so: the words (normalized)
# one of which that person's mention carries (سمو الشيخ، أمير البلاد، الملك، الرئيس، الوزير).  (سيادته is left out:
# it is mostly "its sovereignty".)
_PRINCE = ("سمو", "امير", "الشيخ", "ولي العهد")
_KING = ("جلاله", "الملك", "السلطان")
_PRESIDENT = ("فخامه", "رييس")
_MINISTER = ("معالي", "وزير")
# «بالنيابة» (acting, on behalf of) is no prosecution unless an adjective of one follows (normalized)
ACTING_WORDS = frozenset({"بالنيابه", "وبالنيابه"})
PROSECUTION_ADJECTIVES = frozenset({"العامه", "العسكريه", "الاداريه", "الجزاييه"})
# "America" followed by one of these is a continent or a region of it (normalized)
AMERICA_FORMS = frozenset({"امريكا", "اميركا"})
CONTINENT_PARTS = frozenset({"اللاتينيه", "الجنوبيه", "الشماليه", "الوسطي"})
HONORIFICS = MappingProxyType({
    "سموه": _PRINCE, "سموها": _PRINCE, "جلالته": _KING, "جلالتها": _KING, "فخامته": _PRESIDENT,
    "فخامتها": _PRESIDENT, "معاليه": _MINISTER, "معاليها": _MINISTER,
})
# every word form a counterpart or back-reference can take: tokens with none of them are skipped at once
REFERENCE_FORMS = COUNTERPART_FORMS | PERSON_ANAPHORS | PAIR_PERSON_ANAPHORS | PAIR_COUNTRY_ANAPHORS \
    | frozenset(GROUP_ANAPHORS) | frozenset(HONORIFICS) \
    | frozenset(LATTER) | frozenset(FORMER)
# particles after which "الأخيرة" is "the latter" (أكدت أن الأخيرة …), normalized
LATTER_AFTER = frozenset({"ان", "لكن", "بينما", "حين", "مع", "الي", "علي", "عن", "ضد", "من", "بان", "وان", "لان"})
# "أمس الأول" (the day before yesterday) and month names («كانون الأول», «تشرين الأول», «ربيع الأول», «جمادى
# الأولى»); after any definite word (الزيارة الأولى، العام الأخير، المرة الأولى) the form is an adjective agreeing
# with it, never "the former/the latter"
NOT_BEFORE_LATTER = frozenset({"امس", "كانون", "تشرين", "ربيع", "جمادي", "منذ", "في", "حتي",  # منذ الأول من يونيو
                               # a pronoun's predicate: «زيارة هي الأولى له» (the first)
                               "هي", "هو", "وهي", "وهو", "فهي", "فهو"})
# A capital after one of these nouns names a process, meeting or place ("عملية أستانا", "اتفاق جنيف"), not a
# government acting (normalized; construct-state heads).
CONSTRUCT_HEADS = frozenset({
    "عمليه", "مسار", "اجتماع", "اجتماعات", "محادثات", "مفاوضات", "مؤتمر", "موتمر", "اتفاق", "اتفاقيه", "جوله",
    "منصه", "مطار", "جامعه", "بلديه", "محافظه", "ريف", "مدينه", "العاصمه", "عاصمه", "ضواحي", "شوارع", "سكان",
    "اهالي", "اعلان", "بيان", "تفاهمات", "قمه", "لقاء", "لقاءات", "منتدي", "اتفاقات", "مباحثات", "وثيقه",
    "بورصه", "سوق", "شرطه", "ميناء", "محطه", "مسجد", "جامع", "فندق", "قصر", "استاد", "ملعب", "نادي",
    "شارع", "شارعي", "ساحه", "ميدان", "جسر", "نفق", "دوار", "جاده",  # streets named after capitals
    "منطقه", "امانه", "اماره", "مقاطعه", "ولايه", "اقليم", "حي", "قريه", "بلده",  # round 84: بمنطقة الرياض
})
CAPITAL_WORDS = frozenset({"العاصمه", "عاصمه", "بالعاصمه", "للعاصمه"})
# "شارعي الثورة وبغداد": two streets, the second name after و (normalized)
STREET_PAIRS = frozenset({"شارعي", "ساحتي", "ميداني"})
# Words in the name of a body that two states run together ("اللجنة المشتركة"), normalized.
JOINT_WORDS = frozenset({"المشتركه", "المشترك", "الثناييه", "الثنايي"})
JOINT_HEADS = frozenset({"لجنه", "مجلس", "هييه"})  # bodies that two states' nisbas name as joint without it
# Heads of a dealing between parties: two capitals coordinated after one are the two governments ("اتفاق بغداد
# وواشنطن"), while one capital after it names the process ("اتفاق جنيف"); normalized.
PAIR_HEADS = frozenset({"اتفاق", "اتفاقيه", "محادثات", "مفاوضات", "مباحثات", "تفاهمات", "اتفاقات", "علاقات",
                        "العلاقات", "خلاف", "الخلاف", "حوار", "الحوار", "تقارب", "التقارب", "توتر", "التوتر"})
GEO_HEADS = frozenset({"منطقه", "دول", "شبه", "بلدان", "شعوب", "سلام", "امن", "استقرار", "قضايا", "ازمات",
                       "عموم", "انحاء", "ارجاء", "خارج", "داخل"})
# Sectors that belong to a state: without a country they name no identifiable actor.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "HLH", "EDU", "BUS"})
# Institutions that, unqualified, belong to the state named just before them ("البرلمان العراقي الحكومة").
CIVIL_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
# Sectors that act where they are: police, local authorities and crowds of workers, teachers or doctors
# take the country of the sentence's place ("اعتصم العمال في الخرطوم").
PLACE_SECTORS = frozenset({"COP", "GOV", "JUD", "LAB", "EDU", "HLH"})  # and crowds: workers, teachers, doctors
# Sectors of a body that belongs to the country it is said to be "in" (المجلس العسكري في مالي، المعارضة في تشاد).
IN_COUNTRY_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "SPY", "OPP", "REB"})
# Nouns that head the name of a state institution in construct: with a nisba after the name they are that
# state's body ("هيئة الاتصالات التركية", "وزارة الخزانة الأمريكية"); normalized, indefinite.
INSTITUTION_HEADS = frozenset({
    "وزاره", "وزير", "وزيره", "هييه", "مجلس", "لجنه", "جهاز", "مصلحه", "مديريه", "موسسه", "مفوضيه", "ديوان",
    "مكتب", "دايره", "اداره", "وكاله", "محكمه", "نيابه", "قوات", "قياده", "سلطه", "سلطات", "شرطه", "حكومه",
    "بعثه", "بعثات", "وزيرا", "وزيري", "وزيرتا", "وزيرتي",  # the last four: duals ("وزيرا الطاقة الأردني والمصري")
    "شركه",  # round 142: "شركة الاتصالات السعودية" is a Saudi business, not the state
})
# Adjectives that qualify an institution without naming it, normalized; they may stand between the institution and
# its country's nisba ("المدارس الحكومية الأردنية").
_GENERIC_DEFINITE = frozenset({
    "الحكوميه", "الحكومي", "العموميه", "العمومي", "العامه", "العام", "الرسميه", "الرسمي", "الخاصه", "الخاص",
    "المحليه", "المحلي", "الاهليه", "الاهلي", "الاتحاديه", "الاتحادي", "الفيدراليه", "الفيدرالي", "المركزيه",
    "المركزي", "الجامعيه", "الجامعي", "الطبيه", "الطبي", "الصحيه", "الصحي", "الوطنيه", "الوطني",
    "الانتقاليه", "الانتقالي", "الحاكم", "الحاكمه", "العالي", "الملكيه", "الملكي",
    # kinds of force and arms ("قوات برية أردنية"، "قاذفات استراتيجية روسية")
    "العسكريه", "العسكري", "الحربيه", "الحربي", "الاستراتيجيه", "الاستراتيجي", "البريه", "الجويه", "البحريه",
    # kinds of court ("المحكمة الابتدائية في تونس")
    "الابتداييه", "الجناييه", "الاداريه", "الدستوريه", "الاستينافيه", "الجزاييه",
    # kinds of delegation or official (round 100: "الوفد الفني السعودي"، "المسؤول الأمني العراقي")
    "الفني", "الفنيه", "الامني", "الامنيه", "الدبلوماسي", "الدبلوماسيه", "الاعلامي", "الاعلاميه",
})
# the sector an adjective of kind gives a government word (العسكري) or a force (الأمنية) (round 100), normalized; a
# security delegation or official stays GOV, as the team's gold codes «وفد أمني عراقي»
KIND_SECTORS = MappingProxyType({"العسكري": "MIL", "العسكريه": "MIL", "الامني": "COP", "الامنيه": "COP"})
# Adjectives that end the name in an institution's construct ("حكومة الوحدة الوطنية", "هيئة النزاهة الاتحادية"),
# so a nisba after them still names the institution's country; normalized.
NAME_ADJECTIVES = _GENERIC_DEFINITE | frozenset({"القومي", "القوميه", "العليا", "الاعلي"})
# with their indefinite forms, after an indefinite institution ("مدارس حكومية أردنية")
GENERIC_ADJECTIVES = _GENERIC_DEFINITE | frozenset(w[2:] for w in _GENERIC_DEFINITE)
INSTITUTION_FORMS = INSTITUTION_HEADS | frozenset("ال" + w for w in INSTITUTION_HEADS)  # a cheap first test
HEAD_SECTORS = MappingProxyType({"قياده": "MIL", "نيابه": "JUD", "محكمه": "JUD", "شرطه": "COP", "قوات": "MIL",
                                 "شركه": "BUS"})
MEDIA_HEADS = frozenset({"صحيفه", "وكاله", "قناه", "موقع", "شبكه", "اذاعه", "تلفزيون", "مجله", "جريده"})
CONNECTORS = frozenset({"،", ",", "-", "–", "—", "ـ", "و", "/"})
OPEN = frozenset({"(", "«", '"', "["})
# squares and streets named after institutions (بميدان المحكمة، شارع الجيش), normalized; matched on a token's forms
STREET_HEADS = frozenset(normalize(w) for w in ("ميدان", "شارع", "ساحة", "دوار"))
# a word that names the kind of place whose proper name follows it (منطقة الفاو، ميناء الحديدة، سوق عكاظ)
PLACE_NAME_HEADS = STREET_HEADS | frozenset(normalize(w) for w in ("منطقة", "مدينة", "بلدة", "قرية", "ميناء", "حي",
                                                                   "جزيرة", "مديرية", "ناحية", "مخيم", "سوق"))
CLOSE = frozenset({")", "»", '"', "]"})
# Words after which an unknown name often follows (speech and meeting verbs, "counterpart"), normalized.
NAME_CUES = frozenset({
    "قال", "اكد", "اعلن", "اضاف", "اوضح", "اشار", "صرح", "ذكر", "افاد", "لفت", "شدد", "نفي", "دعا", "طالب",
    "قالت", "اكدت", "اعلنت", "اضافت", "اوضحت", "اشارت", "صرحت", "ذكرت", "افادت", "دعت", "طالبت", "نفت",
    "التقي", "استقبل", "بحث", "اجتمع", "زار", "وصل", "ترأس", "يراس", "لقاء", "مع", "نظيره", "نظيرها",
    "الشيخ", "السيد", "السيده", "الدكتور", "د", "المهندس", "الامير", "الاميره", "الملك",
})
NER_WINDOW = 5
_MARKS_LIMIT = 200_000  # words whose scan bits an ActorCoder remembers
_LATIN = re.compile("[a-z]")
# prepositions as written (على with its alif maqsura): alone, never a name, though normalized على is the name علي
PREPOSITIONS_AS_WRITTEN = frozenset({"على", "إلى", "الى", "عن", "في", "من", "مع", "منذ", "حتى", "لدى", "ضد", "عند"})
BISM = frozenset({"باسم", "بإسم"})
# Agent words that before a country's name are another noun in construct: "قوة إيران" is Iran's power, while
# "قوة إيرانية" is an Iranian force (normalized).
NOT_BEFORE_COUNTRY = frozenset({"قوه"})
# Unnamed fighters "of" a named group are that group ("مسلحون من حركة الشباب"); normalized.
MEMBER_SECTORS = frozenset({"UAF", "REB"})
MEMBER_OF = frozenset({"من", "تابعون", "تابعين", "ينتمون"})


@dataclass(slots=True)
class Unit:
    """A candidate actor in one sentence: token range, character span and its resolved coding."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # person | title | agent | country | capital | gov | org | outlet | adjective | ner | ref
    type: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    name_latin: str | None = None
    entity_id: str | None = None
    how: str = "lexicon"
    members: list[ActorMention] = field(default_factory=list)
    place: bool = False  # a place use (after a location preposition): not an actor
    agent: Agent | None = None  # the agent entry of an agent/title unit (its standalone/country/local flags)
    former: str | None = None  # a listed person with no role that day: the country of the last role held before
    anaphor: bool = False  # a definite title/body word coded as a back-reference (الرئيس، الوزارة)
    singular: bool = False  # an organisation's adjective that names it only after a singular noun (الأوروبي)
    role: str | None = None  # a listed person's title that day, as the agents name titles ("king", "foreign minister")
    name_start: int | None = None  # where the name proper starts, once a title before it is merged in
    title_role: str | None = None  # then the title's name ("president"), as role_title names a listed role


@dataclass(slots=True)
class Context:
    """What earlier sentences of the document said, for back-references."""

    mentions: list[ActorMention] = field(default_factory=list)
    countries: list[tuple[str, int, int]] = field(default_factory=list)  # (ISO-3, sentence, token), in order
    # (start offset, country) of the places the geo stage found in the current sentence, in text order
    # (set by the stage per sentence)
    places: tuple[tuple[int, str], ...] = ()


def split_code(code: str | None, countries: dict[str, Country]) -> tuple[str | None, str | None]:
    """(country/root, sector) of a CAMEO-style code: RUSGOV → (RUS, GOV); IGOUNO → (IGO, None)."""
    if not code:
        return None, None
    if len(code) <= 3:
        return (code, None) if code in countries else (None, code)
    return code[:3], (code[3:6] if code[3:6] in SECTORS else None)


class ActorCoder:
    """Finds and codes actor mentions in tokenized sentences; pure apart from the cached lookups."""

    def __init__(self, lexicon: ActorLexicon, tagger: NerTagger | None = None,
                 given_names: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.given_names = given_names  # common given names (ner_names.tsv): سليمان الأسد is not Bashar al-Assad
        self._name_cue_words = NAME_CUES | lexicon.person_words  # words near which the CRF looks for names
        self._called_words = frozenset(lexicon.called)  # المملكة: a country called by a bare word (round 162)
        self.tagger = tagger
        clusters = tagger.features.clusters if tagger is not None else None
        self.known_words = clusters.ids if clusters is not None else None  # for where a found name starts
        self._marks: dict[str, int] = {}  # word → which of the per-token scans below it can interest (bits)

    def _word_marks(self, tokens: Sequence[Token]) -> tuple[list[int], list[int], list[int], list[int]]:
        """Indices of the tokens that can head an institution, be a reference word, cue a name, or be a word a
        country is called by: one pass and, words repeating, mostly one dict lookup per token instead of four set
        tests."""
        seen = self._marks
        heads: list[int] = []
        refs: list[int] = []
        cues: list[int] = []
        called: list[int] = []
        for i, tok in enumerate(tokens):
            bits = seen.get(tok.text)
            if bits is None:
                forms = tok.forms or (tok.norm,)
                bits = 0
                if not INSTITUTION_FORMS.isdisjoint(forms):
                    bits |= 1
                if not REFERENCE_FORMS.isdisjoint(forms):
                    bits |= 2
                if not self._name_cue_words.isdisjoint(forms):
                    bits |= 4
                if not self._called_words.isdisjoint(forms):
                    bits |= 8
                if len(seen) < _MARKS_LIMIT:
                    seen[tok.text] = bits
            if bits:
                if bits & 1:
                    heads.append(i)
                if bits & 2:
                    refs.append(i)
                if bits & 4:
                    cues.append(i)
                if bits & 8:
                    called.append(i)
        return heads, refs, cues, called

    # -- public -------------------------------------------------------------------------------

    def sentence(self, text: str, tokens: list[Token], index: int, day: date,
                 context: Context) -> list[ActorMention]:
        """Mentions of one sentence (offsets into ``text``), updating ``context`` for the next ones."""
        units = self._units(tokens, day, context, index)
        units = self._merge_titles(units, tokens)
        _named_again(units, text, context)
        self._titled_surnames(units, text, day)
        # a title that neither heads a name nor found a country names no identifiable actor ("قال الرئيس")
        units = [u for u in units if not (u.kind == "title" and u.country is None and not u.members)]
        _crowd_of_person(units, tokens)
        units = self._compounds(units, tokens)
        out: list[ActorMention] = []
        for u in units:
            if u.place or u.kind == "adjective":
                continue
            for member in u.members:
                member.text, member.sentence = text[member.start:member.end], index
            m = ActorMention(u.start, u.end, text[u.start:u.end], u.type, u.name, u.name_latin, u.code, u.country,
                             u.sector, u.entity_id, u.how, index, u.members)
            out.append(m)
        context.mentions.extend(out)
        return out

    # -- step 1: units ---------------------------------------------------------------------------

    def _units(self, tokens: list[Token], day: date, context: Context, index: int) -> list[Unit]:
        lex = self.lexicon
        matches = _titles_yield_to_bodies(lex.matcher, tokens, lex.matcher.find(tokens))
        adjective_at = {m.first for m in matches if any(h.kind in ("adjective", "agent_adjective") for h in m.values)}
        placed = frozenset(start for start, _country in context.places)
        units: list[Unit] = []
        for m in matches:
            if (m.first == m.last and m.last + 1 not in adjective_at
                    and _norm_is_anaphor(tokens[m.first], PAIR_PERSON_ANAPHORS | PAIR_COUNTRY_ANAPHORS)):
                continue  # a bare dual ("الوزيران") refers back to a pair; "الوزيران الروسي والتركي" names one
            if m.first == m.last and _definite_form(tokens[m.first]) in GROUP_ANAPHORS and not (
                    m.last + 1 < len(tokens) and tokens[m.last + 1].norm.startswith("ال")):
                continue  # "الميليشيا" alone points back to the militia named before (ميليشيا الحوثي), see _references
            if _taa_marbuta_as_suffix(tokens[m.first], m.first_form):
                continue  # مسؤولية is not مسؤولي + ه: the ة was folded to ه and then taken for a pronoun
            hits = m.values
            if m.first == m.last and _pronoun_after(tokens[m.first], m.first_form) \
                    and all(h.kind in NAME_KINDS for h in hits):
                continue  # round 27: «توجوها» (they crowned it) is no Togo: a state's name takes no pronoun
            if m.first == m.last and m.first_form in SHADDA_HOMOGRAPHS and SHADDA in tokens[m.first].text:
                continue  # round 32: «عمّان» written with its shadda is Amman, Jordan's capital, not Oman
            if any(h.kind == "org_adjective" for h in hits) and _after_agent(units, tokens, m.first):
                # "المسلحين الحوثيين": a group's plural that also names the group qualifies the agent before it
                hits = [h for h in hits if h.kind == "org_adjective"]
            if any(h.kind == "org_singular_adjective" for h in hits) and not (
                    m.first > 0 and _singular_head(tokens[m.first - 1], tokens[m.first])
                    and (_after_agent(units, tokens, m.first) or _institution_word(tokens[m.first - 1]))):
                # "الدول الأوروبية"، "دبلوماسيين أوروبيين": the continent's adjective, no organisation
                hits = [h for h in hits if h.kind != "org_singular_adjective"]
                if not hits:
                    continue
            if all(h.kind == "country_place" for h in hits) and not _is_place_use(tokens, m.first, m.first_form, placed) \
                    and not (m.first > 0 and _both_of(tokens, m.first - 1)):
                continue  # "مالي" is Mali only as a place ("في مالي") or in a list ("كل من مالي والنيجر");
                # elsewhere it is the word "financial"
            if m.first == m.last and _base_not_group(tokens, m.first):
                continue  # القاعدة الجوية، القاعدة الضريبية: a base, not al-Qaeda
            if m.first == m.last and m.first > 0 and any(h.kind == "person" for h in hits) \
                    and _strip_conjunction(tokens[m.first - 1].norm) in self.given_names \
                    and not any(m.first - 1 <= o.last and o.first < m.first for o in matches if o is not m) \
                    and not _own_given_name(tokens, m.first, hits):
                # round 79: "سليمان الأسد، رفعت الأسد": a surname after a given name the entry does not hold is
                # someone else of that family, not the listed person
                hits = [h for h in hits if h.kind != "person"]
                if not hits:
                    continue
            if m.first > 0 and any(h.kind == "person" for h in hits) \
                    and _strip_conjunction(tokens[m.first - 1].norm) in ("بن", "بنت"):
                # round 140: "الأمير سلطان بن سلمان بن عبد العزيز": a listed name right after «بن» is the father's,
                # part of another person's lineage, not the listed person («ابن القذافي» is also "Gaddafi's son")
                hits = [h for h in hits if h.kind != "person"]
                if not hits:
                    continue
            if _article_stripped(tokens[m.first], m.first_form):
                # a person's name does not take the article: المؤدي (the one leading to) is not مودي
                hits = [h for h in hits if h.kind != "person"]
                if not hits:
                    continue
            if any(h.kind == "outlet" for h in hits) and not _introduced_outlet(tokens, m.first) and (
                    any(h.kind != "outlet" for h in hits) or m.first_form.startswith("ال")
                    or (m.first == m.last and len(m.first_form) <= 3)):
                # الرياض the city, العربية the adjective, سبق the verb: an outlet only when introduced
                hits = [h for h in hits if h.kind != "outlet"]
                if not hits:
                    continue
            first, start = m.first, m.start
            if m.first == m.last and any(h.kind == "person" for h in hits) \
                    and (given := _patronymic_start(tokens, m.first, hits)) is not None:
                # round 147: "عادل بن أحمد الجبير": the listed person's own given name and his father's, one name
                # (so a title before it heads it: "وزير الخارجية الأستاذ عادل بن أحمد الجبير")
                first, start = given, _name_start(tokens[given])
            last = m.last
            if any(h.kind == "person" for h in hits) and _dynasty_after(tokens, last):
                last += 2  # "محمد بن زايد آل نهيان": the family name closes the listed name, so his title follows it
            unit = self._unit_from_hits(hits, first, last, start, tokens[last].end, day)
            if unit is not None and unit.kind == "agent" and unit.start in placed:
                continue  # "قناة السويس": a place the geo stage found that opens with an institution word
            if unit is not None:
                if unit.kind == "country" and _nisba_of_noun(tokens, m):
                    unit.place = True  # round 82: "إلى الأراضي السعودية"، "عبر الحدود السعودية": an adjective here
                if unit.kind == "agent" and _armed_adjective(tokens, m, matches):
                    continue  # round 82: "الهجوم المسلح"، "التسلل المسلح": armed, not a gunman
                if m.first == m.last and _other_sense(tokens, m.first, unit.kind):
                    continue  # "القضاء على"، "تم أسرهم"، "بالنيابة"، "أميركا اللاتينية": another word, no party
                if unit.kind in ("country", "capital") and (
                        _is_place_use(tokens, m.first, m.first_form, placed)
                        or _coordinated_with_place(tokens, units, m.first, m.first_form)):
                    unit.place = True
                if unit.kind == "capital" and m.first > 0 and (_construct_head(tokens[m.first - 1]) or (
                        m.first > 1 and _strip_conjunction(tokens[m.first - 2].norm) in CAPITAL_WORDS
                        and tokens[m.first - 1].norm.startswith("ال") and tokens[m.first - 1].norm.endswith(("ي", "يه")))):
                    # (also after a preposition: "بزيارة لمدينة لندن"، "في بلدية الرياض"; and "جنوب العاصمة اليمنية
                    # صنعاء": the capital named with its country's adjective)
                    unit.place = True
                if unit.kind == "capital" and m.first > 1 and tokens[m.first].norm[:1] == "و" \
                        and _strip_conjunction(tokens[m.first - 2].norm) in STREET_PAIRS:
                    unit.place = True  # "على شارعي الثورة وبغداد": the second of two streets
                units.append(unit)
        heads, refs, cues, called = self._word_marks(tokens)
        if called:
            units += self._called_countries(tokens, units, context, index, placed, called)
        _pair_after_head(units, tokens)
        units = self._joint_bodies(units, tokens)
        units += self._institution_heads(tokens, units, heads)
        units.sort(key=lambda u: (u.first, -u.last))
        units = self._attach_countries(units, tokens, context, index)
        for u in units:
            # countries the text talks about (an outlet's home country is not one of them)
            if u.country in lex.countries and (u.kind == "adjective" or (not u.place and u.kind not in ("person", "outlet"))):
                context.countries.append((u.country, index, u.first))
        units += self._references(tokens, units, context, index, refs)
        if self.tagger is not None:
            units += self._ner_units(tokens, units, cues)
        units.sort(key=lambda u: (u.first, -u.last))
        return units

    def _called_countries(self, tokens: list[Token], units: list[Unit], context: Context, index: int,
                          placed: frozenset[int], candidates: Sequence[int]) -> list[Unit]:
        """Round 162: a bare word a country is called by in its own news (المملكة, the lexicon's «called») is that
        country: the last such country named before it in its sentence («قال وزير الخارجية الأردني إن المملكة …» →
        JOR), else the one the earlier sentences name most (a Saudi report naming Jordan once: SAU).  A country unit
        like its name, so the rest of the stage reads it the same way (حكومة المملكة، بقيادة المملكة).  Not where it
        is a place (في المملكة), when a country's own adjective follows (المملكة الإسبانية), or none was named."""
        lex = self.lexicon
        covered = {k for u in units for k in range(u.first, u.last + 1)}
        out: list[Unit] = []
        for i in candidates:  # (from _word_marks)
            tok = tokens[i]
            form = next((f for f in tok.forms or (tok.norm,) if f in lex.called), None)
            if form is None or i in covered:
                continue
            if i + 1 < len(tokens) and any(u.first == i + 1 and u.kind in ("adjective", "country") for u in units):
                continue
            if _is_place_use(tokens, i, form, placed):
                continue  # "الجهات الأمنية في المملكة": where, for the places stage (said by a Jordanian envoy in Riyadh)
            here = [u.country for u in units if u.last < i and u.country in lex.called[form]]
            earlier = [c for c, sent, _at in context.countries if sent < index and c in lex.called[form]]
            # (in this sentence the last one named; before it, the one the article names most, the latest on a tie:
            # a Saudi report that names Jordan once still means Saudi Arabia)
            code = here[-1] if here else max(reversed(earlier), key=Counter(earlier).__getitem__) if earlier else None
            if code is None:
                continue
            country = lex.countries[code]
            out.append(Unit(i, i, _keep_article_start(tok), tok.end, "country", "GPE", code, code, None,
                            country.name_ar, country.name_en, code, "coref"))
        return out

    def _unit_from_hits(self, hits: list[Hit], first: int, last: int, start: int, end: int,
                        day: date) -> Unit | None:
        by_kind: dict[str, Hit] = {}
        for h in hits:
            # one name, several dated entries (طالبان the insurgency, then the government): the one in force wins
            current = by_kind.get(h.kind)
            if current is None or (_dated(current.ref) and code_at(current.ref, day) is None
                                   and _dated(h.ref) and code_at(h.ref, day) is not None):
                by_kind[h.kind] = h
        for kind in ("person", "org", "outlet", "agent", "gov_alias", "capital", "country", "country_place",
                     "adjective", "org_adjective", "org_singular_adjective", "agent_adjective"):
            hit = by_kind.get(kind)
            if hit is None:
                continue
            ref = hit.ref
            if kind in ("org_adjective", "org_singular_adjective") and isinstance(ref, Organization):
                # "الأممي": an adjective whose code is an organisation's; no country of its own
                return Unit(first, last, start, end, "adjective", "NORP", code_at(ref, day), None, None,
                            ref.name_ar, ref.name_en, ref.id, singular=kind == "org_singular_adjective")
            if isinstance(ref, Person):
                code = code_at(ref, day)
                country, sector = split_code(code, self.lexicon.countries)
                role = role_at(ref, day)
                return Unit(first, last, start, end, "person", "PERS", code, country, sector, ref.name_ar,
                            ref.name_en, ref.id, former=None if code else _former_country(ref, day,
                                                                                           self.lexicon.countries),
                            role=role_title(role) if role is not None else None)
            if isinstance(ref, Organization):
                code = code_at(ref, day)
                country, sector = split_code(code, self.lexicon.countries)
                members = [ActorMention(start, end, "", "GPE" if c in self.lexicon.countries else "ORG",
                                        actor_code=c, country=split_code(c, self.lexicon.countries)[0],
                                        sector=split_code(c, self.lexicon.countries)[1], how="member")
                           for c in ref.members]
                return Unit(first, last, start, end, "org", "ORG", None if members else code,
                            None if members else country, None if members else sector, ref.name_ar,
                            ref.name_en, ref.id, "lexicon", members)
            if isinstance(ref, Outlet):
                code = code_at(ref, day)
                return Unit(first, last, start, end, "outlet", "ORG", code, ref.country, "MED", ref.name_ar,
                            ref.name, ref.id)
            if isinstance(ref, Agent):
                return Unit(first, last, start, end, "title" if ref.title else "agent", ref.type, None,
                            None, ref.sector, ref.name_ar, ref.name_en, None, agent=ref)
            if isinstance(ref, Country):
                if kind in ("country", "country_place"):
                    return Unit(first, last, start, end, "country", "GPE", ref.code, ref.code, None, ref.name_ar,
                                ref.name_en, ref.code)
                if kind in ("capital", "gov_alias"):
                    return Unit(first, last, start, end, "capital" if kind == "capital" else "gov",
                                "GPE" if kind == "capital" else "ORG",
                                ref.code + "GOV", ref.code, "GOV", ref.name_ar, ref.name_en, ref.code,
                                "metonymy")
                return Unit(first, last, start, end, "agent_adjective" if kind == "agent_adjective" else "adjective",
                            "NORP", ref.code, ref.code, None, ref.name_ar, ref.name_en, ref.code)
        return None

    def _attach_countries(self, units: list[Unit], tokens: list[Token], context: Context,
                          index: int) -> list[Unit]:
        """Agent/title + adjacent adjective or country name, or + ``باسم X``, takes that country.

        An agent left without a country is resolved from context: a definite back-reference (الوزارة)
        takes the last compatible actor, a possessive (قواتها) or a state-sector word (الحكومة) the
        nearest country before it, a body "in" a country (المجلس العسكري في مالي) that country.  A word
        that names one state by itself (الكنيست) takes it.  A title that stays unresolved is dropped (no
        identifiable actor); a standalone state body (الحكومة، الجيش) takes the article's country, else
        keeps its bare sector code, as a non-state sector (UAF, CVL, MED …) does.
        """
        units = _settle_agent_adjectives(units, tokens)
        out: list[Unit] = []
        i = 0
        while i < len(units):
            u = units[i]
            # (the head in construct, indefinite: «بمنطقة الفاو», not «بين شباب المدينة وتنظيم داعش»)
            head_forms = tokens[u.first - 1].forms or (tokens[u.first - 1].norm,) \
                if u.first > 0 and not _is_definite(tokens[u.first - 1]) else ()
            if u.kind in ("org", "outlet") and not PLACE_NAME_HEADS.isdisjoint(head_forms) \
                    or u.kind == "agent" and not STREET_HEADS.isdisjoint(head_forms):
                # round 158: "في منطقة الفاو": a place named like an organisation (FAO), no actor; round 159: so
                # are "بميدان المحكمة"، "سوق عكاظ" (a square named after a court, a fair named like a paper)
                i += 1
                continue
            if u.kind not in ("agent", "title"):
                out.append(u)
                i += 1
                continue
            if u.kind == "agent" and (_security_as_a_good(u, tokens) or (
                    u.first == u.last and _domestic_adjective(tokens, u.first))):
                i += 1  # (round 150: "السياحة الداخلية": domestic tourism, not the interior ministry)
                continue
            prev = out[-1] if out else None
            if u.sector == "OPP" and u.first == u.last and prev is not None and prev.kind == "adjective" \
                    and prev.country and prev.last == u.first - 1 and prev.first > 0 \
                    and _is_definite(tokens[prev.first]) == _is_definite(tokens[u.first]) \
                    and tokens[prev.first - 1].is_word and _is_definite(tokens[prev.first - 1]) \
                    and (len(out) < 2 or out[-2].last < prev.first - 1):
                # "السياسي التونسي المعارض"، "الفصائل السورية المعارضة": a noun, its country's nisba, then
                # "opposition": an opponent of that country's government
                out.pop()
                u.first, u.start = prev.first - 1, _keep_article_start(tokens[prev.first - 1])
                u.country, u.code, u.how = prev.country, f"{prev.country}OPP", "agent+country"
                out.append(u)
                i += 1
                continue
            nxt = units[i + 1] if i + 1 < len(units) else None
            group = _group_antecedent(tokens, u.last + 1, out, context) if (
                u.kind == "agent" and u.country is None and u.code is None and u.last + 1 < len(tokens)
                and (nxt is None or nxt.first > u.last + 1) and not _is_definite(tokens[u.last])) else None
            if group is not None:
                # "قوات التحالف" after «التحالف الدولي»: a body in construct with the group named before is that
                # group acting, as "قوات التحالف الدولي" is
                u.code, u.country, u.sector = (group.code, group.country, group.sector) if isinstance(group, Unit) \
                    else (group.actor_code, group.country, group.sector)
                u.last, u.end, u.how = u.last + 1, tokens[u.last + 1].end, "agent+org"
                out.append(u)
                i += 1
                continue
            if u.kind in ("agent", "title") and u.first == u.last and tokens[u.first].norm.lstrip("وف") in DEPUTY_WORDS \
                    and nxt is not None and nxt.first == u.last + 1 and nxt.type == "PERS" \
                    and nxt.kind in ("person", "title"):
                # "نائب خادم الحرمين الشريفين": the deputy of a named office holder, not a member of parliament;
                # coded as the holder's office once that is known (below)
                u.how, u.name, u.name_latin = "deputy", "نائب", "deputy"
                out.append(u)
                i += 1
                continue
            if nxt is not None and (nxt.kind == "adjective" or (nxt.kind == "country" and _nisba_form(tokens[nxt.first]))) \
                    and u.kind in ("agent", "title") and \
                    0 < nxt.first - u.last - 1 <= 2 and all(tokens[k].norm in GENERIC_ADJECTIVES
                                                            for k in range(u.last + 1, nxt.first)):
                # "المدارس الحكومية الأردنية"، "المستشفيات العمومية المغربية": a generic adjective stands
                # between the institution and its country's nisba (round 100: or a title's: "الوفد الفني السعودي";
                # "الوفد العسكري الأمريكي" is the military's)
                kinds = {KIND_SECTORS[tokens[k].norm] for k in range(u.last + 1, nxt.first) if tokens[k].norm in KIND_SECTORS}
                if kinds == {"MIL"} and u.sector == "GOV" or kinds == {"COP"} and u.sector == "MIL":
                    u.sector = kinds.pop()  # "القوات الأمنية العراقية": security forces, not the army
                u.last, u.end = nxt.first - 1, tokens[nxt.first - 1].end
            if nxt is not None and nxt.kind in ("adjective", "country") and not nxt.place and nxt.code \
                    and not (nxt.kind == "country" and tokens[nxt.first].prefix.startswith(("ل", "ول", "فل"))) \
                    and not (nxt.singular and not _singular_head(tokens[u.last], tokens[nxt.first])) \
                    and not (nxt.kind == "country" and tokens[u.last].norm in NOT_BEFORE_COUNTRY
                             and not self._is_adjective(tokens[nxt.first:nxt.last + 1])) and (
                    (nxt.first == u.last + 1 and (nxt.kind == "country"
                                                  or _is_definite(tokens[u.last]) == _is_definite(tokens[nxt.first])))
                    or _construct_nisba(tokens, u, nxt) or _shared_construct(tokens, u, nxt)):
                # an adjective agrees in definiteness: "الأمير تركي" is Prince Turki, not a Turkish prince;
                # "هيئة الاتصالات التركية": the adjective after a construct agrees with its head
                adjacent = nxt.first == u.last + 1
                u.end, u.last = nxt.end, nxt.last
                if nxt.country is None:  # "المبعوث الأممي": an organisation's adjective gives its code
                    u.code = nxt.code
                    u.country, u.sector = split_code(nxt.code, self.lexicon.countries)
                    u.how = "title" if u.kind == "title" else "agent+org"
                    i += 2
                    out.append(u)
                    continue
                u.country = nxt.country
                if adjacent:
                    self._refine_sector(u, tokens)
                u.code = f"{nxt.country}{u.sector}"
                u.how = "title" if u.kind == "title" else "agent+country" if adjacent else "institution+country"
                i += 2
                more = _coordinated_adjectives(tokens, u, units, i)
                if more:  # "القوات الروسية والتركية": one mention per country, together one compound actor
                    members = [ActorMention(u.start, u.end, "", u.type, actor_code=f"{c}{u.sector}", country=c,
                                            sector=u.sector, how="member") for c in [u.country, *[m.country for m in more]]]
                    u.end, u.last = more[-1].end, more[-1].last
                    u.code = u.country = None
                    u.members, u.how = members, "agent+countries"
                    i += len(more)
                    out.append(u)
                    continue
                if _norm_is_anaphor(tokens[u.first], PERSON_ANAPHORS):  # "الوزير الروسي": that country's last person
                    earlier = [m for m in context.mentions + [_as_member(o) for o in out]
                               if m.type == "PERS" and m.country == u.country and m.entity_id and not m.members]
                    if earlier:
                        last = earlier[-1]
                        u.name, u.name_latin, u.entity_id = last.name, last.name_latin, last.entity_id
                        u.code, u.sector, u.how = last.actor_code, last.sector, "coref"
                out.append(u)
                continue
            if u.sector == "MED" and nxt is not None and nxt.kind == "outlet" and all(
                    t.norm in OPEN for t in tokens[u.last + 1:nxt.first]):
                # "صحيفة الرياض": the media word introduces the outlet, one mention with the outlet's code
                nxt.first, nxt.start = u.first, u.start
                out.append(nxt)
                i += 2
                continue
            if nxt is not None and nxt.kind in ("org", "outlet") and nxt.code and not nxt.members and (
                    nxt.first == u.last + 1 or (  # round 157: "ميليشيات «فجر ليبيا»": the name in quotes
                        u.kind == "agent" and u.sector == "REB" and nxt.first == u.last + 2 and tokens[u.last + 1].norm in ("«", '"'))) \
                    and (u.kind == "title" or (
                        not _is_definite(tokens[u.last]) and (tokens[nxt.first].prefix in ("", "ال")
                                                              # round 149: a name whose own first letter is و
                                                              # (ميليشيا وحدات الحماية الكردية), no conjunction
                                                              or nxt.start == tokens[nxt.first].start))):
                # "الأمين العام للأمم المتحدة", "قائد قوات سوريا الديمقراطية": the title of that organisation;
                # "بعثة الاتحاد الأفريقي": a body in construct with an organisation is part of it
                u.code, u.country, u.sector = nxt.code, nxt.country, nxt.sector
                u.end, u.last, u.how = nxt.end, nxt.last, "title" if u.kind == "title" else "agent+org"
                out.append(u)
                i += 2
                continue
            if nxt is not None and u.kind == "agent" and u.sector in MEMBER_SECTORS and nxt.kind == "org" \
                    and nxt.code and not nxt.members and nxt.first == u.last + 2 \
                    and tokens[u.last + 1].norm in MEMBER_OF:
                # "مسلحون من جماعة نصرة الإسلام والمسلمين": gunmen of that group are the group acting
                u.code, u.country, u.sector = nxt.code, nxt.country, nxt.sector
                u.end, u.last, u.how = nxt.end, nxt.last, "agent+org"
                out.append(u)
                i += 2
                continue
            bism = nxt is not None and (
                (nxt.first == u.last + 2 and tokens[u.last + 1].norm in BISM)
                or (nxt.first == u.last + 1 and tokens[u.last].norm in BISM))
            if bism and nxt is not None and nxt.kind != "adjective":
                if nxt.kind in ("agent", "title") and nxt.code is None:
                    nxt2 = units[i + 2] if i + 2 < len(units) else None
                    if nxt2 is not None and nxt2.kind in ("adjective", "country") and nxt2.country and (
                            nxt2.first == nxt.last + 1 or _construct_nisba(tokens, nxt, nxt2)):
                        nxt.country, nxt.code = nxt2.country, f"{nxt2.country}{nxt.sector}"
                        nxt.end, nxt.last = nxt2.end, nxt2.last
                        i += 1
                    else:
                        _resolve_backref(nxt, context.mentions + [_as_member(o) for o in out], "ORG")
                if nxt.country:
                    u.code, u.country = nxt.code, nxt.country
                    u.sector = nxt.sector or u.sector
                    u.end, u.last = nxt.end, nxt.last
                    u.how = "title"
                    out.append(u)
                    i += 2
                    continue
            if u.agent is not None and u.agent.country:  # "الكنيست", "قوات الاحتلال": the one state it names
                u.country, u.code, u.how = u.agent.country, f"{u.agent.country}{u.sector}", "default"
                out.append(u)
                i += 1
                continue
            earlier = context.mentions + [_as_member(o) for o in out]
            if _norm_is_anaphor(tokens[u.first], ORG_ANAPHORS | PERSON_ANAPHORS):
                _resolve_backref(u, earlier, u.type)
                u.anaphor = u.how == "coref"
            if u.country is None and u.sector in STATE_SECTORS and _has_pronoun_suffix(tokens[u.last]):
                owner = _nearest_state_unit(out, self.lexicon.countries)
                country = owner.country if owner is not None else _nearest_country(out, context, self.lexicon.countries)
                if u.sector == "MIL" and owner is not None and owner.sector == "COP":
                    u.sector = "COP"  # round 118: "نفت وزارة الداخلية أن تكون قواتها": the police body's forces
                if country:
                    u.country, u.code, u.how = country, f"{country}{u.sector}", "coref"
            if u.country is None and u.sector in CIVIL_STATE_SECTORS and (u.kind == "agent" or (
                    u.kind == "title" and not _is_definite(tokens[u.last]) and nxt is not None
                    and nxt.kind in ("title", "person"))):  # (not "محافظ بغداد": the governorate, not the state)
                country = _following_country(units, i)
                if country:  # construct state: "إدارة الرئيس الأمريكي", "إدارة ترامب", "سفير خادم الحرمين الشريفين"
                    u.country, u.code, u.how = country, f"{country}{u.sector}", "agent+country"
            abroad = u.agent is not None and u.agent.abroad  # round 157: an embassy is not its host's
            if u.country is None and u.kind == "agent" and not abroad and (
                    u.sector in IN_COUNTRY_SECTORS or (u.agent is not None and u.agent.standalone)):
                country = _country_after_in(tokens, u, nxt)
                if country:  # "المجلس العسكري في مالي", "السلطات في بنغلاديش": the body of that country
                    u.country, u.code, u.how = country, f"{country}{u.sector}", "agent+in-country"
            if u.country is None and u.kind == "agent" and u.sector in PLACE_SECTORS:
                country = _institution_country_after_in(tokens, units, i)
                if country:  # "المعلمون في المدارس الحكومية الأردنية": the staff of that country's schools
                    u.country, u.code, u.how = country, f"{country}{u.sector}", "agent+in-country"
            if u.country is None and u.sector in PLACE_SECTORS and u.kind in ("agent", "title") \
                    and not _is_definite(tokens[u.last]) and u.last + 1 < len(tokens) \
                    and (u.first == 0 or _strip_conjunction(tokens[u.first - 1].norm) not in MOTION_WORDS):
                # (not "زار وزير دمشق": the subject of a visit, and the place its object)
                country = _place_country_at(tokens[u.last + 1], context.places)
                if country:  # "محافظ عدن"، "شرطة دبي": the local office or body of a place, in construct
                    u.country, u.code, u.how = country, f"{country}{u.sector}", "agent+place"
                    u.last, u.end = u.last + 1, tokens[u.last + 1].end
                    if nxt is not None and nxt.first == u.last and nxt.kind == "capital":
                        nxt.place = True  # "محافظ بغداد": the capital names the governorate here, not the state
            if u.country is None and u.sector in CIVIL_STATE_SECTORS and u.kind == "agent":
                country = _nearest_country(out, context, self.lexicon.countries, same_sentence_only=True)
                if country:
                    u.country, u.code, u.how = country, f"{country}{u.sector}", "context"
            if u.country is None and u.kind == "agent" and not abroad and (
                    u.sector in PLACE_SECTORS or (u.agent is not None and u.agent.local)) \
                    and len({c for _s, c in context.places}) == 1:
                # "فرقت قوات الأمن المتظاهرين في البصرة": local police/authorities of the one country named
                u.country = context.places[0][1]
                u.code, u.how = f"{u.country}{u.sector}", "place"
            if u.country is None and u.kind == "agent" and u.agent is not None and u.agent.local \
                    and len(context.places) > 1:
                # "تنفذ روسيا عملية في سوريا وتدعم الجيش النظامي": places in several countries, the regime's
                # forces are those of the country named nearest before them (else nearest after)
                before = [c for s, c in context.places if s < u.start]
                u.country = before[-1] if before else next(c for s, c in context.places if s > u.start)
                u.code, u.how = f"{u.country}{u.sector}", "place"
            if u.country is None and u.kind == "title" and u.sector in STATE_SECTORS:
                country = _formal_state_after(tokens, u, nxt)
                if country:  # "وزير الداخلية بمملكة البحرين"، "وزير الداخلية في دولة الكويت": that state's office
                    u.country, u.code, u.how = country, f"{country}{u.sector}", "title+in-country"
                    if not _plural_head(tokens[u.first]):  # (an official's state is no place he is in; officials
                        u.last, u.end = nxt.last, nxt.end  # «في مملكة البحرين» are there)
                        nxt.place = True
            if u.country is None and u.last > u.first:
                inner = self._inner_code(tokens[u.first + 1:u.last + 1])
                if inner:  # "المتحدث باسم البنتاغون" listed as one title: the organisation inside gives the code
                    u.code, u.country = inner
                    u.how = "title"
            if u.country is None and u.kind == "title":
                out.append(u)  # may still head a name ("الجنرال إيغور كوناشينكوف"); dropped after merging if not
                i += 1
                continue
            if u.country is None and u.agent is not None and u.agent.standalone:
                country = _article_country(context, index, self.lexicon.countries)
                if country:  # "وأكدت الحكومة" in an article about one country: that country's government
                    u.country, u.code, u.how = country, f"{country}{u.sector}", "article"
                else:  # no country anywhere: the unnamed body by its sector alone (GOV, MIL, COP …)
                    u.code, u.how = u.sector, "sector"
            if u.country is None and u.code is None:
                if u.sector in STATE_SECTORS:
                    i += 1
                    continue  # "القوات" with no country anywhere near: not an identifiable actor
                u.code = u.sector  # a non-state sector with no country: CAMEO's generic agent (MED, UAF, CVL …)
            out.append(u)
            i += 1
        held_by_deputy: set[int] = set()
        for k, u in enumerate(out):
            if u.how == "deputy":
                held = out[k + 1] if k + 1 < len(out) and out[k + 1].first == u.last + 1 else None
                if held is not None and held.code:  # one party: "نائب خادم الحرمين الشريفين"
                    u.country, u.code, u.sector = held.country, held.code, held.sector
                    u.last, u.end = held.last, held.end
                    held_by_deputy.add(k + 1)
        return [u for k, u in enumerate(out) if k not in held_by_deputy and (u.how != "deputy" or u.code)]

    def _institution_heads(self, tokens: list[Token], units: list[Unit], candidates: Sequence[int] | None = None
                           ) -> list[Unit]:
        """Units for institution nouns that no lexicon entry lists, when a construct name and a nisba follow.

        "هيئة الاتصالات التركية" names a Turkish state body although "هيئة" alone names nothing: the unit
        is only made when the pattern is complete, so the noun never stands as an actor on its own.
        """
        covered = {t for u in units if u.kind != "agent_adjective" for t in range(u.first, u.last + 1)}
        by_first = {u.first: u for u in units if not u.place}
        any_first = {u.first: u for u in units}
        out: list[Unit] = []
        for k in range(len(tokens)) if candidates is None else candidates:  # (from _word_marks)
            tok = tokens[k]
            if k in covered or INSTITUTION_FORMS.isdisjoint(tok.forms or (tok.norm,)):
                continue
            word = _institution_word(tok)
            if word is None:
                continue
            sector = HEAD_SECTORS.get(word, "GOV")
            head = Unit(k, k, _keep_article_start(tok), tok.end, "agent", "ORG", sector=sector)
            nxt = by_first.get(k + 1)
            if nxt is not None and ((nxt.kind == "adjective" and nxt.country is None and nxt.code
                                     and _is_definite(tok) == _is_definite(tokens[k + 1]))
                                    or (nxt.kind == "org" and nxt.code and not nxt.members and not _is_definite(tok)
                                        and tokens[k + 1].prefix in ("", "ال"))):
                out.append(head)  # "بعثة أممية", "بعثة الاتحاد الأفريقي": part of that organisation
                continue
            if _is_definite(tok):
                continue
            for gap in (1, 2):
                if any(t in covered for t in range(k + 1, k + gap + 1)):
                    continue
                adj = by_first.get(k + gap + 1)
                if adj is not None and _construct_nisba(tokens, head, adj):
                    out.append(head)
                    break
                place = any_first.get(k + gap + 2)
                if adj is None and place is not None and place.kind in ("country", "capital") \
                        and tokens[k + gap + 1].norm == "في" and _construct_name(tokens[k + 1:k + gap + 1]):
                    # "هيئة تنظيم الاتصالات في الجزائر": the whole name, then the country it is in
                    head.last, head.end = k + gap, tokens[k + gap].end
                    out.append(head)
                    break
        return out

    def _joint_bodies(self, units: list[Unit], tokens: list[Token]) -> list[Unit]:
        """"اللجنة العليا المشتركة الكويتية العراقية"، "القوات المشتركة الأمريكية العراقية": a definite body, up to
        two words of its name, then two or more juxtaposed nisbas of different states: one compound actor, the
        body of each state (a joint body speaks for both)."""
        by_first = {u.first: u for u in units}
        drop: set[int] = set()
        out: list[Unit] = []
        for k, tok in enumerate(tokens):
            if k in by_first and by_first[k].kind not in ("agent", "title"):
                continue
            head = by_first.get(k)
            word = _institution_word(tok)
            if (head is None or head.last != k) and word is None:
                continue
            j = k + 1
            while j < len(tokens) and j - k <= 3 and j not in by_first and _is_definite(tokens[j]) \
                    and tokens[j].is_word:
                j += 1
            nisbas: list[Unit] = []
            # (السعودية is listed as the country's name only, but reads as the nisba here too)
            while (nxt := by_first.get(j)) is not None and nxt.first == nxt.last and nxt.country \
                    and (nxt.kind == "adjective" or (nxt.kind == "country" and tokens[j].norm.endswith("يه"))) \
                    and _is_definite(tokens[j]) and all(n.country != nxt.country for n in nisbas):
                nisbas.append(nxt)
                j += 1
            if len(nisbas) < 2 or (not _is_definite(tok) and j - len(nisbas) == k + 1):
                continue  # (an indefinite head needs its construct name: "مجلس التنسيق السعودي العراقي")
            if not any(t.norm in JOINT_WORDS for t in tokens[k + 1:nisbas[0].first]) and word not in JOINT_HEADS:
                continue  # "الحكومة السورية التركية": no joint body without المشتركة, except a committee or council
            sector = head.sector if head is not None and head.sector else HEAD_SECTORS.get(word or "", "GOV")
            start = _keep_article_start(tok)
            members = [ActorMention(start, nisbas[-1].end, "", "ORG", actor_code=f"{n.country}{sector}",
                                    country=n.country, sector=sector, how="member") for n in nisbas]
            out.append(Unit(k, nisbas[-1].last, start, nisbas[-1].end, "org", "ORG", how="joint", members=members))
            drop.update(id(n) for n in nisbas)
            if head is not None:
                drop.add(id(head))
        if not out:
            return units
        return sorted([u for u in units if id(u) not in drop] + out, key=lambda u: (u.first, -u.last))

    def _is_adjective(self, tokens: list[Token]) -> bool:
        """Whether the phrase is also a nationality adjective (تركية: Turkish, and Turkey spelled with ة)."""
        phrase = " ".join(t.norm for t in tokens)
        return any(h.kind == "adjective" for h in self.lexicon.matcher.lookup(phrase))

    def _inner_code(self, tokens: list[Token]) -> tuple[str, str] | None:
        """(code, country) of the first coded organisation, capital or country named inside a phrase."""
        for m in self.lexicon.matcher.find(tokens):
            for h in m.values:
                ref = h.ref
                if isinstance(ref, Organization) and ref.code and not ref.members:
                    country = split_code(ref.code, self.lexicon.countries)[0]
                    if country:
                        return ref.code, country
                if isinstance(ref, Country) and h.kind in ("capital", "gov_alias"):
                    return ref.code + "GOV", ref.code
        return None

    def _refine_sector(self, u: Unit, tokens: list[Token]) -> None:
        """"المعارضة السورية المسلحة": the agent words plus the word after the adjective may name a more
        specific agent (المعارضة المسلحة → REB); take its sector and extend the span."""
        if u.last + 1 >= len(tokens) or not tokens[u.last + 1].is_word:
            return
        head = [t.norm for t in tokens[u.first:u.last]]  # agent words (the adjective is the last token)
        nxt = tokens[u.last + 1]
        for form in nxt.forms or (nxt.norm,):
            for hit in self.lexicon.matcher.lookup(" ".join([*head, form])):
                if hit.kind == "agent" and isinstance(hit.ref, Agent):
                    u.sector = hit.ref.sector
                    u.last, u.end = u.last + 1, nxt.end
                    return

    def _references(self, tokens: list[Token], units: list[Unit], context: Context, index: int,
                    candidates: Sequence[int] | None = None) -> list[Unit]:
        """Counterparts and anaphors on tokens no lexicon match covers."""
        covered = {t for u in units for t in range(u.first, u.last + 1)}
        by_first = {u.first: u for u in units}
        out: list[Unit] = []
        for i in range(len(tokens)) if candidates is None else candidates:  # (from _word_marks)
            tok = tokens[i]
            forms = tok.forms or (tok.norm,)
            if i in covered or REFERENCE_FORMS.isdisjoint(forms):
                continue
            if any(f in COUNTERPART_FORMS for f in forms):
                adj = by_first.get(i + 1)
                if adj is not None and adj.kind in ("adjective", "country") and adj.country:
                    # the nearest person, or the nearest state body ("القوات البرية الكويتية ونظيرتها الأمريكية":
                    # a force's counterpart is a force), before it in the sentence
                    before = [u for u in units if u.sector and u.last < i and u is not adj and not u.place and (
                        u.type == "PERS" or (u.type == "ORG" and u.kind == "agent" and u.sector in STATE_SECTORS))]
                    sector = (before[-1].sector if before else _last_person_sector(context.mentions)) or "GOV"
                    adj.kind = "ref"
                    adj.type, adj.first, adj.start = "PERS", i, tok.start
                    adj.code, adj.sector, adj.how = f"{adj.country}{sector}", sector, "counterpart"
                    adj.name = adj.name_latin = adj.entity_id = None
                    more = _coordinated_adjectives(tokens, adj, units, units.index(adj) + 1)
                    if more:  # "نظيريه الروسي والتركي"، "نظرائه الأردني والعراقي": one counterpart per country
                        adj.members = [ActorMention(adj.start, adj.end, "", "PERS", actor_code=f"{c}{sector}",
                                                    country=c, sector=sector, how="counterpart")
                                       for c in [adj.country, *[m.country for m in more]]]
                        for m in more:
                            m.kind, m.place = "adjective", True  # consumed
                        adj.last, adj.end = more[-1].last, more[-1].end
                        adj.code = adj.country = None
                    continue
            honorific = next((f for f in forms if f in HONORIFICS), None)
            if honorific is not None:
                ref = self._honorific_ref(tokens, units, context, i, HONORIFICS[honorific])
                if ref is not None:  # (فخامته is not ف + خامته: the span starts where the honorific does)
                    ref.start = tok.start + advance_letters(tok.text, 0, len(tok.text), len(tok.norm) - len(honorific))
                    out.append(ref)
                continue
            norm = _definite_form(tok)
            if norm is None:
                continue
            if norm in GROUP_ANAPHORS:
                x = _group_antecedent(tokens, i, units, context)
                if isinstance(x, Unit):
                    out.append(Unit(i, i, _keep_article_start(tok), tok.end, "ref", "ORG", x.code, x.country,
                                    x.sector, x.name, x.name_latin, None, "coref"))
                elif x is not None:
                    out.append(_copy_ref(tok, i, x))
                continue
            if norm in PAIR_PERSON_ANAPHORS:
                pair = _last_distinct(context.mentions, 2, lambda m: m.type == "PERS" and m.actor_code is not None)
                if len(pair) == 2:
                    out.append(_compound_ref(tok, i, pair, "PERS"))
            elif norm in PAIR_COUNTRY_ANAPHORS:
                named = _named_pair(tokens, by_first, i)
                if named is not None:  # "الجانبين الأردني والفلسطيني": the two are named here, not earlier
                    if named:
                        sector = "" if norm in COUNTRY_ONLY_ANAPHORS else "GOV"
                        members = [ActorMention(a.start, a.end, "", "GPE" if not sector else "ORG",
                                                actor_code=f"{a.country}{sector}", country=a.country,
                                                sector=sector or None, how="nisba-pair") for a in named]
                        ref = _compound_ref(tok, i, members, members[0].type)
                        ref.last, ref.end, ref.how = named[-1].last, named[-1].end, "nisba-pair"
                        for a in named:
                            a.place = True  # consumed
                        out.append(ref)
                    continue
                pair_units = [u for u in units + out if u.members and u.last < i and len(u.members) == 2]
                joined = None if pair_units or norm in COUNTRY_ONLY_ANAPHORS else _joined_pair_before(tokens, units, i)
                recent_pair = pair_units[-1].members if pair_units else None if joined else next(
                    (m.members for m in reversed(context.mentions)
                     if len(m.members) == 2 and m.sentence >= index - 1), None)
                if joined is not None:
                    # round 78: "مقاتلي المعارضة وتنظيم داعش اثر اشتباكات بين الطرفين": the two named just before
                    out.append(_compound_ref(tok, i, [_as_member(u) for u in joined], joined[0].type))
                    continue
                if not recent_pair and norm not in COUNTRY_ONLY_ANAPHORS:
                    here = [_as_member(u) for u in units if u.last < i and u.code and u.type == "PERS"]
                    two = _last_distinct(context.mentions + here, 2, lambda m: m.type == "PERS" and bool(m.actor_code))
                    recent_pair = two if len(two) == 2 else None
                if recent_pair and len({m.country for m in recent_pair}) == 2:
                    if norm in COUNTRY_ONLY_ANAPHORS:  # "the two countries" of two ministers: their states
                        recent_pair = [ActorMention(m.start, m.end, m.text, "GPE", actor_code=m.country,
                                                    country=m.country, how="coref") for m in recent_pair]
                    typ = "GPE" if all(m.type == "GPE" for m in recent_pair) else recent_pair[0].type
                    out.append(_compound_ref(tok, i, recent_pair, typ))
                    continue
                codes = _last_countries(context.countries, 2, index, i)
                if len(codes) == 2:
                    members = [ActorMention(_keep_article_start(tok), tok.end, "", "GPE", actor_code=c, country=c, how="coref")
                               for c in codes]
                    out.append(_compound_ref(tok, i, members, "GPE"))
            elif norm in PERSON_ANAPHORS:
                adj = by_first.get(i + 1)
                if adj is not None and adj.kind == "adjective" and adj.country:
                    # "الوزير الروسي": the last person of that country, else that country's official
                    country = adj.country
                    same = _last_distinct(context.mentions, 1, lambda m, c=country: m.type == "PERS" and m.country == c)
                    ref = _copy_ref(tok, i, same[0]) if same else Unit(
                        i, i, _keep_article_start(tok), tok.end, "ref", "PERS", f"{country}GOV", country, "GOV", how="coref")
                    ref.last, ref.end = adj.last, adj.end
                    adj.kind, adj.place = "adjective", True  # consumed
                    out.append(ref)
                elif adj is None:
                    last = _last_distinct(context.mentions, 1, lambda m: m.type == "PERS" and m.actor_code is not None)
                    if last:
                        out.append(_copy_ref(tok, i, last[0]))
            elif (norm in LATTER or norm in FORMER) and i > 0 and tokens[i - 1].norm not in NOT_BEFORE_LATTER \
                    and not _is_definite(tokens[i - 1]) and (i - 1) not in covered and tokens[i - 1].is_word and not tokens[i - 1].norm.isdigit():
                which = LATTER.get(norm) or FORMER[norm]
                pick = 1 if norm in LATTER else 0  # the latter is the more recent of the pair
                body = self._latter_body(tokens, units, context, index, i) if norm in LATTER else None
                if body is not None:
                    out.append(body)
                elif which == "country":
                    codes = _last_countries(context.countries, 2, index, i)
                    if len(codes) == 2:
                        c = codes[pick]
                        out.append(Unit(i, i, _keep_article_start(tok), tok.end, "ref", "GPE", c, c, None, how="coref"))
                else:
                    pair = _last_distinct(context.mentions, 2, lambda m: m.type == "PERS" and m.actor_code is not None)
                    if len(pair) == 2:
                        out.append(_copy_ref(tok, i, pair[pick]))
        return out

    @staticmethod
    def _honorific_ref(tokens: list[Token], units: list[Unit], context: Context, i: int,
                       ranks: tuple[str, ...]) -> Unit | None:
        """"سموه"، "جلالته": the last coded person before it whose mention (with the title just before a name)
        carries a word of that rank, in this sentence first, else in the article so far."""
        tok = tokens[i]
        covered = {t for u in units for t in range(u.first, u.last + 1)}
        by_last = {u.last: u for u in units}
        for u in reversed([u for u in units if u.last < i and u.type == "PERS" and u.code]):
            first = u.first  # the person's mention with the titles right before it, and up to two other words
            while (p := by_last.get(first - 1)) is not None and p.kind in ("title", "ref"):
                first = p.first
            for _ in range(2):
                if first > 0 and first - 1 not in covered and tokens[first - 1].is_word:
                    first -= 1
            words = " ".join(t.norm for t in tokens[first:u.last + 1])
            if any(r in words for r in ranks):
                return Unit(i, i, _keep_article_start(tok), tok.end, "ref", "PERS", u.code, u.country, u.sector,
                            u.name, u.name_latin, u.entity_id, "coref")
        for m in reversed(context.mentions):
            if m.type == "PERS" and m.actor_code and not m.members and any(r in normalize(m.text) for r in ranks):
                return _copy_ref(tok, i, m)
        return None

    @staticmethod
    def _latter_body(tokens: list[Token], units: list[Unit], context: Context, index: int, i: int) -> Unit | None:
        """"في حين نفت الأخيرة": after a verb or particle, "the latter" is the last state or body of feminine
        gender (a country, قوات الدعم السريع، الوزارة) named in this sentence, else in the one before."""
        prev = tokens[i - 1]
        if not (_strip_conjunction(prev.norm) in LATTER_AFTER or (
                prev.norm.endswith("ت") and not _is_definite(prev) and len(prev.norm) >= 3)):
            return None
        tok = tokens[i]
        for u in reversed([u for u in units if u.last < i]):
            if u.code and len(u.code) > 3 - bool(u.country) and not u.place and not u.members \
                    and u.type in ("GPE", "ORG") and u.sector != "MED" and (
                    u.kind in ("country", "capital") or _feminine(tokens[u.first]) or tokens[u.first].norm.endswith("ات")):
                return Unit(i, i, _keep_article_start(tok), tok.end, "ref", u.type, u.code, u.country, u.sector,
                            u.name, u.name_latin, u.entity_id, "coref")
        for m in reversed(context.mentions):
            if m.sentence < index - 1:
                break
            head = normalize(m.text).split()[:1]
            if m.actor_code and len(m.actor_code) > 3 - bool(m.country) and not m.members \
                    and m.type in ("GPE", "ORG") and m.sector != "MED" and (
                    m.type == "GPE" or (head and head[0].endswith(("ه", "ات")))):
                return _copy_ref(tok, i, m)
        return None

    def _ner_units(self, tokens: list[Token], units: list[Unit], candidates: Sequence[int] | None = None
                   ) -> list[Unit]:
        """CRF PERS/ORG spans that no lexicon unit overlaps, tagged only in windows around name cues.

        Tagging every token would make the CRF the pipeline's bottleneck; names the lexicon does not know
        mostly follow a title, a speech verb, a counterpart word or an organisation word, or contain a
        known name part, so only windows around those are tagged (``NER_WINDOW`` tokens either side).
        """
        if self.tagger is None:
            return []
        covered = {t for u in units if not u.place for t in range(u.first, u.last + 1)}
        cues = [u.last for u in units if u.kind in ("title", "agent", "ref") or u.type == "PERS"]
        cue_words = self._name_cue_words
        for i in range(len(tokens)) if candidates is None else candidates:  # (from _word_marks)
            if i not in covered and not cue_words.isdisjoint(tokens[i].forms or (tokens[i].norm,)):
                cues.append(i)
        if not cues:
            return []
        windows: list[list[int]] = []
        for c in sorted(cues):
            lo, hi = max(0, c - NER_WINDOW), min(len(tokens), c + NER_WINDOW + 1)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        out = []
        for lo, hi in windows:
            for typ, a, b in self.tagger.spans([t.text for t in tokens[lo:hi]]):
                first, last = a + lo, b + lo
                if typ not in ("PERS", "ORG") or (first == lo and lo > 0) or (last == hi - 1 and hi < len(tokens)):
                    continue  # unknown types, or a span cut by the window edge
                if any(t in covered for t in range(first, last + 1)):
                    continue
                if not tokens[first].is_word or not tokens[last].is_word \
                        or any(_LATIN.search(t.norm) for t in tokens[first:last + 1]):
                    continue  # punctuation edges or Latin words (menus, "Next Previous"): not a name
                if first == last and tokens[first].text in PREPOSITIONS_AS_WRITTEN:
                    continue  # "وأثنى على إعلان القاهرة": the tagger read «على» as the name علي
                out.append(Unit(first, last, name_start(tokens[first], self.known_words), tokens[last].end, "ner", typ,
                                how="ner"))
        return out

    # -- step 2: merges ----------------------------------------------------------------------------

    def _titled_surnames(self, units: list[Unit], text: str, day: date) -> None:
        """A title before a surname no earlier mention gave codes the one listed person of that surname who
        holds that title's role on the article's day (see :func:`_titled_surname_holder`)."""
        surnames = self.lexicon.surnames
        for u in units:
            if u.kind != "ner" or u.code is not None or u.name_start is None:
                continue
            words = normalize(text[u.name_start:u.end]).split()
            person = _titled_surname_holder(words, u.title_role, day, surnames, self.given_names)
            if person is not None:
                u.code = code_at(person, day)
                u.country, u.sector = split_code(u.code, self.lexicon.countries)
                u.name, u.name_latin, u.entity_id, u.how = person.name_ar, person.name_en, person.id, "title+surname"

    def _merge_titles(self, units: list[Unit], tokens: Sequence[Token]) -> list[Unit]:
        """A title (chain) directly before a person (lexicon or CRF) merges into one PERS mention; a name the
        lexicon does not code right after "رئيس / الأمين العام ل / مدير + organisation" is its head and speaks
        for it (رئيس اللجنة الدولية للصليب الأحمر بيتر مورير → NGOIRC)."""
        out: list[Unit] = []
        absorbed = -1  # units up to this index joined the person before them as his titles
        for i, u in enumerate(units):
            if i <= absorbed:
                continue
            if out and _own_title_after(tokens, out[-1], u, units[i + 1] if i + 1 < len(units) else None):
                held = out[-1]  # "أدان الملك عبدالله الثاني ملك المملكة الأردنية": the king's own title, one mention
                held.last, held.end, held.how = u.last, u.end, "lexicon+title"
                continue
            if out and (chain_end := _own_title_chain(tokens, out[-1], units, i)) is not None:
                # round 153: "الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية": a
                # run of titles after a listed person, one of them the role he holds that day, is all his
                held = out[-1]
                held.last, held.end, held.how = units[chain_end].last, units[chain_end].end, "lexicon+title"
                absorbed = chain_end
                continue
            named_at = _past_honorific(tokens, u.first) if u.type == "PERS" and not (
                out and out[-1].last == u.first - 1) else u.first  # (an honorific a unit holds is in the chain)
            if (u.kind == "ner" and u.type == "PERS" and u.code is None and out
                    and out[-1].kind == "org" and out[-1].code and out[-1].last == named_at - 1
                    and out[-1].first > 0 and _has_leader_word(tokens[out[-1].first - 1])):
                u.code, u.country, u.sector, u.how = out[-1].code, out[-1].country, out[-1].sector, "head-of-org"
            elif u.kind in ("person", "ner") and u.type == "PERS" and out:
                chain: list[Unit] = []
                pos = named_at  # (past an honorific: "وزير العدل الدكتور وليد الصمعاني")
                held_host: Unit | None = None  # round 158: the host between an envoy's title and his name
                k = len(out) - 1
                while k >= 0:
                    prev = out[k]
                    if pos != named_at and tokens[pos].prefix.lstrip("وف")[:1] in ("ب", "ل"):
                        break  # round 140: "التقى الوزير بالأمين العام …": a title after ب/ل is governed, no apposition
                    if prev.last == pos - 1 and prev.kind in ("title", "ref") and prev.type == "PERS":
                        if any(_title_of_another_state(prev, c) for c in chain):
                            break  # «الوزير الروسي أمير دولة قطر الشيخ تميم»: the Russian minister is someone else
                        chain.append(prev)
                        pos = prev.first
                        k -= 1
                    elif held_host is None and pos > 0 and (host := _envoy_host(tokens, out[:k + 1], pos)) is not None:
                        # "السفير الألماني لدى المملكة بوريس روغه"، "سفير خادم الحرمين الشريفين لدى الأردن الأمير
                        # خالد بن فيصل": the envoy's titles go on before «لدى» and his host
                        pos, held_host = host[0], prev if host[1] else u
                        k -= 1 if host[1] else 0
                    else:
                        break
                if held_host is not None and not any(c.last < held_host.first for c in chain):
                    chain = [c for c in chain if c.first > held_host.first]  # (no envoy's title reached)
                coded = next((c for c in chain if c.code and c.country and not c.anaphor), None) or (
                    chain[0] if chain else None)
                if chain and coded is not None and coded.country and u.country and coded.country != u.country \
                        and coded.how != "default" and not coded.anaphor:
                    chain = []  # "استقبل الرئيس المصري سامح شكري"-like adjacency of two different actors
                    # (a title's default country, البابا → VAT, yields to the person's own: البابا تواضروس)
                if chain and coded is not None:
                    taken = {id(c) for c in chain}
                    if held_host is not None and held_host is not u and any(c.last < held_host.first for c in chain):
                        taken.add(id(held_host))  # (the host is part of the envoy's title: no party of its own)
                    out[:] = [o for o in out if id(o) not in taken]
                    former_title = any(t.norm in FORMER_WORDS for t in tokens[chain[-1].first:u.first])
                    u.name_start = u.start
                    u.title_role = coded.agent.name_en if coded.agent is not None and coded.agent.title else None
                    u.first, u.start = chain[-1].first, chain[-1].start
                    if (u.kind == "ner" or u.entity_id is None) and coded.anaphor \
                            and not _has_pronoun_suffix(tokens[coded.last]):
                        u.how = "title"  # "وأكد الرئيس عبدالله يامين": a title before a name refers to no one earlier
                    elif u.kind == "ner" or u.entity_id is None:
                        u.code, u.country, u.sector = coded.code, coded.country, coded.sector
                        u.how = "counterpart" if coded.how == "counterpart" else "title"
                    elif u.code is None and coded.sector == "ELI" and u.former:
                        # "رئيس الوزراء السابق عمران خان": a former official of the state he last served
                        u.code, u.country, u.sector, u.how = f"{u.former}ELI", u.former, "ELI", "lexicon+title"
                    elif u.code is None and coded.code and coded.country and coded.sector not in (None, "ELI") \
                            and (not coded.anaphor or _has_pronoun_suffix(tokens[coded.last])) \
                            and not former_title:
                        # round 81: "وزير الصحة السعودي المهندس خالد الفالح"، "على لسان متحدثها المستشار أحمد أبو
                        # زيد": a listed person holding no listed role that day, named by a title of that day (its
                        # country named, or the body just named): that office
                        u.code, u.country, u.sector, u.how = coded.code, coded.country, coded.sector, "lexicon+title"
                    elif u.code is None:
                        u.country = u.country or coded.country  # in the lexicon but holding no role that day
                        u.how = "lexicon"
                    else:
                        u.how = "lexicon+title"
            elif u.kind == "ner" and u.type == "ORG" and out and out[-1].kind == "agent" and out[-1].last == u.first - 1:
                agent = out.pop()  # "صحيفة نيويورك تايمز": the agent word names the kind of the organisation
                agent.last, agent.end = u.last, u.end
                u = agent
            out.append(u)
        return out

    def _compounds(self, units: list[Unit], tokens: list[Token]) -> list[Unit]:
        """Country/organization units joined by و or punctuation → one compound mention."""
        out: list[Unit] = []
        i = 0
        while i < len(units):
            u = units[i]
            if not _joinable(u):
                out.append(u)
                i += 1
                continue
            group = [u]
            j = i + 1
            while j < len(units) and _joinable(units[j]) and _joined(tokens, group[-1], units[j]):
                group.append(units[j])
                j += 1
            if len(group) > 1:
                first, last = group[0], group[-1]
                members = [_as_member(g) for g in group]
                # brackets around the whole list are part of the mention only when both are there
                out.append(Unit(first.first, last.last, first.start, last.end, "compound",
                                "GPE" if all(g.type == "GPE" for g in group) else "ORG", how="compound",
                                members=members))
            else:
                out.append(u)
            i = j
        # a group from the lexicon followed by "(list)" absorbs it
        merged: list[Unit] = []
        for u in out:
            if merged and u.kind == "compound" and merged[-1].members and merged[-1].kind == "org" \
                    and _list_follows(tokens, merged[-1].last, u.first):
                continue
            merged.append(u)
        return merged


# -- helpers ---------------------------------------------------------------------------------------


# Group names that are also common nouns: followed by a feminine adjective (القاعدة الجوية، الضريبية،
# العسكرية) they are the noun; the group itself is "تنظيم القاعدة" or bare, with masculine agreement.
COMMON_NOUN_GROUPS = frozenset(normalize(w) for w in ("القاعدة",))
GROUP_ADJECTIVES = frozenset(normalize(w) for w in ("الإرهابية", "الارهابية", "المتطرفة"))


def _pair_after_head(units: list[Unit], tokens: list[Token]) -> None:
    """"اتفاق بغداد وواشنطن"، "مفاوضات أنقرة ودمشق": two capitals or countries joined by و right after the head
    of a dealing are its two parties, not places (one capital there names the process: اتفاق جنيف)."""
    for u, v in zip(units, units[1:], strict=False):
        if u.kind in ("capital", "country") and v.kind in ("capital", "country") and u.place and v.place \
                and u.first > 0 and _strip_conjunction(tokens[u.first - 1].norm) in PAIR_HEADS \
                and v.first == u.last + 1 and tokens[v.first].prefix.startswith("و") and u.country != v.country:
            u.place = v.place = False


def _base_not_group(tokens: list[Token], first: int) -> bool:
    """Whether a one-word group name is the common noun here: a feminine adjective follows it, or the same noun
    named a place earlier in the sentence (في محيط قاعدة العند … قصفوا القاعدة بالصواريخ: the base)."""
    if tokens[first].norm not in COMMON_NOUN_GROUPS:
        return False
    bare = tokens[first].norm[2:] if tokens[first].norm.startswith("ال") else tokens[first].norm
    if any(_strip_conjunction(t.norm).lstrip("بل") == bare for t in tokens[max(0, first - BASE_REACH):first]):
        return True
    if first + 1 >= len(tokens):
        return False
    nxt = tokens[first + 1].norm
    return nxt.startswith("ال") and nxt.endswith("يه") and nxt not in GROUP_ADJECTIVES


BASE_REACH = 30  # words back to the indefinite noun of a named place (قاعدة العند) that «القاعدة» points back to


# words naming the head or envoy of an organisation written right after them (رئيس اللجنة، الأمين العام للجامعة)
ORG_LEADER_WORDS = frozenset(normalize(w) for w in (
    "رئيس", "رئيسة", "الأمين", "العام", "مدير", "مديرة", "المدير", "مبعوث", "المبعوث", "ممثل", "مفوض", "منسق",
    "المتحدث", "المتحدثة", "الناطق", "قائد", "زعيم"))


def _crowd_of_person(units: list[Unit], tokens: list[Token]) -> None:
    """A civilian crowd word in construct with a person takes that person's country (أنصار الرئيس البرازيلي
    السابق بولسونارو → BRACVL): supporters or families of a leader are people of the leader's country.  Only a
    person or title follows; an agent may not (ضحايا الجيش الإسرائيلي are not Israeli civilians).  A party
    leader's followers are his party (أنصار مقتدى الصدر → IRQPTYSDR), as أنصار حزب X takes the party's code."""
    for u, nxt in zip(units, units[1:], strict=False):
        if u.kind == "agent" and u.sector == "CVL" and u.country is None and nxt.kind in ("person", "title") \
                and nxt.country and nxt.first == u.last + 1 and not _is_definite(tokens[u.last]):
            if nxt.sector == "PTY" and nxt.code:
                u.country, u.code, u.sector = nxt.country, nxt.code, nxt.sector
            else:
                u.country, u.code = nxt.country, f"{nxt.country}CVL"
            u.how = "agent+person"


def _has_leader_word(tok: Token) -> bool:
    return tok.norm in ORG_LEADER_WORDS or (tok.stem or "") in ORG_LEADER_WORDS


def _after_media_head(tokens: list[Token], first: int) -> bool:
    k = first - 1
    while k >= 0 and tokens[k].norm in OPEN:
        k -= 1
    return k >= 0 and (k < first - 1 or any(f in MEDIA_HEADS for f in tokens[k].forms))


def _keep_article_start(tok: Token) -> int:
    """Start of ``tok`` without its و/ف/ب/ل/ك proclitics but keeping the article (الوزير in وللوزير)."""
    prefix = tok.prefix
    if not prefix:
        return tok.start
    keep = 2 if prefix.endswith("ال") else 1 if prefix.endswith("لل") else 0
    return advance_letters(tok.text, 0, len(tok.text), len(prefix) - keep) + tok.start


def _named_again(units: list[Unit], text: str, context: Context) -> None:
    """A name the tagger found that ends the name of a listed person told earlier in the document (وزير الدفاع
    الأمريكي آشتون كارتر … وجاءت زيارة كارتر) is that person again: it takes the earlier mention's coding.  Only
    a listed person (coded by the lexicon at the article's date), the latest one whose name ends so, and not in a
    father's name after «بن» (a later «الملك عبدالعزيز» is not سلمان بن عبدالعزيز).  A title before the name
    («الرئيس البشير» after «عمر البشير») is not part of what is matched, but it must not name another sector
    than the person's."""
    named = [u for u in units if u.kind == "ner" and u.type == "PERS" and u.code is None]
    if not named:
        return
    listed = [(normalize(m.text).split(), m) for m in reversed(context.mentions)
              if m.type == "PERS" and m.entity_id and m.actor_code]  # (latest first, each name normalized once)
    for u in named:
        words = normalize(text[u.start if u.name_start is None else u.name_start:u.end]).split()
        earlier = next((m for names, m in listed if len(words) < len(names) and names[-len(words):] == words
                        and names[-len(words) - 1] not in PATRONYM_LINKS), None)
        if earlier is not None and (u.name_start is None or u.sector in (None, earlier.sector)):
            u.code, u.country, u.sector, u.entity_id = earlier.actor_code, earlier.country, earlier.sector, earlier.entity_id
            u.name, u.name_latin, u.how = earlier.name, earlier.name_latin, "ner+earlier-name"


def _titled_surname_holder(words: Sequence[str], title_role: str | None, day: date,
                           surnames: Mapping[str, tuple[Person, ...]], given_names: frozenset[str]) -> Person | None:
    """The one listed person whose surname is ``words`` (a single word, no given name) and who holds the title's
    role on ``day``: «الرئيس البشير» in 2015 is Omar al-Bashir, the only al-Bashir who was a president then."""
    if len(words) != 1 or title_role is None or words[0] in given_names:
        return None
    holders = [p for p in surnames.get(words[0], ()) if (r := role_at(p, day)) is not None
               and role_title(r) == title_role]
    return holders[0] if len(holders) == 1 else None


def name_start(tok: Token, known: Mapping[str, Sequence[int]] | None) -> int:
    """Start of a name the tagger found, past the proclitics that are clitics and not its first letters.

    A proclitic letter often begins a name (بلاتر، فالون، لوكاس، ويلسون، كلينتون), so of the token's forms with
    none, one or more of its proclitics left off, the one the news corpus writes most often is the name
    (``known``: word → (frequency rank, …), the NER word clusters): ومحمد → محمد, لصلاح → صلاح, وبوروشنكو →
    بوروشنكو, but بلاتر stays, «لاتر» being no word.  A token none of whose forms is known loses only a و.
    The article stays (البغدادي in والبغدادي), and so do a ك and a س (a name is hardly ever "like" or future).
    """
    prefix, norm = tok.prefix, tok.norm
    if not prefix:
        return tok.start
    keep = 2 if prefix.endswith("ال") else 1 if prefix.endswith("لل") else 0
    most = len(prefix) - keep
    for i, letter in enumerate(prefix[:most]):
        if letter in "كس":
            most = i
            break
    best, best_rank = None, None
    for k in range(most + 1):
        if k and prefix[k - 1] in "بل" and norm[k:k + 1] in "وف":
            continue  # لوكاس: a و after a preposition is no conjunction, so «وكاس» counts another word (وكأس)
        form = "ال" + norm[len(prefix):] if keep == 1 and k == most else norm[k:]
        hit = known.get(form) if known is not None else None
        if hit is not None and (best_rank is None or hit[0] <= best_rank):
            best, best_rank = k, hit[0]
    if best is None:
        best = 1 if most >= 1 and prefix[0] == "و" else 0
    return advance_letters(tok.text, 0, len(tok.text), best) + tok.start if best else tok.start


def _taa_marbuta_as_suffix(tok: Token, form: str) -> bool:
    return tok.text.rstrip(_MARKS).endswith("ة") and not form.endswith("ه") and tok.norm.endswith("ه") \
        and len(form) < len(tok.norm) and tok.norm.endswith(form[-2:] + "ه")


def _own_title_after(tokens: Sequence[Token], person: Unit, title: Unit, nxt: Unit | None) -> bool:
    """``title`` right after a listed person (past a comma at most) is the title that person holds that day, of the
    same code (عادل الجبير وزير الخارجية السعودي): an apposition, not a second actor.  A title with a name of its
    own right after it (التقى بوتين رئيس الوزراء ديمتري ميدفيديف) is that name's; another title (بوتين رئيس الوزراء)
    is someone else."""
    if person.kind != "person" or title.kind != "title" or person.role is None or person.code is None \
            or title.code != person.code or not _role_told_by(person.role, title.name_latin):
        return False
    gap = title.first - person.last
    if not (gap == 1 or (gap == 2 and tokens[person.last + 1].norm in ("،", ","))):
        return False
    return nxt is None or nxt.type != "PERS" or nxt.first > title.last + 1 or _title_of_another_state(nxt, title)


def _plural_head(tok: Token) -> bool:
    """A title headed by a plural of people (المسؤولين، مسؤولون، الوزراء، سفراء)."""
    norm = _strip_conjunction(tok.norm)
    return (len(norm) >= 7 and norm.endswith(("ين", "ون"))) or norm in ("وزراء", "الوزراء", "سفراء", "السفراء")


def _dynasty_after(tokens: Sequence[Token], last: int) -> bool:
    """«آل» + a word right after a name: the family's name (آل نهيان، آل ثاني، آل سعود), part of the person's."""
    return last + 2 < len(tokens) and tokens[last + 1].norm == "ال" and not tokens[last + 1].prefix \
        and tokens[last + 2].is_word


PATRONYMIC_LINKS = NAME_LINKS - {"ابو", "ال"}  # بن، ابن، بنت
CHAIN_PATRONYMS = 2  # «بن X» links a title run may follow past (محمد بن نايف بن عبدالعزيز)
CHAIN_ORDINALS = frozenset({"الاول", "الثاني", "الثالث"})  # between two titles of a run: «النائب الثاني لرئيس …»


def _own_title_chain(tokens: Sequence[Token], person: Unit, units: Sequence[Unit], i: int) -> int | None:
    """The index of the last title of a run of adjacent titles starting at ``units[i]`` right after a listed
    person (past his father's and grandfather's names, «بن X», and the family's, «آل X»), when one of them is the
    role he holds that day and none names another state; a last title with a name right after it is that name's.
    None otherwise."""
    if person.kind != "person" or person.role is None or person.code is None:
        return None
    k = person.last + 1
    for _ in range(CHAIN_PATRONYMS):
        if k + 1 < len(tokens) and tokens[k].norm in PATRONYMIC_LINKS and tokens[k + 1].is_word:
            k += 2
    if _dynasty_after(tokens, k - 1):
        k += 2  # (… بن عبدالعزيز آل سعود ولي العهد)
    if units[i].first != k:
        return None
    end, told, j = None, None, i
    while j < len(units) and units[j].kind == "title" and units[j].type == "PERS" and units[j].country in (
            None, person.country) and (units[j].first == k or (  # (النائب الثاني لرئيس مجلس الوزراء)
            units[j].first == k + 1 and tokens[k].norm in CHAIN_ORDINALS and end is not None)):
        if _role_told_by(person.role, units[j].name_latin):
            told = j
        end, k, j = j, units[j].last + 1, j + 1
    if end is not None and j < len(units) and units[j].first == k and units[j].type == "PERS" \
            and units[j].kind in ("person", "ner"):
        end -= 1  # "… وزير الداخلية الأمير عبد العزيز": the last title heads the name after it
    return end if told is not None and end is not None and told <= end else None


def _role_told_by(role: str, title_name: str | None) -> bool:
    """A listed role is told by an agent title: the title itself ("king"), or the title of a place ("crown prince of
    Abu Dhabi" is told by «ولي عهد أبوظبي»)."""
    return title_name is not None and (role == title_name or role.startswith(title_name + " of "))


ENVOY_ROLES = frozenset({"ambassador"})  # the agents whose title names the state they are posted to with «لدى»


def _envoy_host(tokens: Sequence[Token], out: list[Unit], pos: int) -> tuple[int, bool] | None:
    """Round 158: a person named right after «لدى» + his host (a coded state or body, or one uncoded word: المملكة)
    that follows an envoy's title (السفير الألماني لدى المملكة بوريس روغه، سفير خادم الحرمين الشريفين لدى الأردن
    الأمير خالد بن فيصل): the index of «لدى», and whether the host is the last unit of ``out``."""
    at_host = bool(out) and out[-1].last == pos - 1 and out[-1].kind in ("country", "capital", "org")
    lada = out[-1].first - 1 if at_host else pos - 2
    if lada < 1 or tokens[lada].norm != "لدي" or (not at_host and not tokens[pos - 1].is_word):
        return None
    k = len(out) - (2 if at_host else 1)
    end = lada - 1
    while k >= 0 and out[k].last == end and out[k].kind == "title":  # (سفير خادم الحرمين الشريفين لدى)
        if out[k].agent is not None and out[k].agent.name_en in ENVOY_ROLES:
            return lada, at_host
        end, k = out[k].first - 1, k - 1
    return None


def _title_of_another_state(unit: Unit, title: Unit) -> bool:
    """``unit`` is a title of a state other than ``title``'s: «ملك الأردن الرئيس الفلسطيني محمود عباس» names two
    people, so the king's title is no part of the Palestinian president's chain."""
    return unit.kind in ("title", "ref") and unit.country is not None and title.country is not None \
        and unit.country != title.country


def _former_country(person: Person, day: date, countries: dict[str, Country]) -> str | None:
    """The state of the last role ``person`` held before ``day`` (None if none ended by then)."""
    ended = [r for r in person.roles if r.until is not None and r.until <= day]
    if not ended:
        return None
    last = max(ended, key=lambda r: r.until or day)
    country = split_code(last.code, countries)[0]
    return country if country in countries else None


def _article_stripped(tok: Token, form: str) -> bool:
    """The match used the token without its article (المودي matched as مودي)."""
    return tok.prefix.endswith("ال") and not form.startswith("ال")


def _feminine(tok: Token) -> bool:
    """Feminine or a plural of things (هيئة، السلطات): what a feminine nisba agrees with."""
    text = tok.text.rstrip(_MARKS)
    return text.endswith("ة") or (tok.norm.endswith("ات") and len(tok.norm) > 4)


# nouns joined by و to a government word and sharing its country in construct: «حكومة وشعب المملكة»
SHARED_CONSTRUCT_NOUNS = frozenset(normalize(w) for w in ("شعب", "قيادة", "حكومة", "برلمان"))


def _shared_construct(tokens: list[Token], head: Unit, country: Unit) -> bool:
    """``head`` and a noun joined to it by و share the country named after both: «لحكومة وشعب المملكة العربية
    السعودية»، «قيادة وشعب مصر».  Without it the head took the country of the sentence's speaker."""
    k = head.last + 1
    if country.kind != "country" or country.first != k + 1 or _is_definite(tokens[head.last]):
        return False
    tok = tokens[k]
    return tok.norm.startswith("و") and tok.norm[1:] in SHARED_CONSTRUCT_NOUNS and tok.norm[1:] in tok.forms


def _construct_nisba(tokens: list[Token], head: Unit, adj: Unit) -> bool:
    """``head`` + a one- or two-word construct name + a nisba agreeing with the head: "هيئة الاتصالات
    التركية", "هيئة تنظيم الاتصالات التركية", "وزيرة المالية التونسية".  The head is indefinite (the
    construct's first noun), the name's last word definite, and the nisba agrees with the head in gender,
    so "مكتب الشؤون الفلسطينية" (the nisba qualifies الشؤون) is not a Palestinian office.  A country named by its
    nisba (السعودية) is that adjective here (round 142: "شركة الاتصالات السعودية")."""
    if adj.kind != "adjective" and not (adj.kind == "country" and _nisba_form(tokens[adj.first])):
        return False
    gap = tokens[head.last + 1:adj.first]
    if _minister_portfolio(tokens[head.last], gap):
        return _is_definite(tokens[adj.first]) and _feminine(tokens[head.last]) == _feminine(tokens[adj.first])
    if len(gap) > 2 or not _construct_name(gap) or _is_definite(tokens[head.last]):
        return False
    if _institution_word(tokens[head.last]) is None:
        return False
    return _is_definite(tokens[adj.first]) and _feminine(tokens[head.last]) == _feminine(tokens[adj.first])


def _minister_portfolio(head: Token, gap: list[Token]) -> bool:
    """"وزير التخطيط والتعاون الدولي اليمني"، "وزارة الموارد المائية العراقية": a minister's or ministry's
    portfolio of up to four definite words, joined by و, before the nisba that names its country.  The head is in
    construct, so never definite (round 139: "دان الوزير التدخل الإيراني": the minister condemned Iran's
    interference; he is no Iranian minister)."""
    if _institution_word(head) not in ("وزير", "وزيره", "وزاره") or not 1 <= len(gap) <= 4 or _is_definite(head):
        return False
    return all(t.is_word and (t.norm.startswith("ال") or t.norm.startswith("وال")) for t in gap)


# Agents after which an ambiguous nisba (المالي: Malian or financial) can only be the country's.
AGENT_ADJECTIVE_HEADS = frozenset({"president", "prime minister", "foreign minister", "government"})
AGENT_ADJECTIVE_EXCLUDED = frozenset({"السلطات", "سلطات"})  # السلطات المالية: the financial authorities


def _nisba_form(tok: Token) -> bool:
    """A definite country name written as its nisba (السعودية، الكويت is not one): after a generic adjective it is
    the adjective ("القوات البرية الملكية السعودية")."""
    return _is_definite(tok) and tok.norm.endswith(("يه", "ي")) and not tok.prefix.lstrip("ال")


def _settle_agent_adjectives(units: list[Unit], tokens: list[Token]) -> list[Unit]:
    """An ambiguous nisba right after an army or government word is that country's adjective ("الجيش
    المالي": Malian); anywhere else it is the common word ("الأوراق المالية": financial) and is dropped."""
    kept: list[Unit] = []
    for u in units:
        if u.kind == "agent_adjective":
            prev = kept[-1] if kept else None
            if prev is None or prev.kind not in ("agent", "title") or prev.last + 1 != u.first \
                    or not _takes_agent_adjective(prev, tokens) \
                    or _is_definite(tokens[prev.last]) != _is_definite(tokens[u.first]):
                continue
            u.kind = "adjective"
        kept.append(u)
    return kept


def _takes_agent_adjective(u: Unit, tokens: list[Token]) -> bool:
    if u.agent is None or tokens[u.first].norm in AGENT_ADJECTIVE_EXCLUDED:
        return False
    return u.sector == "MIL" or u.agent.name_en in AGENT_ADJECTIVE_HEADS


def _singular_head(head: Token, adj: Token) -> bool:
    """Whether ``head`` is a singular noun that the adjective ``adj`` agrees with, in definiteness and gender:
    a masculine nisba (الأوروبي) agrees only with a singular noun (المبعوث), a feminine one (الأوروبية) also with
    plurals of things (الدول، القوات), so it needs a head written with ة (المفوضة، البعثة)."""
    if _is_definite(head) != _is_definite(adj) or not head.is_word:
        return False
    if adj.text.rstrip(_MARKS).endswith("ة"):
        return head.text.rstrip(_MARKS).endswith("ة")
    return not head.norm.endswith(("ين", "ون", "ات", "ان"))


def _construct_name(gap: list[Token]) -> bool:
    """Words that complete an indefinite head in construct: all words, only the last one definite."""
    if len(gap) == 2 and gap[1].norm in NAME_ADJECTIVES and _is_definite(gap[0]):
        return gap[0].is_word  # "حكومة الوحدة الوطنية الليبية"، "هيئة النزاهة الاتحادية": a noun and its adjective
    return bool(gap) and all(t.is_word and not t.norm.isdigit() for t in gap) and _is_definite(gap[-1]) \
        and not any(_is_definite(t) for t in gap[:-1])


def _institution_word(tok: Token) -> str | None:
    """The institution noun ``tok`` is (هيئة، وزارة …), without clitics or article, if it is one."""
    for form in tok.forms or (tok.norm,):
        word = form[2:] if form.startswith("ال") else form
        if word in INSTITUTION_HEADS:
            return word
    return None


def _coordinated_adjectives(tokens: list[Token], u: Unit, units: list[Unit], i: int) -> list[Unit]:
    """Country adjectives joined by و right after ``u``'s own ("الاستخبارات المغربية والإسبانية")."""
    more: list[Unit] = []
    last = u.last
    while i < len(units):
        adj = units[i]
        tok = tokens[adj.first]
        if adj.kind != "adjective" or adj.country is None or adj.place or adj.first != last + 1 \
                or not tok.prefix.startswith("و") or _is_definite(tok) != _is_definite(tokens[u.last]) \
                or adj.country == u.country or any(m.country == adj.country for m in more):
            break
        more.append(adj)
        last = adj.last
        i += 1
    return more


def _country_after_in(tokens: list[Token], u: Unit, nxt: Unit | None) -> str | None:
    """The country of "في X" right after a body: "المجلس العسكري في مالي" (X stays a place)."""
    if nxt is None or nxt.kind not in ("country", "capital"):
        return None
    k = u.last + 1
    while k < nxt.first - 1 and tokens[k].norm in GENERIC_ADJECTIVES:
        k += 1  # "السلطات الانتقالية في مالي": a generic adjective may come first
    return nxt.country if k == nxt.first - 1 and tokens[k].norm == "في" else None


# "deputy" before an office holder (نائب خادم الحرمين الشريفين): not "member of parliament"
DEPUTY_WORDS = frozenset({"نايب", "النايب"})  # (normalized: ئ is written ي)
# the formal name of a state (مملكة البحرين، دولة الكويت، جمهورية مصر العربية، سلطنة عمان), normalized
FORMAL_STATE_WORDS = frozenset({"مملكه", "دوله", "جمهوريه", "سلطنه", "اماره", "المملكه", "الدوله", "الجمهوريه"})


def _formal_state_after(tokens: list[Token], u: Unit, nxt: Unit | None) -> str | None:
    """The state a title without a country serves, named by its formal name right after «ب» or «في» («وزير
    الداخلية بمملكة البحرين»، «في دولة الكويت»), the Gulf press's way of naming a foreign office.  Only the formal
    name counts: «ندد الوزير بإسرائيل» is what the minister condemned, not his country."""
    if nxt is None or nxt.kind not in ("country", "capital"):
        return None
    head = tokens[nxt.first]
    after_bi = nxt.first == u.last + 1 and head.prefix.lstrip("وف") == "ب"
    after_fi = nxt.first == u.last + 2 and tokens[u.last + 1].norm == "في"
    formal = not FORMAL_STATE_WORDS.isdisjoint(head.forms or (head.norm,))
    return nxt.country if (after_bi or after_fi) and formal else None


def _institution_country_after_in(tokens: list[Token], units: list[Unit], i: int) -> str | None:
    """The country of an institution named after "في" right after a body of staff ("الأطباء في المستشفيات
    العمومية المغربية"): the institution's nisba, past generic adjectives."""
    u = units[i]
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is None or nxt.kind != "agent" or nxt.first != u.last + 2 or tokens[u.last + 1].norm != "في":
        return None
    k = nxt.last + 1
    while k < len(tokens) and tokens[k].norm in GENERIC_ADJECTIVES:
        k += 1
    nisba = next((w for w in units[i + 2:i + 3] if w.first == k and w.kind == "adjective"), None)
    return nisba.country if nisba is not None else None


def _article_country(context: Context, index: int, countries: dict[str, Country]) -> str | None:
    """The country the article's earlier sentences name most (strictly more than any other), if any."""
    counts: dict[str, int] = {}
    for code, sent, _ in context.countries:
        if sent < index and code in countries:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=lambda c: counts[c])


NAME_KINDS = frozenset({"country", "capital", "country_place"})
SHADDA_HOMOGRAPHS = frozenset({"عمان"})  # names a shadda tells apart (عُمان Oman, عمّان Amman)


def _pronoun_after(tok: Token, form: str) -> bool:
    """The word is the matched form with a pronoun attached after it (توجوها = توجو + ها)."""
    return tok.norm != form and any(tok.norm.endswith(form + suffix) for suffix in PRONOUN_SUFFIXES)


def _has_pronoun_suffix(tok: Token) -> bool:
    return tok.norm.endswith(("ها", "هم", "هما")) and not tok.text.endswith("ة")


def _following_country(units: list[Unit], i: int) -> str | None:
    """The country of the actor right after unit ``i`` (a person, or a title with its adjective)."""
    u = units[i]
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is None or nxt.first != u.last + 1 or nxt.place:
        return None
    if nxt.kind in ("person", "gov", "capital") and nxt.country:
        return nxt.country
    if nxt.kind == "title" and nxt.agent is not None and nxt.agent.country:
        return nxt.agent.country  # a title that names one state's office (خادم الحرمين الشريفين)
    after = units[i + 2] if i + 2 < len(units) else None
    if nxt.kind == "title" and after is not None and after.first == nxt.last + 1 and (
            after.kind == "adjective" or (after.kind == "person" and after.country and not after.place)):
        return after.country  # "إدارة الرئيس الأمريكي"، "حكومة الرئيس عبدربه منصور هادي"
    return None


def _nearest_state_unit(out: list[Unit], countries: dict[str, Country]) -> Unit | None:
    """The nearest earlier actor of a state in this sentence."""
    return next((u for u in reversed(out) if u.country in countries and not u.place
                 and u.kind in ("country", "capital", "gov", "agent", "title", "person")), None)


def _nearest_country(out: list[Unit], context: Context, countries: dict[str, Country],
                     same_sentence_only: bool = False) -> str | None:
    """The country of the nearest earlier state actor in this sentence (else the previous ones)."""
    nearest = _nearest_state_unit(out, countries)
    if nearest is not None:
        return nearest.country
    if same_sentence_only:
        return None
    for m in reversed(context.mentions):
        if m.country in countries and not m.members:
            return m.country
    return None


# Verbs of reporting that media do rather than governments ("أعلنت الرياض" is the government).
REPORT_VERBS = frozenset({"ذكرت", "نقلت", "افادت", "اوردت", "نشرت", "بثت", "حسب", "بحسب", "وفق", "وفقا", "عرضت",
                          "ذكر", "نقل", "افاد", "اورد", "نشر", "بث"})


def _introduced_outlet(tokens: list[Token], first: int) -> bool:
    """An outlet name introduced as one: after a media word, in quotes, after a report verb, or "لـ"."""
    if _after_media_head(tokens, first):
        return True
    tok = tokens[first]
    if tok.prefix.startswith(("ل", "ول", "فل")):
        return True
    return first > 0 and _strip_conjunction(tokens[first - 1].norm) in REPORT_VERBS


_DEFINITE_STARTS = ("لل", "ولل", "فلل") + tuple(p + "ال" for p in ("", "و", "ف", "ب", "ك", "ل", "وب", "فب", "وك",
                                                                  "ول", "فل"))


# round 146: «الأمن» with one of these after it is security as a good, not the police (يهددون الأمن القومي
# الأوكراني، الأمن الغذائي، الأمن الإقليمي); «الوطني» is left out, since «قوات الأمن الوطني الفلسطيني» is a force
ABSTRACT_SECURITY_ADJECTIVES = frozenset(normalize(w) for w in (
    "القومي", "الغذائي", "المائي", "الإقليمي", "الدولي", "السيبراني", "العالمي", "الجماعي", "الإنساني",
    "الطاقوي", "الاجتماعي", "الصحي", "البيئي", "الاقتصادي", "الفكري", "الروحي", "النفسي", "المعلوماتي",
    "الاستراتيجي"))
# …unless a body or office heads it: «جهاز / وكالة / مجلس / مستشار الأمن القومي» name an agency or its holder
SECURITY_BODY_HEADS = frozenset(normalize(w) for w in (
    "جهاز", "أجهزة", "الأجهزة", "وكالة", "هيئة", "مجلس", "لجنة", "مستشار", "مستشارة", "مستشاري", "وزارة", "وزير",
    "قوات", "قوة", "عناصر", "رجال", "إدارة", "قطاع", "مديرية", "مدير", "رئيس", "مكتب", "دائرة"))


def _security_as_a_good(u: Unit, tokens: list[Token]) -> bool:
    """Round 146: a bare «الأمن» qualified as national, regional, food … security names no body."""
    if u.first != u.last or u.sector != "COP" or u.last + 1 >= len(tokens) \
            or _strip_conjunction(tokens[u.first].norm) not in ("الامن", "بالامن", "للامن") \
            or tokens[u.last + 1].norm not in ABSTRACT_SECURITY_ADJECTIVES:
        return False
    head = tokens[u.first - 1].norm if u.first else ""
    return head not in SECURITY_BODY_HEADS and _strip_conjunction(head) not in SECURITY_BODY_HEADS


def _is_definite(tok: Token) -> bool:
    return tok.norm.startswith(_DEFINITE_STARTS)


def _place_country_at(tok: Token, places: tuple[tuple[int, str], ...]) -> str | None:
    """The country of the place the geo stage found starting in ``tok`` (after a clitic: لنينوى), if any."""
    return next((country for start, country in places if tok.start <= start < tok.end and country), None)


def _after_agent(units: list[Unit], tokens: list[Token], first: int) -> bool:
    """Whether the word at ``first`` directly follows an agent or title of the same definiteness, so a
    group's nisba there qualifies it (المسلحين الحوثيين) rather than naming the group on its own."""
    prev = units[-1] if units else None
    return prev is not None and prev.kind in ("agent", "title") and prev.last == first - 1 \
        and _is_definite(tokens[prev.last]) == _is_definite(tokens[first])


def _strip_conjunction(norm: str) -> str:
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


def _coordinated_with_place(tokens: list[Token], units: list[Unit], first: int, first_form: str) -> bool:
    """``في سوريا والعراق``: a name coordinated (و / comma) after a place use is a place too.  The و of a name
    that begins with it (واشنطن، وهران) is no conjunction: "في حال فرضت واشنطن" names no place."""
    tok = tokens[first]
    k = first - 1
    prefix = tok.norm[:len(tok.norm) - len(first_form)] if tok.norm.endswith(first_form) else tok.norm[:1]
    if not prefix.startswith("و"):
        if k < 0 or tokens[k].norm not in CONNECTORS:
            return False
        k -= 1
    if units and units[-1].place and units[-1].last >= k - 1:
        return True
    for j in range(k, max(-1, k - 3), -1):
        if _strip_conjunction(tokens[j].norm) in LOCATION_PREPOSITIONS and not _both_of(tokens, j):
            return True
        if any(u.first <= j <= u.last and not u.place for u in units[-2:]):
            return False
    return False


def _dated(ref: object) -> bool:
    return isinstance(ref, (Person, Organization))


def _construct_head(tok: Token) -> bool:
    """A head noun (مدينة، مؤتمر، شارع) whose genitive capital names a place or an event, not the state; with or
    without a preposition on it (لمدينة، بمؤتمر)."""
    return _strip_conjunction(tok.norm) in CONSTRUCT_HEADS or tok.norm[len(tok.prefix):] in CONSTRUCT_HEADS \
        or (tok.prefix.endswith("ال") and "ال" + tok.norm[len(tok.prefix):] in CONSTRUCT_HEADS)


def _other_sense(tokens: list[Token], k: int, kind: str) -> bool:
    """A one-word agent or country match at ``k`` that the words around it give another sense: «القضاء على» (round
    84, with a proclitic round 166: للقضاء على) is eliminating, not the judiciary; «تم أسرهم» (round 166) their
    capture, not their families; «بالنيابة» (round 170) acting or on behalf of, not the prosecution (unless one of
    its adjectives follows: بالنيابة العامة); «أميركا اللاتينية / الجنوبية» (round 167) a continent, not the
    United States."""
    tok = tokens[k]
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    if kind == "country":
        return tok.stem in AMERICA_FORMS and nxt in CONTINENT_PARTS
    if kind != "agent":
        return False
    return (tok.stem == "قضاء" and tok.prefix.endswith(("ال", "لل")) and nxt == "علي") \
        or (k > 0 and "اسر" in tok.forms and tokens[k - 1].norm in ("تم", "وتم")) \
        or (tok.norm in ACTING_WORDS and nxt not in PROSECUTION_ADJECTIVES)


def _is_place_use(tokens: list[Token], first: int, first_form: str, placed: frozenset[int] = frozenset()) -> bool:
    """Whether the name at ``first`` is a place here, not a party: after a locative proclitic or preposition or a
    motion word.  ``placed``: where the geo stage found places in this sentence (character starts)."""
    tok = tokens[first]
    stripped = tok.norm[: len(tok.norm) - len(first_form)] if tok.norm.endswith(first_form) else ""
    if stripped in LOCATION_PROCLITICS:
        if stripped not in STATE_PROCLITICS:
            return True
        # "شكره لدولة قطر"، "اتهاماته لروسيا"، "الدعم لتركيا": ل names a recipient or target more often than a
        # destination, unless a motion word shortly before or the geo stage makes it one ("وصل الوزير لدولة
        # الكويت"، "وصل كيري لروسيا في زيارة")
        return any(_is_motion(t) or _strip_conjunction(t.norm) in SENDING_WORDS
                   for t in tokens[max(0, first - 3):first]) or any(
            tok.start <= start < tok.end for start in placed)
    k = first - 1
    while k >= 0 and not tokens[k].is_word and tokens[k].norm in OPEN:
        k -= 1
    if k < 0:
        return False
    prev = tokens[k]
    if _is_motion(prev):
        return True
    if _both_of(tokens, k):
        return False
    return _strip_conjunction(prev.norm) in LOCATION_PREPOSITIONS or prev.norm in LOCATION_PREPOSITIONS


def _both_of(tokens: list[Token], k: int) -> bool:
    """"أعلنت كل من مالي والنيجر": من after كل introduces the list of actors ("both … and"), not an origin."""
    return tokens[k].norm == "من" and k > 0 and _strip_conjunction(tokens[k - 1].norm) == "كل"


def _is_motion(tok: Token) -> bool:
    return tok.norm in MOTION_WORDS or any(f in MOTION_WORDS for f in tok.forms)


def _definite_form(tok: Token) -> str | None:
    for f in tok.forms or (tok.norm,):
        if f.startswith("ال"):
            return f
    return None


def _norm_is_anaphor(tok: Token, words: frozenset[str]) -> bool:
    return any(f in words for f in tok.forms or (tok.norm,))


def _resolve_backref(u: Unit, earlier: list[ActorMention], want_type: str) -> None:
    """Give ``u`` the code of the last earlier mention of the same type (a named agent such as
    "وزارة الخارجية الأمريكية" before a capital used for its government; same sector for persons)."""
    candidates = [m for m in earlier if m.type == want_type and m.actor_code and m.country and not m.members]
    head = _head_word(u.name)
    if want_type == "ORG" and head == "وزاره":
        # round 162: «الوزارة» points back to a state's body or minister ("قال وزير الدفاع العراقي … مسؤولو
        # الوزارة"), never to an armed group (تنظيم الدولة الإسلامية); «القوات» may be any side's
        candidates = [m for m in earlier if m.actor_code and m.country and not m.members and m.sector in STATE_SECTORS
                      and (m.type == want_type or m.type == "PERS" and normalize(m.text).startswith("وزير"))]
    if want_type == "PERS" and u.sector:
        candidates = [m for m in candidates if m.sector == u.sector] or candidates
    # an outlet is never the body a non-media word points back to ("الشرق الأوسط" then "باسم الخارجية")
    candidates = [m for m in candidates if m.sector != "MED" or u.sector == "MED"]
    preferred = [m for m in candidates if m.how != "metonymy"] or candidates
    if head:  # "الوزارة" prefers an earlier ministry over an earlier government
        preferred = [m for m in preferred if head in _head_word(m.name or "")] or preferred
    if preferred:
        m = preferred[-1]
        u.code, u.country, u.sector = m.actor_code, m.country, m.sector
        u.how = "coref"


def _head_word(name: str | None) -> str:
    """First word of a canonical name, normalized and without the article (وزاره for الوزارة)."""
    if not name:
        return ""
    first = normalize(name.split()[0])
    return first[2:] if first.startswith("ال") and len(first) > 4 else first


def _last_person_sector(mentions: list[ActorMention]) -> str | None:
    for m in reversed(mentions):
        if m.type == "PERS" and m.sector:
            return m.sector
    return None


def _last_distinct(mentions: list[ActorMention], n: int, keep) -> list[ActorMention]:
    """The last ``n`` mentions (distinct codes/ids) that ``keep`` accepts, oldest first."""
    found: list[ActorMention] = []
    seen: set[str] = set()
    for m in reversed(mentions):
        if not keep(m):
            continue
        key = m.entity_id or m.actor_code or m.text
        if key in seen:
            continue
        seen.add(key)
        found.append(m)
        if len(found) == n:
            break
    return list(reversed(found))


def _last_countries(countries: list[tuple[str, int, int]], n: int, index: int, before: int) -> list[str]:
    """The last ``n`` distinct countries referred to before token ``before`` of sentence ``index`` or in the
    two sentences before it, oldest first (two: a line between, such as an outlet's name or a subheading,
    must not cut "البلدين" off from the countries it refers to)."""
    found: list[str] = []
    for code, sent, tok in reversed(countries):
        if sent == index and tok >= before:
            continue
        if sent < index - 2:
            break
        if code not in found:
            found.append(code)
        if len(found) == n:
            break
    return list(reversed(found))


def _named_pair(tokens: Sequence[Token], by_first: dict[int, Unit], i: int) -> list[Unit] | None:
    """The two country adjectives right after a dual (الجانبين الأردني والفلسطيني), [] when one adjective follows
    without a second (البلدين المصري … is then no back-reference either), None when none follows."""
    first = by_first.get(i + 1)
    if first is None or first.kind != "adjective" or not first.country:
        return None
    second = by_first.get(first.last + 1)
    if second is None or second.kind != "adjective" or not second.country or second.country == first.country \
            or not tokens[second.first].prefix.startswith("و"):
        return []
    return [first, second]


def _compound_ref(tok: Token, i: int, members: list[ActorMention], typ: str) -> Unit:
    return Unit(i, i, _keep_article_start(tok), tok.end, "ref", typ, how="coref",
                members=[_member_copy(m) for m in members])


def _member_copy(m: ActorMention) -> ActorMention:
    return ActorMention(m.start, m.end, m.text, m.type, m.name, m.name_latin, m.actor_code, m.country, m.sector,
                        m.entity_id, m.how or "coref", m.sentence)


def _group_antecedent(tokens: list[Token], i: int, units: Sequence[Unit], context: Context
                      ) -> Unit | ActorMention | None:
    """What a definite group noun at ``i`` points back to ("اغتيال قائد في «حزب الله»، فيما توعد الحزب بالرد"):
    the last named group whose name it heads, in this sentence first, else in the article so far."""
    norm = _definite_form(tokens[i])
    if norm not in GROUP_ANAPHORS or (i + 1 < len(tokens) and tokens[i + 1].norm.startswith("ال")):
        return None  # "الحزب الديمقراطي"، "الحركة الشعبية": a name of its own, not a reference back
    head = GROUP_ANAPHORS[norm]
    same = [x for x in units if x.last < i and x.kind in ANAPHOR_ANTECEDENT_KINDS and x.code
            and head in tokens[x.first].norm]
    if same:
        return same[-1]
    before = [m for m in context.mentions if m.actor_code and not m.members and m.type == "ORG"
              and head in normalize(m.text)]
    return before[-1] if before else None


def _copy_ref(tok: Token, i: int, m: ActorMention) -> Unit:
    return Unit(i, i, _keep_article_start(tok), tok.end, "ref", m.type, m.actor_code, m.country, m.sector, m.name,
                m.name_latin, m.entity_id, "coref")


def _joinable(u: Unit) -> bool:
    return not u.place and u.kind in ("country", "org", "capital") and u.code is not None and not u.members


def _joined(tokens: list[Token], a: Unit, b: Unit) -> bool:
    """True when only connectors (or a و proclitic on ``b``) separate ``a`` and ``b``."""
    between = tokens[a.last + 1: b.first]
    if any(t.norm not in CONNECTORS for t in between):
        return False
    if not between:
        return tokens[b.first].norm.startswith("و") and b.start > tokens[b.first].start
    return True


def _list_follows(tokens: list[Token], last: int, first: int) -> bool:
    """A bracketed list after a group, at most two words later: الدول الضامنة للهدنة (روسيا – تركيا)."""
    between = tokens[last + 1: first]
    return bool(between) and between[-1].norm in OPEN and len(between) <= 3


def _joined_pair_before(tokens: Sequence[Token], units: list[Unit], i: int) -> tuple[Unit, Unit] | None:
    """The last two coded parties of the sentence before token ``i`` joined by و alone (مقاتلي المعارضة وتنظيم
    داعش), of two codes, or None."""
    parties = sorted((u for u in units if u.last < i and u.code and not u.place and u.kind != "adjective"),
                     key=lambda u: u.first)
    pairs = [(a, b) for a, b in zip(parties, parties[1:], strict=False) if b.first == a.last + 1
             and tokens[b.first].prefix.startswith("و") and a.code != b.code]
    return pairs[-1] if pairs else None


def _nisba_of_noun(tokens: Sequence[Token], m: PhraseMatch[Hit]) -> bool:
    """A one-word country name that is also its nisba (السعودية) right after a noun of territory (الأراضي السعودية،
    الحدود السعودية، الأجواء السعودية): the adjective of that noun, not the state."""
    if m.first != m.last or m.first == 0 or not m.first_form.startswith("ال") or not m.first_form.endswith("يه"):
        return False
    return _strip_conjunction(tokens[m.first - 1].norm).lstrip("بل") in TERRITORY_NOUNS


# nouns of territory whose nisba locates, never acts (normalized, with the article)
TERRITORY_NOUNS = frozenset({"الاراضي", "الارض", "الحدود", "المدن", "المناطق", "المياه", "الاجواء", "السواحل",
                             "الجزر", "القري", "الموانئ", "المطارات", "الاقاليم", "المحافظات", "الصحراء", "البلدات"})
# A ministry's short name that is also an adjective: after «الشؤون» both are (round 139: الشؤون الداخلية لمملكة
# البحرين، الشؤون الخارجية); «الداخلية» also after any other definite noun that is no ministry's head (round 150:
# السياحة الداخلية، الجبهة الداخلية), but «الخارجية» not ("السياسة الخارجية الأمريكية" is the US government's policy, a
# fair party of what is done to it).  Times of day are definite too and stand between a verb and its subject (أعلنت
# اليوم الداخلية).
ADJECTIVE_MINISTRIES = frozenset({"الداخليه", "الخارجيه"})
AFFAIRS_WORDS = frozenset({"الشوون", "شوون"})  # («الشؤون» normalized)
NOT_A_HEAD = frozenset({"اليوم", "الليله", "الان", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
                        "الاحد", "امس"})


def _domestic_adjective(tokens: Sequence[Token], k: int) -> bool:
    """«الداخلية / الخارجية» alone after «الشؤون», «الداخلية» after another definite noun, or «الخارجية» after a
    noun of policy or trade (السياسة الخارجية): an adjective, not the ministry (rounds 139, 150 and 156)."""
    word = _strip_conjunction(tokens[k].norm)
    if k == 0 or word not in ADJECTIVE_MINISTRIES or tokens[k].prefix.lstrip("وف") not in ("", "ال"):
        return False
    before = tokens[k - 1]
    if not AFFAIRS_WORDS.isdisjoint(before.forms or (before.norm,)):
        return True
    if word == "الخارجيه":
        return _strip_conjunction(before.norm) in FOREIGN_POLICY_HEADS  # round 156: «السياسة الخارجية المصرية»
    return word == "الداخليه" and before.is_word and _is_definite(before) \
        and _strip_conjunction(before.norm) not in NOT_A_HEAD and not before.norm.endswith(("وزاره", "وزير"))


# definite nouns «الخارجية» qualifies as "foreign" (السياسة الخارجية، التجارة الخارجية), not the ministry, normalized
FOREIGN_POLICY_HEADS = frozenset({"السياسه", "السياسات", "التجاره", "الديون", "الاستثمارات", "المساعدات", "الحدود"})


# adjectives of an act that also name its doer (round 87: العمل الإرهابي; round 139: الاعتداء الانتحاري)
ARMED_ADJECTIVES = frozenset({"المسلح", "المسلحه", "الارهابي", "الارهابيه", "الانتحاري", "الانتحاريه"})
# nouns «المسلح / الإرهابي» describe as an actor: a person, or a group (التمرد المسلح، التنظيم الإرهابي)
ARMED_PEOPLE = frozenset({"الرجل", "الشاب", "الشخص", "العنصر", "الفرد", "الملثم", "المجهول", "التمرد", "الجناح",
                          "التنظيم", "الفصيل", "الذراع", "الجيش", "الجماعه", "الخليه", "المجموعه", "الفئه",
                          "العصابه", "الحركه", "الشبكه", "الميليشيا", "المليشيا"})


def _titles_yield_to_bodies(matcher: PhraseMatcher[Hit], tokens: Sequence[Token],
                            matches: list[PhraseMatch[Hit]]) -> list[PhraseMatch[Hit]]:
    """Round 139: "رئيس البرلمان العربي"، "رئيس البرلمان الأوروبي": a title whose last word opens an organisation's
    longer name («البرلمان العربي») ends before that word, and the organisation is matched whole — the words left
    of the title then head it, as «رئيس» heads «رئيس الجامعة العربية»."""
    out: list[PhraseMatch[Hit]] = []
    taken = -1  # the last token of an organisation matched here: later matches inside it go
    for m in matches:
        if m.first <= taken:
            continue
        if m.last > m.first and any(h.kind == "agent" and h.ref.title for h in m.values):
            body = matcher.find(tokens, starts=(m.last,))
            if body and body[0].last > m.last and any(h.kind == "org" for h in body[0].values):
                org = replace(body[0], values=[h for h in body[0].values if h.kind == "org"])
                out.extend(s for s in matcher.shorter(tokens, m)[:1] if s.last < m.last)
                out.append(org)
                taken = org.last
                continue
        out.append(m)
    return out


def _armed_adjective(tokens: Sequence[Token], m: PhraseMatch[Hit],
                     matches: Sequence[PhraseMatch[Hit]]) -> bool:
    """«المسلح / الإرهابي / الانتحاري» right after a definite word that no entry covers and that names no person or group
    (الهجوم المسلح، التسلل المسلح، العمل الإرهابي، العملية الإرهابية): an adjective, not a gunman or a terrorist."""
    if m.first != m.last or m.first == 0:
        return False
    word, prev = _strip_conjunction(tokens[m.first].norm), tokens[m.first - 1]
    if word in INDEFINITE_ARMED_ADJECTIVES:
        # round 152: "هجوماً انتحارياً"، "تفجير انتحاري"، "هجوم مسلح": the act's own adjective, no bomber or gunman
        return prev.is_word and (prev.norm in ACT_HEADS or prev.norm.removesuffix("ا") in ACT_HEADS)
    if word not in ARMED_ADJECTIVES:
        return False
    if m.first > 1 and prev.is_word and _strip_conjunction(tokens[m.first - 2].norm) in ACT_HEADS:
        return True  # round 151: "هجوم سوسة الإرهابي"، "تفجير باريس الإرهابي": the act named by its place, then its adjective
    return prev.is_word and _is_definite(prev) and _strip_conjunction(prev.norm) not in ARMED_PEOPLE \
        and not any(o.first <= m.first - 1 <= o.last for o in matches if o is not m)


# the same adjectives indefinite, as they follow an indefinite act (round 152: «هجوماً انتحارياً»), normalized
INDEFINITE_ARMED_ADJECTIVES = frozenset({"مسلح", "مسلحا", "مسلحه", "ارهابي", "ارهابيا", "ارهابيه", "انتحاري", "انتحاريا",
                                         "انتحاريه"})
# indefinite heads of an act in construct with its place (round 151): «هجوم سوسة الإرهابي»
ACT_HEADS = frozenset({"هجوم", "هجمات", "تفجير", "تفجيرات", "اعتداء", "اعتداءات", "حادث", "حادثه", "عمليه", "عمليات",
                       "هجومي", "تفجيري", "اعتداءي"})


FORMER_WORDS = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه", "سابق", "سابقا"})  # a title no longer held
# honorifics between a title and the name it heads (normalized): وزير العدل الدكتور وليد الصمعاني
NAME_HONORIFICS = frozenset({"الدكتور", "د", "المهندس", "الشيخ", "السيد", "الاستاذ", "اللواء", "العميد", "الفريق",
                             "العقيد", "المستشار", "القاضي", "السفير"})
ABBREVIATED_HONORIFICS = frozenset({"د", "م", "ا"})  # د. (doctor), م. (engineer), أ. (professor), with their point


def _past_honorific(tokens: Sequence[Token], first: int) -> int:
    """``first - 1`` when an honorific stands right before the name at ``first`` (and nothing names it), ``first - 2``
    when it is an abbreviation and its point (round 160: وزير الصحة السعودي د. خالد الفالح), else ``first``: the title
    before the honorific heads the name."""
    if first > 1 and tokens[first - 1].norm == "." and tokens[first - 2].norm in ABBREVIATED_HONORIFICS:
        return first - 2
    return first - 1 if first > 0 and tokens[first - 1].norm in NAME_HONORIFICS else first


def _own_given_name(tokens: Sequence[Token], k: int, hits: Sequence[Hit]) -> bool:
    """Whether a listed person's own first name stands in the three words before the surname at ``k`` (عادل بن أحمد
    الجبير: a patronymic between)."""
    firsts = {normalize(h.ref.name_ar.split()[0]) for h in hits if h.kind == "person" and h.ref.name_ar}
    return any(_strip_conjunction(t.norm) in firsts for t in tokens[max(0, k - 3):k])


PATRONYMIC_REACH = 5  # words from a given name to the surname past «بن X بن Y»


def _patronymic_start(tokens: Sequence[Token], k: int, hits: Sequence[Hit]) -> int | None:
    """Round 147: where the listed person's own given name stands before the surname at ``k`` with only a lineage of
    «بن / بنت» and names between (عادل بن أحمد الجبير), or None."""
    firsts = {normalize(h.ref.name_ar.split()[0]) for h in hits if h.kind == "person" and h.ref.name_ar
              and len(h.ref.name_ar.split()) > 1}
    for j in range(k - 3, max(-1, k - 1 - PATRONYMIC_REACH), -1):
        if _strip_conjunction(tokens[j].norm) in firsts and tokens[j + 1].norm in ("بن", "بنت") \
                and all(t.is_word for t in tokens[j + 1:k]):
            return j
    return None


def _name_start(tok: Token) -> int:
    """The offset where a name begins in its token, past a conjunction و/ف (وعادل)."""
    return tok.start + 1 if tok.prefix[:1] in ("و", "ف") else tok.start


def _as_member(u: Unit) -> ActorMention:
    return ActorMention(u.start, u.end, "", u.type, u.name, u.name_latin, u.code, u.country, u.sector,
                        u.entity_id, u.how, -1)
