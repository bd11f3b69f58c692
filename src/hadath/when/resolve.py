"""Turning a found :class:`~hadath.when.grammar.Expr` into an ISO value, given the reference date.

Rules (``future`` is the tense of the clause around the expression):
- a weekday means the most recent such day, the reference day itself included; in a future clause the
  next one (the reference day included); with الماضي strictly before, with المقبل/القادم strictly after;
- a day and month without a year (6 أيار) likewise: the most recent one, or the next one in a future
  clause; but a date at most 31 days ahead that is nearer than the last one is taken (a deadline or a
  scheduled meeting: "قبل 10 نيسان" in a report of 3 April); الماضي/المقبل make it strict;
- a month name without a year (أيلول الماضي) is the most recent such month (the current one included
  unless الماضي), or the next one in a future clause;
- الأسبوع الماضي/المقبل has no week precision in the model: it gives the month of the day 7 days
  before/after the reference (month precision);
- Hijri dates use the tabular calendar (±1 day, see :mod:`hadath.when.calendar`); a Hijri year alone
  gives the Gregorian year in which its middle (1 Rajab) falls.
"""

from __future__ import annotations

from datetime import date, timedelta

from hadath.when.calendar import (
    add_months,
    hijri_to_gregorian,
    month_after,
    month_before,
    month_day_after,
    month_day_before,
    safe_date,
    weekday_after,
    weekday_before,
)
from hadath.when.grammar import Expr

_NEAR_FUTURE_DAYS = 31  # a bare "10 نيسان" up to a month ahead of the report is that date, not last year's


def needs_reference(expr: Expr) -> bool:
    """False for expressions that carry their own year (عام 2015، 6 أيار 2017، 15 رمضان 1436 هـ)."""
    return expr.kind not in ("absolute", "hijri")


def resolve_expr(expr: Expr, reference: date | None, future: bool = False) -> tuple[str | None, str, str]:
    """(ISO value or None, precision, rule) of ``expr``; value None when it needs a missing reference
    or names a day that does not exist (31 نيسان)."""
    kind = expr.kind
    if kind == "absolute":
        return _absolute(expr)
    if kind == "hijri":
        return _hijri(expr)
    precision = _precision(expr)
    if reference is None:
        return None, precision, f"{kind}: no reference date"
    if kind == "offset":
        return _offset(expr, reference)
    if kind == "period":
        return _period(expr, reference)
    if kind == "weekday":
        return _weekday(expr, reference, future)
    if kind == "month_day":
        return _month_day(expr, reference, future)
    if kind == "month":
        return _month(expr, reference, future)
    return None, precision, f"unknown kind {kind}"


def _precision(expr: Expr) -> str:
    if expr.kind in ("weekday", "month_day"):
        return "day"
    if expr.kind == "month":
        return "month"
    if expr.kind == "period" or expr.kind == "offset":
        return {"day": "day", "week": "month" if expr.kind == "period" else "day",
                "month": "month", "year": "year"}.get(expr.unit or "day", "day")
    if expr.day is not None:
        return "day"
    return "month" if expr.month is not None else "year"


def _absolute(expr: Expr) -> tuple[str | None, str, str]:
    year = expr.year
    if year is None:
        return None, "year", "absolute: no year"
    if expr.month is None:
        return f"{year:04d}", "year", "absolute year"
    if expr.day is None:
        return f"{year:04d}-{expr.month:02d}", "month", "absolute month"
    day = safe_date(year, expr.month, expr.day)
    if day is None:
        return None, "day", "absolute: no such day"
    return day.isoformat(), "day", "absolute day"


def _hijri(expr: Expr) -> tuple[str | None, str, str]:
    year = expr.year
    if year is None:
        return None, "year", "hijri: no year"
    if expr.month is None:
        return str(hijri_to_gregorian(year, 7, 1).year), "year", "hijri year (tabular, middle of the year)"
    if expr.day is None:
        middle = hijri_to_gregorian(year, expr.month, 15)
        return f"{middle.year:04d}-{middle.month:02d}", "month", "hijri month (tabular, its 15th day)"
    if not 1 <= expr.day <= 30:
        return None, "day", "hijri: no such day"
    return hijri_to_gregorian(year, expr.month, expr.day).isoformat(), "day", "hijri day (tabular, ±1 day)"


