"""Calendar arithmetic for date resolution: pure functions over :class:`datetime.date`.

Hijri dates are converted with the *tabular* (arithmetic) Islamic calendar: 30-year cycle, leap years
2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29, civil (Friday, 16 July 622 Julian) epoch.  The calendars in
use (Umm al-Qura, or sighting of the crescent) differ from it by a day either way now and then, so a
converted Hijri date is right to ±1 day (e.g. 1 Shawwal 1438 is 2017-06-25 in Saudi Arabia; the tabular
calendar gives 2017-06-26).
"""

from __future__ import annotations

from datetime import date, timedelta

_HIJRI_EPOCH_JDN = 1948439  # Julian day number of the day before 1 Muharram 1 AH (civil epoch)
_JDN_OF_ORDINAL_ZERO = 1721425  # date.fromordinal(1) (0001-01-01) is JDN 1721426


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a tabular Hijri date (±1 day against observed calendars)."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"not a Hijri date: {year}-{month}-{day}")
    jdn = (day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
           + _HIJRI_EPOCH_JDN)
    return date.fromordinal(jdn - _JDN_OF_ORDINAL_ZERO)


def hijri_month_length(year: int, month: int) -> int:
    """Days in a tabular Hijri month: 30 for odd months, 29 for even, 30 for Dhu al-Hijja in a leap year."""
    if month % 2 == 1:
        return 30
    if month == 12 and (11 * year + 14) % 30 < 11:
        return 30
    return 29


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months after (or before, when negative) the given month."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_before(reference: date, weekday: int, strict: bool) -> date:
    """The most recent ``weekday`` (0 = Monday) on or before ``reference`` (strictly before if ``strict``)."""
    back = (reference.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return reference - timedelta(days=back)


def weekday_after(reference: date, weekday: int, strict: bool) -> date:
    """The next ``weekday`` on or after ``reference`` (strictly after if ``strict``)."""
    ahead = (weekday - reference.weekday()) % 7
    if ahead == 0 and strict:
        ahead = 7
    return reference + timedelta(days=ahead)


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)``, or None when it does not exist (31 April, 29 February 2017)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_day_before(reference: date, month: int, day: int, strict: bool) -> date | None:
    """The most recent ``day month`` on or before ``reference`` (strictly before if ``strict``)."""
    for year in (reference.year, reference.year - 1, reference.year - 2, reference.year - 3, reference.year - 4):
        candidate = safe_date(year, month, day)
        if candidate is not None and (candidate < reference or (candidate == reference and not strict)):
            return candidate
    return None


def month_day_after(reference: date, month: int, day: int, strict: bool) -> date | None:
    """The next ``day month`` on or after ``reference`` (strictly after if ``strict``)."""
    for year in (reference.year, reference.year + 1, reference.year + 2, reference.year + 3, reference.year + 4):
        candidate = safe_date(year, month, day)
        if candidate is not None and (candidate > reference or (candidate == reference and not strict)):
            return candidate
    return None


def month_before(reference: date, month: int, strict: bool) -> tuple[int, int]:
    """The most recent (year, month) named ``month``: this month unless ``strict``, else an earlier one."""
    if month < reference.month or (month == reference.month and not strict):
        return reference.year, month
    return reference.year - 1, month


def month_after(reference: date, month: int, strict: bool) -> tuple[int, int]:
    """The next (year, month) named ``month``: this month unless ``strict``, else a later one."""
    if month > reference.month or (month == reference.month and not strict):
        return reference.year, month
    return reference.year + 1, month
