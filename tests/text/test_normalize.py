from hypothesis import given
from hypothesis import strategies as st

from hadath.text.normalize import normalize, normalize_with_map, original_span

ARABIC = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـ ًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۹،؛؟«»ﻻﺍﺏ .x1")), max_size=60)


def test_folds_hamza_alef_maqsura_taa_marbuta():
    assert normalize("أإآٱ") == "اااا"
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("العاصمة") == "العاصمه"
    assert normalize("مؤتمر") == "موتمر"
    assert normalize("رئيس") == "رييس"


def test_drops_diacritics_tatweel_and_invisible_marks():
    assert normalize("نفّت") == "نفت"
    assert normalize("عسكرياً") == "عسكريا"
    assert normalize("الـــروسي") == "الروسي"
    assert normalize("موسكو\u200f") == "موسكو"


def test_digits_and_presentation_forms():
    assert normalize("٢٠١٧ ۱۵") == "2017 15"
    assert normalize("ﻻ") == "لا"


@given(ARABIC)
def test_normalize_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)


@given(ARABIC)
def test_offset_map_points_back_into_original(text):
    norm, offsets = normalize_with_map(text)
    assert norm == normalize(text)
    assert len(offsets) == len(norm) + 1
    for i, ch in enumerate(norm):
        assert normalize(text[offsets[i]]) .find(ch) >= 0


def test_original_span_maps_a_match_back():
    text = "قال وزيـرُ الخارجيّة"
    norm, offsets = normalize_with_map(text)
    i = norm.index("وزير")
    start, end = original_span(offsets, i, i + len("وزير"))
    assert normalize(text[start:end]) == "وزير"
