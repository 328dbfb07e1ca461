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

Inside a pattern, an alternation (``a|b|c``) tries each alternative in turn, skipping at once
those whose first opcode is a literal or a set that the next character fails; a leading
``\\b``, a lookbehind or an ``re.IGNORECASE`` letter defeats that test too. ``hoist``
rewrites the parsed pattern so that each alternative starts with its first character, as a
case-sensitive set of all its cases, followed by the assertions that stood before it, each now
a lookbehind one character longer: the alternative ``\\bdigital`` becomes
``[dD](?<!\\w[\\s\\S])igital``, which matches exactly the same text. Alternatives that start
with the same character are then tried as one (``cat|cow`` as ``c(?:at|ow)``), where that
cannot change which alternative matches first. (The letters that ``re.IGNORECASE`` also
matches beyond Latin-1, i, k and s, are left as they are: their sets compile to large tables.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
_parser: Any = sre.parser
_sre: Any = sre.engine

MAX_RANGE = 256
"""A case-insensitive range longer than this is not expanded: no set is written."""

_ASCII_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}
"""The characters ``re.IGNORECASE`` matches for an ASCII letter, where they are more than the
letter's two cases (Unicode's dotted and dotless I, the Kelvin sign, the long s)."""


class _Unknown(Exception):
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
        chars, nullable = _first(parsed, flags)
    except _Unknown:
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


def _first(items: Iterable[tuple[Any, Any]], flags: int) -> tuple[set[int], bool]:
    """The characters a match of the sequence ``items`` can start with (code points, and
    categories as negative numbers), and whether it can match the empty string."""
    chars: set[int] = set()
    for op, av in items:
        if op is _k.AT and (
            av is _k.AT_BEGINNING_STRING or (av is _k.AT_BEGINNING and not flags & _MULTILINE)
        ):
            raise _Unknown  # the engine tries such a pattern at the start only
        if op is _k.AT or op is _k.ASSERT or op is _k.ASSERT_NOT:
            continue  # zero width: checked by the engine at each candidate
        if op is _k.LITERAL:
            chars |= _variants(av, flags)
            return chars, False
        if op is _k.IN:
            chars |= _in_chars(av, flags)
            return chars, False
        if op is _k.SUBPATTERN:
            _, add, remove, sub = av
            if (add | remove) & (_ASCII | _UNICODE | _LOCALE):
                raise _Unknown  # categories compiled differently inside
            more, nullable = _first(sub, (flags | add) & ~remove)
        elif op is _k.BRANCH:
            more, nullable = set(), False
            for alternative in av[1]:
                alt_chars, alt_nullable = _first(alternative, flags)
                more |= alt_chars
                nullable = nullable or alt_nullable
        elif op in _REPEATS:
            low, _, sub = av
            more, nullable = _first(sub, flags)
            nullable = nullable or low == 0
        elif op is _ATOMIC:
            more, nullable = _first(av, flags)
        else:
            raise _Unknown
        chars |= more
        if not nullable:
            return chars, False
    return chars, True


def hoist(sequence: Any, flags: int, alternative: bool = False) -> None:
    """Rewrite the parsed ``sequence`` in place so that the alternatives of its alternations
    start with a case-sensitive character, and alternatives that start with the same one are
    tried together (see the module's documentation)."""
    if _c is None or flags & _LOCALE:
        return
    data = sequence.data
    if alternative:
        lead = 0
        while lead < len(data) and _movable(data[lead]):
            lead += 1
        if lead < len(data) and data[lead][0] is _k.LITERAL:
            char = data[lead][1]
            first = _first_char(char, flags, sequence.state)
            after = [_after_one_char(z, char, flags, sequence.state) for z in data[:lead]]
            if first is not None and all(z is not None for z in after):
                data[: lead + 1] = [first, *after]
    for i, (op, av) in enumerate(data):
        if op is _k.BRANCH:
            data[i] = (op, (av[0], _alternatives(av[1], flags, sequence.state)))
        elif op is _k.SUBPATTERN:
            _, add, remove, sub = av
            hoist(sub, (flags | add) & ~remove)
        elif op in _REPEATS:
            hoist(av[2], flags)
        elif op is _k.ASSERT or op is _k.ASSERT_NOT:
            hoist(av[1], flags)


