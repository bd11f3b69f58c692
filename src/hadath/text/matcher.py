"""Multi-word phrase matching over tokens, clitic-aware: the shared lookup for actors, places and triggers.

Phrases are stored in a token trie keyed by normalized words.  A text token matches a phrase word
when any of its candidate ``forms`` (whole word, without proclitics, without suffix) equals it, so
``وبموسكو`` matches ``موسكو`` and ``لوزير الخارجيه`` matches ``وزير الخارجيه``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from hadath.model import Token
from hadath.text.normalize import normalize
from hadath.text.tokens import TOKEN_RE, advance_letters

T = TypeVar("T")
_VALUE = "\x00"


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The normalized word sequence of a phrase, tokenized exactly as text is."""
    return tuple(normalize(m.group()) for m in TOKEN_RE.finditer(phrase))


@dataclass(slots=True)
class PhraseMatch(Generic[T]):
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    values: list[T]
    first_form: str  # the form of the first token that matched (tells which proclitic was stripped)
    start: int  # character offsets in the original text (of the matched stem, not the proclitic)
    end: int

    @property
    def size(self) -> int:
        return self.last - self.first + 1


class PhraseMatcher(Generic[T]):
    def __init__(self) -> None:
        self._root: dict = {}
        self._count = 0
        self._starts: frozenset[str] | None = None  # first words, rebuilt after an add

    def __len__(self) -> int:
        return self._count

    def add(self, phrase: str | Sequence[str], value: T) -> None:
        key = phrase_key(phrase) if isinstance(phrase, str) else tuple(phrase)
        if not key:
            raise ValueError(f"empty phrase: {phrase!r}")
        node = self._root
        for word in key:
            node = node.setdefault(word, {})
        node.setdefault(_VALUE, []).append(value)
        self._count += 1
        self._starts = None

    def _ends(self, tokens: Sequence[Token], i: int, stop: int | None = None) -> dict[int, tuple[list[T], str]]:
        """Every phrase starting at token ``i`` and ending before ``stop``: last index → (values, first form);
        for one end, the first form of token ``i`` that reaches it wins."""
        stop = len(tokens) if stop is None else min(stop, len(tokens))
        found: dict[int, tuple[list[T], str]] = {}
        root = self._root
        for form in tokens[i].forms or (tokens[i].norm,):
            node = root.get(form)
            if node is None:
                continue
            if _VALUE in node and i < stop:
                found.setdefault(i, (node[_VALUE], form))
            j = i + 1
            frontier = [node]
            while j < stop:
                tok = tokens[j]
                forms = tok.forms or (tok.norm,)  # once per token, not once per frontier node
                nxt = []
                for n in frontier:
                    for f in forms:
                        child = n.get(f)
                        if child is not None and child not in nxt:
                            nxt.append(child)
                if not nxt:
                    break
                for child in nxt:
                    if _VALUE in child:
                        found.setdefault(j, (child[_VALUE], form))
                frontier = nxt
                j += 1
        return found

    def _walk(self, tokens: Sequence[Token], i: int) -> tuple[int, list[T], str] | None:
        """Longest phrase starting at token ``i``: (last index, values, first form)."""
        found = self._ends(tokens, i)
        if not found:
            return None
        last = max(found)
        return last, *found[last]

    def find(self, tokens: Sequence[Token], overlapping: bool = False,
             starts: Iterable[int] | None = None) -> list[PhraseMatch[T]]:
        """Longest matches, left to right; non-overlapping unless ``overlapping``.

        ``starts`` restricts the walk to those token indices (e.g. tokens a cheap pre-filter found),
        which is the main saving when few tokens can begin a phrase.
        """
        out: list[PhraseMatch[T]] = []
        if starts is None:  # only tokens with a form that begins a phrase (most tokens have none)
            first = self._starts
            if first is None:
                first = self._starts = self.first_words()
            candidates: Iterable[int] = [i for i, t in enumerate(tokens) if not first.isdisjoint(t.forms or (t.norm,))]
        else:
            candidates = sorted(set(starts))
        next_free = 0
        for i in candidates:
            if i < next_free or i >= len(tokens):
                continue
            hit = self._walk(tokens, i)
            if hit is None:
                continue
            last, values, form = hit
            start = _form_start(tokens[i], form)
            out.append(PhraseMatch(i, last, list(values), form, start, tokens[last].end))
            next_free = i + 1 if overlapping else last + 1
        return out

    def shorter(self, tokens: Sequence[Token], match: PhraseMatch[T]) -> list[PhraseMatch[T]]:
        """The phrases starting where ``match`` starts but ending before it, longest first: what a caller
        tries when the longest phrase's values all fail their own checks (قرض ميسر → قرض)."""
        i = match.first
        return [PhraseMatch(i, last, list(values), form, _form_start(tokens[i], form), tokens[last].end)
                for last, (values, form) in sorted(self._ends(tokens, i, match.last).items(), reverse=True)]

    def first_words(self) -> frozenset[str]:
        """Every word that can begin a phrase: a set to pre-filter tokens with ``token.forms``."""
        return frozenset(k for k in self._root if k != _VALUE)

    def lookup(self, phrase: str) -> list[T]:
        node = self._root
        for word in phrase_key(phrase):
            node = node.get(word)
            if node is None:
                return []
        return list(node.get(_VALUE, []))

    def keys(self) -> Iterable[tuple[str, ...]]:
        return (key for key, _values in self.entries())

    def entries(self) -> Iterable[tuple[tuple[str, ...], list[T]]]:
        """Every stored phrase (as its word tuple) with its values."""
        stack: list[tuple[tuple[str, ...], dict]] = [((), self._root)]
        while stack:
            prefix, node = stack.pop()
            for k, v in node.items():
                if k == _VALUE:
                    yield prefix, list(v)
                else:
                    stack.append(((*prefix, k), v))


def _form_start(token: Token, form: str) -> int:
    """Start offset of the part of ``token`` that ``form`` covers (skips a stripped proclitic)."""
    if form == token.norm:
        return token.start
    idx = token.norm.find(form)
    if idx < 0 and form.startswith("ال"):
        idx = token.norm.find(form[2:])  # ل + ال written "لل": the form restored the article
    if idx <= 0:
        return token.start
    return advance_letters(token.text, 0, len(token.text), idx) + token.start
