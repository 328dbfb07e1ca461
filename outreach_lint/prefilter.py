"""One pass over a text tells which of the widest phrase patterns cannot match it at all.

A few rules match long families of phrases ("are you open to new opportunities", "your
current salary", ...). CPython's regex engine backtracks: it tries such a pattern at nearly
every word of a template, and those few patterns cost more than all the others together. Most
templates contain none of their phrases.

With the optional ``google-re2`` package installed (``pip install 'outreach-lint[re2]'``), a
run that reads many templates compiles, once per process, an *over-approximation* of every
``Prefiltered`` pattern into one ``re2.Set``: the same pattern with its assertions (``\\b``,
``^``, lookarounds) dropped and its character classes widened, so it matches wherever the
original matches, and more. RE2 runs all of them over a text in one pass of a DFA (a few
microseconds for a template). A pattern the set reports absent cannot match that text, and its
search is skipped; every other search runs the original pattern, so results are exactly those
of the pattern alone. Without ``google-re2``, for small runs, and whenever RE2 fails, every
search simply runs the pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

from outreach_lint import fold, sre
from outreach_lint.patterns import compile_folded

_k: Any = sre.constants

BUILD_AFTER = 64
"""The set is built when this many different texts have been searched in one process: a
pre-commit run over a few templates never pays for importing and compiling it."""

MAX_MEM = 16 << 20
"""RE2's memory budget for the set (its program and the DFA states it caches as texts come).
Measured over 10,000 generated templates: with RE2's default, 8 MB, the scans took a third
longer; a larger budget than 16 MB made no difference, and memory did not grow measurably
from the 1,000th template to the 10,000th."""


class Prefiltered:
    """A compiled pattern (``pattern``, meant for ``Message.folded``) whose searches are skipped
    on texts where the set of over-approximations finds it absent."""

    __slots__ = ("flags", "number", "pattern", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = int(flags)
        self.pattern = compile_folded(source, flags)
        self.number = -1
        """Its pattern's number in the set; -1 while it has none."""
        _registered.append(self)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if _absent(self, text):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if _absent(self, text):
            return None
        return self.pattern.search(text, pos, endpos)


def prefiltered(source: str, flags: int = 0) -> Prefiltered:
    """``compile_folded(source, flags)``, searched only where the text may hold a match."""
    return Prefiltered(source, flags)


_registered: list[Prefiltered] = []
_set: Any = None
"""The ``re2.Set``, once built; ``None`` before, or when there is none (no re2, it failed)."""
_waiting = True
"""Counting texts until ``BUILD_AFTER``, when the set is built or found impossible."""
_texts = 0
_recent: list[tuple[str, frozenset[int] | None]] = []
"""The last two texts searched and the set's answer for each (``None``: search everything)."""

_SENTINEL = 0
"""The set's first pattern matches every text: an answer without it is a failure."""


def _absent(p: Prefiltered, text: str) -> bool:
    number = p.number
    if number < 0 and not _waiting:
        return False
    hits = _hits(text)
    return hits is not None and number >= 0 and number not in hits


def _hits(text: str) -> frozenset[int] | None:
    for seen, hits in _recent:
        if seen is text:
            return hits
    hits = _scan(text)
    _recent.insert(0, (text, hits))
    del _recent[2:]
    return hits


def _scan(text: str) -> frozenset[int] | None:
    """The numbers of the patterns whose over-approximation matches ``text``; ``None`` when
    there is no set (yet) or RE2 could not answer."""
    global _texts
    if _waiting:
        _texts += 1
        if _texts >= BUILD_AFTER:
            build()
    if _set is None:
        return None
    try:
        found = _set.Match(text.encode("utf-8"))
    except Exception:  # noqa: BLE001 - a lone surrogate, or RE2 failing: search everything
        return None
    if not found or _SENTINEL not in found:  # RE2 gave up (its DFA ran out of memory)
        return None
    return frozenset(found)


def build() -> bool:
    """Compile the set now (if ``google-re2`` is installed); ``True`` when it is on."""
    global _set, _waiting
    reset()
    _waiting = False
    try:
        import re2  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return False
    try:
        options = re2.Options()
        options.max_mem = MAX_MEM
        made = re2.Set.SearchSet(options)
        if made.Add("") != _SENTINEL:
            return False
        numbers = []
        for p in _registered:
            approximation = over_approximation(p.source, p.flags)
            numbers.append(-1 if approximation is None else made.Add(approximation))
        made.Compile()
    except Exception:  # noqa: BLE001 - an unexpected re2: search everything
        return False
    for p, number in zip(_registered, numbers, strict=True):
        p.number = number
    _set = made
    return True


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
    for p in _registered:
        p.number = -1


