"""Byte decoding that never guesses silently: UTF-8, UTF-16 and Windows-1256, or an explicit refusal.

Arabic news files arrive as UTF-8 (with or without BOM), UTF-16 (Windows "Unicode" exports, sometimes
without BOM) or cp1256 (old Windows Arabic).  Decoding cp1256 never fails at the byte level, so it is
accepted only when the result reads as Arabic and not as the tell-tale mojibake of UTF-8 bytes (every
Arabic letter of UTF-8 starts with bytes D8-DB, which cp1256 shows as ط ظ ع غ).  Anything else is
reported as undecodable: a wrong decode would poison every later stage without a trace.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from typing import BinaryIO

from hadath.errors import InputError, InputProblem

SNIFF_BYTES = 64 * 1024
"""How much of a stream is looked at to choose its encoding."""

_MIN_ARABIC_SHARE = 0.5  # Arabic letters among all letters, for cp1256 to be believed
_MAX_SUSPECT_SHARE = 0.02  # mojibake symbols among visible characters
_MAX_UTF8_PAIR_SHARE = 0.3  # UTF-8 Arabic byte pairs among high bytes, above which cp1256 is mojibake
# Characters cp1256 produces for UTF-8 continuation bytes and rarely for real Arabic text: Urdu/Persian-only
# letters, Latin-1 symbols, accented Latin letters, typographic marks.
_CP1256_SUSPECTS = frozenset(
    "ٹڈڑںھےۀ‌‍€‚ƒ„†‡ˆ‰‹Œ™›œ¢£¤¥¦§¨©¬®¯°±²³´µ¶·¸¹¼½¾àâçèéêëîïôùûü×÷"
)
_DOUBLE_ENCODED_LEADS = frozenset("ØÙÚÛ")  # UTF-8 lead bytes of Arabic, read as Latin-1/cp1252


def _utf16_without_bom(head: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the bytes have UTF-16's alternating high-byte pattern.

    In UTF-16 text every second byte is the high byte of a BMP character: 0x00 for ASCII, 0x06 for
    Arabic, 0x20 for typographic punctuation, 0xFE/0xFB for presentation forms.  UTF-8 and cp1256 text
    almost never shows that pattern on one parity and not on the other.
    """
    sample = head[: len(head) - (len(head) % 2)]
    if len(sample) < 4 or (b"\x00" not in sample and b"\x06" not in sample):
        return None
    high_bytes = b"\x00\x06\x20\xfe\xfb"
    even, odd = sample[0::2], sample[1::2]

    def share(part: bytes) -> float:
        return sum(part.count(b) for b in high_bytes) / len(part)

    even_share, odd_share = share(even), share(odd)
    if odd_share >= 0.7 and even_share < 0.3:
        return "utf-16-le"
    if even_share >= 0.7 and odd_share < 0.3:
        return "utf-16-be"
    return None


