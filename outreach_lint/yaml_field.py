"""A scalar node as a ``Field``: every character of its value mapped back to the character of
the file it came from, for plain, quoted, literal (``|``) and folded (``>``) scalars alike,
after any anchor or tag."""

from __future__ import annotations

import re

from outreach_lint.model import Field
from outreach_lint.patterns import compile_regex
from outreach_lint.source_map import LineIndex, Segment, SourceMap
from outreach_lint.yaml_source import Node

_DQ_ESCAPE = compile_regex(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\n[ \t]*|.)")
_SQ_ESCAPE = compile_regex(r"''")

_PROPERTIES = compile_regex(r"(?:[&!][^\s]*\s+)+")
"""An anchor (``&body``) or a tag (``!!str``) before a value: where the node starts."""


def scalar_field(name: str, node: Node, lines: LineIndex) -> Field:
    """A ``Field`` for a scalar node, with every character mapped back to the file."""
    value = str(node.value)
    start = lines.offset(*node.start)
    end = lines.offset(*node.end)
    raw = lines.text[start:end]
    if raw[:1] in ("&", "!"):
        properties = _PROPERTIES.match(raw)
        if properties is not None:
            start += properties.end()
            raw = raw[properties.end() :]
    # A value that is its text verbatim (no escape, no folded line) maps character for character.
    if node.style in ('"', "'") and raw[1:-1] == value:
        return Field(name, value, SourceMap.contiguous(start + 1, len(value)))
    if node.style is None and raw == value:
        return Field(name, value, SourceMap.contiguous(start, len(value)))
    if node.style in ("|", ">"):
        runs = _block_runs(raw, start)
    elif node.style == '"':
        runs = _quoted_runs(raw[1:-1], start + 1, _DQ_ESCAPE)
    elif node.style == "'":
        runs = _quoted_runs(raw[1:-1], start + 1, _SQ_ESCAPE)
    else:
        runs = _quoted_runs(raw, start, None)
    return Field(name, value, SourceMap(_align(value, runs, start)))


def _block_runs(raw: str, base: int) -> list[tuple[str, int]]:
    """Content lines of a block scalar (after its header), each with its file offset."""
    header_end = raw.find("\n")
    if header_end == -1:
        return []
    body_lines = raw[header_end + 1 :].split("\n")
    # The least indented content line: the first one, unless an indentation indicator ("|2")
    # lets the first be indented more. Each run is then a piece of the value, as _align needs.
    indent = min(
        (len(line) - len(line.lstrip(" ")) for line in body_lines if line.strip()), default=0
    )
    runs: list[tuple[str, int]] = []
    pos = base + header_end + 1
    for line in body_lines:
        if line.strip():
            runs.append((line[indent:], pos + indent))
        pos += len(line) + 1
    return runs


def _quoted_runs(raw: str, base: int, escape: re.Pattern[str] | None) -> list[tuple[str, int]]:
    """Literal runs of a flow scalar: each line trimmed, split at escape sequences."""
    runs: list[tuple[str, int]] = []
    pos = base
    for i, line in enumerate(raw.split("\n")):
        stripped = line.strip(" \t") if i else line.rstrip(" \t")
        lead = len(line) - len(line.lstrip(" \t")) if i else 0
        at = pos + lead
        if escape is None:
            if stripped:
                runs.append((stripped, at))
        else:
            if escape is _DQ_ESCAPE and (len(stripped) - len(stripped.rstrip("\\"))) % 2:
                stripped = stripped[:-1]  # an escaped line break
            last = 0
            for m in escape.finditer(stripped):
                if m.start() > last:
                    runs.append((stripped[last : m.start()], at + last))
                last = m.end()
            if last < len(stripped):
                runs.append((stripped[last:], at + last))
        pos += len(line) + 1
    return runs


def _align(value: str, runs: list[tuple[str, int]], fallback: int) -> list[Segment]:
    """Find each run in ``value`` in order; runs are verbatim pieces of the value."""
    segments: list[Segment] = []
    vpos = 0
    for text, file_at in runs:
        found = value.find(text, vpos)
        if found == -1:
            continue
        segments.append(Segment(found, file_at, len(text)))
        vpos = found + len(text)
    if not segments or segments[0].field_start > 0:
        segments.insert(0, Segment(0, segments[0].file_start if segments else fallback, 0))
    return segments
