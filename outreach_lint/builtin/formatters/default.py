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
    return [line, _pad(line[: f.column - 1]) + "^"]


def _pad(before: str) -> str:
    """What goes before the caret to put it under the column in a terminal: tabs kept (any
    tab width), two spaces for a wide character (CJK, most emoji), none for a combining mark,
    a joiner or another format character (a zero-width space, a byte-order mark inside a line;
    not the soft hyphen, which terminals draw, as ``wcwidth`` says)."""
    if before.isascii():
        return "".join(c if c == "\t" else " " for c in before)
    import unicodedata  # only for lines with other characters

    pad = []
    joined = False
    for c in before:
        if c == "\t":
            pad.append(c)
        elif joined or unicodedata.combining(c) or c in "\ufe0e\ufe0f":
            pass  # drawn with the character before: a joined emoji (👩‍🍳), an accent
        elif unicodedata.category(c) == "Cf" and c != "\xad":
            pass  # not drawn: U+200B, U+200C, U+200D, U+2060, U+FEFF…
        elif "\U0001f3fb" <= c <= "\U0001f3ff":
            pass  # a skin tone (👋🏽)
        else:
            pad.append("  " if unicodedata.east_asian_width(c) in ("W", "F") else " ")
        joined = c == "\u200d"
    return "".join(pad)
