"""Arabic normalization for matching: small pure functions, applied identically to lexicon keys and text.

``normalize`` folds alef/hamza forms, alef maqsura, taa marbuta, Persian letters and Arabic-Indic /
Persian digits, and drops diacritics, tatweel and invisible marks; presentation forms are decomposed
first.  A hamza on yaa before waw is the Egyptian spelling of the hamza on waw (مسئول، شئون for مسؤول،
شؤون), so it folds to و there and to ي elsewhere (رئيس).  ``normalize_with_map`` also returns, for every output character, the offset of the original
character it came from, so a match in normalized text maps back to the original exactly.
"""

from __future__ import annotations

import re
import unicodedata
from array import array

DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u06D6\u06D7\u06D8\u06D9\u06DA\u06DB\u06DC"
# Marks the normalized text drops but a rule may read on the original (قُتل a passive, عمّان Amman, صبياً a boy)
TANWEEN_FATH, TANWEEN_DAMM, TANWEEN_KASR = "\u064b", "\u064c", "\u064d"
TANWEEN = (TANWEEN_FATH, TANWEEN_DAMM, TANWEEN_KASR)
DAMMA, SHADDA = "\u064f", "\u0651"
INVISIBLE = "\u0640\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "\ue000",  # resolved by its next letter (_resolve_yaa_hamza)
    "ؤ": "و",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك",
    "گ": "ك",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف",
    "٫": ".", "٬": ",", "،": "،",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(k): v for k, v in _FOLD.items()}
    for ch in DIACRITICS + INVISIBLE:
        table[ord(ch)] = None
    return table


FOLD_TABLE: dict[int, str | None] = _build_table()
_PRESENTATION_RE = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFE]")


def _has_presentation_forms(text: str) -> bool:
    return _PRESENTATION_RE.search(text) is not None


def decompose_presentation(text: str) -> str:
    """Replace Arabic presentation forms (ﻻ, ﺍ …) with their base letters."""
    if not _has_presentation_forms(text):
        return text
    return "".join(
        unicodedata.normalize("NFKC", c) if (0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFE) else c
        for c in text
    )


def strip_diacritics(text: str) -> str:
    return text.translate({ord(c): None for c in DIACRITICS})


_YAA_HAMZA = "\ue000"  # what ئ folds to first: و before و (مسئول = مسؤول), else ي


def _resolve_yaa_hamza(norm: str) -> str:
    if _YAA_HAMZA not in norm:
        return norm
    return norm.replace(_YAA_HAMZA + "و", "وو").replace(_YAA_HAMZA, "ي")


def normalize(text: str) -> str:
    """The matching form of ``text``. Idempotent: ``normalize(normalize(t)) == normalize(t)``."""
    return _resolve_yaa_hamza(decompose_presentation(text).translate(FOLD_TABLE).lower())


def normalize_with_map(text: str) -> tuple[str, array]:
    """Normalize ``text`` and return ``(norm, offsets)`` with ``offsets[i]`` = original index of ``norm[i]``.

    ``offsets`` has one extra final entry (``len(text)``) so that an end offset maps too.
    """
    out: list[str] = []
    offsets = array("i")
    for i, ch in enumerate(text):
        cp = ord(ch)
        if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFE:
            piece = unicodedata.normalize("NFKC", ch).translate(FOLD_TABLE).lower()
        else:
            mapped = FOLD_TABLE.get(cp, ch)
            piece = "" if mapped is None else mapped.lower()
        for c in piece:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return _resolve_yaa_hamza("".join(out)), offsets  # one character for one: the offsets still hold


def original_span(offsets: array, norm_start: int, norm_end: int) -> tuple[int, int]:
    """Map a [start, end) range of normalized text back to the original text."""
    start = offsets[norm_start]
    end = offsets[norm_end - 1] + 1 if norm_end > norm_start else start
    return start, end
