"""Case-folded matching: lower-case the text once, and match it with lower-case patterns.

With ``re.IGNORECASE`` the regex engine lower-cases every character it compares and cannot
search for a pattern's literal prefix; on text that is already lower case, a pattern without
the flag does neither, and a phrase list runs several times faster. ``fold_text`` lower-cases
a text as the engine does (character by character, so offsets are unchanged), and
``fold_pattern`` rewrites a parsed case-insensitive pattern into the case-sensitive one that
matches the folded text exactly where the original matches the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from outreach_lint import sre
from outreach_lint.sre import ASCII as _ASCII
from outreach_lint.sre import ATOMIC as _ATOMIC
from outreach_lint.sre import IGNORECASE as _IGNORECASE
from outreach_lint.sre import LOCALE as _LOCALE
from outreach_lint.sre import REPEATS as _REPEATS

_c: Any = sre.compiler
_k: Any = sre.constants
_sre: Any = sre.engine

MAX_RANGE = 1024
"""A case-insensitive character range longer than this is not folded."""


class NotFoldable(ValueError):
    """The pattern cannot be matched against folded text (it has case-sensitive parts)."""


def available() -> bool:
    """Is this interpreter's regex engine the one ``fold_pattern`` knows?"""
    return _sre is not None and bool(_extra_cases())


def fold_text(text: str) -> str:
    """``text`` lower-cased as ``re.IGNORECASE`` compares it, with the same length."""
    if text.isascii():
        return text.lower()
    lower = text.lower()
    if len(lower) == len(text):  # str.lower agrees with the engine but for equivalent letters
        return lower.translate(_equivalents()) if _equivalent().search(lower) else lower
    return "".join([_fold_str(c) for c in text])  # "İ" lower-cases to two characters


@lru_cache(maxsize=1)
def _equivalent() -> re.Pattern[str]:
    """Finds a letter that ``_equivalents`` changes (rare: translating is the slow part)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in _equivalents()) + "]")


@lru_cache(maxsize=1)
def _equivalents() -> dict[int, int]:
    """Each letter that ``re.IGNORECASE`` treats as equal to others (ı and i, ſ and s, ς and
    σ...) mapped to the one ``fold_char`` picks."""
    table = {}
    for char, others in _extra_cases().items():
        for c in (char, *others):
            if fold_char(c) != c:
                table[c] = fold_char(c)
    return table


@lru_cache(maxsize=4096)
def _fold_str(char: str) -> str:
    return chr(fold_char(ord(char)))


def fold_char(char: int) -> int:
    """The representative of the characters ``re.IGNORECASE`` treats as ``char``: a letter
    where there is one (Greek iota, not the combining mark U+0345 that folds with it, which
    a word pattern does not match), the lowest such."""
    lower = _sre.unicode_tolower(char) if _sre is not None else ord(chr(char).lower()[0])
    return min((lower, *_extra_cases().get(lower, ())), key=_letters_first)


def _letters_first(char: int) -> tuple[bool, int]:
    return not chr(char).isalnum(), char


def _extra_cases() -> dict[int, tuple[int, ...]]:
    cases = getattr(_c, "_EXTRA_CASES", None) or getattr(_c, "_ignorecase_fixes", None)
    return cases or {}


def fold_pattern(sequence: Any, flags: int) -> None:
    """Rewrite the parsed pattern ``sequence`` (parsed with ``re.IGNORECASE``) in place into
    one for folded text; raise ``NotFoldable`` when it cannot be."""
    if flags & (_LOCALE | _ASCII):
        raise NotFoldable("only Unicode patterns can be folded")
    data = sequence.data
    for i, (op, av) in enumerate(data):
        if op is _k.LITERAL or op is _k.NOT_LITERAL:
            data[i] = (op, fold_char(av))
        elif op is _k.IN:
            data[i] = (op, _fold_set(av))
        elif op is _k.BRANCH:
            for alternative in av[1]:
                fold_pattern(alternative, flags)
        elif op is _k.SUBPATTERN:
            if (av[1] | av[2]) & (_IGNORECASE | _LOCALE | _ASCII):
                raise NotFoldable("a part of the pattern has its own case rule")
            fold_pattern(av[3], flags)
        elif op in _REPEATS:
            fold_pattern(av[2], flags)
        elif op is _k.ASSERT or op is _k.ASSERT_NOT:
            fold_pattern(av[1], flags)
        elif op is _ATOMIC:
            fold_pattern(av, flags)
        elif op is not _k.AT and op is not _k.ANY:
            raise NotFoldable(f"cannot fold {op}")  # back-references, conditionals


def _fold_set(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _k.LITERAL:
            out.append((op, fold_char(av)))
        elif op is _k.RANGE:
            low, high = av
            if high - low > MAX_RANGE:
                raise NotFoldable("a character range too long to fold")
            out.extend(sorted({(_k.LITERAL, fold_char(c)) for c in range(low, high + 1)}))
        elif op is _k.NEGATE or op is _k.CATEGORY:
            out.append((op, av))  # categories hold every case of their letters
        else:
            raise NotFoldable(f"cannot fold {op} in a set")
    return out
