"""YAML with positions: compose a document, read values, and map scalars back to the file.

ruamel.yaml composes the node tree (with the C parser when ``ruamel.yaml.clib`` is installed);
marks give each node's 0-based line and column. ``scalar_field`` turns a string node into a
``Field`` whose ``SourceMap`` points every character of the value at the character of the file
it came from, for plain, quoted, literal (``|``) and folded (``>``) scalars alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from outreach_lint.model import Field
from outreach_lint.patterns import compile_regex
from outreach_lint.source_map import LineIndex, Segment, SourceMap

_INT = compile_regex(r"^[-+]?(?:0|[1-9][0-9_]*)$")
_FLOAT = compile_regex(r"^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$")
_NUMBER_START = frozenset("+-.0123456789")
"""The characters ``_INT`` and ``_FLOAT`` matches can start with."""
_DQ_ESCAPE = compile_regex(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\n[ \t]*|.)")
_SQ_ESCAPE = compile_regex(r"''")


class YamlError(Exception):
    """Invalid YAML: ``line`` and ``column`` are 0-based, like YAML marks."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class Node(NamedTuple):
    """A composed node, reduced to what the parsers use."""

    kind: str
    """``map``, ``seq`` or ``scalar``."""
    value: Any
    """For ``map``: list of (key Node, value Node); ``seq``: list of Node; ``scalar``: str."""
    tag: str
    style: str | None
    start: tuple[int, int]
    end: tuple[int, int]


_loaders: dict[bool, Any] = {}


def _yaml(pure: bool = False) -> Any:
    """The YAML library's safe loader: its C one, or (``pure``) the one written in Python,
    which does not take U+2028 inside a value for a line break, as the C one does."""
    loader = _loaders.get(pure)
    if loader is None:
        from ruamel.yaml import YAML

        loader = _loaders[pure] = YAML(typ="safe", pure=pure)
    return loader


