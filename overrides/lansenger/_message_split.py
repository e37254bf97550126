"""A long text split into messages that each fit the platform's byte limit, cut where a reader would pause.

A cut goes at the last boundary of the strongest kind that still fits: between paragraphs, then lines, then
sentences (. ! ? and 。！？), then words, and only as a last resort between two characters; a character cut is
never inside a UTF-8 character and avoids splitting an emoji sequence, a flag or a letter from its accent.

With `markdown`, a fenced code block (CommonMark ``` or ~~~ fence at the top level) is kept whole in one part
when it fits. A block bigger than a part is cut inside (by lines first) and every part gets a valid block: the
fence is closed at the end of one part and reopened, with the same info string, at the start of the next.
The bodies of the parts are consecutive slices of the text: joined, they give the text back exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Room for the widest UTF-8 character: a part must be able to hold at least one.
_WIDEST_CHARACTER = 4
_PARAGRAPH = re.compile(r"\n(?:[ \t]*\n)+")
_LINE = re.compile(r"\n")
_CLOSERS = "\"'”’)\\]」』）》"
_SENTENCE = re.compile(rf"(?:[。！？]+|[.!?]+(?=[\s{_CLOSERS}]|$))[{_CLOSERS}]*[ \t\u3000]*")
_WORD = re.compile(r"\s+")
_LEVELS = (_PARAGRAPH, _LINE, _SENTENCE, _WORD)
_FENCE_OPEN = re.compile(r" {0,3}(?P<marker>`{3,}(?=[^`\n]*$)|~{3,})")


@dataclass(frozen=True)
class Part:
    """One message: `body` is a slice of the text; `opening` / `closing` reopen / close a cut code fence."""

    opening: str
    body: str
    closing: str

    @property
    def text(self) -> str:
        return self.opening + self.body + self.closing


@dataclass(frozen=True)
class _Fence:
    opener: str  # the opening line as written, newline included
    marker: str  # the fence characters, e.g. "```"

    def closing(self, body: str) -> str:
        return self.marker if body.endswith("\n") else f"\n{self.marker}"

    @property
    def overhead(self) -> int:
        return _size(self.opener) + _size(self.marker) + 1


@dataclass(frozen=True)
class _Unit:
    """A piece that is never cut; `inside` is the fence the text is in just after it (None outside any)."""

    text: str
    inside: _Fence | None
    opens: bool = False


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def split_parts(text: str, limit: int, *, markdown: bool) -> list[Part]:
    """Cut `text` into parts whose `text` is at most `limit` bytes of UTF-8, in order."""
    if limit < _WIDEST_CHARACTER:
        raise ValueError(f"a part must hold at least {_WIDEST_CHARACTER} bytes")
    units = list(_units(text, limit, markdown=markdown))
    if units and units[-1].inside is not None:  # an unclosed fence at the very end stays as written
        units[-1] = _Unit(units[-1].text, None)
    return list(_pack(units, limit))


def split_message(text: str, limit: int, *, markdown: bool) -> list[str]:
    """The messages to send for `text`: `split_parts`, without the parts that hold only whitespace."""
    return [part.text for part in split_parts(text, limit, markdown=markdown) if part.body.strip()]


def _units(text: str, limit: int, *, markdown: bool) -> Iterator[_Unit]:
    segments = _segments(text) if markdown else [(text, None)]
    for segment, fence in segments:
        closer = _closing_line(segment, fence) if fence else ""
        if fence is None or _size(segment) <= limit or not _fits_cut(fence, closer, limit):
            yield from (_Unit(piece, None) for piece in _fit(segment, limit, 0))
            continue
        yield _Unit(fence.opener, fence, opens=True)
        body = segment[len(fence.opener) : len(segment) - len(closer)]
        yield from (_Unit(piece, fence) for piece in _fit(body, limit - fence.overhead, 0))
        if closer:
            yield _Unit(closer, None)


def _fits_cut(fence: _Fence, closer: str, limit: int) -> bool:
    """Whether every part of a cut block fits: the reopened fence with a character and the closing, or with the
    closing line."""
    return limit - fence.overhead >= _WIDEST_CHARACTER and _size(fence.opener) + _size(closer) <= limit


def _segments(text: str) -> list[tuple[str, _Fence | None]]:
    """The text as prose and fenced code blocks (each from its opening line through its closing line)."""
    segments: list[tuple[str, _Fence | None]] = []
    lines = _lines(text)
    prose_start = position = index = 0
    while index < len(lines):
        opened = _FENCE_OPEN.match(lines[index].rstrip("\r\n"))
        if opened is None or not lines[index].endswith("\n"):
            position += len(lines[index])
            index += 1
            continue
        if position > prose_start:
            segments.append((text[prose_start:position], None))
        fence = _Fence(lines[index], opened["marker"])
        end = index + 1
        while end < len(lines) and not _closes(lines[end], fence):
            end += 1
        block_end = position + sum(map(len, lines[index : end + 1]))
        segments.append((text[position:block_end], fence))
        position = prose_start = block_end
        index = end + 1
    if position > prose_start:
        segments.append((text[prose_start:position], None))
    return segments


def _lines(text: str) -> list[str]:
    """Lines with their "\\n" (not str.splitlines, which also breaks at form feeds and other separators)."""
    return [line for line in re.split(r"(?<=\n)", text) if line]


def _closes(line: str, fence: _Fence) -> bool:
    stripped = line.rstrip("\r\n")
    content = stripped.lstrip(" ")
    if len(stripped) - len(content) > 3:
        return False
    run = len(content) - len(content.lstrip(fence.marker[0]))
    return run >= len(fence.marker) and not content[run:].strip(" \t")


def _closing_line(block: str, fence: _Fence) -> str:
    """A block's closing line ("" for a block the text leaves open)."""
    lines = _lines(block[len(fence.opener) :])
    return lines[-1] if lines and _closes(lines[-1], fence) else ""


