"""Markdown and text templates, with optional YAML front matter or a ``Subject:`` line.

::

    ---
    channel: email
    subject: "{{ role }} at Northwind"
    variables: [first_name, role]
    ---
    Hi {{ first_name }}, ...

A file without front matter may start with ``Subject: ...``: that line is the subject, and the
template is an e-mail.
"""

from __future__ import annotations

import re

from outreach_lint.builtin.parsers.metadata import INVALID, read_metadata, template_of
from outreach_lint.builtin.parsers.metadata_lines import read_lines
from outreach_lint.model import Field, ParseResult, Problem, SourceFile, TemplateParser, from_fields
from outreach_lint.patterns import compile_regex
from outreach_lint.source_map import LineIndex, SourceMap
from outreach_lint.yaml_flat import compose_flat
from outreach_lint.yaml_source import YamlError, compose, quoting_hint

PATTERNS = (
    "*.md",
    "*.markdown",
    "*.txt",
    "*.text",
    "*.j2",
    "*.jinja",
    "*.jinja2",
    "*.hbs",
    "*.handlebars",
    "*.mustache",
    "*.liquid",
    "*.tmpl",
    "*.tpl",
)

_FRONT_START = compile_regex(r"---[ \t]*\n")
_FRONT_END = compile_regex(r"\n(?P<line>(?:---|\.\.\.)[ \t]*)$", re.MULTILINE)
"""The line that closes the front matter, found from the line break before it: the engine
looks for line breaks alone, where a pattern starting with ``^`` is tried at every character
(three times the time)."""
_SUBJECT = compile_regex(r"(?i)subject:[ \t]*(?P<value>[^\n]*)")


def parse(src: SourceFile) -> ParseResult:
    text = src.text
    start = _FRONT_START.match(text)
    if start is None:
        return _without_front_matter(src)
    end = _FRONT_END.search(text, start.end() - 1)  # (from the opening line's break)
    if end is None:
        return ParseResult(
            [],
            [Problem(INVALID, 0, "front matter starts with '---' but has no closing '---' line")],
        )
    closing = end.start("line")
    body_start = min(end.end() + 1, len(text))
    source_map = SourceMap.contiguous(body_start, len(text) - body_start)
    body = from_fields(Field, ("body", text[body_start:], source_map))  # (without Field.__new__)
    meta = read_lines(text, start.end(), closing)  # (most front matter; else its tree is read)
    if meta is None:
        return _composed(src, text[start.end() : closing], start.end(), body, closing)
    return from_fields(ParseResult, ([template_of(src.path, body, meta, closing)], []))


def _composed(
    src: SourceFile, front: str, front_start: int, body: Field, closing: int
) -> ParseResult:
    """The template of front matter ``read_lines`` does not read: composed (``compose_flat``,
    else the YAML library), its tree read, and what is wrong with it reported."""
    text = src.text
    lines = LineIndex.of(text)
    first_line = text.count("\n", 0, front_start)
    try:
        # Leading newlines keep YAML's line numbers those of the file.
        node = compose_flat(front, first_line) or compose("\n" * first_line + front)
    except YamlError as e:
        offset = lines.offset(e.line, e.column)
        message = f"invalid front matter: {e}{quoting_hint(e, text)}"
        return ParseResult([], [Problem(INVALID, offset, message)])
    if node is None:
        return ParseResult([template_of(src.path, body, None, closing)], [])
    if node.kind != "map":
        return ParseResult(
            [template_of(src.path, body, None, closing)],
            [Problem(INVALID, 0, "front matter must be 'key: value' lines")],
        )
    meta = read_metadata(node, lines)
    return from_fields(ParseResult, ([template_of(src.path, body, meta, closing)], meta.problems))


def _without_front_matter(src: SourceFile) -> ParseResult:
    text = src.text
    subject_match = _SUBJECT.match(text)
    if subject_match is None:
        body = Field("body", text, SourceMap.contiguous(0, len(text)))
        return ParseResult([template_of(src.path, body, None, 0)], [])
    value_start = subject_match.start("value")
    value = subject_match.group("value").rstrip()
    subject = Field("subject", value, SourceMap.contiguous(value_start, len(value)))
    body_start = min(subject_match.end() + 1, len(text))
    body = Field(
        "body", text[body_start:], SourceMap.contiguous(body_start, len(text) - body_start)
    )
    template = template_of(src.path, body, None, 0)._replace(subject=subject, channel="email")
    return ParseResult([template], [])


PARSER = TemplateParser("text", PATTERNS, parse)
