"""Built-in output formats, registered through the same hook as third-party formats."""

from __future__ import annotations

from collections.abc import Sequence

from outreach_lint.builtin.formatters import (
    azure,
    default,
    github,
    gitlab,
    json,
    junit,
    pylint,
    sarif,
)
from outreach_lint.hookspecs import hookimpl
from outreach_lint.model import Formatter

BUILTIN_FORMATTERS: tuple[Formatter, ...] = (
    default.FORMATTER,
    azure.FORMATTER,
    github.FORMATTER,
    gitlab.FORMATTER,
    json.FORMATTER,
    junit.FORMATTER,
    pylint.FORMATTER,
    sarif.FORMATTER,
)


@hookimpl
def outreach_lint_formatters() -> Sequence[Formatter]:
    return BUILTIN_FORMATTERS
