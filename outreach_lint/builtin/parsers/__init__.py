"""Built-in template file formats: Markdown/text with front matter, and YAML collections."""

from __future__ import annotations

from collections.abc import Sequence

from outreach_lint.builtin.parsers import collection, text
from outreach_lint.hookspecs import hookimpl
from outreach_lint.model import TemplateParser


@hookimpl
def outreach_lint_parsers() -> Sequence[TemplateParser]:
    return (text.PARSER, collection.PARSER)
