"""Finding date expressions in a sentence's tokens: a small hand-written grammar, precision first.

The grammar reads tokens left to right.  At each token it tries, in order: a relation cue (منذ، حتى،
قبل، بعد) in front of a date, a part of a period (مطلع/منتصف/أواخر), a time of day (مساء أمس), a
numeric date (2017/1/19), a day and month name (6 أيار الماضي), a month name (أيلول 2015), a weekday
(يوم الخميس), أمس/اليوم/غدا, a calendar period (الشهر الماضي), a year (عام 2015) and a duration
(قبل ثلاثة أيام).  What it finds is an :class:`Expr`, a description that needs a reference date to
become a value (see :mod:`hadath.when.resolve`); finding and resolving are separate so that a dateline
can supply the reference after the expressions are found.

Words that are dates only in context are guarded: اليوم after صحيفة/قناة or before an ordinal
(اليوم الأول), الاثنين ("the two") without يوم/الماضي, آب/مارس/ماي/نيسان without a day or a year,
"14 آذار" after قوى/تيار (a name), الجمعة after صلاة.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hadath.model import Token
from hadath.text.tokens import advance_letters
from hadath.when.lexicon import DateLexicon, MonthName, WordInfo

_NUMBER_RE = re.compile(r"(?:وال|بال|فال|ال|[وفبل])?(\d+)")
_NUMERIC_DATE_RE = re.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
_DATE_SEPARATORS = frozenset("/-.")
_CLAUSE_BREAKS = frozenset({"،", ",", ":", "«", "»", '"', "“", "”", "(", ")", "؛", ";", "-", "–"})
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "بان", "بانه", "لان", "اذ", "حيث", "بينما", "الذي", "التي",
                              "وقال", "قال", "واضاف", "اضاف"})
_ORDINAL_AFTER_TODAY = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                                  "التاسع", "العاشر", "الاخير", "التالي", "الذي", "المحدد", "الموعود"})
_FUTURE_WINDOW = 8  # tokens before/after an expression searched for a future-tense cue, within its clause
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_MIN_HIJRI_YEAR, _MAX_HIJRI_YEAR = 1300, 1600


@dataclass(frozen=True, slots=True)
class Expr:
    """What a date expression says, before it is resolved against a reference date.

    kind: ``absolute`` (year [month [day]] given), ``hijri`` (Hijri year/month/day), ``offset``
    (``amount`` ``unit``s from the reference: أمس, قبل ثلاثة أيام), ``period`` (the calendar week, month
    or year ``amount`` periods from the reference: الشهر الماضي), ``weekday``, ``month_day`` (6 أيار),
    ``month`` (أيلول).  ``direction`` is ``past``/``next`` when الماضي/المقبل said so, else ``auto``
    (past unless the clause is in the future tense); ``year_shift`` a year relative to the reference
    (أيلول العام الماضي = -1).  ``part`` records مطلع/منتصف/أواخر (start/mid/end).  ``duration``
    (ثلاثة أيام) is only an intermediate: after قبل/منذ/بعد it becomes an ``offset``, alone it is dropped.
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    amount: int = 0
    direction: str = "auto"
    year_shift: int | None = None
    part: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """One expression found in a token sequence: tokens ``first..last`` (inclusive), characters ``start:end``."""

    first: int
    last: int
    start: int
    end: int
    expr: Expr
    relation: str = "on"
    future: bool = False


def _forms(tok: Token) -> tuple[str, ...]:
    return tok.forms or (tok.norm,)


def _key_start(tok: Token, key: str) -> int:
    """Start offset of the part of ``tok`` that ``key`` (one of its forms) covers: skips proclitics."""
    norm = tok.norm
    if key == norm:
        return tok.start
    idx = norm.rfind(key)
    if idx < 0 and key.startswith("ال"):
        idx = norm.rfind(key[2:])
    if idx <= 0:
        return tok.start
    return tok.start + advance_letters(tok.text, 0, len(tok.text), idx)


def _number(tok: Token) -> tuple[int, int] | None:
    """(value, digit start offset) of a number token, also with a clitic (و6، الـ6)."""
    m = _NUMBER_RE.fullmatch(tok.norm)
    if m is None:
        return None
    start = tok.start if m.start(1) == 0 else tok.start + advance_letters(tok.text, 0, len(tok.text), m.start(1))
    return int(m.group(1)), start


