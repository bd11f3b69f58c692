"""Text stage: boilerplate spans, sentences, tokens with clitics, normalization with offset maps."""

from hadath.text.clean import Cleaner, Outlet
from hadath.text.matcher import PhraseMatch, PhraseMatcher, phrase_key
from hadath.text.normalize import normalize, normalize_with_map, original_span
from hadath.text.segment import make_sentences, split_sentences
from hadath.text.tokens import Tokenizer, word_forms

__all__ = [
    "Cleaner", "Outlet", "PhraseMatch", "PhraseMatcher", "Tokenizer", "make_sentences", "normalize",
    "normalize_with_map", "original_span", "phrase_key", "split_sentences", "word_forms",
]
