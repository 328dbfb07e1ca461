"""Build the prefilter: each registered pattern's analyses, and the RE2 set and locators.

A large run builds it once (``prefilter.build``). Each pattern's analyses, the strings one of
which every match contains (``literals``) and its over-approximations (``approximate``), are
made from its parse: about 40 ms for the built-in rules' patterns, a tenth of a run over 1,000
templates. They are kept between runs in a file beside the compiled patterns
(``patterns.cache_file``; a wheel holds them already: ``prebuild``), stamped with the
interpreter and the text of the code that makes them. RE2
then compiles the greedy approximations of the patterns in the set into one ``re2.Set``, and
the lazy one of each pattern that asks for a locator alone.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import partial
from typing import Any, NamedTuple

from outreach_lint.patterns import (
    cache_file,
    code_stamp,
    load_marshal,
    save_marshal,
    shipped_file,
)
from outreach_lint.prefilter import SENTINEL, SENTINEL_PATTERN, Prefiltered
from outreach_lint.prefilter_locate import Locator


class Built(NamedTuple):
    needs: list[tuple[str, ...] | None]
    """Each pattern's required strings (``None``: it has none)."""
    set: Any
    """The ``re2.Set``; ``None`` without google-re2 or when RE2 failed."""
    numbers: list[int]
    """Each pattern's number in the set, -1 for none."""
    locators: list[Locator | None]


def build(registered: Sequence[Prefiltered], max_mem: int) -> Built:
    """The analyses of ``registered`` and, with google-re2, their set and locators; RE2's
    memory budget for the set is ``max_mem``, half of it for each locator."""
    found = analyses(registered)
    needs = [needs for needs, _greedy, _lazy in found]
    none = Built(needs, None, [], [])
    try:
        import re2  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return none
    try:
        options = re2.Options()
        options.max_mem = max_mem
        options.log_errors = False  # RE2 would write "DFA out of memory" to the user's stderr
        made = re2.Set.SearchSet(options)
        if made.Add(SENTINEL_PATTERN) != SENTINEL:
            return none
        numbers: list[int] = []
        locators: list[Locator | None] = []
        anchor = _unanchored(re2)
        for p, (_needs, greedy, lazy) in zip(registered, found, strict=True):
            number, locator = -1, None
            if greedy is not None and lazy is not None:
                if p.in_set:
                    number = made.Add(greedy)
                if p.locate:
                    locator = _locator(re2, lazy, max_mem // 2, anchor)
            numbers.append(number)
            locators.append(locator)
        made.Compile()
    except Exception:  # noqa: BLE001 - an unexpected re2: search everything
        return none
    return Built(needs, made, numbers, locators)


Analysis = tuple[tuple[str, ...] | None, str | None, str | None]
"""A pattern's required strings (``literals``) and its over-approximations, greedy and lazy
(``approximate``); ``None`` for what it has none of."""

ANALYSES_FILE = "prefilter-analyses.marshal"
_analyses_file: str | None = cache_file(ANALYSES_FILE)  # imported for large runs only
"""Where the analyses of the patterns are kept between runs (``patterns.cache_file``);
``None``: nowhere, each build makes them all."""


def analyses(registered: Sequence[Prefiltered]) -> list[Analysis]:
    """Each pattern's ``Analysis``, from the file where the last build left them when they
    were made by the same code. Making them parses every pattern again (about 40 ms for the
    built-in rules', a tenth of a run over 1,000 templates); the file is rewritten when a
    pattern was new."""
    path = _analyses_file
    stamp = _code_stamp() if path is not None else None
    kept: dict[tuple[str, int], Analysis] = {}
    if stamp is not None and path is not None:
        for source in (path, shipped_file(path)):  # its own, else the wheel's
            data = load_marshal(source) if source is not None else None
            if isinstance(data, tuple) and len(data) == 2 and data[0] == stamp:
                kept = data[1]
                break
    found = [kept.get((p.source, p.flags)) or _analyse(p) for p in registered]
    if stamp is not None and path is not None:
        made = {(p.source, p.flags): a for p, a in zip(registered, found, strict=True)}
        if made.keys() - kept.keys():
            save_marshal(path, (stamp, made))
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


def _code_stamp() -> str:
    """The interpreter and the code that makes the analyses: kept analyses made by other code
    are made again."""
    modules = ("approximate.py", "literals.py", "fold.py", "sre.py", "prefilter_build.py")
    return code_stamp(sys.version, modules, contents=True)  # (the same in a built wheel)


def _locator(re2: Any, approximation: str, max_mem: int, anchor: Any) -> Locator | None:
    """The approximation compiled alone, to find where a match can start (its repeats lazy,
    so that RE2 stops at the first place a match can end); ``None`` when it matches the empty
    string: its pattern then may too, and ``prefilter`` needs matches that move on. When its
    DFA runs out of memory, RE2 finds the match another way (slower, the same answer)."""
    options = re2.Options()
    options.max_mem = max_mem
    options.log_errors = False
    compiled = re2.compile(approximation.encode("utf-8"), options)
    if compiled.search(b"") is not None:
        return None
    raw = getattr(compiled, "_regexp", None)
    if raw is not None and anchor is not None:
        return partial(raw.Match, anchor)  # (C calls only: no Python frame for each search)
    search = compiled.search

    def span_of_search(data: bytes, first: int, last: int) -> Sequence[tuple[int, int]]:
        m = search(data, first, last)
        return _NO_SPAN if m is None else (m.span(),)

    return span_of_search


_NO_SPAN = ((-1, -1),)


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
