"""Counts of the dead, injured and arrested from digits and Arabic number words.

Casualty counts are written in many ways: "15 شخصاً"، "خمسة عشر مدنياً"، "نحو مائتي معتقل"،
"ثلاثة آلاف".  :func:`parse_number` reads vague plurals as their lower bound (عشرات → 10, مئات →
100), but :func:`extract_size` leaves them out of the record: the gold guidelines count only a
number the text gives (a vague count is no count).  Everything here works on token
``norm`` strings (already normalized: ة→ه، ى→ي، hamza forms folded).
"""

from __future__ import annotations

from collections.abc import Sequence

from hadath.model import Size, Token

# Grammar of numerals (closed class, not dictionary data); keys are already normalized (ئ→ي، ة→ه، أ→ا).
_UNITS: dict[str, int] = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    "احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
}
_TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
}
_HUNDREDS: dict[str, int] = {
    "مايه": 100, "ميه": 100, "مايتان": 200, "مايتين": 200, "مايتي": 200, "ميتان": 200,
    "ميتين": 200, "ميتي": 200,
    "ثلاثمايه": 300, "ثلاثميه": 300, "اربعمايه": 400, "اربعميه": 400, "خمسمايه": 500, "خمسميه": 500,
    "ستمايه": 600, "ستميه": 600, "سبعمايه": 700, "سبعميه": 700, "ثمانمايه": 800, "ثمانميه": 800,
    "تسعمايه": 900, "تسعميه": 900,
}
_THOUSAND: dict[str, int] = {"الف": 1000, "الفا": 1000, "الفين": 2000, "الفان": 2000, "الاف": 1000}
_VAGUE: dict[str, int] = {"عشرات": 10, "العشرات": 10, "ميات": 100, "الميات": 100, "مييات": 100,
                          "الاف": 1000, "الالاف": 1000, "بضعه": 3, "بضع": 3}
_APPROX = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "ما", "يقارب", "اكثر من", "من"})
# Words between a count word and its number that say "at least / about": "قتل ما لا يقل عن 12".
BOUND_WORDS = frozenset({"ما", "لا", "يقل", "عن", "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "من", "يزيد", "يناهز",
                         "بين", "ما بين", "يقارب"})
# Duals that are counts: a nominative -ان is always a dual; -ين only where the plural is broken
# (قتيل → قتلى), since a sound plural (مدنيين) ends the same way.
_DUAL_ANY = ("عنصر", "جندي", "شخص", "مدني", "صحفي", "شرطي", "طفل", "مواطن", "ناشط", "مسلح", "ضابط", "عسكري",
             "قتيل", "جريح", "مصاب", "معتقل", "حارس", "موظف", "عامل", "مزارع", "صياد", "طالب", "مقاتل", "سجين")
_BROKEN_PLURAL = ("عنصر", "شخص", "طفل", "ضابط", "قتيل", "جريح", "حارس", "طالب", "سجين", "جندي")  # جنود
_DUALS = frozenset([s + "ان" for s in _DUAL_ANY] + [s + "ين" for s in _BROKEN_PLURAL])
# cardinals that count the noun after them (ثلاثين طالباً): not "one" (واحد follows its noun; أحد is "anyone")
CARDINAL_WORDS = (frozenset(_UNITS) - {"واحد", "واحده", "احد", "احدي"}) | frozenset(_TENS) | frozenset(_HUNDREDS) \
    | frozenset(_THOUSAND)
_ALL_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_HUNDREDS) | frozenset(_THOUSAND) | frozenset(_VAGUE)
_ONE_MORE = frozenset({"ثالث", "ثالثه", "رابع", "خامس", "اخر", "اخري"})
_SHOT_DEAD = ("ارداه", "ارداها", "اردته", "اردتها", "ارداهما")  # "فأرداه قتيلاً": one dead
# Every word a number can start with (with its joining و), for a one-test rejection of other words.
_STARTERS = (_ALL_WORDS | frozenset("و" + w for w in _ALL_WORDS) | _DUALS | frozenset(_SHOT_DEAD) | _ONE_MORE)

# Units after a number that measure time, money, distance or shares: what they count is no person
MEASURE_UNITS = frozenset({
    "يوم", "يوما", "ايام", "ساعه", "ساعات", "دقيقه", "دقايق", "اسبوع", "اسبوعا", "اسابيع", "شهر", "شهرا", "اشهر",
    "شهور", "سنه", "سنوات", "عام", "عاما", "اعوام", "دولار", "دولارا", "يورو", "ريال", "ريالا", "دينار", "دينارا",
    "جنيه", "مليون", "ملايين", "مليار", "مليارات", "كيلومتر", "كيلومترات", "كلم", "كم", "متر", "مترا", "امتار",
    "طن", "اطنان", "بالمايه", "بالميه", "المايه", "%", "٪",
    "ملم", "مم", "مليمتر", "ملليمتر", "ميليمتر", "كغ", "كيلوغرام", "كيلوغراما", "كلغ", "لتر", "لترا",  # round 140
    "كيلمتر", "كيلمترات", "كيلومترا", "كيلو", "ميل", "اميال", "ميلا",  # round 144: «تبعد 10 كيلمترات عن الحدود»
})
# round 140: a number right after these (past an opening bracket) names a calibre, a model or a serial number, no
# people: "مدفع هاون عيار (120)"، "طائرة من طراز 737"
QUALIFIED_NUMBER_HEADS = frozenset({"عيار", "العيار", "بعيار", "طراز", "الطراز", "رقم", "الرقم", "برقم", "موديل",
                                    "مقاس"})
