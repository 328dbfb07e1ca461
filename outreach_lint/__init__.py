"""outreach-lint: a linter for recruiting outreach templates.

The public API for plugin authors: ``hookimpl`` to mark hook implementations, the value
types rules, dialects, parsers, formatters and channels are made of, and ``load_pack`` to turn
a YAML rule pack into rules. Import from here, not from the modules behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    "load_pack",
]


if TYPE_CHECKING:
    from outreach_lint.packs import load_pack
else:
    # Only at run time: a module ``__getattr__`` seen by type checkers would make every
    # misspelt ``outreach_lint.X`` (and ``from outreach_lint import X``) type-check as its
    # return type.

    def __getattr__(name: str) -> object:
        """``load_pack``, imported on first use: ``import outreach_lint`` (paid by every run,
        even on one file) does not load the rule-pack package and what it imports."""
        if name == "load_pack":
            from outreach_lint.packs import load_pack

            globals()["load_pack"] = load_pack
            return load_pack
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "load_pack"})
