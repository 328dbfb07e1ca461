"""The words a pattern cannot match without: a test cheaper than the search itself.

``required_literals`` reads a parsed pattern and names strings one of which every match
contains: ``\\b(?:recent|new|fresh)(?:ly)?\\s+grad(?:uate)?s?\\b`` cannot match a text without
``grad``, ``hiring\\s+managers?|recruitment\\s+consultants?`` one without ``manager`` or
``recruitment`` (of the strings each part requires, those fewest texts hold are taken:
``pass_rate``). Python finds a string in a text with a fast substring search, tens of times
faster than its regex engine tries a pattern at every word, and most templates hold none of a
phrase pattern's rarer words.

Only what a match consumes counts: lookarounds name text that need not be inside the match
(a lookbehind reads before it), so they end a run of literals and require nothing. Repeats
that may match nothing, and character classes, require nothing either. Where an alternative
requires nothing, the alternation does not either, and the pattern gets no literals.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from outreach_lint import sre
from outreach_lint.memo import ById

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
    """The more selective of two requirements: the one fewer texts hold (``pass_rate``), then
    fewer strings, then longer ones."""
    if a is None or b is None:
        return a if b is None else b
    return min(a, b, key=lambda r: (pass_rate(r), len(r), -min(map(len, r)), sorted(r)))


_COMMON_WORDS = frozenset(
    "a an and are as at be been but by can could do for from had has have how i if in is it "
    "its just me more my no not of on one or our out so some than that the their them then "
    "there they this to up us was we were what when which who will with would you your".split()
)
"""Words in nearly every text of a few English sentences."""


def pass_rate(requirement: Requirement) -> float:
    """About the share of templates holding one of the strings of ``requirement``, the
    strings taken apart: a string of one or two characters, or inside a common word ("hat"),
    is in nearly every template, and the longer a string, the rarer. Of two requirements
    ("you", or "given" and "taught", for ``(?:given|taught)\\s+you``), a pattern is gated by
    the one fewer texts hold: each text it rules out is a search saved."""
    held = 1.0
    for s in requirement:
        held *= 1.0 - _held(s)
    return round(1.0 - held, 6)  # (equal rates compare equal whatever the order of products)


@cache
def _held(s: str) -> float:
    """About the share of templates holding ``s``."""
    if len(s) <= 2 or any(s in word for word in _COMMON_WORDS):
        return 1.0
    return 0.5 if len(s) == 3 else 0.25 if len(s) == 4 else 0.1


_CASE_FLAG = re.compile(r"\(\?[a-zA-Z]*i")
"""An inline flag that ignores case ("(?i)", "(?ai:...)")."""
_needed: dict[re.Pattern[str], tuple[str, ...] | None] = {}
GATE_AFTER = 64
"""Texts asked about before the strings are found (as ``prefilter.BUILD_AFTER`` waits for
its set): parsing the patterns of the placeholder styles took 1.8 ms, more than a pre-commit
run over a few templates saves by them."""
_asked = 0


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """Can ``pattern`` match ``text``: does the text hold one of the strings every match
    contains (``required_literals``), or else one of the few characters every match starts
    with (``first_chars``), found once per pattern? For patterns searched in most texts and
    found in few (a placeholder style that is off: "*|", "{!", "%"; a style's stray
    delimiters: over 10,000 templates, finding the strays took 57 ms, 17 ms so): finding a
    string is several times faster than the search. ``True`` when
    neither is known, and for the first ``GATE_AFTER`` texts of a run."""
    global _asked
    try:
        needs = _needed[pattern]
    except KeyError:
        if _asked < GATE_AFTER:
            _asked += 1
            return True
        needs = _needed[pattern] = _needs(pattern)
    return needs is None or holds_one(text, needs)


def may_match_any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Can one of ``patterns`` match ``text`` (``may_match``)? One test for all of them: the
    strings each needs, looked for together (a template asks about the four placeholder
    styles that are off in each of its messages, and most hold none of their marks). Give the
    same tuple each time: what it needs is kept by its ``id``."""
    global _asked
    kept = _needed_by_any.get(id(patterns))
    if kept is not None:
        needs = kept[1]
    elif _asked < GATE_AFTER:
        _asked += 1
        return True
    else:
        each = [_needed[p] if p in _needed else _needs(p) for p in patterns]
        union = None if None in each else tuple(dict.fromkeys(s for n in each if n for s in n))
        needs = _needed_by_any.keep(patterns, union)
    return needs is None or holds_one(text, needs)


_MOST_KEPT = 1024
"""The most tuples ``may_match_any`` and ``holds_one`` keep what they found for (a run has a
few dozen); past that they start again."""
_needed_by_any: ById[tuple[str, ...] | None] = ById(_MOST_KEPT)
"""``may_match_any``'s strings for each tuple of patterns."""


def holds_one(text: str, strings: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``strings``? A string of several characters is looked for
    only where the text holds its rarest character (``rarest``): Python finds one character
    with one ``memchr``, and a string of several by a loop over the text several times
    slower (a template's 900 characters: 0.1 us against 0.6 us for "*|"). (A loop, where
    ``any()`` would make and run a generator for a test or two.)"""
    kept = _probes.get(id(strings))
    probes = kept[1] if kept is not None else _probes.keep(strings, _probed(strings))
    for rare, s in probes:  # noqa: SIM110
        if rare in text and (rare is s or s in text):
            return True
    return False


def _probed(strings: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((rarest(s), s) for s in strings)


_probes: ById[tuple[tuple[str, str], ...]] = ById(_MOST_KEPT)
"""For each tuple of strings ``holds_one`` is asked about: each string with its rarest
character (the string itself when it is one character)."""

_FREQUENT = " \n\x1aetaoinsrhldcumfpgwybv.,k-'TSAIMCWHBPDRFLNEGOUY0123456789!?:;()/\"&jxqzJKVQXZ"
"""Characters from the most frequent in a template's text to the least (the masks that stand
for placeholders, ``message.MASK``, among the first); any other is rarer still: "|", "{", "%"."""
_RANK = {c: i for i, c in enumerate(_FREQUENT)}


def rarest(s: str) -> str:
    """The character of ``s`` that fewest texts hold (by ``_FREQUENT``); ``s`` itself when
    it is one character."""
    if len(s) == 1:
        return s
    return max(s, key=lambda c: _RANK.get(c, len(_RANK)))


def _needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings one of which every match of ``pattern`` holds, as written: its required
    strings, unless case may be ignored where they have letters (a percent sign is one in any
    case: "%" for a pattern with an "(?i:" lookahead); else the characters its matches start
    with, when they are a few listed ones (not a class such as ``\\w``); else ``None``."""
    source, flags = pattern.pattern, pattern.flags
    if not isinstance(source, str):
        return None
    try:
        parsed = sre.parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: search it
        return None
    needs = required_literals(parsed)
    if needs is not None:
        caseless = all(s.isascii() and not any(c.isalpha() for c in s) for s in needs)
        if caseless or not (flags & sre.IGNORECASE or _CASE_FLAG.search(source)):
            return needs
    return _first_chars(parsed, flags)


def _first_chars(parsed: Any, flags: int) -> tuple[str, ...] | None:
    """The characters every match of ``parsed`` starts with (in every case it matches), when
    there are 8 at most; else ``None``."""
    from outreach_lint import first_chars

    try:
        chars, nullable = first_chars.first(parsed, flags | parsed.state.flags)
    except (first_chars.Unlisted, TypeError):
        return None
    if nullable or len(chars) > 8 or min(chars, default=-1) < 0:
        return None
    return tuple(map(chr, sorted(chars)))
