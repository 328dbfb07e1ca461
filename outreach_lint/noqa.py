"""Suppression comments: ``{# outreach-lint: noqa: OL302 #}`` in a template's own comment
syntax, read so that a mistyped one never suppresses more than it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from outreach_lint.model import Template
from outreach_lint.patterns import compile_regex

NOQA = compile_regex(
    r"outreach-lint:\s*noqa\b(?P<colon>\s*:+)?(?P<rest>.*)", re.IGNORECASE | re.DOTALL
)
"""A suppression directive: ``outreach-lint: noqa``, then (after a colon, or a space) codes."""
_NOQA_TOKEN = compile_regex(r"\s*([,;])?\s*([A-Za-z]{2,5}[0-9]{0,3})(?![A-Za-z0-9])")
"""A code, after a comma or a space (or a semicolon: "OL301;OL302" is two codes)."""


class Noqa(NamedTuple):
    """A suppression directive at ``start`` in the field: ``codes`` empty means every code.
    ``problem`` says why a directive that names codes cannot be read; it then suppresses
    nothing."""

    start: int
    codes: frozenset[str]
    problem: str | None = None


def _written_as_code(word: str) -> bool:
    return word.isupper() or any(c.isdigit() for c in word)


def _noqa_codes(rest: str) -> list[str]:
    """The codes at the start of ``rest``: the first word that looks like one (``OL302``,
    ``ol302``, ``OL3``), then each one after a comma, or after a space when it has a digit or
    is in capitals (``OL302 ACME101``); a word in lower case without a digit starts a note
    ("OL302 for all recipients", "OL302 by HR")."""
    codes: list[str] = []
    pos = 0
    while (t := _NOQA_TOKEN.match(rest, pos)) is not None:
        word = t[2]
        if not codes and not _written_as_code(word) and _a_word_follows(rest, t.end()):
            break  # "noqa: same industry is fine here": words, not a code ("noqa: ol3" is one)
        if codes and not t[1] and not _written_as_code(word):
            break
        codes.append(word.upper())
        pos = t.end()
    return codes


def _a_word_follows(rest: str, pos: int) -> bool:
    """Does a word follow at ``pos``, after a space (not a comma)?"""
    nxt = rest[pos:].lstrip()
    return bool(nxt) and nxt[0].isalpha() and rest[pos : pos + 1].isspace()


def read_noqa(start: int, comment: str) -> Noqa | None:
    """The directive in ``comment`` (at ``start``), if it holds one.

    ``noqa: OL302, OL101`` names codes (or prefixes), in any case; so does ``noqa OL302``.
    ``noqa`` alone, or followed by words that are no codes ("noqa legal approved this"),
    suppresses every code. After a colon only codes may follow: a mistyped code ("OL3O2")
    makes the directive suppress nothing, with a ``problem``, rather than more than asked.
    """
    m = NOQA.search(comment)
    if m is None:
        return None
    rest = m["rest"]
    codes = _noqa_codes(rest)
    # (without a colon, a first word in lower case is a note: "noqa ok, approved")
    if codes and (m["colon"] or (rest[:1].isspace() and _written_as_code(rest.split()[0]))):
        return Noqa(start, frozenset(codes))
    if not m["colon"]:
        return Noqa(start, frozenset())
    said = rest.strip().rstrip("#}-%*|>!").strip()
    return Noqa(
        start,
        frozenset(),
        (
            "this suppression comment names no rule code after 'noqa:'"
            if not said
            else f"this suppression comment can't be read after 'noqa:' ({said!r})"
        )
        + ": write rule codes separated by commas, e.g. 'outreach-lint: noqa: OL302, OL101'; "
        "it suppresses nothing",
    )


_YAML_COMMENT = compile_regex(r"(?:^|(?<=[ \t]))#[^\n]*", re.MULTILINE)
"""A YAML comment: ``#`` at a line's start or after a space or tab, to the end of the line."""


def yaml_noqa(text: str, templates: Sequence[Template]) -> list[tuple[int, Noqa]]:
    """The directives in YAML comments outside every template's subject and body (those of the
    front matter and of a collection: ``subject: "..."  # outreach-lint: noqa: OL504``), each
    with its file offset."""
    out: list[tuple[int, Noqa]] = []
    if "#" not in text:  # (most files hold none at all: one search in C says so)
        return out
    fields = sorted(
        (f.source_map.file_start, f.source_map.file_end) for t in templates for f in t.fields()
    )
    start = 0
    for field_start, field_end in [*fields, (len(text), len(text))]:
        # (most gaps, a front matter's keys, hold no "#": a search in C says so)
        if field_start > start and text.find("#", start, field_start) >= 0:
            for m in _YAML_COMMENT.finditer(text, start, field_start):
                directive = read_noqa(m.start(), m.group())
                if directive is not None:
                    out.append((m.start(), directive))
        start = max(start, field_end)
    return out
