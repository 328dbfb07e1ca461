"""Parse a file into templates, and scan each template's fields with the active dialects."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from outreach_lint.config import did_you_mean
from outreach_lint.discover import globs_matcher
from outreach_lint.message import Message
from outreach_lint.model import (
    Channel,
    Dialect,
    ParseResult,
    Problem,
    SourceFile,
    Template,
    TemplateParser,
)
from outreach_lint.scan import scan

INVALID = "OL902"
TEXT_PARSER = "text"


def parse_file(src: SourceFile, parsers: Sequence[TemplateParser]) -> ParseResult | None:
    """The first parser that claims the file by name and content; ``None`` when none does.

    A file no parser claims by name (named explicitly on the command line) is read by the
    built-in ``text`` parser.
    """
    name = os.path.basename(src.path)
    claimed = [p for p in parsers if _claims(tuple(p.patterns))(name)]
    fallback = [p for p in parsers if p.name == TEXT_PARSER]
    for parser in claimed or fallback:
        result = parser.parse(src)
        if result is not None:
            return result
    return None


@lru_cache(maxsize=64)
def _claims(globs: tuple[str, ...]) -> Callable[[str], bool]:
    """Does one of a parser's ``globs`` match a file's name, as ``fnmatch.fnmatch`` matches
    (folding case where the file system does): one test for all of them, made once."""
    return globs_matcher(globs, case_sensitive=os.path.normcase("A") == "A")


def check_channel(
    template: Template, channels: Mapping[str, Channel], default: str | None
) -> tuple[Template, list[Problem]]:
    """Resolve the template's channel: an unknown name is a problem at the ``channel`` key."""
    if template.channel is None:
        return (template._replace(channel=default) if default else template), []
    if template.channel in channels:
        return template, []
    offset = template.key_offsets.get("channel", template.offset)
    hint = did_you_mean(template.channel, channels)
    message = f"unknown channel {template.channel!r}{hint}; known channels: {', '.join(channels)}"
    return template._replace(channel=None), [Problem(INVALID, offset, message)]


def scan_template(
    template: Template, dialects: Sequence[Dialect]
) -> tuple[Template, Message | None, Message]:
    """The template's subject and body scanned, and the template with the fields they read:
    those of an e-mail written as HTML have their character references decoded, and findings
    quote and place them from there."""
    subject = scan(template.subject, dialects) if template.subject is not None else None
    body = scan(template.body, dialects)
    if body.field is not template.body or (
        subject is not None and subject.field is not template.subject
    ):
        template = template._replace(
            body=body.field, subject=None if subject is None else subject.field
        )
    return template, subject, body
