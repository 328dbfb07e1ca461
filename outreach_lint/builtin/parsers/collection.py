"""YAML collections: many templates in one ``.yaml`` file under a top-level ``templates:``.

::

    templates:
      - name: data-engineer-note
        channel: linkedin_connection_note
        body: |
          Hi {{ first_name }}, ...

Each item takes the front-matter keys plus ``name`` and ``body``. A YAML file without a
top-level ``templates:`` list is not a template file (a CI or config file) and is skipped, as
is one whose ``templates:`` is no list of mappings with a template's keys (another tool's).
"""

from __future__ import annotations

import re

from outreach_lint.builtin.parsers.metadata import INVALID, read_metadata, template_of
from outreach_lint.model import Field, ParseResult, Problem, SourceFile, TemplateParser
from outreach_lint.patterns import compile_regex
from outreach_lint.source_map import LineIndex, SourceMap
from outreach_lint.yaml_field import scalar_field
from outreach_lint.yaml_source import Node, YamlError, compose, quoting_hint, to_python

PATTERNS = ("*.yaml", "*.yml")
_TEMPLATES_KEY = compile_regex(r"^templates[ \t]*:", re.MULTILINE)


def parse(src: SourceFile) -> ParseResult | None:
    text = src.text
    if _TEMPLATES_KEY.search(text) is None:
        return None
    lines = LineIndex.of(text)
    try:
        root = compose(text)
    except YamlError as e:
        return ParseResult(
            [],
            [
                Problem(
                    INVALID,
                    lines.offset(e.line, e.column),
                    f"invalid YAML: {e}{quoting_hint(e, text)}",
                )
            ],
        )
    if root is None or root.kind != "map":
        return None
    seq = next((v for k, v in root.value if k.kind == "scalar" and k.value == "templates"), None)
    if seq is None or not _holds_templates(seq):
        return None  # another tool's 'templates:' (a Helm-like map, a list of file names)
    result = ParseResult([], [])
    for index, item in enumerate(seq.value, start=1):
        _item(src, item, index, lines, result)
    return result


_TEMPLATE_KEYS = frozenset(["body", "name", "subject", "channel", "variables"])


def _holds_templates(seq: Node) -> bool:
    """Is ``templates:`` a list of templates: a list with a mapping that has one of a
    template's keys, or a value written as prose (a body under a misspelt key is still a
    template, and its error is reported)? Another tool's ``templates: {default: basic}``, or
    its list of file names or of settings, is not this tool's file."""
    return seq.kind == "seq" and any(
        item.kind == "map" and any(k.value in _TEMPLATE_KEYS or _prose(v) for k, v in item.value)
        for item in seq.value
    )


def _prose(node: Node) -> bool:
    """A text of a few words, not a name, a path or a setting."""
    return node.kind == "scalar" and len(str(node.value).split()) >= 4


def _item(src: SourceFile, item: Node, index: int, lines: LineIndex, out: ParseResult) -> None:
    at = lines.offset(*item.start)
    if item.kind != "map":
        out.problems.append(
            Problem(INVALID, at, f"template #{index} must be a mapping with 'name' and 'body'")
        )
        return
    meta = read_metadata(item, lines, skip=("name", "body"))
    out.problems.extend(meta.problems)
    name_node = meta.nodes.get("name")
    name = (
        str(to_python(name_node))
        if name_node is not None and name_node.kind == "scalar"
        else f"#{index}"
    )
    body_node = meta.nodes.get("body")
    if body_node is None:
        texts = [str(k.value) for k, v in item.value if k.kind == "scalar" and _prose(v)]
        hint = f" (is {texts[0]!r} meant to be its body?)" if texts else ""
        out.problems.append(Problem(INVALID, at, f"template {name!r} has no 'body'{hint}"))
        return
    if body_node.kind != "scalar":
        out.problems.append(
            Problem(
                INVALID, meta.key_offsets["body"], f"the body of template {name!r} must be text"
            )
        )
        return
    body = (
        scalar_field("body", body_node, lines)
        if to_python(body_node) is not None
        else Field("body", "", SourceMap.contiguous(lines.offset(*body_node.start), 0))
    )
    out.templates.append(template_of(src.path, body, meta, meta.key_offsets["body"], name))


PARSER = TemplateParser("yaml-collection", PATTERNS, parse)
