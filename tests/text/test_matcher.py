from hadath.text.matcher import PhraseMatcher, phrase_key
from hadath.text.tokens import Tokenizer


def _matcher() -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("وزير الخارجية", "title")
    m.add("وزير", "minister")
    m.add("موسكو", "moscow")
    return m


def test_longest_match_with_clitics_and_offsets():
    text = "ووزير الخارجية وصل إلى موسكو وبموسكو"
    tokens = Tokenizer().tokenize(text)
    found = _matcher().find(tokens)
    assert [(m.values, text[m.start:m.end]) for m in found] == [
        (["title"], "وزير الخارجية"), (["moscow"], "موسكو"), (["moscow"], "موسكو")]


def test_starts_restricts_the_walk():
    tokens = Tokenizer().tokenize("موسكو ثم موسكو")
    found = _matcher().find(tokens, starts=[2])
    assert [m.first for m in found] == [2]


def test_first_words_and_lookup():
    m = _matcher()
    assert m.first_words() == {"وزير", "موسكو"}
    assert m.lookup("وزير الخارجيّة") == ["title"]
    assert phrase_key("وزيـر  الخارجية") == ("وزير", "الخارجيه")


def test_least_stripped_form_wins_a_tie():
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("باريس", "paris")
    m.add("اريس", "wrong")
    m.add("بكين", "beijing")
    m.add("كين", "wrong")
    for text, want in (("وباريس", "paris"), ("وبكين", "beijing")):
        found = m.find(Tokenizer().tokenize(text))
        assert [f.values for f in found] == [[want]], text


def test_shorter_phrases_at_the_same_start_longest_first() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("قرض", "loan")
    m.add("قرض ميسر", "soft loan")
    m.add("قرض ميسر طويل", "long soft loan")
    tokens = Tokenizer().tokenize("تقديم قرض ميسر طويل الأجل")
    [longest] = m.find(tokens)
    assert longest.values == ["long soft loan"]
    assert [s.values for s in m.shorter(tokens, longest)] == [["soft loan"], ["loan"]]
    assert m.shorter(tokens, m.find(Tokenizer().tokenize("قرض"))[0]) == []
