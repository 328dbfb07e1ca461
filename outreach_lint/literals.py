"""The words a pattern cannot match without: a test cheaper than the search itself.

``required_literals`` reads a parsed pattern and names strings one of which every match
contains: ``\\b(?:recent|new|fresh)(?:ly)?\\s+grad(?:uate)?s?\\b`` cannot match a text without
``grad``, ``hiring\\s+managers?|recruitment\\s+consultants?`` one without ``manager`` or
``recruitment`` (the longer word of each alternative is taken: it is rarer). Python finds a
string in a text with a fast substring search, tens of times faster than its regex engine tries
a pattern at every word, and most templates hold none of a phrase pattern's rarer words.

Only what a match consumes counts: lookarounds name text that need not be inside the match
(a lookbehind reads before it), so they end a run of literals and require nothing. Repeats
that may match nothing, and character classes, require nothing either. Where an alternative
requires nothing, the alternation does not either, and the pattern gets no literals.
"""

from __future__ import annotations

import re
from typing import Any

from outreach_lint import sre

_k: Any = sre.constants

MAX_LITERALS = 12
"""Beyond this many strings, testing each costs about as much as searching."""

Requirement = frozenset[str]
"""Strings one of which every match contains."""


def required_literals(parsed: Any) -> tuple[str, ...] | None:
    """Strings one of which every match of ``parsed`` (a pattern parsed by ``sre``'s parser)
    contains, shortest first; ``None`` when no short list of strings is required."""
    found = _sequence(parsed.data)
    if found is None:
        return None
    # "thank" in a text whenever "thanks" is: the longer string adds no test
    kept = [s for s in found if not any(t != s and t in s for t in found)]
    return tuple(sorted(kept, key=lambda s: (len(s), s)))


def _sequence(items: Any) -> Requirement | None:
    """The most selective requirement among the items of a sequence (each is needed)."""
    best: Requirement | None = None
    run: list[str] = []

    def close() -> None:
        nonlocal best
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        char = _single_char(op, av)
        if char is not None:
            run.append(char)
            continue
        if op is _k.AT:
            continue  # "\b", "^": zero width, the characters on each side stay together
        close()
        if op is _k.SUBPATTERN:
            best = _better(best, _sequence(av[3].data))
        elif op is sre.ATOMIC:
            best = _better(best, _sequence(av.data))
        elif op is _k.BRANCH:
            best = _better(best, _branch(av[1]))
        elif op in sre.REPEATS and av[0] >= 1:
            best = _better(best, _sequence(av[2].data))
    close()
    return best


def _branch(alternatives: Any) -> Requirement | None:
    union: set[str] = set()
    for alternative in alternatives:
        found = _sequence(alternative.data)
        if found is None:
            return None
        union |= found
        if len(union) > MAX_LITERALS:
            return None
    return frozenset(union)


def _single_char(op: Any, av: Any) -> str | None:
    """The one character an item matches (a literal, or a class of one literal)."""
    if op is _k.LITERAL:
        return chr(av)
    if op is _k.IN and len(av) == 1 and av[0][0] is _k.LITERAL:
        return chr(av[0][1])
    return None


def _better(a: Requirement | None, b: Requirement | None) -> Requirement | None:
    """The more selective of two requirements: fewer strings, then longer ones."""
    if a is None or b is None:
        return a if b is None else b
    return min(a, b, key=lambda r: (len(r), -min(map(len, r)), sorted(r)))


_CASE_FLAG = re.compile(r"\(\?[a-zA-Z]*i")
"""An inline flag that ignores case ("(?i)", "(?ai:...)")."""
_needed: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
GATE_AFTER = 64
"""Texts asked about before the strings are found: parsing the patterns of the placeholder
styles took 1.8 ms, more than a pre-commit run over a few templates saves by them."""
_asked = 0


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """Can the case-sensitive ``pattern`` match ``text``: does the text hold one of the
    strings every match contains (``required_literals``, found once per pattern)? For
    patterns searched in most texts and found in few (a placeholder style that is off:
    "*|", "{!", "%"): finding a string is several times faster than the search. ``True``
    for a pattern that ignores case, or requires no string, and for the first
    ``GATE_AFTER`` texts of a run."""
    global _asked
    kept = _needed.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        if _asked < GATE_AFTER:
            _asked += 1
            return True
        kept = _needed[id(pattern)] = (pattern, _needs(pattern))
    needs = kept[1]
    if needs is None:
        return True
    if len(needs) == 1:  # (most: a placeholder style's mark)
        return needs[0] in text
    return any(needed in text for needed in needs)


def _needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings one of which every match of ``pattern`` holds, as written: ``None`` when
    there are none, or when case may be ignored where they have letters (a percent sign is one
    in any case: "%" for a pattern with an "(?i:" lookahead)."""
    source, flags = pattern.pattern, pattern.flags
    if not isinstance(source, str):
        return None
    try:
        needs = required_literals(sre.parser.parse(source, flags))
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: search it
        return None
    if needs is None:
        return None
    caseless = all(s.isascii() and not any(c.isalpha() for c in s) for s in needs)
    if not caseless and (flags & sre.IGNORECASE or _CASE_FLAG.search(source)):
        return None
    return needs