def _alternatives(alternatives: list[Any], flags: int, state: Any) -> list[Any]:
    """The alternatives of an alternation, hoisted, those with the same first character merged
    into one: ``cat|dog|cow`` is tried as ``c(?:at|ow)|dog``. An alternative moves up past
    others only when they cannot match where it can (they start with other characters), so at
    any position the alternatives that can match are tried in the same order."""
    alternatives = _share_boundaries(_distribute(alternatives, state), state)
    for alternative in alternatives:
        hoist(alternative, flags, alternative=True)
    groups: list[tuple[frozenset[int] | None, list[Any], frozenset[int] | None]] = []
    for alternative in alternatives:
        lead = _leading_chars(alternative)
        target = None
        if lead is not None:
            for index in range(len(groups) - 1, -1, -1):
                group_lead, _, group_first = groups[index]
                if group_lead == lead:
                    target = index
                    break
                if group_first is None or group_first & lead:
                    break
        if target is not None:
            groups[target][1].append(alternative)
        else:
            groups.append((lead, [alternative], lead or _first_or_none(alternative, flags)))
    if len(groups) == len(alternatives):
        return alternatives
    merged = []
    for _, group, _ in groups:
        if len(group) == 1:
            merged.append(group[0])
            continue
        merged.append(_factor(group, state, lambda rests: _alternatives(rests, flags, state)))
    return merged


MAX_SPREAD = 256
"""The most alternatives an alternation may gain from spreading (``_distribute``)."""
MAX_COPIED = 512
"""The most pattern items spreading one alternative may copy: copying long rests (``(?:I|we)
\\s+...`` followed by a whole sentence's pattern) made the code four times as large, slower to
compile and to load from the cache, for no gain."""


def _distribute(alternatives: list[Any], state: Any) -> list[Any]:
    """Alternatives that start with a group of alternatives spread into one alternative each:
    ``(?:sales|account)\\s+lead|data\\s+lead`` becomes ``sales\\s+lead|account\\s+lead|
    data\\s+lead``, so that each starts with its own character and can join the others that start
    with it. The engine tries ``(?:a|b)x`` as ``ax``, then ``bx``: the same order. Only a plain
    group (no capture, no flags) is spread; the rest of the alternative is copied into each."""
    out: list[Any] = []
    for alternative in alternatives:
        inner = _leading_alternatives(alternative)
        rest = alternative.data[1:]
        if (
            inner is None
            or len(out) + len(inner) > len(alternatives) + MAX_SPREAD
            or (len(inner) - 1) * _size(rest) > MAX_COPIED
        ):
            out.append(alternative)
            continue
        spread = [
            _parser.SubPattern(state, [*choice.data, *_copy(rest, state)]) for choice in inner
        ]
        out.extend(_distribute(spread, state))
    return out


def _size(value: Any) -> int:
    """How many items of parsed pattern code ``value`` holds."""
    if isinstance(value, _parser.SubPattern):
        return _size(value.data)
    if isinstance(value, (list, tuple)):
        return sum(map(_size, value)) + (isinstance(value, tuple) and len(value) == 2)
    return 0


def _copy(value: Any, state: Any) -> Any:
    """A copy of parsed pattern code: ``hoist`` rewrites it in place, once per copy."""
    if isinstance(value, _parser.SubPattern):
        return _parser.SubPattern(state, _copy(value.data, state))
    if isinstance(value, list):
        return [_copy(item, state) for item in value]
    if isinstance(value, tuple):
        return tuple(_copy(item, state) for item in value)
    return value  # opcodes, numbers, None


def _leading_alternatives(alternative: Any) -> list[Any] | None:
    """The alternatives of the plain group ``alternative`` starts with, if it does (the
    parser leaves a group without capture or flags as its alternation alone)."""
    if not alternative.data:
        return None
    op, av = alternative.data[0]
    if op is _k.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        inner = av[3].data
        if len(inner) == 1:
            op, av = inner[0]
    return list(av[1]) if op is _k.BRANCH else None


def _share_boundaries(alternatives: list[Any], state: Any) -> list[Any]:
    """Neighbouring alternatives that start with the same word-boundary test, tried after one
    test of it: ``\\bcat|\\bdog`` as ``\\b(?:cat|dog)``. Inside a word, where the test fails,
    the engine then skips them all at once instead of entering each."""
    out: list[Any] = []
    run: list[Any] = []

    def flush() -> None:
        if len(run) > 1:
            out.append(_factor(run, state, list))
        else:
            out.extend(run)
        run.clear()

    for alternative in alternatives:
        first = alternative.data[0] if alternative.data else None
        if run and first != run[0].data[0]:
            flush()
        if first is not None and first[0] is _k.AT and len(alternative.data) > 1:
            run.append(alternative)
        else:
            flush()
            out.append(alternative)
    flush()
    return out


def _factor(group: list[Any], state: Any, arrange: Callable[[list[Any]], list[Any]]) -> Any:
    """Alternatives that start with the same item as one: the item, then an alternation of
    their rests (``arrange`` may rewrite the rests first)."""
    rests = [_parser.SubPattern(state, alternative.data[1:]) for alternative in group]
    return _parser.SubPattern(state, [group[0].data[0], (_k.BRANCH, (None, arrange(rests)))])


