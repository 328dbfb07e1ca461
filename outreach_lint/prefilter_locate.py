"""Where a prefiltered pattern is searched in a text the set has scanned: from where RE2
finds a match of its over-approximation (``prefilter``'s locators; ``prefilter_build`` makes
them). The pattern cannot match before that place, since its every match is a match of the
approximation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

Locator = Callable[[bytes, int, int], Sequence[tuple[int, int]]]
"""The spans of the first match in ``data[first:last]``, the whole match's first (as
google-re2's own match call gives them: then no Python code runs between the search and RE2);
that first span is ``(-1, -1)`` when there is none."""


class Seen:
    """A text the set has scanned: the numbers of the patterns that may match it, and the
    text in UTF-8 for the locators. (A plain class: a NamedTuple costs every run, pre-commit's
    one-template runs included, 0.1 ms to define.)"""

    __slots__ = ("ascii", "data", "hits", "text")

    def __init__(self, text: str, hits: frozenset[int], data: bytes) -> None:
        self.text = text
        self.hits = hits
        self.data = data
        self.ascii = len(data) == len(text)


def locate(locator: Any, seen: Seen, pos: int, endpos: int) -> int | None:
    """Where the first match of ``locator`` in ``seen.text[pos:endpos]`` starts (as a
    character offset), ``None`` when there is none: the pattern it approximates cannot match
    before that offset, since its every match is a match of the approximation."""
    text, data = seen.text, seen.data
    size = len(text)
    if not 0 <= pos <= size:  # (comparisons: clamping with min() and max() costs more)
        pos = 0 if pos < 0 else size
    if not 0 <= endpos <= size:
        endpos = 0 if endpos < 0 else size
    if pos > endpos:
        return pos
    if seen.ascii:
        first, last = pos, endpos
    else:
        first = len(text[:pos].encode("utf-8"))
        last = len(data) if endpos == size else len(text[:endpos].encode("utf-8"))
    try:
        start: int = locator(data, first, last)[0][0]
    except Exception:  # noqa: BLE001 - RE2 failing: search from where the caller asked
        return pos
    if start < 0:
        return None
    return start if seen.ascii else len(data[:start].decode("utf-8"))


def leapfrog(
    pattern: re.Pattern[str], locator: Locator, seen: Seen, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer``, each search starting where the locator finds the next possible
    match. A match ends where the next search starts, as in ``finditer``; no match is empty (a
    locator is made only for approximations that cannot match the empty string)."""
    while True:
        m = next_match(pattern, locator, seen, pos, endpos)
        if m is None:
            return
        yield m
        pos = m.end()


ANCHORED_TRIES = 2
"""Places where the locator finds a possible match that are tried one by one before the
pattern is searched for from the next one. Measured over 3,334 generated templates: no tries
(a search from the first place) 397 us a template, one 380, two 378, three 384."""


def next_match(
    pattern: re.Pattern[str], locator: Locator, seen: Seen, pos: int, endpos: int
) -> re.Match[str] | None:
    """``pattern.search(seen.text, pos, endpos)``, found where ``locator`` says a match can
    start. The pattern is tried at each such place in turn (``match``: one attempt, where a
    search that fails there would run on to the end of the text); after ``ANCHORED_TRIES``
    places it is searched for from the next one. A match starts where its approximation's does,
    so no place between is skipped, and ``match`` at a place is what ``search`` finds there."""
    text = seen.text
    for _ in range(ANCHORED_TRIES):
        start = locate(locator, seen, pos, endpos)
        if start is None:
            return None
        m = pattern.match(text, start, endpos)
        if m is not None:
            return m
        pos = start + 1
    start = locate(locator, seen, pos, endpos)
    return None if start is None else pattern.search(text, start, endpos)
