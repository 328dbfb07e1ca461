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
Over 10,000 generated templates, the parser took 36 us a template, 23 us so.
"""

from __future__ import annotations

from typing import Any

from outreach_lint.builtin.parsers.metadata import KEYS, Metadata, declared, misspelt_key
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
    first_line = text.count("\n", 0, start)  # (the line of rows[0] in the file, from 0)
    at = start  # where the line starts in the file
    i = 0
    while i < len(rows):
        line = rows[i]
        i += 1
        m = SIMPLE_LINE.match(line)
        if m is None:
            if line.strip() and not line.lstrip().startswith("#"):
                if line.startswith("variables") and "variables" not in offsets:
                    offsets["variables"] = at
                    variables, i = _listed_lines(text, rows, i, first_line, offsets)
                    if variables is not None:
                        at = start + sum(map(len, rows[:i])) + i
                        continue
                return None
            at += len(line) + 1
            continue
        key, plain, quoted = m.group("key", "plain", "quoted")
        if key in offsets:  # given twice: to report
            return None
        offsets[key] = at
        if plain is not None:
            plain = plain.rstrip(" \t")
        if key not in _KEYS:  # the team's own (id, owner, tags...), unless misspelt
            if misspelt_key(key) is not None:
                return None
            extra[key] = _value(m, plain, quoted)
        elif key == "channel":
            text_value = quoted if plain is None else _text(plain)
            if not text_value or not text_value.strip():  # (a list, null, a number: to report)
                return None
            channel = text_value.strip()
        elif key == "subject":
            if quoted is not None:
                subject = _field(quoted, at + m.start("quoted"))
            elif plain is None:  # a list: to report
                return None
            elif plain_scalar(plain) is not None:  # ("subject: 2024" is text too)
                subject = _field(plain, at + m.start("plain"))
        elif key == "role":
            if quoted is not None:
                role = quoted
            elif plain is None:
                return None
            elif plain_scalar(plain) is not None:
                role = plain
        elif key == "variables" and plain is None and quoted is None:
            variables = _names(m, at, offsets)
            if variables is None:
                return None
        else:  # "variables: name", "ignore": left to ``read_metadata``
            return None
        at += len(line) + 1
    if not offsets:
        return None
    return from_fields(
        Metadata,
        (channel, subject, role, variables, _NO_CODES, extra, offsets, [], {}),
    )


def _value(m: Any, plain: str | None, quoted: str | None) -> Any:
    """The value of a line's key, as ``to_python`` reads its node."""
    if plain is not None:
        return plain_scalar(plain)
    if quoted is not None:
        return quoted
    return [plain_scalar(name) for name, _col in listed(m)]


def _text(plain: str) -> str | None:
    value = plain_scalar(plain)
    return value if isinstance(value, str) else None


def _field(text: str, start: int) -> Field:
    """A field written verbatim at ``start``: no escape, no folded line."""
    return from_fields(Field, ("subject", text, SourceMap.contiguous(start, len(text))))


def _names(m: Any, at: int, offsets: dict[str, int]) -> dict[str, Variable] | None:
    """The variables of ``variables: [name, ...]``, each name's offset in ``offsets`` as
    ``variables.NAME``; ``None`` when a name reads as null or true (to report)."""
    found: dict[str, Variable] = {}
    for name, col in listed(m):
        if not isinstance(plain_scalar(name), str):
            return None
        found[name] = from_fields(Variable, (name, None, None))
        offsets.setdefault("variables." + name, at + col)  # (the first of a name given twice)
    return found


def _listed_lines(
    text: str, rows: list[str], i: int, first_line: int, offsets: dict[str, int]
) -> tuple[dict[str, Variable] | None, int]:
    """The variables of ``variables`` on ``rows[i - 1]``, as a list ``yaml_flat`` reads
    (``[]``, a block list), and the index of the row after (``first_line``: the line of
    ``rows[0]`` in ``text``); ``None`` for another value, or
    one with something to report."""
    read, i = entry(rows, i, first_line)
    if read is None or read[0].value != "variables":
        return None, i
    wrong: list[str] = []

    def bad(message: str, where: int = 0) -> None:
        wrong.append(message)

    found = declared(read[1], LineIndex.of(text), bad, offsets)
    return (None if wrong else found), i
