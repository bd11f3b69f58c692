"""Calendar arithmetic: tabular Hijri conversion, weekdays and months across boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hadath.when.calendar import (
    add_months,
    hijri_month_length,
    hijri_to_gregorian,
    month_after,
    month_before,
    month_day_after,
    month_day_before,
    weekday_after,
    weekday_before,
)


@pytest.mark.parametrize(("hijri", "observed"), [
    ((1436, 9, 1), date(2015, 6, 18)),   # start of Ramadan 1436 (Umm al-Qura)
    ((1438, 10, 1), date(2017, 6, 25)),  # Eid al-Fitr 1438 in Saudi Arabia
    ((1441, 1, 1), date(2019, 8, 31)),   # Hijri new year 1441
    ((1445, 9, 1), date(2024, 3, 11)),   # start of Ramadan 1445
    ((1400, 1, 1), date(1979, 11, 21)),  # Hijri new year 1400
])
def test_hijri_within_a_day_of_observed_calendars(hijri: tuple[int, int, int], observed: date) -> None:
    assert abs((hijri_to_gregorian(*hijri) - observed).days) <= 1


def test_hijri_tabular_values_are_exact() -> None:
    assert hijri_to_gregorian(1436, 9, 1) == date(2015, 6, 18)
    assert hijri_to_gregorian(1436, 9, 15) == date(2015, 7, 2)


def test_hijri_days_are_consecutive_across_a_whole_30_year_cycle() -> None:
    day = hijri_to_gregorian(1410, 1, 1)
    for year in range(1410, 1440):
        for month in range(1, 13):
            assert hijri_to_gregorian(year, month, 1) == day
            day += timedelta(days=hijri_month_length(year, month))
    assert sum(hijri_month_length(y, m) for y in range(1411, 1441) for m in range(1, 13)) == 10631


def test_hijri_rejects_impossible_dates() -> None:
    with pytest.raises(ValueError):
        hijri_to_gregorian(1436, 13, 1)
    with pytest.raises(ValueError):
        hijri_to_gregorian(1436, 9, 31)


def test_weekday_arithmetic_across_year_boundary() -> None:
    tuesday = date(2018, 1, 2)
    assert weekday_before(tuesday, 3, strict=False) == date(2017, 12, 28)  # last Thursday
    assert weekday_before(tuesday, 1, strict=False) == tuesday
    assert weekday_before(tuesday, 1, strict=True) == date(2017, 12, 26)
    assert weekday_after(date(2015, 12, 31), 0, strict=False) == date(2016, 1, 4)
    assert weekday_after(date(2015, 12, 31), 3, strict=True) == date(2016, 1, 7)


def test_weekday_arithmetic_across_leap_day() -> None:
    assert weekday_before(date(2016, 3, 1), 0, strict=False) == date(2016, 2, 29)
    assert weekday_after(date(2020, 2, 28), 6, strict=False) == date(2020, 3, 1)


def test_month_arithmetic() -> None:
    assert add_months(2017, 1, -1) == (2016, 12)
    assert add_months(2016, 12, 1) == (2017, 1)
    assert add_months(2017, 3, -14) == (2016, 1)
    assert month_before(date(2017, 8, 25), 9, strict=False) == (2016, 9)
    assert month_before(date(2017, 8, 25), 8, strict=False) == (2017, 8)
    assert month_before(date(2017, 8, 25), 8, strict=True) == (2016, 8)
    assert month_after(date(2017, 8, 25), 3, strict=False) == (2018, 3)


def test_month_day_skips_a_missing_29_february() -> None:
    assert month_day_before(date(2017, 3, 1), 2, 29, strict=False) == date(2016, 2, 29)
    assert month_day_after(date(2017, 3, 1), 2, 29, strict=False) == date(2020, 2, 29)
    assert month_day_before(date(2017, 8, 25), 8, 25, strict=True) == date(2016, 8, 25)
