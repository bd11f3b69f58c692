"""Property: every place mention is an exact span of the original text, whatever surrounds it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.geo.stage import PlaceStage
from hadath.model import Article, Document
from hadath.text.segment import make_sentences

NAMES = ["إدلب", "موسكو", "الغوطة الشرقية", "ريف حمص", "اللاذقية", "واشنطن", "حلب", "الولايات المتحدة",
         "سورية", "أستانا", "بيروت", "طرابلس", "عمان", "مرفأ_بيروت", "القاهرة", "صنعاء"]
FILLER = ["قال", "في", "إلى", "أن", "مدينة", "محافظة", "ريف", "أمل", "الخميس", "،", ".", "«", "»", "#",
          "وزير", "الخارجية", "قصف", "مستعدة", "مع", "٢٠١٧", "ـ", "(", ")", "تسعى"]
CLITICS = ["", "", "و", "ب", "ل", "وب", "ف"]
DIACRITICS = ["", "", "َ", "ّ", "ـ"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 14))):
        if draw(st.booleans()):
            name = draw(st.sampled_from(NAMES))
            mark = draw(st.sampled_from(DIACRITICS))
            if mark and len(name) > 2:
                i = draw(st.integers(1, len(name) - 1))
                name = name[:i] + mark + name[i:]
            parts.append(draw(st.sampled_from(CLITICS)) + name)
        else:
            parts.append(draw(st.sampled_from(FILLER)))
    sep = draw(st.sampled_from([" ", "  ", " \u200f"]))
    return sep.join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=sentences())
def test_spans_are_exact(stage: PlaceStage, text: str) -> None:
    doc = Document(article=Article(id="h", text=text))
    doc.sentences = make_sentences(text, [], stage.tokenizer)
    for p in stage(doc).places:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start:p.end] == p.text
        assert p.lat is not None and p.lon is not None
        assert p.precision in ("point", "city", "admin1", "region", "country")
        sentence = doc.sentences[p.sentence]
        assert sentence.start <= p.start and p.end <= sentence.end