def disable() -> None:
    """Never build the set in this process: every search runs its pattern."""
    global _waiting
    reset()
    _waiting = False


# --- over-approximations in RE2 syntax ---------------------------------------------------------

_WIDE = {
    "CATEGORY_WORD": r"0-9A-Z_a-z\x{80}-\x{10ffff}",
    "CATEGORY_NOT_WORD": r"\x00-/:-@\[-\^`{-\x{10ffff}",
    "CATEGORY_SPACE": r"\t-\r \x1c-\x1f\x{80}-\x{10ffff}",
    "CATEGORY_NOT_SPACE": r"\x00-\x08\x0e-\x1b!-\x{10ffff}",
    "CATEGORY_DIGIT": r"0-9\x{80}-\x{10ffff}",
    "CATEGORY_NOT_DIGIT": r"\x00-/:-\x{10ffff}",
}
"""Each class escape as a superset of what it matches in Python: exact on ASCII, and every
character beyond (Python's ``\\w``, ``\\s`` and ``\\d`` are Unicode-wide, RE2's are ASCII)."""

_NARROW = {
    "CATEGORY_WORD": r"0-9A-Z_a-z",
    "CATEGORY_NOT_WORD": r"\x00-/:-@\[-\^`{-\x7f",
    "CATEGORY_SPACE": r"\t-\r \x1c-\x1f",
    "CATEGORY_NOT_SPACE": r"\x00-\x08\x0e-\x1b!-\x7f",
    "CATEGORY_DIGIT": r"0-9",
    "CATEGORY_NOT_DIGIT": r"\x00-/:-\x7f",
}
"""Each class escape as a subset of what it matches in Python (its ASCII part): inside a
negated set, whose complement must be a superset."""


class _Exact(Exception):
    """A part of the pattern with no over-approximation here (a back-reference...)."""


def over_approximation(source: str, flags: int = 0) -> str | None:
    """An RE2 pattern matching every text (folded by ``fold.fold_text``) in which
    ``compile_folded(source, flags)`` finds a match; ``None`` when none is made."""
    if sre.parser is None or not fold.available():
        return None
    flags |= sre.IGNORECASE
    try:
        parsed = sre.parser.parse(source, flags)
        fold.fold_pattern(parsed, flags | parsed.state.flags)
        return _sequence(parsed, bool((flags | parsed.state.flags) & re.DOTALL))
    except (_Exact, re.error, ValueError):
        return None


def _char(c: int) -> str:
    return f"\\x{{{c:x}}}"


def _set_of(items: list[tuple[Any, Any]]) -> str:
    negated = bool(items) and items[0][0] is _k.NEGATE
    classes = _NARROW if negated else _WIDE
    parts = []
    for op, av in items:
        if op is _k.NEGATE:
            continue
        if op is _k.LITERAL:
            parts.append(_char(av))
        elif op is _k.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _k.CATEGORY and str(av) in classes:
            parts.append(classes[str(av)])
        else:
            raise _Exact(op)
    if not parts:
        return r"[\x00-\x{10ffff}]" if negated else r"[^\x00-\x{10ffff}]"
    return "[" + ("^" if negated else "") + "".join(parts) + "]"


def _sequence(seq: Any, dotall: bool) -> str:
    out = []
    for op, av in seq.data if hasattr(seq, "data") else seq:
        if op is _k.LITERAL:
            out.append(_char(av))
        elif op is _k.NOT_LITERAL:
            out.append(f"[^{_char(av)}]")
        elif op is _k.ANY:
            out.append(r"[\x00-\x{10ffff}]" if dotall else r"[^\n]")
        elif op is _k.IN:
            out.append(_set_of(av))
        elif op is _k.BRANCH:
            out.append("(?:" + "|".join(_sequence(a, dotall) for a in av[1]) + ")")
        elif op is _k.SUBPATTERN:
            if (av[1] | av[2]) & re.DOTALL:
                raise _Exact("a part with its own DOTALL")
            out.append("(?:" + _sequence(av[3], dotall) + ")")
        elif op in sre.REPEATS:
            low, high, item = av
            # x{2,5} within x+, x{0,60} within x*: counted repeats multiply the DFA's states
            repeat = {(0, 1): "?", (1, 1): ""}.get((low, high), "*" if low == 0 else "+")
            out.append(f"(?:{_sequence(item, dotall)}){repeat}")
        elif op is sre.ATOMIC:
            out.append("(?:" + _sequence(av, dotall) + ")")
        elif op is _k.AT or op is _k.ASSERT or op is _k.ASSERT_NOT:
            continue  # dropped: the approximation matches wherever the original does, and more
        else:
            raise _Exact(op)
    return "".join(out)
