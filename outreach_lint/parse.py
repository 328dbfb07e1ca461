"""Parse a file into templates, and scan each template's fields with the active dialects."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Mapping, Sequence

from outreach_lint.config_file import did_you_mean
from outreach_lint.message import Message, scan
from outreach_lint.model import (
    Channel,
    Dialect,
    ParseResult,
    Problem,
    SourceFile,
    Template,
    TemplateParser,
)

INVALID = "OL902"
TEXT_PARSER = "text"


def parse_file(src: SourceFile, parsers: Sequence[TemplateParser]) -> ParseResult | None:
    """The first parser that claims the file by name and content; ``None`` when none does.

    A file no parser claims by name (named explicitly on the command line) is read by the
    built-in ``text`` parser.
    """
    name = os.path.normcase(os.path.basename(src.path))
    claimed = [p for p in parsers if _names(p.patterns).match(name)]
    fallback = [p for p in parsers if p.name == TEXT_PARSER]
    for parser in claimed or fallback:
        result = parser.parse(src)
        if result is not None:
            return result
    return None


def _names(globs: Sequence[str]) -> re.Pattern[str]:
    """One pattern for the file names that ``globs`` claim, as ``fnmatch.fnmatch`` matches
    them: a file's name is tried against every parser's globs, one call instead of one for
    each glob."""
    kept = _NAMES.get(id(globs))
    if kept is None or kept[0] is not globs:
        either = "|".join(fnmatch.translate(os.path.normcase(g)) for g in globs) or "(?!)"
        kept = _NAMES[id(globs)] = (globs, re.compile(either))
    return kept[1]


_NAMES: dict[int, tuple[Sequence[str], re.Pattern[str]]] = {}


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
) -> tuple[Message | None, Message]:
    subject = scan(template.subject, dialects) if template.subject is not None else None
    return subject, scan(template.body, dialects)
