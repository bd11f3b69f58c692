from hypothesis import given
from hypothesis import strategies as st

from hadath.text.tokens import Tokenizer, word_forms


def test_tokens_keep_offsets_and_split_punctuation():
    text = "قال لافروف، «نحن براغماتيون». بلغت النسبة 6.5% في 2017"
    tokens = Tokenizer().tokenize(text)
    assert [t.text for t in tokens][:5] == ["قال", "لافروف", "،", "«", "نحن"]
    assert "6.5%" in [t.text for t in tokens]
    for t in tokens:
        assert text[t.start:t.end] == t.text


def test_clitic_forms_reach_the_bare_word():
    assert "موسكو" in word_forms("وموسكو")
    assert "ادلب" in word_forms("بادلب")
    assert "الاتفاق" in word_forms("وبالاتفاق")
    assert "اتفاق" in word_forms("وبالاتفاق")
    assert "الحكومه" in word_forms("للحكومه")


def test_segmentation_parts_cover_the_token():
    tok = Tokenizer().tokenize("وبالعاصمة")[0]
    parts = tok.parts()
    assert parts[0][0] == "proclitic" and parts[0][3] == "وبال"
    assert parts[1][3] == "عاصمة"
    assert "".join(p[3] for p in parts) == tok.text


def test_future_sin_only_before_imperfect_prefix():
    tok = Tokenizer().tokenize("ستعقد")[0]
    assert tok.prefix == "س"
    assert Tokenizer().tokenize("سلام")[0].prefix == ""


@given(st.text(alphabet=st.sampled_from(list("وبالكتبفيسمن ،.«»\n123ًّـ")), max_size=80))
def test_every_token_and_part_indexes_the_original(text):
    for t in Tokenizer().tokenize(text):
        assert text[t.start:t.end] == t.text
        for _kind, s, e, part in t.parts():
            assert text[s:e] == part


def test_taa_marbuta_words_keep_their_last_letter():
    forms = Tokenizer().tokenize("الشرطة")[0].forms
    assert "شرط" not in forms and "الشرطه" in forms
    assert "بلاد" in Tokenizer().tokenize("بلاده")[0].forms  # a real pronoun suffix is still tried


def test_nisba_adjectives_are_not_stripped_to_their_base_noun():
    assert "الشعب" not in Tokenizer().tokenize("الشعبي")[0].forms


def test_a_conjunction_before_a_two_letter_doubled_verb_is_split() -> None:
    # round 148: «وحث / فشن» are و/ف + حثّ/شنّ; «ورد» (was reported) stays one word
    tok = Tokenizer()
    assert tok.analyse("وحث")[1:3] == ("و", "حث")
    assert "شن" in tok.analyse("فشن")[4]
    assert tok.analyse("ورد")[1:3] == ("", "ورد")
