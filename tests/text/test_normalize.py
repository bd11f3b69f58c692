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


def test_hamza_on_yaa_before_waw_is_the_hamza_on_waw():
    """The Egyptian spelling (مسئول، شئون) matches the common one (مسؤول، شؤون), diacritics between or not;
    elsewhere ئ stays a yaa (رئيس، هيئة)."""
    assert normalize("مسئولية") == normalize("مسؤولية") == "مسووليه"
    assert normalize("المسئُولين") == normalize("المسؤولين")
    assert normalize_with_map("شئون")[0] == normalize("شؤون")
    assert normalize("هيئة") == "هييه"
    assert normalize("يوم") == "يوم"


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
        source = text[offsets[i]]
        # each character comes from normalizing its source character alone, but for ئ before و (مسئول)
        assert normalize(source).find(ch) >= 0 or (source == "ئ" and ch == "و" and norm[i + 1:i + 2] == "و")


def test_original_span_maps_a_match_back():
    text = "قال وزيـرُ الخارجيّة"
    norm, offsets = normalize_with_map(text)
    i = norm.index("وزير")
    start, end = original_span(offsets, i, i + len("وزير"))
    assert normalize(text[start:end]) == "وزير"