class DateGrammar:
    """Finds date expressions in token sequences; holds only the (read-only) lexicon."""

    def __init__(self, lexicon: DateLexicon) -> None:
        self.lex = lexicon

    # ------------------------------------------------------------------ public
    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every date expression in ``tokens``, left to right, not overlapping.

        Pre-filter: the grammar only runs at tokens where an expression can start (a number, or a
        word in ``lexicon.triggers``), so a sentence without date words costs one set test per token.
        """
        triggers = self.lex.triggers
        starts = [k for k, tok in enumerate(tokens)
                  if tok.norm and (tok.norm[-1].isdigit() or not triggers.isdisjoint(tok.forms or (tok.norm,)))]
        hits: list[Hit] = []
        done = 0  # tokens before this index are inside an expression already found
        for i in starts:
            if i < done:
                continue
            hit = self._at(tokens, i)
            if hit is None:
                continue
            hit = replace(hit, future=self._future(tokens, hit.first, hit.last))
            hits.append(hit)
            done = hit.last + 1
            if hit.expr.kind == "absolute" and hit.expr.month is None:
                more = self._year_coordination(tokens, done, hit)
                if more is not None:
                    hits.append(more)
                    done = more.last + 1
        return hits

    # ------------------------------------------------------------------ helpers
    def _role(self, tok: Token, role: str) -> tuple[str, WordInfo] | None:
        table = self.lex.words[role]
        for form in _forms(tok):
            info = table.get(form)
            if info is not None:
                return form, info
        return None

    def _is(self, tokens: Sequence[Token], i: int, role: str) -> bool:
        return 0 <= i < len(tokens) and self._role(tokens[i], role) is not None

    def _month_at(self, tokens: Sequence[Token], i: int) -> tuple[MonthName, int, str] | None:
        """(month name, last token index, first matched form) of a month name starting at token ``i``."""
        for form in _forms(tokens[i]):
            candidates = self.lex.months.get(form)
            if not candidates:
                continue
            for name in candidates:
                last = i + len(name.words) - 1
                if last >= len(tokens):
                    continue
                if all(name.words[k] in _forms(tokens[i + k]) for k in range(1, len(name.words))):
                    return name, last, form
        return None

    def _year_at(self, tokens: Sequence[Token], i: int, hijri: bool = False) -> tuple[int, int] | None:
        """(year, start offset) when token ``i`` is a plausible year number."""
        if i >= len(tokens):
            return None
        got = _number(tokens[i])
        if got is None:
            return None
        value, start = got
        low, high = (_MIN_HIJRI_YEAR, _MAX_HIJRI_YEAR) if hijri else (_MIN_YEAR, _MAX_YEAR)
        return (value, start) if low <= value <= high else None

    def _era_mark(self, tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
        """('hijri'|'ad', index) when token ``i`` is هـ / م (or هجري / ميلادي)."""
        if i >= len(tokens):
            return None
        if self._role(tokens[i], "hijri_mark"):
            return "hijri", i
        if self._role(tokens[i], "ad_mark"):
            return "ad", i
        return None

    # ------------------------------------------------------------------ the grammar
    def _at(self, tokens: Sequence[Token], i: int) -> Hit | None:
        tok = tokens[i]
        for role, relation in (("since", "since"), ("until", "until"), ("before", "before"), ("after", "after")):
            cue = self._role(tok, role)
            if cue is None:
                continue
            if i + 1 >= len(tokens):
                return None
            inner = self._core(tokens, i + 1, cue=role)
            if inner is None:
                return None
            expr = inner.expr
            if expr.kind == "duration":
                if role == "after" and not self._future(tokens, i, inner.last):
                    return None  # "بعد أسبوعين" in a past narrative counts from the story, not the report
                sign = 1 if role == "after" else -1
                expr = replace(expr, kind="offset", amount=sign * expr.amount)
                relation = "since" if role == "since" else "on"
            elif role == "after" and expr.kind == "offset" and expr.unit == "day" and expr.amount == 1 \
                    and self._is(tokens, inner.first, "tomorrow"):
                expr = replace(expr, amount=2)  # بعد غد: the day after tomorrow
                relation = "on"
            elif role == "before" and expr.kind == "offset" and expr.unit == "day" and expr.amount == -1 \
                    and self._is(tokens, inner.first, "yesterday"):
                expr = replace(expr, amount=-2)  # قبل أمس: the day before yesterday
                relation = "on"
            if role == "after" and tokens[inner.first].norm == "ظهر":
                relation = "on"  # بعد ظهر أمس: "in the afternoon of", not "after"
            return replace(inner, first=i, start=_key_start(tok, cue[0]), expr=expr, relation=relation)
        hit = self._core(tokens, i, cue=None)
        if hit is not None and hit.expr.kind == "duration":
            return None  # a bare duration (ثلاثة أيام) is not a date
        return hit

    def _core(self, tokens: Sequence[Token], i: int, cue: str | None) -> Hit | None:
        tok = tokens[i]
        part = self._role(tok, "part")
        if part is not None and i + 1 < len(tokens):
            inner = self._period_or_date(tokens, i + 1, cue="part")
            bare = self._role(tokens[i + 1], "period")
            if inner is None and bare is not None and bare[1].unit in ("month", "year"):
                # مطلع الشهر / أواخر العام: the current month or year
                inner = Hit(i + 1, i + 1, tokens[i + 1].start, tokens[i + 1].end,
                            Expr("period", unit=bare[1].unit, amount=0))
            if inner is None or inner.expr.kind in ("weekday", "offset"):
                return None
            return replace(inner, first=i, start=_key_start(tok, part[0]),
                           expr=replace(inner.expr, part=part[1].part))
        tod = self._role(tok, "time_of_day") or self._role(tok, "day_word")
        if tod is not None and i + 1 < len(tokens) and self._role(tok, "today") is None:
            inner = self._day_reference(tokens, i + 1, after_day_word=True)
            if inner is None and self._role(tok, "day_word") is not None:
                inner = self._numeric_or_month(tokens, i + 1, cue="day_word")
            if inner is None:
                return None
            return replace(inner, first=i, start=_key_start(tok, tod[0]))
        return self._period_or_date(tokens, i, cue=cue)

    def _period_or_date(self, tokens: Sequence[Token], i: int, cue: str | None) -> Hit | None:
        return (self._numeric_or_month(tokens, i, cue)
                or self._day_reference(tokens, i, after_day_word=False)
                or self._period(tokens, i)
                or self._year(tokens, i, cue)
                or (self._duration(tokens, i) if cue in ("since", "before", "after") else None))

    # ---- numeric dates, day + month, month
    def _numeric_or_month(self, tokens: Sequence[Token], i: int, cue: str | None) -> Hit | None:
        numeric = self._numeric_date(tokens, i)
        if numeric is not None:
            return numeric
        tok = tokens[i]
        got = _number(tok)
        if got is not None:
            day, start = got
            if not 1 <= day <= 31:
                return None
            j = i + 1
            if j < len(tokens) and self._role(tokens[j], "from") is not None:
                j += 1  # 6 من أيار
            if j >= len(tokens):
                return None
            month = self._month_at(tokens, j)
            if month is None:
                return None
            return self._month_tail(tokens, i, start, month[0], month[1], day, cue)
        ordinal = self._ordinal_day(tokens, i)
        if ordinal is not None:
            day, j = ordinal
            month = self._month_at(tokens, j) if j < len(tokens) else None
            if month is None:
                return None
            return self._month_tail(tokens, i, tok.start, month[0], month[1], day, cue)
        month_word = self._role(tok, "month_word")
        j = i + 1 if month_word is not None else i
        if j >= len(tokens):
            return None
        month = self._month_at(tokens, j)
        if month is None:
            return None
        start = _key_start(tok, month_word[0] if month_word else month[2])
        return self._month_tail(tokens, i, start, month[0], month[1], None, cue if month_word is None else "month_word")

    def _ordinal_day(self, tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
        """(day, index after من) of ``السادس من`` / ``الحادي والعشرين من``; the من is required."""
        first = self._role(tokens[i], "ordinal")
        if first is None or first[0] != tokens[i].norm:
            return None  # with a clitic (والثاني) it is rather a list item than a day
        day = first[1].value or 0
        j = i + 1
        n = len(tokens)
        if j < n and day < 10:
            tens = self._role(tokens[j], "ordinal_tens")
            if tens is not None:
                day += tens[1].value or 0
                j += 1
        if not 1 <= day <= 31 or j >= n or self._role(tokens[j], "from") is None:
            return None
        return day, j + 1

    def _numeric_date(self, tokens: Sequence[Token], i: int) -> Hit | None:
        tok = tokens[i]
        if not tok.norm[:1].isdigit():
            return None
        if "." in tok.norm:  # 19.01.2017 is one token
            text, last = tok.norm, i
        else:
            parts = [tok.norm]
            last = i
            while last + 1 < len(tokens) and len(parts) < 5:
                nxt = tokens[last + 1]
                expect_sep = len(parts) % 2 == 1
                # 2017/1/19 is written solid; "14 / 10 / 1436" with spaces only around slashes
                if nxt.start != tokens[last].end and not (nxt.norm == "/" or parts[-1] == "/"):
                    break
                if expect_sep and nxt.norm in _DATE_SEPARATORS or not expect_sep and nxt.norm.isdigit():
                    parts.append(nxt.norm)
                    last += 1
                else:
                    break
            if len(parts) != 5:
                return None
            text = "".join(parts)
        m = _NUMERIC_DATE_RE.fullmatch(text)
        if m is None:
            return None
        a, b, c = (int(g) for g in m.groups())
        if len(m.group(1)) == 4:
            year, month, day = a, b, c
        elif len(m.group(3)) == 4:
            year, month, day = c, b, a
            if month > 12 >= day:
                month, day = day, month  # 1/19/2017 written month first
        else:
            return None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if _MIN_HIJRI_YEAR <= year <= _MAX_HIJRI_YEAR and day <= 30:
            era = self._era_mark(tokens, last + 1)
            if era is not None and era[0] == "hijri":
                last = era[1]
            return Hit(i, last, tok.start, tokens[last].end, Expr("hijri", year=year, month=month, day=day))
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            return None
        era = self._era_mark(tokens, last + 1)
        if era is not None and era[0] == "ad" and tokens[era[1]].start == tokens[last].end:
            last = era[1]  # 2017/1/19م
        return Hit(i, last, tok.start, tokens[last].end, Expr("absolute", year=year, month=month, day=day))

    def _month_tail(self, tokens: Sequence[Token], first: int, start: int, name: MonthName, last: int,
                    day: int | None, cue: str | None) -> Hit | None:
        """Complete a month expression after the month name: a second name (أيلول/سبتمبر), a year,
        الماضي/المقبل, العام الماضي, and an era mark; apply the context rules of ambiguous names."""
        n = len(tokens)
        j = last + 1
        # أيلول/سبتمبر, أيلول (سبتمبر), سبتمبر أيلول: the same month named twice
        second = j + 1 if j + 1 < n and tokens[j].norm in ("/", "(", "-") else j
        if second < n:
            other = self._month_at(tokens, second)
            if other is not None and other[0].month == name.month and other[0].calendar == name.calendar:
                last = other[1]
                if last + 1 < n and tokens[last + 1].norm == ")" and tokens[j].norm == "(":
                    last += 1
                j = last + 1
        if self._anaphoric_year(tokens, j):
            return None  # تشرين الثاني من نفس العام: the year is the story's, not the report's
        hijri = name.calendar == "hijri"
        year: int | None = None
        year_shift: int | None = None
        direction = "auto"
        k = j
        if k < n and self._role(tokens[k], "from") is not None:
            k += 1  # أيلول من العام الماضي / من عام 2015
        if k < n and self._role(tokens[k], "year_word") is not None and self._year_at(tokens, k + 1, hijri):
            k += 1
        got_year = self._year_at(tokens, k, hijri)
        if got_year is not None:
            year, last = got_year[0], k
        else:
            k = j + (1 if j < n and self._role(tokens[j], "from") is not None else 0)
            if k < n and (self._role(tokens[k], "period") or self._role(tokens[k], "this")):
                period = self._period(tokens, k)
                if period is not None and period.expr.unit == "year":
                    year_shift, last = period.expr.amount, period.last
            if year_shift is None and j < n:
                if self._role(tokens[j], "past"):
                    direction, last = "past", j
                elif self._role(tokens[j], "next"):
                    direction, last = "next", j
                elif self._role(tokens[j], "current"):
                    year_shift, last = 0, j
        era = self._era_mark(tokens, last + 1) if year is not None else None
        if era is not None:
            if (era[0] == "hijri") != hijri:
                era = None
            else:
                last = era[1]
        # context rules
        prev = tokens[first - 1] if first > 0 else None
        explicit = year is not None or year_shift is not None or direction != "auto"
        if prev is not None and not explicit and self._role(prev, "label_before") is not None:
            return None  # قوى 14 آذار، ثورة يناير، شارع 26 يوليو: names, not dates
        if hijri and year is None:
            return None  # a Hijri month without its year cannot be placed reliably
        if name.ambiguous and day is None and not explicit and cue != "month_word":
            return None
        if day is None and not explicit and cue is None and not (prev is not None and prev.norm in ("في", "خلال")):
            return None  # a bare month name (أيلول الأسود): only after في/خلال/منذ/شهر …
        end = tokens[last].end
        if hijri:
            expr = Expr("hijri", year=year, month=name.month, day=day)
        elif year is not None:
            expr = Expr("absolute", year=year, month=name.month, day=day)
        elif day is not None:
            expr = Expr("month_day", month=name.month, day=day, direction=direction, year_shift=year_shift)
        else:
            expr = Expr("month", month=name.month, direction=direction, year_shift=year_shift)
        return Hit(first, last, start, end, expr)

    def _anaphoric_year(self, tokens: Sequence[Token], j: int) -> bool:
        """Does ``[من] نفس العام / العام نفسه / ذلك العام`` start at token ``j``?"""
        n = len(tokens)
        if j < n and self._role(tokens[j], "from") is not None:
            j += 1
        if j + 1 >= n:
            return False
        first, second = tokens[j], tokens[j + 1]
        if self._role(first, "anaphor") is not None and first.norm not in ("هذا", "مثل") \
                and self._role(second, "period") is not None:
            return True
        return self._role(first, "period") is not None and self._role(second, "same") is not None

    # ---- weekdays, أمس/اليوم/غدا
    def _day_reference(self, tokens: Sequence[Token], i: int, after_day_word: bool) -> Hit | None:
        tok = tokens[i]
        n = len(tokens)
        prev = tokens[i - 1] if i > 0 else None
        for form in _forms(tok):
            wd = self.lex.weekdays.get(form)
            if wd is None:
                continue
            weekday, ambiguous = wd
            if prev is not None and self._role(prev, "weekday_noun_before") is not None:
                return None  # صلاة الجمعة
            direction, last = "auto", i
            if i + 1 < n and self._role(tokens[i + 1], "past"):
                direction, last = "past", i + 1
            elif i + 1 < n and self._role(tokens[i + 1], "next"):
                direction, last = "next", i + 1
            merged = self._dated_weekday(tokens, last + 1)
            if merged is not None:
                return replace(merged, first=i, start=_key_start(tok, form))
            if ambiguous and not after_day_word and direction == "auto" and not (
                    prev is not None and (self._role(prev, "since") or self._role(prev, "until")
                                          or self._role(prev, "today"))):
                return None  # الاثنين is also "the two"
            return Hit(i, last, _key_start(tok, form), tokens[last].end,
                       Expr("weekday", weekday=weekday, direction=direction))
        yesterday = self._role(tok, "yesterday")
        if yesterday is not None:
            if i + 1 < n and self._role(tokens[i + 1], "first") and tokens[i + 1].norm in ("الاول", "الاولى"):
                return Hit(i, i + 1, _key_start(tok, yesterday[0]), tokens[i + 1].end,
                           Expr("offset", unit="day", amount=-2))
            last = self._named_day_after(tokens, i)
            return Hit(i, last, _key_start(tok, yesterday[0]), tokens[last].end,
                       Expr("offset", unit="day", amount=-1))
        first = self._role(tok, "first")
        if first is not None and tok.norm in ("اول", "واول"):  # أول أمس، أول من أمس
            j = i + 1
            if j < n and self._role(tokens[j], "from") is not None:
                j += 1
            if j < n and self._role(tokens[j], "yesterday") is not None:
                return Hit(i, j, _key_start(tok, first[0]), tokens[j].end, Expr("offset", unit="day", amount=-2))
            return None
        tomorrow = self._role(tok, "tomorrow")
        if tomorrow is not None:
            if tomorrow[0] != "غدا" and self._is_noun_use(tokens, i):
                return None  # مكتبة «الغد العربي»، صحيفة الغد
            last = self._named_day_after(tokens, i)
            return Hit(i, last, _key_start(tok, tomorrow[0]), tokens[last].end, Expr("offset", unit="day", amount=1))
        today = self._role(tok, "today")
        if today is not None and today[0] == "اليوم":
            if self._is_noun_use(tokens, i) or (prev is not None and prev.norm == "في"):
                return None  # صحيفة اليوم، في مثل هذا اليوم، اليوم الأول، 71 سنتا في اليوم
            last = self._named_day_after(tokens, i)
            return Hit(i, last, _key_start(tok, today[0]), tokens[last].end, Expr("offset", unit="day", amount=0))
        return None

    def _is_noun_use(self, tokens: Sequence[Token], i: int) -> bool:
        """Is اليوم/الغد at ``i`` a noun (a name, "the day" of something) rather than "today"/"tomorrow"?"""
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and (self._role(prev, "outlet_before") or self._role(prev, "anaphor")
                                 or prev.norm in ("«", '"', "“")):
            return True  # صحيفة اليوم، في مثل هذا اليوم، «اليوم»
        if i + 1 < len(tokens):
            nxt = tokens[i + 1].norm
            if any(f in self.lex.weekdays for f in _forms(tokens[i + 1])):
                return False  # اليوم الخميس
            if self._role(tokens[i + 1], "same") or nxt in ("»", '"', "”") or nxt in _ORDINAL_AFTER_TODAY \
                    or (nxt.startswith("ال") and (nxt.endswith("ي") or nxt.endswith("يه"))):
                return True  # اليوم الأول، اليوم الوطني، اليوم نفسه، الغد العربي
        return False

    def _named_day_after(self, tokens: Sequence[Token], i: int) -> int:
        """Index of the last token of أمس/غدا at ``i``, extended over a weekday in apposition (أمس الأحد)."""
        n = len(tokens)
        if i + 1 < n and any(f in self.lex.weekdays for f in _forms(tokens[i + 1])):
            return i + 1
        if i + 3 < n and tokens[i + 1].norm == "(" and tokens[i + 3].norm == ")" \
                and any(f in self.lex.weekdays for f in _forms(tokens[i + 2])):
            return i + 3  # أمس (الثلاثاء)
        return i

    def _dated_weekday(self, tokens: Sequence[Token], i: int) -> Hit | None:
        """A date right after a weekday (الخميس 24 آب 2017، الاثنين الموافق 2017/1/19)."""
        n = len(tokens)
        while i < n and tokens[i].norm in ("،", ",", "الموافق", "بتاريخ", "تاريخ", "("):
            i += 1
        if i >= n or not tokens[i].norm[:1].isdigit():
            return None
        hit = self._numeric_or_month(tokens, i, cue="weekday")
        if hit is None or hit.expr.kind not in ("absolute", "month_day", "hijri") or hit.expr.day is None:
            return None
        return hit

    # ---- calendar periods, years, durations
    def _period(self, tokens: Sequence[Token], i: int) -> Hit | None:
        n = len(tokens)
        tok = tokens[i]
        this = self._role(tok, "this")
        if this is not None and i + 1 < n:
            period = self._role(tokens[i + 1], "period")
            if period is None:
                return None
            return Hit(i, i + 1, _key_start(tok, this[0]), tokens[i + 1].end,
                       Expr("period", unit=period[1].unit, amount=0))
        period = self._role(tok, "period")
        if period is None or i + 1 >= n:
            return None
        unit = period[1].unit
        nxt = tokens[i + 1]
        if self._role(nxt, "past"):
            amount = -1
        elif self._role(nxt, "next"):
            amount = 1
        elif self._role(nxt, "current"):
            amount = 0
        else:
            return None
        return Hit(i, i + 1, _key_start(tok, period[0]), nxt.end, Expr("period", unit=unit, amount=amount))

    def _year(self, tokens: Sequence[Token], i: int, cue: str | None) -> Hit | None:
        tok = tokens[i]
        word = self._role(tok, "year_word")
        j = i + 1 if word is not None else i
        if word is None and cue is None and not (i > 0 and tokens[i - 1].norm in ("في", "خلال")):
            return None  # a bare number is a year only after عام/منذ/في …
        if j >= len(tokens):
            return None
        for hijri in (False, True):
            got = self._year_at(tokens, j, hijri)
            if got is None:
                continue
            year, digits_start = got
            last = j
            era = self._era_mark(tokens, j + 1)
            if hijri and (era is None or era[0] != "hijri"):
                return None  # a number 1300-1600 is a Hijri year only with هـ
            if era is not None and (era[0] == "hijri") == hijri:
                last = era[1]
            start = _key_start(tok, word[0]) if word is not None else digits_start
            kind = "hijri" if hijri else "absolute"
            return Hit(i, last, start, tokens[last].end, Expr(kind, year=year))
        return None

    def _year_coordination(self, tokens: Sequence[Token], i: int, previous: Hit) -> Hit | None:
        """The second year of عامي 2014 و2015."""
        if i >= len(tokens) or not tokens[i].norm.startswith("و"):
            return None
        got = self._year_at(tokens, i)
        if got is None:
            return None
        return Hit(i, i, got[1], tokens[i].end, replace(previous.expr, year=got[0]), relation=previous.relation,
                   future=previous.future)

    def _duration(self, tokens: Sequence[Token], i: int) -> Hit | None:
        """``[نحو] (3|ثلاثة) أيام`` or a dual/singular unit (يومين، أسبوع); only after قبل/منذ/بعد."""
        n = len(tokens)
        j = i
        if self._role(tokens[j], "approx") is not None:
            j += 1
        if j >= n:
            return None
        count: int | None = None
        got = _number(tokens[j])
        if got is not None:
            count = got[0]
            j += 1
        else:
            word = self._role(tokens[j], "number")
            if word is not None and not self._role(tokens[j], "unit"):
                count = word[1].value
                j += 1
        if j >= n:
            return None
        unit = self._role(tokens[j], "unit")
        if unit is None:
            return None
        info = unit[1]
        if count is None:
            if info.count is None:
                return None  # منذ سنوات: a plural without a number is no date
            count = info.count
        if not 0 < count <= 100:
            return None
        if j + 1 < n and tokens[j + 1].norm in ("من", "على"):
            return None  # قبل يومين من الهجوم: counted from another event, not from the report
        return Hit(i, j, tokens[i].start, tokens[j].end,
                   Expr("duration", unit=info.unit, amount=count))

    # ---- tense
    def _future(self, tokens: Sequence[Token], first: int, last: int) -> bool:
        """Is the clause around tokens ``first..last`` in the future tense (سوف، سـ + verb، يعتزم، المقبل)?"""
        lo = first - 1
        while lo >= 0 and first - lo <= _FUTURE_WINDOW:
            norm = tokens[lo].norm
            if norm in _CLAUSE_BREAKS:
                break
            if self._is_future_cue(tokens[lo]):
                return True
            if norm in _COMPLEMENTIZERS:
                # من المقرر أن / يتوقع أن: the cue governs the clause the complementizer opens
                return lo > 0 and self._is_future_cue(tokens[lo - 1])
            lo -= 1
        hi = last + 1
        while hi < len(tokens) and hi - last <= _FUTURE_WINDOW:
            norm = tokens[hi].norm
            if norm in _CLAUSE_BREAKS or norm in _COMPLEMENTIZERS:
                break
            if self._is_future_cue(tokens[hi]):
                return True
            hi += 1
        return False

    def _is_future_cue(self, tok: Token) -> bool:
        if self._role(tok, "future") is not None:
            return True
        norm = tok.norm
        if norm[:1] in ("و", "ف") and norm[1:2] == "س":
            norm = norm[1:]
        if len(norm) >= 4 and norm[0] == "س" and norm[1] in "يتن":
            return not norm.startswith(self.lex.not_future_prefixes)
        return False
