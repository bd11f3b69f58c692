"""Round 120 (coder section 141): a verb of coercion carrying و shares the subject of the verb it is joined to, and
the people right after it are the ones coerced (داهمت قوات الاحتلال المنازل، واعتقلت 14 مواطناً), not its subject."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_counted_people_after_a_conjoined_arrest(pipeline) -> None:
    text = "داهمت قوات الاحتلال عشرات المنازل في بلدة قباطية جنوب جنين، واعتقلت 14 مواطناً بينهم أسرى محررون."
    assert ("173", ["ISRMIL"], ["PSECVL"]) in coded_parties(pipeline, text, DAY)


def test_a_nominative_plural_after_a_conjoined_verb_is_its_subject(pipeline) -> None:
    # near miss: «المزارعون» is the subject of «واحتجز», whatever the sentence before
    text = "اندلعت احتجاجات في القرية الصينية، واحتجز المزارعون 15 من أفراد الشرطة رهائن."
    coded = [c for c in coded_parties(pipeline, text, DAY) if c[0] == "173"]
    assert all(s for _c, s, _t in coded), coded
