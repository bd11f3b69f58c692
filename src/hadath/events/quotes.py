"""Quotations: «…» and "…" spans, and reported speech after قال/أكد/أضاف … إن/أن, with speaker and cue.

The speaker is the actor mention that governs the speech verb (right after it, VSO, or right before
it, SVO; "عن X قوله" names X); the cue is the speech verb itself.  Quote marks without a speech verb
in the sentence still make a quote, with no speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from hadath.model import ActorMention, Quote, Sentence, Span
from hadath.text.matcher import PhraseMatch

_OPEN_CLOSE = {"«": "»", "“": "”", '"': '"'}
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "وان"})


def _speaker_for(ents: Sequence[ActorMention], cue_start: int, cue_end: int, limit: int) -> ActorMention | None:
    after = [e for e in ents if cue_end <= e.start < limit]
    if after:
        return after[0]
    before = [e for e in ents if e.end <= cue_start and cue_start - e.end <= 40]
    return before[-1] if before else None


def find_quotes(sent: Sentence, ents: Sequence[ActorMention], cue_matches: Sequence[PhraseMatch[str]]) -> list[Quote]:
    """Quotes of one sentence (spans in article offsets), given the sentence's cue matches."""
    tokens = sent.tokens
    if not tokens:
        return []
    speech = [m for m in cue_matches if "speech" in m.values or "claim" in m.values]
    if not speech and not any(t.norm in _OPEN_CLOSE for t in tokens):
        return []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        close = _OPEN_CLOSE.get(tokens[i].norm)
        if close is None:
            i += 1
            continue
        j = next((k for k in range(i + 1, len(tokens)) if tokens[k].norm == close), None)
        if j is None or j == i + 1:
            i += 1
            continue
        spans.append((i, j))
        i = j + 1
    quotes: list[Quote] = []
    for i, j in spans:
        if j - i < 3:  # a quoted name («داعش»), not speech
            continue
        cue = next((m for m in reversed(speech) if m.last < i), None)
        speaker = _speaker_for(ents, tokens[cue.first].start, tokens[cue.last].end, tokens[i].start) if cue else None
        start, end = tokens[i].start, tokens[j].end
        quotes.append(Quote(start, end, sent.text[start - sent.start:end - sent.start], speaker,
                            Span(tokens[cue.first].start, tokens[cue.last].end,
                                 sent.text[tokens[cue.first].start - sent.start:tokens[cue.last].end - sent.start])
                            if cue else None, sent.index))
    quoted = [(tokens[i].start, tokens[j].end) for i, j in spans]
    for m in speech:
        comp = next((k for k in range(m.last + 1, min(len(tokens), m.last + 10))
                     if tokens[k].norm in _COMPLEMENTIZERS or tokens[k].norm == ":"), None)
        if comp is None or comp + 1 >= len(tokens):
            continue
        start = tokens[comp + 1].start
        if any(a <= start < b or start <= a <= start + 3 for a, b in quoted):
            continue
        end = tokens[-1].end
        if tokens[-1].norm in (".", "؟", "!") and len(tokens) - 1 > comp + 1:
            end = tokens[-2].end
        speaker = _speaker_for(ents, tokens[m.first].start, tokens[m.last].end, tokens[comp].start)
        cue = Span(tokens[m.first].start, tokens[m.last].end,
                   sent.text[tokens[m.first].start - sent.start:tokens[m.last].end - sent.start])
        quotes.append(Quote(start, end, sent.text[start - sent.start:end - sent.start], speaker, cue, sent.index))
        break
    return quotes