def _fit(text: str, budget: int, level: int) -> Iterator[str]:
    """Pieces of at most `budget` bytes, cut at the strongest boundaries from `level` on."""
    if _size(text) <= budget:
        if text:
            yield text
        return
    if level == len(_LEVELS):
        yield from _characters(text, budget)
        return
    start = 0
    for found in _LEVELS[level].finditer(text):
        if found.end() > start:
            yield from _fit(text[start : found.end()], budget, level + 1)
            start = found.end()
    yield from _fit(text[start:], budget, level + 1)


def _characters(text: str, budget: int) -> Iterator[str]:
    """Cut between characters, at the last place within `budget` that keeps a character sequence together."""
    start = 0
    while start < len(text):
        end, used = start, 0
        while end < len(text) and used + _size(text[end]) <= budget:
            used += _size(text[end])
            end += 1
        if end < len(text):
            end = next((cut for cut in range(end, start, -1) if _may_cut(text, cut, start)), end)
        yield text[start:end]
        start = end


_ZWJ = "\u200d"


def _binds_to_previous(char: str) -> bool:
    """A character drawn with the one before it: accents and other marks (variation selectors among them), a
    zero-width joiner, an emoji skin tone or tag."""
    code = ord(char)
    return (
        unicodedata.category(char).startswith("M")
        or char == _ZWJ
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
    )


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _may_cut(text: str, cut: int, start: int) -> bool:
    """Whether a cut before `text[cut]` keeps characters drawn together whole; the piece began at `start` (a cut
    that kept flags whole, so pairs of regional indicators are counted from there)."""
    before, after = text[cut - 1], text[cut]
    if _binds_to_previous(after) or before == _ZWJ or (before, after) == ("\r", "\n"):
        return False
    if _is_regional_indicator(before) and _is_regional_indicator(after):
        run = 0
        while cut - run - 1 >= start and _is_regional_indicator(text[cut - run - 1]):
            run += 1
        return run % 2 == 0  # flags are pairs: cut only after a whole one
    return True


def _pack(units: list[_Unit], limit: int) -> Iterator[Part]:
    """Fill each part with as many whole units as fit, counting the fence it reopens and the one it closes."""
    inside: _Fence | None = None  # the fence the next part starts in
    taken: list[_Unit] = []
    size = 0
    for unit in units:
        if taken and _total(inside, size + _size(unit.text), unit) > limit:
            carried = [taken.pop()] if taken[-1].opens and len(taken) > 1 else []
            yield _part(inside, taken)
            inside, taken = taken[-1].inside, carried
            size = sum(_size(kept.text) for kept in carried)
        taken.append(unit)
        size += _size(unit.text)
    if taken:
        yield _part(inside, taken)


def _total(inside: _Fence | None, body_size: int, last: _Unit) -> int:
    """The bytes of a part: its body, the fence it reopens and the closing its last unit needs."""
    closing = last.inside.closing(last.text) if last.inside else ""
    return (_size(inside.opener) if inside else 0) + body_size + _size(closing)


def _part(inside: _Fence | None, taken: list[_Unit]) -> Part:
    body = "".join(unit.text for unit in taken)
    end = taken[-1].inside
    return Part(inside.opener if inside else "", body, end.closing(body) if end else "")
