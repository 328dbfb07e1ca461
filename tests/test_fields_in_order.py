"""The pipeline builds some NamedTuples from their fields in order with ``model.from_fields``,
without their Python ``__new__`` (templates, their front matter and declared variables,
placeholders, YAML nodes, source-map segments, findings): thousands a run. A field added to one
of them (with a default) would be missing from what those calls make, and fail only where it is
read. Each is checked here to hold every one of its fields, as made from real templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from conftest import lint_text, make_linter

from outreach_lint import parse
from outreach_lint.builtin.parsers.metadata import read_metadata
from outreach_lint.model import SourceFile
from outreach_lint.source_map import LineIndex
from outreach_lint.yaml_flat import compose_flat

EXAMPLES = Path(__file__).parent.parent / "examples" / "templates-repo" / "templates"

FRONT_MATTER = """\
channel: email
role: Data Engineer
subject: "Data Engineer at Northwind"
variables: [first_name, company]
tags:
  - first_name: {max_length: 20, sample: Sam}
  - skill
"""


def _whole(value: NamedTuple) -> bool:
    return len(value) == len(type(value)._fields)


def _nodes(node: Any) -> list[Any]:
    found = [node]
    if isinstance(node.value, list):  # a sequence's nodes, a mapping's (key, value) pairs
        for item in node.value:
            for child in (item,) if hasattr(item, "kind") else item:
                found.extend(_nodes(child))
    return found


def test_templates_placeholders_and_segments_hold_every_field() -> None:
    linter = make_linter()
    files = sorted(p for p in EXAMPLES.rglob("*") if p.is_file())
    assert any(p.suffix == ".yaml" for p in files) and any(p.suffix == ".md" for p in files)
    templates = placeholders = 0
    for path in files:
        parsed = parse.parse_file(
            SourceFile(str(path), path.read_text(encoding="utf-8")), linter.registry.parsers
        )
        assert parsed is not None
        for template in parsed.templates:
            assert _whole(template), path
            templates += 1
            _, subject, body = parse.scan_template(template, linter.shared.dialects)
            for message in (body,) if subject is None else (subject, body):
                for p in message.placeholders:
                    assert _whole(p), (path, p)
                    placeholders += 1
                assert all(_whole(s) for s in message.field.source_map._segments), path
    assert templates >= 5 and placeholders >= 10


def test_front_matter_nodes_and_metadata_hold_every_field() -> None:
    node = compose_flat(FRONT_MATTER)
    assert node is not None
    nodes = _nodes(node)
    assert len(nodes) > 10 and all(_whole(n) for n in nodes)
    meta = read_metadata(node, LineIndex.of(FRONT_MATTER))
    assert _whole(meta) and meta.variables
    assert all(_whole(v) for v in meta.variables.values())


def test_findings_hold_every_field() -> None:
    findings = lint_text("Dear Candidate, exciting opportunity!!! Apply ASAP.")
    assert findings and all(_whole(f) for f in findings)
