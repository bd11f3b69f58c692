"""``_named_tokens`` finds the tokens a mention overlaps by bisection: the same set as testing every token."""

from __future__ import annotations

from hadath.events.frames import _named_tokens
from hadath.model import ActorMention, DateMention
from hadath.text.tokens import Tokenizer

TEXT = "وقال وزير الخارجية الروسي سيرغي لافروف، الثلاثاء، إن موسكو ترحب بالاتفاق"


def _brute(tokens: list, mentions: list, shortest: int = 1) -> frozenset[int]:
    out: set[int] = set()
    for m in mentions:
        span = [k for k, t in enumerate(tokens) if t.start < m.end and m.start < t.end]
        if isinstance(m, DateMention) or len(span) >= shortest:
            out.update(span)
    return frozenset(out)


def test_named_tokens_equal_the_overlapping_tokens() -> None:
    tokens = Tokenizer().tokenize(TEXT)
    at = TEXT.index
    mentions = [
        ActorMention(at("وزير"), at("لافروف") + len("لافروف"), "وزير … لافروف"),  # several whole tokens
        ActorMention(at("موسكو") + 2, at("موسكو") + 4, "سك"),  # inside one token
        ActorMention(at("بالاتفاق") + 1, len(TEXT), "الاتفاق"),  # after a proclitic, to the end
        ActorMention(at("،") + 1, at("،") + 2, " "),  # only the space between tokens
    ]
    dates = [DateMention(at("الثلاثاء"), at("الثلاثاء") + len("الثلاثاء"), "الثلاثاء", "2015-07-28")]
    bounds = ([t.start for t in tokens], [t.end for t in tokens])
    for group in (mentions, dates, [*mentions, *dates], []):
        for shortest in (1, 3):
            expected = _brute(tokens, group, shortest)
            assert _named_tokens(tokens, group, shortest) == expected
            assert _named_tokens(tokens, group, shortest, bounds) == expected
    assert _named_tokens(tokens, mentions[:1], 3) == frozenset(range(1, 6))
    assert _named_tokens(tokens, mentions[3:]) == frozenset()