DEAD_WORDS = frozenset({
    "قتيل", "قتلي", "قتيلا", "قتلا", "مقتل", "مصرع", "قتل", "قتلوا", "قتلت", "يقتل", "ضحايا", "ضحيه",
    "شهيد", "شهداء", "شهيدا", "حتفهم", "حتفه", "لقوا", "لقي", "مصرعهم", "مصرعه", "قضوا", "الوفيات", "وفاه",
    "اشخاص قتلوا", "القتلي", "قتيلان", "قتيلين", "استشهاد", "استشهد", "استشهدوا",
})
INJURED_WORDS = frozenset({
    "جريح", "جريحا", "جرحي", "جرح", "اصابه", "اصابات", "مصاب", "مصابين", "مصابا", "اصيب", "اصيبوا", "اصيبت",
    "الجرحي", "المصابين", "بجروح", "جروح", "جريحان", "جريحين", "مصابان",
})
ARRESTED_WORDS = frozenset({
    "اعتقال", "اعتقل", "اعتقلت", "معتقل", "معتقلين", "معتقلا", "موقوف", "موقوفين", "المعتقلين", "اعتقالات",
    "احتجاز", "محتجزين", "القبض", "توقيف", "اوقفت", "اوقف", "احتجزت", "معتقلان",
})


def parse_number(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """The number starting at token ``i`` as (value, index after it), or None when none starts there.

    A vague plural (عشرات، مئات) comes back as its lower bound negated (-10, -100), so callers can
    tell a count from an order of magnitude.
    """
    n = len(tokens)
    if i >= n:
        return None
    norm = tokens[i].norm
    if norm[:1] == "و" and norm[1:2].isdigit():
        norm = norm[1:]  # "40 جريحاً و15 شهيداً": the و joins a second count written in digits
    forms = tokens[i].forms or (norm,)
    if not norm[:1].isdigit() and _STARTERS.isdisjoint(forms):
        return None  # the common case, one set test
    if not _DUALS.isdisjoint(forms):
        return 2, i + 1  # عنصران، قتيلين
    if any(f in _SHOT_DEAD for f in forms) and i + 1 < n and tokens[i + 1].norm in ("قتيلا", "قتيل"):
        return 1, i + 1  # فأرداه قتيلاً
    if norm in _ONE_MORE and i > 0 and _token_kind(tokens[i - 1]) is not None:
        return 1, i + 1  # "وأصيب ثالث"، "وقتل آخر": one more
    if norm[:1].isdigit():
        digits = norm.replace(",", "").rstrip("%")
        try:
            value = int(float(digits))
        except ValueError:
            return None
        j = i + 1
        if j < n and tokens[j].norm in _THOUSAND:  # "3 الاف"
            return value * 1000, j + 1
        return value, j
    value = 0
    j = i
    matched = False
    while j < n:
        raw = tokens[j].norm
        w = _strip_conj(raw) if matched or raw not in _ALL_WORDS else raw  # "وثلاثة جرحى" after another count
        if w in _HUNDREDS:
            value += _HUNDREDS[w]
        elif w in _TENS:
            value += _TENS[w]
        elif w in _UNITS:
            unit = _UNITS[w]
            nxt = tokens[j + 1].norm if j + 1 < n else ""
            if nxt in ("عشر", "عشره") and unit < 10:  # خمسة عشر
                value += unit + 10
                j += 1
            elif nxt in _THOUSAND and nxt != "الف":  # ثلاثة آلاف
                value += unit * 1000
                j += 1
            else:
                value += unit
        elif w in _THOUSAND and matched:
            value = max(value, 1) * 1000 if value < 1000 else value + 1000
        elif w in _THOUSAND and not matched and w != "الاف":
            value += _THOUSAND[w]
        elif w in _VAGUE and not matched:
            return -_VAGUE[w], j + 1  # negative: a vague lower bound
        else:
            break
        matched = True
        j += 1
    return (value, j) if matched else None


def _strip_conj(word: str) -> str:
    """``وعشرون`` → ``عشرون``: the و that joins compound numerals."""
    return word[1:] if word.startswith("و") and len(word) > 2 else word


def _kind(word: str) -> str | None:
    if word in DEAD_WORDS:
        return "dead"
    if word in INJURED_WORDS:
        return "injured"
    if word in ARRESTED_WORDS:
        return "arrested"
    return None


def _token_kind(token: Token) -> str | None:
    for form in token.forms or (token.norm,):
        kind = _kind(form)
        if kind:
            return kind
    return None


# a death told with the pronoun of its dead: his / her death is one dead, theirs two (مصرعهما); a plural names no count
OWN_DEATHS = {"مصرعه": 1, "مصرعها": 1, "حتفه": 1, "حتفها": 1, "مصرعهما": 2, "حتفهما": 2}
OPENING_BRACKETS = frozenset({"(", "[", "«", '"'})
TRAILING_TWO = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})  # "two" standing after its noun


