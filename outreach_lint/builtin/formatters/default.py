"""``default``: one ``path:line:col: CODE message`` line per finding, as flake8 prints them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from outreach_lint.model import Finding, ReportContext

_BOLD, _RED, _CYAN, _RESET = "\033[1m", "\033[31m", "\033[36m", "\033[0m"


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return "".join(lines(findings, context))


def lines(findings: Sequence[Finding], context: ReportContext) -> Iterator[str]:
    """The report's lines, each with its line break (the report of a large run is tens of
    megabytes, and adding the breaks afterwards would copy every line once more)."""
    for f in findings:
        if context.color:
            yield (
                f"{_BOLD}{f.path}{_RESET}{_CYAN}:{_RESET}{f.line}{_CYAN}:{_RESET}{f.column}"
                f"{_CYAN}:{_RESET} {_BOLD}{_RED}{f.code}{_RESET} {f.message}\n"
            )
        else:
            yield f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}\n"
        if context.show_source:
            yield from (f"{line}\n" for line in _source(f, context))


def _source(f: Finding, context: ReportContext) -> list[str]:
    text = context.sources.get(f.path)
    if text is None:
        return []
    lines = text.split("\n")
    if not 1 <= f.line <= len(lines):
        return []
    line = lines[f.line - 1]
    # Keep tabs in the caret line so the caret sits under the column in any tab width.
    pad = "".join(c if c == "\t" else " " for c in line[: f.column - 1])
    return [line, pad + "^"]
