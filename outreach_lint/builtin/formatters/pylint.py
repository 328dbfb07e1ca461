"""``pylint``: ``path:line: [CODE] message``, pylint's parseable output.

For editors and CI problem matchers that already read pylint (``%f:%l: [%t%n] %m``). A line
break inside a message becomes a space, so every finding stays on one line.
"""

from __future__ import annotations

from collections.abc import Sequence

from outreach_lint.model import Finding, ReportContext


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return "".join(f"{f.path}:{f.line}: [{f.code}] {_one_line(f.message)}\n" for f in findings)


def _one_line(text: str) -> str:
    return " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
