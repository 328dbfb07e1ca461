"""``github``: GitHub Actions workflow commands, which show findings as annotations.

One ``::error``/``::warning``/``::notice`` command per finding (by severity), escaped as
``@actions/core`` escapes them. GitHub shows at most 10 error and 10 warning annotations per
step, so a summary follows the commands: one line per code with its count, then the total.
Columns are given only for a finding on one line, because the runner drops columns from an
annotation that spans lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from outreach_lint.fingerprint import root_path
from outreach_lint.model import Finding, ReportContext, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    if not findings:
        return ""
    lines = [f"{command(f)}\n" for f in findings]
    lines.extend(f"{line}\n" for line in summary(findings))
    return "".join(lines)


def command(f: Finding) -> str:
    """The workflow command that annotates one finding."""
    props = {
        "file": root_path(f.path),
        "line": str(f.line),
        "col": str(f.column),
        "endLine": str(f.end_line),
        "endColumn": str(f.end_column),
        "title": f"{f.code} {f.rule}" if f.rule else f.code,
    }
    if f.end_line != f.line:
        del props["col"], props["endColumn"]
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    return f"::{COMMANDS[f.severity]} {joined}::{escape_data(f.message)}"


def summary(findings: Sequence[Finding]) -> list[str]:
    """``CODE rule-name: N findings`` per code, sorted by code, then the total."""
    counts = Counter(f.code for f in findings)
    names = {f.code: f.rule for f in findings}
    lines = [
        f"{' '.join(filter(None, (code, names[code])))}: {_findings(n)}"
        for code, n in sorted(counts.items())
    ]
    files = len({f.path for f in findings})
    lines.append(f"Total: {_findings(len(findings))} in {files} file{'s' * (files != 1)}")
    return lines


def _findings(n: int) -> str:
    return f"{n} finding" if n == 1 else f"{n} findings"


def escape_data(text: str) -> str:
    """Escape a command's message as ``@actions/core`` does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value as ``@actions/core`` does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
