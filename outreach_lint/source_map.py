"""Positions: field offsets to file offsets, and file offsets to 1-based line and column.

``LineIndex.position`` is the only place where an offset becomes a line and a column. Columns
count characters (Unicode code points) of the line as read, so a tab, an accented letter or an
emoji each count as one; CRLF line ends were read as LF, which leaves every line and column as
the user sees them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple

from outreach_lint.model import from_fields


class Segment(NamedTuple):
    """``length`` characters of a field from ``field_start`` stand at ``file_start``."""

    field_start: int
    file_start: int
    length: int


class SourceMap:
    """Maps offsets in a field's text back to offsets in the file it was read from.

    A field copied straight from the file (a Markdown body) is one segment. A YAML scalar is one
    segment per run of characters the YAML reader kept as written: block-scalar indentation,
    folded line breaks and escape sequences fall between segments, and an offset there maps to
    the end of the run before it.
    """

    __slots__ = ("_segments", "_starts")

    def __init__(self, segments: Sequence[Segment]) -> None:
        self._segments = tuple(segments) or (Segment(0, 0, 0),)
        self._starts = [s.field_start for s in self._segments]

    @classmethod
    def contiguous(cls, file_start: int, length: int) -> SourceMap:
        # (what __init__ makes of the one segment, without its calls: a template makes two)
        made = cls.__new__(cls)
        made._segments = (from_fields(Segment, (0, file_start, length)),)
        made._starts = [0]
        return made

    def to_file(self, offset: int) -> int:
        i = bisect_right(self._starts, offset) - 1
        seg = self._segments[i if i > 0 else 0]
        inside = offset - seg.field_start
        if 0 <= inside <= seg.length:  # (comparisons: clamping with min() and max() cost more)
            return seg.file_start + inside
        return seg.file_start + (0 if inside < 0 else seg.length)

    def span_to_file(self, start: int, end: int) -> tuple[int, int]:
        """``to_file(start), to_file(end)`` in one call: for a field of one segment (a
        Markdown body, most YAML scalars), without a search."""
        segments = self._segments
        if len(segments) > 1:
            return self.to_file(start), self.to_file(end)
        seg = segments[0]
        low, high = seg.field_start, seg.field_start + seg.length
        if not low <= start <= high:
            start = low if start < low else high
        if not low <= end <= high:
            end = low if end < low else high
        shift = seg.file_start - low
        return start + shift, end + shift

    def rewritten(self, kept: Sequence[tuple[int, int, int]], length: int) -> SourceMap:
        """The map of a text of ``length`` characters made from the field's: ``kept`` are the
        runs it copies, in order, each ``(start, end, at)``: the field's ``text[start:end]``,
        now at ``at``. What lies between two runs was rewritten (a character reference decoded)
        and maps to where the run before it ends in the file, as a YAML escape sequence does;
        the new text's start and end map to the field's."""
        segments = [Segment(0, self.to_file(0), 0)]
        for start, end, at in kept:
            for seg in self._segments:
                low = max(start, seg.field_start)
                high = min(end, seg.field_start + seg.length)
                if high > low:
                    segments.append(
                        Segment(
                            at + low - start, seg.file_start + low - seg.field_start, high - low
                        )
                    )
        segments.append(Segment(length, self.file_end, 0))
        return SourceMap(segments)

    @property
    def file_start(self) -> int:
        return self._segments[0].file_start

    @property
    def file_end(self) -> int:
        """Where the field's last run of text ends in the file."""
        last = self._segments[-1]
        return last.file_start + last.length


class LineIndex:
    """Line starts of a file's text, for turning file offsets into (line, column), 1-based."""

    __slots__ = ("_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # Each line starts one past the end of the line before it: a running sum in C. (Adding
        # the ones with ``operator.add``, not a bound ``(1).__add__``, and dropping the start
        # past the end with ``pop`` rather than a copy: 4,252.4 M -> 4,246.8 M instructions over
        # 1,000 templates.)
        starts: list[int] = list(
            accumulate(map(add, map(len, text.split("\n")), repeat(1)), initial=0)
        )
        starts.pop()
        self._starts = starts

    @classmethod
    def of(cls, text: str) -> LineIndex:
        """The index of ``text``: the one made last when it was for this very string (the
        parser and the linter both need the index of the file they read), else a new one."""
        last = _last_index[0]
        if last is None or last.text is not text:
            last = _last_index[0] = cls(text)
        return last

    def position(self, offset: int) -> tuple[int, int]:
        if not 0 <= offset <= len(self.text):  # (comparisons: min() and max() cost more)
            offset = 0 if offset < 0 else len(self.text)
        starts = self._starts
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """``position(start) + position(end)`` in one call: the line found for ``start`` is
        checked for ``end`` before searching for it (most findings end on the line they start
        on)."""
        size = len(self.text)
        if not 0 <= start <= size:
            start = 0 if start < 0 else size
        if not 0 <= end <= size:
            end = 0 if end < 0 else size
        starts = self._starts
        line = bisect_right(starts, start)
        first = starts[line - 1]
        column = start - first + 1
        if first <= end and (line == len(starts) or end < starts[line]):
            return line, column, line, end - first + 1
        end_line = bisect_right(starts, end)
        return line, column, end_line, end - starts[end_line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        """The file offset of a 0-based (line, column), as YAML readers report them."""
        starts = self._starts
        if 0 <= line < len(starts):  # (a third of the time of clamping with min() and max())
            return starts[line] + column
        return starts[0 if line < 0 else -1] + column

    def line_text(self, line: int) -> str:
        start = self._starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end == -1 else self.text[start:end]


_last_index: list[LineIndex | None] = [None]
