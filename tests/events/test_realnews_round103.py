"""Round 103 (coder section 128), from the 2015-08-09 sample: an indefinite noun right after «بأنهم / بأنه» is
what someone is called (يصف العراقيون زعماءهم بأنهم لصوص), no party of an act told near it."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 9)


def test_what_they_are_called_is_no_party(pipeline) -> None:
    text = "ويصف المحتجون زعماءهم بأنهم لصوص في المظاهرات التي تشهدها المدن الكبرى."
    coded = coded_parties(pipeline, text, DAY)
    assert all("CRM" not in s + t for _c, s, t in coded), coded


def test_a_definite_party_after_that_they_is_still_one(pipeline) -> None:
    # near miss: «أعلنت الشرطة أنها اعتقلت مسلحين»: the party after the verb after «أنها» is an object as before
    text = "أعلنت الشرطة المصرية أنها اعتقلت مسلحين في سيناء."
    assert ("173", ["EGYCOP"], ["UAF"]) in coded_parties(pipeline, text, DAY)
