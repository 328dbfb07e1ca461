"""The fast path for flat front matter and configs: ``key: value`` lines, flow and block lists
of plain scalars, read into the same ``Node`` tree as the YAML library would compose, in a
tenth of the time (most front matter is a few such lines). Anything else is ``None``, and the
caller composes the text with the YAML library."""

from __future__ import annotations

import re

from outreach_lint.model import from_fields
from outreach_lint.patterns import compile_regex
from outreach_lint.yaml_source import Node

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
    rest = _uncommented(rest)
    value = rest.lstrip(" \t")
    return m.group(), value.rstrip(" \t"), colon + len(rest) - len(value)


def _uncommented(rest: str) -> str:
    """``rest`` of a line without its comment (from a "#" after white space)."""
    comment = _COMMENT_START.search(rest) if "#" in rest else None
    return rest if comment is None else rest[: comment.start()]


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
    return from_fields(Node, ("scalar", value, "", style, (row, col), end))


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


SIMPLE_LINE = compile_regex(
    r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]+(?:"
    r"(?P<plain>[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#:]*(?::(?![ \t]|$)[^#:]*)*)"
    r"|\"(?P<quoted>[^\"\\#]*)\"[ \t]*"
    r"|(?P<names>\[[ \t]*[A-Za-z_][\w-]*(?:[ \t]*,[ \t]*[A-Za-z_][\w-]*)*[ \t]*\])[ \t]*"
    r")$"
)
"""The most common lines, with no comment and no '#' at all, in one match: ``key: plain
value``, ``key: "quoted value"`` and ``key: [name, name]``, read as ``key_value`` and
``_flat_value`` read them (a plain value's trailing white space is still to trim). Over
10,000 generated front matters (7 lines each, all but block lists and the closing blank one
of these shapes), ``compose_flat`` took 247 ms, 183 ms so."""


def _simple_value(m: re.Match[str], row: int) -> Node:
    """The value of a line ``SIMPLE_LINE`` matched, but a plain one (``compose_flat`` makes
    those itself)."""
    quoted = m["quoted"]
    if quoted is not None:
        return _scalar(quoted, row, m.start("quoted") - 1, '"')
    names = [  # (as ``_scalar`` makes each, without a call for each name)
        from_fields(Node, ("scalar", name, "", None, (row, col), (row, col + len(name))))
        for name, col in listed(m)
    ]
    start, end = m.span("names")
    return from_fields(Node, ("seq", names, "", None, (row, start), (row, end)))


def listed(m: re.Match[str]) -> list[tuple[str, int]]:
    """The names of ``[name, name]`` on a line ``SIMPLE_LINE`` matched, each with its column:
    split at the commas in C (finding each name with a pattern cost 7 M more instructions over
    1,000 templates), white space around it trimmed."""
    start, end = m.span("names")
    found = []
    col = start + 1
    for piece in m.string[col : end - 1].split(","):
        name = piece.strip(" \t")
        found.append((name, col + len(piece) - len(piece.lstrip(" \t"))))
        col += len(piece) + 1
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
        simple = SIMPLE_LINE.match(line)
        if simple is not None:
            row = first_line + i - 1
            name, plain = simple.group("key", "plain")
            key = from_fields(Node, ("scalar", name, "", None, (row, 0), (row, len(name))))
            if plain is None:
                items.append((key, _simple_value(simple, row)))
                continue
            # (the most common line, "key: plain value", made here as ``_scalar`` makes it)
            plain, col = plain.rstrip(" \t"), simple.start("plain")
            end = (row, col + len(plain))
            items.append((key, from_fields(Node, ("scalar", plain, "", None, (row, col), end))))
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        read, i = entry(lines, i, first_line)
        if read is None:
            return None
        items.append(read)
    if not items:
        return None
    return from_fields(Node, ("map", items, "", None, items[0][0].start, items[-1][1].end))


def entry(lines: list[str], i: int, first_line: int) -> tuple[tuple[Node, Node] | None, int]:
    """The key and the value of the entry on ``lines[i - 1]`` (not blank, not a comment, of
    any shape ``compose_flat`` reads), and the index of the line after it: after its block
    list, if it has one. ``None`` for an entry of another shape."""
    line = lines[i - 1]
    split = key_value(line)
    if split is None:
        return None, i
    name, raw, col = split
    row = first_line + i - 1
    key = _scalar(name, row, 0)
    if not raw:  # "key:", "key: ", "key:  # note": null, or a list
        try:
            listed, i = _block_list(lines, i, first_line)
        except _NotFlat:
            return None, i
        after = line.index(":", len(name)) + 1  # where YAML puts a null value
        return (key, listed or _scalar("", row, after)), i
    value = _flat_value(raw, row, col)
    return (None if value is None else (key, value)), i


_LIST_ITEM = compile_regex(r"(?P<indent> *)- +(?=\S)")
"""A block list item's dash, up to its value; the value is what follows, without a comment or
trailing white space (``_item_value``)."""
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
        row, col = first_line + i, m.end()
        item = _list_item(_item_value(line, col), row, col)
        if item is None:
            raise _NotFlat
        seq.append(item)
        i += 1
    if not seq:
        return None, i
    return Node("seq", seq, "", None, (seq[0].start[0], indent), seq[-1].end), i


def _item_value(line: str, start: int) -> str:
    r"""The value of a list item that starts at ``start`` in ``line``: white space and any
    comment trimmed, as matching ``(?P<value>\S.*?)[ \t]*(?:[ \t]#.*)?$`` there reads it,
    without the lazy value's try at every character (a front matter with a block list of two
    items: 225,000 -> 191,000 instructions)."""
    return _uncommented(line[start:]).rstrip(" \t")


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
