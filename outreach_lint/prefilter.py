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
since its every match is a match of the approximation (``prefilter_locate``). ``finditer`` repeats
this from the end of each match, as ``finditer`` itself continues. Inside a run, an RE2 pass
costs 10-20 us a template once its DFA has its states (its tables leave the CPU cache between
templates, less so as each rule runs over a group of templates before the next, and the set
scans a group's texts one after the other: ``look_ahead``), so a locator only pays for a
pattern whose search costs more.

Without ``google-re2`` too, a run that reads many templates finds for every ``Prefiltered``
pattern the strings one of which each of its matches contains (``literals``: "grad" for
``(?:recent|new)\\s+grad(?:uate)?s?``), and skips its search on a text holding none of them:
Python finds a string in a text far faster than its regex engine tries a pattern at every
word. With the set, this gate serves the patterns kept out of it (``gated``, ``located``).

``prefilter_build`` makes those strings and approximations, keeps them between runs, and
compiles the set and the locators; this module searches with them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from outreach_lint.literals import holds_one
from outreach_lint.memo import ById
from outreach_lint.patterns import compile_folded
from outreach_lint.prefilter_locate import Locator, Seen, leapfrog, next_match

BUILD_AFTER = 64
"""The set is built when this many different texts have been searched in one process: a
pre-commit run over a few templates never pays for importing and compiling it."""

MAX_MEM = 32 << 20
"""RE2's memory budget for the set (its program and the DFA states it caches as texts come);
each locator gets half. Measured over 10,000 generated templates: with RE2's default, 8 MB, the
scans took a third longer. With 16 MB, once the rules had grown by a few dozen phrases, the job
pitch's locator ran out of DFA memory and fell back to RE2's slower engine: a one-process run
took 35-45% longer (9.8-11.0 s against 7.2-7.6 s); with 32 MB, 8.3-8.9 s, and 64 MB was no
faster. Peak memory went up by about 5 MB, and did not grow from the 1,000th template to the
10,000th."""


class Prefiltered:
    """A compiled pattern (``pattern``, meant for ``Message.folded``) whose searches are skipped
    on texts where the set of over-approximations finds it absent, and start where RE2 finds
    its approximation's first match (``locator``)."""

    __slots__ = (
        "flags", "given", "in_set", "locate", "locator", "needs", "number", "pattern", "source",
    )  # fmt: skip

    def __init__(
        self,
        source: str,
        flags: int = 0,
        locate: bool = False,
        in_set: bool = True,
        needs: tuple[str, ...] | None = None,
    ) -> None:
        self.source = source
        self.given = needs
        """Strings one of which every match contains, named by hand where those the analysis
        finds are in nearly every text ("y" for "y/?o"); used in their place."""
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
        number = self.number
        if number >= 0:  # (``_where``'s commonest answer, read without calling it)
            known = _recent.get(id(text))
            if known is not None and known[1] is not None and number not in known[1].hits:
                return _NOTHING
        where = self._where(text, pos, endpos)
        if where is True:
            return self.pattern.finditer(text, pos, endpos)
        if where is False:
            return _NOTHING
        assert self.locator is not None
        return leapfrog(self.pattern, self.locator, where, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        number = self.number
        if number >= 0:  # (as in ``finditer``)
            known = _recent.get(id(text))
            if known is not None and known[1] is not None and number not in known[1].hits:
                return None
        where = self._where(text, pos, endpos)
        if where is True:
            return self.pattern.search(text, pos, endpos)
        if where is False:
            return None
        assert self.locator is not None
        return next_match(self.pattern, self.locator, where, pos, endpos)

    def _where(self, text: str, pos: int, endpos: int) -> Seen | bool:
        """How to search ``text[pos:endpos]``: ``False`` when the pattern cannot match there,
        the set's answer when the locator says where, ``True`` for the pattern's own search.
        (Rules search about 45 times a template, a pattern of the set mostly on a text the set
        has scanned and rules out: that case reads the kept answer here, without a call.)"""
        number = self.number
        if number >= 0 or self.locator is not None:
            known = _recent.get(id(text))
            seen = known[1] if known is not None else _lookup(text)
            if seen is not None:
                if number >= 0:
                    if number not in seen.hits:
                        return False
                elif self.needs is not None and _lacks(text, self.needs, pos, endpos):
                    return False  # (``located``: left out of the set, gated by its strings)
                return True if self.locator is None else seen
        elif _waiting:  # (a text counts towards building the set)
            _lookup(text)
        # no answer from the set: the strings every match holds decide
        return self.needs is None or not _lacks(text, self.needs, pos, endpos)


def which_may_match(patterns: Sequence[object], text: str) -> list[int]:
    """The indices of the ``patterns`` that can match ``text``, in order: all but the
    ``Prefiltered`` ones that the set rules out. Read from the set's few hits rather than
    pattern by pattern, for a rule with many phrases, most of which a template holds none of.
    Give the same tuple each time: what it needs of its patterns is kept until the set is
    built again."""
    seen = _lookup(text) if _set is not None or _waiting else None
    if seen is None:
        return list(range(len(patterns)))
    always, by_number = _numbered(patterns)
    found = [i for number in seen.hits for i in by_number.get(number, ())]
    return sorted(always + found) if always else sorted(found)


def _numbered(patterns: Sequence[object]) -> tuple[list[int], dict[int, list[int]]]:
    """The indices of ``patterns`` the set cannot rule out, and the others' by set number."""
    kept = _numbering.get(id(patterns))
    if kept is not None:
        return kept[1]
    always: list[int] = []
    by_number: dict[int, list[int]] = {}
    for i, p in enumerate(patterns):
        if isinstance(p, Prefiltered) and p.number >= 0:
            by_number.setdefault(p.number, []).append(i)
        else:
            always.append(i)
    if isinstance(patterns, tuple):  # a list could change
        _numbering.keep(patterns, (always, by_number))
    return always, by_number


_numbering: ById[tuple[list[int], dict[int, list[int]]]] = ById(1024)
"""``_numbered``'s answers for the current set, by tuple of patterns."""


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


def prefiltered(
    source: str, flags: int = 0, locate: bool = False, needs: tuple[str, ...] | None = None
) -> Prefiltered:
    """``compile_folded(source, flags)``, searched only where the text may hold a match.

    With ``locate``, each search also starts where RE2 finds the next match of the pattern's
    over-approximation. That pays for patterns that CPython tries at most words (many
    alternatives, lookbehinds, words before the phrase: a search costs 10-40 us a template),
    and costs a few microseconds more than it saves for a phrase with a literal start, which
    CPython already finds fast.

    ``needs`` names strings one of which every match contains, for a pattern whose own (found
    by ``literals``) are in nearly every text: they decide where it is searched when there is
    no set (``tests/test_literals.py`` checks them against every match in the corpus)."""
    return Prefiltered(source, flags, locate, needs=needs)


_NOTHING: Iterator[re.Match[str]] = iter(())
"""What ``finditer`` gives for a text the set rules out (an empty iterator stays empty)."""
_registered: list[Prefiltered] = []
_set: Any = None
"""The ``re2.Set``, once built; ``None`` before, or when there is none (no re2, it failed)."""
_waiting = True
"""Counting texts until ``BUILD_AFTER``, when the set is built or found impossible."""
_texts = 0
RECENT = 256
"""Texts whose answers are kept: more than the messages of the templates linted together (each
rule asks about each of them in turn, ``Linter.lint_sources``)."""
_recent: dict[int, tuple[str, Seen | None]] = {}
"""The texts searched last, by their ``id``, with the set's answer for each (``None``: search
everything). A text is kept with its answer, so its ``id`` is not reused meanwhile."""

SENTINEL = 0
"""The set's first pattern, ``SENTINEL_PATTERN``, matches every text: an answer without it
is a failure."""
SENTINEL_PATTERN = r"\z"
"""It matches at the end of the text only, where RE2 has read all of it. (An empty pattern
matched at every byte, and RE2 then added the set's matches to its answer at every byte: over
the 16,020 texts of 10,000 templates, the set's pass with its states built took 718 M
instructions with it, 338 M with this one; the same answers.)"""


def _lookup(text: str) -> Seen | None:
    known = _recent.get(id(text))
    if known is not None:
        return known[1]
    seen = _scan(text)
    if len(_recent) >= RECENT:
        del _recent[next(iter(_recent))]  # the oldest
    _recent[id(text)] = (text, seen)
    return seen


def look_ahead(texts: Sequence[str]) -> None:
    """Scan ``texts`` with the set now, one after the other, for their searches to come: RE2's
    tables stay in the processor's caches from one text to the next (a scan among other work
    costs several times more)."""
    for text in texts:
        _lookup(text)


def _scan(text: str) -> Seen | None:
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
    if not found or SENTINEL not in found:  # RE2 gave up (its DFA ran out of memory)
        return None
    return Seen(text, frozenset(found), data)


def _lacks(text: str, needs: tuple[str, ...], pos: int, endpos: int) -> bool:
    """Does ``text[pos:endpos]`` hold none of ``needs``? (Where a match can be, as ``re``
    clamps ``pos`` and ``endpos``: ``str.find`` reads negative ones from the end.)"""
    if pos <= 0 and endpos >= len(text):
        return not holds_one(text, needs)
    pos, endpos = max(pos, 0), max(endpos, 0)
    for needed in needs:  # noqa: SIM110 - a loop: without re2, every gated search asks this
        if text.find(needed, pos, endpos) >= 0:
            return False
    return True


def build() -> bool:
    """Find every pattern's required strings, and compile the set now (if ``google-re2`` is
    installed); ``True`` when the set is on."""
    global _set, _waiting
    reset()
    _waiting = False
    from outreach_lint import prefilter_build  # only large runs build the set

    built = prefilter_build.build(_registered, MAX_MEM)
    for p, needs in zip(_registered, built.needs, strict=True):
        p.needs = needs if p.given is None else p.given
    if built.set is None:
        return False
    for p, number, locator in zip(_registered, built.numbers, built.locators, strict=True):
        p.number = number
        p.locator = locator
    _set = built.set
    return True


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
