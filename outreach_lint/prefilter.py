"""One pass over a text tells which of the widest phrase patterns cannot match it at all.

A few rules match long families of phrases ("are you open to new opportunities", "your
current salary", ...). CPython's regex engine backtracks: it tries such a pattern at nearly
every word of a template, and those few patterns cost more than all the others together. Most
templates contain none of their phrases.

With the optional ``google-re2`` package installed (``pip install 'outreach-lint[re2]'``), a
run that reads many templates compiles, once per process, an *over-approximation* of every
``Prefiltered`` pattern into one ``re2.Set``: the same pattern with its assertions (``\\b``,
``^``, lookarounds) dropped and its character classes widened, so it matches wherever the
original matches, and more (``approximate``). RE2 runs all of them over a text in one pass of
a DFA (a few microseconds for a template). A pattern the set reports absent cannot match that
text, and its search is skipped; every other search runs the original pattern, so results are
exactly those of the pattern alone. Without ``google-re2``, for small runs, and whenever RE2
fails, every search simply runs the pattern.

A few patterns match most templates but still cost CPython a try at nearly every word (a long
list of phrases, lookbehinds, words before the phrase). For those (``locate=True``, or
``located`` for patterns kept out of the set), RE2 also compiles the over-approximation alone,
and the pattern is tried only where it finds a match: the pattern cannot match anywhere else,
since its every match is a match of the approximation (``_next_match``). ``finditer`` repeats
this from the end of each match, as ``finditer`` itself continues. Inside a run, an RE2 pass
costs 10-20 us a template (its DFA's tables leave the CPU cache between templates), so a
locator only pays for a pattern whose search costs more.

Without ``google-re2`` too, a run that reads many templates finds for every ``Prefiltered``
pattern the strings one of which each of its matches contains (``literals``: "grad" for
``(?:recent|new)\\s+grad(?:uate)?s?``), and skips its search on a text holding none of them:
Python finds a string in a text far faster than its regex engine tries a pattern at every
word. With the set, this gate serves the patterns kept out of it (``gated``, ``located``).

Those strings and approximations are made from each pattern's parse (about 40 ms for the
built-in rules' patterns, a tenth of a run over 1,000 templates), so they are kept between
runs in a file beside the compiled patterns, with a stamp of the code that made them.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from outreach_lint.patterns import cache_file, compile_folded, load_marshal, save_marshal

BUILD_AFTER = 64
"""The set is built when this many different texts have been searched in one process: a
pre-commit run over a few templates never pays for importing and compiling it."""

MAX_MEM = 16 << 20
"""RE2's memory budget for the set (its program and the DFA states it caches as texts come).
Measured over 10,000 generated templates: with RE2's default, 8 MB, the scans took a third
longer; a larger budget than 16 MB made no difference, and memory did not grow measurably
from the 1,000th template to the 10,000th."""


Locator = Callable[[bytes, int, int], int]
"""Where the first match in ``data[first:last]`` starts, ``-1`` when there is none."""


class Prefiltered:
    """A compiled pattern (``pattern``, meant for ``Message.folded``) whose searches are skipped
    on texts where the set of over-approximations finds it absent, and start where RE2 finds
    its approximation's first match (``locator``)."""

    __slots__ = ("flags", "in_set", "locate", "locator", "needs", "number", "pattern", "source")

    def __init__(
        self, source: str, flags: int = 0, locate: bool = False, in_set: bool = True
    ) -> None:
        self.source = source
        self.flags = int(flags)
        self.locate = locate
        self.in_set = in_set
        self.pattern = compile_folded(source, flags)
        self.number = -1
        """Its pattern's number in the set; -1 while it has none."""
        self.locator: Locator | None = None
        """Where its over-approximation, compiled alone by RE2 with the set when ``locate``
        is asked for, first matches; ``None`` without one."""
        self.needs: tuple[str, ...] | None = None
        """Strings one of which every match contains (``literals``), found with the set;
        ``None`` before, or when the pattern has none."""
        _registered.append(self)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        seen = _seen(self, text)
        if seen is not None and self.number >= 0:
            if self.number not in seen.hits:
                return iter(())
        elif self.needs is not None and _lacks(text, self.needs, pos, endpos):
            return iter(())
        if seen is None or self.locator is None:
            return self.pattern.finditer(text, pos, endpos)
        return _leapfrog(self, seen, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        seen = _seen(self, text)
        if seen is not None and self.number >= 0:
            if self.number not in seen.hits:
                return None
        elif self.needs is not None and _lacks(text, self.needs, pos, endpos):
            return None
        if seen is not None and self.locator is not None:
            return _next_match(self, seen, pos, endpos)
        return self.pattern.search(text, pos, endpos)


def may_match(patterns: Sequence[object], text: str) -> list[bool]:
    """For each of ``patterns``: can it match ``text``? ``False`` only for a ``Prefiltered``
    pattern that the set rules out. A rule with many phrases asks once for all of them, rather
    than searching for each (most templates hold none)."""
    seen = _lookup(text) if _set is not None or _waiting else None
    if seen is None:
        return [True] * len(patterns)
    hits = seen.hits
    return [not isinstance(p, Prefiltered) or p.number < 0 or p.number in hits for p in patterns]


def which_may_match(patterns: Sequence[object], text: str) -> list[int]:
    """The indices of the ``patterns`` that ``may_match`` says can match ``text``, in order,
    read from the set's few hits rather than pattern by pattern: for a rule with many phrases,
    most of which a template holds none of. Give the same tuple each time: what it needs of
    its patterns is kept until the set is built again."""
    seen = _lookup(text) if _set is not None or _waiting else None
    if seen is None:
        return list(range(len(patterns)))
    always, by_number = _numbered(patterns)
    found = [i for number in seen.hits for i in by_number.get(number, ())]
    return sorted(always + found) if always else sorted(found)


def _numbered(patterns: Sequence[object]) -> tuple[list[int], dict[int, list[int]]]:
    """The indices of ``patterns`` the set cannot rule out, and the others' by set number."""
    kept = _numbering.get(id(patterns))
    if kept is not None and kept[0] is patterns:
        return kept[1], kept[2]
    always: list[int] = []
    by_number: dict[int, list[int]] = {}
    for i, p in enumerate(patterns):
        if isinstance(p, Prefiltered) and p.number >= 0:
            by_number.setdefault(p.number, []).append(i)
        else:
            always.append(i)
    if isinstance(patterns, tuple):  # a list could change
        _numbering[id(patterns)] = (patterns, always, by_number)
    return always, by_number


_numbering: dict[int, tuple[Sequence[object], list[int], dict[int, list[int]]]] = {}
"""``_numbered``'s answers for the current set, by the id of the tuple of patterns."""


def located(source: str, flags: int = 0) -> Prefiltered:
    """``compile_folded(source, flags)``, each search starting where RE2 finds the next match
    of its over-approximation (as ``prefiltered(..., locate=True)``), but left out of the set:
    for patterns that match most texts, where a place in the set would skip nothing and make
    the set's pass over every text slower."""
    return Prefiltered(source, flags, locate=True, in_set=False)


def gated(source: str, flags: int = 0) -> Prefiltered:
    """``compile_folded(source, flags)``, searched only in texts holding one of the strings
    that every match contains (``literals``; ``manager`` or ``recruitment`` for
    ``hiring\\s+managers?|recruitment\\s+consultants?``). For patterns left out of the set that
    most texts cannot match, ``re2`` installed or not. Every ``Prefiltered`` pattern is gated
    so while there is no set."""
    return Prefiltered(source, flags, in_set=False)


def prefiltered(source: str, flags: int = 0, locate: bool = False) -> Prefiltered:
    """``compile_folded(source, flags)``, searched only where the text may hold a match.

    With ``locate``, each search also starts where RE2 finds the next match of the pattern's
    over-approximation. That pays for patterns that CPython tries at most words (many
    alternatives, lookbehinds, words before the phrase: a search costs 10-40 us a template),
    and costs a few microseconds more than it saves for a phrase with a literal start, which
    CPython already finds fast."""
    return Prefiltered(source, flags, locate)


class _Seen:
    """A text the set has scanned: the numbers of the patterns that may match it, and the
    text in UTF-8 for the locators. (A plain class: a NamedTuple costs every run, pre-commit's
    one-template runs included, 0.1 ms to define.)"""

    __slots__ = ("ascii", "data", "hits", "text")

    def __init__(self, text: str, hits: frozenset[int], data: bytes) -> None:
        self.text = text
        self.hits = hits
        self.data = data
        self.ascii = len(data) == len(text)


_registered: list[Prefiltered] = []
_set: Any = None
"""The ``re2.Set``, once built; ``None`` before, or when there is none (no re2, it failed)."""
_waiting = True
"""Counting texts until ``BUILD_AFTER``, when the set is built or found impossible."""
_texts = 0
_recent: list[tuple[str, _Seen | None]] = []
"""The last two texts searched and the set's answer for each (``None``: search everything)."""

_SENTINEL = 0
"""The set's first pattern matches every text: an answer without it is a failure."""


def _seen(p: Prefiltered, text: str) -> _Seen | None:
    """The set's answer for ``text``; ``None`` when ``p`` must simply be searched."""
    if p.number < 0 and p.locator is None and not _waiting:
        return None
    seen = _lookup(text)
    return seen if p.number >= 0 or p.locator is not None else None


def _lookup(text: str) -> _Seen | None:
    for recent, seen in _recent:
        if recent is text:
            return seen
    seen = _scan(text)
    _recent.insert(0, (text, seen))
    del _recent[2:]
    return seen


def _scan(text: str) -> _Seen | None:
    """``text`` with the numbers of the patterns whose over-approximation matches it; ``None``
    when there is no set (yet) or RE2 could not answer."""
    global _texts
    if _waiting:
        _texts += 1
        if _texts >= BUILD_AFTER:
            build()
    if _set is None:
        return None
    try:
        data = text.encode("utf-8")
        found = _set.Match(data)
    except Exception:  # noqa: BLE001 - a lone surrogate, or RE2 failing: search everything
        return None
    if not found or _SENTINEL not in found:  # RE2 gave up (its DFA ran out of memory)
        return None
    return _Seen(text, frozenset(found), data)


def _lacks(text: str, needs: tuple[str, ...], pos: int, endpos: int) -> bool:
    """Does ``text[pos:endpos]`` hold none of ``needs``? (Where a match can be, as ``re``
    clamps ``pos`` and ``endpos``: ``str.find`` reads negative ones from the end.)"""
    if pos <= 0 and endpos >= len(text):
        return all(needed not in text for needed in needs)
    pos, endpos = max(pos, 0), max(endpos, 0)
    return all(text.find(needed, pos, endpos) < 0 for needed in needs)


def _locate(locator: Any, seen: _Seen, pos: int, endpos: int) -> int | None:
    """Where the first match of ``locator`` in ``seen.text[pos:endpos]`` starts (as a
    character offset), ``None`` when there is none: the pattern it approximates cannot match
    before that offset, since its every match is a match of the approximation."""
    text, data = seen.text, seen.data
    size = len(text)
    pos = min(max(pos, 0), size)
    endpos = min(max(endpos, 0), size)
    if pos > endpos:
        return pos
    if seen.ascii:
        first, last = pos, endpos
    else:
        first = len(text[:pos].encode("utf-8"))
        last = len(data) if endpos == size else len(text[:endpos].encode("utf-8"))
    try:
        start: int = locator(data, first, last)
    except Exception:  # noqa: BLE001 - RE2 failing: search from where the caller asked
        return pos
    if start < 0:
        return None
    return start if seen.ascii else len(data[:start].decode("utf-8"))


def _leapfrog(p: Prefiltered, seen: _Seen, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """``p.pattern.finditer``, each search starting where the locator finds the next possible
    match. A match ends where the next search starts, as in ``finditer``; no match is empty (a
    locator is made only for approximations that cannot match the empty string)."""
    while True:
        m = _next_match(p, seen, pos, endpos)
        if m is None:
            return
        yield m
        pos = m.end()


ANCHORED_TRIES = 2
"""Places where the locator finds a possible match that are tried one by one before the
pattern is searched for from the next one. Measured over 3,334 generated templates: no tries
(a search from the first place) 397 us a template, one 380, two 378, three 384."""


def _next_match(p: Prefiltered, seen: _Seen, pos: int, endpos: int) -> re.Match[str] | None:
    """``p.pattern.search(seen.text, pos, endpos)``, found where the locator says a match can
    start. The pattern is tried at each such place in turn (``match``: one attempt, where a
    search that fails there would run on to the end of the text); after ``ANCHORED_TRIES``
    places it is searched for from the next one. A match starts where its approximation's does,
    so no place between is skipped, and ``match`` at a place is what ``search`` finds there."""
    pattern, text = p.pattern, seen.text
    for _ in range(ANCHORED_TRIES):
        start = _locate(p.locator, seen, pos, endpos)
        if start is None:
            return None
        m = pattern.match(text, start, endpos)
        if m is not None:
            return m
        pos = start + 1
    start = _locate(p.locator, seen, pos, endpos)
    return None if start is None else pattern.search(text, start, endpos)


def build() -> bool:
    """Find every pattern's required strings, and compile the set now (if ``google-re2`` is
    installed); ``True`` when the set is on."""
    global _set, _waiting
    reset()
    _waiting = False
    analyses = _analyses(_registered)
    for p, (needs, _greedy, _lazy) in zip(_registered, analyses, strict=True):
        p.needs = needs
    try:
        import re2  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return False
    try:
        options = re2.Options()
        options.max_mem = MAX_MEM
        options.log_errors = False  # RE2 would write "DFA out of memory" to the user's stderr
        made = re2.Set.SearchSet(options)
        if made.Add("") != _SENTINEL:
            return False
        numbers, locators = [], []
        anchor = _unanchored(re2)
        for p, (_needs, greedy, lazy) in zip(_registered, analyses, strict=True):
            number, locator = -1, None
            if greedy is not None and lazy is not None:
                if p.in_set:
                    number = made.Add(greedy)
                if p.locate:
                    locator = _locator(re2, lazy, MAX_MEM // 2, anchor)
            numbers.append(number)
            locators.append(locator)
        made.Compile()
    except Exception:  # noqa: BLE001 - an unexpected re2: search everything
        return False
    for p, number, locator in zip(_registered, numbers, locators, strict=True):
        p.number = number
        p.locator = locator
    _set = made
    return True


Analysis = tuple[tuple[str, ...] | None, str | None, str | None]
"""A pattern's required strings (``literals``) and its over-approximations, greedy and lazy
(``approximate``); ``None`` for what it has none of."""

ANALYSES_FILE = "prefilter-analyses.marshal"
_analyses_file: str | None = cache_file(ANALYSES_FILE)
"""Where the analyses of the patterns are kept between runs (``patterns.cache_file``);
``None``: nowhere, each build makes them all."""


def _analyses(registered: Sequence[Prefiltered]) -> list[Analysis]:
    """Each pattern's ``Analysis``, from the file where the last build left them when they
    were made by the same code. Making them parses every pattern again (about 40 ms for the
    built-in rules', a tenth of a run over 1,000 templates); the file is rewritten when a
    pattern was new."""
    stamp = _code_stamp() if _analyses_file is not None else None
    kept: dict[tuple[str, int], Analysis] = {}
    if stamp is not None and _analyses_file is not None:
        data = load_marshal(_analyses_file)
        if isinstance(data, tuple) and len(data) == 2 and data[0] == stamp:
            kept = data[1]
    found = [kept.get((p.source, p.flags)) or _analyse(p) for p in registered]
    if stamp is not None and _analyses_file is not None:
        made = {(p.source, p.flags): a for p, a in zip(registered, found, strict=True)}
        if made.keys() - kept.keys():
            save_marshal(_analyses_file, (stamp, made))
    return found


def _analyse(p: Prefiltered) -> Analysis:
    from outreach_lint.approximate import folded_tree, over_approximations
    from outreach_lint.literals import required_literals

    tree = folded_tree(p.source, p.flags)
    if tree is None:
        return (None, None, None)
    approximations = over_approximations(p.source, p.flags, tree)
    if approximations is None:
        return (required_literals(tree), None, None)
    return (required_literals(tree), approximations.greedy, approximations.lazy)


def _code_stamp() -> str | None:
    """The interpreter and the code that makes the analyses: kept analyses made by other code
    are made again. ``None`` when that code cannot be read (then nothing is kept)."""
    import hashlib

    h = hashlib.blake2b(sys.version.encode(), digest_size=16)
    here = os.path.dirname(os.path.abspath(__file__))
    for module in ("approximate.py", "literals.py", "fold.py", "sre.py", "prefilter.py"):
        try:
            with open(os.path.join(here, module), "rb") as f:
                h.update(f.read())
        except OSError:
            return None
    return h.hexdigest()


def _locator(re2: Any, approximation: str, max_mem: int, anchor: Any) -> Locator | None:
    """The approximation compiled alone, to find where a match can start (its repeats lazy,
    so that RE2 stops at the first place a match can end); ``None`` when it matches the empty
    string: its pattern then may too, and ``_leapfrog`` needs matches that move on. When its
    DFA runs out of memory, RE2 finds the match another way (slower, the same answer)."""
    options = re2.Options()
    options.max_mem = max_mem
    options.log_errors = False
    compiled = re2.compile(approximation.encode("utf-8"), options)
    if compiled.search(b"") is not None:
        return None
    raw = getattr(compiled, "_regexp", None)
    if raw is not None and anchor is not None:
        match = raw.Match

        def start_of_match(data: bytes, first: int, last: int) -> int:
            start: int = match(anchor, data, first, last)[0][0]
            return start

        return start_of_match
    search = compiled.search

    def start_of_search(data: bytes, first: int, last: int) -> int:
        m = search(data, first, last)
        return -1 if m is None else int(m.start())

    return start_of_search


def _unanchored(re2: Any) -> Any:
    """The argument that makes google-re2's own match call search, where it answers as this
    code reads it (a list of spans, the first ``(-1, -1)`` for no match); else ``None``, and
    locators go through ``search``, which also builds a match object in Python (0.9 us of a
    locator's 2.4 us, measured warm; a template asks locators 8 times)."""
    try:
        anchor = re2._Anchor.UNANCHORED
        probe = re2.compile(b"b")._regexp
        if probe.Match(anchor, b"abab", 2, 4)[0] == (3, 4) and probe.Match(anchor, b"abab", 2, 3)[
            0
        ] == (-1, -1):
            return anchor
    except Exception:  # noqa: BLE001 - another google-re2: the public API
        pass
    return None


def prepare() -> None:
    """Build the set now if it is still to be built: a run about to fork its workers builds
    it once, and every worker inherits it instead of building its own."""
    if _waiting:
        build()


def re2_version() -> str | None:
    """The installed ``google-re2``'s version, ``None`` when there is none."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("google-re2")
    except PackageNotFoundError:
        return None


def reset() -> None:
    """Forget the set: it is built again after ``BUILD_AFTER`` more texts."""
    global _set, _waiting, _texts
    _set, _waiting, _texts = None, True, 0
    _recent.clear()
    _numbering.clear()
    for p in _registered:
        p.number = -1
        p.locator = None
        p.needs = None


def disable() -> None:
    """Never build the set in this process: every search runs its pattern."""
    global _waiting
    reset()
    _waiting = False