def _valid_utf8(head: bytes, *, at_eof: bool) -> bool:
    """Strict UTF-8 check that tolerates a character cut by the end of a sniffed prefix."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        decoder.decode(head, final=at_eof)
    except UnicodeDecodeError:
        return False
    return True


def _utf8_pair_share(data: bytes) -> float:
    """Share of high bytes that form UTF-8 Arabic pairs (lead D8-DB then a continuation byte)."""
    high = sum(1 for b in data if b >= 0x80)
    if not high:
        return 0.0
    pairs = sum(1 for a, b in zip(data, data[1:], strict=False) if 0xD8 <= a <= 0xDB and 0x80 <= b <= 0xBF)
    return 2 * pairs / high


def plausible_arabic(text: str) -> bool:
    """True when ``text`` reads as Arabic: mostly Arabic letters, no mojibake symbols, no C1 controls."""
    letters = arabic = suspects = visible = 0
    for ch in text:
        if "\x80" <= ch <= "\x9f":
            return False
        if ch.isspace():
            continue
        visible += 1
        if ch in _CP1256_SUSPECTS:
            suspects += 1
        if ch.isalpha():
            letters += 1
            if "\u0600" <= ch <= "\u06ff":
                arabic += 1
    if not letters:
        return False
    return arabic / letters >= _MIN_ARABIC_SHARE and suspects / visible <= _MAX_SUSPECT_SHARE


def looks_double_encoded(text: str) -> bool:
    """True when Arabic UTF-8 was decoded as Latin-1/cp1252 and re-encoded ("Ø§Ù„" for "ال")."""
    if _DOUBLE_ENCODED_LEADS.isdisjoint(text):
        return False
    hits = sum(
        1 for a, b in zip(text, text[1:], strict=False)
        if a in _DOUBLE_ENCODED_LEADS and ("\x80" <= b <= "\xbf" or b in "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
    )
    return hits >= 3 and hits * 8 >= sum(1 for ch in text if not ch.isspace() and not ch.isascii())


def sniff_encoding(head: bytes, path: str, *, at_eof: bool = True) -> str:
    """The codec for a byte stream, judged from its first bytes; raise :class:`InputError` if none fits.

    ``at_eof`` says whether ``head`` is the whole input (a cut multi-byte character at its end is then an
    error, not an artefact of sampling).
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16
    if _valid_utf8(head, at_eof=at_eof):
        return "utf-8"
    if _utf8_pair_share(head) < _MAX_UTF8_PAIR_SHARE and plausible_arabic(head.decode("cp1256", errors="replace")):
        return "cp1256"
    raise InputError(InputProblem(
        path, None, "undecodable: not valid UTF-8 or UTF-16, and not plausible Windows-1256 Arabic"))


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a whole document (UTF-8 ± BOM, UTF-16 ± BOM, cp1256) or raise :class:`InputError`."""
    encoding = sniff_encoding(data, path, at_eof=True)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(InputProblem(path, None, f"undecodable as {encoding} at byte {exc.start}")) from exc
    if encoding == "cp1256" and not plausible_arabic(text):
        raise InputError(InputProblem(path, None, "undecodable: Windows-1256 decoding does not read as Arabic"))
    if looks_double_encoded(text):
        raise InputError(InputProblem(path, None, "mojibake: UTF-8 Arabic that was decoded as Latin-1 once"))
    return text


class _PrefixedStream(io.RawIOBase):
    """A raw stream that first returns ``head`` (already read for sniffing), then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._read_rest: Callable[[int], bytes] = rest.read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head.nbytes:
            n = min(len(buffer), self._head.nbytes)
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._read_rest(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _read_head(stream: BinaryIO) -> bytes:
    """Up to :data:`SNIFF_BYTES` from the start of a stream, however short the reads it returns."""
    parts: list[bytes] = []
    size = 0
    while size < SNIFF_BYTES:
        chunk = stream.read(SNIFF_BYTES - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def open_text(stream: BinaryIO, path: str, *, newline: str | None = None) -> io.TextIOWrapper:
    """Wrap a binary stream as strictly decoded text, choosing the encoding from its first 64 KiB.

    Raises :class:`InputError` when the prefix fits no encoding; a later undecodable byte raises
    ``UnicodeDecodeError`` from ``read``, which readers report with the line they were at.
    """
    head = _read_head(stream)
    encoding = sniff_encoding(head, path, at_eof=len(head) < SNIFF_BYTES)
    raw = _PrefixedStream(head, stream)
    return io.TextIOWrapper(io.BufferedReader(raw, buffer_size=SNIFF_BYTES), encoding=encoding,
                            errors="strict", newline=newline)


def decoded_lines(stream: BinaryIO, path: str) -> Iterator[tuple[int, str | None]]:
    """``(line number, text with its line ending)`` for each line; ``None`` for a line that does not decode.

    ASCII-compatible encodings are decoded line by line, so one bad line costs that line only and its
    number is exact.  UTF-16 cannot be split on bytes; there an undecodable chunk ends the stream after
    one ``None``.  Raises :class:`InputError` when the first 64 KiB fit no encoding.
    """
    head = _read_head(stream)
    encoding = sniff_encoding(head, path, at_eof=len(head) < SNIFF_BYTES)
    buffered = io.BufferedReader(_PrefixedStream(head, stream), buffer_size=SNIFF_BYTES)
    lineno = 0
    if encoding.startswith("utf-16"):
        text = io.TextIOWrapper(buffered, encoding=encoding, errors="strict", newline="")
        try:
            for lineno, line in enumerate(text, 1):  # noqa: B007 - lineno is read after the loop
                yield lineno, line
        except UnicodeDecodeError:
            yield lineno + 1, None
        return
    if encoding == "utf-8-sig":
        first = buffered.readline()
        lineno = 1
        try:
            yield lineno, first.decode("utf-8-sig")
        except UnicodeDecodeError:
            yield lineno, None
        encoding = "utf-8"
    for number, raw in enumerate(buffered, lineno + 1):
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError:
            yield number, None
            continue
        yield number, line
