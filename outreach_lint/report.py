"""The report stage: render findings with a formatter, plus statistics and counts."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TextIO

from outreach_lint.model import Finding, Formatter, ReportContext, Rule

HUMAN_FORMATS = frozenset({"default", "pylint"})


def statistics(findings: Sequence[Finding], rules: Mapping[str, Rule]) -> str:
    """``count  CODE  rule-name`` per code, as ``--statistics`` prints it."""
    counts = Counter(f.code for f in findings)
    lines = []
    for code in sorted(counts):
        name = rules[code].name if code in rules else ""
        lines.append(f"{counts[code]:<5} {code:<8} {name}".rstrip())
    return "".join(line + "\n" for line in lines)


def quiet(findings: Sequence[Finding], level: int) -> str:
    """``-q`` prints the files with findings; ``-qq`` prints nothing."""
    if level >= 2:
        return ""
    return "".join(f"{path}\n" for path in dict.fromkeys(f.path for f in findings))


def use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def write_report(
    formatter: Formatter,
    findings: Sequence[Finding],
    context: ReportContext,
    output_file: str | None,
) -> None:
    text = formatter.render(findings, context)
    if output_file:
        with open(output_file, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
