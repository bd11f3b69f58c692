"""Where a name the tagger found starts: a proclitic letter is often the name's own first letter (بلاتر، فالون،
لوكاس), so the news corpus's word counts decide which letters are clitics (ومحمد → محمد, لصلاح → صلاح)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors.coder import name_start
from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage
from hadath.model import Article
from hadath.pipeline import Pipeline
from hadath.text.tokens import Tokenizer

# word → (frequency rank,): lower is commoner, as in the NER word clusters
KNOWN = {"محمد": (47,), "ومحمد": (2001,), "صلاح": (3296,), "لصلاح": (69038,), "بلاتر": (2645,),
         "فالون": (25788,), "الون": (90470,), "لوكاس": (15373,), "وكاس": (9136,), "البغدادي": (7128,),
         "والبغدادي": (85481,), "الفيفا": (2076,), "للفيفا": (9259,)}


def _start(word: str, known=KNOWN) -> str:
    tok = Tokenizer().tokenize(word)[0]
    return word[name_start(tok, known) - tok.start:]


@pytest.mark.parametrize("word, name", [
    ("ومحمد", "محمد"),        # the bare name is far commoner: و is the conjunction
    ("لصلاح", "صلاح"),
    ("بلاتر", "بلاتر"),       # «لاتر» is no word: ب is Blatter's first letter
    ("فالون", "فالون"),       # ف + ال + ون would leave «الون», rarer than Fallon
    ("لوكاس", "لوكاس"),       # «وكاس» is و + كأس: after a preposition a و is no conjunction
    ("والبغدادي", "البغدادي"),  # the article stays
    ("للفيفا", "لفيفا"),       # ل + ال: the article's ل stays, as for every other mention
    ("كلينتون", "كلينتون"),    # a ك is kept: a name is hardly ever "like"
])
def test_counts_decide_which_letters_are_clitics(word: str, name: str) -> None:
    assert _start(word) == name


def test_unknown_words_lose_only_a_conjunction() -> None:
    assert _start("وشفقت", {}) == "شفقت"
    assert _start("باراسكيبفوبولوس", {}) == "باراسكيبفوبولوس"
    assert _start("لهنري", None) == "لهنري"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def test_a_surname_starting_with_a_clitic_letter_is_the_listed_person(pipeline: Pipeline) -> None:
    # Michael Fallon, British defence secretary 2014-2017: the surname alone, named in full earlier
    text = ("وصل وزير الدفاع البريطاني مايكل فالون إلى بغداد أمس. "
            "والتقى فالون مع نظيره العراقي خالد العبيدي في مقر الوزارة.")
    doc = pipeline(Article(id="t", date=date(2015, 8, 4), text=text))
    met = [e for e in doc.events if e.trigger.text == "التقى"]
    assert met and [m.actor_code for m in met[0].source] == ["GBRMIL"], [
        (e.trigger.text, [(m.text, m.actor_code) for m in e.source]) for e in doc.events]
    assert met[0].source[0].text == "فالون"


def test_a_name_found_by_the_tagger_keeps_its_first_letter() -> None:
    stage = ActorStage.load()
    found = [m.text for m in mentions("وقال رئيس الفيفا جوزيف بلاتر إن بلاتر لن يستقيل.", date(2015, 8, 4), stage)]
    assert "لاتر" not in found and any(t.endswith("بلاتر") for t in found), found