def _first_or_none(alternative: Any, flags: int) -> frozenset[int] | None:
    """The characters a match of ``alternative`` can start with; ``None`` for any."""
    try:
        chars, nullable = _first(alternative, flags)
    except _Unknown:
        return None
    if nullable or any(c < 0 for c in chars):
        return None
    return frozenset(chars)


def _leading_chars(alternative: Any) -> frozenset[int] | None:
    """The characters the alternative's first item matches, if it is one character."""
    if not alternative.data:
        return None
    op, av = alternative.data[0]
    if op is _k.LITERAL:
        return frozenset((av,))
    if op is _k.SUBPATTERN and av[0] is None and len(av[3].data) == 1:
        inner_op, inner_av = av[3].data[0]
        if inner_op is _k.IN and all(o is _k.LITERAL for o, _ in inner_av):
            return frozenset(c for _, c in inner_av)
    return None


def _movable(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op is _k.AT:
        return av is _k.AT_BOUNDARY or av is _k.AT_NON_BOUNDARY
    return (op is _k.ASSERT or op is _k.ASSERT_NOT) and av[0] == -1


def _first_char(char: int, flags: int, state: Any) -> tuple[Any, Any] | None:
    """The pattern character ``char`` as a case-sensitive set of what it matches. Not for
    the letters that also match a character beyond Latin-1 (i, k, s): the set would compile
    to a large table, repeated in every alternative."""
    if not flags & _IGNORECASE or not _sre.unicode_iscased(char):
        return (_k.LITERAL, char)
    try:
        chars = _variants(char, flags)
    except _Unknown:
        return None
    if max(chars) > 0xFF:
        return None
    charset = [(_k.LITERAL, c) for c in sorted(chars)]
    return (_k.SUBPATTERN, (None, 0, _IGNORECASE, _parser.SubPattern(state, [(_k.IN, charset)])))


def _after_one_char(
    item: tuple[Any, Any], char: int, flags: int, state: Any
) -> tuple[Any, Any] | None:
    """The zero-width assertion ``item``, checked one character later, after ``char``."""
    op, av = item
    any_char = (_k.IN, [(_k.CATEGORY, _k.CATEGORY_SPACE), (_k.CATEGORY, _k.CATEGORY_NOT_SPACE)])
    if op is _k.AT:  # \b or \B before a word character: is the character before it one?
        try:
            chars = _variants(char, flags)
        except _Unknown:
            return None
        if not all(_is_word(c, flags) for c in chars):
            return None
        word_before = _parser.SubPattern(
            state, [(_k.IN, [(_k.CATEGORY, _k.CATEGORY_WORD)]), any_char]
        )
        return (_k.ASSERT_NOT if av is _k.AT_BOUNDARY else _k.ASSERT, (-1, word_before))
    direction, sub = av
    return (op, (direction, _parser.SubPattern(state, [*sub.data, any_char])))


def _is_word(char: int, flags: int) -> bool:
    text = chr(char)
    if flags & _ASCII and char >= 128:
        return False
    return text.isalnum() or text == "_"


def _variants(char: int, flags: int) -> set[int]:
    """The text characters that match the pattern character ``char``."""
    if not flags & _IGNORECASE or not _sre.unicode_iscased(char):
        return {char}
    if char < 128:
        text = chr(char).lower()
        return {ord(c) for c in _ASCII_FOLDS.get(text, text + text.upper())}
    raise _Unknown


def _in_chars(items: list[tuple[Any, Any]], flags: int) -> set[int]:
    chars: set[int] = set()
    for op, av in items:
        if op is _k.LITERAL:
            chars |= _variants(av, flags)
        elif op is _k.RANGE:
            low, high = av
            if high - low > MAX_RANGE:
                raise _Unknown
            for char in range(low, high + 1):
                chars |= _variants(char, flags)
        elif op is _k.CATEGORY and av in _CATEGORIES:
            chars.add(-_CATEGORIES.index(av) - 1)
        else:  # NEGATE, a negated category: too broad to list
            raise _Unknown
    return chars


_CATEGORIES: tuple[Any, ...] = (
    ()
    if _k is None
    else (_k.CATEGORY_DIGIT, _k.CATEGORY_WORD, _k.CATEGORY_SPACE, _k.CATEGORY_LINEBREAK)
)
"""Categories a first character may belong to (``\\d``, ``\\w``, ``\\s``); in the set of
first characters, category *i* is stored as the number ``-i - 1``. These categories hold every
case of the letters they hold, so ``re.IGNORECASE`` leaves them as they are."""
