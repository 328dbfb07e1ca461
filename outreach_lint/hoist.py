"""Rewrite a parsed pattern's alternations so that the engine can skip alternatives at once.

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

from collections.abc import Callable
from typing import Any

from outreach_lint import sre
from outreach_lint.first_chars import Unlisted, first, is_word, variants
from outreach_lint.sre import IGNORECASE as _IGNORECASE
from outreach_lint.sre import LOCALE as _LOCALE
from outreach_lint.sre import REPEATS as _REPEATS

_c: Any = sre.compiler
_k: Any = sre.constants
_parser: Any = sre.parser
_SubPattern: Any = getattr(_parser, "SubPattern", None)
_sre: Any = sre.engine


def hoist(sequence: Any, flags: int, alternative: bool = False, inside: bool = True) -> None:
    """Rewrite the parsed ``sequence`` in place so that the alternatives of its alternations
    start with a case-sensitive character, and alternatives that start with the same one are
    tried together (see the module's documentation). Without ``inside``, only its start is
    rewritten: what it holds is hoisted already."""
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
    if not inside:
        return
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


def _alternatives(
    alternatives: list[Any], flags: int, state: Any, hoisted: bool = False
) -> list[Any]:
    """The alternatives of an alternation, hoisted, those with the same first character merged
    into one: ``cat|dog|cow`` is tried as ``c(?:at|ow)|dog``. An alternative moves up past
    others only when they cannot match where it can (they start with other characters), so at
    any position the alternatives that can match are tried in the same order. ``hoisted``:
    what the alternatives hold is hoisted already (the rests of merged alternatives, which
    are merged in turn: ``c(?:a(?:t|r)|ow)``), and only their starts are rewritten."""
    alternatives = _share_boundaries(_distribute(alternatives, state), state)
    for alternative in alternatives:
        hoist(alternative, flags, alternative=True, inside=not hoisted)
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
        merged.append(
            _factor(group, state, lambda rests: _alternatives(rests, flags, state, hoisted=True))
        )
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
            or (len(inner) > 1 and _larger(rest, MAX_COPIED // (len(inner) - 1)))
        ):
            out.append(alternative)
            continue
        last = len(inner) - 1  # (the last one takes the rest itself: nothing else holds it)
        spread = [
            _SubPattern(state, [*choice.data, *(rest if i == last else _copy(rest, state))])
            for i, choice in enumerate(inner)
        ]
        out.extend(_distribute(spread, state))
    return out


def _larger(value: Any, limit: int) -> bool:
    """Does parsed pattern code ``value`` hold more than ``limit`` items (pairs: an opcode and
    its argument, a class's member)? Counted only until it does: spreading asks of every
    alternative that starts with a group, at each level of a pattern's alternations."""
    count = 0
    todo = [value]
    while todo:
        item = todo.pop()
        kind = type(item)
        if kind is tuple:
            if len(item) == 2:
                count += 1
                if count > limit:
                    return True
            todo.extend(item)
        elif kind is list:
            todo.extend(item)
        elif kind is _SubPattern:
            todo.append(item.data)
    return False


def _copy(value: Any, state: Any) -> Any:
    """A copy of parsed pattern code: ``hoist`` rewrites it in place, once per copy."""
    kind = type(value)
    if kind is tuple:
        return tuple([_copy(item, state) for item in value])
    if kind is list:
        return [_copy(item, state) for item in value]
    if kind is _SubPattern:
        return _SubPattern(state, _copy(value.data, state))
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
        _boundary_first(alternative.data)
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


def _boundary_first(data: list[Any]) -> None:
    """Move a word-boundary test that follows other zero-width assertions to the front, in
    place: ``(?<!sell\\sto\\s)\\bdigital`` as ``\\b(?<!sell\\sto\\s)digital``. Tests at one
    position match the same text in any order (a boundary test reads no group), and the
    alternative can then share one boundary test with its neighbours (``_share_boundaries``):
    OL602's phrases, four of which stood after lookbehinds, were searched 3.4 times faster."""
    for i, (op, av) in enumerate(data):
        if op is _k.AT and (av is _k.AT_BOUNDARY or av is _k.AT_NON_BOUNDARY):
            if i:
                data.insert(0, data.pop(i))
            return
        if op is not _k.ASSERT and op is not _k.ASSERT_NOT:
            return


def _factor(group: list[Any], state: Any, arrange: Callable[[list[Any]], list[Any]]) -> Any:
    """Alternatives that start with the same item as one: the item, then an alternation of
    their rests (``arrange`` may rewrite the rests first)."""
    rests = [_SubPattern(state, alternative.data[1:]) for alternative in group]
    return _SubPattern(state, [group[0].data[0], (_k.BRANCH, (None, arrange(rests)))])


def _first_or_none(alternative: Any, flags: int) -> frozenset[int] | None:
    """The characters a match of ``alternative`` can start with; ``None`` for any."""
    try:
        chars, nullable = first(alternative, flags)
    except Unlisted:
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
        chars = variants(char, flags)
    except Unlisted:
        return None
    if max(chars) > 0xFF:
        return None
    charset = [(_k.LITERAL, c) for c in sorted(chars)]
    return (_k.SUBPATTERN, (None, 0, _IGNORECASE, _SubPattern(state, [(_k.IN, charset)])))


def _after_one_char(
    item: tuple[Any, Any], char: int, flags: int, state: Any
) -> tuple[Any, Any] | None:
    """The zero-width assertion ``item``, checked one character later, after ``char``."""
    op, av = item
    any_char = (_k.IN, [(_k.CATEGORY, _k.CATEGORY_SPACE), (_k.CATEGORY, _k.CATEGORY_NOT_SPACE)])
    if op is _k.AT:  # \b or \B before a word character: is the character before it one?
        try:
            chars = variants(char, flags)
        except Unlisted:
            return None
        if not all(is_word(c, flags) for c in chars):
            return None
        word_before = _SubPattern(state, [(_k.IN, [(_k.CATEGORY, _k.CATEGORY_WORD)]), any_char])
        return (_k.ASSERT_NOT if av is _k.AT_BOUNDARY else _k.ASSERT, (-1, word_before))
    direction, sub = av
    return (op, (direction, _SubPattern(state, [*sub.data, any_char])))
