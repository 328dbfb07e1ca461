"""YAML with positions: compose a document and read its values.

ruamel.yaml composes the node tree (with the C parser when ``ruamel.yaml.clib`` is installed);
marks give each node's 0-based line and column. ``yaml_field.scalar_field`` maps a scalar's
characters back to the file; ``yaml_flat.compose_flat`` reads flat front matter without the
YAML library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from outreach_lint.patterns import compile_regex

_INT = compile_regex(r"^[-+]?(?:0|[1-9][0-9_]*)$")
_FLOAT = compile_regex(r"^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$")
_WORDS: dict[str, bool | None] = {
    **dict.fromkeys(("", "~", "null", "Null", "NULL")),
    **dict.fromkeys(("true", "True", "TRUE"), True),
    **dict.fromkeys(("false", "False", "FALSE"), False),
}
"""The plain scalars that are no text: null, true and false as the core schema writes them."""
_NUMBER_START = frozenset("+-.0123456789")
"""The characters ``_INT`` and ``_FLOAT`` matches can start with."""


class YamlError(Exception):
    """Invalid YAML: ``line`` and ``column`` are 0-based, like YAML marks. ``unclosed``: at a
    quote that is never closed (no value on the line to suggest quoting)."""

    def __init__(self, message: str, line: int, column: int, unclosed: bool = False) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.unclosed = unclosed


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

    # The YAML library also breaks lines at NEL, U+2028 and U+2029 (a Word paste holds them),
    # where editors and the rest of outreach-lint count "\n" only, and in a block scalar such a
    # break ends the block ("expected <block end>"). They are read as characters of the text
    # they are in: each is swapped for a private-use stand-in while YAML reads the file, and
    # back in the values. (Should the file hold a stand-in already, positions are made from
    # each mark's character index instead, and blocks with such breaks fail.)
    other_breaks = _OTHER_BREAKS.search(text) is not None
    restore = None
    if other_breaks and not _STAND_IN.search(text):
        text, restore, other_breaks = text.translate(_HIDE_BREAKS), _SHOW_BREAKS, False
    where = _position_in(text) if other_breaks else _line_and_column
    try:
        node = _yaml(pure=other_breaks).compose(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        opened: tuple[int, int] | None = None
        if (
            e.context == "while scanning a quoted scalar"
            and e.context_mark is not None
            and str(e.problem).startswith(_NEVER_CLOSED)
        ):
            opened = where(e.context_mark)
        elif mark is not None:  # "subject: "Nurse role" then "role: "nurse"": read as one
            opened = _unclosed_above(text, where(mark)[0], other_breaks)
        if opened is not None:
            line, column = opened
            quote = text.split("\n")[line][column : column + 1] or '"'
            raise YamlError(
                f"this quoted text is never closed: add the closing {quote} where it ends",
                line,
                column,
                unclosed=True,
            ) from None
        problem = str(e.problem or e.context or "invalid YAML")
        if problem.startswith("but found another document"):
            problem = "a file holds one YAML document: remove the '---' line that starts another"
        if _unclosed_flow(e):  # "body: [1, 2": where the bracket opens, not where YAML gave up
            mark = e.context_mark
        line, column = _within(text, where(mark)) if mark is not None else (0, 0)
        raise YamlError(problem, line, column) from None
    except YAMLError as e:
        raise YamlError(str(e).splitlines()[0] if str(e) else "invalid YAML", 0, 0) from None
    return None if node is None else _convert(node, where, restore)


_NEVER_CLOSED = (
    "found unexpected end of stream",
    "found unexpected document separator",
    "found unexpected document indicator",  # (the C parser's words)
)
"""What the YAML library finds after a quote that is not closed (the file's end, or a ``---``
line), where it reports the error; the quote that opens the text is what to fix."""


def _unclosed_flow(e: Any) -> bool:
    """Is ``e`` a ``[`` or ``{`` never closed? The YAML reader reports it at the next key, a
    later template's or the end of the file, and where it opens is what to fix."""
    return (
        e.context_mark is not None
        and str(e.context).startswith("while parsing a flow")
        and str(e.problem).startswith("did not find expected")
    )


def _within(text: str, position: tuple[int, int]) -> tuple[int, int]:
    """``position``, or the end of the last line when it is past it (the YAML reader gives up
    after the final line break, on a line no editor shows)."""
    last = text.count("\n")
    if position[0] >= last > 0 and text.endswith("\n"):
        return last - 1, len(text) - 1 - (text.rfind("\n", 0, len(text) - 1) + 1)
    return position


_KEY_LINE = compile_regex(r"[ \t]*(?:-[ \t]+)?[\w.-]+:(?:[ \t]|$)")


def _unclosed_above(text: str, error_line: int, pure: bool) -> tuple[int, int] | None:
    """A ``key: "value`` line above ``error_line`` whose quote is not closed on it, with a
    ``key:`` line after it, and that the file reads past ``error_line`` with the quote closed:
    the quoted text ran on into the next keys, and the YAML reader stumbled further down (often
    at a value quoted properly). The quote's line and column."""
    lines = text.split("\n")
    for number in range(min(error_line, len(lines)) - 1, max(error_line - 20, 0) - 1, -1):
        m = _VALUE_LINE.fullmatch(lines[number])
        if m is None or m[2][0] not in "'\"" or number + 1 >= len(lines):
            continue
        quote, rest = m[2][0], m[2][1:]
        # what is left once escapes are gone: "\\" and '\"' in double quotes, "''" in single
        rest = (
            rest.replace("\\\\", "").replace('\\"', "") if quote == '"' else rest.replace("''", "")
        )
        if quote not in rest and _KEY_LINE.match(lines[number + 1]):
            closed = [*lines[:number], lines[number].rstrip() + quote, *lines[number + 1 :]]
            return (number, m.start(2)) if _reads_past(closed, error_line, pure) else None
    return None


def _reads_past(lines: list[str], error_line: int, pure: bool) -> bool:
    """Does the YAML reader get past ``error_line`` of these lines (or read them all)? (Not
    when the quote was text of a ``|`` block, or closed on a later line.)"""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        _yaml(pure=pure).compose("\n".join(lines))
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        return mark is not None and mark.line > error_line
    except YAMLError:
        return False
    return True


_VALUE_LINE = compile_regex(r"[ \t]*(?:-[ \t]+)?([\w.-]+):[ \t]+(\S.*?)[ \t]*")
_BLOCK_HEADER = compile_regex(r"[|>][-+0-9]*")
_COMMENT_AFTER = compile_regex(r"[ \t]+#(?:[ \t].*)?$")
"""A YAML comment after a value, written as one ("subject: Re: the role  # for nurses"): not
part of it. A ``#`` with no space after it is meant as text, whatever YAML makes of it: the
end of a template comment (``{# outreach-lint: noqa #}``), a hashtag (``#hiring``)."""
_NEEDS_QUOTES = compile_regex(r"[{\[&*!|>'\"%@`]|.*(?::[ \t]|[ \t]#)")


def quoting_hint(error: YamlError, text: str) -> str:
    """For an error on a ``key: value`` line whose value YAML reads as more than text (a colon
    and space, a leading brace, bracket or quote it does not close), how to write it: the
    usual cause in templates ("subject: Re: Charge Nurse role"). Else ``""``."""
    if error.unclosed:
        return ""
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
_HIDE_BREAKS = str.maketrans({"\x85": "\ue085", "\u2028": "\ue028", "\u2029": "\ue029"})
_SHOW_BREAKS = str.maketrans({"\ue085": "\x85", "\ue028": "\u2028", "\ue029": "\u2029"})
_STAND_IN = compile_regex("[\ue085\ue028\ue029]")


def _line_and_column(mark: Any) -> tuple[int, int]:
    return mark.line, mark.column


def _position_in(text: str) -> Callable[[Any], tuple[int, int]]:
    def position(mark: Any) -> tuple[int, int]:
        index = mark.index
        return text.count("\n", 0, index), index - (text.rfind("\n", 0, index) + 1)

    return position


def _convert(
    node: Any, where: Callable[[Any], tuple[int, int]], restore: dict[int, str] | None = None
) -> Node:
    start, end = where(node.start_mark), where(node.end_mark)
    tag = str(node.tag)
    if tag.endswith(":map") or type(node).__name__ == "MappingNode":
        items = [(_convert(k, where, restore), _convert(v, where, restore)) for k, v in node.value]
        return Node("map", _merged(items), tag, None, start, end)
    if tag.endswith(":seq") or type(node).__name__ == "SequenceNode":
        return Node("seq", [_convert(v, where, restore) for v in node.value], tag, None, start, end)
    style = node.style if node.style else None
    value = node.value if restore is None else node.value.translate(restore)
    return Node("scalar", value, tag, style, start, end)


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
    kind, value, tag, style = node[:4]  # (one slice: four attribute reads cost more)
    if kind == "map":
        return {to_python(k): to_python(v) for k, v in value}
    if kind == "seq":
        return [to_python(v) for v in value]
    if style is not None or tag.endswith(":str"):
        return value
    return plain_scalar(value)


def plain_scalar(value: str) -> Any:
    """The value of a plain scalar written ``value`` (YAML 1.2 core schema): null, a boolean,
    a number, or the text itself."""
    if value in _WORDS:
        return _WORDS[value]
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
