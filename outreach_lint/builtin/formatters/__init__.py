"""Built-in output formats, registered through the same hook as third-party formats.

Each format's module is imported only when that format is used, so a run pays for the one
format it prints (the JUnit and SARIF modules pull in XML and JSON machinery).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from outreach_lint.hookspecs import hookimpl
from outreach_lint.model import Finding, Formatter, ReportContext


def _lazy(
    module: str, function: str = "render"
) -> Callable[[Sequence[Finding], ReportContext], Any]:
    """``function`` of the format's module (``render``, or ``lines``), imported when first
    called (a report made file by file calls ``lines`` once a file: looking the module up each
    time cost 1 us a call)."""
    found: list[Callable[[Sequence[Finding], ReportContext], Any]] = []

    def call(findings: Sequence[Finding], context: ReportContext) -> Any:
        if not found:
            found.append(getattr(importlib.import_module(f"{__name__}.{module}"), function))
        return found[0](findings, context)

    return call


BUILTIN_FORMATTERS: tuple[Formatter, ...] = (
    Formatter(
        "default",
        "path:line:col: CODE message (flake8 style)",
        _lazy("default"),
        _lazy("default", "lines"),
        by_file=True,
    ),
    Formatter("azure", "Azure Pipelines logging commands (task.logissue)", _lazy("azure")),
    Formatter("github", "GitHub Actions annotations (workflow commands)", _lazy("github")),
    Formatter("gitlab", "GitLab Code Quality report (JSON)", _lazy("gitlab")),
    Formatter("json", "JSON array of findings (documented, stable schema)", _lazy("json")),
    Formatter("junit", "JUnit XML, one test suite per file", _lazy("junit")),
    Formatter("pylint", "path:line: [CODE] message (pylint parseable)", _lazy("pylint")),
    Formatter("sarif", "SARIF 2.1.0 (GitHub code scanning)", _lazy("sarif")),
)


@hookimpl
def outreach_lint_formatters() -> Sequence[Formatter]:
    return BUILTIN_FORMATTERS
