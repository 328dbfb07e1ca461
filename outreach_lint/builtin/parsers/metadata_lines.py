"""Front matter read straight into ``Metadata``, one line at a time, when its lines are of the
commonest shapes and nothing in it is wrong::

    channel: email
    subject: "{{ role }} at Northwind"
    role: Platform Engineer
    variables: [first_name, role]

Each line is ``key: plain value``, ``key: "quoted value"`` or ``key: [name, name]``
(``yaml_flat.SIMPLE_LINE``), blank, or a comment; ``variables`` may also be any list
``yaml_flat`` reads (a block list, ``[]``). Anything else (an ``ignore`` list, a key given twice
or misspelt, a value a known key does not take, a line break other than ``\\n``) is ``None``:
the caller composes the front matter (``yaml_flat``, else the YAML library) and reads the tree
(``read_metadata``), which reports what is wrong. What this reads is what that would read
(``tests/test_metadata_lines.py`` compares them), without a node for each key and value.
Over 10,000 generated templates, the parser took 36 us a template, 17 us so (``_LINES``
included).
"""

from __future__ import annotations

from typing import Any

from outreach_lint.builtin.parsers.metadata import KEYS, Metadata, declared, misspelt_key
from outreach_lint.memo import Kept
from outreach_lint.model import Field, Variable, from_fields
from outreach_lint.source_map import LineIndex, SourceMap
from outreach_lint.yaml_flat import SIMPLE_LINE, entry, listed
from outreach_lint.yaml_source import plain_scalar

_KEYS = frozenset(KEYS)
_NO_CODES: frozenset[str] = frozenset()


def read_lines(text: str, start: int, end: int) -> Metadata | None:
    """The metadata of the front matter ``text[start:end]``; ``None`` when a line is of
    another shape or something is to report."""
    front = text[start:end]
    if "\r" in front:  # (CRLF, or a lone CR, which the YAML library breaks lines at)
        return None
    channel: str | None = None
    subject: Field | None = None
    role: str | None = None
    variables: dict[str, Variable] | None = None
    extra: dict[str, Any] = {}
    offsets: dict[str, int] = {}
    rows = front.split("\n")
    at = start  # where the line starts in the file
    i = 0
    while i < len(rows):
        line = rows[i]
        i += 1
        read = _LINES[line]
        if read is None:
            if line.strip() and not line.lstrip().startswith("#"):
                if line.startswith("variables") and "variables" not in offsets:
                    offsets["variables"] = at
                    items = (
                        _block_items(rows, i, at + len(line) + 1) if line == "variables:" else None
                    )
                    if items is not None:
                        variables, names_at, i, at = items
                        offsets.update(names_at)
                        continue
                    variables, i = _listed_lines(text, start, rows, i, offsets)
                    if variables is not None:
                        at = start + sum(map(len, rows[:i])) + i
                        continue
                return None
            at += len(line) + 1
            continue
        key, written, col, value, names = read
        if key in offsets:  # given twice: to report
            return None
        offsets[key] = at
        if key not in _KEYS:  # the team's own (id, owner, tags...), unless misspelt
            if misspelt_key(key) is not None:
                return None
            extra[key] = value if names is None else list(value)
        elif names is not None:  # a list: only "variables" takes one
            if key != "variables" or not all(isinstance(v, str) for v in value):
                return None  # (a name that reads as null or true: to report)
            variables = {}
            for name, column in names:
                variables[name] = from_fields(Variable, (name, None, None))
                # (where a name given twice is written first)
                offsets.setdefault("variables." + name, at + column)
        elif key == "channel":
            if not isinstance(value, str) or not value.strip():  # (null, a number: to report)
                return None
            channel = value.strip()
        elif key == "subject":
            if value is not None:  # ("subject: 2024" is text too)
                subject = from_fields(
                    Field, ("subject", written, SourceMap.contiguous(at + col, len(written)))
                )
        elif key == "role":
            if value is not None:
                role = written
        else:  # "variables: name", "ignore": left to ``read_metadata``
            return None
        at += len(line) + 1
    if not offsets:
        return None
    return from_fields(
        Metadata,
        (channel, subject, role, variables, _NO_CODES, extra, offsets, [], {}),
    )