def _count_word_before(tokens: Sequence[Token], kinds: list[str | None], lo: int, i: int) -> str | None:
    """The kind of the nearest count word before token ``i`` (a few words back, more past «ما لا يقل عن»)."""
    reach = 4 + sum(1 for k in range(max(lo, i - 5), i) if tokens[k].norm in BOUND_WORDS)
    for k in range(i - 1, max(lo, i - reach) - 1, -1):
        if kinds[k - lo]:
            return kinds[k - lo]
    return None


def extract_size(tokens: Sequence[Token], lo: int = 0, hi: int | None = None,
                 dated: frozenset[int] = frozenset()) -> Size:
    """Dead / injured / arrested counts in ``tokens[lo:hi]``: a number within three tokens of a count word.

    A number binds to the nearest count word after it ("15 شخصاً قتلوا", "خمسة قتلى") or, failing
    that, before it ("مقتل 15 شخصاً", "اصابة ثلاثة").  The first count of each kind wins.  Numbers at the
    token indexes in ``dated`` belong to a date the date stage found ("(6 أغسطس 2015) تفجيراً أسفر عن مقتل 13"):
    they count nothing.
    """
    hi = len(tokens) if hi is None else hi
    kinds = [_token_kind(tokens[k]) for k in range(lo, hi)]
    size = Size()
    i = lo
    while i < hi:
        if i in dated:
            i += 1
            continue
        parsed = parse_number(tokens, i)
        if parsed is None:
            i += 1
            continue
        value, after = parsed
        if after < len(tokens) and tokens[after].norm in MEASURE_UNITS:
            i = after  # round 25: "بعد أربعة أيام من مقتل"، "5 ملايين دولار"، "70% من الجرحى": no count of people
            continue
        head = i - 2 if i - 1 >= lo and tokens[i - 1].norm in OPENING_BRACKETS else i - 1
        if head >= lo and tokens[head].norm in QUALIFIED_NUMBER_HEADS:
            i = after
            continue
        # "مقتل 15"، "وأصيب 11": the word right before (unless it is itself a count: "قتيلان وثلاثة جرحى")
        # (but not the noun of the count before it: "40 جريحاً و15 شهيداً", the 15 are the dead after them);
        # round 43: a number in brackets, "استشهاد (15) وإصابة (33)", looks past its opening bracket
        b = i - 1 if i - 1 > lo and tokens[i - 1].norm in OPENING_BRACKETS else i
        kind = kinds[b - 1 - lo] if b > lo and parse_number(tokens, b - 1) is None and not (
            b - 2 >= lo and not tokens[b - 1].norm.startswith("و") and parse_number(tokens, b - 2) is not None
        ) else None
        if kind is None and after == i + 1:
            kind = kinds[i - lo]  # the count is its own count word: قتيلان، جريحين
        # "مقتل عسكريين تركيين اثنين وجرح أربعة": «اثنين» follows the noun it counts, like an adjective, so it
        # looks back to its count word first, not ahead to the next one
        trailing_two = kind is None and after == i + 1 and tokens[i].norm in TRAILING_TWO and i > lo
        if trailing_two and parse_number(tokens, i - 1) is not None:
            i = after  # "جنديين اثنين": the dual told twice, one count
            continue
        if trailing_two:
            kind = _count_word_before(tokens, kinds, lo, i)
        for k in range(after, min(hi, after + 6) if kind is None else after):
            if parse_number(tokens, k) is not None and k > after:
                break
            if kinds[k - lo]:
                kind = kinds[k - lo]
                break
        if kind is None and not trailing_two:
            kind = _count_word_before(tokens, kinds, lo, i)
        if kind is not None and getattr(size, kind) is None and 0 < value < 10_000_000:
            setattr(size, kind, value)
        i = max(after, i + 1)
    if size.dead is None:  # round 40: "شخصاً لقي مصرعه"، "لقي ضابط ومجند مصرعهما": one or two dead, by the pronoun
        size.dead = next((OWN_DEATHS[t.norm] for t in tokens[lo:hi] if t.norm in OWN_DEATHS), None)
    return size
