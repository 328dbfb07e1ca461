"""Tell the regex engine which characters a match can start with, so ``search`` skips the rest.

CPython's engine scans fast only when a compiled pattern's info block names a literal prefix or
a set of first characters; it finds neither behind a leading ``\\b``, a lookbehind, or a
letter under ``re.IGNORECASE``. A phrase pattern such as ``\\b(?:rock\\s*stars?)\\b`` is then
tried at every position of the text, opcode by opcode: 25 times slower than searching for
``rockstar``. ``with_first_chars`` recomputes the set from the parsed pattern, looking through
zero-width assertions and expanding case-insensitive letters to every character that matches
them, and writes it into the info block. The engine checks the whole pattern, assertions
included, at each candidate position, so the matches are exactly those of ``re.compile``.

Where every match starts with the same characters after its assertions (``\\bfoo``, in a
case-sensitive pattern), the info block names them as a literal prefix instead.

When the pattern can match the empty string, or can start with a character class too broad to
list (a negated set, ``.``), the code is returned unchanged.

The alternations inside a pattern are rewritten first (``hoist``), so that their alternatives
start with a character too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from outreach_lint import sre
from outreach_lint.sre import ASCII as _ASCII
from outreach_lint.sre import ATOMIC as _ATOMIC
from outreach_lint.sre import IGNORECASE as _IGNORECASE
from outreach_lint.sre import LOCALE as _LOCALE
from outreach_lint.sre import MULTILINE as _MULTILINE
from outreach_lint.sre import REPEATS as _REPEATS
from outreach_lint.sre import UNICODE as _UNICODE

_c: Any = sre.compiler
_k: Any = sre.constants
_sre: Any = sre.engine

MAX_RANGE = 256
"""A case-insensitive range longer than this is not expanded: no set is written."""

_ASCII_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}
"""The characters ``re.IGNORECASE`` matches for an ASCII letter, where they are more than the
letter's two cases (Unicode's dotted and dotless I, the Kelvin sign, the long s)."""


class Unlisted(Exception):
    """The pattern can start with a character this module does not list."""


def with_first_chars(code: list[int], parsed: Any, flags: int) -> list[int]:
    """``code`` (from the regex compiler's ``_code(parsed, flags)``) with a first-character set
    in its info block, when the engine found none and one can be listed."""
    if _c is None or flags & _LOCALE or not code or code[0] != _k.INFO:
        return code
    mask = code[2]
    if mask & (_k.SRE_INFO_PREFIX | _k.SRE_INFO_CHARSET | _k.SRE_INFO_LITERAL) or code[3] == 0:
        return code
    flags |= parsed.state.flags
    prefix = _literal_prefix(parsed, flags)
    if prefix:
        info = [_k.INFO, 0, mask | _k.SRE_INFO_PREFIX, code[3], code[4], len(prefix), 0]
        info += prefix + _c._generate_overlap_table(prefix)
        info[1] = len(info) - 1
        return info + code[code[1] + 1 :]
    try:
        chars, nullable = first(parsed, flags)
    except Unlisted:
        return code
    if nullable or not chars:
        return code
    items = [(_k.LITERAL, c) for c in sorted(c for c in chars if c >= 0)]
    items += [(_k.CATEGORY, _CATEGORIES[-c - 1]) for c in sorted(c for c in chars if c < 0)]
    charset, _ = _c._optimize_charset(items)
    info = [_k.INFO, 0, mask | _k.SRE_INFO_CHARSET, code[3], code[4]]
    _c._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1 :]


def _literal_prefix(parsed: Any, flags: int) -> list[int]:
    """The case-sensitive characters every match starts with, after its leading assertions.
    The engine finds them as fast as ``str.find`` and then checks the whole pattern (a prefix
    "skip" of 0), assertions included, where they occur."""
    data = parsed.data
    lead = 0
    while lead < len(data) and data[lead][0] in (_k.AT, _k.ASSERT, _k.ASSERT_NOT):
        if data[lead][0] is _k.AT and data[lead][1] in (_k.AT_BEGINNING, _k.AT_BEGINNING_STRING):
            return []  # tried at the start only
        lead += 1
    prefix = []
    for op, av in data[lead:]:
        if op is not _k.LITERAL or (flags & _IGNORECASE and _sre.unicode_iscased(av)):
            break
        prefix.append(av)
    return prefix


def first(items: Iterable[tuple[Any, Any]], flags: int) -> tuple[set[int], bool]:
    """The characters a match of the sequence ``items`` can start with (code points, and
    categories as negative numbers), and whether it can match the empty string."""
    chars: set[int] = set()
    for op, av in items:
        if op is _k.AT and (
            av is _k.AT_BEGINNING_STRING or (av is _k.AT_BEGINNING and not flags & _MULTILINE)
        ):
            raise Unlisted  # the engine tries such a pattern at the start only
        if op is _k.AT or op is _k.ASSERT or op is _k.ASSERT_NOT:
            continue  # zero width: checked by the engine at each candidate
        if op is _k.LITERAL:
            chars |= variants(av, flags)
            return chars, False
        if op is _k.IN:
            chars |= _in_chars(av, flags)
            return chars, False
        if op is _k.SUBPATTERN:
            _, add, remove, sub = av
            if (add | remove) & (_ASCII | _UNICODE | _LOCALE):
                raise Unlisted  # categories compiled differently inside
            more, nullable = first(sub, (flags | add) & ~remove)
        elif op is _k.BRANCH:
            more, nullable = set(), False
            for alternative in av[1]:
                alt_chars, alt_nullable = first(alternative, flags)
                more |= alt_chars
                nullable = nullable or alt_nullable
        elif op in _REPEATS:
            low, _, sub = av
            more, nullable = first(sub, flags)
            nullable = nullable or low == 0
        elif op is _ATOMIC:
            more, nullable = first(av, flags)
        else:
            raise Unlisted
        chars |= more
        if not nullable:
            return chars, False
    return chars, True


def is_word(char: int, flags: int) -> bool:
    text = chr(char)
    if flags & _ASCII and char >= 128:
        return False
    return text.isalnum() or text == "_"


def variants(char: int, flags: int) -> set[int]:
    """The text characters that match the pattern character ``char``."""
    if not flags & _IGNORECASE or not _sre.unicode_iscased(char):
        return {char}
    if char < 128:
        text = chr(char).lower()
        return {ord(c) for c in _ASCII_FOLDS.get(text, text + text.upper())}
    raise Unlisted


def _in_chars(items: list[tuple[Any, Any]], flags: int) -> set[int]:
    chars: set[int] = set()
    for op, av in items:
        if op is _k.LITERAL:
            chars |= variants(av, flags)
        elif op is _k.RANGE:
            low, high = av
            if high - low > MAX_RANGE:
                raise Unlisted
            for char in range(low, high + 1):
                chars |= variants(char, flags)
        elif op is _k.CATEGORY and av in _CATEGORIES:
            chars.add(-_CATEGORIES.index(av) - 1)
        else:  # NEGATE, a negated category: too broad to list
            raise Unlisted
    return chars


_CATEGORIES: tuple[Any, ...] = (
    ()
    if _k is None
    else (_k.CATEGORY_DIGIT, _k.CATEGORY_WORD, _k.CATEGORY_SPACE, _k.CATEGORY_LINEBREAK)
)
"""Categories a first character may belong to (``\\d``, ``\\w``, ``\\s``); in the set of
first characters, category *i* is stored as the number ``-i - 1``. These categories hold every
case of the letters they hold, so ``re.IGNORECASE`` leaves them as they are."""
