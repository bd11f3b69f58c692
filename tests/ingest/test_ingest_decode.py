"""Decoding: every supported encoding round-trips; anything that would be mojibake is refused."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hadath.errors import InputError
from hadath.ingest import decode_bytes, plausible_arabic, sniff_encoding
from hadath.ingest.decode import looks_double_encoded

ARABIC = "أعلنت الوزارة أن الوفد سيصل إلى العاصمة يوم الخميس، لبحث اتفاق التبادل التجاري (2024)."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_each_supported_encoding_round_trips(encoding: str) -> None:
    assert decode_bytes(ARABIC.encode(encoding), "x.txt") == ARABIC


def test_utf16_with_explicit_boms_drops_the_bom() -> None:
    le = codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le")
    be = codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be")
    assert decode_bytes(le, "le.txt") == ARABIC
    assert decode_bytes(be, "be.txt") == ARABIC


def test_bomless_utf16_of_pure_arabic_is_detected_without_nul_bytes() -> None:
    text = "الوفد يصل العاصمة"  # spaces give NULs; the Arabic letters give the 0x06 high byte
    assert decode_bytes(text.encode("utf-16-le"), "x.txt") == text
    assert sniff_encoding(text.encode("utf-16-be"), "x.txt") == "utf-16-be"


def test_utf8_with_bom_is_reported_as_sig() -> None:
    assert sniff_encoding(codecs.BOM_UTF8 + ARABIC.encode(), "x") == "utf-8-sig"


def test_ascii_stays_utf8() -> None:
    assert sniff_encoding(b'{"id": 1}', "x") == "utf-8"


def test_cut_multibyte_character_in_a_sample_is_not_an_error() -> None:
    data = ARABIC.encode("utf-8")
    cut = data[:3]  # one full letter and the lead byte of the next
    assert sniff_encoding(cut, "x", at_eof=False) == "utf-8"
    with pytest.raises(InputError):
        decode_bytes(cut, "x")  # the same cut at the real end of a file is broken UTF-8


def test_broken_utf8_arabic_is_not_rescued_as_cp1256() -> None:
    data = ARABIC.encode("utf-8")
    corrupted = data[:20] + b"\xff" + data[20:]
    with pytest.raises(InputError) as err:
        decode_bytes(corrupted, "bad.txt")
    assert err.value.problem.path == "bad.txt"
    assert "undecodable" in err.value.problem.reason


def test_non_arabic_legacy_text_is_refused() -> None:
    with pytest.raises(InputError):
        decode_bytes("Le café de la gare est fermé à midi, déjà.".encode("latin-1"), "fr.txt")


def test_random_binary_is_refused() -> None:
    with pytest.raises(InputError):
        decode_bytes(bytes(range(128, 256)) * 4, "blob.txt")


def test_double_encoded_utf8_is_refused() -> None:
    mangled = ARABIC.encode("utf-8").decode("latin-1").encode("utf-8")
    with pytest.raises(InputError) as err:
        decode_bytes(mangled, "m.txt")
    assert "mojibake" in err.value.problem.reason


def test_double_encoding_check_ignores_real_latin_text() -> None:
    assert not looks_double_encoded("Ørsted and Ùbeda are places; Ø is a letter.")
    assert not looks_double_encoded(ARABIC)


def test_plausible_arabic() -> None:
    assert plausible_arabic(ARABIC)
    assert not plausible_arabic("plain English words only")
    assert not plausible_arabic("")
    # UTF-8 Arabic shown as cp1256: lead bytes become ط/ظ, continuation bytes symbols and Urdu letters
    assert not plausible_arabic(ARABIC.encode("utf-8").decode("cp1256"))
    assert not plausible_arabic("عربي\x85نص")  # C1 control character


# Letters, digits and punctuation that all three encodings can represent.  ، ؛ ؟ are left out: in cp1256
# they are bytes A1/BA/BF, so a tiny text like "ط،" is also valid UTF-8 ("ء"); that ambiguity is real but
# only for a handful of characters, which the fixed-text tests above cover with realistic lengths.
_ARABIC_ALPHABET = "ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىي" + " .!:0123456789\n"


@given(st.text(alphabet=_ARABIC_ALPHABET, min_size=1).filter(lambda t: any(c.isalpha() for c in t)),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]))
def test_decode_round_trips_any_arabic_text(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "p.txt") == text
