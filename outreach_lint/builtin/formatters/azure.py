"""``azure``: Azure Pipelines logging commands, which show findings as build issues.

One ``##vso[task.logissue ...]`` command per finding. Azure knows only errors and warnings, so
info findings are logged as warnings. Values are escaped as the agent expects: ``%`` becomes
``%AZP25`` and line breaks ``%0D``/``%0A`` everywhere, and ``;`` and ``]`` are escaped too in
properties.
"""

from __future__ import annotations

from collections.abc import Sequence

from outreach_lint.fingerprint import root_path
from outreach_lint.model import Finding, ReportContext, Severity


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return "".join(command(f) + "\n" for f in findings)


def command(f: Finding) -> str:
    """The logging command that reports one finding."""
    kind = "error" if f.severity == Severity.ERROR else "warning"
    props = {
        "type": kind,
        "sourcepath": root_path(f.path),
        "linenumber": str(f.line),
        "columnnumber": str(f.column),
        "code": f.code,
    }
    joined = "".join(f"{key}={escape_property(value)};" for key, value in props.items())
    return f"##vso[task.logissue {joined}]{escape_data(f.message)}"


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%AZP25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value."""
    return escape_data(text).replace(";", "%3B").replace("]", "%5D")
