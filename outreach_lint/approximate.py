"""Over-approximations of Python patterns in RE2 syntax, for the prefilter.

An over-approximation matches every text the pattern matches, and more: it is the pattern
parsed by ``sre``, folded as ``compile_folded`` folds it, with its assertions (``\\b``, ``^``,
lookarounds) dropped, its character classes widened to what Python's Unicode classes hold and
its counted repeats widened to ``*`` or ``+`` (counted repeats multiply the DFA's states).
Parts with no such approximation here (back-references, a part with its own ``DOTALL``) make
the whole pattern have none.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from outreach_lint import fold, sre

_k: Any = sre.constants

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


class Approximations(NamedTuple):
    """A pattern's over-approximation in RE2 syntax, twice: ``lazy`` has lazy repeats (the
    same texts match, and the first match starts at the same place, but RE2 can stop at the
    first place a match can end)."""

    greedy: str
    lazy: str


def folded_tree(source: str, flags: int = 0) -> Any:
    """``compile_folded(source, flags)``'s pattern as ``sre`` parses it, folded; ``None``
    when this interpreter has no such parser or the pattern cannot be folded."""
    if sre.parser is None or not fold.available():
        return None
    flags |= sre.IGNORECASE
    try:
        parsed = sre.parser.parse(source, flags)
        fold.fold_pattern(parsed, flags | parsed.state.flags)
    except (re.error, ValueError):
        return None
    return parsed


def over_approximations(source: str, flags: int = 0, tree: Any = None) -> Approximations | None:
    """RE2 patterns matching every text (folded by ``fold.fold_text``) in which
    ``compile_folded(source, flags)`` finds a match, and more; ``None`` when none is made.
    ``tree``: the pattern's ``folded_tree``, when the caller has it."""
    parsed = folded_tree(source, flags) if tree is None else tree
    if parsed is None:
        return None
    dotall = bool((flags | parsed.state.flags) & re.DOTALL)
    try:
        return Approximations(_sequence(parsed, dotall), _sequence(parsed, dotall, lazy=True))
    except _Exact:
        return None


def _char(c: int) -> str:
    """The character ``c`` in RE2's syntax: an ASCII letter or digit as itself, anywhere in a
    pattern; any other character escaped. (Escaping every one made the approximations five
    times as long as their phrases, 1.2 MB for the built-in rules', and RE2 then spent 9 ms of
    a large run's start reading them, and loading them from the analyses file took 5 ms.)"""
    return chr(c) if c < 128 and chr(c).isalnum() else f"\\x{{{c:x}}}"


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


def _sequence(seq: Any, dotall: bool, lazy: bool = False) -> str:
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
            out.append("(?:" + "|".join(_sequence(a, dotall, lazy) for a in av[1]) + ")")
        elif op is _k.SUBPATTERN:
            if (av[1] | av[2]) & re.DOTALL:
                raise _Exact("a part with its own DOTALL")
            out.append("(?:" + _sequence(av[3], dotall, lazy) + ")")
        elif op in sre.REPEATS:
            low, high, item = av
            # x{2,5} within x+, x{0,60} within x*: counted repeats multiply the DFA's states
            repeat = {(0, 1): "?", (1, 1): ""}.get((low, high), "*" if low == 0 else "+")
            if lazy and repeat:
                repeat += "?"
            out.append(f"(?:{_sequence(item, dotall, lazy)}){repeat}")
        elif op is sre.ATOMIC:
            out.append("(?:" + _sequence(av, dotall, lazy) + ")")
        elif op is _k.AT or op is _k.ASSERT or op is _k.ASSERT_NOT:
            continue  # dropped: the approximation matches wherever the original does, and more
        else:
            raise _Exact(op)
    return "".join(out)
