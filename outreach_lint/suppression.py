"""Suppression: which codes the comments on each line turn off (``# outreach-lint: noqa``,
``{# outreach-lint: noqa: OL101 #}``), the problems with such comments (OL903), and whether a
finding is suppressed there, by its template's ``ignore`` or by the codes ignored for its file."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from outreach_lint.model import Problem, Template
from outreach_lint.noqa import Noqa
from outreach_lint.select import matches
from outreach_lint.source_map import LineIndex

INVALID_NOQA = "OL903"
"""A suppression comment that cannot be read, or names a code no rule has."""


def noqa_lines(
    lines: LineIndex,
    directives: Iterable[tuple[int, Noqa]],
    names_a_rule: Callable[[str], bool],
    also: Mapping[int, frozenset[str]] | None = None,
) -> tuple[dict[int, frozenset[str]], list[Problem]]:
    """The codes each line's suppression comments name (empty: every code), besides those of
    ``also``, from the ``directives`` at their file offsets; and a problem for each comment
    that cannot be read or names a code for which ``names_a_rule`` is false."""
    out: dict[int, frozenset[str]] = dict(also) if also else {}
    problems: list[Problem] = []
    for offset, directive in directives:
        if directive.problem is not None:
            problems.append(Problem(INVALID_NOQA, offset, directive.problem))
            continue
        unknown = [c for c in sorted(directive.codes) if not names_a_rule(c)]
        if unknown:
            problems.append(Problem(INVALID_NOQA, offset, _unknown_codes(unknown)))
        line, _ = lines.position(offset)
        earlier = out.get(line)
        every = not directive.codes or (earlier is not None and not earlier)
        out[line] = frozenset() if every else (earlier or frozenset()) | directive.codes
    return out, problems


def suppressed(
    code: str,
    line: int,
    template: Template,
    noqa: Mapping[int, frozenset[str]],
    ignored: Sequence[str],
) -> bool:
    """Is a finding of ``code`` on ``line`` suppressed: by a comment on its line (``noqa``),
    by the template's own ``ignore``, or by the run's ignored codes for its file?"""
    if line in noqa:
        codes = noqa[line]
        if not codes or matches(code, codes):
            return True
    # (most templates ignore nothing: no generator made to find so)
    if template.ignore and matches(code, template.ignore):
        return True
    return bool(ignored) and matches(code, ignored)


def _unknown_codes(codes: Sequence[str]) -> str:
    named = ", ".join(codes)
    return (
        f"this suppression comment names {named}, but no rule has "
        f"{'that code' if len(codes) == 1 else 'those codes'}: check the spelling "
        "('outreach-lint rules' lists the codes)"
    )
