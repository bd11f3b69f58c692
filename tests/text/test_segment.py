from hadath.model import Span
from hadath.text.segment import split_sentences


def _sents(text, skip=None):
    return [text[s:e] for s, e in split_sentences(text, skip)]


def test_splits_on_arabic_terminators_not_on_comma():
    text = "قال الوزير، إن الاجتماع انتهى. هل انتهى؟ نعم؛ انتهى!\nسطر جديد"
    assert _sents(text) == ["قال الوزير، إن الاجتماع انتهى.", "هل انتهى؟", "نعم؛", "انتهى!", "سطر جديد"]


def test_numbers_and_abbreviations_do_not_split():
    text = "ارتفع المؤشر 6.5 نقطة. وقال د. أحمد إن ذلك جيد."
    assert _sents(text) == ["ارتفع المؤشر 6.5 نقطة.", "وقال د. أحمد إن ذلك جيد."]


def test_no_split_inside_open_guillemets():
    text = "قال «انتهى الأمر. لن نعود» ثم غادر. وبعدها صمت."
    assert _sents(text) == ["قال «انتهى الأمر. لن نعود» ثم غادر.", "وبعدها صمت."]


def test_closing_quote_stays_with_its_sentence():
    text = 'قال "انتهى الأمر." وغادر.'
    assert _sents(text) == ['قال "انتهى الأمر."', "وغادر."]


def test_boilerplate_spans_are_skipped():
    text = "خبر أول.\nمواقع المؤسسة"
    start = text.index("مواقع")
    skip = [Span(start, len(text), text[start:])]
    assert _sents(text, skip) == ["خبر أول."]


def test_a_stop_glued_to_the_next_sentence_ends_it():
    # round 162: scraped news often drops the space after a stop («في إيطاليا.وذكرت الشرطة»)
    text = "ألقت الشرطة القبض على رجلين في إيطاليا.وذكرت الشرطة الإيطالية أمس أنهما نشرا دعاية."
    assert _sents(text) == ["ألقت الشرطة القبض على رجلين في إيطاليا.", "وذكرت الشرطة الإيطالية أمس أنهما نشرا دعاية."]


def test_acronyms_sites_and_credits_keep_their_glued_stops():
    # near misses: letters' names (إن.بي.سي، جيه.بي), a site's name (العربية.نت), one-letter abbreviations, and
    # a source credited right after the stop (.وفقا للفرنسية) stay in their sentence
    for text in ("قالت شبكة إن.بي.سي الأمريكية إن الاجتماع انتهى.", "نقل موقع العربية.نت عن مصادر أن الوفد وصل.",
                 "ذكرت وكالة د.ب.أ أن الوفد وصل.", "اعتقلت الشرطة رجلا في مليلية.وفقا للفرنسية.",
                 "قال مصرف جيه.بي مورغان إن الأسهم ارتفعت."):
        assert _sents(text) == [text], text
