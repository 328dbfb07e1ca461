"""outreach-lint: a linter for recruiting outreach templates.

The public API for plugin authors: ``hookimpl`` to mark hook implementations, and the value
types rules, dialects, parsers, formatters and channels are made of. Import from here, not
from the modules behind it.
"""

from __future__ import annotations

from outreach_lint.check import RuleContext
from outreach_lint.hookspecs import hookimpl
from outreach_lint.message import MASK, Message
from outreach_lint.model import (
    Channel,
    Diagnostic,
    Dialect,
    Field,
    Finding,
    Formatter,
    Option,
    ParseResult,
    Placeholder,
    Problem,
    ReportContext,
    Rule,
    Severity,
    SourceFile,
    Template,
    TemplateParser,
    Variable,
)
from outreach_lint.phrases import compile_phrases

__version__ = "0.1.0"

__all__ = [
    "MASK",
    "Channel",
    "Diagnostic",
    "Dialect",
    "Field",
    "Finding",
    "Formatter",
    "Message",
    "Option",
    "ParseResult",
    "Placeholder",
    "Problem",
    "ReportContext",
    "Rule",
    "RuleContext",
    "Severity",
    "SourceFile",
    "Template",
    "TemplateParser",
    "Variable",
    "__version__",
    "compile_phrases",
    "hookimpl",
]