def _offset(expr: Expr, reference: date) -> tuple[str | None, str, str]:
    amount = expr.amount
    unit = expr.unit
    rule = f"offset {amount:+d} {unit}"
    if unit == "day":
        return (reference + timedelta(days=amount)).isoformat(), "day", rule
    if unit == "week":
        return (reference + timedelta(days=7 * amount)).isoformat(), "day", rule
    if unit == "month":
        year, month = add_months(reference.year, reference.month, amount)
        return f"{year:04d}-{month:02d}", "month", rule
    return f"{reference.year + amount:04d}", "year", rule


def _period(expr: Expr, reference: date) -> tuple[str | None, str, str]:
    amount = expr.amount
    unit = expr.unit
    part = f", {expr.part}" if expr.part else ""
    rule = f"calendar {unit} {amount:+d}{part}"
    if unit == "week":
        day = reference + timedelta(days=7 * amount)
        return f"{day.year:04d}-{day.month:02d}", "month", rule + " (month of that week's day)"
    if unit == "month":
        year, month = add_months(reference.year, reference.month, amount)
        return f"{year:04d}-{month:02d}", "month", rule
    if unit == "year":
        return f"{reference.year + amount:04d}", "year", rule
    return (reference + timedelta(days=amount)).isoformat(), "day", rule


def _weekday(expr: Expr, reference: date, future: bool) -> tuple[str | None, str, str]:
    weekday = expr.weekday if expr.weekday is not None else 0
    if expr.direction == "past":
        return weekday_before(reference, weekday, strict=True).isoformat(), "day", "weekday: last one (strict)"
    if expr.direction == "next":
        return weekday_after(reference, weekday, strict=True).isoformat(), "day", "weekday: next one (strict)"
    if future:
        return weekday_after(reference, weekday, strict=False).isoformat(), "day", "weekday: next one (future tense)"
    return weekday_before(reference, weekday, strict=False).isoformat(), "day", "weekday: most recent"


def _month_day(expr: Expr, reference: date, future: bool) -> tuple[str | None, str, str]:
    month, day = expr.month or 1, expr.day or 1
    if expr.year_shift is not None:
        found = safe_date(reference.year + expr.year_shift, month, day)
        return (found.isoformat() if found else None), "day", f"day and month, year {expr.year_shift:+d}"
    if expr.direction == "next" or (expr.direction == "auto" and future):
        found = month_day_after(reference, month, day, strict=expr.direction == "next")
        rule = "day and month: next one"
    else:
        found = month_day_before(reference, month, day, strict=expr.direction == "past")
        rule = "day and month: most recent"
        if expr.direction == "auto":
            ahead = month_day_after(reference, month, day, strict=True)
            if ahead is not None and (ahead - reference).days <= _NEAR_FUTURE_DAYS and (
                    found is None or ahead - reference < reference - found):
                found, rule = ahead, f"day and month: within {_NEAR_FUTURE_DAYS} days ahead, nearer than the last one"
    return (found.isoformat() if found else None), "day", rule


def _month(expr: Expr, reference: date, future: bool) -> tuple[str | None, str, str]:
    month = expr.month or 1
    part = f", {expr.part}" if expr.part else ""
    if expr.year_shift is not None:
        return f"{reference.year + expr.year_shift:04d}-{month:02d}", "month", f"month, year {expr.year_shift:+d}{part}"
    if expr.direction == "next" or (expr.direction == "auto" and future):
        year, month = month_after(reference, month, strict=expr.direction == "next")
        return f"{year:04d}-{month:02d}", "month", f"month: next one{part}"
    year, month = month_before(reference, month, strict=expr.direction == "past")
    return f"{year:04d}-{month:02d}", "month", f"month: most recent{part}"