def compose(text: str) -> Node | None:
    """Compose ``text`` (one YAML document); raise ``YamlError`` with the problem's position."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    # The YAML library also breaks lines at NEL, U+2028 and U+2029; positions here count "\n"
    # only, as editors and the rest of outreach-lint do: they are then made from each mark's
    # character index.
    other_breaks = _OTHER_BREAKS.search(text) is not None
    where = _position_in(text) if other_breaks else _line_and_column
    try:
        node = _yaml(pure=other_breaks).compose(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = str(e.problem or e.context or "invalid YAML")
        if problem.startswith("but found another document"):
            problem = "a file holds one YAML document: remove the '---' line that starts another"
        line, column = where(mark) if mark is not None else (0, 0)
        raise YamlError(problem, line, column) from None
    except YAMLError as e:
        raise YamlError(str(e).splitlines()[0] if str(e) else "invalid YAML", 0, 0) from None
    return None if node is None else _convert(node, where)


_VALUE_LINE = compile_regex(r"[ \t]*(?:-[ \t]+)?([\w.-]+):[ \t]+(\S.*?)[ \t]*")
_BLOCK_HEADER = compile_regex(r"[|>][-+0-9]*")
_COMMENT_AFTER = compile_regex(r"[ \t]+#.*$")
"""A YAML comment after a value ("subject: Re: the role  # for nurses"): not part of it."""
_NEEDS_QUOTES = compile_regex(r"[{\[&*!|>'\"%@`]|.*(?::[ \t]|[ \t]#)")


def quoting_hint(error: YamlError, text: str) -> str:
    """For an error on a ``key: value`` line whose value YAML reads as more than text (a colon
    and space, a leading brace, bracket or quote it does not close), how to write it: the
    usual cause in templates ("subject: Re: Charge Nurse role"). Else ``""``."""
    all_lines = text.split("\n")
    for number in (error.line, error.line - 1):
        if not 0 <= number < len(all_lines):
            continue
        m = _VALUE_LINE.fullmatch(all_lines[number])
        if m is None:
            continue
        key, value = m[1], _COMMENT_AFTER.sub("", m[2])
        if _BLOCK_HEADER.fullmatch(value) or not _NEEDS_QUOTES.match(value):
            continue  # a block scalar's "|" is not a value to quote
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"; put the value of '{key}' in double quotes: {key}: {quoted}"
    return ""


_OTHER_BREAKS = compile_regex("[\x85\u2028\u2029]")


def _line_and_column(mark: Any) -> tuple[int, int]:
    return mark.line, mark.column


def _position_in(text: str) -> Callable[[Any], tuple[int, int]]:
    def position(mark: Any) -> tuple[int, int]:
        index = mark.index
        return text.count("\n", 0, index), index - (text.rfind("\n", 0, index) + 1)

    return position


def _convert(node: Any, where: Callable[[Any], tuple[int, int]]) -> Node:
    start, end = where(node.start_mark), where(node.end_mark)
    tag = str(node.tag)
    if tag.endswith(":map") or type(node).__name__ == "MappingNode":
        items = [(_convert(k, where), _convert(v, where)) for k, v in node.value]
        return Node("map", _merged(items), tag, None, start, end)
    if tag.endswith(":seq") or type(node).__name__ == "SequenceNode":
        return Node("seq", [_convert(v, where) for v in node.value], tag, None, start, end)
    style = node.style if node.style else None
    return Node("scalar", node.value, tag, style, start, end)


def _merged(items: list[tuple[Node, Node]]) -> list[tuple[Node, Node]]:
    """A mapping's items with its merge keys applied (``<<: *defaults``, ``<<: [*a, *b]``): the
    keys of the merged mappings that the mapping does not set itself, after its own."""
    merges = [(k, v) for k, v in items if k.kind == "scalar" and k.tag.endswith(":merge")]
    if not merges:
        return items
    own = [(k, v) for k, v in items if not (k.kind == "scalar" and k.tag.endswith(":merge"))]
    seen = {k.value for k, _ in own if k.kind == "scalar"}
    out = list(own)
    for _, value in merges:
        for source in value.value if value.kind == "seq" else [value]:
            if source.kind != "map":
                continue
            for k, v in source.value:
                if k.kind == "scalar" and k.value not in seen:
                    seen.add(k.value)
                    out.append((k, v))
    return out


def to_python(node: Node) -> Any:
    """The plain Python value of a node (YAML 1.2 core schema for scalars)."""
    if node.kind == "map":
        return {to_python(k): to_python(v) for k, v in node.value}
    if node.kind == "seq":
        return [to_python(v) for v in node.value]
    value: str = node.value
    if node.style is not None or node.tag.endswith(":str"):
        return value
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    if value in ("true", "True", "TRUE"):
        return True
    if value in ("false", "False", "FALSE"):
        return False
    if value[0] not in _NUMBER_START:  # most values are words: no number pattern to try
        return value
    if _INT.match(value):
        return int(value.replace("_", ""))
    if _FLOAT.match(value) and any(c.isdigit() for c in value):
        return float(value.replace("_", ""))
    return value


def mapping_items(node: Node) -> Iterator[tuple[str, Node, Node]]:
    """(key text, key node, value node) for each entry of a mapping node."""
    for k, v in node.value:
        yield str(k.value) if k.kind == "scalar" else "", k, v


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


# --- the fast path for flat front matter ----------------------------------------------------

_KEY = compile_regex(r"[A-Za-z_][\w-]*(?=[ \t]*:)")
_COMMENT_START = compile_regex(r"[ \t]#")


def key_value(line: str) -> tuple[str, str, int] | None:
    r"""``key: value  # comment`` split into the key, the value (white space and comment
    trimmed; empty for ``key:`` and ``key:  # note``) and the value's column; ``None`` for a
    line of another shape (``key:value``, no key). The same as matching
    ``(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*(?:[ \t]#.*)?$``, without
    the lazy value's try at every character."""
    m = _KEY.match(line)
    if m is None:
        return None
    colon = line.index(":", m.end()) + 1
    rest = line[colon:]
    if not rest.strip(" \t"):
        return m.group(), "", colon
    if rest[0] not in " \t":
        return None
    comment = _COMMENT_START.search(rest) if "#" in rest else None
    if comment is not None:
        rest = rest[: comment.start()]
    value = rest.lstrip(" \t")
    return m.group(), value.rstrip(" \t"), colon + len(rest) - len(value)


_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""Characters a one-line plain scalar read here does not start with (YAML gives most of them
a meaning there; the others are left to the library)."""
_DOUBLE = compile_regex(r'"[^"\\]*"$')
_SINGLE = compile_regex(r"'[^']*'$")
_FLOW_ITEM = compile_regex(r"[ \t]*(?P<item>[^,\[\]{}#&*!|>'\"%@`\s][^,\[\]{}#:]*?)[ \t]*(?:,|$)")
_FLOW_PAIR = compile_regex(
    r"[ \t]*(?P<key>[A-Za-z_][\w-]*):[ \t]+(?P<item>[A-Za-z0-9_][\w .@-]*?)[ \t]*(?:,|$)"
)


def _scalar(value: str, row: int, col: int, style: str | None = None) -> Node:
    """A one-line scalar at ``(row, col)``; quoted (``style``) it spans its quotes too."""
    end = (row, col + len(value) + 2 * bool(style))
    return _new(Node, ("scalar", value, "", style, (row, col), end))  # half of Node(...)'s time


_new = tuple.__new__


def _flow_entries(raw: str, entry: re.Pattern[str]) -> list[re.Match[str]] | None:
    """The ``entry`` matches in ``[...]`` or ``{...}`` (offsets in ``raw``); ``None`` when one
    of its entries is not of that shape."""
    found: list[re.Match[str]] = []
    pos, end = 1, len(raw) - 1
    while pos < end and raw[pos:end].strip():
        m = entry.match(raw, pos, end)
        if m is None:
            return None
        found.append(m)
        pos = m.end()
    return found


def compose_flat(text: str, first_line: int = 0) -> Node | None:
    """Compose front matter made only of ``key: scalar`` and ``key: [a, b]`` lines, and of
    ``key:`` followed by a block list whose items are scalars or ``name: {k: v, ...}``.

    This covers nearly every real front matter and costs a fraction of a YAML parser. Anything
    else (nesting, multi-line values, anchors, escapes) returns ``None``, and the caller uses
    ``compose``. ``first_line`` is the 0-based line of ``text`` in its file. Nodes have the
    values and start positions the YAML library gives them (not its tags or end positions).
    """
    items: list[tuple[Node, Node]] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        split = key_value(line)
        if split is None:
            return None
        name, raw, col = split
        row = first_line + i - 1
        key = _scalar(name, row, 0)
        if not raw:  # "key:", "key: ", "key:  # note": null, or a list
            try:
                listed, i = _block_list(lines, i, first_line)
            except _NotFlat:
                return None
            after = line.index(":", len(name)) + 1  # where YAML puts a null value
            items.append((key, listed or _scalar("", row, after)))
            continue
        value = _flat_value(raw, row, col)
        if value is None:
            return None
        items.append((key, value))
    if not items:
        return None
    return Node("map", items, "", None, items[0][0].start, items[-1][1].end)


_LIST_ITEM = compile_regex(r"(?P<indent> *)- +(?P<value>\S.*?)[ \t]*(?:[ \t]#.*)?$")
_ITEM_KEY = compile_regex(r"(?P<key>[A-Za-z_][\w-]*):[ \t]+(?=\S)")


class _NotFlat(Exception):
    """A block list with an item ``compose_flat`` does not read."""


def _block_list(lines: list[str], i: int, first_line: int) -> tuple[Node | None, int]:
    """The block list starting at ``lines[i]`` and the index after it (``None`` when there is
    none there: the key's value is null); raises ``_NotFlat`` for an item it does not read."""
    seq: list[Node] = []
    indent = -1
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            i += 1
            continue
        m = _LIST_ITEM.match(line)
        if m is None or (indent >= 0 and len(m.group("indent")) != indent):
            if m is None and line[:1] in (" ", "\t"):
                raise _NotFlat  # a more-indented line that is not an item
            break
        indent = len(m.group("indent"))
        row, col = first_line + i, m.start("value")
        item = _list_item(m.group("value"), row, col)
        if item is None:
            raise _NotFlat
        seq.append(item)
        i += 1
    if not seq:
        return None, i
    return Node("seq", seq, "", None, (seq[0].start[0], indent), seq[-1].end), i


def _list_item(raw: str, row: int, col: int) -> Node | None:
    """``name`` or ``name: {max_length: 20, sample: Sam}``: a scalar, or a one-key map."""
    m = _ITEM_KEY.match(raw)
    if m is None:
        return _flat_value(raw, row, col)
    key = _scalar(m.group("key"), row, col)
    rest, col = raw[m.end() :], col + m.end()
    value = _flow_map(rest, row, col) if rest.startswith("{") else _flat_value(rest, row, col)
    return None if value is None else Node("map", [(key, value)], "", None, key.start, value.end)


def _flow_map(raw: str, row: int, col: int) -> Node | None:
    """``{k: v, k: v}`` of plain names and values (no quotes, no nesting)."""
    pairs = _flow_entries(raw, _FLOW_PAIR) if raw.endswith("}") else None
    if pairs is None:
        return None
    nodes = [
        (
            _scalar(p["key"], row, col + p.start("key")),
            _scalar(p["item"], row, col + p.start("item")),
        )
        for p in pairs
    ]
    return Node("map", nodes, "", None, (row, col), (row, col + len(raw)))


def _flat_value(raw: str, row: int, col: int) -> Node | None:
    if raw.startswith('"') and _DOUBLE.match(raw):
        return _scalar(raw[1:-1], row, col, '"')
    if raw.startswith("'") and _SINGLE.match(raw):
        return _scalar(raw[1:-1], row, col, "'")
    if raw.startswith("[") and raw.endswith("]"):
        items = _flow_entries(raw, _FLOW_ITEM)
        if items is None:
            return None
        seq = [_scalar(m["item"], row, col + m.start("item")) for m in items]
        return Node("seq", seq, "", None, (row, col), (row, col + len(raw)))
    if _plain(raw):
        return _scalar(raw, row, col)
    return None


def _plain(raw: str) -> bool:
    """Is ``raw`` (one line, not empty) a plain scalar read here: no special first character,
    no comment, no trailing white space, and no ':' that would make it a mapping key?"""
    return (
        bool(raw)
        and raw[0] not in _NOT_PLAIN_START
        and "#" not in raw
        and raw[-1] not in " \t"
        and ": " not in raw
        and ":\t" not in raw
        and raw[-1] != ":"
    )