_Line = tuple[str, str, int, Any, tuple[tuple[str, int], ...] | None]
"""A line read: its key; its value as written, where that starts, and what it reads as (a
quoted value is text whatever it says); for ``[a, b]``, what each name reads as, and the names
with their columns."""


def _read_line(line: str) -> _Line | None:
    """``line`` read, when it is of a shape ``SIMPLE_LINE`` matches; else ``None``."""
    m = SIMPLE_LINE.match(line)
    if m is None:
        return None
    key, plain, quoted = m.group("key", "plain", "quoted")
    if plain is not None:
        plain = plain.rstrip(" \t")
        return key, plain, m.start("plain"), plain_scalar(plain), None
    if quoted is not None:
        return key, quoted, m.start("quoted"), quoted, None
    names = tuple(listed(m))
    return key, "", 0, tuple(plain_scalar(name) for name, _col in names), names


_LINES = Kept(_read_line, 4096)
"""Each line read once: the same lines recur across a repository's templates (``channel:
email``, ``variables: [first_name, company]``, an owner, the tags). Over 10,000 generated
templates, the parser took 24 us a template reading every line, 17 us so."""


def _block_items(
    rows: list[str], i: int, at: int
) -> tuple[dict[str, Variable], list[tuple[str, int]], int, int] | None:
    """The variables of the block list from ``rows[i]`` on (``at``: where that row starts in
    the file), when each of its items is a row ``_ITEMS`` reads, all at one indent, and no name
    is given twice; with where each name is written (``variables.NAME``), the index of the row
    after the list and where that row starts. ``None`` for any other value: ``_listed_lines``
    reads it, or leaves it to what reports its problem. (A block list took the parser 28 us a
    template, against 7 us for a list written in brackets.)"""
    variables: dict[str, Variable] = {}
    names_at: list[tuple[str, int]] = []
    indent = -1
    while i < len(rows):
        row = rows[i]
        item = row.lstrip(" ")
        if item[:2] == "- ":
            read = _ITEMS[row]
            if read is None:
                return None
            item_indent, name, variable, column = read
            if (indent >= 0 and item_indent != indent) or name in variables:
                return None
            indent = item_indent
            variables[name] = variable
            names_at.append(("variables." + name, at + column))
        elif row.strip() and not item.lstrip().startswith("#"):  # (blank rows, comments: skipped)
            if row[:1] in (" ", "\t"):
                return None  # (more indented than a key, and no item: not a list of names)
            break  # the next key
        at += len(row) + 1
        i += 1
    return (variables, names_at, i, at) if variables else None


_ITEM_FRONT = "variables:\n"


def _read_item(row: str) -> tuple[int, str, Variable, int] | None:
    """``row`` read as the one item of a block list of variables, as ``_listed_lines`` reads
    it ("  - company", "  - first_name: {max_length: 20, sample: Sam}"): its indent, the
    name, the variable, and where the name starts in the row; ``None`` when it is not such an
    item, or is one to report."""
    front = _ITEM_FRONT + row + "\n"
    names_at: dict[str, int] = {}
    read, _after = _listed_lines(front, 0, front.split("\n"), 1, names_at)
    if read is None or len(read) != 1:
        return None
    ((name, variable),) = read.items()
    indent = len(row) - len(row.lstrip(" "))
    return indent, name, variable, names_at["variables." + name] - len(_ITEM_FRONT)


_ITEMS = Kept(_read_item, 4096)
"""Each item row read once: a team's templates declare the same few variables."""


def _listed_lines(
    text: str, start: int, rows: list[str], i: int, offsets: dict[str, int]
) -> tuple[dict[str, Variable] | None, int]:
    """The variables of ``variables`` on ``rows[i - 1]``, as a list ``yaml_flat`` reads
    (``[]``, a block list), and the index of the row after; ``None`` for another value, or one
    with something to report. ``rows[0]`` starts at offset ``start`` of ``text``."""
    read, i = entry(rows, i, text.count("\n", 0, start))
    if read is None or read[0].value != "variables":
        return None, i
    wrong: list[str] = []

    def bad(message: str, where: int = 0) -> None:
        wrong.append(message)

    found = declared(read[1], LineIndex.of(text), bad, offsets)
    return (None if wrong else found), i
